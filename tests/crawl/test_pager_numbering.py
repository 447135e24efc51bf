"""The crawl follows the numbering a pager states: TRS names page 2 `index_1.html`, Shenzhen-style
lists start at `index_2.html` and have no `index_1.html`, JEECMS serves page 1 also as
`index_1.html`. Guessing one scheme on another's list costs a 404 per list, or misses pages."""

from __future__ import annotations

import pytest

from govaudit.crawl import SnapshotReader, crawl_site
from govaudit.settings import CrawlSettings
from tests.crawl.sitekit import html, write_site
from tests.crawl.test_pagination import COL, _pages


@pytest.mark.parametrize("pager, expected", [
    # Shenzhen: 下一页 is index_2.html; 尾页 index_5.html. No index_1.html exists.
    ([("index_2.html", "下一页"), ("index_5.html", "尾页")], [2, 3, 4, 5]),
    ([("index_2.html", "2"), ("index_3.html", "3"), ("index_5.html", "尾页")], [2, 3, 4, 5]),
    # TRS: 下一页 is index_1.html (page 2).
    ([("index_1.html", "下一页"), ("index_4.html", "尾页")], [1, 2, 3, 4]),
    # JEECMS: 首页/1 name index_1.html, the same page 1.
    ([("index_1.html", "1"), ("index_2.html", "2"), ("index_2.html", "下一页"), ("index_3.html", "尾页")], [1, 2, 3]),
    # A two-page Shenzhen list: 下一页 and 尾页 both name index_2.html.
    ([("index.html", "首页"), ("index_2.html", "下一页"), ("index_2.html", "尾页")], [2]),
    # Only 尾页: the pager states no other page; both schemes stay possible.
    ([("index_9.html", "尾页")], list(range(1, 10))),
])
def test_last_page_ranges_start_where_the_pager_says(pager, expected):
    assert _pages(COL, html(*pager)) == [f"{COL}index_{n}.html" for n in expected]


@pytest.mark.parametrize("pager, expected", [
    ([("index_2.html", "下一页")], [2, 3, 4, 5]),  # Shenzhen, 共5页
    ([("index_1.html", "下一页")], [1, 2, 3, 4]),  # TRS, 共5页: the last page is index_4.html
    ([("index_1.html", "2"), ("index_2.html", "3")], [1, 2, 3, 4]),  # TRS page numbers
    ([("list_2.html", "2"), ("list_3.html", "3")], None),  # numbered as shown
])
def test_stated_totals_follow_the_pagers_numbering(pager, expected):
    got = _pages(COL, html(*pager, extra="<div class='page'>共50条 共5页</div>"))
    if expected is None:
        assert got == [f"{COL}list_{n}.html" for n in range(2, 6)]
    else:
        assert got == [f"{COL}index_{n}.html" for n in expected]


def test_a_shenzhen_list_costs_no_404(tmp_path, serve):
    """Three lists, one per scheme, crawled: every list page is fetched and nothing answers 404."""
    files = {"index.html": html(("/szdt/index.html", "深圳动态"), ("/tzgg/index.html", "通知公告"), ("/gzdt/index.html", "工作动态"))}
    for n in range(1, 5):  # Shenzhen: index.html, index_2 … index_4
        name = "index.html" if n == 1 else f"index_{n}.html"
        files[f"szdt/{name}"] = html((f"/szdt/a{n}.html", f"动态{n}"), *([("index_2.html", "下一页")] if n == 1 else []),
                                     ("index_4.html", "尾页"), extra="<span>共4页</span>")
        files[f"szdt/a{n}.html"] = html()
    for n in range(4):  # TRS: index.html, index_1 … index_3
        name = "index.html" if n == 0 else f"index_{n}.html"
        files[f"tzgg/{name}"] = html((f"/tzgg/b{n}.html", f"通知{n}"), *([("index_1.html", "下一页")] if n == 0 else []),
                                     ("index_3.html", "尾页"), extra="<span>共4页</span>")
        files[f"tzgg/b{n}.html"] = html()
    for n in range(1, 4):  # JEECMS: index.html = index_1.html, index_2, index_3
        body = html((f"/gzdt/c{n}.html", f"工作{n}"), ("index_1.html", "1"), ("index_2.html", "2"), ("index_3.html", "3"),
                    ("index_3.html", "尾页"), extra="<span>共3页</span>")
        files[f"gzdt/index_{n}.html"] = body
        files[f"gzdt/c{n}.html"] = html()
    files["gzdt/index.html"] = files["gzdt/index_1.html"]
    site = serve(write_site(tmp_path / "site", files))
    crawl_site(site.url, tmp_path / "out", CrawlSettings(rate=0, obey_robots=False))
    with SnapshotReader(tmp_path / "out") as reader:
        caps = list(reader.captures())
    assert [c.url for c in caps if c.status == 404] == []
    fetched = {c.url.removeprefix(site.url) for c in caps if c.outcome == "ok"}
    assert {f"{d}/{p}" for d in ("szdt", "tzgg", "gzdt") for p in ("index_2.html", "index_3.html")} <= fetched
    assert {"szdt/index_4.html", "tzgg/index_1.html", "szdt/a4.html", "tzgg/b3.html", "gzdt/c3.html"} <= fetched
