"""米拓 MetInfo list pages (the metinfo sample site's first-contact misses, as general patterns): a list whose
`<ul>` is named after the ajax pager that appends to it (`met-pager-ajax`) is the list, not pager chrome; the
pseudo-static `list-{metid}.html` is list `metid`'s first page (see test_list_identity for the URL form); an
article's head named `met-shownews-header` is no site header, so the unlabelled date after the title dates the
article; a one-page column whose rows show `m-d` dates (MetInfo's met_listtime setting) is a list when the page
links its own address under its <title> name (its trail's last step, or its side menu's item).

Markup from MetInfo's own templates found with the library tools: the news list
`<ul class="ulstyle met-pager-ajax imagesize" data-scale=…>` (a MetInfo 7 theme's news/list template), its rows
`<p class="info font-weight-300"><span>2018-03-23</span>…` (a rendered MetInfo list page), its pager
`<div class='met_pager'><span class='PreSpan'>上一页</span><a href=… class='Ahover'>1</a><a href=…>2</a>…`; the
article template (`<div class="met-shownews-header"><h1>{$data.title}</h1><div class="info"><span>{$data.updatetime}
</span><span>{$data.issue}</span><span><i class="icon wb-eye"></i>{$data.hits}</span></div></div><div class="met-editor
lazyload clearfix"><div class="editorlightgallery">{$data.content}</div></div>`, a MetInfo 7 theme's shownews)."""

from __future__ import annotations

import pytest

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


_TEXT = ("会议指出，今年以来全镇上下坚持稳中求进工作总基调，各项重点工作有序推进，但也存在责任落实不够到位、工作进度不够平衡等问题。"
         "会议要求，各村（社区）和镇属各单位要进一步提高思想认识，压实工作责任，细化工作措施，加强督促检查，确保各项工作任务按期完成。")
_ARTICLE = ('<!DOCTYPE HTML><html><head><meta charset="utf-8" /><title>岫岭镇召开安全生产工作会议-岫岭镇人民政府</title></head><body>'
            '<header class="head_nav_met_27_1"><ul class="nav"><li><a href="/">网站首页</a></li></ul></header>'
            '<div class="met-position pattern-show"><ol class="breadcrumb"><li><a href="/" title="网站首页">网站首页</a></li>'
            '<li><a href="/news/list-6.html" title="乡镇动态">乡镇动态</a></li></ol></div>'
            '<section class="met-shownews animsition"><div class="container"><div class="row"><div class="col-md-9 met-shownews-body">'
            '<div class="row"><div class="met-shownews-header"><h1>岫岭镇召开安全生产工作会议</h1><div class="info">'
            '<span>2026-11-18 09:30:12</span><span>党政办</span><span><i class="icon wb-eye" aria-hidden="true"></i>126</span></div></div>'
            f'<div class="met-editor lazyload clearfix"><div class="editorlightgallery"><p>{_TEXT}</p><p>{_TEXT}</p></div></div>'
            '<div class="met-shownews-footer"><ul class="pager pager-round"><li class="previous"><a href="/news/305.html">上一篇：'
            '岫岭镇开展森林防火巡查</a></li></ul></div></div></div></div></div></section>'
            "<footer class='met-foot'><p>主办：岫岭镇人民政府</p></footer></body></html>")


def test_an_article_head_named_header_is_no_chrome_and_its_date_dates_the_article() -> None:
    assert marker_flags("met-shownews-header ")[0] is False
    assert marker_flags("header ")[0] is True and marker_flags("navbar-header ")[0] is True
    facts = extract_page(_ARTICLE, "http://s/news/307.html")
    assert facts.kind == "document" and facts.pub_date == "2026-11-18" and facts.pub_date_source == "visible"
    assert facts.body_text.startswith("会议指出")


@pytest.mark.parametrize("rows, state", [(6, "listed"), (2, "none")])
def test_a_one_page_column_of_month_day_rows_is_a_list(rows: int, state: str) -> None:
    """No pager, rows dated `10-15`: a list when the trail's last step or a menu of the page links the page's own
    address under its <title> name (3 rows at least; test_month_day_lists: an unlinked trail leaf is not enough)."""
    lis = "".join(f'<li class="border-bottom1"><h4><a href="/news/{400 + i}.html" title="石门村第三季度财务收支公示（{i}）">'
                  f'石门村第三季度财务收支公示（{i}）</a></h4><p class="info font-weight-300"><span>10-{15 - i:02d}</span>'
                  '<span>石门村</span></p></li>' for i in range(rows))
    page = (_PAGE.replace("乡镇动态", "村务公开").replace("list-6", "list-10")
            .replace(_ROWS, lis).split("<div class='m-t-20")[0] + "</div></div></main></body></html>")
    facts = extract_page(page, "http://s/news/list-10.html")
    assert (facts.list_state, len(facts.list_items)) == (state, rows if state == "listed" else 0)
    hub = page.replace('<li><a href="/news/list-10.html" title="村务公开">村务公开</a></li>', "")
    assert extract_page(hub, "http://s/news/list-10.html").list_state != "listed"  # nothing names the page: a hub's block
    menu = ('<aside><h3>政务公开</h3><ul><li><a href="/news/list-6.html">乡镇动态</a></li>'
            '<li><a href="/news/list-10.html">村务公开</a></li></ul></aside></main>')
    side = hub.replace("</main>", menu)  # no trail (or its classes lost), a side menu linking the page under its name
    assert (extract_page(side, "http://s/news/list-10.html").list_state == "listed") == (state == "listed")
