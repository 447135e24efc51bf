"""Hand-written pages, one markup variant each (issue 4): list rows, date styles, pinned
items, year headings, TRS pagers, GBK bytes, MS-Word bodies; exact expectations."""

from __future__ import annotations

import pytest

from govaudit.htmlpage import decode_html
from govaudit.model.extract.page import extract_page

BASE = "http://site.test/col/"
A, B, C = "关于做好秋季防火工作的通知", "关于开展安全生产检查的通知", "关于公布行政许可事项清单的公告"


def page(body: str, head: str = "", charset: str = "utf-8") -> str:
    return (f"<html><head><meta charset='{charset}'>{head}<title>通知公告_某区人民政府</title></head>"
            f"<body><div class='header'><a href='/'>首页</a></div>{body}"
            f"<div class='footer'>网站标识码：3399000001</div></body></html>")


def items(html: str, url: str = BASE) -> list[tuple[str, str | None, str | None, bool]]:
    facts = extract_page(html, url)
    assert facts.kind == "column" and facts.list_state == "listed"
    return [(i.title, i.url, i.date, i.pinned) for i in facts.list_items]


EXPECTED = [(A, BASE + "a.html", "2026-09-15", False), (B, BASE + "b.html", "2026-08-01", False)]


@pytest.mark.parametrize("rows", [
    # ul/li with a date span
    "<ul class='list'><li><a href='a.html'>{A}</a><span>2026-09-15</span></li><li><a href='b.html'>{B}</a><span>2026-08-01</span></li></ul>",
    # bracketed dates, date before the title
    "<ul><li><span>[2026-09-15]</span><a href='a.html'>{A}</a></li><li><span>[2026-08-01]</span><a href='b.html'>{B}</a></li></ul>",
    # 年月日
    "<ul><li><a href='a.html'>{A}</a>2026年9月15日</li><li><a href='b.html'>{B}</a>2026年08月01日</li></ul>",
    # slashes and dots
    "<ul><li><a href='a.html'>{A}</a><em>2026/09/15</em></li><li><a href='b.html'>{B}</a><em>2026.08.01</em></li></ul>",
    # table rows with a 发文字号 column
    "<table><tr><th>标题</th><th>文号</th><th>日期</th></tr><tr><td><a href='a.html'>{A}</a></td><td>某府〔2026〕5号</td><td>2026-09-15</td></tr>"
    "<tr><td><a href='b.html'>{B}</a></td><td>某府〔2026〕4号</td><td>2026-08-01</td></tr></table>",
    # div rows with the link inside a heading
    "<div class='list'><div class='item'><h3><a href='a.html'>{A}</a></h3><p class='time'>2026-09-15</p></div>"
    "<div class='item'><h3><a href='b.html'>{B}</a></h3><p class='time'>2026-08-01</p></div></div>",
    # dl rows
    "<div class='list'><dl><dt><a href='a.html'>{A}</a></dt><dd>2026-09-15</dd></dl><dl><dt><a href='b.html'>{B}</a></dt><dd>2026-08-01</dd></dl></div>",
    # full-width digits from copied Word text
    "<ul><li><a href='a.html'>{A}</a>２０２６－０９－１５</li><li><a href='b.html'>{B}</a>２０２６－０８－０１</li></ul>",
])
def test_list_row_markups(rows: str):
    assert items(page(rows.format(A=A, B=B))) == EXPECTED


def test_month_day_rows_take_the_year_of_their_heading():
    html = page("<div class='list'><h3>2026年</h3><ul><li><a href='a.html'>{A}</a><span>09-15</span></li>"
                "<li><a href='b.html'>{B}</a><span>[08-01]</span></li></ul>"
                "<h3>2025年</h3><ul><li><a href='c.html'>{C}</a><span>12-30</span></li></ul></div>".format(A=A, B=B, C=C))
    assert items(html) == EXPECTED + [(C, BASE + "c.html", "2025-12-30", False)]


def test_month_day_rows_without_a_year_stay_undated():
    html = page(f"<ul class='list'><li><a href='a.html'>{A}</a><span>09-15</span></li><li><a href='b.html'>{B}</a><span>2026-08-01</span></li></ul>")
    assert items(html) == [(A, BASE + "a.html", None, False), (B, BASE + "b.html", "2026-08-01", False)]


def test_pinned_item_above_newer_ones():
    html = page(f"<ul class='list'><li class='top'><a href='c.html'>{C}</a><span>2024-01-05</span></li>"
                f"<li><span class='zd'>[置顶]</span><a href='d.html'>关于调整办事大厅服务时间的公告</a><span>2023-06-01</span></li>"
                f"<li><a href='a.html'>{A}</a><span>2026-09-15</span></li><li><a href='b.html'>{B}</a><span>2026-08-01</span></li></ul>")
    facts = extract_page(html, BASE)
    assert [(i.date, i.pinned) for i in facts.list_items] == [("2024-01-05", True), ("2023-06-01", True), ("2026-09-15", False), ("2026-08-01", False)]
    assert max(i.date for i in facts.list_items if i.date) == "2026-09-15"


def test_trs_pager_declares_pages_and_links_are_not_items():
    html = page(f"<ul class='list'><li><a href='a.html'>{A}</a><span>2026-09-15</span></li><li><a href='b.html'>{B}</a><span>2026-08-01</span></li></ul>"
                "<div class='page'><script>createPageHTML(5, 0, \"index\", \"html\");</script>"
                "<a href='index_1.html'>下一页</a><a href='index_4.html'>尾页</a></div>")
    facts = extract_page(html, BASE)
    assert [(i.title, i.date) for i in facts.list_items] == [(A, "2026-09-15"), (B, "2026-08-01")]
    assert (facts.page_count, facts.declared_count) == (5, None)


def test_trs_pager_naming_its_element_first_declares_pages():
    """The later TRS signature `createPageHTML('page_div', count, page, prefix, ext, rows)` (海南 住建厅 dezlist.shtml)."""
    html = page(f"<ul class='list'><li><a href='a.html'>{A}</a><span>2026-09-15</span></li><li><a href='b.html'>{B}</a><span>2026-08-01</span></li></ul>"
                "<div id='page_div'></div><script>createPageHTML('page_div',10, 1,'dezlist','shtml',149);</script>")
    assert extract_page(html, BASE).page_count == 10


def test_gbk_page_decodes_and_lists():
    html = page(f"<ul class='list'><li><a href='a.html'>{A}</a><span>2026年9月15日</span></li><li><a href='b.html'>{B}</a><span>2026-08-01</span></li></ul>", charset="gbk")
    text, charset = decode_html(html.encode("gbk"))
    assert charset == "gb18030"
    assert items(text) == EXPECTED


WORD_BODY = """
<meta name='ArticleTitle' content='某区人民政府关于废止部分文件的通知'>
"""
WORD_HTML = """<div class='article'><h1>某区人民政府关于废止部分文件的通知</h1>
<div class='info'>发布时间：<st1:chsdate year="2018" month="4" day="8" islunardate="False" isrocdate="False" w:st="on">2018-04-08</st1:chsdate></div>
<div class='TRS_Editor'><p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>
各乡镇人民政府，区直各单位：<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-family:仿宋_GB2312'>&nbsp;&nbsp;&nbsp;&nbsp;经审查，决定废止《某区住房补贴办法》（某府规〔2016〕2号），自<st1:chsdate year="2018" month="4" day="8" w:st="on">2018年4月8日</st1:chsdate>起施行。<o:p></o:p></span></p>
<p class=MsoNormal align=right style='text-align:right'><span style='font-family:仿宋_GB2312'>某区人民政府<o:p></o:p></span></p>
<p class=MsoNormal align=right><span style='font-family:仿宋_GB2312'>2018年4月2日<o:p></o:p></span></p></div></div>"""


def test_ms_word_body():
    facts = extract_page(page(WORD_HTML, WORD_BODY), "http://site.test/zwgk/gfxwj/201804/t20180409_7.html")
    assert facts.kind == "document" and facts.title == "某区人民政府关于废止部分文件的通知"
    assert (facts.pub_date, facts.pub_date_source, facts.url_date) == ("2018-04-08", "visible", "2018-04-09")
    assert "经审查，决定废止《某区住房补贴办法》（某府规〔2016〕2号），自2018年4月8日起施行。" in facts.body_text.replace(" ", "")
    assert facts.list_state == "none" and facts.metadata == {}


@pytest.mark.parametrize(("block", "expected"), [
    ("<dl class='xxgk'><dt>索引号：</dt><dd>113399/2026-00012</dd><dt>发文字号：</dt><dd>某府规（２０２６）３号</dd>"
     "<dt>有效性：</dt><dd>有效</dd><dt>主题词：</dt><dd></dd></dl>",
     {"索引号": "113399/2026-00012", "发文字号": "某府规〔2026〕3号", "有效性": "有效", "主题词": ""}),
    ("<div class='meta'><span>索引号：113399/2026-00012</span><span>发文字号：某府规[2026]3 号</span>"
     "<span>发文机关：某区人民政府</span><span>成文日期：2026年7月28日</span></div>",
     {"索引号": "113399/2026-00012", "发文字号": "某府规〔2026〕3号", "发文机关": "某区人民政府", "成文日期": "2026-07-28"}),
    ("<p>索引号：113399/2026-00012 发文机关：某区人民政府<br>发文字号：某府规【2026】3号 有效性：有效</p>",
     {"索引号": "113399/2026-00012", "发文机关": "某区人民政府", "发文字号": "某府规〔2026〕3号", "有效性": "有效"}),
    # JSP / Lonsun-style platforms: 信息索引号, 时效性, spaced 文　　号, two label-value pairs per row
    ("<table class='xxgk'><tr><td>信息索引号：</td><td>003174530/2026-00021</td><td>发布机构：</td><td>某县人民政府</td></tr>"
     "<tr><td>文　　号：</td><td>某政规〔2026〕2号</td><td>生成日期：</td><td>2026-05-20</td></tr>"
     "<tr><td>时效性：</td><td>有效</td><td>主题分类：</td><td>城乡建设</td></tr></table>",
     {"索引号": "003174530/2026-00021", "发文机关": "某县人民政府", "发文字号": "某政规〔2026〕2号", "成文日期": "2026-05-20",
      "有效性": "有效", "主题分类": "城乡建设"}),
])
def test_metadata_block_forms(block: str, expected: dict[str, str]):
    facts = extract_page(page(block + "<h1>某区住房租赁补贴管理办法</h1>"), "http://site.test/zwgk/gfxwj/202608/t20260801_1.html")
    assert facts.metadata == expected and facts.kind == "document"


def test_list_table_header_is_not_a_metadata_block():
    html = page("<table><tr><th>索引号</th><th>标题</th><th>发文字号</th><th>成文日期</th></tr>"
                f"<tr><td>113399/2026-00012</td><td><a href='a.html'>{A}</a></td><td>某府规〔2026〕3号</td><td>2026-09-15</td></tr></table>")
    facts = extract_page(html, BASE)
    assert facts.metadata == {} and facts.kind == "column"


def test_year_groups_of_dd_rows_keep_a_group_of_one_row():
    """chinacdc.cn lists its documents as `<dd>` rows in a `<dl>` (`<dd><a href="./202607/t20260708_1837979.html"
    target="_blank">标题<span>日期</span></a></dd>`, quoted in a public scraper's docstring); grouped by year
    as the table sample's `通知公告` is (`<h3>2026年</h3>`, `01-04` dates after the link; tests/sites/mutate's
    `layout` writes its `<ul>` groups as `<dl>`), the newest year may hold one row. That `<dd>` is the whole of
    its `<dl>`: a row like its siblings' rows, not a `<dl>` row of cells. Before, the one-row group had
    another shape (`<dl>` rows) than the others and was dropped from the list."""
    html = page("<div class='list'><h3>2026年</h3><dl class='year-list'><dd><a href='./a.html' target='_blank'>{A}</a>"
                "<span>01-04</span></dd></dl><h3>2025年</h3><dl class='year-list'><dd><a href='./b.html' "
                "target='_blank'>{B}</a><span>12-22</span></dd><dd><a href='./c.html' target='_blank'>{C}</a><span>12-09"
                "</span></dd></dl></div>".format(A=A, B=B, C=C))
    assert [(t, d) for t, _, d, _ in items(html)] == [(A, "2026-01-04"), (B, "2025-12-22"), (C, "2025-12-09")]


@pytest.mark.parametrize("rows", [
    # yz.chsi.com.cn's 教育部政策 list (研招网, quoted in a public scraper's tests): a title cell a row
    '<ul><li><div class="title"><a href="/kyzx/jybzc/202609/notice.html">教育部关于印发《2027年全国硕士研究生招生工作管理规定》'
    '的通知</a></div><div class="time">2026-09-24</div></li><li><div class="title"><a href="/kyzx/jybzc/201903/training.html">'
    '教育部办公厅关于进一步规范和加强研究生培养管理的通知</a></div><div class="time">2019-03-01</div></li></ul>',
    # DedeCMS 5.7's default list template (templets/default/list_article.htm, tests/sites/dede.py): the link is the title
    '<div class="listbox"><ul class="e2"><li><a href="/a/1614.html" class="title">2027年硕士研究生招生工作管理规定政策解读</a>'
    '<span class="info"><small>日期：</small>2026-10-09</span></li><li><a href="/a/1593.html" class="title">'
    '博士研究生招生考试工作政策解读</a><span class="info"><small>日期：</small>2026-09-25</span></li><li><a href="/a/1590.html" '
    'class="title">研究生培养管理办法政策解读</a><span class="info"><small>日期：</small>2026-09-06</span></li></ul></div>',
])
def test_a_title_class_repeated_by_list_rows_does_not_title_the_page(rows: str):
    """A class named `title` on every row of a list names the list's title column: the page is titled by its
    <title> (招生工作), not by its first row, which contains that name. Before, the first row titled the page
    (DedeCMS's 政策解读 column read as 《加快民营经济发展》政策解读 in the dede sample)."""
    html = ("<html><head><meta charset='utf-8'><title>招生工作_研招网</title></head><body><div class='nav'>"
            f"<a href='/'>首页</a></div><div class='main'>{rows}</div><div class='footer'>网站标识码：3399000001</div>"
            "</body></html>")
    facts = extract_page(html, "https://yz.chsi.com.cn/kyzx/jybzc/")
    assert (facts.kind, facts.title) == ("column", "招生工作") and len(facts.list_items) >= 2
