"""The "cqjy" sample site: a county portal (峡川县人民政府, 重庆) on the 重庆 政府网站集约化平台 — the TRS-built platform the
municipality's departments and its districts and counties share (UTF-8; every channel a folder carrying the site's
number, `/zwxx_262/` 政务信息, `/zwgk_262/` 政务公开, `/hdjl_262/` 互动交流, `/ggbf_search/` for the footer's pages;
columns are folders whose first page is the folder itself and later pages `index_1.html`, `index_2.html` … written only
by a `createPage(K, i, "index", "html")` script; articles `<yyyymm>/t<yyyymmdd>_<id>.html` linked relatively).

Why 重庆: of the brief's provinces it is the one whose county sites the library shows with selectors in more than one
template and with a whole served page of the platform: a 巫山县 scraper (a county on the platform, not only the city's
departments), four city-department scrapers of the same templates, the city portal's own crawler documenting the
policy-library rows, and a real 重庆 article page already in tests/model/realpages. 湖北's and 福建's hits were single
TRS addresses; 山东's, 江西's and 甘肃's Hanweb (`/col/col…/art/…`, the hanweb template's family); 云南's and 山西's
only province pages. No template imitates this scheme (`zwxx_<site>` channel folders, the 政策文件库 `zcwjk` list and
document templates, `createPage(` rather than `createPageHTML(`).

Sources (read with `read_file` / `find_string`, cited as found):
  - 巫山县 规范性文件 scraper (id 25268928115): the county's catalogue `http://www.cqws.gov.cn/zwgk_258/zfxxgkml_154818/zcwj/gfxwjhz_2310/`
    (a hub `div.xzgfxwj_231025` of protocol-relative `//www.cqws.gov.cn/zwgk_258/…` links), list pages whose rows are
    `<a target="_blank" href="./…">` holding `<p class="tit">` in `.zcwjk-list`, spans `发文字号：…` and
    `成文日期 ：2024年8月1日` (the list shows the 成文日期, 年月日), the document body `div.zcwjk-xlcon` holding a
    `trs_editor_view TRS_UEDITOR trs_paper_default …` div;
  - 巫山县 人大建议复函 scraper (id 25388989338): `…/zwgk_258/zfxxgkml_154818/jyta/jytabl/rddbjybl/`, later pages
    `index_1.html` … (page 2 is `index_1`), rows in `div.rigCon` as `<a target="_blank" href="./…" title="…">` with the
    date in a `<span>` inside the link (`2024-05-06`);
  - 重庆市 portal crawler (id 62094618929): the 行政规范性文件 row `<tr class="zcwjk-list-c clearfix"><td class="num">N</td>
    <td class="title"><a href="./YYYYMM/tYYYYMMDD_ID.html"><p class="tit">…</p><p class="info"><i class="kh">(</i>
    <span>发文字号：…</span><span class="time">成文日期 ：…</span><i class="kh">)</i></p></a></td></tr>`; the pager
    `createPage(totalPages, currentIndex, "index", "html")`; the 废止和失效 archive whose rows are `<a>` WITHOUT href
    and show a 废止日期; 市司法局 scraper (id 25837331391): `table.zcwjk-list`, `tr.zcwjk-list-c clearfix`, `p.info`;
  - 市人社局/市科技局/经信委 notes (ids 67145208340, 56262730100): rows `<a href="./202608/t20260831_16004458.html"><p
    class="tit">…</p><p class="info">…`, 通知公告 rows linking articles stored in another channel's folder
    (`../../ztzl/…/202609/t20260904_16031540.html`), `tYYYYMMDD_{id}` paths, "jjxxw = a 内嵌 p+span";
    发改委 spider (id 2552502669): `div.gkm-cr ul li` rows `a[title]` + `span` date, body `div.zcwjk-xlcon`;
  - 重庆市文化和旅游发展委员会 article (tests/model/realpages/whlyw-cq-gov-cn_trs_article_footer.html): the article
    template (`div.zwxl-title p.tit`, `div.zwxl-bar` with `<span class="tit">日期：</span><span class="con">…</span>`, the
    来源 written by `document.write`, body `div.zwxl-article > div.view TRS_UEDITOR`, the visible trail `div.position`
    linking relatively `../../` the parent channel while the column itself is a plain `<span class="dq">`, the hidden
    `NewsArticlePubDay` divs and a hidden `div.dqwz` trail), the footer (`/ggbf_search/lxwm/`, `/ggbf_search/wzdt/`,
    `政府网站标识码 5000000091` without a colon, 渝ICP备, 渝公网安备 link, the `_jiucuo_` script), metas ColumnName and
    ColumnType only.
Guessed, said as such: the document template's metadata table (labels in brackets `[ 索引号 ]` … `[ 有效性 ]`, as
the 政策文件库 `zcwjk` name and the national policy library's bracketed labels suggest — no 重庆 document header was
found), its title block and the 相关解读/相关文件 boxes; the 政策解读 rows as `<a><p>title</p><span>date</span></a>`
(from "a 内嵌 p+span"); the empty-list forms (an empty `<ul>`, 暂无信息); the home blocks, the catalogue and channel
pages, the annual-report column, every place name, number and wording.

First contact (b525563, the tool at 66e0b81): 104/123 pages (110 requests), 合格 75.5, no veto; annual, broken, empty,
footer, meta-tags, stale 1.00/1.00 (empty and stale: the off-site 依申请公开 undecided, as gzjy's); interpretations
0.00/0.00 (3 missed, 1 false) and normative-metadata n/a/0.00 (2 missed). Causes: the later pages, named only by
`createPage(…)`, never fetched; the 行政规范性文件 list read as one document titled 1 (its rows' 发文字号/成文日期 inside
the links taken for the page's metadata), so no document was listed; the bracketed header not read. Fixed in the tool:
`createPage` is TRS's `createPageHTML` (pagination, htmlvocab.PAGE_COUNT); labels inside links to other pages are
those pages' fields, labels may stand in brackets (metadata); a row's title ends before the fields its link shows
(htmlvocab.ROW_FIELD_LABEL). Under classes…copies at seed 0 and under all 19 mutations at seed 1 the empty 人事信息
beside a side menu with a long column name (废止和失效行政规范性文件) was missed: a column menu naming the page, by its
folder or its index file, holds no content link (bodytext.menu_lists). Now: 123/123 pages, 129 requests, 合格 75.5,
every family 1.00/1.00; all 19 mutations at seeds 0–5 1.00/1.00 (合格 73.5: `metas` removes the tags meta-tags reads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, SITE_HOST, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "峡川县"
GOV = "峡川县人民政府"
HOST = "http://www.cqxc.gov.cn"
SITE_CODE = "5002380019"
ICP = "渝ICP备05003917号"
PSB = "50023802000108"
HTML = "text/html; charset=utf-8"
ZWXX = "/zwxx_262/"
ZWGK = "/zwgk_262/"
GKML = "/zwgk_262/zfxxgkml/"
SELF = f"//{SITE_HOST}"  # protocol-relative links to the site's own host (footer, catalogue), as 巫山's and the real footer's


@dataclass
class Doc:
    key: int
    title: str
    when: date  # 发布日期
    body: str = ""
    source: str = f"{GOV}办公室"
    meta: dict[str, str] | None = None  # the 信息公开 header (label → value; "" = an empty cell)
    links: str = ""  # the 相关解读 / 相关文件 box under the body
    folder: str = ""  # stored in another channel's folder (通知公告 rows pointing into a 专题)

    @property
    def written(self) -> date:
        """成文日期: the list of the 政策文件库 shows it, not the publication date."""
        return self.when - timedelta(days=4 + self.key % 4)


@dataclass
class Col:
    name: str
    path: str  # the column's folder, e.g. /zwxx_262/xcyw/
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 20
    kind: str = "news"  # news | gfxwj | zcjd | qtwj | fzhsx
    empty: str = ""  # how an empty list shows: "" (an empty <ul>) or a notice

    @property
    def xxgk(self) -> bool:
        return self.path.startswith(ZWGK)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self) -> str:
        return self.path

    def page_url(self, n: int) -> str:
        return self.path if n == 1 else f"{self.path}index_{n - 1}.html"

    def doc_url(self, d: Doc) -> str:
        return f"{d.folder or self.path}{d.when:%Y%m}/t{d.when:%Y%m%d}_{2601000 + d.key * 37}.html"

    def rel(self, d: Doc) -> str:
        """The row's href, relative to the column's folder as TRS writes it."""
        if d.folder:
            return "../../" + self.doc_url(d)[1:]
        return "./" + self.doc_url(d)[len(self.path):]


def _head(title: str, col: Col | None, d: Doc | None) -> str:
    tags = (f'<meta name="SiteName" content="{GOV}">\n<meta name="SiteDomain" content="www.cqxc.gov.cn">\n'
            f'<meta name="SiteIDCode" content="{SITE_CODE}">\n')
    if col:
        # The platform writes ColumnName and ColumnType only (as the real 重庆 page); on list pages a planted defect.
        tags += f'<meta name="ColumnName" content="{escape(col.name)}">\n<meta name="ColumnType" content="{escape(col.name)}">\n'
    if d:
        tags += (f'<meta name="ArticleTitle" content="{escape(d.title)}">\n'
                 f'<meta name="PubDate" content="{d.when:%Y-%m-%d} {9 + d.key % 8:02d}:{d.key * 7 % 60:02d}">\n'
                 f'<meta name="ContentSource" content="{escape(d.source)}">\n<meta name="Keywords" content="">\n'
                 f'<meta name="Author" content="">\n<meta name="Url" content="{HOST}{col.doc_url(d) if col else ""}">\n')
    page = f"{title}_{GOV}" if title != GOV else GOV
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            f'<!--站点类-->\n{tags}<title>{escape(page)}</title>\n'
            '<script type="text/javascript" src="/images/jquery.min.js"></script>\n'
            '<script type="text/javascript" src="/images/common.js"></script>\n'
            '<link href="/images/main.css" rel="stylesheet" />\n</head>\n')


def _header() -> str:
    nav = (("首页", "/"), ("政务信息", ZWXX), ("政务公开", ZWGK), ("政务服务", "https://zwykb.cq.gov.cn/"),
           ("互动交流", "/hdjl_262/"))
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in nav)
    return ('<div class="header1"><div class="wrap">\n<a class="h-left" href="/"><img src="/images/wz_logo.png" /></a>\n'
            '<div class="wzabox rt"><a class="pc" onclick="aria.start()" href="javascript:void(0)">无障碍</a>'
            '<a onclick="aria.oldFixedStart()" href="javascript:void(0)">关怀版</a></div>\n'
            '<div class="h-right"><input type="text" placeholder="请输入搜索内容" id="textfield" maxlength="50" />'
            '<small class="h-search" onclick="submitsearch()"></small></div>\n'
            f'<div class="h-nav"><ul class="clearfix yjdh">{items}</ul></div>\n</div></div>\n')


def _footer(site_code: bool) -> str:
    # The 政策文件库 document template's footer drops the 网站标识码 (a planted defect on the 信息公开 documents).
    code = f' <span>政府网站标识码 {SITE_CODE}</span>' if site_code else ""
    return ('<div class="wrap f-info clearfix"><div class="f-info-left lf">\n<div class="f-info-div">'
            f'<a href="{SELF}/ggbf_search/lxwm/">联系我们</a><span>|</span>'
            f'<a href="{SELF}/ggbf_search/wzdt/">网站地图</a><span>|</span>'
            f'<a href="{SELF}/hdjl_262/">互动交流</a></div>\n'
            f'<p class="f-info-p"><span>主办：{GOV}办公室</span> <span>承办：{COUNTY}大数据发展局</span></p>\n'
            f'<div class="f-info-p"><a target="_blank" href="https://beian.miit.gov.cn/#/Integrated/index">{ICP}</a>{code}</div>\n'
            f'<p class="f-info-p"><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">'
            f'<i><img src="/images/police.png" /></i>&nbsp;渝公网安备 {PSB}号</a></p>\n</div>\n'
            '<div class="footer-link"><div class="footer-link-img">'
            f"<script id=\"_jiucuo_\" sitecode='{SITE_CODE}' src='/images/jiucuo.js'></script></div>\n"
            '<div class="footer-link-img"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=0A59C9B15DE702EFE053022819ACBB31" '
            'target="_blank"><img src="/images/zwgk_dzjg.png" alt="" /></a></div></div>\n</div>\n')


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

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.n += 1
        return Doc(self.n, title, when, body or _paras(f"{title}。"), **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    def page(self, head: str, body: str, site_code: bool = True) -> Resource:
        html = f'{head}<body>\n{_header()}{body}{_footer(site_code)}</body>\n</html>\n'
        return Resource(html.encode("utf-8"), HTML)

    def channel(self, col: Col) -> tuple[str, str]:
        return ("政务公开", ZWGK) if col.xxgk else ("政务信息", ZWXX)

    def rows(self, col: Col, docs: list[Doc]) -> str:
        if not docs:
            inner = f"<li>{col.empty}</li>" if col.empty else ""
            return f'<ul class="list-ul">{inner}</ul>\n'
        if col.kind == "gfxwj":
            trs = "".join(
                f'\n<tr class="zcwjk-list-c clearfix{" cur" if i % 2 else ""}"><td class="num">{i + 1}</td><td class="title">'
                f'<a href="{col.rel(d)}" target="_blank"><p class="tit">{escape(d.title)}</p><p class="info"><i class="kh">(</i>'
                f'<span>发文字号：{escape((d.meta or {}).get("[ 发文字号 ]", ""))}</span><span class="time">成文日期 ：{_ymd(d.written)}</span>'
                '<i class="kh">)</i></p></a></td></tr>' for i, d in enumerate(docs))
            return (f'<table class="zcwjk-list"><tbody><tr class="zcwjk-list-h"><th>序号</th><th>标题</th></tr>{trs}\n'
                    '</tbody></table>\n')
        if col.kind == "fzhsx":
            trs = "".join(
                f'\n<tr class="zcwjk-list-c clearfix"><td class="num">{i + 1}</td><td class="title"><a><p class="tit">{escape(d.title)}'
                f'</p><p class="info">(<span>发文字号：{escape(d.source)}</span><span class="time">废止日期 ：{_ymd(d.when)}</span>)</p>'
                '</a></td></tr>' for i, d in enumerate(docs))
            return f'<table class="zcwjk-list"><tbody>{trs}\n</tbody></table>\n'
        if col.kind == "zcjd":
            return '<ul class="list-ul">' + "".join(
                f'\n<li><a href="{col.rel(d)}" target="_blank"><p>{escape(d.title)}</p><span>{d.when:%Y-%m-%d}</span></a></li>'
                for d in docs) + "\n</ul>\n"
        return '<ul class="list-ul">' + "".join(
            f'\n<li><a target="_blank" href="{col.rel(d)}" title="{escape(d.title)}">{escape(d.title)}'
            f'<span>{d.when:%Y-%m-%d}</span></a></li>' for d in docs) + "\n</ul>\n"

    def pager(self, col: Col, n: int) -> str:
        return (f'<div class="page" id="page"></div>\n<script type="text/javascript">\n'
                f'  createPage({col.pages}, {n - 1}, "index", "html");\n</script>\n')

    def side(self, col: Col) -> str:
        cur = ' class="cur"'
        items = "".join(f'<li{cur if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if c.xxgk == col.xxgk)
        return f'<div class="lefCon"><h3>{self.channel(col)[0]}</h3><ul class="lef-nav">{items}</ul></div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        up, up_url = self.channel(col)
        body = (f'<div class="wrap"><div class="position">您当前的位置：<a href="/" title="首页">首页</a><span class="gt">&gt;</span>'
                f'<a href="{up_url}" title="{up}">{up}</a><span class="gt">&gt;</span><span class="dq">{col.name}</span></div></div>\n'
                f'<div class="main centerWidth">{self.side(col)}<div class="rigCon"><div class="rig-tit"><span>{col.name}</span></div>\n'
                f'{self.rows(col, docs)}{self.pager(col, n)}</div></div>\n')
        return self.page(_head(col.name, col, None), body)

    def header_table(self, meta: dict[str, str]) -> str:
        labels = list(meta)
        rows = "".join(
            '<tr>' + "".join(f'<td class="t1">{a}</td><td class="t2">{escape(meta[a])}</td>' for a in labels[i:i + 2]) + '</tr>'
            for i in range(0, len(labels), 2))
        return f'<div class="zcwjk-xl-top"><table><tbody>{rows}</tbody></table></div>\n'

    def article(self, col: Col, d: Doc) -> Resource:
        up, up_url = self.channel(col)
        trail = (f'<div class="wrap"><div class="position">您当前的位置：<a href="/" title="首页">首页</a><span class="gt">&gt;</span>'
                 f'<a href="{up_url}" title="{up}">{up}</a><span class="gt">&gt;</span><span class="dq">{col.name}</span></div></div>\n')
        hidden = (f'<div id="NewsArticleID" style="display:none;">{2601000 + d.key * 37}</div>\n'
                  f'<div id="NewsArticleTitle" style="display:none;">{escape(d.title)}</div>\n'
                  f'<div id="NewsEditionName" style="display:none;">{col.name}</div>\n'
                  f'<div id="NewsArticlePubDay" style="display:none;">{d.when:%Y-%m-%d}</div>\n'
                  f'<div class="dqwz" style="display:none"><a href="http:{SELF}/" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;'
                  f'<a href="http:{SELF}{up_url}" title="{up}" class="CurrChnlCls">{up}</a>&nbsp;&gt;&nbsp;<a href="http:{SELF}{col.url()}" '
                  f'title="{col.name}" class="CurrChnlCls">{col.name}</a></div>\n')
        if d.meta is not None:
            body = (f'{trail}<div class="main centerWidth"><div class="zcwjk-xl">\n{self.header_table(d.meta)}'
                    f'<div class="zcwjk-xl-tit"><p class="tit">{escape(d.title)}</p></div>\n'
                    f'<div class="zcwjk-xlcon"><div id="a1"></div><div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_word">'
                    f'{d.body}</div></div>\n{d.links}</div></div>\n{hidden}')
            return self.page(_head(d.title, col, d), body, site_code=False)
        body = (f'{trail}<div class="main centerWidth"><div class="xl-main"><div class="zwxl-content">\n'
                f'<div class="zwxl-title"><p class="tit">{escape(d.title)}</p>\n<div class="zwxl-bar">'
                f'<span class="tit">日期：</span><span class="con">{d.when:%Y-%m-%d}</span>\n'
                f'<script>if("{d.source}"!=""){{document.write(\'<span class="tit">来源：</span><span class="con">{d.source}</span>\');}}</script>\n'
                '<div class="zwxl-font db"><span>大</span><span class="cur">中</span><span>小</span></div></div></div>\n'
                f'<div class="zwxl-article" style="overflow: hidden;"><div><div class="view TRS_UEDITOR trs_paper_default trs_word">'
                f'{d.body}</div></div></div>\n</div></div></div>\n{hidden}')
        return self.page(_head(col.name, col, d), body)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            for n in range(1, col.pages + 1):
                url = col.page_url(n)
                self.res[url + "index.html" if n == 1 else url] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(url, LATER_PAGE))
            if col.kind != "fzhsx":
                for d in col.docs:
                    self.res[col.doc_url(d)] = self.article(col, d)


_WORK = ("会议要求，各乡镇（街道）、县级各部门要提高政治站位，压实工作责任，细化工作措施，加强督促检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开县委常委会会议", "召开县政府常务会议", "开展重点项目集中开工活动", "召开乡村振兴工作推进会", "推进脆李产业高质量发展",
         "召开安全生产工作会议", "开展地质灾害应急演练", "召开优化营商环境工作推进会", "举办农民丰收节活动", "开展长江禁渔联合执法")
BROKEN_PDF = "/zwxx_262/tzgg/202610/P020261016583920417.pdf"
GOOD_PDF = "/zwxx_262/tzgg/202609/P020260914209183364.pdf"
ZTZL = "/ztzl/yhyshj/"


def _news(s: _Site) -> None:
    xcyw = Col("峡川要闻", ZWXX + "xcyw/")
    for i in range(30):
        xcyw.docs.append(s.doc(f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                               _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县领导出席并讲话，各乡镇（街道）、县级各部门主要负责人参加。", _WORK),
                               source=f"{COUNTY}融媒体中心"))
    s.traps.append(Trap(xcyw.url(), "峡川要闻最新 2026-11-18：不是过期栏目；第 2 页 index_1.html 只由 createPage 脚本写出"))
    bmdt = Col("部门动态", ZWXX + "bmdt/")
    for i in range(12):
        bmdt.docs.append(s.doc(f"{('县教育委员会', '县卫生健康委员会', '县农业农村委员会', '县市场监督管理局')[i % 4]}{_NEWS[(i + 3) % 10]}",
                               AS_OF - timedelta(days=5 + i * 9), _paras(_WORK)))
    tzgg = Col("通知公告", ZWXX + "tzgg/", per_page=12)
    topics = ("做好冬季森林防火", "城乡居民医保参保缴费", "开展燃气安全隐患排查", "做好冬春农田水利建设")
    for i in range(16):
        tzgg.docs.append(s.doc(f"关于{topics[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=6 + i * 12),
                               _paras("各乡镇人民政府、街道办事处，县级各部门：", _WORK, f"{GOV}办公室")))
    for i, title in enumerate(("关于公布2026年第三批涉企收费清单的公告", "关于开展“营商环境体验官”招募的公告")):
        tzgg.docs.append(s.doc(title, AS_OF - timedelta(days=20 + i * 30), _paras(_WORK), folder=ZTZL))
    s.traps.append(Trap(tzgg.doc_url(tzgg.docs[-1]), "通知公告的条目可以存放在专题目录（../../ztzl/…），仍是通知公告栏目的文章"))
    broken = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202610" and not d.folder)
    broken.body += _paras(f'附件：<a href="{BROKEN_PDF}" target="_blank">报名登记表.pdf</a>')
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    good = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202609" and not d.folder)
    good.body += _paras(f'附件：<a href="{GOOD_PDF}" target="_blank">实施方案.pdf</a>')
    s.res[GOOD_PDF] = Resource(fake_pdf("fangan"), "application/pdf")
    tzgg.docs.append(s.doc(f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件12件，宣布失效3件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目"))
    s.cols += [xcyw, bmdt, tzgg]


# Normative documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("农村集体经营性建设用地入市", "missing"), ("县城建筑风貌管控", "late"),
              ("脆李产业发展扶持资金管理", "unlinked"), ("县级储备粮管理", "no-validity"), ("城市公共停车场管理", "no-number"),
              ("农村公路养护管理", ""))
ORGAN_CODE = "11500238MB1596738X"


def _meta(organ: str, number: str, when: date, written: date, serial: int, kind: str, validity: str = "有效") -> dict[str, str]:
    return {"[ 索引号 ]": f"{ORGAN_CODE}/{when.year}-{serial:05d}", "[ 发文字号 ]": number, "[ 主题分类 ]": kind,
            "[ 体裁分类 ]": "通知" if number else "其他", "[ 发布机构 ]": organ, "[ 成文日期 ]": f"{written:%Y-%m-%d}",
            "[ 发布日期 ]": f"{when:%Y-%m-%d}", "[ 有效性 ]": validity}


def _disclosure(s: _Site) -> None:
    gfx = Col("行政规范性文件", GKML + "zcwj/xzgfxwj/", kind="gfxwj")
    zcjd = Col("政策解读", GKML + "zcjd/", kind="zcjd")
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=33 * k)
        short = f"{COUNTY}{subject}办法"
        number = f"峡川府发〔{when.year}〕{19 - k}号"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        d.body = ('<p style="text-align:center">' + escape(d.title) + '</p>'
                  + f'<p style="text-align:center"><span>{number}</span></p>'
                  + _paras("各乡镇人民政府、街道办事处，县政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。")
                  + f'<div style="text-align:right">{GOV}</div><div style="text-align:right">{_ymd(d.written)}</div>'
                  + _paras("（此件公开发布）", f"第一条　为规范本县{subject}工作，根据有关法律法规，结合本县实际，制定本办法。",
                           "第二条　本办法自印发之日起施行，有效期五年。"))
        d.meta = _meta(GOV, number, when, d.written, 301 + k * 11, "规范性文件")
        url = gfx.doc_url(d)
        if defect == "no-validity":
            d.meta["[ 有效性 ]"] = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件的有效性一格为空", probe="meta-missing:有效性"))
        elif defect == "no-number":
            d.meta["[ 发文字号 ]"] = ""
            d.body = d.body.replace(f'<p style="text-align:center"><span>{number}</span></p>', "", 1)
            s.key.append(Expected("normative-metadata", url, "规范性文件的发文字号一格为空（正文也没有文号，列表也只写“发文字号：”）",
                                  probe="meta-missing:发文字号"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读", when + timedelta(days=lag),
                  _paras(f"一、出台背景　为规范本县{subject}工作，县人民政府制定了《{short}》。",
                         "二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。", "三、解读机关　县司法局。"))
        i.meta = _meta(f"{GOV}办公室", "", i.when, i.when, 700 + k, "政策解读", "")
        if defect != "unlinked":
            i.links = (f'<div class="zcwjk-xgwj"><span class="tit">相关文件：</span><ul><li><a href="{url}" target="_blank">'
                       f'{escape(d.title)}</a></li></ul></div>\n')
            d.links = (f'<div class="zcwjk-xgjd"><span class="tit">相关解读：</span><ul><li><a href="{zcjd.doc_url(i)}" target="_blank">'
                       f'{escape(i.title)}</a></li></ul></div>\n')
            if defect != "late":
                s.traps.append(Trap(url, f"文件和解读互相链接，解读与文件同日或晚{lag}天发布（列表写的成文日期早4至7天，不是发布日期）"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        zcjd.docs.append(i)
    s.traps.append(Trap(zcjd.doc_url(zcjd.docs[0]), "政策解读页的发文字号格为空：解读不是文件，不要求解读"))
    old = s.doc(f"{GOV}关于印发《{COUNTY}农村宅基地管理暂行办法》的通知", date(2017, 6, 12))
    old.meta = _meta(GOV, "峡川府发〔2017〕12号", old.when, old.written, 88, "规范性文件")
    old.body = _paras("峡川府发〔2017〕12号", "各乡镇人民政府，县政府各部门：", f"现将《{COUNTY}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    gfx.docs.append(old)
    s.traps.append(Trap(gfx.doc_url(old), "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))
    s.traps.append(Trap(gfx.url(), "行政规范性文件列表的日期是成文日期（年月日），最新 2026 年 10 月：不是过期栏目"))

    fzhsx = Col("废止和失效行政规范性文件", GKML + "zcwj/fzhsx/", kind="fzhsx")
    for i, (title, number) in enumerate((("峡川县城市道路挖掘管理办法", "峡川府发〔2015〕21号"),
                                         ("峡川县农村危房改造补助资金管理暂行办法", "峡川府办发〔2016〕75号"),
                                         ("峡川县城区户外广告设置管理规定", "峡川府发〔2016〕9号"))):
        fzhsx.docs.append(s.doc(title, date(2026, 6, 30) - timedelta(days=i * 90), source=number))
    s.traps.append(Trap(fzhsx.url(), "废止和失效文件栏目只列标题、文号和废止日期（条目没有链接，原文已撤下），不是空栏目，最新废止日期 2026-06-30 不过期"))

    qtwj = Col("其他文件", GKML + "zcwj/qtwj/", kind="qtwj")
    others = (("峡川府任", "关于刘建华等同志职务任免的通知"), ("峡川府函", "关于同意设立峡川县江城第三小学的批复"),
              ("峡川府办发", "关于成立峡川县脆李产业发展工作领导小组的通知"), ("峡川府函", "关于同意调整县城南区控制性详细规划的批复"),
              ("峡川府任", "关于王晓燕等同志职务任免的通知"))
    for i, (series, title) in enumerate(others):
        when = date(2026, 11, 6) - timedelta(days=i * 31)
        number = f"{series}〔{when.year}〕{40 - i * 3}号"
        d = s.doc(f"{GOV}{title}", when, _paras(number, "县政府各部门：" if "批复" not in title else "县规划和自然资源局：",
                                                "经县人民政府研究，决定如下。" if "批复" not in title else "你局报来的请示收悉。经研究，同意所请。", GOV))
        d.meta = _meta(GOV, number, when, d.written, 500 + i, "综合政务")
        qtwj.docs.append(d)
    s.traps.append(Trap(qtwj.doc_url(qtwj.docs[0]), "其他文件栏目的任免通知、批复和成立领导小组的通知不是政策性文件，不要求解读"))

    czyjs = Col("财政预决算", GKML + "czyjs/")
    for n in range(6):
        year = 2025 - n // 2
        d = s.doc(f"{COUNTY}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 20) - timedelta(days=170 * n),
                  _paras("根据《中华人民共和国预算法》有关规定，现将本县预决算情况公开如下。", _WORK), source="县财政局")
        d.meta = _meta("峡川县财政局", "", d.when, d.when, 620 + n, "财政信息", "")
        czyjs.docs.append(d)
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))

    rsxx = Col("人事信息", GKML + "rsxx/")
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（空的 <ul>，翻页脚本写 createPage(1, 0, …)）", probe="no-rows"))
    zdxm = Col("重大建设项目", GKML + "zdxm/", empty="暂无信息")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大建设项目栏目列表为空（只有“暂无信息”）", probe="no-rows"))
    jgzn = Col("机构职能", GKML + "jgzn/")
    for i, (name, text) in enumerate((("县人民政府主要职责", "执行县人民代表大会及其常务委员会的决议。"),
                                      ("县人民政府领导分工", "县长主持县人民政府全面工作。"),
                                      ("县政府工作部门设置", "县人民政府设置工作部门24个。"))):
        d = s.doc(name, date(2026, 3, 12) - timedelta(days=i), _paras(text))
        d.meta = _meta(GOV, "", d.when, d.when, 10 + i, "机构职能", "")
        jgzn.docs.append(d)
    s.traps.append(Trap(jgzn.doc_url(jgzn.docs[0]), "机构职能等非文件信息的发文字号、有效性为空，不是规范性文件的缺陷"))

    ndbg = Col("政府信息公开年报", GKML + "zfxxgknb/")
    reports = ((GOV, {2025: date(2026, 3, 26), 2024: date(2025, 3, 21), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("峡川县教育委员会", {2025: date(2026, 1, 22), 2023: date(2024, 1, 30), 2022: date(2023, 1, 16), 2021: date(2022, 1, 25)}))
    for organ, published in reports:
        for year, when in published.items():
            d = s.doc(f"{organ}{year}年政府信息公开工作年度报告", when, report_body(organ, year, year % 5 + len(organ)), source=organ)
            d.meta = _meta(organ, "", when, when, 900 + year % 100, "政府信息公开年报", "")
            ndbg.docs.append(d)
            if organ == GOV and year == 2023:
                s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                      match=(COUNTY, "2023"), probe="late:2024-03-31"))
            elif organ == GOV and year == 2022:
                s.traps.append(Trap(ndbg.doc_url(d), "县政府 2022 年度报告在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少峡川县教育委员会 2024 年政府信息公开工作年度报告",
                          match=("教育委员会", "2024"), probe="no-report:峡川县教育委员会2024"))
    zn = Col("政府信息公开指南", ZWGK + "zfxxgkzn/")
    d = s.doc(f"{GOV}政府信息公开指南", date(2026, 2, 10), _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南并实时更新。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, d.when, 1, "政府信息公开指南", "")
    zn.docs.append(d)
    zd = Col("政府信息公开制度", ZWGK + "zfxxgkzd/")
    d = s.doc(f"{GOV}政府信息公开保密审查制度", date(2025, 12, 3), _paras("本县建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, d.when, 2, "政府信息公开制度", "")
    zd.docs.append(d)
    s.cols += [zn, zd, jgzn, gfx, fzhsx, qtwj, zcjd, czyjs, rsxx, zdxm, ndbg]


def _single(s: _Site, name: str, path: str, text: str) -> None:
    body = (f'<div class="wrap"><div class="position">您当前的位置：<a href="/" title="首页">首页</a><span class="gt">&gt;</span>'
            f'<span class="dq">{name}</span></div></div>\n<div class="main centerWidth"><div class="single"><h2>{name}</h2>'
            f'<div class="single-con">{text}</div></div></div>\n')
    s.res[f"{path}index.html"] = s.page(_head(name, None, None), body)


def _pages(s: _Site) -> None:
    _single(s, "联系我们", "/ggbf_search/lxwm/", _paras("地址：峡川县江城大道1号　电话：023-56213308"))
    _single(s, "互动交流", "/hdjl_262/", _paras('县长信箱、咨询投诉请登录<a href="https://www.cq.gov.cn/hdjl/">重庆市人民政府网互动交流平台</a>。'))
    s.traps.append(Trap("/ggbf_search/lxwm/", "无日期的单页，不是过期栏目"))
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    _single(s, "网站地图", "/ggbf_search/wzdt/", f'<ul class="sitemap">{sitemap}</ul>')
    s.traps.append(Trap("/ggbf_search/wzdt/", "网站地图是导航页，不是栏目"))
    catalogue = "".join(f'<li><a href="{SELF}{c.url()}" target="_blank">{c.name}</a></li>'
                        for c in s.cols if c.path.startswith(GKML))
    s.res[GKML + "index.html"] = s.page(_head("法定主动公开内容", None, None), (
        f'<div class="wrap"><div class="position">您当前的位置：<a href="/" title="首页">首页</a><span class="gt">&gt;</span>'
        f'<a href="{ZWGK}" title="政务公开">政务公开</a><span class="gt">&gt;</span><span class="dq">法定主动公开内容</span></div></div>\n'
        f'<div class="main centerWidth"><div class="gkml-nav xzgfxwj_231025"><ul>{catalogue}</ul></div></div>\n'))
    s.traps.append(Trap(GKML, "法定主动公开内容只是目录（协议相对链接），不是栏目"))
    zwgk_links = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.xxgk and not c.path.startswith(GKML))
    s.res[ZWGK + "index.html"] = s.page(_head("政务公开", None, None), (
        f'<div class="wrap"><div class="position">您当前的位置：<a href="/" title="首页">首页</a><span class="gt">&gt;</span>'
        f'<span class="dq">政务公开</span></div></div>\n<div class="main centerWidth"><div class="zwgk-nav"><ul>{zwgk_links}'
        f'<li><a href="{GKML}">法定主动公开内容</a></li><li><a href="https://www.cq.gov.cn/ysqgk/" target="_blank">依申请公开</a></li>'
        '</ul></div></div>\n'))
    s.traps.append(Trap(ZWGK, "政务公开首页只是目录，不是栏目"))
    blocks = "".join(
        f'<div class="zwxx-box"><div class="zwxx-hd"><span>{c.name}</span><a href="{c.url()}" class="more">更多&gt;&gt;</a></div><ul>'
        + "".join(f'<li><a href="{c.doc_url(d)}" title="{escape(d.title)}" target="_blank">{escape(d.title)}</a>'
                  f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:6]) + "</ul></div>" for c in s.cols if not c.xxgk)
    s.res[ZWXX + "index.html"] = s.page(_head("政务信息", None, None), (
        f'<div class="wrap"><div class="position">您当前的位置：<a href="/" title="首页">首页</a><span class="gt">&gt;</span>'
        f'<span class="dq">政务信息</span></div></div>\n<div class="main centerWidth">{blocks}</div>\n'))
    s.traps.append(Trap(ZWXX, "政务信息是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="i-box"><div class="i-box-hd"><h3>{col.name}</h3>'
                f'<a href="{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("峡川要闻", "通知公告", "行政规范性文件", "政策解读")]
    body = ('<div class="i-banner"><img src="/images/banner.jpg" alt="大美峡川" /></div>\n<div class="wrap">' + "".join(block(c, 7) for c in cols)
            + f'\n<div class="i-links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            f'<a href="{ZWGK}">政务公开</a><a href="/ggbf_search/wzdt/">网站地图</a></div></div>\n')
    home = s.page(_head(GOV, None, None), body)
    s.res["/"] = home
    s.res["/index.html"] = home
    s.traps.append(Trap("/index.html", "/index.html 与 / 是同一个首页"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>对不起，您访问的页面不存在！</p><a href="/">返回首页</a></div></body></html>')

# The platform's pager: createPage(count, index, name, ext) writes 首页/上一页/numbers/下一页/尾页 into #page.
_PAGER_JS = """function createPage(count, index, name, ext) {
  var html = '';
  if (count <= 1) { document.getElementById('page').innerHTML = '<span>共1页</span>'; return; }
  function url(i) { return i == 0 ? name + '.' + ext : name + '_' + i + '.' + ext; }
  html += '<a href="' + url(0) + '">首页</a>';
  if (index > 0) html += '<a href="' + url(index - 1) + '">上一页</a>';
  for (var i = 0; i < count; i++) html += i == index ? '<span class="cur">' + (i + 1) + '</span>' : '<a href="' + url(i) + '">' + (i + 1) + '</a>';
  if (index < count - 1) html += '<a href="' + url(index + 1) + '">下一页</a>';
  html += '<a href="' + url(count - 1) + '">尾页</a><span>共' + count + '页</span>';
  document.getElementById('page').innerHTML = html;
}
"""


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"cqjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _pages(s)
    _home(s)
    for img in ("wz_logo.png", "police.png", "zwgk_dzjg.png", "banner.jpg"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/images/main.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/images/jquery.min.js"] = Resource(b"/* cqjy */", "application/javascript")
    s.res["/images/common.js"] = Resource(_PAGER_JS.encode(), "application/javascript")
    s.res["/images/jiucuo.js"] = Resource(b"/* jiucuo */", "application/javascript")
    xxgk_docs = "^(" + "|".join(re.escape(c.path) for c in s.cols if c.xxgk and c.kind != "fzhsx") + r")\d{6}/t\d{8}_\d+\.html$"
    gfx = s.col("行政规范性文件")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "政务公开文件页模板的页脚没有网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=xxgk_docs))
    lists = "^(" + "|".join(re.escape(c.path) + r"(index(_\d+)?\.html)?" for c in s.cols) + ")$"
    s.key.append(Expected("meta-tags", s.col("通知公告").url(), "栏目列表页模板只有 ColumnName、ColumnType，缺 ColumnDescription、"
                          "ColumnKeywords", probe="list-no-column-description", url_pattern=lists))
    s.traps.append(Trap(s.col("峡川要闻").doc_url(s.col("峡川要闻").docs[0]),
                        "文章页的来源由 document.write 写出、隐藏的 NewsArticlePubDay 和 dqwz 面包屑不是缺陷"))
    return SampleSite("cqjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
