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
