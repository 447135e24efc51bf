"""The Scrapy side of crawl_vs_scrapy.py: crawl one government site as a competent Scrapy user
would, print Scrapy's stats as JSON.

    .venv/bin/python benchmarks/crawl_scrapy_spider.py URL --concurrency 8 [--urls FILE]

A CrawlSpider-style spider: LinkExtractor over every HTML page (same host, its default deny list
of binary extensions, so attachments and images are not downloaded), plus the places a
government-site spider writer would add because that is where these CMSs keep their lists:
- list rows inside `<script type="text/xml">` data islands (Hanweb JCMS `<datastore><record>`
  CDATA), parsed as HTML with the same extractor;
- TRS `createPageHTML(total, current, "index", "html")` pagers, expanded to index_N.html;
- EasySite pagers `<a tagname="/…/8d25503a-2.html" title="下一页">` (no href), read by the extractor;
- a start page that only sends the browser on by script (`window.location.href="/tangxi/index.shtml"`,
  the ministry-style portals' root), followed like Scrapy's own meta-refresh redirects;
- Guangdong gkmlpt catalogues: the categories of `window._CONFIG.TREE` (`jump_url` pages, and
  each category's JSON list `…/gkmlpt/api/all/{id}?page=1&sid={SID}`), and in those JSON answers
  each article's `url` and the next page while `page * page_size < total`.
Every page's body is downloaded and parsed (no cache). `--check` also sends one HEAD per in-scope
image and attachment URL (img src, links to files of the extractor's binary extensions), as
govaudit does to find broken ones, so both do the same work. `--urls FILE` writes one line per
response (method, status, html/other, URL) so the benchmark can compare page sets.

Scrapy is a benchmark-only dependency (`pip install -e .[bench]`). The settings mirror
govaudit's crawl as run by the benchmark: N requests in flight for the one host, no delay,
robots.txt obeyed, 2 retries, 30 s timeout, 20 MB size cap.
"""

from __future__ import annotations

import argparse
import json
import re
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.http import HtmlResponse
from scrapy.linkextractors import IGNORED_EXTENSIONS, LinkExtractor

_GKMLPT_SID = re.compile(r"""\bSID['"]?\s*:\s*['"]?(\d+)""")
_GKMLPT_TREE = re.compile(r"""\bTREE['"]?\s*:\s*\[""")
_SCRIPT_REDIRECT = re.compile(r"""(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=\s*["']([^"']+)["']""")
_SHORT_PAGE = 2048  # bytes: a redirect stub, not a page that also runs a script navigation somewhere
_TRS_PAGER = re.compile(r'createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*["\'](\w+)["\']\s*,\s*["\'](\w+)["\']')


class SiteSpider(scrapy.Spider):
    """Every in-scope link of every HTML page, data-island rows and TRS pagers included."""

    name = "site"

    def __init__(self, start: str, check: bool = False, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start]
        host = urlsplit(start).hostname or ""
        self.allowed_domains = [host]
        # Off-site links are dropped by allowed_domains; EasySite's pagers keep their address in
        # `tagname` (no href; `[NEXTPAGE]` where there is none), which its sites' scrapers read.
        self.links = LinkExtractor(attrs=("href", "tagname"), process_value=lambda v: None if "[" in v else v)
        # The files the page extractor skips: images and attachments, checked with HEAD.
        self.files = (LinkExtractor(deny_extensions=[], tags=("a", "area", "img"), attrs=("href", "src"),
                                    allow=[rf"\.{e}(\?|$)" for e in IGNORED_EXTENSIONS]) if check else None)

    def parse(self, response: scrapy.http.Response):
        if b"json" in (response.headers.get("Content-Type") or b"") and "/gkmlpt/api/" in response.url:
            yield from self.gkmlpt_list(response)
            return
        if not isinstance(response, HtmlResponse):
            return
        if response.status == 200:
            self.crawler.stats.inc_value("html_ok")
        if len(response.body) <= _SHORT_PAGE and (stub := _SCRIPT_REDIRECT.search(response.text)):
            yield response.follow(stub.group(1), self.parse)
        if self.files:
            for link in self.files.extract_links(response):
                yield scrapy.Request(link.url, method="HEAD", callback=self.checked, errback=self.checked)
        for link in self.links.extract_links(response):
            yield response.follow(link.url, self.parse)
        for island in response.xpath('//script[@type="text/xml"]/text()').getall():
            inner = HtmlResponse(response.url, body=island.encode("utf-8"), encoding="utf-8")
            for link in self.links.extract_links(inner):
                yield response.follow(link.url, self.parse)
        if "_CONFIG" in response.text and "/gkmlpt/" in response.url:
            yield from self.gkmlpt_tree(response)
        if "createPageHTML" not in response.text:
            return
        for m in _TRS_PAGER.finditer(response.text):
            total, name, ext = int(m.group(1)), m.group(3), m.group(4)
            for k in range(1, total):
                yield response.follow(f"{name}_{k}.{ext}", self.parse)

    def gkmlpt_tree(self, response: scrapy.http.Response):
        """The catalogue's categories: jump_url pages and each category's first API page."""
        sid, tree = _GKMLPT_SID.search(response.text), _GKMLPT_TREE.search(response.text)
        if sid is None or tree is None:
            return
        try:
            nodes, _ = json.JSONDecoder().raw_decode(response.text, tree.end() - 1)
        except ValueError:
            return
        app = response.url[:response.url.index("/gkmlpt/") + len("/gkmlpt/")]
        while nodes:
            node = nodes.pop()
            if not isinstance(node, dict):
                continue
            if node.get("children"):
                nodes.extend(node["children"])
            elif node.get("jump_url"):
                yield response.follow(node["jump_url"], self.parse)
            elif str(node.get("id", "")).isdigit():
                yield response.follow(f"{app}api/all/{node['id']}?page=1&sid={sid.group(1)}", self.parse)

    def gkmlpt_list(self, response: scrapy.http.Response):
        """A category's JSON page: its articles and the next page."""
        data = response.json()
        for article in data.get("articles") or ():
            if article.get("url"):
                yield response.follow(article["url"], self.parse)
        page, size, total = (int(data.get(k) or 0) for k in ("page", "page_size", "total"))
        if page and page * size < total:
            yield response.follow(re.sub(r"([?&]page=)\d+", rf"\g<1>{page + 1}", response.url), self.parse)

    def checked(self, _: object) -> None:
        """A checked file: its status is all that matters."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--check", action="store_true", help="HEAD every in-scope image and attachment once")
    parser.add_argument("--urls", help="write 'METHOD STATUS html|other URL' per response to this file")
    args = parser.parse_args()
    process = CrawlerProcess({
        "CONCURRENT_REQUESTS": args.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": args.concurrency,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "ROBOTSTXT_OBEY": True,
        "RETRY_TIMES": 2,
        "DOWNLOAD_TIMEOUT": 30,
        "DOWNLOAD_MAXSIZE": 20 * 1024 * 1024,
        "HTTPCACHE_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "USER_AGENT": "scrapy-benchmark (loopback)",
    })
    crawler = process.create_crawler(SiteSpider)
    seen: list[str] = []

    def record(response: scrapy.http.Response, request: scrapy.Request, spider: scrapy.Spider) -> None:
        kind = "html" if isinstance(response, HtmlResponse) else "other"
        seen.append(f"{request.method} {response.status} {kind} {response.url}")

    if args.urls:  # `record` stays referenced here: Scrapy holds signal receivers weakly
        crawler.signals.connect(record, signal=signals.response_received)
    process.crawl(crawler, start=args.url, check=args.check)
    process.start()
    if args.urls:
        with open(args.urls, "w", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in seen)
    stats = crawler.stats.get_stats()
    print(json.dumps({"responses": stats.get("response_received_count", 0),
                      "html_ok": stats.get("html_ok", 0),
                      "seconds": stats.get("elapsed_time_seconds"),
                      "duplicates_filtered": stats.get("dupefilter/filtered", 0)}))


if __name__ == "__main__":
    main()
