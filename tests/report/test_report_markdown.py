"""The Markdown report: exact score and veto lines, tables that keep their shape, safe links."""

import re

from conftest import failing_results

from govaudit.report import write_reports
from govaudit.report.escape import safe_href

_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _table(markdown: str, header: str) -> list[list[str]]:
    """Data rows (cells) of the table whose header line is `header`."""
    lines = markdown.splitlines()
    start = lines.index(header) + 2
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in _CELL_SPLIT.split(line)[1:-1]])
    return rows


def test_score_veto_and_coverage_lines(markdown):
    lines = markdown.splitlines()
    assert lines[0] == "# 政府网站政务公开评估报告"
    assert "**总分：0 / 100 · 评定：不合格**（合格线 60 分）" in lines
    assert "**单项否决：** 动态要闻类栏目超过两周未更新 `stale-news-columns`。网站评定为不合格。" in lines
    assert (
        "**覆盖范围：** 抓取页面 300 个（抓取预算已用尽） · 检查对象 25 个 · 证据不足的类别：政策解读" in lines
    )
    assert "- 规则集：gov-2019（`3823730e0536`）" in lines


def test_rule_table_has_one_row_per_rule_and_keeps_its_columns(markdown, results):
    rows = _table(markdown, "| 结果 | 级别 | 类别 | 规则 | 检查情况 |")
    assert len(rows) == len(results["rules"]) == 12
    assert all(len(row) == 5 for row in rows)
    assert rows[0] == ["**不通过**", "单项否决", "栏目维护", "动态要闻类栏目超过两周未更新 `stale-news-columns`", "检查 3 个动态要闻类栏目：1 个超期，1 个即将超期"]
    hostile = rows[6]
    assert hostile[3] == "规范性文件缺少文号或有效性标注 `normative-doc-metadata`"
    assert hostile[4] == "检查 5 件规范性文件，2 件缺少标注（含“关于调整&#91;2024&#93;&#124;第3号&#93;补助标准的通知”）"


def test_deduction_table(markdown):
    rows = _table(markdown, "| 规则 | 扣分 | 问题数 | 扣分上限 |")
    assert rows == [
        ["存在空白栏目 `empty-columns`", "−4", "2", "10"],
        ["缺少政府信息公开工作年度报告 `missing-annual-reports`", "−5", "1", "10"],
        ["年度报告逾期发布 `late-annual-reports`", "−2", "1", "5"],
        ["规范性文件缺少文号或有效性标注 `normative-doc-metadata`", "−4", "2", "8"],
    ]


def test_findings_link_their_evidence(markdown, results):
    findings = markdown[markdown.index("## 问题清单") : markdown.index("## 通过的检查项")]
    assert findings.count("\n- **") == len(failing_results(results))
    for result in failing_results(results):
        url = result["evidence"]["url"]
        if safe_href(url) and "<" not in url:
            assert f"]({url})" in findings
    assert "依据：" in findings and "整改建议：" in findings
    assert findings.index("`stale-news-columns`") < findings.index("`empty-columns`")


def test_hostile_text_cannot_inject_html_or_links(markdown):
    # Crawled "<" and "&" are character references: no raw HTML at all, not even the report's own.
    assert "<" not in markdown.replace("`<", "").replace("<script>alert(3)</script>`", "")
    assert "](javascript:" not in markdown
    assert "栏目“&#60;script&#62;alert&#40;1&#41;&#60;/script&#62;”自开设以来未发布任何信息" in markdown
    assert "证据：`javascript:alert(document.cookie)` · " in markdown  # not a link: code
    assert "?from=%22%3E%3Cscript%3Ealert%283%29%3C/script%3E)" in markdown  # destination encoded


def test_passes_are_listed_outside_any_html_block(markdown):
    # python-markdown passes a <details> block's content through as raw HTML: none is used.
    tail = markdown[markdown.index("## 通过的检查项") :]
    assert tail.splitlines()[2] == "共 15 个通过或不适用的检查对象（10 条规则）。"
    assert "栏目“乡镇动态”最新信息发布于 2024-06-28" in tail and "<details>" not in tail


def test_passing_site_has_no_veto_line(results, tmp_path):
    results.update(score=92.5, grade="合格", passed=True)
    results["scoring"].update(vetoed_by=[], bonus=4.5)
    (path,) = write_reports(results, tmp_path, ["md"])
    text = path.read_text(encoding="utf-8")
    assert "**总分：92.5 / 100 · 评定：合格**（合格线 60 分，含加分 4.5 分）" in text.splitlines()
    assert "单项否决：" not in text
