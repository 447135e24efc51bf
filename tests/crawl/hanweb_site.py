"""A generated Hanweb JCMS style site (GBK) for crawl-completeness tests and benchmarks.

Markup modelled on Hanweb county sites (FAMILIES.md A): columns `/col/col{id}/index.html`
whose rows sit in a `<script type="text/xml"><datastore>` island, later pages at
`index.html?uid={uid}&pageNum={n}` with a `共N条 第k/m页` pager and 首页/上一页/下一页/尾页
links; articles `/art/{Y}/{M}/{D}/art_{col}_{doc}.html` with an `xxgk_table`; news articles
with body images, annual reports and budgets with files. Every page repeats the site's menu.
With the defaults it has about 3,000 pages (the issue's medium Hanweb site).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

PER_PAGE = 15
NEWS = ("工作动态", "部门动态", "乡镇动态", "图片新闻", "媒体聚焦", "通知公告", "公示公告")
# (name, documents, file extension or None)
DISCLOSURE = (("规范性文件", 260, None), ("政策文件", 200, None), ("政策解读", 160, None), ("部门年报", 40, "pdf"),
              ("政府信息公开年报", 8, "pdf"), ("财政预决算", 80, "xls"), ("人事信息", 60, None))
_DAY0 = date(2026, 9, 1)


@dataclass
class HanwebSite:
    """The site's responses by path (and query), what a complete crawl must fetch, and what it checks."""

    responses: dict[str, bytes] = field(default_factory=dict)
    pages: set[str] = field(default_factory=set)  # path[?query] of every page (lists, their pages, documents)
    files: set[str] = field(default_factory=set)  # attachments and images linked from pages
    list_pages: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)


def _menu() -> str:
    return ('<div class="nav"><a href="/index.html">首页</a><a href="/col/col100/index.html">新闻中心</a>'
            '<a href="/col/col200/index.html">政务公开</a><a href="/col/col300/index.html">互动交流</a>'
            '<a href="javascript:void(0)">无障碍</a></div>')


def _page(title: str, column: str, body: str) -> bytes:
    html = (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f'<title>{title}_某某县人民政府</title><meta name="ColumnName" content="{column}">'
            f'<meta name="SiteName" content="某某县人民政府"></head><body>{_menu()}'
            f'<div class="position">当前位置：<a href="/index.html">首页</a> &gt; {column}</div>{body}'
            '<div class="footer">主办单位：某某县人民政府办公室 网站标识码：3300000001 浙ICP备05000001号</div>'
            '</body></html>')
    return html.encode("gb18030")


def _list_page(col: int, name: str, rows: list[tuple[str, str, str]], page: int, pages: int, total: int) -> bytes:
    records = "".join(f'<record><![CDATA[<li><a href="{href}" title="{title}" target="_blank">{title}</a>'
                      f'<span class="bt-data-time">{day}</span></li>]]></record>' for href, title, day in rows)
    uid = 4000 + col
    links = [("首页", 1), ("上一页", max(1, page - 1)), ("下一页", min(pages, page + 1)), ("尾页", pages)]
    pager = f'<div class="page">共{total}条&nbsp;第{page}/{pages}页&nbsp;' + "".join(
        f'<a href="/col/col{col}/index.html?uid={uid}&pageNum={n}">{text}</a>' for text, n in links) + "</div>"
    body = (f'<div id="{uid}"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/'
            f'dataproxy.jsp?page=1&webid=1&path=/&columnid={col}&unitid={uid}&permissiontype=0"></a>]]></nextgroup>'
            f'<recordset>{records}</recordset></datastore></script></div>{pager if pages > 1 else ""}')
    return _page(name, name, body)


def _article(col: int, doc: int, name: str, title: str, day: date, extra: str) -> bytes:
    table = (f'<table class="xxgk_table"><tr><td>索引号：</td><td>001000000/{day.year}-{doc:05d}</td>'
             f'<td>发布机构：</td><td>某某县人民政府办公室</td></tr><tr><td>成文日期：</td><td>{day}</td>'
             f'<td>公开方式：</td><td>主动公开</td></tr></table>')
    body = (f'{table}<div class="article"><h1>{title}</h1><div class="info">发布日期：{day}</div>'
            f'<div class="content"><p>{title}。为进一步做好相关工作，现将有关事项通知如下。</p>{extra}</div></div>')
    return _page(title, name, body)


def build(news_per_column: int = 285) -> HanwebSite:
    """The site: 7 news columns of `news_per_column` articles and 7 disclosure columns (≈3,000 pages by default)."""
    site = HanwebSite()
    columns: list[tuple[int, str, int, str | None, bool]] = []
    columns += [(101 + k, name, news_per_column, None, True) for k, name in enumerate(NEWS)]
    columns += [(201 + k, name, n, ext, False) for k, (name, n, ext) in enumerate(DISCLOSURE)]
    doc = 10000
    latest: list[tuple[str, str, str]] = []
    for col, name, count, ext, news in columns:
        rows = []
        for i in range(count):
            doc += 1
            day = _DAY0 - timedelta(days=i)
            href = f"/art/{day.year}/{day.month}/{day.day}/art_{col}_{doc}.html"
            title = f"某某县{name}第{i + 1}号信息：关于做好相关工作的通知"
            extra = ""
            if ext:
                extra = f'<p>附件：<a href="/attach/{col}/{doc}.{ext}">{title}.{ext}</a></p>'
                site.files.add(f"/attach/{col}/{doc}.{ext}")
                site.responses[f"/attach/{col}/{doc}.{ext}"] = b"%PDF-1.4 stub" if ext == "pdf" else b"\xd0\xcf\x11\xe0"
            elif news and i % 3 == 0:
                extra = f'<p><img src="/picture/0/{doc}.jpg" alt="{title}"></p>'
                site.files.add(f"/picture/0/{doc}.jpg")
                site.responses[f"/picture/0/{doc}.jpg"] = b"\xff\xd8\xff\xe0 stub"
            site.responses[href] = _article(col, doc, name, title, day, extra)
            site.documents.add(href)
            rows.append((href, title, day.isoformat()))
        pages = max(1, -(-count // PER_PAGE))
        for page in range(1, pages + 1):
            body = _list_page(col, name, rows[(page - 1) * PER_PAGE:page * PER_PAGE], page, pages, count)
            key = f"/col/col{col}/index.html" + (f"?uid={4000 + col}&pageNum={page}" if page > 1 else "")
            site.responses[key] = body
            site.list_pages.add(key)
        if news:
            latest += rows[:2]
    # A static page of the disclosure hub, with a ColumnName like a column's.
    site.responses["/col/col299/index.html"] = _page("机构职能", "机构职能", "<div class='article'><p>县政府办公室主要职责。</p></div>")
    hubs = {100: ("新闻中心", [(f"/col/col{101 + k}/index.html", n) for k, n in enumerate(NEWS)]),
            200: ("政务公开", [(f"/col/col{201 + k}/index.html", n) for k, (n, _, _) in enumerate(DISCLOSURE)]
                  + [("/col/col299/index.html", "机构职能")]),
            300: ("互动交流", [])}
    for col, (name, links) in hubs.items():
        body = "<ul>" + "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in links) + "</ul>"
        site.responses[f"/col/col{col}/index.html"] = _page(name, name, body)
    home_rows = "".join(f'<li><a href="{h}">{t}</a><span>{d}</span></li>' for h, t, d in latest)
    site.responses["/index.html"] = _page("首页", "首页", f'<img src="/images/banner.jpg" alt="banner"><ul>{home_rows}</ul>')
    site.responses["/images/banner.jpg"] = b"\xff\xd8\xff\xe0 stub"
    site.files.add("/images/banner.jpg")
    site.responses["/"] = site.responses["/index.html"]
    site.pages = {k for k in site.responses if k not in site.files and k != "/"}
    return site


_TYPES = {"html": "text/html; charset=GBK", "pdf": "application/pdf", "xls": "application/vnd.ms-excel",
          "jpg": "image/jpeg"}


def serve(site: HanwebSite) -> tuple[ThreadingHTTPServer, list[str]]:
    """Serve `site` on 127.0.0.1 (a free port) in a thread; also returns the log of requested path[?query]."""
    log: list[str] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            self._answer(True)

        def do_HEAD(self) -> None:
            self._answer(False)

        def _answer(self, with_body: bool) -> None:
            parts = urlsplit(self.path)
            key = parts.path + (f"?{parts.query}" if parts.query else "")
            with lock:
                log.append(key)
            body = site.responses.get(key)
            if body is None and parts.query:  # Hanweb ignores unknown parameters on a column page
                body = site.responses.get(parts.path)
            status = 200 if body is not None else 404
            body = body if body is not None else b"<html><title>404</title></html>"
            ext = parts.path.rsplit(".", 1)[-1] if "." in parts.path.rsplit("/", 1)[-1] else "html"
            self.send_response(status)
            self.send_header("Content-Type", _TYPES.get(ext, "text/html; charset=GBK"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server, log
