"""Small government-like sites served on loopback addresses for the batch tests, each server
logging the paths it was asked for (to prove what a re-run does and does not fetch)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from tests.model.loopback import HTML, respond, serve_handler

COLUMNS = (("通知公告", "tzgg"), ("政策文件", "zcwj"), ("工作动态", "gzdt"))


def small_site(title: str, docs_per_column: int = 3, newest_day: int = 20) -> dict[str, str]:
    """path -> HTML of a district site: home, a 政务公开 hub, three columns of dated documents."""
    pages: dict[str, str] = {}
    hub_links = "".join(f'<li><a href="/zwgk/{slug}/">{name}</a></li>' for name, slug in COLUMNS)
    pages["/"] = (f"<html><head><title>{title}人民政府</title></head><body><h1>{title}人民政府</h1>"
                  f'<ul><li><a href="/zwgk/">政务公开</a></li>{hub_links}</ul></body></html>')
    pages["/zwgk/"] = f"<html><head><title>政务公开-{title}</title></head><body><ul>{hub_links}</ul></body></html>"
    for name, slug in COLUMNS:
        items = []
        for i in range(docs_per_column):
            day = max(newest_day - 3 * i, 1)
            path = f"/zwgk/{slug}/{i + 1}.html"
            items.append(f'<li><a href="{path}">{title}{name}第{i + 1}号</a><span>2026-09-{day:02d}</span></li>')
            pages[path] = (f"<html><head><title>{title}{name}第{i + 1}号</title></head><body><h1>{title}{name}第{i + 1}号</h1>"
                           f"<p>发布日期：2026-09-{day:02d}</p><p>正文内容。</p></body></html>")
        pages[f"/zwgk/{slug}/"] = (f"<html><head><title>{name}-{title}</title></head><body><h2>{name}</h2>"
                                   f"<ul>{''.join(items)}</ul></body></html>")
    return pages


@dataclass
class Served:
    """A running site: its base URL and the paths requested so far."""

    base: str
    requests: list[str] = field(default_factory=list)


@contextmanager
def serve_site(pages: dict[str, str], host: str = "127.0.0.1", waf: bool = False) -> Iterator[Served]:
    """Serve `pages` (and an allow-all robots.txt) on `host` (a loopback address), a free port;
    with `waf`, every page is refused with a 403 challenge page, as a WAF does to a crawler."""
    served = Served("")
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 — http.server's naming
            with lock:
                served.requests.append(self.path)
            if self.path == "/robots.txt":
                status, ctype, body = 200, "text/plain", "User-agent: *\nAllow: /\n"
            elif waf:
                status, ctype, body = 403, HTML, "<html><head><title>访问异常</title></head><body>请稍候，正在进行安全检查</body></html>"
            elif self.path in pages:
                status, ctype, body = 200, HTML, pages[self.path]
            else:
                status, ctype, body = 404, HTML, "<html><head><title>404</title></head><body>Not Found</body></html>"
            respond(self, status, ctype, body)

        do_HEAD = do_GET

        def log_message(self, *args: object) -> None:
            pass

    with serve_handler(Handler, host) as base:
        served.base = base
        yield served


def write_csv(path, rows: list[tuple[str, ...]], header: str = "name,url,region,level,organisation,config") -> None:
    """SITES.csv with `header` and `rows` (cells written as given, quoted when needed)."""
    import csv

    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header.split(","))
        writer.writerows(rows)
