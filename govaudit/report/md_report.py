"""Markdown: the report as a pull-request comment or CI job summary, kept under a size budget.

A comment holds 65,536 characters; a 3,000-page site's full report is twice that. When the
full text is over `md_max_chars`, the report is rendered again with less detail, step by
step: first the passes only counted, then fewer findings listed per rule. The header, the
verdict, the deductions and every failing rule always stay; a last resort cuts at a line.
"""

from __future__ import annotations

from dataclasses import dataclass

from govaudit.report.base import ReportFormat, ReportInput
from govaudit.report.render import render

_PER_RULE = (20, 10, 5, 3, 1)  # findings listed per rule, tried in turn
_CUT_NOTE = "\n\n> 报告超过 {max_chars} 字符的篇幅上限，以下内容已截断；完整内容见 report.html 或 results.json。\n"


@dataclass(frozen=True)
class Budget:
    """How much detail the template shows."""

    max_chars: int
    pass_detail: bool = True
    max_results: int | None = None  # findings listed per rule; None = all

    @property
    def abridged(self) -> bool:
        return not self.pass_detail or self.max_results is not None


def render_markdown(data: ReportInput) -> str:
    """The Markdown report of `data`, at most `data.md_max_chars` characters."""
    limit = data.md_max_chars
    steps = [Budget(limit), Budget(limit, pass_detail=False),
             *(Budget(limit, pass_detail=False, max_results=n) for n in _PER_RULE)]
    text = ""
    for budget in steps:
        text = render(data.view, "md", budget=budget)
        if len(text) <= limit:
            return text
    note = _CUT_NOTE.format(max_chars=limit)
    head = text[: max(0, limit - len(note))]
    return head[: head.rfind("\n") + 1 or len(head)].rstrip() + note


FORMAT = ReportFormat("md", "report.md", "Markdown report for a pull-request comment or job summary", render_markdown)
