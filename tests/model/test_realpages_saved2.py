"""Real government pages the extractor had never read, round 2, saved under tests/model/realpages/
(sources, dates and trims in its SOURCES.md, second table). Each test states what a careful evaluator
reads off the page, written before running the extractor; the ones marked "failed before" failed
on bbfc307."""

from __future__ import annotations

from pathlib import Path

from govaudit.htmlpage import decode_html
from govaudit.model.extract.page import PageFacts, extract_page

PAGES = Path(__file__).parent / "realpages"


def read(name: str, url: str, is_home: bool = False) -> PageFacts:
    text, _ = decode_html((PAGES / name).read_bytes())
    return extract_page(text, url, is_home=is_home)


# 靖安县人民政府 (江西) 政务要闻 list on 动易 PowerEasy SiteFactory (`/Category_133/Index.aspx`,
# `/Item/N.aspx`): 20 dated rows with `<li class="split">` spacers, an undated 热门排行 sidebar,
# a pager `共2397篇文章/共120页` beside a type-in jump; 主办/承办, ICP and 公安备案 in the footer text,
# no 网站标识码; the 找错 badge links site_code=3609250007 (its image carries another code).
JA_URL = "http://www.jxjaxzf.gov.cn/Category_133/Index.aspx"


def test_powereasy_list_rows_and_pager_total() -> None:
    """Failed before: no trail (its label 您当前位置 has no colon) and no record count (共2397篇文章
    counts 篇, not 条)."""
    facts = read("jxjaxzf_powereasy_zwyw_list.html", JA_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert (facts.column_name, [n for n, _ in facts.breadcrumb]) == (
        "政务要闻", ["靖安县人民政府网站", "走进靖安", "靖安新闻", "政务要闻"])
    items = facts.list_items
    assert len(items) == 20
    assert (items[0].title, items[0].date) == ("我县保障性住房公开摇号、405户中低收入家庭喜圆住房梦", "2017-10-20")
    assert (items[-1].title, items[-1].date) == ("全市安全生产工作电视电话会议召开", "2017-09-25")
    assert all(i.date for i in items)
    assert (facts.declared_count, facts.page_count) == (2397, 120)


def test_powereasy_footer() -> None:
    footer = read("jxjaxzf_powereasy_zwyw_list.html", JA_URL).footer
    assert footer.sponsor == "靖安县人民政府"
    assert (footer.icp, footer.psb) == ("赣ICP备14008674号", "赣公网安备36092502000005号")  # 号 added by the reader
    assert footer.site_id_code is None and footer.meta_site_id_code is None
    assert footer.jiucuo_sitecode == "3609250007"
    assert footer.conac


# 广西壮族自治区人民政府 (www.gxzf.gov.cn, TRS) 自治区重要信息 article: a kicker <h2> above the
# title <h1>, `来源：广西日报 2024-10-17 08:03`; a footer whose 网站标识码 label and value are split
# by a line break before the colon (`网站标识码\n ：4500000123`), 公安备案 without 号, 主办/承办.
GX_URL = "http://www.gxzf.gov.cn/zzqzyxx/t19107548.shtml"


def test_gxzf_article_title_date_column() -> None:
    facts = read("gxzf-gov-cn_trs_article_footer.html", GX_URL)
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "下六甲灌区工程重要节点全面开工", "2024-10-17", "visible")
    assert facts.column_name == "自治区重要信息"
    assert [n for n, _ in facts.breadcrumb] == ["首页", "自治区重要信息"]
    assert (facts.list_state, facts.related_links) == ("none", [])


def test_gxzf_footer() -> None:
    footer = read("gxzf-gov-cn_trs_article_footer.html", GX_URL).footer
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == ("4500000123",) * 3
    assert (footer.icp, footer.psb, footer.conac) == ("桂ICP备06001517号-1", "桂公网安备45010302001240号", True)
    assert footer.sponsor == "广西壮族自治区人民政府办公厅"


# 教育部 (www.moe.gov.cn, TRS) document in the 公开 catalogue: a table#moe-policy-table labelling
# the index 信息索引, the date 生成日期, the issuer 发文机构, the topic 信息类别; the body's own
# 主办单位/承办单位 lines (the event's, not the site's); 发布日期 after the body; a footer naming
# the ministry only as 版权所有, with 网站标识码, ICP, 公安备案, conac and 找错.
MOE_URL = "http://www.moe.gov.cn/srcsite/A12/moe_1407/s3008/202406/t20240613_1135415.html"


def test_moe_document_metadata_table() -> None:
    """Failed before: 信息索引 was no 索引号 label, so the document showed no 索引号."""
    facts = read("moe-gov-cn_policy_table_document.html", MOE_URL)
    assert (facts.kind, facts.pub_date, facts.pub_date_source) == ("document", "2024-06-13", "visible")
    assert facts.title == "教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知"
    assert facts.column_name == "高校校园文化建设"
    meta = facts.metadata
    assert (meta.get("索引号"), meta.get("发文字号"), meta.get("发文机关"), meta.get("成文日期")) == (
        "360A12-07-2024-0008-1", "教思政厅函〔2024〕10号", "教育部办公厅", "2024-06-04")


def test_moe_footer_names_the_ministry_only_as_copyright_holder() -> None:
    footer = read("moe-gov-cn_policy_table_document.html", MOE_URL).footer
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == ("bm05000001",) * 3
    assert (footer.icp, footer.psb, footer.conac) == ("京ICP备10028400号-1", "京公网安备11010202007625号", True)
    # Failed before (sponsor 教育部思想政治工作司): the body's 主办单位 line, the event's organiser, was
    # read as the site's. With no 主办 in the footer, the 版权所有 it names stands, as elsewhere.
    assert footer.sponsor == "中华人民共和国教育部"


# 中央网信办 (www.cac.gov.cn) article: a trail 首页>正文, the date in span#pubtime, a hidden
# `publishdate:2024/01/05` generator stamp; a footer that names the office and 「…© 版权所有」,
# 承办 but no 主办, no 网站标识码, and a 【纠错】 button opening the site's own form (no 找错 widget).
CAC_URL = "https://www.cac.gov.cn/2020-02/18/c_1583568745675810.htm"


def test_cac_article_dated_by_what_it_shows() -> None:
    facts = read("cac-gov-cn_article_footer_chengban.html", CAC_URL)
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "从信息社会迈向智能社会", "2020-02-18", "visible")
    assert [n for n, _ in facts.breadcrumb] == ["首页"]
    assert facts.column_name is None  # a trail of the home page alone names no column (it read 首页)


def test_cac_footer_without_zhuban_or_site_code() -> None:
    footer = read("cac-gov-cn_article_footer_chengban.html", CAC_URL).footer
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == (None, None, None)
    assert (footer.icp, footer.psb, footer.conac) == ("京ICP备14042428号", "京公网安备11040102700108号", True)
    assert footer.sponsor == "中华人民共和国国家互联网信息办公室"  # named only as 版权所有: see SOURCES.md


# 上海市卫生健康委员会 (wsjkw.sh.gov.cn) document in its 政府信息公开目录: the metadata as a table
# of one header row (索取号, 发布时间, 发布机构, 文件编号, 备注) over one row of values, 发布时间
# left empty; the date in a <small> inside the title <h2>; a trail of one link and four plain
# <li> steps; header and footer drawn by scripts (header.js, footer.js).
SH_URL = "http://wsjkw.sh.gov.cn/jcws2/20240511/b5c2db3d781e4c7fbcfb6bed2fe2d982.html"


def test_header_row_metadata_table() -> None:
    """Failed before: metadata {} (a head of labels over one row of values was skipped as a list's
    head), so the document showed no 索引号 or 发文字号."""
    facts = read("wsjkw-sh-gov-cn_xxgk_document_header-row-table.html", SH_URL)
    assert (facts.kind, facts.title, facts.pub_date) == ("document", "关于开展2024年“世界家庭医生日”主题宣传活动的通知", "2024-05-11")
    assert [n for n, _ in facts.breadcrumb] == ["首页", "政务公开", "政府信息公开目录", "业务类", "基层卫生"]
    meta = facts.metadata
    assert (meta.get("索引号"), meta.get("发文机关"), meta.get("发文字号")) == (
        "076478684Q/2024-00112", "上海市卫生健康委员会", "沪卫基层〔2024〕5号")
    footer = facts.footer  # drawn by footer.js: nothing in the served page but the meta tag
    assert (footer.site_id_code, footer.meta_site_id_code, footer.icp, footer.psb, footer.sponsor) == (
        None, "3100000010", None, None, None)


# 重庆市文化和旅游发展委员会 (whlyw.cq.gov.cn, TRS) article: a trail ending in <span class="dq">,
# 日期：2021-07-13, a body naming the event's 主办 and 承办; a footer with both 版权所有 and 主办,
# `政府网站标识码 5000000091` (no colon), `渝公网安备 50010502002224号` (a blank), and a commented-out
# block of older badges (another record code) that no visitor sees.
CQ_URL = "http://whlyw.cq.gov.cn/zwxx_221/bmdt/gzdt/202107/t20210713_9468077.html"


def test_chongqing_article_and_footer() -> None:
    facts = read("whlyw-cq-gov-cn_trs_article_footer.html", CQ_URL)
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "重庆文旅之窗成功首秀举办第五届意大利全球设计日", "2021-07-13", "visible")
    assert [n for n, _ in facts.breadcrumb] == ["首页", "部门动态", "工作动态"]
    footer = facts.footer
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == ("5000000091",) * 3
    assert (footer.icp, footer.psb, footer.conac) == ("渝ICP备19008933号", "渝公网安备50010502002224号", True)
    assert footer.sponsor == "重庆市文化和旅游发展委员会"


# 浙江省文化和旅游厅 (ct.zj.gov.cn, Hanweb) 公示 in 政策文件及解读 > 重要公告: a metadata table whose
# labels are spaced (索 引 号, 文　　号 with ideographic blanks), 文号 and 公开分类 left empty; the
# trail in table cells (`<TD> > <a>…</a></TD>`); a regeneration stamp meta Maketime 2024-02-01;
# header and footer drawn by scripts. The body (a 500 kB list of names) is cut to two rows.
ZJCT_URL = "http://ct.zj.gov.cn/art/2020/12/29/art_1229678763_4982889.html"


def test_hanweb_spaced_metadata_labels() -> None:
    facts = read("ct-zj-gov-cn_hanweb_spaced-labels_document.html", ZJCT_URL)
    assert (facts.kind, facts.pub_date, facts.pub_date_source) == ("document", "2020-12-29", "visible")
    assert facts.title.startswith("浙江省文化和旅游厅关于2020年度文物博物")
    assert [n for n, _ in facts.breadcrumb] == ["首页", "政务公开", "法定主动公开内容", "政策文件及解读", "重要公告"]
    meta = facts.metadata
    assert (meta.get("索引号"), meta.get("发文机关"), meta.get("成文日期"), meta.get("发文字号")) == (
        "002482330/2020-10091", "省文化和旅游厅", "2020-12-29", "")


# 四川省人民政府 (www.sc.gov.cn, 开普云 template meta) 市州动态 article: shown date 2020年09月15日
# 09时32分 without a label, meta PubDate and 页面生成时间 2022-10-14 (a regeneration); a 相关链接
# box of three related news items; a footer with 主办单位, `网站标识码5100000062`, `蜀ICP备 13001288号`
# (a blank inside), `川公网安备 51010402000507号`, the conac badge and the 找错 link.
SC_URL = "http://www.sc.gov.cn/10462/10464/10465/10595/2020/9/15/e651244f5f89400a95c651e2f53de7fe.shtml"


def test_sichuan_article_shown_date_related_links_footer() -> None:
    facts = read("sc-gov-cn_article_related-links_footer.html", SC_URL)
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == (
        "document", "绵阳开展“服务企业活动月”系列活动", "2020-09-15", "visible", "2022-10-14")
    assert facts.column_name == "市州动态"
    assert len(facts.related_links) == 3 and "9693e2d2723a4ee7a4e97d42f5ad390f" in facts.related_links[1]
    footer = facts.footer
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == ("5100000062",) * 3
    assert (footer.icp, footer.psb, footer.conac) == ("蜀ICP备13001288号", "川公网安备51010402000507号", True)
    assert footer.sponsor == "四川省人民政府办公厅"


# 乌鲁木齐市人民政府 (www.wlmq.gov.cn, 大汉 JCMS `info/iList.jsp?cat_id=`) 通知公告 article of a city
# bureau: meta ColumnName 要闻 though the trail ends 通知公告 > 正文; an unlabelled date before 来源;
# a footer naming 开办 (the government), 主办 (its office) and 承办, an ICP record, and no 网站标识码,
# 公安备案 or badges in the saved copy.
WLMQ_URL = "http://www.wlmq.gov.cn/fjbm/llj/tzgg/562718.htm"


def test_urumqi_article_and_kaiban_footer() -> None:
    """Failed before: the date shown after the title read as meta PubDate's (the title's （专业）
    is normalised to (专业), the page text was searched as served)."""
    facts = read("wlmq-gov-cn_jcms_article_kaiban-zhuban.html", WLMQ_URL)
    assert (facts.kind, facts.pub_date, facts.pub_date_source) == ("document", "2024-03-03", "visible")
    assert facts.title.startswith("关于举办2024年度自治区艺术、图书资料")
    assert [n for n, _ in facts.breadcrumb] == ["首页", "市局部门", "乌鲁木齐市文化和旅游局", "通知公告"]
    footer = facts.footer
    assert footer.sponsor == "乌鲁木齐市人民政府办公室"  # 主办, not the 开办 above it
    assert (footer.icp, footer.psb, footer.site_id_code, footer.meta_site_id_code, footer.conac) == (
        "新ICP备05001907号", None, None, "6501000002", False)


# 西安市人民政府 (www.xa.gov.cn, 陕西) 区县热点 article: a trail of spans joined by `/` ending in 正文; a
# body opening `由区委网信委、空军西安飞行学院主办，…联合承办的…`; a footer whose sponsor stands before
# the word (`西安市人民政府办公厅主办`), 网站标识码, ICP, `陕公网安备 …号`, 找错 and conac links.
XA_URL = "http://www.xa.gov.cn/xw/zwzx/qxrd/1833316118612205569.html"


def test_xian_article_and_footer_sponsor_before_zhuban() -> None:
    facts = read("xa-gov-cn_article_footer_zhuban-before.html", XA_URL)
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "2024年鄠邑区第十一届国家网络安全宣传周启动", "2024-09-10", "visible")
    assert [n for n, _ in facts.breadcrumb] == ["首页", "新闻", "政务资讯", "区县热点"]
    footer = facts.footer
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == ("6101000007",) * 3
    assert (footer.icp, footer.psb, footer.conac) == ("陕ICP备2024054100号", "陕公网安备61011202000087号", True)
    assert footer.sponsor == "西安市人民政府办公厅"


# 河北省文化和旅游厅 (whly.hebei.gov.cn, 融媒体分发系统 ZCMS) article without any of the 2017 指引 meta
# tags: a trail 您所在的位置：…>>…, `2022-05-07 00:00　来源：…` under the <h1>; a footer with
# `Copyright©1997-2022 河北省文化和旅游厅` (no 主办, no 版权所有), ICP, `冀公网安备 …号`,
# `网站标识码:1300000032`, the conac badge drawn by document.write and a 找错 link to the platform's IP.
HB_URL = "https://whly.hebei.gov.cn/zdzt/zwzt/jgdjzl/dflzjs/568454.shtml"  # illustrative: the copy names none


def test_hebei_article_without_metas_and_copyright_only_footer() -> None:
    facts = read("whly-hebei-gov-cn_zcms_article_no-metas.html", HB_URL)
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "青春心向党 启航新征程——河北青年优秀美术作品展启幕", "2022-05-07", "visible")
    assert facts.column_name == "基层党建动态"
    footer = facts.footer
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == ("1300000032", None, "1300000032")
    assert (footer.icp, footer.psb, footer.conac) == ("冀ICP备11012692号-54", "冀公网安备13010802000861号", True)
    assert footer.sponsor is None  # named only as the Copyright holder: see SOURCES.md


# 安溪县人民政府 (www.fjax.gov.cn, 福建, TRS 2023 template) 重点领域信息公开 > 旅游 > 公共服务 article:
# `时间：2023-03-28 13:15`, a <ul> trail of CurrChnlCls links; a footer with 网站标识码, `闽公网安备 …号`,
# ICP, `版权所有：©泉州市安溪县人民政府`, badges drawn by scripts, and 主办 in the block after it.
AX_URL = "http://www.fjax.gov.cn/zwgk/zdgkxx/ly/ggfw/202303/t20230328_2972863.htm"  # illustrative path


def test_anxi_article_footer_with_zhuban_after_copyright() -> None:
    facts = read("fjax-gov-cn_trs_article_footer.html", AX_URL)
    assert (facts.kind, facts.title, facts.pub_date) == ("document", "“海丝茶源·飘香安溪” 入选“驾游中国”精品路线", "2023-03-28")
    assert [n for n, _ in facts.breadcrumb] == ["首页", "政务公开", "重点领域信息公开", "旅游", "公共服务"]
    footer = facts.footer
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == ("3505240010",) * 3
    assert (footer.icp, footer.psb, footer.conac) == ("闽ICP备12014841号", "闽公网安备35052402000177号", True)
    assert footer.sponsor == "安溪县人民政府办公室"


# 辽阳市人民政府 (www.liaoyang.gov.cn, 辽宁, 国泰新点 Epoint webbuilder) 本市要闻 article: header and
# footer are empty <div id="header"></div> / <div id="footer"></div> that scripts fill; the date row
# says `时间发布：2023-06-12 09:51`; the body names a sports event's organisers (`由辽宁省体育局主办，
# 辽阳市人民政府承办`); an empty 相关文章 box a script hides.
LY_URL = "http://www.liaoyang.gov.cn/zwzx/002002/002002001/20230612/19499ab2-9a06-40ab-8259-2d25015d1b6a.html"  # illustrative


def test_liaoyang_epoint_article_with_script_drawn_footer() -> None:
    """Failed before: sponsor 辽宁省体育局 (the body's event organiser, read as the site's)."""
    facts = read("liaoyang-gov-cn_epoint_article_script-footer.html", LY_URL)
    assert (facts.kind, facts.title) == ("document", "辽宁省第十四届运动会青少年组现代五项比赛在弓长岭区开幕")
    assert (facts.pub_date, facts.pub_date_source) == ("2023-06-12", "visible")
    assert (facts.column_name, [n for n, _ in facts.breadcrumb]) == (
        "本市要闻", ["首页", "政务动态", "要闻动态", "本市要闻"])
    footer = facts.footer
    assert footer.meta_site_id_code == "2110000015"
    # Nothing of the footer is in the page; the body's event organiser is no site sponsor.
    assert (footer.site_id_code, footer.icp, footer.psb, footer.sponsor) == (None, None, None, None)


# 广东省人民政府 (www.gd.gov.cn, 南方 NFCMS) 学习贯彻党的二十大精神 > 要闻报道 article post_4100825: a
# trail in `<div class="pos" aria-label="您已进入页面访问路径导航区">` (no 当前位置 label), the title in
# an <h3>, `时间  :  2023-02-25 08:51:32`; header and footer are JavaScript strings (pcHeaderStr,
# pcFooterStr) that a script writes into empty anchors, the 找错 image in that string calling
# Link('4400000131'), the widget script and conac badge script written in the page.
GD_URL = "http://www.gd.gov.cn/gdywdt/zwzt/xxgcesd/ywbd/content/post_4100825.html"


def test_gd_article_trail_named_by_aria_label() -> None:
    """Failed before: no trail (the class `pos` and the aria-label 页面访问路径导航区 were not known)."""
    facts = read("gd-gov-cn_nfcms_article_footer-in-script-string.html", GD_URL)
    assert (facts.kind, facts.title, facts.pub_date, facts.pub_date_source) == (
        "document", "黄坤明会见香港传媒高层人士大湾区参访团", "2023-02-25", "visible")
    assert facts.column_name == "要闻报道"
    assert [n for n, _ in facts.breadcrumb] == ["首页", "要闻动态", "政务专题", "学习贯彻党的二十大精神", "要闻报道"]


def test_gd_footer_written_by_script_is_not_read() -> None:
    """The footer text lives in a script string: what a reader of the served page sees is the
    widget script's code and the conac script only (a question for the lead: SOURCES.md)."""
    footer = read("gd-gov-cn_nfcms_article_footer-in-script-string.html", GD_URL).footer
    assert (footer.meta_site_id_code, footer.jiucuo_sitecode, footer.conac) == ("4400000131", "4400000131", True)
    assert (footer.site_id_code, footer.icp, footer.psb, footer.sponsor) == (None, None, None, None)


# 青岛市人民政府 (www.qingdao.gov.cn, TRS) 部门信息公开目录 > 青岛市司法局 > 重点领域 > 法治政府建设 article:
# `当前位置 :` then CurrChnlCls links joined by bare `>`, `发布日期 : 2022-12-06` (the address says
# t20221212), the body a nested <html><body>; a PC and a mobile footer, each with `鲁ICP备 05038584号`,
# `政府网站标识码 3702000025`, 鲁公网安备, `中共青岛市委、青岛市人民政府主办` and the 找错 picture
# calling Link('3702000025').
QD_URL = "http://www.qingdao.gov.cn/zwgk/xxgk/sfj/flxx/zfjs/202212/t20221212_6566667.shtml"


def test_qingdao_article_title_date_trail() -> None:
    facts = read("qingdao-gov-cn_trs_article_joint-sponsor.html", QD_URL)
    assert (facts.kind, facts.title) == ("document", "胶州市司法局胶莱司法所组织开展法治文化剪纸活动")
    assert (facts.pub_date, facts.pub_date_source, facts.url_date) == ("2022-12-06", "visible", "2022-12-12")
    assert facts.column_name == "法治政府建设"
    assert [n for n, _ in facts.breadcrumb] == ["首页", "政府信息公开", "部门信息公开目录", "青岛市司法局", "重点领域", "法治政府建设"]


def test_qingdao_footer_joint_sponsors_and_badge() -> None:
    """Failed before: sponsor 青岛市人民政府 only (the 、 of the joint sponsors cut the name) and no
    找错 code (a local copy of the badge image, its code in onclick="Link('…')" only)."""
    footer = read("qingdao-gov-cn_trs_article_joint-sponsor.html", QD_URL).footer
    assert footer.sponsor == "中共青岛市委、青岛市人民政府"
    assert (footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode) == ("3702000025",) * 3
    assert (footer.icp, footer.psb, footer.conac) == ("鲁ICP备05038584号", "鲁公网安备37020202000341号", True)


# 上海市人民政府 (www.shanghai.gov.cn) 上海要闻 article: the title <h2> also holds the date
# (`<small id="ivs_date">2023-08-19 <span>来源：解放日报</span></small>`) and the 字号 controls; the
# PubDate meta writes its time with a ratio sign (`2023-08-19 10∶08`); header and footer are drawn by
# header.js/footer.js; the 纠错 links sit in an HTML comment.
SHG_URL = "https://www.shanghai.gov.cn/nw4411/20230819/0a1b2c3d4e5f.html"  # illustrative: the copy names none


def test_shanghai_article_date_inside_the_title_heading() -> None:
    facts = read("shanghai-gov-cn_article_date-inside-title-heading.html", SHG_URL)
    assert (facts.kind, facts.title) == ("document", "共论出版传媒业高质量发展 第十届上海民进出版传媒论坛在沪召开")
    assert (facts.pub_date, facts.pub_date_source, facts.meta_pub_date) == ("2023-08-19", "visible", "2023-08-19")
    assert (facts.column_name, [n for n, _ in facts.breadcrumb]) == ("上海要闻", ["首页", "要闻动态", "上海要闻"])
    footer = facts.footer
    assert footer.meta_site_id_code == "3100000044"
    assert (footer.site_id_code, footer.jiucuo_sitecode, footer.icp, footer.sponsor) == (None, None, None, None)
