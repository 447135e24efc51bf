"""A header clock written by script (`var today = new Date(); … document.write(strDate);`, 四川 UCAP's and many
county portals' top bar) shows the day of the crawl once the page is rendered in a browser. That day is no date of
the page's: under the seed-34 mutations a rendered empty column (重点领域信息, 「暂无信息」) read the top bar's
`中央政府门户网 | 四川省人民政府 … 2026年12月6日` as its one dated row and was judged listed, updated that day."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "http://www.fuling.gov.cn/13960/c103915/list_ft.shtml"


def _column(clock_shown: str) -> str:
    # the top bar as UCAP's template writes it, then the rendered browser's output after the script
    return f"""<html><head><title>重点领域信息 - 涪岭县政府信息公开</title></head><body>
<table width="100%"><tbody><tr><td width="1200"><table width="100%"><tbody><tr>
<td width="380" class="top-links"><a href="http://www.gov.cn/" target="_blank">中央政府门户网</a> |
<a href="http://www.sc.gov.cn/" target="_blank">四川省人民政府</a></td><td>&nbsp;</td>
<td width="180" class="top-date"><script language="JavaScript" type="text/javascript">
 var today = new Date();
 var strDate = (" " + today.getFullYear() + "年" + (today.getMonth() + 1) + "月" + today.getDate() + "日");
 document.write(strDate);
</script>{clock_shown}</td></tr></tbody></table></td></tr></tbody></table>
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/13960/c103902/">政务公开</a> &gt;
<a href="/13960/c103915/list_ft.shtml">重点领域信息</a></div>
<div class="left-menu"><h3>政务公开</h3><ul><li><a href="/13960/c103910/list_ft.shtml">行政规范性文件</a></li>
<li><a href="/13960/c103911/list_ft.shtml">解读回应</a></li><li><a href="/13960/c103912/list_ft.shtml">财政预决算</a></li>
<li><a href="/13960/c103915/list_ft.shtml">重点领域信息</a></li></ul></div>
<div class="list-box"><div class="list-title">重点领域信息</div>
<ul id="dash-list"><li><span>暂无信息</span></li></ul></div>
</body></html>"""


def test_the_crawl_day_a_header_clock_writes_on_a_rendered_page_dates_nothing() -> None:
    rendered = extract_page(_column(" 2026年12月6日"), URL)
    static = extract_page(_column(""), URL)
    assert (static.kind, static.list_state, static.list_items) == ("column", "empty", [])
    assert (rendered.kind, rendered.list_state, rendered.list_items) == ("column", "empty", [])
    assert "2026年12月6日" not in rendered.body_text


def test_a_date_written_by_a_script_that_reads_no_clock_stays_text() -> None:
    # a list row whose date a script formats from the record's own value is the row's date
    rows = "".join(f'<li><a href="/13960/c103915/2026/11/{d}/a{d}.shtml">县重点领域信息公开第{d}期</a>'
                   f'<script>document.write(fmt("2026-11-{d}"))</script>2026-11-{d}</li>' for d in ("18", "12", "05"))
    html = _column("").replace("<li><span>暂无信息</span></li>", rows)
    page = extract_page(html, URL)
    assert page.list_state == "listed"
    assert [i.date for i in page.list_items] == ["2026-11-18", "2026-11-12", "2026-11-05"]
