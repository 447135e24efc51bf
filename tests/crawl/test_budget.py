"""The crawl budget is spent on evidence: disclosure lists and documents before news, checks apart."""

from __future__ import annotations

import json

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.crawl.frontier import Why, is_disclosure
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site

LIST = Why("http://h/", "规范性文件", "column", 1, disclosure=True)
NEWS = Why("http://h/", "新闻动态", "column", 1)


def test_disclosure_lane_from_text_path_and_its_list():
    assert is_disclosure("http://h/col/col9/index.html", "政策解读", "column", "http://h/", None)
    assert is_disclosure("http://h/zwgk/zcwj/", "更多", "column", "http://h/", None)
    # Guangdong's gkmlpt catalogue: a category's API list, whatever its name (行政处罚 names no disclosure).
    assert is_disclosure("http://h/gkmlpt/api/all/2588?page=1&sid=4", "行政处罚", "pagination", "http://h/", None)
    # Pages and documents of a disclosure list: same folder, Hanweb column id, or a row's long title.
    assert is_disclosure("http://h/col/col9/index.html?uid=1&pageNum=2", "下一页", "pagination", "http://h/col/col9/index.html", LIST)
    assert is_disclosure("http://h/art/2026/9/3/art_9_1.html", "通知", "document", "http://h/col/col9/index.html", LIST)
    assert is_disclosure("http://h/gfxwj/202609/t20260903_1.html", "x", "document", "http://h/gfxwj/", LIST)
    assert is_disclosure("http://h/doc/5.html", "关于印发某某管理办法的通知", "document", "http://h/list.jsp?c=1", LIST)
    assert is_disclosure("http://h/col/col7/index.html", "人事信息", "column", "http://h/col/col200/index.html",
                         Why("http://h/", "政务公开", "hub", 1, disclosure=True))
    # Not: the site's menu on a disclosure list page, a news list's rows, images.
    assert not is_disclosure("http://h/col/col3/index.html", "新闻动态", "column", "http://h/col/col9/index.html", LIST)
    assert not is_disclosure("http://h/doc/5.html", "关于印发某某管理办法的通知", "document", "http://h/news/", NEWS)
    assert not is_disclosure("http://h/zwgk/a.png", "", "image", "http://h/zwgk/", LIST)


def _hanweb_list(col: int, docs: list[str], page: int, pages: int) -> str:
    rows = "".join(f'<li><a href="/art/2026/9/{i + 1}/art_{col}_{d}.html">{"关于某某事项的通知第" + d + "号"}</a>'
                   f"<span>2026-09-{i + 1:02d}</span></li>" for i, d in enumerate(docs))
    pager = f'共{pages}页 <a href="index.html?uid={col}&pageNum={min(page + 1, pages)}">下一页</a>' if pages > 1 else ""
    return html(("/", "首页"), extra=f"<ul>{rows}</ul>{pager}")


def test_budget_reaches_every_disclosure_page_before_news_and_checks_have_their_own(tmp_path, serve):
    news = [str(100 + i) for i in range(6)]
    gfx = [[str(200 + i) for i in range(5)], [str(300 + i) for i in range(5)]]
    # The disclosure column first: while a page's links are recorded the next request starts, so the
    # news column (fetched second) cannot slip one of its articles in before the disclosure rows are queued.
    files = {"index.html": html(("/col/col2/index.html", "规范性文件"), ("/col/col1/index.html", "新闻动态")),
             "col/col1/index.html": _hanweb_list(1, news, 1, 2),
             "col/col2/index.html": _hanweb_list(2, gfx[0], 1, 2)}
    for i, d in enumerate(news):
        files[f"art/2026/9/{i + 1}/art_1_{d}.html"] = html(extra='<img src="/img/photo.jpg">')
    for p in gfx:
        for i, d in enumerate(p):
            files[f"art/2026/9/{i + 1}/art_2_{d}.html"] = html((f"/files/{d}.pdf", "附件"))
            files[f"files/{d}.pdf"] = b"%PDF-1.4"
    page2 = _hanweb_list(2, gfx[1], 2, 2).encode()
    site = serve(write_site(tmp_path / "site", files), {
        "/col/col2/index.html?uid=2&pageNum=2": lambda m, n: (200, {"Content-Type": "text/html; charset=utf-8"}, page2)})
    settings = CrawlSettings(rate=0, concurrency=1, obey_robots=False, render="never", max_pages=14, max_checks=3)
    summary = crawl_site(site.url, tmp_path / "out", settings)
    # Home, two columns, the disclosure list's page 2, its ten documents: 14 pages, no news article.
    for p in gfx:
        for i, d in enumerate(p):
            assert site.requested(f"/art/2026/9/{i + 1}/art_2_{d}.html") == 1
    assert sum(site.requested(f"/art/2026/9/{i + 1}/art_1_{d}.html") for i, d in enumerate(news)) == 0
    assert site.requested("/col/col2/index.html") == 2  # pages 1 and 2, no ?pageNum=1 twin
    assert sum(h.method == "HEAD" for h in site.hits) == 3  # checks spent their own budget, not the pages'
    assert summary.reason in ("max_pages", "max_checks") and summary.budget_exhausted
    with SnapshotReader(tmp_path / "out") as reader:
        cut = json.loads(reader.meta["budget_cut"])
        queued = reader._db.execute("SELECT COUNT(*) FROM frontier").fetchone()[0]
    assert (cut["pages"], cut["checks"], cut["max_pages"], cut["max_checks"]) == (14, 3, 14, 3)
    assert set(cut["exhausted"]) == {"max_pages", "max_checks"}
    # The news list's rows and its page 2 were left out, and the disclosure documents' files beyond 3 checks.
    assert cut["cut"] == {"document": 6, "pagination": 1, "disclosure_attachment": 7}
    assert cut["disclosure_cut"] == 7 and len(cut["examples"]["disclosure_attachment"]) == 5
    assert queued == cut["cut_total"]  # what the budget cut stays queued for --resume


def test_a_complete_crawl_records_an_empty_cut(tmp_path, serve):
    site = serve(write_site(tmp_path / "site", {"index.html": html(("/a.html", "文章")), "a.html": html()}))
    summary = crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, render="never"))
    with SnapshotReader(tmp_path / "out") as reader:
        cut = json.loads(reader.meta["budget_cut"])
    assert not summary.budget_exhausted and cut["cut"] == {} and cut["exhausted"] == [] and cut["pages"] == 2
