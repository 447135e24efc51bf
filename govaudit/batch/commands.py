"""The batch commands (`batch`, `rescore`, `compare`), registered on the main CLI group by
govaudit/cli.py, reusing its crawl and check option definitions.

Exit codes of `batch` and `rescore`: 0 every site has results (whatever its grade: a study is
not a gate; grades and reasons are in the database and the league table); 1 one or more sites
failed (crashed, unreachable; the reason is recorded, the other sites went on); 2 bad input
(CSV, options, rule pack, output folder); 130 interrupted (re-run the command to continue).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import click

from govaudit import console
from govaudit.cliutil import config_option, site_config
from govaudit.timeutil import today

_ENGINE_OPTIONS = (
    click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
                 help="Sites crawled at the same time (politeness stays per host and per IP address)."),
    click.option("--dask-workers", type=click.IntRange(1), default=None,
                 help="Run the sites on a local Dask cluster of this many worker processes (needs govaudit[dask])."),
    click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
                 help="Run the sites on this Dask scheduler's workers; --out must be on storage they share."),
)


def _engine_options(fn: Any) -> Any:
    for option in reversed(_ENGINE_OPTIONS):
        fn = option(fn)
    return fn


def _engine(workers: int, dask_workers: int | None, scheduler: str | None) -> Any:
    from govaudit.batch.executor import Engine
    from govaudit.errors import UserError

    if dask_workers is not None and scheduler is not None:
        raise UserError("Give --dask-workers (a local cluster) or --scheduler (an existing one), not both.")
    return Engine(workers, dask_workers, scheduler)


def _report(summary: Any, what: str, out: Path, engine: Any) -> None:
    console.info(f"{what} ({engine.describe()}): run {summary.run_id}, {summary.done} done, {summary.skipped} skipped (already done), "
                 f"{len(summary.failed)} failed -> {out}")
    for name, reason in summary.failed:
        console.info(f"  失败 / failed: {name}: {reason}")
    raise SystemExit(1 if summary.failed else 0)


def _no_manual(manual: Path | None) -> None:
    if manual is not None:
        from govaudit.errors import UserError

        raise UserError("--manual holds one site's manual findings: give it to `govaudit check` on that site's folder, not to a batch.")


def register(main: click.Group) -> None:
    """Add the batch commands to `main` (called by govaudit/cli.py once its options are defined)."""
    from govaudit import cli as base

    @main.command()
    @click.argument("sites_csv", type=click.Path(path_type=Path))
    @click.option("--out", "out", type=click.Path(path_type=Path), required=True, help="The batch folder.")
    @base._crawl_options
    @base._check_options
    @base._format_option("html,md,json")
    @base._MD_MAX_CHARS
    @_engine_options
    @base._LOG_FORMAT
    @config_option
    @base._handle_errors
    def batch(sites_csv: Path, out: Path, as_of: date | None, rules_dir: Path | None, profile: str | None,
              config_path: Path | None, no_waivers: bool, formats: list[str], md_max_chars: int, workers: int,
              dask_workers: int | None, scheduler: str | None, log_format: str, resume: Path | None,
              manual: Path | None, **opts: Any) -> None:
        """Audit every site of SITES_CSV (header name,url,region,level,organisation,config) into OUT/sites/<name>/
        and OUT/results.sqlite. Re-running skips completed sites and resumes interrupted ones.
        Exit 0: every site audited; 1: some sites failed (reasons recorded); 2: bad input."""
        from govaudit.batch.run import run_batch
        from govaudit.batch.site import CheckOptions
        from govaudit.errors import UserError

        if resume is not None:
            raise UserError("batch resumes by itself: run the same command again (--resume is for one site's crawl).")
        _no_manual(manual)
        engine = _engine(workers, dask_workers, scheduler)
        _, _, settings = base._settings("batch", out, None, **opts)
        check = CheckOptions(as_of, rules_dir, profile, not no_waivers, tuple(formats), md_max_chars)  # type: ignore[arg-type]
        summary = run_batch(sites_csv, out, settings, as_of, check, site_config(), engine, log_format)
        _report(summary, "batch", out, engine)

    for param in batch.params:  # shared with `crawl` and `audit`; a batch resumes by itself
        if param.name in ("resume", "manual"):
            param.hidden = True  # type: ignore[attr-defined]

    @main.command()
    @click.argument("out", type=click.Path(path_type=Path))
    @base._check_options
    @base._format_option("html,md,json")
    @base._MD_MAX_CHARS
    @_engine_options
    @base._LOG_FORMAT
    @config_option
    @base._handle_errors
    def rescore(out: Path, as_of: date | None, rules_dir: Path | None, profile: str | None, config_path: Path | None,
                no_waivers: bool, manual: Path | None, formats: list[str], md_max_chars: int, workers: int,
                dask_workers: int | None, scheduler: str | None, log_format: str) -> None:
        """Re-check the stored site models of the batch in OUT with a (new) rule pack, profile or as-of date,
        without network access: a new run in OUT/results.sqlite, results in OUT/runs/<id>/<name>/."""
        from govaudit.batch.run import run_rescore
        from govaudit.batch.site import CheckOptions

        _no_manual(manual)
        check = CheckOptions(as_of or today(), rules_dir, profile, not no_waivers, tuple(formats), md_max_chars)
        engine = _engine(workers, dask_workers, scheduler)
        summary = run_rescore(out, check, site_config(), engine, log_format)
        _report(summary, "rescore", out, engine)

    for param in rescore.params:
        if param.name == "manual":
            param.hidden = True  # type: ignore[attr-defined]

    @main.command()
    @click.argument("out", type=click.Path(path_type=Path))
    @click.option("--run", "run_id", type=int, default=None, help="The run to rank (default: the latest).")
    @click.option("--baseline-run", type=int, default=None,
                  help="The run to compare with for trends (default: the run before --run, if any).")
    @click.option("--region", default=None, help="Only sites of this region.")
    @click.option("--level", default=None, help="Only sites of this level (省, 市, 区县, 部门 …).")
    @base._handle_errors
    def compare(out: Path, run_id: int | None, baseline_run: int | None, region: str | None, level: str | None) -> None:
        """Write the league table of the batch in OUT: OUT/league.html, league.md and league.csv."""
        from govaudit.batch.league import write_league

        for path in write_league(out, run_id, baseline_run, region, level):
            console.out.print(str(path))
