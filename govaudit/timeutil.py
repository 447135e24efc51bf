"""Clock helpers: audits are dated in Asia/Shanghai."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


def now_iso() -> str:
    """Current time in Asia/Shanghai, ISO 8601 with offset, second precision."""
    return datetime.now(SHANGHAI).replace(microsecond=0).isoformat()


def today() -> date:
    """Today's date in Asia/Shanghai (the default as-of date)."""
    return datetime.now(SHANGHAI).date()
