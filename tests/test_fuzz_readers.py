"""Generated bad values for the readers (issue 14 item 3, partial): every configuration key and
every field of results.json set to each wrong kind of value ends in a UserError or a valid
result, never another exception."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from govaudit.config import parse_config
from govaudit.errors import UserError
from govaudit.pipeline import RESULTS_FILE, report

FIXTURE = json.loads((Path(__file__).parent / "report" / "fixtures" / "results.json").read_text(encoding="utf-8"))
BAD = [5, -1.5, "x", "", True, None, [], [1, "a"], {}, {"a": [1]}, date(2026, 1, 1)]
CONFIG_KEYS = [("profile",), ("organisation",), ("rules",), ("rules", "disable"), ("rules", "levels"),
               ("rules", "params"), ("rules", "scopes"), ("rules", "scopes", "broken-links"),
               ("rules", "scopes", "broken-links", "include"), ("column_classes",), ("waivers",), ("waivers", 0),
               ("waivers", 0, "expires"), ("waivers", 0, "subject")]


def _set(data: Any, path: tuple, value: Any) -> Any:
    data = copy.deepcopy(data)
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


GOOD_CONFIG = {"profile": "official-2019", "rules": {"disable": [], "scopes": {"broken-links": {"include": ["/"]}}},
               "waivers": [{"rule": "r", "subject": "s", "reason": "r", "owner": "o", "expires": date(2026, 12, 31)}]}


@pytest.mark.parametrize("path", CONFIG_KEYS, ids=lambda p: "/".join(map(str, p)))
def test_config_values_of_every_kind(path: tuple):
    for value in BAD:
        try:
            parse_config(_set(GOOD_CONFIG, path, value), "govaudit.toml")
        except UserError:
            pass


def _paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    """Every key path of `data` (lists: their first element only)."""
    out = []
    if isinstance(data, dict):
        for k, v in data.items():
            out.append((*prefix, k))
            out += _paths(v, (*prefix, k))
    elif isinstance(data, list) and data:
        out.append((*prefix, 0))
        out += _paths(data[0], (*prefix, 0))
    return out


@pytest.mark.parametrize("path", _paths(FIXTURE), ids=lambda p: "/".join(map(str, p)))
def test_results_fields_of_every_kind(tmp_path: Path, path: tuple):
    for value in BAD[:-1]:  # JSON has no dates
        (tmp_path / RESULTS_FILE).write_text(json.dumps(_set(FIXTURE, path, value)), encoding="utf-8")
        try:
            report(tmp_path, ["md", "html"])
        except UserError:
            pass
