"""The statutory tables of a 2021-format annual report, read from its text (HTML cells with
block boundaries, DOCX cells, PDF lines): which tables are present, and Table 3's identity
一 + 二 = 三(七) + 四 checked per requester column the table's header has.

The 2021 format has seven requester columns (自然人, 法人或其他组织 split into 商业企业, 科研
机构, 社会公益组织, 法律服务机构, 其他, and 总计); real reports merge them into fewer
(自然人 / 法人或其他组织 / 总计, or only 总计). Cells are numbers, a not-applicable mark
("/", "-", "—", "不适用"; domain.md §3.2) or blank; the three are kept apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govaudit.model.extract.blocks import OPEN, SEP

Cell = int | str | None  # a count, a not-applicable mark as written, or None for a blank cell

PERSON, LEGAL, TOTAL = "自然人", "法人或其他组织", "总计"
LEGAL_PARTS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
FULL_COLUMNS = (PERSON, *LEGAL_PARTS, TOTAL)
# Column sets by cell count, for a table whose header was not read.
_BY_COUNT = {7: FULL_COLUMNS, 3: (PERSON, LEGAL, TOTAL), 2: (PERSON, LEGAL), 1: (TOTAL,)}


def _label(words: str) -> str:
    """A row label as a pattern that lets PDF line breaks and blanks through, with the
    unit or colon some reports write after it (（件）, ：)."""
    return r"\s*".join(words) + r"(?:\s*[（(]\s*件\s*[)）])?(?:\s*[：:])?"


_ROWS = {
    "new": re.compile(_label("本年新收政府信息公开申请数量")),
    "carried": re.compile(_label("上年结转政府信息公开申请数量")),
    "total": re.compile(r"[（(]\s*七\s*[)）]\s*" + _label("总计")),
    "forward": re.compile(_label("结转下年度继续办理")),
}
_BLANKS = " \t\r\n\u3000\xa0"
# One token of a row after its label: a blank cell (an opening boundary right before a
# closing one), a count, a not-applicable mark, blanks and boundaries (skipped), or
# anything else (the row has ended).
_TOKEN = re.compile(
    rf"({OPEN}[{_BLANKS}]*{SEP})|(\d+(?:,\d{{3}})*)|(不适用|[/／\-－—–]+)|[{_BLANKS}{SEP}]+|{OPEN}|(.)", re.S
)
_HEADER_START = ("申请人情况", "收到和处理政府信息公开申请")
_HEADER_SPAN = 400  # characters before the first row that may hold the header
# Markers of Tables 2, 3 and 4 of the 2021 format.
_TABLES = (
    ("二", re.compile(r"第二十条\s*第\s*[（(]一[)）]\s*项")),
    ("三", re.compile(r"本年新收政府信息公开申请数量")),
    ("四", re.compile(r"未经复议直接起诉")),
)


@dataclass(frozen=True)
class Table3:
    columns: list[str]  # requester columns as the header has them
    new: list[Cell]  # 一、本年新收
    carried: list[Cell]  # 二、上年结转
    total: list[Cell]  # 三(七) 总计
    forward: list[Cell]  # 四、结转下年度继续办理

    @property
    def checked_columns(self) -> list[int]:
        """0-based columns whose four cells are all counts (a mark or a blank leaves the
        identity unknown for that column)."""
        rows = (self.new, self.carried, self.total, self.forward)
        return [i for i in range(len(self.columns)) if all(isinstance(row[i], int) for row in rows)]

    @property
    def unbalanced_columns(self) -> list[int]:
        """0-based checked columns where 一 + 二 != 三(七) + 四."""
        return [i for i in self.checked_columns
                if self.new[i] + self.carried[i] != self.total[i] + self.forward[i]]  # type: ignore[operator]

    @property
    def identity_ok(self) -> bool | None:
        """True when every checked column balances, None when no column could be checked."""
        return not self.unbalanced_columns if self.checked_columns else None


def tables_present(text: str) -> list[str]:
    """Which of Tables 二/三/四 of the 2021 format the text holds."""
    return [name for name, marker in _TABLES if marker.search(text)]


def _header_columns(text: str, first_row: int) -> list[str]:
    """The requester columns named in the header before `first_row`, in the format's order."""
    window = text[max(0, first_row - _HEADER_SPAN) : first_row]
    starts = [window.rfind(word) for word in _HEADER_START]
    header = re.sub(r"\s", "", window[max(0, *starts) :])  # \s covers the boundaries too
    legal = LEGAL in header
    parts = [p for p in LEGAL_PARTS if p in header.replace(LEGAL, "")]
    columns = [PERSON] if PERSON in header else []
    columns += parts if parts else [LEGAL] if legal else []
    return columns + [TOTAL] if TOTAL in header else columns


def _cells(text: str, pos: int, limit: int) -> list[Cell]:
    """Up to `limit` cells of the row whose label ends at `pos`."""
    cells: list[Cell] = []
    for m in _TOKEN.finditer(text, pos):
        blank, count, mark, other = m.groups()
        if other is not None:
            break
        if blank is not None:
            cells.append(None)
        elif count is not None:
            cells.append(int(count.replace(",", "")))
        elif mark is not None:
            cells.append(mark)
        if len(cells) == limit:
            break
    return cells


def parse_table3(text: str) -> Table3 | None:
    """Table 3's four identity rows with the columns its header names, or None when a row
    is missing or holds fewer cells than there are columns (a table flattened without
    cell boundaries, a PDF with blank cells, an image-only report, the pre-2021 format)."""
    found = {key: pattern.search(text) for key, pattern in _ROWS.items()}
    if any(m is None for m in found.values()):
        return None
    first = found["new"]
    columns = _header_columns(text, first.start())  # type: ignore[union-attr]
    if not columns:  # no header read: the first row's cell count says which set it is
        columns = list(_BY_COUNT.get(len(_cells(text, first.end(), len(FULL_COLUMNS))), ()))  # type: ignore[union-attr]
        if not columns:
            return None
    rows = {key: _cells(text, m.end(), len(columns)) for key, m in found.items()}  # type: ignore[union-attr]
    if any(len(row) < len(columns) for row in rows.values()):
        return None
    return Table3(columns=columns, **rows)
