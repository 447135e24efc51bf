"""Annual-report Table 3 with whatever requester columns its header has (issue 8, item 12):
the 2021 format's seven columns, merged variants, not-applicable marks and blank cells, as
text from HTML tables, DOCX cells and PDF lines."""

from __future__ import annotations

import io
import zipfile

import pytest

from govaudit.model.extract.annual_report import parse_title, report_facts
from govaudit.model.extract.attachment_text import docx_text
from govaudit.model.extract.page import extract_page
from govaudit.model.extract.report_tables import FULL_COLUMNS, parse_table3

TITLE = "某区教育局2025年政府信息公开工作年度报告"
ROWS = ("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（七）总计", "四、结转下年度继续办理")
MERGED = ["自然人", "法人或其他组织", "总计"]
FULL_HEADER = ("<tr><td rowspan='3' colspan='3'>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
               "<td colspan='7'>申请人情况</td></tr><tr><td rowspan='2'>自然人</td><td colspan='5'>法人或其他组织</td>"
               "<td rowspan='2'>总计</td></tr><tr><td>商业<br>企业</td><td>科研<br>机构</td><td>社会<br>公益<br>组织</td>"
               "<td>法律<br>服务<br>机构</td><td>其他</td></tr>")
MERGED_HEADER = ("<tr><td rowspan='2' colspan='3'>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
                 "<td colspan='3'>申请人情况</td></tr><tr><td>自然人</td><td>法人或其他组织</td><td>总计</td></tr>")
TOTAL_HEADER = "<tr><th colspan='3'>申请人情况</th><th>总计</th></tr>"


def td(cell: object) -> str:
    return f"<td>{'' if cell is None else cell}</td>"


def report_page(header: str, rows: list[list[object]]) -> str:
    middle = "<tr><td rowspan='2'>三、本年度办理结果</td><td colspan='2'>（一）予以公开</td>" + "<td>0</td>" * (len(rows[0])) + "</tr>"
    body = "".join(
        (middle if label.startswith("（七）") else "") + f"<tr><td colspan='3'>{label}</td>{''.join(map(td, cells))}</tr>"
        for label, cells in zip(ROWS, rows)
    )
    return (f"<html><head><title>{TITLE}</title></head><body><div class='content'>"
            "<p>一、总体情况</p><p>" + "本年度，我局认真贯彻落实政府信息公开条例，各项工作有序推进。" * 6 + "</p>"
            f"<p>三、收到和处理政府信息公开申请情况</p><table>{header}{body}</table>"
            "<p>四、政府信息公开行政复议、行政诉讼情况</p></div></body></html>")


def table3_of(html: str) -> dict | None:
    facts = extract_page(html, "http://www.site.test/zwgk/nb/202603/t20260310_1.html")
    assert facts.kind == "document" and facts.annual_report is not None
    return facts.annual_report["table3"], facts.annual_report["identity_ok"]


@pytest.mark.parametrize("header, rows, columns, identity", [
    # the 2021 format, balanced
    (FULL_HEADER, [[10, 2, 0, 0, 1, 0, 13], [1, 0, 0, 0, 0, 0, 1], [9, 2, 0, 0, 1, 0, 12], [2, 0, 0, 0, 0, 0, 2]],
     list(FULL_COLUMNS), True),
    # the 2021 format, 商业企业 out of balance
    (FULL_HEADER, [[10, 2, 0, 0, 1, 0, 13], [1, 0, 0, 0, 0, 0, 1], [9, 1, 0, 0, 1, 0, 11], [2, 0, 0, 0, 0, 0, 2]],
     list(FULL_COLUMNS), False),
    # merged: 自然人 / 法人或其他组织 / 总计
    (MERGED_HEADER, [[10, 3, 13], [1, 0, 1], [9, 3, 12], [2, 0, 2]], MERGED, True),
    (MERGED_HEADER, [[10, 3, 13], [1, 0, 1], [9, 3, 12], [1, 0, 1]], MERGED, False),
    # only 总计
    (TOTAL_HEADER, [[13], [1], [12], [2]], ["总计"], True),
    (TOTAL_HEADER, [[13], [1], [12], [3]], ["总计"], False),
])
def test_table3_columns_from_the_header_of_html_tables(header: str, rows: list, columns: list[str], identity: bool):
    table, ok = table3_of(report_page(header, rows))
    assert table == {"columns": columns, "new": rows[0], "carried": rows[1], "total": rows[2], "forward": rows[3]}
    assert ok is identity


def test_not_applicable_marks_and_blank_cells_are_kept_apart():
    rows = [[10, "/", "—", "不适用", 1, None, 11], [0, "/", "—", "不适用", 0, None, 0],
            [9, "/", "—", "不适用", 1, None, 10], [1, "/", "—", "不适用", 0, None, 1]]
    table, ok = table3_of(report_page(FULL_HEADER, rows))
    assert (table["new"], table["carried"], table["forward"]) == (rows[0], rows[1], rows[3]) and ok is True
    # an out-of-balance column among marks is still found
    rows[3][0] = 5
    assert table3_of(report_page(FULL_HEADER, rows))[1] is False


def test_a_table_of_marks_only_leaves_the_identity_unknown():
    rows = [["/"] * 3, ["/"] * 3, ["-"] * 3, ["不适用"] * 3]
    table, ok = table3_of(report_page(MERGED_HEADER, rows))
    assert table["total"] == ["-", "-", "-"] and ok is None


# PDF text: one table row a line, header words broken across lines, cells by blanks.
PDF_FULL = """三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，
等于第三项加第四项之和）
申请人情况
自然人
法人或其他组织
总计商 业 企
业
科研机
构
社 会 公 益
组织
法 律 服 务
机构
其他
一、本年新收政府信息公开申请数量 {new}
二、上年结转政府信息公开申请数量 {carried}
三、
本
年
度
（一）予以公开 5 0 0 0 0 0 5
（七）总计 {total}
四、结转下年度继续办理 {forward}
四、政府信息公开行政复议、行政诉讼情况"""
PDF_MERGED = """三、收到和处理政府信息公开申请情况
申请人情况
自然人 法人或其他组织 总计
一、本年新收政府信息公开申请
数量 {new}
二、上年结转政府信息公开申请数量 {carried}
（七）总计 {total}
四、结转下年度继续办理 {forward}
- 7 -
四、政府信息公开行政复议、行政诉讼情况"""


@pytest.mark.parametrize("text, rows, columns, identity", [
    (PDF_FULL, ["8 1 0 0 0 0 9", "0 0 0 0 0 0 0", "7 1 0 0 0 0 8", "1 0 0 0 0 0 1"], list(FULL_COLUMNS), True),
    (PDF_FULL, ["8 1 0 0 0 0 9", "0 0 0 0 0 0 0", "7 1 0 0 0 0 8", "0 0 0 0 0 0 0"], list(FULL_COLUMNS), False),
    (PDF_MERGED, ["12 3 15", "2 0 2", "13 3 16", "1 0 1"], MERGED, True),
    (PDF_MERGED, ["12 / 12", "2 / 2", "13 / 13", "1 / 1"], MERGED, True),
    (PDF_MERGED, ["12 3 15", "2 0 2", "13 3 16", "2 0 2"], MERGED, False),
])
def test_table3_from_pdf_lines(text: str, rows: list[str], columns: list[str], identity: bool):
    facts = report_facts(parse_title(TITLE), text.format(new=rows[0], carried=rows[1], total=rows[2], forward=rows[3]))
    table = facts["table3"]
    assert table["columns"] == columns and facts["identity_ok"] is identity
    assert table["new"] == [int(n) if n.isdigit() else n for n in rows[0].split()]


def test_pdf_rows_with_a_missing_cell_do_not_parse():
    """A blank PDF cell leaves no trace: with fewer cells than columns nothing can be aligned."""
    text = PDF_MERGED.format(new="12 15", carried="2 0 2", total="13 3 16", forward="1 0 1")
    assert parse_table3(text) is None and report_facts(parse_title(TITLE), text)["identity_ok"] is None


@pytest.mark.parametrize("cells, columns", [(7, list(FULL_COLUMNS)), (3, MERGED), (1, ["总计"])])
def test_table3_without_a_readable_header_takes_its_columns_from_the_cell_count(cells: int, columns: list[str]):
    row = " ".join(["1"] * cells)
    text = f"本年新收政府信息公开申请数量（件） {row} 上年结转政府信息公开申请数量： {row} （七）总计 {row} 四、结转下年度继续办理 {row}"
    table = parse_table3(text)
    assert table is not None and table.columns == columns and table.identity_ok is True


def test_a_header_with_an_unusual_column_set_is_read_as_written():
    header = "<tr><td colspan='3'>申请人情况</td><td>自然人</td><td>商业企业</td><td>其他</td><td>总计</td></tr>"
    rows = [[4, 1, 0, 5], [0, 0, 0, 0], [4, 1, 0, 5], [0, 0, 0, 0]]
    table, ok = table3_of(report_page(header, rows))
    assert table["columns"] == ["自然人", "商业企业", "其他", "总计"] and ok is True


def _docx_table(rows: list[list[str]]) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    cell = "<w:tc><w:p>{}</w:p></w:tc>"
    body = "<w:p><w:r><w:t>三、收到和处理政府信息公开申请情况</w:t></w:r></w:p><w:tbl>" + "".join(
        "<w:tr>" + "".join(cell.format(f"<w:r><w:t>{c}</w:t></w:r>" if c else "") for c in row) + "</w:tr>" for row in rows
    ) + "</w:tbl><w:p><w:r><w:t>四、政府信息公开行政复议、行政诉讼情况</w:t></w:r></w:p>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    return buf.getvalue()


def test_docx_table_cells_keep_blank_cells():
    data = _docx_table([["申请人情况", "自然人", "法人或其他组织", "总计"],
                        [ROWS[0], "6", "", "6"], [ROWS[1], "1", "", "1"], [ROWS[2], "5", "", "5"], [ROWS[3], "2", "", "2"]])
    facts = report_facts(parse_title(TITLE), docx_text(data))
    assert facts["table3"]["new"] == [6, None, 6] and facts["table3"]["columns"] == MERGED and facts["identity_ok"] is True
    assert docx_text(data).splitlines()[0] == "三、收到和处理政府信息公开申请情况"
