"""The Scrapy side of crawl_vs_scrapy.py: follow every link of one site, print Scrapy's stats as JSON.

    .venv/bin/python benchmarks/crawl_scrapy_spider.py URL --concurrency 8

Scrapy is a benchmark-only dependency (`pip install -e .[bench]`). The settings
mirror govaudit's crawl as run by the benchmark: N requests in flight for the one
host, no delay, robots.txt obeyed, 2 retries, 30 s timeout, 20 MB size cap.
"""

from __future__ import annotations

import argparse
import json

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor


class SiteSpider(scrapy.Spider):
    """Every link of every HTML page, within 127.0.0.1 (the extractor skips PDFs and images)."""

    name = "site"
    allowed_domains = ["127.0.0.1"]

    def __init__(self, start: str, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start]
        self.links = LinkExtractor()

    def parse(self, response: scrapy.http.Response):
        if isinstance(response, HtmlResponse):
            for link in self.links.extract_links(response):
                yield response.follow(link, self.parse)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--concurrency", type=int, default=8)
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
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "USER_AGENT": "scrapy-benchmark (loopback)",
    })
    crawler = process.create_crawler(SiteSpider)
    process.crawl(crawler, start=args.url)
    process.start()
    stats = crawler.stats.get_stats()
    print(json.dumps({"responses": stats.get("response_received_count", 0),
                      "html_ok": stats.get("downloader/response_status_count/200", 0),
                      "seconds": stats.get("elapsed_time_seconds"),
                      "duplicates_filtered": stats.get("dupefilter/filtered", 0)}))


if __name__ == "__main__":
    main()
