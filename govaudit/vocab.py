"""The one vocabulary of results: finding statuses, rule levels, verdicts and grades, their
Chinese labels, and the single order of severity every module sorts and aggregates by."""

from __future__ import annotations

# Every status a finding (and a rule) can have, most serious first. This order is the
# severity order: a rule's status is its most serious finding's, reports list findings
# in it, legends and bars follow it. A definite failure outranks a check that could not run.
STATUS_LABELS: dict[str, str] = {
    "fail": "不通过",
    "error": "出错",
    "incomplete": "证据不足",
    "warn": "预警",
    "pass": "通过",
    "not_applicable": "不适用",
}
STATUSES: tuple[str, ...] = tuple(STATUS_LABELS)

# Statuses of findings that are problems (listed under 问题清单); the others are shown with the passes.
FINDING_STATUSES = frozenset({"fail", "error", "incomplete", "warn"})
# Statuses that leave a subject undecided: neither deducted nor passed.
UNDECIDED_STATUSES = frozenset({"error", "incomplete"})

# Rule levels a rule file, profile or configuration can give.
LEVEL_LABELS: dict[str, str] = {
    "veto": "单项否决",
    "deduction": "扣分",
    "bonus": "加分",
    "info": "提示",
}
LEVELS: tuple[str, ...] = tuple(LEVEL_LABELS)


def severity(status: str) -> int:
    """Rank of `status` in the severity order (0 = most serious)."""
    return STATUSES.index(status)


def worst_status(statuses: set[str] | list[str]) -> str:
    """The most serious of `statuses`; not_applicable when there are none."""
    present = set(statuses)
    return next((s for s in STATUSES if s in present), "not_applicable")


# Label of a finding an evaluator entered (--manual), shown beside it in every report.
MANUAL_LABEL = "人工核查"

# Grades of the scoring models, and the verdicts of an audit that could not be graded.
PASS, FAIL = "合格", "不合格"
UNDETERMINED = "待定"  # graded, but undecided rules could still change the grade
NOT_AUDITED = "无法评估"  # the site's start page or disclosure hub was never observed
INCOMPLETE_AUDIT = "评估不完整"  # observed, but too little of it to grade
GRADES: tuple[str, ...] = (PASS, FAIL, UNDETERMINED, NOT_AUDITED, INCOMPLETE_AUDIT)

# Verdict codes in results.json (besides "graded", labelled with its grade) → their label.
VERDICT_LABELS: dict[str, str] = {
    "undetermined": UNDETERMINED,
    "not_audited": NOT_AUDITED,
    "incomplete": INCOMPLETE_AUDIT,
}

# Words that name the 政府信息公开 / 政务公开 hub in a link text or page title.
DISCLOSURE_HUB_WORDS: tuple[str, ...] = ("政府信息公开", "政务公开", "信息公开")
# Words that name a disclosure column in a link's text (a hub's link to its 政策解读, 规范性文件, 年报 …).
DISCLOSURE_COLUMN_WORDS: tuple[str, ...] = ("解读", "规范性文件", "政策文件", "年报", "年度报告", "公开指南", "公开制度",
                                            "公开目录", "主动公开", "依申请公开")
# The whole text of a home page's link to the hub itself (not 区县信息公开, a sub-site's platform).
DISCLOSURE_HUB_NAMES = frozenset((*DISCLOSURE_HUB_WORDS, *(f"{w}专栏" for w in DISCLOSURE_HUB_WORDS),
                                  *(f"{w}平台" for w in DISCLOSURE_HUB_WORDS)))
