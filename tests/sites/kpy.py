"""The "kpy" sample site: a district government portal (棠溪区人民政府) on the ministry-style
website-cluster platform whose columns are `/<site>/c<column id>/common_list.shtml` and whose
articles are folders `/<site>/c<column id>/c<article id>/content.shtml`, with its site search and
找错 entry hosted by 开普云 (Kaipuyun), UTF-8.

The brief asked for 开普云's own CMS. The library holds no rendered page of a site that 开普云 says it
built: what it holds are 开普云's hosted services on government sites (search, 找错) and the URL scheme
of the ministries whose search 开普云 hosts. Which CMS writes `common_list.shtml` pages is a GUESS (it
may be 开普云's platform or another vendor's); the URL scheme itself is real. Sources (library tools):
  - the URL scheme: www.csrc.gov.cn `/csrc/c100103/common_list.shtml`, `common_list_1.shtml`,
    `common_list_2.shtml` (three pages of one list, listed together by two public scrapers; so page 2 is
    `common_list_1.shtml`, 0-based like TRS, an INFERENCE), articles `/csrc/c100033/c1320793/content.shtml`
    (政府信息公开指南), a single-page column `/csrc/c106256/fg.shtml`; www.neac.gov.cn `/seac/xxgk/index.shtml`,
    `/seac/c103544/common_list.shtml`; www.npc.gov.cn `/englishnpc/c2759/common_list.shtml` and `_2`
    (`find_string "common_list_2.shtml"`);
  - 开普云's search, a GET form to `https://zs.kaipuyun.cn/s?siteCode=<site code>&searchWord=…`
    (neac.gov.cn, nhc.gov.cn and Tibetan city sites quoted in public scrapers, `find_string
    "zs.kaipuyun.cn/s?"`);
  - 开普云's 找错 entry as a county site (jxjaxzf.gov.cn) renders it: `<span id="_span_jiucuo"><a
    href="http://pucha.kaipuyun.cn/exposure/jiucuo.html?site_code=3609250007&url=…" target="_blank"><img
    onclick="Link('4305000001')" … src="http://pucha.kaipuyun.cn/exposure/images/jiucuo.png?v=…"></a></span>`
    beside `<span id="_ideConac">` and the footer `赣ICP备14008674号 赣公网安备36092502000005`
    (`find_string "pucha.kaipuyun.cn/exposure/jiucuo.html"`);
  - the metadata table with spaced labels `索   引   号`, `发 布 机 构`, `发 文 日 期` (qqhr.gov.cn, a real
    disclosure page in the `pages` corpus).
Guessed, said as such: every class name, the three pager renderings (plain links, a jQuery pager that
builds `common_list_{page}.shtml` from a script's settings, a jump menu), the list rows, the article
template (发布时间/来源/字号, 打印本页/关闭窗口), the 相关解读/政策原文 boxes, the empty-list text, the
home page being a script redirect from `/` to `/tangxi/index.shtml` (a real pattern of government sites,
LAST_NOTE), every page's wording, the <meta> tags and the 404 page.

Variety on purpose (not in the other families): article pages are folders (`…/c20353/content.shtml`)
linked relatively from the lists; 0-based later-page names; a pager written only by a script's settings;
a jump-menu pager; list rows with bracketed dates before the title; a disclosure table whose rows show
two dates (成文日期 and 发布日期); spaced metadata labels; a home page reached through a script redirect;
the site search on another host; an 一图读懂 of an annual report inside the annual-report column; a
footer defect that is the missing 公安备案 (not the 网站标识码). Every planted defect is an `Expected`
entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from urllib.parse import quote

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
DISTRICT = "棠溪区"
GOV = "棠溪区人民政府"
SITE_ID = "3307030011"
ROOT = "/tangxi"
HTML = "text/html; charset=utf-8"
DISCLOSURE_DOCS = r"^/tangxi/c1002(?:01|02|03|04|08)/c\d+/content\.shtml$"  # the 信息公开 article template


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
    related: str = ""  # a 相关解读 / 政策原文 box
    files: list[tuple[str, str]] = field(default_factory=list)  # (href, name)
    listed: date | None = None  # the row's date when the list shows a regeneration day
    written: date | None = None  # 成文日期 shown in a disclosure table row


@dataclass
class Col:
    cid: int  # column id: the column is ROOT/c<cid>/
    name: str
    section: str  # xwzx | xxgk | hdjl
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    pager: str = "num"  # num (plain links) | js (a script's settings) | sel (a jump menu)
    rows: str = "news"  # news (title, date) | bracket ([date] before title) | table (two dates) | pic (no dates)
    empty: str | None = None  # the text of an empty list
    zero_pager: bool = False  # an empty list whose script pager still says total 0
    note: str = ""  # a 情况说明 instead of a list

    @property
    def path(self) -> str:
        return f"{ROOT}/c{self.cid}"

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        return f"{self.path}/common_list.shtml" if n == 1 else f"{self.path}/common_list_{n - 1}.shtml"

    def doc_url(self, d: Doc) -> str:
        return f"{self.path}/c{d.id}/content.shtml"


_SECTIONS = {"xwzx": ("新闻动态", f"{ROOT}/xwzx/index.shtml"), "xxgk": ("政府信息公开", f"{ROOT}/xxgk/index.shtml"),
             "hdjl": ("互动交流", f"{ROOT}/c100301/common_list.shtml")}
_NAV = (("首页", f"{ROOT}/index.shtml"), ("新闻动态", f"{ROOT}/xwzx/index.shtml"),
        ("政府信息公开", f"{ROOT}/xxgk/index.shtml"), ("互动交流", f"{ROOT}/c100301/common_list.shtml"))


# ---------------------------------------------------------------- page shells

def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}" />\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.tangxi.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            f'<title>{escape(title)}</title>\n{metas}'
            f'<link rel="stylesheet" href="{ROOT}/images/common.css" />\n'
            f'<script src="{ROOT}/images/jquery.min.js"></script>\n</head>\n')


def _top(current: str) -> str:
    items = "".join((f'<li class="active"><a href="{u}">{n}</a></li>' if n == current else f'<li><a href="{u}">{n}</a></li>')
                    for n, u in _NAV)
    return (f'<div class="header"><div class="w1200"><div class="logo"><a href="{ROOT}/index.shtml">'
            f'<img src="{ROOT}/images/logo.png" alt="{GOV}"></a></div>\n'
            '<div class="search"><form action="https://zs.kaipuyun.cn/s" method="get" target="_blank">'
            f'<input type="hidden" name="siteCode" value="{SITE_ID}"><input type="text" name="searchWord" '
            'placeholder="请输入关键词"><input type="submit" value="搜索"></form></div></div></div>\n'
            f'<div class="nav"><ul class="w1200">{items}</ul></div>\n')


def _footer(psb: bool = True, home: bool = False) -> str:
    police = ('<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33070302000123" target="_blank">'
              f'<img src="{ROOT}/images/ga.png">浙公网安备 33070302000123号</a>') if psb else ""
    here = quote(f"http://www.tangxi.gov.cn{ROOT}/index.shtml", safe="")
    marks = ('<div class="marks"><span id="_ideConac"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=5A1C0F3E2B7D4A12E053022819AC9C21" '
             'target="_blank"><img id="imgConac" vspace="0" hspace="0" border="0" src="//dcs.conac.cn/image/red.png"></a></span>\n'
             f'<span id="_span_jiucuo"><a href="http://pucha.kaipuyun.cn/exposure/jiucuo.html?site_code={SITE_ID}&amp;url={here}" '
             f'target="_blank"><img onclick="Link(\'{SITE_ID}\')" style="margin: 0px; border: 0px; cursor: pointer;" '
             f'src="http://pucha.kaipuyun.cn/exposure/images/jiucuo.png?v={SITE_ID}"></a></span></div>\n') if home else ""
    return ('<div class="footer"><div class="w1200">\n'
            f'<p>主办：{GOV}办公室&nbsp;&nbsp;承办：{DISTRICT}大数据发展中心&nbsp;&nbsp;联系电话：0570-8123456</p>\n'
            f'<p>网站标识码：{SITE_ID}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a>'
            f'&nbsp;&nbsp;{police}</p>\n{marks}</div></div>\n')


def _page(title: str, current: str, body: str, meta: dict[str, str], psb: bool = True, home: bool = False) -> Resource:
    html = (f'<!DOCTYPE html>\n<html lang="zh-CN">\n{_head(title, meta)}<body>\n{_top(current)}{body}\n'
            f'{_footer(psb, home)}</body>\n</html>\n')
    return Resource(html.encode("utf-8"), HTML)


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


def _crumb(col: Col | None, tail: str = "") -> str:
    parts = [f'<a href="{ROOT}/index.shtml">首页</a>']
    if col is not None:
        name, url = _SECTIONS[col.section]
        parts += [f'<a href="{url}">{name}</a>', f'<a href="{col.url()}">{col.name}</a>']
    if tail:
        parts.append(f"<span>{tail}</span>")
    return '<div class="position">当前位置：' + " &gt; ".join(parts) + "</div>"


# ---------------------------------------------------------------- lists

def _rows(col: Col, docs: list[Doc], n: int) -> str:
    if not docs:
        return f'<ul class="list"><li class="nodata">{col.empty}</li></ul>' if col.empty else '<ul class="list"></ul>'
    when = lambda d: f"{d.listed or d.when:%Y-%m-%d}"  # noqa: E731
    rel = lambda d: f"c{d.id}/content.shtml"  # noqa: E731 - relative to the column's folder
    if col.rows == "table":
        trs = "".join(f'<tr><td>{(n - 1) * col.per_page + k + 1}</td><td class="title"><a href="{rel(d)}" target="_blank" '
                      f'title="{d.title}">{d.title}</a></td><td>{(d.fields or {}).get("发文字号", "")}</td>'
                      f'<td>{d.written or d.when:%Y-%m-%d}</td><td>{when(d)}</td></tr>' for k, d in enumerate(docs))
        return ('<table class="gk-list" width="100%"><tr><th>序号</th><th>标题</th><th>发文字号</th><th>成文日期</th>'
                f'<th>发布日期</th></tr>{trs}</table>')
    if col.rows == "pic":
        lis = "".join(f'<li><a href="{rel(d)}" target="_blank"><img src="{col.path}/c{d.id}/pic.jpg" alt="{d.title}"></a>'
                      f'<p><a href="{rel(d)}" target="_blank">{d.title}</a></p></li>' for d in docs)
        return f'<ul class="pic-list">{lis}</ul>'
    if col.rows == "bracket":
        lis = "".join(f'<li><span class="date">[{when(d)}]</span><a href="{col.doc_url(d)}" target="_blank">{d.title}</a></li>'
                      for d in docs)
        return f'<ul class="list">{lis}</ul>'
    lis = "".join(f'\n<li><a href="{rel(d)}" target="_blank" title="{d.title}">{d.title}</a><span>{when(d)}</span></li>'
                  for d in docs)
    return f'<ul class="list">{lis}\n</ul>'


def _name(k: int) -> str:
    """Page k's file name in the column's folder (0-based after the first: common_list_1 is page 2)."""
    return "common_list.shtml" if k == 1 else f"common_list_{k - 1}.shtml"


def _num_pager(col: Col, n: int) -> str:
    """Plain links: 首页 上一页 1 2 3 下一页 尾页, the current page a span."""
    pages = col.pages
    link = lambda k, text: f'<a href="{_name(k)}">{text}</a>'  # noqa: E731
    nums = "".join(f'<span class="current">{k}</span>' if k == n else link(k, str(k)) for k in range(1, pages + 1))
    first = '<span class="disabled">首页</span><span class="disabled">上一页</span>' if n == 1 else link(1, "首页") + link(n - 1, "上一页")
    last = '<span class="disabled">下一页</span><span class="disabled">尾页</span>' if n == pages else link(n + 1, "下一页") + link(pages, "尾页")
    return f'<div class="pagination"><span class="total">共{len(col.docs)}条</span>{first}{nums}{last}</div>'


def _js_pager(col: Col, n: int) -> str:
    """An empty box that a jQuery pager fills from the script's settings (no address written out)."""
    return (f'<div class="pagination" id="pagination"></div>\n<script type="text/javascript">\n'
            f'$("#pagination").pager({{ total: {len(col.docs)}, size: {col.per_page}, current: {n}, '
            'first: "common_list.shtml", url: "common_list_{page}.shtml" });\n</script>')


def _sel_pager(col: Col, n: int) -> str:
    """上一页/下一页 links and a jump menu whose options are the pages' file names."""
    pages = col.pages
    prev = f'<a href="{_name(n - 1)}">上一页</a>' if n > 1 else "<span>上一页</span>"
    nxt = f'<a href="{_name(n + 1)}">下一页</a>' if n < pages else "<span>下一页</span>"
    options = "".join(f'<option value="{_name(k)}"{" selected" if k == n else ""}>第{k}页</option>' for k in range(1, pages + 1))
    return (f'<div class="pagination">{prev} 第{n}/{pages}页 {nxt} 转到 <select onchange="window.location.href=this.value">'
            f"{options}</select></div>")


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 20350

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def side(self, col: Col) -> str:
        items = "".join((f'<li class="on"><a href="{c.url()}">{c.name}</a></li>' if c is col else f'<li><a href="{c.url()}">{c.name}</a></li>')
                        for c in self.cols if c.section == col.section)
        if col.section == "xxgk":
            items += "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
        return f'<div class="left-menu"><div class="menu-title">{_SECTIONS[col.section][0]}</div><ul>{items}</ul></div>'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.note:
            inner = f'<div class="qksm">{col.note}</div>'
        else:
            pager = ""
            if col.pages > 1 or col.zero_pager:
                pager = {"num": _num_pager, "js": _js_pager, "sel": _sel_pager}[col.pager](col, n)
            inner = _rows(col, docs, n) + "\n" + pager
        body = (f'<div class="main w1200">{_crumb(col)}\n{self.side(col)}\n<div class="right-content">'
                f'<div class="column-title"><span>{col.name}</span></div>\n{inner}</div></div>')
        return _page(f"{col.name}_{GOV}", _SECTIONS[col.section][0], body, _col_meta(col.name))

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.listed or d.when, d.id), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for d in col.docs:
                self.article(col, d)

    def article(self, col: Col, d: Doc) -> None:
        info = ""
        if d.fields is not None:
            cells = [f'<td class="t">{k}：</td><td>{v}</td>' for k, v in d.fields.items()]
            info = ('<div class="xxgk-info"><table width="100%">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table></div>\n")
        files = ""
        if d.files:
            links = "".join(f'<p><a href="{_a(h)}" target="_blank">{name}</a></p>' for h, name in d.files)
            files = f'<div class="fujian"><span>附件：</span>{links}</div>'
        body = (f'<div class="main w1200">{_crumb(col, "正文")}\n<div class="detail">{info}'
                f'<div class="detail-title"><h1>{d.title}</h1></div>\n'
                f'<div class="detail-info"><span>发布时间：{d.when:%Y-%m-%d} 09:30</span><span>来源：{d.source}</span>'
                '<span>字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
                '<a href="javascript:doZoom(14)">小</a>]</span></div>\n'
                f'<div class="detail-content" id="zoom">{d.body}</div>\n{files}{d.related}\n'
                '<div class="detail-tools"><a href="javascript:window.print()">【打印本页】</a> '
                '<a href="javascript:window.close()">【关闭窗口】</a></div></div></div>')
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.listed or d.when:%Y-%m-%d} 09:30",
                "ContentSource": d.source}
        self.res[col.doc_url(d)] = _page(f"{d.title}_{GOV}", _SECTIONS[col.section][0], body, meta,
                                         psb=col.section != "xxgk")


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_SUBJECTS = ("召开区政府常务会议", "开展安全生产大检查", "推进未来社区建设", "召开防汛防台工作部署会", "督查民生实事进展",
             "开展文明城市创建志愿服务", "调研重点企业生产经营", "召开森林防火工作会议", "举办农民丰收节活动",
             "推进老旧小区改造", "开展义务教育督导", "召开招商引资推进会")
_STREETS = ("棠溪街道", "云岭街道", "石门镇", "双溪乡")
_STATICS = ((f"{ROOT}/c100291/zfxxgkzn.shtml", "政府信息公开指南"), (f"{ROOT}/c100292/zfxxgkzd.shtml", "政府信息公开制度"),
            (f"{ROOT}/c100293/jgzn.shtml", "机构职能"), (f"{ROOT}/c100294/ysqgk.shtml", "依申请公开"))
BROKEN_IMAGE = f"{ROOT}/upload/2026/11/20261109155712843.jpg"
BROKEN_PDF = f"{ROOT}/upload/2026/03/20260317094405112.pdf"
DELETED = f"{ROOT}/c100101/c19999/content.shtml"


def _news(s: _Site) -> tuple[Col, Col]:
    txyw = Col(100101, "棠溪要闻", "xwzx", per_page=15)
    for i in range(38):
        txyw.docs.append(s.doc(f"{DISTRICT}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{DISTRICT}{_SUBJECTS[i % 12]}。", "会议要求，要压实责任，确保各项工作落到实处。"),
                               source=f"{DISTRICT}融媒体中心"))
    txyw.docs[3].body += f'<p style="text-align:center;"><img src="{BROKEN_IMAGE}" width="600"></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404（/tangxi/upload 上传路径）", probe="status:404"))
    txyw.docs[5].body += f'<p>相关阅读：<a href="{DELETED}">我区召开全区经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    good = f"{ROOT}/upload/2026/11/20261111093015406.jpg"
    txyw.docs[7].body += f'<p style="text-align:center;"><img src="{good}" width="600"></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")

    bmdt = Col(100102, "部门动态", "xwzx", per_page=12, pager="js", rows="bracket")
    for i in range(22):
        bmdt.docs.append(s.doc(f"{('区发改局', '区教育局', '区卫健局', '区农业农村局')[i % 4]}{_SUBJECTS[(i + 3) % 12]}",
                               date(2026, 10, 20) - timedelta(days=i * 5)))
    s.key.append(Expected("stale-columns", bmdt.url(), "动态类栏目最新信息 2026-10-20，超过 14 天", probe="newest:2026-10-20"))

    zjdt = Col(100103, "镇街动态", "xwzx", per_page=10, pager="sel")
    for i in range(17):
        zjdt.docs.append(s.doc(f"{_STREETS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", AS_OF - timedelta(days=2 + i * 4)))

    tpxw = Col(100104, "图片新闻", "xwzx", rows="pic")
    for i in range(8):
        tpxw.docs.append(s.doc(f"图说{DISTRICT}：{_SUBJECTS[(i + 7) % 12]}", AS_OF - timedelta(days=3 + i * 6)))
    s.traps.append(Trap(tpxw.url(), "图片新闻列表只有图片和标题（日期在文章页），不是空栏目，最新文章日期未超期"))

    tzgg = Col(100105, "通知公告", "xwzx", per_page=12, pager="js", rows="bracket")
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于做好{('秋冬季森林防火', '节假日安全', '冬季供暖', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 4, 10) - timedelta(days=i * 11), source=f"{GOV}办公室"))
    s.key.append(Expected("stale-columns", tzgg.url(), "通知公告最新信息 2026-04-10，超过 6 个月", probe="newest:2026-04-10"))
    tzgg.docs[1].files.append((BROKEN_PDF, "报名表.pdf"))
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                           _paras("经清理，继续有效的行政规范性文件31件，宣布失效4件，废止2件。", GOV, "2026年3月16日")))
    for c in (txyw, bmdt, zjdt, tpxw, tzgg):
        s.cols.append(c)
    return txyw, tzgg


# Normative documents (subject, defect): missing / late / unlinked / meta:<label>
_NORMATIVE = (("农村集体资产管理", ""), ("城区停车管理", "missing"), ("建设用地审批管理", "meta:发文字号"),
              ("政府投资项目管理", "late"), ("中小企业扶持资金管理", "unlinked"), ("城镇老旧小区改造", ""),
              ("农村宅基地管理", "meta:有 效 性"), ("公共租赁住房管理", "meta:成文日期"), ("住房公积金提取管理", ""))


def _disclosure(s: _Site) -> None:
    gfx = Col(100201, "规范性文件", "xxgk", per_page=6, pager="num", rows="table")
    zcjd = Col(100202, "政策解读", "xxgk", per_page=6, pager="num")
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 28) - timedelta(days=26 * k)
        d = s.doc(f"{GOV}关于印发《{DISTRICT}{subject}办法》的通知", when)
        d.written = when - timedelta(days=5)
        d.fields = {"索 引 号": f"11330703MB1928374K/{when.year}-{k + 41:05d}", "主题分类": "综合政务",
                    "发 布 机 构": GOV, "发文字号": f"棠政规〔{when.year}〕{12 - k}号", "成文日期": f"{d.written:%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}", "有 效 性": "有效"}
        if defect == "meta:发文字号":
            d.fields["发文字号"] = ""
        elif defect.startswith("meta:"):
            del d.fields[defect[5:]]
        short = f"{DISTRICT}{subject}办法"
        d.body = _paras("各街道办事处、乡镇人民政府，区政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        GOV, f"{when.year}年{when.month}月{when.day}日")
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        label = defect[5:].replace(" ", "")
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{label}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 12 if defect == "late" else k % 3
        i = s.doc((f"《{short}》解读", f"一图读懂《{short}》", f"图文解读：《{short}》")[k % 3], when + timedelta(days=lag),
                  _paras("一、起草背景", "二、主要内容", "三、政策亮点"), source=f"{GOV}办公室")
        if defect != "unlinked":
            i.related = f'<div class="zcyw"><span>政策原文：</span><a href="{url}">{d.title}</a></div>'
            d.related = f'<div class="xgjd"><span>相关解读：</span><a href="{zcjd.doc_url(i)}">{i.title}</a></div>'
            if defect == "":
                s.traps.append(Trap(url, "文件与解读互相链接（相关解读 / 政策原文），解读已及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps
    for n in range(5):  # interpretations of the district's other policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{DISTRICT}{('优化营商环境', '促进消费', '稳岗就业', '乡村振兴', '数字经济')[n]}若干措施》解读",
                               date(2026, 11, 12) - timedelta(days=9 * n), _paras("一、出台背景", "二、主要措施"), source=f"{GOV}办公室"))
    s.traps.append(Trap(gfx.url(), "规范性文件列表每行有成文日期和发布日期两个日期，按发布日期最新 2026-10-28，未过期"))

    rsxx = Col(100203, "人事信息", "xxgk", rows="bracket")
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('周', '吴', '郑', '王')[n % 4]}某某等同志职务任免的通知", date(2025, 9, 30) - timedelta(days=47 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-09-30，超过 1 年", probe="newest:2025-09-30"))

    ghjh = Col(100204, "规划计划", "xxgk")
    for n in range(12):
        d = s.doc(f"{DISTRICT}{('农业农村', '交通运输', '生态环境', '文化旅游')[n % 4]}发展规划实施情况（{n + 1}）",
                  date(2026, 8, 15) - timedelta(days=30 * n))
        d.listed = date(2026, 11, 2)
        ghjh.docs.append(d)
    s.traps.append(Trap(ghjh.url(), "列表日期都是再生成日 2026-11-02；文章显示的最新日期 2026-08-15 也在 1 年内：不是过期栏目"))

    czzj = Col(100205, "财政资金", "xxgk", empty="暂无数据")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（只有“暂无数据”）", probe="no-rows"))
    zdxm = Col(100206, "重大项目", "xxgk", pager="js", zero_pager=True)
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目为空（列表为空，脚本分页设置 total: 0）", probe="no-rows"))
    tjxx = Col(100207, "统计信息", "xxgk",
               note="<p>情况说明：本区统计信息由区统计局统一发布，详见区统计局网站“统计数据”栏目；本栏目不单独发布。</p>")
    s.traps.append(Trap(tjxx.url(), "只有情况说明的栏目不是空白栏目"))

    ndbg = Col(100208, "政府信息公开年报", "xxgk")
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
    pic = s.doc(f"一图读懂{GOV}2025年政府信息公开工作年度报告", date(2026, 3, 24),
                f'<p style="text-align:center;"><img src="{ROOT}/upload/2026/03/ytdd2025.png" width="800"></p>')
    ndbg.docs.append(pic)
    s.res[f"{ROOT}/upload/2026/03/ytdd2025.png"] = Resource(tiny_png(), "image/png")
    s.traps.append(Trap(ndbg.doc_url(pic), "年报栏目中的“一图读懂”是年报的图解，不是年报本身（不缺结构、不缺表格）"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告",
                          match=(DISTRICT, "2024"), probe="no-report:2024"))
    for c in (gfx, zcjd, rsxx, ghjh, czzj, zdxm, tjxx, ndbg):
        s.cols.append(c)


def _statics(s: _Site) -> None:
    texts = {"政府信息公开指南": (_paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。",
                                   "一、主动公开　二、依申请公开　三、监督和救济"), date(2026, 3, 1)),
             "政府信息公开制度": (_paras("本区建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"), None),
             "机构职能": (_paras(f"{GOV}是区级国家行政机关，执行区人民代表大会及其常务委员会的决议。"), None),
             "依申请公开": (_paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：区政府办公室。"), None)}
    for k, (url, name) in enumerate(_STATICS):
        text, when = texts[name]
        col = Col(100291 + k, name, "xxgk")
        shown = f'<div class="detail-info"><span>发布时间：{when:%Y-%m-%d} 10:00</span></div>' if when else ""
        body = (f'<div class="main w1200">{_crumb(None, name)}\n{s.side(col)}\n<div class="right-content"><div class="detail">'
                f'<div class="detail-title"><h1>{name}</h1></div>{shown}<div class="detail-content" id="zoom">{text}</div></div></div></div>')
        meta = {**_col_meta(name), **({"PubDate": f"{when:%Y-%m-%d} 10:00"} if when else {})}
        s.res[url] = _page(f"{name}_{GOV}", "政府信息公开", body, meta)
        if when is None:
            s.traps.append(Trap(url, "无日期的单页栏目，不是过期栏目"))
    links = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.section == "xxgk")
    statics = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
    body = (f'<div class="main w1200">{_crumb(None, "政府信息公开")}<div class="xxgk-index"><ul class="gk-top">{statics}</ul>'
            f'<div class="gk-title">法定主动公开内容</div><ul class="gk-cats">{links}</ul></div></div>')
    s.res[f"{ROOT}/xxgk/index.shtml"] = _page(f"政府信息公开_{GOV}", "政府信息公开", body, _col_meta("政府信息公开"))
    s.traps.append(Trap(f"{ROOT}/xxgk/index.shtml", "政府信息公开首页是导航页（各栏目入口），不是栏目"))


def _channel(s: _Site) -> None:
    """新闻动态: a block of each child column's newest rows with its 更多 link; a channel page, not a column."""
    blocks = "".join(
        f'<div class="xw-box"><div class="xw-title"><span>{c.name}</span><a href="{c.url()}" class="more">更多</a></div>'
        '<ul>' + "".join(f'<li><a href="{c.doc_url(d)}" title="{d.title}">{d.title}</a><span>{d.when:%Y-%m-%d}</span></li>'
                         for d in c.docs[:5]) + "</ul></div>"
        for c in s.cols if c.section == "xwzx" and c.rows != "pic")
    body = f'<div class="main w1200">{_crumb(None, "新闻动态")}<div class="xwzx-index">{blocks}</div></div>'
    s.res[f"{ROOT}/xwzx/index.shtml"] = _page(f"新闻动态_{GOV}", "新闻动态", body, _col_meta("新闻动态"))
    s.traps.append(Trap(f"{ROOT}/xwzx/index.shtml", "新闻动态是频道页（各子栏目区块和“更多”链接），不是栏目"))


def _home(s: _Site, txyw: Col, tzgg: Col) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<div class="index-box"><div class="index-title"><span>{title}</span><a href="{more}" class="more">更多+</a></div>'
                f"<ul>{rows}</ul></div>")
    yw = "".join(f'<li><a href="{txyw.doc_url(d)}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'
                 for d in txyw.docs[:8])
    tz = "".join(f'<li><a href="{tzgg.doc_url(d)}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'
                 for d in tzgg.docs[:6])
    gfx = next(c for c in s.cols if c.name == "规范性文件")
    gk = "".join(f'<li><a href="{gfx.doc_url(d)}">{d.title}</a><span>{d.when:%m-%d}</span></li>' for d in gfx.docs[:4])
    body = ('<div class="w1200 index-main">' + block("棠溪要闻", txyw.url(), yw) + block("通知公告", tzgg.url(), tz)
            + block("政府信息公开", f"{ROOT}/xxgk/index.shtml", gk) + "</div>")
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res[f"{ROOT}/index.shtml"] = _page(GOV, "首页", body, meta, home=True)
    # The domain's root only sends the visitor on to the site's folder.
    s.res["/"] = Resource(('<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>'
                           f'<script type="text/javascript">window.location.href="{ROOT}/index.shtml";</script></body></html>').encode(),
                          HTML)
    s.traps.append(Trap(f"{ROOT}/index.shtml", "首页页脚有网站标识码、ICP、浙公网安备、党政机关标识和开普云“我为政府网站找错”入口：标识齐全"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 页面不存在</title></head><body>'
             f'<div class="error-page"><p>抱歉，您访问的页面不存在或已删除。</p><a href="{ROOT}/index.shtml">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"kpy offers only the small size, not {size!r}")
    s = _Site()
    txyw, tzgg = _news(s)
    _disclosure(s)
    zjdc = Col(100301, "征集调查", "hdjl")
    s.cols.append(zjdc)
    s.key.append(Expected("empty-columns", zjdc.url(), "征集调查栏目列表区什么也没有", probe="no-rows"))
    s.render()
    _statics(s)
    _channel(s)
    _home(s, txyw, tzgg)
    for c in s.cols:
        for d in c.docs:
            if c.rows == "pic":
                s.res[f"{c.path}/c{d.id}/pic.jpg"] = Resource(tiny_png(), "image/jpeg")
            for href, _ in d.files:
                if href != BROKEN_PDF:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("logo.png", "ga.png"):
        s.res[f"{ROOT}/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res[f"{ROOT}/images/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res[f"{ROOT}/images/jquery.min.js"] = Resource(b"/* jquery */", "application/javascript")
    # The jQuery pager's later pages (and the articles only they list): no href, option or
    # onclick names them, only the plugin's settings (`url: "common_list_{page}.shtml"`).
    script_only = {c.url(n) for c in s.cols if c.pager == "js" for n in range(2, c.pages + 1)}
    script_only |= {c.doc_url(d) for c in s.cols if c.pager == "js" for d in c.docs[c.per_page:]}
    example = next(c for c in s.cols if c.name == "规范性文件")
    s.key.append(Expected("footer", example.doc_url(example.docs[0]), "信息公开文章页模板页脚缺公安备案号",
                          probe="footer-lacks:公网安备", url_pattern=DISCLOSURE_DOCS))
    return SampleSite("kpy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset(), script_only=frozenset(script_only))
