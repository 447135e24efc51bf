"""Metadata labels a page shows that are not its own fields, and labels written in brackets.

A list row that carries its document's fields inside the link — 重庆 集约化's 政策文件库 rows, as the city portal's
crawler documents them (id 62094618929: `<tr class="zcwjk-list-c clearfix"><td class="num">N</td><td class="title">
<a href="./YYYYMM/tYYYYMMDD_ID.html"><p class="tit">…</p><p class="info"><i class="kh">(</i><span>发文字号：…</span>
<span class="time">成文日期 ：…</span><i class="kh">)</i></p></a></td></tr>`; 巫山县's scraper, id 25268928115, reads the
date as `成文日期 ：2024年8月1日`) — names the linked document's 发文字号 and 成文日期, not the list page's: read as the
page's metadata, the 行政规范性文件 list was one "document" titled 1 (its 序号 column) owing an interpretation, and its
documents were never listed (the cqjy sample site: interpretations 0.00/0.00, normative-metadata recall 0.00).

Labels in brackets, alone in their cell or with the value after the closing bracket: `[ 发文字号 ]` (the national
policy library's document pages, a Java parser of them, id 5482985016: `[ 发布日期 ]`, `[ 发布机构 ]`, `[ 时效性 ]`) and
`【发文字号】 …` (law-library pages, ids 28624171312, 21454613114)."""

from __future__ import annotations

from govaudit.model.extract.metadata import extract_metadata
from govaudit.model.extract.page import extract_page

URL = "http://www.cqxc.gov.cn/zwgk_262/zfxxgkml/zcwj/xzgfxwj/"


def _row(n: int, day: int, number: str, title: str) -> str:
    return (f'<tr class="zcwjk-list-c clearfix"><td class="num">{n}</td><td class="title">'
            f'<a href="./202610/t202610{day:02d}_160044{n}.html" target="_blank"><p class="tit">{title}</p>'
            f'<p class="info"><i class="kh">(</i><span>发文字号：{number}</span><span class="time">成文日期 ：2026年10月{day}日</span>'
            '<i class="kh">)</i></p></a></td></tr>')


LIST = ('<html><head><meta name="ColumnName" content="行政规范性文件"><title>行政规范性文件_某县人民政府</title></head><body>'
        '<div class="position">您当前的位置：<a href="/">首页</a><span class="gt">&gt;</span><a href="/zwgk_262/">政务公开</a>'
        '<span class="gt">&gt;</span><span class="dq">行政规范性文件</span></div>'
        '<div class="rigCon"><table class="zcwjk-list"><tbody><tr class="zcwjk-list-h"><th>序号</th><th>标题</th></tr>'
        + _row(1, 18, "某府发〔2026〕19号", "某县人民政府关于印发《某县城乡居民最低生活保障审核确认办法》的通知")
        + _row(2, 9, "某府发〔2026〕18号", "某县人民政府关于印发《某县农村公路养护管理办法》的通知")
        + _row(3, 2, "某府办发〔2026〕7号", "某县人民政府办公室关于印发《某县城市公共停车场管理办法》的通知")
        + '</tbody></table><div class="page" id="page"></div><script>createPage(1, 0, "index", "html");</script></div>'
        '</body></html>')


def test_fields_inside_row_links_belong_to_the_linked_documents():
    facts = extract_page(LIST, URL)
    assert facts.metadata == {}
    assert facts.kind == "column" and facts.list_state == "listed"
    assert [(i.url.rsplit("/", 1)[1], i.date) for i in facts.list_items] == [
        ("t20261018_1600441.html", "2026-10-18"), ("t20261009_1600442.html", "2026-10-09"), ("t20261002_1600443.html", "2026-10-02")]


def test_a_row_title_ends_before_the_fields_its_link_shows():
    titles = [i.title for i in extract_page(LIST, URL).list_items]
    assert titles == ["某县人民政府关于印发《某县城乡居民最低生活保障审核确认办法》的通知", "某县人民政府关于印发《某县农村公路养护管理办法》的通知",
                      "某县人民政府办公室关于印发《某县城市公共停车场管理办法》的通知"]


def test_a_document_keeps_its_own_labelled_fields_beside_links():
    """The document's own table is read as before though its 发布机构 value is a link and a related box links others."""
    page = ('<html><head><title>某县人民政府关于印发《某县农村公路养护管理办法》的通知</title></head><body><table>'
            '<tr><th>索引号：</th><td>11500238MB1596738X/2026-00301</td><th>发文字号：</th><td>某府发〔2026〕18号</td></tr>'
            '<tr><th>发布机构：</th><td><a href="/zwgk_262/jgzn/">某县人民政府</a></td><th>成文日期：</th><td>2026-10-09</td></tr>'
            '<tr><th>有效性：</th><td>有效</td><th>发布日期：</th><td>2026-10-14</td></tr></table>'
            '<div class="zcwjk-xlcon"><p>各乡镇人民政府、街道办事处，县政府各部门：现将《某县农村公路养护管理办法》印发给你们，请认真贯彻执行。</p></div>'
            '<div class="zcwjk-xgjd">相关解读：<a href="/zwgk_262/zcjd/202610/t20261014_1.html">《某县农村公路养护管理办法》政策解读'
            '（发文字号：无）</a></div></body></html>')
    facts = extract_page(page, URL + "202610/t20261014_1600442.html")
    assert facts.metadata["发文字号"] == "某府发〔2026〕18号" and facts.metadata["发文机关"] == "某县人民政府"
    assert facts.metadata["有效性"] == "有效" and facts.metadata["发布日期"] == "2026-10-14"


def test_bracketed_labels_alone_in_their_cells_or_before_the_value():
    cells = "".join(f'<td class="t1">[ {label} ]</td><td class="t2">{value}</td>' for label, value in (
        ("索引号", "11500238MB1596738X/2026-00345"), ("发文字号", "某府发〔2026〕15号"), ("发布机构", "某县人民政府"),
        ("成文日期", "2026-06-07"), ("发布日期", "2026-06-12"), ("有效性", "")))
    page = (f'<html><head><title>某县人民政府关于印发《某县县级储备粮管理办法》的通知</title></head><body>'
            f'<div class="zcwjk-xl-top"><table><tbody><tr>{cells}</tr></tbody></table></div>'
            '<div class="zcwjk-xlcon"><p>各乡镇人民政府、街道办事处，县政府各部门：现将《某县县级储备粮管理办法》印发给你们，请认真贯彻执行。</p>'
            '</div></body></html>')
    meta = extract_page(page, URL + "202606/t20260612_1.html").metadata
    assert meta == {"索引号": "11500238MB1596738X/2026-00345", "发文字号": "某府发〔2026〕15号", "发文机关": "某县人民政府",
                    "成文日期": "2026-06-07", "发布日期": "2026-06-12", "有效性": ""}
    law = "\x1e【发布部门】 某市人民政府\x1f\x1e【发文字号】 某府发〔2019〕3号\x1f\x1e【发布日期】 2019.03.01\x1f\x1e【时效性】 现行有效\x1f"
    assert extract_metadata(law) == {"发文字号": "某府发〔2019〕3号", "发布日期": "2019-03-01", "有效性": "现行有效"}


def test_a_bracket_in_prose_makes_no_label():
    text = "\x1e根据《条例》[注：发文字号以正式文件为准]，现将有关事项通知如下。\x1f\x1e见附件[1]。成文日期以落款为准\x1f"
    assert extract_metadata(text) == {}


# 宁夏 集约化's file library (the nxjy sample site): each row `ul.nx-list > li` holds the link, a `span.date` and, beside
# the link, a `div.nx-conmtab` box of the document's fields (`p > span.tt + span.value`, 发文字号 the seventh: the
# lawScrapy spider's `./div/p[7]/span[2]`, id 5063757147; NingxiaSpider's `span.tt`/`span.value`, id 34239991618), hidden
# only by the stylesheet until the row is hovered. Read as the page's fields, the list was one "document" owing an
# interpretation, its rows never listed.
NX_URL = "http://www.nxsq.gov.cn/zwgk/gfxwj/"
_NX_LABELS = ("索引号：", "主题分类：", "发文机关：", "成文日期：", "发布日期：", "有效性：", "发文字号：")


def _nx_row(n: int, day: int, number: str, title: str) -> str:
    values = (f"11640524MB1576430R/2026-00{300 + n}", "规范性文件", "沙泉县人民政府", f"2026年10月{day - 4:02d}日",
              f"2026年10月{day:02d}日", "有效", number)
    box = "".join(f'<p><span class="tt">{label}</span><span class="value">{value}</span></p>'
                  for label, value in zip(_NX_LABELS, values))
    return (f'\n<li><a href="./202610/t202610{day:02d}_40113{n}.html" target="_blank" title="{title}">{title}</a>'
            f'<span class="date">2026-10-{day:02d}</span>\n<div class="nx-conmtab">{box}</div></li>')


NX_LIST = ('<html><head><meta name="ColumnName" content="规范性文件"><title>规范性文件-沙泉县人民政府</title></head><body>'
           '<div class="nx-position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">信息公开</a> &gt; '
           '<a href="/zwgk/gfxwj/">规范性文件</a></div><div class="nx-right"><ul class="nx-list clearfix">'
           + _nx_row(1, 22, "沙政规发〔2026〕12号", "沙泉县人民政府关于印发《沙泉县城乡居民最低生活保障审核确认办法》的通知")
           + _nx_row(2, 15, "沙政规发〔2026〕11号", "沙泉县人民政府关于印发《沙泉县农村公路养护管理办法》的通知")
           + _nx_row(3, 9, "", "沙泉县人民政府关于印发《沙泉县城市公共停车场管理办法》的通知")
           + '\n</ul><div id="page_div"></div><script>createPageHTML(2, 0, "list", "html");</script></div></body></html>')


def test_fields_in_a_box_beside_each_row_link_belong_to_the_linked_documents():
    facts = extract_page(NX_LIST, NX_URL)
    assert facts.metadata == {}
    assert facts.kind == "column" and facts.list_state == "listed"
    assert [(i.url.rsplit("/", 1)[1], i.date) for i in facts.list_items] == [
        ("t20261022_401131.html", "2026-10-22"), ("t20261015_401132.html", "2026-10-15"), ("t20261009_401133.html", "2026-10-09")]


def test_a_document_whose_header_rows_link_one_organ_keeps_its_fields():
    """Two header rows linking the same organ page are not rows of a list: the fields stay the document's."""
    page = ('<html><head><title>沙泉县人民政府关于印发《沙泉县农村公路养护管理办法》的通知</title></head><body><ul class="head">'
            '<li><span>发文机关：</span><a href="/zwgk/jgzn/">沙泉县人民政府</a><span>索引号：</span>11640524MB1576430R/2026-00302</li>'
            '<li><a href="/zwgk/jgzn/">沙泉县人民政府</a><span>发文字号：</span><span>沙政规发〔2026〕11号</span>'
            '<span>有效性：</span><span>有效</span></li></ul>'
            '<div class="view"><p>各乡镇人民政府，县直各部门：现将《沙泉县农村公路养护管理办法》印发给你们，请认真贯彻执行。</p></div>'
            '</body></html>')
    meta = extract_page(page, NX_URL + "202610/t20261015_401132.html").metadata
    assert meta["发文字号"] == "沙政规发〔2026〕11号" and meta["有效性"] == "有效"
