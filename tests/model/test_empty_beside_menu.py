"""A column page whose list area shows nothing at all (no container, no 暂无 marker), beside a
menu of its sibling columns with its own item highlighted, is an empty column; a navigation
hub whose menu lists its children, or whose highlighted item is another page, stays a hub
(the dept sample site's open miss, as a general pattern)."""

from __future__ import annotations

import pytest

from govaudit.model.extract.page import extract_page

_SIBLINGS = (("xzxk", "行政许可"), ("xzcf", "行政处罚"), ("xzqz", "行政强制"), ("sf", "行政事业性收费"))
_ON, _CUR, _HOVER = ' class="on"', ' class="cur"', ' class="hover"'
_TOP = (("/", "首页"), ("/jyxw/", "教育新闻"), ("/xxgk/", "信息公开"), ("/hdjl/", "互动交流"))


def _page(title: str, body: str, column: str | None = None, script: str = "") -> str:
    meta = f'<meta name="ColumnName" content="{column}">' if column else ""
    return (f"<html><head><meta charset='utf-8'><title>{title}-青山县教育局</title>{meta}{script}</head><body>"
            f"<div class='top'><img src='/logo.png' alt='青山县教育局'></div>{body}"
            "<div class='footer'><p>主办单位：青山县教育局 网站标识码：3311270012</p></div></body></html>")


def _top(current: str = "") -> str:
    return "<div class='nav'><ul>" + "".join(
        f"<li{_ON if name == current else ''}><a href='{href}'>{name}</a></li>" for href, name in _TOP) + "</ul></div>"


def _menu(current: str, cls: str = "li-on") -> str:
    items = []
    for d, name in _SIBLINGS:
        on = name == current
        if cls == "li-on":
            items.append(f"<li{_ON if on else ''}><a href='/xxgk/{d}/index.html'>{name}</a></li>")
        else:
            items.append(f"<li><a href='/xxgk/{d}/index.html'{_CUR if on else ''}>{name}</a></li>")
    return "<div class='left'><ul class='menu'>" + "".join(items) + "</ul></div>"


def _crumb(name: str, href: str = "/xxgk/xzcf/index.html") -> str:
    return (f"<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/xxgk/'>信息公开</a> &gt; "
            f"<a href='{href}'>{name}</a></div>")


URL = "http://s/xxgk/xzcf/index.html"


@pytest.mark.parametrize("html, state", [
    # ColumnName meta, <li class="on">, the list area holds only the column's heading
    (_page("行政处罚", _top() + _crumb("行政处罚") + "<div class='main'>" + _menu("行政处罚")
           + "<div class='right-list'><h2>行政处罚</h2></div></div>", "行政处罚"), "empty"),
    # no meta: the breadcrumb leaf names it, <a class="cur"> highlights it, no heading at all
    (_page("行政处罚", _top("信息公开") + _crumb("行政处罚") + "<div class='main'>" + _menu("行政处罚", "a-cur")
           + "<div class='con'></div></div>"), "empty"),
    # the scripts load data: the list may be filled by them, not observed
    (_page("行政处罚", _top() + _crumb("行政处罚") + "<div class='main'>" + _menu("行政处罚") + "<div class='con'></div></div>",
           "行政处罚", "<script>$.ajax({url:'/api/list?col=xzcf'})</script>"), "not_observed"),
])
def test_a_column_showing_nothing_beside_its_highlighted_sibling_menu_is_empty(html, state):
    facts = extract_page(html, URL)
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", state, [])


@pytest.mark.parametrize("heading", ["", "<h3>政府信息公开</h3>"])  # the menu block's own heading is no content
def test_a_query_addressed_column_beside_its_sibling_menu_is_empty(heading):
    menu = f"<div class='gk-left'>{heading}<ul class='gk-menu'>" + "".join(
        f"<li><a href='/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={c}'{_HOVER if c == 37 else ''}>{n}</a></li>"
        for c, n in ((36, "财政预决算"), (37, "行政处罚"), (38, "行政许可"))) + "</ul></div>"
    html = _page("行政处罚", "<div class='crumbs'><a href='/'>首页</a> &gt; <a href='/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=37'>"
                 "行政处罚</a> &gt; 列表</div><div class='main'>" + menu + "<div class='col-auto'><h5>行政处罚</h5></div></div>", "行政处罚")
    facts = extract_page(html, "http://s/index.php?m=content&c=index&a=lists&catid=37")
    assert (facts.kind, facts.list_state) == ("column", "empty")


@pytest.mark.parametrize("url, html", [
    # the 信息公开 hub: its top-nav item is highlighted, its menu lists its children below /xxgk/
    ("http://s/xxgk/", _page("信息公开", _top("信息公开") + "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; "
                             "<a href='/xxgk/'>信息公开</a></div><div class='main'>" + _menu("")
                             + "<div class='right'></div></div>", "信息公开")),
    # a channel page whose highlighted item names it but links to its first child column
    (URL, _page("行政处罚", _crumb("行政处罚") + "<div class='main'><ul class='menu'><li class='on'>"
                "<a href='/xxgk/xzcf/cfjd/index.html'>行政处罚</a></li><li><a href='/xxgk/xzxk/index.html'>行政许可</a></li>"
                "<li><a href='/xxgk/sf/index.html'>行政事业性收费</a></li></ul><div class='right'></div></div>", "行政处罚")),
    # the highlighted item is the parent channel, not the page
    (URL, _page("行政处罚", _top("信息公开") + _crumb("行政处罚") + "<div class='main'>" + _menu("") + "<div class='right'></div></div>",
                "行政处罚")),
    # a highlighted item with one sibling only is a tab pair, not a menu of columns
    (URL, _page("行政处罚", _crumb("行政处罚") + "<div class='main'><ul class='menu'><li class='on'><a href='/xxgk/xzcf/index.html'>"
                "行政处罚</a></li><li><a href='/xxgk/xzxk/index.html'>行政许可</a></li></ul><div class='right'></div></div>", "行政处罚")),
    # a VSB 政务公开 hub (`/zwgk.htm`, highlighted in the top nav): its main area links its child
    # columns by their short names, under a 法定主动公开内容 heading; no list container, no marker
    ("http://s/zwgk.htm", _page("政务公开", _top("信息公开").replace("信息公开", "政务公开").replace("/xxgk/", "/zwgk.htm")
                                + "<div class='subpage'>"
                                "<ul class='breadcrumb'>当前位置：<a href='index.htm'>网站首页</a>&gt;政务公开</ul>"
                                "<div class='gk_home'><ul class='gk_top'><li><a href='zwgk/zfxxgkzn.htm'>政府信息公开指南</a></li>"
                                "<li><a href='zwgk/ysqgk.htm'>依申请公开</a></li></ul><h3>法定主动公开内容</h3><ul class='gk_cats'>"
                                + "".join(f"<li><a href='zwgk/{d}.htm'>{n}</a></li>" for d, n in _SIBLINGS) + "</ul></div></div>",
                                "政务公开")),
])
def test_navigation_hubs_stay_hubs(url, html):
    facts = extract_page(html, url)
    assert facts.list_state != "empty" and facts.kind != "column"
