"""The "pga" sample site: a county government portal (汀岚县人民政府) on PageAdmin CMS (ASP.NET, the
`/e/` folder, "static generation" of list and article pages beside their `index.aspx` dynamic aliases), UTF-8.

Written from real PageAdmin markup found with the library tools (`find_string`, `read_file`); sources:
  - PageAdmin 3's page shell (`web_top` control, `find_string "Powered by PageAdmin"`): `<meta name="Author"
    content="PageAdmin CMS" />`, `/e/js/comm.js`, `/e/images/favicon.ico`, the menu `<div class="menu_box"
    id="Menu"><ul><li class="menu_style…" id="MenuItemN" name="MenuItem"><a … class="menu">`, the inline
    `var IsPageHome="…";var Lanmu_Id="…";var Sublanmu_Id="…";ShowSubMenu(Lanmu_Id);`, and the script that
    strips "-Powered by PageAdmin CMS" from `document.title`; a rendered page's `<div class="page_style
    detailpage page_l86_sl833">`, `/e/templates/161005/style.css`, the banner `/e/d/slide_15.js`;
  - a rendered PageAdmin column page (a copy kept in a public repository): `main_box main_box_style1` /
    `main_box_inner_left` with `<div id="nav_128" class="nav_box nav_box_menu"><div class="nav_title"><span
    class="nav_sign">…</span>`, `<ul id="rootul_128"><li id="sl647"><a href="…" class="sla647">`,
    `shut_allsubnav("rootul_128"); expand_subnav("sl647","0");`, the trail `<div class="current_location
    current_location_647"><ul><li class="current_location_1">当前位置：<a href=/>首页</a> &gt; …</li><li
    class="current_location_2">…</li></ul></div>`, `<div class="sublanmu_box sublanmu_box_647"><div
    class="sublanmu_content sublanmu_content_introduct">` (a single-page column);
  - PageAdmin's list controls (`sublanmu_zdymodel`): `<ul class="article"><li><span class="title"><a href=…
    title=…>…</a></span><span class="date">yyyy-MM-dd</span></li>`, the picture list `<ul class="tw_article"><li>
    <span class="pic">…<span class="title">…<p class="introduct">` (no date), the letter list `<table
    class="letter_list">` (主题/类型/来信时间/回复状况), and the pager: `<div id="sublanmu_page"
    class="sublanmu_page">` with 首页/上一页 as `<span>` on page 1, page numbers `<a href="GoPage(i)">i</a>`,
    the current page `<span class="c">n</span>`, `...`, 下一页/尾页 (`class="nextpage"`/`"lastpage"`) and
    `String.Format(Page_LinkInfo, CurrentPage, PageCount, RecordCount)`; the ajax variant `<div
    class="sublanmu_page ajax_zdymodel_page"><a href="javascript:rajax_<model><n>(2,<syn>)">`;
  - the static-generation code (`Build_SubLanmu` in the admin's build page): a column is generated as its
    folder's page and as `1.html` … `<list_html_page>.html` (only the first N pages are static; the rest are
    served by `index.aspx?lanmuid=L&sublanmuid=S`), and `DetailUrl`: an article is `Static_dir/Id.html`
    (html=2), `<table>/detail_<id>.html` (html=1), else `index.aspx?lanmuid=L&sublanmuid=S&id=N`;
  - the article control (`detail_zdymodel`): `<div class="articleinfor" id="articleinfor"><ul><li
    class="title"><h1>…</h1></li><li class="info">发布日期：yyyy-MM-dd&nbsp;… 浏览量：<span id="clicks"></span>
    … 来源：… 字号：[<a href="javascript:FontZoom('16px','Content')">大</a> …]</li></ul><div class="content"
    id="Content">`, the attachment `<div style="…background:url(/e/images/icon/pdf.gif)…"><a href=…>name</a>
    </div>`, `/e/js/internal_page.js` (splits `Content` at `<hr style="page-break-after:always"
    class="ke-pagebreak">`), the `<div class='related'>&nbsp;<span class='headtxt'>相关文档</span><ul>` box,
    `<ul class="sublanmu_pn"><li>上一篇：…</li><li>下一篇：…</li></ul>`, `Get_Info("article","N")`;
  - home blocks: `<div class="sy_xw"><div class="tit"><span class="a">公司新闻</span><span class="b"><a
    href="/index.aspx?lanmuid=63&sublanmuid=547">more+</a></span></div>` (the 更多 link to the dynamic alias),
    the slide script `var Pics="/e/upload/s1/article/image/2016/12/….jpg|…"; var Links="/index.aspx?lanmuid=63&
    sublanmuid=547&id=626|…"`; uploads under `/e/upload/s1/article/image/yyyy/mm/`, `/e/upload/s1/fck/…`;
    the site search `location.href="/index.aspx?modelid=49&lanmuid=61&sublanmuid=642&kw="+encodeURI(…)`;
  - government sites on it, by their URLs in public scrapers and lists: www.wlthq.gov.cn (乌拉特后旗,
    `index.aspx?lanmuid=46&sublanmuid=544`, rows `//span[@class='title']`, 下一页, `li[@class='info']`,
    `div[@class='content']`), www.fanxian.gov.cn (范县, `/index.aspx?lanmuid=76&sublanmuid=973` 财政预决算).
Guessed, said as such: the static article folders `/<lanmu>/<sub>/<yyyymm>/<id>.html` (a `static_dir` per
article), the exact addresses GoPage writes (`N.html` for the static pages, `index.aspx?…&page=N` beyond,
every page dynamic on a dynamic page), the Page_LinkInfo wording, the 信息公开 documents' metadata table and
its labels (a custom model's fields), the 政策解读 wording and which box links a document to its
interpretation (PageAdmin's 相关文档 box), the 情况说明 text, the footer (网站标识码, 蒙ICP备, 蒙公网安备,
the conac badge; the commercial licence removes "Powered by PageAdmin"), the empty-list text, every
page's wording and the 404 page.

Variety on purpose: list pages at the folder, `1.html` (an alias of page 1), `2.html`, then dynamic
`index.aspx?…&page=N` later pages that link every page dynamically; home "more+" links to dynamic column
aliases and a slide script naming dynamic article aliases; the 信息公开 documents, interpretations and
reports all in one `/article/detail_N.html` folder that names no column; an interpretation linking its
document by the dynamic alias; a letter list served only dynamically; an ajax-paged list whose later
pages no link reaches (its older articles only along the articles' 上一篇/下一篇 chain, deeper than the
crawl's max_depth); a dateless picture list; a list showing an update day; `javascript:FontZoom`
links; a report split by page-break markers. Every planted defect is an `Expected` entry written before
the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "汀岚县"
GOV = "汀岚县人民政府"
SITE_ID = "1508250011"
HTML = "text/html; charset=utf-8"
DETAIL = r"^/article/detail_\d+\.html$"  # the 信息公开 article template (html=1 static mode)
PAGEBREAK = '<hr style="page-break-after:always" class="ke-pagebreak">'


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = GOV
    fields: dict[str, str] | None = None
    related: list[tuple[str, str]] = field(default_factory=list)  # 相关文档: (href, title)
    files: list[str] = field(default_factory=list)  # attachment hrefs
    listed: date | None = None  # the row's date when the list shows the update day


@dataclass
class Col:
    lanmu: int
    sub: int
    path: str  # "/xwzx/tlyw/": page 1 is the folder; static pages n.html up to `static_pages`
    name: str
    section: str  # xwzx | xxgk | hdjl
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    static_pages: int = 2  # list_html_page: pages beyond are served only by index.aspx
    rows: str = "article"  # article | pic | letter
    detail: str = "static"  # static (static_dir/id.html) | table (/article/detail_id.html) | dynamic
    ajax: bool = False  # the pager calls rajax_… (no address)
    empty: str | None = None
    note: str = ""

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    @property
    def dyn(self) -> str:
        return f"/index.aspx?lanmuid={self.lanmu}&sublanmuid={self.sub}"

    def url(self, n: int = 1, dynamic: bool = False) -> str:
        if dynamic or n > self.static_pages:
            return self.dyn + (f"&page={n}" if n > 1 or dynamic else "")
        return self.path if n == 1 else f"{self.path}{n}.html"

    def doc_url(self, d: Doc) -> str:
        if self.detail == "table":
            return f"/article/detail_{d.id}.html"
        if self.detail == "dynamic":
            return self.alias(d)
        return f"{self.path}{d.when:%Y%m}/{d.id}.html"

    def alias(self, d: Doc) -> str:
        return f"{self.dyn}&id={d.id}"


_SECTIONS = {"xwzx": (61, "新闻中心", "/xwzx/"), "xxgk": (62, "信息公开", "/xxgk/"), "hdjl": (63, "互动交流", "/hdjl/")}
_MENU = (("首页", "/", 0), ("新闻中心", "/xwzx/", 61), ("信息公开", "/xxgk/", 62), ("互动交流", "/hdjl/", 63))


# ---------------------------------------------------------------- page shells

def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.tinglan.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    keywords = meta.get("ColumnName", GOV)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            f"<title>{escape(title)}</title>\n<meta name=\"keywords\" content=\"{escape(keywords)}\" />\n"
            f'<meta name="description" content="{escape(keywords)}" />\n{metas}'
            '<meta name="Author" content="PageAdmin CMS" />\n<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
            '<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />\n'
            '<link href="/e/templates/tl2019/style.css" type="text/css" rel="stylesheet" />\n'
            '<script src="/e/js/jquery.min.js" type="text/javascript"></script>\n'
            '<script src="/e/js/comm.js" type="text/javascript"></script>\n'
            '<link rel="shortcut icon" type="image/ico" href="/e/images/favicon.ico">\n</head>\n')


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


def _top(lanmu: int, sub: int, kind: str) -> str:
    items = "".join(f'<li class="menu_style{"_homepage" if not i else ""}{" menu_current" if i == lanmu else ""}" id="MenuItem{i}" '
                    f'name="MenuItem"><a href="{u}" class="menu" target=\'_self\'>{n}</a></li>\n' for n, u, i in _MENU)
    return (f'<div class="page_style {kind} page_l{lanmu}{f"_sl{sub}" if sub else ""}">\n<div class="top_box">'
            f'<div class="logo"><a href="/"><img src="/e/upload/s1/fck/image/logo.png" border=0></a></div>\n'
            '<div class="topcontent"><div class="search"><input id="s_kw" class="s_tb" value="请输入关键词" '
            'onfocus="if(this.value==\'请输入关键词\')this.value=\'\'"/><input type="button" class="s_bt" onclick="sitesearch()"/></div>\n'
            '<script type="text/javascript">\nfunction sitesearch()\n {\n   var s_kw=Id("s_kw");\n'
            '  location.href="/index.aspx?modelid=49&lanmuid=61&sublanmuid=642&kw="+encodeURI(s_kw.value);\n }\n</script></div>\n'
            f'<div class="menu_box" id="Menu"><ul>\n{items}</ul></div>\n'
            f'<script type="text/javascript">var IsPageHome="{1 if kind == "homepage" else ""}";var Lanmu_Id="{lanmu}";'
            f'var Sublanmu_Id="{sub}";ShowSubMenu(Lanmu_Id);</script>\n</div>\n')


def _footer(site_id: bool = True, home: bool = False) -> str:
    code = f"网站标识码：{SITE_ID}&nbsp;&nbsp;" if site_id else ""
    badge = ('<span id="_ideConac"><a href="http://bszs.conac.cn/sitename?method=show&id=1F2E3D4C5B6A7980" target="_blank">'
             '<img src="/e/upload/s1/fck/image/red.png" alt="党政机关"></a></span>\n'
             f'<script id="_jiucuo_" sitecode=\'{SITE_ID}\' src=\'https://zfwzgl.www.gov.cn/exposure/jiucuo.js\'></script>\n') if home else ""
    return ('<div class="bottom_box"><div class="bottom_content">\n'
            f'<p>主办：{GOV}办公室&nbsp;&nbsp;承办：{COUNTY}融媒体中心&nbsp;&nbsp;地址：{COUNTY}岚山路8号&nbsp;&nbsp;电话：0478-6612345</p>\n'
            f'<p>{code}<a href="https://beian.miit.gov.cn/" target="_blank">蒙ICP备13002817号</a>&nbsp;&nbsp;'
            '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=15082502000123" target="_blank">'
            f'蒙公网安备 15082502000123号</a></p>\n{badge}</div></div>\n')


def _page(title: str, lanmu: int, sub: int, kind: str, body: str, meta: dict[str, str], site_id: bool = True,
          home: bool = False) -> Resource:
    html = (f"{_head(title, meta)}<body>\n{_top(lanmu, sub, kind)}{body}\n{_footer(site_id, home)}"
            '<script language="javascript">\nvar strValue = " ";\nvar strTitle = document.title;\n'
            'document.title = strTitle.replace("-Powered by PageAdmin CMS",strValue);</script>\n</div>\n</body>\n</html>\n')
    return Resource(html.encode("utf-8"), HTML)


def _location(parts: list[tuple[str, str]], last: str, sub: int) -> str:
    links = " &gt; ".join(['<a href=/>首页</a>', *(f'<a href="{u}">{n}</a>' for n, u in parts)])
    return (f'<div class="current_location current_location_{sub}" id="current_location"><ul><li class="current_location_1">'
            f'当前位置：{links}</li><li class="current_location_2">{last}</li></ul></div>')


# ---------------------------------------------------------------- lists

def _rows(col: Col, docs: list[Doc]) -> str:
    if not docs:
        return f'<ul class="article"><li class="nodata">{col.empty}</li></ul>' if col.empty else '<ul class="article">\n</ul>'
    if col.rows == "pic":
        lis = "".join(f'\n<li><span class="pic"><a href="{_a(col.doc_url(d))}" target="_blank"><img src="/e/upload/s1/article/image/'
                      f'{d.when:%Y/%m}/t_{d.id}.jpg" border="0" style="width: 150px; height: 150px;"></a></span> <span class="title">'
                      f'<a href="{_a(col.doc_url(d))}" target="_blank" title="{d.title}">{d.title}</a></span>\n'
                      f'<p class="introduct">{d.title}。</p></li>' for d in docs)
        return f'<ul class="tw_article">{lis}\n</ul>'
    if col.rows == "letter":
        trs = "".join(f'\n <tr><td><a href="{_a(col.doc_url(d))}" target="_blank">{d.title}</a></td><td align="center">咨询</td>'
                      f'<td align="center">{d.when:%Y-%m-%d}</td><td align="center">已回复</td></tr>' for d in docs)
        return ('<table width="100%" border="0" cellpadding="0" cellspacing="0" class="letter_list">\n <tr class="head">\n'
                ' <td width="60%" align="center"><b>主题</b></td>\n <td width="10%" align="center"><b>类型</b></td>\n'
                ' <td width="20%" align="center"><b>来信时间</b></td>\n <td width="10%" align="center"><b>回复状况</b></td>\n</tr>'
                f"{trs}\n</table>")
    lis = "".join(f'\n<li><span class="title">\n<a href="{_a(col.doc_url(d))}" target="_blank" title="{d.title}" style="">{d.title}</a>'
                  f'</span><span class="date">{d.listed or d.when:%Y-%m-%d}</span></li>' for d in docs)
    return f'<ul class="article">{lis}\n</ul>'


def _pager(col: Col, n: int, dynamic: bool) -> str:
    """PageAdmin's sublanmu_page: GoPage(i) is the static `i.html` for the generated pages (the dynamic
    alias beyond them); on a dynamic page every GoPage is dynamic. The ajax variant names no address."""
    pages, total = col.pages, len(col.docs)
    if col.ajax:
        go = lambda k: f"javascript:rajax_1901({k},1)"  # noqa: E731
    else:
        go = lambda k: _a(col.url(k, dynamic=True) if dynamic else (f"{col.path}{k}.html" if k <= col.static_pages else col.url(k)))  # noqa: E731
    html = '<div id="sublanmu_page" class="sublanmu_page' + (' ajax_zdymodel_page' if col.ajax else '') + '">'
    html += '<span class="firstpage">首页</span>' if n == 1 else (f'<a href="{go(1)}" class="firstpage">首页</a> '
                                                                  f'<a href="{go(n - 1)}" class="prevpage">上一页</a>')
    for k in range(1, min(pages, 8) + 1):
        html += f' <span class="c">{k}</span>' if k == n else f' <a href="{go(k)}">{k}</a>'
    if n < pages:
        html += f' <a href="{go(n + 1)}" class="nextpage">下一页</a> <a href="{go(pages)}" class="lastpage">尾页</a>'
    else:
        html += ' <span class="lastpage">尾页</span>'
    return html + f' <span class="pageinfo">共{total}条记录 页次:{n}/{pages}</span></div>'


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 1460
        self.aliases: list[tuple[Col, Doc]] = []  # static articles also linked at index.aspx?…&id=N

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def nav(self, col: Col) -> str:
        lanmu, name, _ = _SECTIONS[col.section]
        lis = "".join(f'<li id="sl{c.sub}"><a href="{_a(c.url())}" class="sla{c.sub}">{c.name}</a></li>\n'
                      for c in self.cols if c.section == col.section)
        if col.section == "xxgk":
            lis += "".join(f'<li id="sl{sub}"><a href="{u}" class="sla{sub}">{n}</a></li>\n' for u, n, sub in _STATICS)
        return (f'<div class="main_box_inner_left">\n<div id="nav_{lanmu}" class="nav_box nav_box_menu">\n'
                f'<div class="nav_title"><span class="nav_sign">{name}</span><span class="nav_more"></span></div>\n'
                f'<div id="nav_menu_{lanmu}" class="nav_menu">\n<ul id="rootul_{lanmu}">{lis}</ul>\n</div></div>\n'
                f'<script type="text/javascript">\nshut_allsubnav("rootul_{lanmu}");\nexpand_subnav("sl{col.sub}","0");\n</script>\n</div>\n')

    def shell(self, col: Col, inner: str, trail_tail: str = "") -> str:
        _, name, url = _SECTIONS[col.section]
        trail = _location([(name, url), (col.name, col.url())], trail_tail or col.name, col.sub)
        return (f'<div class="main_box main_box_style1">\n <div class="main_box_inner">\n{self.nav(col)}'
                f'   <div class="main_box_inner_right">\n{trail}\n<div class="sublanmu_box sublanmu_box_{col.sub}" id="sublanmu_box">\n'
                f'{inner}\n</div></div>\n </div>\n <div class="clear main_box_inner_bottom"></div>\n</div>')

    def list_page(self, col: Col, n: int, dynamic: bool) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.note:
            inner = f'<div class="sublanmu_content sublanmu_content_introduct"><p>{col.note}</p></div>'
        else:
            pager = _pager(col, n, dynamic) if col.pages > 1 else ""
            inner = f'<div class="sublanmu_content sublanmu_content_article">{_rows(col, docs)}\n{pager}\n</div>'
        return _page(f"{col.name}-{GOV}", col.lanmu, col.sub, "sublanmupage", self.shell(col, inner), _col_meta(col.name))

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.listed or d.when, d.id), reverse=True)
            dynamic = col.pages > col.static_pages and not col.ajax  # a later page only index.aspx serves
            for n in range(1, (1 if col.ajax else col.pages) + 1):
                if n <= col.static_pages:
                    self.res[col.url(n)] = self.list_page(col, n, dynamic=False)
                    if n == 1 and col.pages > 1 and not col.ajax:
                        self.res[f"{col.path}1.html"] = self.res[col.url(1)]
                        self.traps.append(Trap(f"{col.path}1.html", "1.html 是静态生成的第 1 页（与栏目目录页相同），不是另一个栏目"))
                if dynamic:
                    self.res[col.url(n, dynamic=True)] = self.list_page(col, n, dynamic=True)
                    if n == 1:
                        self.traps.append(Trap(col.url(1, dynamic=True), "index.aspx?…&page=1 是栏目第 1 页的动态地址，同一栏目"))
                    elif n <= col.static_pages:
                        self.traps.append(Trap(col.url(n, dynamic=True), LATER_PAGE))
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for k, d in enumerate(col.docs):
                self.article(col, d, col.docs[k - 1] if k else None, col.docs[k + 1] if k + 1 < len(col.docs) else None)
        for col, d in self.aliases:  # index.aspx renders the same article
            self.res[col.alias(d)] = self.res[col.doc_url(d)]

    def article(self, col: Col, d: Doc, newer: Doc | None, older: Doc | None) -> None:
        info = ""
        if d.fields is not None:
            cells = [f'<td class="t">{k}：</td><td class="c">{v}</td>' for k, v in d.fields.items()]
            info = ('<table class="xxgk_info" width="100%" border="0" cellspacing="0" cellpadding="0">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>\n")
        files = "".join(f'<div style="padding:5px 0 0 17px;background:url(/e/images/icon/{h.rsplit(".", 1)[1]}.gif) no-repeat left center;">'
                        f'<a href="{_a(h)}">{h.rsplit("/", 1)[1]}</a></div>\n' for h in d.files)
        related = ""
        if d.related:
            related = ("<div class='related'>&nbsp;<span class='headtxt'>相关文档</span><ul>"
                       + "".join(f'<li><a href="{_a(h)}" target=_blank>{t}</a></li>' for h, t in d.related) + "</ul></div>\n")
        pn = lambda x: f'<a href="{_a(col.doc_url(x))}">{x.title}</a>' if x else ""  # noqa: E731
        body = (f'<div class="sublanmu_content" id="sublanmu_content">\n{info}<div class="articleinfor" id="articleinfor">\n<ul>\n'
                f'<li class="title"><h1>{escape(d.title)}\n</h1></li>\n<li class="info">\n发布日期：{d.when:%Y-%m-%d}&nbsp;&nbsp;\n'
                f'浏览量：<span id="clicks"></span>&nbsp;&nbsp;&nbsp;来源：{d.source}&nbsp;&nbsp;字号：[&nbsp;'
                '<a href="javascript:FontZoom(\'16px\',\'Content\')">大</a> <a href="javascript:FontZoom(\'14px\',\'Content\')">中</a>  '
                '<a href="javascript:FontZoom(\'12px\',\'Content\')">小</a>]\n</li>\n</ul>\n'
                f'<div class="content" id="Content">\n{d.body}\n{files}</div>\n</div>\n'
                '<script src="/e/js/internal_page.js" type="text/javascript"></script>\n'
                f'{related}<ul class="sublanmu_pn">\n<li>{"上一篇：" + pn(newer) if newer else ""}</li>\n'
                f'<li>{"下一篇：" + pn(older) if older else ""}</li>\n</ul>\n'
                f'<script type="text/javascript">Get_Info("article","{d.id}")</script>\n</div>')
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.when:%Y-%m-%d} 09:30", "ContentSource": d.source}
        page = _page(f"{d.title}-{GOV}", col.lanmu, col.sub, "detailpage", self.shell(col, body, "正文"), meta,
                     site_id=col.detail != "table")
        self.res[col.doc_url(d)] = page


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_SUBJECTS = ("召开县政府常务会议", "开展安全生产大检查", "推进高标准农田建设", "召开防汛抗旱工作调度会", "督查民生实事进展",
             "开展文明城市创建志愿服务", "调研重点企业生产经营", "召开森林草原防火工作会议", "举办农牧民丰收节活动",
             "推进老旧小区改造", "开展义务教育督导", "召开招商引资推进会")
_TOWNS = ("岚山镇", "汀水镇", "白杨苏木", "新丰乡")
_STATICS = (("/xxgk/zfxxgkzn/", "政府信息公开指南", 631), ("/xxgk/zfxxgkzd/", "政府信息公开制度", 632),
            ("/xxgk/jgzn/", "机构职能", 633), ("/xxgk/ysqgk/", "依申请公开", 634))
BROKEN_IMAGE = "/e/upload/s1/article/image/2026/11/18093124.jpg"
BROKEN_PDF = "/e/upload/s1/article/file/2026/04/10151207.pdf"
DELETED = "/xwzx/tlyw/202602/1399.html"
SEARCH = "/index.aspx?modelid=49&lanmuid=61&sublanmuid=642&kw="


def _news(s: _Site) -> tuple[Col, Col, Col]:
    tlyw = Col(61, 611, "/xwzx/tlyw/", "汀岚要闻", "xwzx", per_page=15, static_pages=2)
    for i in range(38):
        tlyw.docs.append(s.doc(f"{COUNTY}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{COUNTY}{_SUBJECTS[i % 12]}。", "会议要求，要压实责任，确保各项工作落到实处。"),
                               source=f"{COUNTY}融媒体中心"))
    tlyw.docs[3].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" border="0" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404（/e/upload/s1 上传路径）", probe="status:404"))
    tlyw.docs[6].body += f'<p>相关阅读：<a href="{DELETED}">我县召开全县经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的静态文章（404）", probe="status:404"))
    good = "/e/upload/s1/article/image/2026/11/18101530.jpg"
    tlyw.docs[8].body += f'<p style="text-align:center"><img src="{good}" border="0" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")

    bmdt = Col(61, 612, "/xwzx/bmdt/", "部门动态", "xwzx", per_page=12)
    for i in range(22):
        bmdt.docs.append(s.doc(f"{('县发改委', '县教育局', '县卫健委', '县农牧局')[i % 4]}{_SUBJECTS[(i + 3) % 12]}",
                               date(2026, 10, 20) - timedelta(days=i * 5)))
    s.key.append(Expected("stale-columns", bmdt.url(), "动态类栏目最新信息 2026-10-20，超过 14 天", probe="newest:2026-10-20"))

    xzdt = Col(61, 613, "/xwzx/xzdt/", "乡镇动态", "xwzx", per_page=10, ajax=True)
    for i in range(17):
        xzdt.docs.append(s.doc(f"{_TOWNS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", AS_OF - timedelta(days=2 + i * 4)))
    s.traps.append(Trap(xzdt.url(), "分页条是 rajax 脚本（没有地址）；第 1 页最新 2026-11-18，不是过期栏目"))

    tpxw = Col(61, 614, "/xwzx/tpxw/", "图片新闻", "xwzx", rows="pic")
    for i in range(8):
        tpxw.docs.append(s.doc(f"图说{COUNTY}：{_SUBJECTS[(i + 7) % 12]}", AS_OF - timedelta(days=3 + i * 6)))
    s.traps.append(Trap(tpxw.url(), "图片列表只有图片、标题和简介（日期在文章页），不是空栏目，最新文章日期未超期"))
    s.aliases += [(tpxw, d) for d in tpxw.docs[:4]]  # the home slide script's Links (newest first)

    tzgg = Col(61, 615, "/xwzx/tzgg/", "通知公告", "xwzx", per_page=8, static_pages=2)
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于做好{('冬春季森林草原防火', '节假日安全', '冬季供暖', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 4, 10) - timedelta(days=i * 11), source=f"{GOV}办公室"))
    s.key.append(Expected("stale-columns", tzgg.url(), "通知公告最新信息 2026-04-10，超过 6 个月（第 3 页只有动态地址）",
                          probe="newest:2026-04-10"))
    tzgg.docs[1].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                           _paras("经清理，继续有效的行政规范性文件27件，宣布失效3件，废止2件。", GOV, "2026年3月16日"),
                           source=f"{GOV}办公室"))
    ok_file = "/e/upload/s1/article/file/2026/03/28094411.doc"
    tzgg.docs[2].files.append(ok_file)
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/msword")
    s.traps.append(Trap(tzgg.dyn, "首页“more+”链接的是通知公告的动态地址（index.aspx?lanmuid=61&sublanmuid=615），与静态栏目是同一栏目"))
    for c in (tlyw, bmdt, xzdt, tpxw, tzgg):
        s.cols.append(c)
    return tlyw, tzgg, tpxw


# Normative documents (subject, defect): missing / late / unlinked / meta:<label>
_NORMATIVE = (("牧区草场流转管理", ""), ("城区停车管理", "missing"), ("建设用地审批管理", "meta:发文字号"),
              ("政府投资项目管理", "late"), ("中小企业扶持资金管理", "unlinked"), ("城镇老旧小区改造", "dynlink"),
              ("农村牧区宅基地管理", "meta:有效性"), ("公共租赁住房管理", "meta:成文日期"), ("住房公积金提取管理", ""))


def _disclosure(s: _Site) -> Col:
    gfx = Col(62, 621, "/xxgk/gfxwj/", "规范性文件", "xxgk", per_page=6, detail="table")
    zcjd = Col(62, 622, "/xxgk/zcjd/", "政策解读", "xxgk", per_page=6, detail="table")
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 28) - timedelta(days=26 * k)
        d = s.doc(f"{GOV}关于印发《{COUNTY}{subject}办法》的通知", when)
        d.fields = {"索引号": f"11150825MB0158322K/{when.year}-{k + 17:05d}", "主题分类": "综合政务", "发布机构": GOV,
                    "发文字号": f"汀政规发〔{when.year}〕{12 - k}号", "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if defect == "meta:发文字号":
            d.fields["发文字号"] = ""
        elif defect.startswith("meta:"):
            del d.fields[defect[5:]]
        short = f"{COUNTY}{subject}办法"
        d.body = _paras("各苏木乡镇人民政府，县政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        GOV, f"{when.year}年{when.month}月{when.day}日")
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{defect[5:]}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 12 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"图解：《{short}》", f"关于《{short}》的解读")[k % 3], when + timedelta(days=lag),
                  _paras("一、起草背景", "二、主要内容", "三、政策亮点"), source=f"{GOV}办公室")
        if defect != "unlinked":
            i.related = [(gfx.alias(d) if defect == "dynlink" else url, d.title)]
            if defect == "dynlink":
                s.aliases.append((gfx, d))
            d.related = [(zcjd.doc_url(i), i.title)]
            if defect == "":
                s.traps.append(Trap(url, "文件与解读在“相关文档”中互相链接，解读已及时发布"))
            elif defect == "dynlink":
                s.traps.append(Trap(url, "解读链接的是文件的动态地址（index.aspx?…&id=N），与静态页是同一文件：已互相链接"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps
    for n in range(5):  # interpretations of the county's other policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{COUNTY}{('优化营商环境', '促进消费', '稳岗就业', '乡村振兴', '草原生态保护')[n]}若干措施》解读",
                               date(2026, 11, 12) - timedelta(days=9 * n), _paras("一、出台背景", "二、主要措施"), source=f"{GOV}办公室"))

    rsxx = Col(62, 623, "/xxgk/rsxx/", "人事信息", "xxgk", detail="table")
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('周', '吴', '郑', '王')[n % 4]}某某等同志职务任免的通知", date(2025, 9, 30) - timedelta(days=47 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-09-30，超过 1 年", probe="newest:2025-09-30"))

    ghjh = Col(62, 624, "/xxgk/ghjh/", "规划计划", "xxgk", detail="table")
    for n in range(12):
        d = s.doc(f"{COUNTY}{('农牧业', '交通运输', '生态环境', '文化旅游')[n % 4]}发展规划实施情况（{n + 1}）",
                  date(2026, 8, 15) - timedelta(days=30 * n))
        d.listed = date(2026, 11, 2)
        ghjh.docs.append(d)
    s.traps.append(Trap(ghjh.url(), "列表日期都是批量更新日 2026-11-02；文章的发布日期最新 2026-08-15 也在 1 年内：不是过期栏目"))

    czzj = Col(62, 625, "/xxgk/czzj/", "财政资金", "xxgk", empty="暂无信息")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（只有“暂无信息”）", probe="no-rows"))
    zdxm = Col(62, 626, "/xxgk/zdxm/", "重大项目", "xxgk")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目为空（列表 <ul class=\"article\"> 里什么也没有）", probe="no-rows"))
    tjxx = Col(62, 627, "/xxgk/tjxx/", "统计信息", "xxgk",
               note="情况说明：本县统计信息由县统计局统一发布，详见县统计局网站“统计数据”栏目；本栏目不单独发布。")
    s.traps.append(Trap(tjxx.url(), "只有情况说明的栏目不是空白栏目"))

    ndbg = Col(62, 628, "/xxgk/ndbg/", "政府信息公开年报", "xxgk", detail="table")
    published = {2025: date(2026, 3, 24), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31), 2021: date(2022, 3, 25),
                 2020: date(2021, 3, 30)}
    for year, when in published.items():
        title = f"{GOV}{year}年度政府信息公开工作报告" if year == 2021 else f"{GOV}{year}年政府信息公开工作年度报告"
        body = report_body(GOV, year, year % 13)
        if year == 2025:  # internal_page.js shows it in pages split at the editor's page-break markers
            body = body.replace("<h3>三、", f"{PAGEBREAK}<h3>三、").replace("<h3>五、", f"{PAGEBREAK}<h3>五、")
        d = s.doc(title, when, body)
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                  match=(COUNTY, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在截止日 3 月 31 日当天发布，不算逾期"))
        elif year == 2021:
            s.traps.append(Trap(ndbg.doc_url(d), "标题写作“2021年度政府信息公开工作报告”的年报是合规年报"))
        elif year == 2025:
            s.traps.append(Trap(ndbg.doc_url(d), "正文用分页符（ke-pagebreak）分成三页由脚本显示，静态 HTML 里六部分和表格齐全"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告",
                          match=(COUNTY, "2024"), probe="no-report:2024"))
    for c in (gfx, zcjd, rsxx, ghjh, czzj, zdxm, tjxx, ndbg):
        s.cols.append(c)
    return gfx


def _interaction(s: _Site) -> None:
    xzxx = Col(63, 641, "/hdjl/xzxx/", "县长信箱", "hdjl", per_page=10, rows="letter", detail="dynamic")
    for i in range(7):
        xzxx.docs.append(s.doc(f"关于{('小区供暖', '道路维修', '农牧民补贴', '学校招生')[i % 4]}问题的咨询（{i + 1}）",
                               AS_OF - timedelta(days=2 + i * 9), _paras("来信内容：……", "答复：您好，已转相关部门办理。"),
                               source=f"{GOV}办公室"))
    s.traps.append(Trap(xzxx.url(), "来信列表（文章只有 index.aspx 动态地址），最新来信 2026-11-18：不是过期或空栏目"))
    zjdc = Col(63, 642, "/hdjl/zjdc/", "征集调查", "hdjl")
    s.key.append(Expected("empty-columns", zjdc.url(), "征集调查栏目列表区什么也没有", probe="no-rows"))
    s.cols += [xzxx, zjdc]


def _statics(s: _Site) -> None:
    texts = {"政府信息公开指南": (_paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。",
                                   "一、主动公开　二、依申请公开　三、监督和救济"), date(2026, 3, 2)),
             "政府信息公开制度": (_paras("本县建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"), None),
             "机构职能": (_paras(f"{GOV}是县级国家行政机关，执行县人民代表大会及其常务委员会的决议。"), None),
             "依申请公开": (_paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：县政府办公室。"), None)}
    for url, name, sub in _STATICS:
        text, when = texts[name]
        col = Col(62, sub, url, name, "xxgk")
        shown = f'<div class="date">更新时间：{when:%Y-%m-%d}</div>' if when else ""
        inner = (f'<div class="sublanmu_content sublanmu_content_introduct"><div class="sublanmu_content sublanmu_content_introduct" '
                 f'id="Content">{shown}{text}</div></div>')
        s.res[url] = _page(f"{name}-{GOV}", 62, sub, "sublanmupage", s.shell(col, inner),
                           {**_col_meta(name), **({"PubDate": f"{when:%Y-%m-%d} 10:00"} if when else {})})
        if when is None:
            s.traps.append(Trap(url, "无日期的单页栏目，不是过期栏目"))
    links = "".join(f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in s.cols if c.section == "xxgk")
    statics = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n, _ in _STATICS)
    body = (f'<div class="main_box main_box_style2">{_location([], "信息公开", 62)}<div class="xxgk_index"><ul class="gk_top">'
            f'{statics}</ul><div class="tit"><span class="a">法定主动公开内容</span></div><ul class="gk_lm">{links}</ul></div></div>')
    s.res["/xxgk/"] = _page(f"信息公开-{GOV}", 62, 0, "lanmupage", body, _col_meta("信息公开"))
    s.traps.append(Trap("/xxgk/", "信息公开首页是导航页（各栏目入口），不是栏目"))
    hd = "".join(f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in s.cols if c.section == "hdjl")
    s.res["/hdjl/"] = _page(f"互动交流-{GOV}", 63, 0, "lanmupage",
                            f'<div class="main_box main_box_style2">{_location([], "互动交流", 63)}<ul class="hd_lm">{hd}</ul></div>',
                            _col_meta("互动交流"))
    s.traps.append(Trap("/hdjl/", "互动交流首页是导航页，不是栏目"))


def _channel(s: _Site) -> None:
    """新闻中心: a block of each child column's newest rows with its more+ link; a channel page, not a column."""
    blocks = "".join(
        f'<div class="sy_xw"><div class="tit"><span class="a">{c.name}</span><span class="b"><a href="{_a(c.url())}">more+</a></span></div>'
        '<ul>' + "".join(f'<li><a href="{_a(c.doc_url(d))}" title="{d.title}">{d.title}</a><span>{d.when:%Y-%m-%d}</span></li>'
                         for d in c.docs[:5]) + "</ul></div>"
        for c in s.cols if c.section == "xwzx" and c.rows != "pic")
    body = f'<div class="main_box main_box_style2">{_location([], "新闻中心", 61)}<div class="xwzx_index">{blocks}</div></div>'
    s.res["/xwzx/"] = _page(f"新闻中心-{GOV}", 61, 0, "lanmupage", body, _col_meta("新闻中心"))
    s.traps.append(Trap("/xwzx/", "新闻中心是频道页（各子栏目区块和 more+ 链接），不是栏目"))


def _search(s: _Site) -> None:
    """The search box's script address with no keyword: PageAdmin's search control answers "no match"."""
    col = Col(61, 642, "/xwzx/", "站内搜索", "xwzx")
    inner = ('<div class="sublanmu_content sublanmu_content_article"><ul class="article">\n'
             "无匹配的记录,请更换关键字重新搜索！</ul></div>")
    s.res[SEARCH] = _page(f"站内搜索-{GOV}", 61, 642, "searchpage", s.shell(col, inner), _col_meta("站内搜索"))
    s.traps.append(Trap(SEARCH, "站内搜索页（关键词为空时“无匹配的记录”），不是空栏目"))


def _home(s: _Site, tlyw: Col, tzgg: Col, tpxw: Col, gfx: Col) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<div class="sy_xw">\n  <div class="tit">\n    <span class="a">{title}</span><span class="b"><a href="{_a(more)}">more+</a></span>\n'
                f'  </div>\n  <ul>{rows}</ul>\n</div>\n')
    row = lambda c, d: f'<li><a href="{_a(c.doc_url(d))}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'  # noqa: E731
    yw = "".join(row(tlyw, d) for d in tlyw.docs[:8])
    tz = "".join(row(tzgg, d) for d in tzgg.docs[:6])
    gk = "".join(row(gfx, d) for d in gfx.docs[:4])
    slides = tpxw.docs[:4]  # sorted by render(); their aliases were registered there
    pics = "|".join(f"/e/upload/s1/article/image/{d.when:%Y/%m}/t_{d.id}.jpg" for d in slides)
    links = "|".join(tpxw.alias(d) for d in slides)
    titles = "|".join(d.title for d in slides)
    slide = ('<div class="focus"><script type="text/javascript">\nvar Show_Style=1;\nvar Image_13=new Array();\n'
             f'var Pics="{pics}";\nvar Links="{links}";\nvar Titles="{titles}";\nvar Alts="{titles}";\n'
             "var Apic13=Pics.split('|');\nvar ALink13=Links.split('|');\n</script>\n"
             '<script src="/e/d/slide_13.js" type="text/javascript"></script></div>\n')
    body = ('<div class="main_box main_box_home">\n' + slide + block("汀岚要闻", tlyw.dyn, yw) + block("通知公告", tzgg.dyn, tz)
            + block("信息公开", "/xxgk/", gk) + "</div>")
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res["/"] = _page(GOV, 0, 0, "homepage", body, meta, home=True)
    s.traps.append(Trap("/", "页脚有网站标识码、蒙ICP备、蒙公网安备和党政机关标识：标识齐全"))
    s.res[tlyw.dyn] = s.list_page(tlyw, 1, dynamic=True)
    s.res[tzgg.dyn] = s.list_page(tzgg, 1, dynamic=True)
    s.traps.append(Trap(tlyw.dyn, "首页“more+”链接的是汀岚要闻的动态地址，与静态栏目是同一栏目"))
    for d in slides:
        s.traps.append(Trap(tpxw.alias(d), "首页幻灯脚本里的 index.aspx?…&id=N 是图片新闻静态文章的动态地址，同一篇文章"))


NOT_FOUND = ('<html><head><title>404 - 找不到文件或目录。</title></head><body><div id="header"><h1>服务器错误</h1></div>'
             '<div id="content"><h2>404 - 找不到文件或目录。</h2><h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"pga offers only the small size, not {size!r}")
    s = _Site()
    tlyw, tzgg, tpxw = _news(s)
    gfx = _disclosure(s)
    _interaction(s)
    s.render()
    _statics(s)
    _channel(s)
    _search(s)
    _home(s, tlyw, tzgg, tpxw, gfx)
    for c in s.cols:
        for d in c.docs:
            if c.rows == "pic":
                s.res[f"/e/upload/s1/article/image/{d.when:%Y/%m}/t_{d.id}.jpg"] = Resource(tiny_png(), "image/jpeg")
            for href in d.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("logo.png", "red.png"):
        s.res[f"/e/upload/s1/fck/image/{img}"] = Resource(tiny_png(), "image/png")
    for icon in ("pdf", "doc"):
        s.res[f"/e/images/icon/{icon}.gif"] = Resource(tiny_png(), "image/gif")
    s.res["/e/images/favicon.ico"] = Resource(tiny_png(), "image/x-icon")
    s.res["/e/templates/tl2019/style.css"] = Resource(b"body{font-size:12px}", "text/css")
    for js in ("/e/js/jquery.min.js", "/e/js/comm.js", "/e/js/internal_page.js", "/e/d/slide_13.js"):
        s.res[js] = Resource(b"/* pageadmin */", "application/javascript")
    example = next(c for c in s.cols if c.name == "规范性文件")
    s.key.append(Expected("footer", example.doc_url(example.docs[0]), "信息公开文章页（/article/detail_N.html）模板页脚缺网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=DETAIL))
    # The ajax-paged 乡镇动态's later pages are never served as pages; its older articles are still
    # reached through each article's 上一篇/下一篇 links.
    # Named only inside scripts: the slide script's Links and the search box's location.href.
    script_only = {SEARCH} | {u for u in s.res if "&id=" in u and "sublanmuid=614" in u}
    return SampleSite("pga", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), "text/html", 404),
                      s.key, s.traps, frozenset(), script_only=frozenset(script_only))
