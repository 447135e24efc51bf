"""The shipped huoqiu-zwgk pack (the 决策 rows of the 霍邱县政务公开测评指标 table): its cases pass,
its profile reproduces the table's row weights and item points, and an audit of the demo site with
it runs, gives a grade and judges the items the demo site's content decides."""

from __future__ import annotations

import json
import math
import shutil
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
PACK = ROOT / "packs" / "huoqiu-zwgk"
SCHEMA = json.loads((ROOT / "govaudit" / "schemas" / "results.schema.json").read_text(encoding="utf-8"))
# The table's rows (二级指标 → 权重) and the points printed as 【n分】 beside each 考察点 (rule id → points).
ROWS = {"部门文件": 10, "规范性文件立改废": 4, "意见征集": 8, "意见反馈": 8}
ITEM_POINTS = {"hq-normative-published": 2, "hq-other-docs-published": 2, "hq-normative-interpretation": 2,
               "hq-other-docs-interpretation": 1, "hq-normative-fields": 1, "hq-consult-draft": 2,
               "hq-consult-basis": 2, "hq-consult-period": 1, "hq-consult-channels": 2,
               "hq-consult-explanation": 2, "hq-consult-forms": 1}
MANUAL = {"hq-consult-forms"}


def test_the_profile_reproduces_the_table_points():
    ruleset = load_ruleset(PACK, "huoqiu-zwgk")
    p = ruleset.profile
    by_id = {r.id: r for r in ruleset.rules}
    for rule_id, points in ITEM_POINTS.items():
        assert (by_id[rule_id].points, by_id[rule_id].cap) == (points, points), rule_id  # all or nothing
    for row, weight in ROWS.items():
        assert p.category_caps[row] == weight, row
    assert p.category_caps["政策法规"] == 14 and p.category_caps["重大决策预公开"] == 16
    # 考察点 3 (WORD, PDF, 咨询渠道) is one item of 2 points, shared by three rules.
    assert p.groups["文本下载与咨询"] == 2
    assert {by_id[i].group for i in ("hq-normative-word", "hq-normative-pdf", "hq-normative-inquiry")} == {"文本下载与咨询"}
    # The 部门文件 row's printed item points add up to its weight.
    row_items = [r for r in ruleset.rules if r.category == "部门文件" and r.group is None]
    assert math.isclose(sum(r.cap for r in row_items) + p.groups["文本下载与咨询"], ROWS["部门文件"])
    assert {r.id for r in ruleset.rules if r.check == "manual"} == MANUAL
    assert p.pass_mark is None


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    out = tmp_path_factory.mktemp("out")
    generate_site(site_dir)
    with serve(site_dir) as base:
        result = CliRunner().invoke(main, ["audit", base, "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(),
                                           "--rate", "0", "--concurrency", "4", "--format", "json",
                                           "--rules", str(PACK), "--profile", "huoqiu-zwgk"])
    assert result.exit_code in (0, 1), result.output
    return out


def _statuses(rule: dict) -> set[str]:
    return {f["status"] for f in rule.get("findings", [])} | {rule["status"]}


def test_an_audit_of_the_demo_site_with_the_pack(demo_out: Path):
    results = json.loads((demo_out / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, SCHEMA)
    assert results["verdict"]["code"] == "graded" and results["grade"]
    assert results["score_range"]["min"] <= results["score"] <= results["score_range"]["max"]
    rules = {r["id"]: r for r in results["rules"]}
    # The demo site's disclosure hub has a 行政规范性文件 column.
    assert rules["hq-normative-published"]["status"] == "pass"
    # Its normative documents carry PDF texts but never a WORD text.
    assert rules["hq-normative-word"]["status"] == "fail"
    # It published a 行政规范性文件清理结果 on 2026-06-30, within a quarter of the audit date.
    assert rules["hq-normative-cleanup"]["status"] == "pass"
    # Planted defects: one normative document lacks 有效性, one has no interpretation.
    assert rules["hq-normative-fields"]["status"] == "fail"
    assert rules["hq-normative-interpretation"]["status"] == "fail"
    # The demo site publishes no 重大决策 consultation: nothing located is no evidence, never a fail.
    assert rules["hq-consult-draft"]["status"] == "incomplete"
    assert rules["hq-feedback-paired"]["status"] == "incomplete"
    # Items that need a person are incomplete without an entry, never a pass.
    for rule_id in MANUAL:
        assert rules[rule_id]["status"] == "incomplete", rule_id


def test_manual_findings_complete_the_audit(demo_out: Path, tmp_path: Path):
    demo_out = Path(shutil.copytree(demo_out, tmp_path / "out"))  # the module's audit stays as it was
    result = CliRunner().invoke(main, ["check", str(demo_out), "--rules", str(PACK), "--profile", "huoqiu-zwgk",
                                       "--manual", str(PACK / "examples" / "manual.yaml"),
                                       "--as-of", DEMO_AS_OF.isoformat()])
    assert result.exit_code in (0, 1), result.output
    results = json.loads((demo_out / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, SCHEMA)
    rules = {r["id"]: r for r in results["rules"]}
    assert rules["hq-normative-published"]["status"] == "fail"
    assert rules["hq-normative-published"]["manual"]["effect"] == "overrides"
    assert rules["hq-consult-forms"]["status"] == "fail"
    assert rules["hq-consult-forms"]["manual"]["evaluator"] == "评估组 李四"
    assert results["manual_findings"]["entries"] == 3
