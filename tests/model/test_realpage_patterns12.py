"""Patterns behind the misreadings round 12's real pages showed (tests/model/test_realpages_saved12.py). Each test's
HTML is cut from the real page named in its docstring; `Failed before` tests fail on the code before the fix."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

# 中国政府采购网's 成交公告 record (realpages/ccgp-gov-cn_trs_dfgg-cjgg_record_…): the title, the info line under it with
# the notice's own date and no label, then the notice, whose 成交信息 names the tender notice's date with a bare 日期 label.
_CCGP = """<html><head><title>贫困县乡村基础设施建设二期项目安防工程十标成交公告</title></head><body>
<div class="vF_deail_currentloc mt10"><p>当前位置：<a href="../../../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&raquo;&nbsp;
<a href="../../../" title="政采公告" class="CurrChnlCls">政采公告</a>&nbsp;&raquo;&nbsp;<a href="../" title="成交公告"
class="CurrChnlCls">成交公告</a></p></div>
<div class="vF_detail_main"><div class="vF_detail_header"><h2 class="tc">贫困县乡村基础设施建设二期项目安防工程十标成交公告</h2>
<p class="tc"><span id="pubTime">2021年06月10日 17:35</span> 来源：<span id="sourceName"></span> 【<span id="printBtn">打印</span>】
<span id="shareTo"></span></p></div>
<div class='table'><h5>公告概要：</h5><table width='600' border='0' cellspacing='1' bgcolor='#bfbfbf'><tr><td colspan='4'><b>公告信息：
</b></td></tr><tr><td class='title' width='128'>采购项目名称</td><td colspan='3' width='430'>贫困县乡村基础设施建设二期项目安防工程十标</td>
</tr><tr><td class='title'>品目</td><td colspan='3'><p>货物/专用设备/安全生产设备/公路行业安全设备</p></td></tr><tr><td class='title'>
行政区域</td><td width='168'>芷江侗族自治县</td><td class='title' width='128'>公告时间</td><td width='168'>2021年06月10日  17:35</td></tr>
</table></div>
<div class="vF_detail_content_container"><div class="vF_detail_content">
<p>　　深圳市建星项目管理顾问有限公司受芷江侗族自治县公路建设养护中心的委托，就“贫困县乡村基础设施建设二期项目安防工程十标”项目组织采购，评标工作已经结束，成交结果如下：</p>
<p><strong>四、成交信息</strong></p><p>招标文件编号：SZJXHH2021-010</p><p>本项目招标公告日期：{tender}</p>
<p>成交日期：2021年06月09日</p><p>总成交金额：294.8 万元（人民币）</p>
</div></div></div></body></html>"""
_URL = "http://www.ccgp.gov.cn/cggg/dfgg/cjgg/202106/t20210610_16412345.htm"


def test_a_bare_date_label_in_the_text_does_not_date_the_page_over_the_date_under_its_title() -> None:
    """Failed before: 2021-05-26, the tender notice's date (`本项目招标公告日期：`), read as the 成交公告's: a bare 时间/日期
    label anywhere in the page came before the date shown right under the title."""
    facts = extract_page(_CCGP.replace("{tender}", "2021年05月26日"), _URL)
    assert (facts.pub_date, facts.pub_date_source, facts.pub_date_text) == ("2021-06-10", "visible", "2021年06月10日")


def test_a_bare_date_label_before_the_date_under_the_title_still_dates_the_page() -> None:
    """Unchanged: a bare-labelled date above the title (`日期：` in a header line) still comes before the one under it."""
    page = _CCGP.replace('<h2 class="tc">', '<p>日期：2021-06-11</p><h2 class="tc">').replace("{tender}", "2021年05月26日")
    facts = extract_page(page, _URL)
    assert (facts.pub_date, facts.pub_date_source, facts.pub_date_text) == ("2021-06-11", "visible", "日期：2021-06-11")


def test_without_a_date_under_the_title_a_bare_label_anywhere_still_dates_the_page() -> None:
    """Unchanged: no date under the title, so the first bare-labelled date stands (as on the pages rounds 1–11 read)."""
    page = _CCGP.replace('<span id="pubTime">2021年06月10日 17:35</span>', "").replace("{tender}", "2021年05月26日")
    facts = extract_page(page, _URL)
    assert (facts.pub_date, facts.pub_date_text) == ("2021-05-26", "日期：2021年05月26日")


def test_a_bare_date_label_in_the_info_line_after_a_dated_subtitle_still_dates_the_page() -> None:
    """Unchanged: a date right under the title that is a subtitle's (a speech's `——2021年1月20日在…会议上`), then the info
    line's `日期：` within its reach: the info line dates the page."""
    page = _CCGP.replace('<span id="pubTime">2021年06月10日 17:35</span>',
                         "——2021年1月20日在县第十七届人民代表大会第五次会议上</p><p>日期：2021-01-25").replace(
        "{tender}", "2021年05月26日")
    facts = extract_page(page, _URL)
    assert (facts.pub_date, facts.pub_date_text) == ("2021-01-25", "日期：2021-01-25")
