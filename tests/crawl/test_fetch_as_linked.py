"""URLs are fetched and recorded as linked; the normalised form is only the de-duplication key."""

from __future__ import annotations

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site

_FORBIDDEN = {"/col/col1229/": lambda method, n: (403, {"Content-Type": "text/html"}, b"<html>Forbidden</html>")}


def _page2(method: str, n: int):
    body = html(("/art/2026/9/2/art_1229_5002.html", "第二页的文章"), ("index.html?uid=5001&pageNum=1", "上一页"))
    return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode()


def _crawl(tmp_path, serve, home_links):
    root = write_site(tmp_path / "site", {
        "index.html": html(*home_links),
        "col/col1229/index.html": html(("/art/2026/9/1/art_1229_5001.html", "第一页的文章"),
                                       ("?uid=5001&pageNum=2", "下一页")),
        "art/2026/9/1/art_1229_5001.html": html(), "art/2026/9/2/art_1229_5002.html": html(),
    })
    site = serve(root, {**_FORBIDDEN, "/col/col1229/index.html?uid=5001&pageNum=2": _page2})
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False))
    with SnapshotReader(tmp_path / "out") as reader:
        return site, {c.url: c for c in reader.captures()}


def test_default_document_and_query_pages_are_fetched_as_linked(tmp_path, serve):
    site, caps = _crawl(tmp_path, serve, [("/col/col1229/index.html", "通知公告")])
    requested = [(h.path, h.query) for h in site.hits]
    # The folder the key names answers 403 here: it was never asked for.
    assert ("/col/col1229/", "") not in requested and ("/col/col1229/", "uid=5001&pageNum=2") not in requested
    assert ("/col/col1229/index.html", "uid=5001&pageNum=2") in requested
    first = caps[site.url + "col/col1229/"]  # keyed without the document name...
    assert first.outcome == "ok" and first.final_url == site.url + "col/col1229/index.html"  # ...fetched as linked
    second = caps[site.url + "col/col1229/index.html?uid=5001&pageNum=2"]
    assert (second.outcome, second.priority) == ("ok", "pagination")
    assert second.final_url == site.url + "col/col1229/index.html?uid=5001&pageNum=2"
    assert caps[site.url + "art/2026/9/2/art_1229_5002.html"].outcome == "ok"


def test_one_fetch_per_key_however_it_is_linked(tmp_path, serve):
    site, caps = _crawl(tmp_path, serve, [
        ("/art/2026/9/1/art_1229_5001.html?utm_source=wx&spm=1", "文章"), ("/art/2026/9/1/art_1229_5001.html", "文章"),
        ("/col/col1229/index.html", "通知公告"), ("/col/col1229/index.html#list", "通知公告"),
        ("/col/col1229/index.html?from=timeline", "通知公告")])
    assert site.requested("/art/2026/9/1/art_1229_5001.html") == 1
    # The fragment and the tracking parameter name no other page; another query string does.
    queries = [h.query for h in site.hits if h.path == "/col/col1229/index.html"]
    assert sorted(queries) == ["", "uid=5001&pageNum=1", "uid=5001&pageNum=2"]
    cap = caps[site.url + "art/2026/9/1/art_1229_5001.html"]
    assert cap.outcome == "ok" and cap.final_url.startswith(site.url + "art/2026/9/1/art_1229_5001.html")
