"""Pagers a script plugin draws from its settings (layui laypage, jqPaginator): no pager link in the
page, the page total and perhaps the page-n address in the settings (govaudit/pluginpager.py).

Real settings (public templates, rendered as their servers write them):
  - layui 2, a ThinkPHP admin template (library file id 36077939314): `laypage.render({ elem: 'pages'
    , count: <?php echo …['total']; ?> , theme: '#FFB800' , limit: <?php echo …['per_page']; ?> , curr: …
    , jump: function (obj, first) { if (!first) { location.href = "?page=" + obj.curr + "&pid=<?php …?>"; } } });`
  - layui 1, a JSP list (id 34190137642): `laypage({ cont: 'pagination', pages: totalPage, skip: true, …
    jump: function (obj, first) { if (!first) { current = obj.curr; window.location.href = "?page=" + obj.curr
    + "&${searchParams}"+"&type=${flag}"; } } });`
  - jqPaginator, a JSP list (id 10978830422): `$.jqPaginator('#pagination', { totalPages: ${pageSize},
    visiblePages: 10, currentPage: currentpage, first: '<li class="first"><a href="…?page=1">首页</a></li>', …
    page: '<li class="page"><a href="<%=basePath %>1019/zai/xin/jian/editsupplier?page={{page}}">{{page}}</a></li>', …`
  - jqPaginator loading by Ajax (id 34327178657): `$.jqPaginator('#pagination', { totalCounts : program.count,
    visiblePages: 5, currentPage: 1, pageSize: 20, … page: '<li class="page"><a href="javascript:;">{{page}}</a></li>',
    onPageChange: function (num, type) { if(type == 'init') {return;} program.initPage(num); } });`
  - jquery.pager, a JSP list (id 14268688642): `$("#pager").pager({pagenumber:${…currentPageIndex},
    pagecount:${EventSourcePage.pageCount}, buttonClickCallback:PageClick}); … PageClick=function(pageclickednumber)
    { location.href="/eventsources/list?pageIndex="+pageclickednumber; …`; inline (id 5651196292):
    `buttonClickCallback:function(index){ if(index == 1){ window.location.href="${path}/"; }else{
    window.location.href="${path}/" + index +".html"; …`; a form submit (id 19664562547): no address.
Before, neither the crawl nor the model read them: a column's later pages were neither fetched nor
said to be unobserved (the list looked whole from its first page).
"""

from __future__ import annotations

from pathlib import Path

from govaudit.pluginpager import PluginPager, plugin_pagers
from tests.model.loopback import HTML, crawl_and_build

LAYUI2 = ("layui.use(['form', 'laypage'], function () { var form = layui.form , laypage = layui.laypage;\n"
          "laypage.render({ //分页\n elem: 'pages'\n , count: 58\n , theme: '#FFB800'\n , limit: 20\n , curr: 1\n"
          " , jump: function (obj, first) {\n if (!first) {\n location.href = \"?page=\" + obj.curr + \"&pid=3\";\n }\n }\n });\n});")
LAYUI1 = ("laypage({\n cont: 'pagination',\n pages: 7,\n skip: true,\n first: '首页',\n last: '末页',\n curr: current,\n"
          " jump: function (obj, first) {\n if (!first) {\n current = obj.curr;\n"
          " window.location.href = \"?page=\" + obj.curr + \"&q=\"+\"&type=1\";\n }\n }\n });")
JQ = ("$.jqPaginator('#pagination', {\n totalPages: 12,\n visiblePages: 10,\n currentPage: currentpage,\n"
      " first: '<li class=\"first\"><a href=\"/1019/zai/xin/jian/editsupplier?page=1\">首页</a></li>',\n"
      " page: '<li class=\"page\"><a href=\"/1019/zai/xin/jian/editsupplier?page={{page}}\">{{page}}</a></li>',\n"
      " onPageChange: function (num, type) {\n if(type == \"change\"){ }\n }\n });")
JQPAGER = ('$(document).ready(function(){\n $("#pager").pager({pagenumber:1, pagecount:9, buttonClickCallback:PageClick});\n });\n'
           ' PageClick=function(pageclickednumber)\n {\n location.href="/eventsources/list?pageIndex="+pageclickednumber;\n }')
JQPAGER_INLINE = ('$("#exam_paper").pager({ \n pagenumber: 1, \n pagecount: 5, \n buttonClickCallback:function(index){\n'
                  ' if(index == 1){\n window.location.href="/zkzx/";\n }else{\n window.location.href="/zkzx/" + index +".html";\n }\n }\n });')
JQPAGER_FORM = ('$("#pager").pager({ pagenumber: 1, pagecount: 4, buttonClickCallback: PageClick });\n'
                'PageClick = function(pageclickednumber) { $("#page").val(pageclickednumber); $("#queryForm").submit(); }')
JQ_AJAX = ("$.jqPaginator('#pagination', {\n totalCounts : 58,\n visiblePages: 5,\n currentPage: 1,\n pageSize: 20,\n"
           " first: '<li class=\"first\"><a href=\"javascript:;\">首页</a></li>',\n"
           " page: '<li class=\"page\"><a href=\"javascript:;\">{{page}}</a></li>',\n"
           " onPageChange: function (num, type) {\n if(type == 'init') {return;}\n program.initPage(num);\n }\n });")


def test_settings_state_the_page_total_and_the_address_when_they_build_one() -> None:
    assert plugin_pagers(LAYUI2) == [PluginPager("laypage", 3, "?page={n}&pid=3")]
    assert plugin_pagers(LAYUI1) == [PluginPager("laypage", 7, "?page={n}&q=&type=1")]
    assert plugin_pagers(JQ) == [PluginPager("jqPaginator", 12, "/1019/zai/xin/jian/editsupplier?page={n}")]
    assert plugin_pagers(JQ_AJAX) == [PluginPager("jqPaginator", 3, None)]  # Ajax: no address
    assert plugin_pagers(JQPAGER) == [PluginPager("pager", 9, "/eventsources/list?pageIndex={n}")]
    assert plugin_pagers(JQPAGER_INLINE) == [PluginPager("pager", 5, "/zkzx/{n}.html")]  # page n, not page 1's branch
    assert plugin_pagers(JQPAGER_FORM) == [PluginPager("pager", 4, None)]
    # a total the script computes (`Math.ceil(data.length / nums)`) is no stated total
    assert plugin_pagers("laypage({cont: 'page', pages: Math.ceil(usersData.length / nums), skip: true})") == []
    # a suffix built from another variable (`"&limit=" + obj.limit`) is no whole address
    assert plugin_pagers("laypage.render({ elem: 'page', count: 58, curr: 1, jump: function (obj, first) { if (!first) "
                         "{ window.location.href = \"?page=\" + obj.curr + \"&limit=\" + obj.limit; } } });")[0].address is None


def _page(name: str, folder: str, page: int, script: str) -> str:
    rows = "".join(f'<li><a href="/{folder}/202609/t2026090{page}_{page}{i}.html">{name}第{page}页第{i}条重点工作的通知</a>'
                   f'<span>2026-0{9 - page}-{10 + i}</span></li>' for i in range(1, 4))
    return (f'<html><head><meta charset="utf-8"><title>{name}_某县人民政府</title></head><body>'
            '<div class="nav"><a href="/">首页</a><a href="/tzgg/">通知公告</a><a href="/gzdt/">工作动态</a><a href="/xwdt/">新闻动态</a><a href="/zcwj/">政策文件</a></div>'
            f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/{folder}/">{name}</a></div>'
            f'<div class="main"><ul class="list">{rows}</ul><div id="pages"></div></div>'
            f'<script>{script}</script><div class="foot">主办：某县人民政府办公室</div></body></html>')


def _doc(title: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><div class="content"><h1>{title}</h1>'
            f'<p>发布时间：2026-08-01</p><p>{"各单位要高度重视，抓好落实。" * 12}</p></div></body></html>')


def test_a_plugin_pagers_later_pages_are_fetched_where_it_builds_their_address_else_unobserved(tmp_path: Path) -> None:
    laypage = LAYUI2.replace("count: 58", "count: 9").replace("limit: 20", "limit: 3").replace("&pid=3", "")
    jq = JQ.replace("totalPages: 12", "totalPages: 3").replace("/1019/zai/xin/jian/editsupplier", "/gzdt/")
    pages = {"/": (200, HTML, '<html><head><meta charset="utf-8"><title>某县人民政府</title></head><body>'
                   '<a href="/tzgg/">通知公告</a><a href="/gzdt/">工作动态</a><a href="/xwdt/">新闻动态</a><a href="/zcwj/">政策文件</a></body></html>')}
    for folder, name, script, later in (("tzgg", "通知公告", laypage, "/tzgg/?page={n}"), ("gzdt", "工作动态", jq, "/gzdt/?page={n}"),
                                        ("zcwj", "政策文件", JQPAGER.replace("pagecount:9", "pagecount:3").replace("/eventsources/list", "/zcwj/"),
                                         "/zcwj/?pageIndex={n}"),
                                        ("xwdt", "新闻动态", JQ_AJAX.replace("58", "9").replace("20", "3"), None)):
        for n in (1, 2, 3):
            path = f"/{folder}/" if n == 1 else (later or f"/{folder}/?p={n}").replace("{n}", str(n))
            pages[path] = (200, HTML, _page(name, folder, n, script))
            for i in range(1, 4):
                pages[f"/{folder}/202609/t2026090{n}_{n}{i}.html"] = (200, HTML, _doc(f"{name}第{n}页第{i}条重点工作的通知"))
    model, base = crawl_and_build(pages, tmp_path / "out")
    columns = {c.url.removeprefix(base): c for c in model.columns}
    for folder in ("tzgg/", "gzdt/", "zcwj/"):  # their address built: pages 2 and 3 fetched, one column of 9 items
        assert (len(columns[folder].pages), columns[folder].pages_unobserved, len(columns[folder].items)) == (3, 0, 9)
    # no address (Ajax): its later pages are said unobserved, never guessed
    assert (len(columns["xwdt/"].pages), columns["xwdt/"].pages_unobserved, len(columns["xwdt/"].items)) == (1, 2, 3)
    assert not any(u.removeprefix(base).startswith("xwdt/?") for u in (p.url for p in model.pages))
