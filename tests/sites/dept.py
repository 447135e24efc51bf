"""The "dept" sample site: a county DEPARTMENT's site (青山县教育局), not a government's.

Its hub is 信息公开, its annual reports are its own (deadline 01-31, titled with or without its
name), pages are GBK with the charset only in a `http-equiv` meta, TRS-style
`createPageHTML(n, 0, "index", "html")` pagers on some columns and `?page=N` on others,
lists as `<table>` rows with a 序号 column or `<ul>` rows with dates in `<em>`, document
metadata as a 4-column table, interpretations linked back by a 相关文件 line."""

from __future__ import annotations

from datetime import date, timedelta

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

ORG = "青山县教育局"
AS_OF = date(2026, 10, 15)
HTML = "text/html"  # no charset in the header: only the http-equiv meta declares gb2312
_CN_DIGITS = "〇一二三四五六七八九"


def _cn_date(d: date) -> str:
    """二〇二六年九月二十八日 (month and day in words)."""
    def num(n: int) -> str:
        if n < 10:
            return _CN_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + ("" if ones == 0 else _CN_DIGITS[ones])
    return "".join(_CN_DIGITS[int(c)] for c in str(d.year)) + f"年{num(d.month)}月{num(d.day)}日"


def _fmt(d: date, style: int) -> str:
    """A date in one of the real list forms."""
    return (f"{d:%Y.%m.%d}", f"[{d:%Y-%m-%d}]", f"{d:%Y-%m-%d} 10:20:33", f"{d:%Y-%m-%d}")[style % 4]


FOOT_FULL = ('<div class="footer"><p>主办单位：青山县教育局　地址：青山县文昌路8号　电话：0571-5558123</p>'
             '<p>网站标识码：3311270012　<a href="https://beian.miit.gov.cn/">浙ICP备05012345号-1</a>　'
             '浙公网安备 33112702000123号</p></div>')
FOOT_HOME = FOOT_FULL.replace("</div>", '<p><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D">'
                                '<img src="https://dcs.conac.cn/image/red.png" alt="党政机关"></a>'
                                '<script id="_jiucuo_" sitecode="3311270012" '
                                'src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p></div>')
# The article template's footer lacks the 网站标识码 (a planted footer defect).
FOOT_ARTICLE = ('<div class="footer"><p>主办单位：青山县教育局　地址：青山县文昌路8号</p>'
                '<p><a href="https://beian.miit.gov.cn/">浙ICP备05012345号-1</a>　浙公网安备 33112702000123号</p></div>')

NAV = ('<div class="nav"><a href="/">首页</a><a href="/jyxw/index.html">教育新闻</a>'
       '<a href="/tzgg/index.html">通知公告</a><a href="/xxgk/index.html">信息公开</a>'
       '<a href="/hdjl/index.html">互动交流</a></div>')


SITE_META = ('<meta name="SiteName" content="青山县教育局"><meta name="SiteDomain" content="jyj.qs.gov.cn">'
             '<meta name="SiteIDCode" content="3311270012">')


def _page(title: str, body: str, column: str = "", extra_meta: str = "", foot: str = FOOT_FULL) -> Resource:
    meta = (f'<meta name="ColumnName" content="{column}"><meta name="ColumnDescription" content="{column}">'
            f'<meta name="ColumnKeywords" content="{column}"><meta name="ColumnType" content="{column}">') if column else ""
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f'<title>{title}</title>{SITE_META}{meta}{extra_meta}</head>'
            f'<body><div class="top"><img src="/images/logo.png" alt="{ORG}"></div>{NAV}{body}{foot}</body></html>')
    return Resource(html.encode("gbk"), HTML)


class _Builder:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.doc_id = 1000

    def article(self, col_dir: str, column: str, title: str, when: date, body: str,
                meta_rows: dict[str, str] | None = None, style: int = 0) -> str:
        """An article at TRS-style /{dir}/{YYYYMM}/t{YYYYMMDD}_{id}.html; returns its URL."""
        self.doc_id += 1
        url = f"/{col_dir}/{when:%Y%m}/t{when:%Y%m%d}_{self.doc_id}.html"
        table = ""
        if meta_rows:
            cells = [f'<td class="tit">{k}：</td><td>{v}</td>' for k, v in meta_rows.items()]
            if len(cells) % 2:
                cells.append('<td class="tit"></td><td></td>')
            table = ('<table class="xxgk_info" width="100%">'
                     + "".join(f"<tr>{cells[i]}{cells[i + 1]}</tr>" for i in range(0, len(cells), 2)) + "</table>")
        shown = (f"发布时间：{when:%Y-%m-%d} 10:20:33", f"发布日期：{when:%Y.%m.%d}",
                 f"时间：[{when:%Y-%m-%d}]")[style % 3]
        crumb = f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{col_dir}/index.html">{column}</a></div>'
        html_body = (f'{crumb}<div class="article">{table}<h1>{title}</h1><div class="info">{shown}　来源：{ORG}</div>'
                     f'<div class="TRS_Editor">{body}<p style="text-align:right">{ORG}</p>'
                     f'<p style="text-align:right">{_cn_date(when)}</p></div></div>')
        meta = (f'<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{when:%Y-%m-%d} 10:20">'
                f'<meta name="ContentSource" content="{ORG}">')
        self.res[url] = _page(title, html_body, column, meta, FOOT_ARTICLE)
        return url

    def ul_list(self, col_dir: str, column: str, rows: list[tuple[str, str, date]], per_page: int,
                pager: str, empty_text: str = "") -> None:
        """A <ul> list with dates in <em>, paged TRS-style (index_1.html) or by ?page=N."""
        pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        for n, chunk in enumerate(pages):
            items = "".join(f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><em>{_fmt(d, i + n)}</em></li>'
                            for i, (u, t, d) in enumerate(chunk))
            inner = f"<ul class=\"list\">{items}</ul>" if items else empty_text
            self._list_page(col_dir, column, inner, n, len(pages), pager)

    def table_list(self, col_dir: str, column: str, rows: list[tuple[str, str, str, date]], per_page: int,
                   pager: str) -> None:
        """A <table> list: 序号 | 标题 | 文号 | 发布日期."""
        pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
        for n, chunk in enumerate(pages):
            head = "<tr><th>序号</th><th>标题</th><th>文号</th><th>发布日期</th></tr>"
            body = "".join(f'<tr><td>{n * per_page + i + 1}</td><td><a href="{u}" target="_blank">{t}</a></td>'
                           f"<td>{no}</td><td>{d:%Y-%m-%d}</td></tr>" for i, (u, t, no, d) in enumerate(chunk))
            self._list_page(col_dir, column, f'<table class="doclist">{head}{body}</table>', n, len(pages), pager)

    def _list_page(self, col_dir: str, column: str, inner: str, n: int, total: int, pager: str) -> None:
        base = f"/{col_dir}/index.html"
        if pager == "trs":
            url = base if n == 0 else f"/{col_dir}/index_{n}.html"
            nav = (f'<div class="page"><script>var currentPage = {n};var countPage = {total};'
                   f'createPageHTML({total}, {n}, "index", "html");</script>'
                   + "".join(f'<a href="{"index" if k == 0 else f"index_{k}"}.html">{k + 1}</a>' for k in range(total))
                   + "</div>") if total > 1 else ""
        else:
            url = base if n == 0 else f"{base}?page={n + 1}"
            nav = ('<div class="page">' + "".join(f'<a href="{base}?page={k + 1}">{k + 1}</a>' for k in range(total))
                   + f"<span>共{total}页</span></div>") if total > 1 else ""
        if n:
            self.traps.append(Trap(url, LATER_PAGE))
        crumb = f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="{base}">{column}</a></div>'
        body = f'{crumb}<div class="main"><div class="left">{_xxgk_menu(column)}</div><div class="right-list"><h2>{column}</h2>{inner}{nav}</div></div>'
        self.res[url] = _page(f"{column}-{ORG}", body, column)


XXGK_COLUMNS = (("jgzn", "机构职能"), ("zcwj", "政策文件"), ("gfxwj", "规范性文件"), ("zcjd", "政策解读"),
                ("gzdt", "工作动态"), ("zsks", "招生考试"), ("xzxk", "行政许可"), ("xzcf", "行政处罚"),
                ("sf", "行政事业性收费"), ("ndbg", "政府信息公开年报"), ("gkzn", "政府信息公开指南"),
                ("ysqgk", "依申请公开"), ("gkzd", "政府信息公开制度"))


_ON = ' class="on"'


def _xxgk_menu(current: str) -> str:
    return '<ul class="menu">' + "".join(
        f'<li{_ON if name == current else ""}><a href="/xxgk/{d}/index.html">{name}</a></li>'
        for d, name in XXGK_COLUMNS) + "</ul>"


def _news_titles(prefix: str, n: int) -> list[str]:
    topics = ("开展校园安全专项检查", "召开秋季开学工作会议", "举行教师节表彰大会", "推进义务教育优质均衡发展",
              "组织中小学教师业务培训", "开展课后服务督导", "部署防汛安全教育工作", "举办中小学生运动会",
              "推进“双减”工作落实", "召开校长座谈会", "开展食品安全检查", "组织学生研学实践活动")
    return [f"{prefix}{topics[i % len(topics)]}（{i + 1}）" for i in range(n)]


def build(size: str = "small") -> SampleSite:
    """Generate the site and its answer key."""
    b = _Builder()
    key = b.key
    png = tiny_png()
    b.res["/images/logo.png"] = Resource(png, "image/png")
    b.res["/images/banner.png"] = Resource(png, "image/png")

    # 教育新闻: fresh, TRS pager over 3 pages; one article has a broken image.
    news = []
    for i, t in enumerate(_news_titles("县教育局", 22)):
        when = AS_OF - timedelta(days=2 + i * 9)
        img = '<p><img src="/images/2026/xw_0923.jpg" alt="现场"></p>' if i == 3 else '<p><img src="/images/banner.png"></p>'
        news.append((b.article("jyxw", "教育新闻", t, when, f"<p>{t}。</p>{img}", style=i), t, when))
    broken_img_page = news[3][0]
    key.append(Expected("broken-links", "/images/2026/xw_0923.jpg", "新闻中的图片不存在（404）", probe="status:404"))
    b.ul_list("jyxw", "教育新闻", news, 8, "trs")

    # 通知公告: stale (newest 2026-02-10, > 6 months before the as-of date), ?page=N.
    notices = []
    for i in range(12):
        when = date(2026, 2, 10) - timedelta(days=i * 20)
        t = f"关于做好{2026 - i // 6}年学校安全工作的通知（第{i + 1}号）"
        notices.append((b.article("tzgg", "通知公告", t, when, f"<p>{t}。</p>", style=i + 1), t, when))
    cleanup = "青山县教育局关于公布行政规范性文件清理结果的通知"
    when = date(2026, 1, 20)
    notices.append((b.article("tzgg", "通知公告", cleanup, when, "<p>经清理，继续有效的行政规范性文件4件，宣布失效2件。</p>"),
                    cleanup, when))
    notices.sort(key=lambda r: r[2], reverse=True)
    b.ul_list("tzgg", "通知公告", notices, 8, "query")
    key.append(Expected("stale-columns", "/tzgg/index.html", "通知公告最新一条为 2026-02-10，超过 6 个月未更新",
                        probe="newest:2026-02-10"))

    # 互动交流: a static page (no list), with a broken outbound link to a retired page.
    b.res["/hdjl/index.html"] = _page(f"互动交流-{ORG}", '<div class="main"><h2>互动交流</h2><p>局长信箱：'
                                       '<a href="mailto:jyj@qs.gov.cn">jyj@qs.gov.cn</a></p>'
                                       '<p><a href="/hdjl/zxft/index.html">在线访谈（往期）</a></p></div>', "互动交流")
    key.append(Expected("broken-links", "/hdjl/zxft/index.html", "互动交流页链接的在线访谈栏目不存在（404）", probe="status:404"))

    # 机构职能: a static page with ColumnName meta and no date (trap).
    b.res["/xxgk/jgzn/index.html"] = _page(
        f"机构职能-{ORG}", f'<div class="main"><div class="left">{_xxgk_menu("机构职能")}</div><div class="content">'
        f"<h2>机构职能</h2><p>{ORG}是县政府工作部门，负责全县教育工作。主要职责：贯彻执行国家教育方针、政策和法律法规；"
        "统筹规划全县各级各类教育发展；管理全县中小学教师队伍建设。</p><p>内设机构：办公室、基础教育科、人事科、计划财务科。</p></div></div>",
        "机构职能")
    b.traps.append(Trap("/xxgk/jgzn/index.html", "机构职能是无日期的静态单页，不是空栏目也不是不更新栏目"))
    b.traps.append(Trap("/hdjl/index.html", "互动交流是无日期的静态单页"))
    b.res["/xxgk/gkzn/index.html"] = _page(
        f"政府信息公开指南-{ORG}", f'<div class="main"><div class="left">{_xxgk_menu("政府信息公开指南")}</div>'
        f'<div class="content"><h2>政府信息公开指南</h2><p>为便于公民、法人和其他组织获取{ORG}的政府信息，编制本指南。'
        "</p><p>一、主动公开 二、依申请公开 三、监督保障</p></div></div>", "政府信息公开指南")

    b.traps.append(Trap("/xxgk/gkzn/index.html", "公开指南是无日期的静态单页"))
    for d, name, text in (("ysqgk", "依申请公开", "公民、法人或者其他组织可通过当面、信函、网络等方式向本局提出政府信息公开申请。"
                           "受理机构：青山县教育局办公室。"),
                          ("gkzd", "政府信息公开制度", "本局建立了政府信息公开保密审查、依申请公开办理、政府信息公开考核等制度。")):
        b.res[f"/xxgk/{d}/index.html"] = _page(
            f"{name}-{ORG}", f'<div class="main"><div class="left">{_xxgk_menu(name)}</div><div class="content">'
            f"<h2>{name}</h2><p>{text}</p></div></div>", name)

    # Policy documents (青教〔2025〕N号) and normative documents (青教规〔2025〕N号) with interpretations.
    interp_rows: list[tuple[str, str, date]] = []
    zcwj_rows: list[tuple[str, str, str, date]] = []
    gfx_rows: list[tuple[str, str, str, date]] = []
    subjects = ("中小学校园安全管理", "学前教育普惠发展", "义务教育招生入学", "教师队伍建设", "校外培训机构监管",
                "学生资助工作", "中小学课后服务", "家庭经济困难学生认定", "民办学校年检", "教育督导评估", "校车安全管理",
                "中小学教材管理")
    validity = ("有效", "有效期至2027年12月31日", "有效", "已废止", "有效", "有效期至2028年6月30日")
    # defects per document index: (kind) — kinds: missing / unlinked / late / meta:<field>
    defects = {1: "missing", 4: "late", 7: "unlinked", 9: "meta:有效性", 10: "meta:文号", 11: "missing"}
    for i, subject in enumerate(subjects):
        normative = i >= 6
        when = date(2026, 1 + i % 9, 5 + i * 2)
        number = f"青教规〔{when.year}〕{i - 5}号" if normative else f"青教〔{when.year}〕{i + 10}号"
        title = f"{ORG}关于印发《青山县{subject}办法》的通知" if normative else f"{ORG}关于加强{subject}工作的实施意见"
        short = f"青山县{subject}办法" if normative else f"关于加强{subject}工作的实施意见"
        col_dir, column = ("xxgk/gfxwj", "规范性文件") if normative else ("xxgk/zcwj", "政策文件")
        meta = {"索 引 号": f"11331127002345678X/{when.year}-{i + 101:05d}", "发布机构": ORG, "文　　号": number,
                "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}", "发布日期": f"{when:%Y年%m月%d日}",
                "有 效 性": validity[i % 6] if normative else "有效"}
        kind = defects.get(i, "")
        if kind.startswith("meta:"):
            meta.pop("有 效 性" if kind.endswith("有效性") else "文　　号")
        # The interpretation (written first to know its URL; documents get lower ids regardless).
        lag = 21 if kind == "late" else i % 3
        style = i % 3
        it_title = (f"图解：《{short}》", f"一图读懂{short}", f"关于《{short}》的政策解读")[style]
        doc_url_guess = f"/{col_dir}/{when:%Y%m}/t{when:%Y%m%d}_{b.doc_id + 1}.html"
        attach = (f'<p>附件：<a href="/{col_dir}/{when:%Y%m}/P020{when:%Y%m%d}{i:02d}.pdf">{short}.pdf</a></p>')
        b.res[f"/{col_dir}/{when:%Y%m}/P020{when:%Y%m%d}{i:02d}.pdf"] = Resource(fake_pdf(f"doc {i}"), "application/pdf")
        if i == 2:  # a broken attachment
            attach = f'<p>附件：<a href="/{col_dir}/{when:%Y%m}/P020{when:%Y%m%d}99.doc">报名表.doc</a></p>'
            key.append(Expected("broken-links", f"/{col_dir}/{when:%Y%m}/P020{when:%Y%m%d}99.doc",
                                "政策文件附件不存在（404）", probe="status:404"))
        interp_url = None
        if kind != "missing":
            it_body = f"<p>为便于社会公众理解，现对《{short}》解读如下。</p><p>一、制定背景 二、主要内容 三、适用范围</p>"
            if kind != "unlinked":
                it_body = f'<p>相关文件：<a href="{doc_url_guess}">《{short}》</a></p>' + it_body
            b.doc_id += 1  # reserve the document's id
            doc_id = b.doc_id
            interp_url = b.article("xxgk/zcjd", "政策解读", it_title, when + timedelta(days=lag), it_body, style=i)
            interp_rows.append((interp_url, it_title, when + timedelta(days=lag)))
            saved, b.doc_id = b.doc_id, doc_id - 1
        related = (f'<p>相关解读：<a href="{interp_url}">{it_title}</a></p>'
                   if interp_url and kind != "unlinked" else "")
        body = f"<p>各乡镇（街道）中心学校、县属各学校：</p><p>现将《{short}》印发给你们，请认真贯彻执行。</p>{attach}{related}"
        url = b.article(col_dir, column, title, when, body, meta, style=i)
        if interp_url:
            b.doc_id = saved
        assert kind == "missing" or url == doc_url_guess
        (gfx_rows if normative else zcwj_rows).append((url, title, number, when))
        if kind == "missing":
            key.append(Expected("interpretations", url, "政策文件没有解读", probe="no-interp"))
        elif kind == "late":
            key.append(Expected("interpretations", url, f"解读晚于文件 {lag} 天发布", probe=f"late-interp:{lag}"))
        elif kind == "unlinked":
            key.append(Expected("interpretations", url, "解读与文件互不链接", probe="no-interp-link"))
        elif kind:
            key.append(Expected("normative-metadata", url, f"规范性文件缺少{kind[5:]}",
                                probe=f"meta-missing:{kind[5:]}"))
    zcwj_rows.sort(key=lambda r: r[3], reverse=True)
    gfx_rows.sort(key=lambda r: r[3], reverse=True)
    interp_rows.sort(key=lambda r: r[2], reverse=True)
    b.table_list("xxgk/zcwj", "政策文件", zcwj_rows, 4, "query")
    b.table_list("xxgk/gfxwj", "规范性文件", gfx_rows, 10, "query")
    b.ul_list("xxgk/zcjd", "政策解读", interp_rows, 6, "trs")

    # 工作动态: fresh, ?page=N. 招生考试: stale (> 1 year).
    work = []
    for i, t in enumerate(_news_titles("青山县教育系统", 10)):
        when = AS_OF - timedelta(days=5 + i * 12)
        work.append((b.article("xxgk/gzdt", "工作动态", t, when, f"<p>{t}。</p>", style=i), t, when))
    b.ul_list("xxgk/gzdt", "工作动态", work, 6, "query")
    exams = []
    for i in range(5):
        when = date(2025, 8, 20) - timedelta(days=i * 40)
        t = f"青山县2025年中小学招生入学工作公告（{i + 1}）"
        exams.append((b.article("xxgk/zsks", "招生考试", t, when, f"<p>{t}。</p>", style=i), t, when))
    b.ul_list("xxgk/zsks", "招生考试", exams, 10, "trs")
    key.append(Expected("stale-columns", "/xxgk/zsks/index.html", "招生考试最新一条为 2025-08-20，超过一年未更新",
                        probe="newest:2025-08-20"))

    # Empty columns: a marker, and nothing at all; a 情况说明-only column (trap).
    b.ul_list("xxgk/xzxk", "行政许可", [], 10, "trs", '<div class="empty">该栏目暂无内容</div>')
    b.ul_list("xxgk/xzcf", "行政处罚", [], 10, "trs", "")
    key.append(Expected("empty-columns", "/xxgk/xzxk/index.html", "行政许可栏目为空（该栏目暂无内容）", probe="no-rows"))
    key.append(Expected("empty-columns", "/xxgk/xzcf/index.html", "行政处罚栏目为空（无任何内容）", probe="no-rows"))
    b.ul_list("xxgk/sf", "行政事业性收费", [], 10, "trs",
              f"<p>情况说明：{ORG}无行政事业性收费项目，本栏目不发布收费信息。（2026年1月5日）</p>")
    b.traps.append(Trap("/xxgk/sf/index.html", "栏目以情况说明说明本单位无此类信息，不是空栏目"))

    # Annual reports (deadline 01-31): 2023 missing, 2024 late (02-15), 2022 on its deadline day (trap).
    reports = []
    published = {2021: date(2022, 1, 20), 2022: date(2023, 1, 31), 2024: date(2025, 2, 15), 2025: date(2026, 1, 28)}
    for year, when in published.items():
        title = (f"{year}年度政府信息公开工作年度报告" if year in (2025, 2022)
                 else f"{ORG}{year}年政府信息公开工作年度报告")
        url = b.article("xxgk/ndbg", "政府信息公开年报", title, when, report_body(ORG, year, year),
                        {"索 引 号": f"11331127002345678X/{year + 1}-00001", "发布机构": ORG,
                         "发布日期": f"{when:%Y-%m-%d}", "有 效 性": "有效"}, style=year)
        reports.append((url, title, when))
        if year == 2024:
            key.append(Expected("annual-reports", url, "2024 年度报告 2025-02-15 发布，晚于 1 月 31 日",
                                match=("教育局", "2024"), probe="late:2025-01-31"))
        if year == 2022:
            b.traps.append(Trap(url, "部门年报在截止日 1 月 31 日当天发布，不算逾期"))
    reports.sort(key=lambda r: r[2], reverse=True)
    b.ul_list("xxgk/ndbg", "政府信息公开年报", reports, 10, "trs")
    key.append(Expected("annual-reports", "/xxgk/ndbg/index.html", "缺少 2023 年度政府信息公开工作年度报告",
                        match=("教育局", "2023"), probe="no-report:2023"))

    # 信息公开 hub and homepage.
    hub = ('<div class="main"><h2>信息公开</h2><h3>法定主动公开内容</h3><ul class="gk-cols">' + "".join(
        f'<li><a href="/xxgk/{d}/index.html">{name}</a></li>' for d, name in XXGK_COLUMNS) + "</ul></div>")
    b.res["/xxgk/index.html"] = _page(f"信息公开-{ORG}", hub, "信息公开")
    def block(head: str, href: str, rows: list[tuple[str, str, date]]) -> str:
        items = "".join(f'<li><a href="{u}">{t}</a><span>{d:%m-%d}</span></li>' for u, t, d in rows[:5])
        return f'<div class="block"><h3><a href="{href}">{head}</a></h3><ul>{items}</ul><a href="{href}">更多&gt;&gt;</a></div>'
    home = ('<div class="banner"><img src="/images/banner.png" alt="青山教育"></div>'
            + block("教育新闻", "/jyxw/index.html", news) + block("通知公告", "/tzgg/index.html", notices)
            + block("政策文件", "/xxgk/zcwj/index.html", [(u, t, d) for u, t, _, d in zcwj_rows]))
    b.res["/"] = b.res["/index.html"] = _page(ORG, home, foot=FOOT_HOME)
    b.key.append(Expected("footer", broken_img_page, "文章页页脚缺少网站标识码", probe="footer-lacks:网站标识码",
                          url_pattern=r"^/.+/\d{6}/t\d{8}_\d+\.html$"))
    not_found = Resource("<html><body><h1>404 Not Found</h1></body></html>".encode(), "text/html", 404)
    return SampleSite("dept", size, AS_OF, b.res, not_found, b.key, b.traps)
