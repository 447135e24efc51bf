"""Scoring models. Point values come from the profile, never from code."""

from __future__ import annotations

from typing import Any

from govaudit.ruleset import Profile, Rule

PASS, FAIL = "合格", "不合格"


def _round(x: float) -> float:
    return round(x + 0.0, 2)


def score_official(profile: Profile, rules: list[Rule], statuses: dict[str, str], failures: dict[str, int]) -> dict[str, Any]:
    """2019 inspection-indicator model: any failed veto item → 不合格 (score 0, nothing else
    scored); otherwise deductions from `base`, each rule capped; below `pass_mark` → 不合格;
    bonus items count only when the deduction score is above `bonus_gate`.
    Warnings are reported but not deducted; incomplete categories are listed, never passed silently."""
    vetoed = [r.id for r in rules if r.level == "veto" and statuses[r.id] == "fail"]
    deductions = []
    for rule in rules:
        n = failures[rule.id]
        if rule.level == "deduction" and n:
            deductions.append({"rule": rule.id, "points": _round(min(rule.cap, n * rule.points)), "failures": n, "cap": rule.cap})
    deducted = profile.base - sum(d["points"] for d in deductions)
    bonus = sum(r.points for r in rules if r.level == "bonus" and statuses[r.id] == "pass")
    score = deducted + bonus if deducted > profile.bonus_gate else deducted
    incomplete = sorted({r.category for r in rules if statuses[r.id] in ("incomplete", "error")})
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
