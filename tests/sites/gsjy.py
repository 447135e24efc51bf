"""The "gsjy" sample site: a county portal (洮川县人民政府, 甘肃) on the 甘肃 政府网站集约化平台 — the platform the
province's portal (www.gansu.gov.cn/gsszf/…), its departments (gxt., fzgg., gdj., wh.… .gansu.gov.cn) and its cities
and counties share (UTF-8; every page under the site's folder, `/tcx/` here as `/gsszf/` for the province; channels and
columns are `c<id>/` folders nested under their parent (`/gsszf/c100002/c100006/c100008/`) with a named column page
(`ywdt.shtml`, `list.shtml`, `zfxxgk_zdgk.shtml`); articles in month folders, `c<id>/<yyyymm>/<id>.shtml` — news in
their column's folder, 信息公开 records in the 信息公开 channel's folder whatever column lists them; list rows
`ul#list > li`, the whole title in the link's `title`, the date in `span.date`; a later page named only by a relative
加载更多 link `a.jzgd`, no count, no last page, gone on the last page).

Why 甘肃: of the brief's provinces not yet covered it is the one whose platform the library shows with a list selector,
a pager and real addresses of one scheme; 山东's `/gongkai/channel_…/doc_….html` platform shows only addresses (its lists
are drawn by a Vue page and Hanweb datacall scripts the scrapers could not read: find_string `/gongkai/channel_`); 浙江's
and 江苏's are Hanweb (`/col/col…/art/…`, the hanweb template's family); 宁夏's shows the 河南 TRS rows (`div.zfxxgk_zdgkc`,
the hajy template's).

Sources (read with `read_file` / `find_string`, cited as found):
  - jas0no7/local_spider_jason, the spider `news_fgw_gansu` (find_string id 2811698909, 甘肃省人民政府门户网): the list
    `https://www.gansu.gov.cn/gsszf/c100002/ywdt.shtml` (甘肃要闻) and `https://fzgg.gansu.gov.cn/fzgg/c106090/list.shtml`
    read as `//ul[@id="list"]/li` with `./a/@href`, `./a/@title` and `./span[@class="date"]/text()`; later pages
    followed through `LinkExtractor(restrict_xpaths='//a[@class="jzgd"]')` page by page; the record's metas
    `ArticleTitle` and `Author` (its other detail readings are copied from the same author's 河南 spider, not used here);
  - real addresses: `www.gansu.gov.cn/gsszf/c100055/202209/2114730.shtml` (an 甘政办发 notice),
    `/gsszf/c100054/202305/169842573.shtml` (甘肃省碳达峰实施方案, in the 信息公开 channel c100054, whose page is
    `/gsszf/c100054/zfxxgk_zdgk.shtml`), `/gsszf/c100002/c100006/c100008/202406/173935221.shtml` (nested columns),
    `/gsszf/c100199/202406/173933391.shtml`, `gxt.gansu.gov.cn/gxt/jjyx/202603/174299309.shtml`,
    `gdj.gansu.gov.cn/gdj/c109217/video_item.shtml`, `/gsszf/gsyw/common_noleftlist.shtml` and the search at
    `/common/search/<hex>` (a 瑞数-guarded scraper, id 3234394778): find_string `gansu.gov.cn/gsszf/c1`, `gansu.gov.cn`;
  - a load-more box written `<div class="jzgd"><a href="400.php">我要看更多</a></div>` in a PHP site (id 12852127347):
    the class is a common name for 加载更多 boxes, not only the province's.
Guessed, said as such: the address of page 2 (`ywdt_2.shtml`: the scraper only follows the link), the record header
(a label table, two pairs a row: no 甘肃 record header was found), the article's info line, the trail, the 相关解读/
相关文件 boxes, the 意见征集 table (kept from the hajy template), the empty-list forms, the home blocks, the footer's
wording, every place name, number and wording.

First contact (the tool at 2815f47, the site's first build): 135/136 pages; every keyed family 1.00/1.00 but
stale-columns 0.50/1.00 — page 2 of 洮川要闻, named only by the 加载更多 link, read as a column of its own (a false
stale column: its rows the oldest). Fixed: 加载更多 is a next-page text (`htmlvocab.NEXT_PAGE_TEXTS`). Now 136/136 pages,
every family 1.00/1.00, 合格 78.5, nothing undecided; under all 19 mutations at seeds 0–3 the same (合格 76.5: `metas`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "洮川县"
GOV = "洮川县人民政府"
HOST = "http://www.taochuan.gov.cn"
SITE_CODE = "6211260001"
ICP = "陇ICP备05003617号"
PSB = "62112602000108"
HTML = "text/html; charset=utf-8"
SITE = "/tcx/"  # every page of the county sits under its site folder, as /gsszf/ for the province
XWZX = SITE + "c108002/"
XXGK = SITE + "c108050/"
HDJL = SITE + "c108090/"
JCZW = SITE + "c108070/"
FDZD = XXGK + "c108060/"
# channel pages: named files in the channel folders (the province's `/gsszf/c100054/zfxxgk_zdgk.shtml`)
XWZX_PAGE = XWZX + "index.shtml"
XXGK_PAGE = XXGK + "zfxxgk_zdgk.shtml"
FDZD_PAGE = FDZD + "index.shtml"
HDJL_PAGE = HDJL + "index.shtml"


@dataclass
class Doc:
    key: int
    title: str
    when: date  # 发布日期
    home: str  # the folder of the column that stores it
    body: str = ""
    source: str = f"{GOV}办公室"
    meta: dict[str, str] | None = None  # the 信息公开 header (label → value; "" = an empty cell)
    links: str = ""  # the 相关解读 / 相关文件 box under the body

    @property
    def url(self) -> str:
        """An article lives in a month folder of its column's or channel's folder (`/gsszf/c100055/202209/2114730.shtml`)."""
        return f"{self.home}{self.when:%Y%m}/{173930000 + self.key * 37}.shtml"

    @property
    def written(self) -> date:
        return self.when - timedelta(days=4 + self.key % 4)


@dataclass
class Col:
    name: str
    path: str  # the column's folder, e.g. /xwzx/zyyw/
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 20
    empty: str = ""  # how an empty list shows: "" (an empty <ul>) or a notice
    kind: str = "news"
    leaf: str = "list.shtml"  # the column page in its folder (`ywdt.shtml`, `list.shtml`)  # news | yjzj (the 意见征集 table) | span (信息公开 rows dated in a <span>, as 殷都's) | card

    @property
    def xxgk(self) -> bool:
        return self.path.startswith(XXGK)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self) -> str:
        return self.path + self.leaf

    def page_url(self, n: int) -> str:
        stem = self.leaf.removesuffix(".shtml")
        return self.url() if n == 1 else f"{self.path}{stem}_{n}.shtml"


def _head(title: str, col: Col | None, d: Doc | None) -> str:
    tags = (f'<meta name="SiteName" content="{GOV}">\n<meta name="SiteDomain" content="www.taochuan.gov.cn">\n'
            f'<meta name="SiteIDCode" content="{SITE_CODE}">\n')
    if col:
        tags += (f'<meta name="ColumnName" content="{escape(col.name)}">\n'
                 f'<meta name="ColumnDescription" content="{escape(col.name)}">\n'
                 f'<meta name="ColumnKeywords" content="{escape(col.name)}">\n<meta name="ColumnType" content="{escape(col.name)}">\n')
    if d:
        # The article template writes ArticleTitle, PubDate and Author (the 甘肃 scraper reads ArticleTitle and Author) but
        # no ContentSource: a planted defect.
        tags += (f'<meta name="ArticleTitle" content="{escape(d.title)}">\n'
                 f'<meta name="PubDate" content="{d.when:%Y-%m-%d} {9 + d.key % 8:02d}:{d.key * 7 % 60:02d}">\n'
                 f'<meta name="Author" content="{escape(d.source)}">\n')
    else:
        tags += f'<meta name="Keywords" content="{GOV},{COUNTY}">\n<meta name="Description" content="{GOV}门户网站">\n'
    page = f"{title}-{GOV}" if title != GOV else GOV
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n'
            f'{tags}<title>{escape(page)}</title>\n'
            '<link rel="stylesheet" type="text/css" href="/tcx/css/common.css" />\n'
            f'<script type="text/javascript" src="{SITE}js/jquery.min.js"></script>\n</head>\n')


def _header() -> str:
    nav = (("首页", "/"), ("新闻中心", XWZX_PAGE), ("政府信息公开", XXGK_PAGE), ("政务服务", "https://zwfw.gansu.gov.cn/"),
           ("互动交流", HDJL_PAGE))
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in nav)
    return ('<div class="top"><div class="w1200"><span class="welcome">欢迎访问洮川县人民政府门户网站</span>'
            '<a href="javascript:void(0)" id="wza">无障碍</a></div></div>\n'
            '<div class="header"><div class="w1200"><a class="logo" href="/tcx/index.shtml"><img src="/tcx/images/logo.png" alt="洮川县人民政府" /></a>\n'
            '<form class="search" action="/search/"><input type="text" name="searchword" placeholder="请输入关键字" />'
            '<input type="submit" value="搜索" /></form></div></div>\n'
            f'<div class="nav"><ul class="w1200">{items}</ul></div>\n')


def _footer(site_code: bool) -> str:
    # The 信息公开 record template's footer drops the 网站标识码 (a planted defect on the 信息公开 documents).
    code = f'<span>网站标识码：{SITE_CODE}</span>' if site_code else ""
    return ('<div class="footer"><div class="w1200">\n'
            f'<p class="flink"><a href="{SITE}wzdt.shtml">网站地图</a> | <a href="{SITE}lxwm.shtml">联系我们</a></p>\n'
            f'<p><span>主办：{GOV}办公室</span> <span>承办：{COUNTY}融媒体中心</span> {code}</p>\n'
            f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a> '
            f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">'
            f'<img src="{SITE}images/ga.png" />甘公网安备 {PSB}号</a></p>\n'
            '<div class="fimg"><span id="_ideConac"></span>'
            f"<script id=\"_jiucuo_\" sitecode='{SITE_CODE}' src='{SITE}js/jiucuo.js'></script></div>\n</div></div>\n")


def _short(title: str) -> str:
    """A list row shows a long title cut with "..." (the whole title stays in the link's title attribute)."""
    return title if len(title) <= 24 else title[:23] + "..."


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _ymd(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.n = 0

    def doc(self, col: Col, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.n += 1
        # 信息公开 records are stored in the channel's folder whatever column lists them (the province's
        # `/gsszf/c100054/202305/169842573.shtml`, c100054 its 信息公开 channel); news in the column's own folder.
        home = XXGK if col.xxgk else JCZW if col.path.startswith(JCZW) else col.path
        return Doc(self.n, title, when, home, body or _paras(f"{title}。"), **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    def page(self, head: str, body: str, site_code: bool = True) -> Resource:
        html = f'{head}<body>\n{_header()}{body}{_footer(site_code)}</body>\n</html>\n'
        return Resource(html.encode("utf-8"), HTML)

    def channel(self, col: Col) -> tuple[str, str]:
        if col.path.startswith(HDJL):
            return ("互动交流", HDJL_PAGE)
        if col.path.startswith(JCZW):
            return ("政府信息公开", XXGK_PAGE)  # 基层政务公开 columns sit in the 信息公开 menu
        return ("政府信息公开", XXGK_PAGE) if col.xxgk else ("新闻中心", XWZX_PAGE)

    def trail(self, col: Col) -> str:
        up, up_url = self.channel(col)
        return (f'<div class="wz w1200">当前位置：<a href="/">首页</a> &gt; <a href="{up_url}">{up}</a> &gt; '
                f'<a href="{col.url()}">{col.name}</a></div>\n')

    def rows(self, col: Col, docs: list[Doc]) -> str:
        if col.kind == "yjzj":
            trs = "".join(f'\n<tr><td class="bt"><a href="{d.url}" target="_blank" title="{escape(d.title)}">{escape(_short(d.title))}</a></td>'
                          f'<td>{escape(d.source)}</td><td>{d.when:%Y-%m-%d}至{d.when + timedelta(days=30):%Y-%m-%d}</td>'
                          f'<td>{d.when:%Y-%m-%d}</td></tr>' for d in docs)
            return ('<table class="zmhd-table"><thead><tr><th>标题</th><th>征集单位</th><th>征集时间</th><th>发布日期</th></tr></thead>'
                    f'<tbody>{trs}\n</tbody></table>\n')
        # the province's rows: `ul#list > li`, the whole title in the link's title, the date in `span.date`
        inner = "".join(f'\n<li><a href="{d.url}" target="_blank" title="{escape(d.title)}">{escape(_short(d.title))}</a>'
                        f'<span class="date">{d.when:%Y-%m-%d}</span></li>' for d in docs)
        if not docs and col.empty:
            inner = f'\n<li class="nodata">{col.empty}</li>'
        return f'<ul id="list" class="list">{inner}\n</ul>\n'

    def pager(self, col: Col, n: int) -> str:
        """The province's 加载更多 link (`a.jzgd`, which the scrapers follow page by page): a relative address of the next
        page only, no count, no first or last page; gone on the last page."""
        if n >= col.pages:
            return ""
        nxt = col.page_url(n + 1).rsplit("/", 1)[1]
        return f'<div class="more-box"><a class="jzgd" href="{nxt}">加载更多</a></div>\n'

    def side(self, col: Col) -> str:
        cur = ' class="on"'
        items = "".join(f'<li{cur if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if self.channel(c) == self.channel(col))
        return f'<div class="sideMenu"><h3>{self.channel(col)[0]}</h3><ul class="submenu">{items}</ul></div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        body = (f'{self.trail(col)}<div class="main w1200">{self.side(col)}<div class="right_main"><div class="lm-tit">'
                f'<span>{col.name}</span></div>\n{self.rows(col, docs)}{self.pager(col, n)}</div></div>\n')
        return self.page(_head(col.name, col, None), body)

    def header(self, meta: dict[str, str]) -> str:
        """The 信息公开 record header: a table of label cells (`td.t`) each followed by its value, two pairs a row."""
        pairs = list(meta.items())
        trs = "".join("<tr>" + "".join(f'<td class="t">{label}</td><td>{escape(value)}</td>' for label, value in pairs[k:k + 2])
                      + "</tr>" for k in range(0, len(pairs), 2))
        return f'<table class="gk-table" cellspacing="0" cellpadding="0"><tbody>{trs}</tbody></table>\n'

    def article(self, col: Col, d: Doc) -> Resource:
        info = (f'<div class="info"><span>发布时间：{d.when:%Y-%m-%d} {9 + d.key % 8:02d}:{d.key * 7 % 60:02d}</span>'
                f'<span>来源：{escape(d.source)}</span><span>浏览次数：<em id="hits"></em></span>'
                '<span class="fontsize">【字体：<a href="javascript:;" onclick="fontZoom(18)">大</a> '
                '<a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a>】</span></div>\n')
        if d.meta is not None:
            body = (f'{self.trail(col)}<div class="main w1200">\n{self.header(d.meta)}'
                    f'<div class="article"><h1 class="title">{escape(d.title)}</h1>\n{info}'
                    f'<div class="notice_content" id="zoom">{d.body}</div>\n{d.links}</div></div>\n')
            return self.page(_head(d.title, None, d), body, site_code=False)
        body = (f'{self.trail(col)}<div class="main w1200"><div class="article"><h1 class="title">{escape(d.title)}</h1>\n'
                f'{info}<div class="notice_content" id="zoom">{d.body}</div>\n</div></div>\n')
        return self.page(_head(d.title, None, d), body)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            for n in range(1, col.pages + 1):
                url = col.page_url(n)
                self.res[url] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(url, LATER_PAGE))
            for d in col.docs:
                self.res[d.url] = self.article(col, d)


_WORK = ("会议要求，各乡镇（街道）、县直各部门要提高政治站位，压实工作责任，细化工作措施，加强督促检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开县委常委会会议", "召开县政府常务会议", "开展重点项目集中开工活动", "召开乡村振兴工作推进会", "推进小麦高标准农田建设",
         "召开安全生产工作会议", "开展防汛应急演练", "召开优化营商环境工作推进会", "举办农民丰收节活动", "开展秸秆禁烧专项督查")
BROKEN_DOC = "/uploadfiles/202610/20261016093820417.doc"
GOOD_PDF = "/uploadfiles/202609/20260914209183364.pdf"


def _news(s: _Site) -> None:
    zyyw = Col("洮川要闻", XWZX + "c108003/", leaf="ywdt.shtml")
    for i in range(22):
        zyyw.docs.append(s.doc(zyyw, f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                               _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县领导出席并讲话，各乡镇（街道）、县直各部门主要负责人参加。", _WORK),
                               source=f"{COUNTY}融媒体中心"))
    s.traps.append(Trap(zyyw.url(), "洮川要闻最新 2026-11-18：不是过期栏目；第 2 页 ywdt_2.shtml 只由“加载更多”（a.jzgd，相对地址）链出，没有页数"))
    s.traps.append(Trap(zyyw.docs[0].url, "文章存放在栏目目录的年月子目录下（/tcx/c108002/c108003/202611/….shtml），栏目页是目录下的 ywdt.shtml"))
    bmdt = Col("部门动态", XWZX + "c108004/")
    for i in range(8):
        bmdt.docs.append(s.doc(bmdt, f"{('县教育局', '县卫生健康委员会', '县农业农村局', '县市场监督管理局')[i % 4]}{_NEWS[(i + 3) % 10]}",
                               AS_OF - timedelta(days=5 + i * 9), _paras(_WORK)))
    tzgg = Col("通知公告", XWZX + "c108005/", per_page=12)
    topics = ("做好冬季森林防火", "城乡居民医保参保缴费", "开展燃气安全隐患排查", "做好冬春农田水利建设")
    for i in range(16):
        tzgg.docs.append(s.doc(tzgg, f"关于{topics[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=6 + i * 12),
                               _paras("各乡镇人民政府、街道办事处，县直各部门：", _WORK, f"{GOV}办公室")))
    broken = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202610")
    broken.body += f'<p class="insertfileTag"><a href="{BROKEN_DOC}" target="_blank">报名登记表.doc</a></p>'
    s.key.append(Expected("broken-links", BROKEN_DOC, "通知附件 404", probe="status:404"))
    good = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202609")
    good.body += f'<p class="insertfileTag"><a href="{GOOD_PDF}" target="_blank">实施方案.pdf</a></p>'
    s.res[GOOD_PDF] = Resource(fake_pdf("fangan"), "application/pdf")
    tzgg.docs.append(s.doc(tzgg, f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件12件，宣布失效3件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目"))
    yjzj = Col("意见征集", HDJL + "c108091/", kind="yjzj")
    for i, (organ, topic) in enumerate((("县住房和城乡建设局", "洮川县城市绿化管理办法（征求意见稿）"),
                                        ("县发展和改革委员会", "洮川县国民经济和社会发展第十五个五年规划纲要（征求意见稿）"),
                                        ("县农业农村局", "洮川县高标准农田建设管护办法（征求意见稿）"),
                                        ("县司法局", "洮川县行政规范性文件合法性审核办法（征求意见稿）"))):
        yjzj.docs.append(s.doc(yjzj, f"关于公开征求《{topic}》意见的公告", AS_OF - timedelta(days=9 + i * 47),
                               _paras(f"为提高决策科学性，现将《{topic}》全文公布，公开征求社会各界意见。", "意见反馈截止时间为发布之日起30日。"),
                               source=organ))
    s.traps.append(Trap(yjzj.url(), "意见征集表格每行有征集时间（起止）和发布日期两列日期，最新发布 2026-11-11：不是过期栏目"))
    s.cols += [zyyw, bmdt, tzgg, yjzj]


# Normative documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("农村集体经营性建设用地入市", "missing"), ("县城建筑风貌管控", "late"),
              ("小麦良种繁育补贴资金管理", "unlinked"), ("县级储备粮管理", "no-validity"), ("城市公共停车场管理", "no-number"),
              ("农村公路养护管理", ""))
ORGAN_CODE = "11621126MB1839205X"


def _meta(organ: str, number: str, when: date, written: date, serial: int, kind: str, validity: str = "有效") -> dict[str, str]:
    return {"索引号": f"{ORGAN_CODE}/{when.year}-{serial:05d}", "主题分类": kind, "发布机构": organ, "发文字号": number,
            "成文日期": _ymd(written), "发布日期": _ymd(when), "有效性": validity}


def _disclosure(s: _Site) -> None:
    gfx = Col("规范性文件", XXGK + "c108052/c108053/")
    zcjd = Col("政策解读", XXGK + "c108054/")
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=33 * k)
        short = f"{COUNTY}{subject}办法"
        number = f"洮政〔{when.year}〕{19 - k}号"
        d = s.doc(gfx, f"{GOV}关于印发《{short}》的通知", when)
        d.body = (f'<p style="text-align:center">{number}</p>'
                  + _paras("各乡镇人民政府、街道办事处，县人民政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。")
                  + f'<p style="text-align:right">{GOV}</p><p style="text-align:right">{_ymd(d.written)}</p>'
                  + _paras(f"第一条　为规范本县{subject}工作，根据有关法律法规，结合本县实际，制定本办法。",
                           "第二条　本办法自印发之日起施行，有效期五年。"))
        d.meta = _meta(GOV, number, when, d.written, 301 + k * 11, "规范性文件")
        url = d.url
        if defect == "no-validity":
            d.meta["有效性"] = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件的有效性一格为空", probe="meta-missing:有效性"))
        elif defect == "no-number":
            d.meta["发文字号"] = ""
            d.body = d.body.replace(f'<p style="text-align:center">{number}</p>', "", 1)
            s.key.append(Expected("normative-metadata", url, "规范性文件的发文字号一格为空（正文也没有文号）",
                                  probe="meta-missing:发文字号"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(zcjd, f"《{short}》政策解读", when + timedelta(days=lag),
                  _paras(f"一、出台背景　为规范本县{subject}工作，县人民政府制定了《{short}》。",
                         "二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。", "三、解读机关　县司法局。"))
        i.meta = _meta(f"{GOV}办公室", "", i.when, i.when, 700 + k, "政策解读", "")
        if defect != "unlinked":
            i.links = (f'<div class="xgwj"><h4>相关文件</h4><ul><li><a href="{url}" target="_blank">{escape(d.title)}</a></li></ul></div>\n')
            d.links = (f'<div class="xgjd"><h4>相关解读</h4><ul><li><a href="{i.url}" target="_blank">{escape(i.title)}</a></li></ul></div>\n')
            if defect != "late":
                s.traps.append(Trap(url, f"文件和解读互相链接，解读与文件同日或晚{lag}天发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        zcjd.docs.append(i)
    s.traps.append(Trap(zcjd.docs[0].url, "政策解读页的发文字号格为空：解读不是文件，不要求解读"))
    old = s.doc(gfx, f"{GOV}关于印发《{COUNTY}农村宅基地管理暂行办法》的通知", date(2017, 6, 12))
    old.meta = _meta(GOV, "洮政〔2017〕12号", old.when, old.written, 88, "规范性文件")
    old.body = _paras("洮政〔2017〕12号", "各乡镇人民政府，县人民政府各部门：", f"现将《{COUNTY}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    gfx.docs.append(old)
    s.traps.append(Trap(old.url, "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))

    qtwj = Col("其他文件", FDZD + "c108061/")
    others = (("洮政任", "关于刘建华等同志职务任免的通知"), ("洮政文", "关于同意设立洮川县城关第三小学的批复"),
              ("洮政办", "关于成立洮川县小麦产业发展工作领导小组的通知"), ("洮政文", "关于同意调整县城南区控制性详细规划的批复"),
              ("洮政任", "关于王晓燕等同志职务任免的通知"))
    for i, (series, title) in enumerate(others):
        when = date(2026, 11, 6) - timedelta(days=i * 31)
        number = f"{series}〔{when.year}〕{40 - i * 3}号"
        d = s.doc(qtwj, f"{GOV}{title}", when, _paras(number, "县人民政府各部门：" if "批复" not in title else "县自然资源局：",
                                                "经县人民政府研究，决定如下。" if "批复" not in title else "你局报来的请示收悉。经研究，同意所请。", GOV))
        d.meta = _meta(GOV, number, when, d.written, 500 + i, "综合政务")
        qtwj.docs.append(d)
    s.traps.append(Trap(qtwj.docs[0].url, "其他文件栏目的任免通知、批复和成立领导小组的通知不是政策性文件，不要求解读"))

    czyjs = Col("财政预决算", FDZD + "c108062/")
    for n in range(6):
        year = 2025 - n // 2
        d = s.doc(czyjs, f"{COUNTY}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 20) - timedelta(days=170 * n),
                  _paras("根据《中华人民共和国预算法》有关规定，现将本县预决算情况公开如下。", _WORK), source="县财政局")
        d.meta = _meta("洮川县财政局", "", d.when, d.when, 620 + n, "财政信息", "")
        czyjs.docs.append(d)
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))

    rsxx = Col("人事信息", FDZD + "c108063/")
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（空的 <ul>，翻页脚本写 createPageHTML(1, 0, …)）",
                          probe="no-rows"))
    zdxm = Col("重大建设项目", FDZD + "c108064/", empty="暂无数据")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大建设项目栏目列表为空（只有“暂无数据”）", probe="no-rows"))
    jgzn = Col("机构职能", FDZD + "c108065/")
    for i, (name, text) in enumerate((("县人民政府主要职责", "执行县人民代表大会及其常务委员会的决议。"),
                                      ("县人民政府领导分工", "县长主持县人民政府全面工作。"),
                                      ("县政府工作部门设置", "县人民政府设置工作部门24个。"))):
        d = s.doc(jgzn, name, date(2026, 3, 12) - timedelta(days=i), _paras(text))
        d.meta = _meta(GOV, "", d.when, d.when, 10 + i, "机构职能", "")
        jgzn.docs.append(d)
    s.traps.append(Trap(jgzn.docs[0].url, "机构职能等非文件信息的发文字号、有效性为空，不是规范性文件的缺陷"))

    ndbg = Col("政府信息公开年报", XXGK + "c108056/")
    reports = ((GOV, {2025: date(2026, 3, 26), 2024: date(2025, 3, 21), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("洮川县教育局", {2025: date(2026, 1, 22), 2023: date(2024, 1, 30), 2022: date(2023, 1, 16), 2021: date(2022, 1, 25)}))
    for organ, published in reports:
        for year, when in published.items():
            d = s.doc(ndbg, f"{organ}{year}年政府信息公开工作年度报告", when, report_body(organ, year, year % 5 + len(organ)), source=organ)
            d.meta = _meta(organ, "", when, when, 900 + year % 100, "政府信息公开年报", "")
            ndbg.docs.append(d)
            if organ == GOV and year == 2023:
                s.key.append(Expected("annual-reports", d.url, "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                      match=(COUNTY, "2023"), probe="late:2024-03-31"))
            elif organ == GOV and year == 2022:
                s.traps.append(Trap(d.url, "县政府 2022 年度报告在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少洮川县教育局 2024 年政府信息公开工作年度报告",
                          match=("教育局", "2024"), probe="no-report:洮川县教育局2024"))
    zn = Col("政府信息公开指南", XXGK + "c108057/")
    d = s.doc(zn, f"{GOV}政府信息公开指南", date(2026, 2, 10), _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南并实时更新。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, d.when, 1, "政府信息公开指南", "")
    zn.docs.append(d)
    zd = Col("政府信息公开制度", XXGK + "c108058/")
    d = s.doc(zd, f"{GOV}政府信息公开保密审查制度", date(2025, 12, 3), _paras("本县建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, d.when, 2, "政府信息公开制度", "")
    zd.docs.append(d)
    zfgb = Col("政府公报", FDZD + "c108066/")
    for n in range(5):
        when = date(2026, 10, 15) - timedelta(days=91 * n)
        d = s.doc(zfgb, f"{GOV}公报{when.year}年第{(when.month - 1) // 3 + 1}期", when,
                  _paras("目录", f"{GOV}关于印发有关文件的通知", f"{GOV}办公室关于做好有关工作的通知"))
        d.meta = _meta(f"{GOV}办公室", "", when, when, 800 + n, "政府公报", "")
        zfgb.docs.append(d)
    s.traps.append(Trap(zfgb.url(), "政府公报按季出刊，最新一期 2026-10-15：不是过期栏目"))
    xzxk = Col("行政许可和对外管理服务", JCZW + "c108071/c108072/")
    for i in range(6):
        d = s.doc(xzxk, f"{COUNTY}城市管理局关于{('临时占用城市道路', '设置大型户外广告', '城市建筑垃圾处置', '临时占用城市绿地')[i % 4]}"
                  f"行政许可的公示（第{9 - i}批）", AS_OF - timedelta(days=11 + i * 19), _paras("根据《中华人民共和国行政许可法》，现将行政许可结果予以公示。"),
                  source="洮川县城市管理局")
        xzxk.docs.append(d)
    s.traps.append(Trap(xzxk.url(), "基层政务公开栏目（另一频道 c108070 下两级）列在信息公开的栏目菜单里，最新 2026-11-09"))
    gsgg = Col("公示公告", FDZD + "c108067/")
    for i in range(8):
        gsgg.docs.append(s.doc(gsgg, f"{COUNTY}{('2026年事业单位公开招聘', '城乡居民低保对象', '高标准农田建设项目', '政府投资项目招标')[i % 4]}"
                               f"{('面试资格确认公告', '审核结果公示', '验收结果公示', '中标结果公示')[i % 4]}（第{14 - i}号）",
                               AS_OF - timedelta(days=4 + i * 23), _paras("现予以公示，公示期5个工作日。"), source=f"{GOV}办公室"))
    s.traps.append(Trap(gsgg.url(), "公示公告最新 2026-11-16：不是过期栏目"))
    s.cols += [zn, zd, jgzn, gfx, qtwj, zcjd, zfgb, czyjs, rsxx, zdxm, ndbg, xzxk, gsgg]


def _single(s: _Site, name: str, path: str, text: str) -> None:
    body = (f'<div class="wz w1200">当前位置：<a href="/">首页</a> &gt; {name}</div>\n'
            f'<div class="main w1200"><div class="single"><h2>{name}</h2><div class="single-con">{text}</div></div></div>\n')
    s.res[path] = s.page(_head(name, None, None), body)


def _pages(s: _Site) -> None:
    _single(s, "联系我们", SITE + "lxwm.shtml", _paras("地址：洮川县人民路1号　电话：0932-3621408"))
    _single(s, "互动交流", HDJL_PAGE, _paras('县长信箱、咨询投诉请登录<a href="https://www.gansu.gov.cn/hdjl/">甘肃省人民政府网互动交流平台</a>。',
                                      f'<a href="{HDJL}c108091/list.shtml">意见征集</a>'))
    s.traps.append(Trap(SITE + "lxwm.shtml", "无日期的单页，不是过期栏目"))
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    _single(s, "网站地图", SITE + "wzdt.shtml", f'<ul class="sitemap">{sitemap}</ul>')
    s.traps.append(Trap(SITE + "wzdt.shtml", "网站地图是导航页，不是栏目"))
    _single(s, "依申请公开", XXGK + "ysqgk.shtml", _paras(
        "公民、法人或者其他组织可以向本机关申请获取相关政府信息。受理机构：洮川县人民政府办公室，地址：洮川县人民路1号。",
        '申请表下载及在线申请请登录<a href="https://www.gansu.gov.cn/ysqgk/">甘肃省依申请公开平台</a>。'))
    s.traps.append(Trap(XXGK + "ysqgk.shtml", "依申请公开是说明单页，不是栏目"))
    links = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.xxgk and not c.path.startswith(FDZD))
    links += f'<li><a href="{FDZD_PAGE}">法定主动公开内容</a></li><li><a href="{XXGK}ysqgk.shtml">依申请公开</a></li>'
    s.res[XXGK_PAGE] = s.page(_head("政府信息公开", None, None), (
        f'<div class="wz w1200">当前位置：<a href="/">首页</a> &gt; 政府信息公开</div>\n'
        f'<div class="main w1200"><div class="xxgk-nav"><ul>{links}</ul></div></div>\n'))
    s.traps.append(Trap(XXGK_PAGE, "政府信息公开首页只是目录，不是栏目"))
    s.res[FDZD_PAGE] = s.page(_head("法定主动公开内容", None, None), (
        f'<div class="wz w1200">当前位置：<a href="/">首页</a> &gt; <a href="{XXGK_PAGE}">政府信息公开</a> &gt; 法定主动公开内容</div>\n'
        '<div class="main w1200"><div class="xxgk-nav"><ul>'
        + "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.path.startswith(FDZD)) + '</ul></div></div>\n'))
    s.traps.append(Trap(FDZD_PAGE, "法定主动公开内容只是目录，不是栏目"))
    blocks = "".join(
        f'<div class="xw-box"><div class="xw-hd"><span>{c.name}</span><a href="{c.url()}" class="more">更多&gt;&gt;</a></div><ul>'
        + "".join(f'<li><a href="{d.url}" title="{escape(d.title)}" target="_blank">{escape(d.title)}</a>'
                  f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:6]) + "</ul></div>" for c in s.cols if c.path.startswith(XWZX))
    s.res[XWZX_PAGE] = s.page(_head("新闻中心", None, None), (
        f'<div class="wz w1200">当前位置：<a href="/">首页</a> &gt; 新闻中心</div>\n<div class="main w1200">{blocks}</div>\n'))
    s.traps.append(Trap(XWZX_PAGE, "新闻中心是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{d.url}" target="_blank" title="{escape(d.title)}">{escape(_short(d.title))}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="i-box"><div class="i-box-hd"><h3>{col.name}</h3>'
                f'<a href="{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("洮川要闻", "通知公告", "规范性文件", "政策解读")]
    body = ('<div class="i-banner"><img src="/tcx/images/banner.jpg" alt="美丽洮川" /></div>\n<div class="w1200">' + "".join(block(c, 7) for c in cols)
            + f'\n<div class="i-links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            f'<a href="{XXGK_PAGE}">政府信息公开</a><a href="{SITE}wzdt.shtml">网站地图</a></div></div>\n')
    home = s.page(_head(GOV, None, None), body)
    s.res["/"] = home
    s.res[SITE + "index.shtml"] = home
    s.traps.append(Trap(SITE + "index.shtml", "/tcx/index.shtml 与 / 是同一个首页"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>您访问的页面不存在或已删除！</p><a href="/">返回首页</a></div></body></html>')

def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"gsjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _pages(s)
    _home(s)
    for img in ("logo.png", "ga.png", "banner.jpg"):
        s.res[f"{SITE}images/{img}"] = Resource(tiny_png(), "image/png")
    s.res[SITE + "css/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res[SITE + "js/jquery.min.js"] = Resource(b"/* gsjy */", "application/javascript")
    s.res[SITE + "js/jiucuo.js"] = Resource(b"/* jiucuo */", "application/javascript")
    records = sorted(d.url for c in s.cols for d in c.docs if d.meta is not None)
    gfx = s.col("规范性文件")
    s.key.append(Expected("footer", gfx.docs[0].url, "信息公开文件页模板的页脚没有网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern="^(" + "|".join(map(re.escape, records)) + ")$"))
    articles = sorted(d.url for c in s.cols for d in c.docs)
    s.key.append(Expected("meta-tags", s.col("洮川要闻").docs[0].url, "文章页模板只有 ArticleTitle、PubDate、Author，"
                          "缺 ContentSource", probe="article-no-source",
                          url_pattern="^(" + "|".join(map(re.escape, articles)) + ")$"))
    return SampleSite("gsjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
