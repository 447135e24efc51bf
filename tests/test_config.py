"""Per-site configuration: validation, rule switches, deadlines, class overrides, scopes and
waivers (applied, expired, ignored with --no-waivers), end to end on the sample site."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.config import load_config, parse_config
from govaudit.crawl import crawl_site
from govaudit.demo.server import serve
from govaudit.demo.sitegen import generate_site
from govaudit.errors import UserError
from govaudit.pipeline import build, load_rules
from govaudit.settings import CrawlSettings

SCHEMA = json.loads((Path(__file__).parents[1] / "govaudit" / "schemas" / "results.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("data", "message"), [
    ({"colour": "red"}, "colour: unknown key"),
    ({"organisation": "ministry"}, "organisation: must be one of government, department"),
    ({"rules": {"disable": "broken-links"}}, "[rules].disable: must be a list of strings"),
    ({"rules": {"scopes": {"broken-links": {"exclude": ["(unclosed"]}}}}, "bad regular expression"),
    ({"waivers": [{"rule": "x", "subject": "y", "reason": "r", "owner": "o", "expires": "2026-12-31"}]}, "expires must be a date"),
    ({"waivers": [{"rule": "x", "subject": "y", "reason": "r", "expires": None}]}, "[[waivers]] #1: needs exactly"),
])
def test_invalid_configuration_names_file_and_key(data, message):
    with pytest.raises(UserError) as info:
        parse_config(data, "govaudit.toml")
    assert str(info.value).startswith("govaudit.toml: ") and message in str(info.value)


def test_configuration_adjusts_rules_and_rejects_typos():
    config = parse_config({"organisation": "department", "rules": {
        "disable": ["footer-identifiers"], "levels": {"broken-links": "info"},
        "params": {"news-column-stale": {"warn_age": "7d"}}}}, "govaudit.toml")
    rules = {r.id: r for r in load_rules(None, None, config).rules}
    assert "footer-identifiers" not in rules and rules["broken-links"].level == "info"
    assert rules["news-column-stale"].params["warn_age"] == "7d" and rules["news-column-stale"].params["max_age"] == "14d"
    assert rules["annual-report-late"].params["deadline"] == "01-31"  # departments publish by 31 January
    with pytest.raises(UserError, match=r"\[rules\].disable: no rule 'footer-identifier' in profile 'official-2019'"):
        load_rules(None, None, parse_config({"rules": {"disable": ["footer-identifier"]}}, "govaudit.toml"))
    with pytest.raises(UserError, match="unknown class 'newz'"):
        load_rules(None, None, parse_config({"column_classes": {"部门动态": "newz"}}, "govaudit.toml"))
    with pytest.raises(UserError, match=r"\[rules.params.news-column-stale\]: parameter 'max_age' is invalid"):
        load_rules(None, None, parse_config({"rules": {"params": {"news-column-stale": {"max_age": "2 weeks"}}}}, "govaudit.toml"))


def test_profile_precedence_cli_over_file_over_default():
    config = parse_config({"profile": "webmaster"}, "govaudit.toml")
    assert load_rules(None, None, config).profile.name == "webmaster"
    assert load_rules(None, "weighted", config).profile.name == "weighted"
    assert load_rules(None, None, None).profile.name == "official-2019"


def test_discovery_govaudit_toml_then_pyproject(tmp_path: Path):
    assert load_config(None, tmp_path) is None
    (tmp_path / "pyproject.toml").write_text('[tool.govaudit]\nprofile = "weighted"\n', encoding="utf-8")
    assert load_config(None, tmp_path).profile == "weighted"
    (tmp_path / "govaudit.toml").write_text('profile = "webmaster"\n', encoding="utf-8")
    assert load_config(None, tmp_path).profile == "webmaster"
    (tmp_path / "bad.toml").write_text("profile = \n", encoding="utf-8")
    with pytest.raises(UserError, match="malformed TOML"):
        load_config(tmp_path / "bad.toml", tmp_path)


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    site, out = tmp_path_factory.mktemp("site"), tmp_path_factory.mktemp("out")
    generate_site(site)
    with serve(site) as base:
        crawl_site(base, out, CrawlSettings(rate=0, concurrency=4))
    build(out)
    return out, base


def _check(out: Path, config: Path, *extra: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["check", str(out), "--as-of", "2026-09-30", "--config", str(config), *extra])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads((out / "results.json").read_text(encoding="utf-8"))


def _rule(results: dict, rule_id: str) -> dict:
    return next(r for r in results["rules"] if r["id"] == rule_id)


WAIVER = """
[[waivers]]
rule = "empty-columns"
subject = "{base}zwgk/zxzj/"
reason = "本年度无专项资金安排，已向主管部门报备"
owner = "区政府办公室 网站组"
expires = {expires}
"""


def test_waiver_silences_a_finding_until_it_expires(demo_out, tmp_path: Path):
    out, base = demo_out
    config = tmp_path / "govaudit.toml"
    config.write_text(WAIVER.format(base=base, expires="2026-12-31"), encoding="utf-8")
    _, results = _check(out, config)
    jsonschema.validate(results, SCHEMA)
    rule = _rule(results, "empty-columns")
    (waived,) = [r for r in rule["results"] if r.get("waiver")]
    assert rule["status"] == "pass" and waived["status"] == "fail" and waived["subject"] == f"{base}zwgk/zxzj/"
    assert results["waivers"][0]["applied"] == 1 and results["waivers"][0]["expired"] is False
    assert results["score"] == 82.0  # the 2-point deduction for the empty column is gone
    assert CliRunner().invoke(main, ["report", str(out)]).exit_code == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    md = (out / "report.md").read_text(encoding="utf-8")
    for text in (html, md):
        assert "已豁免" in text and "本年度无专项资金安排" in text and "区政府办公室 网站组" in text
    # Expired the day before the as-of date: listed, not applied.
    config.write_text(WAIVER.format(base=base, expires="2026-09-29"), encoding="utf-8")
    _, results = _check(out, config)
    assert _rule(results, "empty-columns")["status"] == "fail" and results["waivers"][0]["expired"] is True
    assert results["waivers"][0]["applied"] == 0 and results["score"] == 80.0
    CliRunner().invoke(main, ["report", str(out)])
    assert "已过期，未生效" in (out / "report.html").read_text(encoding="utf-8")


def test_evaluators_ignore_waivers(demo_out, tmp_path: Path):
    out, base = demo_out
    config = tmp_path / "govaudit.toml"
    config.write_text(WAIVER.format(base=base, expires="2026-12-31"), encoding="utf-8")
    _, results = _check(out, config, "--no-waivers")
    assert _rule(results, "empty-columns")["status"] == "fail" and results["waivers_applied"] is False
    assert results["waivers"][0]["applied"] == 0


def test_class_override_and_scope(demo_out, tmp_path: Path):
    out, base = demo_out
    config = tmp_path / "govaudit.toml"
    config.write_text(f'[column_classes]\n"{base}xwzx/bmdt/" = "not_updated"\n\n'
                      f'[rules.scopes."broken-links"]\nexclude = ["/202609/t20260916_9999"]\n', encoding="utf-8")
    _, results = _check(out, config)
    assert _rule(results, "news-column-stale")["status"] == "pass"
    assert _rule(results, "broken-links")["status"] == "pass"
    assert results["configuration"] == str(config)
