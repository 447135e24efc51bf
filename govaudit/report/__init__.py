"""Reports: every output format is a plug-in of one registry (REGISTRY), each a module of
this package; the CLI's choices and help, and the pipeline, derive from it.

A report shows what results.json says and never computes a score. Everything in it that
came from a crawled page is treated as hostile (see govaudit.report.escape).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from govaudit.jsonio import output_mode
from govaudit.report import csv_report, html_report, json_report, junit_report, md_report, sarif_report
from govaudit.report.base import DEFAULT_MD_MAX_CHARS, ReportFormat, ReportInput

__all__ = ["DEFAULT_MD_MAX_CHARS", "FORMATS", "REGISTRY", "RESULTS_FILE", "VIEW_FORMATS", "ReportFormat", "formats_help",
           "write_reports"]

REGISTRY: dict[str, ReportFormat] = {m.FORMAT.name: m.FORMAT for m in (html_report, md_report, json_report, junit_report, sarif_report, csv_report)}
FORMATS: tuple[str, ...] = tuple(REGISTRY)
RESULTS_FILE = json_report.RESULTS_FILE
# Formats that are views of results.json (every one but results.json itself).
VIEW_FORMATS: tuple[str, ...] = tuple(name for name, f in REGISTRY.items() if f.filename != RESULTS_FILE)


def formats_help() -> str:
    """One line for --help naming every format and what it writes."""
    return "; ".join(f"{f.name} ({f.filename}: {f.summary})" for f in REGISTRY.values())


def write_reports(results: Mapping[str, Any], out_dir: Path, formats: Sequence[str],
                  md_max_chars: int = DEFAULT_MD_MAX_CHARS) -> list[Path]:
    """Write each of `formats` from `results` (a dict as loaded from results.json) into
    `out_dir` under the format's file name, and return the paths written, in the order of `formats`.

    Each file is written atomically (temporary file in `out_dir`, then rename), so a reader
    never sees half a report. Raises ValueError for a format not in REGISTRY.
    """
    unknown = [f for f in formats if f not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown report format {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    out_dir = Path(out_dir)
    data = ReportInput(results, md_max_chars, out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in dict.fromkeys(formats):
        fmt = REGISTRY[name]
        path = out_dir / fmt.filename
        _write_atomic(path, fmt.render(data), fmt.encoding)
        written.append(path)
    return written


def _write_atomic(path: Path, text: str, encoding: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as handle:
            os.fchmod(handle.fileno(), output_mode())  # mkstemp creates 0600; the user's umask decides
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
