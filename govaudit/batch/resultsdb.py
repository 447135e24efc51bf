"""DIR/results.sqlite: every run of a batch, queryable with plain SQL (docs/results-db.md).

Written by the client only (never by Dask workers), one transaction per site, from the
site's results.json, which stays the canonical per-site output: the database is an index of
it for comparing sites and runs, and can be rebuilt from the folders.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from govaudit.crawl.snapshot import INDEX_NAME, SNAPSHOT_DIR
from govaudit.crawl.outcomes import BLOCKED
from govaudit.errors import UserError
from govaudit.report.fingerprint import finding_fingerprint
from govaudit.timeutil import now_iso
from govaudit.vocab import FINDING_STATUSES, UNDECIDED_STATUSES

DB_FILE = "results.sqlite"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,       -- 1, 2, … in the order the runs started
    kind TEXT NOT NULL,           -- batch (crawled) | rescore (re-checked stored site models)
    started TEXT NOT NULL,        -- ISO 8601, Asia/Shanghai
    finished TEXT,                -- NULL while running or when interrupted
    ruleset_name TEXT NOT NULL,
    ruleset_hash TEXT NOT NULL,   -- sha256 of the rule pack, as in results.json
    profile TEXT NOT NULL,
    as_of TEXT NOT NULL,          -- YYYY-MM-DD
    tool_version TEXT NOT NULL,
    folder TEXT NOT NULL,         -- where the run's per-site results are, relative to DIR
    source_run INTEGER REFERENCES runs(id)  -- rescore: the batch run whose site models it re-checked
);
CREATE TABLE IF NOT EXISTS sites (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    name TEXT NOT NULL,           -- folder name under the run's folder
    url TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',  -- 省 / 市 / 区县 / 部门 … as written in SITES.csv
    organisation TEXT NOT NULL DEFAULT '',
    config TEXT NOT NULL DEFAULT '',  -- the site's configuration file (absolute path), '' for none
    status TEXT NOT NULL,         -- done (results.json written) | failed (see reason)
    stage TEXT,                   -- failed: crawl | build | check | report
    reason TEXT,                  -- failed: why, in one or two sentences
    profile TEXT,                 -- as evaluated (a site's configuration may choose another)
    ruleset_hash TEXT,
    recorded TEXT NOT NULL,
    PRIMARY KEY (run_id, name)
);
CREATE TABLE IF NOT EXISTS scores (
    run_id INTEGER NOT NULL, site TEXT NOT NULL,
    verdict_code TEXT NOT NULL,   -- graded | undetermined | not_audited | incomplete
    grade TEXT NOT NULL,          -- 合格 | 不合格 | 待定 | 无法评估 | 评估不完整
    score REAL,                   -- NULL when there is no score
    score_min REAL, score_max REAL,  -- what undecided rules could still make of it
    passed INTEGER NOT NULL,
    verdict_reasons TEXT NOT NULL,  -- why there is no grade (无法评估, 评估不完整), one per line; '' when graded
    PRIMARY KEY (run_id, site)
);
CREATE TABLE IF NOT EXISTS category_scores (
    run_id INTEGER NOT NULL, site TEXT NOT NULL, category TEXT NOT NULL,
    deducted REAL NOT NULL, cap REAL NOT NULL,
    PRIMARY KEY (run_id, site, category)
);
CREATE TABLE IF NOT EXISTS rule_results (
    run_id INTEGER NOT NULL, site TEXT NOT NULL, rule_id TEXT NOT NULL,
    title TEXT NOT NULL, category TEXT NOT NULL, level TEXT NOT NULL,
    status TEXT NOT NULL,         -- the rule's status: its most serious finding's (govaudit/vocab.py)
    points REAL NOT NULL,         -- deducted (or added, bonus) for this rule
    subjects INTEGER NOT NULL,    -- subjects checked
    PRIMARY KEY (run_id, site, rule_id)
);
CREATE TABLE IF NOT EXISTS findings (
    run_id INTEGER NOT NULL, site TEXT NOT NULL, rule_id TEXT NOT NULL,
    subject TEXT NOT NULL,
    fingerprint TEXT NOT NULL,    -- rule + subject: the same finding in every run
    status TEXT NOT NULL,         -- fail | error | incomplete | warn
    url TEXT, message TEXT NOT NULL,
    waived INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_site ON findings (run_id, site);
CREATE TABLE IF NOT EXISTS coverage (
    run_id INTEGER NOT NULL, site TEXT NOT NULL,
    pages_fetched INTEGER NOT NULL,
    budget_exhausted INTEGER NOT NULL,
    stop_reason TEXT,
    subjects_examined INTEGER NOT NULL,
    rules_incomplete INTEGER NOT NULL,  -- rules left undecided (incomplete or error)
    blocked INTEGER NOT NULL,     -- requests a WAF or access control refused (crawl outcome blocked)
    crawl_started_at TEXT, crawl_finished_at TEXT,
    PRIMARY KEY (run_id, site)
);
"""
_SITE_TABLES = ("sites", "scores", "category_scores", "rule_results", "findings", "coverage")


class ResultsDB:
    """The results database of one batch folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None)  # transactions are explicit
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.executescript(_SCHEMA)
            if _columns(self.db) != _columns(_expected()):
                raise sqlite3.DatabaseError("its tables differ from this version's")
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise UserError(f"{path} is not a results database of this version of govaudit ({exc}); "
                            "use another --out folder, or move the file away.") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> ResultsDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def start_run(self, kind: str, ruleset: Mapping[str, str], profile: str, as_of: str, tool_version: str,
                  folder: str | None = None, source_run: int | None = None) -> int:
        """A new run; `folder` defaults to runs/<id>."""
        with self._transaction() as db:
            cur = db.execute("INSERT INTO runs (kind, started, ruleset_name, ruleset_hash, profile, as_of, tool_version, "
                             "folder, source_run) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?)",
                             (kind, now_iso(), ruleset["name"], ruleset["hash"], profile, as_of, tool_version, source_run))
            run_id = int(cur.lastrowid)
            db.execute("UPDATE runs SET folder = ? WHERE id = ?", (folder or f"runs/{run_id}", run_id))
        return run_id

    def finish_run(self, run_id: int) -> None:
        with self._transaction() as db:
            db.execute("UPDATE runs SET finished = ? WHERE id = ?", (now_iso(), run_id))

    def run(self, run_id: int) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()

    def runs(self, kind: str | None = None) -> list[sqlite3.Row]:
        """Runs in order, of `kind` when given."""
        if kind is None:
            return self.db.execute("SELECT * FROM runs ORDER BY id").fetchall()
        return self.db.execute("SELECT * FROM runs WHERE kind = ? ORDER BY id", (kind,)).fetchall()

    def record_site(self, run_id: int, info: Mapping[str, str], outcome: Mapping[str, Any],
                    results: Mapping[str, Any] | None, site_dir: Path | None) -> None:
        """Replace what the database holds of site `info["name"]` in `run_id`, in one transaction:
        its status, and with `results` (its results.json) its score, rules, findings and coverage."""
        name = info["name"]
        with self._transaction() as db:
            for table in _SITE_TABLES:
                column = "name" if table == "sites" else "site"
                db.execute(f"DELETE FROM {table} WHERE run_id = ? AND {column} = ?", (run_id, name))
            db.execute("INSERT INTO sites (run_id, name, url, region, level, organisation, config, status, stage, "
                       "reason, profile, ruleset_hash, recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (run_id, name, info["url"], info.get("region", ""), info.get("level", ""),
                        info.get("organisation", ""), info.get("config", ""), outcome["status"], outcome.get("stage"), outcome.get("reason"),
                        results["profile"] if results else None, results["ruleset"]["hash"] if results else None,
                        now_iso()))
            if results is not None:
                _insert_results(db, run_id, name, results, blocked_requests(site_dir) if site_dir else 0)


def _columns(db: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: [c[1] for c in db.execute(f"PRAGMA table_info({t})")] for t in tables}


def _expected() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.executescript(_SCHEMA)
    return db


def _insert_results(db: sqlite3.Connection, run_id: int, site: str, results: Mapping[str, Any], blocked: int) -> None:
    score_range = results.get("score_range") or {}
    reasons = "\n".join(r["message"] for r in results["verdict"].get("reasons", []))
    db.execute("INSERT INTO scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (run_id, site, results["verdict"]["code"], results["grade"], results.get("score"),
                score_range.get("min"), score_range.get("max"), int(bool(results.get("passed"))), reasons))
    db.executemany("INSERT INTO category_scores VALUES (?, ?, ?, ?, ?)",
                   [(run_id, site, c["name"], c["deducted"], c["cap"]) for c in results["scoring"].get("categories", [])])
    undecided = 0
    for rule in results["rules"]:
        undecided += rule["status"] in UNDECIDED_STATUSES
        db.execute("INSERT INTO rule_results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (run_id, site, rule["id"], rule["title"], rule["category"], rule.get("level") or "", rule["status"],
                    rule.get("points") or 0.0, len(rule["results"])))
        db.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(run_id, site, rule["id"], r["subject"], finding_fingerprint(rule["id"], r["subject"]),
                         r["status"], r.get("url"), r["message"], int(bool(r.get("waiver"))))
                        for r in rule["results"] if r["status"] in FINDING_STATUSES])
    cov = results["coverage"]
    db.execute("INSERT INTO coverage VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (run_id, site, cov["pages_fetched"], int(bool(cov["budget_exhausted"])), results["verdict"].get("stop_reason"),
                cov["subjects_examined"], undecided, blocked, cov.get("crawl_started_at"), cov.get("crawl_finished_at")))


def blocked_requests(site_dir: Path) -> int:
    """Requests of the site's crawl that a WAF or access control refused (0 without a snapshot)."""
    index = site_dir / SNAPSHOT_DIR / INDEX_NAME
    if not index.is_file():
        return 0
    try:
        with closing(sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)) as db:
            return int(db.execute("SELECT COUNT(*) FROM captures WHERE outcome = ?", (BLOCKED,)).fetchone()[0])
    except sqlite3.DatabaseError:
        return 0
