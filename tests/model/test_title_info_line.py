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


# 上海市卫生健康委员会's record (tests/model/realpages/wsjkw-sh-gov-cn_xxgk_document_header-row-table.html, and the shjy
# sample site) dates it in brackets inside the title heading; with the template's ids and classes (ivs_title,
# ivs_date, Article-time) scrambled, as the shjy site under the `classes` mutation serves it.
SH = ('<html><head><meta charset="utf-8"><title>关于开展2024年“世界家庭医生日”主题宣传活动的通知__上海市卫生健康委员会</title></head>'
      '<body><ol class="x1"><span>您现在所在的位置：</span><li><a href="/index.html">首页</a></li><li class="x2">政务公开</li></ol>'
      '<div class="x3"><h2 id="x4" class="x5">关于开展2024年“世界家庭医生日”主题宣传活动的通知\n'
      '<small id="x6" class="x7">{info}</small>\n</h2><div id="x8" class="x9"><p>各区卫生健康委：今年5月19日是第14个“世界家庭医生日”。'
      '为深入贯彻党的二十大精神，现就有关事项通知如下。</p>' + '<p>各区卫生健康委要以“世界家庭医生日”为契机，围绕年内本市提升社区'
      '卫生服务能力各项重点工作，聚焦为民办实事项目和民心工程建设，推动社区健康管理。</p>' * 3 + '</div></div></body></html>')


@pytest.mark.parametrize("info", ["( 2024-05-11)", "( 2024-5-11)", "（2024年5月11日）", "[2024-05-11 10:02:12]",
                                  "( [2024-05-11 10:02])"])
def test_a_bracketed_date_in_the_title_heading_is_its_info_line(info: str) -> None:
    """Failed before: the heading with its bracketed date was the title (…的通知 ( 2024-5-11)), and the page had
    no date (the title's text ran past it): on shjy under all 19 mutations three 批复/任免 records read as policy
    documents owing an interpretation (false findings), every document's interpretation timeliness undecided. The date
    in a CMS's own brackets inside the template's (`( [2024-05-11 10:02])`: the `dates` mutation at seed 28) did again."""
    facts = extract_page(SH.format(info=info), "http://wsjkw.sh.gov.cn/jcws2/20240511/b5c2db3d781e4c7fbcfb6bed2fe2d982.html")
    assert (facts.title, facts.pub_date, facts.pub_date_source) == (
        "关于开展2024年“世界家庭医生日”主题宣传活动的通知", "2024-05-11", "visible")

