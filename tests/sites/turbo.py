"""The "turbo" sample site: a district government portal (鹭汀区人民政府) on TurboCMS (the DotNetNuke-derived
portal server many ministries and provinces run: static `/publish/portal0/tab<T>/` column pages and
`info<N>.htm` articles generated beside the portal's dynamic `/tabid/…/Default.aspx` pages), UTF-8.

TurboCMS was chosen over IBM WebSphere Portal (`/wps/portal/…/!ut/p/z1/…`) because the library tools hold
real markup of Chinese government TurboCMS sites (the national natural science foundation, 海关总署 and its
district customs, 北京 住建/司法/交管, 保监会, 厦门 教育, 平邑县), while every `/wps/portal/` address they hold
is a foreign bank's, exchange's or agency's, none of a Chinese government site.

Written from real TurboCMS addresses and selectors found with the library tools (`find_string`, `read_file`);
sources:
  - columns are tabs: `www.bjjs.gov.cn/publish/portal0/tab4021/`, `www.bjsf.gov.cn/publish/portal0/tab145/` (and
    `tab145/?type=1`), `www.customs.gov.cn/publish/portal0/tab49666/`, `www.nsfc.gov.cn/publish/portal0/tab442/`;
    a sub-site is another portal number (`guangzhou.customs.gov.cn/publish/portal31/`,
    `beijing.customs.gov.cn/publish/portal159/tab70929/`); the home page at `/publish/portal0/`;
  - later list pages are static per list module: `tab87/module467/page2.htm` (nsfc, a C# scraper's catalogue
    URLs), `tab49666/module175903/page%d.htm` (a customs Scrapy spider), `tab5240/module14430/page\\d+.htm`
    (保监会 `circ.gov.cn/web/site0/…`), `portal159/tab70929/module193706/page{}.htm`;
  - the list module's markup: the rows table `ess_ctr<M>_ListC_Info_LstC_Info` (bjjs, circ, customs, pingyi),
    each row a nested table whose second cell holds the link (with `title`) and whose third cell the date
    (`detail[1].find("a")`, `detail[2].text`), the date cell `td align="right"` (a bjjs monitor); customs rows
    `<li class="liebiaoys24"><span><a …>`; nsfc rows `<span><a href id title target="_blank">…</a></span>
    <span class="fr">date</span>`; the pager `div#ess_ctr<M>_ListC_Info_AspNetPager > table > tr > td[1]` whose
    third text node carries `N/pages` (customs), wrapped in `div.fenyeys`, its links classed `.Normal`;
  - the portal's dynamic addresses of the same lists: `www.bjjs.gov.cn/tabid/1072/MoreModuleID/10041/MoreTabID/
    4021/Default.aspx` (a "more" page of module 10041 of tab 4021) and `www.customs.gov.cn/tabid/49629/
    126765pageidx/%d/Default.aspx` (page N of module 126765, the index in the path), `app.bjsf.gov.cn/tabid/
    239/Default.aspx`, `www.pingyi.gov.cn/tabid/5657/Default.aspx`;
  - articles: `tab568/info88015.htm`, `tab452/info72454.htm` (nsfc), `tab41/info46395.htm` (bjjtgl),
    `tab110/info39671.htm` (xmedu), `tab3889/module1188/info362458.htm`; dynamic aliases of an item
    `www.bjsf.gov.cn/publish/portal0/tab196/?itemid=1422612` (a column's address with a query: an article) and
    `www.customs.gov.cn/default.aspx?tabid=433&infoid=10510&settingmoduleid=1429`;
  - the article template: `div.titTop > h1 > strong` title, `div.detailTime` "发布时间：…" (customs), the
    `<!--TitleStart-->…<!--TitleEnd-->` and `发布时间：…&nbsp;&nbsp;` markers (circ), the body `#zoom` with
    `<!--ContentStart-->…<!--ContentEnd-->` (nsfc), in `#ess_ctr<M>_ModuleContent`, under `#ess_ContentPane`.
Guessed, said as such: the 政务公开 index linking its columns at `/tabid/<T>/Default.aspx`; an interpretation
linking its document at the `infoid` address; the home page's blocks and their 更多 links at the MoreModuleID address; `/` answering
with a redirect to `/publish/portal0/`; the trail; the 政务公开 section's pagers at the `pageidx` address (page 1
also static at its tab); the `?itemid=` alias used by the home page's 通知公告 block and by one interpretation;
the 信息公开 metadata table and its labels (索取号 for 索引号); 相关链接; the footer (网站标识码, 闽ICP备,
闽公网安备); the news articles' `PubDate` meta written `2026/11/18 10:20`; every page's wording; the 404 page.

Variety on purpose: one column at up to five addresses (its tab, `module<M>/page1.htm` from the pager's 首页,
the MoreModuleID page from the home block, `pageidx/1` in 政务公开, `/tabid/<T>/Default.aspx` from the 政务公开
index); articles named by numeric ids in their tab's folder; an article at its column's address plus
`?itemid=N` or at `/default.aspx?tabid=T&infoid=N&settingmoduleid=M`; three row layouts (nested tables, `li >
span`, `span.fr`); a dateless picture list; channel tabs of blocks; a 政务公开 index tab; single-page tabs;
a 情况说明 column. Every planted defect is an `Expected` entry written before the tool ran; things that must
not be findings are `Trap`s. The `/tabid/<T>/Default.aspx` links and the `infoid` alias were added after
the first contact and its fixes (a second contact, traps only, also written before the tool ran on them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
DISTRICT = "鹭汀区"
GOV = "鹭汀区人民政府"
SITE_ID = "3502130017"
HTML = "text/html; charset=utf-8"
P = "/publish/portal0"
HOME = f"{P}/"
HOME_TAB = 40
GK_ARTICLE = r"^/publish/portal0/tab42\d\d/info\d+\.htm$"  # the 政务公开 article template
ON = ' class="on"'  # the current column in a side menu
NEWS_ARTICLE = r"^/publish/portal0/tab41\d\d/(?:info\d+\.htm|\?itemid=\d+)$"  # the news article template, either address


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = GOV
    fields: dict[str, str] | None = None
    related: list[tuple[str, str]] = field(default_factory=list)  # 相关链接: (href, title)
    files: list[str] = field(default_factory=list)


@dataclass
class Col:
    tab: int
    module: int
    name: str
    channel: int  # the channel tab (4100 新闻中心, 4200 政务公开, 4300 互动交流)
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    rows: str = "table"  # table | li | span | pic | gk
    note: str = ""

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    @property
    def gk(self) -> bool:
        return self.channel == 4200

    def url(self, n: int = 1) -> str:
        """Page n as the pager links it: the tab (n = 1 everywhere but the pager), else the module's page."""
        if n == 1:
            return f"{P}/tab{self.tab}/"
        return self.page_url(n)

    def page_url(self, n: int) -> str:
        if self.gk:
            return f"/tabid/{self.tab}/{self.module}pageidx/{n}/Default.aspx"
        return f"{P}/tab{self.tab}/module{self.module}/page{n}.htm"

    @property
    def more(self) -> str:
        return f"/tabid/{HOME_TAB}/MoreModuleID/{self.module}/MoreTabID/{self.tab}/Default.aspx"

    def doc_url(self, d: Doc) -> str:
        return f"{P}/tab{self.tab}/info{d.id}.htm"

    def item_url(self, d: Doc) -> str:
        return f"{P}/tab{self.tab}/?itemid={d.id}"

    def info_url(self, d: Doc) -> str:
        """The portal's dynamic address of an article (customs.gov.cn `default.aspx?tabid=433&infoid=10510&settingmoduleid=1429`)."""
        return f"/default.aspx?tabid={self.tab}&infoid={d.id}&settingmoduleid={self.module + 1}"

    @property
    def dnn(self) -> str:
        """The tab at DotNetNuke's address (app.bjsf.gov.cn `/tabid/239/Default.aspx`, pingyi.gov.cn `/tabid/5657/Default.aspx`)."""
        return f"/tabid/{self.tab}/Default.aspx"


_CHANNELS = {4100: "新闻中心", 4200: "政务公开", 4300: "互动交流"}
_MENU = (("首页", HOME), ("新闻中心", f"{P}/tab4100/"), ("政务公开", f"{P}/tab4200/"), ("互动交流", f"{P}/tab4300/"))


# ---------------------------------------------------------------- page shells

def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}" />\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.luting.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head id="Head">\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f"<title>{escape(title)}</title>\n{metas}"
            '<link href="/Portals/_default/default.css" type="text/css" rel="stylesheet" />\n'
            '<link href="/Portals/0/Skins/luting/skin.css" type="text/css" rel="stylesheet" />\n'
            '<script type="text/javascript" src="/js/dnncore.js"></script>\n</head>\n')


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


def _top() -> str:
    items = "".join(f'<td><a href="{_a(u)}" class="menu">{n}</a></td>' for n, u in _MENU)
    return ('<div class="top"><div class="logo"><a href="/publish/portal0/"><img src="/Portals/0/Skins/luting/images/logo.png" '
            f'alt="{GOV}" /></a></div>\n'
            '<div class="sousuo"><input name="keywords" type="text" id="keywords" class="ssk" />'
            '<a href="javascript:onFullTextSearchLinkClick()"><img src="/Portals/0/Skins/luting/images/ss.png" alt="搜索" /></a></div>\n'
            f'</div>\n<div id="tmenu_4000" class="nav"><table cellspacing="0" cellpadding="0"><tr>{items}</tr></table></div>\n')


def _footer(police: bool = True) -> str:
    record = ('&nbsp;&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35021302000211" target="_blank">'
              '<img src="/Portals/0/Skins/luting/images/ga.png" />闽公网安备 35021302000211号</a>') if police else ""
    return ('<div class="bottom">\n'
            f'<p>主办：{GOV}办公室&nbsp;&nbsp;承办：{DISTRICT}信息中心&nbsp;&nbsp;地址：{DISTRICT}鹭江路18号&nbsp;&nbsp;电话：0592-6012345</p>\n'
            f'<p>网站标识码：{SITE_ID}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备05011871号</a>{record}</p>\n'
            '</div>\n')


def _page(title: str, pane: str, meta: dict[str, str], police: bool = True) -> Resource:
    html = (f'{_head(title, meta)}<body>\n<form name="Form" method="post" action="" id="Form">\n{_top()}'
            f'<div id="ess_ContentPane" class="main">\n{pane}\n</div>\n{_footer(police)}</form>\n</body>\n</html>\n')
    return Resource(html.encode("utf-8"), HTML)


def _module(module: int, inner: str) -> str:
    return f'<div id="ess_ctr{module}_ModuleContent" class="ModuleContent">\n{inner}\n</div>'


def _position(steps: list[tuple[str, str]]) -> str:
    links = " &gt; ".join([f'<a href="{HOME}">首页</a>', *(f'<a href="{_a(u)}">{n}</a>' for n, u in steps)])
    return f'<div class="dqwz">当前位置：{links}</div>'


def _steps(col: Col) -> list[tuple[str, str]]:
    return [(_CHANNELS[col.channel], f"{P}/tab{col.channel}/"), (col.name, col.url())]


# ---------------------------------------------------------------- lists

def _rows(col: Col, docs: list[Doc]) -> str:
    m = col.module
    if col.rows == "gk":
        head = '<tr class="title"><td>名称</td><td>文号</td><td align="right">发布日期</td></tr>'
        trs = "".join(f'\n<tr><td><a href="{_a(col.doc_url(d))}" target="_blank" title="{d.title}">{d.title}</a></td>'
                      f'<td>{(d.fields or {}).get("发文字号", "")}</td><td align="right">{d.when:%Y-%m-%d}</td></tr>' for d in docs)
        empty = '\n<tr><td colspan="3" align="center">暂无信息</td></tr>' if not docs else ""
        return f'<table id="ess_ctr{m}_ListC_Info_LstC_Info" width="100%" cellspacing="0" cellpadding="0" border="0">{head}{trs}{empty}\n</table>'
    if col.rows == "pic":
        lis = "".join(f'\n<li><a href="{_a(col.doc_url(d))}" target="_blank"><img src="/Portals/0/upload/{d.when:%Y%m}/p{d.id}.jpg" '
                      f'width="200" height="140" /></a><p><a href="{_a(col.doc_url(d))}" target="_blank" title="{d.title}">{d.title}</a></p></li>'
                      for d in docs)
        return f'<ul id="ess_ctr{m}_ListC_Info_LstC_Info" class="tplb">{lis}\n</ul>'
    if col.rows == "li":  # customs: li.liebiaoys24 > span > a
        lis = "".join(f'\n<li class="liebiaoys24"><span><a href="{_a(col.doc_url(d))}" target="_blank" title="{d.title}">{d.title}</a></span>'
                      f'<span class="time">{d.when:%Y-%m-%d}</span></li>' for d in docs)
        return f'<ul id="ess_ctr{m}_ListC_Info_LstC_Info">{lis}\n</ul>'
    if col.rows == "span":  # nsfc: span > a, span.fr date
        lis = "".join(f'\n<li><span><a href="{_a(col.doc_url(d))}" id="ess_ctr{m}_ListC_Info_LstC_Info_ctl{k:02d}_hlTitle" title="{d.title}" '
                      f'target="_blank">{d.title}</a></span><span class="fr">{d.when:%Y-%m-%d}</span></li>' for k, d in enumerate(docs))
        return f'<ul class="clearfix" id="ess_ctr{m}_ListC_Info_LstC_Info">{lis}\n</ul>'
    trs = "".join(f'\n<tr><td><table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>'
                  '<td width="12"><img src="/Portals/0/Skins/luting/images/dot.gif" /></td>'
                  f'<td><a href="{_a(col.doc_url(d))}" target="_blank" title="{d.title}">{d.title}</a></td>'
                  f'<td align="right" width="90">{d.when:%Y-%m-%d}</td></tr></table></td></tr>' for d in docs)
    return f'<table id="ess_ctr{m}_ListC_Info_LstC_Info" width="100%" cellspacing="0" cellpadding="0" border="0">{trs}\n</table>'


def _pager(col: Col, n: int) -> str:
    """AspNetPager: the record count and N/pages in the first cell, the links (page 1 too, by its module address)."""
    pages, total = col.pages, len(col.docs)
    go = lambda k: _a(col.page_url(k))  # noqa: E731
    nums = "".join(f'<span class="Normal" style="font-weight:bold;color:red;margin-right:5px;">{k}</span>' if k == n
                   else f'<a class="Normal" href="{go(k)}" style="margin-right:5px;">{k}</a>' for k in range(1, pages + 1))
    first = ('<a class="Normal" disabled="disabled" style="margin-right:5px;">首页</a><a class="Normal" disabled="disabled" style="margin-right:5px;">上一页</a>'
             if n == 1 else f'<a class="Normal" href="{go(1)}" style="margin-right:5px;">首页</a><a class="Normal" href="{go(n - 1)}" style="margin-right:5px;">上一页</a>')
    last = (f'<a class="Normal" href="{go(n + 1)}" style="margin-right:5px;">下一页</a><a class="Normal" href="{go(pages)}" style="margin-right:5px;">末页</a>'
            if n < pages else '<a class="Normal" disabled="disabled" style="margin-right:5px;">下一页</a><a class="Normal" disabled="disabled" style="margin-right:5px;">末页</a>')
    return (f'<div class="fenyeys"><div id="ess_ctr{col.module}_ListC_Info_AspNetPager">'
            '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
            f'<td valign="bottom" nowrap="true" style="width:40%;">共<font color="red">{total}</font>条记录&nbsp;&nbsp;当前页：{n}/{pages}</td>'
            f'<td valign="bottom" nowrap="true" style="width:60%;">{first}{nums}{last}</td></tr></table></div></div>')


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 52110
        self.items: list[tuple[Col, Doc]] = []  # articles also linked at tab<T>/?itemid=N
        self.infos: list[tuple[Col, Doc]] = []  # … and at /default.aspx?tabid=T&infoid=N&settingmoduleid=M

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def nav(self, channel: int, current: str = "") -> str:
        sib = [c for c in self.cols if c.channel == channel]
        lis = "".join(f'<li{ON if c.name == current else ""}><a href="{_a(c.url())}">{c.name}</a></li>' for c in sib)
        if channel == 4200:
            lis += "".join(f'<li{ON if n == current else ""}><a href="{u}">{n}</a></li>' for u, n in _STATICS)
        return f'<div class="left"><div class="lmmc">{_CHANNELS[channel]}</div><ul class="lmlb">{lis}</ul></div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.note:
            inner = f'<div id="zoom"><p>{col.note}</p></div>'
        else:
            inner = _rows(col, docs) + ("\n" + _pager(col, n) if col.pages > 1 else "")
        body = (f'{self.nav(col.channel, col.name)}<div class="right">{_position(_steps(col))}\n'
                + _module(col.module, f'<div class="lmtitle">{col.name}</div>\n{inner}') + "</div>")
        return _page(f"{col.name}-{GOV}", body, _col_meta(col.name))

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            first = self.list_page(col, 1)
            self.res[col.url(1)] = first
            for n in range(2, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                self.traps.append(Trap(col.url(n), LATER_PAGE))
            if col.pages > 1:
                self.res[col.page_url(1)] = first
                self.traps.append(Trap(col.page_url(1), "分页条“首页”链接的第 1 页（module/page1.htm 或 pageidx/1）与栏目 tab 地址是同一栏目"))
            for d in col.docs:
                self.article(col, d)

    def article(self, col: Col, d: Doc) -> None:
        info = ""
        if d.fields is not None:
            cells = [f'<td class="bt">{k}：</td><td class="nr">{v}</td>' for k, v in d.fields.items()]
            info = ('<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0" border="1">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>\n")
        files = "".join(f'<p>附件：<a href="{_a(h)}">{h.rsplit("/", 1)[1]}</a></p>\n' for h in d.files)
        related = ""
        if d.related:
            related = ('<div class="xglj"><div class="xglj_bt">相关链接</div><ul>'
                       + "".join(f'<li><a href="{_a(h)}" target="_blank">{t}</a></li>' for h, t in d.related) + "</ul></div>\n")
        inner = (f'{info}<div class="titTop"><h1><strong><!--TitleStart-->{escape(d.title)}<!--TitleEnd--></strong></h1></div>\n'
                 f'<div class="detailTime">发布时间：{d.when:%Y-%m-%d}&nbsp;&nbsp;来源：{d.source}&nbsp;&nbsp;'
                 '【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>\n'
                 f'<div id="zoom"><!--ContentStart-->\n{d.body}\n{files}<!--ContentEnd--></div>\n{related}'
                 '<div class="dyfw"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>')
        pubdate = f"{d.when:%Y-%m-%d} 10:20" if col.gk else f"{d.when:%Y/%m/%d} 10:20"  # the news module writes slashes
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": pubdate, "ContentSource": d.source}
        pane = f'{_position(_steps(col))}\n' + _module(col.module + 1, inner)
        self.res[col.doc_url(d)] = _page(f"{d.title}-{GOV}", pane, meta, police=not col.gk)


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_SUBJECTS = ("召开区政府常务会议", "开展安全生产检查", "推进海绵城市建设", "召开防汛防台工作部署会", "督办为民办实事项目",
             "开展文明城市创建志愿服务", "走访重点企业", "召开森林防火工作会议", "举办社区邻里节活动", "推进老旧小区改造",
             "开展义务教育督导", "召开招商引资推进会")
_STREETS = ("鹭江街道", "汀溪街道", "海沧湾街道", "东屿镇")
_STATICS = ((f"{P}/tab4211/", "政府信息公开指南"), (f"{P}/tab4212/", "政府信息公开制度"),
            (f"{P}/tab4213/", "机构职能"), (f"{P}/tab4214/", "依申请公开"))
BROKEN_IMAGE = "/Portals/0/upload/202611/20261116084522.jpg"
BROKEN_PDF = "/Portals/0/upload/2026/0408/20260408163015.pdf"
DELETED = f"{P}/tab4101/info51984.htm"


def _news(s: _Site) -> tuple[Col, Col, Col]:
    ltyw = Col(4101, 10411, "鹭汀要闻", 4100, per_page=15)
    for i in range(38):
        ltyw.docs.append(s.doc(f"{DISTRICT}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{DISTRICT}{_SUBJECTS[i % 12]}。", "会议强调，要压紧压实责任，确保各项工作落地见效。"),
                               source=f"{DISTRICT}融媒体中心"))
    ltyw.docs[4].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" border="0" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404", probe="status:404"))
    ltyw.docs[7].body += f'<p>相关阅读：<a href="{DELETED}">我区召开全区经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（info<N>.htm 404）", probe="status:404"))
    good = "/Portals/0/upload/202611/20261118101530.jpg"
    ltyw.docs[9].body += f'<p style="text-align:center"><img src="{good}" border="0" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")

    bmdt = Col(4102, 10421, "部门动态", 4100, per_page=12, rows="span")
    for i in range(22):
        bmdt.docs.append(s.doc(f"{('区发改局', '区教育局', '区卫健局', '区农业农村局')[i % 4]}{_SUBJECTS[(i + 3) % 12]}",
                               date(2026, 10, 22) - timedelta(days=i * 5)))
    s.key.append(Expected("stale-columns", bmdt.url(), "动态类栏目最新信息 2026-10-22，超过 14 天", probe="newest:2026-10-22"))

    jddt = Col(4103, 10431, "街道动态", 4100, per_page=10)
    for i in range(17):
        jddt.docs.append(s.doc(f"{_STREETS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", AS_OF - timedelta(days=2 + i * 4)))
    s.traps.append(Trap(jddt.url(), "第 1 页最新 2026-11-18，后续页在 module/pageN.htm：不是过期栏目"))

    tpxw = Col(4104, 10441, "图片新闻", 4100, rows="pic")
    for i in range(8):
        tpxw.docs.append(s.doc(f"图说{DISTRICT}：{_SUBJECTS[(i + 7) % 12]}", AS_OF - timedelta(days=3 + i * 6)))
    s.traps.append(Trap(tpxw.url(), "图片列表只有图片和标题（日期在文章页），不是空栏目，最新文章日期未超期"))

    tzgg = Col(4105, 10451, "通知公告", 4100, per_page=8, rows="li")
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于做好{('冬春季森林防火', '节假日安全', '防台防汛', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 4, 8) - timedelta(days=i * 11), source=f"{GOV}办公室"))
    s.key.append(Expected("stale-columns", tzgg.url(), "通知公告最新信息 2026-04-08，超过 6 个月", probe="newest:2026-04-08"))
    tzgg.docs[1].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    ok_file = "/Portals/0/upload/2026/0316/20260316094411.doc"
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                           _paras("经清理，继续有效的行政规范性文件28件，宣布失效3件，废止2件。", GOV, "2026年3月16日"),
                           source=f"{GOV}办公室", files=[ok_file]))
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/msword")
    s.cols += [ltyw, bmdt, jddt, tpxw, tzgg]
    s.key.append(Expected("meta-tags", ltyw.doc_url(ltyw.docs[0]), "新闻文章页 PubDate 写作 2026/11/18 10:20，不合 YYYY-MM-DD HH:MM 格式",
                          probe="pubdate-format", url_pattern=NEWS_ARTICLE))
    return ltyw, tzgg, tpxw


# Normative documents (subject, defect): missing / late / unlinked / itemlink / infolink / meta:<label>
# (itemlink, infolink: the interpretation links the document at a dynamic address, no defect)
_NORMATIVE = (("城区停车管理", ""), ("农村集体资产管理", "missing"), ("建设用地审批管理", "meta:发文字号"),
              ("政府投资项目管理", "late"), ("中小企业发展专项资金管理", "unlinked"), ("老旧小区改造", "itemlink"),
              ("公共租赁住房管理", "meta:有效性"), ("住房公积金提取管理", "meta:成文日期"), ("城市绿化管理", "infolink"))
_FIELD_NAMES = {"发文字号": "发文字号（字段为空）", "有效性": "有效性", "成文日期": "成文日期"}


def _disclosure(s: _Site) -> Col:
    gfx = Col(4201, 10611, "规范性文件", 4200, per_page=6, rows="gk")
    zcjd = Col(4202, 10621, "政策解读", 4200, per_page=6)
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 26) - timedelta(days=26 * k)
        d = s.doc(f"{GOV}关于印发《{DISTRICT}{subject}办法》的通知", when)
        d.fields = {"索取号": f"XM13-0101-{when.year}-{k + 31:05d}", "主题分类": "综合政务", "发布机构": GOV,
                    "成文日期": f"{when - timedelta(days=4):%Y-%m-%d}", "发文字号": f"鹭政规〔{when.year}〕{11 - k}号",
                    "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if defect == "meta:发文字号":
            d.fields["发文字号"] = ""
        elif defect.startswith("meta:"):
            del d.fields[defect[5:]]
        short = f"{DISTRICT}{subject}办法"
        d.body = _paras("各街道办事处、镇人民政府，区政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        GOV, f"{when.year}年{when.month}月{when.day}日")
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{_FIELD_NAMES[defect[5:]]}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 13 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"图解：《{short}》", f"关于《{short}》的解读")[k % 3], when + timedelta(days=lag),
                  _paras("一、起草背景", "二、主要内容", "三、政策亮点"), source=f"{GOV}办公室")
        if defect != "unlinked":
            i.related = [({"itemlink": gfx.item_url(d), "infolink": gfx.info_url(d)}.get(defect, url), d.title)]
            if defect == "itemlink":
                s.items.append((gfx, d))
            elif defect == "infolink":
                s.infos.append((gfx, d))
            d.related = [(zcjd.doc_url(i), i.title)]
            if defect == "":
                s.traps.append(Trap(url, "文件与解读在“相关链接”中互相链接，解读已及时发布"))
            elif defect == "itemlink":
                s.traps.append(Trap(url, "解读链接的是文件的动态地址（tab4201/?itemid=N），与 info<N>.htm 是同一文件：已互相链接"))
            elif defect == "infolink":
                s.traps.append(Trap(url, "解读链接的是文件的动态地址（/default.aspx?tabid=…&infoid=N），与 info<N>.htm 是同一文件：已互相链接"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps
    for n in range(5):  # interpretations of the district's other policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{DISTRICT}{('优化营商环境', '促进消费', '稳岗就业', '城市更新', '海洋生态保护')[n]}若干措施》解读",
                               date(2026, 11, 10) - timedelta(days=9 * n), _paras("一、出台背景", "二、主要措施"), source=f"{GOV}办公室"))

    rsxx = Col(4203, 10631, "人事信息", 4200, rows="gk")
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('陈', '林', '黄', '郑')[n % 4]}某某等同志职务任免的通知", date(2025, 9, 26) - timedelta(days=47 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-09-26，超过 1 年", probe="newest:2025-09-26"))

    ghjh = Col(4204, 10641, "规划计划", 4200, rows="gk", per_page=8)
    for n in range(12):
        ghjh.docs.append(s.doc(f"{DISTRICT}{('工业', '交通', '生态环境', '文化旅游')[n % 4]}发展规划实施情况（{n + 1}）",
                               date(2026, 8, 12) - timedelta(days=30 * n)))
    s.traps.append(Trap(ghjh.url(), "规划计划最新 2026-08-12，在 1 年内：不是过期栏目"))

    czzj = Col(4205, 10651, "财政资金", 4200, rows="gk")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（表格只有表头和“暂无信息”）", probe="no-rows"))
    tjxx = Col(4206, 10661, "统计信息", 4200, rows="gk",
               note="情况说明：本区统计信息由区统计局统一发布，详见区统计局网站“统计数据”栏目；本栏目不单独发布。")
    s.traps.append(Trap(tjxx.url(), "只有情况说明的栏目不是空白栏目"))

    ndbg = Col(4208, 10681, "政府信息公开年报", 4200, rows="gk")
    published = {2025: date(2026, 3, 26), 2023: date(2024, 4, 15), 2022: date(2023, 3, 31), 2021: date(2022, 3, 24),
                 2020: date(2021, 3, 29)}
    for year, when in published.items():
        title = f"{GOV}{year}年度政府信息公开工作报告" if year == 2021 else f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 11))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-15 发布，晚于 3 月 31 日",
                                  match=(DISTRICT, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在截止日 3 月 31 日当天发布，不算逾期"))
        elif year == 2021:
            s.traps.append(Trap(ndbg.doc_url(d), "标题写作“2021年度政府信息公开工作报告”的年报是合规年报"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告",
                          match=(DISTRICT, "2024"), probe="no-report:2024"))
    s.cols += [gfx, zcjd, rsxx, ghjh, czzj, tjxx, ndbg]
    return gfx


def _interaction(s: _Site) -> None:
    zjdc = Col(4301, 10711, "征集调查", 4300)
    s.key.append(Expected("empty-columns", zjdc.url(), "征集调查栏目列表区什么也没有", probe="no-rows"))
    s.cols.append(zjdc)


def _statics(s: _Site) -> None:
    """Single-page tabs (an HTML module), the 政务公开 index tab."""
    texts = {"政府信息公开指南": (_paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。",
                                   "一、主动公开　二、依申请公开　三、监督和救济"), date(2026, 3, 2)),
             "政府信息公开制度": (_paras("本区建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"), None),
             "机构职能": (_paras(f"{GOV}是区级国家行政机关，执行区人民代表大会及其常务委员会的决议。"), None),
             "依申请公开": (_paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：区政府办公室。"), None)}
    for k, (url, name) in enumerate(_STATICS):
        text, when = texts[name]
        shown = f'<div class="detailTime">更新时间：{when:%Y-%m-%d}</div>' if when else ""
        pane = (f'{s.nav(4200, name)}<div class="right">{_position([("政务公开", f"{P}/tab4200/"), (name, url)])}\n'
                + _module(10690 + k, f'<div class="lmtitle">{name}</div>{shown}<div id="zoom">{text}</div>') + "</div>")
        s.res[url] = _page(f"{name}-{GOV}", pane, {**_col_meta(name), **({"PubDate": f"{when:%Y-%m-%d} 10:00"} if when else {})})
        if when is None:
            s.traps.append(Trap(url, "无日期的单页栏目，不是过期栏目"))
    links = "".join(f'<li><a href="{_a(c.dnn)}">{c.name}</a></li>' for c in s.cols if c.gk)
    statics = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
    pane = _module(10600, f'{_position([("政务公开", f"{P}/tab4200/")])}<ul class="gk_top">{statics}</ul>'
                          f'<div class="lmmc">法定主动公开内容</div><ul class="gk_lm">{links}</ul>')
    s.res[f"{P}/tab4200/"] = _page(f"政务公开-{GOV}", pane, _col_meta("政务公开"))
    s.traps.append(Trap(f"{P}/tab4200/", "政务公开 tab 是导航页（各目录入口），不是栏目"))


def _channels(s: _Site) -> None:
    """tab4100 / tab4300: a channel tab holding one list module per child column (newest rows, 更多 at the tab)."""
    for tab in (4100, 4300):
        name = _CHANNELS[tab]
        blocks = "".join(
            _module(c.module + 5, f'<div class="bk_bt"><span>{c.name}</span><a href="{_a(c.url())}" class="more">更多&gt;&gt;</a></div>'
                    '<ul>' + "".join(f'<li><a href="{_a(c.doc_url(d))}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'
                                     for d in c.docs[:5]) + "</ul>")
            for c in s.cols if c.channel == tab and c.rows != "pic")
        url = f"{P}/tab{tab}/"
        s.res[url] = _page(f"{name}-{GOV}", f'{_position([(name, url)])}{blocks}', _col_meta(name))
        s.traps.append(Trap(url, f"{name}是频道 tab（各子栏目区块和更多链接），不是栏目"))


def _home(s: _Site, ltyw: Col, tzgg: Col, tpxw: Col, gfx: Col) -> None:
    def block(col: Col, rows: str) -> str:
        return _module(col.module + 8, f'<div class="bk_bt"><a href="{_a(col.url())}">{col.name}</a>'
                                       f'<a href="{_a(col.more)}" class="more">更多</a></div>\n<ul>{rows}</ul>')
    row = lambda c, d, u: f'<li><a href="{_a(u)}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'  # noqa: E731
    pics = "".join(f'<li><a href="{_a(tpxw.doc_url(d))}"><img src="/Portals/0/upload/{d.when:%Y%m}/p{d.id}.jpg" /></a>'
                   f'<p>{d.title}</p></li>' for d in tpxw.docs[:4])
    body = (f'<div class="focus"><ul>{pics}</ul></div>\n'
            + block(ltyw, "".join(row(ltyw, d, ltyw.doc_url(d)) for d in ltyw.docs[:8]))
            + block(tzgg, "".join(row(tzgg, d, tzgg.item_url(d)) for d in tzgg.docs[:6]))  # the 通知公告 module links ?itemid=
            + block(gfx, "".join(row(gfx, d, gfx.doc_url(d)) for d in gfx.docs[:4])))
    for c in (ltyw, tzgg, gfx):
        s.res[c.more] = s.res[c.url()]
        s.traps.append(Trap(c.more, "首页区块“更多”的 MoreModuleID 动态地址与栏目 tab 是同一栏目"))
    s.items += [(tzgg, d) for d in tzgg.docs[:6]]
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res[HOME] = _page(GOV, body + '<div class="conac"><a href="http://bszs.conac.cn/sitename?method=show&id=3C5E7A9B1D2F4061" '
                        'target="_blank"><img src="/Portals/0/Skins/luting/images/red.png" alt="党政机关" /></a>'
                        f'<script id="_jiucuo_" sitecode=\'{SITE_ID}\' src=\'https://zfwzgl.www.gov.cn/exposure/jiucuo.js\'></script></div>',
                        meta)
    s.traps.append(Trap(HOME, "页脚有网站标识码、闽ICP备、闽公网安备，首页有党政机关标识：标识齐全"))


NOT_FOUND = ('<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>'
             '<p>您访问的页面不存在或已被删除。</p></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"turbo offers only the small size, not {size!r}")
    s = _Site()
    ltyw, tzgg, tpxw = _news(s)
    gfx = _disclosure(s)
    _interaction(s)
    _statics(s)
    s.render()
    _channels(s)
    _home(s, ltyw, tzgg, tpxw, gfx)
    for col, d in s.items:  # tab<T>/?itemid=N renders the same article
        s.res[col.item_url(d)] = s.res[col.doc_url(d)]
        s.traps.append(Trap(col.item_url(d), "栏目地址加 ?itemid=N 是文章的动态地址，不是栏目，与 info<N>.htm 是同一篇文章"))
    for col, d in s.infos:
        s.res[col.info_url(d)] = s.res[col.doc_url(d)]
        s.traps.append(Trap(col.info_url(d), "default.aspx?tabid=…&infoid=N 是文章的动态地址，与 info<N>.htm 是同一篇文章"))
    for col in s.cols:  # the 政务公开 index links its catalogue at DNN's tab addresses
        if col.gk:
            s.res[col.dnn] = s.res[col.url()]
            s.traps.append(Trap(col.dnn, "/tabid/T/Default.aspx 是栏目 tab 的 DotNetNuke 地址，与 /publish/portal0/tabT/ 是同一栏目"))
    s.res["/"] = Resource(b"", HTML, 302, location=HOME)
    for c in s.cols:
        for d in c.docs:
            if c.rows == "pic":
                s.res[f"/Portals/0/upload/{d.when:%Y%m}/p{d.id}.jpg"] = Resource(tiny_png(), "image/jpeg")
            for href in d.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("logo.png", "red.png", "ga.png", "ss.png", "dot.gif"):
        s.res[f"/Portals/0/Skins/luting/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/Portals/_default/default.css"] = Resource(b"body{font-size:12px}", "text/css")
    s.res["/Portals/0/Skins/luting/skin.css"] = Resource(b".main{width:1000px}", "text/css")
    s.res["/js/dnncore.js"] = Resource(b"/* dnncore */", "application/javascript")
    example = next(c for c in s.cols if c.name == "规范性文件")
    s.key.append(Expected("footer", example.doc_url(example.docs[0]), "政务公开文章页（tab42xx/info<N>.htm）模板页脚缺公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=GK_ARTICLE))
    return SampleSite("turbo", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), "text/html", 404),
                      s.key, s.traps, frozenset())
