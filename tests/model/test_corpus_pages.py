"""Extractors on every real government page in ../shared/corpus (read-only), against exact
expectations written by reading the pages: tests/model/corpus/<page>.json (one per HTML
page), the archive's links.tsv tables, the annual-report text extracts and the SQL dump
of www.gov.cn policy pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govaudit.htmlpage import decode_html
from govaudit.model.extract.annual_report import parse_title, sections_present
from govaudit.model.extract.page import PageFacts, extract_page
from tests.model.sqldump import sql_rows

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
PINGTAN = CORPUS / "pingtan" / "zwgk"
EXPECTED = sorted((Path(__file__).parent / "corpus").glob("*.json"))
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")


def facts_of(path: Path, url: str) -> PageFacts:
    text, _ = decode_html(path.read_bytes())
    return extract_page(text, url)


def observed(f: PageFacts) -> dict[str, object]:
    """The facts each expectations file pins, in its own shape."""
    dated = [i.date for i in f.list_items if i.date]
    first = f.list_items[0] if f.list_items else None
    return {
        "kind": f.kind, "title": f.title, "column_name": f.column_name,
        "breadcrumb": [list(step) for step in f.breadcrumb],
        "list_state": f.list_state, "list_count": len(f.list_items), "declared_count": f.declared_count,
        "newest_date": max(dated, default=None), "oldest_date": min(dated, default=None),
        "undated_items": sum(1 for i in f.list_items if not i.date),
        "first_item": [first.title, first.url, first.date] if first else None,
        "pub_date": f.pub_date, "pub_date_source": f.pub_date_source,
        "meta_pub_date": f.meta_pub_date, "url_date": f.url_date,
        "metadata": f.metadata, "related_slot": f.related_slot, "related_links": f.related_links,
        "attachments": [link.url for link in f.body_links if link.kind == "attachment"],
        "footer": {k: getattr(f.footer, k) for k in ("site_id_code", "meta_site_id_code", "jiucuo_sitecode", "icp", "psb", "conac")},
        "annual_report": f.annual_report,
    }


def test_every_corpus_html_page_has_expectations():
    files = {json.loads(p.read_text())["file"] for p in EXPECTED}
    on_disk = {str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*.html")}
    assert files == on_disk


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_corpus_page(path: Path):
    expected = json.loads(path.read_text())
    facts = facts_of(CORPUS / expected["file"], expected["url"])
    got = observed(facts)
    for key, value in got.items():
        assert value == expected[key], key


def _links_tsv_files() -> list[Path]:
    return sorted(PINGTAN.rglob("links.tsv"))


@pytest.mark.parametrize("tsv", _links_tsv_files(), ids=lambda p: p.parent.name.split("_")[0])
def test_attachments_match_the_archive_link_table(tsv: Path):
    """The archiver's own link table lists attachments as kind=file; ours must agree."""
    page = tsv.parent / "page.html"
    text, _ = decode_html(page.read_bytes())
    url = text.split('<meta name="Url" content="', 1)[1].split('"', 1)[0]
    rows = [line.split("\t") for line in tsv.read_text().splitlines()[1:]]
    archived = [row[1] for row in rows if row[3] == "file"]
    ours = [link.url for link in extract_page(text, url).body_links if link.kind == "attachment"]
    assert ours == archived


def test_interpretation_links_its_document_in_the_body():
    f = facts_of(next(PINGTAN.glob("ztzl/sswgh/sswjd/202211/41840_*/page.html")),
                 "https://www.pingtan.gov.cn/zwgk/ztzl/sswgh/sswjd/202211/t20221130_41840.htm")
    assert "https://www.pingtan.gov.cn/zwgk/ghxx/ztgh/202211/t20221122_40927.htm" in [l.url for l in f.body_links]


# page.txt: the archiver's text extracts of 20 reports (title line, then the page text).
ANNUAL_TEXTS = {
    "80678": ((2011, "平潭综合实验区"), ["二", "五"]),
    "80716": ((2011, "平潭县人民政府"), ["二", "五"]),
    "80725": ((2012, "平潭县人民政府"), ["二", "五"]),
    "80734": ((2012, "平潭综合实验区"), ["二", "五"]),  # numbered 三、…/五、… on the page
    "80754": ((2013, "平潭县人民政府"), ["二", "五"]),
    "80774": ((2013, "平潭综合实验区地方税务局"), ["二"]),  # "信息公开年度报告", no 政府
    "80759": ((2013, "平潭综合实验区"), ["二", "五"]),
    "80787": (None, []),  # 关于2014年政府信息公开工作要点落实情况的函: not a report
    "80791": ((2014, "平潭综合实验区管委会"), ["二"]),
    "80445": ((2015, "平潭综合实验区"), ["二", "四"]),
    "80485": ((2016, "平潭综合实验区"), ["二", "四"]),
    "80506": ((2017, "平潭综合实验区"), ["二", "四"]),
    "80529": ((2018, "平潭综合实验区"), ["二", "四"]),
    "80576": ((2019, "平潭综合实验区"), ["一", "二", "三", "四", "五", "六"]),
    "80595": ((2020, "平潭综合实验区"), ["一", "二", "三", "四", "五", "六"]),
    "80613": ((2021, "平潭综合实验区"), ["一", "二", "三", "四", "五", "六"]),
    "80629": ((2022, "平潭综合实验区"), ["一", "二", "三", "四", "五", "六"]),  # heading typo 行政法复议
    "87885": ((2023, "平潭综合实验区"), ["一", "二", "三", "四", "五", "六"]),
    "97791": ((2024, "平潭综合实验区"), ["一", "二", "三", "四", "五", "六"]),
    "105587": ((2025, "平潭综合实验区"), ["一", "二", "三", "四", "五", "六"]),
}


def test_every_annual_report_text_has_expectations():
    assert {p.parent.name.split("_")[0] for p in PINGTAN.glob("zfxxgk/zfxxgknb/*/*/page.txt")} == set(ANNUAL_TEXTS)


@pytest.mark.parametrize("docid", sorted(ANNUAL_TEXTS))
def test_annual_report_text_extract(docid: str):
    (path,) = PINGTAN.glob(f"zfxxgk/zfxxgknb/*/{docid}_*/page.txt")
    head, body = path.read_text().split("==================== 正文 ====================", 1)
    title = head.split("\n", 1)[0].removeprefix("标题: ")
    parsed = parse_title(title)
    expected_title, expected_sections = ANNUAL_TEXTS[docid]
    assert ((parsed.year, parsed.organ) if parsed else None) == expected_title
    assert sections_present(body) == expected_sections


# www.gov.cn policy pages from a crawler's SQL dump: (id, 成文日期, 发布日期, 主题分类, 主题词).
# 索引号, 标题, 发文机关 and 发文字号 are checked against the dump's own columns.
GOV_CN = {
    1: ("2018-12-21", "2018-12-29", "卫生、体育\\医药管理", ""),
    2: ("2018-12-07", "2018-12-27", "综合政务\\政务公开", ""),
    3: ("2018-12-18", "2018-12-25", "文化、广电、新闻出版\\文化", ""),
    4: ("1996-06-29", "2018-12-24", "国防\\国防动员", ""),
    5: ("1996-02-05", "2018-12-24", "城乡建设、环境保护\\气象、水文、测绘、地震", ""),
    6: ("2004-08-12", "2018-12-24", "其他", "经济管理 考察 措施 函"),
    7: ("2004-10-15", "2018-12-24", "其他", ""),
    8: ("2004-11-04", "2018-12-24", "综合政务\\应急管理", ""),
    9: ("2004-04-17", "2018-12-24", "卫生、体育\\体育", "体育 运动会 函"),
    10: ("2005-03-03", "2018-12-24", "科技、教育\\科技", ""),
    11: ("2006-10-18", "2018-12-24", "其他", "文秘工作 提案 函"),
    12: ("2006-09-07", "2018-12-24", "其他", ""),
    13: ("2006-09-07", "2018-12-24", "其他", ""),
    14: ("2006-09-07", "2018-12-24", "其他", ""),
    15: ("2005-07-14", "2018-12-24", "其他", ""),
}


def _gov_cn_rows() -> list[list[str | None]]:
    return sql_rows(CORPUS / "pages" / "www-gov-cn_zhengce-content_15pages_sql-fragments.txt") if CORPUS.is_dir() else []


@pytest.mark.parametrize("row", _gov_cn_rows(), ids=lambda r: f"gov-cn-{r[0]}")
def test_gov_cn_policy_page_metadata(row):
    ident, url, index_no, title, organ, number, html = int(row[0]), row[1], row[3], row[4], row[5], row[6], row[14]
    facts = extract_page(html, url)
    written, published, topic, words = GOV_CN[ident]
    assert facts.kind == "document" and facts.title == title
    assert facts.metadata == {"索引号": index_no, "主题分类": topic, "发文机关": organ, "成文日期": written,
                              "标题": title, "发文字号": number, "发布日期": published, "主题词": words}
    assert (facts.pub_date, facts.pub_date_source) == (published, "visible")
    assert len(_gov_cn_rows()) == len(GOV_CN)
