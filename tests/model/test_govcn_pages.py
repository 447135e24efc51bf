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


def _document(title: str, number_cell: str, text: str, table: bool = True) -> str:
    """A document page as gov.cn writes it: the bd1 table of bold labels (its 发文字号 cell `number_cell`), the text
    in `td#UCAP-CONTENT` under title lines."""
    meta = ('<table width="660" border="0" cellpadding="0" cellspacing="0" class="bd1"><tbody>'
            '<tr><td width="70"><b>索 引 号：</b></td><td width="260">003519887/2026-00123</td>'
            '<td width="70"><b>主题分类：</b></td><td width="260">城乡建设、环境保护\\其他</td></tr>'
            '<tr><td><b>发文机关：</b></td><td>某市人民政府</td><td><b>成文日期：</b></td><td>2026年05月22日</td></tr>'
            f'<tr><td><b>标　　题：</b></td><td colspan="3">{title}</td></tr>'
            f'<tr><td><b>发文字号：</b></td><td>{number_cell}</td><td><b>发布日期：</b></td><td>2026年05月26日</td></tr>'
            '</tbody></table><br>') if table else ""
    return _shell(title, f'<div class="wrap">{meta}<table width="724"><tbody><tr><td>'
                  f'<table width="650"><tbody><tr><td class="b12c" id="UCAP-CONTENT">{text}</td></tr></tbody></table>'
                  '</td></tr></tbody></table></div>')


def test_the_number_heading_a_documents_text_tells_its_series(tmp_path: Path) -> None:
    """A document whose table leaves 发文字号 empty, or that has no table, is a 规范性文件 by the 某政规〔Y〕N号 line
    its text opens with (before: a `policy` and a `notice`, never checked for metadata or validity); a number
    cited inside a sentence tells nothing."""
    def text(number_line: str, first: str) -> str:
        return (f'<p style="text-align: center;"><span style="font-weight: bold;">某市人民政府关于印发</span></p>'
                f'<p style="text-align: center;"><span style="font-weight: bold;">《某市储备粮管理办法》的通知</span></p>'
                f'{number_line}<p>各县（区）人民政府，市直各单位：</p><p>{first}</p>'
                '<p>第一条　为规范本市有关管理工作，根据有关法律法规，结合本市实际，制定本办法。</p>'
                '<p>第二条　本办法适用于本市行政区域内的有关管理活动，各有关部门按照职责分工做好相关工作。</p>'
                '<p>第三条　本办法自印发之日起施行，有效期五年。</p><p>某市人民政府</p><p>2026年5月22日</p>')
    line = '<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">某政规〔2026〕7号</span></p>'
    docs = {
        "/zhengce/content/2026-05/26/content_5601908.htm": _document(
            "某市人民政府关于印发《某市储备粮管理办法》的通知", "", text(line, "现将《办法》印发给你们，请认真贯彻执行。")),
        "/zhengce/content/2026-08/27/content_5601866.htm": _document(
            "某市人民政府关于印发《某市投资项目管理办法》的通知", "", text(line.replace("7号", "10号"), "现将《办法》印发给你们。"),
            table=False),
        "/zhengce/content/2026-09/01/content_5601999.htm": _document(
            "某市人民政府关于做好秋季防火工作的通知", "", text("", "根据《某市森林防火办法》（某政规〔2025〕3号），现就有关事项通知如下。"),
            table=False),
    }
    rows = "".join(f'<li><h4><a href="{u}">{u[-20:]}</a><span class="date">2026-0{5 + i}-26</span></h4></li>'
                   for i, u in enumerate(docs))
    pages = {"/": (200, HTML, _shell("首页", '<a href="/column/31201/0.htm">市政府文件</a>')),
             "/column/31201/0.htm": (200, HTML, _shell("市政府文件", f'<ul class="listTxt">{rows}</ul>'))}
    pages.update({u: (200, HTML, body) for u, body in docs.items()})
    model, base = crawl_and_build(pages, tmp_path / "out")
    kinds = {d.url.removeprefix(base): d.kind for d in model.documents}
    assert kinds["zhengce/content/2026-05/26/content_5601908.htm"] == "normative"
    assert kinds["zhengce/content/2026-08/27/content_5601866.htm"] == "normative"
    assert kinds["zhengce/content/2026-09/01/content_5601999.htm"] != "normative"
