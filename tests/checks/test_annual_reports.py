from dataclasses import replace
from datetime import date

import pytest

from govaudit.checks.annual_reports import (
    ANNUAL_REPORT_PRESENCE, ANNUAL_REPORT_STRUCTURE, ANNUAL_REPORT_TABLES, ANNUAL_REPORT_TIMELINESS, required_years,
)
from govaudit.checks.base import Context
from govaudit.model.types import DisclosureSection, Page
from tests.factories import SITE, column, ev, report, site

PARAMS = {"organ_pattern": "", "column_pattern": "年报", "deadline": "03-31", "department_deadline": "01-31",
          "years_back": 3, "departments": True}
GOV = "某区人民政府"
NB = column("nb/", "政府信息公开年报", "2026-03-20")


def organ_report(organ: str, year: int, pub_date: str | None, observed: bool = True):
    r = report(year, pub_date)
    url = f"{SITE}nb/{organ}/{year}.html"
    return replace(r, url=url, organ=organ, title=f"{organ}{year}年政府信息公开工作年度报告", evidence=ev(url), observed=observed)


def statuses(kind, model, as_of=date(2026, 9, 30), **params):
    return {f.subject: f.status for f in kind.run(model, {**PARAMS, **params}, Context(as_of))}


@pytest.mark.parametrize(("as_of", "deadline", "expected"), [
    (date(2026, 9, 30), "03-31", [2025, 2024, 2023]),
    (date(2026, 4, 1), "03-31", [2025, 2024, 2023]),
    (date(2026, 3, 31), "03-31", [2024, 2023, 2022]),  # the deadline day is the organ's to the end (民法典 第203条)
    (date(2026, 2, 1), "01-31", [2025, 2024, 2023]),
])
def test_required_years(as_of, deadline, expected):
    assert required_years(as_of, deadline, 3) == expected


def test_missing_year_fails_and_present_years_pass():
    model = site(columns=[NB], annual_reports=[report(2023, "2024-03-29"), report(2025, "2026-04-20")])
    assert statuses(ANNUAL_REPORT_PRESENCE, model) == {
        f"annual-report:{GOV}:2025": "pass", f"annual-report:{GOV}:2024": "fail", f"annual-report:{GOV}:2023": "pass"}


def test_a_missing_year_is_reported_at_its_report_column_not_at_the_page_its_newest_date_was_read_on():
    """A report column whose rows show no date (云南 集约化's `ul.zclist` rows before their dates were read) takes its
    newest report's page as its evidence: the missing 2024 report was reported at the 2025 report's address. The
    finding is the column's, and so is its evidence (the list page that lacks the year, not the newest report's)."""
    newest = f"{SITE}nb/202603/t20260326_267453.html"
    model = site(columns=[replace(NB, evidence=ev(newest))], annual_reports=[report(2023, "2024-03-29"), report(2025, "2026-03-26")])
    (missing,) = [f for f in ANNUAL_REPORT_PRESENCE.run(model, PARAMS, Context(date(2026, 9, 30))) if f.status == "fail"]
    assert (missing.subject, missing.url, missing.evidence.url) == (f"annual-report:{GOV}:2024", NB.url, NB.url)


def test_nothing_found_after_a_cut_short_crawl_is_incomplete():
    model = site(columns=[NB])
    model = replace(model, crawl=replace(model.crawl, budget_exhausted=True))
    assert set(statuses(ANNUAL_REPORT_PRESENCE, model).values()) == {"incomplete"}


def test_a_report_column_never_reached_is_incomplete_not_a_failure():
    linked = DisclosureSection("年报", True, SITE + "nb/", "link", "政府信息公开年报")
    model = site(disclosure_sections=[linked])
    got = statuses(ANNUAL_REPORT_PRESENCE, model)
    assert set(got.values()) == {"incomplete"} and len(got) == 3
    fetched = replace(linked, via="column")
    assert set(statuses(ANNUAL_REPORT_PRESENCE, site(disclosure_sections=[fetched])).values()) == {"fail"}


def test_the_site_name_names_the_government_before_any_report():
    home = Page(url=SITE, kind="home", title="首页", status=200, outcome="ok", charset="utf-8", evidence=ev(SITE),
                meta_tags={"SiteName": "白鹭区人民政府门户网站"})
    model = site(pages=[home], columns=[NB], annual_reports=[organ_report("白鹭区", 2025, "2026-03-01")])
    assert statuses(ANNUAL_REPORT_PRESENCE, model) == {
        "annual-report:白鹭区人民政府:2025": "pass", "annual-report:白鹭区人民政府:2024": "fail",
        "annual-report:白鹭区人民政府:2023": "fail"}


def test_a_departments_report_never_satisfies_the_governments_year():
    model = site(columns=[NB], annual_reports=[
        organ_report(GOV, 2025, "2026-03-20"), organ_report(GOV, 2023, "2024-03-20"),
        organ_report("某区教育局", 2024, "2025-01-20"), organ_report("某区教育局", 2025, "2026-01-20")])
    got = statuses(ANNUAL_REPORT_PRESENCE, model)
    assert got[f"annual-report:{GOV}:2024"] == "fail"
    # the department is checked from its first observed year on
    assert {k: v for k, v in got.items() if "教育局" in k} == {
        "annual-report:某区教育局:2024": "pass", "annual-report:某区教育局:2025": "pass"}


def test_each_organ_is_held_to_its_own_deadline():
    model = site(columns=[NB], annual_reports=[
        organ_report(GOV, 2025, "2026-03-20"),  # government: on time by 03-31
        organ_report("区发展和改革局", 2025, "2026-03-20"),  # department: late after 01-31
        organ_report("某区发展和改革局", 2024, "2025-01-31")])  # same department, other spelling: on time
    got = {f.subject: f for f in ANNUAL_REPORT_TIMELINESS.run(model, PARAMS, Context(date(2026, 9, 30)))}
    assert got[f"annual-report:{GOV}:2025"].status == "pass"
    late = got["annual-report:某区发展和改革局:2025"]
    assert late.status == "fail" and "逾期 48 天" in late.message and late.data["deadline"] == "2026-01-31"
    assert got["annual-report:某区发展和改革局:2024"].status == "pass"
    assert len(got) == 3


def test_a_department_gap_is_missing_and_one_seen_only_before_the_window_is_not_required():
    model = site(columns=[NB], annual_reports=[
        organ_report(GOV, y, f"{y + 1}-03-01") for y in (2023, 2024, 2025)] + [
        organ_report("某区卫生健康委员会", 2023, "2024-01-10"), organ_report("某区卫生健康委员会", 2025, "2026-01-10"),
        organ_report("某区地方税务局", 2017, "2018-01-10")])
    got = statuses(ANNUAL_REPORT_PRESENCE, model)
    assert got["annual-report:某区卫生健康委员会:2024"] == "fail"
    alone = site(columns=[NB], annual_reports=[organ_report("某区民政局", 2023, "2024-01-10")])
    trailing = {f.subject: f for f in ANNUAL_REPORT_PRESENCE.run(alone, PARAMS, Context(date(2026, 9, 30)))}
    assert trailing["annual-report:某区民政局:2025"].status == "fail"
    assert "最近一次年报为 2023 年度" in trailing["annual-report:某区民政局:2025"].message
    assert not any("地方税务局" in k for k in got)
    assert statuses(ANNUAL_REPORT_PRESENCE, model, departments=False) == {
        f"annual-report:{GOV}:{y}": "pass" for y in (2023, 2024, 2025)}


def test_an_unattributed_report_of_the_missing_year_leaves_the_year_undecided():
    odd = replace(organ_report(GOV, 2024, "2025-03-01"), organ="关于印发专项")
    model = site(columns=[NB], annual_reports=[organ_report(GOV, 2025, "2026-03-01"), organ_report(GOV, 2023, "2024-03-01"), odd])
    assert statuses(ANNUAL_REPORT_PRESENCE, model)[f"annual-report:{GOV}:2024"] == "incomplete"


def test_late_report_fails_with_days_late():
    model = site(annual_reports=[report(2024, "2025-03-31"), report(2025, "2026-04-20"), report(2023, None)])
    findings = {f.subject: f for f in ANNUAL_REPORT_TIMELINESS.run(model, PARAMS, Context(date(2026, 9, 30)))}
    assert findings[f"annual-report:{GOV}:2024"].status == "pass"
    assert findings[f"annual-report:{GOV}:2025"].status == "fail" and "逾期 20 天" in findings[f"annual-report:{GOV}:2025"].message
    assert findings[f"annual-report:{GOV}:2023"].status == "incomplete"


def test_structure_lists_missing_sections_and_skips_old_format():
    model = site(annual_reports=[report(2020, "2021-03-01", []), report(2022, "2023-03-01", list("一二三四六"))])
    (finding,) = ANNUAL_REPORT_STRUCTURE.run(model, {**PARAMS, "since_year": 2021, "years_back": 5}, Context(date(2026, 9, 30)))
    assert finding.status == "fail" and finding.data["missing"] == ["五、存在的主要问题及改进情况"]
    assert finding.subject == f"annual-report:{GOV}:2022" and finding.message.startswith(GOV)


def test_structure_and_tables_are_judged_for_each_organs_report():
    dept = replace(organ_report("某区教育局", 2025, "2026-01-20"), sections=list("一二三"), tables=["二"])
    listed = organ_report("某区民政局", 2025, "2026-01-20", observed=False)
    model = site(annual_reports=[replace(report(2025, "2026-03-01"), tables=["二", "三", "四"], identity_ok=True), dept, listed])
    params = {**PARAMS, "since_year": 2021}
    assert statuses(ANNUAL_REPORT_STRUCTURE, model, **params) == {
        f"annual-report:{GOV}:2025": "pass", "annual-report:某区教育局:2025": "fail", "annual-report:某区民政局:2025": "incomplete"}
    assert statuses(ANNUAL_REPORT_TABLES, model, **params) == {
        f"annual-report:{GOV}:2025": "pass", "annual-report:某区教育局:2025": "fail", "annual-report:某区民政局:2025": "incomplete"}


def test_another_organs_reports_do_not_show_the_governments_list_was_reached():
    linked = DisclosureSection("年报", True, SITE + "nb/", "link", "政府信息公开年报")
    model = site(disclosure_sections=[linked], annual_reports=[organ_report("某区教育局", 2025, "2026-01-20")])
    got = statuses(ANNUAL_REPORT_PRESENCE, model)
    assert got == {**{f"annual-report:本级人民政府:{y}": "incomplete" for y in (2023, 2024, 2025)},
                   "annual-report:某区教育局:2025": "pass"}


def test_structure_reads_the_fetched_copy_of_a_year_also_seen_only_in_a_list():
    listed = replace(organ_report(GOV, 2025, "2026-03-01", observed=False), url=SITE + "nb/list-copy.html")
    fetched = organ_report(GOV, 2025, "2026-03-05")
    model = site(annual_reports=[listed, fetched])
    params = {**PARAMS, "since_year": 2021}
    assert statuses(ANNUAL_REPORT_STRUCTURE, model, **params) == {f"annual-report:{GOV}:2025": "pass"}
    timely = {f.subject: f.url for f in ANNUAL_REPORT_TIMELINESS.run(model, PARAMS, Context(date(2026, 9, 30)))}
    assert timely == {f"annual-report:{GOV}:2025": SITE + "nb/list-copy.html"}  # the earliest date counts


def test_an_unknown_site_organ_with_only_department_reports_is_undecided():
    """Without a site name and without any government report the site may be a department's own:
    the government's years are not failed on a guess; the department's are still judged."""
    model = site(columns=[NB], annual_reports=[organ_report("某区教育局", 2024, "2025-01-20")])
    got = statuses(ANNUAL_REPORT_PRESENCE, model)
    assert got == {**{f"annual-report:本级人民政府:{y}": "incomplete" for y in (2023, 2024, 2025)},
                   "annual-report:某区教育局:2024": "pass", "annual-report:某区教育局:2025": "fail"}
    assert set(statuses(ANNUAL_REPORT_PRESENCE, site(columns=[NB])).values()) == {"fail"}  # nothing at all: missing


def test_reports_before_the_window_are_listed_not_judged():
    old = replace(report(2021, "2022-03-01"), sections=list("一二三"))
    model = site(annual_reports=[old, report(2022, "2023-03-01"), replace(report(2025, "2026-03-01"), sections=list("一二"))])
    findings = {f.subject: f for f in ANNUAL_REPORT_STRUCTURE.run(model, {**PARAMS, "since_year": 2021}, Context(date(2026, 9, 30)))}
    # the window is 2023–2025 (years_back 3): 2022 passes outside it and is not listed
    assert {k: f.status for k, f in findings.items()} == {
        f"annual-report:{GOV}:2021": "not_applicable", f"annual-report:{GOV}:2025": "fail"}
    marked = findings[f"annual-report:{GOV}:2021"]
    assert marked.data["outside_window"] and marked.data["status_in_window"] == "fail" and marked.data["window_first_year"] == 2023


def test_a_missing_year_is_undecided_when_a_report_column_was_not_observed_though_its_reports_were_seen_elsewhere():
    """The eyou sample site under WAF faults (tests/sites/server.py Faults waf412, seed 1): its 政府信息公开年报
    column /ndbg/ answered a WAF's challenge, its reports were seen in the parent 信息公开 column's list of
    every sub-column's rows, and the year it lacks failed 「未找到…年度报告」 though its own list was never read."""
    parent = column("xxgk/", "信息公开", "2026-03-20")
    reports = [replace(report(y, f"{y + 1}-01-20"), column_url=SITE + "xxgk/") for y in (2023, 2025)]
    refused = column("ndbg/", "政府信息公开年报", None, state="not_observed")
    got = statuses(ANNUAL_REPORT_PRESENCE, site(columns=[parent, refused], annual_reports=reports))
    assert got[f"annual-report:{GOV}:2024"] == "incomplete"
    assert got[f"annual-report:{GOV}:2025"] == got[f"annual-report:{GOV}:2023"] == "pass"
    read = replace(refused, state="listed")
    assert statuses(ANNUAL_REPORT_PRESENCE, site(columns=[parent, read], annual_reports=reports))[f"annual-report:{GOV}:2024"] == "fail"
