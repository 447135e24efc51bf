"""Redirect stubs end to end (crawl/clientredirect.py): a home page or a column page that only
sends its visitor on is audited as the page it sends to, as a 302 would be. Before, a stubbed
home page gave 无法评估 (no column linked) and a stubbed column lost its documents, so its
stale-column defect went unreported and the score rose. Also: the page a start URL redirects
to is the home page, not a column named 首页 lacking ColumnDescription (meta-tags); and a column
that redirects (a stub or a 301) is one column, not two (builder._fold_redirects)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.crawl import SnapshotReader
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.sitegen import generate_site
from tests.crawl.sitekit import Route, start_site, stop_site

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _page(body: str | bytes) -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return lambda method, n: (200, HTML, data)


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    generate_site(root)
    return root


def _audit(root: Path, out: Path, routes: dict[str, Route]) -> tuple[dict, str]:
    site = start_site(root, routes)
    try:
        result = CliRunner().invoke(main, ["audit", site.url, "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(),
                                           "--rate", "0", "--concurrency", "2"])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    finally:
        stop_site(site)
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    return results, site.url


def _verdict(results: dict) -> tuple:
    failing = sorted(r["id"] for r in results["rules"] if r["status"] == "fail")
    return results["grade"], results["score"], failing


@pytest.fixture(scope="module")
def plain(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    results, _ = _audit(site_dir, tmp_path_factory.mktemp("plain") / "out", {})
    assert results["grade"] == "合格" and "notice-column-stale" in _verdict(results)[2]
    return _verdict(results)


def _home_stubs(root: Path) -> Iterator[tuple[str, dict[str, Route], str]]:
    """(name, routes, the path the start URL ends on)."""
    home = (root / "index.html").read_bytes()
    yield "script", {"/": _page('<html><head><title>白鹭区</title><script>window.location.href="/portal.html";'
                                '</script></head><body></body></html>'), "/portal.html": _page(home)}, "/portal.html"
    yield "refresh", {"/": _page('<html><head><meta http-equiv="refresh" content="0; url=/portal.html"></head>'
                                 '<body>正在跳转……</body></html>'), "/portal.html": _page(home)}, "/portal.html"
    yield "frame", {"/": _page('<html><head><title>白鹭区人民政府</title></head><frameset rows="*">'
                               '<frame src="/portal.html"></frameset></html>'), "/portal.html": _page(home)}, "/portal.html"
    yield "http302", {"/": lambda m, n: (302, {"Location": "/portal.html"}, b""), "/portal.html": _page(home)}, "/portal.html"


@pytest.mark.parametrize("name", ["script", "refresh", "frame", "http302"])
def test_a_stubbed_home_page_is_audited_as_the_page_it_sends_to(site_dir, tmp_path, plain, name):
    routes, end = next((r, e) for n, r, e in _home_stubs(site_dir) if n == name)
    results, url = _audit(site_dir, tmp_path / "out", routes)
    assert _verdict(results) == plain  # same grade, score and failing rules as the site served plainly
    with SnapshotReader(tmp_path / "out") as reader:
        start = reader.get(url)
        assert start.final_url == url.rstrip("/") + end and reader.body(start) == (site_dir / "index.html").read_bytes()
    site = json.loads((tmp_path / "out" / "site.json").read_text(encoding="utf-8"))
    assert {p["kind"] for p in site["pages"] if p["url"] in (url, url.rstrip("/") + end)} == {"home"}


_COLUMN_STUBS: dict[str, Route] = {
    "stub": _page('<html><body><SCRIPT> location.href="/zwgk/tzgg/list.html";</SCRIPT></body></html>'),
    "http301": lambda m, n: (301, {"Location": "/zwgk/tzgg/list.html"}, b""),
    # A Refresh header (nginx `add_header Refresh '…'`), its body empty: before (probes of 8e63c65) the
    # column vanished from the report, its stale failure with it (80 → 82).
    "refresh_header": lambda m, n: (200, {**HTML, "Refresh": "0; url=/zwgk/tzgg/list.html"}, b""),
}


@pytest.mark.parametrize("how", list(_COLUMN_STUBS))
def test_a_column_that_redirects_keeps_its_documents_and_its_defects_once(site_dir, tmp_path, plain, how):
    # fgw.shandong.gov.cn's /col/col91475/index.html is such a placeholder column page. Its target,
    # indexed beside it (one fetch), is the same list: one column, not two stale 通知公告 (-2 points).
    stub = _COLUMN_STUBS[how]
    routes = {"/zwgk/tzgg/": stub, "/zwgk/tzgg/index.html": stub,
              "/zwgk/tzgg/list.html": _page((site_dir / "zwgk/tzgg/index.html").read_bytes())}
    results, _ = _audit(site_dir, tmp_path / "out", routes)
    assert _verdict(results) == plain
