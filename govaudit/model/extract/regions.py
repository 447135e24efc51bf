"""Page regions read off the PageIndex: the 当前位置 trail and related-content boxes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from govaudit.htmlvocab import EMPTY_MARKERS
from govaudit.model.extract.walk import PageIndex, Span

_TRAIL_GAP = re.compile(r"^[\s>›»/|＞\-]*$")
_TRAIL_NAME = re.compile(r"^\s*[>›»＞]\s*([^\s>›»＞|]+(?: [^\s>›»＞|]+)?)")
_MAX_BOX_TEXT = 1500  # a "related" wrapper around the whole article is not a related box
_NAME_PREFIX = 8  # characters a column name may put before a heading it ends with (部门政策解读)


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner is not outer


def _trail_from(index: PageIndex, start: int, end: int) -> list[tuple[str, str | None]]:
    steps: list[tuple[str, str | None]] = []
    last = start
    for ls in index.links:
        at = ls.span.start
        if at < start or ls.link.tag != "a":
            continue
        if at >= end or (steps and not _TRAIL_GAP.match(index.text[last:at])):
            break
        text = index.text_of(ls.span).strip(" >›»")
        if text:
            steps.append((text, ls.link.url))
        last = ls.span.end
    if steps:  # the current page's name often follows the last link, after a `>`
        tail = " ".join(index.text[last:end].split())
        m = _TRAIL_NAME.match(tail)
        if m and len(m.group(1)) <= 30:
            steps.append((m.group(1), None))
    return steps


def breadcrumb(index: PageIndex) -> list[tuple[str, str | None]]:
    """(text, url) steps of the 当前位置 trail; the last step may have no link."""
    for span in index.breadcrumbs:
        if not span.hidden and (steps := _trail_from(index, span.start, span.end)):
            return steps
    at = index.text.find("当前位置")
    if at < 0:
        return []
    return _trail_from(index, at, min(len(index.text), at + 400))


def own_heading(heading: str, names: Iterable[str]) -> bool:
    """True when `heading` is the page's own name (政策解读 on the 政策解读 or 部门政策解读 column)."""
    return any(name.endswith(heading) and len(name) <= len(heading) + _NAME_PREFIX for name in names)


def related_boxes(index: PageIndex, own_names: Iterable[str] = (), article: bool = True) -> set[int]:
    """Indexes (into index.related) of the real related boxes: innermost, not page-sized. A
    box made related by a name that is also a column name (heading 政策解读, class zcjd) is
    the page's own list, not a related box, on a page that is no article or that bears that
    name."""
    boxes = index.related
    names = tuple(own_names)
    linked = {ls.span.related for ls in index.links if ls.span.related >= 0 and ls.link.tag == "a"}
    keep = set()
    for i, box in enumerate(boxes):
        if box.end - box.start > _MAX_BOX_TEXT:
            continue
        if box.ambiguous and (not article or own_heading(box.heading or "政策解读", names)):
            continue
        # Of nested boxes the innermost is the box, unless the outer one holds the links and
        # the inner ones none (a title bar classed like its box: <div class="xgjd-tit">).
        inner = [j for j, other in enumerate(boxes) if _inside(other, box)]
        if inner and (i not in linked or any(j in linked for j in inner)):
            continue
        keep.add(i)
    return {j for j in keep if not any(_inside(index.related[j], index.related[i]) for i in keep)}


def related_slot(index: PageIndex, boxes: set[int]) -> str:
    """none (no box) | static (links or an explicit 暂无 shown) | script_unobserved
    (an empty box or a template that script fills in; not observed without rendering)."""
    if not boxes:
        return "none"
    linked = {ls.span.related for ls in index.links if ls.span.related in boxes and ls.link.tag == "a"}
    for i in boxes:
        box = index.related[i]
        text = index.text[box.start : box.end]
        if i in linked or "暂无" in text or any(m in text for m in EMPTY_MARKERS):
            return "static"
    return "script_unobserved"


def related_links(index: PageIndex, boxes: set[int]) -> list[str]:
    """Page URLs linked from the related boxes."""
    return sorted({ls.link.url for ls in index.links
                   if ls.span.related in boxes and ls.link.tag == "a" and ls.link.kind == "page"})

