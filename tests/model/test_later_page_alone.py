"""A later page of a list fetched without its first page is no column of its own: only page 1
shows how new a column is (and whether it is empty). EasySite serves a column at its folder and
its pages at `/eportal/ui?pageId=N&currentPage=n&moduleId=…&staticRequest=yes` (the pager's
`tagname`s; markup of tests/sites/esite.py, from customs/szgm/zjt.ln pagers); when the budget cut
`currentPage=1` (probe of 2bb4c15: the esite sample site cut to 85 % by --max-pages), page 2 read
as a second 镇街动态 whose newest row was its own (2026-10-09): a false stale finding."""

from __future__ import annotations

from pathlib import Path

from govaudit.crawl import crawl_site
from govaudit.model.builder import build_site
from govaudit.settings import CrawlSettings
from tests.model.loopback import HTML, crawl_and_build, serve

UI = "/eportal/ui?pageId=600125&currentPage={}&moduleId=76c985053cfa2deecf5b0b428944c668&staticRequest=yes"


def _list(n: int, dates: list[str]) -> str:
    rows = "".join(f'<li><a href="/cxq/xwzx/zjdt/{n}{k}.html" target="_blank">某镇开展工作{n}{k}</a><span class="fr">{d}</span></li>'
                   for k, d in enumerate(dates))
    pager = (f'<div class="easysite-page-wrap"> 共20条 分2页 当前 第{n}页 <a tagname="{UI.format(1)}" title="首页">首页</a>'
             f'<a tagname="{UI.format(2) if n == 1 else "[NEXTPAGE]"}" title="下一页">下一页</a></div>')
    return (f'<html><head><meta charset="utf-8"><title>镇街动态</title><meta name="ColumnName" content="镇街动态"></head><body>'
            f'<div class="news2" opentype="more"><ul>{rows}</ul></div>{pager}</body></html>')


PAGES = {
    "/": (200, HTML, '<html><head><meta charset="utf-8"><title>某区人民政府</title></head><body>'
                     '<a href="/cxq/xwzx/zjdt/">镇街动态</a></body></html>'),
    "/cxq/xwzx/zjdt/": (200, HTML, _list(1, ["2026-11-18", "2026-11-12"])),
    UI.format(1): (200, HTML, _list(1, ["2026-11-18", "2026-11-12"])),
    UI.format(2): (200, HTML, _list(2, ["2026-10-09", "2026-10-01"])),
}


def test_a_later_page_alone_is_a_column_not_observed(tmp_path: Path):
    out = tmp_path / "out"
    with serve(PAGES) as base:  # currentPage=1 left out, as a budget would
        crawl_site(base, out, CrawlSettings(rate=0, max_pages=20, render="never", exclude=("currentPage=1&",)))
    columns = {c.url.removeprefix(base): c for c in build_site(out).columns}
    assert columns["cxq/xwzx/zjdt/"].state == "listed" and columns["cxq/xwzx/zjdt/"].newest_date == "2026-11-18"
    # Page 2, which only the column's 下一页 links, is its page 2 (pagerlinks.reached_by_pagers); before, a column of
    # its own, not observed. Either way no column of page 2's rows is judged.
    alone = [c for url, c in columns.items() if url != "cxq/xwzx/zjdt/"]
    assert all(c.state == "not_observed" and "只有后续分页" in (c.note or "") for c in alone), alone
    assert alone or base + UI.format(2).lstrip("/") in columns["cxq/xwzx/zjdt/"].pages


def _written(n: int, dates: list[str], script: bool) -> str:
    rows = [f'<li><span class="rt">{d}</span>·<a href="/show-2-{n}{k}-1.html" target="_blank">云溪县召开推进会（{n}{k}）</a></li>'
            for k, d in enumerate(dates)]
    body = ('<script type="text/javascript">\n' + "".join(f"document.write('{r}');\n" for r in rows) + "</script>"
            if script else "".join(rows))
    pager = f'<div id="pages"><a href="/list-2-{n + 1}.html" class="a1">下一页</a></div>' if n == 1 else ""
    return (f'<html><head><meta charset="utf-8"><title>云溪要闻 - 云溪县人民政府</title></head><body>'
            f'<div class="box"><h5 class="title-2">云溪要闻</h5><ul class="list lh24 f14">{body}</ul>{pager}</div></body></html>')


def test_a_first_page_whose_rows_a_script_writes_unrendered_leaves_the_column_not_observed(tmp_path: Path) -> None:
    """PHPCMS's list (云溪要闻, tests/sites/phpcms.py) with page 1's rows written by `document.write('<li>…</li>')`
    lines (merriam-webster.com's 2007 menu row; the mutation `scripts`) and page 2 static. Unrendered
    (`--render never`, no Chromium), page 1 shows no row: page 2's older rows said the column's newest
    was 2026-10-10, a false stale finding. The column is not observed."""
    pages = {"/": (200, HTML, '<html><head><meta charset="utf-8"><title>云溪县人民政府</title></head><body>'
                              '<a href="/list-2-1.html">云溪要闻</a></body></html>'),
             "/list-2-1.html": (200, HTML, _written(1, ["2026-11-19", "2026-11-15"], True)),
             "/list-2-2.html": (200, HTML, _written(2, ["2026-10-10", "2026-10-06"], False))}
    out = tmp_path / "out"
    with serve(pages) as base:
        crawl_site(base, out, CrawlSettings(rate=0, max_pages=20, render="never"))
    columns = {c.url.removeprefix(base): c for c in build_site(out).columns}
    column = columns["list-2-1.html"]
    assert column.state == "not_observed" and "脚本" in (column.note or ""), column


def _vsb(n: int, dates: list[str]) -> str:
    rows = "".join(f'<li><a href="/info/1014/{40 * n + k}.htm" target="_blank">关于做好第{n}{k}项工作的通知</a><span>{d}</span></li>'
                   for k, d in enumerate(dates))
    more = (f'<a href="./list.jsp?a5t=3&amp;a5p={n + 1}&amp;a5c=8&amp;wbtreeid=1014">下一页</a> '
            f'<a href="./list.jsp?a5t=3&amp;a5p=3&amp;a5c=8&amp;wbtreeid=1014">尾页</a>' if n < 3 else "下一页 尾页")
    return (f'<html><head><meta charset="utf-8"><title>通知公告</title></head><body><div class="path">当前位置：'
            f'<a href="/">首页</a> &gt; 通知公告</div><ul class="list">{rows}</ul><div class="pages">共3页 第{n}页 首页 上一页 {more}'
            '</div></body></html>')


def test_later_pages_whose_first_page_none_links_are_no_column_of_their_own(tmp_path: Path) -> None:
    """博达 VSB's dynamic list.jsp pages under the harness's mutations (seed 32): the pager rewritten as `共3页 第2页 首页
    上一页 下一页 尾页`, only 下一页 and 尾页 linked, so no page links page 1 (a5p=1). Pages 2 and 3, reached from an old
    article's link, were numbered from the first of them: a second 通知公告 whose newest row was page 2's, judged for
    freshness on rows months older than the column's own (page 1). The pager says which page it shows: not observed."""
    pages = {
        "/": (200, HTML, '<html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>'
                         '<a href="/list.jsp?a5t=3&amp;a5p=2&amp;a5c=8&amp;wbtreeid=1014">通知公告（旧版）</a></body></html>'),
        "/list.jsp?a5t=3&a5p=2&a5c=8&wbtreeid=1014": (200, HTML, _vsb(2, ["2026-03-01", "2026-02-11", "2026-01-20"])),
        "/list.jsp?a5t=3&a5p=3&a5c=8&wbtreeid=1014": (200, HTML, _vsb(3, ["2025-12-01", "2025-11-11"])),
    }
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = [c for c in model.columns if "list.jsp" in c.url]
    assert (column.state, column.url.removeprefix(base)) == ("not_observed", "list.jsp?a5t=3&a5p=2&a5c=8&wbtreeid=1014")
