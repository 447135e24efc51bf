"""Politeness across a batch: crawls of different sites that resolve to the same IP address
share one request slot, so a consolidated platform serving many government sites from one
machine sees the pace of one polite crawler, not one per site.

Each crawl keeps its own stop event and its own interval (a robots.txt Crawl-delay slows
its own site only); the next-slot table is shared and keyed by address instead of host.
Within one process only: Dask workers in other processes each have their own table.
"""

from __future__ import annotations

import socket
import threading
from urllib.parse import urlsplit

from govaudit.crawl.politeness import HostLimiter


class SharedPacing:
    """Next request slot per IP address, shared by every crawl of this process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.next: dict[str, float] = {}
        self._addresses: dict[str, str] = {}

    def key(self, netloc: str) -> str:
        """The address `netloc` (host[:port]) resolves to; the host name itself when it does not resolve."""
        host = urlsplit(f"//{netloc}").hostname or netloc
        if host not in self._addresses:  # resolved once per host; a race only resolves twice
            try:
                self._addresses[host] = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)[0][4][0]
            except (OSError, UnicodeError, IndexError):
                self._addresses[host] = host
        return self._addresses[host]

    def limiter(self, rate: float, stop: threading.Event) -> HostLimiter:
        """A crawl's limiter drawing its slots from this table (crawl_site's `limiter` factory)."""
        return AddressLimiter(rate, stop, self)


class AddressLimiter(HostLimiter):
    """HostLimiter whose slots are per IP address and shared through a SharedPacing."""

    def __init__(self, rate: float, stop: threading.Event, pacing: SharedPacing) -> None:
        super().__init__(rate, stop)
        self._pacing = pacing
        self._lock = pacing.lock
        self._next = pacing.next

    def acquire(self, host: str, deadline: float | None = None) -> bool:
        return super().acquire(self._pacing.key(host), deadline)

    def defer(self, host: str, seconds: float) -> None:
        super().defer(self._pacing.key(host), seconds)


# One table per process: the local threads of a batch, or one Dask worker's tasks.
PROCESS_PACING = SharedPacing()
