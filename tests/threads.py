"""Running one call on several threads released at the same moment (first-use races)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


def run_at_once(call: Callable[[], Any], threads: int = 6) -> tuple[list[Any], list[Exception]]:
    """What `call` returned on each of `threads` threads started together, and what it raised."""
    barrier, results, errors = threading.Barrier(threads), [], []

    def run() -> None:
        barrier.wait()
        try:
            results.append(call())
        except Exception as exc:  # noqa: BLE001 - collected for the caller to assert on
            errors.append(exc)

    started = [threading.Thread(target=run) for _ in range(threads)]
    for t in started:
        t.start()
    for t in started:
        t.join()
    return results, errors
