"""The "trsjy" sample site: a county portal (溆川县人民政府) on a province's TRS 集约化 platform (湖南 style:
the province hosts every county's and department's site on one TRS WCM/海云 platform, one chrome for all), UTF-8.

Why this platform and not 安徽's `/public/column/{unit}?type=4&action=list&catId=…` one: the `jsp` template
already imitates that Lonsun platform's addresses (domain.md §7.1); no template imitates a TRS 集约化 site whose
one host carries the 信息公开目录 of many organs under `/xxgk_<n>/<organ>/<column>/`. The library tools gave
real addresses, list markup and pager code for it (below), and no real rendered page for either platform.

Written from real TRS 集约化 addresses and markup found with the library tools (`find_string`, `read_file`); sources:
  - a scraper of 望城区 (长沙, a county-level 集约化 site), silita `HuNanChangShaShiwcx.java`: the column
    `http://www.wangcheng.gov.cn/xxgk_343/qzfgzbmhbmgljg/qcxjsj/zbhxrgs/index.html` — the 信息公开 folder `xxgk_343`,
    then the organ group (区政府工作部门和部门管理机构), the organ (区城乡建设局), the column — later pages `index_1.html`,
    `index_2.html` … (page n is `index_{n-1}.html`); the page count only in a script inside `.newslist`
    (`createPageHTML("N",…`: the scraper cuts the first quoted argument); rows `.newslist_list ul li` with an `a`
    and a `span` date `yyyy-MM-dd`; the article's title in `h2`, its text in `.TRS_PreAppend` (else `.con p`);
  - a tkinter scraper of 湖南 departments (`MainGui_infoget.py`): `http://www.hnjxw.gov.cn/xxgk_71033/tzgg/` and
    `http://www.hnfgw.gov.cn/xxgk_70899/tzgg/` lists `index.html`, `index_1.html` …; rows `table tbody tr` whose
    `td a` is `<a href="./201809/t20180918_5097173.html" target="_blank" title="…">…</a>` (articles in month folders,
    `t<yyyymmdd>_<docid>.html`, the document id unique across the platform) with the date in the third cell;
    the province's shared search `http://service.hunan.gov.cn/was5/web/search` with a `channelid`;
  - `fgw.hunan.gov.cn/xxgk_70899/tzgg//index_N.html` (a scrapy spider's start URLs) and
    `gxt.hunan.gov.cn/gxt/xxgk_71033/tzgg/202608/t20260804_34039387.html` (a digest's link): the same scheme today.
Guessed, said as such: the organ hubs and the 信息公开 home page, the metadata table and its labels, the info line
(发布时间/来源), the 相关解读/相关文件 lines, the empty list's 暂无信息, the province's header band and the platform
line in the footer, the department template's footer without 公安备案, all wording, the 404 page. The 安徽-style
query-parameter columns (catId, unit) have no counterpart here: columns are folders, organs are folders.

Variety on purpose: one host, four organs (the county government, two departments, a town), each with its own
信息公开 columns and its own 年报 list (different deadlines: 3-31 for the government, 1-31 for departments);
relative `./`, `../` links in lists, hubs, home blocks and between documents; later pages written only by `createPageHTML("N","K","index","html")` with
quoted arguments; news lists as `ul li` with `span` dates, 信息公开 lists as tables with the date in the third cell;
a province band and a platform line beside the county's footer identifiers. Every planted defect is an
`Expected` entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "溆川县"
GOV = "溆川县人民政府"
XXGK = "/xxgk_71602/"
SITE_ID = "4312270001"
ICP = "湘ICP备05011624号"
POLICE = "湘公网安备 43122702000118号"
HTML = "text/html; charset=utf-8"
DEPT_PAGES = r"^/xxgk_71602/bmxxgk/"  # the department template (its footer lacks 公安备案)


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = ""
    meta: dict[str, str] | None = None  # the 信息公开 metadata table
    files: list[str] = field(default_factory=list)


@dataclass
class Organ:
    name: str
    short: str
    path: str  # "/xxgk_71602/bmxxgk/xfgj/"


@dataclass
class Col:
    name: str
    path: str  # "/zwdt/gzdt/" or organ path + "tzgg/"
    organ: Organ | None = None
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        """Page n as the site links it: the folder (menus, trails, 更多), then `index_{n-1}.html`."""
        return self.path if n == 1 else f"{self.path}index_{n - 1}.html"

    def file(self, n: int = 1) -> str:
        """The file page n is published as (the folder serves `index.html`)."""
        return f"{self.path}index.html" if n == 1 else self.url(n)

    def doc_url(self, d: Doc) -> str:
        return f"{self.path}{d.when:%Y%m}/t{d.when:%Y%m%d}_{d.id}.html"


GOV_ORGAN = Organ(GOV, "县人民政府", f"{XXGK}xzf/")
FGJ = Organ("溆川县发展和改革局", "县发改局", f"{XXGK}bmxxgk/xfgj/")
CZJ = Organ("溆川县财政局", "县财政局", f"{XXGK}bmxxgk/xczj/")
TOWN = Organ("溆川县龙潭镇人民政府", "龙潭镇", f"{XXGK}xzjd/ltz/")
ORGANS = (GOV_ORGAN, FGJ, CZJ, TOWN)


def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.xuchuan.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            f'<title>{escape(title)}</title>\n{metas}<link rel="stylesheet" href="/images/jyh/css/common.css">\n</head>\n')


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 21045301

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or _paras(f"{title}。", _WORK), **kw)  # type: ignore[arg-type]

    # -- the platform's chrome: the province band, the county's nav, the shared footer
    def chrome_top(self) -> str:
        nav = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in (("首页", "/"), ("政务动态", "/zwdt/gzdt/"),
                                                                     ("信息公开", XXGK), ("通知公告", "/zwdt/tzgg/")))
        return ('<div class="jyh-top"><div class="w1200"><span class="fl">欢迎访问溆川县人民政府门户网站</span>'
                '<span class="fr"><a href="http://www.hunan.gov.cn/" target="_blank">湖南省人民政府</a>'
                '<a href="http://www.hhs.gov.cn/" target="_blank">怀化市人民政府</a>'
                '<a href="http://www.hunan.gov.cn/jyh/" target="_blank">湖南省政府网站集约化平台</a></span></div></div>\n'
                f'<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/jyh/logo.png" alt="{GOV}"></a>'
                '<form action="http://service.hunan.gov.cn/was5/web/search" method="post" target="_blank" class="search">'
                '<input type="hidden" name="channelid" value="281756"><input type="text" name="searchword" placeholder="请输入关键字">'
                '<input type="submit" value="搜索"></form></div></div>\n'
                f'<div class="nav"><ul class="w1200">{nav}</ul></div>\n')

    def footer(self, police: bool = True) -> str:
        record = (f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43122702000118" target="_blank">'
                  f'<img src="/images/jyh/ga.png">{POLICE}</a>') if police else ""
        return ('<div class="footer"><div class="w1200">\n'
                f'<p>主办：{GOV}办公室&nbsp;&nbsp;承办：{COUNTY}政务服务中心&nbsp;&nbsp;地址：{COUNTY}沅江路1号&nbsp;&nbsp;电话：0745-5221123</p>\n'
                f'<p>网站标识码：{SITE_ID}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>&nbsp;&nbsp;{record}</p>\n'
                '<p class="jyh-plat">湖南省政府网站集约化平台&nbsp;&nbsp;技术支持：湖南省大数据中心</p>\n</div></div>\n')

    def page(self, title: str, body: str, meta: dict[str, str], police: bool = True, extra: str = "") -> Resource:
        html = (f"{_head(title, meta)}<body>\n{self.chrome_top()}<div class=\"w1200 main\">\n{body}\n</div>\n"
                f"{self.footer(police)}{extra}</body>\n</html>\n")
        return Resource(html.encode("utf-8"), HTML)

    def trail(self, col: Col | None, organ: Organ | None = None, here: str = "") -> str:
        """当前位置: 首页, and for a 信息公开 page 信息公开, the organ and the column."""
        steps = ['<a href="/">首页</a>']
        organ = organ or (col.organ if col else None)
        if organ is not None:
            steps += [f'<a href="{XXGK}">信息公开</a>', f'<a href="{organ.path}">{organ.name}</a>']
        if col is not None:
            steps.append(f'<a href="{col.path}">{col.name}</a>')
        if here:
            steps.append(f"<span>{here}</span>")
        return '<div class="location">当前位置：' + " &gt; ".join(steps) + "</div>\n"

    def side(self, organ: Organ) -> str:
        lis = "".join(f'<li><a href="{c.path}">{c.name}</a></li>' for c in self.cols if c.organ is organ)
        return (f'<div class="xxgk-left"><div class="organ-name">{organ.name}</div><ul class="xxgk-menu">'
                f'<li><a href="{organ.path}">信息公开首页</a></li>{lis}</ul></div>\n')

    def pager(self, col: Col, n: int) -> str:
        return (f'<div class="page"><script language="JavaScript">createPageHTML("{col.pages}","{n - 1}","index","html");'
                '</script></div>')

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        rel = "./"  # TRS links a list's articles relative to the list's folder
        if col.organ is None:  # the portal's news lists (望城's .newslist)
            rows = "".join(f'<li><a href="{rel}{d.when:%Y%m}/t{d.when:%Y%m%d}_{d.id}.html" target="_blank" title="{d.title}">'
                           f"{d.title}</a><span>{d.when:%Y-%m-%d}</span></li>\n" for d in docs)
            inner = (f'<div class="newslist"><div class="newslist_title">{col.name}</div>'
                     f'<div class="newslist_list"><ul>\n{rows}</ul></div>{self.pager(col, n)}</div>')
            body = f"{self.trail(col)}{inner}"
        else:  # the 信息公开 lists (湖南 departments': a table, the date in the third cell)
            if docs:
                rows = "".join(f'<tr><td class="xh">{(n - 1) * col.per_page + i + 1}</td><td class="bt"><a href="{rel}{d.when:%Y%m}/'
                               f't{d.when:%Y%m%d}_{d.id}.html" target="_blank" title="{d.title}">{d.title}</a></td>'
                               f'<td class="rq">{d.when:%Y-%m-%d}</td></tr>\n' for i, d in enumerate(docs))
                table = ('<table class="xxgk-list" width="100%"><thead><tr><th>序号</th><th>标题</th><th>发布日期</th></tr></thead>'
                         f"<tbody>\n{rows}</tbody></table>{self.pager(col, n)}")
            else:
                table = ('<table class="xxgk-list" width="100%"><thead><tr><th>序号</th><th>标题</th><th>发布日期</th></tr></thead>'
                         '<tbody></tbody></table><div class="no-data">暂无信息</div>')
            body = (f"{self.trail(col)}{self.side(col.organ)}<div class=\"xxgk-right\"><div class=\"xxgk-title\">{col.name}</div>"
                    f"{table}</div>")
        organ = col.organ.name if col.organ else GOV
        return self.page(f"{col.name}-{organ}", body, _col_meta(col.name), police=not (col.organ and col.organ.path.startswith(f"{XXGK}bmxxgk/")))

    def article(self, col: Col, d: Doc) -> Resource:
        table = ""
        if d.meta is not None:
            cells = [f'<th>{k}：</th><td>{v}</td>' for k, v in d.meta.items()]
            table = ('<div class="xxgk-meta"><table width="100%" cellspacing="0" cellpadding="0">'
                     + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table></div>\n")
        files = "".join(f'<p>附件：<a href="{_a(h)}" target="_blank">{h.rsplit("/", 1)[1]}</a></p>' for h in d.files)
        source = d.source or (col.organ.short if col.organ else "县政府办")
        body = (f"{self.trail(col, here='正文')}{table}<div class=\"main_con\"><h2>{escape(d.title)}</h2>\n"
                f'<div class="info"><span>发布时间：{d.when:%Y-%m-%d} 10:{d.id % 60:02d}</span><span>来源：{source}</span>'
                f'<span>浏览次数：<script>document.write(" ")</script></span></div>\n'
                f'<div class="con"><div class="TRS_Editor"><div class="TRS_PreAppend">{d.body}</div></div>{files}</div>\n'
                '<div class="dy"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div></div>')
        organ = col.organ.name if col.organ else GOV
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.when:%Y-%m-%d} 10:{d.id % 60:02d}",
                "ContentSource": source}
        return self.page(f"{d.title}-{organ}", body, meta, police=not (col.organ and col.organ.path.startswith(f"{XXGK}bmxxgk/")))

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.file(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_WORK = ("会议强调，各乡镇、县直各单位要坚持稳中求进工作总基调，压实工作责任，细化工作措施，对照时间节点抓好落实，"
         "加强督促检查，确保各项目标任务按期完成，为全县经济社会高质量发展提供有力保障。")
_NEWS = ("召开县委常委会议", "开展森林防火专项检查", "推进城乡人居环境整治", "召开安全生产工作会议", "调研重点项目建设",
         "举办农民丰收节活动", "走访慰问困难群众", "推进高标准农田建设", "开展防汛应急演练", "召开经济运行调度会")
BROKEN_IMAGE = "/zwdt/gzdt/202611/W020261112358310426.jpg"
BROKEN_PDF = f"{XXGK}bmxxgk/xczj/czzj/202609/P020260915609118823.pdf"
DELETED = f"{XXGK}xzf/tzgg/202603/t20260310_20991234.html"


def _portal(s: _Site) -> tuple[Col, Col]:
    gzdt = Col("工作动态", "/zwdt/gzdt/")
    for i in range(34):
        gzdt.docs.append(s.doc(f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县委、县政府主要负责同志出席。", _WORK)))
    gzdt.docs[3].body += '<p style="text-align:center"><img src="./W020261112358310426.jpg" alt=""></p>'
    # the body's relative image resolves inside the article's month folder, as TRS writes it
    s.traps.append(Trap(gzdt.url(), "工作动态最新 2026-11-19，后续页只由 createPageHTML 脚本写出：不是过期栏目"))
    tzgg = Col("通知公告", "/zwdt/tzgg/", per_page=10)
    for i in range(12):
        tzgg.docs.append(s.doc(f"关于{('做好冬春季森林防火', '城乡居民医保缴费', '开展农村危房排查', '冬季安全生产')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=5 + i * 13), _paras("各乡镇人民政府，县直各单位：", _WORK, f"{GOV}办公室")))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 4, 16),
                           _paras("经清理，继续有效的行政规范性文件31件，宣布失效4件，废止2件。", f"{GOV}", "2026年4月16日")))
    s.cols += [gzdt, tzgg]
    return gzdt, tzgg


_NORMATIVE = (("城区停车管理", ""), ("农村宅基地审批", "missing"), ("城乡环境卫生管理", "notable"), ("政府投资项目管理", "late"),
              ("森林防火管理", "unlinked"), ("县级储备粮管理", "meta:有效性"), ("公共资源交易管理", "meta:发文字号"),
              ("城区户外广告管理", ""), ("农村公路养护", ""))


def _meta(organ: Organ, d_when: date, k: int, number: str = "") -> dict[str, str]:
    meta = {"索引号": f"43122700{ORGANS.index(organ)}/{d_when.year}-{k + 101:05d}", "发布机构": organ.name,
            "主题分类": "综合政务", "成文日期": f"{d_when - timedelta(days=2):%Y-%m-%d}"}
    if number:
        meta["发文字号"] = number
    meta["发布日期"] = f"{d_when:%Y-%m-%d}"
    if number:
        meta["有效性"] = "有效"
    return meta


def _government(s: _Site) -> Col:
    gfx = Col("规范性文件", f"{GOV_ORGAN.path}gfxwj/", GOV_ORGAN, per_page=6)
    zcjd = Col("政策解读", f"{GOV_ORGAN.path}zcjd/", GOV_ORGAN, per_page=8)
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 28) - timedelta(days=29 * k)
        number = f"溆政发〔{when.year}〕{12 - k}号"
        short = f"{COUNTY}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when, source="县政府办")
        d.body = _paras("各乡镇人民政府，县直各单位：", f"现将《{short}》印发给你们，请认真遵照执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本县{subject}工作，根据有关法律法规，结合本县实际，制定本办法。",
                        "第二条　本办法适用于本县行政区域内的有关活动。", "第三条　县人民政府有关部门按照职责分工负责本办法的实施。",
                        "第四条　本办法自印发之日起施行，有效期五年。")
        if defect == "notable":
            d.body = f'<p style="text-align:center">{number}</p>' + d.body
        else:
            d.meta = _meta(GOV_ORGAN, when, k, number)
            if defect.startswith("meta:"):
                del d.meta[defect[5:]]
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if defect == "notable":
            s.key.append(Expected("normative-metadata", url, "规范性文件页面没有信息公开元数据表（文号只在正文里）", probe="no-table"))
        elif defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件元数据表缺少{defect[5:]}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 12 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"图解：《{short}》", f"一图读懂《{short}》")[k % 3], when + timedelta(days=lag),
                  _paras(f"一、制定背景　为规范本县{subject}工作，县政府组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　" + _WORK),
                  source="县政府办")
        i.meta = _meta(GOV_ORGAN, i.when, 50 + k)
        zcjd.docs.append(i)
        if defect != "unlinked":
            # relative links across columns, as TRS writes them from one month folder to another
            i.body += f'<p>相关文件：<a href="../../gfxwj/{when:%Y%m}/t{when:%Y%m%d}_{d.id}.html" target="_blank">{d.title}</a></p>'
            d.body += (f'<p>相关解读：<a href="../../zcjd/{i.when:%Y%m}/t{i.when:%Y%m%d}_{i.id}.html" target="_blank">'
                       f"{i.title}</a></p>")
            if defect != "late":
                s.traps.append(Trap(url, "文件与解读以 ../../ 相对链接互相链接，解读及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
    for n in range(2):  # interpretations of the province's policies (no document on this site)
        i = s.doc(f"《湖南省{('耕地保护', '稳岗就业')[n]}若干措施》解读", date(2026, 11, 6) - timedelta(days=15 * n),
                  _paras("一、出台背景", "二、主要措施　" + _WORK), source="县政府办")
        i.meta = _meta(GOV_ORGAN, i.when, 80 + n)
        zcjd.docs.append(i)

    ndbg = Col("政府信息公开年报", f"{GOV_ORGAN.path}ndbg/", GOV_ORGAN)
    published = {2025: date(2026, 3, 24), 2023: date(2024, 3, 29), 2022: date(2023, 3, 31), 2021: date(2022, 3, 18),
                 2020: date(2021, 3, 26)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 11), source="县政府办")
        d.meta = _meta(GOV_ORGAN, when, 200 + year % 100)
        ndbg.docs.append(d)
        if year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "县政府年报在截止日 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "县政府缺少 2024 年度政府信息公开工作年度报告",
                          match=(GOV, "2024"), probe="no-report:2024"))

    czyjs = Col("财政预决算", f"{GOV_ORGAN.path}czyjs/", GOV_ORGAN)
    for n in range(6):
        year = 2026 - n // 2
        d = s.doc(f"{GOV}{year}年{'预算' if n % 2 == 0 else '决算'}公开", date(2026, 8, 20) - timedelta(days=61 * n))
        d.meta = _meta(GOV_ORGAN, d.when, 300 + n)
        czyjs.docs.append(d)
    zdxm = Col("重大项目", f"{GOV_ORGAN.path}zdxm/", GOV_ORGAN)
    s.key.append(Expected("empty-columns", zdxm.url(), "县政府“重大项目”栏目为空（表格无行，只有“暂无信息”）", probe="no-rows"))
    s.cols += [gfx, zcjd, ndbg, czyjs, zdxm]
    return gfx


def _reports(s: _Site, organ: Organ, published: dict[int, date]) -> Col:
    ndbg = Col("政府信息公开年报", f"{organ.path}ndbg/", organ)
    for year, when in published.items():
        title = f"{organ.name}{year}年政府信息公开工作年度报告" if year != 2024 else f"{organ.name}{year}年度政府信息公开工作报告"
        d = s.doc(title, when, report_body(organ.name, year, (year + len(organ.name)) % 11))
        d.meta = _meta(organ, when, 200 + year % 100)
        ndbg.docs.append(d)
    return ndbg


def _departments(s: _Site) -> None:
    tzgg = Col("通知公告", f"{FGJ.path}tzgg/", FGJ, per_page=8)
    for i in range(11):
        d = s.doc(f"关于{('申报2027年中央预算内投资项目', '开展价格监测', '做好粮食收购', '报送重点项目进展')[i % 4]}的通知（{i + 1}）",
                  AS_OF - timedelta(days=9 + i * 17), _paras("各乡镇人民政府，县直有关单位：", _WORK, FGJ.name))
        d.meta = _meta(FGJ, d.when, 400 + i)
        tzgg.docs.append(d)
    tzgg.docs[4].body += '<p>相关链接：<a href="../../../../xzf/tzgg/202603/t20260310_20991234.html">县政府关于做好春耕生产的通知</a></p>'
    s.key.append(Expected("broken-links", DELETED, "县发改局通知正文链接的县政府通知已删除（404）", probe="status:404"))
    ghjh = Col("规划计划", f"{FGJ.path}ghjh/", FGJ)
    for i in range(6):
        d = s.doc(f"{COUNTY}{('“十四五”现代服务业', '重点项目建设', '以工代赈', '粮食安全保障', '物流发展', '新型城镇化')[i]}规划（计划）",
                  date(2025, 6, 10) - timedelta(days=47 * i))
        d.meta = _meta(FGJ, d.when, 450 + i)
        ghjh.docs.append(d)
    s.key.append(Expected("stale-columns", ghjh.url(), "县发改局“规划计划”最新 2025-06-10，超过 1 年未更新", probe="newest:2025-06-10"))
    fg_ndbg = _reports(s, FGJ, {2025: date(2026, 1, 22), 2024: date(2025, 1, 27), 2023: date(2024, 2, 26),
                                2022: date(2023, 1, 31)})
    late = next(d for d in fg_ndbg.docs if d.when == date(2024, 2, 26))
    s.key.append(Expected("annual-reports", fg_ndbg.doc_url(late), "县发改局 2023 年度报告 2024-02-26 发布，晚于部门的公开期限 1 月 31 日",
                          match=("发展和改革局", "2023"), probe="late:2024-01-31"))
    s.traps.append(Trap(fg_ndbg.doc_url(next(d for d in fg_ndbg.docs if d.when.year == 2023)),
                        "部门年报在 1 月 31 日当天发布，不算逾期"))

    czzj = Col("财政资金", f"{CZJ.path}czzj/", CZJ, per_page=10)
    for i in range(8):
        d = s.doc(f"{COUNTY}{('惠民惠农补贴资金', '衔接推进乡村振兴补助资金', '城乡居民医保补助资金', '义务教育经费')[i % 4]}分配公示（{i + 1}）",
                  date(2026, 10, 30) - timedelta(days=37 * i))
        d.meta = _meta(CZJ, d.when, 500 + i)
        czzj.docs.append(d)
    czzj.docs[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "财政资金公示附件 404",
                          probe="status:404"))
    zfcg = Col("政府采购", f"{CZJ.path}zfcg/", CZJ)
    s.key.append(Expected("empty-columns", zfcg.url(), "县财政局“政府采购”栏目为空（只有“暂无信息”）", probe="no-rows"))
    cz_ndbg = _reports(s, CZJ, {2025: date(2026, 1, 16), 2024: date(2025, 1, 20), 2023: date(2024, 1, 25)})
    s.cols += [tzgg, ghjh, fg_ndbg, czzj, zfcg, cz_ndbg]


def _town(s: _Site) -> None:
    gzdt = Col("工作动态", f"{TOWN.path}gzdt/", TOWN, per_page=12)
    for i in range(10):
        d = s.doc(f"龙潭镇{_NEWS[(i + 3) % 10]}", AS_OF - timedelta(days=6 + i * 11))
        d.meta = _meta(TOWN, d.when, 600 + i)
        gzdt.docs.append(d)
    cwgk = Col("财务公开", f"{TOWN.path}cwgk/", TOWN)
    for i in range(5):
        when = date(2025, 9, 30) - timedelta(days=91 * i)
        d = s.doc(f"龙潭镇财务收支公开（{when.year}年{when.month}月）", when)
        d.meta = _meta(TOWN, d.when, 650 + i)
        cwgk.docs.append(d)
    s.key.append(Expected("stale-columns", cwgk.url(), "龙潭镇“财务公开”最新 2025-09-30，超过 1 年未更新", probe="newest:2025-09-30"))
    town_ndbg = _reports(s, TOWN, {2025: date(2026, 1, 20), 2024: date(2025, 1, 15)})
    s.cols += [gzdt, cwgk, town_ndbg]


# The 信息公开 home's fixed entries (relative to it); 法定主动公开内容 is the government's own catalogue.
_FIXED = ('<li><a href="./xxgkzn/">政府信息公开指南</a></li><li><a href="./xxgkzd/">政府信息公开制度</a></li>'
          '<li><a href="./xzf/">法定主动公开内容</a></li><li><a href="./xzf/ndbg/">政府信息公开年报</a></li>'
          '<li><a href="./ysqgk/">依申请公开</a></li>')


def _hubs(s: _Site) -> None:
    for organ in ORGANS:
        cols = [c for c in s.cols if c.organ is organ]
        blocks = "".join(
            f'<div class="xxgk-block"><div class="block-title"><span>{c.name}</span><a href="./{c.path[len(organ.path):]}" class="more">更多&gt;&gt;</a></div><ul>'
            + "".join(f'<li><a href="./{c.path[len(organ.path):]}{d.when:%Y%m}/t{d.when:%Y%m%d}_{d.id}.html" title="{d.title}">{d.title}</a>'
                      f"<span>{d.when:%Y-%m-%d}</span></li>" for d in c.docs[:5])
            + "</ul></div>" for c in cols)
        statics = f'<ul class="xxgk-fixed">{_FIXED.replace("./", XXGK)}</ul>'
        body = f"{s.trail(None, organ)}{s.side(organ)}<div class=\"xxgk-right\">{statics}{blocks}</div>"
        s.res[organ.path] = s.page(f"{organ.name}信息公开", body, _col_meta("信息公开"), police=not organ.path.startswith(f"{XXGK}bmxxgk/"))
        s.traps.append(Trap(organ.path, f"{organ.name}的信息公开首页是各栏目区块和“更多”链接的导航页，不是栏目"))
    groups = (("县人民政府", [GOV_ORGAN]), ("县政府工作部门", [FGJ, CZJ]), ("乡镇（街道）", [TOWN]))
    lis = "".join(f'<div class="organ-group"><h3>{g}</h3><ul>' + "".join(
        f'<li><a href=".{o.path[len(XXGK) - 1:]}">{o.name}</a></li>' for o in organs) + "</ul></div>" for g, organs in groups)
    body = (f'<div class="location">当前位置：<a href="/">首页</a> &gt; <span>信息公开</span></div>'
            f'<div class="xxgk-home"><ul class="xxgk-fixed">{_FIXED}</ul>{lis}</div>')
    s.res[XXGK] = s.page(f"信息公开-{GOV}", body, _col_meta("信息公开"))
    s.traps.append(Trap(XXGK, "信息公开首页按机构分组列出各机构的信息公开目录，是导航页"))
    guide = _paras(f"为便于公民、法人和其他组织依法获取{GOV}及其工作部门、乡镇的政府信息，编制本指南。",
                   "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年3月2日起施行。")
    texts = {"xxgkzn": ("政府信息公开指南", guide),
             "xxgkzd": ("政府信息公开制度", _paras("本县建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。")),
             "ysqgk": ("依申请公开", _paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：县政府办公室。"))}
    for folder, (name, text) in texts.items():
        s.res[f"{XXGK}{folder}/"] = s.page(f"{name}-{GOV}", f"{s.trail(None, here=name)}<div class=\"main_con\">"
                                           f"<h2>{name}</h2><div class=\"con\">{text}</div></div>", _col_meta(name))
    s.traps.append(Trap(f"{XXGK}ysqgk/", "无日期的依申请公开说明页，不是过期栏目"))


def _home(s: _Site, gzdt: Col, tzgg: Col, gfx: Col) -> None:
    def block(col: Col, n: int, cls: str) -> str:
        rows = "".join(f'<li><a href=".{col.doc_url(d)}" target="_blank" title="{d.title}">{d.title}</a>'
                       f"<span>{d.when:%m-%d}</span></li>" for d in col.docs[:n])
        return (f'<div class="{cls}"><div class="tit"><span>{col.name}</span><a href=".{col.path}" class="more">更多</a></div>'
                f"<ul>{rows}</ul></div>")
    body = ('<div class="banner"><img src="/images/jyh/banner.jpg" alt="溆川风光"></div>\n'
            f'<div class="index-news">{block(gzdt, 7, "gzdt")}{block(tzgg, 6, "tzgg")}{block(gfx, 5, "zcwj")}</div>\n'
            f'<div class="index-xxgk"><a href="{XXGK}">政府信息公开</a>' + "".join(
                f'<a href="{o.path}">{o.short}</a>' for o in ORGANS) + "</div>")
    extra = ('<div class="conac"><a href="http://bszs.conac.cn/sitename?method=show&id=5A2C8E1D7F3B4960" target="_blank">'
             '<img src="/images/jyh/red.png"></a>'
             f'<script id="_jiucuo_" sitecode=\'{SITE_ID}\' src=\'https://zfwzgl.www.gov.cn/exposure/jiucuo.js\'></script></div>\n')
    s.res["/"] = s.page(GOV, body, {}, extra=extra)
    s.traps.append(Trap("/", "页脚有县网站标识码、湘ICP备、湘公网安备；省集约化平台一行不是本站标识，首页有党政机关标识与找错"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="err404"><p>对不起，您访问的页面不存在或已被删除！</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"trsjy offers only the small size, not {size!r}")
    s = _Site()
    gzdt, tzgg = _portal(s)
    gfx = _government(s)
    _departments(s)
    _town(s)
    s.render()
    _hubs(s)
    _home(s, gzdt, tzgg, gfx)
    image_at = gzdt.doc_url(gzdt.docs[3]).rsplit("/", 1)[0] + "/W020261112358310426.jpg"
    s.key.append(Expected("broken-links", image_at, "新闻正文图片 404", probe="status:404"))
    ok_file = f"{tzgg.path}{tzgg.docs[1].when:%Y%m}/P020261020512340987.docx"
    tzgg.docs[1].files.append("./P020261020512340987.docx")
    s.res[tzgg.doc_url(tzgg.docs[1])] = s.article(tzgg, tzgg.docs[1])
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    for c in s.cols:
        for d in c.docs:
            for href in d.files:
                if href.startswith("/") and href not in s.res and href != BROKEN_PDF:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("logo.png", "ga.png", "red.png", "banner.jpg"):
        s.res[f"/images/jyh/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/images/jyh/css/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    example = next(c for c in s.cols if c.organ is FGJ)
    s.key.append(Expected("footer", example.doc_url(example.docs[0]), "部门信息公开模板（/xxgk_71602/bmxxgk/）页脚缺公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=DEPT_PAGES))
    return SampleSite("trsjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
