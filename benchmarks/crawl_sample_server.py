"""A tests/sites sample site (another CMS template than the demo's) on 127.0.0.1 with injected
latency, for crawl_vs_scrapy.py --template.

`served_sample(name, size, latency)` runs the site in a child process (the server's CPU is not
the crawler's) and stops it afterwards; it yields crawl_govsite.Served, so `GET /__requests`
answers how many requests the site has seen. Run alone, this module is that child: it prints
`PORT PAGES` and serves until stdin closes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from crawl_govsite import Served

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def served_sample(name: str, size: str, latency: float) -> Iterator[Served]:
    """Serve sample site `name` of `size` from a child process; stopped on exit."""
    args = [sys.executable, __file__, name, size, "--latency", str(latency)]
    child = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        port, pages = child.stdout.readline().split()
        yield Served(f"http://127.0.0.1:{port}/", int(pages))
    finally:
        child.stdin.close()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from govaudit.demo.server import HOST, LoopbackServer
    from tests.sites import TEMPLATES
    from tests.sites.server import _Handler

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", choices=TEMPLATES)
    parser.add_argument("size")
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    site = TEMPLATES[args.name][0](args.size)
    seen: Counter[str] = Counter()
    lock = threading.Lock()

    class Handler(_Handler):
        disable_nagle_algorithm = True  # else keep-alive responses stall ~40 ms on delayed ACKs

        def _serve(self, send_body: bool) -> None:
            if urlsplit(self.path).path == "/__requests":
                with lock:
                    body = json.dumps(seen).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            with lock:
                seen[self.command] += 1
            time.sleep(args.latency)
            super()._serve(send_body)

    Handler.site = site
    server = LoopbackServer((HOST, 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], len(site.html_urls), flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
