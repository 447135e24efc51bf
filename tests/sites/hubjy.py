"""The "hubjy" sample site: a county portal (沮漳县人民政府, 湖北) on the 湖北 政府网站集约化平台 — the TRS-built platform
the province's portal, its departments and its cities and counties share (UTF-8, `.shtml` pages; columns are folders
whose first page is `index.shtml` and later pages `index_1.shtml` … named by a static `div.black2` pager whose last
link is the 尾页; articles `<column>/<yyyymm>/t<yyyymmdd>_<id>.shtml` linked relatively; 规范性文件 filed one level
deeper in a kind folder `gfxwj_GK2020/tz/<yyyymm>/…`).

Why 湖北: of the brief's preferred provinces it is the one the library shows with list, pager and record selectors of
several sites of one platform; 天津's (`a.list-item-con`, `index_10960_1.html` filter lists) came second, with no record
markup. No template imitates this scheme: news rows whose date is split into a day and a `yyyy-mm` in a
`div.calendar`, 信息公开 lists `ul.info-list` broken by separator rows `li.line`, 县政府文件 rows dated
`yyyy-mm-dd HH:MM`, a record header of `div.col-xs-12` cells with spaced labels (`索 引 号：`, `文 号：`) and a spaced
publication date `2026 年 10 月 22 日`.

Sources (read with `read_file` / `find_string`, cited as found):
  - a scrapy spider of 湖北省教育厅 (jyt.hubei.gov.cn, find_string id 29011955110): news columns `/bmdt/szyw/`,
    `/bmdt/dtyw/`, `/bmdt/tzgg/` with rows `//li[@class='col-md-6']`, each row's date read as
    `div.calendar//text()[1] + "-" + div.calendar//text()[0]` (a day, then the year and month); 信息公开 columns
    `/zfxxgk/zc_GK2020/gfxwj_GK2020/` (规范性文件) and `/zfxxgk/zc_GK2020/zcjd_GK2020/` (政策解读) with rows
    `//ul[@class='info-list']/li[not(contains(@class, 'line'))]`, the date in `./span`; the page count read from the
    last link of `//div[@class='black2']` (`…_<n>.shtml`), later pages `index_<n-1>.shtml`;
  - a scraper's notes (id 42636182065, **Hubei**): the portal's `/zfwj/ezf/index{0}.shtml` document series (省政府令,
    鄂政发, 鄂政函, 鄂政办发, 其他: one folder each), rows `div.list_block li` with `a::attr(title)`, relative
    `./202001/t20200118_2006205.shtml` addresses and `span` dates `2020-01-18 11:34`; the record header
    `div.metadata_content div.col-xs-12` whose text nodes are `索 引 号：` then the value, `文 号：`, and
    `发布日期：` then `2020 年 01 月 18 日`; the body `div.content_block`;
  - a policy crawler's test (id 55839900902): 湖北省农业农村厅's 规范性文件 at
    `/zfxxgk/zc_GK2020/gfxwj_GK2020/tz/202504/t20250418_5612345.shtml` (a kind folder `tz/` under the column) and
    `…/qtzdgkwj_GK2020/tz/…`; document numbers `鄂农规〔2025〕3号`; real addresses
    `jyt.hubei.gov.cn/zfxxgk/zc_GK2020/zcjd_GK2020/202306/t20230629_4727340.shtml`,
    `zjt.hubei.gov.cn/zfxxgk/zc/gfxwj/202111/t20211119_3872076.shtml`, `mpa.hubei.gov.cn/zfxxgk/fdzdgknr/cpzh/index.shtml`
    (find_string `hubei.gov.cn/zfxxgk/`).
Guessed, said as such: the calendar's inner tags (`<span class="day">` / `<span class="ym">`), how often a `li.line`
separator falls (after every fifth row), the pager's wording and its dead links on the first and last page, the record
header's other labels (主题分类, 发布机构, 成文日期, 有 效 性 — spaced like 索 引 号), the metas, the 相关解读/相关文件
boxes, the trail, the empty-list forms, the home blocks, the annual-report column, the footer's wording, every place
name, number and wording.

First contact (the tool at fdabde8, the site's first build, 100 pages): every keyed family found, 100/100 pages; three
findings outside the key, two of them the site's own gaps (no 2021 government report in the five-year window, no
政府信息公开制度 column, no 党政机关网站标识 on the home page: the sample was completed) — and one misreading: the empty
last cell 有 效 性 took the document's `<h1>` title after the block as its value (a 有效性 "not among the standard
terms" instead of an empty one; fixed, metadata.extract_metadata's `headings`). Then 103/103 pages, every family
1.00/1.00, 合格 78.5. Under all 20 mutations, seed 0: no verdict moving (only `metas`' own artifacts); seed 1: an
article read as a column of the 最新动态 box over it (a labelled date in brackets, `发布时间：[2026-10-01]`, kept as
text the page does not show; fixed, article._label_date), and the 政府信息公开制度 and 指南 lists of one row read as
documents beside that box, dated by their one row (fixed, page._date_in_headline_row); then only `metas`' own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "沮漳县"
GOV = "沮漳县人民政府"
SITE_CODE = "4205270021"
ICP = "鄂ICP备05003317号"
PSB = "42052702000126"
HTML = "text/html; charset=utf-8"
XWZX = "/xwzx/"
ZFWJ = "/zfwj/"
XXGK = "/zfxxgk/"
ZC = "/zfxxgk/zc_GK2020/"
FDZD = "/zfxxgk/fdzdgknr/"
ORGAN_CODE = "011052701"


@dataclass
class Doc:
    key: int
    title: str
    when: date  # 发布日期
    body: str = ""
    source: str = f"{GOV}办公室"
    meta: dict[str, str] | None = None  # the 信息公开 header (label → value; "" = an empty cell)
    links: str = ""  # the 相关解读 / 相关文件 box under the body
    kind: str = ""  # the kind folder a 规范性文件 is filed in (`tz/`)

    @property
    def hm(self) -> str:
        return f"{9 + self.key % 8:02d}:{self.key * 7 % 60:02d}"

    @property
    def written(self) -> date:
        return self.when - timedelta(days=4 + self.key % 4)


@dataclass
class Col:
    name: str
    path: str  # the column's folder, e.g. /xwzx/jzyw/
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    empty: str = ""  # how an empty list shows: "" (an empty list) or a notice
    kind: str = "info"  # news (calendar rows) | series (县政府文件 list_block rows) | info (信息公开 info-list rows)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self) -> str:
        return self.path

    def page_url(self, n: int) -> str:
        return self.path if n == 1 else f"{self.path}index_{n - 1}.shtml"

    def rel(self, d: Doc) -> str:
        """The address a row of this column writes: relative to the column's folder."""
        return f"./{d.kind}{d.when:%Y%m}/t{d.when:%Y%m%d}_{5610000 + d.key * 131}.shtml"

    def doc_url(self, d: Doc) -> str:
        return self.path + self.rel(d)[2:]


def _head(title: str, col: Col | None, d: Doc | None) -> str:
    tags = (f'<meta name="SiteName" content="{GOV}">\n<meta name="SiteDomain" content="www.juzhang.gov.cn">\n'
            f'<meta name="SiteIDCode" content="{SITE_CODE}">\n')
    if col:
        tags += (f'<meta name="ColumnName" content="{escape(col.name)}">\n'
                 f'<meta name="ColumnDescription" content="{escape(col.name)}">\n'
                 f'<meta name="ColumnKeywords" content="{escape(col.name)}">\n<meta name="ColumnType" content="{escape(col.name)}">\n')
    if d:
        # The article template writes ArticleTitle and PubDate but no ContentSource: a planted defect.
        tags += (f'<meta name="ArticleTitle" content="{escape(d.title)}">\n'
                 f'<meta name="PubDate" content="{d.when:%Y-%m-%d} {d.hm}">\n')
    else:
        tags += f'<meta name="Keywords" content="{GOV},{COUNTY}">\n<meta name="Description" content="{GOV}门户网站">\n'
    page = f"{title}_{GOV}" if title != GOV else GOV
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'{tags}<title>{escape(page)}</title>\n'
            '<link rel="stylesheet" href="/material/css/bootstrap.min.css">\n<link rel="stylesheet" href="/material/css/main.css">\n'
            '<script src="/material/js/jquery.min.js"></script>\n</head>\n')


def _header() -> str:
    nav = (("首页", "/"), ("新闻中心", XWZX), ("政府文件", ZFWJ), ("政府信息公开", XXGK),
           ("政务服务", "http://zwfw.hubei.gov.cn/"))
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in nav)
    return ('<div class="top-bar"><div class="container"><span>欢迎访问沮漳县人民政府门户网站</span>'
            '<a href="javascript:;" id="cniil_wza">无障碍浏览</a></div></div>\n'
            '<div class="header"><div class="container"><a class="logo" href="/"><img src="/material/images/logo.png" alt="沮漳县人民政府"></a>\n'
            '<form class="search" action="/igs/front/search.jhtml" method="get"><input type="text" name="searchWord" placeholder="请输入关键词">'
            '<button type="submit">搜索</button></form></div></div>\n'
            f'<div class="nav"><div class="container"><ul class="nav-list">{items}</ul></div></div>\n')


def _footer(psb: bool) -> str:
    # The 信息公开 record template's footer drops the 公安备案 line (a planted defect on the 信息公开 documents).
    police = (f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">'
              f'<img src="/material/images/ga.png">鄂公网安备 {PSB}号</a>') if psb else ""
    return ('<div class="footer"><div class="container">\n<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>\n'
            f'<p>主办：{GOV}办公室　承办：{COUNTY}融媒体中心　网站标识码：{SITE_CODE}</p>\n'
            f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>　{police}</p>\n'
            '<p class="fimg"><script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E"));</script>'
            f"<script id=\"_jiucuo_\" sitecode='{SITE_CODE}' src='/material/js/jiucuo.js'></script></p>\n"
            '</div></div>\n')


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _ymd(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _spaced(d: date) -> str:
    """The record header's publication date: `2026 年 10 月 22 日` (the scraper's notes show the spaces)."""
    return f"{d.year} 年 {d.month:02d} 月 {d.day:02d} 日"


# The record header's labels as the cells show them (索 引 号 and 文 号 spaced as in the notes; the rest guessed alike).
LABELS = {"索引号": "索 引 号", "主题分类": "主题分类", "发布机构": "发布机构", "发文字号": "文 号", "成文日期": "成文日期",
          "发布日期": "发布日期", "有效性": "有 效 性"}


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
        if col.path.startswith(ZFWJ):
            return ("政府文件", ZFWJ)
        return ("政府信息公开", XXGK) if col.path.startswith(XXGK) else ("新闻中心", XWZX)

    def trail(self, col: Col) -> str:
        up, up_url = self.channel(col)
        return (f'<div class="position container"><span>您当前所在位置：</span><a href="/">首页</a> &gt; <a href="{up_url}">{up}</a>'
                f' &gt; <a href="{col.url()}">{col.name}</a></div>\n')

    def href(self, col: Col, d: Doc) -> str:
        """A row's link: relative when the document is filed in this column, root-relative otherwise."""
        return col.rel(d) if self.home_of[d.key] is col else self.url_of(d)

    def rows(self, col: Col, docs: list[Doc]) -> str:
        if col.kind == "news":
            inner = "".join(
                f'\n<li class="col-md-6"><div class="calendar"><span class="day">{d.when:%d}</span><span class="ym">{d.when:%Y-%m}</span></div>'
                f'<div class="txt"><a href="{self.href(col, d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a></div></li>'
                for d in docs)
            return f'<div class="news-list"><ul class="row">{inner}\n</ul></div>\n'
        if col.kind == "series":
            inner = "".join(f'\n<li><a href="{self.href(col, d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                            f'<span>{d.when:%Y-%m-%d} {d.hm}</span></li>' for d in docs)
            return f'<div class="list_block"><ul>{inner}\n</ul></div>\n'
        items = []
        for i, d in enumerate(docs):
            if i and i % 5 == 0:
                items.append('\n<li class="line"></li>')
            items.append(f'\n<li><a href="{self.href(col, d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                         f'<span>{d.when:%Y-%m-%d}</span></li>')
        if not docs and col.empty:
            items.append(f'\n<li class="no-data">{col.empty}</li>')
        return f'<ul class="info-list">{"".join(items)}\n</ul>\n'

    def pager(self, col: Col, n: int) -> str:
        k = col.pages
        def url(i: int) -> str:
            return "index.shtml" if i == 1 else f"index_{i - 1}.shtml"
        prev = f'<a href="{url(n - 1)}">上一页</a>' if n > 1 else '<a href="javascript:;" class="disabled">上一页</a>'
        nxt = f'<a href="{url(n + 1)}">下一页</a>' if n < k else '<a href="javascript:;" class="disabled">下一页</a>'
        return (f'<div class="black2"><span>共{k}页</span><a href="index.shtml">首页</a>{prev}<span class="current">{n}</span>'
                f'{nxt}<a href="{url(k)}">尾页</a></div>\n')

    def side(self, col: Col) -> str:
        active = ' class="active"'
        items = "".join(f'<li{active if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if self.channel(c) == self.channel(col))
        return f'<div class="col-md-3 side"><h3>{self.channel(col)[0]}</h3><ul class="side-nav">{items}</ul></div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        body = (f'{self.trail(col)}<div class="container main"><div class="row">{self.side(col)}<div class="col-md-9">'
                f'<div class="list-title"><h2>{col.name}</h2></div>\n{self.rows(col, docs)}{self.pager(col, n)}</div></div></div>\n')
        return self.page(_head(col.name, col, None), body)

    def header(self, meta: dict[str, str]) -> str:
        cells = []
        for label, value in meta.items():
            shown = _spaced(_parse_ymd(value)) if label == "发布日期" and value else escape(value)
            cells.append(f'\n<div class="col-xs-12 col-sm-6">\n\t\t <strong>{LABELS[label]}：</strong>{shown}\n\t\t </div>')
        return f'<div class="metadata_content"><div class="row">{"".join(cells)}\n</div></div>\n'

    def article(self, col: Col, d: Doc) -> Resource:
        info = (f'<div class="info"><span>发布时间：{d.when:%Y-%m-%d} {d.hm}</span><span>来源：{escape(d.source)}</span>'
                '<span class="font">【字体：<a href="javascript:;" onclick="doZoom(18)">大</a> '
                '<a href="javascript:;" onclick="doZoom(16)">中</a> <a href="javascript:;" onclick="doZoom(14)">小</a>】</span></div>\n')
        if d.meta is not None:
            body = (f'{self.trail(col)}<div class="container main article">\n{self.header(d.meta)}'
                    f'<h1 class="title">{escape(d.title)}</h1>\n'
                    f'<div class="content_block"><div class="TRS_UEDITOR trs_paper_default trs_web">{d.body}</div></div>\n'
                    f'{d.links}</div>\n')
            return self.page(_head(d.title, None, d), body, psb=False)
        body = (f'{self.trail(col)}<div class="container main article">\n<h1 class="title">{escape(d.title)}</h1>\n'
                f'{info}<div class="content_block"><div class="TRS_UEDITOR trs_paper_default trs_web">{d.body}</div></div>\n</div>\n')
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
                self.res[url + "index.shtml" if n == 1 else url] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(url, LATER_PAGE))
            for d in col.docs:
                if self.home_of[d.key] is col:
                    self.res[col.doc_url(d)] = self.article(col, d)


def _parse_ymd(text: str) -> date:
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text).groups())
    return date(y, m, d)


_WORK = ("会议要求，各乡镇、县直各部门要提高政治站位，压实工作责任，细化工作措施，加强督促检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开县委常委会会议", "召开县政府常务会议", "开展重点项目集中开工活动", "召开乡村振兴工作推进会", "推进柑橘产业提质增效",
         "召开安全生产工作会议", "开展防汛应急演练", "召开优化营商环境工作推进会", "举办农民丰收节活动", "开展森林防火专项检查")
BROKEN_DOC = "/xwzx/tzgg/202610/P020261016593820417.doc"
GOOD_PDF = "/xwzx/tzgg/202609/P020260914509183364.pdf"


def _news(s: _Site) -> None:
    jzyw = Col("沮漳要闻", XWZX + "jzyw/", kind="news", per_page=12)
    s.file(jzyw, *(s.doc(f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                         _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县领导出席并讲话，各乡镇、县直各部门主要负责人参加。", _WORK),
                         source=f"{COUNTY}融媒体中心") for i in range(20)))
    s.traps.append(Trap(jzyw.url(), "沮漳要闻最新 2026-11-18（行的日期拆成日和年-月两段写在 div.calendar 里）：不是过期栏目"))
    bmdt = Col("部门动态", XWZX + "bmdt/", kind="news")
    s.file(bmdt, *(s.doc(f"{('县教育局', '县卫生健康局', '县农业农村局', '县市场监督管理局')[i % 4]}{_NEWS[(i + 3) % 10]}",
                         AS_OF - timedelta(days=5 + i * 9), _paras(_WORK)) for i in range(8)))
    tzgg = Col("通知公告", XWZX + "tzgg/", per_page=10)
    topics = ("做好冬季森林防火", "城乡居民医保参保缴费", "开展燃气安全隐患排查", "做好冬春农田水利建设")
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
    s.cols += [jzyw, bmdt, tzgg]


# Normative documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("农村集体经营性建设用地入市", "missing"), ("县城建筑风貌管控", "late"),
              ("柑橘良种苗木补贴资金管理", "unlinked"), ("县级储备粮管理", "no-validity"), ("城市公共停车场管理", "no-number"),
              ("农村公路养护管理", ""))


def _meta(organ: str, number: str, when: date, written: date, serial: int, kind: str, validity: str = "有效") -> dict[str, str]:
    return {"索引号": f"{ORGAN_CODE}/{when.year}-{serial:05d}", "主题分类": kind, "发布机构": organ, "发文字号": number,
            "成文日期": _ymd(written), "发布日期": _ymd(when), "有效性": validity}


def _files(s: _Site) -> None:
    """The 县政府文件 series (one folder per series, rows dated with the time), listing the 规范性文件 filed in
    the 信息公开 section too."""
    jzf = Col("县政府文件", ZFWJ + "jzf/", kind="series", per_page=8)
    jzbf = Col("县政府办公室文件", ZFWJ + "jzbf/", kind="series")
    others = ((jzf, "沮政发", "关于同意设立沮漳县城关第三小学的批复"), (jzbf, "沮政办发", "关于成立沮漳县柑橘产业发展工作领导小组的通知"),
              (jzf, "沮政发", "关于同意调整县城南区控制性详细规划的批复"), (jzbf, "沮政办发", "关于做好2026年度防汛抗旱工作的通知"),
              (jzf, "沮政任", "关于刘建华等同志职务任免的通知"))
    for i, (col, series, title) in enumerate(others):
        when = date(2026, 11, 6) - timedelta(days=i * 31)
        number = f"{series}〔{when.year}〕{40 - i * 3}号"
        d = s.doc(f"{GOV}{'办公室' if col is jzbf else ''}{title}", when,
                  _paras(number, "县人民政府各部门：" if "批复" not in title else "县自然资源和规划局：",
                         "经县人民政府研究，决定如下。" if "批复" not in title else "你局报来的请示收悉。经研究，同意所请。", GOV))
        d.meta = _meta(GOV, number, when, d.written, 500 + i, "综合政务")
        s.file(col, d)
    s.traps.append(Trap(jzf.url(), "县政府文件列出信息公开栏目里的规范性文件（链接到 /zfxxgk/… 下的文件页），行的日期带时分"))
    s.traps.append(Trap(s.url_of(jzf.docs[0]), "批复、任免通知和成立领导小组的通知不是政策性文件，不要求解读"))
    s.cols += [jzf, jzbf]


def _disclosure(s: _Site) -> None:
    gfx = Col("规范性文件", ZC + "gfxwj_GK2020/")
    zcjd = Col("政策解读", ZC + "zcjd_GK2020/")
    jzf = s.col("县政府文件")
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=33 * k)
        short = f"{COUNTY}{subject}办法"
        number = f"沮政规〔{when.year}〕{19 - k}号"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when, kind="tz/")
        d.body = (f'<p style="text-align:center">{number}</p>'
                  + _paras("各乡镇人民政府，县人民政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。")
                  + f'<p style="text-align:right">{GOV}</p><p style="text-align:right">{_ymd(d.written)}</p>'
                  + _paras(f"第一条　为规范本县{subject}工作，根据有关法律法规，结合本县实际，制定本办法。",
                           "第二条　本办法自印发之日起施行，有效期五年。"))
        d.meta = _meta(GOV, number, when, d.written, 301 + k * 11, "规范性文件")
        s.file(gfx, d)
        jzf.docs.append(d)
        url = gfx.doc_url(d)
        if defect == "no-validity":
            d.meta["有效性"] = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件的有效性一格为空", probe="meta-missing:有效性"))
        elif defect == "no-number":
            d.meta["发文字号"] = ""
            d.body = d.body.replace(f'<p style="text-align:center">{number}</p>', "", 1)
            s.key.append(Expected("normative-metadata", url, "规范性文件的文号一格为空（正文也没有文号）",
                                  probe="meta-missing:发文字号"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读", when + timedelta(days=lag),
                  _paras(f"一、出台背景　为规范本县{subject}工作，县人民政府制定了《{short}》。",
                         "二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。", "三、解读机关　县司法局。"))
        i.meta = _meta(f"{GOV}办公室", "", i.when, i.when, 700 + k, "政策解读", "")
        s.file(zcjd, i)
        if defect != "unlinked":
            i.links = (f'<div class="xgwj"><h4>相关文件</h4><ul><li><a href="{url}" target="_blank">{escape(d.title)}</a></li></ul></div>\n')
            d.links = (f'<div class="xgjd"><h4>相关解读</h4><ul><li><a href="{zcjd.doc_url(i)}" target="_blank">{escape(i.title)}</a></li></ul></div>\n')
            if defect != "late":
                s.traps.append(Trap(url, f"文件和解读互相链接，解读与文件同日或晚{lag}天发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
    s.traps.append(Trap(gfx.url(), "规范性文件存放在栏目下的类别目录 tz/ 里（…/gfxwj_GK2020/tz/202610/t….shtml）"))
    s.traps.append(Trap(gfx.doc_url(gfx.docs[0]), "发布日期写作“2026 年 10 月 22 日”（年月日两侧有空格），标签“索 引 号”“文 号”中间有空格"))
    old = s.doc(f"{GOV}关于印发《{COUNTY}农村宅基地管理暂行办法》的通知", date(2017, 6, 12), kind="tz/")
    old.meta = _meta(GOV, "沮政规〔2017〕2号", old.when, old.written, 88, "规范性文件")
    old.body = _paras("沮政规〔2017〕2号", "各乡镇人民政府，县人民政府各部门：", f"现将《{COUNTY}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    s.file(gfx, old)
    s.traps.append(Trap(gfx.doc_url(old), "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))

    czzj = Col("财政预决算", FDZD + "czyjs/")
    for n in range(4):
        year = 2025 - n // 2
        d = s.doc(f"{COUNTY}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 20) - timedelta(days=170 * n),
                  _paras("根据《中华人民共和国预算法》有关规定，现将本县预决算情况公开如下。", _WORK), source="县财政局")
        d.meta = _meta("沮漳县财政局", "", d.when, d.when, 620 + n, "财政信息", "")
        s.file(czzj, d)
    s.key.append(Expected("stale-columns", czzj.url(), "财政预决算最新 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))

    rsxx = Col("人事信息", FDZD + "rsxx/")
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（空的 ul.info-list，分页条写“共1页”）", probe="no-rows"))
    zdxm = Col("重大建设项目", FDZD + "zdxm/", empty="暂无信息")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大建设项目栏目列表为空（只有“暂无信息”）", probe="no-rows"))
    jgzn = Col("机构职能", FDZD + "jgzn/")
    for i, (name, text) in enumerate((("县人民政府主要职责", "执行县人民代表大会及其常务委员会的决议。"),
                                      ("县人民政府领导分工", "县长主持县人民政府全面工作。"),
                                      ("县政府工作部门设置", "县人民政府设置工作部门22个。"))):
        d = s.doc(name, date(2026, 3, 12) - timedelta(days=i), _paras(text))
        d.meta = _meta(GOV, "", d.when, d.when, 10 + i, "机构职能", "")
        s.file(jgzn, d)
    s.traps.append(Trap(s.url_of(jgzn.docs[0]), "机构职能等非文件信息的文号、有效性为空，不是规范性文件的缺陷"))

    ndbg = Col("政府信息公开年报", XXGK + "zfxxgknb/")
    reports = ((GOV, {2025: date(2026, 3, 26), 2024: date(2025, 3, 21), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("沮漳县教育局", {2025: date(2026, 1, 22), 2023: date(2024, 1, 30), 2022: date(2023, 1, 16)}))
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
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少沮漳县教育局 2024 年政府信息公开工作年度报告",
                          match=("教育局", "2024"), probe="no-report:沮漳县教育局2024"))
    zn = Col("政府信息公开指南", XXGK + "zfxxgkzn/")
    d = s.doc(f"{GOV}政府信息公开指南", date(2026, 2, 10), _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南并实时更新。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, d.when, 1, "政府信息公开指南", "")
    s.file(zn, d)
    zd = Col("政府信息公开制度", XXGK + "zfxxgkzd/")
    d = s.doc(f"{GOV}政府信息公开保密审查制度", date(2025, 12, 3), _paras("本县建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, d.when, 2, "政府信息公开制度", "")
    s.file(zd, d)
    s.cols += [zn, zd, jgzn, gfx, zcjd, czzj, rsxx, zdxm, ndbg]


def _single(s: _Site, name: str, path: str, text: str) -> None:
    body = (f'<div class="position container"><span>您当前所在位置：</span><a href="/">首页</a> &gt; {name}</div>\n'
            f'<div class="container main"><div class="single"><h2>{name}</h2><div class="single-con">{text}</div></div></div>\n')
    s.res[f"{path}index.shtml"] = s.page(_head(name, None, None), body)


def _pages(s: _Site) -> None:
    _single(s, "联系我们", "/lxwm/", _paras("地址：沮漳县人民大道1号　电话：0717-3321308"))
    s.traps.append(Trap("/lxwm/", "无日期的单页，不是过期栏目"))
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    _single(s, "网站地图", "/wzdt/", f'<ul class="sitemap">{sitemap}</ul>')
    s.traps.append(Trap("/wzdt/", "网站地图是导航页，不是栏目"))
    _single(s, "依申请公开", XXGK + "ysqgk/", _paras(
        "公民、法人或者其他组织可以向本机关申请获取相关政府信息。受理机构：沮漳县人民政府办公室，地址：沮漳县人民大道1号。",
        '在线申请请登录<a href="http://www.hubei.gov.cn/hdjl/">湖北省人民政府门户网站依申请公开平台</a>。'))
    s.traps.append(Trap(XXGK + "ysqgk/", "依申请公开是说明单页，不是栏目"))
    xxgk = [c for c in s.cols if c.path.startswith(XXGK)]
    links = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in xxgk if not c.path.startswith(FDZD))
    links += f'<li><a href="{FDZD}">法定主动公开内容</a></li><li><a href="{XXGK}ysqgk/">依申请公开</a></li>'
    s.res[XXGK + "index.shtml"] = s.page(_head("政府信息公开", None, None), (
        '<div class="position container"><span>您当前所在位置：</span><a href="/">首页</a> &gt; 政府信息公开</div>\n'
        f'<div class="container main"><div class="xxgk-nav"><ul>{links}</ul></div></div>\n'))
    s.traps.append(Trap(XXGK, "政府信息公开首页只是目录，不是栏目"))
    s.res[FDZD + "index.shtml"] = s.page(_head("法定主动公开内容", None, None), (
        f'<div class="position container"><span>您当前所在位置：</span><a href="/">首页</a> &gt; <a href="{XXGK}">政府信息公开</a> &gt; 法定主动公开内容</div>\n'
        '<div class="container main"><div class="xxgk-nav"><ul>'
        + "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.path.startswith(FDZD)) + '</ul></div></div>\n'))
    s.traps.append(Trap(FDZD, "法定主动公开内容只是目录，不是栏目"))
    for channel, name in ((XWZX, "新闻中心"), (ZFWJ, "政府文件")):
        blocks = "".join(
            f'<div class="channel-box"><div class="hd"><span>{c.name}</span><a href="{c.url()}" class="more">更多&gt;&gt;</a></div><ul>'
            + "".join(f'<li><a href="{s.url_of(d)}" title="{escape(d.title)}" target="_blank">{escape(d.title)}</a>'
                      f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:6]) + "</ul></div>"
            for c in s.cols if c.path.startswith(channel))
        s.res[channel + "index.shtml"] = s.page(_head(name, None, None), (
            f'<div class="position container"><span>您当前所在位置：</span><a href="/">首页</a> &gt; {name}</div>\n'
            f'<div class="container main">{blocks}</div>\n'))
        s.traps.append(Trap(channel, f"{name}是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{s.url_of(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="i-box"><div class="i-box-hd"><h3>{col.name}</h3>'
                f'<a href="{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("沮漳要闻", "通知公告", "规范性文件", "政策解读")]
    body = ('<div class="i-banner"><img src="/material/images/banner.jpg" alt="美丽沮漳"></div>\n<div class="container">'
            + "".join(block(c, 7) for c in cols)
            + f'\n<div class="i-links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            f'<a href="{XXGK}">政府信息公开</a><a href="/wzdt/">网站地图</a></div></div>\n')
    home = s.page(_head(GOV, None, None), body)
    s.res["/"] = home
    s.res["/index.shtml"] = home
    s.traps.append(Trap("/index.shtml", "/index.shtml 与 / 是同一个首页"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>您访问的页面不存在或已删除！</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"hubjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _files(s)
    _disclosure(s)
    s.render()
    _pages(s)
    _home(s)
    for img in ("logo.png", "ga.png", "banner.jpg"):
        s.res[f"/material/images/{img}"] = Resource(tiny_png(), "image/png")
    for css in ("bootstrap.min.css", "main.css"):
        s.res[f"/material/css/{css}"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/material/js/jquery.min.js"] = Resource(b"/* hubjy */", "application/javascript")
    s.res["/material/js/jiucuo.js"] = Resource(b"/* jiucuo */", "application/javascript")
    records = sorted({s.url_of(d) for c in s.cols for d in c.docs if d.meta is not None})
    gfx = s.col("规范性文件")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "信息公开文件页模板的页脚没有公安备案号",
                          probe="footer-lacks:公网安备", url_pattern="^(" + "|".join(map(re.escape, records)) + ")$"))
    articles = sorted({s.url_of(d) for c in s.cols for d in c.docs})
    s.key.append(Expected("meta-tags", s.url_of(s.col("沮漳要闻").docs[0]), "文章页模板只有 ArticleTitle、PubDate，"
                          "缺 ContentSource", probe="article-no-source",
                          url_pattern="^(" + "|".join(map(re.escape, articles)) + ")$"))
    return SampleSite("hubjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
