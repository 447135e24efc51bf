"""A ~20,000-page government-like site on 127.0.0.1 with injected latency, for the crawl benchmarks.

The bundled demo site (白鹭区: home, 政务公开 hub, dated columns, normative documents
with metadata, annual reports, interpretations, planted defects) plus `news` extra
news columns of `per_column` ordinary articles each, paginated like TRS lists
(index_1.html ...) and linked from the home page right after the demo's own news
columns, as real portals put 要闻/动态 first.

`served(...)` runs the site in a child process, so the server's CPU is not the
crawler's, and stops it afterwards. Every response waits `latency` seconds first;
`GET /__requests` answers how many requests the site has seen (not counted itself).
Run alone, this module is that child: it prints `PORT PAGES` and serves until stdin closes.
"""

from __future__ import annotations

import argparse
import json
import socketserver
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from unittest import mock
from urllib.parse import unquote, urlsplit

from govaudit.demo import DEMO_AS_OF, sitegen
from govaudit.demo.items import Column, Item, p
from govaudit.demo.layout import NEWS_HUB, PAGE_SIZE
from govaudit.demo.server import CONTENT_TYPES

NEWS_NAMES = ("镇街动态", "部门信息", "图片新闻", "媒体关注", "基层动态", "社区风采", "乡村振兴", "文明创建",
              "营商环境", "招商引资", "项目建设", "民生实事", "教育卫生", "文化旅游", "生态环保", "平安建设",
              "科技创新", "人才工作", "志愿服务", "交通建设", "城市管理", "农业农村", "市场监管", "应急管理")
TOPICS = ("召开专题会议部署重点工作", "开展安全生产检查", "举办便民服务活动", "推进重点项目建设",
          "开展政策宣讲进社区", "组织业务培训", "开展走访慰问", "推动工作提质增效")
MAX_LIST_PAGES = 48  # under the crawler's max_list_pages (50): a full crawl reaches every article


def news_columns(count: int, per_column: int) -> list[Column]:
    """`count` news columns of `per_column` articles, one every two days back from the demo's audit date."""
    if count > len(NEWS_NAMES) or per_column > PAGE_SIZE * MAX_LIST_PAGES:
        raise ValueError(f"at most {len(NEWS_NAMES)} columns of {PAGE_SIZE * MAX_LIST_PAGES} articles")
    columns = []
    for k in range(count):
        name = NEWS_NAMES[k]
        items = []
        for i in range(per_column):
            day = DEMO_AS_OF - timedelta(days=1 + 2 * i + k % 2)
            topic = TOPICS[(i + k) % len(TOPICS)]
            body = (p(f"{day.year}年{day.month}月{day.day}日，{name}栏目报道：白鹭区有关单位{topic}。"),
                    p("会议强调，要坚持以人民为中心，细化工作措施，压实工作责任，确保各项任务按期完成。"))
            items.append(Item(id=200_000 + k * 1000 + i, date=day.isoformat(), title=f"{name}：白鹭区{topic}（第{i + 1}期）",
                              body=body, source="白鹭区融媒体中心"))
        columns.append(Column(f"/xwzx/xw{k:02d}/", name, "工作动态", NEWS_HUB, "plain", tuple(items)))
    return columns


def build_files(news: int, per_column: int) -> dict[str, bytes]:
    """Every file of the site: the demo's, with the news columns among its columns."""
    demo = sitegen.columns()
    extended = demo[:2] + news_columns(news, per_column) + demo[2:]  # after 区域要闻 and 部门动态
    with mock.patch.object(sitegen, "columns", lambda: extended):
        return sitegen.build_files()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else keep-alive responses stall ~40 ms on delayed ACKs
    files: dict[str, bytes] = {}
    latency = 0.0
    seen: Counter[str] = Counter()
    lock = threading.Lock()

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        self._serve(True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(False)

    def _serve(self, send_body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        if path == "/__requests":
            with self.lock:
                self._send(200, json.dumps(self.seen).encode(), "application/json", True)
            return
        with self.lock:
            self.seen[self.command] += 1
        time.sleep(self.latency)
        key = path.lstrip("/")
        key = key + "index.html" if key == "" or key.endswith("/") else key
        data = self.files.get(key)
        if data is None and f"{key}/index.html" in self.files:
            self._send(301, b"", "text/plain", send_body, location=path + "/")
        elif data is None:
            self._send(404, "<html><body>页面不存在</body></html>".encode(), CONTENT_TYPES[".html"], send_body)
        else:
            suffix = "." + key.rsplit(".", 1)[-1] if "." in key else ""
            self._send(200, data, CONTENT_TYPES.get(suffix, "application/octet-stream"), send_body)

    def _send(self, status: int, body: bytes, ctype: str, send_body: bool, location: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)  # HTTPServer's would look the host name up (DNS)
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]


@dataclass(frozen=True)
class Served:
    url: str
    pages: int  # HTML pages on the site

    def requests(self) -> Counter[str]:
        """Requests the site has seen so far, by method."""
        with urllib.request.urlopen(self.url + "__requests") as resp:
            return Counter(json.load(resp))


@contextmanager
def served(news: int = 20, per_column: int = 960, latency: float = 0.05) -> Iterator[Served]:
    """Serve the site from a child process on 127.0.0.1; it is stopped on exit."""
    args = [sys.executable, __file__, "--news", str(news), "--per-column", str(per_column), "--latency", str(latency)]
    child = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        port, pages = child.stdout.readline().split()
        yield Served(f"http://127.0.0.1:{port}/", int(pages))
    finally:
        child.stdin.close()  # the child's cue to stop
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def add_site_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of the benchmark site and crawl shared by the crawl benchmarks."""
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--news", type=int, default=20)
    parser.add_argument("--per-column", type=int, default=960)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=int, default=20)
    parser.add_argument("--per-column", type=int, default=960)
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    _Handler.files = build_files(args.news, args.per_column)
    _Handler.latency = args.latency
    server = _Server(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    pages = sum(1 for name in _Handler.files if name.endswith(".html"))
    print(server.server_address[1], pages, flush=True)
    sys.stdin.read()  # until the parent closes our stdin (or dies)
    server.shutdown()
    server.server_close()


if __name__ == "__main__":
    main()
