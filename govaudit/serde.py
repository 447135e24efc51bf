"""Turn frozen dataclasses into JSON-ready dicts and back, guided by type hints.

With strict=True, the data is checked against the hints while it is converted: required
fields present, no unknown fields, scalars of the declared type, Literal values among the
allowed ones. That is how a site.json is held to its contract (govaudit/model/types.py)
without a JSON Schema library at run time. A converter is compiled once per type, and the
path of a bad value is assembled only when one is found, so checking costs little.
"""

from __future__ import annotations

import dataclasses
import threading
import types
import typing
from collections.abc import Callable, Sequence
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
    if isinstance(obj, (list, tuple)) or isinstance(obj, Sequence) and not isinstance(obj, (str, bytes)):
        return [to_dict(x) for x in obj]  # (a Sequence: the model's LinkTable)
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
    if strict:
        try:
            return _fast(cls)(data, {})
        except (_Mismatch, ContractError):
            pass  # the checking converter below finds the value and names its path
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


# A strict converter generated as Python source once per type (govaudit.serde._fast): the checks
# of `_compile(tp, strict=True)` inlined, with no path bookkeeping. It accepts only what the
# checking converter accepts and builds the same values; on anything else it raises _Mismatch
# and from_dict runs the checking converter, which names the bad value. (A site.json laid out as
# `build` writes it is not read through here but decoded by msgspec: govaudit/typeddecode.py.)
# Strings and integers go through a dict given with the data (`_s` = its setdefault): the JSON
# parser makes a new object for every occurrence, and a site's few thousand URLs occur hundreds
# of thousands of times (links, evidence, list items), which made the loaded model ~5x larger.

class _Mismatch(Exception):
    """The generated converter met a value it does not take (the checking converter explains it)."""


_MISSING = object()
_NAMESPACE: dict[str, Any] = {"_Mismatch": _Mismatch, "_MISSING": _MISSING, "__builtins__": __builtins__}
_FAST: dict[Any, str] = {}  # type -> name of its generated function in _NAMESPACE
_CHECKS = {str: "type({v}) is not str", int: "type({v}) is not int", bool: "type({v}) is not bool",
           float: "type({v}) is not float and type({v}) is not int"}
_SHARED = (str, int)  # values taken through the load's dict (never bool: True == 1)


# Generation registers a type's name before its source runs (recursive types need it), so a
# second thread could see the name before the function exists: batch checks sites on threads.
_GENERATING = threading.RLock()


def _fast(tp: Any) -> _Convert:
    with _GENERATING:
        return _NAMESPACE[_fast_name(tp)]


def _const(value: Any) -> str:
    name = f"_c{len(_NAMESPACE)}"
    _NAMESPACE[name] = value
    return name


def _fast_name(tp: Any) -> str:
    """The name of `tp`'s generated converter, generating it (and those of its parts) on first use."""
    name = _FAST.get(tp)
    if name is None:
        name = _FAST[tp] = f"_f{len(_FAST)}"
        lines = [f"def {name}(data, _m):", "    _s = _m.setdefault"]
        if dataclasses.is_dataclass(tp) and _plain_fields(tp):
            _dataclass_source(tp, lines)
        else:
            _emit(tp, "data", "out", lines, "    ")
            lines.append("    return out")
        exec("\n".join(lines), _NAMESPACE)  # noqa: S102 - source built here from type hints only
    return name


def _plain_fields(tp: type) -> bool:
    """True when `tp`'s type hints are exactly its init fields (no ClassVar, no init=False)."""
    fields = dataclasses.fields(tp)
    return all(f.init for f in fields) and set(_hints(tp)) == {f.name for f in fields}


def _emit(tp: Any, src: str, dst: str, lines: list[str], ind: str) -> None:
    """Lines that check `src` against `tp` and set `dst` to its converted value."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if type(None) in args:
            lines.append(f"{ind}if {src} is None:")
            lines.append(f"{ind}    {dst} = None")
            lines.append(f"{ind}else:")
            ind += "    "
        if len(inner) == 1:
            _emit(inner[0], src, dst, lines, ind)
        else:  # several arms: the checking converter (rare in the model)
            lines.append(f"{ind}{dst} = {_const(_compile(typing.Union[tuple(inner)], True))}({src})")
    elif origin is typing.Literal:
        # the type first: a list or a mapping cannot be looked up in a set
        lines.append(f"{ind}if type({src}) not in {_const(frozenset(map(type, args)))} or {src} not in {_const(frozenset(args))}:")
        lines.append(f"{ind}    raise _Mismatch")
        if all(type(a) is str for a in args):  # the declared string itself, one object for all
            lines.append(f"{ind}{dst} = {_const({a: a for a in args})}[{src}]")
        else:
            lines.append(f"{ind}{dst} = {src}")
    elif origin in (list, tuple):
        item = (args or (Any,))[0]
        make = "tuple" if origin is tuple else "list"
        lines.append(f"{ind}if type({src}) is not list:")
        lines.append(f"{ind}    raise _Mismatch")
        check = _CHECKS.get(item)
        if check:
            lines.append(f"{ind}for _x in {src}:")
            lines.append(f"{ind}    if {check.format(v='_x')}:")
            lines.append(f"{ind}        raise _Mismatch")
            if item in _SHARED:
                lines.append(f"{ind}{dst} = {make}([_s(_x, _x) for _x in {src}])")
            else:
                lines.append(f"{ind}{dst} = {make}({src})")
        elif item is Any:
            lines.append(f"{ind}{dst} = {make}({src})")
        else:
            fn = _fast_name(item)
            lines.append(f"{ind}{dst} = {'tuple(' if make == 'tuple' else '['}{fn}(_x, _m) for _x in {src}{')' if make == 'tuple' else ']'}")
    elif origin is dict:
        val = (args or (Any, Any))[1]
        lines.append(f"{ind}if type({src}) is not dict:")
        lines.append(f"{ind}    raise _Mismatch")
        check = _CHECKS.get(val)
        if check:
            lines.append(f"{ind}for _x in {src}.values():")
            lines.append(f"{ind}    if {check.format(v='_x')}:")
            lines.append(f"{ind}        raise _Mismatch")
            if val in _SHARED:
                lines.append(f"{ind}{dst} = {{_k: _s(_x, _x) for _k, _x in {src}.items()}}")
            else:
                lines.append(f"{ind}{dst} = dict({src})")
        elif val is Any:
            lines.append(f"{ind}{dst} = dict({src})")
        else:
            lines.append(f"{ind}{dst} = {{_k: {_fast_name(val)}(_x, _m) for _k, _x in {src}.items()}}")
    elif dataclasses.is_dataclass(tp):
        lines.append(f"{ind}{dst} = {_fast_name(tp)}({src}, _m)")
    elif tp in _CHECKS:
        lines.append(f"{ind}if {_CHECKS[tp].format(v=src)}:")
        lines.append(f"{ind}    raise _Mismatch")
        lines.append(f"{ind}{dst} = {'_s({0}, {0})'.format(src) if tp in _SHARED else src}")
    else:  # Any, or a type the checking converter passes through unchecked
        lines.append(f"{ind}{dst} = {src}")


def _dataclass_source(tp: type, lines: list[str]) -> None:
    """The body of a dataclass converter: the object's keys checked at once, then each field."""
    fields = dataclasses.fields(tp)
    hints = _hints(tp)
    lines.append("    if type(data) is not dict:")
    lines.append("        raise _Mismatch")
    lines.append("    keys = data.keys()")
    lines.append(f"    if not (keys >= {_const(_required(tp))} and keys <= {_const(frozenset(hints))}):")
    lines.append("        raise _Mismatch")
    for i, f in enumerate(fields):
        value = f"_a{i}"
        if f.name in _required(tp):
            lines.append(f"    _v = data[{f.name!r}]")
            _emit(hints[f.name], "_v", value, lines, "    ")
        else:
            lines.append(f"    _v = data.get({f.name!r}, _MISSING)")
            lines.append("    if _v is _MISSING:")
            if f.default is not dataclasses.MISSING:
                lines.append(f"        {value} = {_const(f.default)}")
            else:
                lines.append(f"        {value} = {_const(f.default_factory)}()")
            lines.append("    else:")
            _emit(hints[f.name], "_v", value, lines, "        ")
    if hasattr(tp, "__post_init__"):
        call = ", ".join(f"{f.name}=_a{i}" for i, f in enumerate(fields))
        lines.append(f"    return {_const(tp)}({call})")
    else:  # what the frozen class's generated __init__ does, without its call and keyword binding
        # (attributes set one by one, in field order: a class without slots keeps sharing its
        # instances' dict keys)
        lines.append(f"    obj = {_const(object.__new__)}({_const(tp)})")
        setattr_ = _const(object.__setattr__)
        lines.extend(f"    {setattr_}(obj, {f.name!r}, _a{i})" for i, f in enumerate(fields))
        lines.append("    return obj")
