"""The "drupal" sample site: a county department's portal (岚溪县科学技术局) on Drupal 7 (zh-hans, a Bartik sub-theme),
UTF-8, clean URLs: nodes at `/node/<nid>` (also answered at the unclean `/?q=node/<nid>`), Views page displays at
path aliases (`/xwzx/gzdt`, `/xxgk/gfxwj` …) whose later pages are `?page=1`, `?page=2` … counted from 0 (page 2 is
`?page=1`), taxonomy term pages `/taxonomy/term/<tid>` listing node teasers, and Basic pages at aliases (`/xxgk/xxgkzn`).

Why Drupal: the brief names it, the library holds its stock front-end markup as source, and it holds a real Chinese
government Drupal 7 site's markup in a scraper: xkzsp.cnis.gov.cn (中国标准化研究院's 生产许可证 审查 system), whose
client reads `/node/<nid>` pages field by field (`.field-name-field-address`, `.field-name-field-lr-name` …, values in
`.field-items > .field-item`, Panels' `.pane-title`), files under `/sites/default/files/sm/` and the private
`/system/files/` (find_string `gov.cn/sites/default/files`, ids 1827110167 and 1645978558). Zoomla!逐浪CMS was looked at
first (its templates are in zoomla/CMS-Source-code, but the only government `/Item/N.aspx` sites found in scrapers,
lf.gov.cn and cqnafy.gov.cn, are 动易 SiteFactory, covered by "pe").

Sources (read with `read_file`/`find_string`):
  - drupal/drupal `modules/field/theme/field.tpl.php` (7.x): a field is `<div class="field field-name-<name>
    field-type-<type> field-label-<inline|above|hidden> clearfix">`, its label `<div class="field-label">LABEL:&nbsp;</div>`
    (an ASCII colon and a no-break space, in its own div) and its values `<div class="field-items"><div class="field-item
    even">…</div></div>`; an empty field is not printed at all;
  - D7 `theme_pager` (pager.inc, as copied into themes found with `find_string "'pager-current'"`): `<h2
    class="element-invisible">…</h2><div class="item-list"><ul class="pager">` of `li.pager-first`, `li.pager-previous`,
    `li.pager-item` links, `li.pager-current` (the bare number, no link), `li.pager-ellipsis`, `li.pager-next`,
    `li.pager-last`; first/previous left out on page 1 and next/last on the last page; page 1 linked without a `page`
    parameter (PHP's "0" is false), page k as `?page=k-1`;
  - the cnis.gov.cn client above (Drupal 7 fields on a government site) and swufedrupal/drupal7_dev_theme (a Chinese
    university's Drupal 7 theme: `templates/fields/field.tpl.php`, `nodes/node.tpl.php`, `shared/page.tpl.php`).
Guessed, said as such: the zh-hans wordings of the pager (« 第一页, ‹ 上一页, 下一页 ›, 末页 », titles 到第 N 页), of the
submitted line (由 … 于 … 提交, the site's medium date format set to `Y-m-d H:i`) and of the statistics block (今日：,
总计：); the empty term page's notice is left in English (taxonomy.pages.inc's `There is currently no content classified
with this term.`, found with `find_string`, id 27981007842), as a site whose translation lacks the string shows it; Bartik's page and node templates as remembered
(`#page-title` outside the node, `rdf-meta element-hidden` title spans, `div.meta.submitted`, `node-readmore` links);
the department's content types and field names (`field_wh` 文号 …), the Views (unformatted rows, an HTML list, a table),
the front page's blocks, the footer block, every text and id.

Traps of the family: a node's title is the page's `h1#page-title` outside the node; a news article's only date is the
submitted line `由 <user> 于 2026-11-18 09:30 提交` (and its RDF `content` attribute); 规范性文件 are dated only by fields
whose label ends in `:&nbsp;`; a missing field is simply absent; 0-based `?page=N` pagers; each news column exists twice,
as the menu's View (`/xwzx/gzdt`, rows of title and date) and as the term page every article's 栏目 field links
(`/taxonomy/term/3`, teasers with 阅读更多); an empty View prints nothing at all (no rows, no pager, no notice); file links
are absolute (`http://<host>/sites/default/files/…`); a 热门内容 block of undated titles (今日：/总计：) on every page; a
parent 信息公开 Basic page of links without a date; one document linked from its interpretation through `/?q=node/N`.

First contact (270153f's tool, plain): 85/85 pages; every family 1.00/1.00 but empty-columns n/a/0.00 (both missed)
and normative-metadata n/a/0.00 (both missed), one interpretation-late undecided — and behind those numbers every news
article, budget notice and most interpretations read as hubs (no date: the byline `由 … 于 … 提交` was no info line),
every list column named after its channel by Drupal's breadcrumb (工作动态 as 新闻中心, 规范性文件 as 信息公开: its
documents were no normative documents), the popular-content block counted as content, a later page's second row lost
and `?page=1` numbered page 1. (Also two unmapped false findings, the generator's: no 法定主动公开内容/政府信息公开制度
pages and no 规范性文件清理 notice; added.) Fixed in the tool (tests/model/test_drupal_pages.py); then under all 21
mutations seed 1 four false interpretation-missing (a bracketed byline date `于 [2026-06-19] 16:20 提交`: fixed) and
seed 2 one false broken link the `links` mutation made (`./` for `/xxgk` from `/xxgk/czxx`: fixed in mutate.py).
Left: under `classes` the guide (a Basic page outside any menu, its body found by class only) is read without its
text, guide-current undecided; under `addresses` seed 2 the empty 便民服务 is missed because the mutation files other
columns' pages below its folder address (a hub introducing its children, as `_leads_below` reads it)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, SITE_HOST, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "岚溪县"
GOV = "岚溪县科学技术局"
HTML = "text/html; charset=utf-8"
ICP = "浙ICP备17044213号-2"
POLICE = "浙公网安备 33112502000117号"
HOST = f"http://{SITE_HOST}"
THEME = "/sites/all/themes/lxkj"
PER_PAGE = 10


def _a(url: str) -> str:
    return escape(url, quote=True)


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


@dataclass
class Node:
    nid: int
    title: str
    when: date
    kind: str = "article"  # "article" (news), "gfxwj" (规范性文件), "zcjd" (解读), "page" (Basic page)
    body: str = ""
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # (machine name, label, value HTML), in order
    refs: list[tuple[str, str, str]] = field(default_factory=list)  # (machine name, label, link HTML) after the body
    files: list[str] = field(default_factory=list)
    term: Column | None = None  # the 栏目 term its field links
    alias: str = ""

    @property
    def url(self) -> str:
        return self.alias or f"/node/{self.nid}"

    def stamp(self) -> str:
        return f"{self.when:%Y-%m-%d}T{8 + self.nid % 9:02d}:{self.nid % 60:02d}:00+08:00"


@dataclass
class Column:
    name: str
    path: str  # a View's alias or /taxonomy/term/<tid>
    style: str  # "rows" (unformatted), "list" (HTML list), "table", "term" (teasers)
    nodes: list[Node] = field(default_factory=list)
    section: str = "xwzx"
    in_menu: bool = True  # a term page the menu does not name (only articles' 栏目 fields link it)

    def url(self, n: int = 1) -> str:
        return self.path if n == 1 else f"{self.path}?page={n - 1}"

    def listed(self) -> list[Node]:
        return sorted(self.nodes, key=lambda d: (d.when, d.nid), reverse=True)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.nodes) // PER_PAGE))


_MENU = (("首页", "/"), ("新闻中心", "/xwzx/gzdt"), ("信息公开", "/xxgk"), ("科普宣传", "/taxonomy/term/8"),
         ("便民服务", "/bmfw"), ("机构概况", "/jgzn"))


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Column] = []
        self.nodes: list[Node] = []
        self.next_nid = 1288

    def node(self, title: str, when: date, body: str = "", **kw: object) -> Node:
        self.next_nid += 1
        n = Node(self.next_nid, title, when, body=body or _paras(f"{title}。"), **kw)  # type: ignore[arg-type]
        self.nodes.append(n)
        return n

    # -- chrome ------------------------------------------------------------------------------------------------
    def head(self, title: str, links: str = "") -> str:
        token = hashlib.md5(title.encode()).hexdigest()[:22]
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"\n  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-hans" version="XHTML+RDFa 1.0" dir="ltr"\n'
                '  xmlns:content="http://purl.org/rss/1.0/modules/content/"\n  xmlns:dc="http://purl.org/dc/terms/"\n'
                '  xmlns:foaf="http://xmlns.com/foaf/0.1/"\n  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"\n'
                '  xmlns:sioc="http://rdfs.org/sioc/ns#"\n  xmlns:skos="http://www.w3.org/2004/02/skos/core#"\n'
                '  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">\n\n<head profile="http://www.w3.org/1999/xhtml/vocab">\n'
                '  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
                f'<link rel="shortcut icon" href="{HOST}{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />\n'
                '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />\n'
                f'{links}  <title>{title}</title>\n'
                f'  <style type="text/css" media="all">\n@import url("{HOST}/modules/system/system.base.css?r1kx0b");\n'
                f'@import url("{HOST}{THEME}/css/style.css?r1kx0b");\n</style>\n'
                f'  <script type="text/javascript" src="{HOST}/misc/jquery.js?v=1.4.4"></script>\n'
                f'<script type="text/javascript" src="{HOST}/misc/drupal.js?r1kx0b"></script>\n'
                '<script type="text/javascript">\n<!--//--><![CDATA[//><!--\njQuery.extend(Drupal.settings, {"basePath":"\\/",'
                f'"pathPrefix":"","ajaxPageState":{{"theme":"lxkj","theme_token":"{token}"}}}});\n//--><!]]>\n</script>\n</head>\n')

    def menu(self, active: str) -> str:
        items = []
        for i, (name, href) in enumerate(_MENU):
            cls = ["first" if i == 0 else "last" if i == len(_MENU) - 1 else "", "active-trail active" if href == active else ""]
            items.append(f'<li class="menu-{218 + i * 101} {" ".join(c for c in cls if c)}"><a href="{_a(href)}"'
                         f'{" class=" + chr(34) + "active-trail active" + chr(34) if href == active else ""}>{name}</a></li>')
        return ('<div id="main-menu" class="navigation">\n<h2 class="element-invisible">主菜单</h2>'
                '<ul id="main-menu-links" class="links clearfix">' + "".join(items) + "</ul>      </div> <!-- /#main-menu -->\n")

    def header(self, active: str, body_class: str) -> str:
        return (f'<body class="html {body_class} not-logged-in one-sidebar sidebar-first" >\n  <div id="skip-link">\n'
                '    <a href="#main-content" class="element-invisible element-focusable">跳转到主要内容</a>\n  </div>\n'
                '    <div id="page-wrapper"><div id="page">\n\n  <div id="header" class="without-secondary-menu"><div class="section clearfix">\n'
                f'        <a href="/" title="首页" rel="home" id="logo">\n        <img src="{HOST}{THEME}/logo.png" alt="首页" />\n      </a>\n'
                '          <div id="name-and-slogan">\n                              <div id="site-name">\n'
                f'              <strong>\n                <a href="/" title="首页" rel="home"><span>{GOV}</span></a>\n'
                '              </strong>\n            </div>\n          \n                  <div id="site-slogan">\n'
                '          科技创新　服务发展        </div>\n      </div> <!-- /#name-and-slogan -->\n    \n'
                f'    {self.menu(active)}\n  </div></div> <!-- /.section, /#header -->\n\n')

    def breadcrumb(self, steps: list[tuple[str, str]]) -> str:
        trail = " » ".join(['<a href="/">首页</a>'] + [f'<a href="{_a(u)}">{n}</a>' for n, u in steps])
        return f'  <div id="breadcrumb"><h2 class="element-invisible">您在这里</h2><div class="breadcrumb">{trail}</div></div>\n'

    def sidebar(self, section: str, active: str) -> str:
        cols = [c for c in self.cols if c.section == section and c.in_menu and section in ("xwzx", "xxgk")]
        block = ""
        if cols:
            name = "新闻中心" if section == "xwzx" else "信息公开"
            items = []
            for i, c in enumerate(cols):
                cls = ("first " if i == 0 else "last " if i == len(cols) - 1 else "") + "leaf" + (" active-trail active" if c.path == active else "")
                items.append(f'<li class="{cls} menu-mlid-{501 + i}"><a href="{_a(c.path)}"'
                             f'{" class=" + chr(34) + "active-trail active" + chr(34) if c.path == active else ""}>{c.name}</a></li>\n')
            block = ('<div id="block-menu-block-1" class="block block-menu-block">\n\n    <h2>' + name + '</h2>\n  \n  <div class="content">\n'
                     '    <div class="menu-block-wrapper menu-block-1 menu-name-main-menu parent-mlid-0 menu-level-2">\n  <ul class="menu">'
                     + "".join(items) + '</ul></div>\n  </div>\n</div>\n')
        news = sorted((n for n in self.nodes if n.kind == "article"), key=lambda n: (n.when, n.nid), reverse=True)
        today = "".join(f'<li class="{"first" if i == 0 else "last" if i == 2 else ""}"><a href="{_a(n.url)}">{escape(n.title)}</a></li>\n'
                        for i, n in enumerate(news[:3]))
        total = "".join(f'<li class="{"first" if i == 0 else "last" if i == 4 else ""}"><a href="{_a(n.url)}">{escape(n.title)}</a></li>\n'
                        for i, n in enumerate(news[3:30:6]))
        popular = ('<div id="block-statistics-popular" class="block block-statistics">\n\n    <h2>热门内容</h2>\n  \n  <div class="content">\n'
                   f'    <div class="item-list"><h3>今日：</h3><ul>{today}</ul></div><br /><div class="item-list"><h3>总计：</h3><ul>{total}</ul></div>  </div>\n</div>\n')
        return ('      <div id="sidebar-first" class="column sidebar"><div class="section">\n'
                f'          <div class="region region-sidebar-first">\n    {block}{popular}  </div>\n      </div></div> <!-- /.section, /#sidebar-first -->\n')

    def footer(self) -> str:
        return ('  <div id="footer-wrapper"><div class="section">\n      <div id="footer" class="clearfix">\n'
                '          <div class="region region-footer">\n    <div id="block-block-1" class="block block-block">\n\n    \n  <div class="content">\n'
                f'    <p>主办单位：{GOV}　地址：{COUNTY}城南路88号　联系电话：0578-6012345</p>\n'
                f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>　'
                f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33112502000117" target="_blank">'
                f'<img src="{HOST}{THEME}/images/ga.png" alt="" />{POLICE}</a></p>\n'
                '<p>建议使用1024×768以上分辨率浏览本站</p>  </div>\n</div>\n  </div>\n'
                '      </div> <!-- /#footer -->\n  </div></div> <!-- /.section, /#footer-wrapper -->\n\n</div></div> <!-- /#page, /#page-wrapper -->\n'
                '  </body>\n</html>\n')

    def page(self, title: str, h1: str, content: str, *, active: str, section: str, body_class: str,
             steps: list[tuple[str, str]] | None = None, links: str = "") -> Resource:
        heading = f'<h1 class="title" id="page-title">\n          {h1}        </h1>\n' if h1 else ""
        main = ('  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">\n\n'
                + self.breadcrumb(steps or []) + '\n    <div id="content" class="column"><div class="section">\n'
                '            <a id="main-content"></a>\n                    ' + heading +
                '                          <div class="tabs">\n                  </div>\n'
                '                          <div class="region region-content">\n    <div id="block-system-main" class="block block-system">\n\n'
                f'    \n  <div class="content">\n    {content}  </div>\n</div>\n  </div>\n    </div></div> <!-- /.section, /#content -->\n\n'
                + self.sidebar(section, active) + '\n  </div></div> <!-- /#main, /#main-wrapper -->\n\n')
        html = self.head(f"{title} | {GOV}", links) + self.header(active, body_class) + main + self.footer()
        return Resource(html.encode("utf-8"), HTML)

    # -- lists -------------------------------------------------------------------------------------------------
    @staticmethod
    def pager(col: Column, n: int) -> str:
        total = col.pages
        if total < 2:
            return ""
        items: list[tuple[str, str]] = []
        if n > 1:
            items += [("pager-first", f'<a title="到第一页" href="{_a(col.url(1))}">« 第一页</a>'),
                      ("pager-previous", f'<a title="到上一页" href="{_a(col.url(n - 1))}">‹ 上一页</a>')]
        for k in range(1, total + 1):
            items.append(("pager-current", str(k)) if k == n
                         else ("pager-item", f'<a title="到第 {k} 页" href="{_a(col.url(k))}">{k}</a>'))
        if n < total:
            items += [("pager-next", f'<a title="到下一页" href="{_a(col.url(n + 1))}">下一页 ›</a>'),
                      ("pager-last", f'<a title="到最后一页" href="{_a(col.url(total))}">末页 »</a>')]
        lis = "\n".join(f'<li class="{cls}{" first" if i == 0 else " last" if i == len(items) - 1 else ""}">{inner}</li>'
                        for i, (cls, inner) in enumerate(items))
        return f'<h2 class="element-invisible">页面</h2><div class="item-list"><ul class="pager">{lis}\n</ul></div>'

    @staticmethod
    def _zebra(i: int, count: int) -> str:
        return (f"views-row views-row-{i + 1} views-row-{'odd' if i % 2 == 0 else 'even'}"
                + (" views-row-first" if i == 0 else "") + (" views-row-last" if i == count - 1 else ""))

    def view(self, col: Column, n: int) -> str:
        """A Views page display (unformatted rows, an HTML list or a table); an empty one prints no content at all."""
        nodes = col.listed()[(n - 1) * PER_PAGE: n * PER_PAGE]
        vid = col.path.strip("/").replace("/", "_")
        dom = hashlib.md5(f"{col.path}{n}".encode()).hexdigest()
        if not nodes:
            return f'<div class="view view-{vid} view-id-{vid} view-display-id-page view-dom-id-{dom}">\n        \n  \n  \n  \n  \n  \n  \n  \n</div>'
        if col.style == "rows":
            rows = "".join(f'  <div class="{self._zebra(i, len(nodes))}">\n      \n  <div class="views-field views-field-title">        '
                           f'<span class="field-content"><a href="{_a(d.url)}">{escape(d.title)}</a></span>  </div>  \n  '
                           f'<div class="views-field views-field-created">        <span class="field-content">{d.when:%Y-%m-%d}</span>  </div>  </div>\n'
                           for i, d in enumerate(nodes))
            inner = f'<div class="view-content">\n{rows}    </div>'
        elif col.style == "list":
            rows = "".join(f'          <li class="{self._zebra(i, len(nodes))}">  \n  <span class="views-field views-field-title">        '
                           f'<span class="field-content"><a href="{_a(d.url)}">{escape(d.title)}</a></span>  </span>  \n  '
                           f'<span class="views-field views-field-created">        <span class="field-content">{d.when:%Y-%m-%d}</span>  </span></li>\n'
                           for i, d in enumerate(nodes))
            inner = f'<div class="view-content">\n    <div class="item-list">    <ul>{rows}      </ul></div>    </div>'
        else:
            rows = ""
            for i, d in enumerate(nodes):
                zebra = ("odd" if i % 2 == 0 else "even") + (" views-row-first" if i == 0 else "") + (" views-row-last" if i == len(nodes) - 1 else "")
                f = {name: value for name, _, value in d.fields}
                rows += (f'          <tr class="{zebra}">\n                  <td class="views-field views-field-title" >\n            '
                         f'<a href="{_a(d.url)}">{escape(d.title)}</a>          </td>\n                  '
                         f'<td class="views-field views-field-field-wh" >\n            {f.get("field_wh", "")}          </td>\n                  '
                         f'<td class="views-field views-field-field-fbrq" >\n            {f.get("field_fbrq", "")}          </td>\n                  '
                         f'<td class="views-field views-field-field-yxx" >\n            {f.get("field_yxx", "")}          </td>\n              </tr>\n')
            inner = ('<div class="view-content">\n    <table class="views-table cols-4" >\n         <thead>\n      <tr>\n'
                     '                  <th class="views-field views-field-title" >\n            标题          </th>\n'
                     '                  <th class="views-field views-field-field-wh" >\n            文号          </th>\n'
                     '                  <th class="views-field views-field-field-fbrq" >\n            发布日期          </th>\n'
                     '                  <th class="views-field views-field-field-yxx" >\n            有效性          </th>\n'
                     f'              </tr>\n    </thead>\n    <tbody>\n{rows}      </tbody>\n</table>\n    </div>')
        return (f'<div class="view view-{vid} view-id-{vid} view-display-id-page view-dom-id-{dom}">\n        \n  \n  \n      {inner}\n  \n'
                f'      {self.pager(col, n)}\n  \n  \n  \n  \n  \n</div>')

    def term_page(self, col: Column, n: int) -> str:
        """taxonomy_term_page: the term's heading, its nodes as teasers, the pager, the feed icon; or the empty notice."""
        tid = col.path.rsplit("/", 1)[1]
        nodes = col.listed()[(n - 1) * PER_PAGE: n * PER_PAGE]
        head = (f'<div class="term-listing-heading"><div id="taxonomy-term-{tid}" class="taxonomy-term vocabulary-lanmu">\n\n  \n  '
                '<div class="content">\n      </div>\n\n</div>\n</div>')
        if not nodes:
            return head + '<p>There is currently no content classified with this term.</p>'
        return (head + "".join(self.teaser(d) for d in nodes) + self.pager(col, n)
                + f'<a href="{_a(col.path)}/feed" class="feed-icon" title="订阅 RSS: {col.name}"><img src="{HOST}/misc/feed.png" '
                f'width="16" height="16" alt="订阅 RSS: {col.name}" /></a>')

    def submitted(self, d: Node) -> str:
        return (f'  <div class="meta submitted">\n          <span property="dc:date dc:created" content="{d.stamp()}" datatype="xsd:dateTime" '
                f'rel="sioc:has_creator">由 <span class="username" xml:lang="" about="/user/3" typeof="sioc:UserAccount" property="foaf:name" '
                f'datatype="">kjj_xxk</span> 于 {d.when:%Y-%m-%d} {8 + d.nid % 9:02d}:{d.nid % 60:02d} 提交</span>    </div>\n')

    def teaser(self, d: Node) -> str:
        summary = d.body.split("<!--break-->")[0]
        return (f'<div id="node-{d.nid}" class="node node-article node-promoted node-teaser clearfix" about="{_a(d.url)}" typeof="sioc:Item foaf:Document">\n\n'
                f'        <h2>\n      <a href="{_a(d.url)}">{escape(d.title)}</a>\n    </h2>\n'
                f'    <span property="dc:title" content="{escape(d.title)}" class="rdf-meta element-hidden"></span>\n'
                + self.submitted(d) +
                '  \n  <div class="content clearfix">\n    <div class="field field-name-body field-type-text-with-summary field-label-hidden">'
                f'<div class="field-items"><div class="field-item even" property="content:encoded">{summary}</div></div></div>  </div>\n\n'
                f'      <div class="link-wrapper">\n      <ul class="links inline"><li class="node-readmore first last"><a href="{_a(d.url)}" '
                f'rel="tag" title="{escape(d.title)}">阅读更多<span class="element-invisible">关于{escape(d.title)}</span></a></li>\n</ul>    </div>\n'
                '  \n  \n</div>\n')

    def column(self, col: Column, n: int) -> Resource:
        content = self.term_page(col, n) if col.style == "term" else self.view(col, n)
        title = col.name
        parent = [("新闻中心", "/xwzx/gzdt")] if col.section == "xwzx" else [("信息公开", "/xxgk")] if col.section == "xxgk" else []
        if col.style == "term":
            tid = col.path.rsplit("/", 1)[1]
            klass = f"not-front page-taxonomy page-taxonomy-term page-taxonomy-term- page-taxonomy-term-{tid}"
            links = (f'<link rel="alternate" type="application/rss+xml" title="{col.name}" href="{HOST}{col.path}/feed" />\n'
                     f'<link rel="canonical" href="{_a(col.path)}" />\n<link rel="shortlink" href="{_a(col.path)}" />\n')
        else:
            klass = "not-front page-" + " page-".join("-".join(col.path.strip("/").split("/")[:k + 1]) for k in range(col.path.count("/")))
            links = ""
        active = {"xwzx": "/xwzx/gzdt", "xxgk": "/xxgk"}.get(col.section, col.path)
        return self.page(title, col.name, content, active=active, section=col.section, body_class=klass, steps=parent, links=links)

    # -- nodes -------------------------------------------------------------------------------------------------
    @staticmethod
    def field(name: str, label: str, value: str, display: str = "inline") -> str:
        label_html = "" if display == "hidden" else f'<div class="field-label">{label}:&nbsp;</div>'
        kind = "datetime" if "date-display" in value else "text"
        return (f'<div class="field field-name-{name.replace("_", "-")} field-type-{kind} field-label-{display} clearfix">'
                f'{label_html}<div class="field-items"><div class="field-item even">{value}</div></div></div>')

    def node_page(self, d: Node) -> Resource:
        parts = [f'<div id="node-{d.nid}" class="node node-{d.kind} node-full clearfix" about="{_a(d.url)}" typeof="sioc:Item foaf:Document">\n\n'
                 f'      <span property="dc:title" content="{escape(d.title)}" class="rdf-meta element-hidden"></span>\n']
        if d.kind in ("article", "zcjd"):
            parts.append(self.submitted(d))
        parts.append('  <div class="content clearfix">\n    ')
        parts += [self.field(name, label, value) for name, label, value in d.fields]
        parts.append('<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">'
                     f'<div class="field-item even" property="content:encoded">{d.body.replace("<!--break-->", "")}</div></div></div>')
        if d.term is not None:
            parts.append(f'<div class="field field-name-field-lanmu field-type-taxonomy-term-reference field-label-inline clearfix">'
                         f'<div class="field-label">栏目:&nbsp;</div><div class="field-items"><div class="field-item even">'
                         f'<a href="{_a(d.term.path)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{d.term.name}</a>'
                         '</div></div></div>')
        if d.files:
            items = "".join(
                f'<div class="field-item {"even" if i % 2 == 0 else "odd"}"><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" '
                f'src="{HOST}/modules/file/icons/application-pdf.png" /> <a href="{HOST}{_a(u)}" type="application/pdf; length={52341 + i}">'
                f'{escape(u.rsplit("/", 1)[1])}</a></span></div>' for i, u in enumerate(d.files))
            parts.append('<div class="field field-name-field-fj field-type-file field-label-above"><div class="field-label">附件:&nbsp;</div>'
                         f'<div class="field-items">{items}</div></div>')
        for name, label, link in d.refs:
            parts.append(f'<div class="field field-name-{name.replace("_", "-")} field-type-entityreference field-label-above">'
                         f'<div class="field-label">{label}:&nbsp;</div><div class="field-items"><div class="field-item even">{link}</div></div></div>')
        parts.append('  </div>\n\n  ')
        if d.kind != "page":
            parts.append(f'    <div class="link-wrapper">\n      <ul class="links inline"><li class="statistics_counter first last"><span>'
                         f'{37 + d.nid % 211} 次阅读</span></li>\n</ul>    </div>\n  ')
        parts.append('\n  \n</div>\n')
        col = self.column_of(d)
        section = col.section if col else "front"
        steps = []  # Drupal's breadcrumb for a node outside the menu: 首页 only
        if d.kind == "page" and d.alias.startswith("/xxgk/"):
            steps = [("信息公开", "/xxgk")]
        active = {"xwzx": "/xwzx/gzdt", "xxgk": "/xxgk"}.get(section, d.url)
        # (an aliased node's /node/N answers too, linked by no page: its shortlink is left out here)
        links = f'<link rel="canonical" href="{_a(d.url)}" />\n' + ("" if d.alias else f'<link rel="shortlink" href="/node/{d.nid}" />\n')
        return self.page(escape(d.title), escape(d.title), "".join(parts), active=active, section=section,
                         body_class=f"not-front page-node page-node- page-node-{d.nid} node-type-{d.kind}", steps=steps, links=links)

    def column_of(self, d: Node) -> Column | None:
        return next((c for c in self.cols if d in c.nodes and c.style != "term"), None) or next((c for c in self.cols if d in c.nodes), None)

    def render(self) -> None:
        for c in self.cols:
            self.res[c.url()] = self.column(c, 1)
            for n in range(2, c.pages + 1):
                self.res[c.url(n)] = self.column(c, n)
                self.traps.append(Trap(c.url(n), LATER_PAGE))
            if c.style == "term":
                self.res[f"{c.path}/feed"] = Resource(b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel></channel></rss>',
                                                      "application/rss+xml; charset=utf-8")
        for d in self.nodes:
            self.res[d.url] = self.node_page(d)


_WORK = "会议要求，各科室、各单位要提高思想认识，压实工作责任，细化工作举措，确保各项工作落到实处、取得实效。"
_SUBJECTS = ("召开科技创新工作推进会", "开展科技特派员服务活动", "组织高新技术企业申报培训", "走访调研科技型中小企业",
             "召开党组理论学习中心组学习会", "开展安全生产检查", "举办科技成果转化对接会", "推进创新平台建设")
BROKEN_IMAGE = "/sites/default/files/inline-images/IMG_20261106_093812.jpg"
BROKEN_PDF = "/sites/default/files/fj/2026-06/kjxm-gs-2026.pdf"
DELETED = "/node/1187"


def _news(s: _Site) -> tuple[Column, Column]:
    gzdt_view = Column("工作动态", "/xwzx/gzdt", "rows")
    gzdt_term = Column("工作动态", "/taxonomy/term/3", "term", in_menu=False)
    for i in range(24):
        d = s.node(f"{GOV}{_SUBJECTS[i % 8]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 6),
                   _paras(f"近日，{GOV}{_SUBJECTS[i % 8]}。局党组主要负责同志出席并讲话，各科室负责人参加。") + "<!--break-->" + _paras(_WORK),
                   term=gzdt_term)
        gzdt_view.nodes.append(d)
        gzdt_term.nodes.append(d)
    good = "/sites/default/files/inline-images/IMG_20261110_101230.jpg"
    gzdt_view.listed()[0].body += f'<p><img alt="" src="{good}" style="width: 600px; height: 400px;" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    gzdt_view.listed()[1].body += f'<p><img alt="" src="{BROKEN_IMAGE}" style="width: 600px; height: 400px;" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "工作动态正文图片 404", probe="status:404"))
    gzdt_view.listed()[3].body += f'<p>相关阅读：<a href="{DELETED}">{GOV}召开科技经济运行分析会</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的节点（404）", probe="status:404"))
    s.traps.append(Trap(gzdt_view.url(), "工作动态（Views 页面）最新 2026-11-18；第 2、3 页是 ?page=1、?page=2（从 0 数起）：同一栏目，不过期"))
    s.traps.append(Trap(gzdt_term.url(), "工作动态的分类术语页：文章的“栏目”字段链接它，列出同样的文章（摘要+阅读更多），不过期"))

    tzgg_view = Column("通知公告", "/xwzx/tzgg", "rows")
    tzgg_term = Column("通知公告", "/taxonomy/term/4", "term", in_menu=False)
    topics = ("2026年度县级科技计划项目申报", "高新技术企业认定", "科技型中小企业评价", "科技特派员选派")
    for i in range(12):
        d = s.node(f"关于做好{topics[i % 4]}工作的通知（{i + 1}）", AS_OF - timedelta(days=5 + i * 13),
                   _paras("各乡镇（街道）科技分管部门，各有关单位：") + "<!--break-->" + _paras(_WORK, GOV), term=tzgg_term)
        tzgg_view.nodes.append(d)
        tzgg_term.nodes.append(d)
    cleanup = s.node(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 20),
                     _paras("经清理，继续有效的行政规范性文件6件，宣布失效2件。") + "<!--break-->" + _paras(_WORK), term=tzgg_term)
    tzgg_view.nodes.append(cleanup)
    tzgg_term.nodes.append(cleanup)
    tzgg_view.listed()[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件（绝对地址 http://本站/sites/default/files/…）404", probe="status:404"))
    ok = "/sites/default/files/fj/2026-10/xmsb-zn-2026.pdf"
    tzgg_view.listed()[4].files.append(ok)
    s.res[ok] = Resource(fake_pdf("attachment"), "application/pdf")
    s.traps.append(Trap(tzgg_view.url(), "通知公告最新 2026-11-15，共 2 页：不过期"))

    kpxc = Column("科普宣传", "/taxonomy/term/8", "term", section="kpxc")
    for i in range(6):
        d = s.node(f"{COUNTY}{('开展科技活动周', '举办科普进社区', '开展全国科普日')[i % 3]}活动（{i + 1}）", date(2025, 3, 18) - timedelta(days=i * 47),
                   _paras(f"{COUNTY}此次活动共组织群众300余人次参加。") + "<!--break-->" + _paras(_WORK), term=None)
        d.term = kpxc
        kpxc.nodes.append(d)
    s.key.append(Expected("stale-columns", kpxc.url(), "科普宣传（分类术语页）最新一篇 2025-03-18，超过 1 年未更新", probe="newest:2025-03-18"))

    bmfw = Column("便民服务", "/bmfw", "rows", section="bmfw")
    s.key.append(Expected("empty-columns", bmfw.url(), "便民服务（Views 页面）没有任何内容：只有标题，没有列表、分页或提示", probe="no-rows"))
    s.cols += [gzdt_view, tzgg_view, gzdt_term, tzgg_term, kpxc, bmfw]
    return gzdt_view, tzgg_view


_NORMATIVE = (("科技计划项目管理", "fields", ""), ("科技创新券管理", "fields", "missing"), ("科技特派员管理", "none", ""),
              ("科技型企业研发费用补助", "fields", "late"), ("科技成果转化奖励", "fields", "unlinked"),
              ("众创空间认定管理", "fields", "unclean"), ("科技专家库管理", "no-validity", ""))


def _disclosure(s: _Site) -> tuple[Column, list[tuple[Node, Node, str]]]:
    gfx = Column("规范性文件", "/xxgk/gfxwj", "table", section="xxgk")
    zcjd = Column("政策解读", "/xxgk/zcjd", "list", section="xxgk")
    pairs: list[tuple[Node, Node, str]] = []
    for k, (subject, shape, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 20) - timedelta(days=31 * k)
        number = f"岚科发〔{when.year}〕{14 - k}号"
        short = f"{COUNTY}{subject}办法"
        d = s.node(f"{GOV}关于印发《{short}》的通知", when, kind="gfxwj")
        d.body = _paras("各乡镇（街道），县级有关单位：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本县{subject}工作，根据有关法律法规和上级有关规定，制定本办法。",
                        "第二条　本办法适用于本县行政区域内的有关单位。", "第三条　本办法自印发之日起施行，有效期五年。")
        date_html = '<span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="{0}T00:00:00+08:00">{0}</span>'
        fields = [("field_syh", "索引号", f"002504516/{when.year}-{k + 31:05d}"), ("field_fbjg", "发布机构", GOV),
                  ("field_wh", "文号", number), ("field_cwrq", "成文日期", date_html.format(f"{when - timedelta(days=4):%Y-%m-%d}")),
                  ("field_fbrq", "发布日期", date_html.format(f"{when:%Y-%m-%d}")), ("field_yxx", "有效性", "有效")]
        if shape == "fields":
            d.fields = fields
        elif shape == "no-validity":
            d.fields = [f for f in fields if f[0] != "field_yxx"]
            s.key.append(Expected("normative-metadata", d.url, "规范性文件缺少“有效性”字段（Drupal 不打印空字段）", probe="meta-missing:有效性"))
        else:  # posted as a news article: no metadata fields, the number only in the body
            d.kind = "article"
            d.fields = [("field_fbrq", "发布日期", date_html.format(f"{when:%Y-%m-%d}"))]
            d.body = f'<p style="text-align: center;">{number}</p>' + d.body
            s.key.append(Expected("normative-metadata", d.url, "规范性文件没有元数据字段（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        gfx.nodes.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", d.url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 17 if defect == "late" else k % 3
        i = s.node(f"《{short}》政策解读" if k % 2 else f"图解《{short}》", when + timedelta(days=lag), kind="zcjd",
                   body=_paras(f"一、起草背景　为规范本县{subject}工作，我局组织起草了《{short}》。",
                               "二、主要内容　《办法》共三条，明确了适用范围和施行日期。", "三、解读机关　县科学技术局政策法规科。" + _WORK))
        pairs.append((d, i, defect))
        zcjd.nodes.append(i)
        if defect == "late":
            s.key.append(Expected("interpretations", d.url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", d.url, "解读与文件互不链接", probe="no-interp-link"))
        elif defect == "unclean":
            s.traps.append(Trap(d.url, "解读的“相关文件”以 Drupal 非简洁地址 /?q=node/N 链接文件（同一页面）：已互相链接"))
        else:
            s.traps.append(Trap(d.url, "文件与解读以“相关解读”/“相关文件”字段互相链接，解读及时发布"))
    for d, i, defect in pairs:
        if defect == "unlinked":
            continue
        target = f"/?q=node/{d.nid}" if defect == "unclean" else d.url
        i.refs.append(("field_xgwj", "相关文件", f'<a href="{_a(target)}">{escape(d.title)}</a>'))
        d.refs.append(("field_xgjd", "相关解读", f'<a href="{_a(i.url)}">{escape(i.title)}</a>'))

    czxx = Column("财政预决算", "/xxgk/czxx", "list", section="xxgk")
    for n in range(4):
        year = 2025 - n // 2
        czxx.nodes.append(s.node(f"{GOV}{year if n % 2 == 0 else year - 1}年部门{'预算' if n % 2 == 0 else '决算'}公开",
                                 date(2025, 6, 12) - timedelta(days=170 * n),
                                 _paras("根据《中华人民共和国预算法》有关规定，现将我局部门预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czxx.url(), "财政预决算最新 2025-06-12，超过 1 年（2026 年部门预算未公开）", probe="newest:2025-06-12"))

    ndbg = Column("政府信息公开年报", "/xxgk/ndbg", "list", section="xxgk")
    published = {2025: date(2026, 1, 22), 2023: date(2024, 4, 9), 2022: date(2023, 1, 31), 2021: date(2022, 1, 20)}
    for year, when in published.items():
        d = s.node(f"{GOV}{year}年政府信息公开工作年度报告", when, body=report_body(GOV, year, year % 5))
        ndbg.nodes.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", d.url, "2023 年度报告 2024-04-09 发布，晚于公开期限",
                                  match=(GOV, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(d.url, "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告", match=(GOV, "2024"), probe="no-report:2024"))

    zdly = Column("重点领域信息", "/taxonomy/term/17", "term", section="xxgk")
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域信息分类术语页没有内容：只有 Drupal 未翻译的“There is currently no content classified with this term.”", probe="no-rows"))
    s.cols += [gfx, zcjd, czxx, ndbg, zdly]
    return gfx, pairs


_PAGES = (("/jgzn", "机构概况", f"{GOV}是县人民政府工作部门，负责拟订全县科技发展规划和政策，组织实施科技计划项目，设办公室、"
                                 "政策法规科、高新技术科等4个内设机构。"),
          ("/xxgk/xxgkzn", "政府信息公开指南", f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。一、主动公开　二、依申请公开　"
                                                "三、监督和救济。本指南自2026年2月10日起施行。"),
          ("/xxgk/ysqgk", "依申请公开", "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：局办公室。"),
          ("/xxgk/fdzdgk", "法定主动公开内容", f"{GOV}法定主动公开内容包括机构职能、规范性文件、政策解读、财政预决算、政府信息公开年报和"
                                               "重点领域信息，见信息公开各栏目。"),
          ("/xxgk/xxgkzd", "政府信息公开制度", "我局建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"))


def _pages(s: _Site) -> None:
    for alias, title, text in _PAGES:
        s.node(title, date(2026, 2, 10), kind="page", body=_paras(text, f"{GOV}　2026年2月10日"), alias=alias)
    gk = [c for c in s.cols if c.section == "xxgk"]
    links = "".join(f'<li><a href="{_a(u)}">{t}</a></li>' for u, t in
                    [("/xxgk/xxgkzn", "政府信息公开指南"), ("/xxgk/xxgkzd", "政府信息公开制度"), ("/xxgk/fdzdgk", "法定主动公开内容"),
                     *((c.path, c.name) for c in gk), ("/xxgk/ysqgk", "依申请公开")])
    s.node("政府信息公开", date(2026, 2, 10), kind="page", alias="/xxgk",
           body=f"<p>{GOV}政府信息公开目录：</p><ul>{links}</ul>")
    s.traps.append(Trap("/xxgk", "信息公开是一个基本页面（Basic page），只有各子栏目的链接、没有日期：不是过期或空栏目"))
    s.traps.append(Trap("/jgzn", "基本页面，没有日期：不是过期栏目"))


def _front(s: _Site, gzdt: Column, tzgg: Column, gfx: Column) -> None:
    def block(bid: str, col: Column, n: int, dated: bool) -> str:
        nodes = col.listed()[:n]
        rows = "".join(f'  <div class="{s._zebra(i, len(nodes))}">\n      \n  <div class="views-field views-field-title">        '
                       f'<span class="field-content"><a href="{_a(d.url)}">{escape(d.title)}</a></span>  </div>'
                       + (f'  \n  <span class="views-field views-field-created">        <span class="field-content">{d.when:%m-%d}</span>  </span>'
                          if dated else "") + '  </div>\n' for i, d in enumerate(nodes))
        return (f'<div id="block-views-{bid}-block" class="block block-views">\n\n    <h2>{col.name}</h2>\n  \n  <div class="content">\n'
                f'    <div class="view view-{bid} view-id-{bid} view-display-id-block view-dom-id-{hashlib.md5(bid.encode()).hexdigest()}">\n'
                f'      <div class="view-content">\n{rows}    </div>\n  \n      \n      <div class="more-link">\n  <a href="{_a(col.path)}">\n    更多  </a>\n</div>\n'
                '  \n</div>  </div>\n</div>\n')
    content = (block("sy_gzdt", gzdt, 8, True) + block("sy_tzgg", tzgg, 6, True) + block("sy_gfxwj", gfx, 5, False)
               + '<div id="block-block-3" class="block block-block">\n\n    <h2>政务公开</h2>\n  \n  <div class="content">\n    <p>'
               + "　".join(f'<a href="{_a(u)}">{t}</a>' for u, t in (("/xxgk/xxgkzn", "政府信息公开指南"), ("/xxgk", "政府信息公开目录"),
                                                                      ("/xxgk/ndbg", "政府信息公开年报"), ("/xxgk/ysqgk", "依申请公开")))
               + '</p>  </div>\n</div>\n')
    html = (s.head(f"{GOV} | 科技创新　服务发展", f'<link rel="alternate" type="application/rss+xml" title="{GOV} RSS" href="{HOST}/rss.xml" />\n')
            + s.header("/", "front") + '  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">\n\n'
            '    <div id="content" class="column"><div class="section">\n            <a id="main-content"></a>\n'
            '                          <div class="region region-content">\n' + content + '  </div>\n    </div></div> <!-- /.section, /#content -->\n\n'
            + s.sidebar("front", "/") + '\n  </div></div> <!-- /#main, /#main-wrapper -->\n\n' + s.footer())
    s.res["/"] = Resource(html.encode("utf-8"), HTML)


NOT_FOUND = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">\n'
             '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-hans" dir="ltr"><head>'
             '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>找不到页面 | 岚溪县科学技术局</title></head>'
             '<body class="html not-front not-logged-in no-sidebars page-node"><div id="page"><div id="content" class="column">'
             '<h1 class="title" id="page-title">找不到页面</h1><div class="region region-content"><div id="block-system-main" class="block block-system">'
             '<div class="content">无法找到请求的页面。</div></div></div></div></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"drupal offers only the small size, not {size!r}")
    s = _Site()
    gzdt, tzgg = _news(s)
    gfx, pairs = _disclosure(s)
    _pages(s)
    s.render()
    unclean = next(d for d, _, defect in pairs if defect == "unclean")
    s.res[f"/?q=node/{unclean.nid}"] = s.res[unclean.url]  # Drupal answers the unclean path with the same page
    _front(s, gzdt, tzgg, gfx)
    items = "".join(f"<item><title>{escape(d.title)}</title><link>http://kjj.lanxi.gov.cn{d.url}</link>"
                    f"<pubDate>{d.when:%a, %d %b %Y} 01:00:00 +0000</pubDate></item>" for d in gzdt.listed()[:10])
    s.res["/rss.xml"] = Resource((f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{GOV}</title>'
                                  f"{items}</channel></rss>").encode(), "application/rss+xml; charset=utf-8")
    for path, body, kind in ((f"{THEME}/favicon.ico", tiny_png(), "image/vnd.microsoft.icon"), (f"{THEME}/logo.png", tiny_png(), "image/png"),
                             (f"{THEME}/images/ga.png", tiny_png(), "image/png"), ("/misc/feed.png", tiny_png(), "image/png"),
                             ("/modules/file/icons/application-pdf.png", tiny_png(), "image/png"),
                             ("/modules/system/system.base.css", b".element-invisible{position:absolute !important;clip:rect(1px,1px,1px,1px);}", "text/css"),
                             (f"{THEME}/css/style.css", b"body{font-size:14px}", "text/css"),
                             ("/misc/jquery.js", b"/* jQuery 1.4.4 */", "application/javascript"),
                             ("/misc/drupal.js", b"var Drupal = Drupal || { 'settings': {} };", "application/javascript")):
        s.res[path] = Resource(body, kind)
    s.key.append(Expected("footer", "/", "页脚有主办单位、ICP 备案号和公安机关备案号，缺网站标识码", probe="footer-lacks:网站标识码"))
    s.key.append(Expected("footer", gzdt.listed()[0].url, "全站同一页脚区块：缺网站标识码", probe="footer-lacks:网站标识码", url_pattern=r"^/.+"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "Drupal 页面只有 Generator", probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap(gzdt.listed()[0].url, "文章页的唯一日期是“由 kjj_xxk 于 2026-11-18 HH:MM 提交”；侧栏“热门内容”是无日期标题：文章页不是栏目"))
    return SampleSite("drupal", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
