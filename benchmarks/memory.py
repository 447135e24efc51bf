"""Peak memory of each audit stage on generated sample sites of about 1k, 5k and 20k pages (run on demand; not a test).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/memory.py [--site hanweb:1k --site hanweb:20k]
        [--repeat 3] [--keep DIR] [--full-audit] [--render never|auto] [--jobs N]

Each site (a tests/sites template and size: hanweb small ~240 HTML pages, medium ~2,900, 1k, 5k,
20k) is served on 127.0.0.1 by a child process and crawled once (--rate 0, --concurrency 8, the list and pattern caps
lifted so every page is fetched); with --keep, a snapshot already in DIR/<template>-<size> is reused
and the crawl skipped. Then, each a fresh CLI process as a user would run them: build, check
(--as-of the site's date), report (html, md), and `audit` after its crawl — build, check and report
in one process, as `govaudit audit` runs them, which is the audit's peak unless the crawl's is
higher. --full-audit also runs a whole `govaudit audit` (its own crawl included) once.
For each: wall time, CPU time and peak RSS (ru_maxrss from wait4: the largest of the stage's
process and the children it waited for), medians of --repeat runs; then the sizes of the
stage files, so the growth with site size can be read off. The site is generated and served in
its own process because Linux counts a child's memory before its exec as the child's: stages
spawned by a parent holding a 20k-page site all read at least the parent's size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawl_sample_server import served_sample

from tests.sites import TEMPLATES, hanweb

# -P: no current directory on sys.path, so PYTHONPATH decides which tree runs
CLI = [sys.executable, "-P", "-c", "import sys; from govaudit.cli import main; sys.exit(main())"]
# `govaudit audit` after its crawl: the same build, check and report calls in one process
POST_CRAWL = [sys.executable, "-P", "-c", """
import sys
from datetime import date
from pathlib import Path
from govaudit import cli, pipeline
out, as_of = Path(sys.argv[1]), date.fromisoformat(sys.argv[2])
pipeline.crawl = lambda *args, **kwargs: None  # the snapshot is there already
cli._audit("-", out, None, as_of, None, None, ["html", "md", "json"], quiet=True, jobs=int(sys.argv[3]))
"""]
UNCAPPED = ["--rate", "0", "--concurrency", "8", "--max-pages", "1000000", "--max-list-pages", "100000",
            "--max-urls-per-pattern", "1000000"]
SIZES = {name: (*sizes, *(hanweb.BENCH_SIZES if name == "hanweb" else ())) for name, (_, sizes) in TEMPLATES.items()}


def _run(cmd: list[str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MiB) of one process; exit code 2 is reported, others end the benchmark."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1: the audit found problems
        raise SystemExit(f"{' '.join(cmd[-3:])} exited {code}: {err.strip()[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def _row(stage: str, runs: list[tuple[float, float, float]]) -> None:
    wall, cpu, rss = (statistics.median(r[i] for r in runs) for i in range(3))
    spread = f"  ({min(r[2] for r in runs):.0f}–{max(r[2] for r in runs):.0f})" if len(runs) > 1 else ""
    print(f"{stage:11} {wall:7.2f} {cpu:7.2f} {rss:13.1f}{spread}", flush=True)


def _fresh(folder: Path, snapshot: Path) -> Path:
    """`folder` emptied, holding only (a link to) the crawl's snapshot."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "snapshot").symlink_to(snapshot.resolve(), target_is_directory=True)
    return folder


def audit(name: str, size: str, root: Path, render: str, repeat: int, full: bool, jobs: int) -> None:
    as_of = sys.modules[TEMPLATES[name][0].__module__].AS_OF.isoformat()
    crawled = root / "crawl"
    with served_sample(name, size, 0.0) as served:
        base = served.url
        print(f"\n== {name} ({size}): {served.pages} HTML pages; --jobs {jobs or 'one per core'}; "
              f"load average {os.getloadavg()[0]:.2f}")
        print(f"{'stage':11} {'wall s':>7} {'CPU s':>7} {'peak RSS MiB':>13}")
        if (crawled / "snapshot").is_dir():
            print(f"{'crawl':11} (snapshot reused from {crawled})")
        else:
            _row("crawl", [_run([*CLI, "crawl", base, "--out", str(crawled), *UNCAPPED, "--render", render])])
        if full:
            whole = root / "full-audit"
            shutil.rmtree(whole, ignore_errors=True)
            _row("full audit", [_run([*CLI, "audit", base, "--out", str(whole), *UNCAPPED, "--render", render,
                                      "--as-of", as_of, "--quiet", "--jobs", str(jobs)])])
    work = _fresh(root / "stages", crawled / "snapshot")
    stages = {"build": [], "check": [], "report": []}
    for _ in range(repeat):
        stages["build"].append(_run([*CLI, "build", str(work), "--quiet", "--jobs", str(jobs)]))
        stages["check"].append(_run([*CLI, "check", str(work), "--as-of", as_of, "--quiet"]))
        stages["report"].append(_run([*CLI, "report", str(work), "--format", "html,md", "--quiet"]))
    for stage, runs in stages.items():
        _row(stage, runs)
    post = [_run([*POST_CRAWL, str(_fresh(root / "audit", crawled / "snapshot")), as_of, str(jobs)]) for _ in range(repeat)]
    _row("audit", post)
    sizes = {f.name: f.stat().st_size / 2**20 for f in sorted(work.iterdir()) if f.is_file() and f.suffix in (".json", ".jsonl", ".db")}
    print("files: " + ", ".join(f"{f} {mib:.1f} MiB" for f, mib in sizes.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", action="append", help="TEMPLATE:SIZE (repeatable; default hanweb:1k, hanweb:5k, hanweb:20k)")
    parser.add_argument("--render", default="never", choices=("never", "auto"))
    parser.add_argument("--repeat", type=int, default=1, help="runs of each stage after the crawl (medians printed)")
    parser.add_argument("--keep", type=Path, help="keep each site's folders under DIR/<template>-<size>, reusing a snapshot found there")
    parser.add_argument("--full-audit", action="store_true", help="also run a whole `govaudit audit`, crawl included")
    parser.add_argument("--jobs", type=int, default=0, help="--jobs of build and audit (0, the default: one per core)")
    args = parser.parse_args()
    sites = [tuple(s.split(":", 1)) for s in (args.site or ["hanweb:1k", "hanweb:5k", "hanweb:20k"])]
    for name, size in sites:
        if size not in SIZES.get(name, ()):
            parser.error(f"no sample site {name}:{size}; templates: {', '.join(f'{n}:{s}' for n, ss in SIZES.items() for s in ss)}")
    with tempfile.TemporaryDirectory(prefix="govaudit-memory-") as tmp:
        root = args.keep or Path(tmp)
        for name, size in sites:
            audit(name, size, root / f"{name}-{size}", args.render, args.repeat, args.full_audit, args.jobs)


if __name__ == "__main__":
    main()
