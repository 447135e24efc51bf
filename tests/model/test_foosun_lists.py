"""风讯 FoosunCMS list pages (the foosun sample site's first-contact misses, as general patterns).

Markup from FoosunCMS's own generator (`admin/Refresh/RefreshFunction.asp`, read with the library tools):
its class-list labels (`SelfClass`, `ChildClassList`, `GetOneClassNewsList`) write RowNumberStr items per
table row — `for i = 1 to RowNumberStr … "<td …>" & NaviPicStr & "<a … href=…  title=…>" & GotTopic(title) &
"</a>" & date & "</td>" … Next` inside one `<tr>` — so a picture list, or a news list set to two items a row,
is a `<tr>` of several item cells. The page shell is the foosun sample site's (tests/sites/foosun.py).

Before: a row was always the `<tr>`; its first link (a thumbnail) took it and the other cells' items were
lost, so the picture column read as a list a script loads (its empty and stale checks undecided)."""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

_CELL = ('<td align="center"><a href="/html/tpxw/2026-10/{d}/20261{d:03d}0934464936{d}.html"  title="青石镇举办农民丰收节活动第{d}场">'
         '<img src="/UpLoadFiles/NewsPhoto/2026-10/2026100{d}.jpg" width="160" height="120" border="0"></a><br>'
         '<a href="/html/tpxw/2026-10/{d}/20261{d:03d}0934464936{d}.html"  title="青石镇举办农民丰收节活动第{d}场">{t}</a></td>')


def _page(rows: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>图片新闻-青石镇人民政府</title>'
            '</head><body><table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="220" valign="top">'
            '<table width="100%" class="side"><tr><td class="sidetitle">新闻中心</td></tr><tr><td height="26" class="sub">'
            '<a href="/html/zhxw/index.html">综合新闻</a></td></tr><tr><td height="26" class="subon"><a href="/html/tpxw/index.html">'
            '图片新闻</a></td></tr></table></td><td width="10"></td><td valign="top"><table width="100%" class="location"><tr><td>'
            '您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/html/xwzx/index.html">新闻中心</a> &gt;&gt; '
            '<a href="/html/tpxw/index.html">图片新闻</a></td></tr></table>\r\n<table width="100%" class="listtitle"><tr><td>图片新闻'
            f'</td></tr></table>\r\n{rows}<table width="100%" border="0"><tr><td align="center" class="page">共<b>13</b>条记录&nbsp;&nbsp;'
            '分<b>2</b>页&nbsp;&nbsp;当前第<font color="red"><b>1</b></font>页&nbsp;&nbsp;首页&nbsp;上一页&nbsp;'
            '<a href="index_2.html">下一页</a>&nbsp;<a href="index_2.html">尾页</a></td></tr></table></td></tr></table>'
            '<table width="960" class="bottom"><tr><td>主办：青石镇人民政府 网站标识码：5119230007</td></tr></table></body></html>')


def _grid(n: int, per_row: int = 4) -> str:
    cells = [_CELL.format(d=d, t=f"青石镇举办农民丰收节活动第{d}") for d in range(1, n + 1)]
    rows = "".join("<tr>\r\n" + "".join(cells[i:i + per_row]) + "</tr>\r\n" for i in range(0, n, per_row))
    return f'<table border="0" cellpadding="0" cellspacing="0" width="100%">\r\n{rows}</table>'


def test_a_picture_grid_row_holds_one_item_per_cell() -> None:
    facts = extract_page(_page(_grid(8)), "http://h/html/tpxw/index.html")
    assert facts.list_state == "listed"
    assert [i.url.rsplit("/", 1)[1] for i in facts.list_items] == [f"20261{d:03d}0934464936{d}.html" for d in range(1, 9)]
    assert all(i.title.startswith("青石镇举办农民丰收节活动第") for i in facts.list_items)


def test_the_short_last_row_of_a_grid_is_a_row_of_it() -> None:
    """13 pictures four a row: page 2's last row holds one cell (the label's loop ends mid-row)."""
    facts = extract_page(_page(_grid(5)), "http://h/html/tpxw/index_2.html")
    assert [i.url.rsplit("/", 1)[1] for i in facts.list_items] == [f"20261{d:03d}0934464936{d}.html" for d in range(1, 6)]


def test_a_two_item_news_row_is_two_rows_with_their_dates() -> None:
    """SelfClass with RowNumberStr=2: two titled, dated items in one `<tr>`; a red title in `<font>` is the same cell."""
    cells = [f'<td  Height="22"><img src="/Templets/qsz/images/dot.gif" border="0">&nbsp;<a  href="/html/zhxw/2026-10/{d}/202610{d:02d}09{d:02d}00.html"'
             f'  title="青石镇召开党委扩大会议第{d}期">' + ('<strong><font color="#FF0000">' if d == 12 else "")
             + f'青石镇召开党委扩大会议第{d}期' + ('</font></strong>' if d == 12 else "")
             + f'</a>&nbsp;&nbsp;<span >2026-10-{d:02d}</span></td>' for d in range(12, 5, -1)]
    rows = "".join("<tr>\r\n" + "".join(cells[i:i + 2]) + "</tr>\r\n" for i in range(0, len(cells), 2))  # 2+2+2+1
    facts = extract_page(_page(f'<table border="0" cellpadding="0" cellspacing="0" width="100%">\r\n{rows}</table>'),
                         "http://h/html/zhxw/index.html")
    assert [(i.title, i.date) for i in facts.list_items] == [(f"青石镇召开党委扩大会议第{d}期", f"2026-10-{d:02d}") for d in range(12, 5, -1)]


def test_a_row_of_one_items_fields_stays_one_row() -> None:
    """A title cell and a 下载 cell (two targets, one item) and a title/文号/date row are one row each."""
    rows = "".join(f'<tr><td><a href="/html/zwgk/gfxwj/2026_09_{d:02d}_10_00_00_1234{d}.html" title="关于印发管理办法的通知{d}">'
                   f'关于印发管理办法的通知{d}</a></td><td><a href="/UpLoadFiles/Files/2026-9/{d}.doc">下载</a></td>'
                   f'<td>青府规〔2026〕{d}号</td><td><span >2026-09-{d:02d}</span></td></tr>\r\n' for d in range(20, 12, -1))
    facts = extract_page(_page(f'<table border="0" cellpadding="0" cellspacing="0" width="100%">\r\n{rows}</table>'),
                         "http://h/html/zwgk/gfxwj/index.html")
    assert [(i.title, i.date) for i in facts.list_items] == [(f"关于印发管理办法的通知{d}", f"2026-09-{d:02d}") for d in range(20, 12, -1)]
