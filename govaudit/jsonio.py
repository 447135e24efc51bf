"""Reading and writing the stage files (site.json, results.json) safely.

The files are written by orjson (compiled, ~20x the indented pure-Python encoder) whenever its
bytes are known to equal `json.dumps(data, ensure_ascii=False, indent=2)`: the two agree on
strings, integers, lists, dicts with string keys and dataclasses, and differ only on floats
below 1e-4 (orjson writes 0.00001, json 1e-05), NaN/Infinity, integers beyond 64 bits, non-string
keys and values json cannot write at all. Data holding any of those takes the stdlib path, so the
files stay byte-identical to the ones earlier versions wrote (and json's errors stay json's).
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import json
import math
import os
import tempfile
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import orjson

from govaudit.errors import UserError
from govaudit.serde import to_dict

if TYPE_CHECKING:
    from govaudit.typeddecode import Decode

T = TypeVar("T")

_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_SUBCLASS
_SMALLEST = 1e-4  # below it (but not 0) Python writes exponent form where orjson does not


def output_mode() -> int:
    """The mode of a new output file: 0666 less the user's umask (0644 by default). mkstemp's
    temporary files are 0600 whatever the umask, so each is given this mode before its rename."""
    mask = os.umask(0o022)  # the only way to read the umask; set back at once
    os.umask(mask)
    return 0o666 & ~mask


def _refuse(value: Any) -> Any:
    raise TypeError  # orjson's `default`: anything it does not write natively takes the json path


def _plain(data: Any) -> bool:
    """True when `data` (dicts, lists, scalars) holds only values orjson writes as json does."""
    stack = [data]
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is str or kind is bool or value is None:
            continue
        if kind is int:
            if not -(1 << 63) <= value < (1 << 64):
                return False
        elif kind is float:
            if not math.isfinite(value) or value and abs(value) < _SMALLEST:
                return False
        elif kind is dict:
            if not all(type(k) is str for k in value):
                return False
            stack.extend(value.values())
        elif kind is list or kind is tuple:
            stack.extend(value)
        else:
            return False
    return True


_TYPED: dict[Any, bool] = {}


def _typed_plain(tp: Any) -> bool:
    """True when every value a dataclass of type `tp` can hold (by its type hints) is one orjson
    writes as json does: strings, ints, bools, None, Literals of those, lists, tuples, dict[str, …]
    and such dataclasses — no floats, no Any. The site model is such a type."""
    known = _TYPED.get(tp)
    if known is None:
        _TYPED[tp] = True  # a dataclass that refers to itself is as plain as its other fields
        known = _TYPED[tp] = _typed_check(tp)
    return known


def _typed_check(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType, list, tuple):
        return all(a is Ellipsis or _typed_plain(a) for a in typing.get_args(tp))
    if origin is typing.Literal:
        return all(type(a) in (str, bool) or a is None for a in typing.get_args(tp))
    if origin is dict:
        key, val = typing.get_args(tp)
        return key is str and _typed_plain(val)
    if dataclasses.is_dataclass(tp):
        # orjson writes a dataclass's __dict__ or slots (skipping names that start with "_"): the same as its
        # fields only when no field is so named and nothing (a cached_property) adds attributes.
        names = [f.name for f in dataclasses.fields(tp)]
        return (not any(n.startswith("_") for n in names) and set(names) == set(typing.get_type_hints(tp))
                and not any(isinstance(v, functools.cached_property) for c in tp.__mro__ for v in vars(c).values())
                and all(_typed_plain(h) for h in typing.get_type_hints(tp).values()))
    return tp in (str, int, bool, type(None))


def _eligible(data: Any) -> bool:
    """True when orjson's bytes for `data` equal json's. A dataclass is written directly (no dict
    tree in between) when its declared types allow only such values; its values follow its types
    (the site-model contract checks them on load)."""
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return _typed_plain(type(data))
    return _plain(data)


_LEVELS = 2  # containers opened by the streamer before orjson writes a whole value
_BATCH = 32  # items of a list written by one orjson call: ~160 KB of pages, so the text, its slice
# and its re-indented copy stay small (at 256 a 20k-page build peaked ~10 MiB higher while writing)


def _lazy(value: Any) -> bool:
    """True for a sequence that makes its items when read (the model's LinkTable): orjson does not
    write it, its items (by slices) it does."""
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes, list, tuple))


def _stream(value: Any, write: Callable[[bytes], Any], indent: bytes = b"", levels: int = _LEVELS) -> None:
    """Write `value` as json.dumps(indent=2) would at `indent`: the outer `levels` containers
    piece by piece, each value inside them in one orjson call re-indented (JSON strings hold
    no raw newline), so the file never exists as one bytes object (site.json is ~5 KB a page)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        items: Any = ((f.name, getattr(value, f.name)) for f in dataclasses.fields(value))
        empty, brackets = not dataclasses.fields(value), b"{}"
    elif type(value) is dict:
        items, empty, brackets = value.items(), not value, b"{}"
    elif type(value) in (list, tuple) or _lazy(value):
        items, empty, brackets = ((None, v) for v in value), not value, b"[]"
    else:
        empty = True
    if levels == 0 or empty:
        text = orjson.dumps(list(value) if _lazy(value) else value, default=_refuse, option=_OPTIONS)
        write(text.replace(b"\n", b"\n" + indent) if indent and b"\n" in text else text)
        return
    inner = indent + b"  "
    write(brackets[:1])
    if brackets == b"[]" and levels == 1:  # its items whole: orjson writes them in batches
        for start in range(0, len(value), _BATCH):
            text = orjson.dumps(value[start : start + _BATCH], default=_refuse, option=_OPTIONS)
            body = text[2:-2]  # "[\n  item,\n  item\n]" less its brackets: items at two spaces
            write((b",\n" if start else b"\n") + indent + (body.replace(b"\n", b"\n" + indent) if indent else body))
        write(b"\n" + indent + b"]")
        return
    for i, (key, item) in enumerate(items):
        write((b",\n" if i else b"\n") + inner + (orjson.dumps(key) + b": " if key is not None else b""))
        _stream(item, write, inner, levels - 1)
    write(b"\n" + indent + brackets[1:])


def write_json_atomic(path: Path, data: Any) -> None:
    """Write `data` (plain data, or a dataclass whose fields hold only JSON values) as canonical
    JSON (key order as given, Chinese kept readable, indented by two) via a temporary file and
    rename, so a crash never leaves half a file. The text is streamed to the file: a large site
    model is never held in memory as one string."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise UserError(f"Cannot write {path} ({exc.strerror}); check the output folder.") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), output_mode())
            fast = _eligible(data)
            if fast:
                try:
                    _stream(data, fh.write)
                    fh.write(b"\n")
                except (TypeError, orjson.JSONEncodeError):
                    fast = False  # a value orjson refuses: written again below, by json
        if not fast:
            with open(tmp, "w", encoding="utf-8") as text:
                json.dump(_as_plain(data), text, ensure_ascii=False, indent=2)
                text.write("\n")
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"Cannot write {path} ({exc.strerror}); the previous file, if any, is unchanged.") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _as_plain(data: Any) -> Any:
    return to_dict(data) if dataclasses.is_dataclass(data) and not isinstance(data, type) else data


def canonical_json(data: Any) -> str:
    """The text write_json_atomic writes for `data`, as one string."""
    if _eligible(data):
        try:
            return orjson.dumps(data, default=_refuse, option=_OPTIONS).decode("utf-8") + "\n"
        except (TypeError, orjson.JSONEncodeError):
            pass
    return json.dumps(_as_plain(data), ensure_ascii=False, indent=2) + "\n"


def read_json(path: Path, what: str) -> Any:
    """Load a stage file; a missing or corrupt file is a UserError naming it and the step that makes it."""
    if not path.is_file():
        raise UserError(f"{path} does not exist: run `govaudit {what}` first.")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {path} ({exc.strerror}).") from None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        pass  # json also takes NaN, huge integers, lone surrogates; and its message is the one users see
    try:
        return json.loads(raw.decode("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise UserError(f"{path} is not valid JSON ({exc}); re-run `govaudit {what}`.") from None


# Reading a large stage file without holding it whole. write_json_atomic lays a dataclass out as
# json.dumps(indent=2) does: its members at two spaces, a list member's objects at four. JSON
# strings hold no raw newline, so a line that starts with exactly two spaces and a quote begins a
# member, and "\n    }" ends an object of a list member — the file can be cut there and each piece
# parsed by orjson. A site.json of 20,000 pages is ~100 MB of text and twice that as a dict tree.

_CHUNK = 1 << 16  # bytes read at a time; orjson's parse of a piece briefly takes ~14x its size
_NEXT_ITEM = b"\n    },\n    {"
_LAST_ITEM = b"\n    }\n  ]"


class _Layout(Exception):
    """The file is not laid out as write_json_atomic writes a dataclass (or its values do not
    follow the type): the caller reads it whole instead."""


class _Buffer:
    """The unread rest of a file, read a chunk at a time."""

    def __init__(self, fh: Any) -> None:
        self.fh, self.data, self.pos, self.eof = fh, bytearray(), 0, False

    def more(self) -> None:
        chunk = self.fh.read(_CHUNK)
        if not chunk:
            self.eof = True
            raise _Layout
        del self.data[:self.pos]  # (a bytearray drops its front without moving the rest)
        self.data += chunk
        self.pos = 0

    def find(self, marker: bytes) -> int:
        """The offset of `marker` from pos, reading on until it appears."""
        start = self.pos
        while (at := self.data.find(marker, start)) < 0:
            start = max(len(self.data) - len(marker) + 1 - self.pos, 0)
            self.more()
        return at

    def startswith(self, text: bytes) -> bool:
        while len(self.data) - self.pos < len(text) and not self.eof:
            try:
                self.more()
            except _Layout:
                break
        return self.data.startswith(text, self.pos)

    def take(self, end: int) -> bytearray:
        out, self.pos = self.data[self.pos:end], end
        return out


# A list member read into something else than a list: `collector(shared)` returns it, empty,
# and `add(text)`, which appends the items of the JSON array `text` (a view valid during the
# call; raising where `decode` would), their strings taken through `shared`.
Collector = Callable[[dict[Any, Any]], tuple[Any, Callable[[memoryview], None]]]


def _list_member(buf: _Buffer, add: Callable[[memoryview], None]) -> None:
    """A list member's objects from `[\n    {` on, passed to `add` a chunk at a time (as a JSON array)."""
    buf.pos += 2  # "[\n": its first object starts here, at four spaces
    while True:
        data = buf.data
        last = _list_end(data, buf.pos)
        cut = last if last >= 0 else data.rfind(_NEXT_ITEM, buf.pos)
        if cut >= 0:
            # The piece made a JSON array in place, not copied (it is most of the file): its
            # first byte (a space of its first object's indent) becomes "[", the byte after its
            # last object ("," before the next one, or the list's "\n") "]"; both are read past.
            data[buf.pos], data[cut + 6] = 0x5B, 0x5D
            with memoryview(data) as view, view[buf.pos:cut + 7] as piece:
                add(piece)
            buf.pos = cut + 6
            if last >= 0:
                buf.pos += 4  # "\n  ]"
                return
            buf.pos += 2  # ",\n"
        buf.more()


def _list_end(data: bytearray, start: int) -> int:
    """The offset of _LAST_ITEM in `data` from `start`, or -1. Found by its "]", which memchr
    finds fast (it is rare in site.json: ~30,000 in 130 MB), where a search for the whole marker
    crawls through the indentation's spaces (the marker holds spaces): half a load's scanning."""
    at = data.find(b"]", start)
    while at >= 0:
        begin = at + 1 - len(_LAST_ITEM)
        if begin >= start and data.startswith(_LAST_ITEM, begin):
            return begin
        at = data.find(b"]", at + 1)
    return -1


def _as_list(decode: Decode, shared: dict[Any, Any]) -> tuple[list[Any], Callable[[memoryview], None]]:
    out: list[Any] = []
    return out, lambda text: out.extend(decode(text, shared))


def read_streamed(path: Path, cls: type[T], collectors: Mapping[Any, Collector] | None = None) -> T | None:
    """`cls` (a dataclass) from a file write_json_atomic wrote from one, read a chunk at a time:
    the file is never held whole, nor its dict tree, each piece is decoded straight into the
    dataclasses, and strings met many times are one object (govaudit.typeddecode). A list member
    whose type `collectors` names is read by its collector (see Collector). None when the file
    is laid out otherwise, `cls` is not `decodable`, or any value does not follow its types:
    read it whole then (read_json), which names the problem."""
    from govaudit.typeddecode import decodable  # msgspec: only the stages that load a model need it

    if not decodable(cls):
        return None
    enabled = gc.isenabled()
    gc.disable()  # a load makes ~a million objects and no cycle: collections during it were ~a third of its time
    try:
        return _read_streamed(path, cls, collectors or {})
    finally:
        if enabled:
            gc.enable()


def _read_streamed(path: Path, cls: type[T], collectors: Mapping[Any, Collector]) -> T | None:
    from govaudit.typeddecode import piece_decoder

    hints = typing.get_type_hints(cls)
    shared: dict[Any, Any] = {}
    members: dict[str, Any] = {}
    try:
        with open(path, "rb") as fh:
            buf = _Buffer(fh)
            if not buf.startswith(b'{\n  "'):
                return None
            buf.pos = 2
            while True:
                colon = buf.find(b'": ')
                key = orjson.loads(buf.take(colon + 1)[2:])
                buf.pos += 2
                if type(key) is not str or key not in hints:
                    return None
                if buf.startswith(b"[\n    {") and typing.get_origin(hints[key]) is list:
                    collect = collectors.get(hints[key])
                    members[key], add = collect(shared) if collect else _as_list(piece_decoder(hints[key]), shared)
                    _list_member(buf, add)
                    ends_object = not buf.startswith(b",\n")
                else:
                    nxt = -1
                    try:
                        nxt = buf.find(b',\n  "')
                    except _Layout:
                        pass
                    ends_object = nxt < 0
                    end = buf.data.rfind(b"\n}") if ends_object else nxt
                    if end < buf.pos:
                        return None
                    members[key] = piece_decoder(hints[key])(buf.take(end), shared)
                if ends_object:
                    if (buf.data[buf.pos:] + fh.read()).strip() != b"}":
                        return None
                    break
                buf.pos += 2  # ",\n": the next member
        fields = dataclasses.fields(cls)  # type: ignore[arg-type]
        if any(f.name not in members and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
               for f in fields):
            return None
        return cls(**members)
    except Exception:  # noqa: BLE001 - _Layout, OSError, a value msgspec refuses (or a type it does not take): read it whole
        return None
