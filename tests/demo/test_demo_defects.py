"""Each planted defect is on the site as DEFECTS.md says, and nothing else is wrong."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import lxml.html

import govaudit.demo
from govaudit.demo import DEMO_AS_OF
from govaudit.demo.annual import _APPEALS, _YEARS, request_cells
from govaudit.demo.defects import PLANTED

Pages = dict[str, lxml.html.HtmlElement]
DATE = re.compile(r"(\d{4})\D(\d{2})\D(\d{2})")
REQUIRED = ("索引号", "发文机关", "成文日期", "发布日期", "发文字号", "有效性")


def _defect(number: str):
    return next(d for d in PLANTED if d.number == number)


def _list_dates(pages: Pages, column: str) -> list[date]:
    out = []
    for url, tree in pages.items():
        if url == column or re.fullmatch(re.escape(column) + r"index_\d+\.html", url):
            for text in tree.xpath("//ul[@class='list']/li/span[@class='date']/text()"
                                   " | //table[@class='list-table']//tr/td[3]/text()"):
                out.append(date(*map(int, DATE.search(text).groups())))
    return out


def _articles(pages: Pages, column: str) -> dict[str, lxml.html.HtmlElement]:
    return {u: t for u, t in pages.items() if u.startswith(column) and re.search(r"/\d{6}/t\d{8}_\d+\.html$", u)}


def _meta_block(tree: lxml.html.HtmlElement) -> dict[str, str]:
    cells = tree.xpath("//table[@class='xxgk-meta']//th | //table[@class='xxgk-meta']//td")
    out = {}
    for th, td in zip(cells, cells[1:]):
        if th.tag == "th" and td.tag == "td":
            out[th.text_content().strip().rstrip("：")] = td.text_content().strip()
    return out


def _pubdate(tree: lxml.html.HtmlElement) -> date:
    return date.fromisoformat(tree.xpath("//meta[@name='PubDate']/@content")[0][:10])


def test_defects_md_lists_every_planted_defect() -> None:
    text = (Path(govaudit.demo.__file__).parent / "DEFECTS.md").read_text(encoding="utf-8")
    chinese, english = text.split("## English")
    for d in PLANTED:
        for part in (chinese, english):
            row = next(line for line in part.splitlines() if line.startswith(f"| {d.number} |"))
            assert f"`{d.subject}`" in row and (d.evidence in row or "同左" in row or "same" in row), d


def test_column_freshness(demo_pages: Pages) -> None:
    newest = {col: max(_list_dates(demo_pages, col)) for col in (
        "/xwzx/qyyw/", "/xwzx/bmdt/", "/zwgk/tzgg/", "/zwgk/gsgg/", "/zwgk/gfxwj/", "/zwgk/rsxx/", "/zwgk/ghjh/")}
    assert newest["/xwzx/bmdt/"] == date(2026, 9, 8) and DEMO_AS_OF - newest["/xwzx/bmdt/"] > timedelta(days=14)
    assert newest["/zwgk/tzgg/"] == date(2026, 2, 10) and newest["/zwgk/tzgg/"] < date(2026, 3, 30)
    assert {_defect("1").subject, _defect("2").subject} == {"/xwzx/bmdt/", "/zwgk/tzgg/"}
    assert DEMO_AS_OF - newest["/xwzx/qyyw/"] < timedelta(days=10)
    for col in ("/zwgk/gsgg/", "/zwgk/gfxwj/"):
        assert newest[col] >= date(2026, 3, 30), col
    for col in ("/zwgk/rsxx/", "/zwgk/ghjh/"):
        assert newest[col] > date(2025, 9, 30), col
    topic = demo_pages["/ztzl/yqfk2020/"]
    assert "历史专题" in topic.xpath("//meta[@name='ColumnName']/@content")[0]
    assert max(_list_dates(demo_pages, "/ztzl/yqfk2020/")).year == 2020


def test_exactly_one_empty_column(demo_pages: Pages) -> None:
    empty = [u for u, t in demo_pages.items() if t.xpath("//div[@class='no-data']")]
    assert empty == [_defect("3").subject] == ["/zwgk/zxzj/"]
    assert not demo_pages["/zwgk/zxzj/"].xpath("//ul[@class='list']/li")


def test_annual_reports(demo_pages: Pages) -> None:
    reports = _articles(demo_pages, "/zwgk/nb/")
    by_year = {}
    for url, tree in reports.items():
        title = tree.findtext(".//h1")
        year = int(re.fullmatch(r"白鹭区人民政府(\d{4})年政府信息公开工作年度报告", title).group(1))
        by_year[year] = (url, _pubdate(tree))
        headings = tree.xpath("//div[@class='content']/p/strong/text()")
        assert [h[:2] for h in headings] == ["一、", "二、", "三、", "四、", "五、", "六、"], url
    assert sorted(by_year) == [2021, 2022, 2023, 2025] and _defect("4a").subject == "2024"
    late = [y for y, (_, pub) in by_year.items() if pub > date(y + 1, 3, 31)]
    assert late == [2025] and by_year[2025] == (_defect("4b").subject, date(2026, 4, 20))


def test_annual_report_tables_are_consistent() -> None:
    for year in _YEARS:
        cells = request_cells(year)
        for col in range(7):
            assert cells["new"][col] + cells["carry_in"][col] == cells["total"][col] + cells["carry_out"][col]
        assert all(v >= 0 for row in cells.values() for v in row)
        assert len(_APPEALS[year]) == 3
    assert _YEARS[2025][3] == (2, 0, 5)  # 2 issued in 2025, 5 valid: matches the site's documents


def test_normative_document_metadata(demo_pages: Pages) -> None:
    docs = _articles(demo_pages, "/zwgk/gfxwj/")
    assert len(docs) == 8
    missing_validity, empty_wenhao = [], []
    for url, tree in docs.items():
        meta = _meta_block(tree)
        for field in REQUIRED:
            if field not in meta:
                assert field == "有效性", (url, field)
                missing_validity.append(url)
            elif not meta[field]:
                assert field == "发文字号", (url, field)
                empty_wenhao.append(url)
        if meta.get("发文字号"):
            assert re.fullmatch(r"白鹭府(办)?规〔20\d{2}〕\d+号", meta["发文字号"]), url
        if "有效性" in meta:
            assert meta["有效性"] == "有效", url
        assert meta["发布日期"] == _pubdate(tree).strftime("%Y年%m月%d日"), url
        assert re.fullmatch(r"113399000000000001/20\d{2}-\d{5}", meta["索引号"]), url
    assert missing_validity == [_defect("5").subject]
    assert empty_wenhao == [_defect("6").subject]


def _working_days_between(start: date, end: date) -> int:
    return sum(1 for n in range(1, (end - start).days + 1) if (start + timedelta(days=n)).weekday() < 5)


def test_interpretations(demo_pages: Pages) -> None:
    docs = _articles(demo_pages, "/zwgk/gfxwj/")
    interps = _articles(demo_pages, "/zwgk/zcjd/")
    doc_to_interp = {u: t.xpath("//div[@class='related']//a/@href") for u, t in docs.items()}
    interp_to_doc = {u: t.xpath("//div[@class='related-doc']/a/@href") for u, t in interps.items()}
    assert all(len(v) == 1 for v in interp_to_doc.values())
    targets = {v[0]: u for u, v in interp_to_doc.items()}
    no_interp, one_way = _defect("7").subject, _defect("8").subject
    for url, tree in docs.items():
        title = tree.findtext(".//h1")
        box = tree.xpath("//div[@class='related']")[0].text_content()
        if url == no_interp:
            assert url not in targets and "暂无相关解读" in box
            mentions = [u for u, t in demo_pages.items() if u != url and u.startswith("/zwgk/zcjd/")
                        and (title in t.text_content() or "白鹭府规〔2026〕2号" in t.text_content())]
            assert mentions == []
        elif url == one_way:
            assert targets[url] == _defect("8").evidence and doc_to_interp[url] == [] and "暂无相关解读" in box
        else:
            assert doc_to_interp[url] == [targets[url]], url
        if url in targets:
            interp = demo_pages[targets[url]]
            assert interp.findtext(".//h1") == f"关于《{title}》的政策解读"
            assert 0 <= _working_days_between(_pubdate(tree), _pubdate(interp)) <= 3
            assert _pubdate(tree) <= _pubdate(interp)
    assert docs[no_interp].xpath("//meta[@name='PubDate']/@content")[0].startswith("2026-06-12")


def test_broken_link_and_missing_attachment_markup(demo_pages: Pages) -> None:
    article = demo_pages[_defect("9").evidence]
    assert article.xpath("//div[@class='content']//a/@href") == [_defect("9").subject]
    notice = demo_pages[_defect("10").evidence]
    assert notice.xpath("//div[@class='attachments']/a/@href") == [_defect("10").subject]
