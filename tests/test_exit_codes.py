"""Exit codes follow the verdict and the worst failed level against --fail-on (issue 9 item 7)."""

from __future__ import annotations

from typing import Any

import pytest

from govaudit.cliutil import exit_code, worst_failed_level


def _results(*rules: tuple[str, list[dict[str, Any]]], grade: str = "合格", code: str = "graded", score: float = 90.0) -> dict[str, Any]:
    return {"verdict": {"code": code}, "grade": grade, "score": score,
            "rules": [{"level": level, "results": results} for level, results in rules]}


FAIL, WARN, PASS = {"status": "fail"}, {"status": "warn"}, {"status": "pass"}
WAIVED = {"status": "fail", "waiver": {"reason": "r"}}


@pytest.mark.parametrize("rules, grade, worst", [
    ([("info", [FAIL])], "合格", "info"),
    ([("deduction", [WARN]), ("info", [FAIL])], "合格", "warn"),
    ([("deduction", [FAIL, WARN])], "合格", "deduction"),
    ([("veto", [FAIL]), ("deduction", [FAIL])], "不合格", "veto"),
    ([("deduction", [WAIVED, PASS])], "合格", None),
    ([("bonus", [FAIL])], "合格", None),
    ([("deduction", [PASS])], "不合格", "deduction"),
])
def test_worst_failed_level(rules, grade, worst):
    assert worst_failed_level(_results(*rules, grade=grade)) == worst


def test_info_rules_and_waived_findings_never_exit_1_by_default():
    assert exit_code(_results(("info", [FAIL]), ("deduction", [WAIVED]))) == 0
    assert exit_code(_results(("info", [FAIL])), "info") == 1


@pytest.mark.parametrize("fail_on, expected", [("veto", 0), ("deduction", 0), ("warn", 1), ("info", 1)])
def test_fail_on_thresholds_for_a_warning(fail_on, expected):
    assert exit_code(_results(("deduction", [WARN])), fail_on) == expected


@pytest.mark.parametrize("fail_on, expected", [("veto", 0), ("deduction", 1), ("warn", 1), ("info", 1)])
def test_fail_on_thresholds_for_a_deduction(fail_on, expected):
    assert exit_code(_results(("deduction", [FAIL])), fail_on) == expected


def test_fail_under_still_applies():
    assert exit_code(_results(("deduction", [PASS]), score=70.0), "veto", 75.0) == 1


@pytest.mark.parametrize("code", ["not_audited", "incomplete", "undetermined"])
def test_no_verdict_exits_2_whatever_the_threshold(code):
    assert exit_code(_results(("veto", [FAIL]), grade="待定", code=code), "info") == 2
