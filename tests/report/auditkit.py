"""Audit a site generated into a folder, served on 127.0.0.1, and watch its port afterwards:
what the report stage does must never reach the site again (it reads the archive)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result

from govaudit.cli import main
from govaudit.demo.server import serve


def audit_site(site_dir: Path, out: Path, *args: str) -> tuple[Result, str]:
    """`govaudit audit` of the site in `site_dir` into `out`; (CLI result, the site's base URL)."""
    with serve(site_dir) as base:
        result = CliRunner().invoke(main, ["audit", base, "--out", str(out), "--rate", "0", "--concurrency", "4",
                                           "--max-time", "120", *args])
    return result, base


class PortWatch:
    """A TCP listener on the (now closed) site's port, counting connections."""

    def __init__(self, base: str) -> None:
        port = int(base.rstrip("/").rsplit(":", 1)[1])
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


def run_watched(base: str, action: Callable[[], Result]) -> tuple[Result, int]:
    """Run `action` while the site's port is watched; (its result, connections the port received)."""
    watch = PortWatch(base)
    try:
        result = action()
    finally:
        watch.close()
    return result, watch.connections
