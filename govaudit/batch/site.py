"""One site of a batch: crawl → build → check → report into its own folder, or re-check its stored
site model into a rescore run's folder. Never raises for the site's own problems: a crashed,
blocked or unreachable site comes back as a failed outcome with its stage and reason, so the
batch goes on. Plain picklable arguments and results: these functions are Dask tasks too."""

from __future__ import annotations

import dataclasses
import functools
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from govaudit import pipeline
from govaudit.config import SiteConfig
from govaudit.crawl import crawl_site
from govaudit.crawl.scope import canonical
from govaudit.crawl.snapshot import INDEX_NAME, SNAPSHOT_DIR
from govaudit.errors import UserError
from govaudit.jsonio import read_json, write_json_atomic
from govaudit.report import DEFAULT_MD_MAX_CHARS, RESULTS_FILE, write_reports
from govaudit.ruleset import DEFAULT_PROFILE, Ruleset, configure, load_ruleset
from govaudit.settings import CrawlSettings
from govaudit.batch.pacing import PROCESS_PACING

STATUS_FILE = "batch-status.json"  # in each site folder: running | done | failed, and why
ERROR_LOG = "batch-error.log"  # the traceback of a crash, for the maintainers
DONE, FAILED, RUNNING = "done", "failed", "running"
# How an earlier crawl of the site ended when it must be resumed (snapshot meta "reason"); any
# other end (complete, or a budget spent) is this batch's crawl of the site.
_UNFINISHED = ("interrupted", "error")


@dataclass(frozen=True)
class CheckOptions:
    """How results are computed: the same for every site of a run."""

    as_of: date
    rules_dir: Path | None = None
    profile: str | None = None
    use_waivers: bool = True
    formats: tuple[str, ...] = ("html", "md", "json")
    md_max_chars: int = DEFAULT_MD_MAX_CHARS


@dataclass(frozen=True)
class SiteTask:
    """One site to audit (batch) or re-check (rescore)."""

    name: str
    url: str
    folder: Path  # the site's folder: snapshot and site.json (batch and rescore read it)
    check: CheckOptions
    config: SiteConfig | None = None
    settings: CrawlSettings = field(default_factory=CrawlSettings)
    results_folder: Path | None = None  # rescore: where its results go (never the batch's own)


def read_status(folder: Path) -> dict[str, Any]:
    """The site folder's batch status ({} when none was written)."""
    path = folder / STATUS_FILE
    if not path.is_file():
        return {}
    try:
        data = read_json(path, "batch")
    except UserError:
        return {}
    return data if isinstance(data, dict) else {}


def is_done(folder: Path, url: str) -> bool:
    """True when the folder holds this URL's completed audit (re-running the batch skips it)."""
    status = read_status(folder)
    return (status.get("status") == DONE and status.get("url") == canonical(url)
            and (folder / RESULTS_FILE).is_file())


def audit_site(task: SiteTask, on_page: Callable[[], None] | None = None,
               cancel: threading.Event | None = None) -> dict[str, Any]:
    """Crawl (resuming an interrupted crawl), build, check and report one site into `task.folder`.
    When `cancel` is set the crawl stops as after Ctrl-C (KeyboardInterrupt; resumable next run)."""
    folder = task.folder
    folder.mkdir(parents=True, exist_ok=True)
    url = canonical(task.url) or task.url
    _status(folder, {"status": RUNNING, "url": url})
    (folder / ERROR_LOG).unlink(missing_ok=True)  # an earlier attempt's crash
    started = time.monotonic()
    stage, pages = "crawl", 0
    try:
        resume = (folder / SNAPSHOT_DIR / INDEX_NAME).is_file()
        meta = _crawl_meta(folder, url) if resume else {}
        if not meta.get("finished_at") or meta.get("reason") in _UNFINISHED:  # else crawled: build again, offline
            settings = dataclasses.replace(task.settings, resume=resume)
            pages = crawl_site(task.url, folder, settings, _PageCounter(on_page, cancel), PROCESS_PACING.limiter).fetched
        if cancel is not None and cancel.is_set():
            raise KeyboardInterrupt  # the next run goes on from here
        stage = "build"
        pipeline.build(folder)
        stage = "check"
        pipeline.check(folder, task.check.as_of, task.check.rules_dir, task.check.profile, task.config,
                       task.check.use_waivers)
        stage = "report"
        pipeline.report(folder, [f for f in task.check.formats if f != "json"], task.check.md_max_chars)
    except UserError as exc:
        return _failed(folder, url, stage, str(exc), pages, started)
    except Exception as exc:  # a crash on one site must not stop the others
        (folder / ERROR_LOG).write_text(traceback.format_exc(), encoding="utf-8")
        return _failed(folder, url, stage, f"govaudit crashed ({type(exc).__name__}: {exc}); see {ERROR_LOG}.",
                       pages, started)
    outcome = {"status": DONE, "url": url, "stage": None, "reason": None}
    _status(folder, outcome)
    return {**outcome, "name": task.name, "pages": pages, "seconds": round(time.monotonic() - started, 3)}


def rescore_site(task: SiteTask, cancel: threading.Event | None = None) -> dict[str, Any]:
    """Re-check `task.folder`'s stored site.json (no network) into `task.results_folder`
    (`cancel` is not consulted: a re-check takes a second)."""
    assert task.results_folder is not None
    out = task.results_folder
    started = time.monotonic()
    stage = "check"
    try:
        out.mkdir(parents=True, exist_ok=False)  # a run's files are never overwritten
        ruleset = _rules(task.check, task.config)
        results = pipeline.evaluate_stored(task.folder, ruleset, task.check.as_of, task.check.use_waivers)
        write_json_atomic(out / RESULTS_FILE, results)
        stage = "report"
        write_reports(results, out, [f for f in task.check.formats if f != "json"], task.check.md_max_chars)
    except UserError as exc:
        return {"status": FAILED, "name": task.name, "stage": stage, "reason": str(exc), "pages": 0,
                "seconds": round(time.monotonic() - started, 3)}
    except Exception as exc:
        return {"status": FAILED, "name": task.name, "stage": stage, "pages": 0,
                "reason": f"govaudit crashed ({type(exc).__name__}: {exc}).", "seconds": round(time.monotonic() - started, 3)}
    return {"status": DONE, "name": task.name, "stage": None, "reason": None, "pages": 0,
            "seconds": round(time.monotonic() - started, 3)}


@functools.lru_cache(maxsize=8)
def _pack(rules_dir: Path | None, profile: str) -> Ruleset:
    """The rule pack, parsed once per process: parsing the YAML takes most of a re-check's time."""
    return load_ruleset(rules_dir, profile)


def _rules(check: CheckOptions, config: SiteConfig | None) -> Ruleset:
    """pipeline.load_rules, with the pack cached (configure() returns a new Ruleset, never changing it)."""
    chosen = check.profile or (config.profile if config else None) or DEFAULT_PROFILE
    return configure(_pack(check.rules_dir, chosen), config)


def _crawl_meta(folder: Path, url: str) -> dict[str, str]:
    """The meta of the site's earlier crawl, which must be of `url`."""
    from govaudit.crawl.resume import snapshot_meta

    meta = snapshot_meta(folder)
    if meta.get("start_url") != url:
        raise UserError(f"{folder} holds a crawl of {meta.get('start_url')}, not of {url}: the CSV changed this site's "
                        f"URL. Give the site a new name, or delete {folder}.")
    return meta


def _failed(folder: Path, url: str, stage: str, reason: str, pages: int, started: float) -> dict[str, Any]:
    outcome = {"status": FAILED, "url": url, "stage": stage, "reason": reason}
    _status(folder, outcome)
    return {**outcome, "name": folder.name, "pages": pages, "seconds": round(time.monotonic() - started, 3)}


def _status(folder: Path, data: dict[str, Any]) -> None:
    write_json_atomic(folder / STATUS_FILE, data)


class _PageCounter:
    """CrawlProgress that counts fetches (for the batch's pages per second) and interrupts the
    crawl, as Ctrl-C would, once the batch is cancelled."""

    def __init__(self, on_page: Callable[[], None] | None, cancel: threading.Event | None) -> None:
        self._on_page = on_page
        self._cancel = cancel

    def on_fetch(self, url: str, outcome: str, fetched: int, queued: int) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise KeyboardInterrupt
        if self._on_page:
            self._on_page()

    def on_finish(self, summary: Any) -> None:
        pass
