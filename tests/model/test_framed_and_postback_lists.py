"""Crawled and built: a column page whose list lives in an iframe is one column at the column
page's address, judged on the framed rows (all the frame's pages); an empty frame makes an empty
column, a frame that could not be fetched a column not observed (never empty). A GridView paged
only by postback is a column whose later pages are counted as unobserved, and nothing else
(no `&page=2` guess, no second column)."""

from __future__ import annotations

import sqlite3

import pytest

from tests.model.loopback import crawl_and_build

GB = "text/html; charset=gb2312"
_NAMES = {1: "规范性文件", 2: "人事信息", 3: "财政预决算", 4: "重点项目", 5: "政策解读", 6: "建议提案办理", 7: "政务动态"}
_URLS = {1: "/xxgk/Column.aspx?cid=1", 2: "/xxgk/Column.aspx?cid=2", 3: "/xxgk/Column.aspx?cid=3",
         4: "/xxgk/Column.aspx?cid=4", 5: "/xxgk/GovList.aspx?cid=5", 6: "/xxgk/GovList.aspx?cid=6",
         7: "/open/front_open.jsp?theID=7"}


_ON = ' class="on"'


def _amp(url: str) -> str:
    return url.replace("&", "&amp;")


def _shell(name: str, own: str, body: str) -> bytes:
    menu = "".join(f'<li{_ON if u == own else ""}><a href="{_amp(u)}">{n}</a></li>' for n, u in zip(_NAMES.values(), _URLS.values()))
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{name}_某县人民政府</title>'
            f'<meta name="ColumnName" content="{name}"></head><body><div class="header"><a href="/">首页</a></div>'
            f'<div class="gk_left"><ul class="gk_menu">{menu}</ul></div><div class="gk_right">'
            f'<div class="gk_position">当前位置：<a href="/">首页</a> &gt; {name}</div>{body}</div>'
            '<div class="footer">主办：某县人民政府办公室</div></body></html>')
    return page.encode("gbk")


def _framed(name: str, rows: list[tuple[int, str]], pager: str = "", empty: str = "") -> bytes:
    items = "".join(f'<li><a href="Show.aspx?id={i}" target="_blank">{name}第{i}号文件的标题</a><span>{d}</span></li>'
                    for i, d in rows)
    body = f'<ul class="gk_list">{items}</ul>{pager}' if rows else f'<div class="nodata">{empty}</div>'
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{name}</title></head>'
            f'<body><form method="post" action="./list.aspx"><input type="hidden" name="__VIEWSTATE" value="x" />{body}'
            '</form></body></html>').encode("gbk")


def _doc(i: int, day: str) -> bytes:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>第{i}号文件</title>'
            f'<meta name="ArticleTitle" content="第{i}号文件"></head><body><h1>第{i}号文件</h1><p>发布日期：{day}</p>'
            + "<p>为做好相关工作，现将有关事项通知如下，请认真贯彻执行。</p>" * 5 + "</body></html>").encode("gbk")


def _grid(name: str, cid: int, rows: list[tuple[int, str]], pager: str) -> bytes:
    trs = "".join(f'<tr><td><a href="Show.aspx?id={i}">{name}第{i}号的标题文字</a></td><td>{d}</td></tr>' for i, d in rows)
    body = (f'<form name="aspnetForm" method="post" action="./GovList.aspx?cid={cid}" id="aspnetForm">'
            '<input type="hidden" name="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" value="" />'
            '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKLTcx" />'
            '<table class="gv" id="ctl00_ContentPlaceHolder1_GridView1"><tr><th scope="col">标题</th><th scope="col">日期</th></tr>'
            f'{trs}<tr><td colspan="2"><table><tr>{pager}</tr></table></td></tr></table></form>')
    return _shell(name, _URLS[cid], body)


def _site() -> dict:
    pages: dict = {"/": (200, GB, _shell("首页", "/", '<a href="/xxgk/Index.aspx">政务公开</a>'))}
    pages["/xxgk/Index.aspx"] = (200, GB, _shell("政务公开", "/xxgk/Index.aspx", "".join(
        f'<p><a href="{_amp(u)}">{n}</a></p>' for n, u in zip(_NAMES.values(), _URLS.values()))))
    frame = '<iframe id="listFrame" name="listFrame" src="{}" width="100%" height="660" frameborder="0"></iframe>'
    # 1: a framed list over two pages; 2: a framed list, one page; 3: an empty frame; 4: a frame that 404s
    for cid, src in ((1, "list.aspx?cid=1"), (2, "/xxgk/list.aspx?cid=2"), (3, "list.aspx?cid=3"), (4, "list.aspx?cid=4")):
        pages[_URLS[cid]] = (200, GB, _shell(_NAMES[cid], _URLS[cid], f'<h3>{_NAMES[cid]}</h3>' + frame.format(src)))
    first = [(100 + i, f"2026-08-{20 - i:02d}") for i in range(10)]
    pages["/xxgk/list.aspx?cid=1"] = (200, GB, _framed("规范性文件", first,
                                                      '<div class="pager">共12条记录 第1/2页 <a href="list.aspx?cid=1&amp;page=2">下一页</a></div>'))
    pages["/xxgk/list.aspx?cid=1&page=2"] = (200, GB, _framed("规范性文件", [(110, "2026-07-01"), (111, "2026-06-01")],
                                                             '<div class="pager">共12条记录 第2/2页 <a href="list.aspx?cid=1">上一页</a></div>'))
    pages["/xxgk/list.aspx?cid=2"] = (200, GB, _framed("人事信息", [(200, "2025-05-20"), (201, "2025-03-11")]))
    pages["/xxgk/list.aspx?cid=3"] = (200, GB, _framed("财政预决算", [], empty="暂无信息"))
    # 5: a GridView, page 2 by postback only (.NET 4 quoting); 6: AspNetPager, 3 pages
    p5 = ("<td><span>1</span></td><td><a href=\"javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$GridView1&#39;,"
          "&#39;Page$2&#39;)\">2</a></td>")
    pages[_URLS[5]] = (200, GB, _grid("政策解读", 5, [(300 + i, f"2026-9-{10 - i}") for i in range(5)], p5))
    p6 = "".join(f"<a href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$AspNetPager1','{n}')\">{n}</a>" for n in (2, 3))
    pages[_URLS[6]] = (200, GB, _grid("建议提案办理", 6, [(400 + i, f"2026-08-{20 - i:02d}") for i in range(5)], f"<td>{p6}</td>"))
    # 7: a JSP platform framing its list (惠来县's front_open.jsp)
    pages[_URLS[7]] = (200, GB, _shell("政务动态", _URLS[7], '<div class="main"><iframe frameborder="0" '
                                       'src="/web/frontOpenContentsRight.action?theID=7" name="rightFrame" id="rightFrame" '
                                       'width="100%" height="510px"></iframe></div>'))
    pages["/web/frontOpenContentsRight.action?theID=7"] = (200, GB, _framed("政务动态", [(500, "2026-09-01"), (501, "2026-08-25"), (502, "2026-08-11")]))
    # each document shows the date its row shows (its list's dates are its own, not a pile)
    dated = {i: d for rows in (first, [(110, "2026-07-01"), (111, "2026-06-01")], [(200, "2025-05-20"), (201, "2025-03-11")],
                                [(300 + i, f"2026-09-{10 - i:02d}") for i in range(5)], [(400 + i, f"2026-08-{20 - i:02d}") for i in range(5)])
             for i, d in rows}
    # a SiteFactory category: first page `Index.aspx` (the bare folder is not served), page 2 `Index_2.aspx`
    rows = "".join(f'<li><span class="date">2026-08-{20 - i:02d}</span><a href="/Item/{600 + i}.aspx">部门动态第{i}期标题</a></li>'
                   for i in range(6))
    pager = '<span id="pe100_page_x" class="pagecss"><a href="Index.aspx">1</a> <a href="Index_2.aspx">2</a> <a href="Index_2.aspx">下一页</a></span>'
    pages["/Category_9/Index.aspx"] = (200, GB, _shell("部门动态", "/Category_9/Index.aspx", f"<ul>{rows}</ul>{pager}"))
    pages["/Category_9/Index_2.aspx"] = (200, GB, _shell("部门动态", "/Category_9/Index.aspx", f"<ul>{rows.replace('60', '61')}</ul>{pager}"))
    pages["/xxgk/Index.aspx"] = (200, GB, pages["/xxgk/Index.aspx"][2] + b'<a href="/Category_9/Index.aspx">dept</a>')
    for i in range(6):
        dated[600 + i] = dated[610 + i] = f"2026-08-{20 - i:02d}"
    for i, day in dated.items():
        pages[f"/Item/{i}.aspx" if i >= 600 else f"/xxgk/Show.aspx?id={i}"] = (200, GB, _doc(i, day))
    for i, day in ((500, "2026-09-01"), (501, "2026-08-25"), (502, "2026-08-11")):
        pages[f"/web/Show.aspx?id={i}"] = (200, GB, _doc(i, day))
    return pages


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("frames")
    site, base = crawl_and_build(_site(), out)
    db = sqlite3.connect(out / "snapshot" / "index.sqlite3")
    try:
        cut = dict(db.execute("SELECT url, count FROM cutoffs WHERE reason = 'postback_pages'").fetchall())
    finally:
        db.close()
    return {c.url.removeprefix(base.rstrip("/")): c for c in site.columns}, site, base, cut


def test_a_framed_list_is_its_column_pages_list(built):
    columns, *_ = built
    c = columns[_URLS[1]]
    assert (c.name, c.state, len(c.items), c.newest_date, c.pages_unobserved) == ("规范性文件", "listed", 12, "2026-08-20", 0)
    assert c.level == 1  # the column page is what the hub links
    assert columns[_URLS[2]].newest_date == "2025-05-20" and columns[_URLS[7]].newest_date == "2026-09-01"
    # the framed pages are no columns of their own
    assert not [u for u in columns if "list.aspx" in u or "frontOpenContentsRight" in u]


def test_a_list_first_served_as_a_script_default_document_is_cited_as_fetched(built):
    columns, *_ = built
    c = columns["/Category_9/Index.aspx"]
    assert len(c.pages) == 2 and len(c.items) == 12 and "/Category_9/" not in columns


def test_an_empty_frame_is_an_empty_column_and_an_unfetched_one_is_not_observed(built):
    columns, *_ = built
    assert columns[_URLS[3]].state == "empty"
    assert columns[_URLS[4]].state == "not_observed"


def test_postback_pagers_leave_their_later_pages_unobserved(built):
    columns, site, base, cut = built
    assert {u.removeprefix(base.rstrip("/")): n for u, n in cut.items()} == {_URLS[5]: 1, _URLS[6]: 2}  # the crawl says so
    assert (columns[_URLS[5]].state, len(columns[_URLS[5]].items), columns[_URLS[5]].pages_unobserved) == ("listed", 5, 1)
    assert columns[_URLS[6]].pages_unobserved == 2 and "其余分页未观察到" in (columns[_URLS[6]].note or "")
    fetched = {p.url.removeprefix(base.rstrip("/")) for p in site.pages}
    assert not [u for u in fetched if "GovList.aspx" in u and "&" in u]  # no guessed page URLs
