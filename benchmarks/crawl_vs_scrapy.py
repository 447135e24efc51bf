"""Crawl throughput of govaudit vs Scrapy on a ~20,000-page loopback site with 50 ms latency (run on demand).

    .venv/bin/python benchmarks/crawl_vs_scrapy.py [--concurrency 8] [--latency 0.05] [--news 20 --per-column 960]
        [--template hanweb:medium] [--rounds 3] [--baseline OTHER_TREE]

--template serves a tests/sites sample site (another CMS template) instead of the demo-based
site. --rounds N alternates the crawlers N times and prints each round and the medians (the
ratio is of the median pages/s). --baseline adds a third crawler: govaudit from another
source tree (e.g. a checkout of an earlier commit), to measure a change of our own.

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
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from crawl_govsite import Served, add_site_arguments, served
from crawl_sample_server import served_sample

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


def run_child(args: list[str], site: Served, env: dict[str, str] | None = None) -> tuple[float, float, float, str, int]:
    """(wall seconds, CPU seconds, peak RSS in MB, stdout, requests the site saw) of a child process."""
    before = sum(site.requests().values())
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen(args, stdout=out, stderr=subprocess.DEVNULL, cwd=HERE, env=env)
        _, status, usage = os.wait4(child.pid, 0)  # wait4: the rusage of this child alone
        seconds = time.perf_counter() - started
        out.seek(0)
        text = out.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{args[:3]} failed with exit status {os.waitstatus_to_exitcode(status)}")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, text, sum(site.requests().values()) - before


def govaudit_run(site: Served, concurrency: int, tmp: Path, tree: Path | None = None) -> Run:
    out = Path(tempfile.mkdtemp(dir=tmp)) / "govaudit"
    args = [sys.executable, "-c", GOVAUDIT, "crawl", site.url, "--out", str(out), "--rate", "0",
            "--concurrency", str(concurrency), "--max-pages", "1000000", "--render", "never"]
    env = {**os.environ, "PYTHONPATH": str(tree)} if tree else None
    seconds, cpu, rss, _, requests = run_child(args, site, env)
    with SnapshotReader(out) as reader:
        pages = sum(1 for c in reader.captures()
                    if c.method == "GET" and c.status == 200 and c.content_type == "text/html" and c.final_url == c.url)
        crawl = reader.meta
    warc_mb = (out / "snapshot" / "crawl.warc.gz").stat().st_size / 1e6
    return Run("base" if tree else "govaudit", requests, pages, seconds, cpu, rss,
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
    parser.add_argument("--template", help="TEMPLATE:SIZE of tests/sites instead of the demo-based site")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--baseline", type=Path, help="another source tree of govaudit to run as a third crawler")
    args = parser.parse_args()
    ceiling = args.concurrency / args.latency
    if args.template:
        name, _, size = args.template.partition(":")
        site_cm = served_sample(name, size or "small", args.latency)
    else:
        site_cm = served(args.news, args.per_column, args.latency)
    crawlers = [lambda site, tmp: govaudit_run(site, args.concurrency, tmp),
                lambda site, tmp: scrapy_run(site, args.concurrency)]
    if args.baseline:
        crawlers.append(lambda site, tmp: govaudit_run(site, args.concurrency, tmp, args.baseline.resolve()))
    runs: dict[str, list[Run]] = {}
    with tempfile.TemporaryDirectory(prefix="govaudit-bench-") as tmp, site_cm as site:
        print(f"site: {args.template or 'demo-based'}, {site.pages} HTML pages, {args.latency * 1000:.0f} ms per response; "
              f"{args.concurrency} in flight -> ceiling {ceiling:.0f} requests/s", flush=True)
        for i in range(args.rounds):
            order = crawlers if i % 2 == 0 else crawlers[::-1]  # alternate who goes first
            for crawler in order:
                run = crawler(site, Path(tmp))
                runs.setdefault(run.name, []).append(run)
                print(f"round {i + 1}: {run.line(ceiling)}  load {os.getloadavg()[0]:.1f}", flush=True)
    medians = {name: statistics.median(r.pages / r.seconds for r in rs) for name, rs in runs.items()}
    for name, rs in runs.items():
        print(f"median {name:8} {medians[name]:6.1f} pages/s  requests {statistics.median(r.requests for r in rs):.0f}  "
              f"CPU {statistics.median(r.cpu * 1000 / r.requests for r in rs):4.1f} ms/request  "
              f"peak RSS {statistics.median(r.rss_mb for r in rs):4.0f} MB  ({len(rs)} rounds)")
    for name in [n for n in medians if n != "scrapy"]:
        print(f"{name} / scrapy: {medians[name] / medians['scrapy']:.2f}x median pages/s (target >= 1.1x)")


if __name__ == "__main__":
    main()
