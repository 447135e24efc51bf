"""The crawl stage: a polite, focused crawl of one site into a WARC snapshot with a SQLite index.

    summary = crawl_site("https://www.example.gov.cn/", Path("out"), CrawlSettings())
    with SnapshotReader(Path("out")) as snapshot:
        for capture in snapshot.captures(): ...
"""

from govaudit.crawl.crawler import crawl_site
from govaudit.crawl.progress import CrawlProgress, CrawlSummary
from govaudit.crawl.snapshot import Capture, SnapshotReader

__all__ = ["Capture", "CrawlProgress", "CrawlSummary", "SnapshotReader", "crawl_site"]
