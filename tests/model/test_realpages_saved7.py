"""Real government pages the extractor had never read, round 7, saved under tests/model/realpages/ (sources and
trims in its SOURCES.md, seventh table). Each test states what a careful evaluator reads off the page, written
before running the extractor; where my expectation was wrong, the test says so."""

from __future__ import annotations

from tests.model.realpage_reading import later_pages, read, trail


# 国家统计局 (TRS) 统计数据 › 最新发布 as a developer's script keeps it (the list's <ul> as Chrome serialised it, nothing
# else of the page): rows `<a><span class="cont_tit"><img><font class="cont_tit03">title</font><font
# class="cont_tit02">2020-01-09</font></span></a>`, separator rows `<li class="cont_line">&nbsp;</li>`, some rows
# linking the 数据解读 column (`/tjsj/sjjd/…`), and TRS's pagenav pager `共25页 … 下一页 下5页 尾页`.
STATS = "stats-gov-cn_trs_zxfb_list-fragment_font-title-date-in-link_pagenav-25.html"
STATS_URL = "http://www.stats.gov.cn/tjsj/zxfb/"


def test_trs_list_fragment_with_title_and_date_fonts_inside_each_link() -> None:
    facts = read(STATS, STATS_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    items = facts.list_items
    assert len(items) == 13 and all(i.date for i in items)
    # Written before running: 解读：… with the full-width colon; titles are NFKC-folded by design (my slip).
    assert (items[0].title, items[0].date, items[0].url) == (
        "解读:2019年12月份CPI涨幅稳定 PPI降幅收窄", "2020-01-09",
        "http://www.stats.gov.cn/tjsj/sjjd/202001/t20200109_1721987.html")
    assert (items[1].title, items[1].url) == (
        "2019年12月份居民消费价格同比上涨4.5%", "http://www.stats.gov.cn/tjsj/zxfb/202001/t20200109_1721984.html")
    assert (items[-1].title, items[-1].date) == (
        "中小微企业成为推动经济发展的重要力量——第四次全国经济普查系列报告之十二", "2019-12-18")
    assert facts.page_count == 25
    pages = later_pages(STATS, STATS_URL)
    assert STATS_URL + "index_1.html" in pages and STATS_URL + "index_24.html" in pages
    assert STATS_URL + "index_25.html" not in pages


# 常州国家高新区管委会（新北区人民政府） (江苏, PHPCMS: index.php?m=content, /class/XXXX column addresses) 新服务 › 快速通道 ›
# 学生 article 241753 (2016-07-20): a table-layout article (title cell `NewsTitle`, a `发布日期：…来源：…浏览次数` line),
# the footer's 主办 paragraph in the page, and its 公安备案/标识码/ICP/纠错 table written after `</html>`.
CZND = "cznd-gov-cn_phpcms_article_table-layout_footer-after-html-end.html"
CZND_URL = "http://www.cznd.gov.cn/html/cznd/2016/CPJCILBI_0720/241753.html"  # the page's own Url meta


def test_phpcms_table_article_whose_footer_follows_the_html_end() -> None:
    facts = read(CZND, CZND_URL)
    assert (facts.kind, facts.title) == ("document", "百丈社区开展学生暑期教育活动")
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2016-07-20", "visible", "2016-07-20")
    assert trail(facts) == ["首页", "新服务", "快速通道", "学生"] and facts.column_name == "学生"
    assert facts.metadata == {} and facts.related_links == []
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb, footer.site_id_code, footer.conac) == (
        "常州国家高新技术产业开发区（新北区）党政办公室", "苏ICP备06004659号", "苏公网安备32041102001034号",
        "3204110029", True)
    # Written before running: "3204110029". The 纠错 button opens the city's own relay
    # (changzhou.gov.cn/api/jiucuo.php?site_code=3204110029), not the national 找错 address (/exposure/jiucuo.html):
    # whether it counts is a rule choice, left to the lead (SOURCES.md, round 7 question).
    assert footer.jiucuo_sitecode is None


def test_phpcms_article_body_inside_a_menu_named_wrapper() -> None:
    """Failed before: the article sits in `<div class="menu_con">` (a chrome word), so its body and every
    link in it read as navigation; body_text was the top bar's links."""
    facts = read(CZND, CZND_URL)
    assert "百丈社区举办了一期关于学生暑期教育活动" in facts.body_text
    assert "五新" not in facts.body_text and "主办单位" not in facts.body_text


# 北京市重大项目建设指挥部办公室 (首都之窗 TRS platform) 新闻中心 › 热点关注 article: <title> the site's name only, the
# shown date `时间：2023年11月14日`, PubDate meta and 页面生成时间 2024-02-29 (a regeneration), `主办：`/`承办：` spans.
ZDB = "zdb-beijing-gov-cn_trs_rdgz_article_shown-2023_pubdate-meta-2024_site-title.html"
ZDB_URL = "https://zdb.beijing.gov.cn/bjzdxmb/rdgz/202311/t20231114_0000000.shtml"  # illustrative


def test_beijing_article_whose_pubdate_meta_is_a_regeneration_date() -> None:
    facts = read(ZDB, ZDB_URL)
    assert (facts.kind, facts.title) == ("document", "市直机关工会举办职工优秀书法作品鉴赏讲座活动")
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2023-11-14", "visible", "2024-02-29")
    assert trail(facts) == ["首页", "新闻中心", "热点关注"] and facts.column_name == "热点关注"
    assert facts.metadata == {} and facts.related_links == []
    assert "田伯平" in facts.body_text and "客服邮箱" not in facts.body_text
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb, footer.site_id_code, footer.jiucuo_sitecode, footer.conac) == (
        # Written before running: "京公网安备 11010202008100号" as shown; the number is read without the space, by
        # design (my slip).
        "北京市重大项目建设指挥部办公室", "京ICP备10032462号", "京公网安备11010202008100号", "1100000224",
        "1100000224", True)


# 济南市文化和旅游局 (Hanweb 大汉版通) 信息发布 › 文旅快讯 article art_42918_3436693: the trail in nested tables inside
# `<div class="position" ergodic="navigation">`, the body in `<div class="con" ergodic="article" class="content">`
# (the class attribute twice), `发布日期：\n 2019-07-10 10:43`, a Maketime meta of the page's regeneration
# (2023-08-29), 上一篇/下一篇 and the footer's identifiers drawn by scripts, only `版权所有：济南市文化和旅游局` in the page.
JNWL = "jnwl-jinan-gov-cn_hanweb_article_nested-table-trail_script-footer_maketime-meta.html"
JNWL_URL = "http://jnwl.jinan.gov.cn/art/2019/7/10/art_42918_3436693.html"  # the page's url meta


def test_hanweb_article_whose_footer_identifiers_a_script_draws() -> None:
    facts = read(JNWL, JNWL_URL)
    assert (facts.kind, facts.title) == ("document", "市文化和旅游局到南部山区开展“一对一”帮包服务民营企业活动")
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2019-07-10", "visible", "2019-07-10")
    assert trail(facts) == ["首页", "信息发布", "文旅快讯"] and facts.column_name == "文旅快讯"
    assert facts.metadata == {} and facts.related_links == []
    assert "南部山区所属21家民营企业" in facts.body_text and "版权所有" not in facts.body_text
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb, footer.site_id_code, footer.meta_site_id_code,
            footer.jiucuo_sitecode, footer.conac) == ("济南市文化和旅游局", None, None, None, "3701000105", None, False)


# 首都之窗 (北京市人民政府门户网站, TRS) 城市活动 page of an exhibition: no publication date shown (PubDate meta
# 2024-03-01 16:39), an event box `开始时间：2024-05-08` / `结束时间：2024-05-10`, the footer drawn by a script.
CSHD = "beijing-gov-cn_trs_cshd_event-page_start-end-time-fields_no-shown-pubdate.html"
CSHD_URL = "https://www.beijing.gov.cn/renwen/cshd/202403/t20240301_0000000.html"  # illustrative


def test_event_page_whose_start_time_is_no_publication_date() -> None:
    facts = read(CSHD, CSHD_URL)
    assert (facts.kind, facts.title) == ("document", "第八届VBEF未来医疗生态展会")
    # The event starts 2024-05-08, two months after it was published: a 开始时间 is no publication date.
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2024-03-01", "meta", "2024-03-01")
    assert facts.column_name == "城市活动" and trail(facts) == []
    assert "本展会聚焦产业链合作价值" in facts.body_text
    footer = facts.footer
    assert (footer.sponsor, footer.icp, footer.psb, footer.site_id_code, footer.meta_site_id_code, footer.conac) == (
        None, None, None, None, "1100000088", False)
