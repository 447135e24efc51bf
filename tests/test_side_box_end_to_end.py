"""A side box of the site's newest rows on every page, each page's rows its own, is no column's list.

County portals show a 最新动态 box of the site's newest news beside every page, documents included; a static
CMS writes it when it generates each page, so no two pages need show the same rows. The reader took the box
for the list of every column whose own list was shorter or absent, and for the list of static pages: under the
sample sites' `sidebox` mutation (tests/sites/mutate.py) empty columns were missed and static pages judged as
stale columns. The build now finds the block by its place and heading on documents and beside many columns'
lists (builder._site_boxes) and reads those column pages again without it. This test writes such a box into
every page of the demo site, each page showing a different five of the news, and expects every verdict
unchanged, subject by subject."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from govaudit.demo.sitegen import generate_site
from tests.demovariants import audit, serve_folder

_BODY = re.compile(r"<body[^>]*>", re.I)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    generate_site(root)
    return root


def _with_side_box(demo: Path, root: Path) -> int:
    """Copy the demo site to `root` with a 最新动态 box after every page's <body>; the pages written."""
    shutil.copytree(demo, root)
    news = sorted((demo / "xwzx/qyyw/202609").glob("t*.html"))
    rows = [f'<li><a href="/xwzx/qyyw/202609/{p.name}" target="_blank">'
            f'{re.search(r"<title>(.*?)_", p.read_text(encoding="utf-8"))[1]}</a><span>2026-09-{p.name[7:9]}</span></li>'
            for p in news]
    assert len(rows) >= 8
    written = 0
    for n, page in enumerate(sorted(root.rglob("*.html"))):
        text = page.read_text(encoding="utf-8")
        if not (body := _BODY.search(text)):
            continue
        shown = "".join(rows[(n + i) % len(rows)] for i in range(5))  # each page its own five, as generated
        box = f'<div class="right-box"><div class="right-tit"><h3>最新动态</h3></div><ul>{shown}</ul></div>'
        page.write_text(text[:body.end()] + box + text[body.end():], encoding="utf-8")
        written += 1
    return written


def _verdicts(results: dict) -> dict[tuple[str, str], str]:
    """(rule, subject without the server's address) -> status."""
    return {(rule["id"], re.sub(r"^https?://[^/]+", "", r["subject"])): r["status"]
            for rule in results["rules"] for r in rule["results"]}


def test_a_side_box_on_every_page_changes_no_verdict(demo: Path, tmp_path: Path) -> None:
    with serve_folder(demo) as url:
        plain = audit(url + "/", tmp_path / "plain")
    assert _with_side_box(demo, tmp_path / "site") > 100
    with serve_folder(tmp_path / "site") as url:
        boxed = audit(url + "/", tmp_path / "out")
    before, after = _verdicts(plain), _verdicts(boxed)
    assert {k: (before.get(k), after.get(k)) for k in before.keys() | after.keys() if before.get(k) != after.get(k)} == {}
    assert (boxed["grade"], boxed["score"]) == (plain["grade"], plain["score"])
