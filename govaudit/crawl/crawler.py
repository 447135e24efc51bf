"""The crawl stage: fetch one site politely, evidence first, into a snapshot."""

from __future__ import annotations

import dataclasses
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
from govaudit.crawl.job import Parsed, method_for, parse
from govaudit.crawl.politeness import HostLimiter
from govaudit.crawl.progress import CrawlProgress, CrawlSummary
from govaudit.crawl.resume import load_state, snapshot_meta
from govaudit.crawl.robots import RobotsBook
from govaudit.crawl.scope import Scope, canonical
from govaudit.crawl.snapshot import INDEX_NAME, SNAPSHOT_DIR, WARC_NAME
from govaudit.crawl.traps import TrapDetector
from govaudit.crawl.writer import SnapshotWriter
from govaudit.errors import UserError
from govaudit.settings import CrawlSettings
from govaudit.timeutil import now_iso

_MAX_ANCHOR = 500  # characters of link text kept in the index (a link can wrap a whole block)


def crawl_site(start_url: str, out_dir: Path, settings: CrawlSettings,
               progress: CrawlProgress | None = None) -> CrawlSummary:
    """Crawl the site of `start_url` into `out_dir/snapshot/` and summarise the crawl.

    Raises UserError for a URL that is not http(s) or malformed, an `out_dir`
    that is a file or already holds a snapshot (unless `settings.resume`: then
    it must hold one, which is continued), bad scope options, and a site whose
    first request gets no answer at all. On KeyboardInterrupt the snapshot
    is closed cleanly (everything fetched so far stays readable) and the
    interrupt re-raised.
    """
    start = _check_start_url(start_url)
    scope = Scope(start, settings.allow_hosts, settings.include, settings.exclude)
    if settings.resume:
        snapshot_meta(Path(out_dir))  # there must be a crawl to resume
        snapshot_dir = Path(out_dir) / SNAPSHOT_DIR
    else:
        snapshot_dir = _check_out_dir(Path(out_dir))
    return _Crawl(start, scope, snapshot_dir, settings, progress).run()


def _check_start_url(start_url: str) -> str:
    url = canonical(start_url) if isinstance(start_url, str) else None
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


class _Crawl:
    def __init__(self, start: str, scope: Scope, snapshot_dir: Path, settings: CrawlSettings,
                 progress: CrawlProgress | None) -> None:
        self.start = start
        self.scope = scope
        self.snapshot_dir = snapshot_dir
        self.settings = settings
        self.progress = progress
        self.stop = threading.Event()
        self.limiter = HostLimiter(settings.rate, self.stop)
        self.fetcher = Fetcher(settings, self.limiter)
        self.frontier = Frontier()
        self.robots = RobotsBook(settings.obey_robots, settings.full_user_agent, self.fetcher.fetch)
        self.traps = TrapDetector(settings.max_urls_per_pattern, settings.max_calendar_urls)
        self.writer: SnapshotWriter | None = None
        self.fetched = 0
        self.by_outcome: Counter[str] = Counter()
        self.cutoffs: Counter[str] = Counter()  # URLs (or list pages) left out, by reason
        self.depth_cut: set[str] = set()  # in-scope URLs left out for being too deep

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
        home = Why(None, "", "home", 0)
        s = self.settings
        result = None
        if s.obey_robots:
            self.robots.policy(self.start)
            result = self.robots.fetched[0][1]
        elif not s.resume:
            result = self.fetcher.fetch(self.start)
        if result is not None and result.outcome in (outcomes.UNREACHABLE, outcomes.TIMEOUT):
            phrase = (result.error or "no answer").split(":", 1)[0]
            raise UserError(f"Cannot reach {self.start}: {phrase}. Check the address and that the site is up.")
        self.writer = self._resume(started_at) if s.resume else self._open_writer(started_at)
        with self.writer.transaction():
            self._archive_robots()
            if result is not None and not s.obey_robots:
                self.frontier.mark(self.start)
                self._handle(self.start, home, parse(result, s.max_list_pages))
            else:
                self._discover(self.start, home, "page")  # a no-op when resuming after the home page

    def _resume(self, started_at: str) -> SnapshotWriter:
        """Reopen the snapshot and restore the crawl's memory of what it decided and queued."""
        db, state = load_state(self.snapshot_dir)
        for url, outcome, priority in state.captured:
            self.frontier.mark(url)
            if priority != "robots":
                self.fetched += outcome != outcomes.ROBOTS_DISALLOWED
                self.by_outcome[outcome] += 1
                self.traps.admit(url)
        for url, why in state.queued:
            self.frontier.push(url, why)
            self.traps.admit(url)
        for url, reason, count in state.cutoffs:
            self.cutoffs[reason] += count
            if reason == "max_depth":
                self.depth_cut.add(url)
        self.scope.add_hosts(json.loads(state.meta.get("hosts") or "[]"))
        writer = SnapshotWriter.append(self.snapshot_dir, db)
        resumes = json.loads(state.meta.get("resumes") or "[]") + [{"at": started_at, **state.repair}]
        writer.set_meta({"resumes": json.dumps(resumes), "hosts": json.dumps(self.scope.hosts),
                         "settings": json.dumps(dataclasses.asdict(self.settings), ensure_ascii=False, sort_keys=True)})
        return writer

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
            "hosts": json.dumps(self.scope.hosts),
        }
        try:
            return SnapshotWriter.create(self.snapshot_dir, warcinfo, meta)
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

    def _job(self, url: str, why: Why) -> Parsed:
        """Worker: fetch `url` (not following redirects into robots-disallowed paths) and read the page."""
        return parse(self.fetcher.fetch(url, method_for(why.priority), self._refuse), self.settings.max_list_pages)

    def _refuse(self, target: str) -> str | None:
        url = canonical(target)
        if url and self.scope.on_site(url) and not self.robots.allowed(url):
            return self.robots.policy(url).note
        return None

    def _handle(self, url: str, why: Why, page: Parsed) -> None:
        """Record a fetch and consider the links of an in-scope page: one transaction."""
        with self.writer.transaction():
            self._record(url, why, page)
        self._report(url, page.result.outcome)

    def _record(self, url: str, why: Why, page: Parsed) -> None:
        self._archive_robots()
        result = page.result
        self.writer.add_fetch(url, why, result, page.charset)
        self.fetched += 1
        self.by_outcome[result.outcome] += 1
        final = page.final_url
        if why.priority == "home" and final and result.outcome == outcomes.OK and not self.scope.on_site(final):
            self.scope.add_host(final)  # gov.cn -> www.gov.cn: the site is where the start URL leads
            self.writer.set_meta({"hosts": json.dumps(self.scope.hosts)})
        if final and self.scope.on_site(final):
            for link in page.links:
                self._discover(link.url, Why(url, link.text[:_MAX_ANCHOR], "", why.depth + 1), link.kind)
            if page.list_pages:
                for target, anchor in page.list_pages.pages:
                    self._discover(target, Why(url, anchor, "pagination", why.depth + 1), "page")
                if page.list_pages.cut:
                    self.writer.add_cutoff(url, "max_list_pages", url, why.parent, why.depth, page.list_pages.cut)
                    self.cutoffs["max_list_pages"] += page.list_pages.cut

    def _discover(self, link: str, found: Why, kind: str) -> None:
        """Consider a link: in scope, not yet seen, not too deep, not a trap, allowed by robots.txt; then queued."""
        url = canonical(link)
        if url is None or (out := self.scope.allows(url)) == "offsite":
            return
        why = dataclasses.replace(found, priority=found.priority or classify(url, found.anchor, kind))
        if out is not None:
            self._cut(url, out, "", found)
        elif self.frontier.seen(url):
            if self.frontier.push(url, why):  # found again through a better link: moves up
                self.writer.queue(url, why)
        elif found.depth > self.settings.max_depth:
            if self.robots.allowed(url):
                self.depth_cut.add(url)
                self._cut(url, "max_depth", "", found)
        elif (trap := self.traps.admit(url))[0] is not None:
            self._cut(url, trap[0], trap[1], found)
        elif self.robots.allowed(url):
            self.frontier.push(url, why)
            self.writer.queue(url, why)
        else:
            self._archive_robots()
            self.frontier.mark(url)
            note = self.robots.policy(url).note
            self.writer.add_unfetched(url, why, method_for(why.priority), outcomes.ROBOTS_DISALLOWED, note)
            self.by_outcome[outcomes.ROBOTS_DISALLOWED] += 1
            self._report(url, outcomes.ROBOTS_DISALLOWED)

    def _cut(self, url: str, reason: str, pattern: str, found: Why) -> None:
        if self.writer.add_cutoff(url, reason, pattern, found.parent, found.depth):
            self.cutoffs[reason] += 1

    def _archive_robots(self) -> None:
        """Index the robots.txt files fetched since the last call (not counted as pages)."""
        for url, result in self.robots.drain():
            self.writer.add_fetch(url, Why(None, "", "robots", 0), result, None, replace=True)
            self.frontier.mark(url)
            policy = self.robots.policy(url)
            if delay := policy.crawl_delay():
                self.limiter.slow_down(delay)

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
            cutoffs=dict(sorted(self.cutoffs.items())),
        )
        if self.writer is not None:
            try:
                self.writer.set_meta({
                    "finished_at": summary.finished_at,
                    "budget_exhausted": "true" if summary.budget_exhausted else "false",
                    "reason": reason or "",
                    "hosts": json.dumps(self.scope.hosts),
                    "cutoffs": json.dumps(summary.cutoffs, sort_keys=True),
                })
            finally:
                self.writer.close()
        return summary
