"""Turn frozen dataclasses into JSON-ready dicts and back, guided by type hints.

With strict=True, the data is checked against the hints while it is converted: required
fields present, no unknown fields, scalars of the declared type, Literal values among the
allowed ones. That is how a site.json is held to its contract (govaudit/model/types.py)
without a JSON Schema library at run time.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


class ContractError(ValueError):
    """Data that does not follow the declared types; `path` names the field (`columns[3].state`)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path or 'the top level'}: {problem}")
        self.path = path
        self.problem = problem


def to_dict(obj: Any) -> Any:
    """Convert dataclasses (recursively) into plain dicts, lists and scalars."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _required(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls)
                     if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)


def from_dict(cls: type[T], data: Any, *, strict: bool = False) -> T:
    """Build an instance of `cls` (a dataclass or a typing form) from plain data; with `strict`,
    raise ContractError at the first value that does not follow the type hints."""
    return _convert(cls, data, "" if strict else None)


_SCALARS = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _convert(tp: Any, data: Any, path: str | None) -> Any:
    """`path` is None when not checking, else where `data` sits (for the error message)."""
    origin = typing.get_origin(tp)
    if data is None:
        if path is not None and not (origin in (typing.Union, types.UnionType) and type(None) in typing.get_args(tp)) and tp is not Any:
            raise ContractError(path, "is missing (null) but required")
        return None
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(inner[0], data, path) if len(inner) == 1 else data
    if origin is typing.Literal:
        if path is not None and data not in typing.get_args(tp):
            allowed = ", ".join(map(str, typing.get_args(tp)))
            raise ContractError(path, f"{_describe(data)} is not one of the allowed values ({allowed})")
        return data
    if origin in (list, tuple):
        if path is not None and not isinstance(data, list):
            raise ContractError(path, f"should be a list, not {_describe(data)}")
        (arg, *_) = typing.get_args(tp) or (Any,)
        items = [_convert(arg, x, None if path is None else f"{path}[{i}]") for i, x in enumerate(data)]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        if path is not None and not isinstance(data, dict):
            raise ContractError(path, f"should be an object, not {_describe(data)}")
        _, val = typing.get_args(tp) or (Any, Any)
        return {k: _convert(val, v, None if path is None else f"{path}.{k}") for k, v in data.items()}
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        if path is not None:
            if not isinstance(data, dict):
                raise ContractError(path, f"should be an object, not {_describe(data)}")
            if missing := sorted(_required(tp) - set(data)):
                raise ContractError(_join(path, missing[0]), "is missing")
            if unknown := sorted(set(data) - set(hints)):
                raise ContractError(_join(path, unknown[0]), "is not a field of the site model")
        return tp(**{k: _convert(hints[k], v, None if path is None else _join(path, k)) for k, v in data.items() if k in hints})
    if path is not None and tp in _SCALARS:
        ok = isinstance(data, tp) and not (tp is int and isinstance(data, bool)) or tp is float and isinstance(data, int)
        if not ok:
            raise ContractError(path, f"should be {_SCALARS[tp]}, not {_describe(data)}")
    return data


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name
