"""A list pager's visible page total (共4页, 第1/4页, 页次：1/4) read from a page's text.

htmlvocab.VISIBLE_PAGE_TOTAL run over a whole list page tries its `\\d+/\\d+页` branch at every
digit of the page (dates, figures): about half a millisecond a page. Every match holds a 页 and
consists only of blanks, digits, `/`, `:`/`：` and the words 第, 共, 页, 次, and the pattern looks at
nothing outside its match (no anchor or lookaround). So its matches are its matches within the
runs of those characters that hold a 页: only those runs are read.
"""

from __future__ import annotations

import re

from govaudit.htmlvocab import PAGER_TEXTS, VISIBLE_PAGE_TOTAL

_WORDS = frozenset("/:：第共页次")


def _pager_char(char: str) -> bool:
    return char in _WORDS or char.isdecimal() or char.isspace()  # `re`'s \d and \s


def page_totals(text: str) -> list[tuple[str, ...]]:
    """VISIBLE_PAGE_TOTAL.findall(text)."""
    found: list[tuple[str, ...]] = []
    end = 0  # where the last run read ends
    at = text.find("页")
    while at >= 0:
        start = at
        while start > end and _pager_char(text[start - 1]):
            start -= 1
        stop = at + 1
        while stop < len(text) and _pager_char(text[stop]):
            stop += 1
        found += VISIBLE_PAGE_TOTAL.findall(text, start, stop)
        end = stop
        at = text.find("页", stop)
    return found


# 博达 VSB pagers state the page as `n/P` without 页, after the record count and the pager's
# links: `共21条 首页上页123下页尾页 1/3` (VSB 9), `共49条  1/5` (VSB 8), `n/P` closing its element.
_COUNTED_TOTAL = re.compile(r"共\s*\d+\s*条[^\x1e\x1f]{0,300}?\s(\d+)\s*/\s*(\d+)\s*(?=[\x1e\x1f]|$)")


def counted_totals(text: str) -> list[int]:
    """Page totals P of `共N条 … n/P` pagers (n ≤ P) in a page's text."""
    return [int(m.group(2)) for m in _COUNTED_TOTAL.finditer(text) if 0 < int(m.group(1)) <= int(m.group(2))]


# 新点 Epoint pagers state the page as an element of its own, `n/P` alone, among the pager's links:
# `首页 上页 1/15 下页 末页` (`<li class="ewb-page-li ewb-page-noborder ewb-page-num"><span>1/15</span>`,
# sxggzyjy.cn), `首页 1/5 下一页 尾页` (`<li class="wb-page-li visible-desktop">1/5</li>`, zgcy.gov.cn).
_BARE_TOTAL = re.compile(r"\x1e\s*(\d+)\s*/\s*(\d+)\s*\x1f")
_SEPARATORS = re.compile(r"[\x1e\x1f\s]+")


def bare_totals(text: str) -> list[int]:
    """Page totals P of pagers that show `n/P` (n ≤ P) as an element of its own next to a pager
    link's text (首页, 上一页, 下页, 末页 …) in a page's text."""
    found = []
    for m in _BARE_TOTAL.finditer(text):
        if not 0 < int(m.group(1)) <= int(m.group(2)):
            continue
        before = _SEPARATORS.split(text[max(0, m.start() - 12) : m.start()].strip("\x1e\x1f \n"))[-1:]
        after = _SEPARATORS.split(text[m.end() : m.end() + 12].strip("\x1e\x1f \n"))[:1]
        if PAGER_TEXTS.intersection(before + after):
            found.append(int(m.group(2)))
    return found
