"""What a column's unobserved list pages may hold.

A list whose pager states more pages than the crawl fetched (a WebForms GridView paged only by
`__doPostBack`, a script pager naming no URL) is seen in part. An item not found in it may sit
on a page nobody saw, so "missing" is a verdict only where the seen part settles it: a list
that runs newest first (its dated rows never rise) shows every item dated after its oldest
seen row on the pages seen.
"""

from __future__ import annotations

from govaudit.model.types import Column


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
