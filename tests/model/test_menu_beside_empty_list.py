"""A column menu whose classes name nothing known holds no content link, however long a column's name.

The cqjy sample site under `classes` (its side menu `ul.lef-nav` renamed): the menu lists the site's 信息公开 columns,
the page's own among them, and one name is as long as an article title — 废止和失效行政规范性文件, the 重庆 portal's
column of repealed documents (its crawler, id 62094618929: `fzhsxgz/fzhsxxzgfxwj`). Counted as a content link, it made
the 人事信息 page, an empty `<ul>` under the column's name, a hub: its emptiness was not offered to the site-level
template comparison and the planted empty column was missed (empty-columns recall 0.50; at all 19 mutations, seed 1,
the page fetched as `rsxx/index.html` while the menu names `rsxx/`: the same page)."""

from __future__ import annotations

import pytest

from govaudit.model.extract.page import extract_page

URL = "http://www.cqxc.gov.cn/zwgk_262/zfxxgkml/rsxx/"
_MENU = (("信息公开指南", "zfxxgkzn/"), ("机构职能", "zfxxgkml/jgzn/"), ("行政规范性文件", "zfxxgkml/zcwj/xzgfxwj/"),
         ("废止和失效行政规范性文件", "zfxxgkml/zcwj/fzhsx/"), ("财政预决算", "zfxxgkml/czyjs/"), ("人事信息", "zfxxgkml/rsxx/"),
         ("重大建设项目", "zfxxgkml/zdxm/"))


def _page(menu: str) -> str:
    return ('<html><head><meta name="ColumnName" content="人事信息"><title>人事信息_峡川县人民政府</title></head><body>'
            '<div class="xdb2910cb"><div class="xc3980303">您当前的位置：<a href="/">首页</a><span>&gt;</span>'
            '<a href="/zwgk_262/">政务公开</a><span>&gt;</span><span>人事信息</span></div></div>'
            f'<div class="x6f5aac55"><div class="x35fadcf3"><h3>政务公开</h3>{menu}</div>'
            '<div class="x5641d981"><div class="x69902c13"><span>人事信息</span></div><ul class="x61f935e7"></ul>'
            '<div class="x1cdd64cd" id="x1cdd64cd"></div><script>createPage(1, 0, "index", "html");</script></div></div>'
            '</body></html>')


@pytest.mark.parametrize("url", [URL, URL + "index.html"])  # fetched as its folder, or its index file (a link so written)
def test_a_menu_naming_the_page_leaves_its_empty_list_offered(url: str):
    menu = '<ul class="x26c536db">' + "".join(f'<li><a href="/zwgk_262/{path}">{name}</a></li>' for name, path in _MENU) + "</ul>"
    facts = extract_page(_page(menu), url)
    assert facts.kind == "hub" and not facts.list_items
    assert "ul.x61f935e7<div.x5641d981<div.x6f5aac55" in facts.empty_boxes


def test_a_list_of_long_titles_not_naming_the_page_is_content():
    rows = '<ul class="x26c536db">' + "".join(
        f'<li><a href="/zwgk_262/zfxxgkml/rsxx/202610/t2026101{n}_1.html">峡川县2026年公开招聘事业单位工作人员公告（第{n}批）</a></li>'
        for n in range(3)) + "</ul>"
    assert extract_page(_page(rows), URL).empty_boxes == ()
