"""The build stage on real snapshots crawled from servers started on 127.0.0.1."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path

from govaudit.crawl import crawl_site
from govaudit.model.builder import build_site
from govaudit.settings import CrawlSettings
from tests.model.loopback import serve_handler

HOME = "<html><head><title>某县人民政府</title></head><body><a href='/tzgg/'>通知公告栏目</a></body></html>"
# A short GBK list page that names its charset only in the HTTP header, as many old CMSs
# do. Detection alone guesses wrong on so little text (cp949), so the header must be used.
LIST = ("<html><body><ul class='list'><li><a href='/tzgg/a.html'>防火通知</a>"
        "<span>2026-09-15</span></li></ul></body></html>")
PAGES = {
    "/": ("text/html; charset=utf-8", HOME.encode("utf-8")),
    "/tzgg/": ("text/html; charset=gbk", LIST.encode("gbk")),
    "/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 — http.server's naming
        ctype, body = PAGES.get(self.path, ("text/html", b"<html><body>doc</body></html>"))
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_HEAD = do_GET

    def log_message(self, *args: object) -> None:
        pass


def _server():
    """The site of PAGES on 127.0.0.1 (a context manager yielding its base URL)."""
    return serve_handler(_Handler)


def test_header_charset_is_used_and_robots_is_not_a_page(tmp_path: Path):
    with _server() as base:
        crawl_site(base, tmp_path, CrawlSettings(rate=0, max_pages=20))
    site = build_site(tmp_path)
    (column,) = [c for c in site.columns if c.url == base + "tzgg/"]
    assert column.newest_date == "2026-09-15"
    assert [i.title for i in column.items] == ["防火通知"]
    assert all(not p.url.endswith("robots.txt") for p in site.pages)
    assert site.crawl.fetched == len(site.pages) == 3  # home, list, one document
