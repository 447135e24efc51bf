"""List rows made only of <div>s: the title's block and the date's block side by side.

Real markup: a ThinkPHP site's news box runs `<div class="title"><a href="#" class="link1">TestTitle</a></div>
<div class="date">2015-12-12</div>` pairs in one container (`<div class="event_title">`, library file id
37894359593); gamersky.com's search results close each row with `<div class="bot"><div class="link"><a
href="https://www.gamersky.com/handbook/202412/1865356.shtml">link</a></div><div class="time">2024-12-30
09:43</div></div>` (a parser test quoting the page, id 60515650946). Titles and URLs below are a county's
通知公告 in those shapes. Before, such rows read as undated: the column a hub, unjudged.
"""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "http://127.0.0.1/tzgg/"
TITLES = [f"关于做好第{i}项重点工作的通知" for i in range(1, 5)]


def _page(main: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>通知公告_某县人民政府</title></head><body>'
            '<div class="q3">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>'
            f'<div class="q4">{main}</div><div class="q6">主办：某县人民政府办公室</div></body></html>')


def _read(main: str) -> list[tuple[str, str | None]]:
    facts = extract_page(_page(main), URL)
    return [(i.title, i.date) for i in facts.list_items]


def test_title_and_date_blocks_in_one_container_are_dated_rows() -> None:
    rows = "".join(f'<div class="title"><a href="/tzgg/c{i}.html" class="link1">{t}</a></div><div class="date">2015-12-{10 + i}</div>'
                   for i, t in enumerate(TITLES, 1))
    assert _read(f'<div class="event_title">{rows}</div>') == [(t, f"2015-12-{10 + i}") for i, t in enumerate(TITLES, 1)]


def test_date_first_blocks_date_the_title_after_them() -> None:
    rows = "".join(f'<div class="date">2015-12-{10 + i}</div><div class="title"><a href="/tzgg/c{i}.html">{t}</a></div>'
                   for i, t in enumerate(TITLES, 1))
    assert _read(f'<div class="event_title">{rows}</div>') == [(t, f"2015-12-{10 + i}") for i, t in enumerate(TITLES, 1)]


def test_a_row_div_of_a_link_block_and_a_time_block_is_a_dated_row() -> None:
    rows = "".join(f'<div class="bot"><div class="link"><a href="/tzgg/c{i}.html">{t}</a></div>'
                   f'<div class="time">2024-12-{20 + i} 09:43</div></div>' for i, t in enumerate(TITLES, 1))
    assert _read(f'<div class="result">{rows}</div>') == [(t, f"2024-12-{20 + i}") for i, t in enumerate(TITLES, 1)]


def test_a_grid_of_link_blocks_beside_undated_blocks_is_no_list() -> None:
    rows = "".join(f'<div class="bot"><div class="link"><a href="/tzgg/c{i}.html">{t}</a></div><div class="time">办事指南</div></div>'
                   for i, t in enumerate(TITLES, 1))
    assert _read(f'<div class="result">{rows}</div>') == []


def test_row_blocks_striped_by_an_odd_class_are_one_list() -> None:
    """Each row a block of its own whose class says odd or even (a Smarty news template's `{if index is odd}<div
    class="news_item ">{else}<div class="news_item odd">{/if}` over a date block, `div.news_desc` holding the title link
    and a summary, and a 阅读全文 link: library file id 17362472541). Before: the rows of one class only, every second
    row (the list's newest among those lost: a fresh column could read as stale)."""
    rows = "".join(f'<div class="news_item{" odd" if i % 2 else " "}"><div class="date">2026-10-{20 - i}</div>'
                   f'<div class="news_desc"><a href="/tzgg/c{i}.html" class="title">{t}</a>请各单位认真贯彻落实。</div>'
                   f'<a href="/tzgg/c{i}.html" class="read_more">阅读全文</a><div class="full stroke"></div></div>'
                   for i, t in enumerate(TITLES, 1))
    assert _read(f'<div class="container">{rows}</div>') == [(t, f"2026-10-{20 - i}") for i, t in enumerate(TITLES, 1)]


def test_two_dated_boxes_side_by_side_stay_apart() -> None:
    """A document's 上一篇/下一篇 pair (two one-row blocks of one tag, each classed for itself) is no list of two."""
    rows = (f'<div class="prev"><p>上一篇：<a href="/tzgg/c1.html">{TITLES[0]}</a><span>2026-10-19</span></p></div>'
            f'<div class="next"><p>下一篇：<a href="/tzgg/c2.html">{TITLES[1]}</a><span>2026-10-18</span></p></div>')
    assert len(_read(f'<div class="container">{rows}</div>')) == 1
