"""Patterns behind the round-9 real pages' misreadings (tests/model/test_realpages_saved9.py), each from the real
markup (张掖, 郑东新区 and 湖北 pages, SOURCES.md ninth table) cut to what the pattern needs, with its boundaries.
Each `Failed before` test fails on 9ef197c."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

# 张掖市住房和城乡建设局 (TRS): the row's date inside its link, after the title; a title ending in its own bracket.
_ZHANGYE = """<ul>
  <li><a href="./202604/t20260428_1537623.html">
      2026年市本级公共租赁住房申请家庭公示名单（第五批）</TRS_DOCUMENT>
      <span>2026-04-28</span></a></li>
  <li><a href="./202606/t20260605_1554321.html">
      张掖市住房和城乡建设局 关于开展安全生产检查的通知</TRS_DOCUMENT>
      <span>2026-06-05</span></a></li>
  <li><a href="./202604/t20260428_1537621.html">
      张掖市住房和城乡建设局 关于发布《张掖市2026年3-4月建设工程材料信息价及人工信息价》的通知</TRS_DOCUMENT>
      <span>2026-04-28</span></a></li>
</ul>"""
_ZHANGYE_URL = "https://www.zhangye.gov.cn/jsj/dzdt/tzgg/"


def _titles(page: str, url: str = _ZHANGYE_URL) -> list[tuple[str, str | None]]:
    return [(i.title, i.date) for i in extract_page(page, url).list_items]


def test_a_titles_own_closing_bracket_before_the_date_in_its_link_stays() -> None:
    """Failed before: `…名单(第五批` — the brackets a date may be wrapped in were stripped from the title's end
    too, its own `）` with them."""
    assert _titles(_ZHANGYE)[0] == ("2026年市本级公共租赁住房申请家庭公示名单(第五批)", "2026-04-28")


def test_a_bracketed_date_closing_the_link_goes_with_its_brackets() -> None:
    """The date's own brackets go with it (failed before too: the title's `）` went with them)."""
    page = _ZHANGYE.replace("</TRS_DOCUMENT>\n      <span>2026-04-28</span>", "<span>(2026-04-28)</span>", 1)
    assert _titles(page)[0] == ("2026年市本级公共租赁住房申请家庭公示名单(第五批)", "2026-04-28")


def test_a_bracketed_date_opening_the_link_goes_with_its_brackets() -> None:
    """So do a leading date's (failed before too: the title's closing `）` was stripped as the date's)."""
    page = _ZHANGYE.replace("\n      2026年市本级", "<span>[2026-04-28]</span>2026年市本级", 1).replace(
        "</TRS_DOCUMENT>\n      <span>2026-04-28</span>", "", 1)
    assert _titles(page)[0] == ("2026年市本级公共租赁住房申请家庭公示名单(第五批)", "2026-04-28")


# 郑东新区 (jhtml) 信息公开 list: no row element; each link is followed by its index card and the card's phone copy.
_CARD = """<a class="list_item_pubinfo_a" href="/D49Y/{id}.jhtml"><span>{title}</span></a>
<ul class="pubinfo-card"><li>330126167/{no}</li><li>郑东新区组织人事和社会保障局</li><li>事业单位招聘</li><li>{date}</li></ul>
<ul class="pubinfo-card-list-m hidden m-shown"><li>{phone}</li><li>330126167/{no}</li></ul>"""
_ROWS = (("10166257", "2026年郑东新区事业单位公开招聘笔试拟加分人员公示", "2026-00059", "2026-07-21"),
         ("10135265", "2026年郑东新区事业单位公开招聘笔试加分资格审核通知", "2026-00053", "2026-07-02"),
         ("9699707", "2025年郑东新区事业单位公开招聘考试总成绩及体检公告", "2025-00081", "2025-11-02"))
_ZD_URL = "https://www.zhengdong.gov.cn/D49Y/index.jhtml"


def _zhengdong(phone: dict[str, str] | None = None) -> str:
    cards = "".join(_CARD.format(id=i, title=t, no=n, date=d, phone=(phone or {}).get(d, d)) for i, t, n, d in _ROWS)
    return f'<body><div class="common-box dir-list"><div class="box-content"><ul class="page-list">{cards}</ul></div></div></body>'


def test_each_link_with_the_cards_after_it_is_a_row_when_a_phone_copy_repeats_its_date() -> None:
    """Failed before: the list was one row dated by its last card (2025-11-02): each link's line showed its
    date twice (the card and its phone copy), so the block was no list of dated lines."""
    assert _titles(_zhengdong(), _ZD_URL) == [(t, d) for _, t, _, d in _ROWS]


def test_a_line_showing_two_different_dates_is_still_no_row_of_its_own() -> None:
    """Boundary: a line whose text shows two dates (here the phone copy another day) is not read as a row dated by
    one of them; the block stays as before (one row)."""
    facts = extract_page(_zhengdong({"2026-07-21": "2026-07-20"}), _ZD_URL)
    assert len(facts.list_items) == 1


# 湖北省公共资源交易电子服务系统 (Epoint): a coloured status written as markup inside <title> (kept as text by HTML),
# and the template's metas left at their own labels.
_TENDER = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<meta name="SiteName" content="网站名称"><meta name="SiteDomain" content="网站域名"><meta name="SiteIDCode" content="CODE">
<title>【湖北省中心】孝感市孝云大道长兴三路延伸工程XYSG标段施工总价承包招标资格预审公告(代招标公告)<font color='#2ac36e'>[文件获取中]</font></title>
</head><body><div id="header"></div><div class="ewb-container"><div class="ewb-article"><div class="news-article">
<div class="ewb-article-sources clearfix"><span></span>发布时间：2020-07-16 18:25<span></span></div>
<div class="ewb-article-p" id="infoContentM"><p>本招标项目已由孝感市发展和改革委员会批准建设，项目业主为孝感市公路管理局，建设资金来自自筹和银行贷款，
现进行公开招标，特邀请有兴趣的潜在投标人提出资格预审申请。申请人应当在电子交易平台进行注册登记，并办理CA数字证书。</p></div>
</div></div></div><div id="footer"></div></body></html>"""
_TENDER_URL = "http://www.hbggzyfwpt.cn/shengbenji/jyxx/004002/004002004/20200716/63f44e47.html"


def test_tags_written_inside_the_title_element_are_no_part_of_the_title() -> None:
    """Failed before: the title read `…(代招标公告)<font color='#2ac36e'>[文件获取中]</font>`."""
    facts = extract_page(_TENDER.replace("CODE", "4200000016"), _TENDER_URL)
    assert facts.title == "【湖北省中心】孝感市孝云大道长兴三路延伸工程XYSG标段施工总价承包招标资格预审公告(代招标公告)[文件获取中]"


def test_template_syntax_in_the_title_is_still_a_placeholder() -> None:
    page = _TENDER.replace(_TENDER[_TENDER.index("<title>") + 7 : _TENDER.index("</title>")], "<%=article.title%>")
    facts = extract_page(page.replace("CODE", "4200000016"), _TENDER_URL)
    assert "<%" not in facts.title and "article.title" not in facts.title


def test_a_site_code_meta_left_at_its_label_is_no_code() -> None:
    """Failed before: meta_site_id_code "政府网站标识码" (a footer code would be reported as disagreeing with it)."""
    assert extract_page(_TENDER.replace("CODE", "政府网站标识码"), _TENDER_URL).footer.meta_site_id_code is None
    assert extract_page(_TENDER.replace("CODE", "网站标识码"), _TENDER_URL).footer.meta_site_id_code is None
    assert extract_page(_TENDER.replace("CODE", "4200000016"), _TENDER_URL).footer.meta_site_id_code == "4200000016"


# 湖北省公共资源交易中心 (TRS) 政府采购 viewer page, its class names gone (the invariance test's `classes`
# rewrite): the header's logo heading is one link to the site's root; the page's box is empty (a script fills it).
_VIEWER = """<html><head><title>政府采购 - 湖北省公共资源交易中心（湖北省政府采购中心）</title>
<meta name="ColumnName" content="政府采购" /></head><body><div><div><div>
<p><a href="http://www.gov.cn/">中国政府网</a>|<a href="http://www.hubei.gov.cn/">湖北政府网</a></p></div>
<div><h1><a href="HREF">湖北省人民政府</a></h1><div><input type="text" placeholder="请输入关键字" />
<button>搜 索</button></div></div>
<div><ul><li><a href="http://jycg.hubei.gov.cn/"><b>首页</b></a></li><li><a href="http://jycg.hubei.gov.cn/jyxx/"><b>交易信息</b></a></li></ul></div></div>
<div><div><div><a href="../../" title="首页">首页</a>><a href="../" title="交易信息">交易信息</a>><a href="./" title="政府采购">政府采购</a></div>
<div><div><div><div></div><div></div><div><a href="javascript:" onclick="print();">打印 </a><a href="javascript:" onclick="window.close();">关闭</a></div>
</div></div></div></div></div>
<div><p>版权所有：湖北省公共资源交易中心（湖北省政府采购中心）</p><p>网站标识码：4200000101鄂ICP备05011090号-1</p></div>
</div></body></html>"""
_VIEWER_URL = "http://jycg.hubei.gov.cn/jyxx/zfcg/"


def test_a_heading_that_is_one_link_to_the_sites_root_is_a_logo_not_the_pages_title() -> None:
    """Failed before: with no class naming the header, the logo `<h1><a href="http://jycg.hubei.gov.cn/">湖北省人民政府
    </a></h1>` was the page's title (its <title> names 政府采购)."""
    assert extract_page(_VIEWER.replace("HREF", "http://jycg.hubei.gov.cn/"), _VIEWER_URL).title == "政府采购"


def test_a_heading_linking_to_a_page_is_still_a_title() -> None:
    page = _VIEWER.replace("HREF", "./202007/t20200716_1.html").replace("湖北省人民政府</a></h1>", "关于政府采购意向公开的公告</a></h1>")
    assert extract_page(page, _VIEWER_URL).title == "关于政府采购意向公开的公告"
