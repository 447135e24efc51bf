"""`govaudit compare`: the league table of a batch run, from DIR/results.sqlite.

Only graded sites (verdict code "graded": 合格 / 不合格) are ranked by score; 待定, 无法评估,
评估不完整 and failed sites are listed below the ranking with their grade or reason, never as a
number. Every score sits next to its coverage: pages fetched, rules left incomplete, requests
blocked. Trends compare with a baseline run by finding fingerprint (rule + subject).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govaudit.batch.resultsdb import DB_FILE, ResultsDB
from govaudit.errors import UserError

# Findings a trend counts as new or resolved: problems observed with evidence. An `incomplete`
# going away is more evidence, not a fix, so it is not counted as resolved.
TREND_STATUSES = ("fail", "warn")
GRADED = "graded"
FAILED_LABEL = "抓取或处理失败"


@dataclass
class SiteRow:
    """One site of the league table."""

    name: str
    url: str
    region: str
    level: str
    organisation: str
    status: str  # done | failed
    reason: str | None  # failed: why; done without a grade: the verdict's reasons
    grade: str  # the grade, or FAILED_LABEL
    verdict_code: str | None
    score: float | None
    score_min: float | None
    score_max: float | None
    pages: int | None
    rules_incomplete: int | None
    blocked: int | None
    budget_exhausted: bool
    crawl_started: str | None
    crawl_finished: str | None
    categories: dict[str, float] = field(default_factory=dict)  # category -> points deducted
    rank: int | None = None
    baseline_score: float | None = None
    baseline_grade: str | None = None
    new_findings: int | None = None
    resolved_findings: int | None = None

    @property
    def ranked(self) -> bool:
        return self.verdict_code == GRADED and self.score is not None

    @property
    def score_change(self) -> float | None:
        if self.score is None or self.baseline_score is None or not self.ranked:
            return None
        return round(self.score - self.baseline_score, 2)


@dataclass
class League:
    """Everything the three league files show."""

    run: dict[str, Any]
    baseline: dict[str, Any] | None
    rows: list[SiteRow]  # ranked first (by rank), then the unranked by name
    categories: list[str]
    filters: dict[str, str]
    regions: list[str]
    levels: list[str]

    @property
    def scores(self) -> list[float]:
        return [r.score for r in self.rows if r.ranked and r.score is not None]

    def distribution(self) -> dict[str, float] | None:
        """min, q1, median, q3, max of the ranked scores (None with no ranked site)."""
        scores = sorted(self.scores)
        if not scores:
            return None
        if len(scores) == 1:
            q1 = median = q3 = scores[0]
        else:
            q1, median, q3 = statistics.quantiles(scores, n=4, method="inclusive")
        return {"min": scores[0], "q1": round(q1, 2), "median": round(median, 2), "q3": round(q3, 2), "max": scores[-1]}


def load_league(out: Path, run_id: int | None = None, baseline_id: int | None = None,
                region: str | None = None, level: str | None = None) -> League:
    """The league of run `run_id` (default: the latest) of the batch in `out`, with trends against
    `baseline_id` (default: the run before it, if any), filtered by region and level."""
    if not (out / DB_FILE).is_file():
        raise UserError(f"{out} holds no batch ({DB_FILE} is missing); run `govaudit batch SITES.csv --out {out}` first.")
    with ResultsDB(out / DB_FILE) as db:
        runs = db.runs()
        if not runs:
            raise UserError(f"{out / DB_FILE} records no run yet.")
        by_id = {r["id"]: dict(r) for r in runs}
        run = by_id.get(run_id) if run_id is not None else dict(runs[-1])
        if run is None:
            raise UserError(f"There is no run {run_id} in {out / DB_FILE}; runs: {', '.join(map(str, by_id))}.")
        if baseline_id is None:
            earlier = [i for i in by_id if i < run["id"]]
            baseline = by_id[earlier[-1]] if earlier else None
        else:
            baseline = by_id.get(baseline_id)
            if baseline is None or baseline_id == run["id"]:
                raise UserError(f"--baseline-run {baseline_id}: choose another run of {out / DB_FILE} "
                                f"({', '.join(str(i) for i in by_id if i != run['id']) or 'there is none'}).")
        all_rows = _rows(db, run["id"])
        regions = sorted({r.region for r in all_rows if r.region})
        levels = sorted({r.level for r in all_rows if r.level})
        rows = [r for r in all_rows if (region is None or r.region == region) and (level is None or r.level == level)]
        if baseline is not None:
            _trends(db, rows, run["id"], baseline["id"])
    categories = list(dict.fromkeys(c for r in rows for c in r.categories))
    filters = {k: v for k, v in (("region", region), ("level", level)) if v is not None}
    return League(run, baseline, _rank(rows), categories, filters, regions, levels)


def _rows(db: ResultsDB, run_id: int) -> list[SiteRow]:
    query = """
        SELECT s.name, s.url, s.region, s.level, s.organisation, s.status, COALESCE(s.reason, sc.verdict_reasons) AS reason,
               sc.grade, sc.verdict_code, sc.score, sc.score_min, sc.score_max,
               c.pages_fetched, c.rules_incomplete, c.blocked, c.budget_exhausted, c.crawl_started_at, c.crawl_finished_at
        FROM sites s LEFT JOIN scores sc ON sc.run_id = s.run_id AND sc.site = s.name
                     LEFT JOIN coverage c ON c.run_id = s.run_id AND c.site = s.name
        WHERE s.run_id = ? ORDER BY s.name"""
    rows = []
    for r in db.db.execute(query, (run_id,)):
        rows.append(SiteRow(r["name"], r["url"], r["region"], r["level"], r["organisation"], r["status"], r["reason"],
                            r["grade"] or FAILED_LABEL, r["verdict_code"], r["score"], r["score_min"], r["score_max"],
                            r["pages_fetched"], r["rules_incomplete"], r["blocked"], bool(r["budget_exhausted"]),
                            r["crawl_started_at"], r["crawl_finished_at"]))
    by_name = {r.name: r for r in rows}
    for site, category, deducted in db.db.execute(
            "SELECT site, category, deducted FROM category_scores WHERE run_id = ? ORDER BY rowid", (run_id,)):
        by_name[site].categories[category] = deducted
    return rows


def _trends(db: ResultsDB, rows: list[SiteRow], run_id: int, baseline_id: int) -> None:
    earlier = {r["site"]: r for r in db.db.execute("SELECT site, score, grade, verdict_code FROM scores WHERE run_id = ?",
                                                   (baseline_id,))}
    marks = ",".join("?" * len(TREND_STATUSES))

    def fingerprints(run: int, site: str) -> set[str]:
        return {f for (f,) in db.db.execute(f"SELECT fingerprint FROM findings WHERE run_id = ? AND site = ? "
                                            f"AND waived = 0 AND status IN ({marks})", (run, site, *TREND_STATUSES))}

    for row in rows:
        before = earlier.get(row.name)
        if before is None or row.status != "done":
            continue
        row.baseline_grade = before["grade"]
        row.baseline_score = before["score"] if before["verdict_code"] == GRADED else None
        now, then = fingerprints(run_id, row.name), fingerprints(baseline_id, row.name)
        row.new_findings, row.resolved_findings = len(now - then), len(then - now)


def _rank(rows: list[SiteRow]) -> list[SiteRow]:
    ranked = sorted((r for r in rows if r.ranked), key=lambda r: (-(r.score or 0.0), r.name))
    for i, row in enumerate(ranked):  # ties share a rank (1, 1, 3)
        row.rank = ranked[i - 1].rank if i and ranked[i - 1].score == row.score else i + 1
    return ranked + sorted((r for r in rows if not r.ranked), key=lambda r: r.name)


def write_league(out: Path, run_id: int | None = None, baseline_id: int | None = None,
                 region: str | None = None, level: str | None = None) -> list[Path]:
    """Write league.html, league.md and league.csv into `out`; their paths."""
    from govaudit.batch.league_render import render_csv, render_html, render_md

    league = load_league(out, run_id, baseline_id, region, level)
    written = []
    for name, text, encoding in (("league.html", render_html(league), "utf-8"), ("league.md", render_md(league), "utf-8"),
                                 ("league.csv", render_csv(league), "utf-8-sig")):
        path = out / name
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding=encoding, newline="")
        tmp.replace(path)
        written.append(path)
    return written
