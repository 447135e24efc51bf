"""Column (list) pages: dated items, empty columns, and lists loaded by script."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import lxml.html

from govaudit.model.extract.dates import find_dates
from govaudit.model.extract.regions import CHROME, in_region
from govaudit.model.extract.text import clean, element_text
from govaudit.model.types import ListItem
from govaudit.urls import normalize

_ROW_TAGS = ("li", "tr", "dl")  # a whole row; dd/dt/td are cells of one
# Regions that hold navigation or related boxes, not a column's items.
_NOT_LIST = re.compile(CHROME.pattern + r"|related|xgjd", re.I)
EMPTY_MARKERS = ("暂无信息", "暂无数据", "暂无内容", "暂无记录", "暂无相关信息", "没有记录", "暂无文章")
_DECLARED = re.compile(r"(?:recordCount|totalRecord|totalCount|countPage|记录总数)\s*[=:：]\s*['\"]?(\d+)", re.I)
_TEMPLATE_ATTRS = ("ms-repeat", "ms-for", "v-for", "ng-repeat", "ms-each")
_PAGINATION_LINK = re.compile(r"^(下一页|上一页|尾页|末页|首页|最后一页|\d+|>|>>|<|<<)$")


@dataclass(frozen=True)
class ListingFacts:
    items: list[ListItem]
    state: str  # listed | empty | not_observed | none
    declared_count: int | None
    script_list: bool  # the page fills its list by script (templates, declared counts)


def _row_of(a: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The list row holding link `a`: the nearest li/tr/dl within four levels, else its parent."""
    for depth, anc in enumerate(a.iterancestors()):
        if depth >= 4:
            break
        if anc.tag in _ROW_TAGS:
            return anc
    return a.getparent() if a.getparent() is not None else a


def _item(row: lxml.html.HtmlElement, a: lxml.html.HtmlElement, base_url: str) -> ListItem:
    title = clean(a.get("title")) or element_text(a)
    row_text = element_text(row)
    outside = row_text.replace(element_text(a), " ")
    dates = find_dates(outside) or find_dates(row_text)
    pinned = "置顶" in row_text or "top" in (row.get("class") or "").split()
    return ListItem(
        title=title,
        url=normalize(a.get("href") or "", base_url),
        date=dates[-1][0].isoformat() if dates else None,  # the row's date usually ends the row
        date_text=dates[-1][1] if dates else None,
        pinned=pinned,
    )


def _signature(el: lxml.html.HtmlElement) -> tuple[str, str]:
    return (el.tag, el.get("class") or "")


def extract_listing(tree: lxml.html.HtmlElement, base_url: str, scripts: str) -> ListingFacts:
    """Items of the page's main list. Rows are grouped by their container; the container
    with the most dated rows wins, together with sibling containers of the same shape
    (CMSs split one list into several <ul>s). `scripts` is the page's inline script text."""
    groups: dict[lxml.html.HtmlElement, list[ListItem]] = defaultdict(list)
    seen_rows: set[lxml.html.HtmlElement] = set()
    for a in tree.iter("a"):
        if not a.get("href") or len(element_text(a) or a.get("title") or "") < 4:
            continue
        if _PAGINATION_LINK.match(element_text(a)) or in_region(a, _NOT_LIST):
            continue
        row = _row_of(a)
        if row in seen_rows:
            continue
        seen_rows.add(row)
        container = row.getparent() if row.getparent() is not None else row
        groups[container].append(_item(row, a, base_url))

    declared = [int(n) for n in _DECLARED.findall(scripts)]
    declared_count = max(declared) if declared else None
    script_list = declared_count is not None or any(
        tree.xpath(f"//*[@{attr}]") for attr in _TEMPLATE_ATTRS
    )
    dated = {c: items for c, items in groups.items() if sum(1 for i in items if i.date) >= 1}
    items: list[ListItem] = []
    if dated:
        best = max(dated, key=lambda c: sum(1 for i in dated[c] if i.date))
        shape = _signature(best)
        for container, group in dated.items():  # dicts keep document order
            if container is best or _signature(container) == shape:
                items.extend(group)
    # A partial static list (declared > static) still shows the newest items: "listed".
    if items:
        state = "listed"
    elif script_list:
        state = "not_observed"
    elif any(element_text(el) in EMPTY_MARKERS for el in tree.iter("div", "p", "li", "td", "span")):
        state = "empty"
    else:
        state = "none"
    return ListingFacts(items=items, state=state, declared_count=declared_count, script_list=script_list)
