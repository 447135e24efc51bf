"""Focused crawl frontier: the URLs most likely to hold audit evidence come first."""

from __future__ import annotations

import heapq
import itertools
import re
from dataclasses import dataclass, replace
from urllib.parse import unquote, urlsplit

from govaudit.crawl.pagination import PAGE_QUERY
from govaudit.htmlvocab import PAGER_TEXTS

# Priority classes, best first. Equal ranks are ordered by depth, then discovery order.
RANKS = {
    "home": 0,
    "hub": 1,  # disclosure and navigation hubs
    "column": 2,  # column (list) pages: every column's first page before any document
    "document": 4,
    "attachment": 4,  # annual reports and normative documents often are PDF/DOC
    "pagination": 5,  # later pages of a list: the first page already shows the newest items
    "image": 6,
}
# Disclosure evidence (规范性文件, 政策解读, 年报 …): every page of its lists and its documents come
# before news articles, so the budget never runs out on news while disclosure lists are unread.
DISCLOSURE_RANKS = {**RANKS, "pagination": 3, "document": 3, "attachment": 3}
CHECKS = ("attachment", "image")  # classes checked for existence (HEAD), with a budget of their own

# Columns and hubs whose lists are disclosure evidence, by link text or URL path segment.
DISCLOSURE_WORDS = ("规范性文件", "政策文件", "政策解读", "文件解读", "政策法规", "年报", "年度报告", "政府信息公开",
                    "信息公开", "政务公开", "公开指南", "公开目录", "预决算", "预算", "决算", "公开制度")
_DISCLOSURE_SEGMENTS = re.compile(r"^(?:zwgk|xxgk|zfxxgk|gkml|gkmlpt|gfxwj|zcwj|zcjd|zcfg|ndbg|gknb|czyjs|czxx|yjs)$", re.I)
_HANWEB_COLUMN = re.compile(r"/col/col(\d+)/")
_LONG_TITLE = 8  # characters: a list row's title, not a menu item

_HUB_WORDS = ("政务公开", "政府信息公开", "信息公开目录", "公开指南", "年报", "zwgk", "xxgk")
_HUB_ANCHOR = 16  # characters: a menu's name (政府信息公开工作年度报告), not a document's title (…2025年政府信息公开工作年度报告)
_PAGER_TEXTS = PAGER_TEXTS - {"首页", "首 页"}  # 首页 is also the site's home page link
# TRS createPageHTML pagers (index_1.html ...); page-number parameters are pagination.PAGE_QUERY.
_PAGINATION_PATH = re.compile(r"/index_\d+\.s?html?$", re.I)
# A page number linking a file named by a short number: 博达 VSB's later list pages (`zbgg/10.htm`
# is page 2, linked as "2"); documents have longer numbers (VSB /info/1043/3207.htm).
_NUMBERED_PAGE = re.compile(r"/\d{1,3}\.s?html?$", re.I)
# TRS article names (t20240115_123456.html), date folders (/202401/), numeric or id-addressed pages.
_DOCUMENT = re.compile(r"/t\d{8}_\d+\.\w+$|/20\d{2}(?:0[1-9]|1[0-2])(?:\d{2})?/|/\d{5,}\.\w+$", re.I)
_DOCUMENT_QUERY = re.compile(r"(?:^|&)(?:id|docid|articleid|infoid)=", re.I)
_COLUMN = re.compile(r"/$|/(?:list|more|lm|column)[^/]*$", re.I)


@dataclass(frozen=True)
class Why:
    """Why a URL was fetched: the page linking to it, the link text, the priority class, the URL as linked."""

    parent: str | None
    anchor: str
    priority: str
    depth: int
    href: str = ""  # the URL as linked, to fetch, when it differs from the queue's key (urls.resolve)
    disclosure: bool = False  # part of a disclosure column (its list pages, its documents)


def document_url(url: str) -> bool:
    """True for an address shaped as a document's (TRS t20240115_123.html, a /202401/ folder, a
    long numeric name, an id query), whatever a link to it says."""
    parts = urlsplit(url)
    return bool(_DOCUMENT.search(unquote(parts.path)) or _DOCUMENT_QUERY.search(parts.query))


def classify(url: str, anchor: str, kind: str) -> str:
    """Priority class of a link to `url` with text `anchor`; `kind` is urls.link_kind's answer."""
    if kind in ("image", "attachment"):
        return kind
    parts = urlsplit(url)
    path = unquote(parts.path)
    anchor = anchor.strip()
    if (_PAGINATION_PATH.search(path) or PAGE_QUERY.search(parts.query) or anchor in _PAGER_TEXTS
            or (anchor.isdigit() and _NUMBERED_PAGE.search(path))):
        return "pagination"
    is_document = bool(_DOCUMENT.search(path) or _DOCUMENT_QUERY.search(parts.query))
    # Only the last path segment names a hub: everything under /zwgk/ is not a hub.
    last_segment = path.rstrip("/").rsplit("/", 1)[-1].lower()
    if len(anchor) <= _HUB_ANCHOR and any(w in anchor for w in _HUB_WORDS) \
            or (not is_document and any(w in last_segment for w in _HUB_WORDS)):
        return "hub"
    if is_document:
        return "document"
    return "column" if _COLUMN.search(path) else "document"


def _directory(url: str) -> str:
    path = urlsplit(url).path
    return path[: path.rfind("/") + 1]


def is_disclosure(url: str, anchor: str, priority: str, parent: str | None, parent_why: Why | None) -> bool:
    """Whether a link to `url` (class `priority`) belongs to a disclosure column: by its text or
    path, as a column of a disclosure hub, or as a page, document or file of the disclosure list
    `parent` (same folder, Hanweb column id, or a list row's long title)."""
    if priority in ("home", "image"):
        return False
    if any(w in anchor for w in DISCLOSURE_WORDS):
        return True
    path = unquote(urlsplit(url).path)
    if any(_DISCLOSURE_SEGMENTS.match(seg) for seg in path.split("/")):
        return True
    if parent is None or parent_why is None or not parent_why.disclosure:
        return False
    if priority in ("pagination", "attachment"):  # the list's next page; a disclosure page's file
        return True
    folder = _directory(parent)
    if folder != "/" and path.startswith(folder):
        return True
    # A disclosure hub's columns (人事信息, 机构职能 …). The site menu on the hub is no leak: its
    # columns were queued from the home page first, and a deeper link never changes their lane.
    if priority == "column" and parent_why.priority == "hub":
        return True
    if priority == "document" and parent_why.priority in ("column", "pagination", "hub"):
        col = _HANWEB_COLUMN.search(parent)
        return (col is not None and f"_{col.group(1)}_" in path) or len(anchor.strip()) >= _LONG_TITLE
    return False


class Frontier:
    """Priority queue of URLs to fetch; each URL is handed out at most once.

    A URL found again through a better link before it is fetched moves up
    (lazy deletion: the stale heap entry is skipped when popped).
    """

    def __init__(self) -> None:
        self._heap: list[tuple[int, int, int, str]] = []
        self._queued: dict[str, Why] = {}
        self._seen: set[str] = set()
        self._order = itertools.count()

    def __len__(self) -> int:
        return len(self._queued)

    def seen(self, url: str) -> bool:
        """True once `url` has been queued or marked."""
        return url in self._seen

    def queued(self, url: str) -> bool:
        """True while `url` waits in the queue (not yet handed out)."""
        return url in self._queued

    def restore(self, url: str, why: Why) -> None:
        """Queue again a URL handed out but not fetched (its host was paused)."""
        self._seen.discard(url)
        self.push(url, why)

    def mark(self, url: str) -> None:
        """Never hand out `url` (already fetched or recorded otherwise)."""
        self._seen.add(url)
        self._queued.pop(url, None)

    def push(self, url: str, why: Why) -> bool:
        """Queue `url`, or move it up if `why` ranks better than its queued reason. True if queued."""
        current = self._queued.get(url)
        if url in self._seen and (current is None or _key(why) >= _key(current)):
            return False
        if current is not None and current.depth < why.depth:
            # Moved up by a better class through a longer path (a 政务公开 page's 点击排行 box, then an
            # article's 上一篇/下一篇 chain): it stays as near the start as it was found, or its links
            # would be cut for depth.
            why = replace(why, depth=current.depth)
        self._seen.add(url)
        self._queued[url] = why
        heapq.heappush(self._heap, (*_key(why), next(self._order), url))
        return True

    def remaining(self) -> list[tuple[str, Why]]:
        """The queued URLs not handed out, in no particular order."""
        return list(self._queued.items())

    def pop(self) -> tuple[str, Why] | None:
        """The best queued URL and why it is wanted, or None when empty."""
        while self._heap:
            rank, depth, _, url = heapq.heappop(self._heap)
            why = self._queued.get(url)
            if why is not None and _key(why) == (rank, depth):
                del self._queued[url]
                return url, why
        return None


def _key(why: Why) -> tuple[int, int]:
    # The home page's images are judged on their own (homepage-broken-links): checked with the
    # documents, not after every list page of the site.
    if why.priority == "image" and why.depth <= 1:
        return RANKS["document"], why.depth
    return (DISCLOSURE_RANKS if why.disclosure else RANKS)[why.priority], why.depth
