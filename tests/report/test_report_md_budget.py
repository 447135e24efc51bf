"""The Markdown report fits a pull-request comment: --md-max-chars keeps the verdict and the
failing rules, counts the passes and cuts long finding lists, with a note saying so."""

import copy

from click.testing import CliRunner

from govaudit.cli import main
from govaudit.jsonio import write_json_atomic
from govaudit.report import write_reports
from govaudit.report.view import build_view


def _grow(results, failing: int, passing: int):
    """The fixture with `failing` more failures on empty-columns and `passing` more passes on broken-links."""
    results = copy.deepcopy(results)
    rules = {r["id"]: r for r in results["rules"]}
    fail, ok = rules["empty-columns"]["results"][0], rules["footer-identifiers"]["results"][0]
    for i in range(failing):
        r = copy.deepcopy(fail)
        r["subject"] = r["url"] = r["evidence"]["url"] = f"https://www.yunxi-demo.gov.cn/lm/{i}/"
        r["message"] = f"栏目“第 {i} 个栏目”没有任何信息"
        rules["empty-columns"]["results"].append(r)
    for i in range(passing):
        r = copy.deepcopy(ok)
        r["subject"] = r["url"] = r["evidence"]["url"] = f"https://www.yunxi-demo.gov.cn/ok/{i}.html"
        r["message"] = f"第 {i} 个页面的页脚标识齐全"
        rules["footer-identifiers"]["results"].append(r)
    return results


def _md(results, tmp_path, limit=None):
    kwargs = {} if limit is None else {"md_max_chars": limit}
    (path,) = write_reports(results, tmp_path, ["md"], **kwargs)
    return path.read_text(encoding="utf-8")


def _essentials(results):
    """What must survive any abridging: the score line, and every failing rule."""
    view = build_view(results)
    return [f"**总分：{view.score} / {view.base}", *(f"（`{r.id}`）" for r in view.finding_rules)]


def test_a_report_under_the_budget_is_untouched(results, tmp_path):
    full = _md(results, tmp_path, 10**9)
    # every pass is listed (the pass detail is what a budget cuts first)
    assert _md(results, tmp_path) == full and "已精简" not in full and "逐项明细未列出" not in full
    assert "栏目“乡镇动态”最新信息发布于 2024-06-28" in full


def test_many_passes_are_counted_and_every_finding_stays(results, tmp_path):
    big = _grow(results, failing=50, passing=3000)
    assert len(_md(big, tmp_path, 10**9)) > 60_000
    md = _md(big, tmp_path)
    assert len(md) <= 60_000 and "已精简" in md and "<details>" not in md
    assert all(e in md for e in _essentials(big))
    assert all(f"/lm/{i}/" in md for i in range(50))  # the failures are all listed
    assert "/ok/17.html" not in md and "（`footer-identifiers`）：3002 项" in md  # passes counted, not listed


def test_many_findings_are_cut_per_rule_with_a_count(results, tmp_path):
    big = _grow(results, failing=3000, passing=0)
    md = _md(big, tmp_path)
    assert len(md) <= 60_000 and all(e in md for e in _essentials(big))
    listed = sum(f"/lm/{i}/" in md for i in range(3000))
    assert 0 < listed < 3000
    shown = int(md.split("每条规则只列前 ")[1].split(" 项")[0])
    # the fixture's own two failures of the rule are listed first
    assert listed == shown - 2 and f"另有 {3002 - shown} 项未列出（篇幅所限）" in md


def test_a_tiny_budget_cuts_at_a_line_with_a_note(results, tmp_path):
    md = _md(_grow(results, failing=200, passing=0), tmp_path, 3000)
    assert len(md) <= 3000 and md.rstrip().endswith("完整内容见 report.html 或 results.json。")
    assert "# 政府网站政务公开评估报告" in md


def test_cli_option_reaches_the_markdown_report(results, tmp_path):
    write_json_atomic(tmp_path / "results.json", _grow(results, failing=400, passing=0))
    result = CliRunner().invoke(main, ["report", str(tmp_path), "--format", "md", "--md-max-chars", "20000"])
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "report.md").read_text(encoding="utf-8")) <= 20_000
    assert CliRunner().invoke(main, ["report", str(tmp_path), "--md-max-chars", "10"]).exit_code == 2
