"""The batch's progress on stderr: sites done / running / failed and pages per second; a live
line on a terminal, otherwise a plain (or JSON) line per finished site."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

from rich.live import Live
from rich.text import Text

from govaudit.console import err, info


class BatchProgress:
    """Counts sites and pages; safe to update from the site threads."""

    def __init__(self, total: int, skipped: int = 0, failed: int = 0, log_format: str = "text", command: str = "batch",
                 pages_at_end: bool = False) -> None:
        self.total, self.done, self.failed, self.running, self.pages = total, skipped, failed, 0, 0
        self.json = log_format == "json"
        self._command = command
        self._pages_at_end = pages_at_end  # Dask: pages are counted when a site's task returns
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._live: Live | None = None

    def __enter__(self) -> BatchProgress:
        if err.is_terminal and not self.json:
            self._live = Live(self._line(), console=err, transient=True, refresh_per_second=4)
            self._live.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._live:
            self._live.stop()

    def started(self, task: Any) -> None:
        with self._lock:
            self.running += 1
        self._refresh()

    def page(self) -> None:
        with self._lock:
            self.pages += 1
        self._refresh()

    def finished(self, outcome: dict[str, Any]) -> None:
        with self._lock:
            self.running = max(self.running - 1, 0)
            if outcome["status"] == "done":
                self.done += 1
            else:
                self.failed += 1
            if self._pages_at_end:
                self.pages += outcome.get("pages") or 0
        if self.json:
            err.file.write(json.dumps({"event": "site", **{k: outcome.get(k) for k in ("name", "status", "stage", "reason", "pages")},
                                       **self.counts()}, ensure_ascii=False) + "\n")
            err.file.flush()
        elif not self._live:
            tail = "" if outcome["status"] == "done" else f" — {outcome['stage']}: {outcome['reason']}"
            info(f"{self._command}: {outcome['name']} {outcome['status']}{tail}  ({self._summary()})")
        self._refresh()

    def counts(self) -> dict[str, Any]:
        elapsed = max(time.monotonic() - self._started, 1e-3)
        return {"done": self.done, "running": self.running, "failed": self.failed, "total": self.total,
                "pages": self.pages, "pages_per_second": round(self.pages / elapsed, 1)}

    def _summary(self) -> str:
        c = self.counts()
        return (f"完成 {c['done']}/{c['total']}，进行中 {c['running']}，失败 {c['failed']}，"
                f"{c['pages']} 页，{c['pages_per_second']} 页/秒")

    def _line(self) -> Text:
        return Text(f"{self._command}: {self._summary()}")

    def _refresh(self) -> None:
        if self._live:
            self._live.update(self._line())
