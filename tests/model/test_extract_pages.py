"""Extractors on small hand-written pages, one markup variant each, with exact expectations."""

from __future__ import annotations

import pytest

from govaudit.htmlpage import extract_links, parse_html
from govaudit.model.extract.annual_report import parse_title, sections_present
from govaudit.model.extract.dates import find_dates, url_date
from govaudit.model.extract.page import extract_page

BASE = "http://site.test/col/"


def page(body: str, head: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{head}<title>栏目_某区人民政府</title></head><body>{body}</body></html>"


@pytest.mark.parametrize(("text", "expected"), [
    ("发布时间：2024-05-06 10:00", ["2024-05-06"]),
    ("[2024/5/6]", ["2024-05-06"]),
    ("2024年5月6日", ["2024-05-06"]),
    ("２０２４．０５．０６", ["2024-05-06"]),
    ("2024-02-30 and 20240506", []),
])
def test_dates(text, expected):
    assert [d.isoformat() for d, _ in find_dates(text)] == expected


def test_url_date():
    assert url_date("http://x/zwgk/202603/t20260313_105587.htm").isoformat() == "2026-03-13"


@pytest.mark.parametrize("row", [
    "<li><a href='a.html'>关于做好秋季防火工作的通知</a><span class='date'>2026-09-15</span></li>",
    "<li><a href='a.html'>关于做好秋季防火工作的通知</a><span>[2026-09-15]</span></li>",
    "<li><a href='a.html'>关于做好秋季防火工作的通知</a> 2026年09月15日</li>",
])
def test_list_row_variants(row):
    html = page(f"<ul class='list'>{row}<li><a href='b.html'>关于开展安全生产检查的通知</a><span>2026-08-01</span></li></ul>")
    facts = extract_page(html, BASE)
    assert facts.kind == "column" and facts.list_state == "listed"
    assert [(i.title, i.url, i.date) for i in facts.list_items] == [
        ("关于做好秋季防火工作的通知", BASE + "a.html", "2026-09-15"),
        ("关于开展安全生产检查的通知", BASE + "b.html", "2026-08-01"),
    ]


def test_table_list_and_navigation_ignored():
    html = page(
        "<div class='nav'><a href='/'>首页</a><a href='/zwgk/'>政务公开 2026-01-01</a></div>"
        "<table class='list-table'><tr><th>标题</th><th>发文字号</th><th>发布日期</th></tr>"
        "<tr><td><a href='d1.html'>某区住房租赁补贴管理办法</a></td><td>某府规〔2026〕3号</td><td>2026-08-01</td></tr>"
        "<tr><td><a href='d2.html'>某区养老服务补贴实施办法</a></td><td>某府规〔2025〕1号</td><td>2025-02-27</td></tr></table>"
    )
    facts = extract_page(html, BASE)
    assert [(i.url, i.date) for i in facts.list_items] == [(BASE + "d1.html", "2026-08-01"), (BASE + "d2.html", "2025-02-27")]


def test_empty_column_vs_script_loaded_list_vs_hub():
    empty = extract_page(page("<ul class='list'></ul><div class='no-data'>暂无信息</div>", "<meta name='ColumnName' content='专项资金'>"), BASE)
    assert (empty.kind, empty.list_state, empty.column_name) == ("column", "empty", "专项资金")
    scripted = extract_page(page("<table><tr ms-repeat='el in list'><td>{{el.title}}</td></tr></table><script>var recordCount = 25;</script>"), BASE)
    assert (scripted.kind, scripted.list_state, scripted.declared_count) == ("column", "not_observed", 25)
    hub = extract_page(page("<div class='hub'>" + "".join(f"<a href='/c{i}/'>栏目名称{i}</a>" for i in range(12)) + "</div>", "<meta name='ColumnName' content='政务公开'>"), BASE)
    assert (hub.kind, hub.list_state) == ("hub", "none")


DOC = """
<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/gfxwj/'>行政规范性文件</a></div>
<table class='xxgk-meta'>
<tr><th>索 引 号：</th><td>113399/2026-00012</td><th>主题分类：</th><td>城乡建设</td></tr>
<tr><th>发文机关：</th><td>某区人民政府</td><th>成文日期：</th><td>2026年07月28日</td></tr>
<tr><th>发文字号：</th><td>某府规[2026]3号</td><th>发布日期：</th><td>2026年08月01日</td></tr>
</table>
<div class='article'><h1>某区住房租赁补贴管理办法</h1><div class='info'>发布时间：2026-08-01 10:30</div>
<div class='content'><p>正文。</p><a href='/attach/a.pdf'>附件.pdf</a></div></div>
<div class='related'><h3>相关解读</h3><ul><li><a href='/zwgk/zcjd/j1.html'>关于《某区住房租赁补贴管理办法》的政策解读</a></li></ul></div>
"""


def test_document_metadata_date_breadcrumb_and_related():
    facts = extract_page(page(DOC), "http://site.test/zwgk/gfxwj/202608/t20260801_1.html")
    assert facts.kind == "document" and facts.title == "某区住房租赁补贴管理办法"
    assert facts.metadata == {"索引号": "113399/2026-00012", "主题分类": "城乡建设", "发文机关": "某区人民政府",
                              "成文日期": "2026-07-28", "发文字号": "某府规〔2026〕3号", "发布日期": "2026-08-01"}
    assert (facts.pub_date, facts.pub_date_source) == ("2026-08-01", "visible")
    assert facts.breadcrumb == [("首页", "http://site.test/"), ("行政规范性文件", "http://site.test/zwgk/gfxwj/")]
    assert facts.related_slot == "static" and facts.related_links == ["http://site.test/zwgk/zcjd/j1.html"]
    assert [l.url for l in facts.body_links if l.kind == "attachment"] == ["http://site.test/attach/a.pdf"]


def test_script_filled_related_slot_is_not_observed():
    body = "<div class='article'><h1>某区某某办法的通知</h1>发布时间：2026-08-01<div class='content'>正文</div></div><em id='rel_123'></em>"
    head = "<meta name='ArticleTitle' content='某区某某办法的通知'>"
    facts = extract_page(page(body + "<script src='/js/reldoc.js'></script>", head), BASE + "1.html")
    assert facts.related_slot == "script_unobserved"
    # the same empty slot on a page without a single script: nothing can fill it, it is observed empty
    assert extract_page(page(body, head), BASE + "1.html").related_slot == "static"


def test_pubdate_meta_then_url_fallbacks():
    meta = extract_page(page("<h1>某区某某工作动态</h1>", "<meta name='ArticleTitle' content='某区某某工作动态'><meta name='PubDate' content='2026-09-01 08:00'>"), BASE + "x.html")
    assert (meta.pub_date, meta.pub_date_source) == ("2026-09-01", "meta")
    url = extract_page(page("<h1>某区某某工作动态</h1>", "<meta name='ArticleTitle' content='某区某某工作动态'>"), BASE + "202609/t20260902_5.html")
    assert (url.pub_date, url.pub_date_source) == ("2026-09-02", "url")


def test_footer_identifiers():
    footer = ("<div class='footer'>网站标识码：3399000001 <a href='https://beian.miit.gov.cn/'>浙ICP备00000001号-1</a> "
              "浙公网安备 33990002000001号<span id='_ideConac'></span>"
              "<script id='_jiucuo_' sitecode='3399000001' src='/js/jiucuo.js'></script></div>")
    facts = extract_page(page(footer, "<meta name='SiteIDCode' content='3399000001'>"), BASE, is_home=True)
    f = facts.footer
    assert (f.site_id_code, f.meta_site_id_code, f.jiucuo_sitecode, f.icp, f.psb, f.conac) == (
        "3399000001", "3399000001", "3399000001", "浙ICP备00000001号-1", "浙公网安备33990002000001号", True)
    assert facts.kind == "home"


@pytest.mark.parametrize(("title", "year", "organ"), [
    ("平潭综合实验区2025年度政府信息公开工作年度报告", 2025, "平潭综合实验区"),
    ("2022年上海市政府信息公开工作年度报告", 2022, "上海市"),
    ("宿州市人民政府2019年政府信息公开工作年度报告（图片版）", 2019, "宿州市人民政府"),
])
def test_annual_report_titles(title, year, organ):
    parsed = parse_title(title)
    assert parsed is not None and (parsed.year, parsed.organ) == (year, organ)


def test_not_an_annual_report_and_sections():
    assert parse_title("关于印发2025年工作要点的通知") is None
    assert sections_present("一、总体情况……二、主动公开政府信息情况……五、存在的主要问题及改进情况") == ["一", "二", "五"]


def test_xhtml_page_with_an_xml_declaration_is_parsed():
    xhtml = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
             "<head><title>通知公告</title></head><body><ul class='list'>"
             "<li><a href='a.html'>关于做好秋季防火工作的通知</a><span>2026-09-15</span></li></ul></body></html>")
    facts = extract_page(xhtml, BASE)
    assert facts.kind == "column" and [(i.url, i.date) for i in facts.list_items] == [(BASE + "a.html", "2026-09-15")]
    assert [link.url for link in extract_links(parse_html(xhtml), BASE)] == [BASE + "a.html"]


def test_previous_and_next_links_are_not_an_articles_own_links():
    """DedeCMS's article template (dedecms/DedeCMS templets/default/article_article.htm) ends with
    {dede:prenext}: 上一篇：<a>…</a> / 下一篇：<a>…</a>, the column's neighbours. In a column that
    mixes documents and their interpretations the neighbour may be the interpretation: that is
    navigation, not the document linking it; a 相关解读 link and a link in the text are its own."""
    from govaudit.model.extract.page import extract_page

    html = ("<html><head><meta charset='utf-8'><title>某镇人民政府关于加强农村消防安全管理的实施意见_某镇人民政府</title>"
            "<meta name='ArticleTitle' content='某镇人民政府关于加强农村消防安全管理的实施意见'></head><body>"
            "<div class='place'> <strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/xxgk/wjjd/'>文件及解读</a> > </div>"
            "<div class='viewbox'><div class='title'><h2>某镇人民政府关于加强农村消防安全管理的实施意见</h2></div>"
            "<div class='info'> <small>时间:</small>2026-09-20 09:30<small>来源:</small>某镇人民政府</div>"
            "<div class='content'><p>各村民委员会：现将意见印发给你们，请参照<a href='/a/xxgk/wjjd/2026/0601/11.html'>上年度方案</a>执行。</p>"
            "<div class='xgjd'><strong>相关解读：</strong><a href='/a/xxgk/zcjd/2026/0921/20.html'>图解消防安全管理</a></div></div>"
            "<div class='handle'><div class='context'><ul><li>上一篇：<a href='/a/xxgk/wjjd/2026/0902/12.html'>《关于推进农村集体经济发展的实施意见》政策解读</a> </li>"
            "<li>下一篇：<a href='/a/xxgk/wjjd/2026/0921/13.html'>《关于加强农村消防安全管理的实施意见》政策解读</a> </li></ul></div></div></div>"
            "<div class='footer'>网站标识码：1311250016</div></body></html>")
    f = extract_page(html, "http://www.site.test/a/xxgk/wjjd/2026/0920/1695.html")
    body = {l.url.removeprefix("http://www.site.test") for l in f.body_links}
    assert "/a/xxgk/wjjd/2026/0601/11.html" in body
    assert not body & {"/a/xxgk/wjjd/2026/0902/12.html", "/a/xxgk/wjjd/2026/0921/13.html"}
    assert {l.url.removeprefix("http://www.site.test") for l in f.links} >= {"/a/xxgk/wjjd/2026/0902/12.html", "/a/xxgk/wjjd/2026/0921/13.html"}
