"""URL traps: endless calendars, paths that repeat themselves, generated URL floods.

A trap is cut off when a URL is discovered, before it costs a request; every
cut-off is recorded (the crawl is then knowingly incomplete for that pattern).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qsl, urlsplit

_DIGITS = re.compile(r"\d+")
_DATE_KEYS = re.compile(r"^(?:date|day|month|year|yyyy|yy|mm|dd|rq|riqi|week|ym|ymd|time|mon|cal|calendar)$|date$",
                        re.I)
_DATE_VALUE = re.compile(r"^(?:19|20)\d{2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?$")  # ids like 2024011 are not dates
_CALENDAR_PATH = re.compile(r"calendar|rili|/rl/", re.I)
# A path that is nothing but a date once its folders, a page name (index.html) and its extension are
# set aside: /huodong/2026-11-20.html, /rili/20261120.html, /cal/2026/11/20/, /cal/2026-11/. A dated
# article also names a document (/art/2024/5/6/art_1229_345.html, /202405/t20240506_123456.html,
# /c/2024-05-06/1234.html) and never matches: its last segment is not a date.
_PAGE_NAME = re.compile(r"/(?:index|default)\.\w{2,5}$|\.(?:s?html?|jsp|aspx?|php|do)$|/$", re.I)
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_DAY_PATHS = (re.compile(rf"/{_YEAR}(?P<s>[-_.])(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}})$"),
              re.compile(rf"/{_YEAR}(?P<m>\d{{2}})(?P<d>\d{{2}})$"),
              re.compile(rf"/{_YEAR}/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})$"))
_MONTH_PATHS = (re.compile(rf"/{_YEAR}(?P<s>[-_.])(?P<m>\d{{1,2}})$"), re.compile(rf"/{_YEAR}/(?P<m>\d{{1,2}})$"))
_NEIGHBOURS = {"day": 366, "month": 12}  # a link this close in time (next day … same day next year) is a calendar step

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


@dataclass(frozen=True)
class PathDate:
    """The date a path is made of: `shape` is the path with the date replaced by {date}."""

    shape: str
    unit: str  # day | month
    value: int  # day: date.toordinal(); month: year * 12 + month


def path_date(path: str) -> PathDate | None:
    """The date `path` is nothing but (after its folders, page name and extension), or None."""
    end = _PAGE_NAME.search(path)
    stem = path[:end.start()] if end else path
    if not stem[-1:].isdigit():  # every date form ends in a digit: most links stop here
        return None
    for unit, forms in (("day", _DAY_PATHS), ("month", _MONTH_PATHS)):
        for form in forms:
            if (m := form.search(stem)) is None:
                continue
            year, month = int(m["y"]), int(m["m"])
            try:  # 2024-13-45 is not a date
                day = date(year, month, int(m["d"]) if unit == "day" else 1)
            except ValueError:
                return None
            value = day.toordinal() if unit == "day" else year * 12 + month
            return PathDate(f"{path[:m.start() + 1]}{{date}}{path[m.end():]}", unit, value)
    return None


def calendar_step(url: str, parent: str | None) -> bool:
    """True when `url` and the page linking to it (`parent`) are the same date-only path a few days,
    months or a year apart: a calendar's previous/next link."""
    if parent is None:
        return False
    here, there = urlsplit(url), urlsplit(parent)
    if here.netloc != there.netloc or (a := path_date(here.path)) is None or (b := path_date(there.path)) is None:
        return False
    return a.shape == b.shape and a.unit == b.unit and 0 < abs(a.value - b.value) <= _NEIGHBOURS[a.unit]


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

    def admit(self, url: str, parent: str | None = None) -> tuple[str | None, str]:
        """(trap reason or None, pattern) for a URL about to be queued from the page `parent`;
        admitted URLs are counted. The dates of a date-only path are one pattern, a calendar
        when the link steps from one date to a neighbouring one."""
        parts = urlsplit(url)
        dated = path_date(parts.path)
        pattern = pattern_of(url) if dated is None else f"{parts.netloc}{dated.shape}"
        if len(url) > self._max_url_length:
            return LONG_URL, pattern
        if repeats_itself(parts.path):
            return REPEATING_PATH, pattern
        calendar = is_calendar(url) or (dated is not None and calendar_step(url, parent))
        limit = self._max_calendar if calendar else self._max_per_pattern
        if self._counts[pattern] >= limit:
            return (CALENDAR if calendar else PATTERN_FLOOD), pattern
        self._counts[pattern] += 1
        return None, pattern
