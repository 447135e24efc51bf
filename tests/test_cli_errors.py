"""Bad input gets one or two plain sentences and exit code 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.crawl.snapshot import SnapshotReader
from tests.netkit import ClosedPort


def _run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    return result


def test_non_http_scheme(tmp_path: Path):
    result = _run("audit", "ftp://example.gov.cn/", "--out", str(tmp_path / "o"))
    assert result.exit_code == 2 and "ftp://example.gov.cn/" in result.output


def test_malformed_url(tmp_path: Path):
    result = _run("crawl", "http://[::1", "--out", str(tmp_path / "o"))
    assert result.exit_code == 2


def test_unreachable_site_names_the_url(tmp_path: Path):
    with ClosedPort() as closed:
        url = f"http://127.0.0.1:{closed.port}/"
        result = _run("audit", url, "--out", str(tmp_path / "o"), "--max-time", "20")
    assert result.exit_code == 2 and url in result.output


def test_out_folder_that_is_a_file(tmp_path: Path):
    target = tmp_path / "file.txt"
    target.write_text("x")
    result = _run("audit", "http://127.0.0.1:9/", "--out", str(target))
    assert result.exit_code == 2 and "is not a folder" in result.output


def test_malformed_rules_stop_before_any_crawling(tmp_path: Path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text("id: bad\ntitle: [unclosed\n", encoding="utf-8")
    out = tmp_path / "o"
    result = _run("audit", "http://127.0.0.1:9/", "--out", str(out), "--rules", str(rules))
    assert result.exit_code == 2 and "bad.yaml:" in result.output and "malformed YAML" in result.output
    assert not (out / "snapshot").exists()


@pytest.mark.parametrize("as_of", ["2026-13-01", "yesterday"])
def test_bad_as_of(tmp_path: Path, as_of: str):
    result = _run("check", str(tmp_path), "--as-of", as_of)
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_stage_files_missing_or_corrupt(tmp_path: Path):
    result = _run("build", str(tmp_path))
    assert result.exit_code == 2
    result = _run("check", str(tmp_path), "--as-of", "2026-09-30")
    assert result.exit_code == 2 and "govaudit build" in result.output
    (tmp_path / "results.json").write_text("{not json", encoding="utf-8")
    result = _run("report", str(tmp_path))
    assert result.exit_code == 2 and "results.json is not valid JSON" in result.output


def test_corrupt_archive_index(tmp_path: Path):
    (tmp_path / "snapshot").mkdir()
    (tmp_path / "snapshot" / "index.sqlite3").write_bytes(b"this is not sqlite" * 100)
    (tmp_path / "snapshot" / "crawl.warc.gz").write_bytes(b"")
    result = _run("build", str(tmp_path))
    assert result.exit_code == 2


def test_unknown_report_format(tmp_path: Path):
    result = _run("report", str(tmp_path), "--format", "pdf")
    assert result.exit_code == 2 and "html, md, json" in result.output


def test_inspect_missing_file_or_bad_url():
    result = _run("inspect", "no-such-file.html")
    assert result.exit_code == 2 and "neither an existing file nor an http(s) URL" in result.output


def test_damaged_warc_gives_a_short_plain_message(tmp_path: Path):
    out = tmp_path / "out"
    assert _run("demo", "--out", str(out)).exit_code == 0
    warc = out / "snapshot" / "crawl.warc.gz"
    # Damage the start page's record, which every build reads: a block at a fixed place in the file
    # could land in a record the build skips (a request, an image), and gzip sizes vary run to run.
    with SnapshotReader(out) as reader:
        home = reader.get(reader.meta["start_url"])
    assert home is not None and home.record is not None
    offset = int(home.record.rpartition("#")[2])
    data = bytearray(warc.read_bytes())
    data[offset + 40:offset + 4040] = bytes(4000)  # zeroed block: warcio quotes such bytes in its error
    warc.write_bytes(bytes(data))
    result = _run("build", str(out))
    assert result.exit_code == 2 and "the WARC file looks damaged" in result.output, result.output
    assert len(result.output) < 600
