"""The "ezeip" sample site: a district government portal (枫林区人民政府) on 万户网络 ezEIP (ASP.NET,
`<wtl:…>` label templates; columns published static or dynamic column by column), UTF-8.

Chosen over 南威 Linewell and 拓尔思 海云 because the library holds ezEIP's own source and real ezEIP
addresses, and nothing rendered of the other two (`find_string "linewell"` finds only Java package names,
`"海云"` only unrelated companies).

Written from real ezEIP markup and code found with the library tools (`find_string`, `read_file`); sources:
  - ezEIP's own publishing code (`Whir_System_Module_Release_AsyncRelease`, `find_string "wtl:Pager"`): a
    column's pages are `<column.Path>/index.aspx` (its 首页 template), `<column.Path>/list.aspx` (its list) and
    `<column.Path>/info.aspx?itemId=N` (its content); a column whose CreateMode is 1 is published static, each
    address turned into a file by `GetHtmlUrl`: the `.aspx` dropped, every query pair appended as `_key_value`,
    `.html` added — so `list.aspx?page=2` is `list_page_2.html` and `info.aspx?itemid=N` is `info_itemid_N.html`
    (real static ezEIP articles: www.tatung.com.cn/ElectronicRecipes/info_itemid_225.html,
    en.gassensor.com.cn/ParticulateMatterSensor/info_itemid_104.html);
  - real dynamic ezEIP addresses quoted in public code: columns told apart only by the `lcid` query of one
    folder's `list.aspx` (`/DownloadCenter/list.aspx?lcid=8`, `…?lcid=18`, `…?lcid=7` of one site;
    www.job.ustc.edu.cn `Announcement/list.aspx?lcid=3`; www.gdjqbx.com `recruittalents/list.aspx?lcid=0`),
    articles `info.aspx?itemid=2301&lcid=139` (www.aosong.com), `info.aspx?itemid=1780&parent`, a column's
    `index_30.aspx?lcid=8` (www.etrlawfirm.com) and `rjxz/list_12.aspx?lcid=138` (www.mindvision.com.cn): newer
    ezEIP names a column's list script after the column id; uploads under `/uploadfiles/2023/05/….pdf` (www.levetop.cn; ezEIP's
    `UploadFilePath` is `uploadfiles/`);
  - ezEIP's `FontIndexRedirect` page: the site root redirects to `index.html` (CreateMode 1) or `index.aspx`;
  - ezEIP pager templates (`<wtl:Pager PageSize="7" TargetID="mylist1" Footer="5" IsNullShow="true">`, several
    ezEIP template copies): `<div class='Pages3'><span class='p_count'>共<b>2</b>页</span><span class='p_cur'>当前：
    第<b>1</b>页 </span><span class='p_page'><a href='{$FirstPageUrl}' class='a_first'>首页</a><a href=
    '{$PrevPageUrl}' class='a_prev'>上一页</a>…<a href='{$NextPageUrl}' class='a_next'>下一页</a><a href=
    '{$LastPageUrl}' class='a_end'>末页</a></span></div>` (no page numbers), and `<div class="Pages"><span
    class='p_total'>48条记录</span><span class='p_cur'>1</span><span class='p_count'>/4</span><span
    class='p_page'>…<em class='num'><a href='{$PageUrl}' class='{$PageNumClass}' id='pageNum{$PageNum}'>1</a>…
    </em>…`, the current number's class `a_cur`; `IsNullShow="true"` draws the pager on an empty list too.
Guessed, said as such: what `{$PrevPageUrl}` is on page 1 (`javascript:void(0);`, as a Java clone of the
ezEIP pager writes), the first-page link of a later page (`list_page_1.html` / `&page=1`, GetHtmlUrl's name for
`?page=1`, served as a copy of page 1), the 信息公开 metadata table and its labels (`文　　号` for 发文字号),
the 相关解读 box, the list row markup (`<li><a …>title</a><span>2026/11/18</span></li>`), the single pages
`<folder>/index.aspx`, the 政策解读 sidebar, the footer and its wording, the <meta> tags, the 浏览次数 script,
every page's wording and the 404 page.

Variety on purpose (what the other families do not have): static later pages named `list_page_N.html`; a
whole 信息公开 section whose columns share one address `/xxgk/list.aspx` and differ only by `lcid`, paged by
`&page=N`, with documents at `/xxgk/info.aspx?itemid=N&lcid=K`; a first-page alias on every later page's pager
(`list_page_1.html`, `&page=1`); a pager with no page numbers at all (首页/上一页/下一页/末页 and 共N页); an
empty list that still draws `共<b>0</b>页`; dynamic `info.aspx?itemid=N` aliases of static articles linked
from the home page; a root that redirects (`/index.aspx` → `/index.html`); list dates written `2026/11/18`;
a footer defect in ICP (not 网站标识码). Every planted defect is an `Expected` entry written before the tool
ran; things that must not be findings are `Trap`s. Changed after first contact (said here): a 规范性文件清理结果
notice was added to 通知公告 (its absence was a generator omission the tool rightly reported), and 互动交流
became two columns of one folder whose list scripts are named after their column ids (`/hdjl/list_52.aspx`,
empty, the `Expected` entry moved there from `/hdjl/zjdc/list.html`; `/hdjl/list_53.aspx?page=2`, a listed
column), added after a probe of that real naming found the tool merging such columns; and the home page's
通知公告 更多 links `list.aspx`, the script the static `list.html` is published from, added after a probe
found the tool counting that column twice; and the home page's 信息公开 block links its documents without the
column parameter (`/xxgk/info.aspx?itemid=N`, the list writes `&lcid=31`), added after a probe found the tool
reading them as second documents (the footer `Expected`'s pattern then admits both addresses of the template).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
DISTRICT = "枫林区"
GOV = "枫林区人民政府"
SITE_ID = "4419230008"
ICP = "粤ICP备13052641号"
HTML = "text/html; charset=utf-8"
DISCLOSURE_DOCS = r"^/xxgk/info\.aspx\?itemid=\d+(?:&lcid=\d+)?$"  # the 信息公开 content template, either address
FIRST_ALIAS = "分页条“首页”指向的 list_page_1.html / &page=1 是第 1 页的另一个地址，不是另一个栏目"


_ON = " class='aon'"  # the current menu item


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = GOV
    fields: dict[str, str] | None = None
    related: str = ""  # a 相关解读 / 相关文件 box
    files: list[tuple[str, str]] = field(default_factory=list)  # (href, name)
    listed: date | None = None  # the row's date when the list shows a regeneration day


@dataclass
class Col:
    path: str  # static: "/xwzx/flyw" (list.html, list_page_n.html); dynamic: "/xxgk" with lcid
    name: str
    section: str  # xwzx | xxgk | hdjl
    lcid: int = 0  # a dynamic column of /xxgk/list.aspx?lcid=K
    cid: int = 0  # a dynamic column whose list script is named after its id: /hdjl/list_52.aspx
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    pager: str = "total"  # total (p_total, numbers) | pages3 (共N页, no numbers)
    rows: str = "ul"  # ul (title, date) | table (文号) | pic (no dates)
    empty: str | None = None  # the text of an empty list
    zero_pager: bool = False  # an empty list that still draws 共0页 (IsNullShow)
    note: str = ""  # a 情况说明 instead of a list

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        if self.cid:
            return f"{self.path}/list_{self.cid}.aspx" + (f"?page={n}" if n > 1 else "")
        if self.lcid:
            return f"{self.path}/list.aspx?lcid={self.lcid}" + (f"&page={n}" if n > 1 else "")
        return f"{self.path}/list.html" if n == 1 else f"{self.path}/list_page_{n}.html"

    def first_alias(self) -> str:
        if self.cid:
            return f"{self.path}/list_{self.cid}.aspx?page=1"
        return f"{self.path}/list.aspx?lcid={self.lcid}&page=1" if self.lcid else f"{self.path}/list_page_1.html"

    def doc_url(self, d: Doc) -> str:
        if self.cid:
            return f"{self.path}/info_{self.cid}.aspx?itemid={d.id}"
        return f"{self.path}/info.aspx?itemid={d.id}&lcid={self.lcid}" if self.lcid else f"{self.path}/info_itemid_{d.id}.html"

    def alias_url(self, d: Doc) -> str:
        """The dynamic address of a static column's article (ezEIP serves both)."""
        return f"{self.path}/info.aspx?itemid={d.id}"


_SECTIONS = {"xwzx": ("新闻中心", "/xwzx/index.html"), "xxgk": ("政府信息公开", "/xxgk/index.aspx"),
             "hdjl": ("互动交流", "/hdjl/list_52.aspx")}
_NAV = (("网站首页", "/index.html"), ("新闻中心", "/xwzx/index.html"), ("政府信息公开", "/xxgk/index.aspx"),
        ("互动交流", "/hdjl/list_52.aspx"))


# ---------------------------------------------------------------- page shells

def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}" />\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.fenglin.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            f'<title>{escape(title)}</title>\n<meta name="keywords" content="{escape(GOV)}" />\n{metas}'
            '<link href="/res/css/style.css" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript" src="/res/js/jquery.min.js"></script>\n'
            '<script type="text/javascript" src="/res/js/layer/layer.js"></script>\n</head>\n')


def _top(current: str) -> str:
    items = "".join(f'<li{_ON if n == current else ""}><a href="{u}">{n}</a></li>' for n, u in _NAV)
    return ('<!--top-->\n<div class="Top"><div class="auto auto_1200"><div class="logo">'
            f'<a href="/index.html"><img src="/res/images/logo.png" alt="{GOV}" /></a></div>\n'
            '<div class="search"><form action="/search.aspx" method="get" target="_blank">'
            '<input type="text" name="key" class="text" placeholder="请输入关键字" /><input type="submit" class="btn" value="搜索" />'
            f'</form></div></div></div>\n<div class="Menu"><ul class="auto auto_1200">{items}</ul></div>\n<!--top End-->\n')


def _footer(icp: bool = True, home: bool = False) -> str:
    icp_line = f'<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>&nbsp;&nbsp;' if icp else ""
    marks = ('<div class="f_mark"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A8D4E7B1"'
             ' target="_blank"><img src="/res/images/red.png" alt="党政机关" /></a></span>\n'
             f'<script id="_jiucuo_" sitecode="{SITE_ID}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>\n') if home else ""
    return ('<!--bottom-->\n<div class="Bottom"><div class="auto auto_1200">\n'
            f'<p>主办：{GOV}办公室&nbsp;&nbsp;承办：{DISTRICT}政务服务数据管理局&nbsp;&nbsp;地址：{DISTRICT}枫林大道88号</p>\n'
            f'<p>{icp_line}网站标识码：{SITE_ID}&nbsp;&nbsp;<img src="/res/images/ga.png" alt="" />'
            '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44192302000133" target="_blank">'
            '粤公网安备 44192302000133号</a></p>\n'
            f'{marks}</div></div>\n<!--bottom End-->')


def _page(title: str, current: str, body: str, meta: dict[str, str], icp: bool = True, home: bool = False) -> Resource:
    html = (f"<!DOCTYPE html>\n<html lang=\"zh-cn\">\n{_head(title, meta)}<body>\n{_top(current)}{body}\n"
            f"{_footer(icp, home)}\n</body>\n</html>\n")
    return Resource(html.encode("utf-8"), HTML)


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


def _crumb(col: Col | None, tail: str = "") -> str:
    parts = ['<a href="/index.html">首页</a>']
    if col is not None:
        name, url = _SECTIONS[col.section]
        parts += [f'<a href="{_a(url)}">{name}</a>', f'<a href="{_a(col.url())}">{col.name}</a>']
    if tail:
        parts.append(f"<span>{tail}</span>")
    return '<div class="Position"><span>当前位置：</span>' + " &gt; ".join(parts) + "</div>"


# ---------------------------------------------------------------- lists

def _rows(col: Col, docs: list[Doc]) -> str:
    if not docs:
        return f'<div class="list_none">{col.empty}</div>' if col.empty else '<ul class="list_ul"></ul>'
    when = lambda d: f"{d.listed or d.when:%Y/%m/%d}"  # noqa: E731
    if col.rows == "table":
        trs = "".join(f'<tr><td class="tit"><a href="{_a(col.doc_url(d))}" title="{d.title}" target="_blank">{d.title}</a></td>'
                      f'<td>{(d.fields or {}).get("文　　号", "")}</td><td>{d.when:%Y-%m-%d}</td></tr>' for d in docs)
        return f'<table class="gk_list" width="100%"><tr><th>标题</th><th>文号</th><th>发布日期</th></tr>{trs}</table>'
    if col.rows == "pic":
        lis = "".join(f'<li><a href="{_a(col.doc_url(d))}" target="_blank"><img src="/uploadfiles/2026/11/pic{d.id}.jpg" '
                      f'alt="{d.title}" /><p>{d.title}</p></a></li>' for d in docs)
        return f'<ul class="pic_list">{lis}</ul>'
    lis = "".join(f'\n<li><a href="{_a(col.doc_url(d))}" title="{d.title}" target="_blank">{d.title}</a><span>{when(d)}</span></li>'
                  for d in docs)
    return f'<ul class="list_ul">{lis}\n</ul>'


def _pager(col: Col, n: int) -> str:
    pages = 0 if not col.docs else col.pages
    void = "javascript:void(0);"
    first = void if n == 1 else col.first_alias()
    prev = void if n == 1 else (col.first_alias() if n == 2 else col.url(n - 1))
    nxt = void if n >= pages else col.url(n + 1)
    last = void if n >= pages else col.url(pages)
    if col.pager == "pages3":
        return ("<div class='Pages3'>\n"
                f"<span class='p_count'>共<b>{pages}</b>页</span>\n<span class='p_cur'>当前：第<b>{n}</b>页 </span>\n"
                f"<span class='p_page'>\n<a href='{_a(first)}' class='a_first'>首页</a>\n<a href='{_a(prev)}' class='a_prev'>上一页</a>\n"
                f"<a href='{_a(nxt)}' class='a_next'>下一页</a>\n<a href='{_a(last)}' class='a_end'>末页</a>\n</span>\n</div>")
    nums = "".join(f"<a href='{_a(void if k == n else (col.first_alias() if k == 1 else col.url(k)))}' "
                   f"class='{'a_cur' if k == n else ''}' id='pageNum{k}'>{k}</a>" for k in range(1, pages + 1))
    return ("<div class=\"Pages\">\n"
            f"<span class='p_total'>{len(col.docs)}条记录</span>\n<span class='p_cur'>{n}</span><span class='p_count'>/{pages}</span>\n"
            f"<span class='p_page'>\n<a href='{_a(first)}' class='a_first'>首页</a>\n<a href='{_a(prev)}' class='a_prev'>上一页</a>\n"
            f"<em class='num'>{nums}</em>\n<a href='{_a(nxt)}' class='a_next'>下一页</a>\n"
            f"<a href='{_a(last)}' class='a_end'>尾页</a>\n</span>\n</div>")


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 6120
        self.sidebar = ""  # the 政策解读 box of disclosure pages (the newest interpretations)

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def side(self, col: Col) -> str:
        items = "".join(f'\n<li{_ON if c is col else ""}><a href="{_a(c.url())}">{c.name}</a></li>'
                        for c in self.cols if c.section == col.section)
        if col.section == "xxgk":
            items += "".join(f'\n<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
        return f'<div class="Left"><div class="l_tit"><h3>{_SECTIONS[col.section][0]}</h3></div><ul class="l_menu">{items}\n</ul></div>'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.note:
            inner = f'<div class="qksm"><p>{col.note}</p></div>'
        else:
            pager = _pager(col, n) if col.pages > 1 or col.zero_pager else ""
            inner = _rows(col, docs) + "\n<!--*pages*-->\n" + pager + "\n<!--*pages*-->"
        body = (f'<div class="Main auto auto_1200">\n{self.side(col)}\n<div class="Right">\n{_crumb(col)}\n'
                f'<div class="r_tit"><h2>{col.name}</h2></div>\n<div class="r_con">\n{inner}\n</div>\n</div>\n<div class="clear"></div>\n</div>')
        return _page(f"{col.name}-{GOV}", _SECTIONS[col.section][0], body, _col_meta(col.name))

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.listed or d.when, d.id), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            if col.pages > 1:
                self.res[col.first_alias()] = self.res[col.url(1)]
                self.traps.append(Trap(col.first_alias(), FIRST_ALIAS))
            for k, d in enumerate(col.docs):
                self.article(col, d, col.docs[k - 1] if k else None, col.docs[k + 1] if k + 1 < len(col.docs) else None)

    def article(self, col: Col, d: Doc, newer: Doc | None, older: Doc | None) -> None:
        info = ""
        if d.fields is not None:
            cells = [f'<td class="t">{k}：</td><td class="c">{v}</td>' for k, v in d.fields.items()]
            info = ('<div class="xxgk_info"><table width="100%" cellpadding="0" cellspacing="0">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table></div>")
        files = ""
        if d.files:
            links = "".join(f'<li><a href="{_a(h)}" target="_blank">{name}</a></li>' for h, name in d.files)
            files = f'<div class="info_file"><b>附件：</b><ul>{links}</ul></div>'
        nav = lambda label, x: f'<p>{label}：' + (f'<a href="{_a(col.doc_url(x))}">{x.title}</a>' if x else "没有了") + "</p>"  # noqa: E731
        sidebar = self.sidebar if col.section == "xxgk" and col.name != "政策解读" else ""
        body = (f'<div class="Main auto auto_1200">\n{self.side(col)}\n<div class="Right">\n{_crumb(col, "正文")}\n'
                f'<div class="info_box">{info}\n<div class="info_tit"><h2>{d.title}</h2>\n'
                f'<p><span>发布时间：{d.when:%Y-%m-%d}</span><span>来源：{d.source}</span><span>浏览次数：'
                f'<script type="text/javascript" src="/ajax/hits.aspx?itemid={d.id}"></script></span></p></div>\n'
                f'<div class="info_con">{d.body}</div>\n{files}{d.related}\n'
                f'<div class="info_page">{nav("上一篇", newer)}{nav("下一篇", older)}</div>\n</div>\n'
                f'{sidebar}</div>\n<div class="clear"></div>\n</div>')
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.listed or d.when:%Y-%m-%d} 09:00",
                "ContentSource": d.source}
        page = _page(f"{d.title}-{GOV}", _SECTIONS[col.section][0], body, meta, icp=col.section != "xxgk")
        self.res[col.doc_url(d)] = page
        self.res[f"/ajax/hits.aspx?itemid={d.id}"] = Resource(b"document.write('1');", "application/javascript")


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_SUBJECTS = ("召开区政府常务会议", "开展安全生产检查", "推进城市更新项目", "召开三防工作部署会", "督导民生实事进度",
             "开展文明城市创建活动", "走访重点企业", "召开森林防火工作会议", "举办农民丰收节",
             "推进老旧小区改造", "开展义务教育质量督导", "召开招商引资推进会")
_STREETS = ("枫林街道", "石湾街道", "龙潭镇", "沙溪镇")
_STATICS = (("/xxgk/gkzn/index.aspx", "政府信息公开指南"), ("/xxgk/gkzd/index.aspx", "政府信息公开制度"),
            ("/xxgk/jgzn/index.aspx", "机构职能"), ("/xxgk/ysqgk/index.aspx", "依申请公开"))
BROKEN_IMAGE = "/uploadfiles/2026/11/202611181530227461.jpg"
BROKEN_PDF = "/uploadfiles/2026/03/202603271104331852.pdf"
DELETED = "/xwzx/fnyw/info_itemid_5998.html"


def _news(s: _Site) -> tuple[Col, Col]:
    fnyw = Col("/xwzx/fnyw", "枫林要闻", "xwzx", per_page=15)
    for i in range(38):
        fnyw.docs.append(s.doc(f"{DISTRICT}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{DISTRICT}{_SUBJECTS[i % 12]}。", "会议强调，要压实工作责任，确保各项任务落地见效。"),
                               source=f"{DISTRICT}融媒体中心"))
    fnyw.docs[3].body += f'<p style="text-align:center;"><img src="{BROKEN_IMAGE}" width="600" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404（/uploadfiles 上传路径）", probe="status:404"))
    fnyw.docs[5].body += f'<p>相关阅读：<a href="{DELETED}">我区召开全区经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    good = "/uploadfiles/2026/11/202611161020114503.jpg"
    fnyw.docs[7].body += f'<p style="text-align:center;"><img src="{good}" width="600" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")

    bmdt = Col("/xwzx/bmdt", "部门动态", "xwzx", per_page=12, pager="pages3")
    for i in range(22):
        bmdt.docs.append(s.doc(f"{('区发展改革局', '区教育局', '区卫生健康局', '区农业农村局')[i % 4]}{_SUBJECTS[(i + 3) % 12]}",
                               date(2026, 10, 20) - timedelta(days=i * 5)))
    s.key.append(Expected("stale-columns", bmdt.url(), "动态类栏目最新信息 2026-10-20，超过 14 天", probe="newest:2026-10-20"))

    zjdt = Col("/xwzx/zjdt", "镇街动态", "xwzx", per_page=10, pager="pages3")
    for i in range(17):
        zjdt.docs.append(s.doc(f"{_STREETS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", AS_OF - timedelta(days=2 + i * 4)))

    tpxw = Col("/xwzx/tpxw", "图片新闻", "xwzx", rows="pic")
    for i in range(8):
        tpxw.docs.append(s.doc(f"图说{DISTRICT}：{_SUBJECTS[(i + 7) % 12]}", AS_OF - timedelta(days=3 + i * 6)))
    s.traps.append(Trap(tpxw.url(), "图片新闻列表只有图片和标题（日期在文章页），不是空栏目，最新文章日期未超期"))

    tzgg = Col("/xwzx/tzgg", "通知公告", "xwzx", per_page=12)
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于做好{('秋冬季森林防火', '节假日安全生产', '登革热防控', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 4, 10) - timedelta(days=i * 11), source=f"{GOV}办公室"))
    s.key.append(Expected("stale-columns", tzgg.url(), "通知公告最新信息 2026-04-10，超过 6 个月", probe="newest:2026-04-10"))
    tzgg.docs[1].files.append((BROKEN_PDF, "报名表.pdf"))
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs[2].files.append(("/uploadfiles/2026/03/202603201630058817.pdf", "实施方案.pdf"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                           _paras("经清理，继续有效的行政规范性文件28件，宣布失效3件，废止2件。", GOV, "2026年3月16日")))
    for c in (fnyw, bmdt, zjdt, tpxw, tzgg):
        s.cols.append(c)
    return fnyw, tzgg


# Normative documents (subject, defect): missing / late / unlinked / meta:<label>
_NORMATIVE = (("农村集体资产管理", ""), ("城区停车管理", "missing"), ("建设用地审批管理", "meta:文号"),
              ("政府投资项目管理", "late"), ("中小企业扶持资金管理", "unlinked"), ("城镇老旧小区改造", ""),
              ("农村宅基地管理", "meta:有效性"), ("公共租赁住房管理", "meta:成文日期"), ("住房公积金提取管理", ""))


def _disclosure(s: _Site) -> None:
    gfx = Col("/xxgk", "规范性文件", "xxgk", lcid=31, per_page=6, rows="table")
    zcjd = Col("/xxgk", "政策解读", "xxgk", lcid=32, per_page=6, pager="pages3")
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 28) - timedelta(days=26 * k)
        d = s.doc(f"{GOV}关于印发《{DISTRICT}{subject}办法》的通知", when)
        d.fields = {"索引号": f"11441923MB2C81736P/{when.year}-{k + 23:05d}", "主题分类": "综合政务", "发布机构": GOV,
                    "文　　号": f"枫府规〔{when.year}〕{12 - k}号", "成文日期": f"{when - timedelta(days=4):%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if defect == "meta:文号":
            d.fields["文　　号"] = ""
        elif defect.startswith("meta:"):
            del d.fields[defect[5:]]
        short = f"{DISTRICT}{subject}办法"
        d.body = _paras("各镇人民政府、街道办事处，区政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        GOV, f"{when.year}年{when.month}月{when.day}日")
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if defect.startswith("meta:"):
            label = "发文字号" if defect == "meta:文号" else defect[5:]
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{label}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读（页面侧栏的“政策解读”不是本文件的解读）",
                                  probe="no-interp"))
            continue
        lag = 12 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"一图读懂《{short}》", f"关于《{short}》的解读")[k % 3], when + timedelta(days=lag),
                  _paras("一、起草背景", "二、主要内容", "三、政策亮点"), source=f"{GOV}办公室")
        if defect != "unlinked":
            i.related = f'<div class="xgwz"><h4>相关文件：</h4><ul><li><a href="{_a(url)}">{d.title}</a></li></ul></div>'
            d.related = f'<div class="xgwz"><h4>相关解读：</h4><ul><li><a href="{_a(zcjd.doc_url(i))}">{i.title}</a></li></ul></div>'
            if defect == "":
                s.traps.append(Trap(url, "文件与解读互相链接（相关解读 / 相关文件），解读已及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps
    for n in range(5):  # interpretations of the district's other policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{DISTRICT}{('优化营商环境', '促进消费', '稳岗就业', '乡村振兴', '数字经济')[n]}若干措施》解读",
                               date(2026, 11, 12) - timedelta(days=9 * n), _paras("一、出台背景", "二、主要措施"), source=f"{GOV}办公室"))
    newest = sorted(zcjd.docs, key=lambda x: (x.when, x.id), reverse=True)[:5]
    s.sidebar = ('<div class="side_jd"><h3>政策解读</h3><ul>'
                 + "".join(f'<li><a href="{_a(zcjd.doc_url(x))}">{x.title}</a></li>' for x in newest) + "</ul></div>")
    assert not any(i in newest for i in interps if "中小企业" in i.title)  # the unlinked one is not in the sidebar

    rsxx = Col("/xxgk", "人事信息", "xxgk", lcid=33)
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('陈', '林', '黄', '李')[n % 4]}某某等同志职务任免的通知", date(2025, 9, 30) - timedelta(days=47 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-09-30，超过 1 年", probe="newest:2025-09-30"))

    ghjh = Col("/xxgk", "规划计划", "xxgk", lcid=34)
    for n in range(12):
        d = s.doc(f"{DISTRICT}{('农业农村', '交通运输', '生态环境', '文化旅游')[n % 4]}发展规划实施情况（{n + 1}）",
                  date(2026, 8, 15) - timedelta(days=30 * n))
        d.listed = date(2026, 11, 2)
        ghjh.docs.append(d)
    s.traps.append(Trap(ghjh.url(), "列表日期都是再生成日 2026/11/02；文章显示的最新日期 2026-08-15 也在 1 年内：不是过期栏目"))

    czzj = Col("/xxgk", "财政资金", "xxgk", lcid=35, empty="暂无数据！")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（只有“暂无数据！”）", probe="no-rows"))
    zdxm = Col("/xxgk", "重大项目", "xxgk", lcid=36, zero_pager=True)
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目为空（分页条写“0条记录 1/0”）", probe="no-rows"))
    tjxx = Col("/xxgk", "统计信息", "xxgk", lcid=37,
               note="情况说明：本区统计信息由区统计局统一发布，详见区统计局网站“统计数据”栏目；本栏目不单独发布。")
    s.traps.append(Trap(tjxx.url(), "只有情况说明的栏目不是空白栏目"))

    ndbg = Col("/xxgk", "政府信息公开年报", "xxgk", lcid=38)
    published = {2025: date(2026, 3, 20), 2023: date(2024, 4, 15), 2022: date(2023, 3, 31), 2021: date(2022, 3, 28),
                 2020: date(2021, 3, 26)}
    for year, when in published.items():
        title = f"{GOV}{year}年度政府信息公开工作报告" if year == 2021 else f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 13))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-15 发布，晚于 3 月 31 日",
                                  match=(DISTRICT, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在截止日 3 月 31 日当天发布，不算逾期"))
        elif year == 2021:
            s.traps.append(Trap(ndbg.doc_url(d), "标题写作“2021年度政府信息公开工作报告”的年报是合规年报"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告",
                          match=(DISTRICT, "2024"), probe="no-report:2024"))
    for c in (gfx, zcjd, rsxx, ghjh, czzj, zdxm, tjxx, ndbg):
        s.cols.append(c)


def _statics(s: _Site) -> None:
    texts = {"政府信息公开指南": (_paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。",
                                   "一、主动公开　二、依申请公开　三、监督和救济"), date(2026, 3, 1)),
             "政府信息公开制度": (_paras("本区建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"), None),
             "机构职能": (_paras(f"{GOV}是区级国家行政机关，执行区人民代表大会及其常务委员会的决议。"), None),
             "依申请公开": (_paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：区政府办公室。"), None)}
    for url, name in _STATICS:
        text, when = texts[name]
        col = Col(url.removesuffix("/index.aspx"), name, "xxgk")
        shown = f'<p><span>发布时间：{when:%Y-%m-%d}</span></p>' if when else ""
        body = (f'<div class="Main auto auto_1200">\n{s.side(col)}\n<div class="Right">\n'
                f'<div class="Position"><span>当前位置：</span><a href="/index.html">首页</a> &gt; <a href="/xxgk/index.aspx">政府信息公开</a> &gt; <span>{name}</span></div>\n'
                f'<div class="info_box"><div class="info_tit"><h2>{name}</h2>{shown}</div><div class="info_con">{text}</div></div>'
                '\n</div>\n<div class="clear"></div>\n</div>')
        meta = {**_col_meta(name), **({"PubDate": f"{when:%Y-%m-%d} 10:00"} if when else {})}
        s.res[url] = _page(f"{name}-{GOV}", "政府信息公开", body, meta)
        if when is None:
            s.traps.append(Trap(url, "无日期的单页栏目，不是过期栏目"))
    links = "".join(f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in s.cols if c.section == "xxgk")
    statics = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
    body = (f'<div class="Main auto auto_1200"><div class="Position"><span>当前位置：</span><a href="/index.html">首页</a> &gt; '
            f'<span>政府信息公开</span></div><div class="gk_index"><ul class="gk_top">{statics}</ul>'
            f'<h3>法定主动公开内容</h3><ul class="gk_cats">{links}</ul></div></div>')
    s.res["/xxgk/index.aspx"] = _page(f"政府信息公开-{GOV}", "政府信息公开", body, _col_meta("政府信息公开"))
    s.traps.append(Trap("/xxgk/index.aspx", "政府信息公开首页是导航页（各栏目入口），不是栏目"))


def _channel(s: _Site) -> None:
    """新闻中心: a block of each child column's newest rows with its 更多 link; a channel page, not a column."""
    blocks = "".join(
        f'<div class="xw_box"><div class="xw_tit"><h3>{c.name}</h3><a href="{_a(c.url())}" class="more">更多+</a></div>'
        '<ul>' + "".join(f'<li><a href="{_a(c.doc_url(d))}" title="{d.title}">{d.title}</a><span>{d.when:%Y-%m-%d}</span></li>'
                         for d in c.docs[:5]) + "</ul></div>"
        for c in s.cols if c.section == "xwzx" and c.rows != "pic")
    body = (f'<div class="Main auto auto_1200"><div class="Position"><span>当前位置：</span><a href="/index.html">首页</a> &gt; '
            f'<span>新闻中心</span></div><div class="xwzx_index">{blocks}</div></div>')
    s.res["/xwzx/index.html"] = _page(f"新闻中心-{GOV}", "新闻中心", body, _col_meta("新闻中心"))
    s.traps.append(Trap("/xwzx/index.html", "新闻中心是频道页（各子栏目区块和“更多”链接），不是栏目"))


def _home(s: _Site, fnyw: Col, tzgg: Col) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<div class="i_box"><div class="i_tit"><h3>{title}</h3><a href="{_a(more)}" class="more">更多</a></div>'
                f"<ul>{rows}</ul></div>")
    yw = "".join(f'<li><a href="{_a(fnyw.doc_url(d))}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'
                 for d in fnyw.docs[:8])
    # The notices block is a dynamic wtl:list: it links the dynamic aliases of the static articles.
    tz = "".join(f'<li><a href="{_a(tzgg.alias_url(d))}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'
                 for d in tzgg.docs[:6])
    gfx = next(c for c in s.cols if c.name == "规范性文件")
    # The 信息公开 block leaves out the column parameter (info.aspx?itemid=N; added after first contact).
    gk = "".join(f'<li><a href="/xxgk/info.aspx?itemid={d.id}">{d.title}</a><span>{d.when:%m-%d}</span></li>' for d in gfx.docs[:4])
    for d in gfx.docs[:4]:
        s.res[f"/xxgk/info.aspx?itemid={d.id}"] = s.res[gfx.doc_url(d)]
        s.traps.append(Trap(f"/xxgk/info.aspx?itemid={d.id}", "首页信息公开区块链接的 info.aspx?itemid=N 与列表的 "
                            "info.aspx?itemid=N&lcid=31 是同一文件（省略栏目参数），不是另一份文件"))
    # 更多 of the notices block names the script the static list is published from (added after first contact).
    dynamic_list = f"{tzgg.path}/list.aspx"
    s.res[dynamic_list] = s.res[tzgg.url()]
    s.traps.append(Trap(dynamic_list, "首页“更多”链接的 list.aspx 是静态列表 list.html 的动态地址（同一栏目），不是另一个栏目"))
    body = ('<div class="Main auto auto_1200 i_main">' + block("枫林要闻", fnyw.url(), yw) + block("通知公告", dynamic_list, tz)
            + block("政府信息公开", "/xxgk/index.aspx", gk) + "</div>")
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res["/"] = s.res["/index.html"] = _page(GOV, "网站首页", body, meta, home=True)
    s.res["/index.aspx"] = Resource(b"", "text/html; charset=utf-8", 302, "/index.html")
    s.traps.append(Trap("/", "页脚有主办、网站标识码、ICP 备案号、粤公网安备号、党政机关标识和找错入口：标识齐全"))
    for d in tzgg.docs[:6]:
        s.res[tzgg.alias_url(d)] = s.res[tzgg.doc_url(d)]
        s.traps.append(Trap(tzgg.alias_url(d), "首页通知公告区块链接的是静态文章的动态地址 info.aspx?itemid=N（同一篇文章）"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404-您访问的页面不存在</title></head><body>'
             '<div class="err404"><h1>404</h1><p>对不起，您访问的页面不存在或已被删除！</p><a href="/index.html">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"ezeip offers only the small size, not {size!r}")
    s = _Site()
    fnyw, tzgg = _news(s)
    _disclosure(s)
    # 互动交流 (added after first contact): two columns of one folder, each list script named after
    # its column id (newer ezEIP: list_52.aspx, list_53.aspx), one empty, one listed.
    zjdc = Col("/hdjl", "征集调查", "hdjl", cid=52)
    s.key.append(Expected("empty-columns", zjdc.url(), "征集调查栏目列表区什么也没有（与在线访谈同一目录，list_52.aspx）", probe="no-rows"))
    zxft = Col("/hdjl", "在线访谈", "hdjl", cid=53, per_page=5)
    for n in range(7):
        zxft.docs.append(s.doc(f"在线访谈：{('区教育局', '区卫生健康局', '区住房城乡建设局', '区人力资源社会保障局')[n % 4]}"
                               f"局长谈{('义务教育', '基层医疗', '老旧小区改造', '稳岗就业')[n % 4]}（第{n + 1}期）",
                               date(2026, 10, 30) - timedelta(days=21 * n), _paras("访谈实录。"), source=f"{GOV}办公室"))
    s.traps.append(Trap(zxft.url(), "list_53.aspx 是栏目 53 的列表（文件名里的数字是栏目号，不是页码），最新访谈在 1 年内"))
    s.cols += [zjdc, zxft]
    s.render()
    _statics(s)
    _channel(s)
    _home(s, fnyw, tzgg)
    for c in s.cols:
        for d in c.docs:
            if c.rows == "pic":
                s.res[f"/uploadfiles/2026/11/pic{d.id}.jpg"] = Resource(tiny_png(), "image/jpeg")
            for href, _ in d.files:
                if href != BROKEN_PDF:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("logo.png", "red.png", "ga.png"):
        s.res[f"/res/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/res/css/style.css"] = Resource(b"body{font-size:14px}", "text/css")
    for js in ("/res/js/jquery.min.js", "/res/js/layer/layer.js"):
        s.res[js] = Resource(b"/* ezeip */", "application/javascript")
    example = next(c for c in s.cols if c.name == "规范性文件")
    s.key.append(Expected("footer", example.doc_url(example.docs[0]), "信息公开文件页（info.aspx）模板页脚缺 ICP 备案号",
                          probe=f"footer-lacks:{ICP}", url_pattern=DISCLOSURE_DOCS))
    return SampleSite("ezeip", size, AS_OF, dict(sorted(s.res.items())),
                      Resource(NOT_FOUND.encode(), "text/html; charset=utf-8", 404), s.key, s.traps, frozenset())
