"""Month-and-day list rows under year headings: the year comes from a heading only when it is
unambiguous, a date inside the row's link is read, and a block of links each holding its own date
is a list of rows.

Real markup: Jekyll archive templates group posts under a year heading and show `%m-%d` only —
`<h2 class="archive-year">{{ year.name }}</h2><div class="archive-list"><a href="…" class="archive-row">
<span class="archive-date">{{ post.date | date: "%m-%d" }}</span><span class="archive-title">{{ post.title }}
</span></a>…</div>` (a public Jekyll `archives` page, library file id 59588770291), and `<h2>{{ year.name }}</h2>
<ul><li><span>{{ post.date | date: "%m-%d" }}</span><a href="…">{{ post.title }}</a></li>` (id 70744745675).
The rows below are that markup rendered (titles and URLs of a county's 领导活动). The strip of year
tabs is a constructed case (the brief's year tabs; no real page with one was found in the library).
"""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "http://127.0.0.1/ldhd/"


def _page(main: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>领导活动_某县人民政府</title></head><body>'
            '<div class="q3">当前位置：<a href="/">首页</a> &gt; <a href="/ldhd/">领导活动</a></div>'
            f'<div class="q4">{main}</div><div class="q6">主办：某县人民政府办公室</div></body></html>')


def _archive_rows(n: int = 4) -> str:
    return '<div class="archive-list">' + "".join(
        f'<a href="/ldhd/c{i}.html" class="archive-row"><span class="archive-date">03-{10 + i:02d}</span>'
        f'<span class="archive-title">县长调研第{i}项重点工作推进情况</span></a>' for i in range(1, n + 1)) + "</div>"


def _li_rows(n: int = 4) -> str:
    return "<ul>" + "".join(f'<li><span>03-{10 + i:02d}</span><a href="/ldhd/c{i}.html">县长调研第{i}项重点工作推进情况</a></li>'
                            for i in range(1, n + 1)) + "</ul>"


def test_links_that_each_hold_their_date_are_rows_dated_by_the_year_heading() -> None:
    """Before, the four links of the archive block were one row (its first link, dated by the
    block's last date) and the month-day inside a link was not read."""
    facts = extract_page(_page('<h2 class="archive-year">2025</h2>' + _archive_rows()), URL)
    assert facts.list_state == "listed"
    assert [(i.title, i.date) for i in facts.list_items] == [
        (f"县长调研第{i}项重点工作推进情况", f"2025-03-{10 + i:02d}") for i in range(1, 5)]


def test_a_strip_of_year_tabs_dates_the_rows_by_its_highlighted_tab_only() -> None:
    """Before, the rows took the strip's last year (2023) whatever tab was shown: a list of this
    year read three years old (a stale column that is not)."""
    strip = '<ul class="tabs"><li{0}>2025年</li><li>2024年</li><li>2023年</li></ul>'
    facts = extract_page(_page(strip.format(' class="on"') + _li_rows()), URL)
    assert [i.date for i in facts.list_items] == [f"2025-03-{10 + i:02d}" for i in range(1, 5)]
    facts = extract_page(_page(strip.format("") + _li_rows()), URL)
    assert not any(i.date for i in facts.list_items)  # no tab shown: the year is unknown, never guessed


def test_a_strip_of_year_tabs_over_one_panel_per_tab_dates_each_panel_by_its_tab() -> None:
    """Every year's panel in the page, the strip's tabs in the panels' order (the gkml and jsp
    sample sites' year-tab lists: `<div class="year-tab"><span class="on">2026年</span><span>2025年</span>
    </div><div class="year-box" data-year="2026"><ul>…`). Before, every row took the strip's last year:
    the newest year's rows read a year old."""
    strip = '<div class="year-tab"><span class="on">2026年</span><span>2025年</span></div>'
    panels = (f'<div class="year-box"><ul><li><a href="/ldhd/c1.html">县长调研第1项重点工作推进情况</a><span>[06-10]</span></li>'
              f'<li><a href="/ldhd/c2.html">县长调研第2项重点工作推进情况</a><span>[05-21]</span></li></ul></div>'
              f'<div class="year-box"><ul><li><a href="/ldhd/c3.html">县长调研第3项重点工作推进情况</a><span>[12-12]</span></li></ul></div>')
    facts = extract_page(_page(strip + panels), URL)
    assert [i.date for i in facts.list_items] == ["2026-06-10", "2026-05-21", "2025-12-12"]


def test_year_headings_with_rows_between_them_each_date_their_own_rows() -> None:
    facts = extract_page(_page("<h2>2025</h2>" + _li_rows(2) + "<h2>2024</h2>" + _li_rows(2).replace("/c", "/d")), URL)
    assert [i.date for i in facts.list_items] == ["2025-03-11", "2025-03-12", "2024-03-11", "2024-03-12"]


def test_a_month_day_inside_a_title_is_no_date() -> None:
    rows = "<ul>" + "".join(f'<li><a href="/ldhd/c{i}.html">县长出席3.15消费者权益日活动第{i}场</a></li>' for i in range(1, 5)) + "</ul>"
    facts = extract_page(_page("<h2>2025</h2>" + rows), URL)
    assert not any(i.date for i in facts.list_items)


def test_a_block_of_undated_links_stays_one_row() -> None:
    """A link grid (a div of sibling links, none dated) is not turned into a list."""
    grid = '<div class="grid">' + "".join(f'<a href="/ldhd/c{i}.html">县直部门第{i}个重点工作专题栏目</a>' for i in range(1, 9)) + "</div>"
    facts = extract_page(_page("<h2>2025</h2>" + grid), URL)
    assert not facts.list_items or len(facts.list_items) == 1


def test_a_strip_over_panels_of_div_rows_dates_each_panel_though_footer_links_follow() -> None:
    """The jsp sample site's 部门动态 as the `classes` and `rows` mutations write it (seeds 18 and 21):
    class names scrambled, each row a `<div><a>…</a><em>[06-10]</em></div>`, two panels under a strip of
    `2026年` `2025年`, then the footer's links (网站地图 | 联系我们). The footer's block counted as a third
    list of rows after the strip, so the strip said nothing of which panel is which year: every row
    undated, the column undecided. Only blocks of rows that show a date are panels."""
    strip = '<div class="x1"><span class="x2">2026年</span><span>2025年</span></div>'
    panel = ('<div class="x3" data-year="{y}"><div>' + '{rows}' + '</div></div>')
    rows = [f'<div><a href="/ldhd/c{i}.html">县长调研第{i}项重点工作推进情况</a><em>[{md}]</em></div>'
            for i, md in ((1, "06-10"), (2, "05-21"), (3, "12-12"))]
    footer = ('<div class="x9"><div><a href="/site/content.jsp?colId=23">网站地图</a> | <a href="/site/content.jsp?colId=24">联系我们</a>'
              '</div><p>某县人民政府办公室主办</p></div>')
    main = strip + panel.format(y=2026, rows="".join(rows[:2])) + panel.format(y=2025, rows=rows[2]) + footer
    facts = extract_page(_page(main), URL)
    assert [i.date for i in facts.list_items] == ["2026-06-10", "2026-05-21", "2025-12-12"]


def test_a_newest_box_over_a_list_of_month_day_rows_is_not_the_list() -> None:
    """博达 VSB's 通知公告 (the vsb sample site) as the `order` mutation writes it (seed 22): a 最新 box
    repeating the three newest rows dated in full (`2026年10月12日 10:32`), its phone copy, then the
    list itself, eight rows dated `[10-12]`, over a jump-menu pager (共3页). The box had the most dated
    rows, so it stood for the page: the list's own rows were never read. A block whose dated rows all
    link rows of a longer list of month-and-day rows repeats that list."""
    rows = [(f"/info/1014/{3837 + 7 * k}.htm", f"关于做好第{k + 1}项工作的通知", md)
            for k, md in enumerate(("10-12", "09-29", "09-16", "09-03", "08-21", "08-08", "07-26", "07-13"))]
    box = "".join(f'<li><a href="{u}" title="{t}">{t}</a><span>2026年{md[:2]}月{md[3:]}日 10:32</span></li>' for u, t, md in rows[:3])
    newest = (f'<div class="zxxx"><div class="zxxx-tit">最新</div><ul class="zxxx-list">{box}</ul>'
              f'<div class="mobile-show"><ul class="zxxx-list">{box}</ul></div></div>')
    table = '<table class="x70">' + "".join(f'<tr><td><a href="{u}" title="{t}">{t}</a><td>[{md}]</tr>' for u, t, md in rows) + "</table>"
    pager = ("<div class=pages>共3页 转到：<select name=sldd onchange='location.href=this.options[this.selectedIndex].value;'>"
             "<option value=/xwzx/tzgg.htm selected>第1页</option><option value=/xwzx/tzgg/2.htm>第2页</option>"
             "<option value=/xwzx/tzgg/1.htm>第3页</option></select></div>")
    facts = extract_page(_page(newest + table + pager), URL)
    assert [i.url.removeprefix("http://127.0.0.1") for i in facts.list_items] == [u for u, _, _ in rows]
    assert not any(i.date for i in facts.list_items)  # their year is shown nowhere: the column is dated by its documents


def test_a_one_page_list_of_month_day_rows_under_its_own_newest_box_is_a_list() -> None:
    """MetInfo's `m-d` list date on a one-page column (the metinfo sample site's 村务公开 under the
    `order` and `copies` mutations, seed 22): a 最新发布 box of its three newest rows and the box's copy
    for phones, all dated `10-15` as the list is. One block of such rows on a page linking itself under
    its own name is its list; the box and its copy made three blocks, so the page read as a hub: a
    planted stale column undecided."""
    rows = [(f"/ldhd/{427 + 2 * k}.html", f"第{k + 1}村第三季度财务收支公示", md)
            for k, md in enumerate(("10-15", "09-25", "09-05", "08-16", "07-27", "07-07"))]
    box = "".join(f'<li><a href="{u}" title="{t}">{t}</a><span>{md}</span></li>' for u, t, md in rows[:3])
    newest = (f'<div class="zxxx"><div class="zxxx-tit">最新发布</div><ul class="zxxx-list">{box}</ul>'
              f'<div class="wap"><ul class="zxxx-list">{box}</ul></div></div>')
    main = "<ul class=\"x1\">" + "".join(f'<li><h4><a href="{u}" title="{t}">{t}</a></h4><p><span>{md}</span><span>岭南村</span></p></li>'
                                        for u, t, md in rows) + "</ul>"
    facts = extract_page(_page(newest + main), URL)
    assert facts.kind == "column" and [i.url.removeprefix("http://127.0.0.1") for i in facts.list_items] == [u for u, _, _ in rows]
    assert extract_page(_page(main), URL).list_items  # as without the box


def test_a_strip_whose_newest_panel_opens_with_a_newest_box_dates_each_panel_by_its_tab() -> None:
    """The jsp sample site's 部门动态 under all 19 mutations at seed 26: the strip `2026年 2025年`, the 2026 panel
    opening with a 最新信息 box of its three newest rows (`06-10`) and the box's phone copy before its own nine rows
    (`<li><h4><a/><span>[06-10]</span></h4></li>`), the 2025 panel one row. Four blocks of dated rows followed a strip of
    two tabs, so the strip said nothing of which rows are which year, and the page, its rows undated and in several
    blocks, read as a hub (the column lost: its freshness and emptiness never judged). A block whose rows all repeat
    another's is no panel."""
    strip = '<div class="x1"><span class="x2">2026年</span><span>2025年</span></div>'
    rows = [(f"/site/article.jsp?id={1800 + k}", f"桐溪县部门动态第{k + 1}项工作推进情况", md)
            for k, md in enumerate(("06-10", "05-21", "05-01", "04-11", "03-22", "03-02", "02-10", "01-21", "01-01", "12-12"))]
    box = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{md}</span></li>' for u, t, md in rows[:3])
    newest = (f'<div class="zxxx"><div class="zxxx-tit">最新信息</div><ul class="zxxx-list">{box}</ul>'
              f'<div class="visible-xs"><ul class="zxxx-list">{box}</ul></div></div>')
    lis = ["".join(f'<li><h4><a href="{u}" target="_blank">{t}</a><span>[{md}]</span></h4></li>' for u, t, md in part)
           for part in (rows[:9], rows[9:])]
    main = (strip + f'<div class="x3" data-year="2026">{newest}<ul>{lis[0]}</ul></div>'
            f'<div class="x3" data-year="2025"><ul>{lis[1]}</ul></div>')
    facts = extract_page(_page(main), URL)
    assert facts.kind == "column"
    assert [(i.url.removeprefix("http://127.0.0.1"), i.date) for i in facts.list_items] == [
        (u, f"{2025 if md == '12-12' else 2026}-{md}") for u, _, md in rows]
