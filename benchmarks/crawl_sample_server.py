"""A tests/sites sample site (another CMS template than the demo's) on 127.0.0.1 with injected
latency, for crawl_vs_scrapy.py --template.

`served_sample(name, size, latency, copies)` runs the site in a child process (the server's CPU
is not the crawler's) and stops it afterwards; it yields crawl_govsite.Served, so `GET /__requests`
answers how many requests the site has seen by method (`/__requests?by=url`: by method and URL,
to find duplicate fetches). Run alone, this module is that child: it prints `PORT PAGES` and
serves until stdin closes.

The templates offer ~100-250 pages (hanweb also 2,875 as `medium`), too few to measure a crawl.
`copies` K > 1 serves K copies of the site, as a portal hosts department subsites: copy k > 0
lives under /s{k}/ with every root-relative href/src/action of its pages, and every quoted
root-relative path in their scripts and in its JSON answers (a script app's API paths, TREE
`jump_url`s, list rows' `url`s: gkmlpt) and a root-relative redirect, rewritten into it, and the home
page links each copy's home (the page a root redirect or redirect stub sends to). Each copy keeps the template's markup, pagers, list sizes and link density, so the crawl
does K times the same kind of work.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time
from collections import Counter
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from crawl_govsite import Served
from govaudit.crawl.clientredirect import stub_target

ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def served_sample(name: str, size: str, latency: float, copies: int = 1) -> Iterator[Served]:
    """Serve sample site `name` of `size` (`copies` times, see the module doc) from a child
    process; stopped on exit."""
    args = [sys.executable, __file__, name, size, "--latency", str(latency), "--copies", str(copies)]
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


# One pass, so a rewritten attribute is not rewritten again by the quoted-path alternative.
_ROOT_REF = re.compile(rb"""((?:href|src|action)\s*=\s*["']?|["'])/(?![/*])""", re.IGNORECASE)
_REWRITTEN = ("text/html", "application/json")
_COPY = re.compile(r"^/s(\d+)(/.*)$")


class Copies:
    """`site` served `copies` times: copy k > 0 under /s{k}/ (see the module doc)."""

    def __init__(self, site, copies: int) -> None:
        self.site, self.copies = site, copies
        self.home = site.lookup("/", "")
        # A root that only sends the browser on by script (kpy's `window.location.href`) or by an HTTP
        # redirect (turbo's `/` -> `/publish/portal0/`) is no home page to link the copies from: links
        # would make it a page, and its own copy unreachable.
        target = self.home.location or stub_target(self.home.body, self.home.content_type, "http://127.0.0.1/")
        if target:
            parts = urlsplit(target)
            self.home = site.lookup(parts.path, parts.query)
        self.cache: dict[tuple[int, str, str], object] = {}

    def lookup(self, path: str, query: str):
        k, inner = 0, path
        m = _COPY.match(path)
        if m and 0 < int(m.group(1)) < self.copies:
            k, inner = int(m.group(1)), m.group(2)
        res = self.site.lookup(inner, query)
        if self.copies == 1 or not res.content_type.startswith(_REWRITTEN):
            return res
        if k == 0 and res is not self.home:
            return res
        key = (k, inner, query)
        if key not in self.cache:
            body = res.body
            if k:
                body = _ROOT_REF.sub(rb"\g<1>/s%d/" % k, body)
                if res.location.startswith("/"):  # a redirect stays in its copy
                    res = replace(res, location=f"/s{k}{res.location}")
            else:  # the home page (a root stub's target) links every copy's home
                links = b"".join(b'<a href="/s%d/">subsite %d</a> ' % (i, i) for i in range(1, self.copies))
                cut = body.lower().rfind(b"</body>")  # VSB writes </BODY>: links after </HTML> were lost to Scrapy
                body = body[:cut] + b"<div>" + links + b"</div>" + body[cut:] if cut >= 0 else body + links
            self.cache[key] = replace(res, body=body)
        return self.cache[key]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from govaudit.demo.server import HOST, LoopbackServer
    from tests.sites import TEMPLATES
    from tests.sites.server import _Handler

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", choices=TEMPLATES)
    parser.add_argument("size")
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    site = TEMPLATES[args.name][0](args.size)
    pages = len(site.html_urls) * args.copies + args.copies - 1
    seen: Counter[str] = Counter()
    by_url: Counter[str] = Counter()
    lock = threading.Lock()

    class Handler(_Handler):
        disable_nagle_algorithm = True  # else keep-alive responses stall ~40 ms on delayed ACKs

        def _serve(self, send_body: bool) -> None:
            parts = urlsplit(self.path)
            if parts.path == "/__requests":
                with lock:
                    body = json.dumps(by_url if parts.query == "by=url" else seen).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            with lock:
                seen[self.command] += 1
                by_url[f"{self.command} {self.path}"] += 1
            time.sleep(args.latency)
            super()._serve(send_body)

    Handler.site = Copies(site, args.copies)
    server = LoopbackServer((HOST, 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], pages, flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
