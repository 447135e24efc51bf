"""Wall time of `govaudit build` and `govaudit check` on a kept audit folder (run on demand).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/stages.py OUT --as-of 2026-09-30 [--rounds 5]
        [--compare OTHER_TREE]

OUT is a folder holding snapshot/ (e.g. from `benchmarks/accuracy.py --keep DIR`). Each round
runs the CLI in a fresh process (imports included, as a user sees it); medians are printed
with the load average beside them (the machine is shared). With --compare, the rounds
alternate between this tree and OTHER_TREE (e.g. a checkout of the previous commit), and the
site.json / results.json each writes are compared byte for byte. CPU time (user + system
of the child) is printed beside wall time: on a loaded machine it is the steadier measure.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
# -P: no current directory on sys.path, so PYTHONPATH decides which tree runs
CLI = [sys.executable, "-P", "-c", "import sys; from govaudit.cli import main; sys.exit(main())"]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(tree: Path, args: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one CLI run: CPU time is what a loaded machine distorts least."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    start, cpu = time.perf_counter(), _cpu()
    proc = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start, _cpu() - cpu
    if proc.returncode not in (0, 1):
        raise SystemExit(f"`govaudit {args[0]}` failed with {tree}: {proc.stderr.strip()[-300:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--as-of", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--compare", type=Path, help="another source tree to alternate with")
    args = parser.parse_args()
    trees = [HERE, *([args.compare.resolve()] if args.compare else [])]
    times: dict[tuple[Path, str], list[tuple[float, float]]] = {}
    outputs: dict[Path, tuple[bytes, bytes]] = {}
    for _ in range(args.rounds):
        for tree in trees:
            for stage, extra in (("build", []), ("check", ["--as-of", args.as_of])):
                times.setdefault((tree, stage), []).append(_run(tree, [stage, str(args.out), *extra]))
            outputs[tree] = ((args.out / "site.json").read_bytes(), (args.out / "results.json").read_bytes())
    load = os.getloadavg()[0]
    for (tree, stage), values in times.items():
        wall, cpu = [v[0] for v in values], [v[1] for v in values]
        print(f"{stage:5} {tree}: CPU median {statistics.median(cpu):.2f} s (min {min(cpu):.2f}), wall median "
              f"{statistics.median(wall):.2f} s (min {min(wall):.2f}) of {len(values)}; load average now {load:.2f}")
    if args.compare:
        same = [outputs[trees[0]][i] == outputs[trees[1]][i] for i in range(2)]
        print(f"site.json identical: {same[0]}; results.json identical: {same[1]}")


if __name__ == "__main__":
    main()
