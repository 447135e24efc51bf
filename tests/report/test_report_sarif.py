"""SARIF 2.1.0 output.

The official SARIF 2.1.0 JSON schema is not available offline here, so the log is validated
against the subset of it this writer uses, transcribed from the OASIS SARIF 2.1.0 standard
(required properties, enums, closed objects), plus the rules code-scanning services add
(ruleIndex points at the rule, partialFingerprints stable across runs)."""

import copy
import json
from urllib.parse import unquote

import jsonschema

from govaudit.report import write_reports
from govaudit.report.sarif_report import FINGERPRINT_KEY

_MESSAGE = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
_LOCATION = {"type": "object", "additionalProperties": False, "properties": {
    "id": {"type": "integer", "minimum": -1}, "message": _MESSAGE,
    "physicalLocation": {"type": "object", "additionalProperties": False, "properties": {
        "artifactLocation": {"type": "object", "required": ["uri"], "additionalProperties": False,
                             "properties": {"uri": {"type": "string", "format": "uri-reference", "pattern": r"^[\x21-\x7e]+$"}}}}}}}
_LEVEL = {"enum": ["none", "note", "warning", "error"]}
SARIF_SUBSET = {
    "type": "object", "required": ["version", "runs"], "additionalProperties": False,
    "properties": {
        "$schema": {"type": "string"}, "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["tool"], "additionalProperties": False,
            "properties": {
                "tool": {"type": "object", "required": ["driver"], "properties": {"driver": {
                    "type": "object", "required": ["name"], "properties": {
                        "name": {"type": "string"}, "version": {"type": "string"},
                        "rules": {"type": "array", "items": {
                            "type": "object", "required": ["id"], "additionalProperties": False, "properties": {
                                "id": {"type": "string"}, "shortDescription": _MESSAGE, "fullDescription": _MESSAGE,
                                "help": _MESSAGE, "properties": {"type": "object"},
                                "defaultConfiguration": {"type": "object", "properties": {"level": _LEVEL}}}}}}}}},
                "invocations": {"type": "array", "items": {
                    "type": "object", "required": ["executionSuccessful"], "properties": {
                        "executionSuccessful": {"type": "boolean"},
                        "toolExecutionNotifications": {"type": "array", "items": {
                            "type": "object", "required": ["message"],
                            "properties": {"message": _MESSAGE, "level": _LEVEL}}}}}},
                "results": {"type": "array", "items": {
                    "type": "object", "required": ["message"], "additionalProperties": False, "properties": {
                        "ruleId": {"type": "string"}, "ruleIndex": {"type": "integer", "minimum": -1},
                        "kind": {"enum": ["notApplicable", "pass", "fail", "review", "open", "informational"]},
                        "level": _LEVEL, "message": _MESSAGE,
                        "baselineState": {"enum": ["new", "unchanged", "updated", "absent"]},
                        "locations": {"type": "array", "items": _LOCATION},
                        "relatedLocations": {"type": "array", "items": _LOCATION},
                        "partialFingerprints": {"type": "object", "additionalProperties": {"type": "string"}},
                        "suppressions": {"type": "array", "items": {
                            "type": "object", "required": ["kind"], "properties": {
                                "kind": {"enum": ["inSource", "external"]},
                                "status": {"enum": ["accepted", "underReview", "rejected"]},
                                "justification": {"type": "string"}}}},
                        "properties": {"type": "object"}}}},
                "properties": {"type": "object"}}}}}}


def _sarif(results, tmp_path):
    (path,) = write_reports(results, tmp_path, ["sarif"])
    assert path.name == "report.sarif"
    log = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(log, SARIF_SUBSET, format_checker=jsonschema.FormatChecker())
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert (result["level"] != "none") == (result["kind"] == "fail")  # SARIF §3.27.10
    return run


def test_rules_carry_help_from_the_rule_files(results, tmp_path):
    run = _sarif(results, tmp_path)
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert list(rules) == [r["id"] for r in results["rules"]]
    for rule in results["rules"]:
        if rule.get("basis"):
            assert rule["basis"] in rules[rule["id"]]["help"]["text"]
        if rule.get("description"):
            assert rule["description"] in rules[rule["id"]]["help"]["text"]
    assert rules["stale-news-columns"]["defaultConfiguration"]["level"] == "error"
    assert rules["footer-identifiers"]["defaultConfiguration"]["level"] == "note"


def test_every_problem_is_a_result_at_its_evidence_url_and_passes_are_left_out(results, tmp_path):
    run = _sarif(results, tmp_path)
    expected = [(rule["id"], r) for rule in results["rules"] if rule["level"] != "bonus"
                for r in rule["results"] if r["status"] in ("fail", "warn", "error", "incomplete")]
    assert [(r["ruleId"], r["properties"]["subject"]) for r in run["results"]] == [(i, r["subject"]) for i, r in expected]
    for out, (_, r) in zip(run["results"], expected):
        assert unquote(out["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) == r["evidence"]["url"]
        assert r["message"] in out["message"]["text"]
        assert out["kind"] == {"fail": "fail", "warn": "fail", "error": "open", "incomplete": "open"}[r["status"]]
        assert out["properties"]["archiveRecord"] == r["evidence"]["record"]
        assert out["properties"]["snippet"] == r["evidence"]["snippet"]


def test_fingerprints_survive_reordering_and_rewording_and_differ_by_subject(results, tmp_path):
    first = {(r["ruleId"], r["properties"]["subject"]): r["partialFingerprints"][FINGERPRINT_KEY]
             for r in _sarif(results, tmp_path)["results"]}
    assert len(set(first.values())) == len(first)
    changed = copy.deepcopy(results)
    changed["rules"].reverse()
    for rule in changed["rules"]:
        rule["results"].reverse()
        for r in rule["results"]:
            r["message"] = "改写后的说明：" + r["message"]
    second = {(r["ruleId"], r["properties"]["subject"]): r["partialFingerprints"][FINGERPRINT_KEY]
              for r in _sarif(changed, tmp_path)["results"]}
    assert second == first


def test_waived_findings_are_suppressed_and_non_ascii_urls_are_encoded(results, tmp_path):
    finding = results["rules"][3]["results"][0]
    finding["waiver"] = {"rule": "empty-columns", "subject": finding["subject"], "reason": "栏目已撤销", "owner": "办公室",
                         "expires": "2099-01-01", "expired": False}
    finding["evidence"]["url"] = "https://www.yunxi-demo.gov.cn/搜索 页?q=政务"
    run = _sarif(results, tmp_path)
    out = next(r for r in run["results"] if r["properties"]["subject"] == finding["subject"] and r["ruleId"] == "empty-columns")
    assert out["suppressions"][0]["kind"] == "external" and "栏目已撤销" in out["suppressions"][0]["justification"]
    uri = out["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "https://www.yunxi-demo.gov.cn/%E6%90%9C%E7%B4%A2%20%E9%A1%B5?q=%E6%94%BF%E5%8A%A1"


def test_a_site_not_audited_is_an_unsuccessful_invocation_with_its_reason(results, tmp_path):
    results.update(score=None, grade="无法评估", passed=False, rules=[],
                   verdict={"code": "not_audited", "label": "无法评估",
                            "reasons": [{"code": "start_page_not_observed", "message": "起始页面返回 403"}]})
    run = _sarif(results, tmp_path)
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False and run["results"] == []
    assert "403" in invocation["toolExecutionNotifications"][0]["message"]["text"]
