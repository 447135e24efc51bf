"""A page's main body text as a model fact: whitespace-normalised, capped, with the section
headings it shows (一、主要职责 / （二）办理流程 / 第三章 / a short <h3> inside the body).

Rules such as "the 机构职能 page states 内设机构、职责、地址、电话" or "the guide states the
受理机构 and 办理流程" read it (check kind page_text). The text is cut at `TEXT_CAP`
characters so the model stays bounded whatever the site publishes.
"""

from __future__ import annotations

import re

import lxml.etree

from govaudit.model.extract.walk import OPEN, SEP, PageIndex, Span
from govaudit.model.types import PageText

TEXT_CAP = 8000  # characters of body text kept per page
_MAX_HEADINGS = 40  # headings kept per page
_HEADING_CHARS = 40  # a block longer than this is a paragraph, not a heading
# Numbered section headings of Chinese official texts: 一、 （一） 第一章 第二部分 1. 
_NUMBERED = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]+[章节部分篇]|[一二三四五六七八九十]+[、．.]|"
                       r"[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、．](?!\d))")
_BLOCKS = re.compile(f"[{OPEN}{SEP}]+")
_SENTENCE_END = ("。", "；", ";")
_HEAD_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BOLD_TAGS = ("strong", "b")
_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
_NOT_HEADING = ("：", ":", ">", "＞", "»")  # a label and its value (来源：…, 发布时间：…), a breadcrumb trail


def _text(el: lxml.etree._Element, limit: int) -> str | None:
    """The element's whitespace-collapsed text, or None when it is longer than `limit` (read no further)."""
    parts, n = [], 0
    for piece in el.itertext():
        parts.append(piece)
        n += len(piece)
        if n > 2 * limit + 20:  # whitespace collapses; a heading's block is short
            return None
    text = " ".join("".join(parts).split())
    return text if len(text) <= limit else None


def _element_headings(body: Span) -> list[str]:
    """Texts of <h1>–<h6> inside the body, and of <strong>/<b> that make up a whole block (a
    bold line of its own, not emphasis inside a sentence)."""
    out = []
    for el in body.el.iter(*_HEAD_TAGS, *_BOLD_TAGS):
        text = _text(el, _HEADING_CHARS)
        if not text:
            continue
        if el.tag in _BOLD_TAGS:
            parent = el.getparent()
            if parent is None or _text(parent, _HEADING_CHARS) != text:
                continue
        out.append(text)
    return out


def body_headings(index: PageIndex, body: Span) -> tuple[str, ...]:
    """The section headings inside `body`, in page order, once each: blocks that start with a
    section number (一、 （二） 第三章) and heading elements (<h3>受理机构</h3>, a bold line).
    Labels with a value (来源：…), trails and texts without Chinese (dates, figures) are not headings."""
    raw = index.text[body.start : body.end]
    flat = " ".join(raw.split())
    found: dict[str, int] = {}
    for block in _BLOCKS.split(raw):
        text = " ".join(block.split())
        m = _NUMBERED.match(text)
        if m and len(text) > m.end() + 1 and _is_heading(text):
            found.setdefault(text, flat.find(text))
    for text in _element_headings(body):
        if _is_heading(text):
            found.setdefault(text, flat.find(text))
    ordered = sorted(found, key=lambda t: found[t])
    return tuple(ordered[:_MAX_HEADINGS])


def _is_heading(text: str) -> bool:
    return (2 <= len(text) <= _HEADING_CHARS and not text.endswith(_SENTENCE_END)
            and not any(c in text for c in _NOT_HEADING) and _CJK.search(text) is not None)


def page_text(url: str, body_text: str, headings: tuple[str, ...] | list[str], cap: int = TEXT_CAP) -> PageText | None:
    """The PageText of a page whose body text (already whitespace-collapsed) is `body_text`;
    None when the page shows no body text."""
    text = " ".join(body_text.split())
    if not text:
        return None
    return PageText(url=url, text=text[:cap], headings=list(headings), chars=len(text), truncated=len(text) > cap)
