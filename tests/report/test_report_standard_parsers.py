"""SARIF and JUnit read back by the parsers CI services and their users rely on, not only by
our own schema subset: Microsoft's sarif-tools (`sarif summary`), the SARIF 2.1.0 object model
of sarif-pydantic, and junitparser (the JUnit reader of many CI plug-ins)."""

from __future__ import annotations

import json
from typing import Any

import junitparser
import sarif_pydantic
from sarif import loader

from govaudit.report import write_reports
from govaudit.vocab import FINDING_STATUSES


def _problems(results: dict[str, Any]) -> list[tuple[str, str]]:
    return [(r["id"], f["subject"]) for r in results["rules"] for f in r["results"]
            if f["status"] in FINDING_STATUSES and not f.get("waiver")]


def test_sarif_loads_in_sarif_tools_and_the_sarif_object_model(results, tmp_path):
    (path,) = write_reports(results, tmp_path, ["sarif"])
    expected = _problems(results)
    assert expected, "the fixture must hold problems for this test to mean anything"
    records = loader.load_sarif_file(str(path)).get_records()
    assert sorted(r["Code"] for r in records) == sorted(rule for rule, _ in expected)
    log = sarif_pydantic.Sarif.model_validate(json.loads(path.read_text("utf-8")))
    assert log.version == "2.1.0"
    (run,) = log.runs
    assert sorted(r.rule_id for r in run.results) == sorted(rule for rule, _ in expected)
    assert {rule.id for rule in run.tool.driver.rules} >= {rule for rule, _ in expected}


def test_junit_loads_in_junitparser_with_each_subject_as_its_status_says(results, tmp_path):
    (path,) = write_reports(results, tmp_path, ["junit"])
    xml = junitparser.JUnitXml.fromfile(str(path))
    outcome = {(case.classname, case.name): {type(r).__name__ for r in case.result} for suite in xml for case in suite}
    # a 预警 (and a bonus rule that earned nothing) is noted in system-out, not failed
    expected = {"fail": {"Failure"}, "error": {"Error"}, "incomplete": {"Skipped"}, "not_applicable": {"Skipped"},
                "pass": set(), "warn": set()}
    checked = 0
    for rule in results["rules"]:
        for result in rule["results"]:
            want = {"Skipped"} if result.get("waiver") else expected[result["status"]]
            if rule["level"] == "bonus" and result["status"] == "fail":
                want = set()
            assert outcome[(rule["id"], result["subject"])] == want, (rule["id"], result)
            checked += 1
    assert checked >= 10 and any(o == {"Failure"} for o in outcome.values())
