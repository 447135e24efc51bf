"""Scoring models. Point values come from the profile, never from code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from govaudit.ruleset import Profile, Rule
from govaudit.vocab import FAIL, PASS


def _round(x: float) -> float:
    """Two decimals; `+ 0.0` turns -0.0 into 0.0 so results.json never shows "-0.0"."""
    return round(x, 2) + 0.0


@dataclass(frozen=True)
class RuleOutcome:
    """What scoring needs to know about one evaluated rule."""

    status: str
    counts: dict[str, int]  # findings per status (waived failures excluded)

    @property
    def failures(self) -> int:
        return self.counts.get("fail", 0)


def score(profile: Profile, rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> dict[str, Any]:
    """Score with the profile's model."""
    if profile.model == "weighted":
        return score_weighted(profile, rules, outcomes)
    return score_official(profile, rules, outcomes)


def _incomplete(rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> list[str]:
    return sorted({r.category for r in rules if outcomes[r.id].status in ("incomplete", "error")})


def _vetoed(rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> list[str]:
    return [r.id for r in rules if r.level == "veto" and outcomes[r.id].status == "fail"]


def score_official(profile: Profile, rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> dict[str, Any]:
    """2019 inspection-indicator model: any failed veto item → 不合格 (score 0, nothing else
    scored); otherwise deductions from `base`, each rule capped; below `pass_mark` → 不合格;
    bonus items count only when the deduction score is above `bonus_gate`.
    Warnings are reported but not deducted; incomplete categories are listed, never passed silently."""
    vetoed = _vetoed(rules, outcomes)
    deductions = []
    for rule in rules:
        n = outcomes[rule.id].failures
        if rule.level == "deduction" and n:
            deductions.append({"rule": rule.id, "points": _round(min(rule.cap, n * rule.points)), "failures": n, "cap": rule.cap})
    deducted = profile.base - sum(d["points"] for d in deductions)
    bonus = min(profile.bonus_cap, sum(r.points for r in rules if r.level == "bonus" and outcomes[r.id].status == "pass"))
    score = deducted + bonus if deducted > profile.bonus_gate else deducted
    incomplete = _incomplete(rules, outcomes)
    if vetoed:
        score, grade = 0.0, FAIL
    else:
        grade = PASS if deducted >= profile.pass_mark else FAIL
    return {
        "score": _round(max(score, 0.0)),
        "grade": grade,
        "scoring": {
            "model": profile.model, "base": profile.base, "pass_mark": profile.pass_mark,
            "bonus_gate": profile.bonus_gate, "vetoed_by": vetoed, "deductions": deductions,
            "bonus": _round(bonus) if deducted > profile.bonus_gate else 0.0, "incomplete": incomplete,
        },
    }


def _rule_score(outcome: RuleOutcome) -> float | None:
    """Share of decided subjects that pass (warnings count as passes: they are not deducted);
    None when nothing was decided (not applicable, or only missing evidence)."""
    passed = outcome.counts.get("pass", 0) + outcome.counts.get("warn", 0)
    decided = passed + outcome.failures
    return passed / decided if decided else None


def score_weighted(profile: Profile, rules: list[Rule], outcomes: dict[str, RuleOutcome]) -> dict[str, Any]:
    """Lighthouse-like model: each rule scores the share of its subjects that pass; a category
    is the weighted mean of its rules; the total is the weighted mean of categories × base.
    Rules with nothing decided carry no weight; their categories are listed as incomplete
    when evidence was missing. A failed veto rule still makes the grade 不合格."""
    by_category: dict[str, list[tuple[float, float]]] = {}
    for rule in rules:
        value = _rule_score(outcomes[rule.id])
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
    vetoed = _vetoed(rules, outcomes)
    grade = FAIL if vetoed or value < profile.pass_mark else PASS
    return {
        "score": _round(value),
        "grade": grade,
        "scoring": {
            "model": profile.model, "base": profile.base, "pass_mark": profile.pass_mark, "vetoed_by": vetoed,
            "deductions": [], "incomplete": _incomplete(rules, outcomes),
            "categories": [{"name": n, "score": _round(profile.base * categories[n]), "weight": weights[n]} for n in categories],
        },
    }
