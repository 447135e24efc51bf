"""Whole numbers written in Chinese numerals, as pages state periods and counts (为期三十日,
二十个工作日, 一百二十天, 两个月): 零/〇 to 九 with 十, 百 and 千, and Arabic digits alike; and
years read out digit by digit (二〇二三年)."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
# The characters such a number is written with (the body of a regex character class).
NUMERAL_CHARS = "".join(_DIGITS) + "".join(_UNITS)


def cn_int(text: str) -> int | None:
    """The value of a whole number below 10,000 written in Arabic digits (`30`) or Chinese
    numerals (`三十`, `十五`, `一百零五`, `两`); None when `text` is not one. Digits read out
    one by one (`二〇`) and shortened forms (`一百五`, 150 or 105?) are None: not guessed."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text:
        return None
    total, digit, last_unit, placeholder = 0, None, 10_000, False
    for char in text:
        if char in _DIGITS:
            value = _DIGITS[char]
            if value == 0 and digit is None and last_unit < 10_000:
                placeholder = True  # 一百零五: 零 holds the empty tens place
                continue
            if digit is not None:  # 二〇, 三五: a digit after a digit
                return None
            digit = value
        elif char in _UNITS:
            unit = _UNITS[char]
            if unit >= last_unit or digit == 0 or digit is None and placeholder:  # 十百, 零十, 一百零十
                return None
            total += (1 if digit is None else digit) * unit  # 十五: a leading 十 is 一十
            digit, last_unit, placeholder = None, unit, False
        else:
            return None
    if digit is None:
        return total
    if last_unit == 10_000:  # a lone digit: 五
        return digit
    if last_unit > 10 and not placeholder:  # 一百五: spoken shorthand, not guessed
        return None
    return total + digit


# A year's digits read out one by one (二〇二三, with the circle ○ U+25CB or 零 for the zero as
# often typed) or in full-width digits (２０２３), before 年 or 年度.
_YEAR_DIGITS = {**{c: str(v) for c, v in _DIGITS.items() if c != "两"}, "○": "0",
                **{chr(0xFF10 + d): str(d) for d in range(10)}}
_SPELLED_YEAR = re.compile(f"(?<![{''.join(_YEAR_DIGITS)}十百千])[一二１２][{''.join(_YEAR_DIGITS)}]{{3}}(?=\\s*年)")


def arabic_years(text: str) -> str:
    """`text` with every year written digit by digit in Chinese numerals (二〇二三年, 二○二三年,
    二零二三年) or in full-width digits (２０２３年) rewritten in Arabic digits (2023年); other
    numbers (二十三年, 三年) are left as written."""
    if not _SPELLED_YEAR.search(text):
        return text
    return _SPELLED_YEAR.sub(lambda m: "".join(_YEAR_DIGITS[c] for c in m.group()), text)


_SPELLED_MONTH_DAY = re.compile(r"((?:19|20)\d{2})(\s*年\s*)([〇零一二三四五六七八九十]{1,3})(\s*月\s*)([〇零一二三四五六七八九十]{1,3})(?=\s*日)")


def arabic_dates(text: str) -> str:
    """`text` with every date written in Chinese numerals as a document's date is signed
    (二〇二六年十一月二十日, the 落款 of a 成文日期) rewritten in Arabic digits (2026年11月20日)."""
    text = arabic_years(text)
    if "月" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        month, day = cn_int(m.group(3)), cn_int(m.group(5))
        if month is None or day is None:
            return m.group(0)
        return f"{m.group(1)}{m.group(2)}{month}{m.group(4)}{day}"
    return _SPELLED_MONTH_DAY.sub(one, text)
