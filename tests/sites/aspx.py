"""The "aspx" sample site: an old county portal (青峪县人民政府) on IIS, GB2312, of the PowerEasy
(动易) lineage: a SiteWeaver 2006-style ASP news channel, a SiteFactory-style .NET channel, and a
home-grown ASP.NET 政务公开 platform whose lists sit in iframes or in WebForms GridViews.

Written from real markup found with the `search` tool (code corpus); sources:
  - PowerEasy SiteWeaver ASP sources ("Software name: PowerEasy SiteWeaver", 2005-2009; a
    NewComment.asp and a label handler "PowerEasy Cms 2006" with `Response.ContentType = … gb2312`):
    article URLs `/ShowArticle.asp?ArticleID=N`, lists `ChannelDir & "/ShowClass.asp?ClassID=N"`;
  - scrapers of real SiteWeaver sites (yxlr.gov.cn, gpzfcg.gov.cn, yz88.cn, lit.sdu.edu.cn):
    `Article/ShowClass.asp?ClassID=42&page=N`, the pager in `div.showpage`, rows `a.listA`;
  - a rendered SiteWeaver 2006 page (zz6789.com): rows `<TD class=listbg>[<A class=listA>栏目</A>]
    <A class=listA title="文章标题：…&#13;&#10;作&nbsp;&nbsp;&nbsp;&nbsp;者：…&#13;&#10;更新时间：2008-9-6
    14:30:43" …>truncated title</A></TD><TD class=listbg align=right width=40><FONT color=red>09-06
    </FONT></TD>`: the year is only in the title attribute, titles are cut short;
  - rendered PowerEasy SiteFactory pages (a Shaoxing school site): `/Category_N/Index.aspx`, page n
    `Index_n.aspx` linked relatively from `<span id="pe100_page_通用信息列表_普通式" class="pagecss">`,
    items `/Item/N.aspx`, rows `<li><span class="date">2023-04-27</span><a href="/Item/17768.aspx"
    title="标题：…&#xD;点击数：57&#xD;发表时间：2023年04月27日">…</a></li>`, menus marking the current
    item with an `on2` class;
  - ASP.NET GridView pagers as rendered (several public projects, a Mono test):
    `<td><span>1</span></td><td><a href="javascript:__doPostBack(&#39;ctl00$…$gv&#39;,&#39;Page$2&#39;)">2</a>`;
    page 2+ exist only as a POST of the form with __VIEWSTATE / __EVENTTARGET / __EVENTARGUMENT;
    a gov ASP.NET list `GovDefaultList.aspx?cid=849&page=N` (cdepb.gov.cn scraper);
  - a county government's disclosure page (惠来县, a public JSP project) whose catalogue list is
    an `<iframe src="…/frontOpenContentsRight.action?theID=…" name="rightFrame">` in the column page.
Guesses, said as such: the SiteWeaver article template (main_ArticleTitle / 更新时间 line), the
SiteWeaver pager's exact words (`共 N 篇文章 … 页次：1/3页 20篇文章/页`), its error pages ("找不到指定的
栏目！", "你要找的文章不存在，或者已经被管理员删除！", served with status 200), the empty-class text
(此栏目下还没有任何文章), the disclosure platform's markup (iframe list page, metadata table, GridView
columns, `2026/3/20 0:00:00` dates of a GridView without a format string) and all footers.

Variety on purpose: dates `09-03` (year only in the title attribute), `2026-9-3`, `2026年9月3日`,
`[09-03]` spans, GridView datetimes; lists in iframes (one empty, one stale, one paged inside the
frame); GridViews paged only by postback (interpretations, suggestions, annual reports whose
2021 report sits on page 2: never observable by GET); empty columns with a marker, with nothing
at all, in an iframe and as a GridView's EmptyDataText; soft 404s of the CMS and real 404s;
ShowArticle.asp pages whose footer lacks the 网站标识码. Every planted defect is an `Expected`
entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
import re
from html import escape, unescape
from urllib.parse import parse_qs, urljoin

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 9, 15)
COUNTY = "青峪县"
GOV = "青峪县人民政府"
SITE_ID = "5203270001"
ASP = "text/html; Charset=gb2312"  # IIS classic ASP with Response.Charset
NET = "text/html; charset=gb2312"
ARTICLE = "/Article/ShowArticle.asp?ArticleID="
CLASS = "/Article/ShowClass.asp?ClassID="
ASP_ARTICLES = r"^/Article/ShowArticle\.asp\?ArticleID=\d+$"  # the template whose footer lacks the 网站标识码
_CR = "&#13;&#10;"


def _a(url: str) -> str:
    return escape(url, quote=True)


def _class_url(cid: int, page: int = 1) -> str:
    return f"{CLASS}{cid}" + (f"&page={page}" if page > 1 else "")


def _category_url(cid: int, page: int = 1) -> str:
    return f"/Category_{cid}/Index.aspx" if page == 1 else f"/Category_{cid}/Index_{page}.aspx"


def _frame_url(cid: int, page: int = 1) -> str:
    return f"/xxgk/list.aspx?cid={cid}" + (f"&page={page}" if page > 1 else "")


def _show(doc_id: int) -> str:
    return f"/xxgk/Show.aspx?id={doc_id}"


def column_page(cid: int) -> str:
    return f"/xxgk/Column.aspx?cid={cid}"


def grid_page(cid: int) -> str:
    return f"/xxgk/GovList.aspx?cid={cid}"


# ---------------------------------------------------------------- page shells

_METAS = {"SiteName": GOV, "SiteDomain": "www.qingyu.gov.cn", "SiteIDCode": SITE_ID}


def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}">' for k, v in {**_METAS, **meta}.items())
    return (f'<head><title>{escape(title)}</title><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f'<meta name="keywords" content="{COUNTY},{GOV}">{metas}'
            '<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css"></head>')


def _footer(site_id: bool, home: bool = False) -> str:
    ident = f"网站标识码：{SITE_ID}&nbsp;&nbsp;" if site_id else ""
    marks = ('<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=7B2E41C0" target="_blank">'
             '<img src="/Images/red.png" alt="党政机关" border="0"></a></span>'
             f'<script id="_jiucuo_" sitecode="{SITE_ID}" src="/js/jiucuo.js"></script>') if home else ""
    return ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="Bottom_Table">'
            f'<tr><td align="center" class="Bottom_Adminlogo">主办：{GOV}办公室&nbsp;&nbsp;承办：{COUNTY}大数据中心'
            f'&nbsp;&nbsp;地址：{COUNTY}府前路8号<br>{ident}'
            '<a href="https://beian.miit.gov.cn/" target="_blank">黔ICP备06004321号</a>&nbsp;&nbsp;'
            '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=52032702000111" target="_blank">'
            f'黔公网安备 52032702000111号</a><br>{marks}</td></tr></table>')


_NAV = (("网站首页", "/"), ("青峪要闻", _class_url(2)), ("乡镇动态", _class_url(3)), ("通知公告", _class_url(4)),
        ("部门动态", _category_url(12)), ("招商引资", _category_url(13)), ("政务公开", "/xxgk/Index.aspx"),
        ("专题专栏", _class_url(5)), ("网上调查", _class_url(6)))


def _top() -> str:
    nav = " | ".join(f'<a href="{_a(u)}" class="Channel">{n}</a>' for n, u in _NAV)
    return ('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="top_Table">'
            f'<tr><td><img src="/Images/banner.jpg" width="980" height="120" alt="{GOV}"></td></tr>'
            f'<tr><td class="menu_bg">&nbsp;|&nbsp;{nav}&nbsp;|</td></tr></table>')


def _html(title: str, body: str, meta: dict[str, str], site_id: bool = True, home: bool = False) -> bytes:
    page = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>'
            f'{_head(title, meta)}<body leftmargin="0" topmargin="0">{_top()}{body}{_footer(site_id, home)}</body></html>')
    return page.encode("gbk")


def _column_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": f"{name}栏目", "ColumnKeywords": name, "ColumnType": "列表"}


def _article_meta(title: str, when: date, source: str) -> dict[str, str]:
    return {"ArticleTitle": title, "PubDate": f"{when.isoformat()} 09:30", "ContentSource": source}


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    author: str = "本站"
    fields: dict[str, str] | None = None  # the disclosure platform's metadata table
    links: str = ""  # a related box under the text
    number: str = ""


# ---------------------------------------------------------------- the site

@dataclass
class AspxSite(SampleSite):
    """IIS: SiteWeaver's ShowClass/ShowArticle answer unknown ids with a status-200 error page;
    WebForms pages ignore query parameters they do not know; the GridViews' later pages are
    answered only to a POST of the form (`posts`, keyed by page URL and __EVENTARGUMENT)."""

    errors: dict[str, Resource] = field(default_factory=dict)
    posts: dict[tuple[str, str], Resource] = field(default_factory=dict)

    def lookup(self, path: str, query: str) -> Resource:
        res = super().lookup(path, query)
        if res is not self.not_found:
            return res
        if path in self.errors:
            return self.errors[path]
        if path == "/xxgk/GovList.aspx":  # WebForms: only cid selects the list, `page=` means nothing
            cid = parse_qs(query).get("cid", [""])[0]
            return self.resources.get(f"{path}?cid={cid}", self.not_found)
        return res

    def post(self, path: str, query: str, form: dict[str, str]) -> Resource:
        """The answer to a postback of the page's form."""
        url = f"{path}?{query}" if query else path
        return self.posts.get((url, form.get("__EVENTARGUMENT", "")), self.lookup(path, query))


class _Builder:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.posts: dict[tuple[str, str], Resource] = {}
        self.post_rows: set[str] = set()  # pages listed on postback-only list pages
        self.next_id = 100

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 1
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def page(self, url: str, html: bytes, ctype: str) -> None:
        self.res[url] = Resource(html, ctype)


# ---------------------------------------------------------------- SiteWeaver ASP channel

@dataclass
class AspClass:
    cid: int
    name: str
    docs: list[Doc]
    dates: str  # md (09-03, year only in the title attribute) | plain (2026-9-3) | cn (2026年9月3日)
    per_page: int = 20
    empty: str | None = None  # text of an empty class (None: nothing at all)


_ASP_CLASSES = ((2, "青峪要闻"), (3, "乡镇动态"), (4, "通知公告"), (5, "专题专栏"), (6, "网上调查"))


def _row_date(d: date, style: str) -> str:
    if style == "md":
        return f"{d.month:02d}-{d.day:02d}"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.year}-{d.month}-{d.day}"


def _asp_rows(c: AspClass, docs: list[Doc]) -> str:
    if not docs:
        inner = f'<tr><td class="listbg" colspan="2">{c.empty}</td></tr>' if c.empty else ""
        return f'<table width="100%" border="0" cellspacing="0" cellpadding="0">{inner}</table>'
    rows = []
    for n, d in enumerate(docs):
        bg = "listbg" if n % 2 == 0 else "listbg2"
        tip = (f"文章标题：{d.title}{_CR}作&nbsp;&nbsp;&nbsp;&nbsp;者：{d.author}{_CR}"
               f"更新时间：{d.when.year}-{d.when.month}-{d.when.day} {9 + d.id % 8}:{d.id % 60:02d}:{d.id * 7 % 60:02d}")
        shown = d.title if len(d.title) <= 24 else d.title[:24]  # SiteWeaver cuts titles to TitleLen
        when = _row_date(d.when, c.dates)
        if c.dates == "md" and (AS_OF - d.when).days < 3:
            when = f'<font color="red">{when}</font>'  # today's and yesterday's items in red
        rows.append(f'<tr><td class="{bg}"><a class="listA" title="{tip}" href="ShowArticle.asp?ArticleID={d.id}" '
                    f'target="_blank">{shown}</a></td><td class="{bg}" align="right" width="{80 if c.dates == "cn" else 40}">'
                    f"{when}</td></tr>")
    return f'<table width="100%" border="0" cellspacing="0" cellpadding="0">{"".join(rows)}</table>'


def _asp_pager(c: AspClass, page: int, pages: int) -> str:
    """SiteWeaver's ShowPage (words guessed): 共 N 篇文章 首页 上一页 下一页 尾页 页次 n/N页."""
    total = len(c.docs)
    first = f'<a href="{_a(_class_url(c.cid))}">首页</a>' if page > 1 else "首页"
    prev = f'<a href="{_a(_class_url(c.cid, page - 1))}">上一页</a>' if page > 1 else "上一页"
    nxt = f'<a href="{_a(_class_url(c.cid, page + 1))}">下一页</a>' if page < pages else "下一页"
    last = f'<a href="{_a(_class_url(c.cid, pages))}">尾页</a>' if page < pages else "尾页"
    options = "".join(f"<option value='{n}'{' selected' if n == page else ''}>第{n}页</option>" for n in range(1, pages + 1))
    return (f'<div class="showpage">共 <b>{total}</b> 篇文章&nbsp;&nbsp;{first} {prev}&nbsp;{nxt}&nbsp;{last}&nbsp;'
            f'页次：<strong><font color="red">{page}</font>/{pages}</strong>页 &nbsp;<b>{c.per_page}</b>篇文章/页&nbsp;'
            f"转到：<select name='page' size='1' onchange=\"javascript:window.location='ShowClass.asp?ClassID={c.cid}"
            f"&page='+this.options[this.selectedIndex].value;\">{options}</select></div>")


def _asp_menu(current: int) -> str:
    items = "".join(f'<tr><td class="left_tdbg1{" on" if cid == current else ""}"><a href="ShowClass.asp?ClassID={cid}">'
                    f"{name}</a></td></tr>" for cid, name in _ASP_CLASSES)
    return (f'<td width="200" valign="top"><table width="100%" class="left_table"><tr><td class="left_title">新闻中心</td></tr>'
            f"{items}</table></td>")


def _crumb(*trail: tuple[str, str]) -> str:
    parts = "&nbsp;&gt;&gt;&nbsp;".join(f'<a href="{_a(u)}">{n}</a>' if u else n for n, u in trail)
    return f'<table width="100%" class="main_title_575"><tr><td class="position">您现在的位置：&nbsp;{parts}</td></tr></table>'


def _asp_class(b: _Builder, c: AspClass) -> None:
    c.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
    pages = max(1, -(-len(c.docs) // c.per_page))
    for p in range(1, pages + 1):
        chunk = c.docs[(p - 1) * c.per_page:p * c.per_page]
        pager = _asp_pager(c, p, pages) if c.docs else ""
        body = (f'<table width="980" align="center" cellpadding="0" cellspacing="0"><tr>{_asp_menu(c.cid)}'
                f'<td valign="top">{_crumb((GOV, "/"), ("新闻中心", ""), (c.name, _class_url(c.cid)))}'
                f'<table width="100%" class="border"><tr><td class="main_tdbg_575">{_asp_rows(c, chunk)}</td></tr></table>'
                f"{pager}</td></tr></table>")
        url = _class_url(c.cid, p)
        b.page(url, _html(f"{c.name}_{GOV}", body, _column_meta(c.name)), ASP)
        if p > 1:
            b.traps.append(Trap(url, LATER_PAGE))
    for d in c.docs:
        _asp_article(b, c, d)


def _asp_article(b: _Builder, c: AspClass, d: Doc) -> None:
    """SiteWeaver's article template (guessed): title cell, a subheading line, the text."""
    sub = (f"作者：{d.author}&nbsp;&nbsp;&nbsp;&nbsp;文章来源：{COUNTY}融媒体中心&nbsp;&nbsp;&nbsp;&nbsp;点击数："
           f'<script language="javascript" src="/Article/GetHits.asp?ArticleID={d.id}"></script>&nbsp;&nbsp;&nbsp;&nbsp;'
           f"更新时间：{d.when.year}-{d.when.month}-{d.when.day}&nbsp;&nbsp;&nbsp;&nbsp;")
    body = (f'<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">'
            f'{_crumb((GOV, "/"), ("新闻中心", ""), (c.name, _class_url(c.cid)), ("正文", ""))}'
            '<table width="100%" class="border"><tr><td class="main_ArticleTitle">'
            f'<b>{d.title}</b></td></tr><tr><td class="main_ArticleSubheading" align="center">{sub}</td></tr>'
            f'<tr><td id="fontzoom" class="main_tdbg_760">{d.body}</td></tr></table></td></tr></table>')
    meta = {**_column_meta(c.name), **_article_meta(d.title, d.when, f"{COUNTY}融媒体中心")}
    b.page(f"{ARTICLE}{d.id}", _html(f"{d.title}_{GOV}", body, meta, site_id=False), ASP)


_SUBJECTS = ("召开县政府常务会议", "开展安全生产大检查", "推进乡村振兴示范点建设", "召开防汛抗旱工作调度会",
             "督查民生实事项目进展", "开展文明城市创建志愿服务", "调研重点企业生产经营", "召开森林防火工作会议",
             "举办农民丰收节活动", "推进城乡供水一体化", "开展义务教育均衡发展督导", "召开招商引资推进会")
_TOWNS = ("岩门镇", "白水乡", "龙坝镇", "青杠乡")


def _portal(b: _Builder) -> tuple[AspClass, AspClass]:
    yw = AspClass(2, "青峪要闻", [], "md")
    for i in range(45):
        yw.docs.append(b.doc(f"{COUNTY}{_SUBJECTS[i % 12]}安排部署下一阶段重点工作（第{i + 1}期）",
                             AS_OF - timedelta(days=1 + i * 3), author="融媒体中心"))
    yw.docs[4].body += '<p align="center"><img src="/UploadFiles/2026/9/20260905102233.jpg" border="0" alt="会议现场"></p>'
    b.key.append(Expected("broken-links", "/UploadFiles/2026/9/20260905102233.jpg", "新闻正文图片 404", probe="status:404"))
    yw.docs[7].body += '<p align="center"><img src="/UploadFiles/2026/8/20260828093011.jpg" border="0" alt="调研现场"></p>'
    xz = AspClass(3, "乡镇动态", [], "plain")
    for i in range(12):
        xz.docs.append(b.doc(f"{_TOWNS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", date(2026, 8, 10) - timedelta(days=i * 9)))
    b.key.append(Expected("stale-columns", _class_url(3), "动态类栏目最新信息 2026-08-10，超过 14 天", probe="newest:2026-08-10"))
    tz = AspClass(4, "通知公告", [], "cn")
    for i in range(13):
        tz.docs.append(b.doc(f"关于做好{('秋季学期开学', '国庆假期安全', '森林防火', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                             date(2026, 9, 8) - timedelta(days=i * 16), author="县政府办"))
    tz.docs[2].body += '<p>附件：<a href="/UploadFiles/2026/8/20260812160512.doc">报名表.doc</a></p>'
    b.key.append(Expected("broken-links", "/UploadFiles/2026/8/20260812160512.doc", "通知附件 404", probe="status:404"))
    tz.docs[5].body += '<p>附件：<a href="/UploadFiles/2026/7/20260706111520.pdf">实施方案.pdf</a></p>'
    b.res["/UploadFiles/2026/7/20260706111520.pdf"] = Resource(fake_pdf("notice"), "application/pdf")
    tz.docs.append(b.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 4, 20),
                         "<p>经清理，继续有效的行政规范性文件21件，宣布失效4件，废止2件。</p>", author="县司法局"))
    zt = AspClass(5, "专题专栏", [], "md", empty="此栏目下还没有任何文章")
    wd = AspClass(6, "网上调查", [], "md")
    b.key.append(Expected("empty-columns", _class_url(5), "专题专栏没有任何文章（只有“还没有任何文章”提示）", probe="no-rows"))
    b.key.append(Expected("empty-columns", _class_url(6), "网上调查列表区什么也没有", probe="no-rows"))
    for c in (yw, xz, tz, zt, wd):
        _asp_class(b, c)
    b.res["/UploadFiles/2026/8/20260828093011.jpg"] = Resource(tiny_png(), "image/png")
    return yw, tz


# ---------------------------------------------------------------- SiteFactory .NET channel

def _pe_pager(cid: int, page: int, pages: int) -> str:
    """SiteFactory's pe100 pager, links relative to the category folder."""
    def rel(n: int) -> str:
        return "Index.aspx" if n == 1 else f"Index_{n}.aspx"
    nums = " ".join(f'<b><a href="{rel(n)}">{n}</a></b>' if n == page else f'<a href="{rel(n)}">{n}</a>'
                    for n in range(1, pages + 1))
    return (f'<div class="page"><span id="pe100_page_通用信息列表_普通式" class="pagecss"><!--{{pe.begin.pagination}}-->\n'
            f' <a href="Index.aspx">首页</a>\n <a href="{rel(max(1, page - 1))}">上一页</a>\n {nums} \n'
            f'<a href="{rel(min(pages, page + 1))}">下一页</a>\n <a href="{rel(pages)}">尾页</a>\n'
            " <!--{pe.end.pagination}--></span></div>")


def _sitefactory(b: _Builder) -> list[Doc]:
    columns = ((12, "部门动态", 26, AS_OF - timedelta(days=2), 5, "md"), (13, "招商引资", 6, date(2025, 6, 2), 45, "iso"))
    first: list[Doc] = []
    for cid, name, count, newest, step, style in columns:
        docs = [b.doc(f"{('县发改局', '县教育局', '县卫健局', '县农业农村局')[i % 4]}{_SUBJECTS[(i + 2) % 12]}"
                      if cid == 12 else f"{COUNTY}{('招商项目推介', '重点项目签约', '园区企业入驻')[i % 3]}情况（{i + 1}）",
                      newest - timedelta(days=i * step)) for i in range(count)]
        if cid == 12:
            docs[3].body += f'<p>相关阅读：<a href="{ARTICLE}99999">我县召开部门工作会议</a></p>'
            b.key.append(Expected("broken-links", f"{ARTICLE}99999", "链接指向已删除的文章（动易错误页，状态 200）",
                                  probe="soft404:文章不存在"))
            first = docs[:6]
        per_page = 15
        pages = -(-count // per_page)
        side = "".join(f'<li class="li2{" on2" if c == cid else ""}"><h4 class="h2"><a class="a2" href="{_category_url(c)}">'
                       f"{n}</a></h4></li>" for c, n, *_ in columns)
        for p in range(1, pages + 1):
            rows = []
            for d in docs[(p - 1) * per_page:p * per_page]:
                shown = f"{d.when.month:02d}-{d.when.day:02d}" if style == "md" else d.when.isoformat()
                rows.append(f'<li><span class="date">{shown}</span><a href="/Item/{d.id}.aspx" target="_self" '
                            f'title="标题：{d.title}&#xD;点击数：{d.id * 3 % 500}&#xD;发表时间：{d.when:%Y年%m月%d日}">{d.title}</a></li>')
            body = (f'<div class="siteWidth"><div class="sideNav"><h3>新闻中心</h3><ul class="ul1">{side}</ul></div>'
                    f'<div class="mainContent"><div class="location">当前位置：<a href="/">首页</a> &gt;&gt; '
                    f'<a href="{_category_url(cid)}">{name}</a></div><h2 class="colTitle">{name}</h2>'
                    f'<ul class="listStyle1">{"".join(rows)}</ul>{_pe_pager(cid, p, pages) if pages > 1 else ""}</div></div>')
            url = _category_url(cid, p)
            b.page(url, _html(f"{name}-{GOV}", body, _column_meta(name)), NET)
            if p > 1:
                b.traps.append(Trap(url, LATER_PAGE))
        for d in docs:
            body = (f'<div class="siteWidth"><div class="location">当前位置：<a href="/">首页</a> &gt;&gt; '
                    f'<a href="{_category_url(cid)}">{name}</a> &gt;&gt; 正文</div><div class="article">'
                    f'<h1 class="article_title">{d.title}</h1><div class="article_info">作者：佚名　来源：{COUNTY}'
                    f"　发布时间：{d.when:%Y-%m-%d}　点击数：{d.id * 3 % 500}</div>"
                    f'<div id="fontzoom" class="article_content_list"><div id="articleContnet">{d.body}</div></div></div></div>')
            meta = {**_column_meta(name), **_article_meta(d.title, d.when, COUNTY)}
            b.page(f"/Item/{d.id}.aspx", _html(f"{d.title}-{GOV}", body, meta), NET)
    b.key.append(Expected("stale-columns", _category_url(13), "其他类栏目最新信息 2025-06-02，超过 1 年",
                          probe="newest:2025-06-02"))
    return first


# ---------------------------------------------------------------- 政务公开 platform

_GK = ((21, "规范性文件", "frame"), (22, "政策文件", "frame"), (23, "政策解读", "grid"), (29, "行政许可", "frame"),
       (24, "人事信息", "frame"), (25, "财政预决算", "frame"), (26, "重点项目", "grid"), (27, "建议提案办理", "grid"),
       (28, "政府信息公开年报", "grid"))
_STATICS = (("/xxgk/Guide.aspx", "政府信息公开指南"), ("/xxgk/Rule.aspx", "政府信息公开制度"),
            ("/xxgk/Apply.aspx", "依申请公开"), ("/xxgk/Org.aspx", "机构职能"))


def _gk_url(cid: int) -> str:
    kind = next(k for c, _, k in _GK if c == cid)
    return column_page(cid) if kind == "frame" else grid_page(cid)


_ON = ' class="on"'


def _gk_menu(current: str) -> str:
    items = [*_STATICS[:2], *((_gk_url(c), n) for c, n, _ in _GK), _STATICS[2]]
    lis = "".join(f'<li{_ON if u == current else ""}><a href="{_a(u)}">{n}</a></li>' for u, n in items)
    return f'<div class="gk_left"><h3>政府信息公开</h3><ul class="gk_menu">{lis}</ul></div>'


def _gk_crumb(*trail: tuple[str, str]) -> str:
    parts = " &gt; ".join(f'<a href="{_a(u)}">{n}</a>' if u else f"<span>{n}</span>" for n, u in trail)
    return f'<div class="gk_position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/Index.aspx">政务公开</a> &gt; {parts}</div>'


def _gk_page(title: str, inner: str, meta: dict[str, str], current: str, site_id: bool = True) -> bytes:
    return _html(title, f'<div class="gk_main">{_gk_menu(current)}<div class="gk_right">{inner}</div></div>', meta, site_id)


def _meta_table(fields: dict[str, str]) -> str:
    cells = [f'<td class="td_l">{k}：</td><td class="td_r">{v}</td>' for k, v in fields.items()]
    return ('<table class="gk_table" width="100%" border="0" cellspacing="1" cellpadding="0">'
            + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>")


def _gk_doc(b: _Builder, cid: int, column: str, d: Doc) -> None:
    info = _meta_table(d.fields) if d.fields else ""
    inner = (f'{_gk_crumb((column, _gk_url(cid)), ("正文", ""))}<div class="gk_detail">{info}'
             f'<h1 class="gk_doc_title">{d.title}</h1><div class="gk_doc_info">发布日期：{d.when.isoformat()}　'
             f'来源：{GOV}</div><div class="gk_doc_content">{d.body}</div>{d.links}</div>')
    meta = {**_column_meta(column), **_article_meta(d.title, d.when, GOV)}
    b.page(_show(d.id), _gk_page(f"{d.title}_{GOV}", inner, meta, _gk_url(cid)), NET)


def _frame_column(b: _Builder, cid: int, name: str, docs: list[Doc], empty: str = "") -> None:
    """The column page holds only the iframe; the list (and its pager) live in list.aspx."""
    inner = (f'{_gk_crumb((name, ""))}<div class="gk_title"><span>{name}</span></div>'
             f'<iframe id="listFrame" name="listFrame" src="list.aspx?cid={cid}" width="100%" height="660" frameborder="0" '
             'scrolling="no" onload="this.height=this.contentWindow.document.body.scrollHeight"></iframe>')
    b.page(column_page(cid), _gk_page(f"{name}_{GOV}", inner, _column_meta(name), column_page(cid)), NET)
    per_page = 10
    pages = max(1, -(-len(docs) // per_page))
    for p in range(1, pages + 1):
        chunk = docs[(p - 1) * per_page:p * per_page]
        rows = "".join(f'<li><a href="Show.aspx?id={d.id}" target="_blank" title="{d.title}">{d.title}</a>'
                       f"<span>{d.when.isoformat()}</span></li>" for d in chunk)
        listing = f'<ul class="gk_list">{rows}</ul>' if docs else f'<div class="nodata">{empty}</div>'
        pager = ""
        if pages > 1:
            nxt = f'<a href="{_a(f"list.aspx?cid={cid}&page={p + 1}")}">下一页</a>' if p < pages else "下一页"
            prev = (f'<a href="{_a(f"list.aspx?cid={cid}" + (f"&page={p - 1}" if p > 2 else ""))}">上一页</a>'
                    if p > 1 else "上一页")
            pager = (f'<div class="gk_pager">共{len(docs)}条记录 第{p}/{pages}页 <a href="list.aspx?cid={cid}">首页</a> '
                     f'{prev} {nxt} <a href="{_a(f"list.aspx?cid={cid}&page={pages}")}">尾页</a></div>')
        page = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html>'
                f'{_head(f"{name}_{GOV}", _column_meta(name))}<body style="margin:0">'
                f'<form method="post" action="./list.aspx?cid={cid}" id="form1">'
                '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2MTY2ODcyMjlkZA==" />'
                f"{listing}{pager}</form></body></html>")
        b.page(_frame_url(cid, p), page.encode("gbk"), NET)
        if p > 1:
            b.traps.append(Trap(_frame_url(cid, p), LATER_PAGE))


_POSTBACK_SCRIPT = ("<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\n"
                    "if (!theForm) {\n    theForm = document.aspnetForm;\n}\n"
                    "function __doPostBack(eventTarget, eventArgument) {\n"
                    "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
                    "        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n"
                    "        theForm.submit();\n    }\n}\n//]]>\n</script>\n")
_GRID = "ctl00$ContentPlaceHolder1$GridView1"


def _grid_column(b: _Builder, cid: int, name: str, rows: list[tuple[str, str, str]], per_page: int = 10,
                 empty: str = "", encoded: bool = True) -> None:
    """A WebForms list: GridView rows (url, title, date cell); pages 2+ only by postback."""
    url = grid_page(cid)
    pages = max(1, -(-len(rows) // per_page))
    q = "&#39;" if encoded else "'"
    for p in range(1, pages + 1):
        chunk = rows[(p - 1) * per_page:p * per_page]
        trs = "".join(f'<tr><td align="left"><a href="{_a(u)}" target="_blank">{t}</a></td><td align="center">{w}</td></tr>'
                      for u, t, w in chunk)
        if not rows:
            grid = (f'<table cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_GridView1" '
                    f'style="width:100%;border-collapse:collapse;"><tr><td>{empty}</td></tr></table>')
        else:
            pager = ""
            if pages > 1:
                cells = "".join(f"<td><span>{n}</span></td>" if n == p else
                                f'<td><a href="javascript:__doPostBack({q}{_GRID}{q},{q}Page${n}{q})">{n}</a></td>'
                                for n in range(1, pages + 1))
                pager = f'<tr class="gv_pager"><td colspan="2"><table border="0"><tr>{cells}</tr></table></td></tr>'
            grid = (f'<table class="gv" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_GridView1" '
                    'style="width:100%;border-collapse:collapse;"><tr><th scope="col">标题</th><th scope="col">发布日期</th></tr>'
                    f"{trs}{pager}</table>")
        inner = (f'<form name="aspnetForm" method="post" action="./GovList.aspx?cid={cid}" id="aspnetForm"><div>'
                 '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
                 '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
                 f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTcxMjA0{cid}{p}ZGQ=" /></div>'
                 f'{_POSTBACK_SCRIPT}{_gk_crumb((name, ""))}<div class="gk_title"><span>{name}</span></div>{grid}</form>')
        html = _gk_page(f"{name}_{GOV}", inner, _column_meta(name), url)
        if p == 1:
            b.page(url, html, NET)
        else:
            b.posts[(url, f"Page${p}")] = Resource(html, NET)
            b.post_rows.update(urljoin(url, u) for u, _, _ in chunk)


# Normative documents: (subject, defect); defects: missing / late / unlinked / meta:<label>
_NORMATIVE = (("农村集体资产管理", ""), ("城区停车管理", "missing"), ("建设用地审批管理", "meta:发文字号"),
              ("政府投资项目管理", "late"), ("中小企业扶持资金管理", ""), ("城镇老旧小区改造", "unlinked"),
              ("农村宅基地管理", ""), ("公共租赁住房管理", ""), ("农业产业化龙头企业认定", "meta:有效性"),
              ("住房公积金提取管理", ""), ("城乡居民临时救助", ""), ("森林防火管理", ""))
_POLICY = (("加快民营经济发展", ""), ("推进数字政府建设", ""), ("稳就业若干措施", "missing"), ("促进文旅融合发展", ""),
           ("优化营商环境行动方案", ""))


def _disclosure(b: _Builder) -> list[Doc]:
    """The 政务公开 platform; returns the documents shown on the homepage."""
    normative: list[Doc] = []
    policy: list[Doc] = []
    interps: list[Doc] = []
    plans: list[tuple[Doc, str, int, str]] = []  # (doc, defect, column id, column name)
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 8, 20) - timedelta(days=20 * k)
        number = f"青府规〔{when.year}〕{12 - k}号"
        d = b.doc(f"{GOV}关于印发《{COUNTY}{subject}办法》的通知", when, number=number)
        d.fields = {"索 引 号": f"11520327009518765X/{when.year}-{k + 21:05d}", "主题分类": "综合政务",
                    "发文机关": GOV, "发文字号": number, "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}",
                    "发布日期": when.isoformat(), "有 效 性": "有效"}
        if defect == "meta:发文字号":
            d.fields["发文字号"] = ""
        elif defect == "meta:有效性":
            del d.fields["有 效 性"]
        normative.append(d)
        plans.append((d, defect, 21, "规范性文件"))
    for k, (subject, defect) in enumerate(_POLICY):
        when = date(2026, 9, 2) - timedelta(days=28 * k)
        number = f"青府办发〔{when.year}〕{40 - k}号"
        d = b.doc(f"{GOV}办公室关于{subject}的实施意见", when, number=number)
        d.fields = {"索 引 号": f"11520327009518765X/{when.year}-{k + 61:05d}", "主题分类": "综合政务",
                    "发文机关": f"{GOV}办公室", "发文字号": number, "成文日期": f"{when - timedelta(days=2):%Y-%m-%d}",
                    "发布日期": when.isoformat()}
        policy.append(d)
        plans.append((d, defect, 22, "政策文件"))
    for d, defect, cid, column in plans:
        short = d.title.split("《")[1].split("》")[0] if "《" in d.title else d.title.split("关于")[1].removesuffix("的实施意见")
        url = _show(d.id)
        if defect == "missing":
            b.key.append(Expected("interpretations", url, f"{column}《{short}》没有政策解读", probe="no-interp"))
        elif defect.startswith("meta:"):
            b.key.append(Expected("normative-metadata", url, f"规范性文件缺少{defect[5:]}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            continue
        lag = 18 if defect == "late" else d.id % 3
        i = b.doc((f"《{short}》政策解读", f"一图读懂《{short}》", f"关于《{short}》的解读")[d.id % 3], d.when + timedelta(days=lag),
                  "<p>一、起草背景</p><p>二、主要内容</p><p>三、政策措施</p>")
        if defect != "unlinked":
            i.links = f'<div class="gk_related"><span>相关文件：</span><a href="Show.aspx?id={d.id}">{d.title}</a></div>'
            d.links = (f'<div class="gk_related"><h4>相关解读</h4><ul><li><a href="Show.aspx?id={i.id}">{i.title}</a></li>'
                       "</ul></div>")
        if defect == "late":
            b.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            b.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    for d, _, cid, column in plans:
        d.body = (f"<p>{d.number}</p><p>各乡（镇）人民政府，县政府各部门：</p><p>现将有关事项通知如下，请认真贯彻执行。</p>")
        if d is normative[4]:
            d.body += '<p>附件：<a href="/UploadFiles/xxgk/2026/05/20260512.pdf">办法全文.pdf</a></p>'
            b.res["/UploadFiles/xxgk/2026/05/20260512.pdf"] = Resource(fake_pdf("normative"), "application/pdf")
        _gk_doc(b, cid, column, d)
    for i in interps:
        _gk_doc(b, 23, "政策解读", i)
    _frame_column(b, 21, "规范性文件", normative)
    _frame_column(b, 22, "政策文件", policy)
    interps.sort(key=lambda d: (d.when, d.id), reverse=True)
    _grid_column(b, 23, "政策解读", [(f"Show.aspx?id={i.id}", i.title, f"{i.when.year}-{i.when.month}-{i.when.day}")
                                   for i in interps])
    b.traps.append(Trap(grid_page(23), "政策解读的后续分页只能回发（__doPostBack）获取，第 1 页已有最新条目：不是空白或不更新栏目"))

    permits = [b.doc(f"{COUNTY}行政许可决定公示（{n + 1}）", AS_OF - timedelta(days=6 + 40 * n)) for n in range(4)]
    for d in permits:
        _gk_doc(b, 29, "行政许可", d)
    _frame_column(b, 29, "行政许可", permits)
    b.traps.append(Trap(column_page(29), "列表在 iframe 中的栏目，条目齐全，不是空白栏目"))
    hr = [b.doc(f"{GOV}关于{('杨', '吴', '罗', '田')[n % 4]}某某等同志职务任免的通知", date(2025, 5, 20) - timedelta(days=70 * n))
          for n in range(5)]
    for d in hr:
        _gk_doc(b, 24, "人事信息", d)
    _frame_column(b, 24, "人事信息", hr)
    frame_alias = r"^/xxgk/(?:Column|list)\.aspx\?cid={}$"
    b.key.append(Expected("stale-columns", column_page(24), "人事类栏目（列表在 iframe 中）最新信息 2025-05-20，超过 1 年",
                          probe="newest:2025-05-20", url_pattern=frame_alias.format(24)))
    _frame_column(b, 25, "财政预决算", [], empty="暂无信息")
    b.key.append(Expected("empty-columns", column_page(25), "财政预决算栏目为空（iframe 列表只有“暂无信息”）", probe="no-rows",
                          url_pattern=frame_alias.format(25)))
    _grid_column(b, 26, "重点项目", [], empty="暂无数据")
    b.key.append(Expected("empty-columns", grid_page(26), "重点项目栏目为空（GridView 空数据提示“暂无数据”）", probe="no-rows"))
    replies = [b.doc(f"对县十九届人大{2 + n // 12}次会议第{n + 3}号建议的答复", AS_OF - timedelta(days=9 + 11 * n)) for n in range(23)]
    for d in replies:
        _gk_doc(b, 27, "建议提案办理", d)
    _grid_column(b, 27, "建议提案办理", [(f"Show.aspx?id={d.id}", d.title, d.when.isoformat()) for d in replies], encoded=False)
    b.traps.append(Trap(grid_page(27), "只能回发翻页的 GridView 栏目，第 1 页条目新鲜：不是不更新栏目"))
    _reports(b)
    _statics(b)
    return [*policy[:2], *normative[:3]]


def _reports(b: _Builder) -> None:
    """政府信息公开年报 as a GridView (3 a page): 2023 missing, 2024 late, 2022 on its deadline
    day, and 2021/2020 on page 2, which only a postback shows."""
    published = {2025: date(2026, 3, 20), 2024: date(2025, 4, 8), 2022: date(2023, 3, 31), 2021: date(2022, 3, 28),
                 2020: date(2021, 3, 26)}
    rows = []
    for year, when in sorted(published.items(), reverse=True):
        title = f"{GOV}{year}年政府信息公开工作年度报告"
        d = b.doc(title, when, report_body(GOV, year, year % 13),
                  fields={"索 引 号": f"11520327009518765X/{when.year}-00003", "发文机关": GOV, "发布日期": when.isoformat()})
        _gk_doc(b, 28, "政府信息公开年报", d)
        rows.append((f"Show.aspx?id={d.id}", title, f"{when.year}/{when.month}/{when.day} 0:00:00"))
        if year == 2024:
            b.key.append(Expected("annual-reports", _show(d.id), "2024 年度报告 2025-04-08 发布，晚于 3 月 31 日",
                                  match=(COUNTY, "2024"), probe="late:2025-03-31"))
        elif year == 2022:
            b.traps.append(Trap(_show(d.id), "年报在截止日 3 月 31 日当天发布，不算逾期"))
    _grid_column(b, 28, "政府信息公开年报", rows, per_page=3)
    b.key.append(Expected("annual-reports", grid_page(28), "缺少 2023 年度政府信息公开工作年度报告",
                          match=(COUNTY, "2023"), probe="no-report:2023"))
    b.traps.append(Trap(grid_page(28), "2021、2020 年度报告在年报列表第 2 页（只能回发获取）：不能判为缺失"))


def _statics(b: _Builder) -> None:
    texts = {"政府信息公开指南": (f"<p>为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。</p>"
                          "<p>一、主动公开　二、依申请公开　三、监督和救济</p>", date(2026, 2, 10)),
             "政府信息公开制度": ("<p>本县建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。</p>", None),
             "依申请公开": ("<p>申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：县政府办公室。</p>", None),
             "机构职能": (f"<p>{GOV}是县级国家行政机关，执行县人民代表大会及其常务委员会的决议。</p>", None)}
    for url, name in _STATICS:
        text, when = texts[name]
        shown = f'<div class="gk_doc_info">发布日期：{when.isoformat()}</div>' if when else ""
        inner = f'{_gk_crumb((name, ""))}<div class="gk_detail"><h1 class="gk_doc_title">{name}</h1>{shown}<div class="gk_doc_content">{text}</div></div>'
        meta = {**_column_meta(name), **({"ArticleTitle": name, "PubDate": f"{when.isoformat()} 10:00", "ContentSource": GOV}
                                          if when else {})}
        b.page(url, _gk_page(f"{name}_{GOV}", inner, meta, url), NET)
        if when is None:
            b.traps.append(Trap(url, "无日期的单页，不是栏目"))
    menu = "".join(f'<li><a href="{_a(_gk_url(c))}">{n}</a></li>' for c, n, _ in _GK)
    inner = ('<div class="gk_home"><ul class="gk_top">' + "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
             + f'<li><a href="{_a(grid_page(28))}">政府信息公开年报</a></li></ul><h3>法定主动公开内容</h3>'
             f'<ul class="gk_cats">{menu}</ul></div>')
    b.page("/xxgk/Index.aspx", _gk_page(f"政务公开_{GOV}", inner, _column_meta("政务公开"), "/xxgk/Index.aspx"), NET)


def _home(b: _Builder, yw: AspClass, tz: AspClass, dept: list[Doc], gk: list[Doc]) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<table width="480" class="index_box"><tr><td class="index_title">{title}'
                f'<a href="{_a(more)}" class="more">更多&gt;&gt;</a></td></tr><tr><td>'
                f'<table width="100%" cellspacing="0" cellpadding="0">{rows}</table></td></tr></table>')

    def asp_rows(c: AspClass, n: int) -> str:
        return "".join(f'<tr><td class="listbg">[<a class="listA" href="{_a(_class_url(c.cid))}">{c.name}</a>]'
                       f'<a class="listA" title="文章标题：{d.title}{_CR}更新时间：{d.when.year}-{d.when.month}-{d.when.day}" '
                       f'href="{ARTICLE}{d.id}" target="_blank">{d.title[:18]}</a></td>'
                       f'<td class="listbg" align="right" width="40">{d.when:%m-%d}</td></tr>' for d in c.docs[:n])
    dept_rows = "".join(f'<tr><td class="listbg"><a href="/Item/{d.id}.aspx">{d.title}</a></td>'
                        f'<td align="right">{d.when:%m-%d}</td></tr>' for d in dept)
    gk_rows = "".join(f'<tr><td class="listbg"><a href="{_a(_show(d.id))}">{d.title[:22]}</a></td>'
                      f'<td align="right">{d.when:%m-%d}</td></tr>' for d in gk)
    body = ('<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">'
            + block("青峪要闻", _class_url(2), asp_rows(yw, 8)) + block("通知公告", _class_url(4), asp_rows(tz, 6))
            + "</td><td valign=\"top\">" + block("部门动态", _category_url(12), dept_rows)
            + block("政务公开", "/xxgk/Index.aspx", gk_rows)
            + f'<p><a href="{_a(_class_url(99))}"><img src="/Images/zt.jpg" border="0" alt="学习贯彻专题"></a>'
            '&nbsp;<a href="/xxgk/Org.aspx">机构职能</a></p></td></tr></table>')
    b.key.append(Expected("broken-links", _class_url(99), "首页专题入口指向已删除的栏目（动易错误页“找不到指定的栏目”，状态 200）",
                          probe="soft404:找不到指定的栏目"))
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    b.page("/", _html(GOV, body, meta, home=True), ASP)


_ERROR_TABLE = ('<table width="400" border="0" align="center" cellpadding="2" cellspacing="1" class="border">'
                '<tr class="title"><td height="22" align="center"><strong>错误信息</strong></td></tr>'
                '<tr class="tdbg"><td height="100" valign="top"><b>产生错误的可能原因：</b><li>{}</li></td></tr>'
                '<tr align="center" class="tdbg"><td><a href="javascript:history.go(-1)">&lt;&lt; 返回上一页</a></td></tr></table>')


def _error_page(message: str) -> Resource:
    page = (f'<html><head><title>错误信息</title><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f'<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css"></head><body><br><br>'
            f"{_ERROR_TABLE.format(message)}</body></html>")
    return Resource(page.encode("gbk"), ASP)


IIS_404 = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"><html><head><title>无法找到该页</title>'
           '<meta http-equiv="Content-Type" content="text/html; charset=GB2312"></head><body><h1>无法找到该页</h1>'
           "<p>您正在搜索的页面可能已经删除、更名或暂时不可用。</p><hr><p>HTTP 错误 404 - 文件或目录未找到。<br>"
           "Internet 信息服务 (IIS)</p></body></html>")


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"aspx offers only the small size, not {size!r}")
    b = _Builder()
    yw, tz = _portal(b)
    dept = _sitefactory(b)
    gk = _disclosure(b)
    _home(b, yw, tz, dept, gk)
    for img in ("banner.jpg", "red.png", "zt.jpg"):
        b.res[f"/Images/{img}"] = Resource(tiny_png(), "image/png")
    b.res["/Skin/DefaultSkin.css"] = Resource(b"body{font-size:12px}", "text/css")
    b.res["/js/jiucuo.js"] = Resource(b"/* jiucuo */", "application/javascript")
    b.res["/Article/GetHits.asp"] = Resource(b"document.write('128');", "application/x-javascript")
    b.key.append(Expected("footer", f"{ARTICLE}{yw.docs[0].id}", "动易文章页（ShowArticle.asp）模板页脚缺网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=ASP_ARTICLES))
    linked = {urljoin(url, unescape(h)) for url, res in b.res.items() if res.is_html
              for h in re.findall(r'(?:href|src)="([^"]+)"', res.body.decode("gbk"))}
    errors = {"/Article/ShowClass.asp": _error_page("找不到指定的栏目！"),
              "/Article/ShowArticle.asp": _error_page("你要找的文章不存在，或者已经被管理员删除！")}
    not_found = Resource(IIS_404.encode("gbk"), "text/html", 404)
    return AspxSite("aspx", size, AS_OF, dict(sorted(b.res.items())), not_found, b.key, b.traps, frozenset(),
                    errors=errors, posts=b.posts, post_only=frozenset(b.post_rows - linked))
