"""What every check kind shares: parameter specs, findings, the evaluation context.

A check kind is a pure function (site model, params, context) -> findings per subject:
no I/O, no clock (the as-of date is in the context), no global settings. It reports
passes as well as failures so coverage is visible.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from govaudit.model.classify import YEAR_NAME
from govaudit.model.pagetext import NO_TEXTS, PageTexts
from govaudit.model.types import Evidence, SiteModel
from govaudit.vocab import STATUSES

__all__ = ["STATUSES"]  # re-exported: check modules and rule cases name statuses from here
_REQUIRED = object()


@dataclass(frozen=True)
class Param:
    """A declared parameter: its type(s), default, and an optional validator that raises
    ValueError (or re.error) for a bad value, e.g. `re.compile` for a regex."""

    type: type | tuple[type, ...]
    default: Any = _REQUIRED
    doc: str = ""
    validator: Callable[[Any], object] | None = None
    # For a param that names column classes: the class ids in a value (checked by id when the pack loads).
    class_ids: Callable[[Any], list[str]] | None = None

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED


@dataclass(frozen=True)
class Finding:
    status: str
    subject: str
    url: str
    message: str
    evidence: Evidence
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ColumnClass:
    id: str
    label: str
    patterns: tuple[str, ...]
    past_year: bool = False  # also a column named only by a year before the as-of year (2024, 2024年度)


@dataclass(frozen=True)
class Context:
    as_of: date
    column_classes: tuple[ColumnClass, ...] = ()
    column_overrides: dict[str, str] = field(default_factory=dict)  # column URL or exact name -> class id
    texts: PageTexts = NO_TEXTS  # page body texts (pagetext.jsonl), read on first use

    def column_class(self, name: str, url: str | None = None) -> str:
        """A site's override for the column's URL or name, else the first class whose
        name pattern occurs in the name (or, for a class of past years, whose name is a past year),
        else "other"."""
        for key in (url, name):
            if key is not None and key in self.column_overrides:
                return self.column_overrides[key]
        year = YEAR_NAME.fullmatch(name)
        for cls in self.column_classes:
            if any(p in name for p in cls.patterns) or cls.past_year and year and int(year[1]) < self.as_of.year:
                return cls.id
        return "other"


CheckFn = Callable[[SiteModel, dict[str, Any], Context], list[Finding]]


@dataclass(frozen=True)
class CheckKind:
    name: str
    doc: str
    params: dict[str, Param]
    run: CheckFn
    cross: Callable[[dict[str, Any]], object] | None = None  # raises ValueError for params that do not fit together

    def class_ids(self, params: dict[str, Any]) -> list[str]:
        """Every column class id the params name."""
        return [cid for key, spec in self.params.items() if spec.class_ids and key in params
                for cid in spec.class_ids(params[key])]


def validate_params(kind: CheckKind, given: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Params with defaults filled in, and a list of problems (unknown key, wrong type, bad regex)."""
    problems: list[str] = []
    for key in given:
        if key not in kind.params:
            problems.append(f"unknown parameter '{key}' for check '{kind.name}' (known: {', '.join(sorted(kind.params))})")
    values: dict[str, Any] = {}
    for key, spec in kind.params.items():
        if key not in given:
            if spec.required:
                problems.append(f"missing required parameter '{key}' for check '{kind.name}'")
            else:
                values[key] = spec.default
            continue
        value = given[key]
        types = spec.type if isinstance(spec.type, tuple) else (spec.type,)
        # YAML true/false are ints to isinstance(); reject them where a number is expected.
        if not isinstance(value, types) or isinstance(value, bool) and bool not in types:
            problems.append(f"parameter '{key}' must be {_type_name(spec.type)}, got {type(value).__name__}")
            continue
        if spec.validator is not None:
            try:
                spec.validator(value)
            except (ValueError, TypeError, re.error) as exc:
                problems.append(f"parameter '{key}' is invalid: {exc}")
                continue
        values[key] = value
    if not problems and kind.cross is not None:
        try:
            kind.cross(values)
        except ValueError as exc:
            problems.append(str(exc))
    return values, problems


def class_list(value: Any) -> list[str]:
    """Param.class_ids for a plain list of class ids."""
    return [str(v) for v in value] if isinstance(value, list) else []


def regex_values(value: str | list[str] | dict[str, str]) -> None:
    """Validator: every string in `value` compiles as a regular expression."""
    items = value.values() if isinstance(value, dict) else [value] if isinstance(value, str) else value
    for pattern in items:
        re.compile(pattern)


def _type_name(tp: type | tuple[type, ...]) -> str:
    names = {int: "a number", float: "a number", str: "a string", list: "a list", dict: "a mapping", bool: "true/false"}
    tps = tp if isinstance(tp, tuple) else (tp,)
    return " or ".join(dict.fromkeys(names.get(t, t.__name__) for t in tps))


def parse_age(text: str) -> tuple[int, str]:
    """'14d' | '6m' | '1y' -> (n, unit)."""
    m = re.fullmatch(r"\s*(\d+)\s*([dmy])\s*", text)
    if not m:
        raise ValueError(f"age must look like 14d, 6m or 1y, got {text!r}")
    return int(m.group(1)), m.group(2)


def age_label(age: str) -> str:
    """'14d' -> '14 天', '6m' -> '6 个月', '1y' -> '1 年' (for messages in reports)."""
    n, unit = parse_age(age)
    return f"{n} " + {"d": "天", "m": "个月", "y": "年"}[unit]


def subtract_age(day: date, age: str) -> date:
    """`day` minus an age such as '6m'; month arithmetic clamps to the month's last day."""
    n, unit = parse_age(age)
    if unit == "d":
        return date.fromordinal(day.toordinal() - n)
    months = n * (12 if unit == "y" else 1)
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(y, m, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def one_of(*allowed: str) -> Callable[[Any], None]:
    """Validator: the value is one of `allowed`."""

    def check(value: Any) -> None:
        if value not in allowed:
            raise ValueError(f"must be one of {', '.join(allowed)}, got {value!r}")

    return check


def validate_since(value: str | int | date) -> None:
    """Validator: a fixed start, a year (2018, "2018") or a date (2018-01-01); "" for none."""
    if value == "":
        return
    parse_since(value)


def parse_since(value: str | int | date) -> date:
    """A fixed start as a date: a year is its 1 January."""
    if isinstance(value, date):  # YAML reads 2018-01-01 as a date
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        if not 1990 <= year <= 2100:
            raise ValueError(f"since must be a year from 1990 to 2100, got {value!r}")
        return date(year, 1, 1)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"since must be a year such as 2018 or a date such as 2018-01-01, got {value!r}")


def iso_date(value: str) -> None:
    """Validator: a date written YYYY-MM-DD."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"must be a date like 2024-01-01, got {value!r}")
    date.fromisoformat(value)
