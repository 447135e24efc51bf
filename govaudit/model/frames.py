"""Lists shown in a frame: a column page whose list is the page framed in it.

Old ASP/ASP.NET platforms (and some JSP ones) draw a column page with its menu, trail and
name, and put the list itself in `<iframe src="list.aspx?cid=21">`; the framed page has the
rows and the pager (`list.aspx?cid=21&page=2`). To a visitor that is one column, at the
column page's address. The model folds the framed list's pages into the column page's list,
so the column is judged on the rows the frame shows (and is not called empty for showing
none itself); when the frame was not fetched the column stays not observed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from govaudit.model.classify import ListPage, list_page


class _Page(Protocol):
    capture: Any
    facts: Any


def fold_frames(grouped: dict[str, list[tuple[ListPage, Any]]]) -> set[str]:
    """Move each framed list into the group of the column page that frames it, and return the
    URLs of the framed pages moved (parts of another page: no page template of their own). A
    frame host is a column page with no list of its own (state not_observed) whose main area
    frames a same-site page (PageFacts.framed); its state becomes the framed list's first
    page's (listed, empty, not observed), so an empty frame makes an empty column."""
    moved: set[str] = set()
    owner = {p.capture.url: key for key, members in grouped.items() for _, p in members}
    for key in list(grouped):
        members = grouped.get(key)
        if not members:
            continue
        at = next((i for i, (lp, p) in enumerate(members) if lp.number is None and p.facts.framed
                   and p.facts.kind == "column" and p.facts.list_state == "not_observed" and not p.facts.list_items), None)
        if at is None:
            continue
        lp, host = members[at]
        target = owner.get(host.facts.framed) or list_page(host.facts.framed).key
        if target == key or target not in grouped:
            continue  # the frame was not fetched (or is this list): the column stays not observed
        framed = grouped.pop(target)
        first = next((p for flp, p in framed if flp.number is None), None)
        if first is not None:
            facts = replace(host.facts, list_state=first.facts.list_state, declared_count=first.facts.declared_count,
                            page_count=first.facts.page_count)
            members[at] = (lp, replace(host, facts=facts))
        members.extend(framed)
        owner.update((p.capture.url, key) for _, p in framed)
        moved.update(p.capture.url for _, p in framed)
    return moved
