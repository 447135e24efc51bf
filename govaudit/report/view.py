"""Turn a results dict (as loaded from results.json) into the read-only view templates show.

The view only selects, labels, groups and orders what results.json says; it never computes
a score, a grade or a status. Optional fields of the schema are filled with explicit
defaults here so templates can run under StrictUndefined.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from govaudit.baseline import BASELINE_LABELS, state_label
from govaudit.report.chart import Chart, build_chart
from govaudit.vocab import FINDING_STATUSES, LEVEL_LABELS, MANUAL_LABEL, STATUS_LABELS, severity

_HASH_PREFIX = "sha256:"
_SHORT_HASH = 12
# An archive record "<warc file>#<offset>" as the crawler writes it (a bare file name, a byte offset).
_RECORD = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*\.warc(?:\.gz)?)#(\d+)")
SNAPSHOT_DIR = "snapshot"  # where the WARC files lie, beside results.json
# Where a finding is, from its check's data: key → label (a URL or a list of URLs).
_PLACES = (("target", "链接目标"), ("sources", "链接所在页面"), ("interpretations", "解读页面"))
_PLACES_SHOWN = 10  # URLs listed per place; the rest are counted
_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class EvidenceView:
    url: str
    fetched_at: str | None
    record: str | None
    snippet: str | None

    @property
    def extract_command(self) -> str | None:
        """A command that prints the archived page (warcio, run in the output folder)."""
        match = _RECORD.fullmatch(self.record or "")
        if match is None:
            return None
        return f"warcio extract --payload {SNAPSHOT_DIR}/{match[1]} {match[2]}"


@dataclass(frozen=True)
class PlaceView:
    """Where a finding is: the dead link's target, the pages holding it, the interpretation."""

    label: str
    urls: tuple[str, ...]
    more: int  # URLs not listed


@dataclass(frozen=True)
class WaiverView:
    rule: str
    subject: str
    reason: str
    owner: str
    expires: str
    expired: bool
    applied: int | None = None  # findings it silenced (in the waiver list only)


@dataclass(frozen=True)
class ResultView:
    status: str
    status_label: str
    subject: str
    url: str
    message: str
    evidence: EvidenceView
    waiver: WaiverView | None = None  # the finding stands but is waived: it does not count
    places: tuple[PlaceView, ...] = ()
    baseline: str | None = None  # new | updated | unchanged, with --baseline (govaudit.baseline)
    baseline_label: str | None = None  # 新增 / 状态变化（原为预警） / 未变
    manual_label: str | None = None  # 人工核查 on a finding an evaluator entered (--manual), else None


@dataclass(frozen=True)
class ManualEntryView:
    """An evaluator's entry loaded but not applied: the site was not audited, so no rule ran."""

    rule: str
    status_label: str
    evaluator: str
    date: str
    evidence: str
    item: str | None
    note: str | None


@dataclass(frozen=True)
class RuleView:
    anchor: str  # HTML id "rule-<id>": stable when rules are reordered (see rule_anchor)
    id: str
    title: str  # failure_title when the rule failed and has one
    category: str
    level: str | None
    level_label: str
    status: str
    status_label: str
    summary: str | None
    basis: str | None
    description: str | None
    vetoed: bool
    findings: tuple[ResultView, ...]  # fail, error, incomplete, warn: most serious first
    passes: tuple[ResultView, ...]  # pass and not_applicable
    manual_label: str | None = None  # 人工核查 when an evaluator's entry decided the rule's status

    @property
    def is_finding(self) -> bool:
        """Listed under 问题清单: the rule or one of its subjects did not pass."""
        return self.status in FINDING_STATUSES or bool(self.findings)


@dataclass(frozen=True)
class ResolvedView:
    """A baseline finding with no finding now: resolved (checked again) or not seen this time."""

    rule_id: str
    title: str
    subject: str
    url: str
    was: str  # its status label in the baseline
    message: str
    seen: bool  # False: this run did not examine the subject, so it is not shown as fixed
    label: str  # 已解决 / 本次未检查


@dataclass(frozen=True)
class BaselineView:
    """What --baseline found: counts by state and the resolved findings."""

    source: str
    as_of: str
    new: int
    updated: int
    unchanged: int
    resolved_count: int
    not_seen: int
    resolved: tuple[ResolvedView, ...]


@dataclass(frozen=True)
class VetoView:
    rule_id: str
    title: str  # empty when results.json names a rule it does not list
    anchor: str | None
    summary: str | None


@dataclass(frozen=True)
class DeductionView:
    rule_id: str
    rule_title: str
    anchor: str | None
    points: str
    failures: int | None
    cap: str | None
    worst: str | None = None  # points if its undecided subjects fail, when more than `points`
    not_deducted: int = 0  # failures already deducted under another rule (no double deduction)
    already_under: tuple[str, ...] = ()


@dataclass(frozen=True)
class CategoryView:
    """Official model: points one first-level item (发布解读 …) lost, within its cap."""

    name: str
    deducted: str
    cap: str | None
    worst: str | None


@dataclass(frozen=True)
class CoverageView:
    pages_fetched: int
    budget_exhausted: bool
    subjects_examined: int | None
    notes: tuple[str, ...]
    incomplete_categories: tuple[str, ...]

    @property
    def limited(self) -> bool:
        """True when the score rests on partial evidence and must be read with care."""
        return self.budget_exhausted or bool(self.incomplete_categories)


@dataclass(frozen=True)
class ReachView:
    name: str
    url: str
    why: str  # why it was not observed, in words


@dataclass(frozen=True)
class VerdictView:
    """Whether the site was audited and graded (results.json `verdict`), in words."""

    code: str  # graded | undetermined | not_audited | incomplete
    label: str
    reasons: tuple[str, ...]
    blocking: tuple[VetoView, ...]  # undecided rules that keep the grade 待定
    score_range: str | None  # "72–80" when the worst and best case differ
    start_url: str
    entered_url: str | None  # the page the start URL led to (a redirect, a stub, a splash's entry), when another
    hub: str | None
    columns_linked: int | None
    columns_reached: int | None
    stop_reason: str | None
    not_reached: tuple[ReachView, ...]

    @property
    def graded(self) -> bool:
        """The site was audited: a grade (合格 / 不合格 / 待定) and a score are shown."""
        return self.code in ("graded", "undetermined")

    @property
    def undetermined(self) -> bool:
        return self.code == "undetermined"


@dataclass(frozen=True)
class ReportView:
    site: str
    as_of: str
    ruleset_name: str
    ruleset_hash: str
    ruleset_hash_short: str
    tool_version: str
    profile: str
    profile_title: str | None  # optional human name of the profile
    scoring_model: str
    score: str
    base: str
    pass_mark: str | None
    bonus: str | None  # points added by bonus rules, when the scoring model reports them
    grade: str
    passed: bool
    vetoes: tuple[VetoView, ...]
    deductions: tuple[DeductionView, ...]
    coverage: CoverageView
    rules: tuple[RuleView, ...]
    chart: Chart
    verdict: VerdictView
    categories: tuple[CategoryView, ...] = ()
    waivers: tuple[WaiverView, ...] = ()
    waivers_applied: bool = True
    configuration: str | None = None
    baseline: BaselineView | None = None
    manual_label: str = MANUAL_LABEL
    manual_unapplied: tuple[ManualEntryView, ...] = ()  # entries loaded for a site that was not audited

    @property
    def finding_rules(self) -> tuple[RuleView, ...]:
        """Rules with findings: vetoing rules first, then by their most serious status."""
        found = [r for r in self.rules if r.is_finding]
        return tuple(sorted(found, key=lambda r: (not r.vetoed, severity(_worst(r)))))

    @property
    def pass_rules(self) -> tuple[RuleView, ...]:
        """Rules with passing or not-applicable subjects, or that passed as a whole."""
        return tuple(r for r in self.rules if r.passes or not r.is_finding)

    @property
    def pass_count(self) -> int:
        """Number of passing and not-applicable subjects shown in the collapsed section."""
        return sum(len(r.passes) for r in self.pass_rules)


def format_number(value: float | int) -> str:
    """Display a number from results.json as given: 100.0 -> "100", 72.5 -> "72.5"."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def build_view(results: Mapping[str, Any]) -> ReportView:
    """Build the report view of `results` (a dict valid against results.schema.json)."""
    scoring = results["scoring"]
    vetoed_ids = tuple(scoring["vetoed_by"])
    anchors = _anchors([r["id"] for r in results["rules"]])
    rules = tuple(_rule(anchor, r, vetoed_ids) for anchor, r in zip(anchors, results["rules"]))
    by_id = {r.id: r for r in rules}
    ruleset_hash = results["ruleset"]["hash"]
    pass_mark = scoring.get("pass_mark")
    bonus = scoring.get("bonus")
    return ReportView(
        site=results["site"],
        as_of=results["as_of"],
        ruleset_name=results["ruleset"]["name"],
        ruleset_hash=ruleset_hash,
        ruleset_hash_short=ruleset_hash.removeprefix(_HASH_PREFIX)[:_SHORT_HASH],
        tool_version=results["tool_version"],
        profile=results["profile"],
        profile_title=results.get("profile_title"),
        scoring_model=scoring["model"],
        score="—" if results["score"] is None else format_number(results["score"]),
        base=format_number(scoring["base"]),
        pass_mark=None if pass_mark is None else format_number(pass_mark),
        bonus=None if not bonus else format_number(bonus),
        grade=results["grade"],
        passed=bool(results["passed"]),
        vetoes=tuple(_veto(v, by_id.get(v)) for v in vetoed_ids),
        deductions=tuple(_deduction(d, by_id) for d in scoring["deductions"]),
        coverage=_coverage(results["coverage"], scoring),
        rules=rules,
        chart=build_chart(rules),
        verdict=_verdict(results, by_id),
        categories=tuple(CategoryView(c["name"], format_number(c["deducted"]),
                                      None if c.get("cap") is None else format_number(c["cap"]),
                                      None if c.get("worst_deducted") is None else format_number(c["worst_deducted"]))
                         for c in scoring.get("categories", ()) if "deducted" in c),
        waivers=tuple(_waiver(w) for w in results.get("waivers", [])),
        waivers_applied=bool(results.get("waivers_applied", True)),
        configuration=results.get("configuration"),
        baseline=_baseline(results.get("baseline")),
        manual_unapplied=tuple(ManualEntryView(e["rule"], STATUS_LABELS[e["status"]], e["evaluator"], e["date"], e["evidence_ref"],
                                               e.get("item"), e.get("note"))
                               for e in (results.get("manual_findings") or {}).get("not_applied", ())),
    )


def _baseline(data: Mapping[str, Any] | None) -> BaselineView | None:
    if not data:
        return None
    counts = data["counts"]
    resolved = tuple(ResolvedView(rule_id=g["rule"], title=g["title"], subject=g["subject"], url=g["url"],
                                  was=STATUS_LABELS[g["status"]], message=g["message"], seen=g["state"] == "resolved",
                                  label=BASELINE_LABELS[g["state"]])
                     for g in data["resolved"])
    return BaselineView(source=data["source"], as_of=data["as_of"], new=counts["new"], updated=counts["updated"],
                        unchanged=counts["unchanged"], resolved_count=counts["resolved"], not_seen=counts["not_seen"],
                        resolved=resolved)


def _verdict(results: Mapping[str, Any], by_id: Mapping[str, RuleView]) -> VerdictView:
    verdict = results.get("verdict") or {"code": "graded", "label": results["grade"], "reasons": []}
    rng = results.get("score_range")
    shown = None
    if rng and rng["min"] != rng["max"]:
        shown = f"{format_number(rng['min'])}–{format_number(rng['max'])}"
    start = verdict.get("start_page") or {}
    return VerdictView(
        code=verdict["code"], label=verdict["label"], reasons=tuple(r["message"] for r in verdict["reasons"]),
        blocking=tuple(_veto(rule_id, by_id.get(rule_id)) for rule_id in verdict.get("blocking", ())),
        score_range=shown, start_url=start.get("url", results["site"]),
        entered_url=final if (final := start.get("final_url")) and final != start.get("url") else None,
        hub=verdict.get("disclosure_hub"), columns_linked=verdict.get("columns_linked"),
        columns_reached=verdict.get("columns_reached"), stop_reason=verdict.get("stop_reason"),
        not_reached=tuple(ReachView(n["name"], n["url"], n["why_label"]) for n in verdict.get("not_reached", ())),
    )


def rule_anchor(rule_id: str) -> str:
    """The HTML id of a rule: "rule-" + its id, any character outside [A-Za-z0-9_-] made "-"."""
    return "rule-" + _ANCHOR_UNSAFE.sub("-", rule_id)


def _anchors(rule_ids: list[str]) -> list[str]:
    """Anchors by rule id; ids that collide once cleaned get their position appended."""
    anchors = [rule_anchor(i) for i in rule_ids]
    seen: dict[str, int] = {}
    for a in anchors:
        seen[a] = seen.get(a, 0) + 1
    return [a if seen[a] == 1 else f"{a}-{n + 1}" for n, a in enumerate(anchors)]


def _rule(anchor: str, rule: Mapping[str, Any], vetoed_ids: tuple[str, ...]) -> RuleView:
    status = rule["status"]
    level = rule.get("level")
    results = [_result(r) for r in rule["results"]]
    findings = [r for r in results if r.status in FINDING_STATUSES]
    title = rule["title"]
    if status == "fail" and rule.get("failure_title"):
        title = rule["failure_title"]
    return RuleView(
        anchor=anchor,
        id=rule["id"],
        title=title,
        category=rule["category"],
        level=level,
        level_label=LEVEL_LABELS.get(level, "") if level else "",
        status=status,
        status_label=STATUS_LABELS[status],
        summary=rule.get("summary"),
        basis=rule.get("basis"),
        description=rule.get("description"),
        vetoed=rule["id"] in vetoed_ids,
        findings=tuple(sorted(findings, key=lambda r: severity(r.status))),
        passes=tuple(r for r in results if r.status not in FINDING_STATUSES),
        manual_label=MANUAL_LABEL if rule.get("manual") else None,
    )


def _waiver(w: Mapping[str, Any]) -> WaiverView:
    return WaiverView(rule=w["rule"], subject=w["subject"], reason=w["reason"], owner=w["owner"],
                      expires=w["expires"], expired=bool(w["expired"]), applied=w.get("applied"))


def _places(data: Mapping[str, Any]) -> tuple[PlaceView, ...]:
    places = []
    for key, label in _PLACES:
        value = data.get(key)
        urls = [value] if isinstance(value, str) else [u for u in value or () if isinstance(u, str)]
        if urls:
            places.append(PlaceView(label, tuple(urls[:_PLACES_SHOWN]), max(0, len(urls) - _PLACES_SHOWN)))
    return tuple(places)


def _result(result: Mapping[str, Any]) -> ResultView:
    evidence = result["evidence"]
    return ResultView(
        baseline=result.get("baseline"),
        baseline_label=state_label(result),
        manual_label=MANUAL_LABEL if result.get("source") == "manual" else None,
        places=_places(result.get("data") or {}),
        waiver=_waiver(result["waiver"]) if result.get("waiver") else None,
        status=result["status"],
        status_label=STATUS_LABELS[result["status"]],
        subject=result["subject"],
        url=result["url"],
        message=result["message"],
        evidence=EvidenceView(
            url=evidence["url"],
            fetched_at=evidence.get("fetched_at"),
            record=evidence.get("record"),
            snippet=evidence.get("snippet"),
        ),
    )


def _veto(rule_id: str, rule: RuleView | None) -> VetoView:
    if rule is None:
        return VetoView(rule_id, "", None, None)
    return VetoView(rule_id, rule.title, rule.anchor, rule.summary)


def _deduction(item: Mapping[str, Any], by_id: Mapping[str, RuleView]) -> DeductionView:
    rule = by_id.get(item["rule"])
    cap = item.get("cap")
    return DeductionView(
        rule_id=item["rule"],
        rule_title=rule.title if rule else "",
        anchor=rule.anchor if rule else None,
        points=format_number(item["points"]),
        failures=item.get("failures"),
        cap=None if cap is None else format_number(cap),
        worst=None if item.get("worst_points") is None else format_number(item["worst_points"]),
        not_deducted=int(item.get("not_deducted", 0)),
        already_under=tuple(item.get("already_deducted_under", ())),
    )


def _coverage(coverage: Mapping[str, Any], scoring: Mapping[str, Any]) -> CoverageView:
    return CoverageView(
        pages_fetched=coverage["pages_fetched"],
        budget_exhausted=bool(coverage["budget_exhausted"]),
        subjects_examined=coverage.get("subjects_examined"),
        notes=tuple(coverage.get("notes", ())),
        incomplete_categories=tuple(scoring.get("incomplete", ())),
    )


def _worst(rule: RuleView) -> str:
    statuses = [rule.status, *(r.status for r in rule.findings)]
    return min(statuses, key=severity)

