"""Crawled and built: a 博达 VSB column is one column whatever addresses its pages have. Its later
pages sit in a folder named after the first page, numbered downwards (`tzgg.htm`, then
`tzgg/2.htm` = page 2 and `tzgg/1.htm` = page 3, the oldest), its dynamic copy is paged by the
list component's own parameters (`list.jsp?a5t=3&a5p=2&a5c=4&urltype=…`), and the same column
served at its static and its dynamic address is one column. The pager markup is VSB 9's as
rendered on real sites (`pb_sys_common` / `p_pages` / `p_no`, links relative to the page)."""

from __future__ import annotations

from pathlib import Path

from govaudit.model.extract.pager import counted_totals
from tests.model.loopback import HTML, crawl_and_build

_DYN = "list.jsp?urltype=tree.TreeTempUrl&amp;wbtreeid="


def _shell(name: str, section: str, body: str, up: str = "") -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{name}-某县人民政府</title>'
            f'<meta name="ColumnName" content="{name}">\n<!--Announced by Visual SiteBuilder 9-->\n</head><body>'
            f'<div class="nav"><a href="{up}index.htm">网站首页</a></div><div class="col-md-10"><ul class="breadcrumb">当前位置：'
            f'<a href="{up}index.htm">网站首页</a>&gt;{section}&gt;{name}</ul><h3>{name}</h3>{body}</div>'
            '<div id="footer">主办：某县人民政府办公室</div></body></html>')


def _rows(ids: range, up: str) -> str:
    return '<ul class="list">' + "".join(
        f'<li id="line_u5_{n}"><a href="{up}info/1014/{i}.htm" title="关于做好第{i}项重点工作的通知">关于做好第{i}项重点工作的通知</a>'
        f'<span>2026-09-{30 - n:02d}</span></li><span id="section_u5_{n}" style="display:none;"><hr></span>'
        for n, i in enumerate(ids)) + "</ul>"


def _pager(page: int, links: dict[int, str]) -> str:
    """VSB 9's pager on page `page` of 3, `links` the href of each other page."""
    def span(k: int, text: str, cls: str) -> str:
        return f'<span class="{cls}"><a href="{links[k]}">{text}</a></span>'
    nums = "".join(f'<span class="p_no_d">{k}</span>' if k == page else span(k, str(k), "p_no") for k in (1, 2, 3))
    first = span(1, "首页", "p_first p_fun") + span(page - 1, "上页", "p_prev p_fun") if page > 1 else \
        '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>'
    last = span(page + 1, "下页", "p_next p_fun") + span(3, "尾页", "p_last p_fun") if page < 3 else \
        '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
    return ('<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共12条</span> '
            f'<span class="p_pages">{first}{nums}{last}</span> <span class="p_t">{page}/3</span></div>')


def _doc(i: int) -> str:
    return (f'<html><head><meta name="ArticleTitle" content="关于做好第{i}项重点工作的通知"></head><body>'
            f'<form name="_newscontent_fromname"><h3>关于做好第{i}项重点工作的通知</h3><i>发布时间：2026-09-01</i>'
            f'<div id="vsb_content"><div class="v_news_content"><p class="vsbcontent_start">请认真贯彻执行第{i}项工作。</p>'
            '<p class="vsbcontent_end">某县人民政府办公室</p></div></div></form></body></html>')


def _site() -> dict:
    static = {1: "../tzgg.htm", 2: "2.htm", 3: "1.htm"}  # from a later page
    dynamic = {k: f"list.jsp?a5t=3&amp;a5p={k}&amp;a5c=4&amp;urltype=tree.TreeTempUrl&amp;wbtreeid=1014" for k in (1, 2, 3)}
    ids = {1: range(501, 505), 2: range(505, 509), 3: range(509, 513)}
    pages = {"/": (200, HTML, _shell("首页", "", '<a href="xwzx/tzgg.htm">通知公告</a> <a href="ztzl.htm">专题专栏</a>'
                                    f' <a href="{_DYN}1014">更多通知</a> <a href="{_DYN}1030">专题</a>'
                                    ' <a href="zwgk/ztzl.htm">政务公开专题专栏</a>'))}
    pages["/xwzx/tzgg.htm"] = (200, HTML, _shell("通知公告", "新闻中心", _rows(ids[1], "../") + _pager(
        1, {2: "tzgg/2.htm", 3: "tzgg/1.htm"}), "../"))
    for k, path in ((2, "/xwzx/tzgg/2.htm"), (3, "/xwzx/tzgg/1.htm")):
        pages[path] = (200, HTML, _shell("通知公告", "新闻中心", _rows(ids[k], "../../") + _pager(k, static), "../../"))
    pages["/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1014"] = (200, HTML, _shell("通知公告", "新闻中心",
                                                                                  _rows(ids[1], "") + _pager(1, dynamic)))
    for k in (1, 2, 3):
        pages[dynamic[k].replace("&amp;", "&").join(("/", ""))] = (200, HTML, _shell("通知公告", "新闻中心",
                                                                                    _rows(ids[k], "") + _pager(k, dynamic)))
    empty = '<ul class="list"></ul>'
    pages["/ztzl.htm"] = (200, HTML, _shell("专题专栏", "新闻中心", empty))
    pages["/list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1030"] = (200, HTML, _shell("专题专栏", "新闻中心", empty))
    pages["/zwgk/ztzl.htm"] = (200, HTML, _shell("专题专栏", "政务公开", empty, "../"))  # another column of that name
    for i in range(501, 513):
        pages[f"/info/1014/{i}.htm"] = (200, HTML, _doc(i))
    return pages


def test_a_vsb_column_is_one_column_whatever_its_pages_addresses(tmp_path: Path) -> None:
    model, base = crawl_and_build(_site(), tmp_path / "out")
    columns = {c.url.removeprefix(base): c for c in model.columns}
    assert sorted(columns) == ["xwzx/tzgg.htm", "ztzl.htm", "zwgk/ztzl.htm"]
    tzgg = columns["xwzx/tzgg.htm"]
    assert len(tzgg.items) == 12 and tzgg.newest_date == "2026-09-30"
    assert {p.removeprefix(base) for p in tzgg.pages} >= {"xwzx/tzgg.htm", "xwzx/tzgg/2.htm", "xwzx/tzgg/1.htm",
                                                           "list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1014"}
    # page numbers are the pager's, not the file's: tzgg/1.htm is page 3, the oldest
    numbers = {p.url.removeprefix(base): (p.column_url, p.page_no) for p in model.pages if p.column_url}
    assert numbers["xwzx/tzgg/2.htm"] == (tzgg.url, 2) and numbers["xwzx/tzgg/1.htm"] == (tzgg.url, 3)
    assert columns["ztzl.htm"].state == columns["zwgk/ztzl.htm"].state == "empty"
    assert "list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1030" in {p.removeprefix(base) for p in columns["ztzl.htm"].pages}


def test_a_page_the_crawl_did_not_get_is_counted_unobserved_from_the_pagers_n_of_p(tmp_path: Path) -> None:
    """VSB states its total only as `1/3` (no 页): with page 3 not served (at either address), one
    page is unobserved."""
    pages = _site()
    del pages["/xwzx/tzgg/1.htm"], pages["/list.jsp?a5t=3&a5p=3&a5c=4&urltype=tree.TreeTempUrl&wbtreeid=1014"]
    model, base = crawl_and_build(pages, tmp_path / "out")
    (tzgg,) = [c for c in model.columns if c.url == base + "xwzx/tzgg.htm"]
    assert tzgg.pages_unobserved == 1 and "其余分页未观察到" in (tzgg.note or "")


def test_vsb_page_totals_are_read_from_n_of_p() -> None:
    # VSB 9 (lntdxy.com, inline spans: one text run) and VSB 8 (soft.nenu.edu.cn, a fanye cell)
    assert counted_totals("\x1e共52条 首页上页12345...11下页尾页 1/11\x1f") == [11]
    assert counted_totals("\x1e共49条\xa0\xa01/5\xa0\x1f\x1e首页上页下页尾页\x1f") == [5]
    assert counted_totals("\x1e共3条评论 发布于 2026/10\x1f") == []


def test_two_static_columns_listing_the_same_notices_stay_two(tmp_path: Path) -> None:
    """A notice column cross-posted to the 政务公开 section (same name, the same first-page rows at a
    second static address) is a column of that section, not a copy of the news one. The dynamic
    list.jsp copy looks like both, so it is folded into neither."""
    pages = _site()
    pages["/"] = (200, HTML, pages["/"][2].replace("</body>", '<a href="zwgk/tzgg.htm">政务公开通知公告</a></body>'))
    pages["/zwgk/tzgg.htm"] = (200, HTML, _shell("通知公告", "政务公开", _rows(range(501, 505), "../"), "../"))
    model, base = crawl_and_build(pages, tmp_path / "out")
    columns = {c.url.removeprefix(base): c for c in model.columns}
    assert {"xwzx/tzgg.htm", "zwgk/tzgg.htm"} <= set(columns)
    assert [p.removeprefix(base) for p in columns["zwgk/tzgg.htm"].pages] == ["zwgk/tzgg.htm"]
    assert len(columns["xwzx/tzgg.htm"].items) == 12
    assert not any("list.jsp" in p for c in ("xwzx/tzgg.htm", "zwgk/tzgg.htm") for p in columns[c].pages)
