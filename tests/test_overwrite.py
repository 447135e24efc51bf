"""Nothing overwritten that the user did not ask for (issue 14 item 4): `demo` and `audit` refuse
a non-empty folder that is not their own earlier output; a failed stage leaves the previous
stage's files as they were."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.errors import UserError
from govaudit.pipeline import RESULTS_FILE, RUN_MARKER, SITE_FILE, claim_out_dir

FIXTURE = Path(__file__).parent / "report" / "fixtures" / "results.json"


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _audit_output(folder: Path) -> Path:
    """A folder as an earlier audit left it (its marker, a snapshot, the stage files)."""
    (folder / "snapshot").mkdir(parents=True)
    (folder / "snapshot" / "crawl.warc.gz").write_bytes(b"evidence")
    shutil.copy(FIXTURE, folder / RESULTS_FILE)
    (folder / "report.html").write_text("<p>earlier audit</p>", encoding="utf-8")
    (folder / RUN_MARKER).write_text(json.dumps({"kind": "audit"}), encoding="utf-8")
    return folder


def test_demo_never_replaces_an_audit(tmp_path: Path):
    out = _audit_output(tmp_path / "o")
    before = _files(out)
    result = CliRunner().invoke(main, ["demo", "--out", str(out)])
    assert result.exit_code == 2 and "--force" in result.output and "govaudit audit" in result.output
    assert _files(out) == before


@pytest.mark.parametrize("command", [["demo"], ["audit", "http://127.0.0.1:9/"]])
def test_a_folder_of_other_files_is_refused(tmp_path: Path, command: list[str]):
    out = tmp_path / "o"
    out.mkdir()
    (out / "report.html").write_text("someone else's", encoding="utf-8")
    result = CliRunner().invoke(main, [*command, "--out", str(out)])
    assert result.exit_code == 2 and "not empty" in result.output and "Traceback" not in result.output
    assert _files(out) == {"report.html": "someone else's".encode()}


def test_claims(tmp_path: Path):
    assert claim_out_dir(tmp_path / "new", "audit") == tmp_path / "new"  # a new folder
    empty = tmp_path / "empty"
    empty.mkdir()
    claim_out_dir(empty, "demo")
    (empty / "report.md").write_text("demo", encoding="utf-8")
    (empty / "mine.txt").write_text("kept", encoding="utf-8")
    claim_out_dir(empty, "demo")  # its own earlier output: the stage files go, the user's stay
    assert sorted(_files(empty)) == sorted(["mine.txt", RUN_MARKER])
    audit = _audit_output(tmp_path / "a")
    claim_out_dir(audit, "audit")  # its own: accepted, the evidence kept (the crawl refuses to write over it)
    assert (audit / "snapshot" / "crawl.warc.gz").read_bytes() == b"evidence"
    with pytest.raises(UserError):
        claim_out_dir(audit, "demo")
    claim_out_dir(audit, "demo", force=True)  # asked for: replaced
    assert sorted(_files(audit)) == [RUN_MARKER]


def test_an_audit_over_an_earlier_one_is_refused_then_forced(tmp_path: Path):
    out = _audit_output(tmp_path / "o")
    before = _files(out)
    result = CliRunner().invoke(main, ["audit", "http://127.0.0.1:9/", "--out", str(out)])
    assert result.exit_code == 2 and "already holds a crawl snapshot" in result.output
    assert _files(out) == before
    result = CliRunner().invoke(main, ["audit", "http://127.0.0.1:9/", "--out", str(out), "--force", "--max-time", "5"])
    assert result.exit_code == 2 and "Cannot reach" in result.output  # the old files went; nothing to crawl
    assert not (out / "snapshot").exists() and not (out / "report.html").exists()


def test_failed_stages_leave_the_previous_files(tmp_path: Path):
    shutil.copy(FIXTURE, tmp_path / RESULTS_FILE)
    (tmp_path / "report.html").write_text("<p>earlier</p>", encoding="utf-8")
    (tmp_path / SITE_FILE).write_text('{"schema": "nonsense"}', encoding="utf-8")
    before = _files(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["check", str(tmp_path), "--as-of", "2026-09-30"]).exit_code == 2
    (tmp_path / RESULTS_FILE).write_text("[]", encoding="utf-8")
    before[RESULTS_FILE] = b"[]"
    assert runner.invoke(main, ["report", str(tmp_path)]).exit_code == 2
    assert _files(tmp_path) == before


BAD_AUDIT_INPUTS = {
    "rules folder": ["--rules", "{tmp}/no-such-pack"],
    "profile": ["--profile", "no-such-profile"],
    "profile outside the pack": ["--profile", "../../x"],
    "config": ["--config", "{tmp}/bad.toml"],
    "as-of": ["--as-of", "2024-13-01"],
    "format": ["--format", "pdf"],
    "include": ["--include", "("],
    "allow-host": ["--allow-host", "bad host"],
    "url": ["URL=ftp://example.gov.cn/"],
}


@pytest.mark.parametrize("name", BAD_AUDIT_INPUTS)
def test_bad_audit_inputs_write_nothing_into_out(tmp_path: Path, name: str):
    """Rules, profile, configuration, URL and options are checked before --out is created or marked."""
    (tmp_path / "bad.toml").write_text("[rules\n", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in BAD_AUDIT_INPUTS[name]]
    url = next((a.removeprefix("URL=") for a in args if a.startswith("URL=")), "http://127.0.0.1:9/")
    options = [a for a in args if not a.startswith("URL=")]
    new, empty = tmp_path / "new" / "out", tmp_path / "empty"
    empty.mkdir()
    for out in (new, empty):
        result = CliRunner().invoke(main, ["audit", url, "--out", str(out), *options])
        assert result.exit_code == 2, (name, result.output)
        assert "Traceback" not in result.output
    assert not (tmp_path / "new").exists() and list(empty.iterdir()) == []


@pytest.mark.parametrize("options", [["ftp://example.gov.cn/"], ["http://127.0.0.1:9/", "--include", "("],
                                     ["http://127.0.0.1:9/", "--render", "sometimes"]])
def test_a_crawl_with_bad_input_creates_no_folder(tmp_path: Path, options: list[str]):
    result = CliRunner().invoke(main, ["crawl", *options, "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and not (tmp_path / "out").exists(), result.output
