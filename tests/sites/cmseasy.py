"""The "cmseasy" sample site: a 镇人民政府's portal (桐溪镇人民政府, 安徽) on CmsEasy 7 with its stock `default_bootstrap`
template, UTF-8, the stock dynamic addresses: columns `/index.php?case=archive&act=list&catid=<id>` with later pages
`&page=<n>`, articles `/index.php?case=archive&act=show&aid=<id>`, site announcements
`/index.php?case=announ&act=show&id=<id>`; single-page columns (the `list_page.html` template: 镇情概况, the
信息公开指南 …) at the same list address as any column.

Why CmsEasy: of the brief's candidates it is the one whose stock front-end templates the library holds whole; small
镇, school and public-body sites run it with the stock Bootstrap template lightly edited. Sources (read with
`read_file`/`find_string`):
  - cidengcc/cmseasy `template/default_bootstrap/header.html`: `<meta charset="utf-8" />`, `<title>`, keywords,
    description and `<meta name="author" content="CmsEasy Team" />`, the Bootstrap `nav.navbar.navbar-default` with the
    logo `a.navbar-brand` and `div#navbar > ul.nav.navbar-nav > li.oen`, a column with children a `li.dropdown` whose
    link carries `data-toggle="dropdown"` and a `ul.two.dropdown-menu` of its children;
  - `position.html`: `nav.sub_menu > ol.breadcrumb` opening with a `span.glyphicon.glyphicon-list`, 首页 then each
    column as `<li><a title=… href=…>`;
  - `archive/list_text_column.html`: each row a `div.news-list.list-border` holding `div.list-date` with the DAY in a
    `<span>` and the `Y-m` in a `<p>` after it (`sdate(adddate,'d')`, `sdate(adddate,'Y-m')`: the date split in two,
    day first), the title `h4 > a[title][target=_blank]`, the intro `<p>` cut at 66 characters with `… <a>[更多]</a>`
    linking the article again; `div.col-md-4` holds `list_right.html`;
  - `list_right.html` (`div.content-right-list`): the top column's name in an `h3`, its children in `ul.row > li.oen`,
    then an `h3 > a` 网站公告 over an `ol` of five announcement titles and an `h3 > a` 相关内容 over an `ol` of the
    column's ten newest titles — no dates in either box; on an empty column the 相关内容 `ol` is empty and nothing
    else in the page says so;
  - `system/category_pagination.html`: `nav > ul.pagination` with `«` (previous, absent on page 1), the numbers (the
    current one `li.active > a` without href), `»` with `aria-label="Next"` (absent on the last page); an empty column
    prints the `ul` with no item;
  - `archive/show.html`: the title in `div.title > h3 > a` (no href) with a `<small>` subtitle, the description in a
    `<p>` and a `<span>——</span>`, the 打印/小/中/大 tools, the text `div#print.lead.content`, `附件：`, then
    `div#page` with `<strong>上一篇：</strong>` / `<strong>下一篇：</strong>` and 没有了 at the ends, and, when the article
    has a tag, a 相关内容 box (`div.title h3 a {tag}<small>相关内容</small>`) of `div.news-list` rows with the same split
    dates as a column list — a dated list on every tagged article;
  - the CmsEasy 7 visual section `content-adddate` (`{lang('adddate')}`, a colon in a span of its own, then
    `span.cmseasyedit.time` with `adddate`, each on its own line, followed by an inline `<style>`): the article date
    `发布时间 ： 2026-11-18 09:41:22`, label, colon and value in three spans;
  - `archive/list_page.html`: a single-page column: `div.title` with the column name, the tools, the content in
    `div.content.lead#print`;
  - `footer.html`: `footer > div.foot`, the site description in an `h5`, four foot columns, `div.foot-contactus > ul`
    (地址/邮编/电话/传真/邮箱), and `div.copyright > p`: `{site_right}<a>{sitename}</a>,Inc.All rights reserved.`, 网站地图,
    the ICP number linking `http://www.miibeian.gov.cn/` and the 公安 number `recordcode=` with `images/g.png`
    (`{site_beian}公网安备{number}号`); 友情链接 (`div.home-links`) only on the home page; CmsEasy has no 网站标识码 field;
  - URL forms: `index.php?case=archive&act=list&catid=8&page=3` and `act=show&aid=…` from a scrapy spider of a real
    CmsEasy site (`Qinghai` spiders, xntg) and many config/README mentions; `upload/images/201302/13619714956133.jpg`
    from a real CmsEasy config.
Guessed, said as such: the government content, the home blocks (the stock `tag_content-index-2` form: `h4 > a`,
`p.date` with the full `adddate`, an intro), the 信息公开 metadata table pasted into 规范性文件 (two label/value pairs a
row), the announcement page, the text that links a document and its interpretation, every id and text. No 2017 metas.

First contact (fdabde8's tool, plain): 89/89 pages; stale-columns and empty-columns recall 0.00, annual-reports
0.50/0.50 (the split `<span>18</span><p>2026-11</p>` date was never read: every one-page column was a hub), and one
unplanted finding of the generator's own (no 政府信息公开制度 page: added). Fixed in the tool (tests/model/
test_cmseasy_pages.py): the calendar box among a row's children dates it; then every tagged news article read as a column
of its three related rows (rows below 上一篇：/下一篇： are no list of the page's); the empty columns were hubs because of
the side column's 网站公告 titles (a trail standing alone above the side column). Under the `classes` mutation the
规范性文件 documents were filed under their parent column 政务公开 (fixed: the child is the column whose rows every other
lists too); the two empty columns stay unjudged there (hubs: the Bootstrap trail is no trail without its class).

Every planted defect is an `Expected` entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
TOWN = "桐溪镇"
GOV = "桐溪镇人民政府"
HTML = "text/html; charset=utf-8"
ICP = "皖ICP备17012286号-1"
PSB = "34172302000148"
PER_PAGE = 10
SKIN = "/template/default_bootstrap/skin"


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Arc:
    aid: int
    title: str
    when: date
    body: str = ""
    meta: dict[str, str] | None = None  # the pasted 信息公开 table
    files: list[str] = field(default_factory=list)
    tag: str = ""


@dataclass
class Cat:
    catid: int
    name: str
    arcs: list[Arc] = field(default_factory=list)
    parent: int = 0
    sons: list[Arc] = field(default_factory=list)  # a parent column lists its children's articles too

    def url(self, n: int = 1) -> str:
        base = f"/index.php?case=archive&act=list&catid={self.catid}"
        return base if n <= 1 else f"{base}&page={n}"

    def listed(self) -> list[Arc]:
        return sorted(self.arcs + self.sons, key=lambda a: (a.when, a.aid), reverse=True)

    @property
    def pages(self) -> int:
        return -(-len(self.arcs + self.sons) // PER_PAGE)


def _stamp(d: date, aid: int) -> str:
    return f"{d:%Y-%m-%d} {8 + aid % 9:02d}:{aid % 60:02d}:{(aid * 7) % 60:02d}"


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("\u3000", "")


ANNOUNCEMENTS = (("关于网站系统升级维护的公告", "本网站将于近期进行系统升级维护，维护期间部分栏目可能无法访问。"),
                 ("网站留言板使用说明", "留言请遵守法律法规，文明用语，涉及个人隐私的内容请勿公开留言。"))


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cats: list[Cat] = []
        self.pages: dict[int, tuple[str, str]] = {}  # single-page columns: catid -> (name, content)
        self.next_aid = 120
        self.cat_of: dict[int, Cat] = {}
        self.nav: list[tuple[str, str, list[tuple[str, str]]]] = []

    def arc(self, title: str, when: date, body: str = "", **kw: object) -> Arc:
        self.next_aid += 1
        return Arc(self.next_aid, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    @staticmethod
    def link(a: Arc) -> str:
        return f"/index.php?case=archive&act=show&aid={a.aid}"

    @staticmethod
    def page_url(catid: int) -> str:
        return f"/index.php?case=archive&act=list&catid={catid}"

    # -- chrome (header.html, position.html, footer.html) -------------------------------------------------------
    def head(self, title: str) -> str:
        return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8" />\n'
                f'<title>{title}</title>\n<meta name="renderer" content="webkit">\n'
                '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=0, minimal-ui">\n'
                f'<meta name="keywords" content="{TOWN},{GOV},政务公开" />\n'
                f'<meta name="description" content="{GOV}门户网站" />\n<meta name="author" content="CmsEasy Team" />\n'
                f'<link href="{SKIN}/css/bootstrap.min.css" rel="stylesheet">\n<link href="{SKIN}/css/style.css" rel="stylesheet">\n'
                f'<script src="{SKIN}/js/jquery.min.js"></script>\n'
                '<script language=javascript> \n<!-- \nwindow.onerror=function(){return true;} \n// --> \n</script> \n</head>\n<body>\n')

    def navbar(self, top: int) -> str:
        items = [f'<li class="oen{" active" if top == 0 else ""}"><a href="/">首页</a></li>']
        for url, name, kids in self.nav:
            catid = int(url.rsplit("=", 1)[1])
            active = " active" if catid == top else ""
            if kids:
                sub = "".join(f'<li>\n<a title="{n}" href="{_a(u)}">{n}</a>\n</li>\n' for u, n in kids)
                items.append(f'<li class="oen{active} dropdown">\n<a href="{_a(url)}" data-toggle="dropdown" data-submenu=""\n'
                             f'>{name}<span class="caret"></span></a>\n<ul class="two dropdown-menu">\n{sub}</ul>\n</li>')
            else:
                items.append(f'<li class="oen{active}">\n<a href="{_a(url)}">{name}</a>\n</li>')
        return ('<!-- nav -->\n<nav class="navbar navbar-default">\n<div class="container">\n<div class="navbar-header">\n'
                '<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar" '
                f'aria-expanded="false" aria-controls="navbar">\n<span class="sr-only">{GOV}</span>\n'
                '<span class="icon-bar"></span>\n<span class="icon-bar"></span>\n<span class="icon-bar"></span>\n</button>\n'
                '<div class="top-nav-right navbar-right">\n<ul>\n<li id="fat-menu" class="dropdown">\n'
                '<a class="dropdown-toggleglyphicon glyphicon glyphicon-globe" data-toggle="dropdown" role="button"></a>\n'
                '<ul class="dropdown-menu" aria-labelledby="drop3">\n<li><a id="StranLink" name="StranLink">繁體</a></li>\n</ul>\n</li>\n'
                '<li class="glyphicon glyphicon-search" data-toggle="modal" data-target=".bs-example-modal-lg-search" aria-hidden="true"></li>\n'
                '</ul>\n</div>\n<!-- logo -->\n<a href="/" class="navbar-brand text-center"><img src="/upload/images/logo.png" '
                f'class="img-responsive" alt="{GOV}" /></a>\n<!-- logo end -->\n</div>\n\n<div id="navbar" class="navbar-collapse collapse">\n'
                '<ul class="nav navbar-nav">\n' + "\n".join(items) + '\n</ul>\n\n</div>\n</div>\n</nav>\n\n')

    def position(self, trail: list[tuple[str, str]]) -> str:
        lis = "".join(f'\t<li><a title="{n}" href="{_a(u)}">{n}</a></li>\n' for u, n in trail)
        return ('<!-- 面包屑导航开始 -->\n<div class="container ">\n<nav class="sub_menu">\n'
                '<ol class="breadcrumb"><span class="glyphicon glyphicon-list"></span>\n\t<li><a href="/">首页</a></li>\n'
                f'{lis}</ol>\n\n</nav>\n</div>\n<!--/sub_menu-->\n<!-- 面包屑导航结束 -->\n')

    def footer(self, home: bool) -> str:
        cols = "".join(f'<div class="col-xs-6 col-sm-6 col-md-3 col-lg-3">\n<h5><a href="{_a(u)}">{n}</a></h5>\n</div>\n'
                       for u, n, _ in self.nav[:4])
        links = ""
        if home:
            links = ('<div class="home-links">\n<div class="hr"></div>\n<div class="container">\n<div class="row">\n'
                     '<div class="col-xs-12 col-sm-12 col-md-2 col-lg-1 home-links-left">\n友情链接：\n</div>\n'
                     '<div class="col-xs-12 col-sm-12 col-md-10 col-lg-11">\n<div class="links-a">\n'
                     '<a href="https://www.gov.cn/" target="_blank">中国政府网</a>/\n'
                     '<a href="https://www.ah.gov.cn/" target="_blank">安徽省人民政府</a>/\n'
                     '</div>\n</div>\n</div>\n</div><!-- /container -->\n</div><!-- /home-links -->\n')
        return ('<div class="clearfix"></div>\n<!--foot -->\n<footer>\n<div class="foot">\n<div class="container">\n<div class="row">\n\n'
                f'<h5>{GOV}门户网站</h5>\n\n\n<div class="row foot-nav">\n{cols}\n</div>\n\n</div>\n\n<div class="row">\n'
                '<div class="foot-contactus col-xs-12 col-sm-6 col-md-5 col-lg-3">\n\n<ul>\n'
                f'<li>地址：青阳县{TOWN}桐溪路18号</li>\n<li>邮编：242899</li>\n<li>电话：0566-5081203</li>\n'
                '<li>手机：</li>\n<li>传真：0566-5081203</li>\n<li>邮箱：txzdzb@163.com</li>\n</ul>\n</div>\n</div>\n\n'
                '<div class="copyright">\n<p>\n'
                f'主办：{GOV}　承办：{TOWN}党政办公室　版权所有 &copy; 2026 <a href="/" target="_blank">{GOV}</a>,Inc.All rights reserved.'
                '&nbsp;&nbsp;<a href="/sitemap.html" target="_blank">网站地图</a>'
                f'&nbsp;&nbsp;<a rel="nofollow" href="http://www.miibeian.gov.cn/" rel="nofollow" target="_blank">{ICP}</a>'
                f'&nbsp;&nbsp;<a rel="nofollow" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" '
                f'rel="nofollow" target="_blank"><img src="/images/g.png" width="20"> 皖公网安备{PSB}号</a>\n</p>\n<p>\n'
                '&nbsp;&nbsp;<a href="/index.php?case=archive&amp;act=rss&amp;catid=0">Rss</a>\n</p>\n</div>\n\n</div>\n</div>\n</footer>\n'
                f'<!-- foot end -->{links}\n\n<script src="{SKIN}/js/bootstrap.min.js"></script>\n</body>\n</html>\n')

    def page(self, title: str, top: int, trail: list[tuple[str, str]], main: str, home: bool = False) -> Resource:
        html = (self.head(title) + self.navbar(top) + ("" if home else self.position(trail)) + main + self.footer(home))
        return Resource(html.encode("utf-8"), HTML)

    def top_of(self, cat: Cat) -> Cat:
        return next((c for c in self.cats if c.catid == cat.parent), cat)

    def trail(self, cat: Cat) -> list[tuple[str, str]]:
        top = self.top_of(cat)
        out = [] if top is cat else [(self.page_url(top.catid), top.name)]
        return out + [(cat.url(), cat.name)]

    # -- lists (list_text_column.html, list_right.html, category_pagination.html) -------------------------------
    @staticmethod
    def row(a: Arc, url: str, cut: int = 66) -> str:
        intro = _plain(a.body)[:cut]
        return ('\t\t\t<div class="news-list list-border">\n\t\t\t\t<div class="list-date">\n'
                f'\t\t\t\t\t<span>{a.when:%d}</span>\n\t\t\t\t\t<p>{a.when:%Y-%m}</p>\n\t\t\t\t</div>\n'
                f'\t\t\t\t<h4><a title="{escape(a.title)}" href="{_a(url)}" target="_blank" >{escape(a.title)}</a></h4>\n'
                f'\t\t\t\t<p>{escape(intro)}… <a href="{_a(url)}" target="_blank">[更多]</a></p>\n\t\t\t</div>\n')

    def pagination(self, cat: Cat, n: int) -> str:
        items = []
        if n > 1:
            items.append(f'    <li><a href="{_a(cat.url(n - 1))}"><span aria-hidden="true">«</span></a></li>\n')
        for k in range(1, cat.pages + 1):
            items.append(f'\t\t<li class="active"><a>{k}</a></li>\n' if k == n else f'\t\t<li><a href="{_a(cat.url(k))}">{k}</a></li>\n')
        if n < cat.pages:
            items.append(f'\t\t<li><a href="{_a(cat.url(n + 1))}" aria-label="Next"><span aria-hidden="true">»</span></a></li>\n')
        return f'<nav>\n<ul class="pagination">\n{"".join(items)}</ul>\n</nav>'

    def right(self, cat: Cat) -> str:
        top = self.top_of(cat)
        kids = [c for c in self.cats if c.parent == top.catid] + [
            type("P", (), {"url": lambda self, k=k: _Site.page_url(k), "name": n})() for k, (n, _) in self.pages.items()
            if k in self.page_parent and self.page_parent[k] == top.catid]
        subs = "".join(f'<li class="oen{" active" if c is cat else ""}">\n<a href="{_a(c.url())}">{c.name}</a>\n</li>\n' for c in kids)
        ann = "".join(f'\t\t<li><a href="/index.php?case=announ&amp;act=show&amp;id={k + 1}" title="{t}" target="_blank">{t}</a></li>\n'
                      for k, (t, _) in enumerate(ANNOUNCEMENTS))
        rel = "".join(f'\t\t<li><a href="{_a(self.link(a))}" target="_blank" title="{escape(a.title)}">{escape(a.title)}</a></li>\n'
                      for a in cat.listed()[:10])
        return ('<div class="content-right-list">\n\n'
                f'\t<h3><a href="{_a(self.page_url(top.catid))}" title="{top.name}">{top.name}</a></h3>\n\t<p></p>\n'
                f'\t<hr class="featurette-divider">\n\t<ul class="row">\n{subs}\t</ul>\n<p>&nbsp;</p>\n'
                '\t<h3><a>网站公告</a></h3>\n\t<p></p>\n\t<hr class="featurette-divider">\n\t<ol>\n' + ann + '\t</ol>\n\n'
                '\t<h3><a>相关内容</a></h3>\n\t<p></p>\n\t<hr class="featurette-divider">\n\t<ol>\n' + rel + '\t</ol>\n\n</div>')

    page_parent: dict[int, int] = {}

    def listing(self, cat: Cat, n: int) -> Resource:
        arcs = cat.listed()[(n - 1) * PER_PAGE: n * PER_PAGE]
        rows = "".join(self.row(a, self.link(a)) for a in arcs)
        pager = self.pagination(cat, n) if arcs else '<nav>\n<ul class="pagination">\n</ul>\n</nav>'
        main = ('\n<!-- 中部开始 -->\n<div class="container list-container">\n\t<div class="row">\n\t\t<div class="col-md-8">\n'
                f'\t\t\t<!-- 内容列表开始 -->\n{rows}\t\t\t<!-- 内容列表结束 -->\n\t\t\t<div class="blank30"></div>\n'
                f'\t\t\t<!-- 内容列表分页开始 -->\n\t\t\t<div class="blank30"></div>\n{pager}\n\t\t\t<div class="blank30"></div>\n'
                '\t\t\t<!-- 内容列表分页结束 -->\n\t\t</div>\n\t\t<div class="col-md-4">\n' + self.right(cat)
                + '\n\t\t</div>\n\t</div><!-- /row -->\n</div><!-- /container -->\n<!-- /中部开始 -->\n\n<div class="blank30"></div>\n')
        top = self.top_of(cat)
        return self.page(f"{cat.name}_{GOV}", top.catid, self.trail(cat), main)

    # -- single articles (show.html, the content-adddate section) ------------------------------------------------
    def related(self, a: Arc) -> str:
        cat = self.cat_of[a.aid]
        near = [b for b in cat.listed() if b.tag == a.tag and b is not a][:3]
        if not a.tag or not near:
            return ""
        rows = "".join(self.row(b, self.link(b), 140).replace("\t\t\t", "\t") for b in near)
        return ('<!-- 相关文章开始 -->\n<div class="blank60"></div>\n<!-- 页面标题开始 -->\n<div class="title">\n'
                f'<h3><a>{a.tag}<small>相关内容</small></a></h3>\n<p></p>\n<span>——</span>\n</div>\n<!-- 页面标题结束 -->\n'
                '<hr class="featurette-divider">\n<div class="container list-container">\n\t<!-- 内容列表开始 -->\n'
                f'{rows}\t<!-- 内容列表结束 -->\n</div>\n<!-- 相关文章结束 -->\n')

    def show(self, a: Arc) -> Resource:
        cat = self.cat_of[a.aid]
        table = ""
        if a.meta is not None:
            pairs = list(a.meta.items())
            rows = "".join("<tr>" + "".join(f"<th>{k}</th><td>{v}</td>" for k, v in pairs[i:i + 2]) + "</tr>\n"
                           for i in range(0, len(pairs), 2))
            table = f'<table class="table table-bordered"><tbody>\n{rows}</tbody></table>\n'
        files = ""
        if a.files:
            files = ('\t\t<!-- 附件 --><div class="blank30"></div>\n\t\t<p>\n\t\t附件：'
                     + "".join(f'<a href="{_a(u)}" target="_blank">{escape(a.title)}{u[u.rfind("."):]}</a> ' for u in a.files)
                     + '\n\t\t</p>\n')
        listed = cat.listed()
        i = listed.index(a)
        prev_, next_ = (listed[i - 1] if i > 0 else None), (listed[i + 1] if i + 1 < len(listed) else None)
        pn = ('\t\t<!-- 上下页开始 -->\n\t\t<div id="page">\n'
              + (f'\t\t<strong>上一篇：</strong><a href="{_a(self.link(prev_))}">{escape(prev_.title)}</a>\n' if prev_ else '\t\t<strong>上一篇：</strong>没有了\t\n')
              + '\t\t<div class="blank10"></div>\n'
              + (f'\t\t <strong>下一篇：</strong><a href="{_a(self.link(next_))}">{escape(next_.title)}</a>\n' if next_ else '\t\t<strong>下一篇：</strong>没有了\t\n')
              + '\t\t</div>\n\t\t<!-- 上下页结束 -->\n')
        adddate = ('<div class="content-adddate content-adddate-3">\n\n'
                   '                <span class="content-adddate-title cmseasyedit" cmseasy-id="adddate" cmseasy-table="lang" cmseasy-field="template">\n'
                   '                    发布时间\n                </span>\n    <span class="content-adddate-title">\n    ：\n    </span>\n'
                   f'        <span cmseasy-id="{a.aid}" cmseasy-table="archive" cmseasy-field="adddate" class="cmseasyedit time">\n'
                   f'                    {_stamp(a.when, a.aid)}\n                </span>\n</div>\n\n'
                   '<style type="text/css">\n    .content-adddate-3 {\n        font-size:14px;\n        color:#999;\n    }\n</style>\n')
        main = ('\n<!-- 页面标题开始 -->\n<div class="title">\n'
                f'<h3><a>{escape(a.title)}<small></small></a></h3>\n<p></p>\n<span>——</span>\n</div>\n<!-- 页面标题结束 -->\n\n'
                '<hr class="featurette-divider">\n\n<!-- 中部开始 -->\n<div class="container">\n' + adddate
                + '\t<!--用于打印和文字放大-->\n\t<div class="content_tools_box">\n\t\t<p class="content_tools">\n'
                "\t\t\t<a href=\"javascript:CallPrint('print');\">打印本页</a> &nbsp; &nbsp; &nbsp; <a href=\"javascript:doZoom(14)\">小</a>"
                '&nbsp; &nbsp;<a href="javascript:doZoom(18)">中</a>&nbsp; &nbsp;<a href="javascript:doZoom(20)">大</a>\n\t\t</p>\n'
                f'\t\t<div class="clearfix"></div>\n\t\t<script src="{SKIN}/js/c_tool.js" type="text/javascript" ></script>\n\t</div>\n'
                f'\t\t<!-- 正文 -->\n\t\t<div id="print" class="lead content">\n\t\t{table}{a.body}\n\t\t</div>\n\n'
                + files + '\t\t<div class="blank60"></div>\n' + pn + '\n</div><!-- /container -->\n\n' + self.related(a))
        return self.page(f"{escape(a.title)}_{cat.name}_{GOV}", self.top_of(cat).catid, self.trail(cat), main)

    def single_page(self, catid: int, name: str, content: str, parent: int) -> str:
        """A single-page column (list_page.html) at the column address: its name and content, no date of its own."""
        url = self.page_url(catid)
        self.pages[catid] = (name, content)
        self.page_parent[catid] = parent
        return url

    def render_pages(self) -> None:
        for catid, (name, content) in self.pages.items():
            parent = self.page_parent[catid]
            top = next((c for c in self.cats if c.catid == parent), None)
            trail = ([(self.page_url(parent), top.name)] if top else []) + [(self.page_url(catid), name)]
            main = ('\n<!-- 页面标题开始 -->\n<div class="title">\n'
                    f'<h3 class="wow fadeInDown" data-wow-delay="0.5s"><a href="{_a(self.page_url(catid))}">{name}<small></small></a></h3>\n'
                    '<p class="wow fadeIn" data-wow-delay="0.5s"></p>\n<span>——</span>\n</div>\n<!-- 页面标题结束 -->\n\n'
                    '<!-- 中部开始 -->\n<div class="container">\n\t<div class="content lead" id="print">\n\t\t<!-- 内容 -->\n'
                    f'\t\t{content}\n\t\t<!-- 内容结束 -->\n\t\t<div class="blank60"></div>\n\t</div>\n</div><!-- /container -->\n')
            self.res[self.page_url(catid)] = self.page(f"{name}_{GOV}", parent or catid, trail, main)

    def render(self) -> None:
        for c in self.cats:
            self.res[c.url()] = self.listing(c, 1)
            for n in range(2, c.pages + 1):
                self.res[c.url(n)] = self.listing(c, n)
                self.traps.append(Trap(c.url(n), LATER_PAGE))
            for a in c.arcs:
                self.res[self.link(a)] = self.show(a)
        self.render_pages()
        for k, (t, text) in enumerate(ANNOUNCEMENTS):
            main = ('\n<div class="container">\n<div class="title">\n'
                    f'<h3><a>{t}<small></small></a></h3>\n</div>\n<div class="content lead">\n<p>{text}</p>\n</div>\n</div>\n')
            self.res[f"/index.php?case=announ&act=show&id={k + 1}"] = self.page(f"{t}_{GOV}", 0, [("#", "网站公告")], main)


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


_WORK = "会议要求，各村（社区）、各站所要提高思想认识，压实工作责任，细化工作举措，加强督查考核，确保各项工作落到实处。"
_SUBJECTS = ("召开党委理论学习中心组学习会", "开展安全生产大检查", "推进和美乡村建设", "召开重点工作推进会", "开展森林防火巡查",
             "举办农民丰收节", "走访慰问困难群众", "开展防汛应急演练", "召开平安建设工作会议", "开展农村人居环境整治")
BROKEN_IMAGE = "/upload/images/202611/17630121885431.jpg"
BROKEN_PDF = "/upload/file/202606/17489127704318.pdf"


def _news(s: _Site) -> tuple[Cat, Cat]:
    xwzx = Cat(1, "新闻中心")
    gzdt = Cat(2, "工作动态", parent=1)
    for i in range(26):
        gzdt.arcs.append(s.arc(f"{TOWN}{_SUBJECTS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 7),
                               _paras(f"近日，{TOWN}{_SUBJECTS[i % 10]}。镇党委、政府主要负责同志出席并讲话，各村（社区）、各站所负责人参加。", _WORK),
                               tag="工作动态" if i % 3 == 0 else ""))
    good = "/upload/images/202611/17629854102276.jpg"
    gzdt.arcs[0].body += f'<p style="text-align:center"><img src="{good}" alt=""/></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    gzdt.arcs[1].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" alt=""/></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "工作动态正文图片 404", probe="status:404"))
    s.traps.append(Trap(gzdt.url(), "工作动态最新 2026-11-18，共 3 页（&page=N），分页 « N »：同一栏目，不过期"))

    tzgg = Cat(3, "通知公告", parent=1)
    for i in range(12):
        tzgg.arcs.append(s.arc(f"关于{('做好冬季森林防火', '开展2026年度农村建房审批', '开展城乡居民医保参保缴费', '桐溪路施工交通管制')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=6 + i * 13), _paras("各村（社区）、各站所：", _WORK, GOV)))
    tzgg.arcs.append(s.arc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 20),
                           _paras("经清理，继续有效的行政规范性文件5件，宣布失效1件。", _WORK)))
    tzgg.arcs[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14，共 2 页：不过期"))

    xczx = Cat(4, "乡村振兴", parent=1)
    for i in range(4):
        xczx.arcs.append(s.arc(f"{TOWN}{('召开乡村振兴工作推进会', '开展茶产业技术培训', '举办农村实用人才培训')[i % 3]}（{i + 1}）",
                               date(2025, 4, 16) - timedelta(days=i * 43), _paras(f"{TOWN}此次共组织群众120余人次参加。", _WORK)))
    s.key.append(Expected("stale-columns", xczx.url(), "乡村振兴最新一篇 2025-04-16 发布，超过 1 年未更新", probe="newest:2025-04-16"))

    bmfw = Cat(5, "便民服务", parent=1)
    s.key.append(Expected("empty-columns", bmfw.url(), "便民服务栏目没有任何文章：列表区空，分页 ul 无项，边栏相关内容为空",
                          probe="no-rows"))
    s.cats += [xwzx, gzdt, tzgg, xczx, bmfw]
    return gzdt, tzgg


_NORMATIVE = (("农村宅基地审批管理", "table", ""), ("村级工程项目管理", "table", "missing"), ("农村生活垃圾分类管理", "none", ""),
              ("村级财务管理", "table", "late"), ("集体资产租赁管理", "table", "unlinked"), ("临时救助实施", "table-no-validity", ""))


def _disclosure(s: _Site) -> tuple[Cat, list[tuple[Arc, Arc, str]]]:
    zwgk = Cat(20, "政务公开")
    gfx = Cat(21, "规范性文件", parent=20)
    zcjd = Cat(22, "政策解读", parent=20)
    interps: list[tuple[Arc, Arc, str]] = []
    for k, (subject, shape, _defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 20) - timedelta(days=33 * k)
        number = f"桐政〔{when.year}〕{21 - k}号"
        short = f"{TOWN}{subject}办法"
        p = s.arc(f"{GOV}关于印发《{short}》的通知", when)
        p.body = _paras("各村（社区）、各站所：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本镇{subject}工作，根据有关法律法规和上级有关规定，制定本办法。",
                        "第二条　本办法适用于本镇行政区域内的村（社区）和单位。",
                        "第三条　镇党政办公室负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"00318{k:02d}27-{when.year}-{k + 31:05d}", "发布机构": GOV, "文号": number,
                "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if shape == "table":
            p.meta = meta
        elif shape == "table-no-validity":
            p.meta = {k2: v for k2, v in meta.items() if k2 != "有效性"}
        else:
            p.body = f'<p style="text-align:center">{number}</p>' + p.body
        gfx.arcs.append(p)
    for k, ((subject, shape, defect), p) in enumerate(zip(_NORMATIVE, gfx.arcs)):
        url = s.link(p)
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
        i = s.arc(f"《{short}》政策解读" if k % 2 else f"图解《{short}》", p.when + timedelta(days=lag),
                  _paras(f"一、起草背景　为规范本镇{subject}工作，镇政府组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　镇党政办公室。" + _WORK))
        interps.append((p, i, defect))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        else:
            s.traps.append(Trap(url, "文件与解读在正文末互相链接，解读及时发布"))
    zcjd.arcs += [i for _, i, _ in interps]

    czxx = Cat(23, "财政信息", parent=20)
    for n in range(4):
        year = 2025 - n // 2
        czxx.arcs.append(s.arc(f"{GOV}{year if n % 2 == 0 else year - 1}年{'预算' if n % 2 == 0 else '决算'}公开",
                               date(2025, 6, 12) - timedelta(days=180 * n),
                               _paras("根据《中华人民共和国预算法》有关规定，现将本镇预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czxx.url(), "财政信息最新 2025-06-12，超过 1 年（2026 年预算未公开）", probe="newest:2025-06-12"))

    ndbg = Cat(24, "政府信息公开年报", parent=20)
    published = {2025: date(2026, 1, 21), 2023: date(2024, 4, 16), 2022: date(2023, 1, 31), 2021: date(2022, 1, 19)}
    for year, when in published.items():
        p = s.arc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 5))
        ndbg.arcs.append(p)
        if year == 2023:
            s.key.append(Expected("annual-reports", s.link(p), "2023 年度报告 2024-04-16 发布，晚于公开期限（3 月 31 日）",
                                  match=(TOWN, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(s.link(p), "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告", match=(TOWN, "2024"), probe="no-report:2024"))

    zdly = Cat(25, "重点领域信息", parent=20)
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域信息栏目没有任何文章：列表区空，分页 ul 无项", probe="no-rows"))
    s.cats += [zwgk, gfx, zcjd, czxx, ndbg, zdly]
    return gfx, interps


def _link_interps(s: _Site, interps: list[tuple[Arc, Arc, str]]) -> None:
    for p, i, defect in interps:
        if defect == "unlinked":
            continue
        i.body += f'<p>原文链接：<a href="{_a(s.link(p))}">{p.title}</a></p>'
        p.body += f'<p>政策解读：<a href="{_a(s.link(i))}">{i.title}</a></p>'


_PAGES = ((30, "镇情概况", 0, f"{TOWN}位于青阳县南部，面积118.6平方公里，辖8个行政村、1个社区，户籍人口2.1万人。"),
          (26, "机构职能", 20, f"{GOV}负责本镇经济社会发展规划、社会管理和公共服务，设党政办公室等6个内设机构。"),
          (27, "政府信息公开指南", 20, f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。本指南自2026年2月10日起施行。"),
          (31, "政府信息公开制度", 20, "本镇建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"),
          (28, "法定主动公开内容", 20, f"{GOV}法定主动公开内容包括机构职能、规范性文件、政策解读、财政信息、政府信息公开年报和重点领域信息，见政务公开各栏目。"),
          (29, "依申请公开", 20, "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：镇党政办公室。"))


def _home(s: _Site, gzdt: Cat, tzgg: Cat, gfx: Cat) -> None:
    """The front page (guessed blocks in the stock tag_content-index-2 form): `h4 > a`, `p.date` with the full adddate."""
    def block(cat: Cat, n: int) -> str:
        items = "".join('<div  class="col-xs-12 col-sm-6 col-md-4 col-lg-4 wow fadeIn" data-wow-delay="0.5s">\n<div class="img-auto">\n'
                        f'<h4><a style="color:;" href="{_a(s.link(a))}" title="{escape(a.title)}" target="_blank">{escape(a.title)}</a></h4>\n'
                        f'<p class="date">{_stamp(a.when, a.aid)}</p>\n<p>{escape(_plain(a.body)[:46])}...</p>\n</div>\n</div>\n'
                        for a in cat.listed()[:n])
        return (f'<div class="container">\n<div class="title">\n<h3><a href="{_a(cat.url())}">{cat.name}<small>更多</small></a></h3>\n'
                f'<p></p>\n<span>——</span>\n</div>\n<div class="row">\n{items}</div>\n</div>\n')
    links = "".join(f'<li><a href="{_a(s.page_url(k))}">{n}</a></li>' for k, (n, _) in s.pages.items())
    main = (block(gzdt, 6) + block(tzgg, 6) + block(gfx, 3)
            + f'<div class="container">\n<div class="title">\n<h3><a>政务公开</a></h3>\n</div>\n<ul>{links}</ul>\n</div>\n')
    s.res["/"] = s.page(GOV, 0, [], main, home=True)


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8" /><title>404 Not Found</title></head>'
             '<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"cmseasy offers only the small size, not {size!r}")
    s = _Site()
    s.page_parent = {}
    gzdt, tzgg = _news(s)
    gfx, interps = _disclosure(s)
    for c in s.cats:
        for a in c.arcs:
            s.cat_of[a.aid] = c
        if c.parent:
            next(t for t in s.cats if t.catid == c.parent).sons.extend(c.arcs)
    _link_interps(s, interps)
    for catid, name, parent, text in _PAGES:
        s.single_page(catid, name, _paras(text), parent)
    news_kids = [(c.url(), c.name) for c in s.cats if c.parent == 1]
    gk_kids = [(c.url(), c.name) for c in s.cats if c.parent == 20] + [
        (s.page_url(k), n) for k, (n, _) in s.pages.items() if s.page_parent[k] == 20]
    s.nav = [(s.page_url(1), "新闻中心", news_kids), (s.page_url(20), "政务公开", gk_kids), (s.page_url(30), "镇情概况", [])]
    s.render()
    s.traps.append(Trap(s.page_url(26), "单页栏目（list_page.html，栏目地址），没有日期：不是过期栏目"))
    _home(s, gzdt, tzgg, gfx)
    for c in s.cats:
        for a in c.arcs:
            for href in a.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {a.aid}"), "application/pdf")
    s.res["/sitemap.html"] = s.page(f"网站地图_{GOV}", 0, [("/sitemap.html", "网站地图")],
                                    '<div class="container">\n<ul>' + "".join(f'<li><a href="{_a(u)}">{n}</a></li>' for u, n, _ in s.nav)
                                    + '</ul>\n</div>\n')
    s.res["/index.php?case=archive&act=rss&catid=0"] = Resource(
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{GOV}</title></channel></rss>'.encode(), "application/xml")
    s.res["/upload/images/logo.png"] = Resource(tiny_png(), "image/png")
    s.res["/images/g.png"] = Resource(tiny_png(), "image/png")
    for path in ("css/bootstrap.min.css", "css/style.css"):
        s.res[f"{SKIN}/{path}"] = Resource(b"body{font-size:14px}", "text/css")
    for path in ("js/jquery.min.js", "js/c_tool.js", "js/bootstrap.min.js"):
        s.res[f"{SKIN}/{path}"] = Resource(b"/* cmseasy */", "application/javascript")
    s.key.append(Expected("footer", "/", "页脚（div.copyright）有主办、ICP 和公安备案号，缺网站标识码（CmsEasy 无此字段）",
                          probe="footer-lacks:网站标识码"))
    s.key.append(Expected("footer", s.link(gzdt.arcs[0]), "全站同一页脚：缺网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=r"^/.*"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签，CmsEasy 页面只有 keywords/description/author",
                          probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap(s.link(gzdt.arcs[0]), "文章页：日期在 content-adddate 三个 span 里（标签、冒号、值），下有相关内容的带日期列表：文章页不是栏目"))
    return SampleSite("cmseasy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
