"""List pages that only a pager names, and one list served at two addresses.

博达 Visual SiteBuilder writes a column's first page as `tzgg.htm` and its later pages into a
folder of the same name, numbered downwards: with 11 pages, page 2 is `tzgg/10.htm` and the
oldest page is `tzgg/1.htm`. Its dynamic lists add the component's own parameters
(`list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1014`, page 2 `list.jsp?a5t=3&a5p=2&a5c=8&urltype=…`).
Nothing in such a URL says "page" in words the model knows; the list's pager does (`<a
href="tzgg/10.htm">2</a>`, 下页). A page joins a list when a page of the list links it from its
pager (a page number or 下一页) and its address is a pager's: a numbered file in the folder named
after the first page, or the first page's script and query with number-valued parameters added.
Its page number is the pager's word for it, never the number in the file name.

新点 Epoint WebBuilder writes a column's first page as `subPage.html`, `moreinfo.html` or `1.html` and
its later pages beside it in the same folder: `/jyxx/004002/004002001/2.html`, `3.html` (scrapers of
ggzy.siping.gov.cn, sxggzyjy.cn); a numbered file in the first page's own folder is a pager's
address too, under the same condition (a pager of the list links it as a page number or 下一页).

The same CMS also serves one column at its static and its dynamic address: a dynamic list that
shows the same items as a static one (or nothing, under the same name and title) is that column,
cited at the static address. Two static lists are two columns, whatever they show.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from govaudit.htmlvocab import NEXT_PAGE_TEXTS
from govaudit.model.classify import ListPage

_FIRST_FILE = re.compile(r"^(.*/[^/]+)\.(s?html?|jspx?|php|aspx?)$", re.I)
_NUMBERED = re.compile(r"^\d+\.(s?html?|jspx?|php|aspx?)$", re.I)


Groups = dict[str, list[tuple[ListPage, Any]]]  # list key -> (its place in the list, the fetched page)


def _query_pairs(query: str) -> set[str]:
    return {pair for pair in query.split("&") if pair}


def _pager_address(first: str, target: str) -> bool:
    """True when `target` has the shape of a later page of the list whose first page is `first`."""
    a, b = urlsplit(first), urlsplit(target)
    if (a.scheme, a.netloc) != (b.scheme, b.netloc):
        return False
    if not a.query and not b.query:
        # VSB's folder named after the first page, or (Epoint) the own folder of a first page that
        # is not a later numbered page (1.html may start a list; 2.html is its page 2, never a first page)
        folder, name = a.path.rsplit("/", 1)
        folders = set() if _NUMBERED.match(name) and not name.startswith("1.") else {folder + "/"}
        if m := _FIRST_FILE.match(a.path):
            folders.add(m.group(1) + "/")
        return any(b.path.startswith(f) and _NUMBERED.match(b.path[len(f):]) for f in folders)
    if a.path != b.path or not a.query:
        return False
    mine, theirs = _query_pairs(a.query), _query_pairs(b.query)
    added = theirs - mine
    return mine < theirs and all(pair.partition("=")[2].isdigit() for pair in added)


def _numbers(first: Any, lone: dict[str, Any]) -> dict[str, int]:
    """Page numbers of the lone pages the list's pagers link, starting from the first page: a
    link's digits, or one more than the linking page for 下一页. A page given two numbers is left out."""
    numbers: dict[str, int] = {first.capture.url: 1}
    clashes: set[str] = set()
    todo = [first]
    while todo:
        page = todo.pop()
        at = numbers[page.capture.url]
        for link in page.facts.links:
            text = link.text.strip()
            number = int(text) if text.isdigit() else at + 1 if text in NEXT_PAGE_TEXTS else None
            url = link.url
            if number is None or number < 2 or url not in lone or not _pager_address(first.capture.url, url):
                continue
            if numbers.get(url, number) != number:
                clashes.add(url)
            elif url not in numbers:
                numbers[url] = number
                todo.append(lone[url])
    return {url: n for url, n in numbers.items() if url not in clashes and n > 1}


def fold_pager_pages(grouped: Groups) -> None:
    """Move into each list the lone pages its pagers link at a pager's address (see the module
    docstring), numbered as the pagers say. A lone page is a group of one unnumbered page."""
    lone = {key: members[0][1] for key, members in grouped.items()
            if len(members) == 1 and members[0][0].number is None}
    # Lists whose first page is a numbered file (Epoint's 1.html) claim their pages last: VSB's
    # `tzgg/1.htm` is the oldest page of `tzgg.htm`, whose pager claims it first.
    for key in sorted(grouped, key=lambda k: bool(_NUMBERED.match(urlsplit(k).path.rsplit("/", 1)[-1]))):
        members = grouped.get(key)
        first = next((p for lp, p in members or () if lp.number is None and p.facts.kind == "column"), None)
        if first is None:
            continue
        candidates = {p.capture.url: p for k, p in lone.items() if k != key and k in grouped}
        for url, number in sorted(_numbers(first, candidates).items()):
            (lp, page), = grouped.pop(url)
            members.append((ListPage(key, lp.bare, number, "pager"), page))
            lone.pop(url, None)
            lone.pop(key, None)  # a list with later pages is no lone page another list may claim


def _shown(members: list[tuple[ListPage, Any]]) -> tuple[str, tuple[str, ...], frozenset[str]] | None:
    """What a list's first page shows: (column name, its list state, title and breadcrumb, item
    URLs); None without a first page."""
    first = next((p for lp, p in members if lp.number is None and p.facts.kind == "column"), None)
    if first is None:
        return None
    f = first.facts
    return f.column_name or "", (f.list_state, f.title or "", *(text for text, _ in f.breadcrumb)), \
        frozenset(i.url for i in f.list_items if i.url)


def fold_same_lists(grouped: Groups) -> None:
    """Merge a list at a dynamic address (with a query: VSB's `list.jsp?…&wbtreeid=1014`) into the
    list at a static address that is the same column: the same column name and the same items on
    their first pages (or no item on either, the same list state, title and breadcrumb: a frame host
    and its empty frame are not one list here, frames.py folds them). Two static lists are never
    merged: a CMS that lists one column's notices in two sections (通知公告 under 新闻中心 and under
    政务公开) has two columns; and where two static lists look the same, a dynamic one that looks
    like both is left apart, as it cannot be told which one it copies."""
    static: dict[tuple[str, tuple[str, ...], frozenset[str]], str | None] = {}
    for key in sorted(grouped, key=lambda k: ("?" in k, len(k), k)):
        shown = _shown(grouped[key])
        if shown is None or not shown[0]:
            continue
        name, page, items = shown
        same = (name, () if items else page, items)
        if "?" not in key:
            static[same] = None if same in static else key
        elif (into := static.get(same)) is not None:
            grouped[into].extend((ListPage(into, lp.bare, lp.number if lp.number else 1, "alias"), p)
                                 for lp, p in grouped.pop(key))
