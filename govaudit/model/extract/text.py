"""Small text helpers for extractors."""

from __future__ import annotations

import re
import unicodedata

import lxml.etree

from govaudit.htmlpage import text_content

_SPACE = re.compile(r"\s+")
# Separators between a page's own title and the site name in <title>.
TITLE_SPLIT = re.compile(r"\s*(?:_+|\||｜|\s-\s|\s—+\s|－|-(?=[^-]{2,16}(?:网|网站|门户|政府)\s*$))\s*")


def clean(text: str | None) -> str:
    """NFKC-normalised text with runs of whitespace collapsed (full-width letters and
    digits become ASCII; Chinese punctuation such as 〔〕《》 is unchanged)."""
    if not text:
        return ""
    if not unicodedata.is_normalized("NFKC", text):  # the check is far cheaper than normalising
        text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", text).strip()


def meta_tags(tree: lxml.etree._Element) -> dict[str, str]:
    """<meta name=...> values keyed by lower-case name (first occurrence wins)."""
    metas: dict[str, str] = {}
    for el in tree.iter("meta"):
        name = (el.get("name") or "").strip().lower()
        if name and name not in metas:
            metas[name] = clean(el.get("content"))
    return metas


def page_title(tree: lxml.etree._Element) -> str:
    """The <title> text."""
    el = tree.find(".//title")
    return clean(text_content(el)) if el is not None else ""
