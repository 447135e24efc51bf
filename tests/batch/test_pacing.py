"""Politeness across a batch's crawls: one request slot per IP address, whatever the host or port."""

from __future__ import annotations

import threading
import time

from govaudit.batch.pacing import SharedPacing

SLOW = 0.01  # one request per 100 s per address: a shared slot is unmistakable, whatever the load


def _second_may_start_soon(pacing: SharedPacing, host_a: str, host_b: str) -> bool:
    """After one crawl's request to host_a, may another crawl's first request to host_b start
    within 50 s? The limiter answers at once when the slot is past that deadline, and does not
    wait when the slot is free, so the test times nothing."""
    stop = threading.Event()
    a, b = pacing.limiter(SLOW, stop), pacing.limiter(SLOW, stop)
    assert a.acquire(host_a)  # host_a's address: the next slot is 100 s away
    return b.acquire(host_b, time.monotonic() + 50)


def test_two_sites_on_one_address_share_the_slot() -> None:
    assert not _second_may_start_soon(SharedPacing(), "127.0.0.1:8001", "127.0.0.1:8002")


def test_sites_on_different_addresses_do_not_wait_for_each_other() -> None:
    assert _second_may_start_soon(SharedPacing(), "127.0.0.1:8001", "127.0.0.2:8001")


def test_the_shared_slot_is_waited_for() -> None:
    """The real wait, measured from before the first request, so load can only lengthen it."""
    stop = threading.Event()
    pacing = SharedPacing()
    a, b = pacing.limiter(5.0, stop), pacing.limiter(5.0, stop)
    started = time.monotonic()
    a.acquire("127.0.0.1:8001")
    b.acquire("127.0.0.1:8002")
    assert time.monotonic() - started >= 0.19  # 1/5 s after the other crawl's request


def test_a_name_resolving_to_the_address_shares_it() -> None:
    pacing = SharedPacing()
    assert pacing.key("localhost:80") in ("127.0.0.1", "::1")
    assert pacing.key("127.0.0.3:9") == "127.0.0.3"
    assert pacing.key("[::1]:80") == "::1"


def test_defer_pauses_every_site_on_the_address() -> None:
    pacing, stop = SharedPacing(), threading.Event()
    a, b = pacing.limiter(0, stop), pacing.limiter(0, stop)
    a.defer("127.0.0.1:1", 100)  # e.g. a Retry-After from one site of a shared platform
    assert not b.acquire("127.0.0.1:2", time.monotonic() + 50)  # answered at once: the slot is past it
    assert b.acquire("127.0.0.2:2", time.monotonic() + 50)  # another address is not paused
