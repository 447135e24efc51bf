"""Home pages that are not plain pages, end to end: a frameset home or an iframe wrapper
(model/homeframes.py) and a splash page at the site's address (crawl/splash.py) are audited as the page a visitor sees, with
the findings and grade of the plainly served demo site. Before, a frameset home failed
footer-identifiers (its footer is in the bottom frame) and meta-tags (its main frame read as a
column page), and a splash was audited as the home page (footer-identifiers and meta-tags failed
it): 合格 73 instead of 80.

Frameset markup: GitHub public code zengxianghui93/wlp `wlp/WebRoot/WEB-INF/jsp/manage/main.jsp`
(`<frameset rows="86,*,0">` top, `<frameset cols="231,*">` menu + main, bottom). Splash markup:
a JSP welcome page in GitHub public code (`<div id="enter"><a href="index"> >>进入网站</a></div>`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govaudit.crawl import SnapshotReader
from tests.test_redirect_stubs_end_to_end import _audit, _page, _verdict, plain, site_dir  # noqa: F401 (fixtures)


def _parts(root: Path) -> dict[str, str]:
    """The demo home page cut into the frames of a frameset home: head, masthead, news, entries, footer."""
    home = (root / "index.html").read_text(encoding="utf-8")
    cut = [home.index(mark) for mark in ("<body>", '<div class="header">', '<div class="main">', '<div class="home-news">',
                                          '<div class="home-entries">', '<div class="footer">', "</body>")]
    return {"head": home[:cut[0]], "top": home[cut[1]:cut[2]], "news": home[cut[3]:cut[4]],
            "entries": home[cut[4]:cut[5]], "footer": home[cut[5]:cut[6]]}


def _frame(body: str) -> str:
    return f'<html><head><meta charset="utf-8"><title>白鹭区人民政府</title></head><body>{body}</body></html>'


def _frameset(root: Path, bottom: bool = True) -> dict:
    p = _parts(root)
    routes = {"/": _page(p["head"] + '<frameset rows="86,*,80" framespacing="0" border="0" frameborder="no">'
                         '<frame name="top" scrolling="no" src="/manage/topTo.html"><frameset cols="231,*">'
                         '<frame name="menu" src="/manage/leftMenu.html" scrolling="auto"/>'
                         '<frame name="main" src="/manage/homePage.html" scrolling="auto"/></frameset>'
                         '<frame name="bottom" scrolling="no" src="/manage/bottom.html"/>'
                         '<noframes><body><p>此网页使用了框架，但您的浏览器不支持框架。</p></body></noframes></frameset></html>'),
              "/manage/topTo.html": _page(_frame(p["top"])), "/manage/leftMenu.html": _page(_frame(p["entries"])),
              "/manage/homePage.html": _page(_frame(p["news"]))}
    routes["/manage/bottom.html"] = _page(_frame(p["footer"])) if bottom else (lambda m, n: (404, {}, b"not found"))
    return routes


def test_a_frameset_home_page_is_audited_as_the_page_its_frames_show(site_dir, tmp_path, plain):
    results, url = _audit(site_dir, tmp_path / "out", _frameset(site_dir))
    assert _verdict(results) == plain
    site = json.loads((tmp_path / "out" / "site.json").read_text(encoding="utf-8"))
    assert site["footer"]["evidence"]["url"] == url + "manage/bottom.html" and site["footer"]["site_id_code"] == "3399000001"
    assert sorted(site["home_frames"]) == [url + f"manage/{f}.html" for f in ("bottom", "homePage", "leftMenu", "topTo")]
    assert not any(c["url"].startswith(url + "manage/") for c in site["columns"])  # the news frame is no column


def test_a_wrapper_home_page_is_audited_as_the_page_its_iframe_shows(site_dir, tmp_path, plain):
    # Two links beside the iframe make it no redirect stub (clientredirect): before, the wrapper was
    # the home page (footer-identifiers and meta-tags failed, 74 instead of 80).
    head = _parts(site_dir)["head"]
    wrapper = head + ('<body style="margin:0"><div class="top"><a href="/wza/">无障碍</a> <a href="/m/">手机版</a></div>'
                      '<iframe src="/index_main.html" width="100%" height="100%" frameborder="0" scrolling="auto"></iframe></body></html>')
    routes = {"/": _page(wrapper), "/index_main.html": _page((site_dir / "index.html").read_bytes()),
              "/wza/": _page(_frame("无障碍浏览")), "/m/": _page(_frame("手机版"))}
    results, url = _audit(site_dir, tmp_path / "out", routes)
    assert _verdict(results) == plain
    site = json.loads((tmp_path / "out" / "site.json").read_text(encoding="utf-8"))
    assert site["home_frames"] == [url + "index_main.html"]


def test_a_frame_not_fetched_leaves_the_home_footer_unobserved_not_failed(site_dir, tmp_path):
    results, url = _audit(site_dir, tmp_path / "out", _frameset(site_dir, bottom=False))
    footer = next(r for r in results["rules"] if r["id"] == "footer-identifiers")
    home = {f["subject"]: f["status"] for f in footer["results"] if f["subject"].count(":") == 1}
    assert set(home.values()) == {"incomplete"}  # the bottom frame would show them: not seen, not missing


@pytest.mark.parametrize("how", ["root", "after302"])
def test_a_splash_page_is_entered_and_the_portal_audited(site_dir, tmp_path, plain, how):
    home = (site_dir / "index.html").read_bytes()
    splash = _page('<!DOCTYPE HTML><html><head><meta charset="utf-8"><title>白鹭区人民政府欢迎您</title></head><body>'
                   '<div id="welcome"><img src="/images/red.png" alt="白鹭区"><p>欢迎访问白鹭区人民政府门户网站</p>'
                   '<div id="enter"><a href="/portal.html"> >>进入网站</a></div>'
                   '<p><a href="/portal.html">简体中文</a> | <a href="/wzdt/">网站地图</a></p></div></body></html>')
    routes = {"/": splash, "/portal.html": _page(home)} if how == "root" else \
        {"/": lambda m, n: (302, {"Location": "/index.shtml"}, b""), "/index.shtml": splash, "/portal.html": _page(home)}
    results, url = _audit(site_dir, tmp_path / "out", routes)
    assert _verdict(results) == plain
    with SnapshotReader(tmp_path / "out") as reader:
        start = reader.get(url)
        assert start.final_url == url + "portal.html" and reader.body(start) == home
    assert results["verdict"]["start_page"]["final_url"] == url + "portal.html"  # the splash entered, on record
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "（起始地址进入 [" in report and "portal.html)，作为首页评估）" in report
