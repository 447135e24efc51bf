"""中软 UCAP (四川's www.sc.gov.cn and its counties) writes an article's 相关附件 and 相关链接 boxes when it
publishes the page: `<div id="tblArticleLinkContainer" class="relatedlinks"><h3>相关链接>> </h3><table
id="tblArticleLink"><tr class="xgli"><td><span class="xgid">…:</span> <a …>` rows, an empty `<table>` when the
article has none (hidden on load by `HideTable()`). Found on the ucap sample site at first contact (e245f36):
every document whose 相关链接 table was empty read as "related box filled by a script, not observed", so a
规范性文件 with no 解读 and one whose 解读 links nothing were left undecided (interpretations recall 0.33), and
the empty box's heading made the 打印本页/关闭窗口 bar after it a related box of its own where the markup
has no blanks between tags (the generator's; a minified real page alike).

Real markup: tests/model/realpages/sc-gov-cn_article_related-links_footer.html (mhxqwer/zysc.gov.cn), as
served with its three 相关链接 rows, and the same page with its 相关链接 table emptied as its 相关附件 table is
(an article that has none), as served and minified."""

from __future__ import annotations

import re
from pathlib import Path

from govaudit.crawl.snapshot import Capture
from govaudit.htmlpage import parse_document
from govaudit.model.builder import _documents, _Fetched
from govaudit.model.extract.page import extract_page
from govaudit.model.extract.walk import build_index

PAGE = Path(__file__).parent / "realpages" / "sc-gov-cn_article_related-links_footer.html"
URL = "http://www.sc.gov.cn/10462/10464/10465/10595/2020/9/15/5b8e1d1b6c5d4f0da0c7c1c0e3f1b2a4.shtml"
OTHER = "http://www.sc.gov.cn/10462/10464/10465/10595/2020/9/16/0f1e2d3c4b5a69788796a5b4c3d2e1f0.shtml"


def _served() -> str:
    return PAGE.read_text(encoding="utf-8")


def _without_links() -> str:
    """The article as UCAP writes one with no 相关链接: the table empty, indented as the empty 相关附件 one."""
    return re.sub(r'(id="tblArticleLink">).*?(</table>)', r"\1\n            \2", _served(), flags=re.S)


def _minified(html: str) -> str:
    """The same markup with the blanks between tags removed (a minifying publisher, or a proxy)."""
    return re.sub(r">\s+<", "><", html)


def _capture(url: str) -> Capture:
    return Capture(url, url, "GET", 200, "ok", "text/html", "utf-8", None, None, None, None, "page", 1, None)


def test_an_empty_related_box_heads_nothing_after_it():
    """The empty 相关链接 box is a related box; the 打印本页 bar after it is none."""
    for html in (_without_links(), _minified(_without_links())):
        related = {span.el.get("id") for span in build_index(parse_document(html), URL).related}
        assert "tblArticleLinkContainer" in related and "bottombtn" not in related
        facts = extract_page(html, URL)
        assert facts.kind == "document" and not facts.related_links
        boxes = {place.rsplit("#", 1)[1] for place, _ in facts.related_marks}
        assert boxes == {"tblArticleLinkContainer"}  # the 相关附件 box lists files: no 解读 can stand in it


def test_an_empty_related_box_the_sites_other_documents_show_filled_is_observed_empty():
    """The page alone cannot tell (its scripts might fill the box); the site's other article, as served,
    shows the same box filled: the publisher writes it, so empty is observed empty (`static`)."""
    for form in (str, _minified):
        pages = [_Fetched(_capture(url), extract_page(form(html), url))
                 for url, html in ((URL, _without_links()), (OTHER, _served()))]
        assert pages[0].facts.related_slot == "script_unobserved"
        docs = {d.url: d for d in _documents(pages, [], {}, lambda u: "sc.gov.cn" in u, lambda u: "", frozenset())}
        assert docs[URL].related_slot == "static"
        assert docs[OTHER].related_slot == "static"


def test_an_empty_related_box_no_document_shows_filled_stays_unobserved():
    """Where no document of the site shows the box filled (广西 集约化's script-filled 关联文件), empty stays
    not observed, never "no interpretation"."""
    pages = [_Fetched(_capture(url), extract_page(_without_links(), url)) for url in (URL, OTHER)]
    docs = _documents(pages, [], {}, lambda u: "sc.gov.cn" in u, lambda u: "", frozenset())
    assert {d.related_slot for d in docs} == {"script_unobserved"}
