"""Days between two dates a page states (征求意见 from 2026年3月1日 to 3月31日): read
conservatively, for page_text's `date_span`.

Only an explicit range counts: two dates joined by 至/到/—/~ (自…起至…止), near a keyword
when the rule gives one. A date without its year takes the other date's year, else the page's.
No range, an unreadable one, or ranges that disagree about the requirement → undecided.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from govaudit.workdays import working_days_after

_DATE = (r"(?:(?P<{p}y>\d{{4}})\s*年\s*)?(?P<{p}m>\d{{1,2}})\s*月\s*(?P<{p}d>\d{{1,2}})\s*[日号]"
         r"|(?P<{p}Y>\d{{4}})[-./](?P<{p}M>\d{{1,2}})[-./](?P<{p}D>\d{{1,2}})")
_EXTRA = r"(?:\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?(?:\s*(?:上午|下午)?\s*\d{1,2}(?:[:：]\d{2}|时|点)(?:\d{1,2}分)?)?"
RANGE = re.compile(f"(?:{_DATE.format(p='a')}){_EXTRA}\\s*(?:起|开始)?\\s*(?:至|到|—+|－|–|-|~|～)\\s*(?:{_DATE.format(p='b')}){_EXTRA}")
NEAR_CHARS = 80  # a range this far after the keyword belongs to it


@dataclass(frozen=True)
class Span:
    start: date
    end: date
    text: str

    @property
    def days(self) -> int:
        """Calendar days, both ends included (3月1日至3月30日 is 30 days)."""
        return (self.end - self.start).days + 1

    @property
    def workdays(self) -> int | None:
        """Chinese working days from start to end, both included; None outside the holiday calendar."""
        return working_days_after(self.start - timedelta(days=1), self.end)


def _part(m: re.Match[str], p: str) -> tuple[int | None, int, int]:
    if m.group(f"{p}m"):
        y = m.group(f"{p}y")
        return (int(y) if y else None), int(m.group(f"{p}m")), int(m.group(f"{p}d"))
    return int(m.group(f"{p}Y")), int(m.group(f"{p}M")), int(m.group(f"{p}D"))


def _span(m: re.Match[str], page_year: int | None) -> Span | None:
    (ya, ma, da), (yb, mb, db) = _part(m, "a"), _part(m, "b")
    ya = ya or yb or page_year
    if ya is None:
        return None
    try:
        start = date(ya, ma, da)
        end = date(yb or ya, mb, db)
        if yb is None and end < start:  # 12月15日至1月15日
            end = date(ya + 1, mb, db)
    except ValueError:
        return None
    return Span(start, end, m.group()) if start <= end else None


def find_spans(text: str, near: re.Pattern[str] | None, page_year: int | None) -> list[Span] | None:
    """The date ranges stated in `text` (after a `near` keyword when given); None when a range
    was seen but could not be read (no year anywhere, an impossible date)."""
    if near is None:
        windows = [(0, len(text))]
    else:
        windows = [(k.end(), k.end() + NEAR_CHARS) for k in near.finditer(text)]
    found: list[Span] = []
    unreadable = False
    seen: set[int] = set()
    for lo, hi in windows:
        for m in RANGE.finditer(text, lo, min(hi + 40, len(text))):
            if m.start() >= hi or m.start() in seen:
                continue
            seen.add(m.start())
            span = _span(m, page_year)
            if span is None:
                unreadable = True
            else:
                found.append(span)
    return None if unreadable and not found else found
