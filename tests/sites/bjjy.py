"""The "bjjy" sample site: a district portal (北京市榆河区人民政府) on the 北京 政府网站集约化平台 — the platform the
首都之窗 districts share (UTF-8; every page under the site's folder `/yhq/`, columns `/yhq/<column>/<list name>.shtml`
where the list's file name is the template's choice (`list.shtml`, `jcdtlist.shtml`, `xxgklist.shtml`; a parent's
`zlmlist.shtml` a page of its children's blocks; a column filed by year one page per year, `zcwj2026.shtml`), later pages `<list name>_2.shtml`, `_3` … written only by a `createPageHTML('page_div', K, i, '<list name>', 'shtml', N)`
script; articles `/yhq/<column>/<yyyymm>/<32 hex>.shtml`; 政策文件 under the 首都之窗 policy header `ol.doc-info` of
bracketed labels `[发文字号]<span>…</span>`).

Why 北京: of the brief's provinces it is the one the library holds WHOLE served pages of a district site on the
platform: mhxqwer/hjhbjft.gov.cn (北京市丰台区人民政府, three stored versions of one article page: head, header menus
naming a dozen real column addresses, trail, article template, footer), beside spider notes naming column and
article addresses of 丰台, 门头沟, 通州 and the municipal policy library's header. 河南/湖北/云南/山西 gave single
addresses or province pages only (the 洪湖 and 洪山 copies are 湖北 TRS article pages, the trsjy family's kin).
No template imitates this scheme: kpy's `c<id>/common_list.shtml` columns are this platform's sibling, but its
articles are `c<id>/c<id>/content.shtml` folders; here articles are `<yyyymm>/<32 hex>.shtml` files and list names vary.

Sources (read with `read_file` / `find_string`, cited as found):
  - 丰台 article (mhxqwer/hjhbjft.gov.cn index.html @ 17cd441b and 7bd21bdc, id 13618277914; one version already in
    tests/model/realpages as bjft-gov-cn_jiedao-news-article_two-jiucuo-codes_regenerated-pubdate.html): metas
    ContentSource, Author, SiteName, SiteDomain, SiteIDCode, ColumnName, ColumnDescription, ColumnKeywords, ColumnType,
    ArticleTitle, PubDate, Keywords, Description; `<title>标题-北京市丰台区人民政府网站</title>`; the header menus
    (`/ftq/zwyw/list_ftb.shtml`, `/ftq/jcdt/zlmlist.shtml`, `/ftq/ftzcwj/zcwj2024.shtml`, `/ftq/ftzcjd/list.shtml`,
    `/ftq/c100032/mlftlist_ftgk.shtml` …); `div.dqlm` naming the column; `div#breadcrumb` of links joined by
    `&nbsp;>&nbsp;`, the column's link wrapping `<span>`; `div.Contitle`; `div.zhaiyao#othermessage > p.fl` holding
    `日期：2024-05-30 10:10 &nbsp;&nbsp; 来源： 六里桥街道`; the share and font-size boxes; body `div.Conzynr#zoom`;
    `div.zw_enclosure` with `<p>附件：</p>` and a hidden `span.fjkzxy` 是, hidden by a script when it holds no link;
    `【关闭页面】` (a `javascript:` link); the friend-link dropdowns; the footer `div.m_foot_txt` with
    `主办：…`, `承办：…`, `政府网站标识码：1101060001`, `京ICP备20013709号-1`, `京公网安备11010602060030号` in spans and the
    same lines again in a `p.working_txt` copy; footer links 网站地图 `/ftq/wzdt/wzdt.shtml` and 法律声明/建议意见 as
    articles `/ftq/wzsm/201811/1629e4a72ac34024bd1e995f62009976.shtml`;
  - article addresses `/ftq/yjgl/202308/a16e2423…cba3.shtml`, `/ftq/ftzcjd/202406/9b5f4e94…2c5f.shtml` (解读),
    `/ftq/ftbmwj/201909/e64a4834…ec45.shtml` (find_string "bjft.gov.cn/ftq/": ids 68341823748, 56835305858,
    56848618899); list addresses `/ftq/c100011/zlmlist.shtml`, `/ftq/czxxgkzl/czxxgk.shtml`, 门头沟
    `/11J000/c100012/xxgklist.shtml`, 通州 `/bjtz/c102935/common_list.shtml` (ids 22393514994, 53500397915);
  - the pager: `createPageHTML('page_div',K,…)` on the platform's `common_list.shtml` columns (a 赣州 spider's
    regex, id 52074959921); this later TRS signature numbers pages from 1, page 2 `<name>_2.shtml`
    (govaudit/crawl/pagination.py cites `createPageHTML('page_div',10, 1,'dezlist','shtml',149)`, page 2
    dezlist_2.shtml: 江苏, 海南, 湖南 sites);
  - the policy header: `ol.doc-info li` whose text starts with `[发布日期]` and whose `span` holds the value, the
    title in `div.header h1 p`, the body `div#mainText div.view` (a playwright spider, id 26481596356); the labels
    and their order `[主题分类] [发文机构] [联合发文单位] [实施日期] [成文日期] [发文字号] [废止日期] [发布日期] [有效性]
    [文件来源]`, 有效性 written 是, unset dates `----` (ids 58763180810, 44774530994, 18584930707).
Guessed, said as such: that a district's 政策文件 use the municipal library's `doc-info` header (seen only on
municipal pages); the list rows (`<li><a …>title</a><span>date</span></li>`) and the empty-list forms; the 政策解读
boxes (`相关政策`/`相关解读`); the 年报 and catalogue pages; every place name, number and wording.

First contact (the tool at 56186cd). The generator's first version had three bugs of its own, fixed before any tool
change: its pager numbered later pages from 0 (`list_1.shtml`, the csrc `common_list_1` inference) where the attested
signature numbers from 1, so the tool fetched `list_2.shtml` (a 404) and 99/115 pages; its home footer lacked the
党政机关 badge and the 找错 script the real 丰台 footer shows; and the site published no 规范性文件清理结果 and no
法定主动公开内容 entry (true findings the key had not planted). The key also first missed that the doc-info header has
no 索引号, which the rule requires (as pboot's and sxjy's keys read their missing rows): added. Then, tool unchanged:
118/118 pages (125 requests), 合格 70.5, no veto, every family 1.00/1.00 as the harness scores — but rule by rule
normative-doc-validity failed all 8 规范性文件, 7 of them falsely: `[有效性]<span>是</span>` (the 首都之窗 answer, "valid:
yes") is no term of the rule's vocabulary. The harness cannot see it: the same documents carry true normative-metadata
findings (no 索引号) and it scores a family per page. Fixed: a yes/no 有效性 is the mark it states (metadata).
Then the 政策文件 column was filed by year as 丰台's is (`zcwj2026.shtml`, `zcwj2025.shtml`, `zcwj2024.shtml`, year tabs
linking them) and 基层动态 made a block page over two child columns (the 4-step trail of the real article): on the
tool of that commit 134/134 pages, 141 requests, stale-columns precision 0.33 — each year's page a column of its own,
2025 and 2024 false stale 通知 columns. Fixed: a list's other years, linked by year tabs at its address with another
year and naming the same column, are pages of it (pagerlinks.fold_year_pages).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
DISTRICT = "榆河区"
GOV = "北京市榆河区人民政府"
SITE = f"{GOV}网站"
SITE_CODE = "1101190003"
ICP = "京ICP备20016428号-1"
PSB = "11011902000317"
HTML = "text/html; charset=utf-8"
ROOT = "/yhq/"


@dataclass
class Doc:
    key: int
    title: str
    when: date  # 发布日期
    body: str = ""
    source: str = f"{GOV}办公室"
    meta: dict[str, str] | None = None  # the doc-info header (label → value; "" = empty)
    links: str = ""  # the 相关政策 / 相关解读 box under the body

    @property
    def name(self) -> str:
        return hashlib.md5(f"bjjy-{self.key}".encode()).hexdigest()


@dataclass
class Col:
    name: str
    slug: str  # the column's folder under /yhq/
    listing: str = "list"  # the list's file name (without .shtml)
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 20
    kind: str = "news"  # news | zcwj
    xxgk: bool = False
    empty: str = ""  # how an empty list shows: "" (an empty <ul>) or a notice
    years: tuple[int, ...] = ()  # a list split by year (丰台's `zcwj2024.shtml`): one page per year, newest first
    parent: tuple[str, str] | None = None  # a parent column the trail names between the channel and this one

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self) -> str:
        return f"{ROOT}{self.slug}/{self.listing}{self.years[0] if self.years else ''}.shtml"

    def year_url(self, year: int) -> str:
        return f"{ROOT}{self.slug}/{self.listing}{year}.shtml"

    def page_url(self, n: int) -> str:
        return self.url() if n == 1 else f"{ROOT}{self.slug}/{self.listing}_{n}.shtml"

    def doc_url(self, d: Doc) -> str:
        return f"{ROOT}{self.slug}/{d.when:%Y%m}/{d.name}.shtml"


def _head(title: str, col: Col | None, d: Doc | None, column_desc: bool = True) -> str:
    tags = (f'<meta name="SiteName" content="{SITE}"/>\n<meta name="SiteDomain" content="http://www.bjyh.gov.cn"/>\n'
            f'<meta name="SiteIDCode" content="{SITE_CODE}"/>\n')
    if col:
        tags += f'<meta name="ColumnName" content="{escape(col.name)}" />\n'
        if column_desc:
            tags += (f'<meta name="ColumnDescription" content="{DISTRICT}{escape(col.name)}"/>\n'
                     f'<meta name="ColumnKeywords" content="{escape(col.name)}"/>\n')
        tags += f'<meta name="ColumnType" content="{"政务公开" if col.xxgk else "工作动态"}"/>\n'
    if d:
        tags = (f"<meta name=\"ContentSource\" content='{escape(d.source)}' />\n<meta name=\"Author\" content='{DISTRICT}'/>\n"
                + tags + f'<meta name="ArticleTitle" content="{escape(d.title)}"/>\n'
                f'<meta name="PubDate" content="{d.when:%Y-%m-%d} {9 + d.key % 8:02d}:{d.key * 7 % 60:02d}:31"/>\n'
                f'<meta name="Keywords" content="{escape(d.title)},"/>\n<meta name="Description" content="{escape(d.title)}"/>\n')
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n    <meta charset="UTF-8">\n'
            '    <meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '    <link href="/yhq/static/css/publicx.css" rel="stylesheet" type="text/css"/>\n'
            '    <script src="/yhq/static/js/jquery-1.11.1.min.js"></script>\n'
            f'{tags}<title>{escape(title)}-{SITE}</title>\n</head>\n')


_MENUS = (("新闻动态", "xwdt/xwzx.shtml"), ("政务公开", "xxfb/zwxx.shtml"), ("政民互动", "hdjl/hdjl.shtml"))


def _header() -> str:
    items = "".join(f'\n\t\t<li>\n\t\t\t<a href="{ROOT}{u}" rel="{ROOT}{u}" class="" target="_parent">{n}</a>\n\t\t</li>'
                    for n, u in _MENUS)
    return ('<div class="bgimg">\n<div class="secTopBox">\n\t<div class="wrap">\n'
            f'\t\t<a href="{ROOT}index.shtml" class="logo_hd" target="_parent"><img src="/yhq/static/picture/logo_bjyh.png"></a>\n'
            '\t\t<form action="" class="searchBox layui-form"><input type="text" class="searchTxt" placeholder="请输入您要搜索的内容" name="qt">'
            f'<input type="hidden" name="siteCode" value="{SITE_CODE}"></form>\n'
            '\t\t<a href="http://www.beijing.gov.cn/" class="logo_bj" target="_blank"><img src="/yhq/static/picture/logo_beijing.png"></a>\n'
            '\t\t<div class="topLinks"><ul><li><a href="http://www.beijing.gov.cn/hudong/yonghu" target="_blank">登录个人中心</a></li>'
            '<li class="pc"><a href="javascript:;" id="cniil_wza" onclick="aria.start()">无障碍</a></li>'
            '<li class="versionBox"><a href="javascript:zh_tran(\'s\');">简体</a></li></ul></div>\n\t</div>\n</div>\n'
            f'<div class="secTopNavBox">\n\t<ul class="secTopNav">{items}\n\t</ul>\n</div>\n')


def _footer(psb: bool) -> str:
    # The 政策文件 template's footer drops the 公安备案 line (a planted defect on every 政策文件 page).
    police = f'\n\t\t\t\t\t\t<span>京公网安备{PSB}号</span>' if psb else ""
    police2 = f'<br />京公网安备{PSB}号' if psb else ""
    return ('<div class="friendship-links">\n\t<div class="w1200">\n\t\t<div class="dropdown m-hide">\n'
            '\t\t\t<button type="button" class="btn">中国政府网及国务院部门网站<span class="caret"></span></button>\n'
            '\t\t\t<ul class="dropdown-menu" style="display: none;"><li><a href="http://www.gov.cn/" target="_blank" title="中国政府网">中国政府网</a></li>'
            '<li><a href="http://www.moe.gov.cn/" target="_blank" title="教育部">教育部</a></li></ul>\n\t\t</div>\n\t</div>\n</div>\n'
            '<div class="g_foot_box">\n\t<div class="m_foot_box">\n\t\t<div class="m_foot f_clear" style="width:1200px;">\n'
            '\t\t\t<div class="m_organization">\n\t\t\t\t  <a href="https://bszs.conac.cn/sitename?method=show&id=0A6D5E3F21B4C7D8E053012819AC6F5A"'
            ' target="_blank" >\n\t\t\t\t  <img src="/yhq/static/picture/yhdjg.png" >\n\t\t\t\t  </a>\n'
            '\t\t\t\t  <!-- 我为网站找错正常显示开始 -->\n'
            f'                        <script id="_jiucuo_" sitecode="{SITE_CODE}" src="/yhq/static/js/jiucuo.js"></script>\n'
            '\t\t\t\t  <!-- 我为网站找错正常显示结束 -->\n\t\t\t</div>\n'
            '\t\t\t<ul class="m_foot_info">\n\t\t\t\t<li class="m_info1">\n'
            f'\t\t\t\t\t<a href="{ROOT}wzdt/wzdt.shtml"  target="_blank">网站地图</a>\n'
            f'\t\t\t\t\t<a href="{ROOT}wzsm/201811/{hashlib.md5(b"wzsm").hexdigest()}.shtml" target="_blank" title="法律声明">法律声明</a>\n'
            '\t\t\t\t</li>\n\t\t\t\t<li class="m_info2"><p>地址：北京市榆河区府前街8号</p><p>政务服务热线：12345</p></li>\n'
            '\t\t\t</ul>\n\t\t</div>\n\t</div>\n</div>\n'
            '<div class="m_foot_txt">\n\t<div class="foot_txt" style="width: 1200px;font-size: 13px;">\n\t\t<section>\n'
            f'\t\t\t\t\t\t<span>主办：{GOV}办公室&ensp;</span>\n\t\t\t\t\t\t<span>承办：{GOV}政务服务和数据管理局&ensp;</span>\n'
            f'\t\t\t\t\t\t<span>政府网站标识码：{SITE_CODE}&ensp;</span>\n'
            f'\t\t\t\t\t\t<span><a style="font-size: 13px;" href="https://beian.miit.gov.cn/#/Integrated/recordQuery">{ICP}</a>&ensp;</span>'
            f'{police}\n\t\t</section>\n\t</div>\n'
            f'\t<p class="working_txt"> 主办：{GOV}办公室 <br />   承办：{GOV}政务服务和数据管理局   <br /> 网站标识码:{SITE_CODE}  '
            f'<a href="https://beian.miit.gov.cn/#/Integrated/recordQuery">{ICP[:-2]}</a>  {police2}</p>\n</div>\n'
            '<script src="/yhq/static/js/public.js"></script>\n</div>\n')


def _paras(*texts: str) -> str:
    return "".join(f'<p align="justify" style="text-indent: 2em;">{t}</p>' for t in texts)


def _trail(*steps: tuple[str, str]) -> str:
    links = [f"<a href='{ROOT}index.shtml'  target=\"_blank\">首页</a>"]
    for i, (name, url) in enumerate(steps):
        inner = f"<span>{name}</span>" if i == len(steps) - 1 else name
        links.append(f"<a href='{url}'  target=\"_blank\">{inner}</a>")
    return '    <div id="breadcrumb">\n' + "&nbsp;>&nbsp;".join(links) + "\n</div>\n"


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
        html = f'{head}<body>\n{_header()}{body}{_footer(psb)}</body>\n</html>\n'
        return Resource(html.encode("utf-8"), HTML)

    def channel(self, col: Col) -> tuple[str, str]:
        return ("政务公开", f"{ROOT}xxfb/zwxx.shtml") if col.xxgk else ("新闻动态", f"{ROOT}xwdt/xwzx.shtml")

    def rows(self, col: Col, docs: list[Doc]) -> str:
        if not docs:
            inner = f'<li class="no-data">{col.empty}</li>' if col.empty else ""
            return f'<ul class="list">{inner}</ul>\n'
        if col.kind == "zcwj":
            return '<ul class="zcwj-list">' + "".join(
                f'\n<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                f'<p><span>{escape((d.meta or {}).get("发文字号", ""))}</span><span class="fr">{d.when:%Y-%m-%d}</span></p></li>'
                for d in docs) + "\n</ul>\n"
        return '<ul class="list">' + "".join(
            f'\n<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
            f'<span>{d.when:%Y-%m-%d}</span></li>' for d in docs) + "\n</ul>\n"

    def pager(self, col: Col, n: int, year: int | None = None) -> str:
        if year is not None:
            rows = sum(1 for d in col.docs if d.when.year == year)
            return ('<div id="page_div" class="page"></div>\n<script type="text/javascript">\n'
                    f"  createPageHTML('page_div',1,1,'{col.listing}{year}','shtml',{rows});\n</script>\n")
        return ('<div id="page_div" class="page"></div>\n<script type="text/javascript">\n'
                f"  createPageHTML('page_div',{col.pages},{n},'{col.listing}','shtml',{len(col.docs)});\n</script>\n")

    def side(self, col: Col) -> str:
        on = ' class="on"'
        items = "".join(f'<li{on if c is col else ""}><a href="{c.url()}" target="_parent">{c.name}</a></li>'
                        for c in self.cols if c.xxgk == col.xxgk and c.parent is None)
        return f'<div class="leftNav"><div class="lnTit">{self.channel(col)[0]}</div><ul>{items}</ul></div>\n'

    def trail(self, col: Col) -> str:
        return _trail(self.channel(col), *((col.parent,) if col.parent else ()), (col.name, col.url()))

    def list_page(self, col: Col, n: int, year: int | None = None) -> Resource:
        if year is None:
            docs, tabs = col.docs[(n - 1) * col.per_page: n * col.per_page], ""
        else:
            docs = [d for d in col.docs if d.when.year == year]
            on = ' class="on"'
            tabs = ('<div class="year-tab"><ul>' + "".join(f'<li{on if y == year else ""}><a href="{col.year_url(y)}">{y}年</a></li>'
                                                          for y in col.years) + '</ul></div>\n')
        body = (f'<div class="dqlm">{col.name}</div>\n<div class="w1000 bgfff mt41">\n{self.trail(col)}'
                f'    <div class="listCon">\n{self.side(col)}<div class="listRight"><div class="lrTit">{col.name}</div>\n'
                f'{tabs}{self.rows(col, docs)}{self.pager(col, n, year)}</div>\n    </div>\n</div>\n')
        return self.page(_head(col.name, col, None, column_desc=False), body)

    def doc_info(self, meta: dict[str, str]) -> str:
        items = "".join(f'<li class="col-md-{8 if i % 2 == 0 else 4}">[{label}]<span>{escape(value)}</span></li>'
                        for i, (label, value) in enumerate(meta.items()))
        return f'<ol class="doc-info clearfix">{items}</ol>\n'

    def article(self, col: Col, d: Doc) -> Resource:
        trail = self.trail(col)
        if d.meta is not None:
            body = (f'<div class="dqlm">{col.name}</div>\n<div class="w1000 bgfff mt41">\n{trail}'
                    f'    <div class="zcwj-detail">\n<div class="header"><h1><p>{escape(d.title)}</p></h1>\n{self.doc_info(d.meta)}</div>\n'
                    f'<div id="mainText"><div class="view TRS_UEDITOR trs_paper_default">{d.body}</div></div>\n{d.links}'
                    '<div class="gbym"><a href="javascript:window.opener=null;window.open(\'\',\'_self\');window.close();">【关闭页面】</a></div>\n'
                    '    </div>\n</div>\n')
            return self.page(_head(d.title, col, d), body, psb=False)
        body = (f'<div class="dqlm">{col.name}</div>\n<div class="w1000 bgfff mt41">\n{trail}'
                f'    <div class="listCon">\n        <div class="conTent">\n            <div class="Contitle">{escape(d.title)}</div>\n'
                f'            <div class="zhaiyao" id="othermessage">\n                <p class="fl">日期：{d.when:%Y-%m-%d} '
                f'{9 + d.key % 8:02d}:{d.key * 7 % 60:02d}\n                &nbsp;&nbsp;\n                来源： {escape(d.source)}\n'
                '                </p>\n<div id="share" class="fr"><b>分享到：</b><a id="wechat"><i></i></a><a id="weibo"><i></i></a></div>\n'
                '                <div class="zyLbtn"><dl class="fr" id="fontSize">字体：<a href=\'javascript:changeSize(18)\' >大</a>&nbsp;&nbsp;'
                '<a href=\'javascript:changeSize(16)\' class="on">中</a>&nbsp;&nbsp;<a href=\'javascript:changeSize(14)\' >小</a></dl></div>\n'
                '            </div>\n            <div class="repeatX"></div>\n'
                f'            <div class="Conzynr" id="zoom">\n{d.body}\n            </div>\n'
                '            <div class="zw_enclosure">\n                <p>附件：</p>\n'
                '                <span class="fjkzxy" style="display: none;">\n                    是\n                </span>\n'
                f'{d.links}            </div>\n'
                '            <div class="gbym"><a href="javascript:window.opener=null;window.open(\'\',\'_self\');window.close();">【关闭页面】</a></div>\n'
                '        </div>\n    </div>\n</div>\n'
                "<script>$(function(){ if($('.zw_enclosure a').length==0){ $('.zw_enclosure').hide(); } });</script>\n")
        return self.page(_head(d.title, col, d), body)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.key), reverse=True)
            for year in col.years:
                self.res[col.year_url(year)] = self.list_page(col, 1, year)
            for n in range(1, 0 if col.years else col.pages + 1):
                self.res[col.page_url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.page_url(n), LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)


_WORK = ("会议要求，各街道（乡镇）、区各部门要提高政治站位，压实工作责任，细化工作措施，加强督促检查，"
         "确保各项任务按时保质完成，切实解决群众急难愁盼问题。")
_NEWS = ("召开区委常委会会议", "召开区政府常务会议", "开展重点项目集中开工活动", "召开接诉即办工作推进会", "推进老旧小区综合整治",
         "召开安全生产工作会议", "开展防汛应急演练", "召开优化营商环境工作推进会", "举办社区邻里文化节", "开展背街小巷环境整治")
_JZ = ("榆河街道", "北苑街道", "南湖镇", "长青镇")
_BM = ("区教委", "区卫生健康委", "区城市管理委", "区市场监管局")
JCDT = ("基层动态", f"{ROOT}jcdt/zlmlist.shtml")  # 丰台's 基层动态 `/ftq/jcdt/zlmlist.shtml`: a page of its child columns' blocks


def _att(col: Col, when: date, tag: str) -> str:
    return f"{ROOT}{col.slug}/{when:%Y%m}/P0{when:%Y%m%d}{hashlib.md5(tag.encode()).hexdigest()[:9]}.pdf"


def _news(s: _Site) -> None:
    yhyw = Col("榆河要闻", "yhyw", listing="list")
    for i in range(30):
        yhyw.docs.append(s.doc(f"{DISTRICT}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                               _paras(f"近日，{DISTRICT}{_NEWS[i % 10]}。区领导出席并讲话，各街道（乡镇）、区各部门主要负责人参加。", _WORK),
                               source=f"{DISTRICT}融媒体中心"))
    s.traps.append(Trap(yhyw.url(), "榆河要闻最新 2026-11-18：不是过期栏目；第 2 页 list_2.shtml 只由 createPageHTML 脚本写出"))
    jzdt = Col("街镇动态", "jzdt", listing="jcdtlist", parent=JCDT)
    for i in range(12):
        jzdt.docs.append(s.doc(f"{_JZ[i % 4]}{_NEWS[(i + 3) % 10]}", AS_OF - timedelta(days=5 + i * 9), _paras(_WORK),
                               source=_JZ[i % 4]))
    s.traps.append(Trap(jzdt.doc_url(jzdt.docs[0]), "文章页隐藏的附件框（span.fjkzxy“是”，脚本在没有附件时隐藏整个框）、【关闭页面】不是缺陷"))
    bmdt = Col("部门动态", "bmdt", listing="jcdtlist", parent=JCDT)
    for i in range(8):
        bmdt.docs.append(s.doc(f"{_BM[i % 4]}{_NEWS[(i + 5) % 10]}", AS_OF - timedelta(days=4 + i * 11), _paras(_WORK),
                               source=_BM[i % 4]))
    tzgg = Col("通知公告", "tzgg", listing="list", per_page=12)
    topics = ("做好冬季供暖保障", "城乡居民医保参保缴费", "开展燃气安全隐患排查", "做好冬春季森林防火")
    for i in range(16):
        tzgg.docs.append(s.doc(f"关于{topics[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=6 + i * 12),
                               _paras("各街道办事处、乡镇人民政府，区政府各委、办、局：", _WORK, f"{GOV}办公室")))
    broken = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202610")
    bad = _att(tzgg, broken.when, "broken")
    broken.links = f'<a href="{bad}" target="_blank">报名登记表.pdf</a>\n'
    s.key.append(Expected("broken-links", bad, "通知附件 404", probe="status:404"))
    good = next(d for d in tzgg.docs if d.when.strftime("%Y%m") == "202609")
    ok = _att(tzgg, good.when, "good")
    good.links = f'<a href="{ok}" target="_blank">实施方案.pdf</a>\n'
    s.res[ok] = Resource(fake_pdf("fangan"), "application/pdf")
    tzgg.docs.append(s.doc(f"{GOV}办公室关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件12件，宣布失效3件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14：不是过期栏目"))
    s.cols += [yhyw, jzdt, bmdt, tzgg]


# Policy documents: (subject, defect) — defect in "", "missing", "late", "unlinked", "no-validity", "no-number"
_NORMATIVE = (("城乡居民最低生活保障审核确认", ""), ("老旧小区综合整治", "missing"), ("街区更新风貌管控", "late"),
              ("中小微企业纾困资金管理", "unlinked"), ("区级储备粮管理", "no-validity"), ("居住区公共停车管理", "no-number"),
              ("农村公路养护管理", ""))


# The 首都之窗 doc-info header has no 索引号 row (the label lists of the sources), which the rule requires of every 规范性文件.
_NO_INDEX = "规范性文件没有索引号（doc-info 头不设索引号一项）"


def _meta(organ: str, number: str, when: date, written: date, kind: str, validity: str = "是") -> dict[str, str]:
    return {"主题分类": kind, "发文机构": organ, "联合发文单位": "", "实施日期": "----", "成文日期": f"{written:%Y-%m-%d}",
            "发文字号": number, "废止日期": "----", "发布日期": f"{when:%Y-%m-%d}", "有效性": validity, "文件来源": "区政府文件"}


def _disclosure(s: _Site) -> None:
    gfx = Col("行政规范性文件", "gfxwj", listing="xxgklist", kind="zcwj", xxgk=True)
    zcwj = Col("政策文件", "yhzcwj", listing="zcwj", kind="zcwj", xxgk=True, years=(2026, 2025, 2024))
    zcjd = Col("政策解读", "yhzcjd", listing="list", xxgk=True)
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=33 * k)
        short = f"{DISTRICT}{subject}办法"
        number = f"京榆政发〔{when.year}〕{19 - k}号"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        written = when - timedelta(days=4)
        d.body = (f'<p style="text-align:center">{number}</p>'
                  + _paras("各街道办事处、乡镇人民政府，区政府各委、办、局：", f"现将《{short}》印发给你们，请认真贯彻执行。")
                  + f'<p style="text-align:right">{GOV}</p><p style="text-align:right">{written.year}年{written.month}月{written.day}日</p>'
                  + _paras(f"第一条　为规范本区{subject}工作，根据有关法律法规，结合本区实际，制定本办法。",
                           "第二条　本办法自印发之日起施行，有效期五年。"))
        d.meta = _meta(GOV, number, when, written, "城乡建设、环境保护/其他")
        url = gfx.doc_url(d)
        if defect == "no-validity":
            d.meta["有效性"] = ""
            s.key.append(Expected("normative-metadata", url, "规范性文件的有效性一项为空（也没有索引号）", probe="meta-missing:有效性"))
        elif defect == "no-number":
            d.meta["发文字号"] = ""
            d.body = d.body.replace(f'<p style="text-align:center">{number}</p>', "", 1)
            s.key.append(Expected("normative-metadata", url, "规范性文件的发文字号一项为空（正文也没有文号；也没有索引号）",
                                  probe="meta-missing:发文字号"))
        else:
            s.key.append(Expected("normative-metadata", url, _NO_INDEX, probe="meta-missing:索引号"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读", when + timedelta(days=lag),
                  _paras(f"一、出台背景　为规范本区{subject}工作，区人民政府制定了《{short}》。",
                         "二、主要内容　《办法》共五章二十条，明确了适用范围、职责分工和施行日期。", "三、解读机关　区司法局。"))
        if defect != "unlinked":
            i.links = (f'<div class="xgzc"><span class="tit">相关政策：</span><ul><li><a href="{url}" target="_blank">'
                       f'{escape(d.title)}</a></li></ul></div>\n')
            d.links = (f'<div class="xgjd"><span class="tit">相关解读：</span><ul><li><a href="{zcjd.doc_url(i)}" target="_blank">'
                       f'{escape(i.title)}</a></li></ul></div>\n')
            if defect != "late":
                s.traps.append(Trap(url, f"文件和解读互相链接，解读与文件同日或晚{lag}天发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        zcjd.docs.append(i)
    s.traps.append(Trap(gfx.doc_url(gfx.docs[0]), "doc-info 里的实施日期、废止日期写“----”，联合发文单位为空，有效性写“是”：都不是缺陷"))
    old = s.doc(f"{GOV}关于印发《{DISTRICT}农村宅基地管理暂行办法》的通知", date(2017, 6, 12))
    old.meta = _meta(GOV, "京榆政发〔2017〕12号", old.when, old.when - timedelta(days=5), "城乡建设、环境保护/其他")
    old.body = _paras("京榆政发〔2017〕12号", "各乡镇人民政府，区政府各委、办、局：", f"现将《{DISTRICT}农村宅基地管理暂行办法》印发给你们，请认真贯彻执行。")
    gfx.docs.append(old)
    s.key.append(Expected("normative-metadata", gfx.doc_url(old), _NO_INDEX, probe="meta-missing:索引号"))
    s.traps.append(Trap(gfx.doc_url(old), "2017 年的规范性文件，早于解读要求的起算日（2018-01-01）：没有解读不是缺陷"))
    others = (("京榆政任", "关于刘建华等同志职务任免的通知"), ("京榆政函", "关于同意设立榆河区南湖第三小学的批复"),
              ("京榆政办发", "关于成立榆河区接诉即办工作领导小组的通知"))
    for i, (series, title) in enumerate(others):
        when = date(2026, 11, 6) - timedelta(days=i * 31)
        number = f"{series}〔{when.year}〕{40 - i * 3}号"
        d = s.doc(f"{GOV}{title}", when, _paras(number, "区政府各委、办、局：" if "批复" not in title else "区教委：",
                                                "经区政府研究，决定如下。" if "批复" not in title else "你委报来的请示收悉。经研究，同意所请。", GOV))
        d.meta = _meta(GOV, number, when, when - timedelta(days=3), "综合政务/其他")
        zcwj.docs.append(d)
        s.traps.append(Trap(zcwj.doc_url(d), "任免通知、批复和成立领导小组的通知不是政策性文件，不要求解读"))
    for when, series, title in ((date(2025, 12, 18), "京榆政任", "关于王晓燕等同志职务任免的通知"),
                                (date(2025, 7, 9), "京榆政函", "关于同意调整榆河新城南区控制性详细规划的批复"),
                                (date(2024, 12, 10), "京榆政函", "关于同意设立榆河区长青镇综合文化中心的批复"),
                                (date(2024, 9, 2), "京榆政任", "关于李卫东等同志职务任免的通知")):
        number = f"{series}〔{when.year}〕{when.month + 20}号"
        d = s.doc(f"{GOV}{title}", when, _paras(number, "经区政府研究，决定如下。" if "任免" in title else "经研究，同意所请。", GOV))
        d.meta = _meta(GOV, number, when, when - timedelta(days=3), "综合政务/其他")
        zcwj.docs.append(d)
    s.traps.append(Trap(zcwj.year_url(2025), "政策文件按年份分页（zcwj2026/2025/2024.shtml，年份标签互链）：2025 年页是同一栏目，不是单独栏目"))
    s.traps.append(Trap(zcwj.year_url(2024), "2024 年页最新 2024-12-10 是年份归档，不是过期栏目；栏目最新 2026-11-06"))

    czyjs = Col("财政预决算", "czxxgk", listing="czxxgk", xxgk=True)
    for n in range(6):
        year = 2025 - n // 2
        czyjs.docs.append(s.doc(f"{DISTRICT}{year}年{'财政预算' if n % 2 == 0 else '财政决算'}公开",
                                date(2025, 8, 20) - timedelta(days=170 * n),
                                _paras("根据《中华人民共和国预算法》有关规定，现将本区预决算情况公开如下。", _WORK), source="区财政局"))
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))
    rsxx = Col("人事信息", "rsxx", listing="xxgklist", xxgk=True)
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（空的 <ul>，翻页脚本写 createPageHTML('page_div',1,1,…,0)）",
                          probe="no-rows"))
    zdxm = Col("重大建设项目", "zdxm", listing="xxgklist", xxgk=True, empty="暂无数据")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大建设项目栏目列表为空（只有“暂无数据”）", probe="no-rows"))
    jgxx = Col("机构信息", "jgxx", listing="list", xxgk=True)
    for i, (name, text) in enumerate((("区人民政府主要职责", "执行区人民代表大会及其常务委员会的决议。"),
                                      ("区人民政府领导分工", "区长主持区人民政府全面工作。"),
                                      ("区政府工作部门设置", "区人民政府设置工作部门26个。"))):
        jgxx.docs.append(s.doc(name, date(2026, 3, 12) - timedelta(days=i), _paras(text)))

    ndbg = Col("政府信息公开年报", "c100086", listing="xxgklist", xxgk=True)
    reports = ((GOV, {2025: date(2026, 3, 26), 2024: date(2025, 3, 21), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31),
                      2021: date(2022, 3, 18)}),
               ("北京市榆河区教育委员会", {2025: date(2026, 1, 22), 2023: date(2024, 1, 30), 2022: date(2023, 1, 16),
                                   2021: date(2022, 1, 25)}))
    for organ, published in reports:
        for year, when in published.items():
            d = s.doc(f"{organ}{year}年政府信息公开工作年度报告", when, report_body(organ, year, year % 5 + len(organ)), source=organ)
            ndbg.docs.append(d)
            if organ == GOV and year == 2023:
                s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                      match=(DISTRICT, "2023"), probe="late:2024-03-31"))
            elif organ == GOV and year == 2022:
                s.traps.append(Trap(ndbg.doc_url(d), "区政府 2022 年度报告在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少北京市榆河区教育委员会 2024 年政府信息公开工作年度报告",
                          match=("教育委员会", "2024"), probe="no-report:北京市榆河区教育委员会2024"))
    zn = Col("政府信息公开指南", "zfxxgkzn", listing="list", xxgk=True)
    zn.docs.append(s.doc(f"{GOV}政府信息公开指南", date(2026, 2, 10), _paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南并实时更新。",
        "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年2月10日起施行。")))
    zd = Col("政府信息公开制度", "zfxxgkzd", listing="list", xxgk=True)
    zd.docs.append(s.doc(f"{GOV}政府信息公开保密审查制度", date(2025, 12, 3),
                         _paras("本区建立了政府信息公开保密审查、依申请公开办理、政策解读、考核评议等制度。")))
    s.cols += [zn, zd, jgxx, gfx, zcwj, zcjd, czyjs, rsxx, zdxm, ndbg]


def _single(s: _Site, name: str, url: str, text: str) -> None:
    body = (f'<div class="dqlm">{name}</div>\n<div class="w1000 bgfff mt41">\n{_trail((name, url))}'
            f'    <div class="listCon"><div class="single">{text}</div></div>\n</div>\n')
    s.res[url] = s.page(_head(name, None, None), body)


def _pages(s: _Site) -> None:
    wzsm = f"{ROOT}wzsm/201811/{hashlib.md5(b'wzsm').hexdigest()}.shtml"
    _single(s, "法律声明", wzsm, _paras(f"{SITE}所载内容的版权属于{GOV}，未经许可不得转载。"))
    s.traps.append(Trap(wzsm, "页脚的法律声明是 2018 年的单页（文章地址），不是栏目"))
    sitemap = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols)
    _single(s, "网站地图", f"{ROOT}wzdt/wzdt.shtml", f'<ul class="sitemap">{sitemap}</ul>')
    s.traps.append(Trap(f"{ROOT}wzdt/wzdt.shtml", "网站地图是导航页，不是栏目"))
    _single(s, "政民互动", f"{ROOT}hdjl/hdjl.shtml",
            _paras('区长信箱、咨询投诉请登录<a href="http://www.beijing.gov.cn/hudong/">首都之窗政民互动平台</a>。'))
    s.traps.append(Trap(f"{ROOT}hdjl/hdjl.shtml", "无日期的单页，不是过期栏目"))
    catalogue = "".join(f'<li><a href="{c.url()}" target="_parent">{c.name}</a></li>'
                        for c in s.cols if c.xxgk and not c.slug.startswith("zfxxgk"))
    s.res[f"{ROOT}fdzdgknr/index.shtml"] = s.page(_head("法定主动公开内容", None, None), (
        f'<div class="dqlm">法定主动公开内容</div>\n<div class="w1000 bgfff mt41">\n'
        f'{_trail(("政务公开", f"{ROOT}xxfb/zwxx.shtml"), ("法定主动公开内容", f"{ROOT}fdzdgknr/index.shtml"))}'
        f'    <div class="gkml"><ul>{catalogue}</ul></div>\n</div>\n'))
    s.traps.append(Trap(f"{ROOT}fdzdgknr/index.shtml", "法定主动公开内容只是目录，不是栏目"))
    links = "".join(f'<li><a href="{c.url()}" target="_parent">{c.name}</a></li>' for c in s.cols
                    if c.xxgk and c.slug.startswith("zfxxgk")) + f'<li><a href="{ROOT}fdzdgknr/index.shtml" target="_parent">法定主动公开内容</a></li>'
    s.res[f"{ROOT}xxfb/zwxx.shtml"] = s.page(_head("政务公开", None, None), (
        f'<div class="dqlm">政务公开</div>\n<div class="w1000 bgfff mt41">\n{_trail(("政务公开", f"{ROOT}xxfb/zwxx.shtml"))}'
        f'    <div class="zwgk-nav"><ul>{links}<li><a href="https://www.beijing.gov.cn/gongkai/ysqgk/" target="_blank">依申请公开</a></li>'
        '</ul></div>\n</div>\n'))
    s.traps.append(Trap(f"{ROOT}xxfb/zwxx.shtml", "政务公开首页只是目录，不是栏目"))
    blocks = "".join(
        f'<div class="xwzx-box"><div class="xwzx-hd"><span>{c.name}</span><a href="{c.url()}" class="more">更多&gt;&gt;</a></div><ul>'
        + "".join(f'<li><a href="{c.doc_url(d)}" title="{escape(d.title)}" target="_blank">{escape(d.title)}</a>'
                  f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:6]) + "</ul></div>" for c in s.cols if not c.xxgk)
    s.res[f"{ROOT}xwdt/xwzx.shtml"] = s.page(_head("新闻动态", None, None), (
        f'<div class="dqlm">新闻动态</div>\n<div class="w1000 bgfff mt41">\n{_trail(("新闻动态", f"{ROOT}xwdt/xwzx.shtml"))}'
        f'    <div class="xwzx">{blocks}</div>\n</div>\n'))
    s.traps.append(Trap(f"{ROOT}xwdt/xwzx.shtml", "新闻动态是各栏目区块（日期只写月-日）和“更多”链接的频道页，不是栏目"))
    children = "".join(
        f'<div class="zlm-box"><div class="zlm-hd"><span>{c.name}</span><a href="{c.url()}" class="more" target="_parent">更多</a></div><ul>'
        + "".join(f'<li><a href="{c.doc_url(d)}" title="{escape(d.title)}" target="_blank">{escape(d.title)}</a>'
                  f'<span>{d.when:%Y-%m-%d}</span></li>' for d in c.docs[:5]) + "</ul></div>" for c in s.cols if c.parent == JCDT)
    s.res[JCDT[1]] = s.page(_head(JCDT[0], None, None), (
        f'<div class="dqlm">{JCDT[0]}</div>\n<div class="w1000 bgfff mt41">\n{_trail(("新闻动态", f"{ROOT}xwdt/xwzx.shtml"), JCDT)}'
        f'    <div class="zlm">{children}</div>\n</div>\n'))
    s.traps.append(Trap(JCDT[1], "基层动态（zlmlist.shtml）是子栏目街镇动态、部门动态各 5 条的区块页，不是栏目"))


def _home(s: _Site) -> Resource:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="i-box"><div class="i-box-hd"><h3>{col.name}</h3>'
                f'<a href="{col.url()}" class="more" target="_blank">更多</a></div><ul>{rows}</ul></div>')
    cols = [s.col(n) for n in ("榆河要闻", "通知公告", "政策文件", "政策解读")]
    body = ('<div class="i-banner"><img src="/yhq/static/images/banner.jpg" alt="魅力榆河" /></div>\n<div class="w1200">'
            + "".join(block(c, 7) for c in cols)
            + f'\n<div class="i-links"><a href="{s.col("政府信息公开年报").url()}">政府信息公开年报</a>'
            f'<a href="{ROOT}xxfb/zwxx.shtml">政务公开</a></div></div>\n')
    return s.page(_head(DISTRICT, None, None), body)


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="error"><p>您访问的页面不存在或已删除！</p><a href="/yhq/index.shtml">返回首页</a></div></body></html>')

# The platform's pager: createPageHTML(div, count, current (1-based), name, ext, records) writes the links into #div.
_PAGER_JS = """function createPageHTML(div, count, cur, name, ext, total) {
  var el = document.getElementById(div), html = '';
  function url(i) { return i == 1 ? name + '.' + ext : name + '_' + i + '.' + ext; }
  if (count <= 1) { el.innerHTML = '<span>共' + total + '条</span>'; return; }
  html += '<a href="' + url(1) + '">首页</a>';
  if (cur > 1) html += '<a href="' + url(cur - 1) + '">上一页</a>';
  for (var i = 1; i <= count; i++) html += i == cur ? '<span class="cur">' + i + '</span>' : '<a href="' + url(i) + '">' + i + '</a>';
  if (cur < count) html += '<a href="' + url(cur + 1) + '">下一页</a>';
  html += '<a href="' + url(count) + '">尾页</a><span>共' + total + '条</span>';
  el.innerHTML = html;
}
"""


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"bjjy offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _pages(s)
    home = _home(s)
    s.res[f"{ROOT}index.shtml"] = home
    s.res["/"] = Resource(b'<!DOCTYPE html><html><head><meta charset="utf-8"><script>window.location.href="/yhq/index.shtml";'
                          b'</script><meta http-equiv="refresh" content="0;url=/yhq/index.shtml"></head><body></body></html>', HTML)
    s.traps.append(Trap(f"{ROOT}index.shtml", "页脚有主办、承办、政府网站标识码、京ICP备、京公网安备、党政机关标识和找错脚本：标识齐全（p.working_txt 是同一页脚的窄屏副本）"))
    for img in ("static/picture/logo_bjyh.png", "static/picture/logo_beijing.png", "static/images/banner.jpg"):
        s.res[f"{ROOT}{img}"] = Resource(tiny_png(), "image/png")
    s.res[f"{ROOT}static/css/publicx.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res[f"{ROOT}static/js/jquery-1.11.1.min.js"] = Resource(_PAGER_JS.encode(), "application/javascript")
    s.res[f"{ROOT}static/js/public.js"] = Resource(b"/* bjjy */", "application/javascript")
    s.res[f"{ROOT}static/js/jiucuo.js"] = Resource(b"/* jiucuo */", "application/javascript")
    s.res[f"{ROOT}static/picture/yhdjg.png"] = Resource(tiny_png(), "image/png")
    gfx = s.col("行政规范性文件")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "政策文件页模板（doc-info 头）的页脚没有公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=rf"^{re.escape(ROOT)}(gfxwj|yhzcwj)/\d{{6}}/[0-9a-f]{{32}}\.shtml$"))
    lists = "^(" + "|".join(re.escape(ROOT + c.slug + "/" + c.listing) + r"(_\d+)?\.shtml" for c in s.cols) + ")$"
    s.key.append(Expected("meta-tags", s.col("通知公告").url(), "栏目列表页模板只有 ColumnName、ColumnType，缺 ColumnDescription、"
                          "ColumnKeywords（文章页都有）", probe="list-no-column-description", url_pattern=lists))
    return SampleSite("bjjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
