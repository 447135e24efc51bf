"""Patterns behind the round-8 real pages' misreadings (tests/model/test_realpages_saved8.py), each from the real
markup (科学技术部 and 中国证监会 pages, SOURCES.md eighth table) cut to what the pattern needs, with its boundaries.
Each `Failed before` test fails on fecbf88."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

_LONG = "科技保险是科技金融大文章的重要组成部分，对科技创新风险分散和资金支持具有重要作用。" * 4

# 科学技术部 (www.most.gov.cn) 规范性文件 record: the related box is a heading `<section>` and the list after it,
# both inside the article's container (title, body, tools): no element holds the heading and its list alone.
_MOST_DOC = """<html><head><title>科技部印发《关于加快推动科技保险高质量发展的若干意见》的通知-中华人民共和国科学技术部</title>
<meta name="ArticleTitle" content="科技部印发《关于加快推动科技保险高质量发展的若干意见》的通知" />
<meta name="PubDate" content="2026-03-02 04:58" /><script src="/assets/js/trs_h5.js"></script></head><body>
<div class="xxgk_detail_outer"><div class="wrap style1">
<div class="xxgk_detail_head"><table class="bd1 xxgk_detail_table1"><tbody>
<tr><td width="100"><b>索 引 号：</b></td><td width="400">30643-2026-001</td><td><b>发布日期：</b></td><td>2026年03月02日</td></tr>
<tr><td><b>发文字号：</b></td><td></td><td><b>有 效 性：</b></td><td>有效</td></tr></tbody></table></div>
<div class="xxgk_detail_content style1">
<div class="xxgk_title">科技部印发《关于加快推动科技保险高质量发展的若干意见》的通知</div>
<div id="Zoom"><div class="trs_editor_view TRS_UEDITOR trs_paper_default"><p>BODY</p></div></div>
<div class="xxgk_detail_table"><a href="#" onclick="javascrīpt:window.print();">[打印]</a>
<a href="javascript:close()">[关闭窗口]</a></div>
<section class="chnldesc-correlation style1">
    HEADING
</section>
<ul class="home_news_list2">
<li><a href="../../../zcjd/202603/t20260302_196012.html" target="_blank">《关于加快推动科技保险高质量发展的若干意见》政策问答</a></li>
</ul>
<section class="chnldesc-correlation style1">
    相关附件
</section>
<ul class="home_news_list2">
</ul>
</div></div></div></body></html>"""
_MOST_URL = "https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/gfxwj/gfxwj2026/202602/t20260228_195992.html"
_QA = "https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/zcjd/202603/t20260302_196012.html"


def _most(heading: str) -> str:
    return _MOST_DOC.replace("BODY", _LONG).replace("HEADING", heading)


def test_related_heading_inside_the_articles_container_heads_the_list_after_it() -> None:
    """Failed before: 相关文档 was no related heading, and a heading that does not open its container marked the
    whole container (the article, too long to be a box): a policy document linking its 政策问答 only there read as
    having no related box (related_slot none)."""
    facts = extract_page(_most("相关文档"), _MOST_URL)
    assert facts.kind == "document"
    assert (facts.related_slot, facts.related_links) == ("static", [_QA])


def test_known_related_heading_inside_the_articles_container_too() -> None:
    """Failed before (the container was marked, then dropped as page-sized): the same with 相关链接."""
    facts = extract_page(_most("相关链接"), _MOST_URL)
    assert (facts.related_slot, facts.related_links) == ("static", [_QA])


def test_other_heading_inside_the_articles_container_heads_no_related_box() -> None:
    facts = extract_page(_most("推荐栏目"), _MOST_URL)
    assert (facts.related_slot, facts.related_links) == ("none", [])


def test_related_heading_opening_its_own_box_still_makes_the_box_related() -> None:
    page = _most("相关附件").replace(
        '<div class="xxgk_detail_table">',
        '<div class="xgwd"><h3>相关链接</h3><p><a href="/satp/kjzc/zh/202510/t20251011_194880.html">科技部等关于印发'
        '《加快构建科技金融体制 有力支撑高水平科技自立自强的若干政策举措》的通知</a></p></div><div class="xxgk_detail_table">')
    facts = extract_page(page, _MOST_URL)
    assert facts.related_links == ["https://www.most.gov.cn/satp/kjzc/zh/202510/t20251011_194880.html"]


# 中国证监会 (www.csrc.gov.cn) 规章库: rows `<a><span class="til">name</span><span class="sub-til">（history）</span></a>`
# in a table 序号/标题/下载, no date column, the pager drawn by `createPageHTML('page_div',5, 1,'fg','shtml',89)`.
_ROW = """<tr><td align="center">NUM</td><td class="info zc_info">
<a class="list clear" target="_blank" href="/csrc/c106256/cID/content.shtml">
<span class="til">NAME</span>
<span  class="sub-til">NOTE</span></a></td>
<td class="xz-btn"><a href="/csrc/c106256/cID/ID/files/ID.docx">下载文字版</a> <a href="/csrc/c106256/cID/ID/files/ID.pdf">下载图片版</a></td></tr>"""
_RULES = (
    ("中国证监会派出机构监管职责规定", "（2015年10月29日证监会令第118号公布  根据2022年5月31日证监会令第199号修订）"),
    ("证券交易所管理办法", "（1997年11月30日国务院批准  1997年12月10日证券委发布  2021年10月30日证监会令第192号第三次修订）"),
    ("期货交易所管理办法", "（2002年5月17日证监会令第6号公布  根据2021年1月15日证监会令第179号第三次修订）"),
    ("证券市场禁入规定", "(2021年6月15日证监会令第185号公布  自2021年7月19日起施行)"),
)
_CSRC_URL = "http://www.csrc.gov.cn/csrc/c106256/fg.shtml"


def _csrc(rules: tuple[tuple[str, str], ...] = _RULES) -> str:
    rows = "".join(_ROW.replace("NUM", str(n)).replace("ID", str(1653900 + n)).replace("NAME", name).replace("NOTE", note)
                   for n, (name, note) in enumerate(rules, 1))
    return f"""<html><head><meta name="ColumnName" content="规章" /><title>中国证券监督管理委员会规章库</title></head><body>
<div class="fg-box"><div class="fg-tit"><p>中国证券监督管理委员会规章库</p></div>
<div class="dtgx"><i></i>现行有效<span id="sz">6</span>部<i></i></div>
<div class="table-wrap"><table border="0" width="1050px"><thead><tr class="tb_title tb_zcfg_title">
<th class="xh">序号</th><th class="gzbt">标题</th><th class="xz">下载</th></tr></thead>
<tbody id="zc-list-content">{rows}
<script type="text/javascript" src="/csrc/xhtml/js/page.js"></script><script>createPageHTML('page_div',5, 1,'fg','shtml',89);</script>
</tbody></table><div class="page_num"><div id="page_div"></div></div></div></div></body></html>"""


def test_rules_list_rows_are_named_without_their_history_and_undated() -> None:
    """Failed before: each row's title ran on into its bracketed history, and the row was dated by the history's
    last date (a revision's or a 施行 date, none the row's publication)."""
    facts = extract_page(_csrc(), _CSRC_URL)
    assert (facts.kind, facts.list_state, facts.page_count) == ("column", "listed", 5)
    assert [(i.title, i.date) for i in facts.list_items] == [(name, None) for name, _ in _RULES]


def test_dated_bracket_without_history_words_stays_the_rows_date() -> None:
    rules = tuple((name, "（2024年5月20日发布）") for name, _ in _RULES)
    facts = extract_page(_csrc(rules), _CSRC_URL)
    assert [i.date for i in facts.list_items] == ["2024-05-20"] * len(rules)


def test_bracketed_revision_without_a_date_stays_in_the_title() -> None:
    """Failed before (no row read: undated rows under a pager only a script draws made no list): a bracketed
    revision without a date is the title's own (中华人民共和国科学技术普及法（2024年修订）)."""
    rules = tuple((name, "（2024年修订）") for name, _ in _RULES)
    facts = extract_page(_csrc(rules), _CSRC_URL)
    assert [i.title for i in facts.list_items] == [f"{name} (2024年修订)" for name, _ in _RULES]
