"""The general patterns behind round 3's real-page fixes (tests/model/test_realpages_saved3.py),
each with its boundary: markup cut from the 武汉市商务局 page cited there."""

from __future__ import annotations

from govaudit.model.extract.footer import footer_sponsor
from govaudit.model.extract.page import extract_page

URL = "http://sw.wuhan.gov.cn/xwdt/gzdt/202306/t20230611_2214470.shtml"
HEAD = """<html><head><meta name="ColumnName" content="{column}"><meta name="ArticleTitle" content="武钢云谷·606产业园开园招商推介会举办">
<title>武钢云谷·606产业园开园招商推介会举办</title></head><body>
<div id="location"><span class="fleft bgimg"><a href="../../../" title="首页">首页</a>＞<a href="../../" title="新闻动态">新闻动态</a>＞工作动态</span></div>
<div id="detailbox"><h1>武钢云谷·606产业园开园招商推介会举办</h1><span>发布日期：2023-06-11 16:20:01 文章来源：投资武汉</span>
<div id="textbody"><p>6月6日，宝武武钢集团转型发展示范园区、央地合作典范——武钢云谷·606产业园开园招商推介会隆重举办。这里是武钢集团转型发展示范园区，原为武汉冶金设备制造厂，始建于1954年。</p></div></div>
</body></html>"""


def test_a_column_name_meta_repeating_the_article_title_names_no_column() -> None:
    facts = extract_page(HEAD.format(column="武钢云谷·606产业园开园招商推介会举办"), URL)
    assert (facts.column_name, facts.column_name_source) == ("工作动态", "breadcrumb")
    # A ColumnName of its own still names the column, whatever the trail says.
    facts = extract_page(HEAD.format(column="商务要闻"), URL)
    assert (facts.column_name, facts.column_name_source) == ("商务要闻", "meta")


def test_copyright_owner_named_after_it_when_the_words_before_name_no_organ() -> None:
    text = "下一篇： 倒计时1天！第15届中国生物产业大会即将在汉开幕 版权所有 武汉市商务局　Copyright sw.wuhan.gov.cn All Rights Reserved"
    assert footer_sponsor(text) == "武汉市商务局"
    # An organ's name before it is still read (网信办: `…办公室 © 版权所有`), so is one after a colon.
    assert footer_sponsor("中华人民共和国国家互联网信息办公室 © 版权所有 京ICP备14042428号") == "中华人民共和国国家互联网信息办公室"
    assert footer_sponsor("网站地图 版权所有：广州市人民政府 联系我们") == "广州市人民政府"


JIUCUO = """<html><head><title>t</title></head><body><p>正文</p><div id="footer"><ul id="pbox">
<li><a href="{href}" onclick="window.open('https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4201000011&url=http%3A%2F%2Fsw.wuhan.gov.cn%2F')"><img src="static/picture/jiucuo.png" border="0" /></a></li>
</ul>政府网站标识码：4201000011</div></body></html>"""


def test_jiucuo_link_opened_by_onclick() -> None:
    assert extract_page(JIUCUO.format(href="javascript:;"), URL).footer.jiucuo_sitecode == "4201000011"
    assert extract_page(JIUCUO.format(href="#"), URL).footer.jiucuo_sitecode == "4201000011"
    # An anchor that goes to a page of its own opens that page: its onclick is no 找错 entry.
    assert extract_page(JIUCUO.format(href="/hdjl/index.html"), URL).footer.jiucuo_sitecode is None
