"""Redirect stubs (crawl/clientredirect.py): which 200 pages only send their visitor on."""

from __future__ import annotations

import gzip

import pytest

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.crawl.clientredirect import MAX_STUB_BYTES, stub_target
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site

URL = "http://fgw.example.gov.cn/col/col91475/index.html"
HTML = "text/html; charset=utf-8"


def _target(body: str, url: str = URL, ctype: str | None = HTML) -> str | None:
    return stub_target(body.encode("utf-8"), ctype, url)


def test_a_column_page_that_is_one_location_assignment_is_a_stub():
    # fgw.shandong.gov.cn /col/col91475/index.html as a public collector's tests quote it
    stub = '<html><body><SCRIPT> location.href="/col/col91477/index.html";</SCRIPT></body></html>'
    assert _target(stub) == "http://fgw.example.gov.cn/col/col91477/index.html"


@pytest.mark.parametrize("meta, target", [
    ('<meta http-equiv="refresh" content="0;url=/zwgk/index.shtml">', "http://fgw.example.gov.cn/zwgk/index.shtml"),
    ('<META HTTP-EQUIV="Refresh" CONTENT="3; URL=\'http://www.example.gov.cn/\'">', "http://www.example.gov.cn/"),
    ('<meta http-equiv="refresh" content="1,url=list2.html">', "http://fgw.example.gov.cn/col/col91475/list2.html"),
])
def test_a_refresh_that_moves_within_seconds_is_a_stub(meta, target):
    page = f'<html><head>{meta}<title>正在跳转</title></head><body>正在跳转，请稍候……<a href="{target}">点击这里</a></body></html>'
    # example.gov.cn -> www.example.gov.cn: a home page sending to the site's other host name
    assert _target(page, url="http://example.gov.cn/" if target.endswith(".gov.cn/") else URL) == target


def test_a_refresh_header_moves_as_a_refresh_meta_does():
    # nginx `add_header Refresh '5; URL=https://www.baidu.com';` (a cnblogs note on HTTP headers); MDN:
    # the Refresh header "is exactly equivalent to using <meta http-equiv="refresh" content="...">".
    target = "http://fgw.example.gov.cn/col/col91477/index.html"
    assert stub_target(b"", HTML, URL, "0;url=/col/col91477/index.html") == target  # an empty body
    assert stub_target("<html><body>正在跳转……</body></html>".encode(), HTML, URL, "5; URL='/col/col91477/index.html'") == target
    assert stub_target(b"", HTML, URL, "300; url=/col/col91477/index.html") is None  # a page reloading itself later
    assert stub_target(b"", HTML, URL, "0") is None  # a reload, no target
    assert stub_target(b"", HTML, URL, "0; url=/") is None  # sent home: an error page's way
    page = (f'<html><body>{"通知公告 " * 200}<a href="/col/col1/index.html">政务公开</a></body></html>').encode()
    assert stub_target(page, HTML, URL, "0;url=/col/col91477/index.html") is None  # a page of its own: read as such


def test_a_desktop_target_is_preferred_to_a_mobile_one():
    page = ('<html><head><script>if(/iPhone|Android/i.test(navigator.userAgent)){window.location.href="/m/index.html"}'
            'else{window.location.href="/portal/index.html"}</script></head><body></body></html>')
    assert _target(page, url="http://www.example.gov.cn/") == "http://www.example.gov.cn/portal/index.html"


def test_a_frameset_of_one_frame_is_a_stub_and_of_several_is_not():
    one = '<html><head><title>县政府</title></head><frameset rows="*"><frame src="/main.html"></frameset></html>'
    assert _target(one, url="http://www.example.gov.cn/") == "http://www.example.gov.cn/main.html"
    three = ('<html><frameset rows="80,*"><frame src="/top.html"><frameset cols="200,*"><frame src="/left.html">'
             '<frame src="/main.html"></frameset></frameset></html>')
    assert _target(three, url="http://www.example.gov.cn/") is None


@pytest.mark.parametrize("page", [
    # a page that reloads itself, or reloads after minutes: not moving anywhere
    '<html><head><meta http-equiv="refresh" content="300"></head><body>今日要闻</body></html>',
    f'<html><head><meta http-equiv="refresh" content="0;url={URL}"></head><body></body></html>',
    '<html><head><meta http-equiv="refresh" content="600;url=/zwgk/"></head><body></body></html>',
    # an error page that sends its visitor home: it stays an error page (soft404)
    '<html><head><title>提示</title></head><body>您访问的页面不存在！3秒后返回首页'
    '<script>setTimeout(function(){location.href="/zwgk/"},3000)</script></body></html>',
    # a short page sending home from a column address: a retired page, not a moved one
    '<html><body><script>location.href="/";</script></body></html>',
    # a page with links of its own is a page, whatever its script does
    '<html><body><script>location.href="/m/";</script><a href="/zwgk/">政务公开</a><a href="/xwzx/">新闻中心</a></body></html>',
    # a page with text to read is a page
    '<html><body><script>location.href="/new/";</script><p>' + "本站公告内容。" * 40 + '</p></body></html>',
    # concatenation and javascript: are not addresses
    '<html><body><script>location.href=location.pathname+"?r=1"</script></body></html>',
    # a WAF's cookie challenge (it is classified as blocked before this)
    '<script>document.cookie=("_jsl_clearance=1");location.href=location.pathname+location.search</script>',
])
def test_pages_that_are_not_stubs(page):
    assert _target(page) is None


def test_only_small_html_answers_are_read():
    stub = '<html><body><script>location.href="/col/col2/index.html";</script></body></html>'
    assert _target(stub, ctype="application/json") is None
    assert _target(stub + " " * MAX_STUB_BYTES) is None
    assert _target(stub, ctype=None) == "http://fgw.example.gov.cn/col/col2/index.html"  # sniffed as HTML


def test_the_crawl_follows_stubs_and_script_links_and_archives_both_answers(tmp_path, serve):
    root = write_site(tmp_path / "site", {
        "index.html": '<html><body><script>location.href="/portal/index.html";</script></body></html>',
        "portal/index.html": html(("/col/col1/index.html", "通知公告")),
        "col/col1/index.html": '<html><body><SCRIPT> location.href="/col/col2/index.html";</SCRIPT></body></html>',
        "col/col2/index.html": html(extra='<ul><li><a onclick="isDownLoad(this,\'/art/2026/1/5/art_2_9.html\')">'
                                          '关于印发某某办法的通知</a></li></ul>'),
        "art/2026/1/5/art_2_9.html": html(title="关于印发某某办法的通知"),
    })
    site = serve(root)
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, concurrency=1, obey_robots=False))
    with SnapshotReader(tmp_path / "out") as reader:
        start, column = reader.get(site.url), reader.get(site.url + "col/col1/index.html")
        assert start.final_url == site.url + "portal/index.html"
        assert column.final_url == site.url + "col/col2/index.html" and column.outcome == "ok"
        assert reader.get(site.url + "art/2026/1/5/art_2_9.html").outcome == "ok"
    assert site.requested("/col/col2/index.html") == 1  # indexed with the stub's fetch, not fetched again
    text = gzip.decompress((tmp_path / "out" / "snapshot" / "crawl.warc.gz").read_bytes()).decode("utf-8", "replace")
    assert 'location.href="/col/col2/index.html"' in text and "isDownLoad" in text  # both answers archived
