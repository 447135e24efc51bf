"""The shipped suqian-dept-2026 pack (all 67 items of the 2026 宿迁市政务公开监测指标（部门）): every
item of the source is checked by a rule, its profile reproduces the shares and deductions the table
prints, and an audit of the demo site with it, a department's remit and manual findings runs."""

from __future__ import annotations

import csv
import json
import math
import re
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
PACK = ROOT / "packs" / "suqian-dept-2026"
SCHEMA = json.loads((ROOT / "govaudit" / "schemas" / "results.schema.json").read_text(encoding="utf-8"))
SOURCE = {r["item"]: r for r in csv.DictReader((PACK / "SOURCE.csv").open(encoding="utf-8"))}
# Items that need a person, and the two crawl-checkable ones the model cannot express (search queries).
MANUAL_ITEMS = {"A-002", "A-006", "A-008", "B-046", "B-047", "B-048", "B-049", "B-050", "D-063", "D-064"}
NOT_EXPRESSIBLE = {"D-059", "D-060"}
PER_SUBJECT = re.compile(r"每|发现1|1项|1例|一处")  # “每发现1项”“发现1例”“缺失1项”“存在一处”: per failed subject


def _item_of(rule) -> str:
    return re.search(r"条目 ([A-E]-\d{3})", rule.basis).group(1)


def _printed(text: str) -> set[tuple[float, bool]]:
    """(points, per subject?) of every deduction clause of an item's text."""
    out = set()
    for clause in re.split(r"[；。]", text):
        for m in re.finditer(r"扣(\d+(?:\.\d+)?)分", clause):
            # The deduction's own phrase: its comma segment and the one before (“每发现1项，扣0.2分”).
            phrase = "，".join(clause[:m.end()].split("，")[-2:])
            out.add((float(m.group(1)), bool(PER_SUBJECT.search(phrase))))
    return out


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset(PACK, "suqian-dept-2026")


def test_every_item_of_the_checklist_is_checked_by_a_rule(ruleset):
    assert len(SOURCE) == 67
    pack_rules = [r for r in ruleset.rules if r.id.startswith("sq-")]
    covered = {_item_of(r) for r in pack_rules}
    assert covered == set(SOURCE)
    manual = {_item_of(r) for r in pack_rules if r.check == "manual"}
    automatic = {_item_of(r) for r in pack_rules if r.check != "manual"}
    assert MANUAL_ITEMS | NOT_EXPRESSIBLE <= manual and not (MANUAL_ITEMS | NOT_EXPRESSIBLE) & automatic
    crawl_checkable = set(SOURCE) - MANUAL_ITEMS
    assert len(automatic) / len(crawl_checkable) >= 0.9  # 55 of 57
    items_md = (PACK / "ITEMS.md").read_text(encoding="utf-8")
    assert all(f"| {item} |" in items_md for item in SOURCE)
    # Each rule quotes its item's text in its basis.
    for rule in pack_rules:
        assert SOURCE[_item_of(rule)]["text"].strip() in rule.basis, rule.id


def test_the_profile_reproduces_the_printed_shares_and_deductions(ruleset):
    p = ruleset.profile
    for row in SOURCE.values():
        top = re.match(r"[一二三四五]、(.+)（(\d+)%）", row["section"])
        assert p.category_caps[top.group(1)] == float(top.group(2))
    assert sum(p.category_caps[t] for t in ("主动公开", "依申请公开", "政策解读与政民互动", "平台建设", "创新引领")) == p.base == 100
    assert p.pass_mark is None and p.not_applicable == "exclude"
    for rule in (r for r in ruleset.rules if r.id.startswith("sq-")):
        item = _item_of(rule)
        if item == "B-050":  # scored directly by the city office: the evaluator enters the points
            assert rule.points == 0 and math.isinf(rule.cap)
            continue
        printed = _printed(SOURCE[item]["text"])
        per_subject = math.isinf(rule.cap)
        assert (rule.points, per_subject) in printed, (rule.id, rule.points, rule.cap, printed)
        assert per_subject or rule.cap == rule.points or rule.group, rule.id
    # A-005's “未及时发布的，扣0.5分”: not published and published late share one deduction.
    by_id = {r.id: r for r in ruleset.rules}
    assert p.groups["年报及时发布"] == 0.5
    assert {by_id["sq-annual-report-present"].group, by_id["sq-annual-report-timely"].group} == {"年报及时发布"}


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site_dir = tmp_path_factory.mktemp("site")
    out = tmp_path_factory.mktemp("out")
    generate_site(site_dir)
    with serve(site_dir) as base:
        result = CliRunner().invoke(main, ["audit", base, "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(),
                                           "--rate", "0", "--concurrency", "4", "--format", "json",
                                           "--rules", str(PACK), "--profile", "suqian-dept-2026",
                                           "--config", str(PACK / "examples" / "department.toml"),
                                           "--manual", str(PACK / "examples" / "manual.yaml")])
    assert result.exit_code in (0, 1), result.output
    return out


def test_an_audit_of_the_demo_site_with_remit_and_manual_findings(demo_out: Path):
    results = json.loads((demo_out / "results.json").read_text(encoding="utf-8"))
    jsonschema.validate(results, SCHEMA)
    assert results["verdict"]["code"] == "graded" and results["grade"]
    assert results["score_range"]["min"] <= results["score"] <= results["score_range"]["max"]
    rules = {r["id"]: r for r in results["rules"]}
    # Out of the department's remit: recorded with the reason, its points leave the base.
    assert rules["sq-land-acquisition"]["status"] == "not_applicable"
    assert "土地征收" in rules["sq-land-acquisition"]["not_applicable_reason"]
    assert results["scoring"]["not_applicable_points"] > 0
    # Manual entries: a count, a directly entered deduction, a pass; the rest stay incomplete.
    assert rules["sq-apply-on-time"]["status"] == "fail" and rules["sq-apply-on-time"]["manual"]["evaluator"] == "评估组 王五"
    assert rules["sq-apply-cooperation"]["status"] == "fail"
    assert rules["sq-site-search"]["status"] == "pass"
    assert results["manual_findings"]["entries"] == 13
    assert rules["sq-training"]["status"] == "incomplete"  # no entry: never a pass
    # Planted defect of the demo site: a normative document without 有效性.
    assert rules["sq-normative-validity"]["status"] == "fail"


def test_rules_show_says_a_rule_without_a_cap_of_its_own_is_capped_by_its_indicator():
    shown = CliRunner().invoke(main, ["rules", "show", "sq-feedback-reasons", "--rules", str(PACK)])
    assert shown.exit_code == 0, shown.output
    assert "每项扣 0.2 分，本项不设上限（由所在指标封顶）；指标 决策公开（满分 40） ⊂ 主动公开（满分 40）" in shown.output
    assert "最多扣 none" not in shown.output
