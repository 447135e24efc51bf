"""List rows whose link hides under Dreamweaver's wrappers: `<td><div align="left"><span class="style1">
<font color="#000000"><a …>`, five levels below its `<tr>`.

Real markup: Dreamweaver and FrontPage pages wrap every cell's text so (an ASP admin page's `<td height="28"
colspan="12" align="center"><div align="left"><span class="style1"><a href="admin_Amount.asp">`, library file
id 6924476581; an ASP mail list's `<td colspan="2" height="21"><div align="left"><font color="#000000"><a
href="emailbody.asp?…">`, id 48404204827; `<span class="STYLE1"><font color="#FF0000">` cells, id 44452137565).
Found by the `wrappers` mutation on TurboCMS's 规范性文件 table: before, each link's row was the `<div>` around
it alone, so no row showed a date, the list was not observed and the home's columns went unjudged or were
read as stale (a false homepage-stale veto).
"""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "http://127.0.0.1/gfxwj/"
TITLES = [f"某县人民政府关于印发第{i}项管理办法的通知" for i in range(1, 5)]


def _page(rows: str) -> str:
    return ('<html><head><meta charset="gb2312"><title>规范性文件</title></head><body>'
            '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gfxwj/">规范性文件</a></div>'
            '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>名称</td><td>发布日期</td></tr>'
            f'{rows}</table><div class="foot">主办：某县人民政府办公室</div></body></html>')


def _rows(cell: str, date: str) -> str:
    links = [f'<a href="/gfxwj/{i}.htm" target="_blank">{t}</a>' for i, t in enumerate(TITLES, 1)]
    return "".join(f'<tr><td>{cell.format(a)}</td><td align="right">{date.format(f"2026-0{i}-1{i}")}</td></tr>'
                   for i, a in enumerate(links, 1))


def test_dreamweaver_wrapped_cells_are_dated_rows() -> None:
    rows = _rows('<div align="left"><span class="style1"><font color="#000000">{}</font></span></div>',
                 '<span class="time"><font color="#999999">{}</font></span>')
    facts = extract_page(_page(rows), URL)
    assert [(i.title, i.date) for i in facts.list_items] == [(t, f"2026-0{i}-1{i}") for i, t in enumerate(TITLES, 1)]
    assert facts.list_state == "listed"


def test_four_block_levels_still_bound_the_row() -> None:
    """A link four blocks below a layout table's row (a box of its own) is no row of that table."""
    rows = _rows('<div class="box"><div><div><p>{}</p></div></div></div>', "{}")
    facts = extract_page(_page(rows), URL)
    assert all(i.date is None for i in facts.list_items)
