"""A page the build reads again keeps the text of what it is now.

A static page (a 信息公开指南 of two sentences) first read as a column of a side box's rows is read again without them
(builder._without_site_boxes, _without_sidebars) and is a static page: its text must be kept as a static page's is,
or the guide's 本指南自…起施行, the only date it shows, is never read (guide-current undecided: zblog under all 19
mutations at seed 29). Before, the first reading alone decided, and a list page's text is kept only for a column's
first page."""

from __future__ import annotations

from govaudit.model import builder
from govaudit.model.extract.page import extract_page
from tests.model.test_zblog_pages import _single

_BOX = ('<div><h3>最新动态</h3><ul>' + "".join(
    f'<li><a href="/?id={i}">岚溪乡召开第{i}次重点工作推进会议</a><span>2026-09-0{i}</span></li>' for i in range(1, 6)) + "</ul></div>")


def _guide(box: str) -> str:
    """Z-BlogPHP's 单页 guide (tests/model/test_zblog_pages.py), `box` above it in the main area."""
    body = "<p>为便于公民、法人和其他组织获取岚溪乡人民政府的政府信息，编制本指南。一、主动公开　二、依申请公开　三、监督和救济。本指南自2026年2月10日起施行。</p>"
    html = _single("政府信息公开指南", "", body).replace('\t<h4 class="post-date"></h4>\n', "")
    return html.replace('<div class="post single">', box + '<div class="post single">')


def test_a_page_read_again_as_a_static_page_keeps_its_text() -> None:
    url = "http://www.lanxi.gov.cn/?id=5"
    first = extract_page(_guide(_BOX), url)
    again = extract_page(_guide(""), url)
    assert (first.kind, first.single_article) == ("column", False)  # the box's rows taken for its list
    assert (again.kind, again.single_article) == ("column", True)  # the guide, a column of one article
    kept = builder._Kept()
    kept.facts(url, first)
    kept.facts(url, again, again=True)
    texts = list(kept.texts([]))
    assert [t.url for t in texts] == [url] and "起施行" in texts[0].text


def test_a_page_read_again_as_a_later_list_page_keeps_none() -> None:
    """The other way round: a page now read as a list of its own (not a column's first page) keeps no text."""
    url = "http://www.lanxi.gov.cn/?id=5"
    kept = builder._Kept()
    kept.facts(url, extract_page(_guide(""), url))
    kept.facts(url, extract_page(_guide(_BOX), url), again=True)
    assert list(kept.texts([])) == []
