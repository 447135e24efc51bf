"""An empty column told by its list area, whatever the list's class words, and a list a script writes
told from an empty one. Found on the `.shtml` sample site under all mutations, seed 16 (class names
replaced, a 点击排行 box whose rows `document.write` lines write, a top bar): before (9ef197c) the
建议提案 column read as empty only because the widget's script-filled `<ul class="zxxx-list">` looked
empty, so its own empty container was never offered to the site-level comparison, and once Chromium had
run the script (the crawl renders such pages) the column was left unobserved: an empty column missed.
Scripts writing rows into a list (`<ul class="wxWrap01"><script>document.write('<li><a …>推荐</a></li>');
</script>`, 上海's article template, tests/model/realpages/shanghai-gov-cn_article_date-inside-title-heading.html)
were read as an empty list: a column whose rows are all written so was a false empty column."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "http://www.zl.gov.cn/gk/jyta/list.shtml"
_MENU = ("<div class=\"x7c26bd98\"><h3>栏目导航</h3><ul>"
         "<li><a href=\"../tzgg/list.shtml\">公示公告</a></li><li><a href=\"../gfxwj/list.shtml\">行政规范性文件</a></li>"
         "<li><a href=\"../zcjd/list.shtml\">解读回应</a></li><li class=\"x068f63a9\"><a href=\"./list.shtml\">建议提案</a></li>"
         "</ul></div>")
_ROWS = (("/xw/zlyw/2026-11/14/content_zlyw000.shtml", "城乡环境综合治理工作推进会召开", "2026-11-14"),
         ("/gk/tzgg/2026-11/10/content_tzgg000.shtml", "关于开展城乡环境综合治理专项行动的通知", "2026-11-10"),
         ("/xw/zlyw/2026-11/06/content_zlyw004.shtml", "文旅融合工作推进会召开", "2026-11-06"))


def _written(rows=_ROWS) -> str:
    return "<script type=\"text/javascript\">\n" + "".join(
        f"document.write('<li><A HREF=\"{u}\" TARGET=\"_blank\">{t}</A><span>{d}</span></li>');\n" for u, t, d in rows) + "</script>"


def _shown(rows=_ROWS) -> str:
    return "".join(f"<li><a href=\"{u}\" target=\"_blank\">{t}</a><span>{d}</span></li>" for u, t, d in rows)


def _page(own_list: str, widget_rows: str) -> str:
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>建议提案-柘岭区人民政府</title></head><body>"
            "<div class=\"topbar\"><span>今天是2026年11月15日 星期日</span> <span class=\"weather\">多云 15℃~24℃</span></div>"
            "<div id=\"x0b56a3f0\"><a href=\"/\">网站首页</a><a href=\"/xw/zlyw/list.shtml\">新闻中心</a><a href=\"/gk/\">政务公开</a></div>"
            "<div class=\"xaa8b9451\">您现在的位置：<a href=\"/\">首页</a> &gt; <a href=\"/gk/\">政务公开</a> &gt; "
            "<a href=\"./list.shtml\">建议提案</a></div>"
            f"<div class=\"xdb2910cb\">{_MENU}<div class=\"x6f5aac55\"><h2 class=\"x65b165fc\">建议提案</h2>{own_list}</div></div>"
            f"<div class=\"tjyd\"><h2 class=\"tjyd-tit\">点击排行</h2><ul class=\"zxxx-list\">{widget_rows}</ul></div>"
            "<div id=\"xaa1ce143\"><p>网站主办：柘岭区人民政府办公室 ICP备案号：蜀ICP备05012345号</p></div></body></html>")


def test_an_empty_list_area_under_unknown_class_words_is_offered_as_served_and_rendered():
    """The page alone cannot tell the empty `<ul class="x2041dafb">` for a list: it offers the container
    (PageFacts.empty_boxes), which the site's other list pages show filled (builder). Served, the widget's
    script-filled list was taken for the page's empty list instead, and no container was offered."""
    for widget in (_written(), _shown()):  # the page as served, and its DOM after the script ran
        facts = extract_page(_page("<ul class=\"x2041dafb\"></ul>", widget), URL)
        assert facts.list_state != "empty"
        assert "ul.x2041dafb<div.x6f5aac55<div.xdb2910cb" in facts.empty_boxes


def test_rows_a_script_writes_into_the_list_are_no_empty_list():
    facts = extract_page(_page(f"<ul class=\"news-list\">{_written()}</ul>", _written()), URL)
    assert facts.list_state != "empty"


def test_an_empty_submenu_after_a_menu_item_naming_the_page_is_no_list_area():
    """`<li><a>建议提案</a><ul class="sub"></ul></li>`: every menu of the site names the page so."""
    menu_only = _page("", _shown()).replace("<a href=\"./list.shtml\">建议提案</a></li>",
                                            "<a href=\"./list.shtml\">建议提案</a><ul class=\"x9\"></ul></li>")
    menu_only = menu_only.replace("<h2 class=\"x65b165fc\">建议提案</h2>", "")
    assert extract_page(menu_only, URL).list_state != "empty"


def _capture(url: str, render: str | None):
    from govaudit.crawl.snapshot import Capture
    return Capture(url, url, "GET", 200, "ok", "text/html", "utf-8", None, None, None, None, "column", 1, None, render=render)


def test_a_rendered_page_whose_scripts_left_the_templates_list_box_empty_is_an_empty_column():
    """The site-level reading of the offered container (builder._template_empties): two listed pages of the
    template hold their rows in the same box. A page loading a script they do not load stayed "not observed" (the
    script might fill it), also when Chromium had run it: the rendered DOM carries the 党政机关 badge's script
    (`document.write(unescape("%3Cscript src='https://dcs.conac.cn/js/…'"))`, written into the page only when run),
    which the listed pages, read as served, hold as a string. Rendered, the box left empty is observed empty."""
    from govaudit.model.builder import _Fetched, _template_empties

    badge = '<script src="https://dcs.conac.cn/js/33/000/0000/32506934/CA3300000032506934900001.js"></script>'
    pages = {}
    for n, name in ((1, "tzgg"), (2, "zcwj")):
        url = f"http://www.zl.gov.cn/gk/{name}/list.shtml"
        html = _page(f"<ul class=\"x2041dafb\">{_shown()}</ul>", "").replace("建议提案", "通知公告")
        pages[url] = _Fetched(_capture(url, None), extract_page(html, url))
        assert pages[url].facts.list_state == "listed" and pages[url].facts.list_boxes
    served = extract_page(_page("<ul class=\"x2041dafb\"></ul>", _written()), URL)
    rendered = extract_page(_page("<ul class=\"x2041dafb\"></ul>", _shown()).replace("</body>", badge + "</body>"), URL)
    for facts, render, state in ((rendered, "rendered", "empty"), (rendered, None, "not_observed"), (served, None, "empty")):
        site = dict(pages)
        site[URL] = _Fetched(_capture(URL, render), facts)
        _template_empties(site)
        assert (site[URL].facts.kind, site[URL].facts.list_state) == ("column", state), render


def test_a_script_writing_only_a_fixed_notice_into_the_list_writes_no_rows():
    """`<div class="list-con"><ul><script>document.write('<li class="nodata">暂无数据</li>');</script></ul></div>` (the
    nxjy sample site's empty 重大建设项目 under the `scripts` mutation): the script writes a string literal linking
    nothing, a notice, not rows; read as rows a script writes, the column was a hub and an empty column missed."""
    notice = "<script type=\"text/javascript\">\ndocument.write('<li class=\"nodata\">暂无数据</li>');\n</script>"
    facts = extract_page(_page(f"<div class=\"list-con\"><ul>{notice}</ul></div>", _shown()), URL)
    assert (facts.kind, facts.list_state) == ("column", "empty")
