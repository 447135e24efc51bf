"""Where a page's footer starts when no class names it (footer.footer_start): the block holding the
first footer label (主办：, ICP备, 网站标识码, 版权所有 …) among the page's last visible characters.
Used to leave a table-layout footer (PowerEasy's `Bottom_Table`) out of a list area."""

from __future__ import annotations

import lxml.html

from govaudit.model.extract.blocks import OPEN, SEP
from govaudit.model.extract.footer import FOOTER_TAIL, footer_start
from govaudit.model.extract.walk import build_index

_B = OPEN + SEP


def _text(body: str) -> str:
    return build_index(lxml.html.fromstring(f"<html><body>{body}</body></html>"), "http://s/").text


def test_the_footer_starts_at_the_block_of_its_first_label():
    text = _text("<table><tr><td>网上调查</td></tr></table><table class='Bottom_Table'><tr><td>"
                 "主办：青峪县人民政府办公室 承办：青峪县大数据中心<br>网站标识码：5203270001 <a href='#'>黔ICP备06004321号</a>"
                 "</td></tr></table>")
    at = footer_start(text, _B)
    assert at is not None and text[at:].strip().startswith("主办：") and "网上调查" in text[:at]


def test_a_label_inside_a_sentence_takes_its_whole_block():
    text = _text("<p>通知公告</p><div class='bq'>Copyright © 2026 某县人民政府 版权所有</div>")
    at = footer_start(text, _B)
    assert at is not None and " ".join(text[at:].split()) == "Copyright © 2026 某县人民政府 版权所有"


def test_a_label_far_from_the_end_is_the_page_s_content_not_its_footer():
    body = "<p>本次活动主办单位：某县文化馆。</p>" + "<p>" + "活动内容介绍。" * (FOOTER_TAIL // 5) + "</p>"
    assert footer_start(_text(body), _B) is None
    # ... and the real footer after it is still found
    text = _text(body + "<div>主办单位：某县人民政府办公室 网站标识码：3399000001</div>")
    at = footer_start(text, _B)
    assert at is not None and text[at:].strip().startswith("主办单位：某县人民政府办公室")


def test_a_page_without_footer_labels_has_no_footer_start():
    assert footer_start(_text("<ul><li><a href='/a'>主办活动的通知</a></li></ul><p>联系我们</p>"), _B) is None
