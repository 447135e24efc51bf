"""CmsEasy pages (the cmseasy sample site's first-contact misreadings, as general patterns).

Markup of CmsEasy 7's stock `default_bootstrap` template (cidengcc/cmseasy, read with the library tools): a column's
rows `div.news-list` each holding `div.list-date` (the day in a `<span>`, then `Y-m` in a `<p>`), the title `h4 > a`
and an intro `<p>` ending in `[更多]` (`archive/list_text_column.html`); the side column `div.col-md-4` beside the list's
`div.col-md-8` under a trail standing alone (`position.html`, `list_right.html`: the column menu, 网站公告, 相关内容);
an article ending in `div#page` (上一篇：/下一篇：) and, for a tagged article, a 相关内容 box of the same dated rows
(`archive/show.html`). The pages are the sample site's (tests/sites/cmseasy.py). Fail on fdabde8: every column of one page
read as a hub (its rows undated: 乡村振兴 and 财政信息 never judged stale), both empty columns missed, and every tagged
news article read as a column of its three related rows (a document lost)."""

from __future__ import annotations

import pytest

from govaudit import pipeline
from govaudit.model.extract.page import extract_page
from govaudit.settings import CrawlSettings
from tests.sites import cmseasy, mutate
from tests.sites.server import serve_site

LIST = "/index.php?case=archive&act=list&catid="


@pytest.fixture(scope="module")
def site():
    return cmseasy.build()


def _read(site, url: str):
    path, _, query = url.partition("?")
    return extract_page(site.lookup(path, query).body.decode("utf-8"), "http://www.tongxi.gov.cn" + url)


def test_a_row_is_dated_by_its_calendar_box_before_title_and_intro(site) -> None:
    """`<div class="list-date"><span>16</span><p>2025-04</p></div><h4><a>…</a></h4><p>intro… [更多]</p>`: the box alone
    is the row's date, the intro after it no part of it. A one-page column of four such rows is a column, dated."""
    page = _read(site, LIST + "4")
    assert page.kind == "column" and page.list_state == "listed"
    assert [(i.date, i.date_text) for i in page.list_items][:2] == [("2025-04-16", "16 2025-04"), ("2025-03-04", "04 2025-03")]


def test_rows_below_an_articles_neighbour_links_are_no_list_of_its(site) -> None:
    """A two-paragraph news article, its date in three spans (发布时间 ： value), then 上一篇：/下一篇：, then the tag's
    related articles as three dated summary rows: a document dated by its own line, no column of the rows."""
    url = next(t.url for t in site.traps if "content-adddate" in t.note)
    page = _read(site, url)
    assert page.kind == "document" and not page.list_items and page.pub_date == "2026-11-18"
    assert "召开党委理论学习中心组学习会" in page.body_text and "走访慰问困难群众" not in page.body_text


def _bottom_block(site, url: str) -> str:
    """The article with its 相关内容 box in the form of show.html's other box below it, `{tag_内容页底图文产品三条}` written by
    the stock `tpltag/tag_content-index-2.html`: `h4 > a`, `p.date` with the full `adddate`, an intro `<p>`."""
    html = site.lookup(*url.split("?", 1)).body.decode("utf-8")
    start, end = html.index("<!-- 相关文章开始 -->"), html.index("<!-- 相关文章结束 -->")
    rows = "".join('<div  class="col-xs-12 col-sm-6 col-md-4 col-lg-4 wow fadeIn" data-wow-delay="0.5s">\n<div class="img-auto">\n'
                   f'<h4><a style="color:;" href="/index.php?case=archive&amp;act=show&amp;aid={aid}" title="{title}" target="_blank">'
                   f'{title}</a></h4>\n<p class="date">{when} 09:12:40</p>\n<p>近日，桐溪镇{title}，各村（社区）负责人参加...</p>\n</div>\n</div>\n'
                   for aid, title, when in ((124, "召开重点工作推进会（4）", "2026-10-28"), (127, "走访慰问困难群众（7）", "2026-10-07"),
                                            (130, "开展农村人居环境整治（10）", "2026-09-16")))
    return html[:start] + f'<!-- 页底推荐图文产品开始 -->\n<div class="container">\n<div class="row">\n{rows}</div>\n</div>\n' + html[end:]


def test_dated_rows_below_an_articles_neighbour_links_are_no_list_of_its() -> None:
    """The same article over three rows dated in full (the template's 页底推荐 box): still a document."""
    site = cmseasy.build()
    url = next(t.url for t in site.traps if "content-adddate" in t.note)
    page = extract_page(_bottom_block(site, url), "http://www.tongxi.gov.cn" + url)
    assert page.kind == "document" and not page.list_items and page.pub_date == "2026-11-18"


@pytest.mark.parametrize("catid", ["5", "25"])
def test_an_empty_column_beside_its_side_column_is_empty(site, catid: str) -> None:
    """Nothing in `div.col-md-8` but an empty `ul.pagination`; beside it the side column's menu (the page's own item
    among its siblings), 网站公告 with the site's announcements and an empty 相关内容: those are the template's, the
    column shows nothing."""
    page = _read(site, LIST + catid)
    assert page.kind == "column" and page.list_state == "empty" and not page.list_items


@pytest.fixture(scope="module")
def scrambled(site, tmp_path_factory):
    """The site with every class and id name meaningless (tests/sites/mutate.py `classes`), crawled and built: the
    Bootstrap trail (`ol.breadcrumb`, its separators drawn by CSS) is told from a list by its shape alone."""
    out = tmp_path_factory.mktemp("cmseasy-classes")
    with serve_site(mutate.scramble_classes(site)) as base:
        pipeline.crawl(base, out, CrawlSettings(rate=0, concurrency=4, max_time=120))
    pipeline.build(out)
    return base, pipeline.load_site(out)


def test_a_document_listed_by_its_column_and_the_parent_column_belongs_to_the_child(scrambled) -> None:
    """政务公开 (catid=20) lists its children's documents too; the 规范性文件 column (catid=21),
    whose rows the parent lists as well, is each of its documents' column (by the rows, whether the trail is read or not)."""
    base, model = scrambled
    normative = [d for d in model.documents if "关于印发《" in d.title]
    assert len(normative) == 6 and {d.column_url.removeprefix(base) for d in normative} == {LIST.lstrip("/") + "21"}


@pytest.mark.parametrize("catid", ["5", "25"])
def test_an_empty_column_under_meaningless_classes_is_empty(scrambled, catid: str) -> None:
    """The `<ol>` trail, whatever its class, opens at 首页 and ends at the page itself: read as the trail, it sets the
    side column (menu, 网站公告, 相关内容) apart, and the empty list area the listed columns fill is this column's, empty."""
    base, model = scrambled
    (column,) = [c for c in model.columns if c.url == base + LIST.lstrip("/") + catid]
    assert column.state == "empty" and not column.items


def test_an_ordered_list_is_a_trail_only_from_home_to_the_page_itself() -> None:
    url = "http://www.tongxi.gov.cn" + LIST + "25"
    trail = ('<nav class="x1"><ol class="x2"><span class="x3"></span><li><a href="/">首页</a></li>'
             f'<li><a href="{LIST}20">政务公开</a></li><li><a href="{LIST}25">重点领域信息</a></li></ol></nav>')
    page = "<html><head><title>重点领域信息</title></head><body>{}<div class='x4'><p>正文</p></div></body></html>"
    assert extract_page(page.format(trail), url).breadcrumb == [
        ("首页", "http://www.tongxi.gov.cn/"), ("政务公开", "http://www.tongxi.gov.cn" + LIST + "20"), ("重点领域信息", url)]
    # a top menu in an <ol> opens at 首页 too, but ends at another page
    menu = trail.replace(f'<li><a href="{LIST}25">重点领域信息</a></li>', f'<li><a href="{LIST}30">镇情概况</a></li>')
    assert extract_page(page.format(menu), url).breadcrumb == []
