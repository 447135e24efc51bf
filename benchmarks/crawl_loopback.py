"""Crawl throughput on a generated loopback site (run on demand; not a test).

    .venv/bin/python benchmarks/crawl_loopback.py [--pages 500] [--concurrency 2] [--tracemalloc]

Generates a TRS-like site (home, columns with a second list page, documents),
serves it on 127.0.0.1 with keep-alive, crawls it with rate 0 and prints
pages/s, peak RSS and (optionally) the peak Python heap from tracemalloc,
which slows the crawl down, so it is off by default.
"""

from __future__ import annotations

import argparse
import functools
import math
import resource
import tempfile
import threading
import time
import tracemalloc
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from govaudit.crawl import crawl_site
from govaudit.settings import CrawlSettings

_FILLER = "根据《中华人民共和国政府信息公开条例》规定，现将有关事项通知如下。" * 40


def _page(title: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{href}">{text}</a><span>2024-01-15</span></li>' for href, text in links)
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>'
            f"<h1>{title}</h1><ul>{items}</ul><p>{_FILLER}</p></body></html>")


def generate_site(root: Path, pages: int) -> int:
    """Write about `pages` HTML pages under `root`; returns the exact number written."""
    columns = 10
    per_list = max(1, math.ceil((pages - 1 - 2 * columns) / (2 * columns)))
    written = 0

    def write(rel: str, text: str) -> None:
        nonlocal written
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written += 1

    write("index.html", _page("某区人民政府", [(f"/zwgk/col{c}/", f"栏目{c}") for c in range(columns)]))
    for c in range(columns):
        for n, name in enumerate(("index.html", "index_1.html")):
            docs = [(f"/zwgk/col{c}/202401/t20240115_{c}{n}{d:04d}.html", f"文件{c}-{n}-{d}") for d in range(per_list)]
            links = docs + [(f"/zwgk/col{c}/index_1.html", "下一页")]
            write(f"zwgk/col{c}/{name}", _page(f"栏目{c}", links))
            for href, text in docs:
                write(href.lstrip("/"), _page(text, [(f"/zwgk/col{c}/", f"栏目{c}")]))
    return written


class _QuietHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Like nginx's tcp_nodelay: otherwise keep-alive responses stall ~40 ms on delayed ACKs.
    disable_nagle_algorithm = True

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--tracemalloc", action="store_true", help="also measure the peak Python heap (slower)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="govaudit-bench-") as tmp:
        root, out = Path(tmp) / "site", Path(tmp) / "out"
        total = generate_site(root, args.pages)
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        settings = CrawlSettings(rate=0, concurrency=args.concurrency, obey_robots=False, max_pages=total + 10)
        if args.tracemalloc:
            tracemalloc.start()
        started = time.perf_counter()
        try:
            summary = crawl_site(url, out, settings)
        finally:
            server.shutdown()
            server.server_close()
        elapsed = time.perf_counter() - started
        heap = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
        warc_mb = (out / "snapshot" / "crawl.warc.gz").stat().st_size / 1e6

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
    print(f"site: {total} pages; fetched {summary.fetched} ({summary.by_outcome}) with concurrency {args.concurrency}")
    print(f"time: {elapsed:.2f} s  ->  {summary.fetched / elapsed:.1f} pages/s")
    print(f"peak RSS: {rss_mb:.1f} MB" + (f"; peak Python heap (tracemalloc): {heap / 1e6:.1f} MB" if heap else ""))
    print(f"WARC: {warc_mb:.2f} MB")


if __name__ == "__main__":
    main()
