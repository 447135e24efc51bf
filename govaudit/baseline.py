"""--baseline: compare a run's findings with an earlier run's results.json.

Each finding (fail, warn, error, incomplete) of the new run gets a `baseline` state:
- new: its fingerprint (rule id + normalised subject, govaudit.report.fingerprint) is not
  among the earlier findings, or it is now a failure or 预警 where it was something milder
  (a 预警 that became 不通过, an undecided subject that now fails): what --fail-on-new fails on;
- unchanged: the same finding with the same status;
- updated: the same finding with another status that is no worse (不通过 → 预警, → 证据不足).
Earlier findings with no finding now are listed under results["baseline"]["resolved"], with
the subject's status now (`pass`, `not_applicable`, or None when this run has no result for it)
and a state: `resolved` when it was checked again, or has no result in a crawl that covered the
whole site (a fixed dead link, a column removed: checks list only the problems they find);
`not_seen` when it has no result and the crawl stopped early (budget, time, a dying server),
since then nothing was observed and it is not shown as fixed. Findings of rules this run did
not evaluate (disabled, or a site not audited) are not listed at all.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govaudit.errors import UserError
from govaudit.schemacheck import first_problem
from govaudit.vocab import FINDING_STATUSES, STATUS_LABELS, severity

NEW, UNCHANGED, UPDATED = "new", "unchanged", "updated"
BASELINE_STATES = (NEW, UPDATED, UNCHANGED)
# A state's label in reports; "resolved" names the list of earlier findings no longer found.
BASELINE_LABELS = {NEW: "新增", UPDATED: "状态变化", UNCHANGED: "未变", "resolved": "已解决", "not_seen": "本次未检查"}
_FAILING = ("fail", "warn")  # the statuses --fail-on can fail on


@dataclass(frozen=True)
class Baseline:
    """An earlier run's results (as loaded from its results.json) and where they came from."""

    source: str
    results: Mapping[str, Any]


def load_baseline(path: Path) -> Baseline:
    """The earlier results.json at `path` (or in the folder `path`), schema-checked; a
    missing, unreadable, non-JSON or wrongly shaped file is a UserError in one sentence."""
    source = str(path)
    if path.is_dir():
        path = path / "results.json"
    advice = "give the results.json of an earlier govaudit run"
    if not path.is_file():
        raise UserError(f"Baseline {path} does not exist; {advice}.")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"Cannot read the baseline {path} ({exc.strerror}).") from None
    except (ValueError, RecursionError):
        raise UserError(f"Baseline {path} is not JSON; {advice}.") from None
    problem = first_problem(data, "results.schema.json")
    if problem:
        raise UserError(f"Baseline {path} is not a govaudit results.json ({problem}); {advice}.")
    return Baseline(source, data)


def _fingerprint(rule_id: str, subject: str) -> str:
    # Imported here: the report formats import this module's labels, and govaudit.report imports them all.
    from govaudit.report.fingerprint import finding_fingerprint

    return finding_fingerprint(rule_id, subject)


def _findings(results: Mapping[str, Any]) -> dict[str, tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """fingerprint → (rule, result) of every finding of `results`."""
    return {_fingerprint(rule["id"], r["subject"]): (rule, r)
            for rule in results["rules"] for r in rule["results"] if r["status"] in FINDING_STATUSES}


def _state(now: str, before: str) -> str:
    if now == before:
        return UNCHANGED
    worse = now in _FAILING and (before not in _FAILING or severity(now) < severity(before))
    return NEW if worse else UPDATED


def compare(results: Mapping[str, Any], baseline: Baseline) -> dict[str, Any]:
    """A copy of `results` with each finding's `baseline` state (and `baseline_was`, its earlier
    status, when it changed) and a top-level `baseline` summary: the baseline's source, the
    earlier run's date, counts by state and the resolved list. Earlier annotations are replaced."""
    out = copy.deepcopy(dict(results))
    before = _findings(baseline.results)
    counts = dict.fromkeys((*BASELINE_STATES, "resolved", "not_seen"), 0)
    seen: dict[str, str] = {}  # fingerprint of every subject of this run → its status
    for rule in out["rules"]:
        for r in rule["results"]:
            r.pop("baseline", None)
            r.pop("baseline_was", None)
            fingerprint = _fingerprint(rule["id"], r["subject"])
            seen[fingerprint] = r["status"]
            if r["status"] not in FINDING_STATUSES:
                continue
            earlier = before.get(fingerprint)
            state = NEW if earlier is None else _state(r["status"], earlier[1]["status"])
            r["baseline"] = state
            if earlier is not None and earlier[1]["status"] != r["status"]:
                r["baseline_was"] = earlier[1]["status"]
            counts[state] += 1
    evaluated = {rule["id"] for rule in out["rules"]}
    cut_short = bool(out["coverage"]["budget_exhausted"])
    resolved = []
    for fingerprint, (rule, r) in before.items():
        now = seen.get(fingerprint)
        if rule["id"] not in evaluated or (now is not None and now in FINDING_STATUSES):
            continue
        state = "not_seen" if now is None and cut_short else "resolved"
        counts[state] += 1
        resolved.append({"rule": rule["id"], "title": rule["title"], "level": rule.get("level"), "subject": r["subject"],
                         "url": r["url"], "status": r["status"], "message": r["message"], "now": now, "state": state,
                         "fingerprint": fingerprint})
    out["baseline"] = {"source": baseline.source, "as_of": baseline.results["as_of"], "site": baseline.results["site"],
                       "counts": counts, "resolved": resolved}
    return out


def state_label(result: Mapping[str, Any]) -> str | None:
    """A finding's baseline state in words (新增, 状态变化（原为预警）, 未变); None without a baseline."""
    state = result.get("baseline")
    if state is None:
        return None
    was = result.get("baseline_was")
    return BASELINE_LABELS[state] + (f"（原为{STATUS_LABELS[was]}）" if was else "")
