"""A generated Hanweb JCMS style site (GBK, script islands, ?uid=…&pageNum=N pages) is crawled completely
with the default budget; under a tight budget, disclosure lists and documents are complete before news."""

from __future__ import annotations

import json

import pytest

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.settings import CrawlSettings
from tests.crawl.hanweb_site import build, serve

DISCLOSURE_COLUMNS = tuple(f"/col/col{201 + k}/" for k in range(7))


@pytest.fixture(scope="module")
def hanweb():
    site = build(news_per_column=30)  # ≈1,100 pages; benchmarks/crawl_hanweb.py runs the ≈3,000-page one
    server, log = serve(site)
    yield site, f"http://127.0.0.1:{server.server_address[1]}/", log
    server.shutdown()
    server.server_close()


def _crawl(hanweb, tmp_path, **limits):
    site, url, log = hanweb
    log.clear()
    summary = crawl_site(url, tmp_path / "out", CrawlSettings(rate=0, concurrency=4, obey_robots=False,
                                                              render="never", **limits))
    with SnapshotReader(tmp_path / "out") as reader:
        cut = json.loads(reader.meta["budget_cut"])
    return site, set(log), summary, cut


def test_every_list_page_document_and_file_with_the_default_budget(hanweb, tmp_path):
    site, requested, summary, cut = _crawl(hanweb, tmp_path)
    home = {"/index.html"}  # fetched as the start URL, /
    assert site.pages - home <= requested and site.files <= requested
    assert not summary.budget_exhausted and cut["cut_total"] == 0
    # Every request names a page or file of the site; pageNum=1 twins come from 首页/上一页 links only.
    extra = requested - site.pages - site.files - {"/"}
    assert all(e.endswith("pageNum=1") for e in extra) and len(extra) <= 14


def test_tight_budget_is_spent_on_disclosure_lists_first(hanweb, tmp_path):
    site, requested, summary, cut = _crawl(hanweb, tmp_path, max_pages=950, max_checks=50)
    disclosure = {p for p in site.pages if p.startswith(DISCLOSURE_COLUMNS)}
    disclosure |= {d for d in site.documents if any(f"/art_{201 + k}_" in d for k in range(7))}
    assert disclosure <= requested  # every page and document of 规范性文件, 政策解读, 年报 ... lists
    assert summary.reason == "max_pages" and set(cut["exhausted"]) == {"max_pages", "max_checks"}
    assert cut["disclosure_cut"] <= cut["cut"].get("disclosure_attachment", 0)  # only files over the check budget
    assert cut["cut"]["document"] > 0 and cut["pages"] == 950 and cut["checks"] == 50
