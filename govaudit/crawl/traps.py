"""URL traps: endless calendars, paths that repeat themselves, generated URL floods.

A trap is cut off when a URL is discovered, before it costs a request; every
cut-off is recorded (the crawl is then knowingly incomplete for that pattern).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

_DIGITS = re.compile(r"\d+")
_DATE_KEYS = re.compile(r"^(?:date|day|month|year|yyyy|yy|mm|dd|rq|riqi|week|ym|ymd|time|mon|cal|calendar)$|date$",
                        re.I)
_DATE_VALUE = re.compile(r"^(?:19|20)\d{2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?$")  # ids like 2024011 are not dates
_CALENDAR_PATH = re.compile(r"calendar|rili|/rl/", re.I)

REPEATING_PATH = "repeating_path"
CALENDAR = "calendar"
PATTERN_FLOOD = "pattern_flood"
LONG_URL = "long_url"


def pattern_of(url: str) -> str:
    """The URL's shape: host; path with all-digit folders and the file name's last number as 9;
    sorted query keys. Numbers inside names stay: /col3/ and art_1234_ (a column id) are
    not the same shape as /col4/ and art_5678_, so one column's documents are not another's."""
    parts = urlsplit(url)
    folders, _, name = parts.path.rpartition("/")
    folders = "/".join("9" if seg.isdigit() else seg for seg in folders.split("/"))
    runs = list(_DIGITS.finditer(name))
    if runs:
        name = f"{name[:runs[-1].start()]}9{name[runs[-1].end():]}"
    keys = sorted({k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return f"{parts.netloc}{folders}/{name}" + (f"?{'&'.join(keys)}" if keys else "")


def is_calendar(url: str) -> bool:
    """True for URLs addressed by a date: date-named query keys or date-shaped values, calendar paths."""
    parts = urlsplit(url)
    if _CALENDAR_PATH.search(parts.path):
        return True
    return any(_DATE_KEYS.search(k) or _DATE_VALUE.match(v)
               for k, v in parse_qsl(parts.query, keep_blank_values=True))


def repeats_itself(path: str, max_repeats: int = 3) -> bool:
    """True when a path segment occurs `max_repeats` times (/a/b/a/b/a/b/), a sign of relative-link loops."""
    segments = [s for s in path.split("/") if s]
    return any(n >= max_repeats for n in Counter(segments).values())


class TrapDetector:
    """Counts queued URLs per pattern and names the trap a new URL falls into, if any."""

    def __init__(self, max_per_pattern: int, max_calendar: int, max_url_length: int = 2048) -> None:
        self._max_per_pattern = max_per_pattern
        self._max_calendar = max_calendar
        self._max_url_length = max_url_length
        self._counts: Counter[str] = Counter()

    def admit(self, url: str) -> tuple[str | None, str]:
        """(trap reason or None, pattern) for a URL about to be queued; admitted URLs are counted."""
        pattern = pattern_of(url)
        if len(url) > self._max_url_length:
            return LONG_URL, pattern
        if repeats_itself(urlsplit(url).path):
            return REPEATING_PATH, pattern
        calendar = is_calendar(url)
        limit = self._max_calendar if calendar else self._max_per_pattern
        if self._counts[pattern] >= limit:
            return (CALENDAR if calendar else PATTERN_FLOOD), pattern
        self._counts[pattern] += 1
        return None, pattern
