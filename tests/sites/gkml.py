"""Sample site "gkml": a municipal-district portal (深圳市南岭区人民政府) whose news part is
Shenzhen-style (`/{channel}/{col}/index.html`, page n = `index_{n}.html`, so page 2 is
`index_2.html`; articles `/…/content/post_{id}.html`), a few columns Chengdu-style
(`column-index-{n}.shtml`, articles `detail-{id}.shtml`), and whose disclosure part is a
Guangdong gkmlpt platform (`/gkmlpt/content/{a}/{b}/post_{id}.html` with a
`<div class="classify"><table>` metadata block whose labels carry spaces: 索 引 号, 文　　号 …).

Written independently of the other templates, from real markup (www.gov.cn zhengce metadata
tables, gkmlpt/Shenzhen URL shapes, domain.md §7.1). Variety on purpose: date-before-title
news rows, a picture carousel and picture list, a year-tab list with `09-28` dates, a CMS
regeneration date pile, a 相关解读 tab on documents and `原文链接：` on interpretations,
government and department annual reports, static pages with ColumnName, empty columns with and
without marker, a 情况说明-only column, soft 404s, and article pages whose footer lacks the
网站标识码. Every planted defect is an `Expected` entry; things that must not be findings are
`Trap`s."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 10, 10)
SITE = "深圳市南岭区人民政府"
ORGAN = "南岭区人民政府"
SITE_CODE = "4403050017"
HTML = "text/html; charset=utf-8"
_ON = ' class="on"'
# the news article template (重大项目, and the chengdu-style columns' `detail-N.shtml` too), its footer without 网站标识码
NEWS_ARTICLES = r"^/(?:(?:xwzx/\w+|zwgk/zdxm)/content/post_\d+\.html|(?:xwzx|zwgk)/\w+/detail-\d+\.shtml)$"

_FULL_FOOTER = (
    '<div class="footer"><div class="w1200">'
    '<p>主办单位：深圳市南岭区人民政府办公室　承办：南岭区政务服务数据管理局</p>'
    f'<p>网站标识码：{SITE_CODE}　<a href="https://beian.miit.gov.cn/" target="_blank">粤ICP备12034567号</a>　'
    '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44030502000871" target="_blank">'
    '<img src="/images/ga.png" alt="">粤公网安备 44030502000871号</a></p>'
    '<p><span id="_ideConac"></span><script src="https://dcs.conac.cn/js/33/000/0000/60429971/CA330000000604299710004.js"></script>'
    f'<script id="_jiucuo_" sitecode="{SITE_CODE}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>'
    "</div></div>")
# Article template: another footer, written by another team, without the 网站标识码.
_ARTICLE_FOOTER = (
    '<div id="foot"><div class="foot-in">'
    '<span>版权所有：深圳市南岭区人民政府</span><span>地址：南岭区南岭大道1号</span>'
    '<span><a href="https://beian.miit.gov.cn/">粤ICP备12034567号</a></span>'
    '<span><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44030502000871">粤公网安备44030502000871号</a></span>'
    "</div></div>")
# gkmlpt platform footer: same identifiers, the 公安备案 number only inside the link, without 号.
_GKML_FOOTER = (
    '<div class="gkml-footer"><p>深圳市南岭区人民政府 主办</p>'
    f'<p>网站标识码 {SITE_CODE} | <a href="https://beian.miit.gov.cn/">粤ICP备12034567号</a> | '
    '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44030502000871">粤公网安备 44030502000871</a></p></div>')

_NAV = [("首页", "/index.html"), ("新闻中心", "/xwzx/nlyw/index.html"), ("政务公开", "/gkmlpt/index.html"),
        ("互动交流", "/hdjl/yjzj/index.html"), ("走进南岭", "/zjnl/jgzn/index.html")]


@dataclass
class Col:
    """A list column: its URL directory, name, channel (breadcrumb parent) and list style."""

    path: str
    name: str
    channel: str
    style: str = "news"  # news | pic | yeartab | table | chengdu | note | empty
    marker: str = ""  # text an empty column shows
    items: list["Item"] = field(default_factory=list)
    per_page: int = 10
    pile: date | None = None  # list dates regenerated to this day

    def page_url(self, n: int) -> str:
        if self.style == "chengdu":
            return f"{self.path}column-index-{n}.shtml"
        return f"{self.path}index.html" if n == 1 else f"{self.path}index_{n}.html"

    @property
    def url(self) -> str:
        return self.page_url(1)


@dataclass
class Item:
    """An article of a column: URL, title, shown date and the page body."""

    url: str
    title: str
    day: date
    body: str = ""
    kind: str = "news"  # news | doc | interp | report
    number: str = ""


def _head(title: str, column: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title>"
            f'<meta name="SiteName" content="{SITE}"><meta name="SiteDomain" content="www.nanling.gov.cn">'
            f'<meta name="SiteIDCode" content="{SITE_CODE}"><meta name="ColumnName" content="{column}">'
            + ("" if "ArticleTitle" in extra else f'<meta name="ColumnDescription" content="{column}">'
               f'<meta name="ColumnKeywords" content="{column},{ORGAN}">')
            + ("" if "ColumnType" in extra or "ArticleTitle" in extra else '<meta name="ColumnType" content="single">')
            + extra + '<link rel="stylesheet" href="/css/style.css"></head><body>')


def _header() -> str:
    nav = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in _NAV)
    return (f'<div class="header"><div class="w1200"><a class="logo" href="/index.html">'
            f'<img src="/images/logo.png" alt="{SITE}"></a></div>'
            f'<div class="nav"><ul class="w1200">{nav}</ul></div></div>')


def _crumb(channel: str, name: str) -> str:
    first = dict(_NAV).get(channel, "/index.html")
    return (f'<div class="crumb">当前位置：<a href="/index.html">首页</a> &gt; <a href="{first}">{channel}</a>'
            f" &gt; <span>{name}</span></div>")


class _Builder:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self._next = 3_051_200

    def new_id(self) -> int:
        self._next += 37
        return self._next

    def put(self, url: str, html: str) -> None:
        assert url not in self.res, url
        self.res[url] = Resource(html.encode("utf-8"), HTML)

    # ---- columns -------------------------------------------------------------------------
    def menu(self, col: Col) -> str:
        siblings = [c for c in self.cols if c.channel == col.channel]
        items = "".join(f'<li{_ON if c is col else ""}><a href="{c.url}">{c.name}</a></li>'
                        for c in siblings)
        return f'<div class="left-menu"><h2>{col.channel}</h2><ul>{items}</ul></div>'

    def render_column(self, col: Col) -> None:
        pages = [col.items[i:i + col.per_page] for i in range(0, len(col.items), col.per_page)] or [[]]
        for n, rows in enumerate(pages, 1):
            body = self.rows(col, rows)
            total = len(pages) if col.items else 0
            pager = f'<div class="pagination"><span class="total">共{len(col.items)}条</span>'
            if total > 1:
                pager += (f'<a href="{col.page_url(1)}">首页</a>'
                          + (f'<a href="{col.page_url(n - 1)}">上一页</a>' if n > 1 else "")
                          + (f'<a href="{col.page_url(n + 1)}">下一页</a>' if n < total else "")
                          + f'<a href="{col.page_url(total)}">尾页</a>')
            pager += "</div>"
            html = (_head(f"{col.name}_{SITE}", col.name, '<meta name="ColumnType" content="list">') + _header()
                    + f'<div class="main w1200">{_crumb(col.channel, col.name)}{self.menu(col)}'
                    + f'<div class="right-con"><div class="col-banner"><h3>{col.name}</h3></div>'
                    + body + pager + "</div></div>" + _FULL_FOOTER + "</body></html>")
            self.put(col.page_url(n), html)
            if n > 1:
                self.traps.append(Trap(col.page_url(n), LATER_PAGE))

    def rows(self, col: Col, items: list[Item]) -> str:
        shown = (lambda it: col.pile) if col.pile else (lambda it: it.day)
        if col.style == "empty":
            return f'<div class="list-box">{col.marker}</div>' if col.marker else '<div class="list-box"></div>'
        if col.style == "note":
            return ('<div class="list-box"><div class="qksm"><h4>情况说明</h4>'
                    "<p>2026年以来，本区暂无需要向社会公开征求意见的规范性文件和重大行政决策事项。"
                    "如有相关事项，将在本栏目及时发布。</p><p class=\"sign\">南岭区人民政府办公室　2026-07-01</p></div></div>")
        if col.style == "news":
            lis = "".join(f'<li><span class="date">{shown(it).isoformat()}</span>'
                          f'<a href="{it.url}" target="_blank" title="{escape(it.title)}">{escape(it.title)}</a></li>'
                          for it in items)
            return f'<ul class="news_list">{lis}</ul>'
        if col.style == "pic":
            lis = "".join(f'<li><a href="{it.url}" class="pic"><img src="/images/tpxw/{i}.png" alt="{escape(it.title)}"></a>'
                          f'<div class="txt"><a href="{it.url}">{escape(it.title)}</a><span>{it.day.isoformat()}</span></div></li>'
                          for i, it in enumerate(items))
            return f'<ul class="pic_list">{lis}</ul>'
        if col.style == "yeartab":
            years = sorted({it.day.year for it in items}, reverse=True)
            tabs = "".join(f'<span{_ON if y == years[0] else ""}>{y}年</span>' for y in years)
            groups = "".join(
                f'<div class="tab-con" data-year="{y}"><ul>' + "".join(
                    f'<li><a href="{it.url}">{escape(it.title)}</a><em>{it.day:%m-%d}</em></li>'
                    for it in items if it.day.year == y) + "</ul></div>" for y in years)
            return f'<div class="year-tab"><div class="tab">{tabs}</div>{groups}</div>'
        if col.style == "table":
            trs = "".join(f'<tr><td class="t"><a href="{it.url}" title="{escape(it.title)}">{escape(it.title)}</a></td>'
                          f"<td>{it.number}</td><td>{it.day.isoformat()}</td></tr>" for it in items)
            return ('<table class="gkml-list"><thead><tr><th>标题</th><th>文号</th><th>发布日期</th></tr></thead>'
                    f"<tbody>{trs}</tbody></table>")
        if col.style == "chengdu":
            lis = "".join(f'<li><a href="{it.url}">{escape(it.title)}</a><span class="time">[{it.day.isoformat()}]</span></li>'
                          for it in items)
            return f'<div class="column-list"><ul>{lis}</ul></div>'
        raise ValueError(col.style)

    # ---- articles ------------------------------------------------------------------------
    def news_page(self, col: Col, it: Item, pubdate: date | None = None) -> None:
        meta = (f'<meta name="ArticleTitle" content="{escape(it.title)}">'
                f'<meta name="PubDate" content="{(pubdate or it.day).isoformat()} 09:30">'
                '<meta name="ContentSource" content="南岭区融媒体中心">')
        html = (_head(f"{it.title}_{SITE}", col.name, meta) + _header()
                + f'<div class="article w1200">{_crumb(col.channel, col.name)}'
                + f'<h1 class="article-title">{escape(it.title)}</h1>'
                + f'<div class="article-info"><span>来源：南岭区融媒体中心</span><span>发布时间：{it.day.isoformat()} 09:30</span></div>'
                + f'<div class="article-content">{it.body or self.filler(it.title)}</div></div>'
                + _ARTICLE_FOOTER + "</body></html>")
        self.put(it.url, html)

    @staticmethod
    def filler(title: str) -> str:
        return (f"<p>{escape(title)}。近日，南岭区有关部门按照区委、区政府部署，扎实推进相关工作，取得阶段性成效。</p>"
                "<p>下一步，南岭区将持续优化工作机制，强化统筹协调，推动各项任务落地见效。</p>")

    def gkml_page(self, col: Col, it: Item, meta_rows: list[tuple[str, str]] | None, related: str,
                  content: str, angular: bool = False) -> None:
        """A platform page; `angular`: saved as the rendered DOM of the platform's AngularJS
        template (ng-* attributes and ng-binding classes left in the markup, as on nfra.gov.cn)."""
        block = ""
        value = '<td class="td-value ng-binding" ng-bind="post.{f}">' if angular else '<td class="td-value">'
        if meta_rows is not None:
            cells = ""
            for i in range(0, len(meta_rows), 2):
                pair = meta_rows[i:i + 2]
                cells += "<tr>" + "".join(f'<td class="td-label"><b>{k}：</b></td>{value.format(f=i + j)}{v}</td>'
                                          for j, (k, v) in enumerate(pair)) + "</tr>"
            ng = ' ng-controller="postInfoCtrl"' if angular else ""
            block = f'<div class="classify"{ng}><table class="table-info"><tbody>{cells}</tbody></table></div>'
        meta = (f'<meta name="ArticleTitle" content="{escape(it.title)}">'
                f'<meta name="PubDate" content="{it.day.isoformat()} 16:00">'
                f'<meta name="ContentSource" content="{ORGAN}">')
        html = (_head(f"{it.title}-{col.name}-{SITE}", col.name, meta)
                + ('<div ng-app="gkmlApp" class="ng-scope">' if angular else "") + _header()
                + f'<div class="gkml-content w1200">{_crumb("政务公开", col.name)}{block}'
                + f'<div class="article"><h1 class="title">{escape(it.title)}</h1>'
                + (f'<div class="date">发布日期：{it.day.isoformat()}</div>' if meta_rows is None else "")
                + f'<div class="content">{content}</div>{related}</div></div>'
                + _GKML_FOOTER + ("</div>" if angular else "") + "</body></html>")
        self.put(it.url, html)


def _gkml_url(pid: int) -> str:
    return f"/gkmlpt/content/{pid // 1_000_000}/{pid // 1000}/post_{pid}.html"


_NEWS_TOPICS = ("召开经济运行调度会", "开展安全生产大检查", "推进城市更新项目", "举办民营企业座谈会", "部署防汛防风工作",
                "启动社区服务提升行动", "召开河长制工作会议", "推进教育优质均衡发展", "开展文明城市创建督导",
                "举行重大项目集中开工", "调研基层治理工作", "召开营商环境优化推进会")


def _dates(newest: date, count: int, step: int) -> list[date]:
    return [newest - timedelta(days=i * step) for i in range(count)]


def build(size: str = "small") -> SampleSite:
    """The gkml sample site and its answer key (one size)."""
    if size != "small":
        raise ValueError(size)
    b = _Builder()

    def col(path: str, name: str, channel: str, style: str = "news", **kw) -> Col:
        c = Col(path, name, channel, style, **kw)
        b.cols.append(c)
        return c

    def news_items(c: Col, prefix: str, days: list[date]) -> None:
        for i, d in enumerate(days):
            topic = _NEWS_TOPICS[(i + len(prefix)) % len(_NEWS_TOPICS)]
            url = (f"{c.path}detail-{b.new_id()}.shtml" if c.style == "chengdu"
                   else f"{c.path}content/post_{b.new_id()}.html")
            c.items.append(Item(url, f"{prefix}{topic}（{d.month}月第{i % 4 + 1}期）", d))

    # News (Shenzhen style): fresh columns, one stale one, a year-tab list, a picture list.
    nlyw = col("/xwzx/nlyw/", "南岭要闻", "新闻中心")
    news_items(nlyw, "南岭区", _dates(date(2026, 10, 8), 20, 3))
    bmdt = col("/xwzx/bmdt/", "部门动态", "新闻中心")
    news_items(bmdt, "区直部门", _dates(date(2026, 9, 10), 6, 9))
    jddt = col("/xwzx/jddt/", "街道动态", "新闻中心", "yeartab")
    news_items(jddt, "南岭街道", _dates(date(2026, 10, 6), 6, 25) + [date(2025, 12, 20), date(2025, 11, 3)])
    tpxw = col("/xwzx/tpxw/", "图片新闻", "新闻中心", "pic")
    news_items(tpxw, "图说南岭：", _dates(date(2026, 10, 5), 6, 6))
    # 通知公告: every list row shows the CMS regeneration day; the articles' own dates are old.
    tzgg = col("/xwzx/tzgg/", "通知公告", "新闻中心", pile=date(2026, 9, 30))
    news_items(tzgg, "关于", _dates(date(2026, 3, 20), 8, 11))
    for it in tzgg.items:
        it.title = it.title.replace("（", "的通知（", 1)
    gsgg = col("/xwzx/gsgg/", "公示公告", "新闻中心", "chengdu")
    news_items(gsgg, "公示：", _dates(date(2026, 8, 1), 12, 14))
    gsgg.items.insert(4, Item(f"{gsgg.path}detail-{b.new_id()}.shtml", "南岭区人民政府关于公布行政规范性文件清理结果的公告",
                              date(2026, 6, 23)))

    # 政务公开 columns of other kinds (Chengdu style) and empty ones.
    rsxx = col("/zwgk/rsxx/", "人事信息", "政务公开", "chengdu")
    news_items(rsxx, "南岭区事业单位公开招聘", _dates(date(2025, 8, 1), 4, 40))
    yshj = col("/zwgk/yshj/", "优化营商环境", "政务公开")
    news_items(yshj, "南岭区", _dates(date(2026, 5, 1), 4, 30))
    zdxm = col("/zwgk/zdxm/", "重大项目", "政务公开")
    news_items(zdxm, "重大项目建设：", _dates(date(2025, 6, 30), 4, 45))
    empties = [col("/zwgk/czyjs/", "财政预决算", "政务公开", "empty"),
               col("/zwgk/jytabl/", "建议提案办理", "政务公开", "empty", marker="暂无信息"),
               col("/zwgk/sjfb/", "数据发布", "政务公开", "empty", marker='<p class="no-data">信息正在更新中……</p>'),
               col("/hdjl/zjdc/", "征集调查", "互动交流", "empty"),
               col("/hdjl/zxft/", "在线访谈", "互动交流", "empty", marker='<div class="nodata">没有找到相关信息！</div>')]
    yjzj = col("/hdjl/yjzj/", "意见征集", "互动交流", "note")

    # gkmlpt disclosure platform.
    gfx = col("/gkmlpt/gfxwj/", "规范性文件", "政务公开", "table", per_page=6)
    zcwj = col("/gkmlpt/zcwj/", "政策文件", "政务公开", "table")
    zcjd = col("/gkmlpt/zcjd/", "政策解读", "政务公开", "news", per_page=8)
    ndbg = col("/gkmlpt/ndbg/", "政府信息公开年报", "政务公开", "table")
    bmnb = col("/gkmlpt/bmnb/", "部门年报", "政务公开", "table", per_page=20)

    subjects = ("南岭区既有住宅加装电梯管理办法", "南岭区促进先进制造业高质量发展若干措施", "南岭区城市更新单元计划管理规定",
                "南岭区社区居家养老服务补贴实施办法", "南岭区中小学学位申请管理办法", "南岭区产业用房租金补贴管理办法",
                "南岭区政府投资项目管理办法", "南岭区人才住房配租管理办法")
    gfx_days = [date(2026, 9, 15), date(2026, 7, 3), date(2026, 4, 20), date(2026, 1, 12), date(2025, 11, 6),
                date(2025, 8, 18), date(2025, 5, 9), date(2025, 2, 24)]
    gfx_numbers = ["南府规〔2026〕3号", "南府规〔2026〕2号", "南府规〔2026〕1号", "南府规〔2025〕6号",
                   "南府规〔2025〕5号", "南府规〔2025〕4号", "南府规〔2025〕3号", "南府规〔2025〕2号"]
    zc_subjects = ("南岭区2026年重点民生实事工作方案", "南岭区关于加快发展数字经济的实施意见", "南岭区全面推行河长制工作方案",
                   "南岭区生活垃圾分类三年行动方案", "南岭区突发事件总体应急预案")
    zc_days = [date(2026, 7, 20), date(2026, 5, 28), date(2026, 2, 10), date(2025, 10, 16), date(2025, 6, 5)]
    zc_numbers = ["南府〔2026〕12号", "南府〔2026〕7号", "南府〔2026〕3号", "南府〔2025〕21号", "南府〔2025〕12号"]

    # Interpretation plans per document index: lag in days (None: no interpretation), whether the
    # document links its interpretation.
    gfx_plan = {i: (0, True) for i in range(8)}
    gfx_plan[1] = (None, False)  # missing
    gfx_plan[2] = (1, False)  # interpretation exists (links back) but the document does not link it
    gfx_plan[5] = (12, True)  # late
    zc_plan = {i: (i % 2, True) for i in range(5)}
    zc_plan[1] = (None, False)  # missing
    zc_plan[3] = (9, True)  # late
    missing_meta = {3: "成文日期", 6: "文号"}  # normative documents with an incomplete block

    interps: list[tuple[Item, Item, bool]] = []  # (interpretation, document, document links it)

    def make_docs(c: Col, subjects_: tuple[str, ...], days: list[date], numbers: list[str], plan: dict,
                  normative: bool) -> None:
        for i, (subj, d, num) in enumerate(zip(subjects_, days, numbers)):
            pid = b.new_id()
            prefix = "关于印发《" if not normative else "南岭区人民政府关于印发《"
            doc = Item(_gkml_url(pid), f"{prefix}{subj}》的通知", d, kind="doc", number=num)
            c.items.append(doc)
            lag, linked = plan[i]
            if lag is not None:
                it = Item(_gkml_url(b.new_id()), f"《{subj}》政策解读", d + timedelta(days=lag), kind="interp")
                interps.append((it, doc, linked))
                zcjd.items.append(it)
            if normative:
                if i == 1:
                    b.key.append(Expected("interpretations", doc.url, "规范性文件没有政策解读", probe="no-interp-link"))
                if i == 2:
                    b.key.append(Expected("interpretations", doc.url, "规范性文件未链接其解读（解读单向链接文件）",
                                          probe="no-interp-link"))
                if i == 5:
                    b.key.append(Expected("interpretations", doc.url, "解读晚于文件 12 天发布", probe="late-interp"))
                if i in missing_meta:
                    b.key.append(Expected("normative-metadata", doc.url, f"元数据缺少{missing_meta[i]}",
                                          probe=f"meta-missing:{missing_meta[i]}"))
            else:
                if i == 1:
                    b.key.append(Expected("interpretations", doc.url, "政策文件没有政策解读", probe="no-interp-link"))
                if i == 3:
                    b.key.append(Expected("interpretations", doc.url, "解读晚于文件 9 天发布", probe="late-interp"))

    make_docs(gfx, subjects, gfx_days, gfx_numbers, gfx_plan, True)
    make_docs(zcwj, zc_subjects, zc_days, zc_numbers, zc_plan, False)
    zcjd.items.sort(key=lambda it: it.day, reverse=True)
    gfx.items.sort(key=lambda it: it.day, reverse=True)

    # Annual reports: the district government and three departments.
    def report(c: Col, organ: str, year: int, published: date) -> Item:
        it = Item(_gkml_url(b.new_id()), f"{organ}{year}年政府信息公开工作年度报告", published, kind="report")
        c.items.append(it)
        return it

    gov_years = {2020: date(2021, 3, 26), 2021: date(2022, 3, 30), 2022: date(2023, 4, 12),
                 2024: date(2025, 3, 31), 2025: date(2026, 3, 27)}  # 2023 missing, 2022 late
    gov_reports = {y: report(ndbg, ORGAN, y, d) for y, d in sorted(gov_years.items(), reverse=True)}
    depts = {"南岭区教育局": {2021: date(2022, 1, 20), 2022: date(2023, 1, 18), 2023: date(2024, 1, 26),
                         2024: date(2025, 2, 18), 2025: date(2026, 1, 22)},
             "南岭区住房和建设局": {2021: date(2022, 1, 28), 2022: date(2023, 1, 30), 2023: date(2024, 1, 19),
                           2024: date(2025, 1, 24)},
             "南岭区民政局": {2021: date(2022, 1, 14), 2022: date(2023, 1, 29), 2023: date(2024, 1, 31),
                        2024: date(2025, 1, 27), 2025: date(2026, 1, 16)}}
    dept_reports = {(o, y): report(bmnb, o, y, d) for o, years in depts.items()
                    for y, d in sorted(years.items(), reverse=True)}
    report_pattern = r"^(?:/gkmlpt/(?:ndbg|bmnb)/|/$|/index\.html$|annual-report:)"
    b.key += [
        Expected("annual-reports", ndbg.url, "区政府2023年度报告缺失", match=(ORGAN, "2023"),
                 probe=f"no-report:{ORGAN}2023", url_pattern=report_pattern),
        Expected("annual-reports", gov_reports[2022].url, "区政府2022年度报告2023-04-12发布，晚于3月31日",
                 match=(ORGAN, "2022"), probe="late:2023-03-31"),
        Expected("annual-reports", bmnb.url, "区住建局2025年度报告缺失", match=("南岭区住房和建设局", "2025"),
                 probe="no-report:南岭区住房和建设局2025", url_pattern=report_pattern),
        Expected("annual-reports", dept_reports[("南岭区教育局", 2024)].url, "区教育局2024年度报告2025-02-18发布，晚于1月31日",
                 match=("南岭区教育局", "2024"), probe="late:2025-01-31"),
    ]
    b.traps += [Trap(gov_reports[2024].url, "区政府2024年度报告在截止日3月31日当天发布，不是逾期"),
                Trap(dept_reports[("南岭区民政局", 2023)].url, "区民政局2023年度报告在截止日1月31日当天发布，不是逾期")]

    # Static single pages carrying a ColumnName (undated except the guide).
    statics = [("/zjnl/jgzn/index.html", "机构职能", "<p>南岭区人民政府是区人民代表大会的执行机关，是区级国家行政机关。"
                "主要职责：执行区人民代表大会及其常务委员会的决议……</p>", None),
               ("/zjnl/ldjj/index.html", "领导简介", "<p>区长：王某某，男，1972年生，研究生学历，负责区政府全面工作。</p>"
                "<p>常务副区长：李某某，负责发展改革、财政、审计等方面工作。</p>", None),
               ("/gkmlpt/gkzd/index.html", "政府信息公开制度", "<p>为规范政府信息公开工作，本区制定了《南岭区政府信息公开工作制度》，"
                "包括主动公开、依申请公开、保密审查、考核评议等制度。</p>", None),
               ("/gkmlpt/ysqgk/index.html", "依申请公开", "<p>公民、法人或者其他组织可以向南岭区人民政府办公室申请获取政府信息。"
                "申请方式：当面申请、邮寄申请、网上申请。</p>", None),
               ("/gkmlpt/gkzn/index.html", "政府信息公开指南", "<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，"
                "编制本指南。</p><p>一、主动公开　二、依申请公开　三、监督方式</p><p>受理机构：南岭区人民政府办公室，电话：0755-2000 0000。</p>",
                date(2026, 1, 5))]
    for url, name, text, day in statics:
        dated = f'<div class="info">发布日期：{day.isoformat()}</div>' if day else ""
        meta = f'<meta name="PubDate" content="{day.isoformat()}">' if day else ""
        b.put(url, _head(f"{name}_{SITE}", name, meta) + _header()
              + f'<div class="main w1200">{_crumb("走进南岭" if url.startswith("/zjnl") else "政务公开", name)}'
              + f'<div class="single"><h2 class="single-title">{name}</h2>{dated}{text}</div></div>'
              + _FULL_FOOTER + "</body></html>")
        if day is None:
            b.traps.append(Trap(url, "没有日期的单页（机构职能、领导简介、公开制度、依申请公开）不是栏目，不能判为长期未更新"))

    # Article pages.
    broken_img = "/images/2026/0915/a8f3c2.jpg"
    broken_att = "/attachment/0/26/26817/2681733.pdf"
    soft_att = "/attachment/0/25/25403/2540391.docx"
    good_att = "/attachment/0/26/26790/2679012.pdf"
    for c in (nlyw, bmdt, jddt, tpxw, gsgg, rsxx, yshj, zdxm):
        for it in c.items:
            b.news_page(c, it)
    nlyw_first = nlyw.items[1]
    b.res.pop(nlyw_first.url)
    nlyw_first.body = (b.filler(nlyw_first.title) + f'<p style="text-align:center"><img src="{broken_img}" alt="现场图片"></p>')
    b.news_page(nlyw, nlyw_first)
    for it in tzgg.items:
        b.news_page(tzgg, it, pubdate=tzgg.pile)
    b.key.append(Expected("stale-columns", tzgg.url, "通知公告列表日期全是页面重新生成日2026-09-30，文章自身最新发布日期2026-03-20，超过6个月",
                          probe=f"newest-shown:{tzgg.items[0].day.isoformat()}"))
    b.key.append(Expected("stale-columns", bmdt.url, "部门动态最新一条2026-09-10，超过2周", probe="newest:2026-09-10"))
    b.key.append(Expected("stale-columns", rsxx.url, "人事信息最新一条2025-08-01，超过1年", probe="newest:2025-08-01"))
    b.key.append(Expected("stale-columns", zdxm.url, "重大项目最新一条2025-06-30，超过1年", probe="newest:2025-06-30"))
    for c in empties:
        b.key.append(Expected("empty-columns", c.url, f"空白栏目（{'无提示文字' if not c.marker else '提示：' + c.marker}）",
                              probe="no-rows"))
    b.traps.append(Trap(yjzj.url, "只有情况说明的栏目不是空白栏目"))
    b.traps.append(Trap(zcjd.url, "政策解读栏目自己的标题不是“相关解读”框"))

    interp_of = {doc.url: it for it, doc, linked in interps if linked}
    for c, normative in ((gfx, True), (zcwj, False)):
        for doc in c.items:
            i = (subjects if normative else zc_subjects).index(doc.title.split("《")[1].split("》")[0])
            rows = [("索 引 号", f"11440305MB2C{'9' if normative else '8'}1234X/{doc.day.year}-{i + 101:05d}"),
                    ("分　　类", "综合政务\\通知" if not normative else "城乡建设、环境保护\\其他"),
                    ("发布机构", ORGAN), ("成文日期", f"{(doc.day - timedelta(days=6)):%Y年%m月%d日}"),
                    ("文　　号", doc.number), ("发布日期", f"{doc.day:%Y年%m月%d日}"),
                    ("名　　称", escape(doc.title)), ("有 效 性", "有效")]
            if normative and i in missing_meta:
                label = missing_meta[i]
                if label == "成文日期":
                    rows = [r for r in rows if r[0] != "成文日期"]
                else:
                    rows = [(k, "" if k == "文　　号" else v) for k, v in rows]
            att = ""
            if normative and i == 0:
                att = f'<p>附件：<a href="{good_att}">南岭区既有住宅加装电梯管理办法.pdf</a></p>'
            if normative and i == 2:
                att = f'<p>附件：<a href="{broken_att}">南岭区城市更新单元计划管理规定.pdf</a></p>'
            if normative and i == 5:
                att = f'<p>附件：<a href="{soft_att}">产业用房租金补贴申请表.docx</a></p>'
            interp = interp_of.get(doc.url)
            if normative:  # static template: an empty box when there is nothing to show
                related = ('<div class="xgjd"><div class="xgjd-tab"><span class="on">相关解读</span></div><ul>'
                           + (f'<li><a href="{interp.url}">{escape(interp.title)}</a><span>{interp.day.isoformat()}</span></li>'
                              if interp else "") + "</ul></div>")
            else:  # rendered AngularJS template: ng-repeat rows, or its 暂无 row shown
                row = (f'<li ng-repeat="x in relations" class="ng-scope"><a ng-href="{interp.url}" href="{interp.url}" '
                       f'class="ng-binding">{escape(interp.title)}</a><span class="ng-binding">{interp.day.isoformat()}</span></li>'
                       if interp else '<li ng-show="relations.length == 0" class="">暂无相关解读</li>')
                related = ('<div class="xgjd" ng-controller="relationCtrl"><div class="xgjd-tab"><span class="on">相关解读</span>'
                           f'<span ng-click="tab=2" class="ng-hide">相关文件</span></div><ul>{row}</ul></div>')
            content = (f'<p style="text-align:center">{doc.number}</p><p>各街道办事处，区政府直属各单位：</p>'
                       f"<p>现将《{escape(doc.title.split('《')[1].split('》')[0])}》印发给你们，请认真贯彻执行。</p>"
                       f'<p style="text-align:right">{ORGAN}</p>{att}')
            b.gkml_page(c, doc, rows, related, content, angular=not normative)
    b.res[good_att] = Resource(fake_pdf("Nanling elevator rules"), "application/pdf")
    b.key.append(Expected("broken-links", broken_att, "附件链接 404", probe="status:404"))
    b.res[soft_att] = Resource(b"", HTML)  # replaced below by the soft-404 body
    b.key.append(Expected("broken-links", soft_att, "附件地址返回“页面不存在”HTML（软404）", probe="soft404"))
    b.key.append(Expected("broken-links", broken_img, "正文图片 404", probe="status:404"))

    for it, doc, _ in interps:
        content = (f"<p>一、起草背景　为贯彻落实上级部署，结合我区实际，起草了{escape(doc.title)}。</p>"
                   "<p>二、主要内容　明确了适用范围、支持标准和办理流程。</p>"
                   f'<p class="ywlj">原文链接：<a href="{doc.url}">{escape(doc.title)}</a></p>')
        b.gkml_page(zcjd, it, None, "", content)
    for (organ, year), it in [*(((ORGAN, y), r) for y, r in gov_reports.items()), *dept_reports.items()]:
        c = ndbg if organ == ORGAN else bmnb
        b.gkml_page(c, it, None, "", report_body(organ, year, year + len(organ)))

    # The platform's landing page: catalogue and the newest documents.
    newest = sorted(gfx.items + zcwj.items, key=lambda d: d.day, reverse=True)[:6]
    catalogue = "".join(f'<li><a href="{c.url}">{c.name}</a></li>' for c in (gfx, zcwj, zcjd, ndbg, bmnb))
    catalogue += ('<li><a href="/gkmlpt/gkzn/index.html">政府信息公开指南</a></li>'
                  '<li><a href="/gkmlpt/gkzd/index.html">政府信息公开制度</a></li>'
                  '<li><a href="/gkmlpt/ysqgk/index.html">依申请公开</a></li>')
    latest = "".join(f'<li><a href="{d.url}">{escape(d.title)}</a><span>{d.day.isoformat()}</span></li>' for d in newest)
    for c in b.cols:
        b.render_column(c)
    b.put("/gkmlpt/index.html", _head(f"政府信息公开_{SITE}", "政府信息公开") + _header()
          + f'<div class="main w1200">{_crumb("政务公开", "政府信息公开")}<div class="gkml-tree"><h3>法定主动公开内容</h3><ul>{catalogue}</ul></div>'
          + f'<div class="gkml-new"><h3>最新信息</h3><ul>{latest}</ul></div></div>' + _FULL_FOOTER + "</body></html>")

    # Homepage: picture carousel, news blocks (plus one dead link and a soft-404 link).
    dead_link = "/zwfw/bszn/index.html"
    soft_page = "/xwzx/ztzl/index.html"
    carousel = "".join(f'<li><a href="{it.url}"><img src="/images/tpxw/{i}.png" alt="{escape(it.title)}"></a>'
                       f'<p class="txt">{escape(it.title)}</p></li>' for i, it in enumerate(tpxw.items[:4]))
    block = lambda c, n: "".join(f'<li><span class="date">{(c.pile or it.day):%m-%d}</span><a href="{it.url}">{escape(it.title)}</a></li>'
                                 for it in c.items[:n])
    quick = "".join(f'<a href="{c.url}">{c.name}</a>' for c in b.cols if c.channel != "新闻中心")
    home = (_head(SITE, "首页").replace('<meta name="ColumnName" content="首页">', "") + _header()
            + f'<div class="index w1200"><div class="focus"><ul class="slide">{carousel}</ul></div>'
            + f'<div class="ywbox"><div class="hd"><a href="{nlyw.url}">南岭要闻</a><a href="{nlyw.url}" class="more">更多</a></div>'
            + f'<ul>{block(nlyw, 7)}</ul></div>'
            + f'<div class="ywbox"><div class="hd"><a href="{tzgg.url}">通知公告</a></div><ul>{block(tzgg, 5)}</ul></div>'
            + f'<div class="ywbox"><div class="hd"><a href="{bmdt.url}">部门动态</a> <a href="{jddt.url}">街道动态</a> '
            + f'<a href="{gsgg.url}">公示公告</a> <a href="{tpxw.url}">图片新闻</a></div></div>'
            + f'<div class="quick">{quick}<a href="/gkmlpt/index.html">政府信息公开</a><a href="/gkmlpt/index.html">法定主动公开内容</a><a href="/gkmlpt/gkzn/index.html">政府信息公开指南</a>'
            + '<a href="/zjnl/jgzn/index.html">机构职能</a><a href="/zjnl/ldjj/index.html">领导简介</a>'
            + f'<a href="{dead_link}">办事指南</a><a href="{soft_page}">专题专栏</a></div></div>'
            + _FULL_FOOTER + "</body></html>")
    b.put("/index.html", home)
    b.res["/"] = b.res["/index.html"]
    b.key.append(Expected("broken-links", dead_link, "首页链接 404", probe="status:404"))
    b.key.append(Expected("broken-links", soft_page, "首页链接返回“页面不存在”（状态 200 的软404）", probe="soft404"))
    b.key.append(Expected("footer", nlyw.items[0].url, "新闻文章页模板页脚缺少网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=NEWS_ARTICLES))

    # Assets.
    png = tiny_png()
    for url in ["/images/logo.png", "/images/ga.png", *(f"/images/tpxw/{i}.png" for i in range(10))]:
        b.res[url] = Resource(png, "image/png")
    b.res["/css/style.css"] = Resource(b"body{font:14px/1.6 sans-serif}", "text/css")

    soft = (_head(f"页面不存在_{SITE}", "") .replace('<meta name="ColumnName" content="">', "")
            + '<div class="err"><h2>抱歉，您访问的页面不存在或已被删除！</h2><p><a href="/index.html">返回首页</a></p></div>'
            + "</body></html>").encode("utf-8")
    soft_res = Resource(soft, HTML)
    b.res[soft_att] = soft_res
    b.res[soft_page] = soft_res
    not_found = Resource(b"<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>"
                         b"<hr><center>nginx</center></body></html>", "text/html", 404)
    vetoes = frozenset({"empty-columns-veto"}) if sum(e.family == "empty-columns" for e in b.key) >= 5 else frozenset()
    return SampleSite("gkml", size, AS_OF, b.res, not_found, b.key, b.traps, vetoes)
