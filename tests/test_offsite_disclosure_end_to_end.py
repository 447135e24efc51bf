"""The 政务公开 platform, or one of its columns, on another site: what the crawl never looked at is
undecided, never 未找到.

Many portals keep their disclosure platform on another host (xxgk.example.gov.cn, a province's
platform) or link single columns there (政策解读, 规范性文件). The demo site is served with its
/zwgk/ (or one column of it) on 127.0.0.2 while the portal is on 127.0.0.1. Before: with the hub
elsewhere, guide-current and normative-doc-cleanup failed (未找到); with 政策解读 elsewhere, every
policy document failed interpretation-missing; with 规范性文件 elsewhere, the normative-document
rules said 不适用 and the score rose to 85; with the guide elsewhere, guide-current failed.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.sitegen import generate_site

_SHARED = ("css", "js", "images", "attach")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def _serve(root: Path, host: str) -> Iterator[str]:
    server = ThreadingHTTPServer((host, 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    generate_site(root)
    return root


def _audit(demo: Path, tmp: Path, moved: str | None, *options: str) -> dict:
    """Audit the demo with `moved` (a folder such as zwgk/zcjd) served from another host; None: plainly."""
    portal, other = tmp / "portal", tmp / "other"
    shutil.copytree(demo, portal)
    other.mkdir()
    if moved:
        shutil.copytree(demo / moved, other / moved)
        for folder in _SHARED:
            if (demo / folder).exists():
                shutil.copytree(demo / folder, other / folder)
    with _serve(portal, "127.0.0.1") as a, _serve(other, "127.0.0.2") as b:
        if moved:
            for page in portal.rglob("*.html"):
                page.write_text(page.read_text(encoding="utf-8").replace(f'href="/{moved}/', f'href="{b}/{moved}/'),
                                encoding="utf-8")
            shutil.rmtree(portal / moved)
            back = re.compile(r'href="/(?!' + re.escape(moved) + "/|" + "|".join(f"{f}/" for f in _SHARED) + ")")
            for page in other.rglob("*.html"):  # the other site links the portal's pages on the portal
                page.write_text(back.sub(f'href="{a}/', page.read_text(encoding="utf-8")), encoding="utf-8")
        args = [option.replace("OTHER", b.removeprefix("http://")) for option in options]
        result = CliRunner().invoke(main, ["audit", a + "/", "--out", str(tmp / "out"), "--as-of", DEMO_AS_OF.isoformat(),
                                           "--rate", "0", *args])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return json.loads((tmp / "out" / "results.json").read_text(encoding="utf-8"))


def _statuses(results: dict) -> dict[str, str]:
    return {r["id"]: r["status"] for r in results["rules"]}


@pytest.fixture(scope="module")
def plain(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return _audit(demo, tmp_path_factory.mktemp("plain"), None)


@pytest.mark.parametrize(("moved", "undecided"), [
    ("zwgk/zcjd", {"interpretation-missing"}),
    ("zwgk/gfxwj", {"normative-doc-metadata", "normative-doc-validity", "interpretation-missing"}),
    ("zwgk/zn", {"guide-current"}),
])
def test_a_disclosure_column_on_another_site_is_undecided_not_failed(demo, tmp_path, plain, moved, undecided):
    statuses = _statuses(_audit(demo, tmp_path, moved))
    failing = {rule for rule, status in statuses.items() if status == "fail"}
    assert failing <= {rule for rule, status in _statuses(plain).items() if status == "fail"}
    assert {rule for rule in undecided if statuses[rule] == "incomplete"} == undecided


def test_a_hub_on_another_site_gives_no_grade_and_fails_only_what_was_seen(demo, tmp_path, plain):
    results = _audit(demo, tmp_path, "zwgk")
    assert results["verdict"]["code"] == "incomplete" and results["score"] is None  # no grade
    statuses = _statuses(results)
    assert statuses["guide-current"] == statuses["normative-doc-cleanup"] == "incomplete"
    assert {rule for rule, status in statuses.items() if status == "fail"} <= {"news-column-stale", "broken-links"}


def test_with_allow_host_the_hub_on_another_site_is_audited_as_if_it_were_here(demo, tmp_path, plain):
    results = _audit(demo, tmp_path, "zwgk", "--allow-host", "OTHER")
    assert (results["grade"], results["score"]) == (plain["grade"], plain["score"])
    assert {r for r, s in _statuses(results).items() if s == "fail"} == {r for r, s in _statuses(plain).items() if s == "fail"}
