"""Dates as government pages write them: 2024-05-06, 2024/5/6, 2024.05.06, 2024年5月6日."""

from __future__ import annotations

import re
from datetime import date

# Full-width digits and separators occur in copied Word text.
_FULLWIDTH = str.maketrans("０１２３４５６７８９－／．", "0123456789-/.")
_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)(?!\d)"
)
_URL_DATE = re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+")


def _make(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[date, str]]:
    """Every valid date in `text`, in order, with the exact text it was read from."""
    text = text.translate(_FULLWIDTH)
    found = []
    for m in _DATE.finditer(text):
        y, m1, d1, m2, d2 = m.groups()
        value = _make(y, m1 or m2, d1 or d2)
        if value is not None:
            found.append((value, m.group(0)))
    return found


def first_date(text: str) -> date | None:
    """The first valid date in `text`, or None."""
    dates = find_dates(text)
    return dates[0][0] if dates else None


def url_date(url: str) -> date | None:
    """The TRS-style `tYYYYMMDD_` date in a document URL (the weakest date source)."""
    m = _URL_DATE.search(url)
    return _make(*m.groups()) if m else None
