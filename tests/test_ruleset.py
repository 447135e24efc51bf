import shutil
from pathlib import Path

import pytest

from govaudit.errors import UserError
from govaudit.resources import bundled
from govaudit.ruleset import load_rule_files, load_ruleset, ruleset_hash


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    dest = tmp_path / "rules"
    shutil.copytree(bundled("rules"), dest)
    return dest


def test_bundled_pack_loads_every_rule_with_docs_and_basis():
    ruleset = load_ruleset()
    files = load_rule_files(bundled("rules"))
    assert {r.id for r in ruleset.rules} == set(files)  # the default profile uses every rule
    for rule in ruleset.rules:
        assert rule.basis and rule.description and rule.failure_title, rule.id
        assert rule.level in ("veto", "deduction", "bonus", "info")


def test_hash_changes_with_content(pack: Path):
    before = ruleset_hash(pack)
    rule = pack / "columns" / "news-column-stale.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("14d", "15d"), encoding="utf-8")
    assert ruleset_hash(pack) != before


def _expect_error(pack: Path, relpath: str, text: str) -> str:
    (pack / relpath).write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_ruleset(pack)
    return str(info.value)


RULE = """id: news-column-stale
title: t
failure_title: f
category: c
check: column_freshness
params:
  classes: [news]
  max_age: 14d
basis: b
description: d
"""


def test_malformed_yaml_names_file_and_line(pack: Path):
    msg = _expect_error(pack, "columns/news-column-stale.yaml", RULE.replace("category: c", "category: [c"))
    assert msg.startswith("columns/news-column-stale.yaml:") and "malformed YAML" in msg


def test_unknown_key_names_file_line_and_rule(pack: Path):
    msg = _expect_error(pack, "columns/news-column-stale.yaml", RULE + "severity: high\n")
    assert msg == "columns/news-column-stale.yaml:11: rule 'news-column-stale': unknown key 'severity' (allowed: id, title, failure_title, category, check, params, level, basis, description)."


def test_unknown_check_kind(pack: Path):
    msg = _expect_error(pack, "columns/news-column-stale.yaml", RULE.replace("check: column_freshness", "check: magic"))
    assert ":5: rule 'news-column-stale': unknown check kind 'magic'" in msg


def test_bad_param_type_and_unknown_param(pack: Path):
    msg = _expect_error(pack, "columns/news-column-stale.yaml", RULE.replace("max_age: 14d", "max_age: 14"))
    assert ":8: rule 'news-column-stale': parameter 'max_age' must be a string" in msg
    msg = _expect_error(pack, "columns/news-column-stale.yaml", RULE.replace("  max_age: 14d\n", "  max_age: 14d\n  colour: red\n"))
    assert ":9: rule 'news-column-stale': unknown parameter 'colour' for check 'column_freshness'" in msg


def test_bad_regex_is_reported(pack: Path):
    text = (pack / "disclosure/normative-doc-metadata.yaml").read_text(encoding="utf-8")
    msg = _expect_error(pack, "disclosure/normative-doc-metadata.yaml", text.replace('"〔(19|20)\\\\d{2}〕\\\\d+号"', '"(unclosed"'))
    assert "rule 'normative-doc-metadata': parameter 'patterns' is invalid" in msg


def test_id_must_match_file_name(pack: Path):
    msg = _expect_error(pack, "columns/news-column-stale.yaml", RULE.replace("id: news-column-stale", "id: other"))
    assert "id must equal the file name 'news-column-stale'" in msg


def test_profile_with_unknown_rule_and_missing_profile(pack: Path):
    prof = pack / "profiles" / "official-2019.yaml"
    prof.write_text(prof.read_text(encoding="utf-8") + "  no-such-rule: {level: deduction, points: 1}\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"profiles/official-2019.yaml:\d+: profile lists unknown rule 'no-such-rule'"):
        load_ruleset(pack)
    with pytest.raises(UserError, match="Profile 'nope' not found"):
        load_ruleset(bundled("rules"), "nope")


def test_rules_dir_must_exist(tmp_path: Path):
    with pytest.raises(UserError, match="does not exist or is not a folder"):
        load_ruleset(tmp_path / "missing")


@pytest.mark.parametrize("profile", ["official-2019", "weighted", "webmaster"])
def test_every_bundled_profile_loads(profile: str):
    ruleset = load_ruleset(bundled("rules"), profile)
    assert ruleset.profile.name == profile and ruleset.rules


def test_profile_params_override_merges_onto_the_rule_file():
    rules = {r.id: r for r in load_ruleset(bundled("rules"), "webmaster").rules}
    news = rules["news-column-stale"]
    assert news.params["warn_age"] == "7d" and news.params["max_age"] == "14d" and news.params["classes"] == ["news"]


def test_bad_profile_override_names_the_profile_line(pack: Path):
    prof = pack / "profiles" / "webmaster.yaml"
    prof.write_text(prof.read_text(encoding="utf-8").replace("warn_age: 7d", "warn_age: 7 days"), encoding="utf-8")
    with pytest.raises(UserError, match=r"profiles/webmaster.yaml:\d+: rule 'news-column-stale': parameter 'warn_age' is invalid"):
        load_ruleset(pack, "webmaster")
