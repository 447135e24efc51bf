"""Write the snapshot: WARC records first, then the index row, committed per URL.

A crash loses at most the URL in flight: its WARC records may be on disk
without an index row, never the reverse.
"""

from __future__ import annotations

import sqlite3
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from govaudit.crawl.fetcher import Exchange, FetchResult
from govaudit.crawl.frontier import Why
from govaudit.crawl.snapshot import CAPTURE_COLUMNS, INDEX_NAME, SCHEMA, WARC_NAME

# Identifiers are quoted: "offset" is an SQL keyword.
_COLUMN_LIST = ", ".join(f'"{c}"' for c in CAPTURE_COLUMNS)
_VALUES = f"({_COLUMN_LIST}) VALUES ({', '.join('?' * len(CAPTURE_COLUMNS))})"
_INSERT = f"INSERT INTO captures {_VALUES}"
_REPLACE = f"INSERT OR REPLACE INTO captures {_VALUES}"
_CUTOFF = "INSERT OR IGNORE INTO cutoffs (url, reason, pattern, parent, depth, count) VALUES (?, ?, ?, ?, ?, ?)"


class SnapshotWriter:
    """Owns the WARC file and the SQLite index of one crawl; single-threaded."""

    def __init__(self, folder: Path, warcinfo: dict[str, str], meta: dict[str, str]) -> None:
        """Create the snapshot files in `folder` (which must not hold a snapshot yet)."""
        folder.mkdir(parents=True, exist_ok=True)
        self._file = open(folder / WARC_NAME, "xb")
        self._warc = WARCWriter(self._file, gzip=True, warc_version="1.0")
        self._warc.write_record(self._warc.create_warcinfo_record(WARC_NAME, warcinfo))
        self._db = sqlite3.connect(folder / INDEX_NAME)
        # WAL + NORMAL: each commit survives a killed process without an fsync per page.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        with self._db:
            self._db.executescript(SCHEMA)
        self.set_meta(meta)

    def add_fetch(self, url: str, why: Why, result: FetchResult, charset: str | None, replace: bool = False) -> None:
        """Archive every exchange of `result` and index `url` at its final response
        (`replace`: a fresh robots.txt fetch supersedes the previous row)."""
        offset = length = digest = None
        for exchange in result.exchanges:
            offset, length, digest = self._write_exchange(exchange)
        warc_file = WARC_NAME if result.exchanges else None
        self._insert((url, result.final_url, result.method, result.status, result.outcome, result.content_type,
                      charset, result.fetched_at, digest, warc_file, offset, length,
                      why.parent, why.anchor, why.priority, why.depth, result.error), replace)

    def add_unfetched(self, url: str, why: Why, method: str, outcome: str, error: str | None) -> None:
        """Index a URL the crawl decided not to fetch (robots.txt), with no WARC record."""
        self._insert((url, None, method, None, outcome, None, None, None, None, None, None, None,
                      why.parent, why.anchor, why.priority, why.depth, error))

    def add_cutoff(self, url: str, reason: str, pattern: str, parent: str | None, depth: int, count: int = 1) -> bool:
        """Record a URL left out on purpose; False if it was already recorded for `reason`."""
        with self._db:
            return self._db.execute(_CUTOFF, (url, reason, pattern, parent, depth, count)).rowcount == 1

    def set_meta(self, values: dict[str, str]) -> None:
        """Insert or replace `meta` entries."""
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", values.items())

    def close(self) -> None:
        """Flush and close both files; the index is left in rollback-journal mode (one self-contained file)."""
        try:
            self._file.close()
        finally:
            self._db.execute("PRAGMA journal_mode=DELETE")
            self._db.close()

    def _insert(self, row: tuple, replace: bool = False) -> None:
        with self._db:
            self._db.execute(_REPLACE if replace else _INSERT, row)

    def _write_exchange(self, ex: Exchange) -> tuple[int, int, str | None]:
        """Write the response then the request record; (offset, length, payload digest) of the response."""
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
            http_headers=StatusAndHeaders(f"{ex.method} {ex.request_target} HTTP/1.1", list(ex.request_headers),
                                          is_http_request=True),
            warc_headers_dict={"WARC-Date": ex.warc_date,
                               "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
        )
        offset = self._file.tell()
        self._warc.write_record(response)
        length = self._file.tell() - offset
        self._warc.write_record(request)
        return offset, length, response.rec_headers.get_header("WARC-Payload-Digest")
