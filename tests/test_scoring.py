"""Scoring models: veto, per-rule caps, the 60/80 thresholds, bonus gating, weights,
not_applicable carrying no weight, and incomplete categories never passing silently."""

from __future__ import annotations

from govaudit.ruleset import Profile, Rule
from govaudit.scoring import RuleOutcome, score

OFFICIAL = Profile("p", "p", "official", 100.0, 60.0, 80.0, {})
WEIGHTED = Profile("w", "w", "weighted", 100.0, 60.0, 80.0, {"甲": 3.0})


def rule(rule_id: str, level: str = "deduction", points: float = 0, cap: float = 0, category: str = "甲", weight: float = 1) -> Rule:
    return Rule(rule_id, rule_id, rule_id, category, "column_empty", {}, "b", "d", level, points, cap, weight, "x.yaml")


def outcome(status: str, **counts: int) -> RuleOutcome:
    return RuleOutcome(status, counts)


def test_deductions_are_capped_per_rule():
    rules = [rule("a", points=2, cap=5), rule("b", points=1, cap=10)]
    got = score(OFFICIAL, rules, {"a": outcome("fail", fail=4, passed=1), "b": outcome("fail", fail=3)})
    assert got["score"] == 92.0  # 100 - min(5, 8) - 3
    assert got["scoring"]["deductions"] == [{"rule": "a", "points": 5.0, "failures": 4, "cap": 5.0, "category": "甲"},
                                            {"rule": "b", "points": 3.0, "failures": 3, "cap": 10.0, "category": "甲"}]


def test_veto_makes_the_site_fail_with_score_zero_and_names_the_rule():
    rules = [rule("veto-item", level="veto"), rule("a", points=1, cap=1)]
    got = score(OFFICIAL, rules, {"veto-item": outcome("fail", fail=1), "a": outcome("pass", **{"pass": 3})})
    assert (got["score"], got["grade"], got["scoring"]["vetoed_by"]) == (0.0, "不合格", ["veto-item"])


def test_pass_mark_is_60_inclusive():
    rules = [rule("a", points=40, cap=40), rule("b", points=0.5, cap=0.5)]
    assert score(OFFICIAL, rules[:1], {"a": outcome("fail", fail=1)})["grade"] == "合格"  # exactly 60
    both = score(OFFICIAL, rules, {"a": outcome("fail", fail=1), "b": outcome("fail", fail=1)})
    assert (both["score"], both["grade"]) == (59.5, "不合格")


def test_bonus_counts_only_above_80():
    rules = [rule("a", points=20, cap=20), rule("bonus", level="bonus", points=5), rule("c", points=0.5, cap=0.5)]
    at_80 = score(OFFICIAL, rules[:2], {"a": outcome("fail", fail=1), "bonus": outcome("pass", **{"pass": 1})})
    assert (at_80["score"], at_80["scoring"]["bonus"]) == (80.0, 0.0)
    above = score(OFFICIAL, [rules[1], rules[2]], {"bonus": outcome("pass", **{"pass": 1}), "c": outcome("fail", fail=1)})
    assert (above["score"], above["scoring"]["bonus"]) == (104.5, 5.0)  # scores above 100 occur in real results


def test_warnings_are_not_deducted_and_incomplete_categories_are_listed():
    rules = [rule("a", points=5, cap=5, category="甲"), rule("b", points=5, cap=5, category="乙")]
    got = score(OFFICIAL, rules, {"a": outcome("warn", warn=2), "b": outcome("incomplete", incomplete=1)})
    # The undecided subject of b may fail: the score is the worst case, the range shows both.
    assert got["score"] == 95.0 and got["score_range"] == {"min": 95.0, "max": 100.0}
    assert got["grade"] == "合格" and got["scoring"]["incomplete"] == ["乙"] and got["scoring"]["blocking"] == []


def test_weighted_model_shares_weights_and_not_applicable():
    rules = [rule("a", category="甲", weight=3), rule("b", category="甲"), rule("c", category="乙"), rule("na", category="丙")]
    outcomes = {"a": outcome("pass", **{"pass": 4}), "b": outcome("fail", fail=1, **{"pass": 1}),
                "c": outcome("fail", fail=1), "na": outcome("not_applicable")}
    got = score(WEIGHTED, rules, outcomes)
    # 甲 = (1.0*3 + 0.5*1) / 4 = 0.875 (weight 3); 乙 = 0 (weight 1); 丙 has nothing decided: no weight
    assert got["score"] == round(100 * (0.875 * 3 + 0) / 4, 2)
    assert [c["name"] for c in got["scoring"]["categories"]] == ["乙", "甲"]
    assert got["grade"] == "合格"


def test_weighted_model_veto_still_fails_the_grade():
    rules = [rule("v", level="veto"), rule("a")]
    got = score(WEIGHTED, rules, {"v": outcome("fail", fail=1), "a": outcome("pass", **{"pass": 1})})
    assert got["grade"] == "不合格" and got["scoring"]["vetoed_by"] == ["v"]


def test_bonus_is_capped_at_30():
    rules = [rule(f"b{i}", level="bonus", points=12) for i in range(3)]
    got = score(OFFICIAL, rules, {f"b{i}": outcome("pass", **{"pass": 1}) for i in range(3)})
    assert (got["score"], got["scoring"]["bonus"]) == (130.0, 30.0)


# --- undecided rules, category caps, no double deduction (issue 9 items 2 and 6) ---

def test_an_erroring_veto_item_leaves_the_grade_undetermined_never_passed():
    rules = [rule("veto-item", level="veto"), rule("a", points=1, cap=1)]
    got = score(OFFICIAL, rules, {"veto-item": outcome("error", error=1), "a": outcome("pass", **{"pass": 3})})
    assert got["grade"] == "待定" and got["scoring"]["blocking"] == ["veto-item"]
    assert got["score_range"] == {"min": 0.0, "max": 100.0} and got["score"] == 0.0


def test_a_check_that_raises_never_raises_the_score():
    rules = [rule("a", points=1, cap=5)]
    raised = score(OFFICIAL, rules, {"a": RuleOutcome("error", {"error": 1}, (), True)})
    for n in range(8):
        assert raised["score"] <= score(OFFICIAL, rules, {"a": outcome("fail", fail=n)})["score"]


def test_undecided_deductions_that_could_cross_the_pass_mark_block_the_grade():
    rules = [rule("a", points=10, cap=50), rule("b", points=5, cap=20)]
    outcomes = {"a": outcome("fail", fail=3), "b": RuleOutcome("incomplete", {"incomplete": 1}, (), True)}
    got = score(OFFICIAL, rules, outcomes)
    assert got["grade"] == "待定" and got["scoring"]["blocking"] == ["b"]
    assert got["score_range"] == {"min": 50.0, "max": 70.0}
    # The same undecided rule cannot change a grade that fails in the best case already.
    worse = score(OFFICIAL, rules, {**outcomes, "a": outcome("fail", fail=5)})
    assert (worse["grade"], worse["scoring"]["blocking"]) == ("不合格", [])


def test_category_caps_bound_what_a_category_can_lose():
    profile = Profile("p", "p", "official", 100.0, 60.0, 80.0, {}, category_caps={"发布解读": 31.0, "功能设计": 21.0})
    rules = [rule("a", points=10, cap=20, category="发布解读"), rule("b", points=10, cap=20, category="发布解读"),
             rule("c", points=5, cap=5, category="功能设计")]
    got = score(profile, rules, {"a": outcome("fail", fail=2), "b": outcome("fail", fail=2), "c": outcome("fail", fail=1)})
    assert got["score"] == 100 - 31 - 5  # 发布解读 would lose 40 without its cap
    rows = {r["name"]: r for r in got["scoring"]["categories"]}
    assert rows["发布解读"] == {"name": "发布解读", "deducted": 31.0, "cap": 31.0}
    assert rows["功能设计"]["deducted"] == 5.0


def test_a_subject_penalised_as_empty_is_not_penalised_again():
    empty = rule("empty-columns", points=2, cap=10)
    stale = Rule("stale", "stale", "stale", "甲", "column_freshness", {}, "b", "d", "deduction", 2, 10, 1, "x.yaml",
                 not_again_after=("empty-columns",))
    outcomes = {"empty-columns": RuleOutcome("fail", {"fail": 1}, ("http://x/a/",)),
                "stale": RuleOutcome("fail", {"fail": 2}, ("http://x/a/", "http://x/b/"))}
    got = score(OFFICIAL, [empty, stale], outcomes)
    assert got["score"] == 100 - 2 - 2  # column a is deducted once, under empty-columns
    deduction = next(d for d in got["scoring"]["deductions"] if d["rule"] == "stale")
    assert (deduction["failures"], deduction["not_deducted"], deduction["already_deducted_under"]) == (1, 1, ["empty-columns"])
