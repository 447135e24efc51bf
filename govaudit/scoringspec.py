"""The scoring part of a profile, validated: what each model uses and nothing else.

A local checklist scores with full points per indicator at two levels (一级/二级, the
`indicators` key: each indicator's full points are the most it can lose), caps shared by
several rules (`groups`), per-rule caps that are explicit (`cap: 3` or `cap: none`),
dependencies between rules, bonus items and an optional pass mark. Weights belong to the
weighted model only; points, caps and groups to the official (deduction) model only.
Every problem names the profile file, line and key.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # ruleset imports this module
    from govaudit.ruleset import Profile, Rule, _Doc

NO_CAP = "none"  # `cap: none`: the rule may lose any number of points (its indicator still caps it)
NA_MODES = ("full_points", "exclude")  # how a rule not applicable by remit scores
_OFFICIAL_ONLY = ("category_caps", "indicators", "groups", "bonus_gate", "bonus_cap")
_OFFICIAL_ENTRY_ONLY = ("points", "cap", "group", "not_again_after", "not_if_deducted")


def non_negative(value: Any) -> bool:
    """A finite number ≥ 0 (YAML true/false and .nan/.inf are not)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value >= 0


@dataclass(frozen=True)
class Checklist:
    caps: dict[str, float] = field(default_factory=dict)  # every indicator (both levels) -> its full points
    parents: dict[str, str] = field(default_factory=dict)  # 二级 -> 一级
    groups: dict[str, float] = field(default_factory=dict)
    pass_mark: float | None = 60.0
    not_applicable: str = "full_points"


def check_model_keys(doc: _Doc, d: dict[str, Any]) -> None:
    """Reject profile and rule-entry keys the profile's model does not use: they would be
    silently ignored and the evaluator would believe they count."""
    official = d["model"] == "official"
    if official and "categories" in d:
        raise doc.fail("'categories' are weights, which the official (deduction) model does not use; "
                       "give full points per indicator in category_caps or indicators", "categories")
    if not official:
        for key in _OFFICIAL_ONLY:
            if key in d:
                raise doc.fail(f"'{key}' is used only by the official (deduction) model, not by '{d['model']}'", key)
    for rule_id, entry in (d.get("rules") or {}).items():
        if not isinstance(entry, dict):
            continue
        unused = ("weight",) if official else _OFFICIAL_ENTRY_ONLY
        for key in unused:
            if key in entry:
                raise doc.fail(f"'{key}' is not used by the {d['model']} model", "rules", str(rule_id), key, rule_id=str(rule_id))


def _points(doc: _Doc, value: Any, *keys: str) -> float:
    if not non_negative(value):
        raise doc.fail("points must be a finite number ≥ 0", *keys)
    return float(value)


def parse_checklist(doc: _Doc, d: dict[str, Any]) -> Checklist:
    """`indicators`, `groups`, `pass_mark` (a number, or none) and `not_applicable` of a profile."""
    caps: dict[str, float] = {}
    parents: dict[str, str] = {}
    indicators = d.get("indicators") or {}
    if indicators and d.get("category_caps"):
        raise doc.fail("give full points either in category_caps (one level) or in indicators (two levels), not both", "indicators")
    for top, spec in indicators.items():
        top = str(top)
        if isinstance(spec, dict):
            unknown = set(spec) - {"points", "sub"}
            if unknown or "points" not in spec:
                raise doc.fail(f"indicator '{top}' takes 'points' and optional 'sub' (二级 indicators → points)", "indicators", top)
            caps[top] = _points(doc, spec["points"], "indicators", top, "points")
            sub = spec.get("sub") or {}
            if not isinstance(sub, dict):
                raise doc.fail(f"indicator '{top}': 'sub' must map 二级 indicators to their points", "indicators", top, "sub")
            for name, value in sub.items():
                name = str(name)
                if name in caps or name in parents:
                    raise doc.fail(f"indicator '{name}' is declared twice", "indicators", top, "sub", name)
                caps[name] = _points(doc, value, "indicators", top, "sub", name)
                parents[name] = top
        else:
            caps[top] = _points(doc, spec, "indicators", top)
    groups = {}
    for name, value in (d.get("groups") or {}).items():
        if not non_negative(value):
            raise doc.fail(f"group '{name}': its cap must be a finite number ≥ 0", "groups", str(name))
        groups[str(name)] = float(value)
    pass_mark = d.get("pass_mark", 60)
    if pass_mark == NO_CAP:
        pass_mark = None
    elif not non_negative(pass_mark):
        raise doc.fail("pass_mark must be a number ≥ 0, or none (no pass mark: only a veto fails the site)", "pass_mark")
    na = d.get("not_applicable", "full_points")
    if na not in NA_MODES:
        raise doc.fail(f"not_applicable must be one of {', '.join(NA_MODES)}", "not_applicable")
    return Checklist(caps, parents, groups, None if pass_mark is None else float(pass_mark), na)


def entry_points(doc: _Doc, entry: dict[str, Any], keys: tuple[str, ...], rule_id: str, level: str) -> tuple[float, float]:
    """(points, cap) of a profile entry. A deduction with points must say how often it may be
    deducted: `cap: N` or `cap: none`; a bonus item's cap defaults to its points."""
    if "points" in entry and not non_negative(entry["points"]):
        raise doc.fail("'points' must be a finite number ≥ 0", *keys, "points", rule_id=rule_id)
    if "weight" in entry and not non_negative(entry["weight"]):
        raise doc.fail("'weight' must be a finite number ≥ 0", *keys, "weight", rule_id=rule_id)
    points = float(entry.get("points", 0))
    cap_given = entry.get("cap")
    if cap_given is None:
        if level == "deduction" and points > 0:
            raise doc.fail("give 'cap', the most this rule can lose (a number, or none for no limit of its own)",
                           *keys, rule_id=rule_id)
        cap = points
    elif cap_given == NO_CAP:
        cap = math.inf
    elif isinstance(cap_given, str) or not non_negative(cap_given):
        raise doc.fail("'cap' must be a number ≥ 0 or none", *keys, "cap", rule_id=rule_id)
    else:
        cap = float(cap_given)
    if cap < points:
        raise doc.fail(f"cap {cap:g} is less than points {points:g}: one failure would already exceed it", *keys, "cap", rule_id=rule_id)
    return points, cap


def check_profile_rules(doc: _Doc, profile: Profile, rules: list[Rule]) -> None:
    """Groups named by rules exist, group caps hold one deduction, and rules named in
    not_if_deducted are other rules of the profile."""
    ids = {r.id for r in rules}
    for rule in rules:
        if rule.group is not None:
            if rule.group not in profile.groups:
                raise doc.fail(f"group '{rule.group}' is not one of the profile's groups ({', '.join(profile.groups) or 'none'})",
                               "rules", rule.id, "group", rule_id=rule.id)
            if profile.groups[rule.group] < rule.points:
                raise doc.fail(f"group '{rule.group}' caps at {profile.groups[rule.group]:g}, less than this rule's points",
                               "rules", rule.id, "group", rule_id=rule.id)
        for other in rule.not_if_deducted:
            if other not in ids or other == rule.id:
                raise doc.fail(f"not_if_deducted names '{other}', which is not another rule of this profile",
                               "rules", rule.id, "not_if_deducted", rule_id=rule.id)
    unused = sorted(set(profile.groups) - {r.group for r in rules})
    if unused:
        raise doc.fail(f"group '{unused[0]}' has no rules", "groups", unused[0])


def cap_label(cap: float) -> str:
    """A rule's cap as the profile writes it."""
    return NO_CAP if math.isinf(cap) else f"{cap:g}"


def json_cap(cap: float) -> float | None:
    """A cap for results.json: null when there is none (JSON has no infinity)."""
    return None if math.isinf(cap) else cap


__all__ = ["NO_CAP", "Checklist", "cap_label", "check_model_keys", "check_profile_rules", "entry_points",
           "json_cap", "non_negative", "parse_checklist"]
