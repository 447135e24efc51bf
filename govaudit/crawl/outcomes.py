"""Classify every fetch into one outcome name; the crawl never crashes on a bad answer."""

from __future__ import annotations

import re

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
# Status 200 but not what the link promises (see crawl/soft404.py): broken links.
SOFT_404 = "soft_404"  # an error page (页面不存在, 404 in the title, one error body for many URLs)
WRONG_TYPE = "wrong_type"  # an HTML page served for a file URL (.pdf, .doc, .png …)
# Redirected to the home page: a removed page, or a visitor sent home (a referer or session
# check). Not the page linked, and not evidence either way: not observed.
REDIRECT_HOME = "redirect_home"
# The home page's very bytes served at another address (a catch-all that answers every unknown
# address with the home page, status 200): as a redirect home, not the page linked.
HOME_COPY = "home_copy"

ALL = (OK, NOT_FOUND, HTTP_ERROR, BLOCKED, TIMEOUT, UNREACHABLE, TLS_ERROR, TOO_LARGE,
       REDIRECT_LOOP, ROBOTS_DISALLOWED, ERROR, SOFT_404, WRONG_TYPE, REDIRECT_HOME, HOME_COPY)

# JS-challenge WAFs answer with a page that runs a script, sets a cookie and reloads: 瑞数
# (Ruishu, `$_ts`, usually HTTP 412), 加速乐 (`__jsl_clearance`, HTTP 521), Cloudflare
# ("Just a moment…"), cloud WAF interstitials (请稍候, 安全验证, 访问异常). Block pages of the
# WAFs Chinese government hosts run (安全狗 SafeDog, 云锁 Yunsuo, 创宇盾, 腾讯云, 华为云, 网宿,
# 宝塔/ngx_lua_waf) and rate limiters (访问过于频繁) answer 200 or 403 with a short notice.
# 腾讯云's WAF answers HTTP 501 (or 200) with a script sending the visitor on to
# waf.tencent.com/501page.html, which shows 「您的访问被拦截」 (users' logs and clients' tests in the library).
# They mean "blocked" (not observed), never "broken", and never a page of the site.
_SCRIPT_MARKERS = (b"$_ts", b"jsl_clearance", b"_jsl", b"cf-browser-verification", b"challenge-platform", b"cf_chl_",
                   b"Just a moment...", b"Just a moment\xe2\x80\xa6",
                   b"yunsuologo", b"safedog.cn", b"365cyd", b"waf.tencent-cloud.com", b"waf-static.tencent.com",
                   b"waf.tencent.com/501page")
_CHALLENGE_TEXTS = ("请稍候", "安全验证", "访问异常", "正在进行安全检查", "人机验证", "浏览器安全检查",
                    "网站防火墙", "已被网站管理员设置拦截", "已被网站管理员设置为拦截", "当前访问疑似黑客攻击",
                    "您的请求疑似攻击行为", "访问行为存在异常", "请求已被管理员设置的策略阻断", "已被腾讯云安全拦截",
                    "访问过于频繁", "请求过于频繁", "访问频率过高", "访问太频繁", "访问频繁", "您的访问被拦截")
_CHALLENGE_MARKERS = _SCRIPT_MARKERS + tuple(
    t.encode(codec) for t in _CHALLENGE_TEXTS for codec in ("utf-8", "gb18030")
)
# A cookie challenge of any vendor: a script sets a cookie and loads the page again (the body is
# nothing else; a page of the site shows text). Read only on a page with next to no visible text.
_COOKIE_RELOAD = re.compile(rb"document\.cookie\s*=.{0,2000}?(?:location\.(?:reload|replace|href|assign)|window\.location\s*=)",
                            re.S)
_CHALLENGE_STATUSES = (403, 405, 418, 501, 503, 521)
_SHORT_PAGE = 300  # characters of visible text: a challenge page shows next to none
_INVISIBLE = re.compile(rb"<(script|style|noscript)\b.*?</\1\s*>|<[^>]*>|&nbsp;|\s+", re.I | re.S)


def looks_like_challenge(body: bytes) -> bool:
    """True when a response body looks like a WAF challenge or block page."""
    return any(marker in body for marker in _CHALLENGE_MARKERS) or _cookie_challenge(body)


def _short(body: bytes) -> bool:
    return len(_INVISIBLE.sub(b"", body).decode("utf-8", "replace")) <= _SHORT_PAGE


def _cookie_challenge(body: bytes) -> bool:
    return len(body) <= 64 * 1024 and b"cookie" in body and _COOKIE_RELOAD.search(body) is not None and _short(body)


def _challenge_page(body: bytes) -> bool:
    """A status-200 challenge: a WAF marker on a page with next to no visible text, and for the
    plain phrases (请稍候 also says "redirecting, please wait") no link to follow either."""
    if len(body) > 512 * 1024 or not looks_like_challenge(body) or not _short(body):
        return False
    return any(m in body for m in _SCRIPT_MARKERS) or _cookie_challenge(body) or b"<a " not in body.lower()


def classify_status(status: int, body: bytes | None = None) -> str:
    """Outcome of a completed HTTP exchange with final `status` and decoded `body`. A 429 (too
    many requests, after its retries) refuses the crawler, as a WAF does: blocked, not broken."""
    if 200 <= status < 300:
        return BLOCKED if body and _challenge_page(body) else OK
    if status in (412, 429) or (status in _CHALLENGE_STATUSES and body and looks_like_challenge(body)):
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
    # here: the outcome names are read by every stage, the HTTP stack only by the crawl
    import socket
    import ssl

    import requests
    import urllib3.exceptions

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
