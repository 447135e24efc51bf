"""Serve a generated SampleSite on 127.0.0.1 (never another address).

The demo's server maps URL paths to files and ignores query strings; Hanweb lists are
different resources per `?uid=…&pageNum=N` and the disclosure platform answers unknown
URLs with a status-200 error page, so the sample sites need their own lookup.

`Faults` makes the server answer as real government servers do on a bad day (a gateway's 502,
a rate limiter's 429, a connection cut mid-body, a WAF's challenge, an answer slower than the
crawler waits), for a share of the URLs chosen from a hash of (seed, path and query): the same
URLs fault on every run, and nothing is drawn at run time."""

from __future__ import annotations

import hashlib
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
import urllib.error
import urllib.request
from html import unescape
from urllib.parse import parse_qs, urljoin, urlsplit

from govaudit.demo.server import HOST, LoopbackServer
from tests.sites.model import SITE_HOST, Resource, SampleSite



# Faults that go away when the URL is asked again (the first request of a URL only): the audit
# retries them and must reach the plain run's verdicts.
TRANSIENT = ("transient", "ratelimit", "reset")
# Faults every request of the URL gets: what they hide was not observed (undecided, never a verdict).
# `truncated`: every answer's body cut halfway, delimited by the connection's close (no length
# announced, no chunks): the client cannot tell the half from a whole page.
PERSISTENT = ("waf412", "waf501", "waf200", "slow", "truncated")
FAULT_KINDS = TRANSIENT + PERSISTENT

# 瑞数 (Ruishu): HTTP 412, a `$_ts` script with its nsd/cd values, an `r="m"` meta and script and a
# cookie ending in S (the shape rs-reverse and the iv8 reverse notes in the library describe;
# values made up).
_RUISHU = (b'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           b'<meta id="9DhefwqGPrzGxEp9hPaoag" content="Q3L5eXh_QqfJc1oQnSxK4yzrA7Vn" r="m">'
           b'<script type="text/javascript" r="m">$_ts=window[\'$_ts\'];if(!$_ts)$_ts={};$_ts.nsd=58431;'
           b'$_ts.cd="qxaerrAlWsaqhA3zraL3Hqqzr10ccfGzqqlQHqqzrP0ocfGzrAlEHqqzmn0qcfGZqc0DmnZYxuEErkqZ";</script>'
           b'<script type="text/javascript" charset="utf-8" src="/H9Ml1X1DHajj/c2Fmnqw8b5Xs.b4c45da.js" r="m">'
           b'</script></head><body></body></html>')
# 腾讯云 WAF: HTTP 501 and a script sending the visitor to its block page (「您的访问被拦截」), as
# a user's log in the library quotes it from web.ifzq.gtimg.cn (the id made up); the same body
# comes at status 200 too (a stock-data client's test of it).
_TENCENT = (b'<!DOCTYPE html><html><head><script>var i=location.href;var v=window.btoa?window.btoa('
            b'window.encodeURIComponent(i)):"";window.location.href="https://waf.tencent.com/501page.html?u="+'
            b'location.origin+"&id=1b5cfa348bdfe54f018dcc316bcbf1cf-1697099164938977-85119-139672863803136&st=01&v="+v;'
            b'</script></head></html>')
# Status-200 block pages of WAFs government hosts run: 安全狗's (tests/crawl/test_soft404.py SAFEDOG),
# 云锁's (`yunsuologo`), a cloud WAF's 访问异常 notice, 腾讯云's redirect to its block page.
_BLOCK_PAGES = (
    """<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>网站防火墙</title></head>
<body><div style="margin: 0 auto; width:1000px; padding-top:70px;"><div style="width:600px; float:left;">
<div style="height:40px; line-height:40px; color:#fff;">网站防火墙 </div><div style="border:1px dashed #cdcece;">
<p><span style="font-weight:600; color:#fc4f03;">您的请求带有不合法参数，已被网站管理员设置拦截！</span></p>
<p>可能原因：您提交的内容包含危险的攻击请求</p><p>如何解决：</p>
<ul><li>1）检查提交内容；</li><li>2）如网站托管，请联系空间提供商；</li><li>3）普通网站访客，请联系网站管理员；</li></ul>
</div></div></div></body></html>""".encode(),
    '<html><head><title>403</title></head><body><img class="yunsuologo" src="/yunsuo/logo.png">'
    "<p>您的访问被拒绝</p></body></html>".encode(),
    '<html><head><meta charset="utf-8"></head><body>访问异常，请稍后再试</body></html>'.encode(),
    _TENCENT,
)


@dataclass(frozen=True)
class Faults:
    """Which URLs a hostile server faults, and how: `kinds` (of FAULT_KINDS), for a share `rate`
    of the URLs, chosen by a hash of (`seed`, path and query). The home page ("/", where it
    redirects) and robots.txt are exempt unless `home`. A `slow` answer comes after `delay` seconds
    (set the crawler's timeout below it)."""

    kinds: tuple[str, ...]
    rate: float
    seed: int = 0
    home: bool = False
    delay: float = 5.0

    def __post_init__(self) -> None:
        if unknown := [k for k in self.kinds if k not in FAULT_KINDS]:
            raise ValueError(f"unknown fault {unknown[0]!r}; choose from {', '.join(FAULT_KINDS)}")
        if not self.kinds or not 0 <= self.rate <= 1:
            raise ValueError("faults need at least one kind and a rate between 0 and 1")

    def _digest(self, target: str) -> bytes:
        return hashlib.sha256(f"{self.seed}\0{target}".encode()).digest()

    def kind(self, target: str) -> str | None:
        """The fault of root-relative `target` (path and query), or None: the same on every run."""
        digest = self._digest(target)
        if int.from_bytes(digest[:8], "big") / 2**64 >= self.rate:
            return None
        return self.kinds[digest[8] % len(self.kinds)]

    def variant(self, target: str, n: int) -> int:
        """Which of `n` forms of its fault `target` gets (a 502 or a 503, the way a body is cut)."""
        return self._digest(target)[9] % n

    def faulted(self, targets: Iterator[str] | list[str]) -> dict[str, str]:
        """The faulted ones of `targets`, with their fault."""
        return {t: k for t in targets if (k := self.kind(t)) is not None}


class _Handler(BaseHTTPRequestHandler):
    site: SampleSite
    faults: Faults | None = None
    exempt: frozenset[str] = frozenset()
    asked: Counter[str]  # requests per target so far (transient faults hit the first only)
    lock: threading.Lock
    server_version = "sample-site/1"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._serve(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(send_body=False)

    def do_POST(self) -> None:  # noqa: N802
        """A form post (ASP.NET postbacks): sites that answer one define `post`; others say 405."""
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("latin-1")).items()}
        post = getattr(self.site, "post", None)
        res = post(parts.path or "/", parts.query, form) if post else Resource(b"", "text/plain", 405)
        self.send_response(res.status)
        self.send_header("Content-Type", res.content_type)
        self.send_header("Content-Length", str(len(res.body)))
        self.end_headers()
        self.wfile.write(res.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base signature
        pass

    def _serve(self, send_body: bool) -> None:
        parts = urlsplit(self.path)
        res = self.site.lookup(parts.path or "/", parts.query)
        body = res.body
        if SITE_HOST.encode() in body:  # a page naming its own host (tests/sites/mutate.py's links)
            body = body.replace(SITE_HOST.encode(), f"{HOST}:{self.server.server_address[1]}".encode())
        if self.faults is not None and self._fault(parts.path or "/", parts.query, res, body, send_body):
            return
        self.send_response(res.status)
        if res.location:
            self.send_header("Location", res.location)
        self.send_header("Content-Type", res.content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _fault(self, path: str, query: str, res: Resource, body: bytes, send_body: bool) -> bool:
        """Answer with this target's fault, if it has one now; False: serve it as it is."""
        assert self.faults is not None
        target = path + (f"?{query}" if query else "")
        if target in self.exempt and not self.faults.home:
            return False
        kind = self.faults.kind(target)
        with self.lock:
            self.asked[target] += 1
            first = self.asked[target] == 1
        if kind is None or (kind in TRANSIENT and not first):
            return False
        variant = self.faults.variant(target, 4)
        if kind == "transient":
            status = (502, 503)[variant % 2]
            self._answer(status, f"<html><head><title>{status}</title></head><body><center><h1>{status} "
                         f"{'Bad Gateway' if status == 502 else 'Service Temporarily Unavailable'}</h1></center>"
                         "<hr><center>nginx</center></body></html>".encode(), send_body)
        elif kind == "ratelimit":
            self._answer(429, b"<html><body><h1>429 Too Many Requests</h1></body></html>", send_body, {"Retry-After": "1"})
        elif kind == "waf412":
            self._answer(412, _RUISHU, send_body, {"Set-Cookie": "FSSBBIl1UgzbN7NS=5Wq3Xhf0; Path=/; HttpOnly"})
        elif kind == "waf501":
            self._answer(501, _TENCENT, send_body)
        elif kind == "waf200":
            self._answer(200, _BLOCK_PAGES[variant], send_body)
        elif kind == "slow":
            time.sleep(self.faults.delay)  # past the crawler's timeout: it has hung up by now
            try:
                self._answer(res.status, body, send_body, {"Location": res.location} if res.location else {},
                             res.content_type)
            except OSError:
                pass
        elif kind == "truncated":
            self._cut(res, body, send_body, 3)
        else:  # reset: the body cut halfway and the connection closed
            self._cut(res, body, send_body, variant % 3)
        return True

    def _answer(self, status: int, body: bytes, send_body: bool, headers: dict[str, str] | None = None,
                content_type: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _cut(self, res: Resource, body: bytes, send_body: bool, form: int) -> None:
        """Half of `body` and the connection closed: announced by its length (0), as one chunk of its
        size (1), delimited by the close and ended by a reset (2) or closed as if whole (3). A HEAD
        gets no answer at all, but in form 3, its headers."""
        self.close_connection = True
        if send_body:
            self.send_response(res.status)
            self.send_header("Content-Type", res.content_type)
            if form == 0:
                self.send_header("Content-Length", str(len(body)))
            elif form == 1:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write((b"%x\r\n" % len(body) if form == 1 else b"") + body[: len(body) // 2])
            self.wfile.flush()
        elif form == 3:
            self.send_response(res.status)
            self.send_header("Content-Type", res.content_type)
            self.send_header("Connection", "close")
            self.end_headers()
        if form == 3:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        elif form == 2 or not send_body:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        else:
            self.connection.shutdown(socket.SHUT_RDWR)


def _home_targets(site: SampleSite) -> frozenset[str]:
    """The home page's targets a fault spares unless asked: "/", where it redirects, robots.txt."""
    targets = {"/", "/robots.txt"}
    home = site.lookup("/", "")
    if home.location:
        parts = urlsplit(urljoin("http://site/", home.location))
        targets.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return frozenset(targets)


@contextmanager
def serve_site(site: SampleSite, faults: Faults | None = None) -> Iterator[str]:
    """Serve `site` on a free loopback port, answering as `faults` say if given; yields
    'http://127.0.0.1:PORT/' and always shuts the server down on exit."""
    handler = type("SampleSiteHandler", (_Handler,), {"site": site, "faults": faults, "exempt": _home_targets(site),
                                                      "asked": Counter(), "lock": threading.Lock()})
    httpd = LoopbackServer((HOST, 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              name="sample-site-server", daemon=True)
    try:
        thread.start()
        yield f"http://{HOST}:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def site_path(page: str, ref: str) -> str:
    """The root-relative path (and query) `ref`, as written in the page at root-relative `page`
    (entities and all), leads to."""
    parts = urlsplit(urljoin("http://site" + page, unescape(ref)))
    return parts.path + (f"?{parts.query}" if parts.query else "")


def fetch_page(base: str, url: str, encoding: str) -> str:
    """The text of root-relative `url` on the site served at `base`, which must answer 200."""
    status, _, body = fetch(base, url)
    assert status == 200, url
    return body.decode(encoding)


def fetch(base: str, url: str) -> tuple[int, str, bytes]:
    """(status, Content-Type, body) of root-relative `url` (as written in a page: entities
    unescaped) on the site served at `base`; an error status is an answer, not an exception."""
    try:
        with urllib.request.urlopen(base.rstrip("/") + unescape(url), timeout=10) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()
