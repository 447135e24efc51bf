"""Bidirectional and zero-width characters from crawled text are made visible in the machine
formats too (issue 14 item 6): JUnit, SARIF and CSV, read back with their own parsers."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from govaudit.report import write_reports

INVISIBLE = "\u202e\u200b\u2066\u200f\u061c\ufeff"
PAYLOAD = "exe\u202egnp.html a\u200bb\u2066c \u200f\u061c\ufeffd"
SHOWN = ("exe\\u202egnp.html", "a\\u200bb\\u2066c", "\\u200f\\u061c\\ufeffd")


def _with_payload(results: dict[str, Any]) -> dict[str, Any]:
    for rule in results["rules"]:
        for result in rule["results"]:
            result["message"] = result["evidence"]["snippet"] = result["subject"] = PAYLOAD
    return results


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_junit_sarif_and_csv_show_invisible_characters(results: dict[str, Any], tmp_path: Path):
    junit, sarif, table = write_reports(_with_payload(results), tmp_path, ["junit", "sarif", "csv"])
    texts = {
        "junit": [t for el in ET.parse(junit).iter() for t in (el.text or "", *el.attrib.values())],
        "sarif": _strings(json.loads(sarif.read_text(encoding="utf-8"))),
        "csv": [c for row in csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))) for c in row],
    }
    for fmt, strings in texts.items():
        joined = "\n".join(strings)
        assert not any(c in joined for c in INVISIBLE), fmt
        assert all(shown in joined for shown in SHOWN), fmt
