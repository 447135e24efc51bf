"""`govaudit evidence`: the archived record behind a finding, as an evaluator hands it over.

A finding is named by its id as the reports show it (a prefix of its fingerprint, at least
six hex digits), or by rule id and subject. Its evidence record (`<warc file>#<offset>` in
results.json) is read from the output folder's snapshot/: the WARC and HTTP headers are
printed, and the archived body can be saved to a file the user names.

Everything read here came from the audited site or from results.json, which anyone may have
edited: record names are bare file names inside snapshot/, header text is printed with control
characters made visible, and a saved body goes exactly where the user said, never through a
symbolic link and never over an existing file without `force`.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from govaudit.crawl.coding import TooLarge, decode_payload
from govaudit.errors import UserError
from govaudit.jsonio import output_mode
from govaudit.report.escape import reveal_invisible
from govaudit.report.fingerprint import finding_fingerprint
from govaudit.report.html_report import SHORT_ID
from govaudit.vocab import FINDING_STATUSES, STATUS_LABELS

SNAPSHOT_DIR = "snapshot"
MIN_ID = 6  # hex digits of a fingerprint prefix that name a finding
MAX_BODY = 256 * 1024 * 1024  # a decoded body larger than this is refused (compression bombs)
_RECORD = re.compile(r"([A-Za-z0-9][A-Za-z0-9._-]*\.warc(?:\.gz)?)#(\d+)")
_HEX = re.compile(r"[0-9a-fA-F]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_EXTENSIONS = {"text/html": ".html", "application/xhtml+xml": ".html", "application/pdf": ".pdf",
               "application/json": ".json", "text/plain": ".txt", "image/png": ".png", "image/jpeg": ".jpg",
               "image/gif": ".gif", "application/msword": ".doc", "application/zip": ".zip"}
_LISTED = 20  # candidates named when a query is ambiguous


@dataclass(frozen=True)
class Finding:
    """One result of results.json and the rule it belongs to."""

    id: str  # full fingerprint
    rule: str
    subject: str
    status: str
    message: str
    evidence: Mapping[str, Any]

    @property
    def short_id(self) -> str:
        return self.id[:SHORT_ID]


@dataclass(frozen=True)
class Record:
    """An archived WARC record: where it lies, its headers and its body (content coding undone)."""

    warc: Path
    offset: int
    warc_headers: tuple[tuple[str, str], ...]
    http_status: str | None
    http_headers: tuple[tuple[str, str], ...]
    body: bytes
    truncated: bool

    @property
    def content_type(self) -> str:
        value = dict((k.lower(), v) for k, v in self.http_headers).get("content-type", "")
        return value.split(";")[0].strip().lower()


def findings(results: Mapping[str, Any]) -> list[Finding]:
    """Every result of `results`, with its fingerprint."""
    return [Finding(finding_fingerprint(rule["id"], r["subject"]), rule["id"], r["subject"], r["status"],
                    r["message"], r["evidence"])
            for rule in results["rules"] for r in rule["results"]]


def find(results: Mapping[str, Any], query: str, subject: str | None = None) -> Finding:
    """The finding named by `query` (its id, or a rule id with `subject`); UserError when no
    finding or more than one matches, naming the candidates."""
    every = findings(results)
    if subject is not None:
        chosen = [f for f in every if f.rule == query and f.subject == subject]
        what = f"rule {query} and subject {subject}"
    elif _HEX.fullmatch(query) and len(query) >= MIN_ID:
        chosen = [f for f in every if f.id.startswith(query.lower())]
        what = f"id {query}"
    else:
        chosen = [f for f in every if f.rule == query]
        if len(chosen) > 1:  # a rule id alone names its finding when it has a single problem
            chosen = [f for f in chosen if f.status in FINDING_STATUSES] or chosen
        what = f"rule {query}"
    if len(chosen) == 1:
        return chosen[0]
    if not chosen:
        raise UserError(f"No finding has {_shown(what)} in results.json. Give the id shown in the report "
                        f"(问题编号, at least {MIN_ID} characters), or the rule id and the subject.")
    names = "; ".join(f"{f.short_id} ({_shown(f.subject)})" for f in chosen[:_LISTED])
    more = f" and {len(chosen) - _LISTED} more" if len(chosen) > _LISTED else ""
    raise UserError(f"{len(chosen)} findings match {_shown(what)}: {names}{more}. Give one of these ids.")


def read_record(out: Path, record: str | None) -> Record:
    """The WARC record `record` ("<file>#<offset>" from results.json) of `out`/snapshot/."""
    match = _RECORD.fullmatch(record or "")
    if match is None:
        raise UserError("This finding has no archived record: its evidence page was not fetched "
                        "(see the report's 抓取时间 and 说明).")
    folder = (Path(out) / SNAPSHOT_DIR).resolve()
    warc = (folder / match[1]).resolve()
    if not warc.is_relative_to(folder) or not warc.is_file():
        raise UserError(f"The archive {SNAPSHOT_DIR}/{match[1]} named by the finding is not in {out}.")
    offset = int(match[2])
    try:
        with open(warc, "rb") as stream:
            stream.seek(offset)
            rec = next(iter(ArchiveIterator(stream)))
            raw = rec.raw_stream.read()
            http = rec.http_headers
            coding = http.get_header("Content-Encoding") if http else None
            body = decode_payload(raw, coding, MAX_BODY)
            return Record(warc=warc, offset=offset, warc_headers=tuple(rec.rec_headers.headers),
                          http_status=http.protocol + " " + http.statusline if http else None,
                          http_headers=tuple(http.headers) if http else (), body=body,
                          truncated=bool(rec.rec_headers.get_header("WARC-Truncated")))
    except TooLarge:
        raise UserError(f"The archived body at {match[1]}#{offset} is over {MAX_BODY} bytes once decoded; "
                        "not extracted.") from None
    except Exception as exc:  # warcio fails in many ways on damaged data or a wrong offset
        detail = " ".join(str(exc).split())[:80] or type(exc).__name__
        raise UserError(f"No readable WARC record at {match[1]}#{offset} ({detail}); the archive may be damaged "
                        "or results.json may not belong to this snapshot.") from None


def describe(out: Path, finding: Finding, record: Record | None) -> list[str]:
    """Lines that say what the finding is and where its archived record lies, with its headers."""
    ev = finding.evidence
    lines = [f"问题编号 / finding: {finding.short_id} ({finding.id})",
             f"规则 / rule: {finding.rule} · {STATUS_LABELS.get(finding.status, finding.status)}",
             f"检查对象 / subject: {finding.subject}",
             f"说明 / message: {finding.message}",
             f"证据页面 / evidence page: {ev.get('url')}",
             f"抓取时间 / fetched at: {ev.get('fetched_at') or '未记录 / not recorded'}"]
    if record is None:
        return [_printable(line) for line in lines]
    where = record.warc.relative_to(Path(out).resolve()) if record.warc.is_relative_to(Path(out).resolve()) else record.warc
    lines += [f"存档记录 / record: {where} at byte offset {record.offset}"
              + (" (WARC-Truncated: body cut short)" if record.truncated else ""),
              f"取出原文 / extract: warcio extract --payload {where} {record.offset}",
              "", "WARC headers:"]
    lines += [f"  {k}: {v}" for k, v in record.warc_headers]
    if record.http_status:
        lines += ["", "HTTP headers:", f"  {record.http_status}"]
        lines += [f"  {k}: {v}" for k, v in record.http_headers]
    lines += ["", f"body: {len(record.body)} bytes ({record.content_type or 'no content type'})"]
    return [_printable(line) for line in lines]


def save_body(record: Record, finding: Finding, dest: Path, force: bool = False) -> Path:
    """Write the record's body to `dest` (a file name, or an existing folder: then
    `<id><ext>` inside it) and return the path written.

    The file is written exactly there: a symbolic link at that name is refused rather than
    followed, and an existing file is replaced only with `force` (atomically).
    """
    dest = Path(dest)
    if dest.is_dir() and not dest.is_symlink():
        dest = dest / (finding.short_id + _EXTENSIONS.get(record.content_type, ".bin"))
    if dest.is_symlink():
        raise UserError(f"{dest} is a symbolic link; name a plain file to save the archived body.")
    if not dest.parent.is_dir():
        raise UserError(f"The folder {dest.parent} does not exist; create it or name another file.")
    if dest.exists():
        if not force:
            raise UserError(f"{dest} exists; add --force to replace it.")
        if not dest.is_file():
            raise UserError(f"{dest} exists and is not a file; name another file.")
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), output_mode())
            handle.write(record.body)
        os.replace(tmp, dest)  # replaces a file at `dest`; never writes through a link
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


def _printable(text: str) -> str:
    """Crawled text safe for a terminal: control characters (escape sequences) and invisible ones as \\xNN / \\uXXXX."""
    return reveal_invisible(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text))


def _shown(text: str, limit: int = 120) -> str:
    text = _printable(text)
    return text if len(text) <= limit else text[:limit] + "…"

