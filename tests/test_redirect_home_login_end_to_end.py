"""A column link that does not show the column — redirected to the home page, to a login form, or
to a page of another site — is a column not observed, end to end on loopback (the demo site, one
column's address answering so, audited against the plain demo).

Before (probes of 91f8cd1): /zwgk/zxzj/ redirected to / read the home page as the column, so the
empty 专项资金 read as listed (empty-columns passed) and meta-tags failed on the "column"; 通知公告
behind a login form (a 302 to /login.jsp, or the form at its address) or moved to another site
vanished, and notice-column-stale passed (80 → 82)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crawl.sitekit import Route, start_site, stop_site, write_site
from tests.test_waf_end_to_end import _audit, _rule, _subject, demo, plain  # noqa: F401 (fixtures)

# dswork's SSO login page (统一身份认证平台), GitHub public code, search string "统一身份认证平台</title>".
LOGIN = ("<!DOCTYPE html><html><head><meta charset=\"UTF-8\" /><title>统一身份认证平台</title>"
         "<script type=\"text/javascript\">if(top.location != this.location){top.location = this.location;}</script>"
         "</head><body><div class=\"view\"><form method=\"post\" action=\"login.jsp\"><div class=\"title\">统一身份认证平台</div>"
         "<input type=\"text\" name=\"name\" placeholder=\"账号\"><input type=\"password\" name=\"password\" placeholder=\"密码\">"
         "<input type=\"submit\" value=\"登 录\"></form></div></body></html>").encode()


def _html(body: bytes) -> Route:
    return lambda method, n: (200, {"Content-Type": "text/html; charset=utf-8"}, body)


def _redirect(location: str) -> Route:
    return lambda method, n: (302, {"Location": location}, b"")


def test_a_column_redirected_to_the_home_page_is_not_the_home_pages_list(demo, plain, tmp_path):
    results = _audit(demo, tmp_path / "out", {"/zwgk/zxzj/": _redirect("/")})
    assert _subject(plain, "empty-columns", "/zwgk/zxzj/") == "fail"
    assert _subject(results, "empty-columns", "/zwgk/zxzj/") == "incomplete"
    assert _rule(results, "meta-tags")["status"] == "pass"  # the home page was not read as a column page
    assert _subject(results, "broken-links", "/zwgk/zxzj/") == "incomplete"
    assert results["verdict"]["not_reached"][0]["why"] == "redirect_home"


@pytest.mark.parametrize("routes", [
    {"/zwgk/tzgg/": _redirect("/login.jsp?returnUrl=/zwgk/tzgg/"), "/login.jsp": _html(LOGIN)},
    {"/zwgk/tzgg/": _html(LOGIN)},
], ids=["redirected", "in-place"])
def test_a_column_behind_a_login_form_is_not_observed(demo, plain, tmp_path, routes):
    results = _audit(demo, tmp_path / "out", routes)
    assert _subject(plain, "notice-column-stale", "/zwgk/tzgg/") == "fail"
    assert _subject(results, "notice-column-stale", "/zwgk/tzgg/") == "incomplete"
    assert results["score"] <= plain["score"]


def test_a_column_redirected_to_another_site_is_not_observed(demo, plain, tmp_path):
    other = start_site(write_site(tmp_path / "other", {"portal.html": (
        "<html><head><meta charset='utf-8'><title>某某市政务服务平台</title></head><body><p>欢迎访问</p></body></html>")}))
    try:
        away = f"http://localhost:{other.server.server_address[1]}/portal.html"
        results = _audit(demo, tmp_path / "out", {"/zwgk/tzgg/": _redirect(away)})
    finally:
        stop_site(other)
    assert _subject(results, "notice-column-stale", "/zwgk/tzgg/") == "incomplete"
    assert results["score"] <= plain["score"]
    # it was fetched, and left unread as a page of another site: not "未抓取" (probes of 2bb4c15)
    (finding,) = [f for f in _rule(results, "notice-column-stale")["results"] if f["subject"].endswith("/zwgk/tzgg/")]
    assert "重定向到其他网站" in finding["message"] and "未抓取" not in finding["message"]
