"""One URL in, one classified FetchResult out: retries, redirects (HTTP and stubs), size caps, HEAD checks.

Every HTTP exchange made on the way (retried attempts, redirect hops) is kept,
so the WARC shows exactly what the server answered.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urldefrag, urljoin, urlsplit

import requests
import urllib3

from govaudit.crawl import outcomes
from govaudit.crawl.clientredirect import stub_target
from govaudit.crawl.coding import ACCEPT_ENCODING, TooLarge, decode_payload, decode_whole
from govaudit.crawl.politeness import HostLimiter, backoff_delay, retry_after
from govaudit.crawl.soft404 import HTML_TYPES, media_type, wrong_type
from govaudit.crawl.splash import entry_target
from govaudit.settings import CrawlSettings
from govaudit.timeutil import now_iso

MAX_REDIRECTS = 10
# A body may take at most this many read timeouts in total: the per-read
# timeout alone never ends a server that drips one byte at a time.
BODY_TIME_FACTOR = 10
_READ_CHUNK = 64 * 1024
# How much of an error's body a ranged probe reads: a WAF's block page is a few kilobytes.
_PROBE_ERROR_BODY = 64 * 1024
# The error of a request ended by the crawl's deadline (not by its own timeouts): never retried.
OUT_OF_TIME = "stopped at the crawl's time limit (--max-time)"
_REDIRECT_STATUSES = (301, 302, 303, 307, 308)
# A form POST as a list script's XHR sends it (Hanweb jpage posts its data-proxy fields so).
_FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8",
                 "Accept": "application/xml, text/xml, */*; q=0.01", "X-Requested-With": "XMLHttpRequest"}


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and its response, as they go into the WARC."""

    url: str
    method: str
    request_target: str  # path and query, as on the request line
    request_headers: tuple[tuple[str, str], ...]
    status: int
    reason: str
    protocol: str  # HTTP/1.0 or HTTP/1.1
    response_headers: tuple[tuple[str, str], ...]
    payload: bytes  # as received: transfer coding removed, content coding kept
    truncated: bool  # payload cut short (size cap, or not downloaded by a ranged probe)
    warc_date: str  # when the response arrived, UTC, WARC-Date format
    request_body: bytes = b""  # POST data: a rendered page's, or a data proxy's form (crawl/dataproxy.py)

    def header(self, name: str) -> str | None:
        """First value of response header `name` (case-insensitive)."""
        name = name.lower()
        return next((v for k, v in self.response_headers if k.lower() == name), None)


@dataclass(frozen=True)
class FetchResult:
    """A classified fetch of `url`: its outcome and every exchange made for it."""

    url: str
    method: str  # GET, HEAD, or POST (a data proxy that refuses GET): the method of the final exchange
    outcome: str
    exchanges: tuple[Exchange, ...]
    fetched_at: str  # ISO 8601, Asia/Shanghai
    content: bytes | None = None  # decoded body of a complete, successful GET
    error: str | None = None

    @property
    def final(self) -> Exchange | None:
        return self.exchanges[-1] if self.exchanges else None

    @property
    def status(self) -> int | None:
        return self.final.status if self.final else None

    @property
    def final_url(self) -> str | None:
        return self.final.url if self.final else None

    @property
    def content_type(self) -> str | None:
        """The media type, lower case, without parameters."""
        return media_type(self.final.header("Content-Type")) if self.final else None


def _cut_as_whole(resp: requests.Response, payload: bytes) -> bool:
    """A web page whose body ended where the connection closed (no length announced, no chunks, no
    content coding to tell) and that has its start tag but neither </html> nor </body>: a connection
    cut mid-body that would read as a whole page (a list without its rows, a record without its
    fields). An old server's close-delimited answer, its backend dying on the way. An HTML fragment
    (no <html>) is left alone."""
    headers = resp.headers
    if not 200 <= resp.status_code < 300 or "Content-Length" in headers or \
            headers.get("Transfer-Encoding", "").strip().lower() not in ("", "identity") or \
            headers.get("Content-Encoding", "").strip().lower() not in ("", "identity") or \
            media_type(headers.get("Content-Type")) not in HTML_TYPES:
        return False
    lowered = payload.lower()
    return b"<html" in lowered and b"</html" not in lowered and b"</body" not in lowered


class _Failure(Exception):
    def __init__(self, outcome: str, message: str) -> None:
        super().__init__(message)
        self.outcome = outcome


class Fetcher:
    """Thread-safe fetcher: one requests.Session per worker thread, shared pacing.

    `body_clock` measures how long each body takes (its limit is BODY_TIME_FACTOR read
    timeouts); tests inject a virtual clock so that a slow body ends by the reads it took,
    not by how busy the machine was. `clock` is the crawl's: `deadline` is set on it, and the
    time left on it caps each request's socket timeouts (tests make the deadline come on an
    event). `socket_timeouts(url)` gives a request's (connect, read) timeouts, settings.timeout
    by default (tests give a stalled route a short one, other pages one no load reaches). The
    sockets' own timeouts are real time.
    """

    def __init__(self, settings: CrawlSettings, limiter: HostLimiter,
                 body_clock: Callable[[], float] = time.monotonic, clock: Callable[[], float] = time.monotonic,
                 socket_timeouts: Callable[[str], tuple[float, float]] | None = None) -> None:
        self._settings = settings
        self._body_clock = body_clock
        self._clock = clock
        self._socket_timeouts = socket_timeouts or (lambda url: settings.timeout)
        self._limiter = limiter
        if settings.insecure:  # the choice is recorded in the snapshot; one warning per request is noise
            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        self._local = threading.local()
        # The crawl's deadline (on `clock`): every request, retry and body read ends by it.
        self.deadline: float | None = None
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        # The environment is read once, not per request: requests' own per-request reading
        # (proxy variables, no_proxy, ~/.netrc) was a third of a worker's CPU per page. Same
        # proxies and CA bundle as requests would use; credentials from ~/.netrc are never sent.
        self._verify: bool | str = False if settings.insecure else (
            os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True)
        self._proxies: dict[str, dict[str, str]] = {}  # per scheme://host

    def fetch(self, url: str, method: str = "GET", refuse: Callable[[str], str | None] | None = None,
              form: bytes | None = None, home: bool = False) -> FetchResult:
        """Fetch `url` with GET (pages) or HEAD (attachment checks), or POST `form` (URL-encoded
        fields: a data proxy that refuses GET; its redirects are not followed). Never raises for
        network or HTTP trouble; raises politeness.Cancelled when the crawl stops.

        `refuse(target)` is asked before following a redirect: a reason stops there
        with outcome robots_disallowed (the server pointed into a disallowed path).
        `home`: `url` is the site's home page; a splash page there is entered (crawl/splash.py).
        """
        exchanges: list[Exchange] = []
        try:
            outcome, content, error = self._fetch(url, method, exchanges, refuse, form, home)
        except _Failure as failure:
            outcome, content, error = failure.outcome, None, str(failure)
        final_method = exchanges[-1].method if exchanges else method
        return FetchResult(url, final_method, outcome, tuple(exchanges), now_iso(), content, error)

    def close(self) -> None:
        """Close every session's connections."""
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()

    def _fetch(self, url: str, method: str, exchanges: list[Exchange], refuse: Callable[[str], str | None] | None,
               form: bytes | None = None, home: bool = False) -> tuple[str, bytes | None, str | None]:
        current, visited, probe = url, {url}, False
        for _ in range(MAX_REDIRECTS + 1):
            exchange = self._attempts(method, current, probe, exchanges, form)
            if method == "HEAD" and exchange.status >= 400:
                # Some servers refuse HEAD (405, 501, or a 403/404 from a handler that serves only
                # GET): the file is judged by what a visitor's GET gets, so ask for its first byte.
                method, probe = "GET", True
                exchange = self._attempts(method, current, probe, exchanges)
            elif method == "HEAD" and 200 <= exchange.status < 300 and \
                    wrong_type(url, media_type(exchange.header("Content-Type"))):
                # A web page for a file's address (.pdf, .png), there or where it redirects: a WAF's
                # challenge or a login (not observed) or an error page (a broken link). Only its
                # body tells which, so it is read.
                method = "GET"
                exchange = self._attempts(method, current, probe, exchanges)
            location = exchange.header("Location") if exchange.status in _REDIRECT_STATUSES and method != "POST" else None
            if not location:
                concluded = self._conclude(exchange, probe)
                # A redirect stub (clientredirect) moves its visitor on as a 302 would: followed the same
                # way; so does the entry link of a splash page at the home address (splash), once.
                if method != "GET" or probe or concluded[1] is None or \
                        (location := self._moves_on(concluded[1], exchange, current, home, visited)) is None:
                    return concluded
            # GET and HEAD keep their method across every redirect status.
            target = urldefrag(urljoin(current, location.strip())).url
            if urlsplit(target).scheme not in ("http", "https"):
                raise _Failure(outcomes.ERROR, f"redirect to a non-HTTP address: {target}")
            if target in visited:
                raise _Failure(outcomes.REDIRECT_LOOP, f"redirect loop: {current} -> {target}")
            if refuse and (why := refuse(target)):
                raise _Failure(outcomes.ROBOTS_DISALLOWED, f"redirect to {target}: {why}")
            visited.add(target)
            current = target
        raise _Failure(outcomes.REDIRECT_LOOP, f"more than {MAX_REDIRECTS} redirects")

    @staticmethod
    def _moves_on(content: bytes, exchange: Exchange, url: str, home: bool, visited: set[str]) -> str | None:
        """Where a 200 page sends its visitor on: a redirect stub's target; for the home page, a
        splash page's entry (not one already visited: a portal linking its splash is no loop)."""
        content_type = exchange.header("Content-Type")
        target = stub_target(content, content_type, url, exchange.header("Refresh"))
        if target is None and home and (entry := entry_target(content, content_type, url)) not in visited:
            return entry
        return target

    def _conclude(self, exchange: Exchange, probe: bool) -> tuple[str, bytes | None, str | None]:
        if probe:
            outcome = outcomes.classify_status(exchange.status, self._decoded(exchange) if exchange.status >= 400 else None)
            return outcome, None, f"WAF challenge (HTTP {exchange.status})" if outcome == outcomes.BLOCKED else None
        if exchange.truncated:
            return outcomes.TOO_LARGE, None, f"body larger than {self._settings.max_body_bytes} bytes"
        try:
            content, whole = decode_whole(exchange.payload, exchange.header("Content-Encoding"), self._settings.max_body_bytes)
        except TooLarge:
            return outcomes.TOO_LARGE, None, f"decoded body larger than {self._settings.max_body_bytes} bytes"
        if not whole:  # the page's end was never received: as a connection cut mid-body, not the page
            return outcomes.UNREACHABLE, None, "the body was cut short: its gzip or deflate stream ends before its end"
        outcome = outcomes.classify_status(exchange.status, content)
        if outcome == outcomes.OK:
            return outcome, content if exchange.method != "HEAD" else None, None
        if outcome == outcomes.BLOCKED:
            return outcome, None, f"WAF challenge (HTTP {exchange.status})"
        if outcome == outcomes.ERROR:
            return outcome, None, f"unexpected HTTP status {exchange.status}"
        return outcome, None, None

    def _decoded(self, exchange: Exchange) -> bytes | None:
        try:
            return decode_payload(exchange.payload, exchange.header("Content-Encoding"), self._settings.max_body_bytes)
        except TooLarge:
            return None

    def _attempts(self, method: str, url: str, probe: bool, exchanges: list[Exchange], form: bytes | None = None) -> Exchange:
        """One exchange, retried with backoff on transient failures; Retry-After honoured."""
        host = urlsplit(url).netloc.lower()
        attempts = self._settings.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            if not self._limiter.acquire(host, self._limiter_deadline()):
                raise _Failure(outcomes.TIMEOUT, f"{OUT_OF_TIME}: {url} was not requested")
            try:
                exchange = self._send(method, url, probe, form)
            except _Failure:
                raise
            except Exception as exc:  # anything from the network stack becomes an outcome
                outcome, transient, message = outcomes.classify_exception(exc)
                if last or not transient:
                    raise _Failure(outcome, message) from exc
                self._limiter.defer(host, backoff_delay(attempt))
                continue
            exchanges.append(exchange)
            if last or not outcomes.is_transient_status(exchange.status) or self._is_challenge(exchange):
                return exchange
            wait = retry_after(exchange.header("Retry-After")) if exchange.status in (429, 503) else None
            self._limiter.defer(host, backoff_delay(attempt) if wait is None else wait)
        raise AssertionError("unreachable: the last attempt always returns or raises")

    def _is_challenge(self, exchange: Exchange) -> bool:
        """A WAF challenge (not worth retrying); a 429 is asked again after its Retry-After."""
        if exchange.status == 429:
            return False
        content = self._decoded(exchange)
        return content is not None and outcomes.classify_status(exchange.status, content) == outcomes.BLOCKED

    def _send(self, method: str, url: str, probe: bool, form: bytes | None = None) -> Exchange:
        headers = {"Range": "bytes=0-0"} if probe else _FORM_HEADERS if method == "POST" else None
        connect, read = self._socket_timeouts(url)
        left = self._left()
        resp = self._session().request(
            method, url, headers=headers, data=form if method == "POST" else None, stream=True, allow_redirects=False,
            timeout=(min(connect, left), min(read, left)), verify=self._verify, proxies=self._proxies_for(url),
        )
        try:
            if method == "HEAD":
                payload, truncated = b"", False
            elif probe and resp.status_code >= 400:
                # An error's body says whose refusal it is (a WAF's challenge page at 403/501/503 for a
                # file: blocked, not broken): read it as far as a notice goes; no file was answered.
                payload, truncated = self._read(resp, _PROBE_ERROR_BODY)[0], True
            elif probe:  # the byte or two we keep are not the resource: always truncated
                payload, truncated = self._read(resp, 1)[0], True
            else:
                payload, truncated = self._read(resp, self._settings.max_body_bytes)
                if not truncated and _cut_as_whole(resp, payload):
                    raise urllib3.exceptions.ProtocolError("the connection closed before the page's end "
                                                           "(no length announced, no </html> or </body>)")
        finally:
            resp.close()
        request = resp.request
        host = urlsplit(request.url).netloc
        return Exchange(
            url=url,
            method=method,
            request_target=request.path_url,
            request_headers=(("Host", host),) + tuple((k, v) for k, v in request.headers.items() if k.lower() != "host"),
            status=resp.status_code,
            reason=resp.reason or "",
            protocol="HTTP/1.0" if resp.raw.version == 10 else "HTTP/1.1",
            # The payload is stored de-chunked, so the framing header would mislead replay tools.
            response_headers=tuple((k, v) for k, v in resp.raw.headers.items() if k.lower() != "transfer-encoding"),
            payload=payload,
            truncated=truncated,
            warc_date=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            request_body=(form or b"") if method == "POST" else b"",
        )

    def _read(self, resp: requests.Response, limit: int) -> tuple[bytes, bool]:
        """The raw payload up to `limit` bytes, and whether there was more."""
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            return b"", True
        allowed = self._settings.timeout[1] * BODY_TIME_FACTOR
        body_ends = self._body_clock() + allowed
        buf = bytearray()
        # read1, not stream(): stream(n) returns only once n bytes have come, so a server
        # dripping a few bytes per read timeout would never meet the deadline check.
        while chunk := resp.raw.read1(_READ_CHUNK, decode_content=False):
            buf += chunk
            if len(buf) > limit:
                return bytes(buf[:limit]), True
            if self.deadline is not None and self._clock() > self.deadline:
                raise _Failure(outcomes.TIMEOUT, f"{OUT_OF_TIME}: body incomplete after {len(buf)} bytes")
            if self._body_clock() > body_ends:
                raise requests.exceptions.ReadTimeout(f"body not complete after {allowed:.0f} s")
        return bytes(buf), False

    def _left(self) -> float:
        """Seconds until the crawl's deadline (a socket timeout needs > 0); raises when it has passed."""
        if self.deadline is None:
            return float("inf")
        left = self.deadline - self._clock()
        if left <= 0:
            raise _Failure(outcomes.TIMEOUT, OUT_OF_TIME)
        return left

    def _limiter_deadline(self) -> float | None:
        """The deadline on the pacer's clock (time.monotonic()): the time left on the crawl's, from now."""
        return None if self.deadline is None else time.monotonic() + (self.deadline - self._clock())

    def _proxies_for(self, url: str) -> dict[str, str]:
        """The proxies the environment sets for `url`'s host (honouring no_proxy), read once per host."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        proxies = self._proxies.get(origin)
        if proxies is None:
            proxies = self._proxies[origin] = requests.utils.get_environ_proxies(origin + "/")
        return proxies

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.trust_env = False  # the environment's proxies and CA bundle are passed per request
            session.headers.update({
                "User-Agent": self._settings.full_user_agent,
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                "Accept-Encoding": ACCEPT_ENCODING,
                "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5",
            })
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session
