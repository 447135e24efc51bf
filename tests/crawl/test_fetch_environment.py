"""The fetcher reads the proxy environment once per host (not per request, which cost a third of a
worker's CPU) and still honours it: HTTP_PROXY, NO_PROXY; credentials from ~/.netrc are never sent."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler

import pytest

from govaudit.crawl.fetcher import Fetcher
from govaudit.crawl.politeness import HostLimiter
from govaudit.demo.server import HOST, LoopbackServer
from govaudit.settings import CrawlSettings


@contextmanager
def _recorder(body: bytes) -> Iterator[tuple[str, list[tuple[str, str | None]]]]:
    """A loopback server answering `body` to everything; yields its base URL and the
    (request line, Authorization header) of every request it got."""
    seen: list[tuple[str, str | None]] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - http.server naming
            seen.append((self.requestline, self.headers.get("Authorization")))
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = LoopbackServer((HOST, 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def _fetcher() -> Fetcher:
    return Fetcher(CrawlSettings(rate=0, retries=0), HostLimiter(0, threading.Event()))


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> pytest.MonkeyPatch:
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy",
                 "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return monkeypatch


def test_requests_go_through_the_proxy_the_environment_names(clean_env: pytest.MonkeyPatch) -> None:
    with _recorder(b"via proxy") as (proxy, seen):
        clean_env.setenv("HTTP_PROXY", proxy)
        fetcher = _fetcher()
        try:
            for path in ("/a.html", "/b.html"):  # the second from the per-host cache
                result = fetcher.fetch(f"http://site.invalid{path}")
                assert result.content == b"via proxy"
        finally:
            fetcher.close()
    assert [line for line, _ in seen] == ["GET http://site.invalid/a.html HTTP/1.1", "GET http://site.invalid/b.html HTTP/1.1"]


def test_no_proxy_hosts_are_fetched_directly_and_netrc_credentials_are_not_sent(clean_env: pytest.MonkeyPatch,
                                                                                 tmp_path) -> None:
    with _recorder(b"proxy") as (proxy, via_proxy), _recorder(b"direct") as (site, direct):
        clean_env.setenv("HTTP_PROXY", proxy)
        clean_env.setenv("NO_PROXY", HOST)
        netrc = tmp_path / ".netrc"
        netrc.write_text(f"machine {HOST} login someone password secret\n")
        netrc.chmod(0o600)
        fetcher = _fetcher()
        try:
            assert fetcher.fetch(f"{site}/page.html").content == b"direct"
        finally:
            fetcher.close()
    assert via_proxy == []
    assert direct == [("GET /page.html HTTP/1.1", None)]
