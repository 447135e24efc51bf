"""The report fixture is a valid results.json that exercises everything a report shows."""

import json
from pathlib import Path

import jsonschema

import govaudit

SCHEMA = json.loads((Path(govaudit.__file__).parent / "schemas" / "results.schema.json").read_text(encoding="utf-8"))


def test_fixture_is_valid_against_results_schema(results):
    jsonschema.Draft202012Validator(SCHEMA).validate(results)


def test_fixture_covers_every_status_level_and_hostile_input(results):
    statuses = {r["status"] for rule in results["rules"] for r in rule["results"]}
    assert statuses == {"pass", "fail", "warn", "not_applicable", "incomplete", "error"}
    assert {rule["level"] for rule in results["rules"]} == {"veto", "deduction", "bonus", "info"}
    assert results["scoring"]["vetoed_by"] and results["scoring"]["deductions"]
    text = json.dumps(results, ensure_ascii=False)
    for hostile in ("<script>alert(1)</script>", "javascript:", "[2024]|第3号]"):
        assert hostile in text
