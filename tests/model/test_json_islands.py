"""Lists written as a JSON literal into the list page's own script and rendered in the browser: the
集约化 platform of `/<site>/<column>/pc/list.html` (四川 自贡 `www.zg.gov.cn/zgsrmzf/c00145/pc/list.html`,
江西 `/lxxrmzf/czysjs/pc/list.html`, 安徽 铜陵 `/tlsscjdglj/c00085/pc/content/content_<id>.html`).

The record fields are the real ones a crawler of 自贡 reads off that list page (marker `articleList`, the first
`[` after it, records with `id`, `title`, `pubDate` `yyyy-MM-dd HH:mm:ss`, `urls` — a JSON string holding
`{"pc": <article address>}` — and `articleFiles`); the script around the literal is guessed. The shared parse
step puts the rows in place of the script, so the crawl follows them and the model reads them as list rows."""

from __future__ import annotations

import json

import pytest

from govaudit import listdata
from govaudit.htmlpage import expand_script_islands, extract_links, parse_html
from govaudit.crawl.render_need import render_reason
from govaudit.model.extract.page import extract_page

URL = "https://www.example.gov.cn/zgsrmzf/c00145/pc/list.html"
ROWS = [("1845747378521169920", "2026年10月建设工程材料价格信息", "2026-10-28 16:02:11"),
        ("1838112045719642112", "关于开展2026年度建筑市场执法检查的通知", "2026-09-30 09:15:00"),
        ("1829001934517510144", "2026年8月建设工程材料价格信息", "2026-08-27 10:40:36")]


def _record(id_: str, title: str, pub: str, urls_as: str = "string") -> dict[str, object]:
    pc = {"pc": f"/zgsrmzf/c00145/pc/content/content_{id_}.html"}
    files = [{"fileId": "1845747380001", "fileName": "材料价格.zip", "filePath": f"/zgsrmzf/uploadfiles/{id_}.zip",
              "domainName": "https://www.example.gov.cn", "totalSize": 482113}]
    return {"id": id_, "title": title, "pubDate": pub, "urls": json.dumps(pc) if urls_as == "string" else pc,
            "articleFiles": files}


def _page(script: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>价格信息-自贡市人民政府</title>
<meta name="ColumnName" content="价格信息"></head><body>
<div class="nav"><a href="/">首页</a><a href="/zgsrmzf/c00141/pc/list.html">政务公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zgsrmzf/c00145/pc/list.html">价格信息</a></div>
<div class="right-list"><div class="list-title"><span>价格信息</span></div><ul id="articleListBox"></ul>
<div id="pageBox"></div></div>
<script type="text/javascript">{script}</script>
<script src="/zgsrmzf/static/js/list.js"></script>
<div class="footer">主办单位：自贡市人民政府办公室</div></body></html>"""


def _island(records: list[dict[str, object]]) -> str:
    data = {"channelId": "c00145", "channelName": "价格信息", "total": len(records), "articleList": records}
    return f"var pageData = {json.dumps(data, ensure_ascii=False)};\nrenderList(pageData.articleList, 'articleListBox');"


EXPECTED = [(f"https://www.example.gov.cn/zgsrmzf/c00145/pc/content/content_{i}.html", p[:10]) for i, _, p in ROWS]


@pytest.mark.parametrize("urls_as", ["string", "object"])
def test_island_rows_are_list_rows_with_dates(urls_as: str):
    facts = extract_page(_page(_island([_record(*r, urls_as=urls_as) for r in ROWS])), URL)
    assert facts.kind == "column" and facts.list_state == "listed"
    assert [(i.url, i.date) for i in facts.list_items] == EXPECTED


def test_the_crawl_follows_the_island_rows():
    links = {link.url for link in extract_links(parse_html(_page(_island([_record(*r) for r in ROWS]))), URL)}
    assert {u for u, _ in EXPECTED} <= links


def test_a_literal_inside_a_js_object_literal_is_found():
    """The array may sit in a call's object literal that is not JSON (unquoted keys)."""
    script = "renderList({box: 'articleListBox', size: 15, articleList: %s});" % json.dumps([_record(*r) for r in ROWS])
    assert [(i.url, i.date) for i in extract_page(_page(script), URL).list_items] == EXPECTED


def test_an_empty_island_is_an_empty_list():
    facts = extract_page(_page(_island([])), URL)
    assert facts.list_items == [] and facts.list_state == "empty"


def test_an_empty_island_is_empty_without_a_list_named_box():
    """The island's own count of 0 says the column is empty, whatever the box the script would fill is called."""
    text = _page(_island([])).replace('<ul id="articleListBox"></ul>', '<div id="abox"></div>')
    text = text.replace('class="right-list"', 'class="r-box"').replace('class="list-title"', 'class="r-tit"')
    assert listdata.empty_script_list(_island([]))
    facts = extract_page(text, URL)
    assert facts.kind == "column" and facts.list_state == "empty"


def test_an_empty_array_without_a_count_of_zero_is_not_an_empty_list():
    assert not listdata.empty_script_list('var cfg = {"menus": [], "title": "价格信息"};')
    assert not listdata.empty_script_list('var pageData = {"total": 12, "articleList": []};')  # filled later


@pytest.mark.parametrize("script", [
    # a menu and a slide show written as JSON: titles and addresses, no dates
    'var menu = [{"name": "首页", "url": "/"}, {"name": "政务公开", "url": "/zgsrmzf/c00141/pc/list.html"}];',
    'var slides = [{"title": "自贡灯会", "url": "/zgsrmzf/c00150/pc/content/content_1.html", "img": "/a.jpg"},'
    ' {"title": "盐都风光", "url": "/zgsrmzf/c00150/pc/content/content_2.html", "img": "/b.jpg"}];',
    'var cfg = {"title": "自贡市人民政府", "siteId": 12};',
    'var broken = {"articleList": [{"title": "未闭合", "pubDate": "2026-10-28"',  # unclosed
    'var deep = {"title": "x", "list": ' + "[" * 3000 + "]" * 3000 + "};",  # hostile nesting
    'var many = {"title": "x"};' + "f(a: {b: 1}, " * 2000,  # many literals that are not JSON
])
def test_scripts_holding_no_dated_list_stay_scripts(script: str):
    text = _page(script)
    assert expand_script_islands(text) == text


def test_script_list_reads_the_records():
    found = listdata.script_list(_island([_record(*r) for r in ROWS]))
    assert found is not None and found.name == "价格信息" and found.total == 3
    assert [(u, d) for _, u, d in found.rows] == [(u.removeprefix("https://www.example.gov.cn"), d) for u, d in EXPECTED]


def _paged_island(shown: int, total: int, size: int | None) -> str:
    """The 山东 政务公开 platform's Vue list (the sdjy sample site's markup): the page's literal holds its first page of
    rows and states the list's total; the later pages are only answers of the API its pager calls."""
    rows = [{"title": f"岱川县卫生健康局{2025 - k}年政府信息公开工作年度报告", "url": f"/gongkai/site_dcxzf/channel_6389ae15375991828264c377/doc_{k:024x}.html",
             "publishDate": f"{2026 - k}-01-20"} for k in range(shown)]
    data = {"total": total, **({"pageSize": size} if size else {}), "pageNo": 1, "data": rows}
    return (f"var docData = {json.dumps(data, ensure_ascii=False)};\n"
            "var app = new Vue({el: '#app', data: {list: docData.data, total: docData.total}, methods: {go: function (p) "
            "{var vm = this; $.getJSON('/gongkai/api/doc/list', {channelId: '6389ae15', pageNo: p}, function (r) {vm.list = r.data;});}}});")


@pytest.mark.parametrize(("total", "size", "pages"), [(17, 10, 2), (31, 10, 4), (25, None, 3)])
def test_an_island_stating_more_rows_than_it_holds_declares_its_pages(total: int, size: int | None, pages: int):
    """A literal holding 10 rows of a list it says has 17 is the list's first page of two: the rest are unobserved
    (a report on page 2 is not missing), so the page declares its page count as a visible pager would."""
    facts = extract_page(_page(_paged_island(10, total, size)), URL)
    assert facts.list_state == "listed" and len(facts.list_items) == 10
    assert facts.page_count == pages


def test_an_island_holding_its_whole_list_declares_no_pages():
    facts = extract_page(_page(_paged_island(7, 7, 10)), URL)
    assert len(facts.list_items) == 7 and facts.page_count is None


def _vue_page(data: dict[str, object], nodata: bool = True) -> str:
    """The 山东 政务公开 platform's list page (the sdjy sample site's markup): an unrendered Vue template row, a `v-if`
    暂无数据 box, and the rows only in the script's JSON literal."""
    box = '<div class="nodata" v-if="list.length == 0">暂无数据</div>\n' if nodata else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>人事信息_岱川县人民政府</title>
<meta name="ColumnName" content="人事信息"></head><body>
<div class="position container">您当前的位置：<a href="/index.html">首页</a> &gt; <a href="/gongkai/site_dcxzf/index.html">政务公开</a>
&gt; <a href="/gongkai/site_dcxzf/channel_6389ae1537599182826bdaaf/">人事信息</a></div>
<div class="right-con"><div class="con-tit"><span>人事信息</span></div>
<div id="app" v-cloak><div class="doc-list">
<ul>
<li v-for="item in list" :key="item.docId"><a :href="item.url" target="_blank" :title="item.title">{{{{item.title}}}}</a><span class="date">{{{{item.publishDate}}}}</span></li>
</ul>
{box}</div></div>
<script>var docData = {json.dumps(data, ensure_ascii=False)};
var app = new Vue({{el: '#app', data: {{list: docData.data, total: docData.total}}}});</script>
</div><div class="footer">主办单位：岱川县人民政府办公室</div></body></html>"""


@pytest.mark.parametrize("nodata", [True, False])
def test_an_empty_island_under_a_client_template_is_an_empty_list(nodata: bool):
    """The literal's empty array beside its count of 0 is the server's word that the list has nothing, whatever client
    template (`{{item.title}}` in a `v-for` row) the page carries for the rows a script would write."""
    url = "https://www.example.gov.cn/gongkai/site_dcxzf/channel_6389ae1537599182826bdaaf/"
    facts = extract_page(_vue_page({"total": 0, "pageSize": 10, "pageNo": 1, "data": []}, nodata), url)
    assert facts.kind == "column" and facts.list_items == [] and facts.list_state == "empty"


def test_a_client_template_without_an_island_stays_unobserved():
    """The same page loading its rows from an API (no literal): what the list holds is not in the page."""
    url = "https://www.example.gov.cn/gongkai/site_dcxzf/channel_6389ae1537599182826bdaaf/"
    text = _vue_page({"total": 0, "data": []}).replace(
        'var docData = {"total": 0, "data": []};', "var docData = {};\n$.getJSON('/gongkai/api/doc/list', {pageNo: 1}, function (r) {app.list = r.data;});")
    facts = extract_page(text, url)
    assert facts.list_items == [] and facts.list_state == "not_observed"


def _vue_rows(shown: int, total: int) -> dict[str, object]:
    return {"total": total, "pageSize": 10, "pageNo": 1,
            "data": [{"title": f"岱川县2026年事业单位公开招聘面试资格确认公告（第{14 - k}号）",
                      "url": f"/gongkai/site_dcxzf/channel_6389ae1537599182826c755a/doc_{k:024x}.html",
                      "publishDate": f"2026-11-{16 - k:02d}"} for k in range(shown)]}


@pytest.mark.parametrize(("shown", "total"), [(0, 0), (7, 7), (10, 17)])
def test_a_vue_template_over_the_pages_own_list_literal_needs_no_browser(shown: int, total: int):
    """The browser would draw the template's rows from the literal the static readers already read (its rows, or its
    count of 0): no render, as gkmlpt's app read from its own config needs none."""
    text = _vue_page(_vue_rows(shown, total))
    assert render_reason(text, parse_html(text), "column", False) is None


def test_a_vue_template_loading_its_rows_from_an_api_is_rendered():
    text = _vue_page({"total": 0, "data": []}).replace(
        'var docData = {"total": 0, "data": []};', "var docData = {};\n$.getJSON('/gongkai/api/doc/list', {pageNo: 1}, function (r) {app.list = r.data;});")
    assert render_reason(text, parse_html(text), "column", False) is not None
