"""A trail that neither a class nor a label names: a 首页 link with a pointing separator after it.

PHPCMS v9's default templates write `<div class="crumbs"><a href="{siteurl($siteid)}">首页</a><span> >
</span>{catpos($catid)} 列表</div>`, and `catpos()` (phpcms/modules/content/functions/global.func.php,
kept in public repositories) writes `<a href="…">栏目</a> > ` for each level: no 当前位置 label. With
class names nobody here knows (accuracy --mutate classes,metas) the trail went unread, nothing named
the page as a column, and phpcms's empty 行政许可 (a table with its header only) and 行政强制 (nothing
under the heading) were never judged (empty-columns recall 0.33)."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

_MENU = ('<div class="x1"><ul><li><a href="/">首页</a></li><li><a href="/list-1-1.html">新闻中心</a></li>'
         '<li><a href="/index.php?m=content&c=index&a=lists&catid=30">信息公开</a></li></ul></div>')


def _page(crumbs: str, inner: str = "") -> str:
    return ('<html><head><title>行政许可 - 云溪县人民政府</title></head><body>' + _MENU + crumbs
            + '<div class="x3"><h5 class="x4">行政许可</h5>' + inner + '</div>'
            '<div class="x5"><p>网站标识码：4312250001</p></div></body></html>')


_CRUMBS = ('<div class="x2"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&c=index&a=lists&catid=30">'
           '信息公开</a> &gt; <a href="/index.php?m=content&c=index&a=lists&catid=38">行政许可</a> &gt;  列表</div>')
_TABLE = ('<table class="x6" width="100%"><thead><tr><th width="60%">名称</th><th>发文字号</th><th>发布日期</th></tr></thead>'
          '<tbody></tbody></table>')
URL = "http://s/index.php?m=content&c=index&a=lists&catid=38"


def test_a_trail_opened_by_a_home_link_and_an_arrow_is_read() -> None:
    facts = extract_page(_page(_CRUMBS, _TABLE), URL)
    assert [name for name, _ in facts.breadcrumb] == ["首页", "信息公开", "行政许可"]
    assert facts.column_name == "行政许可"


def test_a_top_level_column_trail_of_two_links_is_read() -> None:
    crumbs = '<div class="x2"><a href="/">首页</a><span> &gt; </span><a href="/list-5-1.html">通知公告</a> &gt;  正文</div>'
    assert [name for name, _ in extract_page(_page(crumbs), URL).breadcrumb] == ["首页", "通知公告"]


def test_a_menu_whose_items_a_bar_separates_is_no_trail() -> None:
    crumbs = ('<div class="x2"><a href="/">首页</a> | <a href="/index.php?m=content&c=index&a=lists&catid=30">信息公开</a> | '
              '<a href="/list-1-1.html">新闻中心</a></div>')
    assert extract_page(_page(crumbs, _TABLE), URL).breadcrumb == []
