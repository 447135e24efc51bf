"""Time and memory of loading one site.json alone (pipeline.load_site), in fresh processes (run on demand; not a test).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/load_site.py OUT_DIR [--repeat 3]

OUT_DIR holds a built site.json (e.g. the stages folder benchmarks/memory.py --keep leaves).
Each run is a new interpreter that imports the pipeline, then loads the model: printed are the
load's wall and CPU time, the peak RSS before and after it (ru_maxrss), and the model's size
in pages and links; then the medians. `check` is this load plus the rules and the results file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

# -P: no current directory on sys.path, so PYTHONPATH decides which tree runs
_RUN = """
import json, resource, sys, time
from pathlib import Path
from govaudit.pipeline import load_site
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
wall, cpu = time.perf_counter(), time.process_time()
site = load_site(Path(sys.argv[1]))
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
print(json.dumps({"wall": wall, "cpu": cpu, "rss_before": before,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "pages": len(site.pages), "links": len(site.links)}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="a folder holding site.json")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    runs = []
    for _ in range(args.repeat):
        done = subprocess.run([sys.executable, "-P", "-c", _RUN, args.out], capture_output=True, text=True, check=True)
        run = json.loads(done.stdout)
        runs.append(run)
        print(f"load_site {run['wall']:6.2f} s wall {run['cpu']:6.2f} s CPU  peak RSS {run['rss_before']:6.1f} -> "
              f"{run['rss']:6.1f} MiB  ({run['pages']} pages, {run['links']} links)", flush=True)
    if len(runs) > 1:
        median = {k: statistics.median(r[k] for r in runs) for k in ("wall", "cpu", "rss")}
        print(f"median    {median['wall']:6.2f} s wall {median['cpu']:6.2f} s CPU  peak RSS {median['rss']:6.1f} MiB")


if __name__ == "__main__":
    main()
