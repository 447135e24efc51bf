"""The "foosun" sample site: a township portal (青石镇人民政府, 宁川县, 四川) on 风讯 FoosunCMS (ASP), GB2312.

Written from FoosunCMS's own source found with the `find_string` tool (code corpus; the file ids are the
library's, the repositories are copies of FoosunCMS V3.1/V5 under `admin/Refresh/`, `FS_Inc/`, `Inc/`):
  - the static generator's version comment, `GetVisionStr = "<!--Published Date:"&Now&"   Powered by
    www.Foosun.net,Products:Foosun Content Manage system-->"`, written into every generated page (the
    generation time, not the content's date), and the `FS_Inc/Prototype.js` script (fingerprint lists);
  - the class list labels of `RefreshFunction.asp` (`SelfClass`, `GetOneClassNewsList`, `LableFile`): a
    `<table border="0" cellpadding="0" cellspacing="0" width="100%">` whose rows are `<td Height="22">`
    + a navigation picture + `<a  href="…"  title="{full title}">{GotTopic(title, n)}</a>` +
    `&nbsp;&nbsp;<span >{DateFormat(AddDate, rule)}</span>`, a spacer row (`CompatPicStr`) after each row,
    a linked `[ClassCName]` before the title when ShowClassCNName is on, a `<a href="/NewsReview.asp?NewsID=…">
    评论</a>` after it when TitleShowReview is on, and `GetHTMLTitle` wrapping styled titles in
    `<font color="#FF0000">` and `<strong>`; `GotTopic` cuts a title at n display columns without an ellipsis
    (the full title only in the `title` attribute);
  - the article address `GetRecordOneNewsLink`: `{SaveFilePath}/{ClassEName}{Path}/{FileName}.{FileExtName}`,
    the date path `CreateDateDir` (`{year}-{month}/{day}`, month and day not padded) and `NewsFileName` (the
    rule's Y, M, D, H, I, S, N parts joined with `_` or run together); ids from `GetRandomID18` (yymmddhhmmss
    and a random number);
  - the special/class page writer `RefreshSpecialSave.asp`: page 1 at `{SaveFilePath}/{EName}/index.{ext}`,
    page k ≥ 2 at `index_{k}.{ext}` of the same folder.
Guesses, said as such: the pager's words and markup (no Foosun pager text was found; written in the
`共N条 分K页 当前第K页 首页 上一页 下一页 尾页` style of ASP CMSs with a jump `<select>`), the `/html`
save path, the article template (发布时间 in VBScript's `Now` form `2026-10-12 9:31:45`, hour unpadded), the
信息公开 metadata table, every footer and the township's column names; an empty class page printing its
empty list table and a pager of 0 records. FoosunCMS predates the 2017 指引: no SiteName/ColumnName
metas. IIS sends `text/html` without a charset; the pages declare gb2312.

Every planted defect is an `Expected` entry written before the tool ran; things that must not be findings
are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 10, 20)
COUNTY = "宁川县"
TOWN = "青石镇"
GOV = "青石镇人民政府"
SITE_ID = "5119230007"
HTML = "text/html"  # IIS sends no charset; the pages say gb2312
GENERATED = datetime(2026, 10, 19, 16, 2, 11)  # the last 生成 run, in every page's version comment
DISCLOSURE_DOCS = r"^/html/zwgk/"  # every page of the 政务公开 templates


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    news_id: str  # GetRandomID18
    title: str
    when: datetime
    body: str = ""
    source: str = GOV
    fields: dict[str, str] | None = None
    links: str = ""
    files: list[tuple[str, str]] = field(default_factory=list)
    pic: str = ""
    red: bool = False  # TitleStyle: red and bold


@dataclass
class Col:
    ename: str
    name: str
    save: str  # SaveFilePath: "/html" or "/html/zwgk"
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 10
    rows: str = "td"  # td | table (文号) | pic
    dates: str = "ymd"  # ymd | cn (2026年09月15日) | md (10-14)
    cut: int = 0  # GotTopic's length (display columns), 0: whole titles
    note: str = ""
    date_path: bool = True  # articles under {year}-{month}/{day}/
    underscore: bool = False  # NewsFileName joined with "_"
    per_row: int = 1  # the label's RowNumberStr: items written side by side in one <tr>

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    @property
    def folder(self) -> str:
        return f"{self.save}/{self.ename}"

    def url(self, n: int = 1) -> str:
        return f"{self.folder}/index.html" if n == 1 else f"{self.folder}/index_{n}.html"

    def doc_url(self, d: Doc) -> str:
        w = d.when
        sep = "_" if self.underscore else ""
        name = sep.join((f"{w:%Y}", f"{w:%m}", f"{w:%d}", f"{w:%H}", f"{w:%M}", f"{w:%S}")) + sep + d.news_id[-5:]
        path = f"/{w.year}-{w.month}/{w.day}" if self.date_path else ""
        return f"{self.folder}{path}/{name}.html"


# ---------------------------------------------------------------- page shells

_NAV = (("网站首页", "/"), ("新闻中心", "/html/xwzx/index.html"), ("政务公开", "/html/zwgk/index.html"))


def _version() -> str:
    return (f"<!--Published Date:{GENERATED:%Y-%m-%d} {GENERATED.hour}:{GENERATED:%M:%S}   Powered by www.Foosun.net,"
            "Products:Foosun Content Manage system-->\r\n")


def _head(title: str, keywords: str) -> str:
    return ('<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\r\n'
            f'<title>{escape(title)}</title>\r\n<meta name="keywords" content="{escape(keywords)}">\r\n'
            f'<meta name="description" content="{GOV}">\r\n'
            '<link href="/Templets/qsz/css.css" rel="stylesheet" type="text/css">\r\n'
            '<script language="JavaScript" type="text/javascript" src="/FS_Inc/Prototype.js"></script>\r\n</head>')


def _footer(psb: bool = True, home: bool = False) -> str:
    ga = ('&nbsp;&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51192302000017" '
          'target="_blank"><img src="/Templets/qsz/images/ga.png" border="0">川公网安备 51192302000017号</a>') if psb else ""
    mark = ('<tr><td align="center"><script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' '
            '%3E%3C/span%3E%3Cscript src=\'https://dcs.conac.cn/js/23/000/0000/60487723/CA230000000604877230001.js\' '
            'type=\'text/javascript\'%3E%3C/script%3E"));</script>'
            f'<script id="_jiucuo_" sitecode="{SITE_ID}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></td></tr>') if home else ""
    return ('\r\n<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">\r\n'
            f'<tr><td align="center" height="26">主办：{GOV}&nbsp;&nbsp;承办：{TOWN}党政办公室&nbsp;&nbsp;'
            f'地址：{COUNTY}{TOWN}正街88号&nbsp;&nbsp;电话：0817-5210001</td></tr>\r\n'
            f'<tr><td align="center" height="26">网站标识码：{SITE_ID}&nbsp;&nbsp;'
            f'<a href="https://beian.miit.gov.cn" target="_blank">蜀ICP备09012345号-1</a>{ga}</td></tr>{mark}\r\n</table>')


def _top(current: str) -> str:
    tds = "".join(f'<td class="navon"><a href="{u}">{n}</a></td>' if u == current else f'<td><a href="{u}">{n}</a></td>'
                  for n, u in _NAV)
    return ('<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="top">\r\n'
            f'<tr><td height="120" background="/Templets/qsz/images/banner.jpg">&nbsp;</td></tr></table>\r\n'
            f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>{tds}</tr></table>')


def _page(title: str, body: str, keywords: str = GOV, current: str = "", psb: bool = True, home: bool = False) -> Resource:
    html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r\n<html>\r\n'
            f'{_head(title, keywords)}\r\n<body leftmargin="0" topmargin="0">\r\n{_top(current)}\r\n{body}{_footer(psb, home)}\r\n'
            f'</body>\r\n</html>\r\n{_version()}')
    return Resource(html.encode("gb2312"), HTML)


_SECTIONS = {"/html": ("新闻中心", "/html/xwzx/index.html"), "/html/zwgk": ("政务公开", "/html/zwgk/index.html")}


def _location(col: Col | None, save: str = "") -> str:
    name, url = _SECTIONS[col.save if col else save]
    parts = f'<a href="/">首页</a> &gt;&gt; <a href="{url}">{name}</a>'
    if col is not None:
        parts += f' &gt;&gt; <a href="{col.url()}">{col.name}</a>'
    return (f'<table width="100%" border="0" cellpadding="0" cellspacing="0" class="location"><tr><td height="28">'
            f'<img src="/Templets/qsz/images/home.gif" border="0" align="absmiddle"> 您现在的位置：{parts}</td></tr></table>')


# ---------------------------------------------------------------- lists

def _fmt(d: Doc, style: str) -> str:
    return {"ymd": f"{d.when:%Y-%m-%d}", "cn": f"{d.when:%Y年%m月%d日}", "md": f"{d.when:%m-%d}"}[style]


def _gottopic(title: str, n: int) -> str:
    """GotTopic: cut at n display columns (a CJK character counts 2), no ellipsis."""
    if not n:
        return escape(title)
    out, width = "", 0
    for ch in title:
        width += 2 if ord(ch) > 255 else 1
        out += ch
        if width >= n:
            break
    return escape(out)


def _styled(d: Doc, text: str) -> str:
    return f'<strong><font color="#FF0000">{text}</font></strong>' if d.red else text


_SPACER = '<tr><td height="1" background="/Templets/qsz/images/line.gif"></td></tr>\r\n'


def _rows(col: Col, docs: list[Doc]) -> str:
    if col.rows == "pic":
        cells = [f'<td align="center"><a href="{_a(col.doc_url(d))}"  title="{escape(d.title)}"><img src="{d.pic}" '
                        f'width="160" height="120" border="0"></a><br><a href="{_a(col.doc_url(d))}"  title="{escape(d.title)}">'
                        f'{_gottopic(d.title, 20)}</a></td>' for d in docs]
        trs = "".join("<tr>\r\n" + "".join(cells[i:i + 4]) + "</tr>\r\n" for i in range(0, len(cells), 4))
        return f'<table border="0" cellpadding="0" cellspacing="0" width="100%">\r\n{trs}</table>'
    if col.rows == "table":
        trs = "".join(f'<tr><td Height="24"><img src="/Templets/qsz/images/dot.gif" border="0">&nbsp;<a  href="{_a(col.doc_url(d))}"'
                      f'  title="{escape(d.title)}">{_styled(d, _gottopic(d.title, col.cut))}</a></td>'
                      f'<td align="center">{(d.fields or {}).get("文号", "")}</td>'
                      f'<td align="center"><span >{_fmt(d, col.dates)}</span></td></tr>\r\n' + _SPACER.replace("<td", '<td colspan="3"')
                      for d in docs)
        return ('<table border="0" cellpadding="0" cellspacing="0" width="100%">\r\n<tr class="th"><td>文件名称</td><td>文号</td>'
                f'<td>发布日期</td></tr>\r\n{trs}</table>')
    cells = [f'<td  Height="22"><img src="/Templets/qsz/images/dot.gif" border="0">&nbsp;<a  href="{_a(col.doc_url(d))}"'
             f'  title="{escape(d.title)}">{_styled(d, _gottopic(d.title, col.cut))}</a>&nbsp;&nbsp;<span >{_fmt(d, col.dates)}'
             '</span></td>\r\n' for d in docs]
    spacer = _SPACER.replace("<td", f'<td colspan="{col.per_row}"') if col.per_row > 1 else _SPACER
    trs = "".join("<tr>\r\n" + "".join(cells[i:i + col.per_row]) + "</tr>\r\n" + spacer for i in range(0, len(cells), col.per_row))
    return f'<table border="0" cellpadding="0" cellspacing="0" width="100%">\r\n{trs}</table>'


def _pager(col: Col, n: int) -> str:
    """Guessed: an ASP CMS pager over index.html / index_{k}.html with a jump menu."""
    total, pages = len(col.docs), col.pages if col.docs else 0
    if pages <= 1:
        return f'共<b>{total}</b>条记录&nbsp;&nbsp;分<b>{pages}</b>页&nbsp;&nbsp;首页&nbsp;上一页&nbsp;下一页&nbsp;尾页'
    name = lambda k: "index.html" if k == 1 else f"index_{k}.html"  # noqa: E731
    out = f'共<b>{total}</b>条记录&nbsp;&nbsp;分<b>{pages}</b>页&nbsp;&nbsp;当前第<font color="red"><b>{n}</b></font>页&nbsp;&nbsp;'
    out += (f'<a href="{name(1)}">首页</a>&nbsp;<a href="{name(n - 1)}">上一页</a>&nbsp;' if n > 1 else "首页&nbsp;上一页&nbsp;")
    out += (f'<a href="{name(n + 1)}">下一页</a>&nbsp;<a href="{name(pages)}">尾页</a>' if n < pages else "下一页&nbsp;尾页")
    opts = "".join(f'<option value="{name(k)}"{" selected" if k == n else ""}>第{k}页</option>' for k in range(1, pages + 1))
    return out + f'&nbsp;转到<select name="page" onChange="javascript:window.location=this.options[this.selectedIndex].value;">{opts}</select>'


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.seq = 0

    def doc(self, title: str, when: date, body: str = "", hour: int = 9, **kw: object) -> Doc:
        self.seq += 1
        at = datetime(when.year, when.month, when.day, hour % 24, (self.seq * 7) % 60, (self.seq * 13) % 60)
        news_id = f"{at:%y%m%d%H%M%S}{(self.seq * 7919) % 99999 + 1:05d}"
        return Doc(news_id, title, at, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def side(self, col: Col) -> str:
        items = [(c.url(), c.name) for c in self.cols if c.save == col.save]
        if col.save == "/html/zwgk":
            items = [*[(u, n) for u, n, _, _ in _SINGLES], *items, (DELETED_COLUMN, "机构设置")]
        trs = "".join(f'<tr><td height="26" class="{"subon" if u == col.url() else "sub"}"><a href="{_a(u)}">{n}</a></td></tr>'
                      for u, n in items)
        return (f'<td width="220" valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0" class="side">'
                f'<tr><td class="sidetitle">{_SECTIONS[col.save][0]}</td></tr>{trs}</table></td>')

    def list_page(self, col: Col, n: int, docs: list[Doc]) -> Resource:
        inner = (f'<table width="100%"><tr><td class="note">{col.note}</td></tr></table>' if col.note else
                 _rows(col, docs) + f'<table width="100%" border="0"><tr><td align="center" height="40" class="page">{_pager(col, n)}'
                 '</td></tr></table>')
        body = (f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>{self.side(col)}'
                f'<td width="10"></td><td valign="top">{_location(col)}\r\n<table width="100%" class="listtitle"><tr><td>{col.name}'
                f'</td></tr></table>\r\n{inner}\r\n</td></tr></table>')
        return _page(f"{col.name}-{GOV}", body, col.name, _SECTIONS[col.save][1], psb=col.save != "/html/zwgk")

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: d.when, reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n, col.docs[(n - 1) * col.per_page: n * col.per_page])
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for k, d in enumerate(col.docs):
                self.article(col, d, col.docs[k + 1] if k + 1 < len(col.docs) else None, col.docs[k - 1] if k else None)

    def article(self, col: Col, d: Doc, prev: Doc | None, nxt: Doc | None) -> None:
        info = ""
        if d.fields:
            cells = [f'<td class="label" width="15%">{k}：</td><td width="35%">{v}</td>' for k, v in d.fields.items()]
            info = ('<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC" class="gkinfo">'
                    + "".join('<tr bgcolor="#FFFFFF">' + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2))
                    + "</table>")
        files = "".join(f'<p>附件：<a href="{_a(h)}" target="_blank">{n}</a></p>' for h, n in d.files)
        pre = f'上一篇：<a href="{_a(col.doc_url(prev))}">{escape(prev.title)}</a>' if prev else "上一篇：没有了"
        post = f'下一篇：<a href="{_a(col.doc_url(nxt))}">{escape(nxt.title)}</a>' if nxt else "下一篇：没有了"
        w = d.when
        body = (f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">'
                f'{_location(col)}\r\n{info}<table width="100%" border="0" cellpadding="0" cellspacing="0" class="newsview">\r\n'
                f'<tr><td align="center" class="newstitle"><h1>{escape(d.title)}</h1></td></tr>\r\n'
                f'<tr><td align="center" class="newsinfo">发布时间：{w:%Y-%m-%d} {w.hour}:{w:%M:%S}&nbsp;&nbsp;来源：{d.source}'
                f'&nbsp;&nbsp;浏览次数：<script src="/Click.asp?NewsID={d.news_id}"></script>&nbsp;&nbsp;'
                '【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>\r\n'
                f'<tr><td class="newscontent" id="fontzoom">{d.body}{files}{d.links}</td></tr>\r\n'
                f'<tr><td class="prenext">{pre}<br>{post}</td></tr>\r\n</table></td></tr></table>')
        self.res[col.doc_url(d)] = _page(f"{d.title}-{GOV}", body, d.title, _SECTIONS[col.save][1],
                                         psb=col.save != "/html/zwgk")


def _paras(*texts: str) -> str:
    return "".join(f"<p>　　{t}</p>" for t in texts)


_SUBJECTS = ("召开党委扩大会议", "开展安全生产大检查", "推进乡村振兴示范片建设", "召开秋收秋种工作会",
             "督导人居环境整治", "开展新时代文明实践活动", "走访辖区重点企业", "部署森林草原防灭火工作",
             "举办农民丰收节活动", "推进农村饮水安全工程", "开展地质灾害应急演练", "召开招商引资推进会")
_VILLAGES = ("石桥村", "青龙村", "白果村", "新场村")
_GUIDE = "/html/zwgk/xxgkzn/index.html"
BROKEN_IMAGE = "/UpLoadFiles/NewsPhoto/2026-10/202610081052336542.jpg"
BROKEN_DOC = "/UpLoadFiles/Files/2026-9/20269121003225.doc"
DELETED = "/html/zhxw/2025-6/11/20250611100412.html"
BROKEN_BANNER = "/UpLoadFiles/AdPic/ningchuan-banner.jpg"
DELETED_COLUMN = "/html/zwgk/jgsz/index.html"


def _news(s: _Site) -> tuple[Col, Col]:
    zhxw = Col("zhxw", "综合新闻", "/html", per_page=15, cut=40)
    for i in range(38):
        zhxw.docs.append(s.doc(f"{TOWN}{_SUBJECTS[i % 12]}，全面落实县委县政府各项决策部署（第{i + 1}期）",
                               AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{TOWN}{_SUBJECTS[i % 12]}。", "会议要求，各村各站所要压实责任，确保各项工作落地见效。"),
                               source=f"{TOWN}党政办公室", red=i in (0, 4)))
    zhxw.docs[2].body += f'<p align="center"><img src="{BROKEN_IMAGE}" width="600" height="400" border="0"></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404（UpLoadFiles/NewsPhoto 路径）", probe="status:404"))
    zhxw.docs[5].body += f'<p>相关阅读：<a href="{DELETED}">我镇召开全镇经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    good = "/UpLoadFiles/NewsPhoto/2026-10/202610100931182273.jpg"
    zhxw.docs[9].body += f'<p align="center"><img src="{good}" width="600" border="0"></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    s.traps.append(Trap(zhxw.url(), "列表标题被 GotTopic 截断（无省略号），完整标题只在 title 属性里；部分标题红色加粗"))

    zcdt = Col("zcdt", "村镇动态", "/html", per_page=12, dates="cn", per_row=2)  # two items a row (RowNumberStr=2)
    for i in range(23):
        zcdt.docs.append(s.doc(f"{_VILLAGES[i % 4]}{_SUBJECTS[(i + 5) % 12]}", date(2026, 9, 15) - timedelta(days=i * 8), hour=8 + i % 9))
    s.key.append(Expected("stale-columns", zcdt.url(), "动态类栏目最新信息 2026年09月15日，超过 14 天（页尾的 Published Date 是生成时间）",
                          probe="newest:2026-09-15"))

    tzgg = Col("tzgg", "通知公告", "/html", per_page=12, dates="md", date_path=False)
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于做好{('秋冬季森林防火', '国庆假期安全', '冬季清洁取暖', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 10, 14) - timedelta(days=i * 12)))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 6, 8),
                           _paras("经清理，继续有效的行政规范性文件11件，宣布失效2件，废止1件。", GOV, "2026年6月8日")))
    tzgg.docs[3].files.append((BROKEN_DOC, "报名登记表.doc"))
    s.key.append(Expected("broken-links", BROKEN_DOC, "通知附件 404", probe="status:404"))
    ok_file = "/UpLoadFiles/Files/2026-9/20269201421109.pdf"
    tzgg.docs[5].files.append((ok_file, "实施方案.pdf"))
    s.res[ok_file] = Resource(fake_pdf("notice"), "application/pdf")
    s.traps.append(Trap(tzgg.url(), "列表只显示月日（10-14），文章有完整日期，最新 2026-10-14：不陈旧"))

    tpxw = Col("tpxw", "图片新闻", "/html", per_page=8, rows="pic")
    for i in range(13):
        d = s.doc(f"{TOWN}{_SUBJECTS[(i + 8) % 12]}（图）", AS_OF - timedelta(days=2 + i * 4))
        d.pic = f"/UpLoadFiles/NewsPhoto/2026-10/2026100{i % 9 + 1}1{i:02d}03{i:03d}.jpg"
        s.res[d.pic] = Resource(tiny_png(), "image/jpeg")
        tpxw.docs.append(d)
    s.traps.append(Trap(tpxw.url(), "只有图片和标题、不显示日期的图片新闻列表；文章最新 2026-10-18：不陈旧，不是空栏目"))
    s.cols += [zhxw, zcdt, tzgg, tpxw]
    return zhxw, tzgg


# Normative documents (subject, defect): missing / late / unlinked / meta:<label>
_NORMATIVE = (("农村集体“三资”管理", ""), ("场镇停车秩序管理", "missing"), ("村级财务审批管理", "meta:文号"),
              ("镇村公益事业建设管理", "late"), ("农村危房改造补助资金管理", ""), ("农村人居环境长效管护", ""),
              ("农村宅基地审批管理", "meta:有效性"), ("集体林权流转管理", ""))
_POLICY = (("加快民营经济发展", ""), ("推进乡村振兴示范片建设", "unlinked"), ("稳就业促增收若干措施", ""),
           ("促进乡村旅游发展", "missing"))


def _disclosure(s: _Site) -> list[tuple[str, Doc]]:
    gk = "/html/zwgk"
    gfx = Col("gfxwj", "规范性文件", gk, per_page=6, rows="table", date_path=False, underscore=True, cut=30)
    zcwj = Col("zcwj", "政策文件", gk, rows="table", date_path=False, underscore=True)
    zcjd = Col("zcjd", "政策解读", gk, per_page=8, date_path=False, underscore=True)
    plans: list[tuple[Col, Doc, str]] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 9, 25) - timedelta(days=27 * k)
        d = s.doc(f"{GOV}关于印发《{TOWN}{subject}办法》的通知", when, hour=10)
        d.fields = {"索引号": f"11511923MB1234567Q/{when.year}-{k + 21:05d}", "主题分类": "综合政务",
                    "发布机构": GOV, "文号": f"青府规〔{when.year}〕{9 - k}号", "成文日期": f"{when - timedelta(days=3):%Y年%m月%d日}",
                    "发布日期": f"{when:%Y年%m月%d日}", "有效性": "有效"}
        if defect == "meta:文号":
            d.fields["文号"] = ""
        elif defect == "meta:有效性":
            del d.fields["有效性"]
        gfx.docs.append(d)
        plans.append((gfx, d, defect))
    for k, (subject, defect) in enumerate(_POLICY):
        when = date(2026, 10, 9) - timedelta(days=33 * k)
        d = s.doc(f"{GOV}关于{subject}的实施意见", when, hour=11)
        d.fields = {"索引号": f"11511923MB1234567Q/{when.year}-{k + 61:05d}", "主题分类": "综合政务",
                    "发布机构": GOV, "文号": f"青府发〔{when.year}〕{30 - k}号", "成文日期": f"{when - timedelta(days=2):%Y年%m月%d日}",
                    "发布日期": f"{when:%Y年%m月%d日}"}
        zcwj.docs.append(d)
        plans.append((zcwj, d, defect))
    for col, d, defect in plans:
        short = d.title.split("《")[1].split("》")[0] if "《" in d.title else d.title.split("关于")[1].removesuffix("的实施意见")
        d.body = _paras("各村（社区），镇属各单位：", f"现将《{short}》印发给你们，请认真遵照执行。", GOV,
                        f"{d.when.year}年{d.when.month}月{d.when.day}日")
        url = col.doc_url(d)
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{defect[5:]}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"{col.name}《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 18 if defect == "late" else s.seq % 3
        i = s.doc((f"《{short}》政策解读", f"图解《{short}》", f"关于《{short}》的解读")[s.seq % 3], d.when.date() + timedelta(days=lag),
                  _paras("一、制定背景", "二、主要内容", "三、保障措施"), hour=15, source=f"{TOWN}党政办公室")
        if defect != "unlinked":
            i.links = f'<p class="xgwj">相关文件：<a href="{_a(url)}">{escape(d.title)}</a></p>'
            d.links = f'<p class="xgjd">相关解读：<a href="{_a(zcjd.doc_url(i))}">{escape(i.title)}</a></p>'
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        zcjd.docs.append(i)

    rsxx = Col("rsxx", "人事信息", gk, date_path=False, underscore=True)
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('张', '刘', '赵', '孙')[n % 4]}某某等同志职务任免的通知", date(2025, 7, 20) - timedelta(days=70 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-07-20，超过 1 年", probe="newest:2025-07-20"))
    czzj = Col("czzj", "财政资金", gk)
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（空列表表格，分页只有“共0条记录”）", probe="no-rows"))
    zdjs = Col("zdjsxm", "重大建设项目", gk, note="情况说明：2026年度本镇无政府投资重大建设项目，项目批准和实施信息将在立项后及时公开。")
    s.traps.append(Trap(zdjs.url(), "只有情况说明的栏目不是空白栏目"))
    ndbg = Col("ndbg", "政府信息公开年报", gk, date_path=False, underscore=True, cut=26)  # GotTopic: 13 characters
    # A township reports by 1 月 31 日 (govaudit's annual-report rules for 乡镇、街道).
    published = {2025: date(2026, 1, 20), 2024: date(2025, 3, 20), 2022: date(2023, 1, 31), 2021: date(2022, 1, 25),
                 2020: date(2021, 1, 28)}
    for year, when in published.items():
        title = f"{TOWN}{year}年度政府信息公开工作报告" if year == 2025 else f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 7), hour=10)
        ndbg.docs.append(d)
        if year == 2024:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2024 年度报告 2025-03-20 发布，晚于乡镇的 1 月 31 日",
                                  match=(TOWN, "2024"), probe="late:2025-01-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在截止日 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2023 年度政府信息公开工作年度报告",
                          match=(TOWN, "2023"), probe="no-report:2023"))
    s.cols += [gfx, zcwj, zcjd, rsxx, czzj, zdjs, ndbg]
    return [(c.doc_url(d), d) for c in (zcwj, gfx) for d in c.docs[:3]]


_SINGLES = ((_GUIDE, "政府信息公开指南", "2026-2-26",
             _paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。", "一、主动公开　二、依申请公开　三、监督和救济")),
            ("/html/zwgk/xxgkzd/index.html", "政府信息公开制度", "",
             _paras("本镇建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。")),
            ("/html/zwgk/ysqgk/index.html", "依申请公开", "",
             _paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：镇党政办公室。")))


def _singles(s: _Site) -> None:
    """Foosun's 单页面 (the guide dated, the others not): pages, not columns."""
    for url, name, when, text in _SINGLES:
        col = Col(url.split("/")[-2], name, "/html/zwgk")
        shown = f'<tr><td align="center" class="newsinfo">更新时间：{when}</td></tr>' if when else ""
        body = (f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>{s.side(col)}<td width="10"></td>'
                f'<td valign="top">{_location(col)}<table width="100%" class="newsview"><tr><td align="center" class="newstitle">'
                f'<h1>{name}</h1></td></tr>{shown}<tr><td class="newscontent">{text}</td></tr></table></td></tr></table>')
        s.res[url] = _page(f"{name}-{GOV}", body, name, "/html/zwgk/index.html", psb=False)
        if not when:
            s.traps.append(Trap(url, "无日期的单页面，不是栏目"))


def _channels(s: _Site) -> None:
    """新闻中心 and 政务公开 channel pages: each child class's newest rows (SelfClass) with a 更多 link; not columns."""
    for save, (name, url) in _SECTIONS.items():
        blocks = "".join(
            f'<table width="100%" border="0" cellpadding="0" cellspacing="0" class="block"><tr><td class="blocktitle">{c.name}</td>'
            f'<td align="right"><a href="{c.url()}">更多&gt;&gt;</a></td></tr><tr><td colspan="2">'
            + _rows(Col(c.ename, c.name, c.save, c.docs[:6], cut=36, date_path=c.date_path, underscore=c.underscore), c.docs[:6])
            + "</td></tr></table>" for c in s.cols if c.save == save and c.docs and c.rows != "pic")
        if save == "/html/zwgk":
            tops = "".join(f'<td><a href="{u}">{n}</a></td>' for u, n, _, _ in _SINGLES)
            blocks = (f'<table width="100%" class="gktop"><tr>{tops}</tr></table>'
                      f'<table width="100%" class="listtitle"><tr><td>法定主动公开内容</td></tr></table>{blocks}')
        body = (f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>{_location(None, save)}'
                f'{blocks}</td></tr></table>')
        s.res[url] = _page(f"{name}-{GOV}", body, name, url, psb=save != "/html/zwgk")
        s.traps.append(Trap(url, f"{name}是频道页（各子栏目的区块和“更多”链接），不是栏目"))


def _home(s: _Site, zhxw: Col, tzgg: Col, gk: list[tuple[str, Doc]]) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<table width="100%" border="0" cellpadding="0" cellspacing="0" class="block"><tr><td class="blocktitle">{title}</td>'
                f'<td align="right"><a href="{_a(more)}">更多&gt;&gt;</a></td></tr><tr><td colspan="2">'
                f'<table border="0" cellpadding="0" cellspacing="0" width="100%">\r\n{rows}</table></td></tr></table>')
    yw = "".join(f'<tr>\r\n<td Height="22"><a  href="{zhxw.doc_url(d)}"  title="{escape(d.title)}">{_styled(d, _gottopic(d.title, 36))}'
                 f'</a>&nbsp;&nbsp;<span >{d.when:%m-%d}</span></td>\r\n</tr>\r\n' for d in zhxw.docs[:8])
    # The notice block: SelfClass with ShowClassCNName (a linked [通知公告]) and TitleShowReview (评论).
    tz = "".join(f'<tr>\r\n<td Height="22"><a  href="{tzgg.url()}" >[通知公告]</a>&nbsp;<a  href="{tzgg.doc_url(d)}"  '
                 f'title="{escape(d.title)}">{_gottopic(d.title, 30)}</a>    <a href="/NewsReview.asp?NewsID={d.news_id}">评论</a>'
                 f'&nbsp;&nbsp;<span >{d.when:%m-%d}</span></td>\r\n</tr>\r\n' for d in tzgg.docs[:6])
    gkrows = "".join(f'<tr>\r\n<td Height="22"><a  href="{_a(u)}"  title="{escape(d.title)}">{_gottopic(d.title, 36)}</a>'
                     f'&nbsp;&nbsp;<span >{d.when:%m-%d}</span></td>\r\n</tr>\r\n' for u, d in gk)
    body = ('<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="index"><tr><td valign="top" width="50%">'
            + block("综合新闻", zhxw.url(), yw) + '</td><td valign="top">' + block("通知公告", tzgg.url(), tz)
            + block("政务公开", "/html/zwgk/index.html", gkrows) + '</td></tr>'
            + f'<tr><td colspan="2" align="center"><a href="http://www.ningchuan.gov.cn/" target="_blank"><img src="{BROKEN_BANNER}" '
            'border="0" alt="宁川县人民政府"></a></td></tr></table>')
    s.res["/index.html"] = s.res["/"] = _page(GOV, body, GOV, "/", home=True)
    s.traps.append(Trap("/", "GB2312 页面，HTTP 头不带 charset，编码只写在 meta；页尾是 Foosun 生成时间注释"))
    s.traps.append(Trap(f"/NewsReview.asp?NewsID={tzgg.docs[0].news_id}", "首页通知的“评论”链接是评论页，不是文档，不是坏链"))
    s.key.append(Expected("broken-links", BROKEN_BANNER, "首页县政府横幅图片 404", probe="status:404"))
    s.key.append(Expected("broken-links", DELETED_COLUMN, "政务公开侧栏“机构设置”指向已删除的栏目（404）", probe="status:404"))


NOT_FOUND = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">\r\n<HTML><HEAD>'
             '<TITLE>找不到网页</TITLE>\r\n<META HTTP-EQUIV="Content-Type" Content="text/html; charset=GB2312"></HEAD>\r\n'
             '<BODY><h2>找不到网页</h2><p>HTTP 错误 404 - 文件或目录未找到。<br>Internet 信息服务 (IIS)</p></BODY></HTML>\r\n')


def _review(news_id: str) -> Resource:
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>新闻评论</title></head>'
            f'<body><table width="98%" align="center"><tr><td class="xingmu">新闻评论</td></tr><tr><td>暂无评论</td></tr>'
            f'<tr><td><form method="post" action="NewsReview.asp?NewsID={news_id}&Action=Add"><textarea name="Content"></textarea>'
            '<input type="submit" value="发表评论"></form></td></tr></table></body></html>')
    return Resource(html.encode("gb2312"), HTML)


class FoosunSite(SampleSite):
    """NewsReview.asp answers any NewsID with its (empty) review page."""

    def lookup(self, path: str, query: str) -> Resource:
        res = super().lookup(path, query)
        if res is self.not_found and path == "/NewsReview.asp" and query.startswith("NewsID="):
            return _review(query.split("=", 1)[1])
        return res


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"foosun offers only the small size, not {size!r}")
    s = _Site()
    zhxw, tzgg = _news(s)
    gk = _disclosure(s)
    s.render()
    _singles(s)
    _channels(s)
    _home(s, zhxw, tzgg, gk)
    for img in ("banner.jpg", "home.gif", "dot.gif", "line.gif", "ga.png"):
        s.res[f"/Templets/qsz/images/{img}"] = Resource(tiny_png(), "image/gif")
    s.res["/Templets/qsz/css.css"] = Resource(b"body{font-size:12px}", "text/css")
    s.res["/FS_Inc/Prototype.js"] = Resource(b"/* Foosun */", "application/x-javascript")
    for col in s.cols:
        for d in col.docs:
            s.res[f"/Click.asp?NewsID={d.news_id}"] = Resource(b"document.write('12');", "application/x-javascript")
    gfx = next(c for c in s.cols if c.ename == "gfxwj")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "政务公开模板（列表和文章页）页脚缺公安机关备案号（公网安备）",
                          probe="footer-lacks:公网安备", url_pattern=DISCLOSURE_DOCS))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "风讯页面只有 keywords 和 description", probe="no-meta-tags", url_pattern=r"^/"))
    return FoosunSite("foosun", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode("gb2312"), HTML, 404),
                      s.key, s.traps, frozenset())
