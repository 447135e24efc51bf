"""Real government pages the extractor had never read, round 6 (list pages above all), saved under
tests/model/realpages/ (sources and trims in its SOURCES.md, sixth table). Each test states what a careful
evaluator reads off the page, written before running the extractor; those marked "failed before" failed on
8b450d8 (the pattern tests are in test_realpage_patterns6.py)."""

from __future__ import annotations

from govaudit.model.extract.page import PageFacts
from tests.model.realpage_reading import later_pages, read, trail


# 万载县人民政府 (江西, FineCMS built by 维网) 政务公开 › 万载要闻: rows `<div><a alt=…>title</a><p>2017-10-13</p></div>`,
# `共595条记录 1/30页` with 首页/下一页/末页 links and a jump menu of pages -1 … -30; a side menu of eleven columns.
WANZAI = "wanzai-gov-cn_vwell_wzyw_list_div-rows_gong-tiao-pager.html"
WZ_URL = "http://www.wanzai.gov.cn/news-list-wanzaiyaowen.html"  # the scraper's own variable names it


def test_finecms_list_of_div_rows_with_a_record_count() -> None:
    facts = read(WANZAI, WZ_URL)
    assert (facts.kind, facts.list_state, facts.column_name) == ("column", "listed", "万载要闻")
    assert trail(facts) == ["网站首页", "政务公开", "万载要闻"]
    items = facts.list_items
    assert len(items) == 10 and all(i.date for i in items)
    assert (items[0].title, items[0].date) == ("万载县发布禁火令", "2017-10-13")
    assert (items[-1].date, items[-1].url) == ("2017-10-10", "http://www.wanzai.gov.cn/news-show-8924.html")
    assert not any("news-list-" in i.url for i in items)  # the side menu's columns are no items
    assert (facts.declared_count, facts.page_count) == (595, 30)
    pages = later_pages(WANZAI, WZ_URL)
    # Written before running: -2 … -30. The jump menu's `-1` (page 1's numbered twin) is queued too; the
    # build keys it as page 1 of the same list (test_realpage_patterns6).
    assert WZ_URL.replace(".html", "-2.html") in pages and WZ_URL.replace(".html", "-30.html") in pages
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.conac, footer.jiucuo_sitecode) == (
        "万载县人民政府", "赣ICP备11002306号", True, "3609220011")


# 丰城市人民政府 (江西, a component CMS: n3/n13/c672769/content.html) 新闻中心 › 丰城新闻: rows `<li><span>[2017-10-13]</span>
# <a>…</a></li>`; a pager its script draws from `maxPageNum = 199`, pages numbered backwards (page 2 is index_958_198),
# and every page linked again in a hidden `<div style='display:none'>` of empty links.
FC_URL = "http://www.jxfc.gov.cn/n3/n13/index.html"  # the scraper's variable


def test_component_cms_list_with_bracketed_dates_and_hidden_page_links() -> None:
    facts = read("jxfc-gov-cn_component-cms_fcxw_list_bracket-dates_reverse-numbered-pages.html", FC_URL)
    assert (facts.kind, facts.list_state, facts.column_name) == ("column", "listed", "丰城新闻")
    assert trail(facts) == ["首页", "新闻中心", "丰城新闻"]
    items = facts.list_items
    assert len(items) == 10 and (items[0].title, items[0].date) == ("胡江萍调研我市重点交通工程项目推进情况", "2017-10-13")
    assert (items[-1].title, items[-1].date) == ("上塘镇开展血吸虫病防治知识进校园活动", "2017-10-12")
    # Written before running: 199 pages. The script's `maxPageNum` is not read (left alone, SOURCES.md): the hidden
    # links reach every page in a crawl, where they join this list (checked on loopback, one column).
    assert facts.page_count is None
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.conac, footer.jiucuo_sitecode) == (
        "丰城市人民政府", "赣ICP备14007126号-1", True, "3609810078")


# 江苏省人民政府 (Hanweb) 地方动态 col33718 as a developer's test keeps it: the script island of two records and the
# jpage call (totalRecord 4895, perPage 19), nothing else of the page.
def test_hanweb_script_island_fragment() -> None:
    url = "https://www.jiangsu.gov.cn/col/col33718/index.html"
    facts = read("jiangsu-gov-cn_hanweb_dfdt_xml-island_two-records.html", url)
    assert (facts.kind, facts.list_state, facts.declared_count) == ("column", "listed", 4895)
    assert [(i.title, i.date) for i in facts.list_items] == [
        ("连云港跨里海班列运输提质提速", "2026-09-11"), ("徐州以产业集群培育赋能中小企业高质量发展", "2025-12-15")]
    pages = later_pages("jiangsu-gov-cn_hanweb_dfdt_xml-island_two-records.html", url)
    assert len(pages) == 258 and "startrecord=3&endrecord=21" in pages[0]  # 4895 records, 19 a page


# 邯郸市政府信息公开 (河北, TRS) a 部门信息公开 document as a browser saved it: `<p><strong>文号</strong>：无</p>` among
# 索引号/发布机构/名称/主题分类/发布日期; the body is not in the copy.
HD_DOC = "hdzfxxgk-hd-gov-cn_trs_xxgk-document_p-labels_wenhao-wu_no-body.html"


def test_xxgk_document_whose_wenhao_is_stated_as_none() -> None:
    """Failed before: 发文字号 "无" kept as a 文号 (the notice counted as numbered)."""
    facts = read(HD_DOC, "http://hdzfxxgk.hd.gov.cn/gszbm/auto23716/202008/t20200802_1352104.html")
    assert facts.kind == "document"
    assert facts.title == "邯郸市教育局关于印发《全市教育系统安全专项整治三年行动实施方案》的通知"
    assert (facts.pub_date, facts.pub_date_source) == ("2020-08-02", "visible")
    assert facts.metadata == {"索引号": "000014348/2020-35147", "发文机关": "邯郸市教育局", "标题": facts.title,
                              "发文字号": "", "主题分类": "教育", "发布日期": "2020-08-02"}
    assert (facts.column_name, facts.column_name_source) == ("部门信息公开", "meta")
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb, footer.site_id_code, footer.jiucuo_sitecode, footer.conac) == (
        "邯郸市人民政府办公室", "冀ICP备05029117号-1", "冀公网安备13042002000523号", "1304000009", "1304000009", True)


# 国家旅游局 (TRS) 重点工作 › 市场推广 / 旅游人才 / 文明旅游: rows `<li><a><span>2017-10-14</span>title</a></li>`, the
# pager written inline by document.write from `var countPage=11` (尾页 `"index_"+endPage+".shtml"`).
CNTA = "http://www.cnta.gov.cn/zdzx/"
SCTG = "cnta-gov-cn_trs_zdzx-sctg_list_span-date-in-link_unsorted.html"


def _cnta_footer(facts: PageFacts) -> None:
    footer = facts.footer
    # Written before running: no sponsor (no 主办 label). The model reads 版权所有：中华人民共和国国家旅游局 as the
    # organ that runs the site, by design (model/extract/footer.py): my slip.
    assert (footer.sponsor, footer.icp, footer.conac, footer.jiucuo_sitecode) == (
        "中华人民共和国国家旅游局", "京ICP备15046657号", True, "bm39000001")


def test_trs_list_dated_inside_the_link_titles_opening_with_digits() -> None:
    """Failed before: `<a><span>2017-10-15</span>2017慈溪养生旅游节隆重开幕</a>` read as the undated title
    `2017-10-152017慈溪…` (the newest row of the page), and no later page queued (the pager written inline)."""
    facts = read(SCTG, CNTA + "sctg/")
    assert (facts.kind, facts.list_state, facts.column_name) == ("column", "listed", "市场推广")
    assert trail(facts) == ["首页", "重点工作", "市场推广"]
    items = facts.list_items
    assert len(items) == 11 and all(i.date for i in items)
    assert (items[2].title, items[2].date) == ("2017慈溪养生旅游节隆重开幕", "2017-10-15")
    assert max(i.date for i in items) == "2017-10-15" and items[0].date == "2017-10-14"  # not in date order
    assert facts.page_count == 11
    pages = later_pages(SCTG, CNTA + "sctg/")
    assert (pages[0], pages[-1], len(pages)) == (CNTA + "sctg/index_1.shtml", CNTA + "sctg/index_10.shtml", 10)
    _cnta_footer(facts)


def test_trs_list_whose_first_row_is_an_offsite_link() -> None:
    facts = read("cnta-gov-cn_trs_zdzx-lyrc_list_offsite-first-row.html", CNTA + "lyrc/")
    assert (facts.kind, facts.list_state, facts.column_name) == ("column", "listed", "旅游人才")
    items = facts.list_items
    assert len(items) == 10 and (items[0].url, items[0].date) == ("http://www.zgdaoyou.com/", "2016-11-09")
    assert max(i.date for i in items if i.date) == "2017-10-12"
    assert (items[6].title, items[6].date) == ("2017年全国中、高级导游等级考试大纲", "2017-06-27")  # failed before
    assert facts.page_count == 4
    assert later_pages("cnta-gov-cn_trs_zdzx-lyrc_list_offsite-first-row.html", CNTA + "lyrc/")[-1] == CNTA + "lyrc/index_3.shtml"
    _cnta_footer(facts)


def test_trs_list_of_a_channel_with_twelve_pages() -> None:
    facts = read("cnta-gov-cn_trs_zdzx-wmly_list_countpage-12.html", CNTA + "ws/")
    assert (facts.kind, facts.column_name, len(facts.list_items), facts.page_count) == ("column", "文明旅游", 8, 12)
    assert facts.list_items[0].title == "黄金周，将文明旅游进行到底".replace("，", ",")
    assert len(later_pages("cnta-gov-cn_trs_zdzx-wmly_list_countpage-12.html", CNTA + "ws/")) == 11


def test_channel_page_of_blocks_dated_month_dot_day() -> None:
    """Failed before: a column 重点工作 listing three undated rows of one block (供给侧改革, its `09.20` outside the
    link); the other five blocks' `10.11` sit inside their links in `<span class="time">`."""
    facts = read("cnta-gov-cn_trs_zdzx_channel_blocks-mmdd-dots_empty-more-links.html", CNTA)
    assert (facts.kind, facts.list_items, facts.column_name) == ("hub", [], "重点工作")
    assert trail(facts) == ["首页", "重点工作"]
    _cnta_footer(facts)


# 江西省旅游发展委员会 (江西旅游网, Column.shtml?p5=…) 旅游动态 › 地市动态 and 旅游快报: table rows, the date in a <font> cell;
# `共 1367页 20493 条记录` over a jump menu and 下一页/尾页 links calling gotoCurrentPage('2'), which loads
# `Column.shtml?p5=28&p7=2`.
JX = "http://www.jxta.gov.cn/Column.shtml?p5="


def test_column_shtml_list_paged_by_goto_current_page() -> None:
    """Failed before: no later page queued (gotoCurrentPage was no pager call)."""
    name = "jxta-gov-cn_column-shtml_dsdt_list_font-date-cells_jump-menu-1367-pages.html"
    facts = read(name, JX + "28")
    assert (facts.kind, facts.list_state, facts.column_name) == ("column", "listed", "地市动态")
    items = facts.list_items
    assert len(items) == 10 and (items[0].title, items[0].date) == ("铜鼓“四升级”舞活生态经济龙头", "2017-10-05")
    assert not any("p5=76" in i.url for i in items)  # the city links above the list are no rows
    assert (facts.declared_count, facts.page_count) == (20493, 1367)
    pages = later_pages(name, JX + "28")
    assert (pages[0], pages[-1], len(pages)) == (JX + "28&p7=2", JX + "28&p7=1367", 1366)
    # Written before running: 首页 > 旅游动态 > 地市动态. The trail (a <td class="dangqian"> with `>>`) is not read;
    # the column is named by <title> (left alone, SOURCES.md).
    assert trail(facts) == []
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.conac) == ("江西省旅游发展委员会", "赣ICP备09007107号", True)


def test_column_shtml_list_beside_a_search_box() -> None:
    name = "jxta-gov-cn_column-shtml_lykb_list_192-pages_search-box-side.html"
    facts = read(name, JX + "26")
    assert (facts.kind, facts.column_name, facts.declared_count, facts.page_count) == ("column", "旅游快报", 2880, 192)
    assert [i.date for i in facts.list_items][::9] == ["2017-10-06", "2017-10-02"]
    assert later_pages(name, JX + "26")[-1] == JX + "26&p7=192"


# 防城港市人民政府 (广西 集约化 TRS platform) 资讯中心 › 重大项目 article t18993630, from the public copy of the page:
# a header line `今天：2024年2月22日 星期四`, hidden NewsArticle* fields, the 关联文件 box its script fills
# (`<div id="relfile">…<ul class="about-list"></ul>`), a phone copy of the article under the desktop one.
FCG = "fcgs-gov-cn_gxzf-trs_zdxm_article_today-line_hidden-news-fields_mobile-copy.html"


def test_gxzf_platform_article_with_a_script_filled_related_box() -> None:
    """Failed before: related_slot "none" (no box), so a policy document of this platform whose interpretations
    its script lists would be judged as linking none (a fail, not "not observed")."""
    facts = read(FCG, "http://www.fcgs.gov.cn/zxzx/zdxm/t18993630.shtml")
    assert (facts.kind, facts.title) == ("document", "广西防城港白龙核电项目一期工程建设动员大会举行")
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2024-09-12", "visible", "2024-09-12")
    assert trail(facts) == ["首页", "资讯中心", "重大项目"] and facts.column_name == "重大项目"
    assert (facts.related_slot, facts.related_links, facts.metadata) == ("script_unobserved", [], {})
    assert "2024年2月22日" not in facts.body_text and "18993630" not in facts.body_text
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb, footer.site_id_code, footer.jiucuo_sitecode, footer.conac) == (
        "防城港市人民政府", "桂ICP备08000262号", "桂公网安备45060202000004号", "4506000001", "4506000001", True)
