"""TRS 集约化 list pages (the trsjy sample site's first-contact misses, as general patterns): a date read
right after a page's title or a 发布日期 label is read whole, never cut by the window it is searched in
(`2026-01-2|0` read as 2026-01-02); so a two-row 信息公开 list whose header row says 发布日期 stays a column.

Markup from 湖南 集约化 lists found with the library tools: rows `table tbody tr` whose second cell is
`<a href="./201809/t20180918_5097173.html" target="_blank" title="…">…</a>` and whose third cell is the date
(a tkinter scraper of hnjxw.gov.cn/xxgk_71033/tzgg/ and hnfgw.gov.cn/xxgk_70899/tzgg/, `MainGui_infoget.py`);
the pager `createPageHTML("N",…` inside the list (望城区's `/xxgk_343/…/index.html`, a silita scraper)."""

from __future__ import annotations

from govaudit.model.extract.article import pub_date
from govaudit.model.extract.page import extract_page

_ROW = "2018年度省级星创天地拟认定名单公示"


def test_a_date_the_search_window_would_cut_is_read_whole() -> None:
    # Wherever the window ends inside the row's date, the date read is the one the page shows, or none.
    for pad in range(30, 60):
        flat = f"政府信息公开年报 序号 标题 发布日期 1 {(_ROW * 3)[:pad]} 2018-09-18 2 {_ROW} 2018-09-03"
        found = pub_date(flat, {}, {}, "http://s/xxgk_71033/ndbg/", "政府信息公开年报").value
        assert found in (None, "2018-09-18"), (pad, found)


def test_a_two_row_disclosure_list_is_a_column() -> None:
    rows = "".join(
        f'<tr><td class="xh">{i + 1}</td><td class="bt"><a href="./{d[:4]}{d[5:7]}/t{d.replace("-", "")}_2104{i}.html" '
        f'target="_blank" title="溆川县龙潭镇人民政府{y}年政府信息公开工作年度报告">溆川县龙潭镇人民政府{y}年政府信息公开工作年度报告</a></td>'
        f'<td class="rq">{d}</td></tr>' for i, (y, d) in enumerate(((2025, "2026-01-20"), (2024, "2025-01-15"))))
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报-龙潭镇人民政府</title>'
            '<meta name="ColumnName" content="政府信息公开年报"></head><body>'
            '<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk_71602/">信息公开</a> &gt; '
            '<a href="/xxgk_71602/xzjd/ltz/">龙潭镇人民政府</a> &gt; <a href="/xxgk_71602/xzjd/ltz/ndbg/">政府信息公开年报</a></div>'
            '<div class="xxgk-right"><div class="xxgk-title">政府信息公开年报</div>'
            '<table class="xxgk-list" width="100%"><thead><tr><th>序号</th><th>标题</th><th>发布日期</th></tr></thead>'
            f'<tbody>{rows}</tbody></table><div class="page"><script language="JavaScript">'
            'createPageHTML("1","0","index","html");</script></div></div>'
            '<div class="footer"><p>主办：溆川县人民政府办公室</p></div></body></html>')
    facts = extract_page(page, "http://s/xxgk_71602/xzjd/ltz/ndbg/")
    assert facts.kind == "column"
