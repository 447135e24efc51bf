"""Crawl throughput of govaudit vs Scrapy on a loopback government site with 50 ms latency (run on demand).

    .venv/bin/python benchmarks/crawl_vs_scrapy.py [--concurrency 8] [--latency 0.05] [--news 20 --per-column 960]
        [--template hanweb:medium] [--copies K] [--rounds 3] [--render auto] [--baseline OTHER_TREE]

--template serves a tests/sites sample site (another CMS template) instead of the demo-based
site; --copies K serves it K times as subsites (crawl_sample_server.py) so it is big enough to
measure. --rounds N alternates the crawlers N times and prints each round and the medians (the
ratio is of the median pages/s). --baseline adds a third crawler: govaudit from another
source tree (e.g. a checkout of an earlier commit), to measure a change of our own.

Needs Scrapy (`pip install -e .[bench]`). Both crawlers run in their own process
against the same site (served by another process, see crawl_govsite.py), at the
same per-host limits: N requests in flight, no rate limit, robots.txt obeyed,
2 retries, 30 s timeout, no cache. govaudit runs `govaudit crawl` as shipped (`--render auto`:
Chromium only for pages that need it; its renders are printed) and archives every exchange in
its WARC and index; Scrapy keeps nothing. Scrapy follows the same links (crawl_scrapy_spider.py:
LinkExtractor, Hanweb data islands, TRS pagers) and HEADs the same images and attachments
govaudit checks (`--scrapy-pages-only` turns that off). With latency L the ceiling is N / L
requests/s. Prints, for each: requests the server saw (GET/HEAD), HTML pages fetched, wall time
(process start to exit), pages/s, CPU per request, peak RSS of the crawler's Python process and of
its whole process tree (sampled every 20 ms), and for each govaudit round the overlap of its page
set with Scrapy's (URLs compared with a trailing index.html/index.shtml dropped, as both forms
are one page).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from crawl_govsite import Served, add_site_arguments, served
from crawl_sample_server import served_sample

from govaudit.crawl import SnapshotReader

HERE = Path(__file__).resolve().parent
GOVAUDIT = "from govaudit.cli import main; main()"
_INDEX = re.compile(r"^(https?://[^/]+)?(/(?:[^?]*/)?)index\.s?html?(?=$|\?)")


def page_key(url: str) -> str:
    """The page a URL names, host dropped, `dir/index.html` written `dir/`."""
    path = re.sub(r"^https?://[^/]+", "", url)
    return _INDEX.sub(r"\2", path)


@dataclass(frozen=True)
class Run:
    name: str
    requests: Counter[str]  # as the server counted them, by method
    pages: set[str]  # HTML pages fetched with 200 (page_key)
    seconds: float  # wall time of the crawler process
    cpu: float  # its CPU time (user + system), seconds
    rss_mb: float  # peak RSS of the crawler's own process
    tree_mb: float  # peak of the summed RSS of its process tree
    note: str

    @property
    def total(self) -> int:
        return sum(self.requests.values())

    def line(self, ceiling: float) -> str:
        return (f"{self.name:8} {self.requests['GET']:6d} GET {self.requests['HEAD']:5d} HEAD  {len(self.pages):6d} pages  "
                f"{self.seconds:7.1f} s  {len(self.pages) / self.seconds:6.1f} pages/s  "
                f"({self.total / self.seconds / ceiling:4.0%} of the ceiling)  "
                f"CPU {self.cpu * 1000 / self.total:4.1f} ms/request  peak RSS {self.rss_mb:4.0f} MB "
                f"(tree {self.tree_mb:4.0f} MB)  {self.note}")


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, IndexError, ValueError):
        return 0


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return pids


class TreeSampler:
    """Peak summed RSS of a process and its descendants, sampled every 20 ms on a thread."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_kb, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in _tree(self.pid)))

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_kb / 1024


def run_child(args: list[str], site: Served, env: dict[str, str] | None = None
              ) -> tuple[float, float, float, float, str, Counter[str]]:
    """(wall seconds, CPU seconds, peak RSS MB, peak tree RSS MB, stdout, requests the site saw by
    method) of a child process."""
    before = site.requests()
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, cwd=HERE, env=env)
        sampler = TreeSampler(child.pid)
        _, status, usage = os.wait4(child.pid, 0)  # wait4: the rusage of this child alone
        seconds = time.perf_counter() - started
        tree = sampler.stop()
        out.seek(0)
        text = out.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{args[:3]} failed with exit status {os.waitstatus_to_exitcode(status)}:\n{text[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime  # the child and its waited-for descendants
    requests = site.requests()
    requests.subtract(before)
    return seconds, cpu, usage.ru_maxrss / 1024, max(tree, usage.ru_maxrss / 1024), text, +requests


def govaudit_run(site: Served, concurrency: int, tmp: Path, render: str, tree: Path | None = None) -> Run:
    out = Path(tempfile.mkdtemp(dir=tmp)) / "govaudit"
    args = [sys.executable, "-c", GOVAUDIT, "crawl", site.url, "--out", str(out), "--rate", "0",
            "--concurrency", str(concurrency), "--max-pages", "1000000", "--max-checks", "1000000",
            "--render", render]
    env = {**os.environ, "PYTHONPATH": str(tree)} if tree else None
    seconds, cpu, rss, tree_mb, text, requests = run_child(args, site, env)
    with SnapshotReader(out) as reader:
        pages = {page_key(c.final_url or c.url) for c in reader.captures()
                 if c.method == "GET" and c.status == 200 and c.content_type == "text/html"
                 and not c.url.endswith("/robots.txt")}
    warc_mb = (out / "snapshot" / "crawl.warc.gz").stat().st_size / 1e6
    browser = next((line for line in text.splitlines() if "needed the browser" in line), "no page needed the browser")
    return Run("base" if tree else "govaudit", requests, pages, seconds, cpu, rss, tree_mb,
               f"(WARC {warc_mb:.0f} MB; {browser})")


def scrapy_run(site: Served, concurrency: int, tmp: Path, check: bool) -> Run:
    urls = Path(tempfile.mkdtemp(dir=tmp)) / "urls.txt"
    args = [sys.executable, str(HERE / "crawl_scrapy_spider.py"), site.url, "--concurrency", str(concurrency),
            "--urls", str(urls), *(["--check"] if check else [])]
    seconds, cpu, rss, tree_mb, text, requests = run_child(args, site)
    stats = json.loads(text.strip().splitlines()[-1])
    pages = set()
    for line in urls.read_text(encoding="utf-8").splitlines():
        method, status, kind, url = line.split(" ", 3)
        if method == "GET" and status == "200" and kind == "html" and not url.endswith("/robots.txt"):
            pages.add(page_key(url))
    return Run("scrapy", requests, pages, seconds, cpu, rss, tree_mb,
               f"(Scrapy's own elapsed {stats['seconds']:.1f} s; {stats['duplicates_filtered']} duplicate links)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_site_arguments(parser)
    parser.add_argument("--template", help="TEMPLATE:SIZE of tests/sites instead of the demo-based site")
    parser.add_argument("--copies", type=int, default=1, help="serve the template site this many times as subsites")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--render", default="auto", choices=("auto", "never"), help="govaudit's --render")
    parser.add_argument("--scrapy-pages-only", action="store_true", help="Scrapy does not HEAD images and attachments")
    parser.add_argument("--baseline", type=Path, help="another source tree of govaudit to run as a third crawler")
    args = parser.parse_args()
    ceiling = args.concurrency / args.latency
    if args.template:
        name, _, size = args.template.partition(":")
        site_cm = served_sample(name, size or "small", args.latency, args.copies)
    else:
        site_cm = served(args.news, args.per_column, args.latency)
    crawlers = [lambda site, tmp: govaudit_run(site, args.concurrency, tmp, args.render),
                lambda site, tmp: scrapy_run(site, args.concurrency, tmp, not args.scrapy_pages_only)]
    if args.baseline:
        crawlers.append(lambda site, tmp: govaudit_run(site, args.concurrency, tmp, args.render, args.baseline.resolve()))
    runs: dict[str, list[Run]] = {}
    with tempfile.TemporaryDirectory(prefix="govaudit-bench-") as tmp, site_cm as site:
        print(f"site: {args.template or 'demo-based'} x{args.copies}, {site.pages} HTML pages, "
              f"{args.latency * 1000:.0f} ms per response; {args.concurrency} in flight -> ceiling {ceiling:.0f} requests/s; "
              f"load {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
        for i in range(args.rounds):
            order = crawlers if i % 2 == 0 else crawlers[::-1]  # alternate who goes first
            for crawler in order:
                run = crawler(site, Path(tmp))
                runs.setdefault(run.name, []).append(run)
                print(f"round {i + 1}: {run.line(ceiling)}  load {os.getloadavg()[0]:.1f}", flush=True)
    medians = {name: statistics.median(len(r.pages) / r.seconds for r in rs) for name, rs in runs.items()}
    for name, rs in runs.items():
        print(f"median {name:8} {medians[name]:6.1f} pages/s  pages {statistics.median(len(r.pages) for r in rs):.0f}  "
              f"requests {statistics.median(r.total for r in rs):.0f} "
              f"(GET {statistics.median(r.requests['GET'] for r in rs):.0f}, HEAD {statistics.median(r.requests['HEAD'] for r in rs):.0f})  "
              f"CPU {statistics.median(r.cpu * 1000 / r.total for r in rs):4.1f} ms/request  "
              f"peak RSS {statistics.median(r.rss_mb for r in rs):4.0f} MB, tree {statistics.median(r.tree_mb for r in rs):4.0f} MB  "
              f"({len(rs)} rounds)")
    ours, theirs = runs["govaudit"][-1].pages, runs["scrapy"][-1].pages
    print(f"page sets (last round): govaudit {len(ours)}, scrapy {len(theirs)}, both {len(ours & theirs)}; "
          f"only govaudit {sorted(ours - theirs)[:5]}, only scrapy {sorted(theirs - ours)[:5]}")
    scrapy_requests = statistics.median(r.total for r in runs["scrapy"])
    for name in [n for n in medians if n != "scrapy"]:
        requests = statistics.median(r.total for r in runs[name])
        print(f"{name} / scrapy: {medians[name] / medians['scrapy']:.2f}x median pages/s (target >= 1.1x); "
              f"requests {requests / scrapy_requests - 1:+.1%}; peak tree RSS "
              f"{statistics.median(r.tree_mb for r in runs[name]) / statistics.median(r.tree_mb for r in runs['scrapy']):.2f}x")


if __name__ == "__main__":
    main()
