"""The crawl stage: fetch one site politely, evidence first, into a snapshot."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
import json
import threading
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from urllib.parse import urlsplit

from govaudit import __version__
from govaudit.crawl import outcomes
from govaudit.crawl.fetcher import Fetcher, FetchResult
from govaudit.crawl.frontier import Frontier, Why, classify
from govaudit.crawl.pagination import ListPages, list_pages
from govaudit.crawl.politeness import HostLimiter
from govaudit.crawl.progress import CrawlProgress, CrawlSummary
from govaudit.crawl.robots import RobotsPolicy, robots_url
from govaudit.crawl.snapshot import INDEX_NAME, SNAPSHOT_DIR, WARC_NAME
from govaudit.crawl.writer import SnapshotWriter
from govaudit.errors import UserError
from govaudit.htmlpage import RawLink, decode_html, extract_links, parse_html
from govaudit.settings import CrawlSettings
from govaudit.timeutil import now_iso
from govaudit.urls import normalize, same_site

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHECKED_WITH_HEAD = ("attachment", "image")  # priority classes checked for existence, not downloaded
_MAX_ANCHOR = 500  # characters of link text kept in the index (a link can wrap a whole block)


def crawl_site(start_url: str, out_dir: Path, settings: CrawlSettings,
               progress: CrawlProgress | None = None) -> CrawlSummary:
    """Crawl the site of `start_url` into `out_dir/snapshot/` and summarise the crawl.

    Raises UserError for a URL that is not http(s) or malformed, an `out_dir`
    that is a file or already holds a snapshot, and a site whose first request
    gets no answer at all. On KeyboardInterrupt the snapshot is closed cleanly
    (everything fetched so far stays readable) and the interrupt re-raised.
    """
    start = _check_start_url(start_url)
    snapshot_dir = _check_out_dir(Path(out_dir))
    return _Crawl(start, snapshot_dir, settings, progress).run()


def _check_start_url(start_url: str) -> str:
    url = normalize(start_url) if isinstance(start_url, str) else None
    if url is not None:
        return url
    try:
        scheme = urlsplit(str(start_url)).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme and scheme not in ("http", "https"):
        raise UserError(f"“{start_url}” is not a web address: only http:// and https:// URLs can be crawled.")
    raise UserError(f"“{start_url}” is not a valid URL. Give the site's full address, "
                    "for example https://www.example.gov.cn/.")


def _check_out_dir(out_dir: Path) -> Path:
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir} is a file, not a folder. Give a folder for the crawl output.")
    snapshot_dir = out_dir / SNAPSHOT_DIR
    if (snapshot_dir / INDEX_NAME).exists() or (snapshot_dir / WARC_NAME).exists():
        raise UserError(f"{out_dir} already holds a crawl snapshot. Choose another folder, "
                        f"or delete {snapshot_dir} to crawl again.")
    return snapshot_dir


@dataclass(frozen=True)
class _Parsed:
    """A fetch and what its page says: links, and list pages that need no link."""

    result: FetchResult
    charset: str | None
    links: list[RawLink]
    list_pages: ListPages | None


class _Crawl:
    def __init__(self, start: str, snapshot_dir: Path, settings: CrawlSettings,
                 progress: CrawlProgress | None) -> None:
        self.start = start
        self.snapshot_dir = snapshot_dir
        self.settings = settings
        self.progress = progress
        self.stop = threading.Event()
        self.limiter = HostLimiter(settings.rate, self.stop)
        self.fetcher = Fetcher(settings, self.limiter)
        self.frontier = Frontier()
        self.robots = RobotsPolicy.ignored()
        self.writer: SnapshotWriter | None = None
        self.fetched = 0
        self.by_outcome: Counter[str] = Counter()
        self.depth_cut: set[str] = set()  # in-scope URLs left out for being too deep
        self.list_pages_cut = 0  # list pages left out by max_list_pages

    def run(self) -> CrawlSummary:
        started_at = now_iso()
        deadline = time.monotonic() + self.settings.max_time
        try:
            self._begin(started_at)
            reason = self._loop(deadline)
        except BaseException as exc:
            self._end(started_at, "interrupted" if isinstance(exc, KeyboardInterrupt) else "error")
            raise
        summary = self._end(started_at, reason or self._depth_reason())
        if self.progress:
            self.progress.on_finish(summary)
        return summary

    def _begin(self, started_at: str) -> None:
        """First request (robots.txt, or the home page): if the site does not answer, tell the user."""
        first = robots_url(self.start) if self.settings.obey_robots else self.start
        result = self.fetcher.fetch(first)
        if result.outcome in (outcomes.UNREACHABLE, outcomes.TIMEOUT):
            phrase = (result.error or "no answer").split(":", 1)[0]
            raise UserError(f"Cannot reach {self.start}: {phrase}. Check the address and that the site is up.")
        self.writer = self._open_writer(started_at)
        home = Why(None, "", "home", 0)
        if self.settings.obey_robots:
            ua = self.settings.full_user_agent
            self.robots = RobotsPolicy.from_response(result.status, result.content, ua)
            if delay := self.robots.crawl_delay():
                self.limiter.slow_down(delay)
            self.writer.add_fetch(first, Why(None, "", "robots", 0), result, None)
            self.frontier.mark(first)
            self._discover(self.start, home, "page")
        else:
            self.frontier.mark(self.start)
            self._handle(self.start, home, self._parse(result))

    def _open_writer(self, started_at: str) -> SnapshotWriter:
        s = self.settings
        warcinfo = {
            "software": f"govaudit/{__version__}",
            "format": "WARC File Format 1.0",
            "isPartOf": self.start,
            "http-header-user-agent": s.full_user_agent,
            "robots": "obey" if s.obey_robots else "ignore",
            "operator": s.contact or "",
        }
        meta = {
            "start_url": self.start,
            "started_at": started_at,
            "settings": json.dumps(dataclasses.asdict(s), ensure_ascii=False, sort_keys=True),
            "tool_version": __version__,
        }
        try:
            return SnapshotWriter(self.snapshot_dir, warcinfo, meta)
        except OSError as exc:
            raise UserError(f"Cannot write the crawl snapshot in {self.snapshot_dir}: {exc.strerror or exc}.") from None

    def _loop(self, deadline: float) -> str | None:
        """Fetch from the frontier with `concurrency` workers until done or out of budget."""
        s = self.settings
        workers = max(1, s.concurrency)
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="govaudit-fetch")
        pending: dict[Future, tuple[str, Why]] = {}
        reason = None
        try:
            while True:
                while reason is None and len(pending) < workers and len(self.frontier):
                    if self.fetched + len(pending) >= s.max_pages:
                        reason = "max_pages"
                    elif time.monotonic() >= deadline:
                        reason = "max_time"
                    else:
                        url, why = self.frontier.pop()
                        pending[pool.submit(self._job, url, why)] = (url, why)
                if not pending:
                    return reason
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    url, why = pending.pop(future)
                    self._handle(url, why, future.result())
        except BaseException:
            # Wake workers waiting on the rate limit or a Retry-After and do not
            # wait for them: a request already on the wire ends within its timeouts, unrecorded.
            self.stop.set()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            if not self.stop.is_set():
                pool.shutdown(wait=True)  # nothing is pending here: returns at once

    def _job(self, url: str, why: Why) -> _Parsed:
        """Worker: fetch `url` and, for an on-site HTML page, decode it and list its links."""
        method = "HEAD" if why.priority in _CHECKED_WITH_HEAD else "GET"
        return self._parse(self.fetcher.fetch(url, method))

    def _parse(self, result: FetchResult) -> _Parsed:
        content, ctype = result.content, result.content_type
        if content is None or not (ctype in _HTML_TYPES or (ctype is None and b"<html" in content[:1024].lower())):
            return _Parsed(result, None, [], None)
        text, charset = decode_html(content, result.final.header("Content-Type"))
        final_url = normalize(result.final_url or "")
        if final_url is None or not same_site(final_url, self.start):
            return _Parsed(result, charset, [], None)  # redirected off-site: archived, not crawled further
        links = extract_links(parse_html(text), final_url)
        return _Parsed(result, charset, links, list_pages(final_url, text, links, self.settings.max_list_pages))

    def _handle(self, url: str, why: Why, page: _Parsed) -> None:
        result = page.result
        self.writer.add_fetch(url, why, result, page.charset)
        self.fetched += 1
        self.by_outcome[result.outcome] += 1
        for link in page.links:
            self._discover(link.url, Why(url, link.text[:_MAX_ANCHOR], "", why.depth + 1), link.kind)
        if page.list_pages:
            for target, anchor in page.list_pages.pages:
                self._discover(target, Why(url, anchor, "pagination", why.depth + 1), "page")
            self.list_pages_cut += page.list_pages.cut
        self._report(url, result.outcome)

    def _discover(self, url: str, found: Why, kind: str) -> None:
        """Consider a link: in scope, not too deep, allowed by robots.txt, then queued."""
        if not same_site(url, self.start):
            return
        allowed = self.robots.allowed(url)
        if found.depth > self.settings.max_depth:
            if allowed:
                self.depth_cut.add(url)
            return
        why = dataclasses.replace(found, priority=found.priority or classify(url, found.anchor, kind))
        if allowed:
            self.frontier.push(url, why)
        elif not self.frontier.seen(url):
            self.frontier.mark(url)
            method = "HEAD" if why.priority in _CHECKED_WITH_HEAD else "GET"
            self.writer.add_unfetched(url, why, method, outcomes.ROBOTS_DISALLOWED, self.robots.note)
            self.by_outcome[outcomes.ROBOTS_DISALLOWED] += 1
            self._report(url, outcomes.ROBOTS_DISALLOWED)

    def _depth_reason(self) -> str | None:
        return "max_depth" if any(not self.frontier.seen(u) for u in self.depth_cut) else None

    def _report(self, url: str, outcome: str) -> None:
        if self.progress:
            self.progress.on_fetch(url, outcome, self.fetched, len(self.frontier))

    def _end(self, started_at: str, reason: str | None) -> CrawlSummary:
        """Stop the workers, record the end in the index, close the files."""
        self.stop.set()
        self.fetcher.close()
        summary = CrawlSummary(
            start_url=self.start,
            fetched=self.fetched,
            by_outcome=dict(sorted(self.by_outcome.items())),
            budget_exhausted=reason is not None,
            reason=reason,
            started_at=started_at,
            finished_at=now_iso(),
            snapshot_dir=self.snapshot_dir,
        )
        if self.writer is not None:
            try:
                self.writer.set_meta({
                    "finished_at": summary.finished_at,
                    "budget_exhausted": "true" if summary.budget_exhausted else "false",
                    "reason": reason or "",
                    "cutoffs": json.dumps({"max_list_pages": self.list_pages_cut}),
                })
            finally:
                self.writer.close()
        return summary
