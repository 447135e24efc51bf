"""A Hanweb JCMS style sample site (大汉版通): the fictional 青溪县人民政府, served in GBK.

Written from real Hanweb markup (hiddenLocation spans, SiteName/ColumnName metas, 当前位置 trail,
`/col/col{id}/index.html` lists with rows in `<script type="text/xml"><datastore>` islands and
`index.html?uid=…&pageNum=N` pagers, `/art/YYYY/M/D/art_{col}_{doc}.html` articles with an
`xxgk_table` metadata block). The defect table below generates both the pages and the answer
key, so they cannot drift. Everything not in the key is compliant as of AS_OF.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 9, 30)
SITE = "青溪县人民政府"
HTML_TYPE = "text/html; charset=GBK"
PER_PAGE = 15
SIZES = ("small", "medium")
# Larger sites for benchmarks/memory.py only (not in SIZES: accuracy runs skip them): the medium
# site's kind of news column (206 articles) repeated, about 1,000, 5,000 and 20,000 HTML pages.
BENCH_SIZES = {"1k": 4, "5k": 22, "20k": 90}


@dataclass
class Doc:
    """One article. `shown` is the date the article itself displays; `listed` the list row's
    date (different only in a regeneration pile)."""

    doc_id: int
    title: str
    shown: date
    listed: date | None = None
    meta: dict[str, str] | None = None  # the xxgk_table block, None for plain articles
    body_extra: str = ""
    interps: list[int] = field(default_factory=list)  # interpretation doc ids the page links to
    of_doc: int | None = None  # for an interpretation: the document it explains
    links_doc: bool = True  # an interpretation page links to its document
    annual: tuple[str, int] | None = None  # (organ, year) of an annual report

    @property
    def list_date(self) -> date:
        return self.listed or self.shown


@dataclass
class Column:
    col_id: int
    name: str
    hub: str  # "news" | "zwgk"
    docs: list[Doc] = field(default_factory=list)
    row_style: str = "li-span"
    empty_marker: str | None = None  # marker text of an empty column ("" = no text at all)
    uid: int = 0

    @property
    def url(self) -> str:
        return f"/col/col{self.col_id}/index.html"

    def page_url(self, n: int) -> str:
        return self.url if n == 1 else f"{self.url}?uid={self.uid}&pageNum={n}"

    def doc_url(self, doc: Doc) -> str:
        d = doc.shown
        return f"/art/{d.year}/{d.month}/{d.day}/art_{self.col_id}_{doc.doc_id}.html"

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // PER_PAGE))


def _d(s: str) -> date:
    return date.fromisoformat(s)


def _days(n: int) -> date:
    return AS_OF - timedelta(days=n)


# ---------------------------------------------------------------------------- content

_TOPICS = ("农村人居环境整治", "营商环境优化", "安全生产大检查", "文明城市创建", "重点项目建设", "防汛防台",
           "基层治理", "乡村振兴", "数字化改革", "民生实事", "招商引资", "生态环境保护", "教育质量提升",
           "医疗卫生服务", "养老服务体系", "消防安全", "森林防火", "耕地保护", "河湖长制", "就业帮扶")
_VERBS = ("召开专题会议部署", "开展督查推进", "举行工作推进会研究", "调研指导", "通报阶段进展", "组织专项行动推进")


def _news_title(col: str, i: int) -> str:
    return f"{col[:2]}：{_TOPICS[i % len(_TOPICS)]}{_VERBS[i % len(_VERBS)]}（第{i + 1}期）"


def _news(col_id: int, name: str, n: int, newest_age: int, spacing: float = 1.0, base: int = 0) -> Column:
    docs = [Doc(col_id % 1000 * 10000 + base + i, _news_title(name, base + i), _days(newest_age + int(i * spacing)))
            for i in range(n)]
    return Column(col_id, name, "news", docs)


def _meta(index: str | None, organ: str, written: date, number: str, pub: date, validity: str | None,
          theme: str) -> dict[str, str]:
    meta = {"索引号": index or "", "主题分类": theme, "发布机构": organ, "成文日期": f"{written:%Y-%m-%d}",
            "发文字号": number, "发布日期": f"{pub:%Y-%m-%d}", "有效性": validity or ""}
    return {k: v for k, v in meta.items() if v}


# ------------------------------------------------------------------- the defect table

@dataclass(frozen=True)
class PolicyDoc:
    """A policy or normative document and its interpretation (None: no interpretation)."""

    doc_id: int
    title: str
    pub: str
    number: str
    interp_lag: int | None = 0  # days after the document; None = no interpretation
    linked_back: bool = True  # the document links to its interpretation
    drop: tuple[str, ...] = ()  # metadata fields left out
    defect: str = ""  # family of the planted defect, "" when compliant


_NORMATIVE = (
    PolicyDoc(3101, "青溪县农村集体资产管理办法", "2024-05-20", "青政办发〔2024〕11号"),
    PolicyDoc(3102, "青溪县城市道路临时占用管理规定", "2024-11-08", "青政规〔2024〕3号", drop=("有效性",),
              defect="normative-metadata"),
    PolicyDoc(3103, "青溪县公共租赁住房管理实施细则", "2025-03-14", "青政规〔2025〕1号", drop=("索引号",),
              defect="normative-metadata"),
    PolicyDoc(3104, "青溪县建设用地容积率管理办法", "2025-06-23", "青政规〔2025〕2号"),
    PolicyDoc(3105, "青溪县养犬管理规定", "2025-11-12", "青政办发〔2025〕31号", interp_lag=None,
              defect="interpretations"),
    PolicyDoc(3106, "青溪县农村宅基地审批管理办法", "2026-01-19", "青政规〔2026〕1号", linked_back=False,
              defect="interpretations"),
    PolicyDoc(3107, "青溪县人才住房保障实施办法", "2026-04-07", "青政规〔2026〕2号", interp_lag=26,
              defect="interpretations"),
    PolicyDoc(3108, "青溪县城镇燃气安全管理规定", "2026-07-15", "青政规〔2026〕3号"),
)
_POLICY = (
    PolicyDoc(3201, "青溪县关于促进民营经济高质量发展的若干意见", "2025-08-11", "青政发〔2025〕9号"),
    PolicyDoc(3202, "青溪县推动制造业数字化转型行动方案", "2026-02-27", "青政发〔2026〕2号", interp_lag=None,
              defect="interpretations"),
    PolicyDoc(3203, "青溪县全域旅游发展三年行动计划", "2026-05-18", "青政发〔2026〕6号", interp_lag=1),
)

# (organ, {year: publication date or None for missing}); governments are due 03-31, departments 01-31.
_GOV = ("青溪县人民政府", {2021: "2022-03-25", 2022: "2023-03-28", 2023: None, 2024: "2025-03-20", 2025: "2026-04-15"})
_DEPTS = (
    ("青溪县教育局", {2021: "2022-01-20", 2022: "2023-01-18", 2023: "2024-01-25", 2024: None, 2025: "2026-01-22"}),
    ("青溪县卫生健康局", {2021: "2022-01-26", 2022: "2023-01-29", 2023: "2024-01-30", 2024: "2025-01-24", 2025: "2026-02-10"}),
    ("青溪县财政局", {2021: "2022-01-14", 2022: "2023-01-16", 2023: "2024-01-19", 2024: "2025-01-21", 2025: "2026-01-20"}),
    ("青溪县民政局", {2021: "2022-01-28", 2022: "2023-02-20", 2023: "2024-01-26", 2024: "2025-01-27", 2025: "2026-01-29"}),
)

BROKEN_PAGE = "/art/2026/9/8/art_1229401_99001.html"
BROKEN_ATTACHMENT = "/attach/0/2609151020123.pdf"
BROKEN_IMAGE = "/picture/0/2609101532001.jpg"
EMPTY = ((1229507, "财政预决算", ""), (1229508, "重大项目", "暂无信息"), (1229509, "行政执法", "信息正在更新中"))


def _policy_columns() -> tuple[Column, Column, Column, list[Expected]]:
    gfx = Column(1229503, "规范性文件", "zwgk", row_style="div-row")
    zcwj = Column(1229504, "政策文件", "zwgk", row_style="div-row")
    zcjd = Column(1229505, "政策解读", "zwgk", row_style="li-bracket")
    key: list[Expected] = []
    pairs: list[tuple[Column, Doc, Doc | None]] = []
    for col, docs, theme in ((gfx, _NORMATIVE, "规范性文件"), (zcwj, _POLICY, "综合政务")):
        for n, pd in enumerate(docs):
            pub = _d(pd.pub)
            index = f"001008003/{pub.year}-{n + 20:05d}"
            meta = _meta(None if "索引号" in pd.drop else index, "青溪县人民政府办公室", pub - timedelta(days=6),
                         pd.number, pub, None if "有效性" in pd.drop else "有效", theme)
            doc = Doc(pd.doc_id, pd.title, pub, meta=meta)
            interp = None
            if pd.interp_lag is not None:
                interp = Doc(pd.doc_id + 1000, f"《{pd.title}》政策解读", pub + timedelta(days=pd.interp_lag),
                             of_doc=pd.doc_id, links_doc=True)
                if pd.linked_back:
                    doc.interps.append(interp.doc_id)
            col.docs.append(doc)
            pairs.append((col, doc, interp))
            if pd.defect:
                key.append(Expected(pd.defect, col.doc_url(doc), _policy_note(pd),
                                    probe="no-interp-link" if pd.defect == "interpretations" and pd.interp_lag != 26
                                    else ("late-interp" if pd.defect == "interpretations" else "meta-missing:" + pd.drop[0])))
    zcjd.docs = sorted((i for _, _, i in pairs if i), key=lambda d: d.shown, reverse=True)
    gfx.docs.sort(key=lambda d: d.shown, reverse=True)
    zcwj.docs.sort(key=lambda d: d.shown, reverse=True)
    return gfx, zcwj, zcjd, key


def _policy_note(pd: PolicyDoc) -> str:
    if pd.drop:
        return f"文件缺少“{pd.drop[0]}”"
    if pd.interp_lag is None:
        return "文件没有政策解读"
    if not pd.linked_back:
        return "解读链接到文件，文件未链接回解读"
    return f"解读晚于文件 {pd.interp_lag} 天发布"


def _annual_columns() -> tuple[Column, Column, list[Expected]]:
    gov = Column(1229513, "政府信息公开年报", "zwgk")
    dept = Column(1229514, "部门年报", "zwgk", row_style="li-bracket")
    key: list[Expected] = []
    doc_id = 6100
    for col, organs, deadline in ((gov, (_GOV,), (3, 31)), (dept, _DEPTS, (1, 31))):
        for organ, years in organs:
            for year, pub in years.items():
                doc_id += 1
                if pub is None:
                    key.append(Expected("annual-reports", col.url, f"{organ}缺少{year}年年报", match=(organ, str(year)),
                                        probe=f"no-report:{organ}{year}"))
                    continue
                doc = Doc(doc_id, f"{organ}{year}年政府信息公开工作年度报告", _d(pub), annual=(organ, year))
                col.docs.append(doc)
                if _d(pub) > date(year + 1, *deadline):
                    key.append(Expected("annual-reports", col.doc_url(doc), f"{organ}{year}年年报逾期（{pub}）",
                                        match=(str(year),), probe=f"late:{year + 1}-{deadline[0]:02d}-{deadline[1]:02d}"))
        col.docs.sort(key=lambda d: (d.shown, d.doc_id), reverse=True)
    return gov, dept, key


def _columns(size: str) -> tuple[list[Column], list[Expected], list[Trap]]:
    key: list[Expected] = []
    traps: list[Trap] = []
    yw = _news(1229401, "青溪要闻", 45, 1)
    yw.docs[4].body_extra = f'<p>相关报道：<a href="{BROKEN_PAGE}">全县秋季农业生产现场会召开</a></p>'
    yw.docs[9].body_extra = (f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" alt="现场图片"></p>'
                             '<p style="text-align:center"><img src="/picture/0/2609101532000.jpg" alt="会议现场"></p>')
    key += [Expected("broken-links", BROKEN_PAGE, "正文链接指向不存在的页面（404）", probe="status:404"),
            Expected("broken-links", BROKEN_IMAGE, "正文图片不存在（404）", probe="status:404")]
    bmdt = _news(1229402, "部门动态", 20, 21, 2.5)
    bmdt.row_style = "li-bracket"
    # A regeneration pile: every list row and PubDate says 2026-09-26; the articles show 2025 dates.
    xzdt = _news(1229403, "乡镇动态", 32, 300, 4)
    for doc in xzdt.docs:
        doc.listed = _d("2026-09-26")
    xzdt.row_style = "div-row"
    mtjj = _news(1229404, "媒体聚焦", 12, 3, 3)
    key += [Expected("stale-columns", bmdt.url, "动态类栏目最新信息 2026-09-09，超过 14 天", probe="newest:2026-09-09"),
            Expected("stale-columns", xzdt.url, "列表日期为再生成日期，文章显示的最新日期为 2025-12-04",
                     probe="newest-shown:2025-12-04")]
    tzgg = _news(1229501, "通知公告", 24, 2, 3)
    tzgg.hub, tzgg.row_style = "zwgk", "div-row"
    for i, doc in enumerate(tzgg.docs):
        doc.title = f"关于{_TOPICS[i % len(_TOPICS)]}工作安排的通知"
    tzgg.docs[10].title = "青溪县人民政府办公室关于公布2025年度行政规范性文件清理结果的通知"
    tzgg.docs[3].body_extra = ('<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2609201000111.pdf">'
                               '1.报名登记表.pdf</a></p>')
    tzgg.docs[6].body_extra = f'<p>附件：<a href="{BROKEN_ATTACHMENT}">2.申报材料清单.pdf</a></p>'
    key.append(Expected("broken-links", BROKEN_ATTACHMENT, "附件不存在（404）", probe="status:404"))
    gsgg = _news(1229502, "公示公告", 8, 209, 20)
    gsgg.hub = "zwgk"
    for i, doc in enumerate(gsgg.docs):
        doc.title = f"青溪县{_TOPICS[i]}项目拟立项公示"
    key.append(Expected("stale-columns", gsgg.url, "公示公告类栏目最新信息 2026-03-05，超过 6 个月",
                        probe="newest:2026-03-05"))
    gfx, zcwj, zcjd, policy_key = _policy_columns()
    key += policy_key
    rsxx = _news(1229506, "人事信息", 6, 95, 40)
    rsxx.hub = "zwgk"
    for i, doc in enumerate(rsxx.docs):
        doc.title = f"青溪县人民政府关于{['张明', '李华', '王强', '赵敏', '陈刚', '刘洋'][i]}等同志职务任免的通知"
    empties = []
    for col_id, name, marker in EMPTY:
        empties.append(Column(col_id, name, "zwgk", empty_marker=marker))
        key.append(Expected("empty-columns", empties[-1].url, f"空白栏目（{marker or '无任何文字'}）",
                            probe="no-rows"))
    zxzj = Column(1229510, "专项资金", "zwgk",
                  docs=[Doc(5101, "关于青溪县专项资金栏目的情况说明", _d("2026-01-10"))])
    traps.append(Trap(zxzj.url, "只有一条情况说明的栏目不是空白栏目"))
    yjgl = _news(1229511, "应急管理", 5, 437, 30)
    yjgl.hub = "zwgk"
    key.append(Expected("stale-columns", yjgl.url, "其他类栏目最新信息 2025-07-20，超过 1 年", probe="newest:2025-07-20"))
    ghjh = _news(1229512, "规划计划", 4, 258, 90)
    ghjh.hub = "zwgk"
    for i, doc in enumerate(ghjh.docs):
        doc.title = f"青溪县{2026 - i}年{_TOPICS[i]}工作计划"
    gov, dept, annual_key = _annual_columns()
    key += annual_key
    cols = [yw, bmdt, xzdt, mtjj, tzgg, gsgg, gfx, zcwj, zcjd, rsxx, *empties, zxzj, yjgl, ghjh, gov, dept]
    if size == "medium" or size in BENCH_SIZES:
        names = ("经济动态", "社会民生", "文旅动态", "教育动态", "卫健动态", "交通建设动态", "农业农村动态",
                 "生态环境动态", "市场监管动态", "基层风采", "招商动态", "科技动态")
        count = BENCH_SIZES.get(size, len(names))
        cols[4:4] = [_news(1229410 + i, name, 206, 1 + i % 5, 0.5, base=i * 300) for i, name in enumerate(names[:count])]
        # beyond the twelve: ids 1231112… (articles (112+i)·10000 + n: clear of the other columns' ids)
        cols[4 + min(count, 12):4 + min(count, 12)] = [
            _news(1231100 + i, f"{names[i % 12]}{i // 12 + 1}", 206, 1 + i % 5, 0.5) for i in range(12, count)]
    for col in cols:
        col.uid = 4567800 + col.col_id % 1000
        if col.pages > 1:
            traps += [Trap(col.page_url(n), LATER_PAGE) for n in range(2, col.pages + 1)]
            traps.append(Trap(f"{col.url}?uid={col.uid}&pageNum=1", "分页“首页”链接即第 1 页"))
    traps.append(Trap(zcjd.url, "“政策解读”栏目的列表标题不是相关解读框"))
    return cols, key, traps


# ------------------------------------------------------------------------------ markup

_NEWS_HUB = (1229400, "新闻中心")
_ZWGK_HUB = (1229500, "政务公开")
_FDZD_HUB = (1229526, "法定主动公开内容")
_STATIC = ((1229520, "机构职能", None), (1229521, "领导信息", None), (1229522, "政府信息公开指南", "2026-03-10"),
           (1229523, "联系我们", None), (1229524, "政府信息公开制度", None), (1229525, "依申请公开", None))


def _column_metas(name: str, kind: str) -> list[tuple[str, str]]:
    return [("ColumnName", name), ("ColumnDescription", f"{SITE}{name}"), ("ColumnKeywords", name), ("ColumnType", kind)]


def _head(title: str, metas: list[tuple[str, str]]) -> str:
    meta = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in metas)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
            f"<title>{escape(title)}</title>\n"
            f'<meta name="SiteName" content="{SITE}">\n<meta name="SiteDomain" content="www.qingxi.gov.cn">\n'
            f'<meta name="SiteIDCode" content="3311990001">\n{meta}'
            '<link rel="stylesheet" href="/images/2020/style.css" type="text/css">\n</head>\n')


def _top() -> str:
    nav = [("/index.html", "首页"), (f"/col/col{_NEWS_HUB[0]}/index.html", _NEWS_HUB[1]),
           (f"/col/col{_ZWGK_HUB[0]}/index.html", _ZWGK_HUB[1]), (f"/col/col{_STATIC[0][0]}/index.html", "走进青溪")]
    lis = "".join(f'<li><a href="{h}" target="_self">{t}</a></li>' for h, t in nav)
    return ('<div class="top w1200"><div class="logo"><img src="/images/2020/logo.png" alt="青溪县人民政府"></div>'
            '<div class="search"><form action="/jrobotfront/search.action" method="get"><input type="hidden" name="webid" value="1">'
            '<input type="text" name="q" value="请输入关键字"><input type="submit" value="搜索"></form></div></div>\n'
            f'<div class="nav"><ul class="w1200">{lis}</ul></div>\n')


def _location(trail: list[tuple[str, str]]) -> str:
    hidden = "".join(f'<span id="col{i}_name">{n}</span><span id="col{i}_url">{u}</span>'
                     for i, (n, u) in enumerate(reversed(trail), 1))
    cells = "".join(f'<td>&nbsp;&gt;&nbsp;<a href="{u}">{n}</a></td>' for n, u in trail)
    return (f'<div id="hiddenLocation" style="display:none;">{hidden}</div>'
            '<div class="position w1200"><table cellspacing="0" cellpadding="0" border="0"><tr><td>当前位置：</td>'
            f'<td><a href="/index.html">首页</a></td>{cells}</tr></table></div>\n')


_FOOTER = ('<div class="footer"><div class="w1200">'
           '<p><a href="/col/col1229523/index.html">联系我们</a> 丨 <a href="/col/col1229500/index.html">网站地图</a></p>'
           "<p>主办：青溪县人民政府办公室&nbsp;&nbsp;承办：青溪县大数据发展中心</p>"
           '<p>网站标识码：3311990001&nbsp;&nbsp;<a target="_blank" href="https://beian.miit.gov.cn/">浙ICP备12034567号-1</a>&nbsp;&nbsp;'
           '<a target="_blank" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33112302000123">'
           '<img src="/images/2020/gaba.png">浙公网安备 33112302000123号</a></p>'
           '<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=5B1C3D2E4F" target="_blank">'
           '<img src="/images/2020/dzjg.png" alt="党政机关"></a>'
           "<script id=\"_jiucuo_\" sitecode='3311990001' src='/script/jiucuo.js'></script></p></div></div>\n"
           '<a href="http://www.hanweb.com" style="display:none">Produced By 大汉网络 大汉版通发布系统</a>\n'
           '<script language="javascript" src="/script/web_front.js"></script>\n')


def _page(title: str, metas: list[tuple[str, str]], trail: list[tuple[str, str]], main: str) -> str:
    return (_head(title, metas) + "<body>\n" + _location(trail) + _top()
            + f'<div class="main w1200">\n{main}\n</div>\n' + _FOOTER + "</body></html>\n")


def _left_menu(title: str, items: list[tuple[str, str]], current: str) -> str:
    on = ' class="on"'
    lis = "".join(f'<li{on if u == current else ""}><a href="{u}">{escape(n)}</a></li>' for n, u in items)
    return f'<div class="left-nav"><div class="lm-tit">{title}</div><ul>{lis}</ul></div>\n'


def _row(col: Column, doc: Doc) -> str:
    href, title, d = col.doc_url(doc), escape(doc.title), doc.list_date
    if col.row_style == "li-bracket":
        return f'<li><a href="{href}" title="{title}" target="_blank">{title}</a><span class="bt-data-time">[{d:%Y-%m-%d}]</span></li>'
    if col.row_style == "div-row":
        return (f'<div class="default_pgContainer_row"><span class="tit"><a href="{href}" title="{title}" target="_blank">'
                f"{title}</a></span><i>{d:%Y/%m/%d}</i></div>")
    return f'<li><a href="{href}" title="{title}" target="_blank">{title}</a><span>{d:%Y-%m-%d}</span></li>'


def _pager(col: Column, n: int) -> str:
    last = col.pages
    rel = col.col_id % 2 == 0  # half the columns link their pager relatively
    def href(k: int) -> str:
        url = col.page_url(k) if k > 1 else f"{col.url}?uid={col.uid}&pageNum=1"
        return (url.rsplit("/", 1)[1] if rel else url).replace("&", "&amp;")
    links = [("首页", 1), ("上一页", max(n - 1, 1)), ("下一页", min(n + 1, last)), ("尾页", last)]
    anchors = "".join(f'<a href="{href(k)}" class="default_pgBtn">{t}</a>' for t, k in links)
    return (f'<div class="default_pgContainer_bar"><span class="default_pgTotalRecord">共{len(col.docs)}条</span>'
            f"&nbsp;<span>第{n}/{last}页</span>&nbsp;{anchors}</div>")


def _list_page(col: Column, menu: list[tuple[str, str]], hub: tuple[int, str], n: int) -> str:
    rows = col.docs[(n - 1) * PER_PAGE: n * PER_PAGE]
    records = "".join(f"<record><![CDATA[\n{_row(col, d)}\n]]></record>\n" for d in rows)
    island = (f'<div id="{col.uid}"><script type="text/xml"><datastore>\n'
              f'<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=/&columnid={col.col_id}'
              f'&unitid={col.uid}&webname=%E9%9D%92%E6%BA%AA&permissiontype=0"></a>]]></nextgroup>\n'
              f"<recordset>\n{records}</recordset></datastore></script></div>\n")
    body = island
    if col.empty_marker is None:
        body += _pager(col, n)
    elif col.empty_marker:
        body += f'<div class="no-data" style="text-align:center;padding:40px 0;">{col.empty_marker}</div>'
    main = (_left_menu(hub[1], menu, col.url) + '<div class="right-list">'
            f'<div class="lm-name"><span>{col.name}</span></div><div class="lm-list">\n{body}\n</div></div>')
    hub_url = f"/col/col{hub[0]}/index.html"
    metas = _column_metas(col.name, col.name)
    return _page(f"{col.name} {SITE}", metas, [(hub[1], hub_url), (col.name, col.url)], main)


def _xxgk_table(meta: dict[str, str], title: str) -> str:
    def cell(k: str) -> str:
        return f'<td class="xxgk_tit">{k}：</td><td>{escape(meta[k])}</td>' if k in meta else '<td></td><td></td>'
    rows = [("索引号", "主题分类"), ("发布机构", "成文日期"), ("发文字号", "发布日期"), ("有效性", "统一编号")]
    trs = "".join(f"<tr>{cell(a)}{cell(b)}</tr>" for a, b in rows)
    return (f'<table class="xxgk_table" cellspacing="0" cellpadding="0">{trs}'
            f'<tr><td class="xxgk_tit">名称：</td><td colspan="3">{escape(title)}</td></tr></table>')


def _article(col: Column, doc: Doc, hub: tuple[int, str], by_id: dict[int, tuple[Column, Doc]]) -> str:
    parts = []
    if doc.meta:
        meta = dict(doc.meta)
        if "发文字号" in meta and "规" in meta["发文字号"]:
            meta["统一编号"] = f"ZJKC03-{doc.shown.year}-{doc.doc_id % 100:04d}"
        parts.append(_xxgk_table(meta, doc.title))
    parts.append(f'<p class="con-title">{escape(doc.title)}</p>')
    parts.append(f'<div class="small-title"><span>发布日期：{doc.shown:%Y-%m-%d}</span><span>浏览次数：</span>'
                 f"<span>信息来源：{'青溪县人民政府办公室' if doc.meta else SITE}</span></div>")
    if doc.annual:
        text = report_body(doc.annual[0], doc.annual[1], doc.doc_id)
    elif doc.of_doc is not None:
        target_col, target = by_id[doc.of_doc]
        text = (f"<p>一、起草背景。为贯彻落实上级决策部署，结合我县实际，起草了《{escape(target.title)}》。</p>"
                "<p>二、主要内容。文件共分五章，明确了适用范围、职责分工、实施程序和监督管理。</p>"
                "<p>三、解读机关及联系方式。青溪县人民政府办公室，联系电话：0570-0000000。</p>")
        if doc.links_doc:
            label = "关联文件" if doc.doc_id % 2 else "相关文件"
            text += f'<p class="glwj">{label}：<a href="{target_col.doc_url(target)}">{escape(target.title)}</a></p>'
    else:
        text = (f"<p>{doc.shown.month}月{doc.shown.day}日，{escape(doc.title.split('（')[0])}。会议强调，要提高站位、"
                "压实责任，确保各项工作落到实处。</p><p>会议要求，各乡镇（街道）、各部门要加强协同配合，按时序推进。</p>")
    text += doc.body_extra
    parts.append(f'<div class="main-txt" id="zoom"><meta name="ContentStart">{text}<meta name="ContentEnd"></div>')
    if doc.interps:
        lis = "".join(f'<li><a href="{by_id[i][0].doc_url(by_id[i][1])}" target="_blank">{escape(by_id[i][1].title)}</a></li>'
                      for i in doc.interps)
        parts.append(f'<div class="xgjd"><div class="xgjd-tit">相关解读</div><ul>{lis}</ul></div>')
    hub_url = f"/col/col{hub[0]}/index.html"
    # The CMS stamps PubDate when it regenerates a page: in a pile it is the list date, not the article's.
    metas = [("ColumnName", col.name), ("ColumnType", col.name), ("ArticleTitle", doc.title),
             ("PubDate", f"{doc.list_date:%Y-%m-%d} 10:15"), ("ContentSource", "青溪县人民政府办公室"),
             ("url", f"http://www.qingxi.gov.cn{col.doc_url(doc)}")]
    return _page(f"{doc.title} {SITE}", metas, [(hub[1], hub_url), (col.name, col.url)],
                 '<div class="wz-con"><div class="con">' + "".join(parts) + "</div></div>")


def _static(col_id: int, name: str, updated: str | None, menu: list[tuple[str, str]]) -> str:
    paras = {
        "机构职能": "青溪县人民政府是县级国家行政机关，执行县人民代表大会及其常务委员会的决议，领导所属各部门和各乡镇人民政府的工作。",
        "领导信息": "县长：张某某，主持县政府全面工作。副县长：李某某，负责发展改革、财政、审计等方面工作。",
        "政府信息公开指南": "一、主动公开。主动公开的政府信息通过本网站政府信息公开专栏发布，一般自信息形成或者变更之日起20个工作日内公开。"
                       "二、依申请公开。公民、法人或者其他组织可以向青溪县人民政府办公室提出申请。",
        "政府信息公开制度": "《青溪县政府信息公开工作制度》明确了主动公开、依申请公开、保密审查、考核评议和责任追究等工作要求。",
        "依申请公开": "申请人可以通过网上申请、信函申请或者当面申请方式，向青溪县人民政府办公室提出政府信息公开申请。",
        "联系我们": "地址：青溪县人民路1号；邮编：324100；电话：0570-0000000；电子邮箱：qxzf@qingxi.gov.cn。",
    }[name]
    stamp = f'<div class="small-title"><span>更新时间：{updated}</span></div>' if updated else ""
    url = f"/col/col{col_id}/index.html"
    main = (_left_menu("走进青溪", menu, url) + f'<div class="right-list"><div class="lm-name"><span>{name}</span></div>'
            f'<div class="con"><p class="con-title">{name}</p>{stamp}<div id="zoom"><p>{paras}</p></div></div></div>')
    return _page(f"{name} {SITE}", _column_metas(name, "单页"), [(name, url)], main)


def _hub(hub: tuple[int, str], cols: list[Column]) -> str:
    blocks = []
    for col in cols:
        top = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank">{escape(d.title)}</a><span>{d.list_date:%m-%d}</span></li>'
                      for d in col.docs[:5])
        blocks.append(f'<div class="lm-box"><div class="lm-box-tit"><a href="{col.url}">{col.name}</a>'
                      f'<a class="more" href="{col.url}">更多&gt;&gt;</a></div><ul>{top}</ul></div>')
    menu = [(c.name, c.url) for c in cols]
    return _page(f"{hub[1]} {SITE}", _column_metas(hub[1], hub[1]), [(hub[1], f"/col/col{hub[0]}/index.html")],
                 _left_menu(hub[1], menu, "") + '<div class="right-con">' + "".join(blocks) + "</div>")


def _home(news: list[Column], zwgk: list[Column]) -> str:
    latest = sorted((d for c in news for d in c.docs[:6] for _ in [c]), key=lambda d: d.list_date, reverse=True)
    col_of = {d.doc_id: c for c in news for d in c.docs}
    lis = "".join(f'<li><a href="{col_of[d.doc_id].doc_url(d)}" title="{escape(d.title)}">{escape(d.title)}</a>'
                  f"<span>{d.list_date:%m-%d}</span></li>" for d in latest[:8])
    entries = "".join(f'<li><a href="{c.url}">{c.name}</a></li>' for c in zwgk)
    entries += f'<li><a href="/col/col{_FDZD_HUB[0]}/index.html">{_FDZD_HUB[1]}</a></li>'
    statics = "".join(f'<li><a href="/col/col{i}/index.html">{n}</a></li>' for i, n, _ in _STATIC)
    main = (f'<div class="index-news"><div class="tit"><a href="{news[0].url}">青溪要闻</a></div><ul>{lis}</ul></div>'
            f'<div class="index-zwgk"><div class="tit">政务公开</div><ul>{entries}</ul></div>'
            f'<div class="index-zjqx"><div class="tit">走进青溪</div><ul>{statics}</ul></div>')
    return (_head(SITE, _column_metas("首页", "首页")) + "<body>\n" + _top()
            + f'<div class="main w1200">{main}</div>\n' + _FOOTER + "</body></html>\n")


def build(size: str = "small") -> SampleSite:
    """Generate the site (deterministic: no clock, no randomness) with its answer key."""
    if size not in SIZES and size not in BENCH_SIZES:
        raise ValueError(f"size must be one of {SIZES + tuple(BENCH_SIZES)}")
    cols, key, traps = _columns(size)
    news = [c for c in cols if c.hub == "news"]
    zwgk = [c for c in cols if c.hub == "zwgk"]
    by_id = {d.doc_id: (c, d) for c in cols for d in c.docs}
    pages: dict[str, str] = {"/index.html": _home(news, zwgk), f"/col/col{_NEWS_HUB[0]}/index.html": _hub(_NEWS_HUB, news),
                             f"/col/col{_ZWGK_HUB[0]}/index.html": _hub(_ZWGK_HUB, zwgk),
                             f"/col/col{_FDZD_HUB[0]}/index.html": _hub(_FDZD_HUB, zwgk)}
    for hub, members in ((_NEWS_HUB, news), (_ZWGK_HUB, zwgk)):
        menu = [(c.name, c.url) for c in members]
        for col in members:
            for n in range(1, col.pages + 1):
                # The 首页 links' `?uid=…&pageNum=1` is served by the lookup's query-less fallback.
                pages[col.page_url(n)] = _list_page(col, menu, hub, n)
            for doc in col.docs:
                pages[col.doc_url(doc)] = _article(col, doc, hub, by_id)
    static_menu = [(n, f"/col/col{i}/index.html") for i, n, _ in _STATIC]
    for col_id, name, updated in _STATIC:
        pages[f"/col/col{col_id}/index.html"] = _static(col_id, name, updated, static_menu)
        if updated is None:
            traps.append(Trap(f"/col/col{col_id}/index.html", f"无日期的单页“{name}”不是栏目"))
    resources = {url: Resource(text.encode("gbk"), HTML_TYPE) for url, text in pages.items()}
    for name in ("logo", "gaba", "dzjg", "jiucuo"):
        resources[f"/images/2020/{name}.png"] = Resource(tiny_png(), "image/png")
    resources["/picture/0/2609101532000.jpg"] = Resource(tiny_png(), "image/jpeg")
    resources["/module/download/downfile.jsp?classid=0&filename=2609201000111.pdf"] = Resource(
        fake_pdf("Qingxi sample attachment"), "application/pdf")
    resources["/images/2020/style.css"] = Resource(b"body{margin:0}", "text/css")
    resources["/script/web_front.js"] = Resource(b"", "text/javascript")
    resources["/script/jiucuo.js"] = Resource(b"", "text/javascript")
    # The list islands' script proxy (the pages carry their records, so it answers an empty set).
    resources["/module/web/jpage/dataproxy.jsp"] = Resource(
        b'<?xml version="1.0" encoding="GBK"?><datastore><recordset></recordset></datastore>', "text/xml; charset=GBK")
    resources["/robots.txt"] = Resource(b"User-agent: *\nDisallow: /jrobotfront/\n", "text/plain")
    not_found = Resource(("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                          "<title>404</title></head><body><div class=\"error\">对不起，您访问的页面不存在！</div></body></html>")
                         .encode("gbk"), HTML_TYPE, 404)
    return SampleSite("hanweb", size, AS_OF, dict(sorted(resources.items())), not_found, key, traps, frozenset())
