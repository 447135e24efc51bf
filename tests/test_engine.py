"""The engine on a hand-made model: a check that raises never raises the score or passes the grade."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

from govaudit.checks import CHECKS
from govaudit.engine import evaluate
from govaudit.ruleset import load_ruleset
from govaudit.vocab import GRADES, STATUSES, VERDICT_LABELS
from tests.factories import column, site
from tests.test_coverage import audited_site


def _raising(monkeypatch, kind: str) -> None:
    def boom(*args, **kwargs):
        raise ValueError("forced")

    monkeypatch.setitem(CHECKS, kind, dataclasses.replace(CHECKS[kind], run=boom))


def _decided_site():
    """The gate's audited model with its columns listed and fresh: every veto item decided."""
    return dataclasses.replace(audited_site(), columns=[column(f"col{i}/", f"栏目{i}", "2026-09-25") for i in range(10)])


def test_a_raising_deduction_check_counts_as_its_cap_in_the_worst_case(monkeypatch):
    model = _decided_site()
    assert evaluate(model, load_ruleset(), date(2026, 9, 30))["scoring"]["undecided_vetoes"] == []
    before = evaluate(model, load_ruleset(), date(2026, 9, 30))
    _raising(monkeypatch, "link_health")
    after = evaluate(model, load_ruleset(), date(2026, 9, 30))
    caps = sum(r["cap"] for r in after["rules"] if r["status"] == "error")
    assert after["score_range"]["max"] == before["score_range"]["max"]
    assert after["score"] == before["score"] - caps
    assert {r["id"] for r in after["rules"] if r["status"] == "error"} == {"broken-links", "homepage-broken-links", "missing-attachments"}


def test_a_raising_veto_check_makes_the_grade_undetermined(monkeypatch):
    _raising(monkeypatch, "site_freshness")
    results = evaluate(_decided_site(), load_ruleset(), date(2026, 9, 30))
    assert results["grade"] == "待定" and results["passed"] is False and results["score"] == 0.0
    assert results["verdict"]["code"] == "undetermined" and "homepage-stale" in results["verdict"]["blocking"]


def test_rule_statuses_are_the_vocabulary(monkeypatch):
    results = evaluate(site(columns=[column("a/", "通知公告", "2020-01-01")]), load_ruleset(), date(2026, 9, 30))
    assert results["verdict"]["code"] in ("not_audited", "incomplete")  # no hub, no linked columns
    assert all(r["status"] in STATUSES for r in results["rules"])


def test_the_results_schema_knows_every_grade_and_status_of_the_vocabulary():
    schema = json.loads((Path(__file__).parents[1] / "govaudit" / "schemas" / "results.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["grade"]["enum"] == list(GRADES)
    assert set(schema["properties"]["verdict"]["properties"]["code"]["enum"]) == {"graded", *VERDICT_LABELS}
    assert set(schema["$defs"]["status"]["enum"]) == set(STATUSES)
