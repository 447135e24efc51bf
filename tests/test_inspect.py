"""`govaudit inspect` prints the facts the model reads off one page, from a file or a URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govaudit.cli import main
from govaudit.demo.server import serve
from govaudit.demo.sitegen import generate_site
from tests.model.test_corpus_pages import CORPUS, EXPECTED  # the corpus pages' expectations


def test_inspect_a_column_over_http_and_a_document_from_a_file(tmp_path: Path):
    generate_site(tmp_path)
    runner = CliRunner()
    with serve(tmp_path) as base:
        result = runner.invoke(main, ["inspect", base + "xwzx/bmdt/"])
    assert result.exit_code == 0, result.output
    column = json.loads(result.output)
    assert (column["kind"], column["column_name"], column["list_state"]) == ("column", "部门动态", "listed")
    assert column["list_items"][0]["date"] == "2026-09-08"  # why the column is stale as of 2026-09-30

    (doc,) = tmp_path.glob("zwgk/gfxwj/202502/t20250227_1404.html")
    url = "http://www.bailu.gov.cn/zwgk/gfxwj/202502/t20250227_1404.html"
    result = runner.invoke(main, ["inspect", str(doc), "--url", url])
    facts = json.loads(result.output)
    assert facts["url"] == url and facts["kind"] == "document" and facts["charset"] == "utf-8"
    assert "有效性" not in facts["metadata"] and facts["metadata"]["发文字号"].startswith("白鹭府规〔2025〕")
    assert facts["footer"]["site_id_code"] == "3399000001"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")
@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_inspect_prints_the_expected_facts_of_every_corpus_page(path: Path):
    expected = json.loads(path.read_text(encoding="utf-8"))
    result = CliRunner().invoke(main, ["inspect", str(CORPUS / expected["file"]), "--url", expected["url"]])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    assert (facts["kind"], facts["title"], facts["metadata"]) == (expected["kind"], expected["title"], expected["metadata"])
    assert len(facts["list_items"]) == expected["list_count"] and facts["list_state"] == expected["list_state"]
    assert facts["footer"]["site_id_code"] == expected["footer"]["site_id_code"]


@pytest.mark.parametrize("url, root", [
    ("http://www.site.gov.cn", True), ("http://www.site.gov.cn/", True), ("https://www.site.gov.cn/index.html", True),
    ("http://www.site.gov.cn/index.shtml", True), ("http://www.site.gov.cn/index.htm", True),
    ("http://www.site.gov.cn/default.htm", True), ("http://www.site.gov.cn/Default.aspx", True),
    ("http://www.site.gov.cn/index.jsp", True), ("http://www.site.gov.cn/?page=2", False),
    ("http://www.site.gov.cn/zwgk/", False), ("http://www.site.gov.cn/zwgk/index.html", False),
    ("http://www.site.gov.cn/col/col1229/index.html?uid=4&pageNum=2", False),
])
def test_site_root_pages(url: str, root: bool):
    from govaudit.inspect import is_site_root

    assert is_site_root(url) is root


_HOME = ("<html><head><title>某区人民政府门户网站</title></head><body><div class='nav'><a href='/zwgk/'>政务公开</a></div>"
         "<div class='news'><h2><a href='/xwzx/1.html'>区委常委会召开扩大会议 研究部署秋季防火工作</a></h2>"
         "<ul><li><a href='/xwzx/2.html'>全区安全生产工作会议召开</a><span>2026-09-14</span></li></ul></div>"
         "<div class='footer'>网站标识码：3399000001</div></body></html>")


@pytest.mark.parametrize("url, home, title", [
    ("http://www.site.gov.cn/", True, "某区人民政府门户网站"),
    ("http://www.site.gov.cn/index.shtml", True, "某区人民政府门户网站"),
    ("http://www.site.gov.cn/xwzx/", False, "区委常委会召开扩大会议 研究部署秋季防火工作"),
])
def test_inspect_reads_the_root_page_as_the_homepage(tmp_path: Path, url: str, home: bool, title: str):
    page = tmp_path / "index.html"
    page.write_text(_HOME, encoding="utf-8")
    result = CliRunner().invoke(main, ["inspect", str(page), "--url", url])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    assert (facts["is_home"], facts["kind"] == "home", facts["title"]) == (home, home, title)


def test_inspect_over_http_knows_the_root_page(tmp_path: Path):
    generate_site(tmp_path)
    with serve(tmp_path) as base:
        home = json.loads(CliRunner().invoke(main, ["inspect", base]).output)
        index = json.loads(CliRunner().invoke(main, ["inspect", base + "index.html"]).output)
    assert home["kind"] == index["kind"] == "home" and home["is_home"] and index["is_home"]
