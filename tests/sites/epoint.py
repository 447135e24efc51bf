"""The "epoint" sample site: a county government portal (岚溪县人民政府) on 新点 Epoint WebBuilder
(江苏国泰新点: statically generated `.html` pages under category-number folders, a legacy ASP.NET
subsystem for dynamic pages), UTF-8.

Written from real Epoint markup found with the library tools (`find_string`, `read_file`); sources:
  - category-number folders and list pages: scrapers of Epoint portals quote `ggzy.siping.gov.cn/jyxx/
    004002/004002001/1.html`, `www.sxggzyjy.cn/jydt/001001/001001001/1.html`, `jlsggzyjy.gov.cn/jlsztb/
    jyxx/003001/003001001/003001001001/`, `www.jxzbtb.cn/jygg/003001/003001006/subpagesecond.html`, a
    government portal's `www.zgcy.gov.cn/ZGCY/zwgk/004017/004017001/`; an RSSHub route for 徐州市人力资源和
    社会保障局 (hrss.xz.gov.cn, `find_string "wb-tree-items"`) reads `/001/<category>/subPage.html`, the
    left tree `.wb-tree-items.current`, the body `.ewb-article-info` and `<meta name="PubDate">`;
    a zlsrc scraper turns page n of a list into `n.html` beside `subpage.html` (`'%d.html' % num if
    num > 1 else 'subpage.html'`);
  - article addresses `/<section>/<category>/<yyyymmdd>/<guid>.html`
    (`ggzy.hefei.gov.cn/zcfg/012004/20170905/1a1d5ddf-4546-4e5a-8108-ffdb3e30fcd8.html`);
  - list rows `<ul class="wb-data-item"><li class="wb-data-list"><div class="wb-data-infor"><a title href>
    </a></div><span class="wb-data-date">…</span></li>` (several scrapers) and `<ul class="ewb-list"><li>
    <a class="ewb-list-name ewb-otw">…</a><span class="ewb-list-date">` (sxggzyjy.cn);
  - the static pager `<ul class="ewb-page-items clearfix">` of `<li class="ewb-page-li ewb-page-hover">`
    links and `<li class="ewb-page-li ewb-page-noborder ewb-page-num"><span>1/15</span></li>` (sxggzyjy.cn,
    hyggzy.gov.cn), and the script pager `ShowAjaxNewPage(window.location.pathname,'categorypagingcontent',
    n)` that reloads the list area `#categorypagingcontent` with a `wb-page-li visible-desktop` count `1/5`
    (zgcy.gov.cn and others);
  - the legacy ASP.NET subsystem: `MoreInfo.aspx?CategoryNum=…&Paging=n` lists with a `<td class=
    "huifont">1/5</td>` count (wzggzy.wz.gov.cn, ggzy.jl.gov.cn) and article pages `InfoDetail/Default.aspx?
    InfoID=…&CategoryNum=…` whose 阅读次数 is `<script src="/qhweb/Upclicktimes.aspx?InfoID=…">` and whose
    buttons are 【我要打印】【关闭】 (the 青海 Epoint page in tests/model/test_real_pages_found.py);
  - the footer's `<script id="_jiucuo_" sitecode=… src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js">`.
Guessed, said as such: the attachment download address `/EpointWebBuilder/WebbuilderMIS/attach/
downloadZtbAttach.jspx?attachGuid=…&appUrlFlag=…&siteGuid=…` (recalled from Epoint trading sites, not
found in the library) and the 200 page it answers for a removed file; that page n of a script-paged list
is served at `n.html` (what `ShowAjaxNewPage` loads); the disclosure metadata table and its colon-less
label cells; the 相关解读/相关文件 boxes; the empty-list text 暂无信息; the picture list; the <meta> tags;
the 信息公开 and 新闻中心 index pages; every page's wording, the footer's wording and the 404 page.

Variety on purpose: three pager styles (static `n.html` links, a script pager whose later pages no
link names, the legacy `&Paging=n` pager of image buttons), `subPage.html` and `moreinfo.html` first
pages, dated folders and GUID file names, dynamic `InfoDetail/Default.aspx` aliases of static
documents linked from the home page, a dateless picture column, a column whose rows all show one
regeneration day, colon-less metadata labels, an attachment endpoint that answers a 200 page
"附件不存在" for a removed file, and a compliant annual report titled differently. Every planted defect is
an `Expected` entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "岚溪县"
GOV = "岚溪县人民政府"
SITE_ID = "3211830007"
SITE_GUID = "5b7c2e3a-8d41-4f0e-9a6b-2c1d3e4f5a6b"
HTML = "text/html; charset=utf-8"
APP = "/lxweb"  # the legacy ASP.NET subsystem
# the 信息公开 article template, at its static address or the legacy subsystem's
DISCLOSURE_DOCS = r"^/xxgk/002\d{3}/002\d{6}/\d{8}/[0-9a-f-]{36}\.html$|^/lxweb/InfoDetail/Default\.aspx\?InfoID=[0-9a-f-]{36}&CategoryNum=002"
ATTACH = "/EpointWebBuilder/WebbuilderMIS/attach/downloadZtbAttach.jspx"


def _a(url: str) -> str:
    return escape(url, quote=True)


def guid(n: int) -> str:
    """A deterministic lowercase GUID, as Epoint names its articles and attachments."""
    h = hashlib.md5(f"epoint-{n}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = GOV
    fields: dict[str, str] | None = None
    related: str = ""  # a 相关解读 / 相关文件 box
    files: list[tuple[str, str]] = field(default_factory=list)  # (href, name)
    listed: date | None = None  # the row's date when the list shows a regeneration day

    @property
    def guid(self) -> str:
        return guid(self.id)


@dataclass
class Col:
    path: str  # "/xwzx/001001": page 1 is path + "/" + first, page n is path + f"/{n}.html"
    num: str  # the category number
    name: str
    section: str  # xwzx | xxgk | hdjl
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    first: str = "subPage.html"  # subPage.html | moreinfo.html | aspx (the legacy subsystem)
    pager: str = "static"  # static (n.html links) | ajax (ShowAjaxNewPage) | paging (&Paging=n image buttons)
    rows: str = "data"  # data (wb-data-item) | list (ewb-list) | table (索引号/文号) | pic (no dates)
    empty: str | None = None  # the text of an empty list
    note: str = ""  # a 情况说明 instead of a list

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        if self.first == "aspx":
            return f"{APP}/ShowInfo/MoreInfo.aspx?CategoryNum={self.num}&Paging={n}"
        return f"{self.path}/{self.first}" if n == 1 else f"{self.path}/{n}.html"

    def doc_url(self, d: Doc) -> str:
        if self.first == "aspx":
            return dynamic_url(d, self.num)
        return f"{self.path}/{d.when:%Y%m%d}/{d.guid}.html"


def dynamic_url(d: Doc, num: str) -> str:
    """The legacy subsystem's address of an article (also served for static ones)."""
    return f"{APP}/InfoDetail/Default.aspx?InfoID={d.guid}&CategoryNum={num}"


_SECTIONS = {"xwzx": ("新闻中心", "/xwzx/index.html"), "xxgk": ("政府信息公开", "/xxgk/index.html"),
             "hdjl": ("互动交流", "/hdjl/index.html")}
_NAV = (("网站首页", "/"), ("新闻中心", "/xwzx/index.html"), ("政府信息公开", "/xxgk/index.html"),
        ("互动交流", "/hdjl/index.html"))


# ---------------------------------------------------------------- page shells

def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'    <meta name="{k}" content="{escape(v)}">\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.lanxi.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<head>\n    <meta charset="utf-8">\n    <meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            f'    <title>{escape(title)}</title>\n{metas}'
            '    <link rel="stylesheet" href="/css/epointgovcss.css">\n'
            '    <script src="/js/lib/jquery.min.js"></script>\n    <script src="/js/epointjs/pager.js"></script>\n</head>\n')


def _top(current: str) -> str:
    items = "".join(f'<li class="ewb-nav-item{" current" if n == current else ""}"><a href="{u}" class="ewb-nav-link">{n}</a></li>'
                    for n, u in _NAV)
    return ('<div class="ewb-header"><div class="container clearfix">'
            f'<a class="ewb-logo l" href="/"><img src="/images/logo.png" alt="{GOV}"></a>'
            '<div class="ewb-search r"><form action="/jsearchfront/search.do" method="get" target="_blank">'
            '<input type="hidden" name="websiteid" value="321183000000000"><input type="text" name="q" class="ewb-search-input">'
            '<button type="submit" class="ewb-search-btn">搜索</button></form></div></div></div>\n'
            f'<div class="ewb-nav"><ul class="container clearfix">{items}</ul></div>\n')


def _footer(site_id: bool = True) -> str:
    code = f"网站标识码：{SITE_ID}&emsp;" if site_id else ""
    return ('<div class="ewb-footer">\n  <div class="container">\n'
            f'    <p>主办单位：{GOV}办公室&emsp;承办单位：{COUNTY}大数据管理中心&emsp;地址：{COUNTY}岚溪大道88号</p>\n'
            f'    <p>{code}<a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备05031867号-1</a>&emsp;'
            '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=32118302000157" target="_blank">'
            '<img src="/images/gongan.png" alt="">苏公网安备 32118302000157号</a></p>\n'
            '    <p>技术支持：国泰新点软件股份有限公司&emsp;建议使用1366×768以上分辨率浏览本站</p>\n'
            f'    <div class="ewb-footer-mark"><span id="_ideConac"></span>'
            f'<script id="_jiucuo_" sitecode="{SITE_ID}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>\n'
            '  </div>\n</div>')


def _page(title: str, current: str, body: str, meta: dict[str, str], site_id: bool = True) -> Resource:
    html = (f"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n{_head(title, meta)}<body>\n{_top(current)}{body}\n"
            f"{_footer(site_id)}\n</body>\n</html>\n")
    return Resource(html.encode("utf-8"), HTML)


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


def _crumb(col: Col | None, tail: str = "") -> str:
    parts = ['<a href="/">首页</a>']
    if col is not None:
        name, url = _SECTIONS[col.section]
        parts += [f'<a href="{url}">{name}</a>', f'<a href="{_a(col.url())}">{col.name}</a>']
    if tail:
        parts.append(f"<span>{tail}</span>")
    return '<div class="ewb-location">当前位置：' + " &gt; ".join(parts) + "</div>"


# ---------------------------------------------------------------- lists

def _rows(col: Col, docs: list[Doc]) -> str:
    if not docs:
        return (f'<ul class="wb-data-item"><li class="wb-data-list">{col.empty}</li></ul>' if col.empty
                else '<ul class="wb-data-item"></ul>')
    when = lambda d: f"{d.listed or d.when:%Y-%m-%d}"  # noqa: E731
    if col.rows == "table":
        trs = "".join(f'<tr><td>{(d.fields or {}).get("索引号", "")}</td><td class="ewb-gk-name"><a href="{_a(col.doc_url(d))}" '
                      f'title="{d.title}" target="_blank">{d.title}</a></td><td>{(d.fields or {}).get("发文字号", "")}</td>'
                      f'<td>{when(d)}</td></tr>' for d in docs)
        return ('<table class="ewb-gk-list" width="100%"><tr><th>索引号</th><th>名称</th><th>发文字号</th><th>发布日期</th></tr>'
                f'{trs}</table>')
    if col.rows == "pic":
        lis = "".join(f'<li class="ewb-pic-item"><a href="{_a(col.doc_url(d))}" target="_blank"><img src="/images/pic/{d.guid}.jpg" '
                      f'alt="{d.title}"></a><p class="ewb-pic-tt"><a href="{_a(col.doc_url(d))}" target="_blank">{d.title}</a></p></li>'
                      for d in docs)
        return f'<ul class="ewb-pic-items clearfix">{lis}</ul>'
    if col.rows == "list":
        lis = "".join(f'<li class="ewb-list-node clearfix"><a href="{_a(col.doc_url(d))}" class="ewb-list-name ewb-otw" '
                      f'title="{d.title}" target="_blank">{d.title}</a><span class="ewb-list-date">{when(d)}</span></li>' for d in docs)
        return f'<ul class="ewb-list">{lis}</ul>'
    lis = "".join(f'\n    <li class="wb-data-list"><div class="wb-data-infor l"><a href="{_a(col.doc_url(d))}" title="{d.title}" '
                  f'target="_blank">{d.title}</a></div><span class="wb-data-date r">{when(d)}</span></li>' for d in docs)
    return f'<ul class="wb-data-item">{lis}\n</ul>'


def _static_pager(col: Col, n: int) -> str:
    """sxggzyjy.cn's pager: 首页/上页/下页/末页 links to n.html and the count `n/P` in a span."""
    pages = col.pages
    rel = lambda k: f"./{col.first}" if k == 1 else f"./{k}.html"  # noqa: E731
    li = lambda k, text: f'<li class="ewb-page-li ewb-page-hover"><a href="{rel(k)}">{text}</a></li>'  # noqa: E731
    off = lambda text: f'<li class="ewb-page-li ewb-page-hover disabled"><a href="javascript:void(0)">{text}</a></li>'  # noqa: E731
    first = off("首页") + off("上页") if n == 1 else li(1, "首页") + li(n - 1, "上页")
    last = off("下页") + off("末页") if n == pages else li(n + 1, "下页") + li(pages, "末页")
    return ('<div class="ewb-page"><ul class="ewb-page-items clearfix">' + first
            + f'<li class="ewb-page-li ewb-page-noborder ewb-page-num"><span>{n}/{pages}</span></li>' + last + "</ul></div>")


def _ajax_pager(col: Col, n: int) -> str:
    """The script pager: every item calls ShowAjaxNewPage(pathname, div, page); no address is written."""
    pages = col.pages
    go = lambda k, text: (f'<li class="wb-page-li"><a href="javascript:void(0)" onclick="ShowAjaxNewPage(window.location.pathname,'  # noqa: E731
                          f"'categorypagingcontent',{k})\">{text}</a></li>")
    items = go(1, "首页") + (go(n - 1, "上一页") if n > 1 else "")
    items += f'<li class="wb-page-li visible-desktop">{n}/{pages}</li>'
    items += (go(n + 1, "下一页") if n < pages else "") + go(pages, "尾页")
    return f'<div class="pages"><ul class="wb-page-items clearfix">{items}</ul></div>'


def _paging_pager(col: Col, n: int) -> str:
    """The legacy subsystem's pager: image buttons to `&Paging=n` and the count in td.huifont."""
    pages = col.pages
    img = lambda name, k: (f'<a href="{_a(col.url(k))}"><img src="{APP}/images/page/{name}.gif" border="0"></a>'  # noqa: E731
                           if k != n and 1 <= k <= pages else f'<img src="{APP}/images/page/{name}.gif" border="0">')
    return ('<table class="pager" width="100%"><tr><td align="right">' + img("firstn", 1) + img("prevn", n - 1)
            + f'</td><td class="huifont" width="60">{n}/{pages}</td><td align="left">' + img("nextn", n + 1) + img("lastn", pages)
            + "</td></tr></table>")


_PAGERS = {"static": _static_pager, "ajax": _ajax_pager, "paging": _paging_pager}


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 7700

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def tree(self, col: Col) -> str:
        items = "".join(f'\n    <li class="wb-tree-items{" current" if c is col else ""}"><h3 class="wb-tree-node">'
                        f'<a href="{_a(c.url())}" class="wb-tree-tt">{c.name}</a></h3></li>'
                        for c in self.cols if c.section == col.section)
        if col.section == "xxgk":
            items += "".join(f'\n    <li class="wb-tree-items"><h3 class="wb-tree-node"><a href="{u}" class="wb-tree-tt">{n}</a></h3></li>'
                             for u, n in _STATICS)
        return (f'<div class="ewb-left l"><div class="ewb-left-hd"><h2>{_SECTIONS[col.section][0]}</h2></div>'
                f'<ul class="wb-tree">{items}\n</ul></div>')

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.note:
            inner = f'<div class="ewb-qksm"><p>{col.note}</p></div>'
        else:
            pager = _PAGERS[col.pager](col, n) if col.pages > 1 else ""
            inner = f'<div id="categorypagingcontent">{_rows(col, docs)}\n{pager}</div>'
        body = (f'<div class="ewb-container container clearfix">\n{self.tree(col)}\n<div class="ewb-right r">\n{_crumb(col)}\n'
                f'<div class="ewb-right-hd"><span class="ewb-right-tt">{col.name}</span></div>\n<div class="ewb-right-bd">\n'
                f'{inner}\n</div></div></div>')
        return _page(f"{col.name}_{GOV}", _SECTIONS[col.section][0], body, _col_meta(col.name))

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.listed or d.when, d.id), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for d in col.docs:
                self.article(col, d)

    def article(self, col: Col, d: Doc) -> None:
        info = ""
        if d.fields is not None:
            cells = [f'<td class="ewb-gk-label">{k}</td><td class="ewb-gk-value">{v}</td>' for k, v in d.fields.items()]
            info = ('<table class="ewb-gk-table" width="100%">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>")
        files = ""
        if d.files:
            links = "".join(f'<li><a href="{_a(h)}" target="_blank">{name}</a></li>' for h, name in d.files)
            files = f'<div class="ewb-article-attach"><h4>附件：</h4><ul>{links}</ul></div>'
        counter = f'<script src="{APP}/Upclicktimes.aspx?InfoID={d.guid}"></script>'
        body = (f'<div class="ewb-container container clearfix">\n{_crumb(col, "正文")}\n<div class="ewb-article">\n{info}'
                f'<h2 class="ewb-article-tt">{d.title}</h2>\n'
                f'<div class="ewb-article-sources"><span>发布时间：{d.when:%Y-%m-%d}</span>&emsp;<span>信息来源：{d.source}</span>&emsp;'
                f'<span>阅读次数：{counter}</span></div>\n'
                f'<div class="ewb-article-info" id="mainContent"><!--EpointContent-->{d.body}</div>\n{files}{d.related}\n'
                '<div class="ewb-article-btn">【<a href="javascript:void(0)" onclick="window.print();">我要打印</a>】'
                '【<a href="javascript:window.close()">关闭</a>】</div>\n</div></div>')
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.listed or d.when:%Y-%m-%d} 09:00",
                "ContentSource": d.source}
        page = _page(f"{d.title}_{GOV}", _SECTIONS[col.section][0], body, meta, site_id=col.section != "xxgk")
        self.res[col.doc_url(d)] = page


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em">{t}</p>' for t in texts)


_SUBJECTS = ("召开县政府常务会议", "开展安全生产大检查", "推进农村人居环境整治", "召开防汛工作调度会", "督查民生实事进展",
             "开展文明城市创建志愿服务", "调研重点企业生产经营", "召开秸秆禁烧工作会议", "举办农民丰收节活动",
             "推进老旧小区改造", "开展义务教育督导", "召开招商引资推进会")
_TOWNS = ("岚城镇", "溪口镇", "白沙镇", "青石乡")
_STATICS = (("/xxgk/zfxxgkzn/index.html", "政府信息公开指南"), ("/xxgk/zfxxgkzd/index.html", "政府信息公开制度"),
            ("/xxgk/jgzn/index.html", "机构职能"), ("/xxgk/ysqgk/index.html", "依申请公开"))
BROKEN_IMAGE = "/xwzx/001001/20261031/images/3f2a9c0d1e.jpg"
DELETED = "/xwzx/001001/20260512/0d6c7a1e-5b2f-4c8a-9e3d-7f1b2a4c6e8d.html"
BROKEN_ATTACH = f"{ATTACH}?attachGuid=2e7d4b1a-9c3f-4a5e-8b6d-1f0a3c5e7d9b&appUrlFlag=lxweb&siteGuid={SITE_GUID}"
GONE_ATTACH = f"{ATTACH}?attachGuid=8a1c3e5f-7b9d-4f2a-b4c6-d8e0f2a4c6e8&appUrlFlag=lxweb&siteGuid={SITE_GUID}"


def _attach(n: int) -> str:
    return f"{ATTACH}?attachGuid={guid(90000 + n)}&appUrlFlag=lxweb&siteGuid={SITE_GUID}"


def _news(s: _Site) -> tuple[Col, Col]:
    yw = Col("/xwzx/001001", "001001", "岚溪要闻", "xwzx", per_page=15)
    for i in range(36):
        yw.docs.append(s.doc(f"{COUNTY}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                             _paras(f"{COUNTY}{_SUBJECTS[i % 12]}。", "会议要求，要压实责任，确保各项工作落到实处。"),
                             source=f"{COUNTY}融媒体中心"))
    yw.docs[6].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" width="600"></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404", probe="status:404"))
    yw.docs[8].body += f'<p>相关阅读：<a href="{DELETED}" target="_blank">我县召开全县经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))

    bmdt = Col("/xwzx/001002", "001002", "部门动态", "xwzx", per_page=12, rows="list")
    for i in range(22):
        bmdt.docs.append(s.doc(f"{('县发改委', '县教育局', '县卫健委', '县农业农村局')[i % 4]}{_SUBJECTS[(i + 3) % 12]}",
                               date(2026, 10, 20) - timedelta(days=i * 5)))
    s.key.append(Expected("stale-columns", bmdt.url(), "动态类栏目最新信息 2026-10-20，超过 14 天", probe="newest:2026-10-20"))

    xzdt = Col("/xwzx/001003", "001003", "乡镇动态", "xwzx", per_page=10, pager="ajax")
    for i in range(14):
        xzdt.docs.append(s.doc(f"{_TOWNS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", AS_OF - timedelta(days=2 + i * 4)))
    s.traps.append(Trap(xzdt.url(), "脚本翻页（ShowAjaxNewPage）的栏目：第 1 页最新 2026-11-18，不是过期或空栏目"))

    tpxw = Col("/xwzx/001004", "001004", "图片新闻", "xwzx", rows="pic")
    for i in range(8):
        tpxw.docs.append(s.doc(f"图说{COUNTY}：{_SUBJECTS[(i + 7) % 12]}", AS_OF - timedelta(days=3 + i * 6)))
    s.traps.append(Trap(tpxw.url(), "图片新闻列表只有图片和标题（日期在文章页），不是空栏目，最新文章日期未超期"))

    tzgg = Col("/xwzx/001005", "001005", "通知公告", "xwzx", per_page=12, rows="list")
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于做好{('秋冬季森林防火', '节假日安全', '冬季供暖', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 4, 10) - timedelta(days=i * 11), source=f"{GOV}办公室"))
    s.key.append(Expected("stale-columns", tzgg.url(), "通知公告最新信息 2026-04-10，超过 6 个月", probe="newest:2026-04-10"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                           _paras("经清理，继续有效的行政规范性文件28件，宣布失效3件，废止2件。", GOV, "2026年3月16日")))
    tzgg.docs[1].files.append((BROKEN_ATTACH, "报名表.pdf"))
    s.key.append(Expected("broken-links", BROKEN_ATTACH, "通知附件下载地址 404", probe="status:404"))
    tzgg.docs[3].files.append((GONE_ATTACH, "实施细则.pdf"))
    s.key.append(Expected("broken-links", GONE_ATTACH, "附件下载地址回答 200 的“附件不存在”页面（附件已删除）",
                          probe="gone-attachment"))
    tzgg.docs[2].files.append((_attach(1), "实施方案.doc"))
    s.traps.append(Trap(tzgg.doc_url(tzgg.docs[2]), "附件经 downloadZtbAttach.jspx 下载地址提供，可以下载，不是失效附件"))
    for c in (yw, bmdt, xzdt, tpxw, tzgg):
        s.cols.append(c)
    return yw, tzgg


# Normative documents (subject, defect): missing / late / unlinked / meta:<label>
_NORMATIVE = (("农村集体资产管理", ""), ("城区停车管理", "missing"), ("建设用地审批管理", "meta:发文字号"),
              ("政府投资项目管理", "late"), ("中小企业扶持资金管理", "unlinked"), ("城镇老旧小区改造", ""),
              ("农村宅基地管理", "meta:有效性"), ("公共租赁住房管理", "meta:成文日期"), ("住房公积金提取管理", ""))


def _disclosure(s: _Site) -> Col:
    gfx = Col("/xxgk/002003/002003001", "002003001", "规范性文件", "xxgk", per_page=6, first="moreinfo.html", rows="table")
    zcjd = Col("/xxgk/002003/002003002", "002003002", "政策解读", "xxgk", per_page=8, first="moreinfo.html")
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 28) - timedelta(days=26 * k)
        d = s.doc(f"{GOV}关于印发《{COUNTY}{subject}办法》的通知", when)
        d.fields = {"索引号": f"11321183014123456X/{when.year}-{k + 17:05d}", "主题分类": "综合政务", "发布机构": GOV,
                    "发文字号": f"岚政规〔{when.year}〕{12 - k}号", "成文日期": f"{when - timedelta(days=4):%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if defect == "meta:发文字号":
            d.fields["发文字号"] = ""
        elif defect.startswith("meta:"):
            del d.fields[defect[5:]]
        short = f"{COUNTY}{subject}办法"
        d.body = _paras("各乡镇人民政府，县政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        GOV, f"{when.year}年{when.month}月{when.day}日")
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{defect[5:]}", probe=f"meta-missing:{defect[5:]}"))
        elif defect == "" and k == 0:
            s.traps.append(Trap(url, "元数据表的标签没有冒号（索引号、发文字号……各在单元格中），字段齐全"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 12 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"一图读懂《{short}》", f"关于《{short}》的解读")[k % 3], when + timedelta(days=lag),
                  _paras("一、起草背景", "二、主要内容", "三、政策亮点"), source=f"{GOV}办公室")
        if defect != "unlinked":
            i.related = f'<div class="ewb-article-related"><h4>相关文件</h4><ul><li><a href="{_a(url)}">{d.title}</a></li></ul></div>'
            d.related = (f'<div class="ewb-article-related"><h4>相关解读</h4><ul><li><a href="{_a(zcjd.doc_url(i))}">{i.title}</a>'
                         "</li></ul></div>")
            if defect == "":
                s.traps.append(Trap(url, "文件与解读互相链接（相关解读 / 相关文件），解读已及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps
    for n in range(4):  # interpretations of the county's other policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{COUNTY}{('优化营商环境', '促进消费', '稳岗就业', '乡村振兴')[n]}若干措施》解读",
                               date(2026, 11, 12) - timedelta(days=9 * n), _paras("一、出台背景", "二、主要措施"), source=f"{GOV}办公室"))

    rsxx = Col("/xxgk/002004/002004001", "002004001", "人事信息", "xxgk", first="moreinfo.html", rows="list")
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('周', '吴', '郑', '王')[n % 4]}某某等同志职务任免的通知", date(2025, 9, 30) - timedelta(days=47 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-09-30，超过 1 年", probe="newest:2025-09-30"))

    ghjh = Col("/xxgk/002004/002004002", "002004002", "规划计划", "xxgk", first="moreinfo.html")
    for n in range(12):
        d = s.doc(f"{COUNTY}{('农业农村', '交通运输', '生态环境', '文化旅游')[n % 4]}发展规划实施情况（{n + 1}）",
                  date(2026, 8, 15) - timedelta(days=30 * n))
        d.listed = date(2026, 11, 2)
        ghjh.docs.append(d)
    s.traps.append(Trap(ghjh.url(), "列表日期都是再生成日 2026-11-02；文章显示的最新日期 2026-08-15 也在 1 年内：不是过期栏目"))

    czzj = Col("/xxgk/002005/002005001", "002005001", "财政资金", "xxgk", first="moreinfo.html", empty="暂无信息")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（只有“暂无信息”）", probe="no-rows"))
    zdxm = Col("/xxgk/002005/002005002", "002005002", "重大项目", "xxgk", first="moreinfo.html")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目列表区什么也没有", probe="no-rows"))
    tjxx = Col("/xxgk/002005/002005003", "002005003", "统计信息", "xxgk", first="moreinfo.html",
               note="情况说明：本县统计信息由县统计局统一发布，详见县统计局网站“统计数据”栏目；本栏目不单独发布。")
    s.traps.append(Trap(tjxx.url(), "只有情况说明的栏目不是空白栏目"))

    ndbg = Col("/xxgk/002006/002006001", "002006001", "政府信息公开年报", "xxgk", first="moreinfo.html", rows="list")
    published = {2025: date(2026, 3, 20), 2023: date(2024, 4, 15), 2022: date(2023, 3, 31), 2021: date(2022, 3, 28),
                 2020: date(2021, 3, 26)}
    for year, when in published.items():
        title = f"{GOV}{year}年度政府信息公开工作报告" if year == 2021 else f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 13))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-15 发布，晚于 3 月 31 日",
                                  match=(COUNTY, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在截止日 3 月 31 日当天发布，不算逾期"))
        elif year == 2021:
            s.traps.append(Trap(ndbg.doc_url(d), "标题写作“2021年度政府信息公开工作报告”的年报是合规年报"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告",
                          match=(COUNTY, "2024"), probe="no-report:2024"))
    for c in (gfx, zcjd, rsxx, ghjh, czzj, zdxm, tjxx, ndbg):
        s.cols.append(c)
    return gfx


def _interaction(s: _Site) -> None:
    yjzj = Col("", "003001", "意见征集", "hdjl", per_page=8, first="aspx", pager="paging")
    for i in range(11):
        yjzj.docs.append(s.doc(f"关于《{COUNTY}{('养老服务', '垃圾分类', '农村公路养护', '城市绿化')[i % 4]}条例（征求意见稿）》公开征求意见的公告",
                               AS_OF - timedelta(days=5 + i * 20), source=f"{GOV}办公室"))
    s.traps.append(Trap(yjzj.url(), "旧版子系统的动态列表（MoreInfo.aspx?CategoryNum=…&Paging=n，图片按钮翻页）是正常栏目"))
    zxft = Col("/hdjl/003002", "003002", "在线访谈", "hdjl")
    s.key.append(Expected("empty-columns", zxft.url(), "在线访谈栏目列表区什么也没有", probe="no-rows"))
    s.cols += [yjzj, zxft]


def _statics(s: _Site) -> None:
    texts = {"政府信息公开指南": (_paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。",
                                   "一、主动公开　二、依申请公开　三、监督和救济"), date(2026, 3, 1)),
             "政府信息公开制度": (_paras("本县建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"), None),
             "机构职能": (_paras(f"{GOV}是县级国家行政机关，执行县人民代表大会及其常务委员会的决议。"), None),
             "依申请公开": (_paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：县政府办公室。"), None)}
    for url, name in _STATICS:
        text, when = texts[name]
        col = Col(url.removesuffix("/index.html"), "", name, "xxgk")
        shown = f'<div class="ewb-article-sources"><span>发布时间：{when:%Y-%m-%d}</span></div>' if when else ""
        body = (f'<div class="ewb-container container clearfix">\n{s.tree(col)}\n<div class="ewb-right r">\n{_crumb(None, name)}\n'
                f'<div class="ewb-article"><h2 class="ewb-article-tt">{name}</h2>{shown}'
                f'<div class="ewb-article-info">{text}</div></div></div></div>')
        meta = {**_col_meta(name), **({"PubDate": f"{when:%Y-%m-%d} 10:00"} if when else {})}
        s.res[url] = _page(f"{name}_{GOV}", "政府信息公开", body, meta)
        if when is None:
            s.traps.append(Trap(url, "无日期的单页栏目，不是过期栏目"))
    links = "".join(f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in s.cols if c.section == "xxgk")
    statics = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
    body = (f'<div class="ewb-container container">{_crumb(None, "政府信息公开")}<div class="ewb-gk-index">'
            f'<ul class="ewb-gk-top">{statics}</ul><h3>法定主动公开内容</h3><ul class="ewb-gk-cats">{links}</ul></div></div>')
    s.res["/xxgk/index.html"] = _page(f"政府信息公开_{GOV}", "政府信息公开", body, _col_meta("政府信息公开"))
    s.traps.append(Trap("/xxgk/index.html", "政府信息公开首页是导航页（各栏目入口），不是栏目"))


def _channels(s: _Site) -> None:
    """新闻中心 and 互动交流: a block of each child column's newest rows with its 更多 link; channel pages."""
    for section, url in (("xwzx", "/xwzx/index.html"), ("hdjl", "/hdjl/index.html")):
        blocks = "".join(
            f'<div class="ewb-block"><div class="ewb-block-hd"><h3>{c.name}</h3><a href="{_a(c.url())}" class="ewb-more">更多&gt;</a></div>'
            '<ul class="ewb-block-items">' + "".join(f'<li><a href="{_a(c.doc_url(d))}" title="{d.title}">{d.title}</a>'
                                                     f'<span>{d.when:%Y-%m-%d}</span></li>' for d in c.docs[:5]) + "</ul></div>"
            for c in s.cols if c.section == section and c.rows != "pic")
        name = _SECTIONS[section][0]
        body = f'<div class="ewb-container container">{_crumb(None, name)}<div class="ewb-channel">{blocks}</div></div>'
        s.res[url] = _page(f"{name}_{GOV}", name, body, _col_meta(name))
        s.traps.append(Trap(url, f"{name}是频道页（各子栏目区块和“更多”链接），不是栏目"))


def _home(s: _Site, yw: Col, tzgg: Col, gfx: Col) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<div class="ewb-home-block"><div class="ewb-home-hd"><h2>{title}</h2><a href="{_a(more)}" class="ewb-more">更多</a></div>'
                f'<ul class="ewb-home-items">{rows}</ul></div>')
    row = lambda url, d: f'<li><a href="{_a(url)}" title="{d.title}" target="_blank">{d.title}</a><span>{d.when:%m-%d}</span></li>'  # noqa: E731
    ywr = "".join(row(yw.doc_url(d), d) for d in yw.docs[:8])
    tz = "".join(row(tzgg.doc_url(d), d) for d in tzgg.docs[:6])
    gk = "".join(row(dynamic_url(d, gfx.num), d) for d in gfx.docs[:4])  # the legacy subsystem's addresses
    body = ('<div class="ewb-container container ewb-home">' + block("岚溪要闻", yw.url(), ywr) + block("通知公告", tzgg.url(), tz)
            + block("政府信息公开", "/xxgk/index.html", gk) + "</div>")
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res["/"] = s.res["/index.html"] = _page(GOV, "网站首页", body, meta)
    for d in gfx.docs[:4]:
        s.res[dynamic_url(d, gfx.num)] = s.res[gfx.doc_url(d)]  # the legacy subsystem serves the same article
        s.traps.append(Trap(dynamic_url(d, gfx.num), "首页链接的 InfoDetail/Default.aspx 动态地址与静态文章是同一篇文件，不是另一篇"))
    s.traps.append(Trap("/", "页脚有网站标识码、苏ICP备和苏公网安备（链接 beian.gov.cn）：标识齐全"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body><div class="ewb-error">'
             '<h2>抱歉，您访问的页面不存在！</h2><a href="/">返回首页</a></div></body></html>')
GONE_PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>提示</title></head><body>'
             '<div style="text-align:center;margin-top:100px;font-size:16px">附件不存在或已被删除！</div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"epoint offers only the small size, not {size!r}")
    s = _Site()
    yw, tzgg = _news(s)
    gfx = _disclosure(s)
    _interaction(s)
    s.render()
    _statics(s)
    _channels(s)
    _home(s, yw, tzgg, gfx)
    for c in s.cols:
        for d in c.docs:
            if c.rows == "pic":
                s.res[f"/images/pic/{d.guid}.jpg"] = Resource(tiny_png(), "image/jpeg")
            s.res[f"{APP}/Upclicktimes.aspx?InfoID={d.guid}"] = Resource(b"document.write('128');", "application/javascript")
            for href, _ in d.files:
                if href == GONE_ATTACH:
                    s.res[href] = Resource(GONE_PAGE.encode("utf-8"), HTML)
                elif href != BROKEN_ATTACH:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/octet-stream")
    for name in ("firstn", "prevn", "nextn", "lastn"):
        s.res[f"{APP}/images/page/{name}.gif"] = Resource(tiny_png(), "image/gif")
    for img in ("logo.png", "gongan.png"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/css/epointgovcss.css"] = Resource(b"body{font-size:14px}", "text/css")
    for js in ("/js/lib/jquery.min.js", "/js/epointjs/pager.js"):
        s.res[js] = Resource(b"/* epoint */", "application/javascript")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "信息公开文章页模板页脚缺网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=DISCLOSURE_DOCS))
    ajax = [c for c in s.cols if c.pager == "ajax"]
    script_only = {c.url(n) for c in ajax for n in range(2, c.pages + 1)}
    script_only |= {c.doc_url(d) for c in ajax for d in c.docs[c.per_page:]}
    return SampleSite("epoint", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset(), script_only=frozenset(script_only))
