"""A 文号 cell showing 号 alone is no 文号 (metadata.normalize_value).

龙讯 Lonsun's real 信息公开 record (合肥蜀山区, tests/model/realpages/hfss-gov-cn_lonsun_xxgk_validity-table_script-wenhao.html)
writes 号 into its 文号 cell by script when the cell's number lacks one — `var fileNum = "";
if(fileNum.indexOf("号") == -1){document.write('号');}` — so a record without a number, once rendered,
shows `文号：号`. Read so, every such record had a 文号 and a 有效性 and counted as a policy document owing
an interpretation: the lonsun sample site under all 19 mutations (seed 15, its pages rendered) gave 48
false interpretation-missing findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.model.extract.page import extract_page

PAGE = Path(__file__).parent / "realpages" / "hfss-gov-cn_lonsun_xxgk_validity-table_script-wenhao.html"
URL = "https://www.ssq.gov.cn/public/6596391/1234567.html"
SCRIPT = """<script>var fileNum = "";if(fileNum.indexOf("号") == -1){document.write('号');}</script>"""


@pytest.mark.parametrize("shown", ["号", " 号 ", "〔〕号"], ids=["hao", "spaced", "empty-brackets"])
def test_a_number_cell_rendered_with_hao_alone_is_empty(shown: str) -> None:
    html = PAGE.read_text(encoding="utf-8")
    assert SCRIPT in html
    facts = extract_page(html.replace(SCRIPT, shown), URL)  # what document.write leaves in the rendered page
    assert facts.metadata.get("发文字号") == ""


def test_a_real_number_stays() -> None:
    html = PAGE.read_text(encoding="utf-8").replace(SCRIPT, "蜀政办〔2023〕12号")
    assert extract_page(html, URL).metadata.get("发文字号") == "蜀政办〔2023〕12号"
