"""A Hanweb JCMS style column: rows in a script island, query-string pages (index.html?uid=…&pageNum=N)."""

from __future__ import annotations

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site


def _column(page: int, pages: int, per_page: int = 3) -> str:
    records = "".join(
        f'<record><![CDATA[<li><a href="/art/2026/9/{page}/art_1229_{page * 100 + i}.html">第{page}页第{i}条</a>'
        f'<span>2026-09-0{page}</span></li>]]></record>' for i in range(per_page))
    pager = (f'共{pages * per_page}条 第{page}/{pages}页 <a href="?uid=5001&pageNum={min(page + 1, pages)}">下一页</a>'
             if pages > 1 else "")
    return (f'<html><head><meta charset="gbk"><title>通知公告</title></head><body><div id="5001">'
            '<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1'
            f'&columnid=1229&unitid=5001"></a>]]></nextgroup><recordset>{records}</recordset></datastore></script>'
            f'</div>{pager}</body></html>')


def test_island_rows_and_every_query_page_are_crawled(tmp_path, serve):
    pages = 4

    def route(page: int):
        body = _column(page, pages).encode("gb18030")
        return lambda method, n: (200, {"Content-Type": "text/html; charset=GBK"}, body)

    docs = {f"art/2026/9/{p}/art_1229_{p * 100 + i}.html": html() for p in range(1, pages + 1) for i in range(3)}
    root = write_site(tmp_path / "site", {"index.html": html(("/col/col1229/index.html", "通知公告")), **docs})
    routes = {f"/col/col1229/index.html?uid=5001&pageNum={p}": route(p) for p in range(1, pages + 1)}
    site = serve(root, {"/col/col1229/index.html": route(1), **routes})
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False, render="never"))
    with SnapshotReader(tmp_path / "out") as reader:
        caps = {c.url: c for c in reader.captures()}
    for p in range(2, pages + 1):
        assert caps[f"{site.url}col/col1229/index.html?uid=5001&pageNum={p}"].priority == "pagination"
    for path in docs:
        assert caps[site.url + path].outcome == "ok", path  # linked only from inside the islands
    assert site.requested("/module/web/jpage/dataproxy.jsp") == 0  # the script's data proxy is not a page
