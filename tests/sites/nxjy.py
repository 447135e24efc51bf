"""The "nxjy" sample site: a county portal (沙泉县人民政府, 宁夏) on the 宁夏 政府网站集约化平台 — the TRS-built platform
the autonomous region's portal (www.nx.gov.cn), its departments and its cities and counties share (UTF-8; news channels in
a folder carrying the site's number `/zwxx_13702/`, the 政府信息公开 columns under `/zwgk/`; news columns are folders whose
first page is the folder itself and later pages `index_1.html` …; the file library's lists have their first page both at
the folder and at `list.html`, later pages `list_1.html` …; both written only by a `createPageHTML(K, i, name, "html")`
call; articles `<yyyymm>/t<yyyymmdd>_<id>.html` linked relatively, some stored in another column's folder).

Why 宁夏: of the brief's provinces (浙江, 江苏, 天津, 海南, 吉林, 辽宁, 黑龙江, 宁夏, 新疆, 青海, 内蒙古) it is the one the library
shows with selectors of both a list template (its rows and a hover box of metadata per row) and an article template, from
three independent scrapers; 天津's hits were URL lists and two guessed RSS routes, 江苏's and 浙江's Hanweb (`/col/…/art/…`,
the sdjy and hanweb templates' family), 吉林's a 公共资源 subsystem, 海南's a search page.

Sources (read with `read_file` / `find_string`, cited as found):
  - 宁夏 自治区政府文件 scraper (repo lawScrapy `province_laws_154`, id 5063757147): the list `…/zwgk/qzfwj/` (the folder) and
    `list_1.html` … `list_62.html`, rows `//ul[@class="nx-list clearfix"]/li` with `./a/@href`, `./a/text()`,
    `./span/text()` the date, and `./div/p[7]/span[2]/text()` the 发文字号 (a metadata box of at least seven `p` per
    row); the document body `div#ofdneed` holding the attachments' links;
  - a second 宁夏 scraper (NingxiaSpider, id 34239991618) and its notes (id 42636182065): `…/zwgk/qzfwj/list.html`,
    `list_2.html` … ("Total page 48"), rows `ul.nx-list li` with `a::attr(title)`, `span.date`, and `div.nx-conmtab`
    whose `p` hold `span.tt` (`发文字号：`) and `span.value`; 20 rows a page; the body `div.view p`;
  - a 宁夏 news scraper (covid_19 `ningxia`, id 31365044046): the channel `http://www.nx.gov.cn/zwxx_11337/ftt/index.html`
    with later pages `index_34.html` (page 35: 0-based), rows `//div[@class="list-con"]//ul/li` `./a/@href` that are
    either `./…` or `../wztt/…` (an article stored in another column's folder), the article's `div#info_title` (a div, no
    heading), `span#info_released_dtime` holding `yyyy-mm-dd HH:MM:SS` (the scraper cuts 9 characters), `div#ofdneed`;
  - 宁夏's 财政厅 notice `https://czt.nx.gov.cn/xwzx/tzgg/202606/t20260610_5261427.html` (id 61446783939): the
    `<yyyymm>/t<yyyymmdd>_<id>.html` article path on the platform's departments.
Guessed, said as such: the pager call (TRS's `createPageHTML(count, index, name, ext)` as other TRS platforms write it; no
宁夏 pager markup was found), which labels the row box holds before 发文字号 (its seven `p`: 索引号, 主题分类, 发文机关, 成文日期,
发布日期, 有效性, 发文字号), the box hidden only by the stylesheet's `.nx-conmtab{display:none}` shown on hover, the
document template's header (the same `p > span.tt + span.value` pairs), the 相关解读 box, the metas, the footer, the empty
forms, the home blocks, every place name, number and wording.

First contact (the tool at 270153f): 97/98 pages, 合格 65.0, no veto; annual, broken, empty, footer, stale 1.00/1.00 (empty
and stale: the off-site 依申请公开 undecided, as gzjy's); interpretations 0.43/1.00 (4 false 没有对应的政策解读),
meta-tags 0.50/1.00, normative-metadata 0.67/1.00 (1 false). Cause: the file library's list pages (the folder, list.html,
list_1.html, 其他文件) read as documents, their rows' hover boxes taken for the page's own 索引号 … 发文字号. Fixed in the
tool: fields in a box beside each list row's link are the linked document's when one field shows in rows linking
different pages (page._row_fields). Under the `scripts` mutation a `document.write` of a fixed 暂无数据 notice into the list
made the empty 重大建设项目 a hub: a script writing only literals that link nothing writes no rows (walk._writes_notice).
Under `scripts` (seed 1) the 公开指南 column's one dated row written by `document.write` left its document unfetched: a list
page without static rows whose one dated row a script writes is rendered (render_need._written_rows). Under `addresses`
the mutation itself moved the file library's folder copy away from its kept `list.html`/`list_1.html` (fixed in
tests/sites/mutate.py). Now: 100/100 pages, every family 1.00/1.00 plain and under all 21 mutations at seeds 0–2 and 9–11,
each mutation alone at seed 0 and all but metas, footers and charsets alone at seeds 1–6 (合格 73.0 under `metas`, which
removes the tags meta-tags reads). Left: under `rows` alone (seed 3) the 公开指南 column, its one row dated `(02-10)` over
a `createPageHTML(1, 0, …)` call (which articles carry too), reads as a hub; its document is read, no verdict moves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "沙泉县"
GOV = "沙泉县人民政府"
HOST = "http://www.nxsq.gov.cn"
SITE_CODE = "6405240002"
ICP = "宁ICP备05002264号"
PSB = "64052402000116"
HTML = "text/html; charset=utf-8"
ZWXX = "/zwxx_13702/"
ZWGK = "/zwgk/"
TPXW = ZWXX + "tpxw/"  # 图片新闻's folder: 沙泉要闻 rows may link articles stored there (`../tpxw/…`)
LABELS = ("索引号：", "主题分类：", "发文机关：", "成文日期：", "发布日期：", "有效性：", "发文字号：")


@dataclass
class Doc:
    key: int
    title: str
    when: date  # 发布日期
    body: str = ""
    source: str = f"{GOV}办公室"
    meta: dict[str, str] | None = None  # the 信息公开 header (label → value; "" = an empty value)
    links: str = ""  # the 相关解读 / 相关文件 box under the body
    folder: str = ""  # stored in another column's folder

    @property
    def written(self) -> date:
        """成文日期: a few days before publication."""
        return self.when - timedelta(days=3 + self.key % 5)

    @property
    def docid(self) -> int:
        return 4011000 + self.key * 53


@dataclass
class Col:
    name: str
    path: str  # the column's folder, e.g. /zwxx_13702/sqyw/
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    kind: str = "news"  # news | files (the file library's nx-list rows with their box)
    empty: str = ""  # how an empty list shows: "" (an empty <ul>) or a notice

    @property
    def xxgk(self) -> bool:
        return self.path.startswith(ZWGK)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    @property
    def stem(self) -> str:
        return "list" if self.kind == "files" else "index"

    def url(self) -> str:
        return self.path

    def page_url(self, n: int) -> str:
        return self.path if n == 1 else f"{self.path}{self.stem}_{n - 1}.html"

    def doc_url(self, d: Doc) -> str:
        return f"{d.folder or self.path}{d.when:%Y%m}/t{d.when:%Y%m%d}_{d.docid}.html"

    def rel(self, d: Doc) -> str:
        """The row's href, relative to the column's folder as TRS writes it."""
        if d.folder:
            return "../" + self.doc_url(d)[len(ZWXX):]
        return "./" + self.doc_url(d)[len(self.path):]


def _head(title: str, col: Col | None, d: Doc | None) -> str:
    tags = (f'<meta name="SiteName" content="{GOV}">\n<meta name="SiteDomain" content="www.nxsq.gov.cn">\n'
            f'<meta name="SiteIDCode" content="{SITE_CODE}">\n')
    if col:
        tags += (f'<meta name="ColumnName" content="{escape(col.name)}">\n'
                 f'<meta name="ColumnDescription" content="{escape(col.name)}">\n'
                 f'<meta name="ColumnKeywords" content="{escape(col.name)}">\n'
                 f'<meta name="ColumnType" content="{escape(col.name)}">\n')
    if d:
        # The article template writes no ContentSource (a planted defect on the news articles); the record one does.
        source = f'<meta name="ContentSource" content="{escape(d.source)}">\n' if d.meta is not None else ""
        tags += (f'<meta name="ArticleTitle" content="{escape(d.title)}">\n'
                 f'<meta name="PubDate" content="{d.when:%Y-%m-%d} {8 + d.key % 9:02d}:{d.key * 11 % 60:02d}">\n'
                 f'{source}<meta name="Keywords" content="">\n<meta name="Author" content="">\n'
                 f'<meta name="Description" content="">\n<meta name="Url" content="{HOST}{col.doc_url(d) if col else ""}">\n')
    page = f"{title}-{GOV}" if title != GOV else GOV
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n'
            f'{tags}<title>{escape(page)}</title>\n'
            '<link href="/images/nx-style.css" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript" src="/images/jquery-1.11.3.min.js"></script>\n'
            '<script type="text/javascript" src="/images/page.js"></script>\n</head>\n')


def _header() -> str:
    nav = (("首页", "/"), ("政务信息", ZWXX), ("信息公开", ZWGK), ("政务服务", "https://zwfw.nx.gov.cn/"),
           ("互动交流", "/hdjl/"))
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in nav)
    return ('<div class="nx-top"><div class="w1200"><span class="nx-top-l">宁夏回族自治区人民政府 '
            '<a href="https://www.nx.gov.cn/" target="_blank">www.nx.gov.cn</a></span>'
            '<span class="nx-top-r"><a href="javascript:void(0)" id="cniil_wza">无障碍浏览</a>'
            '<a href="javascript:void(0)" class="zhjt">繁體</a></span></div></div>\n'
            '<div class="nx-header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="沙泉县人民政府" /></a>\n'
            '<div class="nx-search"><form action="https://www.nx.gov.cn/search/" method="get" target="_blank">'
            '<input type="text" name="searchWord" placeholder="请输入关键字" /><button type="submit">搜索</button></form></div>\n'
            f'</div></div>\n<div class="nx-nav"><ul class="w1200 clearfix">{items}</ul></div>\n')


def _footer(psb: bool) -> str:
    # The 信息公开 record template's footer drops the 公安备案 line (a planted defect on the records).
    police = (f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">'
              f'<img src="/images/gongan.png" />宁公网安备 {PSB}号</a>') if psb else ""
    return ('<div class="nx-footer"><div class="w1200">\n<div class="nx-footer-link">'
            '<a href="/wzgl/lxwm/">联系我们</a> | <a href="/wzgl/wzdt/">网站地图</a> | <a href="/wzgl/smsm/">使用帮助</a></div>\n'
            f'<p>主办单位：{GOV}办公室　承办单位：{COUNTY}融媒体中心</p>\n'
            f'<p>网站标识码：{SITE_CODE}　<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>　{police}</p>\n'
            '<div class="nx-footer-img"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=64D2D8A4C1E4B0A5E053012819AC8D21" '
            'target="_blank"><img src="/images/dzjg.png" /></a>'
            f"<script id=\"_jiucuo_\" sitecode='{SITE_CODE}' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script></div>\n"
            '</div></div>\n')


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _ymd(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.n = 0

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.n += 1
        return Doc(self.n, title, when, body or _paras(f"{title}。"), **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    def page(self, head: str, body: str, psb: bool = True) -> Resource:
        html = f'{head}<body>\n{_header()}{body}{_footer(psb)}</body>\n</html>\n'
        return Resource(html.encode("utf-8"), HTML)

    def channel(self, col: Col) -> tuple[str, str]:
        return ("信息公开", ZWGK) if col.xxgk else ("政务信息", ZWXX)

    def box(self, meta: dict[str, str]) -> str:
        """The metadata pairs, `p > span.tt + span.value`, seven of them, 发文字号 the seventh."""
        return "".join(f'<p><span class="tt">{label}</span><span class="value">{escape(meta.get(label, ""))}</span></p>'
                       for label in LABELS)

    def rows(self, col: Col, docs: list[Doc]) -> str:
        if not docs:
            inner = f'<li class="nodata">{col.empty}</li>' if col.empty else ""
            return f'<div class="list-con"><ul>{inner}</ul></div>\n'
        if col.kind == "files":
            return '<ul class="nx-list clearfix">' + "".join(
                f'\n<li><a href="{col.rel(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                f'<span class="date">{d.when:%Y-%m-%d}</span>\n<div class="nx-conmtab">{self.box(d.meta or {})}</div></li>'
                for d in docs) + "\n</ul>\n"
        return '<div class="list-con"><ul>' + "".join(
            f'\n<li><a href="{col.rel(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
            f'<span>{d.when:%Y-%m-%d}</span></li>' for d in docs) + "\n</ul></div>\n"

    def pager(self, col: Col, n: int) -> str:
        return (f'<div class="nx-page" id="page_div"></div>\n<script type="text/javascript">\n'
                f'  createPageHTML({col.pages}, {n - 1}, "{col.stem}", "html");\n</script>\n')

    def side(self, col: Col) -> str:
        items = "".join(f'<li{" class=on" if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if c.xxgk == col.xxgk)
        return f'<div class="nx-left"><div class="nx-left-tit">{self.channel(col)[0]}</div><ul>{items}</ul></div>\n'

    def trail(self, col: Col) -> str:
        up, up_url = self.channel(col)
        return (f'<div class="nx-position w1200">当前位置：<a href="/">首页</a> &gt; <a href="{up_url}">{up}</a> &gt; '
                f'<a href="{col.url()}">{col.name}</a></div>\n')

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page:n * col.per_page]
        body = (f'{self.trail(col)}<div class="nx-main w1200 clearfix">{self.side(col)}<div class="nx-right">'
                f'<div class="nx-right-tit"><span>{col.name}</span></div>\n{self.rows(col, docs)}{self.pager(col, n)}</div></div>\n')
        return self.page(_head(col.name, col, None), body)

    def article(self, col: Col, d: Doc) -> Resource:
        if d.meta is not None:
            body = (f'{self.trail(col)}<div class="nx-main w1200"><div class="nx-xxgk-head nx-conmtab-show">{self.box(d.meta)}</div>\n'
                    f'<div id="info_title" class="nx-title">{escape(d.title)}</div>\n'
                    f'<div id="ofdneed" class="view TRS_UEDITOR trs_paper_default trs_web">{d.body}</div>\n{d.links}</div>\n')
            return self.page(_head(d.title, col, d), body, psb=False)
        body = (f'{self.trail(col)}<div class="nx-main w1200"><div class="nx-article">\n'
                f'<div id="info_title" class="nx-title">{escape(d.title)}</div>\n'
                f'<div class="nx-info"><span>发布时间：<span id="info_released_dtime">{d.when:%Y-%m-%d} '
                f'{8 + d.key % 9:02d}:{d.key * 11 % 60:02d}:00</span></span>'
                f'<span>来源：<span id="info_source">{escape(d.source)}</span></span>'
                '<span class="nx-font">字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> '
                '<a href="javascript:void(0)">小</a></span></div>\n'
                f'<div id="ofdneed" class="view TRS_UEDITOR trs_paper_default trs_web">{d.body}</div>\n'
                '<div class="nx-share"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>\n'
                '</div></div>\n')
        return self.page(_head(d.title, col, d), body)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            for n in range(1, col.pages + 1):
                url = col.page_url(n)
                page = self.list_page(col, n)
                self.res[url + "index.html" if n == 1 else url] = page
                if n == 1 and col.kind == "files" and col.pages > 1:
                    # The file library's page 1 is also `list.html`, the address its own pager names.
                    self.res[col.path + "list.html"] = page
                    self.traps.append(Trap(col.path + "list.html", "list.html 与栏目目录是同一个第 1 页"))
                if n > 1:
                    self.traps.append(Trap(url, LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)


_WORK = ("会议强调，各乡镇、县直各部门要提高政治站位，压实工作责任，细化工作措施，加强督促检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开县委常委会会议", "召开县政府常务会议", "开展重点项目集中开工活动", "召开乡村振兴工作推进会", "推进枸杞产业高质量发展",
         "召开安全生产工作会议", "开展黄河岸线清理整治", "召开优化营商环境工作推进会", "举办农民丰收节活动", "开展防沙治沙义务植树")
BROKEN_PDF = "/zwxx_13702/tzgg/202610/P020261015392810544.pdf"
GOOD_PDF = "/zwxx_13702/tzgg/202609/P020260911604418237.pdf"
GONE = "/zwxx_13702/tzgg/202601/t20260106_3990217.html"


def _news(s: _Site) -> None:
    sqyw = Col("沙泉要闻", ZWXX + "sqyw/")
    for i in range(22):
        sqyw.docs.append(s.doc(f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 5),
                               _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县领导出席并讲话，各乡镇、县直各部门主要负责人参加。", _WORK),
                               source=f"{COUNTY}融媒体中心", folder=TPXW if i % 7 == 3 else ""))
    s.traps.append(Trap(sqyw.url(), "沙泉要闻最新 2026-11-18：不是过期栏目；第 2 页 index_1.html 只由 createPageHTML 脚本写出"))
    s.traps.append(Trap(sqyw.doc_url(sqyw.docs[3]), "沙泉要闻的条目可以存放在图片新闻的目录（../tpxw/…），仍是沙泉要闻的文章"))
    bmdt = Col("部门动态", ZWXX + "bmdt/")
    for i in range(9):
        bmdt.docs.append(s.doc(f"{('县教育体育局', '县卫生健康局', '县农业农村局')[i % 3]}{_NEWS[(i + 3) % 10]}",
                               AS_OF - timedelta(days=6 + i * 11), _paras(_WORK)))
    tzgg = Col("通知公告", ZWXX + "tzgg/", per_page=10)
    topics = ("做好冬季森林草原防火", "城乡居民医保参保缴费", "开展燃气安全隐患排查", "做好冬春农田水利建设")
    for i in range(13):
        tzgg.docs.append(s.doc(f"关于{topics[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=5 + i * 13),
                               _paras("各乡镇人民政府，县直各部门：", _WORK, f"{GOV}办公室")))
    broken = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202610")
    broken.body += _paras(f'附件：<a href="{BROKEN_PDF}" target="_blank">报名登记表.pdf</a>')
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    good = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202609")
    good.body += _paras(f'附件：<a href="{GOOD_PDF}" target="_blank">实施方案.pdf</a>')
    s.res[GOOD_PDF] = Resource(fake_pdf("fangan"), "application/pdf")
    gone = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202608")
    gone.body += _paras(f'详见<a href="{GONE}" target="_blank">《关于开展2026年度“四下基层”活动的通知》</a>。')
    s.key.append(Expected("broken-links", GONE, "正文链接的旧通知已撤下（404）", probe="status:404"))
    tzgg.docs.append(s.doc(f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件12件，宣布失效3件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-15：不是过期栏目"))
    s.cols += [sqyw, bmdt, tzgg]


# Normative documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("农村集体经营性建设用地入市", "missing"), ("县城建筑风貌管控", "late"),
              ("枸杞产业发展扶持资金管理", "unlinked"), ("县级储备粮管理", "no-validity"), ("城市公共停车场管理", "no-number"),
              ("农村公路养护管理", ""))
ORGAN_CODE = "11640524MB1576430R"


def _meta(organ: str, number: str, when: date, written: date, serial: int, kind: str, validity: str = "有效") -> dict[str, str]:
    return {"索引号：": f"{ORGAN_CODE}/{when.year}-{serial:05d}", "主题分类：": kind, "发文机关：": organ,
            "成文日期：": _ymd(written), "发布日期：": _ymd(when), "有效性：": validity, "发文字号：": number}


def _disclosure(s: _Site) -> None:
    gfx = Col("规范性文件", ZWGK + "gfxwj/", kind="files", per_page=5)
    zcjd = Col("政策解读", ZWGK + "zcjd/")
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=33 * k)
        short = f"{COUNTY}{subject}办法"
        number = f"沙政规发〔{when.year}〕{12 - k}号"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        d.body = (f'<p style="text-align:center">{number}</p>'
                  + _paras("各乡镇人民政府，县直各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。")
                  + f'<p style="text-align:right">{GOV}</p><p style="text-align:right">{_ymd(d.written)}</p>'
                  + _paras("（此件公开发布）", f"第一条　为规范本县{subject}工作，根据有关法律法规，结合本县实际，制定本办法。",
                           "第二条　本办法自印发之日起施行，有效期五年。"))
        d.meta = _meta(GOV, number, when, d.written, 301 + k * 11, "规范性文件")
        url = gfx.doc_url(d)
        if defect == "no-validity":
            d.meta["有效性："] = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件的有效性为空", probe="meta-missing:有效性"))
        elif defect == "no-number":
            d.meta["发文字号："] = ""
            d.body = d.body.replace(f'<p style="text-align:center">{number}</p>', "", 1)
            s.key.append(Expected("normative-metadata", url, "规范性文件的发文字号为空（正文也没有文号，列表的悬浮框也是空的）",
                                  probe="meta-missing:发文字号"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 16 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读", when + timedelta(days=lag),
                  _paras(f"一、出台背景　为规范本县{subject}工作，县人民政府制定了《{short}》。",
                         "二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。", "三、解读机关　县司法局。"))
        if defect != "unlinked":
            i.links = (f'<div class="nx-xgwj"><span>相关文件：</span><a href="{url}" target="_blank">{escape(d.title)}</a></div>\n')
            i.body += _paras(f'原文链接：<a href="{url}" target="_blank">{escape(d.title)}</a>')
            d.links = (f'<div class="nx-xgjd"><span>相关解读：</span><a href="{zcjd.doc_url(i)}" target="_blank">'
                       f'{escape(i.title)}</a></div>\n')
            if defect != "late":
                s.traps.append(Trap(url, f"文件和解读互相链接，解读与文件同日或晚{lag}天发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        zcjd.docs.append(i)
    old = s.doc(f"{GOV}关于印发《{COUNTY}农村宅基地管理暂行办法》的通知", date(2017, 6, 12))
    old.meta = _meta(GOV, "沙政规发〔2017〕6号", old.when, old.written, 88, "规范性文件")
    old.body = _paras("沙政规发〔2017〕6号", "各乡镇人民政府，县直各部门：", f"现将《{COUNTY}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    gfx.docs.append(old)
    s.traps.append(Trap(gfx.doc_url(old), "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))
    s.traps.append(Trap(gfx.url(), "规范性文件每行的悬浮框（nx-conmtab，样式表隐藏）写着成文日期、发布日期和有效性：列表不是一篇文件，最新 2026-10-22 不过期"))

    qtwj = Col("其他文件", ZWGK + "qtwj/", kind="files", per_page=5)
    others = (("沙政任", "关于刘建华等同志职务任免的通知"), ("沙政函", "关于同意设立沙泉县第三小学的批复"),
              ("沙政办发", "关于成立沙泉县枸杞产业发展工作领导小组的通知"), ("沙政函", "关于同意调整县城南区控制性详细规划的批复"))
    for i, (series, title) in enumerate(others):
        when = date(2026, 11, 6) - timedelta(days=i * 31)
        number = f"{series}〔{when.year}〕{40 - i * 3}号"
        d = s.doc(f"{GOV}{title}", when, _paras(number, "县直各部门：" if "批复" not in title else "县自然资源局：",
                                                "经县人民政府研究，决定如下。" if "批复" not in title else "你局报来的请示收悉。经研究，同意所请。", GOV))
        d.meta = _meta(GOV, number, when, d.written, 500 + i, "综合政务", "")
        qtwj.docs.append(d)
    s.traps.append(Trap(qtwj.doc_url(qtwj.docs[0]), "其他文件栏目的任免通知、批复和成立领导小组的通知不是政策性文件，不要求解读"))

    czyjs = Col("财政预决算", ZWGK + "czyjs/")
    for n in range(4):
        year = 2025 - n // 2
        d = s.doc(f"{COUNTY}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 20) - timedelta(days=170 * n),
                  _paras("根据《中华人民共和国预算法》有关规定，现将本县预决算情况公开如下。", _WORK), source="县财政局")
        czyjs.docs.append(d)
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))

    rsxx = Col("人事信息", ZWGK + "rsxx/")
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（空的 <ul>，翻页脚本写 createPageHTML(1, 0, …)）",
                          probe="no-rows"))
    zdxm = Col("重大建设项目", ZWGK + "zdxm/", empty="暂无数据")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大建设项目栏目列表为空（只有“暂无数据”）", probe="no-rows"))

    ndbg = Col("政府信息公开年报", ZWGK + "zfxxgknb/")
    reports = ((GOV, {2025: date(2026, 3, 26), 2024: date(2025, 3, 21), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("沙泉县教育体育局", {2025: date(2026, 1, 22), 2023: date(2024, 1, 30), 2022: date(2023, 1, 16)}))
    for organ, published in reports:
        for year, when in published.items():
            d = s.doc(f"{organ}{year}年政府信息公开工作年度报告", when, report_body(organ, year, year % 5 + len(organ)), source=organ)
            ndbg.docs.append(d)
            if organ == GOV and year == 2023:
                s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                      match=(COUNTY, "2023"), probe="late:2024-03-31"))
            elif organ == GOV and year == 2022:
                s.traps.append(Trap(ndbg.doc_url(d), "县政府 2022 年度报告在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少沙泉县教育体育局 2024 年政府信息公开工作年度报告",
                          match=("教育体育局", "2024"), probe="no-report:沙泉县教育体育局2024"))
    zn = Col("政府信息公开指南", ZWGK + "zfxxgkzn/")
    zn.docs.append(s.doc(f"{GOV}政府信息公开指南", date(2026, 2, 10), _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南并实时更新。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。")))
    zd = Col("政府信息公开制度", ZWGK + "zfxxgkzd/")
    zd.docs.append(s.doc(f"{GOV}政府信息公开保密审查制度", date(2025, 12, 3),
                         _paras("本县建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。")))
    s.cols += [zn, zd, gfx, qtwj, zcjd, czyjs, rsxx, zdxm, ndbg]


def _single(s: _Site, name: str, path: str, text: str) -> None:
    body = (f'<div class="nx-position w1200">当前位置：<a href="/">首页</a> &gt; {name}</div>\n'
            f'<div class="nx-main w1200"><div class="nx-single"><h2>{name}</h2><div class="nx-single-con">{text}</div></div></div>\n')
    s.res[f"{path}index.html"] = s.page(_head(name, None, None), body)


def _pages(s: _Site) -> None:
    _single(s, "联系我们", "/wzgl/lxwm/", _paras("地址：沙泉县黄河大街1号　电话：0953-6012345"))
    _single(s, "使用帮助", "/wzgl/smsm/", _paras("本网站建议使用1280×768以上分辨率浏览。"))
    _single(s, "互动交流", "/hdjl/", _paras('县长信箱、咨询投诉请登录<a href="https://www.nx.gov.cn/hdjl/">宁夏回族自治区人民政府互动交流平台</a>。'))
    s.traps.append(Trap("/wzgl/lxwm/", "无日期的单页，不是过期栏目"))
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    _single(s, "网站地图", "/wzgl/wzdt/", f'<ul class="sitemap">{sitemap}</ul>')
    s.traps.append(Trap("/wzgl/wzdt/", "网站地图是导航页，不是栏目"))
    gk = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.xxgk)
    s.res[ZWGK + "index.html"] = s.page(_head("信息公开", None, None), (
        f'<div class="nx-position w1200">当前位置：<a href="/">首页</a> &gt; 信息公开</div>\n'
        f'<div class="nx-main w1200"><div class="nx-gkml"><h3>法定主动公开内容</h3><ul>{gk}'
        '<li><a href="https://www.nx.gov.cn/zwgk/ysqgk/" target="_blank">依申请公开</a></li></ul></div></div>\n'))
    s.traps.append(Trap(ZWGK, "信息公开首页只是目录，不是栏目"))
    blocks = "".join(
        f'<div class="nx-box"><div class="nx-box-hd"><span>{c.name}</span><a href="{c.url()}" class="more">更多&gt;&gt;</a></div>'
        '<div class="list-con"><ul>'
        + "".join(f'<li><a href="{c.doc_url(d)}" title="{escape(d.title)}" target="_blank">{escape(d.title)}</a>'
                  f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:6]) + "</ul></div></div>" for c in s.cols if not c.xxgk)
    s.res[ZWXX + "index.html"] = s.page(_head("政务信息", None, None), (
        f'<div class="nx-position w1200">当前位置：<a href="/">首页</a> &gt; 政务信息</div>\n'
        f'<div class="nx-main w1200">{blocks}</div>\n'))
    s.traps.append(Trap(ZWXX, "政务信息是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="i-box"><div class="i-box-hd"><h3>{col.name}</h3>'
                f'<a href="{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("沙泉要闻", "通知公告", "规范性文件", "政策解读")]
    body = ('<div class="i-banner"><img src="/images/banner.jpg" alt="塞上沙泉" /></div>\n<div class="w1200">'
            + "".join(block(c, 6) for c in cols)
            + f'\n<div class="i-links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            f'<a href="{s.col("政府信息公开指南").url()}">政府信息公开指南</a>'
            f'<a href="{ZWGK}">信息公开</a><a href="/wzgl/wzdt/">网站地图</a></div></div>\n')
    home = s.page(_head(GOV, None, None), body)
    s.res["/"] = home
    s.res["/index.html"] = home
    s.traps.append(Trap("/index.html", "/index.html 与 / 是同一个首页"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>您访问的页面不存在或已被删除！</p><a href="/">返回首页</a></div></body></html>')

# TRS's pager: createPageHTML(count, index, name, ext) writes 首页/上一页/numbers/下一页/尾页 into #page_div.
_PAGER_JS = """function createPageHTML(count, index, name, ext) {
  var box = document.getElementById('page_div'), html = '';
  if (count <= 1) { box.innerHTML = '<span>共1页</span>'; return; }
  function url(i) { return i == 0 ? name + '.' + ext : name + '_' + i + '.' + ext; }
  html += '<a href="' + url(0) + '">首页</a>';
  if (index > 0) html += '<a href="' + url(index - 1) + '">上一页</a>';
  for (var i = 0; i < count; i++) html += i == index ? '<span class="cur">' + (i + 1) + '</span>' : '<a href="' + url(i) + '">' + (i + 1) + '</a>';
  if (index < count - 1) html += '<a href="' + url(index + 1) + '">下一页</a>';
  html += '<a href="' + url(count - 1) + '">尾页</a><span>共' + count + '页</span>';
  box.innerHTML = html;
}
"""


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"nxjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _pages(s)
    _home(s)
    for img in ("logo.png", "gongan.png", "dzjg.png", "banner.jpg"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/images/nx-style.css"] = Resource(b".nx-conmtab{display:none}li:hover .nx-conmtab{display:block}"
                                             b".nx-conmtab-show{display:block}", "text/css")
    s.res["/images/jquery-1.11.3.min.js"] = Resource(b"/* nxjy */", "application/javascript")
    s.res["/images/page.js"] = Resource(_PAGER_JS.encode(), "application/javascript")
    records = [c.doc_url(d) for c in s.cols if c.kind == "files" for d in c.docs]
    gfx = s.col("规范性文件")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "信息公开文件页模板的页脚没有公安备案号",
                          probe="footer-lacks:公网安备", url_pattern="^(" + "|".join(map(re.escape, records)) + ")$"))
    articles = [c.doc_url(d) for c in s.cols if c.kind != "files" for d in c.docs]
    s.key.append(Expected("meta-tags", s.col("沙泉要闻").doc_url(s.col("沙泉要闻").docs[0]), "文章页模板有 ArticleTitle、PubDate，"
                          "缺 ContentSource", probe="article-no-source",
                          url_pattern="^(" + "|".join(map(re.escape, articles)) + ")$"))
    s.traps.append(Trap(s.col("沙泉要闻").doc_url(s.col("沙泉要闻").docs[0]),
                        "文章标题写在 div#info_title（没有标题标签），发布时间带时分秒"))
    return SampleSite("nxjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
