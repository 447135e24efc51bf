"""JSON text decoded into the model's dataclasses through msgspec, strings shared.

jsonio.read_streamed cuts a large site.json into pieces (a member, or a batch of a list's items)
and decodes each here, in two steps:

1. msgspec (in C) decodes the piece into Structs that mirror the dataclasses: the same fields,
   types and defaults, unknown fields refused. It checks what serde's strict converter checks:
   a bool is no int, null no string, a Literal one of its values, a required field present.
   (msgspec decodes into dataclasses too, but skips their unknown fields, and refusing those
   by a second pass cost more than step 2.)
2. Generated code copies each Struct into its dataclass (filled in as a writable draft of it:
   see _draft), taking every string through the load's shared dict, so that a URL linked from
   every page is one object, not one per link (a 20,000-page model holds ~330,000 links).

Anything refused raises; the caller then reads the file whole, and serde's checking converter
names the problem. Only types whose values msgspec builds as serde does are taken (`decodable`):
no floats (msgspec makes 1.0 of a JSON 1), no Any, no dataclass with a __post_init__ or a base.
"""

from __future__ import annotations

import dataclasses
import threading
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

import msgspec

Decode = Callable[[bytes | memoryview, dict[Any, Any]], Any]

_LOCK = threading.Lock()  # `govaudit batch` loads sites on threads: each type's decoder made once


def piece_decoder(tp: Any) -> Decode:
    """`decode(text, shared)`: the value of type `tp` (see `decodable`) that the JSON `text`
    holds, its strings taken through `shared` (one dict for a whole load). It raises on text
    that does not follow `tp`, an unknown field of a dataclass included."""
    with _LOCK:
        return _decoder(tp)


def mirror_decoder(tp: Any) -> Callable[[bytes | memoryview], Any]:
    """`decode(text)`: step 1 alone, the JSON `text` as `tp`'s mirror (each dataclass a Struct
    of the same fields, read as attributes), checked as `piece_decoder` checks it; for a reader
    that takes the values it needs from the Structs (model/linktable.py's loader)."""
    with _LOCK:
        return _structs(tp).decode


@cache
def _structs(tp: Any) -> msgspec.json.Decoder:
    if not decodable(tp):
        raise TypeError(f"{tp} is not decoded as serde reads it")
    return msgspec.json.Decoder(_mirror(tp))


@cache
def _decoder(tp: Any) -> Decode:
    structs, build = _structs(tp), _builder(tp)

    def decode(text: bytes | memoryview, shared: dict[Any, Any]) -> Any:
        return build(structs.decode(text), shared.setdefault)
    return decode


@cache
def decodable(tp: Any, within: frozenset[type] = frozenset()) -> bool:
    """True when msgspec decodes `tp`'s values as serde.from_dict(strict=True) does: strings,
    ints, bools, None, string Literals, lists, dict[str, …] of those, and dataclasses of those
    with plain fields and no base class (none holding itself: the generated code would inline
    it forever)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType, list):
        return all(decodable(a, within) for a in args)
    if origin is typing.Literal:
        return all(type(a) is str for a in args)
    if origin is dict:
        return args[0] is str and not _has_dataclass(args[1]) and decodable(args[1], within)
    if dataclasses.is_dataclass(tp):
        fields = dataclasses.fields(tp)
        return (tp not in within and tp.__bases__ == (object,) and not hasattr(tp, "__post_init__")
                and all(f.init for f in fields)
                and set(_hints(tp)) == {f.name for f in fields}
                and all(decodable(h, within | {tp}) for h in _hints(tp).values()))
    return tp in (str, int, bool, type(None))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _has_dataclass(tp: Any) -> bool:
    return dataclasses.is_dataclass(tp) or any(_has_dataclass(a) for a in typing.get_args(tp))


@cache
def _needs_copy(tp: Any) -> bool:
    """True when a `tp` holds a string to share or a mirror to copy."""
    if tp is str or dataclasses.is_dataclass(tp):
        return True
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is dict:  # its keys are few and short (msgspec shares those)
        return _needs_copy(args[1])
    return origin is not typing.Literal and any(_needs_copy(a) for a in args)


@cache
def _mirror(tp: Any) -> Any:
    """`tp` with each dataclass a Struct of the same fields, types and defaults that refuses
    unknown fields (gc=False: it holds no cycle, and lives only until copied)."""
    if not _has_dataclass(tp):
        return tp
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return typing.Union[tuple(_mirror(a) for a in args)]
    if origin is list:
        return list[_mirror(args[0])]
    fields: list[tuple[Any, ...]] = []
    for f in dataclasses.fields(tp):
        hint = _mirror(_hints(tp)[f.name])
        if f.default is not dataclasses.MISSING:
            fields.append((f.name, hint, f.default))
        elif f.default_factory is not dataclasses.MISSING:
            fields.append((f.name, hint, msgspec.field(default_factory=f.default_factory)))
        else:
            fields.append((f.name, hint))
    return msgspec.defstruct(f"{tp.__name__}Mirror", fields, kw_only=True, forbid_unknown_fields=True, gc=False)


# The copying code is generated once per type, nested dataclasses inlined: `build(value, sd)`
# returns `value` (decoded into mirrors) as `tp`, each string replaced by `sd(s, s)` (the shared
# dict's setdefault). Lists and dicts are the ones msgspec made, their strings replaced in place.
# Literal values need nothing: msgspec returns the Literal's own string objects.

def _builder(tp: Any) -> Callable[[Any, Callable[[Any, Any], Any]], Any]:
    scope: dict[str, Any] = {"_new": object.__new__}
    lines = ["def build(v, sd):"]
    _emit(tp, "v", lines, "    ", scope)
    lines.append("    return v")
    exec("\n".join(lines), scope)  # noqa: S102 - source built here from type hints only
    return scope["build"]


def _name(scope: dict[str, Any], value: Any = None) -> str:
    """A new name in the generated code: a constant of `scope` (`value`), or a variable."""
    name = f"_{len(scope)}"
    scope[name] = value
    return name


def _emit(tp: Any, var: str, lines: list[str], ind: str, scope: dict[str, Any]) -> None:
    """Lines that turn `var`, a value decoded as `tp`'s mirror, into the `tp` it stands for."""
    if not _needs_copy(tp):
        return
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    inner: list[str] = []
    if tp is str:
        lines.append(f"{ind}{var} = sd({var}, {var})")
    elif origin in (typing.Union, types.UnionType):
        arms = [a for a in args if a is not type(None)]
        if len(arms) == 1:  # X | None; a union of several types (rare, no dataclass) is not shared
            _emit(arms[0], var, inner, ind + "    ", scope)
            lines.extend([f"{ind}if {var} is not None:", *inner])
    elif origin is list and args[0] is str:
        lines.append(f"{ind}{var}[:] = map(sd, {var}, {var})")
    elif origin is list:
        item, out = _name(scope), _name(scope)
        _emit(args[0], item, inner, ind + "    ", scope)
        lines.extend([f"{ind}{out} = []", f"{ind}for {item} in {var}:", *inner, f"{ind}    {out}.append({item})",
                      f"{ind}{var} = {out}"])
    elif origin is dict:  # dict[str, str]: its values shared in place
        key = _name(scope)
        lines.extend([f"{ind}for {key}, {key}v in {var}.items():", f"{ind}    {var}[{key}] = sd({key}v, {key}v)"])
    else:  # a dataclass: filled in as its writable draft, which then becomes one (see _draft)
        obj = _name(scope)
        lines.append(f"{ind}{obj} = _new({_name(scope, _draft(tp))})")
        for field, hint in _hints(tp).items():
            if not _needs_copy(hint):
                lines.append(f"{ind}{obj}.{field} = {var}.{field}")
                continue
            value = f"{obj}{field}"
            lines.append(f"{ind}{value} = {var}.{field}")
            _emit(hint, value, lines, ind, scope)
            lines.append(f"{ind}{obj}.{field} = {value}")
        lines.extend([f"{ind}{obj}.__class__ = {_name(scope, tp)}", f"{ind}{var} = {obj}"])


@cache
def _draft(cls: type) -> type:
    """A plain class laid out as the frozen dataclass `cls` (the same slots, or a __dict__):
    its fields are set by plain stores, ~3x faster than the frozen class's descriptors, and the
    filled-in object is then made a `cls` by __class__ assignment, which Python allows between
    classes of one layout (and refuses, TypeError, between any others: the file is read whole)."""
    slots = cls.__dict__.get("__slots__")
    return type(f"{cls.__name__}Draft", (), {"__slots__": slots} if slots is not None else {})
