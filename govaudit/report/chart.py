"""Geometry of the per-category status chart, drawn as inline SVG by the HTML template.

Counts are of examined subjects (results) per category and status, taken as they are in
results.json; a rule without any result counts once, with its own status, so an errored
rule never disappears from the picture.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from govaudit.vocab import STATUS_LABELS, STATUSES as STATUS_ORDER

if TYPE_CHECKING:
    from govaudit.report.view import RuleView

WIDTH = 480
BAR_WIDTH = WIDTH - 40  # room for the total after the longest bar
ROW_HEIGHT = 50  # a text line (category and counts in words), then the bar
BAR_OFFSET = 22  # from the top of a row to the top of its bar
BAR_HEIGHT = 18
LEGEND_HEIGHT = 30
LEGEND_STEP = 80  # six statuses side by side fill the width


@dataclass(frozen=True)
class Segment:
    status: str
    label: str
    count: int
    x: float
    width: float


@dataclass(frozen=True)
class ChartRow:
    category: str
    y: int  # top of the row; the bar starts BAR_OFFSET below
    total: int
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        """The counts in words, e.g. "不通过 2 · 通过 20", readable without colour."""
        return " · ".join(f"{s.label} {s.count}" for s in self.segments)


@dataclass(frozen=True)
class LegendItem:
    status: str
    label: str
    x: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bar_offset: int
    bar_height: int
    rows: tuple[ChartRow, ...]
    legend: tuple[LegendItem, ...]


def build_chart(rules: Iterable[RuleView]) -> Chart:
    """Stacked horizontal bars of subject counts by status, one bar per category,
    categories in the order they first appear."""
    counts: dict[str, dict[str, int]] = {}
    for rule in rules:
        per_status = counts.setdefault(rule.category, {})
        statuses = [r.status for r in (*rule.findings, *rule.passes)] or [rule.status]
        for status in statuses:
            per_status[status] = per_status.get(status, 0) + 1
    longest = max((sum(c.values()) for c in counts.values()), default=1)
    rows = tuple(
        _row(category, per_status, LEGEND_HEIGHT + i * ROW_HEIGHT, longest)
        for i, (category, per_status) in enumerate(counts.items())
    )
    used = [s for s in STATUS_ORDER if any(s in c for c in counts.values())]
    legend = tuple(LegendItem(s, STATUS_LABELS[s], i * LEGEND_STEP) for i, s in enumerate(used))
    return Chart(
        width=WIDTH,
        height=LEGEND_HEIGHT + len(rows) * ROW_HEIGHT,
        bar_offset=BAR_OFFSET,
        bar_height=BAR_HEIGHT,
        rows=rows,
        legend=legend,
    )


def _row(category: str, per_status: dict[str, int], y: int, longest: int) -> ChartRow:
    segments = []
    x = 0.0
    for status in STATUS_ORDER:
        count = per_status.get(status, 0)
        if count:
            width = round(BAR_WIDTH * count / longest, 2)
            segments.append(Segment(status, STATUS_LABELS[status], count, x, width))
            x = round(x + width, 2)
    return ChartRow(category, y, sum(per_status.values()), tuple(segments))
