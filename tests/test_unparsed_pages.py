"""A page the tool's own readers fail on costs that page, not the audit: end to end on loopback,
the demo site audited with the crawl's page reader and the build's extractors raising on the
通知公告 column's list page (standing for any markup nobody foresaw).

Before: the exception ended the crawl (handed from the worker to the main thread) or the build
with a traceback, after the whole crawl, and no report was written. Now the crawl archives the
page without following its links, the build records it as `unparsed` (kind error, not observed),
every rule that needed it is 证据不足, the reports say how many pages could not be read and why,
and the log names the page and the error for a bug report."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.crawl import crawler
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.sitegen import generate_site
from govaudit.model import readpages
from govaudit.model.types import UNPARSED
from tests.crawl.sitekit import start_site, stop_site

TARGET = "/zwgk/tzgg/"


def _fails_on_target(real, url_of):
    def reader(*args, **kwargs):
        if url_of(*args, **kwargs).endswith(TARGET):
            raise IndexError("list index out of range")  # what an unforeseen markup shape raises
        return real(*args, **kwargs)
    return reader


def _audit(root: Path, out: Path) -> tuple[dict, str]:
    site = start_site(root)
    try:
        result = CliRunner().invoke(main, ["audit", site.url, "--out", str(out), "--as-of", DEMO_AS_OF.isoformat(),
                                           "--rate", "0"])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.output
        return json.loads((out / "results.json").read_text(encoding="utf-8")), result.output
    finally:
        stop_site(site)


def _subject(results: dict, rule: str, path: str) -> str:
    rule_out = next(r for r in results["rules"] if r["id"] == rule)
    return next(f["status"] for f in rule_out["results"] if f["subject"].endswith(path))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo")
    generate_site(root)
    return root


def test_a_page_the_readers_fail_on_is_reported_not_observed_and_the_audit_completes(
        demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    plain, _ = _audit(demo, tmp_path / "plain")
    monkeypatch.setattr(crawler, "parse", _fails_on_target(crawler.parse, lambda result, *a, **k: result.url))
    monkeypatch.setattr(readpages, "extract_page", _fails_on_target(readpages.extract_page, lambda text, url, **k: url))
    with caplog.at_level(logging.WARNING, logger="govaudit"):
        results, _ = _audit(demo, tmp_path / "out")

    assert _subject(plain, "notice-column-stale", TARGET) == "fail"
    assert _subject(results, "notice-column-stale", TARGET) == "incomplete"
    model = json.loads((tmp_path / "out" / "site.json").read_text(encoding="utf-8"))
    (page,) = [p for p in model["pages"] if p["url"].endswith(TARGET)]
    assert (page["kind"], page["outcome"]) == ("error", UNPARSED)
    assert not any(c["url"].endswith(TARGET) for c in model["columns"])
    # The rest of the site was read as before: the same documents, less those only the column's list links.
    before = json.loads((tmp_path / "plain" / "site.json").read_text(encoding="utf-8"))["documents"]
    paths = {d["url"].split("/", 3)[3] for d in model["documents"]}
    assert paths == {d["url"].split("/", 3)[3] for d in before if "/tzgg/" not in d["url"]}
    assert any("1 个未能读取" in note and "本工具未能解析该页面" in note for note in results["coverage"]["notes"])
    logged = [r.getMessage() for r in caplog.records]
    assert any(TARGET in m and "IndexError" in m and "links" in m for m in logged)  # the crawl's reader
    assert any(TARGET in m and "IndexError" in m and "not observed" in m for m in logged)  # the build's
