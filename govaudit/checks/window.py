"""The scoring window: findings on things published before it are still listed, but as
`not_applicable` with `outside_window: true` and the status they would have had, so they
count neither in a rule's status nor in any score (a `warn` would count as a pass in the
weighted model) and the reader sees plainly that they were not judged."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from govaudit.checks.base import Finding


def outside_window(finding: Finding, label: str, **window: Any) -> Finding | None:
    """`finding` on something before the window (`label` says where the window starts, in
    the report's words; `window` goes into the data): dropped when it passes, else marked."""
    if finding.status == "pass":
        return None
    data = {**finding.data, **window, "outside_window": True, "status_in_window": finding.status}
    return replace(finding, status="not_applicable", message=f"（{label}，仅列出，不计分）{finding.message}", data=data)
