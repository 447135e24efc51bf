"""Every tunable default in one place, documented.

Precedence (applied by the CLI): these defaults < govaudit.toml < command-line options.
"""

from __future__ import annotations

from dataclasses import dataclass

from govaudit import __version__

DEFAULT_USER_AGENT = (
    f"govaudit/{__version__} (+https://github.com/govaudit/govaudit; government website disclosure audit)"
)


@dataclass(frozen=True)
class CrawlSettings:
    """How the crawl stage fetches one site.

    The politeness defaults are deliberately low: district and county government
    sites often run on small shared servers behind a WAF that bans bursty clients,
    and an audit must never degrade a public service. 2 requests/s with 2 in
    flight is the usual ceiling evaluators agree with webmasters; raise it only
    for a server you run yourself (rate <= 0 disables the limit, for loopback).
    """

    rate: float = 2.0  # max requests per second per host; <= 0 means unlimited
    concurrency: int = 2  # max requests in flight per host
    # Page requests: pages fetched (GET) and the requests rendered pages' scripts make; robots.txt not
    # counted. Checked before each fetch, so a page rendered last may overshoot by its scripts' requests.
    # 5000 covers a medium county site (≈3,000 list pages and documents) completely; at 2 requests/s
    # that is ≈42 minutes, inside max_time.
    max_pages: int = 5000
    # Attachment and image checks (HEAD requests) have a budget of their own, so they never starve
    # list pages and documents. What either budget left out is recorded (snapshot meta budget_cut).
    max_checks: int = 3000
    max_depth: int = 8  # link hops from the start URL
    max_time: float = 3600.0  # seconds of crawling before stopping cleanly
    # Pages of one list queued from a pager (TRS createPageHTML, 尾页 links): the first
    # pages hold the newest items; a 600-page 公示公告 list is not worth 600 requests.
    max_list_pages: int = 50
    # Scope: the start URL's host (and the host it redirects to) plus these; `*.example.gov.cn`
    # admits every subdomain. include/exclude are regular expressions searched in the full URL.
    allow_hosts: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    # Traps: a URL shape (numbers as 9, query keys) may be queued this many times; date-addressed
    # shapes (calendars) far fewer. Beyond, URLs are cut off and recorded in the index. Platforms
    # that address every document by id share one shape site-wide (/public/{unit}/{doc}.html,
    # /content/post_{id}.html, article.jsp?id=), so the limit is sized for a whole medium site's
    # documents, not one column's: a flood beyond it still ends at max_pages.
    max_urls_per_pattern: int = 4000
    max_calendar_urls: int = 30
    timeout: tuple[float, float] = (10.0, 30.0)  # connect, read (per socket read), seconds
    max_body_bytes: int = 20 * 1024 * 1024  # larger responses are cut and marked too_large
    retries: int = 2  # extra attempts for transient failures (timeouts, resets, 5xx, 429)
    obey_robots: bool = True  # False is the evaluator's explicit override, recorded in the snapshot
    insecure: bool = False  # True: do not verify TLS certificates (expired/self-signed gov certs); recorded
    # Circuit breaker per host: after this many consecutive failures (no connection, timeout,
    # 502/504) pause the host, probe it after the cooldown (doubling each time), and give
    # it up after `breaker_trips` pauses; its queued URLs stay queued for --resume.
    breaker_failures: int = 5
    breaker_cooldown: float = 30.0
    breaker_trips: int = 3
    # Rendering in Chromium (Playwright): auto renders only pages whose static HTML shows
    # script-loaded evidence (see crawl/render_need.py); always renders every in-scope page;
    # never renders none. Pages that needed it are then marked so the model reports them
    # as not observed. auto falls back to never, with a notice, without playwright/chromium.
    render: str = "auto"
    render_timeout: float = 20.0  # seconds per page, its scripts' requests included
    chromium: str = "/usr/bin/chromium"  # Debian's package; `chromium` on PATH otherwise
    # Continue the crawl already in the output folder (its queue, its recorded settings
    # unless overridden) instead of refusing to write over it.
    resume: bool = False
    user_agent: str = DEFAULT_USER_AGENT
    contact: str | None = None  # e-mail or URL appended to the User-Agent so webmasters can reach the operator

    @property
    def full_user_agent(self) -> str:
        """The User-Agent header actually sent: `user_agent`, plus the contact when set."""
        return f"{self.user_agent} (contact: {self.contact})" if self.contact else self.user_agent
