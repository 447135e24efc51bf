"""The "sscms" sample site: a county government portal (柘川县人民政府) on SiteServer CMS (思源 SiteServer /
SSCMS, .NET, STL templates generated into static pages), UTF-8.

Written from real SiteServer markup and code found with the library tools (`find_repos siteserver`,
`read_file`, `find_string`); sources:
  - SiteServer's own path rules (siteserver/cms `SiteServer.CMS/Core/PathUtility.cs`, `GetChannelPageFilePath`
    and `GetContentPageFilePath`): a channel is `/channels/{ChannelId}.html` unless it has its own FilePath
    (a folder gets `{ChannelId}.html`… or the configured file), page n ≥ 2 of a list appends `_{n}`
    (`/channels/12_2.html`), page n of a content split by the editor's page break is `/contents/12/345_2.html`;
    uploads under `upload/images` and `upload/files` with a year/month folder ("Month" date format, the
    site settings' defaults `imageUploadDirectoryName: upload/images`, `imageUploadDateFormatString: Month`);
  - the pager element `stl:pageItem` (siteserver/cms `StlParser/StlElement/StlPageItem.cs`): 首页/上一页/下一页/
    末页 are links when active, otherwise their bare text (no anchor); the page navigation writes `<a href=
    "/channels/12_2.html">[2]</a>&nbsp;` and the current page `<a href='javascript:void(0);'>[1]</a>&nbsp;`;
    the page jump (`PageSelect`) is a `<script language="JavaScript">function PageSelect_…_jumpMenu(targ,
    selObj,restore){eval(targ+".location='"+selObj.options[selObj.selectedIndex].value+"'");…}</script>` and a
    `<select id="PageSelect_…" onChange="PageSelect_…_jumpMenu('self',this,0)">` whose options' values are
    the pages' addresses (the current page's option has an empty value and is selected);
  - channel link types (siteserver/cms `LinkType`/`ELinkType`, `PageUtility.GetChannelUrl`): a channel set to
    仅一条内容时链接到此内容 (LinkToOnlyOneContent) with one content is linked straight to that content, and
    its own page is not generated (`isCreatable = count != 1`);
  - the hits counter route `sys/stl/actions/add_content_hits/{siteId}/{channelId}/{contentId}` under `/api`
    (`ApiRouteActionsAddContentHits`), written as a script on content pages;
  - rendered SiteServer government pages quoted in public scrapers: sfj.pds.gov.cn (`/channels/14229.html`,
    page n `…_{n}.html`, list rows `<div class="channel clearfix"><div class="channel-fr fr"><ul><li><a href=…>
    title<span>date</span></a></li>` with the date INSIDE the anchor, a pager `<div class="page"><span class=
    "total">当前第 1 / 5 页…`, content pages with `<meta name="ArticleTitle">`, `PubDate`, `ContentSource`, a
    trail `<span class="history"><a>…</a>`, the body in `div.text`); www.pds.gov.cn (`/channels/31700.html`,
    list `div.public-list1` whose first `<li>` is a header row, the pager `<span class="public-page-nav
    clear-float">…下一页`, disclosure metadata `<div class="xxgk-table xgyd-xxgk-table">` as `<ul>` rows of
    `<li>label</li><li>value</li>` pairs: 发文字号, 主题分类, 发布日期 …, the body in `div.article`);
    www.klq.gov.cn (`/channels/298.html`, `/contents/\\d+/\\d+.html`, `/channels/\\d+_\\d+.html`).
Guessed, said as such: the labels of the metadata rows written without a colon (the scraper matches the
bare word), the 相关解读/相关文件 boxes, `stl:location`'s separator, the `<stl:no>` text of an empty list, a
template using only the page jump and the totals (no page links; a configuration SiteServer allows), the
footers and <meta> tags beyond the three above, the search form's address, the home page blocks, every
page's wording and the 404 page.

Variety on purpose: list rows whose date sits inside the title's anchor, a header `<li>` in the list, a pager
of bracketed page numbers with disabled items as bare text and 末页, a list paged only by a `<select>` jump
whose options hold the addresses, a guide channel linked straight to its only content (no channel page), a
信息公开 section served at its own FilePath `/xxgk/index.html`, an article split in two pages, metadata in
`<ul><li>` pairs, a dateless picture list, a 情况说明 channel, an empty list with `共0条 当前第 1 / 1 页`, a
hits script on every content page, and a list-page template whose footer lacks the 公安备案 number.
Every planted defect is an `Expected` entry written before the tool ran; things that must not be findings
are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "柘川县"
GOV = "柘川县人民政府"
SITE_ID = "4104250009"
HTML = "text/html; charset=utf-8"
LIST_PAGES = r"^/channels/\d+(?:_\d+)?\.html$"  # the channel (list) template


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
    second: str = ""  # the body's second page (/contents/c/id_2.html)


@dataclass
class Col:
    cid: int
    name: str
    section: str  # xwzx | xxgk | hdjl
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    pager: str = "nav"  # nav (当前第 n / P 页, [k] numbers, 首页…末页) | select (totals and the page jump only)
    rows: str = "anchor"  # anchor (date inside the title's anchor) | table | pic (no dates)
    empty: str | None = None  # the <stl:no> text of an empty list
    zero_pager: bool = False  # an empty list that still shows 共0条 当前第 1 / 1 页
    note: str = ""  # a 情况说明 instead of a list
    direct: str = ""  # LinkToOnlyOneContent: every link to the channel is its only content's address

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        if n == 1:
            return self.direct or f"/channels/{self.cid}.html"
        return f"/channels/{self.cid}_{n}.html"

    def doc_url(self, d: Doc, n: int = 1) -> str:
        return f"/contents/{self.cid}/{d.id}.html" if n == 1 else f"/contents/{self.cid}/{d.id}_{n}.html"


_SECTIONS = {"xwzx": ("新闻中心", "/channels/2.html"), "xxgk": ("政务公开", "/xxgk/index.html"),
             "hdjl": ("互动交流", "/channels/41.html")}
_ON = ' class="on"'
_NAV = (("网站首页", "/"), ("新闻中心", "/channels/2.html"), ("政务公开", "/xxgk/index.html"),
        ("互动交流", "/channels/41.html"))


# ---------------------------------------------------------------- page shells

def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}" />\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.zhechuan.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f'<title>{escape(title)}</title>\n{metas}'
            '<link href="/css/style.css" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript" src="/sitefiles/assets/jquery/jquery-1.9.1.min.js"></script>\n</head>\n')


def _top(current: str) -> str:
    items = "".join(f'<li{_ON if n == current else ""}><a href="{u}">{n}</a></li>' for n, u in _NAV)
    return ('<div class="top"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="柘川县人民政府" /></a>'
            '<div class="search"><form action="/utils/search.html" method="get" target="_blank"><input type="text" name="word" '
            'class="s-txt" /><input type="submit" value="搜索" class="s-btn" /></form></div></div></div>\n'
            f'<div class="nav"><ul class="w1200">{items}</ul></div>\n')


def _footer(psb: bool = True, home: bool = False) -> str:
    police = ('&nbsp;&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=41042502000017" target="_blank">'
              '<img src="/images/ga.png" />豫公网安备 41042502000017号</a>') if psb else ""
    marks = ('<div class="marks"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=5F3A1C2B" '
             'target="_blank"><img src="/images/dzjg.png" alt="党政机关" /></a></span>'
             f'<script id="_jiucuo_" sitecode="{SITE_ID}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>'
             ) if home else ""
    return ('<div class="footer"><div class="w1200">'
            f'<p>主办：{GOV}办公室&nbsp;&nbsp;承办：{COUNTY}大数据中心&nbsp;&nbsp;地址：{COUNTY}人民路88号&nbsp;&nbsp;电话：0375-8123456</p>'
            f'<p>网站标识码：{SITE_ID}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备05021368号</a>{police}</p>'
            f'{marks}</div></div>\n')


def _page(title: str, current: str, body: str, meta: dict[str, str], psb: bool = True, home: bool = False) -> Resource:
    html = (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n{_head(title, meta)}<body>\n{_top(current)}{body}\n'
            f"{_footer(psb, home)}</body>\n</html>\n")
    return Resource(html.encode("utf-8"), HTML)


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


def _trail(col: Col | None, tail: str = "") -> str:
    parts = ['<a href="/">首页</a>']
    if col is not None:
        name, url = _SECTIONS[col.section]
        parts += [f'<a href="{url}">{name}</a>', f'<a href="{col.url()}">{col.name}</a>']
    if tail:
        parts.append(tail)
    return '<div class="location">当前位置：<span class="history">' + "&nbsp;&gt;&nbsp;".join(parts) + "</span></div>"


# ---------------------------------------------------------------- lists

def _rows(col: Col, docs: list[Doc]) -> str:
    if not docs:
        return (f'<div class="public-list1"><ul><li class="head"><span>标题</span><span>日期</span></li>'
                f'<li class="none">{col.empty or ""}</li></ul></div>')
    if col.rows == "table":
        trs = "".join(f'<tr><td class="t"><a href="{col.doc_url(d)}" target="_blank" title="{d.title}">{d.title}</a></td>'
                      f'<td>{(d.fields or {}).get("发文字号", "")}</td><td>{d.when:%Y-%m-%d}</td></tr>' for d in docs)
        return ('<div class="public-list1"><table width="100%"><tr class="head"><td>标题</td><td>文号</td><td>发布日期</td></tr>'
                f'{trs}</table></div>')
    if col.rows == "pic":
        lis = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank"><img src="/upload/images/2026/11/pic{d.id}.jpg" '
                      f'alt="{d.title}" /><p>{d.title}</p></a></li>' for d in docs)
        return f'<div class="pic-list"><ul>{lis}</ul></div>'
    # sfj.pds.gov.cn: the date inside the anchor; www.pds.gov.cn: the first <li> is a header
    lis = "".join(f'\n<li><a href="{col.doc_url(d)}" target="_blank" title="{d.title}">{d.title}<span>{d.when:%Y-%m-%d}</span></a></li>'
                  for d in docs)
    return f'<div class="channel-fr"><ul>\n<li class="head"><b>标题</b><b>发布日期</b></li>{lis}\n</ul></div>'


def _nav_pager(col: Col, n: int) -> str:
    """stl:pageItem: 首页/上一页/下一页/末页 (bare text when inactive), [k] page links, the current one javascript:void(0)."""
    pages = col.pages
    item = lambda k, text, active: f'<a href="{col.url(k)}">{text}</a>' if active else text  # noqa: E731
    nums = "".join((f"<a href='javascript:void(0);'>[{k}]</a>&nbsp;" if k == n else f'<a href="{col.url(k)}">[{k}]</a>&nbsp;')
                   for k in range(1, pages + 1))
    return (f'<div class="page"><span class="total">共{len(col.docs)}条&nbsp;当前第 {n} / {pages} 页</span>&nbsp;'
            f'{item(1, "首页", n > 1)}&nbsp;{item(n - 1, "上一页", n > 1)}&nbsp;{nums}'
            f'{item(n + 1, "下一页", n < pages)}&nbsp;{item(pages, "末页", n < pages)}</div>')


def _select_pager(col: Col, n: int) -> str:
    """A template with only the totals and stl:pageItem type=PageSelect: the pages' addresses are the options' values."""
    uid = f"PageSelect_{col.cid}"
    options = "".join((f'\n\t<option selected="selected" value="">{k}</option>' if k == n else
                       f'\n\t<option value="{col.url(k)}">{k}</option>') for k in range(1, col.pages + 1))
    script = (f'<script language="JavaScript">function {uid}_jumpMenu(targ,selObj,restore){{eval(targ+".location=\'"'
              f'+selObj.options[selObj.selectedIndex].value+"\'");if (restore) selObj.selectedIndex=0;}}</script>')
    return (f'<div class="page"><span class="total">共{len(col.docs)}条记录，第{n}/{col.pages}页</span>&nbsp;转到第'
            f'{script}<select name="{uid}" id="{uid}" onChange="{uid}_jumpMenu(\'self\',this,0)">{options}\n</select>页</div>')


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 1460

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def side(self, col: Col) -> str:
        items = "".join(f'<li{_ON if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if c.section == col.section)
        if col.section == "xxgk":
            items += "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
        return f'<div class="left"><div class="l-tit">{_SECTIONS[col.section][0]}</div><ul class="l-menu">{items}</ul></div>'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.note:
            inner = f'<div class="text"><p>{col.note}</p></div>'
        else:
            pager = ""
            if col.pages > 1 or col.zero_pager:
                pager = {"nav": _nav_pager, "select": _select_pager}[col.pager](col, n)
            inner = _rows(col, docs) + "\n" + pager
        body = (f'<div class="main w1200">{self.side(col)}<div class="right">{_trail(col)}'
                f'<div class="r-tit"><h3>{col.name}</h3></div>\n{inner}\n</div></div>')
        return _page(f"{col.name}_{GOV}", _SECTIONS[col.section][0], body, _col_meta(col.name), psb=False)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            for n in range(1, 0 if col.direct else col.pages + 1):  # LinkToOnlyOneContent: no channel page
                self.res[col.url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for k, d in enumerate(col.docs):
                self.article(col, d, col.docs[k - 1] if k else None, col.docs[k + 1] if k + 1 < len(col.docs) else None)

    def article(self, col: Col, d: Doc, newer: Doc | None, older: Doc | None) -> None:
        info = ""
        if d.fields is not None:
            pairs = [f"<li class=\"name\">{k}</li><li class=\"value\">{v}</li>" for k, v in d.fields.items()]
            info = ('<div class="xxgk-table xgyd-xxgk-table">'
                    + "".join("<ul>" + "".join(pairs[i:i + 3]) + "</ul>" for i in range(0, len(pairs), 3)) + "</div>")
        files = ""
        if d.files:
            files = '<div class="fujian"><p>附件：</p>' + "".join(
                f'<p><a href="{escape(h, quote=True)}" target="_blank">{name}</a></p>' for h, name in d.files) + "</div>"
        nav = lambda label, x: f'<p>{label}：' + (f'<a href="{col.doc_url(x)}">{x.title}</a>' if x else "没有了") + "</p>"  # noqa: E731
        hits = f'<script src="/api/sys/stl/actions/add_content_hits/1/{col.cid}/{d.id}" type="text/javascript"></script>'
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.when:%Y-%m-%d} 10:12",
                "ContentSource": d.source}
        pages = [d.body, d.second] if d.second else [d.body]
        for n, text in enumerate(pages, 1):
            pager = ""
            if len(pages) > 1:  # stl:pageContent's pager of a content split by the editor's page break
                other = 2 if n == 1 else 1
                pager = (f'<div class="page">共2页&nbsp;<a href="{col.doc_url(d, other)}">[{other}]</a>&nbsp;'
                         + (f'<a href="{col.doc_url(d, 2)}">下一页</a>' if n == 1 else f'<a href="{col.doc_url(d)}">上一页</a>')
                         + "</div>")
            body = (f'<div class="main w1200">{self.side(col)}<div class="right">{_trail(col, "正文")}'
                    f'{info}<div class="article"><h1>{d.title}</h1>\n'
                    f'<div class="info">发布时间：{d.when:%Y-%m-%d}&nbsp;&nbsp;来源：{d.source}&nbsp;&nbsp;'
                    f'<a href="javascript:window.print();">【打印】</a>&nbsp;<a href="javascript:window.close();">【关闭】</a></div>\n'
                    f'<div class="text">{text}</div>\n{pager}{files}{d.related}\n'
                    f'<div class="prenext">{nav("上一篇", newer)}{nav("下一篇", older)}</div></div></div></div>{hits}')
            self.res[col.doc_url(d, n)] = _page(f"{d.title}_{GOV}", _SECTIONS[col.section][0], body, meta)
            if n > 1:
                self.traps.append(Trap(col.doc_url(d, n), "长文章的第 2 页（编辑器分页符）属于同一篇文章，不是另一份文件"))


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_SUBJECTS = ("召开县政府常务会议", "开展安全生产隐患排查", "推进高标准农田建设", "召开秋冬季森林防火工作会议", "督导重点民生实事",
             "开展全国文明城市创建活动", "调研规上工业企业", "召开招商引资项目推进会", "举办农民丰收节活动",
             "推进城乡供水一体化", "开展义务教育质量监测", "召开乡村振兴工作推进会")
_TOWNS = ("城关镇", "柘林镇", "河口乡", "白岭乡")
GUIDE_CID = 31
_STATICS = ((f"/contents/{GUIDE_CID}/1400.html", "政府信息公开指南"), ("/channels/32.html", "政府信息公开制度"),
            ("/channels/33.html", "机构职能"), ("/channels/34.html", "依申请公开"))
BROKEN_IMAGE = "/upload/images/2026/11/17103866421.jpg"
BROKEN_PDF = "/upload/files/2026/4/09152241735.pdf"
DELETED = "/contents/5/1399.html"


def _news(s: _Site) -> tuple[Col, Col]:
    yw = Col(5, "柘川要闻", "xwzx", per_page=15)
    for i in range(40):
        yw.docs.append(s.doc(f"{COUNTY}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                             _paras(f"{COUNTY}{_SUBJECTS[i % 12]}。", "会议强调，要压紧压实责任，推动各项工作落地见效。"),
                             source=f"{COUNTY}融媒体中心"))
    yw.docs[2].body += f'<p style="text-align:center;"><img src="{BROKEN_IMAGE}" border="0" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "要闻正文图片 404（/upload/images 上传路径）", probe="status:404"))
    yw.docs[4].body += f'<p>延伸阅读：<a href="{DELETED}" target="_blank">我县召开全县经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的内容页（404）", probe="status:404"))
    good = "/upload/images/2026/11/17104520377.jpg"
    yw.docs[6].body += f'<p style="text-align:center;"><img src="{good}" border="0" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    long = yw.docs[8]
    long.second = _paras("二、下一步工作安排", "会议要求，各乡镇要对照任务清单，逐项抓好落实，确保年底前全面完成。")
    s.traps.append(Trap(yw.doc_url(long), "分为两页的长文章（/contents/5/N_2.html），第 2 页由文内分页条链接"))

    bmdt = Col(6, "部门动态", "xwzx", per_page=12, pager="select", rows="table")
    for i in range(26):
        bmdt.docs.append(s.doc(f"{('县发展改革委', '县教育体育局', '县卫生健康委', '县农业农村局')[i % 4]}{_SUBJECTS[(i + 3) % 12]}",
                               date(2026, 10, 27) - timedelta(days=i * 4)))
    s.key.append(Expected("stale-columns", bmdt.url(), "部门动态最新信息 2026-10-27，超过 14 天（列表只能用下拉框翻页）",
                          probe="newest:2026-10-27"))

    xzdt = Col(7, "乡镇动态", "xwzx", per_page=10)
    for i in range(18):
        xzdt.docs.append(s.doc(f"{_TOWNS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", AS_OF - timedelta(days=2 + i * 4)))

    tpxw = Col(8, "图片新闻", "xwzx", rows="pic")
    for i in range(9):
        tpxw.docs.append(s.doc(f"图说{COUNTY}：{_SUBJECTS[(i + 7) % 12]}", AS_OF - timedelta(days=3 + i * 6)))
    s.traps.append(Trap(tpxw.url(), "图片新闻列表只有图片和标题（日期在内容页），不是空栏目，最新内容日期未超期"))

    tzgg = Col(9, "通知公告", "xwzx", per_page=12, pager="select")
    for i in range(16):
        tzgg.docs.append(s.doc(f"关于做好{('冬春火灾防控', '节假日值班值守', '冬季清洁取暖', '城乡居民医保参保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 4, 28) - timedelta(days=i * 10), source=f"{GOV}办公室"))
    s.key.append(Expected("stale-columns", tzgg.url(), "通知公告最新信息 2026-04-28，超过 6 个月", probe="newest:2026-04-28"))
    tzgg.docs[1].files.append((BROKEN_PDF, "报名登记表.pdf"))
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404（/upload/files 上传路径）", probe="status:404"))
    tzgg.docs[3].files.append(("/upload/files/2026/3/20093317205.pdf", "实施方案.pdf"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                           _paras("经清理，继续有效的行政规范性文件27件，宣布失效3件，废止2件。", GOV, "2026年3月16日"),
                           source=f"{COUNTY}司法局"))
    for c in (yw, bmdt, xzdt, tpxw, tzgg):
        s.cols.append(c)
    return yw, tzgg


# Normative documents (subject, defect): missing / late / unlinked / meta:<label>
_NORMATIVE = (("农村集体经济组织财务管理", ""), ("城区道路停车管理", "missing"), ("土地储备管理", "meta:发文字号"),
              ("政府投资项目管理", "late"), ("中小微企业纾困资金管理", "unlinked"), ("老旧小区改造", ""),
              ("农村宅基地审批管理", "meta:有效性"), ("保障性租赁住房管理", "meta:成文日期"), ("公共资源交易管理", ""))


def _disclosure(s: _Site) -> None:
    gfx = Col(21, "规范性文件", "xxgk", per_page=6, rows="table")
    zcjd = Col(22, "政策解读", "xxgk", per_page=8)
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 30) - timedelta(days=27 * k)
        d = s.doc(f"{GOV}关于印发《{COUNTY}{subject}办法》的通知", when)
        d.fields = {"索引号": f"114104250059263117/{when.year}-{k + 57:05d}", "主题分类": "综合政务", "发布机构": GOV,
                    "发文字号": f"柘政规〔{when.year}〕{14 - k}号", "成文日期": f"{when - timedelta(days=4):%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if defect == "meta:发文字号":
            d.fields["发文字号"] = ""
        elif defect.startswith("meta:"):
            del d.fields[defect[5:]]
        short = f"{COUNTY}{subject}办法"
        d.body = _paras("各乡（镇）人民政府，县人民政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        GOV, f"{when.year}年{when.month}月{when.day}日")
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{defect[5:]}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"一图读懂《{short}》", f"关于《{short}》的解读")[k % 3], when + timedelta(days=lag),
                  _paras("一、制定背景", "二、主要内容", "三、创新举措"), source=f"{GOV}办公室")
        if defect != "unlinked":
            i.related = f'<div class="xgwj"><p class="tit">相关文件</p><ul><li><a href="{url}">{d.title}</a></li></ul></div>'
            d.related = f'<div class="xgjd"><p class="tit">相关解读</p><ul><li><a href="{zcjd.doc_url(i)}">{i.title}</a></li></ul></div>'
            if defect == "":
                s.traps.append(Trap(url, "文件与解读互相链接（相关解读 / 相关文件），解读已及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps
    for n in range(4):  # interpretations of the county's other policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{COUNTY}{('优化营商环境', '促进消费扩容提质', '稳就业', '数字乡村建设')[n]}若干措施》解读",
                               date(2026, 11, 10) - timedelta(days=11 * n), _paras("一、出台背景", "二、主要措施"),
                               source=f"{GOV}办公室"))

    rsxx = Col(23, "人事信息", "xxgk")
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('李', '赵', '孙', '马')[n % 4]}某某等同志职务任免的通知", date(2025, 10, 15) - timedelta(days=53 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-10-15，超过 1 年", probe="newest:2025-10-15"))

    czzj = Col(24, "财政资金", "xxgk", empty="暂无信息")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（只有“暂无信息”）", probe="no-rows"))
    zdxm = Col(25, "重大建设项目", "xxgk", zero_pager=True)
    s.key.append(Expected("empty-columns", zdxm.url(), "重大建设项目栏目为空（分页条写“共0条 当前第 1 / 1 页”）", probe="no-rows"))
    tjxx = Col(26, "统计信息", "xxgk",
               note="情况说明：我县统计数据由县统计局统一发布，请访问县统计局网站“统计数据”栏目查询，本栏目不再单独发布。")
    s.traps.append(Trap(tjxx.url(), "只有情况说明的栏目不是空白栏目"))

    ndbg = Col(27, "政府信息公开年报", "xxgk")
    published = {2025: date(2026, 3, 27), 2023: date(2024, 4, 9), 2022: date(2023, 3, 31), 2021: date(2022, 3, 30),
                 2020: date(2021, 3, 25)}
    for year, when in published.items():
        title = f"{GOV}{year}年度政府信息公开工作报告" if year == 2021 else f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 13 + 2))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-09 发布，晚于 3 月 31 日",
                                  match=(COUNTY, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在截止日 3 月 31 日当天发布，不算逾期"))
        elif year == 2021:
            s.traps.append(Trap(ndbg.doc_url(d), "标题写作“2021年度政府信息公开工作报告”的年报是合规年报"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告",
                          match=(COUNTY, "2024"), probe="no-report:2024"))
    for c in (gfx, zcjd, rsxx, czzj, zdxm, tjxx, ndbg):
        s.cols.append(c)


def _statics(s: _Site) -> None:
    """The 信息公开 single pages: the guide is the only content of a LinkToOnlyOneContent channel (linked straight
    to it, no channel page); the others are channel pages showing the channel's own text."""
    guide = Col(GUIDE_CID, "政府信息公开指南", "xxgk")
    g = Doc(1400, f"{GOV}政府信息公开指南", date(2026, 2, 26),
            _paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。",
                   "一、主动公开　二、依申请公开　三、监督和救济"), source=f"{GOV}办公室")
    guide.docs.append(g)
    guide.direct = guide.doc_url(g)
    s.cols.append(guide)
    s.traps.append(Trap(guide.doc_url(g), "信息公开指南栏目只有一条内容，导航直接链接到该内容页（SiteServer“仅一条内容时链接到此内容”）"))
    texts = {"政府信息公开制度": _paras("本县建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"),
             "机构职能": _paras(f"{GOV}是县级国家行政机关，执行县人民代表大会及其常务委员会的决议。"),
             "依申请公开": _paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：县政府办公室。")}
    for url, name in _STATICS[1:]:
        col = Col(int(url.split("/")[-1].split(".")[0]), name, "xxgk")
        body = (f'<div class="main w1200">{s.side(col)}<div class="right">{_trail(col)}'
                f'<div class="article"><h1>{name}</h1><div class="text">{texts[name]}</div></div></div></div>')
        s.res[url] = _page(f"{name}_{GOV}", "政务公开", body, _col_meta(name), psb=False)
        s.traps.append(Trap(url, "无日期的单页栏目，不是过期栏目"))


def _xxgk_index(s: _Site) -> None:
    links = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.section == "xxgk" and c.cid != GUIDE_CID)
    statics = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
    body = (f'<div class="main w1200">{_trail(None, "政务公开")}<div class="gk-index"><ul class="gk-top">{statics}</ul>'
            f'<h3>法定主动公开内容</h3><ul class="gk-cats">{links}</ul></div></div>')
    s.res["/xxgk/index.html"] = _page(f"政务公开_{GOV}", "政务公开", body, _col_meta("政务公开"))
    s.traps.append(Trap("/xxgk/index.html", "政务公开首页（栏目自定义生成路径 /xxgk/index.html）是导航页，不是栏目"))


def _channel(s: _Site) -> None:
    """新闻中心: a block of each child channel's newest rows with its 更多 link; a channel page, not a column."""
    blocks = "".join(
        f'<div class="xw-box"><div class="xw-tit"><span>{c.name}</span><a href="{c.url()}" class="more">更多&gt;&gt;</a></div>'
        '<ul>' + "".join(f'<li><a href="{c.doc_url(d)}" title="{d.title}">{d.title}</a><span>{d.when:%Y-%m-%d}</span></li>'
                         for d in c.docs[:5]) + "</ul></div>"
        for c in s.cols if c.section == "xwzx" and c.rows != "pic")
    body = f'<div class="main w1200">{_trail(None, "新闻中心")}<div class="xwzx-index">{blocks}</div></div>'
    s.res["/channels/2.html"] = _page(f"新闻中心_{GOV}", "新闻中心", body, _col_meta("新闻中心"), psb=False)
    s.traps.append(Trap("/channels/2.html", "新闻中心是父栏目的频道页（各子栏目区块和“更多”链接），不是栏目"))


def _home(s: _Site, yw: Col, tzgg: Col) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<div class="i-box"><div class="i-tit"><h2>{title}</h2><a href="{more}" class="more">更多+</a></div>'
                f"<ul>{rows}</ul></div>")
    row = lambda c, d: f'<li><a href="{c.doc_url(d)}" title="{d.title}" target="_blank">{d.title}</a><span>{d.when:%m-%d}</span></li>'  # noqa: E731
    gfx = next(c for c in s.cols if c.name == "规范性文件")
    body = ('<div class="main w1200 index">' + block("柘川要闻", yw.url(), "".join(row(yw, d) for d in yw.docs[:8]))
            + block("通知公告", tzgg.url(), "".join(row(tzgg, d) for d in tzgg.docs[:6]))
            + block("政务公开", "/xxgk/index.html", "".join(row(gfx, d) for d in gfx.docs[:4])) + "</div>")
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res["/"] = s.res["/index.html"] = _page(GOV, "网站首页", body, meta, home=True)
    s.traps.append(Trap("/", "首页页脚标识齐全（网站标识码、ICP、豫公网安备、党政机关标识、找错）"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8" /><title>404 - 找不到文件或目录。</title></head><body>'
             '<div id="content"><h2>404 - 找不到文件或目录。</h2><h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3>'
             '</div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"sscms offers only the small size, not {size!r}")
    s = _Site()
    yw, tzgg = _news(s)
    _disclosure(s)
    _statics(s)
    zjdc = Col(41, "征集调查", "hdjl")
    s.cols.append(zjdc)
    s.key.append(Expected("empty-columns", zjdc.url(), "征集调查栏目列表区什么也没有", probe="no-rows"))
    s.render()
    _xxgk_index(s)
    _channel(s)
    _home(s, yw, tzgg)
    for c in s.cols:
        for d in c.docs:
            if c.rows == "pic":
                s.res[f"/upload/images/2026/11/pic{d.id}.jpg"] = Resource(tiny_png(), "image/jpeg")
            for href, _ in d.files:
                if href != BROKEN_PDF:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
            s.res[f"/api/sys/stl/actions/add_content_hits/1/{c.cid}/{d.id}"] = Resource(b"", "application/javascript")
    for img in ("logo.png", "ga.png", "dzjg.png"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/css/style.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/sitefiles/assets/jquery/jquery-1.9.1.min.js"] = Resource(b"/* jquery */", "application/javascript")
    s.key.append(Expected("footer", yw.url(), "栏目（列表）页模板页脚缺公安机关备案号", probe="footer-lacks:公网安备",
                          url_pattern=LIST_PAGES))
    return SampleSite("sscms", size, AS_OF, dict(sorted(s.res.items())),
                      Resource(NOT_FOUND.encode(), "text/html; charset=utf-8", 404), s.key, s.traps, frozenset())
