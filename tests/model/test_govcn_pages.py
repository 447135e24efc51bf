"""Crawled and built: pages of the www.gov.cn style template (the State Council portal's own, copied by portals
that follow it).

Real markup: column lists `sousuo.gov.cn/column/30469/0.htm`, `…/1.htm` … counted from 0 (scrapers looping
`'http://sousuo.gov.cn/column/30469/{}.htm'.format(page)` for page in range(0, 22), and start URLs
`…/column/31421/0.htm`), rows `<ul class="listTxt"><li><h4><a href>…</a><span class="date">` (`//ul[@class="listTxt"]
/li/h4/a/@href`, `span.date`); articles `<div class="article oneColumn pub_border"><h1>`, `<div class="pages-date">
2019-06-19 16:00 <span class="font">来源：…</span>`, `#UCAP-CONTENT` (a gov.cn CrawlSpider); documents under
`<table class="bd1">` of `<td><b>发文字号：</b></td><td>国发〔2018〕43号</td>` cells, the text in
`<td class="b12c" id="UCAP-CONTENT">` opening with the document number on a line of its own
(tests/model/realpages/www-gov-cn_zhengce_content_bold-label-table.html)."""

from __future__ import annotations

from pathlib import Path

from tests.model.loopback import HTML, crawl_and_build


def _shell(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_某市人民政府</title>'
            f'<meta name="lanmu" content="{title}"></head><body><div class="header"><a href="/">首页</a></div>'
            f'<div class="BreadcrumbNav"><a href="/">首页</a> &gt; {title}</div>{body}'
            '<div class="footer"><p>主办单位：某市人民政府办公室</p><p>版权所有：某市人民政府</p></div></body></html>')


def _article(i: int, day: int) -> str:
    return _shell(f"某市召开第{i}次工作会议", '<div class="article oneColumn pub_border">'
                  f'<h1>某市召开第{i}次工作会议</h1><div class="pages-date">2026-10-{day:02d} 16:00 <span class="font">来源：'
                  f'市政府办公室</span></div><div class="pages_content" id="UCAP-CONTENT"><p>会议研究部署第{i}项工作，要求压实责任，'
                  '确保各项任务按期完成，不断增强人民群众的获得感。</p></div></div>')


def test_a_list_counted_from_zero_is_one_column(tmp_path: Path) -> None:
    """`0.htm` is the first page and `1.htm`, `2.htm` its later pages (before: `1.htm` a first page of its own
    that claimed `2.htm`, a second, stale 要闻 column)."""
    folder = "/column/30469/"
    url = lambda i: f"/xinwen/2026-10/{28 - i:02d}/content_56{i:05d}.htm"  # noqa: E731

    def page(n: int, ids: range) -> str:
        rows = "".join(f'<li><h4><a href="{url(i)}" target="_blank">某市召开第{i}次工作会议</a>'
                       f'<span class="date">2026-10-{28 - i:02d}</span></h4></li>' for i in ids)
        nav = ('<li><a href="0.htm">首页</a></li>' if n else "<li>首页</li>") \
            + (f'<li><a href="{n - 1}.htm">上一页</a></li>' if n else "<li>上一页</li>") \
            + (f'<li><a href="{n + 1}.htm">下一页</a></li><li><a href="2.htm">尾页</a></li>' if n < 2 else "<li>下一页</li><li>尾页</li>")
        return _shell("要闻", f'<div class="list list_1 list_2"><ul class="listTxt">{rows}</ul>'
                      f'<div class="newspage"><ul><li>共3页</li>{nav}</ul></div></div>')
    pages = {"/": (200, HTML, _shell("首页", f'<a href="{folder}0.htm">要闻</a>'))}
    for n, ids in ((0, range(0, 5)), (1, range(5, 10)), (2, range(10, 12))):
        pages[f"{folder}{n}.htm"] = (200, HTML, page(n, ids))
    pages.update({url(i): (200, HTML, _article(i, 28 - i)) for i in range(12)})
    model, base = crawl_and_build(pages, tmp_path / "out")
    (column,) = model.columns
    assert column.url == base + "column/30469/0.htm" and len(column.items) == 12
    numbers = {p.url.removeprefix(base): p.page_no for p in model.pages if p.column_url}
    assert numbers == {"column/30469/0.htm": 1, "column/30469/1.htm": 2, "column/30469/2.htm": 3}
