"""Manual findings (--manual) and rules outside the organ's remit ([not_applicable]): merged
into results.json with their provenance, never a pass without an entry, validated with file:line."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.config import parse_config
from govaudit.engine import evaluate
from govaudit.errors import UserError
from govaudit.manual import check_against, load_manual
from govaudit.resources import bundled
from govaudit.ruleset import configure, load_ruleset
from govaudit.schemacheck import first_problem
from tests.factories import column
from tests.test_coverage import audited_site

AS_OF = date(2026, 9, 30)
MANUAL_RULE = """id: apply-on-time
title: 依申请公开按期答复
failure_title: 依申请公开未按期答复
category: 发布解读
check: manual
params:
  prompt: 依申请公开是否在法定期限内答复（抽查办理台账）
basis: 《中华人民共和国政府信息公开条例》第三十三条
description: 由评估人查阅依申请公开办理台账后录入。
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    dest = tmp_path / "rules"
    shutil.copytree(bundled("rules"), dest)
    (dest / "manual").mkdir()
    (dest / "manual" / "apply-on-time.yaml").write_text(MANUAL_RULE, encoding="utf-8")
    prof = dest / "profiles" / "official-2019.yaml"
    prof.write_text(prof.read_text(encoding="utf-8") + "  apply-on-time: {level: deduction, points: 2, cap: 6}\n", encoding="utf-8")
    return dest


def _site():
    return dataclasses.replace(audited_site(), columns=[column(f"col{i}/", f"栏目{i}", "2026-09-25") for i in range(10)])


def _sheet(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "manual.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _rule(results: dict, rule_id: str) -> dict:
    return next(r for r in results["rules"] if r["id"] == rule_id)


def test_a_manual_item_without_an_entry_is_incomplete_and_can_cost_its_cap(pack: Path):
    results = evaluate(_site(), load_ruleset(pack), AS_OF)
    item = _rule(results, "apply-on-time")
    assert item["status"] == "incomplete" and "需人工核查" in item["results"][0]["message"]
    without = evaluate(_site(), load_ruleset(), AS_OF)
    assert results["score_range"]["max"] == without["score_range"]["max"]
    assert results["score"] == without["score"] - 6  # the worst case loses the item's cap, never passes it
    assert first_problem(results, "results.schema.json") is None


def test_an_entry_decides_the_item_with_its_provenance(pack: Path, tmp_path: Path):
    path = _sheet(tmp_path, """evaluator: 李四
date: 2026-09-28
findings:
  - rule: apply-on-time
    item: "3.2"
    status: fail
    count: 2
    evidence: 依申请公开办理台账 2026 年第 3 页
    note: 两件超期答复
""")
    ruleset = load_ruleset(pack)
    sheet = load_manual(path)
    check_against(sheet, {r.id: r for r in ruleset.rules}, "official-2019")
    results = evaluate(_site(), ruleset, AS_OF, manual=sheet)
    item = _rule(results, "apply-on-time")
    assert item["status"] == "fail"
    assert item["manual"]["effect"] == "entered" and item["manual"]["evaluator"] == "李四" and item["manual"]["item"] == "3.2"
    assert item["manual"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    finding = item["results"][0]
    assert finding["source"] == "manual" and finding["message"].startswith("人工核查（李四，2026-09-28）")
    assert len(item["results"]) == 1  # what counts; the "needs a person" finding is kept in the record
    assert item["manual"]["automatic_results"][0]["data"]["needs_person"] is True
    deduction = next(d for d in results["scoring"]["deductions"] if d["rule"] == "apply-on-time")
    assert (deduction["points"], deduction["failures"]) == (4.0, 2)
    assert results["manual_findings"]["entries"] == 1
    assert first_problem(results, "results.schema.json") is None


def test_an_entry_can_override_or_confirm_an_automatic_result(tmp_path: Path):
    ruleset = load_ruleset()
    auto = _rule(evaluate(_site(), ruleset, AS_OF), "meta-tags")
    other = "pass" if auto["status"] != "pass" else "fail"
    for status, effect in ((other, "overrides"), (auto["status"], "confirms")):
        sheet = load_manual(_sheet(tmp_path, f"""findings:
  - rule: meta-tags
    status: {status}
    evidence: 人工查看首页源代码
    evaluator: 王五
    date: 2026-09-29
"""))
        got = _rule(evaluate(_site(), ruleset, AS_OF, manual=sheet), "meta-tags")
        assert (got["status"], got["manual"]["effect"], got["manual"]["automatic_status"]) == (status, effect, auto["status"])
        assert got["manual"]["automatic_results"] == auto["results"] and len(got["results"]) == 1


@pytest.mark.parametrize("text, where, words", [
    ("findings:\n  - rule: apply-on-time\n    status: failed\n    evidence: e\n    evaluator: a\n    date: 2026-09-01\n", ":3:", "status must be one of"),
    ("findings:\n  - rule: apply-on-time\n    status: fail\n    evidence: e\n    evaluator: a\n    date: 2026-09-01\n    score: 3\n", ":7:", "unknown key 'score'"),
    ("findings:\n  - rule: apply-on-time\n    status: fail\n    evaluator: a\n    date: 2026-09-01\n", ":2:", "needs 'evidence'"),
    ("findings:\n  - rule: apply-on-time\n    status: fail\n    evidence: e\n    date: 2026-09-01\n", ":2:", "'evaluator'"),
    ("evaluator: a\ndate: 2026-09-01\nfindings: []\n", ":3:", "non-empty list"),
    ("evaluator: a\ndate: 2026-13-01\nfindings:\n  - {rule: x, status: pass, evidence: e}\n", ":2:", "not a valid value"),
    ("evaluator: a\ndate: 1 May\nfindings:\n  - {rule: x, status: pass, evidence: e}\n", ":2:", "'date' must be a date"),
    ("findings:\n  - {rule: x, status: pass, evidence: e, evaluator: a, date: 2026-09-01, count: 2}\n", ":2:", "'count' counts failed"),
    ("findings: [\n", ":", "malformed YAML"),
    ("reviewer: a\nfindings: []\n", ":1:", "unknown key 'reviewer'"),
])
def test_a_bad_manual_file_is_a_plain_error_with_file_and_line(tmp_path: Path, text: str, where: str, words: str):
    with pytest.raises(UserError) as info:
        load_manual(_sheet(tmp_path, text))
    assert f"manual.yaml{where}" in str(info.value) and words in str(info.value)


def test_entries_must_name_rules_of_the_profile_and_fit_their_cap(pack: Path, tmp_path: Path):
    rules = {r.id: r for r in load_ruleset(pack).rules}
    base = "findings:\n  - {rule: %s, status: fail, evidence: e, evaluator: a, date: 2026-09-01%s}\n"
    with pytest.raises(UserError, match=r"manual.yaml:2: no rule 'apply-late'"):
        check_against(load_manual(_sheet(tmp_path, base % ("apply-late", ""))), rules, "official-2019")
    with pytest.raises(UserError, match="exceed its cap 6"):
        check_against(load_manual(_sheet(tmp_path, base % ("apply-on-time", ", points: 7"))), rules, "official-2019")
    with pytest.raises(UserError, match="used only by the official"):
        check_against(load_manual(_sheet(tmp_path, base % ("apply-on-time", ", points: 2"))), rules, "weighted", None, "weighted")


def test_the_cli_refuses_a_bad_manual_file_with_exit_2(tmp_path: Path):
    bad = _sheet(tmp_path, "findings:\n  - {rule: meta-tags, status: maybe, evidence: e, evaluator: a, date: 2026-09-01}\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "site.json").write_text("{}", encoding="utf-8")
    got = CliRunner().invoke(main, ["check", str(out), "--manual", str(bad)])
    assert got.exit_code == 2 and "manual.yaml:2" in got.output and "Traceback" not in got.output


# --- not applicable by remit ---

def test_a_rule_outside_the_remit_is_not_applicable_with_its_reason():
    config = parse_config({"not_applicable": {"normative-doc-metadata": "本部门无行政规范性文件制定职能"}}, "govaudit.toml")
    results = evaluate(_site(), configure(load_ruleset(), config), AS_OF)
    rule = _rule(results, "normative-doc-metadata")
    assert rule["status"] == "not_applicable" and rule["results"] == []
    assert rule["not_applicable_reason"] == "本部门无行政规范性文件制定职能" and "本部门无行政规范性文件制定职能" in rule["summary"]
    assert first_problem(results, "results.schema.json") is None
    json.dumps(results, allow_nan=False)


@pytest.mark.parametrize("data, words", [
    ({"not_applicable": {"no-such-rule": "无此职能"}}, "[not_applicable]: no rule 'no-such-rule'"),
    ({"not_applicable": {"meta-tags": ""}}, "give the reason"),
    ({"not_applicable": ["meta-tags"]}, "must be a table"),
])
def test_not_applicable_needs_a_known_rule_and_a_reason(data: dict, words: str):
    with pytest.raises(UserError) as info:
        configure(load_ruleset(), parse_config(data, "govaudit.toml"))
    assert str(info.value).startswith("govaudit.toml: ") and words in str(info.value)


def test_an_entry_for_a_rule_outside_the_remit_is_refused(tmp_path: Path):
    config = parse_config({"not_applicable": {"meta-tags": "由上级单位统一维护网站模板"}}, "govaudit.toml")
    ruleset = configure(load_ruleset(), config)
    sheet = load_manual(_sheet(tmp_path, "findings:\n  - {rule: meta-tags, status: pass, evidence: e, evaluator: a, date: 2026-09-01}\n"))
    with pytest.raises(UserError, match=r"manual.yaml:2: rule 'meta-tags' is outside this organ's remit"):
        check_against(sheet, {r.id: r for r in ruleset.rules}, "official-2019", ruleset.not_applicable)


def _reports(results: dict, tmp_path: Path) -> tuple[str, str]:
    from govaudit.report import write_reports
    html, md = write_reports(results, tmp_path / "out", ["html", "md"])
    return html.read_text(encoding="utf-8"), md.read_text(encoding="utf-8")


def test_reports_mark_manual_findings_with_a_badge(pack: Path, tmp_path: Path):
    sheet = load_manual(_sheet(tmp_path, """evaluator: 李四
date: 2026-09-28
findings:
  - {rule: apply-on-time, status: fail, evidence: 办理台账第 3 页}
"""))
    results = evaluate(_site(), load_ruleset(pack), AS_OF, manual=sheet)
    html, md = _reports(results, tmp_path)
    assert html.count('<span class="badge manual-badge">人工核查</span>') == 2  # the rule's heading and its finding
    assert "〔人工核查〕 · 依申请公开未按期答复" in md and "- **不通过** 〔人工核查〕 人工核查（李四" in md
    # Automatic findings carry no badge.
    plain, plain_md = _reports(evaluate(_site(), load_ruleset(pack), AS_OF), tmp_path)
    assert "manual-badge\">" not in plain and "〔人工核查〕" not in plain_md


def test_entries_for_a_site_not_audited_are_listed_but_never_graded(pack: Path, tmp_path: Path):
    from tests.factories import page
    model = _site()
    model = dataclasses.replace(model, pages=[page("", "error", "", "not_found", 404), *model.pages[1:]])
    sheet = load_manual(_sheet(tmp_path, """evaluator: 李四
date: 2026-09-28
findings:
  - {rule: apply-on-time, item: "3.2", status: pass, evidence: 办理台账第 3 页}
"""))
    results = evaluate(model, load_ruleset(pack), AS_OF, manual=sheet)
    assert results["verdict"]["code"] == "not_audited" and results["score"] is None and results["rules"] == []
    assert results["manual_findings"]["not_applied"] == [{"rule": "apply-on-time", "status": "pass", "evaluator": "李四",
                                                          "date": "2026-09-28", "evidence_ref": "办理台账第 3 页", "line": 4,
                                                          "item": "3.2"}]
    assert first_problem(results, "results.schema.json") is None
    html, md = _reports(results, tmp_path)
    assert "已载入的人工核查记录（未计入）" in html and "办理台账第 3 页" in html
    assert "已载入的人工核查记录（未计入" in md and "`apply-on-time`（指标 3.2）：通过" in md
    # On an audited site the entries are applied, not listed apart.
    audited = evaluate(_site(), load_ruleset(pack), AS_OF, manual=sheet)
    assert "not_applied" not in audited["manual_findings"]
