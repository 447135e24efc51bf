"""The site's same-site links held as columns, not as one Link object each.

A large site has about fifteen same-site links a page (334,000 at 20,000 pages): as Link
objects they were the largest part of a build's peak memory (~100 bytes each) and a third of a
check's load, and the rules that read them walked them object by object. Two column layouts
stand for the sequence of Links they hold, so `SiteModel.links` can hold either: iterated,
indexed, sliced, compared with a list of Links, written as it. Each makes a Link only when one
is read.

- LinkTable, the build's: columns of small integers over one list of the strings they use
  (~20 bytes a link), sorted once all links are in.
- LinkColumns, a load's and the rules': a list of values per field (shared strings, ~56 bytes a
  link), filled by C loops straight from the decoded JSON (`LinkColumns.loader`). The rules
  read its lists (`link_columns` gives any model's links so).
"""

from __future__ import annotations

import typing
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress
from operator import attrgetter
from typing import Any, overload

from govaudit.model.types import Link, LinkKind, LinkOutcome

_KINDS: tuple[str, ...] = typing.get_args(LinkKind)
_OUTCOMES: tuple[str, ...] = typing.get_args(LinkOutcome)
_NONE = -1  # no fetch outcome (a string's position otherwise)
_new = object.__new__
_FIELDS = ("source", "target", "text", "kind", "outcome", "status", "fetch_outcome")  # Link's, in order
_source, _target, _text, _kind, _outcome, _status, _fetch = (getattr(Link, f).__set__ for f in _FIELDS)


def _made(source: str, target: str, text: str, kind: str, outcome: str, status: int | None, fetch: str | None) -> Link:
    # Link's own __init__ (frozen: a checked setattr a field) is twice the cost of setting
    # its slots directly, which is what it does: a table is read whole when site.json is written.
    link = _new(Link)
    _source(link, source)
    _target(link, target)
    _text(link, text)
    _kind(link, kind)
    _outcome(link, outcome)
    _status(link, status)
    _fetch(link, fetch)
    return link


class _Links(Sequence[Link]):
    """A sequence of Links made one at a time by `_link(i)`, equal to the list of them."""

    __slots__ = ()

    def _link(self, i: int) -> Link:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> Link: ...

    @overload
    def __getitem__(self, index: slice) -> list[Link]: ...

    def __getitem__(self, index: int | slice) -> Link | list[Link]:
        if isinstance(index, slice):
            return [self._link(i) for i in range(*index.indices(len(self)))]
        n = len(self)
        if not -n <= index < n:
            raise IndexError("link index out of range")
        return self._link(index % n)

    def __iter__(self) -> Iterator[Link]:
        return map(self._link, range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (_Links, list, tuple)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]  # a list's equal: as unhashable

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"

    def __reduce__(self) -> tuple[Any, tuple[list[Link]]]:
        return type(self), (list(self),)


class LinkTable(_Links):
    """Links as integer columns over a shared string list; `append` while building, then read."""

    __slots__ = ("_strings", "_ids", "_source", "_target", "_text", "_kind", "_outcome", "_status", "_has_status", "_fetch")

    def __init__(self, links: Iterable[Link] = ()) -> None:
        self._strings: list[str] = []
        self._ids: dict[str, int] | None = {}  # None once sorted (rebuilt if a link is added after)
        self._source, self._target, self._text = array("I"), array("I"), array("I")
        self._kind, self._outcome = array("B"), array("B")
        self._status, self._fetch = array("h"), array("i")  # HTTP statuses fit in 2 bytes (widened if one does not)
        self._has_status = array("B")  # 0: no status (its `_status` is 0); any int is a status (a damaged index's -1 too)
        for link in links:
            self.append(link)

    def _id(self, text: str) -> int:
        ids = self._ids
        if ids is None:
            ids = self._ids = {s: i for i, s in enumerate(self._strings)}
        found = ids.get(text)
        if found is None:
            found = ids[text] = len(self._strings)
            self._strings.append(text)
        return found

    def append(self, link: Link) -> None:
        """Add `link` at the end."""
        self.add(link.source, link.target, link.text, link.kind, link.outcome, link.status, link.fetch_outcome)

    def add(self, source: str, target: str, text: str, kind: str, outcome: str, status: int | None,
            fetch_outcome: str | None) -> None:
        """Add the link these values make, without making its Link object."""
        self._source.append(self._id(source))
        self._target.append(self._id(target))
        self._text.append(self._id(text))
        self._kind.append(_KINDS.index(kind))
        self._outcome.append(_OUTCOMES.index(outcome))
        try:
            self._status.append(0 if status is None else status)
        except OverflowError:  # a status no HTTP client accepts (a hand-made index): room for any
            self._status = array("q", self._status)
            self._status.append(status)
        self._has_status.append(status is not None)
        self._fetch.append(_NONE if fetch_outcome is None else self._id(fetch_outcome))

    def sort(self) -> None:
        """Order the links by target, then source, equal pairs in their order: two stable counting
        sorts over the strings' ranks, in arrays (a list of the links' positions and its sort keys
        would be ~15 MiB for a 20,000-page site)."""
        order = array("I", range(len(self)))
        for column in (self._source, self._target):  # least significant first
            order = self._by_rank(order, column)
        for name in ("_source", "_target", "_text", "_kind", "_outcome", "_status", "_has_status", "_fetch"):
            column = getattr(self, name)
            setattr(self, name, array(column.typecode, map(column.__getitem__, order)))
        # A sorted table is read, not added to (the build sorts it once, when all links are in):
        # its index of the strings (a dict entry per distinct URL and text) is dropped until a link is added.
        self._ids = None

    def _by_rank(self, order: array, column: array) -> array:
        """`order` stably sorted by the string each position has in `column`."""
        ids = sorted(set(column), key=self._strings.__getitem__)
        rank = dict(zip(ids, range(len(ids))))
        start = array("I", bytes(4 * (len(ids) + 1)))
        for i in order:  # each rank's count, then where its positions start
            start[rank[column[i]] + 1] += 1
        for r in range(len(ids)):
            start[r + 1] += start[r]
        out = array("I", bytes(4 * len(order)))
        for i in order:
            r = rank[column[i]]
            out[start[r]] = i
            start[r] += 1
        return out

    def __len__(self) -> int:
        return len(self._source)

    def _link(self, i: int) -> Link:
        strings, status, fetch = self._strings, self._status[i] if self._has_status[i] else None, self._fetch[i]
        return _made(strings[self._source[i]], strings[self._target[i]], strings[self._text[i]], _KINDS[self._kind[i]],
                     _OUTCOMES[self._outcome[i]], status, None if fetch == _NONE else strings[fetch])

    def columns(self) -> LinkColumns:
        """The same links as LinkColumns (the same string objects)."""
        strings = self._strings
        return LinkColumns._of(*([*map(strings.__getitem__, c)] for c in (self._source, self._target, self._text)),
                               [*map(_KINDS.__getitem__, self._kind)], [*map(_OUTCOMES.__getitem__, self._outcome)],
                               [s if has else None for s, has in zip(self._status, self._has_status)],
                               [None if f == _NONE else strings[f] for f in self._fetch])


class LinkColumns(_Links):
    """Links as one list a field, row i of every list making link i: `source`, `target`, `text`
    (strings), `kind` and `outcome` (the Literals' strings), `status` and `fetch_outcome`.
    The rules read the lists (see `link_columns`); they are not to be changed."""

    __slots__ = _FIELDS
    source: list[str]
    target: list[str]
    text: list[str]
    kind: list[str]
    outcome: list[str]
    status: list[int | None]
    fetch_outcome: list[str | None]

    def __init__(self, links: Iterable[Link] = ()) -> None:
        links = links if isinstance(links, Sequence) else list(links)
        for name in _FIELDS:
            setattr(self, name, list(map(attrgetter(name), links)))

    @classmethod
    def _of(cls, *columns: list[Any]) -> LinkColumns:
        made = cls.__new__(cls)
        for name, column in zip(_FIELDS, columns, strict=True):
            setattr(made, name, column)
        return made

    @classmethod
    def loader(cls, shared: dict[Any, Any]) -> tuple[LinkColumns, Callable[[memoryview], None]]:
        """New, empty columns and `add(text)`, which appends the links the JSON array `text` holds
        (a piece of site.json's `links`), each string taken through `shared` (the load's dict of
        strings). `text` is decoded by typeddecode's checking mirror of Link, so `add` raises
        where reading it as Links would; the columns are then filled by C loops over it."""
        from msgspec.structs import astuple  # msgspec: only a load needs it

        from govaudit.typeddecode import mirror_decoder

        decode, sd = mirror_decoder(list[Link]), shared.setdefault
        made = cls()
        source, target, text, kind, outcome, status, fetch = (getattr(made, name) for name in _FIELDS)

        def add(piece: memoryview) -> None:
            rows = decode(piece)
            if not rows:
                return
            # the rows' values, a tuple a field, in Link's order (the mirror's, made from Link)
            sources, targets, texts, kinds, outcomes, statuses, fetched = zip(*map(astuple, rows))
            source.extend(map(sd, sources, sources))
            target.extend(map(sd, targets, targets))
            text.extend(map(sd, texts, texts))
            kind.extend(kinds)  # (msgspec gives a Literal's own strings)
            outcome.extend(outcomes)
            status.extend(statuses)
            fetch.extend(map(sd, fetched, fetched))
        return made, add

    def __len__(self) -> int:
        return len(self.source)

    def _link(self, i: int) -> Link:
        return _made(self.source[i], self.target[i], self.text[i], self.kind[i], self.outcome[i], self.status[i],
                     self.fetch_outcome[i])

    def where(self, field: str, values: Iterable[Any]) -> Iterator[int]:
        """The rows whose `field` is one of `values`, in order, found as they are read (a
        reader may stop at the first)."""
        column, values = getattr(self, field), set(values)
        if len(values) != 1:
            return compress(range(len(column)), map(values.__contains__, column))
        return _rows_of(column, values.pop())

    def mask(self, field: str, values: Iterable[Any]) -> bytes:
        """A byte a row: 1 where `field` is one of `values` (for itertools.compress)."""
        return bytes(map(set(values).__contains__, getattr(self, field)))


def _rows_of(column: list[Any], value: Any) -> Iterator[int]:
    """The positions of `value` in `column`, each found by list.index (a scan in C)."""
    row = -1
    while True:
        try:
            row = column.index(value, row + 1)
        except ValueError:
            return
        yield row


def link_columns(links: Sequence[Link]) -> LinkColumns:
    """A model's links (a load's LinkColumns, a build's LinkTable, a list of Links made by hand
    or read by the checking converter) as LinkColumns: itself when it is one."""
    if isinstance(links, LinkColumns):
        return links
    return links.columns() if isinstance(links, LinkTable) else LinkColumns(links)
