"""Lists served as JSON (a script-built list's API) and a gkmlpt catalogue's categories."""

from __future__ import annotations

import json

import pytest

from govaudit import listdata
from govaudit.crawl.applists import app_headings, app_lists

GKMLPT = {"classify": {"id": 2583, "name": "规范性文件", "post_count": 13},
          "articles": [{"id": 31, "title": "关于印发某办法的通知", "url": "/gkmlpt/content/0/31/post_31.html",
                        "display_publish_time": 1792029600, "created_at": "2026-10-15 10:00:00"}],
          "total": 13, "page": 1, "page_size": 10}


@pytest.mark.parametrize("answer, rows, name, total", [
    (GKMLPT, [("关于印发某办法的通知", "/gkmlpt/content/0/31/post_31.html", "2026-10-15")], "规范性文件", 13),
    # Vue portal style: data.list, dates as strings, or milliseconds (00:30 in Shanghai is the day before in UTC)
    ({"code": 200, "data": {"total": 2, "columnName": "通知公告", "list": [
        {"docTitle": "停水通知", "docUrl": "/art/1.html", "publishDate": "2026/3/4 09:00"},
        {"docTitle": "停电通知", "docUrl": "/art/2.html", "publishTime": 1772555400000}]}},
     [("停水通知", "/art/1.html", "2026/3/4"), ("停电通知", "/art/2.html", "2026-03-04")], "通知公告", 2),
    # a bare array of rows, no name and no total
    ([{"title": "公告一", "link": "http://x.gov.cn/a/1.html", "date": "2025-12-01"}],
     [("公告一", "http://x.gov.cn/a/1.html", "2025-12-01")], "", None),
    # an empty category: the answer states a count of 0
    ({"classify": {"name": "行政处罚", "post_count": 0}, "articles": [], "total": 0}, [], "行政处罚", 0),
])
def test_a_json_list_is_read_as_rows(answer, rows, name, total):
    jl = listdata.read(json.dumps(answer, ensure_ascii=True).encode())
    assert jl is not None and [list(r) for r in jl.rows] == [list(r) for r in rows]
    assert (jl.name, jl.total) == (name, total)


def test_a_jsonp_answer_is_read_like_json():
    body = ("jQuery1123_456(" + json.dumps(GKMLPT, ensure_ascii=False) + ");").encode()
    jl = listdata.read(body)
    assert jl is not None and jl.name == "规范性文件" and len(jl.rows) == 1
    assert listdata.answer_html("http://h/api?page=1", "application/javascript", body) is not None


@pytest.mark.parametrize("answer", [
    {"SID": "441823", "SITE_NAME": "凤岭县"},  # a configuration, no list
    {"menu": [{"name": "首页", "icon": "home"}, {"name": "公开", "icon": "gk"}]},  # objects without URLs
    {"code": 500, "msg": "系统繁忙", "data": []},  # an empty array without a stated count
])
def test_json_without_a_document_list_is_not_a_list(answer):
    assert listdata.read(json.dumps(answer).encode()) is None
    assert listdata.read(b"{not json") is None


def test_the_next_page_follows_the_stated_total():
    jl = listdata.read(json.dumps(GKMLPT).encode())
    assert listdata.next_page("http://h/gkmlpt/api/all/2583?page=1&sid=441823", jl) == \
        "http://h/gkmlpt/api/all/2583?page=2&sid=441823"
    assert listdata.next_page("http://h/gkmlpt/api/all/2583?page=2&sid=441823", jl) is None  # 2 × 10 ≥ 13
    assert listdata.next_page("http://h/api/list?sid=1", jl) is None  # no page parameter: nothing to build
    # The page parameters are the HTML pagers' (urls.PAGE_PARAMS), not a shorter list of their own:
    # 中网 Cicro pages by cur_page (/info/iList.jsp?node_id=GKszfbgt&tm_id=69&cur_page=2, shaanxi.gov.cn).
    assert listdata.next_page("http://h/api/list?cur_page=1&tm_id=69", jl) == "http://h/api/list?cur_page=2&tm_id=69"
    html = listdata.as_html("http://h/gkmlpt/api/all/2583?page=1&sid=441823", jl)
    assert '<meta name="ColumnName" content="规范性文件">' in html and "page=2&amp;sid=441823" in html
    assert listdata.looks_json("application/json;charset=UTF-8", b"{}") and listdata.looks_json(None, b' [1]')
    assert not listdata.looks_json("text/html", b"{}")


TREE = [{"id": 1, "name": "机构职能", "jump_url": "/zwgk/jgzn/index.html", "children": []},
        {"id": 2, "name": "法定主动公开内容", "jump_url": "", "children": [
            {"id": 21, "name": "规范性文件", "jump_url": "", "children": []},
            {"id": 22, "name": "其他文件", "children": [{"id": 221, "name": "函", "jump_url": None}]}]},
        {"id": "3", "name": "部门文件", "jump_url": ""}]  # an id written as a string


@pytest.mark.parametrize("config", [
    "window._CONFIG = {SID: '755041', TREE: %s, SERVICE_AREA_ID: 1};",
    'window._CONFIG={"SID":"755041","TREE":%s};',
    "window._CONFIG = {\n  SID : 755041,\n  TITLE: '目录 [旧]',\n  TREE: %s\n};",
])
def test_gkmlpt_categories_are_read_from_the_app_config(config):
    html = f"<html><body><div id=app></div><script>{config % json.dumps(TREE, ensure_ascii=False)}</script></body></html>"
    assert app_lists("http://www.x.gov.cn/bm/gkmlpt/index", html) == [("http://www.x.gov.cn/zwgk/jgzn/index.html", "机构职能")] + [
        (f"http://www.x.gov.cn/bm/gkmlpt/api/all/{i}?page=1&sid=755041", name)
        for i, name in ((21, "规范性文件"), (221, "函"), (3, "部门文件"))]


def test_other_app_configs_name_no_lists():
    tree = json.dumps(TREE)
    assert app_lists("http://x/gkmlpt/index", f"<script>window._CONFIG = {{TREE: {tree}}};</script>") == []  # no SID
    assert app_lists("http://x/app/index", f"<script>window._CONFIG = {{SID: '1', TREE: {tree}}};</script>") == []
    assert app_lists("http://x/gkmlpt/index", "<script>window._CONFIG = {SID: '1', TREE: [{]};</script>") == []


def test_gkmlpt_heading_nodes_are_the_catalogues_headings():
    html = f"<script>window._CONFIG = {{SID: '1', TREE: {json.dumps(TREE, ensure_ascii=False)}}};</script>"
    assert app_headings("http://x/bm/gkmlpt/index", html) == ("法定主动公开内容", "其他文件")
    assert app_headings("http://x/app/index", html) == ()  # not a gkmlpt page
    assert app_headings("http://x/gkmlpt/index", "<script>window._CONFIG = {TREE: [{]};</script>") == ()


def test_a_catalogue_heading_drawn_only_by_the_app_is_a_disclosure_section():
    from govaudit.model.extract.page import extract_page
    from govaudit.model.site_sections import disclosure_sections
    html = ("<html><head><title>政府信息公开目录</title></head><body><div id=app></div>"
            f"<script>window._CONFIG = {{SID: '1', TREE: {json.dumps(TREE, ensure_ascii=False)}}};</script></body></html>")
    facts = extract_page(html, "http://x/gkmlpt/index")
    section = {s.name: s for s in disclosure_sections([], [], [], {facts.url: facts.headings})}["法定主动公开内容"]
    assert section.present and section.via == "heading" and section.text == "法定主动公开内容"


@pytest.mark.parametrize("body", [b"[" * 200_000, b"cb(" + b"[" * 200_000 + b"]" * 200_000 + b");", b'{"a":' * 100_000])
def test_a_hostile_deeply_nested_answer_holds_no_list(body):
    assert listdata.read(body) is None
    assert listdata.answer_html("http://x/gkmlpt/api/all/1?page=1&sid=1", "application/json", body) is None


def test_a_hostile_catalogue_tree_is_read_to_a_bounded_depth():
    node = '{"id": 1, "name": "组", "children": ['
    tree = "[" + node * 400 + '{"id": 2, "name": "叶"}' + "]}" * 400 + "]"
    html = f"<script>window._CONFIG = {{SID: '1', TREE: {tree}}};</script>"
    assert app_lists("http://x/gkmlpt/index", html) == []  # the leaf is deeper than any real tree
    assert app_headings("http://x/gkmlpt/index", html) == ("组",)  # the same name, once
    deep = "<script>window._CONFIG = {SID: '1', TREE: " + "[" * 5000 + "]" * 5000 + "};</script>"
    assert app_lists("http://x/gkmlpt/index", deep) == [] and app_headings("http://x/gkmlpt/index", deep) == ()
