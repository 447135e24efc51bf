"""Every sample-site template crawled as shipped (`--render auto`), counted on the server (issue 13):
each resource is requested once (no HEAD then GET, no `dir/` beside `dir/index.html`, an
attachment or image checked once however many pages link it), and Chromium is asked for only by
the pages a template draws by script (gkmlpt's catalogue app), never by the others (their 政策解读
list pages carry their own heading, which is not an empty 相关解读 box)."""

from __future__ import annotations

import re
import threading
from collections import Counter

import pytest

from govaudit.crawl.crawler import crawl_site
from govaudit.settings import CrawlSettings
from tests.sites import TEMPLATES
from tests.sites.server import _Handler, serve_site


# Pages of a template that only a browser can draw: gkmlpt's /gkmlpt/index, an empty app mount.
SCRIPT_DRAWN = {"gkmlpt": 1}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_each_resource_is_requested_once_and_no_page_is_rendered(name, tmp_path, monkeypatch):
    seen: Counter[tuple[str, str]] = Counter()
    lock = threading.Lock()
    serve = _Handler._serve

    def counted(self: _Handler, send_body: bool) -> None:
        with lock:
            seen[(self.command, self.path)] += 1
        serve(self, send_body)

    monkeypatch.setattr(_Handler, "_serve", counted)
    with serve_site(TEMPLATES[name][0]("small")) as base:
        summary = crawl_site(base, tmp_path / "out", CrawlSettings(rate=0, concurrency=8, render="auto"))
    assert summary.reason is None and summary.fetched > 90
    assert [key for key, n in seen.items() if n > 1] == []
    methods: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}
    for method, path in seen:
        methods.setdefault(path, set()).add(method)
        forms.setdefault(re.sub(r"(^|/)index\.s?html?(?=$|\?)", r"\1", path), set()).add(path)
    assert [path for path, ms in methods.items() if len(ms) > 1] == []
    assert [paths for paths in forms.values() if len(paths) > 1] == []
    assert summary.renders.get("rendered", 0) == SCRIPT_DRAWN.get(name, 0), summary.renders
    assert set(summary.renders) <= {"static", "rendered"}, summary.renders
