"""robots.txt policy (RFC 9309), parsed with protego."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from protego import Protego


def robots_url(start_url: str) -> str:
    """The robots.txt URL governing `start_url`'s host."""
    parts = urlsplit(start_url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


class RobotsPolicy:
    """Whether a URL may be fetched, and the Crawl-delay asked for."""

    def __init__(self, parser: Protego | None, allow_all: bool, user_agent: str, note: str) -> None:
        self._parser = parser
        self._allow_all = allow_all
        self._user_agent = user_agent
        self.note = note  # why this policy applies, for the error column of disallowed URLs

    @classmethod
    def ignored(cls) -> RobotsPolicy:
        """The evaluator's override: everything allowed."""
        return cls(None, True, "", "robots.txt ignored")

    @classmethod
    def from_response(cls, status: int | None, body: bytes | None, user_agent: str) -> RobotsPolicy:
        """Policy from the robots.txt fetch result (status None: no HTTP answer).

        RFC 9309 §2.3.1: a 2xx body is obeyed; 4xx ("unavailable") allows all;
        5xx ("unreachable") disallows all. A network failure allows all here,
        so the page fetches that follow record the real failure instead.
        """
        if status is not None and 200 <= status < 300 and body is not None:
            return cls(Protego.parse(body.decode("utf-8", errors="replace")), False, user_agent, "disallowed by robots.txt")
        if status is not None and status >= 500:
            return cls(None, False, user_agent, f"robots.txt answered HTTP {status}: the whole site counts as disallowed")
        return cls(None, True, user_agent, "no usable robots.txt")

    def allowed(self, url: str) -> bool:
        """True when `url` may be fetched."""
        if self._allow_all:
            return True
        if self._parser is None:
            return False
        return self._parser.can_fetch(url, self._user_agent)

    def crawl_delay(self) -> float | None:
        """Seconds between requests asked for by robots.txt, if any."""
        if self._parser is None:
            return None
        delay = self._parser.crawl_delay(self._user_agent)
        return float(delay) if delay else None


class RobotsBook:
    """The robots.txt policy of every host in scope, each fetched on first need.

    Thread-safe: workers ask too (a redirect into a disallowed path is not
    followed). The fetches are kept in `fetched` until the crawl archives them.
    """

    def __init__(self, obey: bool, user_agent: str, fetch: Callable[[str], Any]) -> None:
        self._obey = obey
        self._user_agent = user_agent
        self._fetch = fetch  # robots.txt URL -> FetchResult
        self._policies: dict[str, RobotsPolicy] = {}
        self._lock = threading.Lock()
        self.fetched: list[tuple[str, Any]] = []

    def policy(self, url: str) -> RobotsPolicy:
        """The policy governing `url` (fetching its host's robots.txt the first time)."""
        if not self._obey:
            return RobotsPolicy.ignored()
        key = robots_url(url)
        with self._lock:
            if key not in self._policies:
                result = self._fetch(key)
                self._policies[key] = RobotsPolicy.from_response(result.status, result.content, self._user_agent)
                self.fetched.append((key, result))
            return self._policies[key]

    def allowed(self, url: str) -> bool:
        """True when `url` may be fetched."""
        return self.policy(url).allowed(url)

    def drain(self) -> list[tuple[str, Any]]:
        """robots.txt fetches made since the last call, as (url, FetchResult)."""
        with self._lock:
            fetched, self.fetched = self.fetched, []
        return fetched
