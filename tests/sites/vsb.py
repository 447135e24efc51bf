"""The "vsb" sample site: a county portal (鹤川县人民政府) on 博达 Visual SiteBuilder (VSB), UTF-8.

Written from real VSB markup found with the `search` tool (code corpus, `find_string`); sources:
  - rendered VSB list pages quoted in public scrapers (lntdxy.com 招标公告, a Wuhu college list,
    a SJTU 教务处 analysis note, buaa/gzhu/whu crawlers): column pages `/<section>/<col>.htm`,
    page n ≥ 2 in a sub-folder with DESCENDING numbers (`zbgg.htm`, then `zbgg/10.htm` … `zbgg/1.htm`
    = the oldest page; "第 N 页 (N>=2) 的路径为 tztg/{232-N}.htm"), links relative to the page;
  - the VSB 9 pager as rendered: `<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span
    class="p_t">共52条</span> <span class="p_pages"><span class="p_first_d p_fun_d">首页</span><span
    class="p_prev_d p_fun_d">上页</span><span class="p_no_d">1</span><span class="p_no"><a
    href="zbgg/10.htm">2</a></span>…<span class="p_next p_fun"><a href="zbgg/10.htm">下页</a></span><span
    class="p_last p_fun"><a href="zbgg/1.htm">尾页</a></span></span> <span class="p_t">1/11</span></div>`;
  - the older VSB pager (soft.nenu.edu.cn, qinfeng.gov.cn, ahstu.edu.cn scrapers): `<td id="fanye148356">
    共49条&nbsp;&nbsp;1/5&nbsp;</td>` then `<span class="PrevDisabled">首页</span>…<a href="djgz/4.htm"
    class="Next">下页</a><a href="djgz/1.htm" class="Next">尾页</a>` and a 转到 box (`a148356GOPAGE`);
  - list rows `<li id="line_u5_0">` with `<span id="section_u5_0" style="display:none;"><hr …></span>`
    separators and a `_showDynClickBatch([…],[3201,…],"wbnews", 1632666717)` script after the list;
  - articles `/info/<treeid>/<id>.htm` (also reachable as `content.jsp?urltype=news.NewsContentUrl&
    wbtreeid=1288&wbnewsid=6206`), the text in `<form name="_newscontent_fromname">` … `<div
    id="vsb_content"><div class="v_news_content"><p class="vsbcontent_start">…<p class="vsbcontent_end">`,
    click counts `<script>_showDynClicks("wbnews", 1768654345, 28935)</script>`, attachments
    `<ul style="list-style-type:none;"><li>附件【<a href="/system/_content/download.jsp?urltype=news.
    DownloadAttachUrl&amp;owner=…&amp;wbfileid=…">…</a>】已下载<span id="nattach…">…次</li></ul>`,
    meta ArticleTitle / PubDate / ContentSource (a whu.edu.cn RSS route reads them);
  - the head of every VSB page: `<!--Announced by Visual SiteBuilder 9-->`, `_sitegray`, a
    `<!-- CustomerNO:… -->` comment, `counter.js` with `_jsq_(1001,'/index.jsp',-1,1183494679)`;
    dynamic lists `list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1012` (and paged as
    `list.jsp?a50823t=111&a50823p=1&a50823c=10&urltype=tree.TreeTempUrl&wbtreeid=1012`); county
    governments on VSB (xuyong.gov.cn content.jsp, qinfeng.gov.cn, gaj.cngy.gov.cn/info/1328/11620.htm).
Guesses, said as such: the VSB 8 list component's `class="c127268"` / `timestyle127268` row classes
(recalled, not found), the 政务公开 area's metadata table and its labels, the empty-list text
(暂无信息), the disclosure template's footer, every footer, the 404 page of VWebServer, and what a
dynamic list.jsp page of a static column looks like (the same rows, its own pager).

Variety on purpose: two pager generations (p_pages and fanye), descending later-page numbers (the
oldest page is `1.htm`, the one a naive reader takes for page 1), the same column also served at a
dynamic list.jsp address, articles linked by both their static and their content.jsp address,
dates `2026-10-18`, `2026年09月20日`, `[10-12]` (year only on the article) and a regeneration
pile (every row and PubDate the same day, the articles' own dates older), empty columns with and
without a marker, a 情况说明 column, undated single pages. Every planted defect is an `Expected`
entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 10, 20)
COUNTY = "鹤川县"
GOV = "鹤川县人民政府"
SITE_ID = "5226350001"
OWNER = 1768654345  # the VSB site owner number in click-count scripts
HTML = "text/html"  # VWebServer sends no charset; the page's meta says UTF-8
DISCLOSURE_DOCS = r"^/info/104\d/\d+\.htm$|^/content\.jsp\?urltype=news\.NewsContentUrl&wbtreeid=10[45]\d&"  # the 政务公开 document template (footer without ICP)


_REL = re.compile(r"\{rel:([^}]+)\}")


def _a(url: str) -> str:
    return escape(url, quote=True)


def rel(src: str, dst: str) -> str:
    """The relative link VSB writes on page `src` to root-relative `dst` (keeps any query)."""
    path, q, query = dst.partition("?")
    out = posixpath.relpath(path, posixpath.dirname(src) or "/")
    return out + (q + query if q else "")


def content_jsp(tree: int, doc_id: int) -> str:
    return f"/content.jsp?urltype=news.NewsContentUrl&wbtreeid={tree}&wbnewsid={doc_id}"


def list_jsp(tree: int, page: int = 0, pages: int = 0, per_page: int = 0) -> str:
    """A dynamic list address: bare, or paged with the component's a<N>t/p/c parameters."""
    if not page:
        return f"/list.jsp?urltype=tree.TreeTempUrl&wbtreeid={tree}"
    return f"/list.jsp?a5t={pages}&a5p={page}&a5c={per_page}&urltype=tree.TreeTempUrl&wbtreeid={tree}"


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = GOV
    fields: dict[str, str] | None = None
    links: str = ""  # a related box; `{rel:/root/path}` is written relative to the page that shows it
    files: list[tuple[str, str]] = field(default_factory=list)  # (href, name) attachments
    listed: date | None = None  # a regenerated list's row date (and PubDate): the pile's day


@dataclass
class Col:
    tree: int
    path: str  # "/xwzx/hcyw": page 1 is path + ".htm", page n ≥ 2 is path + "/<P+1-n>.htm"
    name: str
    section: str  # xwzx | zwgk
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 12
    pager: str = "new"  # new (p_pages) | old (fanye)
    rows: str = "li"  # li | table (文号 column) | old (c/timestyle classes)
    dates: str = "iso"  # iso | cn | md ([10-12], the year only on the article)
    empty: str | None = None  # the text of an empty list, None: nothing at all
    note: str = ""  # a 情况说明 instead of a list
    dynamic: bool = False  # served only by list.jsp (paged ?totalpage=P&PAGENUM=n&…) and content.jsp

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        if self.dynamic:
            return list_jsp(self.tree) if n == 1 else \
                f"/list.jsp?totalpage={self.pages}&PAGENUM={n}&urltype=tree.TreeTempUrl&wbtreeid={self.tree}"
        return f"{self.path}.htm" if n == 1 else f"{self.path}/{self.pages + 1 - n}.htm"

    def doc_url(self, d: Doc) -> str:
        return content_jsp(self.tree, d.id) if self.dynamic else f"/info/{self.tree}/{d.id}.htm"


# ---------------------------------------------------------------- page shells

_NAV = (("网站首页", "/index.htm"), ("新闻中心", "/xwzx.htm"), ("鹤川要闻", "/xwzx/hcyw.htm"), ("乡镇动态", "/xwzx/xzdt.htm"),
        ("部门动态", "/xwzx/bmdt.htm"), ("通知公告", "/xwzx/tzgg.htm"), ("政务公开", "/zwgk.htm"),
        ("专题专栏", "/ztzl.htm"))


def _head(title: str, meta: dict[str, str], page_id: int) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}">' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.hechuan.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<HEAD><META content="text/html; charset=UTF-8" http-equiv="Content-Type">'
            f'<TITLE>{escape(title)}</TITLE><META Name="keywords" Content="{COUNTY},{GOV}" />{metas}'
            '<link rel="stylesheet" type="text/css" href="/style/style.css">\n'
            '<!--Announced by Visual SiteBuilder 9-->\n'
            '<link rel="stylesheet" type="text/css" href="/_sitegray/_sitegray_d.css" />\n'
            '<script language="javascript" src="/_sitegray/_sitegray.js"></script>\n'
            '<!-- CustomerNO:7765626265723230747a4754535b574200030004 -->\n'
            '<script type="text/javascript" src="/system/resource/js/counter.js"></script>\n'
            f"<script type=\"text/javascript\">_jsq_({page_id},'/list.jsp',-1,{OWNER})</script></HEAD>")


def _footer(icp: bool = True, home: bool = False) -> str:
    icp_link = '<a href="https://beian.miit.gov.cn/" target="_blank">黔ICP备12003456号-1</a>&nbsp;&nbsp;' if icp else ""
    marks = ('<p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=5F2A0C1B3D" '
             'target="_blank"><img id="imgConac" src="/images/red.png" border="0"></a></span>'
             f'<script id="_jiucuo_" sitecode="{SITE_ID}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>'
             ) if home else ""
    return (f'<div id="footer"><div class="container"><p>主办：{GOV}办公室&nbsp;&nbsp;承办：{COUNTY}大数据发展中心</p>'
            f'<p>地址：{COUNTY}人民路88号&nbsp;&nbsp;电话：0851-2263001</p><p>网站标识码：{SITE_ID}&nbsp;&nbsp;{icp_link}'
            '<a target="_blank" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=52263502000123">'
            f'<img src="/images/ga.png">&nbsp;黔公网安备 52263502000123号</a></p>{marks}</div></div>')


def _top(url: str) -> str:
    items = "".join(f'<li class="list-menu{" current" if u == url else ""}"><a href="{_a(rel(url, u))}">{n}</a></li>'
                    for n, u in _NAV)
    return (f'<div class="header"><div class="logo"><a href="{rel(url, "/index.htm")}"><img src="{rel(url, "/images/logo.png")}" '
            f'alt="{GOV}"></a></div><div class="nav"><ul class="menu">{items}</ul></div></div>')


def _page(url: str, title: str, body: str, meta: dict[str, str], page_id: int, icp: bool = True,
          home: bool = False) -> Resource:
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<HTML>'
            f'{_head(title, meta, page_id)}<BODY>{_top(url)}{body}{_footer(icp, home)}</BODY></HTML>')
    return Resource(html.encode("utf-8"), HTML)


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


_SECTIONS = {"xwzx": "新闻中心", "zwgk": "政务公开"}


def _crumb(url: str, col: Col | None, tail: str = "") -> str:
    parts = [f'<a href="{rel(url, "/index.htm")}">网站首页</a>']
    if col is not None:
        section = _SECTIONS[col.section]
        parts.append(f'<a href="{rel(url, "/zwgk.htm")}">{section}</a>' if col.section == "zwgk" else section)
        parts.append(f'<a href="{_a(rel(url, col.url()))}">{col.name}</a>')
    if tail:
        parts.append(tail)
    return '<ul class="breadcrumb">当前位置：' + "&gt;".join(parts) + "</ul>"


# ---------------------------------------------------------------- lists

def _fmt(d: date, style: str) -> str:
    return {"iso": f"{d:%Y-%m-%d}", "cn": f"{d:%Y年%m月%d日}", "md": f"[{d:%m-%d}]"}[style]


def _rows(col: Col, url: str, docs: list[Doc]) -> str:
    if not docs:
        return f'<ul class="list"><li class="nodata">{col.empty}</li></ul>' if col.empty else '<ul class="list"></ul>'
    if col.rows == "old":
        trs = "".join(f'<tr id="line_u6_{n}"><td><a href="{_a(rel(url, col.doc_url(d)))}" class="c127268" title="{d.title}">'
                      f'{d.title}</a></td><td width="1%" nowrap><span class="timestyle127268">'
                      f"{_fmt(d.listed or d.when, col.dates)}</span></td></tr>" for n, d in enumerate(docs))
        return f'<table width="100%" class="winstyle127268">{trs}</table>'
    if col.rows == "table":
        trs = "".join(f'<tr id="line_u7_{n}"><td class="bt"><a href="{_a(rel(url, col.doc_url(d)))}" title="{d.title}" '
                      f'target="_blank">{d.title}</a></td><td>{(d.fields or {}).get("发文字号", "")}</td>'
                      f"<td>{_fmt(d.listed or d.when, col.dates)}</td></tr>" for n, d in enumerate(docs))
        return ('<table class="gk_list" width="100%"><tr><th>标题</th><th>文号</th><th>发布日期</th></tr>'
                f"{trs}</table>")
    lis = "".join(f'<li id="line_u5_{n}"><a href="{_a(rel(url, col.doc_url(d)))}" target="_blank" title="{d.title}">{d.title}'
                  f"</a><span>{_fmt(d.listed or d.when, col.dates)}</span></li>"
                  f'<span id="section_u5_{n}" style="display:none;"><hr style="height:1px;border:none;'
                  'border-top:1px dashed #CCCCCC;"></span>' for n, d in enumerate(docs))
    clicks = ("<script>_showDynClickBatch([" + ",".join(f"'dynclicks_u5_{d.id}'" for d in docs) + "],["
              + ",".join(str(d.id) for d in docs) + f'],"wbnews", {OWNER})</script>')
    return f'<ul class="list">{lis}</ul>{clicks}'


def _new_pager(col: Col, n: int, url: str, page_url: Callable[[int], str]) -> str:
    """VSB 9's pb_sys pager (links relative to the page); `page_url` gives page k's address."""
    pages = col.pages
    link = lambda k, text, cls: f'<span class="{cls}"><a href="{_a(rel(url, page_url(k)))}">{text}</a></span>'  # noqa: E731
    parts = [link(1, "首页", "p_first p_fun") if n > 1 else '<span class="p_first_d p_fun_d">首页</span>',
             link(n - 1, "上页", "p_prev p_fun") if n > 1 else '<span class="p_prev_d p_fun_d">上页</span>']
    parts += [f'<span class="p_no_d">{k}</span>' if k == n else link(k, str(k), "p_no") for k in range(1, pages + 1)]
    parts += [link(n + 1, "下页", "p_next p_fun") if n < pages else '<span class="p_next_d p_fun_d">下页</span>',
              link(pages, "尾页", "p_last p_fun") if n < pages else '<span class="p_last_d p_fun_d">尾页</span>']
    return ('<div class="pb_sys_common pb_sys_normal pb_sys_style1" style="margin-top:10px;text-align:center;">'
            f'<span class="p_t">共{len(col.docs)}条</span> <span class="p_pages">{"".join(parts)}</span> '
            f'<span class="p_t">{n}/{pages}</span></div>')


def _old_pager(col: Col, n: int, url: str) -> str:
    """The VSB 8 list pager: 共N条 n/P in a fanye cell, Prev/Next anchors, a 转到 box."""
    pages = col.pages
    # a dynamic list's pager links its pages by query alone (`?totalpage=2&PAGENUM=2&…`)
    href = (lambda k: _a("?" + col.url(k).partition("?")[2])) if col.dynamic else (lambda k: _a(rel(url, col.url(k))))
    a = lambda k, text, cls: f'<a href="{href(k)}" class="{cls}">{text}</a>'  # noqa: E731
    first = a(1, "首页", "Prev") + a(n - 1, "上页", "Prev") if n > 1 else \
        '<span class="PrevDisabled">首页</span><span class="PrevDisabled">上页</span>'
    last = a(n + 1, "下页", "Next") + a(pages, "尾页", "Next") if n < pages else \
        '<span class="NextDisabled">下页</span><span class="NextDisabled">尾页</span>'
    return (f'<table width="100%"><tr><td id="fanye127268" width="1%" nowrap align="left">共{len(col.docs)}条&nbsp;&nbsp;'
            f'{n}/{pages}&nbsp;</td><td nowrap align="left"><div>{first}{last}&nbsp;&nbsp;'
            '<input class="defaultButtonStyle" id="gotopagebut" name="a127268Find" value="转到" '
            'onclick="javascript:a127268_gopage_fun()" type="button">'
            '<input size="2" class="defaultInputStyle" name="a127268GOPAGE" id="a127268GOPAGE" value=""> 页</div></td></tr></table>')


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.aliases: list[tuple[Col, Doc]] = []  # articles also linked at their content.jsp address
        self.next_id = 3200

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def side(self, col: Col, url: str) -> str:
        """The left menu of the column's section; the current column's anchor has class="active"."""
        items = [(c.url(), c.name) for c in self.cols if c.section == col.section]
        if col.section == "zwgk":
            items = [*_STATICS[:2], *items, *_STATICS[2:]]
        active = ' class="active"'
        links = "".join(f'<div class="panel-body"><a href="{_a(rel(url, u))}"{active if u == col.url() else ""}>{n}</a></div>'
                        for u, n in items)
        return f'<div class="col-md-2"><div class="panel"><div class="panel-heading">{_SECTIONS[col.section]}</div>{links}</div></div>'

    def list_page(self, col: Col, url: str, n: int, docs: list[Doc], pager: str) -> Resource:
        inner = f'<div class="note">{col.note}</div>' if col.note else _rows(col, url, docs) + pager
        body = (f'<div class="subpage"><div class="row">{self.side(col, url)}<div class="col-md-10"><div class="second-block">'
                f'<div class="title">{_crumb(url, col)}<h3>{col.name}</h3></div><div class="sec-list">'
                '<script language="javascript" src="/system/resource/js/dynclicks.js"></script>'
                f"{inner}</div></div></div></div></div>")
        return _page(url, f"{col.name}-{GOV}", body, _col_meta(col.name), col.tree)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.listed or d.when, d.id), reverse=True)
            for n in range(1, col.pages + 1):
                url = col.url(n)
                chunk = col.docs[(n - 1) * col.per_page: n * col.per_page]
                pager = "" if col.pages < 2 else (_old_pager(col, n, url) if col.pager == "old"
                                                  else _new_pager(col, n, url, col.url))
                self.res[url] = self.list_page(col, url, n, chunk, pager)
                if n > 1:
                    self.traps.append(Trap(url, LATER_PAGE))
            for d in col.docs:
                self.article(col, d)

    def dynamic(self, col: Col) -> None:
        """The same column served by list.jsp: bare, and paged by its own pager (a5p=1 is page 1 again)."""
        paged = lambda k: list_jsp(col.tree, k, col.pages, col.per_page)  # noqa: E731
        for url, k in ((list_jsp(col.tree), 1), *((paged(k), k) for k in range(1, col.pages + 1))):
            chunk = col.docs[(k - 1) * col.per_page: k * col.per_page]
            pager = _new_pager(col, k, url, paged) if col.pages > 1 else ""
            self.res[url] = self.list_page(col, url, k, chunk, pager)
            note = LATER_PAGE if k > 1 else f"{col.name}的动态地址（list.jsp），与 {col.url()} 是同一栏目"
            self.traps.append(Trap(url, note))
            if col.pages == 1:
                break

    def article(self, col: Col, d: Doc, url: str = "") -> None:
        """The article page at its /info/ address, or at `url` (a content.jsp address of it)."""
        url = url or col.doc_url(d)
        info = ""
        if d.fields:
            cells = [f'<td class="t1">{k}</td><td class="t2">{v}</td>' for k, v in d.fields.items()]
            info = ('<table class="xxgk_info" width="100%" cellspacing="0">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>")
        files = ""
        if d.files:
            files = '<ul style="list-style-type:none;">' + "".join(
                f'<li>附件【<a href="{_a(rel(url, h))}" target="_blank">{name}</a>】已下载<span id="nattach{d.id}{k}">'
                f'<script language="javascript">getClickTimes({d.id}{k},{OWNER},"wbnewsfile","attach")</script></span>次</li>'
                for k, (h, name) in enumerate(d.files)) + "</ul>"
        body = (f'<div class="subpage"><div class="row">{self.side(col, url)}<div class="col-md-10">{_crumb(url, col, "正文")}'
                '<script language="javascript" src="/system/resource/js/news/newscontent.js"></script>'
                f'<form name="_newscontent_fromname">{info}<div class="content-title"><h3>{d.title}</h3>'
                f'<i>发布时间：{d.when:%Y-%m-%d}&nbsp;&nbsp;来源：{d.source}&nbsp;&nbsp;点击数：'
                f'<script>_showDynClicks("wbnews", {OWNER}, {d.id})</script></i></div>'
                f'<div id="vsb_content"><div class="v_news_content">{d.body}</div></div><div id="div_vote_id"></div>'
                f"{files}{_REL.sub(lambda m: _a(rel(url, m.group(1))), d.links)}</form></div></div></div>")
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.listed or d.when:%Y-%m-%d} 09:30",
                "ContentSource": d.source}
        self.res[url] = _page(url, f"{d.title}-{GOV}", body, meta, col.tree, icp=col.section != "zwgk")


def _paras(*texts: str) -> str:
    """VSB's editor output: the first and last paragraphs carry vsbcontent_start / _end."""
    out = [f"<p>{t}</p>" for t in texts]
    out[0] = out[0].replace("<p>", '<p class="vsbcontent_start">', 1)
    out[-1] = out[-1].replace("<p>", '<p class="vsbcontent_end">', 1) if len(out) > 1 else out[-1]
    return "".join(out)


_SUBJECTS = ("召开县政府常务会议", "开展安全生产大检查", "推进乡村振兴示范点建设", "召开防汛抗旱工作调度会",
             "督查民生实事项目进展", "开展文明城市创建志愿服务", "调研重点企业生产经营", "召开森林防火工作会议",
             "举办农民丰收节活动", "推进城乡供水一体化", "开展义务教育均衡发展督导", "召开招商引资推进会")
_TOWNS = ("龙潭镇", "石桥乡", "白岩镇", "青山乡")
_STATICS = (("/zwgk/zfxxgkzn.htm", "政府信息公开指南"), ("/zwgk/zfxxgkzd.htm", "政府信息公开制度"),
            ("/zwgk/ysqgk.htm", "依申请公开"), ("/zwgk/jgzn.htm", "机构职能"))
BROKEN_IMAGE = "/__local/9/6F/2D/7E0B5C1A3F6D8E2B4C7A9D1E0F3_8A2C4D6E_5B1C3.jpg"
BROKEN_PDF = "/__local/3/A1/B2/C3D4E5F60718293A4B5C6D7E8F9_0A1B2C3D_2D1E4.pdf"


def _news(s: _Site) -> tuple[Col, Col]:
    hcyw = Col(1012, "/xwzx/hcyw", "鹤川要闻", "xwzx", per_page=16)
    for i in range(40):
        hcyw.docs.append(s.doc(f"{COUNTY}{_SUBJECTS[i % 12]}（第{i + 1}期）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{COUNTY}{_SUBJECTS[i % 12]}。", "会议强调，要压实责任，确保各项工作落地见效。"),
                               source=f"{COUNTY}融媒体中心"))
    hcyw.docs[3].body += f'<p class="vsbcontent_img"><img width="600" src="{BROKEN_IMAGE}" orisrc="{BROKEN_IMAGE}"></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404（VSB __local 上传路径）", probe="status:404"))
    hcyw.docs[6].body += '<p>相关阅读：<a href="../../info/1012/99999.htm">我县召开全县经济工作会议</a></p>'
    s.key.append(Expected("broken-links", "/info/1012/99999.htm", "正文链接指向已删除的文章（404）", probe="status:404"))
    good_img = "/__local/2/4C/11/5D6E7F8091A2B3C4D5E6F708192_1B2C3D4E_3A2B1.jpg"
    hcyw.docs[8].body += f'<p class="vsbcontent_img"><img width="600" src="{good_img}" orisrc="{good_img}"></p>'
    s.res[good_img] = Resource(tiny_png(), "image/jpeg")

    xzdt = Col(1013, "/xwzx/xzdt", "乡镇动态", "xwzx", pager="old", rows="old", dates="cn")
    for i in range(26):
        xzdt.docs.append(s.doc(f"{_TOWNS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", date(2026, 9, 20) - timedelta(days=i * 7)))
    s.key.append(Expected("stale-columns", xzdt.url(), "动态类栏目最新信息 2026-09-20，超过 14 天", probe="newest:2026-09-20"))

    # 部门动态: a regeneration pile. Every row and every PubDate says 2026-10-16; the articles' own
    # 发布时间 are older (the newest 2026-08-28).
    bmdt = Col(1015, "/xwzx/bmdt", "部门动态", "xwzx", per_page=10)
    for i in range(24):
        d = s.doc(f"{('县发改局', '县教育局', '县卫健局', '县农业农村局')[i % 4]}{_SUBJECTS[(i + 2) % 12]}",
                  date(2026, 8, 28) - timedelta(days=i * 6))
        d.listed = date(2026, 10, 16)
        bmdt.docs.append(d)
    s.key.append(Expected("stale-columns", bmdt.url(), "列表日期与 PubDate 都是再生成日 2026-10-16，文章显示的最新发布日期为 2026-08-28",
                          probe="newest-shown:2026-08-28"))

    tzgg = Col(1014, "/xwzx/tzgg", "通知公告", "xwzx", per_page=8, dates="md")
    for i in range(20):
        tzgg.docs.append(s.doc(f"关于做好{('秋季森林防火', '国庆假期安全', '冬季供暖', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 10, 12) - timedelta(days=i * 13), source=f"{GOV}办公室"))
    tzgg.docs[2].files.append((BROKEN_PDF, "报名表.pdf"))
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    ok_file = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={OWNER}&wbfileid=7781"
    tzgg.docs[4].files.append((ok_file, "实施方案.pdf"))
    s.res[ok_file] = Resource(fake_pdf("notice"), "application/pdf")
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 5, 11),
                           _paras("经清理，继续有效的行政规范性文件23件，宣布失效3件，废止2件。", f"{GOV}", "2026年5月11日")))
    # 公示公告: rows `[03-02]` only (the year is on the articles), the newest 2026-03-02: stale.
    # Added in a second batch, its key entry written before the tool ran on it.
    gsgg = Col(1016, "/xwzx/gsgg", "公示公告", "xwzx", per_page=8, dates="md")
    for i in range(11):
        gsgg.docs.append(s.doc(f"{('拟任职干部', '行政许可事项', '征收土地补偿安置方案')[i % 3]}公示（{i + 1}）",
                               date(2026, 3, 2) - timedelta(days=i * 19), source=f"{GOV}办公室"))
    s.key.append(Expected("stale-columns", gsgg.url(), "公示公告列表只显示月日（[03-02]），文章显示最新发布日期 2026-03-02，超过 6 个月",
                          probe="newest-doc:2026-03-02"))
    for c in (hcyw, xzdt, bmdt, tzgg, gsgg):
        s.cols.append(c)
    return hcyw, tzgg


# Normative documents (subject, defect): missing / late / unlinked / dynlink / meta:<label>
_NORMATIVE = (("农村集体资产管理", ""), ("城区停车管理", "missing"), ("建设用地审批管理", "meta:发文字号"),
              ("政府投资项目管理", "late"), ("中小企业扶持资金管理", "dynlink"), ("城镇老旧小区改造", ""),
              ("农村宅基地管理", "meta:有效性"), ("公共租赁住房管理", ""), ("住房公积金提取管理", ""))
_POLICY = (("加快民营经济发展", ""), ("推进数字政府建设", "unlinked"), ("稳就业若干措施", ""), ("促进文旅融合发展", "missing"))


def _disclosure(s: _Site) -> list[tuple[str, Doc]]:
    gfx = Col(1041, "/zwgk/gfxwj", "规范性文件", "zwgk", per_page=6, rows="table")
    zcwj = Col(1042, "/zwgk/zcwj", "政策文件", "zwgk", rows="table")
    zcjd = Col(1043, "/zwgk/zcjd", "政策解读", "zwgk", per_page=10)
    plans: list[tuple[Col, Doc, str]] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 9, 28) - timedelta(days=23 * k)
        number = f"鹤府规〔{when.year}〕{12 - k}号"
        d = s.doc(f"{GOV}关于印发《{COUNTY}{subject}办法》的通知", when)
        d.fields = {"索引号": f"115226350095871234/{when.year}-{k + 31:05d}", "主题分类": "综合政务",
                    "发布机构": GOV, "发文字号": number, "成文日期": f"{when - timedelta(days=4):%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if defect == "meta:发文字号":
            d.fields["发文字号"] = ""
        elif defect == "meta:有效性":
            del d.fields["有效性"]
        gfx.docs.append(d)
        plans.append((gfx, d, defect))
    for k, (subject, defect) in enumerate(_POLICY):
        when = date(2026, 10, 9) - timedelta(days=31 * k)
        number = f"鹤府办发〔{when.year}〕{50 - k}号"
        d = s.doc(f"{GOV}办公室关于{subject}的实施意见", when)
        d.fields = {"索引号": f"115226350095871234/{when.year}-{k + 71:05d}", "主题分类": "综合政务",
                    "发布机构": f"{GOV}办公室", "发文字号": number, "成文日期": f"{when - timedelta(days=2):%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}"}
        zcwj.docs.append(d)
        plans.append((zcwj, d, defect))
    for col, d, defect in plans:
        short = d.title.split("《")[1].split("》")[0] if "《" in d.title else d.title.split("关于")[1].removesuffix("的实施意见")
        d.body = _paras(f"各乡（镇）人民政府，县政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        f"{GOV}", f"{d.when.year}年{d.when.month}月{d.when.day}日")
        url = col.doc_url(d)
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{defect[5:]}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"{col.name}《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 19 if defect == "late" else d.id % 3
        i = s.doc((f"《{short}》政策解读", f"一图读懂《{short}》", f"关于《{short}》的解读")[d.id % 3], d.when + timedelta(days=lag),
                  _paras("一、起草背景", "二、主要内容", "三、政策措施"), source=f"{GOV}办公室")
        if defect != "unlinked":
            target = content_jsp(col.tree, d.id) if defect == "dynlink" else url
            i.links = f'<div class="xgwj"><span>相关文件：</span><a href="{{rel:{target}}}">{d.title}</a></div>'
            d.links = (f'<div class="xgjd"><h4>相关解读</h4><ul><li><a href="{{rel:{zcjd.doc_url(i)}}}">{i.title}</a></li>'
                       "</ul></div>")
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        elif defect == "dynlink":
            s.traps.append(Trap(url, "解读链接的是文件的动态地址（content.jsp），与 /info/ 静态地址是同一文件：已互相链接"))
        zcjd.docs.append(i)
    dyn = next(d for _, d, defect in plans if defect == "dynlink")
    s.aliases.append((gfx, dyn))

    rsxx = Col(1044, "/zwgk/rsxx", "人事信息", "zwgk", dates="cn")
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('杨', '吴', '罗', '田')[n % 4]}某某等同志职务任免的通知", date(2025, 7, 30) - timedelta(days=61 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-07-30，超过 1 年", probe="newest:2025-07-30"))
    czyjs = Col(1045, "/zwgk/czyjs", "财政预决算", "zwgk", empty="暂无信息")
    s.key.append(Expected("empty-columns", czyjs.url(), "财政预决算栏目为空（只有“暂无信息”）", probe="no-rows"))
    zdxm = Col(1046, "/zwgk/zdxm", "重点项目", "zwgk")
    s.key.append(Expected("empty-columns", zdxm.url(), "重点项目栏目列表区什么也没有", probe="no-rows"))
    zdjs = Col(1049, "/zwgk/zdjsxm", "重大建设项目", "zwgk",
               note="情况说明：2026年度本县无新开工的政府投资重大建设项目，项目批准和实施信息将在立项后及时公开。")
    s.traps.append(Trap(zdjs.url(), "只有情况说明的栏目不是空白栏目"))
    jyta = Col(1047, "/zwgk/jytabl", "建议提案办理", "zwgk", per_page=10, pager="old", rows="old")
    for n in range(17):
        jyta.docs.append(s.doc(f"对县十八届人大{3 + n // 9}次会议第{n + 5}号建议的答复", AS_OF - timedelta(days=8 + 10 * n)))
    ndbg = Col(1048, "/zwgk/ndbg", "政府信息公开年报", "zwgk")
    published = {2025: date(2026, 3, 24), 2024: date(2025, 4, 7), 2022: date(2023, 3, 31), 2021: date(2022, 3, 25),
                 2020: date(2021, 3, 30)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 11))
        ndbg.docs.append(d)
        if year == 2024:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2024 年度报告 2025-04-07 发布，晚于 3 月 31 日",
                                  match=(COUNTY, "2024"), probe="late:2025-03-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在截止日 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2023 年度政府信息公开工作年度报告",
                          match=(COUNTY, "2023"), probe="no-report:2023"))
    # 规划计划, a fourth batch (key first): a VSB 8 column served only dynamically, page 2 at
    # `list.jsp?totalpage=2&PAGENUM=2&…`, articles only at content.jsp; newest 2025-06-30: stale.
    ghjh = Col(1050, "/zwgk/ghjh", "规划计划", "zwgk", per_page=10, pager="old", rows="old", dynamic=True)
    for n in range(14):
        ghjh.docs.append(s.doc(f"{COUNTY}{('农业农村', '交通运输', '生态环境', '文化旅游')[n % 4]}发展规划实施情况（{n + 1}）",
                               date(2025, 6, 30) - timedelta(days=45 * n)))
    s.key.append(Expected("stale-columns", ghjh.url(), "只以 list.jsp 动态地址提供的规划计划栏目最新信息 2025-06-30，超过 1 年",
                          probe="newest:2025-06-30"))
    for c in (gfx, zcwj, zcjd, rsxx, czyjs, zdxm, zdjs, jyta, ndbg, ghjh):
        s.cols.append(c)
    return [(c.doc_url(d), d) for c in (zcwj, gfx) for d in c.docs[:2 if c is zcwj else 3]]


def _statics(s: _Site) -> None:
    """VSB 文章型栏目: the column page shows one text itself (the guide dated, the others not)."""
    texts = {"政府信息公开指南": (_paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。",
                                   "一、主动公开　二、依申请公开　三、监督和救济"), date(2026, 2, 26)),
             "政府信息公开制度": (_paras("本县建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"), None),
             "依申请公开": (_paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：县政府办公室。"), None),
             "机构职能": (_paras(f"{GOV}是县级国家行政机关，执行县人民代表大会及其常务委员会的决议。"), None)}
    for url, name in _STATICS:
        text, when = texts[name]
        col = Col(1040, url.removesuffix(".htm"), name, "zwgk")
        shown = f"<i>发布时间：{when:%Y-%m-%d}</i>" if when else ""
        body = (f'<div class="subpage"><div class="row">{s.side(col, url)}<div class="col-md-10">{_crumb(url, col)}'
                f'<form name="_newscontent_fromname"><div class="content-title"><h3>{name}</h3>{shown}</div>'
                f'<div id="vsb_content"><div class="v_news_content">{text}</div></div></form></div></div></div>')
        meta = {**_col_meta(name), **({"PubDate": f"{when:%Y-%m-%d} 10:00"} if when else {})}
        s.res[url] = _page(url, f"{name}-{GOV}", body, meta, 1040)
        if when is None:
            s.traps.append(Trap(url, "无日期的单页（VSB 文章型栏目），不是栏目"))
    links = "".join(f'<li><a href="{_a(rel("/zwgk.htm", c.url()))}">{c.name}</a></li>' for c in s.cols if c.section == "zwgk")
    statics = "".join(f'<li><a href="{rel("/zwgk.htm", u)}">{n}</a></li>' for u, n in _STATICS)
    body = (f'<div class="subpage">{_crumb("/zwgk.htm", None, "政务公开")}<div class="gk_home"><ul class="gk_top">{statics}</ul>'
            f'<h3>法定主动公开内容</h3><ul class="gk_cats">{links}</ul></div></div>')
    s.res["/zwgk.htm"] = _page("/zwgk.htm", f"政务公开-{GOV}", body, _col_meta("政务公开"), 1040)


def _channel(s: _Site) -> None:
    """新闻中心 (/xwzx.htm), a VSB parent column: a block of each child column's newest rows, each
    with its 更多 link; a channel page, not a column (added in a third batch, as a trap)."""
    url = "/xwzx.htm"
    blocks = "".join(
        f'<div class="xw_box"><div class="xw_title"><h3>{c.name}</h3><a href="{_a(rel(url, c.url()))}" class="more">更多</a></div>'
        '<ul>' + "".join(f'<li><a href="{_a(rel(url, c.doc_url(d)))}" title="{d.title}">{d.title}</a>'
                         f'<span>{_fmt(d.listed or d.when, "iso" if c.dates == "md" else c.dates)}</span></li>'
                         for d in c.docs[:5]) + "</ul></div>"
        for c in s.cols if c.section == "xwzx" and c.docs)
    body = f'<div class="subpage">{_crumb(url, None, "新闻中心")}<div class="xw_index">{blocks}</div></div>'
    s.res[url] = _page(url, f"新闻中心-{GOV}", body, _col_meta("新闻中心"), 1010)
    s.traps.append(Trap(url, "新闻中心是频道页（各子栏目的区块和“更多”链接），不是栏目"))


def _home(s: _Site, hcyw: Col, tzgg: Col, gk: list[tuple[str, Doc]]) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<div class="index_box"><div class="index_title"><h3>{title}</h3><a href="{_a(rel("/index.htm", more))}" '
                f'class="more">更多&gt;&gt;</a></div><ul>{rows}</ul></div>')
    yw = "".join(f'<li><a href="{rel("/index.htm", hcyw.doc_url(d))}" title="{d.title}">{d.title}</a>'
                 f"<span>{d.when:%m-%d}</span></li>" for d in hcyw.docs[:8])
    # VSB components with 静态化 off link content.jsp and list.jsp: the same articles and column.
    tz = "".join(f'<li><a href="{_a(rel("/index.htm", content_jsp(tzgg.tree, d.id)))}" title="{d.title}">{d.title}</a>'
                 f"<span>{d.when:%m-%d}</span></li>" for d in tzgg.docs[:6])
    s.aliases += [(tzgg, d) for d in tzgg.docs[:6]]
    gkrows = "".join(f'<li><a href="{rel("/index.htm", u)}">{d.title}</a><span>{d.when:%m-%d}</span></li>' for u, d in gk)
    body = ('<div class="container index">' + block("鹤川要闻", hcyw.url(), yw) + block("通知公告", list_jsp(tzgg.tree), tz)
            + block("政务公开", "/zwgk.htm", gkrows)
            + f'<p class="zt"><a href="{_a(rel("/index.htm", list_jsp(1030)))}"><img src="images/zt.jpg" alt="学习贯彻专题"></a></p></div>')
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res["/index.htm"] = s.res["/"] = _page("/index.htm", GOV, body, meta, 1001, home=True)


NOT_FOUND = ('<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>'
             '<p>The requested URL was not found on this server.</p><hr><address>VWebServer</address></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"vsb offers only the small size, not {size!r}")
    s = _Site()
    hcyw, tzgg = _news(s)
    ztzl = Col(1030, "/ztzl", "专题专栏", "xwzx")
    s.cols.append(ztzl)
    s.key.append(Expected("empty-columns", ztzl.url(), "专题专栏没有任何信息（也以 list.jsp 动态地址链接）", probe="no-rows"))
    gk = _disclosure(s)
    _statics(s)
    s.render()
    s.dynamic(tzgg)
    s.dynamic(ztzl)
    _channel(s)
    _home(s, hcyw, tzgg, gk)
    for col, d in s.aliases:  # content.jsp renders the article with links relative to itself
        s.article(col, d, content_jsp(col.tree, d.id))
    for img in ("logo.png", "red.png", "ga.png", "zt.jpg"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/style/style.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/_sitegray/_sitegray_d.css"] = Resource(b"", "text/css")
    for js in ("/_sitegray/_sitegray.js", "/system/resource/js/counter.js", "/system/resource/js/dynclicks.js",
               "/system/resource/js/news/newscontent.js"):
        s.res[js] = Resource(b"/* vsb */", "application/javascript")
    example = next(c for c in s.cols if c.tree == 1041)
    s.key.append(Expected("footer", example.doc_url(example.docs[0]), "政务公开文件页模板页脚缺 ICP 备案号",
                          probe="footer-lacks:ICP备", url_pattern=DISCLOSURE_DOCS))
    return SampleSite("vsb", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), "text/html", 404),
                      s.key, s.traps, frozenset())
