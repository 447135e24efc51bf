"""Features of the rule language found missing when writing real checklists (issue 11):
"at least one X has a Y", fixed start dates, tables, list-page text, date spans."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from govaudit.checks.base import validate_params
from govaudit.checks.pairs import LINKED_PAIR
from tests.checks.test_text_and_pairs import CALL, PAIR, REPLY, run, text
from tests.factories import document, site

NORMATIVE = [document(f"gfxwj/{i}.html", f"某区关于加强第{i}项管理的办法", pub_date=f"20{18 + i}-05-01") for i in range(4)]
READING = document("zcjd/1.html", "《某区关于加强第2项管理的办法》政策解读", kind="interpretation", pub_date="2020-05-10")
ANY = {"x": {"kind": ["normative"]}, "y": {"kind": ["interpretation"]}, "x_label": "其他文件", "y_label": "政策解读",
       "require": "any"}


def test_any_passes_only_on_an_observed_pair():
    assert run(LINKED_PAIR, site(documents=[*NORMATIVE, READING]), {}, **ANY) == {"pair:其他文件": "pass"}
    assert run(LINKED_PAIR, site(documents=NORMATIVE), {}, **ANY) == {"pair:其他文件": "fail"}
    # Two pairs required, one observed.
    assert run(LINKED_PAIR, site(documents=[*NORMATIVE, READING]), {}, **ANY, min=2) == {"pair:其他文件": "fail"}


def test_any_fail_lists_the_xs_checked_and_pass_names_the_pair():
    params, _ = validate_params(LINKED_PAIR, ANY)
    from govaudit.checks.base import Context
    from govaudit.model.pagetext import PageTexts
    ctx = Context(date(2026, 9, 30), texts=PageTexts({}))
    [fail] = LINKED_PAIR.run(site(documents=NORMATIVE), params, ctx)
    assert fail.data["paired"] == 0 and len(fail.data["checked"]) == 4 and "检查了 4 件" in fail.message
    [ok] = LINKED_PAIR.run(site(documents=[*NORMATIVE, READING]), params, ctx)
    assert ok.data["found"][0]["pairs"][0]["url"] == READING.url


def test_any_is_undecided_when_xs_are_not_observed_or_the_crawl_was_cut():
    assert run(LINKED_PAIR, site(), {}, **ANY) == {"pair:其他文件": "incomplete"}
    cut = replace(site(documents=NORMATIVE), crawl=replace(site().crawl, budget_exhausted=True))
    assert run(LINKED_PAIR, cut, {}, **ANY) == {"pair:其他文件": "incomplete"}
    # No texts extracted: a title match might be in a body never read.
    from govaudit.checks.base import Context
    from govaudit.model.pagetext import PageTexts
    params, _ = validate_params(LINKED_PAIR, ANY)
    got = LINKED_PAIR.run(site(documents=NORMATIVE), params, Context(date(2026, 9, 30), texts=PageTexts(path=None)))
    assert [f.status for f in got] == ["incomplete"]


def test_any_with_due_after_counts_only_due_xs():
    recent = replace(CALL, pub_date="2026-09-20")
    rule = {**PAIR, "require": "any", "due_after": "30d"}
    assert run(LINKED_PAIR, site(documents=[recent]), {}, **rule) == {"pair:意见征集": "not_applicable"}
    assert run(LINKED_PAIR, site(documents=[CALL, REPLY]), {}, **rule) == {"pair:意见征集": "pass"}


def test_since_judges_only_xs_from_a_fixed_date():
    # Documents of 2018–2021; only the 2020 one has its interpretation. Earlier ones without
    # one are listed, not scored (not_applicable, as with `within`).
    each = {k: v for k, v in ANY.items() if k != "require"}
    before = {NORMATIVE[0].url: "not_applicable", NORMATIVE[1].url: "not_applicable"}
    got = run(LINKED_PAIR, site(documents=[*NORMATIVE, READING]), {}, **each, since=2020)
    assert got == {**before, NORMATIVE[2].url: "pass", NORMATIVE[3].url: "fail"}
    got = run(LINKED_PAIR, site(documents=[*NORMATIVE, READING]), {}, **each, since="2019-06-01")
    assert got == {**before, NORMATIVE[2].url: "pass", NORMATIVE[3].url: "fail"}
    assert run(LINKED_PAIR, site(documents=[*NORMATIVE, READING]), {}, **each, since=2018)[NORMATIVE[0].url] == "fail"
    # With a rolling window too, the later start wins (as_of 2026-09-30 − 6y = 2020-09-30):
    # the 2020 document, paired, is outside it and not listed.
    got = run(LINKED_PAIR, site(documents=[*NORMATIVE, READING]), {}, **each, since=2018, within="6y")
    assert got == {**before, NORMATIVE[3].url: "fail"}
    assert run(LINKED_PAIR, site(documents=NORMATIVE), {}, **ANY, since=2022) == {"pair:其他文件": "incomplete"}


@pytest.mark.parametrize("given, problem", [
    ({"require": "some"}, "must be one of each, any"),
    ({"require": "any", "min": 0}, "≥ 1"),
    ({"min": 2}, "only with require: any"),
    ({"since": "18年"}, "since must be a year"),
    ({"since": 1850}, "from 1990"),
    ({"since": "2018-02-30"}, "since must be a year"),
])
def test_linked_pair_rejects_bad_new_params(given, problem):
    base = {k: v for k, v in ANY.items() if k != "require"}
    _, problems = validate_params(LINKED_PAIR, {**base, **given})
    assert problems and problem in problems[0]


# Fixed start dates on annual reports and recent_document ------------------------------------

from govaudit.checks.annual_reports import ANNUAL_REPORT_PRESENCE  # noqa: E402
from govaudit.checks.presence import RECENT_DOCUMENT  # noqa: E402
from tests.checks.test_annual_reports import GOV, NB, statuses  # noqa: E402
from tests.factories import column, report  # noqa: E402
from govaudit.model.types import ListItem  # noqa: E402


def test_annual_reports_since_a_fixed_year():
    # Rolling window (years_back 3 at 2026-09-30): 2025, 2024, 2023. since 2020 adds 2022–2020.
    reports = [report(y, f"{y + 1}-03-20") for y in (2019, 2021, 2022, 2023, 2024, 2025)]
    got = statuses(ANNUAL_REPORT_PRESENCE, site(columns=[NB], annual_reports=reports), since=2020)
    assert got == {f"annual-report:{GOV}:{y}": ("fail" if y == 2020 else "pass") for y in range(2020, 2026)}
    # No report older than 2021 seen: the list may not reach 2020, so it is not observed.
    got = statuses(ANNUAL_REPORT_PRESENCE, site(columns=[NB], annual_reports=reports[1:]), since="2020")
    assert got[f"annual-report:{GOV}:2020"] == "incomplete" and got[f"annual-report:{GOV}:2021"] == "pass"
    # Inside the rolling window a missing year still fails as before.
    got = statuses(ANNUAL_REPORT_PRESENCE, site(columns=[NB], annual_reports=reports[:3] + reports[4:]), since=2020)
    assert got[f"annual-report:{GOV}:2023"] == "fail"
    # A start after the window's years: only those due years.
    assert set(statuses(ANNUAL_REPORT_PRESENCE, site(columns=[NB], annual_reports=reports), since=2025)) == {f"annual-report:{GOV}:2025"}


def _bulletins(*years: int):
    items = [ListItem(title=f"某区{y}年国民经济和社会发展统计公报", url=f"http://site.test/tjgb/{y}.html", date=f"{y + 1}-03-10")
             for y in years]
    col = replace(column("tjgb/", "统计公报", None), items=items)
    return site(columns=[col])


def test_recent_document_since_requires_every_year():
    rule = {"label": "统计公报", "title_pattern": "统计公报", "max_age": "1y", "since": 2021}
    got = run(RECENT_DOCUMENT, _bulletins(2019, 2020, 2022, 2023, 2024, 2025), **rule)
    # Dated by publication: bulletins of 2020…2025 were published 2021…2026 (the 2021 one is missing).
    assert got == {"recent:统计公报": "pass", "recent:统计公报:2021": "pass", "recent:统计公报:2022": "fail",
                   "recent:统计公报:2023": "pass", "recent:统计公报:2024": "pass", "recent:统计公报:2025": "pass"}
    # The list seen starts in 2023: earlier years were not observed.
    got = run(RECENT_DOCUMENT, _bulletins(2022, 2023, 2024, 2025), **rule)
    assert got["recent:统计公报:2021"] == "incomplete" and got["recent:统计公报:2022"] == "incomplete"
    cut = replace(_bulletins(2019, 2020, 2022), crawl=replace(site().crawl, budget_exhausted=True))
    assert run(RECENT_DOCUMENT, cut, **rule)["recent:统计公报:2022"] == "incomplete"
    items = [{"label": "统计公报", "title_pattern": "统计公报", "since": "2024-01-01"}]
    got = run(RECENT_DOCUMENT, _bulletins(2019, 2020, 2022, 2023, 2024, 2025), items=items, max_age="1y")
    assert got == {"recent:统计公报": "pass", "recent:统计公报:2024": "pass", "recent:统计公报:2025": "pass"}


@pytest.mark.parametrize("given, problem", [
    ({"title_pattern": "x", "max_age": "1y", "since": "2020年"}, "since must be a year"),
    ({"items": [{"label": "a", "title_pattern": "x", "since": 1800}], "max_age": "1y"}, "from 1990"),
])
def test_since_is_validated(given, problem):
    _, problems = validate_params(RECENT_DOCUMENT, given)
    assert problems and problem in problems[0]
    _, problems = validate_params(ANNUAL_REPORT_PRESENCE, {"since": "x"})
    assert problems and "since must be a year" in problems[0]


# page_text: tables, list pages, date spans ----------------------------------------------------

from govaudit.checks.text import PAGE_TEXT  # noqa: E402
from govaudit.checks.spans import find_spans  # noqa: E402
from govaudit.model.types import PageTable, PageText  # noqa: E402

FEEDBACK = document("yjzj/2.html", "关于《某区养犬管理办法》意见采纳情况的说明", kind="notice", pub_date="2026-03-20")
TABLE_RULE = {"pages": {"title": "采纳"}, "all_of": ["采纳"], "table": {"min_rows": 3, "header": "采纳|意见"}}


def _with_tables(body: str, *tables: PageTable) -> PageText:
    return replace(text("yjzj/2.html", body), tables=list(tables))


def test_page_text_table_requirement():
    model = site(documents=[FEEDBACK])
    table = PageTable(4, 4, "序号 意见建议 采纳情况 理由")
    assert run(PAGE_TEXT, model, {FEEDBACK.url: _with_tables("共收到意见 3 条，采纳 2 条", table)}, **TABLE_RULE) == {FEEDBACK.url: "pass"}
    # No table, a table too short, a table of other things: fail.
    for tables in ((), (PageTable(2, 4, "序号 意见建议 采纳情况 理由"),), (PageTable(6, 2, "联系人 电话"),)):
        got = run(PAGE_TEXT, model, {FEEDBACK.url: _with_tables("采纳 2 条", *tables)}, **TABLE_RULE)
        assert got == {FEEDBACK.url: "fail"}, tables
    # The text missing too: both are said.
    from govaudit.checks.base import Context
    from govaudit.model.pagetext import PageTexts
    params, _ = validate_params(PAGE_TEXT, TABLE_RULE)
    [f] = PAGE_TEXT.run(model, params, Context(date(2026, 9, 30), texts=PageTexts({FEEDBACK.url: _with_tables("无")})))
    assert f.status == "fail" and "未写明" in f.message and "没有至少 1 个" in f.message
    # Texts of a build that did not record tables: undecided, never a fail.
    old = PageTexts({FEEDBACK.url: _with_tables("采纳 2 条")}, tables=False)
    [f] = PAGE_TEXT.run(model, params, Context(date(2026, 9, 30), texts=old))
    assert f.status == "incomplete"
    assert run(PAGE_TEXT, model, {}, **TABLE_RULE) == {FEEDBACK.url: "incomplete"}


def test_page_text_locates_column_list_pages_only_when_asked():
    jd = replace(column("zcjd/", "政策解读", "2026-09-01"))
    model = site(columns=[jd], documents=[document("zcjd/1.html", "某办法政策解读", kind="interpretation")])
    body = {jd.url: text("zcjd/", "政策解读 本栏目以文字解读、图片解读、视频解读等形式解读本区政策文件 某办法政策解读 2026-09-01")}
    rule = {"pages": {"kind": ["list"], "column": "政策解读"}, "any_of": ["文字解读", "图片解读|图解", "视频解读"], "any_min": 2,
            "label": "政策解读栏目"}
    assert run(PAGE_TEXT, model, body, **rule) == {jd.url: "pass"}
    assert run(PAGE_TEXT, model, {jd.url: text("zcjd/", "政策解读 某办法政策解读 2026-09-01")}, **rule) == {jd.url: "fail"}
    assert run(PAGE_TEXT, model, {}, **rule) == {jd.url: "incomplete"}  # the list page's text was not kept
    # A locator that does not name the kind never sees list pages.
    assert run(PAGE_TEXT, model, body, **{**rule, "pages": {"title": "^政策解读$"}}) == {"text:政策解读栏目": "incomplete"}
    assert run(PAGE_TEXT, model, body, **{**rule, "pages": {"title": "^政策解读$", "kind": ["list"]}}) == {jd.url: "pass"}


CONSULT = document("yjzj/1.html", "关于公开征求《某区养犬管理办法（征求意见稿）》意见的公告", kind="notice", pub_date="2026-03-02")
SPAN_RULE = {"pages": {"title": "征求"}, "date_span": {"min_days": 30, "near": "征求意见|意见反馈|截止"}}


@pytest.mark.parametrize("body, status", [
    ("公开征求意见，征求意见时间为2026年3月2日至2026年4月1日。", "pass"),  # 31 days
    ("征求意见期限：自2026年3月2日起至3月31日止。", "pass"),  # 30 days, both included, year from the first date
    ("征求意见时间：3月2日至3月31日", "pass"),  # the year is the page's
    ("征求意见时间为 2026-03-02 至 2026-03-16。", "fail"),  # 15 days
    ("征求意见时间：2026年3月2日（星期一）9:00—2026年3月20日 17:00", "fail"),
    ("欢迎社会各界提出意见，截止日期为2026年4月1日。", "incomplete"),  # no range: not a clear pair of dates
    ("会议于2026年1月5日至1月8日召开。本公告无征集期。", "incomplete"),  # a range, not near the keyword
    ("征求意见时间：2026年3月2日至3月31日；意见反馈时间：2026年3月2日至3月10日。", "incomplete"),  # they disagree
])
def test_page_text_date_span(body, status):
    assert run(PAGE_TEXT, site(documents=[CONSULT]), {CONSULT.url: text("yjzj/1.html", body)}, **SPAN_RULE) == {CONSULT.url: status}


def test_page_text_date_span_in_working_days():
    notice = document("gs/1.html", "某某项目拟立项公示", kind="notice", pub_date="2025-09-28")
    rule = {"pages": {"title": "公示"}, "date_span": {"min_workdays": 5, "near": "公示期"}}
    # 2025-09-28 (a Sunday worked in lieu) to 2025-10-10: 13 calendar days, 9 weekdays, but only
    # 5 working days (9-28, 9-29, 9-30, 10-09, 10-10) around the National Day holiday.
    body = {notice.url: text("gs/1.html", "公示期：2025年9月28日至2025年10月10日。")}
    assert run(PAGE_TEXT, site(documents=[notice]), body, **rule) == {notice.url: "pass"}
    stricter = {**rule, "date_span": {"min_workdays": 6, "near": "公示期"}}
    assert run(PAGE_TEXT, site(documents=[notice]), body, **stricter) == {notice.url: "fail"}
    short = {notice.url: text("gs/1.html", "公示期：2025年9月29日至2025年9月30日。")}
    assert run(PAGE_TEXT, site(documents=[notice]), short, **rule) == {notice.url: "fail"}  # 2 working days
    far = {notice.url: text("gs/1.html", "公示期：2099年9月28日至2099年10月9日。")}
    assert run(PAGE_TEXT, site(documents=[notice]), far, **rule) == {notice.url: "incomplete"}  # no calendar for 2099


def test_date_spans_are_read_conservatively():
    import re
    [span] = find_spans("征求意见时间：2025年12月15日至1月15日", re.compile("征求意见"), None)
    assert (span.start.isoformat(), span.end.isoformat(), span.days) == ("2025-12-15", "2026-01-15", 32)
    assert find_spans("征求意见时间：3月2日至3月31日", re.compile("征求意见"), None) is None  # no year anywhere
    assert find_spans("征求意见时间：2026年2月30日至3月31日", re.compile("征求意见"), None) is None


@pytest.mark.parametrize("given, problem", [
    ({"table": {"rows": 3}}, "table takes"),
    ({"table": {"min_rows": 1}}, "min_rows must be ≥ 2"),
    ({"table": {"header": "("}}, "invalid"),
    ({"date_span": {"near": "征求"}}, "needs min_days"),
    ({"date_span": {"min_workdays": 0}}, "≥ 1"),
    ({"date_span": {"min_days": "30"}}, "date_span takes"),
    ({"date_span": {"min_days": 0}}, "≥ 1"),
    ({"pages": {"kind": ["lists"]}, "all_of": ["x"]}, "unknown page kind 'lists'"),
])
def test_new_page_text_params_are_validated(given, problem):
    _, problems = validate_params(PAGE_TEXT, {"pages": {"title": "x"}, **given})
    assert problems and problem in problems[0], problems


@pytest.mark.parametrize("line, value, words", [
    (8, "  since: 18年", "parameter 'since' is invalid"),
    (9, "  since: 2018\n  table: {rows: 3}", "unknown parameter 'table'"),
])
def test_a_bad_new_value_is_a_file_line_error_with_exit_2(tmp_path, line, value, words):
    import shutil
    from pathlib import Path
    from click.testing import CliRunner
    from govaudit.cli import main
    pack = tmp_path / "pack"
    shutil.copytree(Path(__file__).resolve().parents[2] / "docs" / "examples" / "rule-language", pack)
    rule = pack / "rules" / "annual-reports-since-2018.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("  since: 2018", value, 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "validate", str(pack)])
    assert result.exit_code == 2 and f"annual-reports-since-2018.yaml:{line}:" in result.output and words in result.output
    assert "Traceback" not in result.output


def test_any_is_undecided_while_listed_xs_were_not_fetched():
    from govaudit.model.types import ListItem
    col = replace(column("qtwj/", "其他文件", "2026-05-01"),
                  items=[ListItem(title="关于开展某某活动的通知", url="http://site.test/qtwj/9.html", date="2026-05-01")])
    docs = [replace(d, column_name="其他文件") for d in NORMATIVE]
    rule = {**ANY, "x": {"column": "其他文件"}}
    assert run(LINKED_PAIR, site(documents=docs), {}, **rule) == {"pair:其他文件": "fail"}
    assert run(LINKED_PAIR, site(documents=docs, columns=[col]), {}, **rule) == {"pair:其他文件": "incomplete"}
    # Before the window, an unfetched item does not matter.
    old = replace(col, items=[replace(col.items[0], date="2019-01-01")])
    assert run(LINKED_PAIR, site(documents=docs, columns=[old]), {}, **rule, since=2021) == {"pair:其他文件": "fail"}
