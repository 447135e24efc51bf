"""Chinese labels for the values that appear in results.json, in display order."""

STATUS_LABELS = {
    "fail": "不通过",
    "error": "出错",
    "incomplete": "证据不足",
    "warn": "预警",
    "pass": "通过",
    "not_applicable": "不适用",
}
"""Every status of the schema, most serious first (the order findings and legends use)."""

STATUS_ORDER = tuple(STATUS_LABELS)

FINDING_STATUSES = frozenset({"fail", "error", "incomplete", "warn"})
"""Statuses listed under 问题清单; the others are shown collapsed with the passes."""

LEVEL_LABELS = {
    "veto": "单项否决",
    "deduction": "扣分",
    "bonus": "加分",
    "info": "提示",
}

LEVEL_ORDER = tuple(LEVEL_LABELS)
