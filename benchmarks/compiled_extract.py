"""Extraction compiled to C (Cython or mypyc) against pure Python: same readings? how much faster? (run on demand; not a test).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/compiled_extract.py --compiler-python SCRATCH/bin/python
        [--compiler cython|mypyc] [--modules FILE ...] [--rounds 5] [--callgrind] [--keep DIR]

Issue 13 asks for >= 500 real corpus pages/s per core, cold. This measures what compiling the
extraction modules buys, without touching the tree: it copies govaudit/ and benchmarks/ to a
temporary folder (DIR with --keep), compiles the modules there (default: every module of
govaudit/model/extract and the helpers it calls per element: htmlpage, htmlvocab, urls, jsurls, cnnum),
and runs in a fresh process each, pure (this tree) and compiled (the copy):
  - benchmarks/extract_hashes.py: the two hash files must be identical (what every corpus page reads);
  - extract_page on the typical corpus pages (build_pages.py's 35-65 KB set), cold (caches cleared
    before every page), best and median CPU time of --rounds;
  - with --callgrind (valgrind): instructions per page, 3 passes minus 1 over the typical pages / (2 x pages).
    Instruction counts repeat on a loaded machine; seconds do not: decide on instructions.
The compiler is not a dependency of govaudit: install it in a scratch environment of the same Python
(`python3.11 -m venv /tmp/cc && /tmp/cc/bin/pip install cython mypy`) and name its interpreter with
--compiler-python. Cython compiles the modules as written. mypyc type-checks them first and stops at
the first module mypy rejects (at 2026-12 twelve places in the extraction modules need an annotation or a
renamed variable; a variable re-bound to another type is a TypeError at run time under mypyc), and it
refuses htmlpage's object.__new__(RawLink) once RawLink is compiled: leave htmlpage out for mypyc.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "govaudit/model/extract").glob("*.py") if p.name != "__init__.py") \
    + [f"govaudit/{name}.py" for name in ("htmlpage", "htmlvocab", "urls", "jsurls", "cnnum")]

# Run in the measured process: extract_page over the typical corpus pages, cold, PASSES times.
TIMING = """
import statistics, sys, time
sys.path.insert(0, "benchmarks")
from build_pages import TYPICAL, corpus_pages
from govaudit.model.extract.page import clear_caches, extract_page
pages = [t for t, s in corpus_pages() if TYPICAL[0] <= s <= TYPICAL[1]]
rounds = int(sys.argv[1])
times = []
for _ in range(rounds):
    start = time.process_time()
    for text in pages:
        clear_caches()
        extract_page(text, "https://www.example.gov.cn/zwgk/col/202601/t20260101_1.html")
    times.append(time.process_time() - start)
print(len(pages), min(times), statistics.median(times))
"""


def compile_copy(tree: Path, compiler: str, python: str, modules: list[str]) -> None:
    """Compile `modules` (paths relative to the tree) in place in the copy `tree`."""
    if compiler == "cython":
        cmd = [python, "-m", "Cython.Build.Cythonize", "-i", "-3", "-q", "-j", str(os.cpu_count() or 1), *modules]
    else:
        cmd = [python, "-m", "mypyc", "--ignore-missing-imports", "--follow-imports=silent", *modules]
    proc = subprocess.run(cmd, cwd=tree, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{compiler} failed:\n{proc.stdout[-4000:]}{proc.stderr[-4000:]}")


def run(tree: Path, args: list[str]) -> subprocess.CompletedProcess:
    # -P: no current directory on sys.path, so PYTHONPATH decides which tree runs
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run([sys.executable, "-P", *args], cwd=tree, env=env, capture_output=True, text=True, check=True)


def instructions(tree: Path) -> float:
    """Millions of instructions per page: callgrind of 3 passes minus 1 pass, over 2 x pages."""
    refs = []
    for passes in (1, 3):
        proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-P",
                               "-c", TIMING, str(passes)], cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)},
                              capture_output=True, text=True, check=True)
        line = next(l for l in proc.stderr.splitlines() if "refs:" in l)
        refs.append(int(line.split("refs:")[1].replace(",", "")))
        pages = int(proc.stdout.split()[0])
    return (refs[1] - refs[0]) / (2 * pages) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compiler", choices=("cython", "mypyc"), default="cython")
    parser.add_argument("--compiler-python", default=sys.executable,
                        help="an interpreter of the same Python version with Cython (or mypy) installed")
    parser.add_argument("--modules", nargs="+", default=MODULES, help="files to compile, relative to the tree")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--callgrind", action="store_true", help="also count instructions per page (valgrind)")
    parser.add_argument("--keep", type=Path, help="compile into this folder (kept) instead of a temporary one")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="compiled_extract."))
    try:
        copy = work / "tree"
        for name in ("govaudit", "benchmarks"):
            shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.c"))
        (work / "shared").symlink_to(ROOT.parent / "shared")  # the benchmarks find ../shared/corpus from their file
        compile_copy(copy, args.compiler, args.compiler_python, args.modules)
        built = sorted((copy / "govaudit").rglob("*.so")) + sorted(copy.glob("*.so"))  # mypyc: one shared library at the top
        print(f"{args.compiler}: {len(args.modules)} modules compiled, {len(built)} shared objects, "
              f"{sum(p.stat().st_size for p in built) / 2**20:.1f} MiB")
        hashes = {}
        for label, tree in (("pure", ROOT), ("compiled", copy)):
            out = work / f"hashes-{label}.txt"
            run(tree, ["benchmarks/extract_hashes.py", str(out)])
            hashes[label] = out.read_bytes()
        print("extract_hashes:", "identical" if hashes["pure"] == hashes["compiled"] else "DIFFERENT (a changed reading)")
        for label, tree in (("pure", ROOT), ("compiled", copy)):
            n, best, median = run(tree, ["-c", TIMING, str(args.rounds)]).stdout.split()
            line = (f"{label:8} extract_page (typical, cold): {n} pages, {int(n) / float(best):.0f} pages/s "
                    f"(median {int(n) / float(median):.0f})")
            if args.callgrind:
                line += f", {instructions(tree):.2f} M instructions/page"
            print(line)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
