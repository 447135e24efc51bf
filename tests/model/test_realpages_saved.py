"""Real government pages the extractor had never read, saved under tests/model/realpages/ (sources,
dates and trims in its SOURCES.md). Each test states what a careful evaluator reads off the page,
written before running the extractor; the ones marked "failed before" failed on 91f8cd1."""

from __future__ import annotations

from pathlib import Path

from govaudit.htmlpage import decode_html
from govaudit.model.extract.page import PageFacts, extract_page

PAGES = Path(__file__).parent / "realpages"


def read(name: str, url: str) -> PageFacts:
    text, _ = decode_html((PAGES / name).read_bytes())
    return extract_page(text, url)


# 安徽省教育厅 (jyt.ah.gov.cn), an article of the 龙讯 Lonsun platform the 安徽 sites share.
AH_URL = "http://jyt.ah.gov.cn/xwzx/jcjy/content_40678766.html"


def test_lonsun_article_title_date_and_column() -> None:
    facts = read("jyt-ah-gov-cn_lonsun_article.html", AH_URL)
    assert facts.kind == "document"
    assert facts.title == "拨动心弦 守护心灵健康 肥西县举办心理健康教育主题演讲比赛"
    assert (facts.pub_date, facts.pub_date_source) == ("2023-11-06", "visible")
    assert facts.column_name == "基础教育"


def test_lonsun_footer_jiucuo_drawn_from_its_placeholder() -> None:
    """Failed before: the 找错 badge is drawn by the platform's script into
    `<div class="dzjg j-jiucuo fl" data-setting="{sitecode:3400000072}">`; read as no 找错 entry,
    the homepage check failed footer:jiucuo for a badge every visitor sees."""
    footer = read("jyt-ah-gov-cn_lonsun_article.html", AH_URL).footer
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == ("3400000072",) * 3
    assert (footer.icp, footer.psb) == ("皖ICP备20004145号", "皖公网安备34010302000782号")


def test_lonsun_trail_named_by_its_aria_label() -> None:
    """Failed before (no trail): the trail's only name is the accessibility retrofit's
    aria-label="栏目路径" (class wz_top, no 当前位置 label)."""
    facts = read("jyt-ah-gov-cn_lonsun_article.html", AH_URL)
    assert facts.breadcrumb == [("首页", "http://jyt.ah.gov.cn/"), ("新闻中心", "http://jyt.ah.gov.cn/xwzx/"),
                                ("基础教育", "http://jyt.ah.gov.cn/xwzx/jcjy/")]


def test_lonsun_conac_badge_drawn_from_its_placeholder() -> None:
    """Failed before (conac False): the 党政机关 badge is drawn by the platform's script into
    `<div class="dzjg j-gov fl" data-setting="{sitecode:'0ADF13855B3F222BE053012819AC6888'}">`, the
    site's conac id; the homepage check failed footer:conac for a badge every visitor sees."""
    assert read("jyt-ah-gov-cn_lonsun_article.html", AH_URL).footer.conac
    text = (PAGES / "jyt-ah-gov-cn_lonsun_article.html").read_text()
    hidden = text.replace('class="dzjg j-gov fl"', 'class="dzjg j-gov fl" style="display:none"')
    assert not extract_page(hidden, AH_URL).footer.conac
    other = text.replace("0ADF13855B3F222BE053012819AC6888", "3400000072")  # a site code is no conac id
    assert not extract_page(other, AH_URL).footer.conac


def test_hidden_jiucuo_placeholder_is_no_entry() -> None:
    text = (PAGES / "jyt-ah-gov-cn_lonsun_article.html").read_text()
    hidden = text.replace('class="dzjg j-jiucuo fl"', 'class="dzjg j-jiucuo fl" style="display:none"')
    assert extract_page(hidden, AH_URL).footer.jiucuo_sitecode is None


# 天津市财政局 document page as the 天津 政务公开 template draws its metadata (table.JD_table_key02:
# 报送单位, 主题分类, 发文字号, 成文日期, 标题); no 索引号 and no 有效性 on it.
TJ_URL = "http://czj.tj.gov.cn/zwgk/zcwj/jcwj/content_1.html"


def test_metadata_block_without_suoyinhao_is_read() -> None:
    """Failed before: metadata {} and the page read as `other` with no title. A quick pre-check
    looked for 索, 文号 or 有效性, and 发文字号 holds none of them (文字号)."""
    facts = read("tianjin-czj_jd-table-key02_document.html", TJ_URL)
    assert facts.metadata == {"主题分类": "", "发文字号": "津财采〔2019〕1号", "成文日期": "2019-01-04",
                              "标题": "天津市财政局关于做好政府采购定向支持中小企业有关工作的通知"}
    assert facts.kind == "document"
    assert facts.title == "天津市财政局关于做好政府采购定向支持中小企业有关工作的通知"


# 太原市杏花岭区 政务公开 > 政策法规 (jhtml): month-day dates whose year the template comments out
# (`<!-- 2018--> 07-04`), a pager plugin's 每页20行 共29行 共2页 with javascript:void(0) links.
TY_URL = "http://www.sxtyxhl.gov.cn/xinghl/child/zwgk/index.jhtml"


def test_month_day_list_under_a_rows_pager_is_a_column() -> None:
    """Failed before: read as a hub (no items, no count). The rows are a list of 29 records over
    2 pages; their year shows nowhere, so the items stay undated."""
    facts = read("sxtyxhl_xinghl_zcfg_list.html", TY_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert (facts.declared_count, facts.page_count) == (29, 2)
    assert [i.title for i in facts.list_items][:2] == [
        "全国人民代表大会常务委员会关于全国人民代表大会宪法和法律委员会职责问题的决定", "不动产登记资料查询暂行办法"]
    assert len(facts.list_items) == 5 and all(i.date is None for i in facts.list_items)


# 2019年上海市人民政府办公厅政府信息公开工作年度报告: the report's body as the site served it, its
# section headings plain <p> paragraphs, its tables in the 2019 format.
def test_annual_report_with_paragraph_headings() -> None:
    facts = read("shanghai-gov-cn_2019-annual-report_body.html", "https://www.shanghai.gov.cn/nw12344/20200131/0001-12344_62584.html")
    report = facts.annual_report
    assert facts.title == "2019年上海市人民政府办公厅政府信息公开工作年度报告"
    assert (facts.pub_date, facts.pub_date_source) == ("2020-01-31", "visible")
    assert (report["year"], report["organ"]) == (2019, "上海市人民政府办公厅")
    assert report["sections"] == ["一", "二", "三", "四", "五", "六"]
    assert report["tables"] == ["二", "三", "四"]
    table3 = report["table3"]
    assert (table3["new"][0], table3["new"][-1], table3["carried"][-1], table3["total"][-1]) == (821, 859, 18, 805)


# 中国银行保险监督管理委员会 金融许可证信息 (a query page of the site): its footer.
def test_cbirc_footer() -> None:
    footer = read("cbirc-gov-cn_jr-licence_footer.html", "http://xkz.cbirc.gov.cn/jr/").footer
    assert (footer.site_id_code, footer.jiucuo_sitecode, footer.icp, footer.psb, footer.conac) == (
        "bm55000001", "bm55000001", "京ICP备19014889号", "京公网安备11010202008000号", True)
    assert footer.sponsor == "中国银行保险监督管理委员会"


# 生态环境部 环境要闻 article (TRS): 一周要闻 whose body links the week's 答记者问 and 一图读懂 — body
# links, not a related-interpretation box (the page's 相关阅读推荐 box is hidden and empty).
def test_mee_article_body_interpretation_links_are_no_related_box() -> None:
    facts = read("mee-gov-cn_hjywnews_article.html", "http://www.mee.gov.cn/ywdt/hjywnews/202204/t20220417_974894.shtml")
    assert (facts.kind, facts.title, facts.pub_date) == ("document", "生态环境部一周要闻(4.10-4.16)", "2022-04-17")
    assert facts.breadcrumb == [("首页", "http://www.mee.gov.cn/"), ("要闻动态", "http://www.mee.gov.cn/ywdt/"),
                                ("环境要闻", "http://www.mee.gov.cn/ywdt/hjywnews/")]
    assert (facts.related_slot, facts.related_links) == ("none", [])


def test_site_code_labelled_wangzhan_shibiehao() -> None:
    """Failed before (site_id None): the 杏花岭 footer labels the code 网站识别号:1401070001; read
    as no 网站标识码, the homepage check failed footer:site_id for a code the footer shows."""
    footer = read("sxtyxhl_xinghl_zcfg_list.html", TY_URL).footer
    assert (footer.site_id_code, footer.jiucuo_sitecode, footer.icp, footer.psb, footer.conac) == (
        "1401070001", "1401070001", "晋ICP备07002709号-1", "晋公网安备14010702070019号", True)
    assert footer.sponsor == "太原市杏花岭区人民政府"


# 宁波市住房公积金管理中心 home page (JEECMS jhtml): blocks of `[12-08]` rows, a footer with ICP and
# the 找错 script but no 网站标识码 or 公安备案 in its text.
def test_jeecms_home_footer_shows_no_site_code() -> None:
    facts = read("nbgjj_jeecms_home.html", "http://www.nbgjj.com/")
    assert facts.footer.site_id_code is None and facts.footer.psb is None
    assert (facts.footer.icp, facts.footer.jiucuo_sitecode, facts.footer.conac) == ("浙ICP备14024908号", "3302000071", True)
    assert facts.footer.sponsor == "宁波市住房公积金管理中心"
    home = extract_page((PAGES / "nbgjj_jeecms_home.html").read_text(), "http://www.nbgjj.com/", is_home=True)
    assert (home.kind, home.list_items) == ("home", [])


# 浙江省教育厅 article on the Hanweb 政府信息公开 platform: `索引号: 002482082/2024-00332` cells with
# half-width colons, an empty 文件编号, a trail in nested tables; its footer drawn by script.
def test_hanweb_xxgk_article_metadata_and_trail() -> None:
    facts = read("jyt-zj-gov-cn_hanweb_xxgk_article.html", "http://jyt.zj.gov.cn/art/2024/10/21/art_1543973_58942886.html")
    assert facts.metadata == {"索引号": "002482082/2024-00332", "发文字号": "", "发文机关": "省教育厅", "成文日期": "2024-10-21",
                              "主题分类": "教育", "公开方式": "主动公开", "发布日期": "2024-10-21"}
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "全省教育系统师德师风建设专题培训班举办", "2024-10-21", "visible")
    assert [name for name, _ in facts.breadcrumb] == ["首页", "政府信息公开", "工作动态", "图文报道"]
    assert facts.footer.site_id_code is None and facts.footer.meta_site_id_code == "3300000022"


# 国家发展改革委 令 list (ul.u-list) whose first row opens a 相关解读 popbox, and 工业和信息化部 文件发布
# rows with a hidden `<dl><dt>相关解读</dt>` (both as public crawler tests keep them): the list is the
# documents, dated; the interpretation links are no list items.
def test_list_rows_with_interpretation_popups() -> None:
    ndrc = read("ndrc-gov-cn_fzggwl_list_popbox.html", "https://www.ndrc.gov.cn/xxgk/zcfb/fzggwl/")
    assert (ndrc.kind, ndrc.list_state) == ("column", "listed")
    assert [(i.url.rsplit("/", 1)[-1], i.date) for i in ndrc.list_items] == [
        ("t20260409_1404577.html", "2026-04-09"), ("t20260211_1403694.html", "2026-02-11"), ("t20260123_1403413.html", "2026-01-23")]
    miit = read("miit-gov-cn_wjfb_list_hidden-jiedu.html", "https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/index.html")
    assert [i.date for i in miit.list_items] == ["2026-09-28", "2026-09-22", "2026-09-18"]
    assert miit.list_items[2].title.startswith("《道路机动车辆生产企业及产品》") and "..." not in miit.list_items[2].title
    assert all("/zcjd/" not in i.url for i in miit.list_items)


# 云南省科技厅 article (kjt.yn.gov.cn, jyhcms): a 热点资讯 sidebar of five dated rows beside the
# article, prev/next links with their dates.
def test_article_beside_a_dated_sidebar_stays_an_article() -> None:
    facts = read("kjt-yn-gov-cn_article_sidebar.html", "https://kjt.yn.gov.cn/html/2022/meitijujiao_1114/6444.html")
    assert (facts.kind, facts.list_state, facts.list_items) == ("document", "none", [])
    assert (facts.title, facts.pub_date, facts.pub_date_source) == (
        "[人民网]第六届云南国际人才交流会将于11月12日开幕", "2022-11-14", "visible")
    assert [name for name, _ in facts.breadcrumb] == ["首页", "新闻动态", "媒体聚焦"]


# 陕西省人民政府 article (TRS): the title in two <h1>s, a trail without label whose last step is a
# span, a footer with 网站标识码6100000017 (no colon) and 主管/承办 instead of 主办.
def test_shaanxi_article_and_footer() -> None:
    facts = read("shaanxi-gov-cn_trs_article.html", "http://www.shaanxi.gov.cn/xw/sxyw/201312/t20131223_1501140.html")
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source, facts.column_name) == (
        "document", "陕西城市经济文化发展高峰论坛在西安举行", "2013-12-23", "visible", "陕西要闻")
    footer = facts.footer
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode, footer.icp, footer.psb, footer.conac) == (
        "6100000017", "6100000017", "6100000017", "陕ICP备10004160号", "陕公网安备61010202000169号", True)


# 北京市教育委员会 article (TRS on Bootstrap): a CurrChnlCls trail, 发布时间 with its source, a footer
# whose ICP link has no href and whose 公安备案 sits beside the emblem inside its record link.
def test_beijing_jw_article_and_footer() -> None:
    facts = read("jw-beijing-gov-cn_trs_article.html", "http://jw.beijing.gov.cn/jyzx/jyxw/202311/t20231130_3329137.html")
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source, facts.column_name) == (
        "document", "李奕主任出席京港大学联盟2023年理事会暨主题论坛", "2023-11-30", "visible", "教育新闻")
    assert [name for name, _ in facts.breadcrumb] == ["首页", "工作动态", "教育新闻"]
    footer = facts.footer
    assert (footer.site_id_code, footer.jiucuo_sitecode, footer.icp, footer.psb, footer.conac, footer.sponsor) == (
        "1100000152", "1100000152", "京ICP备20014478号-1", "京公网安备11040202430147号", True, "北京市教育委员会")


# 国家民委 article on the 开普云 platform (neac.gov.cn, template meta `template,templategroup,version`):
# the page was regenerated in 2023 (meta PubDate and 页面生成时间 2023-11-10) but shows 日期：2021/09/06.
def test_kpy_article_dated_by_what_it_shows_not_by_its_regeneration() -> None:
    facts = read("neac-gov-cn_kpy_article.html", "https://www.neac.gov.cn/seac/c103249/202109/1153468.shtml")
    assert (facts.kind, facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("document", "2021-09-06", "visible", "2023-11-10")
    assert [name for name, _ in facts.breadcrumb] == ["首页", "专题专栏", "重要会议", "贯彻落实中央民族工作会议精神", "贯彻落实"]
    footer = facts.footer
    assert footer.site_id_code is None  # shown nowhere in the footer's text, only in the 找错 link
    assert (footer.meta_site_id_code, footer.jiucuo_sitecode, footer.icp, footer.psb, footer.conac) == (
        "bm08000014", "bm08000014", "京ICP备05048973号", "京公网安备11040102700045号", True)
