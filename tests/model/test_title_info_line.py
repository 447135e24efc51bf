"""A title heading that also holds the article's info line. PHPCMS v9's default article template writes
`<h1>{$title}<br /><span>{$inputtime}&nbsp;&nbsp;&nbsp;来源：{$copyfrom}&nbsp;&nbsp;&nbsp;评论：… 点击：…</span></h1>`
(the phpcms sample site writes it so). With the ArticleTitle/PubDate metas the title came from the meta and the
date from the text; without them (phpcms under the `metas` mutation, seed 17, as on the many county sites that
never adopted the 2017 metas) the whole heading was the title, the date inside it no date of the page, and the
article a hub: a document lost to every rule."""

from __future__ import annotations

import pytest

from govaudit.model.extract.page import extract_page

URL = "http://www.yunxi.gov.cn/show-2-304-1.html"


def _article(info: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            '<title>云溪县召开医疗卫生服务能力提升工作推进会（4） - 云溪县人民政府</title></head><body>'
            '<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/list-1-1.html">新闻中心</a> &gt; '
            '<a href="/list-2-1.html">云溪要闻</a> &gt;  正文</div>'
            f'<div id="Article"><h1>云溪县召开医疗卫生服务能力提升工作推进会（4）<br /><span>{info}</span></h1>'
            '<div class="content"><p>11月7日，云溪县召开医疗卫生服务能力提升工作推进会。</p></div></div></body></html>')


@pytest.mark.parametrize("info", [
    "2026年11月07日 09:04:39&nbsp;&nbsp;&nbsp;来源：云溪县融媒体中心&nbsp;&nbsp;&nbsp;",
    "2026-11-07 09:04:39&nbsp;&nbsp;&nbsp;来源：云溪县融媒体中心&nbsp;&nbsp;&nbsp;评论：<a href=\"#comment_iframe\">0</a> 点击：<span id=\"hits\"></span>",
    "来源：云溪县融媒体中心&nbsp;&nbsp;发布时间：2026-11-07",
])
def test_the_heading_is_the_title_and_its_info_line_dates_the_article(info: str) -> None:
    facts = extract_page(_article(info), URL)
    assert (facts.kind, facts.title) == ("document", "云溪县召开医疗卫生服务能力提升工作推进会(4)")
    assert (facts.pub_date, facts.pub_date_source) == ("2026-11-07", "visible")


def test_a_heading_running_on_past_the_title_with_words_of_its_own_stays_whole() -> None:
    """The boundary: a heading that says more than the <title> (a subtitle, not an info line) is the title."""
    html = _article("2026年11月07日").replace("推进会（4）<br />", "推进会（4）暨医共体建设现场会<br />")
    assert "推进会（4）暨医共体建设现场会" in extract_page(html, URL).title
