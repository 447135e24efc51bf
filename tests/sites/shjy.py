"""The "shjy" sample site: a district portal (上海市澄浦区人民政府, fictional) on the 上海 政府网站集约化平台 — the etui3
template the municipal portal and its bureaus share (UTF-8; columns `/nw<id>/index.html`, later pages `index_2.html` …;
articles `/nw<id>/<yyyymmdd>/<32 hex>.html`; the title block `h2#ivs_title.Article-title` holding the date in a
`small#ivs_date.Article-time`, the body `#ivs_content`; the 信息公开 template's metadata in a table whose FIRST row holds
the labels and whose second row holds the values, labelled 索取号, 发布机构, 文件编号 — not 索引号, 发文机关, 发文字号).

Why 上海: of the brief's provinces it is the one the library holds whole served pages of, on two sites of one platform:
mhxqwer/xhyshanghai.gov.cn (上海市人民政府, a 上海要闻 article) and mhxqwer/lgcwsjkw.sh.gov.cn (上海市卫生健康委员会, a
政府信息公开目录 notice with its metadata table), beside RSSHub's 上海 routes and many real article addresses. 山东's
`/gongkai/channel_…/doc_….html` platform, 河南 and 云南 gave addresses or script shells only (the 淄博 and 聊城 lists are
Hanweb datacall scripts; 云南's one whole TRS article is already a real page of tests/model/realpages).

Sources (read with `read_file` / `find_string`, cited as found):
  - 上海要闻 article (mhxqwer/xhyshanghai.gov.cn index.html, id 29092131347): metas SiteName, SiteDomain, SiteIDCode,
    ColumnName, ColumnDescription, ColumnKeywords, ColumnType, ArticleTitle, **PubDate written `2023-08-19 10∶08` (a
    RATIO sign U+2236, not a colon)**, ContentSource, keywords, Author (empty), description (empty); header and footer
    written by `static/js/header.js`/`footer.js`; `div.crumbs ol.breadcrumb li a` (首页, 要闻动态 `/nw2315/index.html`,
    上海要闻 `/nw4411/index.html`); `div.Article.Article-wz`, `h2#ivs_title.Article-title` holding the title, then
    `<small id="ivs_date" class="Article-time">2023-08-19 <span>来源：解放日报</span></small>` and the 字号 大/中/小 box;
    `div#ivs_player`; `div.Article_content > div#ivs_content.trout-region-content` opening with a commented-out `<p>`;
    an empty `div#xggj` (a script fills the related items); the share box and a commented-out 推荐/纠错 list;
  - 信息公开 notice (mhxqwer/lgcwsjkw.sh.gov.cn index.html, id 44979746942): metas with `<!-- * -->` comments and
    **ColumnType commented out** (`<!--<meta name="ColumnType" content=""> * -->`), a `Url` meta; the trail
    `<span>您现在所在的位置：</span>` then `li a` 首页 and `li.active` steps WITHOUT links (政务公开 › 政府信息公开目录 ›
    业务类 › 基层卫生); `h2#ivs_title` with `<small id="ivs_date" class="Article-time">( 2024-05-11)</small>` (the date
    in brackets); `div#ivs_content.Article_content` opening with `table.table-article` whose `thead` row holds
    `td.t1` labels 索取号 | 发布时间 | 发布机构 | 文件编号 | 备注 and whose next row holds `td.t2` values — 发布时间 left
    EMPTY on the real page; a body of `<p style=…><span style="font-family: 仿宋_GB2312 …">` runs, signed and dated in
    Chinese (`2024年5月10日`);
  - list rows: `.pageList li a` with the date in the next element (RSSHub lib/routes/gov/shanghai/yjj/index.ts,
    id 1659643813), `#ivs_content` and `meta[name=pubdate]` read on the articles; article addresses
    `/nw4411/20251202/4eab3782…90f.html`, `/nw17239/20260806/ab879976…cf5.html`, `ghzyj.sh.gov.cn/nw2431/20230606/…`,
    the old form `/nw12344/20220323/0001-12344_20220323_0001.html` and the 信息公开目录 `/nw11494/index.html`
    (find_string "sh.gov.cn/nw", "www.shanghai.gov.cn/nw": ids 55721352374, 69197072401, 58518842511, 53719447186).
Guessed, said as such: the later-page names `index_2.html` and the etui3 `ul.pagination` pager; the 成文日期 and 有效性
columns added to the metadata table of 规范性文件 (the real table has none: its 备注 column is dropped here); the
static header and footer (the real ones are written by scripts — not imitated); the 相关解读 box's markup inside
`#xggj`; the 年报 and catalogue pages; every place name, number and wording.

First contact (the tool at 3a37f74). The generator's first version lacked the 找错 entry in its footer (a true home
finding the key had not planted: added, as 上海's pages carry one) and no 法定主动公开内容 entry (the disclosure-sections
rule undecided: added); the key first named the template's commented-out ColumnType on the articles, where the rule
reads column tags on column pages only, and missed that every article's PubDate is off the YYYY-MM-DD HH:MM form
(the ratio sign; the 信息公开 template's date alone): both corrected to what the served pages hold. Then, tool
unchanged: 111/111 pages, 合格, every family 1.00/1.00 but normative-metadata 0.33 — 6 false "缺少发布日期": the
table's 发布时间 column was no label of the 发布日期 (fixed: column_metadata reads it so; inline it stays none, a
related box's rows carry `发布时间：`). Under all 19 mutations (seeds 0–3): interpretations 0.40/0.67 — the bracketed
`( 2026-10-6)` inside the title heading, its ids scrambled, ran into the title, so three 批复/任免 records read as policy
documents owing a 解读 and every 解读's timeliness was undecided (fixed: a whole bracketed date after the title is the
heading's info line); empty-columns recall 0.50 — the menu's `nw31015/index.html` on the page read as `nw31015/` was
not the page's own link, its empty boxes were never read (fixed: _links_itself takes folder and index file alike).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
DISTRICT = "澄浦区"
GOV = "上海市澄浦区人民政府"
SITE_CODE = "3101200003"
ICP = "沪ICP备2021018706号-1"
PSB = "31012002000641"
HTML = "text/html; charset=utf-8"


@dataclass
class Doc:
    key: int
    title: str
    when: date  # 发布日期
    body: str = ""
    source: str = f"{GOV}办公室"
    meta: dict[str, str] | None = None  # the 信息公开 table (label → value; "" = empty cell)
    links: str = ""  # the #xggj box's content

    @property
    def name(self) -> str:
        return hashlib.md5(f"shjy-{self.key}".encode()).hexdigest()


@dataclass
class Col:
    name: str
    nw: int  # the column's folder /nw<id>/
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 20
    xxgk: bool = False  # 政府信息公开目录 (the metadata-table template) or 要闻动态
    empty: str = ""  # how an empty list shows: "" (an empty <ul>) or a notice

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self) -> str:
        return f"/nw{self.nw}/index.html"

    def page_url(self, n: int) -> str:
        return self.url() if n == 1 else f"/nw{self.nw}/index_{n}.html"

    def doc_url(self, d: Doc) -> str:
        return f"/nw{self.nw}/{d.when:%Y%m%d}/{d.name}.html"


XWDT = ("要闻动态", "/nw31000/index.html")
ZWGK = ("政务公开", "/nw31010/index.html")


def _head(title: str, col: Col | None, d: Doc | None) -> str:
    tags = (f'    <meta name="SiteName" content="{GOV}" >\n    <meta name="SiteDomain" content="www.shcp.gov.cn" >\n'
            f'    <meta name="SiteIDCode" content="{SITE_CODE}" >\n')
    if col and col.xxgk:
        # The 信息公开 template as 上海卫健委 serves it: ColumnType commented out (a planted meta-tags defect).
        tags += (f'    <meta name="ColumnDescription" content="{escape(col.name)}"><!-- * -->\n'
                 f'    <meta name="ColumnKeywords" content="{escape(col.name)}"><!-- * -->\n'
                 '    <!--<meta name="ColumnType" content=""> * -->\n'
                 f'    <meta name="ColumnName" content="{escape(col.name)}"><!-- * -->\n')
        if d:
            tags += (f'    <meta name="ArticleTitle" content="{escape(d.title)}"><!-- * -->\n'
                     f'    <meta name="PubDate" content="{d.when:%Y-%m-%d}"><!-- * -->\n'
                     f'    <meta name="ContentSource" content="{escape(d.source)}"><!-- * -->\n'
                     f'    <meta name="Author" content="{escape(d.source)}">\n    <meta name="Description" content="" />\n'
                     f'    <meta name="Url" content="http://www.shcp.gov.cn/nw{col.nw}/{d.when:%Y%m%d}/{d.name}.html">\n')
    elif col:
        tags += (f'    <meta name="ColumnName" content="{escape(col.name)}">\n'
                 f'    <meta name="ColumnDescription" content="发布{DISTRICT}{escape(col.name)}。" />\n'
                 f'    <meta name="ColumnKeywords" content="{DISTRICT} {escape(col.name)}" />\n'
                 f'    <meta name="ColumnType" content="{escape(col.name)}">\n')
        if d:
            # 上海要闻's PubDate: the hour and minute joined by a ratio sign (U+2236), as the municipal portal writes it.
            tags += (f'    <meta name="ArticleTitle" content="{escape(d.title)}">\n'
                     f'    <meta name="PubDate" content="{d.when:%Y-%m-%d} {9 + d.key % 8:02d}∶{d.key * 7 % 60:02d}">\n'
                     f'    <meta name="ContentSource" content="{escape(d.source)}">\n'
                     f'    <meta name="keywords" content="{escape(d.title)}" />\n    <meta name="Author" content="">\n'
                     '    <meta name="description" content="" />\n')
    return ('<!DOCTYPE html>\n<html lang="zh-Hans">\n<head>\n    <meta charset="utf-8">\n'
            '    <meta name="viewport" content="width=device-width, initial-scale=1.0,user-scalable=no">\n'
            '    <meta http-equiv="X-UA-Compatible" content="IE=Edge,chrome=1">\n    <meta name="renderer" content="webkit">\n'
            f'{tags}    <title>{escape(title)}__{GOV}</title>\n'
            '    <link rel="stylesheet" type="text/css" href="/static/css/etui3.min.css">\n'
            '    <script src="/static/js/jquery.min.1.12.4.js"></script>\n</head>\n')


_MENUS = (("首页", "/index.html"), XWDT, ZWGK, ("互动交流", "/nw31020/index.html"))


def _header() -> str:
    items = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for n, u in _MENUS)
    return ('<div id="accessNull"></div>\n    <div id="container">\n<div class="xaunfu-header">\n  <div class="contain">\n'
            f'    <a href="/index.html" class="logo"><img src="/static/images/logo.png" alt="{GOV}"></a>\n'
            '    <form class="search" action="/search/" target="_blank"><input type="text" name="q" placeholder="请输入关键词">'
            '<input type="hidden" id="siteId" value="www.shcp.gov.cn"></form>\n'
            f'    <ul class="nav navbar-nav">{items}</ul>\n  </div>\n</div>\n')


def _footer(site_code: bool) -> str:
    # The list template's footer drops the 网站标识码 line (a planted footer defect on every list page).
    code = f'<span>网站标识码：{SITE_CODE}</span>' if site_code else ""
    return ('<div class="footer">\n  <div class="contain">\n    <div class="footer-links">'
            '<a href="/nw31030/index.html" target="_blank">网站地图</a> | <a href="/nw31031/index.html" target="_blank">联系我们</a></div>\n'
            f'    <p>主办：{GOV}办公室　承办：{DISTRICT}大数据中心</p>\n'
            f'    <p>{code}<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>'
            f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">沪公网安备 {PSB}号</a></p>\n'
            '    <a href="https://bszs.conac.cn/sitename?method=show&id=4F1B9C2A7E3D6A50E053022819AC9B31" target="_blank">'
            '<img src="/static/images/red.png" alt="党政机关"></a>\n'
            f'    <script id="_jiucuo_" sitecode="{SITE_CODE}" src="/static/js/jiucuo.js"></script>\n  </div>\n</div>\n    </div>\n'
            '<script src="/static/js/etui3.min.js"></script>\n')


def _paras(*texts: str) -> str:
    return "".join('<p style="margin: 0pt 0pt 0.0001pt; text-align: justify; text-indent: 32pt; line-height: 28pt;">'
                   f'<span style="font-family: 仿宋_GB2312; font-size: 16pt;">{t}</span></p>\n' for t in texts)


def _crumbs(*steps: tuple[str, str]) -> str:
    items = "".join(f"\n                         <li><a href='{u}' target='_blank' title=''>{n}</a></li>" for n, u in steps)
    return ('          <div class="crumbs">\n            <div class="contain" id="mbxdh">\n                    <ol class="breadcrumb">\n'
            '                       <li><a href="/index.html" title="首页" target="_blank">首页</a></li>'
            f'{items}\n                    </ol>\n            </div>\n          </div>\n')


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
        html = f'{head}<body class="desktop">\n{_header()}        <div id="main">\n{body}        </div>\n{_footer(site_code)}</body>\n</html>\n'
        return Resource(html.encode("utf-8"), HTML)

    def channel(self, col: Col) -> tuple[str, str]:
        return ZWGK if col.xxgk else XWDT

    def rows(self, col: Col, docs: list[Doc]) -> str:
        if not docs:
            inner = f'<li class="nodata">{col.empty}</li>' if col.empty else ""
            return f'<ul class="pageList">{inner}</ul>\n'
        return '<ul class="pageList">' + "".join(
            f'\n<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
            f'<span class="time">{d.when:%Y-%m-%d}</span></li>' for d in docs) + "\n</ul>\n"

    def pager(self, col: Col, n: int) -> str:
        if col.pages == 1:
            return ""
        items = ['<li><a href="index.html">首页</a></li>']
        if n > 1:
            items.append(f'<li><a href="{"index.html" if n == 2 else f"index_{n - 1}.html"}">上一页</a></li>')
        for i in range(1, col.pages + 1):
            href = "index.html" if i == 1 else f"index_{i}.html"
            items.append(f'<li class="active"><a href="javascript:;">{i}</a></li>' if i == n else f'<li><a href="{href}">{i}</a></li>')
        if n < col.pages:
            items.append(f'<li><a href="index_{n + 1}.html">下一页</a></li>')
        items.append(f'<li><a href="index_{col.pages}.html">尾页</a></li>')
        return f'<nav class="text-center"><ul class="pagination">{"".join(items)}</ul></nav>\n'

    def side(self, col: Col) -> str:
        on = ' class="active"'
        items = "".join(f'<li{on if c is col else ""}><a href="{c.url()}" target="_self">{c.name}</a></li>'
                        for c in self.cols if c.xxgk == col.xxgk)
        return f'<div class="col-sm-3"><div class="sub-nav"><h3>{self.channel(col)[0]}</h3><ul class="nav">{items}</ul></div></div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        body = (f'{_crumbs(self.channel(col), (col.name, col.url()))}          <div class="contain">\n'
                f'            <div class="row">\n{self.side(col)}<div class="col-sm-9"><div class="list-title">{col.name}</div>\n'
                f'{self.rows(col, docs)}{self.pager(col, n)}</div>\n            </div>\n          </div>\n')
        return self.page(_head(col.name, col, None), body, site_code=False)

    def table(self, meta: dict[str, str]) -> str:
        heads = "".join(f'\n                                            <td class="t1">{label}</td>' for label in meta)
        cells = "".join(f'\n                                    <td class="t2">{escape(v)}</td>' for v in meta.values())
        return ('                           <table class="table-article" lang="table1">\n                                <tbody>\n'
                f'                                   <thead>\n                                        <tr>{heads}\n'
                '                                        </tr>\n                                  </thead>\n'
                f'                                <tr>{cells}\n                                </tr>\n'
                '                                </tbody>\n                            </table>\n')

    def article(self, col: Col, d: Doc) -> Resource:
        xggj = f'<div id="xggj" style="">{d.links}\n            </div>\n'
        if col.xxgk:
            steps = "".join(f'\n                            <li class="active">{s}</li>' for s in ("政务公开", "政府信息公开目录", col.name))
            body = ('            <div class="main-container margin-top-15">\n                <div class="container ">\n'
                    '                    <div class="relitive">\n                        <ol class="breadcrumb">\n'
                    '                           <span>您现在所在的位置：</span>\n'
                    f'                            <li><a href="/index.html">首页</a></li>{steps}\n                        </ol>\n'
                    '                    </div>\n                    <div class="Article">\n'
                    f'                        <h2 id="ivs_title" class="Article-title">{escape(d.title)}\n'
                    f'                            <small id="ivs_date" class="Article-time">( {d.when:%Y-%m-%d})</small>\n'
                    '                        </h2>\n                        <div id="ivs_player" style="text-align:center;"></div>\n'
                    '                        <div id="ivs_content" class="Article_content">\n'
                    f'{self.table(d.meta) if d.meta is not None else ""}{d.body}                            <br/>\n'
                    f'                        </div>\n{xggj}                    </div>\n                </div>\n            </div>\n')
            return self.page(_head(f"{d.title}_", col, d), body)
        body = (f'{_crumbs(self.channel(col), (col.name, col.url()))}          <div class="contain">\n'
                '              <div class="row contnet-detail">\n                  <div class="col-xs-12">\n'
                '                       <div class="Article Article-wz">\n'
                f'                        <h2 id="ivs_title" class="Article-title">{escape(d.title)}\n'
                f'                            <small id="ivs_date" class="Article-time">{d.when:%Y-%m-%d}\n'
                f'                                <span>来源：{escape(d.source)}</span>\n                            </small>\n'
                '                            <div class="zihao">\n                                <div class="through">\n'
                '                                   <span>字号：</span>\n                                </div>\n'
                '                                <div class="controls">\n'
                '                                       <a href="#" id="large">大</a>\n'
                '                                       <a href="#" id="medium" class="selected">中</a> \n'
                '                                       <a href="#" id="small">小</a> \n'
                '                                </div>\n                            </div>\n                        </h2>\n'
                '                        <div id="ivs_player"></div>\n                        <div class="Article_content">\n'
                '                           <div id="ivs_content" class="trout-region-content">\n'
                '                                <!--<p>\n                           </p>-->\n'
                f'{d.body} </div>\n                        </div>\n                       </div>\n\n{xggj}'
                '                       <div class="Article-fixed cleafix">\n                          <div class="through two-fex">\n'
                '                               <span>分享：</span>\n                          </div>\n'
                '                          <div class="share" id="share-2" data-bosszone="share">\n                          </div>\n'
                '                          <!-- <ul class="wxWrap01">\n<script>\ndocument.write(\'<li><a href="https://jd.sh.gov.cn/'
                'err_report/article_add_form.asp" target="_blank" title="纠错">纠错</a></li>\');\n</script>\n'
                '                            <li><a href="javascript:window.print()">打印</a></li>\n                          </ul> -->\n'
                '                       </div>\n                    </div>\n              </div>\n          </div>\n')
        return self.page(_head(d.title, col, d), body)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.page_url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.page_url(n), LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)


_WORK = ("会议要求，各街道、镇，区政府各委、办、局要提高站位，压实责任，细化措施，加强督促检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开区委常委会会议", "召开区政府常务会议", "举行重大项目集中签约", "召开“一网通办”工作推进会", "推进旧区改造",
         "召开安全生产工作会议", "开展防汛防台应急演练", "召开优化营商环境工作推进会", "举办社区邻里节", "开展市容环境综合整治")
_BM = ("区教育局", "区卫生健康委", "区绿化市容局", "区市场监管局")


def _att(col: Col, when: date, tag: str) -> str:
    return f"/nw{col.nw}/{when:%Y%m%d}/{hashlib.md5(tag.encode()).hexdigest()}.pdf"


def _news(s: _Site) -> None:
    cpyw = Col("澄浦要闻", 31001)
    for i in range(30):
        cpyw.docs.append(s.doc(f"{DISTRICT}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                               _paras(f"近日，{DISTRICT}{_NEWS[i % 10]}。区领导出席并讲话，各街道、镇和区各部门主要负责人参加。", _WORK),
                               source="澄浦区融媒体中心"))
    s.traps.append(Trap(cpyw.url(), "澄浦要闻最新 2026-11-18：不是过期栏目；第 2 页 index_2.html 由 ul.pagination 链接"))
    s.traps.append(Trap(cpyw.doc_url(cpyw.docs[1]), "日期在标题 h2 内的 small#ivs_date（和来源同在）、空的 #xggj 与注释掉的纠错脚本："
                                                   "都不是缺陷"))
    bmdt = Col("部门动态", 31003)
    for i in range(10):
        bmdt.docs.append(s.doc(f"{_BM[i % 4]}{_NEWS[(i + 5) % 10]}", AS_OF - timedelta(days=4 + i * 9), _paras(_WORK), source=_BM[i % 4]))
    tzgg = Col("通知公告", 31002, per_page=12)
    topics = ("做好冬季供暖保障", "城乡居民医保参保缴费", "开展燃气安全隐患排查", "做好冬春季火灾防控")
    for i in range(16):
        tzgg.docs.append(s.doc(f"关于{topics[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=6 + i * 12),
                               _paras("各街道办事处、镇人民政府，区政府各委、办、局：", _WORK, f"{GOV}办公室")))
    broken = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202610")
    bad = _att(tzgg, broken.when, "broken")
    broken.body += f'<p><a href="{bad}" target="_blank">报名登记表.pdf</a></p>\n'
    s.key.append(Expected("broken-links", bad, "通知附件 404", probe="status:404"))
    good = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202609")
    ok = _att(tzgg, good.when, "good")
    good.body += f'<p><a href="{ok}" target="_blank">实施方案.pdf</a></p>\n'
    s.res[ok] = Resource(fake_pdf("fangan"), "application/pdf")
    tzgg.docs.append(s.doc(f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件12件，宣布失效3件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目"))
    s.cols += [cpyw, tzgg, bmdt]


# Policy documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("旧住房成套改造", "missing"), ("风貌保护街坊更新", "late"),
              ("中小企业纾困资金管理", "unlinked"), ("区级储备粮管理", "no-validity"), ("居住区公共停车管理", "no-number"),
              ("农村公路养护管理", ""))


def _meta(index: str, organ: str, number: str, when: date, written: date, validity: str = "有效") -> dict[str, str]:
    return {"索取号": index, "发布机构": organ, "成文日期": f"{written:%Y-%m-%d}", "发布时间": f"{when:%Y-%m-%d}",
            "文件编号": number, "有效性": validity}


def _disclosure(s: _Site) -> None:
    gfx = Col("规范性文件", 31011, xxgk=True)
    zcwj = Col("其他文件", 31012, xxgk=True)
    zcjd = Col("政策解读", 31013, xxgk=True)
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=33 * k)
        short = f"{DISTRICT}{subject}办法"
        number = f"沪澄府规〔{when.year}〕{9 - k}号"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        written = when - timedelta(days=4)
        d.body = (_paras("各街道办事处、镇人民政府，区政府各委、办、局：", f"现将《{short}》印发给你们，请认真按照执行。",
                         f"第一条　为规范本区{subject}工作，根据有关法律法规，结合本区实际，制定本办法。",
                         "第二条　本办法自印发之日起施行，有效期五年。")
                  + f'<p style="text-align: right;"><span>{GOV}</span></p>\n'
                  f'<p style="text-align: right;"><span>{written.year}年{written.month}月{written.day}日</span></p>\n')
        d.meta = _meta(f"00200{k + 1}2345/{when.year}-{k + 11:05d}", GOV, number, when, written)
        url = gfx.doc_url(d)
        if defect == "no-validity":
            d.meta["有效性"] = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件的有效性一格为空", probe="meta-missing:有效性"))
        elif defect == "no-number":
            d.meta["文件编号"] = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件的文件编号（发文字号）一格为空，正文也没有文号",
                                  probe="meta-missing:文件编号"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读", when + timedelta(days=lag),
                  _paras(f"一、出台背景　为规范本区{subject}工作，区人民政府制定了《{short}》。",
                         "二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。", "三、解读机关　区司法局。"))
        i.meta = {"索取号": f"00200{k + 1}2345/{i.when.year}-{k + 31:05d}", "发布时间": "", "发布机构": GOV,
                  "文件编号": "", "备注": ""}
        if defect != "unlinked":
            i.links = (f'<div class="xggj-tit">相关文件</div><ul class="xggj-list"><li><a href="{url}" target="_blank">'
                       f'{escape(d.title)}</a></li></ul>')
            d.links = (f'<div class="xggj-tit">相关解读</div><ul class="xggj-list"><li><a href="{zcjd.doc_url(i)}" target="_blank">'
                       f'{escape(i.title)}</a></li></ul>')
            if defect != "late":
                s.traps.append(Trap(url, f"文件和解读在 #xggj 里互相链接，解读与文件同日或晚{lag}天发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        zcjd.docs.append(i)
    s.traps.append(Trap(gfx.doc_url(gfx.docs[0]), "元数据表第一行是标签（索取号、发布机构、文件编号），第二行是值：索取号即索引号，"
                                                  "文件编号即发文字号，发布机构即发文机关；不是缺项"))
    s.traps.append(Trap(zcjd.doc_url(zcjd.docs[0]), "解读页元数据表的发布时间一格为空（上海卫健委原样），日期写在标题下的“( 2026-10-22)”：不是缺陷"))
    old = s.doc(f"{GOV}关于印发《{DISTRICT}农村宅基地管理暂行办法》的通知", date(2017, 6, 12))
    old.meta = _meta("002009/2017-00012", GOV, "沪澄府规〔2017〕2号", old.when, old.when - timedelta(days=5))
    old.body = _paras("各镇人民政府，区政府各委、办、局：", f"现将《{DISTRICT}农村宅基地管理暂行办法》印发给你们，请认真按照执行。")
    gfx.docs.append(old)
    s.traps.append(Trap(gfx.doc_url(old), "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))
    others = (("沪澄府任", "关于刘建华等同志职务任免的通知"), ("沪澄府", "关于同意设立澄浦区南湖第三小学的批复"),
              ("沪澄府办", "关于成立澄浦区“一网统管”工作领导小组的通知"))
    for i, (series, title) in enumerate(others):
        when = date(2026, 11, 6) - timedelta(days=i * 31)
        number = f"{series}〔{when.year}〕{40 - i * 3}号"
        d = s.doc(f"{GOV}{title}", when, _paras("区政府各委、办、局：" if "批复" not in title else "区教育局：",
                                                "经区政府研究，决定如下。" if "批复" not in title else "你局报来的请示收悉。经研究，同意所请。"))
        d.meta = {"索取号": f"002009/{when.year}-{50 + i:05d}", "发布时间": "", "发布机构": GOV, "文件编号": number, "备注": ""}
        zcwj.docs.append(d)
        s.traps.append(Trap(zcwj.doc_url(d), "任免通知、批复和成立领导小组的通知不是政策性文件，不要求解读"))

    czyjs = Col("财政预决算", 31014, xxgk=True)
    for n in range(6):
        year = 2025 - n // 2
        d = s.doc(f"{DISTRICT}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 20) - timedelta(days=170 * n),
                  _paras("根据《中华人民共和国预算法》有关规定，现将本区预决算情况公开如下。", _WORK), source="区财政局")
        d.meta = {"索取号": f"002011/{d.when.year}-{n + 1:05d}", "发布时间": f"{d.when:%Y-%m-%d}", "发布机构": "上海市澄浦区财政局",
                  "文件编号": "", "备注": ""}
        czyjs.docs.append(d)
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))
    rsxx = Col("人事信息", 31015, xxgk=True)
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（空的 ul.pageList）", probe="no-rows"))
    zdxm = Col("重大建设项目", 31016, xxgk=True, empty="暂无信息")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大建设项目栏目列表为空（只有“暂无信息”）", probe="no-rows"))

    ndbg = Col("政府信息公开年报", 31017, xxgk=True)
    reports = ((GOV, {2025: date(2026, 3, 26), 2024: date(2025, 3, 21), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("上海市澄浦区教育局", {2025: date(2026, 1, 22), 2023: date(2024, 1, 30), 2022: date(2023, 1, 16),
                                 2021: date(2022, 1, 25)}))
    for organ, published in reports:
        for year, when in published.items():
            d = s.doc(f"{organ}{year}年政府信息公开工作年度报告", when, report_body(organ, year, year % 5 + len(organ)), source=organ)
            d.meta = {"索取号": f"002012/{when.year}-{year % 100:05d}", "发布时间": f"{when:%Y-%m-%d}", "发布机构": organ,
                      "文件编号": "", "备注": ""}
            ndbg.docs.append(d)
            if organ == GOV and year == 2023:
                s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                      match=(DISTRICT, "2023"), probe="late:2024-03-31"))
            elif organ == GOV and year == 2022:
                s.traps.append(Trap(ndbg.doc_url(d), "区政府 2022 年度报告在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少上海市澄浦区教育局 2024 年政府信息公开工作年度报告",
                          match=("教育局", "2024"), probe="no-report:上海市澄浦区教育局2024"))
    zn = Col("政府信息公开指南", 31018, xxgk=True)
    d = s.doc(f"{GOV}政府信息公开指南", date(2026, 2, 10), _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南并实时更新。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。"))
    zn.docs.append(d)
    zd = Col("政府信息公开制度", 31019, xxgk=True)
    zd.docs.append(s.doc(f"{GOV}政府信息公开保密审查制度", date(2025, 12, 3),
                         _paras("本区建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。")))
    s.cols += [zn, zd, gfx, zcwj, zcjd, czyjs, rsxx, zdxm, ndbg]


def _single(s: _Site, name: str, url: str, text: str, trail: tuple[tuple[str, str], ...] = ()) -> None:
    body = (f'{_crumbs(*trail, (name, url))}          <div class="contain"><div class="single">{text}</div></div>\n')
    s.res[url] = s.page(_head(name, None, None), body)


def _pages(s: _Site) -> None:
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    _single(s, "网站地图", "/nw31030/index.html", f'<ul class="sitemap">{sitemap}</ul>')
    s.traps.append(Trap("/nw31030/index.html", "网站地图是导航页，不是栏目"))
    _single(s, "联系我们", "/nw31031/index.html", _paras("地址：上海市澄浦区府前路100号　邮编：201700　电话：021-59700000"))
    _single(s, "互动交流", "/nw31020/index.html",
            _paras('区长信箱、咨询投诉请登录<a href="https://zwdt.sh.gov.cn/">“一网通办”总门户</a>。'))
    s.traps.append(Trap("/nw31020/index.html", "无日期的单页，不是过期栏目"))
    fdzd = "/nw31021/index.html"
    catalogue = "".join(f'<li><a href="{c.url()}" target="_self">{c.name}</a></li>' for c in s.cols
                        if c.xxgk and not c.name.startswith("政府信息公开"))
    _single(s, "法定主动公开内容", fdzd, f'<div class="gkml"><ul>{catalogue}</ul></div>', (ZWGK,))
    s.traps.append(Trap(fdzd, "法定主动公开内容只是目录，不是栏目"))
    links = "".join(f'<li><a href="{c.url()}" target="_self">{c.name}</a></li>' for c in s.cols
                    if c.name.startswith("政府信息公开"))
    _single(s, ZWGK[0], ZWGK[1], f'<div class="gkml"><h3>政府信息公开</h3><ul>{links}'
            f'<li><a href="{fdzd}" target="_self">法定主动公开内容</a></li>'
            '<li><a href="https://www.shanghai.gov.cn/nw12344/index.html" target="_blank">依申请公开</a></li></ul></div>')
    s.traps.append(Trap(ZWGK[1], "政务公开首页只是目录，不是栏目"))
    blocks = "".join(
        f'<div class="news-box"><div class="news-hd"><h3>{c.name}</h3><a href="{c.url()}" class="more">更多</a></div><ul>'
        + "".join(f'<li><a href="{c.doc_url(d)}" title="{escape(d.title)}" target="_blank">{escape(d.title)}</a>'
                  f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:6]) + "</ul></div>" for c in s.cols if not c.xxgk)
    _single(s, XWDT[0], XWDT[1], blocks)
    s.traps.append(Trap(XWDT[1], "要闻动态是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))


def _home(s: _Site) -> Resource:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="col-md-6"><div class="index-box"><div class="index-hd"><h3>{col.name}</h3>'
                f'<a href="{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div></div>')
    cols = [s.col(n) for n in ("澄浦要闻", "通知公告", "规范性文件", "政策解读")]
    body = ('<div class="banner"><img src="/static/images/banner.jpg" alt="魅力澄浦" /></div>\n<div class="contain"><div class="row">'
            + "".join(block(c, 7) for c in cols)
            + f'</div>\n<div class="index-links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            f'<a href="{ZWGK[1]}">政府信息公开</a></div></div>\n')
    return s.page(_head(GOV, None, None), body)


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>抱歉，您访问的页面不存在！</p><a href="/index.html">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"shjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _pages(s)
    s.res["/index.html"] = s.res["/"] = _home(s)  # the portal answers its root and its index file alike
    s.traps.append(Trap("/index.html", "页脚有主办、承办、网站标识码、沪ICP备、沪公网安备和党政机关标识：标识齐全"))
    for img in ("static/images/logo.png", "static/images/banner.jpg", "static/images/red.png"):
        s.res[f"/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/static/css/etui3.min.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/static/js/jquery.min.1.12.4.js"] = Resource(b"/* jquery */", "application/javascript")
    s.res["/static/js/etui3.min.js"] = Resource(b"/* etui3 */", "application/javascript")
    s.res["/static/js/jiucuo.js"] = Resource(b"/* jiucuo */", "application/javascript")
    # The tool names a column by its folder (`/nw31001/`), the list page by its file: either is the list template.
    lists = "^(" + "|".join(rf"/nw{c.nw}/(index(_\d+)?\.html)?" for c in s.cols) + ")$"
    s.key.append(Expected("footer", s.col("通知公告").url(), "栏目列表页模板的页脚没有网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=lists))
    xxgk = "^(" + "|".join(rf"/nw{c.nw}/(index(_\d+)?\.html)?" for c in s.cols if c.xxgk) + ")$"
    s.key.append(Expected("meta-tags", s.col("规范性文件").url(),
                          "信息公开栏目页模板把 ColumnType 注释掉了（<!--<meta name=\"ColumnType\" content=\"\"> * -->），缺 ColumnType",
                          probe="no-column-type", url_pattern=xxgk))
    articles = r"^/nw\d+/\d{8}/[0-9a-f]{32}\.html$"
    s.key.append(Expected("meta-tags", s.col("澄浦要闻").doc_url(s.col("澄浦要闻").docs[0]),
                          "文章页的 PubDate 不是 YYYY-MM-DD HH:MM：要闻模板的时分用比号（10∶08，U+2236），信息公开模板只写日期",
                          probe="pubdate-format", url_pattern=articles))
    return SampleSite("shjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
