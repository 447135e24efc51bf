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
            respond(self, *_lookup(pages, self.path))

        do_HEAD = do_GET

        def log_message(self, *args: object) -> None:
            pass

    with serve_handler(Handler) as base:
        yield base


def respond(handler: BaseHTTPRequestHandler, status: int, ctype: str, body: bytes | str) -> None:
    """Answer the handler's GET or HEAD request (a str body is encoded as UTF-8)."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    if handler.command == "GET":
        handler.wfile.write(data)


@contextmanager
def serve_handler(handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1") -> Iterator[str]:
    """Run `handler` on a free port of `host` (a loopback address), yield the base URL, and always shut it down."""
    assert host.startswith("127."), "tests only serve on loopback addresses"
    server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def crawl_and_build(pages: Pages, out: Path, max_pages: int = 300) -> tuple[SiteModel, str]:
    """Crawl `pages` from a loopback server into `out` and build the site model."""
    with serve(pages) as base:
        crawl_site(base, out, CrawlSettings(rate=0, max_pages=max_pages))
    return build_site(out), base
