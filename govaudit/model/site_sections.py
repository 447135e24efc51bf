"""The standard sections of the 政府信息公开 area (domain.md §7.6) as a site fact: which
exist, and the column, page or link they were found as."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from govaudit.model.types import Column, DisclosureSection, Link, Page

# Each section's own names, then (for 法定主动公开内容) a broader name sites use for it: the
# section is found by its own name wherever that shows before the broader one is accepted, so a
# rule asking for the exact name sees it (a catalogue titled 政府信息公开目录 whose tree heads
# 法定主动公开内容).
SECTIONS: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = (
    ("指南", (re.compile(r"信息公开指南"),)),
    ("制度", (re.compile(r"信息公开(?:工作)?制度|信息公开规定"),)),
    ("法定主动公开内容", (re.compile(r"法定主动公开|主动公开内容|主动公开目录"), re.compile(r"政府信息公开目录"))),
    ("年报", (re.compile(r"信息公开(?:工作)?年(?:度)?报"),)),
    ("依申请公开", (re.compile(r"依申请公开|依法申请公开|信息公开申请"),)),
)


def disclosure_sections(columns: Iterable[Column], pages: Iterable[Page], links: Iterable[Link],
                        headings: Mapping[str, Iterable[str]] | None = None,
                        anchors: Iterable[tuple[str, str]] = ()) -> list[DisclosureSection]:
    """For each standard section: a column named for it, else a fetched page titled for it,
    else a same-site link whose text names it (the section exists but was not fetched; `anchors`
    are (target, text) of every link, also those the model's one-link-per-target list drops),
    else a hub or column page that shows it under a heading of its own (`headings` by page URL)."""
    columns, pages, links, anchors = list(columns), list(pages), list(links), list(anchors)
    heads = [(url, text) for url, texts in (headings or {}).items() for text in texts]
    out = []
    for name, patterns in SECTIONS:
        found = None
        for pattern in patterns:
            found = found or _find(name, pattern, columns, pages, links, anchors, heads)
        out.append(found or DisclosureSection(name, False, None, None, None))
    return out


def _find(name: str, pattern: re.Pattern[str], columns: list[Column], pages: list[Page], links: list[Link],
          anchors: list[tuple[str, str]], heads: list[tuple[str, str]]) -> DisclosureSection | None:
    found = next((DisclosureSection(name, True, c.url, "column", c.name) for c in columns if pattern.search(c.name)), None)
    found = found or next((DisclosureSection(name, True, p.url, "page", p.title) for p in pages
                           if p.outcome == "ok" and p.kind in ("column", "hub", "document", "static") and pattern.search(p.title)), None)
    found = found or next((DisclosureSection(name, True, l.target, "link", l.text) for l in links
                           if l.kind == "page" and pattern.search(l.text)), None)
    found = found or next((DisclosureSection(name, True, target, "link", text) for target, text in anchors
                           if pattern.search(text)), None)
    return found or next((DisclosureSection(name, True, url, "heading", text) for url, text in heads
                          if pattern.search(text)), None)
