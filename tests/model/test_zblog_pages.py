"""Z-BlogPHP pages (the zblog sample site's first-contact false findings, as a general pattern).

Markup from Z-BlogPHP's own source (read with the library tools): zblogcn/zblogphp
`zb_users/theme/default/template/index.php` (a category: `div#divMain` with the posts and `div.pagebar`, then
`div#divSidebar`), the module template (each sidebar box `dl.function#<HtmlID>` > `dt.function_t` (its name) +
`dd.function_c > ul`) and the install script's stock modules (`$t->Name="最近发表"; … $t->HtmlID="divPrevious";`,
the site's newest titles, undated). The sample site is tests/sites/zblog.py. Fails on 2815f47: the empty category's
only list was the 最近发表 box, read as the column's six undated rows (an empty column read as stale)."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page
from tests.sites.annual import report_body

_RECENT = (("/?id=41", "岚溪乡召开党委理论学习中心组学习会（1）"), ("/?id=61", "关于做好冬季森林防火工作的通知（1）"),
           ("/?id=42", "岚溪乡开展安全生产大检查（2）"), ("/?id=43", "岚溪乡推进和美乡村建设（3）"),
           ("/?id=62", "关于开展2026年度农村建房审批工作的通知（2）"), ("/?id=44", "岚溪乡召开重点工作推进会（4）"))


def _category(main: str) -> str:
    recent = "".join(f'<li><a title="{t}" href="{u}">{t}</a></li>' for u, t in _RECENT)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">\n<head>\n'
            '\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n'
            '\t<title>岚溪乡人民政府-重点领域信息</title>\n\t<meta name="generator" content="Z-BlogPHP 1.7.3" />\n</head>\n'
            '<body class="multi category">\n<div id="divAll">\n\t<div id="divPage">\n\t<div id="divMiddle">\n'
            '\t\t<div id="divTop">\n\t\t\t<h1 id="BlogTitle"><a href="/">岚溪乡人民政府</a></h1>\n'
            '\t\t\t<h3 id="BlogSubTitle">福建省宁化县岚溪乡</h3>\n\t\t</div>\n'
            '\t\t<div id="divNavBar">\n<ul>\n<li><a href="/">首页</a></li><li><a href="/?cate=2">工作动态</a></li>'
            '<li><a href="/?cate=3">通知公告</a></li><li><a href="/?id=2">政府信息公开</a></li>\n</ul>\n\t\t</div>\n'
            f'\t\t<div id="divMain">\n{main}\n\t\t</div>\n'
            '\t\t<div id="divSidebar">\n<dl class="function" id="divCatalog">\n<dt class="function_t">分类目录</dt>\n'
            '<dd class="function_c">\n\n<ul><li><a title="工作动态" href="/?cate=2">工作动态</a></li>'
            '<li><a title="通知公告" href="/?cate=3">通知公告</a></li></ul>\n\n</dd>\n</dl>'
            '<dl class="function" id="divPrevious">\n<dt class="function_t">最近发表</dt>\n<dd class="function_c">\n\n'
            f'<ul>{recent}</ul>\n\n</dd>\n</dl>\n\t\t</div>\n'
            '<div id="divBottom">\n  <h4 id="BlogPowerBy">Powered By <a href="https://www.zblogcn.com/">Z-BlogPHP</a></h4>\n'
            '  <h3 id="BlogCopyRight">主办：岚溪乡人民政府　网站标识码：3507250022</h3>\n</div>\n'
            '\t</div>\n\t</div>\n</div>\n</body>\n</html>\n')


def test_the_recent_posts_module_is_no_list_of_an_empty_category() -> None:
    """A category with no post prints only its pagebar (‹‹ › ›› linking itself) in `div#divMain`: the sidebar's 最近发表
    titles are the whole site's newest, never the column's rows."""
    bar = "".join(f'\t<a title="{b}" href="/?cate=10"><span class="page">{b}</span></a>\n' for b in ("‹‹", "›", "››"))
    page = extract_page(_category(f'<div class="pagebar">\n{bar}</div>'), "http://www.lanxi.gov.cn/?cate=10")
    assert not [i for i in page.list_items if "?id=" in i.url]


_NEWS = ("<p>近日，岚溪乡开展森林防火巡查。乡党委、政府主要负责同志出席并讲话，各村、各站所负责人参加。</p>"
         "<p>会议要求，各村、各站所要提高思想认识，压实工作责任，细化工作举措，加强督查考核，确保各项工作落到实处、取得实效。</p>")


def _single(title: str, shown: str, body: str) -> str:
    """post-single.php: `h4.post-date` (`Y年m月d日`) above `h2.post-title`, the body, the 作者/分类 footer."""
    return _category(f'<div class="post single">\n\t<h4 class="post-date">{shown}</h4>\n\t<h2 class="post-title">{title}</h2>\n'
                     f'\t<div class="post-body">{body}</div>\n\t<h5 class="post-tags"></h5>\n'
                     '\t<h6 class="post-footer">\n\t\t作者:admin | 分类:政府信息公开年报 | 浏览:229 | 评论:0\n\t</h6>\n</div>\n'
                     ).replace("<title>岚溪乡人民政府-重点领域信息</title>", f"<title>岚溪乡人民政府-{title}</title>")


def test_a_date_standing_alone_above_the_title_dates_the_article() -> None:
    """Nothing labels the date and nothing follows the title but the text: the date heading right above it is the page's."""
    title = "岚溪乡人民政府2023年政府信息公开工作年度报告"
    page = extract_page(_single(title, "2024年04月16日", report_body("岚溪乡人民政府", 2023, 3)), "http://www.lanxi.gov.cn/?id=93")
    assert (page.pub_date, page.pub_date_source, page.pub_date_text) == ("2024-04-16", "visible", "2024年04月16日")


def test_a_title_with_full_width_brackets_is_dated_by_the_date_above_it() -> None:
    """The title read is NFKC-normalised ((1)); the page's text keeps the site's （1）."""
    page = extract_page(_single("岚溪乡开展森林防火巡查（5）", "2026年10月26日", _NEWS),
                        "http://www.lanxi.gov.cn/?id=45")
    assert page.pub_date == "2026-10-26"


def test_a_date_inside_a_sentence_before_the_title_dates_nothing() -> None:
    """A date is read above the title only as a block of its own: one ending a sentence there is the sentence's."""
    html = _single("岚溪乡开展森林防火巡查活动", "", _NEWS).replace(
        '<h4 class="post-date"></h4>', '<p class="lead">本文转载自县融媒体中心2026年10月26日</p>')
    assert extract_page(html, "http://www.lanxi.gov.cn/?id=46").pub_date is None


def test_an_empty_category_with_its_pagebar_back_to_itself_is_an_empty_column() -> None:
    """The empty category, listed in the 网站分类 box under its own name, shows in `div#divMain` only the pagebar's ‹‹ › ››,
    all three back to the category: an observed empty list."""
    bar = "".join(f'\t<a title="{b}" href="/?cate=10"><span class="page">{b}</span></a>\n' for b in ("‹‹", "›", "››"))
    html = _category(f'<div class="pagebar">\n{bar}</div>').replace(
        '<li><a title="通知公告" href="/?cate=3">通知公告</a></li></ul>',
        '<li><a title="通知公告" href="/?cate=3">通知公告</a></li><li><a title="重点领域信息" href="/?cate=10">重点领域信息</a></li></ul>')
    page = extract_page(html, "http://www.lanxi.gov.cn/?cate=10")
    assert (page.kind, page.list_state, page.list_items) == ("column", "empty", [])


def test_a_pagebar_leading_to_another_page_is_no_empty_list() -> None:
    """The same bar with a button to page 2 pages somewhere: no observed emptiness."""
    bar = ('\t<a title="‹‹" href="/?cate=10"><span class="page">‹‹</span></a>\n\t<span class="page now-page">1</span>\n'
           '\t<a title="2" href="/?cate=10&amp;page=2"><span class="page">2</span></a>\n'
           '\t<a title="››" href="/?cate=10&amp;page=2"><span class="page">››</span></a>\n')
    html = _category(f'<div class="pagebar">\n{bar}</div>').replace(
        '<li><a title="通知公告" href="/?cate=3">通知公告</a></li></ul>',
        '<li><a title="通知公告" href="/?cate=3">通知公告</a></li><li><a title="重点领域信息" href="/?cate=10">重点领域信息</a></li></ul>')
    assert extract_page(html, "http://www.lanxi.gov.cn/?cate=10").list_state != "empty"


def test_the_pagebar_back_to_itself_is_read_whatever_its_class() -> None:
    """The same empty category under a theme that names its bar otherwise (a class no vocabulary knows)."""
    bar = "".join(f'\t<a title="{b}" href="/?cate=10"><span class="page">{b}</span></a>\n' for b in ("‹‹", "›", "››"))
    html = _category(f'<div class="x7k2">\n{bar}</div>').replace(
        '<li><a title="通知公告" href="/?cate=3">通知公告</a></li></ul>',
        '<li><a title="通知公告" href="/?cate=3">通知公告</a></li><li><a title="重点领域信息" href="/?cate=10">重点领域信息</a></li></ul>')
    assert extract_page(html, "http://www.lanxi.gov.cn/?cate=10").list_state == "empty"


def test_a_guide_at_the_site_root_showing_an_upload_is_a_static_page() -> None:
    """Z-BlogPHP's 单页 guide (`/?id=5`, 84 characters of text, dated only by 自…起施行) with every class and id name
    meaningless (the `classes` mutation, seed 29) and a 微信二维码 image from `/zb_users/upload/` beside it: the image
    sits below the root folder every page of the site is in, and was taken for a link to a child column — the guide
    read as a hub, guide-current undecided. An image or a file leads to no list or page."""
    from tests.sites.mutate import scramble_markup
    body = "<p>为便于公民、法人和其他组织获取岚溪乡人民政府的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。本指南自2026年2月10日起施行。</p>"
    html = _single("政府信息公开指南", "", body).replace('\t<h4 class="post-date"></h4>\n', "").replace(
        "</body>", '<div class="qr"><img src="/zb_users/upload/2026/11/202611101012304412.jpg" alt="微信二维码"></div></body>')
    page = extract_page(scramble_markup(html.encode()).decode(), "http://www.lanxi.gov.cn/?id=5")
    assert (page.kind, page.single_article) == ("column", True) and "起施行" in page.body_text
