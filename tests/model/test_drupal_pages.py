"""Drupal 7 pages (the drupal sample site's first-contact misreadings, as general patterns).

Markup of Drupal 7 core as tests/sites/drupal.py cites it (drupal/drupal's field.tpl.php and pager, Bartik's page and node
templates, taxonomy.pages.inc): a node's title in `h1#page-title` above the node, its only date the submitted line `由
kjj_xxk 于 2026-11-18 10:29 提交`; a breadcrumb that stops above the current page (`首页 » 新闻中心` over `<h1>工作动态</h1>`);
Views rows each a `div.views-row` of its own classed by place (`views-row-1 views-row-odd views-row-first`); an
interpretation node `<div class="node node-zcjd">`; the statistics module's 热门内容 block on every page; an empty term
page's `<p>There is currently no content classified with this term.</p>`. The pages are the sample site's. Fail on
270153f: every news article read as a hub (65 documents lost but the 规范性文件), every list column named after its
channel (新闻中心, 信息公开: the 规范性文件 column unrecognised, its documents' metadata never judged), the unlinked
interpretation undated (its lateness undecided), both empty columns unjudged and a later page's second row lost."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from govaudit.model.extract.page import extract_page
from tests.model.loopback import crawl_and_build
from tests.sites import drupal


@pytest.fixture(scope="module")
def site():
    return drupal.build()


def _read(site, url: str):
    path, _, query = url.partition("?")
    return extract_page(site.lookup(path, query).body.decode("utf-8"), "http://kjj.lanxi.gov.cn" + url)


def _node(site, title: str) -> str:
    return next(u for u, r in site.resources.items() if r.is_html and u.startswith("/node/")
                and f'id="page-title">\n          {title}' in r.body.decode("utf-8"))


def test_a_short_article_dated_only_by_its_submitted_byline_is_a_document(site) -> None:
    """Two sentences under `由 kjj_xxk 于 2026-11-18 10:29 提交`: the date and time closed by the posting verb date an
    article; without them read as a hub, no news article of the site was a document."""
    page = _read(site, _node(site, "岚溪县科学技术局召开科技创新工作推进会（1）"))
    assert page.kind == "document" and page.pub_date == "2026-11-18" and not page.list_items


def test_a_list_whose_trail_stops_at_its_channel_is_named_by_its_heading(site) -> None:
    """`首页 » 信息公开` over `<h1 id="page-title">规范性文件</h1>` and `<title>规范性文件 | …</title>`: the column is
    规范性文件, not the channel its trail ends in. An article keeps no column name of its own."""
    for url, name in (("/xxgk/gfxwj", "规范性文件"), ("/xwzx/gzdt", "工作动态"), ("/xwzx/gzdt?page=1", "工作动态"),
                      ("/taxonomy/term/3", "工作动态")):
        page = _read(site, url)
        assert (page.kind, page.column_name) == ("column", name), url


def test_an_interpretation_inside_a_node_box_classed_like_a_related_box_keeps_its_date(site) -> None:
    """`<div class="node node-zcjd">` (zcjd: a related box's word) holds the interpretation's byline and body, its title
    an `h1` above: the box is the page itself, its date the page's."""
    page = _read(site, _node(site, "图解《岚溪县科技成果转化奖励办法》"))
    assert page.kind == "document" and page.pub_date == "2026-06-19"


def test_an_empty_term_page_beside_the_popular_content_block_is_an_empty_column(site) -> None:
    """Only the term's heading and Drupal's untranslated notice; beside it the 热门内容 block's undated titles (今日：
    and 总计：, on every page): a side widget, no content of the column's."""
    page = _read(site, "/taxonomy/term/17")
    assert page.kind == "column" and page.list_state == "empty" and not page.list_items


def test_an_empty_view_beside_the_popular_content_block_shows_an_empty_container(site) -> None:
    """An empty View prints its wrapper and nothing else: the page's content block is the empty container the build
    matches against the listed term pages' (model/builder.py `_template_empties`)."""
    page = _read(site, "/bmfw")
    assert "div.content<div.block block-system<div.region region-content" in page.empty_boxes


def test_a_later_page_of_two_rows_classed_by_place_reads_both() -> None:
    """`views-row-1 views-row-odd views-row-first` and `views-row-2 views-row-even views-row-last`: one list's rows
    (zebra and edge classes mark places, not shapes)."""
    s = drupal._Site()
    col = drupal.Column("通知公告", "/xwzx/tzgg", "rows")
    col.nodes = [s.node(f"关于做好科技项目申报工作的通知（{i + 1}）", date(2026, 11, 1) - timedelta(days=13 * i)) for i in range(12)]
    s.cols = [col]
    page = extract_page(s.column(col, 2).body.decode("utf-8"), "http://kjj.lanxi.gov.cn/xwzx/tzgg?page=1")
    assert page.kind == "column" and [i.date for i in page.list_items] == ["2026-06-24", "2026-06-11"]


def test_a_byline_with_its_date_bracketed_still_dates_the_article(site) -> None:
    """`由 kjj_xxk 于 [2026-11-18] 10:29 提交` (a date in brackets, as a theme or the `dates` mutation writes it): the
    bracket closes the date before the time of day and the posting verb."""
    url = _node(site, "岚溪县科学技术局召开科技创新工作推进会（1）")
    html = site.lookup(url, "").body.decode("utf-8").replace(" 于 2026-11-18 ", " 于 [2026-11-18] ")
    page = extract_page(html, "http://kjj.lanxi.gov.cn" + url)
    assert page.kind == "document" and page.pub_date == "2026-11-18"


def test_the_breadcrumbs_you_are_here_heading_is_its_label_not_a_step(site) -> None:
    """`<div id="breadcrumb"><h2 class="element-invisible">您在这里</h2><div class="breadcrumb"><a href="/">首页</a>
    </div></div>`: the trail is 首页 alone; read as a step, 您在这里 made the undated 机构概况 page (the menu's highlighted
    item, its text signed 2026年2月10日) a hub under a trail column instead of a static page."""
    page = _read(site, "/jgzn")
    assert page.breadcrumb == [("首页", "http://kjj.lanxi.gov.cn/")]
    assert page.kind == "column" and page.list_state == "listed" and [i.date for i in page.list_items] == ["2026-02-10"]


def test_later_pages_counted_from_zero_are_numbered_as_their_pager_states(site, tmp_path) -> None:
    """Drupal's `?page=1` is page 2 (`<a title="到第 2 页" href="/xwzx/gzdt?page=1">2</a>`, page 1 linked without a
    page): the pager's numbers shift the query's by one. Before: `?page=1` was a second page 1."""
    pages = {u: (r.status, r.content_type, r.body) for u, r in site.resources.items() if u == "/" or u.startswith("/xwzx/gzdt")
             or u.startswith("/node/") and r.is_html}
    model, base = crawl_and_build(pages, tmp_path / "out")
    numbers = {p.url.removeprefix(base): p.page_no for p in model.pages if p.page_no}
    assert {u: n for u, n in numbers.items() if u.startswith("xwzx/gzdt")} == {"xwzx/gzdt": 1, "xwzx/gzdt?page=1": 2, "xwzx/gzdt?page=2": 3}


def test_an_undated_list_under_a_trail_that_stops_above_it_is_still_a_dateless_column(site, tmp_path) -> None:
    """A View of picture rows without dates (`views-field-field-image` and the title, no created field) under `首页 »
    新闻中心` and `<h1>图片新闻</h1>`: named by its heading now, the page is still named as a column by a trail, and its
    rows, every one a document, are its undated list (builder._dateless_lists), not a hub's links."""
    html = site.lookup("/xwzx/gzdt", "").body.decode("utf-8")
    html = re.sub(r'\s*<div class="views-field views-field-created">.*?</div>', "", html, flags=re.S)
    html = html.replace("<title>工作动态 |", "<title>图片新闻 |").replace("工作动态        </h1>", "图片新闻        </h1>")
    html = re.sub(r'<h2 class="element-invisible">页面</h2><div class="item-list"><ul class="pager">.*?</ul></div>', "", html, flags=re.S)
    home = site.lookup("/", "").body.decode("utf-8").replace("</body>", '<a href="/xwzx/tpxw">图片新闻</a></body>')
    pages = {u: (r.status, r.content_type, r.body) for u, r in site.resources.items() if u.startswith("/node/") and r.is_html}
    pages.update({"/": (200, drupal.HTML, home.encode()), "/xwzx/tpxw": (200, drupal.HTML, html.encode())})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = [c for c in model.columns if c.url.removeprefix(base) == "xwzx/tpxw"]
    assert column.name == "图片新闻" and column.state == "listed" and len(column.items) == 10
