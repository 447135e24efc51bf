"""Grouped index commits (govaudit/crawl/writer.py): a slow crawl commits every URL, a fast one
commits groups of at most GROUP_MAX URLs; a failed unit is undone alone, and closing commits
what is left — so a killed crawl refetches at most a group beyond the URLs in flight."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from govaudit.crawl import writer as writer_module
from govaudit.crawl.frontier import Why
from govaudit.crawl.snapshot import INDEX_NAME
from govaudit.crawl.writer import GROUP_MAX, GROUP_PACE, SnapshotWriter

WHY = Why(None, "", "page", 1)
LATER = 1e6  # fake clocks start well after the fixture's real one


def _clock(monkeypatch, step: float) -> None:
    ticks = iter(range(10**9))
    monkeypatch.setattr(writer_module.time, "monotonic", lambda: LATER + next(ticks) * step)


def _committed(folder: Path) -> int:
    """Queued URLs another process sees (committed rows only)."""
    db = sqlite3.connect(folder / INDEX_NAME)
    try:
        return db.execute("SELECT COUNT(*) FROM frontier").fetchone()[0]
    finally:
        db.close()


def _decide(writer: SnapshotWriter, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        with writer.transaction():
            writer.queue(f"http://127.0.0.1/p{i}.html", WHY)


@pytest.fixture
def writer(tmp_path: Path):
    return SnapshotWriter.create(tmp_path, {"software": "test"}, {"start": "http://127.0.0.1/"})  # each test closes it


def test_a_slow_crawl_commits_every_url(tmp_path: Path, writer, monkeypatch):
    _clock(monkeypatch, 1.0)  # one URL a second
    for i in range(3 * GROUP_PACE):
        _decide(writer, 1, i)
        assert _committed(tmp_path) == i + 1
    writer.close()


def test_a_fast_crawl_commits_groups_bounded_in_size(tmp_path: Path, writer, monkeypatch):
    _clock(monkeypatch, 0.001)  # a URL a millisecond
    _decide(writer, 4 * GROUP_MAX)
    seen = _committed(tmp_path)
    assert 4 * GROUP_MAX - GROUP_MAX < seen < 4 * GROUP_MAX  # grouped, never more than a group behind
    writer.close()
    assert _committed(tmp_path) == 4 * GROUP_MAX  # closing commits the rest


def test_a_failed_unit_is_undone_alone(tmp_path: Path, writer, monkeypatch):
    _clock(monkeypatch, 0.001)
    _decide(writer, GROUP_PACE + 2)  # fast: the last ones are not committed yet
    with pytest.raises(RuntimeError):
        with writer.transaction():
            writer.queue("http://127.0.0.1/half.html", WHY)
            raise RuntimeError("a URL's decisions cut short")
    _decide(writer, 1, 1000)
    writer.close()
    db = sqlite3.connect(tmp_path / INDEX_NAME)
    urls = {row[0] for row in db.execute("SELECT url FROM frontier")}
    db.close()
    assert len(urls) == GROUP_PACE + 3 and "http://127.0.0.1/half.html" not in urls
