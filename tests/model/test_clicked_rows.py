"""List rows opened by their own onclick, with no anchor (htmlpage.row_link, reading the script
as jsurls.script_link reads an <a onclick>): `<tr onclick="window.open('…')">` rows of a 目录
table, `<li onclick="location.href='…'">` rows, a run of `<div onclick>` cards. The markup
shapes are the ones the session-20 brief names (`window.open`, `location.href`, `openDetail`):
the library holds no government page showing them (searched `tr onclick="window.open`,
`tr onclick="location.href=`, `onclick="openUrl(`, `onclick="openDetail(`, 政府信息公开 目录
table); the rows here are invented. Before, such a column had no row: read as a hub, or empty."""

from __future__ import annotations

from govaudit.htmlpage import extract_links, parse_html
from govaudit.model.extract.page import extract_page

URL = "http://www.bailu.gov.cn/xxgk/zcwj/"
ROWS = [("/xxgk/2024/t20240301_123.html", "关于印发白鹭区城市管理办法的通知", "2024-03-01", "window.open('{}')"),
        ("/xxgk/2024/t20240215_120.html", "白鹭区人民政府关于调整部分行政审批事项的决定", "2024-02-15",
         "location.href='{}'"),
        ("/xxgk/2024/t20240110_101.html", "白鹭区人民政府办公室关于做好春节期间安全生产工作的通知", "2024-01-10",
         "openDetail('{}')")]
HEAD = """<html><head><title>政策文件</title><meta name="ColumnName" content="政策文件"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/xxgk/">信息公开</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 政策文件</div>"""
FOOT = """<div class="footer">主办：白鹭区人民政府办公室 网站标识码：3502000001</div></body></html>"""
EXPECTED = [(f"http://www.bailu.gov.cn{href}", title, date) for href, title, date, _ in ROWS]


def _read(body: str) -> list[tuple[str, str, str | None]]:
    facts = extract_page(HEAD + body + FOOT, URL)
    assert (facts.kind, facts.list_state) == ("column", "listed")
    return [(i.url, i.title, i.date) for i in facts.list_items]


def test_table_rows_opened_by_script_are_the_lists_rows_titled_by_their_title_cell():
    # 序号, 索引号 and date cells beside the title: the title is the cell with the most Chinese text
    rows = "".join(f'<tr onclick="{js.format(href)}" style="cursor:pointer"><td>{n}</td><td>115000000088/2024-0012{n}</td>'
                   f"<td>{title}</td><td>{date}</td></tr>" for n, (href, title, date, js) in enumerate(ROWS, 1))
    page = f'<table class="xxgk_list"><tr><th>序号</th><th>索引号</th><th>名称</th><th>发布日期</th></tr>{rows}</table>'
    assert _read(page) == EXPECTED
    # the crawler follows them too, in document order
    urls = [link.url for link in extract_links(parse_html(HEAD + page + FOOT), URL)]
    assert urls[-3:] == [u for u, _, _ in EXPECTED]


def test_li_rows_and_div_cards_opened_by_script():
    lis = "".join(f'<li onclick="{js.format(href)}"><span class="title">{title}</span><span class="date">{date}</span></li>'
                  for href, title, date, js in ROWS)
    assert _read(f'<div class="list"><ul>{lis}</ul></div>') == EXPECTED
    cards = "".join(f'<div class="item" onclick="{js.format(href)}"><img src="/i.png"><div class="info">'
                    f'<p class="t">{title}</p><p class="d">{date}</p></div></div>' for href, title, date, js in ROWS)
    assert _read(f'<div class="list">{cards}</div>') == EXPECTED


def test_a_row_with_its_own_anchor_keeps_that_anchor_and_a_lone_clicked_div_is_no_row():
    # the anchor is the row's link (the onclick only repeats it, or names another page: not read)
    lis = "".join(f'<li onclick="window.open(\'/other/{n}.html\')"><a href="{href}">{title}</a><span>{date}</span></li>'
                  for n, (href, title, date, _) in enumerate(ROWS))
    assert _read(f'<ul class="list">{lis}</ul>') == EXPECTED
    # one clicked <div> wrapping a block is no list row: not a link
    page = HEAD + '<div class="banner" onclick="location.href=\'/zt/2024/\'"><p>专题专栏：优化营商环境</p></div>' + FOOT
    assert "http://www.bailu.gov.cn/zt/2024/" not in {link.url for link in extract_page(page, URL).links}


def test_a_clicked_table_row_is_titled_by_the_cell_under_its_name_header():
    # the 目录 table header of 邯郸 近期信息公开 (hdzfxxgk.hd.gov.cn/zfwj/jinqixxgk/, saved whole in a public
    # repository, `find_string` "邯郸市政府信息公开"): 名称 | 索引号 | 发布机构 | 发布日期; a title shorter
    # than its organ's name is still the title
    rows = [("/zfwj/2024/t20240301_1.html", "2024年部门预算", "000014348/2024-00101", "邯郸市人民政府办公室", "2024-03-01"),
            ("/zfwj/2024/t20240215_2.html", "2023年度政府信息公开工作年度报告", "000014348/2024-00088", "邯郸市人民政府办公室",
             "2024-02-15")]
    body = "".join(f'<tr onclick="window.open(\'{href}\')"><td height="35">{title}</td><td height="35">{code}</td>'
                   f'<td height="35">{organ}</td><td height="35">{date}</td></tr>' for href, title, code, organ, date in rows)
    page = ('<div class="szbmtclb"><table><tbody><tr><th width="47%" height="35">名称</th><th width="21%" height="35">索引号</th>'
            f'<th width="19%" height="35">发布机构</th><th width="12%" height="35">发布日期</th></tr>{body}</tbody></table></div>')
    assert _read(page) == [(f"http://www.bailu.gov.cn{href}", title, date) for href, title, _, _, date in rows]


def test_menu_items_opened_by_script_are_named_links():
    # a 信息公开 hub's side menu of clicked <li>s: each names its section (disclosure-sections reads link texts)
    menu = "".join(f'<li onclick="location.href=\'/xxgk/{slug}/\'">{name}</li>'
                   for slug, name in (("gkzn", "政府信息公开指南"), ("gkzd", "政府信息公开制度"), ("ysqgk", "依申请公开")))
    page = HEAD.replace("政策文件", "政府信息公开") + f'<div class="left"><ul class="xxgk-menu">{menu}</ul></div>' + FOOT
    links = {(link.url, link.text) for link in extract_page(page, "http://www.bailu.gov.cn/xxgk/").links}
    assert {("http://www.bailu.gov.cn/xxgk/gkzn/", "政府信息公开指南"), ("http://www.bailu.gov.cn/xxgk/gkzd/", "政府信息公开制度"),
            ("http://www.bailu.gov.cn/xxgk/ysqgk/", "依申请公开")} <= links


def test_a_truncated_title_in_a_clicked_row_is_read_from_its_title_attribute():
    rows = "".join(f'<tr onclick="{js.format(href)}"><td><a title="{title}"><font color="#333">{title[:8]}…</font></a></td>'
                   f'<td>{date}</td></tr>' for href, title, date, js in ROWS)
    assert _read(f'<table class="list">{rows}</table>') == EXPECTED
