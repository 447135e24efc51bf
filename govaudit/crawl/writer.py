"""Write the snapshot: WARC records first, then index rows, committed in small groups.

Everything the crawl decides about one URL (its capture row, the links it
queued, the cut-offs, its removal from the queue) is one unit (an SQLite
savepoint: all of it or none), committed after its WARC records are flushed to
the file, with the WARC length at that moment (meta `warc_end`). A process
killed at any point therefore leaves: committed URLs whose records are all on
disk, queued URLs still queued, and perhaps a tail of WARC bytes no row points
to, cut off when the crawl resumes.

A slow crawl commits every URL. A fast one (its last GROUP_PACE URLs decided
within GROUP_PACE / GROUP_RATE seconds) commits a group of URLs at once: at the
latest after GROUP_MAX URLs or GROUP_SECONDS, so a killed fast crawl fetches
again at most GROUP_MAX URLs (and those of the last GROUP_SECONDS) beyond the
ones in flight. The crawl commits the group whenever it waits with no answer to
handle, so a crawl that stalls holds nothing uncommitted. A commit per URL was a tenth of the deciding thread's work.
"""

from __future__ import annotations

import sqlite3
import time
import zlib
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from govaudit.crawl.fetcher import Exchange, FetchResult
from govaudit.crawl.frontier import Why
from govaudit.crawl.render import Refused, Rendered
from govaudit.crawl.snapshot import CAPTURE_COLUMNS, INDEX_NAME, SCHEMA, WARC_NAME, ensure_refused_table

# Identifiers are quoted: "offset" is an SQL keyword.
_COLUMN_LIST = ", ".join(f'"{c}"' for c in CAPTURE_COLUMNS)
_VALUES = f"({_COLUMN_LIST}) VALUES ({', '.join('?' * len(CAPTURE_COLUMNS))})"
_INSERT = f"INSERT INTO captures {_VALUES}"
_REPLACE = f"INSERT OR REPLACE INTO captures {_VALUES}"
_CUTOFF = "INSERT OR IGNORE INTO cutoffs (url, reason, pattern, parent, depth, count) VALUES (?, ?, ?, ?, ?, ?)"
GROUP_RATE = 50.0  # URLs decided per second from which commits are grouped
GROUP_PACE = 8  # ... measured over this many URLs
GROUP_MAX = 32  # URLs per commit at most
GROUP_SECONDS = 0.1  # age of the oldest uncommitted URL at most (checked when a URL is decided)
RenderOutcome = tuple[str | None, str | None, Rendered | None]  # render state, note, the rendered DOM
_REFUSED = ("INSERT INTO refused (page, url, reason, count) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (page, url, reason) DO UPDATE SET count = count + excluded.count")
_QUEUE = ("INSERT OR REPLACE INTO frontier (url, parent, anchor, priority, depth, seq, href, disclosure) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


# zlib level 6 instead of warcio's 9: half the CPU per record (the crawl's writer runs on the
# thread that decides every URL) for ~1 % more bytes on HTML.
_GZIP_LEVEL = 6


class _Gzip:
    """One gzip member per record (what warcio's GzippingWrapper writes), at _GZIP_LEVEL. The file
    is not flushed per record: SnapshotWriter flushes it before every commit."""

    def __init__(self, out: BinaryIO) -> None:
        self._compressor = zlib.compressobj(_GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        self._out = out

    def write(self, data: bytes) -> None:
        self._out.write(self._compressor.compress(data))

    def flush(self) -> None:
        self._out.write(self._compressor.flush())


class _WARCWriter(WARCWriter):
    """warcio's writer, compressing each record through _Gzip."""

    def __init__(self, out: BinaryIO) -> None:
        super().__init__(out, gzip=False, warc_version="1.0")

    def _write_warc_record(self, out: BinaryIO, record: Any) -> None:
        super()._write_warc_record(_Gzip(out), record)


def connect(folder: Path) -> sqlite3.Connection:
    """The index of the snapshot in `folder`, opened for writing."""
    db = sqlite3.connect(folder / INDEX_NAME)
    # WAL + NORMAL: each commit survives a killed process without an fsync per page.
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


class SnapshotWriter:
    """Owns the WARC file and the SQLite index of one crawl; single-threaded."""

    def __init__(self, folder: Path, db: sqlite3.Connection, mode: str) -> None:
        self._file = open(folder / WARC_NAME, mode)
        self._warc = _WARCWriter(self._file)
        self._db = db
        self._seq = db.execute("SELECT COALESCE(MAX(seq), 0) FROM frontier").fetchone()[0]
        self._depth = 0  # open transaction() blocks
        self._pending = 0  # URLs decided since the last commit
        self._first_pending = 0.0  # when the oldest of them was decided
        self._recent: deque[float] = deque(maxlen=GROUP_PACE)  # when the last URLs were decided

    @classmethod
    def create(cls, folder: Path, warcinfo: dict[str, str], meta: dict[str, str]) -> SnapshotWriter:
        """Create the snapshot files in `folder` (which must not hold a snapshot yet)."""
        folder.mkdir(parents=True, exist_ok=True)
        db = connect(folder)
        with db:
            db.executescript(SCHEMA)
        writer = cls(folder, db, "xb")
        with writer.transaction():
            writer._warc.write_record(writer._warc.create_warcinfo_record(WARC_NAME, warcinfo))
            writer.set_meta(meta)
        return writer

    @classmethod
    def append(cls, folder: Path, db: sqlite3.Connection) -> SnapshotWriter:
        """Continue writing a snapshot whose WARC tail was already repaired (see resume.py)."""
        ensure_refused_table(db)
        return cls(folder, db, "ab")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one commit, made after the WARC records are flushed."""
        self._depth += 1
        if self._depth == 1:
            if not self._db.in_transaction:
                self._db.execute("BEGIN")
            self._db.execute("SAVEPOINT unit")
        try:
            yield
        except BaseException:
            if self._depth == 1:  # never commit half of a URL's decisions; the group's earlier ones stay
                self._db.execute("ROLLBACK TO unit")
                self._db.execute("RELEASE unit")
            raise
        finally:
            self._depth -= 1
        if self._depth == 0:
            self._db.execute("RELEASE unit")
            self._decided()

    def _decided(self) -> None:
        """One unit is complete: commit it, or leave it for the group's commit when the crawl is fast."""
        now = time.monotonic()
        self._recent.append(now)
        if not self._pending:
            self._first_pending = now
        self._pending += 1
        fast = len(self._recent) == GROUP_PACE and now - self._recent[0] < GROUP_PACE / GROUP_RATE
        if not fast or self._pending >= GROUP_MAX or now - self._first_pending >= GROUP_SECONDS:
            self._commit()

    def add_fetch(self, url: str, why: Why, result: FetchResult, charset: tuple[str | None, str | None],
                  replace: bool = False, alias: str | None = None, render: RenderOutcome | None = None) -> None:
        """Archive every exchange of `result`, index `url` at its final response and unqueue it.

        `charset`: for HTML pages, the charset used and a note when the header disagreed.
        `replace`: a fresh robots.txt fetch supersedes the previous row. `alias`: the
        redirect target, indexed at the same record (it is not fetched again). `render`:
        what rendering decided; a rendered DOM is archived after the response, with
        the requests its scripts made.
        """
        offset = length = digest = record_id = None
        for exchange in result.exchanges:
            offset, length, digest, record_id = self._write_exchange(exchange)
        warc_file = WARC_NAME if result.exchanges else None
        state, note, rendered = render or (None, None, None)
        r_offset = r_length = None
        if rendered is not None and record_id is not None:
            for exchange in rendered.exchanges:
                self._write_exchange(exchange)
            r_offset, r_length = self._write_rendered(result.final_url or url, rendered, record_id)
        fetch = (result.final_url, result.method, result.status, result.outcome, result.content_type,
                 *charset, result.fetched_at, digest, warc_file, offset, length)
        rendering = (state, note, r_offset, r_length)
        with self.transaction():
            self._row(_REPLACE if replace else _INSERT,
                      (url, *fetch, why.parent, why.anchor, why.priority, why.depth, result.error, *rendering))
            self.unqueue(url)
            if alias:
                self._row(_REPLACE, (alias, *fetch, url, "", why.priority, why.depth, result.error, *rendering))
                self.unqueue(alias)

    def add_unfetched(self, url: str, why: Why, method: str, outcome: str, error: str | None) -> None:
        """Index a URL the crawl decided not to fetch (robots.txt), with no WARC record."""
        self._row(_INSERT, (url, None, method, None, outcome, None, None, None, None, None, None, None, None,
                            why.parent, why.anchor, why.priority, why.depth, error, None, None, None, None))
        self.unqueue(url)

    def add_cutoff(self, url: str, reason: str, pattern: str, parent: str | None, depth: int, count: int = 1) -> bool:
        """Record a URL left out on purpose; False if it was already recorded for `reason`."""
        with self.transaction():
            return self._db.execute(_CUTOFF, (url, reason, pattern, parent, depth, count)).rowcount == 1

    def remove_cutoff(self, url: str, reason: str) -> None:
        """Forget that `url` was left out for `reason` (it was reached after all)."""
        self._row("DELETE FROM cutoffs WHERE url = ? AND reason = ?", (url, reason))

    def add_refused(self, page: str, refused: tuple[Refused, ...]) -> None:
        """Record the requests `page`'s rendering refused (URL, reason, times)."""
        with self.transaction():
            self._db.executemany(_REFUSED, ((page, url, reason, n) for url, reason, n in refused))

    def queue(self, url: str, why: Why) -> None:
        """Persist `url` as queued (or its better reason), in discovery order."""
        self._seq += 1
        self._row(_QUEUE, (url, why.parent, why.anchor, why.priority, why.depth, self._seq, why.href or None,
                           int(why.disclosure)))

    def reclassify(self, url: str, outcome: str, error: str) -> str | None:
        """Give `url`'s capture another outcome (judged later, from other fetches); its previous outcome."""
        row = self._db.execute("SELECT outcome FROM captures WHERE url = ?", (url,)).fetchone()
        if row is None:
            return None
        self._row("UPDATE captures SET outcome = ?, error = ? WHERE url = ?", (outcome, error, url))
        return row[0]

    def remove_capture(self, url: str) -> None:
        """Forget `url`'s row (its WARC records stay, unreferenced)."""
        self._row("DELETE FROM captures WHERE url = ?", (url,))

    def unqueue(self, url: str) -> None:
        """`url` is decided: no longer queued."""
        self._row("DELETE FROM frontier WHERE url = ?", (url,))

    def set_meta(self, values: dict[str, str]) -> None:
        """Insert or replace `meta` entries."""
        with self.transaction():
            self._db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", values.items())

    def close(self) -> None:
        """Flush and close both files; the index is left in rollback-journal mode (one self-contained file)."""
        try:
            if self._pending or self._db.in_transaction:
                self._commit()
            self._file.close()
        finally:
            self._db.execute("PRAGMA journal_mode=DELETE")
            self._db.close()

    def _row(self, sql: str, row: tuple) -> None:
        with self.transaction():
            self._db.execute(sql, row)

    def commit_pending(self) -> None:
        """Commit the URLs a fast crawl has grouped so far: called when the crawl waits for answers,
        so a stalled crawl never holds decided URLs uncommitted (a kill then refetches only those in flight)."""
        if self._pending and self._depth == 0:
            self._commit()

    def _commit(self) -> None:
        self._file.flush()  # records reach the OS before the rows naming them are committed
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('warc_end', ?)", (str(self._file.tell()),))
        self._db.commit()
        self._pending = 0

    def _write_rendered(self, url: str, rendered: Rendered, response_id: str) -> tuple[int, int]:
        """The rendered DOM as a conversion record of the response; its (offset, length)."""
        record = self._warc.create_warc_record(
            url, "conversion", payload=BytesIO(rendered.html), length=len(rendered.html),
            warc_content_type="text/html; charset=utf-8",
            warc_headers_dict={"WARC-Refers-To": response_id,
                               "Govaudit-Rendered": f"{rendered.browser}; {rendered.seconds:.2f} s; "
                                                    f"{len(rendered.exchanges)} script requests"})
        offset = self._file.tell()
        self._warc.write_record(record)
        return offset, self._file.tell() - offset

    def _write_exchange(self, ex: Exchange) -> tuple[int, int, str | None, str]:
        """Write the request then the response record; (offset, length, payload digest, record id)
        of the response. Request first: a complete response record implies a complete request.
        """
        response_fields = {"WARC-Date": ex.warc_date}
        if ex.truncated:
            response_fields["WARC-Truncated"] = "length"
        response = self._warc.create_warc_record(
            ex.url, "response",
            payload=BytesIO(ex.payload), length=len(ex.payload),
            http_headers=StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), list(ex.response_headers),
                                          protocol=ex.protocol),
            warc_headers_dict=response_fields,
        )
        request = self._warc.create_warc_record(
            ex.url, "request",
            payload=BytesIO(ex.request_body) if ex.request_body else None,
            length=len(ex.request_body) if ex.request_body else None,
            http_headers=StatusAndHeaders(f"{ex.method} {ex.request_target} HTTP/1.1", list(ex.request_headers),
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": ex.warc_date,
                               "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
        )
        self._warc.write_record(request)
        offset = self._file.tell()
        self._warc.write_record(response)
        headers = response.rec_headers
        digest, record_id = headers.get_header("WARC-Payload-Digest"), headers.get_header("WARC-Record-ID")
        return offset, self._file.tell() - offset, digest, record_id
