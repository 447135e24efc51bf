"""SARIF 2.1.0: the findings for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

Every rule is a reportingDescriptor with its title, basis and advice from the rule file as
help; every finding that is not a pass (fail, warn, error, incomplete) is a result located
at its evidence URL (no region: SARIF regions are lines and offsets of a file, and the page
snippet is kept in the result's properties), with a partialFingerprint from rule id + subject so dashboards track it
across runs. Passes are left out (a 3,000-page site has tens of thousands). The verdict goes
into the invocation: a site that was not audited is an unsuccessful execution with its reasons.
With --baseline each result has its baselineState (new, unchanged, updated), and the earlier
findings no longer found are results with baselineState "absent": kind "pass" when resolved,
"open" when not seen (the crawl stopped early, see govaudit.baseline).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from govaudit.baseline import BASELINE_LABELS
from govaudit.report.base import ReportFormat, ReportInput
from govaudit.report.escape import reveal_invisible_in
from govaudit.report.fingerprint import finding_fingerprint
from govaudit.vocab import FINDING_STATUSES, LEVEL_LABELS, STATUS_LABELS

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "govauditFinding/v2"  # v2: URL subjects in their canonical form
# A SARIF uri must be a URI reference: crawled URLs may hold Chinese or spaces, which are
# percent-encoded; characters already meaningful in a URL (and "%") stay.
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~-._"
# SARIF's kind of a finding by status; "open" = the tool could not decide.
_KIND = {"fail": "fail", "warn": "fail", "error": "open", "incomplete": "open"}
# SARIF's level of a failure by the rule's level (only kind "fail" takes a level other than none).
_LEVEL = {"veto": "error", "deduction": "error", "info": "note"}


def render_sarif(data: ReportInput) -> str:
    """The SARIF 2.1.0 log of `data.results`, as JSON text."""
    results = data.results
    rules = results["rules"]
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    found = [_result(rule, index[rule["id"]], r) for rule in rules if rule.get("level") != "bonus"
             for r in rule["results"] if r["status"] in FINDING_STATUSES]
    found += [_absent(g, index[g["rule"]]) for g in (results.get("baseline") or {}).get("resolved", ())
              if g["rule"] in index]
    run = {
        "tool": {"driver": {"name": "govaudit", "version": results["tool_version"],
                            "rules": [_descriptor(rule) for rule in rules]}},
        "invocations": [_invocation(results)],
        "results": found,
        "properties": {"site": results["site"], "asOf": results["as_of"], "score": results["score"],
                       "grade": results["grade"], "ruleset": results["ruleset"], "profile": results["profile"]},
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(reveal_invisible_in(log), ensure_ascii=False, indent=2) + "\n"


def _descriptor(rule: Mapping[str, Any]) -> dict[str, Any]:
    level = rule.get("level") or ""
    help_lines = [f"依据：{rule['basis']}" if rule.get("basis") else "",
                  f"说明与整改：{rule['description']}" if rule.get("description") else ""]
    help_text = "\n\n".join(line for line in help_lines if line) or rule["title"]
    return {
        "id": rule["id"],
        "shortDescription": {"text": rule["title"]},
        "fullDescription": {"text": rule.get("description") or rule["title"]},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": _LEVEL.get(level, "none")},
        "properties": {"category": rule["category"], "level": level, "levelLabel": LEVEL_LABELS.get(level, ""),
                       "tags": [rule["category"]]},
    }


def _result(rule: Mapping[str, Any], rule_index: int, result: Mapping[str, Any]) -> dict[str, Any]:
    status = result["status"]
    kind = _KIND[status]
    evidence = result["evidence"]
    out: dict[str, Any] = {
        "ruleId": rule["id"],
        "ruleIndex": rule_index,
        "kind": kind,
        "level": ("warning" if status == "warn" else _LEVEL.get(rule.get("level") or "", "note")) if kind == "fail" else "none",
        "message": {"text": f"{STATUS_LABELS[status]}：{result['message']}"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(evidence["url"])}}}],
        "partialFingerprints": {FINGERPRINT_KEY: finding_fingerprint(rule["id"], result["subject"])},
        "properties": {"status": status, "subject": result["subject"], "page": result["url"],
                       "fetchedAt": evidence.get("fetched_at"), "archiveRecord": evidence.get("record"),
                       "snippet": evidence.get("snippet")},
    }
    if result.get("baseline"):
        out["baselineState"] = result["baseline"]  # new / unchanged / updated: SARIF's own words
    if result["url"] != evidence["url"]:
        out["relatedLocations"] = [{"id": 1, "physicalLocation": {"artifactLocation": {"uri": _uri(result["url"])}},
                                    "message": {"text": "相关页面"}}]
    waiver = result.get("waiver")
    if waiver:
        out["suppressions"] = [{"kind": "external", "status": "accepted",
                                "justification": f"{waiver['reason']}（负责人 {waiver['owner']}，有效期至 {waiver['expires']}）"}]
    return out


def _absent(gone: Mapping[str, Any], rule_index: int) -> dict[str, Any]:
    """An earlier finding no longer found (govaudit.baseline): resolved, or not seen this run."""
    seen = gone["state"] == "resolved"
    label = BASELINE_LABELS[gone["state"]]
    return {
        "ruleId": gone["rule"], "ruleIndex": rule_index, "kind": "pass" if seen else "open", "level": "none",
        "baselineState": "absent",
        "message": {"text": f"{label}（基线中为{STATUS_LABELS[gone['status']]}）：{gone['message']}"},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(gone["url"])}}}],
        "partialFingerprints": {FINGERPRINT_KEY: gone["fingerprint"]},
        "properties": {"status": gone["now"], "baselineStatus": gone["status"], "subject": gone["subject"], "page": gone["url"]},
    }


def _uri(url: str) -> str:
    return quote(url, safe=_URI_SAFE)


def _invocation(results: Mapping[str, Any]) -> dict[str, Any]:
    verdict = results.get("verdict") or {"code": "graded", "label": results["grade"], "reasons": []}
    audited = verdict["code"] in ("graded", "undetermined")
    notes = [{"level": "error" if not audited else "warning", "message": {"text": f"{verdict['label']}：{r['message']}"}}
             for r in verdict.get("reasons", ())]
    invocation: dict[str, Any] = {"executionSuccessful": audited,
                                  "properties": {"verdict": verdict["code"], "verdictLabel": verdict["label"]}}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return invocation


FORMAT = ReportFormat("sarif", "report.sarif", "SARIF 2.1.0 for code-scanning dashboards", render_sarif)
