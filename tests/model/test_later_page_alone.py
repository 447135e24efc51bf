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
from tests.model.loopback import HTML, serve

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
    alone = [c for url, c in columns.items() if url != "cxq/xwzx/zjdt/"]
    assert alone and all(c.state == "not_observed" and "只有后续分页" in (c.note or "") for c in alone), alone
