"""A named content area holding only a copy of the title and info line is not the page's body when the body stands apart.

The foosun sample site (tests/sites/foosun.py, FoosunCMS's table layout) under all 19 mutations at seed 29: its class
names scrambled (`classes`), the article's body a `<td>` no name tells, and a 长者模式 copy of the title and info line
before the footer (`copies`: 四川省人民政府's `<div class="zzzqcontentwrap2022"><div class="content container">`). The
copy's named area was taken for the body: an annual report read as its title alone, without any of its six sections or
three tables — six false findings on four reports. Fails on 682914d."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page
from tests.sites.annual import report_body

_TITLE = "青石镇人民政府2021年政府信息公开工作年度报告"


def _page(copy: str) -> str:
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n<HEAD>\n'
            f'<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">\n<TITLE>{_TITLE}-青石镇人民政府</TITLE>\n</HEAD>\n'
            '<BODY LEFTMARGIN="0" TOPMARGIN="0">\n'
            '<TABLE WIDTH="960" BORDER="0" ALIGN="center" CELLPADDING="0" CELLSPACING="0" CLASS="x0b56a3f0"><TR>'
            '<TD><A HREF="/">网站首页</A></TD><TD><A HREF="/html/xwzx/index.html">新闻中心</A></TD>'
            '<TD CLASS="xa53fc77c"><A HREF="/html/zwgk/index.html">政务公开</A></TD></TR></TABLE>\n'
            '<TABLE WIDTH="960" BORDER="0" ALIGN="center" CELLPADDING="0" CELLSPACING="0"><TR><TD VALIGN="top">'
            '<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0" CLASS="x1e2e2652"><TR><TD HEIGHT="28">'
            '您现在的位置：<A HREF="/">首页</A> &gt;&gt; <A HREF="/html/zwgk/index.html">政务公开</A> &gt;&gt; '
            '<A HREF="/html/zwgk/ndbg/index.html">政府信息公开年度报告</A></TD></TR></TABLE>\n'
            '<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0" CLASS="xfeb57669">\n'
            f'<TR><TD ALIGN="center" CLASS="x0e127e95"><DIV><DIV><H1>&nbsp;&nbsp;{_TITLE}&nbsp;</H1></DIV></DIV></TD></TR>\n'
            '<TR><TD ALIGN="center" CLASS="x23ada3b7">发布时间：2022-1-25 10:42:18&nbsp;&nbsp;来源：青石镇人民政府</TD></TR>\n'
            f'<TR><TD CLASS="xeebc950d" ID="xb145fcaf">{report_body("青石镇人民政府", 2021, 3)}</TD></TR>\n'
            '</TABLE></TD></TR></TABLE>\n'
            f'{copy}'
            '<TABLE WIDTH="960" BORDER="0" ALIGN="center" CLASS="x5d1e"><TR><TD>主办：青石镇人民政府　网站标识码：5110250031'
            '　蜀ICP备05001234号</TD></TR></TABLE>\n</BODY>\n</HTML>\n')


_ELDER = ('<div class="zzzqcontentwrap2022" id="zzzqcontentwrap2022"><div class="content container"><div class="connr">'
          f'<div id="articlezzzqcontent"><DIV><DIV><H1>{_TITLE}</H1></DIV></DIV>'
          '<TD ALIGN="center">发布时间：2022-1-25 10:42:18&nbsp;&nbsp;来源：青石镇人民政府</TD></div></div></div></div>')


def test_an_elder_mode_copy_of_the_title_is_not_the_body() -> None:
    plain = extract_page(_page(""), "http://www.qsz.gov.cn/html/zwgk/ndbg/2022_01_25_10_42_18_97804.html")
    copied = extract_page(_page(_ELDER), "http://www.qsz.gov.cn/html/zwgk/ndbg/2022_01_25_10_42_18_97804.html")
    assert plain.annual_report is not None and len(plain.annual_report["sections"]) == 6
    assert copied.annual_report == plain.annual_report
    assert copied.body_text == plain.body_text


def test_a_short_named_body_with_no_prose_beside_it_stays_the_body() -> None:
    """Unchanged: a short article (a 图解's caption) in a named area, nothing longer elsewhere."""
    html = ('<html><head><title>一图读懂《青石镇农村人居环境整治方案》</title></head><body><div class="nav"><a href="/">首页</a></div>'
            '<h1>一图读懂《青石镇农村人居环境整治方案》</h1><div class="content"><p>图解：整治方案的主要内容。</p>'
            '<img src="/a.jpg"></div><div class="foot">主办：青石镇人民政府</div></body></html>')
    page = extract_page(html, "http://www.qsz.gov.cn/html/zwgk/zcjd/1.html")
    assert "整治方案的主要内容" in page.body_text
