"""Patterns from real government pages found in public repositories (helper "real"): each
test keeps the markup that matters, trimmed, with its source cited. Exact expectations,
written by reading the page."""

from __future__ import annotations

import pytest

from govaudit.model.extract.page import extract_page

# 鄂尔多斯 恩格贝生态示范区 信息公开年报 list page (TRS, table layout), saved whole in
# taoqf/node-html-parser test/tests/issues/69.js. The trail sits in an unclassed
# <td class="pos"> with 您现在的位置是： and is followed at once by the list's table.
ORDOS_URL = "http://www.ordos.gov.cn/egb/xxgk/xxgknb/index.html"
ORDOS = """<html><head><title>鄂尔多斯恩格贝生态示范区</title></head><body>
<table width="1006" id="memu"><tr><td class="td1"><a href="../../">首页</a></td><td class="td3"><a href="../">信息公开</a></td>
<td class="td3"><a href="../../zjegb/">走进恩格贝</a></td></tr></table>
<table width="752" class="bor"><tr>
<td class="pos" height="27">{label}
<a href="../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="../" title="信息公开" class="CurrChnlCls">信息公开</a>&nbsp;&gt;&gt;&nbsp;<a href="./" title="信息公开年报" class="CurrChnlCls">信息公开年报</a>
</td></tr>
<tr><td height="678" valign="top"><table width="682" class="gl_list">
<tr valign="top"><td width="25"><img src="../../images/ico2.jpg"></td>
<td width="550"><a href="./202009/t20200903_2748784.html">鄂尔多斯市2019年政府信息公开工作年度报告</a></td><td>2020-09-03</td></tr>
<tr valign="top"><td width="25"><img src="../../images/ico2.jpg"></td>
<td width="550"><a href="./202005/t20200506_2633371.html">恩格贝生态示范区召开2020年度工作会暨党风廉政建设会议</a></td><td>2020-05-06</td></tr>
<tr valign="top"><td width="25"><img src="../../images/ico2.jpg"></td>
<td width="550"><a href="./202003/t20200311_2593126.html">鄂尔多斯市人民政府办公室2019年政府信息公开工作年度报告</a></td><td>2020-03-11</td></tr>
</table></td></tr></table>
<table id="down"><tr><td align="center">主办：鄂尔多斯市恩格贝生态示范区管委会 网站标识码：1506000140</td></tr></table>
</body></html>"""
ORDOS_TRAIL = [("首页", "http://www.ordos.gov.cn/egb/"), ("信息公开", "http://www.ordos.gov.cn/egb/xxgk/"),
               ("信息公开年报", "http://www.ordos.gov.cn/egb/xxgk/xxgknb/")]


def test_trail_label_with_shi():
    """您现在的位置是： labels a trail as 您现在的位置： does."""
    facts = extract_page(ORDOS.format(label="您现在的位置是："), ORDOS_URL)
    assert facts.breadcrumb == ORDOS_TRAIL
    assert (facts.column_name, facts.column_name_source) == ("信息公开年报", "breadcrumb")


@pytest.mark.parametrize("label", ["当前位置：", "您现在的位置是："])
def test_trail_drawn_with_separators_ends_at_the_list_below_it(label: str):
    """A trail drawing its separators (>>) ends where its block ends: the first row of the
    list under it is no step, whatever the label."""
    facts = extract_page(ORDOS.format(label=label), ORDOS_URL)
    assert facts.breadcrumb == ORDOS_TRAIL
    assert facts.list_state == "listed" and len(facts.list_items) == 3
