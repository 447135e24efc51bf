"""A lean reader of one gzip-member WARC record as govaudit's crawl writes it.

The build reads every page's record back; warcio's general reader (buffered line reads,
header objects) cost about a fifth of a large build. The records the crawl writes are one
gzip member each, with plain `Name: value` header lines, so this reads the member in one
decompression and splits its headers with a few string operations. It answers exactly what
warcio answers for such a record, and gives up (None) on anything else: another tool's
record (uncompressed, continuation lines, other encodings, a length that runs past the
member), which the caller then reads with warcio. A gzip member that fails to inflate is
damaged whoever wrote it, and raises DamagedRecord.
"""

from __future__ import annotations

import zlib
from typing import BinaryIO

_GZIP_MAGIC = b"\x1f\x8b"
_WARC_VERSIONS = (b"WARC/1.0\r\n", b"WARC/1.1\r\n")
_HTTP_VERSIONS = ("HTTP/1.0", "HTTP/1.1")  # warcio's, compared in upper case
_HTTP_RECORDS = ("response", "request", "revisit")
_CHUNK = 32768
_MAX_MEMBER = 1 << 28  # bytes inflated at most; warcio reads only the record's Content-Length


class DamagedRecord(ValueError):
    """A gzip member that does not inflate: the archive is damaged at that record."""


class Record:
    """What the snapshot reader asks of a record."""

    __slots__ = ("rec_type", "truncated", "content_encoding", "payload")

    def __init__(self, rec_type: str | None, truncated: str | None, content_encoding: str | None, payload: bytes) -> None:
        self.rec_type = rec_type
        self.truncated = truncated  # the WARC-Truncated header's value
        self.content_encoding = content_encoding  # of the HTTP headers, if the record has them
        self.payload = payload  # the block after the HTTP headers (warcio's raw_stream)


def _member(stream: BinaryIO, offset: int) -> bytes | None:
    """The decompressed gzip member at `offset`, or None when there is none complete;
    DamagedRecord when its deflate data or checksum is wrong."""
    stream.seek(offset)
    head = stream.read(_CHUNK)
    if not head.startswith(_GZIP_MAGIC):
        return None
    inflate = zlib.decompressobj(zlib.MAX_WBITS + 16)
    try:
        parts = [inflate.decompress(head, _MAX_MEMBER)]
        size = len(parts[0])
        while not inflate.eof:
            more = inflate.unconsumed_tail or stream.read(_CHUNK)
            if not more or size >= _MAX_MEMBER:  # cut short, or a member inflating without end: warcio's to read
                return None
            parts.append(inflate.decompress(more, _MAX_MEMBER))
            size += len(parts[-1])
    except zlib.error as exc:
        # Damaged, whoever wrote it: warcio would read on past the error (measured: 19 of 148
        # damaged demo pages came back as garbage bodies without a word), so it is not asked.
        raise DamagedRecord(f"gzip data damaged ({exc})") from None
    return b"".join(parts)


def _headers(block: bytes) -> list[tuple[str, str]] | None:
    """warcio's (name, value) pairs of header lines joined by CRLF, or None when warcio might
    read them otherwise (a bare LF, a continuation or blank line, a line without a colon, not UTF-8)."""
    if block.count(b"\n") != block.count(b"\r\n"):
        return None
    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError:
        return None
    pairs = []
    for line in text.split("\r\n"):
        line = line.rstrip()
        if not line or line[0] in " \t" or ":" not in line:
            return None
        name, value = line.split(":", 1)
        pairs.append((name.rstrip(" \t"), value.lstrip()))
    return pairs


def _get(pairs: list[tuple[str, str]], name: str) -> str | None:
    """warcio's get_header: the first value of `name` in any letter case."""
    name = name.lower()
    for key, value in pairs:
        if key.lower() == name:
            return value
    return None


def read_record(stream: BinaryIO, offset: int) -> Record | None:
    """The record at `offset` of a WARC file written one gzip member per record, read as
    warcio would read it; None when it is not such a plain record (read it with warcio);
    DamagedRecord when its gzip member is damaged."""
    data = _member(stream, offset)
    if data is None or not data.startswith(_WARC_VERSIONS):
        return None
    end = data.find(b"\r\n\r\n")
    if end < 0:
        return None
    first = data.index(b"\r\n") + 2
    warc = _headers(data[first:end]) if end >= first else None
    if warc is None:
        return None
    length_text = _get(warc, "Content-Length")
    try:
        length = int(length_text) if length_text is not None else -1
    except ValueError:
        return None
    start = end + 4
    if length < 0 or len(data) - start < length:
        return None
    block = data[start : start + length]
    rec_type, uri = _get(warc, "WARC-Type"), _get(warc, "WARC-Target-URI")
    truncated = _get(warc, "WARC-Truncated")
    if rec_type not in _HTTP_RECORDS or length == 0:
        return Record(rec_type, truncated, None, block)
    if uri is None or uri.startswith("<") or " " in uri:  # warcio rewrites such URIs first
        return None
    if not uri.startswith(("http:", "https:")):
        return Record(rec_type, truncated, None, block)
    if rec_type != "response":  # never read by the build: leave requests and revisits to warcio
        return None
    end = block.find(b"\r\n\r\n")
    first = block.find(b"\r\n")
    if end < 0 or first <= 0 or b"\n" in block[:first]:
        return None
    try:
        status = block[:first].decode("utf-8").rstrip()
    except UnicodeDecodeError:
        return None
    if not status.upper().startswith(_HTTP_VERSIONS):
        return None
    http = _headers(block[first + 2 : end]) if end > first else []
    if http is None:
        return None
    return Record(rec_type, truncated, _get(http, "Content-Encoding"), block[end + 4 :])
