"""Shared fixtures for the demo-site tests: one generated site per test session."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from govaudit.demo.sitegen import generate_site


@pytest.fixture(scope="session")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bailu")
    generate_site(root)
    return root


@pytest.fixture(scope="session")
def demo_pages(demo_root: Path) -> dict[str, lxml.html.HtmlElement]:
    """{root-relative URL path ('/zwgk/' for zwgk/index.html): parsed page}."""
    pages = {}
    for file in sorted(demo_root.rglob("*.html")):
        rel = file.relative_to(demo_root).as_posix()
        is_index = rel == "index.html" or rel.endswith("/index.html")
        url = "/" + (rel[: -len("index.html")] if is_index else rel)
        pages[url] = lxml.html.fromstring(file.read_bytes())
    return pages
