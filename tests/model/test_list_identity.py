"""Every page of one list belongs to one column, whatever the pager style (issue 8 item 1):
TRS `index_N.html`, Hanweb `index.html?uid=…&pageNum=N`, `?page=N` beside a list-naming
parameter, `pageNo`. Page N of a list is never a column and never a document."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.model.classify import column_url_guess, list_page
from tests.model.loopback import HTML, crawl_and_build


def _page(title: str, body: str, column: str | None = None) -> str:
    meta = f'<meta name="ColumnName" content="{column}">' if column else ""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{meta}</head><body>"
            f"<div class='header'><a href='/'>首页</a></div>{body}"
            "<div class='footer'>主办单位：某县人民政府办公室</div></body></html>")


def _rows(prefix: str, first: int, n: int, day: int) -> str:
    return "".join(f"<li><a href='{prefix}{first + i}.html' title='信息{first + i}'>信息{first + i}</a>"
                   f"<span>2026-08-{day - i % 20:02d}</span></li>" for i in range(n))


def _hanweb_rows(first: int, n: int) -> str:
    return "".join(f"<li><a href='/art/2026/8/{20 - i % 15}/art_1229_{first + i}.html'>通知{first + i}</a>"
                   f"<span>2026-08-{20 - i % 15:02d}</span></li>" for i in range(n))


def _pager(links: list[tuple[str, str]], total: str) -> str:
    return f"<div class='pagination'>{total}" + "".join(f"<a href='{h}'>{t}</a>" for t, h in links) + "</div>"


def _article(title: str, day: str) -> str:
    return _page(title, f"<div class='article'><h1>{title}</h1><p>发布时间：{day}</p>"
                        "<p>" + "为做好相关工作，现将有关事项通知如下，请各单位认真贯彻落实。" * 6 + "</p></div>")


PROXY = "/module/web/jpage/dataproxy.jsp?webid=1&path=/&columnid=1230&unitid=99"


def _site() -> dict:
    hanweb = "/col/col1229/index.html"
    pages = {
        "/": (200, HTML, _page("某县人民政府", "<a href='/col/col1229/index.html'>通知公告</a><a href='/xwzx/'>新闻中心</a>"
                                               "<a href='/list.jsp?catid=3'>政策文件</a><a href='/list.jsp?catid=4'>人事信息</a>"
                                               "<a href='/zfxx/index.shtml'>财政信息</a><a href='/col/col1230/index.html'>政策解读</a>"
                                               "<a href='/lsxx/index_3.html'>历史信息第3页</a><a href='/zcjd/'>政策解读汇编</a><a href='/zcjd/index_2.html'>汇编第3页</a>")),
        # Hanweb JCMS: page 1 at index.html, later pages index.html?uid=…&pageNum=N; the pager's
        # 首页 link names page 1 again with pageNum=1.
        hanweb: (200, HTML, _page("通知公告", f"<ul class='list'>{_hanweb_rows(5001, 15)}</ul>"
                                  + _pager([("首页", f"{hanweb}?uid=88&pageNum=1"), ("下一页", f"{hanweb}?uid=88&pageNum=2"),
                                            ("尾页", f"{hanweb}?uid=88&pageNum=2")], "共17条 第1/2页"), "通知公告")),
        f"{hanweb}?uid=88&pageNum=1": (200, HTML, _page("通知公告", f"<ul class='list'>{_hanweb_rows(5001, 15)}</ul>", "通知公告")),
        # The last page holds only two rows.
        f"{hanweb}?uid=88&pageNum=2": (200, HTML, _page("通知公告", f"<ul class='list'>{_hanweb_rows(5016, 2)}</ul>"
                                                        + _pager([("首页", f"{hanweb}?uid=88&pageNum=1")], "共17条 第2/2页"), "通知公告")),
        # A Hanweb column whose later pages come from the data proxy the script island names.
        "/col/col1230/index.html": (200, HTML, _page("政策解读", f"<ul class='list'>{_rows('/jd/e', 1, 12, 27)}</ul>"
                                                     + _pager([("下一页", PROXY + "&page=2")], "共20条"), "政策解读")),
        PROXY + "&page=2": (200, HTML, _page("政策解读", f"<ul class='list'>{_rows('/jd/e', 13, 8, 15)}</ul>"
                                             + _pager([("下一页", PROXY + "&page=3")], ""), "政策解读")),
        PROXY + "&page=3": (200, HTML, _page("政策解读", f"<ul class='list'>{_rows('/jd/e', 21, 3, 5)}</ul>", "政策解读")),
        # Only a page past the end of a list was fetched: it shows 暂无信息, the column is not known to be empty.
        "/lsxx/index_3.html": (200, HTML, _page("历史信息", "<ul class='list'></ul><div class='list'>暂无信息</div>", "历史信息")),
        # TRS createPageHTML: index.html, index_1.html (page 2), index_2.html (page 3).
        "/xwzx/": (200, HTML, _page("新闻中心", f"<ul class='list'>{_rows('/xwzx/a', 1, 20, 28)}</ul>"
                                    + _pager([("下一页", "index_1.html"), ("尾页", "index_2.html")], ""), "新闻中心")),
        # Fetched but unlinked here (the crawl budget stopped at page 3): still page 3 because page 1 links index_1.
        "/zcjd/": (200, HTML, _page("政策解读汇编", f"<ul class='list'>{_rows('/zcjd/f', 1, 20, 28)}</ul>"
                                    + _pager([("下一页", "index_1.html")], ""), "政策解读汇编")),
        "/zcjd/index_2.html": (200, HTML, _page("政策解读汇编", f"<ul class='list'>{_rows('/zcjd/f', 41, 5, 20)}</ul>", "政策解读汇编")),
        "/xwzx/index_1.html": (200, HTML, _page("新闻中心", f"<ul class='list'>{_rows('/xwzx/a', 21, 20, 25)}</ul>"
                                                + _pager([("下一页", "index_2.html")], ""), "新闻中心")),
        "/xwzx/index_2.html": (200, HTML, _page("新闻中心", f"<ul class='list'>{_rows('/xwzx/a', 41, 5, 20)}</ul>", "新闻中心")),
        # A list named by a query parameter, paged with ?page=N: catid stays part of its identity.
        "/list.jsp?catid=3": (200, HTML, _page("政策文件", f"<ul class='list'>{_rows('/zc/b', 1, 10, 27)}</ul>"
                                               + _pager([("下一页", "/list.jsp?catid=3&page=2")], ""), "政策文件")),
        "/list.jsp?catid=3&page=2": (200, HTML, _page("政策文件", f"<ul class='list'>{_rows('/zc/b', 11, 10, 17)}</ul>", "政策文件")),
        "/list.jsp?catid=4": (200, HTML, _page("人事信息", f"<ul class='list'>{_rows('/rs/c', 1, 6, 26)}</ul>", "人事信息")),
        # pageNo on a default document that is not index.html.
        "/zfxx/index.shtml": (200, HTML, _page("财政信息", f"<ul class='list'>{_rows('/zfxx/d', 1, 10, 26)}</ul>"
                                               + _pager([("2", "/zfxx/index.shtml?pageNo=2")], ""), "财政信息")),
        "/zfxx/index.shtml?pageNo=2": (200, HTML, _page("财政信息", f"<ul class='list'>{_rows('/zfxx/d', 11, 8, 16)}</ul>", "财政信息")),
    }
    pages["/zc/b12.html"] = (200, HTML, _article("政策文件第12号", "2026-08-10"))  # linked only from page 2
    for i in range(5001, 5018):
        pages[f"/art/2026/8/{20 - (i - 5001) % 15}/art_1229_{i}.html"] = (200, HTML, _article(f"通知{i}", "2026-08-01"))
    return pages


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    return crawl_and_build(_site(), tmp_path_factory.mktemp("lists"))


def test_one_column_per_list_whatever_the_pager(built):
    site, base = built
    got = {c.url.removeprefix(base): len(c.items) for c in site.columns}
    assert got == {"col/col1229/": 17, "xwzx/": 45, "list.jsp?catid=3": 20, "list.jsp?catid=4": 6, "zfxx/": 18, "col/col1230/": 23, "zcjd/": 25, "lsxx/": 0}


def test_list_pages_know_their_column_and_number(built):
    site, base = built
    numbered = {p.url.removeprefix(base): (p.column_url and p.column_url.removeprefix(base), p.page_no)
                for p in site.pages if p.column_url}
    assert numbered["xwzx/"] == ("xwzx/", 1)
    assert numbered["xwzx/index_1.html"] == ("xwzx/", 2)
    assert numbered["xwzx/index_2.html"] == ("xwzx/", 3)
    assert numbered["zcjd/index_2.html"] == ("zcjd/", 3)  # index_1.html (linked, 404 here) is page 2
    assert numbered["list.jsp?catid=3&page=2"] == ("list.jsp?catid=3", 2)
    # The key keeps index.shtml before a query string once the crawl fetches URLs as linked.
    assert [v for u, v in numbered.items() if u.startswith("zfxx/") and u.endswith("?pageNo=2")] == [("zfxx/", 2)]
    hanweb = {u: v for u, v in numbered.items() if u.startswith("col/col1229/")}
    assert sorted(hanweb.values()) == [("col/col1229/", 1), ("col/col1229/", 1), ("col/col1229/", 2)]
    (past_end,) = [c for c in site.columns if c.url == base + "lsxx/"]
    assert (past_end.state, past_end.pages) == ("not_observed", [base + "lsxx/index_3.html"])
    proxy = {v for u, v in numbered.items() if u.startswith("module/")}
    assert proxy == {("col/col1230/", 2), ("col/col1230/", 3)}
    assert all(p.kind == "column" for p in site.pages if p.column_url)
    column = next(c for c in site.columns if c.url == base + "col/col1229/")
    assert column.pages[0] == base + "col/col1229/" and len(column.pages) == 3


def test_no_list_page_is_a_document_and_articles_find_their_column(built):
    site, base = built
    assert not [d.url for d in site.documents if "pageNum" in d.url or "index_" in d.url or "page=" in d.url]
    articles = [d for d in site.documents if "/art/" in d.url]
    assert len(articles) == 17
    assert {d.column_url for d in articles} == {base + "col/col1229/"}
    assert {d.column_name for d in articles} == {"通知公告"}
    (policy,) = [d for d in site.documents if d.url == base + "zc/b12.html"]
    assert (policy.column_url, policy.column_name) == (base + "list.jsp?catid=3", "政策文件")  # via its parent, page 2


@pytest.mark.parametrize("url, key, number", [
    ("http://s/col/col1/index.html?uid=7&pageNum=3", "http://s/col/col1/?uid=7", 3),
    ("http://s/col/col1/?uid=7&pageNum=3", "http://s/col/col1/?uid=7", 3),
    ("http://s/col/col1/index.html", "http://s/col/col1/", None),
    ("http://s/col/col1/", "http://s/col/col1/", None),
    ("http://s/a/index_4.shtml", "http://s/a/", 4),
    ("http://s/a/list_2.html", "http://s/a/list.html", 2),
    ("http://s/xwzx/gsgg/column-index-2.shtml", "http://s/xwzx/gsgg/column-index.shtml", 2),  # Chengdu
    ("http://s/xwzx/gsgg/column-index-1.shtml", "http://s/xwzx/gsgg/column-index.shtml", 1),
    ("http://s/a/newslist_2.html", "http://s/a/newslist_2.html", None),  # a name, not a pager
    ("http://s/a/?pageIndex=0", "http://s/a/", 0),
    # A script's query names the list: the key is a URL the site links, not `a/?cid=2`.
    ("http://s/a/default.aspx?CurrentPage=5&cid=2", "http://s/a/default.aspx?cid=2", 5),
    ("http://s/index.php?m=content&c=index&a=lists&catid=37", "http://s/index.php?m=content&c=index&a=lists&catid=37", None),
    ("http://s/index.php?m=content&c=index&a=lists&catid=37&page=2",
     "http://s/index.php?m=content&c=index&a=lists&catid=37", 2),
    ("http://s/a/index.jsp?page=3", "http://s/a/", 3),
    # PHPCMS `list-{catid}-{page}.html` (page 1 numbered too), DedeCMS `list_{typeid}_{page}.html`
    ("http://s/list-12-1.html", "http://s/list-12.html", 1),
    ("http://s/list-12-3.html", "http://s/list-12.html", 3),
    ("http://s/a/zcwj/list_12_2.html", "http://s/a/zcwj/list_12.html", 2),
    # MetInfo pseudo-static (metinfo seo_open.class.php rewrite rules): `list-{metid}.html` is list 6's
    # first page, `list-{metid}-{page}.html` its later pages
    ("http://s/news/list-6.html", "http://s/news/list-6.html", None),
    ("http://s/news/list-6-2.html", "http://s/news/list-6.html", 2),
    ("http://s/show-12-345-1.html", "http://s/show-12-345-1.html", None),  # an article, not a pager
    ("http://s/a/?curPage=2", "http://s/a/", 2),
    ("http://s/a/?page=x", "http://s/a/?page=x", None),  # not a page number
    ("http://s/a/t20260801_1.html", "http://s/a/t20260801_1.html", None),
    # 博达 VSB's dynamic pager carries the page total: page 2 of `list.jsp?urltype=…&wbtreeid=1012`
    ("http://s/list.jsp?totalpage=11&PAGENUM=2&urltype=tree.TreeTempUrl&wbtreeid=1012",
     "http://s/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1012", 2),
    # DedeCMS's dynamic pager (arc.listview.class.php GetPageListDM) carries the record total; its
    # 首页 link is `&PageNo=1`, page 1 of `/plus/list.php?tid=19` again
    ("http://s/plus/list.php?tid=19&TotalResult=13&PageNo=2", "http://s/plus/list.php?tid=19", 2),
    ("http://s/plus/list.php?tid=19&TotalResult=13&PageNo=1", "http://s/plus/list.php?tid=19", 1),
])
def test_list_page_keys(url, key, number):
    lp = list_page(url)
    assert (lp.key, lp.number) == (key, number)


def test_column_guess_for_hanweb_and_trs_articles():
    assert column_url_guess("http://s/art/2026/9/3/art_1229_5001.html") == "http://s/col/col1229/"
    assert column_url_guess("http://s/zwgk/tzgg/202609/t20260903_1.html") == "http://s/zwgk/tzgg/"


def test_a_cms_that_numbers_its_first_page_keeps_it_as_the_column():
    from govaudit.model.builder import _group_url

    def member(url: str):
        return list_page(url), type("F", (), {"capture": type("C", (), {"url": url})()})()

    key = "http://s/xwzx/gsgg/column-index.shtml"
    got = _group_url(key, [member("http://s/xwzx/gsgg/column-index-2.shtml"), member("http://s/xwzx/gsgg/column-index-1.shtml")])
    assert got == "http://s/xwzx/gsgg/column-index-1.shtml"
    # TRS: index_1.html is page 2; a list seen only through it is still keyed at its folder
    assert _group_url("http://s/lsxx/", [member("http://s/lsxx/index_1.html")]) == "http://s/lsxx/"
