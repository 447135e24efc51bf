"""A crawl of the bundled demo site, served on 127.0.0.1, for tests that read a real snapshot."""

from __future__ import annotations

from pathlib import Path

from govaudit.crawl import crawl_site
from govaudit.demo.server import serve
from govaudit.demo.sitegen import generate_site
from govaudit.settings import CrawlSettings


def crawl_demo(tmp: Path, name: str = "crawl") -> Path:
    """Generate the demo site under `tmp/site`, crawl it (no rate limit, 4 in flight) into
    `tmp/name` and return that folder (its snapshot/, nothing built yet)."""
    generate_site(tmp / "site")
    with serve(tmp / "site") as base:
        crawl_site(base, tmp / name, CrawlSettings(rate=0, concurrency=4))
    return tmp / name
