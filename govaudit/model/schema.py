"""site.schema.json, generated from the site-model types (govaudit/model/types.py), so the
published schema and the checked contract cannot drift apart.

    python -m govaudit.model.schema > govaudit/schemas/site.schema.json
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

from govaudit.model import types as model
from govaudit.serde import _hints, _required

_SCALARS = {str: {"type": "string"}, int: {"type": "integer"}, float: {"type": "number"}, bool: {"type": "boolean"}}


def _type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        null = [{"type": "null"}] if type(None) in typing.get_args(tp) else []
        return {"anyOf": [_type(a, defs) for a in inner] + null}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin is list:
        return {"type": "array", "items": _type(typing.get_args(tp)[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type(typing.get_args(tp)[1], defs)}
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder: recursion stops here
            hints = _hints(tp)
            defs[name] = {
                "type": "object",
                **({"description": doc} if (doc := (tp.__doc__ or "").strip()) and not doc.startswith(f"{name}(") else {}),
                "properties": {f.name: _type(hints[f.name], defs) for f in dataclasses.fields(tp)},
                "required": sorted(_required(tp)),
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    if tp in _SCALARS:
        return dict(_SCALARS[tp])
    raise TypeError(f"no JSON Schema for {tp!r}")


def site_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of site.json."""
    defs: dict[str, Any] = {}
    _type(model.SiteModel, defs)
    top = defs.pop("SiteModel")
    top["properties"]["schema"] = {"const": model.SCHEMA}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://govaudit.invalid/schemas/site.schema.json",
        "title": "govaudit site model (site.json)",
        "description": "Generated from govaudit/model/types.py by `python -m govaudit.model.schema`; do not edit by hand.",
        **{k: v for k, v in top.items() if k != "description"},
        "$defs": dict(sorted(defs.items())),
    }


def render() -> str:
    """The schema file's text."""
    return json.dumps(site_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    print(render(), end="")
