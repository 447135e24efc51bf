"""List rows in the shapes hand-kept government list pages write them (tests/sites/mutate.py's
`rows`): lines of one block ended by `<br>`, the date after the link in brackets (the
`<a href=…>…</a>&nbsp;[2024-10-29]` lines the library holds, a Z-Blog 相关文章 box's
`<a href=…>…</a>&nbsp;&nbsp;(2017-9-9 23:0:29)` rows); an empty list written as its header row alone
(the 序号/标题/发布日期 header pingtan.gov.cn's 规范性文件 list writes, ../shared/corpus/pingtan) over
a pager saying 0条记录."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "http://s/xw/zlyw/list.shtml"


def _page(main: str, name: str = "柘岭要闻") -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{name}-柘岭区人民政府</title><meta name="ColumnName" content="{name}" /></head><body>'
            '<div id="nav"><a href="/index.shtml">网站首页</a><a href="/xw/zlyw/list.shtml">新闻中心</a></div>'
            f'<div class="where">您现在的位置：<a href="/index.shtml">首页</a> &gt; <a href="{URL}">{name}</a></div>'
            f'<div class="wrap"><div class="main"><h2 class="chan-name">{name}</h2>{main}</div></div>'
            '<div id="foot"><p>柘岭区人民政府办公室主办 蜀ICP备05012345号</p></div></body></html>')


LINES = ('<div class="newslist">'
         '<a href="/xw/zlyw/2026-11/14/content_1.shtml" target="_blank">城乡环境综合治理工作推进会召开</a>&nbsp;[2026-11-14]<br>\n'
         '<a href="/xw/zlyw/2026-11/12/content_2.shtml" target="_blank">防汛减灾工作推进会召开</a>&nbsp;[2026-11-12]<br>\n'
         '<a href="/xw/zlyw/2026-10/10/content_3.shtml" target="_blank">稳岗就业工作推进会召开</a>&nbsp;[2026-10-10]<br>\n'
         '</div><div class="page">共 3 页 <a href="/xw/zlyw/list_2.shtml">下一页</a></div>')


def test_lines_of_one_block_are_rows_each_dated_by_its_line() -> None:
    facts = extract_page(_page(LINES), URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [(i.title, i.date) for i in facts.list_items] == [
        ("城乡环境综合治理工作推进会召开", "2026-11-14"), ("防汛减灾工作推进会召开", "2026-11-12"), ("稳岗就业工作推进会召开", "2026-10-10")]


def test_month_day_lines_under_year_tabs_take_their_tabs_year() -> None:
    tabs = ('<div class="year-tab"><div class="tab"><span class="on">2026年</span><span>2025年</span></div>'
            '<div class="tab-con" data-year="2026"><div>'
            '<a href="/xw/a/1.html">南岭街道启动社区服务提升行动</a>&nbsp;[09-11]<br>\n'
            '<a href="/xw/a/2.html">南岭街道召开河长制工作会议</a>&nbsp;[08-17]<br>\n</div></div>'
            '<div class="tab-con" data-year="2025"><ul><li><a href="/xw/a/3.html">南岭街道调研基层治理工作</a><span>12-20</span></li>'
            '<li><a href="/xw/a/4.html">南岭街道召开营商环境优化推进会</a><span>11-03</span></li></ul></div></div>'
            '<div class="pagination"><span class="total">共4条</span></div>')
    dates = {i.title: i.date for i in extract_page(_page(tabs, "街道动态"), URL).list_items}
    assert dates["南岭街道启动社区服务提升行动"] == "2026-09-11" and dates["南岭街道召开河长制工作会议"] == "2026-08-17"


def test_links_of_a_menu_block_stay_one_row() -> None:
    menu = ('<div class="links"><a href="/a/1.html">关于我们的工作</a><br><a href="/a/2.html">联系我们的方式</a><br>'
            '<a href="/a/3.html">网站地图与导航</a><br></div>')
    assert not extract_page(_page(menu), URL).list_items


def test_an_empty_list_written_as_its_header_row_is_empty() -> None:
    empty = ('<div class="r_con"><h3>政府信息公开</h3><table class="list_ul" width="100%"><tr><th>序号</th><th>标题</th>'
             '<th>发文字号</th><th>发布日期</th></tr></table>'
             "<div class=\"Pages\"><span class='p_total'>0条记录</span><span class='p_cur'>1</span><span class='p_count'>/0</span>"
             "<a href='javascript:void(0);'>首页</a> <a href='javascript:void(0);'>上一页</a> "
             "<a href='javascript:void(0);'>下一页</a> <a href='javascript:void(0);'>尾页</a></div></div>")
    facts = extract_page(_page(empty, "重大项目"), URL)
    assert (facts.kind, facts.list_state, facts.single_article) == ("column", "empty", False)
