"""Hanweb script islands whose pager is drawn by jpage (no static pager link): the island holds
the first group of records, `totalRecord` the list's size, and the data proxy named in
`<nextgroup>` answers the later groups as XML (`startrecord`/`endrecord`/`perpage`). The crawl
fetches those groups within the list-page budget and the model reads them as the same column
(markup modelled on Hanweb column pages and the data-proxy requests public spiders make)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.model.loopback import HTML, crawl_and_build

PROXY = "/module/web/jpage/dataproxy.jsp?page={page}&webid=1&path=/&columnid={col}&unitid={uid}&permissiontype=0"
DAY0 = date(2026, 9, 30)


def _record(col: int, n: int) -> str:
    day = DAY0 - timedelta(days=n)
    return (f"<record><![CDATA[<li><a href=\"/art/{day.year}/{day.month}/{day.day}/art_{col}_{n}.html\" title=\"第{n}号通知\">"
            f"第{n}号通知</a><span>{day:%Y-%m-%d}</span></li>]]></record>")


def _column(col: int, uid: int, name: str, total: int, held: int, config: str) -> str:
    records = "".join(_record(col, n) for n in range(1, held + 1))
    nextgroup = PROXY.format(page=1, col=col, uid=uid).replace("&", "&amp;")
    return (f"<html><head><meta charset='gbk'><title>{name}</title><meta name='ColumnName' content='{name}'></head><body>"
            f"<div class='crumb'><a href='/'>首页</a> &gt; {name}</div><div class='list'><div id='{uid}'>"
            f"<script type='text/xml'><datastore><nextgroup><![CDATA[<a href=\"{nextgroup}\"></a>]]></nextgroup>"
            f"<recordset>{records}</recordset></datastore></script></div></div>"
            f"<script type='text/javascript'>{config}</script></body></html>")


def _group(col: int, start: int, end: int) -> bytes:
    records = "".join(_record(col, n) for n in range(start, end + 1))
    return (f'<?xml version="1.0" encoding="GBK"?><datastore><recordset>{records}</recordset></datastore>').encode("gbk")


def _site() -> dict:
    pages: dict = {"/": (200, HTML, "<html><head><title>某县</title></head><body>"
                                    "<a href='/col/col1229/index.html'>通知公告</a><a href='/col/col1230/index.html'>工作动态</a>"
                                    "<a href='/col/col1231/index.html'>人事信息</a></body></html>")}
    xml, gbk = "text/xml;charset=GBK", "text/html; charset=GBK"
    # jpage config with totalRecord/perPage/groupSize: 101 records, 45 per group.
    config = "$('#5001').jpage({dataStore: _store, perPage: 15, totalRecord: 101, groupSize: 3, proxyUrl: '/module/web/jpage/dataproxy.jsp'});"
    pages["/col/col1229/index.html"] = (200, gbk, _column(1229, 5001, "通知公告", 101, 45, config).encode("gbk"))
    for page, start, end in ((4, 46, 90), (7, 91, 101)):
        url = PROXY.format(page=page, col=1229, uid=5001) + f"&startrecord={start}&endrecord={end}&perpage=15"
        pages[url] = (200, xml, _group(1229, start, end))
    # Only a visible total (共60条), 30 records held: perPage read as 10 (three pages per group).
    pages["/col/col1230/index.html"] = (200, gbk, _column(1230, 5002, "工作动态", 60, 30, "var x = 1;").replace(
        "</body>", "<div class='pager'>共60条</div></body>").encode("gbk"))
    pages[PROXY.format(page=4, col=1230, uid=5002) + "&startrecord=31&endrecord=60&perpage=10"] = (200, xml, _group(1230, 31, 60))
    # Everything held in the island: no proxy request.
    pages["/col/col1231/index.html"] = (200, gbk, _column(1231, 5003, "人事信息", 12, 12, "totalRecord:12").encode("gbk"))
    for col, last in ((1229, 101), (1230, 60), (1231, 12)):
        for n in range(1, last + 1):
            day = DAY0 - timedelta(days=n)
            pages[f"/art/{day.year}/{day.month}/{day.day}/art_{col}_{n}.html"] = (
                200, HTML, f"<html><head><title>第{n}号通知</title></head><body><h1>第{n}号通知</h1><p>发布日期：{day}</p></body></html>")
    return pages


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    return crawl_and_build(_site(), tmp_path_factory.mktemp("groups"), max_pages=600)


def test_later_groups_are_fetched_and_read_as_the_same_column(built):
    site, base = built
    got = {c.url.removeprefix(base): (c.name, len(c.items)) for c in site.columns}
    assert got == {"col/col1229/": ("通知公告", 101), "col/col1230/": ("工作动态", 60), "col/col1231/": ("人事信息", 12)}


def test_documents_of_later_groups_are_crawled_and_no_proxy_guess_fails(built):
    site, base = built
    ok = {p.url.removeprefix(base) for p in site.pages if p.outcome == "ok"}
    last = DAY0 - timedelta(days=101)
    assert f"art/{last.year}/{last.month}/{last.day}/art_1229_101.html" in ok
    assert [p.url for p in site.pages if p.status == 404] == []
    assert not any("columnid=1231" in p.url for p in site.pages)  # everything was held: nothing asked
