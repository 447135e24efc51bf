"""The model respects what rendering did or did not reveal (crawl index `render` state):
not rendered → not observed (never "empty", never "no interpretation"); rendered → observed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from govaudit import pipeline
from govaudit.crawl import crawl_site, render
from govaudit.engine import evaluate
from govaudit.ruleset import load_ruleset
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import Site, html, start_site, stop_site, write_site

# A list filled by fetch() only: no template, no declared record count.
FETCH_LIST = """<html><head><meta charset="utf-8"><title>通知公告</title></head><body>
<div class="main"><ul class="list" id="items"></ul></div>
<script>fetch('/items.json').then(r => r.json()).then(items => {
  document.getElementById('items').innerHTML = items.map(i => '<li><a href="' + i.url + '">' + i.title + '</a><span>' + i.date + '</span></li>').join('');
});</script></body></html>"""
# A normative document whose 相关解读 box is filled by script; the endpoint has no interpretation.
DOC = """<html><head><meta charset="utf-8"><title>某区停车管理办法</title><meta name="ArticleTitle" content="某区停车管理办法"></head><body>
<table class="xxgk-meta"><tr><th>索引号：</th><td>1133/2026-1</td><th>发文字号：</th><td>某府规〔2026〕1号</td></tr>
<tr><th>发文机关：</th><td>某区人民政府</td><th>有效性：</th><td>有效</td></tr></table>
<div class="article"><h1>某区停车管理办法</h1><div class="info">发布时间：2026-08-03 09:00</div><div class="content"><p>正文。</p></div></div>
<div class="related"><h3>相关解读</h3><ul id="rel"></ul></div>
<script>fetch('/rel.json').then(r => r.json()).then(links => {
  document.getElementById('rel').innerHTML = links.map(l => '<li><a href="' + l.url + '">' + l.title + '</a></li>').join('');
});</script></body></html>"""
FILES = {
    "index.html": html(("/tzgg/", "通知公告栏目"), ("/gfxwj/202608/t20260803_1.html", "某区停车管理办法")),
    "tzgg/index.html": FETCH_LIST,
    "items.json": '[{"url": "/tzgg/a.html", "title": "关于冬季供暖的通知", "date": "2026-09-20"}]',
    "tzgg/a.html": html(("/", "首页"), title="关于冬季供暖的通知"),
    "gfxwj/202608/t20260803_1.html": DOC,
    "rel.json": "[]",
}


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    started = start_site(write_site(tmp_path / "site", FILES))
    yield started
    stop_site(started)


def _audit(site: Site, out: Path, mode: str) -> tuple:
    crawl_site(site.url, out, CrawlSettings(rate=0, render=mode))
    model = pipeline.build(out)
    results = evaluate(model, load_ruleset(), date(2026, 9, 30))
    statuses = {r["id"]: {x["subject"]: x["status"] for x in r["results"]} for r in results["rules"]}
    return model, statuses


def test_not_rendered_means_not_observed(site: Site, tmp_path: Path):
    model, statuses = _audit(site, tmp_path / "out", "never")
    column = next(c for c in model.columns if c.url == site.url + "tzgg/")
    assert (column.state, column.items) == ("not_observed", [])
    doc = next(d for d in model.documents if d.url.endswith("t20260803_1.html"))
    assert doc.kind == "normative" and doc.related_slot == "script_unobserved"
    assert statuses["notice-column-stale"][column.url] == "incomplete"
    assert statuses["empty-columns"][column.url] == "incomplete"  # never reported as an empty column
    assert statuses["interpretation-missing"][doc.url] == "incomplete"  # never "no interpretation"


def test_rendered_means_observed(site: Site, tmp_path: Path):
    if render.chromium_path(CrawlSettings().chromium) is None:
        pytest.fail("Debian's chromium is missing: install it (apt-get install -y chromium, or ./dev test)")
    model, statuses = _audit(site, tmp_path / "out", "auto")
    column = next(c for c in model.columns if c.url == site.url + "tzgg/")
    assert column.state == "listed" and [i.date for i in column.items] == ["2026-09-20"]
    doc = next(d for d in model.documents if d.url.endswith("t20260803_1.html"))
    assert doc.related_slot == "static"  # the scripts ran and listed no interpretation
    assert statuses["notice-column-stale"][column.url] == "pass"
    assert statuses["interpretation-missing"][doc.url] == "fail"


def test_allowed_second_host_is_part_of_the_site(tmp_path: Path):
    other = start_site(write_site(tmp_path / "other", {"zwgk/index.html": html(("/", "首页"), title="政务公开")}))
    host = other.url.split("//")[1].rstrip("/")
    main = start_site(write_site(tmp_path / "main", {"index.html": html((other.url + "zwgk/", "政务公开"))}))
    try:
        crawl_site(main.url, tmp_path / "out", CrawlSettings(rate=0, allow_hosts=(host,)))
    finally:
        stop_site(main)
        stop_site(other)
    links = {l.target: l.outcome for l in pipeline.build(tmp_path / "out").links}
    assert links.get(other.url + "zwgk/") == "ok"


def test_a_rendered_column_page_whose_list_is_framed_is_not_found_empty():
    """An old IIS portal's column page holds its list in `<iframe src="list.aspx?cid=21">` (the sample
    site aspx). The rendered DOM keeps the iframe, not the framed document: with `--render always`
    the page was read as an observed empty list, and four columns whose lists were complete fired a
    false empty-columns veto (不合格). The list is observed at the framed page."""
    from govaudit.crawl.snapshot import Capture
    from govaudit.model.extract.page import extract_page
    from govaudit.model.rendering import observed_facts

    page = ('<html><head><meta charset="gb2312"><title>规范性文件</title><meta name="ColumnName" content="规范性文件">'
            '</head><body><div class="Main"><div class="Right"><div class="Title">规范性文件</div>'
            '<iframe id="listFrame" name="listFrame" src="list.aspx?cid=21" width="100%" height="214" frameborder="0" '
            'scrolling="no"></iframe></div></div></body></html>')
    url = "http://127.0.0.1/xxgk/Column.aspx?cid=21"
    facts = extract_page(page, url)
    assert (facts.kind, facts.list_state, facts.framed) == ("column", "not_observed", "http://127.0.0.1/xxgk/list.aspx?cid=21")
    rendered = Capture(url, url, "GET", 200, "ok", "text/html", "gb2312", None, None, None, None, "column", 1, None,
                       render="rendered")
    assert observed_facts(facts, rendered).list_state == "not_observed"
    from dataclasses import replace
    assert observed_facts(replace(facts, framed=None), rendered).list_state == "empty"  # a list rendering showed empty


def test_a_render_whose_scripts_were_refused_observes_only_what_it_shows(tmp_path: Path):
    """The 相关解读 box is filled by a script that needs jQuery, which the page loads from another host (a
    CDN, a province's shared static host): the browser, kept inside the crawl's scope, refuses it, the
    filling script throws, and the rendered box is empty. Before, a rendered box was observed whatever
    its scripts met: an interpretation the page links in any visitor's browser read as missing (a false
    fail). The render notes `scripts_failed`, and the box stays not observed. The 党政机关 badge's script
    on dcs.conac.cn is refused too, and is no failure: it fills no content."""
    if render.chromium_path(CrawlSettings().chromium) is None:
        pytest.fail("Debian's chromium is missing: install it (apt-get install -y chromium, or ./dev test)")
    cdn = start_site(write_site(tmp_path / "cdn", {"jquery.min.js": "window.$ = function (s) { return document.querySelector(s); };"}))
    doc = DOC.replace("<script>fetch(", f'<script src="{cdn.url}jquery.min.js"></script><script>$("#rel"); fetch(')
    files = {**FILES, "gfxwj/202608/t20260803_1.html": doc, "rel.json": '[{"url": "/zcjd/1.html", "title": "《某区停车管理办法》解读"}]'}
    site = start_site(write_site(tmp_path / "site", files))
    try:
        crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, render="auto"))
    finally:
        stop_site(site)
        stop_site(cdn)
    assert cdn.requested("/jquery.min.js") == 0  # the browser stayed inside the scope
    model = pipeline.build(tmp_path / "out")
    page = next(d for d in model.documents if d.url.endswith("t20260803_1.html"))
    assert page.related_slot == "script_unobserved"
    statuses = {r["id"]: {x["subject"]: x["status"] for x in r["results"]} for r in evaluate(model, load_ruleset(), date(2026, 9, 30))["rules"]}
    assert statuses["interpretation-missing"][page.url] == "incomplete"  # never "no interpretation"


def test_refused_widget_scripts_are_no_failure():
    """A render note names a failure only for content scripts: the badge and counter hosts are listed once."""
    from govaudit.crawl.render_need import scripts_failed
    from govaudit.htmlvocab import widget_host

    assert widget_host("dcs.conac.cn") and widget_host("zfwzgl.www.gov.cn") and widget_host("hm.baidu.com")
    assert not widget_host("cdn.bootcdn.net") and not widget_host("static.gxzf.gov.cn") and not widget_host("gov.cn")
    assert scripts_failed("related_box_empty; scripts_failed (2)") and not scripts_failed("related_box_empty")
    assert not scripts_failed("scripts_failed")  # a code is never a note of failure
