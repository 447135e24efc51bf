"""The loopback server of the demo site."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from govaudit.demo.server import serve


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read()


def test_serves_pages_with_content_types_and_404(demo_root: Path) -> None:
    with serve(demo_root) as base:
        parts = urlsplit(base)
        assert parts.hostname == "127.0.0.1" and parts.port and base.endswith("/")
        status, ctype, body = _get(base + "zwgk/gfxwj/")
        assert (status, ctype) == (200, "text/html; charset=utf-8")
        assert body == (demo_root / "zwgk/gfxwj/index.html").read_bytes()
        assert _get(base)[:2] == (200, "text/html; charset=utf-8")
        assert _get(base + "attach/2026/bailu-gfxwj-1408.pdf")[:2] == (200, "application/pdf")
        assert _get(base + "images/red.png")[:2] == (200, "image/png")
        assert _get(base + "robots.txt")[0] == 200
        assert _get(base + "attach/2026/bailu-gsgg-missing.pdf")[0] == 404
        assert _get(base + "xwzx/qyyw/202609/t20260916_9999.html")[0] == 404
        assert _get(base + "attach/")[0] == 404  # no directory listings
        assert _get(base + "../../../etc/passwd")[0] == 404


def test_stops_on_exit_even_when_the_body_raises(demo_root: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        with serve(demo_root) as base:
            port = urlsplit(base).port
            assert _get(base)[0] == 200
            raise KeyboardInterrupt
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_a_client_resetting_its_connection_prints_no_traceback(demo_root: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """A browser that closes a kept-alive socket after a render resets the connection while the
    server waits for the next request line: before, `./dev demo` and the accuracy runs printed
    `Exception occurred during processing of request … ConnectionResetError` tracebacks."""
    import struct
    import time

    with serve(demo_root) as base:
        port = urlsplit(base).port
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert sock.recv(12).startswith(b"HTTP/1.")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with a reset
        sock.close()
        time.sleep(0.3)  # the handler thread reads the reset
        assert _get(base)[0] == 200  # and the server goes on serving
    assert "Traceback" not in capfd.readouterr().err
