"""TurboCMS portal pages the tool misread at first contact with the `turbo` sample family.

TurboCMS (the DotNetNuke-based portal server of 海关总署, the NSFC, 北京 住建委/司法局 …) serves a column as a
tab, `/publish/portal0/tab49666/`, and pages the tab's list module in a folder of its own:
`/publish/portal0/tab49666/module175903/page%d.htm` (a customs.gov.cn Scrapy spider; nsfc's
`tab87/module467/page2.htm`; beijing.customs.gov.cn's `portal159/tab70929/module193706/page{}.htm`), page 1
included, which its AspNetPager (`div#ess_ctr175903_ListC_Info_AspNetPager`, links classed `.Normal`) links
as 首页 and 1 from the later pages. The same portal serves a list module at DotNetNuke's friendly addresses,
the query written as path pairs: a home block's 更多 as `/tabid/1072/MoreModuleID/10041/MoreTabID/4021/Default.aspx`
(a bjjs.gov.cn monitor script) and page N of a module as `/tabid/49629/126765pageidx/N/Default.aspx` (the
customs spider). At first contact, page 1 at `module…/page1.htm` and at the MoreModuleID address were
columns of their own (a stale 通知公告 counted three times) and every `pageidx` page was a column.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.model.classify import list_page
from tests.model.loopback import HTML, crawl_and_build

SITE = "http://www.site.test"
TAB = "/publish/portal0/tab49666/"
MODULE = 175903


def test_a_dnn_pageidx_path_pair_is_the_page_number_of_the_tabs_list() -> None:
    two = list_page(SITE + f"/tabid/49629/{126765}pageidx/2/Default.aspx")
    assert (two.key, two.number, two.style) == (SITE + "/tabid/49629/", 2, "query")
    assert list_page(SITE + "/tabid/49629/Default.aspx").key == two.key  # the tab's own page: the same list
    assert list_page(SITE + "/tabid/49629/126765pageidx/1/Default.aspx").key == two.key
    assert list_page(SITE + "/tabid/49630/126765pageidx/2/Default.aspx").key != two.key
    more = list_page(SITE + "/tabid/1072/MoreModuleID/10041/MoreTabID/4021/Default.aspx")
    assert more.number is None  # ids, not page numbers


def _shell(title: str, body: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}-某区人民政府</title></head><body>'
            '<div id="tmenu_4000"><a href="/publish/portal0/">首页</a> <a href="/publish/portal0/tab4100/">新闻中心</a></div>'
            f'<div id="ess_ContentPane">{body}</div>'
            '<div class="bottom">主办：某区人民政府办公室 网站标识码：3502130017</div></body></html>')


def _pager(page: int, pages: int, go) -> str:
    """AspNetPager as TurboCMS writes it; `go(k)` the address of page k."""
    links = "".join(f'<span class="Normal">{k}</span>' if k == page else f'<a class="Normal" href="{go(k)}">{k}</a>'
                    for k in range(1, pages + 1))
    first = "" if page == 1 else f'<a class="Normal" href="{go(1)}">首页</a><a class="Normal" href="{go(page - 1)}">上一页</a>'
    last = f'<a class="Normal" href="{go(page + 1)}">下一页</a><a class="Normal" href="{go(pages)}">末页</a>' if page < pages else ""
    return (f'<div class="fenyeys"><div id="ess_ctr{MODULE}_ListC_Info_AspNetPager"><table><tr>'
            f'<td>共<font color="red">{pages * 6}</font>条记录&nbsp;&nbsp;当前页：{page}/{pages}</td><td>{first}{links}{last}</td></tr></table></div></div>')


def _list(tab: str, name: str, page: int, pages: int, go, when: str) -> str:
    rows = "".join(f'<tr><td><table><tr><td><a href="{tab}info{900 + 10 * page + i}.htm" target="_blank" title="{name}第{10 * page + i}条">'
                   f'{name}第{10 * page + i}条</a></td><td align="right">{when}-{20 - i:02d}</td></tr></table></td></tr>' for i in range(6))
    return _shell(name, f'<div class="dqwz">当前位置：<a href="/publish/portal0/">首页</a> &gt; <a href="{tab}">{name}</a></div>'
                        f'<div id="ess_ctr{MODULE}_ModuleContent"><div class="lmtitle">{name}</div>'
                        f'<table id="ess_ctr{MODULE}_ListC_Info_LstC_Info">{rows}</table>{_pager(page, pages, go)}</div>')


def _doc(tab: str, n: int, name: str) -> str:
    return _shell(name, f'<div class="dqwz">当前位置：<a href="/publish/portal0/">首页</a> &gt; <a href="{tab}">{name}</a></div>'
                        f'<div class="titTop"><h1><strong><!--TitleStart-->{name}第{n}条<!--TitleEnd--></strong></h1></div>'
                        '<div class="detailTime">发布时间：2026-04-08</div>'
                        f'<div id="zoom"><!--ContentStart--><p>{"为做好有关工作，现将事项通知如下。" * 8}</p><!--ContentEnd--></div>')


def _site(tab: str, name: str, go, home_links: str) -> dict:
    home = (200, HTML, _shell("首页", home_links))
    pages = {"/": home, "/publish/portal0/": home}
    for k in (1, 2, 3):
        pages[tab if k == 1 else go(k)] = (200, HTML, _list(tab, name, k, 3, go, "2026-04"))
        for i in range(6):
            pages[f"{tab}info{900 + 10 * k + i}.htm"] = (200, HTML, _doc(tab, 10 * k + i, name))
    pages[go(1)] = pages[tab]
    return pages


def test_a_turbocms_column_paged_in_its_module_folder_is_one_column(tmp_path: Path) -> None:
    go = lambda k: f"{TAB}module{MODULE}/page{k}.htm"  # noqa: E731
    more = f"/tabid/40/MoreModuleID/{MODULE}/MoreTabID/49666/Default.aspx"
    pages = _site(TAB, "通知公告", go, f'<div><a href="{TAB}">通知公告</a><a href="{more}" class="more">更多</a></div>')
    pages[more] = pages[TAB]
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + TAB.lstrip("/")
    assert len(column.items) == 18 and not column.pages_unobserved


@pytest.mark.parametrize("page_one", ["pageidx", "tab"])
def test_a_list_paged_at_dnn_pageidx_addresses_is_its_tabs_column(tmp_path: Path, page_one: str) -> None:
    """Later pages at `pageidx/N`; page 1 linked back at `pageidx/1` (AspNetPager's 首页) or at the tab."""
    tab = "/publish/portal0/tab4201/"
    go = lambda k: tab if k == 1 and page_one == "tab" else f"/tabid/4201/{MODULE}pageidx/{k}/Default.aspx"  # noqa: E731
    pages = _site(tab, "政策解读", go, f'<div><a href="{tab}">政策解读</a></div>')
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + tab.lstrip("/")
    assert len(column.items) == 18 and not column.pages_unobserved
