"""Findings that say where: the dead link's page and target, the interpretation's URL, stable
rule anchors, and how to open the archived record."""

import copy

import lxml.html

from govaudit.report import write_reports
from govaudit.report.escape import md_link, scope_hosts
from govaudit.report.view import build_view, rule_anchor

DEAD = "https://www.yunxi-demo.gov.cn/xxgk/old/404.html"
PAGES = [f"https://www.yunxi-demo.gov.cn/xwzx/{i}.html" for i in range(12)]
INTERPRETATION = "https://www.yunxi-demo.gov.cn/zwgk/zcjd/202405/t20240520_88.html"


def _with_findings(results):
    links = next(r for r in results["rules"] if r["id"] == "broken-links")
    links["status"] = "fail"
    links["results"].insert(0, {
        "status": "fail", "subject": DEAD, "url": DEAD, "message": "页面链接“旧栏目”不可用（HTTP 404），出现在 12 个页面。",
        "evidence": {"url": PAGES[0], "fetched_at": "2024-06-30T09:13:00+08:00", "record": "crawl.warc.gz#5120", "snippet": None},
        "data": {"target": DEAD, "status": 404, "sources": PAGES, "anchor": "旧栏目"}})
    late = next(r for r in results["rules"] if r["id"] == "late-annual-reports")
    doc = "https://www.yunxi-demo.gov.cn/zwgk/zcwj/202405/t20240501_77.html"
    late["results"].insert(0, {
        "status": "fail", "subject": doc, "url": doc, "message": "文件《某办法》发布于 2024-05-01，解读发布于 2024-05-20，相隔 12 个工作日，超过 3 个工作日。",
        "evidence": {"url": doc, "fetched_at": "2024-06-30T09:13:10+08:00", "record": "crawl.warc.gz#9000", "snippet": None},
        "data": {"interpretations": [INTERPRETATION], "lag_working_days": 12}})
    return results


def test_broken_link_names_the_pages_holding_it_and_the_dead_target_in_both_formats(results, tmp_path):
    results = _with_findings(results)
    html_path, md_path = write_reports(results, tmp_path, ["html", "md"])
    doc = lxml.html.fromstring(html_path.read_bytes())
    item = doc.xpath(f'//article[@id="{rule_anchor("broken-links")}"]//li[contains(@class,"result")]')[0]
    places = {dt.text_content(): dd for dt, dd in zip(item.xpath(".//dt"), item.xpath(".//dd"))}
    assert places["链接目标"].xpath(".//a/@href") == [DEAD]
    assert places["链接所在页面"].xpath(".//a/@href") == PAGES[:10]
    assert "另有 2 个" in places["链接所在页面"].text_content()
    md = md_path.read_text(encoding="utf-8")
    site = scope_hosts("https://www.yunxi-demo.gov.cn/")  # the audited site's URLs are links
    assert f"链接目标：{md_link(DEAD, None, site)}" in md and md_link(PAGES[9], None, site) in md
    assert md_link(PAGES[10], None, site) not in md


def test_interpretation_finding_shows_the_interpretation_url(results, tmp_path):
    results = _with_findings(results)
    (md_path,) = write_reports(results, tmp_path, ["md"])
    site = scope_hosts("https://www.yunxi-demo.gov.cn/")
    assert f"解读页面：{md_link(INTERPRETATION, None, site)}" in md_path.read_text(encoding="utf-8")


def test_rule_anchors_follow_the_rule_id_not_the_order(results):
    first = {r.id: r.anchor for r in build_view(results).rules}
    reordered = copy.deepcopy(results)
    reordered["rules"].reverse()
    assert {r.id: r.anchor for r in build_view(reordered).rules} == first
    assert first["broken-links"] == "rule-broken-links"
    assert rule_anchor('a"><x y') == "rule-a-x-y"


def test_rule_ids_that_collide_once_cleaned_keep_distinct_anchors(results):
    results["rules"][0]["id"], results["rules"][1]["id"] = "a.b", "a-b"
    anchors = [r.anchor for r in build_view(results).rules[:2]]
    assert len(set(anchors)) == 2


def test_the_report_says_how_to_open_the_archived_record(results, tmp_path):
    html_path, md_path = write_reports(_with_findings(results), tmp_path, ["html", "md"])
    doc = lxml.html.fromstring(html_path.read_bytes())
    assert "warcio extract --payload snapshot/crawl.warc.gz 5120" in doc.xpath('//code[@class="extract"]/text()')
    assert "ReplayWeb.page" in doc.get_element_by_id("archive-howto").text_content()
    md = md_path.read_text(encoding="utf-8")
    assert "`warcio extract --payload snapshot/crawl.warc.gz 5120`" in md and "ReplayWeb.page" in md


def test_a_malformed_record_gets_no_command(results):
    r = results["rules"][0]["results"][0]
    for record in ("crawl.warc.gz#12; rm -rf /", "../x.warc.gz#1", "crawl.warc.gz", None):
        r["evidence"]["record"] = record
        assert build_view(results).rules[0].findings[0].evidence.extract_command is None
