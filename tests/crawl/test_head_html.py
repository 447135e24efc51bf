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
