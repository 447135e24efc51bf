"""The "dede" sample site: a township portal (龙溪镇人民政府, 安平县) on 织梦 DedeCMS 5.7, GBK.

Written from real DedeCMS markup found with the `search` tool (code corpus, `find_string`); sources:
  - DedeCMS's own list renderer, dedecms/DedeCMS `include/arc.listview.class.php` (5.7 versions):
    `GetPageListST` writes `<li>首页</li>` / `<li><a href='list_12_1.html'>首页</a></li>`, `<li><a
    href='list_12_{n-1}.html'>上一页</a></li>`, `<li class="thisclass">1</li>`, numbered `<li><a
    href='list_12_2.html'>2</a></li>`, 下一页, 末页, an `<li><select name='sldd' … onchange='location.href=
    this.options[this.selectedIndex].value;'><option value='list_12_1.html' selected>1</option>…` and
    `<li><span class="pageinfo">共 <strong>5</strong>页<strong>98</strong>条</span></li>`; a one-page list
    only `共 <strong>1</strong>页<strong>8</strong>条记录`, an empty one `共 <strong>0</strong>页<strong>0
    </strong>条记录`. Its links are bare file names (the rule's folder is cut off: `preg_replace("/^(.*)\\//",
    '', $tnamerule)`). `GetPageListDM` (the dynamic `/plus/list.php`) links `?tid=12&TotalResult=98&PageNo=2`
    and marks the current page `<li class="thisclass"><a>1</a></li>`, first page `<li><a>首页</a></li>`;
  - the default templates `templets/default/list_article.htm` (`<div class="place"> <strong>当前位置:
    </strong> {dede:field name='position'/}`, `<div class="dede_pages"><ul class="pagelist">{dede:pagelist
    listitem="info,index,end,pre,next,pageno,option" listsize="5"/}</ul></div>`) and `article_article.htm`
    (`<div class="info"> <small>时间:</small>{pubdate 'Y-m-d H:i'}<small>来源:</small>… <small>点击:</small>
    <script src="/plus/count.php?view=yes&aid=…&mid=1" type='text/javascript' language="javascript"></script>
    次</div>`, `{dede:prenext get='pre'/}` → 上一篇：<a href='…'>…</a> / 上一篇：没有了, footer.htm with
    `{dede:global.cfg_powerby/}&nbsp;&nbsp;{dede:global.cfg_beian/}`);
  - rendered DedeCMS pages quoted in public scrapers and templates: `<a href='/'>主页</a> > <a
    href='/mt/'>媒体报道</a> > ` breadcrumbs with the trailing `>`, `list_47_2.html` pagers, an article
    split by the editor's page break (`<li><a>共3页: </a></li><li><a href='#'>上一页</a></li><li
    class="thisclass"><a href='#'>1</a></li><li><a href='1869_2.html'>2</a></li>…`), `上一篇：<a
    href='/sheying/rxsy/201704/1868.html'>`, the count.php script (yixieshi.com, zhuwang.cc, meiwenjx.com
    crawlers), `[field:pubdate function="MyDate('Y-m-d',@me)"/]` dates, `{dede:channel type='son'
    currentstyle="<li><a href='~typelink~' class='thisclass'>~typename~</a></li>"}` side menus.
Guesses, said as such: the column folders `/a/xwzx/zhxw/` and article paths `/a/<typedir>/{Y}/{M}{D}/
{aid}.html` (DedeCMS's default naming rule, recalled, not re-read); page 1 served both as the column's
index.html and as `list_<tid>_1.html` (what the renderer's 首页 link implies); the 信息公开 metadata
table, its labels and every footer; the township's column names; `/plus/view.php?aid=N` answering a
deleted document with status 200 and DedeCMS's ShowMsg box ("DedeCMS 提示信息" … 文章不存在); the
server sending `text/html` without a charset (the page's meta says gb2312 while the bytes are GBK).

Variety on purpose: pages GBK with characters outside GB2312 (镕, 堃) under a meta that says gb2312;
page 1 at two addresses; dates `2026-10-12`, `2026-09-15 16:42:08`, `10-12` (month-day rows); a
picture list without dates; a regeneration/import pile; columns served only at `/plus/list.php?tid=N`
(paged with `&TotalResult=N&PageNo=n`) with articles at `/plus/view.php?aid=N`; an article split in two
pages (`N_2.html`); channel (封面) pages; undated cover pages. Every planted defect is an `Expected`
entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 10, 20)
COUNTY = "安平县"
TOWN = "龙溪镇"
GOV = "龙溪镇人民政府"
SITE_ID = "1311250016"
HOME_FOOTER_CODE = "1311250061"
HTML = "text/html"  # Apache sends no charset; the page's meta says gb2312, the bytes are GBK
DISCLOSURE_DOCS = r"^/a/xxgk/(?:gfxwj|zcwj|zcjd|rsxx|ndbg)/\d{4}/\d{4}/\d+\.html$|^/plus/view\.php\?aid=\d+$"


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    aid: int
    title: str
    when: date
    body: str = ""
    source: str = GOV
    fields: dict[str, str] | None = None
    links: str = ""  # a related box under the text
    files: list[tuple[str, str]] = field(default_factory=list)  # (href, name) attachments
    listed: date | None = None  # an import pile: the row date (senddate) differs from the article's
    pic: str = ""  # the litpic of a picture list
    parts: int = 1  # pages of an article split by the editor's page break
    redirect: str = ""  # a 跳转网址 archive: listed at /plus/view.php?aid=N, which redirects here
    hour: int = 9


@dataclass
class Col:
    tid: int
    typedir: str  # "/a/xwzx/zhxw"
    name: str
    section: str  # xwzx | xxgk
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 10
    rows: str = "li"  # li | table (文号) | pic
    dates: str = "ymd"  # ymd | full (Y-m-d H:i:s) | md
    note: str = ""  # a 情况说明 instead of a list
    dynamic: bool = False  # served only by /plus/list.php, articles by /plus/view.php
    old_pager: bool = False  # DedeCMS 5.3's pagelist (pageinfo first)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        if self.dynamic:
            return f"/plus/list.php?tid={self.tid}" + (f"&TotalResult={len(self.docs)}&PageNo={n}" if n > 1 else "")
        return f"{self.typedir}/" if n == 1 else f"{self.typedir}/list_{self.tid}_{n}.html"

    def doc_url(self, d: Doc, part: int = 1) -> str:
        if self.dynamic or d.redirect:
            return f"/plus/view.php?aid={d.aid}" + (f"&pageno={part}" if part > 1 else "")
        made = d.listed or d.when
        return f"{self.typedir}/{made:%Y}/{made:%m%d}/{d.aid}" + (f"_{part}" if part > 1 else "") + ".html"


# ---------------------------------------------------------------- page shells

_NAV = (("网站首页", "/"), ("新闻中心", "/a/xwzx/"), ("政务公开", "/a/xxgk/"))


def _head(title: str, keywords: str, meta: dict[str, str]) -> str:
    # 政府网站发展指引 tags, added to the templates by hand ({dede:field.typename/}, {dede:field.pubdate/}).
    tags = "".join(f'<meta name="{k}" content="{escape(v)}" />' for k, v in meta.items())
    return ('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
            f'<title>{escape(title)}</title>\n<meta name="keywords" content="{escape(keywords)}" />\n'
            f'<meta name="description" content="{GOV}门户网站" />\n'
            f'<meta name="SiteName" content="{GOV}" /><meta name="SiteDomain" content="www.longxi.gov.cn" />'
            f'<meta name="SiteIDCode" content="{SITE_ID}" />{tags}\n'
            '<link href="/templets/gov/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />\n'
            '<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>\n</head>')


def _footer(psb: bool = True, home: bool = False) -> str:
    # Batch 3 (key first): the home page's footer mistypes the code (…61 for …16); meta and 纠错 agree.
    code = HOME_FOOTER_CODE if home else SITE_ID
    ga = ('&nbsp;&nbsp;<a target="_blank" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=13112502000086">'
          '<img src="/templets/gov/images/ga.png" />冀公网安备 13112502000086号</a>') if psb else ""
    marks = ('<p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=3B1D5A7C9E" '
             'target="_blank"><img src="/templets/gov/images/red.png" border="0" /></a></span>'
             f'<script id="_jiucuo_" sitecode="{SITE_ID}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>'
             ) if home else ""
    return ('\n<!-- //底部模板 -->\n<div class="footer w960 center mt1 clear">\n<div class="footer_body">'
            f'<p>主办单位：{GOV}&nbsp;&nbsp;承办：{TOWN}党政综合办公室&nbsp;&nbsp;地址：{COUNTY}{TOWN}兴隆街1号</p>'
            f'<p class="powered">网站标识码：{code}&nbsp;&nbsp;<div class="copyright">版权所有：{GOV}&nbsp;&nbsp;'
            f'<a href="https://beian.miit.gov.cn/" target="_blank">冀ICP备10023456号-1</a>{ga}</div></p>{marks}'
            '</div>\n</div>')


def _top(current: str) -> str:
    items = "".join(f"<li class='hover'><a href='{u}'>{n}</a></li>" if u == current else f"<li><a href='{u}'>{n}</a></li>"
                    for n, u in _NAV)
    return (f'<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img '
            f'src="/templets/gov/images/logo.gif" alt="{GOV}" /></a></h1></div></div>'
            f'<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>{items}</ul></div></div></div>')


def _page(title: str, body: str, keywords: str = GOV, current: str = "", psb: bool = True, home: bool = False,
          meta: dict[str, str] | None = None) -> Resource:
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
            f'{_head(title, keywords, meta or _col_meta(keywords))}\n<body class="articlelist">\n{_top(current)}\n{body}{_footer(psb, home)}\n</body>\n</html>\n')
    return Resource(html.encode("gbk"), HTML)


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


_SECTIONS = {"xwzx": ("新闻中心", "/a/xwzx/"), "xxgk": ("政务公开", "/a/xxgk/")}


def _place(col: Col | None, section: str = "") -> str:
    """DedeCMS's position: every level linked and followed by ' > '."""
    parts = ["<a href='/'>主页</a> > "]
    name, url = _SECTIONS[col.section if col else section]
    parts.append(f"<a href='{url}'>{name}</a> > ")
    if col is not None:
        parts.append(f"<a href='{_a(col.url())}'>{col.name}</a> > ")
    return f'<div class="place"> <strong>当前位置:</strong> {"".join(parts)}</div>'


# ---------------------------------------------------------------- lists

def _fmt(d: Doc, style: str) -> str:
    day = d.listed or d.when
    return {"ymd": f"{day:%Y-%m-%d}", "full": f"{day:%Y-%m-%d} {d.hour:02d}:{d.aid % 60:02d}:{d.aid % 53:02d}",
            "md": f"{day:%m-%d}"}[style]


def _rows(col: Col, docs: list[Doc]) -> str:
    if col.rows == "pic":
        lis = "".join(f"<li><a href='{_a(col.doc_url(d))}' class='preview'><img src='{d.pic}' alt='{d.title}'/></a>"
                      f"<p><a href=\"{_a(col.doc_url(d))}\" class=\"title\">{d.title}</a></p></li>\n" for d in docs)
        return f'<div class="listbox"><ul class="e7">\n{lis}</ul></div>'
    if col.rows == "table":
        trs = "".join(f"<tr><td class='bt'><a href=\"{_a(col.doc_url(d))}\" title=\"{d.title}\">{d.title}</a></td>"
                      f"<td>{(d.fields or {}).get('文号', '')}</td><td>{_fmt(d, col.dates)}</td></tr>\n" for d in docs)
        return f'<div class="listbox"><table class="gklist" width="100%"><tr><th>标题</th><th>文号</th><th>日期</th></tr>\n{trs}</table></div>'
    lis = "".join(f"<li><a href=\"{_a(col.doc_url(d))}\" class=\"title\">{d.title}</a><span class=\"info\">"
                  f"<small>日期：</small>{_fmt(d, col.dates)}</span></li>\n" for d in docs)
    return f'<div class="listbox"><ul class="e2">\n{lis}</ul></div>'


def _pager(col: Col, n: int) -> str:
    """DedeCMS 5.7's pagelist: GetPageListST for static lists, GetPageListDM for /plus/list.php."""
    total, pages = len(col.docs), col.pages
    if pages <= 1:
        return f'<li><span class="pageinfo">共 <strong>{pages if total else 0}</strong>页<strong>{total}</strong>条记录</span></li>\r\n'
    if col.dynamic:
        href = lambda k: _a(f"/plus/list.php?tid={col.tid}&TotalResult={total}&PageNo={k}")  # noqa: E731
        first = "<li><a>首页</a></li>\r\n" if n == 1 else f"<li><a href='{href(1)}'>首页</a></li>\r\n"
        current = lambda k: f'<li class="thisclass"><a>{k}</a></li>\r\n'  # noqa: E731
        last_off = "<li><a>末页</a></li>\r\n"
    else:
        href = lambda k: f"list_{col.tid}_{k}.html"  # noqa: E731
        first = "<li>首页</li>\r\n" if n == 1 else f"<li><a href='{href(1)}'>首页</a></li>\r\n"
        current = lambda k: f'<li class="thisclass">{k}</li>\r\n'  # noqa: E731
        last_off = "<li>末页</li>\r\n"
    out = first + (f"<li><a href='{href(n - 1)}'>上一页</a></li>\r\n" if n > 1 else "")
    out += "".join(current(k) if k == n else f"<li><a href='{href(k)}'>{k}</a></li>\r\n" for k in range(1, pages + 1))
    out += (f"<li><a href='{href(n + 1)}'>下一页</a></li>\r\n<li><a href='{href(pages)}'>末页</a></li>\r\n"
            if n < pages else last_off)
    if col.old_pager:  # DedeCMS 5.3's GetPageListST: the info first, no <li> around it, no option list
        return f'<span class="pageinfo">共 <strong>{pages}</strong>页<strong>{total}</strong>条</span> ' + out
    if not col.dynamic:
        opts = "".join(f"<option value='{href(k)}'{' selected' if k == n else ''}>{k}</option>\r\n" for k in range(1, pages + 1))
        out += ("<li><select name='sldd' style='width:36px' onchange='location.href=this.options[this.selectedIndex].value;'>\r\n"
                f"{opts}</select></li>\r\n")
    return out + f'<li><span class="pageinfo">共 <strong>{pages}</strong>页<strong>{total}</strong>条</span></li>\r\n'


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.aliases: list[tuple[Col, Doc]] = []  # static articles also linked at /plus/view.php?aid=N
        self.next_aid = 1200

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_aid += 3
        return Doc(self.next_aid, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def side(self, col: Col) -> str:
        """{dede:channel type='son'}: the section's columns, the current one with class='thisclass'."""
        items = [(c.url(), c.name) for c in self.cols if c.section == col.section]
        if col.section == "xxgk":
            items = [*[(u, n) for u, n in _COVERS[:2]], *items, *[(u, n) for u, n in _COVERS[2:]], (DELETED_COLUMN, "机构设置")]
        lis = "".join(f"<li><a href='{_a(u)}' class='thisclass'>{n}</a></li>" if u == col.url() else
                      f"<li><a href='{_a(u)}'>{n}</a></li>" for u, n in items)
        return (f'<div class="pright"><dl class="tbox"><dt><strong>{_SECTIONS[col.section][0]}</strong></dt>'
                f'<dd><ul class="d6">{lis}</ul></dd></dl></div>')

    def list_page(self, col: Col, n: int, docs: list[Doc]) -> Resource:
        inner = (f'<div class="listbox"><div class="note">{col.note}</div></div>' if col.note else
                 _rows(col, docs) + f'<div class="dede_pages"><ul class="pagelist">\r\n{_pager(col, n)}</ul></div>')
        body = (f'<div class="w960 center clear mt1"><div class="pleft">{_place(col)}<!-- /place -->\n{inner}\n'
                f'<!-- /pages --></div>{self.side(col)}</div>')
        return _page(f"{col.name}_{GOV}", body, col.name, _SECTIONS[col.section][1])

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.listed or d.when, d.aid), reverse=True)
            for n in range(1, col.pages + 1):
                page = self.list_page(col, n, col.docs[(n - 1) * col.per_page: n * col.per_page])
                self.res[col.url(n)] = page
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
                elif col.dynamic and col.pages > 1:  # GetPageListDM links page 1 as &PageNo=1
                    first = f"/plus/list.php?tid={col.tid}&TotalResult={len(col.docs)}&PageNo=1"
                    self.res[first] = page
                    self.traps.append(Trap(first, f"{col.name}第 1 页的另一个地址（&PageNo=1），与 {col.url()} 是同一栏目"))
                elif not col.dynamic and col.pages > 1:  # page 1 is also list_<tid>_1.html, where 首页 points
                    self.res[f"{col.typedir}/list_{col.tid}_1.html"] = page
                    self.traps.append(Trap(f"{col.typedir}/list_{col.tid}_1.html",
                                           f"{col.name}第 1 页的另一个地址（list_{col.tid}_1.html），与栏目首页是同一栏目"))
            for k, d in enumerate(col.docs):
                if d.redirect:
                    self.res[col.doc_url(d)] = Resource(b"", "text/html", 302, d.redirect)
                    continue
                prev = col.docs[k + 1] if k + 1 < len(col.docs) else None
                nxt = col.docs[k - 1] if k else None
                self.article(col, d, prev, nxt)

    def article(self, col: Col, d: Doc, prev: Doc | None, nxt: Doc | None, url: str = "") -> None:
        for part in range(1, d.parts + 1):
            here = url or col.doc_url(d, part)
            info = ""
            if d.fields:
                cells = [f"<th>{k}：</th><td>{v}</td>" for k, v in d.fields.items()]
                info = ('<div class="xxgk_info"><table width="100%" border="0" cellspacing="1">'
                        + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table></div>")
            files = "".join(f'<p>附件：<a href="{_a(h)}" target="_blank">{n}</a></p>' for h, n in d.files)
            text = d.body if part == 1 else f"<p>{d.title}（续）。各村要按照时间节点推进，确保任务按期完成。</p>"
            breaks = ""
            if d.parts > 1:
                lis = "".join(f"<li class=\"thisclass\"><a href='#'>{k}</a></li>" if k == part else
                              f"<li><a href='{col.doc_url(d, k).rsplit('/', 1)[1]}'>{k}</a></li>" for k in range(1, d.parts + 1))
                breaks = (f'<div class="dede_pages"><ul class="pagelist"><li><a>共{d.parts}页: </a></li>'
                          f"<li><a href='#'>上一页</a></li>{lis}</ul></div>")
            pre = f"上一篇：<a href='{_a(col.doc_url(prev))}'>{prev.title}</a> " if prev else "上一篇：没有了 "
            post = f"下一篇：<a href='{_a(col.doc_url(nxt))}'>{nxt.title}</a> " if nxt else "下一篇：没有了 "
            body = (f'<div class="w960 center clear mt1"><div class="pleft">{_place(col)}<!-- /place -->\n'
                    f'<div class="viewbox">{info}<div class="title"><h2>{d.title}</h2></div>\n'
                    f'<div class="info"> <small>时间:</small>{d.when:%Y-%m-%d} {d.hour:02d}:{d.aid % 60:02d}'
                    f'<small>来源:</small>{d.source} <small>作者:</small>{TOWN}党政综合办公室 <small>点击:</small>\n'
                    f'<script src="/plus/count.php?view=yes&aid={d.aid}&mid=1" type=\'text/javascript\' language="javascript">'
                    f'</script>\n次</div>\n<div class="content"><table width=\'100%\'><tr><td>{text}{files}{d.links}'
                    f'（责任编辑：admin）</td></tr></table></div>{breaks}\n<div class="handle"><div class="context"><ul>'
                    f"<li>{pre}</li><li>{post}</li></ul></div><div class=\"actbox\"><ul>"
                    f"<li id=\"act-fav\"><a href=\"/plus/stow.php?aid={d.aid}\" target=\"_blank\">收藏</a></li>"
                    f"<li id=\"act-pus\"><a href=\"/plus/recommend.php?aid={d.aid}\" target=\"_blank\">推荐</a></li>"
                    f"<li id=\"act-pnt\"><a href=\"#\" onClick=\"window.print();\">打印</a></li></ul></div></div></div></div>"
                    f"{self.side(col)}</div>")
            meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.when:%Y-%m-%d} {d.hour:02d}:{d.aid % 60:02d}",
                    "ContentSource": d.source}
            self.res[here] = _page(f"{d.title}_{GOV}", body, d.title, _SECTIONS[col.section][1],
                                   psb=col.section != "xxgk", meta=meta)
            if part > 1:
                self.traps.append(Trap(here, "文章的第 2 页（编辑器分页 N_2.html），不是另一篇文档或栏目"))


def _paras(*texts: str) -> str:
    return "".join(f"<p>　　{t}</p>" for t in texts)


_SUBJECTS = ("召开党委扩大会议", "开展安全生产隐患排查", "推进美丽乡村建设", "召开秋粮收购工作会",
             "督导人居环境整治", "开展新时代文明实践活动", "走访辖区重点企业", "召开森林防火工作部署会",
             "举办农民丰收节活动", "推进农村饮水安全工程", "开展防汛应急演练", "召开招商引资推进会")
_VILLAGES = ("东河村", "西岭村", "南屯村", "北台村")
_COVERS = (("/a/xxgk/xxgkzn/", "政府信息公开指南"), ("/a/xxgk/xxgkzd/", "政府信息公开制度"),
           ("/a/xxgk/ysqgk/", "依申请公开"), ("/a/xxgk/jgzn/", "机构职能"))
BROKEN_IMAGE = "/uploads/allimg/261008/1-26100Q02I5K1.jpg"
BROKEN_DOC = "/uploads/soft/260912/1-260912100J2.doc"
DELETED = "/a/xwzx/zhxw/2025/0611/986.html"
SOFT_DELETED = "/plus/view.php?aid=977"
BROKEN_BANNER = "/uploads/flink/anping-banner.jpg"
REDIRECT_OK = "/uploads/soft/261008/1-26100Q61Z1.pdf"
REDIRECT_GONE = "/uploads/soft/260929/1-2609291F512.pdf"
DELETED_COLUMN = "/a/xxgk/jgsz/"  # batch 3: a column deleted, still in the 政务公开 side menu


def _news(s: _Site) -> tuple[Col, Col]:
    zhxw = Col(2, "/a/xwzx/zhxw", "综合新闻", "xwzx", per_page=15)
    for i in range(38):
        zhxw.docs.append(s.doc(f"{TOWN}{_SUBJECTS[i % 12]}（第{i + 1}期）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{TOWN}{_SUBJECTS[i % 12]}。", "会议要求，各村各站所要压实责任，确保各项工作落地见效。"),
                               source=f"{TOWN}党政综合办公室"))
    zhxw.docs[2].body += f'<p align="center"><img src="{BROKEN_IMAGE}" width="600" height="400" alt="" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404（DedeCMS uploads/allimg 路径）", probe="status:404"))
    zhxw.docs[5].body += f'<p>相关阅读：<a href="{DELETED}">我镇召开全镇经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    zhxw.docs[7].body += f'<p>延伸阅读：<a href="{SOFT_DELETED}">{TOWN}冬季供暖工作安排</a></p>'
    s.key.append(Expected("broken-links", SOFT_DELETED, "正文链接的文章已删除（/plus/view.php 答复状态 200 的 DedeCMS 提示信息页）",
                          probe="soft404"))
    good = "/uploads/allimg/261010/1-261010093R40.jpg"
    zhxw.docs[9].body += f'<p align="center"><img src="{good}" width="600" alt="" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    zhxw.docs[4].parts = 2

    zcdt = Col(3, "/a/xwzx/zcdt", "镇村动态", "xwzx", dates="full")
    for i in range(23):
        zcdt.docs.append(s.doc(f"{_VILLAGES[i % 4]}{_SUBJECTS[(i + 5) % 12]}", date(2026, 9, 15) - timedelta(days=i * 8),
                               hour=8 + i % 9))
    s.key.append(Expected("stale-columns", zcdt.url(), "动态类栏目最新信息 2026-09-15，超过 14 天", probe="newest:2026-09-15"))

    tzgg = Col(4, "/a/xwzx/tzgg", "通知公告", "xwzx", per_page=12, dates="md")
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于做好{('秋冬季森林防火', '国庆假期安全', '冬季清洁取暖', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 10, 14) - timedelta(days=i * 12), source=f"{GOV}"))
    tzgg.docs[3].files.append((BROKEN_DOC, "报名登记表.doc"))
    s.key.append(Expected("broken-links", BROKEN_DOC, "通知附件 404", probe="status:404"))
    ok_file = "/uploads/soft/260920/1-2609201A210.pdf"
    tzgg.docs[5].files.append((ok_file, "实施方案.pdf"))
    s.res[ok_file] = Resource(fake_pdf("notice"), "application/pdf")
    # Batch 4 (key first): two 跳转网址 archives. DedeCMS lists them at /plus/view.php?aid=N, which
    # answers 302 to the redirect URL; one lands on a PDF, the other on a PDF that is gone.
    for k, (title, when, pdf, ok) in enumerate(((f"{TOWN}2026年秋季征兵公告", date(2026, 10, 8), REDIRECT_OK, True),
                                                (f"{TOWN}农村低保对象公示名单", date(2026, 9, 29), REDIRECT_GONE, False))):
        d = s.doc(title, when)
        d.redirect = pdf
        tzgg.docs.append(d)
        if ok:
            s.res[pdf] = Resource(fake_pdf("enlistment notice"), "application/pdf")
            s.traps.append(Trap(f"/plus/view.php?aid={d.aid}", "跳转网址文档：view.php 以 302 转到站内 PDF，不是坏链"))
        else:
            s.key.append(Expected("broken-links", f"/plus/view.php?aid={d.aid}", "跳转网址文档转向的 PDF 已删除（302 后 404）",
                                  probe="redirect-404"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 6, 8),
                           _paras("经清理，继续有效的行政规范性文件11件，宣布失效2件，废止1件。", GOV, "2026年6月8日")))
    s.traps.append(Trap(tzgg.url(), "列表只显示月日（10-14），文章有完整日期，最新 2026-10-14：不陈旧"))

    # 工作动态: an import pile. Every row (senddate) and every URL folder says 2026-10-16; the articles'
    # own 时间 are older (the newest 2026-08-26).
    gzdt = Col(5, "/a/xwzx/gzdt", "工作动态", "xwzx", per_page=12)
    for i in range(22):
        d = s.doc(f"{TOWN}{('综治中心', '农业综合服务站', '社会事务办', '财政所')[i % 4]}{_SUBJECTS[(i + 2) % 12]}",
                  date(2026, 8, 26) - timedelta(days=i * 6))
        d.listed = date(2026, 10, 16)
        gzdt.docs.append(d)
    s.key.append(Expected("stale-columns", gzdt.url(), "列表日期与文章地址都是导入日 2026-10-16，文章显示的最新时间为 2026-08-26",
                          probe="newest-shown:2026-08-26"))

    tpxw = Col(6, "/a/xwzx/tpxw", "图片新闻", "xwzx", per_page=9, rows="pic")
    for i in range(13):
        d = s.doc(f"{TOWN}{_SUBJECTS[(i + 8) % 12]}（图）", AS_OF - timedelta(days=2 + i * 4))
        d.pic = f"/uploads/allimg/2610{(i % 9) + 1:02d}/1-2610{(i % 9) + 1:02d}0Z{i:03d}-lp.jpg"
        s.res[d.pic] = Resource(tiny_png(), "image/jpeg")
        tpxw.docs.append(d)
    s.traps.append(Trap(tpxw.url(), "只有图片和标题、不显示日期的图片新闻列表；文章最新 2026-10-18：不陈旧，不是空栏目"))
    for c in (zhxw, zcdt, tzgg, gzdt, tpxw):
        s.cols.append(c)
    return zhxw, tzgg


# Normative documents (subject, defect): missing / late / unlinked / dynlink / meta:<label>
_NORMATIVE = (("农村集体“三资”管理", ""), ("镇区停车秩序管理", "missing"), ("村级财务审批管理", "meta:文号"),
              ("镇村公益事业建设管理", "late"), ("农村危房改造补助资金管理", "dynlink"), ("农村人居环境长效管护", ""),
              ("农村宅基地审批管理", "meta:有效性"), ("集体林权流转管理", ""))
_POLICY = (("加快民营经济发展", ""), ("推进乡村振兴示范区建设", "unlinked"), ("稳就业促增收若干措施", ""),
           ("促进乡村旅游发展", "missing"))


def _disclosure(s: _Site) -> list[tuple[str, Doc]]:
    gfx = Col(11, "/a/xxgk/gfxwj", "规范性文件", "xxgk", per_page=6, rows="table")
    zcwj = Col(12, "/a/xxgk/zcwj", "政策文件", "xxgk", rows="table")
    zcjd = Col(13, "/a/xxgk/zcjd", "政策解读", "xxgk", per_page=8, old_pager=True)
    plans: list[tuple[Col, Doc, str]] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 9, 25) - timedelta(days=27 * k)
        d = s.doc(f"{GOV}关于印发《{TOWN}{subject}办法》的通知", when)
        d.fields = {"索引号": f"11131125MB0123456X/{when.year}-{k + 21:05d}", "主题分类": "综合政务",
                    "发文机关": GOV, "文号": f"龙政规〔{when.year}〕{9 - k}号", "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if defect == "meta:文号":
            d.fields["文号"] = ""
        elif defect == "meta:有效性":
            del d.fields["有效性"]
        gfx.docs.append(d)
        plans.append((gfx, d, defect))
    for k, (subject, defect) in enumerate(_POLICY):
        when = date(2026, 10, 9) - timedelta(days=33 * k)
        d = s.doc(f"{GOV}关于{subject}的实施意见", when)
        d.fields = {"索引号": f"11131125MB0123456X/{when.year}-{k + 61:05d}", "主题分类": "综合政务",
                    "发文机关": GOV, "文号": f"龙政发〔{when.year}〕{30 - k}号", "成文日期": f"{when - timedelta(days=2):%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}"}
        zcwj.docs.append(d)
        plans.append((zcwj, d, defect))
    # The GBK edition's meta says gb2312, yet the bytes hold GBK-only characters (镕, 堃).
    plans[0][1].body = _paras("起草人：王镕、李堃。")
    for col, d, defect in plans:
        short = d.title.split("《")[1].split("》")[0] if "《" in d.title else d.title.split("关于")[1].removesuffix("的实施意见")
        d.body = _paras("各村民委员会，镇直各单位：", f"现将《{short}》印发给你们，请认真遵照执行。", GOV,
                        f"{d.when.year}年{d.when.month}月{d.when.day}日") + (d.body if "镕" in d.body else "")
        url = col.doc_url(d)
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{defect[5:]}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"{col.name}《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 18 if defect == "late" else d.aid % 3
        i = s.doc((f"《{short}》政策解读", f"图解《{short}》", f"关于《{short}》的解读")[d.aid % 3], d.when + timedelta(days=lag),
                  _paras("一、制定背景", "二、主要内容", "三、保障措施"), source=f"{TOWN}党政综合办公室")
        if defect != "unlinked":
            target = f"/plus/view.php?aid={d.aid}" if defect == "dynlink" else url
            i.links = f'<div class="xgwj"><strong>相关文件：</strong><a href="{_a(target)}">{d.title}</a></div>'
            d.links = f'<div class="xgjd"><strong>相关解读：</strong><a href="{_a(zcjd.doc_url(i))}">{i.title}</a></div>'
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        elif defect == "dynlink":
            s.traps.append(Trap(url, "解读链接的是文件的动态地址（/plus/view.php?aid=N），与静态地址是同一文件：已互相链接"))
            s.aliases.append((gfx, d))
        zcjd.docs.append(i)

    rsxx = Col(14, "/a/xxgk/rsxx", "人事信息", "xxgk")
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('张', '刘', '赵', '孙')[n % 4]}某某等同志职务任免的通知", date(2025, 7, 20) - timedelta(days=70 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-07-20，超过 1 年", probe="newest:2025-07-20"))
    czzj = Col(15, "/a/xxgk/czzj", "财政资金", "xxgk")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（只有“共 0页0条记录”）", probe="no-rows"))
    zdxm = Col(16, "", "重点项目", "xxgk", dynamic=True)
    s.key.append(Expected("empty-columns", zdxm.url(), "只以 /plus/list.php 动态地址提供的重点项目栏目为空", probe="no-rows"))
    zdjs = Col(17, "/a/xxgk/zdjsxm", "重大建设项目", "xxgk",
               note="情况说明：2026年度本镇无政府投资重大建设项目，项目批准和实施信息将在立项后及时公开。")
    s.traps.append(Trap(zdjs.url(), "只有情况说明的栏目不是空白栏目"))
    ndbg = Col(18, "/a/xxgk/ndbg", "政府信息公开年报", "xxgk")
    # A township reports like a county department: by 1 月 31 日 (govaudit's annual-report rules, which
    # follow the county notices that set 乡镇、街道 the departments' deadline).
    published = {2025: date(2026, 1, 20), 2024: date(2025, 3, 20), 2022: date(2023, 1, 31), 2021: date(2022, 1, 25),
                 2020: date(2021, 1, 28)}
    for year, when in published.items():
        title = f"{TOWN}{year}年度政府信息公开工作报告" if year == 2025 else f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 7))
        ndbg.docs.append(d)
        if year == 2024:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2024 年度报告 2025-03-20 发布，晚于乡镇的 1 月 31 日",
                                  match=(TOWN, "2024"), probe="late:2025-01-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在截止日 1 月 31 日当天发布，不算逾期"))
        elif year == 2025:
            s.traps.append(Trap(ndbg.doc_url(d), "2025 年报按时发布，标题写作“龙溪镇2025年度政府信息公开工作报告”（无“人民政府”“年度报告”字样）"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2023 年度政府信息公开工作年度报告",
                          match=(TOWN, "2023"), probe="no-report:2023"))
    # 规划计划: served only at /plus/list.php?tid=19, page 2 `&TotalResult=13&PageNo=2`, articles only
    # at /plus/view.php?aid=N; newest 2025-06-30: stale.
    ghjh = Col(19, "", "规划计划", "xxgk", dynamic=True)
    for n in range(13):
        ghjh.docs.append(s.doc(f"{TOWN}{('农业产业', '道路交通', '生态环境', '乡村旅游')[n % 4]}发展规划实施情况（{n + 1}）",
                               date(2025, 6, 30) - timedelta(days=40 * n)))
    s.key.append(Expected("stale-columns", ghjh.url(), "只以 /plus/list.php 动态地址提供的规划计划栏目最新信息 2025-06-30，超过 1 年",
                          probe="newest:2025-06-30"))
    # Batch 2 (key first): a column mixing documents and their interpretations, as township sites
    # keep them. The first pair links each other; the second pair sits side by side, so each is the
    # other's 上一篇/下一篇 and nothing more: not 相互关联.
    wjjd = Col(21, "/a/xxgk/wjjd", "文件及解读", "xxgk", rows="table")
    pairs = (("推进农村集体经济发展", date(2026, 9, 1)), ("加强农村消防安全管理", date(2026, 9, 20)))
    for n, (subject, when) in enumerate(pairs):
        d = s.doc(f"{GOV}关于{subject}的实施意见", when,
                  _paras("各村民委员会，镇直各单位：", f"现将关于{subject}的意见印发给你们。", GOV, f"{when.year}年{when.month}月{when.day}日"))
        d.fields = {"索引号": f"11131125MB0123456X/{when.year}-{n + 81:05d}", "主题分类": "综合政务", "发文机关": GOV,
                    "文号": f"龙政发〔{when.year}〕{40 + n}号", "成文日期": f"{when - timedelta(days=2):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}"}
        i = s.doc(f"《关于{subject}的实施意见》政策解读", when + timedelta(days=1), _paras("一、背景依据", "二、主要措施"),
                  source=f"{TOWN}党政综合办公室")
        if n == 0:
            s.traps.append(Trap(wjjd.doc_url(d), "同一栏目里的文件与解读以“相关文件/相关解读”相互链接：已关联"))
            i.links = f'<div class="xgwj"><strong>相关文件：</strong><a href="{_a(wjjd.doc_url(d))}">{d.title}</a></div>'
            d.links = f'<div class="xgjd"><strong>相关解读：</strong><a href="{_a(wjjd.doc_url(i))}">{i.title}</a></div>'
        else:
            s.key.append(Expected("interpretations", wjjd.doc_url(d), "文件与解读只靠文章页的上一篇/下一篇导航相连，未相互关联",
                                  probe="prenext-only"))
        wjjd.docs += [d, i]
    for c in (gfx, zcwj, zcjd, rsxx, czzj, zdxm, zdjs, ndbg, ghjh, wjjd):
        s.cols.append(c)
    return [(c.doc_url(d), d) for c in (zcwj, gfx) for d in c.docs[:3]]


def _covers(s: _Site) -> None:
    """DedeCMS 频道封面 columns whose template shows the column's own text (the guide dated, the others not)."""
    texts = {"政府信息公开指南": (_paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。",
                                   "一、主动公开　二、依申请公开　三、监督和救济"), date(2026, 2, 26)),
             "政府信息公开制度": (_paras("本镇建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"), None),
             "依申请公开": (_paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：镇党政综合办公室。"), None),
             "机构职能": (_paras(f"{GOV}是乡镇一级国家行政机关，执行本级人民代表大会的决议。"), None)}
    for url, name in _COVERS:
        text, when = texts[name]
        col = Col(20, url.rstrip("/"), name, "xxgk")
        shown = f'<div class="info"><small>更新时间:</small>{when:%Y-%m-%d}</div>' if when else ""
        body = (f'<div class="w960 center clear mt1"><div class="pleft">{_place(col)}<!-- /place -->\n'
                f'<div class="viewbox"><div class="title"><h2>{name}</h2></div>{shown}<div class="content">{text}</div></div>'
                f"</div>{s.side(col)}</div>")
        meta = {**_col_meta(name), **({"PubDate": f"{when:%Y-%m-%d} 10:00"} if when else {})}
        s.res[url] = _page(f"{name}_{GOV}", body, name, "/a/xxgk/", meta=meta)
        if when is None:
            s.traps.append(Trap(url, "无日期的封面单页，不是栏目"))
    links = "".join(f"<li><a href='{_a(c.url())}'>{c.name}</a></li>" for c in s.cols if c.section == "xxgk")
    covers = "".join(f"<li><a href='{u}'>{n}</a></li>" for u, n in _COVERS)
    body = (f'<div class="w960 center clear mt1">{_place(None, "xxgk")}<div class="gk_index"><ul class="gk_top">{covers}</ul>'
            f'<h3>法定主动公开内容</h3><ul class="gk_cats">{links}</ul></div></div>')
    s.res["/a/xxgk/"] = _page(f"政务公开_{GOV}", body, "政务公开", "/a/xxgk/")


def _channel(s: _Site) -> None:
    """新闻中心 (/a/xwzx/), a 频道封面: each child column's newest rows with its 更多 link; not a column."""
    blocks = "".join(
        f'<div class="tbox"><dl><dt><strong><a href="{c.url()}">{c.name}</a></strong><span class="more">'
        f'<a href="{c.url()}">更多...</a></span></dt><dd><ul class="d1 ico3">'
        + "".join(f"<li><span>{(d.listed or d.when):%m-%d}</span><a href=\"{_a(c.doc_url(d))}\">{d.title}</a></li>" for d in c.docs[:6])
        + "</ul></dd></dl></div>" for c in s.cols if c.section == "xwzx" and c.docs)
    body = f'<div class="w960 center clear mt1">{_place(None, "xwzx")}<div class="channel">{blocks}</div></div>'
    s.res["/a/xwzx/"] = _page(f"新闻中心_{GOV}", body, "新闻中心", "/a/xwzx/")
    s.traps.append(Trap("/a/xwzx/", "新闻中心是频道封面（各子栏目的区块和“更多”链接），不是栏目"))


def _home(s: _Site, zhxw: Col, tzgg: Col, gk: list[tuple[str, Doc]]) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<div class="tbox"><dl><dt><strong>{title}</strong><span class="more"><a href="{_a(more)}">更多&gt;&gt;</a>'
                f'</span></dt><dd><ul class="d1">{rows}</ul></dd></dl></div>')
    yw = "".join(f"<li><a href=\"{zhxw.doc_url(d)}\">{d.title}</a><span>{d.when:%m-%d}</span></li>" for d in zhxw.docs[:8])
    # The home page's notice block is a {dede:arclist} written with the dynamic view.php address.
    tz = "".join(f"<li><a href=\"/plus/view.php?aid={d.aid}\">{d.title}</a><span>{d.when:%m-%d}</span></li>" for d in tzgg.docs[:6])
    s.aliases += [(tzgg, d) for d in tzgg.docs[:6] if not d.redirect]  # a 跳转 archive's view.php redirects
    gkrows = "".join(f"<li><a href=\"{_a(u)}\">{d.title}</a><span>{d.when:%m-%d}</span></li>" for u, d in gk)
    body = ('<div class="w960 center clear mt1 index">' + block("综合新闻", zhxw.url(), yw) + block("通知公告", tzgg.url(), tz)
            + block("政务公开", "/a/xxgk/", gkrows)
            + '<p class="zt"><a href="/plus/list.php?tid=16"><img src="/templets/gov/images/zt.jpg" alt="重点项目" /></a></p>'
            + f'<div class="flink"><a href="http://www.anping.gov.cn/" target="_blank"><img src="{BROKEN_BANNER}" alt="安平县人民政府" /></a></div></div>')
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res["/index.html"] = s.res["/"] = _page(GOV, body, GOV, "/", home=True, meta=meta)
    s.traps.append(Trap("/", "GBK 页面，HTTP 头不带 charset，编码只写在 meta（gb2312）"))
    first = zhxw.docs[0].aid
    s.traps += [Trap(f"/plus/stow.php?aid={first}", "文章页的“收藏”链接答复 DedeCMS 提示信息页（请先登录），不是坏链"),
                Trap(f"/plus/recommend.php?aid={first}", "文章页的“推荐”链接答复提示信息页，不是坏链")]
    # Batch 2 (key written before the tool ran on it): the home page's 友情链接 banner is gone.
    s.key.append(Expected("broken-links", BROKEN_BANNER, "首页友情链接图片 404", probe="status:404"))
    # Batch 3 (key written before the tool ran on it).
    s.key.append(Expected("broken-links", DELETED_COLUMN, "政务公开侧栏“机构设置”指向已删除的栏目（404）", probe="status:404"))
    s.key.append(Expected("footer", "/", f"首页页脚的网站标识码 {HOME_FOOTER_CODE} 与 SiteIDCode、纠错代码的 {SITE_ID} 不一致",
                          probe=f"footer-code:{HOME_FOOTER_CODE}"))


NOT_FOUND = ('<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n'
             '<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n')


def _showmsg(msg: str) -> Resource:
    """DedeCMS's ShowMsg() box (include/common.func.php), answered with status 200."""
    html = ('<html>\n<head>\n<title>DedeCMS 提示信息</title>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
            '</head>\n<body leftmargin=\'0\' topmargin=\'0\' bgcolor=\'#FFFFFF\'><center>\n<br/>\n'
            "<div style='width:450px;padding:0px;border:1px solid #DADADA;'><div style='padding:6px;font-size:12px;"
            "border-bottom:1px solid #DADADA;background:#DBEEBD;'><b>DedeCMS 提示信息！</b></div>\n"
            f"<div style='height:130px;font-size:10pt;background:#ffffff'><br />\n{msg}<br /><a href='javascript:history.go(-1);'>"
            "如果你的浏览器没反应，请点击这里...</a><br/></div>\n</center>\n</body>\n</html>")
    return Resource(html.encode("gbk"), HTML)


class DedeSite(SampleSite):
    """/plus/view.php and /plus/list.php answer any unknown id with the 200 ShowMsg page."""

    def lookup(self, path: str, query: str) -> Resource:
        res = super().lookup(path, query)
        if res is self.not_found and path in ("/plus/view.php", "/plus/list.php"):
            return _showmsg("文章不存在!" if path == "/plus/view.php" else "你指定的栏目不存在！")
        if res is self.not_found and path in ("/plus/stow.php", "/plus/recommend.php"):
            return _showmsg("请先登录！" if path == "/plus/stow.php" else "推荐成功！")
        return res


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"dede offers only the small size, not {size!r}")
    s = _Site()
    zhxw, tzgg = _news(s)
    gk = _disclosure(s)
    s.render()
    _covers(s)
    _channel(s)
    _home(s, zhxw, tzgg, gk)
    for col, d in s.aliases:  # view.php renders the same article (links are root-relative)
        url = f"/plus/view.php?aid={d.aid}"
        k = col.docs.index(d)
        s.article(col, d, col.docs[k + 1] if k + 1 < len(col.docs) else None, col.docs[k - 1] if k else None, url)
        s.traps.append(Trap(url, f"文章的动态地址，与 {col.doc_url(d)} 是同一文档"))
    for img in ("logo.gif", "red.png", "ga.png", "zt.jpg"):
        s.res[f"/templets/gov/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/templets/gov/style/dedecms.css"] = Resource(b"body{font-size:12px}", "text/css")
    for js in ("/include/dedeajax2.js", "/plus/count.php"):
        s.res[js] = Resource(b"document.write('0');", "application/javascript")
    example = next(c for c in s.cols if c.tid == 11)
    s.key.append(Expected("footer", example.doc_url(example.docs[0]), "信息公开文章模板页脚缺公安备案号",
                          probe="footer-lacks:公网安备", url_pattern=DISCLOSURE_DOCS))
    return DedeSite("dede", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), "text/html", 404),
                    s.key, s.traps, frozenset())
