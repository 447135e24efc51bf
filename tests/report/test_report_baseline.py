"""The baseline state in every format: results.json (schema), Markdown, JUnit, SARIF
(baselineState, absent results with the fingerprint the earlier log had), CSV and HTML."""

from __future__ import annotations

import copy
import csv
import io
import json
import xml.etree.ElementTree as ET
from typing import Any

import lxml.html
import pytest

from govaudit.baseline import Baseline, compare
from govaudit.report import write_reports
from govaudit.report.sarif_report import FINGERPRINT_KEY
from govaudit.schemacheck import first_problem

from test_report_sarif import _sarif

SITE = "https://www.yunxi-demo.gov.cn"
NEW = ("empty-columns", f"{SITE}/zwgk/zdly/hbxx/")  # not in the baseline
FIXED = ("broken-links", f"{SITE}/#links")  # failed in the baseline, passes now
UNSEEN = ("normative-doc-metadata", f"{SITE}/zwgk/gfxwj/202311/t20231120_1050.html")  # not examined now


@pytest.fixture
def pair(results) -> tuple[dict[str, Any], dict[str, Any]]:
    """(baseline, current marked against it)."""
    earlier = copy.deepcopy(results)
    rules = {r["id"]: r for r in earlier["rules"]}
    rules["empty-columns"]["results"] = [r for r in rules["empty-columns"]["results"] if r["subject"] != NEW[1]]
    rules["broken-links"]["results"][0]["status"] = "fail"
    current = copy.deepcopy(results)
    metadata = next(r for r in current["rules"] if r["id"] == UNSEEN[0])
    assert any(r["subject"] == UNSEEN[1] for r in metadata["results"])
    metadata["results"] = [r for r in metadata["results"] if r["subject"] != UNSEEN[1]]
    return earlier, compare(current, Baseline("previous/results.json", earlier))


def test_results_json_carries_states_and_stays_valid(pair):
    _, marked = pair
    assert first_problem(marked, "results.schema.json") is None
    assert marked["baseline"]["counts"] == {"new": 1, "updated": 0, "unchanged": 8, "resolved": 1, "not_seen": 1}
    assert [(g["rule"], g["subject"], g["now"]) for g in marked["baseline"]["resolved"]] == [(*UNSEEN, None), (*FIXED, "pass")]


def test_markdown_marks_new_findings_and_lists_resolved(pair, tmp_path):
    _, marked = pair
    (path,) = write_reports(marked, tmp_path, ["md"])
    text = path.read_text(encoding="utf-8")
    assert "## 与基线对比" in text and "**新增 1 项**" in text and "**已解决 1 项**" in text and "本次未检查 1 项" in text
    assert text.count("〔新增〕") == 1 and text.count("〔未变〕") == 8
    new_line = next(line for line in text.splitlines() if "〔新增〕" in line)
    assert "栏目" in new_line or "hbxx" in text[text.index(new_line):][:600]
    assert "- **已解决** " in text and "- **本次未检查** " in text


def test_junit_prefixes_states_and_has_a_resolved_suite(pair, tmp_path):
    _, marked = pair
    (path,) = write_reports(marked, tmp_path, ["junit"])
    root = ET.parse(path).getroot()
    cases = {(c.get("classname"), c.get("name")): c for c in root.iter("testcase")}
    assert cases[NEW].find("failure").get("message").startswith("〔新增〕")
    suite = root.find("testsuite[@name='govaudit.baseline']")
    assert suite is not None and suite.get("tests") == "2" and suite.get("skipped") == "1"
    fixed = suite.find(f"testcase[@classname='{FIXED[0]}']")
    assert fixed.find("failure") is None and "已解决" in fixed.find("system-out").text
    assert suite.find(f"testcase[@classname='{UNSEEN[0]}']/skipped").get("message") == "本次未检查"
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in root.findall("testsuite"))


def test_sarif_baseline_state_and_absent_results_keep_the_earlier_fingerprint(pair, tmp_path):
    earlier, marked = pair
    before = {(r["ruleId"], r["properties"]["subject"]): r["partialFingerprints"][FINGERPRINT_KEY]
              for r in _sarif(earlier, tmp_path / "before")["results"]}
    run = _sarif(marked, tmp_path / "now")
    states = {(r["ruleId"], r["properties"]["subject"]): r["baselineState"] for r in run["results"]}
    assert states[NEW] == "new" and states[FIXED] == states[UNSEEN] == "absent"
    assert sorted(set(states.values())) == ["absent", "new", "unchanged"]
    absent = {(r["ruleId"], r["properties"]["subject"]): r for r in run["results"] if r["baselineState"] == "absent"}
    assert absent[FIXED]["kind"] == "pass" and absent[UNSEEN]["kind"] == "open"
    for key, result in absent.items():
        assert result["partialFingerprints"][FINGERPRINT_KEY] == before[key]  # a dashboard closes the same alert


def test_csv_has_a_baseline_column_and_resolved_rows(pair, tmp_path):
    _, marked = pair
    (path,) = write_reports(marked, tmp_path, ["csv"])
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    header, body = rows[0], rows[1:]
    column = header.index("基线对比")
    by_key = {(r[0], r[5]): r for r in body}
    assert by_key[NEW][column] == "新增"
    assert by_key[FIXED][column] == "已解决" and by_key[FIXED][4] == "通过"
    assert by_key[UNSEEN][column] == "本次未检查" and by_key[UNSEEN][4] == ""
    assert {r[column] for r in body if r[4] == "通过" and (r[0], r[5]) != FIXED} == {""}  # passes carry no state


def test_html_badges_and_resolved_table(pair, tmp_path):
    _, marked = pair
    (path,) = write_reports(marked, tmp_path, ["html"])
    doc = lxml.html.fromstring(path.read_bytes())

    def badges(state: str, within: Any = doc) -> list[str]:
        return within.xpath(f".//span[contains(concat(' ', @class, ' '), ' baseline-{state} ')]/text()")

    assert badges("new") == ["新增"] and len(badges("unchanged")) == 8
    rows = doc.xpath("//section[@class='baseline']//table[@class='resolved']/tbody/tr")
    assert [row.xpath(".//span[contains(@class, 'badge')]/text()")[0] for row in rows] == ["本次未检查", "已解决"]
    assert ".badge.baseline-new" in doc.xpath("//head/style/text()")[0]


def test_reports_without_a_baseline_show_none_of_it(results, tmp_path):
    paths = write_reports(results, tmp_path, ["md", "html", "csv", "sarif", "junit"])
    texts = {p.suffix: p.read_text(encoding="utf-8-sig") for p in paths}
    assert "与基线对比" not in texts[".md"] and "〔新增〕" not in texts[".md"] and "〔未变〕" not in texts[".md"]
    assert "baseline-" not in texts[".html"] and "baselineState" not in texts[".sarif"]
    assert "govaudit.baseline" not in texts[".xml"]
    assert json.loads(texts[".sarif"])["runs"][0]["results"]


def test_a_long_resolved_list_stays_within_the_markdown_budget(results, tmp_path):
    earlier = copy.deepcopy(results)
    links = next(r for r in earlier["rules"] if r["id"] == "broken-links")
    template = links["results"][0]
    links["results"] += [{**template, "status": "fail", "subject": f"{SITE}/old/{i}.html", "message": "链接失效：页面不存在"}
                         for i in range(3000)]
    marked = compare(results, Baseline("previous/results.json", earlier))
    assert len(marked["baseline"]["resolved"]) == 3000
    (path,) = write_reports(marked, tmp_path, ["md"], md_max_chars=20_000)
    text = path.read_text(encoding="utf-8")
    assert len(text) <= 20_000 and "## 与基线对比" in text and "项未列出（篇幅所限）" in text
    assert "## 问题清单" in text  # the failing rules are kept before the resolved list grows
