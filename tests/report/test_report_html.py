"""The HTML report: what it shows, and that hostile crawled text stays inert and offline."""

import re

from conftest import failing_results

from govaudit.report import write_reports
from govaudit.report.escape import safe_href


def _text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def test_score_grade_veto_and_coverage_are_shown_together(html_doc):
    (verdict,) = html_doc.find_class("verdict")
    assert _text(verdict.find_class("score-value")[0]) == "0"
    assert _text(verdict.find_class("score-base")[0]) == "/ 100"
    assert _text(verdict.find_class("grade")[0]) == "✗ 不合格"
    coverage = _text(verdict.find_class("coverage-card")[0])
    assert "抓取页面 300 个，抓取预算已用尽" in coverage
    assert "证据不足的类别：政策解读" in coverage
    assert "证据不完整" in coverage
    (veto,) = html_doc.find_class("veto")
    assert "动态要闻类栏目超过两周未更新 stale-news-columns" in _text(veto)


def test_header_names_site_date_ruleset_tool_and_model(html_doc):
    assert html_doc.xpath("//h1")[0].text == "政府网站政务公开评估报告"
    meta = _text(html_doc.find_class("meta")[0])
    for expected in ("评估基准日2024-06-30", "gov-2019 3823730e0536", "district-portal", "official-2019", "govaudit 0.1.0"):
        assert expected in meta.replace("：", "")
    assert html_doc.xpath("//p[@class='site']/a/@href") == ["https://www.yunxi-demo.gov.cn/"]


def test_profile_title_is_shown_when_present(results, tmp_path):
    import lxml.html

    results["profile_title"] = "区县政府门户网站<b>"
    (path,) = write_reports(results, tmp_path, ["html"])
    meta = _text(lxml.html.fromstring(path.read_bytes()).find_class("meta")[0])
    assert "区县政府门户网站<b>（district-portal）" in meta


def test_deductions_table(html_doc):
    rows = [[_text(td) for td in tr.xpath("td")] for tr in html_doc.xpath("//table[@class='deductions']/tbody/tr")]
    assert rows[0] == ["存在空白栏目 empty-columns", "−4", "2", "10"]
    assert len(rows) == 4


def test_rule_table_lists_every_rule_with_badge_level_and_summary(html_doc, results):
    rows = html_doc.xpath("//table[@class='rules']/tbody/tr")
    assert len(rows) == len(results["rules"])
    cells = [_text(td) for td in rows[0].xpath("td")]
    assert cells == ["不通过", "单项否决", "栏目维护", "动态要闻类栏目超过两周未更新stale-news-columns", "检查 3 个动态要闻类栏目：1 个超期，1 个即将超期"]
    badges = [_text(tr.xpath("td[1]")[0]) for tr in rows]
    assert set(badges) == {"通过", "不通过", "不适用", "证据不足", "出错"}
    assert _text(rows[1].xpath("td[4]")[0]).startswith("通知公告、政策文件类栏目按时更新")  # passed: plain title
    assert [_text(tr.xpath("td[2]")[0]) for tr in rows[-2:]] == ["提示", "加分"]


def test_findings_show_each_failing_subject_with_its_evidence_link(html_doc, results):
    items = html_doc.xpath("//article[contains(@class,'finding')]//li[contains(@class,'result')]")
    by_subject = {_text(li.find_class("subject")[0]): li for li in items}
    expected = failing_results(results)
    assert len(items) == len(expected) == 10
    for result in expected:
        li = by_subject[result["subject"]]
        assert result["message"] in _text(li)
        hrefs = li.xpath(".//dd[@class='evidence-url']/a/@href")
        if safe_href(result["evidence"]["url"]):
            assert hrefs == [result["evidence"]["url"]]
        else:
            assert hrefs == []
        if result["evidence"]["fetched_at"]:
            assert li.xpath(".//time/@datetime") == [result["evidence"]["fetched_at"]]
        if result["evidence"]["record"]:
            assert result["evidence"]["record"] in _text(li)


def test_findings_come_vetoing_rule_first_with_basis_and_advice(html_doc):
    articles = html_doc.xpath("//article[contains(@class,'finding')]")
    assert [a.xpath(".//code")[0].text for a in articles] == [
        "stale-news-columns",
        "empty-columns",
        "missing-annual-reports",
        "late-annual-reports",
        "normative-doc-metadata",
        "missing-interpretations",
        "unlinked-interpretations",
    ]
    for article in articles:
        assert article.xpath(".//dl[@class='rule-doc']//dt/text()") == ["依据", "整改建议"]
    first = articles[0].xpath(".//li")[0]
    assert "栏目“云溪要闻”最新信息发布于 2024-05-27" in _text(first)
    assert "2024-05-27 区政府召开第十八次常务会议" in _text(first.find_class("snippet")[0])


def test_passes_are_collapsed_in_details(html_doc):
    (details,) = html_doc.xpath("//details")
    assert details.get("open") is None
    assert _text(details.xpath("summary")[0]) == "展开 15 个通过或不适用的检查对象（10 条规则）"
    assert "栏目“乡镇动态”最新信息发布于 2024-06-28" in _text(details)
    assert "https://www.yunxi-demo.gov.cn/xwzx/xzdt/" in details.xpath(".//a/@href")


def test_chart_is_inline_svg_with_counts_in_words(html_doc):
    (svg,) = html_doc.xpath("//svg")
    rows = [_text(t) for t in svg.xpath(".//g[@class='chart-row']/text[1]")]
    assert rows[0] == "栏目维护不通过 3 · 预警 1 · 通过 5 · 不适用 1"
    assert len(rows) == 6
    assert len(svg.xpath(".//g[@class='chart-row']/rect")) == 12  # one per non-zero count


def test_hostile_text_is_escaped_and_inert(html_doc, html_path):
    assert html_doc.xpath("//script") == []
    assert html_doc.xpath("//img") == []
    assert [a for el in html_doc.iter() for a in el.attrib if a.lower().startswith("on")] == []
    text = html_doc.text_content()
    assert "栏目“<script>alert(1)</script>”自开设以来未发布任何信息" in text
    assert '<img src="https://evil.example/track.png" onerror="alert(2)">' in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_path.read_text(encoding="utf-8")


def test_only_http_links_and_in_page_anchors(html_doc):
    hrefs = html_doc.xpath("//a/@href")
    assert hrefs
    # http(s) links, and in-page anchors (rules, the table of contents's sections): nothing else
    assert all(re.match(r"https?://|#[A-Za-z][A-Za-z0-9_-]*$", h) for h in hrefs), hrefs
    assert not [h for h in hrefs if "javascript" in h.lower()]
    assert "javascript:alert(document.cookie)" in html_doc.text_content()  # shown as text
    anchors = {h[1:] for h in hrefs if h.startswith("#")}
    assert anchors <= set(html_doc.xpath("//@id"))
    attr_break = 'https://www.yunxi-demo.gov.cn/zwgk/gfxwj/202403/t20240305_1182.html?from="><script>alert(3)</script>'
    assert attr_break in hrefs  # quote stayed inside the attribute


def test_self_contained_no_external_resource(html_doc, html_path):
    assert html_doc.xpath("//*[@src]") == []
    assert html_doc.xpath("//link") == []
    assert html_doc.xpath("//iframe | //object | //embed | //base") == []
    style = "".join(html_doc.xpath("//style/text()"))
    assert "url(" not in style and "@import" not in style
    csp = html_doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and "default-src 'none'" in csp[0]


def test_passing_site_has_no_veto_and_shows_bonus(results, tmp_path):
    import lxml.html

    results.update(score=92.5, grade="合格", passed=True)
    results["scoring"].update(vetoed_by=[], bonus=4.5)
    (path,) = write_reports(results, tmp_path, ["html"])
    doc = lxml.html.fromstring(path.read_bytes())
    assert _text(doc.find_class("score-value")[0]) == "92.5"
    assert _text(doc.find_class("grade")[0]) == "✓ 合格"
    assert "含加分 4.5 分" in _text(doc.find_class("pass-mark")[0])
    assert doc.find_class("veto") == []


def test_optional_fields_may_be_absent(results, tmp_path):
    for key in ("pass_mark", "incomplete"):
        del results["scoring"][key]
    for key in ("subjects_examined", "notes"):
        del results["coverage"][key]
    results["coverage"]["budget_exhausted"] = False
    for rule in results["rules"]:
        for key in ("level", "failure_title", "basis", "description", "summary"):
            rule.pop(key, None)
        for result in rule["results"]:
            result["evidence"] = {"url": result["evidence"]["url"], "fetched_at": None}
    html_path, md_path = write_reports(results, tmp_path, ["html", "md"])
    html = html_path.read_text(encoding="utf-8")
    assert "证据不足的类别：无" in html
    assert "证据不完整" not in html
    assert "动态要闻类栏目按时更新" in html  # no failure_title: the title stands
    assert "证据不足的类别：无" in md_path.read_text(encoding="utf-8")
