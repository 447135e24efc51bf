"""The "pe" sample site: a county government portal (雁塘县人民政府) on 动易 SiteFactory (PowerEasy's
ASP.NET CMS; static `.aspx` pages it generates), UTF-8, with no 2017 指引 <meta> tags at all.

Written from real SiteFactory markup found with the library tools (`find_string`, `read_file`); sources:
  - rendered SiteFactory list pages of a Shaoxing school (绍兴市第一中学, `find_string "pe.begin.pagination"`,
    `"Common/GetHits.aspx"`): columns `/Category_N/Index.aspx`, later pages `Index_n.aspx` linked relatively,
    items `/Item/N.aspx`; the nav `<ul id="mainNav" class="mainNav"><li class="li1 …" id="liID8"><h4 class="h1">
    <a class="a1" …>`, sub-items `li2 … on2`; the side menu `<div id="sideMenu"><div class="hd"><h3>…</h3></div>
    <div class="bd"><ul><li class="li4 last on">`; a 推荐阅读 side box on every page holding `<li class="noData">
    暂无资料</li>`; a column search `<div class="colSreach">栏目搜索：<select name="nodeId'" …>` answered by
    `window.location = "/search.aspx?searchtype=1&ModelId=1&nodeId=…"` and a header search by `window.location =
    '/search/s.aspx?c=&f=title&wd=…'` (script only); the trail `<div class="path"><span>当前位置：</span><a …>首页</a>
    &gt; … <a …>教学科研</a>&gt;\n<a …>校际交流</a></div><h3>校际交流</h3>`; rows `<ul class="infoList"><li class=
    "first"><span class="date">2026-03-23</span><img src="…/ontop1.gif" alt="热门"><a href="/Item/22913.aspx"
    title="标题：…&#xD;点击数：6&#xD;发表时间：2026年03月23日">…</a></li>` with `<li class="split"></li>` after
    every fifth row, titles cut with "…"; the pager `<div class="page"><span id="pe100_page_通用信息列表_普通式"
    class="pagecss"><!--{pe.begin.pagination}--> <a href="Index.aspx">首页</a> <a href="Index.aspx">上一页</a>
    <b><a href="Index.aspx">1</a></b> <a href="Index_2.aspx">2</a> <a href="Index_2.aspx">下一页</a> <a href=
    "Index_2.aspx">尾页</a> <!--{pe.end.pagination}--></span></div>` (上一页 of page 1 points at itself); the
    footer's 网站地图 link to `/Category_13/Index_1.aspx` (page 1 by number), `浙公网安备 33060202000394号` in a
    beian.gov.cn link with an image, `ICP证：浙ICP备14042003号-1`, the conac badge `<a class="dw" href=
    "http://bszs.conac.cn/sitename?method=show&id=…"><img …></a>`, a header `今天是<script src="…/show_date.js?
    type=1">`; the article template `<div class="printArea"><h2 class="title">…</h2><h3 class="subTitle"><span>
    </span></h3><div class="property"> <span>文章来源：本站原创</span> <span>作者：佚名</span> <span>发布时间：
    2019年02月25日</span> <span>点击数：<script src="/Common/GetHits.aspx?id=9779"></script>次</span></div>
    <div class="conTxt">`, uploads `/UploadFiles/UploadFiles/201902/2019022509572157.jpg`;
  - government SiteFactory sites in public scrapers: 连南县 (`www.liannan.gov.cn/Category_109/Index_44.aspx`,
    rows `//ul[@class="newsList"]/li/a` with `span[@class="date"]`, articles `h2.title`, `div.property`,
    `div#fontzoom`), 廊坊 `www.lf.gov.cn/Category_171/Index.aspx` and `/Item/156066.aspx`, 南岸 `Category_1084/
    Index_N.aspx`; a PowerEasy database client of info.dxzc.gov.cn (邵阳大祥区) that links items as
    `/Category_584/Index.aspx?itemID=70302` (a dynamic alias of `/Item/70302.aspx`: one document, two addresses);
  - `pe_u_thumb` / `pe_u_thumb_title` picture rows and `/UploadFiles/Article/2014/5/201405140835388360.jpg`
    (a PowerEasy picture list kept in a public template).
Guessed, said as such: the 信息公开 metadata table and its spaced labels (`索 引 号`, `有 效 性`: written as
the 齐齐哈尔 catalogue writes them, not by SiteFactory), the 相关解读/相关文件 boxes, 上一篇/下一篇, the
网站标识码 line, the 信息公开 skin's own footer, the 情况说明 text, the empty-list pager text `共 0 篇`, every
page's wording and the 404 page.

Variety on purpose: no page carries the 2017 meta tags (real SiteFactory pages carry only Keywords and
Description; the column shows in the trail and an `<h3>`); a column whose rows show no date but keep
it in the link's `title` tooltip (发表时间：…); a dateless picture column; a 推荐阅读 box saying 暂无资料 on
every page that is not an empty column; empty columns by `noData`, by a bare list under a `共 0 篇`
pager and by nothing; a 情况说明 column; an undated single-page column; interpretations linked through
the dynamic `?itemID=` alias; page 1 linked as `Index_1.aspx` from the footer; a home-page link to a
removed special topic column; an annual report list paged in two; the 信息公开 skin's footer lacking the
公网安备 number. Every planted defect is an `Expected` entry written before the tool ran; things that must
not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
import re
from html import escape, unescape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "雁塘县"
GOV = "雁塘县人民政府"
SITE_ID = "4418290006"
PSB = "粤公网安备 44182902000061号"
HTML = "text/html; charset=utf-8"
SKIN = "/Template/Default/Skin/yantang"


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = "本站原创"
    fields: list[tuple[str, str]] | None = None  # the 信息公开 metadata table, in display order
    related: str = ""
    files: list[tuple[str, str]] = field(default_factory=list)  # (href, name)


@dataclass
class Col:
    node: int
    name: str
    section: int  # the channel's node id: 1 新闻中心, 2 信息公开, 3 互动交流
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    rows: str = "info"  # info (date span) | tip (date only in the title tooltip) | pic (no dates)
    empty: str = ""  # nodata | zero (a 共 0 篇 pager) | bare
    note: str = ""  # a 情况说明 instead of a list
    single: str = ""  # a single-page node's content (no list)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        return f"/Category_{self.node}/Index.aspx" if n == 1 else f"/Category_{self.node}/Index_{n}.aspx"


def item_url(d: Doc) -> str:
    return f"/Item/{d.id}.aspx"


def alias_url(col: Col, d: Doc) -> str:
    """The dynamic address of an item shown through its node (info.dxzc.gov.cn's `Index.aspx?itemID=`)."""
    return f"/Category_{col.node}/Index.aspx?itemID={d.id}"


_CHANNELS = {1: "新闻中心", 2: "信息公开", 3: "互动交流"}
_ALIAS = re.compile(r'href="(/Category_\d+/Index\.aspx\?itemID=\d+)"')


def _a(url: str) -> str:
    return escape(url, quote=True)


# ---------------------------------------------------------------- page shells

def _head(title: str) -> str:
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="UTF-8">\n\n<head>\n'
            '    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f'    <meta content="{GOV}" name="Keywords" />\n    <meta content="{GOV}" name="Description" />\n'
            f"    <title>{escape(title)}</title>\n"
            f'    <link href="{SKIN}/css/default.css" rel="stylesheet" type="text/css" />\n'
            "<script type=\"text/javascript\">\n    var siteSetup = {sitePath: '/',ajaxPath: '/ajax.aspx',skinPath: '/Template/Default/Skin/'};\n</script>\n"
            '<script language="javascript" type="text/javascript" src="/js/jquery.pack.js"></script>\n'
            '<script language="javascript" type="text/javascript" src="/js/jquery.peex.js"></script>\n</head>\n\n<body>\n')


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 31870

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or _paras(f"{title}。"), **kw)  # type: ignore[arg-type]

    def col_of(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    # ------------------------------------------------------------ shared blocks

    def nav(self, current: int) -> str:
        items = ['<li class="li1 first1" id="liID-2"><h4 class="h1" id="hID-2"><a target="_self" class="a1" id="aID-2" href="/Default.aspx">首页</a></h4></li>']
        for node, name in _CHANNELS.items():
            subs = [c for c in self.cols if c.section == node]
            lis = "".join(f'\n\t\t\t\t<li class="li2{" first2" if k == 0 else ""}{" last2" if k == len(subs) - 1 else ""}" id="liID{c.node}">\n'
                          f'  <h4 class="h2" id="hID{c.node}"><a target="_self" class="a2" id="aID{c.node}" href="{c.url()}">{c.name}</a></h4>\n</li>'
                          for k, c in enumerate(subs))
            on = " on1" if node == current else ""
            items.append(f'<li class="li1 hasUl1{on}" id="liID{node}"><h4 class="h1" id="hID{node}"><a target="_self" class="a1" '
                         f'id="aID{node}" href="/Category_{node}/Index.aspx">{name}</a></h4><ul class="ul1" id="ulID{node}">{lis}\n\t\t\t</ul></li>')
        return ('<div id="top">\n\t<div class="siteWidth">\n\t\t<div class="date">今天是<script language="javascript" '
                f'type="text/javascript" src="{SKIN}/js/show_date.js?type=1"></script></div>\n\t</div>\n</div>\n'
                f'<div id="header">\n    <div class="siteWidth">\n\t\t<h1 class="logo"><a href="/"><img src="{SKIN}/img/logo.png" alt="{GOV}" /></a></h1>\n'
                '        <div class="s-form">\n            <input id="keyword2" class="from-control" maxlength="100" size="30" value="请输入关键词" name="Keyword">\n'
                '            <input id="Submit" class="btn" type="button" name="Submit" value="搜索" onclick="OnSearchCheckAndSubmit();">\n'
                '            <script language="javascript" type="text/javascript">\n            function OnSearchCheckAndSubmit() {\n'
                "                var keyword2 = document.getElementById(\"keyword2\").value;\n"
                "                window.location = '/search/s.aspx?c=&f=title&wd=' + escape(keyword2) + '&o='+2;\n            }\n"
                '            </script>\n        </div>\n    </div>\n</div>\n'
                f'<div class="nav">\n\t<div class="siteWidth">\n      <ul id="mainNav" class="mainNav">{"".join(items)}</ul>\n\t</div>\n</div>\n')

    def side(self, col: Col) -> str:
        subs = [c for c in self.cols if c.section == col.section]
        lis = "\n".join(f'<li class="li{k + 1}{" first" if k == 0 else ""}{" last" if k == len(subs) - 1 else ""}{" on" if c is col else ""}">'
                        f'<a href="{c.url()}">{c.name}</a></li>' for k, c in enumerate(subs))
        return ('<div class="side">\n            <div id="sideMenu">\n        <div class="hd">\n'
                f'        <h3><a href="/Category_{col.section}/Index.aspx">{_CHANNELS[col.section]}</a></h3>\n      </div>\n'
                f'\t<div class="bd">\n\t\t<ul class="">\n\t\t\t{lis}\n\t\t</ul>\n\t</div>\n</div>\n'
                '            <div class="box sideBox" >\n\t<div class="hd">\n\t\t<h3>推荐阅读</h3>\n\t</div>\n\t<div class="bd">\n'
                '\t\t<ul class="sideinfoList">\n\t\t\t\n            <li class="noData">暂无资料</li>\n          \n\t\t</ul>\n\t</div>\n</div>\n'
                '        </div>\n')

    def path(self, col: Col) -> str:
        return ('<div class="mHd">\n                    <div class="path"><span>当前位置：</span><a href="/">首页</a> &gt; \n    \n'
                f'    <a href="/Category_{col.section}/Index.aspx" target="_self">{_CHANNELS[col.section]}</a>&gt;\n'
                f'    <a href="{col.url()}" target="_self">{col.name}</a></div>\n                    <h3>{col.name}</h3>\n                </div>\n')

    def page(self, title: str, current: int, main: str, psb: bool = True) -> Resource:
        html = (_head(title) + self.nav(current) + '<div id="content">\n    <div class="siteWidth">\n' + main
                + "\n    </div>\n</div>\n" + _footer(psb) + "\n</body>\n\n</html>")
        return Resource(html.encode("utf-8"), HTML)

    # ------------------------------------------------------------ lists and items

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.note:
            inner = f'<div class="qksm"><p>{col.note}</p></div>'
        elif col.single:
            inner = f'<div class="printArea"><div class="conTxt">{col.single}</div></div>'
        else:
            inner = _rows(col, docs) + "\n" + _pager(col, n)
        search = ('<div class="colSreach">\n    栏目搜索：<label><select name="nodeId\'" id="nodeId" size="1">'
                  f'<option value={col.node}>{col.name}</option></select></label><label><input id="keyword_PowerEasy" class="inputxt" '
                  'maxlength="100" size="30" value="" name="Keyword" /></label>\n   <label> <input id="Submit"  type="button"  class="input_button" '
                  'value="搜索" name="Button" onclick="OnSearchCheckAndSubmit2();" /></label>\n'
                  '    <script language="javascript" type="text/javascript">\n    function OnSearchCheckAndSubmit2(){\n'
                  '        var nodeSel = document.getElementById("nodeId");\n'
                  '        window.location = "/search.aspx?searchtype=1&ModelId=1&nodeId=" + nodeSel.value + "&Keyword=" + '
                  'escape(document.getElementById("keyword_PowerEasy").value);\n    }\n    </script>\n</div>\n')
        main = (self.side(col) + '        <!-- mainContent S -->\n        <div class="mainContent">\n            <div class="mainBox">\n'
                + (search if not col.single and not col.note else "") + self.path(col)
                + f'                <div class="mBd">\n                    <!-- 正文内容 S -->\n                    {inner}\n'
                '                    <!-- 正文内容 E -->\n                </div>\n            </div>\n        </div>\n        <!-- mainContent E -->')
        return self.page(f"{col.name}-{GOV}", col.section, main, psb=col.section != 2)

    def item(self, col: Col, d: Doc, newer: Doc | None, older: Doc | None) -> Resource:
        meta = ""
        if d.fields is not None:
            cells = [f'<td class="bt">{k}：</td><td class="nr">{v}</td>' for k, v in d.fields]
            meta = ('<table class="gkxx" width="100%" border="0" cellspacing="1" cellpadding="0">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>\n")
        files = ""
        if d.files:
            files = ('<div class="articleAttachments"><h4>附件：</h4><ul>'
                     + "".join(f'<li><a href="{_a(h)}" target="_blank">{name}</a></li>' for h, name in d.files) + "</ul></div>")
        nav = lambda label, x: f'<li><span>{label}：</span>' + (f'<a target="_self" href="{item_url(x)}">{x.title}</a>' if x else "<span>没有了！</span>") + "</li>"  # noqa: E731
        main = (self.side(col) + '        <div class="mainContent">\n            <div class="mainBox">\n' + self.path(col)
                + '                <div class="mBd">\n                    <!--startprint-->\n                    <div class="printArea">\n'
                + meta + f'                        <h2 class="title">{d.title}</h2>\n'
                '                        <h3 class="subTitle"><span></span></h3>\n'
                f'                        <div class="property"> <span>文章来源：{d.source}</span> <span>作者：佚名</span> '
                f'<span>发布时间：{d.when:%Y年%m月%d日}</span> <span>点击数：\n'
                f'    <script language="JavaScript" type="text/JavaScript" src="/Common/GetHits.aspx?id={d.id}"></script>\n    次</span> </div>\n'
                f'                        <div class="conTxt" id="fontzoom">{d.body}</div>\n{files}{d.related}\n'
                f'                        <div class="article_page"><ul>{nav("上一篇", newer)}{nav("下一篇", older)}</ul></div>\n'
                '                    </div>\n                    <!--endprint-->\n                </div>\n            </div>\n        </div>')
        return self.page(f"{d.title}-{GOV}", col.section, main, psb=col.section != 2)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for k, d in enumerate(col.docs):
                page = self.item(col, d, col.docs[k - 1] if k else None, col.docs[k + 1] if k + 1 < len(col.docs) else None)
                self.res[item_url(d)] = page
                self.res[f"/Common/GetHits.aspx?id={d.id}"] = Resource(f"document.write('{d.id % 97 + 3}');".encode(), "application/x-javascript")


def _rows(col: Col, docs: list[Doc]) -> str:
    if not docs:
        if col.empty == "nodata":
            return '<ul class="infoList">\n            <li class="noData">暂无资料</li>\n          </ul>'
        return '<ul class="infoList">\n                        \n          \n                    </ul>'
    if col.rows == "pic":
        lis = "".join(f'<li><div class="pe_u_thumb"><a href="{item_url(d)}" target="_blank"><img src="/UploadFiles/Article/2026/{d.when.month}/'
                      f'{d.id}.jpg" alt="{d.title}" width="160" height="120" border="0" /></a></div><div class="pe_u_thumb_title">'
                      f'<a href="{item_url(d)}" target="_blank">{_cut(d.title, 12)}</a></div></li>' for d in docs)
        return f'<ul class="a_photo_list">{lis}<div class="clearbox"></div></ul>'
    out = []
    for k, d in enumerate(docs):
        tip = f"标题：{d.title}&#xD;点击数：{d.id % 300 + 5}&#xD;发表时间：{d.when:%Y年%m月%d日}"
        span = f'<span class="date">{d.when:%Y-%m-%d}</span>' if col.rows == "info" else ""
        cls = ' class="first"' if k == 0 else ' class="last"' if k == len(docs) - 1 else ""
        out.append(f'<li{cls}>{span}<img src="/images/ontop1.gif" alt="热门"><a href="{item_url(d)}" target="_self" '
                   f'title="{tip}">{_cut(d.title, 30)}</a></li>')
        if k % 5 == 4 and k < len(docs) - 1:
            out.append('<li class="split"></li>')
    return '<ul class="infoList">\n                        \n            ' + "".join(out) + "\n          \n                    </ul>"


def _cut(title: str, n: int) -> str:
    return title if len(title) <= n else title[:n] + "…"


def _pager(col: Col, n: int) -> str:
    """SiteFactory's 通用信息列表_普通式 pager: relative links, the current page bold, 上一页 of page 1 at itself."""
    if col.empty == "zero":
        return ('<div class="page"><span id="pe100_page_通用信息列表_普通式" class="pagecss"><!--{pe.begin.pagination}-->\n'
                ' 共 0 篇 首页 上一页 下一页 尾页\n <!--{pe.end.pagination}--></span></div>')
    if col.pages == 1:
        return ""
    name = lambda k: "Index.aspx" if k == 1 else f"Index_{k}.aspx"  # noqa: E731
    nums = " ".join(f'<b><a href="{name(k)}">{k}</a></b>' if k == n else f'<a href="{name(k)}">{k}</a>' for k in range(1, col.pages + 1))
    return ('<div class="page"><span id="pe100_page_通用信息列表_普通式" class="pagecss"><!--{pe.begin.pagination}-->\n'
            f' <a href="Index.aspx">首页</a>\n <a href="{name(max(1, n - 1))}">上一页</a>\n {nums} \n'
            f'<a href="{name(min(col.pages, n + 1))}">下一页</a>\n <a href="{name(col.pages)}">尾页</a>\n <!--{{pe.end.pagination}}--></span></div>')


def _footer(psb: bool) -> str:
    beian = (f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44182902000061" target="_blank">'
             f'<img src="{SKIN}/img/ga.png" >{PSB}</a> ') if psb else ""
    return ('<!-- footer S -->\n<div id="footer">\n  <div class="siteWidth">\n'
            '      <ul class="footerNav">\n        <li class="li1 first"><a href="/Category_5/Index_1.aspx">网站地图</a></li>\n'
            '<li class="spe">|</li>\n<li class="li2"><a href="/Category_6/Index.aspx">联系我们</a></li>\n      </ul>\n'
            f'      <div class="copyRight"><p>主办：{GOV}办公室 承办：{COUNTY}政务服务数据管理局 版权所有 All Rights Reserved.<br>'
            f'地址：{COUNTY}雁湖路8号 电话：0763-6621001 网站标识码：{SITE_ID}</p>'
            f'<p>{beian}ICP证：粤ICP备13021866号-1</p></div>\n'
            '      <a class="dw" target="_blank" href="http://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D4E5F60718293A4B5C6D7E8F9">'
            f'<img src="{SKIN}/img/blue.png" /></a>\n'
            f"      <script id=\"_jiucuo_\" sitecode='{SITE_ID}' src='http://pucha.kaipuyun.cn/exposure/jiucuo.js'></script>\n"
            '  </div>  \n</div>\n<!-- footer E -->')


def _paras(*texts: str) -> str:
    return "".join(f'<P style="TEXT-INDENT: 2em">{t}</P>\n' for t in texts)


_SUBJECTS = ("召开县政府常务会议", "开展安全生产大排查", "推进高标准农田建设", "召开防汛防风调度会", "督办民生实事项目",
             "开展文明城市创建行动", "走访重点企业解难题", "部署森林防灭火工作", "举办农民丰收节", "推进农村人居环境整治",
             "开展义务教育质量评估", "召开招商引资推进会")
_TOWNS = ("雁湖镇", "塘口镇", "石龙镇", "寨岗镇")
BROKEN_IMAGE = "/UploadFiles/UploadFiles/202611/2026111409572157.jpg"
BROKEN_PDF = "/UploadFiles/Article/2026/4/202604101045128830.pdf"
REMOVED_TOPIC = "/Category_88/Index.aspx"


def _news(s: _Site) -> None:
    ytyw = Col(11, "雁塘要闻", 1)
    for i in range(36):
        ytyw.docs.append(s.doc(f"{COUNTY}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{COUNTY}{_SUBJECTS[i % 12]}。", "会议强调，要压实工作责任，确保各项任务落地见效。"),
                               source=f"{COUNTY}融媒体中心"))
    ytyw.docs[4].body += f'<P align=center><IMG border=0 hspace=0 alt="" src="{BROKEN_IMAGE}"></P>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "要闻正文图片 404（UploadFiles 上传路径）", probe="status:404"))
    good = "/UploadFiles/UploadFiles/202611/2026111709381146.jpg"
    ytyw.docs[6].body += f'<P align=center><IMG border=0 hspace=0 alt="" src="{good}"></P>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")

    bmdt = Col(12, "部门动态", 1, per_page=12)
    for i in range(20):
        bmdt.docs.append(s.doc(f"{('县发改局', '县教育局', '县卫健局', '县农业农村局')[i % 4]}{_SUBJECTS[(i + 3) % 12]}",
                               date(2026, 10, 25) - timedelta(days=i * 6)))
    s.key.append(Expected("stale-columns", bmdt.url(), "动态类栏目最新信息 2026-10-25，超过 14 天", probe="newest:2026-10-25"))

    xzdt = Col(13, "乡镇动态", 1, per_page=10)
    for i in range(16):
        xzdt.docs.append(s.doc(f"{_TOWNS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", AS_OF - timedelta(days=2 + i * 4)))

    tpxw = Col(14, "图片新闻", 1, rows="pic")
    for i in range(8):
        tpxw.docs.append(s.doc(f"图说{COUNTY}：{_SUBJECTS[(i + 7) % 12]}", AS_OF - timedelta(days=3 + i * 6)))
    s.traps.append(Trap(tpxw.url(), "图片新闻列表只有图片和截短的标题（日期在文章页），不是空栏目，最新文章日期未超期"))

    tzgg = Col(15, "通知公告", 1, per_page=12)
    for i in range(18):
        tzgg.docs.append(s.doc(f"关于做好{('秋冬季森林防灭火', '节假日值班值守', '冬春季供水保障', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 4, 20) - timedelta(days=i * 12), source=f"{GOV}办公室"))
    s.key.append(Expected("stale-columns", tzgg.url(), "通知公告最新信息 2026-04-20，超过 6 个月", probe="newest:2026-04-20"))
    tzgg.docs[1].files.append((BROKEN_PDF, "报名表.pdf"))
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                           _paras("经清理，继续有效的行政规范性文件28件，宣布失效3件，废止2件。", GOV, "2026年3月16日"),
                           source=f"{GOV}办公室"))
    good_pdf = "/UploadFiles/Article/2026/3/202603201530476612.pdf"
    tzgg.docs[3].files.append((good_pdf, "实施方案.pdf"))
    s.res[good_pdf] = Resource(fake_pdf("attachment"), "application/pdf")
    s.cols += [ytyw, bmdt, xzdt, tpxw, tzgg]


# Normative documents (subject, defect): missing / late / unlinked / meta:<label>
_NORMATIVE = (("农村集体经济组织财务管理", ""), ("城区临时占道管理", "missing"), ("建设用地规划许可管理", "meta:发文字号"),
              ("政府投资项目审批管理", "late"), ("企业技术改造奖补资金管理", "unlinked"), ("老旧小区改造", ""),
              ("农村宅基地审批管理", "meta:有 效 性"), ("公共租赁住房保障", "meta:成文日期"), ("防汛抗旱应急物资管理", ""))


def _disclosure(s: _Site) -> None:
    gfx = Col(21, "规范性文件", 2, per_page=5)
    zcjd = Col(22, "政策解读", 2, per_page=8)
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 26) - timedelta(days=25 * k)
        d = s.doc(f"{GOV}关于印发《{COUNTY}{subject}办法》的通知", when, source=f"{GOV}办公室")
        fields = [("索 引 号", f"007219465/{when.year}-{k + 31:05d}"), ("发布机构", GOV), ("主题分类", "综合政务"),
                  ("发文字号", f"雁府规〔{when.year}〕{11 - k}号"), ("成文日期", f"{when - timedelta(days=4):%Y-%m-%d}"),
                  ("发布日期", f"{when:%Y-%m-%d}"), ("有 效 性", "有效")]
        if defect == "meta:发文字号":
            fields = [(lab, "" if lab == "发文字号" else v) for lab, v in fields]
        elif defect.startswith("meta:"):
            fields = [(lab, v) for lab, v in fields if lab != defect[5:]]
        d.fields = fields
        short = f"{COUNTY}{subject}办法"
        d.body = _paras("各镇人民政府，县政府各部门、各直属机构：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        GOV, f"{when.year}年{when.month}月{when.day}日")
        gfx.docs.append(d)
        url = item_url(d)
        label = defect[5:].replace(" ", "")
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{label}", probe=f"meta-missing:{label}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 11 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"图解：《{short}》", f"一图读懂《{short}》")[k % 3], when + timedelta(days=lag),
                  _paras("一、起草背景", "二、主要内容", "三、政策亮点"), source=f"{GOV}办公室")
        interps.append(i)
        if defect != "unlinked":
            i.related = f'<div class="xgwj"><h4>相关文件：</h4><ul><li><a href="{_a(alias_url(gfx, d))}">{d.title}</a></li></ul></div>'
            d.related = f'<div class="xgjd"><h4>相关解读：</h4><ul><li><a href="{_a(alias_url(zcjd, i))}">{i.title}</a></li></ul></div>'
            if defect == "":
                s.traps.append(Trap(url, "文件与解读经动态地址 Category_N/Index.aspx?itemID=M 互相链接（与 /Item/M.aspx 同一篇），解读及时"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
    zcjd.docs += interps
    for n in range(4):  # interpretations of the county's other policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{COUNTY}{('优化营商环境', '促进消费', '稳就业', '乡村振兴')[n]}若干措施》解读",
                               date(2026, 11, 10) - timedelta(days=9 * n), _paras("一、出台背景", "二、主要措施"), source=f"{GOV}办公室"))

    rsxx = Col(23, "人事信息", 2)
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('陈', '林', '黄', '李')[n % 4]}某某等同志职务任免的通知", date(2025, 10, 15) - timedelta(days=45 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-10-15，超过 1 年", probe="newest:2025-10-15"))

    ghjh = Col(24, "规划计划", 2, rows="tip")
    for n in range(10):
        ghjh.docs.append(s.doc(f"{COUNTY}{('农业农村', '交通运输', '生态环境', '文化旅游')[n % 4]}发展规划实施情况（{n + 1}）",
                               date(2026, 8, 18) - timedelta(days=31 * n)))
    s.traps.append(Trap(ghjh.url(), "列表行不显示日期，发表时间只在链接的 title 提示里；最新 2026-08-18，在 1 年内：不是过期栏目，也不是空栏目"))

    czzj = Col(25, "财政资金", 2, empty="nodata")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（列表只有“暂无资料”）", probe="no-rows"))
    zdxm = Col(26, "重大项目", 2, empty="zero")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目为空（分页条写“共 0 篇”）", probe="no-rows"))
    tjxx = Col(27, "统计信息", 2, note="情况说明：本县统计信息由县统计局统一发布，详见县统计局网站“统计数据”栏目，本栏目不单独发布。")
    s.traps.append(Trap(tjxx.url(), "只有情况说明的栏目不是空白栏目"))

    ndbg = Col(28, "政府信息公开年报", 2, per_page=3)
    published = {2025: date(2026, 3, 27), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31), 2021: date(2022, 3, 25),
                 2020: date(2021, 3, 30)}
    for year, when in published.items():
        title = f"{GOV}{year}年度政府信息公开工作报告" if year == 2021 else f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 11 + 2))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", item_url(d), "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                  match=(COUNTY, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(item_url(d), "年报在截止日 3 月 31 日当天发布，不算逾期"))
        elif year == 2020:
            s.traps.append(Trap(item_url(d), "2020 年度报告在年报列表第 2 页（Index_2.aspx），按时发布"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告",
                          match=(COUNTY, "2024"), probe="no-report:2024"))

    guide = Col(29, "政府信息公开指南", 2, single=_paras(
        f"为便于公民、法人和其他组织获取{GOV}的政府信息，根据《中华人民共和国政府信息公开条例》编制本指南。",
        "一、主动公开　二、依申请公开　三、监督和救济", f"受理机构：{GOV}办公室，地址：{COUNTY}雁湖路8号。"))
    s.traps.append(Trap(guide.url(), "单页节点（无日期的指南正文），不是过期栏目，也不是空栏目"))
    system = Col(20, "政府信息公开制度", 2, single=_paras("本县建立了政府信息公开保密审查、依申请公开办理、考核评议和责任追究等制度。"))
    apply = Col(201, "依申请公开", 2, single=_paras(
        "申请人可以通过当面、信函、网络等方式向县人民政府办公室提出政府信息公开申请，并载明申请人姓名或者名称、联系方式和所需信息的名称。"))
    for c in (system, apply):
        s.traps.append(Trap(c.url(), "无日期的单页节点，不是过期栏目，也不是空栏目"))
    s.cols += [system, apply, gfx, zcjd, rsxx, ghjh, czzj, zdxm, tjxx, ndbg, guide]


def _channels(s: _Site) -> None:
    """新闻中心 and 信息公开 node pages: a block of each child's newest rows with its 更多 link (hubs, not columns)."""
    for node in _CHANNELS:
        blocks = "".join(
            f'<div class="box"><div class="hd"><h3>{c.name}</h3><a class="more" href="{c.url()}">更多&gt;&gt;</a></div><div class="bd">'
            '<ul class="infoList">' + "".join(f'<li><span class="date">{d.when:%Y-%m-%d}</span><a href="{item_url(d)}" '
                                             f'title="{d.title}">{_cut(d.title, 24)}</a></li>' for d in c.docs[:5]) + "</ul></div></div>"
            for c in s.cols if c.section == node and c.rows != "pic" and c.docs)
        links = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.section == node)
        head = '<h3 class="gkTitle">法定主动公开内容</h3>' if node == 2 else ""
        main = (f'<div class="channelNav"><div class="path"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/Category_{node}/Index.aspx">'
                f'{_CHANNELS[node]}</a></div><ul class="subNodes">{links}</ul></div><div class="channelMain">{head}{blocks}</div>')
        s.res[f"/Category_{node}/Index.aspx"] = s.page(f"{_CHANNELS[node]}-{GOV}", node, main, psb=node != 2)
        s.traps.append(Trap(f"/Category_{node}/Index.aspx", f"{_CHANNELS[node]}是频道页（各子栏目区块和“更多”链接），不是栏目"))
    # Footer pages: the site map (linked as page 1 by number, Index_1.aspx) and a contact page.
    sitemap = "".join(f'<dl><dt><a href="/Category_{node}/Index.aspx">{name}</a></dt>'
                      + "".join(f'<dd><a href="{c.url()}">{c.name}</a></dd>' for c in s.cols if c.section == node) + "</dl>"
                      for node, name in _CHANNELS.items())
    s.res["/Category_5/Index_1.aspx"] = s.page(f"网站地图-{GOV}", 0, f'<div class="siteMap"><h3>网站地图</h3>{sitemap}</div>')
    s.traps.append(Trap("/Category_5/Index_1.aspx", "网站地图以 Index_1.aspx（第 1 页的编号写法）链接，是导航页，不是栏目的后续页"))
    s.res["/Category_6/Index.aspx"] = s.page(f"联系我们-{GOV}", 0, '<div class="printArea"><h2 class="title">联系我们</h2><div class="conTxt">'
                                             + _paras(f"{GOV}办公室　电话：0763-6621001　地址：{COUNTY}雁湖路8号") + "</div></div>")


def _home(s: _Site) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<div class="box indexBox"><div class="hd"><h3>{title}</h3><a class="more" href="{more}">更多</a></div>'
                f'<div class="bd"><ul class="infoList">{rows}</ul></div></div>')
    ytyw, tzgg, gfx = s.col_of("雁塘要闻"), s.col_of("通知公告"), s.col_of("规范性文件")
    yw = "".join(f'<li><span class="date">{d.when:%m-%d}</span><a href="{item_url(d)}" title="{d.title}">{_cut(d.title, 22)}</a></li>'
                 for d in ytyw.docs[:8])
    tz = "".join(f'<li><span class="date">{d.when:%m-%d}</span><a href="{item_url(d)}" title="{d.title}">{_cut(d.title, 22)}</a></li>'
                 for d in tzgg.docs[:6])
    gk = "".join(f'<li><span class="date">{d.when:%m-%d}</span><a href="{_a(alias_url(gfx, d))}" title="{d.title}">{_cut(d.title, 22)}</a></li>'
                 for d in gfx.docs[:4])
    topics = ('<div class="box ztzl"><div class="hd"><h3>专题专栏</h3></div><div class="bd"><ul>'
              f'<li><a href="{REMOVED_TOPIC}"><img src="{SKIN}/img/zt1.jpg" alt="学习贯彻党的二十届四中全会精神" /></a></li>'
              f'<li><a href="/Category_14/Index.aspx"><img src="{SKIN}/img/zt2.jpg" alt="图说雁塘" /></a></li></ul></div></div>')
    main = ('<div class="indexMain">' + block("雁塘要闻", ytyw.url(), yw) + block("通知公告", tzgg.url(), tz)
            + block("信息公开", "/Category_2/Index.aspx", gk) + topics + "</div>")
    s.res["/"] = s.res["/Default.aspx"] = s.page(GOV, -2, main)
    s.key.append(Expected("broken-links", REMOVED_TOPIC, "首页专题专栏链接指向已删除的栏目（404）", probe="status:404"))
    s.traps.append(Trap("/", "首页“信息公开”区块经动态地址 Category_21/Index.aspx?itemID=N 链接规范性文件：与 /Item/N.aspx 同一篇，不是另一个栏目"))
    s.traps.append(Trap("/", f"页脚：网站标识码、ICP证、{PSB}（beian.gov.cn 链接）和党政机关标识（conac 图片链接）齐全"))


NOT_FOUND = ('<html><head><title>404 - 找不到文件或目录。</title></head><body><div id="header"><h1>服务器错误</h1></div>'
             '<div id="content"><h2>404 - 找不到文件或目录。</h2><h3>您要查找的资源可能已被删除，已更改名称或者暂时不可用。</h3></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"pe offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    zjdc = Col(31, "征集调查", 3)
    s.cols.append(zjdc)
    s.key.append(Expected("empty-columns", zjdc.url(), "征集调查栏目列表区什么也没有", probe="no-rows"))
    s.render()
    _channels(s)
    _home(s)
    # The dynamic aliases the related boxes and the home page link: each serves its item's page.
    linked = {unescape(h) for r in list(s.res.values()) if r.is_html for h in _ALIAS.findall(r.body.decode("utf-8"))}
    for url in linked:
        s.res[url] = s.res[f"/Item/{url.rsplit('=', 1)[1]}.aspx"]
    for col in s.cols:
        if col.rows == "pic":
            for d in col.docs:
                s.res[f"/UploadFiles/Article/2026/{d.when.month}/{d.id}.jpg"] = Resource(tiny_png(), "image/jpeg")
    for img in ("logo.png", "ga.png", "blue.png", "zt1.jpg", "zt2.jpg"):
        s.res[f"{SKIN}/img/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/images/ontop1.gif"] = Resource(tiny_png(), "image/gif")
    s.res[f"{SKIN}/css/default.css"] = Resource(b"body{font-size:12px}", "text/css")
    for js in ("/js/jquery.pack.js", "/js/jquery.peex.js", f"{SKIN}/js/show_date.js"):
        s.res[js] = Resource(b"/* PowerEasy */", "application/x-javascript")
    s.res[f"{SKIN}/js/show_date.js?type=1"] = s.res[f"{SKIN}/js/show_date.js"]
    gfx = s.col_of("规范性文件")
    ids = "|".join(str(d.id) for c in s.cols if c.section == 2 for d in c.docs)
    s.key.append(Expected("footer", item_url(gfx.docs[0]), "信息公开栏目模板（列表和文章页）页脚缺公安机关备案号（公网安备）",
                          probe="footer-lacks:公网安备", url_pattern=rf"^/(?:Item/(?:{ids})\.aspx|Category_2\d*/Index(?:_\d+)?\.aspx)$"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "动易 SiteFactory 页面只有 Keywords 和 Description", probe="no-meta-tags", url_pattern=r"^/"))
    return SampleSite("pe", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
