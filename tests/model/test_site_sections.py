"""The 政府信息公开 hub sections as a site fact: found as a column, a page or a link."""

from __future__ import annotations

from govaudit.model.site_sections import disclosure_sections
from govaudit.model.types import Link, Page
from tests.factories import SITE, column, ev


def test_sections_from_columns_pages_and_links():
    columns = [column("zfxxgk/zfxxgknb/", "政府信息公开年报", "2026-03-10"), column("zfxxgk/zfxxgkzd/", "政府信息公开制度", "2025-05-21")]
    pages = [Page(SITE + "zfxxgk/zfxxgkzn/", "column", "平潭综合实验区政府信息公开指南", 200, "ok", "utf-8", ev(SITE + "zfxxgk/zfxxgkzn/"))]
    links = [Link(SITE + "zfxxgk/", SITE + "zfxxgk/fdzdgknr/", "法定主动公开内容", "page", "not_checked")]
    got = [(s.name, s.present, s.url and s.url.removeprefix(SITE), s.via, s.text) for s in disclosure_sections(columns, pages, links)]
    assert got == [
        ("指南", True, "zfxxgk/zfxxgkzn/", "page", "平潭综合实验区政府信息公开指南"),
        ("制度", True, "zfxxgk/zfxxgkzd/", "column", "政府信息公开制度"),
        ("法定主动公开内容", True, "zfxxgk/fdzdgknr/", "link", "法定主动公开内容"),
        ("年报", True, "zfxxgk/zfxxgknb/", "column", "政府信息公开年报"),
        ("依申请公开", False, None, None, None),
    ]


def test_sections_from_dropped_anchor_texts_and_hub_headings():
    # The home page links 政务公开 and 法定主动公开内容 to the same hub (the model keeps the first
    # text); the hub shows 依申请公开 only as <h3> over its catalogue.
    links = [Link(SITE, SITE + "zwgk/", "政务公开", "page", "ok")]
    anchors = [(SITE + "zwgk/", "政务公开"), (SITE + "zwgk/", "法定主动公开内容")]
    headings = {SITE + "zwgk/": ("政府信息公开", "依申请公开", "更多")}
    got = {s.name: (s.present, s.via, s.text) for s in disclosure_sections([], [], links, headings, anchors)}
    assert got["法定主动公开内容"] == (True, "link", "法定主动公开内容")
    assert got["依申请公开"] == (True, "heading", "依申请公开")
    assert got["指南"] == (False, None, None)


def test_the_section_rule_sees_sections_named_only_by_a_heading():
    from dataclasses import replace
    from datetime import date

    from govaudit.checks.base import Context
    from govaudit.checks.presence import SECTION_PRESENT
    from govaudit.model.types import DisclosureSection
    from tests.factories import site

    model = replace(site(), disclosure_sections=[DisclosureSection("法定主动公开内容", True, SITE + "zwgk/", "heading", "法定主动公开内容")])
    (finding,) = SECTION_PRESENT.run(model, {"sections": {"法定主动公开内容": "法定主动公开"}}, Context(date(2026, 9, 30)))
    assert finding.status == "pass" and "标题“法定主动公开内容”" in finding.message


def test_a_sections_own_name_is_preferred_to_the_broader_catalogue_name():
    # A gkmlpt site: the homepage links 政府信息公开目录; the catalogue's tree heads 法定主动公开内容.
    links = [Link(SITE, SITE + "gkmlpt/index", "政府信息公开目录", "page", "ok")]
    headings = {SITE + "gkmlpt/index": ("法定主动公开内容",)}
    got = {s.name: (s.present, s.via, s.text) for s in disclosure_sections([], [], links, headings)}
    assert got["法定主动公开内容"] == (True, "heading", "法定主动公开内容")
    # Only the catalogue's name: the section is still taken as present, by that name.
    got = {s.name: (s.present, s.via, s.text) for s in disclosure_sections([], [], links)}
    assert got["法定主动公开内容"] == (True, "link", "政府信息公开目录")
