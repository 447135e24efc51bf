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
