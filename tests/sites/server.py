"""Serve a generated SampleSite on 127.0.0.1 (never another address).

The demo's server maps URL paths to files and ignores query strings; Hanweb lists are
different resources per `?uid=…&pageNum=N` and the disclosure platform answers unknown
URLs with a status-200 error page, so the sample sites need their own lookup."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
import urllib.error
import urllib.request
from html import unescape
from urllib.parse import parse_qs, urljoin, urlsplit

from govaudit.demo.server import HOST, LoopbackServer
from tests.sites.model import SITE_HOST, Resource, SampleSite



class _Handler(BaseHTTPRequestHandler):
    site: SampleSite
    server_version = "sample-site/1"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._serve(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(send_body=False)

    def do_POST(self) -> None:  # noqa: N802
        """A form post (ASP.NET postbacks): sites that answer one define `post`; others say 405."""
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("latin-1")).items()}
        post = getattr(self.site, "post", None)
        res = post(parts.path or "/", parts.query, form) if post else Resource(b"", "text/plain", 405)
        self.send_response(res.status)
        self.send_header("Content-Type", res.content_type)
        self.send_header("Content-Length", str(len(res.body)))
        self.end_headers()
        self.wfile.write(res.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        pass

    def _serve(self, send_body: bool) -> None:
        parts = urlsplit(self.path)
        res = self.site.lookup(parts.path or "/", parts.query)
        body = res.body
        if SITE_HOST.encode() in body:  # a page naming its own host (tests/sites/mutate.py's links)
            body = body.replace(SITE_HOST.encode(), f"{HOST}:{self.server.server_address[1]}".encode())
        self.send_response(res.status)
        if res.location:
            self.send_header("Location", res.location)
        self.send_header("Content-Type", res.content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


@contextmanager
def serve_site(site: SampleSite) -> Iterator[str]:
    """Serve `site` on a free loopback port; yields 'http://127.0.0.1:PORT/' and always
    shuts the server down on exit."""
    handler = type("SampleSiteHandler", (_Handler,), {"site": site})
    httpd = LoopbackServer((HOST, 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              name="sample-site-server", daemon=True)
    try:
        thread.start()
        yield f"http://{HOST}:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def site_path(page: str, ref: str) -> str:
    """The root-relative path (and query) `ref`, as written in the page at root-relative `page`
    (entities and all), leads to."""
    parts = urlsplit(urljoin("http://site" + page, unescape(ref)))
    return parts.path + (f"?{parts.query}" if parts.query else "")


def fetch_page(base: str, url: str, encoding: str) -> str:
    """The text of root-relative `url` on the site served at `base`, which must answer 200."""
    status, _, body = fetch(base, url)
    assert status == 200, url
    return body.decode(encoding)


def fetch(base: str, url: str) -> tuple[int, str, bytes]:
    """(status, Content-Type, body) of root-relative `url` (as written in a page: entities
    unescaped) on the site served at `base`; an error status is an answer, not an exception."""
    try:
        with urllib.request.urlopen(base.rstrip("/") + unescape(url), timeout=10) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()
