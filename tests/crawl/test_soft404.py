"""Status-200 answers that are not the page asked for: error pages, HTML for file URLs, WAF challenges."""

from __future__ import annotations

import pytest

from govaudit.crawl import SnapshotReader, crawl_site, outcomes
from govaudit.crawl.soft404 import error_page, wrong_type
from govaudit.htmlpage import parse_html
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site

NAV = "".join(f'<a href="/col/col{i}/index.html">栏目{i}的名称比较长一些</a>' for i in range(40))
FOOTER = "<div>主办单位：某某区人民政府办公室 网站标识码：1234000001 浙ICP备12345678号 联系电话：0571-12345678</div>"


def _chrome(body: str, title: str = "某某区人民政府") -> str:
    return f"<html><head><title>{title}</title></head><body><div class=nav>{NAV}</div>{body}{FOOTER}</body></html>"


@pytest.mark.parametrize("page", [
    "<html><head><title>404</title></head><body>Not Found</body></html>",
    "<html><head><title>页面不存在 - 某某区人民政府</title></head><body>...</body></html>",
    "<html><head><title>404错误页面</title></head><body><p>返回首页</p></body></html>",
    "<html><head><title>Error 404</title></head><body></body></html>",
    "<html><head><title>提示信息</title></head><body><div><img src=/404.png><p>抱歉，您访问的页面不存在或已删除！</p>"
    "<a href=/>返回首页</a></div></body></html>",
    "<html><head><title>提示</title></head><body><h1>404 Not Found</h1><hr><center>nginx</center></body></html>",
    # PowerEasy SiteWeaver's ErrMsg page for a removed class or article (status 200)
    "<html><head><title>错误信息</title></head><body><table class=border><tr class=title><td><strong>错误信息</strong></td></tr>"
    "<tr class=tdbg><td><b>产生错误的可能原因：</b><li>找不到指定的栏目！</li></td></tr>"
    "<tr><td><a href='javascript:history.go(-1)'>&lt;&lt; 返回上一页</a></td></tr></table></body></html>",
    "<html><head><title>错误信息</title></head><body><b>产生错误的可能原因：</b><li>你要找的文章不存在，或者已经被管理员删除！</li></body></html>",
    "<html><head><title>提示</title></head><body><p>对不起，该栏目不存在！</p></body></html>",
])
def test_error_pages(page: str):
    assert error_page(parse_html(page))[0] is not None


@pytest.mark.parametrize("page", [
    _chrome("<h1>国办发〔2024〕404号 关于某事的通知</h1><p>正文</p>", title="国办发〔2024〕404号"),
    _chrome("<h1>2025年网站自查报告</h1>" + "<p>本季度共检查页面3000个，发现页面不存在的错误链接2个，已整改。</p>" * 20),
    _chrome("<ul><li><a href=/a.html>关于404个项目的公示</a></li></ul>", title="通知公告"),
    _chrome("<h1>关于清理僵尸栏目的通知</h1>" + "<p>经检查，部分栏目不存在更新内容、找不到指定的负责人，现要求各单位限期整改。</p>" * 12),
])
def test_pages_that_only_mention_errors_are_pages(page: str):
    assert error_page(parse_html(page))[0] is None


def test_wrong_type_only_for_html_served_at_file_urls():
    assert wrong_type("http://h/a/b.pdf", "text/html") and wrong_type("http://h/i.PNG", "application/xhtml+xml")
    assert wrong_type("http://h/a/b.pdf", "application/pdf") is None
    assert wrong_type("http://h/a/b.html", "text/html") is None
    assert wrong_type("http://h/down.jsp?f=a.pdf", "text/html") is None  # a script, not a file path


def _html_route(body: str, status: int = 200):
    return lambda method, n: (status, {"Content-Type": "text/html; charset=utf-8"}, body.encode())


def test_soft_404s_and_wrong_types_are_broken_and_not_read_as_pages(tmp_path, serve):
    catch_all = _chrome('<div class="error"><h2>抱歉，您访问的页面不存在！</h2><a href="/">返回首页</a>'
                        '<a href="/never-linked-elsewhere.html">站点地图</a></div>')
    root = write_site(tmp_path / "site", {
        "index.html": html(("/gone1.html", "旧通知一"), ("/gone2.html", "旧通知二"), ("/gone3.html", "旧通知三"),
                           ("/titled.html", "旧文件"), ("/files/report.pdf", "年度报告"), ("/img/photo.png", "图片"),
                           ("/ok.html", "正常页面"), ("/files/real.pdf", "正常附件")),
        "ok.html": html(("/from-ok.html", "下级页面")), "from-ok.html": html(),
        "files/real.pdf": b"%PDF-1.4 real",
    })
    routes = {f"/gone{i}.html": _html_route(catch_all) for i in (1, 2, 3)}
    routes["/titled.html"] = _html_route("<html><head><title>页面不存在</title></head><body><a href='/x.html'>x</a></body></html>")
    routes["/files/report.pdf"] = _html_route(catch_all)
    routes["/img/photo.png"] = _html_route(html(title="首页"))
    site = serve(root, routes)
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, render="never"))
    with SnapshotReader(tmp_path / "out") as reader:
        caps = {c.url: c for c in reader.captures()}
    for path in ("gone1.html", "gone2.html", "gone3.html", "titled.html"):
        assert (caps[site.url + path].outcome, caps[site.url + path].status) == ("soft_404", 200), path
    assert caps[site.url + "files/report.pdf"].outcome == caps[site.url + "img/photo.png"].outcome == "wrong_type"
    assert caps[site.url + "files/real.pdf"].outcome == caps[site.url + "ok.html"].outcome == "ok"
    assert caps[site.url + "from-ok.html"].outcome == "ok"
    assert site.requested("/x.html") == 0  # an error page's links are not the site's
    assert {outcomes.SOFT_404, outcomes.WRONG_TYPE} <= set(outcomes.ALL)


CHALLENGES = [
    (200, b"<html><head><meta id='x' content='abc'><script>$_ts=window['$_ts'];if(!$_ts)$_ts={};</script>"
          b"<script src='/abc/def.js' r='m'></script></head><body></body></html>"),
    (521, b"<html><script>document.cookie=('_')+('_jsl_clearance_s=')+(1700000000)+'|0|'+'abc';"
          b"location.href=location.pathname+location.search</script></html>"),
    (200, b"<html><script>document.cookie=('__jsl_clearance=1700000000.1|0|abc');location.reload()</script></html>"),
    (503, b"<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id='cf-browser-verification'>"
          b"</div><script src='/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1'></script></body></html>"),
    (200, b"<html><head><title>Just a moment...</title></head><body><script src='/cdn-cgi/challenge-platform/x.js'>"
          b"</script></body></html>"),
    (200, "<html><body><div>安全验证中，请稍候……</div><script>setTimeout(function(){location.reload()},1000)</script>"
          "</body></html>".encode("gb18030")),
    (403, "<html><body>访问异常，请稍后再试</body></html>".encode()),
]


@pytest.mark.parametrize("status, body", CHALLENGES)
def test_waf_challenges_are_blocked(status: int, body: bytes):
    assert outcomes.classify_status(status, body) == outcomes.BLOCKED


@pytest.mark.parametrize("body", [
    # A real page of a Ruishu-protected site carries its script too: it shows content.
    ("<html><head><script>$_ts=window['$_ts'];</script></head><body>" + "<p>某某区人民政府关于印发某某实施方案的通知正文内容。</p>" * 20
     + "</body></html>").encode(),
    "<html><body>页面跳转中，请稍候……<a href='/new/'>如果没有自动跳转，请点击这里</a></body></html>".encode(),
    "<html><body><form>用户名<input>密码<input>安全验证<input><a href='/reg'>注册</a></form>".encode()
    + "<p>政务服务事项办理指南说明文字。</p>".encode() * 30,
])
def test_pages_with_waf_words_are_pages(body: bytes):
    assert outcomes.classify_status(200, body) == outcomes.OK


def test_status_200_challenge_is_blocked_in_the_crawl_and_not_a_page(tmp_path, serve):
    root = write_site(tmp_path / "site", {"index.html": html(("/zwgk/", "政务公开"), ("/ok.html", "正常"))})
    challenge = CHALLENGES[0][1] + b"<a href='/hidden.html'>x</a>"
    site = serve(root, {"/zwgk/": lambda m, n: (200, {"Content-Type": "text/html"}, challenge),
                        "/ok.html": _html_route(html())})
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, render="never"))
    with SnapshotReader(tmp_path / "out") as reader:
        caps = {c.url: c for c in reader.captures()}
    assert (caps[site.url + "zwgk/"].outcome, caps[site.url + "zwgk/"].status) == ("blocked", 200)
    assert caps[site.url + "ok.html"].outcome == "ok" and site.requested("/hidden.html") == 0
