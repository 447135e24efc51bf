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
    # A column showing one article of its own name (the guide column's 政府信息公开指南): the trail agrees.
    guide = HEAD.format(column="政府信息公开指南").replace("武钢云谷·606产业园开园招商推介会举办", "政府信息公开指南")
    facts = extract_page(guide.replace("＞工作动态", "＞政府信息公开指南"), URL)
    assert (facts.column_name, facts.column_name_source) == ("政府信息公开指南", "meta")


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


# 济南市人民政府's Hanweb article template: a box whose tab heading the template indents with tabs.
RELATED = """<html><head><title>全市城市更新和乡村振兴现场推进会到高新区历下区考察</title></head><body>
<div class="old_title">全市城市更新和乡村振兴现场推进会到高新区历下区考察</div><font>发布日期：2024-06-19 07:27</font>
<div id="zoom"><p>全市城市更新和乡村振兴现场推进会于6月15日至18日举行。6月18日，市委书记刘强，市委副书记、市长于海田一行到济南高新区、历下区考察城市更新项目进展情况。</p></div>
<div class="rdyd bt-right">
							<ul class="bt">
								<li class="bt-left" readlabel tabindex="0">
									{heading}
								</li>
							</ul>
							<ul class="list">
  	<li><a href='/art/2024/6/1/art_1861_4981645.html' title='于海田“六一”节前看望少年儿童 06月01日' target="_blank">
  			于海田“六一”节前看望少年儿童
  		</a><span readexclude>06-01</span></li>
  	<li><a href='/art/2024/6/1/art_1861_4981644.html' title='于海田主持召开市政府常务会议 06月01日' target="_blank">
  			于海田主持召开市政府常务会议
  		</a><span readexclude>06-01</span></li>
							</ul>
						</div></body></html>"""


def test_related_box_heading_indented_by_the_template() -> None:
    url = "http://www.jinan.gov.cn/art/2024/6/19/art_1861_4982441.html"
    facts = extract_page(RELATED.format(heading="相关阅读"), url)
    assert facts.related_links == ["http://www.jinan.gov.cn/art/2024/6/1/art_1861_4981644.html",
                                   "http://www.jinan.gov.cn/art/2024/6/1/art_1861_4981645.html"]
    assert extract_page(RELATED.format(heading="相关解读"), url).related_slot == "static"
    # Indented words that are no related heading, or too many to be a heading, make no related box.
    assert extract_page(RELATED.format(heading="热点推荐"), url).related_links == []
    assert extract_page(RELATED.format(heading="相关阅读 更多新闻动态请访问济南政府网首页栏目"), url).related_links == []
