"""Chinese numerals as pages write periods and counts (cnnum.cn_int)."""

from __future__ import annotations

import pytest

from govaudit.cnnum import cn_int


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
