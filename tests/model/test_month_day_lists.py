"""A paged list whose rows show `[10-12]` and nowhere their year (a 博达 VSB 通知公告 list) is a
column with undated items, dated later by its documents; the same rows without a pager are
blocks of a hub or a homepage, not a column."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "http://s/xwzx/tzgg/1.htm"


def _page(pager: str) -> str:
    rows = "".join(f'<li id="line_u5_{n}"><a href="../../info/1014/{3942 + 7 * n}.htm" target="_blank" '
                   f'title="关于做好第{n}项重点工作的通知">关于做好第{n}项重点工作的通知</a><span>[03-{31 - 9 * n:02d}]</span></li>'
                   f'<span id="section_u5_{n}" style="display:none;"><hr></span>' for n in range(4))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>通知公告-某县人民政府</title>'
            '<meta name="ColumnName" content="通知公告"></head><body><div class="nav"><a href="../../index.htm">网站首页</a></div>'
            '<div class="second-block"><ul class="breadcrumb">当前位置：<a href="../../index.htm">网站首页</a>&gt;通知公告</ul>'
            f'<h3>通知公告</h3><div class="sec-list"><ul class="list">{rows}</ul>{pager}</div></div>'
            '<div id="footer">主办：某县人民政府办公室</div></body></html>')


# The last page of three: VSB 9's pager with 下页/尾页 disabled, 首页/上页 linked.
LAST = ('<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共12条</span> <span class="p_pages">'
        '<span class="p_first p_fun"><a href="../tzgg.htm">首页</a></span><span class="p_prev p_fun"><a href="2.htm">上页</a></span>'
        '<span class="p_no"><a href="../tzgg.htm">1</a></span><span class="p_no"><a href="2.htm">2</a></span>'
        '<span class="p_no_d">3</span><span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
        '</span> <span class="p_t">3/3</span></div>')


def test_a_paged_list_of_month_day_rows_is_a_column_with_undated_items() -> None:
    facts = extract_page(_page(LAST), URL)
    assert (facts.kind, facts.list_state, len(facts.list_items)) == ("column", "listed", 4)
    assert all(i.date is None for i in facts.list_items)
    assert facts.list_items[0].url == "http://s/info/1014/3942.htm"


def test_month_day_rows_without_a_pager_are_not_a_list() -> None:
    facts = extract_page(_page(""), URL)
    assert facts.kind != "column" and not facts.list_items


def test_a_last_page_whose_pager_shows_page_numbers_only_is_a_column() -> None:
    """PbootCMS's 通知公告 (tests/sites/pboot.py) under the harness's mutations (seed 32): the last page's pager
    rewritten as `1 2 … 下一页 末页` shows only the numbers there, page 1 linked, the current page not
    (`<div class="pages"><a href="…">1</a> <span>2</span></div>`). Without a pager word the month-day rows were taken
    for a hub's blocks: the list's last page was lost (likewise 博达 VSB's)."""
    facts = extract_page(_page('<div class="pages"><a href="../tzgg.htm">1</a> <a href="2.htm">2</a> <span>3</span></div>'), URL)
    assert (facts.kind, facts.list_state, len(facts.list_items)) == ("column", "listed", 4)


def test_page_numbers_one_to_a_block_are_no_pager() -> None:
    """A calendar's days, each linked in a cell of its own, are numbers but no pager: the rows stay a hub's blocks."""
    days = "".join(f'<td><a href="/rl/2026-11-{d:02d}.html">{d}</a></td>' for d in range(1, 8))
    facts = extract_page(_page(f'<table class="calendar"><tr>{days}</tr></table>'), URL)
    assert facts.kind != "column" and not facts.list_items


def test_a_last_page_whose_pager_states_its_total_with_nothing_linked_is_a_column() -> None:
    """PbootCMS's 通知公告 (tests/sites/pboot.py) under the harness's mutations (seed 33): the pager rewritten as TRS's
    and 大汉's `共2页 第2页 首页 上一页 下一页 尾页`, which link only 下一页 and 尾页 — on the last page, nothing. The
    stated total is the pager: the month-day rows are the list's last page, not a hub's blocks."""
    facts = extract_page(_page('<div class="pages">共2页 第2页 首页 上一页 下一页 尾页</div>'), URL)
    assert (facts.kind, facts.list_state, len(facts.list_items)) == ("column", "listed", 4)
