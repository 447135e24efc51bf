"""The shipped local checklist pack (packs/yishui-2022): its cases pass, its profile reproduces the
table's points, and an audit with a department's configuration and an evaluator's manual file
gives results that say which rules are out of remit and which findings are manual."""

from __future__ import annotations

import json
import math
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.server import serve
from govaudit.demo.sitegen import generate_site
from govaudit.ruleset import load_ruleset

ROOT = Path(__file__).parents[1]
PACK = ROOT / "packs" / "yishui-2022"
SCHEMA = json.loads((ROOT / "govaudit" / "schemas" / "results.schema.json").read_text(encoding="utf-8"))
# Item points as printed in the stored copy of the table (README.md): rule id -> points.
TABLE = {"ys-normative-published": 0.5, "ys-normative-fields": 1.0, "ys-normative-cleanup": 0.5,
         "ys-other-docs-published": 0.25, "ys-other-docs-fields": 0.5, "ys-statistics-bulletin": 0.5}


def test_the_profile_reproduces_the_table_points():
    ruleset = load_ruleset(PACK, "yishui-2022")
    p = ruleset.profile
    by_id = {r.id: r for r in ruleset.rules}
    for rule_id, points in TABLE.items():
        assert (by_id[rule_id].points, by_id[rule_id].cap) == (points, points), rule_id  # all or nothing
    assert p.category_caps["主动公开"] == 45 and p.pass_mark is None and p.not_applicable == "exclude"
    # Each 三级 indicator's full points are the sum of its items' points.
    for indicator, full in p.category_caps.items():
        items = [r.cap for r in ruleset.rules if r.category == indicator and r.level == "deduction"]
        if indicator in p.parents and items:
            assert math.isclose(sum(items), full), indicator


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    out = tmp_path_factory.mktemp("out")
    generate_site(site_dir)
    with serve(site_dir) as base:
        result = CliRunner().invoke(main, ["audit", base, "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(),
                                           "--rate", "0", "--concurrency", "4", "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return out


def test_an_audit_with_remit_and_manual_findings(demo_out: Path):
    result = CliRunner().invoke(main, ["check", str(demo_out), "--rules", str(PACK), "--profile", "yishui-2022",
                                       "--config", str(PACK / "examples" / "department.toml"),
                                       "--manual", str(PACK / "examples" / "manual.yaml"),
                                       "--as-of", DEMO_AS_OF.isoformat()])
    assert result.exit_code in (0, 1), result.output
    results = json.loads((demo_out / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, SCHEMA)
    rules = {r["id"]: r for r in results["rules"]}
    assert rules["ys-statistics-bulletin"]["status"] == "not_applicable"
    assert "县统计局" in rules["ys-statistics-bulletin"]["not_applicable_reason"]
    manual = rules["ys-normative-fields"]
    assert manual["status"] == "fail" and manual["manual"]["evaluator"] == "评估组 张三"
    assert manual["manual"]["effect"] in ("confirms", "overrides") and results["manual_findings"]["entries"] == 1
    # The out-of-remit points leave the base; the rest is scaled back to 100.
    assert results["scoring"]["not_applicable_points"] >= 0.5
    reported = CliRunner().invoke(main, ["report", str(demo_out), "--format", "md"])
    assert reported.exit_code == 0
    md = (demo_out / "report.md").read_text(encoding="utf-8")
    assert "人工核查（评估组 张三，2022-12-10）" in md


def test_an_impossible_date_in_a_pack_is_a_plain_error_with_its_line(tmp_path: Path):
    import shutil

    pack = tmp_path / "pack"
    shutil.copytree(PACK, pack)
    rule = pack / "rules" / "ys-statistics-data.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("max_age: 92d", "max_age: 2022-13-01"), encoding="utf-8")
    got = CliRunner().invoke(main, ["rules", "validate", "--rules", str(pack)])
    assert got.exit_code == 2 and "ys-statistics-data.yaml:9" in got.output and "month must be in 1..12" in got.output
    assert "Traceback" not in got.output
