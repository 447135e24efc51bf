"""The "cicro" sample site: a district government portal (澄源区人民政府) on 中网 Cicro WCM 网站群 (JSP, static `.htm`
pages generated beside the `/info/iList.jsp`, `/info/iIndex.jsp` and `/info/contentView.jsp` dynamic pages, a
政务公开 catalogue under `/gk/` whose lists are served only dynamically), UTF-8.

Written from real Cicro markup and code found with the library tools (`find_string`, `read_file`); sources:
  - Cicro WCM's decompiled classes (373974360/cicroCms, `com.cicro.wcm.services.cms.category.CategoryUtil`):
    the trail (`getCategoryPosition`) starts with 首页 at `/`, then links each ancestor column as
    `/info/iIndex.jsp?cat_id=N` when it has child columns and `/info/iList.jsp?cat_id=N` otherwise (the
    dynamic addresses, never the static pages); the 政务公开 application's folders are `"/gk" + cat_ename/…`
    (`ZWGK_FOLDER = "/gk"`, `getFoldePathByCategoryID`); the article preview `/info/contentView.jsp?info_id=N`
    (manager pages `articleView.jsp`, the count lists);
  - its home-module script (`module_content`: `var ahref = "/info/iList.jsp?cat_id="+datasouce_str;`
    `currentObj.find("h2 a").attr("href",ahref); currentObj.find(".more a").attr("href",ahref);`): a home
    block's heading and 更多 link go to the dynamic list;
  - the 政务公开 metadata (`com.deya.wcm.bean.cms.info.GKInfoBean`, the fork's same bean): 索引号 gk_index,
    文号 doc_no, 生成日期 generate_dtime, 生效日期, 废止日期, 主题分类, 体裁分类, 服务对象分类, 信息有效性
    gk_validity, 发布机构 gk_input_dept, 签发人;
  - rendered sites, by the selectors and addresses of public scrapers: kjt.shaanxi.gov.cn (RSSHub
    `/gov/shaanxi/kjt`: `/view/iList.jsp?cat_id=221`, rows `.textlist li a` whose date is the link's previous
    sibling, `.catnm` the column name, body `.info_content`, `<meta name="PubDate">`, `<meta name="Author">`);
    www.shaanxi.gov.cn (a Jsoup scraper: `/info/iList.jsp?node_id=GKszfbgt&file_head=…&tm_id=69&cur_page=N`,
    rows `div.gk_main > div.gk_list.right > table > tbody > tr > td > a`, the 文号 cell `td.textCenter`, the
    date the third cell); kqwww.fmmu.edu.cn (`/info/iList.jsp?cat_id=10003&cur_page=1`, `cur_page=\\d{1,3}`);
    www.yidaiyilu.gov.cn (`/info/iList.jsp?cat_id=10005`, static articles `/xwzx/hwxw/41021.htm`); www.wngaj.gov.cn
    (`/info/iList.jsp?cat_id=1315`, `news_list_r_list`, `news_content_l_content`); a site probe's test
    (`<div><span>通知公告</span><a href="info/iList.jsp?cat_id=10495">更多</a></div>`, static `lbxw/index.htm`).
Guessed, said as such: the static list page 1 at `<folder>/index.htm` with every later page (and the pager's
首页) only at `iList.jsp?…&cur_page=N`; the pager's wording; the static articles of the 政务公开 catalogue at
`/gk/<ename>/<info_id>.htm`; the `tm_id` values naming each catalogue column; the metadata table's layout;
the left column menus linking the static page 1; the 相关链接 box joining documents and interpretations; the 页面生成时间 line of the static pages; the footer
(网站标识码, 晋ICP备, 晋公网安备); the picture list's markup; every page's wording and the 404 page.

Variety on purpose: trails that name every column by its dynamic address; a home page whose blocks link the
dynamic lists; later pages only dynamic, page 1 twice more (`iList.jsp?cat_id=N`, `…&cur_page=1`); list rows
whose date comes before the link; the 政务公开 columns served only at `iList.jsp?node_id=…&tm_id=T` (columns
differing only in a parameter's value), as tables with a 文号 column; normative documents labelled 文号 and
生成日期 (not 发文字号/成文日期) and 信息有效性; an interpretation linking its document by
`contentView.jsp?info_id=N`; channel pages at `iIndex.jsp`; a dateless picture list; a 页面生成时间 line
(the day of the last regeneration) on every static page. Every planted defect is an `Expected` entry written
before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
DISTRICT = "澄源区"
GOV = "澄源区人民政府"
SITE_ID = "1407050008"
HTML = "text/html; charset=utf-8"
NODE = "GKcyqzf"  # the district government's node in the 政务公开 catalogue
GK_ARTICLE = r"^/gk/\w+/\d+\.htm$"  # the 政务公开 article template
GENERATED = "2026-11-20 03:15"
ON = ' class="on"'  # the nightly regeneration of the static pages


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
    related: list[tuple[str, str]] = field(default_factory=list)  # 相关链接: (href, title)
    files: list[str] = field(default_factory=list)


@dataclass
class Col:
    cat: int  # cat_id (cms) or tm_id (政务公开)
    name: str
    folder: str  # "/xwzx/cyyw/" (cms) or "/gk/gfxwj/" (政务公开: its articles' folder only)
    parent: int  # the channel's cat_id (cms) or 0 (政务公开)
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    rows: str = "text"  # text | pic
    gk: bool = False
    note: str = ""

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    @property
    def dyn(self) -> str:
        return f"/info/iList.jsp?node_id={NODE}&tm_id={self.cat}" if self.gk else f"/info/iList.jsp?cat_id={self.cat}"

    def url(self, n: int = 1) -> str:
        """Page n as the site links it: the static page 1 (cms), else the dynamic address."""
        if n == 1:
            return self.dyn if self.gk else f"{self.folder}index.htm"
        return f"{self.dyn}&cur_page={n}"

    def doc_url(self, d: Doc) -> str:
        return f"{self.folder}{d.id}.htm"


def alias(d: Doc) -> str:
    return f"/info/contentView.jsp?info_id={d.id}"


_CHANNELS = {10010: "新闻中心", 10030: "互动交流"}
_MENU = (("首页", "/"), ("新闻中心", "/info/iIndex.jsp?cat_id=10010"), ("政务公开", "/gk/index.htm"),
         ("互动交流", "/info/iIndex.jsp?cat_id=10030"))


# ---------------------------------------------------------------- page shells

def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.chengyuan.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f"<title>{escape(title)}</title>\n{metas}"
            '<link href="/sys/cms_res/css/style.css" rel="stylesheet" type="text/css" />\n'
            '<script type="text/javascript" src="/sys/js/jquery.js"></script>\n</head>\n')


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


def _top() -> str:
    items = "".join(f'<li><a href="{_a(u)}">{n}</a></li>' for n, u in _MENU)
    return ('<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="澄源区人民政府" /></a></div>\n'
            '<div class="search"><form action="/search/search.jsp" method="get" target="_blank">'
            '<input type="text" name="q" class="s_text" /><input type="submit" value="搜索" class="s_btn" /></form></div>\n'
            f'</div>\n<div class="nav"><ul>{items}</ul></div>\n')


def _footer(police: bool = True, generated: bool = True) -> str:
    record = ('&nbsp;&nbsp;<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=14070502000117" '
              'target="_blank"><img src="/images/ga.png" />晋公网安备 14070502000117号</a>') if police else ""
    gen = f'<p class="gen">页面生成时间：{GENERATED}</p>' if generated else ""
    return ('<div class="footer">\n'
            f'<p>主办：{GOV}办公室&nbsp;&nbsp;承办：{DISTRICT}大数据中心&nbsp;&nbsp;地址：{DISTRICT}源水大街66号&nbsp;&nbsp;电话：0354-5321100</p>\n'
            f'<p>网站标识码：{SITE_ID}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">晋ICP备05004417号</a>{record}</p>\n'
            f'{gen}</div>\n')


def _page(title: str, body: str, meta: dict[str, str], police: bool = True, generated: bool = True) -> Resource:
    html = f"{_head(title, meta)}<body>\n{_top()}<div class=\"main\">\n{body}\n</div>\n{_footer(police, generated)}</body>\n</html>\n"
    return Resource(html.encode("utf-8"), HTML)


def _position(steps: list[tuple[str, str]]) -> str:
    """CategoryUtil.getCategoryPosition: 首页 at /, then each column at its dynamic address."""
    links = " &gt; ".join(['<a href="/">首页</a>', *(f'<a href="{_a(u)}">{n}</a>' for n, u in steps)])
    return f'<div class="position">当前位置：{links}</div>'


def _steps(col: Col) -> list[tuple[str, str]]:
    if col.gk:
        return [("政务公开", "/gk/index.htm"), (col.name, col.dyn)]
    return [(_CHANNELS[col.parent], f"/info/iIndex.jsp?cat_id={col.parent}"), (col.name, col.dyn)]


# ---------------------------------------------------------------- lists

def _rows(col: Col, docs: list[Doc]) -> str:
    if col.gk:
        head = '<tr class="head"><th>名称</th><th>文号</th><th>发布日期</th></tr>'
        trs = "".join(f'\n<tr><td><a href="{_a(col.doc_url(d))}" target="_blank" title="{d.title}">{d.title}</a></td>'
                      f'<td class="textCenter">{(d.fields or {}).get("文号", "")}</td><td>{d.when:%Y-%m-%d}</td></tr>' for d in docs)
        empty = '\n<tr><td colspan="3" class="textCenter">暂无信息</td></tr>' if not docs else ""
        return f'<table width="100%" cellspacing="0" cellpadding="0"><tbody>{head}{trs}{empty}\n</tbody></table>'
    if col.rows == "pic":
        lis = "".join(f'\n<li><a href="{_a(col.doc_url(d))}" target="_blank"><img src="/images/upload/{d.when:%Y%m}/p{d.id}.jpg" '
                      f'width="200" height="140" /></a><p><a href="{_a(col.doc_url(d))}" target="_blank" title="{d.title}">{d.title}</a></p></li>'
                      for d in docs)
        return f'<ul class="piclist">{lis}\n</ul>'
    lis = "".join(f'\n<li><span>{d.when:%Y-%m-%d}</span><a href="{_a(col.doc_url(d))}" target="_blank" title="{d.title}">{d.title}</a></li>'
                  for d in docs)
    return f'<ul class="textlist">{lis}\n</ul>'


def _pager(col: Col, n: int) -> str:
    """Every page of the pager at iList.jsp?…&cur_page=k (page 1 too): the static page 1 links only page 2 onwards."""
    pages, total = col.pages, len(col.docs)
    go = lambda k: _a(f"{col.dyn}&cur_page={k}")  # noqa: E731
    html = f'<div class="page">共{total}条&nbsp;每页{col.per_page}条&nbsp;页次：{n}/{pages}&nbsp;'
    html += "首页&nbsp;上一页" if n == 1 else f'<a href="{go(1)}">首页</a>&nbsp;<a href="{go(n - 1)}">上一页</a>'
    html += (f'&nbsp;<a href="{go(n + 1)}">下一页</a>&nbsp;<a href="{go(pages)}">尾页</a>' if n < pages else "&nbsp;下一页&nbsp;尾页")
    return html + "</div>"


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 41010
        self.aliases: list[tuple[Col, Doc]] = []  # articles also linked at contentView.jsp?info_id=N

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 3
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def nav(self, col: Col) -> str:
        sib = [c for c in self.cols if c.gk == col.gk and c.parent == col.parent]
        lis = "".join(f'<li{ON if c is col else ""}><a href="{_a(c.url())}">{c.name}</a></li>' for c in sib)  # static page 1 (cms)
        if col.gk:
            lis += "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
            return f'<div class="gk_tree left"><h3>政务公开目录</h3><ul>{lis}</ul></div>\n'
        return f'<div class="list_left left"><h3>{_CHANNELS[col.parent]}</h3><ul>{lis}</ul></div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.note:
            inner = f'<div class="info_content"><p>{col.note}</p></div>'
        else:
            inner = _rows(col, docs) + ("\n" + _pager(col, n) if col.pages > 1 else "")
        if col.gk:
            body = f'<div class="gk_main">{self.nav(col)}<div class="gk_list right">{_position(_steps(col))}\n{inner}\n</div></div>'
        else:
            body = (f'<div class="list_main">{self.nav(col)}<div class="list_right right">{_position(_steps(col))}\n'
                    f'<div class="catnm">{col.name}</div>\n{inner}\n</div></div>')
        # The static page 1 carries the regeneration line; iList.jsp answers live.
        return _page(f"{col.name}-{GOV}", body, _col_meta(col.name), generated=not col.gk and n == 1)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            first = self.list_page(col, 1)
            self.res[col.url(1)] = first
            if not col.gk:
                self.res[col.dyn] = first  # the home block, trail and menu address of page 1
                self.traps.append(Trap(col.dyn, "iList.jsp?cat_id=N 是栏目静态首页的动态地址，与静态栏目是同一栏目"))
            for n in range(2, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                self.traps.append(Trap(col.url(n), LATER_PAGE))
            if col.pages > 1:
                self.res[f"{col.dyn}&cur_page=1"] = first
                self.traps.append(Trap(f"{col.dyn}&cur_page=1", "分页条“首页”链接的 cur_page=1 是栏目第 1 页，同一栏目"))
            for d in col.docs:
                self.article(col, d)
        for col, d in self.aliases:  # contentView.jsp renders the same article
            self.res[alias(d)] = self.res[col.doc_url(d)]

    def article(self, col: Col, d: Doc) -> None:
        info = ""
        if d.fields is not None:
            cells = [f'<td class="t">{k}：</td><td class="c">{v}</td>' for k, v in d.fields.items()]
            info = ('<table class="gk_xxgk" width="100%" cellspacing="0" cellpadding="0">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>\n")
        files = "".join(f'<p class="fj">附件：<a href="{_a(h)}">{h.rsplit("/", 1)[1]}</a></p>\n' for h in d.files)
        related = ""
        if d.related:
            related = ('<div class="xglj"><h4>相关链接</h4><ul>'
                       + "".join(f'<li><a href="{_a(h)}" target="_blank">{t}</a></li>' for h, t in d.related) + "</ul></div>\n")
        body = (f'<div class="info_main">{_position(_steps(col))}\n{info}<div class="info_title"><h1>{escape(d.title)}</h1></div>\n'
                f'<div class="info_source">发布时间：{d.when:%Y-%m-%d} 10:20&nbsp;&nbsp;来源：{d.source}&nbsp;&nbsp;'
                '浏览次数：<span id="info_hits"></span>&nbsp;&nbsp;【<a href="javascript:doZoom(16)">大</a> '
                '<a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>\n'
                f'<div class="info_content" id="info_content">\n{d.body}\n{files}</div>\n{related}'
                '<div class="info_close"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>\n</div>')
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.when:%Y-%m-%d} 10:20", "ContentSource": d.source,
                "Author": d.source}
        self.res[col.doc_url(d)] = _page(f"{d.title}-{GOV}", body, meta, police=not col.gk)


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_SUBJECTS = ("召开区政府常务会议", "开展安全生产大排查", "推进城市更新行动", "召开秋冬季大气污染防治调度会", "督办民生实事项目",
             "开展文明城市创建志愿服务", "走访重点企业", "召开森林防火工作会议", "举办农民丰收节活动", "推进老旧小区改造",
             "开展义务教育督导", "召开招商引资推进会")
_STREETS = ("源水街道", "东关街道", "北城街道", "南岭镇")
_STATICS = (("/gk/zfxxgkzn/index.htm", "政府信息公开指南"), ("/gk/zfxxgkzd/index.htm", "政府信息公开制度"),
            ("/gk/jgzn/index.htm", "机构职能"), ("/gk/ysqgk/index.htm", "依申请公开"))
BROKEN_IMAGE = "/images/upload/202611/20261117093542.jpg"
BROKEN_PDF = "/uploadfile/2026/0402/20260402151207.pdf"
DELETED = "/xwzx/cyyw/40877.htm"


def _news(s: _Site) -> tuple[Col, Col, Col]:
    cyyw = Col(10011, "澄源要闻", "/xwzx/cyyw/", 10010, per_page=15)
    for i in range(38):
        cyyw.docs.append(s.doc(f"{DISTRICT}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{DISTRICT}{_SUBJECTS[i % 12]}。", "会议要求，要压实责任，确保各项工作落到实处。"),
                               source=f"{DISTRICT}融媒体中心"))
    cyyw.docs[3].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" border="0" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404", probe="status:404"))
    cyyw.docs[6].body += f'<p>相关阅读：<a href="{DELETED}">我区召开全区经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的静态文章（404）", probe="status:404"))
    good = "/images/upload/202611/20261118101530.jpg"
    cyyw.docs[8].body += f'<p style="text-align:center"><img src="{good}" border="0" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")

    bmdt = Col(10012, "部门动态", "/xwzx/bmdt/", 10010, per_page=12)
    for i in range(22):
        bmdt.docs.append(s.doc(f"{('区发改局', '区教育局', '区卫健局', '区农业农村局')[i % 4]}{_SUBJECTS[(i + 3) % 12]}",
                               date(2026, 10, 20) - timedelta(days=i * 5)))
    s.key.append(Expected("stale-columns", bmdt.url(), "动态类栏目最新信息 2026-10-20，超过 14 天（页脚的页面生成时间是重新生成日，不是更新）",
                          probe="newest:2026-10-20"))

    jddt = Col(10015, "街道动态", "/xwzx/jddt/", 10010, per_page=10)
    for i in range(17):
        jddt.docs.append(s.doc(f"{_STREETS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", AS_OF - timedelta(days=2 + i * 4)))
    s.traps.append(Trap(jddt.url(), "第 1 页最新 2026-11-18，后续页只有 iList.jsp 动态地址：不是过期栏目"))

    tpxw = Col(10013, "图片新闻", "/xwzx/tpxw/", 10010, rows="pic")
    for i in range(8):
        tpxw.docs.append(s.doc(f"图说{DISTRICT}：{_SUBJECTS[(i + 7) % 12]}", AS_OF - timedelta(days=3 + i * 6)))
    s.traps.append(Trap(tpxw.url(), "图片列表只有图片和标题（日期在文章页），不是空栏目，最新文章日期未超期"))

    tzgg = Col(10014, "通知公告", "/xwzx/tzgg/", 10010, per_page=8)
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于做好{('冬春季森林防火', '节假日安全', '冬季供暖', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 4, 10) - timedelta(days=i * 11), source=f"{GOV}办公室"))
    s.key.append(Expected("stale-columns", tzgg.url(), "通知公告最新信息 2026-04-10，超过 6 个月（页面生成时间不是更新时间）",
                          probe="newest:2026-04-10"))
    tzgg.docs[1].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    ok_file = "/uploadfile/2026/0316/20260316094411.doc"
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                           _paras("经清理，继续有效的行政规范性文件31件，宣布失效4件，废止2件。", GOV, "2026年3月16日"),
                           source=f"{GOV}办公室", files=[ok_file]))
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/msword")
    s.cols += [cyyw, bmdt, jddt, tpxw, tzgg]
    return cyyw, tzgg, tpxw


# Normative documents (subject, defect): missing / late / unlinked / dynlink / meta:<label>
_NORMATIVE = (("城区停车管理", ""), ("农村集体资产管理", "missing"), ("建设用地审批管理", "meta:文号"),
              ("政府投资项目管理", "late"), ("中小企业发展专项资金管理", "unlinked"), ("老旧小区改造", "dynlink"),
              ("公共租赁住房管理", "meta:信息有效性"), ("住房公积金提取管理", "meta:生成日期"), ("城市绿化管理", ""))
_FIELD_NAMES = {"文号": "发文字号（本站标作“文号”）", "信息有效性": "有效性（本站标作“信息有效性”）",
                "生成日期": "成文日期（本站标作“生成日期”）"}


def _disclosure(s: _Site) -> Col:
    gfx = Col(71, "规范性文件", "/gk/gfxwj/", 0, per_page=6, gk=True)
    zcjd = Col(72, "政策解读", "/gk/zcjd/", 0, per_page=6, gk=True)
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 28) - timedelta(days=26 * k)
        d = s.doc(f"{GOV}关于印发《{DISTRICT}{subject}办法》的通知", when)
        d.fields = {"索引号": f"11140705MB1958322X/{when.year}-{k + 23:05d}", "主题分类": "综合政务", "体裁分类": "通知",
                    "发布机构": GOV, "生成日期": f"{when - timedelta(days=3):%Y-%m-%d}", "文号": f"澄政规发〔{when.year}〕{12 - k}号",
                    "发布日期": f"{when:%Y-%m-%d}", "信息有效性": "有效"}
        if defect == "meta:文号":
            d.fields["文号"] = ""
        elif defect.startswith("meta:"):
            del d.fields[defect[5:]]
        short = f"{DISTRICT}{subject}办法"
        d.body = _paras("各街道办事处、乡镇人民政府，区政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        GOV, f"{when.year}年{when.month}月{when.day}日")
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{_FIELD_NAMES[defect[5:]]}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 12 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"图解：《{short}》", f"关于《{short}》的解读")[k % 3], when + timedelta(days=lag),
                  _paras("一、起草背景", "二、主要内容", "三、政策亮点"), source=f"{GOV}办公室")
        if defect != "unlinked":
            i.related = [(alias(d) if defect == "dynlink" else url, d.title)]
            if defect == "dynlink":
                s.aliases.append((gfx, d))
            d.related = [(zcjd.doc_url(i), i.title)]
            if defect == "":
                s.traps.append(Trap(url, "文件与解读在“相关链接”中互相链接，解读已及时发布"))
            elif defect == "dynlink":
                s.traps.append(Trap(url, "解读链接的是文件的动态地址（contentView.jsp?info_id=N），与静态页是同一文件：已互相链接"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps
    for n in range(5):  # interpretations of the district's other policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{DISTRICT}{('优化营商环境', '促进消费', '稳岗就业', '城市更新', '生态保护')[n]}若干措施》解读",
                               date(2026, 11, 12) - timedelta(days=9 * n), _paras("一、出台背景", "二、主要措施"), source=f"{GOV}办公室"))

    rsxx = Col(73, "人事信息", "/gk/rsxx/", 0, gk=True)
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('周', '吴', '郑', '王')[n % 4]}某某等同志职务任免的通知", date(2025, 9, 30) - timedelta(days=47 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-09-30，超过 1 年", probe="newest:2025-09-30"))

    ghjh = Col(74, "规划计划", "/gk/ghjh/", 0, gk=True)
    for n in range(12):
        ghjh.docs.append(s.doc(f"{DISTRICT}{('工业', '交通', '生态环境', '文化旅游')[n % 4]}发展规划实施情况（{n + 1}）",
                               date(2026, 8, 15) - timedelta(days=30 * n)))
    s.traps.append(Trap(ghjh.url(), "规划计划最新 2026-08-15，在 1 年内：不是过期栏目"))

    czzj = Col(75, "财政资金", "/gk/czzj/", 0, gk=True)
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（表格只有表头和“暂无信息”）", probe="no-rows"))
    tjxx = Col(76, "统计信息", "/gk/tjxx/", 0, gk=True,
               note="情况说明：本区统计信息由区统计局统一发布，详见区统计局网站“统计数据”栏目；本栏目不单独发布。")
    s.traps.append(Trap(tjxx.url(), "只有情况说明的栏目不是空白栏目"))

    ndbg = Col(78, "政府信息公开年报", "/gk/ndbg/", 0, gk=True)
    published = {2025: date(2026, 3, 27), 2023: date(2024, 4, 12), 2022: date(2023, 3, 31), 2021: date(2022, 3, 25),
                 2020: date(2021, 3, 30)}
    for year, when in published.items():
        title = f"{GOV}{year}年度政府信息公开工作报告" if year == 2021 else f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 13))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-12 发布，晚于 3 月 31 日",
                                  match=(DISTRICT, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在截止日 3 月 31 日当天发布，不算逾期"))
        elif year == 2021:
            s.traps.append(Trap(ndbg.doc_url(d), "标题写作“2021年度政府信息公开工作报告”的年报是合规年报"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告",
                          match=(DISTRICT, "2024"), probe="no-report:2024"))
    s.cols += [gfx, zcjd, rsxx, ghjh, czzj, tjxx, ndbg]
    return gfx


def _interaction(s: _Site) -> None:
    zjdc = Col(10031, "征集调查", "/hdjl/zjdc/", 10030)
    s.key.append(Expected("empty-columns", zjdc.url(), "征集调查栏目列表区什么也没有", probe="no-rows"))
    s.cols.append(zjdc)


def _statics(s: _Site) -> None:
    texts = {"政府信息公开指南": (_paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。",
                                   "一、主动公开　二、依申请公开　三、监督和救济"), date(2026, 3, 2)),
             "政府信息公开制度": (_paras("本区建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"), None),
             "机构职能": (_paras(f"{GOV}是区级国家行政机关，执行区人民代表大会及其常务委员会的决议。"), None),
             "依申请公开": (_paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：区政府办公室。"), None)}
    gk_nav = Col(0, "政务公开", "/gk/", 0, gk=True)
    for url, name in _STATICS:
        text, when = texts[name]
        shown = f'<div class="info_source">更新时间：{when:%Y-%m-%d}</div>' if when else ""
        body = (f'<div class="gk_main">{s.nav(gk_nav)}<div class="gk_list right">{_position([("政务公开", "/gk/index.htm"), (name, url)])}\n'
                f'<div class="info_content">{shown}{text}</div></div></div>')
        s.res[url] = _page(f"{name}-{GOV}", body, {**_col_meta(name), **({"PubDate": f"{when:%Y-%m-%d} 10:00"} if when else {})})
        if when is None:
            s.traps.append(Trap(url, "无日期的单页栏目，不是过期栏目"))
    links = "".join(f'<li><a href="{_a(c.dyn)}">{c.name}</a></li>' for c in s.cols if c.gk)
    statics = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
    body = (f'<div class="gk_index">{_position([("政务公开", "/gk/index.htm")])}<ul class="gk_top">{statics}</ul>'
            f'<h3>法定主动公开内容</h3><ul class="gk_lm">{links}</ul></div>')
    s.res["/gk/index.htm"] = _page(f"政务公开-{GOV}", body, _col_meta("政务公开"))
    s.traps.append(Trap("/gk/index.htm", "政务公开首页是导航页（各目录入口），不是栏目"))


def _channels(s: _Site) -> None:
    """iIndex.jsp?cat_id=N: a channel with child columns, a block of each child's newest rows; not a column."""
    for cat, name in _CHANNELS.items():
        blocks = "".join(
            f'<div class="lm_block"><h2><a href="{_a(c.dyn)}">{c.name}</a></h2><div class="more"><a href="{_a(c.dyn)}">更多&gt;&gt;</a></div>'
            '<ul>' + "".join(f'<li><span>{d.when:%m-%d}</span><a href="{_a(c.doc_url(d))}" title="{d.title}">{d.title}</a></li>'
                             for d in c.docs[:5]) + "</ul></div>"
            for c in s.cols if not c.gk and c.parent == cat and c.rows != "pic")
        url = f"/info/iIndex.jsp?cat_id={cat}"
        s.res[url] = _page(f"{name}-{GOV}", f'<div class="index_main">{_position([(name, url)])}{blocks}</div>', _col_meta(name),
                           generated=False)
        s.traps.append(Trap(url, f"{name}是频道页（iIndex.jsp，各子栏目区块和更多链接），不是栏目"))


def _home(s: _Site, cyyw: Col, tzgg: Col, tpxw: Col, gfx: Col) -> None:
    def block(col: Col, rows: str) -> str:
        return (f'<div class="module"><h2><a href="{_a(col.dyn)}">{col.name}</a></h2>'
                f'<div class="more"><a href="{_a(col.dyn)}">更多</a></div>\n<ul>{rows}</ul></div>\n')
    row = lambda c, d: f'<li><a href="{_a(c.doc_url(d))}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'  # noqa: E731
    pics = "".join(f'<li><a href="{_a(tpxw.doc_url(d))}"><img src="/images/upload/{d.when:%Y%m}/p{d.id}.jpg" /></a>'
                   f'<p>{d.title}</p></li>' for d in tpxw.docs[:4])
    body = (f'<div class="index_main"><div class="focus"><ul>{pics}</ul></div>\n'
            + block(cyyw, "".join(row(cyyw, d) for d in cyyw.docs[:8])) + block(tzgg, "".join(row(tzgg, d) for d in tzgg.docs[:6]))
            + block(gfx, "".join(row(gfx, d) for d in gfx.docs[:4])) + "</div>")
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res["/"] = _page(GOV, body + '<div class="conac"><a href="http://bszs.conac.cn/sitename?method=show&id=2A3B4C5D6E7F8091" '
                       'target="_blank"><img src="/images/red.png" alt="党政机关" /></a>'
                       f'<script id="_jiucuo_" sitecode=\'{SITE_ID}\' src=\'https://zfwzgl.www.gov.cn/exposure/jiucuo.js\'></script></div>',
                       meta)
    s.traps.append(Trap("/", "页脚有网站标识码、晋ICP备、晋公网安备，首页有党政机关标识：标识齐全"))


NOT_FOUND = ('<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>'
             '<p>您访问的页面不存在或已被删除。</p></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"cicro offers only the small size, not {size!r}")
    s = _Site()
    cyyw, tzgg, tpxw = _news(s)
    gfx = _disclosure(s)
    _interaction(s)
    s.render()
    _statics(s)
    _channels(s)
    _home(s, cyyw, tzgg, tpxw, gfx)
    s.res["/gk/"] = s.res["/gk/index.htm"]
    for c in s.cols:
        for d in c.docs:
            if c.rows == "pic":
                s.res[f"/images/upload/{d.when:%Y%m}/p{d.id}.jpg"] = Resource(tiny_png(), "image/jpeg")
            for href in d.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("logo.png", "red.png", "ga.png"):
        s.res[f"/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/sys/cms_res/css/style.css"] = Resource(b"body{font-size:12px}", "text/css")
    s.res["/sys/js/jquery.js"] = Resource(b"/* jquery */", "application/javascript")
    example = next(c for c in s.cols if c.name == "规范性文件")
    s.key.append(Expected("footer", example.doc_url(example.docs[0]), "政务公开文章页（/gk/<目录>/N.htm）模板页脚缺公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=GK_ARTICLE))
    return SampleSite("cicro", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), "text/html", 404),
                      s.key, s.traps, frozenset())
