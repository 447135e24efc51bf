"""Chinese numerals as pages write periods and counts (cnnum.cn_int), and years (cnnum.arabic_years)."""

from __future__ import annotations

import pytest

from govaudit.cnnum import arabic_dates, arabic_years, cn_int


@pytest.mark.parametrize("text, value", [
    ("30", 30), ("三十", 30), ("十五", 15), ("十", 10), ("二十一", 21), ("九十九", 99), ("一百二十", 120),
    ("一百零五", 105), ("一千零一十", 1010), ("一千零五", 1005), ("两", 2), ("五", 5), ("〇", 0),
])
def test_numbers_are_read(text, value):
    assert cn_int(text) == value


@pytest.mark.parametrize("text", [
    "", "abc", "三十日", "二〇",  # digits read one by one (a year's 二〇二六) are no counted number
    "三五", "十百", "一百零十", "零十",
    "一百五",  # spoken shorthand: 150 or 105, not guessed
])
def test_what_is_not_a_number_is_none(text):
    assert cn_int(text) is None


@pytest.mark.parametrize("text, rewritten", [
    ("二〇二三年政府信息公开工作年度报告", "2023年政府信息公开工作年度报告"),  # 〇 U+3007
    ("二○二三年度", "2023年度"),  # ○ U+25CB, as often typed for the zero
    ("二零二三年", "2023年"), ("２０２３年", "2023年"), ("一九九九 年", "1999 年"),
    ("为期二十三年", "为期二十三年"), ("三年", "三年"), ("二〇二三", "二〇二三"),  # no year before 年: left as written
    ("十二〇二三年", "十二〇二三年"),  # part of a longer numeral
])
def test_years_read_out_digit_by_digit_are_arabic_years(text, rewritten):
    assert arabic_years(text) == rewritten


@pytest.mark.parametrize("text, rewritten", [
    ("二〇二六年十一月二十日", "2026年11月20日"),  # a 成文日期 as a document is signed (mutation dates2)
    ("二○一九年一月四日", "2019年1月4日"), ("2026年十月一日", "2026年10月1日"), ("二〇二三年十二月三十一日", "2023年12月31日"),
    ("二〇二六年十三个月", "2026年十三个月"),  # no 月…日 date: left as written
])
def test_dates_signed_in_chinese_numerals_are_arabic_dates(text, rewritten):
    assert arabic_dates(text) == rewritten
