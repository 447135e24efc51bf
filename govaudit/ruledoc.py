"""Documentation generated from a rule (for `govaudit rules show`)."""

from __future__ import annotations

import json

from govaudit.checks import CHECKS
from govaudit.ruleset import Rule
from govaudit.vocab import LEVEL_LABELS


def rule_doc(rule: Rule, cases: int) -> str:
    """Plain-text documentation of `rule`: what it checks, with which parameters, and why."""
    kind = CHECKS[rule.check]
    lines = [
        f"{rule.id} — {rule.title}",
        f"  不通过时：{rule.failure_title}",
        f"  类别：{rule.category}    级别：{LEVEL_LABELS.get(rule.level, rule.level)}    文件：{rule.source}    用例：{cases} 个",
        f"  检查类型：{kind.name} — {kind.doc}",
        "  参数：",
    ]
    for name, spec in kind.params.items():
        value = json.dumps(rule.params.get(name), ensure_ascii=False)
        lines.append(f"    {name} = {value}    # {spec.doc}")
    lines += [f"  依据：{rule.basis}", f"  说明与整改：{rule.description}"]
    return "\n".join(lines)
