"""A link answered a refusal or a momentary failure is not a broken link, end to end on loopback:
the demo site with five of its articles answered a bare 403, a 401, a 503, a 502 and a TCP reset
(on every retry), audited as a user would.

Before (probes of 2bb4c15): each was a broken link (「不可用（HTTP 403）」「不可用（无法访问）」),
a 0.5-point deduction apiece. A bare 403 is what WAFs and IP or User-Agent filters answer a crawler
whose browser visitors see the page (lychee #1157: top sites answering a checker 403; preCICE's
link-check PR #230: "to distinguish between these two reasons is rather difficult, if not
impossible"); a 401 asks a login (Sphinx's linkcheck counts it as working); 502/503/504 say the
server is momentarily unable (RFC 9110 §15.6.4); the national indicators judge a site unreachable
only over a week of repeated visits (站点无法访问: 每天 20 次以上, ≥5%). No verdict either way:
incomplete, saying why. A 500 (the page itself failing) and a 404 stay broken, and a 503 that a
retry clears is no finding at all. The 403 page is nginx's stock one.

Redirects to another site: an article sent to that site's home page (a site moved to a new domain
sends every old address there) was an ok link (probes of 2bb4c15), though the page linked was never
shown; it is undecided as a redirect to the site's own home is. An article redirected to a page
there that is gone stays broken."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.content_news import BROKEN_LINK_TARGET
from govaudit.demo.sitegen import generate_site
from tests.crawl.sitekit import Reset, Route, start_site, stop_site, write_site

NGINX_403 = (b"<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n"
             b"<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
ARTICLES = {  # article -> (answer, the reason the finding gives)
    "/xwzx/bmdt/202604/t20260408_1101.html": ("403", "拒绝了抓取程序的访问（HTTP 403"),
    "/xwzx/bmdt/202604/t20260415_1102.html": ("401", "要求登录（HTTP 401）"),
    "/xwzx/bmdt/202604/t20260422_1103.html": ("503", "服务器暂时无法响应（HTTP 503"),
    "/xwzx/bmdt/202604/t20260429_1104.html": ("502", "服务器暂时无法响应（HTTP 502"),
    "/xwzx/bmdt/202605/t20260507_1105.html": ("reset", "连接被重置或无法建立"),
}
FAILING = "/xwzx/bmdt/202605/t20260513_1106.html"  # answers 500 every time
FLAKY = "/xwzx/bmdt/202605/t20260520_1107.html"  # answers 503 once, then the page
MOVED_HOME = "/xwzx/bmdt/202605/t20260527_1108.html"  # redirected to another site's home page
MOVED_GONE = "/xwzx/bmdt/202606/t20260603_1109.html"  # redirected to a page of another site that is gone


def _routes(root: Path, away: str) -> dict[str, Route]:
    def status(code: int, body: bytes = b"<html><body>error</body></html>", **headers: str) -> Route:
        return lambda method, n: (code, {"Content-Type": "text/html", **headers}, body)

    def reset(method: str, n: int) -> tuple[int, dict[str, str], bytes]:
        raise Reset()

    def flaky(method: str, n: int) -> tuple[int, dict[str, str], bytes]:
        if n == 1:
            return 503, {"Content-Type": "text/html"}, b"busy"
        return 200, {"Content-Type": "text/html; charset=utf-8"}, (root / FLAKY[1:]).read_bytes()

    answers = {"403": status(403, NGINX_403), "401": status(401, WWW_Authenticate='Basic realm="oa"'),
               "503": status(503), "502": status(502), "reset": reset}
    routes = {path: answers[answer] for path, (answer, _) in ARTICLES.items()}
    def moved(to: str) -> Route:
        return lambda method, n: (302, {"Location": away + to}, b"")

    return routes | {FAILING: status(500), FLAKY: flaky, MOVED_HOME: moved(""), MOVED_GONE: moved("art/gone.html")}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("demo")
    generate_site(root)
    other = start_site(write_site(tmp_path_factory.mktemp("other"), {"index.html": (
        "<html><head><meta charset='utf-8'><title>某某区人民政府</title></head><body><h1>某某区人民政府门户网站</h1></body></html>")}))
    site = start_site(root, _routes(root, f"http://localhost:{other.server.server_address[1]}/"))
    out = tmp_path_factory.mktemp("out") / "out"
    try:
        result = CliRunner().invoke(main, ["audit", site.url, "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(),
                                           "--rate", "0", "--render", "never", "--format", "json"])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return json.loads((out / "results.json").read_text(encoding="utf-8"))
    finally:
        stop_site(site)
        stop_site(other)


def _findings(results: dict, path: str) -> list[dict]:
    rule = next(r for r in results["rules"] if r["id"] == "broken-links")
    return [f for f in rule["results"] if f["subject"].endswith(path)]


@pytest.mark.parametrize("path", list(ARTICLES))
def test_a_refusal_or_a_momentary_failure_leaves_the_link_undecided(results, path):
    (finding,) = _findings(results, path)
    assert finding["status"] == "incomplete"
    assert ARTICLES[path][1] in finding["message"] and "无法判断是否可用" in finding["message"]


def test_a_page_that_fails_or_is_gone_stays_broken_and_a_retried_one_is_fine(results):
    assert [f["status"] for f in _findings(results, FAILING)] == ["fail"]
    assert [f["status"] for f in _findings(results, BROKEN_LINK_TARGET)] == ["fail"]
    assert _findings(results, FLAKY) == []
    assert results["scoring"]["incomplete"] == ["功能设计"]  # the score is the worst case, with its range


def test_a_link_sent_to_another_sites_home_is_undecided_and_one_sent_to_a_gone_page_is_broken(results):
    (home,) = _findings(results, MOVED_HOME)
    assert home["status"] == "incomplete" and "重定向到其他网站的首页" in home["message"]
    assert [f["status"] for f in _findings(results, MOVED_GONE)] == ["fail"]
