"""Variants of the demo site served from folders on loopback hosts, audited as a user would
(end-to-end tests of what a real site's layout does to the verdict)."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serve_folder(root: Path, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve `root` on `host` (a loopback address) at a free port; yields the base URL, no slash."""
    server = ThreadingHTTPServer((host, 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def audit(url: str, out: Path, *options: str) -> dict:
    """`govaudit audit url` at the demo's as-of date, unthrottled; its results.json."""
    result = CliRunner().invoke(main, ["audit", url, "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(), "--rate", "0", *options])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return json.loads((out / "results.json").read_text(encoding="utf-8"))


def statuses(results: dict) -> dict[str, str]:
    """Rule id -> status."""
    return {r["id"]: r["status"] for r in results["rules"]}
