"""What an evaluator hands over (issue 10 item 4), on an audited sample site:
`govaudit evidence` (the archived record of a finding, printed or saved) and
`--screenshots failing` (real Chromium, pages served from the archive, never the site)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from auditkit import audit_site, run_watched
from browserkit import open_report
from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.sitegen import generate_site
from govaudit.report.fingerprint import finding_fingerprint
from govaudit.report.html_report import SHORT_ID


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    site = tmp_path_factory.mktemp("site")
    generate_site(site)
    out = tmp_path_factory.mktemp("parent") / "out"
    result, base = audit_site(site, out, "--as-of", DEMO_AS_OF.isoformat())
    assert result.exit_code == 1, result.output
    return out, base


def _results(out: Path) -> dict:
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def _failing(out: Path, rule_id: str) -> dict:
    rule = next(r for r in _results(out)["rules"] if r["id"] == rule_id)
    return next(r for r in rule["results"] if r["status"] == "fail")


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_evidence_prints_the_record_headers_and_where_it_lies(audited):
    out, _ = audited
    finding = _failing(out, "news-column-stale")
    fid = finding_fingerprint("news-column-stale", finding["subject"])[:SHORT_ID]
    assert fid in (out / "report.html").read_text(encoding="utf-8")  # the id the report shows
    result = _run("evidence", str(out), fid)
    assert result.exit_code == 0, result.output
    warc, offset = finding["evidence"]["record"].split("#")
    assert f"snapshot/{warc} at byte offset {offset}" in result.output
    assert f"warcio extract --payload snapshot/{warc} {offset}" in result.output
    assert f"WARC-Target-URI: {finding['evidence']['url']}" in result.output
    assert "WARC-Type: response" in result.output
    assert re.search(r"HTTP/1\.[01] 200", result.output)
    # The same finding named by rule id and subject.
    again = _run("evidence", str(out), "news-column-stale", finding["subject"])
    assert again.exit_code == 0 and again.output == result.output


def test_evidence_saves_the_archived_body_only_where_told(audited, tmp_path):
    out, _ = audited
    finding = _failing(out, "empty-columns")
    fid = finding_fingerprint("empty-columns", finding["subject"])[:SHORT_ID]
    target = tmp_path / "saved.html"
    result = _run("evidence", str(out), fid, "--save", str(target))
    assert result.exit_code == 0, result.output
    body = target.read_bytes()
    assert b"<html" in body.lower() and "暂无".encode() in body  # the empty list's page, as archived

    again = _run("evidence", str(out), fid, "--save", str(target))  # no overwrite without --force
    assert again.exit_code == 2 and "--force" in again.output
    target.write_bytes(b"x")
    assert _run("evidence", str(out), fid, "--save", str(target), "--force").exit_code == 0
    assert target.read_bytes() == body

    folder = tmp_path / "evidence"
    folder.mkdir()
    into = _run("evidence", str(out), fid, "--save", str(folder))
    assert into.exit_code == 0, into.output
    assert [p.name for p in folder.iterdir()] == [f"{fid}.html"]

    outside = tmp_path / "outside.txt"
    outside.write_text("keep", encoding="utf-8")
    link = folder / "link.html"
    link.symlink_to(outside)
    refused = _run("evidence", str(out), fid, "--save", str(link), "--force")
    assert refused.exit_code == 2 and "symbolic link" in refused.output
    assert outside.read_text(encoding="utf-8") == "keep"


def test_evidence_names_the_problem_with_a_bad_finding(audited, tmp_path):
    out, _ = audited
    unknown = _run("evidence", str(out), "0000000000")
    assert unknown.exit_code == 2 and "No finding" in unknown.output and "Traceback" not in unknown.output
    several = _run("evidence", str(out), "normative-doc-metadata")
    fails = [r for r in next(r for r in _results(out)["rules"] if r["id"] == "normative-doc-metadata")["results"]
             if r["status"] in ("fail", "warn", "incomplete", "error")]
    if len(fails) > 1:
        assert several.exit_code == 2 and "findings match" in several.output
    # A results.json edited to point outside the snapshot is refused.
    tampered = tmp_path / "out"
    tampered.mkdir()
    (tampered / "snapshot").symlink_to(out / "snapshot")
    results = _results(out)
    finding = next(r for rule in results["rules"] for r in rule["results"] if r["evidence"].get("record"))
    for record in ("../../../etc/passwd#0", "crawl.warc.gz#99999999999"):
        finding["evidence"]["record"] = record
        (tampered / "results.json").write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
        fid = next(finding_fingerprint(rule["id"], r["subject"]) for rule in results["rules"]
                   for r in rule["results"] if r is finding)
        refused = _run("evidence", str(tampered), fid[:SHORT_ID])
        assert refused.exit_code == 2, refused.output
        assert "Traceback" not in refused.output


@pytest.mark.browser
def test_screenshots_of_failing_pages_come_from_the_archive(audited):
    out, base = audited
    before = sorted(p.name for p in out.parent.iterdir())
    result, connections = run_watched(base, lambda: _run("report", str(out), "--screenshots", "failing",
                                                         "--max-screenshots", "4"))
    assert result.exit_code == 0, result.output
    assert connections == 0  # nothing asked the site: every page came from the WARC
    assert sorted(p.name for p in out.parent.iterdir()) == before  # nothing written beside --out

    manifest = json.loads((out / "screenshots" / "manifest.json").read_text(encoding="utf-8"))
    shots = manifest["shots"]
    assert len(shots) == 4  # bounded by --max-screenshots
    for shot in shots:
        assert re.fullmatch(r"screenshots/[A-Za-z0-9_-]+/[0-9]+\.png", shot["path"])
        png = out / shot["path"]
        assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 2_000
        assert png.resolve().is_relative_to(out.resolve())
    assert any(s["highlighted"] for s in shots)
    by_rule = {s["rule"]: s for s in shots}
    assert by_rule["empty-columns"]["highlighted"]  # the 暂无信息 of the empty list

    doc = lxml.html.fromstring((out / "report.html").read_bytes())
    srcs = doc.xpath("//figure[@class='screenshot']//img/@src")
    assert sorted(srcs) == sorted(s["path"] for s in shots)
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "img-src data: 'self'" in csp and "script-src" not in csp

    with open_report(out / "report.html") as o:
        images = o.page.locator("figure.screenshot img")
        assert images.count() == 4
        for i in range(4):
            images.nth(i).scroll_into_view_if_needed()
            assert images.nth(i).evaluate("img => img.complete && img.naturalWidth") == 1280
        o.page.emulate_media(media="print")
        assert images.first.is_visible()  # figures print with their findings
    report_dir = (out / "report.html").resolve().parent.as_uri()
    assert o.requests and all(r.startswith(report_dir + "/") for r in o.requests)
    assert o.errors == [] and o.dialogs == []


def test_screenshots_without_chromium_exit_2_before_any_work(audited, monkeypatch, tmp_path):
    out, base = audited
    import govaudit.report.screenshots as screenshots

    monkeypatch.setattr(screenshots, "chromium_path", lambda configured: None)
    result = _run("report", str(out), "--screenshots", "failing")
    assert result.exit_code == 2
    assert "needs Chromium" in result.output and "Traceback" not in result.output
    fresh = tmp_path / "fresh"
    audit = _run("audit", base, "--out", str(fresh), "--screenshots", "failing")
    assert audit.exit_code == 2 and "needs Chromium" in audit.output
    assert not (fresh / "snapshot").exists()  # refused before crawling
