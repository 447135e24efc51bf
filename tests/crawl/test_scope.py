"""Scope (hosts, include/exclude, canonical URLs, the start URL's redirect host) and URL traps."""

from __future__ import annotations

import json
import sqlite3

import pytest

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.crawl.scope import Scope, canonical, host_pattern
from govaudit.crawl.traps import TrapDetector, is_calendar, pattern_of, repeats_itself
from govaudit.errors import UserError
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site

S = "https://www.example.gov.cn"
FAST = CrawlSettings(rate=0, concurrency=2, obey_robots=False)


def _captures(out):
    with SnapshotReader(out) as reader:
        return {c.url: c for c in reader.captures()}, reader.meta


def _cutoffs(out):
    db = sqlite3.connect(out / "snapshot" / "index.sqlite3")
    try:
        return {(url, reason) for url, reason in db.execute("SELECT url, reason FROM cutoffs")}
    finally:
        db.close()


def test_canonical_drops_tracking_and_session_parameters():
    assert canonical(f"{S}/a.html?utm_source=wx&id=3&spm=1.2#top") == f"{S}/a.html?id=3"
    assert canonical(f"{S}/a.jsp;jsessionid=ABC123?id=3") == f"{S}/a.jsp?id=3"
    assert canonical(f"{S}/list.jsp?b=2&a=1") == f"{S}/list.jsp?b=2&a=1"  # untouched order and spelling
    assert canonical(f"{S}:443/index.html?from=timeline") == f"{S}/"
    assert canonical("javascript:void(0)") is None


def test_scope_hosts_patterns_and_errors():
    scope = Scope(f"{S}/", ("*.xxgk.example.gov.cn", "http://data.example.gov.cn/"), (r"/zwgk/",), (r"\.xls$",))
    assert scope.allows(f"{S}/") is None  # the start URL is always in
    assert scope.allows(f"{S}/zwgk/a.html") is None
    assert scope.allows(f"{S}/news/a.html") == "not_included"
    assert scope.allows(f"{S}/zwgk/a.xls") == "excluded"
    assert scope.allows("https://a.xxgk.example.gov.cn/zwgk/") is None
    assert scope.allows("https://data.example.gov.cn/zwgk/") is None
    assert scope.allows("https://www.other.gov.cn/zwgk/") == "offsite"
    scope.add_host("https://example.gov.cn/zwgk/")
    assert scope.hosts == ["*.xxgk.example.gov.cn", "data.example.gov.cn", "example.gov.cn", "www.example.gov.cn"]
    with pytest.raises(UserError, match="not a host name"):
        host_pattern("exa mple")
    with pytest.raises(UserError, match=r"--exclude '\(' is not a valid regular expression"):
        Scope(f"{S}/", exclude=("(",))


def test_the_home_pages_hub_on_another_host_of_the_sites_domain_is_in_scope():
    """Many portals keep 政务公开 on a platform host of their own domain (xxgk.example.gov.cn):
    the home page's link named for the hub puts that host in scope. A hub on another domain (a
    province's platform) or a link that only mentions 信息公开 (区县信息公开) does not."""
    scope = Scope(f"{S}/")
    assert not scope.add_hub_host([("https://zwgk.other.gov.cn/county/", "政府信息公开"),
                                   ("https://xxgk.qx.example.gov.cn/", "区县信息公开"),
                                   ("https://xxgk.example.gov.cn/", "关于政务公开工作的通知")])
    assert scope.allows("https://xxgk.example.gov.cn/zwgk/") == "offsite"
    assert scope.add_hub_host([("https://xxgk.example.gov.cn/index.html", "政务 公开")])
    assert scope.allows("https://xxgk.example.gov.cn/zwgk/") is None
    assert scope.allows("https://www.other.gov.cn/") == "offsite"
    assert not scope.add_hub_host([("https://xxgk.example.gov.cn/", "政务公开")])  # in scope already


def test_trap_shapes():
    assert pattern_of(f"{S}/col/202401/t20240115_12.html") == "www.example.gov.cn/col/9/t20240115_9.html"
    assert pattern_of(f"{S}/art/2024/1/15/art_1229_5678.html") == "www.example.gov.cn/art/9/9/9/art_1229_9.html"
    assert pattern_of(f"{S}/col3/list.jsp?page=2") != pattern_of(f"{S}/col4/list.jsp?page=2")
    assert pattern_of(f"{S}/cal.jsp?month=3&year=2024") == "www.example.gov.cn/cal.jsp?month&year"
    assert is_calendar(f"{S}/cal.jsp?year=2024&month=3") and is_calendar(f"{S}/x?d=2024-03-01")
    assert not is_calendar(f"{S}/info.jsp?id=2024011") and not is_calendar(f"{S}/202401/t20240115_1.html")
    assert repeats_itself("/a/b/a/b/a/b/") and not repeats_itself("/zwgk/zfxxgk/gfxwj/")
    traps = TrapDetector(max_per_pattern=3, max_calendar=2)
    assert [traps.admit(f"{S}/d{i}.html")[0] for i in range(4)] == [None, None, None, "pattern_flood"]
    assert [traps.admit(f"{S}/cal?date={i}")[0] for i in range(3)] == [None, None, "calendar"]


def test_id_addressed_platforms_keep_a_medium_sites_documents():
    # Every document of an Anhui-style platform has one shape, /public/{unit}/{doc}.html: the
    # default trap guard must not cut a medium site's 3,000 documents as a flood.
    defaults = CrawlSettings()
    traps = TrapDetector(defaults.max_urls_per_pattern, defaults.max_calendar_urls)
    admitted = [traps.admit(f"{S}/public/{6596 + i % 7}/{i}.html")[0] for i in range(3000)]
    assert admitted.count(None) == 3000


def _calendar(method: str, n: int):
    # An endless calendar: every day links to the next two.
    body = html((f"/cal?date=2024-{n:04d}", "下一天"), (f"/cal?date=2025-{n:04d}", "明年"))
    return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode()


def test_traps_tracking_and_patterns_on_a_site(tmp_path, serve):
    root = write_site(tmp_path / "site", {
        "index.html": html(("/cal?date=2024-0001", "日历"), ("/loop/", "循环"), ("/p.html?utm_source=home", "带跟踪"),
                           ("/p.html", "文章"), ("/skip/x.html", "排除"), ("/p.html;jsessionid=XYZ", "会话")),
        "loop/index.html": html(("loop/", "再来")),  # relative: /loop/loop/, /loop/loop/loop/ ...
        "p.html": html(), "skip/x.html": html(),
    })
    again = html(("loop/", "再来")).encode()
    site = serve(root, {"/cal": _calendar, "/loop/loop/": lambda m, n: (200, {"Content-Type": "text/html"}, again)})
    settings = CrawlSettings(rate=0, obey_robots=False, max_calendar_urls=4, exclude=("/skip/",))
    summary = crawl_site(site.url, tmp_path / "out", settings)
    captures, meta = _captures(tmp_path / "out")
    assert site.requested("/cal") == 4 and site.requested("/p.html") == 1 and site.requested("/skip/x.html") == 0
    with SnapshotReader(tmp_path / "out") as reader:  # looked up however it was linked
        assert reader.get(site.url + "p.html?utm_source=home").url == site.url + "p.html"
    assert site.requested("/loop/loop/") == 1 and site.requested("/loop/loop/loop/") == 0
    cut = _cutoffs(tmp_path / "out")
    assert (site.url + "skip/x.html", "excluded") in cut and (site.url + "loop/loop/loop/", "repeating_path") in cut
    assert sum(1 for _, reason in cut if reason == "calendar") >= 2
    assert summary.cutoffs["calendar"] >= 2 and json.loads(meta["cutoffs"]) == summary.cutoffs
    assert summary.reason is None


def test_start_redirect_host_allow_host_and_robots_per_host(tmp_path, serve):
    other = serve(write_site(tmp_path / "other", {
        "robots.txt": "User-agent: *\nDisallow: /private/\n",
        "data/a.html": html(("/private/b.html", "内部")), "private/b.html": html(),
    }))
    new_home = serve(write_site(tmp_path / "new", {
        "index.html": html(("/zwgk/", "政务公开"), (other.url + "data/a.html", "数据"), ("/go", "跳转")),
        "zwgk/index.html": html(("/", "首页")),
        "private/x.html": html(),
        "robots.txt": "User-agent: *\nDisallow: /private/\n",
    }), {"/go": lambda m, n: (302, {"Location": "/private/x.html"}, b"")})
    old = serve(tmp_path / "old", {"/": lambda m, n: (301, {"Location": new_home.url}, b"")})
    (tmp_path / "old").mkdir()
    host = other.url.split("//")[1].rstrip("/")
    summary = crawl_site(old.url, tmp_path / "out", CrawlSettings(rate=0, allow_hosts=(host,)))
    captures, meta = _captures(tmp_path / "out")
    assert captures[new_home.url + "zwgk/"].outcome == "ok"  # the redirect host is crawled
    assert captures[other.url + "data/a.html"].outcome == "ok"  # an allowed host
    assert captures[other.url + "private/b.html"].outcome == "robots_disallowed"  # with its own robots.txt
    assert other.requested("/robots.txt") == 1 and other.requested("/private/b.html") == 0
    go = captures[new_home.url + "go"]  # a redirect into a disallowed path is not followed
    assert (go.outcome, go.status) == ("robots_disallowed", 302) and new_home.requested("/private/x.html") == 0
    assert set(json.loads(meta["hosts"])) == {host, *(s.url.split("//")[1].rstrip("/") for s in (old, new_home))}
    # The redirect target is indexed with the start URL's fetch, not fetched a second time.
    assert new_home.requested("/") == 1 and captures[new_home.url].parent == old.url
    assert captures[new_home.url].record == captures[old.url].record and summary.by_outcome["ok"] == 3


@pytest.mark.parametrize("args, words", [
    (["--exclude", "("], "--exclude '(' is not a valid regular expression"),
    (["--allow-host", "not a host"], "--allow-host 'not a host' is not a host name"),
])
def test_bad_scope_options_exit_2_in_plain_words(tmp_path, args, words):
    from click.testing import CliRunner

    from govaudit.cli import main

    result = CliRunner().invoke(main, ["crawl", "http://127.0.0.1:9/", "--out", str(tmp_path / "o"), *args])
    assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output
