"""政府信息公开工作年度报告 in the site model: report pages, their PDF/DOCX attachments when
the crawl stored them, and reports seen only as list items (their page not fetched)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from govaudit.model.extract import annual_report as ar
from govaudit.model.extract.attachment_text import attachment_text
from govaudit.model.types import AnnualReport, Column, Document, ReportTable3

BodyOf = Callable[[str], bytes | None]  # URL -> stored body, or None


def _from_facts(d: Document, info: dict[str, object], source: str) -> AnnualReport:
    table3 = info.get("table3")
    return AnnualReport(
        d.url, d.title, int(info["year"]), str(info["organ"]), d.pub_date, list(info["sections"]), d.evidence,  # type: ignore[call-overload,arg-type]
        text_source=source, tables=list(info.get("tables", [])),  # type: ignore[call-overload]
        table3=ReportTable3(**table3) if isinstance(table3, dict) else None, identity_ok=info.get("identity_ok"),  # type: ignore[arg-type]
    )


def _richer(info: dict[str, object], other: dict[str, object]) -> bool:
    def score(i: dict[str, object]) -> tuple[int, int, int]:
        return len(i["sections"]), len(i.get("tables", [])), i.get("table3") is not None  # type: ignore[arg-type,return-value]
    return score(other) > score(info)


def report_of(d: Document, info: dict[str, object], body_of: BodyOf) -> AnnualReport:
    """The report `d`, read from its page or, when that holds less (a page that only links
    the report), from a stored PDF/DOCX attachment."""
    best, source = info, "html"
    parsed = ar.ReportTitle(int(info["year"]), str(info["organ"]))  # type: ignore[call-overload]
    for link in d.attachments:
        data = body_of(link.target)
        extracted = attachment_text(data, link.target) if data else None
        if extracted and extracted[0].strip():
            candidate = ar.report_facts(parsed, extracted[0])
            if _richer(best, candidate):
                best, source = candidate, extracted[1]
    return _from_facts(d, best, source)


def listed_only(columns: Iterable[Column], fetched: set[str]) -> list[AnnualReport]:
    """Reports that a column lists but whose page was not fetched: title, year and list date
    are known; sections and tables are not (observed=False)."""
    out: dict[str, AnnualReport] = {}
    for column in columns:
        for item in column.items:
            parsed = ar.parse_title(item.title)
            if parsed and item.url and item.url not in fetched and item.url not in out:
                out[item.url] = AnnualReport(item.url, item.title, parsed.year, parsed.organ, item.date, [],
                                             column.evidence, observed=False)
    return list(out.values())
