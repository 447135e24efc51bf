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
