"""Continue an interrupted crawl: its recorded settings, its repaired WARC, its saved queue.

After Ctrl-C, kill -9 or a power cut, the index holds every URL decided
(captures), every URL queued and not yet decided (frontier) and the WARC length
at the last commit. Bytes beyond it belong to no row and are cut off; if the
WARC is shorter (the OS lost writes the index had committed), rows whose
records are gone are deleted and their URLs queued again.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govaudit.crawl.frontier import Why
from govaudit.crawl.scope import canonical
from govaudit.crawl.snapshot import INDEX_NAME, SNAPSHOT_DIR, WARC_NAME, refused_counts
from govaudit.crawl.warcfix import complete_prefix, truncate
from govaudit.crawl.writer import connect
from govaudit.errors import UserError
from govaudit.settings import CrawlSettings

_TUPLES = ("timeout", "allow_hosts", "include", "exclude")


@dataclass(frozen=True)
class SavedState:
    """What the interrupted crawl had decided and queued."""

    captured: list[tuple[str, str, str | None]]  # url, outcome, priority
    queued: list[tuple[str, Why]]  # in discovery order
    cutoffs: list[tuple[str, str, int, str | None]]  # url, reason, count, the page that linked it
    meta: dict[str, str]
    repair: dict[str, int]  # dropped_bytes, requeued
    refused: dict[str, int] = dataclasses.field(default_factory=dict)  # refused browser requests, by reason


def snapshot_meta(out_dir: Path) -> dict[str, str]:
    """The meta table of the snapshot in `out_dir`; UserError when there is none to resume."""
    index = Path(out_dir) / SNAPSHOT_DIR / INDEX_NAME
    if not index.is_file() or not (index.parent / WARC_NAME).is_file():
        raise UserError(f"There is no crawl to resume in {out_dir}: {SNAPSHOT_DIR}/{INDEX_NAME} or "
                        f"{WARC_NAME} is missing.")
    try:
        db = sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return dict(db.execute("SELECT key, value FROM meta"))
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{index} is damaged or is not a govaudit snapshot index ({exc}).") from None


def resume_settings(out_dir: Path, url: str | None, overrides: dict[str, Any]) -> tuple[str, CrawlSettings]:
    """The start URL and settings to continue the crawl in `out_dir` with: those it recorded,
    except the `overrides` (options given again on the command line, e.g. a larger --max-pages)."""
    meta = snapshot_meta(out_dir)
    start = meta.get("start_url", "")
    if url is not None and canonical(url) != start:
        raise UserError(f"{out_dir} holds a crawl of {start}, not of {url}. Resume it without a URL, "
                        "or crawl the new site into another folder.")
    names = {f.name for f in dataclasses.fields(CrawlSettings)}
    try:
        stored = {k: v for k, v in json.loads(meta.get("settings", "{}")).items() if k in names}
    except ValueError:
        stored = {}
    stored.update({k: tuple(v) for k, v in stored.items() if k in _TUPLES and isinstance(v, list)})
    return start, CrawlSettings(**{**stored, **overrides, "resume": True})


def load_state(snapshot_dir: Path) -> tuple[sqlite3.Connection, SavedState]:
    """Open the index for writing, repair the WARC's tail, read what was decided and queued."""
    db = connect(snapshot_dir)
    meta = dict(db.execute("SELECT key, value FROM meta"))
    repair = _repair_tail(db, snapshot_dir / WARC_NAME, int(meta.get("warc_end") or 0))
    captured = db.execute("SELECT url, outcome, priority FROM captures").fetchall()
    columns = {row[1] for row in db.execute("PRAGMA table_info(frontier)")}
    with db:  # a snapshot written before URLs were fetched as linked and disclosure lists ranked first
        for name, kind in (("href", "TEXT"), ("disclosure", "INTEGER")):
            if name not in columns:
                db.execute(f"ALTER TABLE frontier ADD COLUMN {name} {kind}")
    queued = [(url, Why(parent, anchor or "", priority, depth, href or "", bool(disclosure)))
              for url, parent, anchor, priority, depth, href, disclosure in
              db.execute("SELECT url, parent, anchor, priority, depth, href, disclosure FROM frontier ORDER BY seq")]
    cutoffs = db.execute("SELECT url, reason, count, parent FROM cutoffs").fetchall()
    return db, SavedState(captured, queued, cutoffs, meta, repair, refused_counts(db))


def _repair_tail(db: sqlite3.Connection, warc: Path, committed: int) -> dict[str, int]:
    size = warc.stat().st_size
    if 0 < committed <= size:
        return {"dropped_bytes": truncate(warc, committed), "requeued": 0}
    valid = complete_prefix(warc)
    # Members are whole records: a record starting before `valid` ends before it too.
    lost = db.execute('SELECT url, parent, anchor, priority, depth FROM captures WHERE warc_file IS NOT NULL '
                      'AND ("offset" >= ? OR rendered_offset >= ?)', (valid, valid)).fetchall()
    with db:
        for url, parent, anchor, priority, depth in lost:
            db.execute("DELETE FROM captures WHERE url = ?", (url,))
            if priority != "robots":  # robots.txt is fetched again anyway
                db.execute("INSERT OR REPLACE INTO frontier (url, parent, anchor, priority, depth, seq) "
                           "VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MIN(seq), 0) - 1 FROM frontier))",
                           (url, parent, anchor, priority, depth))
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('warc_end', ?)", (str(valid),))
    return {"dropped_bytes": truncate(warc, valid), "requeued": sum(1 for row in lost if row[3] != "robots")}
