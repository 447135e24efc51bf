"""The sample sites' fault injector (tests/sites/server.py Faults): which URLs fault is fixed by
the seed, the home page and robots.txt are spared, transient faults go away when asked again,
persistent ones stay, and each answers as its real counterpart does."""

from __future__ import annotations

import http.client
import re
import socket
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from govaudit import pipeline
from govaudit.crawl import outcomes, politeness
from govaudit.settings import CrawlSettings
from tests.sites import TEMPLATES
from tests.sites.scoring import score
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


@pytest.mark.parametrize("kind", [k for k in PERSISTENT if k.startswith("waf")])
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


# --- end to end: the dept sample site audited as test_template_findings does, its server faulting ---

RATE, SEED = 0.08, 1  # dept small: its logo and banner, the 解读 and 通知公告 list pages, a 规范性文件 among them


def _audit(site, tmp: Path, faults: Faults | None, timeout: tuple[float, float] = (10.0, 30.0)):
    with serve_site(site, faults) as base:
        pipeline.crawl(base, tmp, CrawlSettings(rate=0, concurrency=4, max_time=120, timeout=timeout))
    pipeline.build(tmp)
    return pipeline.check(tmp, site.as_of), base


def _verdicts(results: dict) -> dict[tuple[str, str], str]:
    return {(rule["id"], _LOOPBACK.sub("", f["subject"])): f["status"] for rule in results["rules"] for f in rule.get("results", [])}


_LOOPBACK = re.compile(r"https?://127\.0\.0\.1:\d+")


@pytest.fixture(scope="module")
def plain(site, tmp_path_factory):
    return _audit(site, tmp_path_factory.mktemp("plain"), None)[0]


@pytest.fixture
def quick_retries(monkeypatch):
    monkeypatch.setattr(politeness, "BACKOFF_BASE", 0.2)  # a retry's wait, not what it shows


@pytest.mark.parametrize("kind", TRANSIENT)
def test_a_transient_fault_leaves_every_verdict_as_on_the_plain_site(site, plain, tmp_path, kind, quick_retries):
    faults = Faults((kind,), RATE, SEED)
    assert faults.faulted(site.html_urls)
    results, _ = _audit(site, tmp_path, faults)
    assert _verdicts(results) == _verdicts(plain)
    assert (results["grade"], results["score"]) == (plain["grade"], plain["score"])


@pytest.mark.parametrize("kind", PERSISTENT)
def test_a_persistent_fault_makes_no_false_finding_and_says_what_was_lost(site, plain, tmp_path, kind, quick_retries):
    """What the faulted URLs hold is undecided, never a verdict: no finding outside the key, no veto the
    key does not support, and the coverage notes count the pages not read. (Before: the waf200 and waf501
    runs read 腾讯云's answer as a page of the site or as a broken image, and a refused 解读 list or
    年报 column left a document without 解读 or a year without its report failing.)"""
    faults = Faults((kind,), RATE, SEED, delay=2.0)
    results, base = _audit(site, tmp_path, faults, timeout=(1.0, 1.0) if kind == "slow" else (10.0, 30.0))
    scores, vetoes = score(site, results, base)
    assert {family: s.false for family, s in scores.items() if s.false} == {}
    assert {rule for rule, status in vetoes.items() if status == "fail"} <= set(site.vetoes)
    assert any("未能读取" in note for note in results["coverage"]["notes"])
    moved = {k: (v, _verdicts(results).get(k)) for k, v in _verdicts(plain).items() if v != _verdicts(results).get(k)}
    assert moved and all(now in ("incomplete", None) for _, now in moved.values()), moved


def test_a_home_page_behind_a_waf_gets_no_grade(site, tmp_path):
    results, _ = _audit(site, tmp_path, Faults(("waf412",), 1.0, home=True))
    assert results["verdict"]["code"] == "not_audited" and results["grade"] != "合格"
    assert [r["code"] for r in results["verdict"]["reasons"]] == ["start_blocked"]
