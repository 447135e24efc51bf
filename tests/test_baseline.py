"""--baseline: findings marked new / updated / unchanged against an earlier results.json, the
resolved ones listed, whatever the order, the URL spelling or the message wording; the exit
codes of --fail-on-new; bad baseline files."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from govaudit.baseline import Baseline, compare, load_baseline
from govaudit.cli import main
from govaudit.cliutil import exit_code, summary_line
from govaudit.errors import UserError
from govaudit.jsonio import write_json_atomic
from govaudit.schemacheck import first_problem

FIXTURE = Path(__file__).parent / "report" / "fixtures" / "results.json"


@pytest.fixture
def results() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def _rule(results: dict[str, Any], rule_id: str) -> dict[str, Any]:
    return next(r for r in results["rules"] if r["id"] == rule_id)


def _states(results: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(rule["id"], r["subject"]): r["baseline"] for rule in results["rules"] for r in rule["results"] if "baseline" in r}


def _respelled(url: str) -> str:
    """The same URL written another way: host case, default port, index.html, tracking parameters."""
    if not url.startswith("https://www.yunxi-demo.gov.cn/"):
        return url
    path, hash_mark, fragment = url.removeprefix("https://www.yunxi-demo.gov.cn").partition("#")
    if path.endswith("/"):
        path += "index.html"
    return f"https://WWW.Yunxi-Demo.gov.cn:443{path}?utm_source=wechat&spm=1.2{hash_mark}{fragment}"


def test_same_findings_reordered_respelled_and_reworded_are_all_unchanged(results):
    earlier = copy.deepcopy(results)
    earlier["rules"].reverse()
    for rule in earlier["rules"]:
        rule["results"].reverse()
        for r in rule["results"]:
            r["subject"] = _respelled(r["subject"])
            r["url"] = _respelled(r["url"])
            r["message"] = "旧版本的措辞：" + r["message"]
            r["evidence"]["snippet"] = "上次抓取的摘录"
    marked = compare(results, Baseline("old/results.json", earlier))
    states = _states(marked)
    findings = [(rule["id"], r["subject"]) for rule in results["rules"] for r in rule["results"]
                if r["status"] in ("fail", "warn", "error", "incomplete")]
    assert sorted(states) == sorted(findings) and len(findings) == 10
    assert set(states.values()) == {"unchanged"}
    assert marked["baseline"]["counts"] == {"new": 0, "updated": 0, "unchanged": 10, "resolved": 0, "not_seen": 0}
    assert marked["baseline"]["resolved"] == [] and marked["baseline"]["source"] == "old/results.json"
    assert first_problem(marked, "results.schema.json") is None


def test_fragments_name_different_findings(results):
    """…/ndbg/#2023 and …/ndbg/#2022 are two annual reports, not one page."""
    earlier = copy.deepcopy(results)
    reports = _rule(results, "missing-annual-reports")["results"]
    reports[0]["status"], reports[1]["status"] = "pass", "fail"  # 2023 published now, 2022 found missing
    marked = compare(results, Baseline("b", earlier))
    assert _states(marked)[("missing-annual-reports", "https://www.yunxi-demo.gov.cn/zwgk/ndbg/#2022")] == "new"
    (gone,) = marked["baseline"]["resolved"]
    assert gone["subject"].endswith("#2023") and gone["now"] == "pass" and gone["rule"] == "missing-annual-reports"


def test_new_resolved_not_seen_and_changed_findings(results):
    earlier = copy.deepcopy(results)
    current = copy.deepcopy(results)
    stale = _rule(current, "stale-news-columns")["results"]
    stale[0]["status"] = "pass"  # fixed: checked again and passes → resolved
    stale[1]["status"] = "fail"  # a 预警 now failing → new
    metadata = _rule(current, "normative-doc-metadata")
    del metadata["results"][1]  # not examined this time (budget): not shown as fixed
    _rule(current, "late-annual-reports")["results"][1]["status"] = "fail"  # a pass now failing → new
    _rule(current, "unlinked-interpretations")["results"][0]["status"] = "warn"  # undecided → 预警: new
    _rule(current, "missing-interpretations")["results"][0]["status"] = "incomplete"  # error → incomplete: no worse
    empty = _rule(earlier, "empty-columns")["results"]
    empty[1]["status"] = "warn"  # was a 预警, now fails → new
    marked = compare(current, Baseline("b", earlier))
    states = _states(marked)
    site = "https://www.yunxi-demo.gov.cn"
    assert states[("stale-news-columns", f"{site}/xwzx/bmdt/")] == "new"
    assert states[("late-annual-reports", _rule(current, "late-annual-reports")["results"][1]["subject"])] == "new"
    assert states[("unlinked-interpretations", f"{site}/zwgk/zcjd/")] == "new"
    assert states[("empty-columns", f"{site}/zwgk/zdly/hbxx/")] == "new"
    changed = _rule(marked, "missing-interpretations")["results"][0]
    assert changed["baseline"] == "updated" and changed["baseline_was"] == "error"
    assert _rule(marked, "empty-columns")["results"][1]["baseline_was"] == "warn"
    assert "baseline_was" not in _rule(marked, "normative-doc-metadata")["results"][0]
    assert marked["coverage"]["budget_exhausted"]  # the crawl stopped early: a subject with no result is not seen
    resolved = {(g["rule"], g["now"], g["state"]) for g in marked["baseline"]["resolved"]}
    assert resolved == {("stale-news-columns", "pass", "resolved"), ("normative-doc-metadata", None, "not_seen")}
    assert marked["baseline"]["counts"] == {"new": 4, "updated": 1, "unchanged": 4, "resolved": 1, "not_seen": 1}
    assert first_problem(marked, "results.schema.json") is None


def test_a_finding_with_no_result_is_resolved_only_when_the_crawl_covered_the_site(results):
    """Checks list only the problems they find (a dead link fixed leaves no result): gone from a
    complete crawl is resolved; gone from a crawl that stopped early is not seen, not fixed."""
    earlier = copy.deepcopy(results)
    _rule(earlier, "broken-links")["results"].append(
        {**_rule(earlier, "broken-links")["results"][0], "subject": "https://www.yunxi-demo.gov.cn/old.html", "status": "fail"})
    for exhausted, state in ((True, "not_seen"), (False, "resolved")):
        results["coverage"]["budget_exhausted"] = exhausted
        (gone,) = compare(results, Baseline("b", earlier))["baseline"]["resolved"]
        assert (gone["subject"], gone["now"], gone["state"]) == ("https://www.yunxi-demo.gov.cn/old.html", None, state)


def test_findings_of_rules_not_evaluated_now_are_not_resolved(results):
    earlier = copy.deepcopy(results)
    results["rules"] = [r for r in results["rules"] if r["id"] != "empty-columns"]  # disabled in the configuration
    marked = compare(results, Baseline("b", earlier))
    assert marked["baseline"]["resolved"] == []


def test_marking_again_replaces_earlier_marks(results):
    earlier = copy.deepcopy(results)
    first = compare(results, Baseline("b", {**earlier, "rules": []}))
    assert set(_states(first).values()) == {"new"}
    again = compare(first, Baseline("b", earlier))
    assert set(_states(again).values()) == {"unchanged"} and again["baseline"]["counts"]["new"] == 0


def test_fail_on_new_counts_only_new_findings_at_or_above_the_level(results):
    results["verdict"] = {"code": "graded", "label": "不合格", "reasons": []}
    base = Baseline("b", copy.deepcopy(results))
    marked = compare(results, base)
    assert exit_code(marked, "deduction") == 1  # the old findings fail the site
    assert exit_code(marked, "deduction", fail_on_new=True) == 0  # none of them is new (the grade is not counted)
    footer = _rule(results, "footer-identifiers")["results"][0]
    footer["status"] = "fail"  # a new info-level failure
    marked = compare(results, base)
    assert exit_code(marked, "deduction", fail_on_new=True) == 0
    assert exit_code(marked, "info", fail_on_new=True) == 1
    footer["waiver"] = {"rule": "footer-identifiers", "subject": footer["subject"], "reason": "r", "owner": "o",
                        "expires": "2099-01-01", "expired": False}
    marked = compare(results, base)
    assert _rule(marked, "footer-identifiers")["results"][0]["baseline"] == "new"
    assert exit_code(marked, "info", fail_on_new=True) == 0  # waived findings never count
    _rule(results, "broken-links")["results"][0]["status"] = "fail"  # a new deduction-level failure
    marked = compare(results, base)
    assert exit_code(marked, "deduction", fail_on_new=True) == 1
    assert exit_code(marked, "veto", fail_on_new=True) == 0
    results["verdict"] = {"code": "undetermined", "label": "待定", "reasons": []}
    assert exit_code(compare(results, base), "deduction", fail_on_new=True) == 2  # no verdict is never a pass


def test_summary_line_counts_statuses_and_baseline_states(results):
    line = summary_line(results)
    assert line.startswith("govaudit: 不合格 score=0 fail=7 error=1 incomplete=1 warn=1 pass=14 not_applicable=1 waived=0")
    assert "new=" not in line
    marked = compare(results, Baseline("b", {**results, "rules": []}))
    assert summary_line(marked).endswith("new=10 updated=0 unchanged=0 resolved=0 not_seen=0")


@pytest.mark.parametrize(("content", "message"), [
    (None, "does not exist"),
    ("{not json", "is not JSON"),
    ('{"rules": []}', "is not a govaudit results.json ($: missing"),
    ("[1, 2]", "is not a govaudit results.json ($: expected object"),
])
def test_a_bad_baseline_is_one_plain_sentence(tmp_path, content, message):
    path = tmp_path / "old.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_baseline(path)
    assert message in str(info.value) and str(path) in str(info.value)


def test_a_folder_holding_results_json_is_a_baseline(results, tmp_path):
    write_json_atomic(tmp_path / "results.json", results)
    assert load_baseline(tmp_path).results == results


def _results_dir(tmp_path: Path, results: dict[str, Any]) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    write_json_atomic(out / "results.json", results)
    return out


def test_report_cli_marks_every_format_and_bad_baselines_exit_2(results, tmp_path):
    out = _results_dir(tmp_path, results)
    earlier = copy.deepcopy(results)
    _rule(earlier, "broken-links")["results"][0]["status"] = "fail"  # fixed since
    del _rule(earlier, "empty-columns")["results"][1]  # new since
    write_json_atomic(tmp_path / "old.json", earlier)
    runner = CliRunner()
    done = runner.invoke(main, ["report", str(out), "--format", "json,md,junit,sarif,csv,html", "--baseline",
                                str(tmp_path / "old.json"), "--summary", "--quiet"])
    assert done.exit_code == 0, done.output
    assert done.output.strip().splitlines() == [done.output.strip()]  # quiet: the summary line only
    assert "new=1 updated=0 unchanged=9 resolved=1 not_seen=0" in done.output
    marked = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert marked["baseline"]["counts"]["new"] == 1 and first_problem(marked, "results.schema.json") is None
    for bad, why in ((tmp_path / "missing.json", "does not exist"), (out / "report.md", "is not JSON")):
        failed = runner.invoke(main, ["report", str(out), "--baseline", str(bad)])
        assert failed.exit_code == 2 and why in failed.output and "Traceback" not in failed.output
    failed = runner.invoke(main, ["check", str(out), "--fail-on-new"])
    assert failed.exit_code == 2 and "--fail-on-new needs --baseline" in failed.output
