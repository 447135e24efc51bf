"""Annual reports: text from PDF and DOCX attachments, the 2021 tables and Table 3's
identity, reports read from a stored attachment, and reports seen only in a list."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from govaudit.model import reports
from govaudit.model.extract.annual_report import parse_title, report_facts
from govaudit.model.extract.attachment_text import attachment_text, docx_text, pdf_text
from govaudit.model.types import Link, ListItem, ReportTable3
from tests.factories import column, document

PDF = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "pages" / "huaian-gov-cn_2024-zfxxgk-annual-report.pdf"
needs_pdf = pytest.mark.skipif(not PDF.is_file(), reason="../shared/corpus is not beside the project")
HUAIAN_TABLE3 = {
    "new": [3001, 53, 0, 0, 61, 4, 3119], "carried": [34, 0, 0, 0, 0, 0, 34],
    "total": [2932, 53, 0, 0, 61, 4, 3050], "forward": [103, 0, 0, 0, 0, 0, 103],
    "columns": ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
}


@needs_pdf
def test_huaian_pdf_report():
    text = pdf_text(PDF.read_bytes())
    assert "淮安市人民政府" in text and "2024 年政府信息公开工作年度报告" in text
    facts = report_facts(parse_title("淮安市人民政府2024年政府信息公开工作年度报告"), text)
    assert facts == {"year": 2024, "organ": "淮安市人民政府", "sections": ["一", "二", "三", "四", "五", "六"],
                     "tables": ["二", "三", "四"], "table3": HUAIAN_TABLE3, "identity_ok": True}


def test_unbalanced_table3_and_unparsed_tables():
    text = ("本年新收政府信息公开申请数量 10 0 0 0 0 0 10 上年结转政府信息公开申请数量 2 0 0 0 0 0 2 "
            "（七）总计 9 0 0 0 0 0 9 四、结转下年度继续办理 1 0 0 0 0 0 1")
    facts = report_facts(parse_title("某区2024年政府信息公开工作年度报告"), text)
    assert facts["identity_ok"] is False and facts["tables"] == ["三"]
    flattened = "本年新收政府信息公开申请数量801000081"  # the archive's page.txt runs cells together
    assert report_facts(parse_title("某区2024年政府信息公开工作年度报告"), flattened)["table3"] is None


def _docx(paragraphs: list[str]) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p[:3]}</w:t></w:r><w:r><w:t>{p[3:]}</w:t></w:r></w:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    return buf.getvalue()


def test_docx_text_and_broken_files():
    assert docx_text(_docx(["一、总体情况", "二、主动公开政府信息情况"])) == "一、总体情况\n二、主动公开政府信息情况"
    assert docx_text(b"not a zip") == "" and pdf_text(b"%PDF-1.4 broken") == ""
    assert attachment_text(b"x", "http://a/b.xls") is None


@needs_pdf
def test_report_page_that_only_links_its_pdf_reads_the_pdf():
    page = document("nb/1.html", "淮安市人民政府2024年政府信息公开工作年度报告", kind="annual_report", pub_date="2025-01-20")
    pdf_url = page.url.replace("1.html", "P0.pdf")
    page = replace(page, attachments=[Link(page.url, pdf_url, "年报.pdf", "attachment", "ok", 200)])
    info = {"year": 2024, "organ": "淮安市人民政府", "sections": [], "tables": [], "table3": None, "identity_ok": None}
    report = reports.report_of(page, info, {pdf_url: PDF.read_bytes()}.get)
    assert (report.text_source, report.sections, report.tables, report.identity_ok) == ("pdf", ["一", "二", "三", "四", "五", "六"], ["二", "三", "四"], True)
    assert report.table3 == ReportTable3(**HUAIAN_TABLE3)


def test_reports_seen_only_in_a_list():
    col = column("nb/", "政府信息公开年报", "2026-03-10")
    col = replace(col, items=[
        ListItem("平潭综合实验区2025年度政府信息公开工作年度报告", col.url + "a.htm", "2026-03-10"),
        ListItem("关于2014年政府信息公开工作要点落实情况的函", col.url + "b.htm", "2014-12-10"),
        ListItem("平潭综合实验区2024年度政府信息公开工作年度报告", col.url + "c.htm", "2025-03-10"),
    ])
    found = reports.listed_only([col], fetched={col.url + "c.htm"})
    assert [(r.year, r.organ, r.pub_date, r.observed, r.sections) for r in found] == [(2025, "平潭综合实验区", "2026-03-10", False, [])]
    assert found[0].evidence == col.evidence


@pytest.mark.parametrize("title, year, organ", [
    ("市扶农办2016年度政府信息公开工作报告", 2016, "市扶农办"),  # 张家口市扶贫和农业开发办公室's list
    ("广东省旅游局2012年度政府信息公开工作报告", 2012, "广东省旅游局"),
    ("青峰区人民政府2021年度政府信息公开工作报告", 2021, "青峰区人民政府"),
])
def test_a_report_titled_work_report_after_its_year(title, year, organ):
    parsed = parse_title(title)
    assert parsed is not None and (parsed.year, parsed.organ) == (year, organ)


def test_a_work_report_title_still_refuses_notices_and_other_reports():
    assert parse_title("关于报送2021年度政府信息公开工作报告的通知") is None
    assert parse_title("青峰区2021年度法治政府建设工作报告") is None


@pytest.mark.parametrize("title, year, organ", [
    ("宿州市人民政府2019年政府信息公开工作年度报告（图片版）", 2019, "宿州市人民政府"),  # the report, as an image
    ("2022年上海市政府信息公开工作年度报告", 2022, "上海市"),
    ("一图读懂白鹭区2023年政府信息公开工作年度报告", None, None),  # interpretations filed beside the report
    ("【图解】白鹭区2023年政府信息公开工作年度报告", None, None),
    ("白鹭区2023年政府信息公开工作年度报告（图解）", None, None),
    ("《白鹭区2023年政府信息公开工作年度报告》解读", None, None),
    ("关于做好2023年度政府信息公开工作年度报告编制工作的通知", None, None),
])
def test_report_titles_and_titles_about_a_report(title, year, organ):
    parsed = parse_title(title)
    assert (parsed.year, parsed.organ) == (year, organ) if year else parsed is None


# Title shapes the held-back pages use (the brief of session 20 lists them; no page showing one was
# found in the library): the year after 工作 or bracketed after the report's name, the year read out
# in Chinese digits (〇 U+3007, ○ U+25CB, 零) or in full-width digits. And 人民政府 keeps its 政府
# when 信息公开 follows it at once (read as 北京市人民 before).
@pytest.mark.parametrize("title, year, organ", [
    ("国家税务总局政府信息公开工作2023年度报告", 2023, "国家税务总局"),
    ("白鹭区人民政府政府信息公开工作2023年度报告", 2023, "白鹭区人民政府"),
    ("白鹭区人民政府政府信息公开工作年度报告（2023年）", 2023, "白鹭区人民政府"),
    ("白鹭区财政局信息公开工作年度报告(2023年度)", 2023, "白鹭区财政局"),
    ("白鹭区人民政府二〇二三年政府信息公开工作年度报告", 2023, "白鹭区人民政府"),
    ("白鹭区人民政府二○二三年政府信息公开工作年度报告", 2023, "白鹭区人民政府"),
    ("二零二三年度白鹭区政府信息公开工作年度报告", 2023, "白鹭区"),
    ("白鹭区人民政府２０２３年政府信息公开工作年度报告", 2023, "白鹭区人民政府"),
    ("2023年北京市人民政府信息公开工作年度报告", 2023, "北京市人民政府"),
    ("一图读懂白鹭区政府信息公开工作2023年度报告", None, None),  # interpretations stay none
    ("【图解】白鹭区人民政府政府信息公开工作年度报告（2023年）", None, None),
    ("《白鹭区人民政府二〇二三年政府信息公开工作年度报告》解读", None, None),
    ("关于做好政府信息公开工作2023年度报告编制工作的通知", None, None),
    ("白鹭区政府信息公开工作年度报告", None, None),  # no year: none
])
def test_report_titles_with_the_year_elsewhere_or_spelled_out(title, year, organ):
    parsed = parse_title(title)
    assert (parsed.year, parsed.organ) == (year, organ) if year else parsed is None
