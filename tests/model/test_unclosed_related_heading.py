"""A related box's heading left open, its next line's indent its text (`<P CLASS=…>关联文件：\\n          <DIV>`),
is a short heading like its closed form (walk._indented_short).

The page is 防城港's real article (tests/model/realpages, round 6: the 广西 集约化 platform's `<div
id="relfile"><p class="article-file bold">关联文件：</p><div><ul class="about-list"></ul>` box, which a page script
fills), with every class/id name made meaningless and the heading's `</p>` dropped, as hand-kept old markup
writes it (`sloppy`). Before, with the names gone, the heading counted its line's indent and was no short
heading: the empty box was no related box, and the gxjy sample site under all 19 mutations (seed 14)
reported 6 documents "not linked" to the interpretations the script links (false findings) where the plain
run leaves them undecided."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.model.extract.page import extract_page
from tests.sites.mutate import scramble_markup

PAGE = Path(__file__).parent / "realpages" / "fcgs-gov-cn_gxzf-trs_zdxm_article_today-line_hidden-news-fields_mobile-copy.html"
URL = "http://www.fcgs.gov.cn/zwgk/zdxm/t19000001.shtml"


@pytest.mark.parametrize("closed", [True, False], ids=["closed", "left-open"])
def test_an_empty_related_box_under_a_heading_left_open_is_unobserved(closed: bool) -> None:
    html = PAGE.read_text(encoding="utf-8")
    if not closed:
        html = html.replace("关联文件：</p>", "关联文件：")
    facts = extract_page(scramble_markup(html.encode("utf-8")).decode("utf-8"), URL)
    assert facts.related_slot == "script_unobserved"
