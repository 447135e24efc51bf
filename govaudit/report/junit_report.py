"""JUnit XML: one test case per rule and subject, for CI test-report views (GitLab, Jenkins, Azure).

Mapping (the case's classname is the rule id, its name the subject):
- fail → <failure> (type = the rule's level) with the message, page and evidence URL, archive record;
- error → <error> with the reason; incomplete, not_applicable and waived findings → <skipped> with the reason;
- pass, warn (预警, noted in <system-out>) and a bonus rule's fail (no bonus points) → a passing case.
A first suite `govaudit.verdict` holds one case for the verdict: it fails unless the site was
graded 合格; a site that was not audited has only that case.
With --baseline a finding's message starts with its state (〔新增〕, 〔未变〕…), and a last suite
`govaudit.baseline` has a case per earlier finding no longer found: passing when resolved,
skipped when this run did not examine its subject.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from typing import Any

from govaudit.baseline import BASELINE_LABELS, state_label
from govaudit.report.base import ReportFormat, ReportInput
from govaudit.report.xmltext import xml_text
from govaudit.vocab import LEVEL_LABELS, PASS, STATUS_LABELS

_COUNTS = ("tests", "failures", "errors", "skipped")


def render_junit(data: ReportInput) -> str:
    """The JUnit XML document of `data.results`."""
    results = data.results
    root = ET.Element("testsuites", name=xml_text(f"govaudit {results['site']}"))
    root.append(_verdict_suite(results))
    for rule in results["rules"]:
        root.append(_rule_suite(rule))
    if results.get("baseline"):
        root.append(_resolved_suite(results["baseline"]["resolved"]))
    _count(root, list(root))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _verdict_suite(results: Mapping[str, Any]) -> ET.Element:
    suite = ET.Element("testsuite", name="govaudit.verdict")
    case = ET.SubElement(suite, "testcase", classname="govaudit.verdict", name="评估结论")
    verdict = results.get("verdict") or {"code": "graded", "label": results["grade"], "reasons": []}
    if verdict["code"] == "graded" and results["grade"] == PASS:
        return _count(suite, [case])
    lines = [f"评估结论：{verdict['label']}"]
    if results.get("score") is not None:
        lines.append(f"得分：{results['score']}")
    lines += [r["message"] for r in verdict.get("reasons", ())]
    lines += [f"单项否决：{rule_id}" for rule_id in results["scoring"].get("vetoed_by", ())]
    lines += [f"未能确定：{rule_id}" for rule_id in verdict.get("blocking", ())]
    failure = ET.SubElement(case, "failure", type=verdict["code"], message=xml_text(lines[0]))
    failure.text = xml_text("\n".join(lines))
    return _count(suite, [case])


def _rule_suite(rule: Mapping[str, Any]) -> ET.Element:
    suite = ET.Element("testsuite", name=xml_text(rule["id"]))
    level = rule.get("level") or ""
    outcomes = rule["results"] or [{"status": rule["status"], "subject": rule["id"], "message": rule.get("summary") or rule["title"]}]
    cases = [_case(rule, level, r) for r in outcomes]
    suite.extend(cases)
    return _count(suite, cases)


def _resolved_suite(resolved: list[Mapping[str, Any]]) -> ET.Element:
    suite = ET.Element("testsuite", name="govaudit.baseline")
    for gone in resolved:
        case = ET.SubElement(suite, "testcase", classname=xml_text(gone["rule"]), name=xml_text(gone["subject"]))
        text = xml_text(f"基线中为{STATUS_LABELS[gone['status']]}：{gone['message']}\n页面：{gone['url']}")
        if gone["state"] == "not_seen":
            ET.SubElement(case, "skipped", message=BASELINE_LABELS["not_seen"]).text = text
        else:
            ET.SubElement(case, "system-out").text = xml_text(f"{BASELINE_LABELS['resolved']}：") + text
    return _count(suite, list(suite))


def _case(rule: Mapping[str, Any], level: str, result: Mapping[str, Any]) -> ET.Element:
    case = ET.Element("testcase", classname=xml_text(rule["id"]), name=xml_text(result["subject"]))
    state = state_label(result)
    status = result["status"]
    message = xml_text((f"〔{state}〕" if state else "") + result["message"])
    waiver = result.get("waiver")
    if waiver and status in ("fail", "warn"):
        reason = f"已豁免：{waiver['reason']}（负责人 {waiver['owner']}，有效期至 {waiver['expires']}）"
        ET.SubElement(case, "skipped", message=xml_text(reason)).text = _details(rule, level, result)
    elif status == "fail" and level != "bonus":
        ET.SubElement(case, "failure", type=level or "fail", message=message).text = _details(rule, level, result)
    elif status == "error":
        ET.SubElement(case, "error", type="error", message=message).text = _details(rule, level, result)
    elif status in ("incomplete", "not_applicable"):
        label = STATUS_LABELS[status]
        ET.SubElement(case, "skipped", message=xml_text(f"{label}：{result['message']}"))
    elif status in ("warn", "fail"):  # a 预警, or a bonus rule that earned no points: noted, not failed
        ET.SubElement(case, "system-out").text = xml_text(f"{STATUS_LABELS[status]}：") + _details(rule, level, result)
    return case


def _details(rule: Mapping[str, Any], level: str, result: Mapping[str, Any]) -> str:
    """The finding in lines a CI log shows: rule, message, page, evidence and archived record."""
    evidence = result.get("evidence") or {}
    lines = [f"规则：{rule['title']}（{rule['id']}，{LEVEL_LABELS.get(level, level)}）", result["message"]]
    if state_label(result):
        lines.append(f"基线对比：{state_label(result)}")
    if result.get("url"):
        lines.append(f"页面：{result['url']}")
    if evidence.get("url"):
        lines.append(f"证据：{evidence['url']}" + (f"（抓取于 {evidence['fetched_at']}）" if evidence.get("fetched_at") else ""))
    if evidence.get("record"):
        lines.append(f"存档记录：{evidence['record']}")
    if evidence.get("snippet"):
        lines.append(f"页面摘录：{evidence['snippet']}")
    return xml_text("\n".join(lines))


def _count(element: ET.Element, children: list[ET.Element]) -> ET.Element:
    """Set tests/failures/errors/skipped on a suite (from its cases) or on the root (from its suites)."""
    totals = dict.fromkeys(_COUNTS, 0)
    for child in children:
        if child.tag == "testcase":
            totals["tests"] += 1
            for tag, key in (("failure", "failures"), ("error", "errors"), ("skipped", "skipped")):
                totals[key] += child.find(tag) is not None
        else:
            for key in _COUNTS:
                totals[key] += int(child.get(key, "0"))
    for key in _COUNTS:
        element.set(key, str(totals[key]))
    return element


FORMAT = ReportFormat("junit", "report.junit.xml", "JUnit XML, a test case per rule and subject", render_junit)
