"""Requests a crawl needs on a TRS-style site with script pagers and script-loaded lists (run on demand).

    .venv/bin/python benchmarks/crawl_paginated.py [--columns 10] [--list-pages 6] [--per-page 15] [--js 2]

Every column's list is paginated only by `createPageHTML(n, i, "index", "html")`
(no pager links in the HTML); `--js` columns fill their first page from a JSON
endpoint with fetch(). Prints the requests made against the pages that exist,
the documents reached, and the time per rendered page.
"""

from __future__ import annotations

import argparse
import functools
import json
import sqlite3
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from govaudit.crawl import crawl_site
from govaudit.settings import CrawlSettings

_ROW = '<li><a href="{href}">{title}</a><span>2024-01-15</span></li>'


def _page(title: str, body: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="nav"><a href="/">首页</a></div><h1>{title}</h1>{body}</body></html>')


def generate_site(root: Path, columns: int, list_pages: int, per_page: int, js: int) -> tuple[int, int]:
    """Write the site; (pages written, documents)."""
    files: dict[str, str] = {}
    files["index.html"] = _page("某区人民政府", "".join(f'<a href="/col{c}/">栏目{c}</a>' for c in range(columns)))
    docs = 0
    for c in range(columns):
        for p in range(list_pages):
            rows = []
            for d in range(per_page):
                href = f"/col{c}/202401/t20240115_{c:02d}{p:02d}{d:03d}.html"
                rows.append({"href": href, "title": f"关于第{c}-{p}-{d}号事项的通知"})
                files[href.lstrip("/")] = _page(rows[-1]["title"], f'<a href="/col{c}/">返回</a>')
                docs += 1
            name = "index.html" if p == 0 else f"index_{p}.html"
            pager = f'<script>createPageHTML({list_pages}, {p}, "index", "html");</script>'
            if c < js and p == 0:
                files[f"api/col{c}.json"] = json.dumps(rows, ensure_ascii=False)
                script = (f"<script>fetch('/api/col{c}.json').then(r => r.json()).then(rows => "
                          "document.getElementById('list').innerHTML = rows.map(r => "
                          "'<li><a href=\"' + r.href + '\">' + r.title + '</a><span>2024-01-15</span></li>').join(''));"
                          "</script>")
                body = f'<ul id="list"></ul>{script}{pager}'
            else:
                body = "<ul>" + "".join(_ROW.format(**r) for r in rows) + f"</ul>{pager}"
            files[f"col{c}/{name}"] = _page(f"栏目{c}", body)
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return sum(1 for rel in files if rel.endswith(".html")), docs


class _QuietHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    requests = 0

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        type(self).requests += 1
        super().do_GET()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--columns", type=int, default=10)
    parser.add_argument("--list-pages", type=int, default=6)
    parser.add_argument("--per-page", type=int, default=15)
    parser.add_argument("--js", type=int, default=2, help="columns whose first list page is filled by fetch()")
    parser.add_argument("--render", default="auto", choices=("auto", "never", "always"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="govaudit-bench-") as tmp:
        root, out = Path(tmp) / "site", Path(tmp) / "out"
        pages, docs = generate_site(root, args.columns, args.list_pages, args.per_page, args.js)
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        settings = CrawlSettings(rate=0, concurrency=2, obey_robots=False, max_pages=pages * 2, render=args.render)
        started = time.perf_counter()
        try:
            summary = crawl_site(url, out, settings)
        finally:
            server.shutdown()
            server.server_close()
        elapsed = time.perf_counter() - started
        db = sqlite3.connect(out / "snapshot" / "index.sqlite3")
        reached = db.execute("SELECT COUNT(*) FROM captures WHERE url LIKE '%/t2024%' AND outcome = 'ok'").fetchone()[0]
        renders = db.execute("SELECT render, COUNT(*) FROM captures WHERE render IS NOT NULL GROUP BY render").fetchall()
        db.close()
        with open(out / "snapshot" / "crawl.warc.gz", "rb") as f:
            from warcio.archiveiterator import ArchiveIterator
            seconds = [float(r.rec_headers.get_header("Govaudit-Rendered").split("; ")[1].split()[0])
                       for r in ArchiveIterator(f) if r.rec_type == "conversion"]
    print(f"site: {pages} HTML pages ({docs} documents, {args.columns} columns x {args.list_pages} list pages, "
          f"{args.js} filled by fetch())")
    print(f"requests to the site: {_QuietHandler.requests} (crawl counted {summary.fetched}); "
          f"documents reached: {reached}/{docs}; time {elapsed:.1f} s")
    print(f"render states: {dict(renders)}")
    if seconds:
        print(f"render time per page: mean {sum(seconds) / len(seconds):.2f} s, max {max(seconds):.2f} s "
              f"over {len(seconds)} pages")


if __name__ == "__main__":
    main()
