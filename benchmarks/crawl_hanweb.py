"""Completeness of the crawl on a generated Hanweb JCMS style site of ≈3,000 pages (run on demand).

    PYTHONPATH=. .venv/bin/python benchmarks/crawl_hanweb.py [--news-per-column 285] [--max-pages N] [--max-checks N]

The site (tests/crawl/hanweb_site.py, GBK): 7 news and 7 disclosure columns whose rows sit in
`<script type="text/xml">` islands, later list pages at `index.html?uid=…&pageNum=N`, articles
with images, annual reports and budgets with files. Crawled on 127.0.0.1 without a rate limit,
with the default budget unless given. Prints pages fetched of those that exist (list pages and
documents apart, disclosure apart), files checked, requests, the snapshot's budget_cut and the time.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.settings import CrawlSettings
from tests.crawl.hanweb_site import build, serve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news-per-column", type=int, default=285)
    parser.add_argument("--max-pages", type=int, default=CrawlSettings.max_pages)
    parser.add_argument("--max-checks", type=int, default=CrawlSettings.max_checks)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    site = build(args.news_per_column)
    server, log = serve(site)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    settings = CrawlSettings(rate=0, concurrency=args.concurrency, obey_robots=False, render="never",
                             max_pages=args.max_pages, max_checks=args.max_checks)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        summary = crawl_site(url, Path(tmp) / "out", settings)
        seconds = time.perf_counter() - started
        with SnapshotReader(Path(tmp) / "out") as reader:
            budget_cut = json.loads(reader.meta["budget_cut"])
    server.shutdown()
    requested = set(log) | ({"/index.html"} if "/" in log else set())  # the start URL / is the home page
    disclosure = {p for p in site.pages if p.startswith("/col/col2") or "/art_2" in p}

    def share(part: set[str]) -> str:
        return f"{len(part & requested)}/{len(part)}"

    print(f"pages fetched {share(site.pages)} (list pages {share(site.list_pages)}, documents {share(site.documents)}, "
          f"disclosure {share(disclosure)}); files checked {share(site.files)}")
    print(f"requests {len(log)} ({len(log) / max(1, len(site.pages) + len(site.files)):.3f} per page or file), "
          f"reason {summary.reason}, {seconds:.1f} s")
    print("budget_cut", json.dumps(budget_cut, ensure_ascii=False))


if __name__ == "__main__":
    main()
