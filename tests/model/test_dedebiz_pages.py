"""DedeBIZ V6 pages (the dedebiz sample site's first-contact false findings, as general patterns).

Markup from DedeBIZ's own source (read with the library tools): DedeBIZ/DedeV6 `src/theme/dedebiz/article_article.htm`
(`<div class="title"><h1>{title}</h1></div><div class="meta py-3"><a href="{userurl}"><span><img …>{uname}</span></a>
<span><i class="fa fa-calendar mr-1"></i>{pubdate Y-m-d}</span>…`: the publisher's link and an unlabelled date right
under the title) and `src/system/archive/listview.class.php` `GetPageListST` (the pageinfo item `<li class='page-item
d-none d-sm-block disabled'><span class='page-link'>0页0条</span></li>`, DedeCMS's 共 dropped). The pages are the sample
site's (tests/sites/dedebiz.py). Fail on f023c84: every article read as a column of one row (the publisher, dated as
the page): 37 false stale columns; both empty columns read as hubs (0页0条 not read as a count), never judged."""

from __future__ import annotations

import pytest

from govaudit.model.extract.page import extract_page
from tests.sites import dedebiz


@pytest.fixture(scope="module")
def site():
    return dedebiz.build()


def _facts(site, path: str):
    return extract_page(site.lookup(path, "").body.decode("utf-8"), "http://127.0.0.1" + path)


def test_publisher_link_and_date_under_the_title_are_the_info_line(site) -> None:
    facts = _facts(site, "/a/xwzx/gzdt/2026/0528/150.html")
    assert (facts.kind, facts.list_items, facts.pub_date) == ("document", [], "2026-05-28")


def test_the_column_list_is_still_a_list(site) -> None:
    facts = _facts(site, "/a/xczx/")  # one page of five rows, 1页5条
    assert facts.kind == "column" and facts.list_state == "listed" and len(facts.list_items) == 5


def test_bare_pageinfo_of_no_records_is_an_empty_list(site) -> None:
    for path in ("/a/bmfw/", "/a/xxgk/zdly/"):
        facts = _facts(site, path)
        assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", []), path


def test_bare_pageinfo_counts_records() -> None:
    from govaudit.htmlvocab import BARE_PAGE_RECORDS
    assert BARE_PAGE_RECORDS.findall("\x1e\x1e3页30条\x1f\x1f") == ["30"]
    assert BARE_PAGE_RECORDS.findall("\x1e本村共有3页30条意见\x1f") == []  # prose, not the element's whole text


def test_later_page_title_names_its_column() -> None:
    """list_article.htm's `<title>{column}-第N页-{site}`: the page's own name is the column's, so that its later pages
    join the column when no trail names it (the `classes` mutation, seed 0, made two false stale columns of
    list_2_2.html and list_2_3.html named 工作动态-第2页 and 工作动态-第3页)."""
    from govaudit.model.extract.text import title_name
    assert title_name("工作动态-第2页-青岗镇人民政府") == "工作动态"
    assert title_name("第一章-第2页") == "第一章-第2页"  # no site name after it: one title
