"""A sidebar of the newest news beside every column's list is not the column's list.

Many portals show a side box (最新动态, 热点信息) of dated links on every column page. Its rows
outnumber a short list's, and the list reader took the container with the most dated rows: the
demo's empty 专项资金 read as listed (empty-columns passed, 82 instead of 80), and a stale
column with fewer rows than the box would read as fresh. The build now finds rows that the same
place of many columns' first pages shows and reads those pages again without them
(builder._without_sidebars), whatever the box is called."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from govaudit.demo.sitegen import generate_site
from tests.demovariants import audit, serve_folder, statuses


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    generate_site(root)
    return root


def _with_sidebar(demo: Path, root: Path, name: str) -> None:
    shutil.copytree(demo, root)
    news = sorted((demo / "xwzx/qyyw/202609").glob("t*.html"))[-5:]
    rows = "".join(f'<li><a href="/xwzx/qyyw/202609/{p.name}">{re.search(r"<title>(.*?)_", p.read_text(encoding="utf-8"))[1]}'
                   f'</a><span>2026-09-{p.name[7:9]}</span></li>' for p in news)
    box = f'<div class="{name}"><h3>最新动态</h3><ul>{rows}</ul></div>'
    for page in (root / "zwgk").rglob("index*.html"):
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace('<div class="column">', box + '<div class="column">', 1), encoding="utf-8")


@pytest.mark.parametrize("name", ["side", "x7f3a"])
def test_a_news_sidebar_on_every_column_page_changes_no_verdict(demo, tmp_path, name):
    with serve_folder(demo) as url:
        plain = audit(url + "/", tmp_path / "plain")
    _with_sidebar(demo, tmp_path / "site", name)
    with serve_folder(tmp_path / "site") as url:
        results = audit(url + "/", tmp_path / "out")
    assert (results["grade"], results["score"]) == (plain["grade"], plain["score"])
    assert statuses(results) == statuses(plain)
