"""Body of a 2021-format 政府信息公开工作年度报告 (国办公开办函〔2021〕30号): the six
parts and Tables 2–4, with a balanced Table 3. Shared by both templates; each template
wraps it in its own page markup."""

from __future__ import annotations

_REQUESTERS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
_RESULTS = ("（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
            "（四）无法提供", "（五）不予处理", "（六）其他处理")


def _row(label: str, values: list[int], colspan: int = 1) -> str:
    cells = "".join(f"<td>{v}</td>" for v in values)
    return f'<tr><td colspan="{colspan}">{label}</td>{cells}</tr>'


def report_body(organ: str, year: int, seed: int) -> str:
    """HTML of the report's six parts; `seed` varies the numbers between reports."""
    new = [3 + seed % 7, 1 + seed % 3, 0, 0, 0, seed % 2, 0]
    carried = [seed % 2, 0, 0, 0, 0, 0, 0]
    forward = [1 if new[0] > 4 else 0, 0, 0, 0, 0, 0, 0]
    for row in (new, carried, forward):
        row[6] = sum(row[:6])
    total = [n + c - f for n, c, f in zip(new, carried, forward)]
    disclosed = [max(t - 1, 0) for t in total]
    partial = [t - d for t, d in zip(total, disclosed)]
    zero = [0] * 7
    results = [_row(_RESULTS[0], disclosed, 3), _row(_RESULTS[1], partial, 3),
               *(_row(label, zero, 3) for label in _RESULTS[2:]), _row("（七）总计", total, 3)]
    requester_head = ('<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，'
                      '等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>'
                      '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>'
                      "<tr>" + "".join(f"<td>{r}</td>" for r in _REQUESTERS[1:6]) + "</tr>")
    table3 = ('<table border="1" class="nb-table">' + requester_head
              + _row("一、本年新收政府信息公开申请数量", new, 3)
              + _row("二、上年结转政府信息公开申请数量", carried, 3)
              + '<tr><td rowspan="7">三、本年度办理结果</td></tr>' + "".join(results)
              + _row("四、结转下年度继续办理", forward, 3) + "</table>")
    issued = 5 + seed % 9
    table2 = ('<table border="1" class="nb-table">'
              '<tr><td colspan="4">第二十条第（一）项</td></tr>'
              "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
              f"<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>"
              f"<tr><td>行政规范性文件</td><td>{issued}</td><td>{seed % 3}</td><td>{issued * 4}</td></tr>"
              '<tr><td colspan="4">第二十条第（五）项</td></tr>'
              f"<tr><td>信息内容</td><td colspan=\"3\">本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan=\"3\">{40 + seed}</td></tr>"
              '<tr><td colspan="4">第二十条第（六）项</td></tr>'
              f"<tr><td>行政处罚</td><td colspan=\"3\">{seed % 11}</td></tr><tr><td>行政强制</td><td colspan=\"3\">0</td></tr>"
              '<tr><td colspan="4">第二十条第（八）项</td></tr>'
              f"<tr><td>行政事业性收费</td><td colspan=\"3\">{seed % 5}</td></tr></table>")
    review = "".join(f"<td>{x}</td>" for x in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"))
    table4 = ('<table border="1" class="nb-table"><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>'
              f'<tr>{review}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>'
              "<tr>" + "<td>0</td>" * 15 + "</tr></table>")
    paragraphs = [
        ("一、总体情况", f"{year}年，{organ}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
                    "围绕主动公开、依申请公开、政府信息管理、平台建设和监督保障等方面扎实推进政务公开工作。"),
        ("二、主动公开政府信息情况", table2),
        ("三、收到和处理政府信息公开申请情况", table3),
        ("四、政府信息公开行政复议、行政诉讼情况", table4),
        ("五、存在的主要问题及改进情况", "主要问题是政策解读形式较为单一，部分栏目更新不够及时。下一步将丰富解读形式，落实栏目日常维护责任。"),
        ("六、其他需要报告的事项", f"{year}年度未收取信息处理费。本单位办理人大代表建议和政协提案的情况已在本网站公开。"),
    ]
    return "".join(f"<h3>{head}</h3>" + (text if text.startswith("<table") else f"<p>{text}</p>")
                   for head, text in paragraphs)
