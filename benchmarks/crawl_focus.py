"""Requests for a complete audit: the focused frontier under a budget vs a blind full crawl (run on demand).

    .venv/bin/python benchmarks/crawl_focus.py [--concurrency 8] [--latency 0.05] [--news 20 --per-column 960]

On the ~20,000-page loopback site of crawl_govsite.py, a full crawl (no budget:
everything reachable) is built and checked; its rule statuses are the reference
verdict. Then crawls with `--max-pages B` (the focused frontier: home and hubs,
column first pages, documents, later list pages last) are built and checked, and
the smallest B whose statuses equal the reference is searched: doubling from
--start, then bisecting to within --precision pages. "Complete" thus means "same
verdict as the full crawl", which the auditor cannot know on a real site; the
answer says how large --max-pages must be for sites shaped like this one.
Bisection assumes a larger budget never loses a verdict; every budget tried is
printed with the rules whose status differs. Requests are counted by the server
(robots.txt, HEAD checks and retries included).
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import time
from pathlib import Path

from crawl_govsite import Served, add_site_arguments, served

from govaudit import pipeline
from govaudit.demo import DEMO_AS_OF
from govaudit.settings import CrawlSettings

UNLIMITED = 1_000_000


def audit(site: Served, out: Path, budget: int, concurrency: int) -> tuple[dict[str, str], dict, int, float]:
    """(rule statuses, results, requests the server saw, seconds) of crawl + build + check with `budget`."""
    before = sum(site.requests().values())
    started = time.perf_counter()
    pipeline.crawl(site.url, out, CrawlSettings(rate=0, concurrency=concurrency, max_pages=budget))
    pipeline.build(out)
    results = pipeline.check(out, DEMO_AS_OF)
    seconds = time.perf_counter() - started
    statuses = {rule["id"]: rule["status"] for rule in results["rules"]}
    return statuses, results, sum(site.requests().values()) - before, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_site_arguments(parser)
    parser.add_argument("--start", type=int, default=250, help="first budget tried")
    parser.add_argument("--precision", type=int, default=10, help="stop bisecting when the bounds are this close")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="govaudit-bench-") as tmp, \
            served(args.news, args.per_column, args.latency) as site:
        runs = itertools.count()

        def run(budget: int) -> tuple[dict[str, str], dict, int, float]:
            return audit(site, Path(tmp) / f"run{next(runs)}", budget, args.concurrency)

        print(f"site: {site.pages} HTML pages, {args.latency * 1000:.0f} ms per response, "
              f"concurrency {args.concurrency}", flush=True)
        reference, full, full_requests, seconds = run(UNLIMITED)
        print(f"full crawl: {full_requests} requests, {full['coverage']['pages_fetched']} pages, {seconds:.0f} s; "
              f"score {full['score']:g} {full['grade']}; statuses {reference}", flush=True)

        tried: dict[int, tuple[bool, int, dict]] = {}

        def same(budget: int) -> bool:
            statuses, results, requests, seconds = run(budget)
            tried[budget] = (statuses == reference, requests, results)
            differ = {k: f"{v} (full: {reference[k]})" for k, v in statuses.items() if v != reference[k]}
            print(f"  --max-pages {budget:6d}: {requests:6d} requests, {seconds:5.1f} s, "
                  f"score {results['score']:g} {results['grade']}; "
                  + ("identical statuses" if not differ else f"differs: {differ}"), flush=True)
            return not differ

        low, high = 0, args.start
        while not same(high):
            low, high = high, high * 2
            if high >= full_requests:
                high = UNLIMITED
                break
        while high != UNLIMITED and high - low > args.precision:
            middle = (low + high) // 2
            low, high = (low, middle) if same(middle) else (middle, high)
    if high == UNLIMITED:
        print("no budget below the full crawl gave identical statuses")
        return
    _, requests, results = tried[high]
    print(f"smallest budget with identical statuses: --max-pages {high} (to within {args.precision}): "
          f"{requests} requests = {requests / full_requests:.1%} of the full crawl's {full_requests} (target <= 10%); "
          f"score {results['score']:g} {results['grade']} vs full {full['score']:g} {full['grade']}")


if __name__ == "__main__":
    main()
