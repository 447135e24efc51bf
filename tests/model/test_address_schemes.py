"""Crawled and built: a column is one column at addresses whose shape names no page number, as another CMS's scheme
writes them (tests/sites/mutate.py's `addresses`): EmpireCMS-style numeric lists `/list/15.html`, `/list/15_2.html`.

The pager is 动易 PowerEasy SiteFactory's `<span id="pe100_page_通用信息列表_普通式" class="pagecss">` (tests/sites/aspx.py's
template, after a PowerEasy list page the library holds), which links its dead buttons too: on page 1 首页 and 上一页 name
page 1, on the last page 下一页 and 尾页 name the last page itself."""

from __future__ import annotations

from pathlib import Path

from tests.model.loopback import HTML, crawl_and_build


def _shell(name: str, body: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{name}_某县人民政府</title></head><body>'
            f'<div class="nav"><a href="/">网站首页</a></div><div class="location">您现在的位置：<a href="/">首页</a> &gt;&gt; '
            f'{name}</div><div class="main_box"><div class="title">{name}</div>{body}</div>'
            '<table class="Bottom_Table"><tr><td>主办：某县人民政府办公室</td></tr></table></body></html>')


def _pager(page: int, pages: int, url: str) -> str:
    numbers = " ".join(f"<b><a href=\"{url(k)}\">{k}</a></b>" if k == page else f'<a href="{url(k)}">{k}</a>'
                       for k in range(1, pages + 1))
    return (f'<div class="page"><span id="pe100_page_通用信息列表_普通式" class="pagecss"><!--{{pe.begin.pagination}}-->'
            f'<a href="{url(1)}">首页</a> <a href="{url(max(page - 1, 1))}">上一页</a> {numbers} '
            f'<a href="{url(min(page + 1, pages))}">下一页</a> <a href="{url(pages)}">尾页</a>'
            '<!--{pe.end.pagination}--></span></div>')


def _doc(i: int, day: int) -> str:
    return (f'<html><head><meta charset="utf-8"></head><body><div class="main_box"><h1>县发改局第{i}项工作动态</h1>'
            f'<div class="info">发布时间：2026-09-{day:02d}</div><div class="content"><p>第{i}项工作的正文。</p></div></div></body></html>')


def test_a_last_pages_next_link_to_itself_numbers_no_page(tmp_path: Path) -> None:
    """Page 2 of two names itself by 下一页 (PowerEasy's dead button): it stays page 2, not a page 2 and 3 at
    once, so the list keeps it where no address shape says which page it is (before, a second column of the
    list's older rows, judged stale)."""
    url = lambda k: "/list/15.html" if k == 1 else f"/list/15_{k}.html"  # noqa: E731
    doc = lambda i: f"/show/{1000 + i}.html"  # noqa: E731
    day = lambda i: 30 - i  # noqa: E731
    rows = lambda ids: '<ul class="list">' + "".join(  # noqa: E731
        f'<li><span class="date">09-{day(i):02d}</span><a href="{doc(i)}">县发改局第{i}项工作动态</a></li>' for i in ids) + "</ul>"
    pages = {"/": (200, HTML, _shell("首页", '<a href="/list/15.html">部门动态</a>'))}
    for k, ids in ((1, range(1, 6)), (2, range(6, 11))):
        pages[url(k)] = (200, HTML, _shell("部门动态", rows(ids) + _pager(k, 2, url)))
    pages.update({doc(i): (200, HTML, _doc(i, day(i))) for i in range(1, 11)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + "list/15.html" and len(column.items) == 10
    assert {p.url.removeprefix(base): p.page_no for p in model.pages if p.column_url} == {"list/15.html": 1, "list/15_2.html": 2}


def _publiccms_page(rows: str, pager: str) -> str:
    """PublicCMS's stock category page (tests/sites/publiccms.py): rows of `<dl>` with the date in the title's heading,
    the pager in `<div class="page">`, which the statically generated first page fills with a 查看更多 link alone."""
    return _shell("街道动态", f'<div class="list">{rows}</div><div class="page">{pager}</div>')


def test_later_pages_naming_a_first_page_without_a_pager_back_as_page_1_are_its_pages(tmp_path: Path) -> None:
    """PublicCMS's first page links its page 2 only by 查看更多; page 2's pager names the first page as 1 and itself as 2
    (`class="selected"`), then 3. At opaque addresses (`/c/1544b7/`, `2.shtml`, `3.shtml`) nothing but those pagers
    says they are one list: before, pages 2 and 3 were columns of their own, each judged stale."""
    url = lambda k: "/c/1544b7/" if k == 1 else f"/c/1544b7/{k}.shtml"  # noqa: E731
    doc = lambda i: f"/c/1544b7/2026/9/{i}/{i:032x}.shtml"  # noqa: E731
    rows = lambda ids: "".join(  # noqa: E731
        f'<dl><dt><h3><a href="{doc(i)}" target="_blank">街道第{i}项工作动态</a><span>2026-09-{30 - i:02d}</span></h3></dt>'
        f'<dd><p>近日，街道开展第{i}项工作。<a href="{doc(i)}"> 详细 &gt;&gt;</a></p></dd></dl>' for i in ids)

    def pager(k: int) -> str:
        selected = ' class="selected"'
        numbers = "".join(f'<a href="{url(n)}"{selected if n == k else ""}>{n}</a>' for n in range(1, 4))
        return (f'<a href="{url(k - 1)}">上一页</a>{numbers}' + (f'<a href="{url(k + 1)}">下一页</a>' if k < 3 else ""))
    pages = {"/": (200, HTML, _shell("首页", f'<a href="{url(1)}">街道动态</a>'))}
    pages[url(1)] = (200, HTML, _publiccms_page(rows(range(1, 5)), f'<a href="{url(2)}">查看更多</a>'))
    for k, ids in ((2, range(5, 9)), (3, range(9, 11))):
        pages[url(k)] = (200, HTML, _publiccms_page(rows(ids), pager(k)))
    pages.update({doc(i): (200, HTML, _doc(i, 30 - i)) for i in range(1, 11)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + "c/1544b7/" and len(column.items) == 10
    assert {p.url.removeprefix(base): p.page_no for p in model.pages if p.column_url} == {
        "c/1544b7/": 1, "c/1544b7/2.shtml": 2, "c/1544b7/3.shtml": 3}
