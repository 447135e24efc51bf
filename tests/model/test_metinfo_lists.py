"""米拓 MetInfo list pages (the metinfo sample site's first-contact misses, as general patterns): a list whose
`<ul>` is named after the ajax pager that appends to it (`met-pager-ajax`) is the list, not pager chrome; and the
pseudo-static `list-{metid}.html` is list `metid`'s first page (see test_list_identity for the URL form).

Markup from MetInfo's own templates found with the library tools: the news list
`<ul class="ulstyle met-pager-ajax imagesize" data-scale=…>` (a MetInfo 7 theme's news/list template), its rows
`<p class="info font-weight-300"><span>2018-03-23</span>…` (a rendered MetInfo list page), its pager
`<div class='met_pager'><span class='PreSpan'>上一页</span><a href=… class='Ahover'>1</a><a href=…>2</a>…`."""

from __future__ import annotations

from govaudit.model.extract.markers import marker_flags
from govaudit.model.extract.page import extract_page

_ROWS = "".join(
    f'<li class="border-bottom1"><h4><a href="/news/{300 + i}.html" title="岫岭镇召开安全生产工作会议（{i}）" target="_self">'
    f'岫岭镇召开安全生产工作会议（{i}）</a></h4><p class="info font-weight-300"><span>2026-11-{19 - i:02d}</span><span>党政办</span>'
    '<span><i class="icon wb-eye" aria-hidden="true"></i>0</span></p></li>' for i in range(1, 7))
_PAGE = ('<!DOCTYPE HTML><html><head><meta charset="utf-8" /><title>乡镇动态-岫岭镇人民政府</title></head><body>'
         '<header class="head_nav_met_27_1"><ul class="nav navbar-nav"><li><a href="/">网站首页</a></li></ul></header>'
         '<div class="met-position pattern-show"><ol class="breadcrumb"><li><a href="/" title="网站首页">网站首页</a></li>'
         '<li><a href="/news/list-6.html" title="乡镇动态">乡镇动态</a></li></ol></div>'
         '<main class="met-news animsition"><div class="col-md-9 met-news-body"><div class="met-news-list">'
         f'<ul class="ulstyle met-pager-ajax imagesize">{_ROWS}</ul>'
         "<div class='m-t-20 text-xs-center hidden-sm-down'><div class='met_pager'><span class='PreSpan'>上一页</span>"
         "<a href=/news/list-6.html class='Ahover'>1</a><a href=/news/list-6-2.html>2</a>"
         "<a href=/news/list-6-2.html class='NextA'>下一页</a></div></div></div></div></main>"
         "<footer class='met-foot'><p>主办：岫岭镇人民政府</p></footer></body></html>")


def test_a_list_named_after_its_ajax_pager_is_the_list() -> None:
    facts = extract_page(_PAGE, "http://s/news/list-6.html")
    assert facts.list_state == "listed" and len(facts.list_items) == 6
    assert facts.list_items[0].url == "http://s/news/301.html" and facts.list_items[0].date == "2026-11-18"


def test_pager_target_tokens_are_no_chrome_but_the_pager_still_is() -> None:
    assert marker_flags("ulstyle met-pager-ajax imagesize ")[0] is False
    assert marker_flags("met-page-ajax met-pager-ajax ")[5] is True  # a list area
    assert marker_flags("met_pager met-pager-ajax-link hidden-md-up ")[0] is True  # the load-more button is a pager
    assert marker_flags("met_pager ")[0] is True
