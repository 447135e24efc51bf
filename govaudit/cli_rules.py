"""`govaudit rules`: list, document, validate and test rule packs."""

from __future__ import annotations

import math

from pathlib import Path

import click
from rich.table import Table

from govaudit import console
from govaudit.cliutil import handle_errors
from govaudit.errors import UserError
from govaudit.resources import bundled, pack_path
from govaudit.ruledoc import rule_doc
from govaudit.rulecases import load_cases, run_case
from govaudit.ruleset import DEFAULT_PROFILE, Profile, Rule, Ruleset, load_pack, load_ruleset, profile_names
from govaudit.scoringspec import cap_label
from govaudit.vocab import LEVEL_LABELS


@click.group()
def rules() -> None:
    """List, document, validate and test rule packs."""


_RULES_DIR = click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=None,
                          callback=lambda _ctx, _param, value: pack_path(value),
                          help="Rule pack folder, or the name of a shipped pack such as yishui-2022 (default: the bundled pack).")


def _active_profile(rules_dir: Path | None, profile: str | None) -> str | None:
    """The profile to show: the one asked for; else, among the pack's own profiles (not those of
    the pack it extends), the default or the only one; else the default if the pack inherits it."""
    if profile:
        return profile
    own = sorted(p.stem for p in ((rules_dir or bundled("rules")) / "profiles").glob("*.yaml"))
    if own:
        return DEFAULT_PROFILE if DEFAULT_PROFILE in own else own[0] if len(own) == 1 else None
    return DEFAULT_PROFILE if DEFAULT_PROFILE in profile_names(rules_dir) else None


def _indicator(profile: Profile, category: str) -> str:
    """A category with its full points and, for a 二级 indicator, its 一级 indicator's."""
    caps = profile.category_caps
    text = f"{category}（满分 {caps[category]:g}）" if category in caps else category
    parent = profile.parents.get(category)
    return f"{text} ⊂ {parent}（满分 {caps[parent]:g}）" if parent else text


def _scoring_line(rule: Rule, profile: Profile) -> str:
    """How the profile scores `rule`, in the words of a checklist."""
    if profile.model == "weighted":
        return f"计分（{profile.name}，加权模型）：权重 {rule.weight:g}，类别 {rule.category}"
    if rule.level == "deduction":
        # cap: none — no limit of its own; the indicator caps it.
        limit = "本项不设上限（由所在指标封顶）" if math.isinf(rule.cap) else f"本项最多扣 {cap_label(rule.cap)} 分"
        parts = [f"每项扣 {rule.points:g} 分，{limit}"]
    elif rule.level == "bonus":
        parts = [f"加 {rule.points:g} 分（加分项合计不超过 {profile.bonus_cap:g} 分）"]
    else:
        parts = [LEVEL_LABELS.get(rule.level, rule.level) + "，不计分"]
    parts.append(f"指标 {_indicator(profile, rule.category)}")
    if rule.group:
        parts.append(f"与同组规则共用上限 {profile.groups[rule.group]:g} 分（分组 {rule.group}）")
    if rule.not_again_after:
        parts.append(f"已在 {', '.join(rule.not_again_after)} 扣分的对象不再扣")
    if rule.not_if_deducted:
        parts.append(f"{', '.join(rule.not_if_deducted)} 已扣分时本项不扣")
    return f"计分（{profile.name}）：" + "；".join(parts)


def _points_table(ruleset: Ruleset) -> None:
    """One line per rule of the profile with its points, cap, indicator and group."""
    p = ruleset.profile
    table = Table(title=f"{p.title}（{p.name}，{len(ruleset.rules)} 条规则，{p.model} 模型）")
    weighted = p.model == "weighted"
    table.add_column("规则", no_wrap=True, min_width=max(len(r.id) for r in ruleset.rules))  # ids are what users copy
    for col in ("级别", "指标", *(("权重",) if weighted else ("指标满分", "分值", "上限", "分组")), "标题"):
        table.add_column(col)
    for r in ruleset.rules:
        parent = p.parents.get(r.category)
        full = p.category_caps.get(r.category)
        scored = () if weighted else ("" if full is None else f"{full:g}",
                                      f"{r.points:g}" if r.level in ("deduction", "bonus") else "-",
                                      cap_label(r.cap) if r.level == "deduction" else "-", r.group or "")
        table.add_row(r.id, LEVEL_LABELS.get(r.level, r.level), f"{parent} › {r.category}" if parent else r.category,
                      *((f"{r.weight:g}",) if weighted else scored), r.title)
    console.out.print(table)
    if not weighted:
        pass_mark = "无（仅单项否决判不合格）" if p.pass_mark is None else f"{p.pass_mark:g}"
        console.out.print(f"基础分 {p.base:g}，合格线 {pass_mark}，加分上限 {p.bonus_cap:g}；"
                          f"不属本单位职能的规则：{'按满分计' if p.not_applicable == 'full_points' else '从基础分中扣除后折算'}")


@rules.command("list")
@_RULES_DIR
@click.option("--profile", default=None, help="Profile whose rules, points and caps to list (default: the pack's default profile).")
@click.option("--all", "all_rules", is_flag=True, help="Every rule file of the pack, whichever profile uses it (no points).")
@handle_errors
def rules_list(rules_dir: Path | None, profile: str | None, all_rules: bool) -> None:
    """List the rules of a pack with the active profile's points and caps."""
    name = None if all_rules else _active_profile(rules_dir, profile)
    if name is None:
        console.rules_table(load_pack(rules_dir))
        return
    _points_table(load_ruleset(rules_dir, name))


@rules.command("show")
@click.argument("rule_id")
@_RULES_DIR
@click.option("--profile", default=None, help=f"Profile whose level, params, points and caps to show (default: {DEFAULT_PROFILE} if the pack has it).")
@handle_errors
def rules_show(rule_id: str, rules_dir: Path | None, profile: str | None) -> None:
    """Show a rule's documentation, generated from its file (as PROFILE uses it, with its points and caps)."""
    name = _active_profile(rules_dir, profile)
    ruleset = load_ruleset(rules_dir, name) if name else None
    in_profile = next((r for r in ruleset.rules if r.id == rule_id), None) if ruleset else None
    rule = in_profile or next((r for r in load_pack(rules_dir).rules if r.id == rule_id), None)
    if rule is None:
        raise UserError(f"No rule '{rule_id}' in the pack; `govaudit rules list` shows the ids.")
    cases = load_cases(rules_dir or bundled("rules")).get(rule_id, [])
    click.echo(rule_doc(rule, len(cases)))
    if ruleset is not None:
        click.echo("  " + (_scoring_line(rule, ruleset.profile) if in_profile else f"计分（{ruleset.profile.name}）：本档案不使用此规则"))


def _pack_path(path: Path | None, rules_dir: Path | None) -> Path | None:
    """The pack given as PATH or as --rules (the same option as the other commands)."""
    if path is not None and rules_dir is not None and path != rules_dir:
        raise UserError(f"Give the pack once: PATH {path} and --rules {rules_dir} differ.")
    return path or rules_dir


@rules.command("validate")
@click.argument("path", type=click.Path(path_type=Path), required=False)
@_RULES_DIR
@handle_errors
def rules_validate(path: Path | None, rules_dir: Path | None) -> None:
    """Validate every rule, profile and case file of the pack at PATH or --rules (default: bundled)."""
    path = _pack_path(path, rules_dir)
    pack = load_pack(path)
    names = profile_names(path)
    for name in names:
        load_ruleset(path, name)
    cases = load_cases(path or bundled("rules"))
    unknown = sorted(set(cases) - {r.id for r in pack.rules})
    if unknown:
        raise UserError(f"Case files name unknown rules: {', '.join(unknown)}.")
    click.echo(f"OK: {len(pack.rules)} rules, {len(names)} profiles ({', '.join(names)}), {sum(map(len, cases.values()))} cases.")


@rules.command("test")
@click.argument("path", type=click.Path(path_type=Path), required=False)
@_RULES_DIR
@handle_errors
def rules_test(path: Path | None, rules_dir: Path | None) -> None:
    """Run every rule's cases in the pack at PATH or --rules (default: bundled). Exit 1 on any
    failure or on a rule without cases."""
    path = _pack_path(path, rules_dir)
    pack = load_pack(path)
    cases = load_cases(path or bundled("rules"))
    passed = failed = 0
    for rule in pack.rules:
        if not cases.get(rule.id):
            console.say(("NO CASES", "red"), f" {rule.id}")
            failed += 1
            continue
        for case in cases[rule.id]:
            result = run_case(pack, rule.id, case)
            console.say(("ok", "green") if result.passed else ("FAIL", "red"), f"  {rule.id}: {result.name}")
            for problem in result.problems:
                console.out.print(f"      {problem}")
            passed += result.passed
            failed += not result.passed
    console.out.print(f"{passed} passed, {failed} failed")
    raise SystemExit(1 if failed else 0)
