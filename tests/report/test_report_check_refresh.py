"""`govaudit check` never leaves reports of the previous results beside a new results.json."""

import json

from click.testing import CliRunner

from govaudit.cli import main
from govaudit.jsonio import write_json_atomic
from govaudit.serde import to_dict
from tests.factories import column, site


def _check(out, as_of):
    return CliRunner().invoke(main, ["check", str(out), "--as-of", as_of])


def test_check_rerenders_the_reports_already_there_and_writes_no_others(tmp_path):
    write_json_atomic(tmp_path / "site.json", to_dict(site(columns=[column("xwzx/", "新闻", "2026-06-01")])))
    (tmp_path / "report.html").write_text("<p>旧报告 OLD-SCORE</p>", encoding="utf-8")
    (tmp_path / "report.csv").write_text("OLD-SCORE", encoding="utf-8")
    result = _check(tmp_path, "2026-06-10")
    assert result.exit_code in (0, 1, 2), result.output
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "OLD-SCORE" not in html and "2026-06-10" in html and results["as_of"] == "2026-06-10"
    assert "OLD-SCORE" not in (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    assert not (tmp_path / "report.md").exists() and not (tmp_path / "report.sarif").exists()
    assert "report.html" in result.output and "report.csv" in result.output

    _check(tmp_path, "2026-07-20")  # a second check with another date: the report follows again
    assert "2026-07-20" in (tmp_path / "report.html").read_text(encoding="utf-8")



def test_check_rerenders_report_md_within_its_md_max_chars(tmp_path):
    out = tmp_path / "demo"
    assert CliRunner().invoke(main, ["demo", "--out", str(out)]).exit_code == 0
    assert len((out / "report.md").read_text(encoding="utf-8")) > 3000, "the demo's report must exceed the budget below"
    result = CliRunner().invoke(main, ["check", str(out), "--as-of", "2026-09-30", "--md-max-chars", "3000"])
    assert result.exit_code in (0, 1), result.output
    assert len((out / "report.md").read_text(encoding="utf-8")) <= 3000
