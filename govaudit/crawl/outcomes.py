"""Classify every fetch into one outcome name; the crawl never crashes on a bad answer."""

from __future__ import annotations

import socket
import ssl

import requests
import urllib3.exceptions

OK = "ok"
NOT_FOUND = "not_found"
HTTP_ERROR = "http_error"
BLOCKED = "blocked"
TIMEOUT = "timeout"
UNREACHABLE = "unreachable"
TLS_ERROR = "tls_error"
TOO_LARGE = "too_large"
REDIRECT_LOOP = "redirect_loop"
ROBOTS_DISALLOWED = "robots_disallowed"
ERROR = "error"

ALL = (OK, NOT_FOUND, HTTP_ERROR, BLOCKED, TIMEOUT, UNREACHABLE, TLS_ERROR, TOO_LARGE,
       REDIRECT_LOOP, ROBOTS_DISALLOWED, ERROR)

# Chinese WAFs (Ruishu's `$_ts` script, cloud WAF interstitials) answer 412, or
# 403/503 with a challenge page; these mean "blocked", not "broken".
_CHALLENGE_TEXTS = ("请稍候", "安全验证", "访问异常")
_CHALLENGE_MARKERS = (b"$_ts",) + tuple(
    t.encode(codec) for t in _CHALLENGE_TEXTS for codec in ("utf-8", "gb18030")
)


def looks_like_challenge(body: bytes) -> bool:
    """True when a response body looks like a WAF challenge page."""
    return any(marker in body for marker in _CHALLENGE_MARKERS)


def classify_status(status: int, body: bytes | None = None) -> str:
    """Outcome of a completed HTTP exchange with final `status` and decoded `body`."""
    if 200 <= status < 300:
        return OK
    if status == 412 or (status in (403, 503) and body and looks_like_challenge(body)):
        return BLOCKED
    if status in (404, 410):
        return NOT_FOUND
    if 400 <= status < 600:
        return HTTP_ERROR
    return ERROR


def is_transient_status(status: int) -> bool:
    """Statuses worth retrying: overload and server errors (501 Not Implemented is permanent)."""
    return status == 429 or (500 <= status < 600 and status != 501)


def classify_exception(exc: BaseException) -> tuple[str, bool, str]:
    """(outcome, transient, message) for an exception raised while fetching.

    The message is a short plain phrase, then ": " and the technical detail.
    Transient failures (timeouts, resets) are retried; DNS failures and refused
    connections are not: they will not go away in a few seconds.
    """
    chain = _causes(exc)
    detail = f"{type(exc).__name__}: {exc}"
    if any(isinstance(e, (requests.exceptions.SSLError, ssl.SSLError, urllib3.exceptions.SSLError)) for e in chain):
        return TLS_ERROR, False, f"TLS handshake or certificate failed: {detail}"
    if any(isinstance(e, (urllib3.exceptions.NameResolutionError, socket.gaierror)) for e in chain):
        return UNREACHABLE, False, f"the host name could not be resolved (DNS): {detail}"
    if any(isinstance(e, ConnectionRefusedError) for e in chain):
        return UNREACHABLE, False, f"the connection was refused: {detail}"
    # Checked before timeouts: urllib3's NewConnectionError subclasses its ConnectTimeoutError.
    if any(isinstance(e, urllib3.exceptions.NewConnectionError) for e in chain):
        return UNREACHABLE, False, f"no connection could be made: {detail}"
    if any(isinstance(e, (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError, TimeoutError)) for e in chain):
        return TIMEOUT, True, f"the server did not answer in time: {detail}"
    if any(isinstance(e, (ConnectionError, requests.exceptions.ConnectionError, urllib3.exceptions.ProtocolError))
           for e in chain):
        return UNREACHABLE, True, f"the connection was reset: {detail}"
    return ERROR, False, f"the fetch failed: {detail}"


def _causes(exc: BaseException) -> list[BaseException]:
    """`exc` and everything it wraps (requests nests urllib3 errors in args and __cause__)."""
    seen: list[BaseException] = []
    todo = [exc]
    while todo:
        e = todo.pop()
        if e in seen:
            continue
        seen.append(e)
        todo.extend(x for x in (e.__cause__, e.__context__, getattr(e, "reason", None)) if isinstance(x, BaseException))
        todo.extend(a for a in e.args if isinstance(a, BaseException))
    return seen
