"""Crawl throughput of govaudit vs Scrapy on a ~20,000-page loopback site with 50 ms latency (run on demand).

    .venv/bin/python benchmarks/crawl_vs_scrapy.py [--concurrency 8] [--latency 0.05] [--news 20 --per-column 960]

Needs Scrapy (`pip install -e .[bench]`). Both crawlers run in their own process
against the same site (served by another process, see crawl_govsite.py), at the
same per-host limits: N requests in flight, no rate limit, robots.txt obeyed,
2 retries. govaudit runs `govaudit crawl --render never` (Scrapy does not render)
and also archives every exchange in its WARC and index; Scrapy keeps nothing.
With latency L the ceiling is N / L requests/s. Prints, for each: requests the
server saw, HTML pages stored or parsed, wall time (process start to exit),
requests/s and pages/s, the crawler process's CPU time per request and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from crawl_govsite import Served, add_site_arguments, served

from govaudit.crawl import SnapshotReader

HERE = Path(__file__).resolve().parent
GOVAUDIT = "from govaudit.cli import main; main()"


@dataclass(frozen=True)
class Run:
    name: str
    requests: int  # as the server counted them
    pages: int  # distinct HTML pages fetched with 200
    seconds: float  # wall time of the crawler process
    cpu: float  # its CPU time (user + system), seconds
    rss_mb: float
    note: str

    def line(self, ceiling: float) -> str:
        return (f"{self.name:8} {self.requests:6d} requests  {self.pages:6d} pages  {self.seconds:7.1f} s  "
                f"{self.requests / self.seconds:6.1f} req/s  {self.pages / self.seconds:6.1f} pages/s  "
                f"({self.requests / self.seconds / ceiling:4.0%} of the ceiling)  "
                f"CPU {self.cpu * 1000 / self.requests:4.1f} ms/request  peak RSS {self.rss_mb:5.0f} MB  {self.note}")


def run_child(args: list[str], site: Served) -> tuple[float, float, float, str, int]:
    """(wall seconds, CPU seconds, peak RSS in MB, stdout, requests the site saw) of a child process."""
    before = sum(site.requests().values())
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen(args, stdout=out, stderr=subprocess.DEVNULL, cwd=HERE)
        _, status, usage = os.wait4(child.pid, 0)  # wait4: the rusage of this child alone
        seconds = time.perf_counter() - started
        out.seek(0)
        text = out.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{args[:3]} failed with exit status {os.waitstatus_to_exitcode(status)}")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, text, sum(site.requests().values()) - before


def govaudit_run(site: Served, concurrency: int, tmp: Path) -> Run:
    out = tmp / "govaudit"
    args = [sys.executable, "-c", GOVAUDIT, "crawl", site.url, "--out", str(out), "--rate", "0",
            "--concurrency", str(concurrency), "--max-pages", "1000000", "--render", "never"]
    seconds, cpu, rss, _, requests = run_child(args, site)
    with SnapshotReader(out) as reader:
        pages = sum(1 for c in reader.captures()
                    if c.method == "GET" and c.status == 200 and c.content_type == "text/html" and c.final_url == c.url)
        crawl = reader.meta
    warc_mb = (out / "snapshot" / "crawl.warc.gz").stat().st_size / 1e6
    return Run("govaudit", requests, pages, seconds, cpu, rss,
               f"(WARC {warc_mb:.0f} MB; crawl {crawl['started_at'][11:19]}-{crawl['finished_at'][11:19]})")


def scrapy_run(site: Served, concurrency: int) -> Run:
    args = [sys.executable, str(HERE / "crawl_scrapy_spider.py"), site.url, "--concurrency", str(concurrency)]
    seconds, cpu, rss, text, requests = run_child(args, site)
    stats = json.loads(text.strip().splitlines()[-1])
    return Run("scrapy", requests, stats["html_ok"], seconds, cpu, rss,
               f"(Scrapy's own elapsed {stats['seconds']:.1f} s; {stats['duplicates_filtered']} duplicate links)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_site_arguments(parser)
    args = parser.parse_args()
    ceiling = args.concurrency / args.latency
    with tempfile.TemporaryDirectory(prefix="govaudit-bench-") as tmp, \
            served(args.news, args.per_column, args.latency) as site:
        print(f"site: {site.pages} HTML pages, {args.latency * 1000:.0f} ms per response; "
              f"{args.concurrency} in flight -> ceiling {ceiling:.0f} requests/s", flush=True)
        runs = [govaudit_run(site, args.concurrency, Path(tmp)), scrapy_run(site, args.concurrency)]
    for run in runs:
        print(run.line(ceiling))
    ours, theirs = runs
    print(f"govaudit / scrapy: {ours.pages / ours.seconds / (theirs.pages / theirs.seconds):.2f}x pages/s, "
          f"{ours.requests / ours.seconds / (theirs.requests / theirs.seconds):.2f}x requests/s (target >= 1.1x)")


if __name__ == "__main__":
    main()
