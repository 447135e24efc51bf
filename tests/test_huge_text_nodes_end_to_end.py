"""A page holding one text node, attribute or comment over 10 MB keeps the rest of its page
(probes4). libxml2 stops at such a node (its XML_MAX_TEXT_LENGTH, 10,000,000 bytes, unless
lxml's `huge_tree`) and lxml returns the tree built so far, silently: everything after it — a
list's rows, the footer — was gone. The real shape: a scan or screenshot pasted into a rich-text
editor is saved inline, `<p><img src="data:image/png;base64,iVBOR…">` (base64 images as editors
keep them; GitHub public code, search string `<p><img src="data:image/png;base64,iVBOR`), and a
7.5 MB picture is a 10 MB attribute.

Before (probes of 8b450d8), the demo's stale 通知公告 list with such a picture above its rows:
its rows unread, the column was no column — notice-column-stale **fail → pass** — and
footer-identifiers undecided for a list page "without a footer"."""

from __future__ import annotations

import pytest

from govaudit.htmlpage import parse_document, parse_html
from tests.test_waf_end_to_end import _audit, _subject, demo, plain  # noqa: F401 (fixtures)

HTML = {"Content-Type": "text/html; charset=utf-8"}
PICTURE = '<p><img src="data:image/png;base64,iVBOR' + "A" * 10_500_000 + '"></p>'


@pytest.mark.parametrize("big", [PICTURE, "<!--" + "x" * 10_500_000 + "-->", "<p>" + "字" * 10_500_000 + "</p>"])
def test_a_node_over_10_mb_keeps_the_rest_of_the_page(big):
    page = f'<html><body><div>公告</div>{big}<ul><li><a href="/a.html">关于某事的通知</a>2026-02-10</li></ul>' \
           "<div>主办单位：某某区人民政府办公室</div></body></html>"
    for tree in (parse_html(page), parse_document(page)):
        assert "2026-02-10" in "".join(tree.itertext()) and "主办单位" in "".join(tree.itertext())
        assert [a.get("href") for a in tree.iter("a")] == ["/a.html"]


def test_a_list_page_with_a_pasted_picture_keeps_its_rows(demo, plain, tmp_path):
    page = (demo / "zwgk/tzgg/index.html").read_text(encoding="utf-8").replace("<ul class=\"list\"", PICTURE + "<ul class=\"list\"", 1).encode()
    answer = lambda method, n: (200, HTML, page)  # noqa: E731
    results = _audit(demo, tmp_path / "out", {"/zwgk/tzgg/": answer, "/zwgk/tzgg/index.html": answer})
    assert _subject(plain, "notice-column-stale", "/zwgk/tzgg/") == "fail"
    assert _subject(results, "notice-column-stale", "/zwgk/tzgg/") == "fail"
    assert [(r["id"], r["status"]) for r in results["rules"]] == [(r["id"], r["status"]) for r in plain["rules"]]
