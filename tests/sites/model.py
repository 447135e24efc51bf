"""Types shared by the sample-site generators: a served resource, an answer-key entry and
a generated site (every resource addressed by the exact path and query it is linked as)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from datetime import date

# Rule families of the answer key (benchmarks/accuracy.py maps rule ids onto these).
FAMILIES = ("empty-columns", "stale-columns", "interpretations", "normative-metadata",
            "broken-links", "annual-reports", "footer")


@dataclass(frozen=True)
class Resource:
    """One response: body bytes, Content-Type header and HTTP status."""

    body: bytes
    content_type: str
    status: int = 200

    @property
    def is_html(self) -> bool:
        return self.content_type.startswith("text/html")


@dataclass(frozen=True)
class Expected:
    """A planted defect: the finding the audit should report.

    `url` is the root-relative URL of the defective object exactly as the site links it
    (column, document, link target, or an example page for a footer defect); `match`
    holds strings a finding must also contain (organ and year for annual reports);
    `url_pattern` widens `url` to every page of the same template;
    `probe` says how a test proves the defect is really served (see tests/sites)."""

    family: str
    url: str
    note: str
    match: tuple[str, ...] = ()
    probe: str = ""
    url_pattern: str = ""  # a regex: any page it matches is an equally good example (footer templates)


LATER_PAGE = "列表的第 2 页及以后各页属于同一栏目，不是单独的栏目"  # the trap note of page N ≥ 2 of a list


@dataclass(frozen=True)
class Trap:
    """Something that must NOT be a finding (page 2 of a list, an undated static page …)."""

    url: str
    note: str


@dataclass
class SampleSite:
    """A generated site: resources keyed by root-relative path (+ '?query' when linked so),
    the response for unknown URLs, the answer key and the vetoes the defects support."""

    name: str
    size: str
    as_of: date
    resources: dict[str, Resource]
    not_found: Resource
    key: list[Expected] = field(default_factory=list)
    traps: list[Trap] = field(default_factory=list)
    vetoes: frozenset[str] = frozenset()

    @property
    def html_urls(self) -> list[str]:
        """Root-relative URLs of the site's HTML pages (list pages, documents, static pages)."""
        return sorted(u for u, r in self.resources.items() if r.is_html and r.status == 200 and u != "/")

    def lookup(self, path: str, query: str) -> Resource:
        """The response a real server of this CMS gives: the exact resource; else the path
        without its query (Hanweb/static servers ignore unknown parameters); a directory
        path serves its index.html or index.shtml; anything else is the not-found response."""
        directory = path.endswith("/")
        for candidate in (f"{path}?{query}" if query else None, path, path + "index.html" if directory else None,
                          path + "index.shtml" if directory else None):
            if candidate and candidate in self.resources:
                return self.resources[candidate]
        return self.not_found


def fake_pdf(text: str) -> bytes:
    """A small valid PDF whose single page shows `text` (ASCII)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def tiny_png() -> bytes:
    """A valid 1x1 PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    ihdr = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b"")
