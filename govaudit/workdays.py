"""Working days in mainland China: official holidays and make-up workdays (调休) included."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar


def working_days_after(start: date, end: date) -> int | None:
    """Working days in (start, end]: 0 when `end` is not after `start`.

    None when the calendar has no data for a year in the range (the `chinese-calendar`
    package covers the years the State Council has announced); callers report that as
    incomplete evidence rather than guessing from weekdays.
    """
    if end <= start:
        return 0
    try:
        return len(chinese_calendar.get_workdays(start + timedelta(days=1), end))
    except NotImplementedError:
        return None
