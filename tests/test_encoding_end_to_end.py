"""Pages whose bytes are not the charset they declare keep the verdict, end to end on loopback:
the demo with 通知公告 and 行政规范性文件 (lists and documents) served as GBK bytes under the
template's `<meta charset="utf-8">` (with and without a UTF-8 Content-Type), and as UTF-8 bytes
under an old gb2312 declaration.

Before (probes of 91f8cd1): read as declared, the pages were mojibake: the stale 通知公告
vanished (notice-column-stale passed), every normative rule said 不适用 and the score rose
80 → 82; footer-identifiers failed on the unreadable footers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crawl.sitekit import Route
from tests.test_waf_end_to_end import _audit, demo, plain  # noqa: F401 (fixtures)


def _served(root: Path, header: str, meta: str, codec: str) -> dict[str, Route]:
    routes: dict[str, Route] = {}
    for folder in ("zwgk/tzgg", "zwgk/gfxwj"):
        for page in (root / folder).rglob("*.html"):
            text = page.read_text(encoding="utf-8").replace('<meta charset="utf-8">', meta, 1)
            body = text.encode(codec, errors="xmlcharrefreplace")
            route = (lambda b: lambda method, n: (200, {"Content-Type": header}, b))(body)
            path = "/" + page.relative_to(root).as_posix()
            routes[path] = route
            if path.endswith("/index.html"):
                routes[path.removesuffix("index.html")] = route
    return routes


@pytest.mark.parametrize("header, meta, codec", [
    ("text/html", '<meta charset="utf-8">', "gbk"),
    ("text/html; charset=utf-8", '<meta charset="utf-8">', "gbk"),
    ("text/html", '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "utf-8"),
], ids=["gbk-under-utf8-meta", "gbk-under-utf8-header-and-meta", "utf8-under-gb2312-meta"])
def test_misdeclared_pages_change_no_verdict(demo, plain, tmp_path, header, meta, codec):
    results = _audit(demo, tmp_path / "out", _served(demo, header, meta, codec))
    assert {r["id"]: r["status"] for r in results["rules"]} == {r["id"]: r["status"] for r in plain["rules"]}
    assert (results["grade"], results["score"]) == (plain["grade"], plain["score"])
