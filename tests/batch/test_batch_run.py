"""`govaudit batch`: a folder per site, a row per site in results.sqlite, failures recorded and
passed over, completed sites skipped and interrupted crawls resumed on the next run."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from tests.batch.conftest import FAST, Sites
from tests.batch.loopsites import serve_site, small_site, write_csv


def _batch(csv: Path, out: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["batch", str(csv), "--out", str(out), *FAST, "--workers", "2", *extra])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def batch(sites: Sites, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    out = tmp_path_factory.mktemp("batch") / "out"
    code, output = _batch(sites.csv, out)
    return out, code, output


def test_each_site_gets_its_own_folder(batch: tuple[Path, int, str]) -> None:
    out, _, _ = batch
    for name in ("gulou", "taijiang", "cangshan"):
        folder = out / "sites" / name
        for artefact in ("snapshot", "site.json", "results.json", "report.html", "report.md"):
            assert (folder / artefact).exists(), (name, artefact)
        assert json.loads((folder / "batch-status.json").read_text("utf-8"))["status"] == "done"
    site = json.loads((out / "sites" / "taijiang" / "results.json").read_text("utf-8"))
    assert site["as_of"] == "2026-09-30"


def test_unreachable_site_is_recorded_and_the_batch_goes_on(batch: tuple[Path, int, str]) -> None:
    out, code, output = batch
    assert code == 1  # some site failed
    status = json.loads((out / "sites" / "dead" / "batch-status.json").read_text("utf-8"))
    assert status["status"] == "failed" and status["stage"] == "crawl" and "Cannot reach" in status["reason"]
    assert "dead" in output and "3 done" in output


def test_database_holds_one_row_per_site(batch: tuple[Path, int, str]) -> None:
    out, _, _ = batch
    db = sqlite3.connect(out / "results.sqlite")
    runs = db.execute("SELECT kind, as_of, profile, ruleset_hash, folder, finished IS NOT NULL FROM runs").fetchall()
    assert runs == [("batch", "2026-09-30", "official-2019", runs[0][3], "sites", 1)]
    assert runs[0][3].startswith("sha256:")
    statuses = dict(db.execute("SELECT name, status FROM sites"))
    assert statuses == {"gulou": "done", "taijiang": "done", "cangshan": "done", "dead": "failed"}
    for name in ("gulou", "taijiang", "cangshan"):
        results = json.loads((out / "sites" / name / "results.json").read_text("utf-8"))
        score, grade = db.execute("SELECT score, grade FROM scores WHERE site = ?", (name,)).fetchone()
        assert (score, grade) == (results["score"], results["grade"])
        pages, = db.execute("SELECT pages_fetched FROM coverage WHERE site = ?", (name,)).fetchone()
        assert pages == results["coverage"]["pages_fetched"] > 0
        fails = sum(r["status"] == "fail" for rule in results["rules"] for r in rule["results"])
        assert db.execute("SELECT COUNT(*) FROM findings WHERE site = ? AND status = 'fail'", (name,)).fetchone()[0] == fails
        rules = db.execute("SELECT COUNT(*) FROM rule_results WHERE site = ?", (name,)).fetchone()[0]
        assert rules == len(results["rules"])
    assert db.execute("SELECT COUNT(*) FROM scores WHERE site = 'dead'").fetchone()[0] == 0


def test_rerun_skips_completed_sites_without_a_request(batch: tuple[Path, int, str], sites: Sites) -> None:
    out, _, _ = batch
    before = {name: len(s.requests) for name, s in sites.served.items()}
    results = (out / "sites" / "gulou" / "results.json").read_bytes()
    code, output = _batch(sites.csv, out)
    assert code == 1  # the dead site is retried, and fails again
    assert {name: len(s.requests) for name, s in sites.served.items()} == before
    assert "3 skipped" in output
    assert (out / "sites" / "gulou" / "results.json").read_bytes() == results
    db = sqlite3.connect(out / "results.sqlite")
    assert db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1  # the same batch run, continued
    assert db.execute("SELECT COUNT(*) FROM sites").fetchone()[0] == 4


def test_rerun_with_another_as_of_is_refused(batch: tuple[Path, int, str], sites: Sites) -> None:
    out, _, _ = batch
    result = CliRunner().invoke(main, ["batch", str(sites.csv), "--out", str(out), "--as-of", "2026-10-31"])
    assert result.exit_code == 2 and "rescore" in result.output and "Traceback" not in result.output


def test_blocked_site_is_recorded_as_not_assessable(tmp_path: Path) -> None:
    from govaudit.batch.league import load_league

    with serve_site(small_site("晋安区"), waf=True) as served:
        write_csv(tmp_path / "sites.csv", [("jinan", served.base, "福州市", "区县", "", "")])
        code, _ = _batch(tmp_path / "sites.csv", tmp_path / "out")
    assert code == 0  # audited: the verdict is that it cannot be assessed
    db = sqlite3.connect(tmp_path / "out" / "results.sqlite")
    grade, reasons = db.execute("SELECT grade, verdict_reasons FROM scores WHERE site = 'jinan'").fetchone()
    assert grade == "无法评估" and reasons
    assert db.execute("SELECT blocked FROM coverage WHERE site = 'jinan'").fetchone()[0] >= 1
    row, = load_league(tmp_path / "out").rows
    assert row.rank is None and not row.ranked and row.reason == reasons


def test_a_foreign_folder_is_refused(sites: Sites, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    code, output = _batch(sites.csv, tmp_path)
    assert code == 2 and "not empty" in output


def test_interrupted_batch_resumes_without_refetching(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while crawling one site stops the other running crawl too; the next run resumes both."""
    from govaudit.batch import site as site_module

    real = site_module.crawl_site

    def interrupted(url, folder, settings, progress, limiter):  # type: ignore[no-untyped-def]
        if folder.name != "mawei":
            return real(url, folder, settings, progress, limiter)

        class Stop:
            def on_fetch(self, *args: object) -> None:
                if args[2] >= 4:  # fetched
                    raise KeyboardInterrupt

            def on_finish(self, summary: object) -> None:
                pass

        return real(url, folder, settings, Stop(), limiter)

    small, big = small_site("马尾区"), small_site("长乐区", docs_per_column=12)
    with serve_site(small) as served, serve_site(big, host="127.0.0.3") as served_big:
        write_csv(tmp_path / "sites.csv", [("mawei", served.base, "", "", "", ""), ("changle", served_big.base, "", "", "", "")])
        out = tmp_path / "out"
        monkeypatch.setattr(site_module, "crawl_site", interrupted)
        code, _ = _batch(tmp_path / "sites.csv", out, "--rate", "20")  # the big site takes ≈2 s
        assert code == 130
        for name in ("mawei", "changle"):
            assert json.loads((out / "sites" / name / "batch-status.json").read_text("utf-8"))["status"] == "running"
        first = [p for p in served.requests if p != "/robots.txt"]
        first_big = [p for p in served_big.requests if p != "/robots.txt"]
        assert 4 <= len(first) < len(small) and len(first_big) < len(big)
        monkeypatch.setattr(site_module, "crawl_site", real)
        code, _ = _batch(tmp_path / "sites.csv", out)
        assert code == 0
        again = [p for p in served.requests if p != "/robots.txt"]
        again_big = [p for p in served_big.requests if p != "/robots.txt"]
    # Nothing recorded is fetched again; only requests in flight when Ctrl-C came (at most
    # --concurrency of them per site) were never recorded, so they are asked for once more.
    for requests, pages in ((again, small), (again_big, big)):
        assert len(requests) - len(set(requests)) <= 2, requests
        assert set(requests) == set(pages)
    db = sqlite3.connect(out / "results.sqlite")
    assert dict(db.execute("SELECT name, status FROM sites")) == {"mawei": "done", "changle": "done"}


def test_interrupted_after_the_crawl_finishes_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C during the build: the crawl is complete, so the next run builds and checks without
    the network (the server is gone by then)."""
    from govaudit import pipeline

    real = pipeline.build

    def interrupted(folder, progress=None):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    with serve_site(small_site("闽侯县")) as served:
        write_csv(tmp_path / "sites.csv", [("minhou", served.base, "", "", "", "")])
        monkeypatch.setattr(pipeline, "build", interrupted)
        code, _ = _batch(tmp_path / "sites.csv", tmp_path / "out")
        assert code == 130
    monkeypatch.setattr(pipeline, "build", real)
    code, output = _batch(tmp_path / "sites.csv", tmp_path / "out")
    assert code == 0, output
    status = json.loads((tmp_path / "out" / "sites" / "minhou" / "batch-status.json").read_text("utf-8"))
    assert status["status"] == "done" and (tmp_path / "out" / "sites" / "minhou" / "results.json").is_file()


def test_a_site_whose_url_changed_is_not_mixed_with_the_old_crawl(tmp_path: Path) -> None:
    with serve_site(small_site("连江县")) as first, serve_site(small_site("罗源县")) as second:
        write_csv(tmp_path / "sites.csv", [("lianjiang", first.base, "", "", "", "")])
        assert _batch(tmp_path / "sites.csv", tmp_path / "out")[0] == 0
        status = tmp_path / "out" / "sites" / "lianjiang" / "batch-status.json"
        status.write_text(status.read_text("utf-8").replace('"done"', '"running"'), encoding="utf-8")
        write_csv(tmp_path / "sites.csv", [("lianjiang", second.base, "", "", "", "")])
        code, output = _batch(tmp_path / "sites.csv", tmp_path / "out")
        assert second.requests == []
    assert code == 1 and "the CSV changed this site's URL" in output
