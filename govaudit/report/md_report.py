"""Markdown: the report as a pull-request comment or CI job summary."""

from govaudit.report.base import ReportFormat, ReportInput
from govaudit.report.render import render


def _render(data: ReportInput) -> str:
    return render(data.view, "md")


FORMAT = ReportFormat("md", "report.md", "Markdown report (pull-request comment, job summary)", _render)
