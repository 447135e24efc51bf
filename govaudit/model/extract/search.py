"""Does a page show a site-search box? A text input of a search form, or a search input of
known markup without a form (nfra.gov.cn's `<input name="search" placeholder="请输入您要搜索的内容…">`
beside a button whose script runs the search). Evaluators ask it of a site (检索功能)."""

from __future__ import annotations

import lxml.etree

from govaudit.htmlvocab import HIDDEN_STYLE, SEARCH_INPUT_NAMES, SEARCH_WORDS

_TEXT_TYPES = frozenset(("text", "search", ""))
_INPUT_HINTS = ("name", "id", "class", "placeholder", "title", "value", "aria-label")
_FORM_HINTS = ("action", "id", "class", "name", "role")


def _hint(el: lxml.etree._Element, attrs: tuple[str, ...]) -> str:
    return " ".join(v for a in attrs if (v := el.get(a)))


def _shown(el: lxml.etree._Element) -> bool:
    """Not hidden by an inline style on the element or an ancestor."""
    for node in (el, *el.iterancestors()):
        style = node.get("style")
        if style and HIDDEN_STYLE.search(style):
            return False
    return True


def search_box(tree: lxml.etree._Element, scripts: str) -> str | None:
    """"shown" when the page shows a site-search box; "script" when it shows none but its
    scripts (inline, or a script file's name) speak of a search, which they may draw; None
    otherwise. A form asking for a password is a login, never a search."""
    for field in tree.iter("input"):
        kind = (field.get("type") or "").strip().lower()
        if kind not in _TEXT_TYPES or not _shown(field):
            continue
        form = next(field.iterancestors("form"), None)
        if form is not None and any((i.get("type") or "").lower() == "password" for i in form.iter("input")):
            continue
        if (kind == "search" or SEARCH_WORDS.search(_hint(field, _INPUT_HINTS))
                or (field.get("name") or "").strip().lower() in SEARCH_INPUT_NAMES
                or form is not None and SEARCH_WORDS.search(_hint(form, _FORM_HINTS))):
            return "shown"
    if SEARCH_WORDS.search(scripts) or any(SEARCH_WORDS.search(src) for el in tree.iter("script") if (src := el.get("src"))):
        return "script"
    return None
