"""Rendering in real Chromium: which pages need it, what is archived, how the model sees the result.

The browser tests fail (never skip) without Debian's chromium: `./dev test` installs it.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from click.testing import CliRunner

from govaudit import pipeline
from govaudit.cli import main
from govaudit.crawl import SnapshotReader, crawl_site, job, render
from govaudit.crawl.fetcher import Exchange, FetchResult
from govaudit.crawl.render_need import render_reason
from govaudit.demo.sitegen import generate_site
from govaudit.errors import UserError
from govaudit.htmlpage import decode_html, parse_html
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site

CORPUS = Path(__file__).parents[3] / "shared" / "corpus" / "pingtan" / "zwgk"


def _reason(path: Path, priority: str) -> str | None:
    text, _ = decode_html(path.read_bytes())
    return render_reason(text, parse_html(text), priority, False)


def _text_reason(body: str, priority: str) -> str | None:
    text = f"<html><body>{body}</body></html>"
    return render_reason(text, parse_html(text), priority, False)


def test_which_pages_need_rendering(tmp_path):
    # 行政规范性文件: no static item; the list is an Avalon <dl ms-repeat="list"> with ms-attr-href links.
    assert _reason(CORPUS / "zfxxgk/gwhwj/hzgfxwj/_lists/index.html", "column") == "link_template"
    assert _reason(CORPUS / "ztzl/sswgh/sswjd/_lists/index.html", "column") == "related_slot_empty"
    assert _reason(CORPUS / "zfxxgk/zfxxgknb/_lists/index.html", "column")  # 年报: 10 of 20 items static
    document = next((CORPUS / "zfxxgk/gwhwj/hzgfxwj/202606").glob("*/page.html"))
    assert _reason(document, "document") == "link_template"  # the AJAX 解读 sidebar
    row = '<li><a href="/a/t20240101_1.html">关于某事的通知</a><span>2024-01-01</span></li>'
    static = f"<ul>{row * 2}</ul><script>var recordCount = 2;</script>"
    assert _text_reason(static, "column") is None
    assert _text_reason(static.replace("= 2", "= 40"), "column") == "declared_more"
    pager = f"<ul>{row}</ul><script>document.write('<a href=\"list_2.html\">下一页</a>')</script>"
    assert _text_reason(pager, "column") == "js_pager"
    box = f'<ul>{row}</ul><div class="side"><h3>相关解读</h3><ul class="x"></ul></div><script>init()</script>'
    assert _text_reason(box, "document") == "related_box_empty"
    assert _text_reason(box.replace('<ul class="x"></ul>', "<p>暂无</p>"), "document") is None
    generate_site(tmp_path / "demo")  # a static site: nothing to render
    assert [p for p in (tmp_path / "demo").rglob("*.html") if _reason(p, "column")] == []


def test_rows_dated_by_month_and_day_are_static_items():
    """The 科右前旗 三务公开平台's ThinkCMF list (hzy2009999/kyqj `portal/list.html`): rows `<li><a>{title}<span>m-d</span></a>
    </li>` and, on every page, a `$.ajax` call for the area's name. The rows are the server's: no browser is needed; an
    empty `ul.lists` beside the same call may be a script's to fill."""
    row = ('<li><a href="/portal/article/index/id/301/cid/2.html">巴音塔拉镇召开党委理论学习中心组学习会（第…'
           '<span style="float: right;margin-right: 25px;">11-18</span></a></li>')
    ajax = ('<script type="text/javascript">$(function(){ $.ajax({ url:"/public/portal/index/areaName", data:{"areaid":"12"},'
            ' success:function(result){ $("#area_name").html(result); } }); });</script>')
    assert _text_reason(f'<ul class="lists">{row * 3}</ul>{ajax}', "column") is None
    assert _text_reason(f'<ul class="lists">{row.replace("11-18", "[11-18]")}</ul>{ajax}', "column") is None
    assert _text_reason(f'<ul class="lists">\n</ul>{ajax}', "column") is not None
    assert _text_reason(f'<ul class="lists"><li><a href="/a.html">第11-18号</a></li><li><a href="/b.html">文件</a></li></ul>{ajax}',
                        "column") == "script_list"  # numbers inside a title are no row's date


JS_LIST = """<html><head><meta charset="gbk"><title>行政规范性文件</title></head><body>
<h1>行政规范性文件</h1><ul id="doc-list"></ul>
<script>
var recordCount = 3;  // as TRS list pages declare it
fetch('/api/docs.json').then(r => r.json()).then(items => {
  document.getElementById('doc-list').innerHTML = items.map(
    d => '<li><a href="' + d.url + '">' + d.title + '</a><span>' + d.date + '</span></li>').join('');
});
new Image().src = '%(offsite)strack.gif';
fetch('%(offsite)sapi.json').catch(() => {});
</script></body></html>"""
DOCS = [{"url": f"/gfxwj/202401/t2024011{i}_{i}.html", "title": f"关于印发第{i}号管理办法的通知", "date": f"2024-01-1{i}"}
        for i in range(3)]


@pytest.fixture
def js_site(tmp_path, serve):
    if render.chromium_path(CrawlSettings().chromium) is None:
        pytest.fail("Debian's chromium is missing: install it (apt-get install -y chromium, or ./dev test)")
    offsite = serve(write_site(tmp_path / "offsite", {"track.gif": b"GIF89a", "api.json": "[]"}))
    files = {
        "index.html": html(("/gfxwj/", "行政规范性文件"), ("/tzgg/", "通知公告")),
        "gfxwj/index.html": (JS_LIST % {"offsite": offsite.url}).encode("gbk"),
        "api/docs.json": json.dumps(DOCS, ensure_ascii=False),
        "tzgg/index.html": html(("/tzgg/202401/t20240105_9.html", "关于停水的通知"), extra="<span>2024-01-05</span>"),
        "tzgg/202401/t20240105_9.html": html(("/", "首页")),
        **{d["url"].lstrip("/"): html(("/gfxwj/", "返回"), title=d["title"]) for d in DOCS},
    }
    return serve(write_site(tmp_path / "site", files)), offsite


def test_script_loaded_list_is_rendered_archived_and_observed(tmp_path, js_site):
    site, offsite = js_site
    out = tmp_path / "out"
    summary = crawl_site(site.url, out, CrawlSettings(rate=0, concurrency=2))
    with SnapshotReader(out) as reader:
        listing = reader.get(site.url + "gfxwj/")
        # The script's two requests off the site were refused, and indexed against the page that made them.
        assert reader.refused() == [(site.url + "gfxwj/", offsite.url + "api.json", "out_of_scope", 1),
                                    (site.url + "gfxwj/", offsite.url + "track.gif", "out_of_scope", 1)]
        assert json.loads(reader.meta["refused"]) == {"out_of_scope": 2}
        assert (listing.render, listing.rendered_record is not None) == ("rendered", True)
        # its script's off-site data request was refused: what it would have filled is not observed (rows shown still are)
        assert listing.render_note == "declared_more; scripts_failed (1)"
        dom = reader.rendered_body(listing).decode("utf-8")
        assert all(d["title"] in dom for d in DOCS) and "行政规范性文件" in dom
        assert reader.get(site.url + "tzgg/").render == "static"
        for d in DOCS:  # reachable only through the rendered list
            assert reader.get(site.url + d["url"].lstrip("/")).outcome == "ok"
        render_meta = json.loads(reader.meta["render"])
    assert render_meta["mode"] == "auto" and render_meta["rendered"] == 1
    assert summary.refused == {"out_of_scope": 2}
    # Chromium ran for the one page that needed it; its time is reported beside the crawl's.
    assert summary.renders["rendered"] == 1 and set(summary.renders) <= {"rendered", "static"}
    assert 0 < summary.render_seconds <= summary.seconds
    assert offsite.hits == []  # nothing outside the scope was requested by the page's scripts
    assert site.requested("/gfxwj/") == 1 and site.requested("/api/docs.json") == 1
    records = {}
    with open(out / "snapshot" / "crawl.warc.gz", "rb") as f:
        for record in ArchiveIterator(f, check_digests="raise"):
            records.setdefault(record.rec_type, []).append(record.rec_headers)
            record.content_stream().read()
    conversion = records["conversion"][0]
    assert conversion.get_header("WARC-Target-URI") == site.url + "gfxwj/"
    assert conversion.get_header("Govaudit-Rendered").startswith("chromium ")
    refers = conversion.get_header("WARC-Refers-To")
    assert any(h.get_header("WARC-Record-ID") == refers and h.get_header("WARC-Target-URI") == site.url + "gfxwj/"
               for h in records["response"])
    assert any(h.get_header("WARC-Target-URI") == site.url + "api/docs.json" for h in records["response"])
    column = next(c for c in pipeline.build(out).columns if c.url == site.url + "gfxwj/")
    assert column.state == "listed" and len(column.items) == len(DOCS)


def test_without_rendering_the_list_is_not_observed(tmp_path, js_site):
    site, _ = js_site
    out = tmp_path / "out"
    crawl_site(site.url, out, CrawlSettings(rate=0, render="never"))
    with SnapshotReader(out) as reader:
        listing = reader.get(site.url + "gfxwj/")
        assert (listing.render, listing.rendered_record) == ("skipped", None)
        assert reader.rendered_body(listing) is None
    assert site.requested("/api/docs.json") == 0
    column = next(c for c in pipeline.build(out).columns if c.url == site.url + "gfxwj/")
    assert column.state == "not_observed"


def test_missing_chromium_falls_back_with_one_notice(tmp_path, serve, monkeypatch, caplog):
    monkeypatch.setattr(render, "chromium_path", lambda configured: None)
    site = serve(write_site(tmp_path / "site", {
        "index.html": html(("/a/", "甲"), ("/b/", "乙")),
        "a/index.html": '<ul id="list"></ul><script>fetch("/x.json")</script>',
        "b/index.html": '<ul id="list"></ul><script>fetch("/y.json")</script>',
    }))
    with caplog.at_level(logging.WARNING, logger="govaudit.crawl"):
        summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False))
    assert summary.reason is None
    notices = [r.getMessage() for r in caplog.records]
    assert len(notices) == 1 and "Chromium was not found" in notices[0] and "not observed" in notices[0]
    with SnapshotReader(tmp_path / "out") as reader:
        states = {c.url: (c.render, c.render_note) for c in reader.captures()}
    assert states[site.url + "a/"][0] == "unavailable" and "Chromium was not found" in states[site.url + "a/"][1]
    with pytest.raises(UserError, match="--render always needs Chromium"):
        crawl_site(site.url, tmp_path / "always", CrawlSettings(rate=0, obey_robots=False, render="always"))


def test_a_render_that_times_out_is_recorded_as_failed(tmp_path, js_site):
    site, _ = js_site
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, render_timeout=0.001))
    with SnapshotReader(tmp_path / "out") as reader:
        listing = reader.get(site.url + "gfxwj/")
    assert (listing.render, listing.rendered_record) == ("failed", None) and listing.render_note.startswith("declared_more; ")


def test_script_requests_count_against_max_pages(tmp_path, js_site):
    site, _ = js_site
    # Home, the rendered list (its script fetches /api/docs.json), then one more page: 4 requests.
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, concurrency=1, max_pages=4))
    assert (summary.fetched, summary.script_requests, summary.reason) == (3, 1, "max_pages")
    assert sum(1 for h in site.hits if h.path != "/robots.txt") == 4
    with SnapshotReader(tmp_path / "out") as reader:
        assert reader.meta["script_requests"] == "1"
    resumed = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, concurrency=1, max_pages=5, resume=True))
    assert (resumed.fetched, resumed.script_requests) == (4, 1)  # the resumed crawl remembers the script's request
    assert resumed.refused == summary.refused == {"out_of_scope": 2}  # and what its rendering refused


def test_the_crawl_summary_counts_renders_and_refused_requests(tmp_path, js_site):
    site, _ = js_site
    args = ["crawl", site.url, "--rate", "0", "--log-format"]
    plain = CliRunner().invoke(main, [*args, "text", "--out", str(tmp_path / "plain")])
    assert plain.exit_code == 0, plain.output
    assert "crawl: the browser refused 2 requests of rendered pages (out_of_scope 2)" in plain.stderr
    assert re.search(r"crawl: 1 of \d+ HTML pages needed the browser \(rendered 1\); Chromium took [\d.]+ s, \d+% "
                     r"of the crawl's time", plain.stderr), plain.stderr
    as_json = CliRunner().invoke(main, [*args, "json", "--out", str(tmp_path / "json")])
    done = json.loads(as_json.stderr.splitlines()[-1])
    assert done["refused"] == {"out_of_scope": 2} and done["renders"]["rendered"] == 1
    assert 0 < done["render_seconds"] <= done["seconds"]


def test_a_snapshot_older_than_the_blocked_table_opens_and_resumes(tmp_path, js_site):
    site, offsite = js_site
    out = tmp_path / "out"
    crawl_site(site.url, out, CrawlSettings(rate=0, concurrency=1, max_pages=1, render="never"))
    db = sqlite3.connect(out / "snapshot" / "index.sqlite3")
    with db:
        db.execute("DROP TABLE refused")
    db.close()
    with SnapshotReader(out) as reader:
        assert reader.refused() == [] and reader.get(site.url).outcome == "ok"
    resumed = crawl_site(site.url, out, CrawlSettings(rate=0, concurrency=1, max_pages=100, resume=True, render="auto"))
    assert resumed.refused == {"out_of_scope": 2} and offsite.hits == []
    with SnapshotReader(out) as reader:
        assert {(page, reason) for page, _, reason, _ in reader.refused()} == {(site.url + "gfxwj/", "out_of_scope")}


@pytest.mark.parametrize("mount", [
    '<div id="app"><noscript>请开启浏览器的JavaScript功能</noscript></div>',  # gkmlpt / Vue CLI
    '<div id="root"></div>',  # create-react-app
    '<div id="__nuxt"><!-- server rendering off --></div>',
    '<main ng-app="gkApp"></main>',
    '<section id="app"> </section>',
    '<div id="app">正在加载...</div>',  # a loading placeholder
])
def test_an_empty_app_mount_with_a_bundle_is_rendered(mount):
    config = "<script>window._CONFIG = {SID: '441823', TREE: []};</script>"
    assert _text_reason(f'{mount}{config}<script src="/js/app.8d41e7.js"></script>', "hub") == "app_shell"
    assert _text_reason(f'{mount}{config}<script src="/js/app.js"></script>', "document") == "app_shell"


@pytest.mark.parametrize("body", [
    '<div id="app"><noscript>x</noscript></div><script>var a = 1;</script>',  # no bundle
    '<div id="app"><h1>机构职能</h1><p>本局负责……</p></div><script src="/js/app.js"></script>',  # server-rendered app
    '<div id="root">暂无数据</div><script src="/js/x.js"></script>',  # text: not an empty mount
    '<div id="main"></div><script src="/js/jquery.js"></script>',  # not a mount id
])
def test_a_page_with_content_or_no_bundle_is_not_an_app_shell(body):
    assert _text_reason(body, "hub") != "app_shell"


def _parsed_reason(url: str, body: str) -> str | None:
    """The crawl's render decision for an HTML page at `url` (crawl/job.parse: links, lists, reason)."""
    content = f"<html><head><title>政府信息公开</title></head><body>{body}</body></html>".encode()
    exchange = Exchange(url, "GET", "/", (), 200, "OK", "HTTP/1.1", (("Content-Type", "text/html; charset=utf-8"),),
                        content, False, "2026-12-04T00:00:00Z")
    return job.parse(FetchResult(url, "GET", "ok", (exchange,), "2026-12-04T08:00:00+08:00", content), 5, "hub").render_reason


# A gkmlpt catalogue as Guangdong sites serve it: an empty Vue mount, the config inline, the bundles.
_GKMLPT_SHELL = ('<div id="app"><noscript>请开启浏览器的JavaScript功能</noscript></div><script>{config}</script>'
                 '<script src="/gkmlpt/gkml/pc/js/chunk-vendors.3f2a1c.js"></script>'
                 '<script src="/gkmlpt/gkml/pc/js/app.8d41e7.js"></script>')
_TREE = json.dumps([{"id": 2583, "name": "规范性文件", "jump_url": "", "children": []},
                    {"id": 1, "name": "机构职能", "jump_url": "/zwgk/jgzn/index.html", "children": []},
                    {"id": 2, "name": "法定主动公开内容", "children": [{"id": 2592, "name": "工作动态", "jump_url": None}]}],
                   ensure_ascii=False)


@pytest.mark.parametrize("url, config", [
    ("http://www.x.gov.cn/gkmlpt/index", "window._CONFIG = {SID: '441823', TREE: %s, SERVICE_AREA_ID: 441823};"),
    ("http://www.x.gov.cn/bm/gkmlpt/index", 'window._CONFIG={"SID":"755041","TREE":%s};'),  # a department's
    ("http://www.x.gov.cn/gkmlpt/index", "window._CONFIG = {\n  SID : 200165,\n  TREE: %s\n};"),
])
def test_an_app_shell_whose_catalogue_the_static_readers_read_is_not_rendered(url, config):
    # The browser would only draw the tree's links and the first category's rows: the crawl
    # already follows every category's API list and jump_url page (crawl/applists.py).
    assert _parsed_reason(url, _GKMLPT_SHELL.format(config=config % _TREE)) is None


@pytest.mark.parametrize("url, config", [
    ("http://www.x.gov.cn/gkmlpt/index", "window._CONFIG = {SID: '441823', TREE: []};"),  # an empty tree
    ("http://www.x.gov.cn/gkmlpt/index", "window._CONFIG = {TREE: %s};" % _TREE),  # no SID: no API URL
    ("http://www.x.gov.cn/gkmlpt/index", "window._CONFIG = {SID: '441823', TREE: [{]};"),  # unreadable
    ("http://www.x.gov.cn/gkmlpt/index", "var SID = '441823';"),  # the tree comes from another request
    ("http://www.x.gov.cn/app/index", "window._CONFIG = {SID: '441823', TREE: %s};" % _TREE),  # not the gkmlpt app
    ("http://www.x.gov.cn/zwgk/", "window.__INITIAL_STATE__ = {columns: [{id: 12, name: '通知公告'}]};"),  # another SPA
])
def test_an_app_shell_the_static_readers_could_not_read_is_still_rendered(url, config):
    assert _parsed_reason(url, _GKMLPT_SHELL.format(config=config)) == "app_shell"


def test_every_script_sign_is_found_in_any_letter_case():
    """render_reason runs its regexes only where a literal they need occurs (a whole-page
    case-insensitive scan cost more than the parse): no spelling the patterns accept is missed."""
    from re import _constants, _parser

    from govaudit.htmlvocab import DECLARED_COUNT, SCRIPT_LOAD
    row = '<li><a href="/a/t20240101_1.html">关于某事的通知</a><span>2024-01-01</span></li>'
    loads = ["fetch ('/x')", "new XMLHttpRequest()", "$.ajax({})", "$.get ('/x')", "$.post('/x')", "$.getJSON('/x')",
             "axios.get('/x')", "listModel ('a')", "window.trsapi.list()", "$('#l').load( '/x.html')", "$.getScript('/x')",
             "s.src = '/x.jsp?page=' + p + '&callback=result'"]
    # One example per alternative of SCRIPT_LOAD: a new alternative needs its literal in render_need too.
    assert len(_parser.parse(SCRIPT_LOAD.pattern)[0][1][1]) == len(loads) - 4  # $.get/post/getJSON/getScript share one
    for sign in loads:
        for spelled in (sign, sign.upper(), sign.lower()):
            assert SCRIPT_LOAD.search(spelled), spelled
            assert _text_reason(f"<ul></ul><script>{spelled}</script>", "column") == "script_list", spelled
            assert _text_reason(f'<ul>{row}</ul><ul id="list"></ul><script>{spelled}</script>', "document") == \
                "empty_container", spelled
    declared = ["recordCount", "TotalRecord", "totalcount", "RECORDTOTAL", "totalNum", "记录总数"]
    # the alternatives after the lookbehinds that keep a link's query parameter out
    branch = next(av for op, av in _parser.parse(DECLARED_COUNT.pattern) if op is _constants.BRANCH)
    assert len(branch[1]) == len(declared)
    for word in declared:
        assert _text_reason(f"<ul>{row}</ul><script>var {word} = 40;</script>", "column") == "declared_more", word
        assert _text_reason(f"<ul>{row}</ul><script>var {word} = 1;</script>", "column") is None, word
    pager = f"<ul>{row}</ul><SCRIPT>Document.Write('<a href=\"list_2.html\">下一页</a>')</SCRIPT>"
    assert _text_reason(pager, "column") == "js_pager"
    slot = f'<ul>{row}</ul><EM ID="rel_1"></EM><script>x()</script>'
    assert _text_reason(slot, "document") == "related_slot_empty"


def test_rows_a_script_writes_need_rendering() -> None:
    """List rows written by `document.write('<li><a href=…>…</a></li>')` lines (merriam-webster.com's 2007
    menu row, quoted in an html2text thread the library holds; Blogger's related-posts widget
    `document.write('<li><a href="' + relatedUrls[c] + '">' …)`) show only once the script runs: on a
    list page the crawl renders them. With a `<noscript>` copy of the rows (the same page's
    `<noscript><li class="last"><a href=…>`) the static page shows them. Before, no reason fired (the
    rows load nothing), and the mutation `scripts` gave phpcms a false stale 云溪要闻 (its page 1 unseen,
    page 2's rows taken for the newest) and kpy a false empty-columns veto."""
    rows = ('<li><span class="rt">2026-11-19</span>·<a href="/show-2-301-1.html" target="_blank">召开推进会（1）</a></li>',
            '<li><span class="rt">2026-11-15</span>·<a href="/show-2-302-1.html" target="_blank">召开推进会（2）</a></li>')
    written = ('<ul class="list lh24 f14"><script type="text/javascript">\n'
               + "".join(f"document.write('{r}');\n" for r in rows) + "</script>{}</ul>")
    assert _text_reason(written.format(""), "column") == "script_list"
    # kpy's `c100102/common_list.shtml` is queued as a document by its address: the rows say it is a list
    assert _text_reason(written.format(""), "document") == "script_list"
    titled = written.format("").replace("<a href=", '<a title="澄溪区召开区政府常务会议（1）" onclick="void(0)" href=')
    assert _text_reason(titled, "home") == "script_list"  # EasySite's rows: title and onclick before href
    one = f"<ul><script>document.write('{rows[0]}');</script></ul>"  # one written link is no list…
    assert _text_reason(one, "document") is None
    undated = one.replace('<span class="rt">2026-11-19</span>·', "")
    assert _text_reason(undated, "column") is None
    assert _text_reason(written.format("<noscript>" + "".join(rows) + "</noscript>"), "column") is None
    counter = '<noscript><img src="https://hm.baidu.com/hm.gif?si=1" alt=""></noscript>'  # a statistics pixel
    assert _text_reason(written.format("") + counter, "column") == "script_list"
    menu = "<script>document.write('<a href=\"/wap/\">手机版</a>');</script>"  # no row
    assert _text_reason(menu, "column") is None


def test_a_list_pages_only_row_a_script_writes_needs_rendering() -> None:
    """…but a list page showing no static row whose one row, dated, a script writes (the nxjy sample site's 公开指南 column
    under the `scripts` mutation: `<div class="list-con"><ul><script>document.write('<li><a href="./202602/t20260210_4015028.html"
    …>…指南</a><span>2026-02-10</span></li>');</script></ul></div>`) shows it only once the script runs: unrendered, the
    column read as a hub and its one document was never fetched (guide-current undecided, its evidence one render away)."""
    row = ('<li><a href="./202602/t20260210_4015028.html" target="_blank" title="沙泉县人民政府政府信息公开指南">'
           '沙泉县人民政府政府信息公开指南</a><span>2026-02-10</span></li>')
    page = f"<div class=\"list-con\"><ul><script type=\"text/javascript\">\ndocument.write('{row}');\n</script></ul></div>"
    assert _text_reason(page, "column") == "script_list"
    assert _text_reason(page.replace("<span>2026-02-10</span>", ""), "column") is None  # undated: no list row
    shown = "<ul><li><a href=\"./202601/t1.html\">其他</a><span>2026-01-10</span></li></ul>"
    assert _text_reason(shown + page, "column") is None  # the list shows static rows: the written one is no list's only row


def test_rows_a_script_writes_with_unquoted_attributes_need_rendering() -> None:
    """The same written rows with their attributes unquoted, as HTML allows and a browser shows them alike
    (`document.write('<LI><A HREF=./202611/t20261115_90147989.html TARGET=_blank TITLE=…>…</A><SPAN>2026-11-15</SPAN></LI>')`:
    the rows above rewritten markup-only; no real page in the library writes its rows unquoted). Before, the rows went
    unseen: the gzjy site under `sloppy,scripts` (seed 1) read its 部门动态 and 县政府领导 lists as empty columns and its
    瑶溪要闻 as stale (page 1's rows unseen, page 2's taken for the newest)."""
    rows = ("<LI><A HREF=./202611/t20261115_90147989.html TARGET=_blank TITLE=县教育局召开推进会>&nbsp;县教育局召开推进会</A>"
            "<SPAN>&nbsp;2026-11-15&nbsp;</SPAN></LI>",
            "<LI><A HREF=./202611/t20261106_90149286.html TARGET=_blank TITLE=县卫生健康局推进和美乡村建设>&nbsp;县卫生健康局推进和美"
            "乡村建设</A><SPAN>&nbsp;2026-11-06&nbsp;</SPAN></LI>")
    written = ('<UL CLASS=NewsList><script type="text/javascript">\n'
               + "".join(f"document.write('{r}');\n" for r in rows) + "</script>{}</ul>")
    assert _text_reason(written.format(""), "column") == "script_list"
    assert _text_reason(written.format("<noscript>" + "".join(rows) + "</noscript>"), "column") is None
    menu = "<script>document.write('<li><a href=javascript:void(0)>简体</a></li>');</script>"  # one written link is no list
    assert _text_reason(menu, "column") is None


def test_a_publication_date_a_script_writes_needs_rendering() -> None:
    """An article's 发布时间 written by a script after its label: `document.write("…")` in place, an empty
    `<span data-time="…">` a script at the end fills, or a JS variable copied into `<span id="pubDate">`
    (time-0001.js fills `ga-time-day` so, the library). Statically the label shows no date: kpy's 图片新闻
    (dates only on its articles) read as undated and stale under the mutation `scripts`. Rendered, the
    page shows its date. A date shown as text is no reason."""
    info = '<div class="detail-info"><span>发布时间：{}</span><span>来源：棠溪区人民政府</span></div>'
    for written in ('<script type="text/javascript">document.write("2026-11-17 09:30");</script>',
                    '<span class="pubtime" data-time="2026-11-17 09:30"></span>',
                    '<script type="text/javascript">var pubDate = "2026-11-17 09:30";</script><span id="pubDate"></span>'
                    '<script type="text/javascript">document.getElementById("pubDate").innerHTML = pubDate;</script>'):
        assert _text_reason(info.format(written) + "<script>init()</script>", "document") == "script_date", written
    assert _text_reason(info.format("2026-11-17 09:30") + "<script>init()</script>", "document") is None


_JSONP_LIST = ('<div id="result-body"><table class="tmptabel" width="100%">\n<thead><tr class="zly_xxmu_20170104ulbg1"><th>序号</th>'
               '<th>名称</th><th>文号</th><th>发布机构</th><th>发布日期</th></tr></thead>\n<tbody id="content"></tbody>\n</table></div>\n'
               '<div class="zly_page"><div id="page-body"></div></div>\n<script type="text/javascript">\nvar channelId = "134657";\n'
               'function result(json) { /* writes tr.zly_xxmu_20170104ulbg2 rows into #content */ }\nfunction loadPage(p) {\n'
               '  var s = document.createElement("script");\n'
               '  s.src = "/govsearch/jsonp/zf_jd_list.jsp?page=" + (p + 1) + "&lb=" + channelId + "&callback=result&channelId=" + channelId;\n'
               '  document.body.appendChild(s);\n}\nloadPage(0);\n</script>\n')


def test_a_list_a_jsonp_answer_fills_needs_rendering() -> None:
    """吉林 政务公开's catalogue lists hold no rows in their HTML: a script adds a `<script>` whose address names the callback
    (`zf_jd_list.jsp?page=N&…&callback=result`, the library's 吉林 spiders) and the answer `result({"data": […]})` writes the
    rows (the jljy sample site's markup). Before, no loader was seen: the lists went unrendered and were judged empty columns
    (5 false empty columns and a false veto on first contact). An analytics tag added the same way names no callback: no data."""
    assert _text_reason(_JSONP_LIST, "column") == "script_list"
    analytics = _JSONP_LIST.replace('"/govsearch/jsonp/zf_jd_list.jsp?page=" + (p + 1) + "&lb=" + channelId + "&callback=result&channelId=" + channelId',
                                    '"https://hm.baidu.com/hm.js?5f1d2a3b4c"')
    assert _text_reason(analytics, "column") is None


def test_a_jsonp_list_left_unrendered_is_not_observed(tmp_path) -> None:
    """Crawled without a browser, the jljy sample site's JSONP-filled lists are not observed — never empty columns (the
    server's empty answer `{"data": []}` is not seen either: 人事信息 stays undecided, not judged)."""
    from tests.sites import jljy
    from tests.sites.server import serve_site
    site = jljy.build()
    out = tmp_path / "out"
    with serve_site(site) as base:
        crawl_site(base, out, CrawlSettings(rate=0, render="never"))
    states = {c.url.split("/", 3)[3]: c.state for c in pipeline.build(out).columns if "/xxgk/gkml/" in c.url}
    assert states and set(states.values()) == {"not_observed"}, states


def test_an_empty_table_body_under_column_heads_a_loader_fills_needs_rendering() -> None:
    """The same JSONP-filled list beside a box of the site's newest dated rows (the jljy site under the `sidebox` mutation:
    a 最新动态 box on every page): the page shows static rows, but its own table — column heads over an element-less
    `<tbody id="content">` — is the slot the loader fills. Before, the page went unrendered and every 政务公开 list was not
    observed (no false finding, but 2 empty columns, a stale column and a missing 解读 left undecided). Without a loader
    the empty table is the page's word; a named empty slot still counts alone."""
    side = ('<div class="side"><h3>最新动态</h3><ul>' + "".join(
        f'<li><a href="/zw/yw/hlyw/202611/t2026111{i}_93{i}.html">桦岭县召开会议（{i}）</a><span>2026-11-1{i}</span></li>'
        for i in range(5)) + "</ul></div>\n")
    assert _text_reason(side + _JSONP_LIST, "column") == "empty_container"
    assert _text_reason(side + _JSONP_LIST.replace("&callback=result", ""), "column") is None  # no loader
    assert _text_reason(side + _JSONP_LIST.replace("<th>", "<td>").replace("</th>", "</td>"), "column") is None  # no heads
