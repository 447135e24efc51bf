"""The "metinfo" sample site: a township government portal (岫岭镇人民政府) on 米拓 MetInfo (PHP, a bought
"政府响应式" theme, pseudo-static addresses switched on), UTF-8.

Why MetInfo and not PbootCMS or a ThinkPHP portal: the library tools gave REAL rendered markup of a MetInfo
government theme (a township's: 奋发镇), MetInfo's own rewrite rules and its pager code; for PbootCMS and
ThinkCMF they gave only enterprise templates and tag syntax, no government page.

Written from real MetInfo markup and code found with the library tools (`find_string`, `read_file`); sources:
  - the rendered home page of MetInfo's government theme mui090 (`<meta name="generator" content="MetInfo 6.0.0">`,
    NANAmine/demo2 `WebContent/index.jsp`, a copy of show.metinfo.cn/m/mui090/370/): a township (奋发镇) site whose
    menu and every 更多 link name the dynamic lists (`news/news.php?class2=6`), whose notice ticker links the
    dynamic articles (`news/shownews.php?id=21`) with `[2018-03-23]` after the title, whose news blocks
    (`met-index-news`, `<h2 class="news-h">乡镇动态</h2>`, no link on the heading) show `<span>2018-03-23</span>`
    before the title inside the link; a second news module in its own folder (`/news2/`); single pages
    `about/show.php?id=12`; forms `/message/` (政民互动) and `/feedback/` (调查征集) in the menu; its footer
    `我的网站 版权所有 2008-2014 湘ICP备8888888` / `本页面内容为网站演示数据，前台页面内容都可以在后台修改。` /
    `Powered by MetInfo 6.0.0` — an ICP number and the theme's stock demo line, nothing else;
  - MetInfo's pseudo-static rules (metinfo/metinfo `app/system/seo/include/class/seo_open.class.php`,
    createApacheHttpdurl/createNginxHttpdurl): `<folder>/list-<metid>.html` (a list), `<folder>/list-<metid>-<page>.html`
    (its later pages), `<folder>/<metid>.html` (an article), all answered by `<folder>/index.php?metid=…&list=1&page=…`,
    the dynamic `news.php?lang=cn&class2=N` / `shownews.php?lang=cn&id=N` still served (a MetInfo 5 government
    home template calls `/news/news.php?lang=cn&class2={$tzgg_name[id]}` and `/news/shownews.php?lang=cn&id=…`);
  - the pager MetInfo writes (`met_pager`: `<span class='PreSpan'>上一页</span><a href=… class='Ahover'>1</a>
    <a href=…&page=2>2</a><a href=… class='NextA'>下一页</a><span class='PageText'>转至第</span><input type='text'
    id='metPageT' data-pageurl='…&page=||2' value='1'/><input type='button' id='metPageB' value='页'/>`, unquoted
    hrefs; its pager class links page 1 by the column's own address, `fristlink`);
  - the article template (MetInfo 7 `met-shownews-header`: `<h1>{$data.title}</h1><div class="info"><span>
    {$data.updatetime}</span><span>{$data.issue}</span><span><i class="icon wb-eye"></i>{$data.hits}</span>` — the
    date, the author and the hits with no label at all — then `met-editor lazyload clearfix` /
    `editorlightgallery` and `met-shownews-footer`); the trail `met-position` / `<ol class="breadcrumb">` with a
    `wb-home` icon; the list rows `<p class="info font-weight-300"><span>2018-03-23</span>…`; the empty list
    `<div class='h-100 text-xs-center font-size-20 vertical-align'>暂无内容</div>`.
Guessed, said as such: the pseudo-static pager's data-pageurl (the real dynamic one is `prefix||page count`,
`…&page=||2`); the 信息公开 section as a news module in `/xxgk/`
with its metadata pasted into the article body as a table without colons (township practice, no real page found);
a `m-d` list date format on two columns (MetInfo's met_listtime setting); the 友情链接 select; the county's
集约化 platform the 法定主动公开内容 page links out to; the sidebar; every wording and the 404 page.

Variety on purpose: pseudo-static lists and articles beside dynamic aliases that the menu, home blocks, footer
menu and ticker use; lists dated only `MM-DD` (one fresh, one whose articles are from last year); article pages
whose only date is an unlabelled `<span>`; normative documents whose metadata is a pasted table (one with none:
文号 and date only in the text); no 2017 meta tags; a footer with only 主办 and ICP and the theme's demo line;
forms (在线留言, 调查征集) in the menu; an info-disclosure page linking out to the county platform. Every planted
defect is an `Expected` entry written before the tool ran; things that must not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
TOWN = "岫岭镇"
GOV = "岫岭镇人民政府"
COUNTY = "云桥县"
COUNTY_PLATFORM = "http://xxgk.yunqiao.gov.cn"
HTML = "text/html; charset=utf-8"
ICP = "滇ICP备19004417号-1"
DEMO_LINE = "本页面内容为网站演示数据，前台页面内容都可以在后台修改。"


def _a(url: str) -> str:
    return escape(url, quote=True)


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    issue: str = "党政办"
    table: dict[str, str] | None = None  # the metadata table pasted into the body
    files: list[str] = field(default_factory=list)


@dataclass
class Col:
    metid: int
    name: str
    folder: str  # "/news/"
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 12
    mmdd: bool = False  # the list shows dates as m-d
    parent: str = ""  # "信息公开" for the /xxgk/ columns

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        return f"{self.folder}list-{self.metid}.html" if n == 1 else f"{self.folder}list-{self.metid}-{n}.html"

    @property
    def dyn(self) -> str:
        return f"{self.folder}news.php?lang=cn&class2={self.metid}"

    def doc_url(self, d: Doc) -> str:
        return f"{self.folder}{d.id}.html"

    def doc_dyn(self, d: Doc) -> str:
        return f"{self.folder}shownews.php?lang=cn&id={d.id}"


# ---------------------------------------------------------------- page shells

def _head(title: str) -> str:
    return ('<!DOCTYPE HTML>\n<html>\n<head>\n<meta charset="utf-8" />\n'
            f'<title>{escape(title)}</title>\n'
            '<meta name="renderer" content="webkit">\n<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
            f'<meta name="description" content="{GOV}门户网站" />\n<meta name="keywords" content="{TOWN},{COUNTY}" />\n'
            '<meta name="generator" content="MetInfo 7.3.0" data-variable="/|cn|10001|0|10001|mui090" />\n'
            "<link rel='stylesheet' type='text/css' href='/public/ui/v2/static/css/basic.css'>\n"
            '<link rel="stylesheet" type="text/css" href="/templates/mui090/cache/index_cn.css" />\n</head>\n')


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 305
        self.aliases: list[tuple[Col, Doc]] = []  # articles also linked at shownews.php?lang=cn&id=N

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 2
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    # -- shell: the menu links the dynamic lists, as the real theme's nav does
    def menu(self) -> str:
        news = [c for c in self.cols if not c.parent]
        items = "".join(f"<li class='nav-item'><a href=\"{_a(c.dyn)}\" title=\"{c.name}\" class=\"nav-link\">{c.name}</a></li>"
                        for c in news)
        return ('<header class="head_nav_met_27_1" m-id=\'1\' m-type="head_nav">\n<div class="container top-box"><div class="logo-box">'
                f'<a href="/" class="met-logo" title="{GOV}"><img src="/upload/202303/1679463015.png" alt="{GOV}" /></a></div>\n'
                '<div class="met-search-body"><form method=\'get\' class="page-search-form" role="search" action=\'/search/search.php?lang=cn\'>'
                "<input type='hidden' name='lang' value='cn' /><input type=\"text\" class=\"form-control\" name=\"searchword\" placeholder=\"搜索\">"
                '</form></div></div>\n<nav class="navbar navbar-default head_nav_met_27_1-navbar navlist"><ul class="nav navbar-nav navlist daohang flex">'
                "<li class='nav-item'><a href=\"/\" title=\"网站首页\" class=\"nav-link active\">网站首页</a></li>"
                f"<li class='nav-item'><a href=\"/about/\" title=\"岫岭概况\" class=\"nav-link\">岫岭概况</a></li>{items}"
                "<li class='nav-item'><a href=\"/xxgk/\" title=\"信息公开\" class=\"nav-link\">信息公开</a></li>"
                "<li class='nav-item'><a href=\"/message/\" title=\"在线留言\" class=\"nav-link\">在线留言</a></li>"
                "<li class='nav-item'><a href=\"/feedback/\" title=\"调查征集\" class=\"nav-link\">调查征集</a></li>"
                "</ul></nav>\n</header>\n")

    def footer(self) -> str:
        news = [c for c in self.cols if not c.parent][:4]
        nav = "".join(f'<div class="col-md-2 list"><h4><a href="{_a(c.dyn)}" title="{c.name}" target=\'_self\'>{c.name}</a></h4></div>'
                      for c in news)
        links = "".join(f'<option value="{u}">{n}</option>' for n, u in _FRIENDS)
        return ('<div class="met-footnav text-center foot_nav_met_27_1" m-id="7" m-type=\'foot_nav\'><div class="container"><div class="row">'
                f'{nav}<div class="col-md-4 friendlink"><select onchange="window.open(this.options[this.selectedIndex].value)">'
                f'<option value="">——友情链接——</option>{links}</select></div></div></div></div>\n'
                "<footer class='foot_info_met_16_1 met-foot p-y-20 border-top1' m-id='9' m-type='foot'><div class=\"container text-xs-center\">\n"
                f'<p>主办：{GOV}　地址：{COUNTY}{TOWN}岭南街18号　电话：0874-6612002</p>\n'
                f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a></p>\n'
                f'<p>{DEMO_LINE}</p>\n'
                '<div class="powered_by_metinfo">Powered by <b><a href=https://www.metinfo.cn target=_blank>MetInfo 7.3.0</a></b> '
                '&copy;2008-2026 &nbsp;<a href=https://www.mituo.cn target=_blank>mituo.cn</a></div>\n</div></footer>\n')

    def page(self, title: str, body: str) -> Resource:
        html = (f"{_head(title)}<body>\n{self.menu()}{body}\n{self.footer()}"
                '<script src="/public/ui/v2/static/js/basic.js"></script>\n</body>\n</html>\n')
        return Resource(html.encode("utf-8"), HTML)

    # -- lists
    def trail(self, col: Col | None, extra: list[tuple[str, str]] = ()) -> str:  # type: ignore[assignment]
        steps = [("网站首页", "/")]
        if col is not None and col.parent:
            steps.append(("信息公开", "/xxgk/"))
        if col is not None:
            steps.append((col.name, col.url()))
        steps += list(extra)
        lis = "".join(f'<li><a href="{_a(u)}" title="{n}">' + ('<i class="icon wb-home" aria-hidden="true"></i>' if u == "/" else "")
                      + f"{n}</a></li>" for n, u in steps)
        return ('<div class="met-position pattern-show"><div class="container"><div class="row">'
                f'<ol class="breadcrumb">{lis}</ol></div></div></div>\n')

    def sidebar(self, col: Col) -> str:
        sib = [c for c in self.cols if c.parent == col.parent]
        lis = "".join(f'<li><a href="{_a(c.url())}" title="{c.name}"' + (' class="active"' if c is col else "")
                      + f">{c.name}</a></li>" for c in sib)
        head = col.parent or "政务公开"
        return f'<aside class="met-sidebar"><h3 class="sidebar-title">{head}</h3><ul class="sidebar-column list-icons">{lis}</ul></aside>'

    def pager(self, col: Col, n: int) -> str:
        pages = col.pages
        html = "<div class='met_pager'>"
        html += "<span class='PreSpan'>上一页</span>" if n == 1 else f"<a href={col.url(n - 1)} class='PreA'>上一页</a>"
        for k in range(1, pages + 1):
            html += f"<a href={col.url(k)} class='Ahover'>{k}</a>" if k == n else f"<a href={col.url(k)}>{k}</a>"
        html += f"<a href={col.url(n + 1)} class='NextA'>下一页</a>" if n < pages else "<span class='NextSpan'>下一页</span>"
        html += (f"<span class='PageText'>转至第</span><input type='text' id='metPageT' "
                 f"data-pageurl='{col.folder}list-{col.metid}-||.html' value='{n}'/><input type='button' id='metPageB' value='页'/></div>")
        return f"<div class='m-t-20 text-xs-center hidden-sm-down' m-type=\"nosysdata\">{html}</div>"

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if not docs:
            rows = "<div class='h-100 text-xs-center font-size-20 vertical-align'>暂无内容</div>"
        else:
            fmt = "%m-%d" if col.mmdd else "%Y-%m-%d"
            rows = '<ul class="ulstyle met-pager-ajax imagesize">' + "".join(
                f'\n<li class="border-bottom1"><h4><a href="{_a(col.doc_url(d))}" title="{d.title}" target="_self">{d.title}</a></h4>'
                f'<p class="info font-weight-300"><span>{d.when:{fmt}}</span><span>{d.issue}</span>'
                '<span><i class="icon wb-eye" aria-hidden="true"></i>0</span></p></li>' for d in docs)
            rows += "\n</ul>" + ("\n" + self.pager(col, n) if col.pages > 1 else "")
        body = (f'{self.trail(col)}<main class="met-news animsition"><div class="container"><div class="row">\n'
                f'<div class="col-md-9 met-news-body"><div class="met-news-list">\n{rows}\n</div></div>\n'
                f'<div class="col-md-3">{self.sidebar(col)}</div></div></div></main>')
        return self.page(f"{col.name}-{GOV}", body)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            first = self.list_page(col, 1)
            self.res[col.url()] = first
            self.res[col.dyn] = first
            self.traps.append(Trap(col.dyn, "news.php?lang=cn&class2=N 是伪静态栏目页 list-N.html 的动态地址，同一栏目"))
            for n in range(2, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                self.traps.append(Trap(col.url(n), LATER_PAGE))
            for i, d in enumerate(col.docs):
                prev = col.docs[i - 1] if i else None
                nxt = col.docs[i + 1] if i + 1 < len(col.docs) else None
                page = self.article(col, d, prev, nxt)
                self.res[col.doc_url(d)] = page
        for col, d in self.aliases:  # MetInfo answers the dynamic address too; served where the site links it
            self.res[col.doc_dyn(d)] = self.res[col.doc_url(d)]

    def article(self, col: Col, d: Doc, prev: Doc | None, nxt: Doc | None) -> Resource:
        table = ""
        if d.table is not None:
            cells = [f"<td>{k}</td><td>{v}</td>" for k, v in d.table.items()]
            table = ('<table border="1" cellspacing="0" cellpadding="5" style="width:100%;border-collapse:collapse;">'
                     + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>\n")
        files = "".join(f'<p>附件：<a href="{_a(h)}" target="_blank">{h.rsplit("/", 1)[1]}</a></p>' for h in d.files)

        def side(label: str, other: Doc | None) -> str:
            if other is None:
                return f'<li class="{label[0]}"><a href="javascript:;">{label[1]}：没有了</a></li>'
            return f'<li class="{label[0]}"><a href="{_a(col.doc_url(other))}" title="{other.title}">{label[1]}：{other.title}</a></li>'
        body = (f'{self.trail(col)}<section class="met-shownews animsition"><div class="container"><div class="row">\n'
                '<div class="col-md-9 met-shownews-body"><div class="row">\n'
                f'<div class="met-shownews-header"><h1>{escape(d.title)}</h1><div class="info">'
                f'<span>{d.when:%Y-%m-%d} 09:{d.id % 60:02d}:{(d.id * 7) % 60:02d}</span><span>{d.issue}</span>'
                f'<span><i class="icon wb-eye" aria-hidden="true"></i>{(d.id * 13) % 400}</span></div></div>\n'
                f'<div class="met-editor lazyload clearfix"><div class="editorlightgallery">{table}{d.body}{files}</div></div>\n'
                '<div class="met-shownews-footer"><ul class="pager pager-round">'
                f'{side(("previous", "上一篇"), prev)}{side(("next", "下一篇"), nxt)}</ul></div>\n'
                f'</div></div>\n<div class="col-md-3">{self.sidebar(col)}</div></div></div></section>')
        return self.page(f"{d.title}-{GOV}", body)


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_FRIENDS = (("云桥县人民政府", "http://www.yunqiao.gov.cn/"), ("云桥县政府信息公开平台", f"{COUNTY_PLATFORM}/"),
            ("中国政府网", "https://www.gov.cn/"))
_SUBJECTS = ("召开党委理论学习中心组学习会", "开展森林防火巡查", "推进人居环境整治", "召开安全生产工作会议", "开展农村饮水安全排查",
             "举办农民丰收节", "走访慰问困难群众", "推进高标准农田建设", "开展防汛演练", "召开秋收秋种调度会", "开展禁毒宣传",
             "推进乡村振兴示范村建设")
_VILLAGES = ("岭南村", "石门村", "上坝村", "青松社区")
# The body text a township article carries (real MetInfo articles are full texts, not one line).
_WORK = ("会议指出，今年以来全镇上下坚持稳中求进工作总基调，各项重点工作有序推进，但也存在责任落实不够到位、"
         "工作进度不够平衡等问题。会议要求，各村（社区）和镇属各单位要进一步提高思想认识，压实工作责任，"
         "细化工作措施，加强督促检查，对照时间节点抓好落实，确保各项工作任务按期完成，为全镇经济社会高质量发展提供有力保障。")
BROKEN_IMAGE = "/upload/202611/1763428501.jpg"
BROKEN_PDF = "/upload/file/202604/1775436120.pdf"
DELETED = "/news/291.html"


def _news(s: _Site) -> tuple[Col, Col, Col]:
    xzdt = Col(6, "乡镇动态", "/news/", per_page=12)
    for i in range(44):
        xzdt.docs.append(s.doc(f"{TOWN}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"近日，{TOWN}{_SUBJECTS[i % 12]}。镇党委、政府主要负责同志出席并讲话，"
                                      "各村（社区）党组织书记、镇属各单位负责人参加。", _WORK)))
    xzdt.docs[2].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" alt="" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404", probe="status:404"))
    xzdt.docs[5].body += f'<p>相关阅读：<a href="{DELETED}">我镇召开全镇经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    good = "/upload/202611/1763515230.jpg"
    xzdt.docs[7].body += f'<p style="text-align:center"><img src="{good}" alt="" /></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")
    s.traps.append(Trap(xzdt.url(), "乡镇动态最新 2026-11-19，后续页为 list-6-N.html：不是过期栏目"))

    tzgg = Col(9, "通知公告", "/news2/", per_page=10, mmdd=True)
    for i in range(15):
        tzgg.docs.append(s.doc(f"关于{('做好冬春季森林防火', '城乡居民医保缴费', '开展农村危房排查', '冬季安全生产')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=4 + i * 11), _paras("各村（居）民委员会、镇属各单位：", _WORK, f"{GOV}")))
    s.traps.append(Trap(tzgg.url(), "列表日期只写“月-日”（11-16），文章页是 2026-11-16：不是过期栏目"))
    tzgg.docs[3].files.append(BROKEN_PDF)
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                           _paras("经清理，继续有效的行政规范性文件12件，宣布失效2件，废止1件。", _WORK)))
    ok_file = "/upload/file/202610/1760331208.doc"
    tzgg.docs[4].files.append(ok_file)
    s.res[ok_file] = Resource(fake_pdf("attachment"), "application/msword")

    cwgk = Col(10, "村务公开", "/news/", per_page=12, mmdd=True)
    for i in range(9):
        cwgk.docs.append(s.doc(f"{_VILLAGES[i % 4]}{('第三季度财务收支', '集体资产清查结果', '低保对象评议结果')[i % 3]}公示",
                               date(2025, 10, 15) - timedelta(days=i * 20), _paras("根据村务公开有关规定，现将有关情况公示如下。", _WORK),
                               issue=_VILLAGES[i % 4]))
    s.key.append(Expected("stale-columns", cwgk.url(), "村务公开列表只显示“10-15”，文章页为 2025-10-15：已超过 1 年未更新",
                          probe="newest-article:2025-10-15"))

    zsyz = Col(7, "招商引资", "/news/", per_page=12)
    for i in range(10):
        zsyz.docs.append(s.doc(f"{TOWN}{('特色农产品加工园', '温泉康养小镇', '光伏发电', '乡村旅游')[i % 4]}项目推介（{i + 1}）",
                               date(2026, 9, 8) - timedelta(days=i * 25), _paras("项目概况：", _WORK)))
    s.traps.append(Trap(zsyz.url(), "招商引资最新 2026-09-08，在 1 年内"))

    zcfg = Col(5, "政策法规", "/news/", per_page=15)
    laws = ("中华人民共和国乡村振兴促进法", "中华人民共和国土地管理法实施条例", "中华人民共和国森林法", "中华人民共和国安全生产法",
            "中华人民共和国公共文化服务保障法", "农村低保对象认定办法（省民政厅）", "中华人民共和国村民委员会组织法",
            "中华人民共和国防洪法", "中华人民共和国农村土地承包法")
    for i, law in enumerate(laws):
        zcfg.docs.append(s.doc(law, date(2026, 11, 2) - timedelta(days=i * 17), _paras(f"（转载）{law}全文。", _WORK), issue="转载"))
    s.traps.append(Trap(zcfg.doc_url(zcfg.docs[0]), "转载的国家法律法规不是本镇政策文件，不需要本镇解读"))

    zdxm = Col(11, "重大项目", "/news/")
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目只有“暂无内容”", probe="no-rows"))
    s.cols += [xzdt, tzgg, cwgk, zsyz, zcfg, zdxm]
    return xzdt, tzgg, zcfg


# Normative documents (subject, defect): missing / late / unlinked / dynlink / notable / meta:<label>
_NORMATIVE = (("农村人居环境整治考核", ""), ("村级公益事业一事一议", "missing"), ("集镇市容管理", "notable"),
              ("镇村干部值班", "late"), ("村级财务管理", "unlinked"), ("农村建房审批", "dynlink"),
              ("护林员管理", "meta:有效性"), ("防汛应急值守", "meta:发文字号"), ("村庄保洁", ""))
_FIELD_NAMES = {"有效性": "有效性", "发文字号": "发文字号"}


def _disclosure(s: _Site) -> Col:
    gfx = Col(21, "规范性文件", "/xxgk/", per_page=6, parent="信息公开")
    zcjd = Col(22, "政策解读", "/xxgk/", per_page=8, parent="信息公开")
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 26) - timedelta(days=27 * k)
        number = f"岫政规〔{when.year}〕{9 - k}号"
        short = f"{TOWN}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when)
        text = _paras("各村（居）民委员会、镇属各单位：", f"现将《{short}》印发给你们，请认真遵照执行。",
                      GOV, f"{when.year}年{when.month}月{when.day}日", short,
                      f"第一条　为规范本镇{subject}工作，根据有关法律法规和县政府有关规定，结合本镇实际，制定本办法。",
                      "第二条　本办法适用于本镇行政区域内的各村（居）民委员会和镇属各单位。",
                      "第三条　镇党政办负责本办法的组织实施和监督检查，各村（社区）负责具体落实。",
                      "第四条　本办法自印发之日起施行，有效期五年。")
        if defect == "notable":
            d.body = f'<p style="text-align:center">{number}</p>' + text
        else:
            d.table = {"索引号": f"53312403-9/{when.year}-{k + 31:04d}", "发文机关": GOV, "发文字号": number,
                       "成文日期": f"{when - timedelta(days=2):%Y-%m-%d}", "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
            if defect.startswith("meta:"):
                del d.table[defect[5:]]
            d.body = text
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if defect == "notable":
            s.key.append(Expected("normative-metadata", url, "规范性文件页面没有元数据（无索引号、发布机构栏、有效性；文号只在正文里）",
                                  probe="no-table"))
        elif defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件元数据表缺少{_FIELD_NAMES[defect[5:]]}",
                                  probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 10 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"图解：《{short}》", f"一图读懂《{short}》")[k % 3], when + timedelta(days=lag),
                  _paras(f"一、制定背景　为规范本镇{subject}工作，镇政府组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、适用范围　" + _WORK))
        if defect != "unlinked":
            target = gfx.doc_dyn(d) if defect == "dynlink" else url
            i.body += f'<p>相关文件：<a href="{_a(target)}" target="_blank">{d.title}</a></p>'
            d.body += f'<p>相关解读：<a href="{_a(zcjd.doc_url(i))}" target="_blank">{i.title}</a></p>'
            if defect == "dynlink":
                s.aliases.append((gfx, d))
                s.traps.append(Trap(url, "解读链接的是文件的动态地址（shownews.php?lang=cn&id=N），与伪静态页是同一文件：已互相链接"))
            else:
                s.traps.append(Trap(url, "文件与解读在正文末互相链接，解读及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
        interps.append(i)
    zcjd.docs += interps
    for n in range(3):  # interpretations of the county's policies (no document on this site)
        zcjd.docs.append(s.doc(f"《{COUNTY}{('耕地保护', '农村养老服务', '稳岗就业')[n]}若干措施》解读",
                               date(2026, 11, 10) - timedelta(days=13 * n), _paras("一、出台背景", "二、主要措施　" + _WORK)))

    czyjs = Col(23, "财政预决算", "/xxgk/", parent="信息公开")
    for n in range(6):
        year = 2025 - n // 2
        czyjs.docs.append(s.doc(f"{GOV}{year}年{'部门预算' if n % 2 == 0 else '部门决算'}公开", date(2025, 5, 20) - timedelta(days=190 * n),
                                _paras("根据《中华人民共和国预算法》有关规定，现将本镇预决算情况公开如下。", _WORK)))
    s.key.append(Expected("stale-columns", czyjs.url(), "财政预决算最新信息 2025-05-20，超过 1 年（2026 年预算未公开）",
                          probe="newest:2025-05-20"))

    ndbg = Col(24, "政府信息公开年报", "/xxgk/", parent="信息公开")
    # A township government is no 县级以上 主管部门: 条例第五十条 has it publish its report by January 31.
    published = {2025: date(2026, 1, 26), 2023: date(2024, 4, 9), 2022: date(2023, 1, 31), 2021: date(2022, 1, 20),
                 2020: date(2021, 1, 28)}
    for year, when in published.items():
        title = f"{GOV}{year}年度政府信息公开工作报告" if year == 2021 else f"{GOV}{year}年政府信息公开工作年度报告"
        d = s.doc(title, when, report_body(GOV, year, year % 11))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-09 发布，晚于乡镇政府的公开期限 1 月 31 日",
                                  match=(TOWN, "2023"), probe="late:2024-01-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在乡镇政府的截止日 1 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年度政府信息公开工作年度报告",
                          match=(TOWN, "2024"), probe="no-report:2024"))

    yjgl = Col(25, "应急管理", "/xxgk/", parent="信息公开")
    s.key.append(Expected("empty-columns", yjgl.url(), "应急管理栏目只有“暂无内容”", probe="no-rows"))
    s.cols += [gfx, zcjd, czyjs, ndbg, yjgl]
    return gfx


# Single pages (about module, show.php?id=N) and forms
_STATICS = ((12, "岫岭概况"), (13, "机构职能"), (14, "政府信息公开指南"), (15, "法定主动公开内容"), (16, "政府信息公开制度"),
            (17, "依申请公开"))


def _statics(s: _Site) -> None:
    platform = "".join(f'<li><a href="{COUNTY_PLATFORM}/{p}" target="_blank">{n}</a></li>' for n, p in
                       (("政府文件", "zfwj/"), ("财政信息", "czxx/"), ("人事信息", "rsxx/"), ("规划计划", "ghjh/")))
    texts = {12: _paras(f"{TOWN}位于{COUNTY}东北部，辖3个行政村、1个社区，总面积126平方公里。"),
             13: _paras(f"{GOV}主要职责：贯彻执行党和国家的方针政策，执行本级人民代表大会的决议和上级国家行政机关的决定和命令。"),
             14: _paras(f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。", "一、主动公开　二、依申请公开　三、监督和救济",
                        "本指南自2026年3月2日起施行。"),
             16: _paras("本镇建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"),
             17: _paras("申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：镇党政办。"),
             15: _paras(f"根据{COUNTY}政务公开集约化建设要求，本镇法定主动公开内容统一在{COUNTY}政府信息公开平台发布：")
             + f'<ul class="xxgk-out">{platform}</ul>'}
    for sid, name in _STATICS:
        url = "/about/" if sid == 12 else f"/about/show.php?id={sid}"
        body = (f'{s.trail(None, [(name, url)])}<main class="met-show animsition"><div class="container"><div class="row">'
                f'<section class="met-editor clearfix">{texts[sid]}</section></div></div></main>')
        s.res[url] = s.page(f"{name}-{GOV}", body)
    s.traps.append(Trap("/about/show.php?id=15", "法定主动公开内容链接到县政府信息公开平台（集约化），不是空栏目、不是断链"))
    s.traps.append(Trap("/about/show.php?id=13", "无日期的单页，不是过期栏目"))
    form = ('<form method="POST" action="/message/save.php?lang=cn&action=add" class="met-form">'
            '<input type="text" name="pname" placeholder="姓名"><input type="text" name="tel" placeholder="电话">'
            '<textarea name="info" placeholder="留言内容"></textarea><button type="submit">提交留言</button></form>')
    s.res["/message/"] = s.page(f"在线留言-{GOV}", f'{s.trail(None, [("在线留言", "/message/")])}<main class="met-message">'
                                f'<div class="container">{form}</div></main>')
    s.traps.append(Trap("/message/", "在线留言是表单页，不是信息发布栏目"))
    fb = ('<form method="POST" action="/feedback/save.php?lang=cn&action=add&id=41" class="met-form">'
          '<p>您对我镇人居环境整治工作的意见建议：</p><textarea name="para12"></textarea><button type="submit">提交</button></form>')
    s.res["/feedback/"] = s.page(f"调查征集-{GOV}", f'{s.trail(None, [("调查征集", "/feedback/")])}<main class="met-feedback">'
                                 f'<div class="container">{fb}</div></main>')
    s.traps.append(Trap("/feedback/", "调查征集是表单页，不是信息发布栏目"))


def _xxgk_index(s: _Site) -> None:
    blocks = "".join(
        f'<div class="met-index-news"><div class="title clearfix"><h2 class="news-h">{c.name}</h2></div><ul class="news-list">'
        + "".join(f'<li><a href="{_a(c.doc_url(d))}" title="{d.title}" target=_self> <span>{d.when:%Y-%m-%d}</span> {d.title}</a></li>'
                  for d in c.docs[:5])
        + f'</ul><div class="more"><a href="{_a(c.dyn)}" title="" target=\'_self\'>更多</a></div></div>'
        for c in s.cols if c.parent == "信息公开")
    statics = "".join(f'<li><a href="/about/show.php?id={sid}">{n}</a></li>' for sid, n in _STATICS[1:])
    body = (f'{s.trail(None, [("信息公开", "/xxgk/")])}<main class="met-xxgk"><div class="container">'
            f'<ul class="xxgk-top">{statics}</ul>{blocks}</div></main>')
    s.res["/xxgk/"] = s.page(f"信息公开-{GOV}", body)
    s.traps.append(Trap("/xxgk/", "信息公开首页是各栏目区块和“更多”链接的导航页，不是栏目"))


def _home(s: _Site, xzdt: Col, tzgg: Col, zcfg: Col, gfx: Col) -> None:
    ticker = "".join(f'<li class="notice-li"><a href="{_a(tzgg.doc_dyn(d))}" title="{d.title}" target=_self>'
                     f'<span>{d.title}&nbsp;[{d.when:%Y-%m-%d}]</span></a></li>' for d in tzgg.docs[:5])
    for d in tzgg.docs[:5]:
        s.res[tzgg.doc_dyn(d)] = s.res[tzgg.doc_url(d)]
        s.traps.append(Trap(tzgg.doc_dyn(d), "首页滚动公告链接的 shownews.php?lang=cn&id=N 是伪静态文章的动态地址，同一文章"))

    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{_a(col.doc_url(d))}" title="{d.title}" target=_self> <span>{d.when:%Y-%m-%d}</span> {d.title}</a></li>'
                       for d in col.docs[:n])
        return (f'<div class="item col-xs-12 col-lg-4"><div class="met-index-news"><div class="title clearfix"><h2 class="news-h">{col.name}</h2>'
                f'<p class="news-desc"></p></div><ul class="news-list">{rows}</ul><div class="more"><a href="{_a(col.dyn)}" title="" '
                "target='_self'>更多</a></div></div></div>")
    body = ('<div class="banner_met_27_1_box"><div class="container"><div class="banner_met_27_1 page-bg" m-id=\'2\' m-type="banner">'
            '<div class="slick-slide"><img class="cover-image" src="/upload/202303/1679463190.jpg" alt="建设美丽文明乡村"></div></div>\n'
            '<section class="notice_list_met_27_1 text-xs-left" m-id="3"><div class="met-index-notice"><div class="notice clearfix">'
            f'<span class="notice-title col-md-2 col-xs-3">通知公告</span><span class="notice-swiper"><ul class="notice-ul">{ticker}</ul></span>'
            f'<a class="notice-more" title="通知公告" href="{_a(tzgg.dyn)}"><i class="fa fa-share-square-o"></i></a></div></div></section>\n'
            f'<div class="news_list_met_27_2" m-id=\'5\'><div class="container newsbox"><div class="row">{block(xzdt, 6)}{block(gfx, 5)}'
            f'{block(zcfg, 5)}</div></div></div></div>')
    s.res["/"] = s.page(GOV, body)


NOT_FOUND = ('<!DOCTYPE HTML><html><head><meta charset="utf-8" /><title>404</title></head><body>'
             '<div class="met-404"><h1>404</h1><p>抱歉，您访问的页面不存在！</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"metinfo offers only the small size, not {size!r}")
    s = _Site()
    xzdt, tzgg, zcfg = _news(s)
    gfx = _disclosure(s)
    s.render()
    _statics(s)
    _xxgk_index(s)
    _home(s, xzdt, tzgg, zcfg, gfx)
    for c in s.cols:
        for d in c.docs:
            for href in d.files:
                if href != BROKEN_PDF and href not in s.res:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("202303/1679463015.png", "202303/1679463190.jpg"):
        s.res[f"/upload/{img}"] = Resource(tiny_png(), "image/png")
    s.res["/public/ui/v2/static/css/basic.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res["/templates/mui090/cache/index_cn.css"] = Resource(b".met-foot{color:#999}", "text/css")
    s.res["/public/ui/v2/static/js/basic.js"] = Resource(b"/* basic */", "application/javascript")
    s.key.append(Expected("footer", "/", "首页页脚只有主办和 ICP 备案号（及模板演示文字）：缺网站标识码、公安机关备案号，首页无党政机关标识和找错入口",
                          probe="footer-lacks:网站标识码"))
    s.key.append(Expected("footer", xzdt.doc_url(xzdt.docs[0]), "栏目页、文章页、信息公开页同一页脚：缺网站标识码和公安机关备案号",
                          probe="footer-lacks:公网安备", url_pattern=r"^/.+"))
    s.key.append(Expected("meta-tags", "/", "全站页面都没有 2017 指引的网页元数据标签（SiteName、SiteIDCode、ColumnName、ArticleTitle、PubDate…），"
                          "MetInfo 页面只有 description、keywords 和 generator", probe="no-meta-tags", url_pattern=r"^/"))
    s.traps.append(Trap("/", f"页脚的“{DEMO_LINE}”是模板自带的演示文字，不是检查项"))
    return SampleSite("metinfo", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
