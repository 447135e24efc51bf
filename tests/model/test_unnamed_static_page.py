"""A short single page (机构职能, 局馆介绍, a guide's two sentences) whose body no class/id word
names: a main area of link-free text beside a menu of sibling columns is its body, so the page
is a static page (a column showing one article), not a hub.

The chrome is real: 普宁档案信息网's 局馆介绍 template (a JSP in a public repository, found with
`find_string ">机构职能</a></li>"`): `<div class="local"><span>当前位置：<a>普宁档案</a>>><a>局馆介绍</a>
<span>>>局馆荣誉</span></span></div>` then `<div class="details"><div class="navBox"><h2>局馆介绍</h2>
<ul class="nav_option">` of six sibling pages, the current one `class="active"`. Its list box
(`catalogBox`, filled by script on 局馆荣誉) is replaced by the text a 局馆介绍 page shows there
(the wording and the 发布时间 line of the dated variant are made up: a guide shows its date so);
every class is also scrambled, as tests/sites/mutate.py does, since
`details` is a word the tool knows and a CMS's own words are not."""

from __future__ import annotations

import hashlib

import pytest

from govaudit.model.extract.page import extract_page
from tests.sites import jsp
from tests.sites.mutate import scramble_markup

URL = "http://site.test/app_index/goArchiveIntroduction"
TEXT = "普宁市档案局（馆）是市委、市政府直属的档案工作机构，负责全市档案事业的统筹规划和监督指导。"
MENU = (("goArchiveIntroduction", "局馆介绍"), ("goLeadershipRanks", "领导班子"), ("goMechanismFunction", "机构职能"),
        ("goArchiveScene", "局馆风貌"), ("goArchiveHonor", "局馆荣誉"), ("goLeadershipConcern", "领导关怀"))


def _page(scrambled: bool, dated: bool) -> str:
    cls = (lambda name: "x" + hashlib.sha1(name.encode()).hexdigest()[:8]) if scrambled else (lambda name: name)
    shown = "<div>发布时间：2025-06-18 10:00</div>" if dated else ""
    items = "".join(f'<li><a href="/app_index/{u}"{" class=%s" % cls("active") if n == "局馆介绍" else ""}>{n}</a></li>'
                    for u, n in MENU)
    return ('<html lang="en"><head><meta charset="UTF-8"><title>普宁档案信息网-局馆介绍</title></head><body>'
            f'<div class="{cls("content")}">\n<div class="{cls("local")}">\n<span>当前位置：<a href="/app_index/goindex">普宁档案</a>>>'
            '<a href="/app_index/goArchiveIntroduction">局馆介绍</a><span>>>局馆介绍</span></span>\n</div>\n'
            f'<div class="{cls("details")}">\n<div class="{cls("navBox")}">\n<h2>局馆介绍</h2>\n'
            f'<ul class="{cls("nav_option")}">{items}</ul>\n</div>\n'
            f'<div class="{cls("catalogBox")}"><h1>局馆介绍</h1>{shown}<p>{TEXT}</p></div>\n</div>\n</div>'
            '<div class="footer">主办：普宁市档案局 网站标识码：4452810001</div></body></html>')


@pytest.mark.parametrize("dated", [False, True], ids=["undated", "dated"])
@pytest.mark.parametrize("scrambled", [False, True], ids=["real-classes", "scrambled"])
def test_a_short_unnamed_body_beside_a_sibling_menu_is_a_static_page(scrambled: bool, dated: bool):
    facts = extract_page(_page(scrambled, dated), URL)
    assert (facts.kind, facts.list_state, facts.single_article) == ("column", "listed", True)
    assert [(i.url, i.date) for i in facts.list_items] == [(URL, "2025-06-18" if dated else None)]



@pytest.mark.parametrize("scrambled", [False, True], ids=["jsp-classes", "scrambled"])
def test_names_beside_links_the_menu_repeats_are_no_body(scrambled: bool):
    """A hub of department links that its side menu repeats, each row a name and its full name in
    brackets (tests/sites/jsp.py's 部门信息公开): no sentences, so no static page."""
    body = jsp.build("small").resources["/public/dept.html"].body
    facts = extract_page((scramble_markup(body) if scrambled else body).decode("gbk"), "http://site.test/public/dept.html")
    assert facts.kind == "hub" and not facts.single_article and not facts.list_items
