"""Run a rule set over a site model and produce the results.json document."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from govaudit import __version__
from govaudit.checks import CHECKS
from govaudit.checks.base import Context, Finding
from govaudit.config import Waiver
from govaudit.model.pagetext import NO_TEXTS, PageTexts
from govaudit.model.types import Evidence, SiteModel
from govaudit.manual import ManualSheet, merge
from govaudit.ruleset import Rule, Ruleset
from govaudit import coverage
from govaudit.scoring import PASS, RuleOutcome, score
from govaudit.scoringspec import json_cap
from govaudit.serde import to_dict
from govaudit.vocab import MANUAL_LABEL, STATUS_LABELS, STATUSES, UNDECIDED_STATUSES, worst_status



def rule_status(findings: list[Finding]) -> str:
    """Aggregate status of a rule: its most serious finding's (vocab order); none → not_applicable."""
    return worst_status([f.status for f in findings])


def run_rule(rule: Rule, site: SiteModel, ctx: Context) -> list[Finding]:
    """Findings of one rule, sorted by subject; a check that raises gives one `error` finding."""
    try:
        findings = CHECKS[rule.check].run(site, rule.params, ctx)
    except Exception as exc:  # noqa: BLE001 — a broken check must not stop the other rules
        # It stands for every subject the check would have judged: in the worst case all fail.
        return [Finding("error", f"rule:{rule.id}", site.site, f"检查程序出错：{type(exc).__name__}: {exc}",
                        Evidence(url=site.site), {"unbounded": True})]
    return sorted(findings, key=lambda f: (f.subject, f.status))


def _summary(findings: list[Finding]) -> str:
    counts = Counter(f.status for f in findings)
    if not findings:
        return "没有适用的检查对象。"
    parts = [f"{STATUS_LABELS[s]} {counts[s]}" for s in STATUSES if counts[s]]
    return f"检查 {len(findings)} 项：" + "，".join(parts) + "。"


def _waiver_for(rule_id: str, finding: Finding, waivers: tuple[Waiver, ...]) -> Waiver | None:
    if finding.status not in ("fail", "warn"):
        return None
    return next((w for w in waivers if w.matches(rule_id, finding.subject)), None)


def _waiver_dict(w: Waiver, as_of: date) -> dict[str, Any]:
    return {"rule": w.rule, "subject": w.subject, "reason": w.reason, "owner": w.owner,
            "expires": w.expires.isoformat(), "expired": w.expired(as_of)}


# Version of the results.json contract (govaudit/schemas/results.schema.json); raised on an incompatible change.
RESULTS_SCHEMA_VERSION = 2


def _out_of_remit(rule: Rule, reason: str) -> dict[str, Any]:
    """The result of a rule the configuration sets aside as outside the organ's remit."""
    return {"id": rule.id, "title": rule.title, "failure_title": rule.failure_title, "category": rule.category,
            "level": rule.level, "status": "not_applicable", "basis": rule.basis, "description": rule.description,
            "summary": f"不适用（不属本单位职能）：{reason}", "points": rule.points, "cap": json_cap(rule.cap),
            "not_applicable_reason": reason, "results": []}


def _manual_summary(manual: ManualSheet, not_audited: bool) -> dict[str, Any]:
    """The manual findings file in results.json; on a site that was not audited no rule ran, so
    its entries are listed as not applied (shown in the report, never graded)."""
    out: dict[str, Any] = {"file": manual.source, "sha256": manual.sha256, "entries": len(manual.entries)}
    if not_audited and manual.entries:
        out["not_applied"] = [{"rule": e.rule, "status": e.status, "evaluator": e.evaluator, "date": e.date,
                               "evidence_ref": e.evidence, "line": e.line,
                               **({"item": e.item} if e.item is not None else {}), **({"note": e.note} if e.note else {})}
                              for e in manual.entries]
    return out


def evaluate(site: SiteModel, ruleset: Ruleset, as_of: date, use_waivers: bool = True,
             texts: PageTexts = NO_TEXTS, manual: ManualSheet | None = None) -> dict[str, Any]:
    """Evaluate every rule of `ruleset` on `site` as of `as_of`; deterministic for equal inputs.

    Findings outside a rule's configured URL scope are dropped. A failing or warning finding
    matched by an unexpired waiver keeps its status but is marked waived and no longer counts
    toward the rule's status or the score; expired waivers are listed and not applied.
    `use_waivers=False` (an evaluator's --no-waivers) lists them without applying any. `texts`:
    the page texts beside the model (pagetext.jsonl), for the checks that read body text.
    A rule the configuration declares outside the organ's remit is not run: not_applicable with
    the reason. An evaluator's manual entry for a rule decides its status (govaudit.manual)."""
    ctx = Context(as_of=as_of, column_classes=ruleset.column_classes, column_overrides=ruleset.column_overrides,
                  texts=texts)
    gate = coverage.assess(site, ruleset.profile.min_column_share)
    observed, unreached = coverage.with_unreached_columns(site, gate)
    active = tuple(w for w in ruleset.waivers if use_waivers and not w.expired(as_of))
    applied: Counter[Waiver] = Counter()
    rules_out, outcomes = [], {}
    examined: set[str] = set()
    entries = manual.by_rule() if manual else {}
    # A site that was not audited gets no findings: what a 404 page or a PDF "shows" is no evidence.
    for rule in ruleset.rules if gate.code != "not_audited" else ():
        if rule.id in ruleset.not_applicable:
            outcomes[rule.id] = RuleOutcome("not_applicable", {}, by_remit=True)
            rules_out.append(_out_of_remit(rule, ruleset.not_applicable[rule.id]))
            continue
        findings = coverage.cut_findings(rule.check, run_rule(rule, observed, ctx), site, gate, unreached)
        scope = ruleset.scopes.get(rule.id)
        if scope is not None:  # aggregate subjects (counts, link totals) are not URLs and stay
            findings = [f for f in findings if not f.subject.startswith(("http://", "https://")) or scope.admits(f.url)]
        results, counted = [], []
        for f in findings:
            out = to_dict(f)
            waiver = _waiver_for(rule.id, f, active)
            if waiver is not None:
                applied[waiver] += 1
                out["waiver"] = _waiver_dict(waiver, as_of)
            else:
                counted.append(f)
            results.append(out)
        outcomes[rule.id] = RuleOutcome(rule_status(counted), dict(Counter(f.status for f in counted)),
                                        tuple(f.subject for f in counted if f.status == "fail"),
                                        any(f.data.get("unbounded") for f in counted if f.status in UNDECIDED_STATUSES))
        examined.update(f.subject for f in findings)
        summary, record = _summary(findings), None
        if rule.id in entries:
            auto = outcomes[rule.id].status
            results, outcomes[rule.id], record = merge(entries[rule.id], manual, results, auto, site.site)
            summary = f"{MANUAL_LABEL}：{STATUS_LABELS[outcomes[rule.id].status]}（{record['evaluator']}，{record['date']}）。"
        rules_out.append({
            "id": rule.id, "title": rule.title, "failure_title": rule.failure_title, "category": rule.category,
            "level": rule.level, "status": outcomes[rule.id].status, "basis": rule.basis, "description": rule.description,
            "summary": summary, "points": rule.points, "cap": json_cap(rule.cap), "results": results,
            **({"manual": record} if record else {}),
        })
    scored = score(ruleset.profile, [r for r in ruleset.rules if r.id in outcomes], outcomes)
    verdict = coverage.verdict(gate, scored["grade"], scored["scoring"]["blocking"])
    graded = verdict["code"] in ("graded", "undetermined")
    return {
        "schema_version": RESULTS_SCHEMA_VERSION,
        "tool_version": __version__,
        "site": site.site,
        "as_of": as_of.isoformat(),
        "ruleset": {"name": ruleset.name, "hash": ruleset.hash},
        "profile": ruleset.profile.name,
        "profile_title": ruleset.profile.title,
        "configuration": ruleset.config_source,
        "verdict": verdict,
        "score": scored["score"] if graded else None,
        "score_range": scored["score_range"] if graded else None,
        "grade": scored["grade"] if graded else verdict["label"],
        "passed": graded and scored["grade"] == PASS,
        "scoring": scored["scoring"],
        "coverage": {
            "pages_fetched": site.crawl.fetched,
            "budget_exhausted": site.crawl.budget_exhausted,
            "subjects_examined": len(examined),
            "crawl_started_at": site.crawl.started_at,
            "crawl_finished_at": site.crawl.finished_at,
            "notes": [coverage.stop_note(n) for n in site.crawl.notes]
            + ([coverage.budget_note(site.crawl.budget_cut)] if site.crawl.budget_cut else [])
            + [note for note in [coverage.unread_note(site)] if note],
            "budget_cut": to_dict(site.crawl.budget_cut) if site.crawl.budget_cut else None,
        },
        "waivers_applied": use_waivers,
        "waivers": [{**_waiver_dict(w, as_of), "applied": applied[w]} for w in ruleset.waivers],
        **({"manual_findings": _manual_summary(manual, gate.code == "not_audited")} if manual else {}),
        "rules": rules_out,
    }
