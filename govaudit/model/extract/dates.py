"""Dates as government pages write them: 2024-05-06, 2024/5/6, 2024.05.06, 2024年5月6日."""

from __future__ import annotations

import re
from datetime import date

from govaudit.htmlvocab import UPDATE_LABELS

# Full-width digits and separators occur in copied Word text.
_FULLWIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")
_HAS_FULLWIDTH = re.compile("[０-９－／．]")
_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)(?!\d)"
)
# Two numeric dates written with nothing between them (a row of inline cells, `<span>2026/10/23</span><span>
# 2026/10/28</span>`, reads 2026/10/232026/10/28): the first ends at its two-digit day.
_GLUED = re.compile(r"((?:19|20)\d{2}([-/.])\d{1,2}\2\d{2})(?=(?:19|20)\d{2}\2\d{1,2}\2\d{1,2}(?!\d))")
_MONTH_DAY = re.compile(r"(?<![\d\-/.年])(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?![\d\-/.])")
# URL dates: TRS `t20231104_`, Hanweb `/art/2023/11/4/`, www.gov.cn `/2018-12/29/`.
_URL_DATES = (
    re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+"),
    re.compile(r"/art/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})/(\d{2})/"),
)


def _make(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[date, str]]:
    """Every valid date in `text`, in order, with the exact text it was read from."""
    if _HAS_FULLWIDTH.search(text):
        text = text.translate(_FULLWIDTH)
    if _GLUED.search(text):
        text = _GLUED.sub(r"\1 ", text)
    found = []
    for m in _DATE.finditer(text):
        y, m1, d1, m2, d2 = m.groups()
        value = _make(y, m1 or m2, d1 or d2)
        if value is not None:
            found.append((value, m.group(0)))
    return found


_SIGNATURE_TAIL = 40  # characters at the end of a text where its signature date stands


def signed_date(text: str) -> tuple[date, str] | None:
    """The date a text is signed with (a guide's 落款: 云溪县人民政府办公室 2026年3月10日): a full
    date ending the text, with the text showing it; None otherwise."""
    dates = find_dates(text[-_SIGNATURE_TAIL:])
    if dates and text.rstrip().endswith(dates[-1][1]) and "年" in dates[-1][1]:
        return dates[-1]
    return None


def first_date(text: str) -> date | None:
    """The first valid date in `text`, or None."""
    dates = find_dates(text)
    return dates[0][0] if dates else None


# A list row's calendar box: the day, then the year and month under it (`<span class="day">20</span>
# <span class="month">2025-11</span>`, whose text runs together: `202025-11`), or the year and month,
# then the day. Read only from a text that is the box alone.
_CALENDAR = (re.compile(r"(\d{1,2})\s*((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?"),
             re.compile(r"((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?:(\d{1,2})(?:\s*月\s*|\s+)|(\d{2}))(\d{1,2})\s*日?"))
_CALENDAR_WRAP = " []【】()（）"


def calendar_date(text: str) -> tuple[date, str] | None:
    """The date of a text that is a calendar box alone (`20 2025-11`, `202025-11`, `2025-11 20`), with the text."""
    shown = text.translate(_FULLWIDTH).strip(_CALENDAR_WRAP)
    if m := _CALENDAR[0].fullmatch(shown):
        value = _make(m.group(2), m.group(3), m.group(1))
    elif m := _CALENDAR[1].fullmatch(shown):
        value = _make(m.group(1), m.group(2) or m.group(3), m.group(4))
    else:
        return None
    return (value, shown) if value is not None else None


def find_month_days(text: str, year: int) -> list[tuple[date, str]]:
    """Dates written without a year (`05-06`, `[05-06]`, `5月6日`), completed with `year`."""
    found = []
    if _HAS_FULLWIDTH.search(text):
        text = text.translate(_FULLWIDTH)
    for m in _MONTH_DAY.finditer(text):
        value = _make(str(year), m.group(1), m.group(2))
        if value is not None:
            found.append((value, m.group(0)))
    return found


_UPDATE = re.compile(r"(?:" + "|".join(sorted(UPDATE_LABELS, key=len, reverse=True)) + r")\s*(?:日期|时间)?\s*[：:为]?\s*")


def update_date(text: str) -> tuple[date, str] | None:
    """The date a data page says it was updated (数据更新日期：2026-05-06, 截至2026年5月6日)."""
    if not any(label in text for label in UPDATE_LABELS):
        return None
    for m in _UPDATE.finditer(text):
        dates = find_dates(text[m.end() : m.end() + 24])
        if dates and (at := text[m.end() : m.end() + 24].find(dates[0][1])) <= 2:
            # the text as shown, an opening bracket between label and date kept (`更新时间：[2026-10-29]`)
            return dates[0][0], text[m.start() : m.end() + at + len(dates[0][1])]
    return None


def url_date(url: str) -> date | None:
    """The date in a document URL (TRS `tYYYYMMDD_`, Hanweb `/art/Y/M/D/`, `/YYYY-MM/DD/`):
    the weakest date source, often a republication date."""
    for pattern in _URL_DATES:
        m = pattern.search(url)
        if m and (value := _make(*m.groups())) is not None:
            return value
    return None
