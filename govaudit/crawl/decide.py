"""What the crawl does with each fetched page and each link found: record, queue, cut off.

Runs on the crawl's main thread only; every call that writes is inside the
caller's writer transaction, so a URL's decisions are committed together.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter
from urllib.parse import urlsplit, urlunsplit

from govaudit.crawl import outcomes
from govaudit.crawl.fetcher import FetchResult
from govaudit.crawl.budget import Budget
from govaudit.crawl.frontier import CHECKS, Frontier, Why, classify, is_disclosure
from govaudit.crawl.job import Parsed, method_for
from govaudit.crawl.politeness import HostLimiter
from govaudit.crawl.resume import SavedState
from govaudit.crawl.robots import RobotsBook
from govaudit.crawl.scope import Scope, canonical
from govaudit.crawl.soft404 import RepeatedErrorBodies
from govaudit.crawl.traps import TrapDetector
from govaudit.crawl.writer import SnapshotWriter
from govaudit.htmlvocab import HOME_STEPS
from govaudit.settings import CrawlSettings
from govaudit.urls import home_like, link_kind, other_scheme, resolve

_MAX_ANCHOR = 500  # characters of link text kept in the index (a link can wrap a whole block)
_MAX_KEYS = 20_000  # links whose canonical key is remembered (menus repeat on every page); ~4 MB at most


class Decisions:
    """The crawl's bookkeeping: frontier, scope, traps, robots, counters, and the index rows."""

    def __init__(self, scope: Scope, settings: CrawlSettings, robots: RobotsBook, limiter: HostLimiter) -> None:
        self.scope = scope
        self.settings = settings
        self.robots = robots
        self.limiter = limiter
        self.frontier = Frontier()
        self.traps = TrapDetector(settings.max_urls_per_pattern, settings.max_calendar_urls)
        self.writer: SnapshotWriter | None = None
        self.fetched = 0
        self.script_requests = 0  # made by rendered pages' scripts; they count against max_pages too
        self.post_requests = 0  # record groups asked again by POST (crawl/dataproxy.py): each a page request more
        self.by_outcome: Counter[str] = Counter()
        self.cutoffs: Counter[str] = Counter()  # URLs (or list pages) left out, by reason
        self.refused: Counter[str] = Counter()  # rendered pages' requests the browser refused, by reason
        self.depth_cut: set[str] = set()  # in-scope URLs left out for being too deep
        # page -> (link as found, anchor, kind) of the links it holds that were too deep: taken back when
        # the page is found again nearer the start (a page's depth is that of the first link fetched to it)
        self.too_deep: dict[str, list[tuple[str, str, str]]] = {}
        # Pages linked again nearer the start while their fetch was in flight: the depth that link gives them
        # (too late for _take_back_deep, which needs the links their reading cut).
        self.nearer: dict[str, int] = {}
        self.sequels = 0  # articles kept at max_depth as an article's 上一篇/下一篇
        self.decided: list[tuple[str, str]] = []  # (url, outcome) to report once committed
        self.renders: Counter[str] = Counter()  # HTML pages by render state (this run)
        self.render_seconds = 0.0  # time Chromium spent on the pages it rendered (this run)
        self.error_bodies = RepeatedErrorBodies()
        self.budget = Budget(settings.max_pages, settings.max_checks)
        self._keys: dict[str, str | None] = {}  # link as found -> its key (canonical, _fold_scheme)
        # The site's scheme: a link to one of its hosts by the other (http <-> https) is the same page,
        # keyed under this one (fetched as linked), so a site half moved to https is not crawled twice.
        self._scheme = "https://" if scope.start.startswith("https://") else "http://"
        self.home: set[str] = set()  # canonical addresses the home page answered at
        self.home_bodies: set[str] = set()  # digests of the home page's bodies (sha1 hex)

    def key(self, link: str) -> str | None:
        """canonical(link), remembered: most links of a page are the site's menus, seen on every page."""
        try:
            return self._keys[link]
        except KeyError:
            if len(self._keys) >= _MAX_KEYS:
                self._keys.clear()
            key = self._keys[link] = self._fold_scheme(canonical(link))
            return key

    def _fold_scheme(self, key: str | None) -> str | None:
        """`key` under the site's scheme when it names one of the site's hosts by the other."""
        if key is None or key.startswith(self._scheme) or not self.scope.on_site(key):
            return key
        return other_scheme(key)

    def _take_scheme(self, final: str) -> None:
        """The start URL led to the other scheme (http -> https): the site's pages are keyed by it."""
        scheme = "https://" if final.startswith("https://") else "http://"
        if scheme != self._scheme and self.scope.on_site(final):
            self._scheme = scheme
            self._keys.clear()
            self.writer.set_meta({"scheme": scheme})

    def restore(self, state: SavedState) -> None:
        """Take back what an interrupted crawl had decided and queued."""
        for url, outcome, priority in state.captured:
            self.frontier.mark(url)
            if priority == "home" and outcome == outcomes.OK:
                self.home.add(url)  # and where it was redirected to: indexed as an alias, with its priority
            if priority != "robots":
                self.fetched += outcome != outcomes.ROBOTS_DISALLOWED
                self.by_outcome[outcome] += 1
                self.traps.admit(url)
                if outcome != outcomes.ROBOTS_DISALLOWED:
                    if priority in CHECKS:
                        self.budget.checks += 1
                    else:
                        self.budget.pages += 1
        for url, why in state.queued:
            self.frontier.push(url, why)
            self.traps.admit(url)
        for url, reason, count, parent in state.cutoffs:
            self.cutoffs[reason] += count
            if reason == "max_depth":
                self.depth_cut.add(url)
                if parent is not None:
                    self.too_deep.setdefault(parent, []).append((url, "", link_kind(url)))
        self.refused.update(state.refused)
        self.scope.add_hosts(json.loads(state.meta.get("hosts") or "[]"))
        self.script_requests = int(state.meta.get("script_requests") or 0)
        self.post_requests = int(state.meta.get("post_requests") or 0)
        self.sequels = int(state.meta.get("sequels") or 0)
        self.home_bodies.update(json.loads(state.meta.get("home_bodies") or "[]"))
        self._scheme = state.meta.get("scheme") or self._scheme
        self._keys.clear()
        self.budget.pages += self.script_requests + self.post_requests

    def record(self, url: str, why: Why, page: Parsed, in_flight: set[str]) -> None:
        """Index a fetch, and queue the links of an in-scope page."""
        self.archive_robots()
        if self.nearer.get(url, why.depth) < why.depth:
            why = dataclasses.replace(why, depth=self.nearer[url])
        self.nearer.pop(url, None)
        if page.error_phrase and page.result.content and (same := self.error_bodies.seen(url, page.result.content)):
            # One body with an error phrase served for several URLs: the site's catch-all error page.
            error = "error page: the same body as another URL's, with an error phrase"
            page = Parsed(dataclasses.replace(page.result, outcome=outcomes.SOFT_404, error=error),
                          page.charset, page.charset_note)
            for earlier in same[1:]:
                if (was := self.writer.reclassify(earlier, outcomes.SOFT_404, error)) is not None:
                    self.by_outcome[was] -= 1
                    self.by_outcome[outcomes.SOFT_404] += 1
                    if not self.by_outcome[was]:
                        del self.by_outcome[was]
        final = page.final_url
        if why.priority == "home" and page.result.outcome == outcomes.OK:
            if final:
                self._take_scheme(final)
            self.home.update(k for k in (self.key(url), final and self.key(final)) if k)
            if page.result.content:
                self.home_bodies.add(hashlib.sha1(page.result.content).hexdigest())
                self.writer.set_meta({"home_bodies": json.dumps(sorted(self.home_bodies))})
        elif self._sent_home(url, final, page):
            page = Parsed(dataclasses.replace(page.result, outcome=outcomes.REDIRECT_HOME,
                                              error=f"redirected to the home page {final}"), page.charset, page.charset_note)
        elif self._home_copy(url, final, page, why.anchor):
            page = Parsed(dataclasses.replace(page.result, outcome=outcomes.HOME_COPY,
                                              error="the home page's content served at this address"),
                          page.charset, page.charset_note)
        result = page.result
        if why.priority == "home" and final and result.outcome == outcomes.OK and not self.scope.on_site(final):
            self.scope.add_host(final)  # gov.cn -> www.gov.cn: the site is where the start URL leads
            self.writer.set_meta({"hosts": json.dumps(self.scope.hosts)})
        if why.priority == "home" and result.outcome == outcomes.OK \
                and self.scope.add_hub_host((link.target, link.text) for link in page.links if link.kind == "page"):
            self.writer.set_meta({"hosts": json.dumps(self.scope.hosts)})  # its 政务公开 platform on another host
        self.writer.add_fetch(url, why, result, (page.charset, page.charset_note),
                              alias=self._alias(url, final, result, in_flight), render=page.render)
        if page.refused:
            self.writer.add_refused(url, page.refused)
            for _, reason, n in page.refused:
                self.refused[reason] += n
        if page.render:
            self.renders[page.render[0]] += 1
            if page.render[2] is not None:
                self.render_seconds += page.render[2].seconds
            if page.render[2] is not None and page.render[2].exchanges:
                self.script_requests += len(page.render[2].exchanges)
                self.budget.pages += len(page.render[2].exchanges)
                self.writer.set_meta({"script_requests": str(self.script_requests)})  # committed with the page
        if result.method == "POST":  # its request was held from max_pages when the group was scheduled
            self.post_requests += 1
            self.writer.set_meta({"post_requests": str(self.post_requests)})  # committed with the page
        self.fetched += 1
        self.by_outcome[result.outcome] += 1
        self.decided.append((url, result.outcome))
        if final and self.scope.on_site(final):
            # Page n+1 of a list is as deep as page n: a 下一页 chain is one list, not n hops.
            sibling = why.depth if why.priority == "pagination" else why.depth + 1
            seen, queued = self.frontier.seen, self.frontier.queued
            for link in page.links:
                key = self.key(link.target)
                if key is None or (seen(key) and not queued(key)):
                    if key in self.too_deep:
                        self._take_back_deep(key, why.depth + 1)
                    elif key in in_flight and why.depth + 1 < self.nearer.get(key, self.settings.max_depth + 1):
                        self.nearer[key] = why.depth + 1  # its links will be read at this depth
                    continue  # decided already (the same test discover() starts with), so no Why to build
                self.discover(link.target, Why(url, link.text[:_MAX_ANCHOR], "", why.depth + 1), link.kind, sibling, why,
                              sequel=link.url in page.sequels)
            if page.list_pages:
                for target, anchor in page.list_pages.pages:
                    self.discover(target, Why(url, anchor, "pagination", sibling), "page", parent_why=why)
                if page.list_pages.cut:
                    self.writer.add_cutoff(url, "max_list_pages", url, why.parent, why.depth, page.list_pages.cut)
                    self.cutoffs["max_list_pages"] += page.list_pages.cut
                if page.list_pages.postback:  # a WebForms pager: its pages answer POSTs, which the crawl never sends
                    self.writer.add_cutoff(url, "postback_pages", url, why.parent, why.depth, page.list_pages.postback)
                    self.cutoffs["postback_pages"] += page.list_pages.postback

    def _sent_home(self, url: str, final: str | None, page: Parsed) -> bool:
        """True when a link to another page of the site was answered by a redirect to the home page
        (its address, or the root of the host): the page linked was not shown. A link to the home
        page itself (/index.html redirected to /) is the home."""
        if page.result.outcome != outcomes.OK or not final or not page.result.exchanges or not self.scope.on_site(final):
            return False
        target, asked = self.key(final), self.key(url)
        if target is None or asked is None or target == asked or home_like(asked):
            return False
        return target in self.home or home_like(target)

    def _home_copy(self, url: str, final: str | None, page: Parsed, anchor: str) -> bool:
        """True when a link to another page of the site was answered by the home page's very bytes
        (a server answering every unknown address with its home page, status 200): the page linked
        was not shown, as when sent home by a redirect. The home's own addresses are the home, and
        so is one linked as the home (首页, or a logo without text: EasySite's `/cxq/index.html`), and
        the home's address with a query."""
        content = page.result.content
        if page.result.outcome != outcomes.OK or not content or not self.home_bodies or not final \
                or "".join(anchor.split()) in HOME_STEPS or not anchor.strip():
            return False
        asked, served = self.key(url), self.key(final)
        if asked is None or asked in self.home or served in self.home or home_like(asked):
            return False
        # The home's own address with a query is the home page with a parameter, not an unknown page
        # answered by it: 长者模式 `/?version=slh`, NFCMS trails' `/index.html?link=ywdt`.
        bare = urlunsplit(urlsplit(asked)._replace(query="", fragment=""))
        if bare in self.home or home_like(bare):
            return False
        return hashlib.sha1(content).hexdigest() in self.home_bodies

    def take_back(self, url: str, why: Why, outcome: str) -> None:
        """Undo the record of a fetch that failed because its host was down: queued again instead."""
        self.writer.remove_capture(url)
        self.writer.queue(url, why)
        self.budget.refund(why)
        self.fetched -= 1
        self.by_outcome[outcome] -= 1
        if not self.by_outcome[outcome]:
            del self.by_outcome[outcome]

    def _alias(self, url: str, final: str | None, result: FetchResult, in_flight: set[str]) -> str | None:
        """The in-scope redirect target to index with this fetch, so it is not fetched a second time."""
        target = self.key(final) if final else None
        # A POST's URL (a record group's range, crawl/dataproxy.py) is no page a link leads to: never indexed apart.
        if (target is None or target == url or not result.exchanges or result.method == "POST" or target in in_flight
                or result.outcome == outcomes.ROBOTS_DISALLOWED or not self.scope.on_site(target)):
            return None
        if self.frontier.seen(target) and not self.frontier.queued(target):
            return None  # already fetched or decided
        self.frontier.mark(target)
        return target

    def discover(self, link: str, found: Why, kind: str, pagination_depth: int | None = None,
                 parent_why: Why | None = None, sequel: bool = False) -> None:
        """Consider a link (absolute, as linked): in scope, not yet seen, not too deep, not a trap, allowed
        by robots.txt; then queued under its canonical key, to be fetched as linked. A link to another
        page of a list is `pagination_depth` deep when given; `parent_why` is why the linking page was fetched.
        An article's link to its previous or next article (`sequel`) that would be too deep stays at
        max_depth, for max_list_pages such articles a crawl: a column whose list pages a script draws
        (PageAdmin's rajax pager) is reached only along that chain, which is one column, not n hops."""
        url = self.key(link)
        if url is None or (self.frontier.seen(url) and not self.frontier.queued(url)):
            if url in self.too_deep:
                self._take_back_deep(url, pagination_depth if found.priority == "pagination" and pagination_depth is not None
                                    else found.depth)
            return  # most links of a page (the site's menus) were decided already
        if (out := self.scope.allows(url)) == "offsite":
            return
        href = resolve(link) or url
        priority = found.priority or classify(url, found.anchor, kind)
        depth = pagination_depth if priority == "pagination" and pagination_depth is not None else found.depth
        disclosure = is_disclosure(url, found.anchor, priority, found.parent, parent_why)
        why = dataclasses.replace(found, priority=priority, depth=depth, href="" if href == url else href,
                                  disclosure=disclosure)
        if sequel and why.depth > self.settings.max_depth and self.sequels < self.settings.max_list_pages \
                and out is None and not self.frontier.seen(url):
            why = dataclasses.replace(why, depth=self.settings.max_depth)
            self.sequels += 1
            self.writer.set_meta({"sequels": str(self.sequels)})  # committed with the page that found it
        if out is not None:
            self._cut(url, out, "", why)
        elif self.frontier.seen(url):
            if self.frontier.push(url, why):  # found again through a better link: moves up
                self.writer.queue(url, why)
        elif why.depth > self.settings.max_depth:
            if self.robots.allowed(href):
                if found.parent is not None:
                    self.too_deep.setdefault(found.parent, []).append((link, found.anchor, kind))
                if url not in self.depth_cut:
                    self.depth_cut.add(url)
                    self._cut(url, "max_depth", "", found)
        elif (trap := self.traps.admit(url, found.parent))[0] is not None:
            self._cut(url, trap[0], trap[1], found)
        elif self.robots.allowed(href):
            self.frontier.push(url, why)
            self.writer.queue(url, why)
        else:
            self.archive_robots()
            self.frontier.mark(url)
            note = self.robots.policy(href).note
            self.writer.add_unfetched(url, why, method_for(why.priority), outcomes.ROBOTS_DISALLOWED, note)
            self.by_outcome[outcomes.ROBOTS_DISALLOWED] += 1
            self.decided.append((url, outcomes.ROBOTS_DISALLOWED))

    def _take_back_deep(self, page: str, depth: int) -> None:
        """`page`, fetched deeper than `depth`, is `depth` deep after all: the links it held that were
        cut for max_depth are considered again at `depth` + 1. (Fetch order decides a page's depth: an
        article reached along a 上一篇/下一篇 chain before the list page that links it is as deep as the chain.)"""
        if depth >= self.settings.max_depth:
            return
        for link, anchor, kind in self.too_deep.pop(page):
            url = self.key(link)
            if url is None or url not in self.depth_cut:
                continue
            self.depth_cut.discard(url)
            self.writer.remove_cutoff(url, "max_depth")
            self.cutoffs["max_depth"] -= 1
            if not self.cutoffs["max_depth"]:
                del self.cutoffs["max_depth"]
            self.discover(link, Why(page, anchor, "", depth + 1), kind)

    def _cut(self, url: str, reason: str, pattern: str, found: Why) -> None:
        if self.writer.add_cutoff(url, reason, pattern, found.parent, found.depth):
            self.cutoffs[reason] += 1

    def archive_robots(self) -> None:
        """Index the robots.txt files fetched since the last call (not counted as pages)."""
        for url, result in self.robots.drain():
            self.writer.add_fetch(url, Why(None, "", "robots", 0), result, (None, None), replace=True)
            self.frontier.mark(url)
            if delay := self.robots.policy(url).crawl_delay():
                self.limiter.slow_down(delay)

    def depth_reason(self) -> str | None:
        """max_depth when a URL cut for depth was never reached another way."""
        return "max_depth" if any(not self.frontier.seen(u) for u in self.depth_cut) else None
