from dataclasses import replace
from datetime import date

from govaudit.checks.base import ColumnClass, Context, validate_params
from govaudit.checks.counts import COUNT_FAILURES
from govaudit.checks.interpretations import INTERPRETATION_LINKS
from govaudit.checks.presence import RECENT_DOCUMENT, SECTION_PRESENT, SITE_FRESHNESS
from govaudit.model.types import BudgetCut, Interpretation, Link, ListItem
from tests.factories import SITE, column, document, site

CLASSES = (ColumnClass("not_updated", "历史", ("历史专题",)), ColumnClass("news", "新闻", ("动态",)),
           ColumnClass("notice_policy", "通知", ("通知公告",)))
CTX = Context(date(2026, 9, 30), CLASSES)


def run(kind, model, **given):
    params, problems = validate_params(kind, given)
    assert problems == []
    return kind.run(model, params, CTX)


STALE_VETO = {
    "count": [{"check": "column_freshness", "params": {"classes": ["news"], "max_age": "14d"}},
              {"check": "column_freshness", "params": {"classes": ["notice_policy"], "max_age": "6m", "levels": [1]}}],
    "fail_at": 5, "warn_at": 3, "label": "不更新栏目",
}


def _stale(n_news: int, n_notice: int, n_unknown: int = 0):
    cols = [column(f"n{i}/", f"部门动态{i}", "2026-08-01") for i in range(n_news)]
    cols += [column(f"t{i}/", f"通知公告{i}", "2025-01-01") for i in range(n_notice)]
    cols += [column(f"u{i}/", f"工作动态{i}", None, state="not_observed") for i in range(n_unknown)]
    return site(columns=cols + [column("ok/", "区域动态", "2026-09-29")])


def test_count_reaches_the_veto_threshold_across_classes():
    (f,) = run(COUNT_FAILURES, _stale(3, 2), **STALE_VETO)
    assert f.status == "fail" and f.data["count"] == 5 and len(f.data["subjects"]) == 5
    (f,) = run(COUNT_FAILURES, _stale(2, 1), **STALE_VETO)
    assert (f.status, f.data["count"]) == ("warn", 3)
    (f,) = run(COUNT_FAILURES, _stale(1, 0), **STALE_VETO)
    assert f.status == "pass"


def test_count_is_incomplete_when_unobserved_subjects_could_reach_the_threshold():
    (f,) = run(COUNT_FAILURES, _stale(3, 0, n_unknown=2), **STALE_VETO)
    assert f.status == "incomplete" and f.data["undecided"] == [f"{SITE}u0/", f"{SITE}u1/"]


def test_a_pass_below_the_limit_names_the_subjects_it_could_not_judge():
    """shtml sample site under all mutations, seed 16: one empty column confirmed, one undecided (its
    list read as script-loaded); the veto passed as 「空白栏目共 1 个」, though with the undecided one the
    count would be 2, the warning's level. The limit stays out of reach; the message says what is unknown."""
    (f,) = run(COUNT_FAILURES, _stale(1, 0, n_unknown=2), **STALE_VETO)
    assert f.status == "pass" and "已确认 1 个，另有 2 个无法判断" in f.message and "未达到 5 个的限值" in f.message
    (f,) = run(COUNT_FAILURES, _stale(1, 0), **STALE_VETO)
    assert f.status == "pass" and f.message == "不更新栏目共 1 个，未达到 5 个的限值。"


def test_a_count_below_the_limit_is_no_verdict_when_the_crawl_left_columns_unseen():
    """Probes of 2bb4c15: the hanweb and vsb sample sites cut to 35 % of their pages by --max-pages
    passed stale-columns-veto (「共 2 个，未达到 5 个的限值」) with columns never fetched; whole, 3."""
    cut = BudgetCut({"column": 4, "document": 40, "pagination": 3}, 47, 0)
    for crawl in ({"budget_cut": cut, "budget_exhausted": True, "stop_reason": "max_pages"},
                  {"stop_reason": "host_down"}, {"stop_reason": "max_time", "budget_exhausted": True}):
        model = _stale(2, 0)
        (f,) = run(COUNT_FAILURES, replace(model, crawl=replace(model.crawl, **crawl)), **STALE_VETO)
        assert f.status == "incomplete" and "无法确认未达到 5 个的限值" in f.message, crawl
    model = _stale(3, 2)  # reached whatever was left unseen
    (f,) = run(COUNT_FAILURES, replace(model, crawl=replace(model.crawl, budget_cut=cut)), **STALE_VETO)
    assert f.status == "fail"
    # only later list pages, attachments and images left: every column was seen
    only = BudgetCut({"pagination": 3, "disclosure_attachment": 2, "image": 9}, 14, 2)
    model = _stale(1, 0)
    (f,) = run(COUNT_FAILURES, replace(model, crawl=replace(model.crawl, budget_cut=only)), **STALE_VETO)
    assert f.status == "pass"


def test_second_level_notice_columns_are_not_counted():
    model = _stale(3, 2)
    model = replace(model, columns=[replace(c, level=2) if "通知公告" in c.name else c for c in model.columns])
    (f,) = run(COUNT_FAILURES, model, **STALE_VETO)
    assert f.data["count"] == 3


def test_count_rejects_bad_sub_checks():
    for bad in ([{"check": "nope"}], [{"check": "column_freshness", "params": {"max_age": "2w", "classes": []}}],
                [{"check": "count_failures", "params": {}}], []):
        _, problems = validate_params(COUNT_FAILURES, {"count": bad, "fail_at": 5})
        assert problems and "parameter 'count' is invalid" in problems[0]


def test_sections_found_by_column_page_title_or_link_text():
    model = site(columns=[column("nb/", "政府信息公开年报", "2026-03-01")],
                 links=[Link(SITE, SITE + "zn/", "政府信息公开指南", "page", "ok", 200)])
    got = {f.subject: f.status for f in run(SECTION_PRESENT, model, sections={"年报": "年报", "指南": "公开指南", "依申请公开": "依申请"})}
    assert got == {"section:年报": "pass", "section:指南": "pass", "section:依申请公开": "fail"}


def test_recent_document_from_pages_or_list_items():
    cleanup = "关于公布规范性文件清理结果的通知"
    listed = column("gg/", "公示公告", "2026-06-30")
    listed = replace(listed, items=[ListItem(cleanup, SITE + "gg/1.html", "2026-06-30")])
    params = {"title_pattern": "清理结果", "max_age": "1y", "label": "规范性文件清理结果"}
    (f,) = run(RECENT_DOCUMENT, site(columns=[listed]), **params)
    assert f.status == "pass" and f.data["newest_date"] == "2026-06-30"
    (f,) = run(RECENT_DOCUMENT, site(documents=[document("a.html", cleanup, kind="notice", pub_date="2025-09-29")]), **params)
    assert f.status == "fail" and "已超过 1 年" in f.message
    (f,) = run(RECENT_DOCUMENT, site(), **params)
    assert f.status == "fail"
    # The same notice both fetched and listed (equal date, title, URL) must not break sorting.
    both = site(columns=[listed], documents=[document("gg/1.html", cleanup, kind="notice", pub_date="2026-06-30")])
    (f,) = run(RECENT_DOCUMENT, both, **params)
    assert f.status == "pass" and f.data["found"] == 2


def test_site_freshness_uses_newest_first_level_column_and_skips_history():
    model = site(columns=[column("a/", "部门动态", "2026-09-10"), column("h/", "抗疫（历史专题）", "2026-09-29"),
                          replace(column("b/", "通知公告", "2026-09-29"), level=2)])
    (f,) = run(SITE_FRESHNESS, model, max_age="14d")
    assert f.status == "fail" and f.data["newest_date"] == "2026-09-10" and f.data["age_days"] == 20


def test_site_freshness_takes_no_regeneration_pile_for_an_update():
    # A column whose newest date is a regeneration stamp (date_integrity.newest: is_pile) is no
    # evidence of an update: the site is stale, or undecided, never fresh by the stamp.
    stale, piled = column("a/", "部门动态", "2026-08-01"), replace(column("b/", "人事信息", "2026-09-29"), newest_is_pile=True)
    (f,) = run(SITE_FRESHNESS, site(columns=[stale, piled]), max_age="14d")
    assert f.status == "incomplete" and "重新生成" in f.message
    (f,) = run(SITE_FRESHNESS, site(columns=[piled]), max_age="14d")
    assert f.status == "incomplete"
    (f,) = run(SITE_FRESHNESS, site(columns=[column("c/", "区域要闻", "2026-09-28"), piled]), max_age="14d")
    assert f.status == "pass" and f.data["newest_date"] == "2026-09-28"


def _crawled(model, day: str = "2026-09-30T10:00:00+08:00"):
    return replace(model, crawl=replace(model.crawl, started_at=day, finished_at=day))


def test_site_freshness_sets_aside_a_date_after_the_crawl_as_a_typo():
    # 2062-09-08 for 2026-09-08: no update on a day that has not come; the column is dated by its other rows.
    typo = replace(column("a/", "部门动态", "2062-09-08"), items=[ListItem("新", SITE + "a/1.html", "2062-09-08"),
                                                                 ListItem("旧", SITE + "a/2.html", "2026-08-01")])
    (f,) = run(SITE_FRESHNESS, _crawled(site(columns=[typo])), max_age="14d")
    assert f.status == "fail" and f.data["newest_date"] == "2026-08-01"
    alone = replace(typo, items=typo.items[:1])
    (f,) = run(SITE_FRESHNESS, _crawled(site(columns=[alone, column("b/", "通知公告", "2026-09-25")])), max_age="14d")
    assert f.status == "pass" and f.data["newest_date"] == "2026-09-25"


def test_recent_document_sets_aside_a_date_after_the_crawl_as_a_typo():
    params = {"title_pattern": "清理结果", "max_age": "1y", "label": "规范性文件清理结果"}
    typo = document("b.html", "关于公布规范性文件清理结果的通知", kind="notice", pub_date="2062-06-30")
    older = document("a.html", "2024年规范性文件清理结果", kind="notice", pub_date="2024-06-30")
    (f,) = run(RECENT_DOCUMENT, _crawled(site(documents=[typo, older])), **params)
    assert f.status == "fail" and f.data["newest_date"] == "2024-06-30" and "2062-06-30" in f.message
    (f,) = run(RECENT_DOCUMENT, _crawled(site(documents=[typo])), **params)
    assert f.status == "incomplete" and "录入错误" in f.message


def _interp(doc_date: str, interp_date: str):
    doc = document("d.html", "某办法", pub_date=doc_date)
    rel = Interpretation(SITE + "j.html", SITE + "d.html", ["hyperlink"], "both", interp_date, doc_date)
    return site(documents=[doc], interpretations=[rel])


def test_interpretation_lag_counts_chinese_working_days():
    timely = {"kinds": ["normative"], "within": "24m", "require": "timely", "max_lag_working_days": 3}
    # Fri 2026-09-25 -> Fri 2026-10-09: 09-28..09-30 and 10-08, 10-09 are working days;
    # the Mid-autumn/National Day holidays (09-27, 10-01..10-07) are not.
    (f,) = run(INTERPRETATION_LINKS, _interp("2026-09-25", "2026-10-09"), **timely)
    assert (f.status, f.data["lag_working_days"]) == ("fail", 5)
    # Saturday 2026-10-10 is a make-up workday (调休): it counts, Sunday 10-11 does not.
    (f,) = run(INTERPRETATION_LINKS, _interp("2026-10-09", "2026-10-11"), **timely)
    assert (f.status, f.data["lag_working_days"]) == ("pass", 1)
    (f,) = run(INTERPRETATION_LINKS, _interp("2026-07-31", "2026-08-03"), **timely)  # Fri -> Mon
    assert (f.status, f.data["lag_working_days"]) == ("pass", 1)
    (f,) = run(INTERPRETATION_LINKS, _interp("2026-08-03", "2026-08-01"), **timely)  # before the document
    assert (f.status, f.data["lag_working_days"]) == ("pass", 0)
    (f,) = run(INTERPRETATION_LINKS, _interp("2026-12-30", "2031-01-05"), **timely)  # beyond the calendar's data
    assert f.status == "incomplete"


def test_a_guide_found_only_as_an_undated_page_is_undecided_not_missing():
    from govaudit.model.types import Page
    from tests.factories import ev

    guide = Page(SITE + "xxgk/gkzn/", "hub", "政府信息公开指南", 200, "ok", "utf-8", ev(SITE + "xxgk/gkzn/"))
    params = {"title_pattern": "信息公开指南", "max_age": "2y", "label": "政府信息公开指南"}
    (f,) = run(RECENT_DOCUMENT, site(pages=[*site().pages, guide]), **params)
    assert f.status == "incomplete" and f.url == SITE + "xxgk/gkzn/" and "无法识别发布日期" in f.message


def test_an_undated_guide_is_dated_by_the_day_its_text_says_it_takes_effect():
    """MetInfo's single-page guide (a 米拓 government theme, the sample site metinfo) shows no date;
    its text ends 本指南自2026年3月2日起施行: in force since then, so issued no later. A guide in force
    since 2023 is past two years; a page that says neither stays undecided."""
    from govaudit.model.pagetext import PageTexts
    from govaudit.model.types import Page, PageText
    from tests.factories import ev

    url = SITE + "about/show.php?id=14"
    guide = Page(url, "hub", "岫岭镇政府信息公开指南", 200, "ok", "utf-8", ev(url))
    model = site(pages=[*site().pages, guide])
    params, _ = validate_params(RECENT_DOCUMENT, {"title_pattern": "信息公开指南", "max_age": "2y", "label": "政府信息公开指南"})
    found = {}
    for said in ("本指南自2026年3月2日起施行。", "本指南自 2023 年 5 月 8 日起实施。", "本指南自印发之日起施行。"):
        texts = PageTexts({url: PageText(url, "一、主动公开 二、依申请公开 " + said)})
        (found[said],) = RECENT_DOCUMENT.run(model, params, replace(CTX, texts=texts))
    assert [f.status for f in found.values()] == ["pass", "fail", "incomplete"]
    assert "未显示发布日期，正文载明自 2023-05-08 起施行，已超过" in found["本指南自 2023 年 5 月 8 日起实施。"].message


def test_an_undated_guide_is_dated_by_the_date_its_text_is_signed_with():
    """The gkmlpt sample site's guide ends 凤岭县人民政府办公室 2026年2月6日 (its 落款) and shows no
    发布日期: read as a static page it is dated so (page._static_item); read as an undated document
    (its ColumnName meta and trail gone, seed 12 of the mutations) it was undecided. A date inside
    the text that does not end it is no signature."""
    from govaudit.model.pagetext import PageTexts
    from govaudit.model.types import Page, PageText
    from tests.factories import ev

    url = SITE + "zwgk/gkzn/"
    guide = Page(url, "document", "信息公开指南", 200, "ok", "utf-8", ev(url))
    model = site(pages=[*site().pages, guide])
    params, _ = validate_params(RECENT_DOCUMENT, {"title_pattern": "信息公开指南", "max_age": "2y", "label": "政府信息公开指南"})
    found = {}
    for said in ("三、监督和救济。…… 凤岭县人民政府办公室 2026年2月6日", "三、监督和救济。…… 凤岭县人民政府办公室 2023年5月8日",
                 "自2026年2月6日收到申请之日起20个工作日内予以答复。凤岭县人民政府办公室"):
        texts = PageTexts({url: PageText(url, "一、主动公开 二、依申请公开 " + said)})
        (found[said],) = RECENT_DOCUMENT.run(model, params, replace(CTX, texts=texts))
    assert [f.status for f in found.values()] == ["pass", "fail", "incomplete"]
    first = next(iter(found.values()))
    assert "未显示发布日期，正文落款日期为 2026-02-06" in first.message and first.data["date_source"] == "signed"


def test_a_guide_a_menu_names_whose_page_reads_otherwise_is_undecided_not_missing():
    """An unknown template's side heading (信息公开目录) came before the guide's own title: the page
    the menu link 政府信息公开指南 opens was fetched, so the guide is found, undated, not missing."""
    from tests.factories import link, page

    model = site(pages=[*site().pages, page("xxgk/gkzn.html", "hub", "信息公开目录")],
                 links=[link(SITE, "xxgk/gkzn.html", "政府信息公开指南"), link(SITE, "xxgk/", "关于修订政府信息公开指南的说明会召开")])
    params = {"title_pattern": "信息公开指南", "max_age": "2y", "label": "政府信息公开指南"}
    (f,) = run(RECENT_DOCUMENT, model, **params)
    assert f.status == "incomplete" and f.url == SITE + "xxgk/gkzn.html" and "无法识别发布日期" in f.message
    # a headline that only mentions it is no evidence of the guide
    headline = site(pages=[*site().pages, page("xxgk/", "hub", "信息公开")],
                    links=[link(SITE, "xxgk/", "关于修订政府信息公开指南的说明会召开")])
    (f,) = run(RECENT_DOCUMENT, headline, **params)
    assert f.status == "fail"


def test_a_guide_whose_link_was_refused_is_undecided_not_missing():
    """The kesion sample site under WAF faults (tests/sites/server.py Faults waf412, seed 1): the menu link
    政府信息公开指南 (/Item/list.asp?id=29) answered a WAF's challenge; guide-current failed 「未找到政府信息公开指南」."""
    params = {"title_pattern": "信息公开指南", "max_age": "2y", "label": "政府信息公开指南"}
    refused = Link(source=SITE, target=SITE + "Item/list.asp?id=29", text="政府信息公开指南", kind="page", outcome="blocked",
                   status=412, fetch_outcome="blocked")
    (f,) = run(RECENT_DOCUMENT, site(links=[refused]), **params)
    assert f.status == "incomplete" and f.url == SITE + "Item/list.asp?id=29" and "政府信息公开指南" in f.message
    gone = replace(refused, outcome="broken", status=404, fetch_outcome="not_found")
    (f,) = run(RECENT_DOCUMENT, site(links=[gone]), **params)
    assert f.status == "fail"
