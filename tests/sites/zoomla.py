"""The "zoomla" sample site: a 县 department's portal (泓江县住房和城乡建设局, 江西) on Zoomla!逐浪CMS (ASP.NET, the
V4 Bootstrap 4 templates lightly edited), UTF-8, the stock routed addresses: a column's home
`/Class_<id>/Default.aspx` (the 栏目首页 template: a block of newest titles per child), a column's list
`/Class_<id>/NodePage.aspx` with later pages `/Class_<id>/NodePage_<n>.aspx`, articles `/Item/<id>.aspx`; single-page
nodes (机构职能, the 信息公开指南 …) at their `Default.aspx`.

Why Zoomla: of the brief's candidates it is the one whose own templates, labels and router the library holds whole,
and it runs county departments, 学校 and 事业单位 in 江西/江苏. Sources (read with `read_file`/`find_string`):
  - zoomla/CMS-Source-code, the 3.x BLL `B_Route.RegisterRoutes`: `Class_{ID}/Default.aspx`, `Class_{ID}/Default_{CPage}
    .aspx`, `Class_{ID}/NodePage.aspx`, `Class_{ID}/NodePage_{CPage}.aspx`, `Item/{ID}.aspx` ("为兼容保留.aspx"),
    `Item/{ID}_{CPage}.aspx`; a fingerprint list (`'NodePage.aspx&body="Item':'逐浪zoomla'`) confirms them on live sites;
  - zoomla/CMS-Publish `Template/V4/栏目列表/通用资讯子栏目列表页.html`: `div.bs-header > div.container > h1` (the node
    name) over a slogan `<p>`, `main[role=main]`, the trail `div.mySites > nav[aria-label=breadcrumb] > ol.breadcrumb` with
    `li.breadcrumb-item` 首页 then the label 输出多级节点导航 (its own `<li><a>` per node, no class, recursing to the
    root), the list label in `div.list-group > div.n_lis`, the side `div.nodeList` headed by the PARENT node's name
    (`div.nodeList_t > span`) over the sibling nodes;
  - the label 输出指定节点标题列表_带时间属性_响应式分页v3: `ul.list-group > li.list-group-item > a[title][target]
    [style]` (title cut by `CutText`) then `span.pull-right` with `yyyy-MM-dd`, 20 a page, WHERE `NodeID=@NodeID or
    FirstNodeID=@NodeID` (a parent lists its children's articles), then `{ZL.Page}`;
  - the page label 响应式列表分页v3: `div.center-block.text-center#pageDiv[totalPage]` > `ul.pagination.pagination-sm`:
    `&laquo;` to the FIRST page, the numbers (`id="bots{n}"`, the current one `li.active` linking itself), `&raquo;` to
    the LAST page — no previous/next;
  - the label 输出指定节点标题_带时间属性v4 (home and column-home blocks): `li.list-item` with a newline inside, the cut
    title, then `span.pull-right` holding a newline and the date;
  - `内容页/两列式标准内容页.html`: `div.news_mySites` trail ending `li.breadcrumb-item.active` 正文, `div.myContent_l > h1`,
    `div.myAbbr` with `span#CreateTime` 发表于：yyyy-MM-dd and `span#Hits` 浏览数： whose count a
    `<SCRIPT language=javascript src="/Common/GetHits.aspx?id=…">` writes (the span left unclosed as the stock template
    leaves it), `div.myContent`, an empty `div#T_page`, `div.edit` with 编辑：, `div#begin` with `span#asc`
    上一篇文章： / `span#desc` 下一篇文章：, `div#about` 相关文章 (by Tagkey), the side `div.news_list` 热门文章 (label
    输出指定节点标题_带点击v4: a hit count beside each title);
  - `Label/静态标签/全站底部.label`: `div.home_footer > div.container > ul.d-flex.list-unstyled > li.mr-1.ml-1` links,
    then `<p>{$Copyright/}</p>` (the site's copyright text, which a government edits to hold its ICP number);
  - the `.navbar-nav>#Menu{FirstNodeID}` rule of every template: the top menu items carry `id="Menu<id>"`.
Guessed, said as such: the government content, the pager's page-1 link `NodePage_1.aspx` (the same list as
`NodePage.aspx`), the home page's own footer with the 网站标识码 and 公安 number that the inner 全站底部 lacks, the
信息公开 table a custom 规范性文件 model prints (labels with full-width colons in `td.xxgk_l`), the upload paths, the
hit counts, every id and text. No 2017 metas (the stock `<head>` has Keywords/description only).

First contact (9b2a53c's tool, plain): 100/100 pages; interpretations recall 0.33 (the document without 解读 and the pair
linked neither way undecided: "相关解读由脚本加载"), and two unplanted findings of the generator's own (no 清理结果 notice,
no 党政机关 badge on the home footer: added). Fixed in the tool (tests/model/test_zoomla_pages.py): the crawl took the
whole `<body id="header">` for chrome and never rendered an article whose 相关文章 box is empty; then, rendered, a 解读's
上一篇文章：/下一篇文章： neighbours were read as what it explains (the late 解读 judged on time); eight articles (the newest
of a column, the tagged ones) were hubs, 发表于： being no date label. Under the `addresses` mutation every list's
`NodePage_1.aspx` copy, which the `links` mutation had made differ in a link's attributes, was readdressed as page 2 (a
column only pagers link: every list undecided; tests/sites/mutate.py fixed). Under the other 20 mutations every one-page
list's `NodePage_1.aspx` copy was a column of its own: its pager's » (the LAST page) named it page 2 beside the number
1 (fixed: a page the pager numbers is that page).

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
COUNTY = "泓江县"
ORG = "泓江县住房和城乡建设局"
HTML = "text/html; charset=utf-8"
ICP = "赣ICP备16007731号-1"
PSB = "36072302000117"
SITECODE = "3607230012"
PER_PAGE = 20
CSS = "/Template/V4/style"


def _a(url: str) -> str:
    return escape(url, quote=True)


def _cut(title: str, n: int) -> str:
    """`ZL:CutText(title, n, )`: cut with no ellipsis (the third argument is empty)."""
    return title[:n]


@dataclass
class Arc:
    gid: int
    title: str
    when: date
    body: str = ""
    meta: dict[str, str] | None = None  # the 规范性文件 model's 信息公开 fields
    files: list[str] = field(default_factory=list)
    tag: str = ""
    hits: int = 0


@dataclass
class Node:
    nid: int
    name: str
    arcs: list[Arc] = field(default_factory=list)
    parent: int = 0
    text: str = ""  # a single-page node's content

    def url(self, n: int = 0) -> str:
        """The list (n = 0: as menus link it; n ≥ 1: as the pager links page n)."""
        return f"/Class_{self.nid}/NodePage.aspx" if n == 0 else f"/Class_{self.nid}/NodePage_{n}.aspx"

    @property
    def home(self) -> str:
        return f"/Class_{self.nid}/Default.aspx"

    def listed(self) -> list[Arc]:
        return sorted(self.arcs, key=lambda a: (a.when, a.gid), reverse=True)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.arcs) // PER_PAGE))


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("\u3000", "")


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.nodes: dict[int, Node] = {}
        self.next_gid = 300
        self.node_of: dict[int, Node] = {}

    def add(self, node: Node) -> Node:
        self.nodes[node.nid] = node
        return node

    def arc(self, title: str, when: date, body: str = "", **kw: object) -> Arc:
        self.next_gid += 1
        return Arc(self.next_gid, title, when, body or f"<p>{title}。</p>", hits=37 + (self.next_gid * 29) % 400,
                   **kw)  # type: ignore[arg-type]

    @staticmethod
    def link(a: Arc) -> str:
        return f"/Item/{a.gid}.aspx"

    def kids(self, nid: int) -> list[Node]:
        return [n for n in self.nodes.values() if n.parent == nid]

    def node_link(self, n: Node) -> str:
        """`ZL:GetNodeLinkUrl`: a node with children or a single page opens at its home, a list node at its list."""
        return n.home if self.kids(n.nid) or n.text else n.url()

    def top(self, n: Node) -> Node:
        while n.parent:
            n = self.nodes[n.parent]
        return n

    # -- chrome ----------------------------------------------------------------------------------------------------
    def head(self, title: str, menu: int) -> str:
        return ('<!DOCTYPE HTML>\n<html>\n<head>\n<meta charset="utf-8">\n'
                f'<title>{title}</title>\n<meta name="Keywords" content="{ORG},住房,城乡建设" />\n'
                f'<meta name="description" content="{ORG}门户网站" />\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n'
                '<link href="/dist/css/bootstrap4.min.css" rel="stylesheet"/>\n'
                f'<link href="{CSS}/global.css?Version=20190306" rel="stylesheet"/>\n'
                '<script src="/JS/jquery.min.js"></script>\n<script src="/dist/js/bootstrap4.min.js"></script>\n'
                '<script src="/js/scrolltopcontrol.js" type="text/javascript"></script>\n'
                '<style>\n'
                f'.navbar-default .navbar-nav>#Menu{menu}>a, .navbar-default .navbar-nav>#Menu{menu}>a:hover, '
                f'.navbar-default .navbar-nav>#Menu{menu}>a:focus {{ color: #555; background-color: #e7e7e7 }}\n'
                '#home_nav { position: relative;}\n</style>\n</head>\n<body id="header">\n')

    def menu(self) -> str:
        items = ['<li class="nav-item" id="Menu0"><a class="nav-link" href="/">首页</a></li>']
        for n in self.nodes.values():
            if n.parent or n.nid >= 30:
                continue
            kids = self.kids(n.nid)
            if kids:
                sub = "".join(f'<a class="dropdown-item" href="{_a(self.node_link(k))}">{k.name}</a>\n' for k in kids)
                items.append(f'<li class="nav-item dropdown" id="Menu{n.nid}">\n<a class="nav-link dropdown-toggle" '
                             f'href="{_a(self.node_link(n))}" data-toggle="dropdown">{n.name}</a>\n'
                             f'<div class="dropdown-menu">\n{sub}</div>\n</li>')
            else:
                items.append(f'<li class="nav-item" id="Menu{n.nid}"><a class="nav-link" href="{_a(self.node_link(n))}">{n.name}</a></li>')
        return ('<div class="shop_top">\n<nav class="navbar navbar-expand-lg navbar-light navbar-default" id="home_nav">\n'
                '<div class="container">\n<a class="navbar-brand" href="/"><img src="/UploadFiles/logo.png" '
                f'alt="{ORG}" /></a>\n<button class="navbar-toggler" type="button" data-toggle="collapse" '
                'data-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false" aria-label="Toggle navigation">'
                '<span class="navbar-toggler-icon"></span></button>\n<div class="collapse navbar-collapse" id="navbarNav">\n'
                '<ul class="navbar-nav mr-auto">\n' + "\n".join(items) + '\n</ul>\n'
                '<div class="home_search"><form method="get" action="/Search/SearchList.aspx">'
                '<input type="text" name="key" class="form-control" placeholder="请输入关键字" /></form></div>\n'
                '</div>\n</div>\n</nav>\n</div>\n')

    def trail(self, n: Node) -> str:
        """`li.breadcrumb-item` 首页 then 输出多级节点导航: a plain `<li><a>` for every node from the root down."""
        chain = [n]
        while chain[0].parent:
            chain.insert(0, self.nodes[chain[0].parent])
        return ('<li class="breadcrumb-item"><a href="/">首页</a></li>\n'
                + "".join(f'<li><a href="{_a(self.node_link(c))}">{c.name}</a></li>\n' for c in chain))

    def footer(self, home: bool) -> str:
        links = (("联系我们", "/Class_31/Default.aspx"), ("网站地图", "/Class_32/Default.aspx"), ("法律声明", "/Class_33/Default.aspx"))
        lis = "".join(f'<li class="mr-1 ml-1"><a href="{u}" target="_blank">{t}</a></li>  \n' for t, u in links)
        copy = (f'版权所有：{ORG}　地址：{COUNTY}滨江大道168号　联系电话：0797-8321006　'
                f'<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>')
        if home:  # the home template (全站首页) prints its own footer with the identifiers the 全站底部 label lacks
            copy += ('<br/><a href="https://bszs.conac.cn/sitename?method=show&amp;id=5A1C7D0E2B9F4E6A8C3D1F0B7E2A9C41" '
                     'target="_blank"><img src="/UploadFiles/red.png" alt="党政机关" /></a>'
                     f'　网站标识码：{SITECODE}　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" '
                     f'target="_blank"><img src="/UploadFiles/gongan.png" alt=""/>赣公网安备 {PSB}号</a>\n'
                     f'<script id="_jiucuo_" sitecode="{SITECODE}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>')
        return ('<div class="home_footer">\n<div class="container">\n<ul class="d-flex list-unstyled">\n' + lis + '</ul>\n'
                f'<p>{copy}</p>\n</div>\n</div>\n\n<script>\n$(window).scroll(function(){{\n\tif($(window).scrollTop()>0){{\n'
                '\t\t$("#home_nav").css("position","fixed").addClass("active")\n\t}\n\telse{\n'
                '\t\t$("#home_nav").css("position","relative").removeClass("active");\n\t}\n});\n</script>\n</body>\n</html>\n')

    def page(self, title: str, menu: int, main: str, home: bool = False) -> Resource:
        return Resource((self.head(title, menu) + self.menu() + main + self.footer(home)).encode("utf-8"), HTML)

    # -- lists -----------------------------------------------------------------------------------------------------
    def pager(self, n: Node, k: int) -> str:
        """响应式列表分页v3: « first, the numbers (the current one active, linking itself), » last."""
        nums = "".join(f'<li class="active"><a href="{_a(n.url(p))}">{p}</a></li>' if p == k
                       else f'<li><a href="{_a(n.url(p))}" id="bots{p}">{p}</a></li>' for p in range(1, n.pages + 1))
        total = n.pages if n.arcs else 0
        return (f'<div class="center-block text-center" id="pageDiv" totalPage="{total}"> \n'
                '<ul class="pagination pagination-sm" style="display:inline-table;">\n'
                f'<li><a href="{_a(n.url(1))}">&laquo;</a></li>\n{nums} \n<li><a href="{_a(n.url(n.pages))}">&raquo;</a></li>\n'
                '</ul>\n</div>')

    def side(self, n: Node) -> str:
        parent = self.nodes.get(n.parent, n)
        sibs = "".join(f'<li class="padding5"><a href="{_a(self.node_link(c))}">{c.name}</a></li>\n' for c in self.kids(parent.nid))
        return ('<div class="col-md-4">\n<div class="nodeList">\n'
                f'<div class="nodeList_t"><span>{parent.name}</span></div>\n<div class="nodeList_c">\n<div class="row padding10">\n'
                f'<ul>\n{sibs}</ul>\n</div>\n</div>\n</div>\n</div>\n')

    def banner(self, n: Node) -> str:
        return (f'<div class="bs-header" >\n<div class="container">\n<h1>{n.name}</h1>\n'
                '<p>为民服务 · 务实高效 · 廉洁奉公</p>\n</div>\n</div>\n')

    def listing(self, n: Node, k: int) -> Resource:
        arcs = n.listed()[(k - 1) * PER_PAGE: k * PER_PAGE]
        rows = "".join(f'<li class="list-group-item"><a href="{_a(self.link(a))}" title="{escape(a.title)}" target="_blank" '
                       f'style="">{escape(_cut(a.title, 60))}</a><span class="pull-right">{a.when:%Y-%m-%d}</span></li>'
                       for a in arcs)
        main = (self.banner(n) + '<main role="main">\n<!--中部滚动四块到此结束 -->\n<div class="container margin-bot">\n'
                '<div class="row">\n<div class="col-lg-8 col-md-4 col-sm-12 col-xs-12">\n'
                '<div class="mySites" style="margin-top:0;">\n'
                '<nav aria-label="breadcrumb" role="navigation" style="font-size: 0.9rem;">\n<ol class="breadcrumb">\n'
                + self.trail(n) + '</ol>\n</nav>\n</div>\n<div class="list-group margin_top20">\n<div class="n_lis">\n'
                f'<ul class="list-group">\n{rows}\n</ul>\n<div class="clearfix"></div>\n{self.pager(n, k)}\n'
                '</div>\n</div>\n</div>\n\n' + self.side(n) + '</div>\n</div>\n</main>\n')
        return self.page(f"{n.name}_{ORG}", self.top(n).nid, main)

    def block(self, n: Node, count: int, cut: int = 22) -> str:
        """输出指定节点标题_带时间属性v4 in a `div.news_list` block headed by the node's name."""
        items = "".join(f'<li class="list-item">\n<a href="{_a(self.link(a))}" title="{escape(a.title)}" target="_blank" '
                        f'style="">{escape(_cut(a.title, cut))}</a><span class="pull-right">\n{a.when:%Y-%m-%d}</span></li>  '
                        for a in n.listed()[:count])
        return ('<div class="news_list">\n<div class="news_list_t"><h2><a href="' + _a(self.node_link(n)) + f'">{n.name}</a></h2>'
                f'<a class="more" href="{_a(self.node_link(n))}">更多&gt;&gt;</a><div class="clearfix"></div></div>\n'
                f'<div class="news_list_c">\n<ul class="list-unstyled">\n{items}\n</ul>\n</div>\n</div>\n')

    def column_home(self, n: Node) -> Resource:
        """栏目首页 (the ColumnList template): a block per child, a link per single-page child."""
        blocks = "".join(self.block(k, 6) for k in self.kids(n.nid) if not k.text)
        pages = "".join(f'<li><a href="{_a(k.home)}">{k.name}</a></li>' for k in self.kids(n.nid) if k.text)
        more = f'<div class="news_list">\n<div class="news_list_t"><h2>更多信息</h2></div>\n<ul>{pages}</ul>\n</div>\n' if pages else ""
        main = (self.banner(n) + '<main role="main">\n<div class="container margin-bot">\n<div class="mySites">\n'
                '<nav aria-label="breadcrumb" role="navigation">\n<ol class="breadcrumb">\n' + self.trail(n)
                + '</ol>\n</nav>\n</div>\n<div class="row">\n<div class="col-12">\n' + blocks + more + '</div>\n</div>\n</div>\n</main>\n')
        return self.page(f"{n.name}_{ORG}", n.nid, main)

    def single(self, n: Node) -> Resource:
        main = (self.banner(n) + '<main role="main">\n<div class="container margin-bot">\n<div class="mySites">\n'
                '<nav aria-label="breadcrumb" role="navigation">\n<ol class="breadcrumb">\n' + self.trail(n)
                + '</ol>\n</nav>\n</div>\n<div class="myContent">\n' + n.text + '\n</div>\n</div>\n</main>\n')
        return self.page(f"{n.name}_{ORG}", self.top(n).nid, main)

    # -- articles (两列式标准内容页) ----------------------------------------------------------------------------------
    def neighbour(self, label: str, a: Arc | None) -> str:
        if a is None:
            return f"{label}：没有了"
        return f'{label}：<a href="{_a(self.link(a))}" title="{escape(a.title)}">{escape(_cut(a.title, 24))}</a>'

    def show(self, a: Arc) -> Resource:
        n = self.node_of[a.gid]
        listed = n.listed()
        i = listed.index(a)
        prev_, next_ = (listed[i + 1] if i + 1 < len(listed) else None), (listed[i - 1] if i > 0 else None)
        table = ""
        if a.meta is not None:
            pairs = list(a.meta.items())
            rows = "".join("<tr>" + "".join(f'<td class="xxgk_l">{k}：</td><td>{v}</td>' for k, v in pairs[j:j + 2]) + "</tr>\n"
                           for j in range(0, len(pairs), 2))
            table = f'<table class="table table-bordered xxgk_table">\n<tbody>\n{rows}</tbody>\n</table>\n'
        files = ""
        if a.files:
            files = "".join(f'<p>附件：<a href="{_a(u)}" target="_blank">{escape(a.title)}{u[u.rfind("."):]}</a></p>' for u in a.files)
        related = [b for b in listed if a.tag and b.tag == a.tag and b is not a][:4]
        about = "".join(f'<li><a href="{_a(self.link(b))}" title="{escape(b.title)}" target="_blank">{escape(_cut(b.title, 35))}</a></li>\n'
                        for b in related)
        hot = sorted(self.nodes[1].arcs + [x for k in self.kids(1) for x in k.arcs], key=lambda b: (-b.hits, b.gid))[:8]
        hot_rows = "".join(f'<li><a href="{_a(self.link(b))}" title="{escape(b.title)}" target="_blank">{escape(_cut(b.title, 17))}</a>'
                           f'<span class="pull-right">{b.hits}</span></li>\n' for b in hot)
        main = ('<div class="myBanner">\n<div class="container">\n<h3>' + ORG + '</h3>\n</div>\n</div><!--内页通栏banner广告位 -->\n'
                '<div class="news_body">\n<div class="container">\n<div class="row">\n<div class="col-12 col-sm-9">\n'
                '<div class="news_mySites">\n<nav aria-label="breadcrumb" role="navigation">\n<ol class="breadcrumb">\n'
                + self.trail(n) + '<li class="breadcrumb-item active">正文 </li>\n</ol>\n</nav>\n</div><!--面包屑导航结束 -->\n'
                f'<div class="myContent_l">\n<h1>{escape(a.title)}</h1>\n<div class="myAbbr">\n'
                f' <span id="CreateTime">发表于：{a.when:%Y-%m-%d}</span> <span id="Hits">浏览数：<SCRIPT language=javascript '
                f'src="/Common/GetHits.aspx?id={a.gid}"></SCRIPT> \n</div>\n'
                f'<div class="myContent">{table}{a.body}{files}</div>\n<div id="T_page"></div>\n'
                '<div class="col-lg-12 col-md-12 col-xs-12">\n'
                '<div class="edit"><span class="print"><a href="javascript:window.print();">打印</a></span>'
                f'<span id="elit">编辑：{ORG[len(COUNTY):]}办公室</span></div>\n'
                f' <div id="begin"><span id="asc">{self.neighbour("上一篇文章", prev_)}</span> '
                f'<span id="desc">{self.neighbour("下一篇文章", next_)}</span></div>\n'
                f'<div id="about">\n<span>相关文章</span>\n<ul>\n{about}</ul>\n</div>\n</div>\n<div class="clearfix"></div>\n</div>\n</div>\n'
                '<div class="col-12 col-sm-3">\n<div class="news_list">\n<div class="news_list_t"><h2>热门文章</h2>'
                f'<div class="clearfix"></div></div>\n<div class="news_list_c">\n<ul class="list-unstyled">\n{hot_rows}</ul>\n</div>\n</div>\n'
                '</div>\n</div>\n</div>\n</div><!--主体结束 -->\n')
        return self.page(f"{escape(a.title)}_{ORG}", self.top(n).nid, main)

    def render(self) -> None:
        for n in self.nodes.values():
            if n.text:
                self.res[n.home] = self.single(n)
                continue
            if self.kids(n.nid):
                self.res[n.home] = self.column_home(n)
                continue
            self.res[n.url()] = self.listing(n, 1)
            self.res[n.url(1)] = self.listing(n, 1)
            self.traps.append(Trap(n.url(1), "分页的第 1 页（NodePage_1.aspx）与 NodePage.aspx 是同一列表"))
            for k in range(2, n.pages + 1):
                self.res[n.url(k)] = self.listing(n, k)
                self.traps.append(Trap(n.url(k), LATER_PAGE))
            for a in n.arcs:
                self.res[self.link(a)] = self.show(a)
                self.res[f"/Common/GetHits.aspx?id={a.gid}"] = Resource(f"document.write('{a.hits}');".encode(),
                                                                         "application/x-javascript")


_WORK = "会议要求，各股室、各二级机构要提高思想认识，压实工作责任，细化工作举措，确保各项工作落到实处。"
_SUBJECTS = ("召开全县建筑施工安全生产工作会议", "开展城镇燃气安全专项检查", "推进老旧小区改造工程", "召开住建系统党风廉政建设会议",
             "开展建筑工地扬尘治理督查", "举办建筑业企业资质政策培训", "开展农村危房改造验收", "召开保障性住房分配工作推进会",
             "开展物业服务质量提升行动", "推进城市排水防涝设施建设")
BROKEN_IMAGE = "/UploadFiles/Article/2026/11/20261113094521.jpg"
BROKEN_DOC = "/UploadFiles/Article/2026/09/20260918150233.docx"


def _news(s: _Site) -> tuple[Node, Node]:
    s.add(Node(1, "新闻中心"))
    gzdt = s.add(Node(2, "工作动态", parent=1))
    for i in range(24):
        gzdt.arcs.append(s.arc(f"{COUNTY}住建局{_SUBJECTS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 7),
                               _paras(f"近日，{COUNTY}住建局{_SUBJECTS[i % 10]}。局党组书记、局长出席并讲话，各股室负责人参加。", _WORK),
                               tag="安全生产" if i % 4 == 0 else ""))
    good = "/UploadFiles/Article/2026/11/20261117102847.jpg"
    gzdt.arcs[0].body += f'<p style="text-align:center"><img src="{good}" alt="" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    gzdt.arcs[1].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" alt="" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "工作动态正文图片 404", probe="status:404"))
    s.traps.append(Trap(gzdt.url(), "工作动态最新 2026-11-18，共 2 页（NodePage_N.aspx，分页 « 首页 … » 尾页）：不过期"))

    tzgg = s.add(Node(3, "通知公告", parent=1))
    kinds = ("做好冬季建筑施工安全生产", "开展2026年度建筑业企业统计", "报送城镇燃气经营企业年度报告", "开展住房公积金缴存基数调整")
    for i in range(22):
        tzgg.arcs.append(s.arc(f"关于{kinds[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=6 + i * 11),
                               _paras("各有关单位：", _WORK, ORG)))
    tzgg.arcs.append(s.arc(f"{ORG}关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件6件，宣布失效1件。", _WORK)))
    tzgg.arcs[3].files.append(BROKEN_DOC)
    s.key.append(Expected("broken-links", BROKEN_DOC, "通知附件 404", probe="status:404"))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14，共 2 页：不过期"))

    hyzx = s.add(Node(4, "行业资讯", parent=1))
    for i in range(5):
        hyzx.arcs.append(s.arc(f"{('全省建筑业发展形势分析', '绿色建筑标准解读', '装配式建筑推广应用')[i % 3]}（{i + 1}）",
                               date(2025, 4, 22) - timedelta(days=i * 37), _paras("据省住房和城乡建设厅消息。", _WORK)))
    s.key.append(Expected("stale-columns", hyzx.url(), "行业资讯最新一篇 2025-04-22 发布，超过 1 年未更新", probe="newest:2025-04-22"))

    bmfw = s.add(Node(5, "办事指南", parent=1))
    s.key.append(Expected("empty-columns", bmfw.url(), "办事指南栏目没有任何文章：ul.list-group 空，分页 totalPage=0", probe="no-rows"))
    return gzdt, tzgg


_NORMATIVE = (("城镇燃气安全管理", "table", ""), ("建筑工地扬尘防治", "table", "missing"), ("物业服务质量考评", "none", ""),
              ("保障性住房配租管理", "table", "late"), ("农村住房建设管理", "table", "unlinked"),
              ("建筑垃圾处置管理", "table-no-validity", ""))


def _disclosure(s: _Site) -> tuple[Node, Node, list[tuple[Arc, Arc, str]]]:
    s.add(Node(10, "政务公开"))
    gfx = s.add(Node(11, "规范性文件", parent=10))
    zcjd = s.add(Node(12, "政策解读", parent=10))
    interps: list[tuple[Arc, Arc, str]] = []
    for k, (subject, shape, _defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 16) - timedelta(days=31 * k)
        number = f"泓建字〔{when.year}〕{27 - k}号"
        short = f"{COUNTY}{subject}办法"
        p = s.arc(f"{ORG}关于印发《{short}》的通知", when)
        p.body = _paras("各有关单位：", f"现将《{short}》印发给你们，请认真贯彻执行。", ORG,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本县{subject}工作，根据有关法律法规和上级有关规定，制定本办法。",
                        "第二条　本办法适用于本县行政区域内的有关单位和个人。",
                        "第三条　县住房和城乡建设局负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"014503261/{when.year}-{k + 41:05d}", "发布机构": ORG, "文号": number,
                "成文日期": f"{when - timedelta(days=4):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if shape == "table":
            p.meta = meta
        elif shape == "table-no-validity":
            p.meta = {k2: v for k2, v in meta.items() if k2 != "有效性"}
        else:
            p.body = f'<p style="text-align:center">{number}</p>' + p.body
        gfx.arcs.append(p)
    for k, ((subject, shape, defect), p) in enumerate(zip(_NORMATIVE, gfx.arcs)):
        url = s.link(p)
        short = f"{COUNTY}{subject}办法"
        if shape == "table-no-validity":
            s.key.append(Expected("normative-metadata", url, "规范性文件信息公开表缺少有效性", probe="meta-missing:有效性"))
        elif shape == "none":
            s.key.append(Expected("normative-metadata", url, "规范性文件没有信息公开表（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 19 if defect == "late" else k % 3
        i = s.arc(f"《{short}》政策解读" if k % 2 else f"一图读懂《{short}》", p.when + timedelta(days=lag),
                  _paras(f"一、起草背景　为规范本县{subject}工作，县住建局组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　县住建局办公室。" + _WORK))
        interps.append((p, i, defect))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        else:
            s.traps.append(Trap(url, "文件与解读在正文末互相链接，解读及时发布"))
    zcjd.arcs += [i for _, i, _ in interps]

    czzj = s.add(Node(13, "财政资金", parent=10))
    for n in range(4):
        year = 2025 - n // 2
        czzj.arcs.append(s.arc(f"{ORG}{year if n % 2 == 0 else year - 1}年部门{'预算' if n % 2 == 0 else '决算'}公开",
                               date(2025, 6, 9) - timedelta(days=180 * n),
                               _paras("根据《中华人民共和国预算法》有关规定，现将本部门预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czzj.url(), "财政资金最新 2025-06-09，超过 1 年（2026 年部门预算未公开）",
                          probe="newest:2025-06-09"))

    ndbg = s.add(Node(14, "政府信息公开年报", parent=10))
    published = {2025: date(2026, 1, 23), 2023: date(2024, 4, 9), 2022: date(2023, 1, 31), 2021: date(2022, 1, 20)}
    for year, when in published.items():
        p = s.arc(f"{ORG}{year}年政府信息公开工作年度报告", when, report_body(ORG, year, year % 5))
        ndbg.arcs.append(p)
        if year == 2023:
            s.key.append(Expected("annual-reports", s.link(p), "2023 年度报告 2024-04-09 发布，晚于公开期限",
                                  match=(COUNTY, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(s.link(p), "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告", match=(COUNTY, "2024"),
                          probe="no-report:2024"))

    zdly = s.add(Node(15, "重点领域信息", parent=10))
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域信息栏目没有任何文章：ul.list-group 空，分页 totalPage=0",
                          probe="no-rows"))
    texts = ((16, "机构职能", f"{ORG}是县人民政府工作部门，负责全县住房和城乡建设管理工作，内设办公室等7个股室。"),
             (17, "政府信息公开指南", f"为便于公民、法人和其他组织获取{ORG}的政府信息，编制本指南。一、主动公开　二、依申请公开　"
                                   "三、监督和救济。本指南自2026年2月10日起施行。"),
             (18, "政府信息公开制度", "本局建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"),
             (19, "法定主动公开内容", f"{ORG}法定主动公开内容包括机构职能、规范性文件、政策解读、财政资金、政府信息公开年报和重点领域信息。"),
             (20, "依申请公开", "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：局办公室。"))
    for nid, name, text in texts:
        s.add(Node(nid, name, parent=10, text=_paras(text)))
    return gfx, zcjd, interps


def _link_interps(s: _Site, interps: list[tuple[Arc, Arc, str]]) -> None:
    for p, i, defect in interps:
        if defect == "unlinked":
            continue
        i.body += f'<p>相关文件：<a href="{_a(s.link(p))}">{p.title}</a></p>'
        p.body += f'<p>相关解读：<a href="{_a(s.link(i))}">{i.title}</a></p>'


def _home(s: _Site, gzdt: Node, tzgg: Node, gfx: Node, zcjd: Node) -> None:
    """全站首页: blocks of the label 输出指定节点标题_带时间属性v4 (titles cut at 22, no ellipsis)."""
    gk = "".join(f'<li><a href="{_a(k.home)}">{k.name}</a></li>' for k in s.kids(10) if k.text)
    main = ('<div class="myBanner">\n<div class="container">\n<h3>' + ORG + '</h3>\n</div>\n</div>\n'
            '<div class="container">\n<div class="row">\n<div class="col-12 col-md-6">\n' + s.block(gzdt, 8) + '</div>\n'
            '<div class="col-12 col-md-6">\n' + s.block(tzgg, 8) + '</div>\n<div class="col-12 col-md-6">\n' + s.block(gfx, 5)
            + '</div>\n<div class="col-12 col-md-6">\n' + s.block(zcjd, 5) + '</div>\n</div>\n'
            f'<div class="news_list">\n<div class="news_list_t"><h2><a href="/Class_10/Default.aspx">政务公开</a></h2></div>\n<ul>{gk}</ul>\n</div>\n'
            '</div>\n')
    s.res["/"] = s.page(ORG, 0, main, home=True)


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8" /><title>404 - 找不到文件或目录。</title></head>'
             '<body><div id="header"><h1>服务器错误</h1></div><div id="content"><div class="content-container"><fieldset>'
             '<h2>404 - 找不到文件或目录。</h2><h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3></fieldset></div></div>'
             '</body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"zoomla offers only the small size, not {size!r}")
    s = _Site()
    gzdt, tzgg = _news(s)
    gfx, zcjd, interps = _disclosure(s)
    contact = f"<p>地址：{COUNTY}滨江大道168号</p><p>邮编：343900</p><p>电话：0797-8321006</p>"
    s.add(Node(31, "联系我们", text=contact))
    s.add(Node(32, "网站地图", text="<ul>" + "".join(f'<li><a href="{_a(s.node_link(n))}">{n.name}</a></li>'
                                                  for n in list(s.nodes.values()) if n.nid < 30) + "</ul>"))
    s.add(Node(33, "法律声明", text=f"<p>本网站所载内容版权归{ORG}所有，转载请注明出处。</p>"))
    for n in s.nodes.values():
        for a in n.arcs:
            s.node_of[a.gid] = n
    _link_interps(s, interps)
    s.render()
    _home(s, gzdt, tzgg, gfx, zcjd)
    for n in s.nodes.values():
        for a in n.arcs:
            for href in a.files:
                if href != BROKEN_DOC and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {a.gid}"), "application/pdf")
    for img in ("logo.png", "gongan.png", "red.png"):
        s.res[f"/UploadFiles/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/dist/css/bootstrap4.min.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res[f"{CSS}/global.css?Version=20190306"] = Resource(b".home_footer{color:#999}", "text/css")
    for path in ("/JS/jquery.min.js", "/dist/js/bootstrap4.min.js", "/js/scrolltopcontrol.js"):
        s.res[path] = Resource(b"/* zoomla */", "application/javascript")
    inner = r"^/(Class_\d+/|Item/)"
    s.key.append(Expected("footer", s.link(gzdt.arcs[0]), "内页模板的页脚（全站底部标签）只有 ICP 备案号，缺网站标识码和公安备案号",
                          probe="footer-lacks:网站标识码", url_pattern=inner))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签，逐浪页面只有 Keywords/description",
                          probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap("/", "首页模板自带页脚：网站标识码、ICP、公安备案齐全"))
    s.traps.append(Trap(s.link(gzdt.arcs[0]), "文章页：日期写作“发表于：”，浏览数由脚本写入，下有相关文章与热门文章（带点击数）：文章页不是栏目"))
    s.traps.append(Trap("/Class_16/Default.aspx", "单页节点（机构职能），没有日期：不是过期栏目"))
    return SampleSite("zoomla", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
