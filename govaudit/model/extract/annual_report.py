"""政府信息公开工作年度报告: title pattern, year, issuing organ, the six standard sections."""

from __future__ import annotations

import re
from dataclasses import dataclass

from govaudit.cnnum import arabic_years
from govaudit.htmlvocab import INTERPRETATION_TITLE
from govaudit.model.extract.report_tables import parse_table3, tables_present

# domain.md §3.3; accepts organ-first and year-first titles, （图片版） suffixes, a
# department's "信息公开年度报告" without 政府, and "2016年度政府信息公开工作报告" whose 年度
# stands only after the year (市扶农办, 广东省旅游局 and township reports are titled so).
# An organ named 人民政府 keeps its 政府 (2023年北京市人民政府信息公开工作年度报告).
_TITLE = re.compile(
    r"^(?P<pre>.*?)(?P<year>(?:19|20)\d{2})\s*年(?:度)?(?P<org>.*?(?:人民政府)?)(?:政府)?信息公开(?:工作)?(?:年(?:度)?报(?:告)?|报告)"
)
# The year after 工作 (…政府信息公开工作2023年度报告) or after the report's name, bracketed
# (…政府信息公开工作年度报告（2023年）).
_TITLE_YEAR_AFTER = re.compile(
    r"^(?P<org>.*?(?:人民政府)?)(?:政府)?信息公开(?:工作)?\s*(?:(?P<year>(?:19|20)\d{2})\s*年度?(?:年度)?报告"
    r"|年度?报告?\s*[（(]\s*(?P<bracketed>(?:19|20)\d{2})\s*(?:年度?)?\s*[）)])"
)
# The six headings of the 2021 format (国办公开办函〔2021〕30号), by their distinctive words.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("一", "总体情况"),
    ("二", "主动公开政府信息情况"),
    ("三", "收到和处理政府信息公开申请情况"),
    ("四", "行政复议、行政诉讼情况"),
    ("五", "存在的主要问题及改进情况"),
    ("六", "其他需要报告的事项"),
)
# A numbered heading (一、…) whose words name a standard section. Older reports number
# them differently (四、…存在的主要问题…), so the section is known by its words; the
# preamble's list of parts ("本报告包括总体情况、…") is not a heading. `行政.?复议` lets a
# typo seen on a real report (行政法复议) through.
_HEADING = re.compile(
    r"[一二三四五六七八九十]{1,2}\s*[、.．]\s*(?:因)?(?:政府信息公开)?(?:工作)?(?:申请)?"
    r"(总体情况|主动公开政府信息(?:的)?情况|收到和处理政府信息公开申请(?:的)?情况|(?:提起)?行政.?复议、(?:提起)?行政诉讼(?:的)?情况"
    r"|存在的主要问题及改进情况|其他需要报告的事项)"
)
_WORDS_TO_SECTION = {"总体": "一", "主动": "二", "收到": "三", "行政": "四", "提起": "四", "存在": "五", "其他": "六"}

@dataclass(frozen=True)
class ReportTitle:
    year: int
    organ: str


# Notices about reports ("关于做好2023年度政府信息公开工作年度报告编制工作的通知") name a year
# and the report but are not one; a report's title never reads like a notice. Nor like an
# interpretation of it (一图读懂…年度报告, 【图解】…, …（图解）), filed beside it in the same column.
_ABOUT_A_REPORT = re.compile(r"^关于|通知|编制|报送")


def parse_title(title: str) -> ReportTitle | None:
    """Year and organ of an annual-report title, or None if it is not one."""
    if _ABOUT_A_REPORT.search(title) or INTERPRETATION_TITLE.search(title):
        return None
    title = arabic_years(title.strip())  # 二〇二三年, ２０２３年
    if m := _TITLE.match(title):
        return ReportTitle(year=int(m.group("year")), organ=(m.group("pre") + m.group("org")).strip(" ()（）"))
    if m := _TITLE_YEAR_AFTER.match(title):
        return ReportTitle(year=int(m.group("year") or m.group("bracketed")), organ=m.group("org").strip(" ()（）"))
    return None


def sections_present(body_text: str) -> list[str]:
    """Numbers (一…六) of the standard sections that have a numbered heading in the text."""
    compact = re.sub(r"\s", "", body_text)
    found = {_WORDS_TO_SECTION[m.group(1)[:2]] for m in _HEADING.finditer(compact)}
    return [num for num, _ in SECTIONS if num in found]


def report_facts(parsed: ReportTitle, text: str) -> dict[str, object]:
    """Year, organ, standard sections, 2021 tables present and Table 3's identity rows."""
    table3 = parse_table3(text)
    return {
        "year": parsed.year, "organ": parsed.organ, "sections": sections_present(text),
        "tables": tables_present(text),
        "table3": None if table3 is None else {"new": table3.new, "carried": table3.carried, "total": table3.total,
                                               "forward": table3.forward, "columns": table3.columns},
        "identity_ok": None if table3 is None else table3.identity_ok,
    }


# --- Issuing organs -------------------------------------------------------------------
# A report is issued by a people's government (人民政府, its 办公室, a 管委会 of a zone, or
# just a region name as in "宿迁市2025年…") or by a department (局、委、办、中心 …); a
# township or sub-district (乡、镇、街道) reports like a department, to the county.
GOVERNMENT, DEPARTMENT, UNKNOWN = "government", "department", "unknown"
_LEVELS = "省市区县旗盟州"
# One or more region names in a row (北京市海淀区); a name does not start with a level
# character, so the "市" of 市市场监督管理局 is not a region, and a region after the first
# has at least two characters before its level, so 城市管理局 in 青溪县城市管理局 is none. A city
# named …州 keeps its 市 (广州市白云区: not 广州 + 市白云区), unless 市 begins 市场 (恩施州市场监督管理局).
_REGION_PART = r"[^\W\d_省市区县旗盟州][\u4e00-\u9fff]{%s}?(?:特别行政区|自治区|自治州|自治县|自治旗|新区|地区|州市(?!场)|[省市区县旗盟州])"
_REGION = re.compile(f"^({_REGION_PART % '0,'}(?:{_REGION_PART % '1,'})*)")
_GOVERNMENT_REST = re.compile(r"(?:人民政府|政府|党工委|管委会|管理委员会|[、·])*(?:办公室|办公厅|办)?")
_TOWNSHIP = re.compile(r"(?:乡|镇|街道)(?:人民政府|政府|办事处)?(?:办公室)?$")
_DEPARTMENT = re.compile(
    r"(?:局|委员会|委|办公室|办|中心|厅|部|署|院|所|站|队|处|会|馆|社|台|行|公司|集团|监狱|管理区|办事处|政府)$")
_NOISE = re.compile(r"[\s（(【\[][^）)】\]]*[）)】\]]|\s")
# The state's name before a central organ's (中华人民共和国科学技术部): the organ is the same without it.
STATE_NAME = "中华人民共和国"


@dataclass(frozen=True)
class Organ:
    """An issuing organ read from its name: `region` is "" when the name gives none (区教育局:
    the site's own level); `unit` is "" for a government, else the department's own name."""

    region: str
    unit: str
    type: str  # government | department | unknown


def parse_organ(name: str) -> Organ:
    """Region, unit and type of an organ name such as 白鹭区人民政府, 区教育局 or 城关镇人民政府."""
    name = _NOISE.sub("", name).removeprefix("本").removeprefix(STATE_NAME)
    if not name:
        return Organ("", "", UNKNOWN)
    m = _REGION.match(name)
    region = m.group(1) if m else ""
    rest = name[len(region):]
    if not region and name[0] in _LEVELS and name[1:2] and _GOVERNMENT_REST.fullmatch(name[1:]):
        return Organ("", "", GOVERNMENT)  # 区人民政府, 县政府办: the site's own level
    if region and _GOVERNMENT_REST.fullmatch(rest):
        return Organ(region, "", GOVERNMENT)
    if _TOWNSHIP.search(rest) or _DEPARTMENT.search(rest):
        unit = re.sub(r"^(?:人民政府|政府)(?=.)", "", rest)
        if unit[0] in _LEVELS and len(unit) > 2 and not (unit.startswith("市场") and not unit.startswith("市市场")):
            unit = unit[1:]  # 区教育局 -> 教育局
        return Organ(region, unit, DEPARTMENT)
    return Organ(region, rest, UNKNOWN)


_TOWNSHIP_GOVERNMENT = re.compile(r"(?<=[乡镇])(?:人民政府|政府)$|(?<=街道)办事处$")


def unit_key(unit: str) -> str:
    """One name per township: 城关镇人民政府 and 城关镇 (城关镇2025年度…报告) are one organ."""
    return _TOWNSHIP_GOVERNMENT.sub("", unit)


def same_organ(a: str, b: str) -> bool:
    """Whether two organ names name one organ: equal but for the state's name (a ministry's SiteName
    中华人民共和国国家发展和改革委员会, its reports' 国家发展和改革委员会), or one the other's short form, its
    characters in order from the same first one (科技部 for 科学技术部, 国家发展改革委, 国资委 for
    国务院国有资产监督管理委员会) — never its beginning alone (国务院, 国家: a higher organ, not a short form)."""
    a, b = (n.removeprefix(STATE_NAME) for n in (_NOISE.sub("", a), _NOISE.sub("", b)))
    if a == b:
        return bool(a)
    short, full = sorted((a, b), key=len)
    if len(short) < 2 or short[0] != full[0] or full.startswith(short):
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def same_region(a: str, b: str) -> bool:
    """Whether two region names name the same place (海淀区 and 北京市海淀区 do)."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 2 and (a.endswith(b) or b.endswith(a))


_SITE_SUFFIX = re.compile(r"(?:门户网站|官方网站|网站|官网|门户|政务网|网)$")


# A site named for a department names its region (北京市教育委员会) or is a ministry-like
# organ (国家金融监督管理总局); other department-like words in a title (新闻发布会) are no site.
_SITE_DEPARTMENT = re.compile(r"(?:部|局|委员会|署|办公室|办公厅|中心)$")


def _site_candidate(part: str) -> bool:
    organ = parse_organ(part)
    # A township's own site (龙溪镇人民政府) is a site organ; a bare 龙溪镇 in a title is not.
    return organ.type == GOVERNMENT or (organ.type == DEPARTMENT and bool(
        organ.region or _SITE_DEPARTMENT.search(organ.unit) or _TOWNSHIP_GOVERNMENT.search(organ.unit)))


def site_organ(names: list[str]) -> str | None:
    """The organ a site belongs to, from its SiteName meta or home-page title (白鹭区人民政府
    门户网站 -> 白鹭区人民政府), or None. A title's segments are read from the last (文章_栏目_站点)."""
    for name in names:
        for part in reversed(re.split(r"[_|｜\-–—\s]+", name)):
            part = _SITE_SUFFIX.sub("", part.strip())
            if part and _site_candidate(part):
                return part
    return None
