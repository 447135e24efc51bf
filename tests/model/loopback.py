"""A tiny site served on 127.0.0.1 for build-stage tests: request path (with query) -> response.

A default document name is looked up with and without `index.html`, so a test does not depend
on whether the crawler keeps `index.html` before a query string.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from govaudit.crawl import crawl_site
from govaudit.model.builder import build_site
from govaudit.model.types import SiteModel
from govaudit.settings import CrawlSettings

# path -> (status, content type, body); a str body is encoded as UTF-8.
Pages = dict[str, tuple[int, str, bytes | str]]
HTML = "text/html; charset=utf-8"
_INDEX_NAMES = ("index.html", "index.shtml", "index.htm")


def _lookup(pages: Pages, path: str) -> tuple[int, str, bytes | str]:
    head, sep, query = path.partition("?")
    folder = next((head.removesuffix(name) for name in _INDEX_NAMES if head.endswith("/" + name)), head)
    for candidate in (path, folder + sep + query, *(folder + name + sep + query for name in _INDEX_NAMES)):
        if candidate in pages:
            return pages[candidate]
    return 404, HTML, "<html><head><title>404</title></head><body>Not Found</body></html>"


@contextmanager
def serve(pages: Pages) -> Iterator[str]:
    """Serve `pages` (plus an allow-all robots.txt) and yield the base URL."""
    pages = {"/robots.txt": (200, "text/plain", "User-agent: *\nAllow: /\n"), **pages}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 — http.server's naming
            status, ctype, body = _lookup(pages, self.path)
            data = body.encode("utf-8") if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command == "GET":
                self.wfile.write(data)

        do_HEAD = do_GET

        def log_message(self, *args: object) -> None:
            pass

    with serve_handler(Handler) as base:
        yield base


@contextmanager
def serve_handler(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Run `handler` on a free 127.0.0.1 port, yield the base URL, and always shut it down."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def crawl_and_build(pages: Pages, out: Path, max_pages: int = 300) -> tuple[SiteModel, str]:
    """Crawl `pages` from a loopback server into `out` and build the site model."""
    with serve(pages) as base:
        crawl_site(base, out, CrawlSettings(rate=0, max_pages=max_pages))
    return build_site(out), base
