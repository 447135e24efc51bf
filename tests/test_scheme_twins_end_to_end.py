"""A site served both by http and https, its pages linked or redirected both ways, is one site,
each page crawled once, end to end (probes4). The demo is served as `bailu.test` on ports 80 and
443 as a browser would reach them: the name is resolved to two loopback servers (plain and TLS,
self-signed, hence --insecure) by a stand-in for socket.getaddrinfo, so every address carries its
scheme's default port as a real site's does.

A site moved to https keeps the absolute http:// links its editors wrote into pages, lists and
menus (and an old https link stays in a site moved back). Before (probes of 8b450d8): one
column's 301 to https, or a home page linking its columns by the other scheme, made the crawl read
the whole site a second time under the other scheme — 168 more requests — and read the other
scheme's home page as a column named 首页: meta-tags **pass → fail**, the stale columns counted
twice (stale-columns-veto and empty-columns-veto pass → warn, two more like it and the site would
have been vetoed), and with the columns linked by http from an https home, four documents'
links to their interpretations unmatched: interpretation-not-linked **pass → fail** on each."""

from __future__ import annotations

import json
import socket
import ssl
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF
from tests.crawl.sitekit import Route, start_site, stop_site
from tests.test_waf_end_to_end import demo, plain  # noqa: F401 (fixtures)

HOST = "bailu.test"
HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> ssl.SSLContext:
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={HOST}",
                    "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


def _home_linking(root: Path, scheme: str) -> Route:
    body = (root / "index.html").read_text(encoding="utf-8").replace('href="/zwgk/', f'href="{scheme}://{HOST}/zwgk/').encode()
    return lambda method, n: (200, HTML, body)


def _audit_both(root: Path, out: Path, monkeypatch, tls: ssl.SSLContext, start: str | None,
                http: dict[str, Route], https: dict[str, Route], options: list[str] = ()) -> tuple[dict, int]:
    """Audit `start` (None: resume the crawl in `out`) with `HOST` served by http (port 80) and
    https (port 443); (results, requests)."""
    sites = {80: start_site(root, http), 443: start_site(root, https, tls=tls)}
    real = socket.getaddrinfo

    def resolve(host, port, *args, **kwargs):
        if host == HOST:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", sites[int(port)].server.server_address[1]))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    try:
        where = ["--resume", str(out)] if start is None else [start, "--out", str(out)]
        result = CliRunner().invoke(main, ["audit", *where, "--as-of", DEMO_AS_OF.isoformat(), "--rate", "0", "--insecure",
                                           *options])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return json.loads((out / "results.json").read_text(encoding="utf-8")), sum(len(s.hits) for s in sites.values())
    finally:
        monkeypatch.setattr(socket, "getaddrinfo", real)
        for site in sites.values():
            stop_site(site)


CASES = {
    "a column redirected to https": ("http", {"/zwgk/tzgg/": lambda m, n: (301, {"Location": f"https://{HOST}/zwgk/tzgg/"}, b"")}, {}),
    "an http home linking its columns by https": ("http", {"/": "https"}, {}),
    "an https home linking its columns by http": ("https", {}, {"/": "http"}),
}


@pytest.mark.parametrize("case", CASES)
def test_a_site_linked_by_both_schemes_is_one_site_crawled_once(demo, plain, tmp_path, monkeypatch, tls, case):
    scheme, http, https = CASES[case]
    http = {path: _home_linking(demo, r) if isinstance(r, str) else r for path, r in http.items()}
    https = {path: _home_linking(demo, r) if isinstance(r, str) else r for path, r in https.items()}
    results, requests = _audit_both(demo, tmp_path / "out", monkeypatch, tls, f"{scheme}://{HOST}/", http, https)
    assert [(r["id"], r["status"]) for r in results["rules"]] == [(r["id"], r["status"]) for r in plain["rules"]]
    assert results["score"] == plain["score"]
    assert requests <= 175  # the plain demo: 167; a second crawl under the other scheme was 330 and more


def test_a_crawl_resumed_keeps_the_scheme_the_start_url_led_to(demo, plain, tmp_path, monkeypatch, tls):
    # http://bailu.test/ sends every visitor to https: the pages are keyed by https from the start
    # page on, and a crawl stopped after 5 pages and resumed must go on so (crawl meta "scheme").
    http = {"/": lambda m, n: (301, {"Location": f"https://{HOST}/"}, b"")}
    out = tmp_path / "out"
    first = _audit_both(demo, out, monkeypatch, tls, f"http://{HOST}/", http, {}, ["--max-pages", "5"])[1]
    results, requests = _audit_both(demo, out, monkeypatch, tls, None, http, {}, ["--max-pages", "1000"])
    assert [(r["id"], r["status"]) for r in results["rules"]] == [(r["id"], r["status"]) for r in plain["rules"]]
    # the plain demo's 167, the start's redirect, robots.txt by both schemes, the resumed start: 172;
    # keyed by http again after the resume, ten pages were fetched a second time
    assert first + requests <= 175, (first, requests)
