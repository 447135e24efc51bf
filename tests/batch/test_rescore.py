"""`govaudit rescore`: a new run from the stored site models, without a socket, never
overwriting an earlier run's files; `compare` then shows the trend between the runs."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from tests.batch.conftest import FAST, Sites


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "results.sqlite"}


@pytest.fixture(scope="module")
def batch_once(sites: Sites, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rescore") / "out"
    result = CliRunner().invoke(main, ["batch", str(sites.csv), "--out", str(out), *FAST])
    assert result.exit_code == 1, result.output  # the dead site
    return out


@pytest.fixture
def batch(batch_once: Path, tmp_path: Path) -> Path:
    """The batch, copied for one test: each test's runs are its own, whatever ran before it."""
    return Path(shutil.copytree(batch_once, tmp_path / "out"))


def _no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args))
        raise AssertionError("rescore opened a socket")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_rescore_adds_a_run_without_network(batch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _digest(batch)
    attempts = _no_network(monkeypatch)
    result = CliRunner().invoke(main, ["rescore", str(batch), "--as-of", "2026-12-31"])
    monkeypatch.undo()
    assert attempts == []
    assert result.exit_code == 1 and "Traceback" not in result.output  # the dead site has no model to re-check
    after = _digest(batch)
    assert {k: v for k, v in after.items() if k in before} == before  # the batch's files untouched
    assert {k.split("/")[0] for k in after if k not in before} <= {"runs"}
    db = sqlite3.connect(batch / "results.sqlite")
    runs = db.execute("SELECT id, kind, as_of, folder, source_run FROM runs ORDER BY id").fetchall()
    assert runs[-1] == (runs[-1][0], "rescore", "2026-12-31", f"runs/{runs[-1][0]}", 1)
    run_dir = batch / runs[-1][3]
    for name in ("gulou", "taijiang", "cangshan"):
        results = json.loads((run_dir / name / "results.json").read_text("utf-8"))
        assert results["as_of"] == "2026-12-31"
        assert (run_dir / name / "report.html").is_file()
        score = db.execute("SELECT score FROM scores WHERE run_id = ? AND site = ?", (runs[-1][0], name)).fetchone()[0]
        assert score == results["score"]
    dead = db.execute("SELECT status FROM sites WHERE run_id = ? AND name = 'dead'", (runs[-1][0],)).fetchone()
    assert dead == ("failed",)


def test_same_rules_and_date_reproduce_the_batch_results(batch: Path) -> None:
    result = CliRunner().invoke(main, ["rescore", str(batch), "--as-of", "2026-09-30"])
    assert result.exit_code == 1
    run_id = sqlite3.connect(batch / "results.sqlite").execute("SELECT MAX(id) FROM runs").fetchone()[0]
    for name in ("gulou", "taijiang", "cangshan"):
        assert ((batch / "runs" / str(run_id) / name / "results.json").read_bytes()
                == (batch / "sites" / name / "results.json").read_bytes())


def test_compare_shows_the_trend_of_a_later_as_of(batch: Path) -> None:
    assert CliRunner().invoke(main, ["rescore", str(batch), "--as-of", "2026-12-31"]).exit_code == 1
    db = sqlite3.connect(batch / "results.sqlite")
    later = db.execute("SELECT id FROM runs WHERE as_of = '2026-12-31'").fetchone()[0]
    result = CliRunner().invoke(main, ["compare", str(batch), "--run", str(later), "--baseline-run", "1"])
    assert result.exit_code == 0, result.output
    rows = (batch / "league.csv").read_text("utf-8-sig")
    assert "得分变化" in rows and "新增问题" in rows
    # 鼓楼区 published on 2026-09-20: up to date at the end of September, stale three months later
    from govaudit.batch.league import load_league

    rows = {r.name: r for r in load_league(batch, later, 1).rows}
    assert rows["gulou"].new_findings > 0 and rows["gulou"].resolved_findings == 0
    assert rows["gulou"].baseline_grade == "合格" and rows["gulou"].score_change < 0


def test_rescore_of_a_folder_without_a_batch_is_a_plain_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["rescore", str(tmp_path)])
    assert result.exit_code == 2 and "govaudit batch" in result.output


def test_a_leftover_run_folder_is_never_overwritten(batch: Path) -> None:
    db = sqlite3.connect(batch / "results.sqlite")
    next_id = db.execute("SELECT MAX(id) FROM runs").fetchone()[0] + 1
    db.close()
    leftover = batch / "runs" / str(next_id)
    leftover.mkdir(parents=True)
    (leftover / "keep.txt").write_text("earlier", encoding="utf-8")
    result = CliRunner().invoke(main, ["rescore", str(batch), "--as-of", "2026-10-01"])
    assert result.exit_code == 2 and "never overwritten" in result.output
    assert (leftover / "keep.txt").read_text("utf-8") == "earlier"
