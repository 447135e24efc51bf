"""The other pages of a paginated list, found without running JavaScript.

Sources, all from the static HTML:
  - TRS `createPageHTML(count, index, "index", "html")` (count and index quoted or not; 重庆 集约化 calls it
    `createPage`): the pager is written by
    `document.write`, so there are no links; page 1 is `index.html`, page n is
    `index_{n-1}.html` (arguments may be literals or `var countPage = 5` variables); the later
    TRS pager `createPageHTML('page_div', count, page, "list", "shtml", rows)` (江苏, 海南, 湖南 sites)
    numbers from 1: page 1 is `list.shtml`, page n `list_{n}.shtml`; a TRS pager the template writes inline
    (`var countPage=11`, 尾页 `"index_"+endPage+".shtml"`) numbers as createPageHTML does;
  - 广西 集约化's `pageControl(count, current, "index", "shtml", shown, id)` (the platform's api_func.js):
    page 1 is `index.shtml`, page n `index.shtml?pageIndex=n`;
  - a 尾页/末页 (last page) link: every page between the known ones and the last;
  - a page total the pager states (`共18条 第1/2页`, `共5页`, `页次：1/5`, `totalPage = 5`, 博达 VSB's
    `共52条 … 1/11` without 页) with any pager link (下一页, a page number): every page up to the total;
  - numbers that run either way: most pagers number page n n (or n-1), 博达 VSB counts down from
    the oldest page (`zbgg.htm`, then `zbgg/10.htm` … `zbgg/1.htm` = page 11), so its 尾页 has the
    lowest number; pages are queued nearest first both ways;
  - pager links whose URLs differ in one number (`?page=3`, `pageNo=`, `pageNum=`,
    Hanweb `index.html?uid=…&pageNum=3`, `index_3.html`, `/list/3.html`) give the
    position of the page number;
  - a script pager (`javascript:goPage(2)`, `onclick="goPage(2)"`): the page-n URL is read
    from the pager function when it builds one (`location.href = "list_" + n + ".html"`) or
    from the GET form it submits with the page number in a field; a POST form or a function
    that does neither names no URL, and the list's later pages stay unobserved;
  - a plugin-drawn pager (layui laypage, jqPaginator) whose settings state the page total and
    build the page-n address (govaudit/pluginpager.py); one that builds none leaves them unobserved;
  - a page-jump menu (`<select onchange="location.href=this.options[this.selectedIndex].value">`) whose
    options name pages by number (`第2页`, `2`): each page it names, numbered as it says;
  - a Hanweb script island whose pager is drawn by script (no pager link at all): the island
    holds the first group of records, `totalRecord:101` (or 共101条) the list's size, and its
    `<nextgroup>` names the data proxy that answers the later groups
    (`dataproxy.jsp?…&startrecord=46&endrecord=90&perpage=15`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from govaudit.htmlvocab import FIRST_PAGE_TEXTS, LAST_PAGE_TEXTS, NEXT_PAGE_TEXTS, PAGER_TEXTS, PREV_PAGE_TEXTS, VISIBLE_PAGE_TOTAL, page_number
from govaudit.pluginpager import plugin_pagers
from govaudit.urls import PAGE_PARAMS, normalize, resolve

if TYPE_CHECKING:  # annotations only: `check` reads pager URL shapes, not pages (lxml)
    from govaudit.htmlpage import RawLink

# The count and index may be quoted (湖南 集约化 TRS sites: `createPageHTML("3","0","index","html")`); 重庆's
# 集约化 platform names the same function `createPage(2, 0, "index", "html")` (the city portal's crawler, and the
# 巫山县 scraper's `index_1.html` second pages).
_CREATE_PAGE = re.compile(
    r"""createPage(?:HTML)?\(\s*["']?([\w$.]+)["']?\s*,\s*["']?([\w$.]+)["']?\s*,\s*["']([\w.\-]+)["']\s*,\s*["'](\w+)["']\s*\)""")
# The later signature names the pager's element first, numbers pages from 1 and ends with the row total
# (`createPageHTML('page_div',10, 1,'dezlist','shtml',149)`: page 2 is dezlist_2.shtml).
_CREATE_PAGE_DIV = re.compile(
    r"""createPageHTML\(\s*["'][\w\-]+["']\s*,\s*["']?([\w$.]+)["']?\s*,\s*["']?([\w$.]+)["']?\s*,"""
    r"""\s*["']([\w.\-]+)["']\s*,\s*["'](\w+)["']\s*(?:,[^)]*)?\)""")
PAGE_QUERY = re.compile(r"(?:^|[?&])(?:" + "|".join(PAGE_PARAMS) + r")=(\d+)", re.I)
_DIGITS = re.compile(r"\d+")
# When the last-page link is the only pager link, the page number is where these put it.
_KNOWN_SLOTS = (re.compile(r"_(\d+)\.(?:s|j)?html?(?:$|\?)"), PAGE_QUERY, re.compile(r"[-/](\d+)\.(?:s|j)?html?(?:$|\?)"))
# Page totals pagers state: 第1/2页, 1/2页, 页次：1/2, 共2页, 当前第1页 共2页, totalPage = 2.
_TOTAL_PAGES = re.compile(
    VISIBLE_PAGE_TOTAL.pattern + r"|(?:totalPage|pageCount|countPage|totalPages|pageTotal)\s*[=:]\s*['\"]?(\d+)", re.I)


@dataclass(frozen=True)
class ListPages:
    """Pages of the list to queue, as (url, anchor), how many were left out by the cap, and how
    many only a form postback reaches (never fetched)."""

    pages: list[tuple[str, str]]
    cut: int
    postback: int = 0


def list_pages(page_url: str, html: str, links: list[RawLink], limit: int) -> ListPages:
    """Pages of the list shown at `page_url` that static links may not reach, at most `limit`
    (nearest first: the first pages of a list hold the newest items)."""
    found: dict[str, tuple[str, str]] = {}  # key -> (URL as linked or built, anchor)
    own = normalize(page_url)
    stated = [*_trs_pages(page_url, html), *_inline_trs_pages(page_url, html), *_page_control_pages(page_url, html),
              *_last_page_range(page_url, links),
              *_stated_total(page_url, html, links), *_script_pages(page_url, html), *_plugin_pages(page_url, html),
              *_jump_menu_pages(links)]
    if not stated and "<nextgroup" in html and not any(
            l.tag == "a" and ((t := l.text.strip()) in NEXT_PAGE_TEXTS or t in LAST_PAGE_TEXTS) for l in links):
        stated = _island_groups(page_url, html)
    for url, anchor in stated:
        if (key := normalize(url)) != own:
            found.setdefault(key, (url, anchor))
    pages = list(found.values())
    return ListPages(pages[:limit], max(0, len(pages) - limit), max(0, (postback_pages(html) or 1) - 1))


# ASP.NET WebForms pagers reached only by a postback of the page's form (a POST with
# __VIEWSTATE, never a GET URL): a GridView's `__doPostBack('ctl00$…$GridView1','Page$2')` and
# AspNetPager's `__doPostBack('ctl00$…$AspNetPager1','2')`, quotes written as ', &#39; or \'.
_Q = r"(?:'|&#39;|&#039;|\\'|&quot;|\")"
_POSTBACK_PAGE = re.compile(
    rf"__doPostBack\(\s*{_Q}([^'&\\\"]*?){_Q}\s*,\s*{_Q}(?:Page\$)?(\d+|Next|Last){_Q}\s*\)")


def postback_pages(html: str) -> int | None:
    """The number of pages a WebForms postback pager shows (at least: `Page$Next` on the last
    number shown means one more), or None for a page without one. Its later pages are the
    answers to POSTs the crawl does not make: they stay unobserved."""
    if "__doPostBack" not in html:
        return None
    numbers, more = [], False
    for m in _POSTBACK_PAGE.finditer(html):
        target, arg = m.group(1), m.group(2)
        if arg.isdigit():
            if "Page$" in m.group(0) or "pager" in target.lower():
                numbers.append(int(arg))
        elif "Page$" in m.group(0) or "pager" in target.lower():
            more = True
    if not numbers and not more:
        return None
    top = max(numbers, default=1)
    return top + 1 if more and top < 2 else max(top, 2)


_NEXT_GROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[.*?href\s*=\s*['\"]([^'\"]+)['\"]", re.I | re.S)
_RECORD = re.compile(r"<record\b", re.I)
_JPAGE = {name: re.compile(rf"\b{name}\s*[:=]\s*['\"]?(\d+)", re.I) for name in ("totalRecord", "perPage", "groupSize")}
_TOTAL_ROWS = re.compile(r"共\s*(\d+)\s*条")


def _island_groups(page_url: str, html: str) -> list[tuple[str, str]]:
    """The data-proxy URLs of a script island's later record groups (see the module docstring)."""
    nxt = _NEXT_GROUP.search(html)
    held = len(_RECORD.findall(html))
    if nxt is None or held == 0:
        return []
    total = _jpage(html, "totalRecord") or max((int(n) for n in _TOTAL_ROWS.findall(html)), default=0)
    per_page = _jpage(html, "perPage") or (held // 3 if held % 3 == 0 else held)
    group = per_page * (_jpage(html, "groupSize") or max(1, held // per_page))
    proxy = resolve(unescape(nxt.group(1)), page_url)
    if proxy is None or total <= held or group < 1:
        return []
    base = re.sub(r"(?i)([?&])page=\d+", lambda m: m.group(1) + "page={page}", proxy)
    if "{page}" not in base:
        base += ("&" if "?" in base else "?") + "page={page}"
    groups = []
    for start in range(held + 1, total + 1, group):
        end = min(start + group - 1, total)
        url = base.format(page=(start - 1) // per_page + 1) + f"&startrecord={start}&endrecord={end}&perpage={per_page}"
        groups.append((url, f"dataproxy 第{start}-{end}条"))
    return groups


def _jpage(html: str, name: str) -> int | None:
    m = _JPAGE[name].search(html)
    return int(m.group(1)) if m and int(m.group(1)) > 0 else None


def _trs_pages(page_url: str, html: str) -> list[tuple[str, str]]:
    pages: list[tuple[str, str]] = []
    for m in _CREATE_PAGE.finditer(html):
        count, current = _int_arg(m.group(1), html), _int_arg(m.group(2), html)
        name, ext = m.group(3), m.group(4)
        if count is None:
            continue
        for i in range(count):
            if i == current:
                continue
            url = resolve(f"{name}.{ext}" if i == 0 else f"{name}_{i}.{ext}", page_url)
            if url:
                pages.append((url, f"createPageHTML 第{i + 1}/{count}页"))
    for m in _CREATE_PAGE_DIV.finditer(html):
        count, current = _int_arg(m.group(1), html), _int_arg(m.group(2), html)
        name, ext = m.group(3), m.group(4)
        if count is None:
            continue
        for n in range(1, count + 1):
            if n == current:
                continue
            url = resolve(f"{name}.{ext}" if n == 1 else f"{name}_{n}.{ext}", page_url)
            if url:
                pages.append((url, f"createPageHTML 第{n}/{count}页"))
    return pages


# 广西 集约化 (every 广西 government site): `pageControl(_nPageCount, _nCurrIndex, _sPageName, _sPageExt, _pageNum,
# _controlId)` writes the pager into the element `_controlId`, page n at `_sPageName._sPageExt?pageIndex=n`.
_PAGE_CONTROL = re.compile(
    r"""pageControl\(\s*["']?(\d+)["']?\s*,\s*["']?(\d+)["']?\s*,\s*["']([\w.\-]+)["']\s*,\s*["'](\w+)["']""")


def _page_control_pages(page_url: str, html: str) -> list[tuple[str, str]]:
    """Pages of a 广西 集约化 pageControl pager (see _PAGE_CONTROL), numbered from 1."""
    if "pageControl" not in html:
        return []
    pages = []
    for m in _PAGE_CONTROL.finditer(html):
        count, current, name, ext = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
        pages += [(url, f"pageControl 第{n}/{count}页") for n in range(1, count + 1) if n != current
                  and (url := resolve(f"{name}.{ext}" if n == 1 else f"{name}.{ext}?pageIndex={n}", page_url))]
    return pages


# TRS templates that write their pager inline with document.write (no createPageHTML): the page total in
# `var countPage=11`, the page shown in `var currentPage=0`, and the 尾页 built as `"index_"+endPage+".shtml"`
# (国家旅游局 `countPage=11` … `href=\"index_"+endPage+".shtml\"`; 邯郸 信息公开 the same with `.html`).
_INLINE_LAST = re.compile(r"""([\w\-]+)_["']\s*\+\s*endPage\s*\+\s*["']\.(\w+)""")
_INLINE_COUNT = re.compile(r"(?<![\w$.])countPage\s*=\s*(\d+)")
_INLINE_CURRENT = re.compile(r"(?<![\w$.])currentPage\s*=\s*(\d+)")


def _inline_trs_pages(page_url: str, html: str) -> list[tuple[str, str]]:
    """Pages of a TRS pager written inline (see _INLINE_LAST): page 1 `index.shtml`, page n `index_{n-1}.shtml`."""
    if "endPage" not in html or (last := _INLINE_LAST.search(html)) is None:
        return []
    count, current = _INLINE_COUNT.search(html), _INLINE_CURRENT.search(html)
    if count is None:
        return []
    total, shown, (name, ext) = int(count.group(1)), int(current.group(1)) if current else 0, last.groups()
    return [(url, f"countPage 第{i + 1}/{total}页") for i in range(total) if i != shown
            and (url := resolve(f"{name}.{ext}" if i == 0 else f"{name}_{i}.{ext}", page_url))]


def _int_arg(arg: str, html: str) -> int | None:
    """A literal, or a variable assigned a number in the page's scripts."""
    if arg.isdigit():
        return int(arg)
    m = re.search(rf"(?<![\w$.]){re.escape(arg)}\s*=\s*['\"]?(\d+)", html)
    return int(m.group(1)) if m else None


def _last_page_range(page_url: str, links: list[RawLink]) -> list[tuple[str, str]]:
    """Pages from the lowest page number the pager shows up to the 尾页 link's. Only a pager that
    shows no other numbered page starts at 1: TRS names page 2 `index_1.html`, Shenzhen-style
    lists have no `index_1.html` at all, and a 下一页 to `index_2.html` says which one this is.
    A 尾页 numbered below another page the pager shows counts down (博达 VSB): its pages are those
    from the highest number shown down to the 尾页's, nearest first."""
    pages: list[tuple[str, str]] = []
    pager = _pager_links(links)
    for last in (l.target for l in links if l.tag == "a" and l.text.strip() in LAST_PAGE_TEXTS):
        slot = _slot_from_siblings(last, [*pager, page_url]) or _known_slot(last)
        if slot is None:
            continue
        start, end = slot
        top = int(last[start:end])
        # Numbers the pager states besides the 尾页 link itself (a 下一页 to the last page counts).
        stated = [l.target for l in links if l.tag == "a" and l.text.strip() not in LAST_PAGE_TEXTS
                  and (l.text.strip() in PAGER_TEXTS or l.text.strip().isdigit())]
        numbers = [n for u in stated if (n := _number_at(u, last, start, end)) is not None]
        if (own := _number_at(page_url, last, start, end)) is not None:
            numbers.append(own)  # a numbered page states its scheme, even the last one
        if numbers and max(numbers) > top:  # counting down: the 尾页 (the oldest page) has the lowest number
            k = _descending_sum(_stated_pairs(page_url, links, last, start, end, None))
            span = range(max(numbers), top - 1, -1)
            label = (lambda n: f"尾页 第{k - n}/{k - top}页") if k else (lambda n: f"尾页 倒数编号{n}")  # noqa: E731
        else:
            span = range(min(numbers) if numbers else min(top, 1), top + 1)
            label = lambda n: f"尾页 第{n}/{top}页"  # noqa: E731
        for n in span:
            url = resolve(f"{last[:start]}{n}{last[end:]}")
            if url:
                pages.append((url, label(n)))
    return pages


def _jump_menu_pages(links: list[RawLink]) -> list[tuple[str, str]]:
    """The pages a page-jump menu names by number (EmpireCMS `<option value='/xwzx/tzgg/index_2.html'>第2页
    </option>`, DedeCMS `<option value='list_5_2.html'>2</option>`; a 友情链接 menu names sites, not pages),
    page 2 on, anchored `第n/N页` as a script pager's pages are (model/pagerlinks.queued_page)."""
    named = [(l.target, n) for l in links if l.tag == "option" and (n := page_number(l.text.strip())) is not None]
    if len(named) < 2:
        return []
    top = max(n for _, n in named)
    return [(url, f"第{n}/{top}页") for url, n in named if n > 1]


def _pager_links(links: list[RawLink]) -> list[str]:
    """URLs of the page's pager links (下一页, 尾页, page numbers), as linked."""
    return [l.target for l in links if l.tag == "a" and (l.text.strip() in PAGER_TEXTS or l.text.strip().isdigit())]


# 博达 VSB states `n/P` without 页 after the record count and the pager's links, closing its element:
# `<span class="p_t">共52条</span> … <span class="p_t">1/11</span>` (VSB 9), `共49条&nbsp;&nbsp;1/5&nbsp;</td>`
# (VSB 8). The model reads the same in a page's text (model/extract/pager.py, counted_totals).
_COUNTED_TOTAL = re.compile(r"共\s*\d+\s*条.{0,1500}?(?:>|&nbsp;|\s)\s*(\d+)\s*/\s*(\d+)(?:\s|&nbsp;)*<", re.S)


# The page's own number where the pager states it beside the total: 第3/5页, 页次：3/5, 3/5页.
_CURRENT_PAGE = re.compile(r"(?:第|页次[:：]?)\s*(\d+)\s*/\s*\d+|(\d+)\s*/\s*\d+\s*页")


def _current_page(html: str) -> int | None:
    """The number of the page a pager says it shows (第3/5页, VSB's `共52条 … 3/11`), when it says one."""
    found = {int(n) for m in _CURRENT_PAGE.finditer(html) for n in m.groups() if n} if "页" in html else set()
    if "条" in html:
        found |= {int(m.group(1)) for m in _COUNTED_TOTAL.finditer(html) if 0 < int(m.group(1)) <= int(m.group(2))}
    return found.pop() if len(found) == 1 else None


def total_pages(html: str) -> int | None:
    """The page total a pager states (`共18条 第1/2页`, `共5页`, `页次：1/5`, `totalPage = 5`, VSB's
    `共52条 … 1/11`), or None."""
    totals = []
    if "页" in html or "age" in html:
        totals = [int(n) for m in _TOTAL_PAGES.finditer(html) for n in m.groups() if n]
    if "条" in html:
        totals += [int(m.group(2)) for m in _COUNTED_TOTAL.finditer(html) if 0 < int(m.group(1)) <= int(m.group(2))]
    return max(totals) if totals else None


def _stated_total(page_url: str, html: str, links: list[RawLink]) -> list[tuple[str, str]]:
    """Pages 1..N of a pager that states its total N, placed where a pager link puts its page number."""
    pager = _pager_links(links)
    if not pager or (top := total_pages(html)) is None or top < 2:
        return []
    for link in pager:
        slot = _slot_from_siblings(link, [*pager, page_url]) or _known_slot(link)
        if slot is None:
            continue
        start, end = slot
        if any(l.tag == "a" and l.text.strip() in FIRST_PAGE_TEXTS and (n := _number_at(l.target, link, start, end)) is not None
               and n > 1 for l in links):
            # 首页 is page 1: a number it carries above 1 is an id, no page number (远略 ylcms's later pages of a
            # leaf directory link 首页 `leafinfodirectory/1200686935.html`; page 2 is not `leafinfodirectory/2.html`)
            continue
        # Page 1 is the list's own address, which led here: its numbered twin (pageNum=1) is not queued.
        numbers = _numbering(_stated_pairs(page_url, links, link, start, end, top, _current_page(html)), top)
        return [(url, f"共{top}页 第{n}/{top}页") for n in range(2, top + 1)
                if (number := numbers(n)) is not None and (url := resolve(f"{link[:start]}{number}{link[end:]}"))]
    return []


def _stated_pairs(page_url: str, links: list[RawLink], shape: str, start: int, end: int,
                  top: int | None, current: int | None = None) -> list[tuple[int, int]]:
    """(page number, URL number) pairs the pager states: a page-number link's text, 尾页 beside the
    stated total `top`, and the page's own URL, 下一页 and 上一页 beside its `current` number (on an
    unnumbered page, 1: 下一页 is page 2)."""
    own = _number_at(page_url, shape, start, end)
    if own is None:
        current = 1
    pairs = [(current, own)] if current is not None and own is not None else []
    for link in links:
        text = link.text.strip()
        if link.tag != "a" or (n := _number_at(link.target, shape, start, end)) is None:
            continue
        if text.isdigit():
            pairs.append((int(text), n))
        elif text in LAST_PAGE_TEXTS and top is not None:
            pairs.append((top, n))
        elif current is not None and text in NEXT_PAGE_TEXTS:
            pairs.append((current + 1, n))
        elif current is not None and current > 1 and text in PREV_PAGE_TEXTS:
            pairs.append((current - 1, n))
    return pairs


def _descending_sum(pairs: list[tuple[int, int]]) -> int | None:
    """K when every pair puts page n at URL number K - n (counting down, 博达 VSB: K = total + 1)."""
    sums = {page + n for page, n in pairs}
    return sums.pop() if len(sums) == 1 and len(pairs) > 0 else None


def _numbering(pairs: list[tuple[int, int]], top: int) -> Callable[[int], int | None]:
    """The URL number of page n (2..top) as the pairs state it: n - shift counting up (TRS: shift 1,
    page 2 is `index_1.html`), or K - n counting down (VSB). Where both fit the pairs (a lone
    下一页), only the pages both put at one number; where neither fits, numbers as shown (shift 0),
    unless the pairs count down: then none (a wrong guess is a 404 per page)."""
    offsets = {page - n for page, n in pairs}
    up = offsets.pop() if len(offsets) == 1 and offsets <= {0, 1} else None
    down = k if (k := _descending_sum(pairs)) is not None and k - top >= 1 else None
    if up is not None and down is not None:
        return lambda n: n - up if n - up == down - n else None
    if down is not None:
        return lambda n: down - n
    if up is None and any(p1 < p2 and n1 > n2 for p1, n1 in pairs for p2, n2 in pairs):
        return lambda n: None
    return lambda n: n - (up or 0)


def _slot_from_siblings(last: str, others: list[str]) -> tuple[int, int] | None:
    """Span of the one number in which `last` differs from another pager URL of the same shape."""
    shape, runs = _DIGITS.sub("#", last), list(_DIGITS.finditer(last))
    for other in others:
        if other == last or _DIGITS.sub("#", other) != shape:
            continue
        differ = [i for i, m in enumerate(_DIGITS.finditer(other)) if m.group() != runs[i].group()]
        if len(differ) == 1:
            return runs[differ[0]].span()
    return None


def _known_slot(last: str) -> tuple[int, int] | None:
    for pattern in _KNOWN_SLOTS:
        if m := pattern.search(last):
            return m.span(1)
    return None


def _number_at(url: str, last: str, start: int, end: int) -> int | None:
    """The page number of pager `url` if it has the last page URL's shape around the number."""
    m = re.fullmatch(re.escape(last[:start]) + r"(\d+)" + re.escape(last[end:]), url)
    return int(m.group(1)) if m else None



# A pager function called with a page number: goPage(2), gotoPage('3'), turnPage(4) …
# `gotoCurrentPage('2')`: 江西省旅游发展委员会's pager (Column.shtml?p5=28&p7=2).
_SCRIPT_CALL = re.compile(r"\b((?:go_?|goto|to|jump|turn|change|query)?(?:Current)?[Pp]age(?:Go|Jump)?)\s*\(\s*['\"]?(\d+)['\"]?\s*[,)]")
_FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.I | re.S)
_INPUT = re.compile(r"<input\b[^>]*>", re.I)
_ATTR = re.compile(r"""\b([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_PageUrl = Callable[[int], "str | None"]


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): unescape(next(g for g in m.groups()[1:] if g is not None)) for m in _ATTR.finditer(tag)}


def _script_pages(page_url: str, html: str) -> list[tuple[str, str]]:
    """Pages 2..N of a pager drawn as script calls (goPage(n)), where the function or its form names the URL."""
    if "age(" not in html and "age (" not in html:
        return []
    calls = [(m.group(1), int(m.group(2))) for m in _SCRIPT_CALL.finditer(html)]
    if not calls:
        return []
    name = calls[0][0]
    top = max([n for f, n in calls if f == name] + [total_pages(html) or 0])
    if top < 2:
        return []
    build = _url_builder(name, page_url, html)
    if build is None:
        return []
    return [(url, f"{name}({n}) 第{n}/{top}页") for n in range(2, top + 1) if (url := build(n))]


def _plugin_pages(page_url: str, html: str) -> list[tuple[str, str]]:
    """Pages 2..N of a plugin-drawn pager (layui laypage, jqPaginator) whose settings state N and build
    the page-n address (pluginpager); one that builds none names no page."""
    return [(url, f"{pager.name} 第{n}/{pager.pages}页") for pager in plugin_pagers(html) if pager.address
            for n in range(2, pager.pages + 1) if (url := resolve(pager.address.replace("{n}", str(n)), page_url))]


def _url_builder(name: str, page_url: str, html: str) -> _PageUrl | None:
    """How the pager function `name` turns a page number into a URL: the string it concatenates
    (`"index_" + (n - 1) + ".html"`), or the GET form whose page field it fills. None otherwise."""
    m = re.search(rf"function\s+{re.escape(name)}\s*\(\s*(\w+)[^)]*\)\s*\{{", html) or \
        re.search(rf"\b{re.escape(name)}\s*=\s*function\s*\(\s*(\w+)[^)]*\)\s*\{{", html)
    if m is None:
        return None
    param, body = m.group(1), html[m.end(): m.end() + 800]
    body = body[: _block_end(body)]
    concat = re.search(
        rf"""['"]([^'"]*)['"]\s*\+\s*\(?\s*{param}\s*(?:([+-])\s*(\d+))?\s*\)?(?:\s*\+\s*['"]([^'"]*)['"])?""", body)
    if concat and re.search(r"location|href|window\.open", body):
        prefix, sign, shift, suffix = concat.group(1), concat.group(2), int(concat.group(3) or 0), concat.group(4) or ""
        delta = -shift if sign == "-" else shift
        return lambda n: resolve(f"{prefix}{n + delta}{suffix}", page_url)
    if "submit" in body:
        return _form_builder(param, body, page_url, html)
    return None


def _block_end(body: str) -> int:
    """End of the function body that starts `body` (after its opening brace)."""
    depth = 1
    for i, c in enumerate(body):
        depth += (c == "{") - (c == "}")
        if depth == 0:
            return i
    return len(body)


def _form_builder(param: str, body: str, page_url: str, html: str) -> _PageUrl | None:
    """A GET form with a page field (the field the function sets to the number, or a PAGE_PARAMS name)."""
    set_ids = set(re.findall(rf"""getElementById\(\s*['"]([\w-]+)['"]\s*\)\.value\s*=\s*{param}\b""", body))
    set_names = set(re.findall(rf"""\.([\w-]+)\.value\s*=\s*{param}\b""", body))
    for form in _FORM.finditer(html):
        attrs = _attrs(form.group(1))
        if attrs.get("method", "get").lower() != "get":
            continue
        fields, slot = [], None
        for tag in _INPUT.findall(form.group(2)):
            a = _attrs(tag)
            if not a.get("name"):
                continue
            if a.get("id") in set_ids or a["name"] in set_names or (slot is None and a["name"].lower() in PAGE_PARAMS):
                slot = a["name"]
            fields.append((a["name"], a.get("value", "")))
        action = resolve(attrs.get("action") or page_url, page_url)
        if slot is None or action is None:
            continue
        base, page_field = action.split("?", 1)[0], slot
        return lambda n: f"{base}?{urlencode([(k, str(n) if k == page_field else v) for k, v in fields])}"
    return None
