"""write_reports: the files it writes, where, and how."""

import os
import stat

import pytest

from govaudit.report import write_reports


def test_writes_each_requested_format_and_returns_the_paths(results, tmp_path):
    out = tmp_path / "new" / "dir"
    paths = write_reports(results, out, ["md", "html"])
    assert paths == [out / "report.md", out / "report.html"]
    assert sorted(os.listdir(out)) == ["report.html", "report.md"]  # no temporary file left
    assert all(p.read_text(encoding="utf-8") for p in paths)
    assert stat.S_IMODE(paths[0].stat().st_mode) == 0o644


def test_formats_subset(results, tmp_path):
    assert write_reports(results, tmp_path, ["md"]) == [tmp_path / "report.md"]
    assert write_reports(results, tmp_path, []) == []
    assert os.listdir(tmp_path) == ["report.md"]


def test_unknown_format_is_refused_before_writing(results, tmp_path):
    with pytest.raises(ValueError, match="pdf"):
        write_reports(results, tmp_path, ["html", "pdf"])
    assert os.listdir(tmp_path) == []


def test_rewrite_replaces_the_previous_report(results, tmp_path):
    (path,) = write_reports(results, tmp_path, ["md"])
    results["score"] = 91.5
    write_reports(results, tmp_path, ["md"])
    assert "**总分：91.5 / 100" in path.read_text(encoding="utf-8")
    assert os.listdir(tmp_path) == ["report.md"]


def test_a_failed_write_keeps_the_old_report_and_no_temporary_file(results, tmp_path, monkeypatch):
    (path,) = write_reports(results, tmp_path, ["html"])
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr("govaudit.report.os.replace", broken_replace)
    results["score"] = 99
    with pytest.raises(OSError, match="disk full"):
        write_reports(results, tmp_path, ["html"])
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["report.html"]


def test_compiled_templates_kept_between_runs_render_the_same_reports(results, tmp_path, monkeypatch):
    import tempfile

    from govaudit.report import render

    def fresh(cache: str | None) -> list[str]:  # a new process's environments, with Jinja's cache folder under `cache`
        render._environment.cache_clear()
        monkeypatch.setattr(tempfile, "tempdir", cache)
        out = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
        return [p.read_text(encoding="utf-8") for p in write_reports(results, out, ["html", "md"])]

    (tmp_path / "tmp").mkdir()
    (tmp_path / "file").write_text("no folder can be made in a file")
    try:
        cold, warm = fresh(str(tmp_path / "tmp")), fresh(str(tmp_path / "tmp"))
        assert list((tmp_path / "tmp").rglob("govaudit-*.cache"))  # written by the first run, read by the second
        assert cold == warm == fresh(str(tmp_path / "file"))  # no cache folder: the templates are compiled
    finally:
        render._environment.cache_clear()
        monkeypatch.undo()
