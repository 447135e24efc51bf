"""政府信息公开工作年度报告: title pattern, year, issuing organ, the six standard sections."""

from __future__ import annotations

import re
from dataclasses import dataclass

# domain.md §3.3; accepts organ-first and year-first titles and （图片版） suffixes.
_TITLE = re.compile(
    r"^(?P<pre>.*?)(?P<year>(?:19|20)\d{2})\s*年(?:度)?(?P<org>.*?)政府信息公开(?:工作)?年(?:度)?报(?:告)?"
)
# The six headings of the 2021 format (国办公开办函〔2021〕30号), by their distinctive words.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("一", "总体情况"),
    ("二", "主动公开政府信息情况"),
    ("三", "收到和处理政府信息公开申请情况"),
    ("四", "行政复议、行政诉讼情况"),
    ("五", "存在的主要问题及改进情况"),
    ("六", "其他需要报告的事项"),
)


@dataclass(frozen=True)
class ReportTitle:
    year: int
    organ: str


def parse_title(title: str) -> ReportTitle | None:
    """Year and organ of an annual-report title, or None if it is not one."""
    m = _TITLE.match(title.strip())
    if not m:
        return None
    organ = (m.group("pre") + m.group("org")).strip(" ()（）")
    return ReportTitle(year=int(m.group("year")), organ=organ)


def sections_present(body_text: str) -> list[str]:
    """Numbers (一…六) of the standard sections whose heading words appear in the body."""
    compact = re.sub(r"\s", "", body_text)
    return [num for num, words in SECTIONS if words in compact]
