"""The build reads pages on several processes (--jobs): the model is byte for byte the one a
single process builds, a damaged archive is still one plain sentence, Ctrl-C no traceback."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit import pipeline
from govaudit.cli import main
from govaudit.crawl.snapshot import SnapshotReader
from govaudit.model import readpages
from govaudit.model.pagetext import TEXT_FILE
from tests.democrawl import crawl_demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A crawl of the demo site (about 170 captures), built nowhere yet."""
    return crawl_demo(tmp_path_factory.mktemp("readpages"))


def _copy(snapshot: Path, dest: Path) -> Path:
    shutil.copytree(snapshot / "snapshot", dest / "snapshot")
    return dest


@pytest.fixture
def small_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool on a small snapshot, in uneven batches (the last one short)."""
    monkeypatch.setattr(readpages, "POOL_MIN_PAGES", 0)
    monkeypatch.setattr(readpages, "_BATCH", 7)


def _outputs(out: Path) -> tuple[bytes, bytes]:
    return (out / pipeline.SITE_FILE).read_bytes(), (out / TEXT_FILE).read_bytes()


def test_pool_builds_the_same_bytes_as_one_process(snapshot: Path, tmp_path: Path, small_pool: None):
    one = _copy(snapshot, tmp_path / "one")
    pipeline.build(one, jobs=1)
    pooled = _copy(snapshot, tmp_path / "pooled")
    seen: list[int] = []
    pipeline.build(pooled, seen.append, jobs=2)
    assert _outputs(pooled) == _outputs(one)
    assert seen == sorted(seen) and len(seen) > 2  # progress by batch, in order, to the last capture
    with SnapshotReader(pooled) as reader:
        assert seen[-1] == sum(1 for _ in reader.captures())


def test_pool_beside_other_threads_builds_the_same_bytes(snapshot: Path, tmp_path: Path, small_pool: None):
    """With another thread running (a batch run, a crawl's leftovers) workers come from a fork server."""
    one = _copy(snapshot, tmp_path / "one")
    pipeline.build(one, jobs=1)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert readpages._context().get_start_method() == "forkserver"
        pooled = _copy(snapshot, tmp_path / "pooled")
        pipeline.build(pooled, jobs=2)
    finally:
        stop.set()
        other.join()
    assert _outputs(pooled) == _outputs(one)


def test_small_snapshot_stays_on_one_process(snapshot: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool for a snapshot below POOL_MIN_PAGES")

    monkeypatch.setattr(readpages, "_context", no_pool)
    pipeline.build(_copy(snapshot, tmp_path / "out"), jobs=8)


def test_damaged_warc_read_by_a_worker_is_one_plain_sentence(snapshot: Path, tmp_path: Path, small_pool: None):
    out = _copy(snapshot, tmp_path / "out")
    with SnapshotReader(out) as reader:  # a page of the last batches, read by a worker
        pages = [c for c in reader.captures() if c.record and c.content_type == "text/html" and c.method == "GET"]
    offset = int(pages[-3].record.rpartition("#")[2])
    warc = out / "snapshot" / "crawl.warc.gz"
    data = bytearray(warc.read_bytes())
    data[offset + 40:offset + 4040] = bytes(4000)
    warc.write_bytes(bytes(data))
    result = CliRunner().invoke(main, ["build", str(out), "--jobs", "2"])
    assert result.exit_code == 2 and "the WARC file looks damaged" in result.output, result.output
    assert "Traceback" not in result.output and len(result.output) < 600


def test_jobs_option_from_the_config_file(snapshot: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    asked: list[int] = []
    monkeypatch.setattr(pipeline, "build_site_and_texts",
                        lambda out, progress, jobs: asked.append(jobs) or (_ for _ in ()).throw(SystemExit(0)))
    config = tmp_path / "govaudit.toml"
    config.write_text("jobs = 3\n", encoding="utf-8")
    CliRunner().invoke(main, ["build", str(tmp_path), "--config", str(config)])
    CliRunner().invoke(main, ["build", str(tmp_path), "--jobs", "1"])
    CliRunner().invoke(main, ["build", str(tmp_path)])
    assert asked == [3, 1, readpages.auto_jobs()]
    bad = CliRunner().invoke(main, ["build", str(tmp_path), "--jobs", "-1"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


# Run the CLI's build with the pool on a small snapshot, each page slowed down so that Ctrl-C
# comes while workers are reading; the first page read leaves a file saying the pool is running.
_SLOW_BUILD = """
import sys, time
from pathlib import Path
from govaudit.model import readpages
from govaudit.cli import main
readpages.POOL_MIN_PAGES, readpages._BATCH = 0, 4
real, started = readpages.page_facts, Path(sys.argv[2])
def slow(reader, cap, start, *frames):
    started.touch()
    time.sleep(0.2)
    return real(reader, cap, start, *frames)
readpages.page_facts = slow
sys.argv = ["govaudit", "build", sys.argv[1], "--jobs", "2"]
sys.exit(main())
"""


def test_ctrl_c_during_a_pooled_build_exits_130_without_traceback(snapshot: Path, tmp_path: Path):
    out = _copy(snapshot, tmp_path / "out")
    started = tmp_path / "started"
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_BUILD, str(out), str(started)], cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while not started.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert started.exists(), proc.communicate()
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the build and its workers
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "interrupted" in err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert not (out / pipeline.SITE_FILE).exists()
