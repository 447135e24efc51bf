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


def _dtcms_guide(scrambled: bool, label: str = "您当前的位置：", heading: str = "信息公开指南") -> str:
    """A DTcms single page (`content/xxgkzn.aspx`, tests/sites/dtcms.py from 潍坊工会网's generated
    templates): the title and its trail in one block, `{title}<p class="fr">您当前的位置：<a>首页</a>`,
    the trail stopping at 首页; a top menu with no highlighted item; a guide of three short paragraphs."""
    cls = (lambda name: "x" + hashlib.sha1(name.encode()).hexdigest()[:8]) if scrambled else (lambda name: name)
    menu = "".join(f'<li><a href="/news/{12 + k}.aspx">{n}</a></li>' for k, n in enumerate(("工作动态", "公示公告", "就业创业", "社保服务")))
    return ('<html><head><meta charset="utf-8"><title>信息公开指南 - 澄川县人力资源和社会保障局</title></head><body>'
            f'<div class="{cls("nav")}"><ul class="{cls("nav_list")}"><li><a href="/index.aspx">网站首页</a></li>{menu}</ul></div>'
            f'<div class="{cls("sub_main")}"><div class="{cls("sub_left_bt")} {cls("font_bt")}">{heading}<p class="{cls("fr")}">'
            f'{label}<a href="/index.aspx">首页</a></p></div>'
            f'<div class="{cls("sub_content")}"><p>为便于公民、法人和其他组织获取澄川县人力资源和社会保障局的政府信息，编制本指南。</p>'
            '<p>一、主动公开　二、依申请公开　三、监督和救济</p><p>本指南自2026年2月10日起施行。</p></div></div>'
            f'<div class="{cls("footer")}">主办单位：澄川县人力资源和社会保障局 网站标识码：3311270021</div></body></html>')


@pytest.mark.parametrize("label,heading", [("您当前的位置：", "信息公开指南"), ("", "信息公开指南"), ("", "")],
                         ids=["trail", "bare-home-link", "no-heading"])
@pytest.mark.parametrize("scrambled", [False, True], ids=["dtcms-classes", "scrambled"])
def test_an_undated_linkless_page_is_a_static_page(scrambled: bool, label: str, heading: str):
    """Named as a column by nothing (no ColumnName meta, a trail stopping at 首页, no highlighted menu
    item, perhaps not even a heading: MetInfo's 单页), dated nowhere, linking nothing in its main
    area: a static page whose text is kept (the guide's 自…起施行 dates it). Before, with its classes
    scrambled, it read as a hub and its text was dropped: guide-current undecided (seed 12). The
    trail may be a bare 首页 link, read as no trail at all (the govcn sample site's gkzn.htm)."""
    facts = extract_page(_dtcms_guide(scrambled, label, heading), "http://site.test/content/xxgkzn.aspx")
    assert facts.kind in ("column", "document") and "本指南自2026年2月10日起施行" in facts.body_text


def test_a_pboot_guide_named_by_its_trail_is_a_static_page() -> None:
    """PbootCMS (tests/sites/pboot.py, its stock templates): the page's path in the query
    (`/?xxgkzn/`, every page of the site below `/`) and a <title> `信息公开指南-芦汀街道办事处` whose
    hyphen splits off the organ's name. Before, the page counted as leading below its own folder (a
    hub) and its name, with the organ's, matched no trail step: a hub, its text dropped."""
    html = ('<html><head><meta charset="utf-8"><title>信息公开指南-芦汀街道办事处</title></head><body>'
            '<div class="x1"><a href="/">首页</a><a href="/?tzgg/">通知公告</a><a href="/?xxgk/">信息公开</a></div>'
            '<div class="x2">您现在的位置：<a href="/">首页</a>&gt;<a href="/?xxgkzn/">信息公开指南</a></div>'
            '<div class="x3"><p>为便于公民、法人和其他组织获取芦汀街道办事处的政府信息，编制本指南。</p>'
            '<p>一、主动公开 二、依申请公开 三、监督和救济</p><p>本指南自2026年2月10日起施行。</p><p>芦汀街道办事处</p></div>'
            '<div class="x4">主办：芦汀街道办事处 网站标识码：3301000099</div></body></html>')
    facts = extract_page(html, "http://site.test/?xxgkzn/")
    assert (facts.kind, facts.single_article, facts.title) == ("column", True, "信息公开指南")
    assert "本指南自2026年2月10日起施行" in facts.body_text
