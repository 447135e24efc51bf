"""A document's metadata block is its fields, never its body (walk.PageIndex.field_boxes).

Where no class/id names the body (article.unnamed_article), the innermost block holding most of
the page's text was taken. gov.cn's metadata table (索引号 … 发布日期, ~120 characters) outweighs a
short notice's body, and a template that repeats the table for phones (龙讯 Lonsun's
`table_suoyin hidden-lg hidden-md` under its desktop twin, hfss.gov.cn in tests/model/realpages)
doubles it: the table was read as the body, so the 文号 at the head of the real body went unseen and
a 规范性文件 counted as a plain policy document (its planted metadata defects unjudged: the govcn
sample site under `classes,copies`, seed 11). The page here is gov.cn's real 国发〔2018〕43号
(tests/model/realpages/www-gov-cn_zhengce_content_bold-label-table.html) with every class/id name
made meaningless; on the code before, the short body under the table and its copy read as the table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govaudit.model.extract.page import extract_page
from tests.sites.mutate import scramble_markup

PAGE = Path(__file__).parent / "realpages" / "www-gov-cn_zhengce_content_bold-label-table.html"
URL = "https://www.gov.cn/zhengce/content/2018-12/29/content_5353226.htm"
_TABLE = re.compile(r'<table width="660"[^>]*class="bd1".*?</table>', re.S)
_LONG = re.compile(r"(为进一步支持海南省试点发展国际医疗旅游相关产业)[^<]*")


def _page(short_body: bool, phone_copy: bool) -> str:
    html = PAGE.read_text(encoding="utf-8")
    if short_body:  # the body's long paragraph cut to its first clause: a short notice's length
        html = _LONG.sub(r"\1，特作如下决定。", html, count=1)
    if phone_copy:  # the metadata table again, as a template's copy for phones
        table = _TABLE.search(html).group(0)
        html = html.replace(table, table + table.replace('class="bd1"', 'class="bd1 hidden-lg hidden-md"'), 1)
    return scramble_markup(html.encode("utf-8")).decode("utf-8")


@pytest.mark.parametrize("short_body,phone_copy", [(True, False), (False, True), (True, True)],
                         ids=["short-body", "phone-copy", "both"])
def test_a_metadata_table_is_not_the_body(short_body: bool, phone_copy: bool) -> None:
    facts = extract_page(_page(short_body, phone_copy), URL)
    assert facts.kind == "document"
    assert facts.metadata["发文字号"] == "国发〔2018〕43号"
    assert "索引号" not in facts.body_text.replace(" ", "")
    assert "国发〔2018〕43号" in facts.body_text and "各省、自治区、直辖市人民政府" in facts.body_text


def test_a_block_of_fields_and_prose_stays_a_body_candidate() -> None:
    """Only a block of fields without a sentence is set apart: the cell holding the table and the
    body together still holds the body."""
    html = PAGE.read_text(encoding="utf-8")
    facts = extract_page(scramble_markup(html.encode("utf-8")).decode("utf-8"), URL)
    assert "为进一步支持海南省试点发展国际医疗旅游相关产业" in facts.body_text
