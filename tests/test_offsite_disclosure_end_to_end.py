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

import re
import shutil
from pathlib import Path

import pytest

from govaudit.demo.sitegen import generate_site
from tests.demovariants import audit, serve_folder, statuses

_SHARED = ("css", "js", "images", "attach")


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
    with serve_folder(portal) as a, serve_folder(other, "127.0.0.2") as b:
        if moved:
            for page in portal.rglob("*.html"):
                page.write_text(page.read_text(encoding="utf-8").replace(f'href="/{moved}/', f'href="{b}/{moved}/'),
                                encoding="utf-8")
            shutil.rmtree(portal / moved)
            back = re.compile(r'href="/(?!' + re.escape(moved) + "/|" + "|".join(f"{f}/" for f in _SHARED) + ")")
            for page in other.rglob("*.html"):  # the other site links the portal's pages on the portal
                page.write_text(back.sub(f'href="{a}/', page.read_text(encoding="utf-8")), encoding="utf-8")
        return audit(a + "/", tmp / "out", *(option.replace("OTHER", b.removeprefix("http://")) for option in options))


@pytest.fixture(scope="module")
def plain(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return _audit(demo, tmp_path_factory.mktemp("plain"), None)


@pytest.mark.parametrize(("moved", "undecided"), [
    ("zwgk/zcjd", {"interpretation-missing"}),
    ("zwgk/gfxwj", {"normative-doc-metadata", "normative-doc-validity", "interpretation-missing"}),
    ("zwgk/zn", {"guide-current"}),
])
def test_a_disclosure_column_on_another_site_is_undecided_not_failed(demo, tmp_path, plain, moved, undecided):
    got = statuses(_audit(demo, tmp_path, moved))
    failing = {rule for rule, status in got.items() if status == "fail"}
    assert failing <= {rule for rule, status in statuses(plain).items() if status == "fail"}
    assert {rule for rule in undecided if got[rule] == "incomplete"} == undecided


def test_a_hub_on_another_site_gives_no_grade_and_fails_only_what_was_seen(demo, tmp_path, plain):
    results = _audit(demo, tmp_path, "zwgk")
    assert results["verdict"]["code"] == "incomplete" and results["score"] is None  # no grade
    got = statuses(results)
    assert got["guide-current"] == got["normative-doc-cleanup"] == "incomplete"
    assert {rule for rule, status in got.items() if status == "fail"} <= {"news-column-stale", "broken-links"}


def test_with_allow_host_the_hub_on_another_site_is_audited_as_if_it_were_here(demo, tmp_path, plain):
    results = _audit(demo, tmp_path, "zwgk", "--allow-host", "OTHER")
    assert (results["grade"], results["score"]) == (plain["grade"], plain["score"])
    assert {r for r, s in statuses(results).items() if s == "fail"} == {r for r, s in statuses(plain).items() if s == "fail"}
