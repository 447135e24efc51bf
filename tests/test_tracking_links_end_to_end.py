"""A home page linking its columns with tracking parameters links the columns the crawl fetched,
end to end on loopback: the demo's home page with its 通知公告 (stale) and 部门动态 (stale) links
carrying `?spm=…` and `?utm_source=…` (scope.TRACKING_PARAMS: parameters that never change the page).

The crawl fetches such a link once, under its key without them (scope.canonical). Before (probes of
8e63c65) the model looked the link up as written, found no page, and reported a second, unobserved
column beside each fetched one: their stale verdicts became incomplete (80 → 75–80), the home page's
links 「未检查」; with more such links the columns reached fall under the share the audit needs (no
grade for a site fully crawled)."""

from __future__ import annotations

from tests.crawl.sitekit import Route
from tests.test_waf_end_to_end import _audit, _rule, demo, plain  # noqa: F401 (fixtures)

LINKS = {'href="/zwgk/tzgg/"': 'href="/zwgk/tzgg/?spm=a2c4g.11186623"',
         'href="/xwzx/bmdt/"': 'href="/xwzx/bmdt/?utm_source=home&utm_medium=nav"'}


def _verdicts(results: dict) -> dict[tuple[str, str], str]:
    return {(r["id"], f["subject"].split("/", 3)[-1]): f["status"] for r in results["rules"] for f in r["results"]}


def test_tracking_parameters_on_column_links_name_the_columns_fetched(demo, plain, tmp_path):
    home = (demo / "index.html").read_text(encoding="utf-8")
    for plain_link, tracked in LINKS.items():
        assert plain_link in home
        home = home.replace(plain_link, tracked)
    route: Route = lambda method, n: (200, {"Content-Type": "text/html; charset=utf-8"}, home.encode())
    results = _audit(demo, tmp_path / "out", {"/": route, "/index.html": route})
    assert _verdicts(results) == _verdicts(plain)
    assert results["score"] == plain["score"] and results["verdict"]["columns_linked"] == plain["verdict"]["columns_linked"]
    assert [f["status"] for f in _rule(results, "news-column-stale")["results"] if f["subject"].endswith("/xwzx/bmdt/")] == ["fail"]
