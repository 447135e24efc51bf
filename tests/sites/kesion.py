"""The "kesion" sample site: a 镇人民政府's portal (溪岚镇人民政府, 福建) on 科汛 KesionCMS (ASP, Access/MSSQL,
漳州科兴), UTF-8, served dynamically: columns at `/Item/list.asp?id=N`, later pages `/Item/list.asp?id=N&page=K`,
articles at `/Item/Show.asp?m=1&d=N` (m the model, 1 文章; d the article id), a home page generated as
`/index.html`, and no 2017 指引 <meta> tags.

Why KesionCMS: of the brief's candidates it is the one the library holds both as source and as served pages:
KesionCMS 6.5 and X2.0 source trees (bistuart/bistuart.github.com, MingguiLu/GLPI.kindit), a served KesionCMS home
page (id 7794573624, `find_string "/Item/Show.asp?m=1&d="`) and many crawlers of real Kesion sites, school and
public-body ones among them (`find_string "/Item/list.asp?id="`). Foosun gave only its ASP admin pages and a
WhatWeb fingerprint; ZCMS, 翔宇, 政通 and 南威 gave no front-end markup in the searches made.

Sources (read with `read_file`):
  - bistuart/bistuart.github.com `KS_Cls/Kesion.StaticCls.asp` (Kesion CMS 6.5): a column is `?ID=N` with
    `Page=K` (`KS.S("Page")`), an article `?m=<model>&d=<id>&p=<page>`; a column with no article prints
    `<p>此栏目下没有文章</p>` and no pager; the list label's pager is `KS.GetPrePageList(…)` + `{KS:PageList}`;
  - `Template/文章系统/栏目页.html`, `内容页.html`: `<title>{$GetClassName}-{$GetSiteName}</title>`, columns linked as
    `{$GetInstallDir}Item/list.asp?id=843`, the list label `{LB_终级文章列表}` under `{$GetClassName}列表`, the
    article's `{$GetArticleTitle}` in `div.article_title` and `{$GetArticleContent}` in `div.text_content`;
  - `Kesion.CommonCls.asp` (id 1233984661): `GetPrePageList` prints `共N篇页次:i/K页,M篇/页` (the unit 篇 from the
    channel) and `GetPageList` style 1 prints, in this order, 下一页 尾页 首页 上一页 — the dead ones as bare text,
    the live ones as links, page 1 as the column's own address without `page` (首页, and 上一页 from page 2);
  - `ks_inc/kesion.page.js` (KesionCMS X1.5, id 36923575255): the AJAX pager of label lists (`Page(curPage,
    labelid, …)`, `loadFunData(p)` posting `curpage=p`), used here only by the home page's 热点 block, never by a
    column;
  - the served home page (id 7794573624): `/ks_inc/jquery.js`, `/ks_inc/common.js`, the search form posting to
    `/plus/search/`, 热搜TAGS links `/plus/tags/index.asp?n=9&ChannelID=0&ClassID=0&page=1` (a `page=1` that is no
    column's page), the announcement marquee `/plus/Announce/?6`, the nav `<div class="nav"><ul><li><a
    href="/Item/list.asp?id=674">`, rows `<a href="/Item/Show.asp?m=1&d=2985" target="_blank" title="…"
    class="tit"><span style="color:#FF0000">…</span></a>` (titles coloured by the editor), only Keywords and
    Description metas (the stock KesionCMS description left in place), a footer with the ICP number inside the
    copyright line;
  - crawlers of real Kesion sites: `ceai.njnu.edu.cn/Item/List.asp?ID=1652` (the same list written with capitals:
    IIS answers either), `www.yuerzaixian.com/Item/list.asp?id=1234&page=1`, `/Item/Show.asp?m=1&d=3108` with
    上一篇/下一篇 and a 返回 link to the column.
Guessed, said as such: the government theme (its side menu, trail, home blocks), the article's 作者/来源/发布时间
line and its date form `yyyy-M-d H:mm:ss` (VBScript's unpadded date), the hits script address, the 信息公开 custom
fields (索 引 号, 文　　号 with ideographic spaces, 有 效 性) in `div.xxgk_info`, the 相关解读/相关文件 boxes, the
footer's 网站标识码 and 公安备案 lines, the 信息公开 template's footer without 网站标识码, every text and the 404
page.

Variety on purpose: the pager's real order (下一页 尾页 before 首页 上一页) with relative `?id=N&page=K` links;
the home page's 更多 links written `/Item/List.asp?ID=N` (one column, two spellings, as njnu's links); row dates
unpadded in brackets after the link in one column; an empty column as 此栏目下没有文章, another as a list with
nothing; a tags page and an announcement page that list dated articles but are no columns; a parent column
(新闻中心, 信息公开) whose page is its children's blocks; an annual report list paged in two. Every planted defect is
an `Expected` entry written before the tool ran; things that must not be findings are `Trap`s.

First contact (3a37f74's tool, plain): 149/149 pages, 159 requests, 合格; empty-columns recall 0.00 (the three empty
columns read as one-article static pages whose text was the side column's 联系我们 box, or not at all: 此栏目下没有文章
unknown), stale-columns precision 0.75 (the home page's `/Item/List.asp?ID=15` a second 通知公告 column, reported
stale twice); everything else 1.00/1.00 once the generator's own slips were fixed (a 镇's 年报 is due by 1 月 31 日, not
3 月 31 日; the 依申请公开, 政府信息公开制度, 法定主动公开内容 sections, the 规范性文件清理 notice and the 找错 entry the
site first lacked). Under the 19 mutations (seeds 0–3) the `scripts` mutation, without a browser, made the short 解读
pages hubs (their date written by `var pubDate`): five false interpretation-missing fails. The 热搜TAGS page
(`/plus/tags/index.asp?…&page=1`) was a column named TAG:…: listing 2025's 任免 notices, a false stale column. All
fixed in the tool (tests/model/test_kesion_pages.py); what a script writes stays undecided without Chromium."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
TOWN = "溪岚镇"
GOV = "溪岚镇人民政府"
COUNTY = "平和县"
SITE_ID = "3506280012"
PSB = "闽公网安备 35062802000118号"
ICP = "闽ICP备16012278号-1"
HTML = "text/html; charset=utf-8"


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = "本站原创"
    fields: list[tuple[str, str]] | None = None  # the 信息公开 custom fields, in display order
    related: str = ""
    files: list[tuple[str, str]] = field(default_factory=list)  # (href, name)
    color: str = ""  # the editor's title colour (a span inside the row link)


@dataclass
class Col:
    id: int
    name: str
    parent: int  # the parent class: 1 新闻中心, 2 信息公开, 3 互动交流
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    rows: str = "span"  # span (date before the link) | after (unpadded date in brackets after the link)
    empty: str = ""  # none (此栏目下没有文章) | bare (an empty list)
    single: str = ""  # a single-page class's content (no list)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        return f"/Item/list.asp?id={self.id}" if n == 1 else f"/Item/list.asp?id={self.id}&page={n}"

    def rel(self, n: int) -> str:
        """The pager's relative link (`GetPageList`'s FileName + Page)."""
        return f"list.asp?id={self.id}" if n == 1 else f"list.asp?id={self.id}&amp;page={n}"


def item_url(d: Doc) -> str:
    return f"/Item/Show.asp?m=1&d={d.id}"


def capital_url(col: Col) -> str:
    """The home page's spelling of a column address (IIS does not mind the case)."""
    return f"/Item/List.asp?ID={col.id}"


_PARENTS = {1: "新闻中心", 2: "信息公开", 3: "互动交流"}


def _a(url: str) -> str:
    return escape(url, quote=True)


def _unpadded(d: date, t: str = "") -> str:
    return f"{d.year}-{d.month}-{d.day}" + (f" {t}" if t else "")


def _head(title: str) -> str:
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f"<title>{escape(title)}</title>\n"
            f'<meta name="Keywords" content="{GOV},{TOWN},{COUNTY}" />\n'
            '<meta name="Description" content="科汛网站管理系统(KesionCMS)是由漳州科兴信息技术有限公司基于ASP+Access/MSSQL技术开发的网站管理系统。" />\n'
            '<link href="/images/style.css" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript" src="/ks_inc/jquery.js"></script>\n'
            '<script type="text/javascript" src="/ks_inc/common.js"></script>\n</head>\n<body>\n')


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 2760

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 3
        return Doc(self.next_id, title, when, body or _paras(f"{title}。"), **kw)  # type: ignore[arg-type]

    def col_of(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    # ------------------------------------------------------------ shared blocks

    def nav(self) -> str:
        items = ['<li><a href="/">首页</a></li>']
        for pid, name in _PARENTS.items():
            subs = "".join(f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in self.cols if c.parent == pid)
            items.append(f'<li><a href="/Item/list.asp?id={pid}">{name}</a><ul>{subs}</ul></li>')
        return ('<div class="top"><div class="w1000"><span class="fl">欢迎访问' + GOV + '网站！</span>'
                '<span class="fr"><a href="#" onclick="this.style.behavior=\'url(#default#homepage)\';this.setHomePage(location.href);">设为首页</a></span></div></div>\n'
                '<div class="head"><div class="w1000"><div class="logo"><a href="/"><img src="/images/logo.png" alt="' + GOV + '" /></a></div>\n'
                '<div class="search_box"><form id="SearchForm" name="SearchForm" method="Get" action="/plus/search/">\n'
                '<input name="key" type="text" class="textbox" value="请输入关键字" /><input type="hidden" name="m" value="1" />'
                '<input type="image" class="inputButton" name="Submit1" src="/images/btn.gif" align="absmiddle" /></form></div></div></div>\n'
                '<div class="nav"><ul id="nav">' + "".join(items) + '</ul><ul class="cb"></ul></div>\n')

    def side(self, col: Col) -> str:
        on = ' class="on"'
        subs = "".join(f'<li{on if c is col else ""}><a href="{_a(c.url())}">{c.name}</a></li>'
                       for c in self.cols if c.parent == col.parent)
        return (f'<div class="left"><div class="left_tit">{_PARENTS[col.parent]}</div><ul class="left_nav">{subs}</ul>\n'
                '<div class="left_tit">联系我们</div><div class="left_lx">地址：' + f'{COUNTY}{TOWN}岚峰路18号<br />电话：0596-5561002</div></div>\n')

    def path(self, col: Col) -> str:
        return (f'<div class="location">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/Item/list.asp?id={col.parent}">'
                f'{_PARENTS[col.parent]}</a> &gt;&gt; <a href="{_a(col.url())}">{col.name}</a></div>\n')

    def page(self, title: str, main: str, full_footer: bool = True) -> Resource:
        html = (_head(title) + self.nav() + '<div class="main w1000">\n' + main + '\n<div class="cb"></div></div>\n'
                + _footer(full_footer) + "\n</body>\n</html>")
        return Resource(html.encode("utf-8"), HTML)

    # ------------------------------------------------------------ lists and items

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.single:
            inner = f'<div class="text_content">{col.single}</div>'
        else:
            inner = _rows(col, docs) + "\n" + _pager(col, n)
        main = (self.side(col) + '<div class="right">' + self.path(col)
                + f'<div class="list_title_wo">{col.name}列表</div>\n<div class="list_box">\n<!--列表开始-->\n{inner}\n<!--列表结束-->\n</div></div>')
        return self.page(f"{col.name}-{GOV}", main, full_footer=col.parent != 2)

    def item(self, col: Col, d: Doc, prev: Doc | None, nxt: Doc | None) -> Resource:
        meta = ""
        if d.fields is not None:
            meta = ('<div class="xxgk_info"><ul>' + "".join(f"<li><b>{k}：</b>{v}</li>" for k, v in d.fields) + "</ul></div>\n")
        files = ""
        if d.files:
            files = ('<div class="fujian">附件：' + "".join(f'<p><a href="{_a(h)}" target="_blank">{name}</a></p>' for h, name in d.files)
                     + "</div>")
        step = lambda label, x: f'{label}：' + (f'<a href="{_a(item_url(x))}" title="{x.title}">{x.title}</a>' if x else "没有了")  # noqa: E731
        main = (self.side(col) + '<div class="right">' + self.path(col)
                + f'<div class="article_title">{d.title}</div>\n'
                f'<div class="article_info">作者：佚名&nbsp;&nbsp;来源：{d.source}&nbsp;&nbsp;发布时间：{_unpadded(d.when, "9:38:12")}&nbsp;&nbsp;'
                f'点击数：<script src="/Item/GetHits.asp?Action=Count&amp;GetFlag=0&amp;m=1&amp;ID={d.id}"></script></div>\n'
                + meta + f'<div class="text_content" id="MyContent">{d.body}</div>\n{files}{d.related}\n'
                f'<div class="prev_next"><p>{step("上一篇", prev)}</p><p>{step("下一篇", nxt)}</p>'
                f'<p class="art_a tc"><a href="{_a(col.url())}" class="art_btn">返回</a></p></div></div>')
        return self.page(f"{d.title}-{GOV}", main, full_footer=col.parent != 2)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for k, d in enumerate(col.docs):
                page = self.item(col, d, col.docs[k + 1] if k + 1 < len(col.docs) else None, col.docs[k - 1] if k else None)
                self.res[item_url(d)] = page
                self.res[f"/Item/GetHits.asp?Action=Count&GetFlag=0&m=1&ID={d.id}"] = Resource(
                    f"document.write('{d.id % 97 + 3}');".encode(), "application/x-javascript")


def _title_html(d: Doc) -> str:
    return f'<span style="color:{d.color}">{d.title}</span>' if d.color else d.title


def _rows(col: Col, docs: list[Doc]) -> str:
    if not docs:
        if col.empty == "none":
            return "<p>此栏目下没有文章</p>"
        return '<ul class="list">\n\n</ul>'
    if col.rows == "after":
        lis = "".join(f'<li>·<a href="{_a(item_url(d))}" target="_blank" title="{d.title}" class="tit">{_title_html(d)}</a>'
                      f'&nbsp;({_unpadded(d.when)})</li>\n' for d in docs)
    else:
        lis = "".join(f'<li><span class="date">{d.when:%Y-%m-%d}</span><a href="{_a(item_url(d))}" target="_blank" title="{d.title}" '
                      f'class="tit">{_title_html(d)}</a></li>\n' for d in docs)
    return f'<ul class="list">\n{lis}</ul>'


def _pager(col: Col, n: int) -> str:
    """`GetPrePageList` + `GetPageList` style 1: 下一页 尾页 首页 上一页 in that order, dead ones as text."""
    if col.pages == 1 or not col.docs:
        return ""
    k = col.pages
    nxt = f'<a href="{col.rel(n + 1)}">下一页</a> <a href="{col.rel(k)}">尾页</a>' if n < k else "下一页 尾页"
    prv = f'<a href="{col.rel(1)}">首页</a> <a href="{col.rel(n - 1)}">上一页</a>' if n > 1 else "首页 上一页"
    return (f'<div id="fenye" class="fenye">共{len(col.docs)}篇页次:{n}/{k}页,{col.per_page}篇/页&nbsp;&nbsp;'
            f'{nxt} {prv}</div>' if n < k else
            f'<div id="fenye" class="fenye">共{len(col.docs)}篇页次:{n}/{k}页,{col.per_page}篇/页&nbsp;&nbsp;{prv} {nxt}</div>')


def _footer(full: bool) -> str:
    lines = (f'<p>主办：{GOV}&nbsp;&nbsp;地址：{COUNTY}{TOWN}岚峰路18号&nbsp;&nbsp;电话：0596-5561002</p>\n'
             + (f'<p>网站标识码：{SITE_ID}&nbsp;&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35062802000118" '
                f'target="_blank"><img src="/images/ga.png" />{PSB}</a></p>\n' if full else
                f'<p><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35062802000118" target="_blank">'
                f'<img src="/images/ga.png" />{PSB}</a></p>\n'))
    return ('<div class="foot"><div class="footer"><a href="/Item/list.asp?id=5">网站地图</a><span>-</span>'
            '<a href="/Item/list.asp?id=6">联系我们</a></div>\n' + lines
            + f'<p>Copyright &copy; 2016-2026 {GOV} All Rights Reserved <a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a></p>\n'
            '<div class="footbq"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=4C2A1B0E9D8F7A6B5C4D3E2F1A0B9C8D" target="_blank">'
            '<img src="/images/dzjg.png" /></a>'
            f'<script id="_jiucuo_" sitecode="{SITE_ID}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div></div>')


def _paras(*texts: str) -> str:
    return "".join(f"<p>　　{t}</p>" for t in texts)


_SUBJECTS = ("召开党委理论学习中心组学习会", "开展森林防火专项检查", "推进茶园生态化改造", "召开防汛防台工作部署会", "开展农村人居环境整治",
             "举办蜜柚种植技术培训", "开展安全生产大排查", "召开乡村振兴工作推进会", "开展文明创建志愿服务", "推进高标准农田建设",
             "召开重点项目调度会", "开展矛盾纠纷排查化解")
_VILLAGES = ("岚峰村", "溪口村", "石门村", "坂仔村")
BROKEN_IMAGE = "/UploadFiles/2026-11/admin/20261113094212331.jpg"
BROKEN_PDF = "/UploadFiles/2026-04/admin/20260415103251744.pdf"
REMOVED_COL = "/Item/list.asp?id=88"
TAG_PAGE = "/plus/tags/index.asp?n=3&ChannelID=0&ClassID=0&page=1"  # Kesion.CommonCls.asp TagsUrl


def _news(s: _Site) -> None:
    zwyw = Col(11, "政务要闻", 1)
    for i in range(34):
        zwyw.docs.append(s.doc(f"{TOWN}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{TOWN}{_SUBJECTS[i % 12]}。", "会议强调，要压实工作责任，确保各项任务落地见效。"),
                               source=f"{TOWN}党政办", color="#FF0000" if i < 2 else ""))
    zwyw.docs[4].body += f'<p align="center"><img border="0" alt="" src="{BROKEN_IMAGE}" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "要闻正文图片 404（UploadFiles 上传路径）", probe="status:404"))
    good = "/UploadFiles/2026-11/admin/20261117093811462.jpg"
    zwyw.docs[6].body += f'<p align="center"><img border="0" alt="" src="{good}" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")

    cjdt = Col(12, "村居动态", 1, per_page=12, rows="after")
    for i in range(20):
        cjdt.docs.append(s.doc(f"{_VILLAGES[i % 4]}{_SUBJECTS[(i + 3) % 12]}", date(2026, 10, 24) - timedelta(days=i * 6)))
    s.key.append(Expected("stale-columns", cjdt.url(), "动态类栏目最新信息 2026-10-24，超过 14 天（行尾括号里的日期不补零）",
                          probe="newest:2026-10-24"))

    bmdt = Col(13, "站所动态", 1, per_page=10, rows="after")
    for i in range(14):
        bmdt.docs.append(s.doc(f"镇{('农业服务中心', '林业站', '财政所', '社会事务办')[i % 4]}{_SUBJECTS[(i + 5) % 12]}",
                               AS_OF - timedelta(days=2 + i * 4)))
    s.traps.append(Trap(bmdt.url(), "行尾括号里不补零的日期（如 2026-11-3）是行的日期；最新信息未超期"))

    tzgg = Col(15, "通知公告", 1, per_page=12)
    for i in range(18):
        tzgg.docs.append(s.doc(f"关于做好{('秋冬季森林防灭火', '节假日值班值守', '冬春季供水保障', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 4, 20) - timedelta(days=i * 12), source=f"{TOWN}党政办"))
    s.key.append(Expected("stale-columns", tzgg.url(), "通知公告最新信息 2026-04-20，超过 6 个月", probe="newest:2026-04-20"))
    tzgg.docs[1].files.append((BROKEN_PDF, "报名表.pdf"))
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                           _paras("经清理，继续有效的行政规范性文件12件，宣布失效2件，废止1件。", GOV, "2026年3月16日"),
                           source=f"{TOWN}党政办"))
    good_pdf = "/UploadFiles/2026-03/admin/20260320153047661.pdf"
    tzgg.docs[3].files.append((good_pdf, "实施方案.pdf"))
    s.res[good_pdf] = Resource(fake_pdf("attachment"), "application/pdf")
    s.cols += [zwyw, cjdt, bmdt, tzgg]


# Normative documents (subject, defect): missing / late / unlinked / meta:<label>
_NORMATIVE = (("村级财务管理", ""), ("农村建房管理", "missing"), ("集镇临时占道管理", "meta:文　　号"),
              ("村级小微权力清单运行", "late"), ("茶叶产业发展奖补资金管理", "unlinked"), ("农村生活垃圾分类", ""),
              ("村级工程项目管理", "meta:有 效 性"), ("困难群众临时救助", "meta:成文日期"))


def _disclosure(s: _Site) -> None:
    gfx = Col(21, "规范性文件", 2, per_page=5)
    zcjd = Col(22, "政策解读", 2, per_page=8)
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 26) - timedelta(days=25 * k)
        d = s.doc(f"{GOV}关于印发《{TOWN}{subject}办法》的通知", when, source=f"{TOWN}党政办")
        fields = [("索 引 号", f"XL0012-{when.year}-{k + 31:05d}"), ("发布机构", GOV), ("文　　号", f"溪政〔{when.year}〕{11 - k}号"),
                  ("成文日期", _unpadded(when - timedelta(days=4))), ("发布日期", _unpadded(when)), ("有 效 性", "有效")]
        if defect == "meta:文　　号":
            fields = [(lab, "" if lab == "文　　号" else v) for lab, v in fields]
        elif defect.startswith("meta:"):
            fields = [(lab, v) for lab, v in fields if lab != defect[5:]]
        d.fields = fields
        short = f"{TOWN}{subject}办法"
        d.body = _paras("各村（居）委会，镇直各单位：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        GOV, f"{when.year}年{when.month}月{when.day}日")
        gfx.docs.append(d)
        url = item_url(d)
        label = re.sub(r"[ 　]", "", defect[5:])
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{label}", probe=f"meta-missing:{label}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 11 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"图解：《{short}》", f"一图读懂《{short}》")[k % 3], when + timedelta(days=lag),
                  _paras("一、起草背景", "二、主要内容", "三、政策亮点"), source=f"{TOWN}党政办")
        interps.append(i)
        if defect != "unlinked":
            i.related = f'<div class="xgwj"><b>相关文件：</b><a href="{_a(item_url(d))}" target="_blank">{d.title}</a></div>'
            d.related = f'<div class="xgjd"><b>相关解读：</b><a href="{_a(item_url(i))}" target="_blank">{i.title}</a></div>'
            if defect == "":
                s.traps.append(Trap(url, "文件与解读互相链接，解读及时"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
    zcjd.docs += interps
    for n in range(3):  # interpretations of the county's policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{COUNTY}{('促进茶产业高质量发展', '稳就业', '乡村振兴')[n]}若干措施》解读",
                               date(2026, 11, 10) - timedelta(days=9 * n), _paras("一、出台背景", "二、主要措施"), source=f"{COUNTY}人民政府办公室"))

    rsxx = Col(23, "人事信息", 2)
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('陈', '林', '黄', '李')[n % 4]}某某等同志职务任免的通知", date(2025, 10, 15) - timedelta(days=45 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-10-15，超过 1 年", probe="newest:2025-10-15"))

    czzj = Col(25, "财政资金", 2, empty="none")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（“此栏目下没有文章”）", probe="no-rows"))
    zdxm = Col(26, "重大项目", 2, empty="bare")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目列表区什么也没有", probe="no-rows"))

    ndbg = Col(28, "政府信息公开年报", 2, per_page=3)
    published = {2025: date(2026, 1, 22), 2023: date(2024, 2, 27), 2022: date(2023, 1, 31), 2021: date(2022, 1, 25),
                 2020: date(2021, 1, 28)}
    for year, when in published.items():
        title = f"{GOV}{year}年度政府信息公开工作报告" if year == 2021 else f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 11 + 2))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", item_url(d), "2023 年度报告 2024-02-27 发布，晚于乡镇人民政府的公开期限 1 月 31 日",
                                  match=(TOWN, "2023"), probe="late:2024-01-31"))
        elif year == 2022:
            s.traps.append(Trap(item_url(d), "年报在乡镇的截止日 1 月 31 日当天发布，不算逾期"))
        elif year == 2020:
            s.traps.append(Trap(item_url(d), "2020 年度报告在年报列表第 2 页（list.asp?id=28&page=2），按时发布"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告",
                          match=(TOWN, "2024"), probe="no-report:2024"))

    guide = Col(29, "政府信息公开指南", 2, single=_paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》编制本指南。",
        "一、主动公开　二、依申请公开　三、监督和救济", f"受理机构：{GOV}党政办，地址：{COUNTY}{TOWN}岚峰路18号。"))
    s.traps.append(Trap(guide.url(), "单页栏目（无日期的指南正文），不是过期栏目，也不是空栏目"))
    system = Col(20, "政府信息公开制度", 2, single=_paras("本镇建立了政府信息公开保密审查、依申请公开办理、考核评议和责任追究等制度。"))
    apply = Col(27, "依申请公开", 2, single=_paras(
        f"申请人可以通过当面、信函、网络等方式向{GOV}党政办提出政府信息公开申请，并载明申请人姓名或者名称、联系方式和所需信息的名称。"))
    for c in (system, apply):
        s.traps.append(Trap(c.url(), "无日期的单页栏目，不是过期栏目，也不是空栏目"))
    s.cols += [guide, system, apply, gfx, zcjd, rsxx, czzj, zdxm, ndbg]


def _parents(s: _Site) -> None:
    """新闻中心 and 信息公开 (parent classes at list.asp too): a block of each child's newest rows (hubs, not columns)."""
    for pid in (1, 2):
        blocks = "".join(
            f'<div class="box"><div class="box_t"><span>{c.name}</span><a class="more" href="{_a(c.url())}">更多&gt;&gt;</a></div><ul class="list">'
            + "".join(f'<li><span class="date">{d.when:%Y-%m-%d}</span><a href="{_a(item_url(d))}" title="{d.title}" class="tit">{d.title}</a></li>'
                      for d in c.docs[:5]) + "</ul></div>"
            for c in s.cols if c.parent == pid and c.docs)
        main = (f'<div class="location">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/Item/list.asp?id={pid}">{_PARENTS[pid]}</a></div>'
                + ('<div class="gk_t">法定主动公开内容</div>' if pid == 2 else "") + f'<div class="channel">{blocks}</div>')
        s.res[f"/Item/list.asp?id={pid}"] = s.page(f"{_PARENTS[pid]}-{GOV}", main, full_footer=pid != 2)
        s.traps.append(Trap(f"/Item/list.asp?id={pid}", f"{_PARENTS[pid]}是父栏目页（各子栏目区块和“更多”链接），不是栏目"))
    s.res["/Item/list.asp?id=3"] = s.page(f"互动交流-{GOV}", '<div class="channel"><ul class="list">'
                                          + f'<li><a href="{_a(s.col_of("征集调查").url())}">征集调查</a></li></ul></div>')
    sitemap = "".join(f'<dl><dt><a href="/Item/list.asp?id={pid}">{name}</a></dt>'
                      + "".join(f'<dd><a href="{_a(c.url())}">{c.name}</a></dd>' for c in s.cols if c.parent == pid) + "</dl>"
                      for pid, name in _PARENTS.items())
    s.res["/Item/list.asp?id=5"] = s.page(f"网站地图-{GOV}", f'<div class="siteMap"><div class="list_title_wo">网站地图</div>{sitemap}</div>')
    s.res["/Item/list.asp?id=6"] = s.page(f"联系我们-{GOV}", '<div class="article_title">联系我们</div><div class="text_content">'
                                          + _paras(f"{GOV}党政办　电话：0596-5561002　地址：{COUNTY}{TOWN}岚峰路18号") + "</div>")


def _plus(s: _Site) -> None:
    """KesionCMS's plus pages the home page links: a tag's search results and a site announcement."""
    tagged = s.col_of("人事信息").docs[:4]
    rows = "".join(f'<li><span>{d.when:%Y-%m-%d}</span><a href="{_a(item_url(d))}" target="_blank">{d.title}</a></li>' for d in tagged)
    s.res[TAG_PAGE] = s.page(
        f"TAG:人事任免-{GOV}", f'<div class="tags"><h3>与TAG“人事任免”相关的信息，共找到{len(tagged)}条记录</h3><ul class="list">{rows}</ul></div>')
    s.traps.append(Trap(TAG_PAGE, "TAG 检索结果页（page=1 不是栏目的分页；所列 2025 年的任免通知不是一个栏目的更新），不是栏目，不是过期栏目"))
    s.res["/plus/Announce/?6"] = s.page(
        f"网站公告-{GOV}", '<div class="article_title">关于网站改版试运行的公告</div><div class="article_info">发布时间：2016-5-10</div>'
        + '<div class="text_content">' + _paras(f"{GOV}门户网站改版试运行，欢迎提出意见建议。") + "</div>")
    s.traps.append(Trap("/plus/Announce/?6", "网站公告页（2016 年的一条公告）不是栏目，不是过期栏目"))


def _home(s: _Site) -> None:
    zwyw, tzgg, gfx = s.col_of("政务要闻"), s.col_of("通知公告"), s.col_of("规范性文件")

    def block(col: Col, n: int) -> str:
        rows = "".join(f'<a href="{_a(item_url(d))}" target="_blank" title="{d.title}" class="tit">{_title_html(d)}</a>'
                       f'<span class="date">{d.when:%m-%d}</span>\n' for d in col.docs[:n])
        return (f'<div class="hm_box"><div class="hdtop"><ul><li class="hdtop_l">{col.name}</li>'
                f'<li class="more"><a href="{_a(capital_url(col))}" class="link">更多 &gt;&gt;</a></li></ul><ul class="cb"></ul></div>'
                f'<div class="hm_list">{rows}</div></div>')
    topics = ('<div class="hm_zt"><a href="' + REMOVED_COL + '"><img src="/images/zt1.jpg" alt="学习贯彻党的二十届四中全会精神" /></a>'
              '<a href="/Item/list.asp?id=12"><img src="/images/zt2.jpg" alt="村居动态" /></a></div>')
    marquee = ('<div class="hm_gg"><marquee onmouseover="this.stop()" onmouseout="this.start()" scrollamount="3" scrollDelay="4" width="380">'
               '<a href="/plus/Announce/?6" title="关于网站改版试运行的公告" target="_blank">关于网站改版试运行的公告</a></marquee></div>')
    tags = (f'<span class="head_gjz">热搜TAGS：<a href="{_a(TAG_PAGE)}" target="_blank" '
            'title="TAG:人事任免&#10;被搜索了126次">人事任免</a></span>')
    main = (marquee + tags + '<div class="hmlan1">' + block(zwyw, 8) + block(tzgg, 6) + block(gfx, 4) + topics + "</div>")
    s.res["/"] = s.res["/index.html"] = s.page(GOV, main)
    s.key.append(Expected("broken-links", REMOVED_COL, "首页专题链接指向已删除的栏目（list.asp?id=88 返回 404）", probe="status:404"))
    s.traps.append(Trap("/", "首页区块的“更多”写作 /Item/List.asp?ID=N（大小写不同，与 list.asp?id=N 同一栏目）"))
    s.traps.append(Trap("/", f"页脚：网站标识码、ICP、{PSB}（beian.gov.cn 链接）和党政机关标识齐全"))


NOT_FOUND = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
             '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
             '<title>404 - 找不到文件或目录。</title></head><body><div id="header"><h1>服务器错误</h1></div><div id="content">'
             '<div class="content-container"><fieldset><h2>404 - 找不到文件或目录。</h2><h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3>'
             '</fieldset></div></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"kesion offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    zjdc = Col(31, "征集调查", 3, empty="bare")
    s.cols.append(zjdc)
    s.key.append(Expected("empty-columns", zjdc.url(), "征集调查栏目列表区什么也没有", probe="no-rows"))
    s.render()
    _parents(s)
    _plus(s)
    _home(s)
    for name in ("政务要闻", "通知公告", "规范性文件"):  # the home page's capitalised spelling (IIS answers it alike)
        s.res[capital_url(s.col_of(name))] = s.res[s.col_of(name).url()]
    for img in ("logo.png", "ga.png", "dzjg.png", "btn.gif", "zt1.jpg", "zt2.jpg"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/images/style.css"] = Resource(b"body{font-size:12px}", "text/css")
    for js in ("/ks_inc/jquery.js", "/ks_inc/common.js"):
        s.res[js] = Resource(b"/* KesionCMS */", "application/x-javascript")
    ids = "|".join(str(d.id) for c in s.cols if c.parent == 2 for d in c.docs)
    cols2 = "|".join(str(c.id) for c in s.cols if c.parent == 2)
    s.key.append(Expected("footer", item_url(s.col_of("规范性文件").docs[0]), "信息公开栏目模板（列表和文章页）页脚缺网站标识码",
                          probe="footer-lacks:网站标识码",
                          url_pattern=rf"(?i)^/Item/(?:Show\.asp\?m=1&d=(?:{ids})|list\.asp\?id=(?:{cols2}|2)(?:&page=\d+)?)$"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "KesionCMS 页面只有 Keywords 和 Description", probe="no-meta-tags", url_pattern=r"^/"))
    return SampleSite("kesion", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
