"""The "gzjy" sample site: a county portal (瑶溪县人民政府, 黔川布依族苗族自治州, 贵州) on the 贵州 政府网站集约化平台 — the
TRS-built platform the province's county governments share (UTF-8; the 信息公开目录 `/zwgk/xxgkml/` on the portal's own
host, its catalogue split into 基础信息公开 `jcxxgk/` and 重点领域信息公开 `zdlyxx/`).

Why 贵州: of the brief's provinces it is the one whose county sites the library shows in one URL scheme across many
counties — real addresses of 荔波, 龙里, 松桃, 三都, 三穗 (黔南, 黔东南, 铜仁), a county's whole 信息公开 catalogue
in a spider's start list, two county spiders' article selectors, and a provincial department's pager setting. 四川's
county results were 中网 Cicro (`/info/iList.jsp`, the cicro template), 山东's and 江西's Hanweb (`col/col<N>`, the
hanweb template), 湖北's and 福建's copies in the library gave single article pages. No template imitates this scheme:
trsjy (湖南) keeps each organ's catalogue under `/xxgk_<n>/<organ>/`, gxjy pages by `pageControl`, hbjy by UUIDs.

Sources (read with `read_file` / `find_string`, cited as found):
  - a county leadership study's sources (find_string `/zwgk/xxgkml/jcxxgk/`, id 69610633889): 荔波县
    `https://www.libo.gov.cn/zwgk/xxgkml/jcxxgk/ldzc/xwld_5999926/202605/t20260519_90190191.html`,
    `…/ldzc/xzfld_5981819/202503/t20250326_87280301.html`: columns are folders under `/zwgk/xxgkml/jcxxgk/`, a
    sub-column folder may carry the platform's channel id (`xzfld_5981819`), articles `<yyyymm>/t<yyyymmdd>_<8-digit
    id>.html` inside their column; 龙里县 `…/zwgk/xxgkml/jcxxgk/ldzc/202506/t20250606_88105713.html` (id 69842492969);
    松桃县 `…/zwgk/xxgkml/jcxxgk/yjgl/202605/t20260521_90195273.html` (id 67461848290);
  - a policy-source list (id 53358525414): 荔波 `/zwgk/xxgkml/jcxxgk/zcwj/gfxwj/` (规范性文件), 三都
    `/zwgk/xxgkml/jcxxgk/zcwj/zfwj/` (县政府文件), 三穗 `/zwgk/xxgkml/jcgk/zcwj/`;
  - a spider of 习水 `xsx.gov.cn` (id 20865115895): the catalogue's start list (`jcxxgk/zcwj/zcwj_5125894/`,
    `jcxxgk/zcwj/gfxwjba/`, `jcxxgk/yjgl/`, `zdlyxx/czzj/czysjsgjf/`, `zdlyxx/zdjsxm/` …), later pages
    `index_\\d+\\.html`, the article's title the second `div` of its content box, its date the third `span` of the
    fourth `div`, its body `div.content`, and the catalogue tree `li.xxgkTree`;
  - a spider of 安龙 `gzal.gov.cn` (id 20461379696): the portal article's title `#textCont > h3`, its date the
    second `span` of the first `div` under `#textCont`, its body `div.textBox`; the catalogue tree
    `ul.browser.filetree.treeview`;
  - a 贵州 market-regulation spider's setting (id 68962943749): `amr.guizhou.gov.cn/zwgk/xxgkml/jcxxgk/xzcf/` paged
    `index_%d.html`, articles `\\d{6}/t\\d{8}_\\d+\\.html`.
  - TRS's list pager script (id 19800056634, `createPageHTML(divName, _nPageCount, _nCurrIndex, _sPageName, _sPageExt,
    _nPageSum)`): pages numbered from 1, page n ≥ 2 at `<name>_n.<ext>`, written into the element `divName`.
Guessed, said as such: that these counties use that pager (its count and current page in `var` settings above the
call), list rows linked relatively (`./2026…`,
TRS output), the 信息公开 metadata table and its labels (`索 引 号`, `文　　号`, `有效性` …), the 规范性文件 list as a
table with a 文号 column, the 相关解读/相关文件 boxes, the 信息公开 platform's own footer and list head, the news
channel `/xwzx/`, the home blocks, the empty-list text (暂无信息), every place name, number and wording.

First contact (9ef197c), after one generator fault was fixed (it numbered the page_div pager from 0, which TRS's real
function numbers from 1: 18 pages were unreachable): 132/132 pages, 138 requests, 合格 64.5, no veto; interpretations
0.30/1.00 (7 false interpretation-missing: the 县政府文件 column's 任免 and 领导小组 notices, with 文号 and validity, read as
policy documents) and normative-metadata 0.33/1.00 (6 false: the validity cell was labelled 是否有效 with the value 是, a
guess of mine that no real page in the library shows; the tool does not know the label). Fixed in the tool: a notice that
only appoints people or sets up or changes a coordinating body is a notice (htmlvocab.ORGANISATION_NOTICE_TITLE). Changed in
the generator: the validity label is now 有效性 (an attested label; 是否有效 was unattested, not a fault of the tool to fix
without real markup), and the catalogue gained its 政府信息公开制度 and 法定主动公开内容 entries and 通知公告 its
规范性文件清理结果 notice (the unscored disclosure-sections and normative-doc-cleanup rules stayed undecided without them).
Now: 134/134 pages, 140 requests, 合格 73.5, every family 1.00/1.00 (the off-site 依申请公开's emptiness and freshness
undecided, as gxjy's). Under all 19 mutations at seed 1 it showed one more fault, fixed in the tool: rows a script writes
with unquoted attributes (`sloppy` + `scripts`) never made the page rendered (2 false empty columns, a false stale column,
联系我们/互动交流 read as empty columns, grade 待定); seeds 0–4 now 1.00/1.00, and the 9 mutations
classes,labels,layout,dates,names,pagers,footers,rows,copies at seed 0 leave every verdict as the plain run's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "瑶溪县"
GOV = "瑶溪县人民政府"
STATE = "黔川布依族苗族自治州"
HOST = "http://www.yaoxi.gov.cn"
SITE_CODE = "5227320001"
ICP = "黔ICP备05002731号"
PSB = "52273202000105"
HTML = "text/html; charset=utf-8"
XXGK = "/zwgk/xxgkml/"


@dataclass
class Doc:
    key: int
    title: str
    when: date
    body: str = ""
    source: str = f"{GOV}办公室"
    meta: dict[str, str] | None = None  # the 信息公开 table (label → value; "" = an empty cell)
    number: str = ""
    links: str = ""  # the 相关解读 / 相关文件 box under the body


@dataclass
class Col:
    name: str
    path: str  # the column's folder, e.g. /xwzx/yxyw/
    docs: list[Doc] = field(default_factory=list)
    style: str = "news"  # "news" (ul.NewsList), "table" (规范性文件 rows with 文号), "xxgk" (ul.xxgk_list)
    per_page: int = 15

    @property
    def xxgk(self) -> bool:
        return self.path.startswith(XXGK)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self) -> str:
        return self.path

    def page_url(self, n: int) -> str:
        return self.path if n == 1 else f"{self.path}index_{n}.html"  # the page_div pager numbers from 1

    def doc_url(self, d: Doc) -> str:
        return f"{self.path}{d.when:%Y%m}/t{d.when:%Y%m%d}_{90100000 + d.key * 1297}.html"

    def rel(self, d: Doc) -> str:  # TRS writes a list's rows relative to the column
        return "./" + self.doc_url(d)[len(self.path):]


def _head(title: str, col: Col | None, d: Doc | None, column_tags: bool = True) -> str:
    tags = (f'<meta name="SiteName" content="{GOV}">\n<meta name="SiteDomain" content="www.yaoxi.gov.cn">\n'
            f'<meta name="SiteIDCode" content="{SITE_CODE}">\n')
    if col and column_tags:
        tags += f'<meta name="ColumnName" content="{escape(col.name)}">\n'
        if not d:
            tags += (f'<meta name="ColumnDescription" content="{escape(col.name)}">\n'
                     f'<meta name="ColumnKeywords" content="{escape(col.name)}">\n')
        tags += f'<meta name="ColumnType" content="{escape(col.name)}">\n'
    if d:
        tags += (f'<meta name="ArticleTitle" content="{escape(d.title)}">\n'
                 f'<meta name="PubDate" content="{d.when:%Y-%m-%d} {9 + d.key % 8:02d}:{d.key * 7 % 60:02d}">\n'
                 f'<meta name="ContentSource" content="{escape(d.source)}">\n<meta name="Keywords" content="">\n'
                 f'<meta name="Author" content="">\n<meta name="Url" content="{HOST}{col.doc_url(d) if col else ""}">\n')
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            f'<title>{escape(title)}{"" if title == GOV else "_" + GOV}</title>\n{tags}'
            '<link rel="stylesheet" href="/images/common.css">\n<script src="/images/jquery.min.js"></script>\n</head>\n')


def _header() -> str:
    nav = (("首页", "/"), ("新闻中心", "/xwzx/"), ("政务公开", XXGK), ("政务服务", "https://zwfw.guizhou.gov.cn/"),
           ("互动交流", "/hdjl/"), ("走进瑶溪", "/zjyx/"))
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in nav)
    return ('<div class="top"><div class="w1200"><span>贵州省人民政府</span><a href="http://www.guizhou.gov.cn/" target="_blank">'
            '贵州省人民政府网</a><a href="javascript:void(0);" id="wza">无障碍</a><a href="javascript:void(0);" id="zhlx">长者模式</a>'
            '</div></div>\n<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="瑶溪县人民政府"></a>'
            '<div class="search"><form action="https://www.guizhou.gov.cn/so/s" target="_blank" method="get">'
            f'<input type="hidden" name="siteCode" value="{SITE_CODE}"><input type="text" name="qt" placeholder="请输入关键字">'
            f'<input type="submit" value="搜索"></form></div></div></div>\n<div class="nav"><ul class="w1200">{items}</ul></div>\n')


def _footer(xxgk: bool) -> str:
    # The 信息公开 platform's pages keep the platform's older footer, without 网站标识码 (a planted defect).
    code = "" if xxgk else f"<span>网站标识码：{SITE_CODE}</span>"
    return ('<div class="footer"><div class="w1200"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>'
            f'<p>主办单位：{GOV}办公室　承办单位：{COUNTY}大数据发展管理局　联系电话：0854-3521208</p>'
            f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>{code}'
            f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">'
            f'<img src="/images/ga.png">黔公网安备 {PSB}号</a></p>'
            '<p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1F2E3D4C5B6A7988" target="_blank">'
            f'<img src="/images/dzjg.png"></a></span><script id="_jiucuo_" sitecode="{SITE_CODE}" '
            'src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p></div></div>\n')


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.n = 0

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.n += 1
        return Doc(self.n, title, when, body or _paras(f"{title}。"), **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    def page(self, head: str, body: str, xxgk: bool) -> Resource:
        html = f'{head}<body>\n<div class="wrap">\n{_header()}<div class="main w1200">\n{body}</div>\n</div>\n{_footer(xxgk)}</body>\n</html>\n'
        return Resource(html.encode("utf-8"), HTML)

    def trail(self, col: Col) -> str:
        parts = [("首页", "/")]
        if col.xxgk:
            parts.append(("政务公开", XXGK))
        else:
            parts.append(("新闻中心", "/xwzx/"))
        parts.append((col.name, col.url()))
        links = " &gt; ".join(f'<a href="{u}">{n}</a>' for n, u in parts)
        return f'<div class="location">当前位置：{links}</div>\n'

    def rows(self, col: Col, docs: list[Doc], first: int) -> str:
        if not docs:
            return '<ul class="NewsList"><li class="nodata">暂无信息</li></ul>\n'
        if col.style == "table":
            head = '<table class="xxgk_table">\n<tr><th>序号</th><th>标题</th><th>文号</th><th>发布日期</th></tr>'
            return head + "".join(
                f'\n<tr><td>{first + i}</td><td class="bt"><a href="{col.rel(d)}" target="_blank" title="{escape(d.title)}">'
                f'{escape(d.title)}</a></td><td>{d.number}</td><td>{d.when:%Y-%m-%d}</td></tr>' for i, d in enumerate(docs)) + "\n</table>\n"
        cls = "xxgk_list" if col.style == "xxgk" else "NewsList"
        return f'<ul class="{cls}">' + "".join(
            f'\n<li><a href="{col.rel(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
            f'<span>{d.when:%Y-%m-%d}</span></li>' for d in docs) + "\n</ul>\n"

    def pager(self, col: Col, n: int) -> str:
        if col.pages < 2:
            return ""
        return ('<div class="page" id="page_div"></div>\n<script type="text/javascript">\n'
                f'var currentPage = {n};//当前页\nvar countPage = {col.pages}//共多少页\n'
                f'createPageHTML(\'page_div\', countPage, currentPage, "index", "html", {len(col.docs)});\n</script>\n')

    def side(self, col: Col) -> str:
        on = ' class="on"'
        items = "".join(f'<li{on if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if c.xxgk == col.xxgk)
        return f'<div class="left_nav"><h3>{"政务公开" if col.xxgk else "新闻中心"}</h3><ul>{items}</ul></div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        body = (f'{self.trail(col)}{self.side(col)}<div class="right_list"><div class="list_tit"><span>{col.name}</span></div>\n'
                f'{self.rows(col, docs, (n - 1) * col.per_page + 1)}{self.pager(col, n)}</div>\n')
        # The 信息公开 list template writes no column tags (a planted defect).
        return self.page(_head(col.name, col, None, column_tags=not col.xxgk), body, col.xxgk)

    def article(self, col: Col, d: Doc) -> Resource:
        if d.meta is None:  # the portal's article template (安龙's #textCont)
            body = (f'{self.trail(col)}<div id="textCont">\n<h3>{escape(d.title)}</h3>\n'
                    f'<div class="info"><span>来源：{escape(d.source)}</span><span>发布时间：{d.when:%Y-%m-%d} {9 + d.key % 8:02d}:{d.key * 7 % 60:02d}</span>'
                    '<span>字号：<a href="javascript:void(0);">大</a> <a href="javascript:void(0);">中</a> <a href="javascript:void(0);">小</a></span></div>\n'
                    f'<div class="textBox"><div class="TRS_Editor">{d.body}</div></div>\n{d.links}'
                    '<div class="print"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>\n</div>\n')
        else:  # the 信息公开 article template (习水's: title and date in unnamed divs, body div.content)
            cells = list(d.meta.items())
            rows = "".join("<tr>" + "".join(f'<td class="tit">{k}：</td><td>{v}</td>' for k, v in cells[i:i + 2]) + "</tr>"
                           for i in range(0, len(cells), 2))
            body = (f'{self.trail(col)}<div class="xxgk_detail">\n<div class="xxgk_info"><table>{rows}</table></div>\n'
                    f'<div class="xxgk_tit">{escape(d.title)}</div>\n<div class="xxgk_fbt"></div>\n'
                    f'<div class="xxgk_attr"><span>来源：{escape(d.source)}</span><span>浏览次数：<script src="/images/hits.js"></script></span>'
                    f'<span>发布时间：{d.when:%Y-%m-%d}</span></div>\n<div class="content">{d.body}</div>\n{d.links}</div>\n')
        return self.page(_head(d.title, col, d), body, col.xxgk)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.page_url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.page_url(n), LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)


_WORK = ("会议要求，各乡镇（街道）、县直各部门要提高政治站位，压实工作责任，细化工作措施，加强督促检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开县委常委会会议", "召开县人民政府常务会议", "开展重点项目观摩活动", "召开巩固拓展脱贫攻坚成果推进会", "推进和美乡村建设",
         "召开安全生产工作会议", "开展地质灾害应急演练", "召开优化营商环境工作推进会", "举办村超联赛启动仪式", "开展森林防火检查")
BROKEN_PDF = "/xwzx/tzgg/202610/P020261015512345678901.pdf"
GOOD_PDF = "/xwzx/tzgg/202609/P020260912398765432101.pdf"


def _news(s: _Site) -> None:
    yxyw = Col("瑶溪要闻", "/xwzx/yxyw/")
    for i in range(36):
        yxyw.docs.append(s.doc(f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                               _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县领导出席并讲话，各乡镇（街道）、县直各部门主要负责人参加。", _WORK),
                               source=f"{COUNTY}融媒体中心"))
    s.traps.append(Trap(yxyw.url(), "瑶溪要闻最新 2026-11-18：不是过期栏目；第 2、3 页 index_2.html、index_3.html 由 createPageHTML 脚本写出"))
    bmdt = Col("部门动态", "/xwzx/bmdt/")
    for i in range(12):
        bmdt.docs.append(s.doc(f"{('县教育局', '县卫生健康局', '县农业农村局', '县市场监管局')[i % 4]}{_NEWS[(i + 3) % 10]}",
                               AS_OF - timedelta(days=5 + i * 9), _paras(_WORK)))
    tzgg = Col("通知公告", "/xwzx/tzgg/")
    topics = ("做好冬季森林防火", "城乡居民医保参保缴费", "开展燃气安全隐患排查", "做好冬春农田水利建设")
    for i in range(16):
        tzgg.docs.append(s.doc(f"关于{topics[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=6 + i * 12),
                               _paras("各乡镇人民政府（街道办事处），县直各部门：", _WORK, f"{GOV}办公室")))
    broken = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202610")
    broken.body += _paras('附件：<a href="./P020261015512345678901.pdf" target="_blank">报名登记表.pdf</a>')
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件（TRS 相对地址）404", probe="status:404"))
    good = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202609")
    good.body += _paras('附件：<a href="./P020260912398765432101.pdf" target="_blank">实施方案.pdf</a>')
    s.res[GOOD_PDF] = Resource(fake_pdf("fangan"), "application/pdf")
    tzgg.docs.append(s.doc(f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件12件，宣布失效3件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目"))
    s.cols += [yxyw, bmdt, tzgg]


# Normative documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("农村集体经营性建设用地入市", "missing"), ("县城建筑风貌管控", "late"),
              ("茶产业发展扶持资金管理", "unlinked"), ("县级储备粮管理", "no-validity"), ("城市公共停车场管理", "no-number"),
              ("农村公路养护管理", ""))
ORGAN_CODE = "11522732009388462T"


def _meta(organ: str, number: str, when: date, serial: int, kind: str = "规范性文件") -> dict[str, str]:
    return {"索 引 号": f"{ORGAN_CODE}/{when.year}-{serial:05d}", "信息分类": kind, "发布机构": organ,
            "成文日期": f"{when - timedelta(days=4):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "文　　号": number, "有效性": "有效"}


def _disclosure(s: _Site) -> None:
    ldzc = Col("县政府领导", XXGK + "jcxxgk/ldzc/xzfld_5981819/", style="xxgk")
    for i, (name, duty) in enumerate((("吴永平", "县长"), ("罗德明", "常务副县长"), ("杨晓梅", "副县长"), ("潘志强", "副县长"))):
        ldzc.docs.append(s.doc(name, date(2026, 5, 19), _paras(f"{name}，{COUNTY}人民政府{duty}。", f"负责县人民政府{duty}职责范围内的工作。")))
    s.traps.append(Trap(ldzc.url(), "领导之窗的子栏目（目录名带平台频道号 _5981819）：不是过期栏目"))

    gfx = Col("规范性文件", XXGK + "jcxxgk/zcwj/gfxwj/", style="table")
    zcjd = Col("政策解读", XXGK + "jcxxgk/zcwj/zcjd/", style="xxgk")
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=33 * k)
        short = f"{COUNTY}{subject}办法"
        number = f"瑶府规〔{when.year}〕{9 - k}号"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        d.body = _paras(number, "各乡镇人民政府（街道办事处），县直各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when - timedelta(days=4):%Y年%-m月%-d日}", "（此件公开发布）",
                        f"第一条　为规范本县{subject}工作，根据有关法律法规，结合本县实际，制定本办法。", "第二条　本办法自印发之日起施行，有效期五年。")
        d.number, d.meta = number, _meta(GOV, number, when, 301 + k * 11)
        url = gfx.doc_url(d)
        if defect == "no-validity":
            del d.meta["有效性"]
            s.key.append(Expected("normative-metadata", url, "规范性文件的信息公开表没有有效性一项", probe="meta-missing:有效性"))
        elif defect == "no-number":
            d.meta["文　　号"] = ""
            d.number = ""
            d.body = d.body.replace(_paras(number), "", 1)
            s.key.append(Expected("normative-metadata", url, "规范性文件的文号为空（正文也没有文号）", probe="meta-missing:文　　号"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读", when + timedelta(days=lag),
                  _paras(f"一、出台背景　为规范本县{subject}工作，县人民政府制定了《{short}》。",
                         "二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。", "三、解读机关　县司法局。"))
        i.meta = _meta(f"{GOV}办公室", "", i.when, 700 + k, "政策解读")
        del i.meta["有效性"]
        if defect != "unlinked":
            i.links = f'<div class="xgwj"><h4>相关文件：</h4><ul><li><a href="../../gfxwj/{url.split("/gfxwj/")[1]}">{escape(d.title)}</a></li></ul></div>\n'
            d.links = (f'<div class="xgjd"><h4>相关解读：</h4><ul><li><a href="../../zcjd/{zcjd.doc_url(i).split("/zcjd/")[1]}">'
                       f'{escape(i.title)}</a></li></ul></div>\n')
            if defect != "late":
                s.traps.append(Trap(url, "文件和解读互相链接、及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        zcjd.docs.append(i)
    old = s.doc(f"{GOV}关于印发《{COUNTY}农村宅基地管理暂行办法》的通知", date(2017, 6, 12))
    old.number = "瑶府规〔2017〕2号"
    old.meta = _meta(GOV, old.number, old.when, 88)
    old.body = _paras(old.number, "各乡镇人民政府，县直各部门：", f"现将《{COUNTY}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    gfx.docs.append(old)
    s.traps.append(Trap(gfx.doc_url(old), "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))
    s.traps.append(Trap(gfx.url(), "规范性文件列表是表格行（序号、标题、文号、发布日期），表头行不是文件"))

    zfwj = Col("县政府文件", XXGK + "jcxxgk/zcwj/zfwj/", style="xxgk")
    appointments = ("关于吴建华等同志职务任免的通知", "关于杨光荣等同志职务任免的通知", "关于陆明辉同志职务任免的通知",
                    "关于成立瑶溪县第三次全国土壤普查领导小组的通知", "关于调整瑶溪县森林防灭火指挥部成员的通知",
                    "关于王海军等同志职务任免的通知", "关于成立瑶溪县茶产业发展工作专班的通知")
    for i, title in enumerate(appointments):
        when = date(2026, 11, 10) - timedelta(days=i * 29)
        series = "瑶府任" if "任免" in title else "瑶府办发"
        d = s.doc(f"{GOV}{'办公室' if series == '瑶府办发' else ''}{title}", when,
                  _paras("各乡镇人民政府（街道办事处），县直各部门：", "经研究，决定如下：" if series == "瑶府任" else "经县人民政府同意，现将有关事项通知如下：",
                         _WORK if series != "瑶府任" else "任命吴建华为县农业农村局副局长；免去其县乡村振兴局副局长职务。"))
        d.number = f"{series}〔{when.year}〕{30 - i}号"
        d.meta = _meta(GOV if series == "瑶府任" else f"{GOV}办公室", d.number, when, 500 + i, "人事任免" if series == "瑶府任" else "综合政务")
        zfwj.docs.append(d)
    s.traps.append(Trap(zfwj.doc_url(zfwj.docs[0]), "县政府文件栏目的任免通知、成立或调整议事协调机构的通知（有文号、有效性）不是政策性文件，不要求解读"))

    yjgl = Col("应急管理", XXGK + "jcxxgk/yjgl/", style="xxgk")
    for i in range(5):
        yjgl.docs.append(s.doc(f"{COUNTY}{('开展汛期地质灾害隐患排查', '发布森林火险橙色预警', '组织应急救援队伍拉练', '开展防灾减灾宣传周活动', '召开安全生产委员会全体会议')[i]}",
                               date(2026, 10, 28) - timedelta(days=i * 40), _paras(_WORK), source="县应急管理局"))

    czyjs = Col("财政预决算", XXGK + "zdlyxx/czzj/czysjsgjf/", style="xxgk")
    for n in range(6):
        year = 2025 - n // 2
        czyjs.docs.append(s.doc(f"{COUNTY}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 20) - timedelta(days=170 * n),
                                _paras("根据《中华人民共和国预算法》有关规定，现将本县预决算情况公开如下。", _WORK), source="县财政局"))
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))

    rsxx = Col("人事信息", XXGK + "jcxxgk/rsxx/", style="xxgk")
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（只有“暂无信息”）", probe="no-rows"))
    zdjsxm = Col("重大建设项目", XXGK + "zdlyxx/zdjsxm/", style="xxgk")
    s.key.append(Expected("empty-columns", zdjsxm.url(), "重大建设项目栏目列表为空（只有“暂无信息”）", probe="no-rows"))

    ndbg = Col("政府信息公开年报", XXGK + "xxgknb/", style="xxgk")
    reports = ((GOV, {2025: date(2026, 3, 26), 2024: date(2025, 3, 21), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("瑶溪县自然资源局", {2025: date(2026, 1, 22), 2023: date(2024, 1, 30), 2022: date(2023, 1, 16), 2021: date(2022, 1, 25)}))
    for organ, published in reports:
        for year, when in published.items():
            d = s.doc(f"{organ}{year}年政府信息公开工作年度报告", when, report_body(organ, year, year % 5 + len(organ)), source=organ)
            d.meta = _meta(organ, "", when, 900 + year % 100, "政府信息公开年报")
            del d.meta["有效性"]
            ndbg.docs.append(d)
            if organ == GOV and year == 2023:
                s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                      match=(COUNTY, "2023"), probe="late:2024-03-31"))
            elif organ == GOV and year == 2022:
                s.traps.append(Trap(ndbg.doc_url(d), "县政府 2022 年度报告在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少瑶溪县自然资源局 2024 年政府信息公开工作年度报告",
                          match=("自然资源局", "2024"), probe="no-report:瑶溪县自然资源局2024"))
    s.cols += [ldzc, gfx, zcjd, zfwj, yjgl, czyjs, rsxx, zdjsxm, ndbg]


def _single(s: _Site, name: str, url: str, text: str, xxgk: bool) -> None:
    up = '<a href="/zwgk/xxgkml/">政务公开</a> &gt; ' if xxgk else ""
    body = (f'<div class="location">当前位置：<a href="/">首页</a> &gt; {up}<a href="{url}">{name}</a></div>\n'
            f'<div class="single"><h2>{name}</h2><div class="single_con">{text}</div></div>\n')
    s.res[url] = s.page(_head(name, Col(name, url), None), body, xxgk)


def _pages(s: _Site) -> None:
    _single(s, "政府信息公开指南", XXGK + "xxgkzn/", _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。"), True)
    _single(s, "政府信息公开制度", XXGK + "xxgkzd/", _paras("本县建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。"), True)
    _single(s, "走进瑶溪", "/zjyx/", _paras(f"{COUNTY}位于{STATE}南部，辖9镇3乡2街道，总面积1,758平方公里，户籍人口36万人。"), False)
    _single(s, "联系我们", "/lxwm/", _paras("地址：瑶溪县瑶溪大道88号　电话：0854-3521208"), False)
    _single(s, "互动交流", "/hdjl/", _paras('县长信箱、咨询投诉请登录<a href="https://www.guizhou.gov.cn/hdjl/">贵州省人民政府网互动交流平台</a>。'), False)
    s.traps.append(Trap("/zjyx/", "无日期的单页，不是过期栏目"))
    tree = {"基础信息公开": [c for c in s.cols if "/jcxxgk/" in c.path], "重点领域信息公开": [c for c in s.cols if "/zdlyxx/" in c.path]}
    branches = "".join(f'<li class="xxgkTree"><span class="folder">{head}</span><ul>'
                       + "".join(f'<li><span class="file"><a href="{c.url()}">{c.name}</a></span></li>' for c in cols) + "</ul></li>"
                       for head, cols in tree.items())
    s.res[XXGK] = s.page(_head("政府信息公开", Col("政府信息公开", XXGK), None), (
        f'<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="{XXGK}">政务公开</a></div>\n'
        f'<div class="xxgk_left"><ul class="browser filetree treeview"><li><span class="file"><a href="{XXGK}xxgkzn/">政府信息公开指南</a></span></li>'
        f'<li><span class="file"><a href="{XXGK}xxgkzd/">政府信息公开制度</a></span></li>'
        f'<li><span class="file"><a href="{s.col("规范性文件").url()}">法定主动公开内容</a></span></li>{branches}<li><span class="file"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a></span></li>'
        '<li><span class="file"><a href="https://ysqgk.guizhou.gov.cn/" target="_blank">依申请公开</a></span></li></ul></div>\n'
        '<div class="xxgk_right"><p>请在左侧目录中选择栏目。</p></div>\n'), True)
    s.traps.append(Trap(XXGK, "政府信息公开目录页只是栏目树，不是栏目"))
    blocks = "".join(
        f'<div class="lm_box"><div class="lm_tit"><span>{c.name}</span><a href="{c.url()}" class="more">更多&gt;&gt;</a></div><ul>'
        + "".join(f'<li><a href="{c.rel(d).replace("./", c.path.replace("/xwzx/", "./"), 1)}" title="{escape(d.title)}">{escape(d.title)}</a>'
                  f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:6]) + "</ul></div>" for c in s.cols if not c.xxgk)
    s.res["/xwzx/"] = s.page(_head("新闻中心", Col("新闻中心", "/xwzx/"), None), (
        '<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a></div>\n'
        f'<div class="lm_wrap">{blocks}</div>\n'), False)
    s.traps.append(Trap("/xwzx/", "新闻中心是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    s.res["/wzdt/"] = s.page(_head("网站地图", Col("网站地图", "/wzdt/"), None), f'<div class="sitemap"><h2>网站地图</h2><ul>{sitemap}</ul></div>\n', False)
    s.traps.append(Trap("/wzdt/", "网站地图是导航页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="index_box"><div class="index_tit"><h3>{col.name}</h3>'
                f'<a href="{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("瑶溪要闻", "通知公告", "规范性文件", "政策解读")]
    body = ('<div class="banner"><img src="/images/banner.jpg" alt="生态瑶溪"></div>\n' + "".join(block(c, 7) for c in cols)
            + f'\n<div class="index_links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            f'<a href="{XXGK}">政府信息公开</a><a href="/wzdt/">网站地图</a></div>\n')
    home = s.page(_head(GOV, None, None), body, False)
    s.res["/"] = home
    s.res["/index.html"] = home
    s.traps.append(Trap("/index.html", "/index.html 与 / 是同一个首页"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>抱歉，您访问的页面不存在或已删除！</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"gzjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _pages(s)
    _home(s)
    for img in ("logo.png", "ga.png", "dzjg.png", "banner.jpg"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/images/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/images/jquery.min.js"] = Resource(b"/* gzjy */", "application/javascript")
    s.res["/images/hits.js"] = Resource(b"document.write('128');", "application/javascript")
    gfx = s.col("规范性文件")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "信息公开平台（/zwgk/xxgkml/ 下各页）的页脚没有网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern="^" + re.escape(XXGK)))
    xxgk_lists = "^(" + "|".join(re.escape(c.page_url(n)) for c in s.cols if c.xxgk for n in range(1, c.pages + 1)) + ")$"
    s.key.append(Expected("meta-tags", s.col("政策解读").url(), "信息公开栏目列表页模板只有网站标签，没有栏目标签（ColumnName、"
                          "ColumnDescription、ColumnKeywords、ColumnType）", probe="xxgk-list-no-column-tags", url_pattern=xxgk_lists))
    news = s.col("瑶溪要闻")
    s.traps.append(Trap(news.doc_url(news.docs[0]), "门户文章页有 2017 指引的网站、栏目和文章标签，页脚完整"))
    return SampleSite("gzjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
