"""PublicCMS pages (the publiccms sample site's first-contact misses, as general patterns).

Markup from PublicCMS's own repository (sanluan/PublicCMS, read with the library tools), rendered as its
FreeMarker templates write it: the stock article `data/publiccms/template/site_1/system/article.html` —
`<article class="left-content"><h1><a href="${content.url}">title</a></h1><p class="author">` (来源 and a link
only for copied content) author, editor and `publishDate?datetime` unlabelled, `阅读:<em>loading...</em>`, the
Baidu share box, `<div id="content">`, and the aside 编辑推荐 (`include/category/list.html/49d393ca-….html`:
`<div><h3>编辑推荐</h3><ul><li><a href="${site.dynamicPath}place/redirect.do?id=N">`) and 相关推荐 (the editor's
related contents, then a tag search filling ten, titles cut to 20 characters); the stock list
`category/list.html` — rows of `ftl/data-list.ftl` (`<dl><dt><h3><a>title</a><span>yyyy-MM-dd</span></h3></dt><dd>
… <a> 详细 &gt;&gt;</a></dd></dl>`), **no pager on page 1 but `<div class="page"><a href="…index_2.html">查看更多</a>
</div>`** (`<span>查看更多</span>` without a page 2), the aside 编辑推荐 and `热门排行` (`<ul class="rank"><li><a>title
</a><span>clicks</span></li>`); the trail of `ftl/echoBread.ftl`; addresses from the demo data's default paths
(`${category.code}/index.html`, `${category.code}/${content.publishDate?string('yyyy/MM-dd')}/${content.id}.html`)
and `GetPageMethod.getPageUrl` (`index_2.html`), every link protocol-relative as the demo site path is.

Before (9ef197c): every article read as a column of one dated row (its title linked to itself over the info
line's date; a copied article's 来源 link the same), so the news columns' 40 articles were 40 stale columns and
their 解读 pairs unjudged; an empty category read as a list of the 编辑推荐's five undated rows (both empty
columns missed); page 1's 查看更多 was a row of its own; and the tag-filled 相关推荐 beside every document and
interpretation related each interpretation to every document (a missing, a late and an unlinked 解读 all read
as linked and timely)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from govaudit.crawl.render_need import render_reason
from govaudit.htmlpage import parse_html
from govaudit.model.extract.page import extract_page
from govaudit.model.relations import interpretations
from tests.factories import SITE, document
from tests.model.loopback import HTML, Pages, crawl_and_build

HOST = "//www.wtjd.gov.cn/"
_SELECTED = ' class="selected"'
_HEADER = ('<header><div class="container"><form class="search" action="' + HOST + 'search.html"><input name="word" type="text" '
           'placeholder="这里输入关键词"/><input type="submit" value="搜索"/></form><div class="logo"><a href="' + HOST + '">'
           '<img src="' + HOST + 'assets/images/logo.png" alt="苇塘街道办事处"/></a></div><nav class="clearfix-before"><ul>'
           '<li><a href="' + HOST + '">首页</a></li><li><a href="' + HOST + 'jddt/index.html" target="_blank">街道动态</a><ul>'
           '<li><a href="' + HOST + 'gzdt/index.html" target="_blank">工作动态</a></li></ul></li>'
           '<li><a href="' + HOST + 'bsfw/index.html" target="_blank">办事服务</a></li></ul></nav></div></header>')
_FOOTER = ('<footer><div class="container"><div class="column"><h4 class="title">关于本网<span class="head-line"></span></h4>'
           '<p>主办：苇塘街道办事处</p></div><div class="footer-bottom"><p>&copy;2026  苇塘街道办事处 All Rights Reserved. '
           '<a href="https://beian.miit.gov.cn/" target="_blank">沪ICP备2021018826号-3</a></p></div></div></footer>')
_PICKS = ('<div>\n<h3>编辑推荐</h3>\n\t<ul>\n' + "".join(
    f'\t\t<li><a href="{HOST}place/redirect.do?id={11 + k}" target="_blank">苇塘街道召开平安建设工作会议（{k + 1}）</a></li>\n'
    for k in range(5)) + '\t</ul>\n</div>\n')


def _page(title: str, main: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n\t<title>{title}</title>\n\t<meta name="keywords" content=""/>\n'
            f'\t<meta name="description" content=""/>\n</head>\n<body>\n{_HEADER}\n<main>\n{main}\n</main>\n{_FOOTER}\n</body>\n</html>')


def _bread(code: str, name: str) -> str:
    return (f'\t<div class="container bread">\n\t<a href="{HOST}">首页</a> &gt;\n\t\t\t\t<a href="{HOST}jddt/index.html">街道动态</a>  &gt;\n'
            f'\t\t\t\t<a href="{HOST}{code}/index.html">{name}</a>\n\t</div>\n')


def article(source: str = "", related: str = "") -> str:
    url = HOST + "gzdt/2026/10-25/3005.html"
    return _page("苇塘街道开展垃圾分类宣传（5） - 工作动态", _bread("gzdt", "工作动态") + (
        '\t<div class="container">\n\t\t<article class="left-content">\n'
        f'\t\t\t<h1><a href="{url}">苇塘街道开展垃圾分类宣传（5）</a></h1>\n'
        f'\t\t\t<p class="author">{source} 街道党政办 周敏 2026-10-25 09:42:31 阅读:<em>loading...</em></p>\n'
        '\t\t\t<div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more"></a><a href="#" class="bds_qzone" '
        'data-cmd="qzone" title="分享到QQ空间"></a></div>\n'
        '\t\t\t<div id="content"><p style="text-indent: 2em;">近日，苇塘街道开展垃圾分类宣传。街道党工委书记出席并讲话，各居村党组织书记参加。</p>'
        '<p style="text-indent: 2em;">会议强调，各居委会、村委会和街道各部门要坚持以人民为中心，压实工作责任，细化工作措施。</p></div>\n'
        f'\t\t\t<div></div>\n\t\t</article>\n\t\t<aside>\n{_PICKS}\t\t\t<div style="border-bottom: 1px solid #eee;">\n'
        f'\t\t\t\t<a href="{HOST}search.html?tagId=" target="_blank"><h3>相关推荐</h3></a>\n\t\t\t\t<ul>\n{related}\t\t\t\t</ul>\n'
        '\t\t\t</div>\n\t\t</aside>\n\t</div>'))


def _rows(n: int) -> str:
    out = []
    for k in range(n):
        link = f"{HOST}gzdt/2026/11-{18 - k:02d}/{3001 + k}.html"
        out.append(f'<dl>\n\t<dt>\n\t\t<h3><a href="{link}" target="_blank">苇塘街道开展消防安全大检查（{k + 1}）</a><span>2026-11-{18 - k:02d}</span>'
                   f'</h3>\n\t</dt>\n\t<dd>\n\t\t<a href="{link}" target="_blank">\n\t\t</a>\n\t\t<p class="clearfix-before">近日，苇塘街道开展'
                   f'消防安全大检查。<a href="{link}" target="_blank"> 详细 &gt;&gt;</a></p>\n\t</dd>\n</dl>')
    return "\n".join(out)


def list_page(code: str, name: str, rows: int, more: bool) -> str:
    page = (f'<a href="{HOST}{code}/index_2.html">查看更多</a>' if more else "<span>查看更多</span>")
    rank = "".join(f'\t\t\t\t\t<li><a href="{HOST}gzdt/2026/11-{18 - k:02d}/{3001 + k}.html" target="_blank">苇塘街道开展消防安全大检查（{k + 1}）'
                   f'</a><span>{900 - k * 37}</span></li>\n' for k in range(min(rows, 10)))
    # the sibling categories (`_categoryList parentId=category.parentId`), the page's own `class="selected"`
    siblings = (("jddt", "街道动态"), ("tzgg", "通知公告"), ("bsfw", "办事服务"), ("zwgk", "政务公开"))
    if code == "gzdt":
        siblings = (("gzdt", "工作动态"), ("sqfc", "社区风采"), ("djyl", "党建引领"))
    nav = "".join(f'\n\t\t\t\t<a href="{HOST}{c}/index.html"{_SELECTED if c == code else ""}>{n}</a>' for c, n in siblings)
    return _page(name, f'\t<nav class="container">{nav}\n\t</nav>\n' + _bread(code, name) +
                 f'\t<div class="container">\n\t\t<div class="data-list left-content">\n{_rows(rows)}\n'
                 f'\t\t\t<div class="page">\n\t\t\t\t{page}\n\t\t\t</div>\n\t\t</div>\n\t\t<aside>\n{_PICKS}'
                 f'\t\t\t<div>\n\t\t\t\t<h3>热门排行</h3>\n\t\t\t\t<ul class="rank">\n{rank}\t\t\t\t</ul>\n\t\t\t</div>\n\t\t</aside>\n\t</div>')


def test_an_article_whose_title_links_itself_is_a_document_dated_by_its_info_line() -> None:
    facts = extract_page(article(), "http://www.wtjd.gov.cn/gzdt/2026/10-25/3005.html")
    assert facts.kind == "document" and not facts.list_items
    assert facts.pub_date == "2026-10-25" and facts.pub_date_source == "visible"
    assert facts.title == "苇塘街道开展垃圾分类宣传（5）" and facts.column_name == "工作动态"


def test_a_copied_articles_source_link_is_no_row() -> None:
    source = '来源：<a href="http://www.maocheng.gov.cn/xwzx/jrmc/20261025/3321.html" target="_blank">泖澄区人民政府</a>'
    facts = extract_page(article(source), "http://www.wtjd.gov.cn/gzdt/2026/10-25/3005.html")
    assert facts.kind == "document" and not facts.list_items and facts.pub_date == "2026-10-25"


def _site() -> Pages:
    """A home, 工作动态 (10 rows and 查看更多 to a page 2 of 3 rows), an empty 办事服务 and the articles, every link
    root-relative (the 编辑推荐 places redirect: here they answer 404)."""
    local = {HOST: "/"}

    def here(html: str) -> str:
        return html.replace(HOST, local[HOST])
    pages: Pages = {"/": (200, HTML, here(_page("苇塘街道办事处门户网站", f'<div class="box"><h3>工作动态<a class="more" href="{HOST}gzdt/index.html">'
                                                                     '更多&gt;&gt;</a></h3></div>')))}
    pages["/gzdt/index.html"] = (200, HTML, here(list_page("gzdt", "工作动态", 10, True)))
    second = _rows(13).split("</dl>\n")[10:]
    pager = (f'\t<div class="page">\n\t\t\t<a href="{HOST}gzdt/index.html">上一页</a>\n\t\t<a href="{HOST}gzdt/index.html">1</a>'
             f'<a href="{HOST}gzdt/index_2.html" class="selected">2</a>\n\t\t\t<span>下一页</span>\n\t</div>\n')
    pages["/gzdt/index_2.html"] = (200, HTML, here(list_page("gzdt", "工作动态", 0, False).replace(
        '\t\t\t<div class="page">\n\t\t\t\t<span>查看更多</span>\n\t\t\t</div>\n', "</dl>\n".join(second) + "\n" + pager)))
    pages["/bsfw/index.html"] = (200, HTML, here(list_page("bsfw", "办事服务", 0, False)))
    for k in range(13):
        url = f"/gzdt/2026/11-{18 - k:02d}/{3001 + k}.html"
        text = here(article()).replace("gzdt/2026/10-25/3005.html", url[1:]).replace("2026-10-25", f"2026-11-{18 - k:02d}")
        pages[url] = (200, HTML, text)
    return pages


def test_an_empty_category_beside_the_editors_picks_is_an_empty_column(tmp_path: Path) -> None:
    model, base = crawl_and_build(_site(), tmp_path / "out")
    columns = {"/" + c.url.removeprefix(base): c for c in model.columns}
    empty, news = columns["/bsfw/"], columns["/gzdt/"]
    assert (empty.state, empty.items) == ("empty", [])
    assert len(news.items) == 13 and all(i.date for i in news.items)


def test_page_ones_more_link_to_page_two_is_no_row() -> None:
    facts = extract_page(list_page("gzdt", "工作动态", 10, True), "http://www.wtjd.gov.cn/gzdt/index.html")
    assert facts.kind == "column" and facts.list_state == "listed"
    assert [i.url for i in facts.list_items] == [f"http://www.wtjd.gov.cn/gzdt/2026/11-{18 - k:02d}/{3001 + k}.html" for k in range(10)]
    assert all(i.date for i in facts.list_items)


def test_a_tag_filled_box_beside_every_interpretation_relates_only_its_own_document() -> None:
    """Each interpretation's 相关推荐 links its own document (the editor's related content) and, filled by the tag
    search, the site's other policy documents; each document's the same way. Only the pairs a 《title》 also names
    are related; a document no interpretation names has none, however many boxes link it."""
    names = ("居民区公共停车管理办法", "社区公益基金管理办法", "居村干部考核办法", "街道小微工程管理办法", "河道保洁长效管理办法")
    docs = [replace(document(f"gfxwj/{k}.html", f"苇塘街道办事处关于印发《苇塘街道{n}》的通知", pub_date=f"2026-0{k + 3}-01"),
                    wenhao=f"苇办发〔2026〕{k + 1}号") for k, n in enumerate(names)]
    explained = (0, 2, 3)  # 公益基金 (1) has no interpretation, 河道保洁 (4) neither
    interps = [document(f"zcjd/{k}.html", f"图解：《苇塘街道{names[k]}》", kind="interpretation", pub_date=f"2026-0{k + 3}-02")
               for k in explained]
    linked = {0, 2}  # 街道小微工程 (3): neither links the other; each box lists only the others
    for n, i in enumerate(interps):
        own = explained[n]
        interps[n] = replace(i, links_to=[d.url for k, d in enumerate(docs) if k != own or own in linked])
    for k, d in enumerate(docs):
        docs[k] = replace(d, links_to=[i.url for n, i in enumerate(interps) if explained[n] != k or k in linked])
    got = {(r.interpretation_url.removeprefix(SITE), r.document_url.removeprefix(SITE)): (r.via, r.direction)
           for r in interpretations([*docs, *interps], {})}
    assert got == {("zcjd/0.html", "gfxwj/0.html"): (["hyperlink", "title"], "both"),
                   ("zcjd/2.html", "gfxwj/2.html"): (["hyperlink", "title"], "both"),
                   ("zcjd/3.html", "gfxwj/3.html"): (["title"], "unlinked")}


def test_an_empty_category_under_unknown_class_names_is_empty_by_its_greyed_more_control() -> None:
    """A re-skinned theme names the list's container in its own words (no list/news word) and its menu's
    current item too; page 1's only paging control, `<span>查看更多</span>` without a page 2, is all the
    category shows beside its trail and the side widgets: an empty column, not a navigation hub."""
    html = list_page("bsfw", "办事服务", 0, False).replace('class="data-list left-content"', 'class="wz-main"') \
        .replace(' class="selected"', ' class="x30de9169"')
    facts = extract_page(html, "http://www.wtjd.gov.cn/bsfw/index.html")
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", [])


# pingtan.gov.cn's header switches (the corpus, `div.aged_link`), beside a date line and the weather, before the
# site's own header: under class names no vocabulary knows, text above the category's trail.
_TOOLBAR = ('<div class="x5d0e"><div class="x5d0f"><span>2026年11月20日 星期五</span> <span class="x5d10">多云 15℃~24℃</span>'
            '<div class="x5d11"><a href="javascript:void(0);" class="x5d12">长者模式</a><a href="javascript:void(0);" class="x5d12 none">'
            '退出长者模式</a><a href="javascript:void(0);" class="x5d13" Id="barrierFreeBtn"><font id="WzaStatus">无障碍浏览</font></a>'
            '</div></div></div>')


def test_a_header_bars_weather_and_elder_mode_switches_are_no_text_of_an_empty_category() -> None:
    html = list_page("bsfw", "办事服务", 0, False).replace('class="data-list left-content"', 'class="wz-main"') \
        .replace(' class="selected"', ' class="x30de9169"').replace("<body>\n", "<body>\n" + _TOOLBAR, 1)
    facts = extract_page(html, "http://www.wtjd.gov.cn/bsfw/index.html")
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", [])


def test_a_header_bars_site_map_link_is_no_link_of_an_empty_categorys_area() -> None:
    """The same bar with the site's 网站地图 beside its switches (as 防城港's and 国家旅游局's footers write it,
    `<a href="…/map.shtml">网站地图</a>`): under unknown class names the bar is no chrome, and its link made the category
    show "something beside its trail" — a hub, both planted empty columns missed (publiccms, all 21 mutations, seed 36).
    The site's tools (网站地图, 设为首页, 加入收藏, the view switches) link nothing of a page's own."""
    bar = _TOOLBAR.replace("</font></a>", f'</font></a><a href="{HOST}sitemap.html">网站地图</a>', 1)
    html = list_page("bsfw", "办事服务", 0, False).replace('class="data-list left-content"', 'class="wz-main"') \
        .replace(' class="selected"', ' class="x30de9169"').replace("<body>\n", "<body>\n" + bar, 1)
    facts = extract_page(html, "http://www.wtjd.gov.cn/bsfw/index.html")
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", [])
    # a link of the page's own beside the trail still makes the page something other than an empty column
    other = html.replace(">网站地图<", ">办事指南汇编<", 1)
    assert extract_page(other, "http://www.wtjd.gov.cn/bsfw/index.html").list_state != "empty"


def test_the_click_counter_request_is_no_list_loader() -> None:
    """The stock article asks `api/contentClick` for its 阅读 count by `$.getJSON` (system/article.html): a page
    the crawl queued as a list (an annual report linked from the 年报 column) needs no browser for it."""
    counter = ("<script>\n\t$.getJSON('" + HOST + "api/contentClick?id=3005&callback=?', function(data){\n"
               "\t\t$('article .author em').text(data.clicks);\n\t});\n</script>\n")
    html = article().replace("</body>", counter + "</body>")
    assert render_reason(html, parse_html(html), "column", False) is None
    loader = html.replace("api/contentClick?id=3005&callback=?", "api/contentList?categoryId=14&count=10")
    assert render_reason(loader, parse_html(loader), "column", False) == "script_list"
