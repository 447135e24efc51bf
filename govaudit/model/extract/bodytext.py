"""A page's main body text as a model fact: whitespace-normalised, capped, with the section
headings it shows (一、主要职责 / （二）办理流程 / 第三章 / a short <h3> inside the body).

Rules such as "the 机构职能 page states 内设机构、职责、地址、电话" or "the guide states the
受理机构 and 办理流程" read it (check kind page_text). The text is cut at `TEXT_CAP`
characters so the model stays bounded whatever the site publishes.
"""

from __future__ import annotations

import re

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
_NOT_HEADING = ("：", ":", ">", "＞", "»")  # a label and its value (来源：…, 发布时间：…), a breadcrumb trail


def body_headings(index: PageIndex, body: Span) -> tuple[str, ...]:
    """The section headings inside `body`: blocks that start with a section number, and short
    heading-like elements (PageIndex.short_heads), in page order, once each."""
    found: dict[int, str] = {}
    raw = index.text[body.start : body.end]
    pos = 0
    for block in _BLOCKS.split(raw):
        text = " ".join(block.split())
        if text and len(text) <= _HEADING_CHARS and _NUMBERED.match(text) and not text.endswith(_SENTENCE_END):
            found.setdefault(body.start + pos, text)
        pos += len(block) + 1
    for start, end in index.short_heads:
        if body.start <= start and end <= body.end:
            text = " ".join(index.text[start:end].split())
            if 2 <= len(text) <= _HEADING_CHARS and not text.endswith(_SENTENCE_END) and not any(c in text for c in _NOT_HEADING):
                found.setdefault(start, text)
    seen = dict.fromkeys(found[k] for k in sorted(found))
    return tuple(seen)[:_MAX_HEADINGS]


def page_text(url: str, body_text: str, headings: tuple[str, ...] | list[str], cap: int = TEXT_CAP) -> PageText | None:
    """The PageText of a page whose body text (already whitespace-collapsed) is `body_text`;
    None when the page shows no body text."""
    text = " ".join(body_text.split())
    if not text:
        return None
    return PageText(url=url, text=text[:cap], headings=list(headings), chars=len(text), truncated=len(text) > cap)
