"""A Hanweb static page named only by its `<title>栏目 站点名</title>`: its name is the part before the space.

The hanweb sample site (tests/sites/hanweb.py: `<title>机构职能 青溪县人民政府</title>` as 大汉's stock templates write it,
a ColumnName meta beside it) under all 19 mutations at seed 29: with the 2017 meta tags stripped (`metas`) the page's
name was the whole <title>, which the trail's leaf 机构职能 no longer matched, and six static pages (机构职能, 领导信息,
联系我们, 信息公开指南 …) read as hubs: never judged. A bare space before a site's or organ's name ending the <title>
splits it, as a hyphen already did."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page
from govaudit.model.extract.text import title_name


def test_a_space_before_the_site_name_ends_the_page_s_name() -> None:
    assert title_name("机构职能 青溪县人民政府") == "机构职能"
    assert title_name("2023年政府信息公开工作年度报告 青溪县人民政府") == "2023年政府信息公开工作年度报告"
    assert title_name("青溪县人民政府") == "青溪县人民政府"
    assert title_name("关于召开 全县安全生产会议的通知") == "关于召开 全县安全生产会议的通知"  # no site name after the space


def test_a_static_page_named_by_its_title_and_trail_without_meta_tags() -> None:
    html = ('<html><head><meta charset="utf-8"><title>机构职能 青溪县人民政府</title></head><body>'
            '<div class="x1"><table><tr><td>您现在的位置：</td><td><a href="/">首页</a></td>'
            '<td>&nbsp;&gt;&nbsp;<a href="./index.html">机构职能</a></td></tr></table></div>'
            '<div class="x2"><ul><li><a href="/">首页</a></li><li><a href="../col1229400/index.html">新闻中心</a></li>'
            '<li><a href="../col1229500/index.html">政务公开</a></li></ul></div>'
            '<div class="x3"><div class="x4">走进青溪</div><ul><li class="x5"><a href="./index.html">机构职能</a></li>'
            '<li><a href="../col1229521/index.html">领导信息</a></li><li><a href="../col1229523/index.html">联系我们</a></li></ul></div>'
            '<div class="x6"><div class="x7"><span>机构职能</span></div><div class="x8"><p class="x9">机构职能</p><div>'
            '<p>青溪县人民政府是县级国家行政机关，执行县人民代表大会及其常务委员会的决议，领导所属各部门和各乡镇人民政府的工作。</p>'
            '</div></div></div><div class="x10"><p>主办单位：青溪县人民政府办公室</p><p>政府网站标识码：3311990001</p></div></body></html>')
    page = extract_page(html, "http://www.qingxi.gov.cn/col/col1229520/index.html")
    assert (page.kind, page.single_article) == ("column", True)
