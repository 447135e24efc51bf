"""Outputs are written with the user's umask (issue 14 item 8): 0644 by default, 0600 or 0664
when the user asks for it, the same for every stage file and report."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from govaudit.jsonio import write_json_atomic
from govaudit.report import write_reports

FIXTURE = Path(__file__).parent / "report" / "fixtures" / "results.json"


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_stage_files_and_reports_follow_the_umask(tmp_path: Path, umask: int, mode: int):
    old = os.umask(umask)
    try:
        write_json_atomic(tmp_path / "site.json", {"a": 1})
        shutil.copy(FIXTURE, tmp_path / "in.json")
        written = write_reports(json.loads((tmp_path / "in.json").read_text(encoding="utf-8")), tmp_path, ["html", "md"])
    finally:
        os.umask(old)
    for path in [tmp_path / "site.json", *written]:
        assert stat.S_IMODE(path.stat().st_mode) == mode, path.name
