"""Reading the real pages saved under tests/model/realpages the way the round-by-round tests do."""

from __future__ import annotations

from pathlib import Path

from govaudit.crawl.pagination import list_pages
from govaudit.htmlpage import decode_html
from govaudit.model.extract.page import PageFacts, extract_page

PAGES = Path(__file__).parent / "realpages"


def read(name: str, url: str, *, is_home: bool = False) -> PageFacts:
    """The facts extract_page reads off the saved page `name` at `url`."""
    text, _ = decode_html((PAGES / name).read_bytes())
    return extract_page(text, url, is_home=is_home)


def later_pages(name: str, url: str, limit: int = 2000) -> list[str]:
    """The later pages of the saved list page's list the crawl would queue (at most `limit`)."""
    text, _ = decode_html((PAGES / name).read_bytes())
    return [u for u, _ in list_pages(url, text, extract_page(text, url).links, limit).pages]


def trail(facts: PageFacts) -> list[str]:
    """The names of the page's 当前位置 trail steps."""
    return [n for n, _ in facts.breadcrumb]
