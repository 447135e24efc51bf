"""The crawl stage: a polite, focused crawl of one site into a WARC snapshot with a SQLite index.

    summary = crawl_site("https://www.example.gov.cn/", Path("out"), CrawlSettings())
    with SnapshotReader(Path("out")) as snapshot:
        for capture in snapshot.captures(): ...

The names below are imported on first use (PEP 562): `build`, `check` and `report` import a
few light modules of this package (outcomes, scope, frontier), and must not pay for the whole
crawl stack (requests, warcio, Playwright glue) just by importing the package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from govaudit.crawl.crawler import crawl_site
    from govaudit.crawl.progress import CrawlProgress, CrawlSummary
    from govaudit.crawl.snapshot import Capture, SnapshotReader

__all__ = ["Capture", "CrawlProgress", "CrawlSummary", "SnapshotReader", "crawl_site"]
_HOMES = {"crawl_site": "crawler", "CrawlProgress": "progress", "CrawlSummary": "progress", "Capture": "snapshot",
          "SnapshotReader": "snapshot"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later look-ups find it directly
    return value
