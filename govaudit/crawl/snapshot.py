"""The crawl snapshot on disk, and the reader the build stage uses.

Layout of `<out_dir>/snapshot/`:
  crawl.warc.gz   WARC 1.0, one gzip member per record: warcinfo, then a
                  request + response pair for every HTTP exchange; for a
                  rendered page, its scripts' exchanges and a `conversion`
                  record of the rendered DOM (WARC-Refers-To: the response).
  index.sqlite3   `captures`: one row per URL the crawl decided about (fetched or
                  not), pointing at the final response record; `frontier`: URLs
                  queued, not yet decided; `cutoffs`: URLs left out on purpose;
                  `refused`: requests a rendered page's scripts made that the browser refused (added
  after the first release: an older index has no such table, see ensure_refused_table);
  `meta`: key/value (`warc_end`: WARC length at the last commit;
                  `cutoffs`: counts by reason; `budget_cut`: JSON of crawl/budget.py's
                  report, what max_pages and max_checks left unfetched, by priority class).

A capture's `url` is the de-duplication key (scope.canonical); `final_url` is the URL
fetched, as linked (urls.resolve), after redirects: cite that one. `soft_404` and
`wrong_type` outcomes are status-200 answers that are not the page linked (broken links).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from govaudit.crawl import outcomes
from govaudit.crawl.coding import decode_payload
from govaudit.crawl.scope import canonical
from govaudit.crawl.warcrecord import Record, read_record
from govaudit.errors import UserError
from govaudit.urls import normalize

SNAPSHOT_DIR = "snapshot"
WARC_NAME = "crawl.warc.gz"
INDEX_NAME = "index.sqlite3"

SCHEMA = """
CREATE TABLE captures (
    url TEXT PRIMARY KEY,      -- the URL's key: normalised, tracking parameters dropped (de-duplication only)
    final_url TEXT,            -- the URL fetched (as linked), after redirects: the one to cite
    method TEXT NOT NULL,      -- GET | HEAD | POST (a data proxy that refuses GET, crawl/dataproxy.py)
    status INTEGER,            -- final HTTP status; NULL when there was no answer
    outcome TEXT NOT NULL,     -- see govaudit.crawl.outcomes
    content_type TEXT,         -- media type without parameters
    charset TEXT,              -- charset the HTML was decoded with; NULL for non-HTML
    charset_note TEXT,         -- set when the Content-Type header's charset disagreed with the page's
    fetched_at TEXT,           -- ISO 8601, Asia/Shanghai
    digest TEXT,               -- WARC-Payload-Digest of the final response
    warc_file TEXT,            -- NULL when nothing was archived
    "offset" INTEGER,          -- of the final response record in warc_file
    length INTEGER,            -- of that record, compressed
    parent TEXT,               -- why fetched: the page linking here,
    anchor TEXT,               --   the link text,
    priority TEXT,             --   the frontier's priority class
    depth INTEGER NOT NULL,
    error TEXT,
    render TEXT,               -- HTML pages: static (no sign of script-loaded evidence) | rendered |
                               -- skipped (--render never) | unavailable (no Chromium) | failed
    render_note TEXT,          -- why it needed rendering; for unavailable/failed, also what went wrong
    rendered_offset INTEGER,   -- of the rendered DOM's conversion record in warc_file
    rendered_length INTEGER
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE frontier (        -- URLs queued and not yet decided (a resumed crawl continues with them)
    url TEXT PRIMARY KEY, parent TEXT, anchor TEXT, priority TEXT NOT NULL, depth INTEGER NOT NULL,
    seq INTEGER NOT NULL,      -- discovery order
    href TEXT,                 -- the URL as linked, fetched instead of `url` (the key) when they differ
    disclosure INTEGER         -- 1: part of a disclosure column (ranks before news articles)
);
CREATE TABLE cutoffs (         -- URLs left out on purpose (traps, scope patterns, depth, list-page cap)
    url TEXT NOT NULL,         -- the URL left out; for max_list_pages, the list page
    reason TEXT NOT NULL,      -- calendar | repeating_path | pattern_flood | long_url | excluded |
                               -- not_included | max_depth | max_list_pages
    pattern TEXT,              -- the URL shape a trap was detected on
    parent TEXT,               -- the page linking there
    depth INTEGER,
    count INTEGER NOT NULL,    -- 1, or the number of list pages left out
    PRIMARY KEY (url, reason)
);
"""
REFUSED_SCHEMA = """
CREATE TABLE IF NOT EXISTS refused (  -- requests a rendered page made that the browser refused
    page TEXT NOT NULL,        -- the capture (its url key) whose rendering made the request
    url TEXT NOT NULL,         -- the URL requested (its first 2,048 characters); '': more URLs than
                               -- the 500 kept per page
    reason TEXT NOT NULL,      -- govaudit.crawl.render.REFUSAL_REASONS: out_of_scope | robots | scheme | popup |
                               -- navigation | download | websocket | not_needed | max_subrequests | deadline |
                               -- fetch_failed
    count INTEGER NOT NULL,    -- how many times the page asked for it
    PRIMARY KEY (page, url, reason)
);
"""
SCHEMA += REFUSED_SCHEMA


def ensure_refused_table(db: sqlite3.Connection) -> None:
    """Add the `refused` table to an index written before it existed (a resumed old crawl)."""
    with db:
        db.executescript(REFUSED_SCHEMA)


def refused_counts(db: sqlite3.Connection) -> dict[str, int]:
    """Refused browser requests by reason; {} for an index older than the `refused` table."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'refused'").fetchone() is None:
        return {}
    return dict(db.execute("SELECT reason, SUM(count) FROM refused GROUP BY reason ORDER BY reason"))

CAPTURE_COLUMNS = ("url", "final_url", "method", "status", "outcome", "content_type", "charset", "charset_note",
                   "fetched_at",
                   "digest", "warc_file", "offset", "length", "parent", "anchor", "priority", "depth", "error",
                   "render", "render_note", "rendered_offset", "rendered_length")

_SELECT = ('SELECT url, final_url, method, status, outcome, content_type, charset, fetched_at, warc_file, "offset", '
           "parent, anchor, priority, depth, error, render, render_note, rendered_offset, charset_note FROM captures")


# Methods whose answer body the build reads as a page: GET, and POST (a Hanweb data proxy that
# refuses GET is asked as its page's script asks, crawl/dataproxy.py).
BODY_METHODS = frozenset(("GET", "POST"))


@dataclass(frozen=True, slots=True)  # slots: a build holds one a URL (~0.1 KB less each than a dict)
class Capture:
    """One row of the index: what the crawl did with one URL."""

    url: str
    final_url: str | None
    method: str
    status: int | None
    outcome: str
    content_type: str | None
    charset: str | None
    fetched_at: str | None
    record: str | None  # "crawl.warc.gz#<offset>" of the final response record
    parent: str | None
    anchor: str | None
    priority: str | None
    depth: int
    error: str | None
    # Rendering (HTML pages only): static | rendered | skipped | unavailable | failed, see SCHEMA.
    # skipped/unavailable/failed mean the page showed script-loaded evidence nobody observed.
    render: str | None = None
    render_note: str | None = None
    rendered_record: str | None = None  # "crawl.warc.gz#<offset>" of the rendered DOM (a conversion record)
    charset_note: str | None = None  # the Content-Type header's charset disagreed with the page's


# The type of each column _SELECT reads (None: NULL allowed); a damaged or hand-edited index is refused.
_ROW_TYPES = ((str, False), (str, True), (str, False), (int, True), (str, False), (str, True), (str, True),
              (str, True), (str, True), (int, True), (str, True), (str, True), (str, True), (int, False), (str, True),
              (str, True), (str, True), (int, True), (str, True))
_JSON_META = ("hosts", "cutoffs", "budget_cut", "render", "breaker", "settings", "resumes", "refused")


def _damaged(index: object, what: str) -> UserError:
    return UserError(f"{index} is damaged or is not a govaudit snapshot index ({what}). Re-crawl into a new folder.")


def _check_meta(meta: dict[Any, Any], index: Path) -> None:
    """The meta values the build reads: text, a start URL, JSON where JSON is stored, hosts a list of names."""
    if not all(isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in meta.items()):
        raise _damaged(index, "meta values that are not text")
    if canonical(meta.get("start_url") or "") is None:
        raise _damaged(index, "no valid start_url in meta")
    parsed = {}
    for key in _JSON_META:
        try:
            parsed[key] = json.loads(meta[key]) if meta.get(key) else None
        except ValueError:
            raise _damaged(index, f"meta {key} is not JSON") from None
    hosts = parsed["hosts"]
    if hosts is not None and not (isinstance(hosts, list) and all(isinstance(h, str) for h in hosts)):
        raise _damaged(index, "meta hosts is not a list of host names")
    cut = parsed["budget_cut"]
    if cut is not None and not (isinstance(cut, dict) and _counts(cut.get("cut") or {})
                                and all(isinstance(cut.get(k) or 0, int) for k in ("cut_total", "disclosure_cut"))
                                and isinstance(cut.get("examples") or {}, dict)
                                and all(isinstance(v, list) and all(isinstance(u, str) for u in v)
                                        for v in (cut.get("examples") or {}).values())):
        raise _damaged(index, "meta budget_cut is not what the crawl writes")


def _counts(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(n, int) and not isinstance(n, bool) for n in value.values())


def _capture(row: tuple) -> Capture:
    if not all(isinstance(value, kind) or (value is None and nullable)
               for value, (kind, nullable) in zip(row, _ROW_TYPES)):
        raise _damaged(INDEX_NAME, f"a capture row of the wrong types: {str(row[0])[:100]}")
    (url, final_url, method, status, outcome, ctype, charset, fetched_at, warc_file, offset, parent, anchor,
     priority, depth, error, render, render_note, rendered_offset, charset_note) = row
    record = f"{warc_file}#{offset}" if warc_file is not None else None
    rendered = f"{warc_file}#{rendered_offset}" if rendered_offset is not None else None
    return Capture(url, final_url, method, status, outcome, ctype, charset, fetched_at, record, parent, anchor,
                   priority, depth, error, render, render_note, rendered, charset_note)


class SnapshotReader:
    """Read-only access to a crawl snapshot. Use as a context manager, or call close()."""

    def __init__(self, folder: Path) -> None:
        """Open the snapshot in `folder` (the crawl's out_dir, or its snapshot/ folder)."""
        folder = Path(folder)
        snap = folder / SNAPSHOT_DIR if (folder / SNAPSHOT_DIR).is_dir() else folder
        index = snap / INDEX_NAME
        if not index.is_file():
            raise UserError(f"No crawl snapshot in {folder}: {SNAPSHOT_DIR}/{INDEX_NAME} is missing. "
                            "Run the crawl first, or give the folder it wrote to.")
        if not (snap / WARC_NAME).is_file():
            raise UserError(f"The snapshot in {snap} is incomplete: {WARC_NAME} is missing.")
        try:
            self._db = sqlite3.connect(f"{index.resolve().as_uri()}?mode=ro", uri=True)
            self.meta: dict[str, str] = dict(self._db.execute("SELECT key, value FROM meta"))
            self._db.execute(_SELECT + " LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise _damaged(index, str(exc)) from None
        _check_meta(self.meta, index)
        self._folder = snap
        self._warcs: dict[str, BinaryIO] = {}

    def captures(self) -> Iterator[Capture]:
        """Every capture, ordered by URL."""
        try:
            rows = self._db.execute(_SELECT + " ORDER BY url").fetchall()
        except sqlite3.DatabaseError as exc:
            raise _damaged(INDEX_NAME, str(exc)) from None
        for row in rows:
            yield _capture(row)

    def refused(self) -> list[tuple[str, str, str, int]]:
        """Refused browser requests as (page, URL, reason, count), by page then URL; [] for an old index."""
        if not refused_counts(self._db):
            return []
        return self._db.execute("SELECT page, url, reason, count FROM refused ORDER BY page, url, reason").fetchall()

    def get(self, url: str) -> Capture | None:
        """The capture of `url` (normalised, then without tracking parameters, if not found as given), or None."""
        for candidate in dict.fromkeys((url, normalize(url), canonical(url))):
            if candidate is not None:
                try:
                    row = self._db.execute(_SELECT + " WHERE url = ?", (candidate,)).fetchone()
                except sqlite3.DatabaseError as exc:
                    raise _damaged(INDEX_NAME, str(exc)) from None
                if row:
                    return _capture(row)
        return None

    def body(self, capture: Capture) -> bytes | None:
        """The HTTP payload of `capture`, content coding undone.

        None when no complete body was archived: nothing fetched, a HEAD check,
        a response cut short (ranged probe, size cap: WARC-Truncated), or one the
        crawl found too large once decoded (a gzip bomb is not inflated here either).
        """
        if capture.record is None or capture.method == "HEAD" or capture.outcome == outcomes.TOO_LARGE:
            return None
        record = self._read(capture, capture.record, "response")
        if record.truncated:
            return None
        return decode_payload(record.payload, record.content_encoding)

    def rendered_body(self, capture: Capture) -> bytes | None:
        """The page's DOM after Chromium ran its scripts (UTF-8 HTML), or None if it was not rendered.

        Decode it as UTF-8 whatever its <meta charset> says: the DOM was serialised by the browser.
        """
        if capture.rendered_record is None:
            return None
        return self._read(capture, capture.rendered_record, "conversion").payload

    def _read(self, capture: Capture, where: str, rec_type: str) -> Record:
        name, _, offset = where.rpartition("#")
        try:
            stream = self._warc(name)
            # The crawl's own records are read without warcio; anything else (another tool's
            # WARC, a damaged record) with it, which also words the error.
            record = read_record(stream, int(offset))
            if record is None:
                # imported here: ~7 MiB of modules (warcio brings fsspec and asyncio) that a build of
                # the crawl's own snapshot never runs
                from warcio.archiveiterator import ArchiveIterator

                stream.seek(int(offset))
                loaded = next(iter(ArchiveIterator(stream)))
                if loaded.rec_type != rec_type:
                    raise ValueError(f"record is a {loaded.rec_type}, not a {rec_type}")
                http = loaded.http_headers
                return Record(loaded.rec_type, loaded.rec_headers.get_header("WARC-Truncated"),
                              http.get_header("Content-Encoding") if http else None, loaded.raw_stream.read())
            if record.rec_type != rec_type:
                raise ValueError(f"record is a {record.rec_type}, not a {rec_type}")
            return record
        except Exception as exc:  # warcio fails in many ways on damaged data; all mean the same to the user
            # warcio's messages can quote the damaged bytes themselves: keep only a short head.
            detail = " ".join(str(exc).split())[:80] or type(exc).__name__
            raise UserError(f"The archived copy of {capture.url} ({where}) cannot be read: "
                            f"the WARC file looks damaged ({detail}). Re-crawl, or run `govaudit crawl --resume` "
                            f"to repair a truncated crawl.") from None

    def close(self) -> None:
        """Release the index and WARC files."""
        self._db.close()
        for stream in self._warcs.values():
            stream.close()
        self._warcs.clear()

    def __enter__(self) -> SnapshotReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _warc(self, name: str) -> BinaryIO:
        if name != WARC_NAME:  # the index only ever names our one WARC; refuse paths from a tampered index
            raise ValueError(f"unknown WARC file {name!r}")
        if name not in self._warcs:
            self._warcs[name] = open(self._folder / name, "rb")
        return self._warcs[name]
