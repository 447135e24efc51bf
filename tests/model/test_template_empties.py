"""Crawled and built: the empty columns of a template whose class words the model does not know.

An empty column shows no row and often no 暂无 marker either: the list area is an empty container,
or holds only the column's name. The model told it from a menu page by words (a container named
list/news, a highlighted menu item named on/active); a CMS nobody here has seen names them
otherwise, and such columns went unjudged (with every class/id of the sample sites scrambled, 2 to
3 of every 3 planted empty columns were missed, and two empty-columns vetoes). The site itself
says where its lists are: the container that holds the dated rows on its other column pages. A
page named as a column (its trail) that shows that container empty (or holding only a header
row), or only its own name in the area around it, is an empty column; one that leads to pages below its own folder
(a hub) is not judged so, and one loading a script the listed pages do not load (or running an inline data loader
they do not run) is a column not observed (the script may fill the container) until a browser has run it.

Rows are gov.cn's list markup (`<li><h4><a href="../202404/content_6946880.htm" target="_blank">…</a>
<span class="date"> 2024-04-22 </span></h4></li>`, see test_pager_schemes.py) under class names
no vocabulary here knows."""

from __future__ import annotations

from pathlib import Path

from govaudit.crawl.snapshot import SnapshotReader
from tests.model.loopback import HTML, crawl_and_build

COLUMNS = {"tzgg": "通知公告", "gzdt": "工作动态", "zcwj": "政策文件"}


def _shell(name: str, main: str, script: str = "") -> str:
    menu = "".join(f'<li><a href="/{path}/">{title}</a></li>' for path, title in
                   {**COLUMNS, "xzcf": "行政处罚", "xzqz": "行政强制", "zjdc": "征集调查", "sjfb": "数据发布", "zcwjk": "政策文件库",
                    "zwgk": "政务公开"}.items())
    return (f'<html><head><meta charset="utf-8"><title>{name}_某县人民政府</title>{script}</head><body>'
            f'<div class="q1"><ul class="q2">{menu}</ul></div>'
            f'<div class="q3">当前位置：<a href="/">首页</a> &gt; <a href="#">{name}</a></div>'
            f'<div class="q4"><div class="q5">{main}</div></div>'
            '<div class="q6">主办：某县人民政府办公室 网站标识码：1234000001</div></body></html>')


def _rows(folder: str, n: int) -> str:
    return '<ul class="q7">' + "".join(
        f'<li><h4><a href="/{folder}/202609/content_{i}.htm" target="_blank"> 关于做好第{i}项重点工作的通知 </a>'
        f'<span class="q8"> 2026-09-{10 + i:02d} </span></h4></li>' for i in range(1, n + 1)) + "</ul>"


def _doc(i: int) -> str:
    return (f'<html><head><meta charset="utf-8"><title>关于做好第{i}项重点工作的通知</title></head><body>'
            f'<div class="q9"><h1>关于做好第{i}项重点工作的通知</h1><p>发布时间：2026-09-01</p>'
            f'<p>请认真贯彻执行第{i}项工作。{"各单位要高度重视，抓好落实。" * 12}</p></div></body></html>')


def _site() -> dict:
    pages = {"/": (200, HTML, _shell("首页", "欢迎访问"))}
    for path, title in COLUMNS.items():
        pages[f"/{path}/"] = (200, HTML, _shell(title, _rows(path, 3)))
        for i in range(1, 4):
            pages[f"/{path}/202609/content_{i}.htm"] = (200, HTML, _doc(i))
    pages["/xzcf/"] = (200, HTML, _shell("行政处罚", '<ul class="q7"></ul>'))  # the list container, empty
    pages["/xzqz/"] = (200, HTML, _shell("行政强制", "<h2>行政强制</h2>"))  # the area shows only the name
    # only the list's header row (www.pds.gov.cn's first <li> of `div.public-list1`, see test_siteserver_lists)
    pages["/zjdc/"] = (200, HTML, _shell("征集调查", '<ul class="q7"><li><span>标题</span><span>日期</span></li></ul>'))
    # the same empty container, filled by the page's own script: not observed, never empty
    pages["/sjfb/"] = (200, HTML, _shell("数据发布", '<ul class="q7"></ul>',
                                         '<script>$.ajax({url: "/api/list?col=9", success: draw});</script>'))
    # the same empty container and a script no listed page loads (it may fetch the list): not observed
    pages["/zcwjk/"] = (200, HTML, _shell("政策文件库", '<ul class="q7"></ul>', '<script src="/js/zcwjk-list.js?v=3"></script>'))
    # a hub: its area is empty, its menu leads below its own folder
    pages["/zwgk/"] = (200, HTML, _shell("政务公开", '<ul class="q7"></ul><p><a href="/zwgk/gfxwj/">规范性文件</a></p>'
                                         '<p><a href="/zwgk/zcjd/">政策解读</a></p>'))
    for sub, title in (("gfxwj", "规范性文件"), ("zcjd", "政策解读")):
        pages[f"/zwgk/{sub}/"] = (200, HTML, _shell(title, _rows(f"zwgk/{sub}", 2)))
        for i in range(1, 3):
            pages[f"/zwgk/{sub}/202609/content_{i}.htm"] = (200, HTML, _doc(i))
    return pages


def test_an_empty_column_of_an_unknown_template_is_told_by_where_its_other_lists_are(tmp_path: Path) -> None:
    model, base = crawl_and_build(_site(), tmp_path / "out")
    states = {c.url.removeprefix(base): c.state for c in model.columns}
    assert states["xzcf/"] == "empty"
    assert states["xzqz/"] == "empty"
    assert states["zjdc/"] == "empty"
    # its script may fill the container: not observed, unless a browser ran it and the container stayed empty (the
    # script reaches for a jQuery the page never loads: a visitor sees no row either)
    rendered = {c.url.removeprefix(base): c.render for c in SnapshotReader(tmp_path / "out" / "snapshot").captures()}
    assert states["sjfb/"] == ("empty" if rendered["sjfb/"] == "rendered" else "not_observed")
    assert states["zcwjk/"] == "not_observed"  # so may the script it loads
    assert states.get("zwgk/") != "empty"  # a hub of its children
    assert states["tzgg/"] == states["zwgk/gfxwj/"] == "listed"


# 平潭综合实验区 行政规范性文件 (shared/corpus/pingtan/zwgk/zfxxgk/gwhwj/hzgfxwj/_lists/index.html,
# lines 344-352): the list's header row, verbatim; its rows are drawn by script under it.
PINGTAN_HEADER = ('<div class="rules_tabs_01 none_sm slb_none"><dl><dt class="trt-col-2">序号</dt>'
                  '<dt class="trt-col-10">标题</dt><dt class="trt-col-6">发文字号</dt><dt class="trt-col-3">生成日期</dt>'
                  '<dt class="trt-col-3">发布日期</dt></dl></div>')


def test_a_header_row_names_its_columns_in_the_metadata_words_its_rows_carry() -> None:
    """A header row of 生成日期 (平潭's word for 成文日期), 文件编号 or a spaced 索 引 号 is a header: the
    words are the disclosure metadata's labels (metadata.FIELD_ALIASES), which the list's columns
    repeat. Before, only a fixed list of header words counted, and such a header-only list read as
    a list area with text: with class names unknown, the empty column was missed (phpcms's 行政许可
    with classes, labels, layout and dates mutated at once)."""
    import lxml.html

    from govaudit.model.extract.walk import header_only

    assert header_only(lxml.html.fromstring(PINGTAN_HEADER))
    spans = '<ul class="q7"><li><span>名称</span><span>文件编号</span><span>索 引 号</span><span>发布日期</span></li></ul>'
    assert header_only(lxml.html.fromstring(spans))
    assert not header_only(lxml.html.fromstring('<ul><li><span>名称</span><span>云溪县人民政府</span></li></ul>'))


def test_an_empty_column_showing_a_header_row_of_metadata_words_is_empty(tmp_path: Path) -> None:
    """平潭's header words (序号 标题 发文字号 生成日期 发布日期) as the one row of the list container the
    site's other column pages fill: an empty column."""
    pages = _site()
    header = "".join(f"<span>{w}</span>" for w in ("序号", "标题", "发文字号", "生成日期", "发布日期"))
    pages["/zjdc/"] = (200, HTML, _shell("征集调查", f'<ul class="q7"><li>{header}</li></ul>'))
    model, base = crawl_and_build(pages, tmp_path / "out")
    states = {c.url.removeprefix(base): c.state for c in model.columns}
    assert states["zjdc/"] == "empty"


def _pageadmin(sub: int, name: str, inner: str) -> str:
    """PageAdmin's column page (sublanmu_zdymodel control): its list box carries the column's id as a
    second class (`<div class="sublanmu_box sublanmu_box_<%=Sublanmu_Id%>">`), its trail
    `current_location current_location_<id>` (rendered pages kept in public repositories)."""
    return ('<html><head><meta name="Author" content="PageAdmin CMS" /><title>' + name + '-汀岚县人民政府</title></head><body>'
            '<div class="main_box main_box_style1"><div class="main_box_inner"><div class="main_box_inner_right">'
            f'<div class="current_location current_location_{sub}" id="current_location"><ul><li class="current_location_1">'
            f'当前位置：<a href=/>首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="#">{name}</a></li>'
            f'<li class="current_location_2">{name}</li></ul></div>'
            f'<div class="sublanmu_box sublanmu_box_{sub}" id="sublanmu_box">'
            f'<div class="sublanmu_content sublanmu_content_article">{inner}</div></div></div></div></div>'
            '<div class="bottom_box">网站标识码：1508250011</div></body></html>')


def test_an_empty_list_box_numbered_by_its_column_is_the_template_of_the_others(tmp_path: Path) -> None:
    """The class numbering the column (sublanmu_box_626) is no part of the template's place: the
    empty `<ul class="article">` of 重大项目 sits where the listed columns hold their rows."""
    cols = {"gfxwj": (621, "规范性文件"), "rsxx": (623, "人事信息"), "ghjh": (624, "规划计划")}
    menu = "".join(f'<li><a href="/xxgk/{p}/">{n}</a></li>' for p, (_, n) in {**cols, "zdxm": (626, "重大项目")}.items())
    pages = {"/": (200, HTML, f'<html><head><title>汀岚县人民政府</title></head><body><ul>{menu}</ul></body></html>')}
    for path, (sub, name) in cols.items():
        rows = "".join(f'<li><span class="title"><a href="/article/detail_{sub}{i}.html" target="_blank" title="关于第{i}项工作的通知">'
                       f'关于第{i}项工作的通知</a></span><span class="date">2026-09-{10 + i:02d}</span></li>' for i in range(1, 4))
        pages[f"/xxgk/{path}/"] = (200, HTML, _pageadmin(sub, name, f'<ul class="article">{rows}</ul>'))
        for i in range(1, 4):
            pages[f"/article/detail_{sub}{i}.html"] = (200, HTML, _doc(i))
    pages["/xxgk/zdxm/"] = (200, HTML, _pageadmin(626, "重大项目", '<ul class="article">\n</ul>'))
    model, base = crawl_and_build(pages, tmp_path / "out")
    states = {c.url.removeprefix(base): c.state for c in model.columns}
    assert states["xxgk/zdxm/"] == "empty"
    assert states["xxgk/gfxwj/"] == "listed"
