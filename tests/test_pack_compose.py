"""Packs that compose: extending the bundled pack, column classes validated by id, strict case files."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.errors import UserError
from govaudit.resources import bundled
from govaudit.rulecases import load_cases, run_case
from govaudit.ruleset import load_pack, load_ruleset, profile_names

RULE = """id: org-duties
title: 机构职能信息完整
failure_title: 机构职能信息不完整
category: 公开专栏
check: page_text
params:
  label: 机构职能页面
  pages: {{title: "机构职能", column_class: [{cls}]}}
  all_of: [内设机构, 电话]
basis: 测试
description: 测试
"""

CASES = """- name: 写明了内设机构和电话
  as_of: 2026-09-30
  site:
    documents:
      - {url: "http://site.test/jgzn/", title: 机构职能, kind: static, column_name: 机构概况}
    texts:
      "http://site.test/jgzn/": 一、主要职责 二、内设机构 办公室 三、联系电话 12345678
  expect:
    "http://site.test/jgzn/": pass
"""


def _pack(tmp_path: Path, cls: str = "org_info", classes: str | None = None, extends: str = "bundled") -> Path:
    root = tmp_path / "local"
    (root / "local").mkdir(parents=True)
    (root / "cases").mkdir()
    (root / "profiles").mkdir()
    (root / "pack.yaml").write_text(f"name: local\nextends: {extends}\n", encoding="utf-8")
    (root / "local" / "org-duties.yaml").write_text(RULE.format(cls=cls), encoding="utf-8")
    (root / "cases" / "org-duties.yaml").write_text(CASES, encoding="utf-8")
    (root / "column-classes.yaml").write_text(classes if classes is not None else
                                              "classes:\n  - {id: org_info, label: 机构信息, patterns: [机构概况]}\n"
                                              "  - {id: news, label: 新闻, patterns: [要闻, 动态]}\n", encoding="utf-8")
    (root / "profiles" / "local.yaml").write_text(
        "name: local\nmodel: official\nrules:\n  org-duties: {level: deduction, points: 2, cap: 2}\n  disclosure-sections: {level: deduction, points: 5, cap: 5}\n",
        encoding="utf-8")
    return root


def test_an_extending_pack_uses_the_bundled_rules_classes_profiles_and_cases(tmp_path: Path):
    root = _pack(tmp_path)
    pack = load_pack(root)
    ids = {r.id for r in pack.rules}
    assert "org-duties" in ids and "disclosure-sections" in ids  # its own and the bundled rules
    classes = [c.id for c in pack.column_classes]
    assert classes[0] == "org_info" and "notice_policy" in classes  # new classes first, bundled ones kept
    assert dict((c.id, c.patterns) for c in pack.column_classes)["news"] == ("要闻", "动态")  # overridden in place
    assert {"local", "official-2019"} <= set(profile_names(root))
    assert load_ruleset(root, "official-2019").rules  # a bundled profile works on the extending pack
    ruleset = load_ruleset(root, "local")
    cases = load_cases(root)
    assert "disclosure-sections" in cases
    assert run_case(ruleset, "org-duties", cases["org-duties"][0]).passed


def test_an_extending_pack_overrides_a_bundled_rule_by_id(tmp_path: Path):
    root = _pack(tmp_path)
    text = (bundled("rules") / "disclosure" / "guide-current.yaml").read_text(encoding="utf-8").replace("max_age: 2y", "max_age: 1y")
    (root / "local" / "guide-current.yaml").write_text(text, encoding="utf-8")
    (rule,) = [r for r in load_pack(root).rules if r.id == "guide-current"]
    assert rule.params["max_age"] == "1y" and rule.source == "local/guide-current.yaml"


def test_a_misspelled_column_class_names_file_and_line(tmp_path: Path):
    root = _pack(tmp_path, cls="org_infoo")
    with pytest.raises(UserError, match=r"local/org-duties\.yaml:8: rule 'org-duties': unknown column class 'org_infoo'"):
        load_pack(root)
    bundled_rule = (bundled("rules") / "columns" / "news-column-stale.yaml").read_text(encoding="utf-8")
    (root / "local" / "news-column-stale.yaml").write_text(bundled_rule.replace("classes: [news]", "classes: [newz]"), encoding="utf-8")
    (root / "local" / "org-duties.yaml").write_text(RULE.format(cls="org_info"), encoding="utf-8")
    with pytest.raises(UserError, match="unknown column class 'newz'"):
        load_ruleset(root, "local")


def test_extends_must_name_a_pack_and_must_not_loop(tmp_path: Path):
    with pytest.raises(UserError, match="extends 'nowhere'"):
        load_pack(_pack(tmp_path, extends="nowhere"))
    a, b = tmp_path / "a", tmp_path / "b"
    for me, other in ((a, "../b"), (b, "../a")):
        me.mkdir()
        (me / "pack.yaml").write_text(f"extends: {other}\n", encoding="utf-8")
    with pytest.raises(UserError, match="loop"):
        load_pack(a)


def test_case_files_reject_unknown_keys(tmp_path: Path):
    root = _pack(tmp_path)
    path = root / "cases" / "org-duties.yaml"
    path.write_text(CASES.replace("  expect:", "  expcet: {}\n  expect:"), encoding="utf-8")
    with pytest.raises(UserError, match="unknown key 'expcet'"):
        load_cases(root)
    path.write_text(CASES.replace("    documents:", "    document:"), encoding="utf-8")
    result = run_case(load_pack(root), "org-duties", load_cases(root)["org-duties"][0])
    assert not result.passed and "unknown key 'document'" in result.problems[0]
    path.write_text(CASES.replace("kind: static,", "knd: static,"), encoding="utf-8")
    result = run_case(load_pack(root), "org-duties", load_cases(root)["org-duties"][0])
    assert not result.passed and "knd" in result.problems[0]


def test_rules_show_and_test_work_on_a_pack_without_the_default_profile(tmp_path: Path):
    root = _pack(tmp_path, extends="bundled")
    (root / "pack.yaml").write_text("name: standalone\n", encoding="utf-8")
    (root / "column-classes.yaml").write_text("classes:\n  - {id: org_info, label: 机构信息, patterns: [机构概况]}\n", encoding="utf-8")
    (root / "profiles" / "local.yaml").write_text("name: local\nmodel: official\nrules:\n  org-duties: {level: deduction, points: 2, cap: 2}\n", encoding="utf-8")
    runner = CliRunner()
    shown = runner.invoke(main, ["rules", "show", "org-duties", "--rules", str(root)])
    assert shown.exit_code == 0, shown.output
    assert "page_text" in shown.output
    tested = runner.invoke(main, ["rules", "test", str(root)])
    assert tested.exit_code == 0, tested.output


EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "rule-language"


def test_the_rule_language_example_pack_passes_its_cases():
    """docs/examples/rule-language extends the bundled pack with the new kinds' examples."""
    result = CliRunner().invoke(main, ["rules", "test", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    for rule in ("organ-functions", "consultation-feedback", "budget-final-accounts", "service-portal-entry"):
        assert f"ok  {rule}:" in result.output
    assert load_ruleset(EXAMPLE, "example").rules
