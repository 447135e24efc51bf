"""Everything the model reads off one page: a pure function of (HTML text, URL).

`govaudit inspect` prints these facts as they are, so a webmaster can see why a
column was judged stale or a document incomplete.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from govaudit.htmlpage import RawLink, extract_links, parse_html
from govaudit.model.extract import annual_report as ar
from govaudit.model.extract.dates import find_dates, url_date
from govaudit.model.extract.footer import FooterFacts, extract_footer, footer_widgets
from govaudit.model.extract.listing import extract_listing
from govaudit.model.extract.metadata import extract_metadata
from govaudit.model.extract.regions import CHROME, breadcrumb, in_region, related_boxes, related_slot
from govaudit.model.extract.text import element_text, meta_tags, page_title
from govaudit.model.types import ListItem

# Labels of the visible publication date, strongest first; a bare 时间/日期 must not be
# the tail of 成文日期/生成日期 (the drafting date in a metadata block).
_VISIBLE_DATE = (re.compile(r"(?:发布时间|发布日期|发文日期)\s*[：:]\s*"), re.compile(r"(?<![成生])(?:时间|日期)\s*[：:]\s*"))
_TITLE_SUFFIX = re.compile(r"\s*[_\-|–—]\s*[^_\-|–—]*$")
_BODY = re.compile(r"content|article|TRS_Editor|zoom|detail|main", re.I)


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


def _scripts(tree: lxml.html.HtmlElement) -> str:
    return "\n".join(el.text or "" for el in tree.iter("script"))


def _doc_title(tree: lxml.html.HtmlElement, metas: dict[str, str]) -> str:
    if metas.get("articletitle"):
        return metas["articletitle"]
    for h in tree.iter("h1", "h2"):
        text = element_text(h)
        if len(text) >= 4 and not in_region(h, CHROME):
            return text
    return _TITLE_SUFFIX.sub("", page_title(tree)) or page_title(tree)


def _pub_date(text: str, metas: dict[str, str], metadata: dict[str, str], url: str) -> tuple[str | None, str | None, str | None]:
    """(date, source, text): visible 发布时间 > metadata 发布日期 > meta PubDate > URL date."""
    for label in _VISIBLE_DATE:
        for m in label.finditer(text):
            dates = find_dates(text[m.end() : m.end() + 24])
            if dates:
                return dates[0][0].isoformat(), "visible", text[m.start() : m.end()] + dates[0][1]
    if metadata.get("发布日期", "").count("-") == 2:
        return metadata["发布日期"], "metadata", metadata["发布日期"]
    meta_dates = find_dates(metas.get("pubdate", ""))
    if meta_dates:
        return meta_dates[0][0].isoformat(), "meta", metas["pubdate"]
    from_url = url_date(url)
    return (from_url.isoformat(), "url", url) if from_url else (None, None, None)


def _column_name(metas: dict[str, str], crumbs: list[tuple[str, str | None]], title: str) -> tuple[str | None, str | None]:
    if metas.get("columnname"):
        return metas["columnname"], "meta"
    if crumbs:
        return crumbs[-1][0], "breadcrumb"
    return (_TITLE_SUFFIX.sub("", title) or None), "title"


def _body(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    candidates = [el for el in tree.iter("div", "article", "td") if _BODY.search(f"{el.get('class', '')} {el.get('id', '')}")]
    candidates = [el for el in candidates if not in_region(el, CHROME)]
    return max(candidates, key=lambda el: len(element_text(el)), default=tree.find("body") if tree.find("body") is not None else tree)


def extract_page(html_text: str, url: str, *, is_home: bool = False) -> PageFacts:
    """Facts of one decoded HTML page at `url`."""
    tree = parse_html(html_text)
    metas = meta_tags(tree)
    scripts = _scripts(tree)
    links = extract_links(tree, url)
    widgets = footer_widgets(tree)  # the 找错 widget is a <script>: read it before stripping
    lxml.etree.strip_elements(tree, "script", "style", "noscript", with_tail=False)
    text = element_text(tree)
    footer = extract_footer(text, metas, widgets)
    crumbs = breadcrumb(tree, url)
    listing = extract_listing(tree, url, scripts)
    metadata = extract_metadata(tree)
    title = _doc_title(tree, metas)
    pub_date, pub_source, pub_text = _pub_date(text, metas, metadata, url)
    boxes = related_boxes(tree)
    related = sorted({l.url for box in boxes for l in extract_links(box, url) if l.kind == "page"})
    body = _body(tree)
    body_text = element_text(body)
    body_links = extract_links(body, url)
    is_document = bool(metas.get("articletitle") or metadata) or (
        pub_source == "visible" and len(listing.items) < 3 and listing.state != "empty"
    )
    if is_home:
        kind = "home"
    elif is_document:
        kind = "document"
    elif listing.state in ("listed", "empty", "not_observed"):
        kind = "column"
    elif metas.get("columnname") or len(links) >= 10:
        kind = "hub"
    else:
        kind = "other"
    column_name, column_source = _column_name(metas, crumbs, page_title(tree))
    report = None
    parsed = ar.parse_title(title) if kind == "document" else None
    if parsed:
        report = {"year": parsed.year, "organ": parsed.organ, "sections": ar.sections_present(body_text)}
    return PageFacts(
        url=url, kind=kind, title=title, metas=metas, breadcrumb=crumbs,
        column_name=column_name, column_name_source=column_source,
        list_state=listing.state, list_items=listing.items, declared_count=listing.declared_count,
        pub_date=pub_date, pub_date_source=pub_source, pub_date_text=pub_text,
        metadata=metadata, related_slot=related_slot(boxes), related_links=related,
        body_links=body_links, links=links, footer=footer, annual_report=report, body_text=body_text,
    )
