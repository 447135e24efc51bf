"""Days between two dates a page states (征求意见 from 2026年3月1日 to 3月31日), or a period it
states in words (征求意见期为30日、为期30天、不少于10个工作日): read conservatively, for
page_text's `date_span`.

A range counts only when explicit: two dates joined by 至/到/—/~ (自…起至…止), near a keyword
when the rule gives one. A date without its year takes the other date's year, else the page's.
A period counts only after words that introduce one (为期、期限为、时间为、不少于、共、之日起 …), so
“请于30日前反馈” (the 30th of a month) is not a period. Its number may be written in Chinese
numerals (为期三十日、十五个工作日), in days, working days, weeks or months (一个月: 28 to 31 days,
which decides a limit only when every month length does). No range or period, an unreadable one,
or ones that disagree about the requirement → undecided.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from govaudit.cnnum import NUMERAL_CHARS, cn_int
from govaudit.workdays import working_days_after

_DATE = (r"(?:(?P<{p}y>\d{{4}})\s*年\s*)?(?P<{p}m>\d{{1,2}})\s*月\s*(?P<{p}d>\d{{1,2}})\s*[日号]"
         r"|(?P<{p}Y>\d{{4}})[-./](?P<{p}M>\d{{1,2}})[-./](?P<{p}D>\d{{1,2}})")
_EXTRA = r"(?:\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?(?:\s*(?:上午|下午)?\s*\d{1,2}(?:[:：]\d{2}|时|点)(?:\d{1,2}分)?)?"
RANGE = re.compile(f"(?:{_DATE.format(p='a')}){_EXTRA}\\s*(?:起|开始)?\\s*(?:至|到|—+|－|–|-|~|～)\\s*(?:{_DATE.format(p='b')}){_EXTRA}")
NEAR_CHARS = 80  # a range this far after the keyword belongs to it
# A period in words: introduced by 为期/期限为/时间为/不少于/共 … or 之日起 (or 公示期/征求意见期 itself,
# 公示期5个工作日), then N in digits or Chinese numerals and (个)(自然|日历|工作)日/天, 周/个星期 or
# 个月, not followed by 前/止/后 (“30日前” is a date). (“截止日期为30日”“截止时间为30日” are dates:
# 期为 and 时间为 count only when no 日期/截止 precedes them.)
PERIOD = re.compile(r"(?:为期|期限(?:为|是)?|(?<!日)期(?:为|是)|(?:公示|意见|公告|异议)期[：:]?|(?<!截止)(?<!截至)时间(?:为|是)"
                    r"|不少于|不低于|不短于|至少|共计?|之日起)\s*"
                    rf"(?P<n>\d{{1,3}}|[{NUMERAL_CHARS}]{{1,6}})\s*(?P<unit>个?工作日|个?自然日|个?日历日|天|日|周|个星期|个月)(?![前止后])")
_UNITS = {"工作日": "workday", "周": "week", "星期": "week", "月": "month"}  # any other unit: calendar days
_MONTH_DAYS = (28, 31)  # the shortest and the longest month


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

    @property
    def calendar_days(self) -> tuple[int, int | None]:
        """(fewest, most) calendar days: both `days` for a range of dates."""
        return self.days, self.days


@dataclass(frozen=True)
class Period:
    """A period stated in words: `length` calendar days (`unit` "day", weeks are read as days),
    working days ("workday") or months ("month"); what the unit does not say is unknown."""

    length: int
    unit: str
    text: str
    start: None = None
    end: None = None

    @property
    def days(self) -> int | None:
        return self.length if self.unit == "day" else None

    @property
    def workdays(self) -> int | None:
        return self.length if self.unit == "workday" else None

    @property
    def calendar_days(self) -> tuple[int, int | None]:
        """(fewest, most) calendar days the period can last (most None: unbounded). N working
        days last at least N calendar days; N months between 28·N and 31·N."""
        if self.unit == "month":
            return self.length * _MONTH_DAYS[0], self.length * _MONTH_DAYS[1]
        return self.length, (None if self.unit == "workday" else self.length)


def read_period(m: re.Match[str]) -> Period | None:
    """The period a PERIOD match states; None for a number that is not one (一百五) or zero."""
    n = cn_int(m.group("n"))
    if not n:
        return None
    unit = next((u for word, u in _UNITS.items() if word in m.group("unit")), "day")
    if unit == "week":
        return Period(n * 7, "day", m.group())
    return Period(n, unit, m.group())


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


def find_spans(text: str, near: re.Pattern[str] | None, page_year: int | None) -> list[Span | Period] | None:
    """The date ranges and periods stated in `text` (after a `near` keyword when given); None
    when a range was seen but could not be read (no year anywhere, an impossible date)."""
    if near is None:
        windows = [(0, 0, len(text))]
    else:  # (keyword start, keyword end, window end): a period may begin inside the keyword (公示期为5个工作日)
        windows = [(k.start(), k.end(), k.end() + NEAR_CHARS) for k in near.finditer(text)]
    found: list[Span | Period] = []
    unreadable = False
    seen: set[int] = set()
    for key, lo, hi in windows:
        for m in RANGE.finditer(text, lo, min(hi + 40, len(text))):
            if m.start() >= hi or m.start() in seen:
                continue
            seen.add(m.start())
            span = _span(m, page_year)
            if span is None:
                unreadable = True
            else:
                found.append(span)
        for m in PERIOD.finditer(text, key, min(hi + 40, len(text))):
            if m.start() >= hi or m.start() in seen or any(m.start() < r.end() and r.start() < m.end() for r in _ranges_in(text, m)):
                continue
            seen.add(m.start())
            period = read_period(m)
            if period is not None:
                found.append(period)
    return None if unreadable and not found else found


def _ranges_in(text: str, m: re.Match[str]) -> list[re.Match[str]]:
    """Date ranges around a period match (“为期…2026年3月2日至3月31日”: the range is read, not “31日”)."""
    return list(RANGE.finditer(text, max(0, m.start() - 40), min(len(text), m.end() + 40)))
