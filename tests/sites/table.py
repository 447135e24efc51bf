"""A table-layout disclosure-platform sample site (Anhui `/public/{unitId}/{docId}.html` style):
the fictional 云岭区人民政府, served in UTF-8.

Written from disclosure-platform markup: lists as `<table>` rows paged with `?page=N` / `?pageIndex=N`,
year-grouped lists (`2025年` headings over `05-06` dates), a picture-news list whose rows
open with an image-only link, `dl/dt/dd` metadata, single static pages carrying a
ColumnName meta, unlinked (`javascript:void(0)`) crumbs, a 公网安备 number without 号, a
`栏目名称` placeholder meta, a status-200 "页面不存在" page for every unknown URL (also for `.pdf`
and `.jpg` URLs), and an article template whose footer lacks the 公安备案. The defect
table generates both the pages and the answer key. Everything not in the key is compliant
as of AS_OF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 9, 30)
SITE = "云岭区人民政府"
UNIT = 6596
HTML_TYPE = "text/html; charset=utf-8"
PER_PAGE = 20


@dataclass
class Item:
    doc_id: int
    title: str
    shown: date  # the date the document page displays
    listed: date | None = None  # the list row's date when the CMS regenerated the list
    number: str = ""  # 发文字号 shown in the list
    meta: dict[str, str] | None = None
    extra: str = ""
    interp_of: int | None = None
    interps: list[int] = field(default_factory=list)
    picture: str = ""  # thumbnail of a picture-news row
    organ: str = ""
    annual: tuple[str, int] | None = None

    @property
    def list_date(self) -> date:
        return self.listed or self.shown


@dataclass
class Col:
    cat_id: int
    name: str
    area: str  # "news" (/content/) | "public" (/public/)
    items: list[Item] = field(default_factory=list)
    style: str = "table"  # table | year | picture | docs | organs
    empty: str | None = None  # marker of an empty column ("" = no text)
    note: str = ""  # a 情况说明 shown instead of a list

    @property
    def url(self) -> str:
        if self.area == "news":
            return f"/content/column/{self.cat_id}.html"
        return f"/public/column/{UNIT}/{self.cat_id}.html"

    @property
    def page_param(self) -> str:
        """The news area pages with `pageIndex`, the disclosure platform with `page`."""
        return "pageIndex" if self.area == "news" else "page"

    def page_url(self, n: int) -> str:
        return self.url if n == 1 else f"{self.url}?{self.page_param}={n}"

    def item_url(self, it: Item) -> str:
        return f"/content/article/{it.doc_id}.html" if self.area == "news" else f"/public/{UNIT}/{it.doc_id}.html"

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.items) // PER_PAGE))


def _ago(n: float) -> date:
    return AS_OF - timedelta(days=int(n))


_SUBJECTS = ("优化营商环境", "城市精细化管理", "安全生产", "秋冬季大气污染防治", "老旧小区改造", "义务教育招生",
             "医保政策宣传", "就业创业服务", "农产品质量安全", "防范电信诈骗", "垃圾分类", "消防安全检查",
             "社区养老服务", "文明典范城市创建", "河道综合治理", "重点项目观摩")


def _items(base: int, n: int, newest: int, step: float, title: str) -> list[Item]:
    return [Item(base + i, title.format(s=_SUBJECTS[i % len(_SUBJECTS)], i=i + 1), _ago(newest + i * step)) for i in range(n)]


# ------------------------------------------------------------------- the defect table

@dataclass(frozen=True)
class Paper:
    """A normative or policy document; `lag` days to its interpretation (None: none)."""

    doc_id: int
    title: str
    pub: str
    number: str
    lag: int | None = 0
    back: bool = True
    blank: str = ""  # a metadata field shown empty or left out
    defect: str = ""


_NORMATIVE = (
    Paper(2101, "云岭区物业服务收费管理办法", "2024-06-12", "云政规〔2024〕2号"),
    Paper(2102, "云岭区城市绿化管理办法", "2024-12-03", "云政规〔2024〕5号", blank="有效性", defect="normative-metadata"),
    Paper(2103, "云岭区征收集体土地房屋补偿办法", "2025-04-21", "云政规〔2025〕1号", blank="成文日期",
          defect="normative-metadata"),
    Paper(2104, "云岭区政府投资项目管理办法", "2025-08-08", "云政规〔2025〕3号", blank="索引号", defect="normative-metadata"),
    Paper(2105, "云岭区户外广告设置管理规定", "2025-10-16", "云政规〔2025〕4号", lag=None, defect="interpretations"),
    Paper(2106, "云岭区社区居家养老服务补贴办法", "2026-02-09", "云政规〔2026〕1号", back=False, defect="interpretations"),
    Paper(2107, "云岭区创业担保贷款实施办法", "2026-05-11", "云政规〔2026〕2号", lag=18, defect="interpretations"),
    Paper(2108, "云岭区电动自行车停放充电管理规定", "2026-08-03", "云政规〔2026〕3号", lag=1),
)
_POLICY = (
    Paper(2201, "云岭区加快数字经济发展若干政策", "2025-09-22", "云政〔2025〕18号"),
    Paper(2202, "云岭区城市更新行动实施方案", "2026-03-16", "云政〔2026〕4号", lag=None, defect="interpretations"),
    Paper(2203, "云岭区支持科技创新若干措施", "2026-06-29", "云政办〔2026〕9号", back=False, defect="interpretations"),
)
_GOV = ("云岭区人民政府", {2021: "2022-03-28", 2022: None, 2023: "2024-03-26", 2024: "2025-04-08", 2025: "2026-03-30"})
_DEPTS = (
    ("云岭区发展和改革委员会", {2021: "2022-01-25", 2022: "2023-01-19", 2023: "2024-03-05", 2024: "2025-01-23", 2025: "2026-01-27"}),
    ("云岭区人力资源和社会保障局", {2021: "2022-01-21", 2022: "2023-01-30", 2023: "2024-01-29", 2024: "2025-01-20", 2025: None}),
    ("云岭区住房和城乡建设局", {2021: "2022-01-17", 2022: "2023-01-16", 2023: "2024-01-22", 2024: "2025-01-26", 2025: "2026-01-21"}),
    ("云岭区市场监督管理局", {2021: "2022-02-15", 2022: "2023-01-28", 2023: "2024-01-31", 2024: "2025-01-30", 2025: "2026-01-16"}),
)
EMPTY = ((7031, "财政资金", "暂无数据"), (7032, "审计结果", ""), (7033, "建议提案办理", "无记录"),
         (7034, "公共资源配置", "暂无相关信息"), (7035, "行政复议", "没有找到相关信息"))
BROKEN_PAGE = "/content/article/9990001.html"
BROKEN_ATTACHMENT = "/upload/files/2026/08/ggfw-qd.pdf"
BROKEN_IMAGE = "/upload/images/2026/09/zx0918.jpg"
ARTICLE_PAGES = r"^/(content/article|public/\d+)/\d+\.html$"


def _meta(p: Paper, n: int, theme: str) -> dict[str, str]:
    pub = date.fromisoformat(p.pub)
    meta = {"索引号": f"11341800MB0123456K/{pub.year}-{n + 7:05d}", "信息分类": theme, "发文机关": "云岭区人民政府",
            "成文日期": f"{pub - timedelta(days=4):%Y-%m-%d}", "发文字号": p.number, "发布日期": f"{pub:%Y-%m-%d}",
            "有效性": "有效"}
    if p.blank == "索引号":
        meta["索引号"] = ""  # shown as an empty cell
    elif p.blank:
        del meta[p.blank]
    return meta


def _papers() -> tuple[Col, Col, Col, list[Expected]]:
    gfx = Col(7011, "行政规范性文件", "public", style="docs")
    zcwj = Col(7012, "政策文件", "public", style="docs")
    zcjd = Col(7013, "政策解读", "public")
    key: list[Expected] = []
    for col, papers, theme in ((gfx, _NORMATIVE, "行政规范性文件"), (zcwj, _POLICY, "政策文件")):
        for n, p in enumerate(papers):
            pub = date.fromisoformat(p.pub)
            doc = Item(p.doc_id, p.title, pub, number=p.number, meta=_meta(p, n, theme))
            if p.lag is not None:
                interp = Item(p.doc_id + 500, f"一图读懂《{p.title}》", pub + timedelta(days=p.lag), interp_of=p.doc_id)
                zcjd.items.append(interp)
                if p.back:
                    doc.interps.append(interp.doc_id)
            col.items.append(doc)
            if p.defect:
                note = (f"元数据缺少“{p.blank}”" if p.blank else "没有政策解读" if p.lag is None
                        else "文件未链接回解读" if not p.back else f"解读晚 {p.lag} 天")
                probe = (f"meta-missing:{p.blank}" if p.blank else "late-interp" if p.lag and p.lag > 3
                         else "no-interp-link")
                key.append(Expected(p.defect, col.item_url(doc), note, probe=probe))
    for col in (gfx, zcwj, zcjd):
        col.items.sort(key=lambda it: it.shown, reverse=True)
    return gfx, zcwj, zcjd, key


def _annual() -> tuple[Col, Col, list[Expected]]:
    gov = Col(7041, "政府信息公开年报", "public", style="organs")
    dept = Col(7042, "部门年报", "public", style="organs")
    key: list[Expected] = []
    doc_id = 2400
    for col, organs, (m, d) in ((gov, (_GOV,), (3, 31)), (dept, _DEPTS, (1, 31))):
        for organ, years in organs:
            for year, pub in years.items():
                doc_id += 1
                if pub is None:
                    key.append(Expected("annual-reports", col.url, f"{organ}缺少{year}年度报告", (organ, str(year)),
                                        probe=f"no-report:{organ}{year}"))
                    continue
                it = Item(doc_id, f"{organ}{year}年度政府信息公开工作年度报告", date.fromisoformat(pub), organ=organ,
                          annual=(organ, year))
                col.items.append(it)
                if it.shown > date(year + 1, m, d):
                    key.append(Expected("annual-reports", col.item_url(it), f"{organ}{year}年度报告逾期（{pub}）",
                                        (str(year),), probe=f"late:{year + 1}-{m:02d}-{d:02d}"))
        col.items.sort(key=lambda it: (it.shown, it.doc_id), reverse=True)
    return gov, dept, key


def _columns() -> tuple[list[Col], list[Expected], list[Trap]]:
    key: list[Expected] = []
    traps: list[Trap] = []
    gzdt = Col(8801, "工作动态", "news", _items(10000, 38, 18, 2, "云岭区推进{s}工作（{i}）"))
    key.append(Expected("stale-columns", gzdt.url, "动态类栏目最新信息 2026-09-12，超过 14 天", probe="newest:2026-09-12"))
    tpxw = Col(8802, "图片新闻", "news", _items(11000, 26, 2, 3, "图说云岭：{s}现场直击（{i}）"), style="picture")
    for it in tpxw.items:
        it.picture = f"/upload/images/2026/thumb_{it.doc_id}.jpg"
    traps.append(Trap(tpxw.url, "图片新闻行以缩略图链接开头，不是空白或缺标题"))
    tzgg = Col(8803, "通知公告", "news", _items(12000, 30, 9, 13, "关于做好第{i}批{s}工作的通知"), style="year")
    tzgg.items[7].title = "云岭区人民政府关于公布行政规范性文件清理结果的通知"
    tzgg.items[2].extra = f'<p>附件：<a href="{BROKEN_ATTACHMENT}">公共服务事项清单.pdf</a></p>'
    tzgg.items[4].extra = '<p>附件：<a href="/upload/files/2026/08/bmb.pdf">报名表.pdf</a></p>'
    gzdt.items[3].extra = f'<p>延伸阅读：<a href="{BROKEN_PAGE}">我区召开{_SUBJECTS[3]}推进会</a></p>'
    gzdt.items[5].extra = (f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" width="600"></p>'
                           f'<p style="text-align:center"><img src="/upload/images/2026/09/zx0917.jpg" width="600"></p>')
    key += [Expected("broken-links", BROKEN_ATTACHMENT, "附件网址返回“页面不存在”HTML 页（软 404）", probe="soft404"),
            Expected("broken-links", BROKEN_PAGE, "链接指向“页面不存在”页（状态 200 的软 404）", probe="soft404"),
            Expected("broken-links", BROKEN_IMAGE, "正文图片网址返回“页面不存在”HTML 页（软 404）", probe="soft404")]
    zbgg = Col(8804, "招标公告", "news", _items(13000, 9, 228, 21, "云岭区{s}项目招标公告"))
    key.append(Expected("stale-columns", zbgg.url, "公告类栏目最新信息 2026-02-14，超过 6 个月", probe="newest:2026-02-14"))
    gfx, zcwj, zcjd, paper_key = _papers()
    key += paper_key
    traps.append(Trap(zcjd.url, "“政策解读”栏目的列表标题不是相关解读框"))
    rsxx = Col(7014, "人事信息", "public", _items(14000, 35, 640, 9, "云岭区人民政府关于{s}专班人员任免的通知（{i}）"))
    for it in rsxx.items:
        it.listed = date(2026, 9, 25)  # regenerated list: every row shows the regeneration day
    key.append(Expected("stale-columns", rsxx.url, "列表日期为再生成日期，文章显示的最新日期为 2024-12-29",
                        probe="newest-shown:2024-12-29"))
    tjxx = Col(7015, "统计信息", "public", _items(15000, 6, 457, 30, "云岭区{s}统计数据（{i}）"))
    key.append(Expected("stale-columns", tjxx.url, "其他类栏目最新信息 2025-06-30，超过 1 年", probe="newest:2025-06-30"))
    ghjh = Col(7016, "规划计划", "public", _items(16000, 5, 120, 70, "云岭区{s}三年规划（{i}）"))
    empties = [Col(cat, name, "public", empty=marker) for cat, name, marker in EMPTY]
    key += [Expected("empty-columns", c.url, f"空白栏目（{c.empty or '无任何文字'}）", probe="no-rows") for c in empties]
    zdxm = Col(7036, "重大建设项目", "public",
               note="情况说明：2026年度本单位无新开工的政府投资重大建设项目，项目批准和实施信息将在项目立项后及时公开。")
    traps.append(Trap(zdxm.url, "只有情况说明的栏目不是空白栏目"))
    gov, dept, annual_key = _annual()
    key += annual_key
    key.append(Expected("footer", gzdt.item_url(gzdt.items[0]), "文章页模板页脚缺少公安备案号",
                        probe="footer-lacks:公网安备", url_pattern=ARTICLE_PAGES))
    cols = [gzdt, tpxw, tzgg, zbgg, gfx, zcwj, zcjd, rsxx, tjxx, ghjh, *empties, zdxm, gov, dept]
    for col in cols:
        if col.pages > 1:
            traps += [Trap(col.page_url(n), LATER_PAGE) for n in range(2, col.pages + 1)]
            traps.append(Trap(f"{col.url}?{col.page_param}=1", "分页“首页”链接即第 1 页"))
    return cols, key, traps


# ------------------------------------------------------------------------------ markup

_STATIC = (("jgzn", "机构职能", None), ("ldxx", "领导信息", None), ("gkzn", "政府信息公开指南", "2025-12-01"),
           ("lxfs", "联系方式", None), ("gkzd", "政府信息公开制度", None))
_NAV = (("/index.html", "首页"), ("/content/column/8801.html", "新闻动态"), (f"/public/column/{UNIT}.html", "政府信息公开"),
        ("/content/column/8803.html", "通知公告"))


def _footer(template: str) -> str:
    psb = ('<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=34180202000321" target="_blank">'
           '<img src="/images/ga.png">皖公网安备 34180202000321</a>') if template != "article" else ""
    return ('<div class="footer"><div class="container">'
            '<div class="foot-links"><a href="/public/column/6596/lxfs.html">联系方式</a>|<a href="/sitemap.html">网站地图</a></div>'
            '<div class="foot-info"><span>主办单位：云岭区人民政府办公室</span><span>地址：云岭区政务中心A座</span></div>'
            f'<div class="foot-info"><span>网站标识码：3418020005</span><a href="https://beian.miit.gov.cn" target="_blank">'
            f"皖ICP备08001234号</a>{psb}</div>"
            '<div class="foot-logo"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D" target="_blank">'
            '<img src="/images/red.png" alt="党政机关"></a><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3418020005" '
            'target="_blank"><img src="/images/jiucuo.png" alt="我为政府网站找错"></a></div></div></div>')


def _column_metas(name: str, kind: str) -> list[tuple[str, str]]:
    return [("ColumnName", name), ("ColumnDescription", f"{SITE}{name}"), ("ColumnKeywords", name), ("ColumnType", kind)]


def _shell(title: str, metas: list[tuple[str, str]], crumbs: list[tuple[str, str]], main: str, template: str) -> str:
    meta = "".join(f'<meta name="{k}" content="{escape(v)}">' for k, v in metas)
    nav = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in _NAV)
    crumb = "".join(f'<span>&gt;</span><a href="{u}">{n}</a>' for n, u in crumbs)
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
            f"<title>{escape(title)}_{SITE}</title>"
            f'<meta name="SiteName" content="{SITE}"><meta name="SiteDomain" content="www.yunling.gov.cn">'
            f'<meta name="SiteIDCode" content="3418020005">{meta}'
            '<link rel="stylesheet" href="/css/common.css"></head>\n<body>\n'
            '<div class="header"><div class="container"><a class="logo" href="/index.html"><img src="/images/logo.png" alt="云岭区人民政府"></a>'
            f'</div><ul class="main-nav">{nav}</ul></div>\n'
            + (f'<div class="crumbs container">您当前的位置：<a href="/index.html">首页</a>{crumb}</div>\n' if crumbs else "")
            + f'<div class="container body-wrap">\n{main}\n</div>\n{_footer(template)}\n</body></html>\n')


def _side(cols: list[Col], current: str) -> str:
    lis = "".join(f'<li class="{"active" if c.url == current else ""}"><a href="{c.url}">{c.name}</a></li>' for c in cols)
    return f'<div class="side-menu"><h2>信息公开目录</h2><ul>{lis}</ul></div>'


def _pager(col: Col, n: int) -> str:
    rel = col.area == "news"
    def href(k: int) -> str:
        return f"?{col.page_param}={k}" if rel else f"{col.url}?{col.page_param}={k}"
    nums = "".join(f'<span class="current">{k}</span>' if k == n else f'<a href="{href(k)}">{k}</a>'
                   for k in range(1, col.pages + 1))
    return (f'<div class="pagination"><a href="{href(1)}">首页</a><a href="{href(max(n - 1, 1))}">上一页</a>{nums}'
            f'<a href="{href(min(n + 1, col.pages))}">下一页</a><a href="{href(col.pages)}">尾页</a>'
            f"<span>共{col.pages}页 {len(col.items)}条记录</span></div>")


def _rows(col: Col, items: list[Item]) -> str:
    if col.style == "picture":
        lis = []
        for i, it in enumerate(items):
            thumb = f'<a href="{col.item_url(it)}" class="pic"><img src="{it.picture}" alt="{escape(it.title)}"></a>'
            title = ("" if i % 3 == 2 else f'<a href="{col.item_url(it)}" title="{escape(it.title)}">{escape(it.title)}</a>')
            lis.append(f'<li>{thumb}<div class="txt">{title}<span class="date">{it.list_date:%Y-%m-%d}</span></div></li>')
        return f'<ul class="pic-list">{"".join(lis)}</ul>'
    if col.style == "year":
        out, year = [], None
        for it in items:
            if it.list_date.year != year:
                if year is not None:
                    out.append("</ul>")
                year = it.list_date.year
                out.append(f'<h3 class="year-title">{year}年</h3><ul class="year-list">')
            out.append(f'<li><a href="{col.item_url(it)}" target="_blank">{escape(it.title)}</a>'
                       f'<span class="date">{it.list_date:%m-%d}</span></li>')
        return "".join(out) + "</ul>"
    if col.style == "docs":
        head = "<tr><th>序号</th><th>标题</th><th>文号</th><th>发布日期</th></tr>"
        trs = "".join(f'<tr><td>{i + 1}</td><td class="title"><a href="{col.item_url(it)}" title="{escape(it.title)}" '
                      f'target="_blank">{escape(it.title)}</a></td><td>{it.number}</td><td>{it.list_date:%Y-%m-%d}</td></tr>'
                      for i, it in enumerate(items))
    elif col.style == "organs":
        head = "<tr><th>标题</th><th>发布机构</th><th>发布日期</th></tr>"
        trs = "".join(f'<tr><td class="title"><a href="{col.item_url(it)}" target="_blank">{escape(it.title)}</a></td>'
                      f"<td>{it.organ}</td><td>{it.list_date:%Y-%m-%d}</td></tr>" for it in items)
    else:
        head = "<tr><th>标题</th><th>发布日期</th></tr>"
        trs = "".join(f'<tr><td class="title"><a href="{col.item_url(it)}" target="_blank">{escape(it.title)}</a></td>'
                      f"<td>{it.list_date:%Y-%m-%d}</td></tr>" for it in items)
    return f'<table class="table-list" width="100%"><thead>{head}</thead><tbody>{trs}</tbody></table>'


def _list_page(col: Col, n: int, menu: list[Col]) -> str:
    if col.empty is not None:
        head = "<tr><th>标题</th><th>文号</th><th>发布日期</th></tr>"
        filler = f'<tr><td colspan="3" class="nodata">{col.empty}</td></tr>' if col.empty else ""
        body = f'<table class="table-list" width="100%"><thead>{head}</thead><tbody>{filler}</tbody></table>'
    elif col.note:
        body = f'<div class="qksm"><p>{col.note}</p></div>'
    else:
        body = _rows(col, col.items[(n - 1) * PER_PAGE: n * PER_PAGE]) + (_pager(col, n) if col.pages > 1 else "")
    side = _side(menu, col.url) if col.area == "public" else ""
    main = f'{side}<div class="list-wrap"><div class="list-title"><h2>{col.name}</h2></div>{body}</div>'
    hub = ("政府信息公开", f"/public/column/{UNIT}.html") if col.area == "public" else ("新闻动态", "/content/column/8801.html")
    return _shell(col.name, _column_metas(col.name, "列表"), [hub, (col.name, col.url)], main, "list")


def _info_block(meta: dict[str, str]) -> str:
    dls = "".join(f'<dl class="{"half" if i % 2 else "left"}"><dt>{k}：</dt><dd>{escape(v)}</dd></dl>' for i, (k, v) in enumerate(meta.items()))
    return f'<div class="xxgk-info clearfix">{dls}</div>'


def _article(col: Col, it: Item, items: dict[int, tuple[Col, Item]]) -> str:
    parts = [_info_block(it.meta)] if it.meta else []
    parts.append(f'<h1 class="art-title">{escape(it.title)}</h1>')
    source = it.organ or "云岭区人民政府办公室"
    parts.append(f'<div class="art-info"><span>发布时间：{it.shown:%Y-%m-%d} 09:30</span><span>来源：{source}</span>'
                 '<span>【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>')
    if it.annual:
        text = report_body(it.annual[0], it.annual[1], it.doc_id)
    elif it.interp_of is not None:
        dcol, doc = items[it.interp_of]
        text = (f"<p>【图解】{escape(doc.title)}共有四个方面的亮点：一是明确了适用范围；二是细化了办理流程；三是强化了部门协同；四是加强了监督检查。</p>"
                f'<p class="yw">原文链接：<a href="{dcol.item_url(doc)}" target="_blank">《{escape(doc.title)}》</a></p>')
    else:
        text = (f"<p>近日，{escape(it.title)}。相关负责人表示，将进一步压实责任、细化措施，确保取得实效。</p>"
                "<p>下一步，我区将持续跟踪问效，及时总结推广好经验好做法。</p>")
    parts.append(f'<div class="art-content" id="Zoom">{text}{it.extra}</div>')
    if it.interps:
        links = "".join(f'<a href="{items[i][0].item_url(items[i][1])}" target="_blank">{escape(items[i][1].title)}</a>'
                        for i in it.interps)
        parts.append(f'<div class="related-jd"><span class="label">政策解读：</span>{links}</div>')
    metas = [("ColumnName", col.name), ("ArticleTitle", it.title), ("PubDate", f"{it.list_date:%Y-%m-%d} 09:30"),
             ("ContentSource", source)]
    # Real article templates often leave the channel crumb unlinked.
    hub = ("政府信息公开" if col.area == "public" else "新闻动态", "javascript:void(0)")
    return _shell(it.title, metas, [hub, (col.name, col.url)], '<div class="article">' + "".join(parts) + "</div>", "article")


def _static(slug: str, name: str, updated: str | None, menu: list[Col]) -> str:
    text = {"jgzn": "云岭区人民政府办公室是区人民政府的办事机构，负责协助区政府领导处理区政府日常工作。",
            "ldxx": "区长：王某某，主持区政府全面工作。常务副区长：刘某某，负责区政府常务工作。",
            "gkzn": "本指南适用于云岭区人民政府及其工作部门的政府信息公开工作。公民、法人或者其他组织可以通过本平台查阅主动公开的政府信息，"
                    "也可以依法申请获取政府信息。",
            "gkzd": "云岭区政府信息公开工作实行主动公开审查、依申请公开办理、保密审查和工作考核制度。",
            "lxfs": "云岭区人民政府办公室政务公开科，地址：云岭区政务中心A座，电话：0550-0000000。"}[slug]
    stamp = f'<div class="art-info"><span>更新日期：{updated}</span></div>' if updated else ""
    url = f"/public/column/{UNIT}/{slug}.html"
    main = (f'{_side(menu, url)}<div class="article"><h1 class="art-title">{name}</h1>{stamp}'
            f'<div class="art-content"><p>{text}</p></div></div>')
    return _shell(name, _column_metas(name, "单页"), [("政府信息公开", f"/public/column/{UNIT}.html"), (name, url)], main, "list")


def _hub(public: list[Col]) -> str:
    statics = "".join(f'<li><a href="/public/column/{UNIT}/{s}.html">{n}</a></li>' for s, n, _ in _STATIC)
    cols = "".join(f'<li><a href="{c.url}">{c.name}</a></li>' for c in public)
    main = (f'<div class="gk-block"><h3>政府信息公开</h3><ul>{statics}'
            '<li><a href="/public/column/6596/7041.html">政府信息公开年报</a></li><li><a href="/ysqgk.html">依申请公开</a></li></ul></div>'
            f'<div class="gk-block"><h3><a href="/public/column/{UNIT}/fdzdgknr.html">法定主动公开内容</a></h3><ul>{cols}</ul></div>')
    return _shell("政府信息公开", _column_metas("政府信息公开", "频道"), [("政府信息公开", f"/public/column/{UNIT}.html")], main, "list")


def _home(news: list[Col], public: list[Col]) -> str:
    gzdt = news[0]
    lis = "".join(f'<li><a href="{gzdt.item_url(it)}">{escape(it.title)}</a><span>{it.list_date:%m-%d}</span></li>'
                  for it in gzdt.items[:6])
    pics = "".join(f'<a href="{news[1].item_url(it)}"><img src="{it.picture}" alt="{escape(it.title)}"></a>' for it in news[1].items[:3])
    entries = "".join(f'<li><a href="{c.url}">{c.name}</a></li>' for c in [*news, *public])
    main = (f'<div class="slide">{pics}</div><div class="home-news"><h2><a href="{gzdt.url}">工作动态</a></h2><ul>{lis}</ul></div>'
            f'<div class="home-gk"><h2><a href="/public/column/{UNIT}.html">政府信息公开</a></h2><ul>{entries}</ul></div>')
    return _shell("首页", _column_metas("首页", "首页"), [], main, "home")


def build(size: str = "small") -> SampleSite:
    """Generate the site (deterministic) with its answer key; one size only (`small`)."""
    if size != "small":
        raise ValueError("the table template has one size: small")
    cols, key, traps = _columns()
    news = [c for c in cols if c.area == "news"]
    public = [c for c in cols if c.area == "public"]
    items = {it.doc_id: (c, it) for c in cols for it in c.items}
    pages = {"/index.html": _home(news, public), f"/public/column/{UNIT}.html": _hub(public),
             # A template placeholder left in the page: "栏目名称" is no value.
             "/ysqgk.html": _shell("依申请公开", [("ColumnName", "栏目名称"), ("ColumnType", "单页")], [("依申请公开", "/ysqgk.html")],
                                   '<div class="article"><h1 class="art-title">依申请公开</h1><div class="art-content">'
                                   "<p>申请人可通过网上、信函或当面方式提出政府信息公开申请。</p></div></div>", "list")}
    for col in cols:
        for n in range(1, col.pages + 1):
            pages[col.page_url(n)] = _list_page(col, n, public)
        for it in col.items:
            pages[col.item_url(it)] = _article(col, it, items)
    fdzd = "".join(f'<li><a href="{c.url}">{c.name}</a></li>' for c in public)
    pages[f"/public/column/{UNIT}/fdzdgknr.html"] = _shell(
        "法定主动公开内容", _column_metas("法定主动公开内容", "目录"), [("法定主动公开内容", f"/public/column/{UNIT}/fdzdgknr.html")],
        f'{_side(public, "")}<div class="gk-block"><h3>法定主动公开内容</h3><ul>{fdzd}</ul></div>', "list")
    sitemap = "".join(f'<li><a href="{c.url}">{c.name}</a></li>' for c in cols)
    pages["/sitemap.html"] = _shell("网站地图", _column_metas("网站地图", "单页"), [("网站地图", "/sitemap.html")],
                                    f'<div class="sitemap"><h2>网站地图</h2><ul>{sitemap}</ul></div>', "list")
    for slug, name, updated in _STATIC:
        pages[f"/public/column/{UNIT}/{slug}.html"] = _static(slug, name, updated, public)
        if updated is None:
            traps.append(Trap(f"/public/column/{UNIT}/{slug}.html", f"无日期的单页“{name}”不是栏目"))
    resources = {url: Resource(text.encode("utf-8"), HTML_TYPE) for url, text in pages.items()}
    images = [it.picture for c in cols for it in c.items if it.picture]
    for path in [*images, "/images/ga.png", "/images/red.png", "/images/jiucuo.png", "/images/logo.png",
                 "/upload/images/2026/09/zx0917.jpg"]:
        resources[path] = Resource(tiny_png(), "image/png" if path.endswith(".png") else "image/jpeg")
    resources["/upload/files/2026/08/bmb.pdf"] = Resource(fake_pdf("Yunling sample form"), "application/pdf")
    resources["/css/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    soft404 = _shell("页面不存在", [], [], '<div class="error-page"><h1>404</h1><p>抱歉，您访问的页面不存在或已被删除！</p>'
                     '<a href="/index.html">返回首页</a></div>', "list")
    return SampleSite("table", size, AS_OF, dict(sorted(resources.items())),
                      Resource(soft404.encode("utf-8"), HTML_TYPE, 200), key, traps, frozenset({"empty-columns-veto"}))
