"""The "yzm" sample site: a 街道办事处's portal (青枫街道办事处, 澄阳区) on YzmCMS (袁志蒙's free PHP CMS on his
YZMPHP framework), UTF-8, in YzmCMS's pseudo-static addresses (LIST_URL on, PAGE_PREFIX `list_`).

Why YzmCMS: of the brief's candidates it is the one whose own repository the library holds whole (yzmcms/yzmcms:
the pager class, the stock front templates), and it is a free PHP CMS that small 街道/乡镇 and department sites
install. The library holds no government YzmCMS page (find_string `Powered by YzmCMS` finds only the install SQL's
copyright, fingerprint lists and the source headers): the chrome, addresses, pager, list rows, article header and
stock side boxes below are the real ones; the government content (columns, 信息公开 metadata tables, 解读 links,
footer identifiers) follows the township practice of the other families (eyou's 檀溪镇, xunrui's 栗源镇).

Sources (read with `read_file`, repository yzmcms/yzmcms):
  - `yzmphp/core/class/page.class.php`: later pages `<catdir>/list_<n>.html` (page 1 is the column's own
    address: `make_url(1)` cuts `list_PAGE`); `getfull()` = 首页 `<a class="homepage">` + 上一页 + up to five
    `<a class="listpage[ curpage]">n</a>` + 下一页 + 尾页 `<a class="endpage">` (+ a jump box the list tag leaves out);
    上一页 on page 1 and 下一页 on the last page are **still links**, `class="nopage"`, to page 1 and to the page
    itself; a list with no rows gets no buttons at all (`if($this->total_rows == 0) return ''`);
  - `yzmphp/core/class/yzm_tag.class.php`: a list's `{$pages}` is `pages()`, `<span class="pageinfo">` with the record
    count (L('total') … L('records')) before `getfull(false)`, so an empty column shows only 「共 0 条记录」;
    `relation()` (相关内容) returns nothing for an article without tags, the box is then served empty; `all()` is the
    site's 最近更新;
  - `application/index/view/default/list_article.html` (commit 4777784): rows `<li><span>Y-m-d H:i:s</span><a
    href title>title</a></li>` in `div.news_list`, the pager in `div#page`, beside a 焦点图 of the column's
    thumbnails (`div.fcon`, numbered `javascript:void(0)` buttons) and a 频道点击排行 box of the column's titles;
  - `list_article_img.html`: picture rows `div.img_text_list` — a thumbnail, `[栏目名]`, the title in `<strong>`, the
    description and `[详细]` — **no date**, and the side boxes 频道点击排行 and 栏目推荐;
  - `category_article.html`: a parent column is a channel page, one `yzm-img-list` block per child with `>>更多`;
  - `category_page.html`: single pages (`yzm-page-left` menu, `yzm-page-content` with h1);
  - `show_article.html`: `yzm-title` (the column's name in h2, 当前位置：…), `<h1>`, `div.yzm-content-info` with
    `更新时间：Y-m-d H:i:s`, 编辑, 浏览; `div.yzm-content`; tags; 收藏/打印; `div.yzm-pre-next` 上一篇/下一篇; a
    相关内容 box (`m:relation`: other articles sharing a tag, each `span.yzm-date` Y-m-d); side boxes 点击排行
    (`span.date` m-d) and 文章归档;
  - `header.html` / `footer.html`: `yzm-header`, search form to `index.php?m=search&c=index&a=init`, `ul.yzm-nav`
    with `ul.sub_nav`; the footer `<p>{site_filing} {site_code} 留言板 | 手机版</p><p>{site_copyright}</p><p>Powered
    by YzmCMS © 2014-2021</p>`.
  - `common/function/system.func.php`: `get_location` writes `<a href="/">首页</a>` and each step joined by
    `' &gt; '` (no class, no 当前位置 label in list_article.html); `set_mapping` routes `<catdir>`, `<catdir>/list_N`
    and `<catdir>/N` (the pseudo-static addresses above); `tag_url` is `U('search/index/tag', id)`.
Guessed, said as such: the catdirs and ids; the dynamic forms (URL_MODEL 0) of the aliases
`/index.php?m=index&c=index&a=show&catid=C&id=N` and of the tag pages `/index.php?m=search&c=index&a=tag&id=N`;
the language strings of the
pager (首页 上一页 下一页 尾页, 共 … 条记录); the wording when there is no previous/next article; the 信息公开
custom-field table; the comment box removed and 文章归档 dropped by the government theme; the 手机版 page's markup; every wording and the 404.

First contact (e245f36's tool, the generator with get_location's real ` &gt; `): 110/110 pages, 127 requests, 待定 58.0;
interpretations 0.50/1.00 (every short 解读 read as a column of its 相关内容 box's five dated rows: 3 false
interpretation-missing), normative-metadata 1.00/0.50 (the table-less document read so too), stale 1.00/0.50 (the
undated 社区风采 picture list read as a document by its excerpts); the other families 1.00/1.00. Under nine mutations at
seed 0 a bracketed 更新时间 made every article a data page (43 false stale columns, two false vetoes). Fixed in the tool
(tests/model/test_yzm_pages.py); the generator's own slips (unserved tag links, a guessed `&gt;&gt;` trail, a 302 手机版
link, the pager's record count) were fixed in the generator and are said so in its commits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
STREET = "青枫街道"
GOV = "青枫街道办事处"
DISTRICT = "澄阳区"
HTML = "text/html; charset=utf-8"
ICP = "湘ICP备2021013857号-1"
SITE_ID = "4306230031"
STATIC = "/common/static/"
NO_PIC = STATIC + "images/nopic.jpg"


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    meta: dict[str, str] | None = None  # the 信息公开 custom-field table
    files: list[str] = field(default_factory=list)
    pic: str = ""
    tag: str = ""


@dataclass
class Col:
    catid: int
    catdir: str
    name: str
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 10
    layout: str = "text"  # "text" (list_article) or "img" (list_article_img: no dates)
    parent: str = ""
    children: list[Col] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    @property
    def listed(self) -> list[Doc]:
        return sorted(self.docs, key=lambda d: (d.when, d.id), reverse=True)

    def url(self, n: int = 1) -> str:
        return f"/{self.catdir}/" if n == 1 else f"/{self.catdir}/list_{n}.html"


def _head(title: str, desc: str = "") -> str:
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html>\n  <head>\n'
            '      <meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'\t  <title>{escape(title)}</title>\n\t  <meta name="author" content="YzmCMS内容管理系统">\n'
            f'\t  <meta name="keywords" content="{STREET},{DISTRICT}{STREET}" />\n'
            f'\t  <meta name="description" content="{escape(desc or GOV + "门户网站")}" />\n'
            f'\t  <link href="{STATIC}css/yzm-common.css" rel="stylesheet" type="text/css" />\n'
            f'\t  <link href="{STATIC}css/yzm-style.css" rel="stylesheet" type="text/css" />\n'
            f'\t  <script type="text/javascript" src="{STATIC}js/jquery-1.8.2.min.js"></script>\n'
            f'\t  <script type="text/javascript" src="{STATIC}js/yzm-front.js"></script>\n  </head>\n')


_TAGS = ("规范性文件", "政策解读")


def _tag_url(tag: str) -> str:
    return f"/index.php?m=search&c=index&a=tag&id={_TAGS.index(tag) + 1}"


def _show_alias(col: Col, d: Doc) -> str:
    return f"/index.php?m=index&c=index&a=show&catid={col.catid}&id={d.id}"


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 300
        self.col_of: dict[int, Col] = {}

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 1
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def doc_url(self, d: Doc) -> str:
        return f"/{self.col_of[d.id].catdir}/{d.id}.html"

    def top(self) -> list[Col]:
        return [c for c in self.cols if not c.parent]

    def header(self, current: Col | None) -> str:
        def item(c: Col) -> str:
            cur = ' class="current" ' if current is not None and (current is c or current.parent == c.catdir) else " "
            sub = ("<ul class=\"sub_nav\">" + "".join(f'<li><a href="{_a(k.url())}" target="_self">{k.name}</a></li>'
                                                     for k in c.children) + "</ul>") if c.children else ""
            return f'<li>\n\t\t\t\t<a{cur}href="{_a(c.url())}" target="_self">{c.name}</a>{sub}</li>'
        home = ' class="current" ' if current is None else " "
        return ('<!--网站头部-->\n<div class="yzm-header-box"><div class="yzm-header-top"><div class="topleft">'
                f'欢迎访问{GOV}门户网站</div></div></div>\n<div class="yzm-container-box"><div class="yzm-header">'
                f'<div class="yzm-logo"><a href="/"><img src="/uploads/202203/logo.png" title="{GOV}" alt="{GOV}"></a></div>'
                '<div class="yzm-search"><form method="get" action="/index.php" target="_blank">'
                '<input type="hidden" name="m" value="search"><input type="hidden" name="c" value="index">'
                '<input type="hidden" name="a" value="init"><div id="searchtxt" class="searchtxt">'
                '<input type="hidden" name="modelid" value="1" id="modelid" /><input name="q" type="text" placeholder="输入关键字"/>'
                '</div><div class="searchbtn"><button id="searchbtn" type="submit">搜索</button></div></form></div></div>\n'
                f'<!--网站导航-->\n<div class="yzm-menu"><ul class="yzm-nav"><li><a{home}href="/">首页</a></li>'
                + "".join(item(c) for c in self.top()) + '</ul></div></div>\n<!--网站容器-->\n<div class="yzm-container">\n')

    def footer(self) -> str:
        return ('    </div>\n    <div class="clearfix"></div>\n\t<div class="yzm-container-box yzm-footer">\n\t\t<div>\n'
                f'\t\t\t<p><a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a> '
                '<script type="text/javascript">var _hmt = _hmt || [];</script> '
                '<a href="/index.php?m=guestbook&c=index&a=init" target="_blank">留言板</a> | '
                '<a href="/index.php?m=mobile">手机版</a></p>\n'
                f'\t\t\t<p>主办：{GOV}　承办：{GOV}党政综合办公室　网站标识码：{SITE_ID}　地址：{DISTRICT}青枫路12号</p>\n'
                '\t\t\t<p>Powered by <a href="http://www.yzmcms.com" target="_blank">YzmCMS</a> © 2014-2021</p>\n'
                '\t\t</div>\n\t</div>\n  </body>\n</html>\n')

    def page(self, title: str, body: str, current: Col | None, desc: str = "") -> Resource:
        html = f"{_head(title, desc)}  <body>\n{self.header(current)}{body}\n{self.footer()}"
        return Resource(html.encode("utf-8"), HTML)

    def location(self, col: Col | None) -> str:
        steps = [("首页", "/")]
        if col is not None:
            if col.parent:
                parent = next(c for c in self.cols if c.catdir == col.parent)
                steps.append((parent.name, parent.url()))
            steps.append((col.name, col.url()))
        return " &gt; ".join(f'<a href="{_a(u)}">{n}</a>' for n, u in steps)

    def pager(self, col: Col, n: int) -> str:
        """YzmCMS yzm_tag::pages(): the record count, then page::getfull(false) (no jump box): every button is a link,
        the dead ones `nopage` to page 1 or the page itself; an empty list shows the count alone."""
        last = col.pages
        info = f'<span class="pageinfo">共<strong> {len(col.docs)} </strong>条记录</span>'
        if not col.docs:
            return info
        out = [info, f'<a href="{_a(col.url(1))}" class="homepage">首页</a>',
               f'<a href="{_a(col.url(1))}" class="nopage">上一页</a>' if n <= 1
               else f'<a href="{_a(col.url(n - 1))}" class="prepage">上一页</a>']
        p = last if last <= 5 else (5 if n <= 3 else min(last, n + 2))
        for i in range(max(1, p - 4), p + 1):
            out.append(f'<a href="{_a(col.url(i))}" class="listpage{" curpage" if i == n else ""}">{i}</a>')
        out.append(f'<a href="{_a(col.url(n))}" class="nopage">下一页</a>' if n >= last
                   else f'<a href="{_a(col.url(n + 1))}" class="nextpage">下一页</a>')
        out.append(f'<a href="{_a(col.url(last))}" class="endpage">尾页</a>')
        return "".join(out)

    def hits(self, col: Col, with_dates: bool) -> str:
        ranked = sorted(col.docs, key=lambda d: (d.id * 37) % 101)[:10]
        out = []
        for k, d in enumerate(ranked):
            rank = f'<em>{k + 1}</em><span class="date">{d.when:%m-%d}</span>' if with_dates else ""
            out.append(f'<li>{rank}<a href="{_a(self.doc_url(d))}" title="{escape(d.title)}" target="_blank">{escape(d.title)}</a></li>')
        return "".join(out)

    def focus(self, col: Col) -> str:
        pics = [d for d in col.listed if d.pic][:3]
        cons = "".join(f'<div class="fcon" style="display: none;"><a target="_blank" href="{_a(self.doc_url(d))}"><img src="{d.pic}" '
                       f'style="opacity: 1;" title="{escape(d.title)}"></a><span class="shadow"><a target="_blank" href="{_a(self.doc_url(d))}" '
                       f'title="{escape(d.title)}">{escape(d.title[:36])}</a></span></div>' for d in pics)
        buttons = "".join(f'<a href="javascript:void(0)" hidefocus="true" target="_self"><i>{i + 1}</i></a>' for i in range(len(pics)))
        return (f'<div id="jiaodian" class="focus"><div id="fpic" class="fpic">{cons}</div><div class="fbg">'
                f'<div class="d1fbt" id="d1fbt">{buttons}</div></div></div>')

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.listed[(n - 1) * col.per_page: n * col.per_page]
        if col.layout == "img":
            rows = "".join(f'<div class="img_text_list"><a href="{_a(self.doc_url(d))}"><img src="{d.pic or NO_PIC}" alt="{escape(d.title)}" '
                           f'title="{escape(d.title)}"></a><span>[{col.name}]</span><strong><a href="{_a(self.doc_url(d))}">{escape(d.title)}'
                           f'</a></strong><p>{escape(_plain(d.body)[:50])}<a href="{_a(self.doc_url(d))}">[详细]</a></p></div>\n' for d in docs)
            left = (f'<div class="main_left"><div class="ind_bt col46">{self.location(col)}</div>\n{rows}'
                    f'<div id="page">{self.pager(col, n)}</div></div>')
            right = (f'<div class="main_right">{self.focus(col)}<h2 class="ind_bt mt_20 pl_10">频道点击排行</h2>'
                     f'<div class="l_list"><ul>{self.hits(col, False)}</ul></div></div>')
        else:
            rows = "".join(f'<li><span>{d.when:%Y-%m-%d} {8 + d.id % 9:02d}:{d.id % 60:02d}:{(d.id * 7) % 60:02d}</span>'
                           f'<a href="{_a(self.doc_url(d))}" title="{escape(d.title)}">{escape(d.title)}</a></li>\n' for d in docs)
            left = (f'<div class="main_left"><h3 class="ind_bt">{self.location(col)}</h3><div class="news_list"><ul>\n{rows}</ul></div>'
                    f'<div id="page">{self.pager(col, n)}</div></div>')
            right = (f'<div class="main_right">{self.focus(col)}<h2 class="ind_bt mt_20 pl_10">频道点击排行</h2>'
                     f'<div class="l_list"><ul>{self.hits(col, False)}</ul></div></div>')
        return self.page(f"{col.name}_{GOV}", left + right, col)

    def channel(self, col: Col) -> Resource:
        blocks = []
        for k in col.children:
            items = "".join(f'<li><a href="{_a(self.doc_url(d))}"><i><img src="{d.pic or NO_PIC}" alt="{escape(d.title)}" '
                            f'title="{escape(d.title)}"></i><p>{escape(d.title)}</p></a></li>' for d in k.listed[:8])
            blocks.append(f'<div class="yzm-content-box yzm-img-list"><div class="yzm-title"><h2>{k.name}</h2>'
                          f'<span class="yzm-title-right"><a href="{_a(k.url())}">&gt;&gt;更多</a></span></div><ul>{items}</ul></div>'
                          '<div class="yzm-line"></div>')
        return self.page(f"{col.name}_{GOV}", '<div class="yzm-line"></div>' + "".join(blocks), col)

    def article(self, col: Col, d: Doc, prev: Doc | None, nxt: Doc | None, related: list[Doc]) -> Resource:
        def near(o: Doc | None, none: str) -> str:
            if o is None:
                return f'<a href="javascript:;">{none}</a>'
            return f'<a href="{_a(self.doc_url(o))}">{escape(o.title)}</a>'
        table = ""
        if d.meta is not None:
            table = ('<table class="yzm-xxgk" width="100%" border="1" cellspacing="0" cellpadding="5"><tbody>'
                     + "".join(f'<tr><td class="label">{k}：</td><td>{v}</td></tr>' for k, v in d.meta.items()) + "</tbody></table>\n")
        files = "".join(f'<p>附件：<a href="{_a(u)}" target="_blank">{escape(d.title)}{u[u.rfind("."):]}</a></p>' for u in d.files)
        rel = "".join(f'<li><span class="yzm-date">{o.when:%Y-%m-%d}</span><a href="{_a(self.doc_url(o))}" title="{escape(o.title)}" '
                      f'target="_blank">{escape(o.title)}</a></li>' for o in related)
        tag = f'<a href="{_a(_tag_url(d.tag))}" target="_blank">{d.tag}</a>' if d.tag else ""
        stamp = f"{d.when:%Y-%m-%d} {9 + d.id % 8:02d}:{d.id % 60:02d}:{(d.id * 3) % 60:02d}"
        body = ('<div class="yzm-main-left yzm-box-left"><div class="yzm-content-box"><div class="yzm-title">'
                f'<h2>{col.name}</h2><span class="yzm-title-right">当前位置：{self.location(col)}</span></div>'
                f'<div class="yzm-content-container"><h1>{escape(d.title)}</h1><div class="yzm-content-info">'
                f'<span>更新时间：{stamp}</span>   <span>编辑：党政办  </span>   <span>浏览：{90 + d.id * 7 % 300}</span></div>'
                f'<div class="yzm-content">\n{table}{d.body}{files}</div><div class="yzm-content-tag">{tag}</div>'
                '<div class="yzm-operate"><a href="javascript:;" onclick="add_favorite(\'\');" id="favorite">收藏</a>'
                '<a href="javascript:;" onClick="window.print();" class="print">打印</a></div>'
                f'<div class="yzm-pre-next"><p>上一篇：{near(prev, "已经是第一篇")}</p><p>下一篇：{near(nxt, "已经是最后一篇")}</p></div>'
                '</div></div><div class="yzm-line"></div>'
                f'<div class="yzm-content-box yzm-text-list"><div class="yzm-title"><h2>相关内容</h2></div><ul>{rel}</ul></div></div>\n'
                '<div class="yzm-main-right"><div class="yzm-content-box"><div class="yzm-title"><h2>点击排行</h2></div>'
                f'<ul class="yzm-ranking">{self.hits(col, True)}</ul></div></div>')
        return self.page(f"{d.title}_{GOV}", body, col, _plain(d.body)[:80])

    def tag_page(self, tag: str) -> Resource:
        """YzmCMS's search.html answering a tag: undated `div.yzm-news` rows beside 点击排行 and 最近更新 (m-d)."""
        docs = sorted((d for c in self.cols for d in c.docs if d.tag == tag), key=lambda d: d.id, reverse=True)
        rows = "".join(f'<div class="yzm-news"><a href="{_a(self.doc_url(d))}" class="yzm-news-img"><img src="{NO_PIC}" alt="{escape(d.title)}" '
                       f'title="{escape(d.title)}" /></a><div class="yzm-news-right"><a href="{_a(self.doc_url(d))}">{escape(d.title)}</a>'
                       f'<p>{escape(_plain(d.body)[:50])}</p><div class="yzm-news-tags"><a href="{_a(_tag_url(tag))}" target="_blank" >{tag}</a>'
                       '</div></div></div>' for d in docs)
        latest = sorted((d for c in self.cols for d in c.docs), key=lambda d: (d.when, d.id), reverse=True)[:10]
        recent = "".join(f'<li><span class="date">{d.when:%m-%d}</span><a href="{_a(self.doc_url(d))}" title="{escape(d.title)}" '
                         f'target="_blank">{escape(d.title)}</a></li>' for d in latest)
        body = (f'<div class="yzm-content-box yzm-main-left yzm-news-list"><div class="yzm-title"><h2>“{tag}” 的搜索结果，共{len(docs)}条</h2>'
                f'</div>{rows}<div id="page"></div></div><div class="yzm-main-right"><div class="yzm-content-box"><div class="yzm-title">'
                f'<h2>最近更新</h2></div><ul class="yzm-like-list">{recent}</ul></div></div>')
        return self.page(f"{tag}_{GOV}", body, None)

    def render(self) -> None:
        for col in self.cols:
            for d in col.docs:
                self.col_of[d.id] = col
        for col in self.cols:
            if col.children:
                self.res[col.url()] = self.channel(col)
                continue
            self.res[col.url()] = self.list_page(col, 1)
            for n in range(2, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                self.traps.append(Trap(col.url(n), LATER_PAGE))
            by_id = sorted(col.docs, key=lambda d: d.id)
            for i, d in enumerate(by_id):
                prev = by_id[i - 1] if i else None
                nxt = by_id[i + 1] if i + 1 < len(by_id) else None
                same_tag = [o for c in self.cols for o in c.docs if o.tag and o.tag == d.tag and o is not d]
                related = sorted(same_tag, key=lambda o: o.id, reverse=True)[:5]
                self.res[self.doc_url(d)] = self.article(col, d, prev, nxt, related)


def _plain(html: str) -> str:
    import re
    return re.sub(r"<[^>]+>", "", html).replace("\u3000", "")


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_WORK = ("会议要求，各社区和街道各科室要坚持以人民为中心的发展思想，压实工作责任，细化工作措施，"
         "加强督促检查，对照时间节点抓好落实，确保各项工作任务按期完成。")
_SUBJECTS = ("召开党工委理论学习中心组学习会", "开展消防安全大检查", "推进老旧小区改造", "召开安全生产工作会议", "开展文明城市创建志愿服务",
             "举办邻里文化节", "走访慰问困难群众", "开展防汛应急演练", "召开平安建设推进会", "开展反诈宣传进社区")
_COMMUNITIES = ("青枫社区", "桂井社区", "南塘社区", "湾头社区")
BROKEN_IMAGE = "/uploads/202611/06/261106093812345.jpg"
BROKEN_PDF = "/uploads/202606/12/260612103301.pdf"
DELETED = "/jddt/288.html"


def _news(s: _Site) -> tuple[Col, Col]:
    jddt = Col(1, "jddt", "街道动态")
    for i in range(34):
        jddt.docs.append(s.doc(f"{STREET}{_SUBJECTS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 5),
                               _paras(f"近日，{STREET}{_SUBJECTS[i % 10]}。街道党工委书记出席并讲话，各社区党组织书记参加。", _WORK)))
    good = "/uploads/202611/10/261110101230.jpg"
    jddt.docs[0].pic = good
    jddt.docs[0].body += f'<p style="text-align:center"><img src="{good}" alt=""/></p>'
    jddt.docs[1].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" alt=""/></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "街道动态正文图片 404", probe="status:404"))
    jddt.docs[3].body += f'<p>相关阅读：<a href="{DELETED}">{STREET}召开经济运行分析会</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    s.traps.append(Trap(jddt.url(), "街道动态最新 2026-11-18，后续页 /jddt/list_2.html …；第 1 页的“上一页”链接回本页、末页的“下一页”链接本页：不是过期栏目，也不是新栏目"))

    tzgg = Col(2, "tzgg", "通知公告", per_page=8)
    for i in range(17):
        tzgg.docs.append(s.doc(f"关于{('做好冬季消防安全', '城乡居民医保参保缴费', '开展燃气安全排查', '冬季供水保障')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=4 + i * 11), _paras("各社区、街道各科室：", _WORK, GOV)))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 18),
                           _paras("经清理，继续有效的行政规范性文件6件，宣布失效1件。", _WORK)))
    tzgg.docs[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    ok_file = "/uploads/202610/20/261020150301.docx"
    tzgg.docs[5].files.append(ok_file)
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-16，共 3 页：不过期"))

    sqfc = Col(3, "sqfc", "社区风采", layout="img")
    for i in range(7):
        d = s.doc(f"{_COMMUNITIES[i % 4]}{('开展重阳节敬老活动', '召开居民议事会', '开展人居环境整治')[i % 3]}",
                  date(2025, 7, 14) - timedelta(days=i * 23), _paras("活动现场气氛热烈。", _WORK))
        d.pic = f"/uploads/2025{d.when:%m}/{d.when:%d}/pic{d.id}.jpg"
        s.res[d.pic] = Resource(tiny_png(), "image/jpeg")
        sqfc.docs.append(d)
    s.key.append(Expected("stale-columns", sqfc.url(), "社区风采最新 2025-07-14（图片列表不显示日期，须打开文章），超过 1 年未更新",
                          probe="newest:2025-07-14"))

    bmfw = Col(4, "bmfw", "便民服务")
    s.key.append(Expected("empty-columns", bmfw.url(), "便民服务栏目没有任何文章：列表为空，YzmCMS 不输出分页", probe="no-rows"))
    s.cols += [jddt, tzgg, sqfc, bmfw]
    return jddt, tzgg


_NORMATIVE = (("社区公益事业一事一议", "table", ""), ("社区集体资产管理", "table", "missing"), ("小区公共停车管理", "none", ""),
              ("社区工作者考核", "table", "late"), ("老旧小区改造管理", "table", "unlinked"), ("沿街门店环境卫生管理", "table", "alias"),
              ("社区小微权力清单", "table-no-validity", ""))


def _disclosure(s: _Site) -> tuple[Col, list[tuple[Doc, Doc, str]]]:
    xxgk = Col(5, "xxgk", "信息公开")
    gfx = Col(6, "gfxwj", "规范性文件", parent="xxgk")
    zcjd = Col(7, "zcjd", "政策解读", parent="xxgk")
    interps: list[tuple[Doc, Doc, str]] = []
    for k, (subject, shape, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 22) - timedelta(days=31 * k)
        number = f"青街发〔{when.year}〕{14 - k}号"
        short = f"{STREET}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when, tag="规范性文件")
        d.body = _paras("各社区、街道各科室：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本街道{subject}工作，根据有关法律法规和区政府有关规定，制定本办法。",
                        "第二条　本办法适用于本街道各社区和街道各科室。",
                        "第三条　街道党政综合办公室负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"11430623MB1{k:02d}/{when.year}-{k + 31:05d}", "发布机构": GOV, "文号": number,
                "成文日期": f"{when - timedelta(days=2):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if shape == "table":
            d.meta = meta
        elif shape == "table-no-validity":
            d.meta = {k2: v for k2, v in meta.items() if k2 != "有效性"}
            s.key.append(Expected("normative-metadata", f"/gfxwj/{d.id}.html", "规范性文件元数据表缺少有效性", probe="meta-missing:有效性"))
        else:
            d.body = f'<p style="text-align:center">{number}</p>' + d.body
            s.key.append(Expected("normative-metadata", f"/gfxwj/{d.id}.html", "规范性文件没有元数据表（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        gfx.docs.append(d)
        url = f"/gfxwj/{d.id}.html"
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读",
                                  probe="no-interp"))
            continue
        lag = 15 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读" if k % 2 else f"图解：《{short}》", when + timedelta(days=lag),
                  _paras(f"一、制定背景　为规范本街道{subject}工作，街道办事处组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　街道党政综合办公室。" + _WORK),
                  tag="政策解读")
        interps.append((d, i, defect))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（文件页的“相关内容”只列出其他规范性文件）",
                                  probe="no-interp-link"))
        elif defect == "alias":
            s.traps.append(Trap(url, "解读用动态地址 index.php?m=index&c=index&a=show&catid=6&id=N 链接文件，与 /gfxwj/N.html 是同一文件：已互相链接"))
        else:
            s.traps.append(Trap(url, "文件与解读在正文末互相链接，解读及时发布"))
    zcjd.docs += [i for _, i, _ in interps]

    czyjs = Col(8, "czyjs", "财政预决算", parent="xxgk")
    for n in range(5):
        year = 2025 - n // 2
        czyjs.docs.append(s.doc(f"{GOV}{year}年{'部门预算' if n % 2 == 0 else '部门决算'}公开", date(2025, 6, 10) - timedelta(days=180 * n),
                                _paras("根据《中华人民共和国预算法》有关规定，现将本街道预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新信息 2025-06-10，超过 1 年（2026 年预算未公开）",
                          probe="newest:2025-06-10"))

    ndbg = Col(9, "ndbg", "政府信息公开年报", parent="xxgk")
    published = {2025: date(2026, 1, 20), 2023: date(2024, 2, 27), 2022: date(2023, 1, 31), 2021: date(2022, 1, 14)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 5))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", f"/ndbg/{d.id}.html", "2023 年度报告 2024-02-27 发布，晚于街道办事处的公开期限 1 月 31 日",
                                  match=(STREET, "2023"), probe="late:2024-01-31"))
        elif year == 2022:
            s.traps.append(Trap(f"/ndbg/{d.id}.html", "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告",
                          match=(STREET, "2024"), probe="no-report:2024"))

    zdly = Col(10, "zdly", "重点领域", parent="xxgk")
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域栏目没有任何文章：列表为空，没有分页", probe="no-rows"))
    xxgk.children = [gfx, zcjd, czyjs, ndbg, zdly]
    s.cols += [xxgk, gfx, zcjd, czyjs, ndbg, zdly]
    s.traps.append(Trap(xxgk.url(), "信息公开是频道页（category_article）：每个子栏目一个缩略图块加“>>更多”，不是栏目，不判过期或空栏目"))
    return gfx, interps


def _link_interps(s: _Site, interps: list[tuple[Doc, Doc, str]]) -> None:
    """Add the 相关解读/相关文件 links (needs the documents' addresses, known once columns are set)."""
    for d, i, defect in interps:
        if defect == "unlinked":
            continue
        target = _show_alias(s.col_of[d.id], d) if defect == "alias" else s.doc_url(d)
        i.body += f'<p>相关文件：<a href="{_a(target)}" target="_blank">{d.title}</a></p>'
        d.body += f'<p>相关解读：<a href="{_a(s.doc_url(i))}" target="_blank">{i.title}</a></p>'


_STATICS = ((11, "jdgk", "街道概况", f"{STREET}位于{DISTRICT}中部，辖6个社区，总面积8.6平方公里，常住人口4.2万人。"),
            (12, "jgzn", "机构职能", f"{GOV}主要职责：贯彻执行党和国家的路线方针政策，统筹辖区经济社会发展，加强基层社会治理，提供公共服务。"),
            (13, "xxgkzn", "政府信息公开指南", f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。本指南自2026年3月2日起施行。"),
            (16, "fdzdgk", "法定主动公开内容", f"{GOV}法定主动公开内容包括机构职能、规范性文件、政策解读、财政预决算、政府信息公开年报和重点领域信息，见信息公开各栏目。"),
            (14, "ysqgk", "依申请公开", "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：街道党政综合办公室。"),
            (15, "xxgkzd", "政府信息公开制度", "本街道建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"))


def _statics(s: _Site) -> None:
    menu = "".join(f'<li><a href="/{p}/">{n}</a></li>' for _, p, n, _ in _STATICS)
    for catid, path, name, text in _STATICS:
        col = Col(catid, path, name)
        url = f"/{path}/"
        body = ('<div class="yzm-page"><div class="yzm-content-box yzm-page-left"><ul>'
                + menu.replace(f'<a href="{url}">', f'<a href="{url}" class="yzm-page-current">') + '</ul></div>'
                f'<div class="yzm-content-box yzm-page-right"><div class="yzm-title"><h2>{name}</h2><span class="yzm-title-right">'
                f'当前位置：<a href="/">首页</a> &gt; <a href="{url}">{name}</a></span></div><div class="yzm-page-content">'
                f'<h1>{name}</h1><div class="yzm-content">{_paras(text)}</div></div></div></div>')
        s.res[url] = s.page(f"{name}_{GOV}", body, col)
    s.traps.append(Trap("/jgzn/", "单页栏目（category_page），没有日期：不是过期栏目"))


def _home(s: _Site, jddt: Col, tzgg: Col, gfx: Col) -> None:
    for d in tzgg.listed[:6]:
        alias = _show_alias(tzgg, d)
        s.res[alias] = s.res[s.doc_url(d)]
        s.traps.append(Trap(alias, "首页通知公告链接动态地址 index.php?m=index&c=index&a=show&catid=2&id=N，与 /tzgg/N.html 是同一文章"))

    def block(col: Col, n: int, dynamic: bool) -> str:
        rows = "".join(f'<li><span class="yzm-date">{d.when:%m-%d}</span><a href="{_a(_show_alias(col, d) if dynamic else s.doc_url(d))}" '
                       f'title="{escape(d.title)}">{escape(d.title)}</a></li>' for d in col.listed[:n])
        return (f'<div class="yzm-content-box yzm-text-list yzm-index-box"><div class="yzm-title"><h2>{col.name}</h2>'
                f'<span class="yzm-title-right"><a href="{_a(col.url())}">>>更多</a></span></div><ul>{rows}</ul></div>')
    body = ('<div class="yzm-banner"><img src="/uploads/202203/banner1.jpg" alt="魅力青枫"></div>\n'
            f'{block(jddt, 7, False)}{block(tzgg, 6, True)}{block(gfx, 5, False)}\n'
            '<div class="yzm-content-box yzm-index-links"><a href="/xxgkzn/">政府信息公开指南</a> <a href="/ysqgk/">依申请公开</a> '
            '<a href="/xxgkzd/">政府信息公开制度</a> <a href="/fdzdgk/">法定主动公开内容</a> <a href="/jgzn/">机构职能</a> '
            '<a href="/jdgk/">街道概况</a></div>')
    s.res["/"] = s.page(f"{GOV}门户网站", body, None)


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 Not Found</title></head><body>'
             '<div style="text-align:center;margin-top:120px"><h1>404</h1><p>抱歉，您访问的页面不存在！</p>'
             '<a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"yzm offers only the small size, not {size!r}")
    s = _Site()
    jddt, tzgg = _news(s)
    gfx, interps = _disclosure(s)
    for col in s.cols:
        for d in col.docs:
            s.col_of[d.id] = col
    _link_interps(s, interps)
    s.render()
    for d, _i, defect in interps:
        if defect == "alias":
            s.res[_show_alias(gfx, d)] = s.res[s.doc_url(d)]
    _statics(s)
    _home(s, jddt, tzgg, gfx)
    for c in s.cols:
        for d in c.docs:
            for href in d.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("/uploads/202203/logo.png", "/uploads/202203/banner1.jpg", NO_PIC):
        s.res[img] = Resource(tiny_png(), "image/png")
    for css in ("yzm-common.css", "yzm-style.css"):
        s.res[f"{STATIC}css/{css}"] = Resource(b"body{font-size:14px}", "text/css")
    for js in ("jquery-1.8.2.min.js", "yzm-front.js"):
        s.res[f"{STATIC}js/{js}"] = Resource(b"/* js */", "application/javascript")
    for tag in _TAGS:
        s.res[_tag_url(tag)] = s.tag_page(tag)
        s.traps.append(Trap(_tag_url(tag), f"标签“{tag}”的搜索结果页（不显示日期），不是栏目：不判过期或空栏目"))
    s.res["/index.php?m=guestbook&c=index&a=init"] = s.page(f"留言板_{GOV}", '<div class="yzm-content-box"><div class="yzm-title"><h2>留言板</h2>'
                                                          '</div><p>暂无留言。</p></div>', None)
    latest = "".join(f'<li><a href="{_a(s.doc_url(d))}">{escape(d.title)}</a></li>' for d in jddt.listed[:5])
    s.res["/index.php?m=mobile"] = Resource((f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{GOV}手机版</title>'
                                             '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>'
                                             f'<header class="yzm-mobile-header"><a href="/">{GOV}</a></header><ul class="yzm-mobile-list">{latest}'
                                             f'</ul><footer class="yzm-mobile-footer"><a href="/">电脑版</a><p>主办：{GOV} {ICP}</p></footer></body></html>').encode(), HTML)
    s.key.append(Expected("footer", "/", "页脚有主办、网站标识码和 ICP 备案号，缺公安机关备案号", probe="footer-lacks:公网安备"))
    s.key.append(Expected("footer", s.doc_url(jddt.docs[0]), "栏目页、文章页、信息公开页同一页脚：缺公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=r"^/.+"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "YzmCMS 页面只有 author、keywords 和 description", probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap(s.doc_url(gfx.docs[0]), "文章页“相关内容”按标签列出其他规范性文件（解读页列出其他解读），不是文件与解读的关联"))
    return SampleSite("yzm", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
