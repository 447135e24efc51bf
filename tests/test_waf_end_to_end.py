"""A WAF, a rate limiter or a cookie challenge answering for part of a site is not the site's page,
end to end on loopback: the demo site with one column (its list and its documents) served that
answer, audited as a user would, against the plain demo's verdict.

Before (probes of 91f8cd1): a 安全狗 block page at status 200 for 通知公告 read as a page of the
site, the stale column vanished and notice-column-stale passed (80 → 82); a cookie challenge for
行政规范性文件 made every normative rule 不适用 and raised the score 80 → 85; a 429 for 年报 was a
broken link on the home page, and the report rules said 不适用 for reports nobody saw; with five
columns blocked, normative-doc-cleanup failed (未找到) though the notices holding it were never seen.
The block-page texts are real (sources in tests/crawl/test_soft404.py, CHALLENGES)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.sitegen import generate_site
from tests.crawl.sitekit import Route, start_site, stop_site
from tests.crawl.test_soft404 import SAFEDOG

COOKIE = (b"<html><body><script>document.cookie=('wzws_cid')+'='+('5f2c1a9b')+';path=/';"
          b"location.href=location.pathname+location.search</script></body></html>")
TOO_MANY = "<html><body><p>对不起，您访问过于频繁，请稍后再试。</p></body></html>".encode()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    generate_site(root)
    return root


def _answer(status: int, body: bytes) -> Route:
    return lambda method, n: (status, {"Content-Type": "text/html; charset=utf-8"}, body)


def _column(root: Path, folder: str, status: int, body: bytes, *, index_only: bool = False) -> dict[str, Route]:
    """Routes answering `status`/`body` for the column at /`folder`/ (its list page) and, unless
    `index_only`, every page under it."""
    routes = {f"/{folder}/": _answer(status, body)}
    if not index_only:
        for page in (root / folder).rglob("*.html"):
            routes["/" + page.relative_to(root).as_posix()] = _answer(status, body)
    return routes


def _audit(root: Path, out: Path, routes: dict[str, Route] | None = None) -> dict:
    site = start_site(root, routes)
    try:
        result = CliRunner().invoke(main, ["audit", site.url, "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(),
                                           "--rate", "0"])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return json.loads((out / "results.json").read_text(encoding="utf-8"))
    finally:
        stop_site(site)


def _rule(results: dict, rule: str) -> dict:
    return next(r for r in results["rules"] if r["id"] == rule)


def _subject(results: dict, rule: str, path: str) -> str:
    return next(f["status"] for f in _rule(results, rule)["results"] if f["subject"].endswith(path))


@pytest.fixture(scope="module")
def plain(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return _audit(demo, tmp_path_factory.mktemp("plain"))


@pytest.mark.parametrize("status", [200, 403])
def test_a_waf_block_page_for_a_column_leaves_it_unobserved(demo, plain, tmp_path, status):
    results = _audit(demo, tmp_path / "out", _column(demo, "zwgk/tzgg", status, SAFEDOG))
    assert _subject(plain, "notice-column-stale", "/zwgk/tzgg/") == "fail"
    assert _subject(results, "notice-column-stale", "/zwgk/tzgg/") == "incomplete"
    assert _subject(results, "broken-links", "/zwgk/tzgg/") == "incomplete"  # blocked, not broken
    assert _rule(results, "homepage-broken-links")["status"] != "fail"
    assert results["score"] <= plain["score"]


def test_a_cookie_challenge_for_the_normative_documents_never_makes_their_rules_not_applicable(demo, plain, tmp_path):
    results = _audit(demo, tmp_path / "out", _column(demo, "zwgk/gfxwj", 200, COOKIE))
    for rule in ("normative-doc-metadata", "normative-doc-validity", "interpretation-missing"):
        assert _rule(plain, rule)["status"] == "fail"
        assert _rule(results, rule)["status"] == "incomplete", rule
    assert results["score"] <= plain["score"]


@pytest.mark.parametrize("status", [200, 429])
def test_a_rate_limited_report_column_leaves_every_report_rule_undecided(demo, plain, tmp_path, status):
    results = _audit(demo, tmp_path / "out", _column(demo, "zwgk/nb", status, TOO_MANY))
    for rule in ("annual-report-missing", "annual-report-late", "annual-report-structure", "annual-report-tables"):
        assert _rule(plain, rule)["status"] != "not_applicable"
        assert _rule(results, rule)["status"] == "incomplete", rule
    assert _rule(results, "homepage-broken-links")["status"] != "fail"


def test_columns_not_observed_keep_an_absence_undecided(demo, plain, tmp_path):
    routes: dict[str, Route] = {}
    for folder in ("zwgk/tzgg", "zwgk/gsgg", "zwgk/rsxx", "xwzx/bmdt", "zwgk/ghjh"):
        routes.update(_column(demo, folder, 200, SAFEDOG, index_only=True))
    results = _audit(demo, tmp_path / "out", routes)
    assert _rule(plain, "normative-doc-cleanup")["status"] == "pass"
    assert _rule(results, "normative-doc-cleanup")["status"] == "incomplete"
    assert results["verdict"]["code"] == "incomplete" and results["grade"] != "合格"


def test_a_rate_limited_later_list_page_is_a_page_of_its_column_not_a_column(demo, plain, tmp_path):
    # Rate limits bite later in a crawl: page 2 of 区域要闻 answered by the block page. It was a
    # "column not observed" of its own (other-column-stale and empty-columns undecided for a
    # column that does not exist); it is the list's page not observed.
    results = _audit(demo, tmp_path / "out", {"/xwzx/qyyw/index_1.html": _answer(200, SAFEDOG)})
    statuses = {r["id"]: r["status"] for r in results["rules"]}
    assert statuses.pop("broken-links") == "fail" and _subject(results, "broken-links", "/xwzx/qyyw/index_1.html") == "incomplete"
    assert statuses == {r["id"]: r["status"] for r in plain["rules"] if r["id"] != "broken-links"}
    model = json.loads((tmp_path / "out" / "site.json").read_text(encoding="utf-8"))
    (column,) = [c for c in model["columns"] if c["url"].endswith("/xwzx/qyyw/")]
    assert column["pages_unobserved"] == 1 and "未能打开" in column["note"]


def _files(root: Path, pattern: str, body: bytes) -> dict[str, Route]:
    """Routes answering the block page `body` (status 200) for every file of `root` matching `pattern`."""
    return {"/" + p.relative_to(root).as_posix(): _answer(200, body) for p in root.rglob(pattern)}


def test_a_waf_answering_for_files_leaves_attachments_and_images_undecided(demo, plain, tmp_path):
    # probes3: a WAF that wakes mid-crawl answers the files checked by HEAD too. The type alone
    # (text/html) made every one 「返回的是网页而不是文件」: the home page's image and eight
    # attachments failed, homepage-broken-links pass → fail.
    routes = {**_files(demo, "*.pdf", SAFEDOG), **_files(demo, "*.png", SAFEDOG)}
    results = _audit(demo, tmp_path / "out", routes)
    assert _rule(plain, "homepage-broken-links")["status"] == "pass"
    assert _rule(results, "homepage-broken-links")["status"] == "incomplete"
    blocked = [f for f in _rule(results, "missing-attachments")["results"] if f["status"] == "incomplete"]
    assert len(blocked) >= 8 and all("拦截" in f["message"] for f in blocked)
    # the planted attachment that is not there at all still fails (404, not a page)
    failed = [{urlsplit(f["subject"]).path for f in _rule(r, "missing-attachments")["results"] if f["status"] == "fail"}
              for r in (plain, results)]
    assert failed[0] == failed[1] == {"/attach/2026/bailu-gsgg-missing.pdf"}


def test_blocked_interpretations_leave_the_interpretation_rules_undecided(demo, plain, tmp_path):
    # probes3: the 政策解读 list read, its articles answered by the WAF. The 解读 pages are the
    # subjects of interpretation-not-linked and -late: with none read both said 不适用.
    routes = _column(demo, "zwgk/zcjd", 200, SAFEDOG)
    for list_page in ("/zwgk/zcjd/", "/zwgk/zcjd/index.html"):
        routes.pop(list_page)
    results = _audit(demo, tmp_path / "out", routes)
    for rule in ("interpretation-not-linked", "interpretation-late"):
        assert _rule(plain, rule)["status"] in ("pass", "fail")
        assert _rule(results, rule)["status"] == "incomplete", rule


def test_blocked_documents_leave_the_attachment_rule_undecided(demo, plain, tmp_path):
    # probes3: every article answered by the WAF: no attachment link was seen, and
    # missing-attachments said 不适用 (no subject) for attachments it never looked for.
    results = _audit(demo, tmp_path / "out", _files(demo, "t2*.html", SAFEDOG))
    assert _rule(plain, "missing-attachments")["status"] == "fail"
    assert _rule(results, "missing-attachments")["status"] == "incomplete"
    # and the summary says the crawl was refused, not only "144 pages fetched, budget not used up"
    assert not plain["coverage"]["notes"]
    (note,) = results["coverage"]["notes"]
    assert "未能读取" in note and "被防火墙（WAF）拦截" in note


def test_a_site_whose_pages_were_mostly_refused_gets_no_grade(demo, plain, tmp_path):
    # probes3: a rate limiter that set in after the columns' lists: every list read, every
    # article refused (访问过于频繁, status 200). The rules judged what was seen and the site was
    # graded 合格 66 on half its pages; the share of pages read counts as the columns' share does.
    kept = ("/zwgk/gfxwj/", "/zwgk/zcjd/", "/zwgk/nb/")  # the documents the rules read came first
    routes = {path: route for path, route in _files(demo, "t2*.html", TOO_MANY).items() if not path.startswith(kept)}
    results = _audit(demo, tmp_path / "out", routes)
    assert plain["verdict"]["code"] == "graded"
    assert results["verdict"]["code"] == "incomplete" and results["grade"] == "评估不完整"
    assert "pages_not_read" in [r["code"] for r in results["verdict"]["reasons"]]
