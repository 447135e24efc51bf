"""What a report format plug-in is: a name, the file it writes, and a function that renders it.

Every format reads the same results dict (as loaded from results.json); the ones that show
prose (HTML, Markdown) share one ReportView built lazily by the ReportInput.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from govaudit.report.view import ReportView, build_view

DEFAULT_MD_MAX_CHARS = 60_000  # a pull-request comment holds 65,536; leave room for a heading


@dataclass
class ReportInput:
    """The results to render and the options of the formats that take any."""

    results: Mapping[str, Any]
    md_max_chars: int = DEFAULT_MD_MAX_CHARS
    out_dir: Path | None = None  # where the report is written (files beside it, e.g. screenshots)

    @cached_property
    def view(self) -> ReportView:
        """The labelled, grouped view HTML and Markdown show (built once, on first use)."""
        return build_view(self.results)


@dataclass(frozen=True)
class ReportFormat:
    """One output format: `--format NAME` writes `filename` in the output folder."""

    name: str
    filename: str
    summary: str  # one phrase for --help
    render: Callable[[ReportInput], str]
    encoding: str = "utf-8"  # "utf-8-sig" for spreadsheets, which need the BOM to read Chinese
