"""The "ynjy" sample site: a county portal (滇阳县人民政府, 云南) on the 云南 政府网站集约化平台 — the TRS-built platform the
province's portal (www.yn.gov.cn), its departments and its counties share (UTF-8, `.html` pages; columns are folders
whose first page is `index.html` and later pages `index_1.html` … named by a static `ul.ya-pagination` pager whose
third-last item is the last page's number; articles `<column>/<yyyymm>/t<yyyymmdd>_<id>.html` linked relatively; a
政府信息公开平台 section `/zwgk/zfxxgkpt/` with its 政策文件 under `gkptzcwj/`).

Why 云南: of the brief's preferred provinces it is the one the library shows with list rows, pager, record and
article selectors from three independent crawlers of one platform; 海南's (`lm4` lists, `xgleft` bodies, ArticleTitle
metas) and 天津's (`#xlrllt` bodies, `hid_WZFL` hidden inputs) came with list or body selectors only. No template
imitates this scheme: 政策文件 rows that are each a `ul.zclist` of three `li` (文号, the linked title, the date) inside
a layout `<table>`, under a header `ul` of the same shape; 解读 rows in `td.thc` cells; records whose fields are
`dl.reference` pairs `<dt>文号：</dt><dd>…</dd>` in a `div.referencebox` above an `h3.h3class` title; articles dated
by a `div.datetime` whose one text node holds `来源：…`, an empty line and the date, unlabelled; lower-case meta names
(`articletitle`, `pubdate`, `columntype`).

Sources (read with `read_file` / `find_string`, cited as found):
  - edddyeddy/GYSpider `YNGovSpider/YunNanGovSpider.py` and `YNGovSpider/YunNanGovExtractor.py`: the 最新文件 list
    `https://www.yn.gov.cn/zwgk/zcwj/zxwj/index{_N}.html` (page 1 `index.html`, page n `index_{n-1}.html`) whose rows
    are the links of the page's first `<table>`; a document's `<meta name="articletitle">`, `<meta name="pubdate">`
    (`yyyy-mm-dd HH:MM`, split at the space) and `columntype` (lower-case names); its fields `class="referencebox"` →
    `class="reference"` items, each a `dt` label and a `dd` value (文号 found by `'文号' in dt.text`); the body
    `class="arti"` or `class="view TRS_UEDITOR trs_paper_default trs_web"`; real addresses
    `www.yn.gov.cn/zwgk/zfxxgkpt/gkptzcwj/ynsrmzfxxyxgzml/202305/t20230505_258597.html` (find_string
    `www.yn.gov.cn/zwgk/`);
  - a scrapy-splash spider `yunnan` (find_string id 49036512619): 最新文件 and 部门解读 (`/zwgk/zcjd/bmjd/index.html`)
    lists rendered, rows `.gwright a` and `.thc a`, the page count the text of `.ya-pagination li:nth-last-child(3) a`,
    later pages `index_<n>.html`; a document's title `.h3class`, 文号 `.referencebox dl:nth-child(2) dd`, source
    `dl:nth-child(3) dd`, date `dl:nth-child(4) dd`, body `.TRS_UEDITOR` or `.TRS_Editor`; an interpretation's
    `.datetime` text split into lines: line 0 `来源：…`, line 2 the date;
  - a scrapy spider `Yunnan` and its notes (find_string ids 34322010008, 14450827030, 34639026464): rows `ul.zclist`,
    each row's `li[0]` the 文号, `li[1]` the linked title, `li[2]` the date (sometimes longer than ten characters: a
    time after it), the body `div.view p`, attachments `div.arti span#fj a`.
Guessed, said as such: whether the pager is static (its selector came from a rendered page: it is written static
here), the pager's wording, the header `ul` of the 政策文件 table, the news rows (`ul.news-list` with `span.time`), the
`td.thd` date cell of 解读 rows, the field labels other than 文号 and their order past the fourth, the date forms in the
fields, the 相关解读/相关文件 boxes, the trail, the empty-list forms, the home blocks, the 信息公开平台 column names and
folders, the footer's wording, the metas other than articletitle/pubdate/columntype, every place name, number and
wording.

First contact (the tool at b1464ef, 103/103 pages): every `ul.zclist` row undated (a row's date in the `<li>` beside its
title's was read only beside `<div>` rows: fixed, listing._cell_row), so the 年报 column's evidence was its newest
report and the missing 教育体育局 2024 report was reported at that report's address (annual-reports 0.50/0.50: one false,
one missed, the same finding; a missing report is now reported at its column's address, checks/annual_reports); the empty 人事信息 (the header `ul` alone in a layout table's one cell) read as a hub
(empty-columns recall 0.50: fixed, walk._header_row_alone); the home page had no 我为政府网站找错 entry (a true finding:
the sample completed with the `_jiucuo_` script the other 集约化 samples carry). Then every family 1.00/1.00, 合格 78.5.
Under all 20 mutations, seeds 0 and 2: **four false interpretation-missing fails** — the interpretations, without their
metas, read as hubs: a 长者模式 copy of the info line and body (`copies`) was taken for the body, too short for prose
(fixed: article._shown_before), and with classes meaningless the date before `【字号：大 中 小】` was not read as an info
line's (fixed: htmlvocab.ARTICLE_INFO_AFTER_DATE). Then seeds 0–4 clean, page kinds as the plain run's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "滇阳县"
GOV = "滇阳县人民政府"
SITE_CODE = "5308270011"
ICP = "滇ICP备05001287号"
PSB = "53082702000118"
HTML = "text/html; charset=utf-8"
XWZX = "/xwzx/"
ZWGK = "/zwgk/"
ZCWJ = "/zwgk/zcwj/"
ZCJD = "/zwgk/zcjd/"
PT = "/zwgk/zfxxgkpt/"  # the 政府信息公开平台
FDZD = "/zwgk/zfxxgkpt/fdzdgknr/"
ORGAN_CODE = "11530827MB1537206X"


@dataclass
class Doc:
    key: int
    title: str
    when: date  # 发布日期
    body: str = ""
    source: str = f"{GOV}办公室"
    meta: dict[str, str] | None = None  # the record's fields (label → value; "" = an empty field)
    links: str = ""  # the 相关解读 / 相关文件 box under the body
    number: str = ""  # the 文号 its list row shows

    @property
    def hm(self) -> str:
        return f"{9 + self.key % 8:02d}:{self.key * 7 % 60:02d}"

    @property
    def written(self) -> date:
        return self.when - timedelta(days=4 + self.key % 4)


@dataclass
class Col:
    name: str
    path: str  # the column's folder, e.g. /xwzx/dyyw/
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    empty: str = ""  # how an empty list shows: "" (no rows under the header) or a notice
    kind: str = "zc"  # news (ul.news-list rows) | zc (ul.zclist rows in a table) | jd (td.thc rows)
    timed: bool = False  # zc rows show the time after the date

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self) -> str:
        return self.path

    def page_url(self, n: int) -> str:
        return self.path if n == 1 else f"{self.path}index_{n - 1}.html"

    def rel(self, d: Doc) -> str:
        """The address a row of this column writes: relative to the column's folder."""
        return f"./{d.when:%Y%m}/t{d.when:%Y%m%d}_{258000 + d.key * 137}.html"

    def doc_url(self, d: Doc) -> str:
        return self.path + self.rel(d)[2:]


def _head(title: str, col: Col | None, d: Doc | None) -> str:
    tags = (f'<meta name="SiteName" content="{GOV}">\n<meta name="SiteDomain" content="www.dianyang.gov.cn">\n'
            f'<meta name="SiteIDCode" content="{SITE_CODE}">\n')
    if col:
        # The list template writes only columnname and columntype (lower-case): a planted defect.
        tags += f'<meta name="columnname" content="{escape(col.name)}">\n<meta name="columntype" content="{escape(col.name)}">\n'
    if d:
        tags += (f'<meta name="articletitle" content="{escape(d.title)}">\n'
                 f'<meta name="pubdate" content="{d.when:%Y-%m-%d} {d.hm}">\n'
                 f'<meta name="contentsource" content="{escape(d.source)}">\n')
    else:
        tags += f'<meta name="keywords" content="{GOV},{COUNTY}">\n<meta name="description" content="{GOV}门户网站">\n'
    page = f"{title}_{GOV}" if title != GOV else GOV
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
            f'{tags}<title>{escape(page)}</title>\n'
            '<link rel="stylesheet" href="/images/css/common.css">\n<script src="/images/js/jquery-1.11.3.min.js"></script>\n</head>\n')


def _header() -> str:
    nav = (("首页", "/"), ("新闻中心", XWZX), ("政务公开", ZWGK), ("政府信息公开平台", PT),
           ("办事服务", "https://zwfw.yn.gov.cn/"))
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in nav)
    return ('<div class="top"><div class="w1200"><span class="fl">欢迎访问滇阳县人民政府门户网站</span>'
            '<a href="javascript:;" class="fr" id="wza">无障碍</a></div></div>\n'
            '<div class="head"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="滇阳县人民政府"></a>\n'
            '<form class="search" action="https://www.yn.gov.cn/so/s" method="get" target="_blank"><input type="text" name="qt">'
            '<input type="hidden" name="siteCode" value="5308270011"><button type="submit">搜索</button></form></div></div>\n'
            f'<div class="nav"><div class="w1200"><ul>{items}</ul></div></div>\n')


def _footer(psb: bool) -> str:
    # The record template's footer drops the 公安备案 line (a planted defect on the records).
    police = (f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">'
              f'<img src="/images/ga.png">滇公网安备 {PSB}号</a>') if psb else ""
    return ('<div class="foot"><div class="w1200">\n<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>\n'
            f'<p>主办单位：{GOV}办公室　网站标识码：{SITE_CODE}</p>\n'
            f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>　{police}</p>\n'
            '<p class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E"));</script>'
            f"<script id=\"_jiucuo_\" sitecode='{SITE_CODE}' src='/images/js/jiucuo.js'></script></p>\n"
            '</div></div>\n')


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _ymd(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# The record's fields in the order the splash spider reads them (文号 second, 发布机构 third, 发布日期 fourth), then the
# rest (guessed).
FIELDS = ("索引号", "文号", "发布机构", "发布日期", "主题分类", "成文日期", "有效性")


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.n = 0
        self.home_of: dict[int, Col] = {}  # the column a document is filed in (whose folder holds it)

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.n += 1
        return Doc(self.n, title, when, body or _paras(f"{title}。"), **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    def url_of(self, d: Doc) -> str:
        return self.home_of[d.key].doc_url(d)

    def page(self, head: str, body: str, psb: bool = True) -> Resource:
        html = f'{head}<body>\n{_header()}{body}{_footer(psb)}</body>\n</html>\n'
        return Resource(html.encode("utf-8"), HTML)

    def channel(self, col: Col) -> tuple[str, str]:
        if col.path.startswith(PT):
            return ("政府信息公开平台", PT)
        return ("政务公开", ZWGK) if col.path.startswith(ZWGK) else ("新闻中心", XWZX)

    def trail(self, col: Col) -> str:
        up, up_url = self.channel(col)
        return (f'<div class="dqwz w1200">当前位置：<a href="/">首页</a> &gt; <a href="{up_url}">{up}</a>'
                f' &gt; <a href="{col.url()}">{col.name}</a></div>\n')

    def href(self, col: Col, d: Doc) -> str:
        """A row's link: relative when the document is filed in this column, root-relative otherwise."""
        return col.rel(d) if self.home_of[d.key] is col else self.url_of(d)

    def rows(self, col: Col, docs: list[Doc]) -> str:
        if col.kind == "news":
            inner = "".join(f'\n<li><a href="{self.href(col, d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                            f'<span class="time">{d.when:%Y-%m-%d}</span></li>' for d in docs)
            return f'<div class="list-con"><ul class="news-list">{inner}\n</ul></div>\n'
        if col.kind == "jd":
            inner = "".join(f'\n<tr><td class="thc"><a href="{self.href(col, d)}" target="_blank" title="{escape(d.title)}">'
                            f'{escape(d.title)}</a></td><td class="thd">{d.when:%Y-%m-%d}</td></tr>' for d in docs)
            return f'<div class="jdlist"><table class="jdtable" width="100%" cellspacing="0" cellpadding="0">{inner}\n</table></div>\n'
        items = "".join(f'\n<ul class="zclist"><li>{escape(d.number)}</li><li><a href="{self.href(col, d)}" target="_blank" '
                        f'title="{escape(d.title)}">{escape(d.title)}</a></li>'
                        f'<li>{d.when:%Y-%m-%d}{" " + d.hm if col.timed else ""}</li></ul>' for d in docs)
        if not docs and col.empty:
            items = f'\n<p class="nodata">{col.empty}</p>'
        return ('<div class="gwright"><table width="100%" cellspacing="0" cellpadding="0"><tr><td>\n'
                f'<ul class="zclist zctitle"><li>文号</li><li>标题</li><li>发布日期</li></ul>{items}\n</td></tr></table></div>\n')

    def pager(self, col: Col, n: int) -> str:
        k = col.pages
        def url(i: int) -> str:
            return "index.html" if i == 1 else f"index_{i - 1}.html"
        def item(text: str, i: int, live: bool) -> str:
            return f'<li><a href="{url(i)}">{text}</a></li>' if live else f'<li class="disabled"><a href="javascript:;">{text}</a></li>'
        numbers = "".join(f'<li class="active"><a href="javascript:;">{i}</a></li>' if i == n else f'<li><a href="{url(i)}">{i}</a></li>'
                          for i in range(1, k + 1))
        return (f'<div class="page"><ul class="ya-pagination">{item("首页", 1, n > 1)}{item("上一页", n - 1, n > 1)}{numbers}'
                f'{item("下一页", n + 1, n < k)}{item("尾页", k, n < k)}</ul></div>\n')

    def side(self, col: Col) -> str:
        active = ' class="on"'
        items = "".join(f'<li{active if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if self.channel(c) == self.channel(col))
        return f'<div class="left-nav fl"><div class="left-tit">{self.channel(col)[0]}</div><ul>{items}</ul></div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        body = (f'{self.trail(col)}<div class="w1200 main">{self.side(col)}<div class="right-con fr">'
                f'<div class="right-tit"><span>{col.name}</span></div>\n{self.rows(col, docs)}{self.pager(col, n)}</div></div>\n')
        return self.page(_head(col.name, col, None), body)

    def fields(self, meta: dict[str, str]) -> str:
        items = "".join(f'\n<dl class="reference"><dt>{label}：</dt><dd>{escape(value)}</dd></dl>' for label, value in meta.items())
        return f'<div class="referencebox">{items}\n</div>\n'

    def article(self, col: Col, d: Doc) -> Resource:
        attach = ""
        if "附件：" in d.body:
            d.body, _, attach = d.body.partition('<p class="attach">')
            attach = f'<span id="fj">{attach.removesuffix("</p>")}</span>'
        body_html = (f'<div class="arti"><div class="view TRS_UEDITOR trs_paper_default trs_web">{d.body}</div>{attach}</div>\n')
        if d.meta is not None:
            body = (f'{self.trail(col)}<div class="w1200 detail">\n{self.fields(d.meta)}'
                    f'<h3 class="h3class">{escape(d.title)}</h3>\n{body_html}{d.links}</div>\n')
            return self.page(_head(d.title, None, d), body, psb=False)
        # One text node: the source, an empty line and the date, unlabelled (the splash spider's lines 0 and 2).
        info = (f'<div class="datetime">\n\t\t来源：{escape(d.source)}\n\t\t\n\t\t{d.when:%Y-%m-%d} {d.hm}\n\t\t'
                '<span class="zh">【字号：<a href="javascript:;" onclick="doZoom(18)">大</a> '
                '<a href="javascript:;" onclick="doZoom(16)">中</a> <a href="javascript:;" onclick="doZoom(14)">小</a>】</span></div>\n')
        body = (f'{self.trail(col)}<div class="w1200 detail">\n<h3 class="h3class">{escape(d.title)}</h3>\n'
                f'{info}{body_html}{d.links}</div>\n')
        return self.page(_head(d.title, None, d), body)

    def file(self, col: Col, *docs: Doc) -> None:
        """File documents in a column (its folder holds them) and list them there."""
        for d in docs:
            self.home_of[d.key] = col
        col.docs += docs

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            for n in range(1, col.pages + 1):
                url = col.page_url(n)
                self.res[url + "index.html" if n == 1 else url] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(url, LATER_PAGE))
            for d in col.docs:
                if self.home_of[d.key] is col:
                    self.res[col.doc_url(d)] = self.article(col, d)


_WORK = ("会议要求，各乡镇、县直各部门要提高政治站位，压实工作责任，细化工作措施，加强督促检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开县委常委会会议", "召开县政府常务会议", "开展重点项目集中开工活动", "召开乡村振兴工作推进会", "推进咖啡产业提质增效",
         "召开安全生产工作会议", "开展森林草原防火演练", "召开优化营商环境工作推进会", "举办农民丰收节活动", "开展地质灾害隐患排查")
BROKEN_DOC = "/xwzx/tzgg/202610/P020261016593820417.doc"
GOOD_PDF = "/xwzx/tzgg/202609/P020260914509183364.pdf"


def _news(s: _Site) -> None:
    dyyw = Col("滇阳要闻", XWZX + "dyyw/", kind="news", per_page=12)
    s.file(dyyw, *(s.doc(f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                         _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县领导出席并讲话，各乡镇、县直各部门主要负责人参加。", _WORK),
                         source=f"{COUNTY}融媒体中心") for i in range(20)))
    s.traps.append(Trap(dyyw.url(), "滇阳要闻最新 2026-11-18：不是过期栏目"))
    bmdt = Col("部门动态", XWZX + "bmdt/", kind="news")
    s.file(bmdt, *(s.doc(f"{('县教育体育局', '县卫生健康局', '县农业农村局', '县市场监督管理局')[i % 4]}{_NEWS[(i + 3) % 10]}",
                         AS_OF - timedelta(days=5 + i * 9), _paras(_WORK)) for i in range(8)))
    tzgg = Col("通知公告", XWZX + "tzgg/", kind="news", per_page=10)
    topics = ("做好冬季森林草原防火", "城乡居民医保参保缴费", "开展燃气安全隐患排查", "做好冬春农田水利建设")
    s.file(tzgg, *(s.doc(f"关于{topics[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=6 + i * 12),
                         _paras("各乡镇人民政府，县直各部门：", _WORK, f"{GOV}办公室")) for i in range(13)))
    broken = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202610")
    broken.body += f'<p class="attach">附件：<a href="{BROKEN_DOC}">报名登记表.doc</a></p>'
    s.key.append(Expected("broken-links", BROKEN_DOC, "通知附件 404", probe="status:404"))
    good = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202609")
    good.body += f'<p class="attach">附件：<a href="{GOOD_PDF}">实施方案.pdf</a></p>'
    s.res[GOOD_PDF] = Resource(fake_pdf("fangan"), "application/pdf")
    s.file(tzgg, s.doc(f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                       _paras("经清理，继续有效的行政规范性文件12件，宣布失效3件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目"))
    s.traps.append(Trap(s.url_of(dyyw.docs[0]), "文章页日期在 div.datetime 的一个文本节点里（来源、空行、日期，无标签）：文章页不是栏目"))
    s.cols += [dyyw, bmdt, tzgg]


# Normative documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("农村集体经营性建设用地入市", "missing"), ("县城建筑风貌管控", "late"),
              ("咖啡种植良种补贴资金管理", "unlinked"), ("县级储备粮管理", "no-validity"), ("城市公共停车场管理", "no-number"),
              ("农村公路养护管理", ""))


def _meta(organ: str, number: str, when: date, written: date, serial: int, kind: str, validity: str = "有效") -> dict[str, str]:
    values = {"索引号": f"{ORGAN_CODE}-{when.year}-{serial:06d}", "文号": number, "发布机构": organ, "发布日期": f"{when:%Y-%m-%d}",
              "主题分类": kind, "成文日期": _ymd(written), "有效性": validity}
    return {f: values[f] for f in FIELDS}


def _files(s: _Site) -> None:
    """The 县政府文件 series of the 政务公开 channel (rows dated with the time), listing the 规范性文件 filed in the
    信息公开平台 too."""
    xzfwj = Col("县政府文件", ZCWJ + "xzfwj/", per_page=8, timed=True)
    xzbwj = Col("县政府办公室文件", ZCWJ + "xzbwj/", timed=True)
    others = ((xzfwj, "滇阳政发", "关于同意设立滇阳县城关第三小学的批复"), (xzbwj, "滇阳政办发", "关于成立滇阳县咖啡产业发展工作领导小组的通知"),
              (xzfwj, "滇阳政发", "关于同意调整县城南区控制性详细规划的批复"), (xzbwj, "滇阳政办发", "关于做好2026年度防汛抗旱工作的通知"),
              (xzfwj, "滇阳政任", "关于刘建华等同志职务任免的通知"))
    for i, (col, series, title) in enumerate(others):
        when = date(2026, 11, 6) - timedelta(days=i * 31)
        number = f"{series}〔{when.year}〕{40 - i * 3}号"
        d = s.doc(f"{GOV}{'办公室' if col is xzbwj else ''}{title}", when,
                  _paras(number, "县人民政府各部门：" if "批复" not in title else "县自然资源局：",
                         "经县人民政府研究，决定如下。" if "批复" not in title else "你局报来的请示收悉。经研究，同意所请。", GOV),
                  number=number)
        d.meta = _meta(GOV, number, when, d.written, 500 + i, "综合政务")
        s.file(col, d)
    s.traps.append(Trap(xzfwj.url(), "县政府文件每行是一个 ul.zclist（文号、标题、日期三个 li），列出信息公开平台的规范性文件，日期带时分"))
    s.traps.append(Trap(s.url_of(xzfwj.docs[0]), "批复、任免通知和成立领导小组的通知不是政策性文件，不要求解读"))
    s.cols += [xzfwj, xzbwj]


def _disclosure(s: _Site) -> None:
    gfx = Col("行政规范性文件", PT + "gkptzcwj/xzgfxwj/")
    zcjd = Col("政策解读", ZCJD + "bmjd/", kind="jd")
    xzfwj = s.col("县政府文件")
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=33 * k)
        short = f"{COUNTY}{subject}办法"
        number = f"滇阳政规〔{when.year}〕{19 - k}号"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when, number=number)
        d.body = (f'<p style="text-align:center">{number}</p>'
                  + _paras("各乡镇人民政府，县人民政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。")
                  + f'<p style="text-align:right">{GOV}</p><p style="text-align:right">{_ymd(d.written)}</p>'
                  + _paras(f"第一条　为规范本县{subject}工作，根据有关法律法规，结合本县实际，制定本办法。",
                           "第二条　本办法自印发之日起施行，有效期五年。"))
        d.meta = _meta(GOV, number, when, d.written, 301 + k * 11, "规范性文件")
        s.file(gfx, d)
        xzfwj.docs.append(d)
        url = gfx.doc_url(d)
        if defect == "no-validity":
            d.meta["有效性"] = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件的有效性一项为空", probe="meta-missing:有效性"))
        elif defect == "no-number":
            d.meta["文号"] = ""
            d.number = ""
            d.body = d.body.replace(f'<p style="text-align:center">{number}</p>', "", 1)
            s.key.append(Expected("normative-metadata", url, "规范性文件的文号一项为空（列表行和正文也没有文号）",
                                  probe="meta-missing:文号"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读", when + timedelta(days=lag),
                  _paras(f"一、出台背景　为规范本县{subject}工作，县人民政府制定了《{short}》。",
                         "二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。", "三、解读机关　县司法局。"),
                  source="县司法局")
        s.file(zcjd, i)
        if defect != "unlinked":
            i.links = (f'<div class="xgwj"><div class="xg-tit">相关文件</div><ul><li><a href="{url}" target="_blank">{escape(d.title)}</a></li></ul></div>\n')
            d.links = (f'<div class="xgjd"><div class="xg-tit">相关解读</div><ul><li><a href="{zcjd.doc_url(i)}" target="_blank">{escape(i.title)}</a></li></ul></div>\n')
            if defect != "late":
                s.traps.append(Trap(url, f"文件和解读互相链接，解读与文件同日或晚{lag}天发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
    s.traps.append(Trap(gfx.doc_url(gfx.docs[0]), "字段是 div.referencebox 里的 dl.reference（dt 标签、dd 值），标题是字段之后的 h3.h3class"))
    old = s.doc(f"{GOV}关于印发《{COUNTY}农村宅基地管理暂行办法》的通知", date(2017, 6, 12), number="滇阳政规〔2017〕2号")
    old.meta = _meta(GOV, "滇阳政规〔2017〕2号", old.when, old.written, 88, "规范性文件")
    old.body = _paras("滇阳政规〔2017〕2号", "各乡镇人民政府，县人民政府各部门：", f"现将《{COUNTY}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    s.file(gfx, old)
    s.traps.append(Trap(gfx.doc_url(old), "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))

    czzj = Col("财政预决算", FDZD + "czyjs/")
    for n in range(4):
        year = 2025 - n // 2
        d = s.doc(f"{COUNTY}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 20) - timedelta(days=170 * n),
                  _paras("根据《中华人民共和国预算法》有关规定，现将本县预决算情况公开如下。", _WORK), source="县财政局")
        d.meta = _meta("滇阳县财政局", "", d.when, d.when, 620 + n, "财政信息", "")
        s.file(czzj, d)
    s.key.append(Expected("stale-columns", czzj.url(), "财政预决算最新 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))

    rsxx = Col("人事信息", FDZD + "rsxx/")
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（表格只有表头 ul.zctitle，分页条只有第 1 页）", probe="no-rows"))
    zdxm = Col("重大建设项目", FDZD + "zdxm/", empty="暂无信息")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大建设项目栏目列表为空（表头下只有“暂无信息”）", probe="no-rows"))
    jgzn = Col("机构职能", FDZD + "jgzn/")
    for i, (name, text) in enumerate((("县人民政府主要职责", "执行县人民代表大会及其常务委员会的决议。"),
                                      ("县人民政府领导分工", "县长主持县人民政府全面工作。"),
                                      ("县政府工作部门设置", "县人民政府设置工作部门22个。"))):
        d = s.doc(name, date(2026, 3, 12) - timedelta(days=i), _paras(text))
        d.meta = _meta(GOV, "", d.when, d.when, 10 + i, "机构职能", "")
        s.file(jgzn, d)
    s.traps.append(Trap(s.url_of(jgzn.docs[0]), "机构职能等非文件信息的文号、有效性为空，不是规范性文件的缺陷"))

    ndbg = Col("政府信息公开年报", PT + "zfxxgknb/")
    reports = ((GOV, {2025: date(2026, 3, 26), 2024: date(2025, 3, 21), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("滇阳县教育体育局", {2025: date(2026, 1, 22), 2023: date(2024, 1, 30), 2022: date(2023, 1, 16)}))
    for organ, published in reports:
        for year, when in published.items():
            d = s.doc(f"{organ}{year}年政府信息公开工作年度报告", when, report_body(organ, year, year % 5 + len(organ)), source=organ)
            d.meta = _meta(organ, "", when, when, 900 + year % 100, "政府信息公开年报", "")
            s.file(ndbg, d)
            if organ == GOV and year == 2023:
                s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                      match=(COUNTY, "2023"), probe="late:2024-03-31"))
            elif organ == GOV and year == 2022:
                s.traps.append(Trap(ndbg.doc_url(d), "县政府 2022 年度报告在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少滇阳县教育体育局 2024 年政府信息公开工作年度报告",
                          match=("教育体育局", "2024"), probe="no-report:滇阳县教育体育局2024"))
    zn = Col("政府信息公开指南", PT + "zfxxgkzn/")
    d = s.doc(f"{GOV}政府信息公开指南", date(2026, 2, 10), _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南并实时更新。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, d.when, 1, "政府信息公开指南", "")
    s.file(zn, d)
    zd = Col("政府信息公开制度", PT + "zfxxgkzd/")
    d = s.doc(f"{GOV}政府信息公开保密审查制度", date(2025, 12, 3), _paras("本县建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, d.when, 2, "政府信息公开制度", "")
    s.file(zd, d)
    s.cols += [zn, zd, jgzn, gfx, zcjd, czzj, rsxx, zdxm, ndbg]


def _single(s: _Site, name: str, path: str, text: str) -> None:
    body = (f'<div class="dqwz w1200">当前位置：<a href="/">首页</a> &gt; {name}</div>\n'
            f'<div class="w1200 main"><div class="single"><div class="single-tit">{name}</div><div class="single-con">{text}</div></div></div>\n')
    s.res[f"{path}index.html"] = s.page(_head(name, None, None), body)


def _pages(s: _Site) -> None:
    _single(s, "联系我们", "/lxwm/", _paras("地址：滇阳县振兴大道1号　电话：0879-6621308"))
    s.traps.append(Trap("/lxwm/", "无日期的单页，不是过期栏目"))
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    _single(s, "网站地图", "/wzdt/", f'<ul class="sitemap">{sitemap}</ul>')
    s.traps.append(Trap("/wzdt/", "网站地图是导航页，不是栏目"))
    _single(s, "依申请公开", PT + "ysqgk/", _paras(
        "公民、法人或者其他组织可以向本机关申请获取相关政府信息。受理机构：滇阳县人民政府办公室，地址：滇阳县振兴大道1号。",
        '在线申请请登录<a href="https://www.yn.gov.cn/zwgk/zfxxgkpt/ysqgk/">云南省人民政府门户网站依申请公开平台</a>。'))
    s.traps.append(Trap(PT + "ysqgk/", "依申请公开是说明单页，不是栏目"))
    pt = [c for c in s.cols if c.path.startswith(PT)]
    links = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in pt if not c.path.startswith(FDZD))
    links += f'<li><a href="{FDZD}">法定主动公开内容</a></li><li><a href="{PT}ysqgk/">依申请公开</a></li>'
    s.res[PT + "index.html"] = s.page(_head("政府信息公开平台", None, None), (
        '<div class="dqwz w1200">当前位置：<a href="/">首页</a> &gt; 政府信息公开平台</div>\n'
        f'<div class="w1200 main"><div class="gkpt-nav"><ul>{links}</ul></div></div>\n'))
    s.traps.append(Trap(PT, "政府信息公开平台首页只是目录，不是栏目"))
    s.res[FDZD + "index.html"] = s.page(_head("法定主动公开内容", None, None), (
        f'<div class="dqwz w1200">当前位置：<a href="/">首页</a> &gt; <a href="{PT}">政府信息公开平台</a> &gt; 法定主动公开内容</div>\n'
        '<div class="w1200 main"><div class="gkpt-nav"><ul>'
        + "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.path.startswith(FDZD)) + '</ul></div></div>\n'))
    s.traps.append(Trap(FDZD, "法定主动公开内容只是目录，不是栏目"))
    for channel, name in ((XWZX, "新闻中心"), (ZWGK, "政务公开")):
        blocks = "".join(
            f'<div class="pd-box"><div class="pd-tit"><span>{c.name}</span><a href="{c.url()}" class="more">更多&gt;&gt;</a></div><ul>'
            + "".join(f'<li><a href="{s.url_of(d)}" title="{escape(d.title)}" target="_blank">{escape(d.title)}</a>'
                      f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:6]) + "</ul></div>"
            for c in s.cols if c.path.startswith(channel) and not c.path.startswith(PT))
        extra = f'<div class="pd-links"><a href="{PT}">政府信息公开平台</a></div>' if channel == ZWGK else ""
        s.res[channel + "index.html"] = s.page(_head(name, None, None), (
            f'<div class="dqwz w1200">当前位置：<a href="/">首页</a> &gt; {name}</div>\n'
            f'<div class="w1200 main">{blocks}{extra}</div>\n'))
        s.traps.append(Trap(channel, f"{name}是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{s.url_of(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="i-box"><div class="i-tit"><h3>{col.name}</h3>'
                f'<a href="{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("滇阳要闻", "通知公告", "行政规范性文件", "政策解读")]
    body = ('<div class="i-banner"><img src="/images/banner.jpg" alt="七彩滇阳"></div>\n<div class="w1200">'
            + "".join(block(c, 7) for c in cols)
            + f'\n<div class="i-links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            f'<a href="{PT}">政府信息公开平台</a><a href="/wzdt/">网站地图</a></div></div>\n')
    home = s.page(_head(GOV, None, None), body)
    s.res["/"] = home
    s.res["/index.html"] = home
    s.traps.append(Trap("/index.html", "/index.html 与 / 是同一个首页"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>抱歉，您访问的页面不存在！</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"ynjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _files(s)
    _disclosure(s)
    s.render()
    _pages(s)
    _home(s)
    for img in ("logo.png", "ga.png", "banner.jpg"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/images/css/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/images/js/jquery-1.11.3.min.js"] = Resource(b"/* ynjy */", "application/javascript")
    s.res["/images/js/jiucuo.js"] = Resource(b"/* jiucuo */", "application/javascript")
    records = sorted({s.url_of(d) for c in s.cols for d in c.docs if d.meta is not None})
    gfx = s.col("行政规范性文件")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "文件记录页模板（带 referencebox 字段的页面）的页脚没有公安备案号",
                          probe="footer-lacks:公网安备", url_pattern="^(" + "|".join(map(re.escape, records)) + ")$"))
    lists = "^(" + "|".join(re.escape(c.path) + r"(index(_\d+)?\.html)?" for c in s.cols) + ")$"
    s.key.append(Expected("meta-tags", s.col("通知公告").url(), "栏目列表页模板只有 columnname、columntype，缺 ColumnDescription、"
                          "ColumnKeywords", probe="list-no-column-description", url_pattern=lists))
    return SampleSite("ynjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
