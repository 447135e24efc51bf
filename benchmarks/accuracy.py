"""Accuracy of the audit on the sample-site templates of tests/sites (run on demand).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/accuracy.py [--template hanweb|table|all]
        [--size small|medium|all] [--keep DIR] [--render auto|never|always] [-v] [--print-key]
        [--mutate classes,labels,layout,dates,names,metas,pagers,footers,charsets,links,chrome,wrappers,sloppy,rows,order,copies,scripts,dates2,tabs,sidebox,addresses,frames
         [--seed N]] [--faults transient,ratelimit,reset,waf412,waf501,waf200,slow,truncated --fault-rate R [--seed N]]

Each template is generated, served on 127.0.0.1 and audited as a user would (the CLI's
crawl → build → check --as-of, with the default crawl budget and no rate limit on this
local server). The failing findings in results.json are compared with the template's
answer key: per rule family, TP = a failing finding whose URL (and, where the key says,
organ and year) matches a key entry of that family, FP = any other failing finding,
FN = a key entry that no failing finding matches. Also printed: vetoes fired against the
vetoes the planted defects support, site pages fetched, the grade and the run time.
Family scores cannot see a verdict that changed within a family or in a rule no family scores:
keep a plain and a mutated run and compare every verdict with benchmarks/verdict_diff.py.

`--faults` serves each site as a hostile server would (tests/sites/server.py Faults): a share of
its URLs, the same on every run of a seed, answer a 502/503, a 429, a cut body (each on the first
request only: the audit must retry and reach the plain run's verdicts), or a WAF's 412, 501 or
status-200 block page, an answer slower than the crawler waits, or a body cut halfway and closed
as if whole (on every request: what they hide must be undecided, never a verdict). With `slow`
the crawl's timeout is cut to SLOW_TIMEOUT seconds. Compare with a plain run: verdict_diff.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from tests.sites import TEMPLATES
from tests.sites.mutate import MUTATIONS
from tests.sites.model import SampleSite
from tests.sites.scoring import same_url, score
from tests.sites.server import FAULT_KINDS, Faults, serve_site

CLI = [sys.executable, "-c", "import sys; from govaudit.cli import main; sys.exit(main())"]
# With `slow` faults: the crawler's (connect, read) timeout, and how late a slow answer comes.
SLOW_TIMEOUT, SLOW_DELAY = 3.0, 6.0
_SHORT_TIMEOUT = ("import functools, sys; import govaudit.cli as cli; "
                  f"cli.CrawlSettings = functools.partial(cli.CrawlSettings, timeout=({SLOW_TIMEOUT}, {SLOW_TIMEOUT})); "
                  "sys.exit(cli.main())")


class RunError(Exception):
    """A stage of one audit failed; the other templates still run."""


def _run(args: list[str], timeout: float, cli: list[str] = CLI) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([*cli, *args], capture_output=True, text=True, env=os.environ.copy(), timeout=timeout)
    except subprocess.TimeoutExpired as err:
        raise RunError(f"`govaudit {args[0]}` did not finish within {timeout:.0f} s") from err


def _last_line(proc: subprocess.CompletedProcess[str]) -> str:
    return (proc.stderr.strip().splitlines() or ["(no message)"])[-1]


def _pages_fetched(site: SampleSite, out: Path, base: str) -> int:
    db = sqlite3.connect(out / "snapshot" / "index.sqlite3")
    try:
        rows = db.execute("SELECT url, final_url FROM captures WHERE outcome = 'ok'").fetchall()
    finally:
        db.close()
    got = {same_url(u) for row in rows for u in row if u}
    return sum(1 for u in site.html_urls if same_url(base.rstrip("/") + u) in got)


def audit(site: SampleSite, out: Path, render: str, timeout: float,
          faults: Faults | None = None) -> tuple[dict[str, Any], str, int, float]:
    """Serve `site` (answering as `faults` say, if given) and audit it into `out` (each stage
    bounded by `timeout` seconds; the server stops when the crawl ends); (results, base URL, site
    pages fetched, seconds)."""
    started = time.perf_counter()
    cli = [sys.executable, "-c", _SHORT_TIMEOUT] if faults and "slow" in faults.kinds else CLI
    with serve_site(site, faults) as base:
        crawl = _run(["crawl", base, "--out", str(out), "--rate", "0", "--concurrency", "4", "--render", render,
                      "--max-time", str(timeout)], timeout + 60, cli)
    if crawl.returncode == 2 and not (out / "snapshot").is_dir():
        raise RunError(f"crawl failed: {_last_line(crawl)}")
    for stage in (["build", str(out)], ["check", str(out), "--as-of", site.as_of.isoformat()]):
        proc = _run(stage, timeout)
        if proc.returncode == 2:
            # A verdict of "not audited" may still write results.json; score it if so.
            print(f"note: `govaudit {stage[0]}` exited 2: {_last_line(proc)}")
    if not (out / "results.json").is_file():
        raise RunError("no results.json was written")
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return results, base, _pages_fetched(site, out, base), time.perf_counter() - started


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def report(site: SampleSite, results: dict[str, Any], base: str, fetched: int, seconds: float,
           verbose: bool) -> dict[str, str]:
    """Print one template's table; returns 'precision/recall' per family for the summary."""
    scores, vetoes = score(site, results, base)
    key_sizes = {fam: sum(1 for e in site.key if e.family == fam) for fam in scores}
    print(f"\n== {site.name} ({site.size}), as of {site.as_of}: {len(site.html_urls)} HTML pages, "
          f"{len(site.key)} planted defects")
    print(f"{'family':34} {'key':>4} {'TP':>4} {'FP':>4} {'FN':>4} {'undec':>5} {'traps':>5} {'prec':>5} {'recall':>6}")
    for fam, s in scores.items():
        print(f"{fam:34} {key_sizes[fam]:4} {s.tp:4} {s.fp:4} {s.fn:4} {s.undecided:5} {s.traps_hit:5} "
              f"{_fmt(s.precision())} {_fmt(s.recall(key_sizes[fam])):>6}")
        if verbose:
            for line in s.misses:
                print(f"    missed: {line}")
            for line in s.false:
                print(f"    false:  {line}")
            for line in s.several:  # a false finding may hide behind a true one of another rule: read them
                print(f"    several rules: {line}")
    fired, supported = {v for v, st in vetoes.items() if st == "fail"}, set(site.vetoes)
    undecided = sorted(v for v, st in vetoes.items() if st in ("incomplete", "error"))
    print(f"vetoes fired: {sorted(fired) or 'none'}; supported by the key: {sorted(supported) or 'none'}; "
          f"false: {sorted(fired - supported) or 'none'}; missed: {sorted(supported - fired) or 'none'}; "
          f"undecided: {undecided or 'none'}")
    cov = results.get("coverage", {})
    post_only = f", {len(site.post_only)} of them listed only behind a form postback" if site.post_only else ""
    post_only += f", {len(site.script_only)} of them reached only by a script pager" if site.script_only else ""
    print(f"pages fetched: {fetched}/{len(site.html_urls)} site HTML pages{post_only} "
          f"({cov.get('pages_fetched')} requests counted, budget exhausted: {cov.get('budget_exhausted')})")
    print(f"grade: {results.get('grade')} (score {results.get('score')}); time {seconds:.1f} s")
    return {fam: f"{_fmt(s.precision()).strip()}/{_fmt(s.recall(key_sizes[fam])).strip()}" for fam, s in scores.items()}


def _summary(cells: dict[str, dict[str, str]]) -> None:
    """One precision/recall grid: families down, template runs across."""
    families = sorted({fam for col in cells.values() for fam in col})
    print("\n== precision/recall per family (n/a: nothing found, or nothing planted)")
    print(f"{'family':34} " + " ".join(f"{run:>16}" for run in cells))
    for fam in families:
        print(f"{fam:34} " + " ".join(f"{cells[run].get(fam, '-'):>16}" for run in cells))


def _key_json(site: SampleSite) -> dict[str, Any]:
    return {"template": site.name, "size": site.size, "as_of": site.as_of.isoformat(), "vetoes": sorted(site.vetoes),
            "expected": [asdict(e) for e in site.key], "traps": [asdict(t) for t in site.traps]}


def _mutations(value: str) -> list[str]:
    names = [n.strip() for n in value.split(",") if n.strip()]
    if unknown := [n for n in names if n not in MUTATIONS]:
        raise argparse.ArgumentTypeError(f"unknown mutation {unknown[0]!r}; choose from {', '.join(MUTATIONS)}")
    return names


def mutated(site: SampleSite, mutations: list[str], seed: int) -> SampleSite:
    """`site` with `mutations` applied in order; the mutations choose row shapes and date formats
    from the site's name, so another `seed` renames it while they choose, and only then."""
    chooser = replace(site, name=f"{site.name} seed {seed}") if seed else site
    for mutation in mutations:
        chooser = MUTATIONS[mutation](chooser)
    return replace(chooser, name=site.name)


def _fault_kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    if not kinds or any(k not in FAULT_KINDS for k in kinds):
        raise argparse.ArgumentTypeError(f"choose one or more of {', '.join(FAULT_KINDS)}")
    return kinds


def _faulted(site: SampleSite, faults: Faults) -> str:
    """One line: how many of the site's HTML pages each fault hits."""
    hit = Counter(faults.faulted(site.html_urls).values())
    return ", ".join(f"{kind} {n}" for kind, n in sorted(hit.items())) or "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--template", default="all", choices=("all", *TEMPLATES))
    parser.add_argument("--size", default="all", choices=("all", "small", "medium"))
    parser.add_argument("--keep", type=Path, help="keep each audit's output folder under DIR/<template>-<size>")
    parser.add_argument("--render", default="auto", choices=("auto", "never", "always"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed and false findings, and key entries several rules matched")
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed per stage (default 900)")
    parser.add_argument("--print-key", action="store_true", help="print the answer keys as JSON and exit")
    parser.add_argument("--mutate", type=_mutations, default=[],
                        help="audit a variant of each site (tests/sites/mutate.py), one or more of "
                             f"{', '.join(MUTATIONS)} joined by commas, applied in that order: classes = class/id "
                             "names scrambled, labels = labels in other sites' words, layout = lists in other row "
                             "markup, dates = dates in other full formats, names = column names in other sites' words, metas = without the 2017 page tags, "
                             "pagers = list pagers in other conventions, footers = footer identifiers in other forms, "
                             "charsets = pages in the other encoding (UTF-8 as GBK, GBK as UTF-8), links = link addresses in "
                             "other real forms, chrome = a portal's stock blocks (date line, 点击排行, 友情链接 …) added, "
                             "wrappers = extra elements around list rows, titles, info lines and the page (layout tables), "
                             "sloppy = old hand-edited markup (upper-case tags, bare values, implied end tags, CRLF …), "
                             "rows = list rows in other real shapes (<br> lines, <p>, <dl>, 序号 tables, calendar dates …), "
                             "order = lists pinned (置顶), oldest first, under a 最新 teaser, or titled after next year, "
                             "copies = mobile, 长者模式 and print copies of lists, metadata tables and articles, "
                             "scripts = list rows and article dates written by scripts (document.write, data-time), "
                             "dates2 = dates with times, weekdays, 〇-numerals or under their label, "
                             "tabs = home and channel blocks gathered into tab boxes, the later panels hidden, "
                             "sidebox = a 最新动态 box of the site's newest rows on every page, "
                             "addresses = the whole site served at another real CMS's addresses (PHPCMS, Hanweb, "
                             "ASP.NET, numeric, opaque folders, gov.cn), the key moved with it (--keep writes each "
                             "moved address's old one to addresses.json, which verdict_diff.py reads), "
                             "frames = each page's footer pulled in from one iframe page or document.write script")
    parser.add_argument("--seed", type=int, default=0,
                        help="with --mutate: another choice of row shapes and date formats for each site (default 0, "
                             "the choice the notes report); each seed measures other markup on the same key; "
                             "with --faults, which URLs fault")
    parser.add_argument("--faults", type=_fault_kinds, default=(),
                        help=f"serve each site as a hostile server would, one or more of {', '.join(FAULT_KINDS)} "
                             "joined by commas: transient = 502/503, ratelimit = 429 with Retry-After: 1, reset = the body "
                             "cut and the connection closed (each on a URL's first request only); waf412 = a 瑞数 412 "
                             "challenge, waf501 = 腾讯云 WAF's 501 and its redirect script, waf200 = a status-200 WAF block page, slow = answers after the crawler's timeout "
                             f"(cut to {SLOW_TIMEOUT:.0f} s for the run), truncated = bodies cut halfway, no length "
                             "announced (on every request); the home page and robots.txt are spared")
    parser.add_argument("--fault-rate", type=float, default=0.08, help="with --faults: the share of URLs that fault (default 0.08)")
    args = parser.parse_args()
    faults = Faults(args.faults, args.fault_rate, args.seed, delay=SLOW_DELAY) if args.faults else None
    runs = [(name, size) for name, (build, sizes) in TEMPLATES.items() for size in sizes
            if args.template in ("all", name) and args.size in ("all", size)]
    if not runs:
        parser.error(f"no template {args.template!r} of size {args.size!r}")
    if args.print_key:
        print(json.dumps([_key_json(TEMPLATES[name][0](size)) for name, size in runs], ensure_ascii=False, indent=1))
        return
    cells: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="govaudit-accuracy-") as tmp:
        root = args.keep or Path(tmp)
        for name, size in runs:
            site = mutated(TEMPLATES[name][0](size), args.mutate, args.seed)
            out = root / f"{name}-{size}"
            if out.exists() and any(out.iterdir()):
                raise SystemExit(f"{out} is not empty; choose another --keep folder.")
            try:
                if faults:
                    print(f"\n{name}-{size}: faulted HTML pages: {_faulted(site, faults)}")
                results, base, fetched, seconds = audit(site, out, args.render, args.timeout, faults)
            except RunError as err:
                print(f"\n== {name} ({size}): not scored: {err}")
                continue
            if site.moved_from:  # verdict_diff reads each subject at the address the plain run saw it at
                (out / "addresses.json").write_text(json.dumps(site.moved_from, ensure_ascii=False, indent=0), encoding="utf-8")
            cells[f"{name}-{size}"] = report(site, results, base, fetched, seconds, args.verbose)
    _summary(cells)


if __name__ == "__main__":
    main()
