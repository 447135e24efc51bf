"""The `manual` check kind: an item only a person can judge (依申请公开 answered on time, a
政务公开 meeting held). Without an evaluator's entry (govaudit.manual) it is `incomplete`,
never a pass; the entry replaces this finding when results are merged."""

from __future__ import annotations

from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param
from govaudit.model.types import Evidence, SiteModel
from govaudit.vocab import MANUAL_LABEL

SUBJECT = "manual"  # the subject of a manual item's finding


def _manual(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    # Unbounded: in the worst case the item loses everything its cap allows.
    return [Finding("incomplete", SUBJECT, site.site, f"需{MANUAL_LABEL}：{params['prompt']}（尚无评估人录入的结果）。",
                    Evidence(url=site.site), {"unbounded": True, "needs_person": True})]


MANUAL = CheckKind(
    name="manual",
    doc="需人工核查的事项：由评估人在 --manual 文件中录入结果（状态、扣分或次数、证据、评估人、日期）；未录入时为证据不足，绝不判为通过。",
    params={"prompt": Param(str, doc="评估人需核查的内容（出现在报告中）")},
    run=_manual,
)
