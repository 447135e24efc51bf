"""The "ylcms" sample site: a 福建 county portal (汀湄县人民政府, 澄州市) on the 远略 ylcms 网站群 (Java, package
`com.yuanluesoft.cms`, the "jeaf" framework), the platform of 漳州 and 南平 and their counties (华安, 南靖, 平和, 云霄,
漳浦, 长泰, 龙海, 龙文区, 东山, 芗城区, 诏安, 浦城, 顺昌) and their departments. UTF-8.

Why ylcms: the brief's named vendors (南威, 太极, 浪潮, 中科汇联, 拓维 …) gave no page, no scraper and no URL of a
site of their own in the library; ylcms gave its own source (the `cms/sitemanage` page builder, the `publicInfo`
editor), seven scrapers of real sites naming its selectors and addresses, and a dozen real site addresses. No
template imitates it: its columns are static `/cms/html/<site>/<column>/index.html` pages whose later pages exist
only at one dynamic address shared by every column, `/cms/sitemanage/index.shtml?siteId=<column id>&page=N`; its
articles live in date folders of the whole site (`/cms/html/<site>/<yyyy-mm-dd>/<id>.html`, no column in the
address); its 信息公开 records are a second, dynamic page type `/cms/infopublic/publicInfo.shtml?id=N&siteId=S`.

Sources (read with `find_string` / `read_file`; none is a served page, all name the markup):
  - a RAG crawler of jsj.zhangzhou.gov.cn (漳州市住建局, "Built on ylcms CMS"): list `<UL id="resources"><LI><A
    href>title</A><SPAN>date</SPAN></LI>`; the column id in `<meta name="siteIdMeta">`; later pages at
    `/cms/sitemanage/index.shtml?siteId={siteId}&page=N`; regular articles `/cms/html/.../YYYY-MM-DD/NUM.html` with
    metas ArticleTitle, PubDate written `YYYY—MM—DD HH:MM` (em dashes), ContentSource, the title in
    `div.top-title1`, date and source in `div.top-title2 span.rq` / `span.ly`, the body `div#Content`;
    publicInfo records with metas ArticleTitle and PubDate only, `div.title h1`, `ul.info` of `<li>` fields
    (发布日期, 发文机关), the body `div#Content div.tsrc` twice (a PDF.js viewer iframe, then the text),
    attachments `li#wjxz span#pdfattachments a` / `span#wordattachments a` showing 「无word文件」/「无pdf文件」 when
    there is none; the 政务公开 page of tabs `li#tabstripButton_<id>` and 更多 links in `div#tabstripMore_<id>`;
  - the same project's 本市政策解读 crawler of www.zhangzhou.gov.cn (`/cms/html/zzsrmzf/jdhy1/index.html`, "Built
    on ylcms CMS", 15 rows a page, the 解读 tab loaded by tabstrip.js) and two crawlers of www.fjnj.gov.cn (南靖:
    解读回应 tabs 政策解读/图说图解/…, each a column with its own siteId; 政务公开 tabs 政府文件/财政资金/人事信息/
    规划计划; rows `span.list-time`, the list in `div.mid-mj-list`, the pager `div.mid-mj-page` whose
    `span.page-tip` says 共N页; the info bar `div.article-infos` 「2026-02-09 09:23 来源：…」; 相关链接 in
    `div.article_relalinks`; 扫一扫在手机打开);
  - a Portia spider of jyj.zhangzhou.gov.cn (`div.mid-mj-list//ul//span/a` rows, `span[2]` the date,
    `div.mid-mj-page//a[@class="next"]`, `span.page-tip`, the trail `div.mid-path`, and the `ul.info` positions:
    li 1 索引号, li 2 发文机关, li 6 成文日期, li 8 发文字号, li 9 有效性);
  - a RSSHub route of the 漳州 county portals (华安 `/cms/html/haxrmzf/jyzc/index.html` … 诏安
    `/cms/sitemanage/index.shtml?siteId=830612491159490002`), rows `.list-content a` beside `.list-time`;
  - real addresses: 浦城 `https://www.pc.gov.cn/cms/html/pcxrmzf/2024-07-24/1721828210.html`, 顺昌
    `/cms/html/scxrmzf/indexyear/131845644.html`, 南平医保 `/cms/html/npsylbzj/2022-12-23/1829374612.html`, 漳州
    `siteId=620416813021630000`, publicInfo ids like `20684996108160004`;
  - the platform source (com.yuanluesoft.cms): a site's or column's address `/cms/sitemanage/index.shtml?siteId=N`,
    the publicInfo preview `publicInfo.shtml?id=…&siteId=…`.
Guessed, said as such: the county, its site code `tmxrmzf` and every id; the `ul.info` labels of positions 3, 4, 5
and 7 (主题分类, 体裁分类, 发布日期, 内容概述 — the last attested, its place not); the label markup `<span>…：</span>`
before the value (the spider reads the value as the `<li>`'s own text); the pager's 首页/上一页/尾页 links and
「共N页 共M条」; an empty column as an empty `ul#resources` with 「共0页」; how a 解读 links its document and back (a
`div.article_relalinks` 相关链接 box on both); the footer's wording and identifiers, missing on the publicInfo
template; the publicInfo attachment folder `/cms/infopublic/pages/<id>/`; `/` redirecting to the home page;
every wording and the 404 page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "汀湄县"
GOV = "汀湄县人民政府"
OFFICE = "汀湄县人民政府办公室"
CODE = "tmxrmzf"
ROOT = f"/cms/html/{CODE}"
SITE_ID = "3506310004"  # 网站标识码
GOV_SITE = "830612496518270000"  # the county site's own siteId (publicInfo addresses carry it)
HTML = "text/html; charset=utf-8"
ICP = "闽ICP备05017362号-1"
GA = "闽公网安备 35063102000117号"
PAGER = "/cms/sitemanage/index.shtml"
LEAF_PAGER = "/cms/infopublic/index.shtml"
PUBLIC = "/cms/infopublic/publicInfo.shtml"


def _a(url: str) -> str:
    return escape(url, quote=True)


_ON, _HIDDEN = ' class="on"', ' style="display:none"'


@dataclass
class Doc:
    id: int
    title: str
    when: datetime
    body: str = ""
    source: str = GOV
    info: dict[str, str] | None = None  # the publicInfo `ul.info` fields, in order
    files: list[tuple[str, str]] = field(default_factory=list)  # attachments (name, href)
    links: list[tuple[str, str]] = field(default_factory=list)  # 相关链接 (title, href)
    pdf: str = ""  # the publicInfo record's PDF (span#pdfattachments)


@dataclass
class Col:
    slug: str
    name: str
    site_id: str
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    public: bool = False  # rows link publicInfo records
    leaf: str = ""  # a 信息公开 leaf directory's id: its list is `leafinfodirectory/<id>.html`, rows in `ul#infos`

    @property
    def xxgk(self) -> bool:
        """A 政务公开 column (publicInfo records, or the 政策解读 and 图说图解 articles)."""
        return self.public or self.slug in ("zcjd", "tstj")

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        if self.leaf:
            return (f"{ROOT}/leafinfodirectory/{self.leaf}.html" if n == 1 else
                    f"{LEAF_PAGER}?directoryId={self.leaf}&leafInfoDirectoryPageEnable=true&siteId={GOV_SITE}&page={n}")
        return f"{ROOT}/{self.slug}/index.html" if n == 1 else f"{PAGER}?siteId={self.site_id}&page={n}"

    def doc_url(self, d: Doc) -> str:
        if self.public:
            return f"{PUBLIC}?id={d.id}&siteId={GOV_SITE}"
        return f"{ROOT}/{d.when:%Y-%m-%d}/{d.id}.html"


def _head(title: str, metas: list[tuple[str, str]]) -> str:
    tags = "".join(f'<meta name="{n}" content="{escape(v, quote=True)}">\n' for n, v in metas)
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
            f'{tags}<title>{escape(title)}</title>\n'
            '<link rel="stylesheet" type="text/css" href="/cms/templates/tmxrmzf/css/common.css">\n'
            '<script type="text/javascript" src="/cms/js/jquery.js"></script>\n'
            '<script type="text/javascript" src="/cms/js/tabstrip.js"></script>\n</head>\n')


def _site_metas() -> list[tuple[str, str]]:
    return [("SiteName", f"{GOV}网站"), ("SiteDomain", "www.tingmei.gov.cn"), ("SiteIDCode", SITE_ID)]


def _col_metas(name: str) -> list[tuple[str, str]]:
    return [("ColumnName", name), ("ColumnDescription", name), ("ColumnKeywords", name), ("ColumnType", name)]


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 1927315017

    def doc(self, title: str, when: datetime, body: str = "", **kw: object) -> Doc:
        self.next_id += 7919
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    def header(self) -> str:
        nav = "".join(f'<li><a href="{_a(u)}">{n}</a></li>' for n, u in (
            ("首页", f"{ROOT}/index.html"), ("汀湄要闻", f"{ROOT}/tmyw/index.html"), ("政务公开", f"{ROOT}/zwgk/index.html"),
            ("互动交流", f"{ROOT}/hdjl/index.html")))
        return ('<div class="top"><div class="top-c"><span class="top-l">欢迎访问汀湄县人民政府网站</span>'
                '<span class="top-r"><a href="http://www.fujian.gov.cn/" target="_blank">福建省人民政府</a> | '
                '<a href="http://www.chengzhou.gov.cn/" target="_blank">澄州市人民政府</a></span></div></div>\n'
                f'<div class="head"><a href="{ROOT}/index.html"><img src="/cms/templates/tmxrmzf/images/logo.png" alt="汀湄县人民政府"></a>'
                '<form action="/cms/search/search.shtml" method="get" class="search"><input type="text" name="key">'
                '<input type="submit" value="搜索"></form></div>\n'
                f'<div class="nav"><ul>{nav}</ul></div>\n')

    def footer(self, public: bool) -> str:
        if public:  # the publicInfo template: no 网站标识码, no 公安备案
            return ('<div class="foot"><div class="foot-c"><p>主办：汀湄县人民政府办公室　'
                    f'<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a></p></div></div>\n')
        return ('<div class="foot"><div class="foot-c">\n'
                f'<p><a href="{ROOT}/wzdt/index.html">网站地图</a> | <a href="{ROOT}/lxwm/index.html">联系我们</a></p>\n'
                f'<p>主办：{OFFICE}　承办：汀湄县大数据服务中心　联系电话：0596-5821001</p>\n'
                f'<p>网站标识码：{SITE_ID}　<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>　'
                '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=35063102000117" target="_blank">'
                f'<img src="/cms/templates/tmxrmzf/images/ga.png" alt="">{GA}</a></p>\n'
                '<div class="foot-ico"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=5A1C2D3E4F6071829304A5B6C7D8E9F0" '
                'target="_blank"><img src="/cms/templates/tmxrmzf/images/dzjg.png" alt="党政机关"></a>'
                f'<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={SITE_ID}&amp;url=http%3A%2F%2Fwww.tingmei.gov.cn%2F" '
                'target="_blank"><img src="/cms/templates/tmxrmzf/images/jiucuo.png" alt="政府网站找错"></a></div>\n'
                '</div></div>\n')

    def page(self, title: str, metas: list[tuple[str, str]], body: str, public: bool = False) -> Resource:
        html = (f"{_head(title, metas)}<body>\n{self.header()}<div class=\"main\">\n{body}\n</div>\n"
                f"{self.footer(public)}</body>\n</html>\n")
        return Resource(html.encode("utf-8"), HTML)

    def trail(self, col: Col) -> str:
        steps = [("首页", f"{ROOT}/index.html")]
        steps += [("政务公开", f"{ROOT}/zwgk/index.html")] if col.xxgk else []
        steps += [(col.name, col.url())]
        return ('<div class="mid-path">当前位置：' + " &gt; ".join(f'<a href="{_a(u)}">{n}</a>' for n, u in steps) + "</div>\n")

    def pager(self, col: Col, n: int) -> str:
        if not col.docs:
            return '<div class="mid-mj-page"><span class="page-tip">共0页 共0条</span></div>\n'
        first = col.url(1)
        links = [f'<span class="page-tip">共{col.pages}页 共{len(col.docs)}条</span>']
        if n > 1:
            links += [f'<a href="{_a(first)}">首页</a>', f'<a href="{_a(col.url(n - 1))}" class="prev">上一页</a>']
        links.append(f'<span class="current">{n}</span>')
        if n < col.pages:
            links += [f'<a href="{_a(col.url(n + 1))}" class="next">下一页</a>',
                      f'<a href="{_a(col.url(col.pages))}">尾页</a>']
        return f'<div class="mid-mj-page">{"".join(links)}</div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.leaf:  # the leaf directory's rows: each <li> wrapped in a div.menuli inside the <ul>
            rows = "".join(f'\n<div class="menuli"><li><a href="{_a(col.doc_url(d))}" target="_blank" '
                           f'title="{escape(d.title, quote=True)}">{escape(d.title)}</a><span>{d.when:%Y-%m-%d}</span></li></div>'
                           for d in docs)
        else:
            rows = "".join(
                f'\n<li><span class="list-content"><a href="{_a(col.doc_url(d))}" target="_blank" title="{escape(d.title, quote=True)}">'
                f'{escape(d.title)}</a></span><span class="list-time">{d.when:%Y-%m-%d}</span></li>' for d in docs)
        group = [c for c in self.cols if c.xxgk == col.xxgk]
        side = "".join(f'<li{_ON if c is col else ""}><a href="{_a(c.url())}">{c.name}</a></li>' for c in group)
        body = (f'{self.trail(col)}<div class="mid-left"><div class="mid-left-tit">{"政务公开" if col.xxgk else "新闻中心"}</div>'
                f'<ul>{side}</ul></div>\n<div class="mid-mj"><div class="mid-mj-tit"><span>{col.name}</span></div>\n'
                f'<div class="mid-mj-list"><ul id="{"infos" if col.leaf else "resources"}">{rows}\n</ul></div>\n'
                f'{self.pager(col, n)}</div>')
        metas = _site_metas() + _col_metas(col.name) + [("siteIdMeta", col.site_id)]
        return self.page(f"{col.name}-{GOV}", metas, body)

    def related(self, d: Doc, heading: str) -> str:
        if not d.links:
            return ""
        rows = "".join(f'<li><a href="{_a(h)}" target="_blank">{escape(t)}</a></li>' for t, h in d.links)
        return f'<div class="article_relalinks"><div class="relatit">{heading}</div><ul>{rows}</ul></div>\n'

    def article(self, col: Col, d: Doc) -> Resource:
        metas = _site_metas() + _col_metas(col.name) + [("ArticleTitle", d.title),
                                 ("PubDate", f"{d.when:%Y—%m—%d %H:%M}"), ("ContentSource", d.source),
                                 ("Keywords", col.name), ("Description", d.title)]
        files = ""
        if d.files:
            files = ('<div class="attachment"><p>附件：</p>' + "".join(
                f'<p><a href="{_a(h)}" target="_blank">{escape(n)}</a></p>' for n, h in d.files) + "</div>\n")
        body = (f'{self.trail(col)}<div class="article">\n<div class="top-title1">{escape(d.title)}</div>\n'
                f'<div class="top-title2"><span class="rq">发布时间：{d.when:%Y-%m-%d %H:%M}</span>'
                f'<span class="ly">来源：{escape(d.source)}</span><span class="zh">字号：<a href="javascript:doZoom(18)">大</a> '
                '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>\n'
                f'<div id="Content">{d.body}</div>\n{files}{self.related(d, "相关链接")}'
                '<div class="ewm"><img src="/cms/templates/tmxrmzf/images/ewm.png" alt=""><p>扫一扫在手机打开当前页</p></div>\n'
                '<div class="article-btn"><a href="javascript:window.print()">打印本页</a> '
                '<a href="javascript:window.close()">关闭窗口</a></div>\n</div>')
        return self.page(f"{d.title}-{GOV}", metas, body)

    def record(self, col: Col, d: Doc) -> Resource:
        """A publicInfo record: metas ArticleTitle and PubDate only, `ul.info`, two `div.tsrc`, li#wjxz files."""
        metas = [("ArticleTitle", d.title), ("PubDate", f"{d.when:%Y—%m—%d %H:%M}")]
        info = "".join(f"<li><span>{k}：</span>{escape(v)}</li>" for k, v in (d.info or {}).items())
        pdf = (f'<a href="{_a(d.pdf)}" target="_blank">{escape(d.title)}.pdf</a>' if d.pdf
               else '<a href="javascript:void(0);">无pdf文件</a>')
        viewer = (f'<div class="tsrc"><iframe src="/cms/js/pdfjs/web/viewer.html?file={_a(d.pdf)}" width="100%" height="800" '
                  'frameborder="0"></iframe></div>' if d.pdf else "")
        body = (f'{self.trail(col)}<div class="xxgk-article">\n<div class="title"><h1>{escape(d.title)}</h1></div>\n'
                f'<ul class="info">{info}<li id="wjxz"><span>文件下载：</span><span id="pdfattachments">{pdf}</span> '
                '<span id="wordattachments"><a href="javascript:void(0);">无word文件</a></span></li></ul>\n'
                '<div class="tab"><a href="javascript:void(0);" class="on">文字版</a>'
                + ('<a href="javascript:void(0);">PDF版</a>' if d.pdf else "") + '</div>\n'
                f'<div id="Content">{viewer}<div class="tsrc">{d.body}</div></div>\n{self.related(d, "相关解读")}</div>')
        return self.page(f"{d.title}", metas, body, public=True)

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            self.res[col.url()] = self.list_page(col, 1)
            for n in range(2, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                self.traps.append(Trap(col.url(n), LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.record(col, d) if col.public else self.article(col, d)
                for _, h in [*d.files, ("", d.pdf)]:
                    if h and h not in self.res and h not in BROKEN:
                        self.res[h] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


def _at(d: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hour, minute)


_WORK = ("会议强调，各乡镇、县直各部门要提高政治站位，压实工作责任，细化工作举措，加强督促检查，"
         "确保各项目标任务按期完成，切实解决群众急难愁盼问题。")
_SUBJECTS = ("召开县委常委会会议", "召开县政府常务会议", "开展安全生产大检查", "推进乡村振兴重点工作", "召开防汛防台工作会议",
             "开展招商引资推介活动", "召开为民办实事推进会", "开展森林防火演练")
_TOWNS = ("湄城镇", "溪口镇", "坂里乡", "龙岩头镇")
BROKEN_IMAGE = f"{ROOT}/2026-11-04/images/1104093512.jpg"
BROKEN_PDF = "/cms/infopublic/pages/20684996108160925/pdfattachments/202606111523401.pdf"
BROKEN = {BROKEN_IMAGE, BROKEN_PDF}


def _news(s: _Site) -> None:
    yw = Col("tmyw", "汀湄要闻", "620416813021631001")
    for i in range(40):
        when = _at(AS_OF - timedelta(days=2 + i * 6), 9 + i % 8, (i * 13) % 60)
        yw.docs.append(s.doc(f"{COUNTY}{_SUBJECTS[i % 8]}（{i + 1}）", when,
                             _paras(f"近日，{COUNTY}{_SUBJECTS[i % 8]}。县委、县政府主要负责同志出席并讲话。", _WORK),
                             source="汀湄县融媒体中心"))
    yw.docs[2].body += f'<p style="text-align:center"><img src="{_a(BROKEN_IMAGE)}" alt=""></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "要闻正文图片 404", probe="status:404"))
    deleted = f"{ROOT}/2026-03-02/1926991403.html"
    yw.docs[7].links.append(("汀湄县召开一季度经济运行分析会", deleted))
    s.key.append(Expected("broken-links", deleted, "相关链接指向已删除的文章（404）", probe="status:404"))
    s.traps.append(Trap(yw.url(), "要闻第 1 页是静态 index.html，后续页只在 /cms/sitemanage/index.shtml?siteId=…&page=N，属同一栏目"))
    s.traps.append(Trap(yw.doc_url(yw.docs[0]), "PubDate 的日期与页面发布时间一致，不是日期不符（格式另计，见 meta-tags）；"
                        "文章地址只有日期文件夹，不含栏目"))
    # Added at first contact (the key had missed it; turbo's key counts a PubDate `2026/11/18 10:20` the same way).
    s.key.append(Expected("meta-tags", yw.doc_url(yw.docs[0]), "文章页 PubDate 写作 `2026—11—18 09:00`（破折号），"
                          "不合 YYYY-MM-DD HH:MM 格式", probe="pubdate-dashes", url_pattern=r"^/cms/html/tmxrmzf/\d{4}-\d{2}-\d{2}/"))

    tzgg = Col("tzgg", "通知公告", "620416813021631002", per_page=10)
    for i in range(16):
        tzgg.docs.append(s.doc(f"关于{('做好冬季森林防火', '城乡居民医保集中参保缴费', '开展消防安全隐患排查', '冬春季节供水保障')[i % 4]}"
                               f"有关事项的通知（{i + 1}）", _at(AS_OF - timedelta(days=4 + i * 11), 16),
                               _paras("各乡镇人民政府，县直各单位：", _WORK, OFFICE), source=OFFICE))
    ok_file = f"{ROOT}/attachment/2026/10/202610201108227.docx"
    tzgg.docs[1].files.append(("附件：报名表.docx", ok_file))
    s.res[ok_file] = Resource(fake_pdf("docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的公告", _at(date(2026, 3, 18), 16),
                           _paras("经清理，继续有效的行政规范性文件18件，宣布失效2件。", _WORK), source=OFFICE))

    xzdt = Col("xzdt", "乡镇动态", "620416813021631003")
    for i in range(9):
        xzdt.docs.append(s.doc(f"{_TOWNS[i % 4]}{('开展秋收秋种督导', '召开村级工作会', '开展人居环境整治')[i % 3]}",
                               _at(date(2025, 8, 20) - timedelta(days=i * 26), 11), _paras("活动现场秩序井然。", _WORK)))
    s.key.append(Expected("stale-columns", xzdt.url(), "乡镇动态最新文章 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))

    bmdt = Col("bmdt", "部门动态", "620416813021631004")
    for i in range(16):
        bmdt.docs.append(s.doc(f"县{('农业农村局', '交通运输局', '卫生健康局', '教育局')[i % 4]}"
                               f"{('召开专题工作会', '开展业务培训', '开展督导检查', '推进重点项目')[i // 4]}",
                               _at(AS_OF - timedelta(days=6 + i * 9), 15), _paras("会议对下一步工作作了安排部署。", _WORK)))

    bmfw = Col("bmfw", "便民服务", "620416813021631005")
    s.key.append(Expected("empty-columns", bmfw.url(), "便民服务栏目列表为空（共0页 共0条）", probe="no-rows"))
    s.cols += [yw, tzgg, xzdt, bmdt, bmfw]


# Normative documents (subject, metadata shape, interpretation defect)
_NORMATIVE = (("城镇住房保障管理", "full", ""), ("农村集体经济组织财务管理", "full", "missing"), ("县级储备粮管理", "no-validity", ""),
              ("城市道路挖掘管理", "full", "late"), ("政府投资项目管理", "full", "unlinked"),
              ("城乡居民临时救助", "blank-number", ""), ("县城建成区养犬管理", "full", ""))


def _info(index: str, organ: str, published: datetime, written: datetime, number: str, summary: str,
          topic: str = "综合政务", validity: str | None = "有效", genre: str = "规范性文件") -> dict[str, str]:
    fields = {"索引号": index, "发文机关": organ, "主题分类": topic, "体裁分类": genre,
              "发布日期": f"{published:%Y-%m-%d}", "成文日期": f"{written:%Y-%m-%d}", "内容概述": summary, "发文字号": number}
    if validity is not None:
        fields["有效性"] = validity
    return fields


def _disclosure(s: _Site) -> None:
    gfx = Col("gfxwj", "规范性文件", "620416816729331001", per_page=5, public=True)
    zcjd = Col("zcjd", "政策解读", "620416816729331002")
    tstj = Col("tstj", "图说图解", "620416816729331006")  # 南靖's 解读回应 tabs: 政策解读, 图说图解, H5解读 …
    for k, (subject, shape, defect) in enumerate(_NORMATIVE):
        when = _at(date(2026, 10, 22) - timedelta(days=31 * k), 15, 20)
        number = f"汀政规〔{when.year}〕{9 - k}号"
        short = f"{COUNTY}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when, source=OFFICE)
        d.id = 20684996108160004 + k * 307
        d.body = _paras("各乡镇人民政府，县直各单位：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when - timedelta(days=2):%Y年%-m月%-d日}", short,
                        f"第一条　为规范本县{subject}工作，根据有关法律法规和省、市有关规定，结合本县实际，制定本办法。",
                        "第二条　本办法适用于本县行政区域内的相关管理活动。",
                        "第三条　县直有关部门按照各自职责做好相关工作。", "第四条　本办法自印发之日起施行，有效期五年。")
        d.pdf = f"/cms/infopublic/pages/{d.id}/pdfattachments/{when:%Y%m%d}{k}.pdf"
        d.info = _info(f"FJ0631-0100-{when.year}-{k + 31:05d}", OFFICE, when, when - timedelta(days=2),
                       "" if shape == "blank-number" else number, f"印发《{short}》",
                       validity=None if shape == "no-validity" else "有效")
        url = gfx.doc_url(d)
        if shape == "no-validity":
            s.key.append(Expected("normative-metadata", url, "规范性文件信息栏没有有效性", probe="meta-missing:有效性"))
        elif shape == "blank-number":
            s.key.append(Expected("normative-metadata", url, "规范性文件信息栏的发文字号为空", probe="meta-missing:发文字号"))
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 14 if defect == "late" else k % 3
        graphic = k == len(_NORMATIVE) - 1  # its only interpretation is a 图解 in the 图说图解 column
        home = tstj if graphic else zcjd
        i = s.doc(f"图解：《{short}》" if graphic or not k % 2 else f"《{short}》政策解读", when + timedelta(days=lag, hours=1),
                  _paras(f"一、起草背景　为规范本县{subject}工作，县政府办公室牵头起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　县政府办公室。" + _WORK),
                  source=OFFICE)
        if defect != "unlinked":
            i.links.append((d.title, url))
            d.links.append((i.title, home.doc_url(i)))
            s.traps.append(Trap(url, "文件与解读通过“相关解读”“相关链接”互相链接，解读及时；文件下载处的“无word文件”是占位，不是断链"
                                + ("；解读是图说图解栏目的图解" if graphic else "")))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目）", probe="no-interp-link"))
        home.docs.append(i)
    for n, topic in enumerate(("2026年县政府工作报告", "汀湄县第二季度经济运行情况", "汀湄县秋冬季森林防火工作")):
        tstj.docs.append(s.doc(f"图解：{topic}", _at(AS_OF - timedelta(days=12 + n * 40), 9),
                               _paras(f'<img src="/cms/templates/tmxrmzf/images/banner.jpg" alt="图解：{topic}">'), source=OFFICE))
    s.traps.append(Trap(gfx.url(), "规范性文件的记录页是动态地址 publicInfo.shtml?id=…&siteId=…，正文有 PDF 预览和文字版两份"))
    gfx.docs[3].pdf = BROKEN_PDF
    s.key.append(Expected("broken-links", BROKEN_PDF, "规范性文件的 PDF 附件 404", probe="status:404"))

    czzj = Col("czzj", "财政资金", "620416816729331003", public=True)
    for n in range(5):
        year = 2025 - n // 2
        when = _at(date(2025, 6, 18) - timedelta(days=175 * n), 9)
        d = s.doc(f"{GOV}{year}年{'部门预算' if n % 2 == 0 else '部门决算'}公开", when,
                  _paras("根据《中华人民共和国预算法》有关规定，现将本级预决算情况公开如下。", _WORK), source="汀湄县财政局")
        d.id = 20684996108170004 + n * 211
        d.info = _info(f"FJ0631-0600-{when.year}-{n + 11:05d}", "汀湄县财政局", when, when, "", "预决算公开",
                       topic="财政资金", validity=None, genre="其他")
        czzj.docs.append(d)
    s.key.append(Expected("stale-columns", czzj.url(), "财政资金最新信息 2025-06-18，超过 1 年（2026 年预算未公开）",
                          probe="newest:2025-06-18"))

    ndbg = Col("xxgknb", "政府信息公开年报", "620416816729331004", public=True)
    published = {2025: date(2026, 3, 20), 2023: date(2024, 4, 15), 2022: date(2023, 3, 31), 2021: date(2022, 3, 9)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", _at(when, 17), report_body(GOV, year, year % 5), source=OFFICE)
        d.id = 20684996108180004 + year
        d.info = _info(f"FJ0631-0100-{when.year}-{year % 100:05d}", OFFICE, _at(when, 17), _at(when, 17), "",
                       f"{year}年政府信息公开工作年度报告", topic="政府信息公开年报", validity=None, genre="报告")
        if year == 2021:  # published as a PDF only: the text copy says so
            d.body = _paras("（本报告全文见PDF版）")
            d.pdf = f"/cms/infopublic/pages/{d.id}/pdfattachments/{year}ndbg.pdf"
            s.traps.append(Trap(ndbg.doc_url(d), "2021 年报只有 PDF 版（文字版只有一句说明），按时发布（2022-03-09）"))
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-15 发布，晚于县政府的公开期限 3 月 31 日",
                                  match=(COUNTY, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告", match=(COUNTY, "2024"),
                          probe="no-report:2024"))

    ghjh = Col("ghjh", "规划计划", "620416816729331007", per_page=10, public=True, leaf="1200686935")
    for n in range(12):
        when = _at(AS_OF - timedelta(days=9 + n * 23), 10)
        d = s.doc(f"{COUNTY}{('交通', '水利', '教育', '卫生健康')[n % 4]}事业发展{('年度工作计划', '三年行动方案', '专项规划')[n % 3]}（{n + 1}）",
                  when, _paras("为推动本县相关事业高质量发展，制定本计划。", _WORK), source=OFFICE)
        d.id = 20684996108190004 + n * 97
        d.info = _info(f"FJ0631-0200-{when.year}-{n + 21:05d}", OFFICE, when, when, "", "规划计划", topic="规划计划",
                       validity=None, genre="计划")
        ghjh.docs.append(d)
    s.traps.append(Trap(ghjh.url(), "信息公开叶子目录：首页 leafinfodirectory/<id>.html，行是 ul#infos 里 div.menuli 包着的 li，"
                        "后续页在 /cms/infopublic/index.shtml?directoryId=…&page=N；政务公开页“更多”链接的文字是地址"))
    snfw = Col("snfw", "三农服务", "620416816729331008", public=True, leaf="1634581767")
    for n in range(6):
        when = _at(date(2025, 5, 12) - timedelta(days=n * 41), 15)
        d = s.doc(f"{COUNTY}{('春耕备耕', '耕地地力保护补贴', '高标准农田建设')[n % 3]}工作安排（{n + 1}）", when,
                  _paras("各乡镇要切实做好相关工作。", _WORK), source="汀湄县农业农村局")
        d.id = 20684996108200004 + n * 89
        d.info = _info(f"FJ0631-0300-{when.year}-{n + 5:05d}", "汀湄县农业农村局", when, when, "", "三农服务", topic="农业、农村",
                       validity=None, genre="其他")
        snfw.docs.append(d)
    s.key.append(Expected("stale-columns", snfw.url(), "三农服务（信息公开叶子目录）最新信息 2025-05-12，超过 1 年未更新",
                          probe="newest:2025-05-12"))

    rsxx = Col("rsxx", "人事信息", "620416816729331005", public=True)
    s.key.append(Expected("empty-columns", rsxx.url(), "人事信息栏目列表为空（共0页 共0条）", probe="no-rows"))
    s.cols += [gfx, zcjd, tstj, czzj, ndbg, ghjh, snfw, rsxx]


def _more_text(col: Col) -> str:
    """The 更多 link's text: a leaf directory's tab shows its dynamic address instead (the jsj crawler resolves
    such tabs' names from their buttons)."""
    return f"index.shtml?directoryId={col.leaf}&siteId={GOV_SITE}" if col.leaf else "更多"


def _statics(s: _Site) -> None:
    pages = {f"{ROOT}/xxgkzn/index.html": ("政府信息公开指南", _paras(
                 f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。", "一、主动公开　二、依申请公开　三、监督和救济",
                 "本指南自2026年3月1日起施行。")),
             f"{ROOT}/ysqgk/index.html": ("依申请公开", _paras("申请人可以通过当面、信函、网络等方式向县政府办公室提出政府信息公开申请。")),
             f"{ROOT}/xxgkzd/index.html": ("政府信息公开制度", _paras("本县建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。")),
             f"{ROOT}/fdzdgknr/index.html": ("法定主动公开内容", _paras("机构职能、规范性文件、规划计划、财政资金等法定主动公开内容见各栏目。")),
             f"{ROOT}/hdjl/index.html": ("互动交流", _paras("县长信箱　咨询投诉　意见征集　在线访谈") + '<ul><li><a href="'
                                         'https://12345.fujian.gov.cn/" target="_blank">福建省12345便民服务平台</a></li></ul>'),
             f"{ROOT}/lxwm/index.html": ("联系我们", _paras(f"地址：{COUNTY}湄城镇府前路1号　电话：0596-5821001")),
             f"{ROOT}/wzdt/index.html": ("网站地图", "<ul>" + "".join(
                 f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in s.cols) + "</ul>")}
    for url, (name, text) in pages.items():
        body = (f'<div class="mid-path">当前位置：<a href="{ROOT}/index.html">首页</a> &gt; <a href="{_a(url)}">{name}</a></div>\n'
                f'<div class="mid-dy"><div class="mid-dy-tit">{name}</div><div class="mid-dy-con">{text}</div></div>')
        s.res[url] = s.page(f"{name}-{GOV}", _site_metas() + _col_metas(name), body)
    s.traps.append(Trap(f"{ROOT}/lxwm/index.html", "无日期的单页，不是过期栏目"))
    tabs = []
    for k, c in enumerate(c for c in s.cols if c.xxgk):
        tid = f"375615511_{k}"
        rows = "".join(f'<li><a href="{_a(c.doc_url(d))}" title="{escape(d.title, quote=True)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in c.docs[:5])
        tabs.append((tid, c, rows))
    buttons = "".join(f'<li id="tabstripButton_{tid}"{_ON if i == 0 else ""}><a href="javascript:void(0);">{c.name}</a></li>'
                      for i, (tid, c, _) in enumerate(tabs))
    panes = "".join(f'<div id="tabstripPage_{tid}" class="tabstrip-page"{"" if i == 0 else _HIDDEN}><ul>{rows}</ul></div>'
                    f'<div id="tabstripMore_{tid}" class="tabstrip-more"{"" if i == 0 else _HIDDEN}>'
                    f'<a href="{_a(c.url())}">{_a(_more_text(c))}</a></div>' for i, (tid, c, rows) in enumerate(tabs))
    body = (f'<div class="mid-path">当前位置：<a href="{ROOT}/index.html">首页</a> &gt; <a href="{ROOT}/zwgk/index.html">政务公开</a></div>\n'
            '<div class="zwgk-left">' + "".join(f'<a href="{ROOT}/{p}/index.html">{n}</a>' for p, n in (
                ("xxgkzn", "政府信息公开指南"), ("xxgkzd", "政府信息公开制度"), ("fdzdgknr", "法定主动公开内容"), ("ysqgk", "依申请公开")))
            + f'</div>\n<div class="zwgk-right"><ul class="tabstrip">{buttons}</ul>{panes}</div>')
    s.res[f"{ROOT}/zwgk/index.html"] = s.page(f"政务公开-{GOV}", _site_metas() + _col_metas("政务公开"), body)
    s.traps.append(Trap(f"{ROOT}/zwgk/index.html", "政务公开页是 tabstrip 选项卡（各栏目前 5 条和“更多”），不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{_a(col.doc_url(d))}" target="_blank" title="{escape(d.title, quote=True)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="index-box"><div class="index-box-tit"><span>{col.name}</span><a href="{_a(col.url())}" class="more">更多&gt;&gt;</a></div>'
                f'<ul>{rows}</ul></div>')
    body = (f'<div class="banner"><img src="/cms/templates/tmxrmzf/images/banner.jpg" alt="魅力汀湄"></div>\n'
            f'{block(s.col("汀湄要闻"), 8)}{block(s.col("通知公告"), 6)}{block(s.col("规范性文件"), 5)}{block(s.col("政策解读"), 5)}\n'
            f'<div class="index-zwgk"><a href="{ROOT}/zwgk/index.html">政务公开</a><a href="{ROOT}/xxgkzn/index.html">政府信息公开指南</a>'
            f'<a href="{_a(s.col("政府信息公开年报").url())}">政府信息公开年报</a></div>')
    metas = _site_metas() + _col_metas("首页")
    s.res[f"{ROOT}/index.html"] = s.page(f"{GOV}", metas, body)
    s.res["/"] = Resource(b"", HTML, 302, f"{ROOT}/index.html")


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             f'<div class="error"><p>您访问的页面不存在！</p><a href="{ROOT}/index.html">返回首页</a></div></body></html>')

VIEWER = ('<!DOCTYPE html><html dir="ltr"><head><meta charset="utf-8"><title>PDF.js viewer</title>'
          '<script src="build/pdf.js"></script><script src="viewer.js"></script></head>'
          '<body tabindex="1"><div id="outerContainer"><div id="viewerContainer"><div id="viewer" class="pdfViewer"></div>'
          '</div></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"ylcms offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _statics(s)
    _home(s)
    for name in ("logo.png", "ga.png", "dzjg.png", "jiucuo.png", "ewm.png", "banner.jpg"):
        s.res[f"/cms/templates/tmxrmzf/images/{name}"] = Resource(tiny_png(), "image/png")
    s.res["/cms/templates/tmxrmzf/css/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    for js in ("jquery.js", "tabstrip.js"):
        s.res[f"/cms/js/{js}"] = Resource(b"function doZoom(n){}", "application/javascript")
    s.res["/cms/js/pdfjs/web/viewer.html"] = Resource(VIEWER.encode(), HTML)
    for js in ("build/pdf.js", "viewer.js"):
        s.res[f"/cms/js/pdfjs/web/{js}"] = Resource(b"var PDFViewerApplication={};", "application/javascript")
    s.traps.append(Trap("/cms/js/pdfjs/web/viewer.html", "PDF.js 预览器（记录页 iframe 加载），不是网站页面"))
    gfx = s.col("规范性文件")
    pattern = "^" + re.escape(PUBLIC)
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "信息公开记录页（publicInfo.shtml）模板的页脚没有网站标识码和公安机关备案号",
                          probe="footer-lacks:网站标识码", url_pattern=pattern))
    s.key.append(Expected("meta-tags", gfx.doc_url(gfx.docs[0]), "信息公开记录页（publicInfo.shtml）只有 ArticleTitle、PubDate，"
                          "没有网站标签（SiteName、SiteDomain、SiteIDCode）和栏目标签", probe="record-no-site-tags", url_pattern=pattern))
    s.traps.append(Trap(f"{ROOT}/index.html", "门户页脚有主办、网站标识码、闽ICP备、闽公网安备、党政机关标识和找错"))
    return SampleSite("ylcms", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset(), script_only=frozenset({"/cms/js/pdfjs/web/viewer.html"}))
