"""The "hbjy" sample site: a county portal (滹阳县人民政府, 石泉市, 河北) on the 河北 政府网站集约化平台 — the platform
the 河北 province portal and the 石家庄 city, county and department sites share (UTF-8, every column a UUID folder).

Why 河北: of the brief's provinces it is the one whose platform the library shows most concretely — real addresses
of the province portal, the 石家庄 city portal and three of its counties (长安区, 新乐市, 高邑县) and two city
departments, all in the platform's one URL scheme, and four scrapers of the platform's list fragments and article
pages (their row and body selectors). 四川, 湖北, 贵州 … gave scraper lists of unrelated CMSs at most. No template
imitates this scheme: the other 集约化 templates are path-named (trsjy `/xxgk_<n>/`, gxjy `/<channel>/<column>/`,
pcjy `/pc/list.html`).

Sources (read with `read_file` / `find_string`, cited as found):
  - the platform's addresses: `https://www.hebei.gov.cn/columns/49f13cc2-db03-4d0c-b4fe-2f3f659d3b6e/index.html`
    (a 河北 department-spider config, find_string `gov.cn/columns/`, id 65988204988: "省政府文件…20条/页", rows
    `table tr`, date `td:last-child`), articles `https://www.hebei.gov.cn/columns/8dff597e-…/202405/15/39e53640-
    1494-4c39-9d42-203cee04982d.html` (id 18183605635), `http://www.sjzca.gov.cn/columns/b03f89f4-…/202510/23/
    e0f583b5-….html` (长安区, id 69651495640), `http://www.xinle.gov.cn/columns/d7051742-…/202607/03/97fa7e6c-….html`
    (新乐市, id 57420278652), `http://www.gyx.gov.cn/columns/11fe6dff-…/202606/01/ba0c4ff6-….html` (高邑县, id
    69522197185), `http://rsj.sjz.gov.cn/columns/fa354001-…/` (id 70851903582), `https://tjj.sjz.gov.cn/columns/
    940d701f-…/202605/26/f062dca8-….html` (id 63088106095): columns `/columns/<uuid>/` (`index.html`), articles
    `/columns/<column uuid>/<yyyymm>/<dd>/<uuid>.html`;
  - gerry0208/spider_project `河北政府网站/3人民政府-政府信息公开/szfwj.py`, `szfbgtwj.py` @ 8102fc51: a column's
    later pages are fetched from the list block's own address `/columns/<column>/templates/<template>/blocks/<block>
    ?page=N&fix=0`, an HTML fragment whose rows are `li.xxgk_gfxwjk-list-li` of `<p>` cells — p1 序号, p2 the
    title link (`a/@title`, `a/@href` root-relative), p4 the date, p5 效力状态; an article's metadata in `div.wjct`
    as `<p>` lines (p6 主题分类) and its body `div#zoom` of `<div>` text;
  - the same repository's `5科学技术厅-政府信息公开/5_policy_explain.py`, `6_government_policy_annual_report.py`
    (kjt.hebei.gov.cn, 政策解读 and 政府信息公开年报 columns): rows `li.xxgk-comm-line.clearfix` of `<span><a/></span>
    <span>date</span>`.
Guessed, said as such: the pager's markup (links to the block fragment's address with `?page=N&fix=0` beside
`javascript:;` edges, and a `共N条 N/K页` line), that the fragment carries its own pager and nothing else (no head,
no footer), the p3 cell (文号), the `div.wjct` labels other than 主题分类 and their order, the news rows, the head's
2017 tags, the header, footer, home blocks, the empty-list text (暂无数据), the 信息公开 catalogue page, every place
name, number and wording.

First contact (d5edd35), after two generator faults were fixed (the pager's page-1 fragment was not served, a 手机版
link led nowhere; a third, the 清理结果 notice meant for 通知公告 never added, was found next and made the unscored
normative-doc-cleanup fail): 129/129 pages, 135 requests, 合格 65.5; interpretations 0.27/1.00 (8 false interpretation-missing: the 其他文件 column's 政办发 work notices, with 文号
and 效力状态, read as policy documents), meta-tags 0.33/1.00 (2 false: the block fragments judged as column pages
without tags), the list template's footer undecided (5 fragments without a footer), and each multi-page column read
twice (the block pages a second column named by its address, holding every row; the column page 1's rows only).
All fixed in the tool (a fragment has no head or footer to judge; a fragment list showing a static list's first
page items is that list; a 关于做好/开展…的通知 that issues no document is a notice). The key changed once at that
point: the 其他文件 notice 关于印发防汛抗旱应急预案的通知 became 关于做好冬春农田水利建设工作的通知 (whether an
应急预案 owes an interpretation is not clear-cut; the key should hold no such case). Now: 130/130 pages, 136
requests, 合格 78.5, every family 1.00/1.00; under classes,labels,layout,dates,names,pagers,footers,rows,copies at
seed 0 also 1.00/1.00 (128/130), with the block's later pages a second column (empty and stale undecided) where the
`pagers` rewrite names no page 1 at the block's address.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "滹阳县"
GOV = "滹阳县人民政府"
CITY = "石泉市"
HOST = "http://www.huyang.gov.cn"
SITE_CODE = "1301290007"
ICP = "冀ICP备05016318号"
PSB = "13012902000119"
HTML = "text/html; charset=utf-8"
TEMPLATE = "09a19324-88df-4949-b69b-f29b625e5e59"  # the platform's list template (the real one's id)


def _uuid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"huyang/{name}"))


@dataclass
class Doc:
    key: str
    title: str
    when: date
    body: str = ""
    source: str = GOV
    meta: dict[str, str] | None = None  # the div.wjct lines (label → value; "" = an empty value)
    number: str = ""
    validity: str = ""


@dataclass
class Col:
    name: str
    style: str = "news"  # "news" (ul.list), "gfx" (li.xxgk_gfxwjk-list-li), "comm" (li.xxgk-comm-line)
    xxgk: bool = False
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15

    @property
    def id(self) -> str:
        return _uuid(self.name)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self) -> str:
        return f"/columns/{self.id}/index.html"

    def block(self) -> str:
        return f"/columns/{self.id}/templates/{TEMPLATE}/blocks/{_uuid('block/' + self.name)}"

    def later(self, n: int) -> str:
        return f"{self.block()}?page={n}&fix=0"

    def doc_url(self, d: Doc) -> str:
        return f"/columns/{self.id}/{d.when:%Y%m}/{d.when:%d}/{_uuid(d.key)}.html"


def _head(title: str, col: Col | None, d: Doc | None) -> str:
    tags = (f'<meta name="SiteName" content="{GOV}">\n<meta name="SiteDomain" content="{HOST}">\n'
            f'<meta name="SiteIDCode" content="{SITE_CODE}">\n')
    if col and not d:
        tags += (f'<meta name="ColumnName" content="{escape(col.name)}">\n<meta name="ColumnDescription" content="{escape(col.name)}">\n'
                 f'<meta name="ColumnKeywords" content="{escape(col.name)}">\n<meta name="ColumnType" content="{escape(col.name)}">\n')
    if col and d:
        tags += f'<meta name="ColumnName" content="{escape(col.name)}">\n<meta name="ColumnType" content="{escape(col.name)}">\n'
    if col and d and d.meta is None:  # the 信息公开 (wjct) template writes no article tags (a planted defect)
        tags += (f'<meta name="ArticleTitle" content="{escape(d.title)}">\n'
                 f'<meta name="PubDate" content="{d.when:%Y-%m-%d} 10:{len(d.key) % 60:02d}">\n'
                 f'<meta name="ContentSource" content="{escape(d.source)}">\n')
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            f'<title>{escape(title)}{"" if title == GOV else "-" + GOV}</title>\n{tags}'
            '<link rel="stylesheet" href="/static/css/common.css">\n<script src="/static/js/jquery-1.11.3.min.js"></script>\n'
            '</head>\n')


def _header() -> str:
    nav = (("首页", "/index.html"), ("走进滹阳", f"/columns/{_uuid('走进滹阳')}/index.html"), ("政务动态", "/zwdt.html"),
           ("政府信息公开", "/xxgk.html"), ("政务服务", "http://www.hbzwfw.gov.cn/"), ("互动交流", "http://www.sjz.gov.cn/hdjl/"))
    items = "".join(f'<li><a href="{escape(u)}" target="_blank">{n}</a></li>' for n, u in nav)
    return ('<div class="top-bar"><div class="w1200"><span class="welcome">欢迎访问滹阳县人民政府网站！</span>'
            '<div class="top-r"><a href="javascript:;" id="jt">简体</a>|<a href="javascript:;" id="ft">繁体</a>'
            '<a href="javascript:;" id="wza">无障碍浏览</a></div></div></div>\n'
            '<div class="header"><div class="w1200"><a class="logo" href="/index.html"><img src="/static/images/logo.png" alt="滹阳县人民政府"></a>'
            '<div class="search"><form action="https://www.hebei.gov.cn/search/" target="_blank" method="get">'
            '<input type="hidden" name="siteCode" value="1301290007"><input type="text" name="q" placeholder="请输入关键词">'
            '<button type="submit">搜索</button></form></div></div></div>\n'
            f'<div class="nav"><ul class="w1200">{items}</ul></div>\n')


def _footer(xxgk: bool) -> str:
    # The 信息公开 article template keeps an older footer without 网站标识码 (a planted defect).
    code = "" if xxgk else f"　网站标识码：{SITE_CODE}"
    return ('<div class="footer"><div class="w1200">'
            '<div class="foot-links"><a href="/columns/' + _uuid("关于我们") + '/index.html">关于我们</a>|<a href="/sitemap.html">网站地图</a>'
            '|<a href="/columns/' + _uuid("联系我们") + '/index.html">联系我们</a></div>'
            f'<p>主办单位：{GOV}办公室　承办单位：{COUNTY}政务服务和数据管理局</p>'
            f'<p>地址：{CITY}{COUNTY}滹阳大街36号　邮编：050899　电话：0311-88591234</p>'
            f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>{code}　'
            f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={PSB}" target="_blank">'
            f'<img src="/static/images/gaba.png">冀公网安备 {PSB}号</a></p>'
            '<div class="foot-icons"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=5E0A9C1F2B7D4E31A6B8C7D9E0F12345" '
            'target="_blank"><img src="/static/images/red.png"></a></span>'
            f'<script id="_jiucuo_" sitecode="{SITE_CODE}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>'
            '</div></div>\n')


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.n = 0

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.n += 1
        return Doc(f"doc/{self.n}", title, when, body or _paras(f"{title}。"), **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    def page(self, head: str, body: str, xxgk: bool = False) -> Resource:
        html = f"{head}<body>\n{_header()}<div class=\"main w1200\">\n{body}</div>\n{_footer(xxgk)}</body>\n</html>\n"
        return Resource(html.encode("utf-8"), HTML)

    def trail(self, col: Col) -> str:
        up = ('<a href="/xxgk.html">政府信息公开</a> &gt; ' if col.xxgk else '<a href="/zwdt.html">政务动态</a> &gt; ')
        return (f'<div class="location">当前位置：<a href="/index.html">首页</a> &gt; {up}'
                f'<a href="{col.url()}">{col.name}</a></div>\n')

    def rows(self, col: Col, docs: list[Doc], first: int) -> str:
        if not docs:
            return '<ul class="list-ul"><li class="nodata">暂无数据</li></ul>\n'
        if col.style == "gfx":
            head = ('<div class="xxgk_gfxwjk-list-head"><p>序号</p><p>标题</p><p>文号</p><p>发布日期</p><p>效力状态</p></div>\n'
                    '<ul class="xxgk_gfxwjk-list">')
            return head + "".join(
                f'\n<li class="xxgk_gfxwjk-list-li"><p>{first + i}</p><p><a href="{col.doc_url(d)}" target="_blank" '
                f'title="{escape(d.title)}">{escape(d.title)}</a></p><p>{d.number}</p><p>{d.when:%Y-%m-%d}</p>'
                f'<p>{d.validity}</p></li>' for i, d in enumerate(docs)) + "\n</ul>\n"
        if col.style == "comm":
            return '<ul class="xxgk-comm-list">' + "".join(
                f'\n<li class="xxgk-comm-line clearfix"><span><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">'
                f'{escape(d.title)}</a></span><span>{d.when:%Y-%m-%d}</span></li>' for d in docs) + "\n</ul>\n"
        return '<ul class="list-ul">' + "".join(
            f'\n<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
            f'<span class="time">{d.when:%Y-%m-%d}</span></li>' for d in docs) + "\n</ul>\n"

    def pager(self, col: Col, n: int) -> str:
        if col.pages < 2:
            return ""
        links = "".join(f'<span class="current">{k}</span>' if k == n else f'<a href="{escape(col.later(k))}">{k}</a>'
                        for k in range(1, col.pages + 1))
        prev = '<a href="javascript:;" class="disabled">上一页</a>' if n == 1 else f'<a href="{escape(col.later(n - 1))}">上一页</a>'
        nxt = ('<a href="javascript:;" class="disabled">下一页</a>' if n == col.pages
               else f'<a href="{escape(col.later(n + 1))}">下一页</a>')
        return f'<div class="page">{prev}{links}{nxt}<span class="total">共{len(col.docs)}条 {n}/{col.pages}页</span></div>\n'

    def block_html(self, col: Col, n: int) -> str:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        return self.rows(col, docs, (n - 1) * col.per_page + 1) + self.pager(col, n)

    def side(self, col: Col) -> str:
        on = ' class="on"'
        items = "".join(f'<li{on if c is col else ""}><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if c.xxgk == col.xxgk)
        return f'<div class="side"><h3>{"政府信息公开" if col.xxgk else "政务动态"}</h3><ul>{items}</ul></div>\n'

    def list_page(self, col: Col) -> Resource:
        body = (f'{self.trail(col)}{self.side(col)}<div class="list-box"><div class="list-tit"><h2>{col.name}</h2></div>\n'
                f'<div class="list-con" data-block="{col.block()}">\n{self.block_html(col, 1)}</div></div>\n')
        return self.page(_head(col.name, col, None), body)

    def article(self, col: Col, d: Doc) -> Resource:
        meta = ""
        if d.meta is not None:
            meta = '<div class="wjct">' + "".join(f"<p><span>{k}：</span>{v}</p>" for k, v in d.meta.items()) + "</div>\n"
        body = (f'{self.trail(col)}<div class="article">\n{meta}<h1 class="art-title">{escape(d.title)}</h1>\n'
                f'<div class="art-info"><span>发布时间：{d.when:%Y-%m-%d}</span><span>来源：{escape(d.source)}</span>'
                '<span>【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span>'
                '<span><a href="javascript:window.print();">打印</a></span></div>\n'
                f'<div id="zoom">{d.body}</div>\n</div>\n')
        return self.page(_head(d.title, col, d), body, xxgk=d.meta is not None)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            self.res[col.url()] = self.list_page(col)
            if col.pages > 1:  # the pager names page 1 at the block's address too
                self.res[col.later(1)] = Resource(self.block_html(col, 1).encode("utf-8"), HTML)
                self.traps.append(Trap(col.later(1), "列表区块第 1 页的分页片段与栏目页同一列表，不是单独的栏目"))
            for n in range(2, col.pages + 1):
                self.res[col.later(n)] = Resource(self.block_html(col, n).encode("utf-8"), HTML)
                self.traps.append(Trap(col.later(n), LATER_PAGE + "（列表区块的分页片段，只有列表和分页，没有页头页脚）"))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)

    def single(self, name: str, text: str) -> str:
        url = f"/columns/{_uuid(name)}/index.html"
        body = (f'<div class="location">当前位置：<a href="/index.html">首页</a> &gt; <a href="{url}">{name}</a></div>\n'
                f'<div class="single"><h2>{name}</h2><div class="single-con">{text}</div></div>\n')
        self.res[url] = self.page(_head(name, Col(name), None), body)
        return url


def _paras(*texts: str) -> str:
    return "".join(f"<div>{t}</div>" for t in texts)


_WORK = ("会议要求，各乡镇、县直各部门要提高政治站位，压实工作责任，细化工作措施，加强督导检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开县委常委会会议", "召开县政府常务会议", "开展重点项目观摩活动", "召开秋冬季大气污染防治工作会议", "推进和美乡村建设",
         "召开安全生产工作会议", "开展防汛应急演练", "召开优化营商环境工作推进会", "举办农民丰收节活动", "开展森林草原防火检查")
BROKEN_PDF = "/attachments/202611/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e.pdf"
GOOD_PDF = "/attachments/202610/7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b.pdf"


def _news(s: _Site) -> None:
    hyyw = Col("滹阳要闻")
    for i in range(40):
        hyyw.docs.append(s.doc(f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                               _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县领导出席并讲话，各乡镇、县直各部门主要负责人参加。", _WORK)))
    s.traps.append(Trap(hyyw.url(), "滹阳要闻最新 2026-11-18：不是过期栏目；第 2 页只在列表区块的分页地址上"))
    bmdt = Col("部门动态")
    for i in range(12):
        bmdt.docs.append(s.doc(f"{('县教育局', '县卫生健康局', '县农业农村局', '县市场监管局')[i % 4]}{_NEWS[(i + 3) % 10]}",
                               AS_OF - timedelta(days=5 + i * 9), _paras(_WORK)))
    tzgg = Col("通知公告")
    for i in range(18):
        tzgg.docs.append(s.doc(f"关于{('做好冬季取暖安全', '城乡居民医保参保缴费', '开展燃气安全排查', '冬春农田水利建设')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=6 + i * 11), _paras("各乡镇人民政府，县直各部门：", _WORK, f"{GOV}办公室")))
    tzgg.docs[1].body += _paras(f'附件：<a href="{BROKEN_PDF}" target="_blank">报名登记表.pdf</a>')
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs[3].body += _paras(f'附件：<a href="{GOOD_PDF}" target="_blank">实施方案.pdf</a>')
    s.res[GOOD_PDF] = Resource(fake_pdf("fangan"), "application/pdf")
    tzgg.docs.append(s.doc(f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 20),
                           _paras("经清理，继续有效的行政规范性文件14件，宣布失效2件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目；第 2 页只在列表区块的分页地址上"))
    zdxm = Col("重大项目")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目列表为空（只有“暂无数据”）", probe="no-rows"))
    s.cols += [hyyw, bmdt, tzgg, zdxm]


# Normative documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("农村集体土地征收补偿安置", "missing"), ("县城建筑外立面管理", "late"),
              ("农业生产社会化服务补贴资金管理", "unlinked"), ("县级储备粮管理", "no-validity"), ("城市公共停车场管理", "no-number"))
ORGAN_CODE = "000014349"


def _disclosure(s: _Site) -> None:
    gfx = Col("行政规范性文件", "gfx", True)
    zcjd = Col("政策解读", "comm", True)
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=37 * k)
        short = f"{COUNTY}{subject}办法"
        number = f"滹政规〔{when.year}〕{8 - k}号"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        d.body = _paras(number, "各乡镇人民政府，县直各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when - timedelta(days=4):%Y年%-m月%-d日}", "（此件公开发布）",
                        f"第一条　为规范本县{subject}工作，根据有关法律法规，制定本办法。", "第二条　本办法自印发之日起施行，有效期五年。")
        d.number, d.validity = number, "有效"
        d.meta = {"索引号": f"{ORGAN_CODE}/{when.year}-{501 + k * 7:05d}", "发文机关": GOV, "发文字号": number,
                  "成文日期": f"{when - timedelta(days=4):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "主题分类": "综合政务",
                  "效力状态": "有效"}
        url = gfx.doc_url(d)
        if defect == "no-validity":
            del d.meta["效力状态"]
            d.validity = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件的 wjct 信息没有效力状态（列表的效力状态一栏也为空）",
                                  probe="meta-missing:效力状态"))
        elif defect == "no-number":
            d.meta["发文字号"] = ""
            d.number = ""
            d.body = d.body.replace(_paras(number), "")
            s.key.append(Expected("normative-metadata", url, "规范性文件的发文字号为空（正文也没有文号）", probe="meta-missing:发文字号"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 14 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读", when + timedelta(days=lag),
                  _paras(f"一、制定背景　为规范本县{subject}工作，县人民政府制定了《{short}》。",
                         "二、主要内容　《办法》明确了适用范围、职责分工和施行日期。", "三、解读机关　县司法局。"), source=f"{GOV}办公室")
        if defect != "unlinked":
            i.body += _paras(f'原文链接：<a href="{url}" target="_blank">{d.title}</a>')
            d.body += _paras(f'相关解读：<a href="{zcjd.doc_url(i)}" target="_blank">{i.title}</a>')
            if defect != "late":
                s.traps.append(Trap(url, "文件和解读互相链接、及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        zcjd.docs.append(i)
    old = s.doc(f"{GOV}关于印发《{COUNTY}农村宅基地管理暂行办法》的通知", date(2017, 6, 12))
    old.number, old.validity = "滹政规〔2017〕2号", "有效"
    old.meta = {"索引号": f"{ORGAN_CODE}/2017-00088", "发文机关": GOV, "发文字号": old.number, "成文日期": "2017-06-08",
                "发布日期": "2017-06-12", "主题分类": "城乡建设", "效力状态": "有效"}
    old.body = _paras(old.number, "各乡镇人民政府，县直各部门：", f"现将《{COUNTY}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    gfx.docs.append(old)
    s.traps.append(Trap(gfx.doc_url(old), "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))
    s.traps.append(Trap(gfx.url(), "规范性文件列表是 p 单元格组成的行（序号、标题、文号、发布日期、效力状态），表头行不是文件"))

    qtwj = Col("其他文件", "gfx", True)
    for i in range(8):
        when = date(2026, 11, 10) - timedelta(days=i * 27)
        d = s.doc(f"{GOV}办公室关于{('做好2027年元旦春节期间有关工作', '开展第五次全国经济普查', '做好冬春农田水利建设工作', '做好秋冬季森林防火')[i % 4]}的通知",
                  when, _paras("各乡镇人民政府，县直各部门：", _WORK))
        d.number, d.validity = f"滹政办发〔{when.year}〕{40 - i}号", "有效"
        d.meta = {"索引号": f"{ORGAN_CODE}/{when.year}-{900 + i:05d}", "发文机关": f"{GOV}办公室", "发文字号": d.number,
                  "成文日期": f"{when - timedelta(days=2):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "主题分类": "综合政务",
                  "效力状态": "有效"}
        qtwj.docs.append(d)
    s.traps.append(Trap(qtwj.doc_url(qtwj.docs[0]), "其他文件栏目的办公室通知（有文号、效力状态）不是规范性文件，不要求解读"))

    czyjs = Col("财政预决算", "comm", True)
    for n in range(6):
        year = 2025 - n // 2
        czyjs.docs.append(s.doc(f"{COUNTY}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开", date(2025, 8, 26) - timedelta(days=170 * n),
                                _paras("根据《中华人民共和国预算法》有关规定，现将本县预决算情况公开如下。", _WORK), source="县财政局"))
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新 2025-08-26，超过 1 年未更新", probe="newest:2025-08-26"))

    rsxx = Col("人事信息", "comm", True)
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（暂无数据）", probe="no-rows"))

    ndbg = Col("政府信息公开年报", "comm", True)
    reports = ((GOV, {2025: date(2026, 3, 20), 2024: date(2025, 3, 25), 2023: date(2024, 4, 15), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("滹阳县教育局", {2025: date(2026, 1, 20), 2023: date(2024, 1, 26), 2022: date(2023, 1, 17), 2021: date(2022, 1, 24)}))
    for organ, published in reports:
        for year, when in published.items():
            d = s.doc(f"{organ}{year}年政府信息公开工作年度报告", when, report_body(organ, year, year % 7 + len(organ)), source=organ)
            ndbg.docs.append(d)
            if organ == GOV and year == 2023:
                s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-15 发布，晚于 3 月 31 日",
                                      match=(COUNTY, "2023"), probe="late:2024-03-31"))
            elif organ == GOV and year == 2022:
                s.traps.append(Trap(ndbg.doc_url(d), "县政府 2022 年度报告在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少滹阳县教育局 2024 年政府信息公开工作年度报告",
                          match=("教育局", "2024"), probe="no-report:滹阳县教育局2024"))
    s.cols += [gfx, qtwj, zcjd, czyjs, rsxx, ndbg]


def _pages(s: _Site) -> None:
    zn = s.single("政府信息公开指南", _paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。",
                                           "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。"))
    s.single("政府信息公开制度", _paras("本县建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。"))
    s.single("走进滹阳", _paras(f"{COUNTY}位于{CITY}东北部，辖8镇5乡，总面积1,046平方公里，户籍人口48万人。"))
    s.single("关于我们", _paras(f"本网站是{GOV}门户网站，由{GOV}办公室主办。"))
    s.single("联系我们", _paras("地址：滹阳县滹阳大街36号　电话：0311-88591234"))
    s.traps.append(Trap(f"/columns/{_uuid('走进滹阳')}/index.html", "无日期的单页，不是过期栏目"))
    catalogue = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.xxgk)
    s.res["/xxgk.html"] = s.page(_head("政府信息公开", Col("政府信息公开"), None), (
        '<div class="location">当前位置：<a href="/index.html">首页</a> &gt; <a href="/xxgk.html">政府信息公开</a></div>\n'
        f'<div class="xxgk-menu"><ul><li><a href="{zn}">政府信息公开指南</a></li>'
        f'<li><a href="/columns/{_uuid("政府信息公开制度")}/index.html">政府信息公开制度</a></li>'
        f'<li><a href="{s.col("行政规范性文件").url()}">法定主动公开内容</a></li>{catalogue}'
        '<li><a href="http://ysqgk.hebei.gov.cn/" target="_blank">依申请公开</a></li></ul></div>\n'))
    s.traps.append(Trap("/xxgk.html", "政府信息公开目录页只是栏目链接，不是栏目"))
    blocks = "".join(
        f'<div class="lm-box"><div class="lm-tit"><span>{c.name}</span><a href="{c.url()}" class="more">更多&gt;&gt;</a></div><ul>'
        + "".join(f'<li><a href="{c.doc_url(d)}" title="{escape(d.title)}">{escape(d.title)}</a><span>{d.when:%m-%d}</span></li>'
                  for d in c.docs[:6]) + "</ul></div>" for c in s.cols if not c.xxgk)
    s.res["/zwdt.html"] = s.page(_head("政务动态", Col("政务动态"), None), (
        '<div class="location">当前位置：<a href="/index.html">首页</a> &gt; <a href="/zwdt.html">政务动态</a></div>\n'
        f'<div class="lm-wrap">{blocks}</div>\n'))
    s.traps.append(Trap("/zwdt.html", "政务动态是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    s.res["/sitemap.html"] = s.page(_head("网站地图", Col("网站地图"), None), f'<div class="sitemap"><h2>网站地图</h2><ul>{sitemap}</ul></div>\n')
    s.traps.append(Trap("/sitemap.html", "网站地图是导航页，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="index-box"><div class="index-tit"><h3>{col.name}</h3>'
                f'<a href="{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("滹阳要闻", "通知公告", "行政规范性文件", "政策解读")]
    body = ('<div class="banner"><img src="/static/images/banner.jpg" alt="美丽滹阳"></div>\n'
            + "".join(block(c, 7) for c in cols)
            + f'\n<div class="index-links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            '<a href="/xxgk.html">政府信息公开</a><a href="/sitemap.html">网站地图</a></div>\n')
    home = s.page(_head(GOV, None, None), body)
    s.res["/"] = home
    s.res["/index.html"] = home
    s.traps.append(Trap("/index.html", "/index.html 与 / 是同一个首页"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>您访问的页面不存在！</p><a href="/index.html">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"hbjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _pages(s)
    _home(s)
    for img in ("logo.png", "gaba.png", "red.png", "banner.jpg"):
        s.res[f"/static/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/static/css/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/static/js/jquery-1.11.3.min.js"] = Resource(b"/* hbjy */", "application/javascript")
    gfx = s.col("行政规范性文件")
    # The wjct template's pages are told apart from the news template's only by their markup, not their address.
    wjct = "^(" + "|".join(re.escape(c.doc_url(d)) for c in s.cols for d in c.docs if d.meta is not None) + ")$"
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "信息公开文件页（带 wjct 信息的模板）的页脚没有网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=wjct))
    s.key.append(Expected("meta-tags", gfx.doc_url(gfx.docs[0]), "信息公开文件页模板只有网站和栏目标签，没有文章标签（ArticleTitle、PubDate、"
                          "ContentSource）", probe="xxgk-no-article-tags", url_pattern=wjct))
    news = s.col("滹阳要闻")
    s.traps.append(Trap(news.doc_url(news.docs[0]), "门户文章页有 2017 指引的网站、栏目和文章标签，页脚完整"))
    return SampleSite("hbjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
