"""page_text, linked_pair, scoped section_present and recent_document items."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from govaudit.checks.base import ColumnClass, Context, validate_params
from govaudit.checks.pairs import LINKED_PAIR
from govaudit.checks.presence import RECENT_DOCUMENT, SECTION_PRESENT
from govaudit.checks.text import PAGE_TEXT
from govaudit.model.pagetext import PageTexts
from govaudit.model.types import Link, ListItem, OffsiteLink, PageText
from tests.factories import SITE, column, document, link, page, site

CLASSES = (ColumnClass("notice_policy", "通知", ("通知公告",)),)


def run(kind, model, texts=None, as_of=date(2026, 9, 30), **given):
    params, problems = validate_params(kind, given)
    assert problems == []
    ctx = Context(as_of, CLASSES, texts=PageTexts(texts) if texts is not None else PageTexts({}))
    return {f.subject: f.status for f in kind.run(model, params, ctx)}


def text(path: str, body: str, headings=(), truncated: bool = False) -> PageText:
    return PageText(SITE + path, body, list(headings), len(body) + (100 if truncated else 0), truncated)


DUTIES = document("jgzn/", "机构职能", kind="static", pub_date=None)
DUTY_RULE = {"pages": {"title": "机构职能"}, "all_of": ["内设机构", "职责", "地址", "电话"], "label": "机构职能页面"}


def test_page_text_passes_fails_and_never_judges_what_it_did_not_read():
    model = site(documents=[DUTIES])
    full = text("jgzn/", "一、主要职责 …… 二、内设机构 办公室 三、联系方式 地址：人民路 8 号 电话：12345678")
    lacking = text("jgzn/", "一、主要职责 …… 二、内设机构 办公室")
    assert run(PAGE_TEXT, model, {DUTIES.url: full}, **DUTY_RULE) == {DUTIES.url: "pass"}
    assert run(PAGE_TEXT, model, {DUTIES.url: lacking}, **DUTY_RULE) == {DUTIES.url: "fail"}
    # Cut at the cap: what is missing may be in the part not kept.
    assert run(PAGE_TEXT, model, {DUTIES.url: replace(lacking, truncated=True)}, **DUTY_RULE) == {DUTIES.url: "incomplete"}
    assert run(PAGE_TEXT, model, {}, **DUTY_RULE) == {DUTIES.url: "incomplete"}  # no text extracted
    assert run(PAGE_TEXT, site(), {}, **DUTY_RULE) == {"text:机构职能页面": "incomplete"}  # no page located


def test_page_text_counts_any_of_and_none_of():
    guide = document("zn/", "政府信息公开指南", kind="static", pub_date=None)
    model = site(documents=[guide])
    body = {guide.url: text("zn/", "受理机构：办公室。申请方式：网上申请、信函申请。收费：不收费。")}
    rule = {"pages": {"title": "指南"}, "any_of": ["网上申请", "信函申请", "当面申请"], "any_min": 2}
    assert run(PAGE_TEXT, model, body, **rule) == {guide.url: "pass"}
    assert run(PAGE_TEXT, model, body, **{**rule, "any_min": 3}) == {guide.url: "fail"}
    assert run(PAGE_TEXT, model, body, pages={"title": "指南"}, none_of=["收取.*费"]) == {guide.url: "pass"}
    assert run(PAGE_TEXT, model, body, pages={"title": "指南"}, all_of=[{"pattern": "申请", "min": 3}]) == {guide.url: "pass"}
    assert run(PAGE_TEXT, model, body, pages={"title": "指南"}, all_of=[{"pattern": "申请", "min": 4}]) == {guide.url: "fail"}


def test_page_text_locates_by_column_class_kind_and_url_and_mode_any():
    notice = replace(document("tzgg/1.html", "关于开展检查的通知", kind="notice"), column_name="通知公告")
    news = replace(document("xw/1.html", "我局开展检查", kind="news"), column_name="工作动态")
    model = site(documents=[notice, news])
    texts = {notice.url: text("tzgg/1.html", "附件：报名表"), news.url: text("xw/1.html", "检查")}
    assert run(PAGE_TEXT, model, texts, pages={"column_class": ["notice_policy"]}, all_of=["附件"]) == {notice.url: "pass"}
    assert run(PAGE_TEXT, model, texts, pages={"kind": ["news"]}, all_of=["附件"]) == {news.url: "fail"}
    assert run(PAGE_TEXT, model, texts, pages={"url": "/(tzgg|xw)/"}, all_of=["附件"], mode="any", label="检查") == {"text:检查": "pass"}


def test_page_text_attachment_requirement():
    pdf = Link(SITE + "gfxwj/1.html", SITE + "files/1.pdf", "办法全文.pdf", "attachment", "ok", 200)
    doc = replace(document("gfxwj/1.html", "某某管理办法"), attachments=[pdf])
    bare = document("gfxwj/2.html", "某某实施细则")
    model = site(documents=[doc, bare])
    got = run(PAGE_TEXT, model, {}, pages={"kind": ["normative"]}, attachment={"ext": ["pdf", "doc", "docx"]})
    assert got == {doc.url: "pass", bare.url: "fail"}
    broken = replace(doc, attachments=[replace(pdf, outcome="broken")])
    assert run(PAGE_TEXT, site(documents=[broken]), {}, pages={"kind": ["normative"]}, attachment={"ext": ["pdf"]}) == {doc.url: "fail"}


@pytest.mark.parametrize("given, problem", [
    ({"pages": {"title": "x"}}, "at least one of"),
    ({"pages": {"titel": "x"}, "all_of": ["a"]}, "unknown locator key"),
    ({"pages": {"kind": ["newz"]}, "all_of": ["a"]}, "unknown page kind"),
    ({"pages": {"title": "("}, "all_of": ["a"]}, "parameter 'pages' is invalid"),
    ({"pages": {"title": "x"}, "all_of": [{"pattern": "a", "mn": 2}]}, "parameter 'all_of' is invalid"),
])
def test_page_text_rejects_bad_params(given, problem):
    _, problems = validate_params(PAGE_TEXT, given)
    assert problems and problem in problems[0]


# 征集 ↔ 反馈: the feedback quotes the draft's 《name》 without （征求意见稿）.
CALL = document("yjzj/1.html", "关于公开征求《某区养犬管理办法（征求意见稿）》意见的公告", kind="notice", pub_date="2026-03-02")
REPLY = document("yjzj/2.html", "《某区养犬管理办法》意见采纳情况的说明", kind="notice", pub_date="2026-03-20")
PAIR = {"x": {"title": "征求.*意见"}, "y": {"title": "采纳|反馈"}, "x_label": "意见征集", "y_label": "意见反馈"}


def test_linked_pair_matches_by_title_and_judges_working_days():
    model = site(documents=[CALL, REPLY])
    assert run(LINKED_PAIR, model, {}, **PAIR) == {CALL.url: "pass"}
    # 2026-03-02 → 2026-03-20: 14 working days.
    assert run(LINKED_PAIR, model, {}, **PAIR, within_workdays=15) == {CALL.url: "pass"}
    assert run(LINKED_PAIR, model, {}, **PAIR, within_workdays=10) == {CALL.url: "fail"}


def test_linked_pair_matches_by_hyperlink_or_wenhao_and_not_by_accident():
    other = document("yjzj/3.html", "《某区停车管理办法》意见采纳情况的说明", kind="notice", pub_date="2026-03-20")
    model = site(documents=[CALL, other])
    assert run(LINKED_PAIR, model, {}, **PAIR) == {CALL.url: "fail"}
    linked = site(documents=[CALL, other], links=[link(CALL.url, "yjzj/3.html", "反馈")])
    assert run(LINKED_PAIR, linked, {}, **PAIR) == {CALL.url: "pass"}
    decision = replace(document("jc/1.html", "某区人民政府关于印发某某办法的通知"), wenhao="某政发〔2026〕3号")
    note = document("jc/2.html", "关于某某办法起草情况的说明", kind="notice")
    texts = {note.url: text("jc/2.html", "某政发〔2026〕3号 起草过程中共收到意见 12 条")}
    got = run(LINKED_PAIR, site(documents=[decision, note]), texts, x={"kind": ["normative"]}, y={"title": "说明"})
    assert got == {decision.url: "pass"}


def test_linked_pair_not_due_yet_and_undecided_without_texts():
    recent = replace(CALL, pub_date="2026-09-28")
    model = site(documents=[recent])
    assert run(LINKED_PAIR, model, {}, **PAIR, due_after="30d") == {CALL.url: "not_applicable"}
    assert run(LINKED_PAIR, model, {}, **PAIR, within_workdays=15) == {CALL.url: "not_applicable"}
    old = site(documents=[CALL])
    assert run(LINKED_PAIR, old, {}, **PAIR, due_after="30d") == {CALL.url: "fail"}
    # No text store at all (a model built before page texts): a title match might be in a body.
    params, _ = validate_params(LINKED_PAIR, PAIR)
    ctx = Context(date(2026, 9, 30), CLASSES, texts=PageTexts(path=None))
    assert {f.subject: f.status for f in LINKED_PAIR.run(old, params, ctx)} == {CALL.url: "incomplete"}
    assert run(LINKED_PAIR, site(), {}, **PAIR) == {"pair:意见征集": "incomplete"}


def test_linked_pair_by_title_key_budget_and_final_accounts():
    budget = document("ys/2024.html", "某区民政局2024年部门预算", kind="other", pub_date="2024-02-01")
    final = document("js/2024.html", "某区民政局2024年部门决算", kind="other", pub_date="2025-08-01")
    budget25 = document("ys/2025.html", "某区民政局2025年部门预算", kind="other", pub_date="2025-02-01")
    model = site(documents=[budget, final, budget25])
    rule = {"x": {"title": "预算"}, "y": {"title": "决算"}, "key": "(20\\d{2})年", "via": ["key"], "due_after": "20m"}
    assert run(LINKED_PAIR, model, {}, **rule) == {budget.url: "pass", budget25.url: "not_applicable"}
    assert run(LINKED_PAIR, model, {}, as_of=date(2026, 12, 31), **rule) == {budget.url: "pass", budget25.url: "fail"}


# Scoped presence: the sample site's headlines made 网上办事入口, 养老政策, 食品安全 pass.
HEADLINES = [
    Link(SITE, SITE + "xw/1.html", "区市场监管局开展春季食品安全抽检", "page", "ok", 200),
    Link(SITE, SITE + "xw/2.html", "区民政局解读最新养老政策", "page", "ok", 200),
    Link(SITE, SITE + "xw/3.html", "市政务服务中心网上办事入口全面升级", "page", "ok", 200),
]
SECTIONS = {"食品安全": "食品安全", "养老政策": "养老政策", "网上办事入口": "网上办事|政务服务网"}


def test_headlines_do_not_satisfy_a_section_by_default():
    model = site(links=HEADLINES, pages=[page("", "home", "首页"), page("xw/1.html", "document", "区市场监管局开展春季食品安全抽检")])
    assert run(SECTION_PRESENT, model, sections=SECTIONS) == dict.fromkeys(("section:食品安全", "section:养老政策", "section:网上办事入口"), "fail")
    # Asked for explicitly, any link text still counts.
    assert run(SECTION_PRESENT, model, sections=SECTIONS, where=["links"])["section:食品安全"] == "pass"


def test_sections_found_in_menus_columns_titles_and_offsite():
    model = site(
        columns=[column("spaq/", "食品安全", "2026-09-01")],
        pages=[page("", "home", "首页"), page("ylzc/", "static", "养老政策")],
        links=[*HEADLINES, link(SITE, "bs/", "网上办事")],
        offsite_links=[OffsiteLink("https://zwfw.example.gov.cn/", "zwfw.example.gov.cn", "政务服务网", SITE, 40)],
    )
    assert set(run(SECTION_PRESENT, model, sections=SECTIONS).values()) == {"pass"}
    only_offsite = site(offsite_links=model.offsite_links)
    assert run(SECTION_PRESENT, only_offsite, sections={"政务服务网": "政务服务网"}) == {"section:政务服务网": "fail"}
    assert run(SECTION_PRESENT, only_offsite, sections={"政务服务网": "政务服务网"}, where=["offsite"]) == {"section:政务服务网": "pass"}


def test_attachment_scope_finds_a_notice_form():
    form = Link(SITE + "tzgg/1.html", SITE + "files/baomingbiao.docx", "报名表.docx", "attachment", "ok", 200)
    model = site(documents=[replace(document("tzgg/1.html", "关于开展评选的通知", kind="notice"), attachments=[form])])
    assert run(SECTION_PRESENT, model, sections={"报名表": "报名表"}) == {"section:报名表": "fail"}
    assert run(SECTION_PRESENT, model, sections={"报名表": "报名表"}, where=["attachments"]) == {"section:报名表": "pass"}


def test_recent_document_items_yield_one_subject_each():
    model = site(documents=[document("a.html", "2026年一季度财政资金直达情况", pub_date="2026-04-10"),
                            document("b.html", "2025年度政府采购意向", pub_date="2025-01-10")])
    items = [{"label": "财政资金直达", "title_pattern": "资金直达"}, {"label": "采购意向", "title_pattern": "采购意向"},
             {"label": "审计整改", "title_pattern": "审计.*整改", "max_age": "2y"}]
    got = run(RECENT_DOCUMENT, model, items=items, max_age="1y")
    assert got == {"recent:财政资金直达": "pass", "recent:采购意向": "fail", "recent:审计整改": "fail"}
    _, problems = validate_params(RECENT_DOCUMENT, {"items": items, "title_pattern": "x", "max_age": "1y"})
    assert problems and "either title_pattern" in problems[0]


def test_a_crawl_cut_short_leaves_a_missing_pair_or_an_unmet_any_undecided():
    cut = replace(site(documents=[CALL]), crawl=replace(site().crawl, budget_exhausted=True))
    assert run(LINKED_PAIR, cut, {}, **PAIR) == {CALL.url: "incomplete"}
    duties = replace(site(documents=[DUTIES]), crawl=cut.crawl)
    lacking = {DUTIES.url: text("jgzn/", "二、内设机构")}
    assert run(PAGE_TEXT, duties, lacking, **{**DUTY_RULE, "mode": "any"}) == {"text:机构职能页面": "incomplete"}
    assert run(PAGE_TEXT, duties, lacking, **{**DUTY_RULE, "mode": "each"}) == {DUTIES.url: "fail"}


def test_page_text_can_require_a_section_heading():
    guide = document("zn/", "政府信息公开指南", kind="static", pub_date=None)
    body = {guide.url: text("zn/", "一、受理机构 办公室 申请的办理流程见附件", headings=["一、受理机构"])}
    rule = {"pages": {"title": "指南"}, "all_of": ["办理流程"]}
    assert run(PAGE_TEXT, site(documents=[guide]), body, **rule) == {guide.url: "pass"}
    assert run(PAGE_TEXT, site(documents=[guide]), body, **rule, search="headings") == {guide.url: "fail"}


def test_a_y_seen_only_in_a_column_list_still_pairs_by_title():
    listing = replace(column("js/", "财政决算", "2025-08-01", n_items=0), items=[
        ListItem("某区民政局2024年部门决算", SITE + "js/2024.html", "2025-08-01")])
    budget = document("ys/2024.html", "某区民政局2024年部门预算", kind="other", pub_date="2024-02-01")
    rule = {"x": {"title": "预算"}, "y": {"title": "决算"}, "key": "(20\\d{2})年", "via": ["key"]}
    assert run(LINKED_PAIR, site(documents=[budget], columns=[listing]), {}, **rule) == {budget.url: "pass"}
    # A locator that names kinds leaves list items (of unknown kind) out.
    assert run(LINKED_PAIR, site(documents=[budget], columns=[listing]), {}, **{**rule, "y": {"title": "决算", "kind": ["other"]}}) == {budget.url: "fail"}
