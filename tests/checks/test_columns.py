from dataclasses import replace
from datetime import date

from govaudit.checks.base import ColumnClass, Context
from govaudit.checks.columns import COLUMN_EMPTY, COLUMN_FRESHNESS
from tests.factories import SITE, column, document, site

CLASSES = (
    ColumnClass("not_updated", "历史", ("历史专题",)),
    ColumnClass("news", "动态要闻类", ("要闻", "动态")),
    ColumnClass("notice_policy", "通知公告", ("通知公告",)),
)
CTX = Context(as_of=date(2026, 9, 30), column_classes=CLASSES)
NEWS = {"classes": ["news"], "max_age": "14d", "warn_age": "10d", "undated_counts_as_stale": True, "levels": []}


def statuses(findings):
    return {f.subject.removeprefix(SITE): f.status for f in findings}


def test_news_freshness_pass_warn_fail_at_exact_boundaries():
    model = site(columns=[
        column("a/", "区域要闻", "2026-09-16"),   # 14 days: not yet stale, but warned
        column("b/", "部门动态", "2026-09-15"),   # 15 days: stale
        column("c/", "工作动态", "2026-09-19"),   # 11 days: past the 10-day warning
        column("d/", "图片要闻", "2026-09-20"),   # 10 days: not yet warned
        column("e/", "通知公告", "2020-01-01"),   # another class: ignored by this rule
    ])
    assert statuses(COLUMN_FRESHNESS.run(model, NEWS, CTX)) == {"a/": "warn", "b/": "fail", "c/": "warn", "d/": "pass"}


def test_stale_finding_carries_dates_and_evidence():
    model = site(columns=[column("b/", "部门动态", "2026-09-08")])
    (finding,) = COLUMN_FRESHNESS.run(model, NEWS, CTX)
    assert finding.data["newest_date"] == "2026-09-08" and finding.data["age_days"] == 22
    assert "2026-09-08" in finding.message and finding.evidence.url == SITE + "b/"


def test_months_limit_uses_calendar_months():
    params = {**NEWS, "classes": ["notice_policy"], "max_age": "6m", "warn_age": None}
    model = site(columns=[column("a/", "通知公告", "2026-03-30"), column("b/", "通知公告", "2026-03-29")])
    assert statuses(COLUMN_FRESHNESS.run(model, params, CTX)) == {"a/": "pass", "b/": "fail"}


def test_not_observed_is_incomplete_and_undated_is_stale():
    model = site(columns=[column("a/", "部门动态", None, state="not_observed"), column("b/", "区域要闻", None)])
    assert statuses(COLUMN_FRESHNESS.run(model, NEWS, CTX)) == {"a/": "incomplete", "b/": "fail"}
    lenient = {**NEWS, "undated_counts_as_stale": False}
    assert statuses(COLUMN_FRESHNESS.run(model, lenient, CTX))["b/"] == "incomplete"


def test_historical_topic_is_not_a_news_column():
    model = site(columns=[column("a/", "疫情防控新闻（历史专题）", "2020-03-01")])
    assert COLUMN_FRESHNESS.run(model, NEWS, CTX) == []


def test_empty_columns():
    model = site(columns=[
        column("a/", "专项资金", None, state="empty"),
        column("b/", "区域要闻", "2026-09-28"),
        column("c/", "规范性文件", None, state="not_observed"),
        column("d/", "抗疫（历史专题）", None, state="empty"),
    ])
    got = statuses(COLUMN_EMPTY.run(model, {"exclude_classes": ["not_updated"]}, CTX))
    assert got == {"a/": "fail", "b/": "pass", "c/": "incomplete"}


def test_newest_date_on_a_date_pile_is_not_fresh():
    from dataclasses import replace
    model = site(columns=[replace(column("a/", "区域要闻", "2026-09-29"), newest_is_pile=True)])
    (finding,) = COLUMN_FRESHNESS.run(model, NEWS, CTX)
    assert finding.status == "incomplete" and "2026-09-29" in finding.message


def test_every_column_counted_as_long_stale_has_its_own_finding():
    """The 长期未更新 veto counts columns; each of them must also be named by a per-column rule."""
    from govaudit.engine import run_rule
    from govaudit.ruleset import load_ruleset

    ruleset = load_ruleset()
    rules = {r.id: r for r in ruleset.rules}
    model = site(columns=[
        column("ldxx/", "领导信息", "2024-01-01"), column("czxx/", "财政信息", "2025-06-01"),
        column("rsxx/", "人事信息", "2024-01-01"), column("tzgg/", "通知公告", "2026-01-01"),
        column("bmdt/", "部门动态", "2026-09-01"), column("zd/", "政府信息公开制度", "2024-01-01"),
        column("nb/", "政府信息公开年报", "2025-03-20"), column("tjxx/", "统计信息", "2026-01-01"),
    ])
    ctx = Context(date(2026, 9, 30), ruleset.column_classes)
    (count,) = run_rule(rules["long-stale-columns-veto"], model, ctx)
    per_column = {f.subject for rule in ("news-column-stale", "notice-column-stale", "personnel-plan-column-stale", "other-column-stale")
                  for f in run_rule(rules[rule], model, ctx) if f.status == "fail"}
    assert set(count.data["subjects"]) == per_column
    assert {s.removeprefix(SITE) for s in per_column} == {"ldxx/", "czxx/", "rsxx/", "tzgg/", "bmdt/"}
    other = {f.subject.removeprefix(SITE): f.status for f in run_rule(rules["other-column-stale"], model, ctx)}
    assert other == {"ldxx/": "fail", "czxx/": "fail", "tjxx/": "pass"}  # 制度 and 年报 have no fixed cycle


def test_a_column_named_by_a_past_year_is_that_years_archive_not_a_stale_column():
    """Sites archive a column's items by year (石家庄 WebIMS: 本市要闻 › 2024, ColumnName and trail both
    "2024"; 预决算 › 2023年度). A past year's archive ends with its year: with the shipped classes it
    is no column of the 1-year class `other`, so neither other-column-stale nor the long-stale veto
    judges it; an empty one is still an empty column. The current year's is a live column."""
    from govaudit.ruleset import load_ruleset

    ctx = Context(as_of=date(2026, 11, 20), column_classes=load_ruleset().column_classes)
    model = site(columns=[column("a/2024/", "2024", "2024-12-28"), column("b/2023/", "2023年度", "2023-06-01"),
                          column("c/2026/", "2026年", "2025-10-01"), column("d/", "2024年重点工作", "2024-12-01"),
                          column("e/2025/", "2025", None, state="empty")])
    veto = {"classes": ["personnel_plan", "other"], "max_age": "1y", "warn_age": None, "undated_counts_as_stale": True, "levels": []}
    assert statuses(COLUMN_FRESHNESS.run(model, veto, ctx)) == {"c/2026/": "fail", "d/": "fail"}
    assert statuses(COLUMN_EMPTY.run(model, {"exclude_classes": ["not_updated"]}, ctx))["e/2025/"] == "fail"


def test_a_column_dated_by_its_documents_is_undecided_while_a_rows_page_showed_no_date():
    """jee under all 13 mutations, seed 2: a 规划计划 list regenerated on 2026-11-02 (every row), its
    articles dated 2025-09 to 2026-08, two of them read as hubs (a one-sentence body beside side
    boxes). Dated by the two documents read (newest 2025-11-18), the column failed its 1-year limit,
    though its newest article, unread, was inside it. With a row whose page showed no date of its
    own, an old newest is no proof; with every row's document dated, it fails."""
    from govaudit.model.types import DatePile

    ctx = Context(as_of=date(2026, 11, 20), column_classes=(ColumnClass("personnel_plan", "规划", ("规划",)),))
    col = column("ghjh/", "规划计划", "2025-11-18", n_items=3)
    items = [replace(i, date="2026-11-02") for i in col.items]
    col = replace(col, items=items, newest_source="documents", date_piles=[DatePile("2026-11-02", 3, 3, "list", [i.url for i in items])])
    dated = [document(i.url.removeprefix(SITE), i.title, kind="other", pub_date=d) for i, d in zip(items, ("2025-11-18", "2025-10-19", "2025-09-19"))]
    params = {"classes": ["personnel_plan"], "max_age": "1y", "warn_age": None, "undated_counts_as_stale": True, "levels": []}
    (f,) = COLUMN_FRESHNESS.run(site(columns=[col], documents=dated[:2]), params, ctx)
    assert f.status == "incomplete" and f.data["rows_undated"] == 1 and "1 篇文章未能读取其发布日期" in f.message
    (f,) = COLUMN_FRESHNESS.run(site(columns=[col], documents=dated), params, ctx)
    assert f.status == "fail"


def test_an_undated_list_whose_row_pages_were_read_as_other_pages_is_undecided():
    """esite under all 13 mutations, seed 2: a 图片新闻 list of pictures and titles (its dates on the
    article pages), the articles read as hubs. 「条目均无可识别的发布日期，视为未更新」 failed a fresh
    column: a row page read as something other than an article says nothing of the column's dates.
    Rows whose pages were read as undated articles still count as stale (the 2015 普查口径)."""
    from govaudit.model.types import Page
    from tests.factories import ev

    col = column("tpxw/", "图片动态", None, n_items=3)
    col = replace(col, items=[replace(i, date=None) for i in col.items])
    pages = [Page(i.url, "hub", i.title, 200, "ok", "utf-8", ev(i.url)) for i in col.items[:1]]
    (f,) = COLUMN_FRESHNESS.run(site(columns=[col], pages=[*site().pages, *pages]), NEWS, CTX)
    assert f.status == "incomplete" and f.data["rows_unread"] == 1
    articles = [Page(i.url, "document", i.title, 200, "ok", "utf-8", ev(i.url)) for i in col.items]
    (f,) = COLUMN_FRESHNESS.run(site(columns=[col], pages=[*site().pages, *articles]), NEWS, CTX)
    assert f.status == "fail"
