"""Real government pages the extractor had never read, round 9 (list pages above all), saved under
tests/model/realpages/ (sources and trims in its SOURCES.md, ninth table). Each test states what a careful
evaluator reads off the page, written before running the extractor; those marked "failed before" failed on
9ef197c (the pattern tests are in test_realpage_patterns9.py).

Eleven of the thirteen are list fragments a cost-information ingest project keeps as test fixtures of 住建局/造价站
column pages (its authors cut them to the list; SOURCES.md says which rows were left out as not the site's)."""

from __future__ import annotations

from tests.model.realpage_reading import later_pages, read, trail

# 兰州市住房和城乡建设局 (甘肃, Hanweb, col13792): the list as the server writes it — a `<script type="text/xml">`
# island of nine `<record><![CDATA[<li><a title>…</a><span>date</span></li>]]></record>`, no `<datastore>` around
# them, nothing else of the page (the fixture keeps only the island).
LANZHOU = "zjj-lanzhou-gov-cn_hanweb_col13792_xml-island-only_nine-records.html"
LANZHOU_URL = "https://zjj.lanzhou.gov.cn/col/col13792/index.html"


def test_hanweb_island_of_records_without_a_datastore() -> None:
    facts = read(LANZHOU, LANZHOU_URL)
    assert (facts.kind, facts.list_state, facts.fragment) == ("column", "listed", True)
    items = facts.list_items
    assert len(items) == 9 and all(i.date for i in items)
    assert (items[0].title, items[0].date, items[0].url) == (
        "2026 年第 1 期兰州建设工程造价信息", "2026-04-09", "https://zjj.lanzhou.gov.cn/art/2026/4/9/art_13792_1693681.html")
    assert (items[-1].title, items[-1].date) == ("关于印发《2020年七至八月实物法调整的综合材料预算指导价格》的通知", "2020-10-20")
    assert later_pages(LANZHOU, LANZHOU_URL) == []


# 张掖市住房和城乡建设局 (甘肃, TRS) 通知公告: rows `<li><a>title</TRS_DOCUMENT><span>date</span></a></li>` — the
# template's stray `</TRS_DOCUMENT>` end tag left in each link, the date inside the link after the title.
ZHANGYE = "zhangye-gov-cn_trs_jsj-tzgg_list-fragment_stray-trs-document-tags_span-date-in-link.html"
ZHANGYE_URL = "https://www.zhangye.gov.cn/jsj/dzdt/tzgg/"


def test_trs_rows_with_stray_end_tags_and_the_date_inside_the_link() -> None:
    facts = read(ZHANGYE, ZHANGYE_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    items = facts.list_items
    assert [(i.title, i.date) for i in items] == [
        ("张掖市住房和城乡建设局 关于开展安全生产检查的通知", "2026-06-05"),
        ("张掖市住房和城乡建设局 关于发布《张掖市2026年3-4月建设工程材料信息价及人工信息价》的通知", "2026-04-28"),
        # Failed before (9ef197c): `…名单(第五批` — the title's own closing bracket went with the date after it.
        ("2026年市本级公共租赁住房申请家庭公示名单(第五批)", "2026-04-28"),
    ]
    assert items[0].url == ZHANGYE_URL + "202606/t20260605_1554321.html"


# 安顺市住房和城乡建设局 (贵州, TRS) 信息公开目录 › 城乡建设 › 建筑管理: `<div class="zfxxgk_zdgkc"><ul><li><a title>…</a>
# <b>2026-06-12</b></li>` and `createPageHTML(28, 0, "index", "html")`.
ANSHUN = "zfcx-anshun-gov-cn_trs_xxgkml-jzgl_list-fragment_b-dates_createpagehtml-28.html"
ANSHUN_URL = "http://zfcx.anshun.gov.cn/zwgk/zfxxgk/xxgkml/cxjs/jzgl_84084/"


def test_xxgk_list_dated_in_bold_cells_with_a_drawn_pager_of_28() -> None:
    facts = read(ANSHUN, ANSHUN_URL)
    assert (facts.kind, facts.list_state, facts.page_count) == ("column", "listed", 28)
    items = facts.list_items
    assert len(items) == 5 and [i.date for i in items] == ["2026-06-12", "2026-06-02", "2026-05-12", "2026-04-21", "2026-03-30"]
    assert items[1].title == "安顺市住房和城乡建设局行政处罚台账(2026年第一批)"
    pages = later_pages(ANSHUN, ANSHUN_URL)
    assert pages == [f"{ANSHUN_URL}index_{n}.html" for n in range(1, 28)]


# 安阳市殷都区 (河南) 政府信息公开 › 法定主动公开内容: a side `ul.submenu` of three columns beside the list
# `div.zfxxgk_zdgkc > ul > li > a + span(date)`.
YINDU = "yindu-anyang_zfxxgk_list-fragment_side-submenu_three-rows.html"
YINDU_URL = "http://www.ayyd.gov.cn/zfxxgk/fdzdgknr/tzgg/"  # illustrative (the fixture names no address)


def test_list_beside_a_side_menu_of_columns() -> None:
    facts = read(YINDU, YINDU_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [(i.title, i.date) for i in facts.list_items] == [
        ("2026年安阳市殷都区委组织部所属事业单位公开选调工作人员公告", "2026-07-23"),
        ("2026年事业单位公开招聘面试资格确认递补公告", "2026-07-17"),
        ("2026年事业单位公开招聘面试资格确认公告", "2026-07-01"),
    ]


# 郑州市郑东新区 (河南, `/D49Y/10166257.jhtml`) 信息公开 list: no row element — each row is a link
# `a.list_item_pubinfo_a`, then its index card `ul.pubinfo-card` (索引号, 机构, 分类, date) and the card's phone copy
# `ul.pubinfo-card-list-m` (date, 索引号), all children of one `ul.page-list`.
ZHENGDONG = "zhengdong_xxgk_list-fragment_anchor-rows_sibling-index-cards.html"
ZHENGDONG_URL = "https://www.zhengdong.gov.cn/D49Y/index.jhtml"  # illustrative


def test_rows_of_a_link_and_the_cards_after_it() -> None:
    facts = read(ZHENGDONG, ZHENGDONG_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    # Failed before (9ef197c): one row, "…拟加分人员公示" dated 2025-11-02 — the whole list read as one row dated
    # by its last card: the newest notice (2026-07-21) made eight months old, a stale-column risk.
    assert [(i.title, i.date) for i in facts.list_items] == [
        ("2026年郑东新区事业单位公开招聘笔试拟加分人员公示", "2026-07-21"),
        ("2026年郑东新区事业单位公开招聘笔试加分资格审核通知", "2026-07-02"),
        ("2025年郑东新区事业单位公开招聘考试总成绩及体检公告", "2025-11-02"),
    ]
    assert facts.list_items[2].url == "https://www.zhengdong.gov.cn/D1703X/9699707.jhtml"


# 南京市建设工程造价管理站 (www.njszj.cn, ASP.NET) 材料市场信息价格: a GridView table of `<a id="detail">` rows with
# `[2026-05-29]` cells and a `__doPostBack(…,'Page$2')` pager cell, inside the page's aspnetForm.
NANJING = "njszj-cn_aspx_stdcategory_gridview-list-fragment_postback-pager.html"
NANJING_URL = "https://www.njszj.cn/ZJWEB/StdCategory.aspx?CategoryID=f55f3e95-167d-4993-b811-3d5327f9ee78"


def test_aspx_gridview_rows_and_a_postback_pager() -> None:
    facts = read(NANJING, NANJING_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    items = facts.list_items
    assert [i.date for i in items] == ["2026-05-29", "2026-04-30", "2026-03-31", "2026-02-28", "2026-01-30"]
    assert items[0].title == "南京市二〇二六年五月建设工程材料市场信息价格"
    assert not any(i.title == "2" for i in items)
    # Written before running: no page total. The postback pager's `Page$2` link shows a page 2 (page_count 2, a
    # lower bound: the fixture keeps one number of the pager); no GET address to queue (my slip on the count).
    assert facts.page_count == 2 and later_pages(NANJING, NANJING_URL) == []


# 庆阳市住房和城乡建设局 (甘肃) 政策文件: `<a title="标题：…\n点击数：1378\n发表时间：2026-04-30">title</a>
# <span class="dateRight"><label>发布时间：</label>2026-04-30 16:12:11</span>`.
QINGYANG = "zhujianju-zgqingyang-gov-cn_zwgk-zcwj_list-fragment_multiline-title-attr_label-datetime.html"
QINGYANG_URL = "https://zhujianju.zgqingyang.gov.cn/zwgk/bmwj/zcwj"


def test_rows_with_a_tooltip_of_fields_and_a_labelled_datetime() -> None:
    facts = read(QINGYANG, QINGYANG_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [(i.title, i.date) for i in facts.list_items] == [
        ("关于公布庆阳市2026年第二期建设工程材料信息价和机械租赁信息价的通知", "2026-04-30"),
        ("关于公布庆阳市2026年第一期建设工程人工市场信息价的通知", "2026-04-30"),
        ("关于公布庆阳市2026年第一期建设工程材料信息价和机械租赁信息价的通知", "2026-03-11"),
    ]


# 黔西南州住房和城乡建设局 (贵州, TRS) 部门信息公开目录 › 造价信息: `<li><span>[2026年06月15日]</span><a title>…</a></li>`,
# the date first, written 年月日 in brackets; titles carrying their own 2026年.
QXN = "qxn-gov-cn_trs_bmxxgkml-zjxx_list-fragment_bracketed-cn-dates-first.html"
QXN_URL = "https://www.qxn.gov.cn/zwgk/zfjg/zzfcxjsj_5135158/bmxxgkml_5136493/zjxx_5135167/"


def test_rows_dated_first_in_bracketed_chinese_dates() -> None:
    facts = read(QXN, QXN_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    items = facts.list_items
    assert [i.date for i in items] == ["2026-06-15", "2026-05-14", "2026-04-15", "2026-03-16", "2026-02-13", "2026-01-14"]
    assert (items[0].title, items[-1].title) == ("黔西南州建设工程造价信息2026年第5期", "黔西南州建设工程造价信息2025年第12期")


# 湖北省公共资源交易中心（湖北省政府采购中心） (TRS) 交易信息 › 政府采购: the detail template (`fdzdgk-xl`) with an
# empty `div.article-box` and `div.apendix` that query-view.js fills, 打印/关闭 buttons; a footer of 版权所有,
# 鄂公网安备, `网站标识码：4200000101鄂ICP备…` glued, conac, a 找错 link of another code (4200000069), SiteIDCode
# meta 4200000016 — three codes.
HUBEI = "jycg-hubei-gov-cn_trs_jyxx-zfcg_viewer-page_script-filled-article-box.html"
HUBEI_URL = "http://jycg.hubei.gov.cn/jyxx/zfcg/"  # the trail's ./ is 政府采购: the page sits in that folder


def test_viewer_page_whose_box_a_script_fills_is_no_empty_column() -> None:
    facts = read(HUBEI, HUBEI_URL)
    # Nothing is observed in the box: no empty column (a false 空栏目), no list.
    assert facts.kind != "column" and facts.list_items == []
    assert (facts.column_name, facts.column_name_source) == ("政府采购", "meta")
    assert trail(facts) == ["首页", "交易信息", "政府采购"]
    footer = facts.footer
    assert (footer.icp, footer.psb, footer.site_id_code, footer.meta_site_id_code, footer.jiucuo_sitecode, footer.conac) == (
        "鄂ICP备05011090号-1", "鄂公网安备42010602000665号", "4200000101", "4200000016", "4200000069", True)
    # Written before running: no sponsor (版权所有 only). The reader takes 版权所有 as the sponsor, as before (left alone).
    assert footer.sponsor == "湖北省公共资源交易中心（湖北省政府采购中心）"


# 湖北省公共资源交易电子服务系统 (国泰新点 Epoint WebBuilder, `ewb-` classes) 交易信息 › 招标公告 › 铁路工程: a 资格预审公告
# whose <title> and <h3> carry a coloured status `<font color='#2ac36e'>[文件获取中]</font>`; `发布时间：2020-07-16 18:25`;
# the notice's own HTML document (doctype, head, title 资格预审公告, body) nested in `div#infoContentM`; the template's
# metas left at their labels (SiteName 网站名称, SiteIDCode 政府网站标识码); header and footer drawn by script.
TENDER = "hbggzyfwpt-cn_epoint_shengbenji-jyxx_tender-notice_nested-html-body_placeholder-metas_script-footer.html"
TENDER_URL = ("http://www.hbggzyfwpt.cn/shengbenji/jyxx/004002/004002004/20200716/"
              "63f44e47-030e-4892-99f9-d0a65c278332.html")  # illustrative


def test_tender_notice_with_markup_in_its_title_and_placeholder_metas() -> None:
    facts = read(TENDER, TENDER_URL)
    assert facts.kind == "document"
    # Failed before (9ef197c): the title kept the literal `<font color='#2ac36e'>…</font>` of the <title>. Written
    # before running: without [文件获取中]; the page's own heading shows the status after the title too (a question
    # in SOURCES.md, left as the heading has it).
    assert facts.title == ("【湖北省中心】(武西高铁云梦东站联络线)孝感市孝云大道长兴三路延伸工程与京广铁路交叉工程XYSG标段"
                           "施工总价承包招标资格预审公告(代招标公告)[文件获取中]")
    assert (facts.pub_date, facts.pub_date_source) == ("2020-07-16", "visible")
    assert trail(facts) == ["首页", "交易信息", "招标公告", "铁路工程"] and facts.column_name == "铁路工程"
    assert facts.metadata == {}
    assert "招标编号：HBSJ-202007TL-027001001" in facts.body_text
    footer = facts.footer
    # Failed before (9ef197c): meta_site_id_code "政府网站标识码" — the template's label read as the site's code
    # (a false 标识码-mismatch finding against any footer code).
    assert (footer.meta_site_id_code, footer.site_id_code, footer.icp, footer.sponsor) == (None, None, None, None)


# 宁德市住房和城乡建设局 (福建, TRS) 宁德市工程造价信息: `<li><span class="bf-pass">date</span><i></i><a title>…</a></li>`,
# the date first; two rows link their PDF directly (the issue is the file), one a 通知 in the 信息公开 folder.
NINGDE = "zjj-ningde-gov-cn_trs_ndsgczjxx_list-fragment_date-first_pdf-rows.html"
NINGDE_URL = "https://zjj.ningde.gov.cn/zwgk/ndsgczjxx/"


def test_rows_whose_items_are_pdf_files() -> None:
    facts = read(NINGDE, NINGDE_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [(i.title, i.date, i.url) for i in facts.list_items] == [
        ("《宁德工程造价信息》2026年第6期", "2026-06-29", NINGDE_URL + "202606/P020260629320555499814.pdf"),
        ("《宁德工程造价信息》2026年第5期", "2026-05-28", NINGDE_URL + "202605/P020260528323208740463.pdf"),
        ("宁德市住房和城乡建设局关于发布2026年春节期间建设工程人工费动态指数的通知", "2026-02-09",
         "https://zjj.ningde.gov.cn/xxgkzl/zc/qtzdgkwj/202602/t20260209_2441152.htm"),
    ]


# 漳州市住房和城乡建设局 (福建, `/cms/html/<site>/<date>/<id>.html`) 行业动态: a two-row list (the fixture's third row
# was its author's), links whose path holds the date, titles with full-width （2026）.
ZHANGZHOU = "jsj-zhangzhou-gov-cn_cms_xydt_list-fragment_two-rows_date-path-links.html"
ZHANGZHOU_URL = "http://jsj.zhangzhou.gov.cn/cms/html/zzszfhcxjsj/xydt/index.html"


def test_a_list_of_two_rows() -> None:
    facts = read(ZHANGZHOU, ZHANGZHOU_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [(i.title, i.date) for i in facts.list_items] == [
        ("漳州建设工程材料信息(2026)第五期", "2026-06-10"), ("漳州建设工程材料信息(2026)第四期", "2026-05-09")]


# 三明市住房和城乡建设局 (福建, TRS) 专题 › 全市主要材料价格: two rows whose titles carry a year and month of their own
# (`(2026年4月) (市区、各县)`), published the next month.
SANMING = "zjj-sm-gov-cn_trs_ztzl-qszycljg_list-fragment_two-rows_titles-with-year-month.html"
SANMING_URL = "https://zjj.sm.gov.cn/ztzl/qszycljg/"


def test_titles_with_a_month_of_their_own_are_dated_by_the_row() -> None:
    facts = read(SANMING, SANMING_URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    assert [(i.title, i.date) for i in facts.list_items] == [
        ("三明市建设工程材料综合价格发布(2026年4月) (市区、各县)", "2026-05-14"),
        ("三明市建设工程材料综合价格发布(2026年3月) (市区、各县)", "2026-05-09")]
