"""govaudit.evidence and the screenshot manifest on hand-made inputs: what a hostile server's
headers or an edited manifest can do is shown as text or ignored, never followed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govaudit.errors import UserError
from govaudit.evidence import Finding, describe, find, read_record
from govaudit.report.fingerprint import finding_fingerprint
from govaudit.report.screenshots import load_manifest


def _warc(folder: Path, headers: bytes, body: bytes, name: str = "crawl.warc") -> None:
    """A one-record WARC at offset 0 in folder/snapshot/, written byte for byte: a hostile
    server's header bytes as they would arrive (warcio's writer would percent-encode them)."""
    (folder / "snapshot").mkdir(parents=True, exist_ok=True)
    http = b"HTTP/1.1 200 OK\r\n" + headers + b"\r\n" + body
    warc = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.gov.cn/a\r\n"
            b"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nWARC-Date: 2024-06-30T01:00:00Z\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: " + str(len(http)).encode()
            + b"\r\n\r\n" + http + b"\r\n\r\n")
    (folder / "snapshot" / name).write_bytes(warc)


def test_terminal_control_and_bidi_characters_in_headers_are_shown_escaped(tmp_path):
    _warc(tmp_path, b"Content-Type: text/html\r\nX-Evil: \x1b]0;owned\x07\x1b[31mred \xe2\x80\xaetxt.exe\r\n",
          b"<html>x</html>")
    record = read_record(tmp_path, "crawl.warc#0")
    finding = Finding(finding_fingerprint("r", "s"), "r", "s\x1b[1m", "fail", "m\u200b", {"url": "http://example.gov.cn/a"})
    text = "\n".join(describe(tmp_path, finding, record))
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text and "\u200b" not in text
    assert "X-Evil: \\x1b]0;owned\\x07\\x1b[31mred \\u202etxt.exe" in text
    assert "snapshot/crawl.warc at byte offset 0" in text
    assert record.body == b"<html>x</html>" and record.content_type == "text/html"


@pytest.mark.parametrize("record", ["../../x.warc#0", "/etc/passwd#0", "crawl.warc", "crawl.warc#-1",
                                    "other.warc#0", "crawl.warc#999999", "crawl.warc#7", "link.warc#0", None])
def test_records_outside_the_snapshot_or_unreadable_are_refused(tmp_path, record):
    _warc(tmp_path, b"Content-Type: text/html\r\n", b"x")
    _warc(tmp_path.parent / f"{tmp_path.name}-elsewhere", b"Content-Type: text/html\r\n", b"secret")
    (tmp_path / "snapshot" / "link.warc").symlink_to(tmp_path.parent / f"{tmp_path.name}-elsewhere" / "snapshot" / "crawl.warc")
    with pytest.raises(UserError):
        read_record(tmp_path, record)


def test_a_finding_is_named_by_its_id_prefix_or_rule_and_subject():
    results = {"rules": [{"id": "a", "results": [
        {"subject": "s1", "status": "fail", "message": "m", "evidence": {"url": "u"}},
        {"subject": "s2", "status": "pass", "message": "m", "evidence": {"url": "u"}}]}]}
    fid = finding_fingerprint("a", "s2")
    assert find(results, fid[:8]).subject == "s2"
    assert find(results, "a", "s2").subject == "s2"
    assert find(results, "a").subject == "s1"  # the rule's single problem
    with pytest.raises(UserError, match="at least 6"):
        find(results, fid[:3])
    with pytest.raises(UserError, match="No finding"):
        find(results, "a", "s3")


def test_manifest_paths_outside_screenshots_are_ignored(tmp_path):
    (tmp_path / "screenshots" / "r").mkdir(parents=True)
    (tmp_path / "screenshots" / "r" / "1.png").write_bytes(b"\x89PNG")
    outside = tmp_path.parent / "outside.png"
    outside.write_bytes(b"\x89PNG")
    (tmp_path / "screenshots" / "r" / "2.png").symlink_to(outside)
    entries = [{"fingerprint": "f", "fetched_at": None, "page": "http://x/", "path": path, "highlighted": True}
               for path in ("screenshots/r/1.png", "screenshots/r/2.png", "screenshots/../../outside.png",
                            "/etc/passwd", "javascript:alert(1)", "screenshots/r/3.png", 7)]
    (tmp_path / "screenshots" / "manifest.json").write_text(json.dumps({"shots": entries}), encoding="utf-8")
    shots = load_manifest(tmp_path)
    assert [s.path for s in shots[("f", None)]] == ["screenshots/r/1.png"]
    (tmp_path / "screenshots" / "manifest.json").write_text("{not json", encoding="utf-8")
    assert load_manifest(tmp_path) == {}
