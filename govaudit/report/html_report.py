"""HTML: a self-contained page for people (prints cleanly, works offline).

Filters by status and category are CSS only (radio buttons and `:has()`), so the page runs no
script and its Content-Security-Policy allows none. Screenshots taken by `--screenshots` are
shown as figures when their manifest lies beside the report (govaudit.report.screenshots).
"""

from __future__ import annotations

from govaudit.report.base import ReportFormat, ReportInput
from govaudit.report.fingerprint import finding_fingerprint
from govaudit.report.render import render
from govaudit.report.screenshots import load_manifest
from govaudit.report.view import RuleView
from govaudit.vocab import FINDING_STATUSES, STATUS_LABELS

SHORT_ID = 12  # hex digits of a finding's fingerprint shown in the report; `govaudit evidence` takes them


def short_id(rule_id: str, subject: str) -> str:
    """The finding's id as the HTML report shows it (a prefix of its fingerprint)."""
    return finding_fingerprint(rule_id, subject)[:SHORT_ID]


def rule_statuses(rule: RuleView) -> tuple[str, ...]:
    """Every status the rule shows (its own and its subjects'), in severity order: what the
    status filter matches it by."""
    present = {rule.status, *(r.status for r in rule.findings), *(r.status for r in rule.passes)}
    return tuple(s for s in STATUS_LABELS if s in present)


def _render(data: ReportInput) -> str:
    view = data.view
    categories = list(dict.fromkeys(rule.category for rule in view.rules))
    shown = {rule.anchor: rule_statuses(rule) for rule in view.rules}
    shots = load_manifest(data.out_dir) if data.out_dir is not None else {}
    return render(
        view, "html",
        finding_id=short_id,
        screenshots=lambda rule_id, result: shots.get(
            (finding_fingerprint(rule_id, result.subject), result.evidence.fetched_at), ()),
        has_screenshots=bool(shots),
        categories=categories,
        category_index={name: n for n, name in enumerate(categories)},
        rule_statuses=lambda rule: shown[rule.anchor],
        status_counts={s: sum(s in v for v in shown.values()) for s in STATUS_LABELS},
        category_statuses={c: tuple(s for rule in view.rules if rule.category == c for s in shown[rule.anchor]) for c in categories},
        statuses=STATUS_LABELS,
        finding_statuses=FINDING_STATUSES,
    )


FORMAT = ReportFormat("html", "report.html", "self-contained HTML report", _render)
