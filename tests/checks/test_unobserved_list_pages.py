"""A list seen in part (a WebForms GridView paged only by postback: Column.pages_unobserved) never
makes "missing" a verdict about what may sit on the pages nobody saw. Where the seen part
settles it (a list running newest first whose oldest seen row is older than anything the
missing item could be dated), the verdict stands."""

from dataclasses import replace
from datetime import date

import pytest

from govaudit.checks.annual_reports import ANNUAL_REPORT_PRESENCE
from govaudit.checks.base import Context
from govaudit.checks.interpretations import INTERPRETATION_LINKS
from govaudit.checks.listcover import would_be_seen
from govaudit.model.types import Interpretation, ListItem
from tests.factories import SITE, column, document, page, report, site

GOV = "某区人民政府"
AS_OF = Context(date(2026, 9, 30))
PARAMS = {"organ_pattern": "", "column_pattern": "年报", "deadline": "03-31", "department_deadline": "01-31",
          "years_back": 5, "departments": True}


def _listed(path: str, name: str, dates: list[str], unobserved: int, pinned: int = -1):
    items = [ListItem(title=f"{name}{i}", url=f"{SITE}{path}{i}.html", date=d, pinned=i == pinned) for i, d in enumerate(dates)]
    return replace(column(path, name, max(dates)), items=items, pages_unobserved=unobserved)


@pytest.mark.parametrize(("dates", "unobserved", "since", "seen"), [
    (["2026-03-20", "2025-04-08", "2023-03-31"], 0, "2020-01-01", True),   # fully observed
    (["2026-03-20", "2025-04-08", "2023-03-31"], 1, "2024-01-01", True),   # newer than the oldest row seen
    (["2026-03-20", "2025-04-08", "2023-03-31"], 1, "2023-03-31", False),  # a tie may be on the next page
    (["2026-03-20", "2025-04-08", "2023-03-31"], 1, "2022-01-01", False),  # older: on an unseen page perhaps
    (["2025-04-08", "2026-03-20", "2023-03-31"], 1, "2024-01-01", False),  # not newest first: no inference
    ([None, None], 1, "2024-01-01", False),                                 # undated rows
    (["2026-03-20", "2025-04-08", "2023-03-31"], 1, "", False),             # an undated item
])
def test_would_be_seen(dates, unobserved, since, seen):
    items = [ListItem(title=str(i), url=f"{SITE}{i}.html", date=d) for i, d in enumerate(dates)]
    col = replace(column("nb/", "年报", None), items=items, pages_unobserved=unobserved)
    assert would_be_seen(col, since) is seen


def _presence(model):
    return {f.subject.rsplit(":", 1)[1]: f for f in ANNUAL_REPORT_PRESENCE.run(model, PARAMS, AS_OF)}


def test_reports_older_than_a_postback_list_shows_are_incomplete_and_a_gap_inside_it_fails():
    """2025, 2024 and 2022 on the GridView's first page, 2021 on its second (postback only)."""
    nb = _listed("nb/", "政府信息公开年报", ["2026-03-20", "2025-04-08", "2023-03-31"], unobserved=1)
    model = site(columns=[nb], annual_reports=[report(y, d) for y, d in ((2025, "2026-03-20"), (2024, "2025-04-08"),
                                                                         (2022, "2023-03-31"))])
    got = _presence(model)
    assert {y: f.status for y, f in got.items()} == {"2025": "pass", "2024": "pass", "2023": "fail", "2022": "pass",
                                                      "2021": "incomplete"}
    assert "另有 1 页未能观察到" in got["2021"].message and got["2021"].url == nb.url
    # The same list fully observed: 2021 is missing.
    seen = _presence(replace(model, columns=[replace(nb, pages_unobserved=0)]))
    assert seen["2021"].status == "fail"


def test_a_pinned_row_does_not_break_the_order_and_an_unordered_list_settles_nothing():
    pinned = _listed("nb/", "政府信息公开年报", ["2021-03-01", "2026-03-20", "2025-04-08", "2023-03-31"], 1, pinned=0)
    model = site(columns=[pinned], annual_reports=[report(2025, "2026-03-20"), report(2024, "2025-04-08"), report(2022, "2023-03-31")])
    assert _presence(model)["2023"].status == "fail"
    shuffled = _listed("nb/", "政府信息公开年报", ["2025-04-08", "2026-03-20", "2023-03-31"], 1)
    assert _presence(replace(model, columns=[shuffled]))["2023"].status == "incomplete"


PRESENT = {"kinds": ["normative"], "numbered_only": [], "within": "24m", "require": "present", "own_documents_only": True}


def _interp(doc: str, day: str) -> Interpretation:
    return Interpretation(SITE + "jd/" + doc, SITE + doc, ["hyperlink"], "both", day, day)


def test_a_missing_interpretation_is_incomplete_when_it_may_sit_on_an_unseen_page():
    jd = _listed("jd/", "政策解读", ["2026-09-03", "2026-08-21", "2026-07-12", "2026-06-02"], unobserved=1)
    docs = [document("new.html", "新文件", pub_date="2026-07-31"), document("old.html", "旧文件", pub_date="2026-03-01"),
            document("undated.html", "无日期文件", pub_date=None), document("ok.html", "有解读的文件", pub_date="2026-02-01")]
    read = [page(item.url.removeprefix(SITE), "document", item.title) for item in jd.items]  # the rows seen were read
    model = site(columns=[jd], documents=docs, interpretations=[_interp("ok.html", "2026-02-02")], pages=[page("", "home", "首页"), *read])
    got = {f.subject.removeprefix(SITE): f for f in INTERPRETATION_LINKS.run(model, PRESENT, AS_OF)}
    assert {k: f.status for k, f in got.items()} == {"new.html": "fail", "old.html": "incomplete",
                                                     "undated.html": "incomplete", "ok.html": "pass"}
    assert "政策解读" in got["old.html"].message and "另有 1 页未能观察到" in got["old.html"].message
    # Fully observed, or no interpretation column at all: missing is a verdict again.
    for columns in ([replace(jd, pages_unobserved=0)], []):
        statuses = {f.subject.removeprefix(SITE): f.status for f in INTERPRETATION_LINKS.run(replace(model, columns=columns), PRESENT, AS_OF)}
        assert statuses["old.html"] == "fail"


def test_another_organs_list_seen_in_part_says_nothing_about_this_organs_reports():
    nb = _listed("nb/", "政府信息公开年报", ["2026-03-20", "2025-04-08", "2023-03-31"], unobserved=0)
    dept = _listed("bm/", "部门年报", ["2026-01-20", "2025-01-22"], unobserved=2)
    reports = [replace(report(y, d), column_url=nb.url) for y, d in ((2025, "2026-03-20"), (2024, "2025-04-08"), (2022, "2023-03-31"))]
    got = _presence(site(columns=[nb, dept], annual_reports=reports))
    assert got["2021"].status == "fail" and got["2023"].status == "fail"
    # the organ's own list seen in part: its older years stay open
    got = _presence(site(columns=[replace(nb, pages_unobserved=1), dept], annual_reports=reports))
    assert got["2021"].status == "incomplete" and got["2023"].status == "fail"
