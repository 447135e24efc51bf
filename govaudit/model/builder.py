"""Build the site model (site.json) from a crawl snapshot. No network."""

from __future__ import annotations

import json
import pickle
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit, urlunsplit

from govaudit import __version__
from govaudit.crawl.frontier import classify as link_class
from govaudit.crawl.scope import Scope, canonical
from govaudit.crawl.snapshot import BODY_METHODS, Capture, SnapshotReader
from govaudit.htmlpage import FRAME_TAGS, RawLink
from govaudit.htmlvocab import HOME_STEPS, NEXT_PAGE_TEXTS
from govaudit.model import classify, date_integrity, footers, homeframes, relations, rendering, reports, site_sections
from govaudit.model.extract.bodytext import TEXT_CAP, page_text
from govaudit.model.extract.footer import FooterFacts
from govaudit.model.extract.page import PageFacts, clear_caches
from govaudit.model.extract.wenhao import decree_number, lead_wenhao
from govaudit.model.linktable import LinkTable
from govaudit.model.readpages import Unparsed, is_data_answer, page_facts, read_pages
from govaudit.model.copies import merge_copies
from govaudit.model.frames import fold_frames
from govaudit.model.pagerlinks import (fold_case_aliases, fold_pager_pages, fold_same_lists, fold_same_shown, fold_year_pages,
                                       links_to_lists, queued_page, reached_by_pagers)
from govaudit.model.types import (
    SCHEMA, UNPARSED, AnnualReport, BudgetCut, Column, CrawlInfo, Document, Evidence, Footer, Link, ListItem,
    OffsiteLink, Page, PageText, PageTextInfo, SearchBox, SiteModel, TemplateFooter,
)
from govaudit.model.pagetext import TEXT_FILE
from govaudit.urls import home_like, link_kind, other_scheme

# Crawl outcomes as link outcomes; an outcome not listed here (a new crawl outcome) is broken.
# Broken is what a citizen would meet too: the page is gone (404/410, a status-200 error page,
# an HTML page for a file URL, a redirect loop) or the server fails on that page (500 …).
# "blocked" is no verdict: the answer says who asks or when, not whether the page works — a
# WAF; sent home (a removed page, or a referer/session check); after the fetcher's retries, a
# timeout, a reset or refused connection, a TLS handshake our client could not make (国密 SM2
# certificates, old protocols). The national indicators judge a site unreachable only over a
# week of repeated visits, and link checkers leave one failed fetch to a later run.
_OUTCOME_TO_LINK = {"ok": "ok", "not_found": "broken", "http_error": "broken", "timeout": "blocked",
                    "unreachable": "blocked", "tls_error": "blocked", "redirect_loop": "broken",
                    "soft_404": "broken", "wrong_type": "broken", "too_large": "ok", "blocked": "blocked",
                    "redirect_home": "blocked", "home_copy": "blocked"}
# Error statuses that refuse the asker (401 asks a login; a bare 403 is what WAFs, IP and
# User-Agent filters answer a crawler whose browser visitors see the page) or say the server is
# momentarily unable (502/503/504: a gateway or an overload, "alleviated after some delay",
# RFC 9110 §15.6): no verdict on the page. Other 4xx/5xx are the page failing: broken.
_NO_VERDICT_STATUSES = frozenset({401, 403, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class _Fetched:
    capture: Capture
    facts: PageFacts

    @property
    def evidence(self) -> Evidence:
        return _evidence(self.capture)


def _evidence(cap: Capture, snippet: str | None = None) -> Evidence:
    """Evidence cites the URL fetched (as linked, after redirects), not the de-duplication key."""
    return Evidence(url=cap.final_url or cap.url, fetched_at=cap.fetched_at, record=cap.record, snippet=snippet)


def _html_type(cap: Capture) -> bool:
    ctype = (cap.content_type or "").lower()
    return "html" in ctype or not ctype


def _unread(cap: Capture) -> str | None:
    """not_html for a status-200 answer at a page's address in a type no browser shows as a web
    page (text/plain, application/octet-stream: the markup as text, a download): the page a link
    names was not seen, so a column there is not observed (not empty, not stale). A file served
    from a page-like address (download.jsp?id=…) is the same answer: the link to it stays ok."""
    if cap.outcome == "ok" and cap.method in BODY_METHODS and link_kind(cap.url) == "page" and not is_data_answer(cap):
        return "not_html"
    return None


def _served_as_page_for_file(cap: Capture) -> bool:
    """An HTML answer for a URL that names a file (.pdf, .doc, .png …): an error or login page in
    the file's place (the crawl calls it wrong_type; older snapshots say ok)."""
    return cap.outcome == "ok" and bool(cap.content_type) and _html_type(cap) and link_kind(cap.url) != "page"


# Media types of a download: what a browser saves rather than shows (application/… but the web's
# own documents and data).
_NOT_FILES = ("xhtml", "json", "xml", "javascript", "x-www-form-urlencoded")


def _served_file(cap: Capture) -> bool:
    """The capture of a page address that served a file: redirected to one, or a download
    handler's (an address with a query: `download.jsp?id=`, `DownFile.aspx?…`) sending one in a
    type a browser saves. A plain page address in such a type is a page the server mislabels
    (coverage's not_html), not a file."""
    if cap.final_url and cap.final_url != cap.url and link_kind(cap.final_url) == "attachment":
        return True
    ctype = (cap.content_type or "").lower()
    return cap.outcome == "ok" and "?" in cap.url and ctype.startswith("application/") \
        and not any(t in ctype for t in _NOT_FILES)


_FILE_IDS = re.compile(r"[0-9a-f]{16,}|\d+", re.I)  # numbers and hash-like names


def _handler_key(url: str) -> str | None:
    """A download handler's address without its file's id (`download.jsp?id=`, Hanweb's
    `downfile.jsp?classid=&filename=.pdf`), or None for an address without a query. The query's
    words stay: one entry script serves files and pages (phpcms `index.php?m=content&c=down…`
    and `…&c=index&a=show…`)."""
    return _FILE_IDS.sub("", url) if "?" in url else None


def _download_handlers(captures: dict[str, Capture]) -> frozenset[str]:
    """The keys (_handler_key) of the download handlers the crawl met, those that served files
    more often than web pages: one handler, one kind of link, so its answer that is no file (a
    blank page, 文件不存在) is a file's that failed. An article script that also sends a file
    now and then (DedeCMS's `plus/view.php?aid=` jumping to a PDF) is no download handler."""
    files: Counter[str] = Counter()
    for url, cap in captures.items():
        if (key := _handler_key(url)) is not None:
            files[key] += 1 if _served_file(cap) else -1
    return frozenset(key for key, n in files.items() if n > 0)


def _download(kind: str, target: str, handlers: frozenset[str]) -> str:
    """`kind` of a link to `target`, or "attachment" for a download handler's (_download_handlers):
    the link is checked, and failed, as the file it is."""
    return "attachment" if kind == "page" and handlers and _handler_key(target) in handlers else kind


def _file_link_outcome(kind: str, cap: Capture | None) -> tuple[str, int | None, str | None]:
    """_link_outcome of a link of `kind` (_download): a download handler's web page in the
    file's place (文件不存在, a blank page) is a broken file link, as one at a .pdf address is."""
    if kind == "attachment" and cap is not None and cap.outcome == "ok" and _html_type(cap) and not _served_file(cap):
        return "broken", cap.status, "wrong_type"
    return _link_outcome(cap)


def _is_html(cap: Capture) -> bool:
    return cap.method in BODY_METHODS and cap.outcome == "ok" and _html_type(cap) and not _served_as_page_for_file(cap)


class _Kept:
    """What the build keeps of each page's facts while it assembles the model, held so that it
    does not grow with the pages' size: the values most pages repeat (<meta> tags, footer,
    breadcrumb steps, headings) are one object across pages, only the standard <meta> tags are
    kept (keyed by their names: the page record's own dict), and each page's text (cut to its
    PageText at once), whole body text and, for a document, its facts (`park`) wait in a
    temporary file: page texts are read back one at a time as pagetext.jsonl is written, body
    texts only by interpretations, documents' facts by _documents."""

    def __init__(self) -> None:
        self.memo: dict[object, object] = {}
        self._texts: dict[str, _ParkedText] = {}  # url -> its text, in page order
        self._list_texts: set[str] = set()  # pages of a list: only each column's first page keeps its text
        self.bodies = tempfile.TemporaryFile()
        self.body_at: dict[str, tuple[int, int]] = {}
        self.headings: dict[str, tuple[str, ...]] = {}  # pages that show headings, in page order
        # headed blocks of dated rows (listing.block_key) -> (documents showing one, the lists whose pages show one, and
        # for each row it links the lists whose pages show it there, up to _SIDEBAR_LISTS)
        self.blocks: dict[str, tuple[int, set[str], dict[str, set[str]]]] = {}
        # documents -> the headed blocks whose rows they link (all their blocks when they show two or more)
        self.linked_blocks: dict[str, frozenset[str]] = {}
        # pages that show nothing (no title, link, text or footer line), told before their facts are slimmed of links and text
        self.blank: set[str] = set()
        # pages -> the same-site pages they show in iframes (a footer in `<iframe src="/inc/footer.html">`: _framed_footer)
        self.iframes: dict[str, tuple[str, ...]] = {}

    def facts(self, url: str, facts: PageFacts, keep_links: bool = True, again: bool = False) -> PageFacts:
        """`facts` as the assembly keeps them, their texts parked (not `again`: a page read a second time)."""
        shown = facts.footer  # (a footer include's text is no body text: 主办 and 网站标识码 lines without a link)
        if facts.title or facts.links or facts.body_text.strip() or shown.site_id_code or shown.icp or shown.psb or shown.sponsor:
            self.blank.discard(url)
        else:
            self.blank.add(url)
        if framed := tuple(dict.fromkeys(l.url for l in facts.links if l.tag in FRAME_TAGS and l.kind == "page" and l.url != url)):
            self.iframes[url] = framed
        else:
            self.iframes.pop(url, None)
        if facts.kind != "home":
            # A page read again (a side box's rows left out) may be another kind now: a static page first read as a
            # list of the box's rows keeps its text as the static page it is (the guide whose 起施行 date dates it).
            if text := page_text(url, facts.body_text, facts.body_headings, tables=facts.body_tables):
                self._texts[url] = _ParkedText(url, self._park(pickle.dumps(text)), len(text.text), text.truncated)
            elif again:
                self._texts.pop(url, None)
            if facts.kind == "column" and not facts.single_article:
                self._list_texts.add(url)
            else:
                self._list_texts.discard(url)
        if facts.body_text and not again:
            self.body_at[url] = self._park(facts.body_text.encode("utf-8", "surrogatepass"))
        if facts.headings:
            self.headings[url] = facts.headings
        if not again and facts.kind == "document" and facts.row_blocks:
            linked = {link.url for link in facts.body_links}
            # blocks of rows side by side: one a side box's, another may be the page's own list, which the box
            # outweighed (a list's second page of three rows under a 最新信息 box of four read as a document): all kept
            keys = frozenset(key for key, urls in facts.row_blocks
                             if len(facts.row_blocks) > 1 or not linked.isdisjoint(urls))
            if keys:
                self.linked_blocks[url] = keys
        if not again and facts.kind in ("document", "column"):
            for key, urls in facts.row_blocks:
                docs, lists, rows = self.blocks.setdefault(key, (0, set(), {}))
                if facts.kind == "document":
                    self.blocks[key] = (docs + 1, lists, rows)
                else:
                    lists.add(own := classify.list_page(url).key)
                    for row in urls:
                        if len(seen := rows.setdefault(row, set())) < _SIDEBAR_LISTS:
                            seen.add(own)
        share = self.memo.setdefault
        return replace(facts, metas={tag: share(v, v) for tag, key in _STANDARD_KEYS if (v := facts.metas.get(key)) is not None},
                       footer=share(facts.footer, facts.footer), breadcrumb=[share(c, c) for c in facts.breadcrumb],
                       headings=share(facts.headings, facts.headings), body_text="", links=facts.links if keep_links else [],
                       body_headings=share(facts.body_headings, facts.body_headings))

    def no_list(self, url: str) -> None:
        """`url`, first read as a list page, is none (builder._unframe): its text is kept as any page's."""
        self._list_texts.discard(url)

    def park(self, page: _Fetched) -> _Parked:
        """`page` with its facts in the temporary file (read back by `unpark`)."""
        f = page.facts
        return _Parked(page.capture, _page(page.capture.url, page.capture, page, None, blank=page.capture.url in self.blank),
                       self._park(pickle.dumps(f)),
                       f.footer, bool(f.metadata), f.annual_report, f.search_box)

    def unpark(self, parked: _Parked) -> _Fetched:
        # with the page record's title: its document shows the same string, not a second copy
        return _Fetched(parked.capture, replace(pickle.loads(self._read(parked.where)), title=parked.page.title))

    def texts(self, columns: list[Column]) -> PageTextFile:
        """The body text of every page that shows an article: documents, static pages (机构职能,
        联系方式), guides read as hubs; and of each column's first list page (its intro, its items:
        page_text locates them with kind `list`); not the homepage or later list pages. The
        temporary file is theirs from now on: it closes when they have been read."""
        firsts = {c.url for c in columns}
        kept = sorted((t for t in self._texts.values() if t.url not in self._list_texts or t.url in firsts), key=attrgetter("url"))
        return PageTextFile(self.bodies, kept)

    def body_text(self, url: str) -> str:
        return self._read(self.body_at.get(url, (0, 0))).decode("utf-8", "surrogatepass")

    def _park(self, data: bytes) -> tuple[int, int]:
        self.bodies.seek(0, 2)
        at = self.bodies.tell()
        self.bodies.write(data)
        return at, len(data)

    def _read(self, where: tuple[int, int]) -> bytes:
        self.bodies.seek(where[0])
        return self.bodies.read(where[1])


@dataclass(frozen=True, slots=True)
class _Parked:
    """A page that no step reads beside other pages (a document, not a list page: most of a
    large site). Its facts wait in the temporary file for the one step that reads them
    (_documents); in memory it is its page record, made as it is read (a page that is no list
    page needs nothing from other pages), and what the footer and report steps read of it."""

    capture: Capture
    page: Page
    where: tuple[int, int]  # (offset, size) of its facts' pickle in the temporary file
    footer: FooterFacts
    has_metadata: bool
    annual_report: dict[str, object] | None
    search_box: str | None  # its search-box fact (the model's SearchBox reads every page's)


@dataclass(frozen=True, slots=True)
class _ParkedText:
    url: str
    where: tuple[int, int]  # (offset, size) of its pickle in the temporary file
    chars: int  # characters kept
    truncated: bool


class PageTextFile:
    """The page texts of a build in URL order, read back one at a time from the temporary file
    they wait in (a 20,000-page site's texts can be tens of MiB): iterate once; the file closes
    when the last has been read (or when this object is dropped)."""

    def __init__(self, file: BinaryIO, texts: list[_ParkedText]) -> None:
        self._file, self._texts = file, texts
        self.pages, self.chars = len(texts), sum(t.chars for t in texts)
        self.truncated = sum(1 for t in texts if t.truncated)

    def __iter__(self) -> Iterator[PageText]:
        try:
            for text in self._texts:
                self._file.seek(text.where[0])
                yield pickle.loads(self._file.read(text.where[1]))
        finally:
            self._file.close()
            self._texts = []  # read once: not held while site.json is written


def _read_pages(reader: SnapshotReader, folder: Path, every: list[Capture], start: str, jobs: int,
                progress: Callable[[int], None] | None, kept: _Kept, site_links: _SiteLinks,
                frames: frozenset[str] = frozenset()) -> tuple[dict[str, _Fetched], dict[str, _Parked], frozenset[str]]:
    """The pages the assembly reads beside others (home, hubs, list pages), the others parked, and
    the pages the extractors failed on (readpages.Unparsed: not observed).
    `frames`: the frames the home page is made of, read as parts of it."""
    wanted = [(n, cap) for n, cap in enumerate(every, 1)
              if cap.priority != "robots" and (_is_html(cap) or is_data_answer(cap))]
    pages: dict[str, _Fetched] = {}
    parked: dict[str, _Parked] = {}
    unparsed: set[str] = set()
    for n, (cap, facts) in enumerate(read_pages(reader, folder, wanted, start, jobs, progress, frames), 1):
        if isinstance(facts, Unparsed):
            unparsed.add(cap.url)
        elif facts is not None:
            site_links.add(cap.url, facts.links)
            held = _links_kept(cap.url, facts, start)
            page = _Fetched(cap, kept.facts(cap.url, facts, keep_links=held))
            if held:
                pages[cap.url] = page
            else:
                parked[cap.url] = kept.park(page)
        if n % _MEMO_PAGES == 0:
            clear_caches()
    if progress and every:
        progress(len(every))
    clear_caches()  # no page is read after this
    kept.memo.clear()  # what it shares lives on in the pages' facts, no longer than they do
    return pages, parked, frozenset(unparsed)


# The extractors' memos (URL normalisations, interned links: govaudit.urls, htmlpage) gain an
# entry or more a page, up to 65,536 each: tens of MiB on a 20,000-page site, most of it URLs
# read once. Reset every this many pages, they stay small; the site's chrome, which they are
# for, is memoised again within a page or two.
_MEMO_PAGES = 2048


def _frames_of(reader: SnapshotReader, cap: Capture | None, start: str, on_site: Callable[[str], bool]) -> list[str] | None:
    """The same-site pages framed by the page fetched as `cap` when it is made of them (a frameset,
    an iframe wrapper: homeframes.frame_tag; most pages are neither, told by a byte search), or
    None when `cap` is no fetched page of the site."""
    if cap is None or not _is_html(cap) or not on_site(cap.url):
        return None
    ctype = f"{cap.content_type}; charset={cap.charset}" if cap.charset else cap.content_type
    if (tag := homeframes.frame_tag(reader.body(cap) or b"", ctype)) is None:
        return []
    facts = page_facts(reader, cap, start)
    return [l.url for l in facts.links if l.tag == tag and l.kind == "page"] if isinstance(facts, PageFacts) else []


def _links_kept(url: str, facts: PageFacts, start: str) -> bool:
    """True for the pages whose raw links the assembly reads again (pagers and list groups,
    the homepage's and hubs' columns and sections), the pages read beside others: not
    documents, most of a large site (a list's pages are of kind column or numbered by URL)."""
    return url == start or facts.kind in ("home", "hub", "column") or classify.list_page(url).number is not None \
        or bool(facts.empty_boxes)


_SIDEBAR_LISTS = 3  # lists whose first pages show the same rows in the same place before those rows are a sidebar
_SIDE_BOX_DOCUMENTS = 2  # documents showing a headed block of rows before it is a side box of the template


def _site_boxes(kept: _Kept) -> frozenset[str]:
    """The headed blocks of dated rows (listing.block_key) the site shows beside the lists of `_SIDEBAR_LISTS` or more
    columns, and beside documents or with rows of its own on as many lists' pages: a side box of its template (最新动态,
    the site's newest rows, on every page; a static CMS's frozen as of the day it generated each page, so that no two
    pages need show the same rows; short articles first read as lists of its rows). A column's own list sits on its own
    pages only, its rows its own, and no document shows it — whatever heading a template gives every column's list."""
    named = {key for key, (docs, lists, rows) in kept.blocks.items() if len(lists) >= _SIDEBAR_LISTS and (
        docs >= _SIDE_BOX_DOCUMENTS or any(len(seen) >= _SIDEBAR_LISTS for seen in rows.values()))}
    # The same box where a page wraps the template otherwise (a layout table around some pages' body: `ul.<div.<td.`
    # on most pages, `ul.<div.<body.` on a few): its container and parent and its heading are the box's.
    shapes = {_box_shape(key) for key in named}
    return frozenset(key for key in kept.blocks if key in named or _box_shape(key) in shapes)


def _box_shape(key: str) -> tuple[str, str]:
    """A block_key's container and its parent (the first two steps of its signature) and its heading."""
    signature, _, heading = key.rpartition("|")
    return "<".join(signature.split("<")[:2]), heading


def _without_site_boxes(pages: dict[str, _Fetched], parked: dict[str, _Parked], boxes: frozenset[str], start: str,
                        read: Callable[[Capture, frozenset[str]], PageFacts | Unparsed | None], kept: _Kept) -> None:
    """Read again, without the side boxes `boxes`, the column pages whose list holds rows of one: taken for the list,
    a side box made an empty column look listed, a stale one fresh, and a static page a column of the box's rows. So are
    the documents that link rows of one: the box's newest 规范性文件 beside every 解读 were taken for the documents each
    explains; and the documents showing one beside another block of rows, which may be the page's own list the box
    outweighed; and the hubs, which may be articles the box's date misled."""
    if not boxes:
        return
    # A short article under a box whose one row is the article itself (its own row is no row of a list of its, but
    # the box's date is the first on the page): read as a hub or as nothing, the 解读 it is was lost. Taken when the
    # page reads as an article without the box (a portal page of two blocks, one of them the box, is no column of the
    # other: that is a hub still).
    unread = [(url, page.capture, page.facts.kind) for url, page in pages.items() if page.facts.kind in ("hub", "other")]
    unread += [(url, p.capture, p.page.kind) for url, p in parked.items() if p.page.kind in ("hub", "other")]
    for url, capture, kind in unread:
        if url != start and isinstance(again := read(capture, boxes), PageFacts) and again.kind == "document":
            held = _links_kept(url, again, start)
            found = _Fetched(capture, kept.facts(url, again, keep_links=held, again=True))
            pages.pop(url, None)
            parked.pop(url, None)
            if held:
                pages[url] = found
            else:
                parked[url] = kept.park(found)
    for url, page in list(pages.items()):
        f = page.facts
        if f.kind != "column" or not f.list_items:
            continue
        items = {i.url for i in f.list_items}
        if any(key in boxes and not items.isdisjoint(urls) for key, urls in f.row_blocks) \
                and isinstance(again := read(page.capture, boxes), PageFacts):
            pages[url] = _Fetched(page.capture, kept.facts(url, again, keep_links=True, again=True))
    for url, keys in kept.linked_blocks.items():
        if url in parked and not keys.isdisjoint(boxes) and isinstance(again := read(parked[url].capture, boxes), PageFacts):
            capture = parked.pop(url).capture
            held = _links_kept(url, again, start)
            page = _Fetched(capture, kept.facts(url, again, keep_links=held, again=True))
            if held:
                pages[url] = page
            else:
                parked[url] = kept.park(page)
    kept.linked_blocks.clear()


def _without_sidebars(pages: dict[str, _Fetched], read: Callable[[Capture, frozenset[str]], PageFacts | Unparsed | None],
                      kept: _Kept) -> None:
    """Read again, without them, the column pages whose list is rows the site shows beside many
    lists (the newest news in a side box of every column page): the same item URLs, in a container
    no list of the site's own rows sits in, on the first pages of `_SIDEBAR_LISTS` or more lists.
    Taken for the list, they made an empty column look listed and a stale one fresh."""
    shown: dict[frozenset[str], set[str]] = {}  # item URLs -> the lists whose first page shows them
    boxes: dict[frozenset[str], str] = {}
    for url, page in pages.items():
        f = page.facts
        if f.kind == "column" and f.list_state == "listed" and f.list_boxes and len(f.list_items) >= 2:
            rows = frozenset(i.url for i in f.list_items if i.url)
            shown.setdefault(rows, set()).add(classify.list_page(url).key)
            boxes.setdefault(rows, f.list_boxes[0])
    own = {boxes[rows] for rows, lists in shown.items() if len(lists) < _SIDEBAR_LISTS}  # where lists of their own sit
    sidebars = {rows for rows, lists in shown.items() if len(lists) >= _SIDEBAR_LISTS and boxes[rows] not in own}
    for url, page in list(pages.items()):
        f = page.facts
        rows = frozenset(i.url for i in f.list_items if i.url) if f.kind == "column" else frozenset()
        if rows in sidebars and isinstance(again := read(page.capture, rows), PageFacts):
            pages[url] = _Fetched(page.capture, kept.facts(url, again, keep_links=True, again=True))


_DATELESS_ROWS = 3  # documents a page named as a column must link, and nothing else, to be read as its undated list


def _dateless_lists(pages: dict[str, _Fetched], parked: dict[str, _Parked], start: str, framed: set[str]) -> None:
    """Make listed columns of the pages read as hubs that are named as a column (ColumnName meta,
    their trail) and whose body links `_DATELESS_ROWS` or more pages, every one a document: a
    picture list with no dates and no pager (PowerEasy `a_photo_list`, Cicro 图片新闻) is the
    column's list, undated, dated by its documents (date_integrity.newest). As a hub it was never
    judged: a stale or emptied 图片新闻 went unsaid. A hub links columns (its 更多) too. Documents that more
    than `_SIDEBAR_LISTS` pages link all of in their bodies are a template's box (a single page beside the
    column box every article shows), no page's list. Then, once
    those lists are known, a side menu of columns beside documents no column lists is let pass
    (_own_rows_beside_menu)."""
    candidates: dict[str, tuple[dict[str, str], dict[str, str]]] = {}  # url -> (its body's rows, their documents)
    for url, page in pages.items():
        f = page.facts
        # named as a column: by its ColumnName meta or a trail (one that stops above the page names it by its <title>)
        trailed = f.column_name_source == "title" and bool(f.breadcrumb) and f.breadcrumb[-1][0] not in HOME_STEPS
        if f.kind != "hub" or url == start or url in framed or f.column_name_source not in ("meta", "breadcrumb") and not trailed:
            continue
        trail = {url, start, *(step for _, step in f.breadcrumb if step)}  # its trail may sit in the body
        rows: dict[str, str] = {}
        for link in f.body_links:  # (a page it frames, its footer in `<iframe src="/inc/footer.html">`, is no row)
            if link.kind == "page" and link.url not in trail and link.tag not in FRAME_TAGS:
                rows[link.url] = max(rows.get(link.url, ""), link.text.strip(), key=len)
        # (a document first read as a list of a side box's rows and read again is held with the pages, not parked)
        documents = {u: text for u, text in rows.items() if (d := parked.get(u)) is not None and d.page.kind == "document"
                     or (held := pages.get(u)) is not None and held.facts.kind == "document"}
        if len(documents) >= _DATELESS_ROWS:
            candidates[url] = rows, documents
    beside_menu = []
    shown = _shown_on(pages, {frozenset(documents) for _, documents in candidates.values()}) if candidates else {}
    for url, (rows, documents) in candidates.items():
        if shown[frozenset(documents)] > _SIDEBAR_LISTS:
            continue  # a template's box of the same rows on every article and single page (ThinkCMF themes), not its list
        if len(documents) < len(rows):
            beside_menu.append(url)
        else:
            _make_dateless_list(pages, url, documents)
    listed: dict[str, set[str]] = {}  # a document -> the column pages listing it
    for url, page in pages.items():
        if page.facts.kind == "column":
            for item in page.facts.list_items:
                if item.url:
                    listed.setdefault(item.url, set()).add(url)
    for url in beside_menu:
        rows, documents = candidates[url]
        if _own_rows_beside_menu(url, documents, rows, pages, listed):
            _make_dateless_list(pages, url, documents)
            for target in documents:
                listed.setdefault(target, set()).add(url)


def _shown_on(pages: dict[str, _Fetched], sets: set[frozenset[str]]) -> dict[frozenset[str], int]:
    """How many pages link, in their bodies, every address of each set."""
    counts = dict.fromkeys(sets, 0)
    for page in pages.values():
        linked = {link.url for link in page.facts.body_links if link.kind == "page"}
        for urls in sets:
            counts[urls] += urls <= linked
    return counts


def _make_dateless_list(pages: dict[str, _Fetched], url: str, documents: dict[str, str]) -> None:
    page = pages[url]
    items = [ListItem(title=text or target, url=target, date=None) for target, text in documents.items()]
    pages[url] = _Fetched(page.capture, replace(page.facts, kind="column", list_state="listed", list_items=items))


def _own_rows_beside_menu(url: str, documents: dict[str, str], rows: dict[str, str], pages: dict[str, _Fetched],
                          listed: dict[str, set[str]]) -> bool:
    """Whether a page's body links, besides its documents, only columns (its channel's side menu, which
    a template whose class words are unknown here leaves in the body) and other sites (its footer's
    公安备案 badge), fewer of them than documents, while no other column lists any of its documents:
    its picture list. A channel page's documents are its columns' rows (`listed`: document -> the
    column pages listing it)."""
    host = urlsplit(url).netloc
    menu = [u for u in rows if u not in documents and urlsplit(u).netloc == host]
    if len(menu) >= len(documents) or any(listed.get(u, set()) - {url} for u in documents):
        return False  # more links to columns than documents: a platform's home linking its guide and 制度 pages
    return all((p := pages.get(u)) is not None and p.facts.kind in ("home", "hub", "column") for u in menu)


_TEMPLATE_LISTS = 2  # listed column pages whose list sits in a container before its empty copy means an empty list


def _template_empties(pages: dict[str, _Fetched]) -> None:
    """Make empty columns of the pages named as columns that show nothing but an empty container
    (or one showing only the column's name) where `_TEMPLATE_LISTS` or more listed column pages of
    the site hold their list or its area (the same listing.box_signature): a template whose words
    are unknown here, with no row and no 暂无 marker. A page loading a script those listed pages do
    not load is a column not observed instead (the script may fill the container), unless the page was
    rendered and its scripts ran: the container they left empty is observed empty (rendering.py)."""
    lists: dict[str, set[str]] = {}
    scripts: dict[str, set[str]] = {}  # box -> the scripts the listed pages holding a list there load
    for page in pages.values():
        for box in page.facts.list_boxes:
            lists.setdefault(box, set()).add(classify.list_page(page.capture.url).key)
            scripts.setdefault(box, set()).update(page.facts.script_srcs)
    for url, page in pages.items():
        boxes = [box for box in page.facts.empty_boxes if len(lists.get(box, ())) >= _TEMPLATE_LISTS]
        if boxes:
            # a script the template's listed pages do not load may fill the container: not observed
            usual = set().union(*(scripts[box] for box in boxes))
            state = "not_observed" if not rendering.scripts_ran(page.capture) and set(page.facts.script_srcs) - usual else "empty"
            pages[url] = _Fetched(page.capture, replace(page.facts, kind="column", list_state=state))


def _captures(reader: SnapshotReader) -> list[Capture]:
    """Every capture of the snapshot, each value that captures repeat (a media type, an outcome,
    a parent page's URL, a final URL equal to the URL, a fetch time to the second) one object:
    the index gives each row its own strings, ~1 KiB a capture held through the build. The
    crawl's anchor texts (but the page numbers of pages it queued from a pager) and error messages
    are left out: the model reads neither."""
    memo: dict[str | None, str | None] = {None: None}
    share = memo.setdefault
    return [replace(cap, url=share(cap.url, cap.url), final_url=share(cap.final_url, cap.final_url),
                    method=share(cap.method, cap.method), outcome=share(cap.outcome, cap.outcome),
                    fetched_at=share(cap.fetched_at, cap.fetched_at),
                    content_type=share(cap.content_type, cap.content_type), charset=share(cap.charset, cap.charset),
                    parent=share(cap.parent, cap.parent), anchor=cap.anchor if queued_page(cap.anchor) else None, priority=share(cap.priority, cap.priority),
                    error=None, render=share(cap.render, cap.render), render_note=share(cap.render_note, cap.render_note),
                    charset_note=share(cap.charset_note, cap.charset_note))
            for cap in reader.captures()]


def _as_fetched(url: str, fetched: Container[str]) -> str:
    """`url`, or the same page by the other scheme (http <-> https) where the crawl keyed it so
    (crawl/decide.py _fold_scheme): a site half moved to https links its pages both ways."""
    if url in fetched:
        return url
    twin = other_scheme(url)
    return twin if twin in fetched else url


def _capture_of(target: str, captures: dict[str, Capture]) -> Capture | None:
    """The capture of the page a link names: fetched at that address, or under the crawl's key of
    it (scope.canonical: `/xwzx/bmdt/?utm_source=home` is the `/xwzx/bmdt/` the crawl fetched once)."""
    cap = captures.get(target)
    if cap is None and (key := canonical(target)) is not None:
        # the crawl keys a page linked by the other scheme (http <-> https) under the site's (decide._fold_scheme)
        cap = (captures.get(key) if key != target else None) or captures.get(other_scheme(key))
    return cap


def _link_outcome(cap: Capture | None) -> tuple[str, int | None, str | None]:
    """(link outcome, HTTP status, the crawl outcome behind a link that is not ok) of the capture a
    link names (_capture_of), None when the crawl never fetched it."""
    if cap is None or cap.outcome == "robots_disallowed":
        return "not_checked", None, None
    if _served_as_page_for_file(cap):
        return "broken", cap.status, "wrong_type"
    if cap.outcome == "ok" and _sent_to_another_home(cap):
        return "blocked", cap.status, "redirect_offsite_home"
    outcome = _OUTCOME_TO_LINK.get(cap.outcome, "broken")
    if cap.outcome == "http_error" and cap.status in _NO_VERDICT_STATUSES:
        outcome = "blocked"
    return outcome, cap.status, None if outcome == "ok" else cap.outcome


def _sent_to_another_home(cap: Capture) -> bool:
    """A link to a page answered by a redirect to another host's home page (a site moved to a new
    domain sends every old address there): not the page linked, as a redirect to the site's own
    home is not (crawl/decide.py's redirect_home); the crawl leaves pages of other hosts alone."""
    final = cap.final_url
    return bool(final) and final != cap.url and urlsplit(final).netloc.lower() != urlsplit(cap.url).netloc.lower() \
        and home_like(final) and not home_like(cap.url)


class _SiteLinks:
    """The site's links, gathered page by page as the pages are read (a document page's raw
    links are not kept for the assembly): same-site links once per (source, target) — its
    first anchor on the page — and links leaving the site once per target."""

    def __init__(self, captures: dict[str, Capture], on_site: Callable[[str], bool]) -> None:
        self._captures, self._on_site = captures, on_site
        self.handlers = _download_handlers(captures)  # read by _documents too
        self._links = LinkTable()
        self._offsite: dict[str, tuple[str, str, str, int]] = {}  # target -> (first page in URL order, its text there, its kind, pages)

    def add(self, url: str, raw_links: list[RawLink]) -> None:
        """The links of the page at `url` (its anchors in page order)."""
        on_site, seen, away = self._on_site, set(), set()  # (sets per page: a site-wide one of pairs weighs as much as the links)
        for raw in raw_links:
            target = raw.url
            if target not in seen and on_site(target):
                seen.add(target)
                cap = _capture_of(target, self._captures)  # its URL: the string the page records hold, not a copy
                kind = _download(raw.kind, target, self.handlers)
                self._links.add(url, target if cap is None else cap.url, raw.text, kind, *_file_link_outcome(kind, cap))
            elif raw.tag == "a" and target not in away and target.startswith(("http://", "https://")) and not on_site(target):
                away.add(target)
                known = self._offsite.get(target)
                if known is None or url < known[0]:
                    self._offsite[target] = (url, raw.text, raw.kind, 1 + (known[3] if known else 0))
                else:
                    self._offsite[target] = (*known[:3], known[3] + 1)

    def done_adding(self) -> None:
        """Every page has been added: the crawl's captures (for the links' outcomes) are let go."""
        self._captures = {}

    def same_site(self) -> LinkTable:
        """Same-site links by target, then source."""
        links, self._links = self._links, LinkTable()
        links.sort()
        return links

    def offsite(self) -> list[OffsiteLink]:
        """Links leaving the site (政务服务网, a 政策文件库), once per target: the first page that
        links to it (URL order), its text there, and how many pages link to it."""
        return [OffsiteLink(target, urlsplit(target).hostname or "", text, source, pages, kind)
                for target, (source, text, kind, pages) in sorted(self._offsite.items())]


@dataclass(frozen=True)
class _ListGroup:
    """The fetched pages of one list, first page first."""

    url: str
    members: list[tuple[int, _Fetched]]  # (page number, page)
    paged: bool = False  # its first page only other lists' pagers link (pagerlinks.reached_by_pagers)


def _page_numbers(members: list[tuple[classify.ListPage, _Fetched]]) -> list[tuple[int, _Fetched]]:
    """1-based page numbers. TRS names page 2 `index_1.html` and some CMSs count `pageIndex=0`:
    such pagers (a file-named page 1, seen or linked from the first page; a query page 0) are
    shifted by one. What the pagers themselves state comes first: JEECMS serves page 1 also as
    `index_1.html` and page 2 as `index_2.html`, which only the pager's words tell apart; Drupal links page 2
    as `?page=1` (`<a title="到第 2 页" href="…?page=1">2</a>`) and page 1 with no page at all."""
    raw = [lp.number for lp, _ in members if lp.number is not None]
    by_file = [lp for lp, _ in members if lp.style == "file"]
    shift = 0
    if raw and min(raw) == 0:
        shift = 1
    elif by_file:
        first = next((p for lp, p in members if lp.number is None), None)
        key = by_file[0].key
        if first is not None and classify.list_page(first.capture.url).key != key:
            return _numbered(members, 0)  # DedeCMS list_12_2.html under its folder's page: numbered as shown
        if (stated := _stated_shift(members, key)) is not None:
            return _numbered(members, stated)
        linked = {lp.number for l in first.facts.links if (lp := classify.list_page(l.url)).key == key} if first else set()
        shift = 1 if first is not None and (1 in raw or 1 in linked) else 0  # Chengdu numbers page 1 `-1`
    elif raw and (stated := _stated_shift(members, members[0][0].key)) is not None:
        shift = stated
    return _numbered(members, shift)


def _stated_shift(members: list[tuple[classify.ListPage, _Fetched]], key: str) -> int | None:
    """Page number minus URL number, as the list's pagers state it: a page-number link
    (`<a href="index_1.html">2</a>` in TRS, `<a href="index_2.html">2</a>` in JEECMS) or the
    first page's 下一页 (page 2). None when they state nothing, or disagree."""
    shifts = set()
    for own, page in members:
        for link in page.facts.links:
            text = link.text.strip()
            if not (text.isdigit() or (own.number is None and text in NEXT_PAGE_TEXTS)):
                continue
            lp = classify.list_page(link.url)
            if lp.key == key and lp.number is not None:
                shifts.add((int(text) if text.isdigit() else 2) - lp.number)
    return shifts.pop() if len(shifts) == 1 and shifts <= {0, 1} else None


def _numbered(members: list[tuple[classify.ListPage, _Fetched]], shift: int) -> list[tuple[int, _Fetched]]:
    numbered = [(1 if lp.number is None else lp.number + shift, page) for lp, page in members]
    return sorted(numbered, key=lambda n: (n[0], n[1].capture.url))


def _unframe(pages: dict[str, _Fetched], read: Callable[[str], bool], kept: _Kept) -> None:
    """Pages taken for columns whose list lives in a frame (PageFacts.framed) whose framed page was read (`read`) and is
    no list (the site's footer in `<iframe src="/inc/footer.html">`): each is what it shows itself (PageFacts.unframed:
    a hub, an empty column, the empty containers _template_empties compares). A frame never read may hold the list:
    that column stays not observed (frames.fold_frames)."""
    for url, page in pages.items():
        facts = page.facts
        if facts.framed is None or facts.unframed is None or not read(facts.framed):
            continue
        framed = pages.get(facts.framed)
        if framed is not None and (framed.facts.kind == "column" or framed.facts.list_items):
            continue
        kind, state, items, single, empty_boxes = facts.unframed
        pages[url] = _Fetched(page.capture, replace(facts, kind=kind, list_state=state, list_items=items, single_article=single,
                                                    empty_boxes=empty_boxes, framed=None, unframed=None))
        if kind != "column" or single:
            kept.no_list(url)  # (a guide read as a hub keeps its text: the guide rule reads its 起施行 date there)


def _list_groups(pages: dict[str, _Fetched], framed: set[str]) -> list[_ListGroup]:
    """Every column's list pages, whatever the pager style. A page numbered by a pager joins its
    list even when extraction did not call it a column (a last page of two dated rows reads like
    a document), but only a list that has a column page at all is a column. `framed` receives the
    URLs of lists shown in another page's frame (frames.fold_frames)."""
    grouped: dict[str, list[tuple[classify.ListPage, _Fetched]]] = {}
    for page in pages.values():
        kind = page.facts.kind
        if kind == "home" or page.facts.single_article:  # a one-article page is a static page, not a list
            continue
        if classify.tag_listing(page.capture.url):  # a tag's results list articles of any column, of any age
            continue
        lp = classify.list_page(page.capture.url)
        if kind == "column" or lp.number is not None:
            grouped.setdefault(lp.key, []).append((lp, page))
    _split_named_files(grouped)
    _fold_aliases(grouped)
    _fold_query_lists(grouped)
    inbound = links_to_lists(pages.values(), grouped, lambda url: _as_fetched(url, pages))
    paged = reached_by_pagers(grouped, inbound)
    fold_pager_pages(grouped, paged)  # VSB `tzgg.htm` + `tzgg/10.htm` (page 2) … `tzgg/1.htm`
    fold_year_pages(grouped)  # 丰台 `zcwj2024.shtml` + `zcwj2023.shtml` …, linked by year tabs
    fold_same_lists(grouped)  # one column at its static and its dynamic address
    fold_same_shown(grouped, lambda url: len({source for source, _ in inbound.get(url, ())}))  # … at any two addresses
    fold_case_aliases(grouped)  # one column at `List.asp?ID=15` and `list.asp?id=15` (IIS ignores case)
    framed.update(fold_frames(grouped))
    return [_ListGroup(_group_url(key, members), _page_numbers(members),
                       any(lp.number is None and p.capture.url in paged for lp, p in members))
            for key, members in grouped.items() if any(p.facts.kind == "column" for _, p in members)]


def _group_url(key: str, members: list[tuple[classify.ListPage, _Fetched]]) -> str:
    """The column's URL: the list's first page. That is the key (the folder of TRS `index_2.html`,
    `list.html` of `list_2.html`), unless the CMS numbers its first page itself (Chengdu
    `column-index-1.shtml`, whose key `column-index.shtml` names no page) and it was fetched."""
    if key.endswith("/") or any(lp.number is None for lp, _ in members):  # TRS index_1 is page 2
        # A first page fetched as a script's default document (`Category_13/Index.aspx`) is cited as
        # fetched: the bare directory, never fetched, may not be served at all.
        firsts = [p.capture.url for lp, p in members if lp.number is None]
        if key.endswith("/") and key not in firsts and (script := [u for u in firsts if classify.script_index(u)]):
            return script[0]
        return key
    # Numbered first pages: a file (`column-index-1.shtml`) or a query (`api/all/7?page=1&sid=3`,
    # whose key `api/all/7?sid=3` was never fetched).
    first = [p.capture.url for lp, p in members if lp.number == 1 and lp.style in ("file", "query")]
    return first[0] if first else key


def _split_named_files(grouped: dict[str, list[tuple[classify.ListPage, _Fetched]]]) -> None:
    """Undo a file-name grouping the pages contradict: numbered files with no first page among them
    whose column pages name different columns are lists of their own (万户 ezEIP names column 13's
    list `news/list_13.aspx` and column 14's `news/list_14.aspx`; TRS's `index_1.html`, `index_2.html`
    of one list name one column). Each becomes the first page of its own list, joining the list of
    its own address (`news/list_13.aspx?page=2`)."""
    for key in list(grouped):
        members = grouped[key]
        if any(lp.style != "file" for lp, _ in members):
            continue
        if len({p.facts.column_name for _, p in members if p.facts.kind == "column" and p.facts.column_name}) < 2:
            continue
        del grouped[key]
        for _, page in members:
            url = page.capture.url
            own = classify.ListPage(url, urlunsplit(urlsplit(url)._replace(query="")), None, "none")
            grouped.setdefault(own.key, []).append((own, page))


def _fold_aliases(grouped: dict[str, list[tuple[classify.ListPage, _Fetched]]]) -> None:
    """Lists that are one list under two names: a redirect and its target (one fetch, indexed at
    both: crawl/decide.py's alias); `dir/index.php?catid=3` and `dir/?catid=3` when a site links
    both (the directory serves its index script); DedeCMS `dir/list_12_2.html` and the folder's
    own first page `dir/` that links it."""
    _fold_redirects(grouped)
    for key in list(grouped):
        if "?" in key:
            alias = classify.directory_alias(key)
        elif not key.endswith("/") and all(lp.style == "file" for lp, _ in grouped[key]):
            alias = key[: key.rfind("/") + 1]
            first = next((p for lp, p in grouped.get(alias, ()) if lp.number is None), None)
            if first is None or not any(classify.list_page(l.url).key == key for l in first.facts.links):
                continue
        else:
            continue
        if alias is not None and alias in grouped:
            grouped[alias].extend(grouped.pop(key))


def _fold_redirects(grouped: dict[str, list[tuple[classify.ListPage, _Fetched]]]) -> None:
    """Fold the list at a redirect's target into the list at the address that redirected (the one
    pages link): their first pages are one fetch (one WARC record), read twice."""
    firsts = {key: p.capture for key, members in grouped.items() for lp, p in members if lp.number is None}
    by_record: dict[str, list[str]] = {}
    for key, cap in sorted(firsts.items()):
        if cap.record:
            by_record.setdefault(cap.record, []).append(key)
    for keys in by_record.values():
        # the address the others were indexed beside (their parent); none when it is not clear
        into = next((k for k in keys if all(firsts[o].parent == firsts[k].url for o in keys if o != k)), None)
        if len(keys) < 2 or into is None:
            continue
        for key in keys:
            if key != into:
                grouped[into].extend((classify.ListPage(into, lp.bare, lp.number or 1, "alias"), p)
                                     for lp, p in grouped.pop(key))


def _fold_query_lists(grouped: dict[str, list[tuple[classify.ListPage, _Fetched]]]) -> None:
    """Merge into their column the later pages keyed by a query that only picks a list unit
    (Hanweb `col/index.html?uid=7&pageNum=2` -> `col/?uid=7`, `dataproxy.jsp?columnid=1230&page=2`):
    lists with no unnumbered page of their own, linked from the first page of the list at their
    bare path, or reached from one other list (the crawl's parent) whose URL holds one of their
    query values (`col1230`) or all of whose query they repeat (`ui?pageId=N`). DotNetNuke's query is in
    the path: TurboCMS's `/tabid/4201/10611pageidx/2/Default.aspx` pages the column `tab4201/`."""
    owner = {p.capture.url: key for key, members in grouped.items() for _, p in members}
    for key in [k for k in grouped if "?" in k or classify.path_params(k)]:
        members = grouped[key]
        if any(lp.number is None for lp, _ in members):
            continue  # `list.jsp?catid=3` is a list of its own
        bare = classify.list_page(key).bare
        first = next((p for lp, p in grouped.get(bare, ()) if lp.number is None), None)
        linked = {l.url for l in first.facts.links} if first else set()
        parents = list({owner[p.capture.parent] for _, p in members if p.capture.parent in owner} - {key})
        if any(p.capture.url in linked for _, p in members):
            target = bare
        elif len(parents) == 1 and _names_list(key, parents[0]):
            target = parents[0]
        else:
            continue
        grouped[target].extend(grouped.pop(key))
        owner.update((p.capture.url, target) for _, p in members)


def _names_list(key: str, column: str) -> bool:
    """True when a query value of `key` (an id of three or more characters) is in `column`'s path, or
    `key` is `column`'s own script and query with parameters added (EasySite's dynamic-only column
    `ui?pageId=N`, its pager's `ui?pageId=N&currentPage=2&moduleId=…&staticRequest=yes`)."""
    mine, theirs = urlsplit(key), urlsplit(column)
    values = [v for pair in mine.query.split("&") if len(v := pair.partition("=")[2]) >= 3]
    values += [v for _, v in classify.path_params(key) if len(v) >= 3]
    if any(v in theirs.path for v in values):
        return True
    named = {pair for pair in theirs.query.split("&") if pair}
    return mine.path == theirs.path and bool(named) and named < {pair for pair in mine.query.split("&") if pair}


def _unique(items: Iterable[ListItem]) -> list[ListItem]:
    """Items in order, once each: page 1 is often fetched both bare and as `pageNum=1`."""
    seen: set[tuple[str | None, str, str | None]] = set()
    out = []
    for item in items:
        if (key := (item.url, item.title, item.date)) not in seen:
            seen.add(key)
            out.append(item)
    return out


def _columns(groups: list[_ListGroup], pages: dict[str, _Fetched], home: list[str],
             failed: frozenset[str] = frozenset()) -> list[Column]:
    """The columns of the list groups; level 1 when linked from the home page (`home`: its
    address and its frames') or from a hub it links. A later page of a list whose fetch failed
    (`failed`: a WAF or rate limit answering page 2 on) is a page of it not observed."""
    home_links = {_as_fetched(l.url, pages) for url in home if (page := pages.get(url)) for l in page.facts.links}
    hub_links = {_as_fetched(l.url, pages) for p in pages.values() if p.facts.kind == "hub" and p.capture.url in home_links
                 for l in p.facts.links}
    linked = home_links | hub_links
    columns = []
    for group in groups:
        url, members = group.url, group.members
        first = next((p for _, p in members if p.facts.kind == "column" and p.capture.url == url), None) \
            or next((p for _, p in members if p.facts.kind == "column"), members[0][1])
        items = _unique(item for _, p in members for item in p.facts.list_items)
        dated = [i for i in items if i.date]
        newest = max(dated, key=lambda i: i.date or "", default=None)
        state = "listed" if items else first.facts.list_state  # pages of kind "column" are listed/empty/not_observed
        note = "列表由脚本加载，静态页面中没有条目" if state == "not_observed" else None
        if state in ("empty", "listed") and (members[0][0] != 1 or (members[0][1].facts.shown_page or 1) > 1):
            # Only page 1 says the column is empty (a page past the end is) or how new it is: a
            # later page alone (its first page cut by a budget, EasySite's ui?…&currentPage=2) is not, nor
            # later pages whose first page none links, numbered from the first of them (博达 VSB's dynamic
            # list.jsp?…a5p=2 under a 共3页 第2页 pager linking only 下一页 and 尾页): its pager says which it is.
            state, note = "not_observed", "未抓取到栏目第一页，只有后续分页"
        elif state in ("empty", "listed") and group.paged:
            # Reached only through another list's pager, that list did not take it as a page (its name or
            # number disagrees): a later page at an address that says nothing, never a column of its own to judge.
            state, note = "not_observed", "只有其他列表的分页链接到此页，未确认是单独栏目的第一页"
        elif state == "listed" and any(n == 1 and not p.facts.list_items and p.facts.list_state == "not_observed"
                                       for n, p in members):
            # Page 1's rows a script writes or loads were not rendered: the later pages' rows are
            # older ones and say nothing of how new the column is.
            state, note = "not_observed", "栏目第一页的条目由脚本写出或加载，未观察到，只看到后续分页"
        declared = max((p.facts.page_count or 0 for _, p in members), default=0)
        seen = len({n for n, _ in members})
        # Without a stated page count, the pager's links the crawl could not read (one page may have
        # two addresses: counted only when nothing states the count).
        refused = set() if declared else {l.url for _, p in members for l in p.facts.links
                                          if l.url in failed and link_class(l.url, l.text, "page") == "pagination"}
        unobserved = max(0, declared - seen, len(refused))
        if note is None and state == "listed" and unobserved:
            # e.g. a script pager (goPage) whose page URLs the static page does not give
            note = (f"栏目分页共 {declared} 页，只抓取到 {seen} 页，其余分页未观察到" if declared > seen
                    else f"栏目另有 {len(refused)} 页分页未能打开（被拦截或出错），未观察到")
        columns.append(Column(
            url=url, name=first.facts.column_name or url, name_source=first.facts.column_name_source or "url",
            state=state,
            items=items, newest_date=newest.date if newest else None, newest_url=newest.url if newest else None,
            # the homepage may link page 1 as fetched (/xwzx/index.jhtml) where the column is named by its folder
            level=1 if url in linked or any(n == 1 and p.capture.url in linked for n, p in members) else 2,
            evidence=_evidence(first.capture, newest.date_text if newest else None),
            declared_count=first.facts.declared_count, note=note,
            pages=[p.capture.url for _, p in members], pages_unobserved=unobserved,
        ))
    return sorted(columns, key=lambda c: c.url)


def _column_of(url: str, columns: dict[str, Column], list_owner: dict[str, str]) -> str | None:
    """The column `url` names: a column, one of its list pages, or another page number of it."""
    if url in columns:
        return url
    if url in list_owner:
        return list_owner[url]
    lp = classify.list_page(url)
    return next((k for k in (lp.key, lp.bare) if k in columns), None)


def _document_column(page: _Fetched, columns: dict[str, Column], list_owner: dict[str, str],
                     listed_in: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """The column a document belongs to. The strongest evidence is a column whose list shows the
    document; of several (an aggregate 最新信息 list and its own column), the one the page names
    (ColumnName meta, breadcrumb steps). Without it: the page's breadcrumb links (nearest first),
    the list page the crawl found it on, the CMS URL layout. A breadcrumb often links only the
    channel (首页 > 新闻中心 > 通知公告 with 通知公告 unlinked), so a name beats a farther link."""
    f = page.facts
    named = [n for n in (f.metas.get("ColumnName"), *(text for text, _ in reversed(f.breadcrumb))) if n]
    listing = listed_in.get(page.capture.url, [])
    if listing:
        for name in named:
            if chosen := [c for c in listing if columns[c].name == name]:
                return chosen[0], name
        if len(listing) == 1:
            return listing[0], columns[listing[0]].name
        # A parent column that lists its children's documents too (WordPress's category archive includes its child
        # categories' posts: /category/xxgk/ beside /category/xxgk/gfxwj/): the child, whose address nests in the
        # parent's, is the document's own column.
        leaves = [c for c in listing if not any(o != c and o.startswith(c) and c.endswith("/") for o in listing)]
        if len(leaves) == 1 and len(leaves) < len(listing):
            return leaves[0], columns[leaves[0]].name
        # So is a parent at an address that does not nest (CmsEasy's `index.php?case=archive&act=list&catid=20`
        # listing catid=21's documents, its trail unread): the child is the column whose rows every other one lists too.
        # (A page read as a column of its own one article lists itself: no column of the document's.)
        parents = [c for c in listing if c != page.capture.url]
        shown = {c: {i.url for i in columns[c].items} for c in parents}
        inner = [c for c in parents if all(o == c or shown[c] < shown[o] for o in parents)]
        if len(inner) == 1 and len(parents) > 1:
            return inner[0], columns[inner[0]].name
    crumbs = [(text, url) for text, url in f.breadcrumb if url and url != page.capture.url]
    candidates = [url for _, url in reversed(crumbs)] + [page.capture.parent or "", classify.column_url_guess(page.capture.url)]
    found = [column for url in candidates if url and (column := _column_of(url, columns, list_owner))]
    for name in named[:2]:  # the meta, the breadcrumb's last step: a column of that name among the candidates
        if chosen := [c for c in [*listing, *found] if columns[c].name == name]:
            return chosen[0], name
    if listing or found:
        column = (listing or found)[0]
        return column, columns[column].name
    if crumbs:
        return crumbs[-1][1], crumbs[-1][0]
    return None, None


def _static_document(page: _Fetched) -> Document:
    """A one-article page with a column's identity (机构职能, 公开指南, 联系方式): kept as a document
    of kind `static`, dated by the date it shows, so rules such as guide-current can judge it."""
    f = page.facts
    shown = f.list_items[0] if f.list_items else None
    return Document(
        url=page.capture.url, title=f.title, kind="static", column_url=None, column_name=f.column_name,
        pub_date=shown.date if shown else None, pub_date_source="visible" if shown and shown.date else None,
        metadata=f.metadata, has_metadata_block=bool(f.metadata), attachments=[], links_to=[],
        related_slot=f.related_slot, evidence=_evidence(page.capture, shown.date_text if shown else None),
        meta_pub_date=f.meta_pub_date, url_date=f.url_date,
    )


def _documents(pages: Iterable[_Fetched], columns: list[Column], captures: dict[str, Capture],
               on_site: Callable[[str], bool], body_of: Callable[[str], str], handlers: frozenset[str]) -> list[Document]:
    by_url = {c.url: c for c in columns}
    list_owner = {page: c.url for c in columns for page in c.pages}
    listed_in: dict[str, list[str]] = {}
    for c in columns:
        for item in c.items:
            if item.url and c.url not in (held := listed_in.setdefault(_as_fetched(item.url, captures), [])):
                held.append(c.url)
    docs = []
    # the values documents repeat (dates, column names, sources, metadata labels) one object:
    # each document's facts come with their own copies (a parked page's from its pickle)
    memo: dict[str | None, str | None] = {}
    one = memo.setdefault
    filled: set[str] = set()  # related boxes some document shows filled as served
    waiting: dict[str, set[str]] = {}  # a document's empty related boxes, where scripts might fill them
    for page in pages:
        url, f = page.capture.url, page.facts
        filled.update(box for box, shows in f.related_marks if shows)
        if f.related_slot == "script_unobserved":
            waiting[url] = {box for box, shows in f.related_marks if not shows}
        if f.single_article:
            docs.append(_static_document(page))
            continue
        if f.kind != "document" or url in list_owner:
            continue
        column_url, column_name = _document_column(page, by_url, list_owner, listed_in)
        kind = classify.document_kind(f.title, classify.kind_column(column_name, [text for text, _ in f.breadcrumb]),
                                      f.metadata, f.annual_report is not None, lambda: lead_wenhao(body_of(url)))
        attachments = []
        for raw in f.body_links:
            if raw.kind != "image" and on_site(raw.url) and \
                    _download(raw.kind, raw.url, handlers) == "attachment":
                outcome, status, fetch_outcome = _file_link_outcome("attachment", _capture_of(raw.url, captures))
                attachments.append(Link(url, raw.url, raw.text, "attachment", outcome, status, fetch_outcome))
        links_to = sorted({_as_fetched(l.url, captures) for l in f.body_links if l.kind == "page" and on_site(l.url)}
                          | {_as_fetched(u, captures) for u in f.related_links})
        docs.append(Document(
            url=url, title=f.title, kind=kind, column_url=one(column_url, column_url), column_name=one(column_name, column_name),
            pub_date=one(f.pub_date, f.pub_date), pub_date_source=one(f.pub_date_source, f.pub_date_source),
            metadata={one(k, k): one(v, v) for k, v in f.metadata.items()}, has_metadata_block=bool(f.metadata),
            attachments=attachments, links_to=links_to, related_slot=one(f.related_slot, f.related_slot),
            evidence=_evidence(page.capture, one(f.pub_date_text, f.pub_date_text)),
            meta_pub_date=one(f.meta_pub_date, f.meta_pub_date), url_date=one(f.url_date, f.url_date),
            wenhao=one(wenhao, wenhao) if (wenhao := f.metadata.get("发文字号") or decree_number(f.title)) else None,
        ))
    # A box the publisher fills (the site's other documents show it filled as served: UCAP's 相关链接
    # table) is observed empty where it is empty, whatever scripts the page carries.
    published = {url for url, boxes in waiting.items() if boxes and boxes <= filled}
    docs = [replace(d, related_slot="static") if d.url in published else d for d in docs]
    return sorted(docs, key=lambda d: d.url)


def _with_date_integrity(columns: list[Column], docs: list[Document], stamped: list[Document]) -> list[Column]:
    """Columns with their date piles (of their list, their documents' meta PubDate, and the own
    dates of their documents as `stamped` before date_integrity.redated), their documents'
    meta-vs-visible mismatches, and a newest date that is evidence of an update (a piled or
    undated list is dated by its documents)."""
    by_column: dict[str | None, list[Document]] = {}
    for d in docs:
        by_column.setdefault(d.column_url, []).append(d)
    shown: dict[str | None, list[Document]] = {}
    for d in stamped:
        shown.setdefault(d.column_url, []).append(d)
    site_days = date_integrity.site_pile_days(stamped)
    by_url = {d.url: d for d in docs}
    out = []
    for column in columns:
        members = by_column.get(column.url, [])
        listed = date_integrity.list_piles(column.items)
        # Rows linking documents filed under another column (a 政务公开 page's tabs of its columns' newest, a parent
        # listing its children's) are dated by those documents too: what the column shows is what they show.
        linked = [d for i in column.items if i.url and (d := by_url.get(i.url)) is not None and d.column_url != column.url]
        newest = date_integrity.newest(column, listed, members + linked)
        own = date_integrity.shown_piles(shown.get(column.url, []), site_days)
        out.append(replace(column, date_piles=listed + date_integrity.meta_piles(members) + own,
                           date_mismatches=date_integrity.mismatches(members), newest_date=newest.date,
                           newest_url=newest.url, newest_is_pile=newest.is_pile, newest_source=newest.source,
                           evidence=newest.evidence or column.evidence))
    return out


def _annual_reports(pages: dict[str, _Fetched], parked: dict[str, _Parked], docs: list[Document], columns: list[Column],
                    reader: SnapshotReader) -> list[AnnualReport]:
    def body_of(url: str) -> bytes | None:
        cap = reader.get(url)
        return reader.body(cap) if cap is not None and cap.outcome == "ok" else None

    found = [reports.report_of(d, info, body_of) for d in docs if d.kind == "annual_report" and (
        info := pages[d.url].facts.annual_report if d.url in pages else parked[d.url].annual_report)]
    found += reports.listed_only(columns, set(pages) | set(parked))
    return sorted(found, key=lambda r: (r.year, r.url))


def _framed_footer(footer: FooterFacts, framed: tuple[str, ...], footer_of: Callable[[str], FooterFacts | None]) -> FooterFacts:
    """`footer` with the identifiers it lacks taken from the same-site pages the page shows in iframes (`framed`) that
    were read: a footer drawn in `<iframe src="/inc/footer.html">` is the page's to a visitor. A frame never read adds
    nothing: what it would show stays unread (checks.footer: a bare footer is not observed)."""
    parts = [f for url in framed if (f := footer_of(url)) is not None]
    return homeframes.merged_footer([footer, *parts])[0] if parts else footer


def _footer(home: _Fetched | None, frames: list[_Fetched], unobserved: list[str],
            framed: tuple[str, ...] = (), footer_of: Callable[[str], FooterFacts | None] = lambda url: None) -> Footer | None:
    """The home page's footer; a home page made of frames shows its frames' (homeframes), and any page shows what its
    iframes show (_framed_footer: `framed`, the home page's)."""
    if home is None:
        return None
    parts = [home, *frames]
    f, shown = homeframes.merged_footer([p.facts.footer for p in parts])
    f = _framed_footer(f, framed, footer_of)
    return Footer(f.site_id_code, f.meta_site_id_code, f.jiucuo_sitecode, f.icp, f.psb, f.conac, parts[shown].evidence,
                  f.sponsor, unobserved)


def _footer_of(pages: dict[str, _Fetched], parked: dict[str, _Parked]) -> Callable[[str], FooterFacts | None]:
    """The footer facts of a page read (held or parked), None for any other address."""
    def footer_of(url: str) -> FooterFacts | None:
        return held.facts.footer if (held := pages.get(url)) is not None else park.footer if (park := parked.get(url)) else None
    return footer_of


def _template_footers(pages: dict[str, _Fetched], parked: dict[str, _Parked], page_list: list[Page],
                      framed: set[str], iframes: dict[str, tuple[str, ...]]) -> list[TemplateFooter]:
    fetched = []
    footer_of = _footer_of(pages, parked)
    for p in page_list:
        if (held := pages.get(p.url)) is not None:
            capture, footer, has_metadata = held.capture, held.facts.footer, bool(held.facts.metadata)
        elif (park := parked.get(p.url)) is not None:
            capture, footer, has_metadata = park.capture, park.footer, park.has_metadata
        else:
            continue
        if not _html_type(capture) or p.url in framed:
            continue  # a data answer (a list API's JSON), a list shown in another page's frame or loaded into it: no footer of its own
        if p.url in iframes:
            footer = _framed_footer(footer, iframes[p.url], footer_of)
        if template := footers.template_of(p.kind, has_metadata, p.title):
            fetched.append((template, footer, p.evidence))
    return footers.template_footers(fetched)


# Page tags of the Government Website Development Guide's page-design specification.
STANDARD_META_TAGS = ("SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnDescription", "ColumnKeywords",
                      "ColumnType", "ArticleTitle", "PubDate", "ContentSource")


# (tag, the key extractors give it: they key metas by lower-case name)
_STANDARD_KEYS = tuple((tag, tag.lower()) for tag in STANDARD_META_TAGS)


def _page(url: str, cap: Capture, page: _Fetched | None, list_page: tuple[str, int] | None, unparsed: bool = False,
          blank: bool = False) -> Page:
    """The page record of a capture; a list page knows its column and page number. `unparsed`: the
    extractors failed on the page (readpages.Unparsed), so it was not read; `blank`: it showed no title, link
    or text (_Kept.blank: its kept facts hold neither links nor text)."""
    if unparsed:
        return Page(url, "error", "", cap.status, UNPARSED, cap.charset, _evidence(cap))
    if page is None:
        outcome = "wrong_type" if _served_as_page_for_file(cap) else _unread(cap) or cap.outcome
        return Page(url, "error" if outcome != "ok" else "other", "", cap.status, outcome, cap.charset, _evidence(cap))
    if cap.outcome == "ok" and blank:
        # A status-200 answer showing nothing (an empty body, a bare script): what the page holds
        # was never seen, as a WAF's or a failing backend's blank answer shows nothing.
        return Page(url, "error", "", cap.status, "blank", cap.charset, _evidence(cap))
    kind = "column" if list_page else "static" if page.facts.single_article else page.facts.kind
    column_url, page_no = list_page or (None, None)
    return Page(url, kind, page.facts.title, cap.status, cap.outcome, cap.charset, _evidence(cap),
                page.facts.metas, column_url=column_url, page_no=page_no)


def _budget_cut(raw: str | None) -> BudgetCut | None:
    """The snapshot's `budget_cut` meta (crawl/budget.py) when it left URLs out, disclosure examples first."""
    try:
        data = json.loads(raw) if raw else None
    except ValueError:
        return None
    if not isinstance(data, dict) or not data.get("cut_total"):
        return None
    examples = data.get("examples") or {}
    ordered = sorted(examples, key=lambda label: (not label.startswith("disclosure_"), label))
    return BudgetCut({str(k): int(v) for k, v in (data.get("cut") or {}).items()}, int(data["cut_total"]),
                     int(data.get("disclosure_cut") or 0), [u for label in ordered for u in examples[label]][:5])


def _section_links(links: Iterable[Link]) -> list[Link]:
    """The page links whose text names a standard disclosure section, in order: the only ones
    site_sections can choose (it lists what it is given; the site's links, made one at a
    time from a LinkTable, are a third of a large build's peak as a list)."""
    names: dict[str, bool] = {}
    patterns = [p for _, group in site_sections.SECTIONS for p in group]

    def names_one(text: str) -> bool:
        found = names.get(text)
        if found is None:
            found = names[text] = any(p.search(text) for p in patterns)
        return found
    return [l for l in links if l.kind == "page" and names_one(l.text)]


def build_site(folder: Path, progress: Callable[[int], None] | None = None, jobs: int = 1) -> SiteModel:
    """Read the snapshot in `folder` and assemble the site model."""
    return build_site_and_texts(folder, progress, jobs)[0]


def build_site_and_texts(folder: Path, progress: Callable[[int], None] | None = None,
                         jobs: int = 1) -> tuple[SiteModel, PageTextFile]:
    """The site model and the page texts to keep beside it (model.pagetext writes them). With
    `jobs` > 1, a large snapshot's pages are read by that many worker processes (readpages)."""
    reader = SnapshotReader(folder)
    meta = reader.meta
    start = meta["start_url"]
    every = _captures(reader)  # read once: the pages and the link outcomes share the objects
    # robots.txt is archived as evidence of the crawl's permissions, not as a page of the site.
    captures = {c.url: c for c in every if c.priority != "robots"}
    # The crawl's hosts (start, its redirect target, --allow-host) are all the site.
    scope = Scope(start)
    scope.add_hosts(json.loads(meta.get("hosts") or "[]"))
    on_site = scope.on_site
    kept, site_links = _Kept(), _SiteLinks(captures, on_site)
    capture_of = captures.get  # (the lambda must not close over `captures`, deleted below)
    frames, frames_unobserved = homeframes.home_frames(start, lambda url: _frames_of(reader, capture_of(url), start, on_site))
    pages, parked, unparsed = _read_pages(reader, folder, every, start, jobs, progress, kept, site_links, frozenset(frames))
    del every
    frames = [url for url in frames if url in pages]  # read as parts of the home page, they are kept
    framed: set[str] = set(frames)  # parts of another page: no footer template of their own
    # HTML fragments, and untitled pages other pages show in frames (a footer include, `<iframe src="/inc/footer.html">`):
    # parts of other pages
    included = {url for targets in kept.iframes.values() for url in targets}
    fragments = sorted({url for url, p in pages.items() if p.facts.fragment or url in included and not p.facts.title}
                       | {url for url, p in parked.items() if url in included and not p.page.title})
    side_boxes = _site_boxes(kept)
    _without_site_boxes(pages, parked, side_boxes, start, lambda cap, boxes: page_facts(reader, cap, start, frozenset(frames), side_blocks=boxes), kept)
    _without_sidebars(pages, lambda cap, rows: page_facts(reader, cap, start, frozenset(frames), rows, side_boxes), kept)
    _unframe(pages, (set(pages) | set(parked)).__contains__, kept)
    _template_empties(pages)
    _dateless_lists(pages, parked, start, framed)
    groups = _list_groups(pages, framed)
    failed = unparsed | {url for url, cap in captures.items() if cap.outcome not in ("ok", "robots_disallowed")}
    columns = _columns(groups, pages, [start, *frames], failed)
    docs = _documents(chain(pages.values(), map(kept.unpark, parked.values())), columns, captures, on_site, kept.body_text,
                      site_links.handlers)
    # VSB /info/1041/4012.htm and content.jsp?…&wbnewsid=4012
    docs = merge_copies(docs, kept.body_text, frozenset(item.url for c in columns for item in c.items))
    stamped = docs
    docs = date_integrity.redated(docs, columns)  # a regeneration stamp is no publication date
    columns = _with_date_integrity(columns, docs, stamped)
    del stamped
    list_pages = {p.capture.url: (g.url, n) for g in groups for n, p in g.members}
    del groups
    page_list = [parked[url].page if url in parked
                 else _page(url, cap, pages.get(url), list_pages.get(url), url in unparsed, url in kept.blank)
                 for url, cap in sorted(captures.items())]
    del list_pages
    crawl = CrawlInfo(start_url=start, started_at=meta.get("started_at"), finished_at=meta.get("finished_at"),
                      fetched=sum(1 for c in captures.values() if c.outcome != "robots_disallowed"),
                      budget_exhausted=meta.get("budget_exhausted") in ("1", "true", "True"),
                      notes=[n for n in [meta.get("reason")] if n], stop_reason=meta.get("reason") or None,
                      start_final_url=captures[start].final_url if start in captures else None,
                      start_content_type=captures[start].content_type if start in captures else None,
                      budget_cut=_budget_cut(meta.get("budget_cut")))
    annual_reports = _annual_reports(pages, parked, docs, columns, reader)
    interpretations = relations.interpretations(docs, {d.url: kept.body_text(d.url) for d in docs if d.kind == "interpretation"})
    footer = _footer(pages.get(start), [pages[url] for url in frames], frames_unobserved, kept.iframes.get(start, ()),
                     _footer_of(pages, parked))
    template_footers = _template_footers(pages, parked, page_list, framed | set(fragments), kept.iframes)
    anchors = [(_as_fetched(l.url, pages), l.text) for p in pages.values() if p.facts.kind in ("home", "hub")
               for l in p.facts.links if l.kind == "page" and on_site(l.url)]
    search = _search_box(chain(((u, p.facts.search_box) for u, p in pages.items()),
                               ((u, p.search_box) for u, p in parked.items())), start)
    # The pages' facts and the captures are folded into the model by now: freed before the
    # links are sorted and the sections found, which would otherwise add to their peak.
    del pages, parked, captures
    site_links.done_adding()
    links = site_links.same_site()
    texts = kept.texts(columns)
    text_info = PageTextInfo(TEXT_FILE, texts.pages, texts.chars, TEXT_CAP, texts.truncated, tables=True)
    model = SiteModel(
        schema=SCHEMA, tool_version=__version__, site=start, crawl=crawl, pages=page_list, columns=columns,
        documents=docs, annual_reports=annual_reports, interpretations=interpretations,
        links=links, footer=footer, footers=template_footers,
        disclosure_sections=site_sections.disclosure_sections(columns, page_list, _section_links(links), kept.headings, anchors),
        offsite_links=site_links.offsite(), page_text=text_info, search_box=search, home_frames=frames,
        fragments=fragments,
    )
    return model, texts


def _search_box(states: Iterable[tuple[str, str | None]], start: str) -> SearchBox:
    """Where the pages read show a site-search box, from each page's (url, search_box fact): the
    homepage first, then the first page in URL order. A homepage not read is never "script"."""
    states = dict(states)
    home = states.get(start)
    if home == "shown":
        return SearchBox("shown", start)
    shown = min((url for url, state in states.items() if state == "shown"), default=None)
    if shown is not None:
        return SearchBox("shown", shown, home == "script")
    return SearchBox("script", start, True) if home == "script" else SearchBox("none")
