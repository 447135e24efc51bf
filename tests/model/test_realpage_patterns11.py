"""Patterns behind the round-11 real pages' misreadings (tests/model/test_realpages_saved11.py), from the real markup of
江西 集约化's 信息公开 record template (万载县人民政府's 统计公报, SOURCES.md eleventh table) cut to what the pattern needs,
with its boundaries. Each `Failed before` test fails on 56186cd."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

# 万载县人民政府 统计数据 record: the title, a 访问量 line (no date shown), the 关联稿件 box listing the record's 图文解读 with
# that page's date, then the text. The box's class (`article-reldocuments`) is left out: its heading names it.
_BODY = "".join(f"<p>第{n}段：全年实现生产总值262.6亿元，按可比价格计算，同比增长5.3％，全县经济运行呈现稳中向好的良好态势。</p>"
                for n in range(1, 9))
_WANZAI = """<html><head><title>万载县2022年国民经济和社会发展统计公报 | 万载县人民政府</title>{meta}</head><body>
<div class="xxgk-detail clearfix">
 <h1 class="article-title"><ucaptitle>万载县2022年国民经济和社会发展统计公报</ucaptitle></h1>
 <div class="article-attr clearfix"><span class="llcs">访问量：<b id="view">1632</b></span></div>
 <div class="{box}">
  {head}
  <ul class="common_newslist">
   <li><a href="http://www.wanzai.gov.cn/wzxrmzf/tjjjdhy/202307/bb8049063e11403994c3d01d8813a11a.shtml" target="_blank"
    title="图文解读：《万载县2022年国民经济和社会发展统计公报》">图文解读：《万载县2022年国民经济和社会发展统计公报》</a>
   <span class="time">2023-07-12</span></li>
  </ul>
 </div>
 <div class="article-content article-content-body" id="zoomcon"><ucapcontent>{body}</ucapcontent></div>
</div></body></html>"""
_URL = "http://www.wanzai.gov.cn/wzxrmzf/tjsja/202305/7215380191c5400397df5d7d0b5fd06b.shtml"
_JIEDU = "http://www.wanzai.gov.cn/wzxrmzf/tjjjdhy/202307/bb8049063e11403994c3d01d8813a11a.shtml"
_PUBDATE = '<meta name="PubDate" content="2023-08-16 10:33:59">'


def _page(head: str, meta: str = "", box: str = "box") -> str:
    return _WANZAI.format(head=head, meta=meta, body=_BODY, box=box)


def test_a_heading_tag_ending_in_a_colon_heads_its_related_box() -> None:
    """Failed before: `<h3>关联稿件：</h3>` (an h-tag counted as an inline label, as 平潭's `<span>相关文件：</span>` in a body
    is) headed no box, so the box's one row was the page's list: the record read as a column of one row (its 解读 lost
    to the interpretation rules)."""
    for head in ("<h3><span>关联稿件：</span></h3>", "<h3>关联稿件：</h3>", "<h4>相关稿件：</h4>"):
        facts = extract_page(_page(head), _URL)
        assert (facts.kind, facts.related_slot, facts.related_links) == ("document", "static", [_JIEDU]), head


def test_a_date_shown_only_in_a_related_box_dates_no_page() -> None:
    """Failed before: the 解读's date in the box right under the title (2023-07-12) read as the record's visible date,
    a date two months after the record's own and the same as its interpretation's. Now the page shows no date of its
    own: the PubDate meta dates it, and without one nothing does. The box is named by its class here (the real page's),
    so that the heading rule above plays no part."""
    head = '<h3><span>关联稿件：</span></h3>'
    facts = extract_page(_page(head, _PUBDATE, "article-reldocuments"), _URL)
    assert (facts.kind, facts.related_links) == ("document", [_JIEDU])
    assert (facts.pub_date, facts.pub_date_source) == ("2023-08-16", "meta")
    assert extract_page(_page(head, box="article-reldocuments"), _URL).pub_date is None


def test_a_date_shown_outside_the_box_too_still_dates_the_page() -> None:
    """Boundary: the same date shown on the page's own info line too stays the page's."""
    page = _page('<h3><span>关联稿件：</span></h3>', box="article-reldocuments").replace(
        '<span class="llcs">', '<span>发布时间：2023-07-12</span><span class="llcs">')
    facts = extract_page(page, _URL)
    assert (facts.pub_date, facts.pub_date_source) == ("2023-07-12", "visible")


# 宜春市人民政府's record of the same template: 发文日期 in the 索引号 table, the text under the title opening with a copy of
# the title and its own date line. The invariance test's `dates2` rewrite writes the 发文日期 in Chinese numerals, as a
# 公文's 落款 writes its date.
_YICHUN = """<html><head><title>宜春市2022年国民经济和社会发展统计公报 | 中国宜春</title></head><body><div class="xxgk-detail">
 <dl><dd><label>索 引 号：</label><div>014717475N/2023-0040295</div></dd>
  <dd><label>发文日期：</label><div>{date}</div></dd><dd><label>公开方式：</label><div>主动公开</div></dd></dl>
 <h1 class="article-title">宜春市2022年国民经济和社会发展统计公报</h1>
 <div id="zoomcon"><p>宜春市2022年国民经济和社会发展统计公报</p><p>宜春市统计局 国家统计局宜春调查队</p><p>（2023年4月12日）</p>
 {body}</div></div></body></html>"""


def test_a_labelled_date_written_in_chinese_numerals_is_the_labels() -> None:
    """Failed before: `发文日期：二〇二三年四月十八日` was no date to the visible-date search (the metadata table read it), so the
    date under the title's copy in the text (2023年4月12日, the 公报's own) dated the page instead."""
    for shown in ("2023-04-18", "二〇二三年四月十八日", "二〇二三年四月十八日 "):
        facts = extract_page(_YICHUN.format(date=shown, body=_BODY), "https://www.yichun.gov.cn/ycsrmzf/tjgb/202305/1.shtml")
        assert (facts.pub_date, facts.pub_date_source) == ("2023-04-18", "visible"), shown
