"""A column whose page answers status 200 with nothing a browser shows as a web page is not
observed, end to end on loopback: the demo's 通知公告 list page (stale: newest 2026-02-10) served as
text/plain, as application/octet-stream, and as an empty body, audited as a user would.

Before (probes of 8e63c65): the page was kept as a page of kind "other", so the column vanished from
the report: notice-column-stale's failure and empty-columns' verdict were gone and the score rose
80 → 82 (a stale column turned into a better grade). A server missing its MIME map for a CMS's
extensionless or .shtml pages answers text/plain (the markup shown as text) or octet-stream (a
download); a failing backend or a WAF answers a crawler an empty 200. A gzip body cut off mid-stream
(a proxy dropping the rest, the length header counting what was sent) was read as the whole page: a
list cut before its rows, a page without its footer (an empty column's page cut so: footer-identifiers
failed ICP and 公安备案 for its template, a false fail); it is now a connection cut mid-body. The column's list was never
seen: incomplete, saying why. A blank home page is no site to grade."""

from __future__ import annotations

import gzip
from collections.abc import Iterator

import pytest

from tests.crawl.sitekit import Close, Route
from tests.test_waf_end_to_end import _audit, _rule, _subject, demo, plain  # noqa: F401 (fixtures)

ANSWERS = {  # how the list page is served -> the reason the findings give
    "text/plain; charset=utf-8": "返回的不是网页",
    "application/octet-stream": "返回的不是网页",
    "empty": "返回空白页面",
    "gzip cut": "连接中断",
    "length cut": "连接中断",  # probes3: a plain body closed before its Content-Length (urllib3 enforces it)
    "chunk cut": "连接中断",  # probes3: a chunked body closed mid-chunk
}


def _served(body: bytes, ctype: str, **headers: str) -> Route:
    head = {"Content-Type": ctype} | {k.replace("_", "-"): v for k, v in headers.items()}
    return lambda method, n: (200, head, body)


def _closed_midway(body: bytes, chunked: bool) -> Route:
    """The server announces `body` whole (its length, or one chunk of its size) and closes the
    connection halfway through it."""
    def stream() -> Iterator[bytes]:
        yield (b"%x\r\n" % len(body) if chunked else b"") + body[: len(body) // 2]
        raise Close()
    framing = {"Transfer-Encoding": "chunked"} if chunked else {"Content-Length": str(len(body))}
    return lambda method, n: (200, {"Content-Type": "text/html; charset=utf-8", **framing}, stream())


@pytest.mark.parametrize("answer", list(ANSWERS))
def test_a_column_page_that_is_no_web_page_leaves_the_column_unobserved(demo, plain, tmp_path, answer):
    listing = (demo / "zwgk/tzgg/index.html").read_bytes()
    if answer in ("length cut", "chunk cut"):
        route = _closed_midway(listing, chunked=answer == "chunk cut")
    elif answer == "gzip cut":  # a response cut off mid-body whose length the server declared as sent
        packed = gzip.compress(listing)
        route = _served(packed[: len(packed) // 5], "text/html; charset=utf-8", Content_Encoding="gzip")
    else:
        route = _served(b"", "text/html; charset=utf-8") if answer == "empty" else _served(listing, answer)
    results = _audit(demo, tmp_path / "out", {"/zwgk/tzgg/": route, "/zwgk/tzgg/index.html": route})
    assert _subject(plain, "notice-column-stale", "/zwgk/tzgg/") == "fail"
    for rule in ("notice-column-stale", "empty-columns"):
        (finding,) = [f for f in _rule(results, rule)["results"] if f["subject"].endswith("/zwgk/tzgg/")]
        assert finding["status"] == "incomplete" and ANSWERS[answer] in finding["message"]
    assert results["score_range"]["min"] < plain["score"] <= results["score_range"]["max"]


def test_a_blank_home_page_is_not_audited(demo, tmp_path):
    blank = _served(b"", "text/html; charset=utf-8")
    results = _audit(demo, tmp_path / "out", {"/": blank, "/index.html": blank})
    assert results["verdict"]["code"] == "not_audited" and results["grade"] != "合格"
    assert [r["code"] for r in results["verdict"]["reasons"]] == ["start_blank"]
    assert "返回空白页面" in results["verdict"]["reasons"][0]["message"]


def test_a_page_cut_before_its_footer_is_no_footer_failure(demo, plain, tmp_path):
    """The empty 专项资金 column's page, its gzip stream cut after its list and before its footer."""
    page = (demo / "zwgk/zxzj/index.html").read_bytes()
    packed = gzip.compress(page)
    route = _served(packed[: len(packed) * 7 // 10], "text/html; charset=utf-8", Content_Encoding="gzip")
    results = _audit(demo, tmp_path / "out", {"/zwgk/zxzj/": route, "/zwgk/zxzj/index.html": route})
    assert _subject(plain, "empty-columns", "/zwgk/zxzj/") == "fail"
    assert _subject(results, "empty-columns", "/zwgk/zxzj/") == "incomplete"
    assert [f["subject"] for f in _rule(results, "footer-identifiers")["results"] if f["status"] == "fail"] == \
        [f["subject"] for f in _rule(plain, "footer-identifiers")["results"] if f["status"] == "fail"]
