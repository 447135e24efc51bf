"""benchmarks/verdict_diff.py: every rule's verdicts of two kept accuracy runs side by side (the
comparison that showed a document reported with no interpretation under a mutation, where the
plain site's had one not linked, a difference the family scores could not show)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("verdict_diff", Path(__file__).resolve().parents[1] / "benchmarks" / "verdict_diff.py")
assert _SPEC and _SPEC.loader
verdict_diff = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(verdict_diff)


def _run(folder: Path, port: int, score: float, rules: dict[str, tuple[str, dict[str, str]]]) -> None:
    (folder / "dept-small").mkdir(parents=True)
    results = {"grade": "合格", "score": score, "rules": [
        {"id": rule, "status": status, "results": [{"subject": f"http://127.0.0.1:{port}{s}", "status": v} for s, v in subjects.items()]}
        for rule, (status, subjects) in rules.items()]}
    (folder / "dept-small" / "results.json").write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")


def test_rule_and_subject_differences_are_listed_ports_aside(tmp_path: Path) -> None:
    doc = "/xxgk/gfxwj/1049.html"
    _run(tmp_path / "a", 39005, 71.5, {"interpretation-missing": ("pass", {doc: "pass"}),
                                       "interpretation-not-linked": ("fail", {doc: "fail"}), "meta-tags": ("pass", {"/": "pass"})})
    _run(tmp_path / "b", 44701, 70.5, {"interpretation-missing": ("fail", {doc: "fail"}),
                                       "interpretation-not-linked": ("pass", {}), "meta-tags": ("pass", {"/": "pass"})})
    assert verdict_diff.diff(tmp_path / "a", tmp_path / "b") == [
        "== dept-small: 合格 71.5 -> 合格 70.5",
        "  interpretation-missing: pass -> fail", f"      [interpretation-missing] {doc}: pass -> fail",
        "  interpretation-not-linked: fail -> pass", f"      [interpretation-not-linked] {doc}: fail -> None"]
    assert verdict_diff.diff(tmp_path / "a", tmp_path / "a") == []


def test_page_kinds_moved_are_listed_even_when_no_verdict_moved(tmp_path: Path) -> None:
    """Sixty short news articles read as hubs under a mutation changed no verdict of the keys: the kinds show it."""
    rules = {"meta-tags": ("pass", {"/": "pass"})}
    _run(tmp_path / "a", 39005, 71.5, rules)
    _run(tmp_path / "b", 44701, 71.5, rules)
    for run, kinds in (("a", ["document"] * 60 + ["hub"] * 5 + ["other"]), ("b", ["hub"] * 65 + ["other"] * 2)):
        (tmp_path / run / "dept-small" / "site.json").write_text(json.dumps({"pages": [{"kind": k} for k in kinds]}), encoding="utf-8")
    assert verdict_diff.diff(tmp_path / "a", tmp_path / "b") == [
        "== dept-small: 合格 71.5 -> 合格 71.5", "  page kinds: document 60 -> 0, hub 5 -> 65"]


def test_a_run_of_moved_addresses_is_read_at_the_plain_runs_addresses(tmp_path: Path) -> None:
    """Under the `addresses` mutation every page has another address: its run's addresses.json (new -> old) puts each
    subject back where the plain run saw it, so only verdicts that moved are listed."""
    _run(tmp_path / "a", 39005, 71.5, {"news-column-stale": ("fail", {"/xwzx/gzdt/index.html": "fail"}),
                                       "broken-links": ("fail", {"/xwzx/gone.html": "fail"})})
    _run(tmp_path / "b", 44701, 71.5, {"news-column-stale": ("fail", {"/list.aspx?ClassID=12": "fail", "/list.aspx?ClassID=12&page=2": "fail"}),
                                       "broken-links": ("fail", {"/show.aspx?id=90901": "fail"})})
    moved = {"/list.aspx?ClassID=12": "/xwzx/gzdt/index.html", "/list.aspx?ClassID=12&page=2": "/xwzx/gzdt/index_1.html",
             "/show.aspx?id=90901": "/xwzx/gone.html"}
    (tmp_path / "b" / "dept-small" / "addresses.json").write_text(json.dumps(moved), encoding="utf-8")
    assert verdict_diff.diff(tmp_path / "a", tmp_path / "b") == [
        "== dept-small: 合格 71.5 -> 合格 71.5", "      [news-column-stale] /xwzx/gzdt/index_1.html: None -> fail"]
