"""Splash pages (crawl/splash.py): the home address showing a greeting and one 进入网站 link is
entered; a portal, a page linking off-site, or one offering two entries is not a splash.

Real markup: a JSP welcome page in GitHub public code (library id 10067789465):
`<div id="welcome"><p>…</p><div id="enter"><a href="index"> >>进入网站</a></div></div>`; the
ENTER picture and the version chooser (简体/繁体/English/无障碍) are the splash described by the
brief's probe (no government splash page was found in the library)."""

from __future__ import annotations

import threading

from govaudit.crawl.fetcher import Fetcher
from govaudit.crawl.politeness import HostLimiter
from govaudit.crawl.splash import entry_target
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import start_site, stop_site

H = "http://www.bailu.gov.cn"
HTML = "text/html; charset=utf-8"
WELCOME = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Welcome</title><link href="css/welcome.css" rel="stylesheet" type="text/css" media="screen" /></head>
<body><div id="welcome">
<p>欢迎访问白鹭区人民政府门户网站。</p>
<br><div id="enter"><a href="index"> >>进入网站</a></div>
</div></body></html>"""
PICTURE = """<html><head><meta charset="utf-8"><title>白鹭区人民政府欢迎您</title></head><body>
<div class="splash"><object data="/images/welcome.swf" type="application/x-shockwave-flash"></object>
<a href="/portal/index.html"><img src="/images/enter.png" alt="进入首页"></a>
<p><a href="/portal/index.html">简体中文</a> | <a href="/big5/">繁體中文</a> | <a href="/en/">English</a> | <a href="/wza/">无障碍</a></p>
</div></body></html>"""


def test_a_welcome_page_is_entered_by_its_entry_link():
    assert entry_target(WELCOME.encode(), HTML, f"{H}/") == f"{H}/index"
    assert entry_target(PICTURE.encode(), HTML, f"{H}/index.shtml") == f"{H}/portal/index.html"


def test_a_splash_in_gbk_without_declaration_is_read():
    body = PICTURE.replace('<meta charset="utf-8">', "").encode("gbk")
    assert entry_target(body, "text/html", f"{H}/") == f"{H}/portal/index.html"


def test_a_portal_an_off_site_entry_or_two_entries_are_no_splash():
    portal = "<html><body>" + "".join(f'<a href="/col{i}/">栏目{i}</a>' for i in range(20)) + '<a href="/main/">进入网站</a></body></html>'
    assert entry_target(portal.encode(), HTML, f"{H}/") is None
    assert entry_target(WELCOME.replace('href="index"', 'href="http://www.example.com/"').encode(), HTML, f"{H}/") is None
    two = WELCOME.replace("</div>\n</div>", '<a href="/old/">进入首页</a></div>\n</div>')
    assert entry_target(two.encode(), HTML, f"{H}/") is None
    long = WELCOME.replace("欢迎访问白鹭区人民政府门户网站。", "白鹭区概况。" * 80)
    assert entry_target(long.encode(), HTML, f"{H}/") is None


def test_the_fetcher_enters_a_splash_only_at_the_home_address(tmp_path):
    splash = WELCOME.replace('href="index"', 'href="/portal.html"').encode()
    routes = {"/": lambda m, n: (200, {"Content-Type": HTML}, splash),
              "/portal.html": lambda m, n: (200, {"Content-Type": HTML}, b"<html><body>portal</body></html>")}
    site = start_site(tmp_path, routes)
    try:
        fetcher = Fetcher(CrawlSettings(rate=0, retries=0), HostLimiter(0, threading.Event()))
        home = fetcher.fetch(site.url, home=True)
        other = fetcher.fetch(site.url)  # the same page linked from another page: a page like any other
    finally:
        stop_site(site)
    assert home.final_url == site.url + "portal.html" and home.content == b"<html><body>portal</body></html>"
    assert [e.status for e in home.exchanges] == [200, 200]  # both answers kept (both go into the WARC)
    assert other.final_url == site.url and other.content == splash
