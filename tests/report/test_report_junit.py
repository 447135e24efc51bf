"""JUnit XML: the structure CI tools read (testsuites/testsuite/testcase, counts, failure/error/skipped)."""

import copy
import xml.etree.ElementTree as ET

import lxml.etree

from govaudit.report import write_reports


def _junit(results, tmp_path):
    (path,) = write_reports(results, tmp_path, ["junit"])
    assert path.name == "report.junit.xml"
    lxml.etree.parse(str(path))  # a strict second parser accepts it too
    return ET.parse(path).getroot()


def _cases(root):
    return {(c.get("classname"), c.get("name")): c for c in root.iter("testcase")}


def test_counts_a_case_per_rule_and_subject_and_consistent_totals(results, tmp_path):
    root = _junit(results, tmp_path)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["govaudit.verdict", *(r["id"] for r in results["rules"])]
    for rule, suite in zip(results["rules"], suites[1:]):
        assert len(suite.findall("testcase")) == max(1, len(rule["results"]))
    for element in [root, *suites]:
        cases = list(element.iter("testcase"))
        assert int(element.get("tests")) == len(cases)
        for tag, key in (("failure", "failures"), ("error", "errors"), ("skipped", "skipped")):
            assert int(element.get(key)) == sum(c.find(tag) is not None for c in cases)


def test_failures_carry_message_level_and_evidence(results, tmp_path):
    cases = _cases(_junit(results, tmp_path))
    failed = [(rule, r) for rule in results["rules"] for r in rule["results"]
              if r["status"] == "fail" and rule["level"] != "bonus" and not r.get("waiver")]
    assert failed
    for rule, r in failed:
        failure = cases[(rule["id"], r["subject"])].find("failure")
        assert failure.get("message") == r["message"] and failure.get("type") == rule["level"]
        assert r["evidence"]["url"] in failure.text and r["evidence"]["record"] in failure.text
    # the fixture is graded 不合格: the verdict case fails and names the vetoing rule
    verdict = cases[("govaudit.verdict", "评估结论")].find("failure")
    assert "不合格" in verdict.get("message") and "stale-news-columns" in verdict.text


def test_undecided_are_error_or_skipped_with_their_reason_and_passes_are_plain(results, tmp_path):
    cases = _cases(_junit(results, tmp_path))
    for rule in results["rules"]:
        for r in rule["results"]:
            case = cases[(rule["id"], r["subject"])]
            children = {c.tag for c in case}
            if r["status"] == "error":
                assert case.find("error").get("message") == r["message"]
            elif r["status"] in ("incomplete", "not_applicable"):
                assert r["message"] in case.find("skipped").get("message")
            elif r["status"] == "pass":
                assert children == set()
            elif r["status"] == "warn":
                assert children == {"system-out"} and r["message"] in case.find("system-out").text
    # a rule with no subjects is still one case, with its own status
    assert cases[("online-interviews", "online-interviews")].find("skipped") is not None


def test_waived_findings_are_skipped_not_failed(results, tmp_path):
    rule = results["rules"][3]
    finding = rule["results"][0]
    assert finding["status"] == "fail"
    finding["waiver"] = {"rule": rule["id"], "subject": finding["subject"], "reason": "栏目已撤销", "owner": "办公室",
                         "expires": "2099-01-01", "expired": False}
    case = _cases(_junit(results, tmp_path))[(rule["id"], finding["subject"])]
    assert case.find("failure") is None and "栏目已撤销" in case.find("skipped").get("message")


def test_not_audited_is_one_failing_case_saying_so(results, tmp_path):
    results = copy.deepcopy(results)
    results.update(score=None, grade="无法评估", passed=False, rules=[],
                   verdict={"code": "not_audited", "label": "无法评估",
                            "reasons": [{"code": "start_page_not_observed", "message": "起始页面返回 403，未能观察到网站内容"}]})
    root = _junit(results, tmp_path)
    (case,) = root.iter("testcase")
    failure = case.find("failure")
    assert root.get("tests") == "1" and root.get("failures") == "1"
    assert failure.get("type") == "not_audited" and "无法评估" in failure.get("message") and "403" in failure.text


def test_hostile_text_stays_well_formed(results, tmp_path):
    r = results["rules"][0]["results"][0]
    r["message"] = "a\x00b\x1b]<x>&\"'</testcase>\ud800"
    r["subject"] = "https://x.gov.cn/?q=<![CDATA[]]>"
    cases = _cases(_junit(results, tmp_path))
    failure = cases[(results["rules"][0]["id"], r["subject"])].find("failure")
    assert failure.get("message") == "a\ufffdb\ufffd]<x>&\"'</testcase>\ufffd"
