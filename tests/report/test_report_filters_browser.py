"""The HTML report's table of contents, CSS-only filters and print stylesheet in real Chromium."""

from __future__ import annotations

import re

import pytest

from browserkit import open_report

A_PASS = "栏目“乡镇动态”最新信息发布于 2024-06-28，2 天前更新"
A_FAIL = "栏目“云溪要闻”最新信息发布于 2024-05-27，已 34 天未更新（限 14 天）"
A_WARN_RULE = "#rule-stale-news-columns"  # fail rule that also has a 预警 subject


def _visible_rule_rows(page) -> list[str]:
    rows = page.locator("table.rules tbody tr")
    return [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count()) if rows.nth(i).is_visible()]


@pytest.mark.browser
def test_filters_work_offline_without_script(html_path):
    with open_report(html_path) as o:
        page = o.page
        assert page.locator("nav.toc").is_visible()
        assert page.locator("nav.toc a[href='#findings-title']").is_visible()
        all_rows = _visible_rule_rows(page)
        assert "通过" in all_rows and "不通过" in all_rows

        page.click("label[for='fs-fail']")  # 不通过
        assert set(_visible_rule_rows(page)) == {"不通过"}
        assert not page.locator("#passes").is_visible()  # passes hidden
        assert page.get_by_text(A_FAIL).is_visible()
        warn_item = page.locator(f"{A_WARN_RULE} li.result.status-warn")
        assert warn_item.count() == 1 and not warn_item.is_visible()  # only 不通过 subjects of a mixed rule
        toc_rules = page.locator(".toc-rules > li")
        shown = [toc_rules.nth(i).inner_text() for i in range(toc_rules.count()) if toc_rules.nth(i).is_visible()]
        assert shown and all(s.startswith("不通过") for s in shown)

        page.click("label[for='fs-warn']")  # 预警: the mixed rule shows its warn subject only
        assert warn_item.is_visible()
        assert not page.get_by_text(A_FAIL).is_visible()

        page.click("label[for='fs-pass']")  # 通过: the folded passes are shown, findings hidden
        assert not page.locator("#findings").is_visible()
        assert page.get_by_text(A_PASS).is_visible()

        page.click("label[for='fs-all']")
        page.click("label[for='fc-1']")  # a category: only its rules
        category = page.locator("label[for='fc-1']").inner_text()
        rows = page.locator("table.rules tbody tr")
        cats = {rows.nth(i).locator("td").nth(2).inner_text() for i in range(rows.count()) if rows.nth(i).is_visible()}
        assert cats == {category}
        page.click("label[for='fc-all']")
        assert len(_visible_rule_rows(page)) == len(all_rows)

        # Every table-of-contents link leads to an element of the page.
        for href in page.locator("nav.toc a").evaluate_all("links => links.map(a => a.getAttribute('href'))"):
            assert page.locator(f"[id='{href[1:]}']").count() == 1, href
    assert o.requests == [html_path.resolve().as_uri()]
    assert o.errors == [] and o.dialogs == [] and not [m for m in o.console if m.startswith("error")]


@pytest.mark.browser
def test_print_shows_contents_and_findings_and_keeps_passes_folded(html_path):
    with open_report(html_path) as o:
        page = o.page
        page.click("details.passes > summary")  # even opened on screen, passes print folded
        page.emulate_media(media="print")
        assert page.locator("nav.toc").is_visible()
        assert not page.locator(".filters").is_visible()
        assert page.get_by_text(A_FAIL).is_visible()
        assert page.locator("#findings .evidence").first.is_visible()
        assert not page.get_by_text(A_PASS).is_visible()
        pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000


def test_report_has_no_script_and_a_strict_policy(html_doc):
    csp = html_doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "script-src" not in csp and re.search(r"default-src 'none'", csp)
    assert "'self'" not in csp  # no screenshots: images only as data:
    assert html_doc.xpath("//script") == []
