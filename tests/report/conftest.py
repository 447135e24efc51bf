"""Shared fixtures for the report tests: the sample results.json and its rendered reports."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from govaudit.report import write_reports

FIXTURE = Path(__file__).parent / "fixtures" / "results.json"
_RESULTS = json.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture
def results() -> dict[str, Any]:
    """A fresh copy of the fixture results, free to modify."""
    return copy.deepcopy(_RESULTS)


@pytest.fixture
def html_path(results: dict[str, Any], tmp_path: Path) -> Path:
    """report.html rendered from the fixture."""
    (path,) = write_reports(results, tmp_path, ["html"])
    return path


@pytest.fixture
def html_doc(html_path: Path) -> lxml.html.HtmlElement:
    """The fixture's HTML report, parsed."""
    return lxml.html.fromstring(html_path.read_bytes())


@pytest.fixture
def markdown(results: dict[str, Any], tmp_path: Path) -> str:
    """report.md rendered from the fixture."""
    (path,) = write_reports(results, tmp_path, ["md"])
    return path.read_text(encoding="utf-8")


def failing_results(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Every result of the fixture listed under 问题清单 (fail, warn, incomplete, error)."""
    return [
        r
        for rule in results["rules"]
        for r in rule["results"]
        if r["status"] in ("fail", "warn", "incomplete", "error")
    ]
