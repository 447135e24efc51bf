"""Serve a generated demo site on 127.0.0.1 (never any other address) for the audit.

`serve(root)` is a context manager: it binds a free port on the loopback interface,
serves `root` from a daemon thread, yields the base URL and always shuts the server
down and closes its socket on exit, also when the body raises (e.g. Ctrl-C).
"""

from __future__ import annotations

import socketserver
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

HOST = "127.0.0.1"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".gif": "image/gif",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".json": "application/json",
}
_NOT_FOUND = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head><body><p>页面不存在</p></body></html>"


class _Handler(BaseHTTPRequestHandler):
    """GET/HEAD of static files under `root`; no directory listings, no logging."""

    root: Path
    server_version = "govaudit-demo/1"

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._serve(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(send_body=False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        pass

    def _resolve(self, url_path: str) -> Path | None:
        try:
            target = (self.root / url_path.lstrip("/")).resolve()
        except (OSError, ValueError):  # e.g. an embedded NUL byte
            return None
        if target != self.root and self.root not in target.parents:
            return None
        return target

    def _serve(self, send_body: bool) -> None:
        url_path = unquote(urlsplit(self.path).path) or "/"
        target = self._resolve(url_path)
        if target is not None and target.is_dir():
            if not url_path.endswith("/"):
                self._send(HTTPStatus.MOVED_PERMANENTLY, b"", "text/plain", send_body, location=url_path + "/")
                return
            target = target / "index.html"
        if target is None or not target.is_file():
            self._send(HTTPStatus.NOT_FOUND, _NOT_FOUND.encode("utf-8"), CONTENT_TYPES[".html"], send_body)
            return
        ctype = CONTENT_TYPES.get(target.suffix.lower(), "application/octet-stream")
        self._send(HTTPStatus.OK, target.read_bytes(), ctype, send_body)

    def _send(self, status: HTTPStatus, body: bytes, ctype: str, send_body: bool, location: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class LoopbackServer(ThreadingHTTPServer):
    """A threading HTTP server on 127.0.0.1 that never looks up its own host name."""

    daemon_threads = True

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host name (socket.getfqdn), which can
        # stall on machines without DNS; the name of 127.0.0.1 is known.
        socketserver.TCPServer.server_bind(self)
        self.server_name = HOST
        self.server_port = self.server_address[1]

    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:
        # A client that drops its connection (a browser closing a kept-alive socket after a
        # render) is no fault of the server: no traceback on the user's terminal for it.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 at a free port; yields 'http://127.0.0.1:PORT/'."""
    handler = type("DemoHandler", (_Handler,), {"root": Path(root).resolve()})
    httpd = LoopbackServer((HOST, 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              name="govaudit-demo-server", daemon=True)
    try:
        thread.start()
        yield f"http://{HOST}:{httpd.server_address[1]}/"
    finally:
        if thread.is_alive():
            httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
