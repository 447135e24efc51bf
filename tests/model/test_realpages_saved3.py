"""Real government pages the extractor had never read, round 3, saved under tests/model/realpages/
(sources, dates and trims in its SOURCES.md, third table). Each test states what a careful evaluator
reads off the page, written before running the extractor; the ones marked "failed before" failed
on 2bb4c15."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from govaudit.htmlpage import decode_html
from govaudit.model.extract.page import PageFacts, extract_page

PAGES = Path(__file__).parent / "realpages"


def read(name: str, url: str, is_home: bool = False) -> PageFacts:
    text, _ = decode_html((PAGES / name).read_bytes())
    return extract_page(text, url, is_home=is_home)


def trail(facts: PageFacts) -> list[str]:
    return [n for n, _ in facts.breadcrumb]


# 鄂尔多斯恩格贝生态示范区 (egb.ordos.gov.cn, 内蒙古, TRS) 信息公开年报 column: ten rows in a table
# (`gl_list`), each a title link and a date cell; the column mixes four annual reports of other organs
# (鄂尔多斯市, its 政府办公室, 内蒙古自治区) with six news items; a script-written pager `共计 2 页`
# followed by its rendered output; 主办, 网站标识码, ICP, 公安备案, conac and 找错 in the footer.
EGB_URL = "http://egb.ordos.gov.cn/xxgk/xxgknb/index.html"  # illustrative: the saved copy names no address


def test_annual_report_column_list() -> None:
    facts = read("egb-ordos-gov-cn_trs_xxgknb_list.html", EGB_URL)
    assert (facts.kind, facts.list_state, facts.column_name) == ("column", "listed", "信息公开年报")
    assert trail(facts) == ["首页", "信息公开", "信息公开年报"]
    items = facts.list_items
    assert len(items) == 10 and all(i.date for i in items)
    assert (items[0].title, items[0].date) == ("鄂尔多斯市2019年政府信息公开工作年度报告", "2020-09-03")
    assert (unicodedata.normalize("NFKC", "2016，恩格贝，精彩继续！"), "2017-01-07") == (items[-1].title, items[-1].date)
    assert sum("年度报告" in i.title for i in items) == 4
    assert (facts.page_count, facts.declared_count) == (2, None)
    footer = facts.footer
    assert footer.sponsor == "鄂尔多斯市恩格贝生态示范区管委会"
    assert (footer.site_id_code, footer.jiucuo_sitecode, footer.conac) == ("1506000140", "1506000140", True)
    assert (footer.icp, footer.psb) == ("蒙ICP备13001412号-2", "蒙公网安备15062102000168号")


# 石家庄市人民政府 (www.sjz.gov.cn, 河北, WebIMS 数字政府新一代信息技术平台, `/columns/<uuid>/index.html`)
# 本市要闻 article filed under a yearly sub-column: ColumnName meta and the trail's last step both say
# `2024`; `发布时间：2024-07-02 08:16`; the desktop footer is an iframe, the mobile footer block (shown
# below 1024 px by the page's own style) names 主办, 网站标识码, ICP and 公安备案; the body names the
# exhibition's 主办.
SJZ_URL = "https://www.sjz.gov.cn/columns/8166f236-f8c8-4504-8077-98e9ec77c1e6/202407/02/0a1b2c3d.html"  # illustrative


def test_webims_article_in_a_year_column() -> None:
    facts = read("sjz-gov-cn_webims_article_year-column_iframe-footer.html", SJZ_URL)
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "第二届全国中山篆书法篆刻大展征稿", "2024-07-02", "visible")
    assert trail(facts) == ["首页", "综合要闻", "本市要闻", "2024"]
    assert facts.column_name == "2024"  # what the page calls it (a question for the lead: SOURCES.md)
    footer = facts.footer
    assert footer.sponsor == "石家庄市人民政府办公室"  # not the exhibition's 主办 in the body
    assert (footer.site_id_code, footer.meta_site_id_code) == ("1301000003", "1301000003")
    assert (footer.icp, footer.psb, footer.conac, footer.jiucuo_sitecode) == (
        "冀ICP备20013865号", "冀公网安备13010202001704号", False, None)


# 中国政府网 (www.gov.cn) 国务院文件 pages of the 2018 template: a metadata table whose labels are bold
# (`<td><b>索 引 号：</b></td>`), dates written 2018年12月29日, an empty 主题词; the main <div class="wrap">
# as a crawler stored it (no head, trail or footer).
def test_gov_cn_policy_document_metadata_table() -> None:
    facts = read("www-gov-cn_zhengce_content_bold-label-table.html", "http://www.gov.cn/zhengce/content/2018-12/29/content_5353307.htm")
    assert (facts.kind, facts.pub_date) == ("document", "2018-12-29")
    assert facts.title.startswith("国务院关于在海南博鳌乐城国际医疗旅游先行区暂时调整实施")
    meta = facts.metadata
    assert (meta.get("索引号"), meta.get("发文机关"), meta.get("成文日期"), meta.get("发文字号"), meta.get("主题词")) == (
        "000014349/2018-00222", "国务院", "2018-12-21", "国发〔2018〕43号", "")


def test_gov_cn_document_written_in_2006_published_in_2018() -> None:
    """A reply signed 二〇〇六年十月十八日 and put online twelve years later: the page is dated by its
    发布日期, the document by its 成文日期."""
    facts = read("www-gov-cn_zhengce_content_written-2006-published-2018.html", "http://www.gov.cn/zhengce/content/2018-12/24/content_5351598.htm")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", "国务院办公厅对全国政协十届四次会议第4626号提案的答复", "2018-12-24")
    meta = facts.metadata
    assert (meta.get("索引号"), meta.get("发文机关"), meta.get("成文日期"), meta.get("发文字号")) == (
        "000014349/2006-00213", "国务院办公厅", "2006-10-18", "国办函〔2006〕82号")


# 国家发展改革委 通知 list as a crawler's author trimmed it: two rows, each a link whose title carries
# its 文号 in half-width brackets and a `<span>2026/05/11</span>` date.
def test_ndrc_list_of_two_rows() -> None:
    facts = read("ndrc-gov-cn_tz_list_two-rows.html", "https://www.ndrc.gov.cn/xxgk/zcfb/tz/")
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [(i.title, i.date) for i in facts.list_items] == [
        ("关于核定南水北调中线干线工程供水价格的通知(发改价格〔2026〕630号)", "2026-05-11"),
        ("关于印发《西藏生态安全屏障保护与建设规划(修编)》的通知(发改农经〔2026〕508号)", "2026-04-27")]


# 绥滨县人民政府 (www.suibin.gov.cn, 黑龙江): the editor's <h1><b><span> markup copied into the <title>
# and into the title heading; `信息来源: 发布日期：2024-07-05 13:57`; 主办/承办/运营 and a copyright bar
# with `政府网站标识码：`, `备案许可证号：黑ICP备…`, 黑公网安备, the conac link and a local jiucuo.js.
SB_URL = "https://www.suibin.gov.cn/suibinxianrenminzhengfu/65feb7f01c5041ceaa97d1a52f015609/202407/27701.shtml"  # illustrative


def test_suibin_title_carrying_editor_markup() -> None:
    facts = read("suibin-gov-cn_article_markup-in-title.html", SB_URL)
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "县人大常委会召开人大代表约见国家机关负责人会议", "2024-07-05", "visible")
    assert (facts.column_name, trail(facts)) == ("绥滨新闻", ["首页", "政务公开", "绥滨新闻"])
    footer = facts.footer
    assert footer.sponsor == "绥滨县人民政府"
    assert (footer.site_id_code, footer.jiucuo_sitecode, footer.conac) == ("2304220006", "2304220006", True)
    assert (footer.icp, footer.psb) == ("黑ICP备09010409号", "黑公网安备23042202000005号")


# 湘潭市人民政府 (www.xiangtan.gov.cn, 湖南) 部门动态 article served in GB2312 as its meta declares;
# header and footer drawn by top_jr.js and foot.js.
def test_xiangtan_gb2312_article_with_script_footer() -> None:
    facts = read("xiangtan-gov-cn_article_gb2312_script-footer.html", "http://www.xiangtan.gov.cn/109/171/174/content_1335045.html")
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "“从齐白石故乡吹来的风”书画展亮相澳门", "2024-09-30", "visible")
    assert (facts.column_name, trail(facts)) == ("部门动态", ["首页", "政务公开", "工作动态", "部门动态"])
    footer = facts.footer
    assert (footer.meta_site_id_code, footer.site_id_code, footer.icp, footer.sponsor) == ("4303000006", None, None, None)


# 武汉市商务局 (sw.wuhan.gov.cn, 湖北, TRS) 工作动态 article: the template fills ColumnName (and the
# column's description and keywords) with the article's own title; the trail `首页＞新闻动态＞工作动态`
# ends in plain text; a 下一篇 link just above the footer; a footer naming the bureau only as
# `版权所有 武汉市商务局`, with 政府网站标识码, ICP, 鄂公网安备 split over two lines, the conac badge and a
# 找错 picture whose link opens the national form by onclick window.open(…site_code=…).
WH_URL = "http://sw.wuhan.gov.cn/xwdt/gzdt/202306/t20230611_2214470.shtml"


def test_wuhan_column_named_by_the_trail_not_by_a_meta_repeating_the_title() -> None:
    """Failed before: column 武钢云谷·606产业园开园招商推介会举办 (the ColumnName meta, which repeats the
    ArticleTitle)."""
    facts = read("swj-wuhan-gov-cn_trs_article_columnname-is-title.html", WH_URL)
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "武钢云谷·606产业园开园招商推介会举办", "2023-06-11", "visible")
    assert (facts.column_name, trail(facts)) == ("工作动态", ["首页", "新闻动态", "工作动态"])


def test_wuhan_footer() -> None:
    """Failed before: sponsor 届中国生物产业大会即将在汉开幕 (the 下一篇 link's title read as the words
    before 版权所有) and no 找错 code (the link opens it by onclick)."""
    footer = read("swj-wuhan-gov-cn_trs_article_columnname-is-title.html", WH_URL).footer
    assert footer.sponsor == "武汉市商务局"  # named only as 版权所有, as elsewhere
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == ("4201000011",) * 3
    assert (footer.icp, footer.psb, footer.conac) == ("鄂ICP备19031037-2号", "鄂公网安备42010202000465号", True)


# 江苏省人民政府 (www.jiangsu.gov.cn, Hanweb) 部门资讯 article: the trail in nested tables with `>` in the
# cells, `时间：2024-10-14 10:17`, header and footer drawn by numbered scripts; the body's 共同主办.
def test_jiangsu_hanweb_article_script_footer() -> None:
    facts = read("jiangsu-gov-cn_hanweb_article_table-trail_script-footer.html", "http://www.jiangsu.gov.cn/art/2024/10/14/art_60085_11394426.html")
    assert (facts.kind, facts.pub_date, facts.pub_date_source) == ("document", "2024-10-14", "visible")
    assert facts.title == "“奋进新征程——庆祝中华人民共和国成立75周年江苏省美术书法展”开幕"
    assert (facts.column_name, trail(facts)) == ("部门资讯", ["首页", "要闻动态", "部门资讯"])
    footer = facts.footer
    assert (footer.meta_site_id_code, footer.site_id_code, footer.sponsor) == ("3200000084", None, None)


# 深圳市文化广电旅游体育局 (wtl.sz.gov.cn, 南方 NFCMS) 工作动态 article: `日期：2023-11-16 10:32`, a trail
# followed by a <b> repeating its last step, a 【内容纠错】 link to the site's own form, a footer with
# `网站标识码4403000026 备案序号粤ICP备…`, `粤公网安备号<a>44030402003007</a>` and 主办单位/版权所有.
def test_shenzhen_nfcms_article_and_footer() -> None:
    facts = read("wtl-sz-gov-cn_nfcms_article_footer-psb-label-hao.html", "http://wtl.sz.gov.cn/xxgk/qt/gzdt/content/post_10963132.html")
    assert (facts.kind, facts.pub_date, facts.pub_date_source) == ("document", "2023-11-16", "visible")
    assert (facts.column_name, trail(facts)) == ("工作动态", ["首页", "信息公开", "其他", "工作动态"])
    footer = facts.footer
    assert footer.sponsor == "深圳市文化广电旅游体育局"
    assert (footer.site_id_code, footer.jiucuo_sitecode, footer.conac) == ("4403000026", "4403000026", True)
    assert (footer.icp, footer.psb) == ("粤ICP备18094387号", "粤公网安备44030402003007号")


# 济南市人民政府 (www.jinan.gov.cn, 山东, Hanweb) 重点关注 article: trail steps that are anchors without
# href, `发布日期：2024-06-19 07:27`, a 相关阅读 box of five news items (tab heading indented by tabs),
# the footer in an iframe.
def test_jinan_hanweb_article_with_iframe_footer() -> None:
    """Failed before: no related box (its tab heading, indented by tabs, was too long to be one)."""
    facts = read("jinan-gov-cn_hanweb_article_hrefless-trail_iframe-footer.html", "http://www.jinan.gov.cn/art/2024/6/19/art_1861_4982441.html")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", "全市城市更新和乡村振兴现场推进会到高新区历下区考察", "2024-06-19")
    assert (facts.column_name, trail(facts)) == ("重点关注", ["首页", "新闻", "重点关注"])
    assert facts.related_slot == "static" and len(facts.related_links) == 5
    assert "http://www.jinan.gov.cn/art/2024/6/1/art_1861_4981645.html" in facts.related_links
    footer = facts.footer
    assert (footer.meta_site_id_code, footer.site_id_code, footer.sponsor, footer.icp) == ("3701000001", None, None, None)


# 广州市人民政府 (www.gz.gov.cn, 南方 NFCMS) 营商动态 article: the date shown beside an icon whose title is
# the only 发布时间 label; a PC footer (`广州市人民政府 版权所有　主办单位：…办公厅`, script jiucuo) and a mobile
# footer (版权所有：/主办单位： lines, a 找错 link) both in the page.
def test_guangzhou_icon_date_and_two_footers() -> None:
    facts = read("gz-gov-cn_nfcms_article_icon-date_pc-wap-footers.html", "https://www.gz.gov.cn/ysgz/xwdt/ysdt/content/post_9360641.html")
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "广州美妆产业依靠自主创新持续发力", "2023-12-05", "visible")
    assert (facts.column_name, trail(facts)) == ("营商动态", ["首页", "营商环境", "营商动态"])
    footer = facts.footer
    assert footer.sponsor == "广州市人民政府办公厅"
    assert (footer.site_id_code, footer.jiucuo_sitecode, footer.conac) == ("4401000004", "4401000004", True)
    assert (footer.icp, footer.psb) == ("粤ICP备2022092331号-1", "粤公网安备44010602000929号")


# 工业和信息化部 (www.miit.gov.cn, jpaas 发布系统) 地方工作 article of 2009, migrated: `发布时间：2009-09-30
# 10:53` shown, meta PubDate 2023-05-12 (the migration), MakeTime 2024-05-28, `art/2020/` in the address;
# header and footer drawn by scripts.
def test_miit_migrated_article_dated_by_what_it_shows() -> None:
    facts = read("miit-gov-cn_jpaas_article_2009-shown_2023-pubdate-meta.html",
                 "https://www.miit.gov.cn/xwdt/gxdt/dfgz/art/2020/art_14730801a8ae49e99b132c83575b7810.html")
    assert (facts.kind, facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("document", "2009-09-30", "visible", "2023-05-12")
    assert facts.title == "北京通管局组织“三电”专项斗争大检查 确保国庆60周年电信设施安全运行"
    assert (facts.column_name, trail(facts)) == ("地方工作", ["首页", "新闻动态", "工信动态", "地方工作"])
    assert (facts.footer.meta_site_id_code, facts.footer.site_id_code, facts.footer.sponsor) == ("bm07000001", None, None)
