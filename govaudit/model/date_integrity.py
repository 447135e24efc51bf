"""Date piles and meta-vs-visible mismatches, per column (domain.md §7.4).

A CMS that stamps PubDate (or the list date) at page-regeneration time leaves many items
on one day; staleness rules must not read such a pile as a fresh update. The evidence is
kept on the column so a report can show it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
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


def _own_dates(docs: Iterable[Document]) -> list[tuple[str, str]]:
    return [(d.pub_date, d.url) for d in docs if d.pub_date and d.pub_date_source in ("visible", "metadata", "meta")]


def site_pile_days(docs: Iterable[Document]) -> set[str]:
    """Days on which a pile of the whole site's documents' own dates lies (a regenerated site)."""
    return {p.date for p in _piles(_own_dates(docs), "shown")}


def shown_piles(docs: Iterable[Document], site_days: set[str]) -> list[DatePile]:
    """Piles among a column's documents' own dates (shown, metadata block, <meta>): its own,
    and its share of the site's (`site_days`)."""
    dated = _own_dates(docs)
    piles = {p.date: p for p in _piles(dated, "shown")}
    for day in sorted(site_days - piles.keys()):
        if urls := [u for d, u in dated if d == day]:
            piles[day] = DatePile(day, len(urls), len(dated), "shown", urls[:_SAMPLES])
    return [piles[day] for day in sorted(piles)]


def redated(docs: list[Document], columns: Iterable[Column]) -> list[Document]:
    """Documents whose own date (shown, metadata block or <meta>) falls on a regeneration pile's
    day — of the whole site's documents, or of their column's — dated instead by another date they
    carry: the metadata block's 发布日期, their list row's date (off its list's piles), their URL's;
    and a date shown without a label near the title, when their list row gives another.
    A CMS that regenerates every page stamps its shown 发布时间 too (2026-09-29 on a 2022 annual
    report): read as the publication date, a report on time fails as late, an old column reads as
    fresh. A document with no other date keeps its own (the pile is then the only evidence)."""
    site_days = site_pile_days(docs)
    by_column: dict[str | None, list[Document]] = {}
    for d in docs:
        by_column.setdefault(d.column_url, []).append(d)
    column_days = {c: {p.date for p in _piles(_own_dates(members), "shown")} for c, members in by_column.items()}
    listed: dict[str, list[str]] = {}
    for column in columns:
        off_pile = {p.date for p in list_piles(column.items)}
        for item in column.items:
            if item.url and item.date and item.date not in off_pile:
                listed.setdefault(item.url, []).append(item.date)
    out = []
    for d in docs:
        days = site_days | column_days.get(d.column_url, set())
        if _unlabelled(d) and (rows := [day for day in listed.get(d.url, []) if day != d.pub_date]):
            # A bare date near the title (a report's 统计期限自2025年1月1日) is no 发布时间 beside the
            # date its list row gives it.
            out.append(replace(d, pub_date=rows[0], pub_date_source="list", evidence=replace(d.evidence, snippet=rows[0])))
            continue
        if d.pub_date is None or d.pub_date not in days or d.pub_date_source not in ("visible", "metadata", "meta"):
            out.append(d)
            continue
        block = d.metadata.get("发布日期", "")
        others = [(block, "metadata")] if block.count("-") == 2 else []
        others += [(day, "list") for day in listed.get(d.url, [])] + [(d.url_date or "", "url")]
        alt = next(((day, source) for day, source in others if day and day != d.pub_date and day not in days), None)
        if alt is None:
            out.append(d)
            continue
        evidence = replace(d.evidence, snippet=alt[0])
        out.append(replace(d, pub_date=alt[0], pub_date_source=alt[1], evidence=evidence))  # type: ignore[arg-type]
    return out


def _unlabelled(d: Document) -> bool:
    """A date the page shows without a label (found after its title), not 发布时间：… ."""
    shown = d.evidence.snippet or ""
    return d.pub_date_source == "visible" and bool(shown) and not any(c in shown for c in "：:")


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
    documents contradict the list). Still a pile when neither gives a date. Rows of a dated list
    that show no date of their own (`[10-12]` rows beside a 最新 box's full dates) are dated by
    their documents: one of them may be the newest."""
    docs = list(docs)
    if list_contradicted(column.items, docs):  # every list date is suspect, not only a pile's day
        pile_days = {i.date for i in column.items if i.date}
    else:
        pile_days = {p.date for p in list_piles}
        if column.newest_date and column.newest_date not in pile_days:
            undated = {i.url for i in column.items if not i.date}
            if undated:
                docs = [d for d in docs if d.url in undated]
            else:
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
