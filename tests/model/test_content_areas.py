"""Content areas named by class/id (htmlvocab.CONTENT_AREA): the wrappers real templates put
around an article's or a static page's text, hand-written one variant each, and the layout
and widget names that merely contain a content word and must not become the page's body.

Variants modelled on real markup: `<div class="text">` under `.title`/`.source` (a Maoming
county site, 水东湾新城; the Guangdong static pages of tests/sites/gkmlpt.py), `news_text`
inside `article_content` (a 定州 disclosure platform template), `contener` (高州市人民政府网),
and `view TRS_UEDITOR trs_paper_default` (TRS sites using the newer editor, e.g. mfa.gov.cn)."""

from __future__ import annotations

import pytest

from govaudit.model.extract.page import extract_page

DOC_URL = "http://site.test/zwgk/tzgg/202609/t20260915_31.html"
GUIDE_URL = "http://site.test/zwgk/gkzn/index.html"
PROSE = ("为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。"
         "本机关主动公开的政府信息通过政府门户网站、政府公报等途径公开，自形成或者变更之日起20个工作日内予以公开。"
         "公民、法人或者其他组织可以通过当面、信函、网络等方式提出申请，本机关自收到申请之日起20个工作日内予以答复。"
         "认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。")
NAV = "<div class='nav'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a><a href='/hdjl/'>互动交流</a></div>"


def page(title: str, body: str, head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'>{head}<title>{title}_某县人民政府</title></head><body>{NAV}"
            f"{body}<div class='footer'>主办单位：某县人民政府办公室 网站标识码：4409000001</div></body></html>")


# Document pages whose prose sits in one wrapper only these words name.
@pytest.mark.parametrize("wrapper", [
    "<div class='wrap'><h1 class='title'>{T}</h1><div class='source'>来源：本网 发布时间：2026-09-15</div>"
    "<div class='text'>{P}</div></div>",
    "<div class='wrap'><h1>{T}</h1><p class='date'>发布时间：2026-09-15</p><div class='news_text'>{P}</div></div>",
    "<div class='wrap'><div class='head'>{T}</div><div class='time'><span>发布时间：2026-09-15</span></div>"
    "<div class='contener'>{P}</div></div>",
    "<div class='wrap'><h1>{T}</h1><p>发布时间：2026-09-15</p><div class='view TRS_UEDITOR trs_paper_default trs_web'>{P}</div></div>",
    "<div id='text'><h1>{T}</h1><p>发布时间：2026-09-15</p><p>{P}</p></div>",
])
def test_an_articles_wrapper_is_its_body(wrapper: str):
    title = "关于做好秋季森林防火工作的通知"
    facts = extract_page(page(title, wrapper.format(T=title, P=f"<p>{PROSE}</p>")), DOC_URL)
    assert facts.kind == "document" and facts.pub_date == "2026-09-15"
    assert PROSE in facts.body_text
    assert "互动交流" not in facts.body_text and "网站标识码" not in facts.body_text


# The gkmlpt county template's static guide (tests/sites/gkmlpt.py): a single page named as a
# column by its trail and ColumnName, its text in <div class="text"> and signed at the end.
# Long (read as prose) or short (two sentences), the signature dates it.
@pytest.mark.parametrize("prose", [PROSE, PROSE[:70]], ids=["long", "short"])
@pytest.mark.parametrize("text_class", ["text", "text clearfix", "guide_text", "zn-text"])
def test_a_guide_in_a_text_wrapper_is_a_dated_static_page(text_class: str, prose: str):
    body = (f"<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政府信息公开</a> &gt; 政府信息公开指南</div>"
            f"<div class='single'><h2>政府信息公开指南</h2><div class='{text_class}'><p>{prose}</p>"
            f"<p>某县人民政府办公室</p><p>2026年2月6日</p></div></div>")
    facts = extract_page(page("政府信息公开指南", body, "<meta name='ColumnName' content='政府信息公开指南'>"), GUIDE_URL)
    assert (facts.kind, facts.list_state, facts.single_article) == ("column", "listed", True)
    assert [(i.url, i.date, i.date_text) for i in facts.list_items] == [(GUIDE_URL, "2026-02-06", "2026年2月6日")]
    assert prose in facts.body_text and "首页" not in facts.body_text


# Names that contain "text" but are layout or widgets: never the body, and a real content area
# beside them keeps the whole article (title and date line included, as before).
@pytest.mark.parametrize("decor", [
    "<p class='text-center'>字号：大 中 小</p>",
    "<div class='text_align_right'>打印本页</div>",
    "<div class='textbox'>分享到：</div>",
    "<div class='context-menu'>关闭窗口</div>",
    "<form><input class='text search_mi' name='q'></form>",
])
def test_text_in_a_layout_name_is_no_content_area(decor: str):
    title = "关于开展安全生产检查的通知"
    body = f"<div class='content'><h1>{title}</h1><p>发布时间：2026-09-15</p>{decor}<p>{PROSE}</p></div>"
    facts = extract_page(page(title, body), DOC_URL)
    assert facts.body_text.startswith(title) and PROSE in facts.body_text
    # Alone on a page without a content area, such an element is no body either.
    bare = extract_page(page(title, f"<h1>{title}</h1><p>发布时间：2026-09-15</p>{decor}<p>{PROSE}</p>"), DOC_URL)
    assert bare.body_text == ""


def test_a_text_wrapper_inside_a_link_is_no_body():
    # List rows that wrap each title in <span class="text"> inside its link: the titles are no article.
    rows = "".join(f"<li><a href='/zwgk/tzgg/t{i}.html'><span class='text'>关于印发某县二〇二六年第{i}批政府信息公开重点工作任务分工方案的通知</span></a></li>"
                   for i in range(1, 4))
    facts = extract_page(page("通知公告", f"<ul class='news'>{rows}</ul>", "<meta name='ColumnName' content='通知公告'>"),
                         "http://site.test/zwgk/tzgg/")
    assert facts.body_text == "" and not facts.single_article


HOT_ROWS = "".join(f'<li><a href="/xxgk/Show.aspx?id={n}" target="_blank">{t}</a><span>{d}</span></li>' for n, t, d in (
    (236, "某县行政许可决定公示（1）", "2026-09-09"), (217, "某县人民政府办公室关于推进数字政府建设的实施意见", "2026-08-05"),
    (206, "某县人民政府关于印发《某县建设用地审批管理办法》的通知", "2026-07-11"),
    (207, "某县人民政府关于印发《某县政府投资项目管理办法》的通知", "2026-06-21"),
    (239, "某县行政许可决定公示（4）", "2026-05-12"), (210, "某县人民政府关于印发《某县农村宅基地管理办法》的通知", "2026-04-22")))
MENU = "".join(f"<li><a href='/xxgk/c{i}.aspx'>{name}</a></li>" for i, name in enumerate(
    ("信息公开指南", "政府信息公开制度", "行政规范性文件", "政策文件", "解读回应", "行政许可", "人事信息", "财政预决算", "重点项目",
     "建议提案办理", "政府信息公开年度报告", "依申请公开")))


def test_a_short_article_beside_a_widget_of_the_sites_newest_rows_is_a_document():
    """A short interpretation (three headings and its 关联文件) in blocks no class word names, in a
    2000s page-wide layout table with the portal's header line (今天是…星期二, weather, 长者模式),
    beside a 热门文章 box of the site's newest titles and dates (a portal's `<div class="hot-news"><h2
    class="hot-title">热门文章</h2><ul>`, as 中山's and SiteFactory portals draw it) and a side menu:
    the widget's rows are no block's text, so the article's block is found and the page is a dated
    document. Before, the widget's text made the whole layout cell the likeliest body, too linky for
    one: the page read as a hub, and the document it explains failed interpretation-missing (the
    sample site aspx under all 13 mutations, seed 3)."""
    html = ("<html><head><meta charset='utf-8'><title>《某县农村集体资产管理办法》政策解读_某县人民政府</title></head><body>"
            "<table width='1000' align='center'><tr><td>"
            "<div class='topbar'><span id='ga-time-day'>今天是2026年09月15日</span><span id='ga-time-week'> 星期二</span>"
            "<span class='weather'>多云 15℃~24℃</span><div class='aged_link'><a href='javascript:void(0);'>长者模式</a>"
            "<a href='javascript:void(0);' id='barrierFreeBtn'>无障碍浏览</a></div></div>"
            "<table width='980' class='xf7'><tr><td>| <a href='/'>网站首页</a> | <a href='/xxgk/'>政务公开</a> |</td></tr></table>"
            f"<div class='x1'><h3>政府信息公开</h3><ul class='x2'>{MENU}</ul></div>"
            "<div class='x3'><div class='x4'>您现在的位置：<a href='/'>首页</a> &gt; <a href='/xxgk/c4.aspx'>解读回应</a> &gt; 正文</div>"
            "<div class='x5'><div><h1 class='x6'>《某县农村集体资产管理办法》政策解读</h1></div>"
            "<div class='x7'>发布日期：&nbsp;&nbsp;2026年8月20日　来源：某县人民政府</div>"
            "<div class='x8'><p>一、起草背景</p><p>二、主要内容</p><p>三、政策措施</p></div>"
            "<div class='x9'><span>关联文件：</span><a href='/xxgk/Show.aspx?id=204'>某县人民政府关于印发《某县农村集体资产管理办法》的通知</a></div>"
            f"</div></div><div class='hot-news'><h2 class='hot-title'>热门文章</h2><ul>{HOT_ROWS}</ul></div>"
            "<table width='980' class='x1b'><tr><td>网站主办：某县人民政府办公室 网站标识码:5203270001 备案号：黔ICP备06004321号</td></tr></table>"
            "</td></tr></table></body></html>")
    facts = extract_page(html, "http://site.test/xxgk/Show.aspx?id=221")
    assert (facts.kind, facts.pub_date) == ("document", "2026-08-20")
    assert "一、起草背景" in facts.body_text and "热门文章" not in facts.body_text


def test_a_short_dated_document_whose_body_no_class_names_keeps_its_text() -> None:
    """A 一图读懂 page (the dept site's TRS template, tests/sites/dept.py, as the mutations classes, sloppy
    and wrappers write it: `<div class="TRS_Editor">` renamed, old upper-case markup in layout tables),
    its ArticleTitle meta making it a document, its caption too short for prose. Its body text was
    empty, so the 《name》 it quotes related it to nothing."""
    html = ("<HTML><HEAD><META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=utf-8'><TITLE>一图读懂青山县家庭经济困难学生认定办法"
            "</TITLE><META NAME=ColumnName CONTENT=政策解读><META NAME=ArticleTitle CONTENT=一图读懂青山县家庭经济困难学生认定办法>"
            "<META NAME=PubDate CONTENT='2026-08-20 10:20'></HEAD><BODY><TABLE WIDTH=1000 ALIGN=center><TR><TD VALIGN=top>"
            "<TABLE WIDTH=100%><TR><TD><DIV CLASS=x0b56a3f0><A HREF='/'>首页</A><A HREF=/tzgg/index.html>通知公告</A>"
            "<A HREF=/xxgk/index.html>信息公开</A></DIV><DIV CLASS=xc16611e7>您现在的位置：<A HREF='/'>首页</A> &gt; "
            "<A HREF=/xxgk/zcjd/index.html>政策解读</A></DIV><DIV CLASS=x471d3ae2><DIV><DIV><H1>&nbsp;&nbsp;一图读懂青山县家庭经济困难"
            "学生认定办法&nbsp;</H1></DIV></DIV><DIV><DIV><DIV CLASS=xff1a8a8d>发布日期：&nbsp;&nbsp;2026.08.20　来源：青山县教育局</DIV>"
            "</DIV></DIV><DIV CLASS=xbdcdb154><P>为便于社会公众理解，现对《青山县家庭经济困难学生认定办法》解读如下。<P>一、制定背景 "
            "二、主要内容 三、适用范围<P STYLE=text-align:right>青山县教育局<P STYLE=text-align:right>二〇二六年八月二十日</DIV></DIV>"
            "<DIV CLASS=xc8370c59><P>主办单位：青山县教育局　地址：青山县文昌路8号<P><A HREF='https://beian.miit.gov.cn/'>"
            "浙ICP备05012345号-1</A>　浙公网安备 33112702000123号</DIV></TABLE></TABLE></BODY></HTML>")
    facts = extract_page(html, "http://site.test/xxgk/zcjd/202608/t20260820_1050.html")
    assert facts.kind == "document" and "《青山县家庭经济困难学生认定办法》" in facts.body_text and "ICP" not in facts.body_text


def test_a_one_sentence_article_with_its_neighbours_links_is_an_article_titled_by_its_h1() -> None:
    """JEECMS's 规划计划 entry (tests/sites/jee.py) as the mutations classes, wrappers, dates and dates2
    write it: a side menu headed <h2>信息公开</h2>, the <h1> title in a layout table, 发布时间 with a time,
    a body of one sentence and the article's 上一条/下一条. It read as a hub titled 信息公开 (a
    one-sentence body is no body), so its footer joined the list template's: footer-identifiers failed
    the list template falsely (jee, ezeip, all mutations at seed 7). An article's neighbours' links
    under a labelled date make it an article; its <h1> is the title the <title> names (（1）, (1) alike)."""
    html = ("<html><head><meta charset='utf-8'><title>青峰区农业农村发展规划实施情况（1） - 青峰区人民政府</title></head><body>"
            "<div class='x1'><h2>信息公开</h2><ul><li><a href='/xxgk/gfxwj/'>行政规范性文件</a></li><li><a href='/xxgk/ghjh/'>规划计划</a></li>"
            "<li><a href='/xxgk/zdxm/'>重大项目</a></li><li><a href='/xxgk/tjxx/'>统计信息</a></li></ul></div>"
            "<div class='x2'><div class='x3'><em>您当前的位置：</em><a href='/'>首页</a> &gt; <a href='/xxgk/'>信息公开</a> &gt; "
            "<a href='/xxgk/ghjh/index.jhtml'>规划计划</a> &gt; 正文</div><div class='x4'><table width='100%'><tr><td align='center'>"
            "<h1 class='x5'>&nbsp;&nbsp;青峰区农业农村发展规划实施情况（1）&nbsp;</h1></td></tr></table>"
            "<div><div><div class='x6'>发布时间：&nbsp;&nbsp;2026.08.15 09:30:00&nbsp;&nbsp;作者：青峰区人民政府办公室</div></div></div>"
            "<div class='x7'><p>青峰区农业农村发展规划实施情况（1）。</p></div><div class='x8'><span>上一条：<a href='/xxgk/ghjh/20755.jhtml'>"
            "青峰区交通运输发展规划实施情况（2）</a></span> <span>下一条：没有了</span></div></div></div>"
            "<div class='x9'>主办：青峰区人民政府办公室 赣ICP备05012345号</div></body></html>")
    facts = extract_page(html, "http://site.test/xxgk/ghjh/20752.jhtml")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", "青峰区农业农村发展规划实施情况（1）", "2026-08-15")
