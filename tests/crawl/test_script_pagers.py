"""Script pagers (`javascript:goPage(2)`, `onclick="goPage(2)"`): the page-n URL comes from the
pager function's own URL pattern or the GET form it submits; a POST form, or a function that
builds no URL, names no page (the list's later pages stay unobserved, nothing is guessed)."""

from __future__ import annotations

import pytest

from govaudit.crawl.pagination import list_pages
from govaudit.htmlpage import extract_links, parse_html

COL = "https://www.example.gov.cn/xxgk/zcwj/"


def _pages(url: str, text: str) -> list[str]:
    return [u for u, _ in list_pages(url, text, extract_links(parse_html(text), url), 50).pages]


def _pager(call: str = "javascript:goPage({n})", onclick: bool = False, total: str = "共4页") -> str:
    links = "".join(f'<a href="javascript:void(0)" onclick="goPage({n})">{n}</a>' if onclick
                    else f'<a href="{call.format(n=n)}">{n}</a>' for n in range(1, 5))
    return f'<div class="page">{total} {links}<a href="{call.format(n=2)}">下一页</a></div>'


@pytest.mark.parametrize("script, expected", [
    # TRS-style folder pages: page n is index_{n-1}.html
    ('function goPage(n){ if(n==1){location.href="index.html";} else {location.href="index_"+(n-1)+".html";} }',
     [COL + f"index_{n}.html" for n in (1, 2, 3)]),
    # a query parameter, single quotes, window.location
    ("function goPage(page) { window.location.href = 'list.jsp?catid=12&pageNo=' + page; }",
     [COL + f"list.jsp?catid=12&pageNo={n}" for n in (2, 3, 4)]),
    # a function expression and a root-relative URL with a suffix
    ('var goPage = function (p) { location = "/xxgk/zcwj/list_" + p + ".shtml"; };',
     [f"https://www.example.gov.cn/xxgk/zcwj/list_{n}.shtml" for n in (2, 3, 4)]),
])
def test_the_pager_function_names_the_page_url(script, expected):
    assert _pages(COL + "index.html", f"<html><body><ul class='list'></ul>{_pager()}<script>{script}</script></body></html>") == expected


def test_onclick_pagers_and_a_get_form_with_the_page_field():
    form = ('<form id="pageForm" name="pageForm" action="/xxgk/search.jsp" method="get">'
            '<input type="hidden" name="unitid" value="3301"><input type="hidden" name="colid" value="12">'
            '<input type="hidden" name="curPage" id="curPage" value="1"></form>')
    script = "function goPage(n){ document.getElementById('curPage').value = n; document.getElementById('pageForm').submit(); }"
    page = f"<html><body>{form}<table class='list'></table>{_pager(onclick=True)}<script>{script}</script></body></html>"
    assert _pages("https://www.example.gov.cn/xxgk/search.jsp?unitid=3301&colid=12", page) == [
        f"https://www.example.gov.cn/xxgk/search.jsp?unitid=3301&colid=12&curPage={n}" for n in (2, 3, 4)]


@pytest.mark.parametrize("page", [
    # a POST form: the page has no URL of its own
    ('<form id="f" action="/xxgk/list.do" method="post"><input type="hidden" name="pageNo" id="pageNo" value="1"></form>'
     "<script>function goPage(n){document.getElementById('pageNo').value=n;document.getElementById('f').submit();}</script>"),
    # an AJAX loader: no URL to fetch as a page
    "<script>function goPage(n){ $('#list').load('/api/list', {page: n}); }</script>",
    # the function is defined elsewhere (an external script)
    '<script src="/js/pager.js"></script>',
])
def test_a_script_pager_without_a_url_names_no_page(page):
    assert _pages(COL + "index.html", f"<html><body><ul class='list'></ul>{_pager()}{page}</body></html>") == []


def test_a_single_page_pager_names_nothing():
    script = "function goPage(n){ location.href = 'index_' + (n - 1) + '.html'; }"
    page = f'<div class="page">共1页 <a href="javascript:goPage(1)">1</a></div><script>{script}</script>'
    assert _pages(COL + "index.html", page) == []


def _list(name: str, first: int, n: int, pager: str) -> str:
    rows = "".join(f"<li><a href='/xxgk/{name}/d{first + i}.html'>{name}文件第{first + i}号</a><span>2026-08-{28 - i:02d}</span></li>"
                   for i in range(n))
    return (f"<html><head><meta charset='utf-8'><title>{name}</title><meta name='ColumnName' content='{name}'></head>"
            f"<body><div class='nav'><a href='/'>首页</a></div><ul class='list'>{rows}</ul>{pager}</body></html>")


def test_a_crawl_follows_a_script_pager_and_records_what_it_could_not(tmp_path):
    from tests.model.loopback import HTML, crawl_and_build

    get = "<script>function goPage(n){ location.href = 'index_' + (n - 1) + '.html'; }</script>"
    post = ("<form id='f' action='/xxgk/zcjd/list.do' method='post'><input type='hidden' name='pageNo' id='pageNo' value='1'></form>"
            "<script>function goPage(n){document.getElementById('pageNo').value=n;document.getElementById('f').submit();}</script>")
    pages = {"/": (200, HTML, "<html><body><a href='/xxgk/zcwj/index.html'>政策文件</a><a href='/xxgk/zcjd/index.html'>政策解读</a></body></html>"),
             "/xxgk/zcwj/index.html": (200, HTML, _list("zcwj", 1, 10, _pager() + get)),
             "/xxgk/zcjd/index.html": (200, HTML, _list("zcjd", 1, 10, _pager() + post))}
    for k in (1, 2, 3):
        pages[f"/xxgk/zcwj/index_{k}.html"] = (200, HTML, _list("zcwj", 1 + 10 * k, 10, _pager() + get))
    for name in ("zcwj", "zcjd"):
        for i in range(1, 41):
            pages[f"/xxgk/{name}/d{i}.html"] = (200, HTML, f"<html><body><h1>{name}文件第{i}号</h1><p>发布时间：2026-08-01</p></body></html>")
    site, base = crawl_and_build(pages, tmp_path)
    columns = {c.url.removeprefix(base): c for c in site.columns}
    assert len(columns["xxgk/zcwj/"].items) == 40 and columns["xxgk/zcwj/"].note is None
    unobserved = columns["xxgk/zcjd/"]
    assert (len(unobserved.items), unobserved.state) == (10, "listed")
    assert unobserved.note and "共 4 页" in unobserved.note and "只抓取到 1 页" in unobserved.note


# JEECMS pagers: every link is `href="#"` with the address in an onclick (a rendered
# yctravel.gov.cn list page; JEECMS's style_page/channel_1 template with encodeURI).
_JEECMS_NUMBERS = ('<div class="page-area"><div class="pages"><span class="button-area">共1648条记录 6/66页</span>'
                   '<a href="#" class="prev" onclick="location.href=\'index_5.jhtml\'"> &lt;&lt; </a>'
                   '<span class="page-number"><a class="Num" href="#" onclick="location.href=\'index.jhtml\'">1</a>'
                   '<i class="Num none">...</i><a class="Num on" href="#" onclick="location.href=\'index_6.jhtml\'">6</a>'
                   '<a class="Num" href="#" onclick="location.href=\'index_7.jhtml\'">7</a></span>'
                   '<a class="next" href="#" onclick="location.href=\'index_7.jhtml\'"> &gt;&gt; </a></div></div>')
_JEECMS_BUTTONS = ('<div class="pagination">共22条记录 1/2页&nbsp;<a disabled="disabled" style="cursor: pointer">首页</a> '
                   '<a disabled="disabled" style="cursor: pointer">上一页</a>&nbsp;<a href="#" '
                   'onclick="location.href=encodeURI(\'/xwzx/bmdt/index_2.jhtml\');">下一页</a> <a href="#" '
                   'onclick="location.href=encodeURI(\'/xwzx/bmdt/index_2.jhtml\');">尾页</a></div>')


def test_onclick_location_anchors_are_links_and_their_pager_is_read():
    lykb = "http://www.yctravel.gov.cn/lykb/index_6.jhtml"
    links = extract_links(parse_html(_JEECMS_NUMBERS), lykb)
    assert [(l.text, l.url) for l in links][:2] == [("<<", "http://www.yctravel.gov.cn/lykb/index_5.jhtml"),
                                                    ("1", "http://www.yctravel.gov.cn/lykb/index.jhtml")]
    assert _pages(lykb, _JEECMS_NUMBERS)[:3] == [f"http://www.yctravel.gov.cn/lykb/index_{n}.jhtml" for n in (2, 3, 4)]
    bmdt = "http://www.qingfeng.gov.cn/xwzx/bmdt/index.jhtml"
    assert _pages(bmdt, _JEECMS_BUTTONS) == ["http://www.qingfeng.gov.cn/xwzx/bmdt/index_2.jhtml"]


def test_an_onclick_that_builds_its_address_is_no_link():
    html = ('<a href="javascript:;" onclick="location.href=\'list_\' + n + \'.html\'">下一页</a>'
            '<a href="#" onclick="goPage(n); location.href=\'?p=\' + n">2</a><a disabled="disabled">首页</a>')
    assert extract_links(parse_html(html), COL) == []


def test_an_onclick_that_also_calls_a_function_links_the_literal_it_assigns():
    # the browser goes where the location is last set; goPage(2) alone names no address (pagination.py reads it)
    html = '<a href="#" onclick="goPage(2); location.href=\'x.html\'">2</a>'
    assert [link.url for link in extract_links(parse_html(html), COL)] == [COL.rsplit("/", 1)[0] + "/x.html"]
