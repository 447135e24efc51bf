"""The "xunrui" sample site: a township government's portal (栗源镇人民政府, 渠宁县) on FineCMS / 迅睿
XunRuiCMS (PHP, dayrui's CodeIgniter CMS; FineCMS is XunRuiCMS's predecessor by the same author), UTF-8.

Why this family: of the brief's open-source candidates it is the only one with a REAL government page in the
library — 万载县人民政府's FineCMS site (built by 维网, tests/model/realpages round 6) — and its successor's
whole stock code and templates (dayrui/xunruicms) are stored too. The news module below is 万载's markup, the
信息公开 module XunRuiCMS's stock theme and pager; EyouCMS, PublicCMS, Kesion, ZzCMS, CmsEasy, YzmCMS and
Jspxcms were not tried (the time went to the family with a government page).

Sources:
  - tests/model/realpages/wanzai-gov-cn_vwell_wzyw_list_div-rows_gong-tiao-pager.html (万载县人民政府, FineCMS,
    2017-10): the shared `news` module's addresses `news-list-{dir}.html`, later pages `news-list-{dir}-{n}.html`
    whose 首页 link names page 1 again as `-1.html`, articles `news-show-{id}.html`; rows
    `<div><a href=… target="_blank" alt="title">title</a><p>2017-10-13</p></div>` in `#right_con`; the pager
    `#right_tz`: `共595条记录 1/30页`, 首页, 上一页 `javascript:volid(0);` on page 1, 下一页, 末页 and a jump
    `<select class="page_zdy">` of every page with its change handler; the side menu `#left_lan` of
    `<a><p><span>name</span><img class="gy"><img class="wy"></p></a>`; the trail `<a href="\\">网站首页</a><span>></span>…`;
    the `<title>` of the column name alone; the top bar (县委/县人大/县政府/县政协 as single-page columns at
    `news-list-{dir}.html`, 无障碍浏览, 繁体中文, 设为首页), the search form `index.php?c=so&module=news&keyword=`;
    the footer (主办/承办/技术支持, 中文域名 + ICP, 版本所有 and a visitor counter, the conac `_ideConac` link, and
    the 开普云 jiucuo script whose `sitecode` attribute is the only place the 网站标识码 appears);
  - dayrui/xunruicms `config/rewrite.php`: the independent module's addresses `{module}/list/{id}.html`,
    later pages `{module}/list/{id}/{page}.html`, items `{module}/show/{id}.html`, the module home
    `{module}.html`, all behind `index.php?s={module}&c=category|show&id=N`;
  - `config/page/pc/page.php`: the pager `<ul class="pagination">` with `<li>共N条</li>`, 第一页 / 上一页 /
    numbers (`<li class="active"><a>1</a></li>`, num_links 4) / 下一页 / 最后一页 (CodeIgniter's Pagination:
    第一页 only past page num_links+1, 最后一页 only before the last num_links pages);
  - `template/pc/default/home/list.html`: rows `<li class="search-item clearfix">` with a thumbnail link and
    `<h4 class="search-title"><a title href>`, `<p class="search-desc">`, the date as
    `<a href="javascript:;">{updatetime}</a>` after a calendar icon (Y-m-d H:i:s), hits and comments the same way;
    an empty column renders the loop as nothing: an empty `<ul class="search-container">`, no pager, no notice;
    the breadcrumb `<ul class="page-breadcrumb breadcrumb">` ending `<li><span>列表</span></li>`; the side
    boxes 栏目索引 (sibling columns) and 阅读排行榜 (the column's most read, undated, numbered badges);
  - `template/pc/default/home/article/show.html`: the title in `<span class="caption-subject">`, author /
    date / hits as unlabelled `<a href="javascript:;">` after icons, the body in `<div class="col-md-12">`,
    收藏/有帮助/没帮助 buttons with counts, `<strong>上一篇：</strong>…没有了`, the 相关内容 side box;
  - `template/pc/default/home/footer.html`: `Powered by Xunruicms` (kept out: the township's theme replaced it);
  - XunRuiCMS's category setup code (`find_string` "[第{page}页{join}]"): the default SEO titles
    `list_title` `[第{page}页{join}]{catpname}{join}{SITE_NAME}`, `show_title` `…{title}{join}{catpname}{join}{SITE_NAME}`
    (join `_`): a list's page 2 is titled `第2页_规范性文件_栗源镇人民政府`.
Guessed, said as such: FineCMS's news article page (no real one found: written in 万载's chrome, a
`发布时间：… 来源：… 浏览：` line); the 信息公开 module's metadata table (XunRuiCMS custom fields, no stock
template); the single-page columns' body; the 404 page; every wording, place and number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
TOWN = "栗源镇"
GOV = "栗源镇人民政府"
COUNTY = "渠宁县"
HTML = "text/html; charset=utf-8"
ICP = "赣ICP备15004127号-2"
SITECODE = "3609250031"
ST = "/statics/liyuan_gov"


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: datetime
    body: str = ""
    meta: dict[str, str] | None = None  # the 信息公开 module's metadata table
    files: list[str] = field(default_factory=list)
    source: str = "栗源镇党政办"


@dataclass
class Col:
    """A column of the shared `news` module (dir) or of the independent `xxgk` module (numeric id)."""

    key: str
    name: str
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 12
    single: str = ""  # a single-page column's body (FineCMS renders it at the list address)

    @property
    def xxgk(self) -> bool:
        return self.key.isdigit()

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1, twin: bool = False) -> str:
        if self.xxgk:
            return f"/xxgk/list/{self.key}.html" if n == 1 else f"/xxgk/list/{self.key}/{n}.html"
        return f"/news-list-{self.key}.html" if n == 1 and not twin else f"/news-list-{self.key}-{n}.html"

    def doc_url(self, d: Doc) -> str:
        return f"/xxgk/show/{d.id}.html" if self.xxgk else f"/news-show-{d.id}.html"

    def doc_alias(self, d: Doc) -> str:
        return f"/index.php?s=xxgk&c=show&id={d.id}" if self.xxgk else f"/index.php?c=show&id={d.id}"


_TOP = (("镇党委", "zhendangwei"), ("镇人大", "zhenrenda"), ("镇政府", "zhenzhengfu"))


def _head(title: str) -> str:
    return ('\n<!doctype html>\n<html lang="en">\n<head>\n\t<meta charset="UTF-8">\n'
            f'\t<title>{escape(title)}</title>\n\t<link rel="stylesheet" href="{ST}/css/ly.css" type="text/css">\n'
            f'\t<script src="{ST}/js/jquery-1.10.2.min.js"></script>\n</head>\n')


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.news: list[Col] = []
        self.xxgk: list[Col] = []
        self.next_id = 3107
        self.aliases: list[tuple[Col, Doc]] = []

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 2
        at = datetime(when.year, when.month, when.day, 8 + self.next_id % 9, self.next_id % 60, (self.next_id * 7) % 60)
        return Doc(self.next_id, title, at, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    # -- chrome (万载's FineCMS theme) --
    def header(self) -> str:
        top = "".join(f'<img src="{ST}/images/d2.png" alt=""><a href="/news-list-{d}.html">{n}</a><div></div>' for n, d in _TOP)
        nav = "".join(f'<a href="{_a(c.url())}"><img class="img1" src="{ST}/images/ta1.png" alt="">{c.name}</a>'
                      for c in self.news if not c.single)
        return ('<div id="top">\n\t\t<div class="top_out">\n\t\t\t<div class="top_inner1">\n\t\t\t\t' + top + '\n\t\t\t</div>'
                '\n\t\t\t<div class="top_inner2"><span id="weather"></span></div>\n\t\t\t<div class="top_inner3">'
                f'<div style="width:80px;"><img src="{ST}/images/xu.png" alt=""><a href="javascript:void(0)" onclick="kqNav();">无障碍浏览</a></div>'
                f'<div><img src="{ST}/images/xu.png" alt=""><a class="fanti" href="javascript:s2tt()">繁体中文</a><a class="jianti" '
                'href="javascript:t2ss()">简体中文</a></div>'
                f'<div><img src="{ST}/images/xu.png" alt=""><a href="javascript:void(0)" onclick="SetHome(this,window.location)">设为首页</a></div>'
                '</div>\n\t\t</div>\n\t</div>\n'
                f'\t<div id="title">\n\t\t<div id="logo"><img src="{ST}/images/logo1.png" alt=""></div>\n\t\t<div id="search">'
                '<form class="search-form" method="get" target="_blank" action="/index.php"><input name="c" type="hidden" value="so">'
                '<input name="module" type="hidden" value="news"><input type="text" id="text" placeholder="请输入关键字" name="keyword">'
                '<button id="btn" type="submit">search</button></form></div>\n\t</div>\n'
                f'\t<div id="nav">\n\t\t<a href="/" style="margin-left:0;"><img class="img1" src="{ST}/images/house1.png" alt="">网站首页</a>\n'
                f'\t\t{nav}\n\t\t<a href="/xxgk.html"><img class="img1" src="{ST}/images/ge1.png" alt="">政府信息公开</a>\n\t</div>')

    def footer(self) -> str:
        return ('\t<div id="bottom">\n\t\t<div id="bnav">\n\t\t\t<a href="">设为首页</a> | <a href="">加入收藏</a> | '
                '<a href="/news-list-wzdh.html">网站导航</a> | <a href="">联系我们</a>\n\t\t</div>\n'
                f'\t\t<div id="foot">\n\t\t\t<p>主办：{GOV} 承办：{TOWN}党政办公室 技术支持：<a href="https://www.vwell.cn/">维网科技</a></p>\n'
                f'\t\t\t<p>地址：{COUNTY}{TOWN}栗源大道18号 {ICP}</p>\n'
                f'\t\t\t<p>版本所有：{GOV} 您是第\n\t\t\t<span style="font-weight:bold;"> 1 0 8 6 3 2 </span>\n\t\t\t位访问者</p>\n\t\t</div>\n'
                '        <div class="lpic">\n        \t<span class="_ideConac">\n           \t\t<a href="//bszs.conac.cn/sitename?method=show'
                '&amp;id=2C31F0A98D6E1B43E053022819AC52E7" target="_blank"><img id="imgConac" vspace="0" hspace="0" border="0" '
                'src="//dcs.conac.cn/image/red_error.png"></a>\n            </span>\n        </div>\n'
                f'        <div  class="rpic">\n        \t<script id="_jiucuo_" sitecode=\'{SITECODE}\' '
                "src='http://pucha.kaipuyun.cn/exposure/jiucuo.js'></script>\n        </div>\n\t</div>")

    def page(self, title: str, body: str, extra: str = "") -> Resource:
        html = (f'{_head(title)}<body class="changeb">\n\n{self.header()}{body}\n{self.footer()}</body>\n'
                f'<script src="{ST}/js/javascript.js"></script>\n<script>\n\t$("#right_con div:even").css("background","#f6f6f6");'
                f'{extra}\n</script>\n</html>')
        return Resource(html.encode("utf-8"), HTML)

    # -- the news module (FineCMS, 万载) --
    def left(self, col: Col) -> str:
        items = "".join(f'\n\t\t\t\t\t\t\t\t<a href="{_a(c.url())}"><p><span>{c.name}</span><img src="{ST}/images/gy.png" class="gy" '
                        f'alt=""><img src="{ST}/images/wy.png" class="wy" alt=""></p></a>' for c in self.news if not c.single)
        return ('<div id="middle_list_left">\n\t\t\t<div class="middle_list_left_top">'
                f'<img src="{ST}/images/list_title.png" alt=""><span>{TOWN}动态</span></div>\n\t\t\t<div id="left_lan">{items}\n'
                '\t\t\t\t\t\t\t</div>\n\t\t</div>')

    def news_trail(self, col: Col) -> str:
        return ('<div id="middle_list_tit">\n\t\t\t\t<div class="div11">'
                f'<img src="{ST}/images/lmr_icon.png" alt="">&nbsp;&nbsp;{col.name}</div>\n\t\t\t\t<div class="div2">'
                f'<img src="{ST}/images/littleh.png" alt="">\n\t\t\t\t\t<a href="\\">网站首页</a><span>></span>'
                f'<a href="{_a(col.url())}">{col.name}</a>\t\t\t\t</div>\n\t\t\t</div>')

    def news_pager(self, col: Col, n: int) -> str:
        total = col.pages

        def link(k: int, text: str, width: str = "") -> str:  # 首页 and 末页 always link; 上一页/下一页 not past the edge
            style = f' style="width:{width};"' if width else ""
            href = col.url(max(k, 1), twin=True) if k <= total and (width or 1 <= k != n) else "javascript:volid(0);"
            return f'\t\t\t\t<div{style}><a href="{_a(href)}">{text}</a></div>\n'
        options = "".join(f'<option value="{_a(col.url(k, twin=True))}"{" selected" if k == n else ""}>{k}</option>'
                          for k in range(1, total + 1))
        return (f'\t\t\t<div id="right_tz">\n\t\t\t\t<div style="width:162px;">共{len(col.docs)}条记录 {n}/{total}页</div>\n'
                + link(1, "首页", "62px") + link(n - 1, "上一页") + link(n + 1, "下一页") + link(total, "末页", "62px")
                + f'\t\t\t\t<div style="width:412px;"><p>跳转到<select class="page_zdy">{options}</select>页</p></div>\n\t\t\t</div>')

    def news_list(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        rows = "".join(f'\n\t\t\t\t\t\t\t\t<div><a href="{_a(col.doc_url(d))}" target="_blank" alt="{escape(d.title)}">'
                       f'{escape(d.title)}</a><p>{d.when:%Y-%m-%d}</p></div>' for d in docs)
        body = (f'\t<div id="middle_list_zwgk">\n\t\t{self.left(col)}\n\t\t<div id="middle_list_right">\n\t\t\t{self.news_trail(col)}\n'
                f'\t\t\t<div id="right_con">{rows}\n\t\t\t\t\t\t\t</div>\n{self.news_pager(col, n)}\t\t</div>\n\t</div>')
        handler = ("\n\t$(document).ready(function(){\n\t\t$('.page_zdy').change(function(){\n\t\t\tvar p1=$(this).children"
                   "('option:selected').val();\n\t\t\twindow.location.href=p1;\n\t\t})\n\t})")
        return self.page(col.name, body, handler)

    def single(self, col: Col) -> Resource:
        body = (f'\t<div id="middle_list_zwgk">\n\t\t{self.left(col)}\n\t\t<div id="middle_list_right">\n\t\t\t{self.news_trail(col)}\n'
                f'\t\t\t<div id="right_con" class="dy_con">{col.single}</div>\n\t\t</div>\n\t</div>')
        return self.page(col.name, body)

    def news_article(self, col: Col, d: Doc, prev: Doc | None, nxt: Doc | None) -> Resource:
        def near(o: Doc | None) -> str:
            return f'<a href="{_a(col.doc_url(o))}">{escape(o.title)}</a>' if o else "没有了"
        files = "".join(f'<p>附件：<a href="{_a(h)}">{h.rsplit("/", 1)[1]}</a></p>' for h in d.files)
        body = (f'\t<div id="middle_list_zwgk">\n\t\t{self.left(col)}\n\t\t<div id="middle_list_right">\n\t\t\t{self.news_trail(col)}\n'
                f'\t\t\t<div id="show_con">\n\t\t\t\t<h1 class="show_title">{escape(d.title)}</h1>\n'
                f'\t\t\t\t<div class="show_info">发布时间：{d.when:%Y-%m-%d %H:%M} &nbsp; 来源：{d.source} &nbsp; 浏览：'
                f'<span id="hits">{200 + d.id % 700}</span>次</div>\n\t\t\t\t<div class="show_text">{d.body}{files}</div>\n'
                f'\t\t\t\t<div class="show_page"><p>上一篇：{near(prev)}</p><p>下一篇：{near(nxt)}</p></div>\n'
                '\t\t\t</div>\n\t\t</div>\n\t</div>')
        return self.page(f"{d.title}_{col.name}_{GOV}", body)

    # -- the xxgk module (XunRuiCMS stock theme) --
    def crumbs(self, steps: list[tuple[str, str]], last: str) -> str:
        items = "".join(f'\n<li>\n<a href="{_a(u)}">{n}</a>\n<i class="fa fa-circle"></i>\n</li>'
                        for n, u in [("网站首页", "/"), ("政府信息公开", "/xxgk.html")] + steps)
        return f'<ul class="page-breadcrumb breadcrumb">{items}\n<li>\n<span>{escape(last)}</span>\n</li>\n</ul>\n'

    def side(self, col: Col, second: str, rows: list[tuple[str, str]]) -> str:
        active = ' class="active"'
        sib = "".join(f'<li{active if c is col else ""}><a href="{_a(c.url())}">{c.name}</a></li>' for c in self.xxgk)
        ranked = "".join(f'<li>\n<a href="{_a(u)}" title="{escape(t)}">\n<span class="badge fc-icon-left" style="float: left"> {i + 1} </span>\n'
                         f'{escape(t[:20])}</a>\n</li>' for i, (u, t) in enumerate(rows))

        def box(name: str, inner: str) -> str:
            return ('<div class="portlet light ">\n<div class="portlet-title">\n<div class="caption">\n'
                    f'<span class="caption-subject font-dark bold uppercase">{name}</span>\n</div>\n</div>\n'
                    f'<div class="portlet-body">\n<div class="todo-project-list">\n<ul class="nav nav-stacked">\n{inner}\n</ul>\n</div>\n</div>\n</div>\n')
        return f'<div class="col-md-4">\n{box("栏目索引", sib)}{box(second, ranked)}</div>\n'

    def ranking(self, col: Col) -> list[tuple[str, str]]:
        by_hits = sorted(col.docs, key=lambda d: (d.id * 7919) % 1000, reverse=True)[:6]
        return [(col.doc_url(d), d.title) for d in by_hits]

    def xxgk_pager(self, col: Col, n: int) -> str:
        total = col.pages
        if total == 1:
            return ""
        items = [f"<li>共{len(col.docs)}条</li>"]
        if n > 5:
            items.append(f'<li><a href="{_a(col.url(1))}">第一页</a></li>')
        if n > 1:
            items.append(f'<li><a href="{_a(col.url(n - 1))}">上一页</a></li>')
        for k in range(max(1, n - 4), min(total, n + 4) + 1):
            items.append(f'<li class="active"><a>{k}</a></li>' if k == n else f'<li><a href="{_a(col.url(k))}">{k}</a></li>')
        if n < total:
            items.append(f'<li><a href="{_a(col.url(n + 1))}">下一页</a></li>')
        if n + 4 < total:
            items.append(f'<li><a href="{_a(col.url(total))}">最后一页</a></li>')
        return '<ul class="pagination">' + "".join(items) + "</ul>"

    def xxgk_list(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        rows = "".join(
            f'\n<li class="search-item clearfix">\n<a title="{escape(d.title)}" href="{_a(col.doc_url(d))}">\n'
            f'<img src="/uploadfile/thumb/nopic.gif" width="100" height="90" style="margin-top: 15px;">\n</a>\n'
            '<div class="search-content text-left">\n<h4 class="search-title">\n'
            f'<a title="{escape(d.title)}" href="{_a(col.doc_url(d))}">{escape(d.title)}</a>\n</h4>\n'
            f'<p class="search-desc">{escape(d.title[:40])}</p>\n<div class="search-post-foot">\n'
            '<div class="search-post-meta">\n<i class="fa fa-calendar font-blue"></i>\n'
            f'<a href="javascript:;">{d.when:%Y-%m-%d %H:%M:%S}</a>\n</div>\n<div class="search-post-meta">\n'
            f'<i class="fa fa-eye font-blue"></i>\n<a href="javascript:;">{(d.id * 7919) % 1000}</a>\n</div>\n'
            '<div class="search-post-meta">\n<i class="fa fa-comments font-blue"></i>\n<a href="javascript:;">0</a>\n</div>\n'
            '</div>\n</div>\n</li>' for d in docs)
        body = ('<div class="page-wrapper-row full-height">\n<div class="page-wrapper-middle">\n<div class="page-content">\n'
                f'<div class="container">\n{self.crumbs([(col.name, col.url())], "列表")}'
                '<div class="search-page search-content-1">\n<div class="row">\n<div class="col-md-8">\n<div class="search-container">\n'
                f'<ul class="search-container">\n<!--分页显示列表数据-->{rows}\n</ul>\n'
                f'<div class="search-pagination">\n{self.xxgk_pager(col, n)}\n</div>\n</div>\n</div>\n'
                f'{self.side(col, "阅读排行榜", self.ranking(col))}</div>\n</div>\n</div>\n</div>\n</div>\n</div>')
        title = f"{col.name}_{GOV}" if n == 1 else f"第{n}页_{col.name}_{GOV}"
        return self.page(title, body)

    def xxgk_article(self, col: Col, d: Doc, prev: Doc | None, nxt: Doc | None, related: list[tuple[str, str]]) -> Resource:
        def near(o: Doc | None) -> str:
            return f'<a href="{_a(col.doc_url(o))}">{escape(o.title)}</a>' if o else "没有了"
        meta = ""
        if d.meta is not None:
            cells = [f"<th>{k}</th><td>{v}</td>" for k, v in d.meta.items()]
            meta = ('<table class="table table-bordered fc-xxgk-meta">\n<tbody>'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</tbody>\n</table>\n")
        files = "".join(f'<p>附件：<a href="{_a(h)}">{h.rsplit("/", 1)[1]}</a></p>' for h in d.files)
        counts = "".join(f'<a href="javascript:dr_app_{fn}" class="icon-btn">\n<i class="fa fa-{icon}"></i>\n<div> {label} </div>\n'
                         f'<span class="badge badge-danger" id="module_{fn.split("(")[0]}_{d.id}"> {v} </span>\n</a>\n'
                         for fn, icon, label, v in ((f"favorite('{d.id}');", "star", "收藏", 0),
                                                    (f"digg('{d.id}', 1);", "thumbs-o-up", "有帮助", d.id % 5),
                                                    (f"digg('{d.id}', 0);", "thumbs-o-down", "没帮助", 0)))
        body = ('<div class="page-wrapper-row full-height">\n<div class="page-wrapper-middle">\n<div class="page-content">\n'
                f'<div class="container">\n{self.crumbs([(col.name, col.url())], d.title)}'
                '<div class="search-page search-content-2">\n<div class="row">\n<div class="col-md-8">\n<div class="portlet light">\n'
                '<div class="portlet-title">\n<div class="caption">\n'
                f'<span class="caption-subject font-dark  ">{escape(d.title)}</span>\n</div>\n<div class="actions">\n'
                '<a class="btn btn-circle btn-icon-only btn-default fullscreen" href="javascript:;" data-original-title="" title="全屏查看"> </a>\n'
                '</div>\n</div>\n<div class="search-post-foot fc-content-tool">\n'
                f'<div class="search-post-meta">\n<i class="fa fa-user font-blue"></i>\n<a href="javascript:;">{d.source}</a>\n</div>\n'
                f'<div class="search-post-meta">\n<i class="fa fa-calendar font-blue"></i>\n<a href="javascript:;">{d.when:%Y-%m-%d %H:%M:%S}</a>\n</div>\n'
                f'<div class="search-post-meta">\n<i class="fa fa-eye font-blue"></i>\n<a href="javascript:;">{(d.id * 7919) % 1000}次</a>\n</div>\n'
                '</div>\n<div class="portlet-body" style="height: auto;overflow: hidden;">\n<div class="row">\n'
                f'<div class="col-md-12">\n{meta}{d.body}{files}\n</div>\n'
                '<div class="col-md-12">\n<div class="blog-single-foot fc-news-tag-list">\n<ul class="blog-post-tags">\n</ul>\n</div>\n</div>\n'
                f'</div>\n<div class="row fc-show-total">\n<div class="col-md-12 text-center">\n{counts}</div>\n</div>\n</div>\n'
                f'<div class="blog-single-foot">\n<p class="fc-show-prev-next">\n<strong>上一篇：</strong>{near(prev)}<br>\n</p>\n'
                f'<p class="fc-show-prev-next">\n<strong>下一篇：</strong>{near(nxt)}\n</p>\n</div>\n</div>\n</div>\n'
                f'{self.side(col, "相关内容", related)}</div>\n</div>\n</div>\n</div>\n</div>\n</div>')
        return self.page(f"{d.title}_{col.name}_{GOV}", body)

    def render(self) -> None:
        for col in self.news + self.xxgk:
            if col.single:
                self.res[col.url()] = self.single(col)
                continue
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            for n in range(1, col.pages + 1):
                page = self.xxgk_list(col, n) if col.xxgk else self.news_list(col, n)
                self.res[col.url(n)] = page
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
                if not col.xxgk:  # the 首页 link and the jump menu name page 1 as -1.html too (an empty list's as well)
                    self.res[col.url(n, twin=True)] = page
            if not col.xxgk:
                self.traps.append(Trap(col.url(1, twin=True), "news-list-X-1.html 是第 1 页的另一个地址（分页条“首页”和跳转菜单），同一栏目"))
            for i, d in enumerate(col.docs):
                prev = col.docs[i - 1] if i else None
                nxt = col.docs[i + 1] if i + 1 < len(col.docs) else None
                if col.xxgk:
                    related = [(col.doc_url(o), o.title) for o in col.docs if o is not d][:4]
                    self.res[col.doc_url(d)] = self.xxgk_article(col, d, prev, nxt, related)
                else:
                    self.res[col.doc_url(d)] = self.news_article(col, d, prev, nxt)
        for col, d in self.aliases:
            self.res[col.doc_alias(d)] = self.res[col.doc_url(d)]


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent: 2em;">{t}</p>' for t in texts)


_WORK = ("会议要求，各村（社区）和镇直各单位要进一步提高政治站位，压实工作责任，细化工作措施，"
         "对照时间节点抓好落实，切实解决群众急难愁盼问题，确保各项工作任务按期完成。")
_SUBJECTS = ("召开党委理论学习中心组学习会", "开展森林防火巡查", "推进高标准农田建设", "召开安全生产工作会议",
             "开展人居环境整治", "举办农民丰收节活动", "走访慰问困难群众", "开展防汛应急演练", "召开平安建设推进会",
             "开展反诈宣传进村入户")
_VILLAGES = ("栗源村", "桥头村", "东坑村", "石溪村", "新塘社区")
BROKEN_IMAGE = "/uploadfile/2026/1105/20261105093412857.jpg"
BROKEN_PDF = "/uploadfile/2026/0611/20260611153208412.pdf"
DELETED = "/news-show-2987.html"


def _news(s: _Site) -> tuple[Col, Col]:
    yw = Col("liyuanyaowen", f"{TOWN}要闻")
    for i in range(40):
        yw.docs.append(s.doc(f"{TOWN}{_SUBJECTS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 5),
                             _paras(f"近日，{TOWN}{_SUBJECTS[i % 10]}。镇党委书记出席并讲话，各村（社区）党组织书记参加。", _WORK)))
    yw.docs[1].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" alt=""/></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "要闻正文图片 404", probe="status:404"))
    yw.docs[4].body += f'<p>相关阅读：<a href="{DELETED}">栗源镇召开经济运行分析会</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    good = "/uploadfile/2026/1110/20261110081542063.jpg"
    yw.docs[6].body += f'<p style="text-align:center"><img src="{good}" alt=""/></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    s.traps.append(Trap(yw.url(), "要闻最新 2026-11-18；news-list-liyuanyaowen-2.html 等是后续页，不是新栏目，也不是过期栏目"))

    tz = Col("tongzhigonggao", "通知公告")
    for i in range(17):
        tz.docs.append(s.doc(f"关于{('做好冬季森林防火', '城乡居民医保参保缴费', '开展消防安全排查', '秋冬季农田水利建设')[i % 4]}工作的通知（{i + 1}）",
                             AS_OF - timedelta(days=3 + i * 11), _paras("各村（社区）、镇直各单位：", _WORK, GOV)))
    # Added after first contact (the site had none: a true normative-doc-cleanup finding, unscored).
    tz.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 20),
                         _paras("经清理，继续有效的行政规范性文件6件，宣布失效1件。", _WORK)))
    tz.docs[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    ok_file = "/uploadfile/2026/1020/20261020101543218.doc"
    tz.docs[5].files.append(ok_file)
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/msword")

    cw = Col("cunwugongkai", "村务公开")
    for i in range(15):
        cw.docs.append(s.doc(f"{_VILLAGES[i % 5]}{('2025年第二季度村务公开', '2025年财务收支公开', '低保评议结果公示')[i % 3]}",
                             date(2025, 8, 14) - timedelta(days=i * 21), _paras("经村民代表会议评议，现予公开。", _WORK),
                             source=_VILLAGES[i % 5]))
    s.key.append(Expected("stale-columns", cw.url(), "村务公开最新一条 2025-08-14，超过 1 年未更新（两页，第 2 页更旧）",
                          probe="newest:2025-08-14"))

    zx = Col("xiangcunzhenxing", "乡村振兴", per_page=15)
    for i in range(22):
        zx.docs.append(s.doc(f"{_VILLAGES[i % 5]}{('油茶产业提质增效', '发展庭院经济', '建设高标准农田', '推进和美乡村建设')[i % 4]}（{i + 1}）",
                             AS_OF - timedelta(days=6 + i * 9), _paras("乡村振兴工作稳步推进。", _WORK), source=_VILLAGES[i % 5]))
    s.news.append(zx)

    fw = Col("bianminfuwu", "便民服务")
    s.key.append(Expected("empty-columns", fw.url(), "便民服务栏目没有任何文章（列表区为空，分页条“共0条记录”）", probe="no-rows"))

    zqgk = Col("zhenqinggaikuang", "镇情概况", single=_paras(
        f"{TOWN}位于{COUNTY}东北部，辖8个行政村、1个社区，总面积96平方公里，户籍人口2.7万人。",
        "全镇以水稻、油茶为主导产业，境内有省级森林公园一处。"))
    s.traps.append(Trap(zqgk.url(), "镇情概况是单页栏目（FineCMS 在列表地址上显示单页内容），无日期，不是空栏目也不是过期栏目"))
    s.news += [yw, tz, cw, fw, zqgk]
    return yw, tz


# Normative documents (subject, metadata shape, interpretation defect)
_NORMATIVE = (("村级小微权力清单管理", "full", ""), ("农村建房审批管理", "full", "missing"), ("村级集体经济项目管理", "none", ""),
              ("村（社区）干部考核", "full", "late"), ("镇区门前三包责任", "full", "unlinked"), ("农村人居环境长效管护", "full", "alias"),
              ("镇级河长巡河", "no-validity", ""))


def _disclosure(s: _Site) -> Col:
    gfx = Col("21", "规范性文件", per_page=5)
    zcjd = Col("22", "政策解读")
    interps: list[Doc] = []
    for k, (subject, shape, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=27 * k)
        number = f"栗府发〔{when.year}〕{14 - k}号"
        short = f"{TOWN}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        d.body = _paras("各村（社区）、镇直各单位：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本镇{subject}工作，根据有关法律法规和县政府有关规定，制定本办法。",
                        "第二条　本办法适用于本镇各村（社区）和镇直各单位。",
                        "第三条　镇党政办负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"11360925MB1C2871X/{when.year}-{k + 21:05d}", "发布机构": GOV, "文号": number,
                "成文日期": f"{when - timedelta(days=2):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        url = gfx.doc_url(d)
        if shape == "full":
            d.meta = meta
        elif shape == "no-validity":
            d.meta = {**meta, "有效性": ""}
            s.key.append(Expected("normative-metadata", url, "规范性文件元数据“有效性”一栏为空", probe="meta-missing:有效性"))
        else:
            d.body = f'<p style="text-align:center">{number}</p>' + d.body
            s.key.append(Expected("normative-metadata", url, "规范性文件没有元数据表（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读" if k % 2 else f"一图读懂《{short}》", when + timedelta(days=lag),
                  _paras(f"一、制定背景　为规范本镇{subject}工作，镇人民政府组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　镇党政办。" + _WORK))
        if defect != "unlinked":
            target = gfx.doc_alias(d) if defect == "alias" else url
            i.body += f'<p>相关文件：<a href="{_a(target)}" target="_blank">{d.title}</a></p>'
            d.body += f'<p>相关解读：<a href="{_a(zcjd.doc_url(i))}" target="_blank">{i.title}</a></p>'
            if defect == "alias":
                s.aliases.append((gfx, d))
                s.traps.append(Trap(url, "解读链接的是文件的 /index.php?s=xxgk&c=show&id=N 动态地址，与 /xxgk/show/N.html 是同一文件：已互相链接"))
            else:
                s.traps.append(Trap(url, "文件与解读在正文末互相链接，解读及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps

    tzwj = Col("26", "通知文件")
    for k in range(6):
        when = AS_OF - timedelta(days=9 + 26 * k)
        topic = ("秋冬季森林防火", "2026年度征兵", "冬春农田水利建设", "烟花爆竹安全管理", "秋粮收购", "防汛救灾")[k]
        d = s.doc(f"{GOV}关于做好{topic}工作的通知", when,
                  _paras("各村（社区）、镇直各单位：", f"为做好{topic}工作，现就有关事项通知如下。", _WORK, GOV))
        d.meta = {"索引号": f"11360925MB1C2871X/{when.year}-{k + 41:05d}", "发布机构": GOV,
                  "文号": f"栗府字〔{when.year}〕{30 - k}号", "发布日期": f"{when:%Y-%m-%d}"}
        tzwj.docs.append(d)
    s.traps.append(Trap(tzwj.doc_url(tzwj.docs[0]), "有文号的工作通知（栗府字），不是规范性文件或重要政策文件：不需要解读，也不查有效性"))

    czzj = Col("23", "财政预决算")
    for n in range(5):
        year = 2025 - n // 2
        czzj.docs.append(s.doc(f"{GOV}{year}年{'部门预算' if n % 2 == 0 else '部门决算'}公开", date(2025, 5, 20) - timedelta(days=180 * n),
                               _paras("根据《中华人民共和国预算法》有关规定，现将本镇预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czzj.url(), "财政预决算最新信息 2025-05-20，超过 1 年（2026 年预算未公开）",
                          probe="newest:2025-05-20"))

    ndbg = Col("24", "政府信息公开年报")
    # A 乡镇人民政府 reports by January 31 (条例第五十条: 各级行政机关 … 每年1月31日前 … 向社会公布).
    published = {2025: date(2026, 1, 27), 2023: date(2024, 2, 26), 2022: date(2023, 1, 31), 2021: date(2022, 1, 20)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 5))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-02-26 发布，晚于乡镇人民政府的公开期限 1 月 31 日",
                                  match=(TOWN, "2023"), probe="late:2024-01-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告",
                          match=(TOWN, "2024"), probe="no-report:2024"))

    zdly = Col("25", "重点领域信息")
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域信息栏目没有任何条目（XunRuiCMS 列表区为空 ul，无提示、无分页）",
                          probe="no-rows"))
    s.xxgk += [gfx, zcjd, tzwj, czzj, ndbg, zdly]
    return gfx


def _guide(s: _Site) -> None:
    guide = Col("xxgkzn", "政府信息公开指南", single=_paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。", "一、主动公开　二、依申请公开　三、监督和救济",
        f"受理机构：{TOWN}党政办公室，地址：{COUNTY}{TOWN}栗源大道18号。", "本指南自2026年3月1日起施行。"))
    s.news.append(guide)
    # Added after first contact (the site had none: true disclosure-sections findings, unscored).
    s.news.append(Col("ysqgk", "依申请公开", single=_paras(
        "公民、法人或者其他组织可以通过当面、信函、网络等方式向本镇申请获取政府信息。", f"受理机构：{TOWN}党政办公室。")))
    s.news.append(Col("xxgkzd", "政府信息公开制度", single=_paras(
        "本镇建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。")))
    nav = Col("wzdh", "网站导航", single="".join(f'<p><a href="{_a(c.url())}">{c.name}</a></p>' for c in s.news if not c.single))
    s.news.append(nav)
    for n, d in _TOP:
        s.news.append(Col(d, n, single=_paras(f"{TOWN}{n}领导班子成员及分工。")))
    s.traps.append(Trap("/news-list-zhendangwei.html", "顶栏“镇党委”等是单页栏目（领导分工），不是空栏目"))


def _xxgk_home(s: _Site) -> None:
    blocks = "".join(
        '<div class="col-md-6">\n<div class="portlet light ">\n<div class="portlet-title">\n<div class="caption">\n'
        f'<span class="caption-subject font-dark bold uppercase">{c.name}</span>\n</div>\n<div class="actions">'
        f'<a href="{_a(c.url())}" class="btn btn-circle btn-default btn-sm">更多</a></div>\n</div>\n<div class="portlet-body">\n<ul class="list-unstyled">'
        + "".join(f'<li><a href="{_a(c.doc_url(d))}">{escape(d.title)}</a></li>' for d in c.docs[:5])
        + "</ul>\n</div>\n</div>\n</div>\n" for c in s.xxgk)
    body = ('<div class="page-wrapper-row full-height">\n<div class="page-wrapper-middle">\n<div class="page-content">\n<div class="container">\n'
            '<ul class="page-breadcrumb breadcrumb">\n<li>\n<a href="/">网站首页</a>\n<i class="fa fa-circle"></i>\n</li>\n'
            '<li>\n<span>政府信息公开</span>\n</li>\n</ul>\n'
            '<div class="row"><div class="col-md-12">' + "".join(
                f'<a href="/news-list-{d}.html" class="btn btn-default">{n}</a>'
                for d, n in (("xxgkzn", "政府信息公开指南"), ("xxgkzd", "政府信息公开制度"), ("ysqgk", "依申请公开"))) + '</div></div>\n'
            f'<div class="row"><div class="col-md-12"><h3 class="xxgk-title">法定主动公开内容</h3></div>\n{blocks}</div>\n</div>\n</div>\n</div>\n</div>')
    s.res["/xxgk.html"] = s.page(f"政府信息公开_{GOV}", body)
    s.traps.append(Trap("/xxgk.html", "信息公开模块首页是各栏目区块和“更多”链接的导航页（区块不显示日期），不是栏目"))


def _home(s: _Site, yw: Col, tz: Col, gfx: Col) -> None:
    ticker = "".join(f'<li><a href="{_a(tz.doc_alias(d))}" target="_blank">{escape(d.title)}</a></li>' for d in tz.docs[:5])
    for d in tz.docs[:5]:
        s.aliases.append((tz, d))
        s.traps.append(Trap(tz.doc_alias(d), "首页滚动公告链接 index.php?c=show&id=N，是 news-show-N.html 的同一文章"))

    def block(col: Col, n: int, style: str) -> str:
        rows = "".join(f'<li><a href="{_a(col.doc_url(d))}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:{style}}</span></li>' for d in col.docs[:n])
        return (f'<div class="index_box"><div class="index_tit"><span>{col.name}</span><a href="{_a(col.url())}" class="more">'
                f'<img src="{ST}/images/more.png" alt="更多"></a></div><ul class="index_list">{rows}</ul></div>')
    body = (f'\t<div id="banner"><img src="{ST}/images/banner1.jpg" alt="美丽栗源"></div>\n'
            f'\t<div id="notice"><b>通知公告：</b><marquee scrollamount="3"><ul>{ticker}</ul></marquee></div>\n'
            f'\t<div id="index_main">{block(yw, 8, "%m-%d")}{block(tz, 6, "%m-%d")}{block(gfx, 5, "%Y-%m-%d")}</div>\n'
            f'\t<div id="index_zq"><a href="/news-list-zhenqinggaikuang.html">镇情概况</a> <a href="/news-list-xxgkzn.html">政府信息公开指南</a></div>')
    s.res["/"] = s.page(GOV, body)


NOT_FOUND = ('<!doctype html><html><head><meta charset="utf-8"><title>提示信息</title></head><body>'
             '<div class="page-404"><div class="number">404</div><div class="details"><h3>您访问的页面不存在</h3>'
             '<p><a href="/">返回首页</a></p></div></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"xunrui offers only the small size, not {size!r}")
    s = _Site()
    yw, tz = _news(s)
    gfx = _disclosure(s)
    _guide(s)
    for c in s.news + s.xxgk:
        c.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
    _home(s, yw, tz, gfx)
    s.render()
    _xxgk_home(s)
    for c in s.news + s.xxgk:
        for d in c.docs:
            for href in d.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("d2.png", "xu.png", "logo1.png", "house1.png", "ta1.png", "ge1.png", "list_title.png", "gy.png", "wy.png",
                "lmr_icon.png", "littleh.png", "banner1.jpg", "more.png"):
        s.res[f"{ST}/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/uploadfile/thumb/nopic.gif"] = Resource(tiny_png(), "image/png")
    s.res[f"{ST}/css/ly.css"] = Resource(b"body{font-size:14px}", "text/css")
    for js in ("jquery-1.10.2.min.js", "javascript.js"):
        s.res[f"{ST}/js/{js}"] = Resource(b"/* js */", "application/javascript")
    s.key.append(Expected("footer", "/", "首页页脚只有主办、承办、地址和 ICP 备案号：网站标识码只写在找错脚本的 sitecode 属性里，"
                          "页面上不显示；缺公安机关备案号", probe="footer-lacks:网站标识码"))
    s.key.append(Expected("footer", yw.doc_url(yw.docs[0]), "栏目页、文章页、信息公开页同一页脚：不显示网站标识码，缺公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=r"^/.+"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "FineCMS 页面连 keywords 也没有", probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap("/", "页脚的“您是第…位访问者”计数和技术支持链接不是检查项；党政机关标识（conac）存在；"
                        "面包屑的“网站首页”写作 href=\"\\\"（反斜杠），浏览器按“/”打开首页，不是断链"))
    return SampleSite("xunrui", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
