from dataclasses import replace
from datetime import date

import pytest

from govaudit.checks.annual_reports import (
    ANNUAL_REPORT_PRESENCE, ANNUAL_REPORT_STRUCTURE, ANNUAL_REPORT_TIMELINESS, required_years,
)
from govaudit.checks.base import Context
from tests.factories import report, site

PARAMS = {"organ_pattern": "", "column_pattern": "年报", "deadline": "03-31", "years_back": 3}


@pytest.mark.parametrize(("as_of", "deadline", "expected"), [
    (date(2026, 9, 30), "03-31", [2025, 2024, 2023]),
    (date(2026, 3, 31), "03-31", [2025, 2024, 2023]),  # due on the deadline day itself
    (date(2026, 3, 30), "03-31", [2024, 2023, 2022]),
    (date(2026, 2, 1), "01-31", [2025, 2024, 2023]),
])
def test_required_years(as_of, deadline, expected):
    assert required_years(as_of, deadline, 3) == expected


def test_missing_year_fails_and_present_years_pass():
    model = site(annual_reports=[report(2023, "2024-03-29"), report(2025, "2026-04-20")])
    got = {f.subject: f.status for f in ANNUAL_REPORT_PRESENCE.run(model, PARAMS, Context(date(2026, 9, 30)))}
    assert got == {"annual-report:2025": "pass", "annual-report:2024": "fail", "annual-report:2023": "pass"}


def test_nothing_found_after_a_cut_short_crawl_is_incomplete():
    model = site()
    model = replace(model, crawl=replace(model.crawl, budget_exhausted=True))
    got = {f.status for f in ANNUAL_REPORT_PRESENCE.run(model, PARAMS, Context(date(2026, 9, 30)))}
    assert got == {"incomplete"}


def test_late_report_fails_with_days_late():
    model = site(annual_reports=[report(2024, "2025-03-31"), report(2025, "2026-04-20"), report(2023, None)])
    findings = {f.subject: f for f in ANNUAL_REPORT_TIMELINESS.run(model, PARAMS, Context(date(2026, 9, 30)))}
    assert findings["annual-report:2024"].status == "pass"
    assert findings["annual-report:2025"].status == "fail" and "逾期 20 天" in findings["annual-report:2025"].message
    assert findings["annual-report:2023"].status == "incomplete"


def test_structure_lists_missing_sections_and_skips_old_format():
    model = site(annual_reports=[report(2020, "2021-03-01", []), report(2022, "2023-03-01", list("一二三四六"))])
    (finding,) = ANNUAL_REPORT_STRUCTURE.run(model, {"organ_pattern": "", "since_year": 2021}, Context(date(2026, 9, 30)))
    assert finding.status == "fail" and finding.data["missing"] == ["五、存在的主要问题及改进情况"]
