"""Resume after Ctrl-C, kill -9 and a damaged WARC tail: nothing refetched that was stored, nothing lost."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from govaudit.cli import main
from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.errors import UserError
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site

N = 12
ONE = CrawlSettings(rate=0, concurrency=1)


def _fan_site(root: Path) -> Path:
    """A home page linking to N pages, each linking back (robots.txt allows all)."""
    pages = {f"p{i}.html": html(("/", "首页"), title=f"第{i}篇") for i in range(N)}
    home = html(*((f"/p{i}.html", f"第{i}篇文章") for i in range(N)))
    return write_site(root, {"robots.txt": "User-agent: *\nAllow: /\n", "index.html": home, **pages})


def _pages(site) -> Counter[str]:
    return Counter(h.path for h in site.hits if h.path != "/robots.txt")


def _check_snapshot(out: Path, site) -> dict[str, object]:
    """Every page captured once with a readable body; the WARC is valid from end to end."""
    with open(out / "snapshot" / "crawl.warc.gz", "rb") as f:
        for record in ArchiveIterator(f, check_digests="raise"):
            record.content_stream().read()
    with SnapshotReader(out) as reader:
        caps = {c.url: c for c in reader.captures() if c.priority != "robots"}
        assert set(caps) == {site.url, *(f"{site.url}p{i}.html" for i in range(N))}
        assert all(c.outcome == "ok" and reader.body(c) for c in caps.values())
        db = sqlite3.connect(out / "snapshot" / "index.sqlite3")
        assert db.execute("SELECT COUNT(*) FROM frontier").fetchone()[0] == 0
        db.close()
        return reader.meta


def test_resume_after_ctrl_c_refetches_nothing_stored(tmp_path, serve):
    site = serve(_fan_site(tmp_path / "site"))

    class Interrupt:
        def on_fetch(self, url, outcome, fetched, queued):
            if fetched == 4:
                raise KeyboardInterrupt

        def on_finish(self, summary):
            pass

    with pytest.raises(KeyboardInterrupt):
        crawl_site(site.url, tmp_path / "out", ONE, Interrupt())
    with SnapshotReader(tmp_path / "out") as reader:
        stored = {"/" + c.url.removeprefix(site.url) for c in reader.captures() if c.priority != "robots"}
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, concurrency=1, resume=True))
    pages = _pages(site)
    assert len(stored) == 4 and all(pages[path] == 1 for path in stored)  # nothing stored is fetched again
    # Only the page fetched but not yet recorded at the interrupt (a second worker's) may be fetched twice.
    assert set(pages.values()) <= {1, 2} and sum(n - 1 for n in pages.values()) <= 1
    assert summary.fetched == N + 1 and summary.reason is None
    meta = _check_snapshot(tmp_path / "out", site)
    assert meta["reason"] == "" and len(json.loads(meta["resumes"])) == 1


_KILLABLE = """
import sys
import threading
from govaudit.crawl import crawl_site
from govaudit.settings import CrawlSettings
crawl_site(sys.argv[1], sys.argv[2], CrawlSettings(rate=0, concurrency=2))
"""


SERVED_BEFORE_KILL = 6  # pages answered until the test has killed the crawler; the rest wait for it


def _held(release: threading.Event, served: list[int]):
    """Pages answered at once up to SERVED_BEFORE_KILL (counted by the server), then held until
    `release`: the crawl cannot finish before the kill, however slow the machine."""
    lock = threading.Lock()

    def route(method: str, n: int):
        with lock:
            served[0] += 1
            first = served[0] <= SERVED_BEFORE_KILL
        if not first:
            release.wait(300)
        return 200, {"Content-Type": "text/html; charset=utf-8"}, html(("/", "首页")).encode()
    return route


def test_kill_9_then_resume_loses_nothing(tmp_path, serve):
    release, served = threading.Event(), [0]
    route = _held(release, served)
    site = serve(_fan_site(tmp_path / "site"), {f"/p{i}.html": route for i in range(N)})
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", _KILLABLE, site.url, str(out)], cwd=Path(__file__).parents[2])
    try:
        index = out / "snapshot" / "index.sqlite3"
        give_up = time.monotonic() + 300  # a bound for a broken crawler, not a timing assumption
        # Until every page answered is committed (the home page and SERVED_BEFORE_KILL more): the crawl
        # then waits on held pages only. Killed earlier, a fast crawl's grouped commit (writer.GROUP_*)
        # may still hold decided pages, which a resume rightly fetches again: the bound below is
        # about the pages in flight, so the kill waits for the group to be committed.
        while time.monotonic() < give_up and proc.poll() is None:
            time.sleep(0.05)
            if index.exists():
                try:
                    db = sqlite3.connect(index)
                    done = db.execute("SELECT COUNT(*) FROM captures WHERE priority != 'robots'").fetchone()[0]
                    db.close()
                except sqlite3.OperationalError:
                    continue
                if done >= SERVED_BEFORE_KILL + 1:
                    break
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
        release.set()
    assert proc.returncode == -signal.SIGKILL
    before = _pages(site)
    crawl_site(site.url, out, CrawlSettings(rate=0, concurrency=2, resume=True))
    after = _pages(site)
    # Only URLs in flight at the kill (at most one per worker: concurrency + 1) are fetched twice.
    assert sum(1 for p in after if after[p] > 1) <= 3 and all(after[p] <= 2 for p in after)
    assert 5 <= sum(before.values()) < N + 1  # killed mid-crawl
    _check_snapshot(out, site)


def test_partial_record_after_the_last_commit_is_dropped(tmp_path, serve):
    site = serve(_fan_site(tmp_path / "site"))
    out = tmp_path / "out"
    crawl_site(site.url, out, ONE)
    warc = out / "snapshot" / "crawl.warc.gz"
    size = warc.stat().st_size
    # The start of a record whose write was cut short (a killed process, after its last commit).
    warc.write_bytes(warc.read_bytes() + warc.read_bytes()[100:900])
    crawl_site(site.url, out, CrawlSettings(rate=0, concurrency=1, resume=True))
    meta = _check_snapshot(out, site)
    assert json.loads(meta["resumes"])[0]["dropped_bytes"] == 800 and warc.stat().st_size >= size


def test_truncated_last_record_is_dropped_and_its_page_fetched_again(tmp_path, serve):
    site = serve(_fan_site(tmp_path / "site"))
    out = tmp_path / "out"
    crawl_site(site.url, out, ONE)
    with SnapshotReader(out) as reader:
        last = max((c for c in reader.captures() if c.record), key=lambda c: int(c.record.split("#")[1]))
    warc = out / "snapshot" / "crawl.warc.gz"
    with open(warc, "r+b") as f:  # the OS lost the end of the file after the index committed it
        f.truncate(warc.stat().st_size - 10)
    crawl_site(site.url, out, CrawlSettings(rate=0, concurrency=1, resume=True))
    meta = _check_snapshot(out, site)
    assert json.loads(meta["resumes"])[0]["requeued"] == 1
    path = "/" + last.url.removeprefix(site.url)
    assert _pages(site)[path] == 2 and sum(_pages(site).values()) == N + 2


def test_resume_errors_and_cli_budget_override(tmp_path, serve):
    with pytest.raises(UserError, match="There is no crawl to resume"):
        crawl_site("http://127.0.0.1:9/", tmp_path / "none", CrawlSettings(resume=True))
    site = serve(_fan_site(tmp_path / "site"))
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(main, ["crawl", site.url, "--out", str(out), "--rate", "0", "--max-pages", "3"])
    assert first.exit_code == 0, first.output
    other = runner.invoke(main, ["crawl", "https://www.example.gov.cn/", "--resume", str(out)])
    assert other.exit_code == 2 and "holds a crawl of" in other.output
    again = runner.invoke(main, ["crawl", "--resume", str(out), "--max-pages", "100"])
    assert again.exit_code == 0, again.output
    _check_snapshot(out, site)
    with SnapshotReader(out) as reader:
        settings = json.loads(reader.meta["settings"])
    assert (settings["rate"], settings["max_pages"], settings["resume"]) == (0, 100, True)  # --rate 0 remembered
    missing = runner.invoke(main, ["crawl", "--out", str(out)])
    assert missing.exit_code == 2 and "--resume FOLDER" in missing.output


def test_audit_resume_finishes_the_crawl_and_reports(tmp_path, serve):
    site = serve(_fan_site(tmp_path / "site"))
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(main, ["audit", site.url, "--out", str(out), "--rate", "0", "--max-pages", "2", "--format", "json"])
    # The fan site has no 政府信息公开 hub: it is never graded (无法评估, exit 2), cut or finished.
    assert first.exit_code == 2 and "无法评估" in first.output, first.output
    again = runner.invoke(main, ["audit", "--resume", str(out), "--max-pages", "100", "--format", "json"])
    assert again.exit_code == 2 and "无法评估" in again.output, again.output
    _check_snapshot(out, site)
    assert json.loads((out / "results.json").read_text(encoding="utf-8"))["coverage"]["budget_exhausted"] is False


def test_resume_fetches_queued_urls_as_linked_and_migrates_an_older_queue(tmp_path, serve):
    forbidden = {"/col/": lambda m, n: (403, {"Content-Type": "text/html"}, b"<html>Forbidden</html>")}
    root = write_site(tmp_path / "site", {"index.html": html(("/col/index.html", "规范性文件"), ("/a.html", "文章")),
                                          "col/index.html": html(("/col/b.html", "关于印发某某办法的通知")),
                                          "a.html": html(), "col/b.html": html()})
    site = serve(root, forbidden)
    out = tmp_path / "out"
    crawl_site(site.url, out, CrawlSettings(rate=0, obey_robots=False, max_pages=1))
    db = sqlite3.connect(out / "snapshot" / "index.sqlite3")
    assert db.execute("SELECT href, disclosure FROM frontier WHERE url LIKE '%/col/'").fetchone() == (
        site.url + "col/index.html", 1)
    db.close()
    crawl_site(site.url, out, CrawlSettings(rate=0, obey_robots=False, resume=True, max_pages=100))
    assert site.requested("/col/") == 0 and site.requested("/col/index.html") == 1
    with SnapshotReader(out) as reader:
        assert reader.get(site.url + "col/b.html").outcome == "ok"
    # A queue written before URLs were kept as linked: the columns are added, the crawl resumes.
    old = tmp_path / "old"
    crawl_site(site.url, old, CrawlSettings(rate=0, obey_robots=False, max_pages=1))
    db = sqlite3.connect(old / "snapshot" / "index.sqlite3")
    with db:
        db.execute("ALTER TABLE frontier DROP COLUMN href")
        db.execute("ALTER TABLE frontier DROP COLUMN disclosure")
    db.close()
    crawl_site(site.url, old, CrawlSettings(rate=0, obey_robots=False, resume=True, max_pages=100))
    with SnapshotReader(old) as reader:
        assert reader.get(site.url + "a.html").outcome == "ok"
