"""The "dedebiz" sample site: a 镇人民政府's portal (青岗镇人民政府, 湖南) on DedeBIZ V6 (the DedeCMS fork) with its stock
`dedebiz` theme (Bootstrap 4), UTF-8, static pages as the stock naming rules make them: a column's first page
`/a/<typedir>/index.html` (linked as the folder), later pages `/a/<typedir>/list_<tid>_<n>.html`, articles
`/a/<typedir>/<Y>/<MD>/<aid>.html`.

Why DedeBIZ: of the brief's candidates it is the one whose stock front-end markup AND list renderer the library holds
whole (the DedeBIZ/DedeV6 repository), and its markup differs from DedeCMS 5.7's (tests/sites/dede.py) in every
template: Bootstrap rows, unlabelled dates behind icons, a pager of `li.page-item` whose current page is a stock bug.
Small 乡镇 and school sites moved from DedeCMS 5.7 to it after 织梦's licence claims. Sources (read with `read_file`):
  - DedeBIZ/DedeV6 `src/theme/dedebiz/list_article.htm`: `<title>` = column name, then `第N页-` on later pages, then
    the site name; `ol.breadcrumb > li.breadcrumb-item` 当前位置 + position; each row an `article.list-article`
    holding `h2 > a` (the title), `p` (the description cut to 130 characters and `...`), `div.meta` with
    `span.author` (the publisher's avatar and name) and `span.date` (`<i class="fa fa-calendar mr-1"></i>` then
    `Y-m-d`, no label); `<ul class="pagination">{dede:pagelist listitem='info,index,end,pre,next,pageno'
    listsize='1'/}</ul>`; the `aside.col-md-3` with widget_search, widget_menu and widget_hot;
  - `src/system/archive/listview.class.php` `GetPageListST` (commit 01eb380c): items in the fixed order 首页, 上一页,
    the numbers (a window of list_len*2+1 = 3), 下一页, 末页, then the info item `<li class='page-item d-none
    d-sm-block disabled'><span class='page-link'>{N}页{M}条</span></li>`; 首页 and 末页 a bare `<span
    class='page-link'>` when on that page; links `{typedir}/list_{tid}_{page}.html` (the folder kept, unlike 5.7);
    **the current number printed by a stock bug** as `<a class='page-link' href=''>'.N.'</a>` (`$typedir` undefined,
    single quotes inside a double-quoted string); a one-page list only `1页8条`, an empty one only `0页0条`;
  - `src/theme/dedebiz/article_article.htm`: `div.title > h1`, `div.meta` with the publisher link, `<span><i
    class="fa fa-calendar mr-1"></i>Y-m-d</span>`, the source (`fa-globe`) and writer (`fa-user`) spans, all
    unlabelled, and the count.php script followed by 次; `div.body`, `div.edit` 责任编辑：, `div.prenext` with
    `div.pagination-previous` / `div.pagination-next`; the action box's 挑错 and 打印 (its 收藏 and 推荐 links, a
    login answer per article, left out);
  - `widget_hot.htm` 热门头条 (`[field:global.autoindex/].[field:title/]`: numbered, undated titles of the newest ids,
    on every list and article page), `widget_menu.htm` 推荐栏目 (the top columns with `fa-navicon` icons),
    `head.htm` (`nav#navbarsDede`, dropdown children), `top.htm` (logo, search, login buttons), `foot.htm`
    (`{dede:global.cfg_powerby/} Powered by <a href="https://www.dedebiz.com">DedeBIZ开发团队</a>` and 友情连接：);
  - `singlepage.htm` (a 单页文档: `body.articleview`, trail 当前位置 > 首页 > its title, `div.col-12.article-main > h2` and
    the body, no side boxes and no date);
  - the stock naming rules `{typedir}/{Y}/{M}{D}/{aid}.html` and `{typedir}/list_{tid}_{page}.html` with typedir
    `{cmspath}/a/<dir>` (dede_arctype rows quoted in the library).
Guessed, said as such: the government content, the home page's blocks, the channel cover page of 信息公开, the
metadata table pasted into 规范性文件, the 上一篇：/下一篇： texts (DedeCMS 5.7's), the breadcrumb's `<a>` items, the
cfg_powerby text (where a site puts 主办/标识码/ICP), upload paths `/uploads/allimg/<yymmdd>/…`, ids and every text.
DedeBIZ has no 2017 metas.

First contact (f023c84's tool, plain): 92/93 pages (the member page keyed without its `?uid=`: the key's slip, mended);
stale-columns precision 0.05 (37 false: every article read as a column of one row, the publisher's link and the
unlabelled date under its title), empty-columns recall 0.00 (both read as hubs: `0页0条` not a count without 共),
annual-reports 0.20/0.50 and interpretations 0.60 (the same articles-as-columns), normative-metadata recall 0.50 (the
same). Fixed in the tool (tests/model/test_dedebiz_pages.py): all 1.00/1.00. Under all 19 mutations, seed 0 and 1: two
false stale columns (with the trail's classes scrambled, `工作动态-第2页` was the later pages' own name): fixed; seeds 0–3
then 1.00. A first guess of the 单页 (an article layout under the channel's trail, with the side boxes) made the guide a
hub, its date unread; singlepage.htm, read then, writes it otherwise (trail 首页 > its title, no side boxes).

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
TOWN = "青岗镇"
GOV = "青岗镇人民政府"
HTML = "text/html; charset=utf-8"
ICP = "湘ICP备19011826号-1"
SITE_CODE = "4305230019"
PER_PAGE = 10


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Arc:
    id: int
    title: str
    when: date
    body: str = ""
    meta: dict[str, str] | None = None  # the pasted 信息公开 table
    files: list[str] = field(default_factory=list)
    source: str = "本站"
    writer: str = "党政综合办"


@dataclass
class Col:
    id: int
    name: str
    dir: str  # typedir under /a/
    arcs: list[Arc] = field(default_factory=list)

    def url(self, n: int = 1) -> str:
        return f"/a/{self.dir}/" if n <= 1 else f"/a/{self.dir}/list_{self.id}_{n}.html"

    def rule(self, n: int) -> str:
        """The pager's own link: namerule2 with {page} replaced (page 1 too: `list_<tid>_1.html`)."""
        return f"/a/{self.dir}/list_{self.id}_{n}.html"

    def listed(self) -> list[Arc]:
        return sorted(self.arcs, key=lambda p: (p.when, p.id), reverse=True)

    @property
    def pages(self) -> int:
        return -(-len(self.arcs) // PER_PAGE)


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("\u3000", "")


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 120
        self.col_of: dict[int, Col] = {}

    def arc(self, title: str, when: date, body: str = "", **kw: object) -> Arc:
        self.next_id += 1
        return Arc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def link(self, p: Arc) -> str:
        return f"/a/{self.col_of[p.id].dir}/{p.when:%Y}/{p.when:%m%d}/{p.id}.html"

    def all_arcs(self) -> list[Arc]:
        return [p for c in self.cols for p in c.arcs]

    # -- chrome (top.htm, head.htm, foot.htm, widgets) ------------------------------------------------------------
    @staticmethod
    def head(title: str, description: str = "") -> str:
        return ('<!DOCTYPE html>\n<html>\n\t<head>\n\t\t<meta charset="utf-8">\n'
                '\t\t<meta http-equiv="X-UA-Compatible" content="IE=Edge,chrome=1">\n'
                '\t\t<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no">\n'
                f'\t\t<title>{title}</title>\n\t\t<meta name="keywords" content="{TOWN},{GOV}">\n'
                f'\t\t<meta name="description" content="{escape(description)}">\n'
                '\t\t<link rel="stylesheet" href="/static/web/css/font-awesome.min.css">\n'
                '\t\t<link rel="stylesheet" href="/static/web/css/bootstrap.min.css">\n'
                '\t\t<link rel="stylesheet" href="/static/web/css/style.css">\n\t</head>\n')

    def top(self) -> str:
        items = []
        for c in self.nav_cols:
            kids = self.children.get(c.id, [])
            if kids:
                sub = "".join(f'\n\t\t\t\t\t\t<a href="{_a(k.url())}" class="dropdown-item">{k.name}</a>' for k in kids)
                items.append(f'\t\t\t\t<li class="nav-item dropdown">\n\t\t\t\t\t<a class="nav-link dropdown-toggle" href="{_a(c.url())}" '
                             f'data-toggle="dropdown">{c.name}</a>\n\t\t\t\t\t<div class="dropdown-menu" aria-labelledby="dropdown-auth">'
                             f'{sub}\n\t\t\t\t\t</div>\n\t\t\t\t</li>\n')
            else:
                items.append(f'\t\t\t\t<li class="nav-item ">\n\t\t\t\t\t<a class="nav-link " href="{_a(c.url())}" >{c.name}</a>\n\t\t\t\t</li>\n')
        return ('<div class="site-nav bg-white shadow-sm mb-3 py-3">\n\t<div class="container">\n\t\t<div class="row">\n'
                f'\t\t\t<div class="col-4 col-md-6 logo"><a href="/"><img src="/static/web/img/logo.png" alt="{GOV}"></a></div>\n'
                '\t\t\t<div class="col-8 col-md-6 text-right user-login" id="_login">\n'
                '\t\t\t\t<a href="/apps/search.php" class="btn btn-outline-success btn-sm rounded-circle"><i class="fa fa-search"></i></a>\n'
                '\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n'
                '<header class="container py-3">\n\t<div class="navbar navbar-expand-lg navbar-dark bg-success shadow-sm rounded">\n'
                f'\t\t<a href="/" class="navbar-brand d-lg-none">{GOV}</a>\n'
                '\t\t<nav class="collapse navbar-collapse" id="navbarsDede">\n\t\t\t<ul class="navbar-nav mr-auto">\n'
                '\t\t\t\t<li class="nav-item"><a href="/" class="nav-link ">首页</a></li>\n' + "".join(items)
                + '\t\t\t</ul>\n\t\t</nav>\n\t</div>\n</header>\n')

    def crumb(self, col: Col | None) -> str:
        trail = "<li class=\"breadcrumb-item\"><a href='/'>主页</a></li>"
        chain = []
        while col is not None:
            chain.insert(0, col)
            col = self.parent.get(col.id)
        trail += "".join(f"<li class=\"breadcrumb-item\"><a href='{_a(c.url())}'>{c.name}</a></li>" for c in chain)
        return ('<div class="container py-3">\n\t<nav aria-label="breadcrumb">\n\t\t<ol class="breadcrumb mb-0">\n'
                f'\t\t\t<li class="breadcrumb-item">当前位置</li>\n\t\t\t{trail}\n\t\t</ol>\n\t</nav>\n</div>\n')

    def aside(self) -> str:
        search = ('<div class="pb-3"><form name="formsearch" action="/apps/search.php"><div class="input-group">'
                  '<input type="hidden" name="kwtype" value="0"><input name="q" type="text" class="form-control" placeholder="搜索文档">'
                  '<div class="input-group-append"><button type="submit" class="btn btn-success"><i class="fa fa-search"></i></button>'
                  '</div></div></form></div>\n')
        menu = "".join(f'\n\t\t<li><a href="{_a(c.url())}"><i class="fa fa-navicon mr-2"></i>{c.name}</a></li>' for c in self.nav_cols)
        newest = sorted(self.all_arcs(), key=lambda p: p.id, reverse=True)[:10]
        hot = "".join(f'\n\t\t<li><a title="{escape(p.title)}" href="{_a(self.link(p))}">{k + 1}.{escape(p.title)}</a></li>'
                      for k, p in enumerate(newest))
        return ('\t\t\t\t<aside class="col-md-3">\n\t\t\t\t\t' + search
                + f'\t\t\t\t\t<div class="pb-3"><div class="item-article bg-white shadow-sm rounded p-3">\n\t<h2 class="mb-3">推荐栏目</h2>\n\t<ul>{menu}\n\t</ul>\n</div></div>\n'
                + f'\t\t\t\t\t<div class="pb-3"><div class="item-article bg-white shadow-sm rounded p-3">\n\t<h2 class="mb-3">热门头条</h2>\n\t<ul>{hot}\n\t</ul>\n</div></div>\n'
                + '\t\t\t\t</aside>\n')

    powerby = (f'Copyright &copy; 2019-2026 {GOV} 版权所有 主办：{GOV} 地址：湖南省新宁县{TOWN}青岗街8号 电话：0739-4610312 '
               f'网站标识码：{SITE_CODE} <a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>')

    def foot(self) -> str:
        return ('<footer class="bg-success shadow-sm mt-3">\n    <div class="copyright">\n'
                f'        <p class="text-center">{self.powerby} Powered by <a href="https://www.dedebiz.com" target="_blank">DedeBIZ开发团队</a></p>\n'
                '        <p class="text-center mb-0">友情连接：<a href="http://www.hunan.gov.cn/" target="_blank">湖南省人民政府</a> '
                '<a href="http://www.xinning.gov.cn/" target="_blank">新宁县人民政府</a> </p>\n'
                '    </div>\n</footer>\n<div class="scroll-top">\n    <button onclick="gotop()" id="btnScrollTop" title="返回顶部">'
                '<i class="fa fa-chevron-up"></i> </button>\n</div>\n'
                '<script src="/static/web/js/bootstrap.min.js"></script>\n<script src="/static/web/js/style.js"></script>\n'
                '\t</body>\n</html>\n')

    def page(self, title: str, crumb_col: Col | None, main: str, description: str = "", aside: bool = True) -> Resource:
        inner = (f'\t\t\t\t<div class="col-md-9 pb-m-3">{main}</div>\n' + self.aside()) if aside else f'\t\t\t\t<div class="col-md-12">{main}</div>\n'
        html = (self.head(title, description) + '\t<body>\n' + self.top() + self.crumb(crumb_col)
                + '<main class="container py-3">\n\t\t\t<div class="row">\n' + inner + '\t\t\t</div>\n\t\t</main>\n' + self.foot())
        return Resource(html.encode("utf-8"), HTML)

    # -- lists (list_article.htm, GetPageListST) --------------------------------------------------------------------
    def pagelist(self, col: Col, n: int) -> str:
        total, count = col.pages, len(col.arcs)

        def item(inner: str, cls: str = "page-item") -> str:
            return f"<li class='{cls}'>{inner}</li>\r\n"
        info = item(f"<span class='page-link'>{total}页{count}条</span>", "page-item d-none d-sm-block disabled")
        if total <= 1:
            return info
        link = lambda label, k: item(f"<a class='page-link' href='{_a(col.rule(k))}'>{label}</a>")  # noqa: E731
        out = link("首页", 1) if n != 1 else item("<span class='page-link'>首页</span>")
        if n != 1:
            out += link("上一页", n - 1)
        lo, hi = (n - 1, min(n + 1, total)) if n >= 3 else (1, min(3, total))
        for k in range(lo, hi + 1):
            out += item(f"<a class='page-link' href=''>'.{k}.'</a>") if k == n else link(str(k), k)
        if n != total:
            out += link("下一页", n + 1) + link("末页", total)
        else:
            out += item("<span class='page-link'>末页</span>")
        return out + info

    def row(self, p: Arc) -> str:
        desc = _plain(p.body)[:130]
        return ('\n\t\t\t\t\t<article class="list-article bg-white rounded shadow-sm mb-3 p-3">\n\t\t\t\t\t\t<div class="list-article-body">\n'
                f'\t\t\t\t\t\t\t<h2 class="mb-3"><a href="{_a(self.link(p))}">{escape(p.title)}</a></h2>\n'
                f'\t\t\t\t\t\t\t<p>{escape(desc)}...</p>\n\t\t\t\t\t\t\t<div class="meta">\n'
                '\t\t\t\t\t\t\t\t<span class="author mr-3"><a href="/user/index.php?uid=qgadmin"><img src="/static/web/img/admin.png" class="user-img-xs mr-1">qgadmin</a></span>\n'
                f'\t\t\t\t\t\t\t\t<span class="date"><i class="fa fa-calendar mr-1"></i>{p.when:%Y-%m-%d}</span>\n'
                '\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</article>')

    def listpage(self, col: Col, n: int) -> Resource:
        arcs = col.listed()[(n - 1) * PER_PAGE: n * PER_PAGE]
        main = "".join(self.row(p) for p in arcs) + f'\n\t\t\t\t\t<ul class="pagination">{self.pagelist(col, n)}</ul>\n\t\t\t\t'
        title = f"{col.name}-{f'第{n}页-' if n > 1 else ''}{GOV}"
        return self.page(title, col, main)

    # -- articles (article_article.htm) -------------------------------------------------------------------------------
    def article(self, p: Arc, pre: Arc | None, nxt: Arc | None) -> Resource:
        col = self.col_of[p.id]
        table = ""
        if p.meta is not None:
            table = ('<table class="table table-bordered"><tbody>\n'
                     + "".join(f'<tr><th scope="row" style="width:20%">{k}</th><td>{v}</td></tr>\n' for k, v in p.meta.items())
                     + "</tbody></table>\n")
        files = "".join(f'<p>附件：<a href="{_a(u)}" target="_blank">{escape(p.title)}{u[u.rfind("."):]}</a></p>\n' for u in p.files)
        pre_html = f"上一篇：<a href='{_a(self.link(pre))}'>{escape(pre.title)}</a> " if pre else "上一篇：没有了 "
        next_html = f"下一篇：<a href='{_a(self.link(nxt))}'>{escape(nxt.title)}</a> " if nxt else "下一篇：没有了 "
        main = ('\n\t\t\t\t\t<article class="article-main bg-white shadow-sm rounded p-3">\n'
                f'\t\t\t\t\t\t<div class="title">\n\t\t\t\t\t\t\t<h1>{escape(p.title)}</h1>\n\t\t\t\t\t\t</div>\n'
                '\t\t\t\t\t\t<div class="meta py-3">\n'
                '\t\t\t\t\t\t\t<a href="/user/index.php?uid=qgadmin"><span><img src="/static/web/img/admin.png" class="user-img-xs mr-1">qgadmin</span></a>\n'
                f'\t\t\t\t\t\t\t<span><i class="fa fa-calendar mr-1"></i>{p.when:%Y-%m-%d}</span>\n'
                f'\t\t\t\t\t\t\t<span><i class="fa fa-globe mr-1"></i>{p.source}</span>\n'
                f'\t\t\t\t\t\t\t<span><i class="fa fa-user mr-1"></i>{p.writer}</span>\n'
                f'\t\t\t\t\t\t\t<span><i class="fa fa-eye mr-1"></i><script src="/apps/count.php?view=yes&amp;aid={p.id}&amp;mid=1"></script>次</span>\n'
                '\t\t\t\t\t\t</div>\n\t\t\t\t\t\t<div class="column py-3"></div>\n'
                f'\t\t\t\t\t\t<div class="body py-3">{table}{p.body}{files}</div>\n'
                '\t\t\t\t\t\t<div class="edit py-3">责任编辑：qgadmin</div>\n'
                '\t\t\t\t\t\t<nav class="column-page py-3">\n\t\t\t\t\t\t\t<ul class="pagination justify-content-center"></ul>\n\t\t\t\t\t\t</nav>\n'
                '\t\t\t\t\t\t<div class="page py-3 row">\n\t\t\t\t\t\t\t<div class="col-md-4 prenext">\n'
                f'\t\t\t\t\t\t\t\t<div class="pagination-previous mb-3">{pre_html}</div>\n'
                f'\t\t\t\t\t\t\t\t<div class="pagination-next">{next_html}</div>\n\t\t\t\t\t\t\t</div>\n'
                '\t\t\t\t\t\t\t<div class="col-md-8">\n\t\t\t\t\t\t\t\t<div class="row actbox">\n\t\t\t\t\t\t\t\t\t<ul>\n'
                f'\t\t\t\t\t\t\t\t\t\t<li><i class="fa fa-bug mr-2"></i><a href="javascript:ErrorAddSave({p.id}, \'{escape(p.title)}\');">挑错</a></li>\n'
                '\t\t\t\t\t\t\t\t\t\t<li><i class="fa fa-print mr-2"></i><a href="javascript:;" onclick="window.print();">打印</a></li>\n'
                '\t\t\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</article>\n\t\t\t\t')
        return self.page(f"{escape(p.title)}-{GOV}", col, main, _plain(p.body)[:80])

    def single(self, url: str, title: str, text: str) -> str:
        """A 单页文档 (singlepage.htm): trail 当前位置 > 首页 > its title, `h2` and the body, no side boxes, no date."""
        html = (self.head(f"{title}-{GOV}", _plain(text)[:80]) + '\t<body class="articleview">\n' + self.top()
                + '<div class="container py-3">\n\t<div class="row">\n\t\t<div class="col-md-12">\n\t\t\t<div class="position rounded">\n'
                '\t\t\t\t<nav aria-label="breadcrumb">\n\t\t\t\t\t<ol class="breadcrumb">\n'
                '\t\t\t\t\t\t<li class="breadcrumb-item">当前位置</li>\n\t\t\t\t\t\t<li class="breadcrumb-item"><a href="/">首页</a></li>\n'
                f'\t\t\t\t\t\t<li class="breadcrumb-item">{title}</li>\n\t\t\t\t\t</ol>\n\t\t\t\t</nav>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n'
                '<main class="container py-3">\n\t\t\t<div class="row">\n\t\t\t\t<div class="col-12 article-main">\n'
                f'\t\t\t\t\t<h2>{title}</h2>\n\t\t\t\t\t<div class="py-3">{text}</div>\n'
                '\t\t\t\t\t<ul class="pagination justify-content-center py-3"></ul>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</main>\n'
                + self.foot())
        self.res[url] = Resource(html.encode("utf-8"), HTML)
        return url

    def render(self) -> None:
        for c in self.cols:
            first = self.listpage(c, 1)
            self.res[c.url() + "index.html"] = first
            if c.pages > 1:
                self.res[c.rule(1)] = first  # the pager's 首页/1 link: the same page at a second address
            for n in range(2, c.pages + 1):
                self.res[c.url(n)] = self.listpage(c, n)
                self.traps.append(Trap(c.url(n), LATER_PAGE))
            listed = c.listed()
            for k, p in enumerate(listed):
                nxt = listed[k - 1] if k > 0 else None
                pre = listed[k + 1] if k + 1 < len(listed) else None
                self.res[self.link(p)] = self.article(p, pre, nxt)

    nav_cols: list[Col]
    children: dict[int, list[Col]]
    parent: dict[int, Col]


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


_WORK = "会议要求，各村（社区）、各站所要提高思想认识，压实工作责任，细化工作举措，加强督查考核，确保各项工作落到实处、取得实效。"
_SUBJECTS = ("召开党委理论学习中心组学习会", "开展安全生产大检查", "推进美丽屋场建设", "召开重点工作推进会", "开展森林防火巡查",
             "举办农民丰收节", "走访慰问困难群众", "开展防汛应急演练", "召开平安建设工作会议", "开展农村人居环境整治")
BROKEN_IMAGE = "/uploads/allimg/261106/1-2611061338120-L.jpg"
BROKEN_PDF = "/uploads/soft/260603/1-2606031047310.pdf"


def _news(s: _Site) -> tuple[Col, Col, Col]:
    xwzx = Col(1, "新闻中心", "xwzx")
    gzdt = Col(2, "工作动态", "xwzx/gzdt")
    for i in range(30):
        gzdt.arcs.append(s.arc(f"{TOWN}{_SUBJECTS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 6),
                               _paras(f"近日，{TOWN}{_SUBJECTS[i % 10]}。镇党委、政府主要负责同志出席并讲话，各村（社区）、各站所负责人参加。", _WORK)))
    good = "/uploads/allimg/261110/1-2611101012300-L.jpg"
    gzdt.arcs[0].body += f'<p style="text-align:center"><img src="{good}" alt=""></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    gzdt.arcs[1].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" alt=""></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "工作动态正文图片 404", probe="status:404"))
    s.traps.append(Trap(gzdt.url(), "工作动态最新 2026-11-18，共 3 页（list_2_N.html，当前页码是 href='' 的 '.N.'）：同一栏目，不过期"))

    tzgg = Col(3, "通知公告", "xwzx/tzgg")
    for i in range(14):
        tzgg.arcs.append(s.arc(f"关于{('做好冬季森林防火', '开展2026年度农村建房审批', '开展城乡居民医保参保缴费', '青岗街施工交通管制')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=6 + i * 13), _paras("各村（社区）、各站所：", _WORK, GOV)))
    tzgg.arcs.append(s.arc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 20),
                           _paras("经清理，继续有效的行政规范性文件5件，宣布失效1件。", _WORK)))
    tzgg.arcs[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14，共 2 页：不过期"))

    xczx = Col(4, "乡村振兴", "xczx")
    for i in range(5):
        xczx.arcs.append(s.arc(f"{TOWN}{('召开乡村振兴工作推进会', '开展脐橙种植技术培训', '举办农村实用人才培训')[i % 3]}（{i + 1}）",
                               date(2025, 4, 16) - timedelta(days=i * 43), _paras(f"{TOWN}此次共组织群众120余人次参加。", _WORK)))
    s.key.append(Expected("stale-columns", xczx.url(), "乡村振兴最新一篇 2025-04-16 发布，超过 1 年未更新", probe="newest:2025-04-16"))

    bmfw = Col(5, "便民服务", "bmfw")
    s.key.append(Expected("empty-columns", bmfw.url(), "便民服务栏目没有任何文档：分页只剩「0页0条」", probe="no-rows"))
    s.cols += [gzdt, tzgg, xczx, bmfw]
    return xwzx, gzdt, tzgg


_NORMATIVE = (("农村宅基地审批管理", "table", ""), ("村级工程项目管理", "table", "missing"), ("农村生活垃圾分类管理", "none", ""),
              ("村级财务管理", "table", "late"), ("集体资产租赁管理", "table", "unlinked"), ("临时救助实施", "table-no-validity", ""))


def _disclosure(s: _Site) -> tuple[Col, list[tuple[Arc, Arc, str]]]:
    gfx = Col(7, "规范性文件", "xxgk/gfxwj")
    zcjd = Col(8, "政策解读", "xxgk/zcjd")
    interps: list[tuple[Arc, Arc, str]] = []
    for k, (subject, shape, _defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 20) - timedelta(days=33 * k)
        number = f"青政发〔{when.year}〕{21 - k}号"
        short = f"{TOWN}{subject}办法"
        p = s.arc(f"{GOV}关于印发《{short}》的通知", when)
        p.body = _paras("各村（社区）、各站所：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本镇{subject}工作，根据有关法律法规和上级有关规定，制定本办法。",
                        "第二条　本办法适用于本镇行政区域内的村（社区）和单位。",
                        "第三条　镇党政综合办公室负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"43052300{k:02d}/{when.year}-{k + 31:05d}", "发布机构": GOV, "文号": number,
                "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if shape == "table":
            p.meta = meta
        elif shape == "table-no-validity":
            p.meta = {k2: v for k2, v in meta.items() if k2 != "有效性"}
        else:
            p.body = f'<p style="text-align:center">{number}</p>' + p.body
        gfx.arcs.append(p)
    for k, ((subject, shape, defect), p) in enumerate(zip(_NORMATIVE, gfx.arcs)):
        short = f"{TOWN}{subject}办法"
        if defect == "missing":
            continue
        lag = 17 if defect == "late" else k % 3
        i = s.arc(f"《{short}》政策解读" if k % 2 else f"一图读懂《{short}》", p.when + timedelta(days=lag),
                  _paras(f"一、起草背景　为规范本镇{subject}工作，镇政府组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　镇党政综合办公室。" + _WORK))
        interps.append((p, i, defect))
    zcjd.arcs += [i for _, i, _ in interps]

    czxx = Col(9, "财政信息", "xxgk/czxx")
    for n in range(4):
        year = 2025 - n // 2
        czxx.arcs.append(s.arc(f"{GOV}{year if n % 2 == 0 else year - 1}年{'预算' if n % 2 == 0 else '决算'}公开",
                               date(2025, 6, 12) - timedelta(days=180 * n),
                               _paras("根据《中华人民共和国预算法》有关规定，现将本镇预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czxx.url(), "财政信息最新 2025-06-12，超过 1 年（2026 年预算未公开）", probe="newest:2025-06-12"))

    ndbg = Col(10, "政府信息公开年报", "xxgk/ndbg")
    published = {2025: date(2026, 1, 21), 2023: date(2024, 4, 16), 2022: date(2023, 1, 31), 2021: date(2022, 1, 19)}
    for year, when in published.items():
        ndbg.arcs.append(s.arc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 5)))

    zdly = Col(11, "重点领域信息", "xxgk/zdly")
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域信息栏目没有任何文档：分页只剩「0页0条」", probe="no-rows"))
    s.cols += [gfx, zcjd, czxx, ndbg, zdly]
    return gfx, interps


def _keys_after_linking(s: _Site, gfx: Col, interps: list[tuple[Arc, Arc, str]], ndbg: Col) -> None:
    """Key entries that name article addresses (known once every article has its column)."""
    with_interp = {p.id: (i, d) for p, i, d in interps}
    for (subject, shape, defect), p in zip(_NORMATIVE, gfx.arcs):
        url, short = s.link(p), f"{TOWN}{subject}办法"
        if shape == "table-no-validity":
            s.key.append(Expected("normative-metadata", url, "规范性文件元数据表缺少有效性", probe="meta-missing:有效性"))
        elif shape == "none":
            s.key.append(Expected("normative-metadata", url, "规范性文件没有元数据表（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
        elif defect == "late":
            s.key.append(Expected("interpretations", url, "解读晚于文件17天发布", probe="late-interp:17"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        else:
            assert p.id in with_interp
            s.traps.append(Trap(url, "文件与解读在正文末互相链接，解读及时发布"))
    for p in ndbg.arcs:
        if "2023年" in p.title:
            s.key.append(Expected("annual-reports", s.link(p), "2023 年度报告 2024-04-16 发布，晚于公开期限（3 月 31 日）",
                                  match=(TOWN, "2023"), probe="late:2024-03-31"))
        elif "2022年" in p.title:
            s.traps.append(Trap(s.link(p), "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告", match=(TOWN, "2024"), probe="no-report:2024"))


def _link_interps(s: _Site, interps: list[tuple[Arc, Arc, str]]) -> None:
    for p, i, defect in interps:
        if defect == "unlinked":
            continue
        i.body += f'<p>相关文件：<a href="{_a(s.link(p))}">{p.title}</a></p>'
        p.body += f'<p>相关解读：<a href="{_a(s.link(i))}">{i.title}</a></p>'


_SINGLES = (("zqgk", "镇情概况", f"{TOWN}位于新宁县西南部，面积186.3平方公里，辖14个行政村、2个社区，户籍人口3.2万人。"),
            ("jgzn", "机构职能", f"{GOV}负责本镇经济社会发展规划、社会管理和公共服务，设党政综合办公室等6个内设机构。"),
            ("xxgkzn", "政府信息公开指南", f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。本指南自2026年2月10日起施行。"),
            ("xxgkzd", "政府信息公开制度", "本镇建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"),
            ("fdzdgk", "法定主动公开内容", f"{GOV}法定主动公开内容包括机构职能、规范性文件、政策解读、财政信息、政府信息公开年报和重点领域信息，见政府信息公开各栏目。"),
            ("ysqgk", "依申请公开", "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：镇党政综合办公室。"))


def _home(s: _Site, gzdt: Col, tzgg: Col, gfx: Col, singles: list[tuple[str, str]]) -> None:
    """The front page (guessed from index.htm's cards): three blocks of titles with `m-d` dates."""
    def block(col: Col, n: int) -> str:
        rows = "".join(f'\n\t\t<li><a href="{_a(s.link(p))}" title="{escape(p.title)}">{escape(p.title)}</a>'
                       f'<span class="float-right text-muted">{p.when:%m-%d}</span></li>' for p in col.listed()[:n])
        return (f'<div class="item-article bg-white shadow-sm rounded p-3 mb-3">\n\t<h2 class="mb-3">{col.name}'
                f'<a class="float-right small" href="{_a(col.url())}">更多</a></h2>\n\t<ul>{rows}\n\t</ul>\n</div>\n')
    links = "".join(f'<a class="btn btn-outline-success btn-sm mr-2" href="{_a(u)}">{t}</a>' for u, t in singles)
    main = (block(gzdt, 8) + block(tzgg, 6) + block(gfx, 5)
            + f'<div class="item-article bg-white shadow-sm rounded p-3 mb-3">\n\t<h2 class="mb-3">政务公开</h2>\n\t<p>{links}</p>\n</div>\n')
    s.res["/"] = s.page(GOV, None, main, f"{GOV}门户网站", aside=False)


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 Not Found</title></head>'
             '<body><center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"dedebiz offers only the small size, not {size!r}")
    s = _Site()
    xwzx, gzdt, tzgg = _news(s)
    gfx, interps = _disclosure(s)
    xxgk = Col(6, "信息公开", "xxgk")
    for c in s.cols:
        for p in c.arcs:
            s.col_of[p.id] = c
    _link_interps(s, interps)
    ndbg = next(c for c in s.cols if c.id == 10)
    _keys_after_linking(s, gfx, interps, ndbg)
    s.nav_cols = [xwzx, s.cols[2], s.cols[3], xxgk]
    s.children = {1: s.cols[:2], 6: s.cols[4:]}
    s.parent = {c.id: xwzx for c in s.cols[:2]} | {c.id: xxgk for c in s.cols[4:]}
    singles = [(s.single(f"/a/{d}.html", t, _paras(x)), t)
               for k, (d, t, x) in enumerate(_SINGLES)]
    s.render()
    # 新闻中心 and 信息公开 are channel covers (index_article.htm): their children's names and newest titles
    for cover, kids, extra in ((xwzx, s.cols[:2], []), (xxgk, s.cols[4:], singles[2:])):
        blocks = "".join(
            f'<div class="item-article bg-white shadow-sm rounded p-3 mb-3">\n\t<h2 class="mb-3"><a href="{_a(k.url())}">{k.name}</a></h2>\n\t<ul>'
            + "".join(f'\n\t\t<li><a href="{_a(s.link(p))}">{escape(p.title)}</a></li>' for p in k.listed()[:5]) + '\n\t</ul>\n</div>\n'
            for k in kids)
        blocks += "".join(f'<p><a href="{_a(u)}">{t}</a></p>' for u, t in extra)
        s.res[cover.url() + "index.html"] = s.page(f"{cover.name}-{GOV}", cover, blocks)
    s.traps.append(Trap(singles[1][0], "单页文档，没有日期：不是过期栏目"))
    _home(s, gzdt, tzgg, gfx, singles)
    for c in s.cols:
        for p in c.arcs:
            for href in p.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {p.id}"), "application/pdf")
    for css in ("font-awesome.min.css", "bootstrap.min.css", "style.css"):
        s.res[f"/static/web/css/{css}"] = Resource(b"body{font-size:14px}", "text/css")
    for js in ("bootstrap.min.js", "style.js"):
        s.res[f"/static/web/js/{js}"] = Resource(b"/* dedebiz */", "application/javascript")
    s.res["/apps/count.php"] = Resource(b"document.write('36');", "application/javascript")
    s.res["/apps/search.php"] = s.page(f"搜索-{GOV}", None, '<p>请输入搜索关键词。</p>')
    s.res["/user/index.php?uid=qgadmin"] = s.page(f"qgadmin的空间-{GOV}", None, '<p>qgadmin 的空间：暂无公开动态。</p>', aside=False)
    for img in ("logo.png", "admin.png"):
        s.res[f"/static/web/img/{img}"] = Resource(tiny_png(), "image/png")
    s.key.append(Expected("footer", "/", "页脚（cfg_powerby）有主办、网站标识码和 ICP 备案号，缺公安机关备案号",
                          probe="footer-lacks:公网安备"))
    s.key.append(Expected("footer", s.link(gzdt.arcs[0]), "全站同一页脚：缺公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=r"^/.*"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签，只有 keywords/description",
                          probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap(s.link(gzdt.arcs[0]), "文章页日期在 div.meta 的 fa-calendar 图标后，无标签；边栏热门头条无日期：文章页不是栏目"))
    return SampleSite("dedebiz", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
