"""Where a stage's peak memory is: RSS sampled with the main thread's stack (run on demand; not a test).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/rss_peak.py OUT [--stage build|check|audit]
        [--jobs N] [--as-of DATE] [--every 0.02] [--trace [--frames N] [--snapshots [--trace-from MiB]]]

OUT holds snapshot/ (and site.json for `check`); the stage runs in this process, as the CLI
runs it. A thread reads /proc/self/statm every --every seconds. Printed: the peak RSS, where
it was reached and the main thread's stack then; then the largest RSS seen at each step of the
modules that sequence the stage (pipeline, builder, jsonio, pagetext, engine: their innermost
frame and line in each sample) in the order they first ran: the stage's memory by phase.
ru_maxrss is printed too: the kernel's peak, which sampling can miss by a few MiB (this
process only: with --jobs N the workers are not counted); and, on
glibc, C malloc's heap at the peak: memory freed but held by malloc is fragmentation.

--trace starts tracemalloc (the run is slower and its RSS larger): each phase also shows the
most memory Python objects held in it, which does not depend on how the allocators lay them
out, so RSS and traced memory side by side tell growth from fragmentation. --snapshots also
takes a snapshot each time the traced memory grows by a tenth past --trace-from MiB and prints
the last one (nearest the peak): the allocations alive then, by line and by traceback
(--frames deep).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import resource
import sys
import threading
import traceback
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import FrameType

_PAGE = os.sysconf("SC_PAGE_SIZE")
_MIB = 2**20
_OWN = f"{os.sep}govaudit{os.sep}"


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]


def _malloc_info() -> Callable[[], tuple[int, int, int]] | None:
    """glibc's (heap in use, heap free, mmapped) bytes of C malloc: Python's larger objects
    (over 512 bytes) and libxml2's trees; small objects live in Python's own arenas."""
    try:
        info = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):  # not glibc, or older than 2.33
        return None
    info.restype = _MallInfo2

    def read() -> tuple[int, int, int]:
        m = info()
        return m.uordblks, m.fordblks, m.hblkhd
    return read


def _rss_parts() -> str:
    """The kernel's split of RSS: anonymous memory, mapped files (libraries), shared memory."""
    with open("/proc/self/status") as fh:
        parts = dict(line.split(":", 1) for line in fh if line.startswith(("RssAnon", "RssFile", "RssShmem")))
    return ", ".join(f"{k[3:].lower()} {int(v.split()[0]) / 1024:.1f}" for k, v in parts.items())


def _rss() -> int:
    with open("/proc/self/statm", "rb") as fh:
        return int(fh.read().split()[1]) * _PAGE


# The modules that sequence a stage: a sample is counted against the innermost of their frames
# (function and line), so build_site_and_texts' steps show apart.
_PHASES = tuple(os.path.join("govaudit", m) for m in ("pipeline.py", "jsonio.py", os.path.join("model", "builder.py"),
                                                      os.path.join("model", "pagetext.py"), "engine.py"))


def _phase(frame: FrameType | None) -> str:
    """`module.function:line` of the innermost stage-sequencing frame of a stack."""
    while frame is not None:
        path = frame.f_code.co_filename
        if frame.f_code.co_name == "<module>":
            return "(imports)"
        if path.endswith(_PHASES):
            return f"{Path(path).stem}.{frame.f_code.co_name}:{frame.f_lineno}"
        frame = frame.f_back
    return "(elsewhere)"


class Sampler(threading.Thread):
    """RSS and the main thread's whereabouts every `every` seconds, until stopped."""

    def __init__(self, every: float, trace_from: float | None, snapshots: bool) -> None:
        super().__init__(daemon=True)
        self.every, self.trace_from, self.snapshots = every, trace_from, snapshots
        self.main = threading.main_thread().ident
        self.stop = threading.Event()
        self.peak, self.peak_phase, self.peak_stack = 0, "", traceback.StackSummary()
        self.malloc, self.peak_malloc, self.peak_parts = _malloc_info(), (0, 0, 0), ""
        self.by_phase: dict[str, tuple[int, int]] = {}  # (RSS, traced) maxima, in the order phases first ran
        self.snapshot: tracemalloc.Snapshot | None = None
        self.snapshot_at = 0.0

    def run(self) -> None:
        while not self.stop.wait(self.every):
            rss = _rss()
            frame = sys._current_frames().get(self.main)
            phase = _phase(frame)
            traced = tracemalloc.get_traced_memory()[0] if self.trace_from is not None else 0
            known = self.by_phase.get(phase, (0, 0))
            self.by_phase[phase] = (max(rss, known[0]), max(traced, known[1]))
            if rss > self.peak:
                self.peak, self.peak_phase = rss, phase
                self.peak_malloc = self.malloc() if self.malloc else (0, 0, 0)
                self.peak_parts = _rss_parts()
                # the lines are looked up at the end: linecache would allocate while being measured
                self.peak_stack = traceback.StackSummary.extract(traceback.walk_stack(frame), lookup_lines=False)
            if self.snapshots and self.trace_from is not None and traced / _MIB >= max(self.trace_from, self.snapshot_at * 1.1):
                self.snapshot, self.snapshot_at = tracemalloc.take_snapshot(), traced / _MIB
            del frame


def _stage(args: argparse.Namespace) -> None:
    from govaudit import pipeline

    if args.stage in ("build", "audit"):
        pipeline.build(args.out, jobs=args.jobs)
    if args.stage in ("check", "audit"):
        pipeline.check(args.out, args.as_of)


def _print_snapshot(snapshot: tracemalloc.Snapshot, traced: float, top: int) -> None:
    snapshot = snapshot.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__),
                                       tracemalloc.Filter(False, "<frozen importlib._bootstrap*")])
    print(f"\ntracemalloc: {traced:.1f} MiB traced at the last snapshot; top lines:")
    for stat in snapshot.statistics("lineno")[:top]:
        print(f"  {stat.size / _MIB:7.1f} MiB {stat.count:9} blocks  {stat.traceback[0]}")
    print("top tracebacks (innermost govaudit frames):")
    for stat in snapshot.statistics("traceback")[:top]:
        own = [f for f in stat.traceback if _OWN in f.filename][-4:] or list(stat.traceback)[-1:]
        print(f"  {stat.size / _MIB:7.1f} MiB {stat.count:9} blocks  " + " <- ".join(
            f"{Path(f.filename).stem}:{f.lineno}" for f in reversed(own)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="an audit folder holding snapshot/")
    parser.add_argument("--stage", default="build", choices=("build", "check", "audit"))
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 9, 30))
    parser.add_argument("--every", type=float, default=0.02, help="seconds between samples")
    parser.add_argument("--trace", action="store_true", help="tracemalloc: traced memory by phase (slower)")
    parser.add_argument("--trace-from", type=float, default=16.0, help="MiB of traced memory before snapshots start")
    parser.add_argument("--frames", type=int, default=1, help="frames a traced allocation records (more: slower)")
    parser.add_argument("--snapshots", action="store_true", help="with --trace, tracemalloc snapshots too (slow)")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    if args.trace:
        tracemalloc.start(args.frames)
    sampler = Sampler(args.every, args.trace_from if args.trace else None, args.snapshots)
    sampler.start()
    try:
        _stage(args)
    finally:
        sampler.stop.set()
        sampler.join()
    print(f"peak RSS {sampler.peak / _MIB:.1f} MiB sampled (in {sampler.peak_phase}), ru_maxrss "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB; PYTHONHASHSEED="
          f"{os.environ.get('PYTHONHASHSEED', '(random)')}")
    print(f"RSS at the peak (MiB): {sampler.peak_parts}")
    if sampler.malloc:
        used, free, mapped = (n / _MIB for n in sampler.peak_malloc)
        print(f"C malloc at the peak: heap {used:.1f} MiB in use + {free:.1f} free (held, not returned), {mapped:.1f} mmapped")
    print("stack at the sampled peak (innermost last):\n" + "".join(reversed(sampler.peak_stack.format())))
    print("largest RSS by phase (innermost frame of the modules that sequence a stage), in the order they first ran:")
    for phase, (rss, traced) in sampler.by_phase.items():
        print(f"  {rss / _MIB:7.1f} MiB" + (f"  traced {traced / _MIB:7.1f}" if args.trace else "") + f"  {phase}")
    if sampler.snapshot is not None:
        _print_snapshot(sampler.snapshot, sampler.snapshot_at, args.top)


if __name__ == "__main__":
    main()
