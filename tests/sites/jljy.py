"""The "jljy" sample site: a county portal (桦岭县人民政府, 白江市, 吉林) on the 吉林 政府网站集约化平台 — the TRS-built
portal pages of the province's sites (`/zw/yw/…/` lists, `<yyyymm>/t<yyyymmdd>_<id>.html` articles linked relatively,
later pages `index_<n-1>.html`) beside the province's 政务公开 platform (xxgk.jl.gov.cn style, here under `/xxgk/` on
the county's own host), whose catalogue lists hold no rows in their HTML: a script asks the platform's JSONP search
service `govsearch/jsonp/zf_jd_list.jsp?page=N&…&callback=result` and writes `tr.zly_xxmu_20170104ulbg2` rows and a
`#page-body` pager of `data-page` links (numbered from 0) into the page.

Why 吉林: the brief's remaining provinces were 浙江/江苏 (Hanweb `col/col…`, the hanweb and sdjy templates' family),
天津/内蒙古/青海 (plain TRS `index_<n>.html` lists and `t<yyyymmdd>_<id>.html` records, as trsjy/gzjy/cqjy), 黑龙江/新疆
(`c<id>/…shtml`, the kpy/gsjy scheme), 海南/辽宁 (single pages in the library). 吉林's 政务公开 platform is the one with
markup of its own that no template imitates, attested in three independent crawlers:

Sources (read with `read_file` / `find_string`, cited as found):
  - a Splash spider `jilin_zwgk` (id 49112138399, find_string `zly_xxmu_20170104`): the catalogue's rows
    `//*[@class="zly_xxmu_20170104ulbg2"]`, the title `./td[2]/div/a` (text and href), the 文号 `./td[3]`, the date
    `./td[5]`; the page count `//*[@id="page-body"]/a[last()-1]/@data-page` + 1 (a pager of `data-page` links numbered
    from 0); later pages reached only by typing into `#jump` and clicking `.go-button`, the rows written into
    `.tmptabel` (the spider empties `.tmptabel` and waits for `.tmptabel > tbody > tr > td`: a script fills it); the
    record's body `div.Custom_UnionStyle`;
  - a JSONP crawler (repository bucm-policy-search style notes and spider `Jilin`, ids 14616901195 and 42636182065):
    the rows come from `infogate.jl.gov.cn/govsearch/jsonp/zf_jd_list.jsp?page=N&lb=134657&callback=result&…&channelId=
    134657` (pages from 1), an answer of blank lines and a BOM before `result({…});`, each record `{"puburl", "MetaDataId",
    "tip": {"dates", "filenum", "publisher", "title"}}`; the record's metadata `table.zly_xxgk_20170802`, its body
    `div.zlyxwz_t2a p` with the attachment links in it;
  - a selector table of provincial crawlers (id 33883907798 / 33446588949): `xxgk.jl.gov.cn/zsjg/fgw_136504/gkml/` rows
    under `#result-body table`, 发文字号 `.zly_xxmu_20170104ulli3`, 发布日期 `.zly_xxmu_20170104ulli4`;
  - record addresses `xxgk.jl.gov.cn/szf/gkml/201812/t20181205_5350322.html`, `…/zcbm/fgw_97992/xxgkmlqy/202509/
    t20250922_9324837.html` (ids 61419226848, 71147813765), attachments `P0202…pdf` in the month folder (id 54882561808);
  - the portal: `www.jl.gov.cn/zw/yw/jlyw/index.html` rows `//li[@class="item"]//a/@href` relative `./…` (spider
    jilinSpider, id 46140255922); `www.jl.gov.cn/zw/jcxxgk/gzbg/szfgzbg/index.html` and `index_1.html` (0-based TRS
    later pages) and `…/szfgzbg/202301/t20230120_8662908.html` articles (ids 31608898745, 13143435329).
Guessed, said as such: the JSONP service on the county's own host (the real one is on infogate.jl.gov.cn) and served as
JavaScript, its puburl root-relative (the real ones are absolute), a plain-JS loader (the real page's script was not in
the library), the fourth row cell (发布机构), the record table's labels and their order, the record title's box
`div.zlyxwz_t1`, the 相关解读/相关文件 box, dates `2026年10月22日` in the record table, the empty-list text
(暂无相关信息), the portal's article template, the footers, every place name, number and wording.

First contact (b1b5af6, the tool at 9b2a53c), after two generator faults were fixed (the government's 2021 年报 and the
home footer's 找错 entry were left out: both real defects outside the key, which the tool rightly found): 84/101 pages
fetched, 合格 0 with a false empty-columns veto; empty-columns 0.29/1.00 (5 false: every JSONP-filled list judged empty),
annual-reports 0.00/0.00 (the 年报 list unread), stale-columns n/a/0.00. The tool knew no JSONP loader (a script adding a
`<script>` whose address names the callback): the lists went unrendered and, unrendered, were read as empty. Fixed in
the tool (htmlvocab.SCRIPT_LOAD): such a loader loads data, so the pages are rendered, and left unrendered they are not
observed; and (render_need) an element-less `<tbody>` under column heads is the slot a loader fills even when the page
shows other dated rows (the `sidebox` mutation's box had kept them unrendered). Found at seed 2 and fixed in
tests/sites/mutate.py: `addresses` wrote a moved page's base with the host twice. Now 102/102 pages, 合格 73.5, every
family 1.00/1.00 (the off-site 依申请公开's emptiness and freshness undecided, as gzjy's), and 1.00/1.00 with no false
finding under all 21 mutations at seeds 0–2.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "桦岭县"
GOV = "桦岭县人民政府"
CITY = "白江市"
HOST = "http://www.hualing.gov.cn"
SITE_CODE = "2206250001"
ICP = "吉ICP备05003186号"
PSB = "22062502000117"
HTML = "text/html; charset=utf-8"
XXGK = "/xxgk/"
GKML = "/xxgk/gkml/"
JSONP = "/govsearch/jsonp/zf_jd_list.jsp"


@dataclass
class Doc:
    key: int
    title: str
    when: date
    body: str = ""
    source: str = f"{GOV}办公室"
    meta: dict[str, str] | None = None  # the zly_xxgk_20170802 table (label → value; "" = an empty cell)
    number: str = ""
    links: str = ""  # the 相关解读 / 相关文件 box under the body


@dataclass
class Col:
    name: str
    path: str  # the column's folder, e.g. /zw/yw/hlyw/
    docs: list[Doc] = field(default_factory=list)
    channel: int = 0  # the 政务公开 platform's channel id (the JSONP's lb and channelId)
    per_page: int = 12

    @property
    def xxgk(self) -> bool:
        return self.path.startswith(XXGK)

    @property
    def pages(self) -> int:
        return 1 if self.xxgk else max(1, -(-len(self.docs) // self.per_page))

    def url(self) -> str:
        return self.path

    def page_url(self, n: int) -> str:
        return self.path if n == 1 else f"{self.path}index_{n - 1}.html"  # TRS: page 2 is index_1.html

    def doc_url(self, d: Doc) -> str:
        return f"{self.path}{d.when:%Y%m}/t{d.when:%Y%m%d}_{9300000 + d.key * 1297}.html"

    def rel(self, d: Doc) -> str:  # TRS writes a list's rows relative to the column
        return "./" + self.doc_url(d)[len(self.path):]

    def jsonp_url(self, page: int) -> str:
        return f"{JSONP}?page={page}&lb={self.channel}&callback=result&channelId={self.channel}"


def _head(title: str, col: Col | None, d: Doc | None, column_tags: bool = True) -> str:
    tags = (f'<meta name="SiteName" content="{GOV}">\n<meta name="SiteDomain" content="www.hualing.gov.cn">\n'
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
            '<link rel="stylesheet" href="/images/common.css">\n'
            '<script type="text/javascript" src="/images/common.js"></script>\n</head>\n')


def _header() -> str:
    nav = (("首页", "/"), ("政务要闻", "/zw/"), ("政务公开", XXGK), ("政务服务", "https://zwfw.jl.gov.cn/"),
           ("互动交流", "/hdjl/"), ("走进桦岭", "/zjhl/"))
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in nav)
    return ('<div class="topbar"><div class="w1200"><a href="http://www.jl.gov.cn/" target="_blank">吉林省人民政府</a>'
            '<a href="javascript:void(0);" id="wza">无障碍浏览</a><a href="javascript:void(0);" id="zhlx">长者模式</a>'
            '</div></div>\n<div class="head"><div class="w1200"><a class="logo" href="/"><img src="/images/logo.png" alt="桦岭县人民政府"></a>'
            '<div class="search"><form action="https://www.jl.gov.cn/search/" target="_blank" method="get">'
            f'<input type="hidden" name="siteCode" value="{SITE_CODE}"><input type="text" name="searchWord" placeholder="请输入关键字">'
            f'<input type="submit" value="搜索"></form></div></div></div>\n<div class="menu"><ul class="w1200">{items}</ul></div>\n')


def _footer(xxgk: bool) -> str:
    # The 政务公开 platform's pages keep the platform's own footer, without 网站标识码 (a planted defect).
    code = "" if xxgk else f"<span>网站标识码：{SITE_CODE}</span>"
    return ('<div class="foot"><div class="w1200"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p>'
            f'<p>主办：{GOV}办公室　承办：{COUNTY}政务服务和数字化建设管理局　电话：0439-6221035</p>'
            f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>{code}'
            f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">'
            f'<img src="/images/ga.png">吉公网安备 {PSB}号</a></p>'
            '<p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=2A3B4C5D6E7F8091" target="_blank">'
            f'<img src="/images/dzjg.png"></a></span><script id="_jiucuo_" sitecode="{SITE_CODE}" '
            'src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p></div></div>\n')


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _cn(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


# The 政务公开 list's loader (plain JS, guessed): asks the JSONP service for page p + 1 and writes the rows and a pager
# of data-page links numbered from 0 (the real spider's page count is the last data-page + 1).
_LOADER = """<script type="text/javascript">
var channelId = "%(channel)s";
var currPage = 0;
function result(json) {
  var html = "";
  for (var i = 0; i < json.data.length; i++) {
    var t = json.data[i].tip;
    html += '<tr class="zly_xxmu_20170104ulbg2"><td class="zly_xxmu_20170104ulli1">' + (currPage * 20 + i + 1) + '</td>'
      + '<td class="zly_xxmu_20170104ulli2"><div><a href="' + json.data[i].puburl + '" target="_blank" title="' + t.title + '">'
      + t.title + '</a></div></td><td class="zly_xxmu_20170104ulli3">' + t.filenum + '</td><td>' + t.publisher + '</td>'
      + '<td class="zly_xxmu_20170104ulli4">' + t.dates + '</td></tr>';
  }
  if (json.data.length == 0) {
    html = '<tr><td colspan="5" class="zly_nodata">暂无相关信息</td></tr>';
  }
  document.getElementById("content").innerHTML = html;
  var pager = "";
  for (var p = 0; p < json.pagecount; p++) {
    pager += '<a href="javascript:;" data-page="' + p + '"' + (p == currPage ? ' class="current"' : '') + '>' + (p + 1) + '</a>';
  }
  document.getElementById("page-body").innerHTML = '<span>共' + json.total + '条 ' + json.pagecount + '页</span>' + pager
    + '<a href="javascript:;" data-page="' + Math.max(json.pagecount - 1, 0) + '">末页</a>';
}
function loadPage(p) {
  currPage = p;
  var s = document.createElement("script");
  s.src = "%(jsonp)s?page=" + (p + 1) + "&lb=" + channelId + "&callback=result&channelId=" + channelId;
  document.body.appendChild(s);
}
loadPage(0);
</script>
"""


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
        html = f'{head}<body>\n{_header()}<div class="container w1200">\n{body}</div>\n{_footer(xxgk)}</body>\n</html>\n'
        return Resource(html.encode("utf-8"), HTML)

    def trail(self, col: Col) -> str:
        parts = [("首页", "/"), ("政务公开", XXGK) if col.xxgk else ("政务要闻", "/zw/"), (col.name, col.url())]
        links = " &gt; ".join(f'<a href="{u}">{n}</a>' for n, u in parts)
        return f'<div class="position">您当前的位置：{links}</div>\n'

    def side(self, col: Col) -> str:
        on = ' class="on"'
        items = "".join(f'<li{on if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if c.xxgk == col.xxgk)
        return f'<div class="sidebar"><h3>{"政务公开" if col.xxgk else "政务要闻"}</h3><ul>{items}</ul></div>\n'

    def news_list(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        rows = "".join(f'\n<li class="item"><a href="{col.rel(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span class="date">{d.when:%Y-%m-%d}</span></li>' for d in docs)
        pager = ""
        if col.pages > 1:
            pager = ('<div class="page"><script type="text/javascript">\n'
                     f'createPageHTML({col.pages}, {n - 1}, "index", "html");\n</script></div>\n')
        body = (f'{self.trail(col)}{self.side(col)}<div class="main_list"><div class="list_title"><span>{col.name}</span></div>\n'
                f'<ul class="list">{rows}\n</ul>\n{pager}</div>\n')
        return self.page(_head(col.name, col, None), body, False)

    def xxgk_list(self, col: Col) -> Resource:
        # The platform's list template writes no column tags (a planted defect) and no rows: the loader writes them.
        body = (f'{self.trail(col)}{self.side(col)}<div class="zly_xxmu_right"><div class="zly_xxmu_tit"><span>{col.name}</span></div>\n'
                '<div id="result-body"><table class="tmptabel" width="100%">\n<thead><tr class="zly_xxmu_20170104ulbg1">'
                '<th>序号</th><th>名称</th><th>文号</th><th>发布机构</th><th>发布日期</th></tr></thead>\n'
                '<tbody id="content"></tbody>\n</table></div>\n'
                '<div class="zly_page"><div id="page-body"></div><input type="text" id="jump" value="">'
                '<a href="javascript:;" class="go-button" onclick="loadPage(parseInt(document.getElementById(\'jump\').value, 10) - 1)">GO</a></div>\n'
                + _LOADER % {"channel": col.channel, "jsonp": JSONP} + '</div>\n')
        return self.page(_head(col.name, col, None, column_tags=False), body, True)

    def jsonp(self, col: Col) -> Resource:
        data = [{"puburl": col.doc_url(d), "MetaDataId": str(9300000 + d.key * 1297),
                 "tip": {"dates": f"{d.when:%Y-%m-%d}", "filenum": d.number, "publisher": d.source, "title": d.title}}
                for d in col.docs]
        answer = json.dumps({"data": data, "total": len(data), "pagecount": 1 if data else 0}, ensure_ascii=False)
        text = "\r\n" * 6 + "\ufeff" + "\r\n" * 5 + f"result({answer});\r\n"
        return Resource(text.encode("utf-8"), "application/javascript; charset=utf-8")

    def article(self, col: Col, d: Doc) -> Resource:
        if d.meta is None:  # the portal's TRS article template (guessed)
            body = (f'{self.trail(col)}<div class="article">\n<h1 class="art_title">{escape(d.title)}</h1>\n'
                    f'<div class="art_info"><span>发布时间：{d.when:%Y-%m-%d} {9 + d.key % 8:02d}:{d.key * 7 % 60:02d}</span>'
                    f'<span>来源：{escape(d.source)}</span>'
                    '<span>【字体：<a href="javascript:void(0);">大</a> <a href="javascript:void(0);">中</a> <a href="javascript:void(0);">小</a>】</span></div>\n'
                    f'<div id="zoom"><div class="TRS_Editor">{d.body}</div></div>\n{d.links}'
                    '<div class="art_tools"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>\n</div>\n')
        else:  # the 政务公开 record (zly_xxgk_20170802 table, body div.zlyxwz_t2a > div.Custom_UnionStyle)
            cells = list(d.meta.items())
            rows = "".join("<tr>" + "".join(f'<td class="zly_xxgk_td1">{k}：</td><td class="zly_xxgk_td2">{v}</td>' for k, v in cells[i:i + 2])
                           + "</tr>" for i in range(0, len(cells), 2))
            body = (f'{self.trail(col)}<div class="zlyxwz">\n<table class="zly_xxgk_20170802" width="100%">{rows}</table>\n'
                    f'<div class="zlyxwz_t1">{escape(d.title)}</div>\n'
                    f'<div class="zlyxwz_t2a"><div class="Custom_UnionStyle">{d.body}</div></div>\n{d.links}</div>\n')
        return self.page(_head(d.title, col, d), body, col.xxgk)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            if col.xxgk:
                self.res[col.url()] = self.xxgk_list(col)
                self.res[col.jsonp_url(1)] = self.jsonp(col)
            else:
                for n in range(1, col.pages + 1):
                    self.res[col.page_url(n)] = self.news_list(col, n)
                    if n > 1:
                        self.traps.append(Trap(col.page_url(n), LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)


_WORK = ("会议要求，各乡镇（街道）、县直各部门要提高政治站位，压实工作责任，细化工作措施，加强督促检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开县委常委会会议", "召开县人民政府常务会议", "开展重点项目观摩活动", "召开黑土地保护工作推进会", "推进和美乡村建设",
         "召开安全生产工作会议", "开展森林草原防灭火演练", "召开优化营商环境工作推进会", "举办人参产业发展论坛", "开展秋季森林防火检查")
BROKEN_PDF = "/zw/tzgg/202610/P020261015512345678901.pdf"
GOOD_PDF = "/zw/tzgg/202609/P020260912398765432101.pdf"


def _news(s: _Site) -> None:
    hlyw = Col("桦岭要闻", "/zw/yw/hlyw/")
    for i in range(26):
        hlyw.docs.append(s.doc(f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 5),
                               _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县领导出席并讲话，各乡镇（街道）、县直各部门主要负责人参加。", _WORK),
                               source=f"{COUNTY}融媒体中心"))
    s.traps.append(Trap(hlyw.url(), "桦岭要闻最新 2026-11-18：不是过期栏目；第 2、3 页 index_1.html、index_2.html 由 createPageHTML 脚本写出"))
    bmdt = Col("部门动态", "/zw/yw/bmdt/")
    for i in range(8):
        bmdt.docs.append(s.doc(f"{('县教育局', '县卫生健康局', '县农业农村局', '县市场监管局')[i % 4]}{_NEWS[(i + 3) % 10]}",
                               AS_OF - timedelta(days=5 + i * 11), _paras(_WORK)))
    tzgg = Col("通知公告", "/zw/tzgg/")
    topics = ("做好冬季森林防火", "城乡居民医保参保缴费", "开展燃气安全隐患排查", "做好秋冬季黑土地保护性耕作")
    for i in range(14):
        tzgg.docs.append(s.doc(f"关于{topics[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=6 + i * 13),
                               _paras("各乡镇人民政府（街道办事处），县直各部门：", _WORK, f"{GOV}办公室")))
    broken = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202610")
    broken.body += _paras('附件：<a href="./P020261015512345678901.pdf" target="_blank">报名登记表.pdf</a>')
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件（TRS 相对地址）404", probe="status:404"))
    good = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202609")
    good.body += _paras('附件：<a href="./P020260912398765432101.pdf" target="_blank">实施方案.pdf</a>')
    s.res[GOOD_PDF] = Resource(fake_pdf("fangan"), "application/pdf")
    tzgg.docs.append(s.doc(f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件11件，宣布失效2件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目"))
    s.cols += [hlyw, bmdt, tzgg]


# Normative documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("黑土地保护利用", "missing"), ("县城建筑风貌管控", "late"),
              ("人参产业发展扶持资金管理", "unlinked"), ("县级储备粮管理", "no-validity"), ("城市公共停车场管理", "no-number"),
              ("农村公路养护管理", ""))
ORGAN_CODE = "11220625013516734X"


def _meta(organ: str, number: str, when: date, serial: int, kind: str = "规范性文件", title: str = "") -> dict[str, str]:
    return {"索 引 号": f"{ORGAN_CODE}/{when.year}-{serial:05d}", "分　　类": kind, "发布机构": organ,
            "成文日期": _cn(when - timedelta(days=4)), "标　　题": escape(title), "发文字号": number,
            "发布日期": _cn(when), "有 效 性": "有效"}


def _disclosure(s: _Site) -> None:
    gfx = Col("规范性文件", GKML + "gfxwj/", channel=134657)
    zcjd = Col("政策解读", GKML + "zcjd/", channel=134661)
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=33 * k)
        short = f"{COUNTY}{subject}办法"
        number = f"桦政规〔{when.year}〕{9 - k}号"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        d.body = _paras(number, "各乡镇人民政府（街道办事处），县直各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        _cn(when - timedelta(days=4)), "（此件公开发布）",
                        f"第一条　为规范本县{subject}工作，根据有关法律法规，结合本县实际，制定本办法。", "第二条　本办法自印发之日起施行，有效期五年。")
        d.number, d.source, d.meta = number, GOV, _meta(GOV, number, when, 301 + k * 11, title=d.title)
        url = gfx.doc_url(d)
        if defect == "no-validity":
            del d.meta["有 效 性"]
            s.key.append(Expected("normative-metadata", url, "规范性文件的信息公开表没有有效性一项", probe="meta-missing:有效性"))
        elif defect == "no-number":
            d.meta["发文字号"] = ""
            d.number = ""
            d.body = d.body.replace(_paras(number), "", 1)
            s.key.append(Expected("normative-metadata", url, "规范性文件的发文字号为空（正文也没有文号）", probe="meta-missing:发文字号"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读", when + timedelta(days=lag),
                  _paras(f"一、出台背景　为规范本县{subject}工作，县人民政府制定了《{short}》。",
                         "二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。", "三、解读机关　县司法局。"))
        i.meta = _meta(f"{GOV}办公室", "", i.when, 700 + k, "政策解读", title=i.title)
        del i.meta["有 效 性"]
        if defect != "unlinked":
            i.links = (f'<div class="zlyxwz_xgwj"><span>相关文件：</span><ul><li><a href="../../gfxwj/{url.split("/gfxwj/")[1]}" '
                       f'target="_blank">{escape(d.title)}</a></li></ul></div>\n')
            d.links = (f'<div class="zlyxwz_xgjd"><span>相关解读：</span><ul><li><a href="../../zcjd/{zcjd.doc_url(i).split("/zcjd/")[1]}" '
                       f'target="_blank">{escape(i.title)}</a></li></ul></div>\n')
            if defect != "late":
                s.traps.append(Trap(url, "文件和解读互相链接、及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        zcjd.docs.append(i)
    old = s.doc(f"{GOV}关于印发《{COUNTY}农村宅基地管理暂行办法》的通知", date(2017, 6, 12))
    old.number, old.source = "桦政规〔2017〕2号", GOV
    old.meta = _meta(GOV, old.number, old.when, 88, title=old.title)
    old.body = _paras(old.number, "各乡镇人民政府，县直各部门：", f"现将《{COUNTY}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    gfx.docs.append(old)
    s.traps.append(Trap(gfx.doc_url(old), "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))
    s.traps.append(Trap(gfx.url(), "规范性文件列表的行只由脚本从 JSONP 写出（序号、名称、文号、发布机构、发布日期），表头行不是文件"))

    zfwj = Col("县政府文件", GKML + "xzfwj/", channel=134659)
    notices = ("关于刘建华等同志职务任免的通知", "关于成立桦岭县第三次全国土壤普查领导小组的通知",
               "关于调整桦岭县森林草原防灭火指挥部成员的通知", "关于王海军等同志职务任免的通知")
    for i, title in enumerate(notices):
        when = date(2026, 11, 10) - timedelta(days=i * 37)
        series = "桦政任" if "任免" in title else "桦政办发"
        organ = GOV if series == "桦政任" else f"{GOV}办公室"
        d = s.doc(f"{organ}{title}", when,
                  _paras("各乡镇人民政府（街道办事处），县直各部门：", "经研究，决定如下：" if series == "桦政任" else "经县人民政府同意，现将有关事项通知如下：",
                         _WORK if series != "桦政任" else "任命刘建华为县农业农村局副局长；免去其县林业局副局长职务。"), source=organ)
        d.number = f"{series}〔{when.year}〕{30 - i}号"
        d.meta = _meta(organ, d.number, when, 500 + i, "人事任免" if series == "桦政任" else "综合政务", title=d.title)
        zfwj.docs.append(d)
    s.traps.append(Trap(zfwj.doc_url(zfwj.docs[0]), "县政府文件栏目的任免通知、成立或调整议事协调机构的通知（有文号、有效性）不是政策性文件，不要求解读"))

    czyjs = Col("财政预决算", GKML + "czyjs/", channel=134663)
    for n in range(5):
        year = 2025 - n // 2
        d = s.doc(f"{COUNTY}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 20) - timedelta(days=170 * n),
                  _paras("根据《中华人民共和国预算法》有关规定，现将本县预决算情况公开如下。", _WORK), source="县财政局")
        d.meta = _meta("县财政局", "", d.when, 600 + n, "财政预决算", title=d.title)
        del d.meta["有 效 性"]
        czyjs.docs.append(d)
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))

    rsxx = Col("人事信息", GKML + "rsxx/", channel=134665)
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目的 JSONP 没有记录（只写出“暂无相关信息”）", probe="no-rows"))
    zdxm = Col("重大建设项目", GKML + "zdxm/", channel=134667)
    s.key.append(Expected("empty-columns", zdxm.url(), "重大建设项目栏目的 JSONP 没有记录（只写出“暂无相关信息”）", probe="no-rows"))

    ndbg = Col("政府信息公开年报", GKML + "ndbg/", channel=134669)
    reports = ((GOV, {2025: date(2026, 3, 26), 2024: date(2025, 3, 21), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("桦岭县自然资源局", {2025: date(2026, 1, 22), 2023: date(2024, 1, 30), 2022: date(2023, 1, 16)}))
    for organ, published in reports:
        for year, when in published.items():
            d = s.doc(f"{organ}{year}年政府信息公开工作年度报告", when, report_body(organ, year, year % 5 + len(organ)), source=organ)
            d.meta = _meta(organ, "", when, 900 + year % 100, "政府信息公开年报", title=d.title)
            del d.meta["有 效 性"]
            ndbg.docs.append(d)
            if organ == GOV and year == 2023:
                s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                      match=(COUNTY, "2023"), probe="late:2024-03-31"))
            elif organ == GOV and year == 2022:
                s.traps.append(Trap(ndbg.doc_url(d), "县政府 2022 年度报告在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少桦岭县自然资源局 2024 年政府信息公开工作年度报告",
                          match=("自然资源局", "2024"), probe="no-report:桦岭县自然资源局2024"))
    s.cols += [gfx, zcjd, zfwj, czyjs, rsxx, zdxm, ndbg]


def _single(s: _Site, name: str, url: str, text: str, xxgk: bool) -> None:
    up = f'<a href="{XXGK}">政务公开</a> &gt; ' if xxgk else ""
    body = (f'<div class="position">您当前的位置：<a href="/">首页</a> &gt; {up}<a href="{url}">{name}</a></div>\n'
            f'<div class="single"><h2>{name}</h2><div class="single_con">{text}</div></div>\n')
    s.res[url] = s.page(_head(name, Col(name, url), None), body, xxgk)


def _pages(s: _Site) -> None:
    _single(s, "政府信息公开指南", XXGK + "xxgkzn/", _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。"), True)
    _single(s, "政府信息公开制度", XXGK + "xxgkzd/", _paras("本县建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。"), True)
    _single(s, "走进桦岭", "/zjhl/", _paras(f"{COUNTY}位于{CITY}东部，辖8镇4乡，总面积2,216平方公里，户籍人口27万人。"), False)
    _single(s, "联系我们", "/lxwm/", _paras("地址：桦岭县人民大街166号　电话：0439-6221035"), False)
    _single(s, "互动交流", "/hdjl/", _paras('县长信箱、咨询投诉请登录<a href="https://www.jl.gov.cn/hdjl/">吉林省人民政府网互动交流平台</a>。'), False)
    s.traps.append(Trap("/zjhl/", "无日期的单页，不是过期栏目"))
    entries = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.xxgk and c.name != "政府信息公开年报")
    s.res[XXGK] = s.page(_head("政务公开", Col("政务公开", XXGK), None), (
        f'<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="{XXGK}">政务公开</a></div>\n'
        '<div class="zly_xxgk_nav"><dl><dt>政府信息公开</dt>'
        f'<dd><a href="{XXGK}xxgkzn/">政府信息公开指南</a></dd><dd><a href="{XXGK}xxgkzd/">政府信息公开制度</a></dd>'
        f'<dd><a href="{s.col("规范性文件").url()}">法定主动公开内容</a></dd>'
        f'<dd><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a></dd>'
        '<dd><a href="http://xxgk.jl.gov.cn/ysqgk/" target="_blank">依申请公开</a></dd></dl>'
        f'<dl><dt>政府信息公开目录</dt><dd><ul>{entries}</ul></dd></dl></div>\n'), True)
    s.traps.append(Trap(XXGK, "政务公开页只是目录，不是栏目"))
    blocks = "".join(
        f'<div class="lm_box"><div class="lm_tit"><span>{c.name}</span><a href="{c.url()}" class="more">更多&gt;&gt;</a></div><ul>'
        + "".join(f'<li><a href="{c.doc_url(d)}" title="{escape(d.title)}">{escape(d.title)}</a>'
                  f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:6]) + "</ul></div>" for c in s.cols if not c.xxgk)
    s.res["/zw/"] = s.page(_head("政务要闻", Col("政务要闻", "/zw/"), None), (
        '<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zw/">政务要闻</a></div>\n'
        f'<div class="lm_wrap">{blocks}</div>\n'), False)
    s.traps.append(Trap("/zw/", "政务要闻是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    s.res["/wzdt/"] = s.page(_head("网站地图", Col("网站地图", "/wzdt/"), None), f'<div class="sitemap"><h2>网站地图</h2><ul>{sitemap}</ul></div>\n', False)
    s.traps.append(Trap("/wzdt/", "网站地图是导航页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="index_box"><div class="index_tit"><h3>{col.name}</h3>'
                f'<a href="{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("桦岭要闻", "通知公告", "规范性文件", "政策解读")]
    body = ('<div class="banner"><img src="/images/banner.jpg" alt="生态桦岭"></div>\n' + "".join(block(c, 6) for c in cols)
            + f'\n<div class="index_links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            f'<a href="{XXGK}">政务公开</a><a href="/wzdt/">网站地图</a></div>\n')
    home = s.page(_head(GOV, None, None), body, False)
    s.res["/"] = home
    s.res["/index.html"] = home
    s.traps.append(Trap("/index.html", "/index.html 与 / 是同一个首页"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>您访问的页面不存在或已删除！</p><a href="/">返回首页</a></div></body></html>')
# TRS's list pager (createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt), pages from 0, page n + 1 at
# <name>_n.<ext>), as the trsjy/cqjy templates serve it.
_CREATE_PAGE = b"""function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {
  if (_nPageCount == null || _nPageCount <= 1) return;
  var html = "";
  html += _nCurrIndex > 0 ? '<a href="' + (_nCurrIndex == 1 ? _sPageName + "." + _sPageExt : _sPageName + "_" + (_nCurrIndex - 1) + "." + _sPageExt) + '">\\u4e0a\\u4e00\\u9875</a> ' : "";
  for (var i = 0; i < _nPageCount; i++) {
    var u = i == 0 ? _sPageName + "." + _sPageExt : _sPageName + "_" + i + "." + _sPageExt;
    html += i == _nCurrIndex ? '<span class="current">' + (i + 1) + '</span> ' : '<a href="' + u + '">' + (i + 1) + '</a> ';
  }
  html += _nCurrIndex + 1 < _nPageCount ? '<a href="' + _sPageName + "_" + (_nCurrIndex + 1) + "." + _sPageExt + '">\\u4e0b\\u4e00\\u9875</a>' : "";
  document.write(html);
}
"""


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"jljy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _pages(s)
    _home(s)
    for img in ("logo.png", "ga.png", "dzjg.png", "banner.jpg"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/images/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/images/common.js"] = Resource(_CREATE_PAGE, "application/javascript")
    gfx = s.col("规范性文件")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "政务公开平台（/xxgk/ 下各页）的页脚没有网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern="^" + re.escape(XXGK)))
    xxgk_lists = "^(" + "|".join(re.escape(c.url()) for c in s.cols if c.xxgk) + ")$"
    s.key.append(Expected("meta-tags", s.col("政策解读").url(), "政务公开栏目列表页模板只有网站标签，没有栏目标签（ColumnName、"
                          "ColumnDescription、ColumnKeywords、ColumnType）", probe="xxgk-list-no-column-tags", url_pattern=xxgk_lists))
    news = s.col("桦岭要闻")
    s.traps.append(Trap(news.doc_url(news.docs[0]), "门户文章页有 2017 指引的网站、栏目和文章标签，页脚完整"))
    return SampleSite("jljy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
