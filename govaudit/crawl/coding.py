"""Undo HTTP content codings (gzip, deflate) with a size cap; choose a page's charset.

The WARC keeps payloads as the server sent them (content coding intact), so the
crawler and the snapshot reader both decode through here. The cap defends
against decompression bombs: a few kilobytes of gzip can expand to gigabytes.
"""

from __future__ import annotations

import codecs
import re
import zlib

from govaudit.htmlpage import detect_charset

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
    return decode_whole(data, content_encoding, limit)[0]


def decode_whole(data: bytes, content_encoding: str | None, limit: int | None = None) -> tuple[bytes, bool]:
    """decode_payload's body, and False when a gzip or deflate stream in it decoded but ended
    before its end (a response cut off mid-body, or corrupt after its start): the decoded
    prefix reads as a whole page without its end (a list without its rows, no footer)."""
    whole = True
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
                data, ended = _inflate(data, wbits, limit)
                whole = whole and ended
                break
            except zlib.error:
                continue  # not this format; mislabelled data falls through unchanged
    if limit is not None and len(data) > limit:
        raise TooLarge(f"body exceeds {limit} bytes")
    return data, whole


def _inflate(data: bytes, wbits: int, limit: int | None) -> tuple[bytes, bool]:
    """Decompress in bounded steps so a bomb is stopped before it is materialised, and whether
    the stream reached its end.

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
    return bytes(out), decomp.eof or not out  # nothing decoded: an empty body, whole


# Single-byte Western charsets decode any bytes, so a body never proves them wrong.
_WESTERN = frozenset({"cp1252", "iso8859-1", "iso8859-15"})
_HEADER_CHARSET = re.compile(r"charset\s*=", re.I)
_PAGE_CHARSET = re.compile(rb"charset\s*=", re.I)  # <meta charset> or http-equiv, in the first 4 KB


def page_charset(body: bytes, content_type: str | None) -> tuple[str, str | None]:
    """The charset to decode an HTML page with, and a note when the Content-Type header disagrees with the page.

    Browsers trust the header, but government servers often send a default (UTF-8,
    ISO-8859-1) whatever the page is written in. The header wins when the body decodes
    in it, unless it is a Western single-byte charset; otherwise the page's own BOM,
    <meta> or detected charset is used, if the body decodes in that. Detection (slow)
    only runs when the header's charset fails.
    """
    chosen, note = _declared_charset(body, content_type)
    if (actual := _misdeclared(body, chosen)) is not None:
        return actual, f"charset mismatch: the page is declared {chosen}, its bytes are {actual}; decoded as {actual}"
    return chosen, note


def _declared_charset(body: bytes, content_type: str | None) -> tuple[str, str | None]:
    declared = detect_charset(body, content_type)
    if not _HEADER_CHARSET.search(content_type or ""):
        return declared, None  # the header names none: the page's own was used
    header_holds = _decodes(body, declared) and codecs.lookup(declared).name not in _WESTERN
    if header_holds and not (body.startswith(codecs.BOM_UTF8) or _PAGE_CHARSET.search(body[:4096])):
        return declared, None  # the page names none to disagree with
    own = detect_charset(body, None)  # BOM, <meta>, then detection
    if declared == own:
        return declared, None
    chosen = declared if header_holds or not _decodes(body, own) else own
    return chosen, f"charset mismatch: Content-Type says {declared}, the page itself {own}; decoded as {chosen}"


_GB = frozenset({"gb2312", "gbk", "gb18030"})
_MOJIBAKE_MIN = 8  # replacement characters before a page is read as misdeclared, not a stray bad byte


def _misdeclared(body: bytes, charset: str) -> str | None:
    """The charset a page's bytes are in when every declaration names the other of UTF-8 and the
    GB family (a GBK page pasted into a UTF-8 template, a UTF-8 page left with gb2312), or None.
    GB text is next to never valid UTF-8, and UTF-8 text read as GB is mojibake: a page with many
    non-ASCII bytes that fail as UTF-8 but decode as gb18030 is GB; one whose non-ASCII bytes all
    decode as UTF-8 is UTF-8. A few bad bytes in a UTF-8 page (a cut snippet) change nothing."""
    name = codecs.lookup(charset).name if _known(charset) else charset
    if name == "utf-8":
        bad = body.decode("utf-8", "replace").count("\ufffd")
        wide = sum(1 for b in body if b >= 0x80)
        if bad >= _MOJIBAKE_MIN and bad * 5 >= wide and _decodes(body, "gb18030"):
            return "gb18030"
    elif name in _GB and any(b >= 0x80 for b in body) and _decodes(body, "utf-8"):
        return "utf-8"
    return None


def _known(charset: str) -> bool:
    try:
        codecs.lookup(charset)
    except LookupError:
        return False
    return True


def _decodes(body: bytes, charset: str) -> bool:
    try:
        body.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return False
    return True
