"""Listed documents whose pages fail (HTTP 500) are unjudged documents, not absent ones, end to end
on loopback (the demo with the pages of one column's documents answering 500).

Before (probes of 91f8cd1): with every 行政规范性文件 page answering 500 (its list fine), the
normative rules said 不适用 and the score rose 80 → 81 (the documents failed only as broken
links); with the annual reports' pages answering 500, the hub's links to them counted as four
columns not reached and the site was not graded (评估不完整, 15 of 19 columns)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from govaudit import cli
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import Route
from tests.test_waf_end_to_end import _audit, _rule, _subject, demo, plain  # noqa: F401 (fixtures)

ERROR = b"<html><body><h1>500 Internal Server Error</h1></body></html>"


@pytest.fixture(autouse=True)
def _no_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 500 is asked again with a backoff: once is enough here (the verdict, not the retries, is tested)."""
    monkeypatch.setattr(cli, "CrawlSettings", functools.partial(CrawlSettings, retries=0))


def _failing(root: Path, folder: str) -> dict[str, Route]:
    route: Route = lambda method, n: (500, {"Content-Type": "text/html"}, ERROR)
    return {"/" + page.relative_to(root).as_posix(): route for page in (root / folder).rglob("t*.html")}


def test_normative_documents_whose_pages_fail_are_unjudged(demo, plain, tmp_path):
    results = _audit(demo, tmp_path / "out", _failing(demo, "zwgk/gfxwj"))
    for rule in ("normative-doc-metadata", "normative-doc-validity", "interpretation-missing"):
        assert _rule(plain, rule)["status"] == "fail"
        assert _rule(results, rule)["status"] == "incomplete", rule
    assert _subject(results, "broken-links", "/zwgk/gfxwj/202607/t20260731_1408.html") == "fail"  # a visitor gets a 500
    assert results["score"] <= plain["score"]


def test_failing_report_pages_are_no_columns_not_reached(demo, plain, tmp_path):
    results = _audit(demo, tmp_path / "out", _failing(demo, "zwgk/nb"))
    verdict = results["verdict"]
    assert (verdict["code"], verdict["columns_linked"], verdict["not_reached"]) == ("graded", plain["verdict"]["columns_linked"], [])
    assert _rule(results, "annual-report-structure")["status"] == "incomplete"  # the reports were not read
    assert _rule(results, "annual-report-late")["status"] == _rule(plain, "annual-report-late")["status"]  # their list dates them
