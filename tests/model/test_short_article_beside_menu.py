"""A short article whose unnamed block also holds the channel's side menu: the block mostly not links
holding the most text is the body (page._short_unnamed, article.unlinked_block).

The markup is the jsp sample site's (tests/sites/jsp.py: Lonsun-style 信息公开 platform) 图解 page as
the `classes` and `copies` mutations leave it (seed 12): a top bar with the day's date and weather,
the trail, the platform's side menu under its heading 法定主动公开内容 in the same unnamed block as
the article (its `<h1>`, a 发布日期 line, a one-sentence caption naming 溪政办〔2026〕26号), and a
phone copy of the title and date after the 友情链接. The top bar, the menu's heading and the copy
outweighed the caption, so the block chosen was the one holding menu and article, too linky to be a
body: the page read as a hub, and the policy document it explains was reported as having no
interpretation (interpretation-missing fail instead of interpretation-not-linked)."""

from __future__ import annotations

import hashlib

from govaudit.model.extract.page import extract_page

URL = "http://www.tongxi.gov.cn/content/detail/2214.html"
CAPTION = "近日，桐溪县人民政府办公室印发了溪政办〔2026〕26号文件，现将主要内容解读如下。"
MENU = ("行政规范性文件", "政策文件", "解读回应", "公示公告", "人事信息", "财政预决算", "重点项目", "政府信息公开年度报告", "部门信息公开")


def _x(name: str) -> str:
    return "x" + hashlib.sha1(name.encode()).hexdigest()[:8]


def _page(main: str) -> str:
    menu = "".join(f'<li><a href="/public/column/6601?type=4&amp;catId={101 + k}&amp;action=list">{n}</a></li>' for k, n in enumerate(MENU))
    return ('<html><head><meta charset="utf-8"><title>图解：桐溪县这项新政策来了_桐溪县人民政府</title></head><body>'
            f'<table width="1000"><tr><td><div class="{_x("topbar")}"><div>2026年6月15日 星期一 多云 15℃~24℃ '
            '<a href="javascript:;">长者模式</a><a href="javascript:;">无障碍浏览</a><a href="/site/content.jsp?colId=23">网站地图</a></div></div>'
            f'<div class="{_x("nav")}"><ul><li><a href="/index.html">首页</a></li><li><a href="/site/list.jsp?colId=11">县政要闻</a></li>'
            '<li><a href="/public/index.html">信息公开</a></li></ul></div>'
            f'<div class="{_x("position")}">您现在的位置：<a href="/index.html">首页</a> &gt; <a href="/public/index.html">信息公开</a> &gt; '
            '<a href="/public/column/6601?type=4&amp;catId=103&amp;action=list">解读回应</a> &gt; <span>正文</span></div>'
            f'<div class="{_x("main")}"><div class="{_x("leftnav")}"><h3>法定主动公开内容</h3><ul>{menu}</ul></div>{main}</div>'
            f'<div class="{_x("links")}"><h2><span>友情链接</span></h2><ul><li><select><option>政府网站</option></select></li></ul></div>'
            '<div class="mobile-show"><h1>&nbsp;&nbsp;图解：桐溪县这项新政策来了&nbsp;</h1><div>发布日期：&nbsp;&nbsp;2026年1月26日　来源：桐溪县人民政府</div></div>'
            f'<div class="{_x("footer")}"><p>桐溪县人民政府办公室主办　承办：桐溪县数据资源管理局</p><p>ICP备案号：皖ICP备05001234号-1</p></div>'
            '</td></tr></table></body></html>')


def _article(caption: str) -> str:
    return (f'<div class="{_x("article")}"><div><div><h1>&nbsp;&nbsp;图解：桐溪县这项新政策来了&nbsp;</h1></div></div>'
            f'<table width="100%"><tr><td><div class="{_x("info")}">发布日期：&nbsp;&nbsp;2026年1月26日　来源：桐溪县人民政府</div></td></tr></table>'
            f'<div class="{_x("content")}"><p>{caption}</p></div></div>')


def test_a_short_article_beside_the_side_menu_is_a_document_with_its_caption_as_body() -> None:
    facts = extract_page(_page(_article(CAPTION)), URL)
    assert (facts.kind, facts.pub_date) == ("document", "2026-01-26")
    assert CAPTION in facts.body_text and "法定主动公开内容" not in facts.body_text

