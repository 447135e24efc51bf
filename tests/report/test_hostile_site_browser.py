"""Hostile content, proven in a browser (issue 10 item 7).

The sample site is audited after every place a crawled string reaches the report was laced
with attacks: page titles (escaped markup, a raw `</title>` break, a 1 MB title), link texts,
link URLs (javascript:, data:, a dead link whose URL carries markup), metadata values and
footers (`<script>`, `onerror`, SVG scripts), template syntax and RTL/zero-width characters.
Each payload sets a flag (`__pwned`) or opens a dialog if it ever runs. The HTML report is
opened in real Chromium: no script runs, nothing is requested, no javascript:/data: link
exists to click; report.md renders inert in a Markdown library; every file stays in --out.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from click.testing import CliRunner

from auditkit import audit_site
from browserkit import open_report
from govaudit.cli import main
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.sitegen import generate_site

markdown_it = pytest.importorskip("markdown_it")

ESCAPED = "&lt;script&gt;parent.__pwned=1;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;parent.__pwned=2&quot;&gt;"
TEMPLATE = "{{7*7}}{%raw%}${7*7}#{7*7}"
INVISIBLE = "\u202eexe.gnp\u200b\u2066"
RAW_SCRIPTS = ('<script>parent.__pwned=3;alert(3)</script><svg onload="parent.__pwned=4"><script>parent.__pwned=5'
               '</script></svg><img src="/images/red.png" onload="parent.__pwned=6;alert(6)">')
HOSTILE_LINKS = ('<a href="javascript:parent.__pwned=7;alert(7)">脚本链接</a>'
                 '<a href="data:text/html,&lt;script&gt;parent.__pwned=8&lt;/script&gt;">数据链接</a>'
                 '<a href="/missing/&quot;&gt;&lt;svg onload=parent.__pwned=9&gt;.html">失效链接' + ESCAPED + '</a>')
ALLOWED_MD_TAGS = {"html", "body", "div", "h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "em", "code", "a", "hr",
                   "table", "thead", "tbody", "tr", "th", "td", "blockquote", "br"}


def _lace(site: Path) -> None:
    """Put the payloads into the generated sample site's pages."""
    laced = f"{ESCAPED}{INVISIBLE}"
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        html = re.sub(r"<title>(.*?)</title>", lambda m: f"<title>{m[1]}{laced}</title>", html, count=1)
        html = html.replace('<div class="footer">', f'<div class="footer">{RAW_SCRIPTS}<p>{ESCAPED}{TEMPLATE}</p>')
        # Names the findings quote: a column's (in links, breadcrumbs, meta), a document's title,
        # and a metadata value (发文机关) of the document whose metadata is incomplete.
        for name in ("专项资金", "白鹭区住房租赁补贴管理办法"):
            html = html.replace(name, name + laced)
        # Template syntax makes the model take a value for an unrendered placeholder (and drop
        # it), so it goes alone into a column's name.
        html = html.replace("人事信息", "人事信息" + TEMPLATE)
        html = html.replace("<th>发文机关：</th><td>白鹭区人民政府</td>", f"<th>发文机关：</th><td>白鹭区人民政府{laced}</td>")
        page.write_text(html, encoding="utf-8")
    home = site / "index.html"
    html = home.read_text(encoding="utf-8")
    home.write_text(html.replace('<div class="home-entries">', f'<div class="home-entries">{HOSTILE_LINKS}'), encoding="utf-8")
    # A raw </title> break, and a 1 MB title, on two column pages.
    for column, title in (("zwgk/zd", "制度</title><script>parent.__pwned=10;alert(10)</script>"),
                          ("zwgk/ghjh", "规划" + "长" * 350_000)):  # 3 bytes a character: about 1 MB
        page = site / column / "index.html"
        page.write_text(re.sub(r"<title>.*?</title>", lambda m: f"<title>{title}</title>",
                               page.read_text(encoding="utf-8"), count=1), encoding="utf-8")


# What the model never passes on (it drops template syntax as an unrendered placeholder and
# follows no javascript:/data: link) is put into results.json by hand, as an edited file would.
INJECTED = {"evidence_url": "javascript:parent.__pwned=11;alert(11)",
            "sources": ["data:text/html,<script>parent.__pwned=12</script>", " JavaScript:parent.__pwned=13"],
            "message": "{{7*7}} {% for x in range(3) %}x{% endfor %} ${7*7} " + "长" * 350_000}


@pytest.fixture(scope="module")
def hostile_audit(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(the output folder, results.json as the audit wrote it before the hand edits)."""
    site = tmp_path_factory.mktemp("hostile-site")
    generate_site(site)
    _lace(site)
    out = tmp_path_factory.mktemp("parent") / "out"
    result, _ = audit_site(site, out, "--as-of", DEMO_AS_OF.isoformat(), "--format", "html,md,json,junit,sarif,csv",
                           "--screenshots", "failing", "--max-screenshots", "12")
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output
    audited = (out / "results.json").read_text(encoding="utf-8")
    results = json.loads(audited)
    failing = [r for rule in results["rules"] for r in rule["results"] if r["status"] == "fail"]
    failing[0]["evidence"]["url"] = failing[0]["url"] = INJECTED["evidence_url"]
    failing[1].setdefault("data", {})["sources"] = INJECTED["sources"]
    failing[2]["message"] = INJECTED["message"]
    (out / "results.json").write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    again = CliRunner().invoke(main, ["report", str(out), "--format", "html,md,junit,sarif,csv", "--md-max-chars", "3000000"])
    assert again.exit_code == 0, again.output
    return out, audited


def test_the_payloads_reached_the_results(hostile_audit):
    _, audited = hostile_audit
    shown = json.dumps(json.loads(audited), ensure_ascii=False)
    # Crawled text carrying each kind of payload is in the findings as the audit wrote them.
    for needle in ("<script>parent.__pwned=1", "onerror=", "parent.__pwned=2", "\u202e", "<svg onload=parent.__pwned=9>"):
        assert needle in shown, needle


@pytest.mark.browser
def test_no_script_runs_and_no_dangerous_link_in_chromium(hostile_audit):
    report = hostile_audit[0] / "report.html"
    with open_report(report) as o:
        page = o.page
        page.wait_for_load_state("load")
        assert page.evaluate("() => window.__pwned") is None
        dom = page.evaluate("""() => ({
            scripts: document.querySelectorAll('script, iframe, object, embed, frame, base, link, meta[http-equiv=refresh]').length,
            handlers: [...document.querySelectorAll('*')].flatMap(el => [...el.attributes].map(a => a.name))
                        .filter(name => name.startsWith('on')),
            hrefs: [...document.querySelectorAll('[href]')].map(el => el.getAttribute('href')),
            srcs: [...document.querySelectorAll('[src]')].map(el => el.getAttribute('src')),
            text: document.body.innerText,
        })""")
        assert dom["scripts"] == 0 and dom["handlers"] == []
        assert dom["hrefs"] and all(re.match(r"https?://|#[A-Za-z][\w-]*$|screenshots/[\w-]+/\d+\.png$", h) for h in dom["hrefs"]), \
            [h for h in dom["hrefs"] if not re.match(r"https?://|#", h)]
        assert all(re.fullmatch(r"screenshots/[\w-]+/\d+\.png", s) for s in dom["srcs"])
        assert not [h for h in dom["hrefs"] if re.match(r"\s*(javascript|data|vbscript):", h, re.I)]
        # The dangerous URLs are shown as text, and clicking them does nothing.
        for url in (INJECTED["evidence_url"], *INJECTED["sources"]):
            assert url.strip() in dom["text"]
        assert "{{7*7}} {% for x in range(3) %}x{% endfor %}" in dom["text"]  # never evaluated
        assert "<script>parent.__pwned=1;alert(1)</script>" in dom["text"]
        assert "\\u202e" in dom["text"] and "\u202e" not in dom["text"]
        shown = page.get_by_text(INJECTED["evidence_url"]).first
        # Nothing to follow: no link or handler around the text (a structural fact, not a race).
        assert shown.evaluate("el => el.closest('a[href], area[href], [onclick], form') === null")
        shown.click()
        page.wait_for_timeout(300)  # a navigation started by the click would have begun by now
        assert page.url == report.resolve().as_uri()
        assert page.evaluate("() => window.__pwned") is None
    assert o.dialogs == [] and o.errors == [] and o.popups == []
    assert o.console == []  # not even a CSP report: there is no script element to refuse
    base = report.resolve().parent.as_uri() + "/"
    assert all(r.startswith(base) for r in o.requests), o.requests  # the report, and its screenshots


def test_markdown_report_is_inert_in_a_markdown_library(hostile_audit):
    hostile_audit = hostile_audit[0]
    md = (hostile_audit / "report.md").read_text(encoding="utf-8")
    results = json.loads((hostile_audit / "results.json").read_text(encoding="utf-8"))
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(md)
    doc = lxml.html.fromstring(f"<div>{html}</div>")
    tags = {el.tag for el in doc.iter() if isinstance(el.tag, str)}
    assert tags <= ALLOWED_MD_TAGS, tags - ALLOWED_MD_TAGS
    assert not [a for el in doc.iter() if isinstance(el.tag, str) for a in el.attrib if a.lower().startswith("on")]
    site_host = urlsplit(results["site"]).hostname
    assert all(urlsplit(h).scheme in ("http", "https") and urlsplit(h).hostname == site_host
               for h in doc.xpath("//a/@href"))
    text = doc.text_content()
    assert "<script>parent.__pwned=1;alert(1)</script>" in text and "{{7*7}}" in text


def test_every_output_path_stays_inside_out(hostile_audit):
    out = hostile_audit[0].resolve()
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    files = list(out.rglob("*"))
    assert any(p.suffix == ".png" for p in files)
    for path in files:
        assert not path.is_symlink(), path
        assert path.resolve().is_relative_to(out), path
        assert re.fullmatch(r"[\w.-]+", path.name), path  # no name made from crawled text
    assert (out / "report.html").stat().st_size < 20_000_000  # the 1 MB title did not multiply
