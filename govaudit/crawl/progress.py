"""What the crawl reports to its caller: live progress events and the final summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class CrawlSummary:
    """The result of one crawl.

    `fetched` and `by_outcome` count the site's URLs (robots.txt is archived and
    indexed but not counted). `budget_exhausted` is True whenever the crawl did
    not cover everything in scope; `reason` says why: max_pages, max_checks,
    max_time, max_depth, interrupted or error. `cutoffs` counts the URLs left out on
    purpose, by reason: traps (calendar, repeating_path, pattern_flood, long_url),
    excluded/not_included (scope patterns), max_depth, list pages beyond
    max_list_pages, and postback_pages (pages a WebForms pager reaches only by POST).
    `script_requests` counts the requests rendered pages' scripts made (archived too);
    with the pages fetched, they are what max_pages limits (attachment and image checks
    spend max_checks). `refused` counts the requests they
    made that the browser refused, by reason (govaudit.crawl.render.REFUSAL_REASONS).
    `renders` counts this run's HTML pages by render state (static: no browser needed;
    rendered, failed, skipped, unavailable), `render_seconds` is Chromium's time on the
    rendered ones and `seconds` the crawl's wall time: the browser's share of the crawl.
    """

    start_url: str
    fetched: int
    by_outcome: dict[str, int]
    budget_exhausted: bool
    reason: str | None
    started_at: str  # ISO 8601, Asia/Shanghai
    finished_at: str
    snapshot_dir: Path
    cutoffs: dict[str, int] = field(default_factory=dict)
    script_requests: int = 0
    refused: dict[str, int] = field(default_factory=dict)
    renders: dict[str, int] = field(default_factory=dict)
    render_seconds: float = 0.0
    seconds: float = 0.0


class CrawlProgress(Protocol):
    """Receives crawl events; the CLI implements it (the crawl itself never prints)."""

    def on_fetch(self, url: str, outcome: str, fetched: int, queued: int) -> None:
        """A URL was decided: fetched (any outcome) or skipped as robots_disallowed."""

    def on_finish(self, summary: CrawlSummary) -> None:
        """The crawl ended normally (not called when it is interrupted)."""
