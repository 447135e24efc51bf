"""Readers the family tests' probes share: a page's <meta> content and a date a regex shows."""

from __future__ import annotations

import re
from datetime import date
from html import unescape


def meta(name: str, html: str) -> str:
    """The content of the page's `<meta name=…>`, unescaped; "" when it has none."""
    m = re.search(rf'name="{name}" content="([^"]*)"', html)
    return unescape(m.group(1)) if m else ""


def shown_date(regex: re.Pattern[str], html: str) -> date:
    """The date `regex` (groups year, month, day) finds first in `html`."""
    return date(*map(int, regex.search(html).groups()))
