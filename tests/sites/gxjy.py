"""The "gxjy" sample site: a county portal (浔安县人民政府, 桂川市, 广西) on the 广西 政府网站集约化平台 — the one
platform every 广西 city, county and department site runs on (防城港's `api_func.js`, `page.js` and its
templates), UTF-8, `.shtml` pages.

Why 广西: of the brief's provinces it is the one with the most real markup in the library — a whole page of a
city site on the platform (防城港, mhxqwer/lfyfcgs.gov.cn, already in tests/model/realpages round 6) with the
platform's own scripts beside it (the pager function, the search), the 自治区 portal's footer (mhxqwer/
lfygxzf.gov.cn, realpages), and a scraper's transcript of the 自治区 文件库 list (its table rows and their
hidden detail cells). For 四川, 河南, 湖北, 福建, 贵州, 云南, 河北, 山西, 陕西, 甘肃 the library held single
article pages at most (四川, 湖北) or scraper URLs only. No template imitates this platform: trsjy is 湖南's TRS
集约化 (`/xxgk_<n>/`, `createPageHTML`, `<month>/t<date>_<id>.html`), pcjy is the 四川-style
`/pc/list.html` platform.

Sources (read with `read_file`):
  - `index.html` of mhxqwer/lfyfcgs.gov.cn @ 4d939248 (tests/model/realpages/fcgs-gov-cn_gxzf-trs_zdxm_article_
    today-line_hidden-news-fields_mobile-copy.html): the head (`<title>` of title, column and site on their own
    lines; `Sitename`, `SiteDomain`, `SiteIDCode`, `ColumnName`, `ColumnType`, `ArticleTitle`, `PubDate` as
    `YYYY-MM-DD HH:MM`, `ContentSource`, `Url`); the header (`今天：<span class="site-date">2024年2月22日
    星期四</span>` — a date months before the article's own, left in the static page —, 自治区人民政府网 and
    中国政府网 links, 手机版 `index_m.shtml`, 简体/繁体, 无障碍, the search box with `siteId` and
    `doSearch(this)`, `ul.nav` and the `townav` links 政府信息公开指南/政策文件/政府信息公开目录); the hidden
    `NewsArticleID`, `NewsArticleTitle`, `NewsArticlePubDay`… divs; the trail `当前位置：<a href="../../"
    class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../">…</a>&nbsp;&gt;&nbsp;<a href="./">…</a>`;
    `div.article` with `<h1>`, `div.article-inf-left` (date, time and 来源), 字体 大/中/小 and 打印; the
    body `div.trs_editor_view TRS_UEDITOR trs_paper_default trs_web`; the empty `#downloadfile` box and the
    `#relfile` 关联文件 box whose `ul.about-list` a script fills; the article's phone copy in `div.Mobile_warp`
    (header `GVANGJSIH …`, trail, title, date, body, a hidden `#relfileM`); the footer (`_jiucuo_` script with
    `sitecode`, the conac badge, 网站地图/联系我们/关于本站, 联系地址, 主办单位 in `span#zbdw`, 邮编,
    桂公网安备 and 备案号 links, 网站标识码, the 12377 badge); article addresses `/<channel>/<column>/t<id>.shtml`
    linked relatively, `/dbdh/lxwm/t13753026.shtml`, `/map.shtml`;
  - `static/js/api_func.js` (same repository): `pageControl(_nPageCount, _nCurrIndex, _sPageName, _sPageExt,
    _pageNum, _controlId)` writes the pager into a container: page 1 is `index.shtml`, page N
    `index.shtml?pageIndex=N`, numbers zero-padded (`01`), the current one `<span class="here">`, edges
    `javascript:void(0);`; `doSearch`/`searchCommonFunc` (search only through `/irs-common-search/search?…`);
  - the 自治区 文件库 list (JinhuaSu/Policy_crawler README, the scrapy shell transcript of www.gxzf.gov.cn,
    read by `read_file` id 42636182065): rows in `ul.more-list` holding a table, each title cell
    (`<td align="left" onmouseenter="td_over(this)">`) carrying a hidden detail table `<strong>发文单位：</strong>`,
    `<strong>成文日期：</strong>`, `<strong>标　　题：</strong>`, `<strong>发文字号：</strong>`,
    `<strong>发布日期：</strong>`, then cells for the 文号 broken over lines (`桂政干〔\\n 2020〕\\n 68号`), 有效
    and the date `2020年02月14日`; its search JSON's `IdxID` `000014349/2020-405310` (the 索引号 shape) and
    `DOCPUBURL` `/zfwj/zzqrmzfwj_34845/t1508733.shtml`;
  - www.gxzf.gov.cn's article footer (tests/model/realpages/gxzf-gov-cn_trs_article_footer.html): 桂公网安备,
    桂ICP备, 网站标识码 on one line; sthjt.gxzf.gov.cn's `/zfxxgk/zfxxgkgl/fdzdgknr/…/t27298550.shtml` (a
    job-hunting note in the library, find_string `fdzdgknr`): the 信息公开 addresses.
Guessed, said as such: the rows of news lists (`ul.more-list` of `<li><a title>…</a><span class="date">`); the
call site of `pageControl` under each list and that later pages are served at `index.shtml?pageIndex=N`;
the 信息公开 document page's metadata table (the detail cells' labels in a table above the title); the
inline `relFiles` array the 关联文件 box is filled from (the real filling script is not in the copy); that
the 信息公开 pages keep an older footer without the 公安备案 line and their documents no article tags; the
empty list (an empty `ul.more-list` and `pageControl(0, …)`); the home's blocks, the 手机版 home, the channel
pages, the site map; every place name, number and wording.

First contact (fecbf88): 128/158 pages (no later page queued), annual-reports 0.00/0.00 and interpretations n/a/0.00
(the 信息公开 template's articles, with column tags but no article tags, read as columns), meta-tags 0.33 (two
generator faults, below), 合格 62.0; under `classes,…,copies` at seed 0 also 12 false stale columns dated by the
header's 今天 line, the 文件库 rows unread and the 关联文件 box unseen (不合格 0.0). Corrected in the generator: the
手机版 home lacked SiteDomain (mine), and the key gained the list pages' missing ColumnDescription/ColumnKeywords (the
real page carries ColumnName and ColumnType only). Left: the script-filled 关联文件 box makes the no-interpretation and
not-linked documents undecided (the tool does not run the script that would show them empty).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, SITE_HOST, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "浔安县"
GOV = "浔安县人民政府"
CITY = "桂川市"
HOST = "http://www.xunan.gov.cn"
LINK = f"http://{SITE_HOST}"  # the header's and footer's absolute links to the site's own host
SITE_CODE = "4512260001"
ICP = "桂ICP备13004127号"
PSB = "45122602000007"
HTML = "text/html; charset=utf-8"
TODAY = "2025年3月3日 星期一"  # the header's 今天 line, frozen in the static pages when the template was last published
XXGK_PAGES = r"^/zfxxgk/"  # the 信息公开 section's template
LIST_PAGES = r"^/(zxzx|zfxxgk)/\w+/(index\.shtml(\?pageIndex=\d+)?)?$"  # every column's list pages
XXGK_DOCS = r"^/zfxxgk/\w+/t\d+\.shtml$"


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = GOV
    meta: dict[str, str] | None = None  # the 信息公开 metadata table (label → value; "" = an empty cell)
    related: list[tuple[str, str]] = field(default_factory=list)  # (url, title) the 关联文件 box's script writes
    number: str = ""  # the 文号 shown in a 文件 list
    validity: str = ""


@dataclass
class Col:
    channel: str  # "zxzx" or "zfxxgk"
    path: str
    name: str
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    files: bool = False  # the 文件库 table rows

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    @property
    def folder(self) -> str:
        return f"/{self.channel}/{self.path}/"

    def url(self, n: int = 1) -> str:
        return self.folder if n == 1 else f"{self.folder}index.shtml?pageIndex={n}"

    def doc_url(self, d: Doc) -> str:
        return f"{self.folder}t{d.id}.shtml"


CHANNELS = {"zxzx": "资讯中心", "zfxxgk": "政府信息公开"}


def _head(title: str, col: Col | None, d: Doc | None, article_tags: bool = True) -> str:
    lines = [title, col.name] if col and d else [title]
    shown = "".join(f"        {t} -\n" for t in lines + ([GOV] if title != GOV else []))
    tags = ""
    if col:
        tags += (f'    <meta name="ColumnName" content="{escape(col.name)}" />\n'
                 f'    <meta name="ColumnType" content="{CHANNELS[col.channel]}">\n')
    if d and article_tags:
        tags += (f'    <meta name="ArticleTitle" content="{escape(d.title)}">\n'
                 f'    <meta name="PubDate" content="{d.when:%Y-%m-%d} {9 + d.id % 8:02d}:{d.id % 60:02d}">\n'
                 f'    <meta name="ContentSource" content="{escape(d.source)}">\n    <meta name="Keywords" content="">\n'
                 f'    <meta name="Author" content="">\n    <meta name="Description" content="">\n'
                 f'    <meta name="Url" content="{HOST}{col.doc_url(d) if col else ""}">\n')
    return ('<!DOCTYPE html>\n<html>\n\n<head>\n    <meta charset="UTF-8">\n    <title>\n' + shown + '        \n    </title>\n'
            '    <meta name="renderer" content="webkit">\n<meta http-equiv="x-ua-Compatible" content="IE=Edge,chrome=1">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">\n'
            f'<meta name="Sitename" content="{GOV}"> \n<meta name="SiteDomain" content="{HOST}/"> \n'
            f'<meta name="SiteIDCode" content="{SITE_CODE}">\n{tags}'
            '    <link rel="stylesheet" href="/static/css/base.min.css">\n<link rel="stylesheet" href="/static/css/main.css">\n'
            '    <script src="/static/js/jquery.min.js"></script>\n    <script src="/static/js/api_func.js"></script>\n</head>\n')


_TOWNAV = (("政府信息公开指南", "/zfxxgk/xxgkzn/"), ("政策文件", "/zfxxgk/xzgfxwj/"), ("政府信息公开目录", "/zfxxgk/"))


def _header() -> str:
    townav = "".join(f'\n                        <li>\n                            <a href="{u}" target="_blank">{n}\n</a>\n'
                     '                        </li>\n' for n, u in _TOWNAV)
    return ('<div class="header">\n    <div class="site-top">\n        <div class="wrap-auto">\n'
            f'            <div class="sitedate fn-left">今天：<span class="site-date">{TODAY}</span><a\n'
            '                    href="http://www.gxzf.gov.cn/" target="_blank" style="margin-left: 5px;">自治区人民政府网</a><a\n'
            '                    href="https://www.gov.cn/" target="_blank">中国政府网 | </a>\n'
            '                <div style="clear:both;"></div>\n            </div>\n'
            '            <div class="top-right fn-right" style="display: flex;">\n                <div class="fn-rr">\n'
            f'                    <a href="{LINK}/index_m.shtml" class="sjb">手机版</a>\n'
            '                    <a id="gxzf_t2s" href="javascript: void(0); " target="_self">简体版</a>|\n'
            '                    <a id="gxzf_s2t" href="javascript: void(0); " target="_self">繁体版</a>\n'
            '                    <div class="ipv6">支持IPv6</div>\n'
            '                    <div id="gt_btn" class="ipv6 i-wza i-wza-people">无障碍</div>\n'
            '                </div>\n            </div>\n        </div>\n    </div>\n'
            '    <div class="site-banner">\n        <div class="site-warp">\n'
            f'            <a class="logo-img" href="/" target="_blank">\n                <img src="/static/picture/xalogo.png" alt="{GOV}" />\n'
            '            </a>\n            <div class="site-search-wrap fn-right">\n                <div class="site-search">\n'
            '                    <input class="site-search-txt" placeholder="请输入搜索内容" name="searchWord" type="text" />\n'
            '                    <input type="hidden" name="siteId" value="517" />\n'
            '                    <button class="i-site site-search-submit" type="button" onclick="doSearch(this)">搜索</button>\n'
            '                </div>\n            </div>\n        </div>\n    </div>\n'
            '    <div class="headernav">\n        <div class="heanav">\n            <ul class="nav">\n'
            '                <li class="i-index"><a href="/" target="_blank">首页</a></li>\n'
            f'                <li class="i-city">\n                    <a href="{LINK}/zjxa/" target="_blank">走进浔安</a>\n                </li>\n'
            f'                <li class="i-info-site">\n                    <a href="{LINK}/zfxxgk/" target="_blank">政府信息公开</a>\n                </li>\n'
            f'                <li class="i-info-site">\n                    <a href="{LINK}/zxzx/" target="_blank">资讯中心</a>\n                </li>\n'
            '                <li class="i-int"><a href="http://gc.zwfw.gxzf.gov.cn/" target="_blank">网上办事</a></li>\n'
            '            </ul>\n            <div class="headtow">\n                <ul class="townav"></ul>\n'
            f'                <ul class="townav">\n                    {townav}\n                </ul>\n'
            '            </div>\n        </div>\n    </div>\n\n\n</div>\n')


def _footer(xxgk: bool) -> str:
    # The 信息公开 section's older template set keeps a footer without the 公安备案 line (a planted defect).
    psb = "" if xxgk else (f'\n\t\t\t   <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">'
                           f'<img src="/static/picture/ba.png" /> 桂公网安备 {PSB}号</a> ')
    return ('<div class="footer-site">\n    <div class="wrap">\n        <ul>\n'
            f"            <li class=\"footer-link-wrong\"><script id=\"_jiucuo_\" sitecode='{SITE_CODE}' src='/static/js/jiucuo.js'></script></li>\n"
            '            <li class="footer-link-gov"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=3EB36473E053012819ACF5632DA9C109" '
            'target="_blank"><img id="imgConac" src="/static/picture/dzjg.png" vspace="0" hspace="0" border="0" /></a></li>\n'
            '\t\t<li class="footer-txt" >\n\t\t\t<p>\n'
            f'                               <a href="{LINK}/map.shtml" target="_blank">网站地图</a>\n'
            f'                               <a href="{LINK}/dbdh/lxwm/t13753026.shtml" target="_blank">联系我们</a>\n'
            f'\t\t\t\t\t\t\t   <a href="{LINK}/dbdh/gybz/" target="_blank">关于本站</a>\n'
            f'                               <span>联系地址：{CITY}{COUNTY}浔江大道88号县政府大院　</span>\n\t\t\t</p>\n'
            f'                        <p>主办单位：<span id="zbdw">{GOV}</span>　<span style="margin: 0px 10px;">邮编：537226</span></p>\n'
            f'                     <p>{psb}\n\t            \t   <a href="http://beian.miit.gov.cn"  target="_blank">备案号：{ICP}</a>'
            f'　网站标识码：{SITE_CODE}　\n\t\t     </p>\t\t\t\n            </li>\n'
            '\t\t\t<a style="float: right;" href="https://www.12377.cn/" target="_blank"><img width="240" src="/static/picture/wfhblxxjb.png" /></a>\n'
            '        </ul>\n    </div>\n</div>\n\n')


def _trail(steps: list[tuple[str, str]]) -> str:
    links = "&nbsp;&gt;&nbsp;".join(f'<a href="{_a(u)}" target="_self" title="{n}" class="CurrChnlCls">{n}</a>' for n, u in steps)
    return links


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.script_only: set[str] = set()
        self.next_id = 19031207

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 1357
        return Doc(self.next_id, title, when, body or _paras(f"{title}。"), **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    def page(self, head: str, body: str, xxgk: bool) -> Resource:
        html = (f"{head}\n<body>\n\n    <!--PC端 --->\n    <div class=\"PC_warp\">\n{_header()}{body}{_footer(xxgk)}"
                '<script src="/static/js/main.js"></script>\n    </div>\n</body>\n</html>\n')
        return Resource(html.encode("utf-8"), HTML)

    def steps(self, col: Col) -> list[tuple[str, str]]:
        """The trail of a list or article page, relative to the column's folder both are in."""
        return [("首页", "../../"), (CHANNELS[col.channel], "../"), (col.name, "./")]

    def side(self, col: Col) -> str:
        on = ' class="on"'
        items = "".join(f'<li{on if c is col else ""}><a href="{_a(c.folder)}">{c.name}</a></li>'
                        for c in self.cols if c.channel == col.channel)
        return (f'<div class="list-left"><div class="list-left-tit">{CHANNELS[col.channel]}</div>'
                f'<ul class="list-left-nav">{items}</ul></div>\n')

    def rows(self, col: Col, docs: list[Doc]) -> str:
        if col.files:
            out = ['<ul class="more-list"><table class="file-table" width="100%"><tr class="file-head"><th>序号</th><th>标题</th>'
                   '<th>发文字号</th><th>有效性</th><th>发布日期</th></tr>']
            for i, d in enumerate(docs, 1):
                m = d.meta or {}
                number = d.number.replace("〔", "〔\n                ").replace("〕", "〕\n                ")
                out.append(
                    f'\n<tr><td>\n                {i}\n            </td><td align="left" onmouseenter="td_over(this)" '
                    f'onmouseleave="td_out(this)"><a href="./t{d.id}.shtml" target="_blank" title="{escape(d.title)}">'
                    f'{escape(d.title)}</a>\n<div class="tips" style="display:none"><table>'
                    f'<tr><td><strong>发文单位：</strong>\n                {m.get("发文单位", GOV)}</td>'
                    f'<td><strong>成文日期：</strong>\n                {m.get("成文日期", "")}</td></tr>'
                    f'<tr><td colspan="2"><strong>标\u3000\u3000题：</strong>{escape(d.title)}</td></tr>'
                    f'<tr><td><strong>发文字号：</strong>\n                {d.number}</td>'
                    f'<td><strong>发布日期：</strong>\n                {d.when:%Y年%m月%d日}</td></tr></table></div></td>'
                    f'<td>\n                {number}\n            </td><td>\n                {d.validity}\n            </td>'
                    f'<td>\n                {d.when:%Y年%m月%d日}\n            </td></tr>')
            return "".join(out) + "\n</table></ul>\n"
        return ('<ul class="more-list">' + "".join(
            f'\n<li><a href="./t{d.id}.shtml" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
            f'<span class="date">{d.when:%Y-%m-%d}</span></li>' for d in docs) + "\n</ul>\n")

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        pages = col.pages if col.docs else 0
        body = ('        <div class="mainbox">\n            <div class="wrap bg-white">\n                <div class="crumb-nav">\n'
                '                    <img src="/static/picture/dqwz.png" style="width: 20px; vertical-align: middle;" />当前位置：\n'
                f'                    {_trail(self.steps(col))}\n                </div>\n'
                f'<div class="list-wrap fn-clear">\n{self.side(col)}<div class="list-right"><div class="list-right-tit">'
                f'<span>{col.name}</span></div>\n{self.rows(col, docs)}'
                '<div class="pages" id="pages"></div>\n'
                f'<script type="text/javascript">pageControl({pages}, {n}, "index", "shtml", 9, "pages");</script>\n'
                '</div></div>\n            </div>\n        </div>\n\n')
        head = _head(col.name, col, None)
        return self.page(head, body, col.channel == "zfxxgk")

    def article(self, col: Col, d: Doc) -> Resource:
        xxgk = col.channel == "zfxxgk"
        meta = ""
        if d.meta is not None:
            cells = [f'<td><strong>{k}：</strong>{v}</td>' for k, v in d.meta.items()]
            meta = ('<div class="xxgk-info"><table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2))
                    + "</table></div>\n")
        related = ",".join(f'{{"title":"{t}","url":"{u}"}}' for u, t in d.related)
        fill = ('<script type="text/javascript">var relFiles=[' + related + '];$(function(){if(!relFiles.length){'
                "$('#relfile').hide();return;}$.each(relFiles,function(i,f){$('#relfile .about-list,#relfileM .about-list')"
                ".append('<li><a href=\"'+f.url+'\" target=\"_blank\">'+f.title+'</a></li>');});$('#relfileM').show();});</script>\n")
        trail = _trail(self.steps(col))
        hidden = (f'        <div id="NewsArticleID" style="display:none;">{d.id}</div>\n'
                  f'<div id="NewsArticleTitle" style="display:none;">{escape(d.title)}</div>\n'
                  '<div id="NewsArticleType" style="display:none;">20</div>\n'
                  f'<div id="NewsArticleSource" style="display:none;">{escape(d.source)}</div>\n'
                  f'<div id="NewsArticlePubDay" style="display:none;">{d.when:%Y-%m-%d}</div>\n'
                  f'<div id="NewsEditionName" style="display:none;">{col.name}</div>\n')
        info = (f'{d.when:%Y-%m-%d} {9 + d.id % 8:02d}:{d.id % 60:02d}\n                                \n'
                f'                                    &nbsp;&nbsp;&nbsp;&nbsp;来源：\n                                    {escape(d.source)}\n')
        body = (f'{hidden}        <div class="mainbox">\n            <div class="wrap bg-white">\n                <div class="crumb-nav">\n'
                '                    <img src="/static/picture/dqwz.png" style="width: 20px; vertical-align: middle;" />当前位置：\n'
                f'                    {trail}\n                </div>\n                \n                <div class="more">\n'
                f'                    <div class="article">\n{meta}                        \n                        <h1>\n'
                f'                            {escape(d.title)}\n                        </h1>\n'
                '                        <div class="article-inf fn-clear">\n                            <div class="article-inf-left">\n'
                f'                                {info}                            </div>\n'
                '                            <div class="article-inf-right">\n'
                '                                【字体：<span id="fontsize_b">大</span> <span id="fontsize_m">中</span> <span\n'
                '                                    id="fontsize_s">小</span>】<span class="article_print">打印</span>\n'
                '                            </div>\n                        </div>\n                        <div class="article-con">\n'
                '                            <!-- 正文s -->\n                            \n'
                f'                                <div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">{d.body}</div>\n'
                '                            \n                            <!-- 正文e -->\n                            <!-- 附件s -->\n'
                '                            <div id="downloadfile" class="downloadfile hide">\n'
                '                                               <p class="article-file bold">文件下载：</p>\n'
                '                                               <div id="article-file"></div>\n                                           </div>\n'
                '                            <div id="relfile" class="downloadfile">\n'
                '                                               <p class="article-file bold">关联文件：</p>\n'
                '                                               <div id="relative-file">\n'
                '                                                   <ul class="about-list"></ul>\n'
                '                                               </div>\n                                           </div>\n'
                '                            <!-- 附件e -->\n                        </div>\n                    </div>\n\n'
                '                </div>\n            </div>\n        </div>\n\n')
        mobile = ('    <!--手机端 --->\n    <div class="Mobile_warp">\n        <div class="index">\n\n'
                  '            <div class="header-list">\n\t\t\t\t\t<div class="title">\n'
                  '\t\t\t\t\t\t<img src="/static/picture/gh.png" alt="" />\n'
                  '\t\t\t\t\t\t<li class="py">GVANGJSIH YINZMINZ CWNGFUJ </li>\n'
                  f'\t\t\t\t\t\t<li class="zw">广西{GOV}</li>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\n'
                  '            <div class="tab-box4">\n                <div class="shoye">\n\n                    <div class="dqwz">\n'
                  f'                        <img src="/static/picture/dqwz.png" />\n                        当前位置：\n                        {trail}\n'
                  '                    </div>\n\n                    <div class="shoye-con">\n                        <div>\n'
                  f'                            <div class="article">\n                                <h1>\n                                    {escape(d.title)}\n'
                  '                                </h1>\n                                <div class="article-inf fn-clear">\n'
                  f'                                    <div class="">\n                                        {info}'
                  '                                    </div>\n                                </div>\n'
                  '                                <div class="article-con">\n'
                  f'                                        <div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">{d.body}</div>\n'
                  '                                    <div id="relfileM" class="downloadfile hide">\n'
                  '                                        <p class="article-file bold">关联文件：</p>\n'
                  '                                        <div id="relative-file1">\n                                            <ul class="about-list">\n'
                  '                                                \n                                            </ul>\n'
                  '                                        </div>\n                                    </div>\n'
                  '                                </div>\n                            </div>\n                        </div>\n'
                  '                    </div>\n                </div>\n            </div>\n        </div>\n    </div>\n')
        head = _head(d.title, col, d, article_tags=not xxgk)
        html = (f"{head}\n<body>\n\n    <!--PC端 --->\n    <div class=\"PC_warp\">\n{_header()}{body}{_footer(xxgk)}"
                f'<script src="/static/js/main.js"></script>\n{fill}    </div>\n\n{mobile}</body>\n</html>\n')
        return Resource(html.encode("utf-8"), HTML)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            self.res[col.url()] = self.list_page(col, 1)
            self.res[f"{col.folder}index.shtml"] = self.res[col.url()]  # the pager's link to page 1
            for n in range(2, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                self.traps.append(Trap(col.url(n), LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)

    def static(self, url: str, title: str, text: str, xxgk: bool = False) -> None:
        depth = url[:url.rfind("/") + 1].count("/") - 1
        trail = _trail([("首页", "../" * depth or "./"), (title, "./" if url.endswith("/") else url.rsplit("/", 1)[1])])
        body = ('        <div class="mainbox">\n            <div class="wrap bg-white">\n                <div class="crumb-nav">\n'
                f'                    <img src="/static/picture/dqwz.png" style="width: 20px; vertical-align: middle;" />当前位置：\n'
                f'                    {trail}\n                </div>\n'
                f'<div class="single-page"><div class="single-tit">{title}</div><div class="single-con">{text}</div></div>\n'
                '            </div>\n        </div>\n\n')
        self.res[url] = self.page(_head(title, None, None), body, xxgk)


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent: 2em;">{t}</p>' for t in texts)


_WORK = ("会议强调，各乡镇、各部门要坚持以人民为中心的发展思想，进一步压实工作责任，细化工作措施，加强督促检查，"
         "对照时间节点抓好落实，切实解决群众急难愁盼问题，确保各项工作任务按期完成。")
_NEWS = ("召开县委常委会会议", "召开县政府常务会议", "开展重点项目建设督查", "召开糖料蔗生产工作会议", "推进乡村振兴示范村建设",
         "召开安全生产工作会议", "开展防汛应急演练", "召开民族团结进步创建工作推进会", "举办壮族三月三文化活动", "开展森林防火检查")
_TOWNS = ("浔江镇", "六岭镇", "平福乡", "大岩乡")
_DEPTS = ("县教育局", "县卫生健康局", "县农业农村局", "县自然资源局", "县住房城乡建设局")
BROKEN_PDF = "/zxzx/tzgg/P020261103583716402187.pdf"
GOOD_PDF = "/zxzx/tzgg/P020261014377125309842.pdf"
BROKEN_PAGE = "/zxzx/jrxa/t18877415.shtml"


def _news(s: _Site) -> None:
    jrxa = Col("zxzx", "jrxa", "今日浔安")
    for i in range(34):
        jrxa.docs.append(s.doc(f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                               _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县领导出席并讲话，各乡镇、县直各部门主要负责人参加。", _WORK),
                               source="浔安县融媒体中心"))
    jrxa.docs[5].body += _paras(f'相关阅读：<a href="{BROKEN_PAGE}" target="_blank">浔安县召开经济运行分析会</a>')
    s.key.append(Expected("broken-links", BROKEN_PAGE, "今日浔安正文“相关阅读”链接到已删除的文章（404）", probe="status:404"))
    s.traps.append(Trap(jrxa.url(), "今日浔安最新 2026-11-18，后续页只由 pageControl(3, 1, \"index\", \"shtml\", …) 脚本写出"
                        "（index.shtml?pageIndex=N）：不是过期栏目，也不是新栏目"))

    bmdt = Col("zxzx", "bmdt", "部门动态")
    for i in range(17):
        bmdt.docs.append(s.doc(f"{_DEPTS[i % 5]}{('开展业务培训', '召开专题工作会议', '开展“我为群众办实事”活动')[i % 3]}（{i + 1}）",
                               date(2026, 9, 30) - timedelta(days=i * 9), _paras(f"近日，{_DEPTS[i % 5]}组织开展相关工作。", _WORK),
                               source=_DEPTS[i % 5]))
    s.key.append(Expected("stale-columns", bmdt.url(), "部门动态（动态类）最新 2026-09-30，超过两周未更新", probe="newest:2026-09-30"))

    xzdt = Col("zxzx", "xzdt", "乡镇动态")
    for i in range(12):
        xzdt.docs.append(s.doc(f"{_TOWNS[i % 4]}{('开展人居环境整治', '召开村“两委”干部会议', '推进高标准农田建设')[i % 3]}",
                               AS_OF - timedelta(days=8 + i * 11), _paras(f"近日，{_TOWNS[i % 4]}组织开展相关工作。", _WORK),
                               source=_TOWNS[i % 4]))
    s.traps.append(Trap(xzdt.url(), "乡镇动态最新 2026-11-12（8 天前）：不是过期栏目"))

    tzgg = Col("zxzx", "tzgg", "通知公告", per_page=12)
    for i in range(16):
        tzgg.docs.append(s.doc(f"关于{('做好冬春森林防火', '城乡居民医保参保缴费', '开展燃气安全排查', '冬季农田水利建设')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=6 + i * 10), _paras("各乡镇人民政府，县直各部门：", _WORK, f"{GOV}办公室")))
    tzgg.docs[1].body += _paras(f'附件：<a href="./{BROKEN_PDF.rsplit("/", 1)[1]}" target="_blank">报名表.pdf</a>')
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件（相对地址 ./P0…pdf）404", probe="status:404"))
    tzgg.docs[3].body += _paras(f'附件：<a href="./{GOOD_PDF.rsplit("/", 1)[1]}" target="_blank">实施方案.pdf</a>')
    s.res[GOOD_PDF] = Resource(fake_pdf("fangan"), "application/pdf")
    tzgg.docs.append(s.doc(f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 20),
                           _paras("经清理，继续有效的行政规范性文件14件，宣布失效2件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目"))

    zdxm = Col("zxzx", "zdxm", "重大项目")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目列表为空（空的 more-list，pageControl(0, …)）", probe="no-rows"))
    s.cols += [jrxa, bmdt, xzdt, tzgg, zdxm]


# Normative documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-written"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("农村集体土地征收补偿安置", "missing"), ("县城规划区建筑立面管理", "late"),
              ("糖料蔗良种补贴资金管理", "unlinked"), ("县级储备粮管理", "no-validity"), ("城市公共停车场管理", "no-written"),
              ("政府投资项目审批管理", "picture"))
ORGAN_CODE = "000015226"


def _disclosure(s: _Site) -> None:
    gfx = Col("zfxxgk", "xzgfxwj", "行政规范性文件", files=True)
    zcjd = Col("zfxxgk", "zcjd", "政策解读")
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=37 * k)
        short = f"{COUNTY}{subject}办法"
        number = f"浔政规〔{when.year}〕{8 - k}号"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        d.body = _paras(f'<span style="display:block;text-align:center">{number}</span>', "各乡镇人民政府，县直各部门：",
                        f"现将《{short}》印发给你们，请认真贯彻执行。", GOV, f"{when - timedelta(days=4):%Y年%-m月%-d日}",
                        "（此件公开发布）", f"第一条　为规范本县{subject}工作，根据有关法律法规，制定本办法。",
                        "第二条　本办法自印发之日起施行，有效期五年。")
        d.number, d.validity = number, "有效"
        d.meta = {"索 引 号": f"{ORGAN_CODE}/{when.year}-{501 + k * 7:05d}", "发文单位": GOV,
                  "成文日期": f"{when - timedelta(days=4):%Y年%m月%d日}", "发布日期": f"{when:%Y年%m月%d日}",
                  "发文字号": number, "有 效 性": "有效"}
        url = gfx.doc_url(d)
        if defect == "no-validity":
            del d.meta["有 效 性"]
            d.validity = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件元数据表没有有效性（列表的有效性一栏也为空）",
                                  probe="meta-missing:有效性"))
        elif defect == "no-written":
            d.meta["成文日期"] = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件元数据表的成文日期为空", probe="meta-missing:成文日期"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 12 if defect == "late" else k % 3
        title = f"一图读懂《{short}》" if defect == "picture" else f"《{short}》政策解读"
        i = s.doc(title, when + timedelta(days=lag),
                  _paras(f"一、制定背景　为规范本县{subject}工作，县人民政府制定了《{short}》。",
                         "二、主要内容　《办法》明确了适用范围、职责分工和施行日期。", "三、解读机关　县司法局。"),
                  source=f"{GOV}办公室")
        if defect != "unlinked":
            i.body += _paras(f'原文链接：<a href="../xzgfxwj/t{d.id}.shtml" target="_blank">{d.title}</a>')
            d.related.append((zcjd.doc_url(i), i.title))
            i.related.append((url, d.title))
            if defect != "late":
                s.traps.append(Trap(url, "文件页的“关联文件”框由页内脚本（relFiles）填写解读链接，解读正文有原文链接：已互相链接、及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（关联文件框为空，解读正文无原文链接）",
                                  probe="no-interp-link"))
        zcjd.docs.append(i)
    old = s.doc(f"{GOV}关于印发《{COUNTY}农村宅基地管理暂行办法》的通知", date(2017, 6, 12))
    old.number, old.validity = "浔政规〔2017〕2号", "有效"
    old.meta = {"索 引 号": f"{ORGAN_CODE}/2017-00088", "发文单位": GOV, "成文日期": "2017年06月08日",
                "发布日期": "2017年06月12日", "发文字号": old.number, "有 效 性": "有效"}
    old.body = _paras(f'<span style="display:block;text-align:center">{old.number}</span>', "各乡镇人民政府，县直各部门：",
                      f"现将《{COUNTY}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    gfx.docs.append(old)
    s.traps.append(Trap(gfx.doc_url(old), "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))
    s.traps.append(Trap(gfx.url(), "规范性文件列表的文号在单元格里换行（浔政规〔\\n 2026〕\\n 8号），是同一个文号；标题格里的隐藏"
                        "详情表（发文单位、成文日期…）不是另一行"))

    qtwj = Col("zfxxgk", "qtwj", "其他文件", files=True)
    for i in range(9):
        when = date(2026, 11, 10) - timedelta(days=i * 27)
        d = s.doc(f"{GOV}办公室关于{('做好2027年元旦春节期间有关工作', '开展第五次全国经济普查', '印发防汛抗旱应急预案', '做好秋冬季森林防火')[i % 4]}的通知",
                  when, _paras("各乡镇人民政府，县直各部门：", _WORK))
        d.number, d.validity = f"浔政办发〔{when.year}〕{40 - i}号", "有效"
        d.meta = {"索 引 号": f"{ORGAN_CODE}/{when.year}-{900 + i:05d}", "发文单位": f"{GOV}办公室",
                  "成文日期": f"{when - timedelta(days=2):%Y年%m月%d日}", "发布日期": f"{when:%Y年%m月%d日}",
                  "发文字号": d.number, "有 效 性": "有效"}
        qtwj.docs.append(d)
    s.traps.append(Trap(qtwj.doc_url(qtwj.docs[0]), "其他文件栏目的办公室通知（有文号、有效性）不是规范性文件，不要求解读"))

    czyjs = Col("zfxxgk", "czyjs", "财政预决算")
    for n in range(6):
        year = 2025 - n // 2
        czyjs.docs.append(s.doc(f"{COUNTY}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 26) - timedelta(days=170 * n),
                                _paras("根据《中华人民共和国预算法》有关规定，现将本县预决算情况公开如下。", _WORK), source="县财政局"))
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新 2025-08-26，超过 1 年未更新（2026 年预算未公开）",
                          probe="newest:2025-08-26"))

    ghjh = Col("zfxxgk", "ghjh", "规划计划")
    for n, (t, w) in enumerate((("浔安县国民经济和社会发展第十五个五年规划纲要", date(2026, 3, 10)),
                                ("浔安县2026年政务公开工作要点", date(2026, 4, 2)),
                                ("浔安县国土空间总体规划（2021—2035年）", date(2025, 7, 18)))):
        ghjh.docs.append(s.doc(t, w, _paras(f"{t}全文如下。", _WORK)))
    s.traps.append(Trap(ghjh.url(), "规划计划最新 2026-04-02（不到 8 个月）：不是过期栏目"))

    rsxx = Col("zfxxgk", "rsxx", "人事信息")
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空", probe="no-rows"))

    ndbg = Col("zfxxgk", "zfxxgknb", "政府信息公开年报")
    # 条例第五十条: a 县级人民政府 publishes its report by March 31, its 部门 by January 31.
    reports = ((GOV, {2025: date(2026, 3, 20), 2024: date(2025, 3, 25), 2023: date(2024, 4, 15), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("浔安县教育局", {2025: date(2026, 1, 20), 2023: date(2024, 1, 26), 2022: date(2023, 1, 17), 2021: date(2022, 1, 24)}))
    for organ, published in reports:
        for year, when in published.items():
            d = s.doc(f"{organ}{year}年政府信息公开工作年度报告", when, report_body(organ, year, year % 7 + len(organ)), source=organ)
            ndbg.docs.append(d)
            if organ == GOV and year == 2023:
                s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-15 发布，晚于县级人民政府的公开期限 3 月 31 日",
                                      match=(COUNTY, "2023"), probe="late:2024-03-31"))
            elif organ == GOV and year == 2022:
                s.traps.append(Trap(ndbg.doc_url(d), "县政府 2022 年度报告在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少浔安县教育局 2024 年政府信息公开工作年度报告",
                          match=("教育局", "2024"), probe="no-report:浔安县教育局2024"))
    s.cols += [gfx, qtwj, zcjd, czyjs, ghjh, rsxx, ndbg]


def _statics(s: _Site) -> None:
    s.static("/zfxxgk/xxgkzn/", "政府信息公开指南", _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。"), xxgk=True)
    s.static("/zfxxgk/xxgkzd/", "政府信息公开制度", _paras(
        "本县建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。"), xxgk=True)
    s.static("/zjxa/", "走进浔安", _paras(f"{COUNTY}位于{CITY}东部，辖6镇4乡，总面积2,846平方公里，户籍人口62万人，"
                                      "是全国糖料蔗生产基地县。"))
    s.static("/dbdh/lxwm/t13753026.shtml", "联系我们", _paras("地址：浔安县浔江大道88号　电话：0775-7221234"))
    s.static("/dbdh/gybz/", "关于本站", _paras(f"本网站是{GOV}门户网站，由{GOV}办公室主办。"))
    sitemap = "".join(f'<dl><dt>{CHANNELS[ch]}</dt>' + "".join(f'<dd><a href="{c.folder}">{c.name}</a></dd>'
                                                               for c in s.cols if c.channel == ch) + "</dl>" for ch in CHANNELS)
    s.static("/map.shtml", "网站地图", sitemap)
    s.traps.append(Trap("/zjxa/", "无日期的单页，不是过期栏目"))
    s.traps.append(Trap("/map.shtml", "网站地图是导航页，不是栏目"))


def _channels(s: _Site) -> None:
    for ch, name in CHANNELS.items():
        blocks = "".join(
            f'<div class="lm-box"><div class="lm-tit"><span>{c.name}</span><a href="./{c.path}/" class="more">更多</a></div>'
            '<ul class="lm-list">' + "".join(f'<li><a href="./{c.path}/t{d.id}.shtml" target="_blank" title="{escape(d.title)}">'
                                             f'{escape(d.title)}</a><span>{d.when:%m-%d}</span></li>' for d in c.docs[:6])
            + "</ul></div>" for c in s.cols if c.channel == ch)
        extra = ""
        if ch == "zfxxgk":
            extra = ('<div class="gk-nav"><a href="./xxgkzn/">政府信息公开指南</a><a href="./xxgkzd/">政府信息公开制度</a>'
                     '<a href="./xzgfxwj/">法定主动公开内容</a><a href="http://ysqgk.gxzf.gov.cn/" target="_blank">依申请公开</a></div>')
        body = ('        <div class="mainbox">\n            <div class="wrap bg-white">\n                <div class="crumb-nav">\n'
                '                    <img src="/static/picture/dqwz.png" style="width: 20px; vertical-align: middle;" />当前位置：\n'
                f'                    {_trail([("首页", "../"), (name, "./")])}\n                </div>\n'
                f'{extra}<div class="lm-wrap fn-clear">{blocks}</div>\n            </div>\n        </div>\n\n')
        s.res[f"/{ch}/"] = s.page(_head(name, None, None), body, ch == "zfxxgk")
        s.traps.append(Trap(f"/{ch}/", f"{name}是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{_a(col.doc_url(d))}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="index-box"><div class="index-tit"><span>{col.name}</span>'
                f'<a href="{_a(col.folder)}" class="more" target="_blank">更多&gt;&gt;</a></div><ul class="index-list">{rows}</ul></div>')
    cols = [s.col(n) for n in ("今日浔安", "通知公告", "行政规范性文件", "政策解读")]
    body = ('<div class="mainbox"><div class="wrap">\n<div class="swiperIndex"><div class="swiper-wrapper"><div class="swiper-slide">'
            '<img src="/static/picture/banner1.jpg" alt="美丽浔安"></div></div><div class="swiper-pagination"></div></div>\n'
            + "".join(block(c, 7) for c in cols)
            + '\n<div class="index-links"><a href="/zfxxgk/xxgkzn/">政府信息公开指南</a><a href="/zfxxgk/zfxxgknb/">政府信息公开年报</a>'
            '<a href="/map.shtml">网站地图</a></div>\n</div></div>\n')
    s.res["/"] = s.page(_head(GOV, None, None), body, False)
    mobile = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="UTF-8">\n'
              f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{GOV}</title>\n'
              f'<meta name="Sitename" content="{GOV}">\n<meta name="SiteDomain" content="{HOST}/">\n'
              f'<meta name="SiteIDCode" content="{SITE_CODE}">\n</head>\n<body>\n'
              '<div class="Mobile_warp"><div class="index"><div class="header-list"><div class="title">'
              f'<img src="/static/picture/gh.png" alt="" /><li class="zw">广西{GOV}</li></div></div>\n'
              + "".join(f'<div class="m-box"><div class="m-tit">{c.name}<a href="{_a(c.folder)}">更多</a></div><ul>'
                        + "".join(f'<li><a href="{_a(c.doc_url(d))}">{escape(d.title)}</a></li>' for d in c.docs[:5]) + "</ul></div>"
                        for c in cols[:2])
              + f'\n<div class="m-foot">主办单位：{GOV}　网站标识码：{SITE_CODE}<br>{ICP}　桂公网安备 {PSB}号</div></div></div>\n</body>\n</html>\n')
    s.res["/index_m.shtml"] = Resource(mobile.encode("utf-8"), HTML)
    s.traps.append(Trap("/index_m.shtml", "手机版首页是首页的副本（区块标题不带日期），不是栏目"))
    s.traps.append(Trap("/", "页头“今天：2025年3月3日 星期一”是模板发布时写死的日期，不是任何页面的发布日期"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>404</title></head><body>'
             '<div class="error-page"><p>抱歉，您访问的页面不存在或已被删除！</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"gxjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _statics(s)
    _channels(s)
    _home(s)
    for img in ("xalogo.png", "dqwz.png", "gh.png", "ba.png", "dzjg.png", "wfhblxxjb.png", "banner1.jpg"):
        s.res[f"/static/picture/{img}"] = Resource(tiny_png(), "image/png")
    for css in ("base.min.css", "main.css"):
        s.res[f"/static/css/{css}"] = Resource(b"body{font-size:14px}", "text/css")
    for js in ("jquery.min.js", "api_func.js", "main.js", "jiucuo.js"):
        s.res[f"/static/js/{js}"] = Resource(b"/* gxjy */", "application/javascript")
    gfx = s.col("行政规范性文件")
    example = gfx.doc_url(gfx.docs[0])
    s.key.append(Expected("footer", example, "政府信息公开栏目模板（/zfxxgk/）的页脚没有公安机关备案号（桂公网安备）",
                          probe="footer-lacks:公网安备", url_pattern=XXGK_PAGES))
    s.key.append(Expected("meta-tags", example, "政府信息公开文件页模板只有网站和栏目标签，没有文章标签（ArticleTitle、PubDate、ContentSource）",
                          probe="xxgk-no-article-tags", url_pattern=XXGK_DOCS))
    # Key corrected at first contact: the list pages carry ColumnName and ColumnType only (as the real article page
    # does), so the 2017 guide's ColumnDescription and ColumnKeywords are missing on every column page.
    s.key.append(Expected("meta-tags", s.col("财政预决算").url(), "栏目页只有 ColumnName、ColumnType，缺 ColumnDescription、ColumnKeywords",
                          probe="column-tags-lack:ColumnKeywords", url_pattern=LIST_PAGES))
    jrxa = s.col("今日浔安")
    s.traps.append(Trap(jrxa.doc_url(jrxa.docs[0]), "门户文章页有完整的 2017 指引网页标签；页内手机版副本（Mobile_warp）是同一篇文章"))
    return SampleSite("gxjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
