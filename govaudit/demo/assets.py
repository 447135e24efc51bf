"""Static files of the demo site: tiny valid PDFs, the badge image, scripts, robots.txt."""

from __future__ import annotations

import struct
import zlib

ROBOTS_TXT = b"User-agent: *\nAllow: /\n"
JIUCUO_JS = b"/* govaudit demo: placeholder for the error-report widget of a fictional site; does nothing. */\n"
MAIN_CSS = (
    "body{font-family:sans-serif;margin:0 auto;max-width:1000px}"
    ".nav ul,.list{list-style:none;padding:0}.nav li{display:inline-block;margin-right:2em}"
    ".list li{display:flex;justify-content:space-between}.footer{font-size:12px;color:#666}\n"
).encode("ascii")


def pdf(label: str) -> bytes:
    """A minimal one-page PDF with `label` (ASCII) on it, with a correct xref table."""
    text = label.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def red_png() -> bytes:
    """A 1x1 red PNG standing in for the 党政机关 badge."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00\xcc\x00\x00", 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def static_files() -> dict[str, bytes]:
    return {
        "robots.txt": ROBOTS_TXT,
        "js/jiucuo.js": JIUCUO_JS,
        "css/main.css": MAIN_CSS,
        "images/red.png": red_png(),
    }
