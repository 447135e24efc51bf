"""CSV of findings: a row per rule and subject, BOM for spreadsheets, no formula from crawled text."""

import csv
import io

from govaudit.report import write_reports
from govaudit.report.csv_report import HEADER


def _rows(results, tmp_path):
    (path,) = write_reports(results, tmp_path, ["csv"])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(HEADER)
    return [dict(zip(HEADER, row)) for row in rows[1:]]


def test_one_row_per_rule_and_subject_with_evidence(results, tmp_path):
    rows = _rows(results, tmp_path)
    expected = [(rule, r) for rule in results["rules"] for r in rule["results"]]
    assert len(rows) == len(expected)
    for row, (rule, r) in zip(rows, expected):
        assert row["规则编号"] == rule["id"] and row["检查对象"].lstrip("'") == r["subject"]
        assert row["证据网址"] == r["evidence"]["url"] and row["存档记录"] == (r["evidence"]["record"] or "")
        assert row["说明"].lstrip("'") == r["message"]
    first = rows[0]
    assert first["状态"] == "不通过" and first["级别"] == "单项否决"


def test_formula_like_crawled_text_is_neutralised(results, tmp_path):
    r = results["rules"][0]["results"][0]
    r["message"] = '=HYPERLINK("http://evil","点我")'
    r["evidence"]["snippet"] = "+1+cmd|' /C calc'!A0"
    r["subject"] = "@SUM(A1)"
    results["rules"][0]["results"][1]["message"] = "-2+3"
    results["rules"][0]["results"][2]["message"] = "\t=1"
    rows = _rows(results, tmp_path)
    assert rows[0]["说明"] == "'" + r["message"] and rows[0]["页面摘录"] == "'" + r["evidence"]["snippet"]
    assert rows[0]["检查对象"] == "'@SUM(A1)"
    assert rows[1]["说明"] == "'-2+3" and rows[2]["说明"] == "'\t=1"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


def test_multiline_and_quoted_text_round_trips(results, tmp_path):
    r = results["rules"][0]["results"][0]
    r["evidence"]["snippet"] = '第一行\r\n第二行,"引号"'
    assert _rows(results, tmp_path)[0]["页面摘录"] == r["evidence"]["snippet"]


def test_a_site_without_a_grade_says_so_in_its_first_row(results, tmp_path):
    results.update(score=None, grade="无法评估", passed=False, rules=[],
                   verdict={"code": "not_audited", "label": "无法评估",
                            "reasons": [{"code": "start_page_not_observed", "message": "起始页面返回 403"}]})
    (row,) = _rows(results, tmp_path)
    assert (row["规则"], row["状态"], row["说明"]) == ("评估结论", "无法评估", "起始页面返回 403")
    assert row["网址"] == results["site"]
