"""Soft 404s, HTML served for files, and broken images in article bodies (issue 8 item 8, model
side): such captures are never pages, columns or documents, links to them are broken, and the
broken-links rule counts body images of any page, not only the homepage's."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from govaudit.crawl import crawl_site
from govaudit.engine import evaluate
from govaudit.crawl.snapshot import Capture
from govaudit.model.builder import _link_outcome, build_site
from govaudit.pipeline import load_rules
from govaudit.settings import CrawlSettings
from tests.model.loopback import HTML, serve

_PROSE = "为进一步做好相关工作，现将有关事项通知如下，请认真贯彻执行。" * 6
_ERROR = ("<html><head><title>页面不存在</title></head><body><div class='content'><h1>404</h1>"
          "<p>抱歉，您访问的页面不存在或已被删除。</p><ul class='list'><li><a href='/'>返回首页</a></li></ul></div></body></html>")


def _article(title: str, extra: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title><meta name='ArticleTitle' content='{title}'></head><body>"
            f"<div class='article'><h1>{title}</h1><p>发布时间：2026-09-01</p><div class='TRS_Editor'><p>{_PROSE}</p>{extra}</div></div>"
            "</body></html>")


PAGES = {
    "/": (200, HTML, "<html><head><title>某县人民政府</title></head><body><a href='/tzgg/'>通知公告</a>"
                     "<img src='/images/logo.png' alt='logo'></body></html>"),
    "/tzgg/": (200, HTML, "<html><head><meta name='ColumnName' content='通知公告'></head><body><ul class='list'>"
                          "<li><a href='/tzgg/a1.html'>关于开展检查的通知</a><span>2026-09-01</span></li>"
                          "<li><a href='/tzgg/gone.html'>关于征求意见的通知</a><span>2026-08-20</span></li>"
                          "<li><a href='/tzgg/a3.html'>关于假期安排的通知</a><span>2026-08-10</span></li></ul></body></html>"),
    "/tzgg/a1.html": (200, HTML, _article("关于开展检查的通知",
                                          "<p><img src='/images/missing.jpg' alt='现场图片'></p><p><img src='/images/ok.png' alt='附图'></p>"
                                          "<p><a href='/files/plan.pdf'>检查方案.pdf</a></p>")),
    # The CMS answers 200 with its error page for a deleted article (the crawl calls it soft_404).
    "/tzgg/gone.html": (200, HTML, _ERROR),
    "/tzgg/a3.html": (200, HTML, _article("关于假期安排的通知", "")),
    "/images/logo.png": (200, "image/png", b"\x89PNG"),
    "/images/ok.png": (200, "image/png", b"\x89PNG"),
    # An HTML page where the PDF should be.
    "/files/plan.pdf": (200, HTML, _ERROR),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("broken")
    with serve(PAGES) as base:
        crawl_site(base, out, CrawlSettings(rate=0, max_pages=50))
    # Stand in for the crawl's own soft-404 verdict, so the model side is tested on its own.
    with sqlite3.connect(out / "snapshot" / "index.sqlite3") as db:
        assert db.execute("UPDATE captures SET outcome = 'soft_404' WHERE url = ?", (base + "tzgg/gone.html",)).rowcount == 1
    return build_site(out), base


def test_error_pages_are_never_pages_columns_or_documents(built):
    site, base = built
    kinds = {p.url.removeprefix(base): (p.kind, p.outcome) for p in site.pages}
    assert kinds["tzgg/gone.html"] == ("error", "soft_404")
    assert kinds["files/plan.pdf"] == ("error", "wrong_type")
    assert {c.url for c in site.columns} == {base + "tzgg/"}
    assert {d.url.removeprefix(base) for d in site.documents} == {"tzgg/a1.html", "tzgg/a3.html"}


def test_links_to_them_are_broken_with_the_reason(built):
    site, base = built
    links = {l.target.removeprefix(base): (l.kind, l.outcome, l.fetch_outcome) for l in site.links}
    assert links["tzgg/gone.html"] == ("page", "broken", "soft_404")
    assert links["files/plan.pdf"] == ("attachment", "broken", "wrong_type")
    assert links["images/missing.jpg"] == ("image", "broken", "not_found")
    assert links["images/ok.png"] == ("image", "ok", None)
    (doc,) = [d for d in site.documents if d.url == base + "tzgg/a1.html"]
    assert [(a.outcome, a.fetch_outcome) for a in doc.attachments] == [("broken", "wrong_type")]


def test_broken_links_rule_counts_body_images_and_soft_404s(built):
    site, base = built
    results = evaluate(site, load_rules(None, None, None), date(2026, 9, 30))
    rule = next(r for r in results["rules"] if r["id"] == "broken-links")
    failing = {r["subject"].removeprefix(base): r["message"] for r in rule["results"] if r["status"] == "fail"}
    assert set(failing) == {"tzgg/gone.html", "images/missing.jpg"}
    assert "页面不存在" in failing["tzgg/gone.html"] and "HTTP 404" in failing["images/missing.jpg"]
    attachments = next(r for r in results["rules"] if r["id"] == "missing-attachments")
    assert [r["subject"] for r in attachments["results"] if r["status"] == "fail"] == [base + "files/plan.pdf"]


@pytest.mark.parametrize(("outcome", "status", "verdict"), [
    ("not_found", 404, "broken"), ("http_error", 500, "broken"), ("http_error", 400, "broken"),
    ("redirect_loop", 302, "broken"), ("soft_404", 200, "broken"),
    # refused or not answered after the fetcher's retries: no verdict (tests/test_link_refusals_end_to_end.py)
    ("http_error", 401, "blocked"), ("http_error", 403, "blocked"), ("http_error", 502, "blocked"),
    ("http_error", 503, "blocked"), ("http_error", 504, "blocked"), ("timeout", None, "blocked"),
    ("unreachable", None, "blocked"), ("tls_error", None, "blocked"), ("blocked", 412, "blocked"),
])
def test_a_link_is_broken_only_when_its_answer_says_the_page_fails(outcome, status, verdict):
    url = "http://site.test/a.html"
    cap = Capture(url=url, final_url=url, method="GET", status=status, outcome=outcome, content_type="text/html",
                  charset=None, fetched_at=None, record=None, parent=None, anchor=None, priority=None, depth=1, error=None)
    assert _link_outcome(cap) == (verdict, status, outcome)
