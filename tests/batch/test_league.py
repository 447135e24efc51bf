"""`govaudit compare`: ranking only graded sites, coverage next to every score, trends between
runs, hostile names escaped in every format. Results are written straight into a database."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from govaudit.batch.league import load_league, write_league
from govaudit.batch.resultsdb import DB_FILE, ResultsDB
from govaudit.cli import main

HOSTILE = '<script>alert("x")</script>'


def results(score: float | None, grade: str, code: str = "graded", fails: tuple[str, ...] = (),
            incomplete: int = 0, pages: int = 50) -> dict[str, Any]:
    """A results.json shape with `fails` (subjects failing rule r1) and `incomplete` undecided rules."""
    rules = [{"id": "r1", "title": "栏目更新", "category": "发布解读", "level": "deduction",
              "status": "fail" if fails else "pass", "points": 2.0 * len(fails),
              "results": [{"status": "fail", "subject": s, "url": None, "message": f"{s} 未更新"} for s in fails]}]
    rules += [{"id": f"u{i}", "title": "待查", "category": "办事服务", "level": "deduction", "status": "incomplete",
               "points": 0.0, "results": [{"status": "incomplete", "subject": "x", "url": None, "message": "证据不足"}]}
              for i in range(incomplete)]
    return {"profile": "official-2019", "ruleset": {"name": "official-2019", "hash": "sha256:abc"},
            "verdict": {"code": code, "stop_reason": None,
                        "reasons": [] if code == "graded" else [{"message": f"{grade}：首页被拦截"}]},
            "grade": grade, "score": score,
            "score_range": {"min": score, "max": score} if score is not None else None, "passed": grade == "合格",
            "scoring": {"categories": [{"name": "发布解读", "deducted": 2.0 * len(fails), "cap": 31.0},
                                       {"name": "办事服务", "deducted": 0.0, "cap": 25.0}]},
            "rules": rules,
            "coverage": {"pages_fetched": pages, "budget_exhausted": False, "subjects_examined": 10,
                         "crawl_started_at": "2026-09-01T10:00:00+08:00", "crawl_finished_at": "2026-09-01T10:05:00+08:00"}}


def site(name: str, region: str = "福州市", level: str = "区县", organisation: str = "") -> dict[str, str]:
    return {"name": name, "url": f"http://{name}.gov.cn/", "region": region, "level": level, "organisation": organisation}


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    with ResultsDB(tmp_path / DB_FILE) as db:
        run = db.start_run("batch", {"name": "official-2019", "hash": "sha256:abc"}, "official-2019", "2026-09-30", "0.1.0", "sites")
        done = {"status": "done"}
        db.record_site(run, site("a"), done, results(90.0, "合格", fails=("c1",)), None)
        db.record_site(run, site("b", region="厦门市"), done, results(70.0, "合格", fails=("c1", "c2", "c3")), None)
        db.record_site(run, site("c", level="部门", organisation=HOSTILE), done, results(90.0, "合格"), None)
        db.record_site(run, site("pending"), done, results(95.0, "待定", code="undetermined", incomplete=2), None)
        db.record_site(run, site("blocked"), done, results(None, "无法评估", code="not_audited", pages=1), None)
        db.record_site(run, site("dead"), {"status": "failed", "stage": "crawl", "reason": "Cannot reach it."}, None, None)
        db.finish_run(run)
    return tmp_path


def _rescore(out: Path, changes: dict[str, dict[str, Any]]) -> int:
    with ResultsDB(out / DB_FILE) as db:
        run = db.start_run("rescore", {"name": "official-2019", "hash": "sha256:def"}, "official-2019", "2026-12-31",
                           "0.1.0", source_run=1)
        for name, res in changes.items():
            db.record_site(run, site(name), {"status": "done"}, res, None)
        db.finish_run(run)
    return run


def test_only_graded_sites_are_ranked_with_ties(out: Path) -> None:
    league = load_league(out)
    assert [(r.name, r.rank) for r in league.rows[:3]] == [("a", 1), ("c", 1), ("b", 3)]
    unranked = {r.name: r.grade for r in league.rows[3:]}
    assert unranked == {"blocked": "无法评估", "dead": "抓取或处理失败", "pending": "待定"}
    assert league.scores == [90.0, 90.0, 70.0]  # 待定's 95 is never a ranked score


def test_distribution_quartiles(out: Path) -> None:
    d = load_league(out).distribution()
    assert d == {"min": 70.0, "q1": 80.0, "median": 90.0, "q3": 90.0, "max": 90.0}


def test_coverage_is_next_to_every_score(out: Path) -> None:
    write_league(out)
    rows = list(csv.DictReader(io.StringIO((out / "league.csv").read_text("utf-8-sig"))))
    by_name = {r["站点"]: r for r in rows}
    assert by_name["a"]["得分"] == "90" and by_name["a"]["抓取页数"] == "50" and by_name["a"]["未决规则"] == "0"
    assert by_name["pending"]["得分"] == "待定" and by_name["pending"]["名次"] == "—"
    assert by_name["pending"]["未决规则"] == "2"
    assert by_name["blocked"]["得分"] == "无法评估" and by_name["blocked"]["抓取页数"] == "1"
    assert "首页被拦截" in by_name["blocked"]["说明"] and "未排名" in by_name["blocked"]["说明"]
    assert by_name["dead"]["说明"] == "Cannot reach it."
    assert by_name["b"]["发布解读扣分"] == "6"
    assert (out / "league.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_hostile_text_is_escaped_everywhere(out: Path) -> None:
    write_league(out)
    html = (out / "league.html").read_text("utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert len(re.findall("<script>", html)) == 1  # the filter script only
    assert "<script>" not in (out / "league.md").read_text("utf-8")
    assert "<svg" in html


def test_distribution_chart(out: Path) -> None:
    from govaudit.batch.league_render import distribution_svg

    svg = distribution_svg(load_league(out))
    assert "<title>最低 70，下四分位 80，中位数 90，上四分位 90，最高 90</title>" in svg
    bars = dict(re.findall(r"<title>(\d+)–\d+ 分：(\d+) 个站点</title>", svg))
    assert bars["70"] == "1" and bars["90"] == "2" and sum(map(int, bars.values())) == 3  # 待定's 95 not drawn
    assert "已排名 3 个站点：最低 70，下四分位 80，中位数 90" in (write_league(out), (out / "league.md").read_text("utf-8"))[1]


def test_csv_neutralises_formulas(tmp_path: Path) -> None:
    with ResultsDB(tmp_path / DB_FILE) as db:
        run = db.start_run("batch", {"name": "p", "hash": "sha256:abc"}, "p", "2026-09-30", "0.1.0", "sites")
        db.record_site(run, site("x", region="=HYPERLINK(\"http://evil\")"), {"status": "done"}, results(80.0, "合格"), None)
    write_league(tmp_path)
    assert "'=HYPERLINK" in (tmp_path / "league.csv").read_text("utf-8-sig")


def test_filters_by_region_and_level(out: Path) -> None:
    assert [r.name for r in load_league(out, region="厦门市").rows] == ["b"]
    assert {r.name for r in load_league(out, level="部门").rows} == {"c"}
    assert load_league(out, region="厦门市").filters == {"region": "厦门市"}
    html = (write_league(out, region="厦门市"), (out / "league.html").read_text("utf-8"))[1]
    assert 'data-site="b"' in html and 'data-site="a"' not in html
    assert '<option value="福州市">' in html  # every region offered in the page's own filter


def test_trends_between_runs(out: Path) -> None:
    run = _rescore(out, {"a": results(94.0, "合格"), "b": results(60.0, "合格", fails=("c2", "c4", "c5", "c6")),
                         "pending": results(80.0, "合格")})
    league = load_league(out)
    assert league.run["id"] == run and league.baseline["id"] == 1
    rows = {r.name: r for r in league.rows}
    assert (rows["a"].score_change, rows["a"].new_findings, rows["a"].resolved_findings) == (4.0, 0, 1)
    assert (rows["b"].score_change, rows["b"].new_findings, rows["b"].resolved_findings) == (-10.0, 3, 2)
    assert rows["pending"].score_change is None and rows["pending"].baseline_grade == "待定"  # no score to change from
    write_league(out)
    md = (out / "league.md").read_text("utf-8")
    assert "得分变化" in md and "对比基线" in md and "sha256&#58;def" in md and "2026-12-31" in md


def test_explicit_runs_and_bad_run_ids(out: Path) -> None:
    _rescore(out, {"a": results(94.0, "合格")})
    assert load_league(out, run_id=1).baseline is None
    assert load_league(out, run_id=2, baseline_id=1).baseline["id"] == 1
    runner = CliRunner()
    for args in (["--run", "9"], ["--baseline-run", "2"], ["--baseline-run", "7"]):
        result = runner.invoke(main, ["compare", str(out), *args])
        assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert runner.invoke(main, ["compare", str(out / "nowhere")]).exit_code == 2


def test_reproducibility_statement(out: Path) -> None:
    write_league(out)
    html = (out / "league.html").read_text("utf-8")
    for text in ("sha256:abc", "official-2019", "2026-09-30", "govaudit 0.1.0", "2026-09-01T10:00:00+08:00"):
        assert text in html


def test_the_documented_queries_run(out: Path) -> None:
    import sqlite3

    _rescore(out, {"a": results(94.0, "合格", fails=("c9",)), "b": results(60.0, "合格")})
    doc = (Path(__file__).resolve().parents[2] / "docs" / "results-db.md").read_text("utf-8")
    sql = re.search(r"```sql\n(.*?)```", doc, re.S).group(1)
    statements = [s.strip() for s in sql.split(";") if s.strip()]
    db = sqlite3.connect(out / DB_FILE)
    answers = {s.splitlines()[0]: db.execute(s).fetchall() for s in statements}
    assert len(answers) == 7
    assert answers["-- Sites that could not be ranked, and why"] == [
        ("blocked", "无法评估", None, None), ("dead", "failed", "crawl", "Cannot reach it."), ("pending", "待定", None, None)]
    assert answers["-- Score change per site between run 1 and run 2"] == [("b", 70.0, 60.0, -10.0), ("a", 90.0, 94.0, 4.0)]
    assert answers["-- New findings of run 2 (not in run 1), per site"] == [("a", "r1", "c9", "c9 未更新")]


def test_a_database_of_another_shape_is_a_plain_error(tmp_path: Path) -> None:
    import sqlite3

    db = sqlite3.connect(tmp_path / DB_FILE)
    db.execute("CREATE TABLE scores (run_id INTEGER, site TEXT)")
    db.commit()
    db.close()
    result = CliRunner().invoke(main, ["compare", str(tmp_path)])
    assert result.exit_code == 2 and "not a results database" in result.output and "Traceback" not in result.output
    (tmp_path / DB_FILE).write_bytes(b"not sqlite at all" * 100)
    result = CliRunner().invoke(main, ["compare", str(tmp_path)])
    assert result.exit_code == 2 and "not a results database" in result.output
