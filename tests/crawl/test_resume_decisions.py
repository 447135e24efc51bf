"""A resumed crawl decides as the uninterrupted one would: what the first run learnt about the
site (where its home page answers, how far along 上一篇/下一篇 chains it went) is taken back.

Before: a crawl resumed after the home page was fetched forgot the home page's address, so a
column that redirected there (a home at /zh/index.shtml, not the host's root) was read as the
column itself (the home page's lists as its rows); and the count of articles kept at max_depth
along sequel chains restarted at 0, so a resumed crawl could walk max_list_pages more."""

from __future__ import annotations

from pathlib import Path

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site
from tests.crawl.test_sequel_chain import _fetched, _site as _chain_site


def _home_site(root: Path) -> Path:
    """/ redirects to the home page at /zh/index.shtml; the column /zwgk/zxzj/ redirects there too."""
    home = html(("/zwgk/tzgg/", "通知公告"), ("/zwgk/zxzj/", "专项资金"), title="某某区人民政府")
    tzgg = html(("/zh/index.shtml", "首页"), title="通知公告")
    return write_site(root, {"zh/index.shtml": home, "zwgk/tzgg/index.html": tzgg})


def test_a_resumed_crawl_still_knows_where_the_home_page_answers(tmp_path, serve):
    root = _home_site(tmp_path / "site")
    redirects = {"/": "/zh/index.shtml", "/zwgk/zxzj/": "/zh/index.shtml"}
    site = serve(root, {path: (lambda to: lambda method, n: (302, {"Location": to}, b""))(to)
                        for path, to in redirects.items()})
    out = tmp_path / "out"
    crawl_site(site.url, out, CrawlSettings(rate=0, concurrency=1, obey_robots=False, max_pages=1))
    crawl_site(site.url, out, CrawlSettings(rate=0, concurrency=1, obey_robots=False, resume=True))
    with SnapshotReader(out) as reader:
        outcomes = {c.url.removeprefix(site.url.rstrip("/")): c.outcome for c in reader.captures()}
    assert outcomes["/zwgk/zxzj/"] == "redirect_home"
    assert outcomes["/zwgk/tzgg/"] == "ok"


def test_a_resumed_crawl_keeps_the_sequel_bound(tmp_path, serve):
    site = serve(_chain_site(tmp_path / "site", 8))
    out = tmp_path / "out"
    settings = dict(rate=0, concurrency=1, obey_robots=False, max_depth=3, max_list_pages=2)
    crawl_site(site.url, out, CrawlSettings(**settings, max_pages=5))  # home, 1–3, and one kept article
    summary = crawl_site(site.url, out, CrawlSettings(**settings, resume=True))
    # as the uninterrupted crawl (test_sequel_chain): two articles kept at max_depth, 6.html cut
    assert _fetched(out) == {f"{k}.html" for k in range(1, 6)}
    assert summary.reason == "max_depth"
