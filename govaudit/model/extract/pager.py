"""A list pager's visible page total (共4页, 第1/4页, 页次：1/4) read from a page's text.

htmlvocab.VISIBLE_PAGE_TOTAL run over a whole list page tries its `\\d+/\\d+页` branch at every
digit of the page (dates, figures): about half a millisecond a page. Every match holds a 页 and
consists only of blanks, digits, `/`, `:`/`：` and the words 第, 共, 页, 次, and the pattern looks at
nothing outside its match (no anchor or lookaround). So its matches are its matches within the
runs of those characters that hold a 页: only those runs are read.
"""

from __future__ import annotations

from govaudit.htmlvocab import VISIBLE_PAGE_TOTAL

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
