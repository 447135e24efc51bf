"""Splash pages (迎宾页, 欢迎页, 引导页): a site's address that shows a picture or a flash and one
link, 进入网站 / 进入首页 / 进入主站, to the portal (sometimes beside a version chooser: 简体, 繁体,
English, 无障碍, 长者版). Read as the home page, the splash has no footer, no column and no date:
every home page rule would judge a page that only greets. A visitor enters the portal, so the
crawl does (crawl/fetcher.py follows the entry link of the home page as a redirect: both answers
are archived, and the portal is the home page, as after a 302).

Only the start page, only when it shows next to nothing, links a few addresses at most, and
names exactly one same-site entry by the vocabulary in htmlvocab.ENTRY_LINK.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from govaudit.crawl.clientredirect import short_page
from govaudit.htmlvocab import ENTRY_LINK
from govaudit.urls import resolve

MAX_SPLASH_BYTES = 64 * 1024  # a picture, a flash object and a few links; inline styles and scripts
_MAX_SPLASH_TEXT = 300  # characters a visitor sees: a greeting, the entry, a chooser, a copyright line
_MAX_SPLASH_LINKS = 8  # addresses linked: the entry, a version chooser, a badge; a portal links dozens


def entry_target(content: bytes, content_type: str | None, url: str) -> str | None:
    """The same-site address the splash page at `url` enters, or None for any other page.
    `content_type` is the response's Content-Type header."""
    if (page := short_page(content, content_type, url, MAX_SPLASH_BYTES, _MAX_SPLASH_TEXT)) is None:
        return None
    tree, base = page
    linked: set[str] = set()
    entries: set[str] = set()
    for a in tree.iter("a", "area"):
        target = resolve(a.get("href") or "", base)
        if target is None or target == url:
            continue
        linked.add(target)
        labels = [" ".join(a.text_content().split()) if a.tag == "a" else "", a.get("alt") or "", a.get("title") or ""]
        labels += [img.get(k) or "" for img in a.iter("img") for k in ("alt", "title")]
        if any(ENTRY_LINK.fullmatch(label.strip()) for label in labels):
            entries.add(target)
    if len(linked) > _MAX_SPLASH_LINKS or len(entries) != 1:
        return None
    target = entries.pop()
    return target if _host(target) == _host(url) else None


def _host(url: str) -> str:
    """The host, a leading www. aside (www.x.gov.cn and x.gov.cn serve one site)."""
    return (urlsplit(url).hostname or "").removeprefix("www.")
