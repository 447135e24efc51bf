"""A `.shtml` portal sample site with dated article paths: the fictional 柘岭区人民政府.

Written from the markup of portals that publish static `.shtml` files (Chengdu-style
`list.shtml` / `list_N.shtml` lists with numbered pagers, articles under
`/{col}/{YYYY-MM}/{DD}/content_{id}.shtml`): rows with the date *before* the title in
Chinese form (`2026年09月21日`), metadata as `<ul><li><b>索 引 号：</b><span>…</span></li>`
with space-padded labels, 【相关解读】/【原文】 inline relation links,
a Content-Type header without charset (the page's `http-equiv` meta gives it), real 404s,
and a list-page template whose footer lacks the 网站标识码. One defect table generates the
pages and the answer key; everything not in the key is compliant as of AS_OF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from tests.sites.annual import report_body
from tests.sites.model import LATER_PAGE, Expected, Resource, SampleSite, Trap, tiny_png

AS_OF = date(2026, 11, 15)
SITE = "柘岭区人民政府"
HTML_TYPE = "text/html"  # no charset in the header: the meta declares it
PER_PAGE = 12


@dataclass
class Art:
    key: str  # stable id used in the URL
    title: str
    day: date
    meta: dict[str, str] | None = None
    extra: str = ""
    related: list[str] = field(default_factory=list)  # keys of interpretation pages
    original: str | None = None  # an interpretation's document key
    annual: tuple[str, int] | None = None


@dataclass
class Chan:
    slug: str
    name: str
    group: str  # "xw" (新闻) | "gk" (政务公开)
    arts: list[Art] = field(default_factory=list)
    empty: str | None = None  # marker of an empty channel ("" = none)

    @property
    def url(self) -> str:
        return f"/{self.group}/{self.slug}/list.shtml"

    def page_url(self, n: int) -> str:
        return self.url if n == 1 else f"/{self.group}/{self.slug}/list_{n}.shtml"

    def art_url(self, a: Art) -> str:
        return f"/{self.group}/{self.slug}/{a.day:%Y-%m}/{a.day:%d}/content_{a.key}.shtml"

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.arts) // PER_PAGE))


def _cn(d: date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


_THEMES = ("城乡环境综合治理", "防汛减灾", "稳岗就业", "营商环境", "文旅融合", "基层减负", "冬季供暖保障",
           "交通秩序整治", "食品安全", "社区治理", "林长制", "产业招商")


def _run(slug: str, name: str, n: int, newest: int, step: int, pattern: str) -> Chan:
    arts = [Art(f"{slug}{i:03d}", pattern.format(t=_THEMES[i % len(_THEMES)], i=i + 1), AS_OF - timedelta(days=newest + i * step))
            for i in range(n)]
    return Chan(slug, name, "xw" if "动态" in name or "要闻" in name else "gk", arts)


# ------------------------------------------------------------------- the defect table

# (key, title, published, 文号, interpretation lag in days or None, doc links back, field left out, defect)
_DOCS = (
    ("gf01", "柘岭区停车场管理办法", "2025-05-06", "柘府规〔2025〕1号", 0, True, "", ""),
    ("gf02", "柘岭区农贸市场管理规定", "2025-09-15", "柘府规〔2025〕2号", 0, True, "有效性", "normative-metadata"),
    ("gf03", "柘岭区既有住宅增设电梯实施办法", "2026-01-12", "柘府规〔2026〕1号", None, True, "", "interpretations"),
    ("gf04", "柘岭区餐厨垃圾管理办法", "2026-06-08", "柘府规〔2026〕2号", 15, True, "", "interpretations"),
    ("gf05", "柘岭区公共停车收费管理规定", "2026-09-21", "柘府规〔2026〕3号", 1, True, "发文字号", "normative-metadata"),
    ("zc01", "柘岭区促进消费扩容提质若干措施", "2026-03-02", "柘府发〔2026〕3号", 0, False, "", "interpretations"),
    ("zc02", "柘岭区加快发展银发经济实施方案", "2026-08-17", "柘府办发〔2026〕11号", 0, True, "", ""),
)
_GOV = ("柘岭区人民政府", {2021: "2022-03-21", 2022: "2023-03-27", 2023: "2024-03-29", 2024: None, 2025: "2026-03-31"})
_DEPTS = (("柘岭区教育和体育局", {2021: "2022-01-24", 2022: "2023-01-20", 2023: "2024-02-06", 2024: "2025-01-22", 2025: "2026-01-26"}),
          ("柘岭区农业农村局", {2021: "2022-01-18", 2022: "2023-01-17", 2023: "2024-01-23", 2024: "2025-01-21", 2025: "2026-01-30"}))
BROKEN_PAGE = "/xw/qydt/2026-10/09/content_deleted01.shtml"
BROKEN_ATTACHMENT = "/uploadfiles/2026/10/sbb.doc"
BROKEN_IMAGE = "/uploadfiles/2026/11/img_1103.png"
EMPTY = (("zdxm", "重大项目", "暂无内容"), ("jyta", "建议提案", ""))


def _papers() -> tuple[Chan, Chan, Chan, list[Expected]]:
    gfx = Chan("gfxwj", "规范性文件", "gk")
    zcwj = Chan("zcwj", "政策文件", "gk")
    zcjd = Chan("zcjd", "政策解读", "gk")
    key: list[Expected] = []
    for n, (k, title, pub, number, lag, back, drop, defect) in enumerate(_DOCS):
        day = date.fromisoformat(pub)
        meta = {"索 引 号": f"zlq-{day.year}-{n + 31:04d}", "发文机关": SITE, "发文字号": number,
                "成文日期": _cn(day - timedelta(days=3)), "发布日期": _cn(day), "有 效 性": "有效"}
        meta = {label: v for label, v in meta.items() if label.replace(" ", "") != drop}
        doc = Art(k, title, day, meta=meta)
        chan = gfx if k.startswith("gf") else zcwj
        if lag is not None:
            jd = Art(f"jd{k}", f"【政策解读】{title}", day + timedelta(days=lag), original=k)
            zcjd.arts.append(jd)
            if back:
                doc.related.append(jd.key)
        chan.arts.append(doc)
        if defect:
            probe = (f"meta-missing:{drop}" if drop else "late-interp" if lag and lag > 3 else "no-interp-link")
            note = (f"缺少“{drop}”" if drop else "没有解读" if lag is None else f"解读晚 {lag} 天" if lag
                    else "文件未链接回解读")
            key.append(Expected(defect, chan.art_url(doc), note, probe=probe))
    for c in (gfx, zcwj, zcjd):
        c.arts.sort(key=lambda a: a.day, reverse=True)
    return gfx, zcwj, zcjd, key


def _reports() -> tuple[Chan, list[Expected]]:
    nb = Chan("xxgknb", "政府信息公开年报", "gk")
    key: list[Expected] = []
    for organ, years, (m, d) in ((*_GOV, (3, 31)), *((o, y, (1, 31)) for o, y in _DEPTS)):
        for year, pub in years.items():
            if pub is None:
                key.append(Expected("annual-reports", nb.url, f"{organ}缺少{year}年年报", (organ, str(year)),
                                    probe=f"no-report:{organ}{year}"))
                continue
            a = Art(f"nb{len(nb.arts):02d}", f"{organ}{year}年政府信息公开工作年度报告", date.fromisoformat(pub),
                    annual=(organ, year))
            nb.arts.append(a)
            if a.day > date(year + 1, m, d):
                key.append(Expected("annual-reports", nb.art_url(a), f"{organ}{year}年年报逾期（{pub}）", (str(year),),
                                    probe=f"late:{year + 1}-{m:02d}-{d:02d}"))
    nb.arts.sort(key=lambda a: (a.day, a.key), reverse=True)
    return nb, key


def _channels() -> tuple[list[Chan], list[Expected], list[Trap]]:
    key: list[Expected] = []
    traps: list[Trap] = []
    yw = _run("zlyw", "柘岭要闻", 30, 1, 2, "{t}工作推进会召开（{i}）")
    qydt = _run("qydt", "区域动态", 16, 17, 6, "街道{t}见实效（{i}）")
    key.append(Expected("stale-columns", qydt.url, "动态类栏目最新信息 2026-10-29，超过 14 天", probe="newest:2026-10-29"))
    tzgg = _run("tzgg", "通知公告", 20, 5, 9, "关于开展{t}专项行动的通知（{i}）")
    tzgg.arts[6].title = "柘岭区人民政府关于公布行政规范性文件清理结果的通知"
    yw.arts[2].extra = f'<p>相关新闻：<a href="{BROKEN_PAGE}">区领导督导{_THEMES[2]}工作</a></p>'
    yw.arts[4].extra = f'<p align="center"><img src="{BROKEN_IMAGE}" border="0"></p>'
    tzgg.arts[1].extra = (f'<p>附件：<a href="{BROKEN_ATTACHMENT}">申报表.doc</a>　'
                          '<a href="/uploadfiles/2026/10/sbzn.doc">申报指南.doc</a></p>')
    key += [Expected("broken-links", BROKEN_PAGE, "链接指向已删除页面（404）", probe="status:404"),
            Expected("broken-links", BROKEN_IMAGE, "正文图片不存在（404）", probe="status:404"),
            Expected("broken-links", BROKEN_ATTACHMENT, "附件不存在（404）", probe="status:404")]
    czzj = _run("czzj", "财政资金", 4, 520, 40, "柘岭区{t}专项资金使用情况（{i}）")
    key.append(Expected("stale-columns", czzj.url, "其他类栏目最新信息 2025-06-13，超过 1 年", probe="newest:2025-06-13"))
    gfx, zcwj, zcjd, paper_key = _papers()
    key += paper_key
    nb, nb_key = _reports()
    key += nb_key
    empties = [Chan(slug, name, "gk", empty=marker) for slug, name, marker in EMPTY]
    key += [Expected("empty-columns", c.url, f"空白栏目（{c.empty or '无任何文字'}）", probe="no-rows") for c in empties]
    chans = [yw, qydt, tzgg, gfx, zcwj, zcjd, czzj, *empties, nb]
    key.append(Expected("footer", tzgg.url, "列表页模板页脚缺少网站标识码", probe="footer-lacks:网站标识码",
                        url_pattern=r"^/(xw|gk)/\w+/list(_\d+)?\.shtml$"))
    for c in chans:
        if c.pages > 1:
            traps += [Trap(c.page_url(n), LATER_PAGE) for n in range(2, c.pages + 1)]
    on_time = next(a for a in nb.arts if a.annual == (_GOV[0], 2025))
    traps.append(Trap(nb.art_url(on_time), "年报于 3 月 31 日当天发布，未逾期"))
    traps.append(Trap(zcjd.url, "“政策解读”栏目的列表标题不是相关解读框"))
    return chans, key, traps


# ------------------------------------------------------------------------------ markup

def _footer(template: str) -> str:
    site_id = "" if template == "list" else "<span>网站标识码：5101990012</span>"
    return ('<div id="foot"><div class="wrap"><p><a href="/gk/wzdt.shtml">网站地图</a> | <a href="/gk/lxwm.shtml">联系我们</a></p>'
            f"<p>柘岭区人民政府办公室主办 {site_id}<span>蜀ICP备05012345号</span>"
            '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51011202000567" target="_blank">'
            "川公网安备 51011202000567号</a></p>"
            '<p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=6E7F8A9B" target="_blank">'
            '<img src="/images/conac.png" alt="党政机关"></a></span>'
            "<script id=\"_jiucuo_\" sitecode='5101990012' src='/js/jiucuo.js'></script></p></div></div>")


def _html(title: str, metas: list[tuple[str, str]], body: str, template: str) -> str:
    meta = "".join(f'<meta name="{k}" content="{escape(v)}" />\n' for k, v in metas)
    nav = ('<div id="nav"><a href="/index.shtml">网站首页</a><a href="/xw/zlyw/list.shtml">新闻中心</a>'
           '<a href="/gk/index.shtml">政务公开</a></div>')
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f"<title>{escape(title)}</title>\n"
            f'<meta name="SiteName" content="{SITE}" />\n<meta name="SiteDomain" content="www.zheling.gov.cn" />\n'
            f'<meta name="SiteIDCode" content="5101990012" />\n{meta}</head>\n<body>\n'
            f'<div id="head"><img src="/images/banner.png" alt="{SITE}"></div>{nav}\n{body}\n{_footer(template)}\n</body>\n</html>\n')


def _chan_metas(name: str) -> list[tuple[str, str]]:
    return [("ColumnName", name), ("ColumnDescription", name), ("ColumnKeywords", name), ("ColumnType", "栏目")]


def _where(c: Chan) -> str:
    group = ("新闻中心", "/xw/zlyw/list.shtml") if c.group == "xw" else ("政务公开", "/gk/index.shtml")
    return (f'<div class="where">您现在的位置：<a href="/index.shtml">首页</a> &gt; <a href="{group[1]}">{group[0]}</a>'
            f' &gt; <a href="{c.url}">{c.name}</a></div>')


def _list(c: Chan, n: int, siblings: list[Chan]) -> str:
    side = "".join(f'<li{" class=cur" if s is c else ""}><a href="{s.url}">{s.name}</a></li>' for s in siblings)
    if c.empty is not None:
        rows = f'<li class="none">{c.empty}</li>' if c.empty else ""
        pager = ""
    else:
        rows = "".join(f'<li><span class="time">{_cn(a.day)}</span><a href="{c.art_url(a)}" title="{escape(a.title)}" '
                       f'target="_blank">{escape(a.title)}</a></li>' for a in c.arts[(n - 1) * PER_PAGE: n * PER_PAGE])
        nums = " ".join(f"<b>{k}</b>" if k == n else f'<a href="{c.page_url(k)}">{k}</a>' for k in range(1, c.pages + 1))
        prev = f'<a href="{c.page_url(n - 1)}">上一页</a>' if n > 1 else "<span>上一页</span>"
        nxt = f'<a href="{c.page_url(n + 1)}">下一页</a>' if n < c.pages else "<span>下一页</span>"
        pager = f'<div class="page">共 {c.pages} 页 {prev} {nums} {nxt}</div>' if c.pages > 1 else ""
    body = (_where(c) + f'<div class="wrap"><div class="side"><h3>栏目导航</h3><ul>{side}</ul></div>'
            f'<div class="main"><h2 class="chan-name">{c.name}</h2><ul class="newslist">{rows}</ul>{pager}</div></div>')
    return _html(f"{c.name}-{SITE}", _chan_metas(c.name), body, "list")


def _meta_block(meta: dict[str, str]) -> str:
    lis = "".join(f"<li><b>{label}：</b><span>{escape(v)}</span></li>" for label, v in meta.items())
    return f'<div class="xxgk-meta"><ul>{lis}</ul></div>'


def _article(c: Chan, a: Art, arts: dict[str, tuple[Chan, Art]]) -> str:
    parts = [_where(c), '<div class="wrap article">']
    if a.meta:
        parts.append(_meta_block(a.meta))
    parts.append(f'<h1>{escape(a.title)}</h1><div class="info">{_cn(a.day)} 来源：{SITE}办公室</div>')
    if a.annual:
        text = report_body(a.annual[0], a.annual[1], sum(map(ord, a.key)))
    elif a.original:
        oc, od = arts[a.original]
        text = (f"<p>一、制定背景。{escape(od.title)}是落实上级部署的重要举措。</p><p>二、主要内容。明确了目标任务、重点措施和保障机制。</p>"
                f'<p>【原文】<a href="{oc.art_url(od)}">{escape(od.title)}</a></p>')
    else:
        text = f"<p>{escape(a.title)}。会议要求，各部门要细化责任分工，加强统筹调度，确保工作落地见效。</p>"
    parts.append(f'<div class="content" id="zoom">{text}{a.extra}</div>')
    for k in a.related:
        rc, ra = arts[k]
        parts.append(f'<p class="jd">【相关解读】<a href="{rc.art_url(ra)}" target="_blank">{escape(ra.title)}</a></p>')
    parts.append("</div>")
    metas = [*_chan_metas(c.name)[:1], ("ArticleTitle", a.title), ("PubDate", f"{a.day:%Y-%m-%d} 16:20"),
             ("ContentSource", f"{SITE}办公室")]
    return _html(f"{a.title}-{SITE}", metas, "".join(parts), "article")


def _plain(name: str, path: str, text: str) -> str:
    body = f'<div class="where">您现在的位置：<a href="/index.shtml">首页</a> &gt; {name}</div><div class="wrap article"><h1>{name}</h1><p>{text}</p></div>'
    return _html(f"{name}-{SITE}", _chan_metas(name), body, "page")


def build(size: str = "small") -> SampleSite:
    """Generate the site (deterministic) with its answer key; one size only (`small`)."""
    if size != "small":
        raise ValueError("the shtml template has one size: small")
    chans, key, traps = _channels()
    arts = {a.key: (c, a) for c in chans for a in c.arts}
    gk = [c for c in chans if c.group == "gk"]
    xw = [c for c in chans if c.group == "xw"]
    pages: dict[str, str] = {}
    for c in chans:
        for n in range(1, c.pages + 1):
            pages[c.page_url(n)] = _list(c, n, gk if c.group == "gk" else xw)
        for a in c.arts:
            pages[c.art_url(a)] = _article(c, a, arts)
    statics = (("gk/zn.shtml", "政府信息公开指南", "本指南于2026年02月10日更新。主动公开的政府信息通过本网站发布，申请人可依法申请获取政府信息。"),
               ("gk/zd.shtml", "政府信息公开制度", "柘岭区建立了政府信息公开审查、发布协调、考核评议和责任追究制度。"),
               ("gk/ysq.shtml", "依申请公开", "申请人可通过在线申请、信函申请或当面申请的方式提出政府信息公开申请。"),
               ("gk/lxwm.shtml", "联系我们", "柘岭区人民政府办公室，地址：柘岭区府前街8号，电话：028-00000000。"))
    for path, name, text in statics:
        pages["/" + path] = _plain(name, path, text)
    links = "".join(f'<li><a href="{c.url}">{c.name}</a></li>' for c in gk)
    pages["/gk/index.shtml"] = _html(f"政务公开-{SITE}", _chan_metas("政务公开"),
                                     '<div class="wrap"><h2>政府信息公开</h2><ul>'
                                     + "".join(f'<li><a href="/{p}">{n}</a></li>' for p, n, _ in statics[:3])
                                     + f'<li><a href="/gk/fdzdgknr.shtml">法定主动公开内容</a></li></ul><ul>{links}</ul></div>', "page")
    pages["/gk/fdzdgknr.shtml"] = _html(f"法定主动公开内容-{SITE}", _chan_metas("法定主动公开内容"),
                                        f'<div class="wrap"><h2>法定主动公开内容</h2><ul>{links}</ul></div>', "page")
    pages["/gk/wzdt.shtml"] = _html(f"网站地图-{SITE}", _chan_metas("网站地图"),
                                    '<div class="wrap"><ul>' + "".join(f'<li><a href="{c.url}">{c.name}</a></li>' for c in chans)
                                    + "</ul></div>", "page")
    top = "".join(f'<li><span>{a.day:%m-%d}</span><a href="{xw[0].art_url(a)}">{escape(a.title)}</a></li>' for a in xw[0].arts[:7])
    pages["/index.shtml"] = _html(SITE, _chan_metas("首页"),
                                  f'<div class="wrap"><div class="yw"><h2><a href="{xw[0].url}">柘岭要闻</a></h2><ul>{top}</ul></div>'
                                  f'<div class="rk"><a href="/gk/index.shtml">政务公开</a>'
                                  + "".join(f'<a href="{c.url}">{c.name}</a>' for c in xw) + "</div></div>", "home")
    resources = {url: Resource(text.encode("utf-8"), HTML_TYPE) for url, text in pages.items()}
    # The server's default document for "/" is index.shtml.
    resources["/"] = resources["/index.shtml"]
    for path in ("/images/banner.png", "/images/conac.png"):
        resources[path] = Resource(tiny_png(), "image/png")
    resources["/uploadfiles/2026/10/sbzn.doc"] = Resource(b"\xd0\xcf\x11\xe0sample", "application/msword")
    resources["/js/jiucuo.js"] = Resource(b"", "text/javascript")
    not_found = Resource(b"<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1><hr>nginx</body></html>",
                         "text/html", 404)
    return SampleSite("shtml", size, AS_OF, dict(sorted(resources.items())), not_found, key, traps, frozenset())
