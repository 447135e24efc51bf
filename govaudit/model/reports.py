"""政府信息公开工作年度报告 in the site model: report pages, their PDF/DOCX attachments when
the crawl stored them, and reports seen only as list items (their page not fetched)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from govaudit.model.extract import annual_report as ar
from govaudit.model.types import AnnualReport, Column, Document, ReportTable3, SiteModel

BodyOf = Callable[[str], bytes | None]  # URL -> stored body, or None


# Metadata fields that name the issuing organ when the title does not (2023年度报告).
_ISSUER_FIELDS = ("发文机关", "发布机构", "来源")


def _organ(title_organ: str, hints: Iterable[str | None]) -> tuple[str, str]:
    """The issuing organ and its type: the title's organ, else the first hint (metadata
    issuer, then the name of the column that lists the report) that names an organ."""
    for name in (title_organ, *hints):
        if name and "年报" not in name and "年度报告" not in name:
            organ = ar.parse_organ(name)
            if organ.type != ar.UNKNOWN or name == title_organ:
                return name, organ.type
    return title_organ, ar.parse_organ(title_organ).type


def _from_facts(d: Document, info: dict[str, object], source: str) -> AnnualReport:
    table3 = info.get("table3")
    organ, organ_type = _organ(str(info["organ"]), [*(d.metadata.get(k) for k in _ISSUER_FIELDS), d.column_name])
    return AnnualReport(
        d.url, d.title, int(info["year"]), organ, d.pub_date, list(info["sections"]), d.evidence,  # type: ignore[call-overload,arg-type]
        text_source=source, tables=list(info.get("tables", [])),  # type: ignore[call-overload]
        table3=ReportTable3(**table3) if isinstance(table3, dict) else None, identity_ok=info.get("identity_ok"),  # type: ignore[arg-type]
        organ_type=organ_type, column_url=d.column_url,
    )


def _richer(info: dict[str, object], other: dict[str, object]) -> bool:
    def score(i: dict[str, object]) -> tuple[int, int, int]:
        return len(i["sections"]), len(i.get("tables", [])), i.get("table3") is not None  # type: ignore[arg-type,return-value]
    return score(other) > score(info)


def _holds_report(info: dict[str, object]) -> bool:
    return bool(info["sections"] or info.get("tables"))


def report_of(d: Document, info: dict[str, object], body_of: BodyOf) -> AnnualReport:
    """The report `d`, read from its page or, when that holds less (a page that only links
    the report), from a stored PDF/DOCX attachment. A page holding nothing of the report whose
    PDF/DOCX gave no text of it either (a scanned PDF, an attachment not stored) is "unread": its
    sections and tables were not observed (远略 ylcms's 年报 records: a one-line 文字版 beside the PDF)."""
    best, source = info, "html"
    from govaudit.model.extract.attachment_text import attachment_text  # PDF/DOCX readers: the build's, not check's

    parsed = ar.ReportTitle(int(info["year"]), str(info["organ"]))  # type: ignore[call-overload]
    unread = False
    for link in d.attachments:
        data = body_of(link.target)
        extracted = attachment_text(data or b"", link.target)
        if extracted is None:
            continue
        candidate = ar.report_facts(parsed, extracted[0]) if data and extracted[0].strip() else None
        if candidate is not None and _richer(best, candidate):
            best, source = candidate, extracted[1]
        unread = unread or candidate is None or not _holds_report(candidate)
    if unread and not _holds_report(best):
        source = "unread"
    return _from_facts(d, best, source)


def listed_only(columns: Iterable[Column], fetched: set[str]) -> list[AnnualReport]:
    """Reports that a column lists but whose page was not fetched: title, year and list date
    are known; sections and tables are not (observed=False)."""
    out: dict[str, AnnualReport] = {}
    for column in columns:
        for item in column.items:
            parsed = ar.parse_title(item.title)
            if parsed and item.url and item.url not in fetched and item.url not in out:
                organ, organ_type = _organ(parsed.organ, [column.name])
                out[item.url] = AnnualReport(item.url, item.title, parsed.year, organ, item.date, [],
                                             column.evidence, observed=False, organ_type=organ_type, column_url=column.url)
    return list(out.values())


@dataclass(frozen=True)
class OrganReports:
    """The reports of one issuing organ. `own` marks the site's own organ (its government,
    or the department whose site it is), which must report every year."""

    name: str
    type: str  # government | department
    own: bool
    reports: list[AnnualReport]
    column_url: str | None  # where its reports are listed
    identified: bool = True  # False: the site's own organ, told neither by the site's name nor by reports


def _site_names(site: SiteModel) -> list[str]:
    home = next((p for p in site.pages if p.kind == "home"), None)
    if home is None:
        return []
    return [n for n in (home.meta_tags.get("SiteName"), home.title) if n]


def _key(organ: ar.Organ, own_region: str) -> str:
    """One key per organ: a government by its region, a department by region and unit;
    names without a region, or with the site's own, belong to the site's own level."""
    region = "" if not organ.region or (own_region and ar.same_region(organ.region, own_region)) else organ.region
    return f"{region}|{ar.unit_key(organ.unit)}"


def own_organ(site: SiteModel) -> ar.Organ:
    """The organ the site belongs to: from its SiteName or home title, else the government
    with the most annual reports (the higher level on a tie); type unknown when neither."""
    name = ar.site_organ(_site_names(site))
    if name is None:
        governments = Counter(o.region for o in (ar.parse_organ(r.organ) for r in site.annual_reports)
                              if o.type == ar.GOVERNMENT and o.region)
        if governments:
            name = min(governments, key=lambda g: (-governments[g], len(g)))
    return ar.parse_organ(name or "")


def organ_reports(site: SiteModel) -> tuple[list[OrganReports], list[AnnualReport]]:
    """The site's annual reports by issuing organ, the site's own organ first (present even
    without reports), and the reports whose organ could not be told."""
    site_name = ar.site_organ(_site_names(site))
    parsed = {r.url: ar.parse_organ(r.organ) for r in site.annual_reports}
    own = own_organ(site)
    own_region = own.region
    own_key = _key(own, own_region) if own.type != ar.UNKNOWN else "|"
    groups: dict[str, list[AnnualReport]] = {own_key: []}
    unknown = []
    for r in site.annual_reports:
        organ = parsed[r.url]
        if organ.type == ar.UNKNOWN and not r.organ:
            groups[own_key].append(r)  # a bare "2023年度报告" in the site's own list
        elif organ.type == ar.UNKNOWN:
            unknown.append(r)
        else:
            groups.setdefault(_key(organ, own_region), []).append(r)
    out = []
    for key, reports in groups.items():
        names = Counter(r.organ for r in reports if r.organ)
        is_own = key == own_key
        name = (site_name if is_own else None) or (max(names, key=lambda n: (names[n], len(n))) if names else "本级人民政府")
        kind = own.type if is_own and own.type != ar.UNKNOWN else ar.DEPARTMENT if key.split("|")[1] else ar.GOVERNMENT
        column = Counter(r.column_url for r in reports if r.column_url).most_common(1)
        out.append(OrganReports(name, kind, is_own, sorted(reports, key=lambda r: (r.year, r.url)), column[0][0] if column else None,
                                identified=not is_own or own.type != ar.UNKNOWN or bool(reports)))
    return sorted(out, key=lambda g: (not g.own, g.name)), unknown
