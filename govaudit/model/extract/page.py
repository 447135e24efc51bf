"""Everything the model reads off one page: a pure function of (HTML text, URL).

`govaudit inspect` prints these facts as they are, so a webmaster can see why a
column was judged stale or a document incomplete.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.etree

from govaudit import htmlpage
from govaudit.htmlpage import RawLink, parse_document
from govaudit.model.extract import annual_report as ar
from govaudit.model.extract import walk
from govaudit.model.extract.article import find_article, is_prose, pub_date, title_of
from govaudit.model.extract.footer import FooterFacts, extract_footer, footer_widgets
from govaudit.model.extract.listing import extract_listing
from govaudit.model.extract.metadata import extract_metadata
from govaudit.model.extract.regions import breadcrumb, related_boxes, related_links, related_slot
from govaudit.model.extract.text import TITLE_SPLIT, meta_tags, page_title
from govaudit.model.extract.walk import build_index
from govaudit.model.types import ListItem


@dataclass(frozen=True)
class PageFacts:
    url: str
    kind: str  # home | hub | column | document | other
    title: str
    metas: dict[str, str]
    breadcrumb: list[tuple[str, str | None]]
    column_name: str | None
    column_name_source: str | None
    list_state: str
    list_items: list[ListItem]
    declared_count: int | None
    pub_date: str | None
    pub_date_source: str | None
    pub_date_text: str | None
    metadata: dict[str, str]
    related_slot: str
    related_links: list[str]
    body_links: list[RawLink]
    links: list[RawLink]
    footer: FooterFacts
    annual_report: dict[str, object] | None = None
    body_text: str = field(default="", repr=False)
    meta_pub_date: str | None = None  # <meta name="PubDate">, kept to compare with the visible date
    url_date: str | None = None  # tYYYYMMDD_ and similar, the weakest date
    page_count: int | None = None  # pages a list's pager declares
    single_article: bool = False  # a column page that shows one article instead of a list


def clear_caches() -> None:
    """Forget what extraction keeps between pages: URL normalisations, interned links and
    class/id verdicts (benchmarks measure cold runs with it)."""
    htmlpage.clear_caches()
    walk.clear_caches()


def _scripts(tree: lxml.etree._Element) -> str:
    return "\n".join(el.text or "" for el in tree.iter("script"))


def _column_name(metas: dict[str, str], crumbs: list[tuple[str, str | None]], title: str, kind: str) -> tuple[str | None, str | None]:
    """ColumnName meta, the breadcrumb's last step, or (on a list page only) the <title>."""
    if metas.get("columnname"):
        return metas["columnname"], "meta"
    if crumbs:
        return crumbs[-1][0], "breadcrumb"
    if kind == "document":
        return None, None
    return (TITLE_SPLIT.split(title)[0].strip() or None), "title"


def _kind(is_home: bool, metas: dict[str, str], metadata: dict[str, str], prose: bool, state: str, items: int, dated_visible: bool, links: int) -> str:
    if is_home:
        return "home"
    if metas.get("articletitle") or metadata:
        return "document"
    if prose and items == 0:
        return "column" if metas.get("columnname") else "document"  # a column showing one article
    if state in ("listed", "empty", "not_observed"):
        if dated_visible and items < 3 and state != "empty":
            return "document"
        return "column"
    if metas.get("columnname") or links >= 10:
        return "hub"
    return "other"


def extract_page(html_text: str, url: str, *, is_home: bool = False) -> PageFacts:
    """Facts of one decoded HTML page at `url`."""
    tree = parse_document(html_text)
    metas = meta_tags(tree)
    scripts = _scripts(tree)
    widgets = footer_widgets(tree, scripts)
    index = build_index(tree, url)
    flat = " ".join(index.text.split())  # SEP is whitespace to str.split()
    footer = extract_footer(flat, metas, widgets)
    crumbs = breadcrumb(index)
    boxes = related_boxes(index)
    listing = extract_listing(index, scripts, boxes)
    metadata = extract_metadata(index.text, index.inline_starts)
    article = find_article(index)
    head_title = page_title(tree)
    title = title_of(index, metas, metadata, head_title, is_home=is_home)
    date = pub_date(flat, metas, metadata, url, title)
    prose = is_prose(article)
    kind = _kind(is_home, metas, metadata, prose, listing.state, len(listing.items), date.source == "visible", len(index.links))
    items, state, single = listing.items, listing.state, False
    if kind == "column" and prose and not items:
        single, state = True, "listed"
        items = [ListItem(title=title, url=url, date=date.value if date.source == "visible" else None,
                          date_text=date.text if date.source == "visible" else None)]
    elif kind == "document":
        items, state = [], "none"
    body_links = [ls.link for ls in index.links if not ls.span.chrome and not ls.span.hidden and ls.span.related not in boxes]
    body_text = index.text_of(article.span) if article is not None else ""
    report = None
    parsed = ar.parse_title(title) if kind == "document" else None
    if parsed:
        # With block boundaries: a blank table cell stays a cell (report_tables).
        report = ar.report_facts(parsed, index.text[article.span.start : article.span.end] if article is not None else "")
    column_name, column_source = _column_name(metas, crumbs, head_title, kind)
    return PageFacts(
        url=url, kind=kind, title=title, metas=metas, breadcrumb=crumbs,
        column_name=column_name, column_name_source=column_source,
        list_state=state, list_items=items, declared_count=listing.declared_count if kind != "document" else None,
        pub_date=date.value if kind == "document" else None, pub_date_source=date.source if kind == "document" else None,
        pub_date_text=date.text if kind == "document" else None,
        metadata=metadata, related_slot=related_slot(index, boxes), related_links=related_links(index, boxes),
        body_links=body_links, links=[ls.link for ls in index.links], footer=footer, annual_report=report,
        body_text=body_text, meta_pub_date=date.meta, url_date=date.url,
        page_count=listing.page_count if kind == "column" else None, single_article=single,
    )
