"""政府信息公开工作年度报告: present for recent years, published on time, standard structure."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param
from govaudit.model.extract.annual_report import SECTIONS
from govaudit.model.types import AnnualReport, Evidence, SiteModel


def _deadline(year: int, month_day: str) -> date:
    """Publication deadline of the report on `year` (due the following year)."""
    month, day = (int(x) for x in month_day.split("-"))
    return date(year + 1, month, day)


def _validate_month_day(value: str) -> None:
    if not re.fullmatch(r"\d{2}-\d{2}", value):
        raise ValueError(f"deadline must look like 03-31, got {value!r}")
    date(2000, *(int(x) for x in value.split("-")))


def required_years(as_of: date, deadline: str, years_back: int) -> list[int]:
    """Report years whose deadline has passed by `as_of`, newest first, `years_back` of them."""
    latest = as_of.year - 1 if as_of >= _deadline(as_of.year - 1, deadline) else as_of.year - 2
    return [latest - i for i in range(years_back)]


def _reports(site: SiteModel, params: dict[str, Any]) -> dict[int, AnnualReport]:
    organ = re.compile(params["organ_pattern"])
    by_year: dict[int, AnnualReport] = {}
    for report in site.annual_reports:  # sorted by year, url: keep the earliest-published per year
        if organ.search(report.organ) and (report.year not in by_year or (report.pub_date or "9") < (by_year[report.year].pub_date or "9")):
            by_year[report.year] = report
    return by_year


def _column_evidence(site: SiteModel, params: dict[str, Any]) -> Evidence:
    pattern = re.compile(params["column_pattern"])
    for column in site.columns:
        if pattern.search(column.name):
            return column.evidence
    return Evidence(url=site.site)


def _presence(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    reports = _reports(site, params)
    evidence = _column_evidence(site, params)
    findings = []
    for year in required_years(ctx.as_of, params["deadline"], params["years_back"]):
        subject = f"annual-report:{year}"
        if year in reports:
            r = reports[year]
            findings.append(Finding("pass", subject, r.url, f"已公开{year}年度政府信息公开工作年度报告《{r.title}》。", r.evidence, {"year": year}))
        elif not site.annual_reports and site.crawl.budget_exhausted:
            findings.append(Finding("incomplete", subject, evidence.url, f"抓取预算已用尽，未能找到{year}年度报告，无法判断是否公开。", evidence, {"year": year}))
        else:
            findings.append(Finding("fail", subject, evidence.url, f"未找到{year}年度政府信息公开工作年度报告。", evidence, {"year": year}))
    return findings


_COMMON = {
    "organ_pattern": Param(str, "", validator=re.compile, doc="只检查发布机关名称匹配此正则的年报（默认全部）"),
    "column_pattern": Param(str, "年报|年度报告", validator=re.compile, doc="年报栏目名称（缺失时作为证据页）"),
    "deadline": Param(str, "03-31", validator=_validate_month_day, doc="公开期限（次年 月-日）：政府 03-31，部门 01-31"),
    "years_back": Param(int, 3, doc="检查最近几个已到期年度"),
}

ANNUAL_REPORT_PRESENCE = CheckKind(
    name="annual_report_presence",
    doc="最近 years_back 个已过公开期限的年度，每年都有年度报告。",
    params=dict(_COMMON),
    run=_presence,
)


def _timeliness(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    reports = _reports(site, params)
    findings = []
    for year in required_years(ctx.as_of, params["deadline"], params["years_back"]):
        if year not in reports:
            continue  # absence is the presence rule's finding
        r = reports[year]
        due = _deadline(year, params["deadline"])
        subject = f"annual-report:{year}"
        data = {"year": year, "pub_date": r.pub_date, "deadline": due.isoformat()}
        if r.pub_date is None:
            findings.append(Finding("incomplete", subject, r.url, f"{year}年度报告未能识别发布日期。", r.evidence, data))
        elif date.fromisoformat(r.pub_date) > due:
            late = (date.fromisoformat(r.pub_date) - due).days
            findings.append(Finding("fail", subject, r.url, f"{year}年度报告发布于 {r.pub_date}，晚于公开期限 {due.isoformat()}（逾期 {late} 天）。", r.evidence, data))
        else:
            findings.append(Finding("pass", subject, r.url, f"{year}年度报告发布于 {r.pub_date}，未超过公开期限 {due.isoformat()}。", r.evidence, data))
    return findings


ANNUAL_REPORT_TIMELINESS = CheckKind(
    name="annual_report_timeliness",
    doc="年度报告在次年公开期限（政府 3 月 31 日、部门 1 月 31 日）前发布。",
    params=dict(_COMMON),
    run=_timeliness,
)


Judgement = tuple[str, str, dict[str, Any]]  # status, message, data
_SINCE_2021 = {
    "organ_pattern": _COMMON["organ_pattern"],
    "since_year": Param(int, 2021, doc="从哪一年度的报告起适用 2021 年格式（国办公开办函〔2021〕30号）"),
}


def _each_2021_report(site: SiteModel, params: dict[str, Any], what: str,
                      judge: Callable[[int, AnnualReport], Judgement]) -> list[Finding]:
    """One finding per report of `since_year` or later: reports seen only in a list (page not
    fetched) are incomplete, since their `what` is unknown; the others are judged."""
    findings = []
    for year, r in sorted(_reports(site, params).items()):
        if year < params["since_year"]:
            continue
        subject = f"annual-report:{year}"
        if not r.observed:
            findings.append(Finding("incomplete", subject, r.url, f"{year}年度报告的页面未抓取，无法检查{what}。", r.evidence, {}))
            continue
        status, message, data = judge(year, r)
        findings.append(Finding(status, subject, r.url, message, r.evidence, data))
    return findings


def _sections(year: int, r: AnnualReport) -> Judgement:
    missing = [f"{num}、{words}" for num, words in SECTIONS if num not in r.sections]
    if missing:
        return "fail", f"{year}年度报告缺少标准章节：{'；'.join(missing)}。", {"missing": missing}
    return "pass", f"{year}年度报告六个标准章节齐全。", {}


def _structure(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    return _each_2021_report(site, params, "章节", _sections)


ANNUAL_REPORT_STRUCTURE = CheckKind(
    name="annual_report_structure",
    doc="年度报告包含 2021 年格式（国办公开办函〔2021〕30号）规定的六个章节。",
    params=dict(_SINCE_2021),
    run=_structure,
)


_TABLES = ("二", "三", "四")


def _table_judgement(year: int, r: AnnualReport) -> Judgement:
    data: dict[str, Any] = {"tables": list(r.tables), "identity_ok": r.identity_ok, "text_source": r.text_source}
    missing = [f"表{t}" for t in _TABLES if t not in r.tables]
    if missing:
        return "fail", f"{year}年度报告缺少 2021 年格式的统计表：{'、'.join(missing)}。", data
    if r.identity_ok is False:
        if r.table3 is not None:
            data["table3"] = {"new": r.table3.new, "carried": r.table3.carried, "total": r.table3.total, "forward": r.table3.forward}
        return "fail", f"{year}年度报告表三的数据不平衡：本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年度。", data
    if r.identity_ok is None:
        return "incomplete", f"{year}年度报告表三未能解析，无法核对数据。", data
    return "pass", f"{year}年度报告统计表齐全，表三数据平衡。", data


def _tables(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    return _each_2021_report(site, params, "统计表", _table_judgement)


ANNUAL_REPORT_TABLES = CheckKind(
    name="annual_report_tables",
    doc="2021 年格式的年度报告有表二、表三、表四，且表三每列满足 一 + 二 = 三(七) + 四。",
    params=dict(_SINCE_2021),
    run=_tables,
)
