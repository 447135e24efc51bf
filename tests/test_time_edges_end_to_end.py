"""A date no page could carry yet never makes a column fresh, end to end on loopback: the demo's
部门动态 (newest row 2026-09-08, 22 days before the as-of date: stale) with that row's year typed
2062, as a list row and on the article page, audited as a user would.

Before (probes of 2bb4c15): news-column-stale passed 「最新信息发布于 2062-09-08」 (80 → 82). A date
later than the crawl's last day is a typo: the column is dated by its newest possible row, and
the finding says which date it set aside."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from govaudit.checks.base import ColumnClass, Context
from govaudit.checks.columns import COLUMN_FRESHNESS
from govaudit.model.types import ListItem
from tests.crawl.sitekit import Route
from tests.factories import SITE, column, site
from tests.test_waf_end_to_end import _audit, _rule, demo, plain  # noqa: F401 (fixtures)

ARTICLE = "xwzx/bmdt/202609/t20260908_1122.html"


def _typed(text: str) -> Route:
    body = text.replace("2026-09-08", "2062-09-08", 1).encode()
    return lambda method, n: (200, {"Content-Type": "text/html; charset=utf-8"}, body)


def test_a_row_dated_after_the_crawl_is_a_typo_not_an_update(demo, plain, tmp_path):
    listing = (demo / "xwzx/bmdt/index.html").read_text(encoding="utf-8")
    routes = {"/xwzx/bmdt/": _typed(listing), "/xwzx/bmdt/index.html": _typed(listing),
              "/" + ARTICLE: _typed((demo / ARTICLE).read_text(encoding="utf-8"))}
    results = _audit(demo, tmp_path / "out", routes)
    (was,) = [f for f in _rule(plain, "news-column-stale")["results"] if f["subject"].endswith("/xwzx/bmdt/")]
    (now,) = [f for f in _rule(results, "news-column-stale")["results"] if f["subject"].endswith("/xwzx/bmdt/")]
    assert was["status"] == "fail" and now["status"] == "fail"
    assert "2062-09-08" in now["message"] and "疑为录入错误" in now["message"] and now["data"]["newest_date"] == "2026-08-27"
    assert results["score"] == plain["score"]


def test_a_column_dated_only_by_an_impossible_date_is_undecided():
    ctx = Context(date(2026, 9, 30), (ColumnClass("news", "新闻", ("动态",)),))
    params = {"classes": ["news"], "max_age": "14d", "warn_age": None, "undated_counts_as_stale": True, "levels": []}
    col = replace(column("bmdt/", "部门动态", "2062-09-08"), items=[ListItem("某新闻", SITE + "bmdt/1.html", "2062-09-08"),
                                                                  ListItem("某新闻", SITE + "bmdt/2.html", None)])
    model = site(columns=[col])
    crawled = replace(model, crawl=replace(model.crawl, started_at="2026-10-08T09:00:00+08:00",
                                           finished_at="2026-10-08T09:30:00+08:00"))
    (f,) = COLUMN_FRESHNESS.run(crawled, params, ctx)
    assert f.status == "incomplete" and "2062-09-08" in f.message
    # no crawl time recorded (a hand-made model): the date is taken as read
    (f,) = COLUMN_FRESHNESS.run(model, params, ctx)
    assert f.status == "pass"
