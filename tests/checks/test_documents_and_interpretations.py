from datetime import date

from govaudit.checks.base import Context
from govaudit.checks.documents import DOCUMENT_FIELDS
from govaudit.checks.interpretations import INTERPRETATION_LINKS
from govaudit.model.types import Interpretation
from tests.factories import SITE, document, site

CTX = Context(date(2026, 9, 30))
FULL = {"索引号": "1/2026-1", "发文机关": "某区政府", "成文日期": "2026-05-01", "发布日期": "2026-05-03",
        "发文字号": "某府规〔2026〕1号", "有效性": "有效"}
META = {"kinds": ["normative"], "required": ["索引号", "发文字号"], "vocabulary": {}, "patterns": {"发文字号": "〔\\d{4}〕\\d+号"}}
VALIDITY = {"kinds": ["normative"], "required": ["有效性"], "vocabulary": {"有效性": ["有效", "失效", "有效期至"]}, "patterns": {}}


def test_document_fields_absent_empty_and_malformed():
    model = site(documents=[
        document("ok.html", "好文件", metadata=FULL),
        document("empty.html", "缺文号", metadata={**FULL, "发文字号": ""}),
        document("bad.html", "错文号", metadata={**FULL, "发文字号": "某府规2026-1"}),
        document("news.html", "新闻", kind="news"),
    ])
    got = {f.subject.removeprefix(SITE): (f.status, f.message) for f in DOCUMENT_FIELDS.run(model, META, CTX)}
    assert got["ok.html"][0] == "pass"
    assert got["empty.html"] == ("fail", "文件《缺文号》元数据不完整：“发文字号”为空。")
    assert got["bad.html"][0] == "fail" and "格式不规范" in got["bad.html"][1]
    assert "news.html" not in got


def test_validity_vocabulary():
    no_validity = {k: v for k, v in FULL.items() if k != "有效性"}
    model = site(documents=[
        document("a.html", "甲", metadata=FULL),
        document("b.html", "乙", metadata=no_validity),
        document("c.html", "丙", metadata={**FULL, "有效性": "有效期至2027年12月31日"}),
        document("d.html", "丁", metadata={**FULL, "有效性": "待定"}),
    ])
    got = {f.subject.removeprefix(SITE): f.status for f in DOCUMENT_FIELDS.run(model, VALIDITY, CTX)}
    assert got == {"a.html": "pass", "b.html": "fail", "c.html": "pass", "d.html": "fail"}


def _rel(doc: str, interp: str, direction: str) -> Interpretation:
    return Interpretation(SITE + interp, SITE + doc, ["hyperlink"], direction, "2026-06-02", "2026-06-01")


def test_interpretation_presence_and_direction():
    docs = [document(f"{n}.html", n) for n in ("both", "oneway", "none", "script")]
    docs[3] = document("script.html", "script", related_slot="script_unobserved")
    docs.append(document("old.html", "旧文件", pub_date="2023-12-31"))
    model = site(documents=docs, interpretations=[_rel("both.html", "j1.html", "both"), _rel("oneway.html", "j2.html", "interpretation_to_document")])
    present = {"kinds": ["normative"], "since": "2024-01-01", "require": "present"}
    got = {f.subject.removeprefix(SITE): f.status for f in INTERPRETATION_LINKS.run(model, present, CTX)}
    assert got == {"both.html": "pass", "oneway.html": "pass", "none.html": "fail", "script.html": "incomplete"}
    linked = {**present, "require": "bidirectional"}
    findings = {f.subject.removeprefix(SITE): f for f in INTERPRETATION_LINKS.run(model, linked, CTX)}
    assert {k: f.status for k, f in findings.items()} == {"both.html": "pass", "oneway.html": "fail"}
    assert "文件页未链接到解读" in findings["oneway.html"].message
