"""The "sdjy" sample site: a county portal (岱川县人民政府, 山东) on the 山东 政府网站集约化平台 — the province's
portal, its departments and its cities and counties share one Hanweb-built platform (UTF-8): the portal's columns
`/col/col<N>/index.html` whose later pages are the same address with `?uid=<block>&pageNum=N`, articles
`/art/<yyyy>/<m>/<d>/art_<N>_<id>.html` (month and day unpadded), list rows `<li><a class="ellipsis-line-clamp"><s></s>
title</a><span class="pull-right">date</span></li>`; beside it the 政务公开 platform under `/gongkai/site_<site>/`, every
column a folder `channel_<24 hex>/` whose documents are `channel_<24 hex>/doc_<24 hex>.html`, and whose lists are a
Vue page: the rows only in a JSON literal of the page's script (`var docData = {"total": N, "data": [{"title", "url",
"publishDate"}]}`), the markup an unrendered Vue template (`<li v-for>` with `{{item.title}}`) beside a `v-if`
「暂无数据」 box that the browser drops whenever the list has rows.

Why 山东: the brief's first choice, and the one province whose platform the library shows by its addresses over many
sites (济南's districts, 淄博, 高青, 平阴, 莱芜, 聊城), all of one scheme, and whose lists scrapers report as drawn by
scripts (Hanweb datacall, a Vue page) — no scraper could read them, so the list markup below is the platform's
mechanism, not copied rows.

Sources (read with `read_file` / `find_string`, cited as found):
  - the portal's lists and rows: a spider of 山东省科学技术厅 (kjt.shandong.gov.cn/col/col13360/index.html; find_string
    `shandong.gov.cn/col/col`, id 39818667844) reading rows as `<a target="_blank" href="…" class="ellipsis-line-clamp">`,
    the title after an empty `<s></s>`, the date in `<span class="pull-right">`; later pages
    `…/col/col110306/index.html?uid=428723&pageNum={}` (山东省公共资源交易中心, id 29873662447); articles
    `fgw.shandong.gov.cn/art/2023/5/15/art_91_120456.html`, `www.shandong.gov.cn/art/2023/4/20/art_107851_120123.html`
    (id 15907475906);
  - the 政务公开 platform's addresses: `www.gaoqing.gov.cn/gongkai/site_gqxwsjkj/channel_62d5295b281f20b1bc4ede4b/doc_
    64be1fa34c4002712d0b91e4.html`, `www.zibo.gov.cn/gongkai/site_srmzfbgs/channel_shifubanwenjian/doc_62a19db8…html`,
    `www.pingyin.gov.cn/gongkai/site_pingyinxianxzfbgsb/channel_jkf_pingyinxianxzfbgsb_68f7…/doc_6a95….html`,
    `www.jiyang.gov.cn/gongkai/channel_6389ae153759918282644cca/` (政策文件发布平台) — find_string `gov.cn/gongkai/site_`,
    `/gongkai/channel_`;
  - how its lists are served: a reachability survey of city portals (id 62341321105): 淄博 `/gongkai/channel_c*/`
    "Hanweb datacall JS", 聊城 "`channel_…?open=` Hanweb + `doc_<hex>.html` JS", 菏泽 "listing JS (Hanweb datacall)"; a
    collector of 淄博's pages (id 67224229939) on "淄博的 Vue SPA 页面 … Vue 组件动态渲染".
Guessed, said as such: the JSON literal's keys (`title`, `url`, `publishDate`, `total`: no answer of the platform was
found), the Vue template's markup, the document header (a label table), the 相关解读/相关文件 boxes, the portal pager's
markup, the home blocks, the footer's wording, every place name, number and wording.

First contact (the tool at f023c84): the first build (97 pages) lacked a 依申请公开 page, a 政府信息公开制度 column, a
法定主动公开内容 entry and a 规范性文件清理 notice — the tool said so, rightly (the site's omissions, added). With the
platform's lists paged by their API (120 pages, 11 only in API answers): every keyed family 1.00/1.00 but annual-reports
0.67/1.00 — the 年报 list's literal holds 10 of the 17 reports it counts and the county's 2021 report, only on the API's
page 2, was reported missing (a false fail). Fixed: a literal stating more rows than it holds declares its pages
(`htmlpage._json_island`), so the rest is unobserved and that report undecided. Under all 19 mutations at seed 0 both
empty columns were undecided (the Vue row `{{item.title}}` made the list a script's before the literal's count of 0 was
read): fixed in `listing` (an empty literal the server counts as 0 is an empty list). Now 109/120 pages (the 11 others
reached only by the script pager), every family 1.00/1.00, the 2021 report undecided, 合格 72.5; seeds 0–3 the same.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "岱川县"
GOV = "岱川县人民政府"
HOST = "http://www.daichuan.gov.cn"
SITE_CODE = "3709230001"
ICP = "鲁ICP备05022718号-1"
PSB = "37092302000117"
HTML = "text/html; charset=utf-8"
GK = "/gongkai/site_dcxzf/"  # the county's site on the 政务公开 platform
GK_PAGE = GK + "index.html"
GK_SIZE = 10  # rows the platform's list page holds; the rest only its API answers


def _hex(n: int) -> str:
    """A 24-hex id as the platform's (`62d5295b281f20b1bc4ede4b`)."""
    return f"{0x6389ae15375991828264_0000 + n * 7919:024x}"


@dataclass
class Doc:
    key: int
    title: str
    when: date  # 发布日期
    col: "Col"
    body: str = ""
    source: str = f"{GOV}办公室"
    meta: dict[str, str] | None = None  # the 政务公开 header (label → value; "" = an empty cell)
    links: str = ""  # the 相关解读 / 相关文件 box under the body

    @property
    def url(self) -> str:
        if self.col.gk:
            return f"{self.col.path}doc_{_hex(5000 + self.key)}.html"
        return f"/art/{self.when.year}/{self.when.month}/{self.when.day}/art_{self.col.cid}_{120400 + self.key * 13}.html"

    @property
    def written(self) -> date:
        return self.when - timedelta(days=4 + self.key % 4)


@dataclass
class Col:
    name: str
    cid: int  # the portal's column number, or the platform's channel number
    gk: bool = False  # a column of the 政务公开 platform
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15

    @property
    def path(self) -> str:
        return f"{GK}channel_{_hex(self.cid)}/" if self.gk else f"/col/col{self.cid}/"

    @property
    def uid(self) -> int:
        return 428000 + self.cid % 1000

    @property
    def pages(self) -> int:
        """Pages with an address of their own: a platform list's later pages are only API answers its script fetches."""
        return 1 if self.gk else max(1, -(-len(self.docs) // self.per_page))

    def api_url(self, n: int) -> str:
        """The platform's list API the Vue pager calls for page n (guessed: no answer of the platform was found)."""
        return f"/gongkai/api/doc/list?channelId={_hex(self.cid)}&pageNo={n}&pageSize={GK_SIZE}"

    def url(self) -> str:
        return self.path if self.gk else self.path + "index.html"

    def page_url(self, n: int) -> str:
        return self.url() if n == 1 else f"{self.url()}?uid={self.uid}&pageNum={n}"


def _answer(col: Col, n: int) -> dict[str, object]:
    """Page n of a platform list as its JSON: the list page's literal (n = 1) or the API's answer."""
    docs = col.docs[(n - 1) * GK_SIZE: n * GK_SIZE]
    return {"total": len(col.docs), "pageSize": GK_SIZE, "pageNo": n,
            "data": [{"title": d.title, "url": d.url, "publishDate": f"{d.when:%Y-%m-%d}", "docId": _hex(5000 + d.key)}
                     for d in docs]}


def _head(title: str, col: Col | None, d: Doc | None) -> str:
    tags = (f'<meta name="SiteName" content="{GOV}">\n<meta name="SiteDomain" content="www.daichuan.gov.cn">\n'
            f'<meta name="SiteIDCode" content="{SITE_CODE}">\n')
    if col:
        tags += (f'<meta name="ColumnName" content="{escape(col.name)}">\n'
                 f'<meta name="ColumnDescription" content="{escape(col.name)}">\n'
                 f'<meta name="ColumnKeywords" content="{escape(col.name)}">\n<meta name="ColumnType" content="{escape(col.name)}">\n')
    if d:
        # The portal's article template writes ArticleTitle, PubDate and ContentSource; the 政务公开 document template
        # only ArticleTitle and PubDate (no ContentSource: a planted defect on the platform's documents).
        tags += (f'<meta name="ArticleTitle" content="{escape(d.title)}">\n'
                 f'<meta name="PubDate" content="{d.when:%Y-%m-%d} {9 + d.key % 8:02d}:{d.key * 7 % 60:02d}">\n')
        if not d.col.gk:
            tags += f'<meta name="ContentSource" content="{escape(d.source)}">\n'
    else:
        tags += f'<meta name="Keywords" content="{GOV},{COUNTY}">\n<meta name="Description" content="{GOV}门户网站">\n'
    page = f"{title}_{GOV}" if title != GOV else GOV
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
            f'{tags}<title>{escape(page)}</title>\n'
            '<link rel="stylesheet" href="/images/common.css">\n'
            '<script src="/module/jslib/jquery/jquery.js"></script>\n</head>\n')


def _header() -> str:
    nav = (("首页", "/index.html"), ("新闻中心", "/col/col1001/index.html"), ("政务公开", GK_PAGE),
           ("政务服务", "http://www.shandong.gov.cn/col/col94093/index.html"), ("互动交流", "/col/col1090/index.html"))
    items = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in nav)
    return ('<div class="top-bar"><div class="container"><span class="pull-left">今天是：<span id="today"></span></span>'
            '<span class="pull-right"><a href="javascript:;" id="wza">无障碍浏览</a></span></div></div>\n'
            '<div class="header"><div class="container"><a class="logo" href="/index.html"><img src="/images/logo.png" alt="岱川县人民政府"></a>\n'
            '<form class="search" action="/jrobot/search.do" target="_blank"><input type="text" name="q" placeholder="请输入关键词">'
            '<button type="submit">搜索</button></form></div></div>\n'
            f'<div class="nav"><ul class="container">{items}</ul></div>\n')


def _footer(site_code: bool) -> str:
    # The 政务公开 platform's templates drop the 网站标识码 line (a planted defect on its pages).
    code = f'<span>网站标识码：{SITE_CODE}</span>' if site_code else ""
    return ('<div class="footer"><div class="container">\n'
            '<p class="flink"><a href="/col/col1095/index.html">网站地图</a> | <a href="/col/col1096/index.html">联系我们</a></p>\n'
            f'<p><span>主办单位：{GOV}办公室</span> <span>承办单位：{COUNTY}大数据中心</span> {code}</p>\n'
            f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a> '
            f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">'
            f'<img src="/images/ga.png">鲁公网安备 {PSB}号</a></p>\n'
            '<div class="fimg"><span id="_ideConac"></span>'
            f"<script id=\"_jiucuo_\" sitecode='{SITE_CODE}' src='/images/jiucuo.js'></script></div>\n</div></div>\n")


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
        self.script_only: set[str] = set()  # documents listed only in API answers a script fetches
        self.n = 0

    def doc(self, col: Col, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.n += 1
        return Doc(self.n, title, when, col, body or _paras(f"{title}。"), **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    def page(self, head: str, body: str, site_code: bool = True) -> Resource:
        html = f'{head}<body>\n{_header()}{body}{_footer(site_code)}</body>\n</html>\n'
        return Resource(html.encode("utf-8"), HTML)

    def trail(self, col: Col) -> str:
        up, up_url = ("政务公开", GK_PAGE) if col.gk else ("新闻中心", "/col/col1001/index.html")
        return (f'<div class="position container">您当前的位置：<a href="/index.html">首页</a> &gt; <a href="{up_url}">{up}</a> &gt; '
                f'<a href="{col.url()}">{col.name}</a></div>\n')

    def side(self, col: Col) -> str:
        on = ' class="on"'
        items = "".join(f'<li{on if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if c.gk == col.gk)
        return f'<div class="left-menu"><h3>{"政务公开" if col.gk else "新闻中心"}</h3><ul>{items}</ul></div>\n'

    def rows(self, docs: list[Doc]) -> str:
        # the province's rows (kjt.shandong.gov.cn): the title after an empty <s>, the date in span.pull-right
        inner = "".join(f'\n<li><a target="_blank" href="{d.url}" class="ellipsis-line-clamp" title="{escape(d.title)}">'
                        f'<s></s>{escape(d.title)}</a><span class="pull-right">{d.when:%Y-%m-%d}</span></li>' for d in docs)
        return f'<ul class="list-ul">{inner}\n</ul>\n'

    def pager(self, col: Col, n: int) -> str:
        """The Hanweb pager: every page the column's own address with `?uid=…&pageNum=N`."""
        if col.pages == 1:
            return ""
        def a(k: int, text: str) -> str:
            return f'<a class="default_pgBtn" href="{col.page_url(k) if k > 1 else col.url() + f"?uid={col.uid}&pageNum=1"}">{text}</a>'
        parts = [a(1, "首页")] + ([a(n - 1, "上页")] if n > 1 else []) + ([a(n + 1, "下页")] if n < col.pages else []) + [a(col.pages, "尾页")]
        return (f'<div class="default_pgContainer">共{len(col.docs)}条　{n}/{col.pages}页 ' + " ".join(parts) + '</div>\n')

    def gk_list(self, col: Col) -> str:
        """The platform's list page: the rows only in a JSON literal a Vue app renders; the markup the unrendered template
        (a `v-for` row and a `v-if` 暂无数据 box the browser drops while the list has rows)."""
        island = json.dumps(_answer(col, 1), ensure_ascii=False)
        return ('<div id="app" v-cloak><div class="doc-list">\n<ul>\n<li v-for="item in list" :key="item.docId">'
                '<a :href="item.url" target="_blank" :title="item.title">{{item.title}}</a>'
                '<span class="date">{{item.publishDate}}</span></li>\n</ul>\n'
                '<div class="nodata" v-if="list.length == 0">暂无数据</div>\n'
                '<div class="page" v-show="total > pageSize"><el-pagination layout="prev, pager, next" :total="total"></el-pagination></div>\n'
                f'</div></div>\n<script>var docData = {island};\n'
                "var app = new Vue({el: '#app', data: {list: docData.data, total: docData.total, pageSize: docData.pageSize},\n"
                "  methods: {go: function (p) {var vm = this; $.getJSON('/gongkai/api/doc/list', "
                f"{{channelId: '{_hex(col.cid)}', pageNo: p, pageSize: vm.pageSize}}, function (r) {{vm.list = r.data;}});}}}}}});</script>\n")

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        inner = self.gk_list(col) if col.gk else self.rows(docs) + self.pager(col, n)
        body = (f'{self.trail(col)}<div class="main container">{self.side(col)}<div class="right-con"><div class="con-tit">'
                f'<span>{col.name}</span></div>\n{inner}</div></div>\n')
        return self.page(_head(col.name, col, None), body, site_code=not col.gk)

    def header(self, meta: dict[str, str]) -> str:
        """The 政务公开 document header: label cells (`th`) each followed by its value, two pairs a row."""
        pairs = list(meta.items())
        trs = "".join("<tr>" + "".join(f'<th>{label}</th><td>{escape(value)}</td>' for label, value in pairs[k:k + 2])
                      + "</tr>" for k in range(0, len(pairs), 2))
        return f'<table class="doc-info" cellspacing="0" cellpadding="0"><tbody>{trs}</tbody></table>\n'

    def article(self, d: Doc) -> Resource:
        col = d.col
        if col.gk:
            body = (f'{self.trail(col)}<div class="main container">\n{self.header(d.meta or {})}'
                    f'<div class="doc-con"><h1 class="doc-title">{escape(d.title)}</h1>\n'
                    f'<div class="doc-body" id="zoom">{d.body}</div>\n{d.links}</div></div>\n')
            return self.page(_head(d.title, None, d), body, site_code=False)
        info = (f'<div class="art-info"><span>发布日期：{d.when:%Y-%m-%d} {9 + d.key % 8:02d}:{d.key * 7 % 60:02d}</span>'
                f'<span>信息来源：{escape(d.source)}</span><span>浏览次数：<script>_showDynClickBatch(["dynclicks_{col.cid}"],'
                f'["{d.key}"],"wcm_article_click","1");</script><span id="dynclicks_{col.cid}"></span></span>'
                '<span class="font">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
                '<a href="javascript:doZoom(14)">小</a></span></div>\n')
        body = (f'{self.trail(col)}<div class="main container"><div class="art-con"><h1 class="art-title">{escape(d.title)}</h1>\n'
                f'{info}<div class="art-body" id="zoom">{d.body}</div>\n</div></div>\n')
        return self.page(_head(d.title, None, d), body)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            for n in range(1, col.pages + 1):
                url = col.page_url(n)
                self.res[url] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(url, LATER_PAGE))
            for k in range(2, -(-len(col.docs) // GK_SIZE) + 1 if col.gk else 0):
                self.res[col.api_url(k)] = Resource(json.dumps(_answer(col, k), ensure_ascii=False).encode(), "application/json")
                self.script_only |= {d.url for d in col.docs[(k - 1) * GK_SIZE: k * GK_SIZE]}
            for d in col.docs:
                self.res[d.url] = self.article(d)


_WORK = ("会议要求，各镇（街道）、县直各部门要提高政治站位，压实工作责任，细化工作措施，加强督促检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开县委常委会会议", "召开县政府常务会议", "开展重点项目集中开工活动", "召开乡村振兴工作推进会", "推进小麦高标准农田建设",
         "召开安全生产工作会议", "开展防汛应急演练", "召开优化营商环境工作推进会", "举办农民丰收节活动", "开展秸秆禁烧专项督查")
BROKEN_DOC = "/module/download/downfile.jsp?classid=0&filename=2610161038204170.doc"
GOOD_PDF = "/module/download/downfile.jsp?classid=0&filename=2609142091833640.pdf"


def _news(s: _Site) -> None:
    jryw = Col("岱川要闻", 1003)
    for i in range(18):
        jryw.docs.append(s.doc(jryw, f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                               _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县领导出席并讲话，各镇（街道）、县直各部门主要负责人参加。", _WORK),
                               source=f"{COUNTY}融媒体中心"))
    s.traps.append(Trap(jryw.url(), "岱川要闻最新 2026-11-18：不是过期栏目；第 2 页是同一地址加 ?uid=…&pageNum=2"))
    s.traps.append(Trap(jryw.docs[0].url, "文章地址 /art/年/月/日/art_栏目号_文章号.html，月、日不补零"))
    bmdt = Col("部门动态", 1004)
    for i in range(6):
        bmdt.docs.append(s.doc(bmdt, f"{('县教育和体育局', '县卫生健康局', '县农业农村局', '县市场监督管理局')[i % 4]}{_NEWS[(i + 3) % 10]}",
                               AS_OF - timedelta(days=5 + i * 9), _paras(_WORK)))
    tzgg = Col("通知公告", 1005, per_page=10)
    topics = ("做好冬季森林防火", "城乡居民医保参保缴费", "开展燃气安全隐患排查", "做好冬春农田水利建设")
    for i in range(13):
        tzgg.docs.append(s.doc(tzgg, f"关于{topics[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=6 + i * 12),
                               _paras("各镇人民政府、街道办事处，县直各部门：", _WORK, f"{GOV}办公室")))
    broken = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202610")
    broken.body += f'<p><a href="{BROKEN_DOC}" target="_blank">报名登记表.doc</a></p>'
    s.key.append(Expected("broken-links", BROKEN_DOC, "通知附件 404", probe="status:404"))
    good = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202609")
    good.body += f'<p><a href="{GOOD_PDF}" target="_blank">实施方案.pdf</a></p>'
    s.res[GOOD_PDF] = Resource(fake_pdf("fangan"), "application/pdf")
    tzgg.docs.append(s.doc(tzgg, f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件12件，宣布失效3件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目"))
    s.cols += [jryw, bmdt, tzgg]


# Normative documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("农村集体经营性建设用地入市", "missing"), ("县城建筑风貌管控", "late"),
              ("小麦良种繁育补贴资金管理", "unlinked"), ("县级储备粮管理", "no-validity"), ("城市公共停车场管理", "no-number"))
ORGAN_CODE = "11370923MB2847193Q"


def _meta(organ: str, number: str, when: date, written: date, serial: int, kind: str, validity: str = "有效") -> dict[str, str]:
    return {"索引号": f"{ORGAN_CODE}/{when.year}-{serial:05d}", "主题分类": kind, "发布机构": organ, "发文字号": number,
            "成文日期": _ymd(written), "发布日期": _ymd(when), "有效性": validity}


def _disclosure(s: _Site) -> None:
    gfx = Col("行政规范性文件", 61, gk=True)
    zcjd = Col("政策解读", 62, gk=True)
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=33 * k)
        short = f"{COUNTY}{subject}办法"
        number = f"岱政发〔{when.year}〕{19 - k}号"
        d = s.doc(gfx, f"{GOV}关于印发《{short}》的通知", when)
        d.body = (f'<p style="text-align:center">{number}</p>'
                  + _paras("各镇人民政府、街道办事处，县政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。")
                  + f'<p style="text-align:right">{GOV}</p><p style="text-align:right">{_ymd(d.written)}</p>'
                  + _paras(f"第一条　为规范本县{subject}工作，根据有关法律法规，结合本县实际，制定本办法。",
                           "第二条　本办法自印发之日起施行，有效期五年。"))
        d.meta = _meta(GOV, number, when, d.written, 301 + k * 11, "行政规范性文件")
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
                  _paras(f"一、出台背景　为规范本县{subject}工作，县政府制定了《{short}》。",
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
    old.meta = _meta(GOV, "岱政发〔2017〕12号", old.when, old.written, 88, "行政规范性文件")
    old.body = _paras("岱政发〔2017〕12号", "各镇人民政府，县政府各部门：", f"现将《{COUNTY}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    gfx.docs.append(old)
    s.traps.append(Trap(old.url, "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))
    s.traps.append(Trap(gfx.url(), "列表只在脚本的 JSON（docData）里，标记是未渲染的 Vue 模板；模板里的“暂无数据”在有条目时被浏览器去掉：不是空栏目"))

    qtwj = Col("其他文件", 63, gk=True)
    others = (("岱政任", "关于刘建华等同志职务任免的通知"), ("岱政字", "关于同意设立岱川县城关第三小学的批复"),
              ("岱政办字", "关于成立岱川县小麦产业发展工作领导小组的通知"), ("岱政任", "关于王晓燕等同志职务任免的通知"))
    for i, (series, title) in enumerate(others):
        when = date(2026, 11, 6) - timedelta(days=i * 31)
        number = f"{series}〔{when.year}〕{40 - i * 3}号"
        d = s.doc(qtwj, f"{GOV}{title}", when, _paras(number, "县政府各部门：" if "批复" not in title else "县教育和体育局：",
                                                "经县政府研究，决定如下。" if "批复" not in title else "你局报来的请示收悉。经研究，同意所请。", GOV))
        d.meta = _meta(GOV, number, when, d.written, 500 + i, "综合政务")
        qtwj.docs.append(d)
    s.traps.append(Trap(qtwj.docs[0].url, "其他文件栏目的任免通知、批复和成立领导小组的通知不是政策性文件，不要求解读"))

    czyjs = Col("财政预决算", 64, gk=True)
    for n in range(6):
        year = 2025 - n // 2
        d = s.doc(czyjs, f"{COUNTY}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 20) - timedelta(days=170 * n),
                  _paras("根据《中华人民共和国预算法》有关规定，现将本县预决算情况公开如下。", _WORK), source="县财政局")
        d.meta = _meta("岱川县财政局", "", d.when, d.when, 620 + n, "财政信息", "")
        czyjs.docs.append(d)
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))

    rsxx = Col("人事信息", 65, gk=True)
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（docData 的 data 是空数组）", probe="no-rows"))
    zdxm = Col("重大建设项目", 66, gk=True)
    s.key.append(Expected("empty-columns", zdxm.url(), "重大建设项目栏目列表为空（docData 的 data 是空数组）", probe="no-rows"))
    jgzn = Col("机构职能", 67, gk=True)
    for i, (name, text) in enumerate((("县政府主要职责", "执行县人民代表大会及其常务委员会的决议。"),
                                      ("县政府领导分工", "县长主持县政府全面工作。"),
                                      ("县政府工作部门设置", "县政府设置工作部门24个。"))):
        d = s.doc(jgzn, name, date(2026, 3, 12) - timedelta(days=i), _paras(text))
        d.meta = _meta(GOV, "", d.when, d.when, 10 + i, "机构职能", "")
        jgzn.docs.append(d)
    s.traps.append(Trap(jgzn.docs[0].url, "机构职能等非文件信息的发文字号、有效性为空，不是规范性文件的缺陷"))

    ndbg = Col("政府信息公开年报", 68, gk=True)
    reports = ((GOV, {2025: date(2026, 3, 26), 2024: date(2025, 3, 21), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18), 2020: date(2021, 3, 19), 2019: date(2020, 3, 27), 2018: date(2019, 3, 22)}),
               ("岱川县教育和体育局", {2025: date(2026, 1, 22), 2023: date(2024, 1, 30), 2022: date(2023, 1, 16), 2021: date(2022, 1, 25)}),
               ("岱川县卫生健康局", {2025: date(2026, 1, 20), 2024: date(2025, 1, 17), 2023: date(2024, 1, 26), 2022: date(2023, 1, 13),
                                    2021: date(2022, 1, 21)}))
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
    s.traps.append(Trap(ndbg.url(), "年报列表页只有最新 10 篇（total 17）：其余 7 篇（含教育和体育局、卫生健康局的 2021 年度报告）"
                                    "只在 Vue 翻页调用的接口第 2 页，页面不写出其地址：没看到的不是缺少的年报"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少岱川县教育和体育局 2024 年政府信息公开工作年度报告",
                          match=("教育和体育局", "2024"), probe="no-report:岱川县教育和体育局2024"))
    zn = Col("政府信息公开指南", 69, gk=True)
    d = s.doc(zn, f"{GOV}政府信息公开指南", date(2026, 2, 10), _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南并实时更新。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, d.when, 1, "政府信息公开指南", "")
    zn.docs.append(d)
    zd = Col("政府信息公开制度", 71, gk=True)
    d = s.doc(zd, f"{GOV}政府信息公开保密审查制度", date(2025, 12, 3), _paras("本县建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, d.when, 2, "政府信息公开制度", "")
    zd.docs.append(d)
    gsgg = Col("公示公告", 70, gk=True)
    for i in range(14):
        d = s.doc(gsgg, f"{COUNTY}{('2026年事业单位公开招聘', '城乡居民低保对象', '高标准农田建设项目', '政府投资项目招标')[i % 4]}"
                  f"{('面试资格确认公告', '审核结果公示', '验收结果公示', '中标结果公示')[i % 4]}（第{14 - i}号）",
                  AS_OF - timedelta(days=4 + i * 17), _paras("现予以公示，公示期5个工作日。"), source=f"{GOV}办公室")
        d.meta = _meta(f"{GOV}办公室", "", d.when, d.when, 400 + i, "公示公告", "")
        gsgg.docs.append(d)
    s.traps.append(Trap(gsgg.url(), "公示公告最新 2026-11-16：不是过期栏目；列表页只有最新 10 条（docData 的 total 是 14），"
                                    "其余 4 条只在 Vue 翻页调用的接口 /gongkai/api/doc/list?…&pageNo=2 的回答里，页面不写出这个地址"))
    s.cols += [zn, zd, jgzn, gfx, qtwj, zcjd, czyjs, rsxx, zdxm, ndbg, gsgg]


def _single(s: _Site, name: str, path: str, text: str) -> None:
    body = (f'<div class="position container">您当前的位置：<a href="/index.html">首页</a> &gt; {name}</div>\n'
            f'<div class="main container"><div class="single"><h2>{name}</h2><div class="single-con">{text}</div></div></div>\n')
    s.res[path] = s.page(_head(name, None, None), body)


def _pages(s: _Site) -> None:
    _single(s, "联系我们", "/col/col1096/index.html", _paras("地址：岱川县府前街1号　电话：0538-5621408"))
    _single(s, "互动交流", "/col/col1090/index.html", _paras(
        '县长信箱、咨询投诉请登录<a href="http://www.shandong.gov.cn/col/col94237/index.html">山东省12345政务服务便民热线网站</a>。'))
    s.traps.append(Trap("/col/col1096/index.html", "无日期的单页，不是过期栏目"))
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    _single(s, "网站地图", "/col/col1095/index.html", f'<ul class="sitemap">{sitemap}</ul>')
    s.traps.append(Trap("/col/col1095/index.html", "网站地图是导航页，不是栏目"))
    _single(s, "依申请公开", GK + "ysqgk.html", _paras(
        f"公民、法人或者其他组织可以向本机关申请获取相关政府信息。受理机构：{GOV}办公室，地址：岱川县府前街1号。",
        '在线申请请登录<a href="http://www.shandong.gov.cn/col/col94198/index.html">山东省依申请公开平台</a>。'))
    s.traps.append(Trap(GK + "ysqgk.html", "依申请公开是说明单页，不是栏目"))
    fdzd = [c for c in s.cols if c.gk and c.name not in ("政府信息公开指南", "政府信息公开制度", "政府信息公开年报")]
    links = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.gk and c not in fdzd)
    links += (f'<li><a href="{GK}fdzdgknr.html">法定主动公开内容</a><ul>'
              + "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in fdzd)
              + f'</ul></li><li><a href="{GK}ysqgk.html">依申请公开</a></li>')
    s.res[GK + "fdzdgknr.html"] = s.page(_head("法定主动公开内容", None, None), (
        f'<div class="position container">您当前的位置：<a href="/index.html">首页</a> &gt; <a href="{GK_PAGE}">政务公开</a> &gt; 法定主动公开内容</div>\n'
        '<div class="main container"><div class="gk-nav"><ul>'
        + "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in fdzd) + '</ul></div></div>\n'), site_code=False)
    s.traps.append(Trap(GK + "fdzdgknr.html", "法定主动公开内容只是目录，不是栏目"))
    s.res[GK_PAGE] = s.page(_head("政务公开", None, None), (
        f'<div class="position container">您当前的位置：<a href="/index.html">首页</a> &gt; 政务公开</div>\n'
        f'<div class="main container"><div class="gk-nav"><h3>{GOV}</h3><ul>{links}</ul></div></div>\n'), site_code=False)
    s.traps.append(Trap(GK_PAGE, "政务公开首页只是目录，不是栏目"))
    blocks = "".join(
        f'<div class="xw-box"><div class="xw-hd"><span>{c.name}</span><a href="{c.url()}" class="more">更多&gt;&gt;</a></div><ul>'
        + "".join(f'<li><a href="{d.url}" title="{escape(d.title)}" target="_blank">{escape(d.title)}</a>'
                  f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:6]) + "</ul></div>" for c in s.cols if not c.gk)
    s.res["/col/col1001/index.html"] = s.page(_head("新闻中心", None, None), (
        '<div class="position container">您当前的位置：<a href="/index.html">首页</a> &gt; 新闻中心</div>\n'
        f'<div class="main container">{blocks}</div>\n'))
    s.traps.append(Trap("/col/col1001/index.html", "新闻中心是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{d.url}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="i-box"><div class="i-box-hd"><h3>{col.name}</h3>'
                f'<a href="{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("岱川要闻", "通知公告", "行政规范性文件", "政策解读")]
    body = ('<div class="i-banner"><img src="/images/banner.jpg" alt="美丽岱川"></div>\n<div class="container">' + "".join(block(c, 7) for c in cols)
            + f'\n<div class="i-links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            f'<a href="{GK_PAGE}">政务公开</a><a href="/col/col1095/index.html">网站地图</a></div></div>\n')
    home = s.page(_head(GOV, None, None), body)
    s.res["/"] = home
    s.res["/index.html"] = home
    s.traps.append(Trap("/index.html", "/index.html 与 / 是同一个首页"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>对不起，您访问的页面不存在！</p><a href="/index.html">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"sdjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _pages(s)
    _home(s)
    for img in ("logo.png", "ga.png", "banner.jpg"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/images/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/module/jslib/jquery/jquery.js"] = Resource(b"/* sdjy */", "application/javascript")
    s.res["/images/jiucuo.js"] = Resource(b"/* jiucuo */", "application/javascript")
    # the platform's pages (its index also as its folder, `/gongkai/site_dcxzf/`, which the server answers alike)
    gk_pages = sorted([GK, GK_PAGE, GK + "fdzdgknr.html"] + [c.url() for c in s.cols if c.gk] + [d.url for c in s.cols if c.gk for d in c.docs])
    gfx = s.col("行政规范性文件")
    s.key.append(Expected("footer", gfx.docs[0].url, "政务公开平台模板的页脚没有网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern="^(" + "|".join(map(re.escape, gk_pages)) + ")$"))
    docs = sorted(d.url for c in s.cols if c.gk for d in c.docs)
    s.key.append(Expected("meta-tags", gfx.docs[0].url, "政务公开文件页模板只有 ArticleTitle、PubDate，缺 ContentSource",
                          probe="article-no-source", url_pattern="^(" + "|".join(map(re.escape, docs)) + ")$"))
    return SampleSite("sdjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset(), script_only=frozenset(s.script_only))
