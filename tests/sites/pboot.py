"""The "pboot" sample site: a 街道 office's portal (芦汀街道办事处, 沅坪区) on PbootCMS (PHP, the stock
Bootstrap theme lightly re-skinned), UTF-8, in PbootCMS's default "兼容模式" addresses (url_rule_type 3).

The library tools gave REAL PbootCMS code and stock templates (pbootcmspro/PbootCMS) but no government
PbootCMS page: the chrome, addresses, pager, list rows, article header and stock blocks below are the real
ones; the government content (columns, metadata, 信息公开 section) is written in the township practice of the
other families (metinfo's 奋发镇 theme, the realpages' 街道 pages). ThinkCMF and Z-Blog were not tried: the
brief's fallback is for no PbootCMS markup at all, and PbootCMS's own code and templates were found.

Sources (read with `read_file`):
  - `core/view/Paging.php` (pbootcmspro/PbootCMS): `url_rule_type` defaults to 3, whose pages are
    `SITE_INDEX_DIR . '/?' . path . '_' . page . '/'` — page 1 `/?tzgg/`, page 2 `/?tzgg_2/`, a path that
    already ends in `_N` (`list_12`) keeps it (`/?list_12_2/`); the previous/next link of an edge page is
    `javascript:;`; the number bar `<a href="…" class="page-num page-num-current">1</a><a … class="page-num">2</a>`,
    `<span class="page-num">···</span>` beyond five; `pageStatus` `共N条 当前1/2页`;
  - `template/default/html/comm/page.html`: the pager `<nav aria-label="page navigation" class="my-4"><div
    class="pagination justify-content-center"><a class="page-item page-link" href="{page:index}">首页</a>…`, and
    an empty list `<div class="text-center my-5 text-secondary">未查询到任何数据！</div>`;
  - `template/default/html/newslist.html`: rows `<li class="lh-3 border-bottom-dashed"><i class="fa-brands
    fa-gg"></i><a href="[list:link]"><span class="d-none d-md-inline">[list:title lencn=30]</span><span
    class="d-inline d-md-none">[list:title lencn=11]</span>…<span class="badge text-bg-danger">置顶</span>…<span
    class="float-end">[list:date style=Y-m-d]</span></a></li>` — the title twice (PC and a cut mobile copy),
    the date inside the link;
  - `template/default/html/news.html`: `<h2 class="text-center fs-sm-28 fs-20 mt-3">{content:title}</h2><div
    class="text-center border-bottom text-secondary pb-2 mb-3">时间：{content:date style=Y-m-d}&nbsp;&nbsp;&nbsp;
    访问量：…</div><div class="content mb-3">…</div>` and `上一篇：`/`下一篇：` lines;
  - `comm/position.html` `当前位置：{pboot:position separator='>'}`; `comm/foot.html`: 备案号码 linked to
    beian.miit.gov.cn, `{pboot:sitecopyright}`, the mobile bottom bar (电话咨询, 在线咨询) and the floating
    在线咨询 / 免费通话 form / 微信扫一扫 / 返回顶部 block; the demo data's 「PbootCMS是全新内核且永久开源免费的PHP
    企业网站开发建设管理系统」.
Guessed, said as such: the column paths (`list_12` for columns without a file name, `tzgg`… with one) and
the article paths `/?<column>/<id>.html` (PbootCMS's content rule, not read in code); `/index.php?…` aliases
the home ticker uses; how `lencn` cuts (an ellipsis `…`); lists with the date removed from the row (a theme
edit); the metadata of 信息公开 articles (a one-line `文号：… 发布机构：…` strip, or a pasted table, or
nothing); the message board page; every wording and the 404 page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
STREET = "芦汀街道"
GOV = "芦汀街道办事处"
DISTRICT = "沅坪区"
PLATFORM = "http://xxgk.yuanping.gov.cn"
HTML = "text/html; charset=utf-8"
ICP = "湘ICP备2021008836号-1"
DEMO = "PbootCMS是全新内核且永久开源免费的PHP企业网站开发建设管理系统，是一套高效、简洁、 强悍的可免费商用的PHP CMS源码。"
TPL = "/template/default"


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    strip: dict[str, str] | None = None  # the one-line extension-field strip under the title
    table: dict[str, str] | None = None  # a metadata table pasted into the body
    files: list[str] = field(default_factory=list)
    top: bool = False  # 置顶


@dataclass
class Col:
    path: str  # "list_12" or "tzgg"
    name: str
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    style: str = "%Y-%m-%d"  # [list:date style=…]; "" = the theme shows no date
    parent: str = ""  # "信息公开"

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        return f"/?{self.path}/" if n == 1 else f"/?{self.path}_{n}/"

    def doc_url(self, d: Doc) -> str:
        return f"/?{self.path}/{d.id}.html"

    def doc_alias(self, d: Doc) -> str:
        return f"/index.php?{self.path}/{d.id}.html"


class PbootSite(SampleSite):
    """PbootCMS answers an unknown `/?path/` with its 404 page, not with the home page."""

    def lookup(self, path: str, query: str) -> Resource:
        if path in ("/", "/index.php") and query and f"{path}?{query}" not in self.resources:
            return self.not_found
        return super().lookup(path, query)


def _head(title: str) -> str:
    return ('<!doctype html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n'
            f'<title>{escape(title)}</title>\n<meta name="keywords" content="{STREET},{DISTRICT}">\n'
            f'<meta name="description" content="{GOV}官方网站">\n'
            f'<link rel="stylesheet" href="{TPL}/bootstrap/css/bootstrap.min.css">\n'
            f'<link rel="stylesheet" href="{TPL}/css/aoyun.css?v=v1.3.5">\n'
            f'<script src="{TPL}/js/jquery-1.12.4.min.js"></script>\n</head>\n')


_FRIENDS = (("沅坪区人民政府", "http://www.yuanping.gov.cn/"), ("沅坪区政府信息公开平台", f"{PLATFORM}/"),
            ("湖南省人民政府", "http://www.hunan.gov.cn/"))


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 120
        self.aliases: list[tuple[Col, Doc]] = []

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 3
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def menu(self) -> str:
        news = [c for c in self.cols if not c.parent][:4]
        items = "".join(f'<li class="nav-item"><a class="nav-link" href="{_a(c.url())}">{c.name}</a></li>' for c in news)
        return ('<nav class="navbar navbar-light bg-light fixed-top navbar-expand-lg shadow-sm">\n<div class="container">'
                f'<a class="navbar-brand my-1" href="/"><img src="/static/upload/image/20210312/1615534802.png" class="logo-sm-height" '
                f'alt="{GOV}"></a>\n<div class="collapse navbar-collapse justify-content-end" id="navbarNav">'
                '<ul class="navbar-nav"><li class="nav-item active"><a class="nav-link" href="/">首页</a></li>'
                f'<li class="nav-item"><a class="nav-link" href="/?about/">街道概况</a></li>{items}'
                '<li class="nav-item"><a class="nav-link" href="/?xxgk/">信息公开</a></li>'
                '<li class="nav-item"><a class="nav-link" href="/?message/">在线留言</a></li></ul>'
                '<form class="form-inline my-2 my-lg-0" action="/?search/" method="get"><input class="form-control" type="search" '
                'name="keyword" placeholder="搜索"></form></div></div></nav>\n<div class="head-sm-height"></div>\n')

    def footer(self) -> str:
        links = "".join(f'<option value="{u}">{n}</option>' for n, u in _FRIENDS)
        return ('<div class="footer mt-3 pt-5 border-top text-secondary bg-light">\n<div class="container"><div class="row pb-5">\n'
                f'<div class="col-12 col-md-5"><h5>{GOV}</h5><ul class="lh-2">'
                f'<li>备案号码：<a href="http://beian.miit.gov.cn/" target="_blank">{ICP}</a> </li>'
                f'<li>地址：{DISTRICT}芦汀路36号 </li></ul></div>\n'
                '<div class="col-12 col-md-5"><h5>联系我们</h5><ul class="lh-2"><li>电话：0745-2261108 </li>'
                '<li>邮箱：ltjd@163.com </li></ul></div>\n'
                '<div class="col-12 col-md-2 text-center d-none d-md-block"><select class="form-control" '
                f'onchange="window.open(this.value)"><option value="">友情链接</option>{links}</select></div>\n'
                '</div></div>\n<div class="copyright border-top lh-3 text-center  d-none d-md-block">'
                f'Copyright © 2021-2026 {GOV} All Rights Reserved.</div>\n</div>\n'
                '<div style="height:49px;" class="d-block d-sm-none"></div>\n'
                '<div class="container-fluid bg-info fixed-bottom d-block d-sm-none"><div class="row">'
                '<div class="col-4 p-0 text-center border-right"><a href="tel:07452261108" class="text-light d-block pt-3 pb-3">'
                '<i class="fa fa-phone" aria-hidden="true"></i> 电话咨询</a></div>'
                '<div class="col-4 p-0 text-center border-right"><a target="_blank" href="http://wpa.qq.com/msgrd?v=3&amp;uin=&amp;'
                'site=qq&amp;menu=yes" class="text-light d-block pt-3 pb-3"><i class="fa fa-qq" aria-hidden="true"></i> 在线咨询</a></div>'
                '<div class="col-4 p-0 text-center"><a href="/?about/" class="text-light d-block pt-3 pb-3">'
                '<i class="fa fa-location-arrow" aria-hidden="true"></i> 街道概况</a></div></div></div>\n'
                '<div class="online d-none d-md-block"><dl><dt style="width:150px;"><h3><i class="fa fa-commenting-o"></i>在线咨询'
                '<span class="remove"><i class="fa fa-remove"></i></span></h3><p><a target="_blank" href="http://wpa.qq.com/msgrd?v=3'
                f'&amp;uin=&amp;site=qq&amp;menu=yes"><img border="0" src="{TPL}/images/qq.jpg" alt="点击这里给我发消息" '
                'title="点击这里给我发消息"/> 售前咨询专员</a></p></dt><dd><i class="fa fa-commenting-o"></i></dd><dd>在线咨询</dd></dl>'
                '<dl><dt style="width:300px;"><h3><i class="fa fa-volume-control-phone"></i>免费通话</h3><p>24小时免费咨询</p>'
                '<p>请输入您的联系电话，座机请加区号</p><form onsubmit="return subform(this);"><p><input type="text" name="tel" id="tel" '
                'autocomplete="off" placeholder="请输入您的电话号码" required maxlength="30"></p><p><button type="submit">免费通话</button>'
                '</p></form></dt><dd><i class="fa fa-volume-control-phone" aria-hidden="true"></i></dd><dd>免费通话</dd></dl>'
                '<dl class="scroll-top"><dd><i class="fa fa-chevron-up"></i></dd><dd>返回顶部</dd></dl></div>\n'
                f'<script src="{TPL}/bootstrap/js/bootstrap.min.js"></script>\n<script src="{TPL}/js/aoyun.js?v=v1.2.2"></script>\n')

    def page(self, title: str, body: str) -> Resource:
        html = f"{_head(title)}<body>\n{self.menu()}{body}\n{self.footer()}</body>\n</html>\n"
        return Resource(html.encode("utf-8"), HTML)

    def position(self, steps: list[tuple[str, str]]) -> str:
        trail = ">".join(f'<a href="{_a(u)}">{n}</a>' for n, u in [("首页", "/")] + steps)
        return f'<div class="text-end position mb-3 d-none d-md-block">当前位置：{trail}</div>\n'

    def col_steps(self, col: Col) -> list[tuple[str, str]]:
        return ([("信息公开", "/?xxgk/")] if col.parent else []) + [(col.name, col.url())]

    def sortnav(self, col: Col) -> str:
        sib = [c for c in self.cols if c.parent == col.parent]
        items = "".join(f'<a href="{_a(c.url())}" class="btn btn-{"info" if c is col else "light"} mb-2">{c.name}</a>'
                        for c in sib)
        return f'<div class="sonsort mt-4 mb-4">{items}</div>\n'

    def pager(self, col: Col, n: int) -> str:
        def href(k: int) -> str:
            return col.url(k) if 1 <= k <= col.pages else "javascript:;"
        nums = "".join(f'<a href="{_a(col.url(k))}" class="page-num{" page-num-current" if k == n else ""}">{k}</a>'
                       for k in range(1, min(col.pages, 5) + 1))
        if col.pages > 5 and n < col.pages - 2:
            nums += '<span class="page-num">···</span>'
        return ('<nav aria-label="page navigation" class="my-4">\n<div class="pagination justify-content-center">'
                f'<a class="page-item page-link" href="{_a(href(1))}">首页</a>'
                f'<a class="page-item page-link" href="{_a(href(n - 1))}">上一页</a>{nums}'
                f'<a class="page-item page-link" href="{_a(href(n + 1))}">下一页</a>'
                f'<a class="page-item page-link" href="{_a(href(col.pages))}">尾页</a></div>\n</nav>')

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if not docs:
            rows = '<div class="text-center my-5 text-secondary">未查询到任何数据！</div>'
        else:
            def cut(t: str, k: int) -> str:
                return t if len(t) <= k else t[:k] + "…"
            rows = "<ul>" + "".join(
                f'\n<li class="lh-3 border-bottom-dashed"><i class="fa-brands fa-gg"></i><a href="{_a(col.doc_url(d))}">'
                f'<span class="d-none d-md-inline">{escape(cut(d.title, 30))}</span><!-- PC端 -->'
                f'<span class="d-inline d-md-none">{escape(cut(d.title, 11))}</span><!-- 移动端 -->'
                + ('<span class="badge text-bg-danger">置顶</span>' if d.top else "")
                + (f'<span class="float-end">{d.when:{col.style}}</span>' if col.style else "") + "</a></li>"
                for d in docs) + "\n</ul>\n" + self.pager(col, n)
        body = (f'<div class="container pages">\n{self.position(self.col_steps(col))}{self.sortnav(col)}{rows}\n</div>')
        return self.page(f"{col.name}-{GOV}", body)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.top, d.when, d.id), reverse=True)
            self.res[col.url()] = self.list_page(col, 1)
            for n in range(2, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                self.traps.append(Trap(col.url(n), LATER_PAGE))
            by_date = sorted(col.docs, key=lambda d: (d.when, d.id), reverse=True)
            for i, d in enumerate(by_date):
                prev = by_date[i - 1] if i else None
                nxt = by_date[i + 1] if i + 1 < len(by_date) else None
                self.res[col.doc_url(d)] = self.article(col, d, prev, nxt)
        for col, d in self.aliases:
            self.res[col.doc_alias(d)] = self.res[col.doc_url(d)]

    def article(self, col: Col, d: Doc, prev: Doc | None, nxt: Doc | None) -> Resource:
        strip = ""
        if d.strip:
            strip = ('<div class="text-center text-secondary small mb-2">'
                     + "&nbsp;&nbsp;".join(f"{k}：{v}" for k, v in d.strip.items()) + "</div>\n")
        table = ""
        if d.table is not None:
            cells = [f"<td>{k}</td><td>{v}</td>" for k, v in d.table.items()]
            table = ('<table border="1" cellspacing="0" cellpadding="4" width="100%">'
                     + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>\n")
        files = "".join(f'<p><a href="{_a(h)}">附件：{h.rsplit("/", 1)[1]}</a></p>' for h in d.files)

        def near(other: Doc | None) -> str:
            return f'<a href="{_a(col.doc_url(other))}">{escape(other.title)}</a>' if other else "没有了！"
        body = (f'<div class="container pages">\n{self.position(self.col_steps(col))}{self.sortnav(col)}'
                f'<h2 class="text-center fs-sm-28 fs-20 mt-3">{escape(d.title)}</h2>\n'
                f'<div class="text-center border-bottom text-secondary pb-2 mb-3">时间：{d.when:%Y-%m-%d}&nbsp;&nbsp;&nbsp;'
                f'访问量：{1000 + (d.id * 37) % 900}</div>\n{strip}'
                f'<div class="content mb-3">{table}{d.body}{files}</div>\n'
                f'<div class="text-secondary lh-2"><p>上一篇：{near(prev)}</p><p>下一篇：{near(nxt)}</p></div>\n</div>')
        return self.page(f"{d.title}-{GOV}", body)


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent: 2em;">{t}</p>' for t in texts)


_WORK = ("会议强调，各社区和街道各部门要坚持以人民为中心的发展思想，进一步压实工作责任，细化工作措施，"
         "加强督促检查，对照时间节点抓好落实，切实解决群众急难愁盼问题，确保各项工作任务按期完成。")
_SUBJECTS = ("召开党工委理论学习中心组学习会", "开展燃气安全隐患排查", "推进老旧小区改造", "召开安全生产工作会议",
             "开展文明城市创建志愿服务", "举办社区邻里节", "走访慰问困难群众", "开展防汛应急演练", "召开平安建设推进会",
             "开展反诈宣传进社区")
_COMMUNITIES = ("芦汀社区", "沙湾社区", "新桥社区", "枫林社区")
BROKEN_IMAGE = "/static/upload/image/20261105/1762311940513876.jpg"
BROKEN_PDF = "/static/upload/file/20260611/1781139552482911.pdf"
DELETED = "/?list_12/95.html"


def _news(s: _Site) -> tuple[Col, Col]:
    jddt = Col("list_12", "街道动态")
    for i in range(46):
        jddt.docs.append(s.doc(f"{STREET}{_SUBJECTS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=2 + i * 4),
                               _paras(f"近日，{STREET}{_SUBJECTS[i % 10]}。街道党工委书记出席并讲话，各社区党组织书记参加。", _WORK)))
    jddt.docs[1].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" alt=""/></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "动态正文图片 404", probe="status:404"))
    jddt.docs[4].body += f'<p>相关阅读：<a href="{DELETED}">街道召开经济运行分析会</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（PbootCMS 404 页）", probe="status:404"))
    good = "/static/upload/image/20261110/1762740321886511.jpg"
    jddt.docs[6].body += f'<p style="text-align:center"><img src="{good}" alt=""/></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    s.traps.append(Trap(jddt.url(), "街道动态最新 2026-11-18，后续页为 /?list_12_2/ 这类地址：不是过期栏目，也不是新栏目"))

    tzgg = Col("tzgg", "通知公告", per_page=10, style="%m-%d")
    for i in range(13):
        tzgg.docs.append(s.doc(f"关于{('做好冬季燃气安全', '城乡居民医保参保缴费', '开展消防安全排查', '冬季供水保障')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=3 + i * 12), _paras("各社区、街道各部门：", _WORK, GOV)))
    old = s.doc("关于启用街道便民服务热线的公告", date(2024, 6, 3), _paras("街道便民服务热线已开通。", _WORK), top=True)
    tzgg.docs.append(old)
    # Added after first contact (the site had none: a true normative-doc-cleanup finding, unscored).
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 20),
                           _paras("经清理，继续有效的行政规范性文件9件，宣布失效1件。", _WORK)))
    s.traps.append(Trap(tzgg.url(), "列表日期只写“月-日”，首行是 2024 年的置顶公告，最新文章 2026-11-17：不是过期栏目"))
    tzgg.docs[2].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    ok_file = "/static/upload/file/20261020/1760926402118273.docx"
    tzgg.docs[5].files.append(ok_file)
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")

    sqdt = Col("list_14", "社区动态", style="")
    for i in range(8):
        sqdt.docs.append(s.doc(f"{_COMMUNITIES[i % 4]}{('开展重阳节敬老活动', '召开居民议事会', '开展垃圾分类宣传')[i % 3]}",
                               date(2025, 9, 26) - timedelta(days=i * 23), _paras("活动现场气氛热烈。", _WORK)))
    s.key.append(Expected("stale-columns", sqdt.url(), "社区动态列表不显示日期，最新文章 2025-09-26：超过 1 年未更新",
                          probe="newest-article:2025-09-26"))

    djgz = Col("djgz", "党建工作", style="")
    for i in range(7):
        djgz.docs.append(s.doc(f"{STREET}党工委{('开展主题党日活动', '召开党建工作推进会', '开展党员冬训')[i % 3]}（{i + 1}）",
                               date(2026, 10, 30) - timedelta(days=i * 31), _paras("街道各党支部参加。", _WORK)))
    s.traps.append(Trap(djgz.url(), "党建工作列表不显示日期，最新文章 2026-10-30：不是过期栏目"))

    bmfw = Col("list_16", "便民服务")
    s.key.append(Expected("empty-columns", bmfw.url(), "便民服务栏目只有“未查询到任何数据！”", probe="no-rows"))
    s.cols += [jddt, tzgg, sqdt, djgz, bmfw]
    return jddt, tzgg


# Normative documents (subject, metadata shape, interpretation defect)
_NORMATIVE = (("社区网格化服务管理", "strip", ""), ("老旧小区物业管理", "strip", "missing"), ("街道公共停车管理", "none", ""),
              ("社区工作者考核", "table", "late"), ("辖区门前三包责任", "strip", "unlinked"), ("居民小区消防通道管理", "table", "alias"),
              ("社区微实事项目", "strip-no-validity", ""))


def _disclosure(s: _Site) -> Col:
    gfx = Col("list_21", "规范性文件", per_page=5, parent="信息公开")
    zcjd = Col("list_22", "政策解读", parent="信息公开")
    interps: list[Doc] = []
    for k, (subject, shape, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 20) - timedelta(days=29 * k)
        number = f"芦街发〔{when.year}〕{12 - k}号"
        short = f"{STREET}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        d.body = _paras("各社区居民委员会、街道各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本街道{subject}工作，根据有关法律法规和区政府有关规定，制定本办法。",
                        "第二条　本办法适用于本街道辖区内的各社区居民委员会和街道各部门。",
                        "第三条　街道党政办负责本办法的组织实施和监督检查。", "第四条　本办法自印发之日起施行，有效期五年。")
        meta = {"索引号": f"43070212-1/{when.year}-{k + 11:05d}", "发布机构": GOV, "文号": number,
                "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}", "有效性": "有效"}
        url = gfx.doc_url(d)
        if shape in ("strip", "table"):
            # Key corrected at first contact: the strip and the table carry no 发布日期 (the header's bare
            # 时间：… is the page's date line, not a metadata field), so these documents lack one.
            s.key.append(Expected("normative-metadata", url, "规范性文件元数据缺少发布日期（页头“时间：”不在元数据中）",
                                  probe="meta-missing:发布日期"))
        if shape == "strip":
            d.strip = meta
        elif shape == "strip-no-validity":
            d.strip = {k2: v for k2, v in meta.items() if k2 != "有效性"}
            s.key.append(Expected("normative-metadata", url, "规范性文件元数据缺少有效性", probe="meta-missing:有效性"))
        elif shape == "table":
            d.table = meta
        else:
            d.body = f'<p style="text-align:center">{number}</p>' + d.body
            s.key.append(Expected("normative-metadata", url, "规范性文件没有元数据（无索引号、发布机构、有效性；文号只在正文里）",
                                  probe="no-table"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 12 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读" if k % 2 else f"一图读懂《{short}》", when + timedelta(days=lag),
                  _paras(f"一、制定背景　为规范本街道{subject}工作，街道办事处组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　街道党政办。" + _WORK))
        if defect != "unlinked":
            target = gfx.doc_alias(d) if defect == "alias" else url
            i.body += f'<p>相关文件：<a href="{_a(target)}" target="_blank">{d.title}</a></p>'
            d.body += f'<p>相关解读：<a href="{_a(zcjd.doc_url(i))}" target="_blank">{i.title}</a></p>'
            if defect == "alias":
                s.aliases.append((gfx, d))
                s.traps.append(Trap(url, "解读链接的是文件的 /index.php?list_21/N.html 地址，与 /?list_21/N.html 是同一文件：已互相链接"))
            else:
                s.traps.append(Trap(url, "文件与解读在正文末互相链接，解读及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps

    czzj = Col("list_23", "财政资金", parent="信息公开")
    for n in range(5):
        year = 2025 - n // 2
        czzj.docs.append(s.doc(f"{GOV}{year}年{'部门预算' if n % 2 == 0 else '部门决算'}公开", date(2025, 6, 12) - timedelta(days=180 * n),
                               _paras("根据《中华人民共和国预算法》有关规定，现将本街道预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czzj.url(), "财政资金最新信息 2025-06-12，超过 1 年（2026 年预算未公开）",
                          probe="newest:2025-06-12"))

    ndbg = Col("list_24", "政府信息公开年报", parent="信息公开")
    # A 街道办事处 is a 派出机关, no 县级以上 主管部门: 条例第五十条 has it publish its report by January 31.
    published = {2025: date(2026, 1, 22), 2023: date(2024, 3, 12), 2022: date(2023, 1, 31), 2021: date(2022, 1, 18)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 7))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-03-12 发布，晚于街道办事处的公开期限 1 月 31 日",
                                  match=(STREET, "2023"), probe="late:2024-01-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告",
                          match=(STREET, "2024"), probe="no-report:2024"))

    zdly = Col("list_25", "重点领域", parent="信息公开")
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域栏目只有“未查询到任何数据！”", probe="no-rows"))
    s.cols += [gfx, zcjd, czzj, ndbg, zdly]
    return gfx


# 政府信息公开制度 added after first contact (the site had none: a true disclosure-sections finding, unscored).
_STATICS = (("about", "街道概况"), ("jgzn", "机构职能"), ("xxgkzn", "政府信息公开指南"), ("fdzdgk", "法定主动公开内容"),
            ("ysqgk", "依申请公开"), ("xxgkzd", "政府信息公开制度"))


def _statics(s: _Site) -> None:
    platform = "".join(f'<li><a href="{PLATFORM}/{p}" target="_blank">{n}</a></li>' for n, p in
                       (("政府文件", "zfwj/"), ("人事信息", "rsxx/"), ("规划计划", "ghjh/"), ("财政信息", "czxx/")))
    texts = {"about": _paras(f"{STREET}位于{DISTRICT}中部，辖4个社区，总面积8.6平方公里，常住人口4.2万人。", DEMO),
             "jgzn": _paras(f"{GOV}是{DISTRICT}人民政府的派出机关，主要职责：加强党的建设，统筹辖区发展，实施公共管理，提供公共服务。"),
             "xxgkzn": _paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。", "一、主动公开　二、依申请公开　三、监督和救济",
                              "本指南自2026年2月10日起施行。"),
             "fdzdgk": _paras(f"根据{DISTRICT}政务公开集约化建设要求，本街道法定主动公开内容统一在{DISTRICT}政府信息公开平台发布：")
             + f'<ul class="xxgk-out">{platform}</ul>',
             "ysqgk": _paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：街道党政办。"),
             "xxgkzd": _paras("本街道建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。")}
    for path, name in _STATICS:
        url = f"/?{path}/"
        body = (f'<div class="container pages">\n{s.position([(name, url)])}'
                f'<div class="content mb-3 mt-3">{texts[path]}</div>\n</div>')
        s.res[url] = s.page(f"{name}-{GOV}", body)
    s.traps.append(Trap("/?fdzdgk/", "法定主动公开内容链接到区政府信息公开平台（集约化），平台未抓取：不是空栏目、不是断链"))
    s.traps.append(Trap("/?jgzn/", "无日期的单页，不是过期栏目"))
    s.traps.append(Trap("/?about/", f"单页里的“{DEMO[:20]}…”是模板演示文字，不是检查项"))
    msgs = "".join(
        f'<div class="media border-bottom pb-3 pt-3"><img class="mr-3" src="{TPL}/images/user.png" height="30">'
        f'<div class="media-body"><div class="mb-2"><span class="text-info">{n}</span><span class="text-secondary ml-2 small">'
        f'{w:%Y-%m-%d %H:%M:%S}</span></div><p>{q}</p><div class="p-2 bg-light">回复：{r}</div></div></div>'
        for n, w, q, r in (("居民**", date(2026, 11, 12), "小区路灯不亮，请帮忙联系维修。", "已转沙湾社区处理，路灯已修复。"),
                           ("张**", date(2026, 10, 28), "老旧小区改造什么时候开工？", "计划于2027年3月开工，届时将公示。")))
    form = ('<form class="my-4" onsubmit="return submsg(this);"><div class="form-group"><label for="contacts">联系人</label>'
            '<input type="text" name="contacts" required id="contacts" class="form-control" placeholder="请输入联系人"></div>'
            '<div class="form-group"><label for="mobile">手 机</label><input type="text" name="mobile" required id="mobile" '
            'class="form-control" placeholder="请输入联系人手机"></div><div class="form-group"><label for="content">内 容</label>'
            '<textarea name="content" id="content" class="form-control" placeholder="请输入留言内容"></textarea></div>'
            '<div class="form-group"><label for="checkcode">验证码</label><input type="text" name="checkcode" required id="checkcode" '
            'class="form-control" placeholder="请输入验证码"><img title="点击刷新" style="height:33px;" src="/core/code.php" '
            'onclick="this.src=\'/core/code.php?\'+Math.round(Math.random()*10);" /></div>'
            '<button type="submit" class="btn btn-info mb-3">提交留言</button></form>')
    s.res["/?message/"] = s.page(f"在线留言-{GOV}", f'<div class="container pages">\n{s.position([("在线留言", "/?message/")])}'
                                 f'{msgs}{form}\n</div>')
    s.traps.append(Trap("/?message/", "在线留言是留言板（表单和留言记录），不是信息发布栏目"))


def _xxgk(s: _Site) -> None:
    blocks = "".join(
        f'<div class="col-12 col-md-6 mb-3"><div class="card"><div class="card-header"><b>{c.name}</b>'
        f'<a href="{_a(c.url())}" class="float-end small text-secondary">更多>></a></div><ul class="list-unstyled p-2 mb-0">'
        + "".join(f'<li class="lh-3"><a href="{_a(c.doc_url(d))}">{escape(d.title)}</a></li>' for d in c.docs[:5])
        + "</ul></div></div>" for c in s.cols if c.parent == "信息公开")
    statics = "".join(f'<a href="/?{p}/" class="btn btn-light mb-2">{n}</a>' for p, n in _STATICS[1:])
    body = (f'<div class="container pages">\n{s.position([("信息公开", "/?xxgk/")])}<div class="sonsort mt-4 mb-4">{statics}</div>'
            f'<div class="row">{blocks}</div>\n</div>')
    s.res["/?xxgk/"] = s.page(f"信息公开-{GOV}", body)
    s.traps.append(Trap("/?xxgk/", "信息公开首页是各栏目区块和“更多”链接的导航页（区块不显示日期），不是栏目"))


def _home(s: _Site, jddt: Col, tzgg: Col, gfx: Col) -> None:
    by_date = sorted(tzgg.docs, key=lambda d: d.when, reverse=True)[:5]
    ticker = "".join(f'<li><a href="{_a(tzgg.doc_alias(d))}">{escape(d.title)}</a></li>' for d in by_date)
    for d in by_date:
        s.res[tzgg.doc_alias(d)] = s.res[tzgg.doc_url(d)]
        s.traps.append(Trap(tzgg.doc_alias(d), "首页滚动公告链接 /index.php?tzgg/N.html，是 /?tzgg/N.html 的同一文章"))

    def block(col: Col, n: int, style: str) -> str:
        rows = "".join(f'<li class="lh-3"><a href="{_a(col.doc_url(d))}">{escape(d.title)}</a>'
                       f'<span class="float-end text-secondary">{d.when:{style}}</span></li>'
                       for d in sorted(col.docs, key=lambda d: d.when, reverse=True)[:n])
        return (f'<div class="col-12 col-lg-4 mb-3"><div class="text-center fs-sm-28 fs-20 text-info">{col.name}</div>'
                f'<ul class="list-unstyled">{rows}</ul><a href="{_a(col.url())}" class="small text-secondary">更多>></a></div>')
    body = ('<div class="swiper-container"><div class="swiper-wrapper"><div class="swiper-slide">'
            '<img src="/static/upload/image/20210312/1615535011.jpg" alt="美丽芦汀"></div></div></div>\n'
            f'<div class="container"><div class="notice my-3"><b>通知公告：</b><ul class="list-inline">{ticker}</ul></div>\n'
            f'<div class="row">{block(jddt, 7, "%Y-%m-%d")}{block(tzgg, 6, "%m-%d")}{block(gfx, 5, "%Y-%m-%d")}</div>\n'
            f'<div class="about-home text-secondary"><h3>街道简介</h3><p>{STREET}位于{DISTRICT}中部。</p>'
            f'<a href="/?about/" class="btn btn-info">了解更多</a></div></div>')
    s.res["/"] = s.page(GOV, body)


NOT_FOUND = ('<!doctype html><html><head><meta charset="utf-8"><title>404 Not Found</title></head><body>'
             '<div style="text-align:center;margin-top:100px"><h1>404</h1><p>您访问的页面不存在，请核对后重试！</p>'
             '<a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"pboot offers only the small size, not {size!r}")
    s = _Site()
    jddt, tzgg = _news(s)
    gfx = _disclosure(s)
    s.render()
    _statics(s)
    _xxgk(s)
    _home(s, jddt, tzgg, gfx)
    for c in s.cols:
        for d in c.docs:
            for href in d.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("20210312/1615534802.png", "20210312/1615535011.jpg"):
        s.res[f"/static/upload/image/{img}"] = Resource(tiny_png(), "image/png")
    for img in ("qq.jpg", "user.png"):
        s.res[f"{TPL}/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res[f"{TPL}/bootstrap/css/bootstrap.min.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res[f"{TPL}/css/aoyun.css?v=v1.3.5"] = Resource(b".footer{color:#999}", "text/css")
    for js in ("js/jquery-1.12.4.min.js", "bootstrap/js/bootstrap.min.js", "js/aoyun.js?v=v1.2.2"):
        s.res[f"{TPL}/{js}"] = Resource(b"/* js */", "application/javascript")
    s.res["/core/code.php"] = Resource(tiny_png(), "image/png")
    s.key.append(Expected("footer", "/", "首页页脚只有单位名、ICP 备案号、地址和电话：缺网站标识码、公安机关备案号，无党政机关标识和找错入口",
                          probe="footer-lacks:网站标识码"))
    s.key.append(Expected("footer", jddt.doc_url(jddt.docs[0]), "栏目页、文章页、信息公开页同一页脚：缺网站标识码和公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=r"^/.+"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "PbootCMS 页面只有 keywords 和 description", probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap("/", "页脚的在线咨询、免费通话表单、微信扫一扫是模板自带的浮动客服块，不是检查项"))
    return PbootSite("pboot", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                     s.key, s.traps, frozenset())
