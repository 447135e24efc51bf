"""CPU time of the crawl's snapshot writer per URL (run on demand; not a test).

    PYTHONPATH=$PWD .venv/bin/python benchmarks/crawl_writer.py LABEL

Records 600 fetches of the real corpus pages (~100 KB each), each with 15 queued links, one
transaction per URL as the crawler does, back to back (a fast crawl: commits are grouped).
This is the work of the crawl's deciding thread that does not depend on the network, so it
can be compared between two source trees (PYTHONPATH) on a busy machine by CPU time.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from govaudit.crawl.fetcher import Exchange, FetchResult
from govaudit.crawl.frontier import Why
from govaudit.crawl.writer import SnapshotWriter
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pages"
pages = [p.read_bytes() for p in sorted(CORPUS.glob("*.html"))]
N = 600
with tempfile.TemporaryDirectory() as tmp:
    w = SnapshotWriter.create(Path(tmp), {"software": "bench"}, {"start": "http://127.0.0.1/"})
    why = Why(None, "", "page", 1)
    t0 = time.process_time(); w0 = time.perf_counter()
    for i in range(N):
        url = f"http://127.0.0.1/p{i}.html"
        ex = Exchange(url, "GET", f"/p{i}.html", (("Host", "127.0.0.1"),), 200, "OK", "HTTP/1.1",
                      (("Content-Type", "text/html"),), pages[i % len(pages)], False, "2026-12-03T00:00:00Z")
        res = FetchResult(url, "GET", "ok", (ex,), "2026-12-03T08:00:00+08:00")
        with w.transaction():
            w.add_fetch(url, why, res, ("utf-8", None))
            for j in range(15):
                w.queue(f"http://127.0.0.1/q{i}_{j}.html", why)
    w.close()
    cpu = time.process_time() - t0
    print(f"{sys.argv[1] if len(sys.argv) > 1 else 'writer'}: {cpu / N * 1000:.2f} ms CPU per URL ({N} URLs, wall {time.perf_counter() - w0:.1f} s), "
          f"WARC {(Path(tmp) / 'crawl.warc.gz').stat().st_size / 1e6:.1f} MB, load {os.getloadavg()[0]:.1f}")
