"""Render pages in Chromium (Playwright's sync API, Debian's chromium) to see script-loaded content.

Playwright's sync objects belong to the thread that made them, so one daemon
thread owns the browser and renders one page at a time; fetch workers wait for
it. The page's own HTML comes from the crawl's fetch (no second request); its
scripts' requests to in-scope hosts are paced by the crawl's limiter, checked
against robots.txt and archived; everything else is refused, so a rendered page
cannot reach the internet. Every refused request is reported with its reason
(REFUSAL_REASONS) and indexed by the crawl against the page that made it.
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from govaudit.crawl.fetcher import Exchange
from govaudit.crawl.politeness import HostLimiter
from govaudit.crawl.pool import DaemonPool
from govaudit.htmlvocab import widget_host
from govaudit.settings import CrawlSettings

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 # No UDP leaves the browser: WebRTC may only use a proxy, and there is none (no STUN).
                 "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
                 "--webrtc-ip-handling-policy=disable_non_proxied_udp",
                 "--block-new-web-contents",  # window.open and target=_blank open nothing
                 # Every connection the browser itself would open (preconnect, WebRTC over TCP, anything
                 # unrouted) goes to a proxy that is not there, loopback included; the page's routed
                 # requests are made by Playwright (route.fetch), which does not use this proxy.
                 "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>"]
# Run before any page script, in every frame: WebRTC and service workers are not needed to
# see a page's lists, and each can reach outside the scope without an HTTP request to route.
_CONTAIN_SCRIPT = """
for (const name of ["RTCPeerConnection", "webkitRTCPeerConnection", "RTCDataChannel"]) {
  try { delete window[name]; Object.defineProperty(window, name, {value: undefined}); } catch (e) {}
}
try {
  const report = window.__govauditPopup;  // reports the refused window to the crawl (render.POPUP)
  window.open = (url) => { try { report(String(new URL(url, location.href))); } catch (e) {} return null; };
} catch (e) {}
"""
_SKIPPED_TYPES = ("image", "media", "font", "stylesheet")  # not needed to build the DOM
_SCRIPT_TYPES = ("script", "xhr", "fetch")  # what scripts need to run and fill the page
_MAX_SUBREQUESTS = 60  # per page
_MAX_REFUSED_URL = 2048  # characters of a refused URL kept (a script can make them any length)
_MAX_REFUSED_URLS = 500  # distinct refused URLs kept per page; more are counted under the URL ""

# Why a rendered page's request was refused. OUT_OF_SCOPE, ROBOTS and SCHEME are the crawl's
# answer (Renderer's `refuse`); the others are the browser's containment.
NOT_NEEDED = "not_needed"  # image, font, stylesheet, media: not needed to build the DOM
OUT_OF_SCOPE = "out_of_scope"  # another host, or outside --include/--exclude
ROBOTS = "robots"  # disallowed by robots.txt
SCHEME = "scheme"  # not http(s)
POPUP = "popup"  # window.open, target=_blank: a new window
NAVIGATION = "navigation"  # the page sent away (location=…, a link clicked, a cross-origin download link)
DOWNLOAD = "download"  # a download the browser began (a[download] of the page's origin): cancelled
WEBSOCKET = "websocket"
MAX_SUBREQUESTS = "max_subrequests"  # the page made more requests than one page may
DEADLINE = "deadline"  # the render's or the crawl's time was up
FETCH_FAILED = "fetch_failed"  # allowed, but got no answer (nothing to archive)
REFUSAL_REASONS = (NOT_NEEDED, OUT_OF_SCOPE, ROBOTS, SCHEME, POPUP, NAVIGATION, DOWNLOAD, WEBSOCKET,
                   MAX_SUBREQUESTS, DEADLINE, FETCH_FAILED)
Refused = tuple[str, str, int]  # URL, reason, how many times the page asked for it


class RenderUnavailable(Exception):
    """Playwright or Chromium is missing or does not start."""


class RenderFailed(Exception):
    """This page could not be rendered (timeout, crash); `refused`: the requests refused meanwhile."""

    def __init__(self, message: str, refused: tuple[Refused, ...] = ()) -> None:
        super().__init__(message)
        self.refused = refused


@dataclass(frozen=True)
class Rendered:
    """A page's DOM after its scripts ran, and the requests they made."""

    html: bytes  # the serialised DOM, UTF-8
    exchanges: tuple[Exchange, ...]
    browser: str  # e.g. "chromium 120.0.6099.224"
    seconds: float
    refused: tuple[Refused, ...] = ()  # the requests refused
    # Script or data requests refused (out of scope, over a limit) or turned away (403, 429, 5xx): the
    # scripts did not all run as a visitor's browser runs them, so what they fill may be missing from
    # the DOM. (A script's own error, or its file missing, a visitor sees too: that DOM is the page's.)
    script_failures: int = 0


def chromium_path(configured: str) -> str | None:
    """The Chromium executable to use: the configured path, else `chromium` on PATH."""
    if shutil.which(configured):
        return configured
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Renderer:
    """Chromium on its own thread, started at the first render."""

    def __init__(self, settings: CrawlSettings, refuse: Callable[[str], str | None], limiter: HostLimiter) -> None:
        self._settings = settings
        self.max_body_bytes = settings.max_body_bytes
        # URL -> why the page's scripts may not request it (OUT_OF_SCOPE, ROBOTS, SCHEME), None if they may
        self.refuse = refuse
        self.limiter = limiter
        self.deadline: float | None = None  # the crawl's (time.monotonic()): no render runs past it
        self._thread = DaemonPool(1, "govaudit-render")
        self._browser: Any = None
        self._playwright: Any = None
        self._unavailable: str | None = None

    @property
    def unavailable(self) -> str | None:
        """Why Chromium cannot be used, once a launch failed."""
        return self._unavailable

    def start(self) -> None:
        """Start Chromium now; RenderUnavailable says why it cannot."""
        self._thread.submit(self._launch).result()

    def render(self, url: str, body: bytes, content_type: str | None) -> Rendered:
        """Render the page `url` whose HTML is `body`. Raises RenderUnavailable or RenderFailed."""
        return self._thread.submit(self._render, url, body, content_type).result()

    def close(self, wait: bool = True) -> None:
        """Stop Chromium (waiting at most a few seconds) and the thread."""
        if self._browser is not None or self._playwright is not None:
            done = self._thread.submit(self._stop)
            if wait:
                try:
                    done.result(timeout=10)
                except Exception:  # a browser that will not close dies with the process
                    pass
        self._thread.shutdown()

    def _launch(self) -> None:
        if self._browser is not None:
            return
        if self._unavailable:
            raise RenderUnavailable(self._unavailable)
        path = chromium_path(self._settings.chromium)
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            self._unavailable = "the playwright package is not installed (pip install 'govaudit[render]')"
            raise RenderUnavailable(self._unavailable) from None
        if path is None:
            self._unavailable = f"Chromium was not found at {self._settings.chromium} (apt-get install chromium)"
            raise RenderUnavailable(self._unavailable)
        try:
            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        except Exception as exc:
            self._unavailable = f"Chromium did not start ({str(exc).splitlines()[0][:200]})"
            self._stop()
            raise RenderUnavailable(self._unavailable) from None

    def _stop(self) -> None:
        for thing in (self._browser, self._playwright):
            try:
                if thing is not None:
                    thing.close() if thing is self._browser else thing.stop()
            except Exception:  # already gone
                pass
        self._browser = self._playwright = None

    def _render(self, url: str, body: bytes, content_type: str | None) -> Rendered:
        self._launch()
        started = time.monotonic()
        deadline = min(started + self._settings.render_timeout, self.deadline or float("inf"))
        context = self._browser.new_context(
            user_agent=self._settings.full_user_agent, service_workers="block",
            ignore_https_errors=self._settings.insecure, accept_downloads=False)
        exchanges: list[Exchange] = []
        router = _Router(url, body, content_type, self, exchanges, deadline)
        try:
            # Routed on the context, not the page: popups, iframes and workers of every page
            # go through the scope check too; popups are closed as soon as they open.
            context.expose_binding("__govauditPopup", lambda source, target: router.block(target, POPUP))
            context.add_init_script(_CONTAIN_SCRIPT)
            context.route("**/*", router)
            if hasattr(context, "route_web_socket"):  # a WebSocket route that never connects: no socket leaves
                context.route_web_socket("**/*", lambda ws: router.block(ws.url, WEBSOCKET))
            page = router.page = context.new_page()
            # Downloads never reach the route: the browser starts them itself (and its proxy fails them).
            page.on("download", router.download)
            context.on("page", lambda popup: popup.close() if popup is not page else None)
            page.goto(url, wait_until="load", timeout=_ms(deadline))
            try:  # best effort: late XHRs are what fills lists
                page.wait_for_load_state("networkidle", timeout=_ms(deadline))
            except Exception:
                pass
            html = page.content().encode("utf-8")
        except Exception as exc:
            raise RenderFailed(str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__,
                               router.refused()) from None
        finally:
            try:
                context.close()
            except Exception:
                pass
        return Rendered(html, tuple(exchanges), f"chromium {self._browser.version}", time.monotonic() - started,
                        router.refused(), router.script_failures)


def _ms(deadline: float) -> float:
    return max(1.0, (deadline - time.monotonic()) * 1000)


class _Router:
    """Playwright route handler: the page from the crawl, its in-scope requests archived, nothing else;
    what it refuses is counted by (URL, reason)."""

    def __init__(self, url: str, body: bytes, content_type: str | None, renderer: Renderer,
                 exchanges: list[Exchange], deadline: float) -> None:
        self.url, self.body, self.content_type = url, body, content_type or "text/html"
        self.renderer, self.exchanges, self.deadline = renderer, exchanges, deadline
        self.cap = renderer.max_body_bytes
        self.served = False
        self.page: Any = None  # the rendered page; any other top-level page is a popup
        self._refused: Counter[tuple[str, str]] = Counter()
        self.script_failures = 0  # see Rendered.script_failures

    def block(self, url: str, reason: str) -> None:
        """Count a refused request (a page looping over new URLs fills at most _MAX_REFUSED_URLS rows)."""
        key = (str(url)[:_MAX_REFUSED_URL], reason)
        if key not in self._refused and len(self._refused) >= _MAX_REFUSED_URLS:
            key = ("", reason)
        self._refused[key] += 1

    def download(self, download: Any) -> None:
        """A download the page began: counted and cancelled (downloads are refused at launch too)."""
        self.block(download.url, DOWNLOAD)
        try:
            download.cancel()
        except Exception:  # already failed or cancelled
            pass

    def script_failed(self) -> None:
        """Count a script or data request that got nothing to run (see Rendered.script_failures)."""
        self.script_failures += 1

    def refused(self) -> tuple[Refused, ...]:
        """The refused requests so far: (URL, reason, times)."""
        return tuple((url, reason, n) for (url, reason), n in list(self._refused.items()))

    def __call__(self, route: Any, request: Any) -> None:
        reason = self._reason(request)
        if reason == "serve":
            self.served = True
            route.fulfill(status=200, headers={"Content-Type": self.content_type}, body=self.body)
            return
        target = request.url
        if reason is None and not self.renderer.limiter.acquire(urlsplit(target).netloc.lower(), self.deadline):
            reason = DEADLINE  # the crawl is stopping
        if reason is None:
            try:
                response = route.fetch(timeout=_ms(self.deadline), max_redirects=0)
                payload = response.body()
            except Exception:
                reason = FETCH_FAILED
        if reason is not None:
            self.block(target, reason)
            if request.resource_type in _SCRIPT_TYPES and not widget_host(urlsplit(target).hostname or ""):
                self.script_failed()
            route.abort()
            return
        if request.resource_type in _SCRIPT_TYPES and (response.status in (403, 429) or response.status >= 500):
            self.script_failed()  # turned away (a WAF, a rate limit, a server error), not missing from the site
        self.exchanges.append(_exchange(request, response, payload, self.cap))
        route.fulfill(response=response, body=payload)

    def _reason(self, request: Any) -> str | None:
        """"serve" for the page itself, None for a request to make, else why it is refused."""
        if request.is_navigation_request():
            try:
                frame = request.frame
                top, page = frame.parent_frame is None, frame.page
            except Exception:  # a navigation with no frame yet: a new window's first request
                return POPUP
            if top and self.page is not None and page is not self.page:
                return POPUP
            if top:
                return NAVIGATION if self.served else "serve"  # scripts may not send the page away
        if (refused := self.renderer.refuse(request.url)) is not None:
            return refused  # first: a page reaching outside is named so, whatever it asked for
        if request.resource_type in _SKIPPED_TYPES:
            return NOT_NEEDED
        if len(self.exchanges) >= _MAX_SUBREQUESTS:
            return MAX_SUBREQUESTS
        return DEADLINE if time.monotonic() >= self.deadline else None


def _exchange(request: Any, response: Any, payload: bytes, cap: int) -> Exchange:
    """A script's request and its answer as a WARC exchange (the body arrives decoded)."""
    parts = urlsplit(request.url)
    headers = tuple((h["name"], h["value"]) for h in response.headers_array
                    if h["name"].lower() not in ("content-encoding", "content-length", "transfer-encoding"))
    post = request.post_data_buffer or b""
    return Exchange(
        url=request.url, method=request.method,
        request_target=(parts.path or "/") + (f"?{parts.query}" if parts.query else ""),
        request_headers=(("Host", parts.netloc),) + tuple((k, v) for k, v in request.headers.items()
                                                          if k.lower() != "host"),
        status=response.status, reason=response.status_text, protocol="HTTP/1.1",
        response_headers=headers, payload=payload[:cap], truncated=len(payload) > cap,
        warc_date=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), request_body=post,
    )
