"""Body text leaves out side menus inside the content area; data tables of the body are a fact.

Pages modelled on real markup: a Hanweb 单页 with its left-nav inside div.main (tests/sites/hanweb.py),
a TRS-style page whose side list marks the current item (li.cur), a JCMS page whose sub-menu links
the page itself, and pages whose short link lists are content (attachments, 内设机构)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govaudit import pipeline
from govaudit.crawl import crawl_site
from govaudit.model.pagetext import TEXT_FILE, open_texts
from govaudit.settings import CrawlSettings
from govaudit.model.extract import bodytext
from govaudit.model.extract.article import find_article
from govaudit.model.extract.bodytext import page_text
from govaudit.model.extract.page import extract_page
from govaudit.model.extract.walk import build_index
from govaudit.htmlpage import parse_document
from tests.model.loopback import HTML, serve

HANWEB_STATIC = """<html><head><title>机构职能 青溪县人民政府</title><meta name="ColumnName" content="机构职能"></head><body>
<div class="nav"><ul><li><a href="/index.html">首页</a></li><li><a href="/col/col1229500/index.html">政务公开</a></li></ul></div>
<div class="main w1200">
<div class="left-nav"><div class="lm-tit">走进青溪</div><ul><li class="on"><a href="/col/col1229520/index.html">机构职能</a></li>
<li><a href="/col/col1229521/index.html">领导信息</a></li><li><a href="/col/col1229522/index.html">政府信息公开指南</a></li>
<li><a href="/col/col1229525/index.html">依申请公开</a></li><li><a href="/col/col1229523/index.html">联系我们</a></li></ul></div>
<div class="right-list"><div class="lm-name"><span>机构职能</span></div><div class="con"><p class="con-title">机构职能</p>
<div id="zoom"><p>青溪县人民政府是县级国家行政机关，执行县人民代表大会及其常务委员会的决议，领导所属各部门和各乡镇人民政府的工作。</p></div></div></div>
</div><div class="footer">主办：青溪县人民政府办公室</div></body></html>"""

# No nav/menu word: a plain side list whose current item is marked li.cur.
TRS_SIDE_LIST = """<html><head><title>机构职能_某县市场监督管理局</title></head><body>
<div class="content"><div class="left"><h3>信息公开</h3><ul><li class="cur"><a href="./">机构职能</a></li>
<li><a href="../ysqgk/">依申请公开</a></li><li><a href="../gkzn/">政府信息公开指南</a></li><li><a href="../gkzd/">政府信息公开制度</a></li></ul></div>
<div class="right"><div class="TRS_Editor"><p>一、主要职责</p><p>负责市场综合监督管理，起草有关规范性文件草案，组织实施质量强县战略，负责市场主体统一登记注册。</p>
<p>二、联系方式</p><p>地址：某县人民路 8 号，电话：0571-12345678。</p></div></div></div></body></html>"""

# A sub-menu that links the page itself (no class marks it current).
JCMS_SELF_LINK = """<html><head><title>机构职能</title></head><body><div id="article" class="main-content">
<ul class="sub-list"><li><a href="/zwgk/jgzn/">机构职能</a></li><li><a href="/zwgk/ldxx/">领导信息</a></li>
<li><a href="/zwgk/ysqgk/">依申请公开</a></li></ul>
<div class="text"><p>一、主要职责</p><p>贯彻执行国家有关法律法规和方针政策，拟订全县有关规划并组织实施，承办县政府交办的其他事项。</p></div>
</div></body></html>"""

# Short link lists that are content: 内设机构 as links, and attachments. Neither names the page.
CONTENT_LISTS = """<html><head><title>机构职能</title></head><body><div class="article-content">
<p>一、内设机构</p><ul><li><a href="/ks/bgs/">办公室</a></li><li><a href="/ks/zfk/">执法科</a></li><li><a href="/ks/djk/">登记科</a></li></ul>
<p>附件：</p><ul><li><a href="/f/1.pdf">职责.pdf</a></li><li><a href="/f/2.doc">机构.doc</a></li><li><a href="/f/3.pdf">编制.pdf</a></li></ul>
<p>联系电话：0571-12345678。本页介绍本局主要职责和内设机构设置情况，供社会公众查阅。</p></div></body></html>"""


def _text(html: str, url: str):
    facts = extract_page(html, url)
    return page_text(url, facts.body_text, facts.body_headings), facts


def test_a_hanweb_left_nav_inside_the_content_area_is_not_page_text():
    text, facts = _text(HANWEB_STATIC, "http://qx.test/col/col1229520/index.html")
    assert text is not None and "县级国家行政机关" in text.text
    # The menu item 依申请公开 would have satisfied a page_text pattern on the 机构职能 page.
    assert "依申请公开" not in text.text and "领导信息" not in text.text and "走进青溪" not in text.text


def test_a_side_list_marking_its_current_item_is_not_page_text():
    text, _ = _text(TRS_SIDE_LIST, "http://x.test/zwgk/jgzn/")
    assert text is not None and "主要职责" in text.text and "0571-12345678" in text.text
    assert "依申请公开" not in text.text and "政府信息公开制度" not in text.text


def test_a_sub_menu_linking_the_page_itself_is_not_page_text():
    text, facts = _text(JCMS_SELF_LINK, "http://x.test/zwgk/jgzn/")
    assert text is not None and "主要职责" in text.text and "依申请公开" not in text.text
    assert "领导信息" not in facts.body_headings


def test_short_link_lists_that_are_content_stay():
    text, _ = _text(CONTENT_LISTS, "http://x.test/jgzn/")
    assert text is not None
    assert "办公室 执法科 登记科" in text.text and "职责.pdf" in text.text


def test_without_a_menu_the_text_is_exactly_the_bodys():
    for html, url in ((CONTENT_LISTS, "http://x.test/jgzn/"), (HANWEB_STATIC.replace('class="left-nav"', 'class="lm"')
                                                                .replace(' class="on"', ""), "http://qx.test/other.html")):
        index = build_index(parse_document(html), url)
        article = find_article(index)
        assert bodytext.menu_cuts(index, article.span, url) == []
        assert extract_page(html, url).body_text == index.text_of(article.span)


FEEDBACK = """<html><head><title>关于《某区养犬管理办法（征求意见稿）》意见采纳情况的说明</title>
<meta name="ArticleTitle" content="关于《某区养犬管理办法（征求意见稿）》意见采纳情况的说明"></head><body>
<div class="article-content">
<table class="xxgk_table"><tr><td>索引号：</td><td>001/2026-0001</td><td>发布机构：</td><td>区司法局</td></tr>
<tr><td>成文日期：</td><td>2026-03-20</td><td>有效性：</td><td>有效</td></tr></table>
<p>征求意见期间共收到意见 3 条，采纳 2 条，未采纳 1 条，未采纳原因见下表。</p>
<table border="1"><tr><td colspan="4">意见采纳情况表</td></tr><tr><th>序号</th><th>意见建议</th><th>采纳情况</th><th>理由</th></tr>
<tr><td>1</td><td>增加犬只免疫要求</td><td>采纳</td><td>—</td></tr><tr><td>2</td><td>放宽遛犬时间</td><td>未采纳</td><td>与上位法不符</td></tr></table>
<table width="100%"><tr><td><table><tr><td>联系人</td><td>王某</td></tr><tr><td>电话</td><td>12345678</td></tr></table></td></tr></table>
<table><tr><td>单行</td><td>表格</td></tr></table>
</div></body></html>"""


def test_data_tables_are_recorded_but_not_layout_label_or_one_row_tables():
    facts = extract_page(FEEDBACK, "http://x.test/yjzj/2.html")
    headers = [(t.rows, t.columns, t.header) for t in facts.body_tables]
    # The 采纳 table (its title row spans it: the header is the first row of several cells) and
    # the small table nested in a layout table; not the 索引号 label block, not the layout
    # table, not the one-row table.
    assert headers == [(4, 4, "序号 意见建议 采纳情况 理由"), (2, 2, "联系人 王某")]
    text = page_text("http://x.test/yjzj/2.html", facts.body_text, facts.body_headings, tables=facts.body_tables)
    assert text is not None and len(text.tables) == 2


def test_tables_are_only_kept_for_pages_whose_text_is_kept():
    assert extract_page(FEEDBACK, "http://x.test/", is_home=True).body_tables == ()


def test_a_header_is_the_first_row_of_several_filled_cells():
    html = FEEDBACK.replace('<tr><td colspan="4">意见采纳情况表</td></tr>', '<tr><td>意见采纳情况表</td><td></td><td> </td><td></td></tr>')
    facts = extract_page(html, "http://x.test/yjzj/2.html")
    assert facts.body_tables[0].header == "序号 意见建议 采纳情况 理由"


# End to end: a crawl of a small site, built, keeps the list page's text and the feedback table.

_LIST = """<html><head><title>意见征集</title><meta name="ColumnName" content="意见征集"></head><body>
<div class="list-content"><p class="intro">本栏目公开重大行政决策草案，征求意见期一般不少于30日。</p>
<ul class="list"><li><a href="/yjzj/2.html">关于《某区养犬管理办法》意见采纳情况的说明</a><span>2026-03-20</span></li>
<li><a href="/yjzj/1.html">关于公开征求《某区养犬管理办法（征求意见稿）》意见的公告</a><span>2026-03-02</span></li></ul></div></body></html>"""
_SITE = {
    "/": "<html><head><title>某区人民政府</title></head><body><a href='/yjzj/'>意见征集</a></body></html>",
    "/yjzj/": _LIST,
    "/yjzj/2.html": FEEDBACK,
    "/yjzj/1.html": FEEDBACK.replace("意见采纳情况的说明", "征求意见的公告").replace("<table border", "<div border")
                            .replace("</table>\n<table width", "</div>\n<table width"),
}


def test_build_keeps_list_page_text_and_tables(tmp_path: Path):
    with serve({path: (200, HTML, body) for path, body in _SITE.items()}) as base:
        crawl_site(base, tmp_path, CrawlSettings(rate=0, max_pages=20))
    site = pipeline.build(tmp_path)
    assert site.page_text is not None and site.page_text.tables
    texts = open_texts(tmp_path, pipeline.load_site(tmp_path).page_text)
    assert texts.tables_known
    listing = texts.get(base + "yjzj/")
    assert listing is not None and "征求意见期一般不少于30日" in listing.text and listing.tables == []
    feedback = texts.get(base + "yjzj/2.html")
    assert feedback is not None and [t.header for t in feedback.tables][0] == "序号 意见建议 采纳情况 理由"
    lines = {json.loads(line)["url"]: line for line in (tmp_path / TEXT_FILE).read_text(encoding="utf-8").splitlines()}
    assert '"tables"' not in lines[base + "yjzj/"]  # no table: the line is as before tables were kept


@pytest.mark.parametrize("menu", [
    '<nav><a href="/zwgk/jgzn/">机构职能</a> <a href="/zwgk/ysqgk/">依申请公开</a> <a href="/zwgk/gkzn/">政府信息公开指南</a></nav>',
    '<div id="submenu"><a href="/zwgk/jgzn/">机构职能</a><a href="/zwgk/ysqgk/">依申请公开</a></div>',
    '<dl class="sidemenu"><dt>信息公开</dt><dd><a href="/zwgk/ysqgk/">依申请公开</a></dd><dd><a href="/zwgk/gkzn/">公开指南</a></dd></dl>',
])
def test_navigation_elements_inside_the_body_are_left_out(menu):
    html = f"""<html><head><title>机构职能</title></head><body><div class="content">{menu}
<div class="text"><p>一、主要职责</p><p>贯彻执行国家有关法律法规和方针政策，拟订全县有关规划并组织实施，承办县政府交办的其他事项。</p></div>
</div></body></html>"""
    text, _ = _text(html, "http://x.test/zwgk/jgzn/")
    assert text is not None and "主要职责" in text.text and "依申请公开" not in text.text


# Navigation that is not the page's text, modelled on real markup: the rendered nfra.gov.cn article
# (corpus: its `div.main` content area wraps `div.header-container`, the site's header with a mega
# menu whose panes hold link lists and a 主要职责 blurb, and a `div.breadcrumb`), and a PowerEasy-style
# table-layout side menu (one `<tr><td class="left_tdbg1">` per item) inside a `main` wrapper.
MEGA_MENU = """<html><head><title>行政处罚信息公开表</title><meta name="ArticleTitle" content="行政处罚信息公开表"></head><body>
<div class="main ng-scope"><div class="header-container ng-scope"><div class="header"><div class="header-right-line">
<a href="javascript:void(0);">无障碍浏览</a></div><div class="header-right-line"><a href="https://big5.example.gov.cn/">繁</a></div>
<div class="header-right-line"><a href="/en/">EN</a></div></div><div class="navs"><ul class="nav-ul"><li><a href="/cn/jggk/">机构概况</a>
<div class="pane"><a href="/cn/ld/1.html">总局领导</a> <a href="/cn/ld/2.html">李某某</a> <a href="/cn/ld/3.html">周某</a>
<a href="/cn/zz/">主要职责</a> <span>一、依法对金融业实行统一监督管理。</span> <a href="/cn/nsjg/">内设机构</a>
<a href="/cn/zsjg/">直属行政机构</a> <a href="/cn/pcjg/">派出机构</a></div></li><li><a href="/cn/xwzx/">新闻资讯</a></li>
<li><a href="/cn/zwxx/">政务信息</a></li><li><a href="/cn/zxfw/">在线服务</a></li>{panes}</ul></div></div>
<div class="breadcrumb">当前位置： <a href="/">首页</a> <a href="/cn/zwxx/">政务信息</a> <a href="/cn/xzcf/">行政处罚</a></div>
<div class="content newcontent"><div class="ItemDetailRed-header"><h2>行政处罚信息公开表</h2><span>发布时间：2025-06-03</span>
<a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
<div id="wenzhang-content"><p>当事人名称：某保险公司。主要违法违规事实：编制虚假资料。行政处罚依据：《中华人民共和国保险法》第八十六条。</p>
<p>行政处罚决定：罚款10万元。作出决定的机关名称：某监管局。作出处罚决定的日期：2025年5月20日。</p></div></div>
</div><div class="footer">网站标识码：bm55000001</div></body></html>""".replace("{panes}", "".join(
    f'<li><a href="/cn/lm{n}/">栏目{n}</a><div class="pane">' + "".join(f'<a href="/cn/lm{n}/{k}/">第{n}栏目的子栏目{k}</a>' for k in range(8))
    + "</div></li>" for n in range(6)))  # the real header's menus: 178 links, ~3,000 characters

PE_TABLE_MENU = """<html><head><title>机构职能_青峪县人民政府</title><meta name="ColumnName" content="机构职能"></head><body>
<table width="980" class="main_table"><tr><td width="200" valign="top"><table width="100%" class="left_table">
<tr><td class="left_title">走进青峪</td></tr><tr><td class="left_tdbg1 on"><a href="/Article/ShowClass.asp?ClassID=21">机构职能</a></td></tr>
<tr><td class="left_tdbg1"><a href="/Article/ShowClass.asp?ClassID=22">领导信息</a></td></tr>
<tr><td class="left_tdbg1"><a href="/Article/ShowClass.asp?ClassID=23">内设机构</a></td></tr>
<tr><td class="left_tdbg1"><a href="/Article/ShowClass.asp?ClassID=24">联系方式</a></td></tr></table></td>
<td valign="top" class="right_td"><p>青峪县人民政府办公室是县人民政府的办事机构，协助县政府领导处理县政府日常工作，负责县政府会议的组织工作。</p>
<p>办公地址：青峪县府前路8号。</p></td></tr></table></body></html>"""


def test_a_header_of_site_menus_inside_the_content_area_is_not_page_text():
    text, facts = _text(MEGA_MENU, "http://x.test/cn/xzcf/1.html")
    assert text is not None and "编制虚假资料" in text.text and "发布时间：2025-06-03" in text.text
    # the mega menu's 主要职责/内设机构 entries would satisfy a rule asking the page for them
    assert "主要职责" not in text.text and "内设机构" not in text.text and "无障碍浏览" not in text.text
    assert "当前位置" not in text.text  # the trail is navigation too
    assert "打印" in text.text  # an article header's links are few beside its title and date: kept


def test_a_table_layout_side_menu_naming_the_page_is_not_page_text():
    text, _ = _text(PE_TABLE_MENU, "http://x.test/Article/ShowClass.asp?ClassID=21")
    assert text is not None and "县人民政府的办事机构" in text.text
    assert "内设机构" not in text.text and "领导信息" not in text.text


# JEECMS's default article template (content/news2.html): 上一篇/下一篇 links in a block whose
# class names no chrome word. The neighbours' titles quote other documents' 《names》.
JEECMS_ARTICLE = """<html><head><title>图解：《青峰区中小企业扶持资金管理办法》 - 青峰区人民政府</title></head><body>
<div class="main container clearfix"><section class="content_w850"><h1>图解：《青峰区中小企业扶持资金管理办法》</h1>
<div class="content-inf">发布时间：2026-07-17 09:30:00&nbsp;&nbsp;作者：本站编辑&nbsp;&nbsp;来源：区政府办公室</div>
<div class="content-txt"><p>一、起草背景</p><p>为支持中小企业发展，制定《青峰区中小企业扶持资金管理办法》。</p></div>
<div class="content-link clearfix"><span class="prev-content"><i></i>上一篇：<a href="/xxgk/zcjd/20677.jhtml">图解：《青峰区建设用地审批管理办法》</a></span>
<span class="next-content">下一篇：<a href="/xxgk/zcjd/20695.jhtml">关于《青峰区城镇老旧小区改造办法》的解读</a><i></i></span></div>
</section></div><div class="footer">主办：青峰区人民政府办公室</div></body></html>"""


def test_previous_and_next_article_links_are_not_body_text():
    facts = extract_page(JEECMS_ARTICLE, "http://www.qingfeng.gov.cn/xxgk/zcjd/20689.jhtml")
    assert "为支持中小企业发展" in facts.body_text and "中小企业扶持资金管理办法" in facts.body_text
    assert "建设用地审批" not in facts.body_text and "老旧小区" not in facts.body_text
    assert "上一篇" not in facts.body_text and "下一篇" not in facts.body_text
