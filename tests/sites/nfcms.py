"""The "nfcms" sample site: a 广东 district portal (岭州市榕岗区人民政府) on 南方 NFCMS, UTF-8: columns at
`/<channel>/<column>/` (`index.html`, then `index_2.html` …), articles at `/<column path>/content/post_<id>.html`
with a WAP copy at `…/content/mpost_<id>.html` that only a user-agent script names, the header and footer of the
portal written by `initPage()` from JS strings into empty anchors, and a district 政府信息公开 platform under
`/rgxxgk/` (its own older template: 规范性文件 with 统一编号 and 有效性, 政策解读 linking 原文, 人事信息, 年报, a
department's columns under `/rgxxgk/fgj/`).

Why this family: four single NFCMS pages are in tests/model/realpages (rounds 2–5) but no template imitates a whole
NFCMS site; `gkmlpt` is the 广东 信息公开 script app, `ezeip`/`gkml` other 广东 CMSs.

Written from real markup and code found with the library tools; sources:
  - articles: tests/model/realpages/by-gov-cn_nfcms_article_subtitle_empty-related-box.html (mhxqwer/wyxby.gov.cn):
    the 2017 metas with `PubDate` and `Url`, `window.NFCMS_SITE_ID/NFCMS_PUB_TYPE="post"/NFCMS_POST_ID/NFCMS_CAT_ID`,
    `<div class="curmb">当前位置：` trail whose channel step is a home anchor (`/by/index.html?link=ywdt`),
    `h1.content_title`, `div.content_attr` with `<span class="time">发布时间：<b>…</b></span>` and
    `<span class="ly">来源：<b>…</b></span>`, body `div.content_article#zoomcon`, an empty 相关信息 box
    (`div.article_documents` with an empty `ul.newslist`), the plain footer (主办, 承办, ICP `-1`, 网站统计 script,
    网站标识码, 粤公网安备, the conac `document.write(unescape(…))`, `_jiucuo_` script), and the redirect script to
    `…/content/mpost_<id>.html` for iPhone/Android user agents;
  - the script-drawn header/footer: tests/model/realpages/gd-gov-cn_nfcms_article_footer-in-script-string.html
    (mhxqwer/myzgd.gov.cn): `var pcHeaderStr = '…'+'…'`, `var pcFooterStr = …` (主办, 承办, 版权所有, 粤公网安备,
    粤ICP备, `网站标识码4400000131` without colon), `<div id="headerAnchor"></div>`, `<div id="footerAnchor"></div>`,
    `initPage()` choosing the 长者 (`version=slh`) strings by the query; `div.zw-info`, `div.zw`, `div.fj`;
  - lists: tests/model/realpages/gz-gov-cn_nfcms_tzgg_list_comments-in-link.html (`ul.news_list > li > i + a` with
    `<!-- 规章文件 -->` comments inside the link before the title, `<span class="time">`); gd.gov.cn scrapers
    (find_string "www.gd.gov.cn/zwgk/wjk", file ids 506078208, 3168610305, 58652294412): `div.viewList ul li` with
    `span.til a` / `span.time`, `ul.newsIlist li` with `span.date`, pages `index.html` then `index_2.html` … until a
    404, rows linking `…/content/post_<id>.html`, 移动 copies `…/content/mpost_<id>.html`; a 深圳 scraper's tests
    (NanmiCoder/MediaCrawler tests/test_gov_rule_extractor.py: `szfb.sz.gov.cn/xwzx/tzgg/index_2.html`,
    `/xxgk/xxgk/tzgg/content/post_12688325.html`);
  - the document metadata of gd.gov.cn's 文件库 (file id 3168610305, `extract_wjk`): `div.introduce div.col` of
    `<label>索引号：</label><span>…</span>` pairs — 索引号, 分类, 发布机构, 成文日期, 标题, 文号, 发布日期; the text in
    `div.zw`.
Guessed, said as such: the pager's markup (`div.page`, 首页/上一页/numbers/下一页/尾页, 共N页); the 统一编号 and 有效性
fields of the district's 规范性文件 (the brief's 广东 practice); the 相关解读 / 原文链接 boxes; the 信息公开 platform's
own template (plain HTML footer without 网站标识码, metas only of the site); the department's folder; the mobile
template; the home blocks and the 粤省事/数字政府 widgets; the 404 page; every wording.

Added after the first contact and run as a second contact (key and traps written first): the 长者模式 link
`?version=slh` in every portal page's tool bar, rows and trails linking the site's own host protocol-relative
(`//www…/…`, as gz.gov.cn's rows link `https://www.gz.gov.cn/…`), and 图解 interpretations that are one picture.

At first contact the generator lacked two things every other template has (a 法定主动公开内容 page and a 规范性文件
清理结果 notice), so disclosure-sections and normative-doc-cleanup rightly failed outside the key; both added since.

Variety on purpose: footer identifiers only inside a script string on the portal (a trap: the browser shows them);
the column's own address as a folder in home blocks and trails, `index.html` in the pager; a trail step naming the
home with `?link=ywdt`; comments inside list links; WAP copies named only by a user-agent script; an empty 相关信息
box on every article; a stale 部门动态 and 人事信息, an empty 镇街动态; documents whose 文号 is empty, whose 有效性
row is absent, whose 成文日期 is absent; interpretations missing, late and unlinked; a department's own 年报 column.
Every planted defect is an `Expected` entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, SITE_HOST, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
CITY = "岭州市"
DISTRICT = "榕岗区"
GOV = "岭州市榕岗区人民政府"
OFFICE = "岭州市榕岗区人民政府办公室"
FGJ = "岭州市榕岗区发展和改革局"
SITE_NAME = "岭州市榕岗区人民政府门户网站"
SITE_ID = "4406150001"
ICP = "粤ICP备12055214号-1"
PSB = "粤公网安备 44061502000133号"
HTML = "text/html; charset=UTF-8"
PER_PAGE = 15
XXGK = "/rgxxgk/"
XXGK_PAGES = r"^/rgxxgk/"  # the 信息公开 platform's template
ON = ' class="on"'
PAGE = 'window.NFCMS_PUB_TYPE="page";'


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = OFFICE
    meta: dict[str, str] | None = None  # the 信息公开 document fields (div.introduce)
    related: list[tuple[str, str]] = field(default_factory=list)  # (url, title): 相关解读 / 原文链接
    comment: str = ""  # the list link's category comment (<!-- 规范性文件 -->)
    hour: int = 9


@dataclass
class Col:
    path: str  # "/ywdt/rgyw/"
    name: str
    channel: str  # the trail's channel step ("要闻动态", "信息公开", "部门信息公开")
    docs: list[Doc] = field(default_factory=list)
    xxgk: bool = False

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // PER_PAGE))

    def url(self, n: int = 1) -> str:
        """Page n's resource address (page 1 is linked as the folder too)."""
        return f"{self.path}index.html" if n == 1 else f"{self.path}index_{n}.html"

    def doc_url(self, d: Doc) -> str:
        return f"{self.path}content/post_{d.id}.html"

    def wap_url(self, d: Doc) -> str:
        return f"{self.path}content/mpost_{d.id}.html"


def _js_string(html: str) -> str:
    """An HTML fragment as NFCMS writes it: one quoted JS string per line, joined by +."""
    lines = [line.replace("\\", "\\\\").replace("'", "\\'") for line in html.split("\n") if line]
    return "+\n".join(f"'{line}'" for line in lines)


_HEADER = (f'<div class="head"><div class="headCon"><div class="logo"><img src="/static/picture/logo.png" alt="{SITE_NAME}"></div>\n'
           '<div class="dh"><a href="/">首页</a><a href="/index.html?link=ywdt">要闻动态</a><a href="/zwgk/index.html">政务公开</a>'
           '<a href="https://www.gdzwfw.gov.cn/?region=440615" target="_blank">政务服务</a>'
           '<a href="https://12345.lingzhou.gov.cn/" target="_blank">互动交流</a><a href="?version=slh">长者模式</a></div>\n'
           '</div></div>')
_SLH_HEADER = f'<div class="head slh"><div class="logo"><img src="/static/picture/logo_slh.png" alt="{SITE_NAME}"></div><a href="?">退出长者模式</a></div>'


def _footer_html() -> str:
    return ('<div class="foot">\n'
            '<div class="wzinfo"><a href="/gywz/gywm/index.html">关于我们</a>&nbsp;&nbsp;<a href="/gywz/wzdt/index.html">网站地图</a></div>\n'
            '<div class="copyright">\n'
            f'<span>主办：&nbsp;&nbsp;{OFFICE}</span>&nbsp;&nbsp;<span>承办：&nbsp;&nbsp;{CITY}{DISTRICT}政务服务和数据管理局</span>\n'
            f'<p>版权所有：{SITE_NAME}</p>\n'
            f'<p><a target="_blank" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44061502000133">{PSB}</a></p>\n'
            f'<p><a href="https://beian.miit.gov.cn">{ICP}</a>&nbsp;&nbsp;&nbsp;<span>网站标识码{SITE_ID}</span></p>\n'
            '<div class="ideConac"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1A2B3C4D5E6F7A8BE053012819AC4406" '
            'target="_blank"><img id="imgConac" src="/static/picture/red.png" title="党政机关" alt="党政机关"></a></span></div>\n'
            '</div>\n</div>')


def _head(title: str, meta: dict[str, str], nfcms: str) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in meta.items())
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="UTF-8">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
            f"<title>{escape(title)}</title>\n{metas}"
            f'<script>window.NFCMS_SITE_ID=200615;{nfcms}</script><script src="/static/js/s.js" async></script>\n'
            '<link type="text/css" rel="stylesheet" href="/static/css/common.css">\n'
            '<script src="/static/js/jquery.min.js"></script>\n')


def _site_meta() -> dict[str, str]:
    return {"SiteName": SITE_NAME, "SiteDomain": "www.ronggang.gov.cn", "SiteIDCode": SITE_ID}


def _col_meta(name: str, kind: str) -> dict[str, str]:
    return {**_site_meta(), "ColumnName": name, "ColumnDescription": f"{DISTRICT}{name}。", "ColumnKeywords": name,
            "ColumnType": kind}


_INIT = ('<script>\nfunction parseQueryString(url){var result={};var str=url.split("?")[1];if(str==undefined)return result;'
         'var items=str.split("&");for(var i=0;i<items.length;i++){var arr=items[i].split("=");result[arr[0]]=arr[1];}return result;}\n'
         'function initPage(){var version=parseQueryString(window.location.href).version;\n'
         "if(version==='slh'){document.getElementById('headerAnchor').innerHTML=pcSlhHeaderStr;"
         "document.getElementById('footerAnchor').innerHTML=pcSlhFooterStr;}\n"
         "else{document.getElementById('headerAnchor').innerHTML=pcHeaderStr;"
         "document.getElementById('footerAnchor').innerHTML=pcFooterStr;}}\ninitPage();\n</script>\n")
_WIDGETS = ('<div class="yss"><a href="https://yss.gdbs.gov.cn/" target="_blank"><img src="/static/picture/yss.png" alt="粤省事"></a>'
            '<a href="https://www.gdzwfw.gov.cn/" target="_blank"><img src="/static/picture/szzf.png" alt="广东政务服务网"></a></div>\n'
            '<script id="_jiucuo_" sitecode="4406150001" src="/static/js/jiucuo.js"></script>\n')


# The tool bar above the header anchor: by.gov.cn's 无障碍/长者助手 buttons (aria.start(), aria.oldFixedStart()) and
# a 长者模式 link to the page's own address with `?version=slh`, the query initPage() reads (guessed: gd.gov.cn's strings).
def _toolbar(own: str) -> str:
    return ('<div class="toolbar"><span class="wza" onclick="aria.start()">无障碍版</span> '
            '<a class="slh" href="javascript:void(0);" onclick="aria.oldFixedStart()">长者助手</a> '
            f'<a class="slh_link" href="{_a(own)}?version=slh">长者模式</a></div>\n')


def _portal_page(title: str, meta: dict[str, str], nfcms: str, body: str, own: str) -> Resource:
    """A portal page: header and footer exist only as JS strings that initPage() writes into the anchors."""
    footer = _footer_html()
    strings = (f"var pcHeaderStr = {_js_string(_HEADER)};\n\nvar pcFooterStr = {_js_string(footer)};\n\n"
               f"var pcSlhHeaderStr = {_js_string(_SLH_HEADER)};\n\nvar pcSlhFooterStr = {_js_string(footer)};\n")
    html = (f"{_head(title, meta, nfcms)}<script>\n{strings}</script>\n</head>\n<body>\n<!-- 页头挂载 -->\n"
            f'<div id="headerAnchor"></div>\n{_toolbar(own)}{body}\n<!-- 页脚挂载 -->\n<div id="footerAnchor"></div>\n{_INIT}{_WIDGETS}</body>\n</html>\n')
    return Resource(html.encode("utf-8"), HTML)


def _xxgk_page(title: str, body: str) -> Resource:
    """The 信息公开 platform's older template: a plain header and footer, only the site's metas, no 网站标识码."""
    html = (f"{_head(title, _site_meta(), PAGE)}</head>\n<body>\n"
            f'<div class="xxgk_top"><a href="/"><img src="/static/picture/logo.png" alt="{SITE_NAME}"></a>'
            f'<span>{DISTRICT}政府信息公开</span><a href="/index.html">返回门户首页</a></div>\n{body}\n'
            '<div class="xxgk_footer">\n'
            f'<p>主办：{OFFICE}&nbsp;&nbsp;承办：{CITY}{DISTRICT}政务服务和数据管理局</p>\n'
            f'<p><a target="_blank" href="//beian.miit.gov.cn">{ICP}</a>&nbsp;&nbsp;'
            f'<a target="_blank" href="//www.beian.gov.cn/portal/registerSystemInfo?recordcode=44061502000133">{PSB}</a></p>\n'
            '</div>\n</body>\n</html>\n')
    return Resource(html.encode("utf-8"), HTML)


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 10412230
        self.wap: set[str] = set()
        self.pictures: list[str] = []

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 1379
        return Doc(self.next_id, title, when, body or _paras(f"{title}。", _WORK), hour=8 + self.next_id % 9, **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    # -- trails
    def trail(self, col: Col) -> str:
        if col.xxgk:
            steps = [("/", "首页"), (XXGK, "政府信息公开")]
            if col.path.startswith(f"{XXGK}fgj/"):
                steps.append((f"{XXGK}fgj/", FGJ))
            steps.append((col.path, col.name))
            return '<div class="xxgk_pos">您的位置：' + " / ".join(f'<a href="{_a(u)}">{n}</a>' for u, n in steps) + "</div>\n"
        steps = [(f"//{SITE_HOST}/", "首页"), ("/index.html?link=ywdt", col.channel), (f"//{SITE_HOST}{col.path}", col.name)]
        return ('<div class="container curmb_box"><div class="curmb">当前位置：'
                + "&nbsp;&gt;&nbsp;".join(f'<a href="{_a(u)}">{n}</a>' for u, n in steps) + "</div></div>\n")

    def pager(self, col: Col, n: int) -> str:
        last = col.pages
        name = lambda k: "index.html" if k == 1 else f"index_{k}.html"  # noqa: E731
        parts = [f'<a href="{name(1)}">首页</a>' if n > 1 else '<span class="disabled">首页</span>',
                 f'<a class="prev" href="{name(n - 1)}">上一页</a>' if n > 1 else '<span class="disabled">上一页</span>']
        parts += [f'<a href="{name(k)}">{k}</a>' if k != n else f'<a class="cur">{k}</a>' for k in range(1, last + 1)]
        parts += [f'<a class="next" href="{name(n + 1)}">下一页</a>' if n < last else '<span class="disabled">下一页</span>',
                  f'<a class="last" href="{name(last)}">尾页</a>' if n < last else '<span class="disabled">尾页</span>']
        return f'<div class="page">{"".join(parts)}<span class="total">共{last}页</span></div>'

    def side(self, col: Col) -> str:
        sib = [c for c in self.cols if c.channel == col.channel]
        lis = "".join(f'<li{ON if c is col else ""}><a href="{_a(c.path)}">{c.name}</a></li>' for c in sib)
        return f'<div class="left_nav"><h2>{col.channel}</h2><ul>{lis}</ul></div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * PER_PAGE:n * PER_PAGE]
        pager = self.pager(col, n) if col.pages > 1 else ""
        if col.xxgk:
            rows = "".join(f'\n<li><span class="til"><a href="{_a(col.doc_url(d))}" target="_blank" title="{escape(d.title)}">'
                           f'{escape(d.title)}</a></span><span class="time">{d.when:%Y-%m-%d}</span></li>' for d in docs)
            body = (f'<div class="con">\n{self.trail(col)}{self.side(col)}<div class="viewList">\n<div class="viewList_tit">{col.name}</div>\n'
                    f'<ul>{rows}\n</ul>\n{pager}\n</div>\n</div>')
            return _xxgk_page(f"{col.name}-{SITE_NAME}", body)
        rows = ""
        for d in docs:
            comment = f"\n              <!-- {d.comment} -->" if d.comment else ""
            rows += (f'\n<li>\n<i></i>\n<a href="//{SITE_HOST}{_a(col.doc_url(d))}" target="_blank" title="{escape(d.title)}">{comment}\n'
                     f'                {escape(d.title)}</a>\n<span class="time">{d.when:%Y-%m-%d}</span>\n</li>')
        body = (f'{self.trail(col)}<div class="container">\n{self.side(col)}<div class="main_border">\n'
                f'<div class="main_tit"><span>{col.name}</span></div>\n<ul class="news_list">{rows}\n</ul>\n{pager}\n</div>\n</div>')
        meta = _col_meta(col.name, "工作动态" if col.channel == "要闻动态" else col.name)
        return _portal_page(f"{col.name}-{SITE_NAME}", meta, 'window.NFCMS_PUB_TYPE="cat";window.NFCMS_CAT_ID="' + str(len(col.path)) + '";', body,
                            col.path if n == 1 else col.url(n))

    def related_box(self, d: Doc) -> str:
        rows = "".join(f'<li><a href="{_a(u)}" target="_blank">{escape(t)}</a></li>' for u, t in d.related)
        return ('<div class="article_documents">\n<div class="common_title grain orange"><h3><span>相关信息</span></h3></div>\n'
                f'<ul class="newslist yyyy-MM-dd res">{rows}\n</ul>\n</div>\n')

    def article(self, col: Col, d: Doc) -> Resource:
        if col.xxgk:
            return self.xxgk_article(col, d)
        wap = col.wap_url(d)
        body = (f'{self.trail(col)}<div class="container">\n<div class="content clearfix">\n'
                f'<h1 class="content_title">{escape(d.title)}</h1>\n'
                f'<div class="content_attr"><span class="time">发布时间：<b>{d.when:%Y-%m-%d}</b></span> '
                f'<span class="ly">来源：<b>{escape(d.source)}</b></span> <span class="fontsize"><b>字体大小：</b> '
                "<a class=\"l\" onclick=\"adjustFontsize('zoomcon','larger')\">大</a> "
                "<a class=\"m\" onclick=\"adjustFontsize('zoomcon','large')\">中</a> "
                "<a class=\"s\" onclick=\"adjustFontsize('zoomcon','small')\">小</a></span></div>\n"
                f'<div class="content_article" id="zoomcon">{d.body}</div>\n{self.related_box(d)}'
                '<div class="content_extended clearfix"><div class="llcs">浏览次数：<span id="NFCMS-POST-VISIT-2">-</span></div>'
                '<div class="other"><a href="javascript:scroll(0,0)">返回顶部</a><a href="javascript:window.print();">打印</a>'
                '<a href="javascript:void(0);" onclick="window.close();">关闭</a></div></div>\n</div>\n</div>\n'
                '<script>(function(u){if((u.indexOf("iP")>-1||u.indexOf("Android")>-1)&&document.location.href!="'
                f'https://www.ronggang.gov.cn{wap}"){{document.location.href="https://www.ronggang.gov.cn{wap}"}}}})'
                "(window.navigator.userAgent);</script>")
        meta = {**_col_meta(col.name, "工作动态"), "ArticleTitle": d.title, "PubDate": f"{d.when:%Y-%m-%d} {d.hour:02d}:{d.id % 60:02d}",
                "ContentSource": d.source, "Url": f"https://www.ronggang.gov.cn{col.doc_url(d)}"}
        self.wap_page(col, d)
        return _portal_page(f"{d.title}-{SITE_NAME}", meta,
                            f'window.NFCMS_PUB_TYPE="post";window.NFCMS_POST_ID="{d.id}";', body, col.doc_url(d))

    def wap_page(self, col: Col, d: Doc) -> None:
        """The mobile copy (mpost): named only by the article's user-agent redirect script."""
        html = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="UTF-8">\n'
                '<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">\n'
                f'<title>{escape(d.title)}</title>\n<link rel="stylesheet" href="/static/css/wap.css">\n</head>\n<body>\n'
                f'<div class="m-header"><a href="/" class="m-logo">{DISTRICT}人民政府</a></div>\n'
                f'<div class="m-article"><h1>{escape(d.title)}</h1>\n<div class="m-attr"><span>{d.when:%Y-%m-%d}</span> '
                f'<span>来源：{escape(d.source)}</span></div>\n<div class="m-con">{d.body}</div>\n</div>\n'
                f'<div class="m-footer"><p>主办：{OFFICE}</p><p>网站标识码：{SITE_ID}</p><p>{ICP}</p><p>{PSB}</p></div>\n'
                '</body>\n</html>\n')
        self.res[col.wap_url(d)] = Resource(html.encode("utf-8"), HTML)
        self.wap.add(col.wap_url(d))

    def xxgk_article(self, col: Col, d: Doc) -> Resource:
        fields = ""
        if d.meta is not None:
            fields = ('<div class="introduce">\n' + "".join(
                f'<div class="col"><label>{k}：</label><span>{escape(v)}</span></div>\n' for k, v in d.meta.items()) + "</div>\n")
        related = ""
        if d.related:
            head = "原文链接" if col.name == "政策解读" else "相关解读"
            related = (f'<div class="xgjd"><span>{head}：</span>'
                       + "".join(f'<a href="{_a(u)}" target="_blank">{escape(t)}</a>' for u, t in d.related) + "</div>\n")
        body = (f'<div class="con">\n{self.trail(col)}<div class="viewList">\n{fields}'
                f'<h3 class="zw-title">{escape(d.title)}</h3>\n'
                f'<div class="zw-info"><span class="time">时间&nbsp;:&nbsp;{d.when:%Y-%m-%d} {d.hour:02d}:{d.id % 60:02d}:00</span>'
                f' <span class="ly">来源&nbsp;:&nbsp;{escape(d.source)}</span></div>\n'
                f'<div class="zw">{d.body}\n<div class="fj" style="margin-top:15px;"></div>\n</div>\n{related}</div>\n</div>')
        return _xxgk_page(f"{d.title}-{SITE_NAME}", body)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
        for col in self.cols:
            for n in range(1, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-align: justify;">　　{t}</p>' for t in texts)


_WORK = ("会议要求，各镇街、各部门要坚持以人民为中心的发展思想，聚焦高质量发展，压实工作责任，细化工作举措，"
         "加强督促检查，确保各项目标任务按期完成，不断增强人民群众的获得感、幸福感、安全感。")
_NEWS = ("召开区政府常务会议", "部署安全生产大检查", "推进百县千镇万村高质量发展工程", "调研重点项目建设", "召开森林防火工作会议",
         "推进城市更新", "部署秋冬季大气污染防治", "召开民生实事推进会", "开展招商引资集中签约", "召开防汛防风工作会议")
BROKEN_IMAGE = "/attachment/0/612/612883/10455190.jpg"
DELETED = "/ywdt/rgyw/content/post_10207781.html"
BROKEN_PDF = "/attachment/0/598/598411/10436022.pdf"
GOOD_PDF = "/attachment/0/601/601205/10441157.pdf"
DEAD_COLUMN = "/ztzl/cjwmcs/"


def _news(s: _Site) -> Col:
    rgyw = Col("/ywdt/rgyw/", "榕岗要闻", "要闻动态")
    for i in range(38):
        rgyw.docs.append(s.doc(f"{DISTRICT}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 2),
                               _paras(f"近日，{DISTRICT}{_NEWS[i % 10]}。区主要领导出席并讲话。", _WORK), source="榕岗融媒"))
    rgyw.docs[2].body += f'<p style="text-align: center;"><img src="{BROKEN_IMAGE}" alt=""></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "要闻正文图片 404", probe="status:404"))
    rgyw.docs[6].body += f'<p>相关阅读：<a href="{DELETED}">我区召开上半年经济运行分析会</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    s.traps.append(Trap(rgyw.url(), "榕岗要闻最新 2026-11-19，后续页 index_2.html、index_3.html：不是过期栏目"))

    tzgg = Col("/ywdt/tzgg/", "通知公告", "要闻动态")
    for i in range(22):
        tzgg.docs.append(s.doc(f"关于{('做好2027年元旦春节期间有关工作', '开展安全生产大检查', '公布区级非遗代表性项目', '征求意见')[i % 4]}"
                               f"的通知（{i + 1}）", AS_OF - timedelta(days=5 + i * 9),
                               _paras("各镇人民政府、街道办事处，区直各单位：", _WORK, OFFICE), comment=("其他文件", "")[i % 2]))
    tzgg.docs[3].body += f'<p>附件：<a href="{BROKEN_PDF}" target="_blank">报名表.pdf</a></p>'
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs[5].body += f'<p>附件：<a href="{GOOD_PDF}" target="_blank">申报表.pdf</a></p>'
    s.traps.append(Trap(GOOD_PDF, "附件可下载，不是断链"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 4, 16),
                           _paras("经清理，继续有效的区政府行政规范性文件47件，宣布失效5件，废止3件。", _WORK), source=OFFICE))

    bmdt = Col("/ywdt/bmdt/", "部门动态", "要闻动态")
    for i in range(12):
        bmdt.docs.append(s.doc(f"区{('发展和改革局', '教育局', '民政局', '自然资源分局')[i % 4]}开展{('走访调研', '业务培训', '专项督查')[i % 3]}活动",
                               date(2026, 9, 30) - timedelta(days=i * 11)))
    s.key.append(Expected("stale-columns", bmdt.url(), "部门动态最新 2026-09-30，动态类栏目超过 2 周未更新", probe="newest:2026-09-30"))

    zjdt = Col("/ywdt/zjdt/", "镇街动态", "要闻动态")
    s.key.append(Expected("empty-columns", zjdt.url(), "镇街动态栏目页没有任何条目", probe="no-rows"))
    s.cols += [rgyw, tzgg, bmdt, zjdt]
    return rgyw


# Documents (subject, defect): missing / late / unlinked / meta:<label>
_DOCUMENTS = (("城市绿化管理", ""), ("公共租赁住房管理", "missing"), ("政府投资项目管理", "meta:有效性"),
              ("城市养犬管理", "late"), ("农村宅基地审批管理", "unlinked"), ("区级储备粮管理", "meta:文号"),
              ("政府购买服务管理", "meta:成文日期"), ("重大行政决策程序", ""), ("中小企业发展专项资金管理", ""))


def _disclosure(s: _Site) -> Col:
    gfx = Col(f"{XXGK}gfxwj/", "规范性文件", "信息公开", xxgk=True)
    jd = Col(f"{XXGK}zcjd/", "政策解读", "信息公开", xxgk=True)
    for k, (subject, defect) in enumerate(_DOCUMENTS):
        when = date(2026, 10, 28) - timedelta(days=31 * k)
        number = f"岭榕府规〔{when.year}〕{12 - k}号"
        short = f"{DISTRICT}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when, source=GOV, comment="规范性文件")
        d.body = _paras("各镇人民政府、街道办事处，区政府各部门、各直属机构：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        GOV, f"{when.year}年{when.month}月{when.day}日",
                        f"第一条　为规范本区{subject}工作，根据有关法律法规，结合本区实际，制定本办法。",
                        "第二条　本办法适用于本区行政区域内的有关管理活动。", "第三条　本办法自印发之日起施行，有效期五年。")
        written = when - timedelta(days=4)
        d.meta = {"索引号": f"11440615MB2C38712K/{when.year}-{k + 118:05d}", "分类": "城乡建设、环境保护；通知",
                  "发布机构": GOV, "成文日期": f"{written:%Y-%m-%d}", "标题": d.title, "文号": number,
                  "统一编号": f"LZRG{when.year}{k + 3:04d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        label = defect[5:] if defect.startswith("meta:") else ""
        if label == "文号":
            d.meta["文号"] = ""
        elif label:
            del d.meta[label]
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if label:
            s.key.append(Expected("normative-metadata", url, f"规范性文件的“{label}”一项{'为空' if label == '文号' else '缺失'}",
                                  probe=f"meta-missing:{label}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        text = _paras(f"一、起草背景　为规范本区{subject}工作，区政府起草了《{short}》。",
                      "二、主要内容　《办法》共三条，明确了适用范围和施行日期。", "三、适用对象　" + _WORK)
        if k % 3 == 1:  # a 图解: one picture, its alt the only words
            text = f'<p style="text-align: center;"><img src="/attachment/0/620/620{k:03d}/tujie.jpg" alt="图解{short}"></p>'
            s.pictures.append(f"/attachment/0/620/620{k:03d}/tujie.jpg")
        i = s.doc((f"《{short}》政策解读", f"图解：《{short}》", f"一图读懂《{short}》")[k % 3], when + timedelta(days=lag),
                  text, source=OFFICE)
        if defect != "unlinked":
            i.related.append((url, d.title))
            d.related.append((jd.doc_url(i), i.title))
            s.traps.append(Trap(url, "文件与解读互相链接（相关解读 / 原文链接）"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        jd.docs.append(i)
    for n in range(3):  # interpretations of the city's and the province's policies
        jd.docs.append(s.doc(f"《{('广东省优化营商环境条例', '岭州市促进服务消费若干措施', '广东省河长制条例')[n]}》解读",
                             date(2026, 11, 12) - timedelta(days=17 * n), _paras("一、出台背景", "二、主要内容　" + _WORK)))

    rsxx = Col(f"{XXGK}rsxx/", "人事信息", "信息公开", xxgk=True)
    for n in range(7):
        rsxx.docs.append(s.doc(f"{GOV}关于{('任免', '公示拟任', '试用期满考核')[n % 3]}工作人员的通知（{n + 1}）",
                               date(2025, 4, 22) - timedelta(days=n * 38), _paras("经研究决定，现将有关事项通知如下。", _WORK)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事信息最新 2025-04-22，已超过 1 年未更新", probe="newest:2025-04-22"))

    czyjs = Col(f"{XXGK}czyjs/", "财政预决算", "信息公开", xxgk=True)
    for n in range(6):
        year = 2026 - n // 2
        kind = "预算" if n % 2 == 0 else "决算"
        when = date(year, 2, 14) if kind == "预算" else date(year - 1, 8, 21)
        czyjs.docs.append(s.doc(f"{DISTRICT}{year if kind == '预算' else year - 2}年区级财政{kind}公开", when,
                                _paras("根据《中华人民共和国预算法》有关规定，现将区级财政预决算公开如下。", _WORK)))
    s.traps.append(Trap(czyjs.url(), "财政预决算最新 2026-02-14，在 1 年内"))

    ndbg = Col(f"{XXGK}ndbg/", "政府信息公开年报", "信息公开", xxgk=True)
    # A district government publishes its report by March 31 (条例第四十九条); its departments by January 31.
    published = {2025: date(2026, 3, 20), 2023: date(2024, 3, 28), 2022: date(2023, 5, 12), 2021: date(2022, 3, 31),
                 2020: date(2021, 3, 24)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 11))
        ndbg.docs.append(d)
        if year == 2022:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2022 年度报告 2023-05-12 发布，晚于区政府年报的公开期限 3 月 31 日",
                                  match=(DISTRICT, "2022"), probe="late:2023-03-31"))
        elif year == 2021:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在截止日 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告", match=(DISTRICT, "2024"),
                          probe="no-report:2024"))
    s.cols += [gfx, jd, rsxx, czyjs, ndbg]
    return gfx


def _department(s: _Site) -> None:
    """区发展和改革局 on the district's 信息公开 platform: its own 工作动态 and 年报 columns."""
    gzdt = Col(f"{XXGK}fgj/gzdt/", "工作动态", "部门信息公开", xxgk=True)
    for i in range(9):
        gzdt.docs.append(s.doc(f"区发展和改革局{('召开价格监测工作会议', '开展粮食安全检查', '推进重点项目前期工作')[i % 3]}",
                               AS_OF - timedelta(days=3 + i * 8), source=FGJ))
    s.traps.append(Trap(gzdt.url(), "部门工作动态最新 2026-11-17，不过期"))
    ndbg = Col(f"{XXGK}fgj/ndbg/", "政府信息公开年报", "部门信息公开", xxgk=True)
    for year in range(2020, 2026):
        d = s.doc(f"{FGJ}{year}年政府信息公开工作年度报告", date(year + 1, 1, 15 + year % 5), report_body(FGJ, year, year % 7 + 3),
                  source=FGJ)
        ndbg.docs.append(d)
    s.traps.append(Trap(ndbg.url(), "区发展和改革局 2020–2025 年年报齐全，均在 1 月 31 日前发布"))
    s.cols += [gzdt, ndbg]


_STATIC = ((f"{XXGK}gkzn/index.html", "政府信息公开指南",
            _paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。", "一、主动公开　二、依申请公开　三、监督和救济",
                   "本指南自2026年3月2日起施行。")),
           (f"{XXGK}fdzdgknr/index.html", "法定主动公开内容",
            _paras("本机关法定主动公开内容包括：机构职能、规范性文件、政策解读、人事信息、财政预决算、政府信息公开年报等，"
                   "分别在本平台各栏目发布。")),
           (f"{XXGK}gkzd/index.html", "政府信息公开制度", _paras("本机关建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。")),
           (f"{XXGK}jgzn/index.html", "机构职能", _paras(f"{GOV}是区人民代表大会的执行机关，是区级国家行政机关。")),
           (f"{XXGK}ysqgk/index.html", "依申请公开", _paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。")),
           (f"{XXGK}fgj/gkzn/index.html", "区发展和改革局政府信息公开指南",
            _paras(f"为便于公民、法人和其他组织获取{FGJ}的政府信息，编制本指南。", "本指南自2026年2月10日起施行。")))


def _static(s: _Site) -> None:
    for url, name, text in _STATIC:
        body = (f'<div class="con">\n<div class="xxgk_pos">您的位置：<a href="/">首页</a> / <a href="{XXGK}">政府信息公开</a> / '
                f'<a href="{_a(url.removesuffix("index.html"))}">{name}</a></div>\n<div class="viewList">\n'
                f'<h3 class="zw-title">{name}</h3>\n<div class="zw">{text}</div>\n</div>\n</div>')
        s.res[url] = _xxgk_page(f"{name}-{SITE_NAME}", body)
    s.traps.append(Trap(f"{XXGK}jgzn/index.html", "无日期的单页，不是过期栏目"))

    def blocks(cols: list[Col]) -> str:
        return "".join(
            f'<div class="xxgk_box"><h3>{c.name}<a class="more" href="{_a(c.path)}">更多&gt;&gt;</a></h3><ul>'
            + "".join(f'<li><a href="{_a(c.doc_url(d))}">{escape(d.title)}</a><span class="time">{d.when:%Y-%m-%d}</span></li>'
                      for d in c.docs[:4]) + "</ul></div>\n" for c in cols)
    statics = "".join(f'<li><a href="{_a(u.removesuffix("index.html"))}">{n}</a></li>' for u, n, _ in _STATIC[:5])
    main = [c for c in s.cols if c.channel == "信息公开"]
    body = (f'<div class="con">\n<div class="xxgk_pos">您的位置：<a href="/">首页</a> / <a href="{XXGK}">政府信息公开</a></div>\n'
            f'<div class="xxgk_left"><h3>政府信息公开</h3><ul>{statics}</ul>\n<h3>部门信息公开</h3><ul>'
            f'<li><a href="{XXGK}fgj/">{FGJ}</a></li></ul></div>\n<div class="xxgk_right">\n{blocks(main)}</div>\n</div>')
    s.res[f"{XXGK}index.html"] = _xxgk_page(f"政府信息公开-{SITE_NAME}", body)
    s.traps.append(Trap(XXGK, "信息公开平台首页是目录导航页，不是栏目"))
    dept = [c for c in s.cols if c.channel == "部门信息公开"]
    body = (f'<div class="con">\n<div class="xxgk_pos">您的位置：<a href="/">首页</a> / <a href="{XXGK}">政府信息公开</a> / '
            f'<a href="{XXGK}fgj/">{FGJ}</a></div>\n<div class="xxgk_left"><ul><li><a href="{XXGK}fgj/gkzn/">政府信息公开指南</a></li></ul></div>\n'
            f'<div class="xxgk_right">\n{blocks(dept)}</div>\n</div>')
    s.res[f"{XXGK}fgj/index.html"] = _xxgk_page(f"{FGJ}-{SITE_NAME}", body)
    s.traps.append(Trap(f"{XXGK}fgj/", "部门信息公开首页是导航页，不是栏目"))
    s.res["/gywz/gywm/index.html"] = _portal_page(f"关于我们-{SITE_NAME}", _col_meta("关于我们", "其他"), PAGE,
                                                  f'<div class="container"><h1>关于我们</h1>{_paras(f"{SITE_NAME}由{OFFICE}主办。")}</div>',
                                                  "/gywz/gywm/")
    s.res["/gywz/wzdt/index.html"] = _portal_page(f"网站地图-{SITE_NAME}", _col_meta("网站地图", "其他"), PAGE,
                                                  '<div class="container"><h1>网站地图</h1><ul>' + "".join(
                                                      f'<li><a href="{_a(c.path)}">{c.name}</a></li>' for c in s.cols) + "</ul></div>",
                                                  "/gywz/wzdt/")


def _zwgk(s: _Site) -> None:
    """The portal's 政务公开 page: entries to the 信息公开 platform, not a column."""
    links = "".join(f'<li><a href="{_a(u)}">{n}</a></li>' for u, n in (
        (XXGK, "政府信息公开"), (f"{XXGK}gkzn/", "政府信息公开指南"), (s.col("规范性文件").path, "规范性文件"),
        (s.col("政策解读").path, "政策解读"), (s.col("政府信息公开年报").path, "政府信息公开年报"),
        ("https://12345.lingzhou.gov.cn/", "12345 热线")))
    body = f'<div class="container"><div class="zwgk_nav"><h2>政务公开</h2><ul>{links}</ul></div></div>'
    s.res["/zwgk/index.html"] = _portal_page(f"政务公开-{SITE_NAME}", _col_meta("政务公开", "其他"), PAGE, body, "/zwgk/")
    s.traps.append(Trap("/zwgk/index.html", "政务公开页是信息公开平台的入口导航，不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{_a(col.doc_url(d))}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span class="time">{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="tab_box"><div class="tab_hd"><h3>{col.name}</h3><a class="more" href="{_a(col.path)}">更多&gt;</a></div>'
                f'<ul class="news_list">{rows}</ul></div>\n')
    body = ('<div class="container index">\n'
            + "".join(block(s.col(n), k) for n, k in (("榕岗要闻", 8), ("通知公告", 6), ("规范性文件", 5), ("政策解读", 5)))
            + '<div class="index_links">' + "".join(f'<a href="{_a(s.col(n).path)}">{n}</a> ' for n in ("部门动态", "镇街动态"))
            + f'<a href="{DEAD_COLUMN}">创建文明城市专题</a> <a href="/zwgk/index.html">政务公开</a> <a href="{XXGK}">政府信息公开</a> '
            '<a href="https://12345.lingzhou.gov.cn/" target="_blank">12345 政务服务便民热线</a> '
            '<a href="https://www.gdzwfw.gov.cn/?region=440615" target="_blank">广东政务服务网</a></div>\n</div>')
    s.key.append(Expected("broken-links", DEAD_COLUMN, "首页“创建文明城市专题”链接的专题已删除（404）", probe="status:404"))
    meta = {**_site_meta(), "ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": DISTRICT, "ColumnType": "首页"}
    home = _portal_page(SITE_NAME, meta, 'window.NFCMS_PUB_TYPE="page";window.NFCMS_PAGE_ID="1";', body, "/")
    s.res["/"] = home
    s.res["/index.html"] = home
    s.traps.append(Trap("/index.html?link=ywdt", "面包屑的“要闻动态”指向首页锚点（index.html?link=ywdt），是首页，不是栏目"))
    s.traps.append(Trap("/", "页脚（主办、网站标识码、ICP、粤公网安备、党政机关标识）写在脚本字符串里，由 initPage() 写入页面：浏览器中齐全"))


# Linked only from the footer, which is a JS string of HTML (`href="…"` inside it: a crawler reading the
# strings' links reaches them, unlike the mpost copies a script assigns to location.href).
FOOTER_ONLY = frozenset({"/gywz/gywm/index.html", "/gywz/wzdt/index.html"})

NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head>'
             '<body><div class="err"><h1>404</h1><p>抱歉，您访问的页面不存在或已删除。</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"nfcms offers only the small size, not {size!r}")
    s = _Site()
    rgyw = _news(s)
    _disclosure(s)
    _department(s)
    s.render()
    _static(s)
    _zwgk(s)
    _home(s)
    s.res[GOOD_PDF] = Resource(fake_pdf("shenbaobiao"), "application/pdf")
    for url in s.pictures:
        s.res[url] = Resource(tiny_png(), "image/jpeg")
    for img in ("logo.png", "logo_slh.png", "red.png", "yss.png", "szzf.png"):
        s.res[f"/static/picture/{img}"] = Resource(tiny_png(), "image/png")
    for js in ("s.js", "jquery.min.js", "jiucuo.js"):
        s.res[f"/static/js/{js}"] = Resource(b"/* nfcms */", "application/javascript")
    for css in ("common.css", "wap.css"):
        s.res[f"/static/css/{css}"] = Resource(b"body{font-size:14px}", "text/css")
    s.traps.append(Trap("/ywdt/bmdt/?version=slh", "?version=slh 是同一栏目页的长者模式（脚本按参数换页头页脚），不是另一个栏目"))
    s.traps.append(Trap("/ywdt/rgyw/?version=slh", "?version=slh 是同一栏目页的长者模式，不是另一个栏目"))
    tujie = next(d for d in s.col("政策解读").docs if d.title.startswith("图解：") and d.related)
    s.traps.append(Trap(s.col("政策解读").doc_url(tujie), "只有一张图片的图解，以“原文链接”链接其文件：是该文件的解读"))
    for url in sorted(s.wap)[:3]:
        s.traps.append(Trap(url, "mpost 是文章的移动版副本（只由 UA 跳转脚本指向），与 post 是同一篇文章"))
    example = s.col("规范性文件")
    s.key.append(Expected("footer", example.doc_url(example.docs[0]), "信息公开平台模板（/rgxxgk/）的页脚没有网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=XXGK_PAGES))
    s.key.append(Expected("meta-tags", example.doc_url(example.docs[0]), "信息公开平台模板（/rgxxgk/）只有网站标签，没有栏目标签"
                          "（ColumnName…）和文章标签（ArticleTitle、PubDate、ContentSource）", probe="xxgk-site-tags-only",
                          url_pattern=XXGK_PAGES))
    s.traps.append(Trap(rgyw.doc_url(rgyw.docs[0]), "门户文章页有完整的 2017 指引网页标签，相关信息框为空不是缺陷"))
    return SampleSite("nfcms", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset(), script_only=frozenset(s.wap))
