"""The "eyou" sample site: a township's portal (檀溪镇人民政府, 岫川县) on 易优 EyouCMS (PHP on ThinkPHP 5,
the stock 响应式 theme lightly re-skinned), UTF-8, in EyouCMS's 精简伪静态 addresses (seo_pseudo 3,
seo_rewrite_format 1).

Why EyouCMS: of the brief's candidates it is the one whose own repository the library holds whole
(weng-xianhu/eyoucms: route table, pager driver, stock PC templates), and it is a free PHP CMS that small
township and department sites install. The library holds no government EyouCMS page (find_string
`Powered by EyouCms` finds only fingerprint lists and scan logs): the chrome, addresses, pager, list rows,
article header and stock side boxes below are the real ones; the government content (columns, 信息公开
metadata tables, 解读 links, footer identifiers) follows the township practice of the other families
(metinfo's 奋发镇, xunrui's township).

Sources (read with `read_file`, repository weng-xianhu/eyoucms):
  - `application/route.php`: in 精简伪静态 a column is `<tid>` (its dirname, no extension: `/zwdt/`), its later
    pages `<tid>/list_<typeid>_<page>` (`/zwdt/list_3_2/`), an article `<dirname>/<aid>.html`;
  - `core/library/think/paginator/driver/Eyou.php`: the pager items in the order index, pre, pageno, next, end,
    info, each `<li><a href="…" class="tcdNumber">…</a></li>`, the current page `<li><span class="current">2</span>
    </li>`, an edge button disabled as `<li><span class="disabled">首页</span></li>`; a list with no data renders
    only the total (`getTotalResult`, lang sys5);
  - `template/pc/lists_article_text.htm`: rows `<li class="media media-lg border-bottom1"><div class="media-left">
    <a><img class="media-object" …></a></div><div class="media-body"><h4><a …>title</a></h4><p class="des
    font-weight-300">description</p><p class="info font-weight-300"><span>Y-m-d</span> <span></span> <span><i
    class="icon fa-eye m-r-5 font-weight-300"></i> clicks</span></p></div></li>` in `ul.ey-pager-ajax`, and the
    stock pager `{eyou:pagelist listitem="index,end,pre,next" listsize="2"/}` in `ul.tcdPageCode`: edge buttons
    only, no page numbers;
  - `template/pc/lists_article.htm`: the picture-list layout whose date is split in two elements (`<p
    class="text-large Conv_DINCondensedC">d</p><p class="Conv_DINCondensedC text-middle text-gray">Y-m</p>`),
    loaded further only by the 瀑布流 button `{eyou:arcpagelist tagid='block001' pagesize='3' tips='没有了呢！'}`
    (`<a href="javascript:void(0);" … {$field.onclick}>点击浏览更多</a>`), and the breadcrumb `div.nav-bread`;
  - `template/pc/view_article.htm`: `<h1>title</h1>`, `<span class="margin-right">作者：…</span><span
    class="margin-right">发布时间：Y-m-d</span><span class="margin-right">点击数：{eyou:arcclick /}</span>`,
    上一篇/下一篇 lines (lang sys11/sys12, 没有了 sys10), 返回列表, and the side boxes 随便看看 (`arclist
    orderby='rand'`: ten random titles of the whole site) and a picture box;
  - `template/pc/footer.htm`: channel columns, a contact block (address, phone, e-mail), a 友情链接 tab,
    `{web_copyright}　{web_recordnum}` and a SiteMap link.
Guessed, said as such: the column dirnames and type ids; the dynamic aliases
`/index.php?m=home&c=View&a=index&aid=N` and `…c=Lists&a=index&tid=N` (ThinkPHP's m/c/a, the home ticker
and one 更多 use them); that the first/previous buttons of a later page name page 1 by the column's own
address; lang sys5's wording 「共N页 M条」; the arcclick and arcpagelist script markup; the default
`not_adv.jpg` picture; the 信息公开 custom-field table; every wording and the 404 page.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
TOWN = "檀溪镇"
GOV = "檀溪镇人民政府"
COUNTY = "岫川县"
HTML = "text/html; charset=utf-8"
ICP = "赣ICP备2022004417号-1"
SITE_ID = "3609250012"
SKIN = "/template/pc/skin"
NO_PIC = "/public/static/common/images/not_adv.jpg"


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    author: str = "党政办"
    meta: dict[str, str] | None = None  # the 信息公开 custom-field table
    files: list[str] = field(default_factory=list)
    pic: str = ""


@dataclass
class Col:
    tid: int
    dirname: str
    name: str
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 10
    layout: str = "text"  # "text" (lists_article_text) or "tile" (lists_article: split date, 瀑布流 button)
    items: str = "index,pre,pageno,next,end,info"
    parent: str = ""  # dirname of the parent column
    children: list[Col] = field(default_factory=list)

    @property
    def listed(self) -> list[Doc]:
        """What the list shows: its own documents, or a parent's children's (EyouCMS lists a parent's subtree)."""
        docs = self.docs + [d for c in self.children for d in c.docs]
        return sorted(docs, key=lambda d: (d.when, d.id), reverse=True)

    @property
    def pages(self) -> int:
        if self.layout == "tile":
            return 1
        return max(1, -(-len(self.listed) // self.per_page))

    def url(self, n: int = 1) -> str:
        return f"/{self.dirname}/" if n == 1 else f"/{self.dirname}/list_{self.tid}_{n}/"

    def alias(self) -> str:
        return f"/index.php?m=home&c=Lists&a=index&tid={self.tid}"


def _doc_alias(d: Doc) -> str:
    return f"/index.php?m=home&c=View&a=index&aid={d.id}"


def _head(title: str, desc: str = "") -> str:
    return ('<!DOCTYPE html>\n<html>\n<head>\n<title>' + escape(title) + '</title>\n'
            '<meta name="renderer" content="webkit" />\n<meta charset="utf-8" />\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0,user-scalable=0,minimal-ui" />\n'
            f'<meta name="description" content="{escape(desc or GOV + "门户网站")}" />\n'
            f'<meta name="keywords" content="{TOWN},{COUNTY}{TOWN}" />\n'
            '<link href="/favicon.ico" rel="shortcut icon" type="image/x-icon" />\n'
            f'<link href="{SKIN}/css/basic.css" rel="stylesheet" media="screen" type="text/css" />\n'
            f'<link href="{SKIN}/css/common.css" rel="stylesheet" media="screen" type="text/css" />\n</head>\n')


_FRIENDS = (("岫川县人民政府", "http://www.xiuchuan.gov.cn/"), ("江西省人民政府", "http://www.jiangxi.gov.cn/"),
            ("中国政府网", "http://www.gov.cn/"))


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 210
        self.boxed: dict[int, Doc] = {}  # a page whose 随便看看 box happens to show this document
        self.rng = random.Random(7)
        self.col_of: dict[int, Col] = {}

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 1
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def doc_url(self, d: Doc) -> str:
        return f"/{self.col_of[d.id].dirname}/{d.id}.html"

    def top(self) -> list[Col]:
        return [c for c in self.cols if not c.parent]

    def header(self) -> str:
        items = "".join(f'<li class="dropdown"><a href="{_a(c.url())}" title="{c.name}" class="link">{c.name}</a>'
                        + ("<ul class=\"dropdown-menu\">" + "".join(f'<li><a href="{_a(k.url())}" title="{k.name}">{k.name}</a></li>'
                                                                   for k in c.children) + "</ul>" if c.children else "")
                        + "</li>" for c in self.top())
        return ('<header class="ey-head"><div class="container"><div class="logo float-left">'
                f'<a href="/" title="{GOV}"><img src="/uploads/allimg/20220315/1-220315093Q2O1.png" alt="{GOV}" /></a></div>\n'
                f'<nav class="ey-nav float-right"><ul class="nav-menu"><li><a href="/" title="首页" class="active">首页</a></li>{items}'
                '</ul></nav></div></header>\n')

    def footer(self) -> str:
        cols = "".join(
            f'<li class="float-left item-{i + 1} hidden-l hidden-s"><h3 class="text-middle margin-big-bottom">{c.name}</h3><ul>'
            + "".join(f'<li><a href="{_a(k.url())}" title="{k.name}">{k.name}</a></li>' for k in (c.children or [c])) + "</ul></li>"
            for i, c in enumerate(self.top()[:4]))
        flink = "".join(f'<a href="{u}" target="_blank">{n} </a>' for n, u in _FRIENDS)
        return ('<footer class="bg-main">\n<div class="container-layout"><ul>' + cols +
                '<li class="float-left item-5"><h3 class="text-middle margin-big-bottom">联系我们</h3><div class="contact">'
                f'<div class="media media-x margin-big-bottom"><span class="float-left radius-circle bg-yellow text-white text-center">'
                f'<i class="fa fa-map-marker fa-fw" aria-hidden="true"></i></span><div class="media-body"><p>{COUNTY}{TOWN}檀溪大道8号<p></div></div>'
                '<div class="media media-x margin-big-bottom"><span class="float-left radius-circle bg-yellow text-white text-center">'
                '<i class="fa-fw fa fa-phone"></i></span><div class="media-body"><p><a href="tel:0795-6621005" class="Conv_DINCondensedC '
                'text-large">0795-6621005</a><p></div></div>'
                '<div class="media media-x margin-big-bottom"><span class="float-left radius-circle bg-yellow text-white text-center">'
                '<i class="fa fa-envelope fa-fw"></i></span><div class="media-body"><p><a href="mailto:txzdzb@163.com" class="text-middle">'
                'txzdzb@163.com</a></p></div></div></div></li>'
                '<li class="float-left item-6"><div class="qr padding radius text-center"><img src="/uploads/allimg/20220315/1-22031509403N96.jpg">'
                '<p class="text-gray height-middle">关注我们</p></div></li></ul></div>\n<div class="blank-middle"></div>\n'
                '<div class="container-layout"><div class="line"><div class="tab"><div class="tab-head"><ul class="tab-nav">'
                '<li class="active"><a href="#friend-1">友情链接</a></li></ul></div><div class="tab-body">'
                f'<div class="tab-panel active flink" id="friend-1">{flink}</div></div></div></div></div>\n'
                '<div class="container-layout"><div class="line"><div class="copyright height"><div class="x8">'
                f'Copyright © 2022-2026 {GOV} 版权所有 主办：{GOV} 网站标识码：{SITE_ID}　'
                f'<a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">{ICP}</a></div>'
                '<div class="x4 text-right"><a href="/sitemap.xml">SiteMap</a></div></div></div></div>\n</footer>\n'
                f'<script type="text/javascript" src="{SKIN}/js/jquery.min.js"></script>\n'
                f'<script type="text/javascript" src="{SKIN}/js/common.js"></script>\n')

    def page(self, title: str, body: str, desc: str = "") -> Resource:
        html = f"{_head(title, desc)}<body>\n{self.header()}{body}\n{self.footer()}</body>\n</html>\n"
        return Resource(html.encode("utf-8"), HTML)

    def crumbs(self, col: Col | None, extra: str = "") -> str:
        steps = [("首页", "/")]
        if col is not None:
            if col.parent:
                parent = next(c for c in self.cols if c.dirname == col.parent)
                steps.append((parent.name, parent.url()))
            steps.append((col.name, col.url()))
        trail = " &gt; ".join(f'<a href="{_a(u)}">{n}</a>' for n, u in steps)
        return ('<section class="ey-crumbs hidden-sm-down"><div class="container"><div class="row"><div class="border-bottom clearfix">'
                f'<ol class="breadcrumb m-b-0 subcolumn-crumbs breadcrumb-arrow"><li class="breadcrumb-item"> 当前位置：{trail}{extra} </li>'
                '</ol></div></div></div></section>\n')

    def subnav(self, col: Col) -> str:
        parent = next((c for c in self.cols if c.dirname == col.parent), col)
        if not parent.children:
            return ""
        items = "".join(f'<li> <a href="{_a(k.url())}" title="{k.name}" class="{"active" if k is col else ""}">{k.name}</a> </li>'
                        for k in parent.children)
        return ('<section class="ey-column-nav"><div class="container"><div class="row"><ul class="clearfix ey-column-nav-ul">'
                f'<li> <a href="{_a(parent.url())}" title="全部" class="{"active" if parent is col else ""}">全部</a> </li>{items}'
                '</ul></div></div></section>\n')

    def pager(self, col: Col, n: int) -> str:
        total, last = len(col.listed), col.pages
        if not total:
            return "共<strong>0</strong>页 <strong>0</strong>条"

        def button(k: int, text: str, dead: bool) -> str:
            return (f'<li><span class="disabled">{text}</span></li>' if dead
                    else f'<li><a href="{_a(col.url(k))}" class="tcdNumber">{text}</a></li>')
        parts = []
        wanted = col.items.split(",")  # Eyou::render keeps its own order whatever the listitem order
        for item in (i for i in ("index", "pre", "pageno", "next", "end", "info") if i in wanted):
            if item == "index":
                parts.append(button(1, "首页", n <= 1))
            elif item == "pre":
                parts.append(button(n - 1, "上一页", n <= 1))
            elif item == "pageno":
                parts.append("".join(f'<li><span class="current">{k}</span></li>' if k == n
                                     else f'<li><a href="{_a(col.url(k))}" class="tcdNumber">{k}</a></li>'
                                     for k in range(1, last + 1)))
            elif item == "next":
                parts.append(button(n + 1, "下一页", n >= last))
            elif item == "end":
                parts.append(button(last, "末页", n >= last))
            elif item == "info":
                parts.append(f"共<strong>{last}</strong>页 <strong>{total}</strong>条")
        return " ".join(parts)

    def rows_text(self, docs: list[Doc]) -> str:
        out = []
        for d in docs:
            desc = escape(_plain(d.body)[:60])
            out.append(
                f'<li class="media media-lg border-bottom1"><div class="media-left"><a href="{_a(self.doc_url(d))}" title="{escape(d.title)}">'
                f' <img class="media-object" src="{d.pic or NO_PIC}" alt="{escape(d.title)}" height="100" /></a></div>'
                f'<div class="media-body"><h4> <a href="{_a(self.doc_url(d))}" title="{escape(d.title)}" target="_self">{escape(d.title)}</a> </h4>'
                f'<p class="des font-weight-300"> {desc}</p>'
                f'<p class="info font-weight-300"> <span>{d.when:%Y-%m-%d}</span> <span></span> <span> '
                f'<i class="icon fa-eye m-r-5 font-weight-300"></i> {100 + d.id * 7 % 400} </span> </p></div></li>')
        return "\n".join(out)

    def rows_tile(self, docs: list[Doc]) -> str:
        return "\n".join(
            f'<div class="line bg-white list-news"><div class="x4"><div class="media-img"><a href="{_a(self.doc_url(d))}" '
            f'title="{escape(d.title)}"><img src="{d.pic or NO_PIC}" class="img-responsive" alt="{escape(d.title)}"></a></div></div>'
            f'<div class="x1 text-center"><div class="time text-center"><p class="text-large Conv_DINCondensedC">{d.when:%d}</p>'
            f'<p class="Conv_DINCondensedC text-middle text-gray">{d.when:%Y-%m}</p></div></div>'
            f'<div class="x6"><div class="news margin-top"><h3><a href="{_a(self.doc_url(d))}">{escape(d.title)}</a></h3>'
            f'<p class="text-gray hidden-l">{escape(_plain(d.body)[:60])}</p></div></div>'
            f'<div class="x1"><a href="{_a(self.doc_url(d))}" class="button radius-none text-center"><i class="fa fa-long-arrow-right"></i></a>'
            '</div></div>' for d in docs)

    def list_page(self, col: Col, n: int) -> Resource:
        if col.layout == "tile":
            shown = col.listed[:10]
            main = (f'<div class="container"><div id=\'block001\'>\n{self.rows_tile(shown)}\n</div>\n'
                    '<div class="blank-small"></div><div class="line"><div class="x12"><div class="text-center">'
                    '<a href="javascript:void(0);" class="button button-big bg-yellow radius-none text-center letter-spacing" '
                    f'onclick="tag_arcpagelist_multi(this,\'block001\',{col.tid},3);" data-page="1" data-tips="没有了呢！">点击浏览更多'
                    '<i class="fa fa-long-arrow-right text-big margin-big-left"></i></a></div></div></div></div>')
        else:
            docs = col.listed[(n - 1) * col.per_page: n * col.per_page]
            main = ('<section class="ey-news animsition"><div class="container"><div class="row"><div class="col-md-9 ey-news-body">'
                    '<div class="row"><div class="ey-news-list"><ul class="ulstyle ey-pager-ajax imagesize" data-scale="400x400">\n'
                    f'{self.rows_text(docs)}\n</ul>\n<div class="m-t-20 text-xs-center hidden-sm-down"><ul class="tcdPageCode">'
                    f'{self.pager(col, n)}</ul></div></div></div></div>\n<div class="col-md-3"><div class="row"><div class="ey-bar">'
                    '<form class="sidebar-search" method="get" action="/search.html"><input type="hidden" name="method" value="1" />'
                    '<div class="form-group"><div class="input-search"><button type="submit" class="input-search-btn"><i class="icon fa-search">'
                    '</i></button><input type="text" class="form-control" name="keywords" placeholder="请输入关键词" /></div></div></form>'
                    f'</div></div></div></div></div></section>')
        body = (f'<main e-page="lists_article"><div class="ey-banner-ny vertical-align text-center"><h1 class="vertical-align-middle">'
                f'{col.name}</h1></div>\n{self.crumbs(col)}{self.subnav(col)}{main}</main>')
        return self.page(f"{col.name}_{GOV}", body)

    def article(self, col: Col, d: Doc, prev: Doc | None, nxt: Doc | None, pool: list[Doc]) -> Resource:
        def near(label: str, o: Doc | None) -> str:
            if o is None:
                return f"{label}：没有了"
            return f'{label}：<a href="{_a(self.doc_url(o))}" class="text-gray" title="{label}：{escape(o.title)}">{escape(o.title)}</a>'
        table = ""
        if d.meta is not None:
            table = ('<table class="xxgk-info" width="100%" border="1" cellspacing="0" cellpadding="6"><tbody>'
                     + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in d.meta.items()) + "</tbody></table>\n")
        files = "".join(f'<p>附件：<a href="{_a(u)}" target="_blank">{escape(d.title)}{u[u.rfind("."):]}</a></p>' for u in d.files)
        rand = self.rng.sample([o for o in pool if o is not d], 10)
        if d.id in self.boxed and self.boxed[d.id] not in rand:
            rand[self.rng.randrange(10)] = self.boxed[d.id]
        rand_box = "".join(f'<li class="dot"><a href="{_a(self.doc_url(o))}" title="{escape(o.title)}" class="height">{escape(o.title)}</a></li>'
                           for o in rand)
        body = (f'<div class="layout bg-gray">{self.crumbs(col)}<div class="container"><div class="line"><div class="x9"><div class="sidebar-l">'
                '<div class="article"><div class="padding-large bg-white"><div class="post">'
                f'<h1>{escape(d.title)}</h1><div class="blank"></div><div class="text-gray padding-big-bottom text-default">'
                f'<span class="margin-right">作者：{d.author}</span><span class="margin-right">发布时间：{d.when:%Y-%m-%d}</span>'
                f'<span class="margin-right">点击数：<i id="eyou_arcclick_{d.id}" class="eyou_arcclick" style="font-style:normal"></i>'
                f'<script>ey_arcclick({d.id});</script></span></div><hr class="bg-gray"><div class="blank"></div>\n'
                f'{table}{d.body}{files}</div>\n<div class="padding-large-top border-top height"><div class="line"><div class="x10">'
                f'{near("上一篇", prev)}<div class="blank"></div>{near("下一篇", nxt)}</div><div class="x2 text-center">'
                f'<a href="{_a(col.url())}" class="button button-big button-block bg-yellow margin-top radius-rounded border-none text-default">'
                '<i class="fa fa-mail-reply margin-small-right"></i>返回列表</a></div></div></div></div></div></div>'
                '<div class="blank"></div></div>\n<div class="x3"><div class="sidebar-r"><div class="bg-white padding-big">'
                f'<div class="title-l"><h2>随便看看</h2></div><ul class="list-post-text">{rand_box}</ul></div></div></div>'
                '</div></div><div class="blank-big"></div></div>')
        return self.page(f"{d.title}_{GOV}", body, _plain(d.body)[:80])

    def render(self) -> None:
        for col in self.cols:
            for d in col.docs:
                self.col_of[d.id] = col
        pool = [d for c in self.cols for d in c.docs]
        for col in self.cols:
            self.res[col.url()] = self.list_page(col, 1)
            for n in range(2, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                self.traps.append(Trap(col.url(n), LATER_PAGE))
            by_date = sorted(col.docs, key=lambda d: (d.when, d.id), reverse=True)
            for i, d in enumerate(by_date):
                # 上一篇 is the older neighbour in EyouCMS's prenext (by aid), 下一篇 the newer one.
                older = by_date[i + 1] if i + 1 < len(by_date) else None
                newer = by_date[i - 1] if i else None
                self.res[self.doc_url(d)] = self.article(col, d, older, newer, pool)


def _plain(html: str) -> str:
    import re
    return re.sub(r"<[^>]+>", "", html).replace("\u3000", "")


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_WORK = ("会议要求，各村（社区）和镇直各单位要坚持以人民为中心的发展思想，压实工作责任，细化工作措施，"
         "加强督促检查，对照时间节点抓好落实，确保各项工作任务按期完成。")
_SUBJECTS = ("召开党委理论学习中心组学习会", "开展森林防火巡查", "推进和美乡村建设", "召开安全生产工作会议", "开展秋冬种生产指导",
             "举办农民丰收节活动", "走访慰问困难群众", "开展防汛应急演练", "召开平安建设推进会", "开展反诈宣传进村入户")
_VILLAGES = ("檀溪村", "石门村", "竹坑村", "上坊村")
BROKEN_IMAGE = "/uploads/allimg/20261106/1-2611061F2450.jpg"
BROKEN_PDF = "/uploads/soft/20260612/1-260612103Z1.pdf"
DELETED = "/zwdt/198.html"


def _news(s: _Site) -> tuple[Col, Col]:
    zwdt = Col(3, "zwdt", "政务动态")
    for i in range(34):
        zwdt.docs.append(s.doc(f"{TOWN}{_SUBJECTS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 5),
                               _paras(f"近日，{TOWN}{_SUBJECTS[i % 10]}。镇党委书记出席并讲话，各村党组织书记参加。", _WORK)))
    good = "/uploads/allimg/20261110/1-2611101A1230.jpg"
    zwdt.docs[0].pic = good
    zwdt.docs[0].body += f'<p style="text-align:center"><img src="{good}" alt=""/></p>'
    zwdt.docs[1].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" alt=""/></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "政务动态正文图片 404", probe="status:404"))
    zwdt.docs[3].body += f'<p>相关阅读：<a href="{DELETED}">{TOWN}召开经济运行分析会</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    s.traps.append(Trap(zwdt.url(), "政务动态最新 2026-11-18，后续页为 /zwdt/list_3_2/ 这类地址：不是过期栏目，也不是新栏目"))

    tzgg = Col(4, "tzgg", "通知公告", per_page=8, items="index,end,pre,next")
    for i in range(17):
        tzgg.docs.append(s.doc(f"关于{('做好冬季森林防火', '城乡居民医保参保缴费', '开展燃气安全排查', '冬季农村供水保障')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=4 + i * 11), _paras("各村（社区）、镇直各单位：", _WORK, GOV)))
    # Added at first contact (the site had none: a true normative-doc-cleanup finding, unscored).
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件7件，宣布失效2件。", _WORK)))
    tzgg.docs[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    ok_file = "/uploads/soft/20261020/1-261020150F3.docx"
    tzgg.docs[5].files.append(ok_file)
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    s.traps.append(Trap(tzgg.url(), "通知公告的分页只有首页/上一页/下一页/末页，没有页码：后续页 /tzgg/list_4_2/ 属于同一栏目，最新 2026-11-16，不过期"))

    cjdt = Col(5, "cjdt", "村居动态", layout="tile")
    for i in range(8):
        cjdt.docs.append(s.doc(f"{_VILLAGES[i % 4]}{('开展重阳节敬老活动', '召开村民代表大会', '开展人居环境整治')[i % 3]}",
                               date(2025, 8, 26) - timedelta(days=i * 27), _paras("活动现场气氛热烈。", _WORK)))
    s.key.append(Expected("stale-columns", cjdt.url(), "村居动态最新 2025-08-26（列表日期拆成“26”和“2025-08”两处），超过 1 年未更新",
                          probe="newest:2025-08-26"))

    djgz = Col(6, "djgz", "党建工作", layout="tile")
    for i in range(14):
        djgz.docs.append(s.doc(f"{TOWN}党委{('开展主题党日活动', '召开党建工作推进会', '开展党员冬训')[i % 3]}（{i + 1}）",
                               date(2026, 11, 2) - timedelta(days=i * 26), _paras("镇各党支部参加。", _WORK)))
    s.traps.append(Trap(djgz.url(), "党建工作最新 2026-11-02（日期拆成“02”和“2026-11”），较早的 4 篇只在“点击浏览更多”的 Ajax 中：不是过期栏目"))

    bmfw = Col(7, "bmfw", "便民服务")
    s.key.append(Expected("empty-columns", bmfw.url(), "便民服务栏目没有任何文章，只显示“共0页 0条”", probe="no-rows"))
    s.cols += [zwdt, tzgg, cjdt, djgz, bmfw]
    return zwdt, tzgg


# (subject, metadata shape, interpretation defect)
_NORMATIVE = (("村级公益事业一事一议", "table", ""), ("农村集体资产管理", "table", "missing"), ("镇村公共停车管理", "none", ""),
              ("村干部考核", "table", "late"), ("农村建房管理", "table", "unlinked"), ("河道保洁管理", "table", "alias"),
              ("村级小微权力清单", "table-no-validity", ""))


def _disclosure(s: _Site) -> tuple[Col, Col]:
    xxgk = Col(8, "xxgk", "信息公开", per_page=12)
    gfx = Col(9, "gfxwj", "规范性文件", parent="xxgk")
    zcjd = Col(10, "zcjd", "政策解读", parent="xxgk")
    interps: list[tuple[Doc, Doc, str]] = []
    for k, (subject, shape, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=31 * k)
        number = f"檀府发〔{when.year}〕{14 - k}号"
        short = f"{TOWN}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        d.body = _paras("各村（社区）、镇直各单位：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本镇{subject}工作，根据有关法律法规和县政府有关规定，制定本办法。",
                        "第二条　本办法适用于本镇各村（社区）和镇直各单位。",
                        "第三条　镇党政办负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"11360925MB1{k:02d}/{when.year}-{k + 21:05d}", "发布机构": GOV, "文号": number,
                "成文日期": f"{when - timedelta(days=2):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        url_doc = d
        if shape == "table":
            d.meta = meta
        elif shape == "table-no-validity":
            d.meta = {k2: v for k2, v in meta.items() if k2 != "有效性"}
            s.key.append(Expected("normative-metadata", f"/gfxwj/{d.id}.html", "规范性文件元数据表缺少有效性", probe="meta-missing:有效性"))
        else:
            d.body = f'<p style="text-align:center">{number}</p>' + d.body
            s.key.append(Expected("normative-metadata", f"/gfxwj/{d.id}.html", "规范性文件没有元数据表（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        gfx.docs.append(d)
        url = f"/gfxwj/{url_doc.id}.html"
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读" if k % 2 else f"图解：《{short}》", when + timedelta(days=lag),
                  _paras(f"一、制定背景　为规范本镇{subject}工作，镇人民政府组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　镇党政办。" + _WORK))
        interps.append((d, i, defect))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目和随机的“随便看看”框里）",
                                  probe="no-interp-link"))
        elif defect == "alias":
            s.traps.append(Trap(url, "解读用动态地址 index.php?m=home&c=View&a=index&aid=N 链接文件，与 /gfxwj/N.html 是同一文件：已互相链接"))
        else:
            s.traps.append(Trap(url, "文件与解读在正文末互相链接，解读及时发布"))
    zcjd.docs += [i for _, i, _ in interps]

    czyjs = Col(11, "czyjs", "财政预决算", parent="xxgk")
    for n in range(5):
        year = 2025 - n // 2
        czyjs.docs.append(s.doc(f"{GOV}{year}年{'部门预算' if n % 2 == 0 else '部门决算'}公开", date(2025, 6, 10) - timedelta(days=180 * n),
                                _paras("根据《中华人民共和国预算法》有关规定，现将本镇预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新信息 2025-06-10，超过 1 年（2026 年预算未公开）",
                          probe="newest:2025-06-10"))

    ndbg = Col(12, "ndbg", "政府信息公开年报", parent="xxgk")
    published = {2025: date(2026, 1, 20), 2023: date(2024, 2, 27), 2022: date(2023, 1, 31), 2021: date(2022, 1, 14)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 5))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", f"/ndbg/{d.id}.html", "2023 年度报告 2024-02-27 发布，晚于乡镇人民政府的公开期限 1 月 31 日",
                                  match=(TOWN, "2023"), probe="late:2024-01-31"))
        elif year == 2022:
            s.traps.append(Trap(f"/ndbg/{d.id}.html", "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告",
                          match=(TOWN, "2024"), probe="no-report:2024"))

    zdly = Col(13, "zdly", "重点领域", parent="xxgk")
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域栏目没有任何文章，只显示“共0页 0条”", probe="no-rows"))
    xxgk.children = [gfx, zcjd, czyjs, ndbg, zdly]
    s.cols += [xxgk, gfx, zcjd, czyjs, ndbg, zdly]
    s.traps.append(Trap(xxgk.url(), f"信息公开父栏目按 EyouCMS 默认列出全部子栏目文章（“全部”），最新 {xxgk.listed[0].when}：不过期"))
    return gfx, zcjd, interps  # type: ignore[return-value]


def _link_interps(s: _Site, interps: list[tuple[Doc, Doc, str]]) -> None:
    """Add the 相关解读/相关文件 links (needs the documents' addresses, known once columns are set)."""
    for d, i, defect in interps:
        if defect == "unlinked":
            s.boxed[d.id], s.boxed[i.id] = i, d  # each shows up in the other's random box, and that is all
            continue
        target = _doc_alias(d) if defect == "alias" else s.doc_url(d)
        i.body += f'<p>相关文件：<a href="{_a(target)}" target="_blank">{d.title}</a></p>'
        d.body += f'<p>相关解读：<a href="{_a(s.doc_url(i))}" target="_blank">{i.title}</a></p>'


_STATICS = (("zjtx", "走进檀溪", f"{TOWN}位于{COUNTY}东北部，辖8个行政村、1个社区，总面积96平方公里，户籍人口3.1万人。"),
            ("jgzn", "机构职能", f"{GOV}主要职责：贯彻执行党和国家的路线方针政策，统筹辖区经济社会发展，加强基层社会治理，提供公共服务。"),
            ("xxgkzn", "政府信息公开指南", f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。本指南自2026年2月10日起施行。"),
            ("fdzdgk", "法定主动公开内容", f"{GOV}法定主动公开内容包括机构职能、规范性文件、政策解读、财政预决算、政府信息公开年报和重点领域信息，见信息公开各栏目。"),
            ("ysqgk", "依申请公开", "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：镇党政办。"),
            ("xxgkzd", "政府信息公开制度", "本镇建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"))


def _statics(s: _Site) -> None:
    for path, name, text in _STATICS:
        url = f"/{path}/"
        here = f' &gt; <a href="{url}">{name}</a>'
        body = (f'<main e-page="lists_single"><div class="ey-banner-ny vertical-align text-center"><h1 class="vertical-align-middle">{name}'
                f'</h1></div>\n{s.crumbs(None, here)}<section class="met-show"><div class="container">'
                f'<div class="met-editor">{_paras(text)}</div></div></section></main>')
        s.res[url] = s.page(f"{name}_{GOV}", body)
    s.traps.append(Trap("/jgzn/", "单页栏目（lists_single），没有日期：不是过期栏目"))


def _home(s: _Site, zwdt: Col, tzgg: Col, gfx: Col) -> None:
    ticker = "".join(f'<li><a href="{_a(_doc_alias(d))}" title="{escape(d.title)}">{escape(d.title)}</a></li>' for d in tzgg.listed[:5])
    for d in tzgg.listed[:5]:
        s.res[_doc_alias(d)] = s.res[s.doc_url(d)]
        s.traps.append(Trap(_doc_alias(d), "首页滚动公告链接 index.php?m=home&c=View&a=index&aid=N，与 /tzgg/N.html 是同一文章"))
    s.res[gfx.alias()] = s.res[gfx.url()]
    s.traps.append(Trap(gfx.alias(), "首页“更多”链接规范性文件的动态地址 index.php?m=home&c=Lists&a=index&tid=9，与 /gfxwj/ 是同一栏目"))

    def block(col: Col, n: int, more: str) -> str:
        rows = "".join(f'<li><span class="float-right text-gray">{d.when:%Y-%m-%d}</span><a href="{_a(s.doc_url(d))}" '
                       f'title="{escape(d.title)}">{escape(d.title)}</a></li>' for d in col.listed[:n])
        return (f'<div class="x4"><div class="home-box bg-white padding"><div class="title-l"><h2>{col.name}</h2>'
                f'<a href="{_a(more)}" class="float-right">更多+</a></div><ul class="list-post-text">{rows}</ul></div></div>')
    body = ('<div class="banner"><img src="/uploads/allimg/20220315/1-220315094A5C9.jpg" alt="美丽檀溪" /></div>\n'
            f'<div class="container"><div class="notice line"><b>通知公告：</b><ul class="scroll-notice">{ticker}</ul></div>\n'
            f'<div class="line">{block(zwdt, 7, zwdt.url())}{block(tzgg, 6, tzgg.url())}{block(gfx, 5, gfx.alias())}</div>\n'
            f'<div class="home-about"><h3>走进檀溪</h3><p>{TOWN}位于{COUNTY}东北部。</p><a href="/zjtx/" class="button">了解更多</a></div>'
            '<div class="home-links"><a href="/xxgkzn/">政府信息公开指南</a> <a href="/ysqgk/">依申请公开</a> '
            '<a href="/xxgkzd/">政府信息公开制度</a> <a href="/fdzdgk/">法定主动公开内容</a> <a href="/jgzn/">机构职能</a></div></div>')
    s.res["/"] = s.page(f"{GOV}门户网站", body)


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 页面不存在</title></head><body>'
             '<div class="error-page" style="text-align:center;margin-top:120px"><h1>404</h1><p>抱歉，您访问的页面不存在或已被删除！</p>'
             '<a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"eyou offers only the small size, not {size!r}")
    s = _Site()
    zwdt, tzgg = _news(s)
    gfx, _zcjd, interps = _disclosure(s)
    for col in s.cols:
        for d in col.docs:
            s.col_of[d.id] = col
    _link_interps(s, interps)
    s.render()
    for d, _i, defect in interps:
        if defect == "alias":
            s.res[_doc_alias(d)] = s.res[s.doc_url(d)]
    _statics(s)
    _home(s, zwdt, tzgg, gfx)
    for c in s.cols:
        for d in c.docs:
            for href in d.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("20220315/1-220315093Q2O1.png", "20220315/1-22031509403N96.jpg", "20220315/1-220315094A5C9.jpg"):
        s.res[f"/uploads/allimg/{img}"] = Resource(tiny_png(), "image/png")
    s.res[NO_PIC] = Resource(tiny_png(), "image/jpeg")
    s.res["/favicon.ico"] = Resource(tiny_png(), "image/x-icon")
    for css in ("basic.css", "common.css"):
        s.res[f"{SKIN}/css/{css}"] = Resource(b"body{font-size:14px}", "text/css")
    for js in ("jquery.min.js", "common.js"):
        s.res[f"{SKIN}/js/{js}"] = Resource(b"/* js */", "application/javascript")
    s.res["/sitemap.xml"] = Resource(b'<?xml version="1.0" encoding="UTF-8"?><urlset></urlset>', "application/xml")
    s.key.append(Expected("footer", "/", "首页页脚有主办、网站标识码和 ICP 备案号，缺公安机关备案号", probe="footer-lacks:公网安备"))
    s.key.append(Expected("footer", s.doc_url(zwdt.docs[0]), "栏目页、文章页、信息公开页同一页脚：缺公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=r"^/.+"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "EyouCMS 页面只有 keywords 和 description", probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap(s.doc_url(gfx.docs[0]), "文章页右侧“随便看看”是随机推荐的 10 篇标题，不是文件与解读的关联"))
    return SampleSite("eyou", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
