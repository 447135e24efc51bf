"""Documents: 文号 normalisation, document kinds, interpretation relations (hyperlink,
《title》, 文号) with their direction."""

from __future__ import annotations

from dataclasses import replace

import pytest

from govaudit.model.classify import document_kind
from govaudit.model.extract.wenhao import find_wenhao, is_normative_number, normalize_wenhao
from govaudit.model.relations import interpretations
from tests.factories import SITE, document


@pytest.mark.parametrize("raw", [
    "岚综管规〔2024〕4号", "岚综管规[2024]4号", "岚综管规［2024］4号", "岚综管规【2024】4号", "岚综管规(2024)4号",
    "岚综管规（2024）4号", "岚综管规 〔 2024 〕 4 号", "岚综管规〔２０２４〕４号", "岚综管规〔2024〕第4号",
])
def test_wenhao_variants_normalise_to_one_form(raw: str):
    assert normalize_wenhao(raw) == "岚综管规〔2024〕4号"


def test_wenhao_without_a_number_is_only_cleaned():
    assert normalize_wenhao(" 无 ") == "无" and normalize_wenhao("") == ""


def test_wenhao_mentions_in_text():
    text = "废止《平潭综合实验区管委会关于…的通知》（岚综管综[2016]299号）、岚综管规〔2022〕6号和岚综管规（2022）6号。"
    assert find_wenhao(text) == ["岚综管综〔2016〕299号", "岚综管规〔2022〕6号"]
    assert is_normative_number("岚综管规〔2024〕4号") and not is_normative_number("国发〔2018〕43号")


@pytest.mark.parametrize(("title", "column", "metadata", "report", "kind"), [
    ("平潭综合实验区2025年度政府信息公开工作年度报告", "政府信息公开年报", {}, True, "annual_report"),
    ("关于《平潭综合实验区“十四五”综合交通运输规划》的政策解读", "“十四五”解读", {}, False, "interpretation"),
    ("一图读懂《某区住房租赁补贴管理办法》", "政策解读", {}, False, "interpretation"),
    ("平潭综合实验区管委会关于废止一批文件的决定", "行政规范性文件", {"发文字号": "岚综管规〔2025〕3号"}, False, "normative"),
    ("某区住房租赁补贴管理办法", None, {"发文字号": "某府规〔2026〕3号", "索引号": "x"}, False, "normative"),  # 文号 series
    ("国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施…的决定", None, {"发文字号": "国发〔2018〕43号", "索引号": "x"}, False, "policy"),
    ("某区关于印发2026年工作要点的通知", "政策文件", {}, False, "policy"),
    ("关于2026年国庆节放假安排的通知", None, {}, False, "notice"),
    ("锦鸡重工总装基地联合竣工验收情况公示", "公示公告", {}, False, "notice"),
    ("区长调研重点项目建设", "部门动态", {}, False, "news"),
    ("平潭综合实验区政府信息公开指南", "政府信息公开指南", {}, False, "other"),
    # a township's 文件及解读 column files documents beside their interpretations: the title tells
    ("龙溪镇人民政府关于加强农村消防安全管理的实施意见", "文件及解读", {"发文字号": "龙政发〔2026〕41号", "索引号": "x"}, False, "policy"),
    ("《关于加强农村消防安全管理的实施意见》政策解读", "文件及解读", {}, False, "interpretation"),
    ("某区人民政府关于印发某区停车管理办法的通知", "政策文件与解读", {"发文字号": "某府规〔2026〕2号"}, False, "normative"),
    ("关于某区停车管理办法的起草说明", "政策文件解读", {"发文字号": "某府规〔2026〕2号"}, False, "interpretation"),
])
def test_document_kind(title, column, metadata, report, kind):
    assert document_kind(title, column, metadata, report) == kind


DOC = replace(document("gfxwj/1.html", "某区人民政府关于印发《某区住房租赁补贴管理办法》的通知", pub_date="2026-08-01"),
              wenhao="某府规〔2026〕3号")
OTHER = replace(document("gfxwj/2.html", "某区养老服务补贴实施办法", pub_date="2026-07-01"), wenhao="某府规〔2026〕2号")


def _interp(path: str, title: str, links: list[str] | None = None):
    return document(path, title, kind="interpretation", pub_date="2026-08-03", links_to=links)


def test_relation_by_title_mention_and_wenhao_and_direction():
    by_title = _interp("zcjd/1.html", "关于《某区住房租赁补贴管理办法》的政策解读")
    by_wenhao = _interp("zcjd/2.html", "养老服务补贴政策问答")
    linked = _interp("zcjd/3.html", "图解租赁补贴", links=[DOC.url])
    docs = [replace(DOC, links_to=[linked.url]), OTHER, by_title, by_wenhao, linked]
    texts = {by_wenhao.url: "《实施办法》（某府规[2026]2号）规定……"}
    got = {(r.interpretation_url.removeprefix(SITE), r.document_url.removeprefix(SITE)): (r.via, r.direction, r.interpretation_date, r.document_date)
           for r in interpretations(docs, texts)}
    assert got == {
        ("zcjd/1.html", "gfxwj/1.html"): (["title"], "unlinked", "2026-08-03", "2026-08-01"),
        ("zcjd/2.html", "gfxwj/2.html"): (["wenhao"], "unlinked", "2026-08-03", "2026-07-01"),
        ("zcjd/3.html", "gfxwj/1.html"): (["hyperlink"], "both", "2026-08-03", "2026-08-01"),
    }


def test_a_sidebar_of_the_newest_interpretations_relates_no_document():
    """A JEECMS disclosure page shows a 政策解读 box of the newest interpretations beside every
    document: each document links them all. Only a document's own 相关解读 link, with the
    interpretation's 相关文件 link back or a 《title》 mention, relates them."""
    own = _interp("zcjd/20668.jhtml", "《青峰区农村集体资产管理办法》政策解读", links=[SITE + "gfxwj/20665.jhtml"])
    box = [own.url, *(_interp(f"zcjd/{n}.jhtml", f"《青峰区优化营商环境若干措施》解读{n}").url for n in (7, 8))]
    with_own = document("gfxwj/20665.jhtml", "青峰区人民政府关于印发《青峰区农村集体资产管理办法》的通知", links_to=box)
    without = [document(f"gfxwj/{n}.jhtml", f"青峰区人民政府关于印发《青峰区第{n}项管理办法》的通知", links_to=box) for n in (1, 2, 3)]
    others = [_interp(f"zcjd/{n}.jhtml", f"《青峰区优化营商环境若干措施》解读{n}") for n in (7, 8)]
    got = {(r.interpretation_url.removeprefix(SITE), r.document_url.removeprefix(SITE)): (r.via, r.direction)
           for r in interpretations([with_own, *without, own, *others], {})}
    assert got == {("zcjd/20668.jhtml", "gfxwj/20665.jhtml"): (["hyperlink", "title"], "both")}


def test_one_interpretation_linked_by_two_documents_relates_both():
    interp = _interp("zcjd/9.html", "两项补贴政策问答")
    docs = [document(f"gfxwj/{n}.html", f"关于第{n}项补贴的通知", links_to=[interp.url]) for n in (1, 2)]
    got = {r.document_url.removeprefix(SITE): r.direction for r in interpretations([*docs, interp], {})}
    assert got == {"gfxwj/1.html": "document_to_interpretation", "gfxwj/2.html": "document_to_interpretation"}


def test_previous_and_next_titles_are_not_what_an_interpretation_explains():
    """DedeCMS's {dede:prenext} under an interpretation (dedecms/DedeCMS templets/default/
    article_article.htm) names its neighbours in the 政策解读 column; a 《name》 there is no mention."""
    interp = _interp("zcjd/5.html", "关于《某区养老服务补贴实施办法》的解读")
    texts = {interp.url: "一、制定背景 二、主要内容 （责任编辑：admin） 上一篇：没有了 "
                         "下一篇：关于《某区住房租赁补贴管理办法》的解读 政务公开 政府信息公开指南"}
    got = {(r.interpretation_url.removeprefix(SITE), r.document_url.removeprefix(SITE)) for r in interpretations([DOC, OTHER, interp], texts)}
    assert got == {("zcjd/5.html", "gfxwj/2.html")}


def test_a_picture_interpretation_names_its_document_in_its_title_unquoted():
    """一图读懂/图解 pages show a picture and little text (the dept site's 一图读懂青山县家庭经济困难学生认定办法:
    a short caption quoting the name only in its body). With that body unread (its content area named
    only by a class, under the mutation `classes`), the interpretation related to nothing: the document
    was reported with no interpretation (interpretation-missing fail) instead of an unlinked one. The
    name an interpretation's title gives unquoted relates it when it is exactly a document's name."""
    pictured = _interp("zcjd/6.html", "一图读懂某区住房租赁补贴管理办法")
    suffixed = _interp("zcjd/7.html", "某区养老服务补贴实施办法政策解读")
    colon = _interp("zcjd/9.html", "图解:某区养老服务补贴实施办法")  # Lonsun's 图解：… (folded to a half-width colon)
    vague = _interp("zcjd/8.html", "图解租赁补贴")  # no document's whole name: no relation
    got = {(r.interpretation_url.removeprefix(SITE), r.document_url.removeprefix(SITE)): r.via
           for r in interpretations([DOC, OTHER, pictured, suffixed, colon, vague], {})}
    assert got == {("zcjd/6.html", "gfxwj/1.html"): ["title"], ("zcjd/7.html", "gfxwj/2.html"): ["title"],
                   ("zcjd/9.html", "gfxwj/2.html"): ["title"]}
