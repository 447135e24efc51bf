"""A column's articles reached only along their 上一篇/下一篇 links.

PageAdmin's list control can page by script (`<div class="sublanmu_page ajax_zdymodel_page"><a
href="javascript:rajax_1901(2,1)">2</a>`, a PageAdmin template in a public repository): no address
reaches the later pages, and the older articles are reached only through each article's
`<ul class="sublanmu_pn"><li>上一篇：<a …>…</a></li><li>下一篇：<a …>…</a></li></ul>` (PageAdmin's
detail control). Each step was one hop deeper: past max_depth the chain was cut, the crawl stopped
as incomplete and every rule a page not fetched could change stayed undecided (the sample site
pga: verdict 待定). A chain is one column, as a list's pages are: a step that would be too deep
stays at max_depth, for at most max_list_pages such articles a crawl."""

from __future__ import annotations

import threading
import time

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.htmlpage import parse_html, sequel_links
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import write_site

HTML = {"Content-Type": "text/html; charset=utf-8"}


def _article(k: int, n: int) -> str:
    newer = f'上一篇：<a href="/xzdt/{k - 1}.html">第{k - 1}条动态</a>' if k > 1 else ""
    older = f'下一篇：<a href="/xzdt/{k + 1}.html">第{k + 1}条动态</a>' if k < n else ""
    return ('<html><head><meta charset="utf-8"><title>动态</title></head><body><a href="/">首页</a>'
            f'<div class="articleinfor"><h1>第{k}条动态</h1><div class="content" id="Content"><p>正文。</p></div></div>'
            f'<ul class="sublanmu_pn">\n<li>{newer}</li>\n<li>{older}</li>\n</ul></body></html>')


def _site(root, n: int):
    lists = ('<html><head><meta charset="utf-8"><title>乡镇动态</title></head><body><ul class="article">'
             '<li><span class="title"><a href="/xzdt/1.html">第1条动态</a></span><span class="date">2026-11-18</span></li></ul>'
             '<div class="sublanmu_page ajax_zdymodel_page"><span>首页</span> <span class="c">1</span> '
             '<a href="javascript:rajax_1901(2,1)">2</a></div></body></html>')
    return write_site(root, {"index.html": lists, **{f"xzdt/{k}.html": _article(k, n) for k in range(1, n + 1)}})


def _fetched(out) -> set[str]:
    with SnapshotReader(out) as reader:
        return {c.url.rsplit("/", 1)[1] for c in reader.captures() if "/xzdt/" in c.url}


def test_an_article_chain_past_max_depth_is_walked_as_one_column(tmp_path, serve):
    site = serve(_site(tmp_path / "site", 8))
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, max_depth=3))
    assert _fetched(tmp_path / "out") == {f"{k}.html" for k in range(1, 9)}
    assert not summary.budget_exhausted


def test_the_chain_past_max_depth_is_bounded(tmp_path, serve):
    site = serve(_site(tmp_path / "site", 8))
    summary = crawl_site(site.url, tmp_path / "out",
                         CrawlSettings(rate=0, obey_robots=False, max_depth=3, max_list_pages=2))
    # 1.html at depth 1, 2.html and 3.html at 2 and 3; two more kept at depth 3; 6.html is cut
    assert _fetched(tmp_path / "out") == {f"{k}.html" for k in range(1, 6)}
    assert (summary.budget_exhausted, summary.reason) == (True, "max_depth")


def test_sequel_links_are_the_links_after_a_prev_next_label() -> None:
    page = ('<html><body><a href="/a/1.html">上一篇：通知一</a>'  # the label in the link's text
            '<ul class="sublanmu_pn"><li>上一篇：<a href="/a/2.html">通知二</a></li>'  # PageAdmin
            '<li>下一篇：<a href="/a/3.html">通知三</a></li></ul>'
            '<p><span>下一条</span><a href="/a/4.html">通知四</a></p>'  # the label in an element before it
            '<p>相关文档：<a href="/a/5.html">通知五</a></p>'
            '<div><p>上一篇文章的正文很长。</p><a href="/a/6.html">通知六</a></div></body></html>')
    found = sequel_links(parse_html(page), "http://s/a/0.html")
    assert found == {f"http://s/a/{k}.html" for k in (1, 2, 3, 4)}


def test_a_page_found_nearer_after_it_was_fetched_takes_back_its_links_cut_for_depth(tmp_path, serve):
    """A page is as deep as the first link fetched to it. Here article 5 is reached along the chain
    (kept at max_depth) before the list's page 2, which links it at depth 3, is read (the route holds
    page 2 until the chain has gone past 5). Article 5's own link (a 附件说明 page only it links) was
    cut at depth 5 and the crawl stopped as incomplete (max_depth), though that page is 4 hops from
    the start. Found nearer, its cut links are queued again (seen under mutated pagers on the sample
    site dede: the site left ungraded, 待定)."""
    files = {f"xzdt/{k}.html": _article(k, 6) for k in range(1, 7)}
    files["xzdt/5.html"] = files["xzdt/5.html"].replace("</body>", '<a href="/fj/5.html">附件说明</a></body>')
    files["fj/5.html"] = '<html><head><meta charset="utf-8"><title>附件说明</title></head><body>说明。</body></html>'
    files["index.html"] = ('<html><head><meta charset="utf-8"><title>首页</title></head><body>'
                           '<a href="/xzdt/1.html">第1条动态</a> <a href="/list/">乡镇动态</a></body></html>')
    files["list/index.html"] = ('<html><head><meta charset="utf-8"><title>乡镇动态</title></head><body><ul>'
                                '<li><a href="/xzdt/1.html">第1条动态</a><span>2026-11-18</span></li></ul>'
                                '<a href="/list/index_1.html">下一页</a></body></html>')
    root = write_site(tmp_path / "site", files)
    past_five = threading.Event()

    def article_six(method: str, n: int):
        past_five.set()  # article 5 was read: its link to 6 was followed
        return 200, HTML, (root / "xzdt" / "6.html").read_bytes()

    def page_two(method: str, n: int):
        past_five.wait(10)
        return 200, HTML, ('<html><head><meta charset="utf-8"><title>乡镇动态</title></head><body><ul><li>'
                           '<a href="/xzdt/5.html">第5条动态</a><span>2026-11-10</span></li></ul></body></html>').encode()

    site = serve(root, {"/xzdt/6.html": article_six, "/list/index_1.html": page_two})
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, concurrency=2, obey_robots=False, max_depth=4))
    with SnapshotReader(tmp_path / "out") as reader:
        depths = {c.url.split("/", 3)[3]: c.depth for c in reader.captures()}
    assert depths["xzdt/5.html"] == 4 and depths["fj/5.html"] == 4  # the chain came first; taken back
    assert not summary.budget_exhausted and summary.cutoffs.get("max_depth") is None


def test_a_page_reached_again_nearer_the_start_follows_the_links_it_had_too_deep(tmp_path, serve):
    """A portal's 点击排行 box links its newest article from every page: the crawl walks that article's
    上一篇/下一篇 chain (documents rank before a list's later pages) and fetches an older article at
    max_depth, where its own links are too deep and cut. The list's last page links it again, nearer
    the start: the links it had are followed then, and the crawl is complete (it stopped as incomplete,
    max_depth, every rule the cut pages could change undecided: the sample site dede under `--mutate
    chrome`)."""
    pages = {f"xzdt/{k}.html": _article(k, 4) for k in range(1, 5)}
    pages["xzdt/4.html"] = pages["xzdt/4.html"].replace("</body>", '<a href="/xzdt/4-sm.html">附件说明</a></body>')
    pages["xzdt/4-sm.html"] = '<html><head><meta charset="utf-8"><title>说明</title></head><body><p>说明。</p></body></html>'
    last = 8
    for k in range(1, last + 1):  # the list's pages, its oldest article on the last
        row = '<li><a href="/xzdt/1.html">第1条动态</a></li>' if k == 1 else '<li><a href="/xzdt/4.html">第4条动态</a></li>' \
            if k == last else ""
        pager = f'<div class="page"><a href="/list_{k + 1}.html">下一页</a></div>' if k < last else ""
        pages["index.html" if k == 1 else f"list_{k}.html"] = (
            '<html><head><meta charset="utf-8"><title>乡镇动态</title></head><body>'
            f'<ul class="article">{row}</ul>{pager}</body></html>')
    site = serve(write_site(tmp_path / "site", pages))
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, max_depth=3, concurrency=1))
    assert _fetched(tmp_path / "out") == {"1.html", "2.html", "3.html", "4.html", "4-sm.html"}
    assert not summary.budget_exhausted


def test_a_page_found_nearer_while_its_fetch_is_in_flight_reads_its_links_at_that_depth(tmp_path, serve):
    """As above, but the list's page 2 links article 5 while article 5's own fetch is still in flight: too late to take
    back links its reading had not cut yet, and before, its 附件说明 link was cut for depth when its reading came (the
    crawl stopped as incomplete: the sample site dede under the `addresses` mutation, whose pagination at opaque
    addresses `/c/58517a/3.shtml` is fetched after the article chain)."""
    files = {f"xzdt/{k}.html": _article(k, 6) for k in range(1, 7)}
    files["xzdt/5.html"] = files["xzdt/5.html"].replace("</body>", '<a href="/fj/5.html">附件说明</a></body>')
    files["fj/5.html"] = '<html><head><meta charset="utf-8"><title>附件说明</title></head><body>说明。</body></html>'
    files["index.html"] = ('<html><head><meta charset="utf-8"><title>首页</title></head><body>'
                           '<a href="/xzdt/1.html">第1条动态</a> <a href="/list/">乡镇动态</a></body></html>')
    files["list/index.html"] = ('<html><head><meta charset="utf-8"><title>乡镇动态</title></head><body><ul>'
                                '<li><a href="/xzdt/1.html">第1条动态</a><span>2026-11-18</span></li></ul>'
                                '<a href="/list/index_1.html">下一页</a></body></html>')
    root = write_site(tmp_path / "site", files)
    page_two_served, five_asked = threading.Event(), threading.Event()

    def article_five(method: str, n: int):
        five_asked.set()
        page_two_served.wait(10)  # page 2 is read while this answer is held back
        time.sleep(1.0)
        return 200, HTML, (root / "xzdt" / "5.html").read_bytes()

    def page_two(method: str, n: int):
        five_asked.wait(10)  # article 5's fetch is in flight
        page_two_served.set()
        return 200, HTML, ('<html><head><meta charset="utf-8"><title>乡镇动态</title></head><body><ul><li>'
                           '<a href="/xzdt/5.html">第5条动态</a><span>2026-11-10</span></li></ul></body></html>').encode()

    site = serve(root, {"/xzdt/5.html": article_five, "/list/index_1.html": page_two})
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, concurrency=2, obey_robots=False, max_depth=4))
    with SnapshotReader(tmp_path / "out") as reader:
        depths = {c.url.split("/", 3)[3]: c.depth for c in reader.captures()}
    assert depths["xzdt/5.html"] == 3 and depths["fj/5.html"] == 4  # page 2 is 2 deep, the list 1
    assert not summary.budget_exhausted and summary.cutoffs.get("max_depth") is None
