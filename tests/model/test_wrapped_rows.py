"""List rows whose link hides under Dreamweaver's wrappers: `<td><div align="left"><span class="style1">
<font color="#000000"><a …>`, five levels below its `<tr>`.

Real markup: Dreamweaver and FrontPage pages wrap every cell's text so (an ASP admin page's `<td height="28"
colspan="12" align="center"><div align="left"><span class="style1"><a href="admin_Amount.asp">`, library file
id 6924476581; an ASP mail list's `<td colspan="2" height="21"><div align="left"><font color="#000000"><a
href="emailbody.asp?…">`, id 48404204827; `<span class="STYLE1"><font color="#FF0000">` cells, id 44452137565).
Found by the `wrappers` mutation on TurboCMS's 规范性文件 table: before, each link's row was the `<div>` around
it alone, so no row showed a date, the list was not observed and the home's columns went unjudged or were
read as stale (a false homepage-stale veto).
"""

from __future__ import annotations

from govaudit.model.extract.page import extract_page

URL = "http://127.0.0.1/gfxwj/"
TITLES = [f"某县人民政府关于印发第{i}项管理办法的通知" for i in range(1, 5)]


def _page(rows: str) -> str:
    return ('<html><head><meta charset="gb2312"><title>规范性文件</title></head><body>'
            '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gfxwj/">规范性文件</a></div>'
            '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>名称</td><td>发布日期</td></tr>'
            f'{rows}</table><div class="foot">主办：某县人民政府办公室</div></body></html>')


def _rows(cell: str, date: str) -> str:
    links = [f'<a href="/gfxwj/{i}.htm" target="_blank">{t}</a>' for i, t in enumerate(TITLES, 1)]
    return "".join(f'<tr><td>{cell.format(a)}</td><td align="right">{date.format(f"2026-0{i}-1{i}")}</td></tr>'
                   for i, a in enumerate(links, 1))


def test_dreamweaver_wrapped_cells_are_dated_rows() -> None:
    rows = _rows('<div align="left"><span class="style1"><font color="#000000">{}</font></span></div>',
                 '<span class="time"><font color="#999999">{}</font></span>')
    facts = extract_page(_page(rows), URL)
    assert [(i.title, i.date) for i in facts.list_items] == [(t, f"2026-0{i}-1{i}") for i, t in enumerate(TITLES, 1)]
    assert facts.list_state == "listed"


def test_four_block_levels_still_bound_the_row() -> None:
    """A link four blocks below a layout table's row (a box of its own) is no row of that table."""
    rows = _rows('<div class="box"><div><div><p>{}</p></div></div></div>', "{}")
    facts = extract_page(_page(rows), URL)
    assert all(i.date is None for i in facts.list_items)


def test_a_layout_row_around_the_page_is_no_list_row() -> None:
    """The whole page in a 2000s layout table (`<table width="1000" border="0" align="center" cellpadding="0"
    cellspacing="0"><tr><td>`, as JSP and PHP templates the library holds write it): the logo's nearest <tr> is
    the page's own row. Found by the `wrappers` mutation on SiteServer's 新闻中心 channel page: before, the logo
    was a list row dated by the first date on the page, and the hub a stale news column (a false finding)."""
    boxes = "".join(f'<div class="xw-box"><div class="xw-tit"><span>栏目{i}</span><a href="/channels/{i}.html" class="more">'
                    f'更多&gt;&gt;</a></div><ul><li><a href="/contents/{i}/1.html">{TITLES[i]}</a><span>2026-03-1{i}</span></li>'
                    '</ul></div>' for i in range(1, 3))
    page = ('<html><head><meta charset="utf-8"><title>新闻中心</title></head><body><table width="1000" border="0" '
            'align="center" cellpadding="0" cellspacing="0"><tr><td><table width="100%" border="0" cellspacing="0" '
            'cellpadding="0"><tr><td><div class="top"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" '
            f'alt="某县人民政府" /></a></div></div><div class="main">{boxes}</div>'
            '<div class="footer"><p>主办：某县人民政府办公室</p></div></td></tr></table></td></tr></table></body></html>')
    facts = extract_page(page, "http://127.0.0.1/channels/2.html")
    assert all(not i.url.endswith("127.0.0.1/") for i in facts.list_items)



def test_a_short_article_in_a_layout_table_is_a_document() -> None:
    """JEECMS's short 政策解读 (three headings, its 关联文件, 上一条/下一条) as all the mutations write it: classes
    naming nothing known, a date line on top and a 友情链接 jump menu (chrome), the title and info line in
    `<div><div>`s and the page in an old template's `<table width="1000" border="0" align="center">` (wrappers).
    Before, the unnamed block of an article's worth of text counted its labelled 关联文件/上一条/下一条 links as
    links, too many for a body, and the block that counts them as the article's fields was not tried: the page
    read as a hub, and its document's interpretation as missing (5 false interpretation-missing findings)."""
    from tests.sites import TEMPLATES
    from tests.sites.mutate import MUTATIONS
    site = TEMPLATES["jee"][0]("small")
    for name in "classes,labels,layout,dates,names,metas,pagers,footers,charsets,links,chrome,wrappers".split(","):
        site = MUTATIONS[name](site)
    page = site.resources["/xxgk/zcjd/20671.jhtml"].body.decode("gb18030")
    assert '<table width="1000" border="0" align="center"' in page and "今天是" in page and "<div><div><h1" in page
    facts = extract_page(page, "http://127.0.0.1/xxgk/zcjd/20671.jhtml")
    assert facts.kind == "document" and facts.pub_date == "2026-10-28"
