"""The "sxjy" sample site: a county portal (秦塬县人民政府, 延泾市, 陕西) on the 陕西 政府网站集约化平台 — the platform the
province's city departments and county governments share (UTF-8; every column a folder whose pages are `1.html`,
`2.html` …, its articles `<19-digit id>.html` in the same folder; the 信息公开 catalogue under `/zfxxgk/fdzdgknr/`).

Why 陕西: of the brief's provinces it is the one whose platform the library shows in one markup across many sites, with
selectors and not only addresses — seven spiders of 渭南 and 延安 department sites written against the same template
(list rows `div.m-lst ul li a` + `span` date, a `div.m-lst-pg` pager, a `maxPage = parseInt('N')` script, the trail
`div.position`, the body `div.m-txt-article`, the 信息公开 metadata as `div.table` of `div.table-tr` rows of
`div.table-td` cells with a `hidden-sm` desktop copy, and the 2017 article metas), plus the platform's own page script.
四川's counties were Cicro (`/info/iList.jsp`), 山东's and 江西's Hanweb, 河南's and 湖北's results single TRS addresses
(`/zfxxgk/fdzdgknr/…/t<date>_<id>.html`, the trsjy/gzjy shape). No template imitates this scheme.

Sources (read with `read_file` / `find_string`, cited as found):
  - 渭南 科技局 spider (id 52189949246): start pages `https://kjj.weinan.gov.cn/xwzx/tzgg/1.html`,
    `…/zfxxgk/fdzdgknr/hzgfxwj/1.html` (行政规范性文件), later pages `<folder>/<n>.html`; rows
    `//div[@class='m-lst36']//li/a/@href | //div[@class='m-lst']/ul/li/a/@href` with the date in the row's `span`;
    the page count from `maxPage = parseInt('(\\d+)')` in a script; metas ArticleTitle/PubDate/ContentSource; the trail
    `div.position`; the body `div[contains(@class,"m-txt-article")]`; 索引号 and 成文日期 in
    `div.table > div.table-tr > div.table-td.table-p38`;
  - 延安 司法局 spider (id 52206186071): `…/zfxxgk/fdzdgknr/zcwj/bmwj/1.html`, `…/czxx/czyjs/1.html`,
    `…/rsxx/1.html`; the pager `div.m-lst-pg > ul > li[6] > a` holding the page count; the metadata desktop copy
    `div.table.hidden-sm`: row 1 索引号, row 2 发文字号 and 成文日期, row 3 发布机构 and 有效性 (status) in
    `table-td table-p38` cells; the body `div[contains(@id,"article")]`;
  - 渭南 教育局 spider (id 51824760611): `…/zfxxgk/fdzdgknr/wjtz/gsgg/1.html`, `…/rsxx/1.html`,
    `…/hzgfxwj/1.html`; `div.table/div[1]/div[2]` 索引号, `div[1]/div[4]` 主题分类 (label, value, label, value per row);
    渭南 司法局 (id 52426951384): `…/zfxxgk/fdzdgknr/zcjd/1.html` (政策解读 in the catalogue); 延安 财政局 (id
    52110518987): `…/zfxxgk/zfxxgkzd/1.html`;
  - an article address of 延安 数据局 (id 61965430859): `https://sjj.yanan.gov.cn/zfxxgk/fdzdgknr/fgwj/flfg/1656607936505516033.html`
    — articles are 19-digit ids in their column's folder, beside the list's own `1.html`, `2.html`;
  - the platform's page script (id 47975721684): `.switchsize span` font buttons acting on `.m-txt-article`, `#btnPrint`,
    and `$('.fwzh').each(… if(fwzh == 'null'){ $('#fwzh').empty(); })` — the template prints the word `null` in the
    发文字号 cell of a record without a number and a script empties it in the browser.
Guessed, said as such: the pager's items (首页/上一页/n/下一页/尾页/共K页, a jump box) and that a one-page column still
shows it; that the column folder itself serves page 1 and the home's 更多 links name the folder while menus name
`1.html`; the mobile metadata copy (`div.table.visible-sm`, one field a row, its 发文字号 `span.fwzh` without the id, so
the script leaves its `null`); the article heading and info line (`h1` + `div.m-txt-crm`, as 西安's spider reads
`m-txt-crm` spans, id 36977099778); the 相关解读/相关文件 boxes; the empty-list forms (an empty `<ul>`, or 暂无数据); the
news channel `/xwzx/`, the home blocks, the 信息公开 home, the footer's wording, every place name, number and wording.

First contact (e245f36): 131/140 pages (the 9 unfetched were folder aliases the generator served but nothing linked:
dropped), 137 requests, 合格 66.5, no veto; interpretations 0.33/1.00 (6 false interpretation-missing: the 县政府文件
column's 表彰/命名 decisions and 批复, with 发文字号 and 有效性, read as policy documents) and normative-metadata 0.33/1.00 (6
"false": every 规范性文件 lacks 发布日期 in the platform's table, which has no row for it — the key missed it and was
corrected, as pboot's key reads the same case). Also seen: a one-page column linked at its folder by 更多 and at `1.html`
by the menus read as two columns (unscored; both passed). Fixed in the tool: a commendation or naming decision and a 批复
owe no interpretation (htmlvocab.HONOUR_OR_REPLY_TITLE); a first page's pager 首页 naming page 1 at another address of its
folder joins it (pagerlinks._claims), and so does a numbered first file showing the same as its folder's list with no
pager link between them (pagerlinks._first_file: under `pagers` the two-page columns split again, both passing). Now:
132/132 pages, 138 requests, 合格 71.5, every family 1.00/1.00 (the off-site 依申请公开's emptiness and freshness
undecided, as gzjy's); classes,labels,layout,dates,names,pagers,footers,rows,copies at seed 0 leave every verdict as the
plain run's, and all 19 mutations at seeds 0–4 score 1.00/1.00 (合格 69.5: `metas` removes the tags the meta-tags rule reads).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "秦塬县"
GOV = "秦塬县人民政府"
CITY = "延泾市"
HOST = "http://www.qinyuan-sx.gov.cn"
SITE_CODE = "6106290005"
ICP = "陕ICP备05011873号"
PSB = "61062902000117"
HTML = "text/html; charset=utf-8"
XXGK = "/zfxxgk/"
FDZD = "/zfxxgk/fdzdgknr/"


@dataclass
class Doc:
    key: int
    title: str
    when: date
    body: str = ""
    source: str = f"{GOV}办公室"
    meta: dict[str, str] | None = None  # the 信息公开 table (label → value; "" = empty cell; "null" = the platform's null)
    links: str = ""  # the 相关解读 / 相关文件 box under the body


@dataclass
class Col:
    name: str
    path: str  # the column's folder, e.g. /xwzx/qyyw/
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    empty: str = ""  # how an empty list shows: "" (an empty <ul>) or a notice

    @property
    def xxgk(self) -> bool:
        return self.path.startswith(XXGK)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self) -> str:
        return f"{self.path}1.html"

    def page_url(self, n: int) -> str:
        return f"{self.path}{n}.html"

    def doc_url(self, d: Doc) -> str:
        return f"{self.path}{1865019438205440000 + d.key * 7919131}.html"


def _head(title: str, col: Col | None, d: Doc | None) -> str:
    tags = (f'<meta name="SiteName" content="{GOV}">\n<meta name="SiteDomain" content="www.qinyuan-sx.gov.cn">\n'
            f'<meta name="SiteIDCode" content="{SITE_CODE}">\n')
    if col:
        # The list template writes ColumnName and ColumnType only (a planted defect on list pages).
        tags += f'<meta name="ColumnName" content="{escape(col.name)}">\n<meta name="ColumnType" content="{escape(col.name)}">\n'
    if d:
        tags += (f'<meta name="ArticleTitle" content="{escape(d.title)}">\n'
                 f'<meta name="PubDate" content="{d.when:%Y-%m-%d} {9 + d.key % 8:02d}:{d.key * 7 % 60:02d}">\n'
                 f'<meta name="ContentSource" content="{escape(d.source)}">\n<meta name="Keywords" content="{escape(col.name if col else "")}">\n'
                 f'<meta name="Description" content="{escape(d.title)}">\n<meta name="Url" content="{HOST}{col.doc_url(d) if col else ""}">\n')
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f'<title>{escape(title)}{"" if title == GOV else "-" + GOV}</title>\n{tags}'
            '<link rel="stylesheet" href="/static/css/base.css">\n<script src="/static/js/jquery.min.js"></script>\n'
            '<script src="/static/js/common.js"></script>\n</head>\n')


def _header() -> str:
    nav = (("首页", "/"), ("新闻中心", "/xwzx/"), ("信息公开", XXGK), ("政务服务", "https://zwfw.shaanxi.gov.cn/"),
           ("互动交流", "/hdjl/1.html"), ("走进秦塬", "/zjqy/1.html"))
    items = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in nav)
    return ('<header class="g-hd"><div class="m-top"><div class="container"><span>欢迎访问秦塬县人民政府网站</span>'
            '<a href="http://www.shaanxi.gov.cn/" target="_blank">陕西省人民政府</a><a href="javascript:;" id="wza">无障碍浏览</a></div></div>\n'
            '<div class="m-logo container"><a href="/"><img src="/static/img/logo.png" alt="秦塬县人民政府"></a>'
            '<div class="search"><form action="/search/" method="get"><input type="text" name="keyword" placeholder="请输入关键字">'
            '<button type="submit">搜索</button></form></div></div>\n'
            f'<nav class="m-nav"><ul class="container">{items}</ul></nav></header>\n')


def _footer(psb: bool) -> str:
    # The article template's footer drops the 公安备案 line (a planted defect on the portal's article pages).
    police = (f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">'
              f'<img src="/static/img/ga.png">陕公网安备 {PSB}号</a>') if psb else ""
    return ('<footer class="g-ft"><div class="container"><div class="ft-links"><a href="/wzdt/1.html">网站地图</a> | '
            '<a href="/lxwm/1.html">联系我们</a></div>\n'
            f'<p>主办：{GOV}办公室　承办：{COUNTY}数据服务中心　地址：{COUNTY}秦川路1号</p>\n'
            f'<p>网站标识码：{SITE_CODE}　<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>　{police}</p>\n'
            '<div class="ft-icons"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=6A3B2C1D0E9F8877" '
            'target="_blank"><img src="/static/img/dzjg.png"></a></span>'
            f'<script id="_jiucuo_" sitecode="{SITE_CODE}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>\n'
            '</div></footer>\n<a href="javascript:;" class="scrollToTop">返回顶部</a>\n')


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

    def page(self, head: str, body: str, psb: bool = True) -> Resource:
        html = f'{head}<body>\n{_header()}<div class="g-main container">\n{body}</div>\n{_footer(psb)}</body>\n</html>\n'
        return Resource(html.encode("utf-8"), HTML)

    def trail(self, col: Col) -> str:
        up = ("信息公开", XXGK) if col.xxgk else ("新闻中心", "/xwzx/")
        links = " &gt; ".join(f'<a href="{u}">{n}</a>' for n, u in (("首页", "/"), up, (col.name, col.url())))
        return f'<div class="position">当前位置：{links}</div>\n'

    def rows(self, col: Col, docs: list[Doc]) -> str:
        cls = "m-lst36" if col.xxgk else "m-lst"
        if not docs:
            inner = f"<li>{col.empty}</li>" if col.empty else ""
            return f'<div class="{cls}"><ul>{inner}</ul></div>\n'
        return f'<div class="{cls}"><ul>' + "".join(
            f'\n<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
            f'<span>{d.when:%Y-%m-%d}</span></li>' for d in docs) + "\n</ul></div>\n"

    def pager(self, col: Col, n: int) -> str:
        k = col.pages
        def a(text: str, target: int | None, cls: str = "") -> str:
            href = f"{target}.html" if target else "javascript:;"
            return f'<li{cls}><a href="{href}">{text}</a></li>'
        items = (a("首页", 1) + a("上一页", n - 1 if n > 1 else None) + a(str(n), None, ' class="active"')
                 + a("下一页", n + 1 if n < k else None) + a("尾页", k) + f'<li><a href="javascript:;">共{k}页</a></li>'
                 + '<li class="jump">跳转到<input type="text" id="pageNum">页<a href="javascript:;" onclick="goPage()">GO</a></li>')
        return (f'<div class="m-lst-pg"><ul>{items}</ul></div>\n<script>\nfunction goPage(){{\n'
                f"  var maxPage = parseInt('{k}');\n  var page = parseInt($('#pageNum').val());\n"
                "  if (page >= 1 && page <= maxPage) { window.location.href = page + '.html'; }\n}\n</script>\n")

    def side(self, col: Col) -> str:
        on = ' class="on"'
        items = "".join(f'<li{on if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if c.xxgk == col.xxgk)
        return f'<div class="leftPart"><h3>{"信息公开" if col.xxgk else "新闻中心"}</h3><ul class="common-column">{items}</ul></div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        body = (f'{self.trail(col)}{self.side(col)}<div class="rightPart"><div class="m-lst-hd"><h2>{col.name}</h2></div>\n'
                f'{self.rows(col, docs)}{self.pager(col, n)}</div>\n')
        return self.page(_head(col.name, col, None), body)

    def table(self, meta: dict[str, str]) -> str:
        def cell(label: str) -> str:
            value = meta.get(label, "")
            if label == "发文字号":
                return f'<div class="table-td table-p38"><span class="fwzh" id="fwzh">{escape(value)}</span></div>'
            return f'<div class="table-td table-p38">{escape(value)}</div>'
        desk = "".join(f'<div class="table-tr"><div class="table-td table-p12">{a}：</div>{cell(a)}'
                       f'<div class="table-td table-p12">{b}：</div>{cell(b)}</div>'
                       for a, b in (("索引号", "主题分类"), ("发文字号", "成文日期"), ("发布机构", "有效性")))
        mobile = "".join(f'<div class="table-tr"><div class="table-td">{label}：</div><div class="table-td">'
                         + (f'<span class="fwzh">{escape(meta.get(label, ""))}</span>' if label == "发文字号" else escape(meta.get(label, "")))
                         + '</div></div>' for label in ("索引号", "发文字号", "发布机构", "成文日期", "有效性"))
        return f'<div class="table hidden-sm">{desk}</div>\n<div class="table visible-sm">{mobile}</div>\n'

    def article(self, col: Col, d: Doc) -> Resource:
        head = self.table(d.meta) if d.meta is not None else ""
        body = (f'{self.trail(col)}<div class="m-txt">\n{head}<h1 class="m-txt-tit">{escape(d.title)}</h1>\n'
                f'<div class="m-txt-crm"><span>来源：{escape(d.source)}</span><span>发布时间：{d.when:%Y-%m-%d} '
                f'{9 + d.key % 8:02d}:{d.key * 7 % 60:02d}</span><span class="switchsize">字号：<span class="bigger">大</span>'
                '<span class="medium">中</span><span class="smaller">小</span></span></div>\n'
                f'<div class="m-txt-article" id="article">{d.body}</div>\n{d.links}'
                '<div class="m-txt-fn"><a href="javascript:;" id="btnPrint">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>\n</div>\n')
        return self.page(_head(d.title, col, d), body, psb=col.xxgk)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.page_url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.page_url(n), LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)


_WORK = ("会议要求，各镇（街道）、县级各部门要提高政治站位，压实工作责任，细化工作措施，加强督促检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开县委常委会会议", "召开县政府常务会议", "开展重点项目观摩活动", "召开巩固拓展脱贫攻坚成果推进会", "推进苹果产业高质量发展",
         "召开安全生产工作会议", "开展防汛应急演练", "召开优化营商环境工作推进会", "举办农民丰收节活动", "开展秸秆禁烧督查")
BROKEN_PDF = "/xwzx/tzgg/P020261016583920417.pdf"
GOOD_PDF = "/xwzx/tzgg/P020260914209183364.pdf"


def _news(s: _Site) -> None:
    qyyw = Col("秦塬要闻", "/xwzx/qyyw/")
    for i in range(30):
        qyyw.docs.append(s.doc(f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                               _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县领导出席并讲话，各镇（街道）、县级各部门主要负责人参加。", _WORK),
                               source=f"{COUNTY}融媒体中心"))
    s.traps.append(Trap(qyyw.url(), "秦塬要闻最新 2026-11-18：不是过期栏目；1.html、2.html 是列表页，19 位数字的 .html 是文章"))
    s.traps.append(Trap(qyyw.path, "栏目目录地址与 1.html 是同一个列表页"))
    bmdt = Col("部门动态", "/xwzx/bmdt/")
    for i in range(12):
        bmdt.docs.append(s.doc(f"{('县教育局', '县卫生健康局', '县农业农村局', '县市场监管局')[i % 4]}{_NEWS[(i + 3) % 10]}",
                               AS_OF - timedelta(days=5 + i * 9), _paras(_WORK)))
    tzgg = Col("通知公告", "/xwzx/tzgg/")
    topics = ("做好冬季森林防火", "城乡居民医保参保缴费", "开展燃气安全隐患排查", "做好冬春农田水利建设")
    for i in range(16):
        tzgg.docs.append(s.doc(f"关于{topics[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=6 + i * 12),
                               _paras("各镇人民政府、街道办事处，县级各部门：", _WORK, f"{GOV}办公室")))
    broken = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202610")
    broken.body += _paras(f'附件：<a href="{BROKEN_PDF}" target="_blank">报名登记表.pdf</a>')
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    good = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202609")
    good.body += _paras(f'附件：<a href="{GOOD_PDF}" target="_blank">实施方案.pdf</a>')
    s.res[GOOD_PDF] = Resource(fake_pdf("fangan"), "application/pdf")
    tzgg.docs.append(s.doc(f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件12件，宣布失效3件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目"))
    s.cols += [qyyw, bmdt, tzgg]


# Normative documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("农村集体经营性建设用地入市", "missing"), ("县城建筑风貌管控", "late"),
              ("苹果产业发展扶持资金管理", "unlinked"), ("县级储备粮管理", "no-validity"), ("城市公共停车场管理", "no-number"),
              ("农村公路养护管理", ""))
ORGAN_CODE = "11610629MB1596738X"


def _meta(organ: str, number: str, when: date, serial: int, kind: str, validity: str = "有效") -> dict[str, str]:
    return {"索引号": f"{ORGAN_CODE}/{when.year}-{serial:05d}", "主题分类": kind, "发文字号": number or "null",
            "成文日期": f"{when - timedelta(days=4):%Y-%m-%d}", "发布机构": organ, "有效性": validity}


def _disclosure(s: _Site) -> None:
    jgzn = Col("机构职能", FDZD + "jgzn/")
    for i, (name, text) in enumerate((("县人民政府主要职责", "执行县人民代表大会及其常务委员会的决议。"),
                                      ("县人民政府领导分工", "县长主持县人民政府全面工作。"),
                                      ("县政府工作部门设置", "县人民政府设置工作部门22个。"))):
        d = s.doc(name, date(2026, 3, 12) - timedelta(days=i), _paras(text))
        d.meta = _meta(GOV, "", d.when, 10 + i, "机构职能", "")
        jgzn.docs.append(d)
    s.traps.append(Trap(jgzn.doc_url(jgzn.docs[0]), "机构职能等非文件信息的发文字号格是平台写出的 null（脚本清空），不是文号，不要求解读"))

    gfx = Col("规范性文件", FDZD + "lzyj/gfxwj/")
    zcjd = Col("政策解读", FDZD + "zcjd/")
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=33 * k)
        short = f"{COUNTY}{subject}办法"
        number = f"秦政规〔{when.year}〕{9 - k}号"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        d.body = _paras(number, "各镇人民政府、街道办事处，县级各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when - timedelta(days=4):%Y年%-m月%-d日}", "（此件公开发布）",
                        f"第一条　为规范本县{subject}工作，根据有关法律法规，结合本县实际，制定本办法。", "第二条　本办法自印发之日起施行，有效期五年。")
        d.meta = _meta(GOV, number, when, 301 + k * 11, "规范性文件")
        url = gfx.doc_url(d)
        # Key corrected at first contact: the platform's table (索引号/主题分类, 发文字号/成文日期, 发布机构/有效性) has no
        # 发布日期 row — the date stands only in the 发布时间 line under the title — so every 规范性文件 lacks it in its
        # metadata (the rule asks for it in the metadata area, as pboot's key reads the same case).
        if defect == "no-validity":
            d.meta["有效性"] = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件的有效性一格为空（元数据也没有发布日期）", probe="meta-missing:有效性"))
        elif defect == "no-number":
            d.meta["发文字号"] = "null"
            d.body = d.body.replace(_paras(number), "", 1)
            s.key.append(Expected("normative-metadata", url, "规范性文件的发文字号为 null（浏览器里被脚本清空；正文也没有文号；元数据也没有发布日期）",
                                  probe="meta-missing:发文字号"))
        else:
            s.key.append(Expected("normative-metadata", url, "规范性文件的元数据表没有发布日期（只在标题下的“发布时间”行）",
                                  probe="meta-missing:发布日期"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读", when + timedelta(days=lag),
                  _paras(f"一、出台背景　为规范本县{subject}工作，县人民政府制定了《{short}》。",
                         "二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。", "三、解读机关　县司法局。"))
        i.meta = _meta(f"{GOV}办公室", "", i.when, 700 + k, "政策解读", "")
        if defect != "unlinked":
            i.links = f'<div class="m-txt-xgwj"><h3>相关文件</h3><ul><li><a href="{url}">{escape(d.title)}</a></li></ul></div>\n'
            d.links = (f'<div class="m-txt-xgjd"><h3>相关解读</h3><ul><li><a href="{zcjd.doc_url(i)}">'
                       f'{escape(i.title)}</a></li></ul></div>\n')
            if defect != "late":
                s.traps.append(Trap(url, "文件和解读互相链接、及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        zcjd.docs.append(i)
    s.traps.append(Trap(zcjd.doc_url(zcjd.docs[0]), "政策解读页的发文字号格是 null：解读不是文件，不要求解读"))
    old = s.doc(f"{GOV}关于印发《{COUNTY}农村宅基地管理暂行办法》的通知", date(2017, 6, 12))
    old.meta = _meta(GOV, "秦政规〔2017〕2号", old.when, 88, "规范性文件")
    old.body = _paras("秦政规〔2017〕2号", "各镇人民政府，县级各部门：", f"现将《{COUNTY}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    gfx.docs.append(old)
    s.key.append(Expected("normative-metadata", gfx.doc_url(old), "规范性文件的元数据表没有发布日期", probe="meta-missing:发布日期"))
    s.traps.append(Trap(gfx.doc_url(old), "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))

    xzfwj = Col("县政府文件", FDZD + "zcwj/xzfwj/")
    decisions = (("秦政发", "关于表彰2025年度全县安全生产工作先进集体和先进个人的决定"),
                 ("秦政函", "关于同意设立秦塬县城关第三小学的批复"),
                 ("秦政发", "关于命名第六批县级文明村镇的决定"),
                 ("秦政函", "关于同意秦塬县2026年度土地征收成片开发方案的批复"),
                 ("秦政发", "关于表彰2025年度全县招商引资工作先进单位的决定"),
                 ("秦政函", "关于同意调整县城南区控制性详细规划的批复"))
    for i, (series, title) in enumerate(decisions):
        when = date(2026, 11, 6) - timedelta(days=i * 31)
        number = f"{series}〔{when.year}〕{40 - i * 3}号"
        d = s.doc(f"{GOV}{title}", when,
                  _paras(number, "各镇人民政府、街道办事处，县级各部门：" if "决定" in title else "县自然资源局：",
                         "经县人民政府研究，决定如下。" if "决定" in title else "你局报来的请示收悉。经研究，现批复如下：同意所请。", GOV))
        d.meta = _meta(GOV, number, when, 500 + i, "综合政务")
        xzfwj.docs.append(d)
    s.traps.append(Trap(xzfwj.doc_url(xzfwj.docs[0]), "县政府文件栏目的表彰、命名决定和批复（有文号、有效性）不是政策性文件，不要求解读"))

    yjgl = Col("应急管理", FDZD + "yjgl/")
    for i in range(5):
        d = s.doc(f"{COUNTY}{('开展汛期地质灾害隐患排查', '发布森林火险橙色预警', '组织应急救援队伍拉练', '开展防灾减灾宣传周活动', '召开安全生产委员会全体会议')[i]}",
                  date(2026, 10, 28) - timedelta(days=i * 40), _paras(_WORK), source="县应急管理局")
        d.meta = _meta("秦塬县应急管理局", "", d.when, 600 + i, "应急管理", "")
        yjgl.docs.append(d)

    czyjs = Col("财政预决算", FDZD + "czxx/czyjs/")
    for n in range(6):
        year = 2025 - n // 2
        d = s.doc(f"{COUNTY}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 20) - timedelta(days=170 * n),
                  _paras("根据《中华人民共和国预算法》有关规定，现将本县预决算情况公开如下。", _WORK), source="县财政局")
        d.meta = _meta("秦塬县财政局", "", d.when, 620 + n, "财政信息", "")
        czyjs.docs.append(d)
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))

    rsxx = Col("人事信息", FDZD + "rsxx/")
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（空的 <ul>，翻页条写“共1页”）", probe="no-rows"))
    zdjsxm = Col("重大建设项目", FDZD + "zdjsxm/", empty="暂无数据")
    s.key.append(Expected("empty-columns", zdjsxm.url(), "重大建设项目栏目列表为空（只有“暂无数据”）", probe="no-rows"))

    ndbg = Col("政府信息公开年报", XXGK + "zfxxgknb/")
    reports = ((GOV, {2025: date(2026, 3, 26), 2024: date(2025, 3, 21), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("秦塬县教育局", {2025: date(2026, 1, 22), 2023: date(2024, 1, 30), 2022: date(2023, 1, 16), 2021: date(2022, 1, 25)}))
    for organ, published in reports:
        for year, when in published.items():
            d = s.doc(f"{organ}{year}年政府信息公开工作年度报告", when, report_body(organ, year, year % 5 + len(organ)), source=organ)
            d.meta = _meta(organ, "", when, 900 + year % 100, "政府信息公开年报", "")
            ndbg.docs.append(d)
            if organ == GOV and year == 2023:
                s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                      match=(COUNTY, "2023"), probe="late:2024-03-31"))
            elif organ == GOV and year == 2022:
                s.traps.append(Trap(ndbg.doc_url(d), "县政府 2022 年度报告在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少秦塬县教育局 2024 年政府信息公开工作年度报告",
                          match=("教育局", "2024"), probe="no-report:秦塬县教育局2024"))
    zn = Col("政府信息公开指南", XXGK + "zfxxgkzn/")
    d = s.doc(f"{GOV}政府信息公开指南", date(2026, 2, 10), _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, 1, "政府信息公开指南", "")
    zn.docs.append(d)
    zd = Col("政府信息公开制度", XXGK + "zfxxgkzd/")
    d = s.doc(f"{GOV}政府信息公开保密审查制度", date(2025, 12, 3), _paras("本县建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。"))
    d.meta = _meta(f"{GOV}办公室", "", d.when, 2, "政府信息公开制度", "")
    zd.docs.append(d)
    s.cols += [zn, zd, jgzn, gfx, zcjd, xzfwj, yjgl, czyjs, rsxx, zdjsxm, ndbg]


def _single(s: _Site, name: str, folder: str, text: str) -> None:
    body = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{folder}1.html">{name}</a></div>\n'
            f'<div class="m-single"><h2>{name}</h2><div class="m-txt-article">{text}</div></div>\n')
    s.res[f"{folder}1.html"] = s.page(_head(name, None, None), body)


def _pages(s: _Site) -> None:
    _single(s, "走进秦塬", "/zjqy/", _paras(f"{COUNTY}位于{CITY}北部，辖8镇2街道，总面积1,624平方公里，户籍人口28万人。"))
    _single(s, "联系我们", "/lxwm/", _paras("地址：秦塬县秦川路1号　电话：0911-6213308"))
    _single(s, "互动交流", "/hdjl/", _paras('县长信箱、咨询投诉请登录<a href="https://www.shaanxi.gov.cn/hdjl/">陕西省人民政府网互动交流平台</a>。'))
    s.traps.append(Trap("/zjqy/1.html", "无日期的单页（地址虽是 1.html），不是过期栏目"))
    catalogue = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.path.startswith(FDZD))
    s.res[XXGK] = s.page(_head("信息公开", None, None), (
        f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{XXGK}">信息公开</a></div>\n'
        f'<div class="xxgk-nav"><ul><li><a href="{s.col("政府信息公开指南").url()}">政府信息公开指南</a></li>'
        f'<li><a href="{s.col("政府信息公开制度").url()}">政府信息公开制度</a></li>'
        f'<li class="fdzd"><a href="{s.col("机构职能").url()}">法定主动公开内容</a><ul>{catalogue}</ul></li>'
        f'<li><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a></li>'
        '<li><a href="https://ysqgk.shaanxi.gov.cn/" target="_blank">依申请公开</a></li></ul></div>\n'), True)
    s.traps.append(Trap(XXGK, "信息公开首页只是目录，不是栏目"))
    blocks = "".join(
        f'<div class="m-box"><div class="m-box-hd"><span>{c.name}</span><a href="{c.path}" class="more">更多</a></div><ul>'
        + "".join(f'<li><a href="{c.doc_url(d)}" title="{escape(d.title)}">{escape(d.title)}</a>'
                  f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:6]) + "</ul></div>" for c in s.cols if not c.xxgk)
    s.res["/xwzx/"] = s.page(_head("新闻中心", None, None), (
        '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a></div>\n'
        f'<div class="m-boxes">{blocks}</div>\n'))
    s.traps.append(Trap("/xwzx/", "新闻中心是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    s.res["/wzdt/1.html"] = s.page(_head("网站地图", None, None), f'<div class="sitemap"><h2>网站地图</h2><ul>{sitemap}</ul></div>\n')
    s.traps.append(Trap("/wzdt/1.html", "网站地图是导航页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="m-box"><div class="m-box-hd"><h3>{col.name}</h3>'
                f'<a href="{col.path}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("秦塬要闻", "通知公告", "规范性文件", "政策解读")]
    body = ('<div class="g-banner"><img src="/static/img/banner.jpg" alt="大美秦塬"></div>\n' + "".join(block(c, 7) for c in cols)
            + f'\n<div class="m-links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            f'<a href="{XXGK}">信息公开</a><a href="/wzdt/1.html">网站地图</a></div>\n')
    home = s.page(_head(GOV, None, None), body)
    for c in s.cols:
        if c in cols or not c.xxgk:
            s.res[c.path] = s.res[c.url()]  # the folder serves page 1 (the 更多 links name it; menus name 1.html)
    s.res["/"] = home
    s.res["/index.html"] = home
    s.traps.append(Trap("/index.html", "/index.html 与 / 是同一个首页"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>您访问的页面不存在！</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"sxjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _pages(s)
    _home(s)
    for img in ("logo.png", "ga.png", "dzjg.png", "banner.jpg"):
        s.res[f"/static/img/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/static/css/base.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/static/js/jquery.min.js"] = Resource(b"/* sxjy */", "application/javascript")
    s.res["/static/js/common.js"] = Resource(
        "$(function(){$('.fwzh').each(function(){var fwzh=$(this).text();if(fwzh=='null'){$('#fwzh').empty();}});});".encode(),
        "application/javascript")
    news = [c for c in s.cols if not c.xxgk]
    articles = "^(" + "|".join(re.escape(c.path) for c in news) + r")\d{19}\.html$"
    qyyw = s.col("秦塬要闻")
    s.key.append(Expected("footer", qyyw.doc_url(qyyw.docs[0]), "新闻中心文章页模板的页脚没有公安备案号",
                          probe="footer-lacks:公网安备", url_pattern=articles))
    lists = "^(" + "|".join(re.escape(c.path) + r"(\d+\.html)?" for c in s.cols) + ")$"
    s.key.append(Expected("meta-tags", s.col("通知公告").url(), "栏目列表页模板只有 ColumnName、ColumnType，缺 ColumnDescription、"
                          "ColumnKeywords", probe="list-no-column-description", url_pattern=lists))
    s.traps.append(Trap(s.col("规范性文件").doc_url(s.col("规范性文件").docs[0]), "信息公开文件页有桌面版和手机版两份元数据表（同一份信息），不是两个文件"))
    return SampleSite("sxjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
