"""report.md is inert under the common Markdown renderers (issue 14 item 6): crawled text with
HTML, links, images, code spans and table pipes renders as the text it is, with no live HTML
and no link outside the audited site, in markdown-it (CommonMark) and python-markdown; bidi
controls and zero-width characters are visible in both reports."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import pytest

from govaudit.report import write_reports

markdown = pytest.importorskip("markdown", reason="python-markdown is in the test extra")
markdown_it = pytest.importorskip("markdown_it")

HOSTILE = [
    '<img src=x onerror="alert(1)">',
    "</details><script>alert(2)</script>",
    "[点此](http://evil.example/) ![i](http://evil.example/i.png)",
    "<http://evil.example/auto> http://evil.example/bare www.evil.example",
    "`code` ``x`` \\<b\\> &lt;i&gt; &amp; *em* _em_ | cell",
    '<a href="javascript:alert(3)">x</a>',
    "exe\u202egnp.html a\u200bb\u2066c",
]
_ALLOWED_TAGS = {"html", "body", "div", "h1", "h2", "h3", "p", "ul", "li", "strong", "em", "code", "a", "hr",
                 "table", "thead", "tbody", "tr", "th", "td", "blockquote", "br"}


def _hostile(results: dict[str, Any]) -> dict[str, Any]:
    """The fixture with a hostile payload in every crawled field: messages, snippets, names, URLs."""
    for i, rule in enumerate(results["rules"]):
        rule["summary"] = HOSTILE[i % len(HOSTILE)]
        for j, result in enumerate(rule["results"]):
            payload = HOSTILE[(i + j) % len(HOSTILE)]
            result["message"] = payload
            result["evidence"]["snippet"] = payload
            if j == 1:
                result["evidence"]["url"] = result["url"] = "http://evil.example/" + payload
    for reason in results["verdict"].get("reasons", []):
        reason["message"] = HOSTILE[0]
    return results


def _render_both(text: str) -> dict[str, str]:
    return {"markdown-it": markdown_it.MarkdownIt("commonmark").enable("table").render(text),
            "python-markdown": markdown.markdown(text, extensions=["tables"])}


@pytest.fixture
def rendered(results: dict[str, Any], tmp_path: Path) -> tuple[str, dict[str, str], str]:
    md_path, html_path = write_reports(_hostile(results), tmp_path, ["md", "html"])
    md = md_path.read_text(encoding="utf-8")
    return md, _render_both(md), html_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("renderer", ["markdown-it", "python-markdown"])
def test_no_live_html_and_no_link_outside_the_site(rendered, results, renderer: str):
    html = rendered[1][renderer]
    doc = lxml.html.fromstring(f"<div>{html}</div>")
    tags = {el.tag for el in doc.iter() if isinstance(el.tag, str)}
    assert tags <= _ALLOWED_TAGS, tags - _ALLOWED_TAGS
    assert not [a for el in doc.iter() if isinstance(el.tag, str) for a in el.attrib if a.lower().startswith("on")]
    site_host = urlsplit(results["site"]).hostname
    hrefs = doc.xpath("//a/@href")
    assert hrefs and all(urlsplit(h).scheme in ("http", "https") and urlsplit(h).hostname == site_host for h in hrefs)
    text = doc.text_content()
    # Each payload is shown as the text it is (whitespace aside).
    for payload in HOSTILE[:-1]:
        assert " ".join(payload.split()) in " ".join(text.split()), payload


@pytest.mark.parametrize("renderer", ["markdown-it", "python-markdown"])
def test_tables_keep_their_columns(rendered, renderer: str):
    doc = lxml.html.fromstring(f"<div>{rendered[1][renderer]}</div>")
    for table in doc.xpath("//table"):
        widths = {len(row.xpath("th|td")) for row in table.xpath(".//tr")}
        assert len(widths) == 1, widths


def test_invisible_characters_are_shown_in_both_reports(rendered):
    md, _, html = rendered
    for text in (md, html):
        assert not any(c in text for c in "\u202e\u200b\u2066")
        assert "exe\\u202egnp.html" in text and "a\\u200bb\\u2066c" in text
