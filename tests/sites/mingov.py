"""The "mingov" sample site: the portal of a 国务院部门 (a State Council ministry-level body), 国家沧溟管理局 — a
fictional 国家局 on a fictional host — on the TRS WCM templates the ministries' portals share (UTF-8, static pages,
`<yyyymm>/t<yyyymmdd>_<id>.html` records linked relatively, later pages `index_<n-1>.html` written only by
`createPageHTML(K, i, "index", "html")`).

Why a ministry, and why 国家发展改革委's markup: every other template is a county, district, township or department portal;
a ministry's 信息公开 differs — 部门规章 (…令 第N号) beside 规范性文件 (…〔2026〕N号) in a 政策 library, each record
linking its 解读 in a box a script shows, 司局 columns, an annual report due by 1 月 31 日 (条例 art. 49: a 部门's report,
not a 人民政府's 3 月 31 日), 意见征集 columns. The library holds the WHOLE served list page of one ministry's 政策 column
(国家发展改革委's 发展改革委令: head, trail, sibling-column menu, rows with their 相关解读 pop-ups, pager call) and two of
its records, so its markup is the base; the 规范性文件 record template is 科学技术部's (the only real ministry record in the
library with an 有效性 field and an empty 发文字号 cell), the 政务公开 channel page's blocks are 科学技术部's 法规政策
channel, the footer text is 国务院国资委's (the one ministry page whose footer is served as HTML).

Sources (tests/model/realpages, SOURCES.md rounds 8 and 10; read, not copied):
  - ndrc-gov-cn_trs_fzggwl_whole-list_popbox-jiedu-rows_createpagehtml-9.html (dlange666/xiniu-crawler-planning
    `tests/domains/gov_policy/ndrc/fixtures/ndrc_golden_list_page.html`, file id 52539406965): `div.path` trail of
    `a.CurrChnlCls`, `ul.submenu` of the sibling 政策 columns, `ul.u-list` rows `<li><a href title>…</a>` + `var jdFlag`
    scripts + a `div.popbox` 相关解读 list (empty when there is none) + `<span>YYYY/MM/DD</span>`, an `li.empty` after every
    few rows, `createPageHTML(9, 0, "index", "html")` inside `div.page ul`, header and footer by scripts, the 2017 metas
    with `ColumnType` 政策文件;
  - ndrc-gov-cn_trs_fzggwl_ling-record_hidden-jiedu-box-shown-by-script_pdf-ofd.html (file id 52718182829) and
    …_empty-hidden-jiedu-box.html (52873721701): `h2.article_title`, `div.shezhi` with `发布时间：YYYY/MM/DD` and
    `来源：<span>`, `div.article_con > div.TRS_Editor`, `div.attachment` with pdf and ofd, the right column's
    `div.xgwz style="display:none"` 相关政策与解读 box a script shows when the server wrote `jdFlag=1`, an empty
    排行榜 list a script fills, `【title】-site` in `<title>`;
  - most-gov-cn_trs_gfxwj_document_empty-wenhao_youxiao_related-zcjd.html (round 8): `table.xxgk_detail_table1` with
    `<b>标　　题：</b>`, `索 引 号：`, `发文机构：`, `成文日期：`, `发布日期：` (`2026年03月02日`), `发文字号：` (empty in the
    real record), `有 效 性：`; `div.xxgk_title`, `div#Zoom`, a `相关文档` section heading over `ul.home_news_list2`
    linking the 政策问答 and a `相关附件` one; the record lives in a year folder `gfxwj/gfxwj2026/` whose ColumnName is
    `2026年`;
  - most-gov-cn_trs_xxgk-fgzc_channel_four-blocks-gfxwj-zcjd_script-footer.html: blocks `div.title_fdgk > span` over
    `ul.list_common` rows whose date is written twice (`span.mhide` before the link, `span.pchide` after it);
  - sasac-gov-cn_component-cms_zcfb_list_…html (round 10): the footer line `网站标识码bm27000004　京ICP备…号　京公网安备
    110401200016号`, the conac badge script and the `_jiucuo_` script with `sitecode`.
Guessed, said as such: the footer served as HTML on every page (NDRC and 科技部 write it by footer.js; a script footer
is unscored, nfcms shows it); the 司局 channel and its column template (ministries have one, markup not in the library);
the 解读 record linking back to its document in the same 相关政策与解读 box; the 意见征集 rows; the 年报 and
预决算 columns; the 人事信息 column's 暂无信息; the home page; every name, number and wording (国家沧溟管理局 exists nowhere).

Key choices a careful evaluator makes here: a 部门规章 (局令) owes an interpretation as a 规范性文件 does (国办发〔2016〕80号
names 规章) but is no 规范性文件 (no 有效性/文号 table required of it); the 局's own documents, national as its name is, are its
own (谁起草谁解读); its annual report is a 部门's, due by 1 月 31 日 (条例 art. 49), so 2025-02-14 is late and 2024-01-31 is not.

First contact (56186cd): 127/127 pages, 146 requests, 合格 73.0, no veto; interpretations n/a/0.00 (all 4 planted defects
missed, no document judged), normative-metadata 1.00/0.50, annual-reports 0.43/1.00 (4 false), one false (unmapped)
normative-doc-cleanup; broken-links, empty, stale, footer, meta-tags 1.00/1.00. Causes, fixed in the tool
(tests/model/test_ministry_patterns.py): (1) a 令 (`…2026年第41号令`, `科学技术部令第24号 …`) was an "other" page — now a
policy document numbered by its 令 number; (2) every 规范性文件 issued by the 局 (发文机关 starting 国家) read as a national
organ's re-posted document, owing no interpretation — a ministry's own documents are its own (short forms too: 科技部,
国家发展改革委); (3) a record in a year folder (ColumnName `2026年`) with an empty 发文字号 cell was a notice — a year archive
files its parent's documents; (4) SiteName 中华人民共和国国家沧溟管理局 and the reports' 国家沧溟管理局 were two organs (every
year of the site's own read as missing). Changed in the generator: 通知公告 gained the 规范性文件清理结果 notice (the unmapped
cleanup rule's finding was true of the first version; every other template carries one). Found by the fetch-once test
after that: (5) every record with an empty 相关政策与解读 box (hidden, shown by the `jdFlag` script) and every 政策 list
whose row pop-up was empty was rendered in Chromium (85 of 128 pages) — a box the page's script only shows, and a row's
own pop-up, need no browser (crawl/render_need.py).
Now: 128/128 pages, 146 requests, nothing rendered, 合格 74.0, every family 1.00/1.00; the same under the 9 mutations
classes,labels,layout,dates,names,pagers,footers,rows,copies at seed 0 and all 19 at seed 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
ORGAN = "国家沧溟管理局"
SITE = f"中华人民共和国{ORGAN}"
HOST = "http://www.cangming.gov.cn"
SITE_CODE = "bm73000021"
ICP = "京ICP备07041263号"
PSB = "110102020073"
HTML = "text/html; charset=utf-8"


@dataclass
class Doc:
    key: int
    title: str
    when: date
    body: str = ""
    source: str = ORGAN
    meta: dict[str, str] | None = None  # the 科技部-style record table (label → value)
    related: list[tuple[str, str]] = field(default_factory=list)  # (url, title) of the 相关政策与解读 / 相关文档 box
    attachments: str = ""


@dataclass
class Col:
    name: str
    path: str
    trail: tuple[tuple[str, str], ...]  # the steps above the column
    docs: list[Doc] = field(default_factory=list)
    style: str = "ndrc"  # "ndrc" (ul.u-list, popbox rows), "sj" (司局 template), "most" (规范性文件 records)
    per_page: int = 20
    popbox: bool = False
    siblings: str = ""  # key of the submenu group

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self) -> str:
        return self.path

    def page_url(self, n: int) -> str:
        return self.path if n == 1 else f"{self.path}index_{n - 1}.html"  # TRS createPageHTML: page n at index_{n-1}

    def folder(self, d: Doc) -> str:
        return f"{self.path}gfxwj{d.when.year}/" if self.style == "most" else self.path

    def doc_url(self, d: Doc) -> str:
        return f"{self.folder(d)}{d.when:%Y%m}/t{d.when:%Y%m%d}_{1404000 + d.key * 137}.html"


def _rel(src: str, dst: str) -> str:
    """The relative address TRS writes from page `src` to `dst` (both root-relative)."""
    up = src.rsplit("/", 1)[0].strip("/").split("/")
    down = dst.strip("/").split("/")
    common = 0
    while common < len(up) and common < len(down) - 1 and up[common] == down[common]:
        common += 1
    rest = "/".join(down[common:]) + ("/" if dst.endswith("/") and dst != "/" else "")
    ups = len(up) - common if up != [""] else 0
    return ("../" * ups if ups else "./") + rest


def _head(title: str, col: Col | None, d: Doc | None, column_tags: bool = True) -> str:
    tags = (f'    <meta name="SiteName" content="{SITE}">\n    <meta name="SiteDomain" content="www.cangming.gov.cn">\n'
            f'    <meta name="SiteIDCode" content="{SITE_CODE}">\n')
    if col and column_tags:
        name = f"{d.when.year}年" if d and col.style == "most" else col.name
        tags += f'    <meta name="ColumnName" content="{escape(name)}">\n'
        if not d:
            tags += (f'    <meta name="ColumnDescription" content="{escape(col.name)}栏目为您提供{escape(col.name)}相关信息。">\n'
                     f'    <meta name="ColumnKeywords" content="{escape(col.name)}">\n')
        tags += f'    <meta name="ColumnType" content="{"政策文件" if "/zc/" in col.path else escape(col.name)}">\n'
    if d:
        tags += (f'    <meta name="ArticleTitle" content="{escape(d.title)}">\n'
                 f'    <meta name="PubDate" content="{d.when:%Y-%m-%d} {9 + d.key % 8:02d}:{d.key * 7 % 60:02d}:08">\n'
                 f'    <meta name="ContentSource" content="{escape(d.source)}">\n    <meta name="Keywords" content="">\n')
    shown = f"【{escape(title)}】-{ORGAN}" if d else f"{escape(title)}-{ORGAN}"
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n    <meta charset="UTF-8">\n'
            '    <meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f'    <title>{ORGAN if title == ORGAN else shown}</title>\n{tags}'
            '    <link href="/images/common.css" rel="stylesheet" type="text/css">\n'
            '    <script src="/images/jquery.min.js"></script>\n</head>\n')


def _header() -> str:
    # NDRC writes the header by headtop.js and nav.js; the nav they write is served here as HTML (guessed markup).
    nav = (("首页", "/"), ("新闻动态", "/xwdt/"), ("政务公开", "/zwgk/"), ("司局频道", "/sj/"), ("互动交流", "/hdjl/"))
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in nav)
    return (f'<div class="header">\n    <div class="logo"><a href="/"><img src="/images/logo.png" alt="{SITE}"></a></div>\n'
            f'    <ul class="nav">{items}</ul>\n</div>\n')


def _footer(code: bool = True) -> str:
    ident = f"网站标识码{SITE_CODE}&nbsp;&nbsp;&nbsp;" if code else ""
    return ('<div class="footer"><ul>\n'
            '<li><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></li>\n'
            f'<li>主办单位：{SITE}&nbsp;&nbsp;&nbsp;地址：北京市西城区沧溟路 16 号</li>\n'
            f'<li>{ident}<a href="https://beian.miit.gov.cn" target="_blank">{ICP}</a>&nbsp;&nbsp;&nbsp;'
            f'<img src="/images/gaba.png" width="16" height="16" />&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" '
            f'target="_blank">京公网安备 {PSB}号</a></li>\n</ul>\n'
            '<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=2B7C6D5E4F3A2910" target="_blank">'
            f'<img src="/images/dzjg.png"></a></span>\n<span><script id="_jiucuo_" sitecode=\'{SITE_CODE}\' '
            "src='http://pucha.kaipuyun.cn/exposure/jiucuo.js'></script></span>\n</div>\n")


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _trail(page: str, steps: tuple[tuple[str, str], ...]) -> str:
    links = "&nbsp;&gt;&nbsp;".join(f'<a href="{_rel(page, u)}" class="CurrChnlCls">{n}</a>' for n, u in steps)
    return f'<div class="path">{links}</div>\n'


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

    def page(self, head: str, body: str, code: bool = True) -> Resource:
        html = (f'{head}<body>\n{_header()}<div class="container">\n{body}</div>\n<p class="clr"></p>\n{_footer(code)}'
                '<script src="/images/common.js"></script>\n</body>\n</html>\n')
        return Resource(html.encode("utf-8"), HTML)

    def steps(self, col: Col) -> tuple[tuple[str, str], ...]:
        return (("首页", "/"), *col.trail, (col.name, col.path))

    def submenu(self, col: Col, page: str) -> str:
        if not col.siblings:
            return ""
        items = "".join(f'\n        <li id="cmsub_{600 + i}"><a href="{_rel(page, c.path)}" title="{c.name}">{c.name}</a></li>'
                        for i, c in enumerate(self.cols) if c.siblings == col.siblings)
        return f'    <ul class="submenu">{items}\n    </ul>\n'

    def row(self, col: Col, d: Doc, page: str) -> str:
        href = _rel(page, col.doc_url(d))
        link = f'<li><a href="{href}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
        if col.style == "sj":
            return f"\n            {link}<span>{d.when:%Y-%m-%d}</span></li>"
        if not col.popbox:
            return f"\n            {link}<span>{d.when:%Y/%m/%d}</span></li>"
        flags = "".join("\n                <script>\n                    jdFlag=1;\n                </script>" for _ in d.related)
        items = "".join(f'\n                    <li><a href="{_rel(page, u)}" target="_blank" title="{escape(t)}">{escape(t)}</a></li>'
                        for u, t in d.related)
        return (f"\n            {link}\n                <script>\n                    var jdFlag=0;\n                </script>{flags}"
                "\n                <script>\n                    if (jdFlag ==1 )\n"
                "                        document.write('<strong><img src=\"/images/jiedu.png\" alt=\"解读\" title=\"解读\" /><em></em></strong>');"
                '\n                </script>\n                <div class="popbox">\n                    <div class="close" title="关闭"></div>'
                f'\n                    <h3 title="相关解读">相关解读</h3>\n                    <ul>{items}\n                    </ul>\n                </div>'
                f"\n                <span>{d.when:%Y/%m/%d}</span></li>")

    def list_page(self, col: Col, n: int) -> Resource:
        page = col.page_url(n)
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        rows = ""
        for i, d in enumerate(docs):
            rows += self.row(col, d, page)
            if col.style != "sj" and i % 5 == 4:
                rows += '\n            <li class="empty"></li>'
        if not docs:
            rows = '\n            <li class="nodata">暂无信息</li>'
        pager = ""
        if col.pages > 1:
            pager = ('        <div class="page">\n            <ul>\n                <script type="text/javascript">\n                    <!--\n'
                     f'                    createPageHTML({col.pages}, {n - 1}, "index", "html");\n                    //-->\n'
                     '                </script>\n            </ul>\n        </div>\n')
        body = (f"{_trail(page, self.steps(col))}{self.submenu(col, page)}"
                f'    <div class="list">\n        <ul class="u-list">{rows}\n        </ul>\n        <p class="clr"></p>\n{pager}    </div>\n')
        return self.page(_head(col.name, col, None, column_tags=col.style != "sj"), body)

    def year_page(self, col: Col, year: int) -> Resource:
        """科技部's year folder (`gfxwj2026/`, ColumnName `2026年`): that year's records."""
        page = f"{col.path}gfxwj{year}/"
        docs = [d for d in col.docs if d.when.year == year]
        sub = Col(f"{year}年", page, (*col.trail, (col.name, col.path)), docs, per_page=100)
        rows = "".join(self.row(col, d, page) for d in docs)
        body = (f"{_trail(page, self.steps(sub))}"
                f'    <div class="list">\n        <ul class="u-list">{rows}\n        </ul>\n    </div>\n')
        return self.page(_head(sub.name, sub, None), body)

    def ndrc_record(self, col: Col, d: Doc) -> Resource:
        page = col.doc_url(d)
        flags = "".join("\n            <script>\n                jdFlag=1;\n            </script>" for _ in d.related[:1])
        items = "".join(f'\n                    <li><a href="{_rel(page, u)}" target="_blank">{escape(t)}</a></li>' for u, t in d.related)
        body = (f"{_trail(page, self.steps(col))}"
                '    <div class="article">\n        <!--startprint-->\n            <div class="article_l ">\n'
                f'                <h2 class="article_title">{escape(d.title)}</h2>\n                <div class="shezhi">\n'
                f'                    <div class="time">发布时间：{d.when:%Y/%m/%d}</div>\n'
                f'                    <div class="ly laiyuantext">来源：<span>{escape(d.source)}</span></div>\n'
                '                    <div class="dy"><div class="dy_btn" onclick="forPrintEventListenerFn(\'beforeprint\')">'
                '<img src="/images/dayin.png" alt="" />[ 打印 ]</div></div>\n                </div>\n'
                f'                <div class="article_con">\n                    <div class=TRS_Editor>{d.body}</div>\n                </div>\n'
                f"{d.attachments}            </div>\n        <!--endprint-->\n"
                '        <div class="article_r">\n            <script>\n                var jdFlag=0;\n            </script>'
                f'{flags}\n            <div class="xgwz" style="display:none">\n                <div class="mt"><span>相关政策与解读</span></div>\n'
                f'                <ul>{items}\n                </ul>\n            </div>\n<p class="clr"></p>\n'
                '            <div class="phb">\n                <div class="article_r_title">排行榜</div>\n'
                '            <ul class="article_r_ul" id="paihangbang">\n\n            </ul>\n            </div>\n'
                "            <script>\n                if (jdFlag ==1 )\n                    $(\".xgwz\").css('display','block');\n"
                "            </script>\n        </div>\n    </div>\n")
        return self.page(_head(d.title, col, d), body)

    def most_record(self, col: Col, d: Doc) -> Resource:
        page = col.doc_url(d)
        m = d.meta or {}
        cell = lambda label: f"\n                            <td><b>{label}：</b></td>\n                            <td>\n                                {m[label]}\n                            </td>" if label in m else ""
        table = ('<table border="0" cellpadding="0" cellspacing="0" class="bd1 xxgk_detail_table1">\n                    <tbody>\n'
                 f'                        <tr>\n                            <td><b>标　　题：</b></td>\n                            <td colspan="3">\n'
                 f'                                {escape(d.title)}\n                            </td>\n                        </tr>\n'
                 + "".join(f"                        <tr>{cell(a)}{cell(b)}\n                        </tr>\n"
                           for a, b in (("索 引 号", "发文机构"), ("成文日期", "发布日期"), ("发文字号", "有 效 性")))
                 + "                    </tbody>\n                </table>")
        items = "".join(f'\n                    <li>\n                        <a href="{_rel(page, u)}"\n                            title="{escape(t)}" target="_blank">\n'
                        f"                            {escape(t)}\n                        </a>\n                    </li>" for u, t in d.related)
        steps = (*self.steps(col), (f"{d.when.year}年", col.folder(d)))
        body = (f'   <div class="b_crumbs">当前位置：' + _trail(page, steps)[len('<div class="path">'):-len("</div>\n")].replace("&nbsp;&gt;&nbsp;", "<span> &gt; </span>")
                + '</div>\n    <div class="xxgk_detail_outer">\n        <div class="wrap style1">\n'
                f'            <div class="xxgk_detail_head">\n                {table}\n            </div>\n'
                f'            <div class="xxgk_detail_content style1">\n                <div class="xxgk_title">\n                    {escape(d.title)}\n                </div>\n'
                f'                <div id="Zoom">\n                    <meta name="ContentStart" />\n                   <div class="html-content-fun"><div class="trs_editor_view TRS_UEDITOR trs_paper_default">{d.body}</div></div>\n'
                '                    <meta name="ContentEnd" />\n                </div>\n'
                '            <section class="chnldesc-correlation style1">\n                相关文档\n            </section>\n'
                f'            <ul class="home_news_list2">{items}\n            </ul>\n'
                '            <section class="chnldesc-correlation style1">\n                相关附件\n            </section>\n'
                '            <ul class="home_news_list2">\n            </ul>\n            </div>\n        </div>\n    </div>\n')
        # This record template's footer drops the 网站标识码 (a planted defect).
        return self.page(_head(d.title, col, d), body, code=False)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.page_url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.page_url(n), LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.most_record(col, d) if col.style == "most" else self.ndrc_record(col, d)
            if col.style == "most":
                for year in sorted({d.when.year for d in col.docs}):
                    self.res[f"{col.path}gfxwj{year}/"] = self.year_page(col, year)


_WORK = ("会议要求，各司局、各直属单位要提高政治站位，压实工作责任，细化工作措施，加强督促检查，确保各项任务按时保质完成。")
_NEWS = ("召开党组会议", "召开局务会议", "召开全国沧溟管理工作视频会议", "开展沧溟资源调查监测", "召开安全生产工作会议",
         "举办沧溟保护宣传周活动", "召开优化营商环境工作推进会", "开展沧溟执法专项检查", "召开标准化技术委员会年会", "举办业务骨干培训班")
ZWGK = (("政务公开", "/zwgk/"),)
ZC = (("政务公开", "/zwgk/"), ("政策", "/zwgk/zc/"))
BROKEN_PDF = "/xwdt/tzgg/202609/P020260914512345678901.pdf"
GOOD_PDF = "/xwdt/tzgg/202608/P020260812398765432101.pdf"
BROKEN_OFD = "/zwgk/zc/ling/202603/P020260316348498936344.ofd"


def _news(s: _Site) -> None:
    jyw = Col("局要闻", "/xwdt/jyw/", (("新闻动态", "/xwdt/"),), siblings="xw")
    for i in range(30):
        jyw.docs.append(s.doc(f"{ORGAN}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 4),
                              _paras(f"近日，{ORGAN}{_NEWS[i % 10]}。局领导出席并讲话，各司局、各直属单位主要负责同志参加。", _WORK)))
    s.traps.append(Trap(jyw.url(), "局要闻最新 2026-11-19：不是过期栏目；第 2 页 index_1.html 由 createPageHTML 脚本写出"))
    dfdt = Col("地方动态", "/xwdt/dfdt/", (("新闻动态", "/xwdt/"),), siblings="xw")
    for i in range(8):
        dfdt.docs.append(s.doc(f"{('东海省', '南岭省', '西江自治区', '北原省')[i % 4]}{_NEWS[(i + 3) % 10][2:]}",
                               date(2026, 9, 28) - timedelta(days=i * 11), _paras(_WORK), source="地方沧溟管理部门"))
    s.key.append(Expected("stale-columns", dfdt.url(), "地方动态（动态类）最新 2026-09-28，超过两周未更新", probe="newest:2026-09-28"))
    tzgg = Col("通知公告", "/xwdt/tzgg/", (("新闻动态", "/xwdt/"),), siblings="xw")
    topics = ("2027年度考试录用公务员", "沧溟资源调查监测技术培训", "行业标准项目立项", "沧溟科普作品征集")
    for i in range(10):
        tzgg.docs.append(s.doc(f"关于{topics[i % 4]}有关事项的通知（{i + 1}）", AS_OF - timedelta(days=6 + i * 10),
                               _paras("各有关单位：", _WORK, f"{ORGAN}办公室")))
    broken = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202609")
    broken.body += _paras(f'附件：<a href="./{BROKEN_PDF.rsplit("/", 1)[1]}" target="_blank">报名表.pdf</a>')
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件（TRS 相对地址）404", probe="status:404"))
    good = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202608")
    good.body += _paras(f'附件：<a href="./{GOOD_PDF.rsplit("/", 1)[1]}" target="_blank">实施方案.pdf</a>')
    s.res[GOOD_PDF] = Resource(fake_pdf("fangan"), "application/pdf")
    tzgg.docs.append(s.doc(f"{ORGAN}关于公布规范性文件清理结果的公告", date(2026, 3, 18),
                           _paras("经清理，继续有效的规范性文件21件，宣布废止4件、失效2件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目"))
    s.cols += [jyw, dfdt, tzgg]


def _bureaus(s: _Site) -> None:
    """司局频道: one column per 司 on a template without column tags (a planted meta-tags defect)."""
    sj = (("政策法规司", "zcfgs", date(2026, 11, 6)), ("规划财务司", "ghcws", date(2026, 10, 30)),
          ("监测预警司", "jcyjs", date(2025, 8, 12)), ("国际合作司", "gjhzs", None))
    for name, slug, newest in sj:
        col = Col(name, f"/sj/{slug}/", (("司局频道", "/sj/"),), style="sj", siblings="sj")
        if newest:
            for i in range(5):
                col.docs.append(s.doc(f"{name}{('召开专题研讨会', '赴地方开展调研', '举办业务培训', '召开座谈会', '开展专项督导')[i]}",
                                      newest - timedelta(days=i * 23), _paras(_WORK), source=name))
        s.cols.append(col)
    s.key.append(Expected("stale-columns", "/sj/jcyjs/", "监测预警司栏目最新 2025-08-12，超过 1 年未更新", probe="newest:2025-08-12"))
    s.key.append(Expected("empty-columns", "/sj/gjhzs/", "国际合作司栏目列表为空（只有“暂无信息”）", probe="no-rows"))
    s.traps.append(Trap("/sj/zcfgs/", "政策法规司栏目最新 2026-11-06：不是过期栏目"))


# 部门规章 (局令): (number, subject, published, defect) — defect "", "missing", "late", "old"
_LING = ((14, "沧溟资源调查监测管理办法", date(2026, 9, 15), ""), (13, "沧溟保护区管理规定", date(2026, 6, 10), "missing"),
         (12, "沧溟资源有偿使用管理办法", date(2026, 3, 16), "late"), (11, "沧溟行政执法程序规定", date(2025, 12, 22), ""),
         (3, "沧溟资源统计调查办法", date(2017, 5, 8), "old"))
# 规范性文件: (subject, defect) — "", "missing", "unlinked", "no-number", "no-validity"
_GFX = (("沧溟资源监测站点建设管理", ""), ("沧溟生态修复项目管理", "missing"), ("沧溟科普基地认定管理", "unlinked"),
        ("沧溟资源调查成果汇交管理", "no-number"), ("沧溟行业标准化工作管理", "no-validity"), ("沧溟资源数据共享管理", ""))


def _policy(s: _Site) -> None:
    ling = Col("局令", "/zwgk/zc/ling/", ZC, popbox=True, siblings="zc")
    gfx = Col("规范性文件", "/zwgk/zc/gfxwj/", ZC, style="most", popbox=True, siblings="zc")
    jd = Col("政策解读", "/zwgk/jd/", ZWGK)
    for number, subject, when, defect in _LING:
        title = f"《{subject}》 {when.year}年第{number}号令"
        d = s.doc(title, when, (
            f'<p style="text-align: center;"><b><font size="5">{ORGAN}令</font></b></p>'
            f'<div style="text-align: center;"><b>第{number}号</b></div>'
            f"<div>　　《{subject}》已经{when - timedelta(days=20):%Y年%-m月%-d日}局务会议审议通过，现予公布，自"
            f"{when + timedelta(days=60):%Y年%-m月%-d日}起施行。</div><div style=\"text-align: center;\">局长：林望川</div>"
            f'<div style="text-align: center;">{when - timedelta(days=3):%Y年%-m月%-d日}</div>'))
        d.attachments = ('                <div class="attachment"><div class="attachment_l">附件：</div><div class="attachment_r"><p>\n'
                         f'                  <a href="./P0{when:%Y%m%d}348498606128.pdf">《{subject}》.pdf</a><BR>'
                         f'<a href="./P0{when:%Y%m%d}348498936344.ofd">《{subject}》.ofd</a>\n              </p></div></div>\n')
        ling.docs.append(d)
        pdf = f"{ling.path}{when:%Y%m}/P0{when:%Y%m%d}348498606128.pdf"
        s.res[pdf] = Resource(fake_pdf(f"ling{number}"), "application/pdf")
        ofd = f"{ling.path}{when:%Y%m}/P0{when:%Y%m%d}348498936344.ofd"
        if ofd == BROKEN_OFD:
            s.key.append(Expected("broken-links", BROKEN_OFD, "局令附件的 ofd 版 404", probe="status:404"))
        else:
            s.res[ofd] = Resource(b"PK\x03\x04ofd", "application/ofd")
        url = ling.doc_url(d)
        if defect == "old":
            s.traps.append(Trap(url, "2017 年的局令，早于解读要求的起算日：没有解读不是缺陷"))
            continue
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"部门规章《{subject}》（局令第{number}号）没有政策解读", probe="no-interp"))
            continue
        lag = 24 if defect == "late" else 0
        i = s.doc(f"{ORGAN}政策法规司负责同志就《{subject}》答记者问", when + timedelta(days=lag),
                  _paras(f"近日，{ORGAN}公布《{subject}》。{ORGAN}政策法规司负责同志就有关问题回答了记者提问。",
                         "问：《规定》出台的背景是什么？", "答：为规范沧溟资源管理工作，根据有关法律、行政法规，制定本规定。"),
                  source="政策法规司")
        jd.docs.append(i)
        i.related = [(url, title)]
        d.related = [(jd.doc_url(i), i.title)]
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"局令第{number}号的解读晚于规章{lag}天发布", probe=f"late-interp:{lag}"))
        else:
            s.traps.append(Trap(url, "局令与解读同日发布，在隐藏的“相关政策与解读”框（脚本按 jdFlag 显示）中互相链接；局令是部门规章，"
                                     "不是行政规范性文件：没有索引号、有效性等信息公开表不是规范性文件元数据缺陷"))
    for k, (subject, defect) in enumerate(_GFX):
        when = date(2026, 10, 22) - timedelta(days=47 * k)
        number = f"沧管规〔{when.year}〕{8 - k}号"
        short = f"{subject}办法"
        title = f"{ORGAN}关于印发《{short}》的通知"
        d = s.doc(title, when, _paras(
            "各省、自治区、直辖市沧溟管理部门，局各司局、各直属单位：", f"现将《{short}》印发给你们，请遵照执行。",
            f"{ORGAN}", f"{when - timedelta(days=5):%Y年%-m月%-d日}", "（此件主动公开）",
            f"第一条　为规范{subject}工作，根据有关法律、行政法规，制定本办法。", "第二条　本办法自印发之日起施行，有效期五年。"))
        d.meta = {"索 引 号": f"30643-{when.year}-{k + 11:03d}", "发文机构": ORGAN, "成文日期": f"{when - timedelta(days=5):%Y年%m月%d日}",
                  "发布日期": f"{when:%Y年%m月%d日}", "发文字号": number, "有 效 性": "有效"}
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if defect == "no-number":
            d.meta["发文字号"] = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件的发文字号为空（正文也没有文号）", probe="meta-missing:发文字号"))
        elif defect == "no-validity":
            del d.meta["有 效 性"]
            s.key.append(Expected("normative-metadata", url, "规范性文件的信息公开表没有有效性一项", probe="meta-missing:有 效 性"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        i = s.doc(f"《{short}》政策问答", when + timedelta(days=k % 2),
                  _paras(f"一、为什么要制定《{short}》？", f"为规范{subject}工作，{ORGAN}制定了本办法。", "二、《办法》的主要内容有哪些？",
                         "《办法》共五章二十条，明确了适用范围、职责分工和施行日期。"), source="政策法规司")
        jd.docs.append(i)
        if defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（文件页“相关文档”为空，解读页无相关政策）", probe="no-interp-link"))
            continue
        i.related = [(url, title)]
        d.related = [(jd.doc_url(i), i.title)]
        if not defect:
            s.traps.append(Trap(url, "规范性文件与政策问答互相链接、及时发布"))
    old = s.doc(f"{ORGAN}关于印发《沧溟资源档案管理办法》的通知", date(2019, 4, 18), _paras("现将《沧溟资源档案管理办法》印发给你们，请遵照执行。"))
    old.meta = {"索 引 号": "30643-2019-004", "发文机构": ORGAN, "成文日期": "2019年04月12日", "发布日期": "2019年04月18日",
                "发文字号": "沧管规〔2019〕2号", "有 效 性": "废止"}
    gfx.docs.append(old)
    s.traps.append(Trap(gfx.doc_url(old), "2019 年的规范性文件已废止（有效性“废止”是合规的取值），在解读评估窗口之外"))
    s.traps.append(Trap(f"{gfx.path}gfxwj2019/", "规范性文件的年度子栏目（ColumnName“2019年”）是往年归档，不是过期栏目"))
    s.traps.append(Trap(jd.url(), "政策解读最新 2026-10-22 前后：不是过期栏目"))
    s.cols += [ling, gfx, jd]


def _disclosure(s: _Site) -> None:
    xxgk = (("政务公开", "/zwgk/"), ("政府信息公开", "/zwgk/xxgk/"))
    rsxx = Col("人事信息", "/zwgk/rsxx/", ZWGK)
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（只有“暂无信息”）", probe="no-rows"))
    yjs = Col("部门预决算", "/zwgk/yjs/", ZWGK)
    for year in (2026, 2025, 2024):
        yjs.docs.append(s.doc(f"{ORGAN}{year}年部门预算", date(year, 3, 25), _paras("根据《中华人民共和国预算法》有关规定，现将本局部门预算公开如下。"),
                              source="规划财务司"))
        yjs.docs.append(s.doc(f"{ORGAN}{year - 1}年部门决算", date(year, 7, 18), _paras("根据《中华人民共和国预算法》有关规定，现将本局部门决算公开如下。"),
                              source="规划财务司"))
    s.traps.append(Trap(yjs.url(), "部门预决算最新 2026 年 7 月：不是过期栏目"))
    nb = Col("政府信息公开年报", "/zwgk/xxgk/nb/", xxgk)
    published = {2025: date(2026, 1, 28), 2024: date(2025, 2, 14), 2023: date(2024, 1, 31), 2021: date(2022, 1, 20)}
    for year, when in published.items():
        d = s.doc(f"{ORGAN}{year}年政府信息公开工作年度报告", when, report_body(ORGAN, year, year % 7))
        nb.docs.append(d)
        if year == 2024:
            s.key.append(Expected("annual-reports", nb.doc_url(d), "2024 年度报告 2025-02-14 发布，晚于部门年报期限 1 月 31 日（条例第四十九条）",
                                  match=(ORGAN, "2024"), probe="late:2025-01-31"))
        elif year == 2023:
            s.traps.append(Trap(nb.doc_url(d), "2023 年度报告在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", nb.url(), f"缺少{ORGAN} 2022 年政府信息公开工作年度报告",
                          match=(ORGAN, "2022"), probe="no-report:2022"))
    yjzj = Col("意见征集", "/hdjl/yjzj/", (("互动交流", "/hdjl/"),))
    for i, subject in enumerate(("沧溟资源调查监测管理办法（征求意见稿）", "沧溟保护区分类标准（征求意见稿）", "沧溟行业标准体系（征求意见稿）",
                                 "沧溟资源数据共享管理办法（征求意见稿）")):
        when = date(2026, 10, 15) - timedelta(days=i * 61)
        yjzj.docs.append(s.doc(f"关于公开征求《{subject[:-7]}》意见的公告", when,
                               _paras(f"为做好相关工作，我局起草了《{subject}》，现向社会公开征求意见。",
                                      f"征求意见时间：{when:%Y年%-m月%-d日}至{when + timedelta(days=30):%Y年%-m月%-d日}。",
                                      "意见请发送至 zqyj@cangming.gov.cn。")))
    s.traps.append(Trap(yjzj.url(), "意见征集最新 2026-10-15：不是过期栏目；征集期已结束的公告不是缺陷"))
    s.cols += [rsxx, yjs, nb, yjzj]


def _single(s: _Site, name: str, url: str, text: str, trail: tuple[tuple[str, str], ...]) -> None:
    body = (f"{_trail(url, (('首页', '/'), *trail, (name, url)))}"
            f'    <div class="single"><h2>{name}</h2><div class="single_con">{text}</div></div>\n')
    s.res[url] = s.page(_head(name, Col(name, url, trail), None), body)


def _channel(s: _Site, name: str, url: str, cols: list[Col], extra: str = "") -> None:
    """科技部's channel page: a block per column, rows dated twice (span.mhide before, span.pchide after the link)."""
    blocks = ""
    for c in cols:
        rows = "".join(f'\n                    <li>\n                        <span class="mhide">{d.when:%Y-%m-%d}</span>\n'
                       f'                        <a href="{_rel(url, c.doc_url(d))}" target="_blank" title=\'{escape(d.title)}\'>\n'
                       f'                            {escape(d.title)}\n                        </a>\n'
                       f'                        <span class="pchide">{d.when:%Y-%m-%d}</span>\n                    </li>\n'
                       for d in c.docs[:5])
        blocks += (f'            <div class="fgzc_block">\n                <div class="title_fdgk">\n                    <span>{c.name}</span>\n'
                   f'                </div>\n                <ul class="list_common a_list">{rows}                </ul>\n'
                   f'                <a href="{_rel(url, c.path)}" class="more" target="_blank">更多</a>\n            </div>\n')
    body = (f"{_trail(url, (('首页', '/'), (name, url)))}{extra}" + f'        <div class="fgzc_wrap">\n{blocks}        </div>\n')
    s.res[url] = s.page(_head(name, Col(name, url, ()), None), body)
    s.traps.append(Trap(url, f"{name}是频道页（各栏目区块与“更多”链接），不是栏目"))


def _pages(s: _Site) -> None:
    xxgk = (("政务公开", "/zwgk/"), ("政府信息公开", "/zwgk/xxgk/"))
    _single(s, "政府信息公开指南", "/zwgk/xxgk/zn/", _paras(
        f"为便于公民、法人和其他组织获取{ORGAN}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本局政府信息公开工作机构：办公室（政务公开办）。地址：北京市西城区沧溟路16号，"
        "办公时间：工作日 8:30—11:30、13:30—17:00，电话：010-66031208，传真：010-66031209。", "本指南自2026年2月10日起施行。"), xxgk)
    _single(s, "政府信息公开制度", "/zwgk/xxgk/zd/", _paras("本局建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。"), xxgk)
    _single(s, "依申请公开", "/zwgk/xxgk/ysq/", _paras("申请人可通过在线平台、信函等方式向本局提出政府信息公开申请。",
                                                   '<a href="/zwgk/xxgk/ysq/sqb.doc">政府信息公开申请表</a>'), xxgk)
    s.res["/zwgk/xxgk/ysq/sqb.doc"] = Resource(b"\xd0\xcf\x11\xe0doc", "application/msword")
    _single(s, "机构职能", "/zwgk/jgzn/", _paras(f"{ORGAN}是国务院部委管理的国家局，主要职责是拟订沧溟资源保护利用的政策、规划和标准。"), ZWGK)
    _single(s, "联系我们", "/lxwm/", _paras("地址：北京市西城区沧溟路16号　邮编：100032　电话：010-66031000"), ())
    s.traps.append(Trap("/zwgk/jgzn/", "无日期的单页，不是过期栏目"))
    rows = "".join(f'<li><a href="{_rel("/zwgk/xxgk/", u)}">{n}</a></li>' for n, u in (
        ("政府信息公开指南", "/zwgk/xxgk/zn/"), ("政府信息公开制度", "/zwgk/xxgk/zd/"), ("法定主动公开内容", "/zwgk/"),
        ("政府信息公开年报", "/zwgk/xxgk/nb/"), ("依申请公开", "/zwgk/xxgk/ysq/")))
    s.res["/zwgk/xxgk/"] = s.page(_head("政府信息公开", Col("政府信息公开", "/zwgk/xxgk/", ZWGK), None),
                                  f"{_trail('/zwgk/xxgk/', (('首页', '/'), *xxgk))}    <ul class=\"xxgk_nav\">{rows}</ul>\n")
    s.traps.append(Trap("/zwgk/xxgk/", "政府信息公开页只是目录，不是栏目"))
    menu = "".join(f'<li><a href="{_rel("/zwgk/", c.path)}">{c.name}</a></li>' for c in s.cols if c.path.startswith("/zwgk/"))
    _channel(s, "政务公开", "/zwgk/", [s.col("局令"), s.col("规范性文件"), s.col("政策解读")],
             f'        <div class="fdgk_menu"><h3>法定主动公开内容</h3><ul><li><a href="./jgzn/">机构职能</a></li>{menu}'
             '<li><a href="./xxgk/">政府信息公开</a></li></ul></div>\n')
    _channel(s, "政策", "/zwgk/zc/", [s.col("局令"), s.col("规范性文件")])
    _channel(s, "新闻动态", "/xwdt/", [c for c in s.cols if c.siblings == "xw"])
    _channel(s, "司局频道", "/sj/", [c for c in s.cols if c.siblings == "sj"])
    _channel(s, "互动交流", "/hdjl/", [s.col("意见征集")])
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    s.res["/wzdt/"] = s.page(_head("网站地图", Col("网站地图", "/wzdt/", ()), None), f'    <div class="sitemap"><h2>网站地图</h2><ul>{sitemap}</ul></div>\n')
    s.traps.append(Trap("/wzdt/", "网站地图是导航页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href=".{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="index_box"><div class="index_tit"><h3>{col.name}</h3>'
                f'<a href=".{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("局要闻", "通知公告", "局令", "规范性文件", "政策解读")]
    body = ('<div class="banner"><img src="/images/banner.jpg" alt="沧溟"></div>\n' + "".join(block(c, 6) for c in cols)
            + '\n<div class="index_links"><a href="./zwgk/xxgk/nb/">政府信息公开年报</a><a href="./zwgk/xxgk/">政府信息公开</a>'
            '<a href="./hdjl/yjzj/">意见征集</a><a href="./wzdt/">网站地图</a></div>\n')
    home = s.page(_head(ORGAN, None, None), body)
    s.res["/"] = home
    s.res["/index.html"] = home
    s.traps.append(Trap("/index.html", "/index.html 与 / 是同一个首页"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>抱歉，您访问的页面不存在或已删除！</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"mingov offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _bureaus(s)
    _policy(s)
    _disclosure(s)
    s.render()
    _pages(s)
    _home(s)
    for img in ("logo.png", "gaba.png", "dzjg.png", "banner.jpg", "dayin.png", "jiedu.png"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/images/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/images/jquery.min.js"] = Resource(b"/* mingov */", "application/javascript")
    s.res["/images/common.js"] = Resource(b"/* mingov */", "application/javascript")
    gfx = s.col("规范性文件")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "规范性文件（科技部式信息公开表）记录页模板的页脚没有网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=r"^/zwgk/zc/gfxwj/gfxwj\d{4}/\d{6}/t\d+_\d+\.html$"))
    sj_lists = "^(" + "|".join(re.escape(c.path) for c in s.cols if c.style == "sj") + ")$"
    s.key.append(Expected("meta-tags", "/sj/zcfgs/", "司局频道栏目页模板只有网站标签，没有栏目标签（ColumnName、ColumnDescription、"
                          "ColumnKeywords、ColumnType）", probe="sj-list-no-column-tags", url_pattern=sj_lists))
    return SampleSite("mingov", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
