"""ThinkCMF pages (the thinkcmf sample site's first-contact misreadings, as general patterns).

Markup of ThinkCMF 5's `simpleboot3` theme as the 科右前旗 三务公开平台 edited it (hzy2009999/kyqj, read with the library
tools): every list titled `<title>首页 {site_name}</title>`, a `div.bread_nav` whose trail is plain text (`当前位置:{平台}
>>苏木乡镇 >>{column}` with no link) right above the list `ul.lists > li > a` whose rows show `m-d` in a span inside the link
(`list.html`); every article and single page beside a left box of one column's newest titles linked by id only
(`portal/Article/index` without cid: each of those articles at a second address, `article.html`); the user module's
`/user/login/index.html` in the stock navigation (thinkcmf/thinkcmf `simpleboot3/public/nav.html`). The pages are the
sample site's (tests/sites/thinkcmf.py). Fail on b1464ef: the trail read as the list's first row (the column named by
it, its newest row lost), every one-page column a hub, the 登录 page a column refused behind a login (four undecided
verdicts), 机构职能 a column of the left box, the left box's eight articles counted twice, and the missing 2024 report
cited at the 2025 report's page."""

from __future__ import annotations

from dataclasses import replace

import pytest

from govaudit import pipeline
from govaudit.crawl import SnapshotReader
from govaudit.model.extract.page import extract_page
from govaudit.settings import CrawlSettings
from tests.sites import mutate, thinkcmf
from tests.sites.server import serve_site

LIST = "/portal/list/index/id/"
HOST = "http://www.byt.gov.cn"


@pytest.fixture(scope="module")
def site():
    return thinkcmf.build()


def _read(site, url: str):
    path, _, query = url.partition("?")
    return extract_page(site.lookup(path, query).body.decode("utf-8"), HOST + url)


def test_a_text_trail_closed_by_its_block_stops_before_the_list(site) -> None:
    """`当前位置:平台 >>政务公开 >>规范性文件</div>` with no link, then the list: the trail's three names, not the first row."""
    page = _read(site, LIST + "21.html")
    assert page.breadcrumb == [("科尔沁右翼中旗三务公开平台", None), ("政务公开", None), ("规范性文件", None)]
    assert page.column_name == "规范性文件"


def test_a_one_page_month_day_list_named_by_its_trail_is_a_column(site) -> None:
    """Six `m-d` rows, no pager, the <title> saying only 首页: the page links itself (the menu's 规范性文件) under the
    trail's last name, so its one block of rows is its list, undated (dated by its documents); titles without the date."""
    page = _read(site, LIST + "21.html")
    assert page.kind == "column" and page.list_state == "listed" and len(page.list_items) == 6
    assert all(i.date is None for i in page.list_items)
    assert page.list_items[0].title == "巴音塔拉镇人民政府关于印发《巴音塔拉镇农..." \
        and page.list_items[0].url == HOST + "/portal/article/index/id/373/cid/21.html"
    assert not any(i.title.endswith(("10-20", "09-17")) for i in page.list_items)


@pytest.fixture(scope="module")
def built(site, tmp_path_factory):
    out = tmp_path_factory.mktemp("thinkcmf")
    with serve_site(site) as base:
        pipeline.crawl(base, out, CrawlSettings(rate=0, concurrency=4, max_time=120))
    pipeline.build(out)
    return base.rstrip("/"), out, pipeline.load_site(out), pipeline.check(out, site.as_of)


def test_a_login_form_the_navigation_links_is_observed(built) -> None:
    base, out, model, _ = built
    with SnapshotReader(out) as reader:
        caps = {c.url: c for c in reader.captures()}
    (login,) = [c for u, c in caps.items() if u.startswith(base + "/user/login/")]  # kept as `/user/login/` (urls.normalize)
    assert login.outcome == "ok" and login.status == 200
    assert "登录" not in {c.name for c in model.columns}


def test_a_single_page_beside_the_articles_box_is_no_column(built) -> None:
    """机构职能 shows one paragraph beside the left box of eight 通知公告 titles every article shows: no list of its."""
    base, _, model, _ = built
    assert base + "/portal/page/index/id/26.html" not in {c.url for c in model.columns}
    assert sorted(c.name for c in model.columns) == sorted(
        ["工作动态", "通知公告", "乡村振兴", "便民服务", "规范性文件", "政策解读", "财政信息", "政府信息公开年报", "重点领域信息"])


def test_an_article_at_its_route_with_and_without_the_column_pair_is_one_document(built) -> None:
    """`/portal/article/index/id/340/cid/3.html` (the list's) and `/portal/article/index/id/340.html` (the box's):
    one 通知公告 document, kept at the list's address."""
    base, _, model, _ = built
    urls = {d.url.removeprefix(base) for d in model.documents}
    assert len(model.documents) == 67 and "/portal/article/index/id/340/cid/3.html" in urls
    assert not any(u.count("/") == 5 for u in urls)  # no /portal/article/index/id/N.html left


def test_a_missing_report_is_cited_at_its_column(built) -> None:
    """The 年报 column is dated by its documents (its rows show `m-d`): its evidence for freshness is the newest report,
    but the year it lacks is shown by the list, not by the 2025 report's page."""
    base, _, _, results = built
    rule = next(r for r in results["rules"] if r["id"] == "annual-report-missing")
    (missing,) = [x for x in rule["results"] if x["status"] == "fail"]
    assert missing["subject"].endswith(":2024") and missing["url"] == base + LIST + "24.html"


def _built_scrambled(site, out, edit=None):
    scrambled = mutate.scramble_classes(site)
    if edit is not None:
        scrambled = edit(scrambled)
    with serve_site(scrambled) as base:
        pipeline.crawl(base, out, CrawlSettings(rate=0, concurrency=4, max_time=120, render="never"))
    pipeline.build(out)
    return base, pipeline.load_site(out)


@pytest.fixture(scope="module")
def scrambled(site, tmp_path_factory):
    """The site with every class and id name meaningless (tests/sites/mutate.py `classes`), crawled without a browser
    and built: `ul.lists` is a name no more, and every page runs the template's inline `$.ajax` for the header's area
    name."""
    return _built_scrambled(site, tmp_path_factory.mktemp("thinkcmf-classes"))


@pytest.mark.parametrize("column", ["5", "25"])
def test_an_empty_column_under_meaningless_classes_is_empty_beside_the_templates_own_loader(scrambled, column) -> None:
    """The empty `<ul>` stands where the listed columns' `m-d` rows stand (undated rows: their year is not shown), and
    the only inline loader is the one every listed page runs too: the column is empty, observed without a browser."""
    base, model = scrambled
    (found,) = [c for c in model.columns if c.url == base + LIST.lstrip("/") + column + ".html"]
    assert found.state == "empty" and not found.items


def test_a_loader_the_listed_pages_do_not_run_leaves_an_empty_area_unobserved(site, tmp_path) -> None:
    """The same page with an inline loader naming its own column (one the listed pages do not run): it may fill the
    empty `<ul>`, so without a browser the column is not observed, never empty."""
    def edit(scrambled):
        path = LIST + "25.html"
        page = scrambled.resources[path]
        body = page.body.replace(b'"areaid":"12"', b'"catid":"25"')
        assert body != page.body
        return replace(scrambled, resources={**scrambled.resources, path: replace(page, body=body)})
    base, model = _built_scrambled(site, tmp_path, edit)
    (found,) = [c for c in model.columns if c.url == base + LIST.lstrip("/") + "25.html"]
    assert found.state == "not_observed"
