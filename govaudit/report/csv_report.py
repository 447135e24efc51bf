"""CSV: one row per rule and subject (every status, so a spreadsheet can filter), for evaluators.
A site without a grade (无法评估, 评估不完整, 待定) gets a first row saying so and why, so the
file never reads as "no problems" when the site was not audited.
With --baseline a last column says whether a finding is 新增 / 状态变化 / 未变, and a row per
earlier finding no longer found follows (已解决, or 本次未检查 when its subject was not examined).

UTF-8 with a byte-order mark, which spreadsheet software needs to read Chinese; RFC 4180
quoting. A cell that starts like a formula (= + - @, or a tab / carriage return before one)
is prefixed with an apostrophe, so crawled text can never run in the evaluator's spreadsheet.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from govaudit.baseline import BASELINE_LABELS, state_label
from govaudit.report.base import ReportFormat, ReportInput
from govaudit.report.escape import reveal_invisible
from govaudit.vocab import LEVEL_LABELS, STATUS_LABELS

HEADER = ("规则编号", "规则", "类别", "级别", "状态", "检查对象", "网址", "说明",
          "证据网址", "抓取时间", "存档记录", "页面摘录", "豁免", "基线对比")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(data: ReportInput) -> str:
    """The findings of `data.results` as CSV text (the BOM is added by the file's encoding)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    verdict = data.results.get("verdict") or {"code": "graded"}
    if verdict["code"] != "graded":
        writer.writerow([neutralise(cell) for cell in _verdict_row(data.results, verdict)])
    for rule in data.results["rules"]:
        for result in rule["results"]:
            writer.writerow([neutralise(cell) for cell in _row(rule, result)])
    rules = {rule["id"]: rule for rule in data.results["rules"]}
    for gone in (data.results.get("baseline") or {}).get("resolved", ()):
        writer.writerow([neutralise(cell) for cell in _resolved_row(rules.get(gone["rule"], {}), gone)])
    return buffer.getvalue()


def neutralise(value: object) -> str:
    """`value` as a cell a spreadsheet shows as text: formula-like starts get an apostrophe,
    bidirectional and zero-width characters are written visibly."""
    text = "" if value is None else reveal_invisible(str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def _row(rule: Mapping[str, Any], result: Mapping[str, Any]) -> list[object]:
    evidence = result["evidence"]
    waiver = result.get("waiver")
    waived = f"{waiver['reason']}（负责人 {waiver['owner']}，有效期至 {waiver['expires']}）" if waiver else ""
    level = rule.get("level") or ""
    return [rule["id"], rule["title"], rule["category"], LEVEL_LABELS.get(level, level), STATUS_LABELS[result["status"]],
            result["subject"], result["url"], result["message"], evidence["url"], evidence.get("fetched_at"),
            evidence.get("record"), evidence.get("snippet"), waived, state_label(result)]


def _verdict_row(results: Mapping[str, Any], verdict: Mapping[str, Any]) -> list[object]:
    """The verdict of a site with no grade, in the status column, with its reasons as the message."""
    reasons = "；".join(r["message"] for r in verdict.get("reasons", ())) or verdict["label"]
    return ["", "评估结论", "", "", verdict["label"], results["site"], results["site"], reasons,
            "", "", "", "", "", ""]


def _resolved_row(rule: Mapping[str, Any], gone: Mapping[str, Any]) -> list[object]:
    """An earlier finding no longer found: its status now (empty when not examined), its old message."""
    level = gone.get("level") or ""
    now = STATUS_LABELS[gone["now"]] if gone["now"] else ""
    state = BASELINE_LABELS[gone["state"]]
    return [gone["rule"], gone["title"], rule.get("category", ""), LEVEL_LABELS.get(level, level), now, gone["subject"],
            gone["url"], f"基线中为{STATUS_LABELS[gone['status']]}：{gone['message']}", "", "", "", "", "", state]


FORMAT = ReportFormat("csv", "report.csv", "CSV, a row per rule and subject, for spreadsheets", render_csv,
                      encoding="utf-8-sig")
