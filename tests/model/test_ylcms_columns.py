"""A 远略 ylcms column is one list at two kinds of address: its first page static
(`/cms/html/<site>/<column>/index.html`), its later pages only at the platform's one dynamic address
`/cms/sitemanage/index.shtml?siteId=<column id>&page=N` (漳州, 南靖, 漳州住建局 crawlers: "Pagination:
/cms/sitemanage/index.shtml?siteId={siteId}&page=N"; rows `<UL id="resources"><LI><A>…</A><SPAN>date`).
Under a pager that states no page total (Bootstrap's `<ul class="pagination">` of numbers, the sample
sites' `pagers` mutation) page 2 names the first page as its page 1: that makes it the column's page 2.
Before, page 2 was a second 通知公告 at `/cms/sitemanage/?siteId=…`, not observed as a column, and
the empty-columns veto undecided (ylcms under `pagers`, seed 2: 待定)."""

from __future__ import annotations

from pathlib import Path

from tests.model.loopback import HTML, crawl_and_build

FIRST = "/cms/html/tmxrmzf/tzgg/index.html"
LATER = "/cms/sitemanage/index.shtml?siteId=620416813021631002&amp;page={n}"


def _page(n: int, pager: str) -> str:
    rows = "".join(f'<li><span class="list-content"><a href="/cms/html/tmxrmzf/2026-0{9 - n}-{10 + i}/19273{n}{i:02d}.html" '
                   f'title="关于做好第{n}{i}项工作的通知">关于做好第{n}{i}项工作的通知</a></span>'
                   f'<span class="list-time">2026-0{9 - n}-{10 + i}</span></li>' for i in range(10))
    return ('<html><head><meta charset="utf-8"><title>通知公告-汀湄县人民政府</title>'
            '<meta name="ColumnName" content="通知公告"><meta name="siteIdMeta" content="620416813021631002"></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/cms/html/tmxrmzf/tzgg/index.html">通知公告</a></div>'
            '<div class="mid-path">当前位置：<a href="/">首页</a> &gt; <a href="/cms/html/tmxrmzf/tzgg/index.html">通知公告</a></div>'
            f'<div class="mid-mj"><div class="mid-mj-list"><ul id="resources">{rows}</ul></div>{pager}</div>'
            '<div class="foot">主办：汀湄县人民政府办公室 网站标识码：3506310004</div></body></html>')


def _doc(url: str) -> str:
    title = url.rsplit("/", 1)[1]
    return (f'<html><head><meta charset="utf-8"><title>通知{title}</title></head><body><div class="article">'
            f'<div class="top-title1">关于做好第{title}项工作的通知</div><div class="top-title2"><span class="rq">发布时间：2026-08-10 10:00</span></div>'
            f'<div id="Content"><p>{"各单位要高度重视，抓好落实。" * 12}</p></div></div></body></html>')


def test_a_later_page_at_the_dynamic_address_naming_the_first_as_page_1_is_its_page_2(tmp_path: Path) -> None:
    first = ('<nav><ul class="pagination"><li class="active"><a>1</a></li><li><a href="' + LATER.format(n=2) + '">2</a></li>'
             '<li class="PagedList-skipToNext"><a href="' + LATER.format(n=2) + '" rel="next">»</a></li></ul></nav>')
    second = f'<nav><ul class="pagination"><li><a href="{FIRST}">1</a></li><li class="active"><a>2</a></li></ul></nav>'
    pages = {"/": (200, HTML, '<html><head><meta charset="utf-8"><title>汀湄县人民政府</title></head><body>'
                   f'<a href="{FIRST}">通知公告</a></body></html>'),
             FIRST: (200, HTML, _page(1, first)), LATER.format(n=2).replace("&amp;", "&"): (200, HTML, _page(2, second))}
    for n in (1, 2):
        for i in range(10):
            url = f"/cms/html/tmxrmzf/2026-0{9 - n}-{10 + i}/19273{n}{i:02d}.html"
            pages[url] = (200, HTML, _doc(url))
    model, base = crawl_and_build(pages, tmp_path / "out")
    columns = {c.url.removeprefix(base): (c.name, len(c.items)) for c in model.columns}
    assert columns == {"cms/html/tmxrmzf/tzgg/": ("通知公告", 20)}, columns
