"""Politeness across a batch's crawls: one request slot per IP address, whatever the host or port."""

from __future__ import annotations

import threading
import time

from govaudit.batch.pacing import SharedPacing


def _first_two(pacing: SharedPacing, host_a: str, host_b: str, rate: float = 5.0) -> float:
    """Seconds between the starts of two crawls' first requests, to host_a and host_b."""
    stop = threading.Event()
    a, b = pacing.limiter(rate, stop), pacing.limiter(rate, stop)
    a.acquire(host_a)
    a.acquire(host_a)  # the next slot of host_a's address is now 1/rate away
    started = time.monotonic()
    b.acquire(host_b)
    return time.monotonic() - started


def test_two_sites_on_one_address_share_the_slot() -> None:
    waited = _first_two(SharedPacing(), "127.0.0.1:8001", "127.0.0.1:8002")
    assert waited >= 0.15  # 1/5 s after the other crawl's request


def test_sites_on_different_addresses_do_not_wait_for_each_other() -> None:
    waited = _first_two(SharedPacing(), "127.0.0.1:8001", "127.0.0.2:8001")
    assert waited < 0.1


def test_a_name_resolving_to_the_address_shares_it() -> None:
    pacing = SharedPacing()
    assert pacing.key("localhost:80") in ("127.0.0.1", "::1")
    assert pacing.key("127.0.0.3:9") == "127.0.0.3"
    assert pacing.key("[::1]:80") == "::1"


def test_defer_pauses_every_site_on_the_address() -> None:
    pacing, stop = SharedPacing(), threading.Event()
    a, b = pacing.limiter(0, stop), pacing.limiter(0, stop)
    a.defer("127.0.0.1:1", 0.2)  # e.g. a Retry-After from one site of a shared platform
    started = time.monotonic()
    b.acquire("127.0.0.1:2")
    assert time.monotonic() - started >= 0.15
