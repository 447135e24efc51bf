"""The "lonsun" sample site: a district government portal (霁湖区人民政府, 安徽 style) on 龙讯 Lonsun 网站群 (Java,
static pages generated beside a dynamic 信息公开 platform), UTF-8: site columns at `/<channel>/<column>/index.html`
whose later pages exist only at `/content/column/<id>?pageIndex=N`, named by an `Ls.pagination(…)` script;
articles at `/<channel>/<column>/<id>.html`; a separate 信息公开 platform under `/public/…` where the government and
each 部门 is an organ with its own id and the same catalogue (`/public/column/<organ>?type=4&action=list&nav=3&catId=C`),
documents at `/public/<organ>/<id>.html` under a desktop and a mobile metadata table whose 文号 a script writes, and
later list pages fetched by a Lonsun label loader (`/site/label/8888?labelName=publicInfoList&…&pageIndex=N`).

Why this family: 合肥 and its districts, the 安徽 province departments and most 安徽 counties run it; the tool had read
two single pages of it (tests/model/realpages) but never a whole site.

Written from real markup and code found with the library tools; sources:
  - the 信息公开 article: tests/model/realpages/hfss-gov-cn_lonsun_xxgk_validity-table_script-wenhao.html
    (mhxqwer/lklhfss.gov.cn, 合肥市蜀山区审计局): the trail `div.gk_pos` linking `/public/column/<organ>?type=4&catId=C&action=list`,
    two `table.table_suoyin` (`hidden-sm hidden-xs` desktop, `hidden-lg hidden-md` mobile) of `<th>` labels and
    `td.pmingcheng` values (索引号, 信息分类, 发布机构, 生成日期, 文号, 有效性 `td.youxiao`, 生效时间, 废止时间 `td.feizhi`,
    名称, 失效时间 `td.shixiao`, 关键词), the 文号 cell `td#_fileNum` holding only
    `<script>var fileNum = "";if(fileNum.indexOf("号") == -1){document.write('号');}</script>` and a later script that
    rebuilds it from `var fileName = '…'` (`el` 1 wrapped in 〔〕, `号` appended), the validity script turning 有效 into
    废止/失效 when 废止时间/失效时间 has passed, `h1.newstitle`, `div.newsinfo` (`发布时间： YYYY-MM-DD HH:MM &emsp;信息来源：`),
    `#zoom.j-fontContent`, an empty `div#relInfo`; metas (ColumnName, ColumnType 信息公开目录, ArticleTitle, PubDate …) and a
    second `<title>` with the site's metas; the footer `div.ls_fotcon` (`span.ex-organiser` 主办单位, `span.ex-icp-code` 皖ICP备,
    `span.ex-pub-code` 皖公网安备, `span.ex-site-code` 网站标识码), `<!--技术支持：龙讯科技-->`;
  - the site article: tests/model/realpages/jyt-ah-gov-cn_lonsun_article.html (mhxqwer/zgy2jyt.ah.gov.cn): the 2017 metas,
    nav `/…/index.html` and 信息公开 at `/public/column/7071?type=2`, trail `div.wz_top` between
    `<!--StartLabelHtml_nav_…-->` comments, `h1.newstitle`, `div.newsinfo` (来源, 发布时间), `div.j-fontContent newscontnet`,
    the footer `div.fotcon` (备案号：皖ICP备, 皖公网安备, 网站标识码, 主办单位), search form `/site/search/<siteId>`;
  - site lists: a scraper of zczj.haibei.gov.cn (a Lonsun site; `ul[contains(@class,'doc_list')]/li/a`,
    `…/li/span/text()`, total pages by `pageCount:(\\d+),` in a script, lists at `/content/column/<id>?pageIndex=1`);
    a scraper's fixture modelled on hrss.ah.gov.cn (`<ul class="doc_list list-6791573"><li class="odd"><a href=… title=…>…</a>
    <span class="date">…</span></li><li class="lm_line"></li></ul>` and
    `Ls.pagination("#page_6791573", function(pageIndex){ location.href='…/content/column/6791573?pageIndex=' + pageIndex;},
    {currPage: (0+1),pageCount:3});`);
  - 信息公开 lists: scrapers of mpa.ah.gov.cn, slt.ah.gov.cn, yjt.ah.gov.cn and zczj.haibei.gov.cn
    (`//ul[@class="clearfix xxgk_nav_list t4"]/li`, `./a/@href`, `./a/@title`, `./span[@class="date"]`; the column page
    carries `pageCount:N` and answers `&pageIndex=N`); the label loader (滁州, 霍山, 庐山, 省药监局, 省水利厅, 省医保局 scrapers:
    `/site/label/8888?IsAjax=1&dataType=html&labelName=publicInfoList&siteId=…&pageSize=15&pageIndex=N&action=list&isDate=true&
    dateFormat=yyyy-MM-dd&length=50&organId=…&type=4&catId=…&cId=&result=暂无相关信息&file=/…/publicInfoList_newest`, answered
    with the rows' HTML; 庐山's page script `Ls.ajax({dataType: "html", url: "/site/label/…", data: {…, pageIndex: pageIndex, …}})
    .done(function(html) { $("#xxgk_lmcon").html(html); })` and pager `#page_public_info` with `span.current`); articles
    `/public/7071/<id>.html` (省医保局 notes); organ ids per 部门 (芜湖's source list: one `/public/column/<organ>` per bureau).
Guessed, said as such: the 信息公开 organ home at `/public/column/<organ>?type=2` as a catalogue hub; the 指南, 制度 and
依申请公开 pages at `?type=1`, `?type=3`, `?type=5`; the site list's container class `lmlist` (my first guess, `navjz`, is
Lonsun's trail class: a generator fault at first contact); the 成文日期/发布日期 rows of a 行政规范性文件's table (the hfss page
shows 生成日期); the 相关解读/相关文件 links written into `#relInfo`; the home blocks' markup; the empty list's 暂无相关信息
line; attachment paths `/group6/M00/…`; every wording; the 404 page.

Variety on purpose: page 1 static, later pages only in a script; the 信息公开 lists' later pages only behind a label loader
whose address is a script's data object; columns of three organs differing only in the organ id; a desktop and a mobile
table for one record; 文号 written by script (and once without 号, which the script adds); a validity the page's script
turns into 废止; two `<title>` elements; the 信息公开 platform's own footer and metas. Every planted defect is an `Expected`
entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from urllib.parse import parse_qs, urlencode

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
DISTRICT = "霁湖区"
GOV = "霁湖区人民政府"
OFFICE = "霁湖区人民政府办公室"
SITE_ID = "3401060021"
SITE_NO = "11493071"  # the site's id in the Lonsun group (siteId)
HTML = "text/html; charset=utf-8"
ICP = "皖ICP备05005218号-1"
PSB = "皖公网安备 34010602700612号"
PER_PAGE = 15
LABEL_FILE = "/c1/jhxxgk/publicInfoList_newest"
PUBLIC = r"^/public/"  # every page of the 信息公开 platform
PUBLIC_COLUMNS = r"^/public/column/"  # the platform's list, hub and single pages


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str
    source: str
    hour: int = 9
    table: dict[str, str] | None = None  # the 信息公开 metadata record
    number: str = ""  # 文号 as stored (fileNum); written by script
    related: list[tuple[str, str, str]] = field(default_factory=list)  # (head, url, title) in #relInfo
    url: str = ""


@dataclass(frozen=True)
class Organ:
    id: int
    name: str
    kind: str  # government / department
    index_code: str  # the 索引号 prefix

    def home(self) -> str:
        return f"/public/column/{self.id}?type=2"


@dataclass
class SiteCol:
    cid: int
    name: str
    path: str  # /xwzx/jhyw
    kind: str  # ColumnType
    docs: list[Doc] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // PER_PAGE))

    def url(self, n: int = 1) -> str:
        return f"{self.path}/index.html" if n == 1 else f"/content/column/{self.cid}?pageIndex={n}"


@dataclass
class PubCol:
    organ: Organ
    cat: int
    name: str
    docs: list[Doc] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // PER_PAGE))

    def url(self) -> str:
        return f"/public/column/{self.organ.id}?type=4&action=list&nav=3&catId={self.cat}"

    def label(self, n: int) -> dict[str, str]:
        """The data object the page's loader sends for page `n` (in the script's order)."""
        return {"IsAjax": "1", "dataType": "html", "labelName": "publicInfoList", "siteId": SITE_NO, "pageSize": str(PER_PAGE),
                "pageIndex": str(n), "action": "list", "isDate": "true", "dateFormat": "yyyy-MM-dd", "length": "50",
                "organId": str(self.organ.id), "type": "4", "catId": str(self.cat), "cId": "", "result": "暂无相关信息",
                "file": LABEL_FILE}

    def label_url(self, n: int) -> str:
        return "/site/label/8888?" + urlencode(self.label(n))


@dataclass
class LonsunSite(SampleSite):
    """Lonsun's Java platform reads its parameters by name: `/public/column/<organ>` answers any order of `type`,
    `catId`, `action`, `nav`, `sub` (and `pageIndex`), `/site/label/8888` any order of the loader's fields, and
    `/content/column/<id>` without a page number is page 1."""

    extra: dict[str, Resource] = field(default_factory=dict)  # answers no page links (pageIndex forms of lists)

    def lookup(self, path: str, query: str) -> Resource:
        res = super().lookup(path, query)
        if res is not self.not_found:
            return res
        q = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
        if path.startswith("/public/column/") and q.get("type") == "4" and q.get("catId"):
            key = f"{path}?type=4&action=list&nav=3&catId={q['catId']}"
            n = q.get("pageIndex", "1")
            return self.resources.get(key, self.not_found) if n == "1" else self.extra.get(f"{key}&pageIndex={n}", self.not_found)
        if path.startswith("/public/column/") and q.get("type") in ("1", "2", "3", "5"):
            return self.resources.get(f"{path}?type={q['type']}", self.not_found)
        if path == "/site/label/8888" and q.get("labelName") == "publicInfoList":
            for url, r in self.resources.items():
                if url.startswith("/site/label/8888?"):
                    stored = {k: v[0] for k, v in parse_qs(url.split("?", 1)[1], keep_blank_values=True).items()}
                    if all(stored[k] == q.get(k, "1" if k == "pageIndex" else "") for k in ("organId", "catId", "pageIndex")):
                        return r
        if path.startswith("/content/column/") and q.get("pageIndex", "") in ("", "1"):
            return self.extra.get(path + "?pageIndex=1", self.not_found)
        return res


_ORGANS = (Organ(21801, GOV, "government", "003178965"), Organ(21811, "霁湖区教育体育局", "department", "003178981"),
           Organ(21821, "霁湖区财政局", "department", "003178973"))
_CATALOGUE = (("行政规范性文件", 7001811), ("政策解读", 7001821), ("通知公告", 7001871), ("人事信息", 7001831),
              ("财政资金", 7001841), ("工作动态", 7001851), ("政府信息公开年报", 7001861))


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.extra: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.script_only: set[str] = set()
        self.site_cols: list[SiteCol] = []
        self.pub_cols: list[PubCol] = []
        self.next_id = 72310001
        self.links: list[tuple[Doc, Doc]] = []  # a document and its interpretation, linked both ways
        self.pending: list[tuple[Doc, str, int]] = []  # key entries / traps whose url is a document's, known at render

    def later(self, d: Doc, kind: str) -> None:
        """The last key entry (kind "key") or trap ("trap") is about `d`, whose address render() assigns."""
        self.pending.append((d, kind, len(self.key if kind == "key" else self.traps) - 1))

    def doc(self, title: str, when: date, body: str = "", source: str = OFFICE, **kw: object) -> Doc:
        self.next_id += 30
        return Doc(self.next_id, title, when, body or _paras(f"{title}。"), source, hour=8 + self.next_id % 9, **kw)  # type: ignore[arg-type]

    def scol(self, name: str) -> SiteCol:
        return next(c for c in self.site_cols if c.name == name)

    def pcol(self, organ: Organ, name: str) -> PubCol:
        return next(c for c in self.pub_cols if c.organ is organ and c.name == name)

    # -- the shells
    def head(self, title: str, metas: str) -> str:
        return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="UTF-8">\n<meta name="renderer" content="webkit">\n'
                '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
                f"<title>{escape(title)}</title>\n"
                f'<meta name="SiteName" content="{GOV}">\n<meta name="SiteDomain" content="www.jihu.gov.cn">\n'
                f'<meta name="SiteIDCode" content="{SITE_ID}">\n{metas}'
                '<link rel="shortcut icon" type="image/x-icon" href="/_res/images/favicon.ico">\n'
                '<link rel="stylesheet" href="/static/css/core.min.css">\n<script src="/static/js/common.min.js"></script>\n</head>\n')

    def header(self, active: str = "") -> str:
        nav = [("网站首页", "/index.html"), ("新闻中心", "/xwzx/jhyw/index.html"), ("信息公开", _ORGANS[0].home()),
               ("政务服务", "/zwfw/index.html"), ("互动交流", "/hdjl/index.html")]
        items = "".join(f'<li class="num{i + 1} zlm {"active" if n == active else "off"}"><a class="mn" href="{_a(u)}">'
                        f'<span class="tit">{n}</span></a></li>' for i, (n, u) in enumerate(nav))
        return ('<div class="wza-container">\n<div class="header wza-region_header" role="banner"><div class="container">\n'
                f'<div class="clearfix banner"><ul class="logo fl"><li><a href="/index.html"><img src="/static/picture/logo.png" alt="{GOV}"></a></li></ul>\n'
                f'<div class="fr search-box"><form action="/site/search/{SITE_NO}" method="get" class="j-search-form">'
                '<input type="hidden" name="fuzzySearch" value="true"><input class="search-keywords" name="keywords" type="text">'
                '<button name="input" type="submit"></button></form></div></div>\n</div></div>\n'
                '<div class="navbox"><div class="container"><div class="navbar navbar-default clearfix wza-region_nav" role="navigation">'
                f'<ul class="nav navbar-nav">{items}</ul></div></div></div>\n<!--header end-->\n')

    def site_footer(self) -> str:
        return ('<div class="footer wza-region_footer" role="footer">\n<div class="container clearfix" role="contentinfo">\n<div class="fotcon">\n'
                '<a href="/wzgl/wzdt/index.html" target="_blank">网站地图</a>|<a href="/wzgl/wzsm/index.html" target="_blank">网站声明</a>|'
                '<a href="/wzgl/lxwm/index.html" target="_blank">联系我们</a><br>\n'
                f'<span><a href="https://beian.miit.gov.cn" target="_blank">备案号：{ICP}</a></span>\n'
                '<span><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=34010602700612" target="_blank">'
                f'<img src="/static/picture/ghs.png">{PSB.replace(" ", "")}</a></span>\n'
                f'<span>网站标识码：{SITE_ID}</span><br>\n<span>主办单位：{OFFICE}</span>\n<span>地址：{DISTRICT}政务中心B座</span><br>\n</div>\n'
                f'<div class="fot_left clearfix"><div class="dzjg j-jiucuo fl" data-setting="{{sitecode:{SITE_ID}}}"></div>'
                '<div class="dzjg j-gov fl" data-setting="{sitecode:\'7A1C0E3B8F0D4E2AE053012819AC3F61\'}"></div></div>\n'
                f'</div>\n</div>\n<span class="j-sitestats" style="display: none;" data-setting="{{siteId:{SITE_NO}}}"></span>\n'
                '<!--底部 end-->\n</div>\n')

    def public_footer(self) -> str:
        """The platform's own footer: 主办, ICP and 网站标识码, no 公安机关备案号 (the planted defect)."""
        return ('<div role="footer">\n<div class="ls_fotcon">\n<div class="container" role="contentinfo" aria-label="网站版权信息">\n'
                '<ul class="ls-fotlink"><li><a href="/wzgl/wzdt/index.html" class="ex-site-map">网站地图</a></li></ul>\n'
                f'<div data-wza="service">\n<span class="sp ex-organiser">主办单位：{OFFICE}</span><br>\n'
                f'<span class="sp siteicp ex-icp-code"><a href="https://beian.miit.gov.cn/" target="_blank">{ICP} <i>https://beian.miit.gov.cn</i></a></span>'
                f'<span class="sp ex-site-code">网站标识码：{SITE_ID}</span><br>\n'
                f'<span class="sp ex-contact">运维电话：0551-65120218</span><br>\n'
                f'<div class="jiucuo j-jiucuo ex-find-wrong" data-setting="{{sitecode:{SITE_ID}}}"></div>\n</div>\n</div>\n</div>\n</div>\n'
                f'<span class="j-sitestats" data-setting="{{siteId:{SITE_NO},isTimes:false}}" style="display:none;"></span>\n'
                '<!--技术支持：龙讯科技-->\n<!--底部 end-->\n</div>\n')

    @staticmethod
    def column_metas(name: str, kind: str) -> str:
        return (f'<meta name="ColumnName" content="{escape(name)}">\n<meta name="ColumnType" content="{kind}">\n'
                f'<meta name="ColumnDescription" content="{DISTRICT}{escape(name)}">\n<meta name="ColumnKeywords" content="{escape(name)}">\n')

    @staticmethod
    def article_metas(d: Doc) -> str:
        return (f'<meta name="ArticleTitle" content="{escape(d.title)}">\n<meta name="PubDate" content="{d.when:%Y-%m-%d} {d.hour:02d}:00">\n'
                f'<meta name="ContentSource" content="{escape(d.source)}">\n<meta name="Author" content="{escape(d.source)}">\n')

    def site_page(self, title: str, metas: str, body: str, active: str = "") -> Resource:
        html = f"{self.head(title, metas)}<body>\n{self.header(active)}{body}\n{self.site_footer()}</body>\n</html>\n"
        return Resource(html.encode("utf-8"), HTML)

    def public_page(self, title: str, metas: str, body: str) -> Resource:
        html = f"{self.head(title, metas)}<body>\n{self.header('信息公开')}{body}\n{self.public_footer()}</body>\n</html>\n"
        return Resource(html.encode("utf-8"), HTML)

    # -- site columns
    def site_trail(self, col: SiteCol | None) -> str:
        inner = f"<a title='{col.name}' href='{_a(col.url())}'>{col.name}</a>" if col else ""
        return ('<div class="wz_top wza-region_nav" role="navigation" aria-label="栏目路径"><span><a href="/index.html">首页</a> &gt; '
                f"<!--StartLabelHtml_nav_5c2e8a9d-->{inner}<!--EndLabelHtml_nav_5c2e8a9d--></span></div>\n")

    def site_list(self, col: SiteCol, n: int) -> Resource:
        docs = col.docs[(n - 1) * PER_PAGE:n * PER_PAGE]
        rows = ""
        for i, d in enumerate(docs):
            rows += (f'\n<li class="{"odd" if i % 2 == 0 else "even"}"><a href="{_a(d.url)}" target="_blank" title="{escape(d.title)}">'
                     f'{escape(d.title)}</a><span class="date">{d.when:%Y-%m-%d}</span></li>')
            if i % 5 == 4:
                rows += '\n<li class="lm_line"></li>'
        empty = '\n<div class="nodata">暂无相关信息</div>' if not docs else ""
        pager = ""
        if col.docs:
            pager = (f'<div id="page_{col.cid}" class="pagination"></div>\n<script>Ls.pagination("#page_{col.cid}", function(pageIndex){{ '
                     f"location.href='/content/column/{col.cid}?pageIndex=' + pageIndex;}},{{currPage: ({n - 1}+1),pageCount:{col.pages}}});</script>")
        body = ('<div class="container wza-region_main" role="main"><div class="lmcontent clearfix">\n'
                f"{self.site_trail(col)}"
                f'<div class="lmlist wza-region_content"><div class="lmtit"><h2>{col.name}</h2></div>\n'
                f'<!--StartLabelHtml_infoList_{col.cid}--><ul class="doc_list list-{col.cid}">{rows}\n</ul>{empty}\n{pager}'
                f'<!--EndLabelHtml_infoList_{col.cid}-->\n</div>\n</div></div>')
        return self.site_page(f"{col.name}_{GOV}", self.column_metas(col.name, col.kind), body, "新闻中心")

    def site_article(self, col: SiteCol, d: Doc) -> Resource:
        body = ('<div class="container wza-region_main" role="main"><div class="lmcontent">\n'
                f"{self.site_trail(col)}"
                '<div class="con_main wza-region_content" role="article" aria-label="内容">\n'
                f'<h1 class="newstitle">{escape(d.title)}</h1>\n<div class="newsinfo">\n'
                f'<span tabindex="0">阅读次数：<span class="j-info-hit" data-setting="{{infoId:{d.id}}}"></span></span>\n'
                f"<span>来源：{escape(d.source)}</span>\t\t<span>发布时间：{d.when:%Y-%m-%d} {d.hour:02d}:00</span>\n"
                '<span tabindex="0" class="wz_font wza-old-dn">[ 字体：<a href="javascript:void(0)" class="j-fontBig">大</a>&nbsp;'
                '<a href="javascript:void(0)" class="j-fontNormal">中</a>&nbsp;<a href="javascript:void(0)" class="j-fontSmall">小</a> ]</span>\n'
                f'</div>\n<div class="j-fontContent newscontnet minh500">{d.body}</div>\n'
                '<div class="wzewm"><p class="txt-color">扫一扫在手机打开当前页</p><div class="j-qrcode wza-qrcode-zoom"></div></div>\n'
                '<div class="wzbot1 clearfix"><a href="javascript:void(0);" class="j-gotoTop">返回顶部</a>'
                '<a href="javascript:window.print();" class="hidden-sm hidden-xs">打印本页</a></div>\n<!--文章页结束-->\n</div>\n</div></div>')
        return self.site_page(f"{d.title}_{GOV}", self.column_metas(col.name, col.kind) + self.article_metas(d), body, "新闻中心")

    # -- the 信息公开 platform
    def gk_banner(self, organ: Organ) -> str:
        return ('<div class="xxgklmbody"><div id="container"><div class="gk_container2 clearfix">\n<div class="gk_banner">'
                f'<div class="gknew_logo"><span id="top_unit" class="unit_name">{organ.name}</span></div>'
                '<a href="/index.html" target="_blank" class="back_home">返回首页</a></div>\n')

    def gk_trail(self, organ: Organ, col: PubCol | None) -> str:
        step = f' <i>&gt;</i> <a href="{_a(col.url())}" target="_self">{col.name}</a>' if col else ""
        return (f'<div class="gk_pos wza-region_nav" aria-label="栏目路径"><span><a href="/index.html">首页</a> &gt; '
                f'<a href="{_a(organ.home())}" tabindex="0">{organ.name}</a>{step}</span></div>\n')

    def gk_menu(self, organ: Organ) -> str:
        cats = "".join(f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in self.pub_cols if c.organ is organ)
        return ('<div class="gk_left"><ul class="xxgk_nav">'
                f'<li><a href="/public/column/{organ.id}?type=1">政府信息公开指南</a></li>'
                f'<li><a href="/public/column/{organ.id}?type=3">政府信息公开制度</a></li>'
                f'<li class="fdzdgk"><span>法定主动公开内容</span><ul>{cats}</ul></li>'
                f'<li><a href="/public/column/{organ.id}?type=5">依申请公开</a></li></ul></div>\n')

    def public_list(self, col: PubCol, n: int = 1) -> Resource:
        rows = self.public_rows(col, n)
        pager = ""
        if col.pages > 1:
            data = ", ".join(f'{k} : "{v}"' if k != "pageIndex" else "pageIndex: pageIndex" for k, v in col.label(1).items()
                             if k not in ("IsAjax", "dataType"))
            pager = ('<div id="page_public_info" class="pagination"></div>\n<script>\n'
                     'Ls.pagination("#page_public_info", function (pageIndex) {\n'
                     f'    Ls.ajax({{dataType: "html", url: "/site/label/8888", data: {{IsAjax : "1", {data}}}}})'
                     '.done(function (html) { $("#xxgk_lmcon").html(html); });\n'
                     f"}}, {{currPage: {n}, pageCount:{col.pages}, param: \"pageIndex\"}});\n</script>\n")
        body = (f"{self.gk_banner(col.organ)}<div class=\"gk_container clearfix\">\n{self.gk_trail(col.organ, col)}{self.gk_menu(col.organ)}"
                f'<div class="gk_right"><div class="gk_lmtit"><h2>{col.name}</h2></div>\n'
                f'<div id="xxgk_lmcon">{rows}</div>\n{pager}</div>\n</div>\n</div></div></div>')
        return self.public_page(f"{col.name}_{col.organ.name}", "", body)

    def public_rows(self, col: PubCol, n: int) -> str:
        docs = col.docs[(n - 1) * PER_PAGE:n * PER_PAGE]
        rows = "".join(f'\n<li><a href="{_a(d.url)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span class="date">{d.when:%Y-%m-%d}</span></li>' for d in docs)
        empty = '\n<li class="nodata">暂无相关信息</li>' if not docs else ""
        return f'<ul class="clearfix xxgk_nav_list t4">{rows}{empty}\n</ul>'

    def public_article(self, col: PubCol, d: Doc) -> Resource:
        t = d.table or {}
        cell = lambda k: escape(t.get(k, ""))  # noqa: E731 - a missing field is an empty cell
        label = lambda text: "".join(f'{ch}<span style="padding-right:0.5em"></span>' for ch in text[:-1]) + text[-1] + "："  # noqa: E731
        wenhao = (f'{escape(d.number)}<script>var fileNum = "{escape(d.number)}";if(fileNum.indexOf("号") == -1){{document.write(\'号\');}}</script>')
        dates = (f'<th>成文日期：</th><td class="pmingcheng">{cell("成文日期")}</td></tr>\n<tr><th>发布日期：</th>'
                 f'<td class="pmingcheng">{cell("发布日期")}</td>' if "normative" in t else
                 f'<th>生成日期：</th><td class="pmingcheng">{cell("生成日期")}</td>')
        desktop = ('<table class="table_suoyin hidden-sm hidden-xs" cellspacing="0" cellpadding="0" width="100%" align="center" border="0"><tbody>\n'
                   f'<tr><th width="15%" tabindex="0">{label("索引号")}</th><td width="35%" class="pmingcheng">{cell("索引号")}</td>'
                   f'<th width="15%">信息分类：</th><td width="35%" class="pmingcheng">{cell("信息分类")}</td></tr>\n'
                   f'<tr><th>发布机构：</th><td class="pmingcheng">{cell("发布机构")}</td>{dates}</tr>\n'
                   f'<tr><th>文&emsp;&emsp;号：</th><td class="pmingcheng" id="_fileNum"> {wenhao}</td>'
                   f'<th tabindex="0">{label("有效性")}</th><td class="pmingcheng youxiao">{cell("有效性")}</td></tr>\n'
                   f'<tr><th>生效时间：</th><td class="pmingcheng"> {cell("生效时间") or "暂无"} </td>'
                   f'<th>废止时间：</th><td class="pmingcheng feizhi"> {cell("废止时间") or "暂无"}</td></tr>\n'
                   f'<tr><th>名&emsp;&emsp;称：</th><td class="pmingcheng">{escape(d.title)}</td>'
                   f'<th>失效时间：</th><td class="pmingcheng shixiao"> 暂无</td></tr>\n'
                   f'<tr><th tabindex="0">{label("关键词")}</th><td class="pmingcheng" colspan="3"></td></tr>\n</tbody></table>\n')
        mobile_rows = [("索引号", cell("索引号")), ("信息分类", cell("信息分类")), ("发布机构", cell("发布机构"))]
        mobile_rows += ([("成文日期", cell("成文日期")), ("发布日期", cell("发布日期"))] if "normative" in t else [("生成日期", cell("生成日期"))])
        mobile_rows += [("名&emsp;&emsp;称", escape(d.title)), ("有效性", cell("有效性")), ("废止时间", f' {cell("废止时间") or "暂无"}'),
                        ("文&emsp;&emsp;号", wenhao)]
        mobile = ('<table class="table_suoyin hidden-lg hidden-md" cellspacing="0" cellpadding="0" width="100%" align="center" border="0"><tbody>\n'
                  + "".join(f'<tr><th width="15%">{k}：</th><td class="pmingcheng">{v}</td></tr>\n' for k, v in mobile_rows)
                  + "</tbody></table>\n")
        related = "".join(f'<div class="xgwj"><span>{head}：</span><a href="{_a(u)}" target="_blank">{escape(title)}</a></div>'
                          for head, u, title in d.related)
        parts = d.number.replace("〔", ",").replace("〕", ",").rstrip("号") if d.number else ""
        script = ("<script type=\"text/javascript\">\n    var feizhi = $('.feizhi').text();\n    if (feizhi.length > 7) {\n"
                  "        var timestamp = new Date(feizhi.substring(0, 19).replace(/-/g, '/')).getTime();\n"
                  "        if (new Date().getTime() > timestamp) { $('.youxiao').html('废止'); }\n    }\n"
                  f"    var fileName = '{parts}', fileArr = fileName.split(','), str = '';\n"
                  "    $.each(fileArr, function(i, el) { if (i == 1 && el.length > 0) { el = '〔' + el + '〕'; } str += el; });\n"
                  "    if (str && str.indexOf('号') == -1) { $('#_fileNum').text(str + '号'); } else { $('#_fileNum').text(str); }\n</script>\n")
        body = (f"{self.gk_banner(col.organ)}<div class=\"gk_container gkwz_container\">\n{self.gk_trail(col.organ, col)}"
                '<div class="wenzhang bg wza-region_content" aria-label="内容"><div class="contentbox minh500"><div class="con_main">\n'
                f'<div class="div_table_suoyin">\n{desktop}{mobile}</div>\n'
                f'<h1 class="newstitle">{escape(d.title)}</h1>\n<div class="newsinfo clearfix"><div class="newsinfoleft fl">\n'
                f'发布时间： {d.when:%Y-%m-%d} {d.hour:02d}:{d.id % 60:02d} &emsp;信息来源： {escape(d.source)}\n'
                f'<span class="j-info-hit" data-setting="{{infoId:{d.id}}}" style="display:none;"></span></div></div>\n'
                f'<div id="zoom" class="j-fontContent newscontnet minh500 DRIVING_PUBLIC" data-pdf="false">{d.body}\n'
                f'<div class="clear"></div>\n<div id="relInfo">{related}</div>\n</div>\n</div>\n'
                '<div class="fxd_close hidden-xs hidden-sm"><a href="javascript:window.print();" class="print_btn">打印</a>'
                '<a class="close_btn" href="javascript:window.close()">关闭</a></div>\n<!--文章页结束-->\n'
                f"</div></div>\n</div>\n</div></div>\n{script}")
        metas = (self.column_metas(col.name, "信息公开目录") + self.article_metas(d)
                 + f'<meta name="Keywords" content="{escape(d.title)}">\n<meta name="Description" content="{escape(d.title)}">\n'
                 f"<title>{GOV}</title>\n")  # the platform's second <title>, before the site's metas as on the real page
        return self.public_page(f"{d.title}_{col.organ.name}", metas, body)

    def render(self) -> None:
        for col in self.site_cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            for d in col.docs:
                d.url = f"{col.path}/{d.id}.html"
        for col in self.pub_cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            for d in col.docs:
                d.url = f"/public/{col.organ.id}/{d.id}.html"


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent: 2em; text-align: left;">{t}</p>' for t in texts)


_WORK = ("会议强调，要坚持以人民为中心的发展思想，压紧压实工作责任，细化任务举措，加强督促调度，确保各项目标任务按期完成，"
         "不断增强群众的获得感、幸福感、安全感。")
_NEWS = ("区政府常务会议研究部署近期重点工作", "召开全区安全生产工作会议", "推进营商环境优化提升行动", "调研重点项目建设",
         "召开秋冬季森林防火工作会议", "部署城乡环境综合整治", "推进数字政府建设", "召开民生实事推进会",
         "举办招商引资项目集中签约活动", "召开防汛抗旱工作会议")
BROKEN_IMAGE = "/uploads/image/20261115/20261115093215_41873.jpg"
DELETED = "/xwzx/jhyw/72299871.html"
BROKEN_PDF = "/group6/M00/03/1F/wKgCRGbT2aOAN4qtAAH8c1xYb7k582.pdf"
GOOD_PDF = "/group6/M00/03/2A/wKgCRGcE9qGAKm0XAAF2d9kQx3c311.pdf"
DEAD_COLUMN = "/ztzl/wmcj/index.html"


def _site_columns(s: _Site) -> tuple[SiteCol, SiteCol]:
    jhyw = SiteCol(11280011, "霁湖要闻", "/xwzx/jhyw", "工作动态")
    for i in range(38):
        jhyw.docs.append(s.doc(f"{DISTRICT}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 2),
                               _paras(f"近日，{DISTRICT}{_NEWS[i % 10]}。区政府主要负责同志出席并讲话。", _WORK), source=OFFICE))
    jhyw.docs[2].body += f'<p style="text-align: center"><img src="{BROKEN_IMAGE}" style="width: 700px;" alt=""></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "要闻正文图片 404", probe="status:404"))
    jhyw.docs[6].body += f'<p>相关阅读：<a href="{DELETED}" target="_blank">我区召开上半年经济运行分析会</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的新闻（404）", probe="status:404"))
    s.traps.append(Trap(jhyw.url(), "霁湖要闻最新 2026-11-19；第 2、3 页只在 Ls.pagination 脚本中（/content/column/11280011?pageIndex=N）：不是过期栏目"))

    tzgg = SiteCol(11280021, "通知公告", "/xwzx/tzgg", "工作动态")
    subjects = ("做好2027年元旦春节期间有关工作", "开展全区安全生产大检查", "公布第三批区级非遗代表性项目名录", "公开征求意见")
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于{subjects[i % 4]}的通知（{i + 1}）", AS_OF - timedelta(days=3 + i * 8),
                               _paras("各镇（街）、区直各单位：", _WORK, OFFICE)))
    tzgg.docs[3].body += f'<p>附件：<a href="{BROKEN_PDF}" target="_blank">报名表.pdf</a></p>'
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs[5].body += f'<p>附件：<a href="{GOOD_PDF}" target="_blank">申报表.pdf</a></p>'
    s.traps.append(Trap(GOOD_PDF, "附件可下载，不是断链"))

    bmdt = SiteCol(11280031, "部门动态", "/xwzx/bmdt", "工作动态")
    for i in range(7):
        bmdt.docs.append(s.doc(f"区{('发展改革委', '民政局', '自然资源分局', '市场监管局')[i % 4]}开展{('走访调研', '业务培训', '专项督查')[i % 3]}活动",
                               date(2026, 7, 30) - timedelta(days=i * 23), _paras(_WORK)))
    s.key.append(Expected("stale-columns", bmdt.url(), "部门动态（动态类）最新 2026-07-30，已超过 2 周未更新", probe="newest:2026-07-30"))

    zjdt = SiteCol(11280041, "镇街动态", "/xwzx/zjdt", "工作动态")
    s.key.append(Expected("empty-columns", zjdt.url(), "镇街动态栏目页没有任何条目（暂无相关信息）", probe="no-rows"))
    s.site_cols += [jhyw, tzgg, bmdt, zjdt]
    return jhyw, tzgg


# Normative documents of the district government (subject, defect): missing / late / unlinked / meta:<field> / nohao / repealed
_DOCUMENTS = (("城市绿化管理", ""), ("公共租赁住房管理", "missing"), ("政府投资项目管理", "meta:文号"),
              ("城市养犬管理", "late"), ("农村宅基地审批管理", "unlinked"), ("区级储备粮管理", "meta:有效性"),
              ("政府购买服务管理", "meta:成文日期"), ("重大行政决策程序", "nohao"), ("中小企业发展专项资金管理", "repealed"))


def _table(organ: Organ, when: date, k: int, category: str, normative: bool = False) -> dict[str, str]:
    """A record of the catalogue column `category` (Lonsun's 信息分类 names the column, as on the 蜀山区 page)."""
    t = {"索引号": f"{organ.index_code}/{when:%Y%m}-{k + 36:05d}", "信息分类": category, "发布机构": organ.name,
         "有效性": "有效", "生效时间": f"{when:%Y-%m-%d}"}
    if normative:
        t.update({"normative": "1", "成文日期": f"{when - timedelta(days=4):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}"})
    else:
        t["生成日期"] = f"{when:%Y-%m-%d}"
    return t


def _interp_pair(s: _Site, wj: PubCol, jd: PubCol, d: Doc, short: str, subject: str, lag: int, linked: bool, k: int) -> Doc:
    i = s.doc((f"《{short}》政策解读", f"图解：{short}", f"一图读懂《{short}》")[k % 3], d.when + timedelta(days=lag),
              _paras(f"一、起草背景　为规范{subject}工作，起草了《{short}》。", "二、主要内容　《办法》共三条，明确了适用范围和施行日期。",
                     "三、适用对象　" + _WORK), source=wj.organ.name if wj.organ.kind == "department" else OFFICE)
    i.table = _table(jd.organ, i.when, 60 + k, "政策解读")
    jd.docs.append(i)
    if linked:  # urls are assigned at render time: link by object, resolved in _link
        d.related.append(("相关解读", "", i.title))
        i.related.append(("相关文件", "", d.title))
        s.links.append((d, i))
    return i


def _disclosure(s: _Site) -> None:
    for organ in _ORGANS:
        s.pub_cols += [PubCol(organ, cat, name) for name, cat in _CATALOGUE]
    gov, edu, fin = _ORGANS
    wj, jd = s.pcol(gov, "行政规范性文件"), s.pcol(gov, "政策解读")
    for k, (subject, defect) in enumerate(_DOCUMENTS):
        when = date(2026, 10, 28) - timedelta(days=31 * k)
        number = f"霁政规〔{when.year}〕{12 - k}号"
        short = f"{DISTRICT}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when, source=GOV)
        d.number = "" if defect == "meta:文号" else number[:-1] if defect == "nohao" else number
        shown = f'<p style="text-align: center;">{number}</p>' if defect != "meta:文号" else ""
        d.body = shown + _paras("各镇人民政府、街道办事处，区政府各部门、各直属机构：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                                GOV, f"{when.year}年{when.month}月{when.day}日",
                                f"第一条　为规范本区{subject}工作，根据有关法律法规，结合本区实际，制定本办法。",
                                "第二条　本办法适用于本区行政区域内的有关管理活动。", "第三条　本办法自印发之日起施行，有效期五年。")
        d.table = _table(gov, when, k, "行政规范性文件", normative=True)
        if defect.startswith("meta:") and defect != "meta:文号":
            d.table[defect[5:]] = ""
        if defect == "repealed":
            d.table["废止时间"] = "2026-06-30 00:00:00"
            s.traps.append(Trap("", "废止时间已过的规范性文件：有效性单元格写“有效”，页面脚本显示“废止”；有效性已标注"))
            s.later(d, "trap")
        wj.docs.append(d)
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", "", f"规范性文件元数据表格中“{defect[5:]}”一栏为空", probe=f"meta-missing:{defect[5:]}"))
            s.later(d, "key")
        if defect == "nohao":
            s.traps.append(Trap("", "文号数据不带“号”，表格中由脚本补写“号”（霁政规〔2026〕5号），不是文号缺失"))
            s.later(d, "trap")
        if defect == "missing":
            s.key.append(Expected("interpretations", "", f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            s.later(d, "key")
            continue
        lag = 10 if defect == "late" else k % 2
        _interp_pair(s, wj, jd, d, short, f"本区{subject}", lag, defect != "unlinked", k)
        if defect == "late":
            s.key.append(Expected("interpretations", "", f"解读晚于文件 {lag} 天发布（超过 3 个工作日）", probe=f"late-interp:{lag}"))
            s.later(d, "key")
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", "", "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
            s.later(d, "key")
        elif defect not in ("missing",):
            s.traps.append(Trap("", "文件与解读在 #relInfo 的“相关解读/相关文件”中互相链接"))
            s.later(d, "trap")
    for n in range(2):  # interpretations of the province's policies
        i = s.doc(f"《{('安徽省优化营商环境条例', '安徽省河长制规定')[n]}》解读", date(2026, 11, 10) - timedelta(days=19 * n),
                  _paras("一、出台背景", "二、主要内容　" + _WORK))
        i.table = _table(gov, i.when, 80 + n, "政策解读")
        jd.docs.append(i)

    # each bureau: one normative document with its interpretation, and work notices in 通知公告
    for organ, short, number, when, subject in ((edu, f"{DISTRICT}中小学校外培训机构管理办法", "霁教体规〔2026〕1号", date(2026, 9, 8), "校外培训机构管理"),
                                                (fin, f"{DISTRICT}区级财政专项资金管理办法", "霁财规〔2026〕1号", date(2026, 7, 14), "财政专项资金管理")):
        col, jcol = s.pcol(organ, "行政规范性文件"), s.pcol(organ, "政策解读")
        d = s.doc(f"{organ.name}关于印发《{short}》的通知", when, source=organ.name)
        d.number = number
        d.body = f'<p style="text-align: center;">{number}</p>' + _paras("各有关单位：", "现将管理办法印发给你们，请遵照执行。", _WORK)
        d.table = _table(organ, when, 1, "行政规范性文件", normative=True)
        col.docs.append(d)
        _interp_pair(s, col, jcol, d, short, subject, 1, True, 9)
    notices = {gov: (("关于做好2027年元旦春节期间值班工作的通知", date(2026, 11, 6), "霁政办秘〔2026〕41号"),
                     ("关于公布行政规范性文件清理结果的通知", date(2026, 4, 16), "霁政秘〔2026〕12号"),
                     ("关于开展2026年度政务公开第三方评估的通知", date(2026, 8, 12), "霁政办秘〔2026〕30号")),
               edu: (("关于做好2026年秋季学期义务教育招生工作的通知", date(2026, 6, 18), "霁教体〔2026〕14号"),
                     ("关于开展2026年中小学安全隐患排查的通知", date(2026, 3, 9), "霁教体〔2026〕8号")),
               fin: (("关于做好2027年部门预算编制工作的通知", date(2026, 8, 20), "霁财〔2026〕31号"),
                     ("关于开展2026年政府采购领域专项检查的通知", date(2026, 4, 2), "霁财〔2026〕22号"))}
    for organ, items in notices.items():
        for n, (title, when, number) in enumerate(items):
            d = s.doc(f"{organ.name}{title}", when, _paras("各有关单位：", _WORK), source=organ.name)
            d.number = number
            d.table = _table(organ, when, 2 + n, "通知公告")
            s.pcol(organ, "通知公告").docs.append(d)
    i = s.doc("《庐滨市政府采购负面清单》解读", date(2026, 9, 25), _paras("一、出台背景", "二、主要内容　" + _WORK), source=fin.name)
    i.table = _table(fin, i.when, 7, "政策解读")
    s.pcol(fin, "政策解读").docs.append(i)

    # personnel, funds and news of each organ
    personnel = {gov: date(2025, 6, 10), edu: date(2026, 3, 16), fin: None}
    for organ, newest in personnel.items():
        col = s.pcol(organ, "人事信息")
        for n in range(5 if newest else 0):
            d = s.doc(f"{organ.name}关于{('任免', '公示拟任', '试用期满考核')[n % 3]}工作人员的通知（{n + 1}）", newest - timedelta(days=n * 41),
                      _paras("经研究决定，现将有关事项通知如下。", _WORK), source=organ.name)
            d.table = _table(organ, d.when, 20 + n, "人事信息")
            col.docs.append(d)
    s.key.append(Expected("stale-columns", s.pcol(gov, "人事信息").url(), "区政府人事信息最新 2025-06-10，已超过 1 年未更新",
                          probe="newest:2025-06-10"))
    s.key.append(Expected("empty-columns", s.pcol(fin, "人事信息").url(), "区财政局人事信息栏目没有任何条目（暂无相关信息）", probe="no-rows"))
    for organ, first in ((gov, date(2026, 2, 12)), (edu, date(2026, 3, 20)), (fin, date(2026, 4, 8))):
        col = s.pcol(organ, "财政资金")
        for n in range(4):
            year = first.year - n // 2
            kind = "预算" if n % 2 == 0 else "决算"
            d = s.doc(f"{organ.name}{year if kind == '预算' else year - 1}年部门{kind}公开", first.replace(year=year) - timedelta(days=(n % 2) * 40),
                      _paras("根据预算法有关规定，现将部门预决算公开如下。", _WORK), source=organ.name)
            d.table = _table(organ, d.when, 30 + n, "财政资金")
            col.docs.append(d)
    for organ, newest, count in ((gov, AS_OF - timedelta(days=2), 21), (edu, date(2025, 9, 15), 6), (fin, AS_OF - timedelta(days=4), 5)):
        col = s.pcol(organ, "工作动态")
        for n in range(count):
            d = s.doc(f"{organ.name}{('召开专题工作会议', '开展业务培训', '推进重点任务落实', '开展走访调研')[n % 4]}（{n + 1}）",
                      newest - timedelta(days=n * 9), _paras(_WORK), source=organ.name)
            d.table = _table(organ, d.when, 40 + n, "工作动态")
            col.docs.append(d)
    s.key.append(Expected("stale-columns", s.pcol(edu, "工作动态").url(), "区教育体育局工作动态（动态类）最新 2025-09-15，已超过 2 周未更新",
                          probe="newest:2025-09-15"))
    s.traps.append(Trap(s.pcol(fin, "工作动态").url(), "区财政局工作动态与教育体育局的同名栏目 catId 相同、organ 不同：是另一个栏目，最新 2026-11-16"))
    s.traps.append(Trap(s.pcol(gov, "工作动态").url(), "区政府工作动态 21 条，第 2 页只由标签加载器（/site/label/8888）取回：一个栏目，最新 2026-11-18"))

    # annual reports: governments by March 31, departments by January 31
    reports = {gov: {2025: date(2026, 3, 24), 2023: date(2024, 3, 27), 2022: date(2023, 3, 30), 2021: date(2022, 3, 31),
                     2020: date(2021, 3, 19)},
               edu: {2025: date(2026, 1, 20), 2024: date(2025, 1, 24), 2023: date(2024, 2, 26), 2022: date(2023, 1, 16),
                     2021: date(2022, 1, 28)},
               fin: {2025: date(2026, 1, 31), 2024: date(2025, 1, 22), 2023: date(2024, 1, 19), 2022: date(2023, 1, 30)}}
    for organ, years in reports.items():
        col = s.pcol(organ, "政府信息公开年报")
        for year, when in years.items():
            d = s.doc(f"{organ.name}{year}年政府信息公开工作年度报告", when, report_body(organ.name, year, year % 11 + organ.id % 5),
                      source=organ.name)
            d.table = _table(organ, when, 50 + year % 100, "政府信息公开年报")
            col.docs.append(d)
            if organ is edu and year == 2023:
                s.key.append(Expected("annual-reports", "", "教育体育局（部门）2023 年度报告 2024-02-26 发布，晚于部门年报期限 1 月 31 日",
                                      match=(organ.name, "2023"), probe="late:2024-01-31"))
                s.later(d, "key")
            elif (organ is gov and year == 2021) or (organ is fin and year == 2025):
                s.traps.append(Trap("", "年报在截止日当天发布（政府 3 月 31 日、部门 1 月 31 日），不算逾期"))
                s.later(d, "trap")
    s.key.append(Expected("annual-reports", s.pcol(gov, "政府信息公开年报").url(), "区政府缺少 2024 年度政府信息公开工作年度报告",
                          match=(GOV, "2024"), probe="no-report:2024"))


_STATIC = (("/wzgl/lxwm", "联系我们", _paras(f"地址：{DISTRICT}政务中心B座　电话：0551-65120001")),
           ("/wzgl/wzsm", "网站声明", _paras("本网站所载内容版权归本网所有，转载请注明出处。")),
           ("/zwfw", "政务服务", _paras("本区政务服务事项已全部接入安徽政务服务网，请点击进入办理。")),
           ("/hdjl", "互动交流", _paras("区长信箱、网上调查和在线访谈请通过12345热线平台提交。")),
           ("/wzgl/wzdt", "网站地图", ""))
_GUIDES = ((1, "政府信息公开指南", ("为便于公民、法人和其他组织获取政府信息，编制本指南。", "一、主动公开　二、依申请公开　三、监督和救济",
                               "办公地址：{DISTRICT}政务中心B座；办公时间：工作日；联系电话：0551-65120001。",
                               "本指南自2026年3月2日起施行。")),
           (3, "政府信息公开制度", ("本机关建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。",)),
           (5, "依申请公开", ("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。", "在线申请：请填写政府信息公开申请表。")))


def _pages(s: _Site) -> None:
    """Render every list, article, hub and single page."""
    for d, i in s.links:  # the related boxes, now that addresses are known
        d.related = [(h, i.url if t == i.title else u, t) for h, u, t in d.related]
        i.related = [(h, d.url if t == d.title else u, t) for h, u, t in i.related]
    for col in s.site_cols:
        for n in range(1, col.pages + 1):
            page = s.site_list(col, n)
            if n == 1:
                s.res[col.url()] = page
                s.extra[f"/content/column/{col.cid}?pageIndex=1"] = page
            else:  # named only by Ls.pagination's callback, which builds the address: reachable, not script_only
                s.res[col.url(n)] = page
                s.traps.append(Trap(col.url(n), LATER_PAGE))
        for d in col.docs:
            s.res[d.url] = s.site_article(col, d)
    for col in s.pub_cols:
        s.res[col.url()] = s.public_list(col)
        for n in range(2, col.pages + 1):
            url = col.label_url(n)
            s.res[url] = Resource(s.public_rows(col, n).encode("utf-8"), HTML)
            # the loader's address is a script's data object (its method unstated): no link reaches it or its rows
            s.script_only.update([url, *(d.url for d in col.docs[(n - 1) * PER_PAGE:n * PER_PAGE])])
            s.traps.append(Trap(url, "信息公开列表第 2 页（标签加载器返回的行片段，不是单独的栏目，也不是完整页面）"))
            s.extra[f"{col.url()}&pageIndex={n}"] = s.public_list(col, n)  # the column page answers pageIndex too
        for d in col.docs:
            s.res[d.url] = s.public_article(col, d)
    for organ in _ORGANS:
        cols = [c for c in s.pub_cols if c.organ is organ]
        blocks = "".join(f'<div class="gk_box"><div class="gk_box_tit"><h3>{c.name}</h3><a class="more" href="{_a(c.url())}">更多&gt;&gt;</a></div>'
                         '<ul class="clearfix xxgk_nav_list">'
                         + "".join(f'<li><a href="{_a(d.url)}" title="{escape(d.title)}">{escape(d.title)}</a><span class="date">{d.when:%Y-%m-%d}</span></li>'
                                   for d in c.docs[:4]) + "</ul></div>\n" for c in cols)
        units = ""
        if organ.kind == "government":
            units = ('<div class="gk_units"><h3>部门信息公开</h3><ul>'
                     + "".join(f'<li><a href="{_a(o.home())}">{o.name}</a></li>' for o in _ORGANS[1:]) + "</ul></div>\n")
        body = (f"{s.gk_banner(organ)}<div class=\"gk_container clearfix\">\n{s.gk_trail(organ, None)}{s.gk_menu(organ)}"
                f'<div class="gk_right">{blocks}{units}</div>\n</div>\n</div></div></div>')
        s.res[organ.home()] = s.public_page(f"信息公开_{organ.name}", "", body)
        s.traps.append(Trap(organ.home(), f"{organ.name}信息公开首页是目录和各栏目区块的导航页，不是栏目"))
        for t, name, texts in _GUIDES:
            text = _paras(*(x.format(DISTRICT=DISTRICT) for x in texts))
            body = (f"{s.gk_banner(organ)}<div class=\"gk_container clearfix\">\n{s.gk_trail(organ, None)}{s.gk_menu(organ)}"
                    f'<div class="gk_right"><div class="gk_lmtit"><h2>{name}</h2></div><div class="j-fontContent">{text}</div></div>\n'
                    "</div>\n</div></div></div>")
            s.res[f"/public/column/{organ.id}?type={t}"] = s.public_page(f"{name}_{organ.name}", "", body)
    s.traps.append(Trap(f"/public/column/{_ORGANS[0].id}?type=1", "无日期的单页（政府信息公开指南），不是过期栏目"))
    for path, name, text in _STATIC:
        if not text:
            text = "<ul>" + "".join(f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in s.site_cols) + "</ul>"
        body = ('<div class="container wza-region_main" role="main"><div class="lmcontent">\n'
                f'{s.site_trail(None)}<div class="con_main"><h1 class="newstitle">{name}</h1><div class="j-fontContent">{text}</div></div>\n</div></div>')
        s.res[f"{path}/index.html"] = s.site_page(f"{name}_{GOV}", s.column_metas(name, "其他"), body)
    s.traps.append(Trap("/wzgl/lxwm/index.html", "无日期的单页，不是过期栏目"))


def _home(s: _Site) -> None:
    def block(col: SiteCol, n: int) -> str:
        rows = "".join(f'<li><a href="{_a(d.url)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span class="date">{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="news_box"><div class="hd"><h3>{col.name}</h3><a class="more" href="{_a(col.url())}">更多&gt;&gt;</a></div>\n'
                f'<!--StartLabelHtml_infoList_{col.cid}h--><ul class="doc_list">{rows}</ul><!--EndLabelHtml_infoList_{col.cid}h--></div>\n')
    gov = _ORGANS[0]
    gk = "".join(f'<li><a href="{_a(s.pcol(gov, n).url())}">{n}</a></li>' for n in ("行政规范性文件", "政策解读", "政府信息公开年报"))
    body = ('<div class="container wza-region_main index" role="main">\n'
            + block(s.scol("霁湖要闻"), 8) + block(s.scol("通知公告"), 6)
            + f'<div class="gk_entry"><h3>政府信息公开</h3><ul>{gk}<li><a href="{_a(gov.home())}">更多</a></li></ul></div>\n'
            + '<div class="links"><a href="' + _a(s.scol("部门动态").url()) + '">部门动态</a> <a href="'
            + _a(s.scol("镇街动态").url()) + f'">镇街动态</a> <a href="{DEAD_COLUMN}">文明创建专题</a></div>\n</div>')
    s.key.append(Expected("broken-links", DEAD_COLUMN, "首页“文明创建专题”链接的栏目已删除（404）", probe="status:404"))
    home = s.site_page(GOV, '<meta name="ColumnName" content="首页">\n<meta name="ColumnType" content="首页">\n', body, "网站首页")
    s.res["/"] = home
    s.res["/index.html"] = home
    s.traps.append(Trap("/index.html", "/index.html 是首页的另一个地址，不是栏目"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 Not Found</title></head>'
             '<body><center><h1>404 Not Found</h1></center><hr><center>nginx</center></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"lonsun offers only the small size, not {size!r}")
    s = _Site()
    jhyw, _ = _site_columns(s)
    _disclosure(s)
    s.render()
    for d, kind, k in s.pending:
        if kind == "key":
            e = s.key[k]
            s.key[k] = Expected(e.family, d.url, e.note, e.match, e.probe, e.url_pattern)
        else:
            s.traps[k] = Trap(d.url, s.traps[k].note)
    interp = s.pcol(_ORGANS[0], "政策解读").docs[0]
    s.traps.append(Trap(interp.url, "解读页的文号单元格只有脚本补写的“号”（fileNum 为空）：解读不是规范性文件，不要求文号"))
    _pages(s)
    _home(s)
    s.res[GOOD_PDF] = Resource(fake_pdf("shenbaobiao"), "application/pdf")
    for img in ("logo.png", "ghs.png"):
        s.res[f"/static/picture/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/static/css/core.min.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/static/js/common.min.js"] = Resource(b"var Ls = Ls || {};", "application/javascript")
    s.res["/_res/images/favicon.ico"] = Resource(tiny_png(), "image/x-icon")
    example = s.pcol(_ORGANS[0], "工作动态").docs[0].url
    s.key.append(Expected("footer", example, "信息公开平台（/public/…）页面的页脚缺公安机关备案号（门户栏目页、文章页有）",
                          probe="footer-lacks:公网安备", url_pattern=PUBLIC))
    s.traps.append(Trap("/", "门户页脚有主办单位、皖ICP备、皖公网安备、网站标识码、党政机关标识和找错"))
    s.key.append(Expected("meta-tags", s.pcol(_ORGANS[0], "行政规范性文件").url(), "信息公开平台的栏目页、目录首页和单页没有栏目元数据标签"
                          "（ColumnName、ColumnType、ColumnDescription、ColumnKeywords），只有站点标签", probe="no-column-tags",
                          url_pattern=PUBLIC_COLUMNS))
    return LonsunSite("lonsun", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset(), script_only=frozenset(s.script_only), extra=s.extra)
