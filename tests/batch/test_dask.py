"""The same batch on Dask distributed (a real LocalCluster, threads for speed): each site a task,
workers writing the site folders, the client alone writing the database; the results equal a
local run's. Bounded: three small loopback sites, well under 30 s."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from govaudit.batch.executor import Engine
from govaudit.batch.run import run_batch, run_rescore
from govaudit.batch.site import CheckOptions
from govaudit.cli import main
from govaudit.settings import CrawlSettings
from tests.batch.conftest import Sites

pytest.importorskip("distributed")
pytestmark = pytest.mark.dask

AS_OF = date(2026, 9, 30)
SETTINGS = CrawlSettings(rate=0, render="never", max_time=60, max_pages=60)
# What differs between two crawls of the same site: when each response came and where it lies in the WARC.
_VOLATILE = {"fetched_at", "record", "crawl_started_at", "crawl_finished_at"}


def _stable(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _stable(v) for k, v in data.items() if k not in _VOLATILE}
    if isinstance(data, list):
        return [_stable(v) for v in data]
    return data


def _table(out: Path, query: str) -> list[tuple[Any, ...]]:
    return sqlite3.connect(out / "results.sqlite").execute(query).fetchall()


@pytest.fixture(scope="module")
def runs(sites: Sites, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    local, dask = tmp_path_factory.mktemp("local") / "out", tmp_path_factory.mktemp("dask") / "out"
    run_batch(sites.csv, local, SETTINGS, AS_OF, CheckOptions(AS_OF), None, Engine(workers=2))
    run_batch(sites.csv, dask, SETTINGS, AS_OF, CheckOptions(AS_OF), None, Engine(dask_workers=2, dask_processes=False))
    return local, dask


def test_dask_batch_equals_the_local_batch(runs: tuple[Path, Path]) -> None:
    local, dask = runs
    for name in ("gulou", "taijiang", "cangshan"):
        mine, theirs = (json.loads((out / "sites" / name / "results.json").read_text("utf-8")) for out in runs)
        assert _stable(mine) == _stable(theirs), name
    for query in ("SELECT name, status, stage FROM sites ORDER BY name",
                  "SELECT site, verdict_code, grade, score FROM scores ORDER BY site",
                  "SELECT site, rule_id, status, points FROM rule_results ORDER BY site, rule_id",
                  "SELECT site, fingerprint, status FROM findings ORDER BY site, fingerprint"):
        assert _table(local, query) == _table(dask, query)
    assert _table(dask, "SELECT status FROM sites WHERE name = 'dead'") == [("failed",)]


def test_dask_rescore_is_byte_identical_to_the_local_rescore(runs: tuple[Path, Path], tmp_path: Path) -> None:
    local = Path(shutil.copytree(runs[0], tmp_path / "out"))  # rescores add runs: the module's batch stays as built
    later = CheckOptions(date(2026, 12, 31))
    first = run_rescore(local, later, None, Engine(workers=2))
    second = run_rescore(local, later, None, Engine(dask_workers=2, dask_processes=False))
    assert first.done == second.done == 3
    for name in ("gulou", "taijiang", "cangshan"):
        for artefact in ("results.json", "report.html", "report.md"):
            a = (local / "runs" / str(first.run_id) / name / artefact).read_bytes()
            b = (local / "runs" / str(second.run_id) / name / artefact).read_bytes()
            assert a == b, (name, artefact)


def test_without_distributed_the_dask_options_are_a_plain_error(sites: Sites, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    result = CliRunner().invoke(main, ["batch", str(sites.csv), "--out", str(tmp_path / "out"), "--dask-workers", "2",
                                       "--rate", "0"])
    assert result.exit_code == 2 and "govaudit[dask]" in result.output and "Traceback" not in result.output


def test_an_unreachable_scheduler_is_a_plain_error(sites: Sites, tmp_path: Path) -> None:
    from govaudit.errors import UserError
    from tests.netkit import ClosedPort

    with ClosedPort() as closed, pytest.raises(UserError, match="Cannot connect to the Dask scheduler"):
        engine = Engine(scheduler=f"tcp://127.0.0.1:{closed.port}", connect_timeout=1)
        run_batch(sites.csv, tmp_path / "out", SETTINGS, AS_OF, CheckOptions(AS_OF), None, engine)
