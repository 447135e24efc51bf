"""A trail drawn on one line whose unlinked leaf closes its block (`当前位置：<a>首页</a> &gt;
<span>leaf</span></div>`) ends there: the side menu's links that follow are no later steps, and
the leaf is the page's column. Before, a trail of one link dropped its leaf (only `首页` was read)
whenever no class named the trail's element.

Real markup: a public portal's list template (`find_string "首页</a> &gt; <span>"`):
`<div class="mainnav">您当前的位置： <a href="/portal">首页</a> &gt; <span>…</span></div>` then
`<div class="content"><div class="conleft"><h2>…</h2><ul class="conlist"><li>…`; the leaf and rows are
filled in here (the template prints them from PHP), and the same shape with the kpy sample's
`当前位置：` label and side menu (tests/sites/kpy.py)."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "http://site.test/portal/showList?type_id=3"
ROWS = "".join(f'<li><div class="listtext"><h3><a href="/portal/showDetail?id={i}">关于开展第{i}批专项检查的通知</a></h3>'
               f"<p>2026-09-{10 + i}</p></div></li>" for i in range(1, 6))


def _page(label: str, menu: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>通知公告</title></head><body>"
            f'<div class="main">\n<div class="mainnav">{label} <a href="/portal">首页</a> &gt; <span>通知公告</span></div>\n'
            f'{menu}<div class="content"><div class="conleft"><h2>通知公告</h2><ul class="conlist">{ROWS}</ul></div></div></div>'
            "</body></html>")


def test_a_one_link_trail_keeps_its_leaf_before_a_list():
    facts = extract_page(_page("您当前的位置：", ""), URL)
    assert facts.breadcrumb == [("首页", "http://site.test/portal"), ("通知公告", None)]


def test_a_one_link_trail_keeps_its_leaf_before_a_side_menu():
    menu = ('<div class="left"><div>政府信息公开</div><ul>'
            + "".join(f'<li><a href="/portal/showList?type_id={i}">{n}</a></li>' for i, n in enumerate(("规范性文件", "政策解读", "人事信息")))
            + "</ul></div>")
    facts = extract_page(_page("当前位置：", menu), URL)
    assert facts.breadcrumb == [("首页", "http://site.test/portal"), ("通知公告", None)]


def test_a_separator_after_the_block_continues_the_trail():
    # `<a>首页</a> &gt; <span>政务公开</span><p> &gt; <a>通知公告</a></p>`: the separator after the
    # block goes on, so 政务公开 is no leaf. (What follows 通知公告 is not asserted here.)
    html = ("<html><head><meta charset='utf-8'><title>通知公告</title></head><body>"
            '<div>当前位置：<a href="/">首页</a> &gt; <span>政务公开</span><p> &gt; <a href="/zwgk/tzgg/">通知公告</a></p></div>'
            f'<ul>{ROWS}</ul></body></html>')
    facts = extract_page(html, "http://site.test/zwgk/tzgg/")
    assert [name for name, _ in facts.breadcrumb][:3] == ["首页", "政务公开", "通知公告"]
