"""A loopback test site: files from a folder plus scripted routes, with a request log."""

from __future__ import annotations

import socket
import ssl
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

# Routes are keyed by path, or by "path?query" for one query string (tried first).
# A route gets (method, how many times this path was requested, including now) and
# returns (status, headers, body). HEAD responses drop the body. A body given as an
# iterable is streamed chunk by chunk (the iterable may sleep: a slow body). Raising
# Reset, in the route or while its body streams, resets the TCP connection; raising Close while
# it streams closes it there.
Route = Callable[[str, int], tuple[int, dict[str, str], bytes | Iterable[bytes]]]


class Reset(Exception):
    """Raised by a route to answer with a TCP reset instead of (the rest of) a response."""


class Close(Exception):
    """Raised while a route's body streams: the server closes the connection there (a FIN, as a
    backend that dies or a proxy that gives up mid-body), whatever length it announced."""


@dataclass
class Hit:
    at: float  # time.monotonic() when the request arrived
    method: str
    path: str
    headers: dict[str, str]
    query: str = ""


@dataclass
class Site:
    server: ThreadingHTTPServer
    hits: list[Hit] = field(default_factory=list)
    down: bool = False  # True: every request is answered by closing the connection (a dead backend)
    scheme: str = "http"
    latency: float = 0.0  # seconds slept before answering each request
    die_after: int | None = None  # requests answered before the site goes down (counted by the server: no race)

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.server.server_address[1]}/"

    def requested(self, path: str, method: str | None = None) -> int:
        """How many times `path` was requested (with `method`, if given)."""
        return sum(1 for h in self.hits if h.path == path and method in (None, h.method))


def _handler(root: Path, routes: dict[str, Route], site_box: list[Site]) -> type[SimpleHTTPRequestHandler]:
    counts: Counter[str] = Counter()
    lock = threading.Lock()

    class Handler(SimpleHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, like real servers
        disable_nagle_algorithm = True  # else keep-alive responses stall ~40 ms on delayed ACKs

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, *args) -> None:  # keep pytest output clean
            pass

        def do_GET(self) -> None:
            self._serve("GET")

        def do_HEAD(self) -> None:
            self._serve("HEAD")

        def _serve(self, method: str) -> None:
            path, query = urlsplit(self.path)[2:4]
            with lock:
                counts[path] += 1
                n = counts[path]
                site_box[0].hits.append(Hit(time.monotonic(), method, path, dict(self.headers.items()), query))
                if site_box[0].die_after is not None and len(site_box[0].hits) > site_box[0].die_after:
                    site_box[0].down = True
            if site_box[0].latency:
                time.sleep(site_box[0].latency)
            if site_box[0].down:
                self.close_connection = True
                return
            route = routes.get(f"{path}?{query}") if query else None
            route = route or routes.get(path)
            if route is None:
                super().do_GET() if method == "GET" else super().do_HEAD()
                return
            try:
                self._reply(method, *route(method, n))
            except Reset:
                # Linger 0: closing sends RST, not FIN. The socket's file objects hold the
                # descriptor until the handler finishes, which is when the RST goes out.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True
            except Close:
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_WR)
                self.close_connection = True
            except OSError:  # the client gave up (timeout) while a slow body was streaming
                self.close_connection = True

        def _reply(self, method: str, status: int, headers: dict[str, str], body: bytes | Iterable[bytes]) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            streamed = not isinstance(body, bytes)
            if "Content-Length" not in headers:
                if streamed:  # length unknown: the end of the body is the end of the connection
                    self.send_header("Connection", "close")
                    self.close_connection = True
                else:
                    self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if method == "HEAD":
                return
            for chunk in body if streamed else (body,):
                self.wfile.write(chunk)
                self.wfile.flush()

    return Handler


class ReadClock:
    """A virtual clock for Fetcher(body_clock=...): each call on a thread moves that thread's
    time on by `step` seconds. The fetcher reads it once as a body starts and once after each
    read, so a body ends by the number of reads it took (each as if `step` seconds apart),
    whatever the machine's load. Per thread: concurrent fetches do not age each other."""

    def __init__(self, step: float) -> None:
        self.step = step
        self._local = threading.local()

    def __call__(self) -> float:
        now = getattr(self._local, "now", 0.0)
        self._local.now = now + self.step
        return now


def write_site(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write `files` (path -> text or bytes) under `root`."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root


def html(*links: tuple[str, str], title: str = "测试", extra: str = "") -> str:
    """A small UTF-8 page linking to `links` ((href, text) pairs)."""
    anchors = "\n".join(f'<a href="{href}">{text}</a>' for href, text in links)
    return f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{anchors}{extra}</body></html>'


def start_site(root: Path, routes: dict[str, Route] | None = None, tls: ssl.SSLContext | None = None) -> Site:
    """Serve `root` and `routes` on 127.0.0.1 (a free port) in a background thread (HTTPS with `tls`)."""
    box: list[Site] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(root, routes or {}, box))
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    site = Site(server, scheme="https" if tls else "http")
    box.append(site)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return site


def stop_site(site: Site) -> None:
    site.server.shutdown()
    site.server.server_close()
