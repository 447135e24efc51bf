"""Manual findings: what an evaluator checked by hand (依申请公开 answered on time, a meeting
held), entered in a YAML file and merged into results.json with its provenance.

    evaluator: 李四                # default for every entry
    date: 2026-11-20
    findings:
      - rule: apply-on-time        # a rule of the profile (a `manual` rule, or one to confirm/override)
        item: "3.2"                # optional: the checklist's item number
        status: fail               # pass | fail | warn | incomplete | not_applicable
        count: 2                   # failed subjects (default 1): deducted count × the rule's points
        points: 1.5                # or: the points deducted (a bonus item: the points given), up to its cap
        evidence: 依申请公开台账第 3 页
        note: 两件超期答复
        evaluator: 王五            # overrides the default
        date: 2026-11-21

Every entry needs evidence, an evaluator and a date: no verdict without a record of who saw what.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from govaudit.checks.base import Finding
from govaudit.checks.manual import SUBJECT
from govaudit.errors import UserError
from govaudit.model.types import Evidence
from govaudit.scoring import RuleOutcome
from govaudit.scoringspec import non_negative
from govaudit.serde import to_dict
from govaudit.vocab import MANUAL_LABEL, STATUS_LABELS, STATUSES
from govaudit.yamlsafe import YamlTooLarge, load_bounded

_TOP_KEYS = ("evaluator", "date", "findings")
_ENTRY_KEYS = ("rule", "item", "status", "count", "points", "evidence", "note", "evaluator", "date", "subject")
SOURCE = "manual"  # `source` of a manual finding in results.json


@dataclass(frozen=True)
class ManualEntry:
    rule: str
    status: str
    evidence: str
    evaluator: str
    date: str  # ISO date
    line: int
    count: int = 1
    points: float | None = None
    note: str = ""
    item: str | None = None
    subject: str | None = None


@dataclass(frozen=True)
class ManualSheet:
    source: str  # the file as given
    sha256: str
    entries: tuple[ManualEntry, ...]

    def by_rule(self) -> dict[str, ManualEntry]:
        return {e.rule: e for e in self.entries}


def _lines(node: yaml.Node | None) -> tuple[dict[str, int], list[tuple[int, dict[str, int]]]]:
    """Line numbers of the top-level keys and of each entry (and its keys) of `findings`."""
    top: dict[str, int] = {}
    entries: list[tuple[int, dict[str, int]]] = []
    if not isinstance(node, yaml.MappingNode):
        return top, entries
    for k, v in node.value:
        top[str(k.value)] = k.start_mark.line + 1
        if k.value == "findings" and isinstance(v, yaml.SequenceNode):
            for item in v.value:
                keys = {str(kk.value): kk.start_mark.line + 1 for kk, _ in item.value} if isinstance(item, yaml.MappingNode) else {}
                entries.append((item.start_mark.line + 1, keys))
    return top, entries


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _date(value: Any) -> str | None:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            return None
    return None


def load_manual(path: Path) -> ManualSheet:
    """Read and validate an evaluator's YAML of manual findings; problems name file:line."""
    label = str(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        node, data = load_bounded(text)
    except FileNotFoundError:
        raise UserError(f"Manual findings file {label} does not exist.") from None
    except OSError as exc:
        raise UserError(f"Cannot read manual findings file {label} ({exc.strerror}).") from None
    except UnicodeDecodeError:
        raise UserError(f"{label}: not UTF-8 text.") from None
    except YamlTooLarge as exc:
        raise UserError(f"{label}: refused, the YAML is too large ({exc}).") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise UserError(f"{label}{f':{mark.line + 1}' if mark else ''}: malformed YAML "
                        f"({getattr(exc, 'problem', None) or exc}).") from None
    if not isinstance(data, dict):
        raise UserError(f"{label}:1: expected a mapping with 'findings' (and optional evaluator, date).")
    top, lines = _lines(node)

    def fail(line: int, problem: str) -> UserError:
        return UserError(f"{label}:{line}: {problem}.")

    for key in data:
        if key not in _TOP_KEYS:
            raise fail(top.get(str(key), 1), f"unknown key '{key}' (allowed: {', '.join(_TOP_KEYS)})")
    findings = data.get("findings")
    if not isinstance(findings, list) or not findings:
        raise fail(top.get("findings", 1), "'findings' must be a non-empty list of entries")
    default_who, default_date = data.get("evaluator"), data.get("date")
    if default_who is not None and not _text(default_who):
        raise fail(top["evaluator"], "'evaluator' must be a name")
    if default_date is not None and not _date(default_date):
        raise fail(top["date"], "'date' must be a date written YYYY-MM-DD")
    entries: list[ManualEntry] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(findings):
        line, keys = lines[i] if i < len(lines) else (top.get("findings", 1), {})
        at = lambda key: keys.get(key, line)  # noqa: E731 — the line of one key of this entry
        if not isinstance(entry, dict):
            raise fail(line, "each finding must be a mapping (rule, status, evidence, ...)")
        for key in entry:
            if key not in _ENTRY_KEYS:
                raise fail(at(str(key)), f"unknown key '{key}' (allowed: {', '.join(_ENTRY_KEYS)})")
        rule = _text(entry.get("rule"))
        if rule is None:
            raise fail(line, "each finding needs 'rule', the id of the rule it records")
        if rule in seen:
            raise fail(line, f"rule '{rule}' already has an entry at line {seen[rule]}: one entry per rule")
        seen[rule] = line
        status = entry.get("status")
        if status not in STATUSES:
            raise fail(at("status"), f"status must be one of {', '.join(STATUSES)}")
        evidence = _text(entry.get("evidence"))
        if evidence is None:
            raise fail(at("evidence") if "evidence" in entry else line, "each finding needs 'evidence': where the evaluator saw it")
        who = _text(entry.get("evaluator", default_who))
        when = _date(entry.get("date", default_date))
        if who is None:
            raise fail(at("evaluator"), "each finding needs an 'evaluator' (in the entry or at the top of the file)")
        if when is None:
            raise fail(at("date"), "each finding needs a 'date' written YYYY-MM-DD (in the entry or at the top of the file)")
        count = entry.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise fail(at("count"), "'count' must be a whole number ≥ 1")
        if count != 1 and status not in ("fail", "warn"):
            raise fail(at("count"), f"'count' counts failed subjects; a '{status}' finding has none")
        points = entry.get("points")
        if points is not None and not non_negative(points):
            raise fail(at("points"), "'points' must be a finite number ≥ 0")
        for key in ("note", "item", "subject"):
            if key in entry and not isinstance(entry[key], (str, int, float)):
                raise fail(at(key), f"'{key}' must be text")
        entries.append(ManualEntry(rule, status, evidence, who, when, line, count,
                                   None if points is None else float(points), str(entry.get("note", "")).strip(),
                                   None if entry.get("item") is None else str(entry["item"]),
                                   None if entry.get("subject") is None else str(entry["subject"])))
    return ManualSheet(label, hashlib.sha256(raw).hexdigest(), tuple(entries))


def check_against(sheet: ManualSheet, rules: dict[str, Any], profile: str,
                  out_of_remit: dict[str, str] | None = None, model: str = "official") -> None:
    """Every entry names a rule of the profile that the configuration has not set aside as
    outside the organ's remit, and entered points fit the rule's cap."""
    for e in sheet.entries:
        if out_of_remit and e.rule in out_of_remit:
            raise UserError(f"{sheet.source}:{e.line}: rule '{e.rule}' is outside this organ's remit in the configuration "
                            f"([not_applicable]: {out_of_remit[e.rule]}); remove the entry or the configuration line.")
        rule = rules.get(e.rule)
        if rule is None:
            raise UserError(f"{sheet.source}:{e.line}: no rule '{e.rule}' in profile '{profile}'; "
                            "`govaudit rules list --profile` shows the ids.")
        if e.points is not None and model != "official":
            raise UserError(f"{sheet.source}:{e.line}: rule '{e.rule}': entered points are used only by the official "
                            f"(deduction) model, and profile '{profile}' is {model}; give status and count.")
        if e.points is not None and e.points > rule.cap:
            raise UserError(f"{sheet.source}:{e.line}: rule '{e.rule}': points {e.points:g} exceed its cap {rule.cap:g}.")
        if e.points and rule.level == "deduction" and e.status != "fail":
            raise UserError(f"{sheet.source}:{e.line}: rule '{e.rule}': points {e.points:g} deducted but status '{e.status}'; "
                            "deducted points need status fail.")


def _message(e: ManualEntry) -> str:
    """The finding's sentence: says it is manual, who, when and on what evidence."""
    what = e.note or f"评估人判定：{STATUS_LABELS[e.status]}"
    counted = f"，{e.count} 处" if e.count > 1 else ""
    given = f"，录入分值 {e.points:g}" if e.points is not None else ""
    return f"{MANUAL_LABEL}（{e.evaluator}，{e.date}）：{what}{counted}{given}。证据：{e.evidence}"


def merge(entry: ManualEntry, sheet: ManualSheet, automatic: list[dict[str, Any]], auto_status: str,
          site_url: str) -> tuple[list[dict[str, Any]], RuleOutcome, dict[str, Any]]:
    """A rule's results with the evaluator's entry in charge: (results, outcome for scoring,
    the rule's `manual` record). The results hold the manual finding; the automatic findings it
    supersedes are kept in the record (`automatic_results`), which says whether the entry
    confirms or overrides the automatic status. Reports list only what counts."""
    subject = entry.subject or SUBJECT
    provenance = {"source": SOURCE, "evaluator": entry.evaluator, "date": entry.date, "evidence_ref": entry.evidence,
                  "file": sheet.source, "sha256": sheet.sha256, "line": entry.line}
    if entry.item is not None:
        provenance["item"] = entry.item
    finding = to_dict(Finding(entry.status, subject, site_url, _message(entry), Evidence(url=site_url),
                              {**provenance, "count": entry.count, **({"points": entry.points} if entry.points is not None else {})}))
    finding["source"] = SOURCE
    needs_person = auto_status == "incomplete" and all(r.get("data", {}).get("needs_person") for r in automatic)
    counts = {entry.status: entry.count}
    failed = tuple(f"{subject}#{i + 1}" for i in range(entry.count)) if entry.status == "fail" else ()
    outcome = RuleOutcome(entry.status, counts, failed, False, entry.points)
    effect = "entered" if needs_person or not automatic else ("confirms" if entry.status == auto_status else "overrides")
    record = {**provenance, "status": entry.status, "count": entry.count, "effect": effect,
              "automatic_status": None if needs_person else auto_status, "automatic_results": automatic}
    if entry.points is not None:
        record["points"] = entry.points
    if entry.note:
        record["note"] = entry.note
    return [finding], outcome, record
