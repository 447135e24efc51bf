"""Column (list) pages: dated items, empty columns, and lists loaded by script."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree

from govaudit.model.extract.dates import find_dates, find_month_days
from govaudit.model.extract.text import clean
from govaudit.model.extract.walk import LinkSpan, PageIndex, Span
from govaudit.model.types import ListItem

EMPTY_MARKERS = ("暂无信息", "暂无数据", "暂无内容", "暂无记录", "暂无相关信息", "没有记录", "暂无文章", "没有相关信息")
_EMPTY = re.compile(r"(?:^|[\x1e\x1f])\s*(?:" + "|".join(EMPTY_MARKERS) + r")[。！!.]?\s*[\x1e\x1f]")
_EMPTY_MARKER = re.compile("|".join(EMPTY_MARKERS))  # literals: `re` skips ahead by first character
# Record counts a list script or pager declares (not page counts: countPage is pages), in any
# letter case. Run on str.lower()'d text, ~4x faster than re.I and the same: re.I would match
# these letters only to their ASCII cases, lower() changes nothing else the pattern reads,
# and only the digits are kept.
_DECLARED = re.compile(r"(?:recordcount|totalrecord|totalcount|recordtotal|totalnum)\s*[=:：]\s*['\"]?(\d+)")
_VISIBLE_COUNT = re.compile(r"共\s*(\d+)\s*条(?:记录|信息|数据)")
_PAGE_COUNT = re.compile(r"createPageHTML\(\s*['\"]?(\d+)|(?:countPage|pageCount|totalPage)\s*[=:]\s*['\"]?(\d+)")
_PAGER_WORDS = ("createPageHTML", "countPage", "pageCount", "totalPage")  # most pages have none: skip _PAGE_COUNT
_PAGINATION_LINK = re.compile(r"^(下一页|上一页|下页|上页|尾页|末页|首页|最后一页|\d+|>|>>|<|<<|›|»|«|‹)$")
_PINNED = re.compile(r"置顶|\[顶\]|【顶】")
_YEAR_HEADING = re.compile(r"^\s*((?:19|20)\d{2})\s*年?度?\s*$")


@dataclass(frozen=True)
class ListingFacts:
    items: list[ListItem]
    state: str  # listed | empty | not_observed | none
    declared_count: int | None  # records the page says the list has (script or 共N条)
    script_list: bool  # the page fills its list by script (templates, declared counts)
    page_count: int | None = None  # pages a TRS/JS pager declares


def _year_before(years: list[tuple[int, int]], offset: int) -> int | None:
    year = None
    for at, value in years:
        if at > offset:
            break
        year = value
    return year


def _row_date(row_text: str, link_text: str, year: int | None) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, text read) for a list row; a row's date usually ends the row."""
    outside = row_text.replace(link_text, " ") if link_text else row_text
    dates = find_dates(outside) or find_dates(row_text)
    if dates:
        return dates[-1][0].isoformat(), dates[-1][1]
    if year is not None:  # `05-06` rows under a `2024年` heading
        days = find_month_days(outside, year)
        if days:
            return days[-1][0].isoformat(), days[-1][1]
    return None, None


def has_empty_marker(text: str) -> bool:
    """_EMPTY.search(text) is not None, trying _EMPTY only where it can start: a match
    holds a marker after nothing but blanks (and a boundary, or the text's start, before)."""
    for hit in _EMPTY_MARKER.finditer(text):  # markers cannot overlap: none holds 暂 or 没 inside
        at = blanks = hit.start()
        while blanks > 0 and text[blanks - 1].isspace():  # isspace() is `re`'s \s
            blanks -= 1
        if any(_EMPTY.match(text, start) for start in range(blanks, at + 1)):
            return True
    return False


def declared_counts(scripts: str) -> list[int]:
    """Record counts (recordCount=25, totalRecord: "25" …) declared in `scripts`."""
    return [int(n) for n in _DECLARED.findall(scripts.lower())]


def _candidates(index: PageIndex, related_ok: set[int]) -> list[tuple[LinkSpan, Span]]:
    out = []
    seen: set[int] = set()
    for ls in index.links:
        span, row = ls.span, ls.row
        if ls.link.tag != "a" or row is None or span.chrome or span.hidden or span.related in related_ok:
            continue
        if id(row) in seen:
            continue
        seen.add(id(row))
        out.append((ls, row))
    return out


def extract_listing(index: PageIndex, scripts: str, related_boxes: set[int]) -> ListingFacts:
    """Items of the page's main list. Rows are grouped by their container; the container
    with the most dated rows wins, together with sibling containers of the same shape
    (CMSs split one list into several <ul>s). `scripts` is the page's inline script text;
    links inside `related_boxes` (indexes into index.related) are not list items."""
    # The pattern allows any whitespace wherever it allows some, so it can read the raw slice.
    years = sorted((start, int(m.group(1))) for start, end in index.short_heads
                   if (m := _YEAR_HEADING.match(index.text[start:end])))
    groups: dict[lxml.etree._Element, list[ListItem]] = {}
    shapes: dict[lxml.etree._Element, tuple[str, str]] = {}
    for ls, row in _candidates(index, related_boxes):
        a = ls.span.el
        link_text = index.text_of(ls.span)
        title = clean(a.get("title")) or clean(link_text)
        if not title or _PAGINATION_LINK.match(link_text):
            continue
        row_text = index.text_of(row)
        date, date_text = _row_date(row_text, link_text, _year_before(years, row.start) if years else None)
        if len(title) < 4 and date is None:  # short links are navigation unless dated
            continue
        parent = row.el.getparent()
        key = parent if parent is not None else row.el
        pinned = bool(_PINNED.search(row_text)) or "top" in (row.el.get("class") or "").split()
        groups.setdefault(key, []).append(ListItem(title=title, url=ls.link.url, date=date, date_text=date_text, pinned=pinned))
        shapes[key] = (row.el.tag, key.get("class") or "")
    declared = declared_counts(scripts) + [int(n) for n in _VISIBLE_COUNT.findall(index.text)]
    declared_count = max(declared) if declared else None
    pages = [int(a or b) for a, b in _PAGE_COUNT.findall(scripts)] if any(w in scripts for w in _PAGER_WORDS) else []
    script_list = bool(declared) or index.templates > 0
    dated = {c: items for c, items in groups.items() if any(i.date for i in items)}
    items: list[ListItem] = []
    if dated:
        best = max(dated, key=lambda c: sum(1 for i in dated[c] if i.date))
        for container, group in dated.items():  # dicts keep document order
            if container is best or shapes[container] == shapes[best]:
                items.extend(group)
    if items:  # a partial static list (declared > static) still shows the newest items
        state = "listed"
    elif script_list:
        state = "not_observed"
    elif has_empty_marker(index.text):
        state = "empty"
    else:
        state = "none"
    return ListingFacts(items, state, declared_count, script_list, max(pages) if pages else None)
