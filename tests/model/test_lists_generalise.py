"""Hand-written pages modelled on real CMS templates (Hanweb JCMS, TRS WCM, table-layout
disclosure platforms; see FAMILIES.md) for issue 8: empty columns with and without a marker,
pages that are not empty columns, a column's own 政策解读 heading against a real related
box, picture/table/year-grouped lists and statistics column pages. Exact expectations."""

from __future__ import annotations

import pytest

from govaudit.crawl.render_need import reason_code, render_reason
from govaudit.htmlpage import parse_html
from govaudit.model.extract.page import PageFacts, extract_page

URL = "http://www.site.test/col/col1229/index.html"
T1, T2, T3 = "关于印发某区2026年政务公开工作要点的通知", "关于开展安全生产大检查的通知", "某区人民政府关于公布行政许可事项清单的公告"
ANALYTICS = "<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement('script'); })();</script>"


def hanweb(main: str, column: str | None = "行政处罚", title: str = "行政处罚", left: str = "", crumb: bool = True,
           scripts: str = ANALYTICS) -> str:
    """A Hanweb-style column page: ColumnName meta, a 当前位置 trail, a left menu, the main area."""
    meta = f'<meta name="ColumnName" content="{column}"><meta name="ColumnType" content="{column}">' if column else ""
    trail = ('<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1/index.html">政务公开</a>'
             f' &gt; <a href="{URL}">{title}</a></div>') if crumb else ""
    return (f"<html><head><meta charset='utf-8'>{meta}<title>{title}_某区人民政府</title></head><body>"
            "<div class='header'><a href='/'>首页</a><a href='/col/col1/index.html'>政务公开</a></div>"
            f"{trail}<div class='main'><div class='left'>{left}</div><div class='right'>{main}</div></div>"
            "<div class='footer'>主办：某区人民政府办公室 网站标识码：3399000001</div>"
            f"{scripts}</body></html>")


def facts(html: str, url: str = URL) -> PageFacts:
    return extract_page(html, url)


def reason(html: str, priority: str = "column") -> str | None:
    return render_reason(html, parse_html(html), priority, False)


LEFT_MENU = ('<ul class="lm"><li><a href="/col/col1230/index.html">行政许可</a></li><li class="on"><a href="{url}">行政处罚</a></li>'
             '<li><a href="/col/col1231/index.html">行政强制</a></li></ul>').format(url=URL)
PAGER_ZERO = '<div class="pagination">共0条记录 第1/1页 <a href="#">首页</a> <a href="#">上一页</a> <a href="#">下一页</a> <a href="#">尾页</a></div>'


# --- empty columns (item 4) ---------------------------------------------------------------

@pytest.mark.parametrize("main", [
    '<h2 class="lm-name">行政处罚</h2><ul class="xxgk_list"><li>暂无信息</li></ul>',
    '<div class="list-con"><p class="nodata">没有找到相关信息！</p></div>',
    '<table class="gk_table"><tr><th>标题</th><th>日期</th></tr><tr><td colspan="2">暂无数据</td></tr></table>',
    '<div class="news_list"><span>无记录</span></div>',
    '<div class="con"><div>信息正在更新中……</div></div>',
    '<div class="list"><p>对不起，暂无相关信息。</p></div>',
    '<ul class="list"><li style="text-align:center">没有记录</li></ul>',
    '<div class="article_list"><div class="empty">暂无文章</div></div>',
])
def test_empty_column_with_a_marker(main: str):
    f = facts(hanweb(main))
    assert (f.kind, f.list_state, f.list_items, f.column_name) == ("column", "empty", [], "行政处罚")


@pytest.mark.parametrize(("main", "column", "crumb", "left"), [
    # ColumnName meta, an empty list and nothing else
    ('<div class="lm-title">行政处罚</div><ul class="xxgk_list"></ul>', "行政处罚", False, ""),
    # breadcrumb leaf only, an empty table body
    ('<h3>行政处罚</h3><table class="list_table"><tbody></tbody></table>', None, True, ""),
    # the left menu's current item only, a server-written pager saying 共0条
    (f'<div class="news_list"></div>{PAGER_ZERO}', None, False, LEFT_MENU),
    # a list table with its header row and no row (table-layout disclosure platforms)
    ('<div class="list-wrap"><div class="list-title"><h2>行政处罚</h2></div><table class="table-list"><thead><tr><th>标题</th>'
     '<th>文号</th><th>发布日期</th></tr></thead><tbody></tbody></table></div>', "行政处罚", True, ""),
    # all three, a Hanweb list wrapper with a pager
    (f'<div class="default_pgContainer"><ul class="doc_list"></ul></div>{PAGER_ZERO}', "行政处罚", True, LEFT_MENU),
])
def test_empty_column_without_a_marker(main: str, column: str | None, crumb: bool, left: str):
    f = facts(hanweb(main, column=column, crumb=crumb, left=left))
    assert (f.kind, f.list_state, f.list_items) == ("column", "empty", [])


ISLAND = ('<div id="4567"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1'
          '&webid=1&path=/&columnid=1229&unitid=4567&permissiontype=0"></a>]]></nextgroup><recordset>{}</recordset></datastore>'
          '</script></div>')


@pytest.mark.parametrize("extra", ["", '<div class="tip">暂无信息</div>', PAGER_ZERO])
@pytest.mark.parametrize("scripts", [ANALYTICS, "<script>$.ajax({url: '/visit/count'});</script>"])
def test_hanweb_island_without_records_is_an_empty_column(extra: str, scripts: str):
    f = facts(hanweb(f'<div class="lm-title">行政处罚</div>{ISLAND.format("")}{extra}', scripts=scripts))
    assert (f.kind, f.list_state, f.list_items) == ("column", "empty", [])


def test_pager_saying_zero_records_is_an_empty_list():
    f = facts(hanweb(f'<div class="mod"><h3>行政处罚</h3></div>{PAGER_ZERO}'))
    assert (f.kind, f.list_state, f.declared_count) == ("column", "empty", 0)


def test_column_with_only_an_explanatory_note_is_not_empty():
    for note in ("<div class='content'><p>情况说明</p><p>本机关2025年度未产生行政处罚信息。</p></div>",
                 "<div class='list'><p>关于行政处罚信息的有关说明：经核查，本单位不涉及行政处罚事项。</p></div>"):
        f = facts(hanweb(note))
        assert f.kind == "column" and f.list_state == "listed" and f.single_article
        assert [i.url for i in f.list_items] == [URL]


def test_script_filled_list_is_not_observed_never_empty():
    load = "<script>$.ajax({url: '/api/list', success: function(d){ $('#list').html(d); }});</script>"
    f = facts(hanweb('<ul class="list" id="list"></ul>', scripts=load))
    assert (f.kind, f.list_state) == ("column", "not_observed")
    assert reason(hanweb('<ul class="list" id="list"></ul>', scripts=load)) == "script_list"


@pytest.mark.parametrize("main", [
    '<ul class="list" id="list"><li class="nodata">暂无信息</li></ul>',
    f'<div class="news_list" id="list"></div>{PAGER_ZERO}',
])
def test_placeholder_of_a_script_filled_list_is_not_observed(main: str):
    load = "<script>fetch('/api/list.json').then(r => r.json()).then(show);</script>"
    assert (facts(hanweb(main, scripts=load)).list_state, facts(hanweb(main)).list_state) == ("not_observed", "empty")


def test_nav_only_hub_is_not_an_empty_column():
    subnav = "".join(f'<li><a href="/col/col{n}/index.html">{name}</a></li>'
                     for n, name in ((11, "机构职能"), (12, "领导信息"), (13, "政策文件"), (14, "规划计划")))
    f = facts(hanweb(f'<div class="sub-cols"><ul class="nav-box">{subnav}</ul><div class="news"></div></div>', column="政务公开"))
    assert f.list_state != "empty" and f.kind == "hub"


def test_search_page_with_a_highlighted_menu_is_not_an_empty_column():
    nav = '<ul class="topbar"><li class="active"><a href="/">首页</a></li></ul>'
    main = ('<form action="/search"><input type="text" name="q"><button>搜索</button></form>'
            '<div id="searchResult" class="search-result"></div><div class="result_list_box"></div>')
    f = facts(hanweb(main, column=None, crumb=False, title="站内搜索", left=nav), "http://www.site.test/search.html")
    assert f.list_state != "empty"


@pytest.mark.parametrize("headline", [T2, "某区司法局2025年度行政复议情况说明"])
def test_short_dated_article_is_neither_an_empty_column_nor_a_column(headline: str):
    body = (f'<h1>{headline}</h1><div class="info">发布时间：2026-05-06</div><div class="detail"><p>详见附件。</p></div>'
            '<div class="relnews_list"></div>')
    f = facts(hanweb(body, column="通知公告"), "http://www.site.test/art/2026/5/6/art_1229_77.html")
    assert f.list_state != "empty" and f.kind != "column"


def test_static_page_with_column_meta_is_a_single_article_not_empty():
    body = "<div class='content'><p>" + "区政府办公室负责处理区政府日常工作，协助区政府领导组织起草区政府文件。" * 6 + "</p></div>"
    f = facts(hanweb(body, column="机构职能", title="机构职能"))
    assert (f.kind, f.list_state, f.single_article) == ("column", "listed", True)


@pytest.mark.parametrize("body", [
    '<div class="article"><h1 class="art-title">机构职能</h1><div class="art-content"><p>区政府办公室是区人民政府的办事机构，'
    '负责协助区政府领导处理区政府日常工作。</p></div></div>',
    '<div class="lm-name"><span>机构职能</span></div><div class="con"><p class="con-title">机构职能</p><div id="zoom"><p>'
    '某县人民政府是县级国家行政机关，执行县人民代表大会及其常务委员会的决议。</p></div></div>',
])
def test_short_undated_static_page_with_column_meta_is_a_single_article(body: str):
    f = facts(hanweb(body, column="机构职能", title="机构职能", left=LEFT_MENU))
    assert (f.kind, f.list_state, f.single_article, [i.date for i in f.list_items]) == ("column", "listed", True, [None])


def test_short_static_guide_with_an_update_date_is_a_dated_single_article():
    body = ('<div class="article"><h1 class="art-title">政府信息公开指南</h1><div class="art-info"><span>更新日期：2025-12-01</span></div>'
            '<div class="art-content"><p>本指南适用于某区人民政府及其工作部门的政府信息公开工作。</p></div></div>')
    f = facts(hanweb(body, column="政府信息公开指南", title="政府信息公开指南"), "http://www.site.test/public/column/6596/gkzn.html")
    assert (f.kind, f.single_article, [i.date for i in f.list_items]) == ("column", True, ["2025-12-01"])
    dated_url = facts(hanweb(body, column="政府信息公开指南", title="政府信息公开指南"), "http://www.site.test/art/2025/12/1/art_1229_9.html")
    assert dated_url.kind != "column"


# --- a column's own 政策解读 heading is not a related box (item 7) -----------------------

ROWS = "".join(f'<li><a href="/art/2026/5/{d}/art_1229_{d}.html" title="{t}">{t}</a><span>2026-05-0{d}</span></li>'
               for d, t in ((6, "《某区停车管理办法》政策解读"), (5, "图解：某区2026年民生实事项目"), (4, "《某区养老服务补贴办法》解读")))


@pytest.mark.parametrize("main", [
    f'<h2>政策解读</h2><ul class="list">{ROWS}</ul>',
    f'<div class="title"><span>政策解读</span></div><div class="list-box"><ul>{ROWS}</ul></div>',
    f'<div class="lm-name">政策解读</div><div class="default_pgContainer"><ul>{ROWS}</ul></div>',
    f'<div class="box"><div class="box-hd"><b>政策解读</b><a href="/more">更多</a></div><ul>{ROWS}</ul></div>',
    f'<div class="zcjd-list"><p>政策解读</p><ul>{ROWS}</ul></div>',
])
def test_interpretation_column_lists_its_items(main: str):
    left = '<ul class="lm"><li><a href="/col/col9/index.html">政策文件</a></li><li class="on"><a href="./">政策解读</a></li></ul>'
    html = hanweb(main, column="政策解读", title="政策解读", left=left)
    f = facts(html)
    assert (f.kind, f.list_state, len(f.list_items), f.related_slot) == ("column", "listed", 3, "none")
    assert f.list_items[0].date == "2026-05-06"
    assert reason(html) is None  # no browser for an ordinary 政策解读 column


def test_interpretation_heading_named_by_title_or_crumb_only():
    for column, crumb in ((None, True), ("部门政策解读", False)):
        html = hanweb(f'<div class="t"><span>政策解读</span></div><ul>{ROWS}</ul>', column=column, title="政策解读", crumb=crumb)
        f = facts(html)
        assert (f.kind, len(f.list_items), f.related_slot) == ("column", 3, "none")
        assert reason(html) is None


def document(box: str) -> str:
    return ('<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="某区停车管理办法">'
            '<meta name="PubDate" content="2026-05-06 09:00"><title>某区停车管理办法_某区人民政府</title></head><body>'
            '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col9/index.html">政策文件</a></div>'
            '<div class="article"><h1>某区停车管理办法</h1><div class="info">发布时间：2026-05-06</div>'
            '<div class="TRS_Editor"><p>' + "第一条 为规范停车管理，根据有关法律法规，结合本区实际，制定本办法。" * 5 + "</p></div></div>"
            f"{box}{ANALYTICS}</body></html>")


@pytest.mark.parametrize("box", [
    '<div class="side"><h3>相关解读</h3><ul class="x"></ul></div>',
    '<div class="xgjd"><div class="hd">相关解读</div><div class="bd"></div></div>',
    '<div class="bottom-box"><div class="tit"><span>政策解读</span></div><ul></ul></div>',
    '<div class="r-box"><dt>相关解读</dt><dd></dd></div>',
])
def test_document_with_an_empty_related_box_is_unobserved(box: str):
    html = document(box)
    assert facts(html, "http://www.site.test/art/2026/5/6/art_9_1.html").related_slot == "script_unobserved"
    assert reason(html, "document") == "related_box_empty"


def test_document_with_a_linked_related_box():
    html = document('<div class="side"><h3>政策解读</h3><ul><li><a href="/art/2026/5/7/art_10_2.html">《某区停车管理办法》政策解读</a></li></ul></div>')
    f = facts(html, "http://www.site.test/art/2026/5/6/art_9_1.html")
    assert (f.kind, f.related_slot, f.related_links) == ("document", "static", ["http://www.site.test/art/2026/5/7/art_10_2.html"])
    assert reason(html, "document") is None


INTERP = "http://www.site.test/art/2026/5/7/art_10_2.html"


@pytest.mark.parametrize("box", [
    # a title bar classed like its box (Hanweb xgjd / xgjd-tit)
    f'<div class="xgjd"><div class="xgjd-tit">相关解读</div><ul><li><a href="{INTERP}">《某区停车管理办法》政策解读</a></li></ul></div>',
    # an inline label in the block's own text
    f'<p class="jd">【相关解读】<a href="{INTERP}">【政策解读】某区停车管理办法</a></p>',
    # a label element with a colon
    f'<div class="fj"><span>相关解读：</span><a href="{INTERP}">《某区停车管理办法》政策解读</a></div>',
])
def test_related_interpretation_box_markups(box: str):
    f = facts(document(box), "http://www.site.test/art/2026/5/6/art_9_1.html")
    assert (f.related_slot, f.related_links) == ("static", [INTERP])
    assert INTERP not in [link.url for link in f.body_links]


def test_original_document_named_in_an_interpretation_body_is_a_body_link():
    original = "http://www.site.test/art/2026/5/6/art_9_1.html"
    body = f'<p><span>相关文件：</span><a href="{original}">某区人民政府关于印发《某区停车管理办法》的通知</a></p>'
    html = document("").replace("</p></div></div>", f"</p>{body}</div></div>")
    f = facts(html, INTERP)
    assert f.related_slot == "none" and original in [link.url for link in f.body_links]


def test_related_tabs_head_the_box_around_them():
    tabs = ('<div class="wz-bottom"><ul class="tab-hd"><li class="on">相关解读</li><li>相关文件</li></ul>'
            '<div class="tab-bd"><ul><li><a href="/art/2026/5/7/art_10_2.html">《某区停车管理办法》政策解读</a></li></ul></div></div>')
    f = facts(document(tabs), "http://www.site.test/art/2026/5/6/art_9_1.html")
    assert (f.related_slot, f.related_links) == ("static", ["http://www.site.test/art/2026/5/7/art_10_2.html"])
    assert reason(document(tabs), "document") is None
    empty = document(tabs.replace('<li><a href="/art/2026/5/7/art_10_2.html">《某区停车管理办法》政策解读</a></li>', ""))
    f = facts(empty, "http://www.site.test/art/2026/5/6/art_9_1.html")
    assert (f.related_slot, f.related_links) == ("script_unobserved", [])
    assert reason(empty, "document") == "related_box_empty"


def test_related_tabs_of_spans_head_the_box_around_their_strip():
    """gkmlpt's relation box (`<div class="xgjd" ng-controller="relationCtrl"><div class="xgjd-tab"><span class="on">
    相关解读</span><span ng-click="tab=2" class="ng-hide">相关文件</span></div><ul><li ng-repeat="x in relations">…`)
    with its classes meaningless and its labels reworded (关联解读): the tabs are spans of a strip with no link, and the
    解读 row under the strip is the box's (under the seed-35 mutations three documents were read as not linking their
    解读: the box was the strip alone)."""
    tabs = ('<div class="q1"><div class="q2"><span class="q3">关联解读</span><span ng-click="tab=2" class="q4">关联文件</span>'
            '</div><ul><li class="q5"><div class="title"><a href="/art/2026/5/7/art_10_2.html">《某区停车管理办法》政策解读</a>'
            '</div><div class="time">2026.07.20</div></li></ul></div>')
    f = facts(document(tabs), "http://www.site.test/art/2026/5/6/art_9_1.html")
    assert (f.related_slot, f.related_links) == ("static", ["http://www.site.test/art/2026/5/7/art_10_2.html"])
    # a strip of links is a menu, not tabs: it heads nothing around it
    menu = tabs.replace('<span class="q3">关联解读</span>', '<a class="q3" href="/col/col9/index.html">关联解读</a>')
    assert facts(document(menu), "http://www.site.test/art/2026/5/6/art_9_1.html").related_links == []


@pytest.mark.parametrize("meta", ['<meta name="ColumnName" content="政策解读">', ""])
def test_interpretation_document_in_the_interpretation_column_has_no_related_box(meta: str):
    left = ('<div class="lm"><ul><li><a href="/col/col9/index.html">政策文件</a></li><li class="on">政策解读</li>'
            '<li><a href="/col/col11/index.html">新闻发布会</a></li></ul></div>')
    html = document(left).replace('<meta name="PubDate"', f'{meta}<meta name="PubDate"').replace(
        '<a href="/col/col9/index.html">政策文件</a></div>', '<a href="/col/col9/index.html">政务公开</a> &gt; <span>政策解读</span></div>')
    f = facts(html, "http://www.site.test/art/2026/5/7/art_10_2.html")
    assert (f.kind, f.related_slot, f.related_links) == ("document", "none", [])
    assert reason(html, "document") is None


def test_menu_item_named_like_a_related_heading_is_no_box():
    nav = '<ul class="tab-hd"><li class="on">通知公告</li><li>政策解读</li></ul>'
    f = facts(hanweb(f'{nav}<ul class="list">{ROWS}</ul>', column="通知公告", title="通知公告"))
    assert (len(f.list_items), f.related_slot) == (3, "none")


# --- picture, table and year-grouped lists (item 3) ----------------------------------------

def _items(main: str) -> list[tuple[str, str, str | None]]:
    f = facts(hanweb(main, column="图片新闻", title="图片新闻"))
    assert (f.kind, f.list_state) == ("column", "listed")
    return [(i.title, i.url.rsplit("/", 1)[-1], i.date) for i in f.list_items]


PIC = [(T1, "a1.html", "2026-05-06"), (T2, "a2.html", "2026-04-30"), (T3, "a3.html", "2026-04-02")]


@pytest.mark.parametrize("row", [
    # thumbnail link then the title link in one li
    '<li><a href="{u}" class="pic"><img src="/img/{u}.jpg" alt="{t}"></a><a href="{u}">{t}</a><span>{d}</span></li>',
    # thumbnail and text in separate divs of one item
    '<li><div class="img"><a href="{u}"><img src="/i.jpg"></a></div><div class="txt"><h3><a href="{u}">{t}</a></h3><p>{d}</p></div></li>',
    # div items (no li): the title link's block carries the date
    '<div class="pic-item"><div class="pic-img"><a href="{u}"><img src="/i.jpg" alt=""></a></div><div class="pic-txt"><a href="{u}">{t}</a><em>{d}</em></div></div>',
    # image-only rows: the title is the image's alt
    '<li><a href="{u}"><img src="/i.jpg" alt="{t}"></a><span class="date">{d}</span></li>',
    # the thumbnail link carries the title attribute, the text link is a 详情 button
    '<li><a href="{u}" title="{t}"><img src="/i.jpg"></a><p>{d}</p><a href="{u}">详情</a></li>',
    # the thumbnail's alt is the title, the only text link is a 查看详情 button
    '<li><a href="{u}"><img src="/i.jpg" alt="{t}"></a><p>{d}</p><a href="{u}">查看详情</a></li>',
])
def test_picture_list_rows(row: str):
    rows = "".join(row.format(u=u, t=t, d=d) for t, u, d in PIC)
    wrapper = '<div class="pic-list">{}</div>' if row.startswith("<div") else '<ul class="pic-list">{}</ul>'
    assert _items(wrapper.format(rows)) == PIC


def test_year_rows_inside_one_table():
    html = ('<table class="list"><tr><td colspan="2">2026年</td></tr>'
            f'<tr><td><a href="a1.html">{T1}</a></td><td>[05-06]</td></tr><tr><td><a href="a2.html">{T2}</a></td><td>[04-30]</td></tr>'
            f'<tr><td colspan="2">2025年度</td></tr><tr><td><a href="a3.html">{T3}</a></td><td>[12-31]</td></tr></table>')
    assert _items(html) == [(T1, "a1.html", "2026-05-06"), (T2, "a2.html", "2026-04-30"), (T3, "a3.html", "2025-12-31")]


def test_thumbnail_linking_to_the_picture_file_is_no_item():
    rows = "".join(f'<div class="item"><div class="pic"><a href="/upload/{u}.jpg"><img src="/upload/{u}.jpg" alt="{t}"></a></div>'
                   f'<div class="txt"><a href="{u}">{t}</a><span>{d}</span></div></div>' for t, u, d in PIC)
    assert _items(f'<div class="pic-list">{rows}</div>') == PIC


def test_table_rows_with_document_numbers():
    rows = "".join(f'<tr><td class="t"><a href="{u}" target="_blank">{t}</a></td><td>某府〔2026〕{n}号</td><td>{d}</td></tr>'
                   for n, (t, u, d) in enumerate(PIC, 1))
    html = f'<table class="gk_list"><tr><th>标题</th><th>文号</th><th>发布日期</th></tr>{rows}</table>'
    assert _items(html) == PIC


def test_year_grouped_table_rows():
    html = ('<div class="nb-list"><h4>2026年</h4><table>'
            f'<tr><td><a href="a1.html">{T1}</a></td><td>05-06</td></tr><tr><td><a href="a2.html">{T2}</a></td><td>04-30</td></tr></table>'
            f'<h4>2025年</h4><table><tr><td><a href="a3.html">{T3}</a></td><td>12-31</td></tr></table></div>')
    assert _items(html) == [(T1, "a1.html", "2026-05-06"), (T2, "a2.html", "2026-04-30"), (T3, "a3.html", "2025-12-31")]


# --- statistics column pages (item 11) -----------------------------------------------------

@pytest.mark.parametrize(("panel", "expected"), [
    ('<div class="data-box"><div class="num">12,345</div><div>累计办件</div><div class="num">98.6%</div><div>按时办结率</div>'
     '<div class="num">321</div><div>本月受理</div></div><p class="update">数据更新日期：2026-05-06</p>', "2026-05-06"),
    ('<ul class="tj"><li><b>1024</b>件 依申请公开</li><li><b>56</b>件 答复</li><li><b>3</b>件 行政复议</li></ul>'
     '<span>更新时间：2026年4月30日</span>', "2026-04-30"),
    ('<table class="data"><tr><td>总量</td><td>4,521</td></tr><tr><td>本年</td><td>712</td></tr><tr><td>本月</td><td>66</td></tr></table>'
     '<div>数据截至2026年3月31日</div>', "2026-03-31"),
])
def test_statistics_column_with_update_date(panel: str, expected: str):
    f = facts(hanweb(panel, column="数据发布", title="数据发布"))
    assert (f.kind, f.list_state, f.update_date, f.pub_date) == ("column", "listed", expected, None)
    assert [(i.url, i.date) for i in f.list_items] == [(URL, expected)]


def test_statistics_page_with_explanatory_text_is_a_column_not_a_document():
    text = "本栏目按月发布全区政务服务办件统计数据，数据来源于区政务服务网上办事大厅，包括受理、办结、好评等情况。" * 3
    panel = (f'<div class="content"><p>{text}</p><table class="data"><tr><td>受理</td><td>1,204</td></tr>'
             '<tr><td>办结</td><td>1,187</td></tr><tr><td>好评率</td><td>99.2%</td></tr></table>'
             '<p>数据更新时间：2026-05-06</p></div>')
    f = facts(hanweb(panel, column=None, crumb=False, title="办件统计"))
    assert (f.kind, f.update_date, [i.date for i in f.list_items]) == ("column", "2026-05-06", ["2026-05-06"])


def test_article_with_figures_and_an_update_line_stays_a_document():
    text = "2026年1-4月，全区实现地区生产总值312.5亿元，同比增长6.1%；规模以上工业增加值增长7.3%，固定资产投资增长5.2%。" * 3
    body = (f'<h1>2026年1-4月全区经济运行情况</h1><div class="info">发布时间：2026-05-10</div>'
            f'<div class="content"><p>{text}</p><p>更新时间：2026-05-12</p></div>')
    f = facts(hanweb(body, column=None, crumb=False, title="2026年1-4月全区经济运行情况"),
              "http://www.site.test/art/2026/5/10/art_1229_88.html")
    assert (f.kind, f.update_date, f.pub_date) == ("document", None, "2026-05-10")


# --- render reasons as codes (item 14) ---------------------------------------------------

@pytest.mark.parametrize(("note", "code"), [
    ("declared_more", "declared_more"),
    ("link_template; Page.goto: Timeout 1ms exceeded.", "link_template"),
    ("list declares 40 items, shows 2", "declared_more"),
    ("repeat template of links (Avalon/Vue/Angular); Chromium was not found", "link_template"),
    ("empty related-document slots (em id=rel_...)", "related_slot_empty"),
    ("list page without static items, filled by its scripts", "script_list"),
    ("empty list container filled by script", "empty_container"),
    ("document.write pager", "js_pager"),
    ("empty related-interpretation box", "related_box_empty"),
    ("--render always", None),
    (None, None),
])
def test_render_note_codes_old_and_new(note: str | None, code: str | None):
    assert reason_code(note) == code


def test_a_title_bar_classed_like_its_box_does_not_hide_the_boxs_none_marker():
    # AngularJS-rendered document (nfra style): the box's title bar is <div class="xgjd-tab">,
    # the box itself says 暂无相关解读 in an ng-show item: the slot was filled, with nothing.
    html = ("<html><head><meta name='ArticleTitle' content='某区关于某事的通知'></head><body>"
            "<div class='article'><h1>某区关于某事的通知</h1>发布时间：2026-08-01<div class='content'>正文内容。</div></div>"
            "<div class='xgjd'><div class='xgjd-tab'><span>相关解读</span></div>"
            "<ul><li ng-show='items.length==0'>暂无相关解读</li></ul></div>"
            "<script src='/js/angular.min.js'></script></body></html>")
    facts = extract_page(html, "http://site.test/zwgk/zcwj/202608/t20260801_1.html")
    assert facts.kind == "document" and facts.related_slot == "static" and facts.related_links == []


def test_rows_as_dd_items_of_one_dl_keep_their_own_dates():
    rows = "".join(f"<dd><a href='/content/detail/{n}.html'>某县关于第{n}项工作的通知</a><span>2026-05-{28 - n:02d}</span></dd>"
                   for n in range(6))
    html = ("<html><head><meta name='ColumnName' content='规范性文件'></head><body>"
            f"<div class='list'><dl>{rows}</dl></div><div class='foot'>2025-11-20 更新</div></body></html>")
    facts = extract_page(html, "http://site.test/public/column/6601?type=4&catId=101&action=list")
    assert [(i.url.rsplit('/', 1)[-1], i.date) for i in facts.list_items] == [(f"{n}.html", f"2026-05-{28 - n:02d}") for n in range(6)]
    # a dt/dd pair per item stays one row: the title in <dt>, the date in <dd>
    pairs = "".join(f"<dl><dt><a href='/a/{n}.html'>某县第{n}次常务会议纪要</a></dt><dd>2026-04-0{n + 1}</dd></dl>" for n in range(3))
    facts = extract_page(f"<html><body><div class='list'>{pairs}</div></body></html>", "http://site.test/hyjy/")
    assert [i.date for i in facts.list_items] == ["2026-04-01", "2026-04-02", "2026-04-03"]


@pytest.mark.parametrize("pager", ["<div class='pagination'><span class='total'>共0条</span></div>", "<ul class='list'></ul>"])
def test_an_explanatory_note_beside_an_empty_list_answers_the_column(pager: str):
    html = ("<html><head><meta name='ColumnName' content='意见征集'></head><body><div class='crumb'>当前位置：首页 > 意见征集</div>"
            "<div class='list-box'><div class='qksm'><h4>情况说明</h4><p>2026年以来，本区暂无需要向社会公开征求意见的规范性文件。"
            "如有相关事项，将在本栏目及时发布。</p><p class='sign'>某区人民政府办公室　2026-07-01</p></div></div>"
            f"{pager}</body></html>")
    facts = extract_page(html, "http://site.test/hdjl/yjzj/index.html")
    assert (facts.kind, facts.list_state, facts.single_article) == ("column", "listed", True)
    # the same page without the note is an empty column
    bare = html.replace(html[html.index("<div class='qksm'>"):html.index("</div></div>") + 6], "")
    assert extract_page(bare, "http://site.test/hdjl/yjzj/index.html").list_state == "empty"


def _leaf(main: str) -> str:
    on = " class='on'"
    menu = "".join(f"<li{on if n == '行政许可' else ''}><a href='/xxgk/{c}/'>{n}</a></li>"
                   for c, n in (("xzxk", "行政许可"), ("xzcf", "行政处罚"), ("sf", "行政事业性收费")))
    return ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'>"
            "<meta name='ColumnName' content='行政许可'><title>行政许可_某县教育局</title></head><body>"
            "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/xxgk/xzxk/'>行政许可</a></div>"
            f"<div class='main'><div class='left'><ul>{menu}</ul></div><div class='right-list'><h2>行政许可</h2>{main}</div></div>"
            "</body></html>")


@pytest.mark.parametrize("marker", ["该栏目暂无内容", "本栏目暂无信息。", "此栏目暂无相关信息"])
def test_a_column_with_only_its_name_and_a_marker_is_empty(marker: str):
    facts = extract_page(_leaf(f"<div class='empty'>{marker}</div>"), "http://site.test/xxgk/xzxk/index.html")
    assert (facts.kind, facts.list_state) == ("column", "empty")


def test_a_dated_note_at_a_columns_url_answers_the_column():
    note = "<p>情况说明：本局无行政许可事项，本栏目不发布行政许可信息。（2026年1月5日）</p>"
    facts = extract_page(_leaf(note), "http://site.test/xxgk/xzxk/index.html")
    assert (facts.kind, facts.list_state, facts.single_article) == ("column", "listed", True)


# The main area of a JEECMS list page (rendered yctravel.gov.cn 旅游快报): the trail sits beside
# the list in div.nr-main, the side menu holds the column alone (its section has one column).
JEECMS_EMPTY = """<html><head><meta charset="utf-8"><title>征集调查 - 青峰区人民政府</title>
<meta name="ColumnName" content="征集调查"></head><body>
<div class="wrapper nr-nav-bg"><div class="layout nr-nav-area"><ul><li class=""><a href="/">首页</a></li>
<li class=""><a href="/xwzx/index.jhtml">新闻中心</a></li><li class="on"><a href="/hdjl/zjdc/index.jhtml">互动交流</a></li></ul></div></div>
<div class="layout main-content"><div class="side-nav fl"><h2>互动交流</h2><ul>
<li class="on"><a href="/hdjl/zjdc/index.jhtml">征集调查</a></li></ul></div>
<div class="nr-main fr"><div class="dqwz"><em>您当前的位置：</em><a href="/">首页</a> &gt; <a href="/hdjl/zjdc/index.jhtml">互动交流</a>
 &gt; <a href="/hdjl/zjdc/index.jhtml">征集调查</a></div>
<ul class="news-list">{rows}</ul></div></div>
<div class="wrapper footer"><p>主办单位：青峰区人民政府办公室 网站标识码:3609020005</p></div></body></html>"""


def test_an_empty_list_beside_its_trail_is_an_empty_column():
    facts = extract_page(JEECMS_EMPTY.format(rows=""), "http://www.qingfeng.gov.cn/hdjl/zjdc/index.jhtml")
    assert (facts.kind, facts.list_state) == ("column", "empty")


def test_an_empty_list_beside_child_column_links_is_still_a_hub():
    children = ('<p><a href="/hdjl/zjdc/wsdc/index.jhtml">网上调查</a> <a href="/hdjl/zjdc/yjzj/index.jhtml">意见征集</a></p>'
                '<ul class="news-list"></ul>')
    facts = extract_page(JEECMS_EMPTY.format(rows="").replace('<ul class="news-list"></ul>', children),
                         "http://www.qingfeng.gov.cn/hdjl/zjdc/index.jhtml")
    assert facts.list_state != "empty"


# DedeCMS 5.7's list template (dedecms/DedeCMS templets/default/list_article.htm) and its pagelist
# (include/arc.listview.class.php GetPageListST): a list's only count is the pageinfo 共 N页M条.
DEDE_URL = "http://www.site.test/a/xxgk/czzj/"


def dede(rows: str, pageinfo: str, pages: str = "") -> str:
    side = "".join(f"<li><a href='/a/xxgk/{d}/'>{n}</a></li>" for d, n in (("gfxwj", "规范性文件"), ("zcjd", "政策解读"), ("rsxx", "人事信息")))
    return ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312' />"
            "<title>财政资金_某镇人民政府</title><meta name='ColumnName' content='财政资金' /></head><body>"
            "<div class='header'><ul><li><a href='/'>网站首页</a></li><li><a href='/a/xxgk/'>政务公开</a></li></ul></div>"
            "<div class='w960 center clear mt1'><div class='pleft'><div class='place'> <strong>当前位置:</strong> "
            "<a href='/'>主页</a> > <a href='/a/xxgk/'>政务公开</a> > <a href='/a/xxgk/czzj/'>财政资金</a> > </div>"
            f"<div class='listbox'><ul class='e2'>{rows}</ul></div><div class='dede_pages'><ul class='pagelist'>"
            f"{pages}<li><span class=\"pageinfo\">{pageinfo}</span></li></ul></div></div>"
            f"<div class='pright'><dl class='tbox'><dt><strong>政务公开</strong></dt><dd><ul class='d6'>{side}"
            "<li><a href='/a/xxgk/czzj/' class='thisclass'>财政资金</a></li></ul></dd></dl></div></div>"
            "<div class='footer'>主办单位：某镇人民政府 网站标识码：1311250016</div></body></html>")


@pytest.mark.parametrize("pageinfo", ["共 <strong>0</strong>页<strong>0</strong>条记录", "共 0 页/0 条记录"])
def test_a_dedecms_list_counting_zero_records_is_an_empty_column(pageinfo: str):
    """GetPageListST writes 共 <strong>0</strong>页<strong>0</strong>条记录 for an empty list
    (GetPageListDM 共 0 页/0 条记录): the list's own word that it holds nothing."""
    f = facts(dede("", pageinfo), DEDE_URL)
    assert (f.kind, f.list_state, f.list_items, f.column_name) == ("column", "empty", [], "财政资金")


def test_a_picture_list_without_dates_under_a_counting_pager_lists_its_rows():
    """DedeCMS picture rows (a thumbnail and a title, no date) under 共 2页13条: the list's
    items, undated, not a list 'loaded by script'; a side menu's short names are no rows."""
    rows = "".join(f"<li><a href='/a/xwzx/tpxw/2026/10{d:02d}/{d}.html' class='preview'><img src='/uploads/{d}.jpg' alt='某镇举办第{d}届农民丰收节活动'/></a>"
                   f"<p><a href=\"/a/xwzx/tpxw/2026/10{d:02d}/{d}.html\" class=\"title\">某镇举办第{d}届农民丰收节活动</a></p></li>"
                   for d in (18, 14, 10, 6))
    pages = "<li>首页</li><li class=\"thisclass\">1</li><li><a href='list_6_2.html'>2</a></li><li><a href='list_6_2.html'>下一页</a></li>"
    f = facts(dede(rows, "共 <strong>2</strong>页<strong>13</strong>条", pages), DEDE_URL)
    assert (f.kind, f.list_state) == ("column", "listed")
    assert [(i.url.rsplit("/", 1)[1], i.date) for i in f.list_items] == [("18.html", None), ("14.html", None), ("10.html", None), ("6.html", None)]
