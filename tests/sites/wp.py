"""The "wp" sample site: a 镇人民政府's portal (桐岙镇人民政府, 浙江) on WordPress (zh_CN) with a government child
theme of Twenty Seventeen, UTF-8, numeric permalinks (`/archives/<post id>`), categories at `/category/<slug>/`
(a child category `/category/<parent>/<child>/`), later pages `…/page/<n>/` and WordPress "pages" (the 政府信息公开指南
…) at `/<slug>/`.

Why WordPress: of the brief's preferred candidates it is the one whose stock markup the library holds as source
(WordPress/wordpress-develop: Twenty Seventeen's templates, the core pager) and as served pages (two Twenty Seventeen
pages of zh_CN sites, find_string `自豪地采用WordPress`, ids 15082161241 and 15396284956; a zh_CN blog footer with
粤ICP备 and 粤公网安备 beside 自豪地采用WordPress, id 67102847442); small 乡镇/街道 and public-body sites do run it
with a bought or home-made theme over Twenty Seventeen. Drupal, ThinkCMF, RuoYi-CMS, HkCMS and 齐博 gave no stock
front-end markup in the library searches made (`search` code/pages for their list templates and pagers). The library
holds no government WordPress page (find_string `人民政府 wp-content/themes`: none): the government content below
follows the other families' practice.

Sources (read with `read_file`):
  - WordPress/wordpress-develop `src/wp-content/themes/twentyseventeen/archive.php`: a category archive prints
    `header.page-header` with `h1.page-title` (the archive title) only when it has posts; each post through
    `template-parts/post/content.php`; then `the_posts_pagination()` with an SVG arrow and a screen-reader 上一页/下一页
    as the prev/next text and `<span class="meta-nav screen-reader-text">页 </span>` before each number; with no posts
    it prints `template-parts/post/content-none.php` (a 未找到 heading and a search form) — no list, no pager;
  - `template-parts/post/content.php`: `article#post-N` with `header.entry-header` → `div.entry-meta` holding
    `twentyseventeen_time_link()` and `h2.entry-title` linking the permalink; then `div.entry-content` with
    `the_content()` — the whole post up to its `<!--more-->`, followed by a 继续阅读 link to `#more-N` (on archives);
    on a single post `h1.entry-title`, `twentyseventeen_posted_on()` and `twentyseventeen_entry_footer()` (the category
    links `rel="category tag"`);
  - `inc/template-tags.php` `twentyseventeen_time_link`: `<span class="screen-reader-text">发布于</span> <a href=PERMALINK
    rel="bookmark"><time class="entry-date published" datetime="W3C">DATE</time><time class="updated" …>` — the
    date itself a link to the post, and a second, hidden `time.updated` when the post was modified after publication;
  - core `paginate_links` (the pager `nav.navigation.pagination` > `h2.screen-reader-text` + `div.nav-links`: the
    current page `<span aria-current="page" class="page-numbers current">`, others `a.page-numbers`, gaps
    `span.page-numbers.dots`, end_size 1, mid_size 2, page 1 at the category's own address), `the_post_navigation`
    (`nav.navigation.post-navigation` with `div.nav-previous`/`div.nav-next`, rel prev/next, titles undated), the
    widgets 近期文章 (`widget_recent_entries`, five titles, no dates by default) and 分类 (`widget_categories`,
    `li.cat-item`, empty categories hidden by default), the head's feed links, `rel="shortlink"` `/?p=N` (which
    WordPress answers with a 301 to the permalink) and `meta name="generator"`;
  - a category archive includes its child categories' posts (WP_Query `cat` includes children): a parent category
    lists every post of its children; an existing category with no posts answers 200 (WP::handle_404 keeps 200 for an
    existing term), not 404.
Guessed, said as such: the government child theme's home page, its 信息公开 list template (a `ul.gk-list` of
title + `Y-m-d` rows instead of the stock full posts), the metadata table pasted at the top of 规范性文件 posts, the
site-info footer's 主办/网站标识码/ICP lines; the zh_CN wordings of content-none and 404 (未找到, 有点尴尬诶！该页无法显示。);
the ids, slugs and every text.

First contact (56186cd's tool, plain): 107/107 pages, 115 requests, 不合格 0.0 with a false homepage-stale veto;
stale-columns and empty-columns recall 0.00 (the news categories were no columns: `<body class="… has-header-image …">`
made every page chrome, each post's `<header class="entry-header">` was chrome, rows were titled by their date link;
posts were one-row columns of themselves titled 近期文章 and undated: 发布于 without a colon was no date label, the
`&#8211;` title separator unknown), annual-reports 0.00/0.00 (5 false), interpretations 0.50, normative-metadata
recall 0.50 (documents given the parent category, which lists its children's posts). Fixed in the tool
(tests/model/test_wp_pages.py); the generator's slip (决算 titled by the wrong year) fixed in the generator. Under
`classes` (seed 0) a <header> inside <article> still made each post's head chrome (不合格, a false homepage-stale veto),
then the parent category's `page/N/` pages were 4 stale columns: fixed too. Left: a post's 信息公开 table read with a
主题分类 the 分类 widget's first category gives (`分类 新闻中心`): a false metadata reading no rule here scores."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
TOWN = "桐岙镇"
GOV = "桐岙镇人民政府"
SITE = f"{GOV}"
HTML = "text/html; charset=UTF-8"
ICP = "浙ICP备19008826号-1"
SITE_CODE = "3302830031"
THEME = "/wp-content/themes/tongao-gov/"
PARENT = "/wp-content/themes/twentyseventeen/"
PER_PAGE = 10


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Post:
    id: int
    title: str
    when: date
    body: str = ""
    modified: date | None = None
    meta: dict[str, str] | None = None  # the pasted 信息公开 table
    files: list[str] = field(default_factory=list)


@dataclass
class Cat:
    id: int
    slug: str
    name: str
    posts: list[Post] = field(default_factory=list)
    layout: str = "news"  # "news" (stock Twenty Seventeen archive) or "gk" (the child theme's title + date list)
    parent: Cat | None = None
    children: list[Cat] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"{self.parent.slug}/{self.slug}" if self.parent else self.slug

    def url(self, n: int = 1) -> str:
        return f"/category/{self.path}/" if n == 1 else f"/category/{self.path}/page/{n}/"

    def listed(self) -> list[Post]:
        """The archive's posts, newest first: its own and (WP_Query `cat`) its children's."""
        own = self.posts + [p for c in self.children for p in c.posts]
        return sorted(own, key=lambda p: (p.when, p.id), reverse=True)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.listed()) // PER_PAGE))


def _iso(d: date, pid: int) -> str:
    return f"{d:%Y-%m-%d}T{8 + pid % 9:02d}:{pid % 60:02d}:{(pid * 7) % 60:02d}+08:00"


def _cn(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("\u3000", "")


_SVG = '<svg class="icon icon-arrow-{0}" aria-hidden="true" role="img"> <use href="#icon-arrow-{0}" xlink:href="#icon-arrow-{0}"></use> </svg>'


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cats: list[Cat] = []
        self.next_id = 1300
        self.cat_of: dict[int, Cat] = {}
        self.pages_nav: list[tuple[str, str]] = []  # WordPress "pages": (slug, title)

    def post(self, title: str, when: date, body: str = "", **kw: object) -> Post:
        self.next_id += 7  # WordPress ids count revisions and attachments too
        return Post(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    @staticmethod
    def permalink(p: Post) -> str:
        return f"/archives/{p.id}"

    def all_posts(self) -> list[Post]:
        return sorted((p for c in self.cats for p in c.posts), key=lambda p: (p.when, p.id), reverse=True)

    # -- chrome ------------------------------------------------------------------------------------------------
    def head(self, title: str, extra: str = "") -> str:
        return ('<!DOCTYPE html>\n<html lang="zh-Hans" class="no-js no-svg">\n<head>\n<meta charset="UTF-8">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="profile" href="https://gmpg.org/xfn/11">\n\n'
                "<script>(function(html){html.className = html.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);</script>\n"
                f"<title>{title}</title>\n<meta name='robots' content='max-image-preview:large' />\n"
                f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="/feed/" />\n'
                f"<link rel='stylesheet' id='twentyseventeen-style-css' href='{THEME}style.css?ver=20231107' media='all' />\n"
                f"<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n"
                f'{extra}<meta name="generator" content="WordPress 6.4.3" />\n</head>\n\n')

    def nav(self, current: Cat | None) -> str:
        top = current
        while top is not None and top.parent is not None:
            top = top.parent
        items = [f'<li id="menu-item-10" class="menu-item menu-item-home{" current-menu-item" if current is None else ""} menu-item-10">'
                 '<a href="/">首页</a></li>']
        for c in self.cats:
            if c.parent is None:
                sub = "".join(f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{k.id + 40}">'
                              f'<a href="{_a(k.url())}">{k.name}</a></li>' for k in c.children)
                cur = " current-menu-ancestor" if top is c else ""
                items.append(f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-has-children{cur} menu-item-{c.id + 40}">'
                             f'<a href="{_a(c.url())}">{c.name}</a>\n<ul class="sub-menu">{sub}</ul>\n</li>')
        items.append('<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-90"><a href="/zqgk/">镇情概况</a></li>')
        return ('<div class="navigation-top">\n<div class="wrap">\n'
                '<nav id="site-navigation" class="main-navigation" aria-label="顶部菜单">\n'
                '<button class="menu-toggle" aria-controls="top-menu" aria-expanded="false">菜单</button>\n'
                '<div class="menu-main-container"><ul id="top-menu" class="menu">' + "".join(items) + '</ul></div>\n</nav>\n</div>\n</div>\n')

    def header(self, current: Cat | None, body_class: str) -> str:
        return (f'<body class="{body_class} wp-embed-responsive has-header-image has-sidebar colors-light">\n<div id="page" class="site">\n'
                '\t<a class="skip-link screen-reader-text" href="#content">跳至内容</a>\n\n'
                '\t<header id="masthead" class="site-header">\n\n\t\t<div class="custom-header">\n'
                '\t\t<div class="custom-header-media">\n\t\t\t<div id="wp-custom-header" class="wp-custom-header">'
                f'<img src="/wp-content/uploads/2023/03/header-tongao.jpg" width="2000" height="400" alt="{GOV}" /></div>\t\t</div>\n'
                '\t<div class="site-branding">\n\t<div class="wrap">\n\t\t<div class="site-branding-text">\n'
                f'\t\t\t\t\t\t\t<p class="site-title"><a href="/" rel="home">{GOV}</a></p>\n'
                '\t\t\t\t\t\t\t\t<p class="site-description">宁波市奉化区桐岙镇</p>\n\t\t\t\t\t</div><!-- .site-branding-text -->\n'
                '\t</div><!-- .wrap -->\n</div><!-- .site-branding -->\n\n</div><!-- .custom-header -->\n\n'
                + self.nav(current) + '\t</header><!-- #masthead -->\n\n\t<div class="site-content-contain">\n'
                '\t\t<div id="content" class="site-content">\n')

    def sidebar(self) -> str:
        recent = "".join(f'<li>\n\t\t\t\t<a href="{_a(self.permalink(p))}">{escape(p.title)}</a>\n\t\t\t\t\t\t</li>\n'
                         for p in self.all_posts()[:5])

        def cat_items(cats: list[Cat]) -> str:
            out = []
            for c in cats:
                if not c.listed():  # hide_empty
                    continue
                kids = cat_items(c.children)
                out.append(f'\t<li class="cat-item cat-item-{c.id}"><a href="{_a(c.url())}">{c.name}</a>'
                           + (f"\n<ul class='children'>\n{kids}</ul>\n" if kids else "") + "</li>\n")
            return "".join(out)
        return ('<aside id="secondary" class="widget-area" aria-label="博客边栏">\n'
                '\t<section id="search-2" class="widget widget_search">\n\n<form role="search" method="get" class="search-form" action="/">\n'
                '\t<label for="search-form-1">\n\t\t<span class="screen-reader-text">搜索：</span>\n\t</label>\n'
                '\t<input type="search" id="search-form-1" class="search-field" placeholder="搜索&hellip;" value="" name="s" />\n'
                '\t<button type="submit" class="search-submit"><svg class="icon icon-search" aria-hidden="true" role="img"> <use href="#icon-search" xlink:href="#icon-search"></use> </svg><span class="screen-reader-text">搜索</span></button>\n'
                '</form>\n</section>\n'
                '\t\t<section id="recent-posts-2" class="widget widget_recent_entries">\n\t\t<h2 class="widget-title">近期文章</h2><nav aria-label="近期文章">\n'
                f'\t\t<ul>\n{recent}\t\t\t\t\t</ul>\n\n\t\t</nav></section>'
                '<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">分类</h2><nav aria-label="分类">\n'
                f'\t\t\t<ul>\n{cat_items([c for c in self.cats if c.parent is None])}\t\t\t</ul>\n\n\t\t\t</nav></section>'
                '</aside><!-- #secondary -->\n')

    def footer(self) -> str:
        return ('\t\t</div><!-- #content -->\n\n\t\t<footer id="colophon" class="site-footer">\n\t\t\t<div class="wrap">\n'
                '<div class="site-info">\n'
                f'\t<p>主办：{GOV}　承办：{TOWN}党政综合办公室　地址：宁波市奉化区桐岙镇桐岙中路18号　电话：0574-88931001</p>\n'
                f'\t<p>网站标识码：{SITE_CODE}　<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">{ICP}</a></p>\n'
                '\t<a class="imprint" href="https://cn.wordpress.org/">自豪地采用WordPress</a>\n'
                '</div><!-- .site-info -->\n\t\t\t</div><!-- .wrap -->\n\t\t</footer><!-- #colophon -->\n'
                '\t</div><!-- .site-content-contain -->\n</div><!-- #page -->\n'
                f"<script src='{PARENT}assets/js/global.js?ver=20211130' id='twentyseventeen-global-js'></script>\n"
                '<svg style="position: absolute; width: 0; height: 0; overflow: hidden;" version="1.1" xmlns="http://www.w3.org/2000/svg" '
                'xmlns:xlink="http://www.w3.org/1999/xlink"><defs><symbol id="icon-arrow-left" viewBox="0 0 24 24"><path d="M21 11H6.414l5.293-5.293-1.414-1.414L2.586 12l7.707 7.707 1.414-1.414L6.414 13H21z"></path></symbol>'
                '</defs></svg>\n</body>\n</html>\n')

    def page(self, title: str, body: str, current: Cat | None, body_class: str, extra_head: str = "") -> Resource:
        html = self.head(title, extra_head) + self.header(current, body_class) + body + self.footer()
        return Resource(html.encode("utf-8"), HTML)

    # -- category archives -------------------------------------------------------------------------------------
    def pager(self, cat: Cat, n: int) -> str:
        total = cat.pages
        if total < 2:
            return ""
        nums: list[str] = []
        dots = False
        for p in range(1, total + 1):
            if p == n:
                nums.append(f'<span aria-current="page" class="page-numbers current"><span class="meta-nav screen-reader-text">页 </span>{p}</span>')
                dots = True
            elif p <= 1 or p > total - 1 or abs(p - n) <= 2:
                nums.append(f'<a class="page-numbers" href="{_a(cat.url(p))}"><span class="meta-nav screen-reader-text">页 </span>{p}</a>')
                dots = True
            elif dots:
                nums.append('<span class="page-numbers dots">&hellip;</span>')
                dots = False
        prev = (f'<a class="prev page-numbers" href="{_a(cat.url(n - 1))}">{_SVG.format("left")}<span class="screen-reader-text">上一页</span></a>'
                if n > 1 else "")
        nxt = (f'<a class="next page-numbers" href="{_a(cat.url(n + 1))}"><span class="screen-reader-text">下一页</span>{_SVG.format("right")}</a>'
               if n < total else "")
        return ('\n\t<nav class="navigation pagination" aria-label="文章分页">\n\t\t<h2 class="screen-reader-text">文章分页</h2>\n'
                f'\t\t<div class="nav-links">{prev}\n' + "\n".join(nums) + f"\n{nxt}</div>\n\t</nav>")

    def time_link(self, p: Post) -> str:
        stamp = f'<time class="entry-date published updated" datetime="{_iso(p.when, p.id)}">{_cn(p.when)}</time>'
        if p.modified is not None:
            stamp = (f'<time class="entry-date published" datetime="{_iso(p.when, p.id)}">{_cn(p.when)}</time>'
                     f'<time class="updated" datetime="{_iso(p.modified, p.id + 3)}">{_cn(p.modified)}</time>')
        return f'<span class="screen-reader-text">发布于</span> <a href="{_a(self.permalink(p))}" rel="bookmark">{stamp}</a>'

    def archive(self, cat: Cat, n: int) -> Resource:
        posts = cat.listed()[(n - 1) * PER_PAGE: n * PER_PAGE]
        title = f"{cat.name} &#8211; {SITE}" if n == 1 else f"{cat.name} &#8211; 第{n}页 &#8211; {SITE}"
        if not posts:
            main = ('<section class="no-results not-found">\n\t<header class="page-header">\n\t\t<h1 class="page-title">未找到</h1>\n'
                    '\t</header><!-- .page-header -->\n\t<div class="page-content">\n'
                    '\t\t\t<p>我们似乎无法找到您要的内容，也许搜索能有所帮助。</p>\n'
                    '\t\t\t<form role="search" method="get" class="search-form" action="/">\n'
                    '\t<input type="search" id="search-form-2" class="search-field" placeholder="搜索&hellip;" value="" name="s" />\n'
                    '\t<button type="submit" class="search-submit"><span class="screen-reader-text">搜索</span></button>\n</form>\n'
                    '\t</div><!-- .page-content -->\n</section><!-- .no-results -->\n')
            header = ""
        elif cat.layout == "news":
            header = (f'\t\t<header class="page-header">\n\t\t\t<h1 class="page-title">分类：<span>{cat.name}</span></h1>'
                      f'\t\t</header><!-- .page-header -->\n')
            main = "".join(self.excerpt(p) for p in posts) + self.pager(cat, n)
        else:
            header = (f'\t\t<header class="page-header">\n\t\t\t<h1 class="page-title">分类：<span>{cat.name}</span></h1>'
                      f'\t\t</header><!-- .page-header -->\n')
            rows = "".join(f'\t<li><a href="{_a(self.permalink(p))}" title="{escape(p.title)}">{escape(p.title)}</a>'
                           f'<span class="gk-date">{p.when:%Y-%m-%d}</span></li>\n' for p in posts)
            main = f'<ul class="gk-list">\n{rows}</ul>\n' + self.pager(cat, n)
        body = (f'\n<div class="wrap">\n\n{header}\n\t<div id="primary" class="content-area">\n\t\t<main id="main" class="site-main">\n\n'
                f'{main}\n\t\t</main><!-- #main -->\n\t</div><!-- #primary -->\n\t{self.sidebar()}</div><!-- .wrap -->\n\n')
        feed = f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {cat.name}分类Feed" href="{_a(cat.url())}feed/" />\n'
        return self.page(title, body, cat, f"archive category category-{cat.slug} category-{cat.id}" + (" paged" if n > 1 else ""), feed)

    def excerpt(self, p: Post) -> str:
        """content.php on an archive: the date link, the title, the post up to its <!--more--> and 继续阅读."""
        first = p.body.split("<!--more-->")[0]
        more = ""
        if "<!--more-->" in p.body:
            more = (f'<p><a href="{_a(self.permalink(p))}#more-{p.id}" class="more-link">继续阅读<span class="screen-reader-text">'
                    f'“{escape(p.title)}”</span></a></p>\n')
        cat = self.cat_of[p.id]
        return (f'\n<article id="post-{p.id}" class="post-{p.id} post type-post status-publish format-standard hentry category-{cat.slug}">\n'
                f'\t\t<header class="entry-header">\n\t\t<div class="entry-meta">{self.time_link(p)}</div><!-- .entry-meta -->'
                f'<h2 class="entry-title"><a href="{_a(self.permalink(p))}" rel="bookmark">{escape(p.title)}</a></h2>\t</header><!-- .entry-header -->\n\n'
                f'\t<div class="entry-content">\n\t\t{first}\n{more}\t</div><!-- .entry-content -->\n\n</article><!-- #post-{p.id} -->\n')

    # -- single posts ------------------------------------------------------------------------------------------
    def single(self, p: Post, prev: Post | None, nxt: Post | None) -> Resource:
        cat = self.cat_of[p.id]
        table = ""
        if p.meta is not None:
            table = ('<table class="gk-table" style="width:100%" border="1" cellspacing="0" cellpadding="6"><tbody>\n'
                     + "".join(f'<tr><td style="width:20%">{k}</td><td>{v}</td></tr>\n' for k, v in p.meta.items()) + "</tbody></table>\n")
        files = "".join(f'<p>附件：<a href="{_a(u)}">{escape(p.title)}{u[u.rfind("."):]}</a></p>\n' for u in p.files)
        navs = ""
        if prev is not None:
            navs += (f'<div class="nav-previous"><a href="{_a(self.permalink(prev))}" rel="prev"><span class="screen-reader-text">上一篇文章</span>'
                     f'<span aria-hidden="true" class="nav-subtitle">上一篇</span> <span class="nav-title"><span class="nav-title-icon-wrapper">'
                     f'{_SVG.format("left")}</span>{escape(prev.title)}</span></a></div>')
        if nxt is not None:
            navs += (f'<div class="nav-next"><a href="{_a(self.permalink(nxt))}" rel="next"><span class="screen-reader-text">下一篇文章</span>'
                     f'<span aria-hidden="true" class="nav-subtitle">下一篇</span> <span class="nav-title">{escape(nxt.title)}'
                     f'<span class="nav-title-icon-wrapper">{_SVG.format("right")}</span></span></a></div>')
        body = ('\n<div class="wrap">\n\t<div id="primary" class="content-area">\n\t\t<main id="main" class="site-main">\n\n'
                f'<article id="post-{p.id}" class="post-{p.id} post type-post status-publish format-standard hentry category-{cat.slug}">\n'
                f'\t\t<header class="entry-header">\n\t\t<div class="entry-meta"><span class="posted-on">{self.time_link(p)}</span></div><!-- .entry-meta -->'
                f'<h1 class="entry-title">{escape(p.title)}</h1>\t</header><!-- .entry-header -->\n\n'
                f'\t<div class="entry-content">\n{table}{p.body.replace("<!--more-->", f"<span id={chr(34)}more-{p.id}{chr(34)}></span>")}\n{files}'
                '\t</div><!-- .entry-content -->\n\n'
                f'\t<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><span class="screen-reader-text">分类</span>'
                f'<a href="{_a(cat.url())}" rel="category tag">{cat.name}</a></span></span></footer> <!-- .entry-footer -->\n'
                f'</article><!-- #post-{p.id} -->\n\n'
                '\t<nav class="navigation post-navigation" aria-label="文章">\n\t\t<h2 class="screen-reader-text">文章导航</h2>\n'
                f'\t\t<div class="nav-links">{navs}</div>\n\t</nav>\n'
                f'\t\t</main><!-- #main -->\n\t</div><!-- #primary -->\n\t{self.sidebar()}</div><!-- .wrap -->\n\n')
        extra = (f'<link rel="canonical" href="{_a(self.permalink(p))}" />\n'
                 f"<link rel='shortlink' href='/?p={p.id}' />\n")
        return self.page(f"{escape(p.title)} &#8211; {SITE}", body, cat,
                         f"post-template-default single single-post postid-{p.id} single-format-standard", extra)

    def render(self) -> None:
        for c in self.cats:
            for p in c.posts:
                self.cat_of[p.id] = c
        for c in self.cats:
            self.res[c.url()] = self.archive(c, 1)
            for n in range(2, c.pages + 1):
                self.res[c.url(n)] = self.archive(c, n)
                self.traps.append(Trap(c.url(n), LATER_PAGE))
        ordered = sorted((p for c in self.cats for p in c.posts), key=lambda p: (p.when, p.id))
        for i, p in enumerate(ordered):  # the_post_navigation: adjacent posts of the whole blog by date
            prev = ordered[i - 1] if i else None
            nxt = ordered[i + 1] if i + 1 < len(ordered) else None
            self.res[self.permalink(p)] = self.single(p, prev, nxt)
            self.res[f"/?p={p.id}"] = Resource(b"", HTML, 301, self.permalink(p))

    def wp_page(self, slug: str, title: str, text: str) -> None:
        """content-page.php: a WordPress page — its title and text, no date, no category."""
        body = ('\n<div class="wrap">\n\t<div id="primary" class="content-area">\n\t\t<main id="main" class="site-main">\n\n'
                f'<article id="post-{len(self.pages_nav) + 20}" class="post-{len(self.pages_nav) + 20} page type-page status-publish hentry">\n'
                f'\t<header class="entry-header">\n\t\t<h1 class="entry-title">{title}</h1>\t\t</header><!-- .entry-header -->\n'
                f'\t<div class="entry-content">\n\t\t{text}\n\t</div><!-- .entry-content -->\n</article><!-- #post-## -->\n\n'
                '\t\t</main><!-- #main -->\n\t</div><!-- #primary -->\n</div><!-- .wrap -->\n\n')
        self.pages_nav.append((slug, title))
        self.res[f"/{slug}/"] = self.page(f"{title} &#8211; {SITE}", body, None, f"page-template-default page page-id-{len(self.pages_nav) + 19}")


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


_WORK = ("会议要求，各村（社区）、各线办要提高思想认识，压实工作责任，细化工作举措，"
         "加强督查考核，确保各项工作落到实处、取得实效。")
_SUBJECTS = ("召开党委理论学习中心组学习会", "开展安全生产大检查", "推进美丽乡村建设", "召开重点工作推进会", "开展文明城市创建行动",
             "举办农民丰收节", "走访慰问困难群众", "开展防台防汛应急演练", "召开平安建设工作会议", "开展垃圾分类宣传")
BROKEN_IMAGE = "/wp-content/uploads/2026/11/IMG_20261106_093812.jpg"
BROKEN_PDF = "/wp-content/uploads/2026/06/kpx-2026-06.pdf"
DELETED = "/archives/1188"


def _news(s: _Site) -> tuple[Cat, Cat]:
    xwzx = Cat(2, "xwzx", "新闻中心")
    gzdt = Cat(3, "gzdt", "工作动态", parent=xwzx)
    for i in range(34):
        gzdt.posts.append(s.post(f"{TOWN}{_SUBJECTS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 5),
                                 _paras(f"近日，{TOWN}{_SUBJECTS[i % 10]}。镇党委、政府主要负责同志出席并讲话，各村（社区）、各线办负责人参加。")
                                 + "<!--more-->" + _paras(_WORK)))
    good = "/wp-content/uploads/2026/11/IMG_20261110_101230-1024x683.jpg"
    gzdt.posts[0].body += f'<figure class="wp-block-image size-large"><img src="{good}" alt="" class="wp-image-1288"/></figure>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    gzdt.posts[1].body += f'<figure class="wp-block-image size-large"><img src="{BROKEN_IMAGE}" alt="" class="wp-image-1296"/></figure>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "工作动态正文图片 404", probe="status:404"))
    gzdt.posts[3].body += f'<p>相关阅读：<a href="{DELETED}">{TOWN}召开经济运行分析会</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除（移入回收站）的文章（404）", probe="status:404"))
    s.traps.append(Trap(gzdt.url(), "工作动态最新 2026-11-18；第 2–4 页在 /page/N/，分页的上一页/下一页只有屏幕阅读器文字和箭头图标：同一栏目，不过期"))

    tzgg = Cat(4, "tzgg", "通知公告", parent=xwzx)
    for i in range(16):
        tzgg.posts.append(s.post(f"关于{('做好冬季森林防火', '开展2026年度农村建房审批', '开展城乡居民医保参保缴费', '桐岙中路施工交通管制')[i % 4]}工作的通知（{i + 1}）",
                                 AS_OF - timedelta(days=6 + i * 11), _paras("各村（社区）、各线办：", _WORK, GOV)))
    tzgg.posts.append(s.post(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 20),
                             _paras("经清理，继续有效的行政规范性文件6件，宣布失效2件。", _WORK)))
    tzgg.posts[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    ok_file = "/wp-content/uploads/2026/10/tongao-2026-10-20.docx"
    tzgg.posts[5].files.append(ok_file)
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14，共 2 页：不过期"))

    xczx = Cat(5, "xczx", "乡村振兴", parent=xwzx)
    for i in range(6):
        p = s.post(f"{TOWN}{('召开乡村振兴工作推进会', '开展农村人居环境整治', '举办农村实用人才培训')[i % 3]}（{i + 1}）",
                   date(2025, 4, 16) - timedelta(days=i * 43), _paras(f"{TOWN}此次共组织群众120余人次参加。", _WORK))
        xczx.posts.append(p)
    xczx.posts[0].modified = date(2026, 11, 3)  # a typo corrected this month: the post still dates from 2025-04-16
    s.key.append(Expected("stale-columns", xczx.url(), "乡村振兴最新一篇 2025-04-16 发布，超过 1 年未更新（2026-11-03 只是修改时间）",
                          probe="newest:2025-04-16"))

    bmfw = Cat(6, "bmfw", "便民服务", parent=xwzx)
    s.key.append(Expected("empty-columns", bmfw.url(), "便民服务分类没有任何文章：页面只显示“未找到”和搜索框", probe="no-rows"))
    xwzx.children = [gzdt, tzgg, xczx, bmfw]
    s.cats += [xwzx, gzdt, tzgg, xczx, bmfw]
    s.traps.append(Trap(xwzx.url(), "新闻中心是父分类：WordPress 的分类页同时列出各子分类的文章，最新 2026-11-18，不过期，不是另一个栏目的缺陷"))
    return gzdt, tzgg


_NORMATIVE = (("农村宅基地审批管理", "table", ""), ("村级工程项目管理", "table", "missing"), ("农村生活垃圾分类管理", "none", ""),
              ("村级财务管理", "table", "late"), ("集体资产租赁管理", "table", "unlinked"), ("临时救助实施", "table", "alias"),
              ("村务监督委员会工作", "table-no-validity", ""))


def _disclosure(s: _Site) -> tuple[Cat, list[tuple[Post, Post, str]]]:
    xxgk = Cat(9, "xxgk", "信息公开", layout="gk")
    gfx = Cat(10, "gfxwj", "规范性文件", layout="gk", parent=xxgk)
    zcjd = Cat(11, "zcjd", "政策解读", layout="gk", parent=xxgk)
    interps: list[tuple[Post, Post, str]] = []
    for k, (subject, shape, _defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 20) - timedelta(days=33 * k)
        number = f"桐政发〔{when.year}〕{21 - k}号"
        short = f"{TOWN}{subject}办法"
        p = s.post(f"{GOV}关于印发《{short}》的通知", when)
        p.body = _paras("各村（社区）、各线办：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本镇{subject}工作，根据有关法律法规和上级有关规定，制定本办法。",
                        "第二条　本办法适用于本镇行政区域内的村（社区）和单位。",
                        "第三条　镇党政综合办公室负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"11330283002{k:02d}/{when.year}-{k + 61:05d}", "发布机构": GOV, "文号": number,
                "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if shape == "table":
            p.meta = meta
        elif shape == "table-no-validity":
            p.meta = {k2: v for k2, v in meta.items() if k2 != "有效性"}
        else:
            p.body = f'<p style="text-align:center">{number}</p>' + p.body
        gfx.posts.append(p)
    for k, ((subject, shape, defect), p) in enumerate(zip(_NORMATIVE, gfx.posts)):
        url = s.permalink(p)
        short = f"{TOWN}{subject}办法"
        if shape == "table-no-validity":
            s.key.append(Expected("normative-metadata", url, "规范性文件元数据表缺少有效性", probe="meta-missing:有效性"))
        elif shape == "none":
            s.key.append(Expected("normative-metadata", url, "规范性文件没有元数据表（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 17 if defect == "late" else k % 3
        i = s.post(f"《{short}》政策解读" if k % 2 else f"一图读懂《{short}》", p.when + timedelta(days=lag),
                   _paras(f"一、起草背景　为规范本镇{subject}工作，镇政府组织起草了《{short}》。",
                          "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　镇党政综合办公室。" + _WORK))
        interps.append((p, i, defect))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        elif defect == "alias":
            s.traps.append(Trap(url, "解读用短链接 /?p=N 链接文件，WordPress 以 301 跳转到 /archives/N：已互相链接"))
        else:
            s.traps.append(Trap(url, "文件与解读在正文末互相链接，解读及时发布"))
    zcjd.posts += [i for _, i, _ in interps]

    czxx = Cat(12, "czxx", "财政信息", layout="gk", parent=xxgk)
    for n in range(5):
        year = 2025 - n // 2
        czxx.posts.append(s.post(f"{GOV}{year if n % 2 == 0 else year - 1}年{'预算' if n % 2 == 0 else '决算'}公开", date(2025, 6, 12) - timedelta(days=180 * n),
                                 _paras("根据《中华人民共和国预算法》有关规定，现将本镇预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czxx.url(), "财政信息最新 2025-06-12，超过 1 年（2026 年预算未公开）", probe="newest:2025-06-12"))

    ndbg = Cat(13, "ndbg", "政府信息公开年报", layout="gk", parent=xxgk)
    published = {2025: date(2026, 1, 21), 2023: date(2024, 4, 16), 2022: date(2023, 1, 31), 2021: date(2022, 1, 19)}
    for year, when in published.items():
        p = s.post(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 5))
        ndbg.posts.append(p)
        if year == 2023:
            s.key.append(Expected("annual-reports", s.permalink(p), "2023 年度报告 2024-04-16 发布，晚于公开期限（3 月 31 日）",
                                  match=(TOWN, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(s.permalink(p), "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告", match=(TOWN, "2024"), probe="no-report:2024"))

    zdly = Cat(14, "zdly", "重点领域信息", layout="gk", parent=xxgk)
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域信息分类没有任何文章：页面只显示“未找到”和搜索框", probe="no-rows"))
    xxgk.children = [gfx, zcjd, czxx, ndbg, zdly]
    s.cats += [xxgk, gfx, zcjd, czxx, ndbg, zdly]
    s.traps.append(Trap(xxgk.url(), "信息公开是父分类：列出全部子分类的文章，不过期"))
    return gfx, interps


def _link_interps(s: _Site, interps: list[tuple[Post, Post, str]]) -> None:
    for p, i, defect in interps:
        if defect == "unlinked":
            continue
        target = f"/?p={p.id}" if defect == "alias" else s.permalink(p)
        i.body += f'<p>相关文件：<a href="{_a(target)}">{p.title}</a></p>'
        p.body += f'<p>相关解读：<a href="{_a(s.permalink(i))}">{i.title}</a></p>'


_PAGES = (("zqgk", "镇情概况", f"{TOWN}位于奉化区北部，面积46.3平方公里，辖12个行政村、2个社区，户籍人口3.1万人。"),
          ("jgzn", "机构职能", f"{GOV}负责本镇经济社会发展规划、社会管理和公共服务，设党政综合办公室等7个内设机构。"),
          ("xxgkzn", "政府信息公开指南", f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。本指南自2026年2月10日起施行。"),
          ("fdzdgk", "法定主动公开内容", f"{GOV}法定主动公开内容包括机构职能、规范性文件、政策解读、财政信息、政府信息公开年报和重点领域信息，见信息公开各分类。"),
          ("ysqgk", "依申请公开", "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：镇党政综合办公室。"),
          ("xxgkzd", "政府信息公开制度", "本镇建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"))


def _home(s: _Site, gzdt: Cat, tzgg: Cat, gfx: Cat) -> None:
    """The child theme's front page (guessed): three blocks of titles with `m-d` dates and the 信息公开 links."""
    def block(cat: Cat, n: int) -> str:
        rows = "".join(f'<li><a href="{_a(s.permalink(p))}" title="{escape(p.title)}">{escape(p.title)}</a>'
                       f'<span class="date">{p.when:%m-%d}</span></li>' for p in cat.listed()[:n])
        return (f'<section class="home-block"><h2 class="block-title"><a href="{_a(cat.url())}">{cat.name}</a>'
                f'<a class="more" href="{_a(cat.url())}">更多</a></h2><ul>{rows}</ul></section>')
    links = "".join(f'<a href="/{slug}/">{title}</a> ' for slug, title, _ in _PAGES[1:])
    body = (f'\n<div class="wrap home-wrap">\n<div id="primary" class="content-area">\n<main id="main" class="site-main">\n'
            f'{block(gzdt, 8)}{block(tzgg, 6)}{block(gfx, 5)}\n<section class="home-gk"><h2 class="block-title">政务公开</h2>'
            f'<p class="gk-links">{links}</p></section>\n</main>\n</div>\n</div>\n\n')
    s.res["/"] = s.page(f"{SITE} &#8211; 宁波市奉化区桐岙镇", body, None, "home page-template page-template-front-page page")


NOT_FOUND = ('<!DOCTYPE html>\n<html lang="zh-Hans"><head><meta charset="UTF-8"><title>未找到页面 &#8211; 桐岙镇人民政府</title></head>'
             '<body class="error404"><div class="wrap"><div id="primary" class="content-area"><main id="main" class="site-main">'
             '<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">有点尴尬诶！该页无法显示。</h1></header>'
             '<div class="page-content"><p>这儿似乎什么都没有，试试搜索？</p></div></section></main></div></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"wp offers only the small size, not {size!r}")
    s = _Site()
    gzdt, tzgg = _news(s)
    gfx, interps = _disclosure(s)
    for c in s.cats:
        for p in c.posts:
            s.cat_of[p.id] = c
    _link_interps(s, interps)
    s.render()
    for slug, title, text in _PAGES:
        s.wp_page(slug, title, _paras(text))
    s.traps.append(Trap("/jgzn/", "WordPress 页面（page），没有日期：不是过期栏目"))
    _home(s, gzdt, tzgg, gfx)
    newest = s.all_posts()[:10]
    items = "".join(f"<item><title>{escape(p.title)}</title><link>http://www.tongao.gov.cn{s.permalink(p)}</link>"
                    f"<pubDate>{p.when:%a, %d %b %Y} 09:00:00 +0000</pubDate></item>" for p in newest)
    s.res["/feed/"] = Resource((f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{SITE}</title>'
                                f"{items}</channel></rss>").encode(), "application/rss+xml; charset=UTF-8")
    for c in s.cats:
        s.res[f"{c.url()}feed/"] = Resource(b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel></channel></rss>',
                                            "application/rss+xml; charset=UTF-8")
        for p in c.posts:
            for href in p.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {p.id}"), "application/pdf")
    s.res["/wp-content/uploads/2023/03/header-tongao.jpg"] = Resource(tiny_png(), "image/jpeg")
    s.res[f"{THEME}style.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/wp-includes/js/jquery/jquery.min.js"] = Resource(b"/* jquery */", "application/javascript")
    s.res[f"{PARENT}assets/js/global.js"] = Resource(b"/* global */", "application/javascript")
    s.key.append(Expected("footer", "/", "页脚有主办、网站标识码和 ICP 备案号，缺公安机关备案号", probe="footer-lacks:公网安备"))
    s.key.append(Expected("footer", s.permalink(gzdt.posts[0]), "全站同一页脚：缺公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=r"^/.+"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "WordPress 页面只有 robots 和 generator", probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap(s.permalink(gzdt.posts[0]), "文章页的上一篇/下一篇（全站按日期相邻，无日期）和边栏近期文章（无日期）：文章页不是栏目"))
    s.traps.append(Trap(s.permalink(s.cats[3].posts[0]), "文章页有隐藏的修改时间 time.updated（2026-11-03），发布日期是 2025-04-16"))
    return SampleSite("wp", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
