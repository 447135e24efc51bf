"""The "gkmlpt" sample site: a Guangdong county (凤岭县人民政府) whose disclosure catalogue runs on
the province's 政府信息公开目录管理平台 (gkmlpt) as real sites serve it, lists loaded by script
from a JSON API.

Modelled on real gkmlpt markup and traffic as public code records it (the `search` tool, code
corpus): the catalogue is one single-page app at `/gkmlpt/index` whose HTML holds only
`window._CONFIG = {SID: '…', TREE: [...]}` (the category tree; nodes with `jump_url` point at
static pages) and a script bundle under `/gkmlpt/gkml/pc/js/`; a category is the hash route
`/gkmlpt/index#{catId}`, never a URL of its own; its rows come from
`/gkmlpt/api/all/{catId}?page=N&sid={SID}` as JSON (`classify.post_count`, `articles[]` with
`id`, `title`, `url`, `document_number`, `identifier`, `publisher`, `created_at`,
`display_publish_time` in Unix seconds, `attachment[]`), category 0 being "all documents"
(hulelan/china-governance crawler and scratchpad: `_CONFIG` SID/TREE, `fetchPostList`, the API
fields; a yangjiang.gov.cn fixture: `index#721` → `api/all/721?page=1&sid=662021`,
`content/0/963/post_963149.html`, `/attachment/0/88/88389/963149.pdf`; an lw.gov.cn spider:
`api/all/0?page=1&sid=200165`). Documents are server-rendered at
`/gkmlpt/content/{a}/{b}/post_{id}.html` with the platform's `<div class="classify"><table>`
metadata (索引号 / 分类 / 发布机构 / 成文日期 / 名称 / 文号 / 发布日期 / 主题词, domain.md §7.1's
yangjiang example) and `window._CONFIG.DETAIL`. The API gives root-relative `url`s here (real
ones are absolute with the site's host, which a loopback server cannot know in advance).

The portal around it is NFCMS-style (`/zwgk/{col}/index.html`, page n = `index_{n}.html` stated
by the page's pager; articles `…/content/post_{id}.html`). Guesses, said as such: the shape of the
rendered list DOM and pager (the real bundle is Vue; its DOM is not in the sources), the 相关解读
block on content pages, and the soft-404 page of the platform. Variety on purpose: empty
categories with a marker and with nothing at all, an empty portal column, stale categories, page
2 of a JSON list, an annual-report category with a gap and a late report, normative documents
with and without metadata, interpretations attached and missing, broken attachments and a
soft 404 for a deleted post, and gkmlpt pages whose footer lacks the 网站标识码. Every planted
defect is an `Expected` entry written before the tool ran; things that must not be findings
are `Trap`s.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 25)
SITE = "凤岭县人民政府"
ORGAN = "凤岭县人民政府"
SID = "441823"
SITE_CODE = "4418230001"
HTML = "text/html; charset=utf-8"
JSON_TYPE = "application/json;charset=UTF-8"
PER_PAGE = 10  # the platform's API page size on this site
_CST = timezone(timedelta(hours=8))

_FULL_FOOTER = (
    '<div class="footer"><div class="wrap">'
    '<p>主办：凤岭县人民政府办公室　承办：凤岭县政务服务数据管理局　地址：凤岭县城南路8号</p>'
    f'<p>网站标识码：{SITE_CODE}　<a href="https://beian.miit.gov.cn/" target="_blank">粤ICP备05012345号</a>　'
    '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44182302000123" target="_blank">'
    '粤公网安备 44182302000123号</a></p>'
    f'<p><script id="_jiucuo_" sitecode="{SITE_CODE}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>'
    "</div></div>")
# The gkmlpt platform's own footer (its SPA and content pages): no 网站标识码 (the planted defect).
_HOME_FOOTER = _FULL_FOOTER.replace(
    "</div></div>", '<p><span id="_ideConac"></span><a href="https://bszs.conac.cn/sitename?method=show&amp;id=5A6B7C8D">'
    '<img src="/images/red.png" alt="党政机关"></a></p></div></div>')
_GKML_FOOTER = (
    '<div class="gkml-foot"><p>凤岭县人民政府 版权所有</p>'
    '<p><a href="https://beian.miit.gov.cn/">粤ICP备05012345号</a>　'
    '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44182302000123">粤公网安备 44182302000123号</a></p></div>')

_NAV = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/xwdt/index.html">新闻动态</a></li>'
        '<li><a href="/gkmlpt/index">政务公开</a></li><li><a href="/hdjl/zjdc/index.html">互动交流</a></li></ul></div>')

# The platform's bundle (vanilla here; the real one is Vue): the tree as hash links, the current
# category's rows from the API, a pager of script buttons, 暂无数据 for an empty category in the
# "table" layout and nothing at all in the "text" layout.
APP_JS = r"""
(function () {
  var C = window._CONFIG, app = document.getElementById('app');
  function leaves(nodes, out) { nodes.forEach(function (n) { out.push(n); if (n.children) leaves(n.children, out); }); return out; }
  var all = leaves(C.TREE, []);
  function fmt(ts) { var d = new Date((ts + 8 * 3600) * 1000); function p(n) { return (n < 10 ? '0' : '') + n; }
    return d.getUTCFullYear() + '-' + p(d.getUTCMonth() + 1) + '-' + p(d.getUTCDate()); }
  function tree() {
    return '<div class="tree"><h3>政府信息公开目录</h3><ul>' + all.map(function (n) {
      if (n.children && n.children.length) return '<li class="parent"><span>' + n.name + '</span></li>';
      var href = n.jump_url ? n.jump_url : '#' + n.id;
      return '<li><a href="' + href + '">' + n.name + '</a></li>'; }).join('') + '</ul></div>';
  }
  function load(id, page) {
    var x = new XMLHttpRequest();
    x.open('GET', '/gkmlpt/api/all/' + id + '?page=' + page + '&sid=' + C.SID);
    x.onload = function () {
      var d = JSON.parse(x.responseText), node = all.filter(function (n) { return n.id == id; })[0];
      var name = node ? node.name : '全部', layout = node ? node.layout : 'table', rows = '';
      if (layout === 'text') {
        rows = '<ul class="news-list">' + d.articles.map(function (a) {
          return '<li><a href="' + a.url + '" target="_blank">' + a.title + '</a><span>' + fmt(a.display_publish_time) + '</span></li>';
        }).join('') + '</ul>';
      } else {
        rows = '<table class="table-list"><thead><tr><th>标题</th><th>文号</th><th>发布日期</th></tr></thead><tbody>' +
          (d.articles.length ? d.articles.map(function (a) {
            return '<tr><td class="title"><a href="' + a.url + '" target="_blank">' + a.title + '</a></td><td>' +
              (a.document_number || '') + '</td><td>' + fmt(a.display_publish_time) + '</td></tr>'; }).join('')
            : '<tr><td colspan="3" class="nodata">暂无数据</td></tr>') + '</tbody></table>';
      }
      var pages = Math.ceil(d.classify.post_count / d.page_size), pager = '';
      if (pages > 1) {
        pager = '<div class="pagination"><span>共' + d.classify.post_count + '条</span>';
        for (var k = 1; k <= pages; k++) pager += '<a href="javascript:;" class="btn' + (k == page ? ' active' : '') + '" data-page="' + k + '">' + k + '</a>';
        pager += '<a href="javascript:;" class="btn-next">下一页</a></div>';
      }
      document.getElementById('list').innerHTML = '<h2 class="cur-name">' + name + '</h2>' + rows + pager;
    };
    x.send();
  }
  app.innerHTML = tree() + '<div id="list" class="content-list"></div>';
  var id = parseInt((location.hash || '#0').slice(1), 10) || 0;
  load(id, 1);
  window.addEventListener('hashchange', function () { load(parseInt(location.hash.slice(1), 10) || 0, 1); });
})();
"""


def _ts(d: date, hour: int = 10) -> int:
    return int(datetime(d.year, d.month, d.day, hour, 0, tzinfo=_CST).timestamp())


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    number: str = ""
    related: list[tuple[str, str]] = field(default_factory=list)  # (title, url) of 相关解读
    attachments: list[tuple[str, str]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"/gkmlpt/content/{self.id // 1_000_000}/{self.id // 1000}/post_{self.id}.html"


@dataclass
class Cat:
    """A gkmlpt category: a hash route of the SPA, rows from the JSON API."""

    id: int
    name: str
    layout: str = "table"  # table | text (the SPA's two list layouts)
    docs: list[Doc] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"/gkmlpt/index#{self.id}"

    def api(self, page: int) -> str:
        return f"/gkmlpt/api/all/{self.id}?page={page}&sid={SID}"

    def pattern(self) -> str:
        """The category's page, or page 1 of its API list: either is the column's address."""
        return rf"^/gkmlpt/(?:index#{self.id}|api/all/{self.id}\?page=1&sid={SID})$"


def _column_meta(name: str) -> str:
    return "".join(f'<meta name="{k}" content="{name}">' for k in ("ColumnName", "ColumnDescription", "ColumnKeywords",
                                                                    "ColumnType"))


def _head(title: str, meta: str = "") -> str:
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{SITE}"><meta name="SiteDomain" content="www.fengling.gov.cn">'
            f'<meta name="SiteIDCode" content="{SITE_CODE}">{meta}<title>{title}</title>'
            '<link rel="stylesheet" href="/css/style.css"></head><body>')


def _page(title: str, body: str, footer: str, meta: str = "") -> Resource:
    logo = f'<div class="header"><a href="/"><img src="/images/logo.png" alt="{SITE}"></a>{_NAV}</div>'
    return Resource((_head(title, meta) + logo + body + footer + "</body></html>").encode("utf-8"), HTML)


class _Builder:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cats: list[Cat] = []
        self.next_id = 3_104_200

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def put(self, url: str, res: Resource) -> None:
        assert url not in self.res, url
        self.res[url] = res

    # gkmlpt ------------------------------------------------------------------------------
    def article(self, cat: Cat, d: Doc) -> None:
        m = {"索引号": d.meta.get("索引号", f"11441823007085123X/{d.when.year}-{d.id % 10000:05d}"),
             "分类": d.meta.get("分类", "综合政务、通知"), "发布机构": d.meta.get("发布机构", ORGAN),
             "成文日期": d.meta.get("成文日期", f"{d.when - timedelta(days=2):%Y-%m-%d}"),
             "名称": d.title, "文号": d.meta.get("文号", d.number), "发布日期": f"{d.when:%Y-%m-%d}",
             "主题词": d.meta.get("主题词", "")}
        if "有效性" in d.meta:
            m["有效性"] = d.meta["有效性"]
        for k in [k for k, v in d.meta.items() if v is None]:
            del m[k]  # the row is not printed at all

        def cell(k: str, wide: bool = False) -> str:
            if k not in m:
                return ""
            span = ' colspan="3"' if wide else ""
            return f'<td class="first">{k}：</td><td class="td-value"{span}><span>{m[k]}</span></td>'
        rows = (f"<tr>{cell('索引号')}{cell('分类')}</tr><tr>{cell('发布机构')}{cell('成文日期')}</tr>"
                f"<tr>{cell('名称', True)}</tr><tr>{cell('文号')}{cell('发布日期')}</tr><tr>{cell('主题词', True)}</tr>"
                + (f"<tr>{cell('有效性', True)}</tr>" if "有效性" in m else ""))
        related = ""
        if d.related:
            related = ('<div class="related"><h3>相关解读</h3><ul>'
                       + "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for t, u in d.related) + "</ul></div>")
        atts = ""
        if d.attachments:
            atts = '<div class="attachment"><p>附件：</p>' + "".join(
                f'<p><a class="nfw-cms-attachment" href="{u}">{n}</a></p>' for n, u in d.attachments) + "</div>"
        detail = json.dumps({"id": d.id, "title": d.title, "identifier": m.get("索引号", ""),
                             "document_number": m.get("文号", ""), "publisher": m.get("发布机构", "")}, ensure_ascii=True)
        body = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gkmlpt/index">政府信息公开</a> &gt; '
                f'<a href="{cat.url}">{cat.name}</a></div>'
                f'<div class="content-box"><div class="classify"><table>{rows}</table></div>'
                f'<div class="content"><h1 class="title">{d.title}</h1><div class="article-content">{d.body}</div>'
                f"{atts}</div>{related}</div>"
                f"<script>window._CONFIG = {{SID: '{SID}', DETAIL: {detail}}};</script>")
        meta = (f'<meta name="ArticleTitle" content="{escape(d.title)}"><meta name="PubDate" content="{d.when:%Y-%m-%d} 10:00">'
                f'<meta name="ContentSource" content="{ORGAN}">')
        self.put(d.url, _page(f"{d.title} - {SITE}", body, _GKML_FOOTER, meta))

    def api_json(self, cat: Cat | None, docs: list[Doc], page: int, owner: dict[int, Cat]) -> Resource:
        chunk = docs[(page - 1) * PER_PAGE: page * PER_PAGE]
        arts = []
        for d in chunk:
            c = owner[d.id]
            arts.append({"id": d.id, "title": d.title, "url": d.url, "post_url": d.url,
                         "document_number": d.number, "identifier": f"11441823007085123X/{d.when.year}-{d.id % 10000:05d}",
                         "publisher": ORGAN, "keywords": "", "date": _ts(d.when - timedelta(days=2), 0),
                         "created_at": f"{d.when:%Y-%m-%d} 10:{d.id % 60:02d}:00", "display_publish_time": _ts(d.when),
                         "classify_main": c.id, "classify_main_name": c.name, "classify_genre_name": "",
                         "classify_theme_name": "综合政务", "abstract": "", "is_expired": 0, "is_abolished": 0,
                         "relation": "[]", "attachment": [{"name": n, "url": u} for n, u in d.attachments]})
        classify = {"id": cat.id if cat else 0, "name": cat.name if cat else "全部", "post_count": len(docs)}
        payload = {"classify": classify, "articles": arts, "total": len(docs), "page": page, "page_size": PER_PAGE}
        return Resource(json.dumps(payload, ensure_ascii=True).encode("utf-8"), JSON_TYPE)

    def platform(self, tree: list[dict]) -> None:
        owner = {d.id: c for c in self.cats for d in c.docs}
        for cat in self.cats:
            cat.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            pages = max(1, -(-len(cat.docs) // PER_PAGE))
            for n in range(1, pages + 1):
                self.put(cat.api(n), self.api_json(cat, cat.docs, n, owner))
                if n > 1:
                    self.traps.append(Trap(cat.api(n), LATER_PAGE))
            for d in cat.docs:
                self.article(cat, d)
        everything = sorted((d for c in self.cats for d in c.docs), key=lambda d: (d.when, d.id), reverse=True)
        for n in range(1, -(-len(everything) // PER_PAGE) + 1):
            self.put(f"/gkmlpt/api/all/0?page={n}&sid={SID}", self.api_json(None, everything, n, owner))
        config = json.dumps(tree, ensure_ascii=False)
        shell = (f'<div id="app"><noscript>请开启浏览器的JavaScript功能</noscript></div>'
                 f"<script>window._CONFIG = {{SID: '{SID}', TREE: {config}, SERVICE_AREA_ID: 441823, "
                 f"SITE_NAME: '{SITE}'}};</script>"
                 '<script src="/gkmlpt/gkml/pc/js/chunk-vendors.3f2a1c.js"></script>'
                 '<script src="/gkmlpt/gkml/pc/js/app.8d41e7.js"></script>')
        self.put("/gkmlpt/index", _page(f"政府信息公开_{SITE}", shell, _GKML_FOOTER, _column_meta("政府信息公开")))
        self.put("/gkmlpt/gkml/pc/js/chunk-vendors.3f2a1c.js", Resource(b"/* vendors */", "application/javascript"))
        self.put("/gkmlpt/gkml/pc/js/app.8d41e7.js", Resource(APP_JS.encode("utf-8"), "application/javascript"))

    # portal (NFCMS) ----------------------------------------------------------------------
    def portal_column(self, path: str, name: str, docs: list[Doc], marker: str = "", per_page: int = 12) -> list[Doc]:
        docs.sort(key=lambda d: (d.when, d.id), reverse=True)
        pages = max(1, -(-len(docs) // per_page))
        for n in range(1, pages + 1):
            url = f"{path}index.html" if n == 1 else f"{path}index_{n}.html"
            chunk = docs[(n - 1) * per_page: n * per_page]
            rows = "".join(f'<li><a href="{path}content/post_{d.id}.html" title="{d.title}">{d.title}</a>'
                           f'<span class="date">{d.when:%Y-%m-%d}</span></li>' for d in chunk)
            if not docs and marker:
                rows = f'<li class="no-data">{marker}</li>'
            pager = ""
            if pages > 1:
                cur = ' class="cur"'
                links = "".join(f'<a href="{path}{"index.html" if k == 1 else f"index_{k}.html"}"'
                                f'{cur if k == n else ""}>{k}</a>' for k in range(1, pages + 1))
                pager = f'<div class="page">共{len(docs)}条 {links}</div>'
            body = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <span>{name}</span></div>'
                    f'<div class="main"><div class="left-nav"><h3>{name}</h3></div><div class="list-box">'
                    f'<div class="list-title">{name}</div><ul class="list">{rows}</ul>{pager}</div></div>')
            self.put(url, _page(f"{name}_{SITE}", body, _FULL_FOOTER, _column_meta(name)))
            if n > 1:
                self.traps.append(Trap(url, LATER_PAGE))
        for d in docs:
            body = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{path}index.html">{name}</a></div>'
                    f'<div class="article"><h1>{d.title}</h1><div class="info">发布时间：{d.when:%Y-%m-%d} 09:30　来源：{SITE}</div>'
                    f'<div class="article-content">{d.body}</div></div>')
            meta = (f'<meta name="ArticleTitle" content="{escape(d.title)}"><meta name="PubDate" content="{d.when:%Y-%m-%d} 09:30">'
                    f'<meta name="ContentSource" content="{SITE}"><meta name="ColumnName" content="{name}">')
            self.put(f"{path}content/post_{d.id}.html", _page(f"{d.title}_{SITE}", body, _FULL_FOOTER, meta))
        return docs


SUBJECTS = ("人居环境整治", "农村供水保障", "义务教育提质", "基层医疗服务", "安全生产", "森林防灭火",
            "营商环境", "乡村振兴", "耕地保护", "防汛防风", "民生实事", "就业创业")
SOFT404 = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>提示</title></head><body>'
           '<div class="error-page"><img src="/gkmlpt/gkml/pc/img/404.png" alt=""><p>抱歉，您访问的页面不存在或已被删除！</p>'
           '<a href="/gkmlpt/index">返回首页</a></div></body></html>')


@dataclass
class GkmlptSite(SampleSite):
    """The platform answers unknown `/gkmlpt/content/…` URLs with a status-200 error page;
    everything else unknown is a real 404."""

    soft: Resource | None = None

    def lookup(self, path: str, query: str) -> Resource:
        res = super().lookup(path, query)
        if res is self.not_found and self.soft and path.startswith("/gkmlpt/content/"):
            return self.soft
        return res


def build(size: str = "small") -> SampleSite:
    """Generate the site and its answer key."""
    b = _Builder()
    key, traps = b.key, b.traps
    png = tiny_png()
    for path in ("/images/logo.png", "/images/red.png", "/gkmlpt/gkml/pc/img/404.png"):
        b.put(path, Resource(png, "image/png"))
    b.put("/css/style.css", Resource(b"body{margin:0}", "text/css"))

    # Portal columns (NFCMS): 新闻动态 fresh over 2 pages, 通知公告 fresh, 征集调查 empty with a marker,
    # 乡镇动态 stale.
    xwdt = [b.doc(f"凤岭县召开{SUBJECTS[i % 12]}工作部署会（{i + 1}）", AS_OF - timedelta(days=1 + 3 * i)) for i in range(16)]
    bad_img = "/zwgk/xwdt/content/images/20261103/p01.jpg"
    xwdt[4].body += f'<p style="text-align:center"><img src="{bad_img}" alt="会议现场"></p>'
    key.append(Expected("broken-links", bad_img, "新闻正文图片不存在（404）", probe="status:404"))
    b.portal_column("/zwgk/xwdt/", "新闻动态", xwdt)
    tzgg = [b.doc(f"关于开展{SUBJECTS[(i + 4) % 12]}检查的通知（{i + 1}）", AS_OF - timedelta(days=9 + 21 * i)) for i in range(7)]
    tzgg.append(b.doc(f"{ORGAN}关于公布行政规范性文件清理结果的通知", date(2026, 4, 8),
                      "<p>经清理，继续有效的行政规范性文件21件，宣布失效4件，废止1件。</p>"))
    b.portal_column("/zwgk/tzgg/", "通知公告", tzgg)
    xzdt = [b.doc(f"{('龙口镇', '石岭镇', '沙坪镇')[i % 3]}推进{SUBJECTS[(i + 2) % 12]}（{i + 1}）",
                  date(2026, 10, 28) - timedelta(days=10 * i)) for i in range(9)]
    b.portal_column("/zwgk/xzdt/", "乡镇动态", xzdt)
    key.append(Expected("stale-columns", "/zwgk/xzdt/index.html", "动态类栏目最新信息 2026-10-28，超过 14 天",
                        probe="newest:2026-10-28"))
    b.portal_column("/hdjl/zjdc/", "征集调查", [], marker="暂无相关信息")
    key.append(Expected("empty-columns", "/hdjl/zjdc/index.html", "征集调查栏目为空（暂无相关信息）", probe="no-rows"))

    # gkmlpt categories.
    gzdt = Cat(2592, "工作动态", "text")
    for i in range(8):
        gzdt.docs.append(b.doc(f"县{('发展和改革局', '农业农村局', '教育局', '卫生健康局')[i % 4]}开展{SUBJECTS[(i + 6) % 12]}专项行动",
                               date(2026, 10, 20) - timedelta(days=9 * i)))
    key.append(Expected("stale-columns", gzdt.url, "动态类栏目（API 列表）最新信息 2026-10-20，超过 14 天",
                        probe="newest:2026-10-20", url_pattern=gzdt.pattern()))
    zcwj = Cat(2584, "政策文件")
    gfx = Cat(2583, "规范性文件")
    zcjd = Cat(2585, "政策解读", "text")
    # (subject, normative?, defect): missing | meta:<label> | blank:<label> | ""
    papers = [(3, True, ""), (4, True, "missing"), (5, True, "blank:文号"), (6, True, "meta:成文日期"), (7, True, ""),
              (8, True, ""), (9, True, ""), (10, True, ""), (11, True, ""), (0, True, ""), (1, True, ""), (2, True, ""),
              (3, True, ""), (0, False, ""), (1, False, "missing"), (2, False, "")]
    for k, (subj, normative, defect) in enumerate(papers):
        when = AS_OF - timedelta(days=15 + 19 * (len(papers) - k))
        name = SUBJECTS[subj] + ("" if k < 12 else "（修订）")
        number = f"凤府规〔2026〕{k + 1}号" if normative else f"凤府〔2026〕{40 + k}号"
        short = f"凤岭县{name}管理办法" if normative else f"凤岭县关于加强{name}工作的实施意见"
        title = f"凤岭县人民政府关于印发《{short}》的通知"
        meta: dict[str, str] = {"有效性": "有效" if k % 3 else "有效期至2031年12月31日"} if normative else {}
        if defect == "blank:文号":
            meta["文号"] = ""
        elif defect == "meta:成文日期":
            meta["成文日期"] = None  # type: ignore[assignment] - the row is not printed
        d = b.doc(title, when, f"<p>各镇人民政府，县府直属各单位：</p><p>现将《{short}》印发给你们，请认真贯彻执行。</p>",
                  meta=meta, number="" if defect == "blank:文号" else number)
        if k == 3:
            att = f"/attachment/0/310/{d.id}/{d.id}.pdf"
            d.attachments.append((f"{short}.pdf", att))
            b.put(att, Resource(fake_pdf("measures"), "application/pdf"))
        if k == 8:
            att = f"/attachment/0/310/{d.id}/{d.id}.docx"
            d.attachments.append((f"{short}（征求意见稿）.docx", att))
            key.append(Expected("broken-links", att, "规范性文件附件不存在（404）", probe="status:404"))
        (gfx if normative else zcwj).docs.append(d)
        if defect == "missing":
            key.append(Expected("interpretations", d.url, "文件没有政策解读", probe="no-interp"))
        else:
            it = b.doc(f"《{short}》政策解读" if k % 2 else f"图解：《{short}》",
                       when + timedelta(days=k % 3),
                       f'<p>一、出台背景</p><p>二、主要内容</p><p>相关文件：<a href="{d.url}">{title}</a></p>')
            zcjd.docs.append(it)
            d.related.append((it.title, it.url))
        if defect.startswith(("meta:", "blank:")):
            label = defect.split(":")[1]
            key.append(Expected("normative-metadata", d.url, f"规范性文件缺少{label}", probe=f"meta-missing:{label}"))
    deleted = "/gkmlpt/content/3/3104/post_3104001.html"
    zcjd.docs[2].body += f'<p>延伸阅读：<a href="{deleted}">凤岭县人民政府关于调整部分行政审批事项的通知</a></p>'
    key.append(Expected("broken-links", deleted, "链接指向已删除的文件（平台提示页，状态 200）", probe="soft404"))

    rsxx = Cat(2586, "人事信息", "text")
    for i in range(5):
        rsxx.docs.append(b.doc(f"凤岭县人民政府关于{('陈', '黄', '李', '梁', '吴')[i]}某某同志任免职的通知",
                               date(2025, 8, 12) - timedelta(days=47 * i)))
    key.append(Expected("stale-columns", rsxx.url, "人事类栏目最新信息 2025-08-12，超过 1 年",
                        probe="newest:2025-08-12", url_pattern=rsxx.pattern()))
    czzj = Cat(2587, "财政资金")
    for i in range(6):
        czzj.docs.append(b.doc(f"凤岭县{2026 - i // 3}年{('部门预算', '部门决算', '三公经费')[i % 3]}公开",
                               date(2026, 3, 2) - timedelta(days=50 * i)))
    traps.append(Trap(czzj.url, "其他类栏目最新信息 2026-03-02，未超过 1 年"))
    xzcf = Cat(2588, "行政处罚")  # table layout: the SPA prints 暂无数据
    xzxk = Cat(2589, "行政许可", "text")  # text layout: nothing at all under the heading
    key.append(Expected("empty-columns", xzcf.url, "行政处罚（API 列表）为空，显示暂无数据", probe="no-rows",
                        url_pattern=xzcf.pattern()))
    key.append(Expected("empty-columns", xzxk.url, "行政许可（API 列表）为空，列表区没有任何内容", probe="no-rows",
                        url_pattern=xzxk.pattern()))

    ndbg = Cat(2590, "政府信息公开年报")
    for year, pub in ((2021, date(2022, 3, 28)), (2022, date(2023, 3, 31)), (2024, date(2025, 4, 15)),
                      (2025, date(2026, 3, 26))):
        d = b.doc(f"{ORGAN}{year}年政府信息公开工作年度报告", pub, report_body(ORGAN, year, year + 5))
        ndbg.docs.append(d)
        if year == 2024:
            key.append(Expected("annual-reports", d.url, "2024 年度报告 2025-04-15 发布，晚于 3 月 31 日",
                                match=("凤岭县", "2024"), probe="late:2025-03-31"))
        if year == 2022:
            traps.append(Trap(d.url, "年报在截止日 3 月 31 日当天发布，不算逾期"))
    key.append(Expected("annual-reports", ndbg.url, "缺少 2023 年度政府信息公开工作年度报告",
                        match=("凤岭县", "2023"), probe="no-report:2023", url_pattern=ndbg.pattern()))
    b.cats = [gzdt, zcwj, gfx, zcjd, rsxx, czzj, xzcf, xzxk, ndbg]

    # Static pages the TREE jumps to (jump_url): undated guide and institution pages.
    statics = (("/zwgk/jgzn/index.html", "机构职能", f"<p>{ORGAN}是县级国家行政机关，负责执行县人民代表大会及其常务委员会的决议。</p>"),
               ("/zwgk/gkzn/index.html", "政府信息公开指南",
                "<p>为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>"
                "<p>一、主动公开。本机关主动公开的政府信息通过政府信息公开平台、政府门户网站、政府公报等途径公开，"
                "属于主动公开范围的政府信息，自形成或者变更之日起20个工作日内予以公开。</p>"
                "<p>二、依申请公开。公民、法人或者其他组织可以通过当面、信函、网络等方式提出申请，"
                "本机关自收到申请之日起20个工作日内予以答复。</p>"
                "<p>三、监督和救济。认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级主管部门投诉、举报，"
                "也可以依法申请行政复议或者提起行政诉讼。</p><p>凤岭县人民政府办公室</p><p>2026年2月6日</p>"),
               ("/zwgk/gkzd/index.html", "政府信息公开制度", "<p>本县建立了政府信息公开保密审查、依申请公开办理等制度。</p>"),
               ("/zwgk/ysqgk/index.html", "依申请公开", "<p>公民、法人或者其他组织可以向凤岭县人民政府办公室申请获取政府信息。</p>"))
    for url, name, text in statics:
        body = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gkmlpt/index">政府信息公开</a> &gt; {name}</div>'
                f'<div class="single"><h2>{name}</h2><div class="text">{text}</div></div>')
        b.put(url, _page(f"{name}_{SITE}", body, _FULL_FOOTER, _column_meta(name)))
        if name != "政府信息公开指南":
            traps.append(Trap(url, "无日期的单页，不是栏目"))
    tree = [
        {"id": 2580, "name": "机构职能", "jump_url": "/zwgk/jgzn/index.html", "children": []},
        {"id": 2600, "name": "政府信息公开指南", "jump_url": "/zwgk/gkzn/index.html", "children": []},
        {"id": 2601, "name": "政府信息公开制度", "jump_url": "/zwgk/gkzd/index.html", "children": []},
        {"id": 2602, "name": "依申请公开", "jump_url": "/zwgk/ysqgk/index.html", "children": []},
        {"id": 2570, "name": "法定主动公开内容", "jump_url": "", "layout": "table", "children": [
            {"id": c.id, "name": c.name, "jump_url": "", "layout": c.layout, "children": []} for c in b.cats]},
    ]
    b.platform(tree)
    traps.append(Trap("/gkmlpt/index", "目录首页（全部文件）是应用外壳，不是空栏目"))

    # Home: static blocks, and links into the catalogue by hash route (as Guangdong portals do).
    def block(title: str, more: str, docs: list[Doc], url_of) -> str:
        rows = "".join(f'<li><a href="{url_of(d)}">{d.title}</a><span>{d.when:%m-%d}</span></li>' for d in docs[:5])
        return f'<div class="block"><div class="hd"><h3>{title}</h3><a href="{more}" class="more">更多</a></div><ul>{rows}</ul></div>'
    home = (block("新闻动态", "/zwgk/xwdt/index.html", xwdt, lambda d: f"/zwgk/xwdt/content/post_{d.id}.html")
            + block("通知公告", "/zwgk/tzgg/index.html", tzgg, lambda d: f"/zwgk/tzgg/content/post_{d.id}.html")
            + block("政策文件", zcwj.url, zcwj.docs, lambda d: d.url)
            + '<div class="gk-entry"><ul>'
            + "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in (
                ("/gkmlpt/index", "政府信息公开"), (gfx.url, "规范性文件"), (zcjd.url, "政策解读"),
                (ndbg.url, "政府信息公开年报"), ("/zwgk/gkzn/index.html", "政府信息公开指南"),
                ("/zwgk/xzdt/index.html", "乡镇动态"), ("/hdjl/zjdc/index.html", "征集调查")))
            + "</ul></div>")
    b.put("/", _page(SITE, f'<div class="main">{home}</div>', _HOME_FOOTER))
    key.append(Expected("footer", "/gkmlpt/index", "政府信息公开平台页面的页脚缺少网站标识码",
                        probe="footer-lacks:网站标识码", url_pattern=r"^/gkmlpt/(?:index|content/\d+/\d+/post_\d+\.html)$"))
    not_found = Resource(b"<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>",
                         HTML, 404)
    soft = Resource(SOFT404.encode("utf-8"), HTML, 200)
    return GkmlptSite("gkmlpt", size, AS_OF, b.res, not_found, key, traps, frozenset(), soft=soft)
