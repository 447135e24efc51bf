"""Reports: HTML and Markdown views of results.json.

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
from govaudit.report.render import render
from govaudit.report.view import build_view

FORMATS = ("html", "md")


def write_reports(results: Mapping[str, Any], out_dir: Path, formats: Sequence[str]) -> list[Path]:
    """Write `out_dir/report.<fmt>` for each of `formats` from `results` (a dict as loaded
    from results.json) and return the paths written, in the order of `formats`.

    Each file is written atomically (temporary file in `out_dir`, then rename), so a reader
    never sees half a report. Raises ValueError for a format not in FORMATS.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown report format {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    view = build_view(results)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in dict.fromkeys(formats):
        path = out_dir / f"report.{fmt}"
        _write_atomic(path, render(view, fmt))
        written.append(path)
    return written


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            os.fchmod(handle.fileno(), output_mode())  # mkstemp creates 0600; the user's umask decides
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
