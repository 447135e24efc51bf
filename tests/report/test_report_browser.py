"""Open the HTML report in a real Chromium: readable, interactive without script, offline."""

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
FIRST_FINDING = "栏目“云溪要闻”最新信息发布于 2024-05-27，已 34 天未更新（限 14 天）"
A_PASS = "栏目“乡镇动态”最新信息发布于 2024-06-28，2 天前更新"


@pytest.mark.browser
def test_report_in_chromium(html_path, tmp_path):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests")
    from playwright.sync_api import sync_playwright

    url = html_path.resolve().as_uri()
    requests: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.on("request", lambda request: requests.append(request.url))
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(url)

            body = page.inner_text("body")
            assert page.inner_text(".score-value") == "0"
            assert "总分" in body and "不合格" in body
            assert "单项否决" in body and "stale-news-columns" in body

            first = page.locator("article.finding li.result").first
            assert first.is_visible()
            assert FIRST_FINDING in first.inner_text()

            passed = page.get_by_text(A_PASS)
            assert not passed.is_visible()
            screenshot = tmp_path / "report.png"
            page.screenshot(path=str(screenshot), full_page=True)
            page.click("details.passes > summary")
            assert passed.is_visible()
            assert page.locator("details.passes").get_attribute("open") is not None
        finally:
            browser.close()

    assert errors == []
    assert requests == [url]
    assert screenshot.stat().st_size > 10_000
    print(f"screenshot: {screenshot}")
