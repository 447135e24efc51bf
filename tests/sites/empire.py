"""The "empire" sample site: a county government portal (石梁县人民政府) on 帝国 EmpireCMS 7 (PHP, static
`.html` pages generated from `[!--…--]` templates, with dynamic `/e/action/` aliases), UTF-8.

Written from real EmpireCMS markup found with the library tools (`find_string`, `read_file`); sources:
  - EmpireCMS's own default templates (wanghuida/ya-tax-empire `e/data/tmp/tempnews1.php`, the compiled
    default content template): `<title>[!--pagetitle--]</title>`, the trail `您当前的位置：[!--newsnav--]`,
    the info line `时间：[!--newstime--]&nbsp;&nbsp;来源：[!--befrom--]&nbsp;&nbsp;作者：[!--writer--]`,
    `[!--newstext--]` then `<p align="center" class="pageLink">[!--page.url--]</p>`, and
    `e/data/js/ajax.js`; the rewrite settings page of EmpireCMS (`find_string "e/action/ShowInfo.php?classid="`):
    `/e/action/ShowInfo.php?classid=栏目ID&amp;id=信息ID&amp;page=分页号`;
  - EmpireCMS's rendered list pager `[!--show.listpage--]` quoted in several templates copied from rendered
    EmpireCMS sites (`find_string '<a title="Total record">'`): `<div class="pagelist"><a title="Total
    record">&nbsp;<b>45</b> </a>&nbsp;&nbsp;&nbsp;<b>1</b>&nbsp;<a href="/download/index_2.html">2</a>&nbsp;
    <a href="/download/index_2.html">下一页</a>&nbsp;<a href="/download/index_2.html">尾页</a></div>` — the
    bold number in "Total record" is the record count, page n of a class folder is `index_n.html`;
  - the view counter `<script src=/e/public/ViewClick/?classid=8&id=530&addclick=1></script>` (many EmpireCMS
    templates, `find_string "e/public/ViewClick/?classid="`), the 顶 link `/e/public/digg/?classid=…`;
  - real sites' dynamic addresses quoted in public scrapers: a government class linked as
    `http://www.hzga.gov.cn/e/action/ListInfo/?classid=189` (惠州 portal's 便民 links), articles
    `http://www.tzcourt.gov.cn/e/action/ShowInfo.php?classid=82&id=3161`, and the dynamic list's later pages
    `…/e/action/ListInfo/index.php?page=1&classid=28&totalnum=584` (page counted from 0: `page=0` is the
    first page; cstm.cdstm.cn, nxgybwg.com, balujun.cn scrapers);
  - EmpireCMS's own pager functions (kokowjs/EmpireCMS `e/class/t_functions.php`): sys_ShowListMorePage writes
    `<a title="Total record">&nbsp;<b>'.$num.'</b> </a>&nbsp;&nbsp;` and nothing at all when the records fit
    one page (`if($num<=$line) $pager['showpage']=''`), page 1 as `$dolink.$add['dofile'].$type` (index.html),
    page n as `index_n.html`; sys_ShowListPage writes 首页, 上一页, 下一页 run together (尾页 commented out) and a
    `<select name=select onchange="self.location.href=this.options[this.selectedIndex].value">` of
    `<option value='…index_2.html'>第2页</option>`, placed in the default `listpagetemp` of e/config
    (`页次：[!--thispage--]/[!--pagenum--]&nbsp;每页[!--lencord--]&nbsp;总数[!--num--]&nbsp;&nbsp;&nbsp;&nbsp;
    [!--pagelink--]&nbsp;&nbsp;&nbsp;&nbsp;转到:[!--options--]`, found in many EmpireCMS config copies);
  - `/e/tags/?tagname=…&tempid=13` tag links, `/e/search/index.php` (EmpireCMS's search action).
Guessed, said as such: the 信息公开 model's metadata table and its labels (EmpireCMS 信息公开 sites add a
custom model; the fields are the national set), the 相关解读 box (EmpireCMS's `[!--other.link--]` 相关信息
retitled), the 上一篇/下一篇 wording, the upload path `/d/file/p/2026/11-19/….pdf` (EmpireCMS's default
`d/file/` folder with date subfolders), the date folders of article pages `/<class>/2026-11-19/<id>.html`
(EmpireCMS's default 信息文件命名 `Y-m-d` folder), the
`[11-18]` month-day dates of one list, the footer and its wording, the <meta> tags, every page's wording and
the 404 page.

Variety on purpose (what the other families do not have): a pager whose only total is the bold number of
`<a title="Total record">`, a 页次 pager whose later pages are named only by 下一页 and a select's option values,
no pager at all on a list of one page, a column that exists only as a dynamic list (`/e/action/ListInfo/?classid=N`,
its later pages `index.php?page=1&classid=N&totalnum=M` counted from 0, its articles
`/e/action/ShowInfo.php?classid=N&id=M`), the dynamic alias of a static column linked from the home page's
更多, the dynamic alias of a static document linked from the home page, articles in date folders, list
rows dated `[MM-DD]` without a year, a view counter script in every article, a picture column without
dates, a 情况说明 column and undated single pages. Every planted defect is an `Expected` entry; things that
must not be findings are `Trap`s. All were written before the tool ran, except (said here) what changed
after first contact: the pagers were made as EmpireCMS's own t_functions.php writes them (found after the
first run: no pager on one page, page 1 as index.html, the 页次 pager) and 图片新闻 became a paged, stale
picture list (an `Expected` added after seeing the tool read it as a hub).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "石梁县"
GOV = "石梁县人民政府"
SITE_ID = "4311250003"
HTML = "text/html; charset=utf-8"
DISCLOSURE_DOCS = r"^/xxgk/gfxwj/\d{4}-\d{2}-\d{2}/\d+\.html$"  # the 信息公开 content template


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


@dataclass
class Col:
    path: str  # "/xwzx/slyw" (static: page 1 path + "/", page n path + "/index_n.html") or "" (dynamic only)
    name: str
    section: str  # xwzx | xxgk | hdjl
    classid: int
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    rows: str = "news"  # news (date span, title) | md ([MM-DD] without year) | table (文号) | pic (no dates)
    pager: str = "more"  # more (sys_ShowListMorePage: "Total record") | select (sys_ShowListPage: 页次, 转到 select)
    empty: str | None = None  # the text of an empty list
    note: str = ""  # a 情况说明 instead of a list

    @property
    def dynamic(self) -> bool:
        return not self.path

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        if self.dynamic:
            return (f"/e/action/ListInfo/?classid={self.classid}" if n == 1 else
                    f"/e/action/ListInfo/index.php?page={n - 1}&classid={self.classid}&totalnum={len(self.docs)}")
        return f"{self.path}/" if n == 1 else f"{self.path}/index_{n}.html"

    def key(self, n: int = 1) -> str:
        """The resource of page n: a static class's page 1 is its folder's index.html."""
        return f"{self.path}/index.html" if n == 1 and not self.dynamic else self.url(n)

    def file(self, n: int) -> str:
        """Page n as EmpireCMS's pagers write it (`$dolink.$add['dofile'].$type`: page 1 is index.html)."""
        return self.key(n)

    def doc_url(self, d: Doc) -> str:
        if self.dynamic:
            return f"/e/action/ShowInfo.php?classid={self.classid}&id={d.id}"
        return f"{self.path}/{d.when:%Y-%m-%d}/{d.id}.html"


_SECTIONS = {"xwzx": ("新闻中心", "/xwzx/"), "xxgk": ("信息公开", "/xxgk/"), "hdjl": ("互动交流", "/hdjl/zjdc/")}
_NAV = (("首页", "/"), ("新闻中心", "/xwzx/"), ("信息公开", "/xxgk/"), ("互动交流", "/hdjl/zjdc/"))


_CURR, _ON = ' class="curr"', ' class="on"'


def _a(url: str) -> str:
    return escape(url, quote=True)


# ---------------------------------------------------------------- page shells

def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}" />\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.shiliang.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f'<title>{escape(title)}</title>\n<meta name="keywords" content="{escape(meta.get("ColumnName", GOV))}" />\n'
            f'<meta name="description" content="{escape(meta.get("ColumnDescription", GOV))}" />\n{metas}'
            '<link href="/skin/sl/css/style.css" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript" src="/e/data/js/ajax.js"></script>\n</head>\n')


def _top(current: str) -> str:
    items = "".join(f'<li{_CURR if n == current else ""}><a href="{u}">{n}</a></li>' for n, u in _NAV)
    return ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">\n<tr><td>'
            f'<img src="/skin/sl/images/logo.png" alt="{GOV}" /></td>\n<td class="search"><form name="searchform" method="post" '
            'action="/e/search/index.php"><input name="keyboard" type="text" size="24" /><input type="hidden" name="show" '
            'value="title" /><input type="hidden" name="tempid" value="1" /><input type="submit" name="Submit" value="搜索" />'
            f'</form></td></tr>\n</table>\n<div class="nav"><ul>{items}</ul></div>\n')


def _footer(icp: bool = True, home: bool = False) -> str:
    icp_text = "湘ICP备05010342号&nbsp;&nbsp;" if icp else ""
    marks = ('<span id="_ideConac"><a href="http://bszs.conac.cn/sitename?method=show&id=2B07A9E3D1B45C67E053012819AC61D2" '
             'target="_blank"><img src="/skin/sl/images/red.png" border="0" /></a></span>\n'
             f'<script id="_jiucuo_" sitecode="{SITE_ID}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>\n') if home else ""
    return ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="copyright">\n<tr><td>\n'
            f'主办：{GOV}办公室&nbsp;&nbsp;承办：{COUNTY}政务服务中心&nbsp;&nbsp;地址：{COUNTY}石梁镇人民路18号<br />\n'
            f'{icp_text}<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43112502000127" target="_blank">'
            f'湘公网安备 43112502000127号</a>&nbsp;&nbsp;网站标识码：{SITE_ID}<br />\n{marks}</td></tr>\n</table>\n')


def _page(title: str, current: str, body: str, meta: dict[str, str], icp: bool = True, home: bool = False) -> Resource:
    html = (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml">\n{_head(title, meta)}<body>\n{_top(current)}{body}\n'
            f"{_footer(icp, home)}</body>\n</html>\n")
    return Resource(html.encode("utf-8"), HTML)


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


def _crumb(col: Col | None, tail: str = "") -> str:
    """EmpireCMS's [!--newsnav--]: links joined by `&nbsp;>&nbsp;` after 您当前的位置："""
    parts = ['<a href="/">首页</a>']
    if col is not None:
        name, url = _SECTIONS[col.section]
        parts += [f'<a href="{url}">{name}</a>', f'<a href="{_a(col.url())}">{col.name}</a>']
    if tail:
        parts.append(tail)
    return ('<table width="100%" border="0" cellspacing="0" cellpadding="0" class="position">\n<tr><td>您当前的位置：'
            + "&nbsp;>&nbsp;".join(parts) + "</td></tr>\n</table>")


# ---------------------------------------------------------------- lists

def _rows(col: Col, docs: list[Doc]) -> str:
    if not docs and col.rows == "table":  # the list template's header row, no record
        return ('<table width="100%" border="0" cellspacing="0" cellpadding="0" class="gk_list">'
                '<tr><th>标题</th><th>文号</th><th>发布日期</th></tr></table>')
    if not docs:
        return f'<ul class="list_news"><li class="nodata">{col.empty}</li></ul>' if col.empty else '<ul class="list_news"></ul>'
    href = lambda d: _a(col.doc_url(d))  # noqa: E731
    if col.rows == "table":
        trs = "".join(f'<tr><td class="bt"><a href="{href(d)}" title="{d.title}" target="_blank">{d.title}</a></td>'
                      f'<td>{(d.fields or {}).get("发文字号", "")}</td><td>{d.when:%Y-%m-%d}</td></tr>' for d in docs)
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="gk_list">'
                f'<tr><th>标题</th><th>文号</th><th>发布日期</th></tr>{trs}</table>')
    if col.rows == "pic":
        lis = "".join(f'<li><a href="{href(d)}" target="_blank"><img src="/d/file/p/2026/pic{d.id}.jpg" alt="{d.title}" '
                      f'width="200" height="140" /></a><p><a href="{href(d)}" target="_blank">{d.title}</a></p></li>' for d in docs)
        return f'<ul class="list_pic">{lis}</ul>'
    if col.rows == "md":
        lis = "".join(f'<li><a href="{href(d)}" target="_blank" title="{d.title}">{d.title}</a> <span>[{d.when:%m-%d}]</span></li>'
                      for d in docs)
        return f'<ul class="list_news">{lis}</ul>'
    lis = "".join(f'\n<li><span>{d.when:%Y-%m-%d}</span><a href="{href(d)}" target="_blank" title="{d.title}">{d.title}</a></li>'
                  for d in docs)
    return f'<ul class="list_news">{lis}\n</ul>'


def _pager(col: Col, n: int) -> str:
    """EmpireCMS's [!--show.listpage--]: the record count in bold under title "Total record", the current page
    bold, the other pages, 上一页/下一页 and 首页/尾页 as plain links."""
    pages = col.pages
    link = lambda k, text: f'<a href="{_a(col.file(k))}">{text}</a>'  # noqa: E731
    out = f'<a title="Total record">&nbsp;<b>{len(col.docs)}</b> </a>&nbsp;&nbsp;'
    if n > 1:
        out += f"{link(1, '首页')}&nbsp;{link(n - 1, '上一页')}"
    for k in range(1, pages + 1):
        out += f"&nbsp;<b>{k}</b>" if k == n else f"&nbsp;{link(k, str(k))}"
    if n < pages:
        out += f"&nbsp;{link(n + 1, '下一页')}&nbsp;{link(pages, '尾页')}"
    return f'<div class="pagelist">{out}</div>'


def _select_pager(col: Col, n: int) -> str:
    """EmpireCMS's sys_ShowListPage in the default `listpagetemp` (页次：n/P 每页 L 总数 N, then 首页 上一页
    下一页 run together, no 尾页 link, and a 转到 select whose option values are the pages' addresses)."""
    pages = col.pages
    link = lambda k, text: f"<a href='{_a(col.file(k))}'>{text}</a>"  # noqa: E731
    top = "首页上一页" if n == 1 else link(1, "首页") + link(n - 1, "上一页")
    nxt = "下一页" if n == pages else link(n + 1, "下一页")
    options = "".join(f"<option value='{_a(col.file(k))}'{' selected' if k == n else ''}>第{k}页</option>"
                      for k in range(1, pages + 1))
    return (f'<div class="listpage">页次：{n}/{pages}&nbsp;每页{col.per_page}&nbsp;总数{len(col.docs)}&nbsp;&nbsp;&nbsp;&nbsp;'
            f'{top}{nxt}&nbsp;&nbsp;&nbsp;&nbsp;转到:<select name=select onchange="self.location.href='
            f'this.options[this.selectedIndex].value">{options}</select></div>')


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 1180

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 1
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def side(self, col: Col) -> str:
        items = "".join(f'<li{_ON if c is col else ""}><a href="{_a(c.url())}">{c.name}</a></li>'
                        for c in self.cols if c.section == col.section)
        if col.section == "xxgk":
            items += "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
        return (f'<td width="220" valign="top" class="left"><div class="lm_title">{_SECTIONS[col.section][0]}</div>'
                f'<ul class="lm_list">{items}</ul></td>')

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.note:
            inner = f'<div class="qksm"><p>{col.note}</p></div>'
        else:
            # sys_ShowListMorePage / sys_ShowListPage write nothing when the records fit one page
            pager = (_select_pager if col.pager == "select" else _pager)(col, n) if col.pages > 1 else ""
            inner = _rows(col, docs) + "\n" + pager
        body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="10" class="main">\n<tr>'
                f'{self.side(col)}\n<td valign="top" class="right">{_crumb(col)}\n'
                f'<div class="list_title"><h3>{col.name}</h3></div>\n<div class="list_box">{inner}</div>\n</td></tr>\n</table>')
        return _page(f"{col.name}_{GOV}", _SECTIONS[col.section][0], body, _col_meta(col.name))

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.key(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for k, d in enumerate(col.docs):
                self.article(col, d, col.docs[k - 1] if k else None, col.docs[k + 1] if k + 1 < len(col.docs) else None)

    def article(self, col: Col, d: Doc, newer: Doc | None, older: Doc | None, url: str = "") -> None:
        info = ""
        if d.fields is not None:
            cells = [f"<td class=\"tit\">{k}：</td><td>{v}</td>" for k, v in d.fields.items()]
            info = ('<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_table">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>")
        files = ""
        if d.files:
            links = "".join(f'<p><a href="{_a(h)}" target="_blank">{name}</a></p>' for h, name in d.files)
            files = f'<div class="fujian"><strong>附件：</strong>{links}</div>'
        nav = lambda label, x: (f'<li>{label}：' + (f'<a href="{_a(col.doc_url(x))}">{x.title}</a>' if x else "没有了")  # noqa: E731
                                + "</li>")
        body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="10" class="main">\n<tr>'
                f'{self.side(col)}\n<td valign="top" class="right">{_crumb(col, "正文")}\n{info}'
                f'<div class="title_info"><h1>{d.title}</h1>\n'
                f'<div class="info_text">时间：{d.when:%Y-%m-%d} 09:30:00&nbsp;&nbsp;来源：{d.source}&nbsp;&nbsp;'
                f'作者：{GOV}办公室&nbsp;&nbsp;点击：<script src=/e/public/ViewClick/?classid={col.classid}&id={d.id}&addclick=1></script>次'
                f'</div></div>\n<div id="text">{d.body}</div>\n<p align="center" class="pageLink"></p>\n{files}{d.related}\n'
                f'<div class="info_pre"><ul>{nav("上一篇", newer)}{nav("下一篇", older)}</ul></div>\n'
                '<div class="info_close"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>\n'
                '</td></tr>\n</table>')
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.when:%Y-%m-%d} 09:30", "ContentSource": d.source}
        self.res[url or col.doc_url(d)] = _page(f"{d.title}_{GOV}", _SECTIONS[col.section][0], body, meta,
                                                icp=col.name != "规范性文件")


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em">{t}</p>' for t in texts)


_SUBJECTS = ("召开县政府常务会议", "开展安全生产大检查", "推进高标准农田建设", "召开防汛抗旱调度会", "督查民生实事进展",
             "开展文明县城创建志愿服务", "调研重点企业生产经营", "召开森林防火工作会议", "举办农民丰收节活动",
             "推进农村人居环境整治", "开展义务教育督导", "召开招商引资推进会")
_TOWNS = ("石梁镇", "青溪镇", "龙门乡", "白沙乡")
_STATICS = (("/xxgk/zfxxgkzn/", "政府信息公开指南"), ("/xxgk/zfxxgkzd/", "政府信息公开制度"),
            ("/xxgk/jgzn/", "机构职能"), ("/xxgk/ysqgk/", "依申请公开"))
BROKEN_IMAGE = "/d/file/p/2026/11-06/8a3f2c1b9d7e4f60.jpg"
BROKEN_PDF = "/d/file/p/2026/03-27/5e1d2c3b4a596877.pdf"
DELETED = "/xwzx/slyw/2026-09-14/1099.html"


def _news(s: _Site) -> tuple[Col, Col]:
    slyw = Col("/xwzx/slyw", "石梁要闻", "xwzx", 2, per_page=15)
    for i in range(38):
        slyw.docs.append(s.doc(f"{COUNTY}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{COUNTY}{_SUBJECTS[i % 12]}。", "会议要求，要压实责任，确保各项工作落到实处。"),
                               source=f"{COUNTY}融媒体中心"))
    slyw.docs[3].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" width="600" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404（/d/file 上传路径）", probe="status:404"))
    slyw.docs[5].body += f'<p>相关阅读：<a href="{DELETED}">我县召开全县经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    good = "/d/file/p/2026/11-10/2b9c8d7e6f5a4b3c.jpg"
    slyw.docs[7].body += f'<p style="text-align:center"><img src="{good}" width="600" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")

    bmdt = Col("/xwzx/bmdt", "部门动态", "xwzx", 3, per_page=8, pager="select")
    for i in range(22):
        bmdt.docs.append(s.doc(f"{('县发改局', '县教育局', '县卫健局', '县农业农村局')[i % 4]}{_SUBJECTS[(i + 3) % 12]}",
                               date(2026, 10, 22) - timedelta(days=i * 5)))
    s.key.append(Expected("stale-columns", bmdt.url(), "动态类栏目最新信息 2026-10-22，超过 14 天", probe="newest:2026-10-22"))

    xzdt = Col("/xwzx/xzdt", "乡镇动态", "xwzx", 4, per_page=10, rows="md")
    for i in range(17):
        xzdt.docs.append(s.doc(f"{_TOWNS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", AS_OF - timedelta(days=2 + i * 4)))
    s.traps.append(Trap(xzdt.url(), "列表只显示 [月-日]，文章页有完整日期，最新 2026-11-18：不是过期栏目"))

    tpxw = Col("/xwzx/tpxw", "图片新闻", "xwzx", 5, rows="pic", per_page=8, pager="select")
    for i in range(12):
        tpxw.docs.append(s.doc(f"图说{COUNTY}：{_SUBJECTS[(i + 7) % 12]}", date(2026, 10, 9) - timedelta(days=i * 6)))
    s.key.append(Expected("stale-columns", tpxw.url(), "图片新闻（列表无日期，页次分页条写“总数12”）最新文章 2026-10-09，超过 14 天",
                          probe="newest:2026-10-09"))

    tzgg = Col("/xwzx/tzgg", "通知公告", "xwzx", 6, per_page=12, pager="select")
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于做好{('秋冬季森林防火', '节假日安全', '冬季取暖安全', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=4 + i * 9), source=f"{GOV}办公室"))
    tzgg.docs[1].files.append((BROKEN_PDF, "报名表.pdf"))
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs[2].files.append(("/d/file/p/2026/11-02/7c6b5a4d3e2f1a0b.pdf", "实施方案.pdf"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 5, 12),
                           _paras("经清理，继续有效的行政规范性文件27件，宣布失效3件，废止2件。", GOV, "2026年5月12日"),
                           source=f"{GOV}办公室"))
    for c in (slyw, bmdt, xzdt, tpxw, tzgg):
        s.cols.append(c)
    return slyw, tzgg


# Normative documents (subject, defect): missing / late / unlinked / meta:<label>
_NORMATIVE = (("农村集体资产管理", ""), ("县城停车管理", "missing"), ("建设用地审批管理", "meta:发文字号"),
              ("政府投资项目管理", "late"), ("中小企业扶持资金管理", "unlinked"), ("农村危房改造", ""),
              ("农村宅基地管理", "meta:有效性"), ("公共租赁住房管理", "meta:成文日期"), ("住房公积金提取管理", ""))


def _disclosure(s: _Site) -> Col:
    gfx = Col("/xxgk/gfxwj", "规范性文件", "xxgk", 11, per_page=6, rows="table")
    zcjd = Col("/xxgk/zcjd", "政策解读", "xxgk", 13, per_page=8)
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 28) - timedelta(days=26 * k)
        d = s.doc(f"{GOV}关于印发《{COUNTY}{subject}办法》的通知", when)
        d.fields = {"索引号": f"11431125MB1D5620X7/{when.year}-{k + 31:05d}", "主题分类": "综合政务", "发布机构": GOV,
                    "发文字号": f"石政发〔{when.year}〕{12 - k}号", "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if defect == "meta:发文字号":
            d.fields["发文字号"] = ""
        elif defect.startswith("meta:"):
            del d.fields[defect[5:]]
        short = f"{COUNTY}{subject}办法"
        d.body = _paras("各乡镇人民政府，县政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。",
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
                  _paras("一、起草背景", "二、主要内容", "三、政策亮点"), source=f"{GOV}办公室")
        if defect != "unlinked":
            i.related = f'<div class="xgxx"><strong>相关文件：</strong><a href="{url}" target="_blank">{d.title}</a></div>'
            d.related = (f'<div class="xgxx"><strong>相关解读：</strong><ul><li><a href="{zcjd.doc_url(i)}" target="_blank">'
                         f'{i.title}</a></li></ul></div>')
            if defect == "":
                s.traps.append(Trap(url, "文件与解读互相链接（相关解读 / 相关文件），解读已及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps
    for n in range(4):  # interpretations of the county's other policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{COUNTY}{('优化营商环境', '促进消费', '稳岗就业', '乡村振兴')[n]}若干措施》解读",
                               date(2026, 11, 12) - timedelta(days=9 * n), _paras("一、出台背景", "二、主要措施"), source=f"{GOV}办公室"))

    rsxx = Col("", "人事信息", "xxgk", 15, per_page=5)  # a dynamic-only class: /e/action/ListInfo/?classid=15
    for n in range(8):
        rsxx.docs.append(s.doc(f"{GOV}关于{('周', '吴', '郑', '王')[n % 4]}某某等同志职务任免的通知", date(2025, 9, 30) - timedelta(days=47 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目（动态列表页）最新信息 2025-09-30，超过 1 年", probe="newest:2025-09-30"))

    czzj = Col("/xxgk/czzj", "财政资金", "xxgk", 16, empty="暂无信息")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（只有“暂无信息”）", probe="no-rows"))
    zdxm = Col("/xxgk/zdxm", "重大项目", "xxgk", 17, rows="table")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目为空（列表只有表头“标题 文号 发布日期”）", probe="no-rows"))
    tjxx = Col("/xxgk/tjxx", "统计信息", "xxgk", 18,
               note="情况说明：本县统计信息由县统计局统一发布，详见县统计局网站“统计数据”栏目；本栏目不单独发布。")
    s.traps.append(Trap(tjxx.url(), "只有情况说明的栏目不是空白栏目"))

    ndbg = Col("/xxgk/ndbg", "政府信息公开年报", "xxgk", 19)
    published = {2025: date(2026, 3, 27), 2024: date(2025, 4, 18), 2022: date(2023, 3, 30), 2021: date(2022, 3, 25)}
    for year, when in published.items():
        title = f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 13))
        ndbg.docs.append(d)
        if year == 2024:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2024 年度报告 2025-04-18 发布，晚于 3 月 31 日",
                                  match=(COUNTY, "2024"), probe="late:2025-03-31"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2023 年度政府信息公开工作年度报告",
                          match=(COUNTY, "2023"), probe="no-report:2023"))
    for c in (gfx, zcjd, rsxx, czzj, zdxm, tjxx, ndbg):
        s.cols.append(c)
    return gfx


def _statics(s: _Site) -> None:
    texts = {"政府信息公开指南": (_paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。",
                                   "一、主动公开　二、依申请公开　三、监督和救济"), date(2026, 3, 1)),
             "政府信息公开制度": (_paras("本县建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"), None),
             "机构职能": (_paras(f"{GOV}是县级国家行政机关，执行县人民代表大会及其常务委员会的决议。"), None),
             "依申请公开": (_paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：县政府办公室。"), None)}
    for k, (url, name) in enumerate(_STATICS):
        text, when = texts[name]
        col = Col(url.rstrip("/"), name, "xxgk", 21 + k)
        shown = f'<div class="info_text">时间：{when:%Y-%m-%d} 10:00:00</div>' if when else ""
        body = (f'<table width="1000" border="0" align="center" cellpadding="0" cellspacing="10" class="main">\n<tr>'
                f'{s.side(col)}\n<td valign="top" class="right">{_crumb(col)}\n'
                f'<div class="title_info"><h1>{name}</h1>{shown}</div><div id="text">{text}</div></td></tr>\n</table>')
        meta = {**_col_meta(name), **({"PubDate": f"{when:%Y-%m-%d} 10:00"} if when else {})}
        s.res[url] = _page(f"{name}_{GOV}", "信息公开", body, meta)
        if when is None:
            s.traps.append(Trap(url, "无日期的单页栏目，不是过期栏目"))
    links = "".join(f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in s.cols if c.section == "xxgk")
    statics = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
    body = (f'<div class="main">{_crumb(None, "信息公开")}<div class="gk_index"><ul class="gk_top">{statics}</ul>'
            f'<h3>法定主动公开内容</h3><ul class="gk_cats">{links}</ul></div></div>')
    s.res["/xxgk/"] = _page(f"信息公开_{GOV}", "信息公开", body, _col_meta("信息公开"))
    s.traps.append(Trap("/xxgk/", "信息公开首页是导航页（各栏目入口），不是栏目"))


def _channel(s: _Site) -> None:
    """新闻中心: a block of each child column's newest rows with its 更多 link; a channel page, not a column."""
    blocks = "".join(
        f'<div class="pd_box"><div class="pd_title"><h2>{c.name}</h2><a href="{c.url()}" class="more">更多&gt;&gt;</a></div>'
        '<ul>' + "".join(f'<li><span>{d.when:%Y-%m-%d}</span><a href="{c.doc_url(d)}" title="{d.title}">{d.title}</a></li>'
                         for d in c.docs[:5]) + "</ul></div>"
        for c in s.cols if c.section == "xwzx" and c.rows != "pic")
    body = f'<div class="main">{_crumb(None, "新闻中心")}<div class="pd_index">{blocks}</div></div>'
    s.res["/xwzx/"] = _page(f"新闻中心_{GOV}", "新闻中心", body, _col_meta("新闻中心"))
    s.traps.append(Trap("/xwzx/", "新闻中心是频道页（各子栏目区块和“更多”链接），不是栏目"))


def _home(s: _Site, slyw: Col, tzgg: Col, gfx: Col) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<div class="index_box"><div class="index_title"><h2>{title}</h2><a href="{_a(more)}" class="more">更多</a></div>'
                f"<ul>{rows}</ul></div>")
    yw = "".join(f'<li><a href="{slyw.doc_url(d)}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'
                 for d in slyw.docs[:8])
    tz = "".join(f'<li><a href="{tzgg.doc_url(d)}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'
                 for d in tzgg.docs[:6])
    # the 信息公开 block links the documents by their dynamic address (the class's list variable is dynamic)
    gk = "".join(f'<li><a href="{_a(f"/e/action/ShowInfo.php?classid={gfx.classid}&id={d.id}")}">{d.title}</a>'
                 f'<span>{d.when:%m-%d}</span></li>' for d in gfx.docs[:3])
    # 通知公告's 更多 is the class's dynamic list address; both addresses serve the same list
    tz_more = f"/e/action/ListInfo/?classid={tzgg.classid}"
    s.res[tz_more] = s.res[tzgg.key()]
    s.traps.append(Trap(tz_more, "通知公告的动态列表地址（/e/action/ListInfo/?classid=6）与静态栏目是同一栏目"))
    for k, d in enumerate(gfx.docs[:3]):
        alias = f"/e/action/ShowInfo.php?classid={gfx.classid}&id={d.id}"
        s.res[alias] = s.res[gfx.doc_url(d)]
        s.traps.append(Trap(alias, "规范性文件的动态地址（ShowInfo.php）与静态文章页是同一文件，不是另一份文件"))
    body = ('<div class="index_main">' + block("石梁要闻", slyw.url(), yw) + block("通知公告", tz_more, tz)
            + block("信息公开", "/xxgk/", gk) + "</div>")
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res["/"] = s.res["/index.html"] = _page(GOV, "首页", body, meta, home=True)
    s.traps.append(Trap("/", "页脚有 ICP 备案、湘公网安备、网站标识码和党政机关标识：标识齐全"))


NOT_FOUND = ('<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center>'
             '<hr><center>nginx</center></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"empire offers only the small size, not {size!r}")
    s = _Site()
    slyw, tzgg = _news(s)
    gfx = _disclosure(s)
    zjdc = Col("/hdjl/zjdc", "征集调查", "hdjl", 31)
    s.cols.append(zjdc)
    s.key.append(Expected("empty-columns", zjdc.url(), "征集调查栏目列表区什么也没有", probe="no-rows"))
    s.render()
    _statics(s)
    _channel(s)
    _home(s, slyw, tzgg, gfx)
    for c in s.cols:
        for d in c.docs:
            if c.rows == "pic":
                s.res[f"/d/file/p/2026/pic{d.id}.jpg"] = Resource(tiny_png(), "image/jpeg")
            for href, _ in d.files:
                if href != BROKEN_PDF:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
            s.res[f"/e/public/ViewClick/?classid={c.classid}&id={d.id}&addclick=1"] = Resource(
                f"document.write('{d.id % 97 + 12}');".encode(), "application/x-javascript")
    s.res["/skin/sl/images/logo.png"] = s.res["/skin/sl/images/red.png"] = Resource(tiny_png(), "image/png")
    s.res["/skin/sl/css/style.css"] = Resource(b"body{font-size:12px}", "text/css")
    s.res["/e/data/js/ajax.js"] = Resource(b"/* empirecms ajax */", "application/x-javascript")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "规范性文件内容页模板页脚缺 ICP 备案号",
                          probe="footer-lacks:ICP", url_pattern=DISCLOSURE_DOCS))
    return SampleSite("empire", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), "text/html", 404),
                      s.key, s.traps, frozenset())
