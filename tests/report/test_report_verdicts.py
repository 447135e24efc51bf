"""Reports of a site that was not audited, of a 待定 grade, and of category caps and
no double deduction: both formats say what results.json says, and nothing reads as a pass."""

from __future__ import annotations

from html import unescape
from pathlib import Path
from typing import Any

from govaudit.report import write_reports


def _render(results: dict[str, Any], tmp_path: Path) -> tuple[str, str]:
    md, html = write_reports(results, tmp_path, ["md", "html"])
    return md.read_text(encoding="utf-8"), html.read_text(encoding="utf-8")


def test_a_site_that_was_not_audited_shows_no_score(results, tmp_path):
    reason = "起始页面 https://www.example.gov.cn/ 未能正常打开（HTTP 404，页面不存在（404/410））。"
    results.update(score=None, score_range=None, grade="无法评估", passed=False, rules=[],
                   verdict={"code": "not_audited", "label": "无法评估", "blocking": [],
                            "reasons": [{"code": "start_not_found", "message": reason}],
                            "start_page": {"url": "https://www.example.gov.cn/"}, "disclosure_hub": None,
                            "columns_linked": 0, "columns_reached": 0, "not_reached": []})
    results["scoring"]["vetoed_by"], results["scoring"]["deductions"] = [], []
    md, html = _render(results, tmp_path)
    assert "**评估结论：无法评估**" in md and reason in unescape(md) and "政府信息公开专栏：未观察到" in md
    assert "总分：" not in md and "评定：" not in md
    assert "✗ 无法评估" in html and reason in html and 'class="score-value"' not in html


def test_an_undetermined_grade_shows_the_range_and_the_rules_that_block_it(results, tmp_path):
    blocking = results["rules"][0]["id"]
    results.update(score=52.0, score_range={"min": 52.0, "max": 84.5}, grade="待定", passed=False,
                   verdict={"code": "undetermined", "label": "待定", "blocking": [blocking],
                            "reasons": [{"code": "undecided_rules", "message": "有 1 条规则的结果未能确定（检查出错或证据不足），可能改变评定结论。"}],
                            "start_page": {"url": results["site"]}, "disclosure_hub": results["site"] + "zwgk/",
                            "columns_linked": 12, "columns_reached": 12, "stop_reason": "达到页面数量上限（--max-pages）",
                            "not_reached": []})
    results["scoring"]["vetoed_by"] = []
    md, html = _render(results, tmp_path)
    assert "**得分区间：52–84.5 / 100 · 评定：待定**" in md and "未能确定：" in md and blocking in md
    assert "抓取提前停止：达到页面数量上限（--max-pages）" in md
    assert "? 待定" in html and "52–84.5" in html and "✓" not in html.split("</section>")[0]


def test_category_caps_and_no_double_deduction_are_shown(results, tmp_path):
    results["scoring"]["deductions"][0].update(not_deducted=1, already_deducted_under=["empty-columns-veto"], worst_points=8)
    results["scoring"]["categories"] = [{"name": "发布解读", "deducted": 31, "cap": 31},
                                        {"name": "功能设计", "deducted": 2, "cap": 21, "worst_deducted": 7},
                                        {"name": "办事服务", "deducted": 0, "cap": 25}]
    md, html = _render(results, tmp_path)
    assert "| 发布解读 | −31 | 31 |" in md and "| 功能设计 | −2（最多 −7） | 21 |" in md
    assert "| 办事服务 | 0 | 25 |" in md
    assert "另有 1 项已在 empty-columns-veto 扣分，不重复扣分" in md and "（最多 −8）" in md
    assert "一级指标扣分" in html and "不重复扣分" in html
