"""A list's later pages served as bare HTML fragments are parts of their column page, not pages of a template.

河北's 集约化 platform (the province portal and the 石家庄 county sites: `/columns/<uuid>/index.html` columns) serves a
column's list block on its own at `/columns/<column>/templates/<template>/blocks/<block>?page=N&fix=0` — rows of
`li.xxgk_gfxwjk-list-li` `<p>` cells and nothing else (gerry0208/spider_project, `河北政府网站/3人民政府-政府信息公开/
szfwj.py` and `szfbgtwj.py`, which fetch it for every page; the pager's markup around the rows is guessed). Before,
such a fragment was a list page without any page tag and without a footer: the meta-tags rule failed the column
template for it (2 false findings on the hbjy sample site) and the footer rule left the list template undecided."""

from __future__ import annotations

from datetime import date

from govaudit.checks.base import Context
from govaudit.checks.pages import META_TAGS
from govaudit.model.extract.page import extract_page
from govaudit.model.types import Page
from tests.factories import SITE, ev, site

BLOCK = "columns/8dff597e-a95c-4b20-b321-a5320af40141/templates/09a19324-88df-4949-b69b-f29b625e5e59/blocks/1af38c7c-a84e-4761-8d1c-ce69b66e8d80"
FRAGMENT = (
    '<ul class="xxgk_gfxwjk-list">\n'
    '<li class="xxgk_gfxwjk-list-li"><p>16</p><p><a href="/columns/8dff597e-a95c-4b20-b321-a5320af40141/202405/15/'
    '39e53640-1494-4c39-9d42-203cee04982d.html" target="_blank" title="河北省人民政府办公厅关于印发某某工作方案的通知">'
    '河北省人民政府办公厅关于印发某某工作方案的通知</a></p><p>冀政办字〔2024〕61号</p><p>2024-05-15</p><p>有效</p></li>\n'
    '<li class="xxgk_gfxwjk-list-li"><p>17</p><p><a href="/columns/8dff597e-a95c-4b20-b321-a5320af40141/202405/08/'
    '5a1b2c3d-1494-4c39-9d42-203cee04982d.html" target="_blank" title="河北省人民政府办公厅关于做好某某工作的通知">'
    '河北省人民政府办公厅关于做好某某工作的通知</a></p><p>冀政办字〔2024〕58号</p><p>2024-05-08</p><p>有效</p></li>\n'
    f'</ul>\n<div class="page"><a href="/{BLOCK}?page=1&amp;fix=0">上一页</a><a href="/{BLOCK}?page=1&amp;fix=0">1</a>'
    '<span class="current">2</span><a href="javascript:;">下一页</a><span class="total">共17条 2/2页</span></div>\n')


def test_a_list_block_served_alone_is_a_fragment_and_a_page_is_not():
    assert extract_page(FRAGMENT, f"{SITE}{BLOCK}?page=2&fix=0").fragment
    page = f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>省政府办公厅文件</title></head><body>{FRAGMENT}</body></html>'
    assert not extract_page(page, f"{SITE}columns/8dff597e-a95c-4b20-b321-a5320af40141/index.html").fragment
    # old hand-written markup without <html>, <head> or <body> is still a page: its <title> says so
    assert not extract_page(f"<TITLE>省政府办公厅文件</TITLE>\n{FRAGMENT}", f"{SITE}list.htm").fragment


def test_a_fragment_carries_no_page_tags_to_judge():
    tags = {"SiteName": "河北省人民政府", "SiteDomain": "www.hebei.gov.cn", "SiteIDCode": "1300000052", "ColumnName": "省政府办公厅文件",
            "ColumnDescription": "省政府办公厅文件", "ColumnKeywords": "省政府办公厅文件", "ColumnType": "省政府办公厅文件"}
    column = Page(url=SITE + "columns/8dff597e/index.html", kind="column", title="省政府办公厅文件", status=200, outcome="ok",
                  charset="utf-8", evidence=ev(SITE + "columns/8dff597e/index.html"), meta_tags=tags)
    later = Page(url=f"{SITE}{BLOCK}?page=2&fix=0", kind="column", title="", status=200, outcome="ok", charset="utf-8",
                 evidence=ev(f"{SITE}{BLOCK}?page=2&fix=0"))
    params = {p: v.default for p, v in META_TAGS.params.items()}
    home = Page(url=SITE, kind="home", title="首页", status=200, outcome="ok", charset="utf-8", evidence=ev(SITE),
                meta_tags={t: tags[t] for t in ("SiteName", "SiteDomain", "SiteIDCode")})
    model = site(pages=[home, column, later], fragments=[later.url])
    statuses = {f.subject: f.status for f in META_TAGS.run(model, params, Context(date(2026, 11, 20)))}
    assert statuses == {"meta-tags:site": "pass", "meta-tags:column": "pass"}


def _column_page(col: str, rows: str, pager: str) -> str:
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>通知公告-滹阳县人民政府</title>'
            '<meta name="ColumnName" content="通知公告"></head><body>'
            '<div class="location">当前位置：<a href="/index.html">首页</a> &gt; <a href="/columns/' + col + '/index.html">通知公告</a></div>'
            f'<div class="list-box"><h2>通知公告</h2><div class="list-con">{rows}{pager}</div></div>'
            '<div class="footer"><p>主办单位：滹阳县人民政府办公室</p><p>冀ICP备05016318号　网站标识码：1301290007　冀公网安备 13012902000119号</p></div>'
            '</body></html>')


def _article(title: str, day: int) -> str:
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + title + '</title></head><body>'
            f'<div class="article"><h1>{title}</h1><div class="art-info">发布时间：2026-10-{day:02d}</div>'
            f'<div id="zoom"><div>{title}。各乡镇人民政府，县直各部门：现将有关事项通知如下，请认真贯彻执行。</div></div></div>'
            '<div class="footer"><p>主办单位：滹阳县人民政府办公室</p><p>冀ICP备05016318号　网站标识码：1301290007　冀公网安备 13012902000119号</p></div>'
            '</body></html>')


def test_the_block_pages_a_column_pager_names_are_that_column_pages(tmp_path):
    """The column page shows page 1; its pager names pages 1 and 2 at the block's address only. Before, the block
    pages made a second column (named by its address) holding every row, and the column had only page 1's rows."""
    from tests.model.loopback import HTML, crawl_and_build

    col = "1965576e-e880-52a3-ab78-a9cf3680e0b6"
    block = f"/columns/{col}/templates/09a19324-88df-4949-b69b-f29b625e5e59/blocks/1a19cb86-230c-57a9-9286-ea9b8f2082b9"
    docs = [(f"/columns/{col}/202610/{30 - i:02d}/{i:08d}-0000-4000-8000-000000000000.html", f"关于做好第{i + 1}项工作的通知", 30 - i)
            for i in range(6)]

    def rows(part: list) -> str:
        return '<ul class="list-ul">' + "".join(f'<li><a href="{u}" title="{t}">{t}</a><span class="time">2026-10-{d:02d}</span></li>'
                                                for u, t, d in part) + "</ul>"

    def pager(n: int) -> str:
        links = "".join(f'<span class="current">{k}</span>' if k == n else f'<a href="{block}?page={k}&amp;fix=0">{k}</a>' for k in (1, 2))
        return f'<div class="page">{links}<span class="total">共6条 {n}/2页</span></div>'

    pages = {f"/columns/{col}/index.html": (200, HTML, _column_page(col, rows(docs[:3]), pager(1))),
             f"{block}?page=1&fix=0": (200, HTML, rows(docs[:3]) + pager(1)),
             f"{block}?page=2&fix=0": (200, HTML, rows(docs[3:]) + pager(2)),
             "/": (200, HTML, _column_page(col, "", "").replace("<h2>通知公告</h2>", f'<a href="/columns/{col}/index.html">通知公告</a>'))}
    pages.update({u: (200, HTML, _article(t, d)) for u, t, d in docs})
    model, base = crawl_and_build(pages, tmp_path / "out")
    listed = [c for c in model.columns if c.items]
    assert [(c.url, len(c.items)) for c in listed] == [(f"{base}columns/{col}/", 6)]
    assert sorted(model.fragments) == [f"{base}{block[1:]}?page={k}&fix=0" for k in (1, 2)]
    # the list template's footer is the column page's, the fragments have none of their own to lack
    assert all(f.site_id_code for f in model.footers if f.template == "list")


def test_a_block_page_whose_pager_names_the_column_page_as_page_1_is_that_columns_page_2(tmp_path):
    """The hbjy sample site under the `pagers` and `charsets` mutations (seed 21): the column page's pager
    names page 2 at the block's address, and the block's page 2 names page 1 as the column page itself
    (`<li><a href="/columns/<c>/index.html">1</a><li class=active><a>2</a>`), never at the block's
    `?page=1`; the GBK fragment opens with `<meta http-equiv=Content-Type content="text/html; charset=GBK">`.
    Before, page 2 was the one page of a list at `…/blocks/<b>?fix=0` whose first page was never fetched
    (stale and empty-column verdicts undecided) and, its `<meta>` taken for a document's, a list page with no
    footer (the list template's four footer identifiers undecided). Two pages that name each other as pages 1
    and 2 are one list; a charset declaration does not make a fragment a page."""
    from tests.model.loopback import HTML, crawl_and_build

    col = "1965576e-e880-52a3-ab78-a9cf3680e0b6"
    block = f"/columns/{col}/templates/09a19324-88df-4949-b69b-f29b625e5e59/blocks/1a19cb86-230c-57a9-9286-ea9b8f2082b9"
    docs = [(f"/columns/{col}/202610/{30 - i:02d}/{i:08d}-0000-4000-8000-000000000000.html", f"关于做好第{i + 1}项工作的通知", 30 - i)
            for i in range(6)]
    rows = ['<div class="x61">' + "".join(f'<div><a href="{u}" title="{t}">{t}</a><em>&nbsp;2026年10月{d:02d}日&nbsp;</em></div>'
                                          for u, t, d in part) + "</div>" for part in (docs[:3], docs[3:])]
    first = f'<nav><ul class="pagination"><li class="active"><a>1</a><li><a href="{block}?page=2&amp;fix=0">2</a></ul></nav>'
    second = f'<nav><ul class="pagination"><li><a href="/columns/{col}/index.html">1</a><li class="active"><a>2</a></ul></nav>'
    meta = '<meta http-equiv=Content-Type content="text/html; charset=GBK">'
    pages = {f"/columns/{col}/index.html": (200, HTML, _column_page(col, rows[0], first)),
             f"{block}?page=2&fix=0": (200, HTML, meta + rows[1] + second),
             "/": (200, HTML, _column_page(col, "", "").replace("<h2>通知公告</h2>", f'<a href="/columns/{col}/index.html">通知公告</a>'))}
    pages.update({u: (200, HTML, _article(t, d)) for u, t, d in docs})
    model, base = crawl_and_build(pages, tmp_path / "out")
    assert [(c.url, len(c.items)) for c in model.columns if c.items] == [(f"{base}columns/{col}/", 6)]
    assert model.fragments == [f"{base}{block[1:]}?page=2&fix=0"]
    assert [f.template for f in model.footers if f.template == "list"] and all(f.site_id_code for f in model.footers if f.template == "list")
