"""Extractors on real government pages from ../shared/corpus (read-only), with exact
expectations written by reading the pages. Issue 4 extends this to every corpus page."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.htmlpage import decode_html
from govaudit.model.extract.page import extract_page

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
PINGTAN = CORPUS / "pingtan" / "zwgk"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")


def facts_of(path: Path, url: str):
    text, _ = decode_html(path.read_bytes())
    return extract_page(text, url)


def _one(pattern: str) -> Path:
    (path,) = PINGTAN.glob(pattern)
    return path


def test_pingtan_normative_document_metadata_block():
    f = facts_of(_one("zfxxgk/gwhwj/hzgfxwj/202606/107221_*/page.html"),
                 "https://www.pingtan.gov.cn/zwgk/zfxxgk/gwhwj/hzgfxwj/202606/t20260609_107221.htm")
    assert f.kind == "document"
    assert f.metadata == {
        "索引号": "PZ00101-1700-2026-00242", "主题分类": "无", "发文机关": "平潭综合实验区管委会",
        "成文日期": "2026-05-29",
        "标题": "平潭综合实验区管委会关于印发《平潭综合实验区企业所得税优惠界定指引(试行)》的通知",
        "发文字号": "岚综管规〔2026〕2号", "发布日期": "2026-05-29", "有效性": "有效",
    }
    assert (f.pub_date, f.pub_date_source) == ("2026-05-29", "visible")  # URL says 2026-06-09
    assert f.footer.site_id_code == "3590000001"


def test_pingtan_annual_report_2025():
    f = facts_of(_one("zfxxgk/zfxxgknb/202603/105587_*/page.html"),
                 "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm")
    assert f.title == "平潭综合实验区2025年度政府信息公开工作年度报告"
    assert f.annual_report == {"year": 2025, "organ": "平潭综合实验区", "sections": ["一", "二", "三", "四", "五", "六"]}
    assert f.pub_date == "2026-03-10" and f.metadata == {}


def test_pingtan_annual_report_list_is_partial_and_normative_list_is_script_only():
    reports = facts_of(PINGTAN / "zfxxgk/zfxxgknb/_lists/index.html", "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/")
    assert reports.list_state == "listed" and reports.declared_count == 20 and len(reports.list_items) == 10
    assert reports.list_items[0].date == "2026-03-10" and reports.list_items[0].title == "平潭综合实验区2025年度政府信息公开工作年度报告"
    normative = facts_of(PINGTAN / "zfxxgk/gwhwj/hzgfxwj/_lists/index.html", "https://www.pingtan.gov.cn/zwgk/zfxxgk/gwhwj/hzgfxwj/")
    assert (normative.kind, normative.list_state, normative.list_items) == ("column", "not_observed", [])


def test_gov_cn_footer_identifiers():
    f = facts_of(CORPUS / "pages" / "www-gov-cn_gongbao-2007-23_npc-decision_article.html", "http://www.gov.cn/gongbao/content/2007/content_1.htm")
    assert f.footer.site_id_code == "bm01000001"
    assert f.footer.icp is not None and f.footer.icp.startswith("京ICP备")
