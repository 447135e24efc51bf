"""Peak memory of each audit stage on generated sample sites (run on demand; not a test).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/memory.py [--site hanweb:small --site hanweb:medium]
        [--render never|auto] [--keep DIR]

Each site (a tests/sites template and size; hanweb small is ~240 HTML pages, medium ~2,900) is
served on 127.0.0.1 and audited stage by stage as a user would, each stage a fresh CLI process:
crawl (--rate 0, --concurrency 8), build, check (--as-of the site's date), report (html, md).
For each stage: wall time, CPU time and peak RSS (ru_maxrss from wait4: the largest of the
stage's process and the children it waited for — Chromium's, if the crawl rendered), then the
sizes of site.json and results.json, so the growth with site size can be read off.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.sites import TEMPLATES
from tests.sites.server import serve_site

# -P: no current directory on sys.path, so PYTHONPATH decides which tree runs
CLI = [sys.executable, "-P", "-c", "import sys; from govaudit.cli import main; sys.exit(main())"]


def _stage(args: list[str]) -> tuple[float, float, float, int]:
    """(wall s, CPU s, peak RSS MiB, exit code) of one CLI process."""
    start = time.perf_counter()
    proc = subprocess.Popen([*CLI, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode == 2:
        print(f"  note: `govaudit {args[0]}` exited 2: {(err.strip().splitlines() or ['?'])[-1]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode


def audit(name: str, size: str, out: Path, render: str) -> None:
    site = TEMPLATES[name][0](size)
    print(f"\n== {name} ({size}): {len(site.html_urls)} HTML pages; load average {os.getloadavg()[0]:.2f}")
    print(f"{'stage':8} {'wall s':>7} {'CPU s':>7} {'peak RSS MiB':>13}")
    with serve_site(site) as base:
        row = _stage(["crawl", base, "--out", str(out), "--rate", "0", "--concurrency", "8", "--render", render])
    print(f"{'crawl':8} {row[0]:7.2f} {row[1]:7.2f} {row[2]:13.1f}")
    for stage, extra in (("build", []), ("check", ["--as-of", site.as_of.isoformat()]), ("report", ["--format", "html,md"])):
        row = _stage([stage, str(out), *extra])
        print(f"{stage:8} {row[0]:7.2f} {row[1]:7.2f} {row[2]:13.1f}")
    sizes = {f: (out / f).stat().st_size / 2**20 for f in ("site.json", "results.json") if (out / f).exists()}
    print("files: " + ", ".join(f"{f} {mib:.1f} MiB" for f, mib in sizes.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", action="append", help="TEMPLATE:SIZE (repeatable; default hanweb:small and hanweb:medium)")
    parser.add_argument("--render", default="never", choices=("never", "auto"))
    parser.add_argument("--keep", type=Path, help="keep each audit folder under DIR/<template>-<size>")
    args = parser.parse_args()
    sites = [tuple(s.split(":", 1)) for s in (args.site or ["hanweb:small", "hanweb:medium"])]
    for name, size in sites:
        if name not in TEMPLATES or size not in TEMPLATES[name][1]:
            parser.error(f"no sample site {name}:{size}; templates: {', '.join(f'{n}:{s}' for n, (_, ss) in TEMPLATES.items() for s in ss)}")
    with tempfile.TemporaryDirectory(prefix="govaudit-memory-") as tmp:
        root = args.keep or Path(tmp)
        for name, size in sites:
            out = root / f"{name}-{size}"
            if out.exists() and any(out.iterdir()):
                raise SystemExit(f"{out} is not empty; choose another --keep folder.")
            audit(name, size, out, args.render)


if __name__ == "__main__":
    main()
