"""The build finds a template's side box and reads its pages without it (builder._site_boxes, _without_site_boxes).

A 最新动态 box of the site's five newest rows on every page (tests/sites/mutate.py's `sidebox`, PbootCMS's and
PowerEasy's markup of tests/sites/pboot.py and pe.py). Under that mutation: a short article whose box listed its own title
first read as a column of the box's rows (its date found after that row's title), and the picture articles so read
again were held with the column pages, not parked — so the 图片新闻 picture list linking them was no longer a list of
documents, its column lost (pe, 2026-12)."""

from __future__ import annotations

from pathlib import Path

from tests.model.loopback import HTML, crawl_and_build

_NEWS = [(f"/?list_12/{120 + 3 * k}.html", f"芦汀街道召开第{k + 1}次工作推进会议", f"2026-11-{18 - 4 * k:02d}") for k in range(4)]
_PICS = [(f"/Item/{32381 + k}.aspx", f"图说芦汀：社区志愿服务活动第{k + 1}场", f"2026-10-{20 - 5 * k:02d}") for k in range(4)]
_NOTICES = [(f"/?tzgg/{200 + k}.html", f"关于做好第{k + 1}批老旧小区改造工作的通知", f"2026-11-{16 - 3 * k:02d}") for k in range(3)]
_NEWEST = sorted(_NEWS + _PICS + _NOTICES, key=lambda r: r[2], reverse=True)[:5]


def _box() -> str:
    rows = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{d}</span></li>' for u, t, d in _NEWEST)
    return f'<div class="right-box"><div class="right-tit"><h3>最新信息</h3></div><ul>{rows}</ul></div>'


def _page(title: str, trail: str, main: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}-芦汀街道办事处</title></head><body>{_box()}'
            '<div class="nav"><a href="/">首页</a><a href="/?list_12/">街道动态</a><a href="/?tzgg/">通知公告</a>'
            f'<a href="/Category_14/Index.aspx">图片新闻</a></div><div class="path">当前位置：<a href="/">首页</a> &gt; {trail}</div>'
            f'{main}<div class="footer">主办：芦汀街道办事处 湘ICP备2021008836号-1</div></body></html>')


def _list(name: str, url: str, rows: list[tuple[str, str, str]]) -> str:
    lis = "".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>' for u, t, d in rows)
    return _page(name, f'<a href="{url}">{name}</a>', f'<ul class="list">{lis}</ul>')


def _article(title: str, day: str, trail: str) -> str:
    return _page(title, trail, f'<h2>{title}</h2><div class="info">时间：{day}&nbsp;&nbsp;&nbsp;访问量：1051</div>'
                               '<div class="content"><p>近日，芦汀街道召开会议，街道党工委书记出席并讲话，各社区党组织书记参加。</p></div>')


def _pictures() -> str:
    lis = "".join(f'<li><div class="pe_u_thumb"><a href="{u}"><img src="/UploadFiles/{k}.jpg" alt="{t}"></a></div>'
                  f'<div class="pe_u_thumb_title"><a href="{u}">{t[:12]}</a></div></li>' for k, (u, t, _) in enumerate(_PICS))
    return _page("图片新闻", '<a href="/Category_14/Index.aspx">图片新闻</a>', f'<ul class="a_photo_list">{lis}</ul>')


PAGES = {
    "/": (200, HTML, '<html><head><meta charset="utf-8"><title>芦汀街道办事处</title></head><body><a href="/?list_12/">街道动态</a>'
                     '<a href="/?tzgg/">通知公告</a><a href="/Category_14/Index.aspx">图片新闻</a></body></html>'),
    "/?list_12/": (200, HTML, _list("街道动态", "/?list_12/", _NEWS)),
    "/?tzgg/": (200, HTML, _list("通知公告", "/?tzgg/", _NOTICES)),
    "/Category_14/Index.aspx": (200, HTML, _pictures()),
    **{u: (200, HTML, _article(t, d, '<a href="/?list_12/">街道动态</a>')) for u, t, d in _NEWS},
    **{u: (200, HTML, _article(t, d, '<a href="/?tzgg/">通知公告</a>')) for u, t, d in _NOTICES},
    **{u: (200, HTML, _article(t, d, '<a href="/Category_14/Index.aspx">图片新闻</a>')) for u, t, d in _PICS},
}


def test_articles_and_a_picture_list_beside_a_side_box_on_every_page(tmp_path: Path) -> None:
    model, base = crawl_and_build(PAGES, tmp_path / "out")
    kinds = {p.url.removeprefix(base): p.kind for p in model.pages}
    assert {u: kinds[u.lstrip("/")] for u, _, _ in _NEWS + _PICS + _NOTICES} == dict.fromkeys(
        (u for u, _, _ in _NEWS + _PICS + _NOTICES), "document")
    dates = {d.url.removeprefix(base): d.pub_date for d in model.documents}
    assert all(dates[u.lstrip("/")] == day for u, _, day in _NEWS + _PICS + _NOTICES)
    columns = {c.url.removeprefix(base): c for c in model.columns}
    assert {i.url.removeprefix(base) for i in columns["?tzgg/"].items} == {u.lstrip("/") for u, _, _ in _NOTICES}
    pictures = columns["Category_14/Index.aspx"]
    assert (pictures.state, len(pictures.items), pictures.newest_date) == ("listed", 4, "2026-10-20")


def _wrapped(page: str) -> str:
    """`page` with its body in an old layout table (the `wrappers` mutation's `_MAIN_WRAPS`): the box's place in the
    template then reads `ul.<div.<td.` there, `ul.<div.<body.` on pages left unwrapped."""
    head, _, rest = page.partition("<body>")
    body, _, tail = rest.rpartition("</body>")
    return f'{head}<body><table width="1000" border="0" align="center"><tr><td>{body}</td></tr></table></body>{tail}'


def test_the_same_box_where_some_pages_wrap_the_template_otherwise(tmp_path: Path) -> None:
    """Seed 31 of all 20 mutations, 万户 ezEIP: the box sat inside a layout table on most pages and straight under
    <body> on a few; named by its place on the first, it was taken on the others for an empty column's list, read
    as listed — the empty column passed."""
    pages = {u: (status, kind, _wrapped(html) if u != "/?tzgg/" and "<body>" in html else html)
             for u, (status, kind, html) in PAGES.items()}
    pages["/?tzgg/"] = (200, HTML, _page("通知公告", '<a href="/?tzgg/">通知公告</a>', '<ul class="list"></ul><p>暂无信息</p>'))
    model, base = crawl_and_build(pages, tmp_path / "out")
    columns = {c.url.removeprefix(base): c for c in model.columns}
    assert (columns["?tzgg/"].state, columns["?tzgg/"].items) == ("empty", [])


_RULES = [(f"/xxgk/gfxwj/2026-{m:02d}-{d:02d}/{n}.html", f"石梁县人民政府关于印发《石梁县{name}管理办法》的通知", f"2026-{m:02d}-{d:02d}")
          for n, m, d, name in ((1305, 4, 3, "农村集体资产"), (1293, 9, 6, "建设用地审批"), (1292, 10, 2, "县城停车"))]
_READINGS = [(f"/xxgk/zcjd/2026-{m:02d}-{d:02d}/{n}.html", title, f"2026-{m:02d}-{d:02d}")
             for n, m, d, title in ((1306, 4, 5, "《石梁县农村集体资产管理办法》政策解读"),
                                    (1298, 7, 17, "一图读懂《石梁县中小企业扶持资金管理办法》"),
                                    (1307, 11, 12, "图解：我县出台促进消费十条措施"))]
_WORK = [(f"/xwzx/tzgg/2026-11-{d:02d}/{1311 + k}.html", f"关于做好第{k + 1}批老旧小区改造工作的通知", f"2026-11-{d:02d}")
         for k, d in enumerate((16, 13, 10))]


def _table_box() -> str:
    """EmpireCMS's old left column (tests/sites/mutate.py's `sidebox` as a `<td class="lanmu">` table): the two newest
    规范性文件 on every page."""
    rows = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{d}</span></li>' for u, t, d in (_RULES[2], _RULES[1]))
    return f'<table width="260" border="0"><tr><td class="lanmu">最新信息</td></tr><tr><td><ul>{rows}</ul></td></tr></table>'


def _gov_page(title: str, trail: str, main: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}-石梁县人民政府</title></head><body>{_table_box()}'
            '<div class="nav"><a href="/">首页</a><a href="/xxgk/gfxwj/">规范性文件</a><a href="/xxgk/zcjd/">政策解读</a>'
            f'<a href="/xwzx/tzgg/">通知公告</a></div><div class="path">当前位置：<a href="/">首页</a> &gt; {trail}</div>'
            f'{main}<div class="footer">主办：石梁县人民政府办公室 湘ICP备2021008836号-1</div></body></html>')


def _gov_list(name: str, url: str, rows: list[tuple[str, str, str]]) -> str:
    lis = "".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>' for u, t, d in rows)
    return _gov_page(name, f'<a href="{url}">{name}</a>', f'<ul class="list">{lis}</ul>')


def _gov_article(title: str, day: str, name: str, url: str) -> str:
    return _gov_page(title, f'<a href="{url}">{name}</a>', f'<h2>{title}</h2><div class="info">发布日期：{day}</div>'
                                                         '<div class="content"><p>为进一步规范管理，结合我县实际，制定本办法。'
                                                         '各乡镇人民政府、县直各单位要认真贯彻执行。</p></div>')


def test_interpretations_beside_a_box_of_the_newest_documents_explain_none_of_them(tmp_path: Path) -> None:
    """Seed 32 of all 20 mutations, EmpireCMS: a box of the two newest 规范性文件 on every page (frozen per page as of
    its own date), so every 解读 linked them. Documents were not read again without the site's box, only column pages:
    each 解读 was taken for an interpretation of both, and the 规范性文件 the key says has none had six, 'not linked
    back' (interpretation-missing passed)."""
    pages = {
        "/": (200, HTML, '<html><head><meta charset="utf-8"><title>石梁县人民政府</title></head><body>'
                         '<a href="/xxgk/gfxwj/">规范性文件</a><a href="/xxgk/zcjd/">政策解读</a><a href="/xwzx/tzgg/">通知公告</a></body></html>'),
        "/xxgk/gfxwj/": (200, HTML, _gov_list("规范性文件", "/xxgk/gfxwj/", _RULES[::-1])),
        "/xxgk/zcjd/": (200, HTML, _gov_list("政策解读", "/xxgk/zcjd/", _READINGS[::-1])),
        "/xwzx/tzgg/": (200, HTML, _gov_list("通知公告", "/xwzx/tzgg/", _WORK)),
        **{u: (200, HTML, _gov_article(t, d, "规范性文件", "/xxgk/gfxwj/")) for u, t, d in _RULES},
        **{u: (200, HTML, _gov_article(t, d, "政策解读", "/xxgk/zcjd/")) for u, t, d in _READINGS},
        **{u: (200, HTML, _gov_article(t, d, "通知公告", "/xwzx/tzgg/")) for u, t, d in _WORK},
    }
    model, base = crawl_and_build(pages, tmp_path / "out")
    kinds = {d.url.removeprefix(base): d.kind for d in model.documents}
    assert [kinds[u.lstrip("/")] for u, _, _ in _RULES + _READINGS] == ["normative"] * 3 + ["interpretation"] * 3
    pairs = {(i.interpretation_url.removeprefix(base), i.document_url.removeprefix(base), tuple(i.via)) for i in model.interpretations}
    assert pairs == {(_READINGS[0][0].lstrip("/"), _RULES[0][0].lstrip("/"), ("title",))}


_GFX = [(f"/show/{n}.html", f"岚溪县人民政府关于印发《岚溪县{name}管理办法》的通知", f"2026-{m:02d}-{d:02d}",
         f"11321183014123456X/2026-{30 - k:05d}", f"岚政规〔2026〕{k + 1}号")
        for k, (n, name, m, d) in enumerate(((1100, "城区停车", 9, 6), (1101, "养犬", 8, 12), (1102, "物业", 7, 3),
                                             (1105, "住房公积金提取", 6, 3), (1106, "公共租赁住房", 5, 29),
                                             (1107, "农村宅基地", 5, 25)))]
_LATEST = [("/show/1058.html", "县教育局督查民生实事进展", "2026-10-15"), (_GFX[0][0], _GFX[0][1], _GFX[0][2]),
           ("/show/1132.html", "岚溪县人民政府关于周某某等同志职务任免的通知", "2025-09-30"),
           ("/show/1131.html", "岚溪县人民政府关于吴某某等同志职务任免的通知", "2025-08-14")]


_NEWS_ROWS = [(f"/show/{1060 + k}.html", f"县{unit}召开第{k + 1}次专题工作会议", f"2026-{11 - k:02d}-0{k + 1}")
              for k, unit in enumerate(("农业农村局", "卫生健康局", "教育局", "民政局", "水利局", "交通运输局"))]


def _epoint_page(title: str, main: str) -> str:
    """新点 Epoint's 信息公开 page under renamed classes, the `sidebox` mutation's 最新信息 box first in <body>."""
    box = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{d}</span></li>' for u, t, d in _LATEST)
    return (f'<html><head><meta charset="utf-8"><title>{title}_岚溪县人民政府</title></head><body>'
            f'<div class="right-box"><div class="right-tit"><h3>最新信息</h3></div><ul>{box}</ul></div>'
            '<div class="q1"><ul><li><a href="/">网站首页</a></li><li><a href="/list/25.html">政府信息公开</a></li></ul></div>'
            '<div class="q2"><div class="q3"><h2>政府信息公开</h2></div><ul class="q4"><li><h3><a href="/list/17.html">行政规范性文件'
            '</a></h3></li><li><h3><a href="/list/18.html">解读回应</a></h3></li></ul></div><div class="q5">'
            '<div class="q6">您现在的位置：<a href="/">首页</a> &gt; <a href="/list/25.html">政府信息公开</a> &gt; '
            f'<a href="/list/17.html">行政规范性文件</a></div>{main}</div>'
            '<div class="q7"><p>主办单位：岚溪县人民政府办公室 网站标识码：3211830007 苏ICP备05031867号-1</p></div></body></html>')


def _epoint_list(rows: list[tuple], pager: str) -> str:
    lis = "".join(f'<li><span>{index}</span><a href="{u}" title="{t}" target="_blank">{t}</a><span>{number}</span>'
                  f'<span>&nbsp;{d[:4]}年{d[5:7]}月{d[8:]}日&nbsp;&nbsp;</span></li>' for u, t, d, index, number in rows)
    return _epoint_page("行政规范性文件", '<div class="q8"><span>行政规范性文件</span></div><div class="q9"><div><ul class="q10">'
                        f'<li><span>索 引 号</span><span>名称</span><span>文件编号</span><span>发布日期</span></li>{lis}</ul>'
                        f'<nav><ul class="q11">{pager}</ul></nav></div></div>')


def _epoint_site(later: str) -> dict:
    pages = {
        "/": (200, HTML, _epoint_page("岚溪县人民政府", '<a href="/list/17.html">行政规范性文件</a>')),
        "/list/17.html": (200, HTML, _epoint_list(_GFX[:3], f'<li class="q12"><a>1</a></li><li><a href="{later}">2</a></li>')),
        later: (200, HTML, _epoint_list(_GFX[3:], '<li><a href="/list/17.html">1</a></li><li class="q12"><a>2</a></li>')),
        **{u: (200, HTML, _epoint_page(t, f'<h1>{t}</h1><p>发布日期：{d}</p><div class="q13"><p>{number}</p><p>'
                                         + "为规范管理，制定本办法，请认真贯彻执行。" * 8 + "</p></div>"))
           for u, t, d, _, number in _GFX},
        **{u: (200, HTML, _epoint_page(t, f'<h1>{t}</h1><p>发布日期：{d}</p><div class="q13"><p>'
                                         + "会议要求，各单位要高度重视，抓好落实。" * 8 + "</p></div>"))
           for u, t, d in _LATEST + _NEWS_ROWS if u != _GFX[0][0]},
    }
    for column, rows in (("/list/16.html", _NEWS_ROWS[:3]), ("/list/19.html", _NEWS_ROWS[3:])):
        lis = "".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>' for u, t, d in rows)
        pages[column] = (200, HTML, _epoint_page("新闻", f'<ul class="q14">{lis}</ul>'))
        pages["/"] = (200, HTML, pages["/"][2].replace("</a></div><div class=\"q7\">", f'</a><a href="{column}">新闻</a></div><div class="q7">'))
    return pages


def test_a_later_list_page_of_three_rows_under_a_box_of_four_is_its_lists_page(tmp_path: Path) -> None:
    """Seed 35 of all 21 mutations, 新点 Epoint: the 行政规范性文件 list's second page (three rows under a header row of
    索 引 号 / 名称 / 文件编号 / 发布日期, its address `/show/1104.html` like an article's) below a 最新信息 box of four rows:
    the box outweighed the list, the page read as a 规范性文件 without metadata, judged so and as lacking a 解读. The
    build reads again without the site's box the documents that show it beside another block of rows."""
    later = "/show/1104.html"
    pages = _epoint_site(later)
    model, base = crawl_and_build(pages, tmp_path / "out")
    kinds = {p.url.removeprefix(base): p.kind for p in model.pages}
    assert kinds[later.lstrip("/")] == "column"
    assert later.lstrip("/") not in {d.url.removeprefix(base) for d in model.documents}
    (column,) = [c for c in model.columns if c.url == base + "list/17.html"]
    assert {i.url.removeprefix(base) for i in column.items} == {u.lstrip("/") for u, *_ in _GFX}


_JD = ("/show.aspx?id=1047", "《滇阳县城乡居民最低生活保障审核确认办法》政策解读", "2026-10-22")
_DOC = ("/show.aspx?id=1067", "滇阳县人民政府关于印发《滇阳县城乡居民最低生活保障审核确认办法》的通知", "2026-10-22")
_YN_BOX = (f'<div class="right-box"><div class="right-tit"><h3>最新动态</h3></div><ul><li><a href="{_JD[0]}" target="_blank">'
           f'{_JD[1]}</a><span>{_JD[2]}</span></li></ul></div>')


def _ynjy_page(title: str, main: str, column: tuple[str, str] = ("/list.aspx?ClassID=17", "解读回应")) -> str:
    """云南 集约化's article template under renamed classes (the ynjy sample site under all 21 mutations, seed 35), the
    `sidebox` mutation's 最新动态 box first in <body>: its one row is the site's newest page, the 解读."""
    return (f'<html><head><meta charset="utf-8"><title>{title}_滇阳县人民政府</title></head><body>{_YN_BOX}'
            f'<div class="xd1fda42c xe568ecc5">您现在的位置：<a href="/">首页</a> &gt; <a href="/list.aspx?ClassID=16">政务公开</a>'
            f' &gt; <a href="{column[0]}">{column[1]}</a></div>{main}</body></html>')


def test_a_short_interpretation_whose_own_row_is_the_side_box_is_an_article(tmp_path: Path) -> None:
    """A 解读 of three short paragraphs under `<h3>` and `来源：县司法局 [2026-10-22] 10:43【字号：大 中 小】`, beside a
    最新动态 box whose one row is the 解读 itself. Its own row is no list row, but the box's date was the first on the
    page and the page read as neither article nor list: the 解读 was lost and its document judged to have none (a false
    没有对应的政策解读). Read again without the site's box, it is the article it is."""
    interp = _ynjy_page(_JD[1], f'<div class="xe568ecc5 x84330b35"><h3 class=xb351b4f4>{_JD[1]}</h3>'
                                '<table width=100% border=0 cellspacing=0 cellpadding=0><tr><td><div class=x5598c5c5>'
                                f'\n\t\t来源：县司法局\n\t\t\n\t\t[{_JD[2]}] 10:43\n\t\t<span class=xd0d03df9>【字号：<a href=javascript:; '
                                'onclick="doZoom(18)">大</a> <a href=javascript:; onclick="doZoom(16)">中</a> <a href=javascript:; '
                                'onclick="doZoom(14)">小</a>】</span></div></td></tr></table><div class=x1a972a3e><div class="xb1330221 '
                                'xc40378ac">'"<p>一、出台背景　为规范本县城乡居民最低生活保障审核确认工作，县人民政府制定了"
                                "《滇阳县城乡居民最低生活保障审核确认办法》。</p><p>二、主要内容　《办法》共五章二十条，明确了适用范围、"
                                "职责分工和施行日期。</p><p>三、解读机关　县司法局。</p></div></div><div class=xaf9c3c54><div class="
                                f'xd1ef66d3>关联文件</div><ul><li><a href="{_DOC[0]}" target=_blank>&nbsp;{_DOC[1]}　</a></li></ul></div>'
                                "</div>")
    document = _ynjy_page(_DOC[1], f'<div class="q3"><h3 class="q4">{_DOC[1]}</h3><div class="q5">发布时间：{_DOC[2]}</div>'
                                   '<div class="q6"><p>滇政规〔2026〕3号</p><p>'
                                   + "现将《滇阳县城乡居民最低生活保障审核确认办法》印发给你们，请认真贯彻执行。" * 4
                                   + f'</p></div><div class="q8"><div class="q10">相关解读</div><ul><li><a href="{_JD[0]}">'
                                   f'{_JD[1]}</a></li></ul></div></div>', ("/list.aspx?ClassID=21", "规范性文件"))

    def listing(name: str, url: str, rows: list[tuple[str, str, str]]) -> str:
        lis = "".join(f'<li><a href="{u}">{t}</a><span>{d}</span></li>' for u, t, d in rows)
        return _ynjy_page(name, f'<ul class="q11">{lis}</ul>', (url, name))

    pages = {
        "/": (200, HTML, _ynjy_page("滇阳县人民政府", '<a href="/?list_12/">新闻</a><a href="/list.aspx?ClassID=17">解读</a>'
                                                '<a href="/list.aspx?ClassID=21">文件</a>')),
        "/?list_12/": (200, HTML, listing("新闻中心", "/?list_12/", _NEWS)),
        "/list.aspx?ClassID=17": (200, HTML, listing("解读回应", "/list.aspx?ClassID=17", [_JD])),
        "/list.aspx?ClassID=21": (200, HTML, listing("规范性文件", "/list.aspx?ClassID=21", [_DOC])),
        _JD[0]: (200, HTML, interp), _DOC[0]: (200, HTML, document),
        **{u: (200, HTML, _ynjy_page(t, f'<h3>{t}</h3><p>发布时间：{d}</p><div class="q6"><p>'
                                        + "近日，会议召开，各单位负责人参加。" * 10 + "</p></div>", ("/?list_12/", "新闻中心")))
           for u, t, d in _NEWS},
    }
    model, base = crawl_and_build(pages, tmp_path / "out")
    kinds = {p.url.removeprefix(base): p.kind for p in model.pages}
    assert kinds[_JD[0].lstrip("/")] == "document"
    (pair,) = [r for r in model.interpretations if r.document_url == base + _DOC[0].lstrip("/")]
    assert (pair.interpretation_url, pair.direction) == (base + _JD[0].lstrip("/"), "both")


def test_a_portal_page_showing_the_site_box_stays_a_hub(tmp_path: Path) -> None:
    """EasySite's portal page `/cxq/` (the esite sample site: blocks 澄溪要闻 and 通知公告, the latter the site's box
    beside every list) read without the box is one block of rows, yet no column: only a page that reads as an article
    without the box is taken so (a column 首页 was made of it once)."""
    from govaudit import pipeline
    from govaudit.settings import CrawlSettings
    from tests.sites import esite
    from tests.sites.server import serve_site

    out = tmp_path / "out"
    with serve_site(esite.build("small")) as base:
        pipeline.crawl(base, out, CrawlSettings(rate=0, concurrency=4, max_time=120))
    pipeline.build(out)
    model = pipeline.load_site(out)
    assert {p.url.removeprefix(base): p.kind for p in model.pages}["cxq/"] == "hub"
    assert base + "cxq/" not in {c.url for c in model.columns}


def _with_empty_column(box: str, tmp_path: Path) -> tuple[dict, str]:
    """The site's columns by address and its base, built with `box` for the side box on every page and an empty 镇街动态
    column."""
    empty = _page("镇街动态", '<a href="/?zjdt/">镇街动态</a>', '<div class="list-tit">镇街动态</div><ul class="list"></ul>')
    pages = {u: (status, kind, body.replace(_box(), box)) for u, (status, kind, body) in PAGES.items()}
    pages["/"] = (200, HTML, PAGES["/"][2].replace("</body>", '<a href="/?zjdt/">镇街动态</a></body>'))
    pages["/?zjdt/"] = (200, HTML, empty.replace(_box(), box))
    model, base = crawl_and_build(pages, tmp_path / "out")
    return {c.url.removeprefix(base): c for c in model.columns}, base


def _div_box() -> str:
    """The box with each row a container of its own (`<div class="item"><div class="tit"><a/></div><div class="time">`,
    the row markup tests/sites/mutate.py's `wrappers` writes for `<li>`s; yz.chsi.com.cn's 教育部政策 rows)."""
    rows = "".join(f'<div class="item"><div class="tit"><a href="{u}" target="_blank">{t}</a></div><div class="time">{d}</div></div>'
                   for u, t, d in _NEWEST)
    return f'<div class="right-box"><div class="right-tit"><h3>最新信息</h3></div><div>{rows}</div></div>'


def test_a_side_box_of_row_containers_is_the_templates_box_and_leaves_an_empty_column_empty(tmp_path: Path) -> None:
    """Failed before: the box's rows, each a `div.item`, were recorded as no headed block (each container holds one row),
    so the build never found the box; an empty column showing only the box read as a column of its five rows, dated
    the site's newest day — an empty column judged listed and fresh (nfcms, all 21 mutations, seed 38)."""
    columns, base = _with_empty_column(_div_box(), tmp_path)
    assert (columns["?zjdt/"].state, columns["?zjdt/"].items) == ("empty", [])
    assert {i.url.removeprefix(base) for i in columns["?tzgg/"].items} == {u.lstrip("/") for u, _, _ in _NOTICES}


def _box_with_copy() -> str:
    """The box followed, inside it, by its phone layout's copy of the same rows under no heading (a `visible-xs` block,
    as tests/sites/mutate.py's `copies` writes it; NFCMS's 最新发布 box in tests/sites/nfcms.py shows one)."""
    rows = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{d}</span></li>' for u, t, d in _NEWEST)
    return (f'<div class="right-box"><div class="right-tit"><h3>最新信息</h3></div><ul>{rows}</ul>'
            f'<div class="visible-xs"><ul>{rows}</ul></div></div>')


def test_a_side_boxs_headless_copy_inside_it_is_the_box_too(tmp_path: Path) -> None:
    """Failed before: the build read the empty column without the box, but the copy's rows, headed by nothing, were
    then the column's list — listed and fresh (nfcms, classes+chrome+scripts+sidebox+copies at seed 38). The notices'
    column keeps its own list, the same titles as some of the box's rows but not the box's run of them."""
    columns, base = _with_empty_column(_box_with_copy(), tmp_path)
    assert (columns["?zjdt/"].state, columns["?zjdt/"].items) == ("empty", [])
    assert {i.url.removeprefix(base) for i in columns["?tzgg/"].items} == {u.lstrip("/") for u, _, _ in _NOTICES}
    assert {i.url.removeprefix(base) for i in columns["?list_12/"].items} == {u.lstrip("/") for u, _, _ in _NEWS}
