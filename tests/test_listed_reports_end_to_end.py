"""A report listed in the 年报 column whose page is gone is no report published, end to end on
loopback (probes4): the demo's 年报 list with a row for its missing 2024 report (dated
2025-03-28, in time), the row's page answered as a removed page is on real servers.

Before (probes of 8b450d8): the row alone passed the report — annual-report-missing **fail →
pass** (「已公开2024年度…年度报告」) and annual-report-late passed it as published in time, the
score rising 80 → 82.5 — whether the page answered a 404, a status-200 页面不存在 page (the
error page of tests/crawl/test_soft404.py), the home page, or a redirect to it. A page that is
gone is an observed absence (fail); one answered by the home page was not shown (undecided)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crawl.sitekit import Route
from tests.test_waf_end_to_end import _audit, _rule, demo, plain  # noqa: F401 (fixtures)

HTML = {"Content-Type": "text/html; charset=utf-8"}
ROW = ('<li><a href="./202503/t20250328_2004.html" title="白鹭区人民政府2024年政府信息公开工作年度报告">'
       '白鹭区人民政府2024年政府信息公开工作年度报告</a><span class="date">2025年03月28日</span></li>')
PAGE = "/zwgk/nb/202503/t20250328_2004.html"
GONE = ("<html><head><title>提示信息</title></head><body><div><img src=/404.png><p>抱歉，您访问的页面不存在或已删除！</p>"
        "<a href=/>返回首页</a></div></body></html>").encode()


def _listed(root: Path, answer: Route | None) -> dict[str, Route]:
    body = (root / "zwgk/nb/index.html").read_text(encoding="utf-8").replace('<ul class="list">', '<ul class="list">' + ROW, 1)
    routes: dict[str, Route] = {path: (lambda m, n: (200, HTML, body.encode())) for path in ("/zwgk/nb/", "/zwgk/nb/index.html")}
    return routes if answer is None else {**routes, PAGE: answer}


def _report(results: dict, rule: str) -> dict | None:
    return next((f for f in _rule(results, rule)["results"] if f["subject"].endswith(":2024")), None)


@pytest.mark.parametrize("gone, verdict", [("404", "fail"), ("页面不存在", "fail"), ("home page", "incomplete"),
                                           ("302 home", "incomplete")])
def test_a_listed_report_whose_page_is_gone_is_not_published(demo, plain, tmp_path, gone, verdict):
    home = (demo / "index.html").read_bytes()
    answer = {"404": None, "页面不存在": lambda m, n: (200, HTML, GONE), "home page": lambda m, n: (200, HTML, home),
              "302 home": lambda m, n: (302, {"Location": "/"}, b"")}[gone]
    results = _audit(demo, tmp_path / "out", _listed(demo, answer))
    assert _report(plain, "annual-report-missing")["status"] == "fail"  # not listed: missing
    finding = _report(results, "annual-report-missing")
    assert finding["status"] == verdict and "2024" in finding["message"]
    late = _report(results, "annual-report-late")
    assert late is None if verdict == "fail" else late["status"] == "pass"  # gone: the presence rule's finding
    assert results["score"] <= plain["score"]
