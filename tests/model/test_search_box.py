"""A site-search box as a page fact (extract/search.py), the model's SearchBox and the site_search
check. Markup from real templates: Hanweb's jrobot form (/jrobot/search.do?webid=1&q=…, found in
public scrapers of Hanweb sites), TRS WAS5 (searchword), the nfra.gov.cn header of the corpus (an
input without a form, its button running the search by script), and look-alikes that are no site
search: a login form, a 信件查询 lookup, a hidden box."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from govaudit.checks.base import Context, validate_params
from govaudit.checks.search import SITE_SEARCH
from govaudit.htmlpage import parse_document
from govaudit.model.extract.page import extract_page
from govaudit.model.extract.search import search_box
from govaudit.rulecases import site_from_case
from tests.model.loopback import HTML, crawl_and_build

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "pages"

HANWEB = ('<form action="/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="1">'
          '<input type="text" name="q" class="inp" value=""><input type="submit" value=""></form>')
TRS = ('<form name="searchform" action="http://search.example.gov.cn/was5/web/search" method="post" target="_blank">'
       '<input name="searchword" type="text" id="searchword" placeholder="请输入关键字"><input type="submit" value="搜索"></form>')
NO_FORM = ('<div class="search"><input type="text" name="search" id="search" placeholder="请输入您要搜索的内容...">'
           '<button type="button" onclick="goJiansuo()" id="goJiansuo"></button></div>')
LOGIN = ('<form action="/login.do" method="post"><input type="text" name="username" placeholder="请输入关键字或用户名">'
         '<input type="password" name="password"></form>')
LOOKUP = '<form action="/hdjl/xjcx.jsp"><input type="text" name="cxm" placeholder="请输入查询码"><input type="submit" value="查询"></form>'
HIDDEN = f'<div style="display:none">{TRS}</div>'


def _box(body: str) -> str | None:
    return search_box(parse_document(f"<html><body>{body}<p>正文</p></body></html>"), "")


@pytest.mark.parametrize("body", [HANWEB, TRS, NO_FORM, '<input type="search" name="s">'])
def test_search_boxes_are_seen(body):
    assert _box(body) == "shown"


@pytest.mark.parametrize("body", [LOGIN, LOOKUP, HIDDEN, "<p>搜索功能建设中</p>"])
def test_look_alikes_are_not_search_boxes(body):
    assert _box(body) is None


def test_a_search_drawn_by_script_is_not_seen_but_said():
    html = '<html><head><script src="/js/search.js"></script></head><body><div id="ss"></div></body></html>'
    assert search_box(parse_document(html), "") == "script"


def test_the_corpus_nfra_header_shows_a_search_box():
    html = (CORPUS / "nfra-gov-cn_xzcf-zhejiang_article_rendered-dom.html").read_text(encoding="utf-8")
    assert extract_page(html, "https://www.nfra.gov.cn/cn/view/pages/x.html").search_box == "shown"


def _run(box: dict | None, pages: list | None = None, **params):
    case = {"search_box": box} if box is not None else {}
    if pages is not None:
        case["pages"] = pages
    values, problems = validate_params(SITE_SEARCH, params)
    assert not problems
    return [(f.status, f.url) for f in SITE_SEARCH.run(site_from_case(case), values, Context(as_of=date(2026, 9, 30)))]


SITE = "http://site.test/"


@pytest.mark.parametrize("box, params, want", [
    ({"state": "shown", "url": SITE}, {}, [("pass", SITE)]),
    ({"state": "shown", "url": SITE + "xxgk/"}, {}, [("pass", SITE + "xxgk/")]),
    ({"state": "shown", "url": SITE + "xxgk/"}, {"home": True}, [("fail", SITE)]),  # not on the homepage
    ({"state": "none"}, {}, [("fail", SITE)]),
    ({"state": "script", "url": SITE}, {}, [("incomplete", SITE)]),  # a script may draw it
    ({"state": "script", "url": SITE, "home_script": True}, {"home": True}, [("incomplete", SITE)]),
    # shown elsewhere; the homepage's scripts may draw one: no verdict on the homepage, a pass for any page
    ({"state": "shown", "url": SITE + "xxgk/", "home_script": True}, {"home": True}, [("incomplete", SITE)]),
    ({"state": "shown", "url": SITE + "xxgk/", "home_script": True}, {}, [("pass", SITE + "xxgk/")]),
    (None, {}, [("incomplete", SITE)]),  # a model built before the fact: not looked for
])
def test_site_search_verdicts(box, params, want):
    assert _run(box, **params) == want


def test_no_verdict_without_the_homepage():
    pages = [{"url": SITE, "kind": "error", "title": "", "status": 503, "outcome": "http_error", "charset": None,
              "evidence": {"url": SITE, "fetched_at": None, "record": None, "snippet": None}}]
    assert _run({"state": "none"}, pages) == [("incomplete", SITE)]


def test_the_build_records_where_a_search_box_shows_the_homepage_first(tmp_path):
    def page(body: str) -> str:
        return f"<html><head><meta charset='utf-8'><title>某县人民政府</title></head><body>{body}</body></html>"

    links = "<a href='/xxgk/'>政务公开</a><a href='/hdjl/'>互动交流</a>"
    site, base = crawl_and_build({"/": (200, HTML, page(links)), "/xxgk/": (200, HTML, page(HANWEB + "<p>政务公开</p>")),
                                  "/hdjl/": (200, HTML, page(LOOKUP))}, tmp_path / "a")
    assert (site.search_box.state, site.search_box.url) == ("shown", base + "xxgk/")
    site, base = crawl_and_build({"/": (200, HTML, page(TRS + links)), "/xxgk/": (200, HTML, page(HANWEB)),
                                  "/hdjl/": (200, HTML, page(LOOKUP))}, tmp_path / "b")
    assert (site.search_box.state, site.search_box.url) == ("shown", base)
    site, base = crawl_and_build({"/": (200, HTML, page(links)), "/xxgk/": (200, HTML, page("<p>政务公开</p>")),
                                  "/hdjl/": (200, HTML, page(LOOKUP))}, tmp_path / "c")
    assert (site.search_box.state, site.search_box.url) == ("none", None)
