"""The "phpcms" sample site: a county government's PHPCMS v9 site (云溪县人民政府), UTF-8 with a BOM.

Written from PHPCMS v9's own templates and URL rules, as county sites run them: the news area
is pseudo-static (`/list-{catid}-{page}.html` lists, `/show-{catid}-{id}-1.html` articles),
the disclosure area runs on the dynamic URLs (`/index.php?m=content&c=index&a=lists&catid=32`
paged with `&page=2`, articles `…&a=show&catid=32&id=345`). The CMS's `pages()` pager (`<a
class="a1">25条</a> 上一页 <span>1</span> 2 下一页`), its breadcrumb that ends in the words
列表 / 正文 instead of the page's own name (`catpos($catid)` + 列表), rows whose date floats
before the title (`<span class="rt">`), dates as `2026-05-06`, `2026/5/6`, `2026年05月06日`,
`[05-06]`, metadata as `<li><b>索 引 号：</b>…</li>`, a left menu whose current item is the
anchor's `class="hover"`, single pages (PHPCMS 单网页) without a date, and the CMS's
`showmessage()` page ("提示信息 … 信息不存在") served with status 200 for every unknown
content URL while uploads 404 for real. List, hub and single pages share a footer without the
公网安备. The defect table generates both the pages and the answer key; everything not in the
key is compliant as of AS_OF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
ORG = "云溪县人民政府"
BOM = b"\xef\xbb\xbf"
DYN = "/index.php?m=content&c=index&a="


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    meta: dict[str, str] | None = None
    number: str = ""
    thumb: str = ""


@dataclass
class Cat:
    catid: int
    name: str
    parent: str  # "news" (pseudo-static) | "xxgk" (dynamic URLs)
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 8
    style: str = "ul"  # ul | table | picture | bare
    date_fmt: str = "iso"  # iso | slash | cn | bracket
    empty: str | None = None  # the empty list area: a marker row, or None
    note: str = ""  # a 情况说明 instead of rows

    def url(self, page: int = 1) -> str:
        if self.parent == "news":
            return f"/list-{self.catid}-{page}.html"
        return f"{DYN}lists&catid={self.catid}" + (f"&page={page}" if page > 1 else "")

    def doc_url(self, d: Doc) -> str:
        if self.parent == "news":
            return f"/show-{self.catid}-{d.id}-1.html"
        return f"{DYN}show&catid={self.catid}&id={d.id}"

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))


def _fmt(d: date, style: str) -> str:
    return {"iso": f"{d:%Y-%m-%d}", "slash": f"{d.year}/{d.month}/{d.day}", "cn": f"{d:%Y年%m月%d日}",
            "bracket": f"[{d:%Y-%m-%d}]"}[style]


def _href(url: str) -> str:
    return escape(url, quote=True)


SITE_META = ('<meta name="SiteName" content="云溪县人民政府"><meta name="SiteDomain" content="www.yunxi.gov.cn">'
             '<meta name="SiteIDCode" content="4312250001">')
FOOT_FULL = ('<div class="footer"><p>主办：云溪县人民政府办公室　承办：云溪县数据局　地址：云溪县迎宾路1号</p>'
             '<p>网站标识码：4312250001　<a href="https://beian.miit.gov.cn" target="_blank">湘ICP备10204567号</a>　'
             '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43122502000105">'
             '湘公网安备 43122502000105号</a></p></div>')
# The list/channel/single-page template's footer: no 公网安备 (a planted footer defect).
FOOT_LIST = ('<div class="footer"><p>主办：云溪县人民政府办公室　承办：云溪县数据局　地址：云溪县迎宾路1号</p>'
             '<p>网站标识码：4312250001　<a href="https://beian.miit.gov.cn" target="_blank">湘ICP备10204567号</a></p></div>')
FOOT_HOME = FOOT_FULL.replace("</div>", '<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1C2D3E4F">'
                              '<img src="/statics/images/red.png" alt="党政机关"></a>'
                              '<script id="_jiucuo_" sitecode="4312250001" '
                              'src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p></div>')

TOPNAV = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/list-1-1.html">新闻中心</a></li>'
          f'<li><a href="{_href(DYN + "lists&catid=30")}">信息公开</a></li>'
          '<li><a href="/list-50-1.html">政务服务</a></li></ul></div>')


def _html(title: str, body: str, foot: str, meta: str = "") -> Resource:
    page = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{title}</title><meta name="keywords" content="云溪县,云溪县人民政府">'
            f'<meta name="description" content="云溪县人民政府门户网站">{SITE_META}{meta}'
            '<link href="/statics/css/reset.css" rel="stylesheet" type="text/css" /></head><body>'
            f'<div class="header"><div class="logo"><a href="/"><img src="/statics/images/logo.png" alt="{ORG}"></a></div>'
            f'{TOPNAV}</div>{body}{foot}</body></html>')
    return Resource(BOM + page.encode("utf-8"), "text/html")


def _column_meta(name: str) -> str:
    return (f'<meta name="ColumnName" content="{name}"><meta name="ColumnDescription" content="{name}">'
            f'<meta name="ColumnKeywords" content="{name}"><meta name="ColumnType" content="{name}">')


def _crumb(parent: tuple[str, str], cat: Cat, tail: str) -> str:
    """PHPCMS catpos(): every level linked, then the words 列表 or 正文."""
    return (f'<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="{_href(parent[1])}">{parent[0]}</a> &gt; '
            f'<a href="{_href(cat.url())}">{cat.name}</a> &gt;  {tail}</div>')


def _pager(cat: Cat, n: int) -> str:
    """PHPCMS v9 pages(): nothing for a single page."""
    if cat.pages < 2:
        return ""
    prev = cat.url(max(1, n - 1))
    nums = "".join(f"<span>{k}</span>" if k == n else f' <a href="{_href(cat.url(k))}">{k}</a>'
                   for k in range(1, cat.pages + 1))
    nxt = cat.url(min(cat.pages, n + 1))
    return (f'<div id="pages" class="text-c"><a class="a1">{len(cat.docs)}条</a> '
            f'<a href="{_href(prev)}" class="a1">上一页</a> {nums} <a href="{_href(nxt)}" class="a1">下一页</a></div>')


_CURRENT, _HOVER = ' class="current"', ' class="hover"'


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cats: list[Cat] = []
        self.next_id = 300

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 1
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def parent_of(self, cat: Cat) -> tuple[str, str]:
        return ("新闻中心", "/list-1-1.html") if cat.parent == "news" else ("信息公开", DYN + "lists&catid=30")

    def menu(self, cat: Cat) -> str:
        siblings = [c for c in self.cats if c.parent == cat.parent]
        if cat.parent == "news":
            items = "".join(f'<li{_CURRENT if c is cat else ""}><a href="{_href(c.url())}">{c.name}</a></li>'
                            for c in siblings)
            return f'<div class="col-left"><div class="box"><h5 class="title-2">新闻中心</h5><ul class="sub-menu">{items}</ul></div></div>'
        items = "".join(f'<li><a href="{_href(c.url())}"{_HOVER if c is cat else ""}>{c.name}</a></li>'
                        for c in siblings)
        return f'<div class="gk-left"><h3>政府信息公开</h3><ul class="gk-menu">{items}</ul></div>'

    def rows(self, cat: Cat, docs: list[Doc]) -> str:
        if cat.style == "bare":  # the template prints nothing at all when the category has no content
            return ""
        if cat.style == "table":
            body = "".join(f'<tr><td class="tl"><a href="{_href(cat.doc_url(d))}" title="{d.title}" target="_blank">{d.title}</a></td>'
                           f"<td>{d.number}</td><td>{_fmt(d.when, cat.date_fmt)}</td></tr>" for d in docs)
            if not docs and cat.empty:
                body = f'<tr><td colspan="3" class="no-data">{cat.empty}</td></tr>'
            return ('<table class="gk-list" width="100%"><thead><tr><th width="60%">名称</th><th>发文字号</th>'
                    f"<th>发布日期</th></tr></thead><tbody>{body}</tbody></table>")
        if cat.style == "picture":
            return '<ul class="photo-list">' + "".join(
                f'<li><div class="img-wrap"><a href="{_href(cat.doc_url(d))}"><img src="{d.thumb}" alt="{d.title}" /></a></div>'
                f'<span><a href="{_href(cat.doc_url(d))}" title="{d.title}">{d.title}</a></span>'
                f'<em>{_fmt(d.when, cat.date_fmt)}</em></li>' for d in docs) + "</ul>"
        items = "".join(f'<li><span class="rt">{_fmt(d.when, cat.date_fmt)}</span>·'
                        f'<a href="{_href(cat.doc_url(d))}" target="_blank" title="{d.title}">{d.title}</a></li>' for d in docs)
        if not docs and cat.empty:
            items = f"<li>{cat.empty}</li>"
        return f'<ul class="list lh24 f14">{items}</ul>'

    def column(self, cat: Cat) -> None:
        self.cats.append(cat)

    def render(self) -> None:
        for cat in self.cats:
            cat.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            for n in range(1, cat.pages + 1):
                chunk = cat.docs[(n - 1) * cat.per_page: n * cat.per_page]
                inner = f'<div class="note">{cat.note}</div>' if cat.note else self.rows(cat, chunk) + _pager(cat, n)
                body = (f'{_crumb(self.parent_of(cat), cat, "列表")}<div class="main">{self.menu(cat)}'
                        f'<div class="col-auto"><div class="box"><h5 class="title-2">{cat.name}</h5>{inner}</div></div></div>')
                self.res[cat.url(n)] = _html(f"{cat.name} - {ORG}", body, FOOT_LIST, _column_meta(cat.name))
                if n > 1:
                    self.traps.append(Trap(cat.url(n), LATER_PAGE))
            for d in cat.docs:
                self.article(cat, d)

    def article(self, cat: Cat, d: Doc) -> None:
        if cat.parent == "news":
            head = (f'<h1>{d.title}<br /><span>{d.when:%Y-%m-%d} 09:{d.id % 60:02d}:{d.id % 53:02d}&nbsp;&nbsp;&nbsp;'
                    f"来源：云溪县融媒体中心&nbsp;&nbsp;&nbsp;</span></h1>")
            info = ""
        else:
            head = f'<h1>{d.title}</h1><div class="info">发布时间：{d.when:%Y年%m月%d日}　来源：{ORG}</div>'
            info = ('<div class="gk-info"><ul>' + "".join(f"<li><b>{k}：</b>{v}</li>" for k, v in d.meta.items())
                    + "</ul></div>") if d.meta else ""
        body = (f'{_crumb(self.parent_of(cat), cat, "正文")}<div class="main"><div id="Article">{info}{head}'
                f'<div class="content">{d.body}</div></div></div>')
        meta = (f'<meta name="ArticleTitle" content="{d.title}"><meta name="PubDate" content="{d.when:%Y-%m-%d} 09:00">'
                f'<meta name="ContentSource" content="{ORG}">')
        self.res[cat.doc_url(d)] = _html(f"{d.title} - {ORG}", body, FOOT_FULL, meta)

    def single(self, cat: Cat, text: str) -> None:
        """A PHPCMS 单网页 (type 1 category): the page's own text, no list and no date."""
        self.cats.append(cat)  # in the menu, but rendered here
        body = (f'{_crumb(self.parent_of(cat), cat, "列表")}<div class="main">{{menu}}<div class="col-auto"><div class="box">'
                f'<h5 class="title-2">{cat.name}</h5><div class="page-content">{text}</div></div></div></div>')
        self._singles.append((cat, body))

    _singles: list[tuple[Cat, str]]


SHOWMESSAGE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html><head>'
               '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>提示信息</title>'
               '<style type="text/css">*{padding:0;margin:0;font-size:12px}.showMsg{border:1px solid #1e64c8;'
               'zoom:1;width:450px;height:172px;position:absolute;top:50%;left:50%;margin:-87px 0 0 -225px}'
               '</style></head><body><div class="showMsg" style="text-align:center"><h5>提示信息</h5>'
               '<div class="content guery" style="display:inline-block;display:-moz-inline-stack;zoom:1;'
               '*display:inline;max-width:330px">信息不存在或者已经被删除！</div><div class="bottom">'
               '<a href="javascript:history.back();" >[点这里返回上一页]</a></div></div></body></html>')
NGINX_404 = "<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>"


@dataclass
class PhpcmsSite(SampleSite):
    """PHPCMS answers every unknown content URL (`/show-…`, `/list-…`, `/index.php?…`) with its
    status-200 showmessage page; anything else (uploads, images) is a real 404."""

    soft: Resource | None = None

    def lookup(self, path: str, query: str) -> Resource:
        res = super().lookup(path, query)
        if res is self.not_found and self.soft and (path == "/index.php" or path.startswith(("/show-", "/list-"))):
            return self.soft
        return res


SUBJECTS = ("农村人居环境整治", "城乡供水一体化", "义务教育均衡发展", "医疗卫生服务能力提升", "安全生产专项整治",
            "森林防火", "营商环境优化", "乡村振兴产业发展", "文明城市创建", "防汛抗旱", "民生实事项目", "市场主体培育")


def build(size: str = "small") -> SampleSite:
    """Generate the site and its answer key."""
    s = _Site()
    s._singles = []
    key, traps = s.key, s.traps
    png = tiny_png()
    for path in ("/statics/images/logo.png", "/statics/images/red.png"):
        s.res[path] = Resource(png, "image/png")
    s.res["/statics/css/reset.css"] = Resource(b"body{margin:0}", "text/css")

    # 新闻中心 (pseudo-static): fresh 云溪要闻 over 3 pages, stale 乡镇动态, fresh 图片新闻, fresh 通知公告.
    yw = Cat(2, "云溪要闻", "news", per_page=10)
    for i in range(24):
        when = AS_OF - timedelta(days=1 + i * 4)
        yw.docs.append(s.doc(f"云溪县召开{SUBJECTS[i % 12]}工作推进会（{i + 1}）", when))
    yw.docs[5].body += '<p>延伸阅读：<a href="/show-2-99999-1.html">我县召开全县经济工作会议</a></p>'
    key.append(Expected("broken-links", "/show-2-99999-1.html", "链接指向已删除的文章（PHPCMS 提示信息页，状态 200）",
                        probe="soft404"))
    xz = Cat(3, "乡镇动态", "news", date_fmt="slash")
    for i in range(12):
        xz.docs.append(s.doc(f"{('清溪镇', '石门乡', '白沙镇')[i % 3]}开展{SUBJECTS[(i + 3) % 12]}工作（{i + 1}）",
                             date(2026, 10, 24) - timedelta(days=i * 11)))
    key.append(Expected("stale-columns", xz.url(), "动态类栏目最新信息 2026-10-24，超过 14 天", probe="newest:2026-10-24"))
    tp = Cat(4, "图片新闻", "news", style="picture", date_fmt="cn", per_page=6)
    for i in range(9):
        d = s.doc(f"图说云溪：{SUBJECTS[(i + 5) % 12]}现场（{i + 1}）", AS_OF - timedelta(days=2 + i * 6))
        d.thumb = f"/uploadfile/2026/thumb/{d.id}.png"
        s.res[d.thumb] = Resource(png, "image/png")
        tp.docs.append(d)
    bad_img = "/uploadfile/2026/1102/20261102151230211.jpg"
    tp.docs[2].body += f'<p style="text-align:center"><img src="{bad_img}" alt="现场" /></p>'
    key.append(Expected("broken-links", bad_img, "正文图片不存在（404）", probe="status:404"))
    traps.append(Trap(tp.url(), "图片新闻的行以缩略图链接开头，不是空白栏目"))
    tzgg = Cat(5, "通知公告", "news", date_fmt="cn")
    for i in range(11):
        tzgg.docs.append(s.doc(f"关于做好{SUBJECTS[(i + 7) % 12]}有关工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=6 + i * 17)))
    bad_pdf = "/uploadfile/2026/0812/20260812093015482.pdf"
    tzgg.docs[3].body += f'<p>附件：<a href="{bad_pdf}">申报表.pdf</a></p>'
    tzgg.docs[5].body += '<p>附件：<a href="/uploadfile/2026/0701/20260701101010101.pdf">实施方案.pdf</a></p>'
    s.res["/uploadfile/2026/0701/20260701101010101.pdf"] = Resource(fake_pdf("notice"), "application/pdf")
    key.append(Expected("broken-links", bad_pdf, "通知附件不存在（404）", probe="status:404"))
    tzgg.docs.append(s.doc(f"{ORG}关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           "<p>经清理，继续有效的行政规范性文件18件，宣布失效3件，废止2件。</p>"))
    for cat in (yw, xz, tp, tzgg):
        s.column(cat)

    # 信息公开 (dynamic URLs).
    jgzn = Cat(31, "机构职能", "xxgk")
    s.single(jgzn, f"<p>{ORG}是县级国家行政机关，主要职责：执行本级人民代表大会及其常务委员会的决议，"
                   "管理本县的经济、教育、科学、文化、卫生、体育事业和财政、民政、公安等行政工作。</p>")
    traps.append(Trap(jgzn.url(), "机构职能是无日期的单网页，不是空栏目也不是不更新栏目"))
    zcwj = Cat(32, "政策文件", "xxgk", style="table", per_page=4)
    gfx = Cat(33, "规范性文件", "xxgk", style="table", per_page=10)
    zcjd = Cat(34, "政策解读", "xxgk", date_fmt="bracket")
    # (subject index, normative?, defect): missing / late / unlinked / meta:<label>
    papers = [(0, False, ""), (1, False, "missing"), (2, False, "late"), (3, False, ""), (4, False, ""),
              (5, True, ""), (6, True, "unlinked"), (7, True, "meta:发文字号"), (8, True, "meta:成文日期"),
              (9, True, "missing"), (10, True, "")]
    for k, (subj, normative, defect) in enumerate(papers):
        when = AS_OF - timedelta(days=12 + 25 * (10 - k))
        name = SUBJECTS[subj]
        number = f"云政规〔2026〕{k - 4}号" if normative else f"云政发〔2026〕{k + 2}号"
        short = f"云溪县{name}管理办法" if normative else f"关于推进{name}的实施意见"
        title = f"{ORG}关于印发《{short}》的通知" if normative else f"{ORG}{short}"
        meta = {"索 引 号": f"114312250059876543/2026-{k + 11:05d}", "发文机关": ORG, "成文日期": f"{when - timedelta(days=4):%Y-%m-%d}",
                "发布日期": f"{when:%Y-%m-%d}", "发文字号": number}
        if normative:
            meta["有 效 性"] = "有效" if k % 2 else "有效期至2031年6月30日"
        shown_number = number
        if defect == "meta:发文字号":
            meta["发文字号"] = ""  # label shown, value left blank
            shown_number = ""
        elif defect == "meta:成文日期":
            del meta["成文日期"]
        doc = s.doc(title, when, f"<p>各乡镇人民政府，县直各单位：</p><p>现将《{short}》印发给你们，请认真贯彻执行。</p>",
                    meta=meta, number=shown_number)
        cat = gfx if normative else zcwj
        cat.docs.append(doc)
        if defect != "missing":
            lag = 20 if defect == "late" else k % 2
            it_title = (f"《{short}》政策解读", f"一图读懂《{short}》", f"关于《{short}》的解读")[k % 3]
            back = "" if defect == "unlinked" else f'<p>相关文件：<a href="{_href(cat.doc_url(doc))}">{title}</a></p>'
            interp = s.doc(it_title, when + timedelta(days=lag),
                           f"<p>一、起草背景</p><p>二、主要内容</p><p>三、政策亮点</p>{back}")
            zcjd.docs.append(interp)
            if defect != "unlinked":
                doc.body += (f'<div class="xgjd"><h4>相关解读</h4><ul><li><a href="{_href(zcjd.doc_url(interp))}">'
                             f"{it_title}</a></li></ul></div>")
            if k == 3:
                soft = DYN + "show&catid=32&id=9999"
                interp.body += f'<p>原文链接：<a href="{_href(soft)}">{title}（原文）</a></p>'
                key.append(Expected("broken-links", soft, "解读链接的原文已删除（PHPCMS 提示信息页，状态 200）",
                                    probe="soft404"))
        url = cat.doc_url(doc)
        if defect == "missing":
            key.append(Expected("interpretations", url, "文件没有政策解读", probe="no-interp"))
        elif defect == "late":
            key.append(Expected("interpretations", url, "解读晚于文件 20 天发布", probe="late-interp:20"))
        elif defect == "unlinked":
            key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        elif defect:
            key.append(Expected("normative-metadata", url, f"规范性文件缺少{defect[5:]}",
                                probe=f"meta-missing:{defect[5:]}"))

    rsxx = Cat(35, "人事信息", "xxgk")
    for i in range(7):
        rsxx.docs.append(s.doc(f"{ORG}关于{('张', '李', '王', '刘')[i % 4]}某某等同志职务任免的通知（{i + 1}）",
                               date(2025, 9, 1) - timedelta(days=i * 35)))
    key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-09-01，超过 1 年", probe="newest:2025-09-01"))
    czyjs = Cat(36, "财政预决算", "xxgk", date_fmt="cn")
    for i in range(6):
        czyjs.docs.append(s.doc(f"云溪县{2026 - i // 2}年{'部门预算' if i % 2 else '财政决算'}公开（{i + 1}）",
                                date(2026, 2, 10) - timedelta(days=i * 60)))
    traps.append(Trap(czyjs.url(), "其他类栏目最新信息 2026-02-10，未超过 1 年"))
    xzcf = Cat(37, "行政处罚", "xxgk", empty="暂无相关信息！")
    xzxk = Cat(38, "行政许可", "xxgk", style="table")  # a table with its header row and nothing else
    key.append(Expected("empty-columns", xzcf.url(), "行政处罚栏目为空（暂无相关信息）", probe="no-rows"))
    key.append(Expected("empty-columns", xzxk.url(), "行政许可栏目为空（表格只有表头）", probe="no-rows"))
    # Added after first contact (dept's open miss in this CMS's markup): nothing at all under the heading.
    xzqz = Cat(44, "行政强制", "xxgk", style="bare")
    key.append(Expected("empty-columns", xzqz.url(), "行政强制栏目为空（列表区没有任何内容）", probe="no-rows"))
    zdxm = Cat(39, "重大建设项目", "xxgk",
               note="情况说明：2026年度本县无新开工的政府投资重大建设项目，项目批准和实施信息将在立项后及时公开。")
    traps.append(Trap(zdxm.url(), "只有情况说明的栏目不是空白栏目"))
    for cat in (zcwj, gfx, zcjd, rsxx, czyjs, xzcf, xzxk, xzqz, zdxm):
        s.column(cat)
    gkzn = Cat(40, "政府信息公开指南", "xxgk")
    s.single(gkzn, f"<p>为便于公民、法人和其他组织获取{ORG}的政府信息，根据《中华人民共和国政府信息公开条例》，"
                   "编制本指南。</p><p>一、主动公开 二、依申请公开 三、监督和救济</p>"
                   '<p style="text-align:right">云溪县人民政府办公室</p><p style="text-align:right">2026年3月10日</p>')
    gkzd = Cat(41, "政府信息公开制度", "xxgk")
    s.single(gkzd, "<p>本县建立了政府信息公开保密审查、依申请公开办理、政府信息公开考核评议等制度。</p>")
    traps.append(Trap(gkzd.url(), "制度是无日期的单网页"))

    # 政府信息公开年报 (deadline 03-31): 2023 missing, 2024 late, 2022 on its deadline day (trap).
    ndbg = Cat(42, "政府信息公开年报", "xxgk", date_fmt="iso")
    for year, pub in ((2021, date(2022, 3, 25)), (2022, date(2023, 3, 31)), (2024, date(2025, 4, 10)),
                      (2025, date(2026, 3, 20))):
        title = f"{ORG}{year}年政府信息公开工作年度报告" if year % 2 else f"{year}年度云溪县人民政府政府信息公开工作年度报告"
        d = s.doc(title, pub, report_body(ORG, year, year + 3),
                  meta={"索 引 号": f"114312250059876543/{year + 1}-00002", "发文机关": ORG, "发布日期": f"{pub:%Y-%m-%d}"})
        ndbg.docs.append(d)
        if year == 2024:
            key.append(Expected("annual-reports", ndbg.doc_url(d), "2024 年度报告 2025-04-10 发布，晚于 3 月 31 日",
                                match=("云溪县", "2024"), probe="late:2025-03-31"))
        if year == 2022:
            traps.append(Trap(ndbg.doc_url(d), "年报在截止日 3 月 31 日当天发布，不算逾期"))
    key.append(Expected("annual-reports", ndbg.url(), "缺少 2023 年度政府信息公开工作年度报告",
                        match=("云溪县", "2023"), probe="no-report:2023"))
    s.column(ndbg)
    ysq = Cat(43, "依申请公开", "xxgk")
    s.single(ysq, "<p>公民、法人或者其他组织可以通过当面、信函、网络等方式向本机关申请获取政府信息。受理机构：云溪县人民政府办公室。</p>")
    s.render()
    for cat, body in s._singles:
        s.res[cat.url()] = _html(f"{cat.name} - {ORG}", body.replace("{menu}", s.menu(cat)), FOOT_LIST,
                                 _column_meta(cat.name))
        if cat is not gkzn:
            traps.append(Trap(cat.url(), "无日期的单网页，不是栏目"))

    # Hubs: 新闻中心 (PHPCMS category template: a block per child) and 信息公开.
    def block(cat: Cat, n: int = 5) -> str:
        rows = "".join(f'<li><span class="rt">[{d.when:%m-%d}]</span>·<a href="{_href(cat.doc_url(d))}">{d.title}</a></li>'
                       for d in cat.docs[:n])
        return (f'<div class="box cat-area"><h5 class="title-2"><a href="{_href(cat.url())}" class="more">更多&gt;&gt;</a>'
                f'{cat.name}</h5><ul class="list lh24 f14">{rows}</ul></div>')
    news_hub = (f'<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/list-1-1.html">新闻中心</a> &gt; </div>'
                '<div class="main">' + "".join(block(c) for c in (yw, xz, tp, tzgg)) + "</div>")
    s.res["/list-1-1.html"] = _html(f"新闻中心 - {ORG}", news_hub, FOOT_LIST, _column_meta("新闻中心"))
    xxgk_cats = [c for c in s.cats if c.parent == "xxgk"]
    xxgk_hub = ('<div class="crumbs"><a href="/">首页</a><span> &gt; </span>信息公开</div><div class="main gk-index">'
                '<div class="gk-left"><h3>政府信息公开</h3><ul class="gk-menu">'
                + "".join(f'<li><a href="{_href(c.url())}">{c.name}</a></li>' for c in xxgk_cats)
                + '</ul></div><div class="gk-right"><h3>法定主动公开内容</h3>' + block(zcwj) + block(gfx) + block(zcjd)
                + "</div></div>")
    s.res[DYN + "lists&catid=30"] = _html(f"信息公开 - {ORG}", xxgk_hub, FOOT_LIST, _column_meta("信息公开"))
    s.res["/list-50-1.html"] = _html(
        f"政务服务 - {ORG}", '<div class="main"><h5 class="title-2">政务服务</h5><div class="page-content">'
        '<p>办事指南请访问<a href="https://zwfw.hunan.gov.cn/">湖南政务服务网</a>。</p></div></div>', FOOT_LIST,
        _column_meta("政务服务"))
    traps.append(Trap("/list-50-1.html", "政务服务是无日期的单网页"))
    home = ('<div class="focus"><a href="/list-4-1.html"><img src="/statics/images/logo.png" alt="图片新闻"></a></div>'
            + block(yw, 7) + block(tzgg, 6) + block(tp, 4) + block(zcwj, 4)
            + f'<div class="entry"><a href="{_href(DYN + "lists&catid=30")}">政府信息公开</a></div>')
    s.res["/"] = s.res["/index.html"] = _html(ORG, home, FOOT_HOME)
    key.append(Expected("footer", "/list-2-1.html", "列表页、频道页和单网页的页脚缺少公网安备",
                        probe="footer-lacks:公网安备",
                        url_pattern=r"^/(?:list-\d+-\d+\.html|index\.php\?m=content&c=index&a=lists&catid=\d+(?:&page=\d+)?)$"))
    soft = Resource(SHOWMESSAGE.encode("utf-8"), "text/html", 200)
    not_found = Resource(NGINX_404.encode(), "text/html", 404)
    return PhpcmsSite("phpcms", size, AS_OF, s.res, not_found, s.key, s.traps, soft=soft)
