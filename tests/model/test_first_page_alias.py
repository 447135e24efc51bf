"""Crawled and built: a one-page column served at its folder and at `1.html` is one column.

Real markup of the 陕西 集约化 platform, as public spiders of 渭南 and 延安 department sites read it: a column's pages
are `<folder>/1.html`, `2.html` … (`https://kjj.weinan.gov.cn/xwzx/tzgg/1.html`, `https://sfj.yanan.gov.cn/zfxxgk/
fdzdgknr/rsxx/1.html`; find_string `weinan.gov.cn/zfxxgk/`, ids 52189949246, 52206186071), rows
`<div class="m-lst"><ul><li><a>…</a><span>date</span></li>`, the pager `<div class="m-lst-pg"><ul><li><a>…` with the page
count in a script's `maxPage = parseInt('N')`. Guessed (the sxjy sample site): the folder also serves page 1 and a home
block's 更多 names it while menus name `1.html`, the pager writing 首页 → `1.html` on page 1 as well. 万载's real FineCMS
list shows the same habit, a first page whose 首页 names page 1 at another address (`news-list-wanzaiyaowen.html`, 首页 →
`news-list-wanzaiyaowen-1.html`; tests/model/realpages, wanzai-gov-cn_vwell_wzyw_list…). Before, a column of one page
read as two columns, each with its own verdicts; with two pages it was one, as page 2's 首页 named page 1."""

from __future__ import annotations

from pathlib import Path

from tests.model.loopback import HTML, crawl_and_build

_FOLDER = "/xwzx/bmdt/"


def _shell(name: str, body: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{name}-某县人民政府</title><meta name="ColumnName" content="{name}"></head>'
            '<body><header class="g-hd"><nav class="m-nav"><ul><li><a href="/">首页</a></li>'
            f'<li><a href="{_FOLDER}1.html">部门动态</a></li></ul></nav></header><div class="g-main">'
            f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{_FOLDER}1.html">{name}</a></div>{body}</div>'
            '<footer class="g-ft">主办：某县人民政府办公室</footer></body></html>')


def _list() -> str:
    rows = "".join(f'<li><a href="{_FOLDER}18650194382{i:08d}.html" target="_blank">县教育局召开第{i}次工作会议</a>'
                   f'<span>2026-11-{18 - i:02d}</span></li>' for i in range(1, 7))
    pager = ('<div class="m-lst-pg"><ul><li><a href="1.html">首页</a></li><li><a href="javascript:;">上一页</a></li>'
             '<li class="active"><a href="javascript:;">1</a></li><li><a href="javascript:;">下一页</a></li>'
             '<li><a href="1.html">尾页</a></li><li><a href="javascript:;">共1页</a></li></ul></div>'
             "<script>function goPage(){var maxPage = parseInt('1');}</script>")
    return _shell("部门动态", f'<div class="m-lst"><ul>{rows}</ul></div>{pager}')


def _doc(i: int) -> str:
    return (f'<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="县教育局召开第{i}次工作会议">'
            f'<meta name="PubDate" content="2026-11-{18 - i:02d} 09:30"></head><body><div class="m-txt"><h1>县教育局召开第{i}次工作会议</h1>'
            f'<div class="m-txt-crm"><span>发布时间：2026-11-{18 - i:02d} 09:30</span></div><div class="m-txt-article">'
            f'<p>会议要求，各科室要压实工作责任，确保第{i}项任务按时完成。</p></div></div></body></html>')


def test_a_one_page_column_at_its_folder_and_at_1_html_is_one_column(tmp_path: Path) -> None:
    home = _shell("某县人民政府", f'<div class="m-box"><a href="{_FOLDER}" class="more">更多</a></div>')
    pages = {"/": (200, HTML, home), _FOLDER: (200, HTML, _list()), f"{_FOLDER}1.html": (200, HTML, _list())}
    pages.update({f"{_FOLDER}18650194382{i:08d}.html": (200, HTML, _doc(i)) for i in range(1, 7)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert len(column.items) == 6
    assert {p.url.removeprefix(base) for p in model.pages if p.column_url} == {"xwzx/bmdt/", "xwzx/bmdt/1.html"}


def test_a_column_at_its_folder_and_at_1_html_with_a_script_pager_is_one_column(tmp_path: Path) -> None:
    """The pager drawn by script (the platform's `maxPage = parseInt('N')`), so that no link names page 1 at the other
    address: the same name and rows at the folder and at its `1.html` still make one column."""
    script_only = _list().replace('<div class="m-lst-pg">', '<div class="m-lst-pg" id="pg"></div><!--').replace(
        "</ul></div><script>", "</ul></div>--><script>")
    home = _shell("某县人民政府", f'<div class="m-box"><a href="{_FOLDER}" class="more">更多</a></div>')
    pages = {"/": (200, HTML, home), _FOLDER: (200, HTML, script_only), f"{_FOLDER}1.html": (200, HTML, script_only)}
    pages.update({f"{_FOLDER}18650194382{i:08d}.html": (200, HTML, _doc(i)) for i in range(1, 7)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + "xwzx/bmdt/" and len(column.items) == 6
