"""The "publiccms" sample site: a 街道办事处's portal (苇塘街道办事处, 泖澄区) on PublicCMS (Java, Spring and
FreeMarker, statically generated pages), UTF-8, in PublicCMS's default addresses and its stock `site_1` theme
re-skinned for a government office.

Why PublicCMS: of the brief's candidates it is the one whose own repository the library holds with its stock
front-end templates, the FreeMarker includes they use, its paging method and the demo data that sets the default
category and content paths (sanluan/PublicCMS, 3,471 file versions); it is a free Java CMS that small public bodies
install (static generation, several sites in one deployment). The library holds no government PublicCMS page
(find_string `Powered by PublicCMS` finds only its licence; a pages search finds no case): the addresses, pager,
list rows, article header, side boxes and redirects below are the real ones; the government content (columns, the
信息公开 metadata table, 解读 links, footer identifiers) follows the practice of the other families.

Sources (read with `read_file`, repository sanluan/PublicCMS):
  - the demo data `cms_category` rows (several SQL dumps; find_string `${category.code}/index.html`) and
    `IMPORT_DEFAULT_VALUE_CATEGORY_*`: a category's path is `${category.code}/index.html`, its content path
    `${category.code}/${content.publishDate?string('yyyy/MM-dd')}/${content.id}.html` (`/gzdt/2026/11-18/3021.html`),
    and its url is the site path plus that path, the site path protocol-relative (`//www.publiccms.com/car/index.html`);
  - `views/method/tools/GetPageMethod.java`: page N > 1 of `…/index.html` is `…/index_N.html`, page 1 the url itself;
  - `data/publiccms/template/site_1/category/list.html` and `category/parent.html`: the list of a category with its
    children's content (`_contentList … containChild=true`); **page 1 has no pager, only `<div class="page"><a
    href="…index_2.html">查看更多</a></div>`** (`<span>查看更多</span>` when there is no page 2), later pages include
    `ftl/category_page.ftl`; a parent category's page 1 opens with `<h3>最新文章</h3>`; a `<nav class="container">` of
    the sibling categories (a parent: of its children) with `class="selected"`; the aside 编辑推荐, 精彩图集 and
    热门排行 (`<ul class="rank"><li><a>title</a><span>clicks</span></li>`);
  - `ftl/category_page.ftl`: `<div class="page">` with 上一页, page numbers (the current one `class="selected"`), 下一页,
    a dead edge written `<span>上一页</span>`;
  - `ftl/data-list.ftl`: every row `<dl><dt><h3><a …>title</a><span>yyyy-MM-dd</span></h3></dt><dd><a …>(pictures)</a>
    <p class="clearfix-before">description… <a …> 详细 &gt;&gt;</a></p></dd></dl>` — the title and its date in one
    heading, the article linked twice;
  - `ftl/echoBread.ftl`: the trail `<a>首页</a> &gt; <a>parent</a>  &gt; <a>category</a>`;
  - `include/category/list.html/49d393ca-….html` (编辑推荐): `<div><h3>编辑推荐</h3><ul><li><a
    href="${site.dynamicPath}place/redirect.do?id=N">`: the recommended titles link a redirect, not the article;
  - `system/article.html`: `<article class="left-content"><h1><a href="${content.url}">title</a></h1><p class="author">`
    (来源 only for copied content) author, editor and `publishDate?datetime` unlabelled, `阅读:<em>loading...</em>`
    filled by `api/contentClick`; the Baidu share box; `<div id="content">`; the tag line; the aside 相关推荐
    (`_contentRelatedList`, then a tag `_search` to fill ten) with titles cut to 20 characters and `'...'`;
  - `include/index.html/2ecdebcc-….html` (header: top bar, search form `word`, logo, nav `<li><a>` with child `<ul>`)
    and `include/cc29e896-….html` (footer: `<div class="column">` blocks with `<h4 class="title">`, a
    `footer-bottom` line `&copy;YYYY … All Rights Reserved. ${approve}` and the 友情链接 include).
Guessed, said as such: the category codes and content ids; FreeMarker's date formats (`yyyy-MM-dd`,
`yyyy-MM-dd HH:mm:ss`); the dynamic path being the site root; `place/redirect.do` answering 302 with the target's
path; the 信息公开 extension fields rendered as a four-column table; the single-page template; the home page's
blocks; every wording; the 404 page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, SITE_HOST, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
OFFICE = "苇塘街道"
GOV = "苇塘街道办事处"
DISTRICT = "泖澄区"
HTML = "text/html; charset=utf-8"
ICP = "沪ICP备2021018826号-3"
POLICE = "沪公网安备31011802004417号"
SELECTED = ' class="selected"'
SITE = f"//{SITE_HOST}/"  # the site path: every page and asset is linked protocol-relative, as PublicCMS's demo sites


def _a(url: str) -> str:
    return escape(url, quote=True)


def _u(path: str) -> str:
    """The link PublicCMS writes for a root-relative path: the protocol-relative site path before it."""
    return SITE + path.lstrip("/")


@dataclass
class Doc:
    id: int
    title: str
    when: datetime
    body: str = ""
    author: str = "街道党政办"
    meta: dict[str, str] | None = None  # the 信息公开 extension fields
    files: list[str] = field(default_factory=list)
    source: tuple[str, str] | None = None  # copied content: (source name, source url)
    related: list[Doc] = field(default_factory=list)  # the editor's related contents (相关推荐, first)


@dataclass
class Col:
    id: int
    code: str
    name: str
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 10
    parent: Col | None = None
    children: list[Col] = field(default_factory=list)

    @property
    def listed(self) -> list[Doc]:
        """What the list shows: its own and its children's content (containChild=true), newest first."""
        docs = self.docs + [d for c in self.children for d in c.docs]
        return sorted(docs, key=lambda d: (d.when, d.id), reverse=True)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.listed) // self.per_page))

    def path(self, n: int = 1) -> str:
        return f"/{self.code}/index.html" if n == 1 else f"/{self.code}/index_{n}.html"


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 3000
        self.col_of: dict[int, Col] = {}
        self.places: list[tuple[int, Doc]] = []  # 编辑推荐: (place id, the content it redirects to)
        self.fill: dict[int, list[Doc]] = {}  # 相关推荐's tag-search filler per document

    def doc(self, title: str, when: date, body: str = "", hour: int = 9, **kw: object) -> Doc:
        self.next_id += 1
        stamp = datetime(when.year, when.month, when.day, hour, (self.next_id * 7) % 60, (self.next_id * 13) % 60)
        return Doc(self.next_id, title, stamp, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def doc_path(self, d: Doc) -> str:
        return f"/{self.col_of[d.id].code}/{d.when:%Y/%m-%d}/{d.id}.html"

    def top(self) -> list[Col]:
        return [c for c in self.cols if c.parent is None]

    def head(self, title: str, keywords: str = "", desc: str = "") -> str:
        return ('<!DOCTYPE html>\n<html lang="zh">\n<head>\n\t<title>' + escape(title) + '</title>\n'
                f'\t<meta name="keywords" content="{escape(keywords)}"/>\n\t<meta name="description" content="{escape(desc)}"/>\n'
                '\t<meta charset="utf-8"/>\n\t<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
                f'\t<link href="{SITE}assets/css/style.css" rel="stylesheet"/>\n\t<link rel="shortcut icon" href="{SITE}favicon.ico"/>\n'
                '</head>\n')

    def header(self) -> str:
        items = ""
        for c in self.top():
            sub = ("\n\t\t\t\t\t<ul>" + "".join(f'\n\t\t\t\t\t\t<li><a href="{_a(_u(k.path()))}" target="_blank">{k.name}</a></li>'
                                                for k in c.children) + "\n\t\t\t\t\t</ul>") if c.children else ""
            items += f'\n\t\t\t\t<li>\n\t\t\t\t\t<a href="{_a(_u(c.path()))}" target="_blank">{c.name}</a>{sub}\n\t\t\t\t</li>'
        return ('<header>\n\t<div class="top-bar">\n\t\t<div class="container">\n\t\t\t<ul class="fleft">\n'
                f'\t\t\t\t<li>欢迎访问{GOV}门户网站</li>\n\t\t\t</ul>\n\t\t\t<ul class="fright">\n'
                '\t\t\t\t<li><a href="http://www.maocheng.gov.cn/" target="_blank">泖澄区人民政府</a></li>\n'
                f'\t\t\t\t<li><a href="{SITE}sitemap.html" target="_blank">网站地图</a></li>\n'
                '\t\t\t</ul>\n\t\t\t<div class="clearfix-before"></div>\n\t\t</div>\n\t</div>\n\t<div class="container">\n'
                f'\t\t<div class="tools">\n\t\t\t<form class="search" action="{SITE}search.html">\n'
                '\t\t\t\t<input name="word" type="text" placeholder="这里输入关键词"/>\n\t\t\t\t<input type="submit" value="搜索"/>\n'
                '\t\t\t</form>\n\t\t\t<div class="clearfix-before"></div>\n\t\t</div>\n\t\t<a href="#" class="nav-icon"></a>\n'
                f'\t\t<div class="logo">\n\t\t\t<a href="{SITE}"><img src="{SITE}assets/images/logo.png" alt="{GOV}"/></a>\n\t\t</div>\n'
                '\t\t<span class="slogan">宜居宜业　和美苇塘</span>\n\t\t<nav class="clearfix-before">\n\t\t\t<ul>\n'
                f'\t\t\t\t<li><a href="{SITE}">首页</a></li>{items}\n\t\t\t</ul>\n\t\t</nav>\n'
                '\t\t<div class="clearfix-before"></div>\n\t</div>\n</header>\n')

    def footer(self) -> str:
        friends = "".join(f'<a href="{u}" target="_blank">{n}</a>' for n, u in (
            ("中国政府网", "http://www.gov.cn/"), ("上海市人民政府", "http://www.shanghai.gov.cn/"),
            ("泖澄区人民政府", "http://www.maocheng.gov.cn/")))
        return ('<div class="clearfix-before"></div>\n<footer>\n\t<div class="container">\n\t\t<div class="column">\n'
                f'\t\t\t<h4 class="title">关于本网<span class="head-line"></span></h4>\n\t\t\t<p>主办：{GOV}　承办：{GOV}党政办公室</p>\n'
                '\t\t\t<p>本网站为泖澄区苇塘街道办事处官方网站，发布街道政务信息和公共服务信息。</p>\n\t\t</div>\n'
                '\t\t<div class="column background-map">\n\t\t\t<h4 class="title">联系我们<span class="head-line"></span></h4>\n'
                f'\t\t\t<p><i class="fa fa-map-marker"></i> 地址：上海市{DISTRICT}苇塘路218号</p>\n'
                '\t\t\t<p><i class="fa fa-phone-square"></i> 联系电话：<a href="tel:021-59328100">021-59328100</a></p>\n'
                '\t\t\t<p><i class="fa fa-envelope"></i> 电子邮箱：<a href="mailto:weitangjd@maocheng.gov.cn">weitangjd@maocheng.gov.cn</a></p>\n'
                '\t\t</div>\n\t\t<div class="clearfix-before"></div>\n\t\t<div class="footer-bottom">\n'
                f'\t\t\t<p>&copy;2026  {GOV} All Rights Reserved. <a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a> '
                f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=31011802004417" target="_blank">{POLICE}</a></p>\n'
                f'\t\t\t<div class="friendlink">友情链接：{friends}</div>\n\t\t</div>\n\t</div>\n</footer>\n'
                f'<script src="{SITE}assets/js/jquery-1.9.1.min.js"></script>\n'
                f"<script>var CMS_PATH='{SITE}';</script>\n<script src=\"{SITE}assets/js/main.js?2\"></script>\n")

    def page(self, title: str, body: str, keywords: str = "", desc: str = "", script: str = "") -> Resource:
        html = f"{self.head(title, keywords, desc)}<body>\n{self.header()}{body}\n{self.footer()}{script}</body>\n</html>\n"
        return Resource(html.encode("utf-8"), HTML)

    def bread(self, col: Col | None) -> str:
        out = f'\t<a href="{SITE}">首页</a> &gt;\n'
        if col is not None:
            if col.parent is not None:
                out += f'\t\t\t\t<a href="{_a(_u(col.parent.path()))}">{col.parent.name}</a>  &gt;\n'
            out += f'\t\t\t\t<a href="{_a(_u(col.path()))}">{col.name}</a>\n'
        return f'\t<div class="container bread">\n{out}\t</div>\n'

    def recommended(self) -> str:
        rows = "".join(f'\t\t<li><a href="{SITE}place/redirect.do?id={pid}" target="_blank">{escape(d.title)}</a></li>\n'
                       for pid, d in self.places)
        return f"<div>\n<h3>编辑推荐</h3>\n\t<ul>\n{rows}\t</ul>\n</div>\n"

    def rows(self, docs: list[Doc]) -> str:
        out = []
        for d in docs:
            link = _a(_u(self.doc_path(d)))
            desc = escape(_plain(d.body)[:100]) + ("..." if len(_plain(d.body)) > 100 else "")
            out.append(f'<dl>\n\t<dt>\n\t\t<h3><a href="{link}" target="_blank">{escape(d.title)}</a><span>{d.when:%Y-%m-%d}</span></h3>\n'
                       f'\t</dt>\n\t<dd>\n\t\t<a href="{link}" target="_blank">\n\t\t</a>\n'
                       f'\t\t<p class="clearfix-before">{desc}<a href="{link}" target="_blank"> 详细 &gt;&gt;</a></p>\n\t</dd>\n</dl>')
        return "\n".join(out)

    def pager(self, col: Col, n: int) -> str:
        if n == 1:
            more = (f'<a href="{_a(_u(col.path(2)))}">查看更多</a>' if col.pages > 1 else "<span>查看更多</span>")
            return f'\t\t\t<div class="page">\n\t\t\t\t{more}\n\t\t\t</div>\n'
        prev = f'<a href="{_a(_u(col.path(n - 1)))}">上一页</a>'
        nums = "".join(f'<a href="{_a(_u(col.path(k)))}"{SELECTED if k == n else ""}>{k}</a>' for k in range(1, col.pages + 1))
        nxt = f'<a href="{_a(_u(col.path(n + 1)))}">下一页</a>' if n < col.pages else "<span>下一页</span>"
        return f'\t<div class="page">\n\t\t\t{prev}\n\t\t{nums}\n\t\t\t{nxt}\n\t</div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        siblings = col.children if col.children else (col.parent.children if col.parent else self.top())
        nav = "".join(f'\n\t\t\t\t<a href="{_a(_u(k.path()))}"{SELECTED if k is col else ""}>{k.name}</a>' for k in siblings)
        docs = col.listed[(n - 1) * col.per_page: n * col.per_page]
        latest = "\t\t\t<h3>最新文章</h3>\n" if col.children and n == 1 else ""
        rank = sorted(col.listed, key=lambda d: (_clicks(d), d.id), reverse=True)[:10]
        rank_rows = "".join(f'\t\t\t\t\t<li><a href="{_a(_u(self.doc_path(d)))}" target="_blank">{escape(d.title)}</a>'
                            f'<span>{_clicks(d)}</span></li>\n' for d in rank)
        body = ('<main>\n\t<nav class="container">' + nav + '\n\t</nav>\n' + self.bread(col) +
                f'\t<div class="container">\n\t\t<div class="data-list left-content">\n{latest}{self.rows(docs)}\n{self.pager(col, n)}'
                f'\t\t</div>\n\t\t<aside>\n{self.recommended()}\t\t\t<div>\n\t\t\t\t<h3>热门排行</h3>\n\t\t\t\t<ul class="rank">\n{rank_rows}'
                '\t\t\t\t</ul>\n\t\t\t</div>\n\t\t</aside>\n\t</div>\n\t<div class="clearfix-before"></div>\n</main>')
        script = f"<script>\n\t$(\"header nav ul li a:contains('{(col.parent or col).name}')\").parent().addClass('selected');\n</script>\n"
        return self.page(col.name, body, script=script)

    def meta_table(self, d: Doc) -> str:
        if d.meta is None:
            return ""
        cells = list(d.meta.items())
        rows = ""
        for i in range(0, len(cells), 2):
            pair = cells[i:i + 2]
            rows += "<tr>" + "".join(f'<td class="label">{k}：</td><td>{v}</td>' for k, v in pair)
            rows += '<td class="label"></td><td></td>' * (2 - len(pair)) + "</tr>"
        return f'\t\t\t<table class="gk-info" cellspacing="0" cellpadding="0"><tbody>{rows}</tbody></table>\n'

    def article(self, col: Col, d: Doc) -> Resource:
        link = _a(_u(self.doc_path(d)))
        source = (f'来源：<a href="{_a(d.source[1])}" target="_blank">{d.source[0]}</a>' if d.source else "")
        files = "".join(f'<p>附件：<a href="{_a(_u(f))}" target="_blank">{escape(d.title)}{f[f.rfind("."):]}</a></p>' for f in d.files)
        related = (d.related + [o for o in self.fill.get(d.id, []) if o not in d.related])[:10]
        rel_rows = "".join(f'                  <li><a href="{_a(_u(self.doc_path(o)))}" target="_blank" title="{escape(o.title)}">'
                           f'{escape(_cut(o.title))}</a></li>\n' for o in related)
        keywords = ",".join(w for w in (OFFICE, col.name) if w)
        body = ('<main>\n' + self.bread(col) + '\t<div class="container">\n\t\t<article class="left-content">\n'
                f'\t\t\t<h1><a href="{link}">{escape(d.title)}</a></h1>\n'
                f'\t\t\t<p class="author">{source} {d.author} {_editor(d)} {d.when:%Y-%m-%d %H:%M:%S} 阅读:<em>loading...</em></p>\n'
                '\t\t\t<div class="bdsharebuttonbox"><a href="#" class="bds_more" data-cmd="more"></a><a href="#" class="bds_qzone" '
                'data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a>'
                '<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a></div>\n'
                f'{self.meta_table(d)}\t\t\t<div id="content">{d.body}{files}</div>\n\t\t\t<div></div>\n'
                f'\t\t</article>\n\t\t<aside>\n{self.recommended()}'
                '\t\t\t<div style="border-bottom: 1px solid #eee;">\n'
                f'\t\t\t\t<a href="{SITE}search.html?tagId=" target="_blank"><h3>相关推荐</h3></a>\n\t\t\t\t<ul>\n{rel_rows}'
                '\t\t\t\t</ul>\n\t\t\t</div>\n\t\t</aside>\n\t</div>\n\t<div class="clearfix-before"></div>\n</main>')
        script = ("<script>\n\t$.getJSON('" + SITE + f"api/contentClick?id={d.id}&callback=?', function(data){{\n"
                  "\t\t$('article .author em').text(data.clicks);\n\t});\n</script>\n")
        return self.page(f"{d.title} - {col.name}", body, keywords, _plain(d.body)[:80], script)

    def render(self) -> None:
        for col in self.cols:
            self.res[col.path()] = self.list_page(col, 1)
            for n in range(2, col.pages + 1):
                self.res[col.path(n)] = self.list_page(col, n)
                self.traps.append(Trap(col.path(n), LATER_PAGE))
            for d in col.docs:
                self.res[self.doc_path(d)] = self.article(col, d)
        for pid, d in self.places:
            self.res[f"/place/redirect.do?id={pid}"] = Resource(b"", HTML, 302, self.doc_path(d))


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("\u3000", "")


def _cut(title: str, n: int = 20) -> str:
    return title if len(title) < n else title[:n] + "..."


def _clicks(d: Doc) -> int:
    return 40 + d.id * 37 % 900


def _editor(d: Doc) -> str:
    return ("王静", "陈立群", "周敏")[d.id % 3]


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent: 2em;">{t}</p>' for t in texts)


_WORK = ("会议强调，各居委会、村委会和街道各部门要坚持以人民为中心，压实工作责任，细化工作措施，"
         "加强督促检查，对照时间节点抓好落实，确保各项任务按期完成。")
_SUBJECTS = ("召开党工委理论学习中心组学习会", "开展消防安全大检查", "推进美丽街区建设", "召开平安建设工作会议", "开展垃圾分类宣传",
             "举办社区邻里节", "走访慰问困难家庭", "开展防汛防台演练", "召开营商环境优化推进会", "开展反诈宣传进社区")
_COMMUNITIES = ("苇塘一居", "芦湾居委", "塘北村", "新苇社区")
BROKEN_IMAGE = "/upload/2026/11/0714/4f0b9c2e.jpg"
BROKEN_PDF = "/upload/2026/06/1203/9d0e6a1b.pdf"
DELETED = "/gzdt/2025/03-11/2877.html"


def _news(s: _Site) -> tuple[Col, Col, Col]:
    jddt = Col(1, "jddt", "街道动态", per_page=12)
    gzdt = Col(6, "gzdt", "工作动态", parent=jddt)
    for i in range(30):
        gzdt.docs.append(s.doc(f"{OFFICE}{_SUBJECTS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 6),
                               _paras(f"近日，{OFFICE}{_SUBJECTS[i % 10]}。街道党工委书记出席并讲话，各居村党组织书记参加。", _WORK)))
    good = "/upload/2026/11/1014/2a91c0d3.jpg"
    gzdt.docs[0].body += f'<p style="text-align:center"><img src="{_u(good)}" title="现场" alt="现场"/></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    gzdt.docs[1].body += f'<p style="text-align:center"><img src="{_u(BROKEN_IMAGE)}" title="" alt=""/></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "工作动态正文图片 404", probe="status:404"))
    gzdt.docs[3].body += f'<p>相关阅读：<a href="{_u(DELETED)}">{OFFICE}召开经济运行分析会</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    gzdt.docs[4].source = ("泖澄区人民政府", "http://www.maocheng.gov.cn/xwzx/jrmc/20261025/3321.html")
    s.traps.append(Trap(gzdt.path(), "工作动态第 1 页没有分页条，只有“查看更多”链接到 index_2.html；最新 2026-11-18，不过期"))

    sqfc = Col(7, "sqfc", "社区风采", parent=jddt)
    for i in range(8):
        sqfc.docs.append(s.doc(f"{_COMMUNITIES[i % 4]}{('开展重阳节敬老活动', '召开居民代表会议', '开展楼道环境整治')[i % 3]}",
                               date(2025, 7, 16) - timedelta(days=i * 29), _paras("活动现场气氛热烈。", _WORK)))
    s.key.append(Expected("stale-columns", sqfc.path(), "社区风采最新 2025-07-16，超过 1 年未更新", probe="newest:2025-07-16"))

    djyl = Col(8, "djyl", "党建引领", parent=jddt)
    for i in range(12):
        djyl.docs.append(s.doc(f"{OFFICE}党工委{('开展主题党日活动', '召开党建联席会议', '开展党员冬训')[i % 3]}（{i + 1}）",
                               date(2026, 11, 6) - timedelta(days=i * 23), _paras("街道各党组织参加。", _WORK)))
    jddt.children = [gzdt, sqfc, djyl]
    s.traps.append(Trap(jddt.path(), "街道动态是父栏目，按 PublicCMS 的 containChild 列出三个子栏目的文章（“最新文章”），最新 2026-11-18：不过期、不是空栏目"))

    tzgg = Col(9, "tzgg", "通知公告")
    for i in range(16):
        tzgg.docs.append(s.doc(f"关于{('做好冬季消防安全', '城乡居民医保参保缴费', '开展燃气安全排查', '冬季道路交通安全')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=4 + i * 12), _paras("各居委会、村委会，街道各部门：", _WORK, GOV)))
    # Added at first contact: the site had none (a true normative-doc-cleanup finding, unscored), as eyou's.
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件6件，宣布失效2件。", _WORK)))
    tzgg.docs[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    ok_file = "/upload/2026/10/2015/7c31e0aa.docx"
    tzgg.docs[5].files.append(ok_file)
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")

    bsfw = Col(10, "bsfw", "办事服务")
    s.key.append(Expected("empty-columns", bsfw.path(), "办事服务栏目没有任何内容（列表为空，只有灰色的“查看更多”）", probe="no-rows"))
    s.cols += [jddt, gzdt, sqfc, djyl, tzgg, bsfw]
    return gzdt, djyl, tzgg


# (subject, metadata shape, interpretation defect)
_NORMATIVE = (("居民区公共停车管理", "table", ""), ("社区公益基金管理", "table", "missing"), ("老旧小区综合整治", "none", ""),
              ("居村干部考核", "table", "late"), ("街道小微工程管理", "table", "unlinked"), ("河道保洁长效管理", "table", ""),
              ("社区微更新项目管理", "table-no-validity", ""))


def _disclosure(s: _Site) -> tuple[Col, list[tuple[Doc, Doc, str]]]:
    zwgk = Col(2, "zwgk", "政务公开", per_page=12)
    gfx = Col(11, "gfxwj", "规范性文件", parent=zwgk)
    zcjd = Col(12, "zcjd", "政策解读", parent=zwgk)
    interps: list[tuple[Doc, Doc, str]] = []
    for k, (subject, shape, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 26) - timedelta(days=33 * k)
        number = f"苇办发〔{when.year}〕{15 - k}号"
        short = f"{OFFICE}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when, hour=15)
        d.body = _paras("各居委会、村委会，街道各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本街道{subject}工作，根据有关法律法规和区政府有关规定，制定本办法。",
                        "第二条　本办法适用于本街道各居委会、村委会和街道各部门。",
                        "第三条　街道党政办公室负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"MC0117/{when.year}-{k + 31:05d}", "发布机构": GOV, "发文字号": number,
                "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        gfx.docs.append(d)
        s.col_of[d.id] = gfx
        if shape == "table":
            d.meta = meta
        elif shape == "table-no-validity":
            d.meta = {k2: v for k2, v in meta.items() if k2 != "有效性"}
            s.key.append(Expected("normative-metadata", s.doc_path(d), "规范性文件信息公开表缺少有效性", probe="meta-missing:有效性"))
        else:
            d.body = f'<p style="text-align: center;">{number}</p>' + d.body
            s.key.append(Expected("normative-metadata", s.doc_path(d), "规范性文件没有信息公开表（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        url = s.doc_path(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 16 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读" if k % 2 else f"图解：《{short}》", when + timedelta(days=lag),
                  _paras(f"一、制定背景　为规范本街道{subject}工作，街道办事处组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　街道党政办公室。" + _WORK), hour=16)
        zcjd.docs.append(i)
        s.col_of[i.id] = zcjd
        interps.append((d, i, defect))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目里；两页的“相关推荐”列出的是其他文件和解读）",
                                  probe="no-interp-link"))
        else:
            s.traps.append(Trap(url, "文件与解读在正文末互相链接（也在编辑设定的“相关推荐”首位），解读及时发布"))

    czyjs = Col(13, "czyjs", "财政预决算", parent=zwgk)
    for n in range(5):
        year = 2025 - n // 2
        czyjs.docs.append(s.doc(f"{GOV}{year}年{'部门预算' if n % 2 == 0 else '部门决算'}公开", date(2025, 6, 12) - timedelta(days=180 * n),
                                _paras("根据《中华人民共和国预算法》有关规定，现将本街道预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czyjs.path(), "财政预决算最新信息 2025-06-12，超过 1 年（2026 年预算未公开）",
                          probe="newest:2025-06-12"))

    ndbg = Col(14, "ndbg", "政府信息公开年报", parent=zwgk)
    published = {2025: date(2026, 1, 22), 2023: date(2024, 2, 26), 2022: date(2023, 1, 31), 2021: date(2022, 1, 17)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 5))
        ndbg.docs.append(d)
        s.col_of[d.id] = ndbg
        if year == 2023:
            s.key.append(Expected("annual-reports", s.doc_path(d), "2023 年度报告 2024-02-26 发布，晚于 1 月 31 日的公开期限",
                                  match=(OFFICE, "2023"), probe="late:2024-01-31"))
        elif year == 2022:
            s.traps.append(Trap(s.doc_path(d), "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.path(), "缺少 2024 年政府信息公开工作年度报告", match=(OFFICE, "2024"), probe="no-report:2024"))

    rsxx = Col(15, "rsxx", "人事信息", parent=zwgk)
    for i in range(6):
        rsxx.docs.append(s.doc(f"{GOV}{('公开招聘社区工作者公告', '社区工作者拟录用人员公示', '干部任前公示')[i % 3]}（{2026 - i // 3}年）",
                               date(2026, 9, 30) - timedelta(days=i * 41), _paras("根据有关规定，现予以公示。", _WORK)))
    zdly = Col(16, "zdly", "重点领域信息", parent=zwgk)
    s.key.append(Expected("empty-columns", zdly.path(), "重点领域信息栏目没有任何内容（列表为空，只有灰色的“查看更多”）", probe="no-rows"))
    zwgk.children = [gfx, zcjd, czyjs, ndbg, rsxx, zdly]
    s.cols += [zwgk, gfx, zcjd, czyjs, ndbg, rsxx, zdly]
    s.traps.append(Trap(zwgk.path(), "政务公开父栏目列出全部子栏目的文章（containChild），最新 2026-10-26：不过期、不是空栏目"))
    return gfx, interps


def _relate(s: _Site, gfx: Col, interps: list[tuple[Doc, Doc, str]]) -> None:
    """The 相关解读/相关文件 links in the text, the editor's related contents, and the tag-search filler of 相关推荐."""
    for d, i, defect in interps:
        if defect == "unlinked":
            continue
        i.body += f'<p>相关文件：<a href="{_a(_u(s.doc_path(d)))}" target="_blank">{d.title}</a></p>'
        d.body += f'<p>相关解读：<a href="{_a(_u(s.doc_path(i)))}" target="_blank">{i.title}</a></p>'
        d.related, i.related = [i], [d]
    policy = gfx.docs + [i for _, i, _ in interps]
    mine = {d.id: i for d, i, _ in interps} | {i.id: d for d, i, _ in interps}
    for d in policy:
        # the tag "政策文件": every other policy content but this one's own counterpart, newest first
        others = sorted((o for o in policy if o is not d and o is not mine.get(d.id)), key=lambda o: o.when, reverse=True)
        s.fill[d.id] = others
    unlinked = next(d for d, _, defect in interps if defect == "unlinked")
    s.traps.append(Trap(s.doc_path(gfx.docs[0]), "文章页右侧“相关推荐”由标签检索补足 10 条，其中的其他文件的解读与本文件无关"))
    assert all(o is not mine[unlinked.id] for o in s.fill[unlinked.id])


_STATICS = (("jdgk", "街道概况", f"{OFFICE}位于{DISTRICT}西南部，辖12个居民委员会、4个村民委员会，面积21.6平方公里，常住人口8.7万人。"),
            ("jgzn", "机构职能", f"{GOV}是{DISTRICT}人民政府的派出机关。主要职责：统筹辖区发展，加强社会治理，提供公共服务，组织公共安全工作。"),
            ("xxgkzn", "政府信息公开指南", f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。本指南自2026年3月1日起施行。"),
            ("fdzdgk", "法定主动公开内容", f"{GOV}法定主动公开内容包括机构职能、规范性文件、政策解读、财政预决算、人事信息、政府信息公开年报和重点领域信息，见政务公开各栏目。"),
            ("ysqgk", "依申请公开", "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：街道党政办公室。"),
            ("xxgkzd", "政府信息公开制度", "本街道建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"))


def _statics(s: _Site) -> None:
    for code, name, text in _STATICS:
        path = f"/{code}/index.html"
        body = (f'<main>\n\t<div class="container bread">\n\t<a href="{SITE}">首页</a> &gt;\n\t\t\t\t<a href="{_a(_u(path))}">{name}</a>\n\t</div>\n'
                f'\t<div class="container">\n\t\t<article class="left-content single">\n\t\t\t<h1>{name}</h1>\n'
                f'\t\t\t<div id="content">{_paras(text)}</div>\n\t\t</article>\n\t</div>\n</main>')
        s.res[path] = s.page(name, body)
    s.traps.append(Trap("/jgzn/index.html", "单页栏目，没有日期：不是过期栏目，也不是空栏目"))


def _home(s: _Site, gzdt: Col, djyl: Col, tzgg: Col, gfx: Col) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'\t\t\t\t<li><a href="{_a(_u(s.doc_path(d)))}" target="_blank" title="{escape(d.title)}">{escape(_cut(d.title, 24))}</a>'
                       f'<span>{d.when:%m-%d}</span></li>\n' for d in col.listed[:n])
        return (f'\t\t<div class="box">\n\t\t\t<h3>{col.name}<a class="more" href="{_a(_u(col.path()))}" target="_blank">更多&gt;&gt;</a></h3>\n'
                f'\t\t\t<ul>\n{rows}\t\t\t</ul>\n\t\t</div>\n')
    focus = "".join(f'<div class="item"><a href="{_a(_u(s.doc_path(d)))}" target="_blank"><img src="{SITE}upload/2026/11/1014/2a91c0d3.jpg" '
                    f'alt="{escape(d.title)}"/><p>{escape(d.title)}</p></a></div>' for d in gzdt.docs[:1])
    links = "".join(f'<a href="{_a(_u(f"/{c}/index.html"))}" target="_blank">{n}</a>' for c, n, _ in _STATICS)
    body = (f'<main>\n\t<div class="container">\n\t\t<div class="owl-carousel focus">{focus}</div>\n'
            f'{block(gzdt, 8)}{block(tzgg, 8)}{block(djyl, 6)}{block(gfx, 6)}'
            f'\t\t<div class="box gk-links"><h3>政府信息公开</h3>{links}</div>\n\t</div>\n</main>')
    s.res["/"] = s.page(f"{GOV}门户网站", body, f"{OFFICE},{DISTRICT}{OFFICE}", f"{GOV}门户网站")


NOT_FOUND = ('<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>404 页面不存在</title></head><body>'
             '<div class="error" style="text-align:center;margin-top:120px"><h1>404</h1><p>您访问的页面不存在！</p>'
             '<a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"publiccms offers only the small size, not {size!r}")
    s = _Site()
    gzdt, djyl, tzgg = _news(s)
    gfx, interps = _disclosure(s)
    for col in s.cols:
        for d in col.docs:
            s.col_of[d.id] = col
    _relate(s, gfx, interps)
    s.places = [(11 + n, d) for n, d in enumerate(gzdt.docs[:3] + tzgg.docs[:2])]
    s.traps.append(Trap("/place/redirect.do?id=11", "“编辑推荐”链接 place/redirect.do?id=N，302 跳到文章：不是失效链接"))
    s.traps.append(Trap("/bsfw/index.html", "空栏目页右侧的“编辑推荐”列出其他栏目的最新文章：这不是本栏目的内容"))
    s.render()
    _statics(s)
    _home(s, gzdt, djyl, tzgg, gfx)
    for c in s.cols:
        for d in c.docs:
            for href in d.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    s.res["/assets/images/logo.png"] = Resource(tiny_png(), "image/png")
    s.res["/favicon.ico"] = Resource(tiny_png(), "image/x-icon")
    s.res["/assets/css/style.css"] = Resource(b"body{font-size:14px}", "text/css")
    for js in ("jquery-1.9.1.min.js", "main.js"):
        s.res[f"/assets/js/{js}"] = Resource(b"/* js */", "application/javascript")
    search = ('<main>\n\t<div class="container">\n\t\t<div class="data-list left-content">\n\t\t\t<h3>搜索结果</h3>\n'
              '\t\t\t<p>请输入关键词或选择标签进行搜索。</p>\n\t\t</div>\n\t</div>\n</main>')
    s.res["/search.html?tagId="] = s.page("搜索", search)  # the dynamic search page, as 相关推荐's heading links it
    sitemap = "".join(f'<li><a href="{_a(_u(c.path()))}">{c.name}</a></li>' for c in s.cols)
    s.res["/sitemap.html"] = s.page("网站地图", f'<main>\n\t<div class="container sitemap"><h1>网站地图</h1><ul>{sitemap}</ul></div>\n</main>')
    s.key.append(Expected("footer", "/", "首页页脚有主办、ICP 和公安备案号，缺网站标识码", probe="footer-lacks:网站标识码"))
    s.key.append(Expected("footer", s.doc_path(gzdt.docs[0]), "栏目页、文章页、信息公开页同一页脚：缺网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=r"^/.+"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "PublicCMS 页面只有 keywords 和 description", probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap(s.doc_path(gzdt.docs[0]), "文章日期在 p.author 里，没有“发布时间”标签，带时分秒：2026-11-18 是发布日期"))
    return SampleSite("publiccms", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
