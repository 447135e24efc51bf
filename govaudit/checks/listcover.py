"""What a column's unobserved list pages may hold.

A list whose pager states more pages than the crawl fetched (a WebForms GridView paged only by
`__doPostBack`, a script pager naming no URL) is seen in part. An item not found in it may sit
on a page nobody saw, so "missing" is a verdict only where the seen part settles it: a list
that runs newest first (its dated rows never rise) shows every item dated after its oldest
seen row on the pages seen.
"""

from __future__ import annotations

from govaudit.model.types import Column, SiteModel


def would_be_seen(column: Column, since: str) -> bool:
    """Whether an item dated `since` (YYYY-MM-DD) or later would be on the column's observed
    pages: never for a column not observed at all; always for a fully observed list; for one
    with unobserved pages, only when its dated rows (pinned ones aside) run newest first and
    the oldest is older than `since`."""
    if column.state == "not_observed":
        return False
    if not column.pages_unobserved:
        return True
    dates = [i.date for i in column.items if i.date and not i.pinned]
    if not dates or any(a < b for a, b in zip(dates, dates[1:])):
        return False
    return dates[-1] < since


def unobserved_note(column: Column) -> str:
    """The Chinese phrase a finding cites for a column not seen, or seen in part."""
    if column.state == "not_observed":
        return f"栏目“{column.name}”未能观察到（{column.note or '未抓取'}）"
    return f"栏目“{column.name}”的列表另有 {column.pages_unobserved} 页未能观察到（无法通过链接获取，如须回发表单翻页）"


# Priority classes (crawl/frontier.py) of URLs a cut may leave out without hiding a column: later
# list pages (a list's first page shows its newest rows), attachments and images.
_NOT_COLUMNS = ("pagination", "attachment", "image")
# Stops that leave the rest of the site unseen, whatever the budget cut recorded.
_EARLY_STOPS = {"max_time": "抓取达到时间上限提前停止", "host_down": "服务器中途停止响应", "interrupted": "抓取被中断",
                "error": "抓取出错中止"}


def unseen_pages(site: SiteModel) -> str | None:
    """Why pages that may be columns or documents were never fetched (the crawl stopped early, or
    its budgets left hubs, columns or documents out), or None when it fetched all it found. What
    such pages may hold is then no verdict: a count below a limit, a link nobody followed."""
    if site.crawl.stop_reason in _EARLY_STOPS:
        return _EARLY_STOPS[site.crawl.stop_reason]
    cut = site.crawl.budget_cut
    left = sum(n for cls, n in cut.cut.items() if cls.removeprefix("disclosure_") not in _NOT_COLUMNS) if cut else 0
    return f"抓取预算用尽，另有 {left} 个网址未抓取" if left else None
