"""Checklist scoring (issue 11 item 4): two-level indicators as caps, shared group caps,
`cap: none`, not_if_deducted, entered points, bonus items, no pass mark, out-of-remit rules;
and profile validation that rejects what the model does not use, naming file, line and key."""

from __future__ import annotations

import dataclasses
import math
import shutil
from pathlib import Path

import pytest

from govaudit.errors import UserError
from govaudit.resources import bundled
from govaudit.ruleset import Profile, Rule, load_ruleset
from govaudit.scoring import RuleOutcome, score

TWO_LEVEL = Profile("c", "c", "official", 100.0, 60.0, 80.0, {},
                    category_caps={"主动公开": 40.0, "机构职能": 3.0, "政策文件": 10.0, "依申请公开": 60.0},
                    parents={"机构职能": "主动公开", "政策文件": "主动公开"}, groups={"文件要素": 4.0})


def rule(rule_id: str, category: str, points: float = 1, cap: float = 1, level: str = "deduction",
         group: str | None = None, not_if_deducted: tuple[str, ...] = ()) -> Rule:
    return Rule(rule_id, rule_id, rule_id, category, "manual", {}, "b", "d", level, points, cap, 1.0, "x.yaml",
                group=group, not_if_deducted=not_if_deducted)


def failed(n: int = 1, points: float | None = None) -> RuleOutcome:
    return RuleOutcome("fail", {"fail": n}, tuple(f"s{i}" for i in range(n)), False, points)


PASSED = RuleOutcome("pass", {"pass": 1})


def test_a_second_level_indicator_caps_its_rules_and_the_first_level_caps_its_children():
    rules = [rule("a", "机构职能", 2, 10), rule("b", "机构职能", 2, 10), rule("c", "政策文件", 5, math.inf)]
    got = score(TWO_LEVEL, rules, {"a": failed(2), "b": failed(1), "c": failed(3)})
    rows = {r["name"]: r for r in got["scoring"]["categories"]}
    assert rows["机构职能"]["deducted"] == 3.0 and rows["机构职能"]["parent"] == "主动公开"  # 6 capped at 3
    assert rows["政策文件"]["deducted"] == 10.0  # cap: none → 15, capped by its indicator
    assert rows["主动公开"]["deducted"] == 13.0 and got["score"] == 87.0


def test_the_first_level_full_points_cap_the_sum_of_its_children():
    profile = dataclasses.replace(TWO_LEVEL, category_caps={**TWO_LEVEL.category_caps, "主动公开": 12.0})
    rules = [rule("a", "机构职能", 3, 3), rule("c", "政策文件", 10, 10)]
    assert score(profile, rules, {"a": failed(), "c": failed()})["score"] == 88.0


def test_a_group_shares_one_cap_between_several_rules():
    rules = [rule("x", "政策文件", 2, 4, group="文件要素"), rule("y", "政策文件", 2, 4, group="文件要素")]
    got = score(TWO_LEVEL, rules, {"x": failed(2), "y": failed(2)})
    assert got["score"] == 96.0  # 4 + 4 capped at the group's 4
    assert {d["group"] for d in got["scoring"]["deductions"]} == {"文件要素"}


def test_not_if_deducted_skips_a_rule_once_the_other_deducted():
    rules = [rule("column", "政策文件", 3, 3), rule("content", "政策文件", 2, 6, not_if_deducted=("column",))]
    got = score(TWO_LEVEL, rules, {"column": failed(), "content": failed(2)})
    assert got["score"] == 97.0
    skipped = next(d for d in got["scoring"]["deductions"] if d["rule"] == "content")
    assert skipped["points"] == 0.0 and skipped["already_deducted_under"] == ["column"]
    alone = score(TWO_LEVEL, rules, {"column": PASSED, "content": failed(2)})
    assert alone["score"] == 96.0


def test_points_entered_by_an_evaluator_are_taken_up_to_the_cap():
    rules = [rule("apply", "依申请公开", 2, 6)]
    got = score(TWO_LEVEL, rules, {"apply": failed(1, points=4.5)})
    assert got["score"] == 95.5 and got["scoring"]["deductions"][0]["manual"] is True


def test_a_bonus_item_counts_its_entered_points_or_its_points_when_it_passes():
    rules = [rule("a", "依申请公开", 1, 1), rule("extra", "依申请公开", 2, 3, level="bonus")]
    entered = score(TWO_LEVEL, rules, {"a": failed(), "extra": RuleOutcome("pass", {"pass": 1}, points=3)})
    plain = score(TWO_LEVEL, rules, {"a": failed(), "extra": PASSED})
    assert (entered["score"], plain["score"]) == (102.0, 101.0)


def test_without_a_pass_mark_only_a_veto_fails_the_site():
    ranking = dataclasses.replace(TWO_LEVEL, pass_mark=None)
    rules = [rule("a", "依申请公开", 50, 50), rule("v", "依申请公开", level="veto")]
    assert score(ranking, rules, {"a": failed(), "v": PASSED})["grade"] == "合格"
    assert score(ranking, rules, {"a": failed(), "v": failed()})["grade"] == "不合格"
    assert score(TWO_LEVEL, rules, {"a": failed(), "v": PASSED})["grade"] == "不合格"


def test_out_of_remit_rules_keep_full_points_or_leave_the_base():
    rules = [rule("a", "依申请公开", 10, 10), rule("svc", "依申请公开", 25, 25)]
    na = RuleOutcome("not_applicable", {}, by_remit=True)
    assert score(TWO_LEVEL, rules, {"a": failed(), "svc": na})["score"] == 90.0  # full points: no deduction
    excluded = dataclasses.replace(TWO_LEVEL, not_applicable="exclude")
    got = score(excluded, rules, {"a": failed(), "svc": na})
    # The 2019 rule for organs without public services: score out of 75, times 4/3.
    assert got["score"] == pytest.approx(round((75 - 10) * 100 / 75, 2))
    assert got["scoring"]["not_applicable_points"] == 25.0


def test_when_every_point_is_out_of_remit_nothing_is_divided_by_zero():
    excluded = dataclasses.replace(TWO_LEVEL, not_applicable="exclude", base=10.0)
    na = RuleOutcome("not_applicable", {}, by_remit=True)
    got = score(excluded, [rule("svc", "依申请公开", 10, 10)], {"svc": na})
    assert got["score"] == 10.0 and "not_applicable_points" not in got["scoring"]


def test_an_unbounded_undecided_rule_without_cap_is_capped_by_its_indicator():
    rules = [rule("c", "政策文件", 1, math.inf)]
    got = score(TWO_LEVEL, rules, {"c": RuleOutcome("incomplete", {"incomplete": 1}, (), True)})
    assert got["score_range"] == {"min": 90.0, "max": 100.0}
    assert got["scoring"]["deductions"][0]["worst_points"] is None  # JSON has no infinity


# --- profile validation ---

@pytest.fixture
def pack(tmp_path: Path) -> Path:
    dest = tmp_path / "rules"
    shutil.copytree(bundled("rules"), dest)
    return dest


def _error(pack: Path, profile: str, old: str, new: str) -> str:
    path = pack / "profiles" / f"{profile}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_ruleset(pack, profile)
    return str(info.value)


@pytest.mark.parametrize("old, new, words", [
    ("meta-tags: {level: deduction, points: 1, cap: 3}", "meta-tags: {level: deduction, points: 1, cap: 3, weight: 2}", "'weight' is not used"),
    ("meta-tags: {level: deduction, points: 1, cap: 3}", "meta-tags: {level: deduction, points: 1}", "give 'cap'"),
    ("meta-tags: {level: deduction, points: 1, cap: 3}", "meta-tags: {level: deduction, points: 1, cap: lots}", "'cap' must be"),
    ("meta-tags: {level: deduction, points: 1, cap: 3}", "meta-tags: {level: deduction, points: .inf, cap: none}", "finite"),
    ("meta-tags: {level: deduction, points: 1, cap: 3}", "meta-tags: {level: deduction, points: 1, cap: 3, group: g}", "group 'g'"),
    ("meta-tags: {level: deduction, points: 1, cap: 3}", "meta-tags: {level: deduction, points: 1, cap: 3, not_if_deducted: [nope]}", "nope"),
])
def test_official_profile_rejects_what_it_does_not_use(pack: Path, old: str, new: str, words: str):
    msg = _error(pack, "official-2019", old, new)
    assert "official-2019.yaml:" in msg and "meta-tags" in msg and words in msg


@pytest.mark.parametrize("old, new, words", [
    ("base: 100\n", "base: 100\ncategories: {栏目维护: 1}\n", "'categories' are weights"),
    ("pass_mark: 60\n", "pass_mark: -1\n", "pass_mark"),
    ("pass_mark: 60\n", "pass_mark: 60\nnot_applicable: skip\n", "not_applicable"),
    ("pass_mark: 60\n", "pass_mark: 60\ngroups: {unused: 3}\n", "group 'unused' has no rules"),
    ("category_caps:\n", "indicators: {发布解读: 31}\ncategory_caps:\n", "not both"),
])
def test_official_profile_keys_are_checked(pack: Path, old: str, new: str, words: str):
    msg = _error(pack, "official-2019", old, new)
    assert "official-2019.yaml:" in msg and words in msg


@pytest.mark.parametrize("old, new, words", [
    ("news-column-stale: {level: deduction, weight: 2}", "news-column-stale: {level: deduction, weight: 2, points: 1}", "'points' is not used"),
    ("base: 100\n", "base: 100\ncategory_caps: {栏目维护: 3}\n", "'category_caps' is used only"),
])
def test_weighted_profile_rejects_points_and_caps(pack: Path, old: str, new: str, words: str):
    msg = _error(pack, "weighted", old, new)
    assert "weighted.yaml:" in msg and words in msg


def test_a_two_level_profile_loads_with_cap_none_groups_and_no_pass_mark(pack: Path):
    (pack / "profiles" / "two-level.yaml").write_text("""name: two-level
model: official
pass_mark: none
not_applicable: exclude
indicators:
  发布解读: {points: 40, sub: {栏目维护: 20, 政策解读: 10}}
  功能设计: 21
groups: {年报: 8}
category_map: {政府信息公开年报: 发布解读, 链接可用性: 功能设计}
rules:
  empty-columns: {level: deduction, points: 2, cap: none}
  annual-report-missing: {level: deduction, points: 5, cap: 5, group: 年报}
  annual-report-late: {level: deduction, points: 3, cap: 3, group: 年报, not_if_deducted: [annual-report-missing]}
  interpretation-missing: {level: deduction, points: 2, cap: 6}
  broken-links: {level: deduction, points: 0.5, cap: 5}
""", encoding="utf-8")
    ruleset = load_ruleset(pack, "two-level")
    p = ruleset.profile
    assert p.pass_mark is None and p.not_applicable == "exclude" and p.groups == {"年报": 8.0}
    assert p.category_caps == {"发布解读": 40.0, "栏目维护": 20.0, "政策解读": 10.0, "功能设计": 21.0}
    assert p.parents == {"栏目维护": "发布解读", "政策解读": "发布解读"}
    by_id = {r.id: r for r in ruleset.rules}
    assert math.isinf(by_id["empty-columns"].cap) and by_id["annual-report-late"].not_if_deducted == ("annual-report-missing",)


# --- rules show / list show the active profile's points and caps ---

def test_rules_show_and_list_give_points_caps_and_indicators(pack: Path):
    from click.testing import CliRunner

    from govaudit.cli import main

    runner = CliRunner()
    shown = runner.invoke(main, ["rules", "show", "annual-report-late"])
    assert shown.exit_code == 0
    assert "计分（official-2019）：每项扣 3 分，本项最多扣 6 分；指标 发布解读（满分 31）" in shown.output
    assert "已在 annual-report-missing 扣分的对象不再扣" in shown.output
    listed = runner.invoke(main, ["rules", "list"], terminal_width=200)
    line = next(l for l in listed.output.splitlines() if "annual-report-late " in l)
    assert "3" in line and "6" in line and "合格线 60" in listed.output
    weighted = runner.invoke(main, ["rules", "show", "news-column-stale", "--profile", "weighted"])
    assert "权重 2" in weighted.output
    # A pack whose profiles do not include the default shows its only profile without --profile.
    for name in ("weighted", "webmaster"):
        (pack / "profiles" / f"{name}.yaml").unlink()
    (pack / "profiles" / "official-2019.yaml").rename(pack / "profiles" / "local.yaml")
    local = runner.invoke(main, ["rules", "show", "meta-tags", "--rules", str(pack)])
    assert local.exit_code == 0 and "计分（official-2019）：每项扣 1 分" in local.output
