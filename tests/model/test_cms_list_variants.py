"""PHPCMS / DedeCMS list identities and single pages (the phpcms sample site's first-contact
misses, as general patterns): `list-{catid}-{page}.html` pages fold into one column whose URL is
its numbered first page; an `index.php?…&catid=N` list is cited as linked (never `/?…`), also
when the site links the directory form too; a 单网页 beside a long left menu is a static page,
dated by its signature date; a trail ending in 列表 names the column before it; the CMS's
status-200 提示信息 page is a soft 404."""

from __future__ import annotations

import lxml.html
import pytest

from govaudit.crawl.soft404 import error_page
from govaudit.model.extract.page import extract_page
from tests.model.loopback import HTML, crawl_and_build

_MENU = ("机构职能", "政策文件", "规范性文件", "政策解读", "人事信息", "财政预决算", "行政处罚", "行政许可",
         "重大建设项目", "政府信息公开指南", "政府信息公开制度", "政府信息公开年报", "依申请公开")


def _page(title: str, body: str, column: str | None = None) -> str:
    meta = f'<meta name="ColumnName" content="{column}">' if column else ""
    return (f"<html><head><meta charset='utf-8'><title>{title} - 某县人民政府</title>{meta}</head><body>"
            f"<div class='header'><a href='/'>首页</a></div>{body}"
            "<div class='footer'>主办单位：某县人民政府办公室</div></body></html>")


def _rows(catid: int, first: int, n: int, day: int) -> str:
    return "".join(f"<li><span class='rt'>2026-08-{day - i % 20:02d}</span>·<a href='/show-{catid}-{first + i}-1.html'>"
                   f"信息{first + i}</a></li>" for i in range(n))


def _pager(catid: int, pages: int, dynamic: bool = False) -> str:
    def url(k: int) -> str:
        return f"/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={catid}&amp;page={k}" if dynamic else f"/list-{catid}-{k}.html"
    return (f"<div id='pages'><a class='a1'>{pages * 10}条</a> <a href='{url(1)}' class='a1'>上一页</a> <span>1</span>"
            + "".join(f" <a href='{url(k)}'>{k}</a>" for k in range(2, pages + 1)) + f" <a href='{url(2)}' class='a1'>下一页</a></div>")


def _crumb(name: str, url: str, tail: str = "列表") -> str:
    return f"<div class='crumbs'><a href='/'>首页</a><span> &gt; </span><a href='{url}'>{name}</a> &gt;  {tail}</div>"


_HOVER = ' class="hover"'


def _menu(current: str) -> str:
    return "<div class='gk-left'><ul class='gk-menu'>" + "".join(
        f"<li><a href='/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={40 + i}'{_HOVER if n == current else ''}>{n}</a></li>"
        for i, n in enumerate(_MENU)) + "</ul></div>"


def _single(name: str, text: str, column: bool = True) -> str:
    url = f"/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={40 + _MENU.index(name)}"
    return _page(name, f"{_crumb(name, url)}<div class='main'>{_menu(name)}<div class='col-auto'><h5>{name}</h5>"
                       f"<div class='page-content'>{text}</div></div></div>", name if column else None)


def _article(title: str, day: str) -> str:
    return _page(title, f"<div id='Article'><h1>{title}<br /><span>{day} 10:20:33</span></h1><div class='content'>"
                        + "<p>为做好相关工作，现将有关事项通知如下，请各单位认真贯彻落实。</p>" * 5 + "</div></div>")


def _site() -> dict:
    dyn = "/index.php?m=content&c=index&a=lists&catid="
    pages = {
        "/": (200, HTML, _page("某县人民政府", "<a href='/list-2-1.html'>要闻</a><a href='/a/tzgg/'>通知公告</a>"
                                               f"<a href='{dyn}32'>政策文件</a><a href='/?m=content&amp;c=index&amp;a=lists&amp;catid=33'>规范性文件</a>")),
        # PHPCMS pseudo-static: page 1 is list-2-1.html itself.
        "/list-2-1.html": (200, HTML, _page("要闻", _crumb("要闻", "/list-2-1.html") + f"<ul class='list'>{_rows(2, 1, 10, 28)}</ul>"
                                            + _pager(2, 3), "要闻")),
        "/list-2-2.html": (200, HTML, _page("要闻", f"<ul class='list'>{_rows(2, 11, 10, 18)}</ul>" + _pager(2, 3), "要闻")),
        "/list-2-3.html": (200, HTML, _page("要闻", f"<ul class='list'>{_rows(2, 21, 4, 8)}</ul>" + _pager(2, 3), "要闻")),
        # DedeCMS: page 1 is the folder's index.html, page 2 list_12_2.html, linked as list_12_1.html for page 1.
        "/a/tzgg/": (200, HTML, _page("通知公告", f"<ul class='list'>{_rows(12, 1, 10, 28)}</ul>"
                                      "<div class='dede_pages'><a href='list_12_1.html'>首页</a><a href='list_12_2.html'>2</a>"
                                      "<a href='list_12_2.html'>下一页</a></div>", "通知公告")),
        "/a/tzgg/list_12_2.html": (200, HTML, _page("通知公告", f"<ul class='list'>{_rows(12, 11, 5, 15)}</ul>", "通知公告")),
        # PHPCMS dynamic URLs: the query names the list.
        dyn + "32": (200, HTML, _page("政策文件", f"<ul class='list'>{_rows(32, 1, 10, 27)}</ul>" + _pager(32, 2, True), "政策文件")),
        dyn + "32&page=2": (200, HTML, _page("政策文件", f"<ul class='list'>{_rows(32, 11, 6, 12)}</ul>", "政策文件")),
        # Linked as the directory form on the homepage, paged by the script's own URL.
        "/?m=content&c=index&a=lists&catid=33": (200, HTML, _page("规范性文件", f"<ul class='list'>{_rows(33, 1, 10, 27)}</ul>"
                                                                 + _pager(33, 2, True), "规范性文件")),
        dyn + "33&page=2": (200, HTML, _page("规范性文件", f"<ul class='list'>{_rows(33, 11, 3, 12)}</ul>", "规范性文件")),
    }
    for catid, n in ((2, 24), (12, 15), (32, 16), (33, 13)):
        for i in range(1, n + 1):
            pages[f"/show-{catid}-{i}-1.html"] = (200, HTML, _article(f"信息{i}（{catid}）", "2026-08-01"))
    return pages


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    return crawl_and_build(_site(), tmp_path_factory.mktemp("cms-lists"))


def test_numbered_first_pages_and_script_lists_are_one_column_each(built):
    site, base = built
    got = {c.url.removeprefix(base): len(c.items) for c in site.columns}
    assert got == {"list-2-1.html": 24, "a/tzgg/": 15, "index.php?m=content&c=index&a=lists&catid=32": 16,
                   "?m=content&c=index&a=lists&catid=33": 13}
    numbered = {p.url.removeprefix(base): (p.column_url.removeprefix(base), p.page_no) for p in site.pages if p.column_url}
    assert numbered["list-2-3.html"] == ("list-2-1.html", 3)
    assert numbered["a/tzgg/list_12_2.html"] == ("a/tzgg/", 2)
    assert numbered["index.php?m=content&c=index&a=lists&catid=32&page=2"] == ("index.php?m=content&c=index&a=lists&catid=32", 2)
    assert numbered["index.php?m=content&c=index&a=lists&catid=33&page=2"] == ("?m=content&c=index&a=lists&catid=33", 2)


_GUIDE = ("<p>为便于公民、法人和其他组织获取本机关的政府信息，根据《中华人民共和国政府信息公开条例》，编制本指南。</p>"
          "<p>一、主动公开 二、依申请公开 三、监督和救济</p>")


@pytest.mark.parametrize("signature, date", [
    ("<p style='text-align:right'>某县人民政府办公室</p><p style='text-align:right'>2026年3月10日</p>", "2026-03-10"),
    ("<p>某县人民政府办公室 2025年12月1日</p>", "2025-12-01"),
    ("", None),  # no date at all: the guide stays undated (its rule is then undecided, never failed)
    ("<p>2024年起，申请可通过网上平台提交。</p><p>联系电话：0731-1234567</p>", None),  # a date inside the text is no signature
])
@pytest.mark.parametrize("meta", [True, False])  # without a ColumnName meta the trail's leaf and the title name it
def test_a_single_page_beside_a_long_menu_is_a_static_page_dated_by_its_signature(signature, date, meta):
    facts = extract_page(_single("政府信息公开指南", _GUIDE + signature, meta), "http://s/index.php?m=content&c=index&a=lists&catid=49")
    assert (facts.kind, facts.single_article, facts.list_state) == ("column", True, "listed")
    assert [i.date for i in facts.list_items] == [date]
    assert facts.breadcrumb[-1][0] == "政府信息公开指南"  # the trail's 列表 names the view, not a column


@pytest.mark.parametrize("body, state", [
    ("<ul class='list lh24 f14'></ul>", "empty"),
    ("<ul class='list'><li>暂无相关信息！</li></ul>", "empty"),
    ("<table class='gk-list'><thead><tr><th>名称</th><th>发文字号</th><th>发布日期</th></tr></thead><tbody></tbody></table>", "empty"),
])
def test_an_empty_list_beside_a_long_menu_is_still_empty(body, state):
    facts = extract_page(_single("行政处罚", body), "http://s/index.php?m=content&c=index&a=lists&catid=46")
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", state, [])


def test_a_menu_only_hub_is_not_a_static_page():
    hub = _page("信息公开", "<div class='main'>" + _menu("") + "<h3>法定主动公开内容</h3></div>", "信息公开")
    facts = extract_page(hub, "http://s/index.php?m=content&c=index&a=lists&catid=30")
    assert facts.kind == "hub" and not facts.single_article


@pytest.mark.parametrize("html, error", [
    # PHPCMS showmessage(): status 200, title 提示信息
    ("<html><head><title>提示信息</title></head><body><div class='showMsg'><h5>提示信息</h5>"
     "<div class='content guery'>信息不存在或者已经被删除！</div><div class='bottom'>"
     "<a href='javascript:history.back();'>[点这里返回上一页]</a></div></div></body></html>", True),
    ("<html><head><title>提示</title></head><body><p>抱歉，该内容不存在！</p></body></html>", True),
    ("<html><head><title>提示信息</title></head><body><p>操作成功！</p></body></html>", False),
])
def test_cms_message_pages_for_missing_content_are_error_pages(html, error):
    assert (error_page(lxml.html.fromstring(html), html)[0] is not None) is error


def test_a_hub_introducing_its_childrens_menu_stays_a_hub():
    children = "<div class='left'><ul class='menu'>" + "".join(
        f"<li><a href='/xxgk/{d}/index.html'>{n}</a></li>" for d, n in (("zcwj", "政策文件"), ("gfxwj", "规范性文件"),
                                                                          ("zcjd", "政策解读"), ("ndbg", "政府信息公开年报"))) + "</ul></div>"
    hub = _page("信息公开", "<div class='crumbs'><a href='/'>首页</a> &gt; <a href='/xxgk/'>信息公开</a></div>"
                "<div class='main'>" + children + "<div class='right'><p>为进一步推进政务公开，方便公众查阅政府信息，"
                "本单位按照法定主动公开内容设置以下栏目，欢迎查阅。</p></div></div>", "信息公开")
    facts = extract_page(hub, "http://s/xxgk/")
    assert facts.kind == "hub" and not facts.single_article


@pytest.mark.parametrize("url, key, number", [
    ("http://s/xwzx/tzgg/index_2.jhtml", "http://s/xwzx/tzgg/", 2),  # JEECMS
    ("http://s/xwzx/tzgg/index.jhtml", "http://s/xwzx/tzgg/", None),
    ("http://s/xxgk/list.jspx?channelId=12&pageNo=3", "http://s/xxgk/list.jspx?channelId=12", 3),
    ("http://s/xxgk/index.jspx?channelId=12&pageNo=3", "http://s/xxgk/index.jspx?channelId=12", 3),
    ("http://s/xwzx/tzgg/1234.jhtml", "http://s/xwzx/tzgg/1234.jhtml", None),  # a JEECMS article
])
def test_jeecms_list_pages(url, key, number):
    from govaudit.model.classify import list_page
    lp = list_page(url)
    assert (lp.key, lp.number) == (key, number)


def test_a_last_page_link_alone_gives_jhtml_pages():
    from govaudit.crawl.pagination import list_pages
    from govaudit.htmlpage import extract_links, parse_html
    page = "<div class='pages'><a href='index_5.jhtml'>尾页</a></div>"
    url = "http://s/xwzx/tzgg/index.jhtml"
    got = [u for u, _ in list_pages(url, page, extract_links(parse_html(page), url), 50).pages]
    assert got == [f"http://s/xwzx/tzgg/index_{n}.jhtml" for n in range(1, 6)]


def test_an_article_without_metas_is_not_a_static_page():
    """Its trail ends in its column, not in its own title (PHPCMS 首页 > 新闻中心 > 云溪要闻 > 正文)."""
    html = _page("我县召开安全生产工作会议", _crumb("云溪要闻", "/list-2-1.html", "正文")
                 + "<div id='Article'><h1>我县召开安全生产工作会议</h1><div class='content'><p>会议强调，要压实安全生产责任，"
                 "全面排查整治各类隐患，确保全县安全形势稳定。</p></div></div>")
    facts = extract_page(html, "http://s/show-2-345-1.html")
    assert not facts.single_article and facts.kind != "column"
