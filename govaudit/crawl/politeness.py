"""Per-host request pacing, Retry-After and backoff: never hammer a fragile server."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

RETRY_AFTER_CAP = 120.0  # seconds; longer Retry-After values are waited only this long before retrying
BACKOFF_BASE = 1.0  # seconds; attempt n waits BACKOFF_BASE * 2**n
BACKOFF_CAP = 60.0


class Cancelled(Exception):
    """The crawl is stopping; a waiting worker gives up."""


class HostLimiter:
    """A token bucket of capacity one per host: requests to a host start at
    least 1/rate seconds apart, whatever the number of worker threads.

    Capacity one (no bursts) because the servers we audit throttle or ban on
    bursts; `defer` pushes a host's next slot back (Retry-After, backoff), so
    every worker pauses, not just the one that was told to wait.
    """

    def __init__(self, rate: float, stop: threading.Event) -> None:
        self._interval = 1.0 / rate if rate > 0 else 0.0
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()
        self._stop = stop

    def slow_down(self, min_interval: float) -> None:
        """Space requests at least `min_interval` seconds apart (robots.txt Crawl-delay)."""
        with self._lock:
            self._interval = max(self._interval, min_interval)

    def acquire(self, host: str, deadline: float | None = None) -> bool:
        """Block until a request to `host` may start and return True; False at once (no slot
        taken) when that would be at or after `deadline` (time.monotonic()). Raises Cancelled
        when stopping."""
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, now))
            if deadline is not None and slot >= deadline:
                return False
            self._next[host] = slot + self._interval
        self.sleep(slot - now)
        return True

    def defer(self, host: str, seconds: float) -> None:
        """No request to `host` starts during the next `seconds`."""
        with self._lock:
            until = time.monotonic() + seconds
            self._next[host] = max(self._next.get(host, until), until)

    def sleep(self, seconds: float) -> None:
        """Sleep, waking early (with Cancelled) if the crawl is stopping."""
        if self._stop.wait(max(seconds, 0.0)) or self._stop.is_set():
            raise Cancelled()


def backoff_delay(attempt: int) -> float:
    """Exponential backoff before retry number `attempt` (0-based)."""
    return min(BACKOFF_BASE * 2**attempt, BACKOFF_CAP)


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), capped; None if absent or invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - (now or datetime.now(timezone.utc))).total_seconds()
    return min(max(seconds, 0.0), RETRY_AFTER_CAP)
