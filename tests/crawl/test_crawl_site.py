"""End-to-end crawl of a loopback site with planted special cases: one crawl, many checks."""

from __future__ import annotations

import gzip
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from govaudit.crawl import CrawlSummary, SnapshotReader, crawl_site
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import Site, html, start_site, stop_site, write_site

GBK_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    "<title>通知公告</title></head><body><p>关于做好政府信息公开工作的通知</p><a href=\"/\">首页</a></body></html>"
).encode("gbk")
GZ_PAGE = html(("/", "首页"), title="压缩页面").encode("utf-8")


def _busy(method: str, n: int):
    if n == 1:
        return 429, {"Retry-After": "1", "Content-Type": "text/plain"}, b"too many requests"
    return 200, {"Content-Type": "text/html; charset=utf-8"}, html(("/", "首页"), title="繁忙后恢复").encode()


ROUTES = {
    "/busy.html": _busy,
    "/waf.html": lambda m, n: (412, {"Content-Type": "text/html"}, b"<script>$_ts=window['$_ts'];</script>"),
    "/waf503.html": lambda m, n: (503, {"Content-Type": "text/html; charset=gbk"}, "安全验证，请稍候".encode("gbk")),
    "/gz.html": lambda m, n: (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, gzip.compress(GZ_PAGE)),
    "/old.html": lambda m, n: (301, {"Location": "/news/"}, b""),
    "/loop-a": lambda m, n: (302, {"Location": "/loop-b"}, b""),
    "/loop-b": lambda m, n: (302, {"Location": "/loop-a"}, b""),
    "/files/nohead.doc": lambda m, n: (405, {}, b"") if m == "HEAD" else
    (206, {"Content-Range": "bytes 0-0/5000", "Content-Type": "application/msword"}, b"D"),
}


@dataclass
class Crawled:
    summary: CrawlSummary
    out: Path
    root: Path  # the served files
    site: Site
    offsite: Site  # another host:port, linked from the home page


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Crawl the test site once."""
    root = tmp_path_factory.mktemp("site")
    offsite = start_site(write_site(tmp_path_factory.mktemp("offsite"), {"x.html": html()}))
    write_site(root, {
        "robots.txt": "User-agent: *\nDisallow: /private/\n",
        "index.html": html(
            ("/zwgk/", "政务公开"), ("/news/", "新闻动态"), ("/news/index_1.html", "下一页"),
            ("/news/202401/t20240115_1001.html", "关于印发某某办法的通知"), ("/gbk.html", "通知公告"),
            ("/missing.html", "失效链接"), ("/waf.html", "拦截"), ("/waf503.html", "验证"), ("/busy.html", "繁忙"),
            ("/private/secret.html", "内部"), ("/files/report.pdf", "2023年年度报告"),
            ("/files/missing.pdf", "缺失附件"), ("/files/nohead.doc", "不支持HEAD"), ("/gz.html", "压缩"),
            ("/old.html", "旧地址"), ("/loop-a", "循环"), (f"{offsite.url}x.html", "外部链接"),
            ("mailto:a@example.gov.cn", "邮箱"),
            title="测试区人民政府", extra='<img src="/img/logo.png" alt="标志">'),
        "zwgk/index.html": html(("/zwgk/ndbg/", "年度报告"), ("/", "首页")),
        "zwgk/ndbg/index.html": html(("/files/report.pdf", "2023年年度报告")),
        "news/index.html": html(("/news/202401/t20240115_1001.html", "关于印发某某办法的通知")),
        "news/index_1.html": html(("/news/202401/t20240115_1001.html", "关于印发某某办法的通知")),
        "news/202401/t20240115_1001.html": html(("/", "首页")),
        "private/secret.html": html(),
        "gbk.html": GBK_PAGE,
        "files/report.pdf": b"%PDF-1.4\n% test\n",
        "img/logo.png": b"\x89PNG\r\n\x1a\n",
    })
    site = start_site(root, ROUTES)
    out = tmp_path_factory.mktemp("out")
    try:
        summary = crawl_site(site.url, out, CrawlSettings(rate=0, concurrency=2))
        yield Crawled(summary, out, root, site, offsite)
    finally:
        stop_site(site)
        stop_site(offsite)


@pytest.fixture(scope="module")
def reader(crawled):
    with SnapshotReader(crawled.out) as r:
        yield r


def cap(reader: SnapshotReader, site, path: str):
    found = reader.get(site.url + path.lstrip("/"))
    assert found is not None, f"{path} not in the index"
    return found


def test_pages_and_links_discovered_and_stored(crawled, reader):
    summary, site = crawled.summary, crawled.site
    for path in ("/", "/zwgk/", "/zwgk/ndbg/", "/news/", "/news/index_1.html", "/news/202401/t20240115_1001.html"):
        c = cap(reader, site, path)
        assert (c.outcome, c.status, c.method, c.content_type) == ("ok", 200, "GET", "text/html"), path
    assert [c.url for c in reader.captures()] == sorted(c.url for c in reader.captures())
    assert isinstance(summary, CrawlSummary) and summary.budget_exhausted is False and summary.reason is None
    assert summary.fetched == sum(n for k, n in summary.by_outcome.items() if k != "robots_disallowed")
    assert summary.started_at.endswith("+08:00") and summary.finished_at.endswith("+08:00")


def test_why_fetched_is_recorded(reader, crawled):
    site = crawled.site
    hub = cap(reader, site, "/zwgk/")
    assert (hub.parent, hub.anchor, hub.priority, hub.depth) == (site.url, "政务公开", "hub", 1)
    assert cap(reader, site, "/").priority == "home"
    assert cap(reader, site, "/news/").priority == "column"
    assert cap(reader, site, "/news/index_1.html").priority == "pagination"
    assert cap(reader, site, "/news/202401/t20240115_1001.html").priority == "document"
    assert cap(reader, site, "/zwgk/ndbg/").depth == 2
    order = [h.path for h in site.hits]
    assert order[:2] == ["/robots.txt", "/"]  # robots.txt, then the home page, first


def test_warc_is_valid_with_request_response_pairs(crawled, reader):
    out = crawled.out
    responses, requests_ = {}, []
    with open(out / "snapshot" / "crawl.warc.gz", "rb") as f:
        records = ArchiveIterator(f, check_digests="raise")
        for record in records:
            record.content_stream().read()  # reading checks the digests
            headers = record.rec_headers
            if record.rec_type == "response":
                assert headers.get_header("WARC-Payload-Digest", "").startswith("sha1:")
                assert record.http_headers.protocol.startswith("HTTP/1.")
                responses[headers.get_header("WARC-Record-ID")] = (records.get_record_offset(), record)
            elif record.rec_type == "request":
                requests_.append(headers.get_header("WARC-Concurrent-To"))
            else:
                assert record.rec_type == "warcinfo" and records.get_record_offset() == 0
    assert headers.get_header("WARC-Type") in ("request", "response")
    assert sorted(requests_) == sorted(responses)  # every response has its request
    offsets = {offset for offset, _ in responses.values()}
    archived = [c for c in reader.captures() if c.record]
    assert archived and all(int(c.record.split("#")[1]) in offsets for c in archived)


def test_body_returns_exact_bytes(crawled, reader):
    site = crawled.site
    assert reader.body(cap(reader, site, "/")) == (crawled.root / "index.html").read_bytes()
    assert reader.body(cap(reader, site, "/gz.html")) == GZ_PAGE  # gzip undone
    assert reader.body(cap(reader, site, "/files/report.pdf")) is None  # HEAD check: no body


def test_gbk_page_charset_is_gb18030(crawled, reader):
    c = cap(reader, crawled.site, "/gbk.html")
    assert (c.outcome, c.charset) == ("ok", "gb18030")
    assert reader.body(c) == GBK_PAGE
    assert cap(reader, crawled.site, "/").charset == "utf-8"
    assert cap(reader, crawled.site, "/files/report.pdf").charset is None


def test_status_outcomes(crawled, reader):
    site = crawled.site
    missing = cap(reader, site, "/missing.html")
    assert (missing.outcome, missing.status) == ("not_found", 404)
    assert site.requested("/missing.html") == 1  # 404 is never retried
    waf = cap(reader, site, "/waf.html")
    assert (waf.outcome, waf.status) == ("blocked", 412)
    waf503 = cap(reader, site, "/waf503.html")
    assert (waf503.outcome, waf503.status) == ("blocked", 503)
    assert site.requested("/waf503.html") == 1  # a challenge is not retried


def test_robots_disallow_is_respected(crawled, reader):
    site = crawled.site
    c = cap(reader, site, "/private/secret.html")
    assert (c.outcome, c.record, c.status, c.fetched_at) == ("robots_disallowed", None, None, None)
    assert c.parent == site.url and c.anchor == "内部"
    assert site.requested("/private/secret.html") == 0
    robots = cap(reader, site, "/robots.txt")
    assert robots.priority == "robots" and reader.body(robots).startswith(b"User-agent")


def test_retry_after_is_honoured(crawled, reader):
    site = crawled.site
    c = cap(reader, site, "/busy.html")
    assert (c.outcome, c.status) == ("ok", 200)
    hits = [h.at for h in site.hits if h.path == "/busy.html"]
    assert len(hits) == 2 and hits[1] - hits[0] >= 0.9


def test_attachments_are_head_checked(crawled, reader):
    site = crawled.site
    present = cap(reader, site, "/files/report.pdf")
    assert (present.method, present.outcome, present.priority) == ("HEAD", "ok", "attachment")
    missing = cap(reader, site, "/files/missing.pdf")
    # a HEAD answered with an error is asked again as a visitor asks, with a one-byte GET (probes4:
    # download handlers that serve only GET answer HEAD 404); a file that is gone stays not_found
    assert (missing.method, missing.outcome) == ("GET", "not_found")
    assert [(h.method, h.headers.get("Range")) for h in site.hits if h.path == "/files/missing.pdf"] == \
        [("HEAD", None), ("GET", "bytes=0-0")]
    assert site.requested("/files/report.pdf", "GET") == 0
    assert cap(reader, site, "/img/logo.png").priority == "image"
    # HEAD refused with 405: a one-byte ranged GET instead, not stored as the document's body.
    nohead = cap(reader, site, "/files/nohead.doc")
    assert (nohead.method, nohead.status, nohead.outcome) == ("GET", 206, "ok")
    assert [h.headers.get("Range") for h in site.hits if h.path == "/files/nohead.doc"] == [None, "bytes=0-0"]
    assert reader.body(nohead) is None


def test_offsite_links_are_not_fetched(crawled, reader):
    site, offsite = crawled.site, crawled.offsite
    assert offsite.hits == []
    assert all(c.url.startswith(site.url) for c in reader.captures())
    assert reader.get("mailto:a@example.gov.cn") is None


def test_redirects(crawled, reader):
    site = crawled.site
    old = cap(reader, site, "/old.html")
    assert (old.outcome, old.status, old.final_url) == ("ok", 200, site.url + "news/")
    loop = cap(reader, site, "/loop-a")
    assert loop.outcome == "redirect_loop" and "loop" in loop.error


def test_index_schema_and_meta(crawled):
    out = crawled.out
    db = sqlite3.connect(out / "snapshot" / "index.sqlite3")
    columns = [row[1] for row in db.execute("PRAGMA table_info(captures)")]
    assert columns == ["url", "final_url", "method", "status", "outcome", "content_type", "charset", "charset_note",
                       "fetched_at",
                       "digest", "warc_file", "offset", "length", "parent", "anchor", "priority", "depth", "error",
                       "render", "render_note", "rendered_offset", "rendered_length"]
    assert db.execute("SELECT COUNT(*) FROM captures WHERE digest LIKE 'sha1:%'").fetchone()[0] > 5
    db.close()
    assert not (out / "snapshot" / "index.sqlite3-wal").exists()  # one self-contained file after close
    with SnapshotReader(out) as r:
        meta = r.meta
    assert meta["start_url"] == crawled.site.url
    assert meta["budget_exhausted"] == "false" and meta["reason"] == ""
    assert meta["tool_version"] and '"obey_robots": true' in meta["settings"]
    assert meta["started_at"] <= meta["finished_at"]
