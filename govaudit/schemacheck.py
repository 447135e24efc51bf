"""Check a stage file against its published JSON Schema (govaudit/schemas/), without a
runtime dependency: the subset the schemas use (type, required, properties, items, enum,
pattern, local $ref)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

_SCHEMAS = Path(__file__).resolve().parent / "schemas"

_TYPES: dict[str, tuple[type, ...]] = {"object": (dict,), "array": (list,), "string": (str,), "integer": (int,),
                                       "number": (int, float), "boolean": (bool,), "null": (type(None),)}


@cache
def _schema(name: str) -> dict[str, Any]:
    return json.loads((_SCHEMAS / name).read_text(encoding="utf-8"))


def _is(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    if kind == "number" and isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))  # JSON has no NaN
    return isinstance(value, _TYPES[kind])


def first_problem(data: Any, schema_name: str) -> str | None:
    """The first place where `data` breaks the schema, as "field: problem", or None."""
    root = _schema(schema_name)
    return _check(data, root, root, "$")


def _check(value: Any, node: dict[str, Any], root: dict[str, Any], where: str) -> str | None:
    if "$ref" in node:
        node = root["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    kinds = node.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_is(value, k) for k in kinds):
            return f"{where}: expected {' or '.join(kinds)}, found {type(value).__name__}"
    if "enum" in node and value not in node["enum"]:
        return f"{where}: {value!r} is not one of {', '.join(map(str, node['enum']))}"
    if "pattern" in node and isinstance(value, str) and not re.search(node["pattern"], value):
        return f"{where}: {value!r} does not have the expected form"
    if isinstance(value, dict):
        missing = [k for k in node.get("required", ()) if k not in value]
        if missing:
            return f"{where}: missing {', '.join(missing)}"
        for key, sub in node.get("properties", {}).items():
            if key in value and (problem := _check(value[key], sub, root, f"{where}.{key}")):
                return problem
    if isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            if problem := _check(item, node["items"], root, f"{where}[{i}]"):
                return problem
    return None
