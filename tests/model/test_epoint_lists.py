"""Crawled and built: a 新点 Epoint WebBuilder column is one column whatever its pages' addresses.

Real markup, as public scrapers of Epoint portals quote it: the first page `subpage.html` (or
`moreinfo.html`) and its later pages `2.html`, `3.html` in the same folder (ggzy.siping.gov.cn
`/jyxx/004002/004002001/1.html`, sxggzyjy.cn `/jydt/001001/001001001/1.html`, a zlsrc scraper's
`'%d.html' % num if num > 1 else 'subpage.html'`), rows `<ul class="wb-data-item"><li class="wb-data-list">`,
the pager `<ul class="ewb-page-items clearfix">` of `ewb-page-li ewb-page-hover` links and the count
`<li class="ewb-page-li ewb-page-noborder ewb-page-num"><span>1/3</span></li>` (sxggzyjy.cn); the
legacy ASP.NET subsystem pages a list by `&Paging=n` (wzggzy.wz.gov.cn `zhaobiao.aspx?categorynum=
001009001&Paging=1`, ggzy.jl.gov.cn `MoreInfoJYXX.aspx?CategoryNum=004003`) with image buttons and a
`<td class="huifont">1/2</td>` count."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.model.loopback import HTML, crawl_and_build


def _shell(name: str, body: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{name}_某县人民政府</title><meta name="ColumnName" content="{name}"></head>'
            f'<body><div class="ewb-nav"><a href="/">网站首页</a></div><div class="ewb-container"><div class="ewb-location">'
            f'当前位置：<a href="/">首页</a> &gt; {name}</div><div class="ewb-right-bd" id="categorypagingcontent">{body}</div></div>'
            '<div class="ewb-footer">主办：某县人民政府办公室</div></body></html>')


def _rows(ids: range, url: str) -> str:
    return '<ul class="wb-data-item">' + "".join(
        f'<li class="wb-data-list"><div class="wb-data-infor l"><a href="{url(i)}" title="关于第{i}项工作的通知">关于第{i}项工作的通知</a>'
        f'</div><span class="wb-data-date r">2026-09-{30 - i % 20:02d}</span></li>' for i in ids) + "</ul>"


def _static_pager(page: int, pages: int, first: str) -> str:
    rel = lambda k: f"./{first}" if k == 1 else f"./{k}.html"  # noqa: E731
    li = lambda k, text: f'<li class="ewb-page-li ewb-page-hover"><a href="{rel(k)}">{text}</a></li>'  # noqa: E731
    off = lambda text: f'<li class="ewb-page-li ewb-page-hover"><a href="javascript:void(0)">{text}</a></li>'  # noqa: E731
    head = off("首页") + off("上页") if page == 1 else li(1, "首页") + li(page - 1, "上页")
    tail = off("下页") + off("末页") if page == pages else li(page + 1, "下页") + li(pages, "末页")
    return (f'<div class="ewb-page"><ul class="ewb-page-items clearfix">{head}<li class="ewb-page-li ewb-page-noborder '
            f'ewb-page-num"><span>{page}/{pages}</span></li>{tail}</ul></div>')


def _doc(i: int) -> str:
    return (f'<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="关于第{i}项工作的通知"></head><body>'
            f'<div class="ewb-article"><h2 class="ewb-article-tt">关于第{i}项工作的通知</h2><div class="ewb-article-sources">'
            f'发布时间：2026-09-01</div><div class="ewb-article-info">请认真贯彻执行第{i}项工作。某县人民政府办公室</div></div>'
            '</body></html>')


@pytest.mark.parametrize("first", ["subpage.html", "1.html"])  # sxggzyjy.cn and ggzy.siping.gov.cn start at 1.html
def test_later_pages_beside_the_first_page_are_the_same_column(tmp_path: Path, first: str) -> None:
    folder = "/jyxx/004002/004002001/"
    doc = lambda i: f"{folder}20260901/{i:08d}-aaaa-bbbb-cccc-000000000000.html"  # noqa: E731
    pages = {"/": (200, HTML, _shell("首页", f'<a href="{folder}{first}">通知公告</a>'))}
    for k, ids in ((1, range(1, 5)), (2, range(5, 9)), (3, range(9, 11))):
        path = folder + (first if k == 1 else f"{k}.html")
        pages[path] = (200, HTML, _shell("通知公告", _rows(ids, doc) + _static_pager(k, 3, first)))
    pages.update({doc(i): (200, HTML, _doc(i)) for i in range(1, 11)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + folder.lstrip("/") + first and len(column.items) == 10
    numbers = {p.url.removeprefix(base): p.page_no for p in model.pages if p.column_url}
    assert numbers == {f"jyxx/004002/004002001/{first}": 1, "jyxx/004002/004002001/2.html": 2,
                       "jyxx/004002/004002001/3.html": 3}


def test_legacy_paging_parameter_pages_one_list(tmp_path: Path) -> None:
    first = "/lxweb/ShowInfo/MoreInfo.aspx?CategoryNum=003001&Paging=1"
    doc = lambda i: f"/lxweb/InfoDetail/Default.aspx?InfoID={i:08d}-aaaa-bbbb-cccc-000000000000&CategoryNum=003001"  # noqa: E731

    def pager(page: int) -> str:
        other = 2 if page == 1 else 1
        button = f'<a href="MoreInfo.aspx?CategoryNum=003001&amp;Paging={other}"><img src="/lxweb/images/page/nextn.gif" border="0"></a>'
        return f'<table class="pager"><tr><td>{button}</td><td class="huifont">{page}/2</td></tr></table>'
    pages = {"/": (200, HTML, _shell("首页", f'<a href="{first.replace("&", "&amp;")}">意见征集</a>'))}
    for k, ids in ((1, range(1, 5)), (2, range(5, 7))):
        pages[first.replace("Paging=1", f"Paging={k}")] = (200, HTML, _shell("意见征集", _rows(ids, doc) + pager(k)))
    pages.update({doc(i): (200, HTML, _doc(i)) for i in range(1, 7)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert len(column.items) == 6 and len(column.pages) == 2


def test_a_page_is_titled_by_the_heading_its_title_names_not_the_side_trees() -> None:
    """An Epoint static page (the 政府信息公开指南) under a left tree of its section's columns
    (`<ul class="wb-tree"><li class="wb-tree-items current">`, hrss.xz.gov.cn as an RSSHub route reads
    it; the tree's <h2> heading is guessed): the first h2 names the section, the one the <title> names
    is the page's. Read as 政府信息公开, the guide was not found and guide-current failed the site."""
    from govaudit.model.extract.page import extract_page
    html = ('<html><head><meta charset="utf-8"><title>政府信息公开指南_某县人民政府</title>'
            '<meta name="ColumnName" content="政府信息公开指南"></head><body><div class="ewb-container"><div class="ewb-left l"><div class="ewb-left-hd"><h2>政府信息公开</h2></div>'
            '<ul class="wb-tree"><li class="wb-tree-items current"><h3 class="wb-tree-node"><a href="/xxgk/002003/002003001/moreinfo.html" '
            'class="wb-tree-tt">规范性文件</a></h3></li><li class="wb-tree-items"><h3 class="wb-tree-node"><a href="/xxgk/zfxxgkzn/index.html" '
            'class="wb-tree-tt">政府信息公开指南</a></h3></li></ul></div><div class="ewb-right r">'
            '<div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <span>政府信息公开指南</span></div><div class="ewb-article">'
            '<h2 class="ewb-article-tt">政府信息公开指南</h2><div class="ewb-article-sources"><span>发布时间：2026-03-01</span></div>'
            '<div class="ewb-article-info"><p>为便于公民、法人和其他组织获取某县人民政府的政府信息，编制本指南。一、主动公开 '
            '二、依申请公开 三、监督和救济。申请人可以通过当面、信函、网络等方式提出政府信息公开申请。</p></div></div></div></div></body></html>')
    facts = extract_page(html, "http://h/xxgk/zfxxgkzn/index.html")
    assert facts.title == "政府信息公开指南" and facts.single_article
    assert [(i.title, i.date) for i in facts.list_items] == [("政府信息公开指南", "2026-03-01")]


def test_a_bare_n_of_p_among_pager_links_is_the_page_total() -> None:
    """Epoint pagers show the page as `n/P` alone in an element among the pager's links: the static
    pager's `<li class="ewb-page-li ewb-page-noborder ewb-page-num"><span>1/3</span></li>` (sxggzyjy.cn)
    and the script pager's `<li class="wb-page-li visible-desktop">1/2</li>` beside `ShowAjaxNewPage(…)`
    links (zgcy.gov.cn). The script pager names no address, so page 2 is never fetched: with the total
    read, the column says one page was not observed instead of passing for complete. A `1/3` cell of
    a table that is no pager is no total."""
    from govaudit.model.extract.page import extract_page
    doc = lambda i: f"/xwzx/001003/20261118/{i:08d}-aaaa-bbbb-cccc-000000000000.html"  # noqa: E731
    ajax = lambda k, text: (f'<li class="wb-page-li"><a href="javascript:void(0)" onclick="ShowAjaxNewPage(window.location.pathname,'  # noqa: E731
                            f"'categorypagingcontent',{k})\">{text}</a></li>")
    script_pager = ('<div class="pages"><ul class="wb-page-items clearfix">' + ajax(1, "首页")
                    + '<li class="wb-page-li visible-desktop">1/2</li>' + ajax(2, "下一页") + ajax(2, "尾页") + "</ul></div>")
    facts = extract_page(_shell("乡镇动态", _rows(range(1, 11), doc) + script_pager), "http://h/xwzx/001003/subPage.html")
    assert facts.kind == "column" and len(facts.list_items) == 10 and facts.page_count == 2
    static = extract_page(_shell("通知公告", _rows(range(1, 11), doc) + _static_pager(1, 3, "subpage.html")), "http://h/tzgg/subpage.html")
    assert static.page_count == 3
    table = '<table><tr><td>完成进度</td><td>1/3</td><td>合计</td></tr></table>'
    assert extract_page(_shell("乡镇动态", _rows(range(1, 11), doc) + table), "http://h/xwzx/001003/subPage.html").page_count is None


def test_a_channel_page_with_one_empty_block_is_no_list() -> None:
    """A channel page (互动交流) shows a block per child column, each with its heading and 更多 link;
    a child column with nothing published yet leaves its block empty (an ASP CMS's ShowNewslist writes
    `<ul><li>暂无信息</li></ul>` for one, a public repository's `inc/function.asp`; the block layout here
    is the epoint sample's, guessed). With one block left showing rows, the page read as a column of
    its own that copies 意见征集's newest rows: a second column to judge stale or empty."""
    from govaudit.model.extract.page import extract_page
    doc = lambda i: f"/lxweb/InfoDetail/Default.aspx?InfoID={i:08d}-aaaa-bbbb-cccc-000000000000&amp;CategoryNum=003001"  # noqa: E731
    rows = "".join(f'<li><a href="{doc(i)}" title="关于第{i}项条例公开征求意见的公告">关于第{i}项条例公开征求意见的公告</a>'
                   f"<span>2026-11-{20 - i:02d}</span></li>" for i in range(1, 6))

    def block(name: str, more: str, items: str) -> str:
        return (f'<div class="ewb-block"><div class="ewb-block-hd"><h3>{name}</h3><a href="{more}" class="ewb-more">更多&gt;</a></div>'
                f'<ul class="ewb-block-items">{items}</ul></div>')
    channel = (block("意见征集", "/lxweb/ShowInfo/MoreInfo.aspx?CategoryNum=003001&amp;Paging=1", rows)
               + block("在线访谈", "/hdjl/003002/subPage.html", ""))
    html = (f'<html><head><meta charset="utf-8"><title>互动交流_某县人民政府</title><meta name="ColumnName" content="互动交流"></head>'
            f'<body><div class="ewb-container"><div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <span>互动交流</span></div>'
            f'<div class="ewb-channel">{channel}</div></div></body></html>')
    facts = extract_page(html, "http://h/hdjl/index.html")
    assert facts.kind == "hub" and not facts.list_items


def test_a_numbered_first_page_claims_its_pages_after_the_named_ones() -> None:
    """VSB's `tzgg/1.htm` is the oldest page of `tzgg.htm` (numbered downwards) and, like Epoint's
    `1.html`, could start a list of its own folder: whatever order the pages come in, `tzgg.htm`'s
    pager claims `tzgg/2.htm` (page 2) and `tzgg/1.htm` (page 3) before `tzgg/1.htm` claims anything."""
    from types import SimpleNamespace

    from govaudit.model.classify import list_page
    from govaudit.model.pagerlinks import fold_pager_pages
    base = "http://h/xwzx/"
    link = lambda url, text: SimpleNamespace(url=base + url, text=text)  # noqa: E731
    links = {"tzgg/1.htm": [link("tzgg.htm", "1"), link("tzgg/2.htm", "2")],
             "tzgg/2.htm": [link("tzgg.htm", "1"), link("tzgg/1.htm", "3"), link("tzgg/1.htm", "下页")],
             "tzgg.htm": [link("tzgg/2.htm", "2"), link("tzgg/1.htm", "3"), link("tzgg/2.htm", "下页")]}
    grouped = {}
    for url in links:  # the oldest page first
        page = SimpleNamespace(capture=SimpleNamespace(url=base + url, parent=None, anchor=None),
                               facts=SimpleNamespace(kind="column", links=links[url], column_name="通知公告", list_items=[]))
        lp = list_page(base + url)
        grouped.setdefault(lp.key, []).append((lp, page))
    fold_pager_pages(grouped)
    assert list(grouped) == [base + "tzgg.htm"]
    assert {p.capture.url.removeprefix(base): lp.number for lp, p in grouped[base + "tzgg.htm"]} == \
        {"tzgg.htm": None, "tzgg/2.htm": 2, "tzgg/1.htm": 3}
