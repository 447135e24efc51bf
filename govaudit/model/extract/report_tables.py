"""The statutory tables of a 2021-format annual report, read from its text (HTML cells or
PDF lines): which tables are present, and Table 3's identity 一 + 二 = 三(七) + 四 per
requester column (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_N = r"\s*(\d+)" * 7  # the seven requester columns
_ROWS = {
    "new": re.compile(r"本年新收政府信息公开申请数量" + _N),
    "carried": re.compile(r"上年结转政府信息公开申请数量" + _N),
    "total": re.compile(r"[（(]七[)）]\s*总\s*计" + _N),
    "forward": re.compile(r"结转下年度继续办理" + _N),
}
# Markers of Tables 2, 3 and 4 of the 2021 format.
_TABLES = (
    ("二", re.compile(r"第二十条\s*第\s*[（(]一[)）]\s*项")),
    ("三", re.compile(r"本年新收政府信息公开申请数量")),
    ("四", re.compile(r"未经复议直接起诉")),
)


@dataclass(frozen=True)
class Table3:
    new: list[int]  # 一、本年新收
    carried: list[int]  # 二、上年结转
    total: list[int]  # 三(七) 总计
    forward: list[int]  # 四、结转下年度继续办理

    @property
    def unbalanced_columns(self) -> list[int]:
        """0-based columns where 一 + 二 != 三(七) + 四."""
        return [i for i in range(7) if self.new[i] + self.carried[i] != self.total[i] + self.forward[i]]


def tables_present(text: str) -> list[str]:
    """Which of Tables 二/三/四 of the 2021 format the text holds."""
    return [name for name, marker in _TABLES if marker.search(text)]


def parse_table3(text: str) -> Table3 | None:
    """Table 3's four identity rows, or None when any of them does not parse (a table
    flattened without cell boundaries, an image-only report, the pre-2021 format)."""
    rows = {}
    for key, pattern in _ROWS.items():
        m = pattern.search(text)
        if m is None:
            return None
        rows[key] = [int(n) for n in m.groups()]
    return Table3(**rows)
