"""The "zblog" sample site: a 乡人民政府's portal (岚溪乡人民政府, 福建) on Z-BlogPHP with its stock `default` theme,
UTF-8, the stock dynamic addresses (ZC_STATIC_MODE `ACTIVE`): articles and 页面 at `/?id=<id>`, categories at
`/?cate=<id>` and later pages at `/?cate=<id>&page=<n>`.

Why Z-BlogPHP: of the brief's candidates it is the one whose stock front-end markup the library holds whole, as
source (zblogcn/zblogphp) and as sites built on it; small 乡镇, school and public-body sites run it with the stock or a
lightly edited theme. Sources (read with `read_file`/`find_string`):
  - zblogcn/zblogphp `zb_users/theme/default/template/header.php`: the XHTML 1.0 Transitional doctype, `<meta
    http-equiv="Content-Type" content="text/html; charset=utf-8"/>`, `<title>{$name}-{$title}</title>` (the SITE name
    first, then the page's), `meta name="generator"`, `zb_system/script/common.js` and `c_html_js_add.php`;
  - `template/index.php` (a list: `body.multi {type}`, `div#divAll > div#divPage > div#divMiddle`, `div#divTop` with
    `h1#BlogTitle` and `h3#BlogSubTitle`, `div#divNavBar > ul`, `div#divMain` holding the posts and `div.pagebar`,
    `div#divSidebar`) and `template/post-multi.php` (each post a `div.post.multi`: `h2.post-title` holding the title
    link AND `span.post-date` with `Time()` = `Y-m-d H:i:s`, `div.post-body` the intro, `p.post-footer`
    「作者:… <small>|</small> 分类:… <small>|</small> 浏览:… <small>|</small> 评论:…」);
  - `template/post-single.php`: `div.post.single` with `h4.post-date` (`Y年m月d日`) ABOVE `h2.post-title`, then
    `div.post-body`, an empty `h5.post-tags`, `h6.post-footer` 作者/分类/浏览/评论; then the comment box;
  - `template/footer.php`: `div#divBottom` with `h4#BlogPowerBy` (Powered By Z-BlogPHP) and `h3#BlogCopyRight` — the
    site's 版权说明 text, where a government site puts its 主办/标识码/ICP lines: the footer is two headings;
  - the module template (id 148168931): each sidebar box a `dl.function#{HtmlID}` with `dt.function_t` (its name)
    and `dd.function_c > ul`; the stock modules 网站分类 (`divCatalog`, every category, empty ones too), 最近发表
    (`divPrevious`, titles only) and 搜索 (`divSearchPanel`), named as `zb_users/language/zh-cn.php` names them
    (`module_catalog` 网站分类, `module_previous` 最近发表);
  - the pagebar template (id 3554114616) and `zb_system/function/lib/pagebar.php`: buttons ‹‹ (first page), ‹ (previous,
    not on page 1), the numbers, › (next, not on the last page), ›› (last page), every button `<a title=… href=…><span
    class="page">…</span></a>` but the current number `<span class="page now-page">N</span>`; page 1's address drops
    `&page=1`. With no posts the same code still makes ‹‹, › and ›› (PageAll 0, PageNext 0): an empty category prints
    three buttons all linking the category itself;
  - the default UrlRule options (serialized config, id 569244134): `{%host%}?id={%id%}`,
    `{%host%}?cate={%id%}&page={%page%}`.
Guessed, said as such: the government content, the home page (a 页面 set as the front page is not stock: here the
stock blog index replaced by a page of blocks), the 信息公开 页面 listing the disclosure categories, the metadata table
pasted into 规范性文件, the 版权说明 text, the post ids and every text. Z-BlogPHP has no 2017 metas.

First contact (2815f47's tool, plain): 72/72 pages; empty-columns recall 0.00 with two false stale columns (the empty
categories' only list was the sidebar's 最近发表 box, six undated titles), annual-reports recall 0.50 and interpretations
0.67 with 4 + 5 undecided (no article date read: the `h4.post-date` above the title carries no label), and three
unplanted findings of the generator's own (no 法定主动公开内容/依申请公开 page, no 规范性文件清理 notice: added). Fixed in
the tool (tests/model/test_zblog_pages.py); then the empty categories were read as nothing at all (a hub without a
verdict): a pager leading only back to its page is an empty list. Under all 19 mutations (seeds 0, 1) the empty
categories were missed again (the bar's class scrambled): fixed; left: the 信息公开指南 页面, dated only by the
`本指南自…起施行` in its text (a Z-Blog 页面 shows no date of its own), is undecided under all 19 mutations together
(「找到政府信息公开指南《信息公开指南》，但无法识别发布日期」), under no single one: not traced.
The site then grew to 89 pages (30 工作动态, 15 通知公告: tests/crawl/test_fetch_once.py wants over 90 fetches): plain
1.00/1.00 in every family, the mutation runs as said.

Every planted defect is an `Expected` entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
TOWN = "岚溪乡"
GOV = "岚溪乡人民政府"
HTML = "text/html; charset=utf-8"
ICP = "闽ICP备18004417号-1"
SITE_CODE = "3507250022"
PER_PAGE = 8
GENERATOR = "Z-BlogPHP 1.7.3"


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Post:
    id: int
    title: str
    when: date
    body: str = ""
    meta: dict[str, str] | None = None  # the pasted 信息公开 table
    files: list[str] = field(default_factory=list)
    views: int = 0


@dataclass
class Cat:
    id: int
    name: str
    posts: list[Post] = field(default_factory=list)

    def url(self, n: int = 1) -> str:
        return f"/?cate={self.id}" if n <= 1 else f"/?cate={self.id}&page={n}"

    def listed(self) -> list[Post]:
        return sorted(self.posts, key=lambda p: (p.when, p.id), reverse=True)

    @property
    def pages(self) -> int:
        return -(-len(self.posts) // PER_PAGE)


def _stamp(d: date, pid: int) -> str:
    return f"{d:%Y-%m-%d} {8 + pid % 9:02d}:{pid % 60:02d}:{(pid * 7) % 60:02d}"


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("\u3000", "")


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cats: list[Cat] = []
        self.next_id = 40
        self.cat_of: dict[int, Cat] = {}
        self.nav: list[tuple[str, str]] = [("/", "首页")]

    def post(self, title: str, when: date, body: str = "", **kw: object) -> Post:
        self.next_id += 1
        return Post(self.next_id, title, when, body or f"<p>{title}。</p>", views=37 + self.next_id * 13 % 400, **kw)  # type: ignore[arg-type]

    @staticmethod
    def link(p: Post) -> str:
        return f"/?id={p.id}"

    def all_posts(self) -> list[Post]:
        return sorted((p for c in self.cats for p in c.posts), key=lambda p: (p.when, p.id), reverse=True)

    # -- chrome (header.php, index.php, footer.php, module) -----------------------------------------------------
    def head(self, title: str) -> str:
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">\n<head>\n'
                '\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n'
                '\t<meta http-equiv="Content-Language" content="zh-CN" />\n'
                f'\t<title>{GOV}-{title}</title>\n\t<meta name="generator" content="{GENERATOR}" />\n'
                '\t<link rel="stylesheet" rev="stylesheet" href="/zb_users/theme/default/style/default.css" type="text/css" media="all"/>\n'
                '\t<script src="/zb_system/script/common.js" type="text/javascript"></script>\n'
                '\t<script src="/zb_system/script/c_html_js_add.php" type="text/javascript"></script>\n</head>\n')

    def top(self, body_class: str) -> str:
        items = "".join(f'<li><a href="{_a(u)}">{n}</a></li>' for u, n in self.nav)
        return (f'<body class="{body_class}">\n<div id="divAll">\n\t<div id="divPage">\n\t<div id="divMiddle">\n'
                f'\t\t<div id="divTop">\n\t\t\t<h1 id="BlogTitle"><a href="/">{GOV}</a></h1>\n'
                f'\t\t\t<h3 id="BlogSubTitle">福建省宁化县{TOWN}</h3>\n\t\t</div>\n'
                f'\t\t<div id="divNavBar">\n<ul>\n{items}\n</ul>\n\t\t</div>\n')

    @staticmethod
    def module(html_id: str, name: str, content: str, kind: str = "ul") -> str:
        inner = f"<ul>{content}</ul>" if kind == "ul" else f"<div>{content}</div>"
        return (f'<dl class="function" id="{html_id}">\n<dt class="function_t">{name}</dt>\n'
                f'<dd class="function_c">\n\n{inner}\n\n</dd>\n</dl>')

    def sidebar(self) -> str:
        cats = "".join(f'<li><a title="{c.name}" href="{_a(c.url())}">{c.name}</a></li>' for c in self.cats)  # empty ones too
        recent = "".join(f'<li><a title="{escape(p.title)}" href="{_a(self.link(p))}">{escape(p.title)}</a></li>'
                         for p in self.all_posts()[:6])
        search = ('<form name="search" method="post" action="/zb_system/cmd.php?act=search">'
                  '<input type="text" name="q" size="11" /> <input type="submit" value="搜索" /></form>')
        return ('\t\t<div id="divSidebar">\n' + self.module("divSearchPanel", "搜索", search, "div")
                + self.module("divCatalog", "网站分类", cats) + self.module("divPrevious", "最近发表", recent) + '\n\t\t</div>\n')

    def bottom(self, copyright_: str) -> str:
        return ('<div id="divBottom">\n  <h4 id="BlogPowerBy">Powered By <a href="https://www.zblogcn.com/" '
                f'title="{GENERATOR} Build 173290" target="_blank">Z-BlogPHP</a></h4>\n'
                f'  <h3 id="BlogCopyRight">{copyright_}</h3>\n</div>\n<div class="clear"></div>\n\n'
                '\t</div>\n\t</div>\n</div>\n</body>\n</html>\n')

    copyright_text = (f'Copyright &copy; {GOV} 版权所有　主办：{GOV}　承办：{TOWN}党政综合办公室<br/>'
                      f'地址：宁化县{TOWN}岚溪街12号　电话：0598-6851026　网站标识码：{SITE_CODE}　'
                      f'<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>')

    def page(self, title: str, main: str, body_class: str) -> Resource:
        html = (self.head(title) + self.top(body_class) + f'\t\t<div id="divMain">\n{main}\n\t\t</div>\n'
                + self.sidebar() + self.bottom(self.copyright_text))
        return Resource(html.encode("utf-8"), HTML)

    # -- lists --------------------------------------------------------------------------------------------------
    def pagebar(self, cat: Cat, n: int) -> str:
        total = cat.pages
        buttons: list[tuple[str, str]] = [("‹‹", cat.url(1))]
        if n != 1:
            buttons.append(("‹", cat.url(n - 1)))
        buttons += [(str(k), cat.url(k)) for k in range(1, total + 1)]
        nxt = min(n + 1, total)
        if n != nxt:
            buttons.append(("›", cat.url(nxt)))
        buttons.append(("››", cat.url(total)))
        out = []
        for label, url in buttons:
            if label == str(n):
                out.append(f'\t<span class="page now-page">{label}</span>\n')
            else:
                out.append(f'\t<a title="{label}" href="{_a(url)}"><span class="page">{label}</span></a>\n')
        return f'<div class="pagebar">\n{"".join(out)}</div>'

    def intro(self, p: Post) -> str:
        first = p.body.split("<!--more-->")[0]
        m = re.search(r"<p>(.*?)</p>", first)
        return f"<p>{m.group(1) if m else _plain(first)[:120]}</p>"

    def multi(self, p: Post) -> str:
        cat = self.cat_of[p.id]
        return ('<div class="post multi">\n'
                f'\t<h2 class="post-title"><a href="{_a(self.link(p))}">{escape(p.title)}</a><span class="post-date">{_stamp(p.when, p.id)}</span></h2>\n'
                f'\t<div class="post-body">{self.intro(p)}</div>\n'
                f'\t<p class="post-footer">\n\t\t作者:admin <small>|</small> 分类:{cat.name} <small>|</small> 浏览:{p.views} '
                '<small>|</small> 评论:0\n\t</p>\n</div>\n')

    def archive(self, cat: Cat, n: int) -> Resource:
        posts = cat.listed()[(n - 1) * PER_PAGE: n * PER_PAGE]
        main = "".join(self.multi(p) for p in posts)
        if posts:
            main += self.pagebar(cat, n)
        else:  # PageAll 0: ‹‹, › and ›› all name page 0, the category's own address
            main += ('<div class="pagebar">\n' + "".join(f'\t<a title="{b}" href="{_a(cat.url())}"><span class="page">{b}</span></a>\n'
                                                        for b in ("‹‹", "›", "››")) + '</div>')
        return self.page(cat.name, main, "multi category")

    # -- single articles ----------------------------------------------------------------------------------------
    def single(self, p: Post) -> Resource:
        cat = self.cat_of[p.id]
        table = ""
        if p.meta is not None:
            table = ('<table border="1" cellspacing="0" cellpadding="5" style="width:100%;border-collapse:collapse"><tbody>\n'
                     + "".join(f'<tr><td style="width:18%;background:#f3f3f3">{k}</td><td>{v}</td></tr>\n' for k, v in p.meta.items())
                     + "</tbody></table>\n")
        files = "".join(f'<p>附件：<a href="{_a(u)}" target="_blank">{escape(p.title)}{u[u.rfind("."):]}</a></p>\n' for u in p.files)
        main = ('<div class="post single">\n'
                f'\t<h4 class="post-date">{p.when:%Y年%m月%d日}</h4>\n'
                f'\t<h2 class="post-title">{escape(p.title)}</h2>\n'
                f'\t<div class="post-body">{table}{p.body.replace("<!--more-->", "")}{files}</div>\n'
                '\t<h5 class="post-tags"></h5>\n'
                f'\t<h6 class="post-footer">\n\t\t作者:admin | 分类:{cat.name} | 浏览:{p.views} | 评论:0\n\t</h6>\n</div>\n\n'
                '<label id="AjaxCommentBegin"></label>\n<label id="AjaxCommentEnd"></label>\n'
                '<div class="post" id="divCommentPost">\n\t<p class="posttop"><a name="comment">发表评论:</a>'
                '<a rel="nofollow" id="cancel-reply" href="#divCommentPost" style="display:none;"><small>取消回复</small></a></p>\n'
                f'\t<form id="frmSumbit" target="_self" method="post" action="/zb_system/cmd.php?act=cmt&amp;postid={p.id}&amp;key=0" >\n'
                '\t<p><input type="text" name="inpName" id="inpName" class="text" value="访客" size="28" tabindex="1" /> <label for="inpName">名称(*)</label></p>\n'
                '\t<p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" rows="4" tabindex="5" ></textarea></p>\n'
                '\t<p><input name="sumbit" type="submit" tabindex="6" value="提交" onclick="return zbp.comment.post()" class="button" /></p>\n'
                '\t</form>\n</div>\n')
        return self.page(escape(p.title), main, "single article")

    def zpage(self, pid: int, title: str, text: str) -> str:
        """A Z-Blog 页面 (`?id=N`, type page): its title and text; the stock page template prints no date."""
        main = (f'<div class="post page">\n\t<h2 class="post-title">{title}</h2>\n\t<div class="post-body">{text}</div>\n</div>\n')
        url = f"/?id={pid}"
        self.res[url] = self.page(title, main, "single page")
        return url

    def render(self) -> None:
        for c in self.cats:
            self.res[c.url()] = self.archive(c, 1)
            for n in range(2, c.pages + 1):
                self.res[c.url(n)] = self.archive(c, n)
                self.traps.append(Trap(c.url(n), LATER_PAGE))
            for p in c.posts:
                self.res[self.link(p)] = self.single(p)


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


_WORK = ("会议要求，各村、各站所要提高思想认识，压实工作责任，细化工作举措，加强督查考核，确保各项工作落到实处、取得实效。")
_SUBJECTS = ("召开党委理论学习中心组学习会", "开展安全生产大检查", "推进和美乡村建设", "召开重点工作推进会", "开展森林防火巡查",
             "举办农民丰收节", "走访慰问困难群众", "开展防汛应急演练", "召开平安建设工作会议", "开展农村人居环境整治")
BROKEN_IMAGE = "/zb_users/upload/2026/11/202611061338125321.jpg"
BROKEN_PDF = "/zb_users/upload/2026/06/202606031047318864.pdf"


def _news(s: _Site) -> tuple[Cat, Cat]:
    gzdt = Cat(2, "工作动态")
    for i in range(30):
        gzdt.posts.append(s.post(f"{TOWN}{_SUBJECTS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 6),
                                 _paras(f"近日，{TOWN}{_SUBJECTS[i % 10]}。乡党委、政府主要负责同志出席并讲话，各村、各站所负责人参加。")
                                 + "<!--more-->" + _paras(_WORK)))
    good = "/zb_users/upload/2026/11/202611101012304412.jpg"
    gzdt.posts[0].body += f'<p style="text-align:center"><img src="{good}" title="" alt=""/></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    gzdt.posts[1].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" title="" alt=""/></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "工作动态正文图片 404", probe="status:404"))
    s.traps.append(Trap(gzdt.url(), "工作动态最新 2026-11-18，共 4 页（?cate=2&page=N），分页按钮 ‹‹ ‹ › ››：同一栏目，不过期"))

    tzgg = Cat(3, "通知公告")
    for i in range(14):
        tzgg.posts.append(s.post(f"关于{('做好冬季森林防火', '开展2026年度农村建房审批', '开展城乡居民医保参保缴费', '岚溪街施工交通管制')[i % 4]}工作的通知（{i + 1}）",
                                 AS_OF - timedelta(days=6 + i * 13), _paras("各村、各站所：", _WORK, GOV)))
    tzgg.posts.append(s.post(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 20),
                             _paras("经清理，继续有效的行政规范性文件5件，宣布失效1件。", _WORK)))
    tzgg.posts[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    ok_file = "/zb_users/upload/2026/10/202610201630117702.docx"
    tzgg.posts[5].files.append(ok_file)
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    s.traps.append(Trap(tzgg.url(), "通知公告最新 2026-11-14，共 2 页：不过期"))

    xczx = Cat(4, "乡村振兴")
    for i in range(5):
        xczx.posts.append(s.post(f"{TOWN}{('召开乡村振兴工作推进会', '开展茶产业技术培训', '举办农村实用人才培训')[i % 3]}（{i + 1}）",
                                 date(2025, 4, 16) - timedelta(days=i * 43), _paras(f"{TOWN}此次共组织群众120余人次参加。", _WORK)))
    s.key.append(Expected("stale-columns", xczx.url(), "乡村振兴最新一篇 2025-04-16 发布，超过 1 年未更新", probe="newest:2025-04-16"))

    bmfw = Cat(5, "便民服务")
    s.key.append(Expected("empty-columns", bmfw.url(), "便民服务分类没有任何文章：只有指向自身的 ‹‹ › ›› 分页按钮", probe="no-rows"))
    s.cats += [gzdt, tzgg, xczx, bmfw]
    return gzdt, tzgg


_NORMATIVE = (("农村宅基地审批管理", "table", ""), ("村级工程项目管理", "table", "missing"), ("农村生活垃圾分类管理", "none", ""),
              ("村级财务管理", "table", "late"), ("集体资产租赁管理", "table", "unlinked"), ("临时救助实施", "table-no-validity", ""))


def _disclosure(s: _Site) -> tuple[Cat, list[tuple[Post, Post, str]]]:
    gfx = Cat(6, "规范性文件")
    zcjd = Cat(7, "政策解读")
    interps: list[tuple[Post, Post, str]] = []
    for k, (subject, shape, _defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 20) - timedelta(days=33 * k)
        number = f"岚政〔{when.year}〕{21 - k}号"
        short = f"{TOWN}{subject}办法"
        p = s.post(f"{GOV}关于印发《{short}》的通知", when)
        p.body = _paras("各村、各站所：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本乡{subject}工作，根据有关法律法规和上级有关规定，制定本办法。",
                        "第二条　本办法适用于本乡行政区域内的村和单位。",
                        "第三条　乡党政综合办公室负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"35072500{k:02d}/{when.year}-{k + 31:05d}", "发布机构": GOV, "文号": number,
                "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if shape == "table":
            p.meta = meta
        elif shape == "table-no-validity":
            p.meta = {k2: v for k2, v in meta.items() if k2 != "有效性"}
        else:
            p.body = f'<p style="text-align:center">{number}</p>' + p.body
        gfx.posts.append(p)
    for k, ((subject, shape, defect), p) in enumerate(zip(_NORMATIVE, gfx.posts)):
        url = s.link(p)
        short = f"{TOWN}{subject}办法"
        if shape == "table-no-validity":
            s.key.append(Expected("normative-metadata", url, "规范性文件元数据表缺少有效性", probe="meta-missing:有效性"))
        elif shape == "none":
            s.key.append(Expected("normative-metadata", url, "规范性文件没有元数据表（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 17 if defect == "late" else k % 3
        i = s.post(f"《{short}》政策解读" if k % 2 else f"一图读懂《{short}》", p.when + timedelta(days=lag),
                   _paras(f"一、起草背景　为规范本乡{subject}工作，乡政府组织起草了《{short}》。",
                          "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　乡党政综合办公室。" + _WORK))
        interps.append((p, i, defect))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        else:
            s.traps.append(Trap(url, "文件与解读在正文末互相链接，解读及时发布"))
    zcjd.posts += [i for _, i, _ in interps]

    czxx = Cat(8, "财政信息")
    for n in range(4):
        year = 2025 - n // 2
        czxx.posts.append(s.post(f"{GOV}{year if n % 2 == 0 else year - 1}年{'预算' if n % 2 == 0 else '决算'}公开",
                                 date(2025, 6, 12) - timedelta(days=180 * n),
                                 _paras("根据《中华人民共和国预算法》有关规定，现将本乡预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czxx.url(), "财政信息最新 2025-06-12，超过 1 年（2026 年预算未公开）", probe="newest:2025-06-12"))

    ndbg = Cat(9, "政府信息公开年报")
    published = {2025: date(2026, 1, 21), 2023: date(2024, 4, 16), 2022: date(2023, 1, 31), 2021: date(2022, 1, 19)}
    for year, when in published.items():
        p = s.post(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 5))
        ndbg.posts.append(p)
        if year == 2023:
            s.key.append(Expected("annual-reports", s.link(p), "2023 年度报告 2024-04-16 发布，晚于公开期限（3 月 31 日）",
                                  match=(TOWN, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(s.link(p), "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告", match=(TOWN, "2024"), probe="no-report:2024"))

    zdly = Cat(10, "重点领域信息")
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域信息分类没有任何文章：只有指向自身的 ‹‹ › ›› 分页按钮", probe="no-rows"))
    s.cats += [gfx, zcjd, czxx, ndbg, zdly]
    return gfx, interps


def _link_interps(s: _Site, interps: list[tuple[Post, Post, str]]) -> None:
    for p, i, defect in interps:
        if defect == "unlinked":
            continue
        i.body += f'<p>相关文件：<a href="{_a(s.link(p))}">{p.title}</a></p>'
        p.body += f'<p>相关解读：<a href="{_a(s.link(i))}">{i.title}</a></p>'


_PAGES = (("乡情概况", f"{TOWN}位于宁化县东部，面积126.5平方公里，辖9个行政村，户籍人口1.4万人。"),
          ("机构职能", f"{GOV}负责本乡经济社会发展规划、社会管理和公共服务，设党政综合办公室等5个内设机构。"),
          ("政府信息公开指南", f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。本指南自2026年2月10日起施行。"),
          ("政府信息公开制度", "本乡建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"),
          ("法定主动公开内容", f"{GOV}法定主动公开内容包括机构职能、规范性文件、政策解读、财政信息、政府信息公开年报和重点领域信息，见政府信息公开各分类。"),
          ("依申请公开", "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：乡党政综合办公室。"))


def _home(s: _Site, gzdt: Cat, tzgg: Cat, gfx: Cat, pages: list[tuple[str, str]]) -> None:
    """The front page (guessed): three blocks of titles with `m-d` dates, in the stock chrome."""
    def block(cat: Cat, n: int) -> str:
        rows = "".join(f'<li><a href="{_a(s.link(p))}" title="{escape(p.title)}">{escape(p.title)}</a>'
                       f'<span class="date">{p.when:%m-%d}</span></li>' for p in cat.listed()[:n])
        return (f'<div class="post home-block"><h2 class="post-title"><a href="{_a(cat.url())}">{cat.name}</a>'
                f'<a class="more" href="{_a(cat.url())}">更多&gt;&gt;</a></h2><ul>{rows}</ul></div>\n')
    links = "".join(f'<a href="{_a(u)}">{t}</a> ' for u, t in pages)
    main = (block(gzdt, 8) + block(tzgg, 6) + block(gfx, 5)
            + f'<div class="post home-block"><h2 class="post-title">政务公开</h2><p>{links}</p></div>\n')
    s.res["/"] = s.page("首页", main, "multi index")


NOT_FOUND = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
             f'<title>{GOV}-错误提示</title></head><body class="single page"><div id="divMain"><div class="post">'
             '<h2 class="post-title">很抱歉，您要访问的页面不存在。</h2></div></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"zblog offers only the small size, not {size!r}")
    s = _Site()
    gzdt, tzgg = _news(s)
    gfx, interps = _disclosure(s)
    for c in s.cats:
        for p in c.posts:
            s.cat_of[p.id] = c
    _link_interps(s, interps)
    pages = [(s.zpage(3 + k, title, _paras(text)), title) for k, (title, text) in enumerate(_PAGES)]
    gk = "".join(f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in s.cats[4:])
    gk_url = s.zpage(2, "政府信息公开", f'<ul class="gk-cats">{gk}</ul>' + "".join(f'<p><a href="{_a(u)}">{t}</a></p>' for u, t in pages[2:]))
    s.nav += [(c.url(), c.name) for c in s.cats[:4]] + [(gk_url, "政府信息公开"), (pages[0][0], "乡情概况")]
    s.render()
    s.traps.append(Trap(pages[1][0], "Z-Blog 页面（?id=N），没有日期：不是过期栏目"))
    _home(s, gzdt, tzgg, gfx, pages)
    for c in s.cats:
        for p in c.posts:
            for href in p.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {p.id}"), "application/pdf")
    s.res["/zb_users/theme/default/style/default.css"] = Resource(b"body{font-size:12px}", "text/css")
    s.res["/zb_system/script/common.js"] = Resource(b"/* zbp common */", "application/javascript")
    s.res["/zb_system/script/c_html_js_add.php"] = Resource(b"/* zbp add */", "application/javascript")
    s.key.append(Expected("footer", "/", "页脚（版权说明 h3#BlogCopyRight）有主办、网站标识码和 ICP 备案号，缺公安机关备案号",
                          probe="footer-lacks:公网安备"))
    s.key.append(Expected("footer", s.link(gzdt.posts[0]), "全站同一页脚：缺公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=r"^/.*"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签，Z-BlogPHP 页面只有 generator",
                          probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap(s.link(gzdt.posts[0]), "文章页的日期 h4.post-date 在标题 h2 之上（Y年m月d日）；边栏最近发表无日期：文章页不是栏目"))
    return SampleSite("zblog", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
