"""The whole pipeline on the bundled sample site, served on 127.0.0.1: every planted
defect is found with the right subject and evidence, and nothing else fails."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.annual import ORGAN
from govaudit.demo.defects import PLANTED
from govaudit.demo.server import serve
from govaudit.demo.sitegen import generate_site
from govaudit.resources import bundled

SCHEMA = json.loads((Path(__file__).parents[1] / "govaudit" / "schemas" / "results.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path, str]:
    site_dir = tmp_path_factory.mktemp("site")
    out = tmp_path_factory.mktemp("out")
    generate_site(site_dir)
    with serve(site_dir) as base:
        result = CliRunner().invoke(main, ["audit", base, "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(), "--rate", "0", "--concurrency", "4"])
    assert result.exit_code == 1, result.output  # the planted defects fail rules
    return json.loads((out / "results.json").read_text(encoding="utf-8")), out, base


def _failures(results: dict) -> dict[tuple[str, str], dict]:
    return {(rule["id"], r["subject"]): r for rule in results["rules"] for r in rule["results"] if r["status"] != "pass"}


# Which rule must catch each planted defect (numbers from govaudit/demo/DEFECTS.md).
EXPECTED_RULE = {"1": "news-column-stale", "2": "notice-column-stale", "3": "empty-columns",
                 "4a": "annual-report-missing", "4b": "annual-report-late", "5": "normative-doc-validity",
                 "6": "normative-doc-metadata", "7": "interpretation-missing", "8": "interpretation-not-linked",
                 "9": "broken-links", "10": "missing-attachments"}


def _subject(defect, base: str) -> str:
    if defect.number == "4a":  # annual reports are judged per issuing organ
        return f"annual-report:{ORGAN}:{defect.subject}"
    if defect.number == "4b":
        return f"annual-report:{ORGAN}:2025"
    return base.rstrip("/") + defect.subject


def test_every_planted_defect_is_found_with_its_subject_and_evidence(audited):
    results, _, base = audited
    failures = _failures(results)
    assert set(EXPECTED_RULE) == {d.number for d in PLANTED}
    for defect in PLANTED:
        key = (EXPECTED_RULE[defect.number], _subject(defect, base))
        assert key in failures, f"defect {defect.number} ({defect.summary}) not found as {key}"
        finding = failures[key]
        assert finding["status"] == "fail"
        if defect.number == "8":
            # Evidence is the document page (where the link back is missing); the
            # interpretation that links to it is named in the finding's data.
            assert finding["evidence"]["url"] == finding["url"]
            assert finding["data"]["interpretations"] == [base.rstrip("/") + defect.evidence]
        else:
            assert finding["evidence"]["url"] == base.rstrip("/") + defect.evidence
        assert finding["evidence"]["fetched_at"] and finding["evidence"]["record"].startswith("crawl.warc.gz#")


def test_nothing_else_fails(audited):
    results, _, base = audited
    expected = {(EXPECTED_RULE[d.number], _subject(d, base)) for d in PLANTED}
    assert set(_failures(results)) == expected


def test_results_follow_the_contract_and_score(audited):
    results, out, base = audited
    jsonschema.validate(results, SCHEMA)
    assert results["site"] == base and results["as_of"] == "2026-09-30"
    assert results["ruleset"]["name"] == "official-2019"
    # 100 − (2+2+2+5+3+1+1+2+1+0.5+0.5) with the placeholder points of the bundled profile
    assert results["score"] == 80.0 and results["grade"] == "合格" and results["scoring"]["vetoed_by"] == []
    assert results["coverage"]["budget_exhausted"] is False and results["coverage"]["pages_fetched"] > 100


def test_reports_and_site_model_are_written(audited):
    results, out, base = audited
    for name in ("report.html", "report.md", "site.json", "snapshot/crawl.warc.gz", "snapshot/index.sqlite3"):
        assert (out / name).is_file(), name
    html = (out / "report.html").read_text(encoding="utf-8")
    assert base.rstrip("/") + "/zwgk/zxzj/" in html and "专项资金" in html


def _own_copy(out: Path, tmp_path: Path) -> Path:
    """The audit's folder for one test that checks it again: the module's stays as audited."""
    return Path(shutil.copytree(out, tmp_path / "out"))


def test_check_is_deterministic_and_rescoring_needs_no_network(audited, tmp_path):
    _, audited_out, _ = audited  # the server is stopped by now: check and report read files only
    out = _own_copy(audited_out, tmp_path)
    first = (out / "results.json").read_bytes()
    runner = CliRunner()
    assert runner.invoke(main, ["check", str(out), "--as-of", "2026-09-30"]).exit_code == 1
    assert (out / "results.json").read_bytes() == first
    assert runner.invoke(main, ["build", str(out)]).exit_code == 0
    assert runner.invoke(main, ["check", str(out), "--as-of", "2026-09-30"]).exit_code == 1
    assert (out / "results.json").read_bytes() == first
    # A later as-of date changes the verdicts: 区域要闻 becomes stale too.
    runner.invoke(main, ["check", str(out), "--as-of", "2026-10-20", "--rules", str(bundled("rules"))])
    later = json.loads((out / "results.json").read_text(encoding="utf-8"))
    stale = [r["subject"] for rule in later["rules"] if rule["id"] == "news-column-stale" for r in rule["results"] if r["status"] == "fail"]
    assert len(stale) == 2


def test_demo_twice_into_the_same_folder_replaces_only_its_own_output(tmp_path: Path):
    keep = tmp_path / "notes.txt"
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(main, ["demo", "--out", str(tmp_path)])
        assert result.exit_code == 0, result.output
        keep.write_text("mine", encoding="utf-8")  # the user's file beside the demo's output
    assert (tmp_path / "report.html").is_file() and keep.read_text(encoding="utf-8") == "mine"
    assert "得分 80" in result.output


def test_a_veto_makes_the_site_fail_and_the_report_names_it(audited, tmp_path):
    out = _own_copy(audited[1], tmp_path)
    # A year later every news and notice column of the sample site is stale: a 单项否决.
    assert CliRunner().invoke(main, ["check", str(out), "--as-of", "2027-09-30"]).exit_code == 1
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert (results["grade"], results["score"], results["passed"]) == ("不合格", 0.0, False)
    assert "stale-columns-veto" in results["scoring"]["vetoed_by"]
    assert CliRunner().invoke(main, ["report", str(out)]).exit_code == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "单项否决" in html and "不更新栏目数量达到单项否决" in html
