"""One fault-injected loopback site crawled end to end: every fault classified, nothing out of bounds.

The site answers with latency, 500/503/429 (with Retry-After), TCP resets before and
during a response, slow bodies (one that completes, one that stalls, one that never
ends), a redirect loop, two endless calendars (one disallowed by robots.txt), an
oversized body with and without Content-Length, a gzip bomb, and GBK pages whose
Content-Type charset is wrong or missing. It also links to another host (never in
scope) and to an allowed host that refuses connections. Single faults are tested
in depth elsewhere (test_crawl_site, test_crawl_limits); here they all meet in one crawl.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from govaudit import pipeline
from govaudit.crawl import CrawlSummary, SnapshotReader, crawl_site, crawler, fetcher, politeness
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import ReadClock, Reset, Site, html, start_site, stop_site, write_site
from tests.netkit import ClosedPort

CAP = 64_000  # max_body_bytes
CALENDAR_URLS = 5  # max_calendar_urls
READ_TIMEOUT = 2.0  # settings.timeout's read timeout: the basis of the body time limit, on a virtual clock
BODY_TIME_FACTOR = 2  # a body may take 2 read timeouts (4 s) in all, measured on a virtual clock:
READ_STEP = 0.25  # each read of a body takes 0.25 virtual seconds, so the 17th read ends a body
# The sockets' own timeouts are real time: every page gets one no load reaches, and only the stalled
# route, which never answers while the crawl runs, a short read timeout (Fetcher(socket_timeouts=…)).
PAGE_SOCKET = (60.0, 60.0)
STALL_SOCKET = (60.0, 0.5)


def socket_timeouts(url: str) -> tuple[float, float]:
    return STALL_SOCKET if url.endswith("/slow-stall.html") else PAGE_SOCKET
STALL = threading.Event()  # a stalled route answers only when the test is over
RETRIES = 2
HTML = {"Content-Type": "text/html; charset=utf-8"}

GBK_TEXT = "关于做好政府信息公开工作的通知。各街道办事处、区直各部门：现将有关事项通知如下，请认真贯彻执行。" * 4


def _gbk_page(title: str, meta: str) -> bytes:
    return (f"<html><head>{meta}<title>{title}</title></head>"
            f"<body><h1>{title}</h1><p>{GBK_TEXT}</p><a href=\"/\">首页</a></body></html>").encode("gbk")


GBK_META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
GBK_PAGES = {  # path -> (Content-Type sent, body)
    "/gbk-wrong-header.html": ("text/html; charset=utf-8", _gbk_page("错误的字符集头", GBK_META)),
    "/gbk-latin-header.html": ("text/html; charset=ISO-8859-1", _gbk_page("西文字符集头", GBK_META)),
    "/gbk-no-charset.html": ("text/html", _gbk_page("没有字符集", "")),
    "/gbk-no-header.html": (None, _gbk_page("没有类型头", GBK_META)),
}


def _status(status: int, retry_after: str | None = None, recover_after: int | None = None):
    """Answer `status` (with Retry-After) until request number `recover_after`, then a page."""
    def route(method: str, n: int):
        if recover_after is not None and n > recover_after:
            return 200, HTML, html(("/", "首页"), title="恢复").encode()
        headers = {"Content-Type": "text/plain", **({"Retry-After": retry_after} if retry_after else {})}
        return status, headers, b"try again later"
    return route


def _reset(method: str, n: int):
    raise Reset


def _reset_mid_body(method: str, n: int):
    def body():
        yield b"<html><body>" + "部分内容".encode() * 200
        raise Reset
    return 200, {**HTML, "Content-Length": str(CAP - 1)}, body()


def _drip(chunks: int | None):
    """A body sent in `chunks` pieces (None: endless). The crawl's ReadClock makes each read a
    step of virtual time; the real pause between pieces is only there to keep them apart (a read
    that takes several pieces at once counts one step, which only favours the complete body), and
    bounds what an endless body can send before its 17th read (30 bytes per 10 ms, far under CAP)."""
    def route(method: str, n: int):
        def body():
            yield b"<html><body><p>"
            for _ in range(chunks) if chunks is not None else itertools.count():
                time.sleep(0.01)
                yield "慢".encode() * 10
            yield b"</p><a href=\"/\">home</a></body></html>"
        return 200, HTML, body()
    return route


def _stall(method: str, n: int):
    STALL.wait(120)  # no status line before the client's read timeout (STALL_SOCKET), whatever the load
    return 200, HTML, b"<p>too late</p>"


def _calendar(prefix: str):
    """An endless calendar: each day links to the next day, the same day next year, and the private calendar."""
    days = itertools.count(1)

    def route(method: str, n: int):
        day = date(2024, 1, 1) + timedelta(days=next(days))
        links = [(f"{prefix}?date={day}", "下一天"), (f"{prefix}?date={day + timedelta(days=366)}", "明年"),
                 (f"/cal-private/?date={day}", "内部日程")]
        return 200, HTML, html(*links, title=f"日历 {day}").encode()
    return route


BOMB = gzip.compress(b"<html><body>" + b"0" * (CAP * 200))  # ~13 MB inflated from ~13 kB


def _gbk(content_type: str | None, body: bytes):
    return lambda method, n: (200, {"Content-Type": content_type} if content_type else {}, body)


ROUTES = {
    "/e500.html": _status(500),
    "/e503-retry-after.html": _status(503, retry_after="1", recover_after=1),
    "/e503-always.html": _status(503, retry_after="0"),
    "/e429.html": _status(429, retry_after="0"),
    "/reset.html": _reset,
    "/reset-mid-body.html": _reset_mid_body,
    "/slow-ok.html": _drip(chunks=10),  # at most 12 reads: 3 virtual seconds, over one read timeout
    "/slow-never-ends.html": _drip(chunks=None),
    "/slow-stall.html": _stall,
    "/loop-a": lambda m, n: (302, {"Location": "/loop-b"}, b""),
    "/loop-b": lambda m, n: (302, {"Location": "/loop-a?x=1"}, b""),
    "/big.html": lambda m, n: (200, {**HTML, "Content-Length": str(CAP * 4)}, b"x" * (CAP * 4)),
    "/big-streamed.html": lambda m, n: (200, HTML, (b"x" * 8192 for _ in range(CAP // 4096))),
    "/bomb.html": lambda m, n: (200, {**HTML, "Content-Encoding": "gzip"}, BOMB),
    "/cal": _calendar("/cal"),
    **{path: _gbk(ctype, body) for path, (ctype, body) in GBK_PAGES.items()},
}

# (outcome, final status, requests the server saw) per path; retried faults cost RETRIES + 1 requests.
ATTEMPTS = RETRIES + 1
EXPECTED = {
    "/": ("ok", 200, 1),
    "/zwgk/": ("ok", 200, 1),
    "/zwgk/202401/t20240115_1.html": ("ok", 200, 1),
    "/e500.html": ("http_error", 500, ATTEMPTS),
    "/e503-retry-after.html": ("ok", 200, 2),
    "/e503-always.html": ("http_error", 503, ATTEMPTS),
    "/e429.html": ("blocked", 429, ATTEMPTS),  # still refused after its retries: the crawler is refused, not a broken page
    "/reset.html": ("unreachable", None, ATTEMPTS),
    "/reset-mid-body.html": ("unreachable", None, ATTEMPTS),
    "/slow-ok.html": ("ok", 200, 1),
    "/slow-never-ends.html": ("timeout", None, ATTEMPTS),
    "/slow-stall.html": ("timeout", None, ATTEMPTS),
    "/loop-a": ("redirect_loop", 302, None),  # /loop-a and /loop-b alternate: counted together below
    "/loop-a?x=1": ("redirect_loop", 302, None),  # where the loop was detected: indexed with /loop-a's fetch
    "/missing.html": ("not_found", 404, 1),
    "/big.html": ("too_large", 200, 1),
    "/big-streamed.html": ("too_large", 200, 1),
    "/bomb.html": ("too_large", 200, 1),
    "/private/secret.html": ("robots_disallowed", None, 0),
    **{path: ("ok", 200, 1) for path in GBK_PAGES},
}


@dataclass
class Crawled:
    summary: CrawlSummary
    out: Path
    site: Site
    offsite: Site
    refused: str  # base URL of an allowed host where nothing listens


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    offsite = start_site(write_site(tmp_path_factory.mktemp("offsite"), {"x.html": html()}))
    root = write_site(tmp_path_factory.mktemp("site"), {
        "robots.txt": "User-agent: *\nDisallow: /private/\nDisallow: /cal-private/\n",
        "zwgk/index.html": html(("/zwgk/202401/t20240115_1.html", "关于公开的通知"), ("/", "首页")),
        "zwgk/202401/t20240115_1.html": html(("/zwgk/", "返回")),
        "private/secret.html": html(),
    })
    STALL.clear()
    site = start_site(root, ROUTES)
    site.latency = 0.01
    port = ClosedPort()  # held until the end: no server started meanwhile can take it
    refused = f"http://127.0.0.1:{port.port}/"
    normal = ("/", "/zwgk/", "/zwgk/202401/t20240115_1.html")
    faults = [(path, path) for path in EXPECTED if path not in normal and "?" not in path]
    write_site(root, {"index.html": html(
        ("/zwgk/", "政务公开"), *faults, ("/cal?date=2024-01-01", "日历"), ("/cal-private/?date=2024-01-01", "内部日历"),
        (offsite.url + "x.html", "外站"), (refused + "down.html", "拒绝连接"), title="故障注入测试站")})
    settings = CrawlSettings(rate=0, concurrency=2, retries=RETRIES, timeout=(2.0, READ_TIMEOUT), max_body_bytes=CAP,
                             max_calendar_urls=CALENDAR_URLS, allow_hosts=(refused.split("//")[1].rstrip("/"),))
    out = tmp_path_factory.mktemp("out")
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(politeness, "BACKOFF_BASE", 0.01)  # backoff is tested in test_crawl_limits; keep it short
            mp.setattr(fetcher, "BODY_TIME_FACTOR", BODY_TIME_FACTOR)
            mp.setattr(crawler, "Fetcher", functools.partial(fetcher.Fetcher, body_clock=ReadClock(READ_STEP),
                                                             socket_timeouts=socket_timeouts))
            summary = crawl_site(site.url, out, settings)
        yield Crawled(summary, out, site, offsite, refused)
    finally:
        STALL.set()
        port.close()
        stop_site(site)
        stop_site(offsite)


@pytest.fixture(scope="module")
def captures(crawled):
    with SnapshotReader(crawled.out) as reader:
        return {c.url: c for c in reader.captures()}


def _path(crawled: Crawled, url: str) -> str:
    return "/" + url.removeprefix(crawled.site.url)


def test_the_crawl_finishes_without_crash_or_budget_stop(crawled):
    summary = crawled.summary
    assert (summary.reason, summary.budget_exhausted) == (None, False)
    assert summary.fetched == sum(n for k, n in summary.by_outcome.items() if k != "robots_disallowed")


def test_every_fault_is_classified_exactly(crawled, captures):
    site = crawled.site
    on_site = {_path(crawled, u): (c.outcome, c.status) for u, c in captures.items()
               if u.startswith(site.url) and c.priority != "robots"}
    calendar = {p: v for p, v in on_site.items() if p.startswith(("/cal?", "/cal-private/"))}
    assert {p: v for p, v in on_site.items() if p not in calendar} == {
        path: (outcome, status) for path, (outcome, status, _) in EXPECTED.items()}
    loop = captures[site.url + "loop-a"]
    assert "redirect loop" in loop.error and loop.final_url == site.url + "loop-a?x=1"
    for path in ("/reset.html", "/reset-mid-body.html"):
        assert "reset" in captures[site.url + path.lstrip("/")].error
    # The endless body was ended by the body time limit, the stall by the socket's read timeout.
    assert f"body not complete after {READ_TIMEOUT * BODY_TIME_FACTOR:.0f} s" in captures[
        site.url + "slow-never-ends.html"].error
    assert "Read timed out" in captures[site.url + "slow-stall.html"].error
    refused = captures[crawled.refused + "down.html"]
    assert (refused.outcome, refused.status) == ("unreachable", None) and "refused" in refused.error
    assert captures[crawled.refused + "robots.txt"].outcome == "unreachable"  # then everything is allowed
    assert set(captures) == {*(site.url + p.lstrip("/") for p in on_site), site.url + "robots.txt",
                             crawled.refused + "down.html", crawled.refused + "robots.txt"}


def test_server_side_request_counts(crawled):
    site = crawled.site
    for path, (_, _, requests_) in EXPECTED.items():
        if requests_ is not None:
            assert site.requested(path) == requests_, path
    assert site.requested("/loop-a") + site.requested("/loop-b") == 3  # /loop-a, /loop-b, /loop-a?x=1: stop
    hits = Counter(h.path for h in site.hits)
    asked = {p.split("?")[0] for p, (_, _, n) in EXPECTED.items() if n != 0}
    assert set(hits) == asked | {"/robots.txt", "/loop-b", "/cal"}


def test_nothing_fetched_outside_scope_or_against_robots(crawled, captures):
    site = crawled.site
    assert crawled.offsite.hits == []
    assert not any(h.path.startswith(("/private/", "/cal-private/")) for h in site.hits)
    assert all(c.record is None for c in captures.values() if c.outcome == "robots_disallowed")
    assert site.requested("/robots.txt") == 1


def test_retry_after_paused_the_host(crawled):
    hits = [h.at for h in crawled.site.hits if h.path == "/e503-retry-after.html"]
    assert hits[1] - hits[0] >= 0.9


def test_calendar_traps_are_cut_off_and_recorded(crawled, captures):
    site = crawled.site
    open_days = [c for u, c in captures.items() if u.startswith(site.url + "cal?")]
    private_days = [c for u, c in captures.items() if u.startswith(site.url + "cal-private/")]
    assert len(open_days) == CALENDAR_URLS and {c.outcome for c in open_days} == {"ok"}
    assert site.requested("/cal") == CALENDAR_URLS
    # The disallowed calendar is never requested; its first URLs are recorded as disallowed, the rest cut off.
    assert len(private_days) == CALENDAR_URLS and {c.outcome for c in private_days} == {"robots_disallowed"}
    db = sqlite3.connect(crawled.out / "snapshot" / "index.sqlite3")
    try:
        cut = db.execute("SELECT reason, pattern, COUNT(*) FROM cutoffs GROUP BY reason, pattern").fetchall()
    finally:
        db.close()
    host = site.url.split("//")[1].rstrip("/")
    patterns = {pattern: n for reason, pattern, n in cut if reason == "calendar"}
    assert set(patterns) == {f"{host}/cal?date", f"{host}/cal-private/?date"}
    assert all(n >= 1 for n in patterns.values())
    assert crawled.summary.cutoffs == {"calendar": sum(patterns.values())}


def test_gbk_pages_are_decoded_whatever_the_header_says(crawled, captures):
    with SnapshotReader(crawled.out) as reader:
        for path, (_, body) in GBK_PAGES.items():
            capture = captures[crawled.site.url + path.lstrip("/")]
            assert capture.charset == "gb18030", path
            assert reader.body(capture) == body  # archived as received
    notes = {p: captures[crawled.site.url + p.lstrip("/")].charset_note for p in GBK_PAGES}
    assert notes == {
        "/gbk-wrong-header.html": "charset mismatch: Content-Type says utf-8, the page itself gb18030; "
                                  "decoded as gb18030",
        "/gbk-latin-header.html": "charset mismatch: Content-Type says windows-1252, the page itself gb18030; "
                                  "decoded as gb18030",
        "/gbk-no-charset.html": None,  # nothing declared: detected
        "/gbk-no-header.html": None,  # the <meta> alone
    }
    site = pipeline.build(crawled.out)
    titles = {p.url: p.title for p in site.pages}
    assert titles[crawled.site.url + "gbk-wrong-header.html"] == "错误的字符集头"
    assert titles[crawled.site.url + "gbk-latin-header.html"] == "西文字符集头"
    assert titles[crawled.site.url + "gbk-no-charset.html"] == "没有字符集"


def test_oversized_bodies_are_not_downloaded_past_the_cap(crawled, captures):
    with SnapshotReader(crawled.out) as reader:
        for path in ("/big.html", "/big-streamed.html", "/bomb.html"):
            capture = captures[crawled.site.url + path.lstrip("/")]
            assert reader.body(capture) is None and "larger than" in capture.error, path


def test_real_time_ends_an_endless_body(tmp_path, serve, monkeypatch):
    """The one smoke test on the real clock: a body that never ends, each piece far within the
    read timeout, is cut by the body time limit (2 s here) and classified as a timeout."""
    monkeypatch.setattr(fetcher, "BODY_TIME_FACTOR", 2)
    site = serve(write_site(tmp_path, {}), {"/drip.html": _drip(chunks=None)})
    settings = CrawlSettings(rate=0, retries=0, timeout=(2.0, 1.0))
    result = fetcher.Fetcher(settings, politeness.HostLimiter(0, threading.Event())).fetch(site.url + "drip.html")
    # Either real-time limit may end it on a busy machine (a piece held back over 1 s); both are timeouts.
    assert result.outcome == "timeout" and result.error.startswith("the server did not answer in time"), result.error
    assert site.requested("/drip.html") == 1


@pytest.mark.parametrize(("step", "outcome"), [(0.5, "ok"), (5.0, "timeout")])
def test_a_body_ends_by_its_reads_on_the_injected_clock(tmp_path, serve, monkeypatch, step, outcome):
    """Five pieces at most (head, 3 pieces, tail), each read `step` virtual seconds, against a
    limit of 2 read timeouts (4 s): 2.5 s completes; one 5 s read ends it, though the real
    body takes a few milliseconds. Fewer, larger reads only make the body quicker."""
    monkeypatch.setattr(fetcher, "BODY_TIME_FACTOR", 2)
    site = serve(write_site(tmp_path, {}), {"/drip.html": _drip(chunks=3)})
    settings = CrawlSettings(rate=0, retries=0, timeout=(2.0, 2.0))
    limiter = politeness.HostLimiter(0, threading.Event())
    result = fetcher.Fetcher(settings, limiter, body_clock=ReadClock(step),
                             socket_timeouts=socket_timeouts).fetch(site.url + "drip.html")
    assert result.outcome == outcome, result.error
    if outcome == "timeout":
        assert "body not complete after 4 s" in result.error
