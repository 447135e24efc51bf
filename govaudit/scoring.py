"""Scoring models. Point values come from the profile, never from code.

Every model scores twice: the best case (undecided subjects — `error` or `incomplete` —
pass) and the worst case (they fail). `score` is the worst case, so a check that raises or
evidence that was cut never raises a score; `score_range` gives both. When the two cases
grade differently the grade is 待定 and `blocking` names the rules that decide it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from govaudit.ruleset import Profile, Rule
from govaudit.scoringspec import json_cap
from govaudit.vocab import FAIL, PASS, UNDETERMINED, UNDECIDED_STATUSES

__all__ = ["FAIL", "PASS", "UNDETERMINED", "RuleOutcome", "score"]


def _round(x: float) -> float:
    """Two decimals; `+ 0.0` turns -0.0 into 0.0 so results.json never shows "-0.0"."""
    return round(x, 2) + 0.0


@dataclass(frozen=True)
class RuleOutcome:
    """What scoring needs to know about one evaluated rule."""

    status: str
    counts: dict[str, int]  # findings per status (waived failures excluded)
    failed_subjects: tuple[str, ...] = ()  # subjects of the counted failures, for no double deduction
    unbounded: bool = False  # an undecided finding stands for an unknown number of subjects
    points: float | None = None  # points an evaluator entered directly (manual finding): deducted, or the bonus given
    by_remit: bool = False  # not applicable to this organ's remit (configuration), not merely nothing to check

    @property
    def failures(self) -> int:
        return self.counts.get("fail", 0)

    @property
    def undecided(self) -> int:
        return sum(self.counts.get(s, 0) for s in UNDECIDED_STATUSES)


def score(profile: Profile, rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> dict[str, Any]:
    """Score with the profile's model."""
    if profile.model == "weighted":
        return score_weighted(profile, rules, outcomes)
    return score_official(profile, rules, outcomes)


def _incomplete(rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> list[str]:
    return sorted({r.category for r in rules if outcomes[r.id].undecided})


def _vetoed(rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> list[str]:
    return [r.id for r in rules if r.level == "veto" and outcomes[r.id].failures]


def _undecided_vetoes(rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> list[str]:
    return [r.id for r in rules if r.level == "veto" and not outcomes[r.id].failures and outcomes[r.id].undecided]


def _passes(profile: Profile, value: float) -> bool:
    """At or above the pass mark; with no pass mark (a checklist that only ranks) every score passes."""
    return profile.pass_mark is None or value >= profile.pass_mark


def _grade(best: str, worst: str) -> str:
    return best if best == worst else UNDETERMINED


@dataclass
class _Deduction:
    rule: Rule
    failures: int
    skipped: int
    best: float
    worst: float
    skipped_because: list[str] = field(default_factory=list)
    manual: bool = False

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": self.rule.id, "points": _round(self.best), "failures": self.failures,
                               "cap": json_cap(self.rule.cap), "category": self.rule.category}
        if self.worst > self.best:  # no cap and an unknown number of undecided subjects: unbounded (null)
            out["worst_points"] = None if math.isinf(self.worst) else _round(self.worst)
        if self.skipped:
            out["not_deducted"] = self.skipped
            out["already_deducted_under"] = self.skipped_because
        if self.rule.group:
            out["group"] = self.rule.group
        if self.manual:
            out["manual"] = True
        return out


def _deduction(rule: Rule, outcomes: dict[str, RuleOutcome]) -> _Deduction:
    """A deduction rule's points in the best and worst case. Subjects already failed under
    one of the rules it names in `not_again_after` are not deducted again; points an
    evaluator entered are taken as they are (up to the cap)."""
    o = outcomes[rule.id]
    if o.points is not None:
        given = min(rule.cap, o.points)
        return _Deduction(rule, o.failures, 0, given, given, manual=True)
    earlier = {s: dep for dep in rule.not_again_after if dep in outcomes for s in outcomes[dep].failed_subjects}
    skipped = [s for s in o.failed_subjects if s in earlier]
    n = o.failures - len(skipped)
    best = min(rule.cap, n * rule.points)
    worst = rule.cap if o.unbounded else min(rule.cap, (n + o.undecided) * rule.points)
    return _Deduction(rule, n, len(skipped), best, worst, sorted({earlier[s] for s in skipped}))


def _drop_dependants(deductions: list[_Deduction]) -> None:
    """A rule naming another in `not_if_deducted` deducts nothing once that one certainly deducted."""
    certain = {d.rule.id for d in deductions if d.best > 0}
    for d in deductions:
        because = [dep for dep in d.rule.not_if_deducted if dep in certain]
        if because and (d.best or d.worst):
            d.skipped, d.best, d.worst = d.failures, 0.0, 0.0
            d.skipped_because = because


def _capped_total(deductions: list[_Deduction], profile: Profile, attr: str) -> tuple[float, dict[str, float]]:
    """Sum of deductions with each group capped at its shared cap, each 二级 indicator at its
    full points, and each 一级 indicator at its own (over its 二级 indicators and its own rules)."""
    groups: dict[str, float] = {}
    per: dict[str, float] = {}
    for d in deductions:
        if d.rule.group:
            groups[d.rule.group] = groups.get(d.rule.group, 0.0) + getattr(d, attr)
        else:
            per[d.rule.category] = per.get(d.rule.category, 0.0) + getattr(d, attr)
    categories = {d.rule.group: d.rule.category for d in deductions if d.rule.group}
    for group, value in groups.items():
        per[categories[group]] = per.get(categories[group], 0.0) + min(value, profile.groups[group])
    return _indicator_caps(per, profile)


def _indicator_caps(per: dict[str, float], profile: Profile) -> tuple[float, dict[str, float]]:
    """Points by indicator capped at two levels: each 二级 indicator at its full points, then
    each 一级 indicator over its 二级 indicators and its own rules; the total of the 一级 ones."""
    caps = profile.category_caps
    capped = {c: min(v, caps[c]) if c in caps else v for c, v in per.items()}
    for child, parent in profile.parents.items():
        if child in capped:
            capped[parent] = capped.get(parent, 0.0) + capped[child]
    for parent in set(profile.parents.values()) & set(capped):
        capped[parent] = min(capped[parent], caps[parent])
    return sum(v for c, v in capped.items() if c not in profile.parents), capped


def _full_points(rule: Rule, profile: Profile) -> float:
    """What a rule is worth: its cap, else its group's, else its indicator's full points."""
    if rule.group:
        return min(rule.cap, profile.groups[rule.group])
    return rule.cap if not math.isinf(rule.cap) else profile.category_caps.get(rule.category, 0.0)


def _excluded_points(profile: Profile, rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> float:
    """Points taken out of the base for rules outside the organ's remit (profile not_applicable:
    exclude): each rule's full points, no more than its group's or indicator's."""
    if profile.not_applicable != "exclude":
        return 0.0
    per_group: dict[str, float] = {}
    per: dict[str, float] = {}
    for r in rules:
        if r.level != "deduction" or not outcomes[r.id].by_remit:
            continue
        if r.group:
            per_group[r.group] = per_group.get(r.group, 0.0) + _full_points(r, profile)
        else:
            per[r.category] = per.get(r.category, 0.0) + _full_points(r, profile)
    for r in rules:
        if r.group in per_group:
            per[r.category] = per.get(r.category, 0.0) + min(per_group.pop(r.group), profile.groups[r.group])
    return min(profile.base, _indicator_caps(per, profile)[0])


def score_official(profile: Profile, rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> dict[str, Any]:
    """2019 inspection-indicator model: any failed veto item → 不合格 (score 0, nothing else
    scored); otherwise deductions from `base`, each rule capped at its `cap` and each category
    at its profile cap; below `pass_mark` → 不合格; bonus items count only when the deduction
    score is above `bonus_gate`. Warnings are reported but not deducted."""
    vetoed = _vetoed(rules, outcomes)
    open_vetoes = _undecided_vetoes(rules, outcomes)
    deductions = [_deduction(r, outcomes) for r in rules if r.level == "deduction"]
    _drop_dependants(deductions)
    best_total, best_by_cat = _capped_total(deductions, profile, "best")
    worst_total, worst_by_cat = _capped_total(deductions, profile, "worst")
    bonus = min(profile.bonus_cap, sum(_bonus_points(r, outcomes[r.id]) for r in rules if r.level == "bonus"))
    excluded = _excluded_points(profile, rules, outcomes)
    if excluded >= profile.base:  # nothing left to score out of: keep full points rather than divide by zero
        excluded = 0.0
    # Out of remit (not_applicable: exclude): the rest is scored out of what is left, scaled back to the base.
    scale = profile.base / (profile.base - excluded) if 0 < excluded < profile.base else 1.0

    def total(deducted: float) -> float:
        return deducted + bonus if deducted > profile.bonus_gate else deducted

    high, low = (profile.base - excluded - best_total) * scale, (profile.base - excluded - worst_total) * scale
    if vetoed:
        grade, score_max, score_min, blocking = FAIL, 0.0, 0.0, []
    else:
        best = PASS if _passes(profile, high) else FAIL
        worst = FAIL if open_vetoes or not _passes(profile, low) else PASS
        grade = _grade(best, worst)
        score_max, score_min = total(high), 0.0 if open_vetoes else total(low)
        blocking = [] if grade != UNDETERMINED else open_vetoes + [d.rule.id for d in deductions if d.worst > d.best]
    shown = [d for d in deductions if d.failures or d.skipped or d.worst > d.best or d.manual]
    scoring = {
        "model": profile.model, "base": profile.base, "pass_mark": profile.pass_mark,
        "bonus_gate": profile.bonus_gate, "vetoed_by": vetoed, "undecided_vetoes": open_vetoes,
        "blocking": blocking, "deductions": [d.as_dict() for d in shown],
        "categories": _category_rows(profile, best_by_cat, worst_by_cat),
        "bonus": _round(bonus) if high > profile.bonus_gate else 0.0, "incomplete": _incomplete(rules, outcomes),
    }
    if excluded:
        scoring["not_applicable_points"] = _round(excluded)
    return {
        "score": _round(max(score_min, 0.0)),
        "grade": grade,
        "score_range": {"min": _round(max(score_min, 0.0)), "max": _round(max(score_max, 0.0))},
        "scoring": scoring,
    }


def _bonus_points(rule: Rule, outcome: RuleOutcome) -> float:
    """A bonus item's points: what the evaluator entered (up to its cap), else its points when it passes."""
    if outcome.points is not None:
        return min(outcome.points, rule.cap)
    return rule.points if outcome.status == "pass" else 0.0


def _category_rows(profile: Profile, best: dict[str, float], worst: dict[str, float]) -> list[dict[str, Any]]:
    """Deducted points per category (capped), with the category's cap when the profile declares one."""
    names = list(profile.category_caps) + sorted(set(best) - set(profile.category_caps))
    rows = []
    for name in names:
        row: dict[str, Any] = {"name": name, "deducted": _round(best.get(name, 0.0))}
        if name in profile.category_caps:
            row["cap"] = profile.category_caps[name]
        if name in profile.parents:
            row["parent"] = profile.parents[name]
        if worst.get(name, 0.0) > best.get(name, 0.0):
            row["worst_deducted"] = None if math.isinf(worst[name]) else _round(worst[name])
        rows.append(row)
    return rows


def _rule_score(outcome: RuleOutcome, undecided_pass: bool) -> float | None:
    """Share of subjects that pass (warnings count as passes: they are not deducted), with
    undecided subjects counted as passes (best case) or failures (worst case); None when
    nothing applies."""
    passed = outcome.counts.get("pass", 0) + outcome.counts.get("warn", 0)
    failed = outcome.failures
    if undecided_pass:
        passed += outcome.undecided
    else:
        failed += outcome.undecided
    decided = passed + failed
    return passed / decided if decided else None


def _weighted_value(profile: Profile, rules: list[Rule], outcomes: dict[str, RuleOutcome],
                    undecided_pass: bool) -> tuple[float, dict[str, float], dict[str, float]]:
    by_category: dict[str, list[tuple[float, float]]] = {}
    for rule in rules:
        value = _rule_score(outcomes[rule.id], undecided_pass)
        if value is not None and rule.level != "info":
            by_category.setdefault(rule.category, []).append((value, rule.weight))
    categories = {}
    for name, scored in sorted(by_category.items()):
        total_weight = sum(w for _, w in scored)
        if total_weight:
            categories[name] = sum(v * w for v, w in scored) / total_weight
    weights = {name: profile.category_weights.get(name, 1.0) for name in categories}
    total_weight = sum(weights.values())
    value = profile.base * sum(categories[n] * weights[n] for n in categories) / total_weight if total_weight else profile.base
    return value, categories, weights


def score_weighted(profile: Profile, rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> dict[str, Any]:
    """Lighthouse-like model: each rule scores the share of its subjects that pass; a category
    is the weighted mean of its rules; the total is the weighted mean of categories × base.
    Rules with nothing applicable carry no weight. A failed veto rule makes the grade 不合格;
    an undecided one leaves it 待定 unless the rest already fails."""
    high, _, _ = _weighted_value(profile, rules, outcomes, True)
    low, categories, weights = _weighted_value(profile, rules, outcomes, False)
    vetoed = _vetoed(rules, outcomes)
    open_vetoes = _undecided_vetoes(rules, outcomes)
    if vetoed:
        grade, blocking = FAIL, []
    else:
        best = PASS if _passes(profile, high) else FAIL
        grade = _grade(best, FAIL if open_vetoes or not _passes(profile, low) else PASS)
        blocking = [] if grade != UNDETERMINED else open_vetoes + [
            r.id for r in rules if r.level not in ("veto", "info") and outcomes[r.id].undecided]
    return {
        "score": _round(low),
        "grade": grade,
        "score_range": {"min": _round(low), "max": _round(high)},
        "scoring": {
            "model": profile.model, "base": profile.base, "pass_mark": profile.pass_mark, "vetoed_by": vetoed,
            "undecided_vetoes": open_vetoes, "blocking": blocking,
            "deductions": [], "incomplete": _incomplete(rules, outcomes),
            "categories": [{"name": n, "score": _round(profile.base * categories[n]), "weight": weights[n]} for n in categories],
        },
    }
