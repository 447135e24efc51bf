"""Batch benchmark (issue 12): 40 loopback sites of different sizes, each on its own 127.0.0.x
address, served by a separate server process.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/batch.py [--sites 40] [--rate 10] [--keep DIR]

Measures, each phase as a `govaudit` subprocess (the way a researcher runs it):
  * wall time of `govaudit batch` with --workers 1 and --workers 2 (per-host politeness at
    --rate requests/s is what the crawl waits on, so two workers should nearly halve it);
  * the same batch on a Dask LocalCluster (--dask-workers 2): results equal the local run's
    (crawl timestamps and WARC offsets aside), and `rescore` on Dask byte-identical to a local one;
  * peak RSS of the batch process and of each Dask worker process (psutil, sampled every 0.1 s);
  * `govaudit rescore` throughput in sites per second over the stored batch.

Measured 2026-12-03 on the shared 2-core build machine (load average 8–20 from other jobs),
40 sites, 998 pages, --rate 5: 1 worker 237.4 s, 2 workers 114.5 s (2.07×), Dask LocalCluster
of 2 worker processes 117.0 s with equal results; peak RSS 57–59 MiB (threads), 70 MiB client +
80 MiB per Dask worker; rescore 40 sites in 4.9 s (8.2 sites/s, process start included), the
Dask rescore byte-identical.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.batch.loopsites import serve_site, small_site, write_csv  # noqa: E402

CLI = [sys.executable, "-c", "import sys; from govaudit.cli import main; sys.exit(main())"]
AS_OF = "2026-09-30"
_VOLATILE = {"fetched_at", "record", "crawl_started_at", "crawl_finished_at"}


def _serve(n: int, ready: Any, stop: Any) -> None:
    """Server process: site i on 127.0.0.(i+2), 2–12 documents per column (≈10–40 pages)."""
    from contextlib import ExitStack

    with ExitStack() as stack:
        bases = [stack.enter_context(serve_site(small_site(f"第{i}区", docs_per_column=2 + i % 11, newest_day=5 + i % 25),
                                                host=f"127.0.0.{i + 2}")).base for i in range(n)]
        ready.send(bases)
        stop.wait()


def _run(args: list[str]) -> tuple[float, int, dict[str, int]]:
    """(wall seconds, exit code, peak RSS in MiB of the process and of each child) of a CLI run."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    started = time.monotonic()
    proc = subprocess.Popen(CLI + args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks: dict[str, int] = {}
    stderr: list[str] = []
    reader = threading.Thread(target=lambda: stderr.append(proc.stderr.read()), daemon=True)
    reader.start()
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            for p in [root, *root.children(recursive=True)]:
                name = "batch" if p.pid == proc.pid else f"child {p.pid}"
                peaks[name] = max(peaks.get(name, 0), p.memory_info().rss // 2**20)
        except psutil.Error:
            pass
        time.sleep(0.1)
    reader.join(5)
    if proc.returncode not in (0, 1):
        print("".join(stderr)[-2000:], file=sys.stderr)
    return time.monotonic() - started, proc.returncode, peaks


def _stable(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _stable(v) for k, v in data.items() if k not in _VOLATILE}
    if isinstance(data, list):
        return [_stable(v) for v in data]
    return data


def _same_results(a: Path, b: Path, names: list[str], folder_a: str, folder_b: str, exact: bool) -> bool:
    for name in names:
        x, y = (p / name / "results.json" for p in (a / folder_a, b / folder_b))
        if exact:
            if x.read_bytes() != y.read_bytes():
                return False
        elif _stable(json.loads(x.read_text("utf-8"))) != _stable(json.loads(y.read_text("utf-8"))):
            return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=40)
    parser.add_argument("--rate", type=float, default=10.0, help="requests/s per host (the politeness the crawl waits on)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the batch folders here")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="govaudit-batch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    ctx = multiprocessing.get_context("spawn")
    ready_recv, ready_send = ctx.Pipe(duplex=False)
    stop = ctx.Event()
    server = ctx.Process(target=_serve, args=(args.sites, ready_send, stop), daemon=True)
    server.start()
    try:
        bases = ready_recv.recv()
        names = [f"site{i:02d}" for i in range(args.sites)]
        write_csv(work / "sites.csv", [(n, b, f"R{i % 4}", ("区县", "部门")[i % 2], "", "")
                                       for i, (n, b) in enumerate(zip(names, bases))])
        common = ["--rate", str(args.rate), "--render", "never", "--as-of", AS_OF, "--max-time", "300"]
        report: dict[str, Any] = {"sites": args.sites, "rate": args.rate}
        for label, extra in (("workers1", ["--workers", "1"]), ("workers2", ["--workers", "2"]),
                             ("dask2", ["--dask-workers", "2"])):
            seconds, code, peaks = _run(["batch", str(work / "sites.csv"), "--out", str(work / label), *common, *extra])
            pages = sqlite3.connect(work / label / "results.sqlite").execute(
                "SELECT SUM(pages_fetched), COUNT(*) FROM coverage").fetchone()
            report[label] = {"seconds": round(seconds, 1), "exit": code, "pages": pages[0], "sites_with_results": pages[1],
                             "peak_rss_mib": peaks}
            print(label, report[label], flush=True)
        report["speedup_2_vs_1"] = round(report["workers1"]["seconds"] / report["workers2"]["seconds"], 2)
        report["dask_equals_local"] = _same_results(work / "workers2", work / "dask2", names, "sites", "sites", exact=False)
        seconds, code, peaks = _run(["rescore", str(work / "workers2"), "--as-of", "2026-12-31"])
        report["rescore"] = {"seconds": round(seconds, 2), "exit": code, "sites_per_second": round(args.sites / seconds, 1),
                             "peak_rss_mib": peaks}
        seconds, code, _ = _run(["rescore", str(work / "workers2"), "--as-of", "2026-12-31", "--dask-workers", "2"])
        report["rescore_dask_byte_identical"] = _same_results(work / "workers2", work / "workers2", names, "runs/2", "runs/3",
                                                              exact=True)
        report["rescore_dask_seconds"] = round(seconds, 2)
        print(json.dumps(report, ensure_ascii=False, indent=2))
    finally:
        stop.set()
        server.join(10)


if __name__ == "__main__":
    main()
