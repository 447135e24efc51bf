"""A site dying mid-crawl (circuit breaker), redirect targets fetched once, --insecure, a prompt Ctrl-C."""

from __future__ import annotations

import json
import math
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.crawl.breaker import Breaker, is_host_failure
from govaudit.errors import UserError
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import Reset, html, write_site

N = 30


def _fan(root: Path, n: int = N) -> Path:
    pages = {f"p{i}.html": html(("/", "首页")) for i in range(n)}
    return write_site(root, {"index.html": html(*((f"/p{i}.html", f"第{i}篇") for i in range(n))), **pages})


def test_breaker_opens_probes_recovers_and_gives_up():
    b = Breaker(threshold=2, cooldown=0.0, max_trips=2)
    assert b.record("h", True) is None and b.admit("h")
    assert b.record("h", True) == "opened"
    assert b.admit("h") and not b.admit("h")  # one probe at a time
    assert b.record("h", False) == "closed" and b.paused_until("h") is None
    assert b.record("h", True) is None and b.record("h", True) == "opened"  # recovery reset the count
    assert b.admit("h") and b.record("h", True) == "dead"
    assert not b.admit("h") and b.dead_hosts() == ["h"] and b.report() == {"h": {"state": "dead", "trips": 2}}
    # A gateway with no backend says the host is down; 503 is also what WAFs and busy pages answer.
    assert is_host_failure("http_error", 502) and is_host_failure("timeout", None)
    assert not is_host_failure("http_error", 503) and not is_host_failure("blocked", 503)


def test_a_late_answer_from_before_the_outage_neither_closes_nor_opens_the_breaker():
    # On a busy machine a page answered before the server died can be read after the failures
    # that opened the breaker: it says nothing of recovery (the crawl sent 12 requests to a dead
    # server where 7 is the bound, once, in a loaded full run).
    b = Breaker(threshold=2, cooldown=0.0, max_trips=3)
    assert b.admit("h", "/a") and b.admit("h", "/b") and b.admit("h", "/c")
    assert b.record("h", True, "/b") is None and b.record("h", True, "/c") == "opened"
    assert b.record("h", False, "/a") is None and b.paused_until("h") is not None  # late, not the probe
    assert b.admit("h", "/d") and not b.admit("h", "/e")
    assert b.record("h", False, "/a") is None and b.paused_until("h") == math.inf  # the probe is still out
    assert b.record("h", False, "/d") == "closed" and b.paused_until("h") is None


def test_a_site_dying_mid_crawl_is_given_up_quickly_and_left_for_resume(tmp_path, serve):
    site = serve(_fan(tmp_path / "site"))
    site.die_after = 6  # the server counts: which request is the first after death is not a race

    settings = CrawlSettings(rate=0, concurrency=2, obey_robots=False, retries=0,
                             breaker_failures=3, breaker_cooldown=0.05, breaker_trips=2)
    summary = crawl_site(site.url, tmp_path / "out", settings)
    after_death = len(site.hits) - site.die_after
    # 3 failures open the breaker; at most `concurrency` requests in flight when it opens, plus one
    # started when the third failure gave its slot back (the slot is freed before the failure is
    # recorded); one failed probe.
    assert 3 <= after_death <= 3 + settings.concurrency + 1 + 1
    assert (summary.reason, summary.budget_exhausted) == ("host_down", True)
    with SnapshotReader(tmp_path / "out") as reader:
        meta = reader.meta
        # A dead server's failures are not facts about its pages: none is recorded as broken.
        assert {c.outcome for c in reader.captures()} == {"ok"} and summary.by_outcome == {"ok": summary.fetched}
    assert json.loads(meta["breaker"])[site.url.split("//")[1].rstrip("/")]["state"] == "dead"
    site.die_after, site.down = None, False
    resumed = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, resume=True))
    assert resumed.reason is None and resumed.by_outcome == {"ok": N + 1}


def test_broken_pages_in_a_row_cost_one_pause_not_the_rest_of_the_site(tmp_path, serve):
    def reset(method: str, n: int):
        raise Reset

    bad = [f"/bad{i}.html" for i in range(3)]  # linked first: enough failures in a row to open the breaker
    root = write_site(tmp_path / "site", {
        "index.html": html(*((p, "坏") for p in bad), *((f"/p{i}.html", "好") for i in range(N))),
        **{f"p{i}.html": html() for i in range(N)},
    })
    site = serve(root, {p: reset for p in bad})
    settings = CrawlSettings(rate=0, concurrency=1, obey_robots=False, retries=0, breaker_failures=len(bad),
                             breaker_cooldown=0.05, breaker_trips=2)
    summary = crawl_site(site.url, tmp_path / "out", settings)
    # The probe is a page that had not failed; it answers, so the failed pages are tried once more and recorded.
    assert summary.reason is None and summary.by_outcome == {"ok": N + 1, "unreachable": len(bad)}
    assert all(site.requested(p) == 2 for p in bad)


def test_redirect_target_is_indexed_not_fetched_again(tmp_path, serve):
    root = write_site(tmp_path / "site", {
        "index.html": html(("/old.html", "旧地址"), ("/a.html", "文章")),
        "a.html": html(("/news/", "新闻")),  # found later, deeper: already indexed via the redirect
        "news/index.html": html(("/", "首页")),
    })
    site = serve(root, {"/old.html": lambda m, n: (301, {"Location": "/news/"}, b"")})
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, concurrency=1, obey_robots=False))
    assert site.requested("/news/") == 1
    with SnapshotReader(tmp_path / "out") as reader:
        news, old = reader.get(site.url + "news/"), reader.get(site.url + "old.html")
        assert (news.outcome, news.status, news.parent, news.record) == ("ok", 200, site.url + "old.html", old.record)
        assert reader.body(news) == (root / "news/index.html").read_bytes()


@pytest.fixture(scope="module")
def tls_context(tmp_path_factory) -> ssl.SSLContext:
    """A self-signed certificate for 127.0.0.1 (as on many neglected government servers)."""
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
                   check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


def test_insecure_crawls_a_self_signed_site_and_is_recorded(tmp_path, serve, tls_context):
    site = serve(write_site(tmp_path / "site", {"index.html": html(("/a.html", "文章")), "a.html": html()}),
                 tls=tls_context)
    with pytest.raises(UserError, match="TLS handshake or certificate failed.*--insecure"):
        crawl_site(site.url, tmp_path / "refused", CrawlSettings(rate=0, obey_robots=False))
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, insecure=True))
    with SnapshotReader(tmp_path / "out") as reader:
        assert reader.get(site.url + "a.html").outcome == "ok"
        assert json.loads(reader.meta["settings"])["insecure"] is True
    with open(tmp_path / "out" / "snapshot" / "crawl.warc.gz", "rb") as f:
        warcinfo = next(iter(ArchiveIterator(f))).content_stream().read()
    assert b"tls-verification: off (--insecure)" in warcinfo


_HANGING_CRAWL = """
import sys
from govaudit.crawl import crawl_site
from govaudit.settings import CrawlSettings
crawl_site(sys.argv[1], sys.argv[2], CrawlSettings(rate=0, obey_robots=False, timeout=(10.0, 90.0)))
"""


def test_ctrl_c_does_not_wait_for_a_request_on_the_wire(tmp_path, serve):
    def hang(method: str, n: int):
        time.sleep(120)
        return 200, {}, b""

    site = serve(write_site(tmp_path / "site", {"index.html": html(("/hang.html", "慢"))}), {"/hang.html": hang})
    proc = subprocess.Popen([sys.executable, "-c", _HANGING_CRAWL, site.url, str(tmp_path / "out")],
                            cwd=Path(__file__).parents[2], stderr=subprocess.PIPE)
    try:
        give_up = time.monotonic() + 300  # a bound for a broken crawler: a busy machine may start slowly
        while not site.requested("/hang.html") and time.monotonic() < give_up and proc.poll() is None:
            time.sleep(0.05)
        assert site.requested("/hang.html") == 1
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=45)  # the request would hold the old crawler for 90 s
    finally:
        proc.kill()
    assert b"KeyboardInterrupt" in err
    with SnapshotReader(tmp_path / "out") as reader:
        assert reader.meta["reason"] == "interrupted"
        assert [c.url for c in reader.captures()] == [site.url]
