"""Pagination without JavaScript: TRS createPageHTML, 尾页 links, page-number parameters."""

from __future__ import annotations

import pytest

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.crawl.pagination import list_pages, total_pages
from govaudit.htmlpage import extract_links, parse_html
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site

COL = "https://www.example.gov.cn/zwgk/tzgg/"


def _pages(url: str, text: str, limit: int = 50) -> list[str]:
    return [u for u, _ in list_pages(url, text, extract_links(parse_html(text), url), limit).pages]


def test_trs_create_page_html_literal_and_variables():
    literal = '<script>createPageHTML(4, 0, "index", "html");</script>'
    assert _pages(COL, literal) == [COL + "index_1.html", COL + "index_2.html", COL + "index_3.html"]
    on_third = '<script>var countPage = 3;var currentPage = 2;createPageHTML(countPage, currentPage, "index", "shtml");</script>'
    # Page 1 is the file the pager names (fetched as named; its key is the folder).
    assert _pages(COL + "index_2.shtml", on_third) == [COL + "index.shtml", COL + "index_1.shtml"]
    # 望城区's 集约化 lists quote the count (the silita scraper cuts the text between `("` and `",`).
    quoted = '<script language="JavaScript">createPageHTML("3","0","index","html");</script>'
    assert _pages(COL, quoted) == [COL + "index_1.html", COL + "index_2.html"]
    article = "<script>createPageHTML(2,0,'t20240115_1001','html')</script>"
    assert _pages(COL + "202401/t20240115_1001.html", article) == [COL + "202401/t20240115_1001_1.html"]
    # The function's own definition is not a call; one page means no pager.
    assert _pages(COL, "<script>function createPageHTML(_nPageCount,_nCurrIndex,_sPageName,_sPageExt){}"
                       'createPageHTML(1, 0, "index", "html")</script>') == []


def test_chongqing_create_page_is_the_trs_pager_by_another_name():
    """重庆 集约化 (the city portal's crawler, id 62094618929: `createPage(totalPages, currentIndex, "index", "html")`;
    the 巫山县 scraper, id 25388989338, reads page 2 at `index_1.html`): the same pager under the name `createPage`,
    the only place the later pages are named. A one-argument `createPage(2)` of another script names none."""
    first = '<div class="page" id="page"></div>\n<script type="text/javascript">\n  createPage(3, 0, "index", "html");\n</script>'
    assert _pages(COL, first) == [COL + "index_1.html", COL + "index_2.html"]
    assert _pages(COL + "index_2.html", '<script>createPage(3, 2, "index", "html");</script>') == [COL + "index.html",
                                                                                                   COL + "index_1.html"]
    assert _pages(COL, "<script>function go(){ createPage(2); }</script>") == []


def test_trs_create_page_html_with_the_pager_element_first_numbers_pages_from_one():
    """The later TRS pager (海南 住建厅 dezlist.shtml, 镇江, 邵阳 xlist.shtml): `createPageHTML('page_div',
    count, page, prefix, ext, rows)`, whose function writes page 1 as `prefix.ext` and page k as `prefix_k.ext`."""
    first = "<div id=\"page_div\"></div><script>createPageHTML('page_div',4, 1,'dezlist','shtml',38);</script>"
    assert _pages(COL + "dezlist.shtml", first) == [COL + "dezlist_2.shtml", COL + "dezlist_3.shtml", COL + "dezlist_4.shtml"]
    third = '<script>createPageHTML("page_div", 3, 3, "fg", "shtml", 21);</script>'
    found = list_pages(COL + "fg_3.shtml", third, [], 50)
    assert found.pages == [(COL + "fg.shtml", "createPageHTML 第1/3页"), (COL + "fg_2.shtml", "createPageHTML 第2/3页")]


def test_last_page_link_fills_the_gap_for_query_and_path_numbers():
    pager = html(("list.jsp?cat=5&pageNo=1", "1"), ("list.jsp?cat=5&pageNo=2", "2"),
                 ("list.jsp?cat=5&pageNo=2", "下一页"), ("list.jsp?cat=5&pageNo=6", "尾页"))
    expected = [f"{COL}list.jsp?cat=5&pageNo={n}" for n in range(1, 7)]
    assert _pages(COL + "list.jsp?cat=5", pager) == expected
    alone = html(("index_9.html", "尾页"))
    assert _pages(COL, alone) == [f"{COL}index_{n}.html" for n in range(1, 10)]


def test_cap_keeps_the_first_pages_and_counts_the_rest():
    found = list_pages(COL, '<script>createPageHTML(600, 0, "index", "html")</script>', [], 5)
    assert [u for u, _ in found.pages] == [f"{COL}index_{n}.html" for n in range(1, 6)]
    assert found.cut == 594 and found.pages[0][1] == "createPageHTML 第2/600页"


def test_trs_list_pages_are_crawled_as_pagination(tmp_path, serve):
    # each document its own page (a page with the home page's very bytes is the home served for it)
    docs = {f"tzgg/202401/t2024011{p}_{p}.html": html(("/tzgg/", "通知公告"), title=f"第{p}批") for p in range(4)}
    pages = {("tzgg/index.html" if p == 0 else f"tzgg/index_{p}.html"):
             html((f"/tzgg/202401/t2024011{p}_{p}.html", f"关于第{p}批事项的通知"),
                  extra=f'<script>createPageHTML(4, {p}, "index", "html");</script>') for p in range(4)}
    site = serve(write_site(tmp_path / "site", {"index.html": html(("/tzgg/", "通知公告")), **pages, **docs}))
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False))
    with SnapshotReader(tmp_path / "out") as reader:
        caps = {c.url: c for c in reader.captures()}
    for p in range(1, 4):
        c = caps[f"{site.url}tzgg/index_{p}.html"]
        assert (c.outcome, c.priority, c.parent, c.depth) == ("ok", "pagination", site.url + "tzgg/", 2)
        assert caps[f"{site.url}tzgg/202401/t2024011{p}_{p}.html"].outcome == "ok"
    # Home, list page 1, three more list pages, four documents: each fetched once.
    assert summary.fetched == 9 and len(site.hits) == 9


def test_hubs_then_columns_then_documents_then_later_list_pages(tmp_path, serve):
    root = write_site(tmp_path / "site", {
        "index.html": html(("/a/202401/t20240101_1.html", "关于某事的通知"), ("/a/index_1.html", "下一页"),
                           ("/a/", "通知公告"), ("/zwgk/", "政务公开")),
        "zwgk/index.html": html(), "a/index.html": html(), "a/index_1.html": html(),
        "a/202401/t20240101_1.html": html(),
    })
    site = serve(root)
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, concurrency=1, obey_robots=False))
    assert [h.path for h in site.hits] == ["/", "/zwgk/", "/a/", "/a/202401/t20240101_1.html", "/a/index_1.html"]


HANWEB = "http://www.example.gov.cn/col/col1229/index.html"


def _pager(*links: tuple[str, str], text: str = "") -> str:
    return html(*links, extra=f'<div class="pager">{text}</div>')


def test_hanweb_query_pager_with_stated_total():
    page = _pager(("?uid=5001&pageNum=1", "首页"), ("?uid=5001&pageNum=2", "下一页"),
                  ("?uid=5001&pageNum=3", "尾页"), text="共38条 第1/3页")
    # The 首页 and 尾页 links name pages 1 and 3; the stated total adds page 2.
    assert sorted(_pages(HANWEB, page)) == [f"{HANWEB}?uid=5001&pageNum={n}" for n in (1, 2, 3)]
    # Only 下一页, the total in the text: every later page up to it, the document name kept
    # (page 1 is the list's own address: its pageNum=1 twin is not added).
    alone = _pager(("index.html?uid=5001&pageNum=2", "下一页"), text="共18条&nbsp;第1/2页")
    assert _pages(HANWEB, alone) == [f"{HANWEB}?uid=5001&pageNum=2"]
    on_third = _pager(("index.html?uid=5001&pageNum=4", "下一页"), text="共60条 第3/4页")
    assert _pages(HANWEB + "?uid=5001&pageNum=3", on_third) == [f"{HANWEB}?uid=5001&pageNum={n}" for n in (2, 4)]


def test_stated_totals_in_their_common_spellings():
    for text, total in [("共18条 第1/2页", 2), ("页次：1/7 每页20条", 7), ("当前第1页 共 12 页", 12),
                        ("<script>var totalPage = 9;</script>", 9), ("1/4页", 4), ("第1页/共5页", 5)]:
        assert total_pages(html(extra=text)) == total, text
    assert total_pages(html(extra="2026/09/03 发布")) is None


@pytest.mark.parametrize("param", ["page", "pageNo", "pageIndex", "currentPage", "curPage", "pageNum"])
def test_query_parameter_pagers_from_next_link_and_total(param: str):
    base = "http://h/zwgk/list.jsp?catId=12"
    page = _pager((f"list.jsp?catId=12&{param}=2", "下一页"), (f"list.jsp?catId=12&{param}=2", "2"), text="共4页")
    assert _pages(base, page) == [f"http://h/zwgk/list.jsp?catId=12&{param}={n}" for n in range(2, 5)]


def test_stated_total_without_a_pager_link_or_with_one_page_adds_nothing():
    assert _pages(HANWEB, html(extra="共18条 第1/2页")) == []
    assert _pages(HANWEB, _pager(("?uid=1&pageNum=1", "首页"), text="共3条 第1/1页")) == []


def test_next_page_chain_is_one_list_however_long(tmp_path, serve):
    """A list with only 下一页 links: page n+1 is as deep as page n, so max_depth never cuts the list."""
    pages = {}
    for n in range(1, 13):
        nxt = [(f"index.html?uid=9&pageNum={n + 1}", "下一页")] if n < 12 else []
        pages[f"/col/col7/index.html?uid=9&pageNum={n}"] = html((f"/art/2026/1/{n}/art_7_{n}.html", f"第{n}条"), *nxt)

    def route(body: str):
        return lambda method, count: (200, {"Content-Type": "text/html; charset=utf-8"}, body.encode())

    root = write_site(tmp_path / "site", {
        "index.html": html(("/col/col7/index.html", "通知公告")),
        "col/col7/index.html": pages["/col/col7/index.html?uid=9&pageNum=1"],
        **{f"art/2026/1/{n}/art_7_{n}.html": html() for n in range(1, 13)}})
    site = serve(root, {k: route(v) for k, v in pages.items()})
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, max_depth=3))
    with SnapshotReader(tmp_path / "out") as reader:
        caps = {c.url: c for c in reader.captures()}
        cutoffs = reader._db.execute("SELECT COUNT(*) FROM cutoffs").fetchone()[0]
    for n in range(2, 13):
        cap = caps[f"{site.url}col/col7/index.html?uid=9&pageNum={n}"]
        assert (cap.outcome, cap.priority, cap.depth) == ("ok", "pagination", 2)
        assert caps[f"{site.url}art/2026/1/{n}/art_7_{n}.html"].outcome == "ok"
    assert cutoffs == 0
