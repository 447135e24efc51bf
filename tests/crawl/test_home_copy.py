"""The home page's very bytes at another address (probes4, crawl/decide.py _home_copy): the home
served for an unknown address (a catch-all) is not the page linked; the home at an address the
site links as its home (EasySite's `/cxq/index.html`, tests/sites/esite.py) is the home."""

from __future__ import annotations

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site


def test_the_home_served_for_a_missing_page_is_a_home_copy_and_the_home_linked_as_home_is_not(tmp_path, serve):
    home = html(("/portal/index.html", "首页"), ("/logo/", ""), ("/gone.html", "关于某事项的通知"), title="某某区人民政府")
    root = write_site(tmp_path / "site", {"index.html": home, "portal/index.html": home, "logo/index.html": home})
    site = serve(root, {"/gone.html": lambda method, n: (200, {"Content-Type": "text/html; charset=utf-8"}, home.encode())})
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False))
    with SnapshotReader(tmp_path / "out") as reader:
        outcomes = {c.url.removeprefix(site.url): c.outcome for c in reader.captures()}
    assert outcomes == {"": "ok", "portal/": "ok", "logo/": "ok", "gone.html": "home_copy"}
