"""Addresses written in a page's inline scripts rather than in an href: the page a link's
script opens, and the page a redirect stub's script sends the browser to.

Real sites do both (a public collector's tests quote them):
  - list rows with no href, `<a onclick="isDownLoad(this,'https://…/t20260911_7372816.html')"
    title="…">`, and pagers `<a title="下一页" onclick="queryArticleByCondition(this,
    '/fgw/zc/zxzc/be842d3c-2.shtml')">` (fzgg.tj.gov.cn; fgw.ln.gov.cn on 慧点 CMS): read by href
    alone, the list has no document link and looks empty;
  - column pages that are only `<SCRIPT> location.href="/col/col91477/index.html";</SCRIPT>`
    (fgw.shandong.gov.cn/col/col91475/index.html, 1,823 bytes, no link): read as a page, the
    column looks empty.
  - page jumps and link menus: a `<select>` whose change sends the browser to the chosen option's
    value, the options' values being the addresses: SiteServer's `stl:pageItem type="PageSelect"`
    (`onChange="PageSelect_…_jumpMenu('self',this,0)"`, a Dreamweaver-style jumpMenu that evals
    `targ+".location='"+selObj.options[selObj.selectedIndex].value+"'"`; siteserver/cms
    StlPageItem.cs), DedeCMS's `onchange='location.href=this.options[this.selectedIndex].value;'`:
    a template may page a list with nothing else, and read by links alone its later pages are unseen.
Only string literals are read, never evaluated: an address built by concatenation
(`'share.php?url=' + location.href`) is no address of its own.
"""

from __future__ import annotations

import re

# A quoted string literal; the characters around it tell whether it is concatenated.
_LITERAL = re.compile(r"""(['"])([^'"\\\s<>]{1,500})\1""")
# What makes a literal an address: a scheme, a path, or a web file name.
_URL_LIKE = re.compile(r"^(?:https?://|//|/|\.\.?/)|\.(?:s?html?|jhtml|jsp|do|aspx?|php|pdf|docx?|xlsx?|wps|ofd|zip|rar)(?:[?#]|$)",
                       re.I)
# Assignments that navigate: location = "…", location.href = "…", location.replace("…"), location.assign("…").
_NAVIGATION = re.compile(
    r"""\blocation\s*(?:\.\s*href\s*)?=\s*(['"])([^'"\\\s<>]{1,500})\1(?!\s*\+)"""
    r"""|\blocation\s*\.\s*(?:replace|assign)\s*\(\s*(['"])([^'"\\\s<>]{1,500})\3\s*\)""")
_NOT_PAGES = ("javascript:", "#", "mailto:", "about:")
# A change handler that opens the chosen option's value as it is: a jumpMenu(…, this, …) call
# (Dreamweaver's MM_jumpMenu, SiteServer's PageSelect_…_jumpMenu), or the location (or window.open)
# given the select's value unconcatenated (`encodeURI('list_' + this.value + '.html')` builds an
# address instead, and is not read).
_JUMP = re.compile(
    r"""jumpMenu\s*\(\s*['"]?\w*['"]?\s*,\s*this\b"""
    r"""|(?:\blocation\s*(?:\.\s*href\s*)?=|\bwindow\.open\s*\()\s*this\s*\."""
    r"""(?:options\s*\[\s*this\.selectedIndex\s*\]\s*\.\s*)?value\b(?!\s*\+)""", re.I)


def _concatenated(script: str, start: int, end: int) -> bool:
    before, after = script[:start].rstrip(), script[end:].lstrip()
    return before.endswith("+") or after.startswith("+")


def script_link(script: str | None) -> str | None:
    """The one address a link's script (its onclick, or a `javascript:` href) opens, as written:
    the one it assigns to the location (JEECMS pagers: `location.href='index_5.jhtml'`), else its
    one URL-like literal; None when it names none, several different ones, or builds one by
    concatenation."""
    if not script or ("'" not in script and '"' not in script):
        return None
    assigned = navigation_targets(script)
    if assigned:
        return assigned[0] if len(assigned) == 1 else None
    found: set[str] = set()
    for m in _LITERAL.finditer(script):
        value = m.group(2)
        if _URL_LIKE.search(value) and not value.lower().startswith(_NOT_PAGES) \
                and not _concatenated(script, m.start(), m.end()):
            found.add(value)
    return found.pop() if len(found) == 1 else None


def attribute_address(value: str | None) -> str | None:
    """`value` when it is an address as written (a path, a scheme or a web file name): an anchor's
    address kept in another attribute than href (htmlvocab.ANCHOR_ADDRESS_ATTRS); None for a
    placeholder (`[NEXTPAGE]`), a script or a fragment."""
    if not value or len(value) > 500 or not _URL_LIKE.search(value := value.strip()) \
            or value.lower().startswith(_NOT_PAGES) or any(c in value for c in "'\"<> "):
        return None
    return value


def navigation_targets(script: str) -> list[str]:
    """The addresses a script assigns to the page's location, as written, in order, once each."""
    targets: list[str] = []
    for m in _NAVIGATION.finditer(script):
        value = m.group(2) or m.group(4)
        if value and not value.lower().startswith(_NOT_PAGES) and value not in targets:
            targets.append(value)
    return targets


def jump_menu(onchange: str | None) -> bool:
    """True when a `<select>`'s change handler opens the chosen option's value as an address."""
    return onchange is not None and _JUMP.search(onchange) is not None


def option_address(value: str | None) -> str | None:
    """The address a jump menu's option value names, as written, or None (empty, a bare number, a script)."""
    value = (value or "").strip()
    if not value or value.lower().startswith(_NOT_PAGES) or not _URL_LIKE.search(value):
        return None
    return value

