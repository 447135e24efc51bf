"""Pages of a CMS whose class and id words the model does not know: the real corpus pages with
every class/id value replaced by a meaningless name (tests/sites/mutate.scramble_markup, which
keeps the national embed codes' `_jiucuo_` names) must read as they read with their own names.

Before, a page whose body no class/id named had no body: the annual reports of pingtan.gov.cn
lost all six standard sections (the structure and tables rules failed them), kepu.gov.cn's and
gov.cn's articles read as hubs, cmse.gov.cn's article was titled by its footer's 友情链接. Now an
unnamed block of prose outside the chrome is the body (article.unnamed_article), and the heading
the <title> names, or the <title> shown as a block of its own, titles the page. With the corpus
pages scrambled, 14 of 20 read alike before, all 20 now."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.htmlpage import decode_html
from govaudit.model.extract.page import extract_page
from tests.sites.mutate import scramble_markup

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
URL = "https://www.example.gov.cn/zwgk/col/202601/t20260101_1.html"


def _read(raw: bytes):
    text, _ = decode_html(raw)
    return extract_page(text, URL)


def _reading(facts) -> tuple:
    return facts.kind, facts.title, facts.pub_date, (facts.annual_report or {}).get("sections"), \
        (facts.annual_report or {}).get("tables")


@pytest.mark.parametrize("path", [
    "pingtan/zwgk/zfxxgk/zfxxgknb/202603/105587_平潭综合实验区2025年度政府信息公开工作年度报告/page.html",
    "pingtan/zwgk/zfxxgk/zfxxgknb/202403/87885_平潭综合实验区2023年度政府信息公开工作年度报告/page.html",
    "pages/kepu-gov-cn_article.html",
    "pages/www-gov-cn_gongbao-2007-23_npc-decision_article.html",
    "pingtan/zwgk/zfxxgk/zfxxgkzn/202311/51587_平潭综合实验区政府信息公开指南/page.html",
    "pages/cmse-gov-cn_news-release_article.html",  # its only unnamed heading is the footer's 友情链接
], ids=["pingtan-report-2025", "pingtan-report-2023", "kepu-article", "govcn-gongbao", "pingtan-guide", "cmse-article"])
def test_a_real_page_reads_alike_with_unknown_class_names(path: str) -> None:
    raw = (CORPUS / path).read_bytes()
    named, unnamed = _read(raw), _read(scramble_markup(raw))
    assert named.kind == "document"
    assert _reading(unnamed) == _reading(named)
    assert len(unnamed.body_text) >= 0.5 * len(named.body_text)


def test_a_report_with_unknown_class_names_keeps_its_sections() -> None:
    raw = (CORPUS / "pingtan/zwgk/zfxxgk/zfxxgknb/202503/97791_平潭综合实验区2024年度政府信息公开工作年度报告/page.html").read_bytes()
    report = _read(scramble_markup(raw)).annual_report
    assert report is not None and report["sections"] == ["一", "二", "三", "四", "五", "六"]


def test_a_list_page_with_unknown_class_names_gets_no_body() -> None:
    """The fallback takes a block of prose, never a list: a list page stays bodiless."""
    raw = (CORPUS / "pingtan/zwgk/zfxxgk/zfxxgknb/_lists/index.html").read_bytes()
    facts = _read(scramble_markup(raw))
    assert facts.kind != "document" and facts.body_text == ""
