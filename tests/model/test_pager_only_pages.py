"""Crawled and built: a list page that only another list's pager links is that list's later page, or at least never a
column of its own to judge, whatever its address says. Under tests/sites/mutate.py's `addresses` (every page at another
CMS's scheme) later pages were served at addresses of new columns (`/list/14.html` for WordPress's `/page/4/`), and
with `pagers` nothing on them need say "page 4" either: each became a column of its own, its newest row older than
the list's, judged stale (wp, yzm, sscms, all 21 mutations, seed 34).

A page's own pager says which list it belongs to by being the only way to it: a real column is linked by a menu, a
trail, a home block or a 更多 link; a later page is linked only by page numbers and 上一页/下一页 (unless it says it
is page 1: `共3页 第1页`)."""

from __future__ import annotations

from pathlib import Path

from tests.model.loopback import HTML, crawl_and_build

_SVG = '<svg class="icon icon-arrow-{0}" aria-hidden="true" role="img"> <use href="#icon-arrow-{0}" xlink:href="#icon-arrow-{0}"></use> </svg>'


def _shell(name: str, body: str, menu: str = "") -> str:
    return (f'<html><head><meta charset="utf-8"><title>{name} &#8211; 桐岙镇人民政府</title></head><body>'
            f'<nav id="site-navigation" class="main-navigation"><ul id="top-menu" class="menu"><li><a href="/">首页</a></li>'
            f'{menu}</ul></nav><div id="primary" class="content-area"><main id="main" class="site-main">'
            f'<header class="page-header"><h1 class="page-title">{name}</h1></header>{body}</main></div>'
            '<footer class="site-footer"><div class="site-info">主办：桐岙镇人民政府</div></footer></body></html>')


def _posts(ids: range, day: int = 31, month: int = 9) -> str:
    return "".join(
        f'<article class="post type-post status-publish"><header class="entry-header"><div class="entry-meta">'
        f'<span class="posted-on"><span class="screen-reader-text">发布于</span> <a href="/show/{1000 + i}.html" rel="bookmark">'
        f'<time class="entry-date published updated" datetime="2026-{month:02d}-{day - i:02d}T09:00:00+08:00">'
        f'2026年{month}月{day - i}日</time></a></span></div><h2 class="entry-title"><a href="/show/{1000 + i}.html" '
        f'rel="bookmark">镇第{i}项工作动态</a></h2></header></article>' for i in ids)


def _doc(i: int, day: int, month: int = 9) -> str:
    return (f'<html><head><meta charset="utf-8"><title>镇第{i}项工作动态</title></head><body><article><h1 class="entry-title">'
            f'镇第{i}项工作动态</h1><div class="entry-meta">发布时间：2026-{month:02d}-{day:02d}</div>'
            f'<div class="entry-content"><p>第{i}项工作的正文，记述工作的经过和成效。</p></div></article></body></html>')


def _wp_pager(n: int, total: int, url) -> str:
    """WordPress core's paginate_links as twentyseventeen calls it (tests/sites/wp.py): each number behind the
    screen-reader word 页, the first and last pages and two around the current one, an ellipsis between."""
    nums, dots = [], False
    for p in range(1, total + 1):
        if p == n:
            nums.append(f'<span aria-current="page" class="page-numbers current"><span class="meta-nav screen-reader-text">页 </span>{p}</span>')
            dots = True
        elif p <= 1 or p > total - 1 or abs(p - n) <= 2:
            nums.append(f'<a class="page-numbers" href="{url(p)}"><span class="meta-nav screen-reader-text">页 </span>{p}</a>')
            dots = True
        elif dots:
            nums.append('<span class="page-numbers dots">&hellip;</span>')
            dots = False
    prev = (f'<a class="prev page-numbers" href="{url(n - 1)}">{_SVG.format("left")}<span class="screen-reader-text">上一页</span></a>'
            if n > 1 else "")
    nxt = (f'<a class="next page-numbers" href="{url(n + 1)}"><span class="screen-reader-text">下一页</span>{_SVG.format("right")}</a>'
           if n < total else "")
    return ('<nav class="navigation pagination" aria-label="文章分页"><h2 class="screen-reader-text">文章分页</h2>'
            f'<div class="nav-links">{prev}' + "\n".join(nums) + f"{nxt}</div></nav>")


def test_wordpress_page_numbers_behind_their_screen_reader_word_number_pages(tmp_path: Path) -> None:
    """WordPress writes each page number behind `<span class="meta-nav screen-reader-text">页 </span>`: the link's
    text is `页 4`. At addresses that number nothing (page 4 at `/list/14.html`, page 6 at `/list/15.html`) the pages
    naming the first page back as `页 1` are its pages; before, `页 1` numbered no page and pages 4–6 made two
    columns of the list's older posts, judged stale."""
    address = {1: "/list/10.html", 2: "/list/10_2.html", 3: "/list/10_3.html", 4: "/list/14.html", 5: "/list/14_2.html",
               6: "/list/15.html"}
    url = address.__getitem__
    pages = {"/": (200, HTML, _shell("首页", "", '<li><a href="/list/10.html">新闻中心</a></li>'))}
    for n in range(1, 7):
        ids = range(5 * n - 4, 5 * n + 1)
        pages[url(n)] = (200, HTML, _shell("新闻中心", _posts(ids) + _wp_pager(n, 6, url),
                                           '<li><a href="/list/10.html">新闻中心</a></li>'))
    pages.update({f"/show/{1000 + i}.html": (200, HTML, _doc(i, 31 - i)) for i in range(1, 31)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + "list/10.html" and len(column.items) == 30 and column.state == "listed"
    assert {p.url.removeprefix(base): p.page_no for p in model.pages if p.column_url} == {
        address[n].lstrip("/"): n for n in range(1, 7)}


def _prev_next(n: int, total: int, url) -> str:
    """A pager of 上一页 and 下一页 alone (no number, no total, no 首页): nothing on a later page names the first."""
    return ('<div class="page">' + (f'<a href="{url(n - 1)}">上一页</a> ' if n > 1 else "")
            + (f'<a href="{url(n + 1)}">下一页</a>' if n < total else "") + "</div>")


def test_a_page_only_a_lists_pager_links_is_its_page_at_any_address(tmp_path: Path) -> None:
    """Pages 3 and 4 of 工作动态 stand at addresses of no pager's shape (`/list/31.html`, `/list/32.html`) and their
    pager of 上一页/下一页 names no first page: only the list's 下一页 links them, so they are its pages 3 and 4.
    Before, they made a column of their own, its newest post two months older than the list's."""
    address = {1: "/list/12.html", 2: "/list/12_2.html", 3: "/list/31.html", 4: "/list/32.html"}
    url = address.__getitem__
    menu = '<li><a href="/list/12.html">工作动态</a></li>'
    pages = {"/": (200, HTML, _shell("首页", "", menu))}
    for n in range(1, 5):
        ids = range(5 * n - 4, 5 * n + 1)
        pages[url(n)] = (200, HTML, _shell("工作动态", _posts(ids, 30, 10 - n) + _prev_next(n, 4, url), menu))
    pages.update({f"/show/{1000 + i}.html": (200, HTML, _doc(i, 30 - i, 10 - (i + 4) // 5)) for i in range(1, 21)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + "list/12.html" and len(column.items) == 20 and column.state == "listed"
    assert {p.url.removeprefix(base): p.page_no for p in model.pages if p.column_url} == {
        address[n].lstrip("/"): n for n in range(1, 5)}


def test_a_page_only_another_lists_pager_links_is_never_a_column_to_judge(tmp_path: Path) -> None:
    """The page the list's 下一页 names shows another name (its heading 往期动态, its title too): the list does not take
    it, and with nothing else linking it, it is no column of its own either — not observed, never judged."""
    menu = '<li><a href="/list/12.html">工作动态</a></li>'
    url = {1: "/list/12.html", 2: "/list/31.html"}.__getitem__
    pages = {"/": (200, HTML, _shell("首页", "", menu)),
             url(1): (200, HTML, _shell("工作动态", _posts(range(1, 6), 30, 11) + _prev_next(1, 2, url), menu)),
             url(2): (200, HTML, _shell("往期动态", _posts(range(6, 11), 30, 1) + _prev_next(2, 2, url), menu))}
    pages.update({f"/show/{1000 + i}.html": (200, HTML, _doc(i, 30 - i, 11 if i < 6 else 1)) for i in range(1, 11)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    states = {c.url.removeprefix(base): c.state for c in model.columns}
    assert states["list/12.html"] == "listed" and states.get("list/31.html", "not_observed") == "not_observed"


def test_a_column_a_pager_like_block_also_links_stays_a_column(tmp_path: Path) -> None:
    """A column the menu links stays a column of its own when another list's page links it by a number too (a block
    of numbered links beside the list): only pages nothing but pagers link are taken for later pages."""
    menu = '<li><a href="/list/12.html">工作动态</a></li><li><a href="/list/13.html">通知公告</a></li>'
    url = {1: "/list/12.html", 2: "/list/13.html"}.__getitem__
    pages = {"/": (200, HTML, _shell("首页", "", menu)),
             url(1): (200, HTML, _shell("工作动态", _posts(range(1, 6), 30, 11) + _prev_next(1, 2, url), menu)),
             url(2): (200, HTML, _shell("通知公告", _posts(range(6, 11), 30, 1), menu))}
    pages.update({f"/show/{1000 + i}.html": (200, HTML, _doc(i, 30 - i, 11 if i < 6 else 1)) for i in range(1, 11)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    columns = {c.url.removeprefix(base): c for c in model.columns}
    assert columns["list/12.html"].state == columns["list/13.html"].state == "listed"
    assert len(columns["list/12.html"].items) == len(columns["list/13.html"].items) == 5



def _fetched(url: str, links: list[tuple[str, str]], parent: str | None = None, anchor: str | None = None):
    """A fetched list page as pagerlinks reads it: its address, how the crawl reached it, its pager's links."""
    from types import SimpleNamespace
    from govaudit.htmlpage import RawLink
    facts = SimpleNamespace(links=[RawLink(u, t, "a", "page") for t, u in links], column_name="街道动态", kind="column",
                            page_count=None, fragment=False, list_items=[])
    return SimpleNamespace(capture=SimpleNamespace(url=url, parent=parent, anchor=anchor), facts=facts)


def test_a_pagers_number_for_a_page_beats_the_crawls_reading_of_its_address() -> None:
    """Page 1 `/list/14.html` links its last page `/list/15_3.html` by 末页 and the crawl queued `/list/15_2.html` from
    it as `尾页 第2/3页`, reading the number off that address; the pagers number it 3 (page 2 is `/list/15.html`). The
    pagers' word wins: before, the page had two numbers and was dropped from the list, and with it page 4, which only
    it numbers (yzm, all 21 mutations, seed 34: pages 3 and 4 made a column of their own, judged stale)."""
    from govaudit.model.pagerlinks import _numbers
    u = {n: f"http://h/list/{a}.html" for n, a in ((1, "14"), (2, "15"), (3, "15_2"), (4, "15_3"))}
    first = _fetched(u[1], [("2", u[2]), ("下一页", u[2]), ("末页", u[4])])
    lone = {u[2]: _fetched(u[2], [("1", u[1]), ("3", u[3]), ("下一页", u[3]), ("末页", u[4])], u[1]),
            u[3]: _fetched(u[3], [("1", u[1]), ("2", u[2]), ("4", u[4]), ("下一页", u[4]), ("末页", u[4])], u[1], "尾页 第2/3页"),
            u[4]: _fetched(u[4], [("1", u[1]), ("3", u[3])], u[1], "尾页 第3/3页")}
    assert _numbers(first, lone, {}, set(lone)) == {u[2]: 2, u[3]: 3, u[4]: 4}
