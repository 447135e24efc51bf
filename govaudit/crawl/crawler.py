"""The crawl stage: fetch one site politely, evidence first, into a snapshot."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, wait
from pathlib import Path
from urllib.parse import urlsplit

from govaudit import __version__
from govaudit.crawl import outcomes
from govaudit.crawl.breaker import Breaker, HostPauses
from govaudit.crawl.decide import Decisions
from govaudit.crawl.fetcher import Fetcher
from govaudit.crawl.frontier import Why
from govaudit.crawl.job import Parsed, method_for, parse
from govaudit.crawl.politeness import HostLimiter
from govaudit.crawl.pool import DaemonPool
from govaudit.crawl.progress import CrawlProgress, CrawlSummary
from govaudit.crawl.resume import load_state, snapshot_meta
from govaudit.crawl.robots import RobotsBook
from govaudit.crawl.scope import Scope, canonical
from govaudit.crawl.snapshot import INDEX_NAME, SNAPSHOT_DIR, WARC_NAME
from govaudit.crawl.writer import SnapshotWriter
from govaudit.errors import UserError
from govaudit.settings import CrawlSettings
from govaudit.timeutil import now_iso


def crawl_site(start_url: str, out_dir: Path, settings: CrawlSettings,
               progress: CrawlProgress | None = None) -> CrawlSummary:
    """Crawl the site of `start_url` into `out_dir/snapshot/` and summarise the crawl.

    Raises UserError for a URL that is not http(s) or malformed, an `out_dir`
    that is a file or already holds a snapshot (unless `settings.resume`: then
    it must hold one, which is continued), bad scope options, and a site whose
    first request gets no answer at all. On KeyboardInterrupt the snapshot is
    closed cleanly (everything fetched so far stays readable) and the interrupt
    re-raised.
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
                        f"or delete {snapshot_dir} to crawl again, or continue it with --resume.")
    return snapshot_dir


class _Crawl:
    def __init__(self, start: str, scope: Scope, snapshot_dir: Path, settings: CrawlSettings,
                 progress: CrawlProgress | None) -> None:
        self.start = start
        self.snapshot_dir = snapshot_dir
        self.settings = settings
        self.progress = progress
        self.stop = threading.Event()
        self.limiter = HostLimiter(settings.rate, self.stop)
        self.fetcher = Fetcher(settings, self.limiter)
        self.robots = RobotsBook(settings.obey_robots, settings.full_user_agent, self.fetcher.fetch)
        self.crawl = Decisions(scope, settings, self.robots, self.limiter)
        self.pauses = HostPauses(Breaker(settings.breaker_failures, settings.breaker_cooldown, settings.breaker_trips))
        self.in_flight: set[str] = set()

    def run(self) -> CrawlSummary:
        started_at = now_iso()
        deadline = time.monotonic() + self.settings.max_time
        try:
            self._begin(started_at)
            reason = self._loop(deadline)
        except BaseException as exc:
            self._end(started_at, "interrupted" if isinstance(exc, KeyboardInterrupt) else "error")
            raise
        summary = self._end(started_at, reason or self.crawl.depth_reason())
        if self.progress:
            self.progress.on_finish(summary)
        return summary

    def _begin(self, started_at: str) -> None:
        """First request (robots.txt, or the home page): if the site does not answer, tell the user."""
        s = self.settings
        result = None
        if s.obey_robots:
            self.robots.policy(self.start)
            result = self.robots.fetched[0][1]
        elif not s.resume:
            result = self.fetcher.fetch(self.start)
        if result is not None and result.outcome in (outcomes.UNREACHABLE, outcomes.TIMEOUT, outcomes.TLS_ERROR):
            phrase = (result.error or "no answer").split(":", 1)[0]
            hint = (" If the certificate is the only problem, --insecure crawls it anyway (recorded in the snapshot)."
                    if result.outcome == outcomes.TLS_ERROR else " Check the address and that the site is up.")
            raise UserError(f"Cannot reach {self.start}: {phrase}.{hint}")
        self.crawl.writer = self._resume(started_at) if s.resume else self._open_writer(started_at)
        home = Why(None, "", "home", 0)
        if result is not None and not s.obey_robots:
            self.crawl.frontier.mark(self.start)
            self._handle(self.start, home, parse(result, s.max_list_pages))
        else:
            with self.crawl.writer.transaction():
                self.crawl.archive_robots()
                self.crawl.discover(self.start, home, "page")  # a no-op when resuming after the home page
            self._report()

    def _resume(self, started_at: str) -> SnapshotWriter:
        """Reopen the snapshot and restore the crawl's memory of what it decided and queued."""
        db, state = load_state(self.snapshot_dir)
        self.crawl.restore(state)
        writer = SnapshotWriter.append(self.snapshot_dir, db)
        resumes = json.loads(state.meta.get("resumes") or "[]") + [{"at": started_at, **state.repair}]
        writer.set_meta({"resumes": json.dumps(resumes), "hosts": json.dumps(self.crawl.scope.hosts),
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
            "tls-verification": "off (--insecure)" if s.insecure else "on",
            "operator": s.contact or "",
        }
        meta = {
            "start_url": self.start,
            "started_at": started_at,
            "settings": json.dumps(dataclasses.asdict(s), ensure_ascii=False, sort_keys=True),
            "tool_version": __version__,
            "hosts": json.dumps(self.crawl.scope.hosts),
        }
        try:
            return SnapshotWriter.create(self.snapshot_dir, warcinfo, meta)
        except OSError as exc:
            raise UserError(f"Cannot write the crawl snapshot in {self.snapshot_dir}: {exc.strerror or exc}.") from None

    def _loop(self, deadline: float) -> str | None:
        """Fetch from the frontier with `concurrency` workers until done or out of budget."""
        s, crawl = self.settings, self.crawl
        workers = max(1, s.concurrency)
        pool = DaemonPool(workers, "govaudit-fetch")
        pending: dict[Future, tuple[str, Why]] = {}
        reason = None
        try:
            while True:
                self.pauses.unpark(crawl.frontier)
                while reason is None and len(pending) < workers and len(crawl.frontier):
                    if crawl.fetched + len(pending) >= s.max_pages:
                        reason = "max_pages"
                    elif time.monotonic() >= deadline:
                        reason = "max_time"
                    elif (item := self.pauses.take(crawl.frontier)) is None:
                        break  # every queued URL waits for a paused host
                    else:
                        pending[pool.submit(self._job, *item)] = item
                        self.in_flight.add(item[0])
                if not pending:
                    if reason is None and (wake := self.pauses.next_probe()) is not None and wake < deadline:
                        self.limiter.sleep(wake - time.monotonic())  # a paused host takes a probe then
                        continue
                    return reason or self.pauses.reason()
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    url, why = pending.pop(future)
                    self.in_flight.discard(url)
                    self._handle(url, why, future.result())
        finally:
            self.stop.set()  # wakes workers waiting on the rate limit or a Retry-After; they end unrecorded
            pool.shutdown()

    def _job(self, url: str, why: Why) -> Parsed:
        """Worker: fetch `url` (not following redirects into robots-disallowed paths) and read the page."""
        return parse(self.fetcher.fetch(url, method_for(why.priority), self._refuse), self.settings.max_list_pages)

    def _refuse(self, target: str) -> str | None:
        url = canonical(target)
        if url and self.crawl.scope.on_site(url) and not self.robots.allowed(url):
            return self.robots.policy(url).note
        return None

    def _handle(self, url: str, why: Why, page: Parsed) -> None:
        """Record a fetch and its links (one transaction), unless its host turned out to be down."""
        taken = self.pauses.settle(url, why, page.result.outcome, page.result.status)
        with self.crawl.writer.transaction():
            if taken is None:
                self.crawl.record(url, why, page, self.in_flight)
            for failed_url, failed_why, outcome in taken or ():
                self.crawl.take_back(failed_url, failed_why, outcome)
        self._report()

    def _report(self) -> None:
        decided, self.crawl.decided = self.crawl.decided, []
        if self.progress:
            for url, outcome in decided:
                self.progress.on_fetch(url, outcome, self.crawl.fetched, len(self.crawl.frontier))

    def _end(self, started_at: str, reason: str | None) -> CrawlSummary:
        """Stop the workers, record the end in the index, close the files."""
        self.stop.set()
        self.fetcher.close()
        crawl = self.crawl
        summary = CrawlSummary(
            start_url=self.start,
            fetched=crawl.fetched,
            by_outcome=dict(sorted(crawl.by_outcome.items())),
            budget_exhausted=reason is not None,
            reason=reason,
            started_at=started_at,
            finished_at=now_iso(),
            snapshot_dir=self.snapshot_dir,
            cutoffs=dict(sorted(crawl.cutoffs.items())),
        )
        if crawl.writer is not None:
            try:
                crawl.writer.set_meta({
                    "finished_at": summary.finished_at,
                    "budget_exhausted": "true" if summary.budget_exhausted else "false",
                    "reason": reason or "",
                    "hosts": json.dumps(crawl.scope.hosts),
                    "cutoffs": json.dumps(summary.cutoffs, sort_keys=True),
                    "breaker": json.dumps(self.pauses.breaker.report(), sort_keys=True),
                })
            finally:
                crawl.writer.close()
        return summary
