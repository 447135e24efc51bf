"""政府信息公开工作年度报告: title pattern, year, issuing organ, the six standard sections."""

from __future__ import annotations

import re
from dataclasses import dataclass

from govaudit.model.extract.report_tables import parse_table3, tables_present

# domain.md §3.3; accepts organ-first and year-first titles, （图片版） suffixes and a
# department's "信息公开年度报告" without 政府.
_TITLE = re.compile(
    r"^(?P<pre>.*?)(?P<year>(?:19|20)\d{2})\s*年(?:度)?(?P<org>.*?)(?:政府)?信息公开(?:工作)?年(?:度)?报(?:告)?"
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
# A numbered heading (一、…) whose words name a standard section. Older reports number
# them differently (四、…存在的主要问题…), so the section is known by its words; the
# preamble's list of parts ("本报告包括总体情况、…") is not a heading. `行政.?复议` lets a
# typo seen on a real report (行政法复议) through.
_HEADING = re.compile(
    r"[一二三四五六七八九十]{1,2}\s*[、.．]\s*(?:因)?(?:政府信息公开)?(?:工作)?(?:申请)?"
    r"(总体情况|主动公开政府信息(?:的)?情况|收到和处理政府信息公开申请(?:的)?情况|(?:提起)?行政.?复议、(?:提起)?行政诉讼(?:的)?情况"
    r"|存在的主要问题及改进情况|其他需要报告的事项)"
)
_WORDS_TO_SECTION = {"总体": "一", "主动": "二", "收到": "三", "行政": "四", "提起": "四", "存在": "五", "其他": "六"}

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
    """Numbers (一…六) of the standard sections that have a numbered heading in the text."""
    compact = re.sub(r"\s", "", body_text)
    found = {_WORDS_TO_SECTION[m.group(1)[:2]] for m in _HEADING.finditer(compact)}
    return [num for num, _ in SECTIONS if num in found]


def report_facts(parsed: ReportTitle, text: str) -> dict[str, object]:
    """Year, organ, standard sections, 2021 tables present and Table 3's identity rows."""
    table3 = parse_table3(text)
    return {
        "year": parsed.year, "organ": parsed.organ, "sections": sections_present(text),
        "tables": tables_present(text),
        "table3": None if table3 is None else {"new": table3.new, "carried": table3.carried, "total": table3.total,
                                               "forward": table3.forward, "columns": table3.columns},
        "identity_ok": None if table3 is None else table3.identity_ok,
    }
