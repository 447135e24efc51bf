"""政府信息公开工作年度报告, per issuing organ: present for every due year of the window,
published by the organ's own deadline, standard structure and tables."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param, parse_since, validate_since
from govaudit.checks.links import why_broken, why_undecided
from govaudit.checks.listcover import unobserved_note, would_be_seen
from govaudit.checks.window import outside_window
from govaudit.model.extract.annual_report import DEPARTMENT, SECTIONS
from govaudit.model.reports import OrganReports, organ_reports
from govaudit.model.types import AnnualReport, Column, Evidence, Link, SiteModel


def _deadline(year: int, month_day: str) -> date:
    """Publication deadline of the report on `year` (due the following year)."""
    month, day = (int(x) for x in month_day.split("-"))
    return date(year + 1, month, day)


def _validate_month_day(value: str) -> None:
    if not re.fullmatch(r"\d{2}-\d{2}", value):
        raise ValueError(f"deadline must look like 03-31, got {value!r}")
    date(2000, *(int(x) for x in value.split("-")))


def required_years(as_of: date, deadline: str, years_back: int) -> list[int]:
    """Report years whose deadline has passed by `as_of`, newest first, `years_back` of them. A period
    ends at 24:00 on its last day (民法典 第二百零三条): on the deadline day itself the report is not yet due."""
    latest = as_of.year - 1 if as_of > _deadline(as_of.year - 1, deadline) else as_of.year - 2
    return [latest - i for i in range(years_back)]


def _deadline_for(organ: OrganReports, params: dict[str, Any]) -> str:
    return params["department_deadline"] if organ.type == DEPARTMENT else params["deadline"]


def _organs(site: SiteModel, params: dict[str, Any]) -> tuple[list[OrganReports], list[AnnualReport]]:
    """The organs to check (the site's own first; others unless `departments` is off) and
    the reports whose organ could not be told."""
    pattern = re.compile(params["organ_pattern"])
    groups, unknown = organ_reports(site)
    return [g for g in groups if (g.own or params["departments"]) and pattern.search(g.name)], unknown


def _by_year(reports: list[AnnualReport], fetched_first: bool = False) -> dict[int, AnnualReport]:
    """One report per year: the earliest published (a re-post or a PDF copy comes later);
    with `fetched_first`, a report whose page was fetched before one seen only in a list."""
    def rank(r: AnnualReport) -> tuple[bool, str]:
        return (fetched_first and not r.observed, r.pub_date or "9")

    by_year: dict[int, AnnualReport] = {}
    for r in reports:
        if r.year not in by_year or rank(r) < rank(by_year[r.year]):
            by_year[r.year] = r
    return by_year


def _subject(organ: OrganReports, year: int) -> str:
    return f"annual-report:{organ.name}:{year}"


def _column_evidence(site: SiteModel, params: dict[str, Any], url: str | None = None) -> Evidence:
    """The report column's page as evidence for a year not found on it (its own record, not the newest document's
    a column dated by its documents shows for its freshness: that page is no evidence of what the list lacks)."""
    pattern = re.compile(params["column_pattern"])
    column = next((c for c in site.columns if c.url == url), None) or next((c for c in site.columns if pattern.search(c.name)), None)
    if column is None:
        return Evidence(url=url or site.site)
    if column.evidence.url == column.url:
        return column.evidence
    return next((p.evidence for p in site.pages if p.url == column.url), Evidence(url=column.url))


def _list_reached(site: SiteModel, params: dict[str, Any], organ: OrganReports) -> bool:
    """Whether the crawl saw where `organ` lists its reports: one of its reports, a report
    column, or the hub's 年报 section as a fetched column or page (a mere link is not
    enough; another organ's reports say nothing about this organ's list)."""
    pattern = re.compile(params["column_pattern"])
    return (bool(organ.reports) or any(pattern.search(c.name) and c.state != "not_observed" for c in site.columns)
            or any(s.name == "年报" and s.present and s.via in ("column", "page") for s in site.disclosure_sections))


def _unseen_list(site: SiteModel, params: dict[str, Any], organ: OrganReports, year: int) -> Column | None:
    """The organ's report column (any report column when its own is not known) seen in part, whose
    unobserved pages may list the `year` report (published in the following year or later), or None.
    A report column not observed at all (refused, failing) may be the organ's list even when its
    reports were seen elsewhere (a parent column listing its sub-columns' rows, the hub's section)."""
    pattern = re.compile(params["column_pattern"])
    for column in site.columns:
        own = column.url == organ.column_url if organ.column_url else bool(pattern.search(column.name))
        unseen = column.state == "not_observed" and bool(pattern.search(column.name))
        if (own or unseen) and not would_be_seen(column, f"{year + 1}-01-01"):
            return column
    return None


def _required(organ: OrganReports, years: list[int], window: list[int]) -> list[int]:
    """Due years an organ must have reports for: every year of the window for the site's
    own organ; for another organ, from its first report on, if it has one in the window
    (an organ seen only before the window may have been merged or abolished)."""
    if organ.own:
        return window
    if not set(years) & set(window):
        return []
    return [y for y in window if y >= min(years)]


def _since_window(window: list[int], since: str | int | date) -> list[int]:
    """Every due year from the fixed start `since` on (newest first), instead of the rolling window."""
    return list(range(window[0], parse_since(since).year - 1, -1)) if window else []


def _dead_links(site: SiteModel, organs: list[OrganReports]) -> dict[str, Link]:
    """The links not ok (broken, or with no verdict: refused, sent home) to the reports seen
    only as list rows, by target (the site's links read only when there is such a report)."""
    rows = {r.url for organ in organs for r in organ.reports if not r.observed}
    return {link.target: link for link in site.links if link.target in rows and link.outcome in ("broken", "blocked")} \
        if rows else {}


def _link_not_ok(report: AnnualReport, dead: dict[str, Link]) -> Link | None:
    """The link to a report seen only as a list row whose page the crawl fetched and could not
    read (a 404, an error page, a WAF, a redirect home), or None: such a row is no report shown."""
    return None if report.observed else dead.get(report.url)


def _removed(link: Link) -> bool:
    """A link to a page that is gone: a 404/410, or an error page saying so (页面不存在)."""
    return link.outcome == "broken" and link.fetch_outcome in ("not_found", "soft_404")


def _presence(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    organs, unknown = _organs(site, params)
    findings = []
    dead = _dead_links(site, organs)
    for organ in organs:
        reached = _list_reached(site, params, organ)
        reports = _by_year(organ.reports)
        rolling = required_years(ctx.as_of, _deadline_for(organ, params), params["years_back"])
        window = _since_window(rolling, params["since"]) if params.get("since") else rolling
        evidence = _column_evidence(site, params, organ.column_url)
        for year in _required(organ, sorted(reports), window):
            subject = _subject(organ, year)
            data = {"organ": organ.name, "organ_type": organ.type, "year": year}
            stray = [r for r in unknown if r.year == year]
            if year in reports and (gone := _link_not_ok(reports[year], dead)) is not None:
                r = reports[year]
                if _removed(gone):  # listed, but its page is gone: not disclosed to the public
                    msg = f"{organ.name}{year}年度报告《{r.title}》虽在列表中列出，但其页面不可用（{why_broken(gone)}），视为未公开。"
                    findings.append(Finding("fail", subject, r.url, msg, r.evidence, {**data, "listed_only": True}))
                elif gone.outcome == "broken":  # a server error on the page (500 …): it may be back tomorrow
                    msg = f"{organ.name}{year}年度报告《{r.title}》的页面打开出错（{why_broken(gone)}），无法判断是否公开。"
                    findings.append(Finding("incomplete", subject, r.url, msg, r.evidence, data))
                else:
                    msg = f"{organ.name}{year}年度报告《{r.title}》的页面{why_undecided(gone)}，无法判断是否公开。"
                    findings.append(Finding("incomplete", subject, r.url, msg, r.evidence, data))
            elif year in reports:
                r = reports[year]
                findings.append(Finding("pass", subject, r.url, f"{organ.name}已公开{year}年度政府信息公开工作年度报告《{r.title}》。", r.evidence, data))
            elif site.crawl.budget_exhausted or not reached:
                why = "抓取预算已用尽" if site.crawl.budget_exhausted else "未能访问年报栏目"
                findings.append(Finding("incomplete", subject, evidence.url, f"{why}，未找到{organ.name}{year}年度报告，无法判断是否公开。", evidence, data))
            elif not organ.identified and len(organs) > 1:
                msg = (f"未能确定本站所属机关（站点名称未能识别，也没有人民政府的年报），而站内有其他机关的年报，"
                       f"无法判断{year}年度本级年报是否缺失。")
                findings.append(Finding("incomplete", subject, evidence.url, msg, evidence, data))
            elif year < min(rolling) and not any(y < year for y in reports):
                # Before the rolling window, a missing year is a gap only when the crawl saw older reports.
                msg = f"未找到{organ.name}{year}年度报告；所见最早的年报为 {min(reports) if reports else '（无）'} 年度，未能观察到更早的年度。"
                findings.append(Finding("incomplete", subject, evidence.url, msg, evidence, {**data, "since": True}))
            elif unseen := _unseen_list(site, params, organ, year):
                msg = f"未找到{organ.name}{year}年度报告；{unobserved_note(unseen)}，该年度报告可能在其中，无法判断是否公开。"
                findings.append(Finding("incomplete", subject, unseen.url, msg, unseen.evidence, {**data, "unobserved_pages": unseen.pages_unobserved}))
            elif organ.own and stray:
                msg = f"未找到{organ.name}{year}年度报告；另有未能识别发布机关的{year}年度报告《{stray[0].title}》，无法确认是否为本机关的报告。"
                findings.append(Finding("incomplete", subject, stray[0].url, msg, stray[0].evidence, {**data, "unattributed": [r.url for r in stray]}))
            else:
                msg = f"未找到{organ.name}{year}年度政府信息公开工作年度报告。"
                if not organ.own and year > max(reports):  # after its last report: it may have been merged
                    msg += f"该机关最近一次年报为 {max(reports)} 年度；如机关已撤并或更名，可在站点配置中登记豁免。"
                findings.append(Finding("fail", subject, evidence.url, msg, evidence, data))
    return findings


_COMMON = {
    "organ_pattern": Param(str, "", validator=re.compile, doc="只检查名称匹配此正则的机关（默认全部）"),
    "departments": Param(bool, True, doc="除本站所属机关外，也检查站点上发布年报的部门、乡镇（街道）和下级政府"),
    "column_pattern": Param(str, "年报|年度报告", validator=re.compile, doc="年报栏目名称（缺失时作为证据页）"),
    "deadline": Param(str, "03-31", validator=_validate_month_day, doc="人民政府年报的公开期限（次年 月-日），条例规定 03-31"),
    "department_deadline": Param(str, "01-31", validator=_validate_month_day,
                                 doc="部门（含乡镇、街道）年报的公开期限（次年 月-日），条例规定 01-31"),
    "years_back": Param(int, 5, doc="检查最近几个已到期年度（评估窗口）"),
}

ANNUAL_REPORT_PRESENCE = CheckKind(
    name="annual_report_presence",
    doc=("按发布机关分别检查：本站所属机关在最近 years_back 个已到期年度每年都有年度报告；其他机关自其在窗口内首次出现的年度起每年都有。"
         "since（如 2018）：改为自该年度起每个已到期年度都须有；滚动窗口之前缺少的年度，只有看到更早年度的年报时才是 fail，否则 incomplete。"),
    params={**_COMMON, "since": Param((str, int, date), "", validator=validate_since,
                                      doc="固定的起始年度（如 2018）：自该年度起每年都须有年报，替代 years_back 窗口")},
    run=_presence,
)


def _timeliness(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    organs, _ = _organs(site, params)
    findings = []
    dead = _dead_links(site, organs)
    for organ in organs:
        reports = _by_year(organ.reports)
        deadline = _deadline_for(organ, params)
        for year in required_years(ctx.as_of, deadline, params["years_back"]):
            if year not in reports or ((gone := _link_not_ok(reports[year], dead)) and _removed(gone)):
                continue  # absence, or a listed report whose page is gone, is the presence rule's finding
            r = reports[year]
            due = _deadline(year, deadline)
            subject = _subject(organ, year)
            data = {"organ": organ.name, "organ_type": organ.type, "year": year, "pub_date": r.pub_date, "deadline": due.isoformat()}
            who = f"{organ.name}{year}年度报告"
            if r.pub_date is None:
                findings.append(Finding("incomplete", subject, r.url, f"{who}未能识别发布日期。", r.evidence, data))
            elif date.fromisoformat(r.pub_date) > due:
                late = (date.fromisoformat(r.pub_date) - due).days
                findings.append(Finding("fail", subject, r.url, f"{who}发布于 {r.pub_date}，晚于公开期限 {due.isoformat()}（逾期 {late} 天）。", r.evidence, data))
            else:
                findings.append(Finding("pass", subject, r.url, f"{who}发布于 {r.pub_date}，未超过公开期限 {due.isoformat()}。", r.evidence, data))
    return findings


ANNUAL_REPORT_TIMELINESS = CheckKind(
    name="annual_report_timeliness",
    doc="每个机关的年度报告在其公开期限（人民政府次年 3 月 31 日、部门次年 1 月 31 日）前发布。",
    params=dict(_COMMON),
    run=_timeliness,
)


Judgement = tuple[str, str, dict[str, Any]]  # status, message, data
_SINCE_2021 = {
    **{k: _COMMON[k] for k in ("organ_pattern", "departments", "deadline", "department_deadline", "years_back")},
    "since_year": Param(int, 2021, doc="从哪一年度的报告起适用 2021 年格式（国办公开办函〔2021〕30号）"),
}


def _each_2021_report(site: SiteModel, params: dict[str, Any], ctx: Context, what: str,
                      judge: Callable[[int, AnnualReport], Judgement]) -> list[Finding]:
    """One finding per organ and report year of `since_year` or later: reports seen only in
    a list (page not fetched), or only as an attachment not read, are incomplete, since their `what` is unknown; the others are
    judged. Years before the organ's window are listed only when something is wrong (window.py)."""
    findings = []
    for organ in _organs(site, params)[0]:
        first = min(required_years(ctx.as_of, _deadline_for(organ, params), params["years_back"]))
        for year, r in sorted(_by_year(organ.reports, fetched_first=True).items()):
            if year < params["since_year"]:
                continue
            subject = _subject(organ, year)
            who = {"organ": organ.name, "organ_type": organ.type, "year": year}
            if not r.observed:
                finding = Finding("incomplete", subject, r.url, f"{organ.name}{year}年度报告的页面未抓取，无法检查{what}。", r.evidence, who)
            elif r.text_source == "unread":
                finding = Finding("incomplete", subject, r.url, f"{organ.name}{year}年度报告的页面只链接附件，未能从附件读出报告文字，"
                                  f"无法检查{what}。", r.evidence, {**who, "text_source": r.text_source})
            else:
                status, message, data = judge(year, r)
                finding = Finding(status, subject, r.url, f"{organ.name}{message}", r.evidence, {**who, **data})
            if year < first:
                finding = outside_window(finding, f"早于评估窗口（{first} 年度起）", window_first_year=first)
            if finding is not None:
                findings.append(finding)
    return findings


def _sections(year: int, r: AnnualReport) -> Judgement:
    missing = [f"{num}、{words}" for num, words in SECTIONS if num not in r.sections]
    if missing:
        return "fail", f"{year}年度报告缺少标准章节：{'；'.join(missing)}。", {"missing": missing}
    return "pass", f"{year}年度报告六个标准章节齐全。", {}


def _structure(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    return _each_2021_report(site, params, ctx, "章节", _sections)


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
    return _each_2021_report(site, params, ctx, "统计表", _table_judgement)


ANNUAL_REPORT_TABLES = CheckKind(
    name="annual_report_tables",
    doc="2021 年格式的年度报告有表二、表三、表四，且表三每列满足 一 + 二 = 三(七) + 四。",
    params=dict(_SINCE_2021),
    run=_tables,
)
