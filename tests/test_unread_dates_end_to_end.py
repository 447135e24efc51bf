"""A column whose dates are shown in a form the tool does not read is not stale for want of a date,
end to end on loopback: the demo's 区域要闻 (fresh: newest 2026-09-28, 2 days before the as-of date),
its list and article pages showing every date as 20260928 or 26-09-28 (constructed probes: forms the
date reader does not take), their addresses still tYYYYMMDD_.

Before (probes of 8e63c65): news-column-stale failed 「条目均无可识别的发布日期，视为未更新」 and
homepage-stale failed on the next freshest column (公示公告, 15 days): a veto, 合格 80 → 不合格. An
address date is the weakest date (often a republication's) and never passes a column, but a recent
one says the rows may well be recent: undecided, never stale."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.crawl.sitekit import Route
from tests.test_waf_end_to_end import _audit, _rule, _subject, demo, plain  # noqa: F401 (fixtures)

FORMS = {"compact": lambda y, m, d: f"{y}{m}{d}", "two-digit year": lambda y, m, d: f"{y[2:]}-{m}-{d}"}


def _rewritten(root: Path, form: str) -> dict[str, Route]:
    routes: dict[str, Route] = {}
    for page in (root / "xwzx/qyyw").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        body = re.sub(r"(\d{4})-(\d\d)-(\d\d)", lambda m: FORMS[form](*m.groups()), text).encode()
        path = "/" + page.relative_to(root).as_posix()
        routes[path] = (lambda b: lambda method, n: (200, {"Content-Type": "text/html; charset=utf-8"}, b))(body)
        if path.endswith("/index.html"):
            routes[path.removesuffix("index.html")] = routes[path]
    return routes


@pytest.mark.parametrize("form", list(FORMS))
def test_unread_dates_on_a_recent_column_leave_it_undecided_not_stale(demo, plain, tmp_path, form):
    results = _audit(demo, tmp_path / "out", _rewritten(demo, form))
    assert _subject(plain, "news-column-stale", "/xwzx/qyyw/") == "pass"
    (column,) = [f for f in _rule(results, "news-column-stale")["results"] if f["subject"].endswith("/xwzx/qyyw/")]
    assert column["status"] == "incomplete" and "2026-09-28" in column["message"]
    (site,) = _rule(results, "homepage-stale")["results"]
    assert site["status"] == "incomplete" and "区域要闻" in site["message"]
    assert results["grade"] != "不合格"
