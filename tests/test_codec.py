"""The compiled codec of the stage files (govaudit/jsonio.py, serde's generated converters)
must write the bytes the stdlib encoder wrote, and load exactly what the checking converter
loads: a site.json that breaks the contract is still refused with the same field named."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

import pytest

from govaudit.jsonio import canonical_json, read_json, write_json_atomic
from govaudit.model.types import SiteModel
from govaudit.serde import ContractError, _compile, from_dict, to_dict
from tests.factories import column, document, link, page, site


def _stdlib(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


class Label(str):
    pass


PLAIN_AND_ODD = [
    {"a": [], "b": {}, "c": [{}], "d": "平潭\u3000\x00\x1f\x7f\u2028\"\\/"},
    [1, -1, 0, 2**63 - 1, -(2**63), 2**64 - 1, True, False, None],
    {"score": 67.5, "ratio": 0.1, "tiny": 1e-05, "half": 0.5, "neg": -0.0},  # 1e-05: orjson writes 0.00001
    {"big": 2**64, "huge": 10**30},  # beyond orjson's integers
    {"nan": float("nan"), "inf": float("inf")},  # json writes NaN/Infinity, orjson null
    {1: "int key", "x": (1, 2)},  # json turns keys into strings, orjson refuses them
    {"sub": Label("a str subclass")},
    [[[[]]], [{"k": [1.25e-7, 1e16, 1e300]}]],
]


@pytest.mark.parametrize("data", PLAIN_AND_ODD)
def test_written_bytes_equal_the_stdlib_encoder(tmp_path: Path, data):
    write_json_atomic(tmp_path / "out.json", data)
    assert (tmp_path / "out.json").read_bytes() == _stdlib(data)
    assert canonical_json(data).encode("utf-8") == _stdlib(data)


def test_a_site_model_is_written_from_its_dataclasses_as_from_its_dict(tmp_path: Path):
    model = site(columns=[column("a/", "通知公告", "2026-09-01")], documents=[document("a/1.html", "关于“印发”的通知")],
                 pages=[page("a/1.html", "document", "标题\t\x01")], links=[link("a/", "a/1.html", "通知")])
    write_json_atomic(tmp_path / "site.json", model)
    assert (tmp_path / "site.json").read_bytes() == _stdlib(to_dict(model))
    assert canonical_json(model).encode("utf-8") == _stdlib(to_dict(model))


@dataclass(frozen=True)
class _Scored:
    name: str
    score: float  # floats may fall outside orjson's agreement with json: written by json
    tags: list[str] = field(default_factory=list)
    KIND: ClassVar[str] = "x"


def test_a_dataclass_with_floats_or_class_variables_takes_the_stdlib_path(tmp_path: Path):
    for value in (_Scored("a", 1e-05), _Scored("b", 2.5, ["x"])):
        write_json_atomic(tmp_path / "s.json", value)
        assert (tmp_path / "s.json").read_bytes() == _stdlib(to_dict(value))


def test_read_json_takes_what_the_stdlib_took(tmp_path: Path):
    path = tmp_path / "r.json"
    path.write_text('{"a": NaN, "b": 123456789012345678901234567890, "c": "\\ud800"}', encoding="utf-8")
    data = read_json(path, "build")
    assert data["b"] == 123456789012345678901234567890 and data["c"] == "\ud800" and data["a"] != data["a"]
    path.write_text('{"a": 1,}', encoding="utf-8")
    with pytest.raises(Exception) as err:
        read_json(path, "build")
    assert "is not valid JSON (Expecting property name enclosed in double quotes" in str(err.value)


def test_the_generated_converter_builds_what_the_checking_converter_builds():
    model = site(columns=[column("a/", "通知公告", "2026-09-01"), column("b/", "政策解读", None, state="empty", n_items=0)],
                 documents=[document("a/1.html", "关于…的通知"), document("a/2.html", "解读", kind="interpretation", pub_date=None)],
                 pages=[page("a/1.html", "document", "标题"), page("x.html", "error", "", outcome="not_found", status=404)],
                 links=[link("a/", "a/1.html", "通知")])
    data = json.loads(json.dumps(to_dict(model), ensure_ascii=False))
    fast, checked = from_dict(SiteModel, data, strict=True), _compile(SiteModel, True)(data)
    assert fast == checked == model and repr(fast) == repr(checked)
    data["pages"][0].pop("meta_tags")  # a field with a default, absent
    assert from_dict(SiteModel, data, strict=True) == _compile(SiteModel, True)(data)


@dataclass(frozen=True)
class _Shapes:
    kind: Literal["a", "b"]
    pair: tuple[str, ...]
    either: int | str
    maybe: list[int] | None = None
    anything: Any = None
    nested: dict[str, list[int]] = field(default_factory=dict)


@pytest.mark.parametrize("data", [
    {"kind": "a", "pair": ["x"], "either": 1},
    {"kind": "b", "pair": [], "either": "s", "maybe": [1, 2], "anything": {"z": [1.5]}, "nested": {"k": [3]}},
    {"kind": "c", "pair": [], "either": 1},  # not an allowed value
    {"kind": "a", "pair": [1], "either": 1},  # not a string in the tuple
    {"kind": "a", "pair": [], "either": 1.5},  # neither arm of the union
    {"kind": "a", "pair": [], "either": True, "maybe": None},  # a bool is not an int
    {"kind": "a", "pair": [], "either": 1, "nested": {"k": ["3"]}},
    {"kind": "a", "pair": [], "either": 1, "extra": 0},  # not a field
    {"pair": [], "either": 1},  # a required field missing
    {"kind": "a", "pair": None, "either": 1},  # null for a required list
    ["not", "an", "object"],
])
def test_generated_and_checking_converters_agree_on_every_shape(data):
    def outcome(convert):
        try:
            value = convert(data)
        except ContractError as err:
            return "error", str(err)
        return "ok", repr(value)
    assert outcome(lambda d: from_dict(_Shapes, d, strict=True)) == outcome(_compile(_Shapes, True))


@dataclass(frozen=True)
class _Private:
    name: str
    _hidden: str = "x"  # orjson leaves out names starting with "_"; to_dict does not


@dataclass(frozen=True)
class _Cached:
    name: str

    @functools.cached_property
    def upper(self) -> str:  # stored in __dict__ once read: orjson would write it
        return self.name.upper()


def test_dataclasses_orjson_would_write_otherwise_take_the_stdlib_path(tmp_path: Path):
    cached = _Cached("a")
    assert cached.upper == "A"
    for value in (_Private("a"), cached):
        write_json_atomic(tmp_path / "d.json", value)
        assert (tmp_path / "d.json").read_bytes() == _stdlib(to_dict(value))


@dataclass(frozen=True)
class _Named:
    names: list[str]


def test_a_value_orjson_refuses_halfway_is_written_again_by_json(tmp_path: Path):
    value = _Named(["a", "b", Label("a str subclass, refused only when orjson reaches it")])
    write_json_atomic(tmp_path / "n.json", value)
    assert (tmp_path / "n.json").read_bytes() == _stdlib(to_dict(value))
    assert canonical_json(value).encode("utf-8") == _stdlib(to_dict(value))


def test_long_lists_written_in_batches_keep_the_stdlib_bytes(tmp_path: Path):
    rows = [{"url": f"/p{i}.html", "tags": ["a", "b"][: i % 3], "n": i, "empty": {}} for i in range(700)]
    for data in ({"rows": rows, "ids": list(range(513)), "one": [1]}, rows, [[i, [i]] for i in range(300)]):
        write_json_atomic(tmp_path / "long.json", data)
        assert (tmp_path / "long.json").read_bytes() == _stdlib(data)

def test_first_loads_on_many_threads_at_once_all_succeed(monkeypatch: pytest.MonkeyPatch) -> None:
    """`govaudit batch` checks sites on threads: the converter a type gets on first use must be
    whole before any thread calls it (it once raised KeyError '_f0' in a batch). Generation is
    slowed down here so that the other threads arrive while it runs."""
    import time
    from dataclasses import make_dataclass

    from govaudit import serde
    from tests.threads import run_at_once

    original = serde._dataclass_source

    def slow_source(*args: object) -> None:
        time.sleep(0.05)
        original(*args)

    monkeypatch.setattr(serde, "_dataclass_source", slow_source)
    inner = make_dataclass("Inner", [("name", str), ("count", int)], frozen=True)
    outer = make_dataclass("Outer", [("items", list[inner]), ("title", str)], frozen=True)
    data = {"items": [{"name": "a", "count": 1}], "title": "t"}
    results, errors = run_at_once(lambda: serde.from_dict(outer, data, strict=True).items[0].count)
    assert errors == [] and results == [1] * 6
