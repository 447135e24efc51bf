"""The sample sites' fault injector (tests/sites/server.py Faults): which URLs fault is fixed by
the seed, the home page and robots.txt are spared, transient faults go away when asked again,
persistent ones stay, and each answers as its real counterpart does."""

from __future__ import annotations

import http.client
import socket
from urllib.parse import urlsplit

import pytest

from govaudit.crawl import outcomes
from tests.sites import TEMPLATES
from tests.sites.server import FAULT_KINDS, PERSISTENT, TRANSIENT, Faults, fetch, serve_site


@pytest.fixture(scope="module")
def site():
    return TEMPLATES["dept"][0]("small")


def test_the_faulted_urls_are_a_function_of_the_seed(site):
    urls = site.html_urls
    a, b = Faults(("waf412",), 0.1, seed=3), Faults(("waf412",), 0.1, seed=4)
    assert a.faulted(urls) == Faults(("waf412",), 0.1, seed=3).faulted(urls)
    assert set(a.faulted(urls)) != set(b.faulted(urls))
    assert 0.03 * len(urls) < len(a.faulted(urls)) < 0.2 * len(urls)
    mixed = Faults(FAULT_KINDS, 1.0).faulted(urls)
    assert set(mixed.values()) == set(FAULT_KINDS) and len(mixed) == len(urls)
    with pytest.raises(ValueError):
        Faults(("flaky",), 0.1)


def _raw(base: str, target: str, method: str = "GET") -> tuple[int, bytes] | str:
    """(status, body) of one request on a fresh connection, or the name of what went wrong."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=2)
    try:
        conn.request(method, target)
        resp = conn.getresponse()
        return resp.status, resp.read()
    except (OSError, http.client.HTTPException) as err:
        return type(err).__name__
    finally:
        conn.close()


def test_the_home_page_and_robots_are_spared_unless_asked(site):
    for home, expected in ((False, 200), (True, 412)):
        with serve_site(site, Faults(("waf412",), 1.0, home=home)) as base:
            assert _raw(base, "/")[0] == expected
            assert _raw(base, "/robots.txt")[0] in ((200, 404) if not home else (412,))


@pytest.mark.parametrize("kind", TRANSIENT)
def test_a_transient_fault_hits_the_first_request_only(site, kind):
    target = site.html_urls[0]
    with serve_site(site) as base:
        plain = fetch(base, target)
    with serve_site(site, Faults((kind,), 1.0)) as base:
        first = _raw(base, target)
        if kind == "transient":
            assert first[0] in (502, 503)
        elif kind == "ratelimit":
            assert first[0] == 429
        else:  # cut mid-body: the client sees the connection end before the body's end
            assert isinstance(first, str)
        assert fetch(base, target) == plain


@pytest.mark.parametrize("kind", [k for k in PERSISTENT if k != "slow"])
def test_a_waf_answer_stays_and_reads_as_blocked(site, kind):
    target = site.html_urls[0]
    with serve_site(site, Faults((kind,), 1.0)) as base:
        answers = [fetch(base, target) for _ in range(2)]
    assert answers[0] == answers[1]
    status, _, body = answers[0]
    assert status == {"waf412": 412, "waf501": 501, "waf200": 200}[kind]
    assert outcomes.classify_status(status, body) == outcomes.BLOCKED


def test_every_block_page_reads_as_blocked(site):
    """Each of waf200's block pages (the URL picks one) is a challenge to the crawler."""
    faults = Faults(("waf200",), 1.0)
    by_variant = {faults.variant(u, 4): u for u in site.html_urls}
    assert len(by_variant) == 4
    with serve_site(site, faults) as base:
        for target in by_variant.values():
            status, _, body = fetch(base, target)
            assert (status, outcomes.classify_status(status, body)) == (200, outcomes.BLOCKED), body[:80]


def test_a_slow_answer_comes_after_the_delay(site):
    target = site.html_urls[0]
    with serve_site(site, Faults(("slow",), 1.0, delay=1.0)) as base:
        parts = urlsplit(base)
        with socket.create_connection((parts.hostname, parts.port), timeout=0.3) as sock:
            sock.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            with pytest.raises(socket.timeout):
                sock.recv(10)
