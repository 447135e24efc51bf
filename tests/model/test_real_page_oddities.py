"""Oddities of real pages no earlier test held (issue 8, item 11): breadcrumb steps that
link nowhere, 公网安备/ICP/标识码 variants, template placeholders, homepage titles.
Hand-written pages modelled on real markup; exact expectations."""

from __future__ import annotations

import pytest

from govaudit.model.extract.page import extract_page

SITE = "http://www.site.test/"
DOC_URL = SITE + "zwgk/tzgg/202609/t20260915_1001.html"
HOME, ZWGK, TZGG = (SITE, "政务公开", "通知公告")
BODY = "<div class='content'><p>" + "为进一步做好秋季森林防火工作，现将有关事项通知如下。" * 8 + "</p></div>"


def page(crumb: str, body: str = BODY, head: str = "", footer: str = "网站标识码：3399000001") -> str:
    return (f"<html><head><meta charset='utf-8'>{head}<title>关于做好秋季防火工作的通知_某区人民政府</title></head>"
            f"<body><div class='header'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a></div>{crumb}"
            f"<h1>关于做好秋季防火工作的通知</h1><p>发布时间：2026-09-15</p>{body}"
            f"<div class='footer'>{footer}</div></body></html>")


TRAIL = [("首页", SITE), (ZWGK, None), (TZGG, SITE + "zwgk/tzgg/")]


@pytest.mark.parametrize("crumb", [
    # an intermediate step links to javascript:void(0), separators as text
    "<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='javascript:void(0)'>政务公开</a> &gt; "
    "<a href='/zwgk/tzgg/'>通知公告</a></div>",
    # javascript:; and CSS separators (li per step, no text between them)
    "<div class='breadcrumb'><span>当前位置：</span><ul><li><a href='../../../'>首页</a></li>"
    "<li><a href='javascript:;'>政务公开</a></li><li><a href='/zwgk/tzgg/'>通知公告</a></li></ul></div>",
    # `#` and an <a> without href, no class on the container
    "<table><tr><td>您当前的位置：<a href='/'>首页</a>&gt;&gt;<a href='#'>政务公开</a>&gt;&gt;"
    "<a href='/zwgk/tzgg/'>通知公告</a></td></tr></table>",
    "<div class='location'><a href='/'>首页</a> » <a>政务公开</a> » <a href='/zwgk/tzgg/'>通知公告</a> » 正文</div>",
    # plain text between separators
    "<div class='dqwz'>当前位置：<a href='/'>首页</a> &gt; 政务公开 &gt; <a href='/zwgk/tzgg/'>通知公告</a></div>",
])
def test_breadcrumb_steps_that_link_nowhere_keep_their_place(crumb: str):
    facts = extract_page(page(crumb), DOC_URL)
    assert facts.breadcrumb == TRAIL
    assert (facts.column_name, facts.column_name_source) == (TZGG, "breadcrumb")


@pytest.mark.parametrize("crumb, trail", [
    # the current (last) step links to javascript:void(0)
    ("<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a> &gt; "
     "<a href='javascript:void(0);'>通知公告</a></div>", [("首页", SITE), (ZWGK, SITE + "zwgk/"), (TZGG, None)]),
    # every step links nowhere
    ("<div class='crumb'><a href='javascript:void(0)'>首页</a> &gt; <a href='javascript:void(0)'>政务公开</a> &gt; "
     "<a href='javascript:void(0)'>通知公告</a></div>", [("首页", None), (ZWGK, None), (TZGG, None)]),
    # the first step links nowhere, CSS separators
    ("<ul class='breadcrumb'><li><a href='javascript:;'>首页</a></li><li><a href='/zwgk/'>政务公开</a></li>"
     "<li><a href='javascript:;'>通知公告</a></li></ul>", [("首页", None), (ZWGK, SITE + "zwgk/"), (TZGG, None)]),
    # plain text only, found by its label
    ("<p>当前位置：首页 &gt; 政务公开 &gt; 通知公告</p>", [("首页", None), (ZWGK, None), (TZGG, None)]),
])
def test_breadcrumb_current_and_first_steps_without_links(crumb: str, trail: list):
    facts = extract_page(page(crumb), DOC_URL)
    assert facts.breadcrumb == trail and facts.column_name == TZGG


@pytest.mark.parametrize("crumb, trail", [
    # a date and a share bar after the trail are not steps
    ("<div class='position'><a href='/'>首页</a> &gt; <a href='/zwgk/tzgg/'>通知公告</a> <span>2026-09-15</span></div>",
     [("首页", SITE), (TZGG, SITE + "zwgk/tzgg/")]),
    # an unrendered Velocity call where the trail should be
    ("<div class='position'>当前位置：$pageHelpBean.getPagePath($column)</div>", []),
    # one lone unlinked word is not a trail
    ("<div class='position'>当前位置：正文</div>", []),
])
def test_breadcrumb_stops_at_what_is_not_a_step(crumb: str, trail: list):
    assert extract_page(page(crumb), DOC_URL).breadcrumb == trail
