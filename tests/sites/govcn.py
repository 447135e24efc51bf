"""The "govcn" sample site: a prefecture-level city portal (澜屿市人民政府) on the 中国政府网 (www.gov.cn) style
template, UTF-8: column lists at `/column/<id>/<n>.htm` numbered from 0 (the first page is `0.htm`, the second
`1.htm`), news at `/xinwen/YYYY-MM/DD/content_<N>.htm`, State-Council-style documents at
`/zhengce/content/YYYY-MM/DD/content_<N>.htm` under a bordered 索引号/主题分类/发文机关 table, 解读 at
`/zhengce/YYYY-MM/DD/content_<N>.htm`, and its own non-2017 metas (`firstpublishedtime`, `lanmu`, `manuscriptId`).

Why this family: of the brief's candidates the library tools gave the most real markup for it — two real document
pages already in tests/model/realpages (round 3), many scrapers of gov.cn's lists and articles, RSSHub's gov routes
and a JSP clone of the article template; for 成都 `column-index-N.shtml`, 南威 and 中软 only URL lists were found.
None of the 26 families imitates it: `kpy` is the ministries' 开普云 `c<id>/common_list.shtml`; `shtml` dates its
paths `/art/YYYY/M/D/`; `dept`/`trsjy` are TRS `tYYYYMMDD_N.html`.

Written from real markup and code found with the library tools; sources:
  - the document page: tests/model/realpages/www-gov-cn_zhengce_content_bold-label-table.html and
    …_written-2006-published-2018.html (ZhouYNF/platform-1 db/ge_policy_raw-20190217.sql, gov.cn's
    `<div class="wrap">`): two `<table class="bd1">` of `<td><b>索 引 号：</b></td><td>…</td>` pairs (索引号, 主题分类,
    发文机关, 成文日期, 标题, 发文字号, 发布日期, 主题词 — dates `2018年12月21日`, no 有效性), the text in
    `<td class="b12c" id="UCAP-CONTENT">`; RSSHub lib/routes/gov/zhengce/index.ts (`table.bd1 td` 发文机关/主题分类,
    `td.zcwj_ztfl`, `div.share-title`, `div#UCAP-CONTENT, td#UCAP-CONTENT`, metas `firstpublishedtime`
    `YYYY-MM-DD-HH:mm:ss`, `lastmodifiedtime`, `lanmu`, `manuscriptId`, `author`, `keywords`);
  - articles: scrapers (find_string `class="pages-date"`: a gov.cn CrawlSpider allowing
    `gov.cn/.*?/\\d{4}-\\d{2}/\\d{2}/content_\\d+\\.htm`, e.g. /zhengce/content/2019-06/19/content_5401568.htm) reading
    `//div[@class="article oneColumn pub_border"]/h1`, `//div[@class="pages-date"]/text()` (`2019-06-19 16:00`) and
    its `<span class="font">来源：…</span>`, `div.pages_content` / `#UCAP-CONTENT`, `<div class="editor">责任编辑：`;
    a JSP clone of the same article template (antelope WCM: `BreadcrumbNav`, `pages-title`, `pages-date`,
    `pages_content`, `editor`);
  - lists: RSS-GOV routes/guowuyuan/zhengce-zuixin.js (`.list.list_1.list_2 ul li`, `a`, `span.date`), RSSHub
    lib/routes/gov/cn/news/index.ts (`.news_box .list li:not(.line)` — separator rows `li.line`), scrapers of
    `sousuo.gov.cn/column/30469/{0..21}.htm` reading `//ul[@class="listTxt"]/li/h4/a/@href` and `span.date`
    (pages numbered from 0; rows linking absolute `http://www.gov.cn/xinwen/…` addresses);
  - the footer (a gov.cn page's text in a search result, a test of a footer filter): `主办单位：国务院办公厅　运行维护单位：
    中国政府网运行中心 版权所有：中国政府网 中文域名：中国政府网.政务 网站标识码bm01000001 京ICP备05070218号京公网安备
    11010202000001号` — 网站标识码 without colon, ICP and 公网安备 run together; 【我要纠错】 on articles.
Guessed, said as such: the pager's markup (`<div class="newspage">` with 首页/上一页/下一页/尾页 and `共N页`); a city
running the template on one host (gov.cn's lists live on sousuo.gov.cn); the 相关解读 box; attachment paths
`/files/…`; the 信息公开 hub at `/zhengce/xxgk/index.htm` and its static pages; every wording.

Variety on purpose: lists numbered from `0.htm`; rows as `<h4><a>` + `<span class="date">` with absolute addresses of
the site's own host and `li.line` separators; articles dated `YYYY-MM-DD HH:MM` in `pages-date`; documents dated
only in the bd1 table in `年月日`; the 2017 metas absent beside gov.cn's own (`firstpublishedtime`, `lanmu`); inner
templates' footer without 网站标识码 while the home's has it; an empty 区县动态, a stale 部门动态 and 人事信息; a
document whose 成文日期 cell is empty; a home `/index.htm` alias. Every planted defect is an `Expected` entry written
before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, SITE_HOST, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
CITY = "澜屿市"
ORG = "澜屿市人民政府"
OFFICE = "澜屿市人民政府办公室"
HTML = "text/html; charset=utf-8"
ICP = "闽ICP备05031822号"
PSB = "闽公网安备35070202000118号"
SITE_CODE = "3507000001"
PER_PAGE = 20


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    kind: str  # "xinwen" (news article), "zhengce" (document), "jiedu" (interpretation)
    body: str = ""
    source: str = OFFICE
    meta: dict[str, str] | None = None  # the bd1 table of a document
    related: list[tuple[str, str]] = field(default_factory=list)  # (url, title) in the 相关解读/相关文件 box
    hour: int = 9

    @property
    def url(self) -> str:
        folder = {"xinwen": "/xinwen", "zhengce": "/zhengce/content", "jiedu": "/zhengce"}[self.kind]
        return f"{folder}/{self.when:%Y-%m}/{self.when:%d}/content_{self.id}.htm"


@dataclass
class Col:
    cid: int
    name: str
    docs: list[Doc] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // PER_PAGE))

    def url(self, n: int = 0) -> str:
        """Page `n` (0-based) of the list."""
        return f"/column/{self.cid}/{n}.htm"


def _head(title: str, lanmu: str, doc: Doc | None = None) -> str:
    metas = f'<meta name="lanmu" content="{escape(lanmu)}">\n'
    if doc is not None:
        metas += (f'<meta name="firstpublishedtime" content="{doc.when:%Y-%m-%d}-{doc.hour:02d}:00:00">\n'
                  f'<meta name="lastmodifiedtime" content="{doc.when:%Y-%m-%d}-{doc.hour:02d}:30:00">\n'
                  f'<meta name="manuscriptId" content="{doc.id}">\n<meta name="author" content="{escape(doc.source)}">\n')
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            f"<title>{escape(title)}</title>\n"
            f'<meta name="keywords" content="{CITY},政府,政务公开">\n<meta name="description" content="{ORG}门户网站">\n'
            f"{metas}"
            '<link rel="stylesheet" type="text/css" href="/govweb/xhtml/2016gov/css/common.css">\n'
            '<link rel="icon" href="/favicon.ico">\n</head>\n')


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 5601180

    def doc(self, title: str, when: date, kind: str = "xinwen", body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, kind, body or f"<p>{title}。</p>", hour=8 + self.next_id % 9, **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    # -- the shell every page shares
    def header(self) -> str:
        nav = "".join(f'<li><a href="{_a(self.col(n).url())}">{n}</a></li>' for n in ("要闻动态", "通知公告", "市政府文件", "政策解读"))
        return ('<div class="header">\n <div class="header_logo"><a href="/" aria-label="' + ORG + '">'
                '<img class="wordlogo" src="/govweb/xhtml/2016gov/images/logo.png" alt="' + ORG + '"></a></div>\n'
                ' <div class="search"><form action="/s.htm" method="get"><input type="hidden" name="t" value="govall">'
                '<input type="text" name="q" class="input"><input type="submit" value="搜索"></form></div>\n</div>\n'
                '<div class="nav"><ul>\n<li><a href="/">首页</a></li>' + nav
                + '<li><a href="/zhengce/xxgk/index.htm">政府信息公开</a></li></ul></div>\n')

    def footer(self, home: bool) -> str:
        site_id = f"网站标识码{SITE_CODE}　" if home else ""
        marks = ""
        if home:
            marks = ('<div class="marks"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=6F2A1C3E8B4D5E7FE053012819AC91C2" '
                     'target="_blank"><img src="/govweb/xhtml/2016gov/images/red.png" alt="党政机关"></a> '
                     f'<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={SITE_CODE}" target="_blank">'
                     '<img src="/govweb/xhtml/2016gov/images/jiucuo.png" alt="政府网站找错"></a></div>\n')
        return ('<div class="footer">\n<div class="footer_link"><a href="/home/gybw.htm">关于本网</a>|<a href="/home/wzsm.htm">网站声明</a>|'
                '<a href="/home/lxwm.htm">联系我们</a></div>\n'
                f'<p>主办单位：{OFFICE}　运行维护单位：{CITY}大数据中心</p>\n'
                f'<p>版权所有：{ORG}　{site_id}<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>'
                f'<img src="/govweb/xhtml/2016gov/images/gaba.png" alt="">{PSB}</p>\n{marks}</div>\n')

    def page(self, title: str, lanmu: str, body: str, home: bool = False, doc: Doc | None = None) -> Resource:
        html = (f"{_head(title, lanmu, doc)}<body>\n{self.header()}{body}\n{self.footer(home)}</body>\n</html>\n")
        return Resource(html.encode("utf-8"), HTML)

    def trail(self, steps: list[tuple[str, str]]) -> str:
        links = '<a href="/index.htm">首页</a>' + "".join(f' &gt; <a href="{_a(u)}">{escape(n)}</a>' for u, n in steps)
        return f'<div class="BreadcrumbNav">{links}</div>\n'

    def pager(self, col: Col, n: int) -> str:
        last = col.pages - 1
        parts = [f"<li>共{col.pages}页</li>"]
        parts.append('<li><a href="0.htm">首页</a></li>' if n else "<li>首页</li>")
        parts.append(f'<li><a href="{n - 1}.htm">上一页</a></li>' if n else "<li>上一页</li>")
        parts.append(f'<li><a href="{n + 1}.htm">下一页</a></li>' if n < last else "<li>下一页</li>")
        parts.append(f'<li><a href="{last}.htm">尾页</a></li>' if n < last else "<li>尾页</li>")
        return '<div class="newspage"><ul>' + "".join(parts) + "</ul></div>"

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[n * PER_PAGE:(n + 1) * PER_PAGE]
        rows = ""
        for i, d in enumerate(docs):
            rows += (f'\n<li><h4><a href="http://{SITE_HOST}{_a(d.url)}" target="_blank">{escape(d.title)}</a>'
                     f'<span class="date">{d.when:%Y-%m-%d}</span></h4></li>')
            if i % 5 == 4:
                rows += '\n<li class="line"></li>'
        pager = self.pager(col, n) if col.pages > 1 else ""
        body = (f'<div class="main">\n{self.trail([(col.url(), col.name)])}'
                f'<div class="news_box">\n<div class="list list_1 list_2">\n<h2>{col.name}</h2>\n<ul class="listTxt">{rows}\n</ul>\n'
                f'{pager}\n</div>\n</div>\n</div>')
        return self.page(f"{col.name}_{ORG}", col.name, body)

    def related(self, d: Doc) -> str:
        if not d.related:
            return ""
        head = "相关解读" if d.kind == "zhengce" else "相关文件"
        rows = "".join(f'<li><a href="{_a(u)}" target="_blank">{escape(t)}</a></li>' for u, t in d.related)
        return f'<div class="relevant"><h3>{head}</h3><ul>{rows}</ul></div>\n'

    def article(self, col: Col, d: Doc) -> Resource:
        if d.kind == "zhengce":
            return self.document(col, d)
        body = (f'<div class="main">\n{self.trail([(col.url(), col.name)])}'
                '<div class="article oneColumn pub_border">\n'
                f'<h1>{escape(d.title)}</h1>\n'
                f'<div class="pages-date">{d.when:%Y-%m-%d} {d.hour:02d}:00 <span class="font">来源：{escape(d.source)}</span>'
                ' <span class="font">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
                '<a href="javascript:doZoom(14)">小</a>】</span></div>\n'
                f'<div class="pages_content" id="UCAP-CONTENT">{d.body}</div>\n{self.related(d)}'
                f'<div class="editor">【<a href="/home/jiucuo.htm" target="_blank">我要纠错</a>】责任编辑：林晓</div>\n'
                '</div>\n</div>')
        return self.page(f"{d.title}_{col.name}_{ORG}", col.name, body, doc=d)

    def document(self, col: Col, d: Doc) -> Resource:
        table = ""
        if d.meta is not None:
            m = d.meta
            cell = lambda k: escape(m.get(k, ""))  # noqa: E731 - a missing field is an empty cell, as on the real page
            table = ('<table width="724" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #999999;margin:0 auto;">'
                     '<tbody><tr><td>\n<table width="660" border="0" cellpadding="0" cellspacing="0" class="bd1"><tbody>\n'
                     f'<tr><td width="70"><b>索 引 号：</b></td><td width="260">{cell("索引号")}</td>'
                     f'<td width="70"><b>主题分类：</b></td><td width="260" class="zcwj_ztfl">{cell("主题分类")}</td></tr>\n'
                     f'<tr><td><b>发文机关：</b></td><td>{cell("发文机关")}</td><td><b>成文日期：</b></td><td>{cell("成文日期")}</td></tr>\n'
                     f'<tr><td><b>标　　题：</b></td><td colspan="3">{escape(d.title)}</td></tr>\n'
                     f'<tr><td><b>发文字号：</b></td><td>{cell("发文字号")}</td><td><b>发布日期：</b></td><td>{cell("发布日期")}</td></tr>\n'
                     '</tbody></table>\n<table width="660" border="0" cellpadding="0" cellspacing="0" class="bd1"><tbody>'
                     '<tr><td width="70" valign="top"><b>主 题 词：</b></td><td width="250" valign="top"></td></tr></tbody></table>\n'
                     '</td></tr></tbody></table>\n<br>\n')
        body = (f'<div class="main">\n{self.trail([(col.url(), col.name)])}'
                f'<div class="wrap">\n{table}'
                '<table width="724" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;border:1px solid #999999;"><tbody><tr><td>\n'
                f'<table width="650" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;"><tbody><tr>'
                f'<td class="b12c" id="UCAP-CONTENT">{d.body}</td></tr></tbody></table>\n'
                f'</td></tr></tbody></table>\n{self.related(d)}</div>\n</div>')
        return self.page(f"{d.title}_{col.name}_{ORG}", col.name, body, doc=d)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
        for col in self.cols:
            for n in range(col.pages):
                self.res[col.url(n)] = self.list_page(col, n)
                if n:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for d in col.docs:
                self.res[d.url] = self.article(col, d)


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent: 2em; font-family: 宋体;">{t}</p>' for t in texts)


_WORK = ("会议要求，各地各部门要坚持以人民为中心的发展思想，聚焦高质量发展，压实工作责任，细化工作举措，"
         "加强督促检查，确保各项目标任务按期完成，不断增强人民群众的获得感、幸福感、安全感。")
_NEWS = ("市政府常务会议研究部署近期重点工作", "召开全市安全生产工作会议", "推进营商环境优化提升", "调研重点项目建设",
         "召开全市秋冬季森林防火工作会议", "部署城乡环境综合整治", "推进数字政府建设", "召开全市民生实事推进会",
         "开展招商引资项目集中签约", "召开全市防汛防台工作会议")
BROKEN_IMAGE = "/xinwen/2026-11/images/2026111509321588.jpg"
DELETED = "/xinwen/2026-06/12/content_5588421.htm"
BROKEN_PDF = "/files/2026-05/20260518_zhaopin.pdf"
GOOD_PDF = "/files/2026-09/20260915_biaoge.pdf"
DEAD_COLUMN = "/column/31199/0.htm"


def _news(s: _Site) -> tuple[Col, Col]:
    ywdt = Col(31101, "要闻动态")
    for i in range(58):
        ywdt.docs.append(s.doc(f"{CITY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 2),
                               body=_paras(f"近日，{CITY}{_NEWS[i % 10]}。市政府主要负责同志出席并讲话。", _WORK)))
    ywdt.docs[2].body += f'<p style="text-align: center;"><img src="{BROKEN_IMAGE}" alt=""></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "要闻正文图片 404", probe="status:404"))
    ywdt.docs[7].body += f'<p>相关新闻：<a href="{DELETED}">我市召开上半年经济运行分析会</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的新闻（404）", probe="status:404"))
    s.traps.append(Trap(ywdt.url(), "要闻动态最新 2026-11-19，后续页为 /column/31101/1.htm、2.htm（从 0 编号）：不是过期栏目"))
    s.traps.append(Trap(ywdt.url(1), "从 0 编号的列表的第 2 页（1.htm）属于要闻动态，不是单独的栏目"))

    tzgg = Col(31102, "通知公告")
    for i in range(26):
        tzgg.docs.append(s.doc(f"关于{('做好2027年元旦春节期间有关工作', '开展全市安全生产大检查', '公布第二批市级非遗代表性项目', '征求意见')[i % 4]}"
                               f"的通知（{i + 1}）", AS_OF - timedelta(days=4 + i * 9),
                               body=_paras("各县（区）人民政府，市直各单位：", _WORK, OFFICE)))
    tzgg.docs[3].body += f'<p>附件：<a href="{BROKEN_PDF}" target="_blank">报名表.pdf</a></p>'
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs[5].body += f'<p>附件：<a href="{GOOD_PDF}" target="_blank">申报表.pdf</a></p>'
    s.traps.append(Trap(GOOD_PDF, "附件可下载，不是断链"))
    tzgg.docs.append(s.doc(f"{ORG}关于公布行政规范性文件清理结果的通知", date(2026, 4, 16),
                           body=_paras("经清理，继续有效的市政府行政规范性文件52件，宣布失效6件，废止3件。", _WORK), source=OFFICE))

    bmdt = Col(31103, "部门动态")
    for i in range(9):
        bmdt.docs.append(s.doc(f"市{('发展改革委', '教育局', '民政局', '自然资源局')[i % 4]}开展{('走访调研', '业务培训', '专项督查')[i % 3]}活动",
                               date(2025, 8, 12) - timedelta(days=i * 26), body=_paras(_WORK)))
    s.key.append(Expected("stale-columns", bmdt.url(), "部门动态最新 2025-08-12，已超过 1 年未更新", probe="newest:2025-08-12"))

    qxdt = Col(31104, "区县动态")
    s.key.append(Expected("empty-columns", qxdt.url(), "区县动态栏目页没有任何条目", probe="no-rows"))
    s.cols += [ywdt, tzgg, bmdt, qxdt]
    return ywdt, tzgg


# Documents (subject, defect): missing / late / unlinked / nometa / meta:<label>
_DOCUMENTS = (("城市绿化管理", ""), ("公共租赁住房管理", "missing"), ("政府投资项目管理", "nometa"),
              ("城市养犬管理", "late"), ("农村宅基地审批管理", "unlinked"), ("市级储备粮管理", "meta:发文字号"),
              ("政府购买服务管理", "meta:成文日期"), ("重大行政决策程序", ""), ("中小企业发展专项资金管理", ""))


def _disclosure(s: _Site) -> Col:
    wj = Col(31201, "市政府文件")
    jd = Col(31202, "政策解读")
    for k, (subject, defect) in enumerate(_DOCUMENTS):
        when = date(2026, 10, 28) - timedelta(days=31 * k)
        number = f"澜政规〔{when.year}〕{12 - k}号"
        short = f"{CITY}{subject}办法"
        d = s.doc(f"{ORG}关于印发《{short}》的通知", when, "zhengce", source=ORG)
        text = _paras(f'<span style="font-family: 楷体;">{number}</span>', "各县（区）人民政府，市直各单位：",
                      f"现将《{short}》印发给你们，请认真贯彻执行。", ORG, f"{when.year}年{when.month}月{when.day}日",
                      f"第一条　为规范本市{subject}工作，根据有关法律法规，结合本市实际，制定本办法。",
                      "第二条　本办法适用于本市行政区域内的有关管理活动。",
                      "第三条　本办法自印发之日起施行，有效期五年。")
        d.body = text
        if defect != "nometa":
            written = when - timedelta(days=4)
            d.meta = {"索引号": f"003519887/{when.year}-{k + 118:05d}", "主题分类": "城乡建设、环境保护\\其他",
                      "发文机关": ORG, "成文日期": f"{written.year}年{written.month:02d}月{written.day:02d}日",
                      "发文字号": number, "发布日期": f"{when.year}年{when.month:02d}月{when.day:02d}日"}
            if defect.startswith("meta:"):
                del d.meta[defect[5:]]
        wj.docs.append(d)
        # Key error at first contact: gov.cn's table has no 有效性 row (nor does the body mark one), so every
        # document here fails normative-doc-validity; the tool was right, the key had left it out.
        s.key.append(Expected("normative-metadata", d.url, "文件页面没有标注有效性（gov.cn 式表格无“有效性”一栏）",
                              probe="meta-missing:有效性"))
        if defect == "nometa":
            s.key.append(Expected("normative-metadata", d.url, "规范性文件页面没有索引号/发文机关/成文日期表格（文号只在正文里）",
                                  probe="no-meta"))
        elif defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", d.url, f"规范性文件元数据表格中“{defect[5:]}”一栏为空",
                                  probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", d.url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 14 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"图解：{short}", f"一图读懂《{short}》")[k % 3], when + timedelta(days=lag), "jiedu",
                  body=_paras(f"一、起草背景　为规范本市{subject}工作，市政府起草了《{short}》。",
                              "二、主要内容　《办法》共三条，明确了适用范围和施行日期。", "三、适用对象　" + _WORK), source=OFFICE)
        if defect != "unlinked":
            i.related.append((d.url, d.title))
            d.related.append((i.url, i.title))
            s.traps.append(Trap(d.url, "文件与解读在“相关解读/相关文件”框中互相链接"))
        if defect == "late":
            s.key.append(Expected("interpretations", d.url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", d.url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        jd.docs.append(i)
    for n in range(3):  # interpretations of the province's and the State Council's policies
        jd.docs.append(s.doc(f"《{('福建省优化营商环境条例', '国务院关于促进服务消费的意见', '福建省河长制规定')[n]}》解读",
                             date(2026, 11, 12) - timedelta(days=17 * n), "jiedu", body=_paras("一、出台背景", "二、主要内容　" + _WORK)))

    rsxx = Col(31203, "人事信息")
    for n in range(7):
        rsxx.docs.append(s.doc(f"{ORG}关于{('任免', '公示拟任', '试用期满考核')[n % 3]}工作人员的通知（{n + 1}）",
                               date(2025, 4, 22) - timedelta(days=n * 38), body=_paras("经研究决定，现将有关事项通知如下。", _WORK)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事信息最新 2025-04-22，已超过 1 年未更新", probe="newest:2025-04-22"))

    czyjs = Col(31205, "财政预决算")
    for n in range(6):
        year = 2026 - n // 2
        kind = "预算" if n % 2 == 0 else "决算"
        when = date(year, 2, 14) if kind == "预算" else date(year - 1, 8, 21)
        czyjs.docs.append(s.doc(f"{CITY}{year if kind == '预算' else year - 2}年市级财政{kind}公开", when,
                                body=_paras("根据《中华人民共和国预算法》有关规定，现将市级财政预决算公开如下。", _WORK)))
    s.traps.append(Trap(czyjs.url(), "财政预决算最新 2026-02-14，在 1 年内"))

    ndbg = Col(31204, "政府信息公开年报")
    # A city government: 条例第四十九条 has it publish its report by March 31.
    published = {2025: date(2026, 3, 20), 2023: date(2024, 3, 28), 2022: date(2023, 5, 12), 2021: date(2022, 3, 31),
                 2020: date(2021, 3, 24)}
    for year, when in published.items():
        d = s.doc(f"{ORG}{year}年政府信息公开工作年度报告", when, body=report_body(ORG, year, year % 11), source=OFFICE)
        ndbg.docs.append(d)
        if year == 2022:
            s.key.append(Expected("annual-reports", d.url, "2022 年度报告 2023-05-12 发布，晚于政府年报的公开期限 3 月 31 日",
                                  match=(ORG, "2022"), probe="late:2023-03-31"))
        elif year == 2021:
            s.traps.append(Trap(d.url, "年报在截止日 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告", match=(ORG, "2024"),
                          probe="no-report:2024"))
    s.cols += [wj, jd, rsxx, ndbg, czyjs]
    return wj


_STATIC = (("/zhengce/xxgk/gkzn.htm", "政府信息公开指南",
            _paras(f"为便于公民、法人和其他组织获取{ORG}的政府信息，编制本指南。", "一、主动公开　二、依申请公开　三、监督和救济",
                   "本指南自2026年3月2日起施行。")),
           ("/zhengce/xxgk/fdzdgknr.htm", "法定主动公开内容",
            _paras("本机关法定主动公开内容包括：机构职能、政策文件、政策解读、人事信息、财政预决算、政府信息公开年报等，"
                   "分别在本网站各栏目发布。")),
           ("/zhengce/xxgk/jgzn.htm", "机构职能", _paras(f"{ORG}是市人民代表大会的执行机关，是市级国家行政机关。")),
           ("/zhengce/xxgk/ysqgk.htm", "依申请公开", _paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。")),
           ("/zhengce/xxgk/gkzd.htm", "政府信息公开制度", _paras("本机关建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。")),
           ("/home/gybw.htm", "关于本网", _paras(f"{ORG}门户网站是市人民政府在互联网上发布政务信息和提供在线服务的综合平台。")),
           ("/home/wzsm.htm", "网站声明", _paras("本网站所载内容版权归本网所有，转载请注明出处。")),
           ("/home/lxwm.htm", "联系我们", _paras(f"地址：{CITY}府前路1号　电话：0595-22180001")),
           ("/home/jiucuo.htm", "我要纠错", _paras("如发现本网页面存在错误，请填写以下信息反馈。")))


def _static(s: _Site) -> None:
    for url, name, text in _STATIC:
        body = (f'<div class="main">\n{s.trail([])}<div class="article oneColumn pub_border">\n<h1>{name}</h1>\n'
                f'<div class="pages_content">{text}</div>\n</div>\n</div>')
        s.res[url] = s.page(f"{name}_{ORG}", name, body)
    s.traps.append(Trap("/zhengce/xxgk/jgzn.htm", "无日期的单页，不是过期栏目"))

    cols = [s.col(n) for n in ("市政府文件", "政策解读", "人事信息", "财政预决算", "政府信息公开年报")]
    blocks = "".join(
        f'<div class="xxgk_box"><h3>{c.name}<a class="more" href="{_a(c.url())}">更多&gt;&gt;</a></h3><ul>'
        + "".join(f'<li><a href="{_a(d.url)}">{escape(d.title)}</a><span class="date">{d.when:%Y-%m-%d}</span></li>'
                  for d in c.docs[:4]) + "</ul></div>\n" for c in cols)
    statics = "".join(f'<li><a href="{_a(u)}">{n}</a></li>' for u, n, _ in _STATIC[:5])
    body = f'<div class="main">\n{s.trail([])}<div class="xxgk_left"><ul>{statics}</ul></div>\n<div class="xxgk_right">\n{blocks}</div>\n</div>'
    s.res["/zhengce/xxgk/index.htm"] = s.page(f"政府信息公开_{ORG}", "政府信息公开", body)
    s.traps.append(Trap("/zhengce/xxgk/index.htm", "政府信息公开首页是各栏目区块和“更多”链接的导航页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><h4><a href="{_a(d.url)}" target="_blank">{escape(d.title)}</a><span class="date">{d.when:%m-%d}</span></h4></li>'
                       for d in col.docs[:n])
        return (f'<div class="news_box"><div class="hd"><h2>{col.name}</h2><a class="more" href="{_a(col.url())}">更多</a></div>'
                f'<div class="list list_1 list_2"><ul>{rows}</ul></div></div>\n')
    body = ('<div class="main index">\n'
            + "".join(block(s.col(n), k) for n, k in (("要闻动态", 8), ("通知公告", 6), ("市政府文件", 5), ("政策解读", 5)))
            + '<div class="links"><a href="' + _a(s.col("部门动态").url()) + '">部门动态</a> <a href="'
            + _a(s.col("区县动态").url()) + f'">区县动态</a> <a href="{DEAD_COLUMN}">专题专栏</a> '
            '<a href="/zhengce/xxgk/gkzn.htm">政府信息公开指南</a> <a href="' + _a(s.col("政府信息公开年报").url())
            + '">政府信息公开年报</a></div>\n</div>')
    s.key.append(Expected("broken-links", DEAD_COLUMN, "首页“专题专栏”链接的栏目已删除（404）", probe="status:404"))
    home = s.page(ORG, "首页", body, home=True)
    s.res["/"] = home
    s.res["/index.htm"] = home
    s.traps.append(Trap("/index.htm", "/index.htm 是首页的另一个地址，不是栏目"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 Not Found</title></head>'
             '<body><center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"govcn offers only the small size, not {size!r}")
    s = _Site()
    ywdt, _ = _news(s)
    _disclosure(s)
    s.render()
    _static(s)
    _home(s)
    s.res[GOOD_PDF] = Resource(fake_pdf("biaoge"), "application/pdf")
    for img in ("logo.png", "red.png", "jiucuo.png", "gaba.png"):
        s.res[f"/govweb/xhtml/2016gov/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/govweb/xhtml/2016gov/css/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/favicon.ico"] = Resource(tiny_png(), "image/x-icon")
    s.key.append(Expected("footer", ywdt.docs[0].url, "栏目页、文章页、文件页模板的页脚没有网站标识码（只有首页页脚有）",
                          # the single pages under /home/ (关于本网 …) carry the same footer: only the home's has the code
                          probe="footer-lacks:网站标识码", url_pattern=r"^/(column|xinwen|zhengce|home)/.+"))
    s.traps.append(Trap("/", "首页页脚有主办单位、网站标识码（无冒号）、ICP、公安备案、党政机关标识和找错"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、"
                          "PubDate…），只有 lanmu、firstpublishedtime 等自定义标签", probe="no-meta-tags", url_pattern=r"^/"))
    return SampleSite("govcn", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
