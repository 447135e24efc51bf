"""A box of other pages' dated titles beside an article (a 最新动态 or 通知公告 box in the side column, the site's
newest rows, on every page of many county sites) is no list of the article's page: every real document page of
tests/model/realpages and ../shared/corpus, with such a box written in at the start or the end of its body, reads as
the same document with the same date.

Found by writing the box into real pages (2026-12): 中国载人航天's 新闻发布会 article, 科普中国's article and 中国政府网's
公报 decision read as columns of the box's rows once it held three or more of them (an article lost, a column judged
stale by the box's dates), whatever its heading; and where the box stood right above a dateless title, its last row's
date was taken for the page's (Z-BlogPHP's date-above-the-title reading) over the page's own meta PubDate."""

from __future__ import annotations

import re
from functools import cache

import pytest

from govaudit.htmlpage import decode_html
from govaudit.model.extract.page import clear_caches, extract_page
from tests.model.test_realpage_invariance import PAGES, URL, _name
from tests.model.test_zblog_pages import _NEWS, _single

_BODY_OPEN = re.compile(r"<body[^>]*>", re.I)
_BODY_CLOSE = re.compile(r"</body>", re.I)


def _box(heading: str, rows: int) -> str:
    """A side column's box as county portals write it: a heading over `<li><a>title</a><span>date</span></li>` rows."""
    lis = "".join(f'<li><a href="/xwzx/zwdt/202609/t2026090{i}_{i}.html" target="_blank">县政府召开第{i}次重点工作推进会议</a>'
                  f"<span>2026-09-0{i}</span></li>" for i in range(1, rows + 1))
    return f'<div class="right"><div class="tit"><h3>{heading}</h3><a href="/xwzx/zwdt/">更多</a></div><ul>{lis}</ul></div>'


@cache
def _documents() -> list[tuple[str, str, str | None]]:
    """(name, text, date) of the real pages read as documents."""
    out = []
    for path in PAGES:
        text = decode_html(path.read_bytes())[0]
        clear_caches()
        page = extract_page(text, URL)
        if page.kind == "document" and _BODY_OPEN.search(text) and _BODY_CLOSE.search(text):
            out.append((_name(path), text, page.pub_date))
    return out


@pytest.mark.parametrize("where", ["start", "end"])
@pytest.mark.parametrize("heading", ["最新动态", "通知公告"])
def test_a_box_of_dated_rows_beside_a_real_article_leaves_it_a_document(where: str, heading: str) -> None:
    documents = _documents()
    assert len(documents) >= 20  # the real pages are there
    differ = {}
    for name, text, date in documents:
        # the last </body>: a page nesting a whole document inside its article closes that one first
        at = _BODY_OPEN.search(text).end() if where == "start" else list(_BODY_CLOSE.finditer(text))[-1].start()
        clear_caches()
        page = extract_page(text[:at] + _box(heading, 5) + text[at:], URL)
        if (page.kind, page.pub_date) != ("document", date):
            differ[name] = (page.kind, page.pub_date, date)
    assert not differ, differ


def _zblog_article(box: str, meta: str = "") -> str:
    """Z-BlogPHP's post page (tests/sites/zblog.py) without its date heading, the box in the side column before the main area."""
    html = _single("岚溪乡开展森林防火巡查活动", "", _NEWS * 3).replace('\t<h4 class="post-date"></h4>\n', "")
    html = html.replace('\t\t<div id="divMain">', box + '\t\t<div id="divMain">')
    return html.replace('\t<meta name="generator"', meta + '\t<meta name="generator"')


def test_the_box_s_last_date_right_above_the_title_is_not_the_page_s() -> None:
    """With the box's rows just before the title, the page's meta PubDate dates it, not the box's last row."""
    page = extract_page(_zblog_article(_box("最新动态", 3), '<meta name="PubDate" content="2026-10-20 09:30">\n'),
                        "http://www.lanxi.gov.cn/?id=46")
    assert (page.kind, page.pub_date, page.pub_date_source) == ("document", "2026-10-20", "meta")


def test_without_a_date_of_its_own_the_page_stays_undated() -> None:
    """Nothing of the page's own dates it: undated (not observed), never the box's last row."""
    page = extract_page(_zblog_article(_box("工作动态", 3)), "http://www.lanxi.gov.cn/?id=46")
    assert (page.kind, page.pub_date) == ("document", None)


def test_a_column_page_s_own_list_is_still_its_list() -> None:
    """Unchanged: a list inside the page's content area is the page's, the same box beside it or not."""
    rows = "".join(f'<li><a href="/?id={i}">岚溪乡召开党委理论学习中心组学习会（{i}）</a><span>2026-10-0{i}</span></li>'
                   for i in range(1, 8))
    html = _zblog_article(_box("通知公告", 3)).replace(
        '<div class="post single">', f'<div class="post single"><ul class="list">{rows}</ul>')
    page = extract_page(html, "http://www.lanxi.gov.cn/?cate=2")
    assert page.kind == "column" and len(page.list_items) >= 7
