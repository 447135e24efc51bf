"""`govaudit rules`: list, document, validate and test rule packs."""

from __future__ import annotations

from pathlib import Path

import click

from govaudit import console
from govaudit.cliutil import handle_errors
from govaudit.errors import UserError
from govaudit.resources import bundled
from govaudit.ruledoc import rule_doc
from govaudit.rulecases import load_cases, run_case
from govaudit.ruleset import DEFAULT_PROFILE, load_pack, load_ruleset, profile_names


@click.group()
def rules() -> None:
    """List, document, validate and test rule packs."""


_RULES_DIR = click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=None, help="Rule pack folder (default: the bundled pack).")


@rules.command("list")
@_RULES_DIR
@click.option("--profile", default=None, help="Only the rules this profile uses, with its levels.")
@handle_errors
def rules_list(rules_dir: Path | None, profile: str | None) -> None:
    """List the rules of a pack."""
    ruleset = load_ruleset(rules_dir, profile) if profile else load_pack(rules_dir)
    console.rules_table(ruleset)


@rules.command("show")
@click.argument("rule_id")
@_RULES_DIR
@click.option("--profile", default=None, help=f"Profile whose level and params to show (default: {DEFAULT_PROFILE}, when the pack has it).")
@handle_errors
def rules_show(rule_id: str, rules_dir: Path | None, profile: str | None) -> None:
    """Show a rule's documentation, generated from its file (as PROFILE uses it)."""
    if profile is None and DEFAULT_PROFILE in profile_names(rules_dir):
        profile = DEFAULT_PROFILE
    candidates = (load_ruleset(rules_dir, profile).rules if profile else []) + load_pack(rules_dir).rules
    rule = next((r for r in candidates if r.id == rule_id), None)
    if rule is None:
        raise UserError(f"No rule '{rule_id}' in the pack; `govaudit rules list` shows the ids.")
    cases = load_cases(rules_dir or bundled("rules")).get(rule_id, [])
    click.echo(rule_doc(rule, len(cases)))


@rules.command("validate")
@click.argument("path", type=click.Path(path_type=Path), required=False)
@handle_errors
def rules_validate(path: Path | None) -> None:
    """Validate every rule, profile and case file of the pack at PATH (default: bundled)."""
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
@handle_errors
def rules_test(path: Path | None) -> None:
    """Run every rule's cases in the pack at PATH (default: bundled). Exit 1 on any failure
    or on a rule without cases."""
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
