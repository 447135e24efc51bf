"""Find where a WARC file's last complete record ends, so a resumed crawl appends after it.

Each record is its own gzip member (WARC 1.0 "record-at-a-time" compression), so
a record is complete exactly when its gzip member is: a crash mid-write leaves a
member without its end, which zlib reports as not at eof.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

_CHUNK = 1 << 20
_OUT_CAP = 1 << 16  # decompressed bytes per step: only member ends matter, never the content


def complete_prefix(path: Path, start: int = 0) -> int:
    """Offset just after the last complete gzip member at or after `start` (`start` if none)."""
    good = pos = start
    member = zlib.decompressobj(31)
    with open(path, "rb") as f:
        f.seek(start)
        while chunk := f.read(_CHUNK):
            data = chunk
            while True:
                try:
                    out = member.decompress(data, _OUT_CAP)
                except zlib.error:
                    return good  # damaged bytes: keep what came before
                rest = member.unused_data if member.eof else member.unconsumed_tail
                pos += len(data) - len(rest)
                data = rest
                if member.eof:
                    good = pos
                    member = zlib.decompressobj(31)
                elif not data and not out:
                    break  # this member needs more input
    return good


def truncate(path: Path, size: int) -> int:
    """Cut `path` to `size` bytes (fsynced); the number of bytes dropped."""
    dropped = path.stat().st_size - size
    if dropped > 0:
        with open(path, "r+b") as f:
            f.truncate(size)
            os.fsync(f.fileno())
    return max(dropped, 0)
