"""The "jspx" sample site: a 开发区管委会's portal (松岚经济开发区管理委员会, 江西) on Jspxcms (刘放's open-source
Java CMS: Spring, FreeMarker templates in `[#…]` square-bracket syntax), UTF-8, with its pages generated as static
HTML in Jspxcms's default addresses.

Why Jspxcms: of the brief's candidates it is the one whose own source the library holds in several versions
(kevonz/jspxcms304, xrogzu/jspxcms6, XLjavaHome/jspxcms-8.0.2-release: the node/info address code, the pager, the
stock front templates), and it is a free Java CMS that small public bodies and 开发区/部门 sites install (KesionCMS's
repository in the library is an unsorted SVN dump; CmsEasy, DouPHP and Z-Blog are company/blog systems). The library
holds no government Jspxcms page (find_string `_files/jspxcms.css` and `Powerd by Jspxcms` find only fingerprint
lists): the addresses, pager, list rows, article headers, side boxes and footer below are the real ones; the
government content (columns, 信息公开 metadata table, 解读 links, footer identifiers) follows the practice of the other
families (yzm's 青枫街道, eyou's 檀溪镇).

Sources (read with `read_file`):
  - kevonz/jspxcms304 `src/com/jspxcms/core/domain/Node.java` `getUrlStatic`: a column's page n is static only up
    to the node's 静态页数 (`staticPage`, default **1**); a later page is the dynamic `/node/<id>_<n>.jspx`
    (`getUrlDynamic`: `Constants.NODE_PATH` + id + `_n` + `.jspx`); page 1 with 默认页 on (`defPage`) is the folder
    `/<node number>/`; `Info.java` `getUrlStatic`/`getUrlDynamic`: an article is `/<node number>/<info id>.html`,
    its dynamic address `/info/<id>.jspx`; XLjavaHome/jspxcms-8.0.2-release's ModelService `oneKeyEnableHtml`
    sets the defaults `/{node_number}/index` + `.html` (default page on) and `/{node_number}/{info_id}` + `.html`;
  - xrogzu/jspxcms6 `webapp/template/1/default/page.html` (and jspxcms304 bluewise `inc_page.html`): the pager
    `<div class="pager">` — 首页 (no href on page 1), 上一页 only after page 1, up to nine numbers, the current one
    `<a class="page-curr">` **without href**, 下一页 only before the last page, 末页 (no href on the last page);
    with no rows (totalPages 0) it still prints 首页, a current `1` and 末页, none of them a link;
  - jspxcms6 `list_news.html`: rows `<li>` of a title link (`ff-yh fs18 a c-000`), the description cut to 100
    characters and `yyyy-MM-dd HH:mm:ss` in unnamed divs, a trail 您的位置 joined by ` > `, the title
    `栏目_父栏目_站名`; `inc_news_right.html`: 热度排行 (ten titles by views, ranked, no dates); `cover_news.html`: a
    parent column as a cover page of one block per child (a `box1` head linking the child, five undated titles);
  - jspxcms304 `list.html`: `div.textlist` rows `<span class="spanleft"><a></span><span class="spanright">yyyy-MM-dd`;
    `info.html`: `div.position` 当前位置 … >正文, `h2.title`, `p.infoattr` (the date unlabelled, 浏览次数 loaded by
    `$("#info_views").load(".../info_views/<id>.jspx?d=…")`, 来源：), `div.text`, `div.othernews` 上一条/下一条 with
    dates (`没有了` at the ends);
  - jspxcms6 `info_news.html`: `h1.info-title`, unlabelled `yyyy-MM-dd HH:mm`, source, author, views `span.info-detail`;
    上一条/下一条 with dates; 相关新闻 = `InfoFulltextList q=info.title limit=5` (the five articles whose titles are most
    like this one's, each dated);
  - jspxcms6 `inc_header.html`: top links 网站地图 `/sitemap.jspx`, RSS订阅 `/rss.jspx`, TAGS标签 `/tags.jspx`, the search
    form to `/search.jspx`, the nav `ul.nav` with `nava … curr`; `inc_footer.html`: `Powered by Jspxcms`, `© 2010-2016
    Jspxcms All Rights Reserved`, `{company} 版权所有`, the ICP link, and the `visit_log.jspx` script written by
    `document.write(unescape(…))`.
Guessed, said as such: the node numbers and ids; the `_files` address (`/template/1/default/_files/`); the
government theme's 信息公开 article template (bluewise `info.html` with a metadata table of custom fields 索引号 …
有效性 and no fulltext box) and its use for 规范性文件/政策解读/年报; the 主办/公安备案 footer line; the member-login
script of the header left out; the sitemap/tags/RSS pages' markup; every wording and the 404.

First contact (66e0b81's tool, plain): 119/119 pages, 128 requests, 不合格 0.0 with two false vetoes; stale-columns
0.06/1.00 (30 news articles read as columns of their dated 相关新闻 and 上一条 rows, the three `/node/3_N.jspx` later
pages as columns of their own), empty-columns recall 0.00 (an empty list's dead 「首页 1 末页」 pager, and the 热度排行
box counted as the page's links), interpretations 0.75 (a 解读 linking its document at `/info/N.jspx`), annual-reports
0.00/0.00 (the key's slip: it matched a short name the findings never carry). Fixed in the tool
(tests/model/test_jspx_pages.py); the generator's slips (the annual key's organ name, a late report late only under a
department's deadline, no 清理 notice, the footer counter unserved) were fixed in the generator and are said so in its
commit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
ZONE = "松岚经开区"
GOV = "松岚经济开发区管理委员会"
HTML = "text/html; charset=utf-8"
ICP = "赣ICP备2020004518号-1"
PSB = "赣公网安备36092202000117号"
FILES = "/template/1/default/_files/"


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    meta: dict[str, str] | None = None  # the 信息公开 custom fields
    files: list[str] = field(default_factory=list)
    source: str = "党政办公室"


@dataclass
class Col:
    id: int
    number: str
    name: str
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    layout: str = "news"  # "news" (list_news + info_news) or "gk" (list + the 信息公开 article template)
    parent: Col | None = None
    children: list[Col] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    @property
    def listed(self) -> list[Doc]:
        return sorted(self.docs, key=lambda d: (d.when, d.id), reverse=True)

    def url(self, n: int = 1) -> str:
        """Node.getUrlStatic: page 1 the folder (default page on), later pages beyond staticPage=1 dynamic."""
        return f"/{self.number}/" if n == 1 else f"/node/{self.id}_{n}.jspx"


def _stamp(d: Doc) -> str:
    return f"{d.when:%Y-%m-%d} {8 + d.id % 9:02d}:{d.id % 60:02d}"


def _plain(html: str) -> str:
    import re
    return re.sub(r"<[^>]+>", "", html).replace("\u3000", "")


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 1200
        self.col_of: dict[int, Col] = {}

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 1
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def doc_url(self, d: Doc) -> str:
        return f"/{self.col_of[d.id].number}/{d.id}.html"

    def top(self) -> list[Col]:
        return [c for c in self.cols if c.parent is None]

    def head(self, title: str, keywords: str, desc: str) -> str:
        return ('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8"/>\n'
                f'<title>{escape(title)}</title>\n<meta name="keywords" content="{escape(keywords)}"/>\n'
                f'<meta name="description" content="{escape(desc)}"/>\n'
                f'<link href="{FILES}global.css" rel="stylesheet"/>\n<link href="{FILES}style.css" rel="stylesheet"/>\n'
                f'<script type="text/javascript" src="{FILES}js/jquery.js"></script>\n'
                f'<script type="text/javascript" src="{FILES}js/fore.js"></script>\n</head>\n<body>\n')

    def header(self, current: Col | None) -> str:
        top = current
        while top is not None and top.parent is not None:
            top = top.parent
        items = [f'<li class="left"><a href="/" class="nava fs14 item first{" curr" if current is None else ""}">首页</a></li>']
        tops = self.top()
        for i, c in enumerate(tops):
            cls = (" curr" if top is c else "") + (" middle" if i + 1 < len(tops) else " last")
            items.append(f'<li class="left"><a href="{_a(c.url())}" class="nava fs14 item{cls}">{c.name}</a></li>')
        return ('<!-- 顶部开始 -->\n<div style="background-color:#fafafa;border-bottom:1px solid #ebebeb;">\n'
                '\t<div class="w center c999" style="height:28px;line-height:28px;">\n\t\t<div class="left">\n'
                '\t\t\t<a class="topa" href="/sitemap.jspx" target="_blank">网站地图</a>\n'
                '\t\t\t<a class="topa" href="/rss.jspx" target="_blank">RSS订阅</a>\n'
                '\t\t\t<a class="topa" href="/tags.jspx" target="_blank">TAGS标签</a>\n\t\t</div>\n'
                '\t\t<div class="clear"></div>\n\t</div>\n</div>\n<!-- 顶部结束 -->\n<!-- LOGO开始 -->\n<div class="w center">\n'
                '\t<div class="left" style="width:30%;">\n\t\t<a class="right block" style="width:300px;height:90px;line-height: 90px;'
                f'font-size: 26px;color:#000;text-decoration:none;font-weight:700" href="/">{GOV}</a>\n'
                '\t\t<div class="clear"></div>\n\t</div>\n\t<div class="right" style="width:70%;">\n'
                '\t\t<form action="/search.jspx" method="get" style="margin:28px 0 0 20px;">\n'
                '\t\t\t<input type="text" name="q" value="" placeholder="请输入关键字" class="left search-input" style="width:380px;" autocomplete="off"/>\n'
                f'\t\t\t<button type="submit" class="left" style="width:86px;height:34px;background:url({FILES}img/search.png);border:0;"></button>\n'
                '\t\t\t<div class="clear"></div>\n\t\t</form>\n\t</div>\n\t<div class="clear"></div>\n</div>\n<!-- LOGO结束 -->\n'
                '<!-- 导航开始 -->\n<div class="w center">\n\t<ul class="list-unstyled nav" style="height:36px;line-height:36px;">\n\t\t'
                + "\n\t\t".join(items) + '\n\t</ul>\n\t<div class="clear"></div>\n</div>\n<!-- 导航结束 -->\n')

    def footer(self) -> str:
        return ('<div class="w center text-center c-666" style="padding:20px;line-height:30px;">\n'
                f'\t<div class="host"><span>主办：{GOV}</span> <span>承办：{ZONE}党政办公室</span> '
                f'<span>地址：江西省松岚经济开发区创业大道88号</span></div>\n'
                '\t<div class="powered">\n\t\t<span>Powered by <strong style="font-size:12px"><a href="http://www.jspxcms.com" '
                'target="_blank" class="c-666 a-hover">Jspxcms</a></strong></span>\n'
                '    <span>&copy; 2010-2016 Jspxcms All Rights Reserved</span>\n\t</div>\n\t<div class="copyright">\n'
                f'\t\t<span>{GOV} 版权所有</span>\n'
                f'\t\t<span><a href="https://beian.miit.gov.cn" target="_blank" class="icp c-666 a-hover">{ICP}</a></span>\n'
                f'\t\t<span><img src="{FILES}img/gongan.png"/> {PSB}</span>\n\t</div>\n</div>\n\n'
                '<script type="text/javascript">\ndocument.write(unescape("%3Cscript src=\'/visit_log.jspx%3FsiteId%3D1%26url%3D")'
                '+document.location.href+unescape("%26referrer%3D")+document.referrer+unescape("\' type=\'text/javascript\'%3E%3C/script%3E"));\n'
                '</script>\n</body>\n</html>\n')

    def page(self, title: str, body: str, current: Col | None, keywords: str = "", desc: str = "") -> Resource:
        html = self.head(title, keywords or GOV, desc or GOV) + self.header(current) + body + "\n" + self.footer()
        return Resource(html.encode("utf-8"), HTML)

    def hierarchy(self, col: Col) -> list[Col]:
        out = [col]
        while out[0].parent is not None:
            out.insert(0, out[0].parent)
        return out

    def pager(self, col: Col, n: int) -> str:
        """page.html: dead buttons are `<a>` without href; the current number likewise."""
        total = col.pages if col.docs else 0
        out = ['<div class="pager">', f'<a{"" if n <= 1 else f" href={chr(34)}{_a(col.url(1))}{chr(34)}"} class="page">首页</a>']
        if n > 1:
            out.append(f'<a href="{_a(col.url(n - 1))}" class="page">上一页</a>')
        start = max(1, n - 4)
        end = max(1, min(start + 8, total))
        start = max(1, min(start, end - 8))
        for p in range(start, end + 1):
            out.append(f'<a href="{_a(col.url(p))}" class="page">{p}</a>' if p != n else f'<a class="page-curr">{p}</a>')
        if n < total:
            out.append(f'<a href="{_a(col.url(n + 1))}" class="page">下一页</a>')
        out.append(f'<a href="{_a(col.url(total))}" class="page" >末页</a>' if n < total else '<a class="page" >末页</a>')
        return "\n".join(out) + '\n<div style="clear:both;"></div>\n</div>'

    def ranking(self) -> str:
        """热度排行: InfoList sort='views desc' limit=10 over the whole site; titles cut to 18 characters."""
        docs = sorted((d for c in self.cols for d in c.docs if c.layout == "news"), key=lambda d: (d.id * 37) % 101)[:10]
        rows = "".join(f'<li style="height:28px;line-height:28px;"><span class="left text-center {"rank-top" if k < 3 else "rank-normal"}" '
                       f'style="margin-right:10px;">{k + 1}</span><a class="a fs14" href="{_a(self.doc_url(d))}" target="_blank" '
                       f'title="{escape(d.title)}">{escape(d.title[:18] + ("..." if len(d.title) > 18 else ""))}</a></li>' for k, d in enumerate(docs))
        return ('\t\t<div>\n\t\t\t<div class="box3">\n\t\t\t\t<div class="head b c-node fs14">热度排行</div>\n\t\t\t</div>\n'
                f'\t\t\t<ul class="list-unstyled" style="padding:10px;">{rows}</ul>\n\t\t</div>\n')

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.listed[(n - 1) * col.per_page: n * col.per_page]
        chain = self.hierarchy(col)
        title = col.name + (f"_{col.parent.name}" if col.parent else "") + f"_{GOV}"
        if col.layout == "news":
            trail = " > ".join(f'<a href="{_a(c.url())}" class="a c-desc">{c.name}</a>' for c in chain)
            rows = "".join('\t\t\t<li style="padding:15px 0;border-bottom:1px dotted #ccc;">\n\t\t\t\t<div class="left" style="">\n'
                           f'\t\t\t\t\t<div><a href="{_a(self.doc_url(d))}" class="ff-yh fs18 a c-000" target="_blank">{escape(d.title)}</a></div>\n'
                           f'\t\t\t\t\t<div class="" style="line-height:1.8;padding:2px 0;color:#818181;">{escape(_plain(d.body)[:100])}...</div>\n'
                           f'\t\t\t\t\t<div class="" style="padding:2px;color:#a1a1a1;">{_stamp(d)}:{(d.id * 7) % 60:02d}</div>\n'
                           '\t\t\t\t</div>\n\t\t\t\t<div class="clear"></div>\n\t\t\t</li>\n' for d in docs)
            body = ('<div class="w center">\t\n'
                    f'\t<div style="padding:10px 5px;">您的位置:&nbsp; {trail}</div>\n'
                    '\t<div class="left w2" style="border-top:2px solid #458fce;">\n'
                    f'\t\t<ul class="list-unstyled mt10">\n{rows}\t\t</ul>\n'
                    f'\t\t<table class="center mt20"><tr><td>\n{self.pager(col, n)}\n\t\t</td></tr></table>\n\t</div>\n'
                    f'\t<div class="right w1">\n{self.ranking()}\t</div>\n\t<div class="clear"></div>\n</div>\n')
        else:
            trail = ">".join(f'<a href="{_a(c.url())}">{c.name}</a>' for c in chain)
            rows = "".join(f'  \t \t\t<li>\n            \t<span class="spanleft"><a href="{_a(self.doc_url(d))}" target="_blank">{escape(d.title)}</a></span>\n'
                           f'            \t<span class="spanright">{d.when:%Y-%m-%d}</span>\n            </li>\n' for d in docs)
            menu = "".join(f'<li><a href="{_a(k.url())}"{" class=" + chr(34) + "curr" + chr(34) if k is col else ""}>{k.name}</a></li>'
                           for k in (col.parent.children if col.parent else []))
            body = ('<div class="w960 center clear mt1">\n\t<div class="pleft">\n         <div class="position">\n'
                    f'      \t  当前位置：{trail}\n        </div>\n    <div class="textlist">\n \t\t  <ul>\n{rows}  \t \t </ul>\n'
                    f'{self.pager(col, n)}\n     </div>\n\t</div>\n\t<div class="pright">\n'
                    f'\t\t<div class="box3"><div class="head b c-node fs14">{col.parent.name if col.parent else col.name}</div></div>\n'
                    f'\t\t<ul class="subnav">{menu}</ul>\n\t</div>\n</div>\n')
        return self.page(title, body, col, col.name, col.name)

    def cover(self, col: Col) -> Resource:
        """cover_news.html: one box per child column, its five newest titles (undated) under a head linking it."""
        blocks = []
        for i, k in enumerate(col.children):
            items = "".join(f'\t\t\t\t<li class="ico-point-blue" style="padding-left:10px;height:26px;line-height:26px;"><a class="fs14 a" '
                            f'href="{_a(self.doc_url(d))}" target="_blank" title="{escape(d.title)}">{escape(d.title[:20] + ("..." if len(d.title) > 20 else ""))}</a></li>\n'
                            for d in k.listed[:5])
            blocks.append(f'\t\t<div class="w1 {"left" if i % 2 == 0 else "right ml20"}">\n\t\t\t<div class="box1">\n'
                          f'\t\t\t\t<div class="head"><a class="b c-node fs14 a-hover" href="{_a(k.url())}">{k.name}</a></div>\n\t\t\t</div>\n'
                          f'\t\t\t<ul class="mt5 list-unstyled" style="padding:10px 10px;border-top:1px dotted #d2e1f1;">\n{items}\t\t\t</ul>\n\t\t</div>\n')
        body = ('<div class="w center mt10">\t\n\t<div class="left w2">\n' + "".join(blocks) + '\t\t<div class="clear"></div>\n\t</div>\n'
                f'\t<div class="right w1">\n{self.ranking()}\t</div>\n\t<div class="clear"></div>\n</div>\n')
        return self.page(f"{col.name}_{GOV}", body, col, col.name, col.name)

    def near(self, label: str, o: Doc | None, news: bool) -> str:
        if news:
            if o is None:
                return f'\t\t\t<li><span class="b c-000">{label}：</span> <span>没有了</span></li>\n'
            return (f'\t\t\t<li><span class="b c-000">{label}：</span> <a href="{_a(self.doc_url(o))}" class="a">{escape(o.title)}</a> '
                    f'<span class="fs12 c-999 ml5">{o.when:%Y-%m-%d}</span></li>\n')
        if o is None:
            return f'         \t<li><span class="spanleft">{label}：没有了</span></li>\n'
        return (f'        \t <li>\n         \t\t<span class="spanleft">{label}：<a href="{_a(self.doc_url(o))}">{escape(o.title)}</a></span>\n'
                f'         \t\t<span class="spanright">{o.when:%Y-%m-%d}</span>\n      \t\t </li>\n')

    def article(self, col: Col, d: Doc, prev: Doc | None, nxt: Doc | None) -> Resource:
        files = "".join(f'<p>附件：<a href="{_a(u)}" target="_blank">{escape(d.title)}{u[u.rfind("."):]}</a></p>' for u in d.files)
        views = f'<script type="text/javascript">\n\t\t\t\t$("#info_views").load("/info_views/{d.id}.jspx?d="+new Date()*1);\n\t\t\t</script>'
        chain = self.hierarchy(col)
        if col.layout == "news":
            trail = "".join(f'<a href="{_a(c.url())}" class="a c-desc">{c.name}</a> > ' for c in chain)
            related = self.fulltext(d)
            rel = "".join(f'\t\t\t\t<li class="item ico-point-blue" ><a href="{_a(self.doc_url(o))}" target="_blank" class="a">{escape(o.title)}</a> '
                          f'<span class="fs12 c-999 ml5">{o.when:%Y-%m-%d}</span></li>\n' for o in related)
            body = ('<div class="w center">\n'
                    f'\t<div style="padding:10px 5px;">您的位置:&nbsp; {trail}正文</div>\n\t<div class="left w2">\n'
                    f'\t\t<h1 class="info-title" style="border-top:2px solid #458fce;">{escape(d.title)}</h1>\n'
                    '\t\t<div class="c-666" style="padding:0 20px 20px 20px;text-align:center;border-bottom:1px dotted #458fce;">\n'
                    f'\t\t\t<span class="info-detail">{_stamp(d)}</span>\n\t\t\t<span class="info-detail">{d.source}</span>\n'
                    f'\t\t\t<span class="info-detail">{ZONE}</span>\n\t\t\t<span class="info-detail"><span id="info_views"></span>次阅读</span>\n'
                    f'\t\t\t{views}\n\t\t</div>\n\t\t<div class="info-text mt20">\n{d.body}{files}\n\t\t</div>\n'
                    '\t\t<ul class="mt20 list-unstyled fs14" style="line-height:28px;">\n'
                    f'{self.near("上一条", prev, True)}{self.near("下一条", nxt, True)}\t\t</ul>\n'
                    '\t\t<div class="mt20">\n\t\t\t<div class="fs16" style="height:26px;border-bottom:1px solid #e8e8e8;">\n'
                    '\t\t\t\t<div class="left ff-yh" style="height:26px;border-bottom:1px solid #56abee;color:#56abee;">相关新闻</div>\n'
                    '\t\t\t\t<div class="clear"></div>\n\t\t\t</div>\n'
                    f'\t\t\t<ul class="list-unstyled info-list fs14 mt10">\n{rel}\t\t\t</ul>\n\t\t</div>\n\t</div>\n'
                    f'\t<div class="right w1">\n{self.ranking()}\t</div>\n\t<div class="clear"></div>\n</div>\n')
        else:
            trail = "".join(f'<a href="{_a(c.url())}">{c.name}</a>>' for c in chain)
            table = ""
            if d.meta is not None:
                table = ('<table class="xxgk-meta" width="100%" border="0" cellspacing="1" cellpadding="6"><tbody>'
                         + "".join(f'<tr><th>{k}</th><td>{v}</td></tr>' for k, v in d.meta.items()) + "</tbody></table>\n")
            body = ('<div class="w960 center clear mt1">\n\t<div class="pleft">\n    \t<div class="position">\n'
                    f'      \t  当前位置：{trail}正文\n        </div>\n{table}    \t<div class="textinfo">\n'
                    f'      \t <h2 class="title mt2">{escape(d.title)}</h2>\n         <p class="infoattr">\n'
                    f'         \t<span>{d.when:%Y-%m-%d}</span>\n                <span>浏览次数：<span id="info_views"></span>\n'
                    f'        \t\t<span>来源：{d.source} </span>\n\t\t\t\t{views}</span>\n         </p>\n'
                    f' \t   \t <div class="text">{d.body}{files}</div>\n       </div>\n       <div class="othernews">\n       \t<ul>\n'
                    f'{self.near("上一条", prev, False)}{self.near("下一条", nxt, False)}         </ul>\n       </div>\n\t</div>\n</div>\n')
        return self.page(f"{d.title}_{col.name}_{GOV}", body, col, d.title, _plain(d.body)[:120])

    def fulltext(self, d: Doc) -> list[Doc]:
        """InfoFulltextList q=info.title excludeId limit=5: the news articles sharing most title characters."""
        pool = [o for c in self.cols if c.layout == "news" for o in c.docs if o is not d]
        chars = set(d.title)
        return sorted(pool, key=lambda o: (-len(chars & set(o.title)), -o.id))[:5]

    def render(self) -> None:
        for col in self.cols:
            for d in col.docs:
                self.col_of[d.id] = col
        for col in self.cols:
            if col.children:
                self.res[col.url()] = self.cover(col)
                continue
            self.res[col.url()] = self.list_page(col, 1)
            for n in range(2, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                self.traps.append(Trap(col.url(n), LATER_PAGE))
            by_date = sorted(col.docs, key=lambda d: (d.when, d.id))
            for i, d in enumerate(by_date):
                prev = by_date[i - 1] if i else None
                nxt = by_date[i + 1] if i + 1 < len(by_date) else None
                self.res[self.doc_url(d)] = self.article(col, d, prev, nxt)


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_WORK = ("会议要求，各部门各园区要坚持以项目建设为中心，压实工作责任，细化工作措施，"
         "加强督促检查，对照时间节点抓好落实，确保各项目标任务按期完成。")
_SUBJECTS = ("召开党工委理论学习中心组学习会", "开展安全生产大检查", "推进标准厂房建设", "召开重点项目调度会", "开展企业服务日活动",
             "举办产业链对接会", "走访慰问困难职工", "开展防汛应急演练", "召开营商环境推进会", "开展反诈宣传进企业")
BROKEN_IMAGE = "/uploads/1/image/public/202611/20261106093812_a8k2.jpg"
BROKEN_PDF = "/uploads/1/file/public/202606/20260612103301_q7x1.pdf"
DELETED = "/gzdt/1188.html"


def _news(s: _Site) -> tuple[Col, Col]:
    gzdt = Col(3, "gzdt", "工作动态")
    for i in range(46):
        gzdt.docs.append(s.doc(f"{ZONE}{_SUBJECTS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                               _paras(f"近日，{ZONE}{_SUBJECTS[i % 10]}。管委会主要负责同志出席并讲话，各部门各园区负责人参加。", _WORK)))
    good = "/uploads/1/image/public/202611/20261110101230_m3p9.jpg"
    gzdt.docs[0].body += f'<p style="text-align:center"><img src="{good}" alt=""/></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    gzdt.docs[1].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" alt=""/></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "工作动态正文图片 404", probe="status:404"))
    gzdt.docs[3].body += f'<p>相关阅读：<a href="{DELETED}">{ZONE}召开经济运行分析会</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    s.traps.append(Trap(gzdt.url(), "工作动态最新 2026-11-18；第 2–4 页是动态地址 /node/3_2.jspx … /node/3_4.jspx（超过静态页数），"
                                    "页码中的当前页和首页按钮没有 href：同一栏目，不过期"))

    tzgg = Col(4, "tzgg", "通知公告", per_page=15)
    for i in range(22):
        tzgg.docs.append(s.doc(f"关于{('做好冬季安全生产', '申报省级专精特新企业', '开展企业用工调查', '园区道路施工交通管制')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=5 + i * 10), _paras("各部门、各园区、区内各企业：", _WORK, GOV)))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 20),
                           _paras("经清理，继续有效的行政规范性文件7件，宣布失效2件。", _WORK)))
    tzgg.docs[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    ok_file = "/uploads/1/file/public/202610/20261020150301_c5d2.docx"
    tzgg.docs[5].files.append(ok_file)
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-15，共 2 页：不过期"))

    zsyz = Col(5, "zsyz", "招商引资")
    for i in range(6):
        zsyz.docs.append(s.doc(f"{ZONE}{('赴长三角开展招商推介', '签约落户新能源电池配件项目', '举办招商引资项目集中签约仪式')[i % 3]}（{i + 1}）",
                               date(2025, 5, 16) - timedelta(days=i * 41),
                               _paras(f"{ZONE}招商团队此次共对接企业12家，达成初步合作意向3个。", _WORK), source="招商服务局"))
    s.key.append(Expected("stale-columns", zsyz.url(), "招商引资最新 2025-05-16，超过 1 年未更新", probe="newest:2025-05-16"))

    qyfw = Col(6, "qyfw", "企业服务")
    s.key.append(Expected("empty-columns", qyfw.url(), "企业服务栏目没有任何文章：列表为空，分页只剩不可点的“首页 1 末页”", probe="no-rows"))
    s.cols += [gzdt, tzgg, zsyz, qyfw]
    return gzdt, tzgg


_NORMATIVE = (("标准厂房租赁管理", "table", ""), ("企业投资项目代办服务", "table", "missing"), ("园区安全生产网格化管理", "none", ""),
              ("产业扶持资金管理", "table", "late"), ("闲置土地处置", "table", "unlinked"), ("人才公寓分配管理", "table", "alias"),
              ("园区环境卫生管理", "table-no-validity", ""))


def _disclosure(s: _Site) -> tuple[Col, list[tuple[Doc, Doc, str]]]:
    xxgk = Col(10, "xxgk", "信息公开", layout="gk")
    gfx = Col(11, "gfxwj", "规范性文件", layout="gk", parent=xxgk, per_page=20)
    zcjd = Col(12, "zcjd", "政策解读", layout="gk", parent=xxgk, per_page=20)
    interps: list[tuple[Doc, Doc, str]] = []
    for k, (subject, shape, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 20) - timedelta(days=33 * k)
        number = f"松开管发〔{when.year}〕{21 - k}号"
        short = f"{ZONE}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        d.body = _paras("各部门、各园区：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本区{subject}工作，根据有关法律法规和省市有关规定，制定本办法。",
                        "第二条　本办法适用于开发区管理范围内的企业和单位。",
                        "第三条　管委会党政办公室负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"11360922MB1{k:02d}/{when.year}-{k + 51:05d}", "发布机构": GOV, "文号": number,
                "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if shape == "table":
            d.meta = meta
        elif shape == "table-no-validity":
            d.meta = {k2: v for k2, v in meta.items() if k2 != "有效性"}
        else:
            d.body = f'<p style="text-align:center">{number}</p>' + d.body
        gfx.docs.append(d)
    for k, ((subject, shape, defect), d) in enumerate(zip(_NORMATIVE, gfx.docs)):
        url = f"/gfxwj/{d.id}.html"
        short = f"{ZONE}{subject}办法"
        if shape == "table-no-validity":
            s.key.append(Expected("normative-metadata", url, "规范性文件元数据表缺少有效性", probe="meta-missing:有效性"))
        elif shape == "none":
            s.key.append(Expected("normative-metadata", url, "规范性文件没有元数据表（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 16 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读" if k % 2 else f"图解：《{short}》", d.when + timedelta(days=lag),
                  _paras(f"一、起草背景　为规范本区{subject}工作，管委会组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　管委会党政办公室。" + _WORK))
        interps.append((d, i, defect))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        elif defect == "alias":
            s.traps.append(Trap(url, "解读用动态地址 /info/N.jspx 链接文件，与 /gfxwj/N.html 是同一文件：已互相链接"))
        else:
            s.traps.append(Trap(url, "文件与解读在正文末互相链接，解读及时发布"))
    zcjd.docs += [i for _, i, _ in interps]

    czxx = Col(13, "czxx", "财政信息", layout="gk", parent=xxgk)
    for n in range(5):
        year = 2025 - n // 2
        czxx.docs.append(s.doc(f"{GOV}{year}年{'部门预算' if n % 2 == 0 else '部门决算'}公开", date(2025, 6, 10) - timedelta(days=180 * n),
                               _paras("根据《中华人民共和国预算法》有关规定，现将本单位预决算情况公开如下。", _WORK), source="财政局"))
    s.key.append(Expected("stale-columns", czxx.url(), "财政信息最新 2025-06-10，超过 1 年（2026 年预算未公开）", probe="newest:2025-06-10"))

    ndbg = Col(14, "ndbg", "政府信息公开年报", layout="gk", parent=xxgk)
    published = {2025: date(2026, 1, 22), 2023: date(2024, 4, 16), 2022: date(2023, 1, 31), 2021: date(2022, 1, 20)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 5))
        ndbg.docs.append(d)
        if year == 2023:
            # late under either reading of a 管委会 (a department's 1 月 31 日 or a government's 3 月 31 日)
            s.key.append(Expected("annual-reports", f"/ndbg/{d.id}.html", "2023 年度报告 2024-04-16 发布，晚于公开期限（3 月 31 日）",
                                  match=("松岚经济开发区", "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(f"/ndbg/{d.id}.html", "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告", match=("松岚经济开发区", "2024"), probe="no-report:2024"))

    zdly = Col(15, "zdly", "重点领域信息", layout="gk", parent=xxgk)
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域信息栏目没有任何文章：列表为空，分页只剩不可点的“首页 1 末页”", probe="no-rows"))
    xxgk.children = [gfx, zcjd, czxx, ndbg, zdly]
    s.cols += [xxgk, gfx, zcjd, czxx, ndbg, zdly]
    s.traps.append(Trap(xxgk.url(), "信息公开是封面页（cover）：每个子栏目一个框、五条无日期标题，不是栏目，不判过期或空栏目"))
    return gfx, interps


def _link_interps(s: _Site, interps: list[tuple[Doc, Doc, str]]) -> None:
    for d, i, defect in interps:
        if defect == "unlinked":
            continue
        target = f"/info/{d.id}.jspx" if defect == "alias" else s.doc_url(d)
        i.body += f'<p>相关文件：<a href="{_a(target)}" target="_blank">{d.title}</a></p>'
        d.body += f'<p>相关解读：<a href="{_a(s.doc_url(i))}" target="_blank">{i.title}</a></p>'


_STATICS = ((20, "kfqgk", "开发区概况", f"{GOV}成立于2006年，2013年升级为省级开发区，规划面积32平方公里，主导产业为新能源、电子信息和装备制造。"),
            (21, "jgzn", "机构职能", f"{GOV}为县政府派出机构，负责开发区的规划建设、招商引资、企业服务和经济运行管理。"),
            (22, "xxgkzn", "政府信息公开指南", f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。本指南自2026年2月10日起施行。"),
            (23, "fdzdgk", "法定主动公开内容", f"{GOV}法定主动公开内容包括机构职能、规范性文件、政策解读、财政信息、政府信息公开年报和重点领域信息，见信息公开各栏目。"),
            (24, "ysqgk", "依申请公开", "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：管委会党政办公室。"),
            (25, "xxgkzd", "政府信息公开制度", "本单位建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"))


def _statics(s: _Site) -> None:
    """Single-page nodes (Jspxcms's node text, page.html-like): a side menu and the node's own text, no date."""
    menu = "".join(f'<li><a href="/{p}/">{n}</a></li>' for _, p, n, _ in _STATICS)
    for nid, path, name, text in _STATICS:
        col = Col(nid, path, name, layout="gk")
        url = f"/{path}/"
        body = ('<div class="w960 center clear mt1">\n\t<div class="pleft">\n         <div class="position">\n'
                f'      \t  当前位置：<a href="{url}">{name}</a>\n        </div>\n    \t<div class="textinfo">\n'
                f'      \t <h2 class="title mt2">{name}</h2>\n \t   \t <div class="text">{_paras(text)}</div>\n       </div>\n\t</div>\n'
                f'\t<div class="pright"><ul class="subnav">{menu.replace(f"<a href={chr(34)}{url}{chr(34)}>", f"<a href={chr(34)}{url}{chr(34)} class={chr(34)}curr{chr(34)}>")}'
                '</ul></div>\n</div>\n')
        s.res[url] = s.page(f"{name}_{GOV}", body, col, name, name)
    s.traps.append(Trap("/jgzn/", "单页栏目（节点正文），没有日期：不是过期栏目"))


def _home(s: _Site, gzdt: Col, tzgg: Col, gfx: Col) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{_a(s.doc_url(d))}" target="_blank" title="{escape(d.title)}">{escape(d.title)}</a>'
                       f'<span class="right">{d.when:%m-%d}</span></li>' for d in col.listed[:n])
        return (f'<div class="box1"><div class="head"><a class="b c-node fs14 a-hover" href="{_a(col.url())}">{col.name}</a>'
                f'<a class="right more" href="{_a(col.url())}">更多&gt;&gt;</a></div><ul class="list-unstyled">{rows}</ul></div>')
    body = (f'<div class="w center mt10"><div class="banner"><img src="/uploads/1/image/public/202203/banner1.jpg" alt="{ZONE}"/></div>\n'
            f'<div class="left w2">{block(gzdt, 8)}{block(tzgg, 6)}</div><div class="right w1">{block(gfx, 5)}</div><div class="clear"></div>\n'
            '<div class="links"><a href="/xxgkzn/">政府信息公开指南</a> <a href="/ysqgk/">依申请公开</a> <a href="/xxgkzd/">政府信息公开制度</a> '
            '<a href="/fdzdgk/">法定主动公开内容</a> <a href="/jgzn/">机构职能</a> <a href="/kfqgk/">开发区概况</a></div></div>\n')
    s.res["/"] = s.page(f"{GOV}", body, None)


def _extras(s: _Site) -> None:
    """网站地图 (every node), TAGS (none used), RSS (an XML feed of the newest articles)."""
    links = "".join(f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in s.cols)
    links += "".join(f'<li><a href="/{p}/">{n}</a></li>' for _, p, n, _ in _STATICS)
    s.res["/sitemap.jspx"] = s.page(f"网站地图_{GOV}", f'<div class="w center mt10"><h3>网站地图</h3><ul class="sitemap">{links}</ul></div>\n', None)
    s.traps.append(Trap("/sitemap.jspx", "网站地图，列出全部栏目，不是栏目"))
    s.res["/tags.jspx"] = s.page(f"TAGS标签_{GOV}", '<div class="w center mt10"><h3>TAGS标签</h3><p>暂无标签</p></div>\n', None)
    newest = sorted((d for c in s.cols for d in c.docs), key=lambda d: (d.when, d.id), reverse=True)[:10]
    items = "".join(f"<item><title>{escape(d.title)}</title><link>http://www.slkfq.gov.cn{s.doc_url(d)}</link>"
                    f"<pubDate>{d.when:%a, %d %b %Y} 09:00:00 +0800</pubDate></item>" for d in newest)
    s.res["/rss.jspx"] = Resource((f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{GOV}</title>'
                                   f"{items}</channel></rss>").encode(), "application/rss+xml; charset=utf-8")


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div style="text-align:center;margin-top:120px"><h1>404</h1><p>您访问的页面不存在</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"jspx offers only the small size, not {size!r}")
    s = _Site()
    gzdt, tzgg = _news(s)
    gfx, interps = _disclosure(s)
    for col in s.cols:
        for d in col.docs:
            s.col_of[d.id] = col
    _link_interps(s, interps)
    s.render()
    for d, _i, defect in interps:
        if defect == "alias":
            s.res[f"/info/{d.id}.jspx"] = s.res[s.doc_url(d)]
            s.traps.append(Trap(f"/info/{d.id}.jspx", "Jspxcms 的动态文章地址，与 /gfxwj/N.html 是同一文件"))
    _statics(s)
    _home(s, gzdt, tzgg, gfx)
    _extras(s)
    for c in s.cols:
        for d in c.docs:
            for href in d.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("/uploads/1/image/public/202203/banner1.jpg", f"{FILES}img/search.png", f"{FILES}img/gongan.png"):
        s.res[img] = Resource(tiny_png(), "image/png")
    for css in ("global.css", "style.css"):
        s.res[f"{FILES}{css}"] = Resource(b"body{font-size:12px}", "text/css")
    s.res["/visit_log.jspx"] = Resource(b"", "application/javascript")  # the footer's counter (any query)
    for js in ("jquery.js", "fore.js"):
        s.res[f"{FILES}js/{js}"] = Resource(b"/* js */", "application/javascript")
    s.key.append(Expected("footer", "/", "页脚有主办、ICP 备案号和公安机关备案号，缺网站标识码", probe="footer-lacks:网站标识码"))
    s.key.append(Expected("footer", s.doc_url(gzdt.docs[0]), "栏目页、文章页、信息公开页同一页脚：缺网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=r"^/.+"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "Jspxcms 页面只有 keywords 和 description", probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap(s.doc_url(gzdt.docs[0]), "新闻页“相关新闻”是按标题全文检索出的 5 篇相似文章（带日期），上一条/下一条也带日期：文章页不是栏目"))
    return SampleSite("jspx", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
