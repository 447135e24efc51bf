"""Build-stage throughput (run on demand; not a test).

    .venv/bin/python benchmarks/build_pages.py [--rounds 5] [--profile]

(a) `extract_page` on the real pages of ../shared/corpus, one core, pages/s and KB/s: the
    "typical" pages of 35-65 KB (the issue's target is >= 500 pages/s on ~50 KB pages) and
    all pages (20-420 KB, ~100 KB average). "cold" clears the caches extraction keeps
    between pages (URL normalisations, interned links, class/id verdicts) before every
    page (an upper bound on their cost), "warm" keeps them as a site build does (site
    chrome repeats its links and markup on every page);
(b) the whole `build` stage (WARC read + decode + extract + assemble + site.json written)
    on a crawl of the bundled demo site served on 127.0.0.1.
Best and median of `--rounds` are printed (the machine is shared).
With --profile, prints the top functions of (a) on the typical pages, warm (a site build's
steady state; cold adds cache refills), by own time; that line's pages/s include the profiler.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import tempfile
import time
from pathlib import Path

from govaudit.crawl import crawl_site
from govaudit.demo.server import serve
from govaudit.demo.sitegen import generate_site
from govaudit.htmlpage import decode_html
from govaudit.pipeline import build
from govaudit.model.extract.page import clear_caches, extract_page
from govaudit.settings import CrawlSettings

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
TYPICAL = (35_000, 65_000)  # bytes: the corpus pages near the "typical 50 KB page"


def corpus_pages() -> list[tuple[str, int]]:
    pages = []
    for path in sorted(CORPUS.rglob("*.html")):
        text, _ = decode_html(path.read_bytes())
        pages.append((text, path.stat().st_size))
    return pages


def bench_extract(rounds: int, profile: bool) -> None:
    every = corpus_pages()
    typical = [p for p in every if TYPICAL[0] <= p[1] <= TYPICAL[1]]
    for label, pages in (("typical", typical), ("all", every)):
        _bench_pages(label, pages, rounds, profile and label == "typical")


def _bench_pages(name: str, pages: list[tuple[str, int]], rounds: int, profile: bool) -> None:
    size = sum(s for _, s in pages)
    for label, cold in (("cold", True), ("warm", False)):
        prof = cProfile.Profile() if profile and not cold else None
        times = []
        for _ in range(rounds):  # best and median of `rounds`: the machine is shared
            clear_caches()
            start = time.perf_counter()
            if prof:
                prof.enable()
            for text, _ in pages:
                if cold:
                    clear_caches()
                extract_page(text, "https://www.example.gov.cn/zwgk/col/202601/t20260101_1.html")
            if prof:
                prof.disable()
            times.append(time.perf_counter() - start)
        n, best, median = len(pages), min(times), statistics.median(times)
        print(f"extract_page ({name}, {label}): {n} pages ({size / n / 1024:.0f} KB avg) in {best:.3f} s "
              f"= {n / best:.0f} pages/s, {size / 1024 / best:.0f} KB/s (median {n / median:.0f} pages/s)")
        if prof:
            pstats.Stats(prof).sort_stats("tottime").print_stats(20)


def bench_build(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site, out = Path(tmp) / "site", Path(tmp) / "out"
        generate_site(site)
        with serve(site) as base:
            crawl_site(base, out, CrawlSettings(rate=0, concurrency=4))
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            model = build(out)  # the stage as the CLI runs it: the model, then site.json written
            times.append(time.perf_counter() - start)
        n = sum(1 for p in model.pages if p.kind not in ("error", "other"))
        best, median = min(times), statistics.median(times)
        print(f"build (demo snapshot, site.json written): {n} HTML pages in {best:.2f} s = {n / best:.0f} pages/s "
              f"(median {n / median:.0f} pages/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    bench_extract(args.rounds, args.profile)
    bench_build(args.rounds)


if __name__ == "__main__":
    main()
