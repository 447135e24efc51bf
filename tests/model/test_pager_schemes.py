"""Crawled and built: a list is one column whatever its later pages are called.

classify.list_page knows the later-page names of TRS (`index_1.html`), DedeCMS, PHPCMS and the
usual page parameters. Others name them in ways no URL rule can know: gov.cn's 最新政策 is
`zhengce/zuixin/` with its later pages `home_1.htm` … `home_90.htm` written by a script pager
(and page 1 also served as `home.htm`); SiteServer writes `channels/123.html`, `123_2.html`; other
CMSs `more_2.html`, `2.html`, `page/2/`, `index.html?p=2`, `index.jsp?start=20`. Before, each later
page became a column of its own (page 3, the oldest rows, a stale one). The pager joins them: a
page number or 下一页 link on a page of the list, or the page the crawl queued from its script
pager, at an address shaped like a later page of the list, of a page that does not name another
column.

Rows are gov.cn's list markup (`<li><h4><a href="../202404/content_6946880.htm" target="_blank">…</a>
<span class="date"> 2024-04-22 </span></h4></li>`, quoted from www.gov.cn/zhengce/zuixin/ in a
public R tutorial, yuanfan "使用基础 R 抓取网页数据", 2024, which also gives the `home_0.htm` …
`home_90.htm` page names); the later-page names of the other schemes are the URL shapes those CMSs
serve, the pager around them a plain 共N条 page-number pager."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.model.loopback import HTML, crawl_and_build

Later = Callable[[int], str]


def _shell(name: str, body: str, first: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{name}_中国某县人民政府</title></head><body>'
            f'<div class="nav"><a href="/">首页</a> <a href="{first}">{name}</a> <a href="/zwyw/">政务要闻</a></div>'
            f'<div class="BreadcrumbNav">当前位置：<a href="/">首页</a> &gt; {name}</div>'
            f'<div class="list"><h2>{name}</h2>{body}</div>'
            '<div class="footer">主办：某县人民政府办公室 网站标识码：1234000001</div></body></html>')


def _rows(folder: str, ids: range) -> str:
    return '<div class="news_box"><ul>' + "".join(
        f'<li><h4><a href="{folder}202609/content_{i}.htm" target="_blank"> 关于做好第{i}项重点工作的通知 </a>'
        f'<span class="date"> 2026-09-{31 - i:02d} </span></h4></li>' for i in ids) + "</ul></div>"


def _link_pager(page: int, hrefs: dict[int, str]) -> str:
    nums = " ".join(f"<span>{k}</span>" if k == page else f'<a href="{hrefs[k]}">{k}</a>' for k in (1, 2, 3))
    return f'<div class="page">共30条 {nums} ' + (f'<a href="{hrefs[page + 1]}">下一页</a>' if page < 3 else "") + "</div>"


def _script_pager(page: int) -> str:
    return f'<div class="page"><script>createPageHTML(3, {page - 1}, "home", "htm");</script></div>'


def _doc(i: int) -> str:
    return (f'<html><head><meta charset="utf-8"><title>关于做好第{i}项重点工作的通知</title></head><body>'
            f'<div class="article"><h1>关于做好第{i}项重点工作的通知</h1><div class="pages-date">2026-09-01 10:00</div>'
            f'<div id="UCAP-CONTENT"><p>请认真贯彻执行第{i}项工作。{"各单位要高度重视，抓好落实。" * 12}</p></div></div></body></html>')


def _site(first: str, later: Later, script: bool = False, named: dict[int, str] | None = None) -> dict:
    """A county site whose 通知公告 has three pages: `first`, `later(2)`, `later(3)`. `named` gives
    a later page another column's name."""
    hrefs = {1: first, 2: later(2), 3: later(3)}
    pages = {"/": (200, HTML, _shell("首页", f'<a href="{first}">通知公告</a>', first)),
             "/zwyw/": (200, HTML, _shell("政务要闻", _rows("/zwyw/", range(1, 3)), first))}
    for k in (1, 2, 3):
        name = (named or {}).get(k, "通知公告")
        body = _rows("/tzgg/", range(10 * k - 9, 10 * k + 1)) + (_script_pager(k) if script else _link_pager(k, hrefs))
        pages[hrefs[k]] = (200, HTML, _shell(name, body, first))
    if script:
        pages["/tzgg/home.htm"] = pages[first]  # gov.cn serves page 1 at both addresses
    for i in range(1, 31):
        pages[f"/tzgg/202609/content_{i}.htm"] = (200, HTML, _doc(i))
    for i in range(1, 3):
        pages[f"/zwyw/202609/content_{i}.htm"] = (200, HTML, _doc(100 + i))
    return pages


def _columns(pages: dict, out: Path) -> dict[str, tuple[str, int, list[str]]]:
    model, base = crawl_and_build(pages, out)
    return {c.url.removeprefix(base): (c.name, len(c.items), [p.removeprefix(base) for p in c.pages])
            for c in model.columns}


def test_a_script_pager_list_whose_later_pages_no_url_rule_knows_is_one_column(tmp_path: Path) -> None:
    columns = _columns(_site("/tzgg/", lambda k: f"/tzgg/home_{k - 1}.htm", script=True), tmp_path / "out")
    assert set(columns) == {"tzgg/", "zwyw/"}
    name, items, pages = columns["tzgg/"]
    assert (name, items) == ("通知公告", 30)
    assert pages == ["tzgg/", "tzgg/home.htm", "tzgg/home_1.htm", "tzgg/home_2.htm"]  # page 1 at both addresses


@pytest.mark.parametrize(("first", "later"), [
    ("/tzgg/more.html", lambda k: f"/tzgg/more_{k}.html"),
    ("/tzgg/123.html", lambda k: f"/tzgg/123_{k}.html"),  # SiteServer channels/123.html
    ("/tzgg/", lambda k: f"/tzgg/{k}.html"),
    ("/tzgg/", lambda k: f"/tzgg/page/{k}/"),
    ("/tzgg/index.html", lambda k: f"/tzgg/index.html?p={k}"),
    ("/tzgg/index.jsp", lambda k: f"/tzgg/index.jsp?start={10 * (k - 1)}"),
], ids=["more_N", "id_N", "N.html", "page-N", "query-p", "query-start"])
def test_a_linked_pager_list_whose_later_pages_no_url_rule_knows_is_one_column(first: str, later: Later,
                                                                               tmp_path: Path) -> None:
    columns = _columns(_site(first, later), tmp_path / "out")
    assert len(columns) == 2, columns
    (name, items, pages), = (v for k, v in columns.items() if k != "zwyw/")
    assert (name, items, len(pages)) == ("通知公告", 30, 3)


def test_a_numbered_link_to_a_page_naming_another_column_is_not_a_later_page(tmp_path: Path) -> None:
    columns = _columns(_site("/tzgg/", lambda k: f"/tzgg/{k}.html", named={3: "工作动态"}), tmp_path / "out")
    assert columns["tzgg/"][:2] == ("通知公告", 20)  # pages 1 and 2
    assert columns["tzgg/3.html"][:2] == ("工作动态", 10)


_DYN = "/index.aspx?lanmuid=61&sublanmuid=615"  # PageAdmin's dynamic address of a column
_STATIC = {1: "/tzgg/1.html", 2: "/tzgg/2.html", 3: f"{_DYN}&amp;page=3"}  # its generated pages, then the dynamic one


def _assert_one_column(pages: dict, tmp_path: Path) -> None:
    """Crawled with the home page, 政务要闻 and every article added, `pages` (通知公告's three list pages
    as PageAdmin serves them) are one column of 30 rows whose pages include the dynamic page 3."""
    pages = {"/": (200, HTML, _shell("首页", '<a href="/tzgg/">通知公告</a>', "/tzgg/")),
             "/zwyw/": (200, HTML, _shell("政务要闻", _rows("/zwyw/", range(1, 3)), "/tzgg/")), **pages}
    pages["/tzgg/"] = pages["/tzgg/1.html"]
    for i in range(1, 31):
        pages[f"/tzgg/202609/content_{i}.htm"] = (200, HTML, _doc(i))
    for i in range(1, 3):
        pages[f"/zwyw/202609/content_{i}.htm"] = (200, HTML, _doc(100 + i))
    columns = _columns(pages, tmp_path / "out")
    assert set(columns) == {"tzgg/", "zwyw/"}, columns
    name, items, later = columns["tzgg/"]
    assert (name, items) == ("通知公告", 30)
    assert f"{_DYN[1:]}&page=3" in later


def test_a_list_generated_static_for_two_pages_then_served_dynamic_is_one_column(tmp_path: Path) -> None:
    """PageAdmin generates a column's first pages as static files (Build_SubLanmu: the folder's page,
    `1.html` … `<list_html_page>.html`) and serves the rest at `index.aspx?lanmuid=L&sublanmuid=S&page=N`,
    whose pager names every page dynamically (page 1 as `&page=1`). The dynamic pages, with no
    unnumbered first page of their own, were a second 通知公告 holding page 3, the static one a
    list with a page unobserved; `&page=1` showing the static page 1's rows makes them one column."""
    dynamic = {k: f"{_DYN}&amp;page={k}" for k in (1, 2, 3)}
    pages = {}
    for k in (1, 2, 3):
        rows = _rows("/tzgg/", range(10 * k - 9, 10 * k + 1))
        pages[f"{_DYN}&page={k}"] = (200, HTML, _shell("通知公告", rows + _link_pager(k, dynamic), "/tzgg/"))
        if k < 3:
            pages[_STATIC[k]] = (200, HTML, _shell("通知公告", rows + _link_pager(k, _STATIC), "/tzgg/"))
    _assert_one_column(pages, tmp_path)


def test_a_later_page_at_a_dynamic_address_whose_pager_names_no_page_joins_by_its_stated_total(tmp_path: Path) -> None:
    """As above, but the dynamic page 3 draws its pager by script (`共3页 第3页 首页 上一页`, no address):
    nothing reaches its `&page=1`, so it cannot be matched to the static page 1. Named 第3页 by the
    static pages' pager, naming the same column and stating the same 3 pages, it is page 3. Before, it
    was a second 通知公告 — not observed, only a later page — and the interpretations or stale verdicts
    resting on that column undecided (the sample site pga under all 13 mutations, seed 4)."""
    pages = {}
    for k in (1, 2):
        rows = _rows("/tzgg/", range(10 * k - 9, 10 * k + 1))
        pages[_STATIC[k]] = (200, HTML, _shell("通知公告", rows + _link_pager(k, _STATIC).replace("共30条", "共3页"), "/tzgg/"))
    pages[f"{_DYN}&page=3"] = (200, HTML, _shell("通知公告", _rows("/tzgg/", range(21, 31))
                                                 + '<div class="pages">共3页 第3页 首页 上一页 下一页 尾页</div>', "/tzgg/"))
    _assert_one_column(pages, tmp_path)


@pytest.mark.parametrize("first_name", ["123", "5"])
def test_a_later_page_stating_the_page_total_claims_no_page_as_its_list_first(first_name: str, tmp_path: Path) -> None:
    """SiteServer's `channels/5.html`, `5_2.html`, `5_3.html` with a pager stating 共3页: page 3, at an
    address no rule numbers, names page 2 by its pager and states the same total, yet it is no first
    page. Only a page whose own address numbers it so joins by the stated total (without that condition the
    sample site sscms had two stale 'columns' at 5_3.html and 6_2.html)."""
    pages = _site(f"/tzgg/{first_name}.html", lambda k: f"/tzgg/{first_name}_{k}.html")
    pages = {path: (status, kind, body.replace("共30条", "共30条 共3页")) for path, (status, kind, body) in pages.items()}
    columns = _columns(pages, tmp_path / "out")
    assert len(columns) == 2, columns
    name, items, _ = columns[f"tzgg/{first_name}.html"]
    assert (name, items) == ("通知公告", 30)


def test_a_list_paged_only_by_a_load_more_link_is_one_column(tmp_path: Path) -> None:
    """The 甘肃 集约化 platform's lists (`ul#list > li`, `span.date`) name their next page only by a 加载更多
    link (`<a class="jzgd" href="ywdt_2.shtml">加载更多</a>`, relative, no count, gone on the last page; the
    province's scraper follows `//a[@class="jzgd"]` page by page: the sample site gsjy). Before, page 2 was a
    column of its own (a false stale column on gsjy, its rows the oldest)."""
    first = "/c108002/ywdt.shtml"
    hrefs = {1: first, 2: "/c108002/ywdt_2.shtml", 3: "/c108002/ywdt_3.shtml"}
    pages = _site(first, lambda k: hrefs[k])
    for k in (1, 2, 3):
        status, kind, body = pages[hrefs[k]]
        more = f'<div class="more-box"><a class="jzgd" href="ywdt_{k + 1}.shtml">加载更多</a></div>' if k < 3 else ""
        pages[hrefs[k]] = (status, kind, re.sub(r'<div class="page">.*?</div>', more, body))
    columns = _columns(pages, tmp_path / "out")
    assert len(columns) == 2, columns
    assert columns["c108002/ywdt.shtml"] == ("通知公告", 30, ["c108002/ywdt.shtml", "c108002/ywdt_2.shtml",
                                                            "c108002/ywdt_3.shtml"])
