"""动易 SiteFactory column pages, from the rendered pages of a SiteFactory site (绍兴市第一中学's
`/Category_380/Index.aspx`, found with `find_string "pe.begin.pagination"`; the 连南县 and 廊坊 government
sites use the same `Category_N/Index.aspx` template): the main box holds a 栏目搜索 form and the
`<div class="path"><span>当前位置：</span>…</div><h3>…</h3>` trail and heading above the list. A column
whose list says only 暂无资料 (SiteFactory's `<li class="noData">`), or shows nothing, is an empty column:
the form's label, the trail and the heading are not a static page's own text."""

from __future__ import annotations

import pytest

from govaudit.htmlpage import parse_document
from govaudit.model.extract.listing import listless_area
from govaudit.model.extract.page import extract_page
from govaudit.model.extract.walk import build_index

URL = "http://s/Category_25/Index.aspx"


def _page(inner: str) -> str:
    # Trimmed from the real page: header, main nav, side menu with its 推荐阅读 box, main box, footer.
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        "<title>财政资金-雁塘县人民政府</title></head><body>"
        '<div id="header"><div class="siteWidth"><h1 class="logo"><a href="/"><img src="/logo.png" /></a></h1></div></div>'
        '<div class="nav"><div class="siteWidth"><ul id="mainNav" class="mainNav">'
        '<li class="li1 first1" id="liID-2"><h4 class="h1"><a class="a1" href="/Default.aspx">首页</a></h4></li>'
        '<li class="li1 hasUl1 on1" id="liID2"><h4 class="h1"><a class="a1" href="/Category_2/Index.aspx">信息公开</a></h4></li>'
        "</ul></div></div>"
        '<div id="content"><div class="siteWidth"><div class="side"><div id="sideMenu"><div class="hd">'
        '<h3><a href="/Category_2/Index.aspx">信息公开</a></h3></div><div class="bd"><ul class="">'
        '<li class="li1 first"><a href="/Category_24/Index.aspx">规划计划</a></li>'
        '<li class="li2 on"><a href="/Category_25/Index.aspx">财政资金</a></li>'
        '<li class="li3 last"><a href="/Category_26/Index.aspx">重大项目</a></li></ul></div></div>'
        '<div class="box sideBox" ><div class="hd"><h3>推荐阅读</h3></div><div class="bd"><ul class="sideinfoList">'
        '<li class="noData">暂无资料</li></ul></div></div></div>'
        '<div class="mainContent"><div class="mainBox"><div class="colSreach">栏目搜索：<label><select name="nodeId\'" '
        'id="nodeId" size="1"><option value=25>财政资金</option></select></label><label><input id="keyword_PowerEasy" '
        'class="inputxt" name="Keyword" /></label><label> <input id="Submit" type="button" class="input_button" value="搜索" '
        'name="Button" onclick="OnSearchCheckAndSubmit2();" /></label></div>'
        '<div class="mHd"><div class="path"><span>当前位置：</span><a href="/">首页</a> &gt; '
        '<a href="/Category_2/Index.aspx" target="_self">信息公开</a>&gt;\n'
        '<a href="/Category_25/Index.aspx" target="_self">财政资金</a></div><h3>财政资金</h3></div>'
        f'<div class="mBd"><!-- 正文内容 S -->{inner}<!-- 正文内容 E --></div></div></div></div></div>'
        '<div id="footer"><div class="copyRight"><p>主办：雁塘县人民政府办公室 网站标识码：4418290006</p></div></div>'
        "</body></html>")


@pytest.mark.parametrize("inner", [
    '<ul class="infoList"><li class="noData">暂无资料</li></ul>',
    '<ul class="infoList">\n   \n </ul>',
    # the pager SiteFactory draws under a list (its page-count wording for no record is guessed)
    '<ul class="infoList">\n </ul><div class="page"><span id="pe100_page_通用信息列表_普通式" class="pagecss">'
    "<!--{pe.begin.pagination}--> 共 0 篇 首页 上一页 下一页 尾页 <!--{pe.end.pagination}--></span></div>",
])
def test_an_empty_sitefactory_column_is_empty(inner: str) -> None:
    facts = extract_page(_page(inner), URL)
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", [])


@pytest.mark.parametrize("widget", [("推荐阅读", "暂无资料"), ("热门文章", "暂无信息")])
def test_a_sitefactory_single_page_node_stays_a_static_page(widget: tuple[str, str]) -> None:
    """A side widget saying 暂无 (the 推荐阅读 box beside every page) does not make the page an empty column."""
    body = ('<div class="printArea"><div class="conTxt"><P>为便于公民、法人和其他组织获取雁塘县人民政府的政府信息，'
            "根据《中华人民共和国政府信息公开条例》编制本指南。</P><P>受理机构：雁塘县人民政府办公室。</P></div></div>")
    html = _page(body).replace("<h3>推荐阅读</h3>", f"<h3>{widget[0]}</h3>").replace(">暂无资料</li></ul></div></div></div>",
                                                                                 f">{widget[1]}</li></ul></div></div></div>")
    assert widget[1] in html
    facts = extract_page(html, URL)
    assert facts.kind == "column" and facts.list_state == "listed" and facts.single_article


def test_a_short_static_page_keeps_the_trail_names_its_sentences_use() -> None:
    """Only the trail where it stands is left out of a body's own text: 信息公开 inside a sentence stays
    (a 政府信息公开制度 page of one sentence is a static page)."""
    body = '<div class="printArea"><div class="conTxt"><P>本县建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。</P></div></div>'
    html = _page(body).replace("财政资金", "政府信息公开制度")
    facts = extract_page(html, URL)
    assert facts.kind == "column" and facts.list_state == "listed" and facts.single_article


ROWS = ('<li><a href="/Item/1467.aspx" target="_blank">雁塘县行政许可决定公示(1)</a><span>2026-11-19</span></li>'
        '<li><a href="/Item/1466.aspx" target="_blank">雁塘县重点项目建设通报阶段进展</a><span>2026-11-18</span></li>'
        '<li><a href="/Item/1465.aspx" target="_blank">雁塘县营商环境优化开展督查推进</a><span>2026-11-17</span></li>')


@pytest.mark.parametrize("heading", ["推荐阅读", "点击排行", "热点信息"])
def test_a_side_widget_of_other_columns_newest_articles_is_no_list_of_the_page(heading: str) -> None:
    """The side box filled (SiteFactory's `<div class="hd"><h3>推荐阅读</h3></div><div class="bd"><ul
    class="sideinfoList">` with the site's newest articles and their dates, as portals fill their 点击排行
    and 热点信息 boxes): an empty column stays empty, a column's own rows stay its list, the box's
    heading is no title of the page and its links relate to nothing."""
    html = _page('<ul class="infoList"></ul>').replace("<h3>推荐阅读</h3>", f"<h3>{heading}</h3>").replace(
        '<li class="noData">暂无资料</li>', ROWS)
    facts = extract_page(html, URL)
    assert (facts.kind, facts.list_state, facts.list_items, facts.related_links) == ("column", "empty", [], [])
    assert facts.title == "财政资金"
    own = _page('<ul class="infoList"><li><a href="/Item/1301.aspx">雁塘县2026年财政预算执行情况</a><span>2026-03-02</span></li></ul>')
    facts = extract_page(own.replace('<li class="noData">暂无资料</li>', ROWS), URL)
    assert [i.url for i in facts.list_items] == ["http://s/Item/1301.aspx"]


def test_a_widget_right_under_the_columns_heading_dates_no_page() -> None:
    """The box right after the page's heading and its empty list container (the portal's 点击排行
    under the main box): its first row's date is no date of the page, which stays an empty column."""
    box = f'<div class="paihang"><h2 class="hometitle">点击排行</h2><ul>{ROWS}</ul></div>'
    html = _page('<div class="list"></div>').replace('<div class="box sideBox" >', '<div class="box" >').replace(
        "</div></div></div></div></div><div id=\"footer\">", "</div></div></div></div></div>" + box + '<div id="footer">')
    assert box in html
    facts = extract_page(html.replace("财政资金", "财政预算决算公开"), URL)  # a name long enough to find a date after
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", [])


def test_the_headers_line_of_todays_date_is_no_text_of_the_page() -> None:
    """A portal's header showing the day (`<span id="ga-time-day">今天是…</span><span id="ga-time-week">
    星期五</span>`, a public site's time-0001.js fills those spans; servers write it too) above an empty
    list is no text of the page's own: with the header's other words it made a table-layout column
    page (its whole table the content area) a short static page (the sample site empire's empty
    重大项目 under `--mutate chrome`)."""
    top = ('<div class="top"><span id="ga-time-day">今天是2026年11月20日</span><span id="ga-time-week"> 星期五</span>'
           '<span class="top-date">2026年11月20日 星期五</span></div>')
    html = _page('<ul class="infoList"></ul>').replace("<body>", "<body>" + top)
    index = build_index(parse_document(html), URL)
    plain = listless_area(index, "", set()).plain
    assert "2026" not in plain and "星期五" not in plain and "财政资金" in plain


def test_a_widget_heading_inside_a_page_wide_form_sets_apart_only_its_box() -> None:
    """A WebForms page wraps everything in `<form id="form1">`; a 友情链接 box near its end (`<div
    class="LFriendlink"><h2><span>友情链接</span></h2>…`) is the box's, not the form's: the short
    interpretation above keeps its text and its 发布日期."""
    friends = ('<div class="LFriendlink"><h2><span>友情链接</span></h2><ul><li><select name="link" onchange="javascript:'
               'window.open(this.options[this.selectedIndex].value);"><option value="" selected="selected">政府网站</option>'
               '<option value="http://www.gov.cn">中华人民共和国中央人民政府门户网站</option></select></li></ul></div>')
    html = ('<html><head><title>《雁塘县城乡居民临时救助实施办法》政策解读</title></head><body>'
            '<form name="form1" method="post" action="/content/detail/2201.html" id="form1">'
            '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zcjd/">政策解读</a> &gt; <span>正文</span></div>'
            '<div class="xxgk-detail"><h1 class="title">《雁塘县城乡居民临时救助实施办法》政策解读</h1>'
            '<div class="art-info">发布日期：2026-05-29 来源：雁塘县人民政府</div><div class="article-content"><p>一、出台背景。'
            '为贯彻落实上级部署，制定《雁塘县城乡居民临时救助实施办法》。二、主要内容。……</p></div></div>'
            f'{friends}<div class="foot"><p>主办单位：雁塘县人民政府办公室 <a href="https://beian.miit.gov.cn/">湘ICP备05001234号-1</a></p></div></form>'
            '<div class="gotoTop" title="返回顶部"><a href="javascript:scroll(0,0);">返回顶部</a></div></body></html>')
    for page in (html, html.replace(friends, "")):
        facts = extract_page(page, "http://s/content/detail/2201.html")
        assert (facts.kind, facts.pub_date) == ("document", "2026-05-29")
