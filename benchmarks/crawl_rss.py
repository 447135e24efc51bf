"""Peak memory of `govaudit audit` (crawl + build + check + report) on a ~20,000-page loopback site (run on demand).

    .venv/bin/python benchmarks/crawl_rss.py [--concurrency 8] [--latency 0.05] [--news 20 --per-column 960] [--profile]

Runs `govaudit audit` in its own process on the site of crawl_govsite.py and reads
the process's peak RSS (wait4), then runs each stage again alone on its output,
`crawl` into a second folder, `build`, `check` and `report` on the first, to show
which stage holds the peak. --profile then splits build and check into their steps,
each in a fresh process. Target: <= 200 MB for the whole audit.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawl_govsite import add_site_arguments, served

from govaudit.demo import DEMO_AS_OF

GOVAUDIT = "from govaudit.cli import main; main()"
# The steps of `build` (model in memory, plain data, JSON text) and of `check` (JSON parsed, model rebuilt).
_PROFILE = """
import json, resource, sys
from pathlib import Path
def mb(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
out = Path(sys.argv[1])
if sys.argv[2] == "build":
    from govaudit.jsonio import dumps
    from govaudit.model.builder import build_site
    from govaudit.serde import to_dict
    site = build_site(out, None); print(f"  build: build_site (the site model)  peak RSS {mb():6.1f} MB")
    data = to_dict(site); print(f"         + to_dict                    peak RSS {mb():6.1f} MB")
    text = dumps(data); print(f"         + jsonio.dumps (indent=2)    peak RSS {mb():6.1f} MB")
else:
    from govaudit.pipeline import load_site
    data = json.loads((out / "site.json").read_text(encoding="utf-8"))
    print(f"  check: json.loads(site.json)        peak RSS {mb():6.1f} MB"); del data
    site = load_site(out); print(f"         load_site (loads + from_dict) peak RSS {mb():6.1f} MB")
"""


def peak(args: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, wall seconds) of `govaudit ARGS` in a child process.

    Exit status 1 means findings, but also an uncaught exception: a traceback fails the benchmark.
    """
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as errors:
        child = subprocess.Popen([sys.executable, "-c", GOVAUDIT, *args], stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)  # the rusage of this child alone
        errors.seek(0)
        stderr = errors.read()
    if os.waitstatus_to_exitcode(status) not in (0, 1) or "Traceback" in stderr:
        raise SystemExit(f"govaudit {args[0]} failed (exit status {os.waitstatus_to_exitcode(status)}):\n{stderr[-3000:]}")
    return usage.ru_maxrss / 1024, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_site_arguments(parser)
    parser.add_argument("--profile", action="store_true", help="split build and check into their steps")
    args = parser.parse_args()
    as_of = ["--as-of", DEMO_AS_OF.isoformat()]
    crawl = ["--rate", "0", "--concurrency", str(args.concurrency), "--max-pages", "1000000"]
    with tempfile.TemporaryDirectory(prefix="govaudit-bench-") as tmp, \
            served(args.news, args.per_column, args.latency) as site:
        audited, alone = str(Path(tmp) / "audit"), str(Path(tmp) / "crawl")
        print(f"site: {site.pages} HTML pages, {args.latency * 1000:.0f} ms per response, "
              f"concurrency {args.concurrency}", flush=True)
        rows = [("audit (one process)", peak(["audit", site.url, "--out", audited, *crawl, *as_of,
                                              "--format", "html,md,json"]))]
        print(f"{rows[0][0]:22} peak RSS {rows[0][1][0]:6.1f} MB  {rows[0][1][1]:6.1f} s", flush=True)
        for name, stage in [("crawl", ["crawl", site.url, "--out", alone, *crawl]), ("build", ["build", audited]),
                            ("check", ["check", audited, *as_of]), ("report", ["report", audited])]:
            rss, seconds = peak(stage)
            print(f"  {name:20} peak RSS {rss:6.1f} MB  {seconds:6.1f} s", flush=True)
        if args.profile:
            for stage in ("build", "check"):
                subprocess.run([sys.executable, "-c", _PROFILE, audited, stage], check=True)
        site_mb = (Path(audited) / "site.json").stat().st_size / 1e6
        warc_mb = (Path(audited) / "snapshot" / "crawl.warc.gz").stat().st_size / 1e6
    print(f"site.json {site_mb:.1f} MB, WARC {warc_mb:.1f} MB; target <= 200 MB for the audit")


if __name__ == "__main__":
    main()
