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


# --- the official profile's categories, caps and no double deduction (issue 9 item 6) ---

def _profile_error(pack: Path, old: str, new: str) -> str:
    path = pack / "profiles" / "official-2019.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_ruleset(pack)
    return str(info.value)


def test_official_profile_maps_every_deduction_onto_the_four_2019_items():
    ruleset = load_ruleset()
    assert ruleset.profile.category_caps == {"发布解读": 31.0, "办事服务": 25.0, "互动交流": 23.0, "功能设计": 21.0}
    assert sum(ruleset.profile.category_caps.values()) == ruleset.profile.base
    for rule in ruleset.rules:
        if rule.level == "deduction":
            assert rule.category in ruleset.profile.category_caps, rule.id
    by_id = {r.id: r for r in ruleset.rules}
    assert by_id["news-column-stale"].not_again_after == ("empty-columns",)


def test_a_category_the_caps_do_not_know_is_rejected(pack: Path):
    msg = _profile_error(pack, "  网站标识: 功能设计\n", "")
    assert "official-2019.yaml" in msg and "网站标识" in msg and "category_caps" in msg


def test_a_map_onto_an_unknown_item_is_rejected(pack: Path):
    assert "category_caps" in _profile_error(pack, "  网站标识: 功能设计\n", "  网站标识: 网站功能\n")


@pytest.mark.parametrize("entry, words", [
    ("meta-tags: {level: deduction, points: 1, cap: 3", "meta-tags: {level: deduction, points: 4, cap: 3"),
    ("meta-tags: {level: deduction, points: 1, cap: 3", "meta-tags: {level: deduction, points: -1, cap: 3"),
    ("meta-tags: {level: deduction, points: 1, cap: 3", "meta-tags: {level: deduction, points: .nan, cap: 3"),
])
def test_bad_points_are_rejected(pack: Path, entry: str, words: str):
    msg = _profile_error(pack, entry, words)
    assert "meta-tags" in msg and ("cap" in msg or "points" in msg)


def test_a_negative_category_cap_is_rejected(pack: Path):
    assert "category caps" in _profile_error(pack, "  功能设计: 21\n", "  功能设计: -1\n")


def test_an_unknown_dependency_is_rejected(pack: Path):
    msg = _profile_error(pack, "not_again_after: [homepage-broken-links]", "not_again_after: [no-such-rule]")
    assert "no-such-rule" in msg and "broken-links" in msg
