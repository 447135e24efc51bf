"""Counts over subjects: how many subjects other checks fail, against thresholds.

This is how the 2019 veto items are written as data, e.g. "stale news columns plus
stale first-level notice columns ≥ 5" is a count over two column_freshness checks.
"""

from __future__ import annotations

from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param
from govaudit.checks.listcover import unseen_pages
from govaudit.model.types import Evidence, SiteModel


def _sub_checks(value: list[Any]) -> None:
    """Validator: each entry names a known, non-counting check with valid params."""
    from govaudit.checks import CHECKS  # the registry imports this module
    from govaudit.checks.base import validate_params

    if not value:
        raise ValueError("count needs at least one {check, params} entry")
    for i, entry in enumerate(value):
        if not isinstance(entry, dict) or set(entry) - {"check", "params"} or "check" not in entry:
            raise ValueError(f"entry {i + 1} must be a mapping with 'check' and optional 'params'")
        kind = CHECKS.get(entry["check"])
        if kind is None or kind.name == "count_failures":
            raise ValueError(f"entry {i + 1}: unknown or nested check kind {entry['check']!r}")
        _, problems = validate_params(kind, entry.get("params") or {})
        if problems:
            raise ValueError(f"entry {i + 1} ({entry['check']}): {problems[0]}")


def _count(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    from govaudit.checks import CHECKS
    from govaudit.checks.base import validate_params

    failing: dict[str, Finding] = {}
    undecided: set[str] = set()
    for entry in params["count"]:
        kind = CHECKS[entry["check"]]
        values, _ = validate_params(kind, entry.get("params") or {})
        for f in kind.run(site, values, ctx):
            if f.status == "fail":
                failing.setdefault(f.subject, f)
            elif f.status in ("incomplete", "error"):
                undecided.add(f.subject)
    undecided -= failing.keys()
    n, fail_at, warn_at = len(failing), params["fail_at"], params["warn_at"]
    subjects = sorted(failing)
    data = {"count": n, "fail_at": fail_at, "subjects": subjects, "undecided": sorted(undecided)}
    what = params["label"]
    if n >= fail_at:
        status, msg = "fail", f"{what}共 {n} 个，达到 {fail_at} 个的限值。"
    elif n + len(undecided) >= fail_at:
        status, msg = "incomplete", f"{what}已确认 {n} 个，另有 {len(undecided)} 个无法判断，可能达到 {fail_at} 个的限值。"
    elif unseen := unseen_pages(site):
        status, msg = "incomplete", f"{what}已确认 {n} 个；{unseen}，其中的栏目未能检查，无法确认未达到 {fail_at} 个的限值。"
    elif warn_at is not None and n >= warn_at:
        status, msg = "warn", f"{what}共 {n} 个，接近 {fail_at} 个的限值。"
    elif undecided:
        # The limit cannot be reached, but whether the count nears it is not known: say so.
        status, msg = "pass", f"{what}已确认 {n} 个，另有 {len(undecided)} 个无法判断；全部计入也未达到 {fail_at} 个的限值。"
    else:
        status, msg = "pass", f"{what}共 {n} 个，未达到 {fail_at} 个的限值。"
    evidence = failing[subjects[0]].evidence if subjects else Evidence(url=site.site)
    return [Finding(status, "count", site.site, msg, evidence, data)]


COUNT_FAILURES = CheckKind(
    name="count_failures",
    doc="统计其他检查不通过的对象数量（同一对象只计一次），达到 fail_at 不通过、达到 warn_at 预警。",
    params={
        "count": Param(list, validator=_sub_checks, doc="要统计的检查：[{check: 检查类型, params: {...}}]"),
        "fail_at": Param(int, doc="不通过的数量限值"),
        "warn_at": Param((int, type(None)), None, doc="预警的数量"),
        "label": Param(str, "不符合要求的对象", doc="报告中对所计对象的称呼"),
    },
    run=_count,
)
