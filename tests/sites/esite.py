"""The "esite" sample site: a district government portal (澄溪区人民政府) on EasySite 网站群 (中科汇联's
Java portal: static pages published under a site folder, a dynamic `/eportal/ui?pageId=N` front), UTF-8.

Written from real EasySite markup found with the library tools (`find_string`, `read_file`); sources:
  - a rendered EasySite page quoted in a public scraper of syj.beijing.gov.cn (`find_string
    'id="eprotalCurrentPageId"'`): the `<meta name="createDate" content="2018-10-18 06:42:23"/>` and
    `cacheclearDate` tags (the time the page was generated, on every page), `<div style="display:none"
    easysite="easysiteHiddenDiv">` with `<input id="eprotalCurrentPageId" value="331749" type="hidden"/>`,
    eprotalCurrentArticleKey, eprotalCurrentColumnId, isStaticRequest, eportalappPortletId …; column
    folders with pinyin and numbered names (`/bjfda/zwgk29/zcjd89/zcjd/index.html`,
    `/bjfda/bsdt64/gsgg/_136954/index.html`), nav links to the dynamic front (`<a href="/eportal/ui?
    pageId=331017">数据查询</a>`), resources under `/eportal/fileDir/<site>/resource/cms/2018/10/…`, the
    trail `您所在位置：<span><a class='SkinObject' href='…' target='_parent'>数据查询</a> > <a
    class='SkinObject' …>` (a bare `>` between steps), the footer `政府网站标识码：1100000169`,
    `京公网安备110102000155`, `ICP备案编号：京ICP备14005922号－1`, `主办单位：…`, the 找错 script
    `<script id="_jiucuo_" sitecode='1100000169' src='http://pucha.kaipuyun.cn/exposure/jiucuo.js'>` and
    the conac badge written by `document.write(unescape("%3Cspan id='_ideConac' %3E…"))`;
  - a rendered EasySite home page quoted in a scraper of gjj.beijing.gov.cn (same `find_string`): every
    block wrapped in `<div class="portlet" id="<32 hex>" pagemoduleid="<32 hex>"><div align="left"
    class="portlet-header"><span id="menu"></span><div id="submenu<hex>" class="shadow dn"><ul
    class="float_list_ul"></ul></div></div><div>…</div></div>` (an empty list in every block), tab
    panels `<div class="topcenter1 column" id="con_one_1" style="display: none;" runat="server">`,
    headings `<div class="titleDiv"><div class="titleZh">常见问题</div><a href="…/index.html">更多&gt;&gt;
    </a>`, rows `<li><img src="…png" border="0"><a title="<full title>" onclick="void(0)" href="…"
    target="_blank"><title cut with ...></a><span class="fr">2018-08-23</span></li>`, columns
    `/web/zwgk/_300583/_300662/index.html`, **articles as folders of their column**
    (`/web/zwgk/_300583/_300662/360299/index.html`) and list rows that link straight to a PDF
    (`onclick="recordLinkArticleHits('358803')" href="/web/resource/cms/article/300664/358803/
    2018061917185785410.pdf"`);
  - EasySite's pager as scrapers read it (customs.gov.cn, szgm.gov.cn, zjt.ln.gov.cn, info.hebei.gov.cn,
    bjpg.gov.cn; `find_string "easysite-page-wrap"`, `"easysite-total-page"`, `'tagname="[NEXTPAGE]"'`):
    **anchors without href**, the address in a `tagname` attribute (`//div[@class='easysite-page-wrap']
    //a[@title='下一页']/@tagname`), `[NEXTPAGE]`/`[LASTPAGE]` when there is no such page, a rendered one
    `共10条 分1页 当前 第1页 <a tagname="[HOMEPAGE]" class="">首页</a> … <a tagname="[LASTPAGE]"
    class="">尾页</a>` with `<input type="hidden" name="article_paging_list_hidden" moduleid="10983"
    modulekey="10983" totalpage="1" />`, `<div class="easysite-total-page">` holding `<b>1</b>/<b>33</b>`,
    later pages `8d25503a-2.html` / `5dbcf8b5-1.shtml` (a hash and the page number in the column folder),
    and the jump box `<div class="easysite-jump-page"><input … totalpage onkeydown="…/eportal/ui?pageId=
    …||…">`; the dynamic list address `/eportal/ui?pageId=302275&moduleId=9f806879368d4feabb9644105dcdeba3
    &staticRequest=yes&currentPage=2`;
  - the article template as scrapers read it (bjpg.gov.cn, customs, tianjin customs; `find_string
    'class="easysite-news-describe"'`, `"easysite-news"`): `<div class="easysite-news-title"><h2>…</h2>
    <p class="easysite-news-describe">来源：… 发布时间：2019年01月02日 10:30 作者：… 浏览量：…</p>`,
    `<div id="easysiteText" class="easysite-news-text">`, `easysite-news-operation`, `span#laiyuan`; the
    指引 meta tags ArticleTitle/PubDate/ContentSource on an EasySite `.shtml` site (jyt.ln.gov.cn
    scraper); EasySite's article script (`find_string "eportal/ui?pageId"`): 上一篇/下一篇 are `<span
    previousarticle="yes" articlekey=… columnid=… urltype=…>` filled by an AJAX post, the view count
    `<span articlecounts="yes">`.
Guessed, said as such: the 信息公开 metadata table (a `xxgk_bmxl` table, as info.hebei.gov.cn's
scraper reads `.xxgk_bmxl tr:nth-child(1)>td:nth-child(2)`, labels and layout ours), the site folder
`/cxq/`, the jump box's exact script, what `[HOMEPAGE]` becomes on later pages (`<hash>-1.html`),
the 相关解读/相关文件 boxes, the empty-list text, the letter form, every wording, and the 404 page.

Variety on purpose (what the other families lack): a pager with no href at all (addresses only in
`tagname`), page 1 at two addresses (`index.html` and `<hash>-1.html`), a column whose later pages
exist only on the dynamic front, four documents also linked at the dynamic front's
`/eportal/ui?pageId=N&articleKey=K&columnId=C` (the parameters of EasySite's counting script above;
that a page links them so is guessed; added after first contact), a column only on the dynamic
front (list, later pages and articles; added after first contact) (its pager's tagnames `/eportal/ui?pageId=N&currentPage=n&moduleId=…
&staticRequest=yes`, as customs.gov.cn's pager reads in the scraper above; added after first contact), columns also reachable at
`/eportal/ui?pageId=N` (and their later pages at `…&currentPage=n&moduleId=…&staticRequest=yes`),
articles addressed like columns (`<column>/<id>/index.html`), list rows linking straight to PDFs, list
titles cut with `...`, Chinese dates (`2026年10月20日 10:30`) in the article's describe line, a
`createDate` page-generation stamp on every page (a regeneration date, never a publication date),
empty `<ul class="float_list_ul">` in every block, tab panels hidden by style, and 上一篇/下一篇 only by
script. Every planted defect is an `Expected` entry written before the tool ran; things that must not
be findings are `Trap`s.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
DISTRICT = "澄溪区"
GOV = "澄溪区人民政府"
SITE_ID = "3206110003"
HTML = "text/html;charset=UTF-8"
ROOT = "/cxq"
REGENERATED = "2026-11-18 06:42:23"  # createDate of every page: the whole site was republished that morning
DISCLOSURE_DOCS = r"^/cxq/zwgk29/(?:gfxwj|zcjd89|rsxx|ghjh|ndbg)/\d+/(?:index\.html)?$"  # 信息公开 article template


def _hex(seed: str, n: int = 32) -> str:
    return hashlib.md5(seed.encode()).hexdigest()[:n]


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = GOV
    fields: dict[str, str] | None = None
    related: str = ""  # a 相关解读 / 相关文件 box
    files: list[tuple[str, str]] = field(default_factory=list)  # (href, name)
    pdf: str = ""  # a "link article": the list row links this PDF, no page exists


@dataclass
class Col:
    path: str  # "/cxq/xwzx/cxyw": page 1 is path + "/index.html", page n is path + "/<hash>-n.html"
    name: str
    section: str  # xwzx | zwgk | hdjl
    page_id: int  # the column's /eportal/ui?pageId=
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    rows: str = "news"  # news (img, cut title, span.fr date) | con (conList_ul) | pic (no dates)
    empty: str | None = None  # the text of an empty list
    note: str = ""  # a 情况说明 instead of a list
    zero_pager: bool = False  # an empty list that still shows 共0条 分1页
    linked_dynamic: bool = False  # the menus link its /eportal/ui?pageId= address
    dynamic_pages: bool = False  # later pages only on the dynamic front (isOpenStaticPageList=no)
    dynamic_only: bool = False  # no static page at all: list and articles on the dynamic front

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    @property
    def hash(self) -> str:
        return _hex(self.path, 8)

    @property
    def module(self) -> str:
        return _hex("module" + self.path)

    def url(self, n: int = 1) -> str:
        if n == 1:
            return self.dynamic() if self.dynamic_only else f"{self.path}/index.html"
        return self.numbered(n)

    def numbered(self, n: int) -> str:
        """Page n as the pager names it: `<hash>-n.html`, or the dynamic front's `currentPage=n`."""
        if self.dynamic_pages or self.dynamic_only:
            return f"/eportal/ui?pageId={self.page_id}&currentPage={n}&moduleId={self.module}&staticRequest=yes"
        return f"{self.path}/{self.hash}-{n}.html"

    def dynamic(self) -> str:
        """The column's address on the dynamic front (page 1)."""
        return f"/eportal/ui?pageId={self.page_id}"

    def doc_url(self, d: Doc) -> str:
        return d.pdf or (self.doc_dynamic(d) if self.dynamic_only else f"{self.path}/{d.id}/index.html")

    def doc_dynamic(self, d: Doc) -> str:
        """The article on the dynamic front (the parameters EasySite's counting script posts)."""
        return f"/eportal/ui?pageId={self.page_id + 1}&articleKey={d.id}&columnId={self.page_id}"


_SECTIONS = {"xwzx": ("新闻中心", f"{ROOT}/xwzx/index.html"), "zwgk": ("政务公开", f"{ROOT}/zwgk29/index.html"),
             "hdjl": ("互动交流", f"{ROOT}/hdjl/index.html")}
MAILBOX = "/eportal/ui?pageId=700101"


# ---------------------------------------------------------------- page shells

def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.chengxi.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<head>\n  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>'
            f'{escape(title)}</title>\n<meta  name="version" content="7.9.10.2"/>\n'
            f'<meta  name="createDate" content="{REGENERATED}" />\n<meta  name="cacheclearDate" content="2026-11-18 05:04:00"/>\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            f'<meta name="keywords"  content="" />\n<meta name="description"  content="{escape(title)}" />\n{metas}'
            '<link rel="stylesheet" type="text/css"  href="/eportal/uiFramework/huilan-jquery-ui/css/huilan-jquery-ui.css" />\n'
            '<script type="text/javascript" src="/eportal/uiFramework/huilan-jquery-ui/js/huilan-jquery-ui.js?self=true&amp;skin=default"></script>\n'
            f'<link rel="stylesheet" type="text/css" href="/eportal/fileDir/cxq/template/cxq.css?timestamp=1763424143000" />\n'
            ' </head>\n')


def _hidden(page_id: int, article: str = "", column: str = "") -> str:
    return ('<div style="display:none" easysite="easysiteHiddenDiv">\n'
            '\t<input id="contextPath" value="/eportal" type="hidden"/>\n'
            f'\t<input id="eprotalCurrentPageId" value="{page_id}" type="hidden"/>\n'
            '\t<input id="eprotalCurrentSiteId" value="600100" type="hidden"/>\n'
            '\t<input id="eprotalCurrentSiteType" value="WEB" type="hidden"/>\n'
            f'\t<input id="eprotalCurrentArticleKey"  value="{article}"  type="hidden"/>\n'
            f'\t<input id="eprotalCurrentColumnId"  value="{column}"  type="hidden"/>\n'
            '\t<input id="isStaticRequest" value="yes" type="hidden"/>\n'
            '\t<input id="isOpenStaticPageList" value="yes" type="hidden"/>\n'
            '\t<input id="defaultPublishPage" value="10" type="hidden"/>\n'
            "\t<input type='hidden' id='eportalappPortletId' value=\"3\">\n"
            '\t<script type="text/javascript" src="/eportal/uiFramework/js/counting/chanelCounting.js"></script>\n</div>')


def _portlet(inner: str, seed: str) -> str:
    """EasySite wraps every block in a portlet whose header holds an empty float_list_ul."""
    pid, mid = _hex("p" + seed), _hex("m" + seed)
    return (f'<div class="portlet" id="{pid}" pagemoduleid="{mid}">\n<div align="left" class="portlet-header">'
            f'<span id="menu"></span>\n<div id="submenu{pid}" class="shadow dn">\n<ul class="float_list_ul"></ul></div></div>\n'
            f"<div>\n{inner}\n</div></div>")


def _top(s: "_Site", current: str) -> str:
    nav = [("首页", f"{ROOT}/index.html", "")]
    for key, (name, url) in _SECTIONS.items():
        subs = " ".join(f'<a href="{c.dynamic() if c.linked_dynamic else c.url()}" target="_parent" >{c.name}</a>'
                        for c in s.cols if c.section == key)
        nav.append((name, url, subs))
    active = 'class="active"'
    items = "".join(f'\n  <li {active if n == current else ""}>\n    <a  href="{u}" target="_parent">{n}</a>\n'
                    f'    <div class="twonav">{subs}</div>\n  </li>' for n, u, subs in nav)
    return (f'<div class="head"><a class="logo" href="{ROOT}/index.html"><img src="/eportal/fileDir/cxq/resource/cms/2024/03/'
            f'img_pc_site/2024031509240943050.png" alt="{GOV}"></a>'
            '<div class="search"><form action="/eportal/ui" method="get" target="_blank"><input type="hidden" name="pageId" '
            'value="700200"><input type="text" name="searchWord" class="sousuo"><input type="submit" value="搜索"></form></div></div>\n'
            f'<div class="banner_bg"><div class="nav_all"><div id="main_menu" class="main_menu"><ul class="">{items}\n</ul></div>'
            '<div class="container"><div id="sub_menu" class="sub_menu">这里是放子菜单的</div></div></div></div>\n')


def _footer(psb: bool = True) -> str:
    police = '<span class="ygcy_fotconsp">苏公网安备32061102000157号</span>' if psb else ""
    return ('<div class="ygcy_foot_top"><div class="ygcy_contain"><div class="ygcy_con">\n'
            f"<span class=\"zfjc fl\"><script id=\"_jiucuo_\" sitecode='{SITE_ID}' src='http://pucha.kaipuyun.cn/exposure/jiucuo.js'></script></span>\n"
            '<div class="ygcy_focon">\n'
            f'<p class="ygcy_foconp1"><a href="{ROOT}/gywm/index.html">关于我们</a>|<a href="{ROOT}/wzdt/index.html">网站地图</a></p>\n'
            f'<p class="ygcy_foconp1"><span class="ygcy_fotconsp">政府网站标识码：{SITE_ID} </span>{police}'
            '<span class="ygcy_fotconsp1">ICP备案编号：苏ICP备05031877号－1</span></p>\n'
            f'<p class="ygcy_foconp1"><span class="ygcy_fotconsp">主办单位：{GOV}办公室</span></p>\n</div>\n'
            '<span class="dzjg fl"><script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E'
            '%3Cscript src=\'http://dcs.conac.cn/js/10/123/0000/40211307/CA101230000402113070002.js\' type=\'text/javascript\''
            '%3E%3C/script%3E"));</script></span>\n</div></div></div>')


def _crumb(col: "Col | None", tail: tuple[str, str] | None = None) -> str:
    link = lambda u, n: f"<a class='SkinObject' href='{u}' target='_parent'>{n}</a>"  # noqa: E731
    parts = [link(f"{ROOT}/index.html", "首页")]
    if col is not None:
        name, url = _SECTIONS[col.section]
        parts += [link(url, name), link(col.url(), col.name)]
    if tail:
        parts.append(link(*tail))
    return '<div class="cx_dq">\n  您所在位置：<span>' + " > ".join(parts) + "</span> \n</div>"


def _page(s: "_Site", title: str, current: str, body: str, meta: dict[str, str], page_id: int,
          psb: bool = True, article: str = "", column: str = "") -> Resource:
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
            f'<html>\n{_head(title, meta)} <body>\n{_hidden(page_id, article, column)}  <div>\n{_top(s, current)}</div>\n'
            f'<div class="all"><div class="wrapper">\n{body}\n</div></div>\n{_footer(psb)}\n'
            '<div style="display:none" easysite="easysiteHiddenDiv">\n<input type="hidden"  id="currentLoginUserLoginName"/>\n'
            '</div> </body>\n</html>\n')
    return Resource(html.encode("utf-8"), HTML)


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


# ---------------------------------------------------------------- lists

def _cut(title: str, n: int = 24) -> str:
    return title if len(title) <= n else title[:n] + "..."


def _rows(col: Col, docs: list[Doc]) -> str:
    if not docs:
        return f'<div class="news2" opentype="more"><ul><li class="nodata">{col.empty}</li></ul></div>' if col.empty else \
            '<div class="news2" opentype="more"><ul></ul></div>'
    hits = lambda d: f"recordLinkArticleHits('{d.id}')" if d.pdf else "void(0)"  # noqa: E731
    if col.rows == "pic":
        lis = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank"><img src="/eportal/fileDir/cxq/resource/cms/article/'
                      f'{col.page_id}/{d.id}/pic.jpg" alt="{d.title}"></a><p><a href="{col.doc_url(d)}" title="{d.title}" '
                      f'onclick="void(0)" target="_blank">{_cut(d.title, 14)}</a></p></li>' for d in docs)
        return f'<div class="picList"><ul class="easysite-list-modelone">{lis}</ul></div>'
    if col.rows == "con":
        lis = "".join(f'\n<li><a href="{col.doc_url(d)}" title="{d.title}" istitle="true" onclick="{hits(d)}" '
                      f'target="_blank">{_cut(d.title, 30)}</a><span>{d.when:%Y-%m-%d}</span></li>' for d in docs)
        return f'<ul class="conList_ul">{lis}\n</ul>'
    lis = "".join(f'\n  <li><img src="/eportal/fileDir/cxq/resource/cms/2024/03/dot.png" border="0"><a title="{d.title}" \n'
                  f'  onclick="{hits(d)}" href="{col.doc_url(d)}" \n  target="_blank">{_cut(d.title)}</a><span \n'
                  f'  class="fr">{d.when:%Y-%m-%d}</span></li>' for d in docs)
    return f'<div class="news2" opentype="more">\n<ul>{lis}</ul></div>'


def _pager(col: Col, n: int) -> str:
    """EasySite's pager: anchors with no href, each address in `tagname` ([NEXTPAGE] etc. when none)."""
    pages, total = col.pages, len(col.docs)
    go = lambda k: escape(col.numbered(k))  # noqa: E731
    first = "[HOMEPAGE]" if n == 1 else go(1)
    prev = "[PREVIOUSPAGE]" if n == 1 else go(n - 1)
    nxt = "[NEXTPAGE]" if n >= pages else go(n + 1)
    last = "[LASTPAGE]" if n >= pages else go(pages)
    gap = '<span style="width:5px;display:inline-block;"></span>'
    jump = (f"if(event.keyCode==13){{var p=parseInt(this.value);if(p>0&&p<={pages}){{window.location.href="
            f"'/eportal/ui?pageId={col.page_id}&currentPage='+p+'&moduleId={col.module}&staticRequest=yes'||'';}}}}")
    return (f'<div class="easysite-page-wrap">\n 共{total}条<span style="width:10px;display:inline-block;"></span> '
            f'分{pages}页<span style="width:10px;display:inline-block;"></span> 当前 第{n}页 '
            f'<a tagname="{first}" title="首页" class="">首页</a> {gap} <a tagname="{prev}" title="上一页" class="">上一页</a> {gap} '
            f'<a tagname="{nxt}" title="下一页" class="">下一页</a> {gap} <a tagname="{last}" title="尾页" class="">尾页</a>\n'
            f' <div class="easysite-total-page"><b>{n}</b>/<b>{pages}</b></div>\n'
            f' <div class="easysite-jump-page">转到<input type="text" size="2" totalpage="{pages}" onkeydown="{jump}"/>页</div>\n'
            f'</div><input type="hidden" name="article_paging_list_hidden" moduleid="{col.page_id}" modulekey="{col.page_id}" '
            f'totalpage="{pages}" />\n<script type="text/javascript">$(".easysite-page-wrap a").click(function(){{'
            'var t=$(this).attr("tagname");if(t.indexOf("[")!=0){window.location.href=t;}});</script>')


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 402217

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def side(self, col: Col) -> str:
        on = ' class="on"'
        items = "".join(f'\n<li{on if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if c.section == col.section)
        if col.section == "zwgk":
            items += "".join(f'\n<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
        return _portlet(f'<div class="leftNav"><div class="leftTitle">{_SECTIONS[col.section][0]}</div><ul>{items}\n</ul></div>',
                        "side" + col.section)

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.note:
            inner = f'<div class="qksm"><p>{col.note}</p></div>'
        else:
            inner = _rows(col, docs) + "\n" + (_pager(col, n) if docs or col.zero_pager else "")
        main = _portlet(f'<div class="listTitle"><span>{col.name}</span></div>\n{inner}', "list" + col.path)
        body = (f'{_crumb(col)}\n<div class="main_l">{self.side(col)}</div>\n<div class="main_r column" id="zc" name="内容" '
                f'runat="server">{main}</div><div style="clear:both;"></div>')
        return _page(self, f"{col.name}-{GOV}", _SECTIONS[col.section][0], body, _col_meta(col.name), col.page_id,
                     column=str(col.page_id))

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            if col.linked_dynamic:
                self.res[col.dynamic()] = self.res[col.url()]
                self.traps.append(Trap(col.dynamic(), f"{col.name}的动态地址 /eportal/ui?pageId=…，与静态栏目是同一栏目"))
            if col.pages > 1:
                self.res[col.numbered(1)] = self.res[col.url()]
                self.traps.append(Trap(col.numbered(1), "分页“首页”所指的第 1 页（另一地址），与栏目 index.html 是同一页"))
            for d in col.docs:
                if not d.pdf:
                    self.article(col, d)

    def article(self, col: Col, d: Doc) -> None:
        info = ""
        if d.fields is not None:
            cells = [f'<td class="xxgk_th">{k}：</td><td class="xxgk_td">{v}</td>' for k, v in d.fields.items()]
            info = ('<table class="xxgk_bmxl" width="100%" cellspacing="0" cellpadding="0">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>")
        files = ""
        if d.files:
            links = "".join(f'<p><a href="{escape(h, quote=True)}" target="_blank">{name}</a></p>' for h, name in d.files)
            files = f'<div class="easysite-news-file"><span>附件：</span>{links}</div>'
        nav = (f'<div class="easysite-news-prenext"><p>上一篇：<span previousarticle="yes" articlekey="{d.id}" '
               f'columnid="{col.page_id}" urltype="1"></span></p><p>下一篇：<span nextarticle="yes"></span></p></div>')
        body_html = (f'<div class="easysite-news-title"><h2>{d.title}</h2>\n<p class="easysite-news-describe">来源：<span id="laiyuan">'
                     f'{d.source}</span>&nbsp;&nbsp;发布时间：{d.when.year}年{d.when:%m}月{d.when:%d}日 10:30&nbsp;&nbsp;'
                     f'浏览量：<span articlecounts="yes"></span></p></div>\n'
                     f'<div class="easysite-news-content"><div id="easysiteText" class="easysite-news-text">{d.body}</div></div>\n'
                     f'{files}{d.related}\n<div class="easysite-news-operation">【<a href="javascript:window.print()">打印本页</a>】'
                     f'【<a href="javascript:window.close()">关闭窗口</a>】</div>\n{nav}')
        main = _portlet(f'{info}<div class="easysite-news-peruse">{body_html}</div>', f"art{d.id}")
        body = f'{_crumb(col)}\n<div class="main_c column" id="zc" name="内容" runat="server">{main}</div>'
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.when:%Y-%m-%d} 10:30",
                "ContentSource": d.source}
        self.res[col.doc_url(d)] = _page(self, f"{d.title}-{GOV}", _SECTIONS[col.section][0], body, meta, col.page_id + 1,
                                         psb=col.section != "zwgk", article=str(d.id), column=str(col.page_id))


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em">{t}</p>' for t in texts)


_SUBJECTS = ("召开区政府常务会议", "开展安全生产大检查", "推进城市更新项目建设", "召开防汛工作调度会", "督查民生实事进展",
             "开展文明城市创建志愿服务", "调研重点企业生产经营", "召开秸秆禁烧工作会议", "举办农民丰收节活动",
             "推进老旧小区改造", "开展义务教育督导", "召开招商引资推进会")
_STREETS = ("澄湖街道", "柳湾街道", "南荡镇", "芦墟镇")
_STATICS = ((f"{ROOT}/zwgk29/zfxxgkzn/index.html", "政府信息公开指南"), (f"{ROOT}/zwgk29/zfxxgkzd/index.html", "政府信息公开制度"),
            (f"{ROOT}/zwgk29/jgzn/index.html", "机构职能"), ("/eportal/ui?pageId=600421", "依申请公开"))
BROKEN_IMAGE = "/eportal/fileDir/cxq/resource/cms/article/600111/402981/2026110809312458.jpg"
BROKEN_PDF = "/eportal/fileDir/cxq/resource/cms/article/600131/403122/2026031615204471.pdf"
BROKEN_ROW_PDF = "/eportal/fileDir/cxq/resource/cms/article/600131/403087/2026041017185785.pdf"
DELETED = f"{ROOT}/xwzx/cxyw/401999/index.html"


def _news(s: _Site) -> tuple[Col, Col]:
    cxyw = Col(f"{ROOT}/xwzx/cxyw", "澄溪要闻", "xwzx", 600111, per_page=15)
    for i in range(38):
        cxyw.docs.append(s.doc(f"{DISTRICT}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{DISTRICT}{_SUBJECTS[i % 12]}。", "会议要求，要压实责任，确保各项工作落到实处。"),
                               source=f"{DISTRICT}融媒体中心"))
    cxyw.docs[3].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" width="600"></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404（/eportal/fileDir 资源路径）", probe="status:404"))
    cxyw.docs[5].body += f'<p>相关阅读：<a href="{DELETED}">我区召开全区经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    good = "/eportal/fileDir/cxq/resource/cms/article/600111/402232/2026111811204503.jpg"
    cxyw.docs[7].body += f'<p style="text-align:center"><img src="{good}" width="600"></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")

    bmdt = Col(f"{ROOT}/xwzx/_300662", "部门动态", "xwzx", 600121, per_page=12, rows="con")
    for i in range(22):
        bmdt.docs.append(s.doc(f"{('区发改委', '区教育局', '区卫健委', '区农业农村局')[i % 4]}{_SUBJECTS[(i + 3) % 12]}",
                               date(2026, 10, 20) - timedelta(days=i * 5)))
    s.key.append(Expected("stale-columns", bmdt.url(), "动态类栏目最新信息 2026-10-20，超过 14 天", probe="newest:2026-10-20"))
    s.traps.append(Trap(bmdt.doc_url(bmdt.docs[-1]), "文章地址形如栏目（<栏目>/<编号>/index.html），是文章不是栏目"))

    zjdt = Col(f"{ROOT}/xwzx/zjdt", "镇街动态", "xwzx", 600125, per_page=10, rows="con", dynamic_pages=True)
    for i in range(17):
        zjdt.docs.append(s.doc(f"{_STREETS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", AS_OF - timedelta(days=2 + i * 4)))

    tpxw = Col(f"{ROOT}/xwzx/tpxw", "图片新闻", "xwzx", 600127, rows="pic")
    for i in range(8):
        tpxw.docs.append(s.doc(f"图说{DISTRICT}：{_SUBJECTS[(i + 7) % 12]}", AS_OF - timedelta(days=3 + i * 6)))
    s.traps.append(Trap(tpxw.url(), "图片新闻列表只有图片和标题（日期在文章页），不是空栏目，最新文章日期未超期"))

    tzgg = Col(f"{ROOT}/xwzx/tzgg", "通知公告", "xwzx", 600131, per_page=12, linked_dynamic=True)
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于做好{('冬季森林防火', '节假日安全', '冬季供暖', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 4, 3) - timedelta(days=i * 11), source=f"{GOV}办公室"))
    # link articles: the row links the PDF itself (recordLinkArticleHits); the newest notice is one of them
    row_pdf = s.doc(f"{GOV}关于2026年春季征兵工作的通告", date(2026, 4, 10), source=f"{GOV}办公室")
    row_pdf.id, row_pdf.pdf = 403087, BROKEN_ROW_PDF
    ok_pdf = s.doc(f"{GOV}关于调整部分公交线路的公告", date(2026, 3, 29), source=f"{GOV}办公室")
    ok_pdf.pdf = f"/eportal/fileDir/cxq/resource/cms/article/600131/{ok_pdf.id}/2026032917562638.pdf"
    s.res[ok_pdf.pdf] = Resource(fake_pdf(f"link article {ok_pdf.id}"), "application/pdf")
    tzgg.docs += [row_pdf, ok_pdf]
    s.key.append(Expected("stale-columns", tzgg.url(), "通知公告最新信息 2026-04-10（一条直接链接 PDF 的通告），超过 6 个月",
                          probe="newest:2026-04-10"))
    s.key.append(Expected("broken-links", BROKEN_ROW_PDF, "通知公告列表行直接链接的 PDF 404", probe="status:404"))
    notice = s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                   _paras("经清理，继续有效的行政规范性文件31件，宣布失效4件，废止2件。", GOV, "2026年3月16日"))
    notice.id = 403122
    notice.files.append((BROKEN_PDF, "清理结果目录.pdf"))
    tzgg.docs.append(notice)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    for c in (cxyw, bmdt, zjdt, tpxw, tzgg):
        s.cols.append(c)
    return cxyw, tzgg


# Normative documents (subject, defect): missing / late / unlinked / meta:<label>
_NORMATIVE = (("农村集体资产管理", ""), ("城区停车管理", "missing"), ("建设用地审批管理", "meta:发文字号"),
              ("政府投资项目管理", "late"), ("中小企业扶持资金管理", "unlinked"), ("城镇老旧小区改造", ""),
              ("农村宅基地管理", "meta:有效性"), ("公共租赁住房管理", "meta:成文日期"), ("住房公积金提取管理", ""))


def _disclosure(s: _Site) -> None:
    gfx = Col(f"{ROOT}/zwgk29/gfxwj", "规范性文件", "zwgk", 600211, per_page=6, rows="con")
    zcjd = Col(f"{ROOT}/zwgk29/zcjd89", "政策解读", "zwgk", 600215, per_page=8)
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 28) - timedelta(days=26 * k)
        d = s.doc(f"{GOV}关于印发《{DISTRICT}{subject}办法》的通知", when)
        d.fields = {"索引号": f"11320611MB1840327Q/{when.year}-{k + 41:05d}", "主题分类": "综合政务", "发布机构": GOV,
                    "发文字号": f"澄政规〔{when.year}〕{12 - k}号", "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if defect == "meta:发文字号":
            d.fields["发文字号"] = ""
        elif defect.startswith("meta:"):
            del d.fields[defect[5:]]
        short = f"{DISTRICT}{subject}办法"
        d.body = _paras("各街道办事处、镇人民政府，区政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。",
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
            i.related = f'<div class="xgwj"><span>相关文件：</span><a href="{url}">{d.title}</a></div>'
            d.related = f'<div class="xgjd"><span>相关解读：</span><ul><li><a href="{zcjd.doc_url(i)}">{i.title}</a></li></ul></div>'
            if defect == "":
                s.traps.append(Trap(url, "文件与解读互相链接（相关解读 / 相关文件），解读已及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps
    for n in range(5):  # interpretations of the district's other policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{DISTRICT}{('优化营商环境', '促进消费', '稳岗就业', '乡村振兴', '数字经济')[n]}若干措施》解读",
                               date(2026, 11, 12) - timedelta(days=9 * n), _paras("一、出台背景", "二、主要措施"), source=f"{GOV}办公室"))

    rsxx = Col(f"{ROOT}/zwgk29/rsxx", "人事信息", "zwgk", 600221, rows="con")
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('周', '吴', '郑', '王')[n % 4]}某某等同志职务任免的通知", date(2025, 9, 30) - timedelta(days=47 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-09-30，超过 1 年（页面 createDate 2026-11-18 是整站重新生成的时间）",
                          probe="newest:2025-09-30"))

    ghjh = Col(f"{ROOT}/zwgk29/ghjh", "规划计划", "zwgk", 600225, rows="con")
    for n in range(12):
        ghjh.docs.append(s.doc(f"{DISTRICT}{('农业农村', '交通运输', '生态环境', '文化旅游')[n % 4]}发展规划实施情况（{n + 1}）",
                               date(2026, 8, 15) - timedelta(days=30 * n)))
    s.traps.append(Trap(ghjh.url(), "规划计划最新信息 2026-08-15，在 1 年内：不是过期栏目"))

    czyjs = Col(f"{ROOT}/zwgk29/czyjs", "财政预决算", "zwgk", 600227, rows="news")
    for n in range(5):
        d = s.doc(f"{DISTRICT}{2026 - n // 2}年度部门{'预算' if n % 2 == 0 else '决算'}公开", date(2026, 9, 30) - timedelta(days=70 * n))
        d.pdf = f"/eportal/fileDir/cxq/resource/cms/article/600227/{d.id}/20260930{n:02d}17185785.pdf"
        s.res[d.pdf] = Resource(fake_pdf(f"budget {d.id}"), "application/pdf")
        czyjs.docs.append(d)
    s.traps.append(Trap(czyjs.url(), "列表行都直接链接 PDF（链接型文章），不是空栏目"))

    gzdt = Col(f"{ROOT}/zwgk29/gzdt", "工作动态", "zwgk", 600251, per_page=10, rows="con", dynamic_only=True)
    for n in range(14):
        gzdt.docs.append(s.doc(f"{('区发改委', '区财政局', '区住建局')[n % 3]}{_SUBJECTS[(n + 2) % 12]}", date(2026, 10, 1) - timedelta(days=6 * n)))
    s.key.append(Expected("stale-columns", gzdt.url(), "只在动态地址 /eportal/ui?pageId=… 发布的工作动态栏目最新信息 2026-10-01，超过 14 天",
                          probe="newest:2026-10-01"))

    czzj = Col(f"{ROOT}/zwgk29/czzj", "财政资金", "zwgk", 600231, empty="暂无信息")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（只有“暂无信息”）", probe="no-rows"))
    zdxm = Col(f"{ROOT}/zwgk29/zdxm", "重大项目", "zwgk", 600233, zero_pager=True)
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目为空（分页条写“共0条 分1页”）", probe="no-rows"))
    tjxx = Col(f"{ROOT}/zwgk29/tjxx", "统计信息", "zwgk", 600235,
               note="情况说明：本区统计信息由区统计局统一发布，详见区统计局网站“统计数据”栏目；本栏目不单独发布。")
    s.traps.append(Trap(tjxx.url(), "只有情况说明的栏目不是空白栏目"))

    ndbg = Col(f"{ROOT}/zwgk29/ndbg", "政府信息公开年报", "zwgk", 600241, rows="con")
    published = {2025: date(2026, 3, 20), 2023: date(2024, 4, 15), 2022: date(2023, 3, 31), 2021: date(2022, 3, 28),
                 2020: date(2021, 3, 26)}
    for year, when in published.items():
        title = f"{GOV}{year}年度政府信息公开工作报告" if year == 2021 else f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 13))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-15 发布，晚于 3 月 31 日",
                                  match=(DISTRICT, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在截止日 3 月 31 日当天发布，不算逾期"))
        elif year == 2021:
            s.traps.append(Trap(ndbg.doc_url(d), "标题写作“2021年度政府信息公开工作报告”的年报是合规年报"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告",
                          match=(DISTRICT, "2024"), probe="no-report:2024"))
    for c in (gfx, zcjd, rsxx, ghjh, gzdt, czyjs, czzj, zdxm, tjxx, ndbg):
        s.cols.append(c)


def _statics(s: _Site) -> None:
    texts = {"政府信息公开指南": (_paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。",
                                   "一、主动公开　二、依申请公开　三、监督和救济"), date(2026, 3, 1)),
             "政府信息公开制度": (_paras("本区建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"), None),
             "机构职能": (_paras(f"{GOV}是区级国家行政机关，执行区人民代表大会及其常务委员会的决议。"), None),
             "依申请公开": (_paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：区政府办公室。"), None)}
    for k, (url, name) in enumerate(_STATICS):
        text, when = texts[name]
        shown = f'<p class="easysite-news-describe">发布时间：{when.year}年{when:%m}月{when:%d}日 10:00</p>' if when else ""
        main = _portlet(f'<div class="easysite-news-title"><h2>{name}</h2>{shown}</div>'
                        f'<div id="easysiteText" class="easysite-news-text">{text}</div>', "static" + url)
        col = Col(url.removesuffix("/index.html"), name, "zwgk", 600400 + k)
        body = f'{_crumb(None, (url, name))}\n<div class="main_l">{s.side(col)}</div><div class="main_r column">{main}</div>'
        meta = {**_col_meta(name), **({"PubDate": f"{when:%Y-%m-%d} 10:00"} if when else {})}
        s.res[url] = _page(s, f"{name}-{GOV}", "政务公开", body, meta, 600400 + k)
        if when is None:
            s.traps.append(Trap(url, "无日期的单页栏目，不是过期栏目"))
    about = f"{ROOT}/gywm/index.html"
    main = _portlet(f'<div class="easysite-news-title"><h2>关于我们</h2></div><div id="easysiteText" class="easysite-news-text">'
                    f'{_paras(f"{GOV}门户网站由{GOV}办公室主办，{DISTRICT}融媒体中心承办。联系电话：0512-63180000。")}</div>', "about")
    s.res[about] = _page(s, f"关于我们-{GOV}", "", f"{_crumb(None, (about, '关于我们'))}{main}", _col_meta("关于我们"), 600501)
    s.traps.append(Trap(about, "无日期的单页（关于我们），不是过期栏目"))
    sitemap = f"{ROOT}/wzdt/index.html"
    groups = "".join(f'<div class="map-group"><div class="titleZh"><a href="{u}">{n}</a></div><ul>'
                     + "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.section == key) + "</ul></div>"
                     for key, (n, u) in _SECTIONS.items())
    s.res[sitemap] = _page(s, f"网站地图-{GOV}", "", f"{_crumb(None, (sitemap, '网站地图'))}{_portlet(groups, 'sitemap')}",
                           _col_meta("网站地图"), 600502)
    s.traps.append(Trap(sitemap, "网站地图是导航页，不是栏目"))
    links = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.section == "zwgk")
    statics = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
    main = _portlet(f'<div class="gkml"><ul class="gk-top">{statics}</ul><div class="titleZh">法定主动公开内容</div>'
                    f'<ul class="gk-cats">{links}</ul></div>', "zwgk-index")
    s.res[_SECTIONS["zwgk"][1]] = _page(s, f"政务公开-{GOV}", "政务公开", f'{_crumb(None, (_SECTIONS["zwgk"][1], "政务公开"))}{main}',
                                        _col_meta("政务公开"), 600200)
    s.traps.append(Trap(_SECTIONS["zwgk"][1], "政务公开首页是导航页（各栏目入口），不是栏目"))


def _channel(s: _Site, section: str) -> None:
    """A section's channel page: each child column's newest rows under a titleDiv with 更多>>."""
    blocks = "".join(_portlet(
        f'<div class="titleDiv"><div class="titleZh">{c.name}</div><a style="float: right;" href="{c.url()}">更多&gt;&gt;</a></div>'
        '<ul class="cjinfoList">' + "".join(f'<li><a title="{d.title}" onclick="void(0)" href="{c.doc_url(d)}" target="_blank">'
                                             f'{_cut(d.title)}</a></li>' for d in c.docs[:5]) + "</ul>", "ch" + c.path)
        for c in s.cols if c.section == section and c.rows != "pic" and c.docs)
    name, url = _SECTIONS[section]
    s.res[url] = _page(s, f"{name}-{GOV}", name, f'{_crumb(None, (url, name))}<div class="channel">{blocks}</div>',
                       _col_meta(name), 600100 + len(section))
    s.traps.append(Trap(url, f"{name}是频道页（各子栏目区块和“更多”链接，无日期），不是栏目"))


def _interaction(s: _Site, zjdc: Col) -> None:
    """互动交流: an entrance page of two links (the letter form and the 征集调查 column)."""
    name, url = _SECTIONS["hdjl"]
    main = _portlet(f'<ul class="hdjl-entry"><li><a href="{MAILBOX}">区长信箱</a></li><li><a href="{zjdc.url()}">{zjdc.name}</a>'
                    "</li></ul>", "hdjl")
    s.res[url] = _page(s, f"{name}-{GOV}", name, f"{_crumb(None, (url, name))}{main}", _col_meta(name), 600300)
    s.traps.append(Trap(url, "互动交流是入口页（区长信箱、征集调查两个链接），不是栏目"))


def _mailbox(s: _Site) -> None:
    form = ('<form action="/eportal/ui?pageId=700101&amp;moduleId=3&amp;struts.portlet.action=/app/letter!save.action" method="post">'
            '<table class="letter"><tr><td>姓名：</td><td><input name="name" type="text"></td></tr>'
            '<tr><td>标题：</td><td><input name="title" type="text"></td></tr>'
            '<tr><td>内容：</td><td><textarea name="content" rows="8"></textarea></td></tr></table>'
            '<input type="submit" value="提交"></form>')
    main = _portlet(f'<div class="titleZh">区长信箱</div>{form}', "mailbox")
    body = f'{_crumb(None, (_SECTIONS["hdjl"][1], "互动交流"))}{main}'
    s.res[MAILBOX] = _page(s, f"区长信箱-{GOV}", "互动交流", body, _col_meta("区长信箱"), 700101)
    s.traps.append(Trap(MAILBOX, "区长信箱是写信表单（动态页），不是空栏目"))


def _home(s: _Site, cxyw: Col, tzgg: Col) -> None:
    def block(title: str, more: str, rows: str, seed: str, hidden: bool = False) -> str:
        style = ' style="display: none;"' if hidden else ""
        return (f'<div class="topcenter1 column" id="con_{seed}"{style} runat="server">' + _portlet(
            f'<div class="titleDiv"><div class="titleZh">{title}</div><a style="float: right;" href="{more}">更多&gt;&gt;</a></div>'
            f'<div class="news2" opentype="more"><ul>{rows}</ul></div>', "home" + seed) + "</div>")

    def rows(col: Col, n: int, dynamic: bool = False) -> str:
        return "".join(f'<li><a title="{d.title}" onclick="void(0)" href="{escape(col.doc_dynamic(d) if dynamic else col.doc_url(d))}" '
                       f'target="_blank">{_cut(d.title)}</a><span class="fr">{d.when:%Y-%m-%d}</span></li>' for d in col.docs[:n])
    gfx = next(c for c in s.cols if c.name == "规范性文件")
    zcjd = next(c for c in s.cols if c.name == "政策解读")
    body = ('<div class="index-main">' + block("澄溪要闻", cxyw.url(), rows(cxyw, 8), "yw")
            + block("通知公告", tzgg.dynamic(), rows(tzgg, 6), "one_0")
            + block("规范性文件", gfx.url(), rows(gfx, 4, dynamic=True), "one_1", hidden=True)
            + block("政策解读", zcjd.url(), rows(zcjd, 4), "one_2", hidden=True)
            + f'<div class="hdjl"><a href="{MAILBOX}">区长信箱</a> <a href="{_SECTIONS["hdjl"][1]}">互动交流</a></div></div>')
    for d in gfx.docs[:4]:  # the home page's 规范性文件 tab links the dynamic front's copy of each document
        s.res[gfx.doc_dynamic(d)] = s.res[gfx.doc_url(d)]
    s.traps.append(Trap(gfx.doc_dynamic(gfx.docs[0]), "首页链接的规范性文件动态地址 /eportal/ui?pageId=…&articleKey=…，与静态文章是同一文件"))
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res["/"] = s.res[f"{ROOT}/index.html"] = _page(s, GOV, "首页", body, meta, 600101)
    s.traps.append(Trap("/", "页脚有政府网站标识码、苏公网安备、ICP 备案编号、主办单位，党政机关标识由 document.write 写出：标识齐全"))


NOT_FOUND = ('<html><head><title>404</title></head><body><div class="error"><h1>404</h1>'
             '<p>对不起，您访问的页面不存在！</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"esite offers only the small size, not {size!r}")
    s = _Site()
    cxyw, tzgg = _news(s)
    _disclosure(s)
    zjdc = Col(f"{ROOT}/hdjl/zjdc", "征集调查", "hdjl", 600311)
    s.cols.append(zjdc)
    s.key.append(Expected("empty-columns", zjdc.url(), "征集调查栏目列表区什么也没有", probe="no-rows"))
    s.render()
    _statics(s)
    _channel(s, "xwzx")
    _interaction(s, zjdc)
    _mailbox(s)
    _home(s, cxyw, tzgg)
    for c in s.cols:
        for d in c.docs:
            if c.rows == "pic":
                s.res[f"/eportal/fileDir/cxq/resource/cms/article/{c.page_id}/{d.id}/pic.jpg"] = Resource(tiny_png(), "image/jpeg")
            for href, _ in d.files:
                if href != BROKEN_PDF:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("/eportal/fileDir/cxq/resource/cms/2024/03/dot.png",
                "/eportal/fileDir/cxq/resource/cms/2024/03/img_pc_site/2024031509240943050.png"):
        s.res[img] = Resource(tiny_png(), "image/png")
    s.res["/eportal/fileDir/cxq/template/cxq.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/eportal/uiFramework/huilan-jquery-ui/css/huilan-jquery-ui.css"] = Resource(b"/* huilan */", "text/css")
    for js in ("/eportal/uiFramework/huilan-jquery-ui/js/huilan-jquery-ui.js", "/eportal/uiFramework/js/counting/chanelCounting.js"):
        s.res[js] = Resource(b"/* easysite */", "application/javascript")
    example = next(c for c in s.cols if c.name == "规范性文件")
    s.key.append(Expected("footer", example.doc_url(example.docs[0]), "政务公开文章页模板页脚缺公安备案号（苏公网安备）",
                          probe="footer-lacks:公网安备", url_pattern=DISCLOSURE_DOCS))
    return SampleSite("esite", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), "text/html;charset=UTF-8", 404),
                      s.key, s.traps, frozenset())
