"""The "jee" sample site: a district government portal (青峰区人民政府) on JEECMS (Java, FreeMarker
`[@cms_content_page]` templates, static `.jhtml` pages), UTF-8.

Written from real JEECMS markup found with the library tools (`find_string`, `read_file`); sources:
  - a rendered government JEECMS list page quoted in a public scraper (www.yctravel.gov.cn 旅游快报,
    `find_string "gov.cn/xxgk/index.jhtml"`): columns `/<col>/index.jhtml`, articles `/<col>/<id>.jhtml`,
    rows `<ul class="news-list"><li><span>2017-09-28</span><h1><a href="…/lykb/9010.jhtml">…</a></h1></li>`
    (the date BEFORE the title), the side menu `<div class="side-nav fl"><h2>资讯动态</h2><ul><li class="on">`,
    the trail `<div class="dqwz"><em>您当前的位置：</em>…`, the search form `/search.jspx?q=`, resources under
    `/r/cms/www/default/`, uploads `/u/cms/www/201801/…pdf`, and its pager, every link `href="#"` with the
    address in an onclick: `<div class="page-area"><div class="pages"><span class="button-area">共1648条记录
    6/66页</span><a href="#" class="prev" onclick="location.href='index_5.jhtml'"> &lt;&lt; </a><span
    class="page-number"><a class="Num" href="#" onclick="location.href='index.jhtml'">1</a><i class="Num
    none">...</i>…<a class="Num on" …>6</a>…</span><a class="next" href="#" onclick="location.href=
    'index_7.jhtml'"> &gt;&gt; </a>`; its footer: `赣ICP备10004638号 &emsp; 网站标识码:3609000004 &emsp;
    <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36090202000071">公安备案号
    36090202000071</a>` (no 公网安备 wording), the conac badge written by `document.write(unescape(
    "%3Cspan id='_ideConac' %3E…"))`, `<script id="_jiucuo_" sitecode='3609000004' src=
    'http://pucha.kaipuyun.cn/exposure/jiucuo.js'>`, the website annual form `report_tb_<code>.pdf`;
  - JEECMS's own pager templates (cerhy/cerhy `WEB-INF/t/cms_sys_defined/style_page/channel_1.html`,
    irispastal/jeecmsv9 `style_page/channel_2.html`, `include/page.html`): `共${totalCount}条记录
    ${pageNo}/${totalPage}页`, 首页/上一页 as `<a disabled="disabled" style="cursor: pointer">` on page 1,
    otherwise `<a href="#" onclick="location.href=encodeURI('${hrefFormer}_${n}${hrefLatter}');">下一页</a>`,
    a `第<select onChange="…location.href=encodeURI('${hrefFormer}_'+this.value+'${hrefLatter}')…">` jump;
  - the default article template (irispastal/jeecmsv9 `content/news2.html`): `发布时间：${content.releaseDate}
    &nbsp;&nbsp;作者：…&nbsp;&nbsp;来源：…&nbsp;&nbsp;浏览次数：<span id="views"></span>`, 上一篇/下一篇 with
    `没有了`, and `Cms.attachment("${base}","${content.id}","${n}","attach")`, the script that fills in the
    href of `<a id="attach0">` with `/attachment.jspx?cid=…&i=0&t=…&k=…` (front.js, found in several
    repositories; a real `www.cdht.gov.cn/attachment.jspx?cid=83831&i=0&t=1491664098424&k=…` URL);
  - `index_2.jhtml` as page 2 of `index.jhtml` (scrapers of hnsggzy.com, gazx.gov.cn, wjw.xiaogan.gov.cn).
Guessed, said as such: the disclosure documents' metadata table and its labels (a custom model's fields),
the 相关解读/相关文件 boxes (JEECMS's 相关文章 box retitled), the 政策解读 sidebar of disclosure pages,
the empty-list text, a pager of plain links (the brief's `共 98 条记录 当前页 1/5` with 首页/上一页/下一页/
尾页 hrefs, an older JEECMS style), the picture list, the <meta> tags (added by many government sites for
the 2019 rules, not by JEECMS itself), every page's wording and the 404 page.

Variety on purpose: three pager styles (onclick page numbers, onclick 首页/上一页/下一页/尾页 with a select
jump, plain links), a dateless picture column, a column whose rows all show one regeneration day, a
column of 0 records whose pager says 共0条记录 1/1页, a 情况说明 column, undated single pages, an
attachment link that only script fills in, a 政策解读 sidebar on every disclosure page that is not a
document's related box, a compliant annual report titled differently, and the real footer wording
公安备案号. Every planted defect is an `Expected` entry written before the tool ran; things that must
not be findings are `Trap`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
DISTRICT = "青峰区"
GOV = "青峰区人民政府"
SITE_ID = "3609020005"
HTML = "text/html;charset=UTF-8"
DISCLOSURE_DOCS = r"^/xxgk/(?:gfxwj|zcjd|rsxx|ghjh|ndbg)/\d+\.jhtml$"  # the 信息公开 article template


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
    files: list[tuple[str, str]] = field(default_factory=list)  # (href, name); href "" = filled in by script
    listed: date | None = None  # the row's date when the list shows a regeneration day


@dataclass
class Col:
    path: str  # "/xwzx/qfyw": page 1 is path + "/index.jhtml", page n is path + "/index_n.jhtml"
    name: str
    section: str  # xwzx | xxgk | hdjl
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    pager: str = "num"  # num (onclick numbers) | btn (onclick 首页…尾页 + select) | href (plain links)
    rows: str = "news"  # news (date before title) | ul (title, date) | table (文号) | pic (no dates)
    empty: str | None = None  # the text of an empty list
    zero_pager: bool = False  # an empty list that still shows 共0条记录 1/1页
    note: str = ""  # a 情况说明 instead of a list

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        return f"{self.path}/index.jhtml" if n == 1 else f"{self.path}/index_{n}.jhtml"

    def doc_url(self, d: Doc) -> str:
        return f"{self.path}/{d.id}.jhtml"


_SECTIONS = {"xwzx": ("新闻中心", "/xwzx/index.jhtml"), "xxgk": ("信息公开", "/xxgk/index.jhtml"),
             "hdjl": ("互动交流", "/hdjl/zjdc/index.jhtml")}
_NAV = (("首页", "/"), ("新闻中心", "/xwzx/index.jhtml"), ("信息公开", "/xxgk/index.jhtml"),
        ("互动交流", "/hdjl/zjdc/index.jhtml"))


# ---------------------------------------------------------------- page shells

def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'\t<meta name="{k}" content="{escape(v)}">\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.qingfeng.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<head>\n\t<meta charset="utf-8">\n\t<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
            f'\t<title>{escape(title)}</title>\n\t<meta http-equiv="keywords" content="{escape(meta.get("ColumnName", GOV))}"/>\n'
            f'{metas}\t<link href="/r/cms/www/default/css/base-style.css" rel="stylesheet" type="text/css">\n'
            '\t<script type="text/javascript" src="/r/cms/www/default/js/jquery.min.js"></script>\n'
            '\t<script type="text/javascript" src="/r/cms/front.js"></script>\n</head>\n')


def _top(current: str) -> str:
    items = "".join(f'<li class="{"on" if n == current else ""}"><a href="{u}">{n}</a></li>' for n, u in _NAV)
    return ('<div class="wrapper nr-top-area"><div class="layout nr-top-img">'
            f'<a class="logo" href="javascript:;">{GOV}</a></div></div>\n'
            f'<div class="wrapper nr-nav-bg"><div class="layout nr-nav-area"><ul>{items}</ul></div></div>\n'
            '<div class="wrapper time-weather-bg"><div class="layout hidden"><div class="nr-search-area fr">'
            '<form action="/search.jspx" target="_blank" id="searchForm"><label class="fl">站内搜索：</label>'
            '<input class="box fl" name="q" type="text"><input class="btn fl" type="submit" value=""></form></div></div></div>\n')


def _footer(site_id: bool = True, home: bool = False) -> str:
    code = f"网站标识码:{SITE_ID} &emsp; " if site_id else ""
    marks = ('<script type="text/javascript">document.write(unescape("%3Cspan id=\'_ideConac\' %3E%3C/span%3E'
             '%3Cscript src=\'http://dcs.conac.cn/js/15/232/0000/40695809/CA152320000406958090003.js\' '
             'type=\'text/javascript\'%3E%3C/script%3E"));</script>\n'
             f'\t<script id="_jiucuo_" sitecode=\'{SITE_ID}\' src=\'http://pucha.kaipuyun.cn/exposure/jiucuo.js\'></script>\n'
             f'\t<span id="wzndbg"><a href="/u/cms/www/202601/report_tb_{SITE_ID}.pdf" target="_blank">'
             '<img src="/r/cms/www/default/images/wzndbg.jpg" width="127" height="90"></a></span>\n') if home else ""
    return ('<div class="wrapper footer">\n  <div class="layout copyright">\n'
            f'    <p>主办单位：{GOV}办公室&emsp;承办单位：{DISTRICT}融媒体中心&emsp;联系地址：{DISTRICT}青峰大道1号&emsp;邮政编码:336100</p>\n'
            f'    <p> copyright©2026 www.qingfeng.gov.cn All Rights Reserved &emsp;赣ICP备12004517号 &emsp; {code}'
            '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36090202000118" target="_blank">'
            f'公安备案号 36090202000118</a></p>\n    {marks}  </div>\n</div>')


def _page(title: str, current: str, body: str, meta: dict[str, str], site_id: bool = True, home: bool = False) -> Resource:
    html = (f"<!DOCTYPE html>\n<html>\n{_head(title, meta)}<body>\n{_top(current)}{body}\n"
            f"{_footer(site_id, home)}</body>\n</html>\n")
    return Resource(html.encode("utf-8"), HTML)


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


def _crumb(col: Col | None, tail: str = "") -> str:
    parts = ['<a href="/">首页</a>']
    if col is not None:
        name, url = _SECTIONS[col.section]
        parts += [f'<a href="{url}">{name}</a>', f'<a href="{col.url()}">{col.name}</a>']
    if tail:
        parts.append(tail)
    return '<div class="dqwz"><em>您当前的位置：</em>' + " &gt; ".join(parts) + "</div>"


# ---------------------------------------------------------------- lists

def _rows(col: Col, docs: list[Doc]) -> str:
    if not docs:
        return f'<ul class="news-list"><li class="no-data">{col.empty}</li></ul>' if col.empty else '<ul class="news-list"></ul>'
    when = lambda d: f"{d.listed or d.when:%Y-%m-%d}"  # noqa: E731
    if col.rows == "table":
        trs = "".join(f'<tr><td class="bt"><a href="{col.doc_url(d)}" title="{d.title}" target="_blank">{d.title}</a></td>'
                      f'<td>{(d.fields or {}).get("发文字号", "")}</td><td>{when(d)}</td></tr>' for d in docs)
        return f'<table class="xxgk-list" width="100%"><tr><th>标题</th><th>文号</th><th>发布日期</th></tr>{trs}</table>'
    if col.rows == "pic":
        lis = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank"><img src="/u/cms/www/202611/pic{d.id}.jpg" '
                      f'alt="{d.title}"></a><p><a href="{col.doc_url(d)}" target="_blank">{d.title}</a></p></li>' for d in docs)
        return f'<ul class="pic-list">{lis}</ul>'
    if col.rows == "ul":
        lis = "".join(f'<li><a href="{col.doc_url(d)}" title="{d.title}" target="_blank">{d.title}</a>'
                      f'<span class="date">{when(d)}</span></li>' for d in docs)
        return f'<ul class="list-ul">{lis}</ul>'
    lis = "".join(f'\n\t\t\t<li>\n\t\t\t\t<span>{when(d)}</span>\n\t\t\t\t<h1><a href="{col.doc_url(d)}">{d.title}</a></h1>\n\t\t\t</li>'
                  for d in docs)
    return f'<ul class="news-list">{lis}\n\t\t</ul>'


def _num_pager(col: Col, n: int) -> str:
    """yctravel's rendered pager: every link `href="#"`, the page in `onclick="location.href='index_k.jhtml'"`."""
    pages = col.pages
    go = lambda k: "index.jhtml" if k == 1 else f"index_{k}.jhtml"  # noqa: E731
    nums = "".join(f'\n     <a class="Num{" on" if k == n else ""}" href="#" onclick="location.href=\'{go(k)}\'">{k}</a>'
                   for k in range(1, pages + 1))
    prev = f'<a href="#" class="prev" onclick="location.href=\'{go(n - 1)}\'"> &lt;&lt; </a>' if n > 1 else ""
    nxt = f'<a class="next" href="#" onclick="location.href=\'{go(n + 1)}\'"> &gt;&gt; </a>' if n < pages else ""
    return ('<div class="page-area">\n  <div class="pages">\n'
            f'    <span class="button-area">共{len(col.docs)}条记录 {n}/{pages}页</span>\n{prev}\n'
            f'    <span class="page-number">{nums}\n    </span>\n     {nxt}\n     <span class="button-area"></span>\n      </div>\n</div>')


def _btn_pager(col: Col, n: int) -> str:
    """JEECMS's style_page/channel_1: 首页/上一页/下一页/尾页 by onclick (disabled anchors at the ends), a select jump."""
    pages, former = col.pages, f"{col.path}/index"
    go = lambda k: f"location.href=encodeURI('{former}{'' if k == 1 else f'_{k}'}.jhtml');"  # noqa: E731
    off = '<a disabled="disabled" style="cursor: pointer">{}</a>'
    on = '<a href="#" onclick="{}">{}</a>'
    first = (off.format("首页") + " " + off.format("上一页")) if n == 1 else (on.format(go(1), "首页") + " " + on.format(go(n - 1), "上一页"))
    last = (off.format("下一页") + " " + off.format("尾页")) if n == pages else (on.format(go(n + 1), "下一页") + " " + on.format(go(pages), "尾页"))
    chosen = lambda k: 'selected="selected"' if k == n else ""  # noqa: E731
    options = "".join(f'\n  <option value="{k}" {chosen(k)}>{k}</option>' for k in range(1, pages + 1))
    select = (f"&nbsp;第<select onChange=\"if(this.value==1){{location.href=encodeURI('{former}.jhtml')}}else{{location.href="
              f"encodeURI('{former}_'+this.value+'.jhtml')}}this.disabled='disabled'\">{options}\n</select>页")
    return (f'<div class="pagination">\n共{len(col.docs)}条记录 {n}/{pages}页\n&nbsp;{first}\n&nbsp;{last}\n{select}\n</div>')


def _href_pager(col: Col, n: int) -> str:
    """A pager of plain links (guessed wording: 共 N 条记录 当前页 n/P)."""
    pages = col.pages
    link = lambda k, text: f'<a href="{col.url(k)}">{text}</a>'  # noqa: E731
    first = "首页 上一页" if n == 1 else f"{link(1, '首页')} {link(n - 1, '上一页')}"
    last = "下一页 尾页" if n == pages else f"{link(n + 1, '下一页')} {link(pages, '尾页')}"
    return f'<div class="TxtCenter">共 {len(col.docs)} 条记录 当前页 {n}/{pages} {first} {last}</div>'


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 20350
        self.sidebar = ""  # the 政策解读 box of disclosure pages (the newest interpretations)

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 3
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def side(self, col: Col) -> str:
        items = "".join(f'\n\t\t\t<li class="{"on" if c is col else ""}"><a href="{c.url()}">{c.name}</a></li>'
                        for c in self.cols if c.section == col.section)
        if col.section == "xxgk":
            items += "".join(f'\n\t\t\t<li class=""><a href="{u}">{n}</a></li>' for u, n in _STATICS)
        return f'<div class="side-nav fl">\n\t\t<h2>{_SECTIONS[col.section][0]}</h2>\n\t\t<ul>{items}\n\t\t</ul>\n\t</div>'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if col.note:
            inner = f'<div class="qksm"><p>{col.note}</p></div>'
        else:
            pager = ""
            if col.pages > 1 or col.zero_pager:
                pager = {"num": _num_pager, "btn": _btn_pager, "href": _href_pager}[col.pager](col, n)
            inner = _rows(col, docs) + "\n" + pager
        body = (f'<div class="layout main-content">\n\t{self.side(col)}\n\t<div class="nr-main fr">\n\t\t{_crumb(col)}\n\t\t'
                f'<div class="list-title"><h3>{col.name}</h3></div>\n\t\t{inner}\t</div>\n\t<div class="clear"></div>\n</div>')
        return _page(f"{col.name} - {GOV}", _SECTIONS[col.section][0], body, _col_meta(col.name))

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.listed or d.when, d.id), reverse=True)
            for n in range(1, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                if n > 1:
                    self.traps.append(Trap(col.url(n), LATER_PAGE))
            for k, d in enumerate(col.docs):
                self.article(col, d, col.docs[k - 1] if k else None, col.docs[k + 1] if k + 1 < len(col.docs) else None)

    def article(self, col: Col, d: Doc, newer: Doc | None, older: Doc | None) -> None:
        info = ""
        if d.fields is not None:
            cells = [f"<th>{k}：</th><td>{v}</td>" for k, v in d.fields.items()]
            info = ('<div class="xxgk-head"><table class="xxgk-meta" width="100%">'
                    + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table></div>")
        files = ""
        if d.files:
            links = "".join((f'<li><a id="attach{k}" href="{_a(h)}" title="文件下载">{name}</a></li>' if h else
                             f'<li><a id="attach{k}" title="文件下载">{name}</a></li>') for k, (h, name) in enumerate(d.files))
            files = f'<div class="attach"><h4>附件：</h4><ul>{links}</ul></div>'
        nav = lambda label, x: f'<span>{label}：' + (f'<a href="{col.doc_url(x)}">{x.title}</a>' if x else "没有了") + "</span>"  # noqa: E731
        sidebar = self.sidebar if col.section == "xxgk" and col.name != "政策解读" else ""
        script = (f'<script type="text/javascript">$(function() {{ Cms.attachment("","{d.id}","{len(d.files)}","attach"); '
                  f'Cms.viewCount("","{d.id}"); }});</script>')
        body = (f'<div class="layout main-content">\n\t{self.side(col)}\n\t<div class="nr-main fr">\n\t\t{_crumb(col, "正文")}\n'
                f'\t\t{info}<div class="content-box"><h1 class="title">{d.title}</h1>\n'
                f'\t\t<div class="content-inf">发布时间：{d.when:%Y-%m-%d} 09:30:00&nbsp;&nbsp;作者：{GOV}办公室&nbsp;&nbsp;'
                f'来源：{d.source}&nbsp;&nbsp;浏览次数：<span id="views"></span></div>\n'
                f'\t\t<div class="content-txt">{d.body}</div>\n\t\t{files}{d.related}\n'
                f'\t\t<div class="content-link clearfix">{nav("上一篇", newer)} {nav("下一篇", older)}</div></div>\n'
                f'\t{sidebar}</div>\n\t<div class="clear"></div>\n</div>{script}')
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.listed or d.when:%Y-%m-%d} 09:30",
                "ContentSource": d.source}
        self.res[col.doc_url(d)] = _page(f"{d.title} - {GOV}", _SECTIONS[col.section][0], body, meta,
                                         site_id=col.section != "xxgk")


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em">{t}</p>' for t in texts)


_SUBJECTS = ("召开区政府常务会议", "开展安全生产大检查", "推进城市更新项目建设", "召开防汛工作调度会", "督查民生实事进展",
             "开展文明城市创建志愿服务", "调研重点企业生产经营", "召开森林防火工作会议", "举办农民丰收节活动",
             "推进老旧小区改造", "开展义务教育督导", "召开招商引资推进会")
_STREETS = ("青峰街道", "秀水街道", "白鹭镇", "金桥镇")
_STATICS = (("/xxgk/zfxxgkzn/index.jhtml", "政府信息公开指南"), ("/xxgk/zfxxgkzd/index.jhtml", "政府信息公开制度"),
            ("/xxgk/jgzn/index.jhtml", "机构职能"), ("/xxgk/ysqgk/index.jhtml", "依申请公开"))
BROKEN_IMAGE = "/u/cms/www/202611/1809312458ka.jpg"
BROKEN_PDF = "/u/cms/www/202603/2715204471qx.pdf"
DELETED = "/xwzx/qfyw/19999.jhtml"


def _news(s: _Site) -> tuple[Col, Col]:
    qfyw = Col("/xwzx/qfyw", "青峰要闻", "xwzx", per_page=15)
    for i in range(38):
        qfyw.docs.append(s.doc(f"{DISTRICT}{_SUBJECTS[i % 12]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"{DISTRICT}{_SUBJECTS[i % 12]}。", "会议要求，要压实责任，确保各项工作落到实处。"),
                               source=f"{DISTRICT}融媒体中心"))
    qfyw.docs[3].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" width="600"></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404（/u/cms/www 上传路径）", probe="status:404"))
    qfyw.docs[5].body += f'<p>相关阅读：<a href="{DELETED}">我区召开全区经济工作会议</a></p>'
    s.key.append(Expected("broken-links", DELETED, "正文链接指向已删除的文章（404）", probe="status:404"))
    good = "/u/cms/www/202611/1811204503xm.jpg"
    qfyw.docs[7].body += f'<p style="text-align:center"><img src="{good}" width="600"></p>'
    s.res[good] = Resource(tiny_png(), "image/jpeg")

    bmdt = Col("/xwzx/bmdt", "部门动态", "xwzx", per_page=12, pager="btn", rows="ul")
    for i in range(22):
        bmdt.docs.append(s.doc(f"{('区发改委', '区教体局', '区卫健委', '区农业农村局')[i % 4]}{_SUBJECTS[(i + 3) % 12]}",
                               date(2026, 10, 20) - timedelta(days=i * 5)))
    s.key.append(Expected("stale-columns", bmdt.url(), "动态类栏目最新信息 2026-10-20，超过 14 天", probe="newest:2026-10-20"))

    zjdt = Col("/xwzx/zjdt", "镇街动态", "xwzx", per_page=10, pager="href", rows="ul")
    for i in range(17):
        zjdt.docs.append(s.doc(f"{_STREETS[i % 4]}{_SUBJECTS[(i + 5) % 12]}", AS_OF - timedelta(days=2 + i * 4)))

    tpxw = Col("/xwzx/tpxw", "图片新闻", "xwzx", rows="pic")
    for i in range(8):
        tpxw.docs.append(s.doc(f"图说{DISTRICT}：{_SUBJECTS[(i + 7) % 12]}", AS_OF - timedelta(days=3 + i * 6)))
    s.traps.append(Trap(tpxw.url(), "图片新闻列表只有图片和标题（日期在文章页），不是空栏目，最新文章日期未超期"))

    tzgg = Col("/xwzx/tzgg", "通知公告", "xwzx", per_page=12, pager="btn", rows="ul")
    for i in range(19):
        tzgg.docs.append(s.doc(f"关于做好{('秋冬季森林防火', '节假日安全', '冬季供暖', '城乡居民医保缴费')[i % 4]}工作的通知（{i + 1}）",
                               date(2026, 4, 10) - timedelta(days=i * 11), source=f"{GOV}办公室"))
    s.key.append(Expected("stale-columns", tzgg.url(), "通知公告最新信息 2026-04-10，超过 6 个月", probe="newest:2026-04-10"))
    tzgg.docs[1].files.append((BROKEN_PDF, "报名表.pdf"))
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知附件 404", probe="status:404"))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 3, 16),
                           _paras("经清理，继续有效的行政规范性文件31件，宣布失效4件，废止2件。", GOV, "2026年3月16日")))
    tzgg.docs[2].files.append(("", "实施方案.doc"))  # href filled in by Cms.attachment: nothing to check
    s.traps.append(Trap(tzgg.doc_url(tzgg.docs[2]), "附件链接由 Cms.attachment 脚本填写（静态 HTML 没有 href），不是失效附件"))
    for c in (qfyw, bmdt, zjdt, tpxw, tzgg):
        s.cols.append(c)
    return qfyw, tzgg


# Normative documents (subject, defect): missing / late / unlinked / meta:<label>
_NORMATIVE = (("农村集体资产管理", ""), ("城区停车管理", "missing"), ("建设用地审批管理", "meta:发文字号"),
              ("政府投资项目管理", "late"), ("中小企业扶持资金管理", "unlinked"), ("城镇老旧小区改造", ""),
              ("农村宅基地管理", "meta:有效性"), ("公共租赁住房管理", "meta:成文日期"), ("住房公积金提取管理", ""))


def _disclosure(s: _Site) -> None:
    gfx = Col("/xxgk/gfxwj", "规范性文件", "xxgk", per_page=6, pager="btn", rows="table")
    zcjd = Col("/xxgk/zcjd", "政策解读", "xxgk", per_page=6)
    interps: list[Doc] = []
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 28) - timedelta(days=26 * k)
        d = s.doc(f"{GOV}关于印发《{DISTRICT}{subject}办法》的通知", when)
        d.fields = {"索引号": f"11360902MB1739216X/{when.year}-{k + 41:05d}", "主题分类": "综合政务", "发布机构": GOV,
                    "发文字号": f"青府规〔{when.year}〕{12 - k}号", "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}",
                    "发布日期": f"{when:%Y-%m-%d}", "有效性": "有效"}
        if defect == "meta:发文字号":
            d.fields["发文字号"] = ""
        elif defect.startswith("meta:"):
            del d.fields[defect[5:]]
        short = f"{DISTRICT}{subject}办法"
        d.body = _paras("各街道办事处、镇人民政府，区政府各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。",
                        GOV, f"{when.year}年{when.month}月{when.day}日")
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件缺少{defect[5:]}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读（页面侧栏的“政策解读”不是本文件的解读）",
                                  probe="no-interp"))
            continue
        lag = 12 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"图解：《{short}》", f"关于《{short}》的解读")[k % 3], when + timedelta(days=lag),
                  _paras("一、起草背景", "二、主要内容", "三、政策亮点"), source=f"{GOV}办公室")
        if defect != "unlinked":
            i.related = f'<div class="xgwj"><h4>相关文件：</h4><a href="{url}">{d.title}</a></div>'
            d.related = f'<div class="xgjd"><h4>相关解读</h4><ul><li><a href="{zcjd.doc_url(i)}">{i.title}</a></li></ul></div>'
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
    s.sidebar = ('<div class="side-box"><h3>政策解读</h3><ul>'
                 + "".join(f'<li><a href="{zcjd.doc_url(x)}">{x.title}</a></li>' for x in newest) + "</ul></div>")
    assert not any(i in newest for i in interps if "中小企业" in i.title)  # the unlinked one is not in the sidebar

    rsxx = Col("/xxgk/rsxx", "人事信息", "xxgk", rows="ul")
    for n in range(6):
        rsxx.docs.append(s.doc(f"{GOV}关于{('周', '吴', '郑', '王')[n % 4]}某某等同志职务任免的通知", date(2025, 9, 30) - timedelta(days=47 * n)))
    s.key.append(Expected("stale-columns", rsxx.url(), "人事类栏目最新信息 2025-09-30，超过 1 年", probe="newest:2025-09-30"))

    ghjh = Col("/xxgk/ghjh", "规划计划", "xxgk", rows="ul")
    for n in range(12):
        d = s.doc(f"{DISTRICT}{('农业农村', '交通运输', '生态环境', '文化旅游')[n % 4]}发展规划实施情况（{n + 1}）",
                  date(2026, 8, 15) - timedelta(days=30 * n))
        d.listed = date(2026, 11, 2)
        ghjh.docs.append(d)
    s.traps.append(Trap(ghjh.url(), "列表日期都是再生成日 2026-11-02；文章显示的最新日期 2026-08-15 也在 1 年内：不是过期栏目"))

    czzj = Col("/xxgk/czzj", "财政资金", "xxgk", empty="暂无相关信息")
    s.key.append(Expected("empty-columns", czzj.url(), "财政资金栏目为空（只有“暂无相关信息”）", probe="no-rows"))
    zdxm = Col("/xxgk/zdxm", "重大项目", "xxgk", pager="btn", zero_pager=True)
    s.key.append(Expected("empty-columns", zdxm.url(), "重大项目栏目为空（分页条写“共0条记录 1/1页”）", probe="no-rows"))
    tjxx = Col("/xxgk/tjxx", "统计信息", "xxgk",
               note="情况说明：本区统计信息由区统计局统一发布，详见区统计局网站“统计数据”栏目；本栏目不单独发布。")
    s.traps.append(Trap(tjxx.url(), "只有情况说明的栏目不是空白栏目"))

    ndbg = Col("/xxgk/ndbg", "政府信息公开年报", "xxgk", rows="ul")
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
        col = Col(url.removesuffix("/index.jhtml"), name, "xxgk")
        shown = f'<div class="content-inf">发布时间：{when:%Y-%m-%d} 10:00:00</div>' if when else ""
        body = (f'<div class="layout main-content">\n\t{s.side(col)}\n\t<div class="nr-main fr">\n\t\t{_crumb(col)}\n'
                f'\t\t<div class="content-box"><h1 class="title">{name}</h1>{shown}<div class="content-txt">{text}</div></div>'
                '\n\t</div>\n\t<div class="clear"></div>\n</div>')
        meta = {**_col_meta(name), **({"PubDate": f"{when:%Y-%m-%d} 10:00"} if when else {})}
        s.res[url] = _page(f"{name} - {GOV}", "信息公开", body, meta)
        if when is None:
            s.traps.append(Trap(url, "无日期的单页栏目，不是过期栏目"))
    links = "".join(f'<li><a href="{c.url()}">{c.name}</a></li>' for c in s.cols if c.section == "xxgk")
    statics = "".join(f'<li><a href="{u}">{n}</a></li>' for u, n in _STATICS)
    body = (f'<div class="layout main-content">{_crumb(None, "信息公开")}<div class="xxgk-index"><ul class="gk-top">{statics}</ul>'
            f'<h3>法定主动公开内容</h3><ul class="gk-cats">{links}</ul></div></div>')
    s.res["/xxgk/index.jhtml"] = _page(f"信息公开 - {GOV}", "信息公开", body, _col_meta("信息公开"))
    s.traps.append(Trap("/xxgk/index.jhtml", "信息公开首页是导航页（各栏目入口），不是栏目"))


def _channel(s: _Site) -> None:
    """新闻中心: a block of each child column's newest rows with its 更多>> link; a channel page, not a column."""
    blocks = "".join(
        f'<div class="xw-box"><div class="xw-title"><h2>{c.name}</h2><a href="{c.url()}" class="more">更多&gt;&gt;</a></div>'
        '<ul>' + "".join(f'<li><a href="{c.doc_url(d)}" title="{d.title}">{d.title}</a><span>{d.when:%Y-%m-%d}</span></li>'
                         for d in c.docs[:5]) + "</ul></div>"
        for c in s.cols if c.section == "xwzx" and c.rows != "pic")
    body = f'<div class="layout main-content">{_crumb(None, "新闻中心")}<div class="xwzx-index">{blocks}</div></div>'
    s.res["/xwzx/index.jhtml"] = _page(f"新闻中心 - {GOV}", "新闻中心", body, _col_meta("新闻中心"))
    s.traps.append(Trap("/xwzx/index.jhtml", "新闻中心是频道页（各子栏目区块和“更多”链接），不是栏目"))


def _home(s: _Site, qfyw: Col, tzgg: Col) -> None:
    def block(title: str, more: str, rows: str) -> str:
        return (f'<div class="index-box"><div class="index-title"><h2>{title}</h2><a href="{more}" class="more">更多</a></div>'
                f"<ul>{rows}</ul></div>")
    yw = "".join(f'<li><a href="{qfyw.doc_url(d)}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'
                 for d in qfyw.docs[:8])
    tz = "".join(f'<li><a href="{tzgg.doc_url(d)}" title="{d.title}">{d.title}</a><span>{d.when:%m-%d}</span></li>'
                 for d in tzgg.docs[:6])
    gfx = next(c for c in s.cols if c.name == "规范性文件")
    gk = "".join(f'<li><a href="{gfx.doc_url(d)}">{d.title}</a><span>{d.when:%m-%d}</span></li>' for d in gfx.docs[:4])
    body = ('<div class="layout index-main">' + block("青峰要闻", qfyw.url(), yw) + block("通知公告", tzgg.url(), tz)
            + block("信息公开", "/xxgk/index.jhtml", gk) + "</div>")
    meta = {"ColumnName": "首页", "ColumnDescription": f"{GOV}门户网站", "ColumnKeywords": GOV, "ColumnType": "首页"}
    s.res["/"] = s.res["/index.jhtml"] = _page(GOV, "首页", body, meta, home=True)
    s.traps.append(Trap("/", "页脚写作“公安备案号 36090202000118”（链接 beian.gov.cn）、党政机关标识由 document.write 写出：标识齐全"))


NOT_FOUND = ('<html><head><title>404 - 页面不存在</title></head><body><div class="error"><h1>404</h1>'
             '<p>您访问的页面不存在或已被删除！</p><a href="/">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"jee offers only the small size, not {size!r}")
    s = _Site()
    qfyw, tzgg = _news(s)
    _disclosure(s)
    zjdc = Col("/hdjl/zjdc", "征集调查", "hdjl")
    s.cols.append(zjdc)
    s.key.append(Expected("empty-columns", zjdc.url(), "征集调查栏目列表区什么也没有", probe="no-rows"))
    s.render()
    _statics(s)
    _channel(s)
    _home(s, qfyw, tzgg)
    for c in s.cols:
        for d in c.docs:
            if c.rows == "pic":
                s.res[f"/u/cms/www/202611/pic{d.id}.jpg"] = Resource(tiny_png(), "image/jpeg")
            for href, _ in d.files:
                if href and href != BROKEN_PDF:
                    s.res[href] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("wzndbg.jpg",):
        s.res[f"/r/cms/www/default/images/{img}"] = Resource(tiny_png(), "image/jpeg")
    s.res[f"/u/cms/www/202601/report_tb_{SITE_ID}.pdf"] = Resource(fake_pdf("website annual form"), "application/pdf")
    s.res["/r/cms/www/default/css/base-style.css"] = Resource(b"body{font-size:14px}", "text/css")
    for js in ("/r/cms/www/default/js/jquery.min.js", "/r/cms/front.js"):
        s.res[js] = Resource(b"/* jeecms */", "application/javascript")
    example = next(c for c in s.cols if c.name == "规范性文件")
    s.key.append(Expected("footer", example.doc_url(example.docs[0]), "信息公开文章页模板页脚缺网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=DISCLOSURE_DOCS))
    return SampleSite("jee", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), "text/html;charset=UTF-8", 404),
                      s.key, s.traps, frozenset())
