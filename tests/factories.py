"""Small builders for hand-made site models used by check tests."""

from __future__ import annotations

import zlib
from dataclasses import replace
from typing import Any

from govaudit.model.types import (
    AnnualReport, Column, CrawlInfo, Document, Evidence, Footer, Interpretation, Link, ListItem, Page, SiteModel,
)

SITE = "http://site.test/"


def ev(url: str) -> Evidence:
    # a record of its own for each URL, as each fetch has (one record at two URLs is a redirect: copies.py)
    return Evidence(url=url, fetched_at="2026-09-30T10:00:00+08:00", record=f"crawl.warc.gz#{zlib.crc32(url.encode())}")


def column(path: str, name: str, newest: str | None, state: str = "listed", n_items: int = 3) -> Column:
    url = SITE + path
    items = [ListItem(title=f"{name}{i}", url=f"{url}{i}.html", date=newest if i == 0 else None) for i in range(n_items)] if state == "listed" else []
    return Column(url=url, name=name, name_source="meta", state=state, items=items, newest_date=newest,
                  newest_url=items[0].url if items else None, level=1, evidence=ev(url))


def document(path: str, title: str, kind: str = "normative", pub_date: str | None = "2026-06-01",
             metadata: dict[str, str] | None = None, links_to: list[str] | None = None, related_slot: str = "static") -> Document:
    url = SITE + path
    return Document(url=url, title=title, kind=kind, column_url=None, column_name=None, pub_date=pub_date,
                    pub_date_source="visible", metadata=metadata or {}, has_metadata_block=bool(metadata),
                    attachments=[], links_to=links_to or [], related_slot=related_slot, evidence=ev(url))


def report(year: int, pub_date: str | None, sections: list[str] | None = None) -> AnnualReport:
    url = f"{SITE}nb/{year}.html"
    return AnnualReport(url=url, title=f"某区人民政府{year}年政府信息公开工作年度报告", year=year, organ="某区人民政府",
                        pub_date=pub_date, sections=sections if sections is not None else list("一二三四五六"), evidence=ev(url))


def site(**parts: Any) -> SiteModel:
    base = SiteModel(
        schema="govaudit.site/1", tool_version="test", site=SITE,
        crawl=CrawlInfo(start_url=SITE, started_at=None, finished_at=None, fetched=10, budget_exhausted=False),
        pages=[Page(url=SITE, kind="home", title="首页", status=200, outcome="ok", charset="utf-8", evidence=ev(SITE))],
        columns=[], documents=[], annual_reports=[], interpretations=[], links=[],
        footer=Footer("3399000001", "3399000001", "3399000001", "浙ICP备00000001号-1", "浙公网安备33990002000001号", True, ev(SITE)),
    )
    return replace(base, **parts)


HUB = SITE + "zwgk/"


def page(path: str, kind: str, title: str, outcome: str = "ok", status: int | None = 200) -> Page:
    return Page(url=SITE + path, kind=kind, title=title, status=status, outcome=outcome, charset="utf-8", evidence=ev(SITE + path))


def link(source: str, path: str, text: str) -> Link:
    return Link(source=source, target=SITE + path, text=text, kind="page", outcome="ok", status=200)


def audited_site(n_columns: int = 10, failed: int = 0, hub_text: str = "政府信息公开", **crawl):
    """A home page linking to a hub and to `n_columns` columns, the last `failed` not observed."""
    pages = [page("", "home", "某区人民政府"), page("zwgk/", "hub", "政府信息公开")]
    links = [link(SITE, "zwgk/", hub_text)]
    for i in range(n_columns):
        path = f"col{i}/"
        links.append(link(SITE if i % 2 else HUB, path, f"栏目{i}"))
        if i < n_columns - failed:
            pages.append(page(path, "column", f"栏目{i}"))
        elif i % 3 == 0:
            pages.append(page(path, "error", "", outcome="timeout", status=None))
    model = site(pages=pages, links=links)
    return replace(model, crawl=replace(model.crawl, **crawl)) if crawl else model


__all__ = ["HUB", "Interpretation", "Link", "audited_site", "column", "document", "ev", "link", "page", "report", "site", "SITE"]
