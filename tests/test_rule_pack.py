"""The bundled rule pack: every rule has docs, basis and cases that show it can pass and
fail, every case passes, and the `govaudit rules` commands behave."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.resources import bundled
from govaudit.rulecases import load_cases, run_case
from govaudit.ruleset import load_pack

PACK = load_pack()
CASES = load_cases(bundled("rules"))


@pytest.mark.parametrize("rule", PACK.rules, ids=lambda r: r.id)
def test_rule_has_docs_basis_and_cases_that_pass_and_flag(rule):
    assert rule.title and rule.failure_title and rule.basis and rule.description
    expected = {status for case in CASES.get(rule.id, []) for status in case["expect"].values()}
    # A rule must be shown to pass and to flag a problem (fail, or warn for data-quality rules).
    assert "pass" in expected and expected & {"fail", "warn"}, f"{rule.id}: cases must show a pass and a fail or warn"


@pytest.mark.parametrize(("rule_id", "case"), [(rid, c) for rid, cs in sorted(CASES.items()) for c in cs],
                         ids=lambda v: v if isinstance(v, str) else v["name"][:30])
def test_case(rule_id, case):
    result = run_case(PACK, rule_id, case)
    assert result.passed, "\n".join(result.problems)


def test_rules_commands_on_the_bundled_pack():
    runner = CliRunner()
    result = runner.invoke(main, ["rules", "test"])
    assert result.exit_code == 0 and f"{sum(map(len, CASES.values()))} passed, 0 failed" in result.output
    result = runner.invoke(main, ["rules", "validate"])
    assert result.exit_code == 0 and result.output.startswith(f"OK: {len(PACK.rules)} rules, 3 profiles")
    result = runner.invoke(main, ["rules", "show", "stale-columns-veto"])
    assert result.exit_code == 0 and "级别：单项否决" in result.output and "fail_at = 5" in result.output
    assert runner.invoke(main, ["rules", "show", "no-such-rule"]).exit_code == 2
    result = runner.invoke(main, ["rules", "list", "--profile", "official-2019"])
    assert result.exit_code == 0 and "empty-columns-veto" in result.output


def test_rules_test_fails_on_a_wrong_case_or_a_rule_without_cases(tmp_path: Path):
    pack = tmp_path / "pack"
    shutil.copytree(bundled("rules"), pack)
    case = pack / "cases" / "news-column-stale.yaml"
    case.write_text(case.read_text(encoding="utf-8").replace('"http://site.test/bmdt/": fail', '"http://site.test/bmdt/": pass'), encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "test", str(pack)])
    assert result.exit_code == 1 and "expected pass, got fail" in result.output
    case.unlink()
    result = CliRunner().invoke(main, ["rules", "test", str(pack)])
    assert result.exit_code == 1 and "NO CASES news-column-stale" in result.output


def test_rules_validate_rejects_a_malformed_case_file(tmp_path: Path):
    pack = tmp_path / "pack"
    shutil.copytree(bundled("rules"), pack)
    (pack / "cases" / "news-column-stale.yaml").write_text("- name: [broken\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "validate", str(pack)])
    assert result.exit_code == 2 and "cases/news-column-stale.yaml:" in result.output


_INTERNAL_NOTES = ("domain.md", "DESIGN.md", "shared/", "§")


@pytest.mark.parametrize("rule", PACK.rules, ids=lambda r: r.id)
def test_rule_texts_cite_published_sources_not_internal_notes(rule):
    # basis and description are printed in reports handed to a government: an internal design note means nothing there
    for text in (rule.basis, rule.description, rule.title, rule.failure_title):
        assert not any(note in text for note in _INTERNAL_NOTES), f"{rule.id}: {text}"
