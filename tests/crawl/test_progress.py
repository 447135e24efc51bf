"""Crawl progress when not on a terminal: plain lines with a line per host, or JSON lines (--log-format json)."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from govaudit.cli import main
from tests.crawl.sitekit import html, write_site

N = 30


def _two_hosts(tmp_path, serve):
    """A home page linking to 2 pages on another allowed host (one missing), then to N pages on its own."""
    other = serve(write_site(tmp_path / "other", {"a.html": html()}))
    root = write_site(tmp_path / "site", {
        "index.html": html((other.url + "a.html", "数据"), (other.url + "gone.html", "失效"),
                           *((f"/p{i}.html", f"第{i}篇") for i in range(N))),
        **{f"p{i}.html": html() for i in range(N)},
    })
    site = serve(root)
    return site, other.url.split("//")[1].rstrip("/")


def _crawl(site, other: str, out, *extra: str):
    result = CliRunner().invoke(main, ["crawl", site.url, "--out", str(out), "--rate", "0", "--ignore-robots",
                                       "--concurrency", "1", "--allow-host", other, *extra])
    assert result.exit_code == 0, result.output
    return result.stderr


def test_json_log_lines_with_counts_per_host(tmp_path, serve):
    site, other = _two_hosts(tmp_path, serve)
    events = [json.loads(line) for line in _crawl(site, other, tmp_path / "out", "--log-format", "json").splitlines()]
    progress, done = events[:-1], events[-1]
    assert [e["fetched"] for e in progress] == [25] and progress[0]["event"] == "progress"
    assert progress[0]["per_second"] > 0 and set(progress[0]) >= {"queued", "non_ok", "hosts"}
    host = site.url.split("//")[1].rstrip("/")
    assert done.pop("seconds") > 0
    assert done == {"event": "done", "fetched": N + 3, "reason": None, "by_outcome": {"not_found": 1, "ok": N + 2},
                    "cutoffs": {}, "refused": {}, "renders": {"static": N + 2}, "render_seconds": 0.0,
                    "hosts": {host: {"fetched": N + 1, "non_ok": 0}, other: {"fetched": 2, "non_ok": 1}}}


def test_plain_log_lines_name_each_host(tmp_path, serve):
    site, other = _two_hosts(tmp_path, serve)
    lines = _crawl(site, other, tmp_path / "out").splitlines()
    host = site.url.split("//")[1].rstrip("/")
    assert re.fullmatch(r"crawl: fetched 25, queued \d+, non-ok 1, [\d.]+/s", lines[0])
    assert lines[1:] == [f"crawl:   {host}: fetched 23, non-ok 0", f"crawl:   {other}: fetched 2, non-ok 1",
                         f"crawl: done, {N + 3} fetched"]
