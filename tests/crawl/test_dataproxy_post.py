"""Hanweb data proxies that answer their record groups only to POST (crawl/dataproxy.py).

A column page's script island holds the first group of records; the later groups come from
`dataproxy.jsp`, which the page's jpage script POSTs: the record range on the URL and the
proxy's fields as a form (the request public spiders of Hanweb sites replay:
`dataproxy.jsp?startrecord=46&endrecord=90&perpage=15` with `col=1&appid=1&webid=…&columnid=…`).
The servers here refuse a GET as real ones do (405, or an answer without a record) and check
that the form names the column. The crawl asks each group once more by POST, records both
exchanges, reads the answer as the group's list page, spends a page request on it, and obeys
robots.txt for the POST's URL."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from govaudit.crawl import crawl_site
from govaudit.model.builder import build_site
from govaudit.settings import CrawlSettings
from tests.model.loopback import serve_handler

PROXY = "/module/web/jpage/dataproxy.jsp"
NEXTGROUP = PROXY + "?page=1&amp;col=1&amp;appid=1&amp;webid=1&amp;path=/&amp;columnid={col}&amp;unitid={uid}&amp;permissiontype=0"
DAY0 = date(2026, 9, 30)
COLUMNS = {1229: (5001, "通知公告", 101), 1230: (5002, "工作动态", 60)}  # col -> (unitid, name, records)
HELD = 15  # records the island holds
PER_PAGE, GROUP = 5, 3  # 15 records a group beyond the island's


def _record(col: int, n: int) -> str:
    day = DAY0 - timedelta(days=n)
    return (f"<record><![CDATA[<li><a href=\"/art/{day.year}/{day.month}/{day.day}/art_{col}_{n}.html\">第{n}号通知</a>"
            f"<span>{day:%Y-%m-%d}</span></li>]]></record>")


def _column(col: int) -> str:
    uid, name, total = COLUMNS[col]
    records = "".join(_record(col, n) for n in range(1, HELD + 1))
    return (f"<html><head><meta charset='utf-8'><title>{name}</title><meta name='ColumnName' content='{name}'></head><body>"
            f"<div class='crumb'><a href='/'>首页</a> &gt; {name}</div><div class='list'><div id='{uid}'>"
            f"<script type='text/xml'><datastore><nextgroup><![CDATA[<a href=\"{NEXTGROUP.format(col=col, uid=uid)}\"></a>]]>"
            f"</nextgroup><recordset>{records}</recordset></datastore></script></div></div><script>$('#{uid}').jpage("
            f"{{dataStore: d, perPage: {PER_PAGE}, totalRecord: {total}, groupSize: {GROUP}, proxyUrl: '{PROXY}'}});"
            "</script></body></html>")


class Site:
    """The site's server: `refuse` is how the proxy answers a GET (405, 200 with no record, or
    none: it answers GET too); `robots` its robots.txt. Proxy requests are logged as (method, query, form)."""

    def __init__(self, refuse: str, robots: str = "User-agent: *\nAllow: /\n") -> None:
        self.refuse, self.robots = refuse, robots
        self.proxy: list[tuple[str, dict[str, list[str]], dict[str, list[str]]]] = []
        self.lock = threading.Lock()

    def answer(self, method: str, path: str, form: bytes) -> tuple[int, str, bytes]:
        parts = urlsplit(path)
        if parts.path == "/robots.txt":
            return 200, "text/plain", self.robots.encode()
        if parts.path == "/":
            links = "".join(f"<a href='/col/col{c}/index.html'>{n}</a>" for c, (_, n, _) in COLUMNS.items())
            return 200, "text/html; charset=utf-8", f"<html><head><title>某县</title></head><body>{links}</body></html>".encode()
        if parts.path.startswith("/col/col"):
            col = int(parts.path.split("/")[2].removeprefix("col"))
            return 200, "text/html; charset=utf-8", _column(col).encode()
        if parts.path == PROXY:
            query, fields = parse_qs(parts.query), parse_qs(form.decode())
            with self.lock:
                self.proxy.append((method, query, fields))
            xml = "text/xml;charset=UTF-8"
            if method == "GET" and self.refuse == "none":
                fields = query  # the proxy's fields on the URL
            elif method == "GET":
                if self.refuse == "405":
                    return 405, "text/html", b"<html><body>HTTP Status 405 - Request method 'GET' not supported</body></html>"
                return 200, xml, b'<?xml version="1.0" encoding="UTF-8"?><datastore><recordset></recordset></datastore>'
            # Otherwise the range on the URL and the column in the form, as the page's script sends them.
            col = int(fields["columnid"][0])
            assert fields["unitid"] == [str(COLUMNS[col][0])] and fields["webid"] == ["1"]
            start, end = int(query["startrecord"][0]), int(query["endrecord"][0])
            records = "".join(_record(col, n) for n in range(start, end + 1))
            return 200, xml, f'<?xml version="1.0" encoding="UTF-8"?><datastore><recordset>{records}</recordset></datastore>'.encode()
        if parts.path.startswith("/art/"):
            title = parts.path.rsplit("_", 1)[1].removesuffix(".html") + "号通知"
            return 200, "text/html; charset=utf-8", f"<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>".encode()
        return 404, "text/html", b"<html><body>Not Found</body></html>"


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            status, ctype, body = site.answer(self.command, self.path, self.rfile.read(length) if length else b"")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_HEAD = _serve  # noqa: N815 — http.server's naming

        def log_message(self, *args: object) -> None:
            pass

    return Handler


def _crawl(site: Site, out: Path, max_pages: int = 400):
    with serve_handler(_handler(site)) as base:
        summary = crawl_site(base, out, CrawlSettings(rate=0, max_pages=max_pages, max_time=120))
    return summary, base


def _groups(col: int) -> list[tuple[int, int]]:
    total, size = COLUMNS[col][2], PER_PAGE * GROUP
    return [(s, min(s + size - 1, total)) for s in range(HELD + 1, total + 1, size)]


@pytest.mark.parametrize("refuse", ["405", "no-record"])
def test_groups_refused_to_get_are_asked_by_post_and_read_as_the_column(tmp_path: Path, refuse: str):
    site = Site(refuse)
    summary, base = _crawl(site, tmp_path)
    model = build_site(tmp_path)
    got = {c.url.removeprefix(base): (c.name, len(c.items)) for c in model.columns}
    assert got == {"col/col1229/": ("通知公告", 101), "col/col1230/": ("工作动态", 60)}
    # Each group: one GET (refused), then one POST with the range on the URL and the column in the form.
    for col in COLUMNS:
        asked = [(m, int(q["startrecord"][0])) for m, q, f in site.proxy if f.get("columnid", q.get("columnid")) == [str(col)]]
        assert sorted(asked) == sorted([("GET", s) for s, _ in _groups(col)] + [("POST", s) for s, _ in _groups(col)])
        assert all(asked.index(("GET", s)) < asked.index(("POST", s)) for s, _ in _groups(col))
    posts = [(q, f) for m, q, f in site.proxy if m == "POST"]
    assert all(set(q) == {"startrecord", "endrecord", "perpage"} and "startrecord" not in f and "page" not in f
               and f["col"] == ["1"] and f["path"] == ["/"] for q, f in posts)
    # The index keeps the group's URL, with the POST as its final method; the WARC holds both exchanges.
    db = sqlite3.connect(tmp_path / "snapshot" / "index.sqlite3")
    rows = db.execute("SELECT method, outcome, final_url FROM captures WHERE url LIKE '%dataproxy.jsp%'").fetchall()
    assert len(rows) == len(posts) and all(m == "POST" and o == "ok" and "?startrecord=" in f for m, o, f in rows)
    requests = []
    for warc in sorted((tmp_path / "snapshot").glob("*.warc.gz")):
        with open(warc, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "request" and "dataproxy.jsp" in record.rec_headers.get_header("WARC-Target-URI"):
                    requests.append((record.http_headers.protocol, record.http_headers.get_header("Content-Type") or "",
                                     record.content_stream().read()))
    assert sorted(m for m, _, _ in requests) == ["GET"] * len(posts) + ["POST"] * len(posts)
    assert all(t.startswith("application/x-www-form-urlencoded") and b"columnid=" in body and b"startrecord" not in body
               for m, t, body in requests if m == "POST")
    # Every request made counts against max_pages: robots.txt aside, the pages fetched plus one per POST.
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert json.loads(meta["budget_cut"])["pages"] == summary.fetched + len(posts) == int(meta["post_requests"]) + summary.fetched


def test_a_proxy_that_answers_get_is_never_posted_to(tmp_path: Path):
    site = Site("none")
    summary, base = _crawl(site, tmp_path)
    got = {c.url.removeprefix(base): len(c.items) for c in build_site(tmp_path).columns}
    assert got == {"col/col1229/": 101, "col/col1230/": 60}
    assert {m for m, _, _ in site.proxy} == {"GET"}
    db = sqlite3.connect(tmp_path / "snapshot" / "index.sqlite3")
    assert {m for (m,) in db.execute("SELECT method FROM captures WHERE url LIKE '%dataproxy.jsp%'")} == {"GET"}
    # The page request held for a POST at each group's start is given back when the GET answers.
    assert json.loads(dict(db.execute("SELECT key, value FROM meta").fetchall())["budget_cut"])["pages"] == summary.fetched


def test_robots_txt_and_the_page_budget_bound_the_posts(tmp_path: Path):
    # robots.txt disallows the POST's URL shape (the range first on the query), not the GET's.
    site = Site("405", robots=f"User-agent: *\nDisallow: {PROXY}?startrecord\n")
    _crawl(site, tmp_path / "robots")
    assert [m for m, _, _ in site.proxy] == ["GET"] * (len(_groups(1229)) + len(_groups(1230)))
    # A budget that runs out among the groups (home, 2 columns and their 30 documents come first, then
    # room for 3 requests): some groups are posted, the rest not, and nothing overspends.
    site = Site("405")
    summary, _ = _crawl(site, tmp_path / "budget", max_pages=36)
    db = sqlite3.connect(tmp_path / "budget" / "snapshot" / "index.sqlite3")
    spent = json.loads(dict(db.execute("SELECT key, value FROM meta").fetchall())["budget_cut"])["pages"]
    posts = sum(1 for m, _, _ in site.proxy if m == "POST")
    assert 1 <= posts < len(_groups(1229)) + len(_groups(1230))
    assert spent == summary.fetched + posts <= 36 and summary.reason == "max_pages"


def test_a_resumed_crawl_counts_the_posts_already_made(tmp_path: Path):
    site = Site("405")
    with serve_handler(_handler(site)) as base:
        crawl_site(base, tmp_path, CrawlSettings(rate=0, max_pages=36, max_time=120))
        first = sum(1 for m, _, _ in site.proxy if m == "POST")
        summary = crawl_site(base, tmp_path, CrawlSettings(rate=0, max_pages=400, max_time=120, resume=True))
    posts = sum(1 for m, _, _ in site.proxy if m == "POST")
    assert 1 <= first < posts and summary.reason is None
    db = sqlite3.connect(tmp_path / "snapshot" / "index.sqlite3")
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    fetched = db.execute("SELECT COUNT(*) FROM captures WHERE priority != 'robots'").fetchone()[0]
    assert int(meta["post_requests"]) == posts and json.loads(meta["budget_cut"])["pages"] == fetched + posts
    # Every group answered by its POST is in its column. (A group the first crawl's budget left
    # no request to POST for stays its GET's 405, recorded: a resumed crawl does not ask again.)
    groups = db.execute("SELECT url, method, status FROM captures WHERE url LIKE '%dataproxy.jsp%'").fetchall()
    assert all((m, st) in (("POST", 200), ("GET", 405)) for _, m, st in groups)
    expected = {col: HELD + sum(int(parse_qs(urlsplit(u).query)["endrecord"][0]) - int(parse_qs(urlsplit(u).query)["startrecord"][0]) + 1
                                for u, m, _ in groups if m == "POST" and f"columnid={col}&" in u) for col in COLUMNS}
    got = {c.url.removeprefix(base): len(c.items) for c in build_site(tmp_path).columns}
    assert got == {f"col/col{col}/": n for col, n in expected.items()}
