"""--baseline on two real audits of the sample site: a dead link fixed and an attachment removed
between them are the only resolved and new findings, whatever else the second crawl did;
--fail-on-new fails on the new one only; --quiet --summary print one line; options from
GOVAUDIT_* variables."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.server import serve
from govaudit.demo.sitegen import generate_site

DEAD_LINK = "xwzx/qyyw/202609/t20260916_9999.html"  # linked from a news article, missing (planted defect 9)
ATTACHMENT = "attach/2026/bailu-gsgg-hp-2026.pdf"  # linked from a notice, present


def test_baseline_between_two_audits(tmp_path: Path):
    site = tmp_path / "site"
    generate_site(site)
    assert not (site / DEAD_LINK).exists() and (site / ATTACHMENT).exists()
    env = {"GOVAUDIT_RATE": "0", "GOVAUDIT_CONCURRENCY": "4", "GOVAUDIT_AS_OF": DEMO_AS_OF.isoformat(),
           "GOVAUDIT_FORMAT": "json,md,sarif", "GOVAUDIT_QUIET": "1", "GOVAUDIT_SUMMARY": "1"}
    runner = CliRunner()
    with serve(site) as base:
        first = runner.invoke(main, ["audit", base, "--out", str(tmp_path / "a")], env=env)
        assert first.exit_code == 1, first.output  # the planted defects fail rules
        assert len(first.output.splitlines()) == 1 and first.output.startswith("govaudit: ")
        shutil.copy(site / "xwzx/qyyw/202609/t20260919_1026.html", site / DEAD_LINK)  # the dead link works now
        (site / ATTACHMENT).unlink()  # a new missing attachment
        second = runner.invoke(main, ["audit", base, "--out", str(tmp_path / "b"), "--baseline", str(tmp_path / "a"),
                                      "--fail-on-new"], env=env)
    assert second.exit_code == 1, second.output
    assert "new=1 updated=0" in second.output and "resolved=1 not_seen=0" in second.output
    results = json.loads((tmp_path / "b" / "results.json").read_text(encoding="utf-8"))
    new = [(rule["id"], r["subject"]) for rule in results["rules"] for r in rule["results"] if r.get("baseline") == "new"]
    assert new == [("missing-attachments", base.rstrip("/") + "/" + ATTACHMENT)]
    (gone,) = results["baseline"]["resolved"]
    assert (gone["rule"], gone["subject"], gone["state"]) == ("broken-links", base.rstrip("/") + "/" + DEAD_LINK, "resolved")
    sarif = json.loads((tmp_path / "b" / "report.sarif").read_text(encoding="utf-8"))
    assert sorted(r["baselineState"] for r in sarif["runs"][0]["results"]).count("new") == 1
    # Checked again against itself, nothing is new: --fail-on-new passes though the site still has findings.
    again = runner.invoke(main, ["check", str(tmp_path / "b"), "--baseline", str(tmp_path / "b" / "results.json"),
                                 "--fail-on-new"], env=env)
    assert again.exit_code == 0 and "new=0" in again.output
    assert runner.invoke(main, ["check", str(tmp_path / "b")], env=env).exit_code == 1
