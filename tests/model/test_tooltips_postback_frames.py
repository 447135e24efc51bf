"""Three markup patterns of old IIS portals (ASP/ASP.NET, the PowerEasy lineage and home-grown
WebForms platforms), read off single pages:

- row links whose title attribute is a tooltip of labelled lines (SiteWeaver `文章标题：…&#13;&#10;
  更新时间：2026-9-3 10:21:23`, SiteFactory `标题：…&#xD;发表时间：2026年09月03日`) while the row shows
  only `09-03`: the year is in the tooltip, the title is its 标题 line (the link text is cut short);
- WebForms pagers reached only by a postback (`__doPostBack('…GridView1','Page$2')`, AspNetPager's
  `__doPostBack('AspNetPager1','3')`): the pages they state are counted, never fetched;
- a column page whose list is the page framed in it (`<iframe src="list.aspx?cid=21">`): not an
  empty column, but one whose list is seen on the framed page."""

from __future__ import annotations

import pytest

from govaudit.crawl.pagination import postback_pages
from govaudit.model.extract.listing import tooltip
from govaudit.model.extract.page import extract_page

URL = "http://site.test/Article/ShowClass.asp?ClassID=2"
MENU = ('<div class="left_menu"><ul><li class="on"><a href="{own}">{name}</a></li><li><a href="/a/1.aspx">工作动态</a></li>'
        '<li><a href="/a/2.aspx">通知公告</a></li><li><a href="/a/3.aspx">政策文件</a></li></ul></div>')


def _page(name: str, body: str, own: str = URL) -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{name}_某县人民政府</title>'
            f'<meta name="ColumnName" content="{name}"></head><body><div class="header"><a href="/">首页</a></div>'
            f'{MENU.format(own=own, name=name)}<div class="main"><div class="position">当前位置：<a href="/">首页</a> &gt; {name}</div>'
            f'{body}</div><div class="footer">主办：某县人民政府办公室</div></body></html>')


def _sw_row(n: int, title: str, tip_date: str, shown: str, cut: int = 14) -> str:
    """A SiteWeaver 2006 row: the tooltip holds the full title and the time, the row MM-DD."""
    return (f'<tr><td class="listbg"><a class="listA" title="文章标题：{title}&#13;&#10;作&nbsp;&nbsp;&nbsp;&nbsp;者：佚名'
            f'&#13;&#10;更新时间：{tip_date}" href="ShowArticle.asp?ArticleID={n}" target="_blank">{title[:cut]}</a></td>'
            f'<td class="listbg" align="right" width="40"><font color="red">{shown}</font></td></tr>')


def _sf_row(n: int, title: str, shown: str, tip_date: str) -> str:
    """A SiteFactory row: the date span shows MM-DD, the tooltip 发表时间 the full date."""
    return (f'<li><span class="date">{shown}</span><a href="/Item/{n}.aspx" target="_self" '
            f'title="标题：{title}&#xD;点击数：57&#xD;发表时间：{tip_date}">{title}</a></li>')


@pytest.mark.parametrize(("attr", "expected"), [
    ("文章标题：关于做好秋季防火工作的通知\r\n作    者：县林业局\r\n更新时间：2026-9-3 10:21:23",
     ("关于做好秋季防火工作的通知", "2026-09-03")),
    ("标题：县教育局召开工作会议\r点击数：57\r发表时间：2026年09月03日", ("县教育局召开工作会议", "2026-09-03")),
    ("信息标题：某某公示\n发布日期：2026/8/30", ("某某公示", "2026-08-30")),
    ("点击数：12\r\n发布时间：2026-07-01 09:00", (None, "2026-07-01")),  # a date, no title line
    ("关于公布2026年度项目名单的公示", (None, None)),  # a plain title attribute
    ("公示：2026年9月3日起施行的办法", (None, None)),  # a colon, but no tooltip label
])
def test_tooltip_lines(attr, expected):
    title, when = tooltip(attr)
    assert (title, when[0].isoformat() if when else None) == expected


def test_siteweaver_rows_take_the_year_and_the_title_from_the_tooltip():
    rows = [_sw_row(100 + i, f"青峪县召开第{i + 1}次县政府常务会议研究部署重点工作", f"2026-9-{14 - i} 10:2{i}:00", f"09-{14 - i:02d}")
            for i in range(6)]
    facts = extract_page(_page("青峪要闻", f'<table width="100%">{"".join(rows)}</table>'), URL)
    assert facts.kind == "column" and facts.list_state == "listed"
    assert [i.date for i in facts.list_items] == [f"2026-09-{14 - i:02d}" for i in range(6)]
    assert facts.list_items[0].title == "青峪县召开第1次县政府常务会议研究部署重点工作"  # not the cut link text


def test_sitefactory_rows_take_the_year_from_the_tooltip():
    rows = [_sf_row(17768 + i, f"县直部门工作动态第{i + 1}期", f"09-{10 - i:02d}", f"2026年09月{10 - i:02d}日") for i in range(5)]
    facts = extract_page(_page("部门动态", f'<ul class="listStyle1">{"".join(rows)}</ul>'), "http://site.test/Category_12/Index.aspx")
    assert [i.date for i in facts.list_items] == [f"2026-09-{10 - i:02d}" for i in range(5)]
    assert [i.title for i in facts.list_items][:2] == ["县直部门工作动态第1期", "县直部门工作动态第2期"]


def test_a_full_date_the_row_shows_beats_the_tooltip_and_a_disagreeing_one_dates_nothing():
    rows = [_sw_row(1, "第一条信息的完整标题文字", "2026-9-3 10:00:00", "2026-08-01"),  # shown full date wins
            _sw_row(2, "第二条信息的完整标题文字", "2026-9-3 10:00:00", "08-30"),  # disagrees: no date
            _sw_row(3, "第三条信息的完整标题文字", "2026-9-2 10:00:00", "09-02")]
    facts = extract_page(_page("工作动态", f'<table>{"".join(rows)}</table>'), URL)
    assert [i.date for i in facts.list_items] == ["2026-08-01", None, "2026-09-02"]


@pytest.mark.parametrize("marker", ["此栏目下还没有任何文章", "该栏目下暂无信息", "本栏目尚没有任何记录", "没有任何内容！"])
def test_empty_class_texts(marker):
    table = f'<table width="100%"><tr><td class="listbg" colspan="2">{marker}</td></tr></table>'
    facts = extract_page(_page("专题专栏", table), URL)
    assert (facts.kind, facts.list_state) == ("column", "empty")


def test_a_sentence_that_mentions_no_articles_is_no_marker():
    text = '<p class="intro">本栏目介绍全县重点项目的建设进展，目前没有任何文章的项目将在立项后发布。</p>'
    facts = extract_page(_page("专题专栏", text), URL)
    assert facts.list_state != "empty"


GRID = ('<form name="aspnetForm" method="post" action="./GovList.aspx?cid=28" id="aspnetForm">'
        '<input type="hidden" name="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" value="" />'
        '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKLTcxMjA0" />'
        '<table class="gv" id="ctl00_ContentPlaceHolder1_GridView1"><tr><th scope="col">标题</th><th scope="col">发布日期</th></tr>'
        '{rows}<tr><td colspan="2"><table><tr>{pager}</tr></table></td></tr></table></form>')


def _grid(pager: str) -> str:
    rows = "".join(f'<tr><td><a href="Show.aspx?id={i}">某县人民政府{2026 - i}年工作报告</a></td><td>{2026 - i}/3/20 0:00:00</td></tr>'
                   for i in range(1, 4))
    return GRID.format(rows=rows, pager=pager)


@pytest.mark.parametrize(("pager", "pages"), [
    # .NET 4: quotes as &#39;
    ("<td><span>1</span></td><td><a href=\"javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$GridView1&#39;,"
     "&#39;Page$2&#39;)\">2</a></td>", 2),
    # .NET 2/3.5: plain quotes, three pages and a last-page link
    ("<td><span>1</span></td>" + "".join(f"<td><a href=\"javascript:__doPostBack('ctl00$gv','Page${n}')\">{n}</a></td>"
                                         for n in (2, 3)) + "<td><a href=\"javascript:__doPostBack('ctl00$gv','Page$Last')\">尾页</a></td>", 3),
    # AspNetPager in postback mode: the argument is the page number itself
    ("<td><a href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$AspNetPager1','2')\">2</a>"
     "<a href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$AspNetPager1','4')\">尾页</a></td>", 4),
    # only a next-page link
    ("<td><a href=\"javascript:__doPostBack('ctl00$gv','Page$Next')\">下一页</a></td>", 2),
    # a postback that is no pager (a search button) and a plain list
    ("<td><a href=\"javascript:__doPostBack('ctl00$btnSearch','')\">搜索</a></td>", None),
    ("<td></td>", None),
])
def test_postback_pagers_state_their_pages(pager, pages):
    html = _page("政府信息公开年报", _grid(pager), "http://site.test/xxgk/GovList.aspx?cid=28")
    assert postback_pages(html) == pages
    facts = extract_page(html, "http://site.test/xxgk/GovList.aspx?cid=28")
    assert facts.kind == "column" and len(facts.list_items) == 3 and facts.page_count == pages


HOST = "http://site.test/xxgk/Column.aspx?cid=21"


@pytest.mark.parametrize("frame", [
    '<iframe id="listFrame" name="listFrame" src="list.aspx?cid=21" width="100%" height="660" frameborder="0" scrolling="no"></iframe>',
    '<IFRAME SRC="/web/frontOpenContentsRight.action?theID=21" NAME="rightFrame" WIDTH="100%" HEIGHT="510"></IFRAME>',
    '<div class="gk_list_box"><iframe src="/xxgk/list.aspx?cid=21&amp;type=1" frameborder="0"></iframe></div>',
])
def test_a_column_page_framing_its_list_is_not_empty(frame):
    facts = extract_page(_page("规范性文件", f'<div class="gk_title"><span>规范性文件</span></div>{frame}', HOST), HOST)
    assert (facts.kind, facts.list_state) == ("column", "not_observed")
    assert facts.framed is not None and facts.framed.startswith("http://site.test/")


@pytest.mark.parametrize("frame", [
    '',  # nothing at all: the highlighted, empty column stays empty
    '<iframe src="https://map.baidu.com/?q=某县" width="400" height="300"></iframe>',  # another site's map
    '<iframe src="list.aspx?cid=21" style="display:none"></iframe>',  # a hidden frame
])
def test_frames_that_hold_no_list_leave_an_empty_column_empty(frame):
    facts = extract_page(_page("规范性文件", f'<div class="gk_title"><span>规范性文件</span></div>{frame}', HOST), HOST)
    assert (facts.kind, facts.list_state, facts.framed) == ("column", "empty", None)


def test_a_frame_in_the_header_is_not_the_list():
    page = _page("规范性文件", '<div class="gk_title"><span>规范性文件</span></div>', HOST).replace(
        '<div class="header">', '<div class="header"><iframe src="/top_weather.aspx"></iframe>')
    facts = extract_page(page, HOST)
    assert (facts.list_state, facts.framed) == ("empty", None)
