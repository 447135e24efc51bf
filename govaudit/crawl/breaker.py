"""Circuit breaker per host: stop asking a server that has stopped answering.

Without it, a site that dies mid-crawl costs every queued URL its full
timeouts and retries. After `threshold` consecutive failures (no connection,
timeouts, 502/504 from a gateway whose backend is gone) the host is open:
nothing is sent for `cooldown` seconds; then one probe. A failed probe doubles
the cooldown; after `max_trips` openings in a row the host is given up, and its
queued URLs stay queued (a resumed crawl tries them again).
"""

from __future__ import annotations

import math
import time
from collections import defaultdict, deque
from dataclasses import dataclass

from govaudit.crawl import outcomes
from govaudit.crawl.frontier import Frontier, Why
from govaudit.urls import host_of

# 503 is left out: servers and WAFs answer it for single pages, and one broken page is a fact to record.
_GATEWAY_DOWN = (502, 504)


def is_host_failure(outcome: str, status: int | None) -> bool:
    """True for failures that say the server is down, not that one page is broken."""
    return outcome in (outcomes.UNREACHABLE, outcomes.TIMEOUT) or (
        outcome == outcomes.HTTP_ERROR and status in _GATEWAY_DOWN)


@dataclass
class _Host:
    failures: int = 0  # consecutive
    trips: int = 0
    open_until: float | None = None  # None: closed
    probing: bool = False
    probe: str | None = None  # the URL sent as the probe
    dead: bool = False


class Breaker:
    """Per-host state; called from the crawl's main thread only."""

    def __init__(self, threshold: int, cooldown: float, max_trips: int) -> None:
        self._threshold = threshold
        self._cooldown = cooldown
        self._max_trips = max_trips
        self._hosts: dict[str, _Host] = {}

    def admit(self, host: str, url: str | None = None) -> bool:
        """May a request (for `url`) to `host` start now? When the cooldown is over, the first one
        is the probe."""
        h = self._hosts.get(host)
        if h is None or (h.open_until is None and not h.dead):
            return True
        if h.dead or h.probing or time.monotonic() < h.open_until:
            return False
        h.probing, h.probe = True, url
        return True

    def record(self, host: str, failed: bool, url: str | None = None) -> str | None:
        """Count a finished request (for `url`): "opened", "dead", "closed" (recovered) or None
        (no change)."""
        h = self._hosts.setdefault(host, _Host())
        was_open = h.open_until is not None
        if was_open and not (h.probing and url == h.probe):
            # Sent before the host was opened: a failure is already counted in, and a success
            # (answered before the outage, read late on a busy machine) says nothing of recovery.
            return None
        h.probing, h.probe = False, None
        if not failed:
            h.failures, h.trips, h.open_until = 0, 0, None
            return "closed" if was_open else None
        if h.dead:
            return None
        h.failures += 1
        if not was_open and h.failures < self._threshold:
            return None
        h.trips += 1
        if h.trips >= self._max_trips:
            h.dead, h.open_until = True, None
            return "dead"
        h.open_until = time.monotonic() + self._cooldown * 2 ** (h.trips - 1)
        return "opened"

    def paused_until(self, host: str) -> float | None:
        """None when requests to `host` may start; else when it takes a probe (time.monotonic()),
        math.inf while a probe is out or once the host is given up."""
        h = self._hosts.get(host)
        if h is None or (h.open_until is None and not h.dead):
            return None
        return math.inf if h.dead or h.probing else h.open_until

    def dead_hosts(self) -> list[str]:
        """Hosts given up, sorted."""
        return sorted(host for host, h in self._hosts.items() if h.dead)

    def report(self) -> dict[str, dict[str, object]]:
        """Hosts that ever tripped, for the snapshot's meta."""
        return {host: {"trips": h.trips, "state": "dead" if h.dead else "open" if h.open_until else "closed"}
                for host, h in sorted(self._hosts.items()) if h.trips}


class HostPauses:
    """The breaker and the URLs it holds back: parked while their host is paused or given up.

    Failures that only say "the server is down" are not facts about pages: when
    the breaker opens, the failed fetches that opened it (and any failure while
    the host is paused) are taken back and queued again instead of recorded.
    Those URLs are suspects: the probe is a URL that has not failed yet (a
    broken page failing again would say nothing about the host), and a suspect
    failing again once the host is answering is a broken page, recorded as such.
    """

    def __init__(self, breaker: Breaker, window: int) -> None:
        self.breaker = breaker
        self.parked: dict[str, list[tuple[str, Why]]] = defaultdict(list)
        self._suspects: set[str] = set()
        # The last failures per host, kept across a success: with several workers, a request sent
        # before the outage may succeed after the first failures of it.
        self._failed: dict[str, deque[tuple[str, Why, str]]] = defaultdict(lambda: deque(maxlen=window))

    def take(self, frontier: Frontier) -> tuple[str, Why] | None:
        """The best queued URL whose host may be asked now; the others are parked."""
        while (item := frontier.pop()) is not None:
            host = host_of(item[0])
            if self.breaker.admit(host, item[0]):
                return item
            self.parked[host].append(item)
        return None

    def unpark(self, frontier: Frontier) -> None:
        """Queue again the parked URLs of hosts that recovered; for a host taking a probe now,
        only the URLs that have not failed, if there are any."""
        now = time.monotonic()
        for host in list(self.parked):
            until = self.breaker.paused_until(host)
            if until is not None and until > now:
                continue
            items = self.parked.pop(host)
            fresh = [item for item in items if item[0] not in self._suspects]
            if until is not None and fresh and len(fresh) < len(items):
                self.parked[host] = [item for item in items if item[0] in self._suspects]
                items = fresh
            for url, why in items:
                frontier.restore(url, why)

    def next_probe(self) -> float | None:
        """When the next paused host takes a probe (time.monotonic()), if any does."""
        times = [t for h in self.parked if (t := self.breaker.paused_until(h)) is not None and t != math.inf]
        return min(times, default=None)

    def reason(self) -> str | None:
        """host_down when URLs are left queued for a host given up."""
        return "host_down" if any(self.parked.get(h) for h in self.breaker.dead_hosts()) else None

    def settle(self, url: str, why: Why, outcome: str, status: int | None) -> list[tuple[str, Why, str]] | None:
        """Tell the breaker about a finished fetch. None: record it. A list: do not record it, and
        take back these earlier failures (url, why, outcome) already recorded; all are parked."""
        host = host_of(url)
        failed = is_host_failure(outcome, status)
        if failed and url in self._suspects and self.breaker.paused_until(host) is None:
            return None  # failed before and again while its host answers: the page is broken
        event = self.breaker.record(host, failed, url)
        if not failed:
            return None
        if event is None and self.breaker.paused_until(host) is None:
            self._failed[host].append((url, why, outcome))
            return None
        taken = list(self._failed.pop(host, ()))
        self.parked[host].extend([(u, w) for u, w, _ in taken] + [(url, why)])
        self._suspects.update([u for u, _, _ in taken] + [url])
        return taken
