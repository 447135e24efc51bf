"""One deadline (issue 14 item 2): --max-time bounds the whole crawl, in-flight requests,
retries and slow bodies included. Tests assert which deadline ended a request (its recorded
error), never how long the run took."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.crawl.fetcher import OUT_OF_TIME, Fetcher
from govaudit.crawl.politeness import HostLimiter
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _drip(method: str, n: int):
    """A body that never ends: a few bytes every 50 ms, each gap far under the read timeout."""
    def body():
        yield b"<html><body><p>"
        while True:
            time.sleep(0.05)
            yield "慢".encode()
    return 200, HTML, body()


def _stall(method: str, n: int):
    time.sleep(60)  # no status line until long after the crawl's deadline
    return 200, HTML, b"<p>too late</p>"


def test_a_drip_fed_page_and_a_stalled_one_end_at_the_crawl_deadline(tmp_path: Path, serve):
    root = write_site(tmp_path / "site", {
        "index.html": html(("/drip.html", "慢页面"), ("/stall.html", "卡住"), ("/a.html", "正常")),
        "a.html": html(("/", "首页")),
    })
    site = serve(root, {"/drip.html": _drip, "/stall.html": _stall})
    # Per-request limits far beyond --max-time: only the crawl's deadline can end these requests.
    settings = CrawlSettings(rate=0, concurrency=3, obey_robots=False, retries=2, timeout=(10.0, 30.0),
                             max_time=5, render="never")  # time enough for a.html on a busy machine
    summary = crawl_site(site.url, tmp_path / "out", settings)
    assert summary.reason == "max_time" and summary.budget_exhausted
    with SnapshotReader(tmp_path / "out") as reader:
        drip, stall, ok = (reader.get(site.url + p) for p in ("drip.html", "stall.html", "a.html"))
    assert ok.outcome == "ok"
    for capture in (drip, stall):
        assert capture.outcome == "timeout" and capture.error.startswith(OUT_OF_TIME), capture.error
    # The crawl deadline is not retried: one request each.
    assert site.requested("/drip.html") == 1 and site.requested("/stall.html") == 1


def test_no_request_starts_after_the_deadline(tmp_path: Path, serve):
    site = serve(write_site(tmp_path / "site", {"index.html": html()}))
    fetcher = Fetcher(CrawlSettings(rate=0), HostLimiter(0, threading.Event()))
    fetcher.deadline = time.monotonic() - 1
    result = fetcher.fetch(site.url)
    assert result.outcome == "timeout" and result.error.startswith(OUT_OF_TIME) and not site.hits
    fetcher.deadline = None
    assert fetcher.fetch(site.url).outcome == "ok"


def test_the_limiter_takes_no_slot_past_the_deadline():
    limiter = HostLimiter(0.5, threading.Event())  # one request every 2 s
    now = time.monotonic()
    assert limiter.acquire("h", now + 100)
    assert not limiter.acquire("h", now + 1)  # the next slot is 2 s away: past the deadline, not waited for
    assert limiter.acquire("h", None) is True  # no deadline: waits its turn (the slot was not taken)
