"""The general patterns behind round 2's real-page fixes (tests/model/test_realpages_saved2.py),
each with its boundary: markup cut from the real pages cited there."""

from __future__ import annotations

from govaudit.htmlvocab import VISIBLE_COUNT
from govaudit.model.extract.page import extract_page


def test_pager_counts_pian_only_of_articles_or_items() -> None:
    assert VISIBLE_COUNT.findall("共2397篇文章/共120页") == ["2397"]  # 动易 PowerEasy
    assert VISIBLE_COUNT.findall("共3篇信息") == ["3"]
    assert VISIBLE_COUNT.findall("本书共12篇，分三部分") == []  # prose


TRAIL = """<html><head><title>政务要闻-靖安县人民政府网站</title></head><body>
<div class="path">{label}<a href="http://www.jxjaxzf.gov.cn">靖安县人民政府网站</a>>>
<a href="/Category_108/Index.aspx">走进靖安</a>&gt;&gt;<a href="/Category_133/Index.aspx">政务要闻</a></div>
<ul><li><span class="date">2017-10-20</span><a href="/Item/24067.aspx">我县保障性住房公开摇号、405户中低收入家庭喜圆住房梦</a></li>
<li><span class="date">2017-10-19</span><a href="/Item/24064.aspx">我县广大干部群众收听收看十九大开幕式盛况</a></li>
<li><span class="date">2017-10-18</span><a href="/Item/24063.aspx">我县开展2017年扶贫日电商扶贫体验活动</a></li></ul></body></html>"""


def test_trail_label_without_colon_before_its_first_link() -> None:
    url = "http://www.jxjaxzf.gov.cn/Category_133/Index.aspx"
    facts = extract_page(TRAIL.format(label="您当前位置"), url)
    assert [n for n, _ in facts.breadcrumb] == ["靖安县人民政府网站", "走进靖安", "政务要闻"]
    # Without a link right after it, 当前位置 without its colon is prose, no label.
    assert extract_page(TRAIL.format(label="当前位置不变，请继续 "), url).breadcrumb == []


COLUMNS = """<html><head><title>t</title></head><body><div class="Article"><h2>关于开展2024年“世界家庭医生日”主题宣传活动的通知</h2>
<table class="table-article"><tr><td>索取号</td><td>发布时间</td><td>发布机构</td><td>文件编号</td></tr>
{rows}</table><p>各区卫生健康委：今年5月19日是第14个“世界家庭医生日”。为深入贯彻党的二十大精神，现就有关事项通知如下。</p></div></body></html>"""
ROW = "<tr><td>{a}</td><td></td><td>上海市卫生健康委员会</td><td>沪卫基层〔2024〕{n}号</td></tr>"


def test_metadata_table_in_columns_only_over_one_unlinked_row() -> None:
    url = "http://wsjkw.sh.gov.cn/jcws2/20240511/b5c2db3d781e4c7fbcfb6bed2fe2d982.html"
    one = extract_page(COLUMNS.format(rows=ROW.format(a="076478684Q/2024-00112", n=5)), url).metadata
    assert (one["索引号"], one["发文机关"], one["发文字号"]) == ("076478684Q/2024-00112", "上海市卫生健康委员会", "沪卫基层〔2024〕5号")
    linked = ROW.format(a='<a href="/jcws2/1.html">076478684Q/2024-00112</a>', n=5)
    assert extract_page(COLUMNS.format(rows=linked), url).metadata == {}  # a list's row links its document
    many = "".join(ROW.format(a=f"076478684Q/2024-0011{i}", n=i) for i in range(4))
    assert extract_page(COLUMNS.format(rows=many), url).metadata == {}  # a list of documents


def test_a_filled_fabu_shijian_cell_is_the_publication_date() -> None:
    """发布时间 heading a column of 上海's table is its label of the 发布日期 (the wsjkw table leaves it empty; the shjy
    sample site's 规范性文件, the same table with 成文日期 and 有效性 added, fills it). Failed before: 发布时间 was no
    label of 发布日期, so every filled table read "缺少发布日期" (6 false normative-doc-metadata findings on shjy).
    Inline, `发布时间：` stays no metadata label: a related box's rows carry it (tests/model/test_realpage_invariance.py,
    万载's 关联稿件 under `rows-under`)."""
    url = "http://wsjkw.sh.gov.cn/jcws2/20240511/b5c2db3d781e4c7fbcfb6bed2fe2d982.html"
    filled = ROW.format(a="076478684Q/2024-00112", n=5).replace("<td></td>", "<td>2024-05-11</td>", 1)
    assert extract_page(COLUMNS.format(rows=filled), url).metadata["发布日期"] == "2024-05-11"
    assert extract_page(COLUMNS.format(rows=ROW.format(a="076478684Q/2024-00112", n=5)), url).metadata["发布日期"] == ""
    inline = ("<html><body><h1>关于印发某办法的通知</h1><div class=\"xxgk\"><p>索引号：002001/2026-00011</p>"
              "<p>发布机构：上海市澄浦区人民政府</p><p>文件编号：沪澄府规〔2026〕9号</p><p>发布时间：2026-10-22</p></div>"
              "<p>各街道办事处、镇人民政府：现将《办法》印发给你们，请认真按照执行。</p></body></html>")
    assert "发布日期" not in extract_page(inline, "http://www.example.gov.cn/nw1/20261022/a.html").metadata


MOE = """<html><head><title>教育部办公厅关于举办2024年高校宣传教育活动的通知</title></head><body>
<div class="moe-detail-box"><div id="downloadContent" class="details-policy-box"><h1>教育部办公厅关于举办2024年高校宣传教育活动的通知</h1>
<p>各省、自治区、直辖市教育厅（教委），部属各高等学校党委：为深入贯彻落实党的二十大精神，教育部决定举办宣传教育活动。现将有关事宜通知如下。</p>
<p>二、组织单位</p><p>主办单位：教育部思想政治工作司</p><p>承办单位：教育部宣传教育中心、上海交通大学</p>
<p>三、活动时间</p><p>2024年6月至12月。各地各高校根据通知精神，结合实际制定工作方案，做好动员部署。</p></div>
<div class="moe-detail-shuxing">发布日期：2024-06-13　来源：教育部</div></div>
<div class="scy-foot"><p>{footer}</p><p>京ICP备10028400号-1 京公网安备11010202007625号 网站标识码：bm05000001</p></div></body></html>"""


def test_a_body_naming_an_events_zhuban_names_no_site_sponsor() -> None:
    url = "http://www.moe.gov.cn/srcsite/A12/moe_1407/s3008/202406/t20240613_1135415.html"
    assert extract_page(MOE.format(footer="版权所有：中华人民共和国教育部"), url).footer.sponsor == "中华人民共和国教育部"
    assert extract_page(MOE.format(footer="主办：中华人民共和国教育部"), url).footer.sponsor == "中华人民共和国教育部"
    assert extract_page(MOE.format(footer="中文域名：教育部.政务"), url).footer.sponsor is None


def test_date_after_a_title_with_full_width_brackets() -> None:
    page = """<html><head><meta name="PubDate" content="2024-03-05 10:00"><title>x</title></head><body><article>
<h1>关于举办2024年度自治区群众文化系列（专业）专业技术人员继续教育培训班的通知</h1>
<p>2024-03-03 15:54:07 <span>来源:新疆维吾尔自治区文化和旅游厅</span></p>
<div class="am-article-bd">根据《专业技术人员继续教育规定》（人社部令第25号）文件要求，专业技术人员每年须参加继续教育学习，总学时累计不少于90学时，专业课不少于60学时。现将有关事宜通知如下。</div></article></body></html>"""
    facts = extract_page(page, "http://www.wlmq.gov.cn/fjbm/llj/tzgg/562718.htm")
    assert (facts.pub_date, facts.pub_date_source) == ("2024-03-03", "visible")


ARIA = """<html><head><title>黄坤明会见香港传媒高层人士大湾区参访团 广东省人民政府门户网站</title></head><body>
<div class="pos" aria-label="{label}" altdes="导航区"><a href="http://www.gd.gov.cn/">首页</a>&nbsp;&gt;&nbsp;<a
href="http://www.gd.gov.cn/gdywdt">要闻动态</a>&nbsp;&gt;&nbsp;<a href="http://www.gd.gov.cn/gdywdt/zwzt/xxgcesd/ywbd">要闻报道</a></div>
<h3 class="zw-title">黄坤明会见香港传媒高层人士大湾区参访团</h3><div class="zw-info"><span class="time">时间  :  2023-02-25 08:51:32</span></div>
<div class="zw"><p>2月24日上午，省委书记黄坤明在广州会见了来粤参观交流的香港传媒高层人士大湾区参访团。</p></div></body></html>"""


def test_trail_named_by_an_accessibility_label_of_its_access_path() -> None:
    url = "http://www.gd.gov.cn/gdywdt/zwzt/xxgcesd/ywbd/content/post_4100825.html"
    facts = extract_page(ARIA.format(label="您已进入页面访问路径导航区"), url)
    assert [n for n, _ in facts.breadcrumb] == ["首页", "要闻动态", "要闻报道"]
    # The same retrofit names the menu and link regions too: no trail is read from those names (a menu
    # of the same links; drawn with pointing separators the links would be a trail whatever the label).
    menu = ARIA.format(label="您已进入首页及一级栏目导航区").replace("&nbsp;&gt;&nbsp;", " | ")
    assert extract_page(menu, url).breadcrumb == []


def test_joint_sponsors_joined_by_dunhao() -> None:
    from govaudit.model.extract.footer import footer_sponsor
    assert footer_sponsor("政府网站标识码 3702000025\x1e中共青岛市委、青岛市人民政府主办") == "中共青岛市委、青岛市人民政府"
    assert footer_sponsor("主办：中共某某县委、某某县人民政府 承办：某某县大数据中心") == "中共某某县委、某某县人民政府"
    # A 、 after words that name no organ joins nothing: the links before the name stay out.
    assert footer_sponsor("网站地图、联系我们、某某市人民政府主办") == "某某市人民政府"


JIUCUO = """<html><head><title>t</title></head><body><p>正文</p><div class="footer"><div class="f_jiuuco">
<a href="javascript:;"><img src="/images/jiucuo.png" alt="" onclick="Link('3702000025')" /></a></div>
<p>政府网站标识码 3702000025</p><p>中共青岛市委、青岛市人民政府主办</p></div></body></html>"""


def test_jiucuo_badge_copied_with_its_link_call() -> None:
    url = "http://www.qingdao.gov.cn/zwgk/xxgk/sfj/flxx/zfjs/202212/t20221212_6566667.shtml"
    assert extract_page(JIUCUO, url).footer.jiucuo_sitecode == "3702000025"
    # Another picture's Link() call is no 找错 badge.
    other = JIUCUO.replace("/images/jiucuo.png", "/images/weixin.png")
    assert extract_page(other, url).footer.jiucuo_sitecode is None
