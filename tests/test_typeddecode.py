"""The msgspec piece decoder (govaudit/typeddecode.py) must build exactly what serde's strict
converter builds, refuse at least what it refuses, and share repeated strings."""

from __future__ import annotations

import typing
from dataclasses import FrozenInstanceError, dataclass, field, make_dataclass
from typing import Any, Literal

import orjson
import pytest

from govaudit.model.types import Link, SiteModel
from govaudit.serde import ContractError, from_dict
from govaudit.typeddecode import decodable, piece_decoder
from tests.threads import run_at_once


@dataclass(frozen=True, slots=True)
class _Where:
    url: str
    note: str | None = None


@dataclass(frozen=True)  # no slots: its fields are set through object.__setattr__
class _Row:
    kind: Literal["a", "b"]
    where: _Where
    cells: list[int | str | None]
    tags: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    also: _Where | None = None
    rows: list[_Where] = field(default_factory=list)
    count: int = 0
    flag: bool = False


GOOD = {"kind": "a", "where": {"url": "u"}, "cells": [1, "/", None]}
CASES = [
    GOOD,
    {**GOOD, "tags": ["x", "y"], "meta": {"k": "v"}, "also": {"url": "w", "note": "n"}, "rows": [{"url": "r"}],
     "count": 3, "flag": True},
    {**GOOD, "also": None},
    {**GOOD, "kind": "c"},  # not an allowed value
    {**GOOD, "kind": None},
    {**GOOD, "extra": 1},  # not a field
    {**GOOD, "where": {"url": "u", "page": 3}},  # not a field, nested
    {**GOOD, "rows": [{"url": "r", "x": 1}]},  # not a field, in a list
    {"kind": "a", "cells": []},  # a required field missing
    {**GOOD, "where": {}},  # a required field missing, nested
    {**GOOD, "count": True},  # a bool is no integer
    {**GOOD, "count": 1.0},
    {**GOOD, "count": "1"},
    {**GOOD, "flag": 1},  # an integer is no bool
    {**GOOD, "cells": [1.5]},
    {**GOOD, "tags": ["x", 1]},
    {**GOOD, "tags": None},  # null for a list
    {**GOOD, "meta": {"k": 1}},
    {**GOOD, "meta": []},
    {**GOOD, "where": {"url": None}},  # null for a required string
    {**GOOD, "where": "u"},
    ["not", "an", "object"],
]


@pytest.mark.parametrize("data", CASES)
def test_it_builds_what_the_checking_converter_builds_and_refuses_what_it_refuses(data: Any):
    try:
        expected = from_dict(_Row, data, strict=True)
    except ContractError:
        expected = None
    try:
        got = piece_decoder(_Row)(orjson.dumps(data), {})
    except Exception:  # noqa: BLE001 - msgspec's errors: the caller reads the file whole then
        got = None
    assert repr(got) == repr(expected)
    if expected is not None:  # the same types, not only equal values (True == 1, 1 == 1.0)
        assert [type(getattr(got, f)) for f in _Row.__dataclass_fields__] == \
               [type(getattr(expected, f)) for f in _Row.__dataclass_fields__]


def test_the_objects_are_the_frozen_dataclasses_themselves():
    row = piece_decoder(_Row)(orjson.dumps(CASES[1]), {})
    assert type(row) is _Row and type(row.where) is _Where and type(row.rows[0]) is _Where
    assert row.also == _Where("w", "n") and hash(row.also) == hash(_Where("w", "n"))
    for obj, name in ((row, "count"), (row.where, "url")):
        with pytest.raises(FrozenInstanceError):
            setattr(obj, name, 1)


def test_each_object_gets_its_own_default_list():
    rows = piece_decoder(list[_Row])(orjson.dumps([GOOD, GOOD]), {})
    assert rows[0].tags == [] and rows[0].tags is not rows[1].tags and rows[0].meta is not rows[1].meta


def test_equal_strings_are_one_object_across_pieces():
    shared: dict[Any, Any] = {}
    url = "http://site.test/a/very/long/path/index.html"
    data = {**GOOD, "where": {"url": url, "note": url}, "tags": [url], "meta": {"k": url}, "rows": [{"url": url}]}
    first = piece_decoder(_Row)(orjson.dumps(data), shared)
    links = piece_decoder(list[Link])(orjson.dumps([{"source": url, "target": url, "text": "首页", "kind": "page",
                                                     "outcome": "ok"}]), shared)
    strings = [first.where.url, first.where.note, first.tags[0], first.meta["k"], first.rows[0].url,
               links[0].source, links[0].target]
    assert strings == [url] * 7 and len({id(s) for s in strings}) == 1
    declared = next(a for a in typing.get_args(typing.get_type_hints(Link)["kind"]) if a == "page")
    assert links[0].kind is declared  # a Literal's value: the declared string itself


@dataclass(frozen=True)
class _Scored:
    score: float  # msgspec makes 1.0 of a JSON 1, serde keeps 1


@dataclass(frozen=True)
class _Loose:
    value: Any


@dataclass(frozen=True)
class _Checked:
    url: str

    def __post_init__(self) -> None:
        pass


@dataclass(frozen=True)
class _Nested:
    child: _Nested | None


@dataclass(frozen=True, slots=True)
class _Derived(_Where):  # its draft would lack the base's slots
    extra: str = ""


def test_only_types_msgspec_builds_as_serde_does_are_decodable():
    assert decodable(SiteModel) and decodable(_Row) and decodable(list[Link])
    for tp in (_Scored, _Loose, _Checked, _Nested, _Derived, tuple[str, ...], list[_Scored], dict[int, str], Literal[1, 2]):
        assert not decodable(tp), tp


def test_first_uses_on_many_threads_at_once_all_succeed():
    """`govaudit batch` loads sites on threads: a type's decoder is made once, whole."""
    inner = make_dataclass("Inner", [("name", str), ("count", int)], frozen=True)
    outer = make_dataclass("Outer", [("items", list[inner]), ("title", str)], frozen=True)
    text = orjson.dumps({"items": [{"name": "a", "count": 1}], "title": "t"})
    results, errors = run_at_once(lambda: piece_decoder(outer)(text, {}))
    assert errors == [] and len(results) == 6 and all(r.items[0].count == 1 for r in results)
