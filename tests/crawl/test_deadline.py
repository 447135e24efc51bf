"""One deadline (issue 14 item 2): --max-time bounds the whole crawl, in-flight requests,
retries and slow bodies included. Tests assert which deadline ended a request (its recorded
error), never how long the run took; the crawl's clock is injected and moved by the site's
events, so the machine's load decides nothing."""

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
MAX_TIME = 600  # seconds on the crawl's clock, which moves only on the site's events (EventClock)
STALL_LEFT = 5  # time left when the stalled request starts: its socket timeout, in real seconds


class EventClock:
    """The crawl's clock for these tests: it moves only when the test says (`now`), never with
    real time, so a slow machine can delay the pages but never make the deadline come early."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _page(served: threading.Event, body: str):
    def route(method: str, n: int):
        served.set()
        return 200, HTML, body.encode()
    return route


def _drip(started: threading.Event):
    """A body that never ends: a few bytes every 50 ms, each gap far under the read timeout."""
    def route(method: str, n: int):
        def body():
            yield b"<html><body><p>"
            started.set()
            while True:
                time.sleep(0.05)
                yield "慢".encode()
        return 200, HTML, body()
    return route


def _stall(arrived: threading.Event):
    def route(method: str, n: int):
        arrived.set()
        time.sleep(60)  # no status line until long after the crawl's deadline
        return 200, HTML, b"<p>too late</p>"
    return route


def test_a_drip_fed_page_and_a_stalled_one_end_at_the_crawl_deadline(tmp_path: Path, serve):
    # The stalled page is linked from the normal one. The clock stands still while the normal page
    # is fetched (however long that takes), is moved to STALL_LEFT before the deadline once it is
    # served, and past the deadline once the drip and the stall are both in flight.
    root = write_site(tmp_path / "site", {"index.html": html(("/drip.html", "慢页面"), ("/a.html", "正常"))})
    clock, served, dripping, stalled = EventClock(), threading.Event(), threading.Event(), threading.Event()

    def move_the_clock() -> None:
        if served.wait(120):
            clock.now = MAX_TIME - STALL_LEFT
            if dripping.wait(120) and stalled.wait(120):
                clock.now = MAX_TIME + 1
    threading.Thread(target=move_the_clock, daemon=True).start()
    routes = {"/a.html": _page(served, html(("/", "首页"), ("/stall.html", "卡住"))),
              "/drip.html": _drip(dripping), "/stall.html": _stall(stalled)}
    site = serve(root, routes)
    # Per-request limits far beyond the time left when the stall starts: only the crawl's deadline
    # can end these requests, and no normal page can time out by a busy machine.
    settings = CrawlSettings(rate=0, concurrency=3, obey_robots=False, retries=2, timeout=(60.0, 120.0),
                             max_time=MAX_TIME, render="never")
    summary = crawl_site(site.url, tmp_path / "out", settings, clock=clock)
    assert clock.now > MAX_TIME  # the deadline came by the events, not by a timeout
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
