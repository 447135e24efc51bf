"""Build-stage throughput (run on demand; not a test).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/build_pages.py [--rounds 5] [--profile]
        [--snapshot OUT --jobs 1,2] [--snapshot OUT --warc]

(a) `extract_page` on the real pages of ../shared/corpus, one core, pages/s and KB/s: the
    "typical" pages of 35-65 KB (the issue's target is >= 500 pages/s on ~50 KB pages) and
    all pages (20-420 KB, ~100 KB average). "cold" clears the caches extraction keeps
    between pages (URL normalisations, interned links, class/id verdicts) before every
    page (an upper bound on their cost), "warm" keeps them as a site build does (site
    chrome repeats its links and markup on every page);
(b) the whole `build` stage (WARC read + decode + extract + assemble + site.json written)
    on a crawl of the bundled demo site served on 127.0.0.1.
(c) with --snapshot OUT (a folder holding snapshot/, e.g. from `benchmarks/memory.py --keep`):
    `govaudit build OUT --jobs N` in a fresh process for each N of --jobs, the values
    alternating round by round; wall time and CPU time of the process and its workers.
(d) with --snapshot OUT --warc: reading back every archived body of the snapshot (what the build
    reads before decoding), with the lean reader of the crawl's own records (crawl/warcrecord.py)
    and with warcio alone, alternating; CPU time.
(a), (b) and (d) count CPU time of this process (time.process_time), not wall time: on a shared,
loaded machine wall time measures the other processes. Best and median of `--rounds` are printed.
With --profile, prints the top functions of (a) on the typical pages, warm (a site build's
steady state; cold adds cache refills), by own time; that line's pages/s include the profiler.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
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
            start = time.process_time()
            if prof:
                prof.enable()
            for text, _ in pages:
                if cold:
                    clear_caches()
                extract_page(text, "https://www.example.gov.cn/zwgk/col/202601/t20260101_1.html")
            if prof:
                prof.disable()
            times.append(time.process_time() - start)
        n, best, median = len(pages), min(times), statistics.median(times)
        print(f"extract_page ({name}, {label}): {n} pages ({size / n / 1024:.0f} KB avg) in {best:.3f} s of CPU "
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
            start = time.process_time()
            model = build(out)  # the stage as the CLI runs it: the model, then site.json written
            times.append(time.process_time() - start)
        n = sum(1 for p in model.pages if p.kind not in ("error", "other"))
        best, median = min(times), statistics.median(times)
        print(f"build (demo snapshot, site.json written): {n} HTML pages in {best:.2f} s of CPU = {n / best:.0f} pages/s "
              f"(median {n / median:.0f} pages/s)")


# -P: no current directory on sys.path, so PYTHONPATH decides which tree runs
CLI = [sys.executable, "-P", "-c", "import sys; from govaudit.cli import main; sys.exit(main())"]


def bench_jobs(out: Path, jobs: list[int], rounds: int) -> None:
    """`govaudit build OUT --jobs N`, alternating N; CPU includes the workers (reaped children)."""
    runs: dict[int, list[tuple[float, float]]] = {n: [] for n in jobs}
    for _ in range(rounds):
        for n in jobs:
            start = time.perf_counter()
            proc = subprocess.Popen([*CLI, "build", str(out), "--quiet", "--jobs", str(n)])
            _, status, usage = os.wait4(proc.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"`govaudit build {out} --jobs {n}` failed")
            runs[n].append((time.perf_counter() - start, usage.ru_utime + usage.ru_stime))
    for n, values in runs.items():
        wall, cpu = [v[0] for v in values], [v[1] for v in values]
        print(f"build {out} --jobs {n}: wall median {statistics.median(wall):.2f} s (min {min(wall):.2f}), "
              f"CPU median {statistics.median(cpu):.2f} s (min {min(cpu):.2f}) of {len(values)}; "
              f"load average now {os.getloadavg()[0]:.1f}")


def bench_warc(out: Path, rounds: int) -> None:
    """Every archived body of the snapshot read back, lean reader and warcio alternating."""
    from govaudit.crawl import snapshot

    lean = snapshot.read_record
    times: dict[str, list[float]] = {"lean reader": [], "warcio reader": []}
    for _ in range(rounds):
        for label, reader_of in (("lean reader", lean), ("warcio reader", lambda stream, offset: None)):
            snapshot.read_record = reader_of
            try:
                with snapshot.SnapshotReader(out) as reader:
                    captures = [c for c in reader.captures() if c.record is not None]
                    start = time.process_time()
                    size = sum(len(reader.body(c) or b"") + len(reader.rendered_body(c) or b"") for c in captures)
                    times[label].append(time.process_time() - start)
            finally:
                snapshot.read_record = lean
    for label, values in times.items():
        print(f"read {len(captures)} records ({size / 2**20:.1f} MiB of bodies) with the {label}: "
              f"CPU median {statistics.median(values):.2f} s (min {min(values):.2f}) of {len(values)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--snapshot", type=Path, help="only (c): build this kept audit folder with each --jobs value")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values for --snapshot")
    parser.add_argument("--warc", action="store_true", help="with --snapshot: (d), reading the archived bodies back")
    args = parser.parse_args()
    if args.snapshot and args.warc:
        bench_warc(args.snapshot, args.rounds)
        return
    if args.snapshot:
        bench_jobs(args.snapshot, [int(n) for n in args.jobs.split(",")], args.rounds)
        return
    bench_extract(args.rounds, args.profile)
    bench_build(args.rounds)


if __name__ == "__main__":
    main()
