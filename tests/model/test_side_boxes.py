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


# --- a template's side box, found by the build (listing.block_key, builder._site_boxes) ---------------------------------
from govaudit.htmlpage import parse_document  # noqa: E402
from govaudit.model.extract.listing import block_key, box_heading  # noqa: E402


def _container(html: str) -> object:
    return next(parse_document(html).iter("ul"))


def test_a_box_heading_is_read_beside_its_list_in_the_forms_templates_write() -> None:
    """The sidebox mutation's three frames (tests/sites/mutate.py) and a title bar with its 更多 link (DTcms)."""
    rows = '<ul><li><a href="/a.html">县政府召开常务会议</a><span>2026-09-01</span></li></ul>'
    assert box_heading(_container(f"<div><h3>最新动态</h3>{rows}</div>")) == "最新动态"
    assert box_heading(_container(f'<div class="right-box"><div class="right-tit"><h3>最新信息</h3></div>{rows}</div>')) == "最新信息"
    assert box_heading(_container(f'<table><tr><td class="lanmu">最新信息</td></tr><tr><td>{rows}</td></tr></table>')) == "最新信息"
    assert box_heading(_container(f'<div><div class="tit">通知公告<a href="/tzgg/">更多>></a></div>{rows}</div>')) == "通知公告"
    # no heading: a paragraph of text, or nothing before the list
    assert box_heading(_container(f"<div><p>本栏目发布县政府召开的各类会议和活动信息，欢迎关注。</p>{rows}</div>")) == ""
    assert block_key(_container(f"<div>{rows}</div>")) == ""
    assert block_key(_container(f"<div><h3>最新动态</h3>{rows}</div>")).endswith("|最新动态")


def _column(own_rows: int, box: str = "") -> str:
    """A 工作动态 column page of the demo's markup with `own_rows` rows, and `box` beside its list."""
    rows = "".join(f'<li><a href="/xwzx/gzdt/2026{m:02d}/t2026{m:02d}01_{m}.html">县政府工作动态第{m}期信息发布</a>'
                   f"<span>2026-{m:02d}-01</span></li>" for m in range(1, own_rows + 1))
    return ('<html><head><title>工作动态_云溪县人民政府</title></head><body><div class="nav"><a href="/">首页</a>'
            '<a href="/xwzx/">新闻中心</a></div><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a>'
            f' &gt; <a href="/xwzx/gzdt/">工作动态</a></div><div class="column"><ul class="list">{rows}</ul></div>{box}'
            '<div class="foot">主办：云溪县人民政府办公室</div></body></html>')


def test_a_side_box_the_build_names_is_no_row_of_the_list_nor_content_of_an_empty_one() -> None:
    url = "http://www.yunxi.gov.cn/xwzx/gzdt/"
    box = _box("最新动态", 5)
    first = extract_page(_column(2, box), url)
    key = next(k for k, _ in first.row_blocks if k.endswith("|最新动态"))
    assert len(first.list_items) == 5  # the box outweighs the column's own two rows
    again = extract_page(_column(2, box), url, side_blocks=frozenset({key}))
    assert sorted(i.url for i in again.list_items) == sorted(i.url for i in extract_page(_column(2), url).list_items)
    empty = extract_page(_column(0, box).replace('<ul class="list"></ul>', '<ul class="list"></ul><p>暂无信息</p>'), url,
                         side_blocks=frozenset({key}))
    assert (empty.kind, empty.list_state, empty.list_items) == ("column", "empty", [])


def test_a_side_box_headed_by_the_page_s_own_name_stays_its_list() -> None:
    """The 工作动态 box of every page is, on the 工作动态 column's own page, that column's newest rows."""
    url = "http://www.yunxi.gov.cn/xwzx/gzdt/"
    box = _box("工作动态", 5)
    key = next(k for k, _ in extract_page(_column(0, box), url).row_blocks)
    page = extract_page(_column(0, box), url, side_blocks=frozenset({key}))
    assert len(page.list_items) == 5


def test_posts_each_a_container_of_their_own_outweigh_a_side_box() -> None:
    """WordPress's category archive (tests/sites/wp.py): six posts, each an <article> with its date and full text, beside
    a side box of five dated rows (the sidebox mutation): the posts are the list, not the box — taken for it, its rows
    beside the posts' text made the archive a document, and a stale 乡村振兴 was missed."""
    posts = "".join(f'<article class="post-{n} post"><header><div class="entry-meta">发布于 <time>2025年{13 - n}月16日</time></div>'
                    f'<h2 class="entry-title"><a href="/archives/{n}">桐岙镇召开乡村振兴工作推进会（{n}）</a></h2></header>'
                    '<div class="entry-content"><p>桐岙镇召开乡村振兴工作推进会，镇党委、镇政府主要负责同志出席并讲话，各村（社区）负责人参加。'
                    '会议要求，各村要提高思想认识，压实工作责任，细化工作举措，确保各项工作落到实处、取得实效。</p></div></article>'
                    for n in range(1, 7))
    html = ('<html><head><title>乡村振兴 – 桐岙镇人民政府</title></head><body>' + _box("最新信息", 5) +
            f'<div id="primary"><main id="main" class="site-main">{posts}</main></div><footer>主办：桐岙镇人民政府</footer></body></html>')
    page = extract_page(html, "http://www.tongao.gov.cn/category/xwzx/xczx/")
    assert page.kind == "column" and {i.url for i in page.list_items} == {f"http://www.tongao.gov.cn/archives/{n}" for n in range(1, 7)}


def test_a_frozen_box_showing_a_single_row_is_recorded_and_left_out() -> None:
    """A static CMS's frozen box on an old page may show one row (the sidebox mutation, seed 30, on 贵州 集约化's 新闻中心
    hub, whose blocks show month-day rows only): its one dated row made the hub a column, stale by the box's date —
    a false finding. One dated row is enough for the build to weigh a headed block."""
    url = "http://www.yunxi.gov.cn/xwzx/gzdt/"
    first = extract_page(_column(0, _box("最新信息", 1)), url)
    (key,) = [k for k, _ in first.row_blocks]
    assert key.endswith("|最新信息")
    assert extract_page(_column(0, _box("最新信息", 1)), url, side_blocks=frozenset({key})).list_items == []
