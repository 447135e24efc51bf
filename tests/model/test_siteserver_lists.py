"""Crawled and built: SiteServer CMS (思源 SiteServer / SSCMS) lists, from its own code and rendered pages.

- Page n ≥ 2 of a channel is the channel's file with `_n` appended (`/channels/12.html`,
  `/channels/12_2.html`; siteserver/cms PathUtility.GetChannelPageFilePath), and `stl:pageItem`
  writes the numbers `[2]`, the current one `<a href='javascript:void(0);'>[1]</a>`, inactive
  首页/上一页 as bare text and 末页 (StlPageItem.cs). Before: every later page was a column of its own,
  each judged stale on its older rows (a false stale-columns veto on the sample site).
- A template may page a list by the page jump alone (`type="PageSelect"`): a `<select>` whose
  options' values are the pages' addresses and whose change handler is a Dreamweaver-style
  jumpMenu (StlPageItem.cs writes `<script language="JavaScript">function PageSelect_…_jumpMenu(
  targ,selObj,restore){eval(targ+".location='"+selObj.options[selObj.selectedIndex].value+"'");…}`).
  Before: the later pages were never fetched.
- www.pds.gov.cn (SiteServer) opens its list `div.public-list1` with a header `<li>` (a public
  scraper skips it: `div.find_all('li')[1:]`); a channel with no content shows only that header.
  Before: read as a short static page (the trail and the menu's title counted as its text).
"""

from __future__ import annotations

from pathlib import Path

from govaudit.htmlpage import extract_links, parse_html
from govaudit.model.extract.page import extract_page
from tests.model.loopback import HTML, crawl_and_build

BASE = "http://www.zhechuan.gov.cn"


_MENU = ('<li class="on"><a href="/channels/12.html">要闻</a></li><li><a href="/channels/13.html">部门动态</a></li>'
         '<li><a href="/channels/14.html">征集调查</a></li>')


def _shell(name: str, body: str, section: str = "新闻中心", menu: str = _MENU) -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{name}_某县人民政府</title>'
            f'<meta name="ColumnName" content="{name}" /></head><body><div class="nav"><ul><li><a href="/">网站首页</a></li>'
            '<li><a href="/channels/2.html">新闻中心</a></li></ul></div><div class="main w1200"><div class="left"><div class="l-tit">'
            f'{section}</div><ul class="l-menu">{menu}</ul></div><div class="right"><div class="location">'
            f'当前位置：<span class="history"><a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/channels/2.html">{section}</a>&nbsp;&gt;'
            f'&nbsp;<a href="#">{name}</a></span></div><div class="r-tit"><h3>{name}</h3></div>\n{body}\n</div></div>'
            '<div class="footer"><p>主办：某县人民政府办公室 网站标识码：4104250009</p></div></body></html>')


def _rows(cid: int, ids: range) -> str:
    lis = "".join(f'<li><a href="/contents/{cid}/{i}.html" target="_blank" title="关于做好第{i}项重点工作的通知">'
                  f'关于做好第{i}项重点工作的通知<span>2026-11-{30 - i % 20:02d}</span></a></li>' for i in ids)
    return f'<div class="channel-fr"><ul><li class="head"><b>标题</b><b>发布日期</b></li>{lis}</ul></div>'


def _nav_pager(cid: int, n: int, pages: int) -> str:
    """stl:pageItem as StlPageItem.cs renders it (default text, [k] numbers)."""
    url = lambda k: f"/channels/{cid}.html" if k == 1 else f"/channels/{cid}_{k}.html"  # noqa: E731
    item = lambda k, text, on: f'<a href="{url(k)}">{text}</a>' if on else text  # noqa: E731
    nums = "".join(f"<a href='javascript:void(0);'>[{k}]</a>&nbsp;" if k == n else f'<a href="{url(k)}">[{k}]</a>&nbsp;'
                   for k in range(1, pages + 1))
    return (f'<div class="page"><span class="total">当前第 {n} / {pages} 页</span>&nbsp;{item(1, "首页", n > 1)}&nbsp;'
            f'{item(n - 1, "上一页", n > 1)}&nbsp;{nums}{item(n + 1, "下一页", n < pages)}&nbsp;{item(pages, "末页", n < pages)}</div>')


def _select_pager(cid: int, n: int, pages: int) -> str:
    """A template with the totals and stl:pageItem type="PageSelect" only."""
    uid = f"PageSelect_{cid}"
    options = "".join(f'<option selected="selected" value="">{k}</option>' if k == n else
                      f'<option value="/channels/{cid}{"" if k == 1 else f"_{k}"}.html">{k}</option>' for k in range(1, pages + 1))
    return (f'<div class="page">共{pages * 4}条记录，第{n}/{pages}页 转到第<script language="JavaScript">function {uid}_jumpMenu('
            f"targ,selObj,restore){{eval(targ+\".location='\"+selObj.options[selObj.selectedIndex].value+\"'\");if (restore) "
            f'selObj.selectedIndex=0;}}</script><select name="{uid}" id="{uid}" onChange="{uid}_jumpMenu(\'self\',this,0)">'
            f"{options}</select>页</div>")


def _doc(i: int) -> str:
    return (f'<html><head><meta name="ArticleTitle" content="关于做好第{i}项重点工作的通知" /><meta name="PubDate" '
            f'content="2026-11-{30 - i % 20:02d} 10:12" /></head><body><div class="article"><h1>关于做好第{i}项重点工作的通知</h1>'
            f'<div class="info">发布时间：2026-11-{30 - i % 20:02d}</div><div class="text"><p>请认真贯彻执行第{i}项工作，'
            '确保各项任务按期完成。</p></div></div></body></html>')


EMPTY = ('<div class="public-list1"><ul><li class="head"><span>标题</span><span>日期</span></li>'
         '<li class="none"></li></ul></div>')


def _site() -> dict:
    pages = {"/": (200, HTML, _shell("首页", '<a href="/channels/12.html">要闻</a> <a href="/channels/13.html">部门动态</a> '
                                         '<a href="/channels/14.html">征集调查</a>'))}
    for cid, pager, ids in ((12, _nav_pager, (range(1, 5), range(5, 9), range(9, 13))),
                            (13, _select_pager, (range(21, 25), range(25, 29)))):
        for n, block in enumerate(ids, 1):
            url = f"/channels/{cid}.html" if n == 1 else f"/channels/{cid}_{n}.html"
            pages[url] = (200, HTML, _shell({12: "要闻", 13: "部门动态"}[cid], _rows(cid, block) + pager(cid, n, len(ids))))
            pages.update({f"/contents/{cid}/{i}.html": (200, HTML, _doc(i)) for i in block})
    pages["/channels/14.html"] = (200, HTML, _shell("征集调查", EMPTY))
    return pages


def test_a_page_jump_selects_options_are_links() -> None:
    page = _select_pager(13, 1, 3)
    links = [(l.url.removeprefix(BASE), l.text, l.tag) for l in extract_links(parse_html(page), BASE + "/channels/13.html")]
    assert links == [("/channels/13_2.html", "2", "option"), ("/channels/13_3.html", "3", "option")]
    facts = extract_page(_shell("部门动态", _rows(13, range(21, 25)) + page), BASE + "/channels/13.html")
    assert {l.url.removeprefix(BASE) for l in facts.links} >= {"/channels/13_2.html", "/channels/13_3.html"}
    # DedeCMS's jump (include/arc.listview.class.php) names addresses too; JEECMS's builds them by
    # concatenation and a select without a jump handler is a form field: neither is read.
    dede = ("<select name='sldd' onchange='location.href=this.options[this.selectedIndex].value;'>"
            "<option value='list_12_1.html' selected>1</option><option value='list_12_2.html'>2</option></select>")
    jee = ("<select onChange=\"if(this.value==1){location.href=encodeURI('/x/index.jhtml')}else{location.href="
           "encodeURI('/x/index_'+this.value+'.jhtml')}\"><option value=\"1\">1</option><option value=\"2\">2</option></select>")
    form = '<form action="/search"><select name="year"><option value="/nb/2025.html">2025</option></select></form>'
    read = lambda html: [l.url for l in extract_links(parse_html(html), BASE + "/a/b/")]  # noqa: E731
    assert read(dede) == [BASE + "/a/b/list_12_1.html", BASE + "/a/b/list_12_2.html"]
    assert read(jee) == read(form) == []


def test_a_siteserver_channel_is_one_column_whatever_its_pager(tmp_path: Path) -> None:
    model, base = crawl_and_build(_site(), tmp_path / "out")
    base = base.rstrip("/")
    columns = {c.url.removeprefix(base): c for c in model.columns}
    assert sorted(columns) == ["/channels/12.html", "/channels/13.html", "/channels/14.html"]
    assert len(columns["/channels/12.html"].items) == 12 and len(columns["/channels/13.html"].items) == 8
    assert sorted(p.removeprefix(base) for p in columns["/channels/13.html"].pages) == ["/channels/13.html", "/channels/13_2.html"]
    numbers = {p.url.removeprefix(base): p.page_no for p in model.pages if p.column_url == columns["/channels/12.html"].url}
    assert numbers == {"/channels/12.html": 1, "/channels/12_2.html": 2, "/channels/12_3.html": 3}
    assert columns["/channels/14.html"].state == "empty"


def test_a_list_showing_only_its_header_row_is_empty() -> None:
    facts = extract_page(_shell("征集调查", EMPTY), BASE + "/channels/14.html")
    assert (facts.kind, facts.list_state, facts.list_items) == ("column", "empty", [])


def test_a_trail_and_a_menu_title_are_no_static_pages_text() -> None:
    """An empty list container on a page whose content area also holds the trail and the side menu's
    title: those are chrome and headings, not the short text of a static page (机构职能)."""
    menu = '<li class="on"><a href="/channels/41.html">征集调查</a></li>'  # a section of one channel (互动交流)
    facts = extract_page(_shell("征集调查", '<ul class="news-list"></ul>', "互动交流", menu), BASE + "/channels/41.html")
    assert (facts.kind, facts.list_state) == ("column", "empty")
    static = _shell("机构职能", '<div class="text"><p>县人民政府是县级国家行政机关，执行县人民代表大会及其常务委员会的决议，'
                                '领导全县各乡镇和县政府各部门的工作。</p></div>')
    facts = extract_page(static, BASE + "/channels/33.html")
    assert (facts.kind, facts.list_state, facts.single_article) == ("column", "listed", True)


def _ahead_pager(cid: int, n: int, pages: int) -> str:
    """A pager naming only the pages ahead (`共3页 第2页 首页 上一页 <a>下一页</a> <a>尾页</a>`, 首页 and 上一页 as
    bare text): the sscms sample site under the `pagers` mutation."""
    url = lambda k: f"./{cid}_{k}.html"  # noqa: E731
    ahead = f'<a href="{url(n + 1)}">下一页</a> <a href="{url(pages)}">尾页</a>' if n < pages else "下一页 尾页"
    return f'<div class="pages">共{pages}页 第{n}页 首页 上一页 {ahead}</div>'


def test_a_later_page_naming_only_the_pages_ahead_is_no_first_page(tmp_path: Path) -> None:
    """Page 2 of a channel (`/channels/12_2.html`) whose pager names no page behind it was taken for a first
    page: claiming page 3 before the channel's first page claimed it, it became a column of its own, dated by
    its older rows (sscms under all mutations, seed 24: a false stale news column and a veto warning)."""
    pages = {"/": (200, HTML, _shell("首页", '<a href="/channels/12.html">要闻</a>'))}
    for n, block in enumerate((range(1, 5), range(5, 9), range(9, 13)), 1):
        url = "/channels/12.html" if n == 1 else f"/channels/12_{n}.html"
        pages[url] = (200, HTML, _shell("要闻", _rows(12, block) + _ahead_pager(12, n, 3)))
        pages.update({f"/contents/12/{i}.html": (200, HTML, _doc(i)) for i in block})
    model, base = crawl_and_build(pages, tmp_path / "out")
    listed = [(c.url.removeprefix(base.rstrip("/")), len(c.items), len(c.pages)) for c in model.columns if c.items]
    assert listed == [("/channels/12.html", 12, 3)]
