"""Each stage imports only what it runs: `build`, `check` and `report` never load the crawl stack
(requests, Playwright glue, the crawler), `check` not the page reader or the archive either, and
neither `build` nor `check` the template engine. About 15 MiB of every stage's peak memory was
modules it never called; these tests keep that floor from silently coming back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govaudit.demo import DEMO_AS_OF
from tests.democrawl import crawl_demo

ROOT = Path(__file__).resolve().parents[1]
# Runs the CLI as a user would, then writes the names of the modules it imported.
_RUN = """
import json, sys
from govaudit.cli import main
try:
    main(sys.argv[2:], prog_name="govaudit")
except SystemExit as exc:
    if exc.code not in (0, 1, None):
        raise
with open(sys.argv[1], "w") as fh:
    json.dump(sorted(sys.modules), fh)
"""
CRAWL_STACK = {"requests", "urllib3", "playwright", "protego", "govaudit.crawl.crawler", "govaudit.crawl.fetcher",
               "govaudit.crawl.render", "govaudit.crawl.writer", "govaudit.crawl.robots"}
PAGE_READER = {"warcio", "sqlite3", "multiprocessing", "lxml", "charset_normalizer", "govaudit.crawl.snapshot",
               "govaudit.model.builder", "govaudit.model.readpages", "govaudit.model.extract.walk"}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A crawl of the demo site, no model built yet."""
    return crawl_demo(tmp_path_factory.mktemp("imports"), "out")


def _modules(tmp: Path, *args: str) -> set[str]:
    listing = tmp / "modules.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-P", "-c", _RUN, str(listing), *args], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {name.split(".")[0] if not name.startswith("govaudit.") else name for name in json.loads(listing.read_text())}


def test_stages_import_only_what_they_run(out: Path, tmp_path: Path):
    # in pipeline order: check finds no report to re-render, report renders them
    built = _modules(tmp_path, "build", str(out), "--jobs", "1", "--quiet")
    assert "lxml" in built and "govaudit.crawl.warcrecord" in built  # it did read the pages
    # the crawl's own records are read without warcio; msgspec decodes site.json: a reader's module
    assert not built & (CRAWL_STACK | {"jinja2", "warcio", "msgspec"})
    checked = _modules(tmp_path, "check", str(out), "--as-of", DEMO_AS_OF.isoformat(), "--quiet")
    assert "govaudit.engine" in checked
    assert not checked & (CRAWL_STACK | PAGE_READER | {"jinja2"})
    reported = _modules(tmp_path, "report", str(out), "--format", "html,md", "--quiet")
    assert "jinja2" in reported
    assert not reported & (CRAWL_STACK | PAGE_READER | {"msgspec"})
