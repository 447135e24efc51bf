"""The site's same-site links held compactly while the model is built.

A large site has about fourteen same-site links a page (276,000 at 20,000 pages): as Link
objects they were the largest part of a build's peak memory (~100 bytes each). A LinkTable
keeps them as columns of small integers over one list of the strings they use (~20 bytes a
link) and makes a Link object only when one is read, so `SiteModel.links` can hold it as the
sequence of Links it stands for: iterated, indexed, sliced, compared with a list of Links.
"""

from __future__ import annotations

import typing
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from govaudit.model.types import Link, LinkKind, LinkOutcome

_KINDS: tuple[str, ...] = typing.get_args(LinkKind)
_OUTCOMES: tuple[str, ...] = typing.get_args(LinkOutcome)
_NONE = -1  # no status (HTTP statuses are positive), no fetch outcome
_new = object.__new__
_source, _target, _text, _kind, _outcome, _status, _fetch = (
    getattr(Link, f).__set__ for f in ("source", "target", "text", "kind", "outcome", "status", "fetch_outcome"))


class LinkTable(Sequence[Link]):
    """Links as integer columns over a shared string list; `append` while building, then read."""

    __slots__ = ("_strings", "_ids", "_source", "_target", "_text", "_kind", "_outcome", "_status", "_fetch")

    def __init__(self, links: Iterable[Link] = ()) -> None:
        self._strings: list[str] = []
        self._ids: dict[str, int] | None = {}  # None once sorted (rebuilt if a link is added after)
        self._source, self._target, self._text = array("I"), array("I"), array("I")
        self._kind, self._outcome = array("B"), array("B")
        self._status, self._fetch = array("h"), array("i")  # HTTP statuses fit in 2 bytes (widened if one does not)
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
            self._status.append(_NONE if status is None else status)
        except OverflowError:  # a status no HTTP client accepts (a hand-made index): room for any
            self._status = array("q", self._status)
            self._status.append(status)
        self._fetch.append(_NONE if fetch_outcome is None else self._id(fetch_outcome))

    def sort(self) -> None:
        """Order the links by target, then source, equal pairs in their order: two stable counting
        sorts over the strings' ranks, in arrays (a list of the links' positions and its sort keys
        would be ~15 MiB for a 20,000-page site)."""
        order = array("I", range(len(self)))
        for column in (self._source, self._target):  # least significant first
            order = self._by_rank(order, column)
        for name in ("_source", "_target", "_text", "_kind", "_outcome", "_status", "_fetch"):
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
        # Link's own __init__ (frozen: a checked setattr a field) is twice the cost of setting
        # its slots directly, which is what it does: a table is read whole when site.json is written.
        strings, status, fetch = self._strings, self._status[i], self._fetch[i]
        link = _new(Link)
        _source(link, strings[self._source[i]])
        _target(link, strings[self._target[i]])
        _text(link, strings[self._text[i]])
        _kind(link, _KINDS[self._kind[i]])
        _outcome(link, _OUTCOMES[self._outcome[i]])
        _status(link, None if status == _NONE else status)
        _fetch(link, None if fetch == _NONE else strings[fetch])
        return link

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
        if not isinstance(other, (LinkTable, list, tuple)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]  # a list's equal: as unhashable

    def __repr__(self) -> str:
        return f"LinkTable({list(self)!r})"

    def __reduce__(self) -> tuple[Any, tuple[list[Link]]]:
        return LinkTable, (list(self),)

