"""Undo HTTP content codings (gzip, deflate) with a size cap.

The WARC keeps payloads as the server sent them (content coding intact), so the
crawler and the snapshot reader both decode through here. The cap defends
against decompression bombs: a few kilobytes of gzip can expand to gigabytes.
"""

from __future__ import annotations

import zlib

# The crawler only advertises these, so servers should not use anything else.
ACCEPT_ENCODING = "gzip, deflate"
_CHUNK = 64 * 1024


class TooLarge(Exception):
    """The decoded payload exceeds the size cap."""


def decode_payload(data: bytes, content_encoding: str | None, limit: int | None = None) -> bytes:
    """The entity body of `data` sent with `content_encoding`, at most `limit` bytes.

    Codings are undone in reverse order of application. Unknown codings, and data
    that is not really compressed (servers mislabel), are returned as they are.
    Raises TooLarge when the decoded size would exceed `limit`.
    """
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    for coding in reversed(codings):
        if coding in ("gzip", "x-gzip"):
            attempts = (zlib.MAX_WBITS | 16,)
        elif coding == "deflate":
            attempts = (zlib.MAX_WBITS, -zlib.MAX_WBITS)  # many servers send raw deflate, no zlib header
        else:
            break
        for wbits in attempts:
            try:
                data = _inflate(data, wbits, limit)
                break
            except zlib.error:
                continue  # not this format; mislabelled data falls through unchanged
    if limit is not None and len(data) > limit:
        raise TooLarge(f"body exceeds {limit} bytes")
    return data


def _inflate(data: bytes, wbits: int, limit: int | None) -> bytes:
    """Decompress in bounded steps so a bomb is stopped before it is materialised.

    Raises zlib.error only if nothing could be decoded; a stream that is cut
    short (at the crawler's size cap) or corrupt later yields its decoded prefix.
    """
    decomp = zlib.decompressobj(wbits)
    out = bytearray()
    pending = data
    while not decomp.eof:
        try:
            chunk = decomp.decompress(pending, _CHUNK)
        except zlib.error:
            if not out:
                raise
            break
        out += chunk
        if limit is not None and len(out) > limit:
            raise TooLarge(f"decoded body exceeds {limit} bytes")
        pending = decomp.unconsumed_tail
        if not chunk and not pending:
            break
    return bytes(out)
