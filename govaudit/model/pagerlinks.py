"""List pages that only a pager names, and one list served at two addresses.

博达 Visual SiteBuilder writes a column's first page as `tzgg.htm` and its later pages into a
folder of the same name, numbered downwards: with 11 pages, page 2 is `tzgg/10.htm` and the
oldest page is `tzgg/1.htm`. Its dynamic lists add the component's own parameters
(`list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1014`, page 2 `list.jsp?a5t=3&a5p=2&a5c=8&urltype=…`).
Nothing in such a URL says "page" in words the model knows; the list's pager does (`<a
href="tzgg/10.htm">2</a>`, 下页). A page joins a list when a page of the list links it from its
pager (a page number or 下一页), it does not name another column, and its address is a pager's:
a numbered file in the folder named after the first page, or the first page's script and query
with number-valued parameters added. Its page number is the pager's word for it, never the number
in the file name. Other CMSs name later pages in ways no URL rule of classify.list_page knows
either: SiteServer `channels/12.html`, `12_2.html` (siteserver/cms PathUtility.GetChannelPageFilePath;
its pager writes `[2]`), 新点 Epoint's `subPage.html` or `1.html`, then `2.html`, `3.html` in the same
folder (scrapers of ggzy.siping.gov.cn, sxggzyjy.cn), `more_2.html`, `p2.html`, `page/2/`,
`index.html?p=2`, `index.jsp?start=20`, gov.cn's script-paged `home_1.htm`, EyouCMS's `zwdt/list_3_2/`, PbootCMS's `tzgg_2/` beside
`tzgg/` (or `/?tzgg_2/` beside `/?tzgg/`, its default mode carrying the path in the query); the same
evidence joins them, where before each became a column of its own, page 3 a stale one.

Where nothing in an address says "page 4" (a CMS numbering its later pages opaquely, a pager that names no
page 1), the links to a page do: a page only pagers link, from the pages of one list, is that list's page
(reached_by_pagers); one no list takes is no column of its own to judge.

The same CMS also serves one column at its static and its dynamic address: a dynamic list that
shows the same items as a static one (or nothing, under the same name and title) is that column,
cited at the static address. Two static lists are two columns, whatever they show, unless their first
pages show a reader one column: the same name, title and trail and the same rows in the same order
(fold_same_shown), as a column at a menu's address and at a home block's 更多 address does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Set as AbstractSet
from typing import Any
from urllib.parse import urlsplit

from govaudit.htmlvocab import FIRST_PAGE_TEXTS, NEXT_PAGE_TEXTS, PAGER_TEXTS, page_number
from govaudit.model.classify import ListPage, dynamic_address

_FIRST_FILE = re.compile(r"^(.*/)([^/]*?)(?:\.(s?html?|jspx?|php|aspx?))?$", re.I)
_DEFAULT_STEM = re.compile(r"^(?:index|default)?$", re.I)
_NUMBERED = re.compile(r"^\d+\.(s?html?|jspx?|php|aspx?)$", re.I)
_FIRST_NUMBERS = ("0.", "1.")  # the file names a list's first page may have among its numbered pages


Groups = dict[str, list[tuple[ListPage, Any]]]  # list key -> (its place in the list, the fetched page)


def _query_pairs(query: str) -> set[str]:
    return {pair for pair in query.split("&") if pair}


def _folder_and_stem(path: str) -> tuple[str, str, str]:
    """(folder, file stem, extension) of a list's first page; a directory or its default
    document (`tzgg/`, `tzgg/index.html`) has the stem "" and any page extension."""
    folder, stem, ext = _FIRST_FILE.match(path or "/").groups()
    stem = "" if _DEFAULT_STEM.match(stem) else stem
    return folder, stem, (ext or "").lower() if stem else ""


def _later_file(folder: str, stem: str, ext: str, path: str, beside: bool = True) -> bool:
    """True when `path` is named like a later page of the list `folder + stem + ext`: the stem's
    folder of numbers (VSB `tzgg/10.htm`), the stem with a number (`more_2.html`, SiteServer
    `123_2.html`), or a number after at most a word or an 8-digit hex key in the first page's folder
    (`2.html`, `p2.html`, `index2.html`, gov.cn `home_1.htm`, `page/2/`, EasySite's and 慧点's
    `8d25503a-2.html`), a word, the list's id and a number (易优 EyouCMS's 精简伪静态 `list_3_2/` in the column's
    folder `zwdt/`, application/route.php `<tid>/list_<typeid>_<page>`) or in a list module's folder under it (TurboCMS's column `tab49666/` pages its
    list module as `tab49666/module175903/page2.htm`, customs.gov.cn)."""
    if not path.startswith(folder):
        return False
    rest = path[len(folder):]
    ext_re = re.escape(ext) if ext else r"(?:s?html?|jspx?|php|aspx?)"
    if stem:
        named = rf"{re.escape(stem)}(?:/|[_-]?)\d+\.{ext_re}"
        if re.fullmatch(named, rest, re.I):
            return True
    return beside and re.fullmatch(rf"(?:[a-z]{{1,12}}\d+/)?(?:[a-z]{{0,12}}[_-]?|[a-z]{{1,12}}[_-]\d+[_-]|[0-9a-f]{{8}}-|page/)\d+(?:\.{ext_re}|/)?",
                                   rest, re.I) is not None


def _folder_page(first: str, target: str) -> bool:
    """True when the path `target` is a later page of the folder path `first` as PbootCMS numbers it
    (core/view/Paging.php buildPath, `$prepath . '_' . $page . '/'`): `tzgg/`, page 2 `tzgg_2/`;
    `list_12/` (a column without a file name), `list_12_2/`."""
    return first.endswith("/") and re.fullmatch(rf"{re.escape(first.rstrip('/'))}_\d+/", target) is not None


def _pager_address(first: str, target: str) -> bool:
    """True when `target` has the shape of a later page of the list whose first page is `first`:
    a page file named by a number beside it (see _later_file), or the first page's address
    with number-valued query parameters added (`list.jsp?cid=5&pg=2`, `tzgg/?p=2`,
    `index.jsp?start=20`)."""
    a, b = urlsplit(first), urlsplit(target)
    if (a.scheme, a.netloc) != (b.scheme, b.netloc):
        return False
    folder, stem, ext = _folder_and_stem(a.path)
    if not a.query and not b.query:
        if _folder_page(a.path, b.path):
            return True
        # Beside a numbered first page, numbered files are its later pages only when it is 1.html
        # (Epoint) or 0.htm (gov.cn's column lists count from 0: `column/30469/0.htm`, then `1.htm`):
        # 2.html is a page 2, never a first page; SiteServer's 12.html has 12_2.html.
        name = a.path.rsplit("/", 1)[-1]
        return _later_file(folder, stem, ext, b.path, beside=not _NUMBERED.match(name) or name.startswith(_FIRST_NUMBERS))
    if a.path == b.path and a.query and b.query and "=" not in a.query + b.query:
        # PbootCMS's 兼容模式 carries the page's path in the query (`/?tzgg/`, `/?tzgg_2/`)
        return _folder_page(a.query, b.query)
    target_folder, target_stem, _ = _folder_and_stem(b.path)
    if a.path != b.path and (stem or target_stem or folder != target_folder):
        return False  # the same script or page, or one folder's default documents
    mine, theirs = _query_pairs(a.query), _query_pairs(b.query)
    added = theirs - mine
    return mine < theirs and all(pair.partition("=")[2].isdigit() for pair in added)


def _same_name(first: Any, other: Any) -> bool:
    """False when both pages name their column and the names differ (a numbered link to another column)."""
    mine, theirs = first.facts.column_name, other.facts.column_name
    return not (mine and theirs) or mine == theirs


# The anchor the crawl gives a list page it queued from a script pager or a page total
# (crawl/pagination.py: `createPageHTML 第2/91页`, `共5页 第3/5页`, `goPage(3) 第3/5页`).
_QUEUED_PAGE = re.compile(r"第(\d+)/\d+页$")


def queued_page(anchor: str | None) -> int | None:
    """The page number in the anchor the crawl gave a list page it queued from a pager, else None."""
    m = _QUEUED_PAGE.search(anchor) if anchor else None
    return int(m.group(1)) if m else None


def _claims(page: Any, at: int, queued: dict[str, list[tuple[str, int]]]) -> list[tuple[str, int]]:
    """(URL, page number) of the pages `page`, page `at` of its list, names: its pager's links (a
    page number, one more than `at` for 下一页, 1 for 首页 — the site menu's 首页 too, which no copy of the
    list's rows answers: see _first_copy) and the pages the crawl queued from its script pager."""
    out = []
    # A page the pager numbers is that page, whatever a glyph beside the numbers says of it: Zoomla!逐浪CMS's » links the
    # LAST page (`{endurl/}`), on a one-page list its page 1 (`NodePage_1.aspx`, also linked as `1`), no page 2.
    numbered = {link.url for link in page.facts.links if page_number(link.text.strip()) is not None}
    for link in page.facts.links:
        text = link.text.strip()
        if (number := page_number(text)) is not None:  # 2, SiteServer's [2]
            out.append((link.url, number))
        elif text in NEXT_PAGE_TEXTS and link.url != page.capture.url and link.url not in numbered:
            out.append((link.url, at + 1))  # (a last page's dead 下一页 names itself: PowerEasy)
        elif text in FIRST_PAGE_TEXTS:  # page 1 at a numbered address (EasySite `8d25503a-1.html`), named from page 1
            out.append((link.url, 1))  # too (a 陕西 集约化 column at `tzgg/` whose pager names `tzgg/1.html`)
    return out + queued.get(page.capture.url, [])


def _numbers(first: Any, lone: dict[str, Any], addressed: dict[str, int], paged: AbstractSet[str] = frozenset()) -> dict[str, int]:
    """Page numbers of the lone pages the list's pagers name, starting from the first page (see
    _claims). A page given two numbers is left out; page 1 is a copy of the first page. A page at
    an address of another shape joins only as the page its address numbers (`addressed`: `&page=3`),
    by its own word (_names_first), or as a page `paged` holds: one that only this list's pagers link (see
    reached_by_pagers)."""
    queued: dict[str, list[tuple[str, int]]] = {}
    for url, page in lone.items():
        if page.capture.parent and (number := queued_page(page.capture.anchor)) is not None:
            queued.setdefault(page.capture.parent, []).append((url, number))
    numbers: dict[str, int] = {first.capture.url: 1}
    clashes: set[str] = set()
    todo = [first] + _naming_back(first, lone, numbers, queued)
    # The pagers' links first, then the pages the crawl queued (a 尾页 range it read off addresses, a script pager's
    # pages): a page a link numbers keeps that number against the crawl's reading.
    for crawl in ({}, queued):
        sure = set(numbers) if crawl else set()
        todo = todo or [lone.get(url, first) for url in numbers]
        while todo:
            page = todo.pop()
            for url, number in _claims(page, numbers[page.capture.url], crawl):
                if number < 1 or url not in lone or url == first.capture.url or not _same_name(first, lone[url]) \
                        or not (_pager_address(first.capture.url, url)
                                or addressed.get(url) == number and _same_pager(first, lone[url], number)
                                or _names_first(first, lone[url], number) or url in paged
                                if number > 1 else _first_copy(first, lone[url])):
                    continue
                if numbers.get(url, number) != number:
                    if url not in sure:
                        clashes.add(url)
                elif url not in numbers:
                    numbers[url] = number
                    todo.append(lone[url])
    del numbers[first.capture.url]
    return {url: n for url, n in numbers.items() if url not in clashes}


def _naming_back(first: Any, lone: dict[str, Any], numbers: dict[str, int], queued: dict[str, list[tuple[str, int]]]) -> list[Any]:
    """Where the first page names no page of its list (PublicCMS's static first page links its page 2 by 查看更多 alone):
    the lone pages at a pager's address of it that name it back as page 1 and number themselves (`<a class="selected">2</a>`),
    each entered in `numbers` as that page; they claim the pages after them."""
    if any(url in lone for url, _ in _claims(first, 1, queued)):
        return []
    back = []
    for url, page in lone.items():
        own = {n for link in page.facts.links if link.url == url and (n := page_number(link.text.strip())) is not None}
        if len(own) == 1 and (n := own.pop()) > 1 and _pager_address(first.capture.url, url) and _same_name(first, page) \
                and any(link.url == first.capture.url and _names_page_one(link.text) for link in page.facts.links):
            numbers[url] = n
            back.append(page)
    return back


def _same_pager(first: Any, other: Any, number: int) -> bool:
    """True when `other`, named page `number` by the list's pager at an address of another shape that
    numbers it so too, is that page by its own word: a list page naming the same column, whose pager
    states the same page total (PageAdmin generates a column's first pages static, `zcjd/`, `zcjd/2.html`, and serves the
    rest at `index.aspx?lanmuid=62&sublanmuid=622&page=3`, whose own pager may be script-drawn and
    name no other page). A page stating none joins by naming the first page back (_names_first: 远略 ylcms's
    static `tzgg/index.html` and `/cms/sitemanage/index.shtml?siteId=…&page=2` under a pager of numbers only)."""
    f, o = first.facts, other.facts
    return o.kind == "column" and bool(f.column_name) and f.column_name == o.column_name \
        and f.page_count is not None and f.page_count == o.page_count and number <= f.page_count


def _names_first(first: Any, other: Any, number: int) -> bool:
    """True when `other`, named page `number` by the list's pager at an address of no pager's shape, is a later page of
    the list by its own word: a list page naming the same column that names the list's first page back as its page 1
    (首页 or 1), or whose pager states the same page total (see _same_pager) when the first page names no other page as
    its page 1 (a pager linking only the pages ahead, TRS's and 大汉's `共4页 第2页 首页 上一页 下一页 尾页`, names no page
    behind; a later page, SiteServer's `5_3.html`, names its page 1 and claims nothing by the total). Jspxcms generates a
    column's first pages static (`/gzdt/`, up to the node's 静态页数, by default one) and serves the rest at
    `/node/<id>_<n>.jspx` (Node.getUrlStatic falls back to getUrlDynamic), whose pager links 首页 to `/gzdt/` again.
    A fragment names no column (河北 集约化's list block `…/blocks/<b>?page=2&fix=0`, which its column page loads):
    its pager naming the column page back as 1 says it alone."""
    f, o = first.facts, other.facts
    back = any(link.url == first.capture.url and _names_page_one(link.text) for link in o.links)
    if o.kind == "column" and o.fragment and not o.column_name:
        return back
    if o.kind != "column" or not f.column_name or f.column_name != o.column_name:
        return False
    if back:
        return True
    return _same_pager(first, other, number) and not any(
        link.url != first.capture.url and urlsplit(link.url).path not in ("", "/") and _names_page_one(link.text)
        for link in f.links)  # (the site menu's 首页 links the home page)


def _names_page_one(text: str) -> bool:
    return text.strip() in FIRST_PAGE_TEXTS or page_number(text.strip()) == 1


def _first_copy(first: Any, other: Any) -> bool:
    """True when `other`, named page 1 by a pager, is the first page at another address of its
    folder (gov.cn's `zuixin/` is also `zuixin/home.htm`) or at its pager's address (TurboCMS's
    `tab49666/` is also `tab49666/module175903/page1.htm`): the same rows, at least one."""
    a, b = urlsplit(first.capture.url), urlsplit(other.capture.url)
    items = {i.url for i in first.facts.list_items}
    folder, stem, ext = _folder_and_stem(a.path)
    return (a.scheme, a.netloc, a.query) == (b.scheme, b.netloc, b.query) and bool(items) \
        and (folder == b.path[: b.path.rfind("/") + 1] or _later_file(folder, stem, ext, b.path)) \
        and items == {i.url for i in other.facts.list_items}


def _claim_order(key: str) -> tuple[bool, int]:
    """Lists at an unnumbered first page first, then those at a numbered file, lowest number first."""
    name = urlsplit(key).path.rsplit("/", 1)[-1]
    return (True, int(name.split(".", 1)[0])) if _NUMBERED.match(name) else (False, 0)


def fold_pager_pages(grouped: Groups, paged: dict[str, frozenset[str]] | None = None) -> None:
    """Move into each list the lone pages its pagers name at a pager's address (see the module
    docstring), numbered as the pagers say. A lone page is a group of one page, unnumbered, or a
    later page whose list's first page was not fetched at its address (alone, or with other later
    pages of that address: 龙讯 Lonsun's `/xwzx/jhyw/index.html` names pages 2 and 3 only as
    `/content/column/11280011?pageIndex=N`); such a page is claimed only as the page its address numbers.
    A page only pagers link (`paged`, see reached_by_pagers) joins the list whose pagers name it at any address,
    when no other list's pager leads to it."""
    paged = paged or {}
    owner = {p.capture.url: key for key, members in grouped.items() for _, p in members}  # (before any fold)
    lone: dict[str, tuple[str, ListPage, Any]] = {}  # page URL -> (its group's key, its place, the page)
    for key, members in grouped.items():
        if len(members) == 1 and (members[0][0].number is None or members[0][0].number > 1) \
                or all(lp.number is not None and lp.number > 1 or p.capture.url in paged for lp, p in members):
            for lp, page in members:
                lone[page.capture.url] = (key, lp, page)
    # Lists whose first page is a numbered file (Epoint's 1.html) claim their pages last: VSB's
    # `tzgg/1.htm` is the oldest page of `tzgg.htm`, whose pager claims it first; among them the lowest
    # number first, so that gov.cn's `0.htm` claims `1.htm` before `1.htm` can claim `2.htm`. Lists
    # whose page stands at a later page's address of another list claim after every other list.
    later = _at_later_addresses(grouped) | {owner[url] for url in paged if url in owner}  # (and pages only pagers link)
    led: dict[str, set[str]] = {}  # list key -> the pages only its pagers lead to (or those of its copies)
    for url, anchors in paged.items():
        # Lists whose first pages show one column (its menu's and its 更多's addresses, see fold_same_shown) lead as one.
        shown = {_rows_shown(grouped[k]) if k in grouped else None for k in anchors}
        if len(anchors) == 1 or len(shown) == 1 and None not in shown:
            for key in anchors:
                led.setdefault(key, set()).add(url)
    for key in sorted(grouped, key=lambda k: (k in later, _claim_order(k))):
        members = grouped.get(key)
        first = next((p for lp, p in members or () if lp.number is None and p.facts.kind == "column"), None)
        if first is None:
            continue
        pages = {url: entry for url, entry in lone.items() if entry[0] != key and entry[0] in grouped}
        addressed = {url: lp.number for url, (_, lp, _) in pages.items() if lp.number is not None}
        for url, number in sorted(_numbers(first, {url: page for url, (_, _, page) in pages.items()}, addressed,
                                           led.get(key, frozenset())).items()):
            other, lp, page = pages[url]
            if lp.number not in (None, number):
                continue  # its address says it is another page of its list
            grouped[other] = [(place, p) for place, p in grouped[other] if p is not page]
            if not grouped[other]:
                del grouped[other]
            members.append((ListPage(key, lp.bare, number, "pager" if number > 1 else "alias"), page))
            lone.pop(url, None)
            # a list with later pages is no lone page another list may claim
            lone = {u: entry for u, entry in lone.items() if entry[0] != key}


def pager_text(text: str) -> bool:
    """Whether a link's (stripped) text is a pager's: a page number (not a year tab's `2024`) or a pager word."""
    return text in PAGER_TEXTS or (n := page_number(text)) is not None and 0 < n < 1000


def links_to_lists(pages: Iterable[Any], grouped: Groups, fetched: Callable[[str], str]) -> dict[str, list[tuple[str, str]]]:
    """For each list page, the links other pages make to it: (the linking page's URL, the link's stripped text).
    `fetched` maps a link's URL to the page's key as fetched."""
    owner = {p.capture.url for members in grouped.values() for _, p in members}
    out: dict[str, list[tuple[str, str]]] = {}
    for page in pages:
        source = page.capture.url
        for link in page.facts.links:
            target = fetched(link.url)
            if target in owner and target != source:
                out.setdefault(target, []).append((source, link.text.strip()))
    return out


def reached_by_pagers(grouped: Groups, inbound: dict[str, list[tuple[str, str]]]) -> dict[str, frozenset[str]]:
    """The list pages that only pagers link, each with the keys of the lists that link them: every link to it from
    another page (`inbound`, see links_to_lists) is a pager's (a page number, 上一页/下一页, 尾页; never a menu, trail,
    home block or 更多), all are on list pages, at least one on another list's, and it does not say it is page 1 (`共3页
    第1页`). Such a page is a later page of the list whose pager names it, whatever its address says (a CMS numbering
    its later pages opaquely, a pager rewritten to name no page 1): never a column of its own. Pages such pages link
    in turn (page 5, linked by pages 4 and 6) go with them: each page's keys are those of the lists other than such
    pages that link any page of its chain."""
    owner = {p.capture.url: key for key, members in grouped.items() for _, p in members}
    sources = {url: {source for source, _ in links} for url, links in inbound.items()
               if all(source in owner and pager_text(text) for source, text in links)}
    paged = {url for url, linking in sources.items() if any(owner[s] != owner[url] for s in linking)
             and next(p for _, p in grouped[owner[url]] if p.capture.url == url).facts.shown_page != 1}
    chain = {url: url for url in paged}

    def root(url: str) -> str:
        while chain[url] != url:
            chain[url] = url = chain[chain[url]]
        return url
    for url in paged:
        for source in sources[url] & paged:
            chain[root(source)] = root(url)
    anchors: dict[str, set[str]] = {}
    for url in paged:
        anchors.setdefault(root(url), set()).update(owner[s] for s in sources[url] - paged)
    return {url: frozenset(anchors[root(url)]) for url in paged}


def _at_later_addresses(grouped: Groups) -> set[str]:
    """Keys of the lists whose first page stands at a later page's address named after another list's first
    page (SiteServer's `channels/5_2.html` beside `channels/5.html`, VSB's `tzgg/10.htm` beside `tzgg.htm`). Such a page, taken for a first page where its pager names no page behind it, claimed the
    pages after it before the real first page could claim it: page 2 became a column of its own, its
    newest row two months older than the list's (sscms under the `pagers` mutation, seed 24: a false stale
    column). Candidates are looked for in the page's folder and the folder above it only."""
    firsts: dict[str, str] = {}
    by_folder: dict[tuple[str, str], list[str]] = {}
    for key, members in grouped.items():
        first = next((p.capture.url for lp, p in members if lp.number is None), None)
        if first is not None:
            firsts[key] = first
            parts = urlsplit(first)
            by_folder.setdefault((parts.netloc, parts.path[: parts.path.rfind("/") + 1]), []).append(first)
    later = set()
    for key, url in firsts.items():
        parts = urlsplit(url)
        folder = parts.path[: parts.path.rfind("/") + 1]
        above = folder[: folder.rstrip("/").rfind("/") + 1]
        near = by_folder.get((parts.netloc, folder), []) + (by_folder.get((parts.netloc, above), []) if above != folder else [])
        if any(other != url and _named_after(other, url) for other in near):
            later.add(key)
    return later


def _named_after(first: str, url: str) -> bool:
    """True when `url` is a later page's file named after the first page's own name (`channels/5_2.html` of
    `channels/5.html`, `tzgg/10.htm` of `tzgg.htm`), not only a number beside it (Epoint's `2.html`)."""
    a, b = urlsplit(first), urlsplit(url)
    if (a.scheme, a.netloc) != (b.scheme, b.netloc) or a.query or b.query:
        return False
    folder, stem, ext = _folder_and_stem(a.path)
    return bool(stem) and _later_file(folder, stem, ext, b.path, beside=False)


# A list split by year: 北京 首都之窗 districts file a column's documents by year, each year at its own address that
# differs from the others only in the year (丰台's 政策文件 `/ftq/ftzcwj/zcwj2024.shtml`, linked from the header menu;
# the other years beside it), the pages linking each other by a strip of year tabs (`2025年`).
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_YEAR_TAB = re.compile(r"\s*((?:19|20)\d{2})\s*(?:年|年度)?\s*")


def _year_sibling(first: str, target: str, year: str) -> bool:
    """True when `target` is `first` with the one year in its file name or query replaced by `year`."""
    a, b = urlsplit(first), urlsplit(target)
    tail = a.path.rsplit("/", 1)[-1] + ("?" + a.query if a.query else "")
    years = _YEAR.findall(tail)
    if len(years) != 1 or years[0] == year or (a.scheme, a.netloc) != (b.scheme, b.netloc):
        return False
    head = a.path[: a.path.rfind("/") + 1]
    return head + _YEAR.sub(year, tail) == b.path + ("?" + b.query if b.query else "")


def fold_year_pages(grouped: Groups) -> None:
    """Move into a list the lists of its other years (see _YEAR): a list whose first page a page of this one links
    by a year tab, at this list's address with another year, naming the same column, is that year's part of it,
    numbered after this list's pages, newest year first. The newest year's list is the column."""
    firsts = {p.capture.url: key for key, members in grouped.items() for lp, p in members if lp.number is None}

    def years_of(key: str) -> dict[str, str]:
        first = next(p for lp, p in grouped[key] if lp.number is None)
        found = {}
        for _, page in grouped[key]:
            for link in page.facts.links:
                m = _YEAR_TAB.fullmatch(link.text)
                other = firsts.get(link.url)
                if m and other and other != key and other in grouped and _year_sibling(first.capture.url, link.url, m.group(1)):
                    theirs = next(p for lp, p in grouped[other] if lp.number is None)
                    if first.facts.column_name and first.facts.column_name == theirs.facts.column_name:
                        found[m.group(1)] = other
        return found

    def own_year(key: str) -> int:
        first = next(p for lp, p in grouped[key] if lp.number is None)
        tail = urlsplit(first.capture.url)
        return int(_YEAR.findall(tail.path.rsplit("/", 1)[-1] + tail.query)[0])

    for key in sorted(k for k in grouped if any(lp.number is None for lp, _ in grouped[k])):
        if key not in grouped:
            continue
        others = years_of(key)
        if not others or any(int(year) > own_year(key) for year in others):
            continue  # not the newest year: the newest one takes it
        members = grouped[key]
        while others:  # a year's pages may tab years the newest one does not
            number = max((lp.number or 1 for lp, _ in members), default=1)
            for year in sorted(others, reverse=True):
                for lp, page in sorted(grouped.pop(others[year]), key=lambda m: m[0].number or 1):
                    number += 1
                    members.append((ListPage(key, lp.bare, number, "pager"), page))
            others = {y: k for y, k in years_of(key).items() if int(y) < own_year(key)}


def _shown(members: list[tuple[ListPage, Any]]) -> tuple[str, tuple[str, ...], frozenset[str]] | None:
    """What a list's first page shows: (column name, its list state, title and breadcrumb, item
    URLs); None without a first page. A dynamic list whose pager names its first page by number
    (PageAdmin's `index.aspx?lanmuid=61&sublanmuid=615&page=1`) has that page as its first."""
    columns = [(lp, p) for lp, p in members if p.facts.kind == "column"]
    first = next((p for lp, p in columns if lp.number is None), None) \
        or next((p for lp, p in columns if lp.number == 1 and lp.style == "query"), None)
    if first is None:
        return None
    f = first.facts
    return f.column_name or "", (f.list_state, f.title or "", *(text for text, _ in f.breadcrumb)), \
        frozenset(i.url for i in f.list_items if i.url)


def _fragment(members: list[tuple[ListPage, Any]]) -> bool:
    """Whether every page of a list is an HTML fragment (extract.page's PageFacts.fragment)."""
    return all(p.facts.fragment for _, p in members)


def _dynamic(key: str, members: list[tuple[ListPage, Any]]) -> bool:
    """Whether a list is at a dynamic address: its key, or its first page's address when the key
    dropped a script's default document (DotNetNuke's `/tabid/40/MoreModuleID/10041/MoreTabID/4021/Default.aspx`,
    a home block's 更多 on TurboCMS sites such as bjjs.gov.cn, keyed as its folder)."""
    return dynamic_address(key) or any(dynamic_address(p.capture.url) for lp, p in members if lp.number is None)


def _first_file(folder_key: str, key: str) -> bool:
    """True when `key` is the numbered first file (`1.html`, gov.cn's `0.htm`) of the folder `folder_key`: the 陕西
    集约化 platform serves a column at `tzgg/` and `tzgg/1.html`, a home block's 更多 naming the one and the menus the
    other, and a script-drawn pager naming neither."""
    a, b = urlsplit(folder_key), urlsplit(key)
    if (a.scheme, a.netloc) != (b.scheme, b.netloc) or a.query or b.query or not a.path.endswith("/") \
            or not b.path.startswith(a.path):
        return False
    name = b.path[len(a.path):]
    return _NUMBERED.match(name) is not None and name.startswith(_FIRST_NUMBERS)


def _rows_shown(members: list[tuple[ListPage, Any]]) -> tuple[tuple[str, tuple[str, ...]], tuple[str, ...]] | None:
    """What a list's first page shows a reader, addresses aside: ((column name, list state, title and trail), its rows'
    item URLs in order, each once); None without a first page or a name."""
    first = next((p for lp, p in members if lp.number is None and p.facts.kind == "column"), None)
    if first is None or not first.facts.column_name:
        return None
    f = first.facts
    return (f.column_name, (f.list_state, f.title or "", *(text for text, _ in f.breadcrumb))), \
        tuple(dict.fromkeys(i.url for i in f.list_items if i.url))


_SAME_ROWS_MIN = 3  # rows a shorter first page must show, in the longer one's order, to be the same list at a smaller page size


def _same_rows(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Whether two first pages show one list's rows: the same rows in the same order, or the first rows of one are
    all of the other's (a page size of 10 at one address, 15 at the other), at least _SAME_ROWS_MIN of them."""
    short, long_ = sorted((mine, theirs), key=len)
    return mine == theirs or len(short) >= _SAME_ROWS_MIN and long_[:len(short)] == short


def fold_same_shown(grouped: Groups, weight: Callable[[str], int]) -> None:
    """Merge lists whose first pages show a reader the same column at unrelated addresses: the same column name, list
    state, title and trail, and the same rows in the same order (see _same_rows; or no row on either). A site serves a
    column at its static and its dynamic address, a home block's 更多 at a module's address and a menu at the
    column's (TurboCMS's `tab4102/`, `tabid/4102/Default.aspx`, `MoreModuleID/…/Default.aspx`), whatever shapes those
    addresses have; fold_same_lists and _fold_aliases know them by their shapes, this by what the pages show. Two
    columns sharing rows show other names (a parent column listing its child's rows, a 最新 box) or other trails (one
    column's notices under two sections). One column, kept at the address most pages link (`weight`: a menu's on every
    page), then the one with most pages, then the shortest."""
    shown = {key: s for key, members in grouped.items() if (s := _rows_shown(members)) is not None}
    by_page: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for key in sorted(shown):
        by_page.setdefault(shown[key][0], []).append(key)
    # Rows a column of that name shows under another trail too (one column's notices cross-posted to two sections):
    # which section a copy belongs to is not for its rows to say; such lists stay as they are.
    trails: dict[tuple[str, tuple[str, ...]], set[tuple[str, ...]]] = {}
    for page, rows in shown.values():
        if rows:
            trails.setdefault((page[0], rows), set()).add(page[1])
    shared = {pair for pair, pages in trails.items() if len(pages) > 1}
    for keys in by_page.values():
        keys = [k for k in keys if (shown[k][0][0], shown[k][1]) not in shared]
        if len(keys) < 2:
            continue
        order = sorted(keys, key=lambda k: (-weight(_first_url(grouped[k])), -len(grouped[k]), len(k), k))
        for at, into in enumerate(order):
            if into not in grouped:
                continue
            for key in order[at + 1:]:
                if key in grouped and _same_rows(shown[into][1], shown[key][1]):
                    grouped[into].extend((ListPage(into, lp.bare, lp.number if lp.number else 1, "alias"), p)
                                         for lp, p in grouped.pop(key))


def _first_url(members: list[tuple[ListPage, Any]]) -> str:
    return next(p.capture.url for lp, p in members if lp.number is None)


def fold_case_aliases(grouped: Groups) -> None:
    """Merge lists whose addresses differ only in letter case and whose first pages show the same (name,
    state, title, trail and items): an IIS server (ASP, ASP.NET) answers `/Item/List.asp?ID=15` and
    `/Item/list.asp?id=15` alike, and KesionCMS sites link a column both ways (a home block's 更多 as
    `List.asp?ID=`, the menus and pager as `list.asp?id=`; a crawler of 南京师范大学's Kesion site writes
    `Item/List.asp?ID=1652`). One column, kept at the address with the most pages (its pager's), else the
    first in order. On a server that tells case apart the two addresses are two pages, and the same
    rows on both are still one list."""
    by_fold: dict[str, list[str]] = {}
    for key in sorted(grouped):
        by_fold.setdefault(key.lower(), []).append(key)
    for keys in by_fold.values():
        if len(keys) < 2:
            continue
        shown = {key: _shown(grouped[key]) for key in keys}
        into = max(keys, key=lambda k: len(grouped[k]))
        for key in keys:
            if key != into and shown[key] is not None and shown[key] == shown[into]:
                grouped[into].extend((ListPage(into, lp.bare, lp.number if lp.number else 1, "alias"), p)
                                     for lp, p in grouped.pop(key))


def fold_same_lists(grouped: Groups) -> None:
    """Merge a list at a dynamic address (with a query: VSB's `list.jsp?…&wbtreeid=1014`; a script:
    ezEIP's `tzgg/list.aspx` beside the `tzgg/list.html` it publishes) into the list at a static
    address that is the same column: the same column name and the same items on
    their first pages (or no item on either, the same list state, title and breadcrumb: a frame host
    and its empty frame are not one list here, frames.py folds them). Two static lists are never
    merged: a CMS that lists one column's notices in two sections (通知公告 under 新闻中心 and under
    政务公开) has two columns; and where two static lists look the same, a dynamic one that looks
    like both is left apart, as it cannot be told which one it copies. A list whose first page is an HTML
    fragment (河北 集约化's list block `/columns/<c>/templates/<t>/blocks/<b>?page=1&fix=0`, which the column
    page's pager names) shows no name, title or trail: the same items tell it alone. A folder's list and its numbered
    first file showing the same (`tzgg/` and `tzgg/1.html`, see _first_file) are one static list."""
    static: dict[tuple[str, tuple[str, ...], frozenset[str]], str | None] = {}
    by_items: dict[frozenset[str], str | None] = {}
    dynamic = {key: _dynamic(key, members) for key, members in grouped.items()}
    for key in sorted(grouped, key=lambda k: (dynamic[k], len(k), k)):
        shown = _shown(grouped[key])
        if shown is None:
            continue
        name, page, items = shown
        if not name:
            if dynamic[key] and items and _fragment(grouped[key]) and (into := by_items.get(items)) is not None:
                grouped[into].extend((ListPage(into, lp.bare, lp.number if lp.number else 1, "alias"), p)
                                     for lp, p in grouped.pop(key))
            continue
        same = (name, () if items else page, items)
        if not dynamic[key] and (into := static.get(same)) is not None and _first_file(into, key):
            grouped[into].extend((ListPage(into, lp.bare, lp.number if lp.number else 1, "alias"), p)
                                 for lp, p in grouped.pop(key))
            continue
        if not dynamic[key]:
            static[same] = None if same in static else key
            if items:
                by_items[items] = None if items in by_items else key
        elif (into := static.get(same)) is not None:
            grouped[into].extend((ListPage(into, lp.bare, lp.number if lp.number else 1, "alias"), p)
                                 for lp, p in grouped.pop(key))
