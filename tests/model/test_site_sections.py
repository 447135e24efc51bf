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
