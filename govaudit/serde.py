"""Turn frozen dataclasses into JSON-ready dicts and back, guided by type hints.

With strict=True, the data is checked against the hints while it is converted: required
fields present, no unknown fields, scalars of the declared type, Literal values among the
allowed ones. That is how a site.json is held to its contract (govaudit/model/types.py)
without a JSON Schema library at run time. A converter is compiled once per type, and the
path of a bad value is assembled only when one is found, so checking costs little.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
_Convert = Callable[[Any], Any]


class ContractError(ValueError):
    """Data that does not follow the declared types; `path` names the field (`columns[3].state`)."""

    def __init__(self, problem: str, segments: list[str | int] | None = None) -> None:
        self.problem = problem
        self.segments: list[str | int] = segments or []
        super().__init__(problem)

    @property
    def path(self) -> str:
        out = ""
        for s in self.segments:
            out += f"[{s}]" if isinstance(s, int) else (f".{s}" if out else s)
        return out

    def __str__(self) -> str:
        return f"{self.path or 'the top level'}: {self.problem}"


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
    return _compile(cls, strict)(data)


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _within(segment: str | int, error: ContractError) -> ContractError:
    error.segments.insert(0, segment)
    return error


_SCALARS = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def _scalar(tp: type) -> _Convert:
    def convert(data: Any) -> Any:
        if type(data) is tp or isinstance(data, tp) and not isinstance(data, bool) or tp is float and type(data) is int:
            return data
        raise ContractError(f"should be {_SCALARS[tp]}, not {_describe(data)}")
    return convert


def _identity(data: Any) -> Any:
    return data


def _any_of(arms: list[Any], strict: bool) -> _Convert:
    """A union of several types (`int | str`): the first arm that takes the data."""
    if not strict:
        return _identity
    converters = [_compile(a, strict) for a in arms]
    names = " or ".join(getattr(a, "__name__", str(a)) for a in arms)

    def convert(data: Any) -> Any:
        for arm in converters:
            try:
                return arm(data)
            except ContractError:
                pass
        raise ContractError(f"should be {names}, not {_describe(data)}")
    return convert


@cache
def _compile(tp: Any, strict: bool) -> _Convert:
    """The converter of plain data to `tp`; None passes for an optional `tp` (and, unchecked, for any)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        convert = _compile(inner[0], strict) if len(inner) == 1 else _any_of(inner, strict)
        if type(None) in typing.get_args(tp):
            return lambda data: None if data is None else convert(data)
        return convert
    required = _required_value(tp, strict)
    if origin is typing.Literal:
        allowed = frozenset(typing.get_args(tp))
        listing = ", ".join(map(str, typing.get_args(tp)))

        def literal(data: Any) -> Any:
            # A list or a mapping is no Literal value (and cannot be looked up in a set).
            if strict and (not isinstance(data, (str, int, float)) or data not in allowed):
                raise required(data) if data is None else ContractError(f"{_describe(data)} is not one of the allowed values ({listing})")
            return data
        return literal
    if origin in (list, tuple):
        (arg, *_) = typing.get_args(tp) or (Any,)
        item = _compile(arg, strict)
        make = tuple if origin is tuple else list

        def sequence(data: Any) -> Any:
            if not isinstance(data, list):
                if data is None:
                    return required(data)
                if strict:
                    raise ContractError(f"should be a list, not {_describe(data)}")
            out = []
            for i, x in enumerate(data):
                try:
                    out.append(item(x))
                except ContractError as exc:
                    raise _within(i, exc) from None
            return make(out)
        return sequence
    if origin is dict:
        _, val = typing.get_args(tp) or (Any, Any)
        value = _compile(val, strict)

        def mapping(data: Any) -> Any:
            if not isinstance(data, dict):
                if data is None:
                    return required(data)
                if strict:
                    raise ContractError(f"should be an object, not {_describe(data)}")
            out = {}
            for k, v in data.items():
                try:
                    out[k] = value(v)
                except ContractError as exc:
                    raise _within(k, exc) from None
            return out
        return mapping
    if dataclasses.is_dataclass(tp):
        return _dataclass(tp, strict, required)
    if strict and tp in _SCALARS:
        check = _scalar(tp)
        return lambda data: required(data) if data is None else check(data)
    return _identity


def _required_value(tp: Any, strict: bool) -> Callable[[Any], Any]:
    """What a null in place of a `tp` gives: None, or (strict) a ContractError."""
    def required(data: Any) -> Any:
        if strict and tp is not Any:
            raise ContractError("is missing (null) but required")
        return None
    return required


def _dataclass(tp: type, strict: bool, required: Callable[[Any], Any]) -> _Convert:
    fields: dict[str, _Convert] = {}

    def convert(data: Any) -> Any:
        if not fields:  # filled on first use: a dataclass may refer to itself
            fields.update({k: _compile(h, strict) for k, h in _hints(tp).items()})
        if not isinstance(data, dict):
            if data is None:
                return required(data)
            if strict:
                raise ContractError(f"should be an object, not {_describe(data)}")
        if strict:
            if missing := _required(tp) - data.keys():
                raise ContractError("is missing", [min(missing)])
            if unknown := data.keys() - fields.keys():
                raise ContractError("is not a field of the site model", [min(unknown)])
        kwargs = {}
        for k, v in data.items():
            field = fields.get(k)
            if field is not None:
                try:
                    kwargs[k] = field(v)
                except ContractError as exc:
                    raise _within(k, exc) from None
        return tp(**kwargs)
    return convert
