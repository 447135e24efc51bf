"""Fixtures for crawl tests: loopback sites that are always stopped."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.crawl.sitekit import Route, Site, start_site, stop_site


@pytest.fixture
def serve() -> Iterator[Callable[..., Site]]:
    """Factory: serve(root, routes=None, tls=None) starts a site on 127.0.0.1; all are stopped afterwards."""
    started: list[Site] = []

    def start(root: Path, routes: dict[str, Route] | None = None, tls=None) -> Site:
        started.append(start_site(root, routes, tls))
        return started[-1]

    yield start
    for site in started:
        stop_site(site)
