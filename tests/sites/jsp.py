"""The "jsp" sample site: a JSP/ASP.NET-era county portal (UTF-8 body whose `<meta>` claims
gb2312, the HTTP header is right) beside a Lonsun-style (龙讯) disclosure platform in GBK
with no charset in the header. Written independently of the other templates, from the
markup families of domain.md §7.1: Lonsun columns `/public/column/{organId}?type=4&catId=…
&action=list` paged by `&pageIndex=N`, portal lists `list.jsp?colId=…` paged by
`&pageIndex=N` (beside `javascript:gotoPage(N)`) or `&page=N` (numbered links only),
articles `article.jsp?id=N` and `/content/detail/{id}.html`, downloads under `/module/`.

Rows sit in `<div class="list-item">`, `<dl><dd>` or year-tabbed `<ul>`s with dates as
`2026年05月06日`, `2026/5/6`, `[05-06]` or `2026-05-06`; metadata is a two-pair table with the
platform's labels (信息索引号, 发布机构, 文　　号, 生成日期, 时效性); some interpretations are tied
to their document only by 《title》 or by 文号 in the text; each department has its own 年报 list,
some titled without the organ's name. Everything is wrapped in an ASP.NET __VIEWSTATE form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 6, 15)
COUNTY = "桐溪县"
GOV = "桐溪县人民政府"
SITE_ID = "3418250001"
DETAIL_PAGES = r"^/content/detail/\d+\.html$"  # the platform's article template (its footer lacks 网站标识码)
PORTAL = "text/html; charset=utf-8"
PLATFORM = "text/html"  # GBK body, no charset in the header (only the page's meta says it)
# Department organs of the 部门信息公开 area: id, full name, short name in menus, title style
DEPARTMENTS = ((6611, "桐溪县发展和改革委员会", "县发改委"), (6612, "桐溪县财政局", "县财政局"),
               (6613, "桐溪县卫生健康委员会", "县卫健委"))
GOV_ORGAN = 6601


def portal_list(col: int, page: int = 1, param: str = "pageIndex") -> str:
    return f"/site/list.jsp?colId={col}" + (f"&{param}={page}" if page > 1 else "")


def platform_list(organ: int, cat: int, page: int = 1) -> str:
    return f"/public/column/{organ}?type=4&catId={cat}&action=list" + (f"&pageIndex={page}" if page > 1 else "")


def detail(doc_id: int) -> str:
    return f"/content/detail/{doc_id}.html"


_ON, _CUR = ' class="on"', ' class="cur"'  # the current item of a menu or tab


def _a(url: str) -> str:
    return escape(url, quote=True)


# ---------------------------------------------------------------- page shell

_NAV = (("首页", "/index.html"), ("机构概况", "/site/content.jsp?colId=21"), ("领导之窗", "/site/content.jsp?colId=22"),
        ("县政要闻", portal_list(11)), ("乡镇动态", portal_list(12)), ("通知公告", portal_list(13)),
        ("招商引资", portal_list(14)), ("便民服务", portal_list(17)), ("部门动态", portal_list(18)), ("政民互动", portal_list(19)), ("网上调查", portal_list(15)),
        ("专题专栏", portal_list(16)), ("信息公开", "/public/index.html"))


def _footer(with_site_id: bool) -> str:
    ident = f"<span>网站标识码：{SITE_ID}</span>" if with_site_id else ""
    return ('<div class="foot"><div class="foot-links"><a href="/site/content.jsp?colId=23">网站地图</a> | '
            '<a href="/site/content.jsp?colId=24">联系我们</a></div>'
            f"<p>主办单位：{COUNTY}人民政府办公室　承办：{COUNTY}数据资源管理局</p>"
            f'<p>{ident}<a href="https://beian.miit.gov.cn/" target="_blank">皖ICP备05001234号-1</a>　'
            '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=34182502000123">'
            '<img src="/images/ga.png" alt="">皖公网安备 34182502000123号</a></p>'
            '<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=5A1B2C3D">'
            '<img src="/images/red.png" alt="党政机关"></a></span>'
            f'<script id="_jiucuo_" sitecode="{SITE_ID}" src="/js/jiucuo.js"></script></div>')


def _shell(title: str, body: str, meta: dict[str, str], action: str, portal: bool, crumbs: list[tuple[str, str]],
           footer_id: bool = True, declare: bool = True) -> str:
    charset = '<meta charset="gb2312">' if portal else '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
    charset = charset if declare else ""  # old JSP pages that declare no charset at all (GBK by default)
    metas = {"SiteName": f"{GOV}", "SiteDomain": "www.tongxi.gov.cn", "SiteIDCode": SITE_ID, **meta}
    head = "".join(f'<meta name="{k}" content="{escape(v)}">' for k, v in metas.items())
    nav = "".join(f'<li><a href="{_a(u)}">{n}</a></li>' for n, u in _NAV)
    crumb = " &gt; ".join(f'<a href="{_a(u)}">{n}</a>' if u else f"<span>{n}</span>" for n, u in crumbs)
    return (f"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html><head>{charset}"
            f"<title>{escape(title)}</title>{head}<link rel=\"stylesheet\" href=\"/images/style.css\"></head><body>"
            f'<form name="form1" method="post" action="{_a(action)}" id="form1">'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZ3Jz5w==">'
            '<input type="hidden" name="__EVENTVALIDATION" value="/wEWAgLi7+PkBQKM54rGBg==">'
            f'<div class="top"><div class="logo"><img src="/images/logo.png" alt="{GOV}"></div>'
            f'<ul class="nav">{nav}</ul></div>'
            f'<div class="position">当前位置：{crumb}</div>'
            f'<div class="wrap">{body}</div>{_footer(footer_id)}'
            '<script>function gotoPage(n){document.getElementById("pageIndex").value=n;'
            "document.form1.submit();}</script></form></body></html>")


@dataclass
class _Builder:
    resources: dict[str, Resource]
    key: list[Expected]
    traps: list[Trap]

    def page(self, url: str, html: str, portal: bool) -> None:
        body = html.encode("utf-8") if portal else html.encode("gbk")
        self.resources[url] = Resource(body, PORTAL if portal else PLATFORM)


# ---------------------------------------------------------------- portal

def _cn(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def _slash(d: date) -> str:
    return f"{d.year}/{d.month}/{d.day}"


@dataclass(frozen=True)
class _Column:
    col: int
    name: str
    count: int
    newest: date
    step: int  # days between items
    row: str  # "item" | "dl" | "ul" | "year"
    per_page: int = 15
    param: str = "pageIndex"


_PORTAL_COLUMNS = (
    _Column(11, "县政要闻", 36, date(2026, 6, 12), 3, "item"),
    _Column(12, "乡镇动态", 8, date(2026, 5, 20), 6, "dl"),   # news: stale (26 days)
    _Column(13, "通知公告", 16, date(2025, 11, 20), 10, "ul", per_page=10, param="page"),  # notices: stale (>6 months)
    _Column(14, "招商引资", 4, date(2025, 4, 2), 40, "dl"),   # other: stale (>1 year)
    _Column(17, "便民服务", 5, date(2026, 3, 1), 30, "item"),
    _Column(18, "部门动态", 10, date(2026, 6, 10), 20, "year"),  # [MM-DD] rows under year tabs, fresh
)
_STALE = {12: "2026-05-20", 13: "2025-11-20", 14: "2025-04-02"}
_NEWS_SUBJECTS = ("召开常务会议研究部署重点工作", "开展安全生产大检查", "推进乡村振兴示范村建设", "举办招商推介会",
                  "召开防汛工作调度会", "督查民生实事项目进展", "开展文明城市创建志愿服务", "调研企业复工复产")


def _portal_rows(c: _Column, items: list[tuple[int, str, date]]) -> str:
    if c.row == "item" and c.col == 17:  # the date first, bracketed
        return "".join(f'<div class="list-item"><span class="date">[{d.isoformat()}]</span>'
                       f'<a href="{_a(f"/site/article.jsp?id={i}")}">{t}</a></div>' for i, t, d in items)
    if c.row == "item":
        return "".join(f'<div class="list-item"><a href="{_a(f"/site/article.jsp?id={i}")}" title="{t}" target="_blank">'
                       f'{t}</a><span class="date">{_cn(d)}</span></div>' for i, t, d in items)
    if c.row == "dl":
        return "<dl class=\"news-dl\">" + "".join(
            f'<dd><a href="{_a(f"/site/article.jsp?id={i}")}">{t}</a><span>{_slash(d)}</span></dd>'
            for i, t, d in items) + "</dl>"
    if c.row == "year":
        return _year_tabs([(f"/site/article.jsp?id={i}", t, d) for i, t, d in items])
    return '<ul class="notice">' + "".join(f'<li><a href="{_a(f"/site/article.jsp?id={i}")}">{t}</a>'
                                          f'<em>{d.isoformat()}</em></li>' for i, t, d in items) + "</ul>"


def _year_tabs(items: list[tuple[str, str, date]]) -> str:
    """Rows grouped under year tabs (the first tab is open), each row dated only [MM-DD]."""
    years = sorted({d.year for _, _, d in items}, reverse=True)
    tabs = "".join(f'<span{_ON if y == years[0] else ""}>{y}年</span>' for y in years)
    return f'<div class="year-tab">{tabs}</div>' + "".join(
        f'<div class="year-box" data-year="{y}"><ul>' + "".join(
            f'<li><a href="{_a(u)}">{t}</a><span>[{d.month:02d}-{d.day:02d}]</span></li>'
            for u, t, d in sorted(items, key=lambda x: x[2], reverse=True) if d.year == y) + "</ul></div>" for y in years)


def _portal_pager(c: _Column, page: int, pages: int) -> str:
    if pages == 1:
        return ""
    if c.param == "page":  # numbered links only
        return '<div class="pages">' + "".join(
            f"<b>{n}</b>" if n == page else f'<a href="{_a(portal_list(c.col, n, "page") if n > 1 else portal_list(c.col))}">{n}</a>'
            for n in range(1, pages + 1)) + "</div>"
    nxt = f'<a href="{_a(portal_list(c.col, page + 1))}">下一页</a>' if page < pages else "下一页"
    prev = f'<a href="javascript:gotoPage({page - 1})">上一页</a>' if page > 1 else "上一页"
    return (f'<div class="pager">第{page}页/共{pages}页 <a href="javascript:gotoPage(1)">首页</a> {prev} {nxt} '
            f'<a href="javascript:gotoPage({pages})">尾页</a> 跳转到<input type="text" id="pageIndex" name="pageIndex" '
            f'size="2" value="{page}">页<a href="javascript:gotoPage(document.form1.pageIndex.value)">GO</a></div>')


def _column_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": f"{name}栏目", "ColumnKeywords": name, "ColumnType": "列表"}


def _article_meta(title: str, when: date, source: str) -> dict[str, str]:
    return {"ArticleTitle": title, "PubDate": f"{when.isoformat()} 10:20", "ContentSource": source}


def _portal(b: _Builder) -> list[tuple[int, str, date]]:
    """Portal columns and articles; returns the 县政要闻 items for the homepage."""
    headline: list[tuple[int, str, date]] = []
    for c in _PORTAL_COLUMNS:
        items = [(c.col * 100 + n, f"{COUNTY}{_NEWS_SUBJECTS[(n + c.col) % len(_NEWS_SUBJECTS)]}（{c.name}{n + 1}）"
                  if c.row != "ul" else f"关于{('做好', '开展', '征集', '公示')[n % 4]}第{n + 1}批事项的通知",
                  c.newest - timedelta(days=c.step * n)) for n in range(c.count)]
        if c.col == 11:
            headline = items[:6]
        pages = -(-len(items) // c.per_page)
        for p in range(1, pages + 1):
            url = portal_list(c.col, p, c.param)
            rows = _portal_rows(c, items[(p - 1) * c.per_page:p * c.per_page])
            body = (f'<div class="left-menu"><h2>新闻中心</h2><ul>' + "".join(
                f'<li{_ON if x.col == c.col else ""}><a href="{_a(portal_list(x.col))}">{x.name}</a></li>'
                for x in _PORTAL_COLUMNS) + f'</ul></div><div class="right-list"><div class="list-title">{c.name}</div>'
                f"{rows}{_portal_pager(c, p, pages)}</div>")
            b.page(url, _shell(f"{c.name}-{GOV}", body, _column_meta(c.name), url, True,
                               [("首页", "/index.html"), (c.name, "")]), True)
            if p > 1:
                b.traps.append(Trap(url, LATER_PAGE))
        for i, title, when in items:
            extra = ""
            if i == 1101:  # a news photo that is gone
                extra = '<p style="text-align:center"><img src="/uploadfiles/images/2026/0601.jpg" alt="会议现场"></p>'
                b.key.append(Expected("broken-links", "/uploadfiles/images/2026/0601.jpg", "新闻正文中的图片 404",
                                      probe="status:404"))
            elif i == 1102:
                extra = '<p style="text-align:center"><img src="/uploadfiles/images/2026/0602.jpg" alt="调研现场"></p>'
            body = (f'<div class="article"><h1>{title}</h1><div class="info">发布时间：{when.isoformat()} 10:20　'
                    f"来源：{COUNTY}融媒体中心　浏览次数：<span id=\"hits\">128</span></div>"
                    f'<div class="content"><p>{when.month}月{when.day}日，{title.split("（")[0]}。</p>{extra}</div></div>')
            url = f"/site/article.jsp?id={i}"
            b.page(url, _shell(f"{title}-{GOV}", body, {**_column_meta(c.name), **_article_meta(title, when, "融媒体中心")},
                               url, True, [("首页", "/index.html"), (c.name, portal_list(c.col)), ("正文", "")]), True)
        if c.col in _STALE:
            b.key.append(Expected("stale-columns", portal_list(c.col), f"{c.name}最新一条为{_STALE[c.col]}",
                                  probe=f"newest:{_STALE[c.col]}"))
    for col, name, empty in ((15, "网上调查", '<div class="nodata">暂无相关信息</div>'), (16, "专题专栏", '<ul class="list"></ul>'),
                             (19, "政民互动", '<div class="list-item"><p class="none">信息正在更新中……</p></div>')):
        url = portal_list(col)
        body = f'<div class="right-list"><div class="list-title">{name}</div>{empty}</div>'
        b.page(url, _shell(f"{name}-{GOV}", body, _column_meta(name), url, True, [("首页", "/index.html"), (name, "")]), True)
        b.key.append(Expected("empty-columns", url, f"{name}栏目没有任何信息" + ("（空列表，无提示）" if "<ul" in empty else "（只有“暂无/正在更新”提示）"),
                              probe="no-rows"))
    for col, name, text in ((21, "机构概况", f"{GOV}办公室是县政府的办事机构，负责处理县政府日常工作。"),
                            (22, "领导之窗", "县长：张某某，主持县政府全面工作。副县长：李某某，负责发展改革、财政工作。"),
                            (23, "网站地图", "首页 信息公开 县政要闻 通知公告"), (24, "联系我们", "地址：桐溪县人民路1号 电话：0563-1234567")):
        url = f"/site/content.jsp?colId={col}"
        body = f'<div class="single"><h2>{name}</h2><div class="content"><p>{text}</p></div></div>'
        meta = {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": "单页"}
        b.page(url, _shell(f"{name}-{GOV}", body, meta, url, True, [("首页", "/index.html"), (name, "")]), True)
        if col < 23:
            b.traps.append(Trap(url, "无日期的单页（静态页面），不是栏目，不应判为长期未更新"))
    return headline


# ---------------------------------------------------------------- disclosure platform

_CATS = ((101, "规范性文件"), (102, "政策文件"), (103, "政策解读"), (108, "公示公告"), (104, "人事信息"),
         (105, "财政预决算"), (106, "重点项目"), (107, "政府信息公开年报"))


def _platform_menu(organ: int, cat: int) -> str:
    if organ != GOV_ORGAN:
        return ('<div class="xxgk-menu"><h3>部门信息公开</h3><ul>' + "".join(
            f'<li{_CUR if o == organ else ""}><a href="{_a(platform_list(o, 107))}">{s}</a></li>'
            for o, _, s in DEPARTMENTS) + "</ul></div>")
    return ('<div class="xxgk-menu"><h3>法定主动公开内容</h3><ul>' + "".join(
        f'<li{_CUR if c == cat else ""}><a href="{_a(platform_list(organ, c))}">{n}</a></li>'
        for c, n in _CATS) + f'<li><a href="/public/dept.html">部门信息公开</a></li></ul></div>')


def _platform_crumbs(organ: int, name: str) -> list[tuple[str, str]]:
    crumbs = [("首页", "/index.html"), ("信息公开", "/public/index.html")]
    if organ != GOV_ORGAN:
        crumbs += [("部门信息公开", "/public/dept.html"), (next(s for o, _, s in DEPARTMENTS if o == organ), "")]
    return crumbs + [(name, "")]


def _info_table(rows: dict[str, str], narrow: bool = False) -> str:
    """The platform's metadata block: two label/value pairs per table row (`<th>label：</th>`),
    or, in the narrow variant, one pair per row with plain label cells and no colon."""
    if narrow:
        return '<table class="xxgk-info" width="100%">' + "".join(
            f'<tr><td class="t" width="20%">{k}</td><td>{v}</td></tr>' for k, v in rows.items()) + "</table>"
    cells = [f'<th>{k}：</th><td>{v}</td>' for k, v in rows.items()]
    return '<table class="xxgk-info" cellspacing="0">' + "".join(
        "<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>"


@dataclass
class _Doc:
    id: int
    cat: int
    title: str
    when: date
    organ: int = GOV_ORGAN
    wenhao: str = ""
    fields: dict[str, str] | None = None  # the metadata table (None: none)
    body: str = ""
    links: str = ""  # a related box under the text
    column: str = ""


def _doc_page(b: _Builder, d: _Doc) -> None:
    organ_name = GOV if d.organ == GOV_ORGAN else next(n for o, n, _ in DEPARTMENTS if o == d.organ)
    info = _info_table(d.fields, narrow=d.cat == 101 and d.id % 2 == 0) if d.fields is not None else ""
    shown = f'<div class="art-info">发布日期：{d.when.isoformat()}　来源：{organ_name}</div>'
    body = (f'{_platform_menu(d.organ, d.cat)}<div class="xxgk-detail">{info}<h1 class="title">{d.title}</h1>'
            f"{shown}<div class=\"article-content\">{d.body}</div>{d.links}</div>")
    url = detail(d.id)
    meta = {**_column_meta(d.column), **_article_meta(d.title, d.when, organ_name)}
    b.page(url, _shell(f"{d.title}_{organ_name}", body, meta, url, False,
                       _platform_crumbs(d.organ, d.column)[:-1] + [(d.column, platform_list(d.organ, d.cat)), ("正文", "")],
                       footer_id=False), False)


def _fields(d: _Doc, drop: str = "") -> dict[str, str]:
    rows = {"信息索引号": f"11341825003050123X/{d.when.year}-{d.id:05d}", "发布机构": GOV,
            "文　　号": d.wenhao, "生成日期": (d.when - timedelta(days=1)).isoformat(),
            "发布日期": d.when.isoformat(), "时效性": "有效"}
    if drop == "文　　号":
        rows[drop] = ""  # the label is there, its value is not
    elif drop:
        del rows[drop]
    return rows


_TOPICS = ("城乡居民临时救助实施办法", "农村集体资产管理办法", "城区停车管理规定", "建设用地审批管理办法",
           "政府投资项目管理办法", "中小企业扶持资金管理办法", "城镇老旧小区改造实施意见", "农村宅基地管理办法",
           "公共租赁住房管理办法", "农业产业化龙头企业认定办法", "住房公积金提取管理规定", "促进消费若干措施")


def _policy(b: _Builder) -> list[_Doc]:
    """规范性文件 (101), 政策文件 (102) and 政策解读 (103); returns the interpretations."""
    docs: list[_Doc] = []
    for n, topic in enumerate(_TOPICS):
        when = date(2026, 5, 28) - timedelta(days=27 * n)
        d = _Doc(2001 + n, 101, f"{GOV}关于印发《{COUNTY}{topic}》的通知", when, wenhao=f"溪政规〔{when.year}〕{12 - n}号",
                 column="规范性文件")
        d.fields = _fields(d, {2: "文　　号", 6: "时效性", 9: "生成日期"}.get(n, ""))
        docs.append(d)
    for n, topic in enumerate(("加快民营经济发展", "推进数字政府建设", "稳就业若干措施", "促进文旅融合发展",
                               "优化营商环境行动方案", "夏粮收购工作")):
        when = date(2026, 6, 5) - timedelta(days=33 * n)
        d = _Doc(2101 + n, 102, f"{COUNTY}人民政府办公室关于{topic}的通知", when, wenhao=f"溪政办〔{when.year}〕{30 - n}号",
                 column="政策文件")
        d.fields = _fields(d)
        docs.append(d)
    # interpretation plans: doc id → (kind, lag days); kinds: linked, late, title (《》 only), wenhao (文号 in text),
    # oneway (the document links to it, it does not link back), none
    plan = {2003: ("none", 0), 2008: ("none", 0), 2006: ("title", 1), 2011: ("late", 12), 2103: ("none", 0),
            2105: ("wenhao", 2), 2012: ("oneway", 1)}
    interps: list[_Doc] = []
    for d in docs:
        kind, lag = plan.get(d.id, ("linked", d.id % 2))
        short = d.title.split("《")[1].split("》")[0] if "《" in d.title else d.title.split("关于")[1].removesuffix("的通知")
        if kind == "none":
            b.key.append(Expected("interpretations", detail(d.id), f"{d.column}《{short}》没有政策解读", probe="no-interp"))
            continue
        i = _Doc(2200 + len(interps) + 1, 103, "", d.when + timedelta(days=lag), column="政策解读")
        if kind == "wenhao":
            i.title = f"图解：{COUNTY}这项新政策来了"
            i.body = f"<p>近日，{COUNTY}人民政府办公室印发了{d.wenhao}文件，现将主要内容解读如下。</p>"
        else:
            i.title = f"《{short}》政策解读"
            i.body = f"<p>一、出台背景。为贯彻落实上级部署，制定《{short}》。二、主要内容。……</p>"
            if d.id == 2009:  # the infographic of this interpretation is gone
                i.body += '<p><img src="/uploadfiles/images/2025/tujie2009.png" alt="一图读懂"></p>'
                b.key.append(Expected("broken-links", "/uploadfiles/images/2025/tujie2009.png", "解读正文中的图解图片 404",
                                      probe="status:404"))
        if kind in ("linked", "late"):
            i.links = f'<div class="ywlj"><span>相关文件：</span><a href="{detail(d.id)}">{d.title}</a></div>'
        if kind in ("linked", "late", "oneway"):
            d.links = f'<div class="xgjd"><h4>【相关解读】</h4><ul><li><a href="{detail(i.id)}">{i.title}</a></li></ul></div>'
        if kind == "late":
            b.key.append(Expected("interpretations", detail(d.id), f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif kind == "oneway":
            b.key.append(Expected("interpretations", detail(d.id), "文件链接了解读，解读未链回文件", probe="one-way"))
        elif kind in ("title", "wenhao"):
            how = "解读标题中的《文件名》" if kind == "title" else "解读正文中的文号"
            b.key.append(Expected("interpretations", detail(d.id), f"解读存在但与文件未相互链接（仅{how}关联）",
                                  probe="no-interp-link"))
        interps.append(i)
    for d in docs:
        wh = f"<p>{d.wenhao}</p>" if d.fields and d.fields.get("文　　号") else ""
        d.body = f"{wh}<p>各乡镇人民政府，县政府各部门：</p><p>现将有关事项通知如下。</p>"
        if d.id == 2004:  # an attachment whose download is gone
            d.body += '<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2004.pdf">申请表.pdf</a></p>'
            b.key.append(Expected("broken-links", "/module/download/downfile.jsp?classid=0&filename=2004.pdf",
                                  "附件下载地址 404", probe="status:404"))
        elif d.id == 2102:  # an attachment answered by an HTML error page with status 200
            d.body += '<p>附件：<a href="/uploadfiles/2026/04/2102.doc">实施细则.doc</a></p>'
            b.key.append(Expected("broken-links", "/uploadfiles/2026/04/2102.doc", "附件返回 HTML 错误页（软 404）",
                                  probe="soft404"))
        elif d.id in (2001, 2101):
            d.body += f'<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename={d.id}.pdf">附件{d.id}.pdf</a></p>'
            b.resources[f"/module/download/downfile.jsp?classid=0&filename={d.id}.pdf"] = Resource(
                fake_pdf(f"attachment {d.id}"), "application/pdf")
        if d.fields and not d.fields.get("文　　号", "x"):
            b.key.append(Expected("normative-metadata", detail(d.id), "元数据缺文号", probe="meta-missing:文　　号"))
        elif d.fields and "时效性" not in d.fields:
            b.key.append(Expected("normative-metadata", detail(d.id), "元数据缺时效性", probe="meta-missing:时效性"))
        elif d.fields and "生成日期" not in d.fields:
            b.key.append(Expected("normative-metadata", detail(d.id), "元数据缺生成日期（成文日期）", probe="meta-missing:生成日期"))
        _doc_page(b, d)
    for i in interps:
        _doc_page(b, i)
    normative = [d for d in docs if d.cat == 101]
    for p in (1, 2):
        rows = "".join(f'<dd><a href="{detail(d.id)}" title="{d.title}">{d.title}</a><span class="wh">{d.wenhao}</span>'
                       f'<span class="rq">{d.when.isoformat()}</span></dd>' for d in normative[(p - 1) * 8:p * 8])
        pager = (f'<div class="pager">第{p}页/共2页 ' + (f'<a href="{_a(platform_list(GOV_ORGAN, 101))}">上一页</a> ' if p == 2 else "上一页 ")
                 + (f'<a href="{_a(platform_list(GOV_ORGAN, 101, 2))}">下一页</a>' if p == 1 else "下一页") + "</div>")
        _list_page(b, GOV_ORGAN, 101, "规范性文件", f'<dl class="doc-list"><dt>标题 / 文号 / 日期</dt>{rows}</dl>{pager}', p)
    policy = [d for d in docs if d.cat == 102]
    rows = "".join(f'<div class="list-item"><a href="{detail(d.id)}">{d.title}</a><span>{_cn(d.when)}</span></div>'
                   for d in policy)
    _list_page(b, GOV_ORGAN, 102, "政策文件", rows)
    _list_page(b, GOV_ORGAN, 103, "政策解读", _year_tabs([(detail(i.id), i.title, i.when) for i in interps]))
    b.traps.append(Trap(platform_list(GOV_ORGAN, 103), "政策解读栏目本身，其标题不是“相关解读”框"))
    return interps


def _list_page(b: _Builder, organ: int, cat: int, name: str, inner: str, page: int = 1, declare: bool = True) -> None:
    url = platform_list(organ, cat, page)
    body = f'{_platform_menu(organ, cat)}<div class="xxgk-list"><div class="list-title">{name}</div>{inner}</div>'
    organ_name = GOV if organ == GOV_ORGAN else next(n for o, n, _ in DEPARTMENTS if o == organ)
    b.page(url, _shell(f"{name}_{organ_name}", body, _column_meta(name), url, False, _platform_crumbs(organ, name),
                       declare=declare), False)
    if page > 1:
        b.traps.append(Trap(url, LATER_PAGE))


def _other_columns(b: _Builder) -> None:
    notices = [_Doc(2301 + n, 108, t, w, column="公示公告") for n, (t, w) in enumerate((
        ("2026年第二批城乡低保对象名单公示", date(2026, 5, 20)),
        (f"关于公布{GOV}行政规范性文件清理结果的通知", date(2026, 2, 10)),
        ("2026年县级重点项目名单公示", date(2026, 1, 8)), ("2025年度政府信息公开工作考核结果公示", date(2025, 12, 2))))]
    for d in notices:
        d.body = f"<p>{d.title}，现予公布。</p>"
        _doc_page(b, d)
    rows = "".join(f'<div class="list-item"><a href="{detail(d.id)}">{d.title}</a>'
                   f'<span>发布时间：{d.when.isoformat()} 09:00</span></div>' for d in notices)
    _list_page(b, GOV_ORGAN, 108, "公示公告", rows)
    note = ('<div class="explain"><h4>情况说明</h4><p>根据工作安排，本机关本年度暂无人事任免信息需要公开，特此说明。'
            "如有相关信息将及时发布。</p></div>")
    _list_page(b, GOV_ORGAN, 104, "人事信息", note)
    b.traps.append(Trap(platform_list(GOV_ORGAN, 104), "只有情况说明的栏目不是空白栏目"))
    for cat, name, inner, marker in ((105, "财政预决算", '<div class="nodata">暂无相关信息</div>', True),
                                     (106, "重点项目", '<ul class="doc-list"></ul>', False)):
        _list_page(b, GOV_ORGAN, cat, name, inner)
        b.key.append(Expected("empty-columns", platform_list(GOV_ORGAN, cat),
                              f"{name}栏目没有任何信息" + ("（有“暂无相关信息”提示）" if marker else "（空列表，无提示）"),
                              probe="no-rows"))


# (organ id, full name, years published with their publication dates, title style)
def _reports(b: _Builder) -> None:
    plans = {
        GOV_ORGAN: {2021: date(2022, 3, 25), 2022: date(2023, 3, 20), 2024: date(2025, 4, 10), 2025: date(2026, 3, 31)},
        6611: {2021: date(2022, 1, 20), 2022: date(2023, 1, 18), 2023: date(2024, 1, 25), 2024: date(2025, 1, 22),
               2025: date(2026, 1, 31)},
        6612: {2021: date(2022, 1, 26), 2023: date(2024, 1, 19), 2024: date(2025, 1, 27), 2025: date(2026, 1, 23)},
        6613: {2021: date(2022, 1, 28), 2022: date(2023, 1, 30), 2023: date(2024, 1, 29), 2024: date(2025, 1, 24),
               2025: date(2026, 2, 10)},
    }
    names = {GOV_ORGAN: GOV, **{o: n for o, n, _ in DEPARTMENTS}}
    next_id = 2401
    for organ, published in plans.items():
        name = names[organ]
        rows = []
        for year, when in sorted(published.items(), reverse=True):
            if organ == 6612 or (organ == 6613 and year % 2):
                title = f"{year}年度政府信息公开工作年报"  # the organ is only in the column, menu and 发布机构
            else:
                title = f"{name}{year}年政府信息公开工作年度报告"
            d = _Doc(next_id, 107, title, when, organ=organ, column="政府信息公开年报",
                     body=report_body(name, year, next_id % 17))
            d.fields = {"信息索引号": f"11341825003050{organ}/{when.year}-{next_id:05d}", "发布机构": name,
                        "生成日期": when.isoformat(), "发布日期": when.isoformat()}
            _doc_page(b, d)
            rows.append(f'<li><a href="{detail(d.id)}" title="{title}">{title}</a><span>{_cn(when)}</span></li>')
            deadline = date(year + 1, 3, 31) if organ == GOV_ORGAN else date(year + 1, 1, 31)
            short = name.removeprefix(COUNTY)
            if when > deadline:
                b.key.append(Expected("annual-reports", detail(d.id), f"{name}{year}年报{when}发布，晚于{deadline}",
                                      match=(short, str(year)), probe=f"late:{deadline.isoformat()}"))
            elif when == deadline:
                b.traps.append(Trap(detail(d.id), "年报在截止日当天发布，不算逾期"))
            next_id += 1
        # Department lists declare no charset; the 卫健委 list shows 3 reports a page.
        per_page = 3 if organ == 6613 else 10
        pages = -(-len(rows) // per_page)
        for p in range(1, pages + 1):
            pager = "" if pages == 1 else (
                f'<div class="pager">共{len(rows)}条 第{p}页/共{pages}页 '
                + (f'<a href="{_a(platform_list(organ, 107) + f"&pageIndex={p - 1}")}">上一页</a> ' if p > 1 else "上一页 ")
                + (f'<a href="{_a(platform_list(organ, 107, p + 1))}">下一页</a>' if p < pages else "下一页") + "</div>")
            _list_page(b, organ, 107, "政府信息公开年报", '<ul class="nb-list">' + "".join(rows[(p - 1) * per_page:p * per_page])
                       + f"</ul>{pager}", p, declare=organ == GOV_ORGAN)
        if pages > 1:  # page 2 links page 1 as `&pageIndex=1`: the same page under a second URL
            alias = platform_list(organ, 107) + "&pageIndex=1"
            b.resources[alias] = b.resources[platform_list(organ, 107)]
            b.traps.append(Trap(alias, "列表第 1 页的别名（&pageIndex=1），与第 1 页是同一栏目"))
        for year in range(2021, 2026):
            if year not in published:
                b.key.append(Expected("annual-reports", platform_list(organ, 107), f"缺{name}{year}年度报告",
                                      match=(name.removeprefix(COUNTY), str(year)), probe=f"no-report:{year}"))


def _statics(b: _Builder) -> None:
    pages = (("/public/guide/6601.html", "政府信息公开指南", f"{GOV}政府信息公开指南", date(2025, 9, 1)),
             ("/public/zhidu/6601.html", "政府信息公开制度", f"{GOV}政府信息公开制度", date(2025, 6, 18)),
             ("/public/apply/6601.html", "依申请公开", "依申请公开办理说明", date(2025, 6, 18)))
    for url, col, title, when in pages:
        body = (f'{_platform_menu(GOV_ORGAN, 0)}<div class="xxgk-detail"><h1 class="title">{title}</h1>'
                f'<div class="art-info">发布日期：{when.isoformat()}</div><div class="article-content"><p>{title}正文。</p></div></div>')
        meta = {**_column_meta(col), **_article_meta(title, when, GOV)}
        b.page(url, _shell(f"{title}_{GOV}", body, meta, url, False, _platform_crumbs(GOV_ORGAN, col)), False)
    links = "".join(f'<li><a href="{u}">{c}</a></li>' for u, c, _, _ in pages)
    cats = "".join(f'<li><a href="{_a(platform_list(GOV_ORGAN, c))}">{n}</a></li>' for c, n in _CATS)
    body = (f'<div class="xxgk-home"><ul class="gk-top">{links}<li><a href="{_a(platform_list(GOV_ORGAN, 107))}">'
            f'政府信息公开年报</a></li></ul><h3>法定主动公开内容</h3><ul class="gk-cats">{cats}</ul>'
            '<h3><a href="/public/dept.html">部门信息公开</a></h3></div>')
    b.page("/public/index.html", _shell(f"政府信息公开_{GOV}", body, _column_meta("政府信息公开"), "/public/index.html",
                                        False, [("首页", "/index.html"), ("信息公开", "")]), False)
    depts = "".join(f'<li><a href="{_a(platform_list(o, 107))}">{s}</a>（{n}）</li>' for o, n, s in DEPARTMENTS)
    body = f'{_platform_menu(DEPARTMENTS[0][0], 0)}<div class="xxgk-list"><div class="list-title">部门信息公开</div><ul class="dept">{depts}</ul></div>'
    b.page("/public/dept.html", _shell(f"部门信息公开_{GOV}", body, _column_meta("部门信息公开"), "/public/dept.html",
                                       False, [("首页", "/index.html"), ("信息公开", "/public/index.html"), ("部门信息公开", "")]), False)


def _home(b: _Builder, headline: list[tuple[int, str, date]]) -> None:
    news = "".join(f'<li><a href="{_a(f"/site/article.jsp?id={i}")}">{t}</a><span>{when.month:02d}-{when.day:02d}</span></li>'
                   for i, t, when in headline)
    body = (f'<div class="banner"><img src="/images/banner.png" alt="{GOV}"></div><div class="home-news"><h3>县政要闻'
            f'<a class="more" href="{_a(portal_list(11))}">更多&gt;&gt;</a></h3><ul>{news}</ul></div>'
            '<div class="zt"><a href="/site/list.jsp?colId=99"><img src="/images/zt.png" alt="学习贯彻专题"></a></div>')
    b.key.append(Expected("broken-links", "/site/list.jsp?colId=99", "首页专题入口 404", probe="status:404"))
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    b.page("/index.html", _shell(GOV, body, meta, "/index.html", True, [("首页", "")]), True)


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"jsp offers only the small size, not {size!r}")
    b = _Builder({}, [], [])
    headline = _portal(b)
    _policy(b)
    _other_columns(b)
    _reports(b)
    _statics(b)
    _home(b, headline)
    for img in ("logo", "banner", "zt", "red", "ga"):
        b.resources[f"/images/{img}.png"] = Resource(tiny_png(), "image/png")
    b.resources["/uploadfiles/images/2026/0602.jpg"] = Resource(tiny_png(), "image/png")
    b.resources["/images/style.css"] = Resource(b"body{font-size:14px}", "text/css")
    b.resources["/js/jiucuo.js"] = Resource(b"/* jiucuo */", "application/javascript")
    error = _shell(f"页面不存在_{GOV}", '<div class="err"><h2>404</h2><p>对不起，您访问的页面不存在或已被删除！</p></div>',
                   {}, "/404.aspx", True, [("首页", "/index.html"), ("页面不存在", "")])
    b.resources["/uploadfiles/2026/04/2102.doc"] = Resource(error.encode("utf-8"), PORTAL)
    b.key.append(Expected("footer", detail(2001), "信息公开平台文章页模板页脚缺网站标识码", probe="footer-lacks:网站标识码",
                          url_pattern=DETAIL_PAGES))
    not_found = Resource("<html><body><h1>404 Not Found</h1></body></html>".encode(), "text/html", 404)
    empties = sum(1 for e in b.key if e.family == "empty-columns")
    return SampleSite("jsp", size, AS_OF, b.resources, not_found, b.key, b.traps,
                      frozenset({"empty-columns-veto"}) if empties >= 5 else frozenset())
