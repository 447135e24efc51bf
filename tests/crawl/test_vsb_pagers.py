"""博达 VSB pagers count down: page 1 is `zbgg.htm`, page n ≥ 2 is `zbgg/{P+1-n}.htm`, so the
oldest page is `zbgg/1.htm` and the 尾页 has the lowest number. The page total is written
`1/11` without 页 (VSB 9 pb_sys_normal), `共31页` (pb_sys_full) or `共49条&nbsp;&nbsp;1/5`
(VSB 8's fanye cell). Markup from rendered VSB list pages quoted in public scrapers (see the
docstring of tests/sites/vsb.py): a Wuhu college's pb_sys_full pager, lntdxy.com's pb_sys_normal
one, the fanye cell of soft.nenu.edu.cn / qinfeng.gov.cn."""

from __future__ import annotations

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.crawl.pagination import list_pages, total_pages
from govaudit.htmlpage import extract_links, parse_html
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site

BASE = "http://www.hc.gov.cn/xwzx/"


def _normal(col: str, pages: int) -> str:
    """VSB 9 pb_sys_normal on page 1 (real markup: 共52条 … 1/11, numbers 1-5 … P)."""
    nos = "".join(f'<span class="p_no"><a href="{col}/{pages + 1 - k}.htm">{k}</a></span>' for k in (2, 3, 4, 5))
    nos += f'<span class="p_dot">...</span><span class="p_no"><a href="{col}/1.htm">{pages}</a></span>'
    return ('<div class="pb_sys_common pb_sys_normal pb_sys_style1" style="margin-top:10px;text-align:center;">'
            f'<span class="p_t">共{pages * 5 - 3}条</span> <span class="p_pages"><span class="p_first_d p_fun_d">首页</span>'
            f'<span class="p_prev_d p_fun_d">上页</span><span class="p_no_d">1</span>{nos}'
            f'<span class="p_next p_fun"><a href="{col}/{pages - 1}.htm">下页</a></span><span class="p_last p_fun">'
            f'<a href="{col}/1.htm">尾页</a></span></span> <span class="p_t">1/{pages}</span></div>')


def _full(col: str, pages: int) -> str:
    """VSB 9 pb_sys_full on page 1 (real markup: 共31页, a 到第…页 box)."""
    nos = "".join(f'<span class="p_no"><a href="{col}/{pages + 1 - k}.htm">{k}</a></span>' for k in (2, 3, 4, 5))
    return ('<div class="pb_sys_common pb_sys_full pb_sys_style1" style="margin-top:10px;text-align:center;"><span class="p_pages">'
            '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>'
            f'<span class="p_no_d">1</span>{nos}<span class="p_dot">...</span><span class="p_no"><a href="{col}/1.htm">{pages}</a>'
            f'</span><span class="p_next p_fun"><a href="{col}/{pages - 1}.htm">下页</a></span><span class="p_last p_fun">'
            f'<a href="{col}/1.htm">尾页</a></span></span> <span class="p_t">共{pages}页</span> <span class="p_t">到第</span>'
            '<span class="p_goto"><input type="text" class="p_goto_input" maxlength="10" id="u13_goto" '
            f'onkeydown="if(event.keyCode==13){{_simple_list_gotopage_fun({pages},&quot;u13_goto&quot;,2)}}"></span>'
            '<span class="p_t">页</span></div>')


def _fanye(col: str, n: int, pages: int, rows: int) -> str:
    """VSB 8's pager on page n of a list at `col`.htm (real markup: 共49条&nbsp;&nbsp;1/5, Prev/Next anchors)."""
    at = lambda k: f"{col}.htm" if k == 1 else f"{col}/{pages + 1 - k}.htm"  # noqa: E731 - links relative to page 1's folder
    rel = (lambda u: u) if n == 1 else (lambda u: u.removeprefix(f"{col}/") if "/" in u else f"../{u}")  # noqa: E731
    first = (f'<a href="{rel(at(1))}" class="Prev">首页</a><a href="{rel(at(n - 1))}" class="Prev">上页</a>' if n > 1 else
             '<span class="PrevDisabled">首页</span><span class="PrevDisabled">上页</span>')
    last = (f'<a href="{rel(at(n + 1))}" class="Next">下页</a><a href="{rel(at(pages))}" class="Next">尾页</a>' if n < pages else
            '<span class="NextDisabled">下页</span><span class="NextDisabled">尾页</span>')
    return (f'<table width="100%"><tr><td id="fanye148356" width="1%" nowrap align="left">共{rows}条&nbsp;&nbsp;{n}/{pages}&nbsp;'
            f'</td><td nowrap align="left"><div>{first}{last}&nbsp;&nbsp;<input class="defaultButtonStyle" id="gotopagebut" '
            'name="a148356Find" value="转到" onclick="javascript:a148356_gopage_fun()" type="button"><input size="2" '
            'class="defaultInputStyle" name="a148356GOPAGE" id="a148356GOPAGE" value=""> 页</div></td></tr></table>')


def _queued(url: str, body: str, limit: int = 50) -> tuple[list[str], int]:
    text = html(extra=body)
    found = list_pages(url, text, extract_links(parse_html(text), url), limit)
    return [u.removeprefix(BASE) for u, _ in found.pages], found.cut


def test_a_pager_counting_down_queues_every_later_page_nearest_first():
    """Page 1 shows pages 2-5 and 11; pages 6-10 (`zbgg/6.htm` … `zbgg/2.htm`) are named by no link."""
    later = [f"zbgg/{n}.htm" for n in range(10, 0, -1)]  # pages 2 … 11
    assert _queued(BASE + "zbgg.htm", _normal("zbgg", 11)) == (later, 0)
    # 共31页: pages 2-31 are zcyzc/30.htm … zcyzc/1.htm; there is no zcyzc/31.htm (a 404 per list).
    assert _queued(BASE + "zcyzc.htm", _full("zcyzc", 31)) == ([f"zcyzc/{n}.htm" for n in range(30, 0, -1)], 0)
    # VSB 8 states only 下页 (djgz/4.htm) and 尾页 (djgz/1.htm) besides 1/5.
    assert _queued(BASE + "djgz.htm", _fanye("djgz", 1, 5, 49)) == ([f"djgz/{n}.htm" for n in (4, 3, 2, 1)], 0)


def test_the_list_page_cap_keeps_the_newest_pages_of_a_pager_counting_down():
    assert _queued(BASE + "zbgg.htm", _normal("zbgg", 11), limit=3) == (["zbgg/10.htm", "zbgg/9.htm", "zbgg/8.htm"], 7)
    assert _queued(BASE + "zcyzc.htm", _full("zcyzc", 31), limit=2) == (["zcyzc/30.htm", "zcyzc/29.htm"], 28)


def test_the_n_of_p_total_without_its_page_word():
    assert total_pages(html(extra=_normal("zbgg", 11))) == 11
    assert total_pages(html(extra=_fanye("djgz", 1, 5, 49))) == 5
    # No 共N条 before it, or the first number above the second: a date or a figure, not a pager.
    assert total_pages(html(extra="<span>发布 2026/10</span><span>3/4</span>")) is None
    assert total_pages(html(extra="<td>共12条</td><td>12/3</td>")) is None


def test_a_list_reached_at_its_last_page_costs_no_404():
    """The oldest page (djgz/1.htm, page 3 of 3) links only 首页 and 上页 (djgz/2.htm): its own number
    and 3/3 say the list counts down, so page 2 is djgz/2.htm and nothing is guessed at djgz/3.htm."""
    assert _queued(BASE + "djgz/1.htm", _fanye("djgz", 3, 3, 25)) == (["djgz/2.htm"], 0)


def test_vsb_lists_are_crawled_without_a_404_or_a_second_request(tmp_path, serve):
    """Two VSB 9 columns of 11 and 8 pages and a VSB 8 one of 5, each page with one article: every
    page is fetched, once, and no request goes to a page that does not exist."""
    files: dict[str, str] = {}
    links = []
    for col, pages, style in (("zbgg", 11, "normal"), ("zcyzc", 8, "full"), ("djgz", 5, "fanye")):
        links.append((f"/xwzx/{col}.htm", f"栏目{col}"))
        for n in range(1, pages + 1):
            name = f"xwzx/{col}.htm" if n == 1 else f"xwzx/{col}/{pages + 1 - n}.htm"
            if style == "fanye":
                pager = _fanye(col, n, pages, pages * 5)
            elif n == 1:
                pager = _normal(col, pages) if style == "normal" else _full(col, pages)
            else:  # later pages: the same elements, a window around page n (guessed: no later page was quoted)
                at = lambda k: f"../{col}.htm" if k == 1 else f"{pages + 1 - k}.htm"  # noqa: E731
                window = [k for k in range(max(1, n - 2), min(pages, n + 2) + 1)]
                pager = ('<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_pages">'
                         f'<span class="p_first p_fun"><a href="{at(1)}">首页</a></span><span class="p_prev p_fun">'
                         f'<a href="{at(n - 1)}">上页</a></span>'
                         + "".join(f'<span class="p_no_d">{k}</span>' if k == n else
                                   f'<span class="p_no"><a href="{at(k)}">{k}</a></span>' for k in window)
                         + (f'<span class="p_next p_fun"><a href="{at(n + 1)}">下页</a></span><span class="p_last p_fun">'
                            f'<a href="{at(pages)}">尾页</a></span>' if n < pages else "")
                         + f'</span> <span class="p_t">{n}/{pages}</span></div>')
            doc = f"/info/10{len(links)}/{n}{pages}.htm"
            files[name] = html((doc, f"第{n}页的通知标题文字"), extra=pager)
            files[doc.lstrip("/")] = html()
    files["index.html"] = html(*links)
    site = serve(write_site(tmp_path / "site", files))
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, concurrency=1, obey_robots=False))
    with SnapshotReader(tmp_path / "out") as reader:
        caps = list(reader.captures())
    assert [c.url for c in caps if c.status == 404] == []
    fetched = {c.url.removeprefix(site.url) for c in caps if c.outcome == "ok"}
    assert set(files) - {"index.html"} <= fetched
    gets = [h.path for h in site.hits if h.method == "GET"]
    assert len(gets) == len(set(gets)) == len(files)
