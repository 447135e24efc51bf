"""A site regenerated in one night — every article page showing 发布时间 of the regeneration day —
keeps the verdict its real dates give, end to end on loopback (the demo with every article page's
shown date stamped 2026-09-29, its metadata blocks and list rows untouched).

Before (probes of 91f8cd1): the 2021-2023 annual reports failed annual-report-late ("published
2026-09-29", 912-1643 days late), every interpretation failed interpretation-late (478 working
days), the stale 部门动态 and 通知公告 became undecided (their lists "contradicted" by the stamp),
and 人事信息, 规划计划 read as updated on the stamp day (a stale column would pass). The documents
are now dated by their metadata block or list row (date_integrity.redated)."""

from __future__ import annotations

import re
import shutil

from tests.test_waf_end_to_end import _audit, _rule, _subject, demo, plain  # noqa: F401 (fixtures)

STAMP = "2026-09-29"


def test_a_regeneration_stamp_on_every_article_page_changes_no_verdict(demo, plain, tmp_path):
    root = tmp_path / "site"
    shutil.copytree(demo, root)
    for page in root.rglob("t*.html"):
        text = page.read_text(encoding="utf-8")
        page.write_text(re.sub(r"发布时间：20\d\d-\d\d-\d\d \d\d:\d\d", f"发布时间：{STAMP} 03:00", text), encoding="utf-8")
    results = _audit(root, tmp_path / "out")
    statuses = {r["id"]: r["status"] for r in results["rules"]}
    assert statuses.pop("date-integrity") == "warn"  # the stamp is reported as a data-quality problem
    assert statuses == {r["id"]: r["status"] for r in plain["rules"] if r["id"] != "date-integrity"}
    assert (results["grade"], results["score"]) == (plain["grade"], plain["score"])
    late = {f["subject"]: f["status"] for f in _rule(results, "annual-report-late")["results"]}
    assert late == {f["subject"]: f["status"] for f in _rule(plain, "annual-report-late")["results"]}
    assert "页面显示的发布日期同为 2026-09-29" in " ".join(f["message"] for f in _rule(results, "date-integrity")["results"])


def test_a_site_date_in_the_header_keeps_a_short_column_a_column(demo, plain, tmp_path):
    """A header showing the site's 网站更新时间 (the day the pages were generated) on every page made
    a column of two rows an article: the stale 通知公告 cut to two notices vanished
    (notice-column-stale passed, meta-tags failed on a 'document')."""
    root = tmp_path / "site"
    shutil.copytree(demo, root)
    tzgg = root / "zwgk" / "tzgg" / "index.html"
    text = tzgg.read_text(encoding="utf-8")
    rows = re.findall(r'<li><a href="\./.*?</li>', text)
    tzgg.write_text(re.sub(r'<div class="pager">.*?</div>', "", text.replace("".join(rows), "".join(rows[:2]))), encoding="utf-8")
    short = _audit(root, tmp_path / "short")
    for page in root.rglob("*.html"):
        page.write_text(page.read_text(encoding="utf-8").replace(
            '<div class="logo">白鹭区人民政府</div>', '<div class="logo">白鹭区人民政府</div><div class="today">网站更新时间：2026-09-30</div>', 1),
            encoding="utf-8")
    results = _audit(root, tmp_path / "out")
    assert {r["id"]: r["status"] for r in results["rules"]} == {r["id"]: r["status"] for r in short["rules"]}
    assert _subject(results, "notice-column-stale", "/zwgk/tzgg/") == "fail"


def test_reports_without_a_date_line_are_dated_by_their_list_not_the_header_or_their_text(demo, plain, tmp_path):
    """Annual report pages without their 发布时间 line: the first date after the title was the
    statistics period (2025年1月1日), so the late 2025 report passed; with the site's 网站更新时间 in
    every header, every report was dated 2026-09-30 and failed as late."""
    root = tmp_path / "site"
    shutil.copytree(demo, root)
    for page in (root / "zwgk" / "nb").rglob("t*.html"):
        page.write_text(re.sub(r'<div class="info">.*?</div>', "", page.read_text(encoding="utf-8")), encoding="utf-8")
    late = {f["subject"]: f["status"] for f in _rule(plain, "annual-report-late")["results"]}
    bare = _audit(root, tmp_path / "bare")
    assert {f["subject"]: f["status"] for f in _rule(bare, "annual-report-late")["results"]} == late
    for page in root.rglob("*.html"):
        page.write_text(page.read_text(encoding="utf-8").replace(
            '<div class="logo">白鹭区人民政府</div>', '<div class="logo">白鹭区人民政府</div><div class="today">网站更新时间：2026-09-30</div>', 1),
            encoding="utf-8")
    dated = _audit(root, tmp_path / "dated")
    assert {f["subject"]: f["status"] for f in _rule(dated, "annual-report-late")["results"]} == late
