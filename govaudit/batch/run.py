"""`govaudit batch` and `govaudit rescore`: the runs of a batch folder.

    DIR/results.sqlite        every run (resultsdb.py)
    DIR/sites/<name>/         the batch's crawl of a site: snapshot, site.json, results.json, reports,
                              batch-status.json (running | done | failed, and why)
    DIR/runs/<id>/<name>/     a rescore run's results.json and reports (never overwritten)

A folder holds one batch run: running `batch` again continues it (same rule set, profile and
as-of date), skipping completed sites, resuming interrupted crawls and retrying failed sites.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from govaudit import __version__, pipeline
from govaudit.batch.executor import Engine, run_tasks
from govaudit.batch.progress import BatchProgress
from govaudit.batch.resultsdb import DB_FILE, ResultsDB
from govaudit.batch.site import DONE, FAILED, CheckOptions, SiteTask, audit_site, is_done, read_status, rescore_site
from govaudit.batch.sites import read_sites, site_config
from govaudit.config import SiteConfig, load_config
from govaudit.errors import UserError
from govaudit.jsonio import read_json
from govaudit.report import RESULTS_FILE
from govaudit.settings import CrawlSettings

SITES_DIR = "sites"


@dataclass
class RunSummary:
    """What a run did."""

    run_id: int
    done: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (site, reason)
    pages: int = 0


def run_batch(csv_path: Path, out: Path, settings: CrawlSettings, as_of: date | None, check: CheckOptions,
              default_config: SiteConfig | None, engine: Engine, log_format: str = "text") -> RunSummary:
    """Audit every site of `csv_path` into `out` (continuing the folder's batch run, if any)."""
    rows = read_sites(csv_path)
    configs = {row.name: site_config(csv_path, row) or default_config for row in rows}
    for config in {id(c): c for c in configs.values()}.values():  # rules and configurations checked before any crawl
        pipeline.load_rules(check.rules_dir, check.profile, config)
    out = pipeline.prepare_out_dir(out)
    _refuse_foreign(out)
    with ResultsDB(out / DB_FILE) as db:
        run_id, as_of = _batch_run(db, check, as_of)
        check = CheckOptions(as_of, check.rules_dir, check.profile, check.use_waivers, check.formats, check.md_max_chars)
        summary = RunSummary(run_id)
        tasks = []
        for row in rows:
            folder = out / SITES_DIR / row.name
            if is_done(folder, row.url):
                summary.skipped += 1
                db.record_site(run_id, row.info(csv_path), read_status(folder), _results(folder), folder)
            else:
                tasks.append(SiteTask(row.name, row.url, folder, check, configs[row.name], settings))
        info = {row.name: row.info(csv_path) for row in rows}
        with BatchProgress(len(rows), summary.skipped, 0, log_format, pages_at_end=engine.dask) as progress:
            for outcome in run_tasks(engine, audit_site, tasks, on_start=progress.started, on_page=progress.page):
                progress.finished(outcome)
                _record(db, run_id, info[outcome["name"]], outcome, out / SITES_DIR / outcome["name"], summary)
        db.finish_run(run_id)
    return summary


def run_rescore(out: Path, check: CheckOptions, default_config: SiteConfig | None, engine: Engine,
                log_format: str = "text") -> RunSummary:
    """Re-check every site model of `out`'s batch under `check` (no network) as a new run: each site
    with the configuration file it was audited with, else `default_config`."""
    if not (out / DB_FILE).is_file():
        raise UserError(f"{out} holds no batch ({DB_FILE} is missing); run `govaudit batch SITES.csv --out {out}` first.")
    with ResultsDB(out / DB_FILE) as db:
        batches = db.runs("batch")
        if not batches:
            raise UserError(f"{out / DB_FILE} records no batch run to re-score.")
        source = batches[-1]
        sites = db.db.execute("SELECT * FROM sites WHERE run_id = ? ORDER BY name", (source["id"],)).fetchall()
        ruleset = pipeline.load_rules(check.rules_dir, check.profile, None)  # checked before anything is written
        configs = {site["name"]: _config(site["config"]) or default_config for site in sites}
        run_id = db.start_run("rescore", {"name": ruleset.name, "hash": ruleset.hash}, ruleset.profile.name,
                              check.as_of.isoformat(), __version__, source_run=source["id"])
        run_dir = out / db.run(run_id)["folder"]
        if run_dir.exists():
            raise UserError(f"{run_dir} already exists (from a run the database no longer lists); "
                            "move it away: earlier runs' files are never overwritten.")
        summary = RunSummary(run_id)
        info, tasks = {}, []
        for site in sites:
            info[site["name"]] = {k: site[k] for k in ("name", "url", "region", "level", "organisation", "config")}
            folder = out / SITES_DIR / site["name"]
            if not (folder / pipeline.SITE_FILE).is_file():
                _record(db, run_id, info[site["name"]], {"status": FAILED, "name": site["name"], "stage": "check",
                        "reason": site["reason"] or f"{folder / pipeline.SITE_FILE} does not exist."}, None, summary)
                continue
            tasks.append(SiteTask(site["name"], site["url"], folder, check, configs[site["name"]],
                                  results_folder=run_dir / site["name"]))
        run_dir.mkdir(parents=True)
        with BatchProgress(len(sites), 0, len(summary.failed), log_format, "rescore") as progress:
            for outcome in run_tasks(engine, rescore_site, tasks, on_start=progress.started):
                progress.finished(outcome)
                _record(db, run_id, info[outcome["name"]], outcome, out / SITES_DIR / outcome["name"], summary,
                        run_dir / outcome["name"])
        db.finish_run(run_id)
    return summary


def _batch_run(db: ResultsDB, check: CheckOptions, as_of: date | None) -> tuple[int, date]:
    """The folder's batch run (continued: its as-of date unless another is given, which is refused)
    or a new one."""
    ruleset = pipeline.load_rules(check.rules_dir, check.profile, None)
    batches = db.runs("batch")
    if batches:
        run = batches[-1]
        stored = date.fromisoformat(run["as_of"])
        differs = [what for what, mine, theirs in (("--as-of", (as_of or stored).isoformat(), run["as_of"]),
                                                   ("rule set", ruleset.hash, run["ruleset_hash"]),
                                                   ("--profile", ruleset.profile.name, run["profile"])) if mine != theirs]
        if differs:
            raise UserError(f"This folder's batch (run {run['id']}) used another {differs[0]} ({run['as_of']}, "
                            f"{run['profile']}, {run['ruleset_hash'][:19]}…); re-score it with `govaudit rescore` "
                            "or start a new batch in another --out folder.")
        return int(run["id"]), stored
    from govaudit.timeutil import today

    as_of = as_of or today()
    run_id = db.start_run("batch", {"name": ruleset.name, "hash": ruleset.hash}, ruleset.profile.name,
                          as_of.isoformat(), __version__, folder=SITES_DIR)
    return run_id, as_of


def _refuse_foreign(out: Path) -> None:
    """A batch writes only into an empty folder or its own."""
    if (out / DB_FILE).is_file() or not any(out.iterdir()):
        return
    raise UserError(f"{out} is not empty and holds no batch ({DB_FILE} is missing); choose another --out.")


def _record(db: ResultsDB, run_id: int, info: dict[str, str], outcome: dict[str, Any], site_dir: Path | None,
            summary: RunSummary, results_dir: Path | None = None) -> None:
    results = _results(results_dir or site_dir) if outcome["status"] == DONE and site_dir else None
    db.record_site(run_id, info, outcome, results, site_dir)
    summary.pages += outcome.get("pages") or 0
    if outcome["status"] == DONE:
        summary.done += 1
    else:
        summary.failed.append((info["name"], f"{outcome.get('stage')}: {outcome.get('reason')}"))


def _results(folder: Path | None) -> dict[str, Any] | None:
    if folder is None or not (folder / RESULTS_FILE).is_file():
        return None
    return read_json(folder / RESULTS_FILE, "batch")


def _config(path: str) -> SiteConfig | None:
    if not path:
        return None
    if not Path(path).is_file():
        raise UserError(f"The site configuration {path} used by the batch no longer exists; restore it to re-score.")
    return load_config(Path(path), Path(path).parent)
