"""The worker's part of one URL: fetch it, then read what the crawl needs off the page."""

from __future__ import annotations

from dataclasses import dataclass

from govaudit.crawl.fetcher import FetchResult
from govaudit.crawl.pagination import ListPages, list_pages
from govaudit.htmlpage import RawLink, decode_html, extract_links, parse_html
from govaudit.urls import normalize

HTML_TYPES = ("text/html", "application/xhtml+xml")
CHECKED_WITH_HEAD = ("attachment", "image")  # priority classes checked for existence, not downloaded


def method_for(priority: str) -> str:
    """HEAD for attachments and images (their existence is the evidence), GET otherwise."""
    return "HEAD" if priority in CHECKED_WITH_HEAD else "GET"


@dataclass(frozen=True)
class Parsed:
    """A fetch and what its page says: links, and list pages that no link reaches."""

    result: FetchResult
    charset: str | None = None
    text: str | None = None  # the decoded HTML, for pages
    links: tuple[RawLink, ...] = ()
    list_pages: ListPages | None = None

    @property
    def final_url(self) -> str | None:
        """The normalised URL the page was finally served from."""
        return normalize(self.result.final_url or "")


def is_html(result: FetchResult) -> bool:
    """True for a complete HTML body (by media type, or sniffed when there is none)."""
    content, ctype = result.content, result.content_type
    return content is not None and (ctype in HTML_TYPES or (ctype is None and b"<html" in content[:1024].lower()))


def parse(result: FetchResult, max_list_pages: int) -> Parsed:
    """Decode an HTML page; list its links and the pages of its list. Scope is the caller's call."""
    final_url = normalize(result.final_url or "")
    if not is_html(result) or final_url is None:
        return Parsed(result)
    text, charset = decode_html(result.content, result.final.header("Content-Type"))
    links = extract_links(parse_html(text), final_url)
    return Parsed(result, charset, text, tuple(links), list_pages(final_url, text, links, max_list_pages))
