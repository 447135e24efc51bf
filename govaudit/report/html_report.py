"""HTML: a self-contained page for people (prints cleanly, works offline)."""

from govaudit.report.base import ReportFormat, ReportInput
from govaudit.report.render import render


def _render(data: ReportInput) -> str:
    return render(data.view, "html")


FORMAT = ReportFormat("html", "report.html", "self-contained HTML report", _render)
