"""Issuing organs of annual reports: names read into region, unit and type; reports grouped
per organ with the site's own organ first; organs filled in from metadata and column names."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from govaudit.model import reports
from govaudit.model.extract.annual_report import Organ, parse_organ, same_region, site_organ
from govaudit.model.types import ListItem, Page
from tests.factories import SITE, column, document, ev, report, site


@pytest.mark.parametrize(("name", "organ"), [
    ("白鹭区人民政府", Organ("白鹭区", "", "government")),
    ("宿迁市", Organ("宿迁市", "", "government")),  # 宿迁市2025年政府信息公开工作年度报告
    ("上海市黄浦区人民政府", Organ("上海市黄浦区", "", "government")),
    ("白鹭区人民政府办公室", Organ("白鹭区", "", "government")),
    ("区政府办", Organ("", "", "government")),
    ("平潭综合实验区管委会", Organ("平潭综合实验区", "", "government")),
    ("沛县人民政府", Organ("沛县", "", "government")),
    ("国家公务员局", Organ("", "国家公务员局", "department")),
    ("区教育局", Organ("", "教育局", "department")),
    ("白鹭区卫生健康委员会", Organ("白鹭区", "卫生健康委员会", "department")),
    ("市场监督管理局", Organ("", "市场监督管理局", "department")),
    ("宿迁市市场监督管理局", Organ("宿迁市", "市场监督管理局", "department")),
    ("市市场监督管理局", Organ("", "市场监督管理局", "department")),
    ("白鹭区人民政府国有资产监督管理委员会", Organ("白鹭区", "国有资产监督管理委员会", "department")),
    ("青阳县城关镇人民政府", Organ("青阳县", "城关镇人民政府", "department")),  # townships report like departments
    ("鹭江街道办事处", Organ("", "鹭江街道办事处", "department")),
    ("白鹭区行政审批服务中心（图片版）", Organ("白鹭区", "行政审批服务中心", "department")),
    ("", Organ("", "", "unknown")),
])
def test_parse_organ(name, organ):
    assert parse_organ(name) == organ


def test_site_organ_and_regions():
    assert site_organ(["白鹭区人民政府门户网站"]) == "白鹭区人民政府"
    assert site_organ(["平潭综合实验区党工委管委会"]) == "平潭综合实验区党工委管委会"
    assert site_organ(["", "首页_北京市教育委员会"]) == "北京市教育委员会"
    assert site_organ(["中国·平潭", "欢迎访问"]) is None
    assert site_organ(["青溪县人民政府网"]) == "青溪县人民政府" and site_organ(["青溪县政务网"]) == "青溪县"
    assert site_organ(["青溪县人民政府 首页"]) == "青溪县人民政府"
    # titles of other pages name things that look like organs: only a plausible site counts
    assert site_organ(["第二场新闻发布会_中国载人航天官方网站"]) is None
    assert site_organ(["山西品牌丝路行（南美站）正式启动 - 山西省人民政府门户网站 "]) == "山西省人民政府"
    assert site_organ(["国家金融监督管理总局"]) == "国家金融监督管理总局"
    assert same_region("海淀区", "北京市海淀区") and not same_region("平潭县", "平潭综合实验区")


def _r(organ: str, year: int, url: str):
    return replace(report(year, f"{year + 1}-03-01"), organ=organ, url=SITE + url, evidence=ev(SITE + url))


def test_reports_grouped_by_organ_with_the_sites_own_first():
    home = Page(url=SITE, kind="home", title="首页_白鹭区人民政府", status=200, outcome="ok", charset="utf-8", evidence=ev(SITE))
    model = site(pages=[home], annual_reports=[
        _r("白鹭区", 2024, "a"), _r("", 2023, "b"), _r("区教育局", 2024, "c"), _r("白鹭区教育局", 2025, "d"),
        _r("平潭县人民政府", 2013, "e"), _r("关于印发", 2024, "f")])
    groups, unknown = reports.organ_reports(model)
    assert [(g.name, g.type, g.own, [r.url[-1] for r in g.reports]) for g in groups] == [
        ("白鹭区人民政府", "government", True, ["b", "a"]),
        ("平潭县人民政府", "government", False, ["e"]),
        ("白鹭区教育局", "department", False, ["c", "d"]),
    ]
    assert [r.url for r in unknown] == [SITE + "f"]


def test_a_township_site_owns_its_reports_under_either_name():
    """A township's own site (SiteName 龙溪镇人民政府, a DedeCMS township portal) is the site's organ,
    reporting like a department; 龙溪镇2025年度政府信息公开工作报告 is the same organ's report."""
    assert site_organ(["龙溪镇人民政府"]) == "龙溪镇人民政府" and site_organ(["鹭江街道办事处"]) == "鹭江街道办事处"
    assert site_organ(["龙溪镇"]) is None
    home = Page(url=SITE, kind="home", title="龙溪镇人民政府", status=200, outcome="ok", charset="gb18030", evidence=ev(SITE),
                meta_tags={"SiteName": "龙溪镇人民政府"})
    model = site(pages=[home], annual_reports=[_r("龙溪镇人民政府", 2024, "a"), _r("龙溪镇", 2025, "b"), _r("石桥乡人民政府", 2025, "c")])
    groups, _ = reports.organ_reports(model)
    assert [(g.name, g.type, g.own, [r.url[-1] for r in g.reports]) for g in groups] == [
        ("龙溪镇人民政府", "department", True, ["a", "b"]),
        ("石桥乡人民政府", "department", False, ["c"]),
    ]


def test_without_a_site_name_the_most_reported_government_is_the_sites_own():
    model = site(annual_reports=[_r("宿迁市", 2024, "a"), _r("宿迁市人民政府", 2025, "b"), _r("宿迁市宿城区人民政府", 2025, "c")])
    groups, _ = reports.organ_reports(model)
    assert [(g.name, g.own) for g in groups] == [("宿迁市人民政府", True), ("宿迁市宿城区人民政府", False)]
    assert reports.organ_reports(site())[0][0].name == "本级人民政府"


def test_an_untitled_organ_comes_from_metadata_or_the_listing_column():
    doc = replace(document("nb/1.html", "2023年度报告", kind="annual_report", metadata={"发布机构": "白鹭区教育局"}),
                  column_name="政府信息公开年报")
    info = {"year": 2023, "organ": "", "sections": [], "tables": []}
    r = reports.report_of(doc, info, lambda url: None)
    assert (r.organ, r.organ_type) == ("白鹭区教育局", "department")
    bare = reports.report_of(replace(doc, metadata={}, column_name="政府信息公开年报"), info, lambda url: None)
    assert (bare.organ, bare.organ_type) == ("", "unknown")
    col = replace(column("bmnb/jyj/", "区教育局", "2026-01-10"),
                  items=[ListItem("2025年政府信息公开工作年度报告", SITE + "bmnb/jyj/1.html", "2026-01-10")])
    (listed,) = reports.listed_only([col], set())
    assert (listed.organ, listed.organ_type, listed.column_url, listed.observed) == ("区教育局", "department", col.url, False)


@pytest.mark.parametrize(("name", "organ"), [
    ("青溪县城市管理局", Organ("青溪县", "城市管理局", "department")),
    ("县城市管理局", Organ("", "城市管理局", "department")),
    ("北京市海淀区", Organ("北京市海淀区", "", "government")),
    ("青溪县市场监督管理局", Organ("青溪县", "市场监督管理局", "department")),
])
def test_words_with_level_characters_are_not_regions(name, organ):
    assert parse_organ(name) == organ


@pytest.mark.parametrize(("name", "organ"), [
    ("广州市白云区人民政府", Organ("广州市白云区", "", "government")),
    ("广州市白云区人民政府办公室", Organ("广州市白云区", "", "government")),
    ("广州市黄埔区人民政府", Organ("广州市黄埔区", "", "government")),
    ("杭州市西湖区科学技术局", Organ("杭州市西湖区", "科学技术局", "department")),
    ("广州市", Organ("广州市", "", "government")),
    ("恩施州市场监督管理局", Organ("恩施州", "市场监督管理局", "department")),
    ("甘孜州人民政府", Organ("甘孜州", "", "government")),
])
def test_a_city_named_zhou_keeps_its_shi(name, organ):
    """广州市白云区人民政府 (the footer of www.by.gov.cn, tests/model/realpages/by-gov-cn_nfcms_article_subtitle_
    empty-related-box.html: 主办：广州市白云区人民政府办公室) is a district government, due by March 31; read as
    the region 广州 and a unit 市白云区人民政府 it was a department, due by January 31 (nfcms sample site: its
    2021, 2023 and 2025 reports, published in March, were read as late)."""
    assert parse_organ(name) == organ


@pytest.mark.parametrize("title", [
    "关于做好2023年度政府信息公开工作年度报告编制工作的通知",
    "青溪县人民政府办公室关于报送2024年政府信息公开工作年度报告的通知",
])
def test_notices_about_reports_are_not_reports(title):
    from govaudit.model.extract.annual_report import parse_title

    assert parse_title(title) is None


def test_a_report_titled_year_first_without_the_word_annual_after_work():
    """龙溪镇2025年度政府信息公开工作报告: 年度 stands before 政府, 工作报告 ends the title."""
    from govaudit.model.extract.annual_report import parse_title

    got = parse_title("龙溪镇2025年度政府信息公开工作报告")
    assert got is not None and (got.year, got.organ) == (2025, "龙溪镇")


PINGTAN_NB = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "pingtan" / "zwgk" / "zfxxgk" / "zfxxgknb" / "_lists" / "index.html"


@pytest.mark.skipif(not PINGTAN_NB.is_file(), reason="../shared/corpus is not beside the project")
def test_real_report_list_of_a_zone_government():
    """平潭: the site is 平潭综合实验区党工委管委会, its reports say 平潭综合实验区: one organ, its own."""
    from govaudit.model.extract.page import extract_page
    from govaudit.model.types import Column

    base = "https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/"
    facts = extract_page(PINGTAN_NB.read_text(encoding="utf-8"), base)
    col = Column(base, facts.column_name or "", "meta", "listed", [ListItem(i.title, i.url, i.date) for i in facts.list_items],
                 None, None, 1, ev(base))
    home = Page("https://www.pingtan.gov.cn/", "home", "首页", 200, "ok", "utf-8", ev(base), {"SiteName": facts.metas["sitename"]})
    groups, unknown = reports.organ_reports(site(pages=[home], columns=[col], annual_reports=reports.listed_only([col], set())))
    assert [(g.name, g.type, g.own) for g in groups] == [("平潭综合实验区党工委管委会", "government", True)]
    assert [r.year for r in groups[0].reports] == list(range(2016, 2026)) and unknown == []
