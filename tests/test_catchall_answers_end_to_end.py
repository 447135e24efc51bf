"""Answers that are not the page or file a link names, end to end on loopback (probes4): the demo
site audited as a user would, with its missing article, its attachments or its file downloads
answered the way real servers do, against the plain demo's verdicts.

Before (probes of 8b450d8):
- a server answering every unknown address with its home page, status 200 (nginx
  `try_files $uri /index.html`, a CMS routing what it does not know to the portal): the demo's
  missing article (a broken link) was read as a column named 首页 — broken-links **fail → pass**,
  meta-tags **pass → fail** (a "column page" without ColumnDescription);
- attachments served by a handler that answers GET but not HEAD with a 404 (a download servlet
  mapped for GET only): 16 working attachments **failed** (「不可用（HTTP 404）」), though a
  visitor's browser, which asks with GET, downloads every one;
- attachments behind a single sign-on (a 302 to `/login?service=…`, the 统一身份认证 form, or the
  form served at the file's address): 16 attachments **failed** as 「返回的是网页而不是文件」, though
  the crawler was refused, not shown a broken link.
The login page is dswork's SSO page (tests/test_redirect_home_login_end_to_end.py, LOGIN)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.content_news import BROKEN_LINK_TARGET
from tests.crawl.sitekit import Route, start_site, stop_site
from tests.test_redirect_home_login_end_to_end import LOGIN
from tests.test_waf_end_to_end import _audit, _rule, _subject, demo, plain  # noqa: F401 (fixtures)

HTML = {"Content-Type": "text/html; charset=utf-8"}
MISSING_PDF = "/attach/2026/bailu-gsgg-missing.pdf"  # the demo's planted missing attachment


def _files(root: Path, answer) -> dict[str, Route]:
    """Routes answering `answer(method, path, body)` for every PDF of `root` (the missing one left a 404)."""
    return {(path := "/" + p.relative_to(root).as_posix()): (lambda path, body: lambda method, n: answer(method, path, body))(
        path, p.read_bytes()) for p in root.rglob("*.pdf")}


def _attachments(results: dict) -> dict[str, str]:
    return {urlsplit(f["subject"]).path: f["status"] for f in _rule(results, "missing-attachments")["results"]
            if f["subject"].startswith("http")}


def test_the_home_page_served_for_a_missing_article_is_not_that_article(demo, plain, tmp_path):
    home = (demo / "index.html").read_bytes()
    results = _audit(demo, tmp_path / "out", {BROKEN_LINK_TARGET: lambda method, n: (200, HTML, home)})
    assert _subject(plain, "broken-links", BROKEN_LINK_TARGET) == "fail"
    assert _subject(results, "broken-links", BROKEN_LINK_TARGET) == "incomplete"
    finding = next(f for f in _rule(results, "broken-links")["results"] if f["subject"].endswith(BROKEN_LINK_TARGET))
    assert "首页的内容" in finding["message"]
    # no column was read at the article's address: every other verdict is the plain demo's
    statuses = {r["id"]: r["status"] for r in results["rules"] if r["id"] != "broken-links"}
    assert statuses == {r["id"]: r["status"] for r in plain["rules"] if r["id"] != "broken-links"}
    assert not any(f["subject"].endswith(BROKEN_LINK_TARGET) for rule in results["rules"] if rule["id"] != "broken-links"
                   for f in rule["results"])
    assert "首页的内容" in results["coverage"]["notes"][0]


def test_files_whose_head_is_refused_with_a_404_are_judged_by_their_get(demo, plain, tmp_path):
    pdf = {"Content-Type": "application/pdf"}
    routes = _files(demo, lambda method, path, body: (404, HTML, b"") if method == "HEAD" else (200, pdf, body))
    results = _audit(demo, tmp_path / "out", routes)
    assert _attachments(plain) == _attachments(results) == {MISSING_PDF: "fail"}
    assert _rule(results, "missing-attachments")["summary"] == _rule(plain, "missing-attachments")["summary"]


@pytest.mark.parametrize("how", ["302 to /login?service=", "the login form at the file's address"])
def test_files_behind_a_login_are_not_observed_not_broken(demo, plain, tmp_path, how):
    def answer(method: str, path: str, body: bytes):
        if how.startswith("302"):
            return 302, {"Location": f"/login?service={path}"}, b""
        return 200, HTML, LOGIN
    routes = {**_files(demo, answer), "/login": lambda method, n: (200, HTML, LOGIN)}
    results = _audit(demo, tmp_path / "out", routes)
    statuses = _attachments(results)
    assert statuses.pop(MISSING_PDF) == "fail"  # a 404: still broken
    assert len(statuses) == 16 and set(statuses.values()) == {"incomplete"}
    assert all("登录" in f["message"] for f in _rule(results, "missing-attachments")["results"] if f["status"] == "incomplete")


def test_a_resumed_crawl_still_knows_the_home_page_served_for_a_missing_article(demo, plain, tmp_path):
    # the home page's digest is kept with the crawl (meta "home_bodies"): a crawl stopped after
    # 3 pages and resumed judges the missing article as one never stopped does
    home = (demo / "index.html").read_bytes()
    site = start_site(demo, {BROKEN_LINK_TARGET: lambda method, n: (200, HTML, home)})
    out, runner = tmp_path / "out", CliRunner()
    try:
        for where, pages in (([site.url, "--out", str(out)], "3"), (["--resume", str(out)], "1000")):
            result = runner.invoke(main, ["audit", *where, "--as-of", DEMO_AS_OF.isoformat(), "--rate", "0", "--max-pages", pages])
            assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    finally:
        stop_site(site)
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert _subject(results, "broken-links", BROKEN_LINK_TARGET) == "incomplete"
    assert [(r["id"], r["status"]) for r in results["rules"] if r["id"] != "broken-links"] == \
        [(r["id"], r["status"]) for r in plain["rules"] if r["id"] != "broken-links"]
