"""发文字号 (document numbers) such as 岚综管规〔2024〕4号: normalisation and mentions in text.

Sites and typists write the year bracket as 〔〕, [], ［］, 【】, () or （）, with full-width
digits and stray spaces; evaluators treat these as the same number, so the model keeps
one canonical form: organ prefix, 〔YYYY〕, number, 号.
"""

from __future__ import annotations

import re
import unicodedata

_OPEN, _CLOSE = "〔[［【(（〈<", "〕]］】)）〉>"
_MENTION = re.compile(
    r"([\u4e00-\u9fa5]{1,16})\s*[" + re.escape(_OPEN) + r"]\s*((?:19|20)\d{2})\s*[" + re.escape(_CLOSE) + r"]\s*第?\s*(\d{1,5})\s*号"
)
# Words that run into an organ prefix in prose ("…和岚综管规〔2022〕6号").
_CONNECTOR = re.compile(r"^(?:以及|根据|依据|按照|参照|和|及|与|或|对|将|经|按)(?=[\u4e00-\u9fa5]{2})")
# Number-series markers that make a document a 规范性文件 (行政规范性文件 numbering, 国办发〔2018〕37号).
_NORMATIVE_SERIES = re.compile(r"规$|规范$")
# Series of routine business (事务性): 字 and 函 number work notices, letters and replies (教思政厅函〔2024〕10号
# 关于举办…宣传教育活动的通知 on moe.gov.cn; 国办函〔2006〕82号, a reply to a 提案; a township's 栗府字 notices),
# where the 发 series numbers the policy documents.
_ROUTINE_SERIES = re.compile(r"[字函]$")


def normalize_wenhao(value: str) -> str:
    """Canonical 文号: `某府规[2026] 3 号` -> `某府规〔2026〕3号`; text without a number is only
    cleaned (full-width folded, spaces removed)."""
    text = unicodedata.normalize("NFKC", value).strip()
    m = _MENTION.search(text)
    if m is None:
        return re.sub(r"\s+", "", text)
    prefix, year, number = m.groups()
    return text[: m.start()].replace(" ", "") + f"{prefix}〔{year}〕{number}号" + re.sub(r"\s+", "", text[m.end():])


def find_wenhao(text: str) -> list[str]:
    """Every 文号 mentioned in `text`, canonical, in order, without repeats."""
    if "号" not in text:
        return []
    folded = unicodedata.normalize("NFKC", text) if not unicodedata.is_normalized("NFKC", text) else text
    seen: dict[str, None] = {}
    for m in _MENTION.finditer(folded):
        prefix, year, number = m.groups()
        prefix = _CONNECTOR.sub("", prefix)
        seen.setdefault(f"{prefix}〔{year}〕{number}号", None)
    return list(seen)


# A 部门规章's number, written in its title in place of a 发文字号: 国家发展改革委's `《…规定》 2026年第41号令`,
# 科学技术部's `科学技术部令第24号 科学技术活动违规行为调查处理规定` (the decree's own name first or the number last,
# never a decree cited inside a title: 关于贯彻《…条例》（国务院令第711号）的通知).
_DECREE = re.compile(r"^\s*([\u4e00-\u9fa5]{2,24}令)\s*第\s*(\d{1,5})\s*号|(?:((?:19|20)\d{2})\s*年\s*)?第\s*(\d{1,5})\s*号令\s*$")


def decree_number(title: str) -> str:
    """The 令 number a 规章's title carries (`科学技术部令第24号`, `2026年第41号令`), canonical; "" for any other title."""
    m = _DECREE.search(unicodedata.normalize("NFKC", title))
    if m is None:
        return ""
    if m.group(1):
        return f"{m.group(1)}第{m.group(2)}号"
    return f"{m.group(3) + '年' if m.group(3) else ''}第{m.group(4)}号令"


def is_normative_number(wenhao: str) -> bool:
    """True for numbers in a normative-document series (the prefix ends in 规, as in 岚综管规)."""
    m = _MENTION.search(wenhao)
    return bool(m and _NORMATIVE_SERIES.search(m.group(1)))


def is_routine_number(wenhao: str) -> bool:
    """True for numbers in a series of routine business (the prefix ends in 字 or 函, as in 栗府字, 国办函)."""
    m = _MENTION.search(wenhao)
    return bool(m and _ROUTINE_SERIES.search(m.group(1)))


# 龙讯 Lonsun's 文号 cell writes the 号 a stored number lacks: `<td id="_fileNum">霁政规〔2026〕5<script>var fileNum =
# "霁政规〔2026〕5";if(fileNum.indexOf("号") == -1){document.write('号');}</script></td>` (合肥蜀山区 page, realpages).
_WRITES_HAO = re.compile(r"""indexOf\(\s*["']号["']\s*\)\s*==+\s*-1\s*\)\s*\{?\s*document\.write\(\s*["']号["']\s*\)""")
_NUMBER_WITHOUT_HAO = re.compile(r"[\u4e00-\u9fa5]\s*〔(?:19|20)\d{2}〕\s*\d{1,5}$")


def shown_wenhao(wenhao: str, scripts: str) -> str:
    """The 文号 the page shows when its script writes the 号 the cell's number lacks (see _WRITES_HAO); else `wenhao`.
    An empty cell stays empty: the script then writes 号 alone, which is no number."""
    if _NUMBER_WITHOUT_HAO.search(wenhao) and "document.write" in scripts and _WRITES_HAO.search(scripts):
        return normalize_wenhao(wenhao + "号")
    return wenhao


_LEAD_SPAN = 400  # a document's title lines and its number come first (gov.cn: three title lines, then 国发〔2018〕43号)


def lead_wenhao(text: str) -> str:
    """The 文号 a document's text opens with on a line of its own, before its first sentence ends (gov.cn's
    `国发〔2018〕43号` between the title lines and the salutation), canonical; "" when there is none or the
    first number stands inside a sentence (`根据《…》（某政规〔2025〕3号）`)."""
    head = text[:_LEAD_SPAN]
    head = head[: end] if (end := head.find("。")) >= 0 else head
    if "号" not in head:
        return ""
    head = unicodedata.normalize("NFKC", head)
    m = _MENTION.search(head)
    if m is None:
        return ""
    before, after = head[: m.start()], head[m.end():]
    if (before and not before[-1].isspace()) or (after and not after[0].isspace()):
        return ""
    prefix, year, number = m.groups()
    return f"{prefix}〔{year}〕{number}号"

