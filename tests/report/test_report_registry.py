"""The format registry: one place lists the formats; the CLI and the pipeline derive from it."""

import copy
import json
import os

import pytest

from click.testing import CliRunner

from govaudit import pipeline
from govaudit.cli import main
from govaudit.jsonio import write_json_atomic
from govaudit.report import FORMATS, REGISTRY, RESULTS_FILE, VIEW_FORMATS, write_reports


def test_every_format_has_its_own_file_and_the_json_one_is_results_json():
    names = [f.filename for f in REGISTRY.values()]
    assert len(set(names)) == len(names)
    assert REGISTRY["json"].filename == RESULTS_FILE == "results.json"
    assert "json" not in VIEW_FORMATS and set(VIEW_FORMATS) | {"json"} == set(FORMATS)


def test_cli_help_and_choices_come_from_the_registry(tmp_path):
    for command in ("report", "audit"):
        help_text = CliRunner().invoke(main, [command, "--help"], terminal_width=1000).output
        for fmt in REGISTRY.values():
            assert fmt.name in help_text and fmt.filename in help_text
    result = CliRunner().invoke(main, ["report", str(tmp_path), "--format", "html,nope"])
    assert result.exit_code == 2 and all(name in result.output for name in FORMATS)


def test_json_format_is_results_json_byte_for_byte(results, tmp_path):
    write_json_atomic(tmp_path / "expected.json", results)
    (path,) = write_reports(results, tmp_path, ["json"])
    assert path == tmp_path / "results.json"
    assert path.read_bytes() == (tmp_path / "expected.json").read_bytes()
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 1


def test_pipeline_report_writes_every_registered_format_without_special_cases(results, tmp_path):
    write_json_atomic(tmp_path / RESULTS_FILE, results)
    before = (tmp_path / RESULTS_FILE).read_bytes()
    written = pipeline.report(tmp_path, list(FORMATS))
    assert written == [tmp_path / REGISTRY[name].filename for name in FORMATS]
    assert (tmp_path / RESULTS_FILE).read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == sorted(f.filename for f in REGISTRY.values())


def test_demo_artefacts_include_every_format_file():
    assert {f.filename for f in REGISTRY.values()} <= set(pipeline.ARTEFACTS)


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_renders_deterministically_even_for_a_site_not_audited(name, results, tmp_path):
    (first,) = write_reports(results, tmp_path / "a", [name])
    (second,) = write_reports(copy.deepcopy(results), tmp_path / "b", [name])
    assert first.read_bytes() == second.read_bytes() and first.stat().st_size > 0
    results.update(score=None, score_range=None, grade="无法评估", passed=False, rules=[],
                   verdict={"code": "not_audited", "label": "无法评估",
                            "reasons": [{"code": "start_page_not_observed", "message": "起始页面返回 403"}]})
    (path,) = write_reports(results, tmp_path / "c", [name])
    text = path.read_text(encoding=REGISTRY[name].encoding)
    assert name == "csv" or "无法评估" in text or "not_audited" in text
