"""Patterns behind the round-7 real pages (tests/model/test_realpages_saved7.py), each from real markup and
failing on b240fc8."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govaudit.model.extract.page import extract_page

# 国家统计局 最新发布 (TRS, the saved fragment below): each row's title and date are two <font>s of one <span>
# inside the link; here the dates carry their time, as lists often print it.
STATS = Path(__file__).parent / "realpages" / "stats-gov-cn_trs_zxfb_list-fragment_font-title-date-in-link_pagenav-25.html"
_DATE = re.compile(r'(<font class="cont_tit02">)(\d{4})-(\d\d)-(\d\d)(</font>)')
_TIMED = (r"\1\2-\3-\4 15:05:07\5", r"\1\2-\3-\4 15:05\5", r"\1\2年\3月\4日 15:05\5")


@pytest.mark.parametrize("timed", _TIMED)
def test_a_time_after_the_date_closing_a_list_link_is_no_part_of_the_title(timed: str) -> None:
    """Failed before: titles `…上涨4.5%2020-01-09 15:05:07` (the date alone was cut from a title's end)."""
    html = _DATE.sub(timed, STATS.read_text(encoding="utf-8"))
    facts = extract_page(html, "http://www.stats.gov.cn/tjsj/zxfb/")
    assert [(i.title, i.date) for i in facts.list_items][1:3] == [
        ("2019年12月份居民消费价格同比上涨4.5%", "2020-01-09"), ("2019年12月份工业生产者出厂价格同比下降0.5%", "2020-01-09")]
    assert len(facts.list_items) == 13 and not any(":" in i.title[-4:] for i in facts.list_items)


def test_a_title_ending_in_a_time_without_the_date_keeps_it() -> None:
    """A clock is cut only with the date before it: a title that ends in a time of its own keeps it."""
    html = ('<ul class="list">' + "".join(
        f'<li><a href="/a/{n}.html">关于调整{n}号线首班车时间为 06:30</a><span>2020-01-0{n}</span></li>' for n in (1, 2, 3))
        + "</ul>")
    facts = extract_page(html, "http://www.example.gov.cn/tzgg/")
    assert [i.title for i in facts.list_items] == [f"关于调整{n}号线首班车时间为 06:30" for n in (1, 2, 3)]


# 首都之窗 城市活动 (the saved page below): the event's box above the text, no publication date shown.
CSHD = Path(__file__).parent / "realpages" / "beijing-gov-cn_trs_cshd_event-page_start-end-time-fields_no-shown-pubdate.html"


@pytest.mark.parametrize(("start", "end"), [("开始时间：", "结束时间："), ("开始日期：", "结束日期：")])
def test_an_events_start_and_end_are_no_publication_date(start: str, end: str) -> None:
    """Failed before: 开始时间：2024-05-08 read as the shown publication date (two months after it), as a
    labelled date and, the label set aside, as the date right after the title."""
    html = CSHD.read_text(encoding="utf-8").replace("开始时间：", start).replace("结束时间：", end)
    facts = extract_page(html, "https://www.beijing.gov.cn/renwen/cshd/202403/t20240301_0000000.html")
    assert (facts.kind, facts.pub_date, facts.pub_date_source) == ("document", "2024-03-01", "meta")


# 常州新北 (PHPCMS, the saved page below): the article's table inside `<div class="menu_con">`, `menu` a chrome word.
CZND = Path(__file__).parent / "realpages" / "cznd-gov-cn_phpcms_article_table-layout_footer-after-html-end.html"
_ATTACHMENT = '<p><a href="/uploadfile/2016/0720/20160720041200.doc">暑期教育活动安排表.doc</a></p></td>'


def test_an_article_inside_a_chrome_named_wrapper_is_the_pages_body() -> None:
    """Failed before: body_text was the top bar's links and a link in the article was navigation."""
    html = CZND.read_text(encoding="utf-8").replace("</p></td>", "</p>" + _ATTACHMENT, 1)
    facts = extract_page(html, "http://www.cznd.gov.cn/html/cznd/2016/CPJCILBI_0720/241753.html")
    assert facts.body_text.startswith("为丰富辖内中小学生的暑期生活") and "无障碍浏览" not in facts.body_text
    assert "http://www.cznd.gov.cn/uploadfile/2016/0720/20160720041200.doc" in [link.url for link in facts.body_links]


def test_a_menu_wrapper_stays_navigation_when_prose_stands_outside_it() -> None:
    """The re-walk is only for a page with no prose outside chrome: beside a content area of its own that
    holds prose, a chrome-named wrapper's links are still navigation."""
    html = CZND.read_text(encoding="utf-8").replace("</p></td>", "</p>" + _ATTACHMENT, 1).replace(
        '<div style="width:auto; height:2px', '<div class="article_content"><p>' + "本站说明文字。" * 30 + "</p></div>"
        '<div style="width:auto; height:2px', 1)
    facts = extract_page(html, "http://www.cznd.gov.cn/html/cznd/2016/CPJCILBI_0720/241753.html")
    assert "http://www.cznd.gov.cn/uploadfile/2016/0720/20160720041200.doc" not in [link.url for link in facts.body_links]
