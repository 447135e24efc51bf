"""The "pcjy" sample site: a county portal (蓼川县人民政府) on the province-wide 集约化 platform whose columns are
`/<site>/<column>/pc/list.html` and whose articles are `/<site>/<column>/pc/content/content_<snowflake id>.html`
(四川 自贡, 江西 芦溪/住建厅, 安徽 铜陵 run it), UTF-8, lists filled by a script from a JSON island in the page.

Why this family: of the brief's candidates it is the one for which the library tools gave the most real structure
that no template imitates (the others: 贵州's `jcgk_44556/zcwj_44570/` folders are TRS `index_N.html`/`t…html`
as `trsjy`; 河南's `/sitesources/<site>/page_pc/…/article<uuid>.html` gave addresses and one `script.json`, no list
markup; 上海 gave nothing). What is real, with sources (`find_string`, `read_file`):
  - the addresses: `https://www.zg.gov.cn/zgsrmzf/c00145/pc/list.html` and its articles
    `/zgsrmzf/c00145/pc/content/content_<id>.html` (a cost-info crawler of 自贡, `_detail_url`); department columns
    named by slug and number, `zgsrmzf/skjjzfxxg159/pc/list.html`, `zgsrmzf/sfgwzfxxg101/pc/list.html` (a site list
    of 遂宁/自贡 monitors); `luxi.gov.cn/lxxrmzf/czysjs/pc/list.html`, `/fxxrmzf/zfndczyjs/pc/list.html` … (a
    fiscal-site finding record of 江西 宜春/萍乡 counties: the site prefix `<pinyin initials>rmzf`, the column a slug);
    `scjgj.tl.gov.cn/tlsscjdglj/c00085/pc/content/content_1845747378521169920.html` (安徽 铜陵; 19-digit ids);
  - the list page: its rows are not HTML but a JSON array the page's script renders. The 自贡 crawler finds the
    marker `articleList`, then the first `[`, cuts to the matching `]` and parses it; each record has `id`, `title`,
    `pubDate` (`yyyy-MM-dd HH:mm:ss`, it keeps the first 10 characters), `urls` — a JSON *string* holding
    `{"pc": "<article address>"}` — and `articleFiles`, each with `fileName`, `filePath`, `domainName`, `fileId`,
    `totalSize` (attachments are served from `domainName` + `filePath`). The whole column is in the one array: the
    crawler reads one page and no pager.
Guessed, said as such: the script that holds the array (`var pageData = {…,"articleList":[…]}`), the empty list box
and pager box the script fills (15 rows a page, client side), the home page's server-written blocks, the 信息公开
home and its fixed entries, the article page's markup (title, info line, metadata table, 相关解读/相关文件 lines,
附件 line), the attachment folder, the footer (county identifiers, a province band and a platform line), the
department template's footer without 网站标识码, all wording and the 404 page.

Variety on purpose: the government's columns named by code (`c10211`) and by slug (`xzgfxwj`), a department and a
town as slug-and-number columns (`xfgjzfxxg131`); every list only in its JSON island (no row, no date and no
article address in the list's HTML outside the script); empty columns as `"articleList":[]`; attachments both in
the island and on the article page. Every planted defect is an `Expected` entry written before the tool ran;
things that must not be findings are `Trap`s.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import Expected, Resource, SampleSite, Trap, fake_pdf, tiny_png

AS_OF = date(2026, 11, 20)
COUNTY = "蓼川县"
GOV = "蓼川县人民政府"
SITE = "/lcxrmzf/"
SITE_ID = "5113270001"
ICP = "蜀ICP备05023817号"
POLICE = "川公网安备 51132702000156号"
HTML = "text/html; charset=utf-8"
DEPT_PAGES = r"^/lcxrmzf/xfgj"  # the department's template (its footer lacks 网站标识码)
FILES = f"{SITE}uploadfiles/"


@dataclass
class Doc:
    id: int
    title: str
    when: date
    body: str = ""
    source: str = ""
    meta: dict[str, str] | None = None  # the 信息公开 metadata table
    files: list[tuple[str, str]] = field(default_factory=list)  # (file name, path)
    related: str = ""  # 相关解读 / 相关文件 lines


@dataclass
class Col:
    name: str
    code: str  # "c10211", "xzgfxwj", "xfgjzfxxg131"
    organ: str = GOV
    docs: list[Doc] = field(default_factory=list)
    xxgk: bool = False  # a 信息公开 column (metadata table, trail through 政府信息公开)

    def url(self) -> str:
        return f"{SITE}{self.code}/pc/list.html"

    def doc_url(self, d: Doc) -> str:
        return f"{SITE}{self.code}/pc/content/content_{d.id}.html"


XXGK_HOME = f"{SITE}zfxxgk/pc/index.html"
FGJ = "蓼川县发展和改革局"
TOWN = "蓼川县青石镇人民政府"


def _paras(*texts: str) -> str:
    return "".join(f'<p style="text-indent:2em;">{t}</p>' for t in texts)


_WORK = ("会议要求，各乡镇、县级各部门要坚持问题导向，压紧压实责任，细化工作举措，对照时间节点抓好落实，"
         "强化督导检查，确保各项目标任务按期完成，为全县经济社会高质量发展提供坚强保障。")
_NEWS = ("召开县委常委会会议", "开展森林草原防灭火检查", "推进和美乡村建设", "召开安全生产工作会议", "调研重点项目建设",
         "举办农民丰收节活动", "走访慰问困难群众", "推进高标准农田建设", "开展防汛应急演练", "召开经济运行分析会")


def _head(title: str, meta: dict[str, str]) -> str:
    metas = "".join(f'<meta name="{k}" content="{escape(v)}">\n' for k, v in
                    {"SiteName": GOV, "SiteDomain": "www.liaochuan.gov.cn", "SiteIDCode": SITE_ID, **meta}.items())
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f'<title>{escape(title)}</title>\n{metas}<link rel="stylesheet" href="{SITE}static/css/common.css">\n</head>\n')


def _col_meta(name: str) -> dict[str, str]:
    return {"ColumnName": name, "ColumnDescription": name, "ColumnKeywords": name, "ColumnType": name}


class _Site:
    def __init__(self) -> None:
        self.res: dict[str, Resource] = {}
        self.key: list[Expected] = []
        self.traps: list[Trap] = []
        self.cols: list[Col] = []
        self.next_id = 1857301946512384000

    def doc(self, title: str, when: date, body: str = "", **kw: object) -> Doc:
        self.next_id += 4096 * 37
        return Doc(self.next_id, title, when, body or _paras(f"{title}。", _WORK), **kw)  # type: ignore[arg-type]

    # -- the platform's chrome
    def top(self) -> str:
        nav = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in (
            ("首页", "/"), ("政务动态", f"{SITE}c10211/pc/list.html"), ("政府信息公开", XXGK_HOME),
            ("通知公告", f"{SITE}c10212/pc/list.html")))
        return ('<div class="topbar"><div class="w1200"><span>四川省人民政府网站集约化平台</span>'
                '<a href="https://www.sc.gov.cn/" target="_blank">四川省人民政府</a>'
                '<a href="http://www.ya.gov.cn/" target="_blank">雅州市人民政府</a></div></div>\n'
                f'<div class="header"><div class="w1200"><a href="/" class="logo"><img src="{SITE}static/images/logo.png" '
                f'alt="{GOV}"></a><div class="search"><input type="text" id="searchWord" placeholder="请输入关键词">'
                '<button onclick="doSearch()">搜索</button></div></div></div>\n'
                f'<div class="nav"><ul class="w1200">{nav}</ul></div>\n')

    def footer(self, site_id: bool = True) -> str:
        code = f"网站标识码：{SITE_ID}&nbsp;&nbsp;" if site_id else ""
        return ('<div class="footer"><div class="w1200">\n'
                f'<p>主办单位：{GOV}办公室&nbsp;&nbsp;承办单位：{COUNTY}政务服务和大数据管理局&nbsp;&nbsp;联系电话：0835-6221045</p>\n'
                f'<p>{code}<a href="https://beian.miit.gov.cn/" target="_blank">{ICP}</a>&nbsp;&nbsp;'
                '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51132702000156" target="_blank">'
                f'<img src="{SITE}static/images/ga.png">{POLICE}</a></p>\n'
                '<p class="plat">四川省人民政府网站集约化平台&nbsp;&nbsp;技术支持：四川省大数据中心</p>\n</div></div>\n')

    def page(self, title: str, body: str, meta: dict[str, str], site_id: bool = True, extra: str = "") -> Resource:
        html = (f"{_head(title, meta)}<body>\n{self.top()}<div class=\"w1200 main\">\n{body}\n</div>\n"
                f"{self.footer(site_id)}{extra}</body>\n</html>\n")
        return Resource(html.encode("utf-8"), HTML)

    def trail(self, col: Col | None, here: str = "") -> str:
        steps = ['<a href="/">首页</a>']
        if col is not None and col.xxgk:
            steps.append(f'<a href="{XXGK_HOME}">政府信息公开</a>')
        if col is not None:
            steps.append(f'<a href="{col.url()}">{col.name}</a>')
        if here:
            steps.append(f"<span>{here}</span>")
        return '<div class="position">当前位置：' + " &gt; ".join(steps) + "</div>\n"

    def side(self, col: Col) -> str:
        sib = [c for c in self.cols if c.organ == col.organ and c.xxgk == col.xxgk]
        lis = "".join(f'<li{" class=on" if c is col else ""}><a href="{c.url()}">{c.name}</a></li>' for c in sib)
        head = col.organ if col.xxgk else "政务动态"
        return f'<div class="left-menu"><div class="menu-title">{head}</div><ul>{lis}</ul></div>\n'

    def record(self, col: Col, d: Doc) -> dict[str, object]:
        files = [{"fileId": str(d.id + 1 + k), "fileName": name, "filePath": path, "domainName": "",
                  "totalSize": 48213 + 17 * k} for k, (name, path) in enumerate(d.files)]
        return {"id": str(d.id), "title": d.title, "pubDate": f"{d.when:%Y-%m-%d} 09:{d.id % 60:02d}:00",
                "urls": json.dumps({"pc": col.doc_url(d)}), "articleFiles": files}

    def list_page(self, col: Col) -> Resource:
        data = {"channelId": col.code, "channelName": col.name, "total": len(col.docs),
                "articleList": [self.record(col, d) for d in col.docs]}
        island = ('<script type="text/javascript">\nvar pageData = '
                  + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + ";\n</script>\n")
        box = (f'<div class="right-list"><div class="list-title"><span>{col.name}</span></div>'
               '<ul class="list-ul" id="articleListBox"></ul><div class="pagination" id="pageBox"></div></div>\n'
               f'{island}<script src="{SITE}static/js/list.js"></script>\n'
               '<script>renderList(pageData.articleList, "articleListBox", "pageBox", 15);</script>')
        return self.page(f"{col.name}-{GOV}", f"{self.trail(col)}{self.side(col)}{box}", _col_meta(col.name),
                         site_id=not col.code.startswith("xfgj"))

    def article(self, col: Col, d: Doc) -> Resource:
        table = ""
        if d.meta is not None:
            cells = [f"<td class=\"lab\">{k}：</td><td>{v}</td>" for k, v in d.meta.items()]
            table = ('<div class="xxgk-table"><table cellspacing="0" cellpadding="0">'
                     + "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2))
                     + "</table></div>\n")
        files = ""
        if d.files:
            files = '<div class="fj"><span>附件：</span>' + "".join(
                f'<p><a href="{escape(p)}" target="_blank">{escape(n)}</a></p>' for n, p in d.files) + "</div>"
        source = d.source or (col.organ if col.xxgk else f"{COUNTY}融媒体中心")
        body = (f"{self.trail(col, '正文')}<div class=\"article\">{table}<h1 class=\"title\">{escape(d.title)}</h1>\n"
                f'<div class="info"><span>发布时间：{d.when:%Y-%m-%d} 09:{d.id % 60:02d}</span><span>来源：{source}</span>'
                '<span>字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
                '<a href="javascript:doZoom(14)">小</a></span></div>\n'
                f'<div class="content" id="zoom">{d.body}</div>\n{files}{d.related}'
                '<div class="tools"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div></div>')
        meta = {**_col_meta(col.name), "ArticleTitle": d.title, "PubDate": f"{d.when:%Y-%m-%d} 09:{d.id % 60:02d}",
                "ContentSource": source}
        if col.code.startswith("xfgj"):  # the department's article template writes only the column tags
            meta = _col_meta(col.name)
        return self.page(f"{d.title}-{GOV}", body, meta, site_id=not col.code.startswith("xfgj"))

    def render(self) -> None:
        for col in self.cols:
            col.docs.sort(key=lambda d: (d.when, d.id), reverse=True)
            self.res[col.url()] = self.list_page(col)
            for d in col.docs:
                self.res[col.doc_url(d)] = self.article(col, d)


BROKEN_IMAGE = f"{FILES}202611/1857302118845112320.jpg"
BROKEN_PDF = f"{FILES}202609/1857302204775813120.pdf"


def _meta(organ: str, when: date, k: int, number: str = "", topic: str = "综合政务") -> dict[str, str]:
    meta = {"索引号": f"11511327MB{k:04d}{when.year % 100:02d}/{when.year}-{k + 101:05d}", "主题分类": topic,
            "发文机关": organ, "成文日期": f"{when - timedelta(days=3):%Y-%m-%d}"}
    if number:
        meta["文号"] = number
    meta["发布日期"] = f"{when:%Y-%m-%d}"
    if number:
        meta["有效性"] = "有效"
    return meta


def _portal(s: _Site) -> tuple[Col, Col]:
    gzdt = Col("工作动态", "c10211")
    for i in range(36):
        gzdt.docs.append(s.doc(f"{COUNTY}{_NEWS[i % 10]}（{i + 1}）", AS_OF - timedelta(days=1 + i * 3),
                               _paras(f"近日，{COUNTY}{_NEWS[i % 10]}。县委、县政府主要负责同志参加。", _WORK)))
    gzdt.docs[2].body += f'<p style="text-align:center"><img src="{BROKEN_IMAGE}" alt=""></p>'
    s.traps.append(Trap(gzdt.url(), "工作动态 36 条全在页面脚本的 articleList 数组里（由脚本每页 15 条渲染），最新 2026-11-19：不是空栏目、不是过期栏目"))
    tzgg = Col("通知公告", "c10212")
    for i in range(12):
        tzgg.docs.append(s.doc(f"关于{('做好冬春火灾防控', '城乡居民医保集中参保', '开展农村房屋安全排查', '冬季安全生产')[i % 4]}工作的通知（{i + 1}）",
                               AS_OF - timedelta(days=4 + i * 13), _paras("各乡镇人民政府，县级各部门：", _WORK, f"{GOV}办公室")))
    tzgg.docs.append(s.doc(f"{GOV}关于公布行政规范性文件清理结果的通知", date(2026, 4, 14),
                           _paras("经清理，继续有效的行政规范性文件28件，宣布失效3件，废止2件。", GOV, "2026年4月14日")))
    xzdt = Col("乡镇动态", "c10216")
    for i in range(9):
        xzdt.docs.append(s.doc(f"青石镇{_NEWS[(i + 4) % 10]}", AS_OF - timedelta(days=3 + i * 9)))
    rsxx = Col("人事信息", "c10218")
    for i in range(8):
        rsxx.docs.append(s.doc(f"{COUNTY}2026年{('事业单位公开招聘', '公益性岗位招聘', '引进急需紧缺人才', '选调工作人员')[i % 4]}公告（{i + 1}）",
                               AS_OF - timedelta(days=11 + i * 19)))
    s.cols += [gzdt, tzgg, xzdt, rsxx]
    return gzdt, tzgg


_NORMATIVE = (("城区停车管理", ""), ("农村宅基地审批管理", "missing"), ("城乡环境卫生管理", "notable"),
              ("政府投资项目管理", "late"), ("森林草原防火管理", "unlinked"), ("县级储备粮管理", "meta:有效性"),
              ("公共资源交易管理", "meta:文号"), ("城区户外广告设置管理", ""), ("农村公路养护管理", ""))


def _government(s: _Site) -> Col:
    gfx = Col("行政规范性文件", "xzgfxwj", xxgk=True)
    zcjd = Col("政策解读", "zcjd", xxgk=True)
    for k, (subject, defect) in enumerate(_NORMATIVE):
        when = date(2026, 10, 27) - timedelta(days=31 * k)
        number = f"蓼府规〔{when.year}〕{11 - k}号"
        short = f"{COUNTY}{subject}办法"
        d = s.doc(f"{GOV}关于印发《{short}》的通知", when, source=f"{GOV}办公室")
        d.body = _paras("各乡镇人民政府，县级各部门：", f"现将《{short}》印发给你们，请认真贯彻执行。", GOV,
                        f"{when.year}年{when.month}月{when.day}日", short,
                        f"第一条　为规范本县{subject}工作，根据有关法律法规，结合本县实际，制定本办法。",
                        "第二条　本办法适用于本县行政区域内的有关活动。", "第三条　县级有关部门按照职责分工负责本办法的实施。",
                        "第四条　本办法自印发之日起施行，有效期五年。")
        if defect == "notable":
            d.body = f'<p style="text-align:center">{number}</p>' + d.body
        else:
            d.meta = _meta(GOV, when, k, number)
            if defect.startswith("meta:"):
                del d.meta[defect[5:]]
        gfx.docs.append(d)
        url = gfx.doc_url(d)
        if defect == "notable":
            s.key.append(Expected("normative-metadata", url, "规范性文件页面没有信息公开元数据表（文号只在正文里）", probe="no-table"))
        elif defect.startswith("meta:"):
            s.key.append(Expected("normative-metadata", url, f"规范性文件元数据表缺少{defect[5:]}", probe=f"meta-missing:{defect[5:]}"))
        if defect == "missing":
            s.key.append(Expected("interpretations", url, f"规范性文件《{short}》没有政策解读", probe="no-interp"))
            continue
        lag = 14 if defect == "late" else k % 3
        i = s.doc((f"《{short}》政策解读", f"图解：《{short}》", f"一图读懂《{short}》")[k % 3], when + timedelta(days=lag),
                  _paras(f"一、起草背景　为规范本县{subject}工作，县政府组织起草了《{short}》。",
                         "二、主要内容　《办法》共四条，明确了适用范围、职责分工和施行日期。", "三、解读机关　" + _WORK),
                  source=f"{GOV}办公室")
        i.meta = _meta(GOV, i.when, 50 + k, topic="政策解读")
        zcjd.docs.append(i)
        if defect != "unlinked":
            i.related = f'<div class="xgwj">相关文件：<a href="{gfx.doc_url(d)}" target="_blank">{d.title}</a></div>'
            d.related = f'<div class="xgjd">相关解读：<a href="{zcjd.doc_url(i)}" target="_blank">{i.title}</a></div>'
            if defect != "late":
                s.traps.append(Trap(url, "文件与解读在“相关解读/相关文件”行互相链接，解读及时发布"))
        if defect == "late":
            s.key.append(Expected("interpretations", url, f"解读晚于文件{lag}天发布", probe=f"late-interp:{lag}"))
        elif defect == "unlinked":
            s.key.append(Expected("interpretations", url, "解读与文件互不链接（解读只在政策解读栏目中）", probe="no-interp-link"))
    for n in range(2):  # the province's policies, interpreted here (no document on this site)
        i = s.doc(f"《四川省{('耕地保护', '稳岗就业')[n]}若干措施》解读", date(2026, 11, 5) - timedelta(days=16 * n),
                  _paras("一、出台背景", "二、主要措施　" + _WORK), source=f"{GOV}办公室")
        i.meta = _meta(GOV, i.when, 80 + n, topic="政策解读")
        zcjd.docs.append(i)

    ndbg = Col("政府信息公开年报", "zfxxgknb", xxgk=True)
    published = {2025: date(2026, 3, 25), 2023: date(2024, 3, 28), 2022: date(2023, 3, 31), 2021: date(2022, 3, 17),
                 2020: date(2021, 3, 24)}
    for year, when in published.items():
        d = s.doc(f"{GOV}{year}年政府信息公开工作年度报告", when, report_body(GOV, year, year % 11), source=f"{GOV}办公室")
        d.meta = _meta(GOV, when, 200 + year % 100)
        ndbg.docs.append(d)
        if year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "县政府年报在截止日 3 月 31 日当天发布，不算逾期"))
    s.key.append(Expected("annual-reports", ndbg.url(), "县政府缺少 2024 年度政府信息公开工作年度报告",
                          match=(GOV, "2024"), probe="no-report:2024"))

    czyjs = Col("财政预决算", "czysjs", xxgk=True)
    for n in range(6):
        year = 2026 - n // 2
        d = s.doc(f"{GOV}{year}年{'预算' if n % 2 == 0 else '决算'}公开", date(2026, 8, 21) - timedelta(days=61 * n))
        d.meta = _meta(GOV, d.when, 300 + n, topic="财政")
        czyjs.docs.append(d)
    czyjs.docs[1].files.append(("附件1：收支预算总表.pdf", BROKEN_PDF))
    s.key.append(Expected("broken-links", BROKEN_PDF, "财政预决算附件 404（articleFiles 与文章页都链接它）", probe="status:404"))
    for k, d in enumerate(czyjs.docs):
        if k != 1:
            d.files.append((f"{d.title}.pdf", f"{FILES}{d.when:%Y%m}/{d.id + 1}.pdf"))
    ghjh = Col("规划计划", "ghjh", xxgk=True)
    for i in range(6):
        d = s.doc(f"{COUNTY}{('“十四五”现代服务业', '重点项目建设', '以工代赈', '粮食安全保障', '现代物流', '新型城镇化')[i]}发展规划",
                  date(2025, 6, 12) - timedelta(days=47 * i))
        d.meta = _meta(GOV, d.when, 450 + i, topic="规划计划")
        ghjh.docs.append(d)
    s.key.append(Expected("stale-columns", ghjh.url(), "县政府“规划计划”最新 2025-06-12，超过 1 年未更新", probe="newest:2025-06-12"))
    zdxm = Col("重大建设项目", "zdjsxm", xxgk=True)
    s.key.append(Expected("empty-columns", zdxm.url(), "县政府“重大建设项目”栏目为空（articleList 为空数组）", probe="no-rows"))
    guide = Col("政府信息公开指南", "zfxxgkzn", xxgk=True)
    g = s.doc(f"{GOV}政府信息公开指南", date(2026, 3, 2),
              _paras(f"为便于公民、法人和其他组织依法获取{GOV}的政府信息，编制本指南。",
                     "一、主动公开　二、依申请公开　三、监督和救济", "本指南自2026年3月2日起施行。"), source=f"{GOV}办公室")
    guide.docs.append(g)
    s.cols += [gfx, zcjd, ndbg, czyjs, ghjh, zdxm, guide]
    return gfx


def _department(s: _Site) -> None:
    info = Col("政府信息公开", "xfgjzfxxg131", FGJ, xxgk=True)
    for i in range(12):
        d = s.doc(f"关于{('申报2027年中央预算内投资项目', '开展重要商品价格监测', '做好秋粮收购', '报送重点项目进展')[i % 4]}的通知（{i + 1}）",
                  AS_OF - timedelta(days=8 + i * 16), _paras("各乡镇人民政府，县级有关部门：", _WORK, FGJ))
        d.meta = _meta(FGJ, d.when, 400 + i)
        info.docs.append(d)
    deleted = f"{SITE}c10212/pc/content/content_1857301100000000000.html"
    info.docs[4].body += f'<p>相关链接：<a href="{deleted}">县政府关于做好春耕生产的通知</a></p>'
    s.key.append(Expected("broken-links", deleted, "县发改局文件正文链接的县政府通知已删除（404）", probe="status:404"))
    ndbg = Col("政府信息公开年报", "xfgjndbg132", FGJ, xxgk=True)
    for year, when in {2025: date(2026, 1, 23), 2024: date(2025, 1, 24), 2023: date(2024, 2, 26), 2022: date(2023, 1, 31)}.items():
        title = f"{FGJ}{year}年政府信息公开工作年度报告" if year != 2024 else f"{FGJ}{year}年度政府信息公开工作报告"
        d = s.doc(title, when, report_body(FGJ, year, (year + 5) % 11))
        d.meta = _meta(FGJ, when, 200 + year % 100)
        ndbg.docs.append(d)
        if year == 2023:
            s.key.append(Expected("annual-reports", ndbg.doc_url(d), "县发改局 2023 年度报告 2024-02-26 发布，晚于部门的公开期限 1 月 31 日",
                                  match=("发展和改革局", "2023"), probe="late:2024-01-31"))
        if year == 2022:
            s.traps.append(Trap(ndbg.doc_url(d), "部门年报在 1 月 31 日当天发布，不算逾期"))
    zfcg = Col("政府采购", "xfgjzfcg133", FGJ, xxgk=True)
    s.key.append(Expected("empty-columns", zfcg.url(), "县发改局“政府采购”栏目为空（articleList 为空数组）", probe="no-rows"))
    s.cols += [info, ndbg, zfcg]


def _town(s: _Site) -> None:
    cwgk = Col("财务公开", "qszcwgk141", TOWN, xxgk=True)
    for i in range(5):
        when = date(2025, 9, 30) - timedelta(days=91 * i)
        d = s.doc(f"青石镇财务收支公开（{when.year}年{when.month}月）", when)
        d.meta = _meta(TOWN, d.when, 650 + i, topic="财政")
        cwgk.docs.append(d)
    s.key.append(Expected("stale-columns", cwgk.url(), "青石镇“财务公开”最新 2025-09-30，超过 1 年未更新", probe="newest:2025-09-30"))
    ndbg = Col("政府信息公开年报", "qszndbg142", TOWN, xxgk=True)
    for year, when in {2025: date(2026, 1, 21), 2024: date(2025, 1, 16)}.items():
        d = s.doc(f"{TOWN}{year}年政府信息公开工作年度报告", when, report_body(TOWN, year, year % 7))
        d.meta = _meta(TOWN, when, 220 + year % 100)
        ndbg.docs.append(d)
    gzdt = Col("工作动态", "qszgzdt143", TOWN, xxgk=True)
    for i in range(10):
        d = s.doc(f"青石镇{_NEWS[(i + 2) % 10]}（{i + 1}）", AS_OF - timedelta(days=5 + i * 10))
        d.meta = _meta(TOWN, d.when, 600 + i, topic="工作动态")
        gzdt.docs.append(d)
    s.cols += [gzdt, cwgk, ndbg]


def _xxgk_home(s: _Site) -> None:
    groups: dict[str, list[Col]] = {}
    for c in s.cols:
        if c.xxgk:
            groups.setdefault(c.organ, []).append(c)
    fixed = next(c for c in s.cols if c.code == "zfxxgkzn")
    blocks = "".join(f'<div class="organ"><h3>{organ}</h3><ul>' + "".join(
        f'<li><a href="{c.url()}">{c.name}</a></li>' for c in cols) + "</ul></div>" for organ, cols in groups.items())
    body = ('<div class="position">当前位置：<a href="/">首页</a> &gt; <span>政府信息公开</span></div>\n'
            f'<div class="xxgk-fixed"><a href="{fixed.url()}">政府信息公开指南</a>'
            f'<a href="{SITE}zfxxgkzd/pc/index.html">政府信息公开制度</a><a href="{SITE}xzgfxwj/pc/list.html">法定主动公开内容</a>'
            f'<a href="{SITE}zfxxgknb/pc/list.html">政府信息公开年报</a><a href="{SITE}ysqgk/pc/index.html">依申请公开</a></div>\n'
            f'<div class="xxgk-organs">{blocks}</div>')
    s.res[XXGK_HOME] = s.page(f"政府信息公开-{GOV}", body, _col_meta("政府信息公开"))
    s.traps.append(Trap(XXGK_HOME, "政府信息公开首页按机构分组列出各栏目，是导航页，不是栏目"))
    for folder, name, text in (("zfxxgkzd", "政府信息公开制度", "本县建立了政府信息公开保密审查、依申请公开办理、考核评议等制度。"),
                               ("ysqgk", "依申请公开", "申请人可以通过当面、信函、网络等方式提出政府信息公开申请。受理机构：县政府办公室。")):
        url = f"{SITE}{folder}/pc/index.html"
        s.res[url] = s.page(f"{name}-{GOV}", '<div class="position">当前位置：<a href="/">首页</a> &gt; '
                            f'<a href="{XXGK_HOME}">政府信息公开</a> &gt; <span>{name}</span></div>'
                            f'<div class="article"><h1 class="title">{name}</h1><div class="content">{_paras(text)}</div></div>',
                            _col_meta(name))
        s.traps.append(Trap(url, f"无日期的{name}说明页，不是过期栏目"))


def _home(s: _Site, gzdt: Col, tzgg: Col, gfx: Col) -> None:
    def block(col: Col, n: int, cls: str) -> str:
        rows = "".join(f'<li><a href="{col.doc_url(d)}" target="_blank" title="{d.title}">{d.title}</a>'
                       f"<span>{d.when:%m-%d}</span></li>" for d in col.docs[:n])
        return (f'<div class="{cls}"><div class="tit"><span>{col.name}</span><a href="{col.url()}" class="more">更多&gt;</a></div>'
                f"<ul>{rows}</ul></div>")
    body = (f'<div class="banner"><img src="{SITE}static/images/banner.jpg" alt="蓼川风光"></div>\n'
            f'<div class="index-news">{block(gzdt, 7, "gzdt")}{block(tzgg, 6, "tzgg")}{block(gfx, 5, "zcwj")}</div>\n'
            f'<div class="index-xxgk"><a href="{XXGK_HOME}">政府信息公开</a>'
            + "".join(f'<a href="{c.url()}">{c.name}</a>' for c in s.cols if c.code in ("c10216", "xfgjzfxxg131", "qszcwgk141"))
            + "</div>")
    extra = ('<div class="conac"><a href="http://bszs.conac.cn/sitename?method=show&id=61B3A9E25C7D4F80" target="_blank">'
             f'<img src="{SITE}static/images/red.png"></a>'
             f'<script id="_jiucuo_" sitecode=\'{SITE_ID}\' src=\'https://zfwzgl.www.gov.cn/exposure/jiucuo.js\'></script></div>\n')
    s.res["/"] = s.page(GOV, body, {}, extra=extra)
    s.traps.append(Trap("/", "页脚有县网站标识码、蜀ICP备、川公网安备；省集约化平台一行不是本站标识；首页有党政机关标识与找错"))


NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body>'
             '<div class="err"><p>抱歉，您访问的页面不存在或已删除。</p><a href="/">返回首页</a></div></body></html>')

LIST_JS = (b"function renderList(list, box, pager, size) {\n  var ul = document.getElementById(box);\n"
           b"  if (!list.length) { ul.innerHTML = '<li class=\"nodata\">\\u6682\\u65e0\\u6570\\u636e</li>'; return; }\n"
           b"  ul.innerHTML = list.slice(0, size).map(function (a) { var u = JSON.parse(a.urls).pc;\n"
           b"    return '<li><a href=\"' + u + '\" target=\"_blank\" title=\"' + a.title + '\">' + a.title + '</a><span>' +"
           b" a.pubDate.substring(0, 10) + '</span></li>'; }).join('');\n}\n")


def build(size: str = "small") -> SampleSite:
    """Generate the site (one size) with its answer key and traps."""
    if size != "small":
        raise ValueError(f"pcjy offers only the small size, not {size!r}")
    s = _Site()
    gzdt, tzgg = _portal(s)
    gfx = _government(s)
    _department(s)
    _town(s)
    s.render()
    _xxgk_home(s)
    _home(s, gzdt, tzgg, gfx)
    s.key.append(Expected("broken-links", BROKEN_IMAGE, "新闻正文图片 404", probe="status:404"))
    for c in s.cols:
        for d in c.docs:
            for _, path in d.files:
                if path != BROKEN_PDF:
                    s.res[path] = Resource(fake_pdf(f"attachment {d.id}"), "application/pdf")
    for img in ("logo.png", "ga.png", "red.png", "banner.jpg"):
        s.res[f"{SITE}static/images/{img}"] = Resource(tiny_png(), "image/png")
    s.res[f"{SITE}static/css/common.css"] = Resource(b"body{font-size:14px}", "text/css")
    s.res[f"{SITE}static/js/list.js"] = Resource(LIST_JS, "application/javascript")
    info = next(c for c in s.cols if c.code == "xfgjzfxxg131")
    s.key.append(Expected("footer", info.doc_url(info.docs[0]), "县发改局栏目模板（/lcxrmzf/xfgj…）页脚缺网站标识码",
                          probe="footer-lacks:网站标识码", url_pattern=DEPT_PAGES))
    s.key.append(Expected("meta-tags", info.doc_url(info.docs[0]), "县发改局文章页模板没有 ArticleTitle、PubDate、ContentSource 元数据标签",
                          probe="meta-missing-tag:PubDate", url_pattern=DEPT_PAGES))
    return SampleSite("pcjy", size, AS_OF, dict(sorted(s.res.items())), Resource(NOT_FOUND.encode(), HTML, 404),
                      s.key, s.traps, frozenset())
