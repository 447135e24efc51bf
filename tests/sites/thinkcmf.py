"""The "thinkcmf" sample site: a 苏木/镇人民政府's portal (巴音塔拉镇人民政府, 内蒙古) on ThinkCMF 5 with its `simpleboot3`
theme edited as the 科右前旗 三务公开平台 edited it, UTF-8, ThinkPHP's rewritten addresses with the `.html` suffix:
columns `/portal/list/index/id/<id>.html` with later pages `?page=<n>` (page 1 linked again as `?page=1`), articles
`/portal/article/index/id/<aid>/cid/<id>.html` from the lists and `/portal/article/index/id/<aid>.html` (no cid) from
the side box of every article, single pages `/portal/page/index/id/<id>.html`.

Why ThinkCMF: of the brief's candidates it is the one whose real front-end templates of a government site the library
holds (a 旗's 三务公开 platform of 苏木乡镇, 旗直部门 and 村级 sites), besides the stock theme; ThinkCMF runs many
small 镇, school and public-body sites. Sources (read with `read_file`/`find_string`):
  - hzy2009999/kyqj `public/themes/simpleboot3/portal/list.html` (科右前旗三务公开平台): `<title>首页 {site_name}</title>` on
    every list (the column is named nowhere in the head), the left `col-md-3` holding only an image, the `div.bread_nav`
    with the column's name in a floated `div` and `当前位置:{平台} >>苏木乡镇 >>{column}` as plain text (no link), the list
    `ul.lists > li > a` whose title is cut at 20 characters (`msubstr=0,20,'utf-8',true`: `…`) with the date INSIDE the
    link as `<span style="float: right;margin-right: 25px;">m-d</span>` (month and day only, no year), 15 rows a page
    (`'list_rows'=>15, 'next'=>'下一页', 'prev'=>'上一页'`), and `<ul class="pagination"><page/></ul>` (the paginator's own
    `ul.pagination` inside the template's: nested lists; nothing at all when the column has one page or none);
  - kyqj `portal/article.html`: the left box `div.form-inline.title_area` (the column's name, `a` 更多) over `ul.lists` of
    titles cut at 20 characters, undated, linking `portal/Article/index` with the id only (no cid: a second address of
    each article it lists), the same `div.bread_nav`, the title in `div.article_title` (no heading element), the date
    `div.article_time` `发布日期 : {Y-m-d H:i}` (a colon between spaces, a time), the text `div#article_content`, then
    `相关附件：` in a bold `div` whether or not files follow, each file an `a` whose `href` begins with a space
    (`href=" {:cmf_get_file_download_url($file.url)}"`) and `title=` unquoted; `<title>{post_title}</title>` only;
  - kyqj `portal/xzsy.html` (a 苏木乡镇's home): the 党政班子 box of leader cards (`职务:`, `手机:`, `查看详细>>`), the 概况
    excerpt with `查看详情`, blocks `div.form-inline.title > div.div_left` + `div.div_right > a.mores` 更多 over the same
    `ul.lists` rows dated `m-d`;
  - kyqj `public/footer.html`: `div#footer.row` of six 纪检/government links in `div.col-md-2`, then the 公安 record
    `<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=…"><img src=".../beian.png"/><p>蒙公网安备
    15222102000007号</p></a>` — no ICP number and no 网站标识码 anywhere; `section.toolbar` with 在线留言 and
    `div#backtotop`;
  - thinkcmf/thinkcmf `public/themes/simpleboot3/public/nav.html`: `nav.navbar.navbar-default.navbar-fixed-top`,
    `a.navbar-brand`, `ul#main-menu` of `li.menu-item.menu-item-level-1`, a column with children a
    `li.dropdown.dropdown-custom` whose link is `href="#"` with `data-toggle="dropdown"` over `ul.dropdown-menu
    .dropdown-menu-level-1`, the user menu (登录/注册 links) and the search form posting to `portal/Search/index`;
  - thinkcmf `simpleboot3/portal/list.html`/`article.html` (stock): `body.body-white`, `div.container`, Bootstrap grid;
  - real ThinkCMF 5 addresses: `/portal/list/index/id/10.html` (an RSSHub route of gdsrx.org.cn, a ThinkCMF site, and a
    crawler of pbcsf.tsinghua.edu.cn), `…/id/12.html?id=12&page=2` (a scrapy spider of a ThinkCMF site), `/portal/
    article/index/id/10` (a saved ThinkCMF page), a sitemap generator writing `/portal/list/index/id/{id}.html`.
Guessed, said as such: the ThinkPHP `Bootstrap` paginator's markup (`li.disabled > span` for the dead 上一页, `li.active >
span` for the current page, `?page=1` for page 1), the single-page template, the government content, the 信息公开 table
pasted into 规范性文件 (label cells ending in `：`), the text that links a document and its interpretation
(`【相关解读】`, `【原文】`), every id and text. No 2017 metas (ThinkCMF has none).

First contact (b1464ef's tool, plain): 96/97 pages; annual-reports 0.50/0.50, normative-metadata recall 0.00 (both
undecided), four undecided verdicts. Fixed in the tool (tests/model/test_thinkcmf_pages.py, tests/crawl/test_soft404.py):
the plain-text trail took the list's first row as its last step (the column named by that row, its newest row lost);
every one-page column of `m-d` rows was a hub (its <title> names only 首页: the trail's last name now names the page);
the rows' titles kept their `m-d`; the nav's `/user/login/index.html` was a login wall (a column 登录 not observed: four
rules undecided); 机构职能 became a column of the left box (the box's documents at their second address, listed by no
column); the left box's eight articles were counted twice (one ThinkPHP route with and without `/cid/3`); the missing
2024 report was cited at the 2025 report's page; the crawl rendered 12 pages (rows dated `m-d` counted as no static
row beside the theme's `$.ajax` call; reports queued as hubs, their titles naming 政府信息公开): now only the two empty
columns. Left open under the `classes` mutation: the two empty columns read as hubs, unjudged (the page alone cannot tell
its class-less empty `<ul>` for a list, and the template's box is offered to the build only on pages loading no data:
the theme's inline `$.ajax` is on every page), and the guide, a single page beside the left box, shows no body (its 施行
date unread: undecided).

Every planted defect is an `Expected` entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
TOWN = "巴音塔拉镇"
GOV = "巴音塔拉镇人民政府"
PLATFORM = "科尔沁右翼中旗三务公开平台"
HTML = "text/html; charset=utf-8"
PSB = "15222202000031"
PER_PAGE = 15
TMPL = "/themes/simpleboot3"


def _a(url: str) -> str:
    return escape(url, quote=True)


def _cut(title: str, n: int = 20) -> str:
    """msubstr=0,20,'utf-8',true: the first 20 characters and `…` when cut."""
    return escape(title if len(title) <= n else title[:n] + "…")


@dataclass
class Arc:
    aid: int
    title: str
    when: date
    body: str = ""
    meta: dict[str, str] | None = None  # the pasted 信息公开 table
    files: list[tuple[str, str]] = field(default_factory=list)  # (url, name)


@dataclass
class Cat:
    cid: int
    name: str
    parent: str
    arcs: list[Arc] = field(default_factory=list)

    def url(self, n: int = 0) -> str:
        """The column's address; `n` ≥ 1 the paginator's own link to page n (page 1 too)."""
        base = f"/portal/list/index/id/{self.cid}.html"
        return base if n <= 0 else f"{base}?page={n}"

    def listed(self) -> list[Arc]:
        return sorted(self.arcs, key=lambda a: (a.when, a.aid), reverse=True)

    @property
    def pages(self) -> int:
        return -(-len(self.arcs) // PER_PAGE)


def _stamp(d: date, aid: int) -> str:
    return f"{d:%Y-%m-%d} {8 + aid % 9:02d}:{(aid * 7) % 60:02d}"


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cats: list[Cat] = []
        self.pages: dict[int, tuple[str, str, str]] = {}  # single pages: id -> (name, parent, content)
        self.next_aid = 300
        self.cat_of: dict[int, Cat] = {}
        self.side: Cat | None = None  # the column every article's left box lists

    def arc(self, title: str, when: date, body: str = "", **kw: object) -> Arc:
        self.next_aid += 1 + self.next_aid % 3  # ids with gaps, as a live database
        return Arc(self.next_aid, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def link(self, a: Arc) -> str:
        return f"/portal/article/index/id/{a.aid}/cid/{self.cat_of[a.aid].cid}.html"

    @staticmethod
    def short_link(a: Arc) -> str:
        return f"/portal/article/index/id/{a.aid}.html"

    @staticmethod
    def page_url(pid: int) -> str:
        return f"/portal/page/index/id/{pid}.html"

    # -- chrome (public@head, public@nav, public@footer) ---------------------------------------------------------
    @staticmethod
    def head(title: str) -> str:
        return ('<!DOCTYPE html>\n<html>\n<head>\n'
                f'    <title>{title}</title>\n'
                f'    <meta name="keywords" content="{TOWN},{GOV},三务公开,政务公开"/>\n'
                f'    <meta name="description" content="{GOV}党务、政务、财务公开">\n'
                '    <meta name="author" content="ThinkCMF">\n    <meta charset="utf-8">\n'
                '    <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
                '    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">\n'
                f'    <link href="{TMPL}/public/assets/simpleboot3/themes/simpleboot3/bootstrap.min.css" rel="stylesheet">\n'
                f'    <link href="{TMPL}/public/assets/css/style.css" rel="stylesheet">\n'
                '    <script type="text/javascript">\n        //全局变量\n        var GV = {\n            ROOT: "/",\n'
                '            WEB_ROOT: "/",\n            JS_ROOT: "static/js/"\n        };\n    </script>\n'
                f'    <script src="/static/js/jquery.js"></script>\n</head>\n<body class="body-white">\n')

    def nav(self) -> str:
        items = ['<li class="menu-item menu-item-level-1">\n    <a href="/" target="">\n        首页\n    </a>\n</li>']
        for parent in dict.fromkeys(c.parent for c in self.cats):
            kids = [(c.url(), c.name) for c in self.cats if c.parent == parent] + [
                (self.page_url(k), n) for k, (n, p, _) in self.pages.items() if p == parent]
            sub = "".join(f'<li class="menu-item menu-item-level-2">\n    <a href="{_a(u)}" target="">\n        {n}\n    </a>\n</li>\n'
                          for u, n in kids)
            items.append('<li class="dropdown dropdown-custom dropdown-custom-level-1">\n'
                         '<a href="#" class="dropdown-toggle dropdown-toggle-1" data-toggle="dropdown">\n'
                         f'    {parent}<span class="caret"></span>\n</a>\n'
                         f'<ul class="dropdown-menu dropdown-menu-level-1">\n{sub}</ul>\n</li>')
        for k, (n, p, _) in self.pages.items():
            if not p:
                items.append(f'<li class="menu-item menu-item-level-1">\n    <a href="{_a(self.page_url(k))}" target="">\n        {n}\n    </a>\n</li>')
        return ('<nav class="navbar navbar-default navbar-fixed-top active">\n    <div class="container active">\n'
                '        <div class="navbar-header">\n'
                '            <button type="button" class="navbar-toggle collapsed" data-toggle="collapse"\n'
                '                    data-target="#bs-example-navbar-collapse-1" aria-expanded="false">\n'
                '                <span class="sr-only">Toggle navigation</span>\n                <span class="icon-bar"></span>\n'
                '                <span class="icon-bar"></span>\n                <span class="icon-bar"></span>\n            </button>\n'
                f'            <a class="navbar-brand" href="/">{PLATFORM}</a>\n        </div>\n\n'
                '        <div class="collapse navbar-collapse active" id="bs-example-navbar-collapse-1">\n'
                '            <ul id="main-menu" class="nav navbar-nav">\n' + "\n".join(items) + '\n            </ul>\n'
                '            <ul class="nav navbar-nav navbar-right" id="main-menu-user">\n'
                '                <li class="dropdown user offline" style="display: list-item;">\n'
                '                    <a class="dropdown-toggle user" data-toggle="dropdown" href="#">\n'
                f'                        <img src="{TMPL}/public/assets/images/headicon.png" class="headicon">\n'
                '                        登录<b class="caret"></b>\n                    </a>\n'
                '                    <ul class="dropdown-menu pull-right">\n'
                '                        <li><a href="/user/login/index.html"><i class="fa fa-sign-in"></i> &nbsp;登录</a></li>\n'
                '                        <li class="divider"></li>\n'
                '                        <li><a href="/user/register/index.html"><i class="fa fa-user"></i> &nbsp;注册</a></li>\n'
                '                    </ul>\n                </li>\n            </ul>\n'
                '            <form class="navbar-form navbar-right" method="post" action="/portal/search/index.html">\n'
                '                <div class="form-group">\n'
                '                    <input type="text" class="form-control" name="keyword" placeholder="Search"\n'
                '                           value="">\n                </div>\n'
                '                <input type="submit" class="btn btn-primary" value="Go" style="margin:0"/>\n'
                '            </form>\n        </div>\n    </div>\n</nav>\n')

    @staticmethod
    def footer() -> str:
        links = (("http://www.ccdi.gov.cn", "中央纪委国家监委"), ("http://www.nmgjjjc.gov.cn", "内蒙古自治区纪检监察"),
                 ("http://www.xam.gov.cn", "兴安盟行政公署"), ("http://www.kyzq.gov.cn", "科右中旗人民政府"),
                 ("http://www.nmg.gov.cn", "内蒙古自治区人民政府"), ("https://www.gov.cn", "中国政府网"))
        cols = "".join(f'        <div class="col-md-2 col-xs-12">\n            <a href="{u}" style="color: #333333;" target="_blank">{n}</a>\n'
                       '        </div>\n' for u, n in links)
        return ('<br>\n<!-- Footer ================================================== -->\n\n'
                '<div id="footer" class="row" style="height: 170px;background-color: #3f9eec;">\n'
                f'    <div class="container text-center" style="margin-top: 20px;">\n{cols}    </div>\n'
                '    <div class="container text-center" style="margin-top: 20px;">\n'
                '        <div style="width:300px;margin:0 auto; padding:20px 0;">\n'
                f'        <a target="_blank" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" '
                'style="display:inline-block;text-decoration:none;height:20px;line-height:20px;">'
                f'<img src="{TMPL}/public/assets/images/beian.png" style="float:left;"/>'
                '<p style="float:left;height:20px;line-height:20px;margin: 0px 0px 0px 5px; color:#000000;">'
                f'蒙公网安备 {PSB}号</p></a>\n      </div>\n    </div>\n</div>\n'
                '<section class="toolbar" id="toolbar">\n  <ul class="list-unstyled">\n'
                f'      <li class="toolbar-3 toolbar-items" style="background-image:url({TMPL}/public/assets/images/toolbar_03.png);">\n'
                '          <a href="/portal/index/message.html" target="_blank" class="blockFull">在线留言</a>\n'
                '      </li>\n  </ul>\n</section>\n<div id="backtotop">\n    <i class="fa fa-arrow-circle-up"></i>\n</div>\n')

    def page(self, title: str, main: str) -> Resource:
        html = (self.head(title) + self.nav() + '<div class="container">\n' + main + self.footer() + '</div>\n\n'
                f'<script src="/static/js/bootstrap.min.js"></script>\n<script src="{TMPL}/public/assets/js/slippry.min.js"></script>\n'
                '</body>\n</html>\n')
        return Resource(html.encode("utf-8"), HTML)

    @staticmethod
    def bread(name: str, parent: str) -> str:
        return ('            <div class="row">\n                <div class="col-md-12 col-xs-12">\n'
                '                    <div class="bread_nav">\n'
                f'                        <div style="margin-left: 20px;float: left;font-size: 16px;">{name}</div>\n'
                f'                        <div style="float: right;margin-right: 20px;font-size: 14px;">当前位置:{PLATFORM}\n'
                f'                            >>{parent or "首页"}\n                            >>{name}</div>\n'
                '                    </div>\n                </div>\n                \n            </div>\n')

    # -- lists (kyqj list.html) ----------------------------------------------------------------------------------
    def row(self, a: Arc, url: str) -> str:
        return (f'                        <li>\n                            <a href="{_a(url)}">{_cut(a.title)}'
                f'<span style="float: right;margin-right: 25px;">{a.when:%m-%d}</span></a>\n                        </li>\n')

    @staticmethod
    def pagination(cat: Cat, n: int) -> str:
        """ThinkPHP's Bootstrap paginator with the template's 上一页/下一页 (nothing when the list has one page)."""
        if cat.pages <= 1:
            return ""
        prev = ('<li class="disabled"><span>上一页</span></li>' if n <= 1
                else f'<li><a href="{_a(cat.url(n - 1))}">上一页</a></li>')
        nums = "".join(f'<li class="active"><span>{k}</span></li>' if k == n else f'<li><a href="{_a(cat.url(k))}">{k}</a></li>'
                       for k in range(1, cat.pages + 1))
        nxt = ('<li class="disabled"><span>下一页</span></li>' if n >= cat.pages
               else f'<li><a href="{_a(cat.url(n + 1))}">下一页</a></li>')
        return f'<ul class="pagination">{prev} {nums} {nxt}</ul>'

    def listing(self, cat: Cat, n: int) -> Resource:
        arcs = cat.listed()[(max(n, 1) - 1) * PER_PAGE: max(n, 1) * PER_PAGE]
        rows = "".join(self.row(a, self.link(a)) for a in arcs)
        main = ('    <div class="row" style="margin-top: 10px;">\n        <div class="col-md-3 col-xs-12">\n'
                f'            <img src="{TMPL}/public/assets/images/list_left.png" width="100%" height="160px">\n        </div>\n'
                '        <div class="col-md-9 col-xs-12">\n' + self.bread(cat.name, cat.parent)
                + '            <div class="row">\n                <div class="">\n                    <ul class="lists">\n'
                + rows + '                    </ul>\n                </div>\n                <div class="row text-center">\n'
                f'                    <ul class="pagination">\n                        {self.pagination(cat, max(n, 1))}\n'
                '                    </ul>\n                </div>\n                \n\n            </div>\n        </div>\n    </div>\n'
                + self.area_script())
        return self.page(f"首页 {GOV}", main)

    @staticmethod
    def area_script() -> str:
        return ('<script type="text/javascript">\n    $(function(){\n        $.ajax({\n'
                '            url:"/public/portal/index/areaName"\n            ,data:{\n                "areaid":"12"\n'
                '            }\n            ,success:function(result){\n                $("#area_name").html(result);\n'
                '            }\n        });\n    });\n</script>\n')

    # -- articles (kyqj article.html) ----------------------------------------------------------------------------
    def left_box(self) -> str:
        side = self.side
        assert side is not None
        rows = "".join(f'                                <li><a href="{_a(self.short_link(a))}">{_cut(a.title)}</a></li>\n'
                       for a in side.listed()[:8])
        return ('        <div class="col-md-3 col-xs-12">\n            <div class="form-inline title_area">\n'
                f'                <div class="form-group div_left">{side.name}</div>\n'
                f'                <div class="form-group div_right"><a style="color: #fff !important;" class="更多\ns" target="_blank" '
                f'href="{_a(side.url())}">更多\n</a></div>\n            </div>\n'
                '            <div class="row" style="margin-left: 0px;margin-right: 0px;padding-top: 20px;background-color: #ebf5fd;">\n'
                '                    <div class="col-md-12 col-xs-12">\n                        <div class="row">\n'
                '                            <ul class="lists">\n' + rows + '                            </ul>\n'
                '                        </div>\n                    </div>\n                \n            </div>\n        </div>\n')

    def show(self, a: Arc) -> Resource:
        cat = self.cat_of[a.aid]
        table = ""
        if a.meta is not None:
            pairs = list(a.meta.items())
            table = ('<table border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>\n' + "".join(
                "<tr>" + "".join(f'<td width="15%">{k}：</td><td width="35%">{v}</td>' for k, v in pairs[i:i + 2]) + "</tr>\n"
                for i in range(0, len(pairs), 2)) + "</tbody></table>\n")
        files = "".join('                    <div class="row">\n                        <div class="col-md-12 col-xs-12">\n'
                        f'                            <a style="color: #333333;cursor: pointer;" href=" {_a(u)}" title={escape(n)}>{escape(n)}</a>\n'
                        '                        </div>\n                    </div>\n' for u, n in a.files)
        main = ('    <div class="row" style="margin-top: 10px;">\n' + self.left_box()
                + '        <div class="col-md-9 col-xs-12">\n' + self.bread(cat.name, cat.parent)
                + '            <div class="row">\n                <div class="col-md-12 col-xs-12">\n'
                f'                    <div class="article_title">\n                        {escape(a.title)}\n'
                '                    </div>\n                </div>\n            </div>\n'
                '            <div class="row">\n                <div class="col-md-12 col-xs-12">\n'
                f'                    <div class="article_time">\n                        发布日期 : {_stamp(a.when, a.aid)}\n'
                '                    </div>\n                </div>\n            </div>\n'
                '            <div class="row">\n                <div class="col-md-12 col-xs-12">\n'
                f'                    <div id="article_content">\n                        {table}{a.body}\n'
                '                    </div>\n                </div>\n            </div>\n'
                '            <div class="row">\n                <div class="col-md-12 col-xs-12">\n'
                '                    <div style="font-weight: bold;font-size: 20px;">\n                        相关附件：\n'
                '                    </div>\n                </div>\n            </div>\n            <!--调用文章的附件-->\n'
                + files + '        </div>\n    </div>\n' + self.area_script())
        return self.page(escape(a.title), main)

    def single(self, pid: int) -> Resource:
        name, parent, content = self.pages[pid]
        main = ('    <div class="row" style="margin-top: 10px;">\n' + self.left_box()
                + '        <div class="col-md-9 col-xs-12">\n' + self.bread(name, parent)
                + '            <div class="row">\n                <div class="col-md-12 col-xs-12">\n'
                f'                    <div class="article_title">\n                        {name}\n                    </div>\n'
                '                </div>\n            </div>\n            <div class="row">\n                <div class="col-md-12 col-xs-12">\n'
                f'                    <div id="article_content">\n                        {content}\n                    </div>\n'
                '                </div>\n            </div>\n        </div>\n    </div>\n')
        return self.page(name, main)

    def render(self) -> None:
        for c in self.cats:
            self.res[c.url()] = self.listing(c, 0)
            if c.pages > 1:
                self.res[c.url(1)] = self.listing(c, 1)
            for n in range(2, c.pages + 1):
                self.res[c.url(n)] = self.listing(c, n)
                self.traps.append(Trap(c.url(n), LATER_PAGE))
            for a in c.arcs:
                self.res[self.link(a)] = self.show(a)
        assert self.side is not None
        for a in self.side.listed()[:8]:
            self.res[self.short_link(a)] = self.show(a)
        for pid in self.pages:
            self.res[self.page_url(pid)] = self.single(pid)


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


_WORK = "会议要求，各嘎查（社区）、各站所要提高思想认识，压实工作责任，细化工作举措，加强督查考核，确保各项工作落到实处。"
_SUBJECTS = ("召开党委理论学习中心组学习会", "开展安全生产大检查", "推进和美乡村建设", "召开重点工作推进会", "开展草原防火巡查",
             "举办那达慕文化活动", "走访慰问困难群众", "开展防汛应急演练", "召开平安建设工作会议", "开展农村牧区人居环境整治")
BROKEN_IMAGE = "/upload/portal/20261106/8f3c2a9d4e1b7c6a5d0e9f8b7a6c5d4e.jpg"
BROKEN_PDF = "/upload/default/20260612/3b9d1f0c8e7a6b5c4d3e2f1a0b9c8d7e.pdf"


def _news(s: _Site) -> tuple[Cat, Cat]:
    gzdt = Cat(2, "工作动态", "新闻中心")
    for i in range(26):
        gzdt.arcs.append(s.arc(f"{TOWN}{_SUBJECTS[i % 10]}（第{i + 1}期）", AS_OF - timedelta(days=2 + i * 7),
                               _paras(f"近日，{TOWN}{_SUBJECTS[i % 10]}。镇党委、政府主要负责同志出席并讲话，各嘎查（社区）、各站所负责人参加。", _WORK)))
    good = "/upload/portal/20261116/2c7e9b1a4d8f3e6c0b5a9d2e7f1c4b8a.jpg"
    gzdt.arcs[0].body += f'<p style="text-align: center;"><img src="{good}" alt="" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    gzdt.arcs[1].body += f'<p style="text-align: center;"><img src="{BROKEN_IMAGE}" alt="" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "工作动态正文图片 404", probe="status:404"))
    s.traps.append(Trap(gzdt.url(), "工作动态最新 11-18（月-日，无年份），共 2 页（?page=N，第 1 页又作 ?page=1）：同一栏目，不过期"))

    tzgg = Cat(3, "通知公告", "新闻中心")
    for i in range(17):
        tzgg.arcs.append(s.arc(f"关于{('做好冬季草原防火', '开展2026年度农村牧区建房审批', '开展城乡居民医保参保缴费', '巴音塔拉路施工交通管制')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=6 + i * 11), _paras("各嘎查（社区）、各站所：", _WORK, GOV)))
    tzgg.arcs.append(s.arc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2025, 12, 29),
                           _paras("经清理，继续有效的行政规范性文件5件，宣布失效1件。", _WORK)))
    tzgg.arcs[2].files.append((BROKEN_PDF, "申报表.pdf"))
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404（相关附件，href 以空格开头）", probe="status:404"))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 11-14，共 2 页：不过期；12-29 那条是 2025 年的"))
    s.side = tzgg

    xczx = Cat(4, "乡村振兴", "新闻中心")
    for i in range(4):
        xczx.arcs.append(s.arc(f"{TOWN}{('召开乡村振兴工作推进会', '开展肉牛养殖技术培训', '举办农牧民实用人才培训')[i % 3]}（{i + 1}）",
                               date(2025, 9, 16) - timedelta(days=i * 43), _paras(f"{TOWN}此次共组织群众120余人次参加。", _WORK)))
    s.key.append(Expected("stale-columns", xczx.url(), "乡村振兴最新一篇 2025-09-16 发布（列表只显示 09-16），超过 1 年未更新",
                          probe="newest:2025-09-16"))

    bmfw = Cat(5, "便民服务", "新闻中心")
    s.key.append(Expected("empty-columns", bmfw.url(), "便民服务栏目没有任何文章：ul.lists 空，无分页", probe="no-rows"))
    s.cats += [gzdt, tzgg, xczx, bmfw]
    return gzdt, tzgg


_NORMATIVE = (("农村牧区宅基地审批管理", "table", ""), ("嘎查村级工程项目管理", "table", "missing"), ("农村牧区生活垃圾分类管理", "none", ""),
              ("嘎查村级财务管理", "table", "late"), ("集体草牧场租赁管理", "table", "unlinked"), ("临时救助实施", "table-no-validity", ""))


def _disclosure(s: _Site) -> tuple[Cat, list[tuple[Arc, Arc, str]]]:
    gfx = Cat(21, "规范性文件", "政务公开")
    zcjd = Cat(22, "政策解读", "政务公开")
    interps: list[tuple[Arc, Arc, str]] = []
    for k, (subject, shape, _defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 20) - timedelta(days=33 * k)
        number = f"巴政发〔{when.year}〕{21 - k}号"
        short = f"{TOWN}{subject}办法"
        p = s.arc(f"{GOV}关于印发《{short}》的通知", when)
        p.body = _paras("各嘎查（社区）、各站所：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本镇{subject}工作，根据有关法律法规和上级有关规定，制定本办法。",
                        "第二条　本办法适用于本镇行政区域内的嘎查（社区）和单位。",
                        "第三条　镇党政综合办公室负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"11152222MB{k:02d}47-{when.year}-{k + 31:05d}", "发布机构": GOV, "文号": number,
                "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if shape == "table":
            p.meta = meta
        elif shape == "table-no-validity":
            p.meta = {k2: v for k2, v in meta.items() if k2 != "有效性"}
        else:
            p.body = f'<p style="text-align: center;">{number}</p>' + p.body
        gfx.arcs.append(p)
    for k, ((subject, shape, defect), p) in enumerate(zip(_NORMATIVE, gfx.arcs)):
        short = f"{TOWN}{subject}办法"
        if shape == "table-no-validity":
            s.key.append(Expected("normative-metadata", p.title, "规范性文件元数据表缺少有效性", probe="meta-missing:有效性"))
        elif shape == "none":
            s.key.append(Expected("normative-metadata", p.title, "规范性文件没有元数据表（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        if defect == "missing":
            s.key.append(Expected("interpretations", p.title, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 17 if defect == "late" else k % 3
        i = s.arc(f"《{short}》政策解读" if k % 2 else f"一图读懂《{short}》", p.when + timedelta(days=lag),
                  _paras(f"一、起草背景　为规范本镇{subject}工作，镇政府组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　镇党政综合办公室。" + _WORK))
        interps.append((p, i, defect))
        if defect == "late":
            s.key.append(Expected("interpretations", p.title, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", p.title, "解读与文件互不链接", probe="no-interp-link"))
        else:
            s.traps.append(Trap(p.title, "文件与解读在正文末互相链接，解读及时发布"))
    zcjd.arcs += [i for _, i, _ in interps]

    czxx = Cat(23, "财政信息", "政务公开")
    for n in range(4):
        year = 2025 - n // 2
        czxx.arcs.append(s.arc(f"{GOV}{year if n % 2 == 0 else year - 1}年{'预算' if n % 2 == 0 else '决算'}公开",
                               date(2025, 6, 12) - timedelta(days=180 * n),
                               _paras("根据《中华人民共和国预算法》有关规定，现将本镇预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czxx.url(), "财政信息最新 2025-06-12（列表只显示 06-12），超过 1 年", probe="newest:2025-06-12"))

    ndbg = Cat(24, "政府信息公开年报", "政务公开")
    published = {2025: date(2026, 1, 21), 2023: date(2024, 4, 16), 2022: date(2023, 1, 31), 2021: date(2022, 1, 19)}
    for year, when in published.items():
        p = s.arc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 5))
        ndbg.arcs.append(p)
        if year == 2023:
            s.key.append(Expected("annual-reports", p.title, "2023 年度报告 2024-04-16 发布，晚于公开期限（3 月 31 日）",
                                  match=(TOWN, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(p.title, "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告", match=(TOWN, "2024"), probe="no-report:2024"))

    zdly = Cat(25, "重点领域信息", "政务公开")
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域信息栏目没有任何文章：ul.lists 空，无分页", probe="no-rows"))
    s.cats += [gfx, zcjd, czxx, ndbg, zdly]
    return gfx, interps


def _link_interps(s: _Site, interps: list[tuple[Arc, Arc, str]]) -> None:
    for p, i, defect in interps:
        if defect == "unlinked":
            continue
        i.body += f'<p>【原文】<a href="{_a(s.link(p))}" target="_blank">{p.title}</a></p>'
        p.body += f'<p>【相关解读】<a href="{_a(s.link(i))}" target="_blank">{i.title}</a></p>'


_PAGES = ((30, "镇情概况", "", f"{TOWN}位于科尔沁右翼中旗东部，总面积1286平方公里，辖18个嘎查、1个社区，户籍人口2.6万人。"),
          (26, "机构职能", "政务公开", f"{GOV}负责本镇经济社会发展规划、社会管理和公共服务，设党政综合办公室等6个内设机构。"),
          (27, "政府信息公开指南", "政务公开", f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。本指南自2026年2月10日起施行。"),
          (31, "政府信息公开制度", "政务公开", "本镇建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"),
          (28, "法定主动公开内容", "政务公开", f"{GOV}法定主动公开内容包括机构职能、规范性文件、政策解读、财政信息、政府信息公开年报和重点领域信息，见政务公开各栏目。"),
          (29, "依申请公开", "政务公开", "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：镇党政综合办公室。"))

_LEADERS = (("乌力吉", "镇党委书记"), ("张海峰", "镇党委副书记、镇长"), ("其其格", "镇党委委员、副镇长"))


def _home(s: _Site, gzdt: Cat, tzgg: Cat, gfx: Cat) -> None:
    """The front page (kyqj xzsy.html): the 党政班子 cards, the 概况 excerpt, three blocks of `m-d` rows."""
    cards = "".join('                    <div class="col-md-12 col-xs-12">\n                        <div class="row">\n'
                    f'                            <div class="col-md-5 col-xs-4">\n                                <img src="{TMPL}/public/assets/images/default-thumbnail.png" width="90px" height="74px" />\n'
                    '                            </div>\n                            <div class="col-md-7 col-xs-8" style="text-align: left;">\n'
                    f'                                <p style="font-size: 14px;color: #333333;font-weight: bold;">{n}</p>\n'
                    f'                                <p style="font-size: 12px;">职务:{d}</p>\n'
                    f'                                <p style="font-size: 12px;">手机:1394821{k:04d}</p>\n'
                    f'                                <a style="font-size: 14px;color: #0185ff;cursor: pointer;" target="_blank" href="{_a(s.page_url(26))}">查看详细>></a>\n'
                    '                            </div>\n                        </div>\n'
                    '                        <div style="margin-top: 20px;border-top: 1px solid #938d8d;margin-bottom: 20px;"></div>\n'
                    '                    </div>\n' for k, (n, d) in enumerate(_LEADERS))

    def block(cat: Cat, width: int) -> str:
        rows = "".join(f'                            <li><a href="{_a(s.link(a))}">{_cut(a.title)}<span style="float: right;margin-right: 25px;">'
                       f'{a.when:%m-%d}</span></a></li>\n' for a in cat.listed()[:7])
        return (f'                <div class="col-md-{width} col-xs-12">\n                    <div class="form-inline title">\n'
                f'                        <div class="form-group div_left">{cat.name}</div>\n'
                f'                        <div class="form-group div_right"><a class="mores" target="_blank" href="{_a(cat.url())}">更多\n</a></div>\n'
                '                    </div>\n                    <div class="row">\n                        <ul class="lists">\n'
                + rows + '                        </ul>\n                    </div>\n                </div>\n')
    main = ('    <div class="row" style="margin-top: 10px;">\n        <div class="col-md-3 col-xs-12">\n'
            '            <div class="form-inline title_area">\n                <div class="form-group div_left">党政班子</div>\n'
            f'                <div class="form-group div_right"><a class="more" style="color:#fff;" target="_blank" href="{_a(s.page_url(26))}">更多\n</a>\n</div>\n'
            '            </div>\n            <div class="row" style="margin-left: 0px;margin-right: 0px;padding-top: 20px;background-color: #f2f9ff;">\n'
            + cards + '            </div>\n        </div>\n        <div class="col-md-9 col-xs-12">\n            <div class="row">\n'
            '                <div class="col-md-6 col-xs-12">\n'
            f'                    <img src="{TMPL}/public/assets/images/default-thumbnail.png" width="100%" height="280" />\n'
            '                </div>\n                <div class="col-md-6 col-xs-12">\n                    <div class="form-inline title">\n'
            '                        <div class="form-group div_left">苏木乡镇概况</div>\n                    </div>\n'
            '                    <div class="row" style="margin-top: 10px;">\n                        <div class="col-md-12 col-xs-12">\n'
            f'                            {_PAGES[0][3][:100]}\n'
            f'                                <div class="form-group div_right"><a class="mores" target="_blank" href="{_a(s.page_url(30))}">查看详情</a></div>\n'
            '                        </div>\n                    </div>\n                </div>\n            </div>\n'
            '            <div class="row" style="margin-top: 10px;">\n                <div class="col-md-12 col-xs-12">\n'
            '                    <div class="center_img"></div>\n                </div>\n            </div>\n'
            '            <div class="row" style="margin-top: 10px;">\n' + block(gzdt, 6) + block(tzgg, 6) + '            </div>\n'
            '            <div class="row">\n' + block(gfx, 12) + '            </div>\n        </div>\n    </div>\n' + s.area_script())
    s.res["/"] = s.page(f"首页 {GOV}", main)


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>页面错误！请稍后再试～</title></head>'
             '<body><div class="error"><p class="face">:(</p><h1>页面错误！请稍后再试～</h1></div>'
             '<div class="copyright"><p><a title="官方网站" href="http://www.thinkphp.cn">ThinkPHP</a><sup>5.0.24</sup>'
             '<span>V5.0</span><span>{ 十年磨一剑-为API开发设计的高性能框架 }</span></p></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"thinkcmf offers only the small size, not {size!r}")
    s = _Site()
    gzdt, tzgg = _news(s)
    gfx, interps = _disclosure(s)
    for c in s.cats:
        for a in c.arcs:
            s.cat_of[a.aid] = c
    # the key names documents by title until their addresses (which carry the column id) are known
    by_title = {a.title: s.link(a) for c in s.cats for a in c.arcs}
    s.key = [Expected(e.family, by_title.get(e.url, e.url), e.note, match=e.match, probe=e.probe) for e in s.key]
    s.traps = [Trap(by_title.get(t.url, t.url), t.note) for t in s.traps]
    _link_interps(s, interps)
    for pid, name, parent, text in _PAGES:
        s.pages[pid] = (name, parent, _paras(text))
    s.render()
    s.traps.append(Trap(s.page_url(26), "单页（portal/page），没有日期：不是过期栏目"))
    _home(s, gzdt, tzgg, gfx)
    for c in s.cats:
        for a in c.arcs:
            for href, _ in a.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {a.aid}"), "application/pdf")
    form = ('    <div class="row" style="margin-top: 10px;">\n        <div class="col-md-12 col-xs-12">\n'
            '            <form method="post" action="{action}">\n{fields}'
            '                <input type="submit" class="btn btn-primary" value="提交"/>\n            </form>\n        </div>\n    </div>\n')
    s.res["/portal/index/message.html"] = s.page(f"在线留言 {GOV}", form.format(
        action="/portal/index/addmessage.html", fields='                <input type="text" name="title" placeholder="标题"/>\n'
        '                <textarea name="content"></textarea>\n'))
    s.res["/user/login/index.html"] = s.page(f"登录 {GOV}", form.format(
        action="/user/login/dologin.html", fields='                <input type="text" name="username"/>\n'
        '                <input type="password" name="password"/>\n'))
    s.res["/user/register/index.html"] = s.page(f"注册 {GOV}", form.format(
        action="/user/register/doregister.html", fields='                <input type="text" name="username"/>\n'))
    for path in ("public/assets/images/headicon.png", "public/assets/images/beian.png", "public/assets/images/toolbar_03.png",
                 "public/assets/images/list_left.png", "public/assets/images/default-thumbnail.png"):
        s.res[f"{TMPL}/{path}"] = Resource(tiny_png(), "image/png")
    for path in ("public/assets/simpleboot3/themes/simpleboot3/bootstrap.min.css", "public/assets/css/style.css"):
        s.res[f"{TMPL}/{path}"] = Resource(b"body{font-size:14px}", "text/css")
    for path in ("/static/js/jquery.js", "/static/js/bootstrap.min.js", f"{TMPL}/public/assets/js/slippry.min.js"):
        s.res[path] = Resource(b"/* thinkcmf */", "application/javascript")
    s.key.append(Expected("footer", "/", "页脚只有公安备案号（蒙公网安备），缺 ICP 备案号和网站标识码",
                          probe="footer-lacks:网站标识码"))
    s.key.append(Expected("footer", s.link(gzdt.arcs[0]), "全站同一页脚（public@footer）：缺 ICP 备案号和网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=r"^/.*"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签，ThinkCMF 页面只有 keywords/description/author",
                          probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap(s.link(gzdt.arcs[0]), "文章页：标题在 div.article_title，日期 `发布日期 : Y-m-d H:i`，左栏是通知公告的无日期标题框：文章页不是栏目"))
    s.traps.append(Trap(s.short_link(tzgg.listed()[0]), "左栏框链接的无 cid 地址：同一篇文章的第二个地址"))
    return SampleSite("thinkcmf", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
