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


# Templates that put the site's name first in <title>: 邯郸 政府信息公开指南 (a saved page in a
# public repository, `find_string` "邯郸市人民政府-政府信息公开指南"; meta ColumnName removed
# here so that the title must name the column) and 金湖县 (its FreeMarker template
# `<title>${site.displayName}-${channel.displayName}</title>`, list markup from the same file).
JINHU_LIST = """<html><head><title>{title}</title></head><body>
<div class="lxyz_fhsy_div"><a href="http://www.jinhu.gov.cn/" title="返回首页"><img src="fhsy2.png"></a></div>
<ul class="panel2-list ztrd3-panel pdb10 lxyz-add-border">
<li><a href="/html/jinhu/xwzx/rdzt/lxyz/content/16815.html " target="_blank"><span class="panel2-list-content">县交通运输局“两学一做”助贫困学子“圆梦”</span><span class="panel2-list-time">2016-09-17</span></a></li>
<li><a href="/html/jinhu/xwzx/rdzt/lxyz/content/15637.html " target="_blank"><span class="panel2-list-content">吕良：推进“两学一做”增强群众获得感</span><span class="panel2-list-time">2016-08-15</span></a></li>
<li><a href="/html/jinhu/xwzx/rdzt/lxyz/content/15635.html " target="_blank"><span class="panel2-list-content">深入开展“两学一做”活动，着力推进农机监理工作上水平</span><span class="panel2-list-time">2016-08-13</span></a></li>
</ul>
<div class="text-right new-page"><span class="new-page-pd"><span class="color-red">1/7</span>&nbsp;页</span><span class="new-page-pd">共&nbsp;<span class="color-red">75</span>&nbsp;条记录</span><a href="javascript:;">首页</a><a href="javascript:;">上一页</a><a href="/jinhuadmin/portal/channel/lxyz/217_2.htm">下一页</a><a href="/jinhuadmin/portal/channel/lxyz/217_7.htm">尾页</a></div>
<div class="ft"><p><span>金湖县人民政府主办</span></p><p>备案：苏ICP备06024932号</p></div>
</body></html>"""
JINHU_URL = "http://www.jinhu.gov.cn/jinhuadmin/portal/channel/lxyz/217.htm"


@pytest.mark.parametrize("title, name", [
    ("金湖县人民政府-两学一做", "两学一做"),
    ("邯郸市人民政府-政府信息公开指南", "政府信息公开指南"),
    ("两学一做-金湖县人民政府", "两学一做"),  # site last, as before
    ("两学一做_金湖县人民政府", "两学一做"),
    ("区县政府_邯郸市人民政府", "区县政府"),  # a column named like a site stays first
])
def test_column_named_by_a_title_that_puts_the_site_first(title: str, name: str):
    facts = extract_page(JINHU_LIST.format(title=title), JINHU_URL)
    assert (facts.column_name, facts.column_name_source) == (name, "title")
    assert (len(facts.list_items), facts.declared_count, facts.page_count) == (3, 75, 7)


# 青海省招标投标网 article (Epoint 新点 CMS, ASP.NET), saved whole in a public bid-notice parser
# (`find_string` "【我要打印】"): <title> puts the site first with a spaced middle dot, and the
# title cell (td#tdTitle) carries no title class.
EPOINT = """<html><head><title>青海省招标投标网 ·
        国采（青海）招标有限公司关于青海省重点污染源自动监控设备运营维护单位招标项目预中标公示
    </title></head><body>
<table><tr><td><FONT class=currentpostionfont><b>您现在的位置：</b></FONT><A href='/qhweb/'><FONT class=currentpostionfont>首页</FONT></A><FONT color="#ce392c"> >> <a href='/qhweb/jyxx'><FONT class=currentpostionfont>交易信息</font></a> >> <a href='/qhweb/jyxx/005002/005002004'><FONT class=currentpostionfont>中标公示</font></a></FONT></td></tr></table>
<table id="tblInfo" width="931" align="center" border="0">
<tr><td id="tdTitle" align="center"><font style="font-size: 25px"> <b>
国采（青海）招标有限公司关于青海省重点污染源自动监控设备运营维护单位招标项目预中标公示
</b></font> <br /><br /></td></tr>
<tr><td height="30" align="center"><font color="#888888" class="webfont">【信息时间：
2014/5/14 9:05:55
&nbsp;&nbsp;阅读次数：<script src="/qhweb/Upclicktimes.aspx?InfoID=a9609b98"></script>
】<a href="javascript:void(0)" onClick="window.print();"><font class="webfont">【我要打印】</font></a><a href="javascript:window.close()"><font class="webfont">【关闭】</font></a></font></td></tr>
<tr><td height="250" valign="top" class="infodetail" id="TDContent"><div><!--EpointContent-->
<div class="MsoNormal"><span style="font-size: 18px">国采（青海）招标有限公司受青海省环境监察总队委托，就青海省重点污染源自动监控设备运营维护单位招标项目进行公开招标，按法定程序进行了开标、评标、定标，现就本次招标的结果公示如下：</span></div>
<div class="MsoListParagraph"><span style="font-size: 18px">一、招标项目名称：青海省重点污染源自动监控设备运营维护单位招标项目</span></div>
<div class="MsoNormal"><span style="font-size: 18px">随着全省工业化进程的加快，污染源自动监控设施建设的长足发展，污染源自动监控设施数量由2010年的80台（套）增加到现在的325台（套）。根据《污染源自动监控设施运行管理办法》要求，我省结合重点污染源数量少、分布广的实际，在原有运营单位不变的基础上，再招标三家第三方运营污染治理设施单位，对全省污染源自动监控设施进行统一运营，形成竞争机制。</span></div>
<div class="MsoNormal"><span style="font-size: 18px">本次招标项目预中标单位：聚光科技（杭州）股份有限公司、青海天普伟业环保科技有限公司、北京雪迪龙科技股份有限公司。</span></div>
</div></td></tr></table>
</body></html>"""


def test_document_title_after_a_site_name_and_a_spaced_middle_dot():
    facts = extract_page(EPOINT, "http://qhzbtb.qhwszwdt.gov.cn/qhweb/InfoDetail/Default.aspx?InfoID=a9609b98&CategoryNum=005002004")
    assert facts.kind == "document"
    assert facts.title == "国采(青海)招标有限公司关于青海省重点污染源自动监控设备运营维护单位招标项目预中标公示"
    assert (facts.pub_date, facts.pub_date_source) == ("2014-05-14", "visible")
    assert facts.column_name == "中标公示"


# 武汉市人民政府 document pages (www.wuhan.gov.cn/zwgk/xxgk/zfwj/gfxwj/…/t20260214_2730572.shtml):
# the metadata block as a public policy crawler documents it (`find_string` "<li>索引号："),
# `<li>label： value</li>` in div.sub, the issuer labelled 发文机构.
WUHAN = """<html><head><title>市人民政府关于印发武汉市促进人工智能产业发展若干政策措施的通知_武汉市人民政府门户网站</title></head><body>
<div class="sub"><ul>
<li>索引号： K28044908/2026-04277</li>
<li>发文机构： 武汉市人民政府</li>
<li>发文字号： 武政规〔2026〕4号</li>
<li>主题分类： 科技</li>
<li>成文日期： 2026年02月13日</li>
<li>发布日期： 2026年02月14日</li>
<li>有效性： 有效</li>
</ul></div>
<div class="article"><div class="trs_editor_view TRS_UEDITOR"><p>各区人民政府，市人民政府各部门：</p>
<p>现将《武汉市促进人工智能产业发展若干政策措施》印发给你们，请认真组织实施。</p></div></div>
</body></html>"""


def test_issuer_labelled_fawen_jigou():
    facts = extract_page(WUHAN, "https://www.wuhan.gov.cn/zwgk/xxgk/zfwj/gfxwj/202602/t20260214_2730572.shtml")
    assert facts.metadata == {"索引号": "K28044908/2026-04277", "发文机关": "武汉市人民政府", "发文字号": "武政规〔2026〕4号",
                              "主题分类": "科技", "成文日期": "2026-02-13", "发布日期": "2026-02-14", "有效性": "有效"}


# 内蒙古自治区政府采购网 (主办单位 内蒙古自治区财政厅), a WordPress theme saved whole in a public
# repository (`find_string` 'sitecode="1500000007"'): its footer labels the code 网站标识号.
NMG_FOOTER = """<html><head><title>内蒙古自治区政府采购网</title></head><body>
<div class="main"><h1>二零二北环路整体罩面工程竞争性磋商公告</h1><p>项目编号：BTZCQSS-C-G-220014</p></div>
<div class="jiguan"><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=15010502001204"><img src="guohui.png"></a><a href="https://bszs.conac.cn/sitename?method=show&amp;id=BFC1D08BF3309DDCE05310291AAC2C98"><img src="jiguan.jpg"></a><script id="_jiucuo_" sitecode="1500000007" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>
<div class="footTitle">内蒙古自治区政府采购网</div>
<div class="foottext2">
<p>版权所有: 内蒙古自治区财政厅     主办单位: 内蒙古自治区财政厅     地址: 内蒙古呼和浩特市赛罕区敕勒川大街19号</p>
<p>网站标识号：1500000007     蒙ICP备14005124号-2     蒙公网安备：15010502001204</p>
<p><a href="/category/lxwm">联系我们</a>        运营支持单位: 博思数采科技发展有限公司内蒙古分公司</p>
</div></body></html>"""


def test_site_code_labelled_biaoshihao():
    footer = extract_page(NMG_FOOTER, "http://www.ccgp-neimenggu.gov.cn/", is_home=True).footer
    assert (footer.site_id_code, footer.jiucuo_sitecode) == ("1500000007", "1500000007")
    assert (footer.icp, footer.psb, footer.sponsor) == ("蒙ICP备14005124号-2", "蒙公网安备15010502001204号", "内蒙古自治区财政厅")


# The 公安备案 a footer shows only inside the image of its record link: www.freebuf.com's footer,
# captured as markdown in a public repository (`find_string` "registerSystemInfo?recordcode=";
# `[沪公安网备 ![](…png)](http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=31011502009321)`),
# written back as the HTML it renders. Read from the text alone, the footer had no 公安备案 and the
# homepage check failed it; the link names the record. 内蒙古自治区政府采购网 (above) links its record
# with the 公安 emblem alone, and states the number in a line of text as well.
FREEBUF_FOOTER = """<html><head><title>FreeBuf网络安全行业门户</title></head><body><div class="main"><p>正文</p></div>
<div class="footer"><p>Copyright © 2025 WWW.FREEBUF.COM All Rights Reserved
<a href="https://beian.miit.gov.cn/#/Integrated/index">沪ICP备2024099014号</a> | <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=31011502009321">沪公安网备
<img src="https://image.3001.net/images/20200106/1578291342_5e12d08ec2379.png"></a></p></div></body></html>"""


def test_psb_number_named_by_the_record_link_when_the_text_shows_none():
    footer = extract_page(FREEBUF_FOOTER, "https://www.freebuf.com/", is_home=True).footer
    assert (footer.icp, footer.psb) == ("沪ICP备2024099014号", "沪公网安备31011502009321号")
    # the emblem-only link of a government footer whose text line is left out: the number, no province
    emblem_only = NMG_FOOTER.replace("     蒙公网安备：15010502001204", "")
    assert extract_page(emblem_only, "http://www.ccgp-neimenggu.gov.cn/", is_home=True).footer.psb == "公网安备15010502001204号"
    # a link to the filing system's home names no record
    unnamed = FREEBUF_FOOTER.replace("portal/registerSystemInfo?recordcode=31011502009321", "portal/index.do")
    assert extract_page(unnamed, "https://www.freebuf.com/", is_home=True).footer.psb is None


# 四平市人民政府 (www.siping.gov.cn) footer, copied whole into a public Vue project (`find_string`
# "网站标识码&nbsp;"; its `@click` is the `onclick` the official jiucuo.js draws, quoted in another
# public repository: `<img onclick="Link('…')" … src='…/exposure/images/jiucuo.png?v=…'/>` in
# <span id="_span_jiucuo">). The 找错 entry is the widget's drawn image, with no script or link of
# its own: read by script and link alone, the homepage failed footer:jiucuo.
SIPING_FOOTER = """<html><head><title>四平市人民政府</title></head><body><div class="main"><ul><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div id='footer'><div class="copyright clearfix">
<div class="dz"><h6 style="display:flex;align-items:center">
<span id="_ideConac"><a href="//bszs.conac.cn/sitename?method=show&amp;id=16F2FD608B973E2DE053022819AC76E8" target="_blank"><img id="imgConac" vspace="0" hspace="0" border="0" src="//dcs.conac.cn/image/red.png"></a></span><span id="_ideConac"></span>
<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=22030202000017" target="_blank" class="baa"> <img src="../../assets/images/gh1_1.png"> </a></h6>
<div class="clear"></div>
<h6><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=22030202000017" target="_blank" style="font-size:14px">吉公网安备 22030202000017号</a></h6></div>
<div class="ms"><p>四平市人民政府主办  四平市人民政府办公室承办</p>
<p><a href="http://www.beian.miit.gov.cn/" target="_blank">吉ICP备11005874号</a>&nbsp;网站标识码&nbsp;2203000001</p>
<p><span> 四平市政府门户网站 </span>中文域名：四平市人民政府.政务</p>
<p>四平市人民政府市民服务热线：0434-12345 </p></div>
<div class="jc"><div class="pic_link"><p class="copyright_a"><span id="_span_jiucuo"><img onclick="Link('2203000001')" style="margin:0;border:0;cursor: pointer;" src="http://pucha.kaipuyun.cn/exposure/images/jiucuo.png?v=2203000001"></span></p></div>
<ul><li><a href="http://www.siping.gov.cn/wzdt/" target="_blank">网站地图</a>｜</li><li><a href="http://www.siping.gov.cn/gywm/" target="_blank">关于我们</a></li></ul></div>
</div></div></body></html>"""


def test_jiucuo_entry_drawn_as_the_widgets_image():
    footer = extract_page(SIPING_FOOTER, "http://www.siping.gov.cn/", is_home=True).footer
    assert (footer.site_id_code, footer.jiucuo_sitecode, footer.conac) == ("2203000001", "2203000001", True)
    assert (footer.icp, footer.psb, footer.sponsor) == ("吉ICP备11005874号", "吉公网安备22030202000017号", "四平市人民政府")
    hidden = SIPING_FOOTER.replace('style="margin:0;border:0;cursor: pointer;"', 'style="display:none"')
    assert extract_page(hidden, "http://www.siping.gov.cn/", is_home=True).footer.jiucuo_sitecode is None


# 自然资源部政策法规库 detail pages as a public policy monitor's tests give them (`find_string`
# "时效状态："): the validity is labelled 时效状态 (read as no 有效性 before: the document failed
# normative-doc-validity for a mark it shows).
MNR_DETAIL = """<html><head><title>自然资源部关于第八批废止的部门规章的决定</title></head><body><div class="content">
<table>
<tr><td>名称：</td><td>自然资源部关于第八批废止的部门规章的决定</td></tr>
<tr><td>文号：</td><td>中华人民共和国自然资源部令第21号</td></tr>
<tr><td>发布机构：</td><td>自然资源部</td></tr>
<tr><td>成文日期：</td><td>2026年5月27日</td></tr>
<tr><td>发布日期：</td><td>2026年6月5日</td></tr>
<tr><td>效力级别：</td><td>部门规章</td></tr>
<tr><td>业务类型：</td><td>综合管理</td></tr>
<tr><td>时效状态：</td><td>现行有效</td></tr>
</table>
<div class="article"><p>一、《建设项目用地预审管理办法》（2001年7月25日国土资源部令第7号发布）</p>
<p>二、《海洋行政处罚实施办法》（2002年12月25日国土资源部令第15号发布）</p></div></div></body></html>"""


def test_validity_labelled_shixiao_zhuangtai():
    facts = extract_page(MNR_DETAIL, "https://f.mnr.gov.cn/202606/t20260605_2931308.html")
    assert facts.metadata == {"标题": "自然资源部关于第八批废止的部门规章的决定", "发文字号": "中华人民共和国自然资源部令第21号",
                              "发文机关": "自然资源部", "成文日期": "2026-05-27", "发布日期": "2026-06-05", "有效性": "现行有效"}


# 深圳市国资委 人事信息 list rows (gzw.sz.gov.cn/zwgk/qt/rsxx/), as a public monitoring project's tests
# quote them (`find_string` '<meta name="SiteIdCode" content='): the anchor holds the whole row, title
# and date. The title was read with the date on its end.
SZ_GZW_LIST = """<html><head><title>人事信息</title></head><body><div class="nav"><a href="/">首页</a></div>
<ul class="tzgg_content">
  <li><a href="https://gzw.sz.gov.cn/zwgk/qt/rsxx/content/post_12612456.html">
    <p>深圳市国资委关于肖春林等职务任免的通知</p><span>2026-01-22</span>
  </a></li>
  <li><a href="https://gzw.sz.gov.cn/zwgk/qt/rsxx/content/post_12885568.html">
    <p>深圳市国资委2026年公开选调公务员拟选调人员公示公告</p><span>2026-01-22</span>
  </a></li>
</ul></body></html>"""


def test_a_row_link_holding_its_date_is_titled_without_it():
    facts = extract_page(SZ_GZW_LIST, "https://gzw.sz.gov.cn/zwgk/qt/rsxx/")
    assert [(i.title, i.date) for i in facts.list_items] == [
        ("深圳市国资委关于肖春林等职务任免的通知", "2026-01-22"), ("深圳市国资委2026年公开选调公务员拟选调人员公示公告", "2026-01-22")]
    # a date inside the title, with the row's date outside the link, stays in the title
    outside = SZ_GZW_LIST.replace("<p>深圳市国资委关于肖春林等职务任免的通知</p><span>2026-01-22</span>\n  </a>",
                                  "<p>深圳市国资委2026-01-22会议纪要 2026-01-22</p></a><span>2026-01-22</span>")
    assert extract_page(outside, "https://gzw.sz.gov.cn/zwgk/qt/rsxx/").list_items[0].title == "深圳市国资委2026-01-22会议纪要 2026-01-22"


# 邯郸市 近期信息公开 (hdzfxxgk.hd.gov.cn/zfwj/jinqixxgk/), a TRS page saved whole in a public repository
# (`find_string` "邯郸市政府信息公开"): the trail TRS draws (links classed CurrChnlCls, joined by ->)
# sits in <div class="sx-more1"> with no 当前位置 label; read as no trail before.
HANDAN_LIST = """<html><head><meta name="SiteName" content="邯郸市人民政府"><meta name="ColumnName" content="邯郸市政府信息公开">
<title>邯郸市政府信息公开</title></head><body>
<div class="sx-navs"><ul class="sx-list"><li><a href="http://www.hd.gov.cn/" target="_blank">首页</a></li><li><a href="http://hdzfxxgk.hd.gov.cn/">信息公开</a></li></ul></div>
<div class="sx-c2-right1"><div class="sx-c1-title clearFix"> <img src="./sx-blue.jpg" alt=""><h1>近期信息公开</h1>
<div class="sx-more1"><a href="http://hdzfxxgk.hd.gov.cn/" title="首页" class="CurrChnlCls">首页</a>-&gt;<a href="http://hdzfxxgk.hd.gov.cn/zfwj/" title="政府文件" class="CurrChnlCls">政府文件</a>-&gt;<a href="http://hdzfxxgk.hd.gov.cn/zfwj/jinqixxgk/" title="近期信息公开" class="CurrChnlCls">近期信息公开</a></div></div>
<ul class="sx-c1-list list1"><div class="szbmtclb fl clearfix"><table><tbody>
<tr><th width="47%" height="35">名称</th><th width="21%" height="35">索引号</th><th width="19%" height="35">发布机构</th><th width="12%" height="35">发布日期</th></tr>
<tr><td height="35"><a href="http://hdzfxxgk.hd.gov.cn/gszbm/auto23716/202008/t20200805_1353179.html" title="邯郸市教育局关于印发《邯郸市学校安全工作目标管理考核办法》的通知">
邯郸市教育局关于印发《邯郸市学校安全工作目标管理考核办法》的通知</a></td>
<td height="35">000014348/2020-35428</td><td height="35">邯郸市教育局</td><td height="35">2020-08-05</td></tr>
</tbody></table></div></ul></div></body></html>"""


def test_trail_drawn_by_trs_current_position_without_a_label():
    facts = extract_page(HANDAN_LIST, "http://hdzfxxgk.hd.gov.cn/zfwj/jinqixxgk/index.html")
    assert facts.breadcrumb == [("首页", "http://hdzfxxgk.hd.gov.cn/"), ("政府文件", "http://hdzfxxgk.hd.gov.cn/zfwj/"),
                                ("近期信息公开", "http://hdzfxxgk.hd.gov.cn/zfwj/jinqixxgk/")]
    assert [(i.date, i.url) for i in facts.list_items] == [
        ("2020-08-05", "http://hdzfxxgk.hd.gov.cn/gszbm/auto23716/202008/t20200805_1353179.html")]
