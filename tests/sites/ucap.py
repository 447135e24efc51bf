"""The "ucap" sample site: a 四川 county portal (涪岭县人民政府, 嘉州市) on 中软 UCAP 网站群 (the
platform of www.sc.gov.cn and many 四川 city and county portals), UTF-8, statically published `.shtml`.

Why UCAP: of the unmeasured commercial 网站群 platforms in the brief, it is the one with the most real
markup in the library — three whole real 四川 pages (tests/model/realpages: sc.gov.cn's related-links
article, its 建议答复 page with a 长者专区 copy, 省中医药管理局's article) and four scrapers naming its
tags and addresses; 南威, 太极, 浪潮 and 中科汇联 gave no page of their own.

Sources (read with `read_file` / the realpages):
  - tests/model/realpages/sc-gov-cn_ucap_suggestion-reply_shi-fen-date_elder-copy.html (mhxqwer/djsc.gov.cn):
    the article chrome — the 2017 metas (SiteName, SiteDomain, SiteIDCode, ColumnName, ColumnDescription,
    ColumnKeywords, ColumnType, ArticleTitle, PubDate, Keywords) plus `others` 「页面生成时间 …」, ContentSource,
    Author, Url; `<body onload="HideTable()">`; the header's `document.write(strDate)` today's date;
    `#articlecontent <h2><UCAPTITLE>…</UCAPTITLE></h2>`, `ul#articleattribute` with the date
    `2025年06月03日 13时44分` and `来源:`, the font-size switch, `#cmsArticleContent <UCAPCONTENT>`, a 文号
    written as the body's first (bold, centred) paragraph, and the hidden 长者专区 copy of title, date and body;
  - tests/model/realpages/sc-gov-cn_article_related-links_footer.html (mhxqwer/zysc.gov.cn): the article
    address `/10462/10464/10465/10595/2020/9/7/<32 hex>.shtml`; the 相关附件 box `#tblAppendixContainer` holding
    an empty `table#tblAppendix`, the 相关链接 box `#tblArticleLinkContainer` whose rows are
    `<tr class="xgli"><td><span class="xgid">…:</span> <a …>`; 打印本页/关闭窗口; the footer `div.newfootbox`
    (网站地图/主编信箱/联系我们/网站声明, 主办单位, 运行维护单位, 网站标识码, 蜀ICP备 linked to beian.miit.gov.cn,
    川公网安备, the conac 党政机关 badge and the 找错 link with `site_code`);
  - a 四川 policy scraper (rmzfzc/spiders/sichuan.py, read by id): lists `…/list_ft.shtml` and
    `…/zcjd_list.shtml`, later pages `list_ft_2.shtml` (`.shtml` → `_N.shtml`), rows under `#dash-table`, the
    page count in `.pagination_index span` (「共N页」), titles suffixed ` - 四川省政府信息公开`, 信息公开 documents
    under a `.box[bgcolor]` table whose second row holds the date (cell 2) and the 文号 (cell 4), 文号 otherwise
    the first `<p>` of UCAPCONTENT;
  - scrapers of UCAP sites elsewhere (a 苏州 one reading `#zoomcon UCAPCONTENT`, a 宿豫 one at
    `/suyu/jgxx/202106/<32 hex>.shtml`, a 海南 one reading `#zoom #font ucapcontent p`) for the tags' generality.
Guessed, said as such: the county's site and column numbers (`/13960/13962/13970/`), the 信息公开 columns as
`c<N>` folders (`/13960/c103911/list_ft.shtml`) on an older 信息公开 template with its own shorter footer and only
site metas; the list row markup inside `#dash-table` (title cell, 文号 cell for 规范性文件, date cell) and the
pager's links; the 信息公开 box's label wording (`索 引 号`, `文　　号`, `有 效 性`); an empty column shown as
「暂无信息」; `/` redirecting to `/13960/index.shtml`; every wording and the 404 page.

First contact (e245f36): 133 pages, 不合格 58.5. Tool fault: every document whose 相关链接 table was empty
read as a script-filled box not observed (a missing and an unlinked 解读 undecided, interpretations recall
0.33) — fixed in the build (a box the site's other documents show filled as served is observed empty;
tests/model/test_ucap_related_boxes.py). Generator bugs fixed then: the header's 政民互动 page was never
written (2 false broken links), the portal articles lacked the ContentSource meta the real page has (a false
meta-tags finding), the 信息公开 box lacked 成文日期 (4 false metadata findings); the 依申请公开/制度/法定主动
公开内容 pages and a 规范性文件清理 notice were added (true, unscored findings otherwise).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "涪岭县"
GOV = "涪岭县人民政府"
OFFICE = "涪岭县人民政府办公室"
SITE = "/13960"
SITE_ID = "5111230008"
HTML = "text/html; charset=utf-8"
ICP = "蜀ICP备 05003712号-1"
GA = "川公网安备 51112302000118号"
XXGK = f"{SITE}/c1039"  # every 信息公开 column folder starts so


_CURRENT, _ON = ' class="current"', ' class="on"'


def _a(url: str) -> str:
    return escape(url, quote=True)


def _hex(n: int) -> str:
    return hashlib.md5(f"ucap-{n}".encode()).hexdigest()


@dataclass
class Doc:
    id: int
    title: str
    when: datetime
    body: str = ""
    source: str = GOV
    box: dict[str, str] | None = None  # the 信息公开 `.box[bgcolor]` metadata table
    files: list[tuple[str, str]] = field(default_factory=list)  # 相关附件 (name, href)
    links: list[tuple[str, str]] = field(default_factory=list)  # 相关链接 (title, href)
    generated: datetime | None = None  # PubDate / 页面生成时间 when later than the shown date
    number: str = ""  # the 文号, shown list-side in the 规范性文件 list


@dataclass
class Col:
    folder: str  # "/13960/13962/13970" or "/13960/c103911"
    name: str
    docs: list[Doc] = field(default_factory=list)
    per_page: int = 15
    xxgk: bool = False
    file: str = "list_ft"

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.docs) // self.per_page))

    def url(self, n: int = 1) -> str:
        return f"{self.folder}/{self.file}.shtml" if n == 1 else f"{self.folder}/{self.file}_{n}.shtml"

    def doc_url(self, d: Doc) -> str:
        return f"{self.folder}/{d.when.year}/{d.when.month}/{d.when.day}/{_hex(d.id)}.shtml"


def _head(title: str, metas: list[tuple[str, str]]) -> str:
    tags = "".join(f'<meta name="{n}" content="{escape(v, quote=True)}"/>\n' for n, v in metas)
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh_CN" lang="zh_CN">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            '<meta name="renderer" content="webkit">\n<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
            f'{tags}<title>{escape(title)}</title>\n'
            f'<link rel="stylesheet" type="text/css" href="{SITE}/static/css/public.css" />\n'
            f'<script src="{SITE}/static/js/jquery.min.js"></script>\n'
            f'<script src="{SITE}/static/js/articledetail.js" type="text/jscript"></script>\n</head>\n')


def _site_metas() -> list[tuple[str, str]]:
    return [("SiteName", f"{GOV}网站"), ("SiteDomain", "http://www.fuling.gov.cn"), ("SiteIDCode", SITE_ID)]


def _col_metas(col: Col) -> list[tuple[str, str]]:
    return [("ColumnName", col.name), ("ColumnDescription", col.name), ("ColumnKeywords", col.name), ("ColumnType", col.name)]


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 5000

    def doc(self, title: str, when: datetime, body: str = "", **kw: object) -> Doc:
        self.next_id += 7
        return Doc(self.next_id, title, when, body or f"<p>{title}。</p>", **kw)  # type: ignore[arg-type]

    def col(self, name: str) -> Col:
        return next(c for c in self.cols if c.name == name)

    def header(self) -> str:
        nav = "".join(f'<td class="navtd"><a href="{_a(u)}" target="_blank">{n}</a></td><td class="navtd">|</td>'
                      for n, u in (("首页", f"{SITE}/index.shtml"), ("涪岭要闻", f"{SITE}/13962/13970/list_ft.shtml"),
                                   ("政务公开", f"{SITE}/c103910/xxgk.shtml"), ("政民互动", f"{SITE}/13966/hdjl.shtml")))
        return ('<div id="skip"><a href="#content" title="跳转到主要内容区域" accesskey="2">跳转到主要内容区域</a></div>\n'
                '<div class="szfcommonhead2022"><div align="center" class="headxyswrap"><div class="headpc">'
                '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="37" bgcolor="#b10001">&nbsp;</td>'
                '<td width="1200" bgcolor="#b10001"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
                '<td width="380" class="topwx"><a href="http://www.gov.cn/" target="_blank">中央政府门户网</a> | '
                '<a href="http://www.sc.gov.cn/" target="_blank">四川省人民政府</a></td><td>&nbsp;</td>'
                '<td width="180" class="topwx"><script language="JavaScript" type="text/javascript">\n'
                ' var today = new Date();\n var strDate = (" " + today.getFullYear() + "年" + (today.getMonth() + 1) + "月" + '
                'today.getDate() + "日");\n document.write(strDate);\n</script></td></tr></table></td>'
                '<td bgcolor="#b10001">&nbsp;</td></tr></table>\n'
                f'<table width="1200" border="0" cellspacing="0" cellpadding="0"><tr align="center">{nav}</tr></table>'
                '</div></div></div>\n')

    def footer(self, xxgk: bool) -> str:
        if xxgk:  # the older 信息公开 template: no 网站标识码, no 公安备案, no badges
            return ('<div class="xxgkfoot"><p><a href="/13960/c103910/xxgk.shtml">政府信息公开</a> | '
                    f'<a href="{SITE}/index.shtml">涪岭县人民政府</a></p>'
                    f'<p>主办：{OFFICE}　　<a href="https://beian.miit.gov.cn" target="_blank">{ICP}</a></p></div>\n')
        return ('<div class="newfootbox">\n<div class="foot">\n<div class="container2 clearfix">\n'
                '<div class="ftleft" style="width:580px;">\n<div class="p1">'
                f'<a href="{SITE}/wzdh/wzdh.shtml" target="_blank">网站地图</a>\n'
                f'<a href="{SITE}/lxwm/lxwm.shtml" target="_blank">联系我们</a>\n</div>\n'
                f'<div class="p2"><span>主办单位：{OFFICE}</span></div>\n<div class="p3">运行维护单位：中国电信嘉州分公司</div>\n'
                f'<div class="p4">网站标识码{SITE_ID} <a href="https://beian.miit.gov.cn" target="_blank">{ICP}</a> '
                '<a target="_blank" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51112302000118">'
                f'{GA}</a></div>\n</div>\n<div class="tpjhd"><div class="ftmid clearfix">'
                '<a class="dzjglg" href="http://bszs.conac.cn/sitename?method=show&amp;id=0B69D405429E0E7AE05301281A0C9DDD" '
                f'target="_blank"><img src="{SITE}/static/picture/footdzjg.png" alt=""></a>'
                f'<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={SITE_ID}&amp;url=http%3A%2F%2Fwww.fuling.gov.cn%2F" '
                f'target="_blank"><img src="{SITE}/static/picture/footzfzc.png" alt=""></a></div></div>\n</div>\n</div>\n</div>\n')

    def page(self, title: str, metas: list[tuple[str, str]], body: str, xxgk: bool = False, onload: str = "") -> Resource:
        html = (f"{_head(title, metas)}<body{onload}>\n{self.header()}"
                f'<div class="szfcontentwrap2022" id="szfcontentwrap2022">\n<div id="container">\n{body}\n</div>\n</div>\n'
                f"{self.footer(xxgk)}<script src=\"{SITE}/static/js/scs_article_pub.js\"></script>\n</body>\n</html>\n")
        return Resource(html.encode("utf-8"), HTML)

    def trail(self, col: Col) -> str:
        steps = [("首页", f"{SITE}/index.shtml")]
        steps += [("政务公开", f"{SITE}/c103910/xxgk.shtml")] if col.xxgk else []
        steps += [(col.name, col.url())]
        return ('<div class="dqwz">当前位置：' + " &gt; ".join(f'<a href="{_a(u)}">{n}</a>' for n, u in steps) + "</div>\n")

    def pager(self, col: Col, n: int) -> str:
        def rel(k: int) -> str:
            return col.url(k).rsplit("/", 1)[1]
        links = [f"<span>共{col.pages}页</span>", f'<a href="{rel(1)}">首页</a>']
        if n > 1:
            links.append(f'<a href="{rel(n - 1)}">上一页</a>')
        links += [f'<a href="{rel(k)}"{_CURRENT if k == n else ""}>{k}</a>' for k in range(1, col.pages + 1)]
        if n < col.pages:
            links.append(f'<a href="{rel(n + 1)}">下一页</a>')
        links.append(f'<a href="{rel(col.pages)}">尾页</a>')
        return f'<div class="pagination_index">{"".join(links)}</div>\n'

    def list_page(self, col: Col, n: int) -> Resource:
        docs = col.docs[(n - 1) * col.per_page: n * col.per_page]
        if not docs:
            rows = '<tr><td colspan="3" class="nodata">暂无信息</td></tr>'
        else:
            rows = "".join(
                f'\n<tr><td class="bt"><a href="{_a(col.doc_url(d))}" target="_blank" title="{escape(d.title, quote=True)}">'
                f'{escape(d.title)}</a></td>' + (f'<td class="wh">{d.number}</td>' if col.name == "规范性文件" else "")
                + f'<td class="rq">{d.when:%Y-%m-%d}</td></tr>' for d in docs)
        side = "".join(f'<li><a href="{_a(c.url())}"{_ON if c is col else ""}>{c.name}</a></li>'
                       for c in self.cols if c.xxgk == col.xxgk)
        body = (f'<div id="main">\n{self.trail(col)}<div class="leftnav"><h3>{"政务公开" if col.xxgk else "新闻中心"}</h3>'
                f'<ul>{side}</ul></div>\n<div class="rightlist"><div class="lmtitle">{col.name}</div>\n'
                f'<table id="dash-table" width="100%" border="0" cellspacing="0" cellpadding="0">{rows}\n</table>\n'
                f'{self.pager(col, n) if docs else ""}</div>\n</div>')
        metas = _site_metas() + ([] if col.xxgk else _col_metas(col))
        suffix = "涪岭县政府信息公开" if col.xxgk else f"{GOV}网站"
        return self.page(f"{col.name} - {suffix}", metas, body, xxgk=col.xxgk)

    def article(self, col: Col, d: Doc) -> Resource:
        shown = f"{d.when:%Y年%m月%d日 %H时%M分}"
        gen = d.generated or d.when
        metas = _site_metas()
        if not col.xxgk:
            metas += _col_metas(col) + [("ArticleTitle", d.title), ("PubDate", f"{gen:%Y-%m-%d %H:%M:%S}"),
                                        ("Keywords", col.name), ("others", f"页面生成时间 {gen:%Y-%m-%d %H:%M:%S}"),
                                        ("ContentSource", d.source)]
        box = ""
        if d.box:
            cells = [f'<td class="label" width="12%">{k}：</td><td width="38%">{v}</td>' for k, v in d.box.items()]
            box = ('<table class="box" bgcolor="#F7F7F7" width="100%" border="0" cellspacing="1" cellpadding="4">'
                   + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>\n")
        files = "".join(f'<tr><td height="30" align="left"><a href="{_a(h)}" target="_blank">{escape(n)}</a></td></tr>'
                        for n, h in d.files)
        links = "".join(f'<tr class="xgli"><td height="30" align="left" valign="bottom"><span class="xgid">'
                        f'{_hex(d.id + 1)}:</span> <a href="{_a(h)}" target="_blank" title=\'{escape(t)}\' >{escape(t)}</a></td></tr>'
                        for t, h in d.links)
        elder = ('<div class="zzzqcontent" style="display: none;"><div class="zzzqtitle">'
                 f'{escape(d.title)}</div><div class="zzzqdate">{shown}</div><div class="zzzqtext">{d.body}</div></div>\n'
                 if not col.xxgk else "")
        body = (f'<div id="main">\n{self.trail(col)}<div id="content">\n{box}<div id="articlecontent">\n'
                f'<h2>\n<UCAPTITLE>\n{escape(d.title)}\n</UCAPTITLE>\n</h2>\n'
                f'<div id="articleattributepre">\n<ul id="articleattribute">\n<li style="width:180px;">\n{shown}\n</li>\n'
                f'<li style="width:300px;">来源:\n{escape(d.source)}\n</li>\n</ul>\n'
                '<div class="contztfxul"><li class="myfont">【字体：<span><a href="javascript:;" onclick="changefsbig();" '
                'title="大">大</a></span><span><a href="javascript:;" onclick="changefs(\'14\');" title="中"> 中</a></span>'
                '<span><a href="javascript:;" onclick="changefs(\'12\');" title="小"> 小</a></span>】</li></div>\n'
                '<div class="clearboth"></div>\n</div>\n'
                f'<div id="cmsArticleContent">\n<UCAPCONTENT>\n{d.body}\n</UCAPCONTENT>\n</div>\n'
                '<div id="tblAppendixContainer" class=" relatedlinks" style="border-bottom:none;">\n<h3>相关附件&gt;&gt; </h3>\n'
                '<div class="clearboth"></div>\n<table width="100%" border="0" cellpadding="0" cellspacing="0" '
                f'style="margin-top:10px;" id="tblAppendix">{files}\n</table>\n</div>\n'
                '<div id="tblArticleLinkContainer" class="relatedlinks">\n<h3>相关链接&gt;&gt; </h3>\n<div class="clearboth"></div>\n'
                '<table width="100%" border="0" cellpadding="0" cellspacing="0" style="margin-top:10px;" '
                f'id="tblArticleLink">{links}\n</table>\n</div>\n'
                '<ul id="bottombtn">\n<li><a onclick="window.print();" class="moji_dya print">打印本页</a></li>\n'
                '<li> <a onclick="window.close();" class="moji_dya print">关闭窗口</a> </li>\n</ul>\n'
                f'</div>\n{elder}</div>\n</div>')
        suffix = "涪岭县政府信息公开" if col.xxgk else f"{GOV}网站"
        return self.page(f"{d.title}- {suffix}", metas, body, xxgk=col.xxgk, onload=' onload="HideTable()"')

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            self.res[col.url()] = self.list_page(col, 1)
            for n in range(2, col.pages + 1):
                self.res[col.url(n)] = self.list_page(col, n)
                self.traps.append(Trap(col.url(n), LATER_PAGE))
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)
                for _, h in d.files:
                    if h not in self.res and h != BROKEN_PDF:
                        self.res[h] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent: 2em; line-height: 2; font-family: 宋体; font-size: 12pt;">{t}</p>' for t in texts)


def _at(d: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, hour, minute)


_WORK = ("会议要求，各乡镇、县级各部门要坚持以人民为中心的发展思想，压紧压实工作责任，细化工作举措，"
         "加强督促检查，确保各项目标任务按期完成，切实解决群众急难愁盼问题。")
_SUBJECTS = ("召开县委常委会会议", "召开县政府常务会议", "开展安全生产大检查", "推进乡村振兴重点工作", "召开森林草原防灭火工作会议",
             "开展招商引资推介活动", "召开民生实事推进会", "开展防汛减灾演练")
_TOWNS = ("双河镇", "青杠镇", "石板乡", "龙潭镇")
BROKEN_IMAGE = f"{SITE}/13962/13970/2026/11/6/images/fa3e1c0b2d.jpg"
BROKEN_PDF = f"{SITE}/uploadfiles/2026/06/202606111523401.pdf"


def _news(s: _Site) -> None:
    ywdt = Col(f"{SITE}/13962/13970", "涪岭要闻", per_page=20)
    for i in range(50):
        when = _at(AS_OF - timedelta(days=2 + i * 5), 9 + i % 8, (i * 13) % 60)
        ywdt.docs.append(s.doc(f"{COUNTY}{_SUBJECTS[i % 8]}（{i + 1}）", when,
                               _paras(f"近日，{COUNTY}{_SUBJECTS[i % 8]}。县委、县政府主要负责同志出席并讲话。", _WORK),
                               source="涪岭县融媒体中心", generated=when + timedelta(days=i % 3, hours=2) if i % 4 == 0 else None))
    ywdt.docs[3].body += f'<p style="text-align:center"><img src="{_a(BROKEN_IMAGE)}" alt="" /></p>'
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "要闻正文图片 404", probe="status:404"))
    deleted = f"{SITE}/13962/13970/2026/3/2/{_hex(99)}.shtml"
    ywdt.docs[8].links.append(("涪岭县召开经济运行分析会", deleted))
    s.key.append(Expected("broken-links", deleted, "相关链接指向已删除的文章（404）", probe="status:404"))
    s.traps.append(Trap(ywdt.url(), "要闻页头“今天日期”由脚本写出；最新文章 2026-11-18，后续页 list_ft_2.shtml 属同一栏目"))
    s.traps.append(Trap(ywdt.doc_url(ywdt.docs[0]), "PubDate/页面生成时间晚于页面显示的发布时间，是静态发布时间，不是检查项；"
                        "隐藏的长者专区副本重复标题、日期、正文"))

    tzgg = Col(f"{SITE}/13962/13971", "通知公告", per_page=10)
    for i in range(16):
        tzgg.docs.append(s.doc(f"关于{('做好冬季森林防火', '城乡居民医保集中参保缴费', '开展消防安全隐患排查', '冬春季节供水保障')[i % 4]}"
                               f"有关事项的公告（{i + 1}）", _at(AS_OF - timedelta(days=4 + i * 11), 16),
                               _paras("各乡镇人民政府，县级各部门：", _WORK, OFFICE), source=OFFICE))
    # Added after first contact (the site had none: a true normative-doc-cleanup finding, unscored).
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的公告", _at(date(2026, 3, 18), 16),
                           _paras("经清理，继续有效的行政规范性文件21件，宣布失效3件。", _WORK), source=OFFICE))
    ok_file = f"{SITE}/uploadfiles/2026/10/202610201108227.docx"
    tzgg.docs[1].files.append(("附件：报名表.docx", ok_file))
    s.res[ok_file] = Resource(fake_pdf("docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    tzgg.docs[2].files.append(("附件：2026年度项目申报指南.pdf", BROKEN_PDF))
    s.key.append(Expected("broken-links", BROKEN_PDF, "通知的相关附件 404", probe="status:404"))

    xzdt = Col(f"{SITE}/13962/13972", "乡镇动态")
    for i in range(9):
        xzdt.docs.append(s.doc(f"{_TOWNS[i % 4]}{('开展秋收秋种督导', '召开村级换届工作会', '开展人居环境整治')[i % 3]}",
                               _at(date(2025, 8, 20) - timedelta(days=i * 26), 11), _paras("活动现场秩序井然。", _WORK)))
    s.key.append(Expected("stale-columns", xzdt.url(), "乡镇动态最新文章 2025-08-20，超过 1 年未更新", probe="newest:2025-08-20"))

    bmdt = Col(f"{SITE}/13962/13974", "部门动态")
    for i in range(16):
        bmdt.docs.append(s.doc(f"县{('农业农村局', '交通运输局', '卫生健康局', '教育局')[i % 4]}{('召开专题工作会', '开展业务培训', '开展督导检查', '推进重点项目')[i // 4]}",
                               _at(AS_OF - timedelta(days=6 + i * 9), 15), _paras("会议对下一步工作作了安排部署。", _WORK)))

    bmfw = Col(f"{SITE}/13962/13973", "便民服务")
    s.key.append(Expected("empty-columns", bmfw.url(), "便民服务栏目只显示“暂无信息”", probe="no-rows"))
    s.cols += [ywdt, tzgg, xzdt, bmdt, bmfw]


# Normative documents (subject, metadata shape, interpretation defect)
_NORMATIVE = (("城镇住房保障管理", "box", ""), ("农村集体经济组织财务管理", "box", "missing"), ("县级储备粮管理", "bare", ""),
              ("城市道路挖掘管理", "box", "late"), ("政府投资项目管理", "box", "unlinked"),
              ("城乡居民临时救助", "box-no-validity", ""), ("县城建成区养犬管理", "box-no-organ", ""))


def _disclosure(s: _Site) -> None:
    gfx = Col(f"{XXGK}11", "规范性文件", per_page=5, xxgk=True)
    zcjd = Col(f"{XXGK}12", "政策解读", xxgk=True)
    for k, (subject, shape, defect) in enumerate(_NORMATIVE):
        when = _at(date(2026, 10, 22) - timedelta(days=31 * k), 15, 20)
        number = f"涪府规〔{when.year}〕{9 - k}号"
        short = f"{COUNTY}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when, source=OFFICE, number=number)
        d.body = (f'<p style="text-align: center; font-family: 宋体; font-size: 12pt;"><span style="font-weight: bold;">{number}</span></p>'
                  + _paras("各乡镇人民政府，县级各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                           f"{when - timedelta(days=2):%Y年%-m月%-d日}", short,
                           f"第一条　为规范本县{subject}工作，根据有关法律法规和省、市有关规定，结合本县实际，制定本办法。",
                           "第二条　本办法适用于本县行政区域内的相关管理活动。",
                           "第三条　县级有关部门按照各自职责做好相关工作。", "第四条　本办法自印发之日起施行，有效期五年。"))
        box = {"索 引 号": f"11511123MB0Y12345X/{when.year}-{k + 31:05d}", "信息分类": "规范性文件",
               "发布日期": f"{when:%Y年%m月%d日}", "文　　号": number,  # the second row's cells 2 and 4 (the scraper)
               "成文日期": f"{when - timedelta(days=2):%Y年%m月%d日}", "发布机构": OFFICE, "有 效 性": "有效"}
        url = gfx.doc_url(d)
        if shape == "bare":
            s.key.append(Expected("normative-metadata", url, "规范性文件没有信息公开元数据表（无索引号、发布机构、有效性；文号只在正文首段）",
                                  probe="no-table"))
        else:
            if shape == "box-no-validity":
                del box["有 效 性"]
                s.key.append(Expected("normative-metadata", url, "规范性文件元数据缺少有效性", probe="meta-missing:有效性"))
            elif shape == "box-no-organ":
                del box["发布机构"]
                s.key.append(Expected("normative-metadata", url, "规范性文件元数据缺少发布机构", probe="meta-missing:发布机构"))
            d.box = box
        gfx.docs.append(d)
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 14 if defect == "late" else k % 3
        i = s.doc(f"《{short}》政策解读" if k % 2 else f"图解：《{short}》", when + timedelta(days=lag, hours=1),
                  _paras(f"一、起草背景　为规范本县{subject}工作，县政府办公室牵头起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　县政府办公室。" + _WORK),
                  source=OFFICE)
        if defect != "unlinked":
            i.links.append((d.title, url))
            d.links.append((i.title, zcjd.doc_url(i)))
            s.traps.append(Trap(url, "文件与解读通过文章页“相关链接”互相链接（行首带 xgid 编号），解读及时"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（相关链接为空，解读只在政策解读栏目）",
                                  probe="no-interp-link"))
        zcjd.docs.append(i)
    s.traps.append(Trap(gfx.url(), "规范性文件列表每行有文号列；相关附件、相关链接空表由 HideTable() 隐藏，不是断链"))

    czzj = Col(f"{XXGK}13", "财政预决算", xxgk=True)
    for n in range(5):
        year = 2025 - n // 2
        czzj.docs.append(s.doc(f"{GOV}{year}年{'部门预算' if n % 2 == 0 else '部门决算'}公开",
                               _at(date(2025, 6, 18) - timedelta(days=175 * n), 9),
                               _paras("根据《中华人民共和国预算法》有关规定，现将本级预决算情况公开如下。", _WORK), source="涪岭县财政局"))
    s.key.append(Expected("stale-columns", czzj.url(), "财政预决算最新信息 2025-06-18，超过 1 年（2026 年预算未公开）",
                          probe="newest:2025-06-18"))

    ndbg = Col(f"{XXGK}14", "政府信息公开年报", xxgk=True)
    # 县级人民政府 publishes its own report by March 31 (条例第五十条).
    published = {2025: date(2026, 3, 20), 2023: date(2024, 4, 15), 2022: date(2023, 3, 31), 2021: date(2022, 3, 9)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", _at(when, 17), report_body(GOV, year, year % 5), source=OFFICE)
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "2023 年度报告 2024-04-15 发布，晚于县政府的公开期限 3 月 31 日",
                                  match=(COUNTY, "2023"), probe="late:2024-03-31"))
        elif year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "年报在 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "缺少 2024 年政府信息公开工作年度报告", match=(COUNTY, "2024"),
                          probe="no-report:2024"))

    zdly = Col(f"{XXGK}15", "重点领域信息", xxgk=True)
    s.key.append(Expected("empty-columns", zdly.url(), "重点领域信息栏目只显示“暂无信息”", probe="no-rows"))
    s.cols += [gfx, zcjd, czzj, ndbg, zdly]


def _statics(s: _Site) -> None:
    pages = {f"{SITE}/c103910/xxgkzn.shtml": ("政府信息公开指南", _paras(
                 f"为便于公民、法人和其他组织获取{GOV}的政府信息，编制本指南。", "一、主动公开　二、依申请公开　三、监督和救济",
                 "本指南自2026年3月1日起施行。"), True),
             f"{SITE}/c103910/ysqgk.shtml": ("依申请公开", _paras("申请人可以通过当面、信函、网络等方式向县政府办公室提出政府信息公开申请。"), True),
             f"{SITE}/c103910/xxgkzd.shtml": ("政府信息公开制度", _paras("本县建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"), True),
             f"{SITE}/c103910/fdzdgk.shtml": ("法定主动公开内容", _paras("机构职能、规范性文件、规划计划、财政预决算等法定主动公开内容见各栏目。"), True),
             f"{SITE}/13966/hdjl.shtml": ("政民互动", _paras("县长信箱　咨询投诉　意见征集　在线访谈") + '<ul><li><a href="'
                                         'http://www.sc.gov.cn/10462/xxrkcs/xxts.shtml" target="_blank">四川省网上群众工作平台</a></li></ul>', False),
             f"{SITE}/lxwm/lxwm.shtml": ("联系我们", _paras(f"地址：{COUNTY}城关镇政府路1号　电话：0833-5521001"), False),
             f"{SITE}/wzdh/wzdh.shtml": ("网站地图", "<ul>" + "".join(
                 f'<li><a href="{_a(c.url())}">{c.name}</a></li>' for c in s.cols) + "</ul>", False)}
    for url, (name, text, xxgk) in pages.items():
        steps = [("首页", f"{SITE}/index.shtml"), (name, url)]
        body = ('<div id="main">\n<div class="dqwz">当前位置：' + " &gt; ".join(f'<a href="{_a(u)}">{n}</a>' for n, u in steps)
                + f'</div>\n<div class="dypage"><h2>{name}</h2><div class="dycontent">{text}</div></div>\n</div>')
        s.res[url] = s.page(f"{name} - {GOV}网站", _site_metas(), body, xxgk=xxgk)
    s.traps.append(Trap(f"{SITE}/lxwm/lxwm.shtml", "无日期的单页，不是过期栏目"))
    blocks = "".join(
        f'<div class="xxgkbox"><div class="boxtit"><b>{c.name}</b><a href="{_a(c.url())}" class="more">更多&gt;&gt;</a></div><ul>'
        + "".join(f'<li><a href="{_a(c.doc_url(d))}" title="{escape(d.title, quote=True)}">{escape(d.title)}</a></li>'
                  for d in c.docs[:5]) + "</ul></div>" for c in s.cols if c.xxgk)
    body = (f'<div id="main">\n<div class="dqwz">当前位置：<a href="{SITE}/index.shtml">首页</a> &gt; '
            f'<a href="{SITE}/c103910/xxgk.shtml">政务公开</a></div>\n'
            '<div class="xxgkleft">' + "".join(f'<a href="{SITE}/c103910/{p}.shtml">{n}</a>' for p, n in (
                ("xxgkzn", "政府信息公开指南"), ("xxgkzd", "政府信息公开制度"), ("fdzdgk", "法定主动公开内容"), ("ysqgk", "依申请公开")))
            + f'</div>\n<div class="xxgkright">{blocks}</div>\n</div>')
    s.res[f"{SITE}/c103910/xxgk.shtml"] = s.page("政务公开 - 涪岭县政府信息公开", _site_metas(), body, xxgk=True)
    s.traps.append(Trap(f"{SITE}/c103910/xxgk.shtml", "政务公开首页是各栏目区块和“更多”链接的导航页（区块不显示日期），不是栏目"))


def _home(s: _Site) -> None:
    def block(col: Col, n: int) -> str:
        rows = "".join(f'<li><a href="{_a(col.doc_url(d))}" target="_blank" title="{escape(d.title, quote=True)}">{escape(d.title)}</a>'
                       f'<span>{d.when:%m-%d}</span></li>' for d in col.docs[:n])
        return (f'<div class="indexbox"><div class="boxtit"><span>{col.name}</span><a href="{_a(col.url())}" class="more">更多</a></div>'
                f'<ul class="infolist">{rows}</ul></div>')
    body = (f'<div id="main">\n<div class="banner"><img src="{SITE}/static/picture/banner.jpg" alt="魅力涪岭"></div>\n'
            f'{block(s.col("涪岭要闻"), 8)}{block(s.col("通知公告"), 6)}{block(s.col("规范性文件"), 5)}{block(s.col("政策解读"), 5)}\n'
            f'<div class="zwgkrk"><a href="{SITE}/c103910/xxgk.shtml">政务公开</a><a href="{SITE}/c103910/xxgkzn.shtml">政府信息公开指南</a>'
            f'<a href="{_a(s.col("政府信息公开年报").url())}">政府信息公开年报</a></div>\n</div>')
    metas = _site_metas() + [("ColumnName", "首页"), ("ColumnDescription", f"{GOV}门户网站"), ("ColumnKeywords", f"{COUNTY},政府"),
                             ("ColumnType", "首页")]
    s.res[f"{SITE}/index.shtml"] = s.page(f"{GOV}网站", metas, body)
    s.res["/"] = Resource(b"", HTML, 302, f"{SITE}/index.shtml")


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="err"><h1>404</h1><p>对不起，您访问的页面不存在或已删除！</p><a href="/13960/index.shtml">返回首页</a></div></body></html>')


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"ucap offers only the small size, not {size!r}")
    s = _Site()
    _news(s)
    _disclosure(s)
    s.render()
    _statics(s)
    _home(s)
    for name in ("footdzjg.png", "footzfzc.png", "banner.jpg"):
        s.res[f"{SITE}/static/picture/{name}"] = Resource(tiny_png(), "image/png")
    s.res[f"{SITE}/static/css/public.css"] = Resource(b"body{font-size:14px}", "text/css")
    for js in ("jquery.min.js", "articledetail.js", "scs_article_pub.js"):
        s.res[f"{SITE}/static/js/{js}"] = Resource(b"function HideTable(){}", "application/javascript")
    gfx = s.col("规范性文件")
    s.key.append(Expected("footer", gfx.doc_url(gfx.docs[0]), "信息公开模板（/13960/c1039…/ 各页）的页脚没有网站标识码和公安机关备案号",
                          probe="footer-lacks:网站标识码", url_pattern="^" + re.escape(f"{SITE}/c1039")))
    s.key.append(Expected("meta-tags", gfx.url(), "信息公开模板（栏目页、文章页、单页）只有网站标签，没有栏目标签和文章标签"
                          "（ColumnName、ArticleTitle、PubDate…）", probe="xxgk-no-column-tags",
                          url_pattern="^" + re.escape(f"{SITE}/c1039")))
    s.traps.append(Trap(f"{SITE}/index.shtml", "门户页脚有主办单位、网站标识码、蜀ICP备、川公网安备、党政机关标识和找错"))
    return SampleSite("ucap", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
