"""Sequence the stages. Each stage reads only the previous stage's file in the output folder:
snapshot/ → site.json → results.json → reports (govaudit.report.REGISTRY).

The crawl stack (requests, warcio, the browser glue) and the page reader (lxml, the process
pool) are imported by the stage that uses them, not here: `check` and `report` would otherwise
carry tens of MiB of modules they never call (tests/test_stage_imports.py holds the line).
"""

from __future__ import annotations

import gc
import json
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govaudit import __version__
from govaudit.baseline import Baseline, compare
from govaudit.engine import evaluate
from govaudit.errors import UserError
from govaudit.jsonio import read_json, read_streamed, write_json_atomic
from govaudit.manual import ManualSheet, check_against, load_manual
from govaudit.model.linktable import LinkColumns
from govaudit.model.pagetext import TEXT_FILE, open_texts, write_texts
from govaudit.model.types import SCHEMA, Link, SiteModel
from govaudit.report import DEFAULT_MD_MAX_CHARS, REGISTRY, RESULTS_FILE, VIEW_FORMATS, write_reports
from govaudit.report.screenshots import SCREENSHOT_DIR
from govaudit.config import SiteConfig
from govaudit.ruleset import DEFAULT_PROFILE, Ruleset, configure, load_ruleset
from govaudit.schemacheck import first_problem
from govaudit.serde import ContractError, from_dict
from govaudit.settings import CrawlSettings

if TYPE_CHECKING:
    from govaudit.crawl import CrawlProgress, CrawlSummary
    from govaudit.model.types import PageText

SITE_FILE = "site.json"


def prepare_out_dir(out: Path) -> Path:
    """Create the output folder; a path that exists as a file is a user error."""
    if out.exists() and not out.is_dir():
        raise UserError(f"Output path {out} exists and is not a folder; choose another --out.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot create the output folder {out} ({exc.strerror}); choose another --out.") from None
    return out


# Written by `demo` and `audit` into their output folder: which of them made it.
RUN_MARKER = ".govaudit-run.json"
# What the stages write into an output folder (and nothing else).
ARTEFACTS = ("snapshot", SITE_FILE, TEXT_FILE, *dict.fromkeys(f.filename for f in REGISTRY.values()), SCREENSHOT_DIR,
             RUN_MARKER)


def claim_out_dir(out: Path, kind: str, force: bool = False) -> Path:
    """The output folder of a `kind` run ("demo" or "audit"): new, empty, or holding this kind's
    own earlier output. A demo's earlier output is replaced (its stage files removed; an audit's
    snapshot stays, and the crawl refuses to write over it). Any other non-empty folder is
    refused unless `force`, which removes the stage files found there, leaving other files."""
    out = prepare_out_dir(out)
    marker = out / RUN_MARKER
    earlier = _run_kind(marker)
    if not force and earlier != kind and any(out.iterdir()):
        what = f"an earlier `govaudit {earlier}`'s output" if earlier else "files that are not this command's output"
        raise UserError(f"{out} is not empty: it holds {what}. Choose another --out, or add --force to replace "
                        f"the govaudit files in it.")
    if force or (earlier == kind == "demo"):
        clear_artefacts(out)
    if not marker.exists():
        write_json_atomic(marker, {"kind": kind, "tool_version": __version__})
    return out


def _run_kind(marker: Path) -> str | None:
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("kind") if isinstance(data, dict) and isinstance(data.get("kind"), str) else None


def clear_artefacts(out: Path) -> None:
    """Remove a previous run's stage files from `out`, leaving anything else untouched
    (used by `govaudit demo`, whose output is disposable; audits never overwrite evidence)."""
    for name in ARTEFACTS:
        path = out / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()


def crawl(url: str, out: Path, settings: CrawlSettings, progress: CrawlProgress | None = None) -> CrawlSummary:
    """Stage 1: crawl `url` into `out/snapshot/` (a bad URL or option creates no folder)."""
    from govaudit.crawl.crawler import check_crawl_inputs, crawl_site

    check_crawl_inputs(url, settings)
    return crawl_site(url, prepare_out_dir(out), settings, progress)


def preflight(url: str, settings: CrawlSettings, rules_dir: Path | None, profile: str | None,
              config: SiteConfig | None, manual: Path | None = None) -> None:
    """Check an audit's inputs (rules, profile, configuration, manual findings, start URL, crawl
    options) before anything is written into its output folder: a bad one leaves no folder and no run marker."""
    from govaudit.crawl.crawler import check_crawl_inputs

    load_manual_findings(manual, load_rules(rules_dir, profile, config))
    check_crawl_inputs(url, settings)


def build_site_and_texts(out: Path, progress: Callable[[int], None] | None = None,
                         jobs: int = 1) -> tuple[SiteModel, Iterable[PageText]]:
    """The model of the snapshot in `out` and its page texts, in URL order, to be read once
    (govaudit.model.builder, imported here)."""
    from govaudit.model.builder import build_site_and_texts as build_model

    return build_model(out, progress, jobs)


def build(out: Path, progress: Callable[[int], None] | None = None, jobs: int = 1) -> SiteModel:
    """Stage 2: snapshot → `out/site.json`; `jobs` processes read the pages of a large snapshot."""
    site, texts = build_site_and_texts(out, progress, jobs)
    write_texts(out, texts, in_url_order=True)
    write_json_atomic(out / SITE_FILE, site)  # written from the dataclasses directly (jsonio)
    return site


def load_site(out: Path) -> SiteModel:
    """Read `out/site.json`, checking it was written by a compatible version and follows the
    site-model contract (govaudit/model/types.py, published as schemas/site.schema.json).
    A file laid out as `build` writes it is read a chunk at a time; any other, or any problem,
    is read whole, which names the problem."""
    # The links (most of the file) are read into columns, not one Link each (model/linktable.py).
    site = read_streamed(out / SITE_FILE, SiteModel, {list[Link]: LinkColumns.loader}) if (out / SITE_FILE).is_file() else None
    if site is not None and site.schema == SCHEMA:
        return site
    data = read_json(out / SITE_FILE, f"build {out}")
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise UserError(f"{out / SITE_FILE} was not written by this version of govaudit (expected schema {SCHEMA}); re-run `govaudit build {out}`.")
    try:
        site = from_dict(SiteModel, data, strict=True)
    except ContractError as exc:
        raise UserError(f"{out / SITE_FILE} is not a valid site model: field {exc.path} {exc.problem}; "
                        f"re-run `govaudit build {out}` or fix the file.") from None
    return replace(site, links=LinkColumns(site.links))  # as a streamed load holds them: the rules read columns


def load_rules(rules_dir: Path | None, profile: str | None, config: SiteConfig | None) -> Ruleset:
    """The rule set to evaluate: profile from the command line, else the site configuration,
    else the default; then the site configuration applied."""
    chosen = profile or (config.profile if config else None) or DEFAULT_PROFILE
    return configure(load_ruleset(rules_dir, chosen), config)


def load_manual_findings(path: Path | None, ruleset: Ruleset) -> ManualSheet | None:
    """The evaluator's manual findings (--manual), checked against the rule set's rules."""
    if path is None:
        return None
    sheet = load_manual(path)
    check_against(sheet, {r.id: r for r in ruleset.rules}, ruleset.profile.name, ruleset.not_applicable,
                  ruleset.profile.model)
    return sheet


def evaluate_stored(out: Path, ruleset: Ruleset, as_of: date, use_waivers: bool = True,
                    manual: ManualSheet | None = None) -> dict[str, Any]:
    """The results of `ruleset` on `out`'s site model and page texts (engine.evaluate): what
    `check` and a batch's re-check share. The model is let go on return: results are plain data,
    its memory is free for the reports rendered after."""
    site = load_site(out)
    # The model is ~a million objects (at 20,000 pages) and no cycle: the collections that the
    # rules' allocations set off need not scan it again and again. (Freezing is process-wide:
    # sites re-checked on threads may unfreeze each other's, which costs time, not correctness.)
    gc.freeze()
    try:
        return evaluate(site, ruleset, as_of, use_waivers, texts=open_texts(out, site.page_text), manual=manual)
    finally:
        gc.unfreeze()


def check(out: Path, as_of: date, rules_dir: Path | None = None, profile: str | None = None,
          config: SiteConfig | None = None, use_waivers: bool = True, baseline: Baseline | None = None,
          manual: Path | None = None, md_max_chars: int = DEFAULT_MD_MAX_CHARS) -> dict[str, Any]:
    """Stage 3: site.json + rules (+ site configuration, + an evaluator's manual findings) →
    `out/results.json`, each finding marked against `baseline` when given; reports already in
    `out` showed the previous results and are rendered again from the new ones."""
    ruleset = load_rules(rules_dir, profile, config)
    sheet = load_manual_findings(manual, ruleset)
    results = evaluate_stored(out, ruleset, as_of, use_waivers, sheet)
    if baseline is not None:
        results = compare(results, baseline)
    write_json_atomic(out / RESULTS_FILE, results)
    write_reports(results, out, [name for name in VIEW_FORMATS if (out / REGISTRY[name].filename).exists()], md_max_chars)
    return results


def views_in(out: Path) -> list[Path]:
    """The reports (views of results.json) present in `out`."""
    paths = [out / REGISTRY[name].filename for name in VIEW_FORMATS]
    return [p for p in paths if p.exists()]


def load_results(out: Path) -> dict[str, Any]:
    """Read `out/results.json`, checked against schemas/results.schema.json."""
    data = read_json(out / RESULTS_FILE, f"check {out}")
    problem = first_problem(data, "results.schema.json")
    if problem:
        raise UserError(f"{out / RESULTS_FILE} is not a valid results file ({problem}); re-run `govaudit check {out}`.")
    return data


def report(out: Path, formats: Sequence[str], md_max_chars: int = DEFAULT_MD_MAX_CHARS,
           baseline: Baseline | None = None) -> list[Path]:
    """Stage 4: results.json → the reports of `formats` (the JSON report is results.json itself),
    each finding marked against `baseline` when given."""
    results = load_results(out)
    if baseline is not None:
        results = compare(results, baseline)
    return write_reports(results, out, formats, md_max_chars)
