"""Budgets, politeness, user errors, interruption and damaged snapshots."""

from __future__ import annotations

import gzip
import time

import pytest

from govaudit.crawl import SnapshotReader, crawl_site, politeness
from govaudit.errors import UserError
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site
from tests.netkit import ClosedPort

FAST = CrawlSettings(rate=0, concurrency=2, obey_robots=False)


def _fan_site(root, n: int):
    """A home page linking to n leaf pages."""
    pages = {f"p{i}.html": html(("/", "首页")) for i in range(n)}
    return write_site(root, {"index.html": html(*((f"/p{i}.html", f"第{i}篇") for i in range(n))), **pages})


def _urls(out):
    with SnapshotReader(out) as reader:
        return {c.url: c for c in reader.captures()}


def test_obey_robots_false_overrides_robots_txt(tmp_path, serve):
    root = write_site(tmp_path / "site", {
        "robots.txt": "User-agent: *\nDisallow: /\n",
        "index.html": html(("/private/secret.html", "内部")),
        "private/secret.html": html(),
    })
    site = serve(root)
    crawl_site(site.url, tmp_path / "out", FAST)
    assert _urls(tmp_path / "out")[site.url + "private/secret.html"].outcome == "ok"
    assert site.requested("/robots.txt") == 0
    with SnapshotReader(tmp_path / "out") as reader:
        assert '"obey_robots": false' in reader.meta["settings"]


def test_robots_disallow_all_blocks_even_the_home_page(tmp_path, serve):
    site = serve(write_site(tmp_path / "site", {"robots.txt": "User-agent: *\nDisallow: /\n", "index.html": html()}))
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0))
    assert summary.by_outcome == {"robots_disallowed": 1} and summary.fetched == 0
    assert site.requested("/") == 0


def test_max_pages_stops_with_budget_exhausted(tmp_path, serve):
    site = serve(_fan_site(tmp_path / "site", 10))
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, max_pages=3))
    assert (summary.fetched, summary.budget_exhausted, summary.reason) == (3, True, "max_pages")
    assert len(site.hits) == 3 and len(_urls(tmp_path / "out")) == 3
    with SnapshotReader(tmp_path / "out") as reader:
        assert (reader.meta["budget_exhausted"], reader.meta["reason"]) == ("true", "max_pages")


def test_max_depth_limits_the_crawl(tmp_path, serve):
    root = write_site(tmp_path / "site", {
        "index.html": html(("/a.html", "a")), "a.html": html(("/b.html", "b")), "b.html": html(("/c.html", "c")),
    })
    site = serve(root)
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, max_depth=1))
    assert set(_urls(tmp_path / "out")) == {site.url, site.url + "a.html"}
    assert (summary.budget_exhausted, summary.reason) == (True, "max_depth")


def test_rate_limit_spaces_requests(tmp_path, serve):
    site = serve(_fan_site(tmp_path / "site", 4))
    started = time.monotonic()
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=10, concurrency=2, obey_robots=False))
    times = sorted(h.at for h in site.hits)
    assert len(times) == 5
    # 5 requests at 10/s: the last slot is 4 gaps of 0.1 s after the first, which is after `started`.
    # (Measured from the first arrival instead, a first request slowed by a busy machine shortened it.)
    assert times[-1] - started >= 0.39


def test_transient_errors_are_retried_then_classified(tmp_path, serve, monkeypatch):
    monkeypatch.setattr(politeness, "BACKOFF_BASE", 0.01)
    root = write_site(tmp_path / "site", {"index.html": html(("/flaky.html", "f"), ("/down.html", "d"))})
    site = serve(root, {
        "/flaky.html": lambda m, n: (500, {}, b"oops") if n == 1 else (200, {"Content-Type": "text/html"}, b"<p>ok"),
        "/down.html": lambda m, n: (503, {"Content-Type": "text/html"}, b"maintenance"),
    })
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, retries=2))
    captures = _urls(tmp_path / "out")
    assert captures[site.url + "flaky.html"].outcome == "ok" and site.requested("/flaky.html") == 2
    down = captures[site.url + "down.html"]
    assert (down.outcome, down.status) == ("http_error", 503) and site.requested("/down.html") == 3


def test_oversized_and_bomb_bodies_are_too_large(tmp_path, serve):
    root = write_site(tmp_path / "site", {"index.html": html(("/big.html", "big"), ("/bomb.html", "bomb")),
                                          "big.html": "<p>" + "大" * 5000})
    bomb = gzip.compress(b"<html>" + b" " * 1_000_000)
    site = serve(root, {"/bomb.html": lambda m, n: (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)})
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, max_body_bytes=4000))
    captures = _urls(tmp_path / "out")
    assert captures[site.url + "big.html"].outcome == "too_large"
    assert captures[site.url + "bomb.html"].outcome == "too_large"
    with SnapshotReader(tmp_path / "out") as reader:
        assert reader.body(captures[site.url + "big.html"]) is None  # truncated record: no partial body


def test_keyboard_interrupt_leaves_a_usable_snapshot(tmp_path, serve):
    site = serve(_fan_site(tmp_path / "site", 8))

    class StopAfterTwo:
        def on_fetch(self, url, outcome, fetched, queued):
            if fetched == 2:
                raise KeyboardInterrupt

        def on_finish(self, summary):
            raise AssertionError("not called when interrupted")

    with pytest.raises(KeyboardInterrupt):
        crawl_site(site.url, tmp_path / "out", FAST, StopAfterTwo())
    with SnapshotReader(tmp_path / "out") as reader:
        captures = list(reader.captures())
        assert len(captures) == 2 and all(reader.body(c) for c in captures)
        assert (reader.meta["reason"], reader.meta["budget_exhausted"]) == ("interrupted", "true")
    assert not (tmp_path / "out" / "snapshot" / "index.sqlite3-wal").exists()


@pytest.mark.parametrize("url, words", [
    ("ftp://x", "only http:// and https://"),
    ("http://", "not a valid URL"),
    ("www.example.gov.cn", "not a valid URL.*https://www.example.gov.cn/"),
])
def test_bad_start_url_is_a_user_error(tmp_path, url, words):
    with pytest.raises(UserError, match=words):
        crawl_site(url, tmp_path / "out", FAST)
    assert not (tmp_path / "out").exists()


def test_out_dir_that_is_a_file_is_a_user_error(tmp_path):
    (tmp_path / "out").write_text("not a folder")
    with pytest.raises(UserError, match="is a file"):
        crawl_site("http://127.0.0.1:9/", tmp_path / "out", FAST)


def test_out_dir_with_a_snapshot_is_not_overwritten(tmp_path, serve):
    site = serve(write_site(tmp_path / "site", {"index.html": html()}))
    crawl_site(site.url, tmp_path / "out", FAST)
    with pytest.raises(UserError, match="already holds a crawl snapshot"):
        crawl_site(site.url, tmp_path / "out", FAST)


@pytest.mark.parametrize("obey_robots", [True, False])
def test_refused_start_url_is_a_user_error(tmp_path, obey_robots):
    with ClosedPort() as closed:
        url = f"http://127.0.0.1:{closed.port}/"
        with pytest.raises(UserError, match=rf"Cannot reach {url}: the connection was refused"):
            crawl_site(url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=obey_robots))
    assert not (tmp_path / "out" / "snapshot").exists()


def test_reader_on_missing_snapshot_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="No crawl snapshot"):
        SnapshotReader(tmp_path)


def test_reader_on_corrupt_index_is_a_user_error(tmp_path):
    snap = tmp_path / "snapshot"
    snap.mkdir()
    (snap / "index.sqlite3").write_bytes(b"this is not a database" * 100)
    (snap / "crawl.warc.gz").write_bytes(b"")
    with pytest.raises(UserError, match="damaged or is not a govaudit snapshot index"):
        SnapshotReader(tmp_path)


def test_reader_on_missing_warc_or_damaged_record_is_a_user_error(tmp_path, serve):
    site = serve(write_site(tmp_path / "site", {"index.html": html()}))
    crawl_site(site.url, tmp_path / "out", FAST)
    warc = tmp_path / "out" / "snapshot" / "crawl.warc.gz"
    data = warc.read_bytes()
    with SnapshotReader(tmp_path / "out") as reader:
        home = reader.get(site.url)
        offset = int(home.record.split("#")[1])
        warc.write_bytes(data[:offset] + b"\x00garbage" * 50)
        with pytest.raises(UserError, match="cannot be read"):
            reader.body(home)
    warc.unlink()
    with pytest.raises(UserError, match="crawl.warc.gz is missing"):
        SnapshotReader(tmp_path / "out")


def test_list_and_pattern_limits_from_the_command_line_are_recorded_with_what_they_cut(tmp_path, serve):
    import json

    from click.testing import CliRunner

    from govaudit.cli import main

    pager = '<script>createPageHTML(6, 0, "index", "html");</script>'
    root = write_site(tmp_path / "site", {
        "index.html": html(("/tzgg/", "通知公告"), *((f"/d/a{i}.html", f"文章{i}") for i in range(5)),
                           ("/f/1.pdf", "附件一"), ("/f/2.pdf", "附件二")),
        "tzgg/index.html": html(extra=pager),
        **{f"tzgg/index_{n}.html": html() for n in range(1, 6)},  # the cap is per pager: these show none
        **{f"d/a{i}.html": html() for i in range(5)}})
    site = serve(root)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["crawl", site.url, "--out", str(out), "--rate", "0", "--ignore-robots",
                                       "--max-list-pages", "2", "--max-urls-per-pattern", "3", "--max-checks", "1"])
    assert result.exit_code == 0, result.output
    assert site.requested("/tzgg/index_1.html") == site.requested("/tzgg/index_2.html") == 1
    assert site.requested("/tzgg/index_3.html") == 0
    assert sum(site.requested(f"/d/a{i}.html") for i in range(5)) == 3
    with SnapshotReader(out) as reader:
        settings = json.loads(reader.meta["settings"])
        assert (settings["max_list_pages"], settings["max_urls_per_pattern"], settings["max_checks"]) == (2, 3, 1)
        budget_cut = json.loads(reader.meta["budget_cut"])
        assert (budget_cut["checks"], budget_cut["cut"], budget_cut["exhausted"]) == (1, {"attachment": 1}, ["max_checks"])
        assert json.loads(reader.meta["cutoffs"]) == {"max_list_pages": 3, "pattern_flood": 2}
        rows = dict(reader._db.execute("SELECT reason, SUM(count) FROM cutoffs GROUP BY reason").fetchall())
    assert rows == {"max_list_pages": 3, "pattern_flood": 2}
