"""The crawl stage: fetch one site politely, evidence first, into a snapshot."""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from urllib.parse import urlsplit

from govaudit.crawl import dataproxy, outcomes
from govaudit.crawl.breaker import Breaker, HostPauses
from govaudit.crawl.decide import Decisions
from govaudit.crawl.fetcher import Fetcher, FetchResult
from govaudit.crawl.frontier import Why
from govaudit.crawl.job import RENDER_MODES, Parsed, method_for, parse, render, will_render
from govaudit.crawl.opening import check_out_dir, check_start_url, create_snapshot, reopen_snapshot
from govaudit.crawl.politeness import HostLimiter
from govaudit.crawl.pool import DaemonPool
from govaudit.crawl.progress import CrawlProgress, CrawlSummary
from govaudit.crawl.render import OUT_OF_SCOPE, ROBOTS, SCHEME, Renderer, RenderUnavailable
from govaudit.crawl.robots import RobotsBook
from govaudit.crawl.scope import Scope, canonical
from govaudit.errors import UserError
from govaudit.settings import CrawlSettings
from govaudit.timeutil import now_iso
from govaudit.urls import resolve

_log = logging.getLogger("govaudit.crawl")


def crawl_site(start_url: str, out_dir: Path, settings: CrawlSettings,
               progress: CrawlProgress | None = None,
               limiter: Callable[[float, threading.Event], HostLimiter] = HostLimiter,
               clock: Callable[[], float] = time.monotonic) -> CrawlSummary:
    """Crawl the site of `start_url` into `out_dir/snapshot/` and summarise the crawl.

    Raises UserError for a URL that is not http(s) or malformed, an `out_dir`
    that is a file or already holds a snapshot (unless `settings.resume`: then
    it must hold one, which is continued), bad scope options, and a site whose
    first request gets no answer at all. On KeyboardInterrupt the snapshot is
    closed cleanly (everything fetched so far stays readable) and the interrupt
    re-raised. `limiter` makes the crawl's pacer from (rate, stop event): a batch passes one
    that shares slots with the other sites' crawls on the same IP address. `clock` is the one
    --max-time is measured on (the fetches' and the schedule's; tests make it jump on an event).
    """
    start, scope = check_crawl_inputs(start_url, settings)
    snapshot_dir = check_out_dir(Path(out_dir), settings.resume)
    return _Crawl(start, scope, snapshot_dir, settings, progress, resolve(start_url) or start, limiter, clock).run()


def check_crawl_inputs(start_url: str, settings: CrawlSettings) -> tuple[str, Scope]:
    """The start URL's key and the crawl's scope; UserError for a bad URL, --render mode or scope
    option (--allow-host, --include, --exclude). Writes nothing: callers check before creating output."""
    start = check_start_url(start_url)
    if settings.render not in RENDER_MODES:
        raise UserError(f"--render {settings.render!r}: choose auto, never or always.")
    return start, Scope(start, settings.allow_hosts, settings.include, settings.exclude)


class _Crawl:
    def __init__(self, start: str, scope: Scope, snapshot_dir: Path, settings: CrawlSettings,
                 progress: CrawlProgress | None, start_href: str | None = None,
                 limiter: Callable[[float, threading.Event], HostLimiter] = HostLimiter,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.start = start  # the start URL's key (canonical form)
        self.start_href = start_href or start  # the start URL as given: fetched
        self.snapshot_dir = snapshot_dir
        self.settings = settings
        self.progress = progress
        self.stop = threading.Event()
        self.limiter = limiter(settings.rate, self.stop)
        self.clock = clock
        self.fetcher = Fetcher(settings, self.limiter, clock=clock)
        self.robots = RobotsBook(settings.obey_robots, settings.full_user_agent, self.fetcher.fetch)
        self.crawl = Decisions(scope, settings, self.robots, self.limiter)
        self.pauses = HostPauses(Breaker(settings.breaker_failures, settings.breaker_cooldown, settings.breaker_trips),
                                 settings.breaker_failures + settings.concurrency)
        self.in_flight: set[str] = set()
        self.post_held: set[str] = set()  # in-flight record groups holding a page request for a POST
        self.renderer = None if settings.render == "never" else Renderer(settings, self._script_refusal, self.limiter)
        self.notice = threading.Lock()  # taken once, by the first page that could not be rendered

    def run(self) -> CrawlSummary:
        """Crawl until done, out of budget or interrupted; the snapshot is closed in every case."""
        started_at = now_iso()
        self.started = time.monotonic()
        deadline = self.clock() + self.settings.max_time
        self.fetcher.deadline = deadline  # in-flight requests, retries and bodies end by it too
        if self.renderer is not None:
            self.renderer.deadline = self.started + self.settings.max_time  # the browser's, on the real clock
        try:
            self._begin(started_at)
            reason = self._loop(deadline)
        except BaseException as exc:
            self._end(started_at, "interrupted" if isinstance(exc, KeyboardInterrupt) else "error")
            raise
        summary = self._end(started_at, reason or self.crawl.budget.reason() or self.crawl.depth_reason())
        if self.progress:
            self.progress.on_finish(summary)
        return summary

    def _begin(self, started_at: str) -> None:
        """First request (robots.txt, or the home page): if the site does not answer, tell the user."""
        s = self.settings
        if s.render == "always":
            try:
                self.renderer.start()
            except RenderUnavailable as exc:
                raise UserError(f"--render always needs Chromium, but {exc}. Use --render auto or never.") from None
        result = None
        if s.obey_robots:
            self.robots.policy(self.start)
            result = self.robots.fetched[0][1]
        elif not s.resume:
            self.crawl.budget.spend(self.start, Why(None, "", "home", 0))
            result = self.fetcher.fetch(self.start_href, home=True)
        if result is not None and result.outcome in (outcomes.UNREACHABLE, outcomes.TIMEOUT, outcomes.TLS_ERROR):
            phrase = (result.error or "no answer").split(":", 1)[0]
            hint = (" If the certificate is the only problem, --insecure crawls it anyway (recorded in the snapshot)."
                    if result.outcome == outcomes.TLS_ERROR else " Check the address and that the site is up.")
            raise UserError(f"Cannot reach {self.start}: {phrase}.{hint}")
        if s.resume:
            self.crawl.writer = reopen_snapshot(self.snapshot_dir, self.crawl, s, started_at)
        else:
            self.crawl.writer = create_snapshot(self.snapshot_dir, self.start, self.crawl.scope.hosts, s, started_at)
        home = Why(None, "", "home", 0)
        if result is not None and not s.obey_robots:
            self.crawl.frontier.mark(self.start)
            self._handle(self.start, home, self._read(result, "home"))
        else:
            with self.crawl.writer.transaction():
                self.crawl.archive_robots()
                self.crawl.discover(self.start_href, home, "page")  # a no-op when resuming after the home page
            self._report()

    def _loop(self, deadline: float) -> str | None:
        """Fetch from the frontier, `concurrency` requests in flight, until done or out of budget.

        One worker more than requests in flight: a job gives its request slot back once its page
        is parsed, so the next request starts while the page's links are being recorded.
        """
        s, crawl = self.settings, self.crawl
        slots = max(1, s.concurrency)
        pool = DaemonPool(slots + 1, "govaudit-fetch")
        events: queue.SimpleQueue[Future | str] = queue.SimpleQueue()  # a URL: its slot is free; a Future: job over
        pending: dict[Future, tuple[str, Why]] = {}
        freed: set[str] = set()
        fetching = 0  # jobs holding a request slot
        reason = None
        try:
            while True:
                self.pauses.unpark(crawl.frontier)
                while reason is None and fetching < slots and len(pending) <= slots and len(crawl.frontier):
                    if self.clock() >= deadline:
                        reason = "max_time"
                    elif (item := self.pauses.take(crawl.frontier)) is None:
                        break  # every queued URL waits for a paused host
                    elif not crawl.budget.spend(*item):
                        continue  # its budget (pages or checks) is spent: left queued, counted as cut
                    else:
                        # A record group holds one more page request, in case it must be asked by POST.
                        post = dataproxy.post_form(item[0]) is not None and crawl.budget.reserve()
                        if post:
                            self.post_held.add(item[0])
                        future = pool.submit(self._job, *item, events, post)
                        future.add_done_callback(events.put)
                        pending[future] = item
                        fetching += 1
                        self.in_flight.add(item[0])
                if not pending:
                    if reason is None and (wake := self.pauses.next_probe()) is not None \
                            and wake - time.monotonic() < deadline - self.clock():  # the probe is on the real clock
                        self.limiter.sleep(wake - time.monotonic())  # a paused host takes a probe then
                        continue
                    # Requests still in flight at the deadline were cut by it: the crawl stopped on time.
                    late = "max_time" if self.clock() >= deadline else None
                    return reason or self.pauses.reason() or late
                if events.empty():
                    crawl.writer.commit_pending()  # about to wait: nothing decided stays uncommitted meanwhile
                if isinstance(future := events.get(), str):
                    freed.add(future)
                    fetching -= 1
                    continue
                url, why = pending.pop(future)
                if url in freed:
                    freed.discard(url)
                else:
                    fetching -= 1
                self.in_flight.discard(url)
                self._handle(url, why, future.result())
        finally:
            self.stop.set()  # wakes workers waiting on the rate limit or a Retry-After; they end unrecorded
            pool.shutdown()

    def _job(self, url: str, why: Why, events: queue.SimpleQueue, post: bool = False) -> Parsed:
        """Worker: fetch `url` (not following redirects into robots-disallowed paths) and read the page.
        With `post` (a page request held for it), a record group whose GET is refused is asked by POST.

        The request slot is given back once the page is parsed; a page to render keeps it until
        the job ends, so its scripts' requests are counted before the next fetch starts.
        """
        result = self.fetcher.fetch(why.href or url, method_for(why.priority), self._refuse, home=why.priority == "home")
        if post and dataproxy.refused(result) and (form := dataproxy.post_form(result.final_url or result.url)) \
                and self._script_refusal(form[0]) is None:  # in scope and allowed by robots.txt, as the GET
            result = dataproxy.combined(result, self.fetcher.fetch(form[0], "POST", self._refuse, form[1]))
        return self._read(result, why.priority, lambda: events.put(url))

    def _read(self, result: FetchResult, priority: str, static: Callable[[], None] = lambda: None) -> Parsed:
        """Parse a fetched page and, for an in-scope page whose scripts hide evidence, render it.
        `static()` is called as soon as the page is known not to need rendering."""
        s = self.settings
        try:
            page = parse(result, s.max_list_pages, priority)
        except Exception as exc:  # noqa: BLE001 — an error of this tool on markup it did not foresee
            # The page is archived as fetched and its links are not followed; the crawl goes on
            # (the build reports the page as not observed when it fails on it too).
            _log.warning("govaudit: could not read the links of %s (%s: %s); they are not followed.",
                         result.url, type(exc).__name__, str(exc)[:200])
            static()
            return Parsed(result)
        if page.final_url is None or not self.crawl.scope.on_site(page.final_url):
            static()
            return page
        if not will_render(page, self.renderer, s.render):
            static()
        page = render(page, self.renderer, s.render, s.max_list_pages)
        if page.render and page.render[0] == "unavailable" and self.notice.acquire(blocking=False):
            _log.warning("govaudit: pages are not rendered (--render auto works as never): %s. Their "
                         "script-loaded lists and links are reported as not observed.", self.renderer.unavailable)
        return page

    def _script_refusal(self, url: str) -> str | None:
        """Why a rendered page's script may not request `url` (not http(s), out of scope, robots.txt), or None."""
        target = canonical(url)
        if target is None:
            return SCHEME if urlsplit(url).scheme.lower() not in ("http", "https") else OUT_OF_SCOPE
        if not self.crawl.scope.on_site(target):
            return OUT_OF_SCOPE
        return None if self.robots.allowed(target) else ROBOTS

    def _refuse(self, target: str) -> str | None:
        url = canonical(target)
        if url and self.crawl.scope.on_site(url) and not self.robots.allowed(url):
            return self.robots.policy(url).note
        return None

    def _handle(self, url: str, why: Why, page: Parsed) -> None:
        """Record a fetch and its links (one transaction), unless its host turned out to be down."""
        if url in self.post_held:
            self.post_held.discard(url)
            if page.result.method != "POST":
                self.crawl.budget.release()  # the GET answered: the request held for a POST is free again
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
        """Stop the workers and the browser, record the end in the index, close the files."""
        self.stop.set()
        self.fetcher.close()
        if self.renderer is not None:
            self.renderer.close(wait=reason != "interrupted")
        crawl = self.crawl
        for _ in self.post_held:  # record groups still in flight: their held POST request was not made
            crawl.budget.release()
        self.post_held.clear()
        for url, why in crawl.frontier.remaining():  # stopped by time or interruption: not fetched either
            crawl.budget.leave_out(url, why)
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
            script_requests=crawl.script_requests,
            refused=dict(sorted(crawl.refused.items())),
            renders=dict(sorted(crawl.renders.items())),
            render_seconds=round(crawl.render_seconds, 3),
            seconds=round(time.monotonic() - self.started, 3),
        )
        if crawl.writer is not None:
            try:
                crawl.writer.set_meta({
                    "finished_at": summary.finished_at,
                    "budget_exhausted": "true" if summary.budget_exhausted else "false",
                    "reason": reason or "",
                    "hosts": json.dumps(crawl.scope.hosts),
                    "cutoffs": json.dumps(summary.cutoffs, sort_keys=True),
                    "refused": json.dumps(summary.refused, sort_keys=True),
                    "breaker": json.dumps(self.pauses.breaker.report(), sort_keys=True),
                    "render": json.dumps({"mode": self.settings.render, **crawl.renders}, sort_keys=True),
                    "budget_cut": json.dumps(crawl.budget.report(), ensure_ascii=False, sort_keys=True),
                })
            finally:
                crawl.writer.close()
        return summary
