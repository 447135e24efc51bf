"""WordPress pages (the wp sample site's first-contact misses, as general patterns).

Markup from WordPress's own source (read with the library tools): WordPress/wordpress-develop
`src/wp-content/themes/twentyseventeen/` — `archive.php` (`header.page-header` over the posts, `the_posts_pagination()`,
`content-none` when a category has no post), `template-parts/post/content.php` (`article.post-<ID>` whose
`header.entry-header` holds `div.entry-meta` with the time link and the title: `h2.entry-title` linking the permalink on
a list, `h1.entry-title` on the post itself), `inc/template-tags.php` `twentyseventeen_time_link` (`<span
class="screen-reader-text">发布于</span> <a href=PERMALINK rel="bookmark"><time class="entry-date published">…</time><time
class="updated">…</time></a>`); core's body_class() (`archive category category-<slug> … has-header-image has-sidebar`),
the 近期文章 widget (`section.widget_recent_entries`) and the document title `标题 &#8211; 站点名` as served zh_CN Twenty
Seventeen pages in the library show it (`<title>HB技术小组 &#8211; 小组展示及论坛界面</title>`). The sample site is
tests/sites/wp.py. Each test fails on 56186cd."""

from __future__ import annotations

import re
from pathlib import Path

from govaudit.model.classify import list_page
from govaudit.model.extract.page import extract_page
from govaudit.model.extract.text import title_name
from tests.model.loopback import HTML, crawl_and_build

GOV = "桐岙镇人民政府"
HOST = "http://www.tongao.gov.cn"
_RECENT = (("/archives/1307", "桐岙镇召开党委理论学习中心组学习会（1）"), ("/archives/1314", "桐岙镇开展安全生产大检查（2）"),
           ("/archives/1545", "关于做好冬季森林防火工作的通知（1）"), ("/archives/1321", "桐岙镇推进美丽乡村建设（3）"),
           ("/archives/1552", "关于开展2026年度农村建房审批工作的通知（2）"))


def _page(title: str, main: str, body_class: str = "archive category") -> str:
    recent = "".join(f'<li>\n\t\t\t\t<a href="{u}">{t}</a>\n\t\t\t\t\t\t</li>\n' for u, t in _RECENT)
    return ('<!DOCTYPE html>\n<html lang="zh-Hans" class="no-js no-svg">\n<head>\n<meta charset="UTF-8">\n'
            f"<title>{title}</title>\n<meta name='robots' content='max-image-preview:large' />\n"
            '<meta name="generator" content="WordPress 6.4.3" />\n</head>\n'
            f'<body class="{body_class} wp-embed-responsive has-header-image has-sidebar colors-light">\n<div id="page" class="site">\n'
            '\t<a class="skip-link screen-reader-text" href="#content">跳至内容</a>\n'
            '\t<header id="masthead" class="site-header">\n\t<div class="site-branding">\n\t<div class="wrap">\n'
            f'\t\t<div class="site-branding-text"><p class="site-title"><a href="/" rel="home">{GOV}</a></p></div>\n'
            '\t</div></div>\n<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" aria-label="顶部菜单">'
            '<div class="menu-main-container"><ul id="top-menu" class="menu"><li class="menu-item"><a href="/">首页</a></li>'
            '<li class="menu-item"><a href="/category/xwzx/gzdt/">工作动态</a></li><li class="menu-item"><a href="/category/xxgk/czxx/">财政信息</a></li>'
            '</ul></div></nav></div></div>\n\t</header><!-- #masthead -->\n'
            '\t<div class="site-content-contain">\n\t\t<div id="content" class="site-content">\n<div class="wrap">\n'
            f'{main}\n'
            '<aside id="secondary" class="widget-area" aria-label="博客边栏">\n'
            '\t\t<section id="recent-posts-2" class="widget widget_recent_entries">\n\t\t<h2 class="widget-title">近期文章</h2><nav aria-label="近期文章">\n'
            f'\t\t<ul>\n{recent}\t\t\t\t\t</ul>\n\n\t\t</nav></section></aside><!-- #secondary -->\n</div><!-- .wrap -->\n'
            '\t\t</div><!-- #content -->\n\t\t<footer id="colophon" class="site-footer"><div class="wrap"><div class="site-info">\n'
            f'\t<p>主办：{GOV}</p>\n\t<a class="imprint" href="https://cn.wordpress.org/">自豪地采用WordPress</a>\n'
            '</div></div></footer>\n\t</div>\n</div>\n</body>\n</html>\n')


def _time(pid: int, shown: str, iso: str, updated: tuple[str, str] | None = None) -> str:
    stamp = (f'<time class="entry-date published updated" datetime="{iso}T09:12:00+08:00">{shown}</time>' if updated is None else
             f'<time class="entry-date published" datetime="{iso}T09:12:00+08:00">{shown}</time>'
             f'<time class="updated" datetime="{updated[1]}T10:00:00+08:00">{updated[0]}</time>')
    return f'<span class="screen-reader-text">发布于</span> <a href="/archives/{pid}" rel="bookmark">{stamp}</a>'


def _post(pid: int, title: str, shown: str, iso: str, updated: tuple[str, str] | None = None) -> str:
    """single.php: the post's own header (time link, `h1.entry-title`) and text, its category link, the adjacent posts."""
    return _page(f"{title} &#8211; {GOV}", (
        '\t<div id="primary" class="content-area">\n\t\t<main id="main" class="site-main">\n'
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-gzdt">\n'
        f'\t\t<header class="entry-header">\n\t\t<div class="entry-meta"><span class="posted-on">{_time(pid, shown, iso, updated)}</span></div>'
        f'<h1 class="entry-title">{title}</h1>\t</header><!-- .entry-header -->\n'
        '\t<div class="entry-content">\n<p>近日，桐岙镇召开党委理论学习中心组学习会。镇党委、政府主要负责同志出席并讲话，各村（社区）、各线办负责人参加。</p>'
        '<p>会议要求，各村（社区）、各线办要提高思想认识，压实工作责任，细化工作举措，加强督查考核，确保各项工作落到实处、取得实效。</p>\n'
        '\t</div><!-- .entry-content -->\n'
        '\t<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><span class="screen-reader-text">分类</span>'
        '<a href="/category/xwzx/gzdt/" rel="category tag">工作动态</a></span></span></footer>\n</article>\n'
        '\t<nav class="navigation post-navigation" aria-label="文章">\n\t\t<h2 class="screen-reader-text">文章导航</h2>\n'
        '\t\t<div class="nav-links"><div class="nav-previous"><a href="/archives/1300" rel="prev"><span class="screen-reader-text">上一篇文章</span>'
        '<span aria-hidden="true" class="nav-subtitle">上一篇</span> <span class="nav-title">桐岙镇开展垃圾分类宣传（10）</span></a></div></div>\n\t</nav>\n'
        '\t\t</main>\n\t</div>\n'), f"post-template-default single single-post postid-{pid} single-format-standard")


def _archive_row(pid: int, title: str, shown: str, iso: str, updated: tuple[str, str] | None = None) -> str:
    """content.php on an archive: the time link before the `h2.entry-title` link, then the post up to its <!--more-->."""
    return (f'\n<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-xczx">\n'
            f'\t\t<header class="entry-header">\n\t\t<div class="entry-meta">{_time(pid, shown, iso, updated)}</div><!-- .entry-meta -->'
            f'<h2 class="entry-title"><a href="/archives/{pid}" rel="bookmark">{title}</a></h2>\t</header><!-- .entry-header -->\n'
            '\t<div class="entry-content">\n\t\t<p>桐岙镇此次共组织群众120余人次参加。</p>\n'
            f'<p><a href="/archives/{pid}#more-{pid}" class="more-link">继续阅读<span class="screen-reader-text">“{title}”</span></a></p>\n'
            '\t</div><!-- .entry-content -->\n</article><!-- #post-## -->\n')


_ROWS = ((1664, "桐岙镇召开乡村振兴工作推进会（1）", "2025年4月16日", "2025-04-16", ("2026年11月3日", "2026-11-03")),
         (1671, "桐岙镇开展农村人居环境整治（2）", "2025年3月4日", "2025-03-04", None),
         (1678, "桐岙镇举办农村实用人才培训（3）", "2025年1月20日", "2025-01-20", None),
         (1685, "桐岙镇召开乡村振兴工作推进会（4）", "2024年12月8日", "2024-12-08", None))


def _archive(rows: tuple = _ROWS) -> str:
    return _page(f"乡村振兴 &#8211; {GOV}", (
        '\t\t<header class="page-header">\n\t\t\t<h1 class="page-title">分类：<span>乡村振兴</span></h1>\t\t</header><!-- .page-header -->\n'
        '\t<div id="primary" class="content-area">\n\t\t<main id="main" class="site-main">\n'
        + "".join(_archive_row(*r) for r in rows) + '\t\t</main>\n\t</div>\n'), "archive category category-xczx category-5")


def test_wordpress_document_title_names_the_page_before_its_en_dash() -> None:
    """wp_get_document_title() joins the page's name and the site's with `&#8211;` (–) between spaces."""
    assert title_name(f"桐岙镇召开党委理论学习中心组学习会（1） – {GOV}") == "桐岙镇召开党委理论学习中心组学习会（1）"


def test_a_post_is_a_document_titled_by_its_entry_header_and_dated_by_its_posted_on_line() -> None:
    """The post's own `<header class="entry-header">` is no site chrome, its 发布于 line (a label without a colon) dates it;
    the 近期文章 widget beside it, listing the post itself among the blog's five newest, is no list of the page's.
    Before: the page read as a one-row column of itself, titled 近期文章 and undated (false stale columns)."""
    facts = extract_page(_post(1307, "桐岙镇召开党委理论学习中心组学习会（1）", "2026年11月18日", "2026-11-18"), f"{HOST}/archives/1307")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", "桐岙镇召开党委理论学习中心组学习会（1）", "2026-11-18")
    assert not facts.list_items


def test_a_modified_post_is_dated_by_its_publication_not_by_its_hidden_update() -> None:
    """`time.updated` (not `published`) is hidden by the theme's `.updated:not(.published){display:none}`."""
    facts = extract_page(_post(1664, "桐岙镇召开乡村振兴工作推进会（1）", "2025年4月16日", "2025-04-16", ("2026年11月3日", "2026-11-03")),
                         f"{HOST}/archives/1664")
    assert (facts.kind, facts.pub_date) == ("document", "2025-04-16")


def test_a_category_archive_lists_every_post_titled_by_its_title_link_and_dated_by_publication() -> None:
    """The rows' time links (only a date, before the title link to the same post) give the rows their dates, the
    `h2.entry-title` links their titles; each row an `article.post-<ID>` of its own is one list; a modified post's
    hidden update date dates no row. Before: no list (the body's `has-header-image` class made the page chrome),
    or rows titled `2026年11月18日`, or one row dated by its update (a stale column read as fresh)."""
    facts = extract_page(_archive(), f"{HOST}/category/xwzx/xczx/")
    assert facts.kind == "column" and facts.list_state == "listed"
    assert [(i.url.removeprefix(HOST), i.title, i.date) for i in facts.list_items] == [
        ("/archives/1664", "桐岙镇召开乡村振兴工作推进会(1)", "2025-04-16"), ("/archives/1671", "桐岙镇开展农村人居环境整治(2)", "2025-03-04"),
        ("/archives/1678", "桐岙镇举办农村实用人才培训(3)", "2025-01-20"), ("/archives/1685", "桐岙镇召开乡村振兴工作推进会(4)", "2024-12-08")]


def test_a_short_title_and_date_list_on_a_page_whose_body_class_says_header_is_a_list() -> None:
    """A child theme's list of five rows (`ul > li > a + span` dates) under `<body class="… has-header-image …">`."""
    rows = "".join(f'\t<li><a href="/archives/{1797 + 7 * k}" title="{GOV}{2025 - k}年预算公开">{GOV}{2025 - k}年预算公开</a>'
                   f'<span class="gk-date">{2025 - k}-06-12</span></li>\n' for k in range(5))
    html = _page(f"财政信息 &#8211; {GOV}", ('\t<div id="primary" class="content-area">\n\t\t<main id="main" class="site-main">\n'
                                            f'<ul class="gk-list">\n{rows}</ul>\n\t\t</main>\n\t</div>\n'), "archive category category-czxx category-12")
    facts = extract_page(html, f"{HOST}/category/xxgk/czxx/")
    assert (facts.kind, facts.list_state, len(facts.list_items)) == ("column", "listed", 5)


# content-none.php in place of the posts: `section.no-results` headed 未找到 (Nothing Found) over a search form.
_NOTHING_FOUND = ('\t<div id="primary" class="content-area">\n\t\t<main id="main" class="site-main">\n'
                  '<section class="no-results not-found">\n\t<header class="page-header">\n\t\t<h1 class="page-title">未找到</h1>\n\t</header>\n'
                  '\t<div class="page-content">\n\t\t<p>我们似乎无法找到您要的内容，也许搜索能有所帮助。</p>\n'
                  '\t\t<form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" name="s" />'
                  '<button type="submit" class="search-submit"><span class="screen-reader-text">搜索</span></button></form>\n'
                  '\t</div>\n</section>\n\t\t</main>\n\t</div>\n')


def test_an_empty_category_showing_nothing_found_is_an_empty_column() -> None:
    """An existing category without posts answers 200 with content-none.php (_NOTHING_FOUND)."""
    facts = extract_page(_page(f"便民服务 &#8211; {GOV}", _NOTHING_FOUND, "archive category category-bmfw category-6"), f"{HOST}/category/xwzx/bmfw/")
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", [])


def test_nothing_found_right_after_a_links_box_holding_only_a_jump_menu_is_the_columns_own() -> None:
    """The site's 友情链接 box (a heading over a `<select>` jump menu of other governments' sites, which shows no text)
    placed right before the main area (the `layout` mutation at seed 25): the 未找到 after it was taken for the side
    widget's own empty marker, and the empty category read as a static page of one article, the sentence under 未找到
    its text (both planted empty columns missed). A marker past the end of the widget's box is the next box's."""
    links = ('<div class="LFriendlink"><h2><span>友情链接</span></h2><ul><li><select name="link" '
             'onchange="javascript:window.open(this.options[this.selectedIndex].value);"><option value="" selected="selected">政府网站</option>'
             '<option value="http://www.gov.cn">中华人民共和国中央人民政府门户网站</option><option value="http://www.zj.gov.cn">浙江省人民政府</option>'
             '</select></li></ul></div>\n')
    facts = extract_page(_page(f"便民服务 &#8211; {GOV}", links + _NOTHING_FOUND, "archive category category-bmfw category-6"),
                         f"{HOST}/category/xwzx/bmfw/")
    assert (facts.kind, facts.list_state, facts.list_items, facts.single_article) == ("column", "empty", [], False)


def test_a_post_listed_by_its_category_and_by_the_parent_category_belongs_to_the_child(tmp_path: Path) -> None:
    """A category archive includes its child categories' posts: /category/xwzx/ lists the posts of
    /category/xwzx/xczx/ too. The post's column is the child, whose address nests in the parent's. Before: the
    parent (sorted first), so a 规范性文件 category's documents were no normative documents."""
    parent = _page(f"新闻中心 &#8211; {GOV}", (
        '\t\t<header class="page-header">\n\t\t\t<h1 class="page-title">分类：<span>新闻中心</span></h1>\t\t</header>\n'
        '\t<div id="primary" class="content-area">\n\t\t<main id="main" class="site-main">\n'
        + "".join(_archive_row(*r) for r in _ROWS) + '\t\t</main>\n\t</div>\n'), "archive category category-xwzx category-2")
    home = _page(GOV, '<div><a href="/category/xwzx/">新闻中心</a> <a href="/category/xwzx/xczx/">乡村振兴</a></div>', "home page")
    pages = {"/": (200, HTML, home), "/category/xwzx/": (200, HTML, parent), "/category/xwzx/xczx/": (200, HTML, _archive())}
    for pid, title, shown, iso, updated in _ROWS:
        pages[f"/archives/{pid}"] = (200, HTML, _post(pid, title, shown, iso, updated))
    model, base = crawl_and_build(pages, tmp_path / "out")
    assert {d.url.removeprefix(base): d.column_url.removeprefix(base) for d in model.documents if d.column_url} == {
        f"archives/{pid}": "category/xwzx/xczx/" for pid, *_ in _ROWS}


def test_an_articles_own_header_is_no_site_chrome_whatever_its_class() -> None:
    """HTML maps a <header> to the page's banner only outside <article>/<main>/<section>/<aside>: the post's own header
    (its class words unknown: tests/sites/mutate.py `classes`) holds its date and title, read as the page's."""
    html = _post(1307, "桐岙镇召开党委理论学习中心组学习会（1）", "2026年11月18日", "2026-11-18").replace("entry-header", "x5f3a01")
    facts = extract_page(html, f"{HOST}/archives/1307")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", "桐岙镇召开党委理论学习中心组学习会（1）", "2026-11-18")


def test_a_page_path_after_an_archive_is_its_later_page() -> None:
    """WP_Rewrite's pagination_base: `/category/xwzx/page/3/` is page 3 of `/category/xwzx/` (its pager's class words
    unknown, the parent category's later pages were columns of their own, three of them stale)."""
    later = list_page(f"{HOST}/category/xwzx/page/3/")
    assert (later.key, later.number) == (f"{HOST}/category/xwzx/", 3)
    assert list_page(f"{HOST}/category/xwzx/gzdt/").number is None


def test_a_post_whose_category_class_is_a_related_word_keeps_its_date() -> None:
    """A 政策解读 post: `<article class="… category-zcjd">` (its category's slug is a related box's class word,
    so the whole post reads as a related box) whose text cites its document (`相关文件：<a>…</a>`, the link text
    holding the category's name). A date shown only inside a related box is a row's, never the page's (万载's
    关联稿件 box, round 11): applied to this box, the post's own 发布于 date went too, and the late interpretation
    planted on the wp sample site was undecided. A box showing the page's title outside its links is the page."""
    title = "《桐岙镇村级财务管理办法》政策解读"
    page = _post(1769, title, "2026年7月30日", "2026-07-30").replace("category-gzdt", "category-zcjd").replace(
        "</p>\n\t</div><!-- .entry-content -->",
        '</p><p>相关文件：<a href="/archives/1727">桐岙镇人民政府关于印发《桐岙镇村级财务管理办法》的通知</a></p>\n\t</div><!-- .entry-content -->')
    page = page.replace('rel="category tag">工作动态</a>', 'rel="category tag">政策解读</a>')
    facts = extract_page(page, HOST + "/archives/1769")
    assert (facts.pub_date, facts.pub_date_source) == ("2026-07-30", "visible")
    assert HOST + "/archives/1727" in facts.related_links


def test_archive_rows_whose_generated_class_names_carry_the_post_id_are_one_list() -> None:
    """post_class() under generated class names (the `classes` mutation at seed 25: `post-1664` → `x5e0f9e50-1664`): a
    token ending in the record's id is no part of a row's shape, whatever name precedes it. Before: every row a shape
    of its own, one row listed, the archive read as a document titled by its first post (新闻中心 undecided)."""
    html = re.sub(r'class="post-(\d+) post type-post status-publish format-standard hentry category-xczx"',
                  r'class="x5e0f9e50-\1 x5e0f9e50 x1953876e x9d77d091 xbecb0193 xa492c6cb xcad77264"', _archive())
    assert html.count("x5e0f9e50-") == len(_ROWS)
    facts = extract_page(html, f"{HOST}/category/xwzx/xczx/")
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [i.url.removeprefix(HOST) for i in facts.list_items] == [f"/archives/{r[0]}" for r in _ROWS]


def test_a_parent_category_lists_the_posts_of_all_its_children() -> None:
    """post_class() names each post's own category (`category-xczx`, `category-tzgg`): on the parent's archive the posts
    of two children differ by that token only. Before: the rows of the child with the most posts only (新闻中心 lost
    its 通知公告 posts, the newest among them)."""
    html = _archive().replace("category-xczx\">\n\t\t<header class=\"entry-header\">\n\t\t<div class=\"entry-meta\">"
                              '<span class="screen-reader-text">发布于</span> <a href="/archives/1671"',
                              "category-tzgg\">\n\t\t<header class=\"entry-header\">\n\t\t<div class=\"entry-meta\">"
                              '<span class="screen-reader-text">发布于</span> <a href="/archives/1671"')
    assert html.count("category-tzgg") == 1
    facts = extract_page(html, f"{HOST}/category/xwzx/")
    assert [i.url.removeprefix(HOST) for i in facts.list_items] == [f"/archives/{r[0]}" for r in _ROWS]
