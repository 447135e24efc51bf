"""Chinese labels for the values that appear in results.json."""

# Every status of the schema, most serious first: the order of findings, legends and bars.
STATUS_LABELS = {
    "fail": "不通过",
    "error": "出错",
    "incomplete": "证据不足",
    "warn": "预警",
    "pass": "通过",
    "not_applicable": "不适用",
}
STATUS_ORDER = tuple(STATUS_LABELS)

# Statuses listed under 问题清单; the others are shown collapsed with the passes.
FINDING_STATUSES = frozenset({"fail", "error", "incomplete", "warn"})

LEVEL_LABELS = {
    "veto": "单项否决",
    "deduction": "扣分",
    "bonus": "加分",
    "info": "提示",
}
