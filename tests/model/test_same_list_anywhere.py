"""Crawled and built: one column served at two addresses whose shapes say nothing of each other is one column. TurboCMS
(政府网站集约化, tests/sites/turbo.py) serves a column at its tab `tab4102/` (the menu's), at `tabid/4102/Default.aspx`
and at a home block's 更多 `MoreModuleID/10421/MoreTabID/4102/Default.aspx`; under tests/sites/mutate.py's `addresses`
each stood at a new column's address (`/list.aspx?ClassID=15`, `=34`), and each was judged: one column counted twice
(turbo, ezeip, xunrui, metinfo, kesion, all 21 mutations, seed 34). What the pages show says it is one column: the
same name, title and trail, and the same rows in the same order (or a page size's first rows of them). Two columns
sharing rows show other names (a parent listing its child's rows, a 最新 box) or other trails."""

from __future__ import annotations

from pathlib import Path

from tests.model.loopback import HTML, crawl_and_build

_MENU = '<td><a href="/list.aspx?ClassID=15" class="menu">政务公开</a></td>'


def _page(trail: list[str], name: str, rows: str, menu: str = _MENU) -> str:
    steps = "".join(f'&gt;<a href="#">{s}</a>' for s in trail)
    return (f'<html><head><meta charset="utf-8"><title>{name}_鹭汀区人民政府</title></head><body>'
            f'<div id="tmenu_4000" class="nav"><table cellspacing="0" cellpadding="0"><tr>{menu}</tr></table></div>'
            f'<div class="right"><div class="dqwz">当前位置：<a href="/">首页</a>{steps}</div>'
            f'<div id="ess_ctr10421_ModuleContent" class="ModuleContent"><div class="lmtitle">{name}</div>{rows}</div></div>'
            '<div class="bottom">主办：鹭汀区人民政府办公室</div></body></html>')


def _rows(ids: list[int], month: int = 11) -> str:
    lis = "".join(f'<li class="liebiaoys24"><span><a href="/show.aspx?id={i}" target="_blank" title="鹭汀区第{i}号通知">'
                  f'鹭汀区第{i}号通知</a></span><span class="time">2026-{month:02d}-{30 - i % 20:02d}</span></li>' for i in ids)
    return f'<ul id="ess_ctr10421_ListC_Info_LstC_Info">{lis}\n</ul>'


def _doc(i: int, month: int = 11) -> str:
    return (f'<html><head><meta charset="utf-8"></head><body><div class="titTop"><h1><strong>鹭汀区第{i}号通知</strong></h1></div>'
            f'<div class="detailTime">发布时间：2026-{month:02d}-{30 - i % 20:02d}</div><div id="zoom"><p>第{i}号通知的正文。</p></div>'
            '</body></html>')


def test_one_column_at_two_unrelated_addresses_is_one_column(tmp_path: Path) -> None:
    """The menu names `/list.aspx?ClassID=15`, the home block's 更多 `/list/34.html`: the same 通知公告 (name, title,
    trail), the same rows in the same order, the 更多 page at a larger page size. One column, at the menu's address."""
    trail = ["新闻中心", "通知公告"]
    home = _page([], "首页", '<div class="more"><a href="/list/34.html">更多</a></div>')
    pages = {"/": (200, HTML, home),
             "/list.aspx?ClassID=15": (200, HTML, _page(trail, "通知公告", _rows(list(range(1, 9))))),
             "/list/34.html": (200, HTML, _page(trail, "通知公告", _rows(list(range(1, 13)))))}
    pages.update({f"/show.aspx?id={i}": (200, HTML, _doc(i)) for i in range(1, 13)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + "list.aspx?ClassID=15" and len(column.items) == 12
    assert sorted(p.removeprefix(base) for p in column.pages) == ["list.aspx?ClassID=15", "list/34.html"]


def test_one_empty_column_at_two_addresses_is_one_column(tmp_path: Path) -> None:
    """An empty column (no row, the same name, title and trail) at two static addresses (`/list/24.html`, the menu's,
    and `/list/43.html`) is one empty column, judged once, at the address the menu on every page names."""
    trail = ["政务公开", "财政资金"]
    empty = '<ul id="ess_ctr10421_ListC_Info_LstC_Info">\n</ul>'
    menu = '<td><a href="/list/24.html" class="menu">财政资金</a></td>'
    pages = {"/": (200, HTML, _page([], "首页", '<a href="/list/43.html">财政资金</a>', menu)),
             "/list/24.html": (200, HTML, _page(trail, "财政资金", empty, menu)),
             "/list/43.html": (200, HTML, _page(trail, "财政资金", empty, menu))}
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + "list/24.html" and column.state == "empty" and len(column.pages) == 2


def test_a_parent_listing_its_childs_rows_and_a_newest_box_stay_apart(tmp_path: Path) -> None:
    """新闻中心 lists its child 通知公告's rows first, then another child's (WordPress's parent category, a channel page);
    a 最新信息 page shows the same newest rows: other names, three columns, each with its own rows."""
    menu = ('<td><a href="/list.aspx?ClassID=10" class="menu">新闻中心</a></td>'
            '<td><a href="/list.aspx?ClassID=15" class="menu">通知公告</a></td>')
    pages = {"/": (200, HTML, _page([], "首页", '<a href="/list/34.html">最新信息</a>', menu)),
             "/list.aspx?ClassID=10": (200, HTML, _page(["新闻中心"], "新闻中心", _rows(list(range(1, 13))), menu)),
             "/list.aspx?ClassID=15": (200, HTML, _page(["新闻中心", "通知公告"], "通知公告", _rows(list(range(1, 9))), menu)),
             "/list/34.html": (200, HTML, _page(["最新信息"], "最新信息", _rows(list(range(1, 6))), menu))}
    pages.update({f"/show.aspx?id={i}": (200, HTML, _doc(i)) for i in range(1, 13)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    columns = {c.url.removeprefix(base): len(c.items) for c in model.columns}
    assert columns == {"list.aspx?ClassID=10": 12, "list.aspx?ClassID=15": 8, "list/34.html": 5}


def test_a_later_page_both_addresses_of_a_column_lead_to_is_its_page(tmp_path: Path) -> None:
    """Pages 2 and 3 of 公示公告 stay at the module's addresses (`tab4105/module10451/page2.htm`) while page 1 is served
    at the menu's and the 更多's addresses, both of whose 下一页 lead there: the pages only those two lists' pagers link,
    and the two show one column, so the pages are its pages 2 and 3. Before, pages 2 and 3 made a column of their own."""
    trail = ["新闻中心", "公示公告"]
    p2, p3 = "/publish/portal0/tab4105/module10451/page2.htm", "/publish/portal0/tab4105/module10451/page3.htm"

    def pager(prev: str | None, nxt: str | None) -> str:
        return ('<div class="fenyeys"><div id="ess_ctr10451_ListC_Info_AspNetPager">'
                + (f'<a class="Normal" href="{prev}" style="margin-right:5px;">上一页</a>' if prev else "")
                + (f'<a class="Normal" href="{nxt}" style="margin-right:5px;">下一页</a>' if nxt else "") + "</div></div>")
    home = _page([], "首页", '<div class="more"><a href="/list/35.html">更多</a></div>')
    first = _page(trail, "公示公告", _rows(list(range(1, 9))) + pager(None, p2))
    pages = {"/": (200, HTML, home), "/list.aspx?ClassID=15": (200, HTML, first), "/list/35.html": (200, HTML, first),
             p2: (200, HTML, _page(trail, "公示公告", _rows(list(range(9, 17)), 10) + pager("/list.aspx?ClassID=15", p3))),
             p3: (200, HTML, _page(trail, "公示公告", _rows(list(range(17, 21)), 9) + pager(p2, None)))}
    pages.update({f"/show.aspx?id={i}": (200, HTML, _doc(i, 11 if i < 9 else 10 if i < 17 else 9)) for i in range(1, 21)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url.removeprefix(base) in ("list.aspx?ClassID=15", "list/35.html")  # (fold_same_lists keeps the static)
    assert len(column.items) == 20 and column.state == "listed"
    assert {p.removeprefix(base) for p in column.pages} == {"list.aspx?ClassID=15", "list/35.html", p2[1:], p3[1:]}
