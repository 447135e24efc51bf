"""page_text `when` (a requirement that applies only to pages stating a condition: “不予采纳的，
须说明理由”) and `per_item` (one finding per required item: “每缺一项扣 0.2 分”), found missing
while writing the 宿迁 department checklist (issue 11)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from govaudit.checks.base import validate_params
from govaudit.checks.text import PAGE_TEXT
from tests.checks.test_text_and_pairs import run, text
from tests.factories import document, site

FEEDBACK = document("yjfk/1.html", "关于《某区养犬管理办法》征求意见采纳情况的说明", kind="notice", pub_date="2026-04-20")
REASONS = {"pages": {"title": "采纳情况"}, "when": "不予采纳|未采纳|不采纳", "all_of": [{"pattern": "理由|原因", "label": "不予采纳的理由"}],
           "label": "意见反馈"}


@pytest.mark.parametrize("body, status", [
    ("共收到意见 5 条，采纳 3 条；2 条未采纳，理由是与上位法不符。", "pass"),
    ("共收到意见 5 条，采纳 3 条，2 条不予采纳。", "fail"),  # not adopted, no reason given
    ("共收到意见 5 条，已全部采纳。", "not_applicable"),  # nothing refused: nothing to explain
    ("征求意见期间未收到意见建议。", "not_applicable"),
])
def test_when_applies_the_requirement_only_to_pages_stating_the_condition(body, status):
    got = run(PAGE_TEXT, site(documents=[FEEDBACK]), {FEEDBACK.url: text("yjfk/1.html", body)}, **REASONS)
    assert got == {FEEDBACK.url: status}


def test_when_never_judges_what_it_did_not_read():
    model = site(documents=[FEEDBACK])
    assert run(PAGE_TEXT, model, {}, **REASONS) == {FEEDBACK.url: "incomplete"}  # no text
    cut = {FEEDBACK.url: text("yjfk/1.html", "共收到意见 5 条，已全部采纳。", truncated=True)}
    assert run(PAGE_TEXT, model, cut, **REASONS) == {FEEDBACK.url: "incomplete"}  # the condition may be further on
    assert run(PAGE_TEXT, site(), {}, **REASONS) == {"text:意见反馈": "incomplete"}  # nothing located


def test_when_with_mode_any_is_not_applicable_only_when_no_page_states_the_condition():
    other = document("yjfk/2.html", "关于《某区停车管理办法》意见采纳情况", kind="notice", pub_date="2026-05-20")
    model = site(documents=[FEEDBACK, other])
    all_adopted = {FEEDBACK.url: text("yjfk/1.html", "已全部采纳。"), other.url: text("yjfk/2.html", "全部采纳。")}
    assert run(PAGE_TEXT, model, all_adopted, **REASONS, mode="any") == {"text:意见反馈": "not_applicable"}
    refused = {**all_adopted, other.url: text("yjfk/2.html", "1 条不予采纳。")}
    assert run(PAGE_TEXT, model, refused, **REASONS, mode="any") == {"text:意见反馈": "fail"}
    cut_crawl = replace(model, crawl=replace(model.crawl, budget_exhausted=True))
    assert run(PAGE_TEXT, cut_crawl, all_adopted, **REASONS, mode="any") == {"text:意见反馈": "incomplete"}


GUIDE = document("xxgkzn/", "政府信息公开指南", kind="static", pub_date=None)
CHANNELS = {"pages": {"title": "信息公开指南"}, "label": "申请渠道", "per_item": True, "mode": "any",
            "all_of": [{"pattern": "当面", "label": "当面申请"}, {"pattern": "邮寄|信函", "label": "邮寄申请"},
                       {"pattern": "在线|网上|互联网", "label": "在线申请"}, {"pattern": "传真", "label": "传真申请"}]}


def test_per_item_gives_each_required_item_its_own_finding():
    body = {GUIDE.url: text("xxgkzn/", "申请人可当面提交申请，也可通过邮寄信函或网上平台提交。")}
    got = run(PAGE_TEXT, site(documents=[GUIDE]), body, **CHANNELS)
    assert got == {"text:申请渠道:当面申请": "pass", "text:申请渠道:邮寄申请": "pass",
                   "text:申请渠道:在线申请": "pass", "text:申请渠道:传真申请": "fail"}
    # Mode each: one finding per page and item.
    got = run(PAGE_TEXT, site(documents=[GUIDE]), body, **{**CHANNELS, "mode": "each"})
    assert got[f"{GUIDE.url}#传真申请"] == "fail" and got[f"{GUIDE.url}#当面申请"] == "pass" and len(got) == 4
    # Nothing read or located: every item undecided, never a pass or a fail.
    assert set(run(PAGE_TEXT, site(documents=[GUIDE]), {}, **CHANNELS).values()) == {"incomplete"}
    assert set(run(PAGE_TEXT, site(), {}, **CHANNELS).values()) == {"incomplete"}
    assert len(run(PAGE_TEXT, site(), {}, **CHANNELS)) == 4


@pytest.mark.parametrize("given, problem", [
    ({"per_item": True, "any_of": ["a"]}, "per_item gives each"),
    ({"per_item": True, "all_of": ["a"], "table": {"min_rows": 2}}, "per_item gives each"),
    ({"per_item": True, "all_of": [{"pattern": "a", "label": "x"}, {"pattern": "b", "label": "x"}]}, "same label"),
    ({"per_item": "yes", "all_of": ["a"]}, "per_item"),
    ({"when": "(", "all_of": ["a"]}, "when"),
])
def test_the_new_params_are_validated(given, problem):
    _, problems = validate_params(PAGE_TEXT, {"pages": {"title": "x"}, **given})
    assert problems and problem in problems[0], problems


# date_span reads a period stated in words (为期30日、不少于30天、10个工作日) as well as a range of dates.
CONSULT = document("yjzj/1.html", "关于公开征求《某区养犬管理办法（征求意见稿）》意见的公告", kind="notice", pub_date="2026-03-02")
SPAN = {"pages": {"title": "征求"}, "date_span": {"min_days": 30, "near": "征求意见|意见征集|征集期|公示期"}}


@pytest.mark.parametrize("body, status", [
    ("本次征求意见为期30日，欢迎提出意见。", "pass"),
    ("征求意见时间为30天。", "pass"),
    ("征求意见期限不少于30日。", "pass"),
    ("征求意见自公告发布之日起30日内。", "pass"),
    ("征求意见期为15天。", "fail"),
    ("征求意见为期20个工作日。", "incomplete"),  # 20 working days: 28 or more calendar days, maybe 30
    ("征求意见为期30个工作日。", "pass"),  # 30 working days are at least 30 calendar days
    ("请于30日前将征求意见反馈至区司法局。", "incomplete"),  # the 30th of a month, not a period
    ("征求意见截止日期为30日。", "incomplete"),
    ("征求意见截止时间为30日17时。", "incomplete"),
    ("征求意见为期三十日。", "pass"),  # Chinese numerals
    ("征求意见期限为十五日。", "fail"),
    ("征求意见不少于三十个工作日。", "pass"),
    ("征求意见自公告发布之日起二十日内。", "fail"),
    ("征求意见为期一百五天。", "incomplete"),  # spoken shorthand (150? 105?): not guessed
    ("征求意见为期一个月。", "incomplete"),  # 28 to 31 days: maybe 30
    ("征求意见为期两个月。", "pass"),  # at least 56 days
    ("征求意见为期两周。", "fail"),  # 14 days
    ("征求意见为期五周。", "pass"),
    ("请于三十日前将征求意见反馈至区司法局。", "incomplete"),  # the 30th of a month, not a period
    ("征求意见期三十日。", "pass"),  # 征求意见期 introduces the period itself
    ("征求意见为期30日（2026年3月2日至3月16日）。", "incomplete"),  # the period and the dates disagree
    ("征求意见为期30日（2026年3月2日至3月31日）。", "pass"),
])
def test_date_span_reads_a_period_stated_in_words(body, status):
    got = run(PAGE_TEXT, site(documents=[CONSULT]), {CONSULT.url: text("yjzj/1.html", body)}, **SPAN)
    assert got == {CONSULT.url: status}


def test_a_period_in_calendar_days_cannot_meet_a_working_day_limit():
    rule = {"pages": {"title": "征求"}, "date_span": {"min_workdays": 5, "near": "公示期|征求意见"}}
    model = site(documents=[CONSULT])
    assert run(PAGE_TEXT, model, {CONSULT.url: text("yjzj/1.html", "公示期为7天。")}, **rule) == {CONSULT.url: "incomplete"}
    assert run(PAGE_TEXT, model, {CONSULT.url: text("yjzj/1.html", "公示期为5个工作日。")}, **rule) == {CONSULT.url: "pass"}
    assert run(PAGE_TEXT, model, {CONSULT.url: text("yjzj/1.html", "公示期为3个工作日。")}, **rule) == {CONSULT.url: "fail"}
    assert run(PAGE_TEXT, model, {CONSULT.url: text("yjzj/1.html", "公示期五个工作日。")}, **rule) == {CONSULT.url: "pass"}
    assert run(PAGE_TEXT, model, {CONSULT.url: text("yjzj/1.html", "公示期为一个月。")}, **rule) == {CONSULT.url: "incomplete"}


@pytest.mark.parametrize("body, status", [
    ("公示期为五日。", "pass"),
    ("公示期为一个月。", "pass"),  # at most 31 days
    ("公示期为两个月。", "fail"),  # at least 56 days
    ("公示期为七个工作日。", "incomplete"),  # 7 working days may last more than 31 calendar days (a long holiday)
    ("公示期为四十个工作日。", "fail"),  # 40 working days are at least 40 calendar days
])
def test_a_maximum_is_judged_from_the_fewest_and_most_days_a_period_can_last(body, status):
    rule = {"pages": {"title": "征求"}, "date_span": {"max_days": 31, "near": "公示期"}}
    got = run(PAGE_TEXT, site(documents=[CONSULT]), {CONSULT.url: text("yjzj/1.html", body)}, **rule)
    assert got == {CONSULT.url: status}


@pytest.mark.parametrize("value, line, words", [
    ("  when: \"(\"\n  mode: any", 7, "parameter 'when' is invalid"),
    ("  per_item: yes please\n  mode: any", 7, "per_item"),
    ("  per_item: true\n  any_of: [传真]\n  mode: any", 7, "per_item gives each"),
])
def test_a_bad_when_or_per_item_is_a_file_line_error_with_exit_2(tmp_path, value, line, words):
    import shutil
    from pathlib import Path

    from click.testing import CliRunner

    from govaudit.cli import main
    pack = tmp_path / "pack"
    shutil.copytree(Path(__file__).resolve().parents[2] / "docs" / "examples" / "rule-language", pack)
    rule = pack / "rules" / "contact-info.yaml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("  mode: any", value, 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "validate", str(pack)])
    assert result.exit_code == 2, result.output
    assert "contact-info.yaml:" in result.output and words in result.output and "Traceback" not in result.output
