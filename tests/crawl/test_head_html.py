"""A HEAD check of a file (an attachment, an image) answered by a web page.

Mid-crawl WAFs and rate limiters answer every request with their block page, files included
(安全狗's page, tests/crawl/test_soft404.py SAFEDOG). A HEAD shows only the page's type: before
(9bc7ae1) such a file was 「返回的是网页而不是文件」, a broken attachment, and a WAF that woke up
after 60 pages failed the home page's image links and eight attachments of the demo. The body
is read to tell a block page (not observed) from an error page (broken)."""

from __future__ import annotations

import threading

from govaudit.crawl import fetcher, outcomes, politeness
from govaudit.crawl.job import parse
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import write_site
from tests.crawl.test_soft404 import SAFEDOG

_HTML = {"Content-Type": "text/html; charset=utf-8"}
_ERROR = "<html><head><title>页面不存在 - 某某区人民政府</title></head><body>...</body></html>".encode()


def _page(body: bytes):
    return lambda method, n: (200, _HTML, body)


def _fetch(site, path: str):
    settings = CrawlSettings(rate=0, retries=0)
    result = fetcher.Fetcher(settings, politeness.HostLimiter(0, threading.Event())).fetch(site.url + path.lstrip("/"), "HEAD")
    return result, parse(result, 5, "attachment").result


def test_a_block_page_answered_for_a_file_is_blocked_not_broken(tmp_path, serve):
    site = serve(write_site(tmp_path, {}), {"/attach/a.pdf": _page(SAFEDOG), "/images/red.png": _page(SAFEDOG)})
    for path in ("/attach/a.pdf", "/images/red.png"):
        fetched, parsed = _fetch(site, path)
        assert fetched.outcome == parsed.outcome == outcomes.BLOCKED, path
        assert site.requested(path, "GET") == 1


def test_an_error_page_answered_for_a_file_stays_a_broken_link(tmp_path, serve):
    site = serve(write_site(tmp_path, {}), {"/attach/b.pdf": _page(_ERROR)})
    assert _fetch(site, "/attach/b.pdf")[1].outcome == outcomes.WRONG_TYPE


def test_a_file_is_still_checked_by_head_alone(tmp_path, serve):
    site = serve(write_site(tmp_path, {"attach/c.pdf": b"%PDF-1.4\n%%EOF\n"}))
    assert _fetch(site, "/attach/c.pdf")[1].outcome == outcomes.OK
    assert site.requested("/attach/c.pdf", "HEAD") == 1 and site.requested("/attach/c.pdf", "GET") == 0


def test_a_page_address_checked_by_head_is_not_read(tmp_path, serve):
    """A download handler's address (download.aspx?id=…) answering a web page to HEAD keeps its
    HEAD answer, as before: only a file's address is read for its page."""
    site = serve(write_site(tmp_path, {}), {"/download.aspx": _page(SAFEDOG)})
    assert _fetch(site, "/download.aspx?id=7")[0].method == "HEAD"
    assert site.requested("/download.aspx", "GET") == 0


# 腾讯云 WAF's answer (HTTP 501, a script sending on to its block page; tests/crawl/test_soft404.py CHALLENGES).
_TENCENT = (b'<!DOCTYPE html><html><head><script>var i=location.href;window.location.href="https://waf.tencent.com/'
            b'501page.html?u="+location.origin+"&st=01";</script></head></html>')


def test_a_waf_refusing_a_file_with_an_error_status_is_blocked_not_broken(tmp_path, serve):
    """Before: the ranged GET that follows a HEAD answered 4xx/5xx kept one byte of the answer, so a WAF's
    403/501/503 for a file was judged by its status alone: the sample sites under their waf501 faults
    (tests/sites/server.py Faults, rate 0.08, seed 1) made 69 false broken-link findings on 32 templates."""
    site = serve(write_site(tmp_path, {}), {
        "/images/logo.png": lambda method, n: (501, _HTML, _TENCENT),
        "/attach/d.pdf": lambda method, n: (403, _HTML, SAFEDOG),
        "/attach/gone.pdf": lambda method, n: (403, _HTML, b"<html><body>403 Forbidden</body></html>"),
    })
    for path in ("/images/logo.png", "/attach/d.pdf"):
        fetched, parsed = _fetch(site, path)
        assert (fetched.method, fetched.outcome, parsed.outcome) == ("GET", outcomes.BLOCKED, outcomes.BLOCKED), path
    assert _fetch(site, "/attach/gone.pdf")[0].outcome == outcomes.HTTP_ERROR
