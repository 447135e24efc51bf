"""政府信息公开工作年度报告 of the fictional 白鹭区 (2021 format, invented numbers).

Reports exist for 2021, 2022, 2023 and 2025; the 2024 report is missing (defect 4a)
and the 2025 report was published on 2026-04-20, after the 03-31 deadline (defect 4b).
Table 3 satisfies 一 + 二 = 三(七) + 四 in every column; table 4 totals add up.
"""

from __future__ import annotations

from govaudit.demo.items import Column, Item, p
from govaudit.demo.layout import ZWGK_HUB

NB_PATH = "/zwgk/nb/"
ORGAN = "白鹭区人民政府"
MISSING_YEAR = 2024
LATE_YEAR = 2025

# year: (published, id, proactive items, normative (issued, repealed, valid), licences, penalties, coercive, fees 万元)
_YEARS = {
    2021: ("2022-03-25", 2001, 1862, (0, 0, 0), 1534, 287, 12, "35.6"),
    2022: ("2023-03-28", 2002, 2015, (0, 0, 0), 1688, 301, 9, "31.2"),
    2023: ("2024-03-29", 2003, 2143, (0, 0, 0), 1802, 276, 7, "28.9"),
    2025: ("2026-04-20", 2005, 2388, (2, 0, 5), 1967, 254, 6, "24.3"),
}

_COLS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
_OUTCOME_ROWS = (
    ("（一）予以公开", "open"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "part"),
    ("（三）不予公开　1．属于国家秘密", "s1"), ("2．其他法律行政法规禁止公开", "s2"),
    ("3．危及“三安全一稳定”", "s3"), ("4．保护第三方合法权益", "s4"), ("5．属于三类内部事务信息", "s5"),
    ("6．属于四类过程性信息", "s6"), ("7．属于行政执法案卷", "s7"), ("8．属于行政查询事项", "s8"),
    ("（四）无法提供　1．本机关不掌握相关政府信息", "n1"), ("2．没有现成信息需要另行制作", "n2"),
    ("3．补正后申请内容仍不明确", "n3"),
    ("（五）不予处理　1．信访举报投诉类申请", "x1"), ("2．重复申请", "x2"), ("3．要求提供公开出版物", "x3"),
    ("4．无正当理由大量反复申请", "x4"), ("5．要求行政机关确认或重新出具已获取信息", "x5"),
    ("（六）其他处理　1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "o1"),
    ("2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "o2"),
    ("3．其他", "o3"),
)

# year: {column index: (new, carried in, {outcome key: count})}; unlisted cells are 0.
_REQUESTS = {
    2021: {0: (38, 2, {"open": 19, "part": 5, "s5": 1, "s6": 2, "n1": 6, "x1": 2, "x2": 1, "o1": 1}),
           1: (7, 0, {"open": 4, "part": 1, "n1": 1}), 5: (2, 0, {"open": 1, "n2": 1})},
    2022: {0: (45, 2, {"open": 22, "part": 7, "s4": 1, "s6": 2, "n1": 7, "n3": 1, "x1": 3, "x2": 1, "o1": 1}),
           1: (9, 1, {"open": 5, "part": 2, "n1": 2}), 3: (1, 0, {"open": 1})},
    2023: {0: (51, 2, {"open": 26, "part": 8, "s3": 1, "s6": 3, "n1": 6, "n2": 1, "x1": 2, "x2": 2, "o1": 1}),
           1: (11, 0, {"open": 6, "part": 2, "s4": 1, "n1": 1}), 4: (2, 0, {"open": 2})},
    2025: {0: (57, 3, {"open": 30, "part": 9, "s4": 1, "s6": 2, "n1": 8, "x1": 3, "x2": 1, "o1": 1}),
           1: (13, 1, {"open": 7, "part": 3, "n1": 2, "x5": 1}), 2: (1, 0, {"open": 1}), 5: (3, 0, {"open": 2, "n1": 1})},
}

# year: (复议, 直接起诉, 复议后起诉) each as (维持, 纠正, 其他, 尚未审结)
_APPEALS = {
    2021: ((1, 0, 0, 0), (1, 0, 0, 0), (0, 0, 0, 0)),
    2022: ((2, 1, 0, 0), (1, 0, 0, 1), (0, 0, 0, 0)),
    2023: ((1, 0, 1, 0), (0, 0, 0, 0), (1, 0, 0, 0)),
    2025: ((2, 0, 0, 1), (1, 0, 0, 0), (0, 0, 0, 0)),
}


def _table(rows: list[list[str]], cls: str = "nb-table") -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}" border="1">{body}</table>'


def request_cells(year: int) -> dict[str, list[int]]:
    """Table 3 as {row key: 7 column values}, with totals and carried-forward computed."""
    keys = ["new", "carry_in", *(k for _, k in _OUTCOME_ROWS), "total", "carry_out"]
    cells = {k: [0] * 7 for k in keys}
    for col, (new, carry_in, outcomes) in _REQUESTS[year].items():
        cells["new"][col], cells["carry_in"][col] = new, carry_in
        for key, count in outcomes.items():
            cells[key][col] = count
        cells["total"][col] = sum(outcomes.values())
        cells["carry_out"][col] = new + carry_in - cells["total"][col]
        assert cells["carry_out"][col] >= 0, (year, col)
    for row in cells.values():
        row[6] = sum(row[:6])
    return cells


def _table3(year: int) -> str:
    cells = request_cells(year)
    labels = [("一、本年新收政府信息公开申请数量", "new"), ("二、上年结转政府信息公开申请数量", "carry_in")]
    labels += [(("三、本年度办理结果" if k == "open" else "") + label, k) for label, k in _OUTCOME_ROWS]
    labels += [("（七）总计", "total"), ("四、结转下年度继续办理", "carry_out")]
    rows = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", *_COLS]]
    rows += [[label, *map(str, cells[key])] for label, key in labels]
    return _table(rows)


def _table2(year: int) -> str:
    _, _, _, (issued, repealed, valid), lic, pen, coe, fee = _YEARS[year]
    return "".join([
        _table([["第二十条第（一）项", "", "", ""], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                ["规章", "0", "0", "0"], ["行政规范性文件", str(issued), str(repealed), str(valid)]]),
        _table([["第二十条第（五）项", ""], ["信息内容", "本年处理决定数量"], ["行政许可", str(lic)]]),
        _table([["第二十条第（六）项", ""], ["信息内容", "本年处理决定数量"], ["行政处罚", str(pen)], ["行政强制", str(coe)]]),
        _table([["第二十条第（八）项", ""], ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", fee]]),
    ])


def _table4(year: int) -> str:
    head = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [["行政复议", "", "", "", "", "行政诉讼（未经复议直接起诉）", "", "", "", "", "行政诉讼（复议后起诉）", "", "", "", ""],
            head * 3]
    rows.append([str(v) for block in _APPEALS[year] for v in (*block, sum(block))])
    return _table(rows)


def _report(year: int) -> Item:
    published, rid, proactive, (issued, _, valid), *_ = _YEARS[year]
    total = request_cells(year)["new"][6]
    normative = (f"全年制发行政规范性文件{issued}件，现行有效{valid}件，均按照“统一登记、统一编号、统一发布”要求公开。"
                 if issued else "本年度区政府未制发行政规范性文件。")
    body = (
        p(f"本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限为{year}年1月1日至{year}年12月31日。"),
        p("<strong>一、总体情况</strong>"),
        p(f"{year}年，白鹭区人民政府深入贯彻落实政府信息公开条例，全年主动公开政府信息{proactive}条，"
          f"受理政府信息公开申请{total}件，政府信息管理、平台建设和监督保障工作持续加强。{normative}"),
        p("<strong>二、主动公开政府信息情况</strong>"),
        _table2(year),
        p("<strong>三、收到和处理政府信息公开申请情况</strong>"),
        _table3(year),
        p("<strong>四、政府信息公开行政复议、行政诉讼情况</strong>"),
        _table4(year),
        p("<strong>五、存在的主要问题及改进情况</strong>"),
        p("部分栏目更新不够及时，政策解读形式较为单一。下一步将完善栏目维护责任制，丰富图解、视频等解读形式。"
          "本年度政府信息公开工作已纳入区级部门绩效考核，未发生责任追究情况。"),
        p("<strong>六、其他需要报告的事项</strong>"),
        p("本年度未收取政府信息公开信息处理费。本机关无其他需要报告的事项。"),
    )
    title = f"{ORGAN}{year}年政府信息公开工作年度报告"
    return Item(id=rid, date=published, title=title, body=body, source="白鹭区人民政府办公室")


def annual_column() -> Column:
    items = tuple(_report(year) for year in sorted(_YEARS))
    return Column(NB_PATH, "政府信息公开年报", "信息公开年报", ZWGK_HUB, "cn", items)
