"""Date piles and meta-vs-visible mismatches, per column (domain.md §7.4).

A CMS that stamps PubDate (or the list date) at page-regeneration time leaves many items
on one day; staleness rules must not read such a pile as a fresh update. The evidence is
kept on the column so a report can show it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from collections.abc import Iterable

from govaudit.model.types import Column, DateMismatch, DatePile, Document, Evidence, ListItem

PILE_MIN = 10  # items on one day before it can be a pile (a first list page shows ~15-20)
PILE_SHARE = 0.5  # share of the column's dated items on that day
_SAMPLES = 5


def _piles(dated: list[tuple[str, str]], source: str) -> list[DatePile]:
    """(date, url) pairs -> the days that hold a pile."""
    counts = Counter(d for d, _ in dated)
    piles = []
    for day, n in sorted(counts.items()):
        if n >= PILE_MIN and n / len(dated) >= PILE_SHARE:
            urls = [u for d, u in dated if d == day][:_SAMPLES]
            piles.append(DatePile(day, n, len(dated), source, urls))
    return piles


def list_piles(items: Iterable[ListItem]) -> list[DatePile]:
    """Piles among the dates a column's list shows."""
    return _piles([(i.date, i.url or "") for i in items if i.date], "list")


def meta_piles(docs: Iterable[Document]) -> list[DatePile]:
    """Piles among the meta PubDate of a column's documents."""
    return _piles([(d.meta_pub_date, d.url) for d in docs if d.meta_pub_date], "meta")


def mismatches(docs: Iterable[Document]) -> list[DateMismatch]:
    """Documents whose meta PubDate is not the date they show."""
    out = []
    for d in docs:
        if d.meta_pub_date and d.pub_date and d.pub_date_source in ("visible", "metadata") and d.meta_pub_date != d.pub_date:
            out.append(DateMismatch(d.url, d.pub_date, d.meta_pub_date, d.url_date))
    return sorted(out, key=lambda m: m.url)


CONTRADICTED_MIN = 3  # list rows whose documents show their own date, before the list can be judged
CONTRADICTED_SHARE = 0.5


def list_contradicted(items: Iterable[ListItem], docs: Iterable[Document]) -> bool:
    """True when the documents a list shows contradict its dates: at least half of the rows whose
    document shows its own date (visible or metadata block) give another day. A regenerated list
    (every row 2026-09-30, the articles dated January to March) and a misread year tab (every row
    in the last tab's year) both look like this; the documents' own dates are then the evidence."""
    shown = {d.url: d.pub_date for d in docs if d.pub_date and d.pub_date_source in ("visible", "metadata")}
    compared = [(i.date, shown[i.url]) for i in items if i.date and i.url in shown]
    differ = sum(1 for listed, own in compared if listed != own)
    return len(compared) >= CONTRADICTED_MIN and differ >= CONTRADICTED_SHARE * len(compared)


@dataclass(frozen=True)
class Newest:
    """A column's newest date that is evidence of an update, and where it was read."""

    date: str | None
    url: str | None
    is_pile: bool  # `date` is a regeneration pile's day: no evidence of an update
    source: str  # list | documents
    evidence: Evidence | None = None  # source documents: the document page that shows the date


def newest(column: Column, list_piles: list[DatePile], docs: Iterable[Document]) -> Newest:
    """The list's newest date, unless the list's dates are a regeneration pile, absent, or
    contradicted by its documents: then the newest date its documents show themselves (visible or
    metadata-block dates, not meta PubDate), with list dates off the pile days (none, when the
    documents contradict the list). Still a pile when neither gives a date."""
    docs = list(docs)
    if list_contradicted(column.items, docs):  # every list date is suspect, not only a pile's day
        pile_days = {i.date for i in column.items if i.date}
    else:
        pile_days = {p.date for p in list_piles}
        if column.newest_date and column.newest_date not in pile_days:
            return Newest(column.newest_date, column.newest_url, False, "list")
    shown = [(d.pub_date, d.url) for d in docs if d.pub_date and d.pub_date_source in ("visible", "metadata")]
    shown_piles = {p.date for p in _piles(shown, "visible")}  # a CMS that stamps the shown date too
    found = [(day, url) for day, url in shown if day not in shown_piles]
    found += [(i.date, i.url) for i in column.items if i.date and i.date not in pile_days]
    if found:
        day, url = max(found, key=lambda f: (f[0], f[1] or ""))
        if (day, url) in shown:
            return Newest(day, url, False, "documents", next(d.evidence for d in docs if d.url == url))
        return Newest(day, url, False, "list")
    return Newest(column.newest_date, column.newest_url, column.newest_date in pile_days, "list")
