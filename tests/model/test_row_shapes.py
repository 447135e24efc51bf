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


def test_a_calendar_box_dates_its_row() -> None:
    """The day over the year and month, `<span class="day">20</span><span class="month">2025-11</span>`
    (event cards' `<span class="day">${day}</span><span class="month">${month}</span>`, found by the
    library), whose text runs together as `202025-11`."""
    rows = "".join(f'<li><div class="date"><span class="day">{d:02d}</span><span class="month">2025-{m:02d}</span></div>'
                   f'<a href="/site/article.jsp?id={1300 + k}">关于做好第{k + 1}批事项的通知</a></li>'
                   for k, (m, d) in enumerate(((11, 20), (11, 10), (10, 31))))
    facts = extract_page(_page(f'<ul class="notice">{rows}</ul>', "通知公告"), URL)
    assert [i.date for i in facts.list_items] == ["2025-11-20", "2025-11-10", "2025-10-31"]


def test_calendar_boxes_alone() -> None:
    from govaudit.model.extract.dates import calendar_date
    assert [calendar_date(t) and calendar_date(t)[0].isoformat() for t in ("202025-11", "20 2025-11", "2025-11 20", "[2025年11月 20日]")] \
        == ["2025-11-20"] * 4
    assert [calendar_date(t) for t in ("2025-11", "2025年11月", "1231", "20252025-11", "共20 2025-11")] == [None] * 5


def test_a_last_page_of_one_month_day_row_is_the_lists() -> None:
    """A 博达 VSB list's last page holding one `(03-29)` row above its pager (共11条 首页 上页 1 2)."""
    last = ('<div class="list"><p id="line_u5_0"><a href="../../info/1043/4201.htm" target="_blank" title="一图读懂《鹤川县住房公积金'
            '提取管理办法》">一图读懂《鹤川县住房公积金提取管理办法》</a> (03-29)</p></div><div class="pb_sys_common pb_sys_normal">'
            '<span class="p_t">共11条</span> <span class="p_pages"><span class="p_first p_fun"><a href="../zcjd.htm">首页</a></span>'
            '<span class="p_prev p_fun"><a href="../zcjd.htm">上页</a></span><span class="p_no"><a href="../zcjd.htm">1</a></span>'
            '<span class="p_no_d">2</span><span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span></span>'
            ' <span class="p_t">2/2</span></div>')
    facts = extract_page(_page(last, "政策解读"), "http://s/zwgk/zcjd/1.htm")
    assert (facts.kind, facts.list_state, [i.url for i in facts.list_items]) == ("column", "listed", ["http://s/info/1043/4201.htm"])


def test_a_last_page_of_one_row_dated_under_its_title_is_the_lists() -> None:
    """The same last page with its row's date on a line under the title, labelled (`<h3><a>…</a></h3>
    <p class="date">发布时间：2026-03-29</p>`): the row's date, not an article's."""
    last = ('<ul class="list"><li id="line_u5_0"><h3><a href="../../info/1043/4201.htm" target="_blank">一图读懂《鹤川县住房公积金'
            '提取管理办法》</a></h3><p class="date">发布时间：2026-03-29</p></li></ul><div class="pb_sys_common pb_sys_normal">'
            '<span class="p_t">共11条</span> <span class="p_pages"><span class="p_first p_fun"><a href="../zcjd.htm">首页</a></span>'
            '<span class="p_prev p_fun"><a href="../zcjd.htm">上页</a></span><span class="p_no"><a href="../zcjd.htm">1</a></span>'
            '<span class="p_no_d">2</span><span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span></span>'
            ' <span class="p_t">2/2</span></div>')
    facts = extract_page(_page(last, "政策解读"), "http://s/zwgk/zcjd/1.htm")
    assert (facts.kind, facts.list_state, [i.date for i in facts.list_items]) == ("column", "listed", ["2026-03-29"])


def test_a_column_of_two_rows_dated_under_their_titles_is_a_list_without_a_pager() -> None:
    """A column of two rows and no pager, each row's date labelled on a line under its title: ndrc.gov.cn's
    通知 rows (tests/model/realpages/ndrc-gov-cn_tz_list_two-rows.html) in the shape `<h3><a>…</a></h3>
    <p class="date">发布时间：…</p>` (mutation `rows`). The first row's labelled date was taken for the
    page's own: the column read as a document dated 2026-05-11, its rows lost (found by
    tests/model/test_realpage_invariance's rewrites). A date inside an item's row is that row's."""
    rows = ('<ul class="u-list"><li><h3><a href="./202605/t20260511_1405152.html" target="_blank" title="关于核定南水北调中线'
            '干线工程供水价格的通知(发改价格〔2026〕630号)">关于核定南水北调中线干线工程供水价格的通知(发改价格〔2026〕630号)</a></h3>'
            '<p class="date">发布时间：2026/05/11</p></li><li><h3><a href="./202604/t20260427_1404891.html" target="_blank">关于印发'
            '《西藏生态安全屏障保护与建设规划(修编)》的通知(发改农经〔2026〕508号)</a></h3><p class="date">发布时间：2026/04/27</p></li></ul>')
    facts = extract_page(_page(rows, "通知"), "https://www.ndrc.gov.cn/xxgk/zcfb/tz/")
    assert (facts.kind, facts.list_state, [i.date for i in facts.list_items]) == ("column", "listed", ["2026-05-11", "2026-04-27"])


def test_rows_made_of_divs_with_month_day_dates_beside_their_titles_are_a_list() -> None:
    """博达 VSB's 公示公告 rows (tests/sites/vsb.py, `[03-02]` for this year's rows) written as blocks of
    <div>s (the mutation `wrappers`: `<div class="item"><div class="tit"><a>…</a></div><div class="time">
    [03-02]</div></div>`, the div rows _sibling_date reads full dates beside) over 共11条 1/2: each row
    its own container, no container held the two a month-day list needs; the column read as a hub, a
    planted stale 公示公告 missed (vsb, mutations classes…tabs, seed 6)."""
    rows = "".join(f'<div class="item"><div class="tit"><a href="../info/1016/{n}.htm" target="_blank">拟任职干部公示（{n}）</a></div>'
                   f'<div class="time">[{d}]</div></div>' for n, d in ((3984, "03-02"), (3991, "02-11"), (3998, "01-23")))
    pager = '<div class="pb"><span>共11条</span> 首页 上页 1 <a href="gsgg/1.htm">2</a> <a href="gsgg/1.htm">下页</a> <span>1/2</span></div>'
    facts = extract_page(_page(f'<div class="list">{rows}</div>{pager}', "公示公告"), "http://s/xwzx/gsgg.htm")
    assert (facts.kind, facts.list_state, len(facts.list_items), facts.page_count) == ("column", "listed", 3, 2)


def test_a_table_of_its_header_row_alone_is_an_empty_list_whatever_its_class() -> None:
    """An empty 重大项目 list: a table of one header row (标题 文号 发布日期, the header pingtan.gov.cn's
    规范性文件 list writes, ../shared/corpus/pingtan) and no row, its class meaningless (the mutation
    `classes`): read as a hub, a planted empty column missed (empire, seed 6). A class naming a list
    made it empty before; the header row alone does now."""
    table = '<div class="x3acb6991"><table class="x2ef212ef"><tr><th>标题</th><th>文号</th><th>发布日期</th></tr></table></div>'
    facts = extract_page(_page(table, "重大项目"), "http://s/xxgk/zdxm/")
    assert (facts.kind, facts.list_state) == ("column", "empty")
    labels = '<table class="x1"><tr><th>标题</th><td></td><th>发布日期</th><td></td></tr></table>'  # a metadata table's labels and empty values
    assert extract_page(_page(labels, "重大项目"), "http://s/xxgk/zdxm/").list_state != "empty"


def test_a_menus_home_link_beside_a_page_date_is_no_list_row() -> None:
    """The shtml site's 政府信息公开指南 (本指南于2026年02月10日更新。…) as old hand-edited markup ships it
    (mutations classes, wrappers, sloppy: a layout table holding the whole page, the menu's class
    meaningless): the menu's 网站首页 link shares the table cell with the guide's date, and was read
    as the one row of a list dated 2026-02-10. The guide became a column, its date no guide's:
    guide-current undecided. A 首页 link is navigation, never a list row."""
    page = ("<html><head><meta charset='utf-8'><title>政府信息公开指南-柘岭区人民政府</title></head><body></div><html><body>"
            "<table width=1000 border=0 align=center><tr><td><div id=x0b56a3f0><a href=/index.shtml>网站首页</a>"
            "<a href=/xw/zlyw/list.shtml>新闻中心</a><a href=/gk/index.shtml>政务公开</a></div>"
            "<div class=xaa8b9451>您现在的位置：<a href=/index.shtml>首页</a> &gt; 政府信息公开指南</div><div class='xdb2910cb'>"
            "<div><div><h1>&nbsp;&nbsp;政府信息公开指南&nbsp;</h1></div></div><p>本指南于2026年02月10日更新。主动公开的政府信息通过本网站发布，"
            "申请人可依法申请获取政府信息。</p></div><div id=xaa1ce143><p>柘岭区人民政府办公室主办 蜀ICP备05012345号</p></div>"
            "</td></tr></table></body></html>")
    facts = extract_page(page, "http://s/gk/zn.shtml")
    assert [(i.title, i.date) for i in facts.list_items] == [("政府信息公开指南", "2026-02-10")] and facts.single_article


def test_rows_made_of_divs_give_their_list_box_to_tell_an_empty_column_of_the_template() -> None:
    """博达 VSB's rows as blocks of <div>s (`<div class="item"><div class="tit"><a>…</a></div><div
    class="time">[2026-03-02]</div></div>`, as above) inside the template's list box, every class
    meaningless: the list's box is the rows' common parent, not the first row, so the template's empty
    column (the same box holding its heading alone) matches it. Before: the first row's box, no match,
    a planted empty 行政强制 read as a hub (phpcms, mutations classes,wrappers, seed 8)."""
    rows = "".join(f'<div class="item"><div class="tit"><a href="/info/1016/{n}.htm" target="_blank">拟任职干部公示（{n}）</a></div>'
                   f'<div class="time">[{d}]</div></div>' for n, d in ((3984, "2026-03-02"), (3991, "2026-02-11"), (3998, "2026-01-23")))
    listed = extract_page(_page(f'<div class="x1"><h5 class="x2">公示公告</h5><div class="x3">{rows}</div></div>', "公示公告"),
                          "http://s/xxgk/gsgg/")
    empty = extract_page(_page('<div class="x1"><h5 class="x2">行政强制</h5></div>', "行政强制"), "http://s/xxgk/xzqz/")
    assert (listed.kind, listed.list_state, len(listed.list_items)) == ("column", "listed", 3)
    assert set(listed.list_boxes) & set(empty.empty_boxes)


def test_rows_of_inline_cells_with_two_dates_side_by_side_take_the_last() -> None:
    """A 规范性文件 list written as rows of spans under a header row of spans (the kpy sample site's
    table as the `rows` mutation rewrites it, seed 12; a row of inline cells as 信息公开 lists lay
    out 序号 标题 文号 日期 with CSS): the text reads `棠政规〔2026〕12号2026/10/232026/10/28`, the
    生成日期 and the 发布日期 with nothing between them. Before, neither date was read (each date's
    digits ran into the other's), so the column was undated and its staleness undecided."""
    rows = ('<ul class="x1"><li><span>序号</span><span>标题</span><span>文件编号</span><span>生成日期</span><span>发布日期</span></li>'
            '<li><span>1</span><a href="/xw/zlyw/c21092/content.shtml">柘岭区人民政府关于印发《柘岭区农村集体资产管理办法》的通知</a>'
            '<span>柘政规〔2026〕12号</span><span>2026/10/23</span><span>2026/10/28</span></li>'
            '<li><span>2</span><a href="/xw/zlyw/c21106/content.shtml">柘岭区人民政府关于印发《柘岭区城区停车管理办法》的通知</a>'
            '<span>柘政规〔2026〕11号</span><span>2026/09/27</span><span>2026/10/02</span></li>'
            '<li><span>3</span><a href="/xw/zlyw/c21113/content.shtml">柘岭区人民政府关于印发《柘岭区建设用地审批管理办法》的通知</a>'
            '<span></span><span>2026/09/01</span><span>2026/09/06</span></li></ul>')
    facts = extract_page(_page(rows, "行政规范性文件"), URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [i.date for i in facts.list_items] == ["2026-10-28", "2026-10-02", "2026-09-06"]


def test_rows_of_divs_dated_first_by_a_month_and_day_take_the_year_heading_above_them() -> None:
    """博达 VSB's rows as blocks of <div>s (above), the date block first and showing only `[06-10]`, under a
    `2026年` heading (the jsp sample site's 部门动态 as the `wrappers` mutation writes it, seed 18). A date
    block opening the row was looked for only when it showed a full date, and a month and day beside the
    title's block never took the heading's year: the rows were undated, the column undated."""
    rows = "".join(f'<div class="item"><div class="time">[{md}]</div><div class="tit"><a href="/site/article.jsp?id={n}">'
                   f'桐溪县推进乡村振兴示范村建设（部门动态{n}）</a></div></div>'
                   for n, md in ((1800, "06-10"), (1801, "05-21"), (1802, "05-01")))
    facts = extract_page(_page(f'<div class="x1"><span>2026年</span></div><div class="x2">{rows}</div>', "部门动态"), URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [i.date for i in facts.list_items] == ["2026-06-10", "2026-05-21", "2026-05-01"]


def test_a_layout_table_whose_one_cell_holds_the_header_row_alone_is_an_empty_list() -> None:
    """云南 集约化's 政策文件 lists (tests/sites/ynjy.py, after a spider's `ul.zclist` rows, each a `<ul>` of 文号, title
    and date, and another's rows read from the page's first `<table>`): the rows sit in a layout table's one cell under a
    header `<ul class="zclist zctitle"><li>文号</li><li>标题</li><li>发布日期</li></ul>`. An empty 人事信息 column shows
    that header alone, over a pager of `javascript:;` buttons: read as a hub, a planted empty column missed. The header's
    names as elements of the row's one cell are a header row as `<th>` cells are."""
    table = ('<div class="gwright"><table width="100%" cellspacing="0" cellpadding="0"><tr><td>\n<ul class="zclist zctitle">'
             '<li>文号</li><li>标题</li><li>发布日期</li></ul>\n</td></tr></table></div>\n<div class="page"><ul class="ya-pagination">'
             '<li class="disabled"><a href="javascript:;">首页</a></li><li class="disabled"><a href="javascript:;">上一页</a></li>'
             '<li class="active"><a href="javascript:;">1</a></li><li class="disabled"><a href="javascript:;">下一页</a></li>'
             '<li class="disabled"><a href="javascript:;">尾页</a></li></ul></div>')
    facts = extract_page(_page(table, "人事信息"), "http://s/zwgk/zfxxgkpt/fdzdgknr/rsxx/")
    assert (facts.kind, facts.list_state) == ("column", "empty")
    one = '<table><tr><td><ul><li>标题</li><li>关于开展森林草原防火检查的通知</li></ul></td></tr></table>'  # a name and a text: no header
    assert extract_page(_page(one, "人事信息"), "http://s/zwgk/zfxxgkpt/fdzdgknr/rsxx/").list_state != "empty"


def test_rows_of_li_cells_read_their_date_from_the_li_beside_the_title() -> None:
    """云南 集约化's 政策文件 rows (tests/sites/ynjy.py; a spider of yn.gov.cn reads `ul.zclist`, `li[0]` the 文号, `li[1]`
    the linked title, `li[2]` the date): one `<ul>` a row, its `<li>` the row's cells. The date in the `<li>` after the
    title's was read only beside `<div>` rows: every row undated (年报 and 规范性文件 columns without a date). A row of
    `<li>` cells reads it as a row of `<div>`s does; a list of `<li>` rows, each linking, lends no row its neighbour's."""
    rows = "".join(f'\n<ul class="zclist"><li>{n}</li><li><a href="./2026{m}/t2026{m}{d}_26{m}{d}.html" target="_blank" '
                   f'title="{t}">{t}</a></li><li>2026-{m}-{d}</li></ul>'
                   for n, t, m, d in (("滇阳政规〔2026〕19号", "滇阳县人民政府关于印发《滇阳县县级储备粮管理办法》的通知", "10", "22"),
                                      ("", "滇阳县人民政府2025年政府信息公开工作年度报告", "03", "26"),
                                      ("滇阳政规〔2026〕17号", "滇阳县人民政府关于印发《滇阳县城市公共停车场管理办法》的通知", "02", "10")))
    table = ('<div class="gwright"><table width="100%" cellspacing="0" cellpadding="0"><tr><td>\n<ul class="zclist zctitle">'
             f'<li>文号</li><li>标题</li><li>发布日期</li></ul>{rows}\n</td></tr></table></div>')
    facts = extract_page(_page(table, "行政规范性文件"), "http://s/zwgk/zfxxgkpt/gkptzcwj/xzgfxwj/")
    assert (facts.kind, [i.date for i in facts.list_items]) == ("column", ["2026-10-22", "2026-03-26", "2026-02-10"])
    plain = "".join(f'<li><a href="/a/{n}.html">关于开展第{n}批森林草原防火检查的通知</a></li>' for n in range(3)) + "<li>2026-10-22</li>"
    assert "2026-10-22" not in [i.date for i in extract_page(_page(f'<ul class="list">{plain}</ul>', "通知公告"), "http://s/tzgg/").list_items]
