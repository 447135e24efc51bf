"""The site model: what `govaudit build` writes to site.json and checks read.

Every fact carries Evidence (page URL, capture time, archive record, snippet) so a
report can show where it came from. States that could not be observed are explicit
("not_observed") so rules report `incomplete` instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA = "govaudit.site/1"


@dataclass(frozen=True)
class Evidence:
    url: str
    fetched_at: str | None = None  # ISO 8601, Asia/Shanghai
    record: str | None = None  # "<warc file>#<offset>" of the response record
    snippet: str | None = None


@dataclass(frozen=True)
class ListItem:
    title: str
    url: str | None
    date: str | None  # YYYY-MM-DD
    date_text: str | None = None  # the text the date was read from
    pinned: bool = False


@dataclass(frozen=True)
class DatePile:
    """Many items on one day: a CMS regeneration stamp rather than publication dates."""

    date: str  # YYYY-MM-DD
    count: int  # items (or documents) on that day
    total: int  # dated items (or documents) of the column
    source: str  # list (dates shown in the list) | meta (documents' meta PubDate)
    urls: list[str]  # up to five of them, as evidence


@dataclass(frozen=True)
class DateMismatch:
    """A document whose meta PubDate disagrees with the date it shows."""

    url: str
    visible: str  # the date the page shows (发布时间/发布日期, or the metadata block)
    meta: str  # <meta name="PubDate">
    url_date: str | None = None  # tYYYYMMDD_ in the URL, often a third value


@dataclass(frozen=True)
class Column:
    url: str
    name: str
    name_source: str  # meta | breadcrumb | title | anchor
    state: str  # listed | empty | not_observed
    items: list[ListItem]
    newest_date: str | None
    newest_url: str | None
    level: int  # 1 = linked from the homepage or a disclosure hub
    evidence: Evidence
    declared_count: int | None = None
    note: str | None = None
    date_piles: list[DatePile] = field(default_factory=list)  # regeneration suspects, with evidence
    date_mismatches: list[DateMismatch] = field(default_factory=list)  # its documents' meta vs visible dates
    newest_is_pile: bool = False  # newest_date is a pile date: not evidence of an update
    single_article: bool = False  # the column page shows one article (a guide) instead of a list


@dataclass(frozen=True)
class Link:
    source: str
    target: str
    text: str
    kind: str  # page | attachment | image
    outcome: str  # ok | broken | blocked | not_checked | external
    status: int | None = None


@dataclass(frozen=True)
class Document:
    url: str
    title: str
    kind: str  # normative | policy | interpretation | annual_report | notice | news | other
    column_url: str | None
    column_name: str | None
    pub_date: str | None
    pub_date_source: str | None  # visible | metadata | meta | url
    metadata: dict[str, str]  # canonical field name -> normalised value
    has_metadata_block: bool
    attachments: list[Link]
    links_to: list[str]  # same-site page URLs this document links to (body and related slots)
    related_slot: str  # none | static | script_unobserved
    evidence: Evidence
    meta_pub_date: str | None = None  # <meta name="PubDate">, whatever pub_date chose
    url_date: str | None = None  # the URL's date (TRS tYYYYMMDD_), whatever pub_date chose
    wenhao: str | None = None  # 发文字号, canonical (岚综管规〔2024〕4号)


@dataclass(frozen=True)
class ReportTable3:
    """Table 3 (依申请) rows of a 2021-format report, one cell per requester column its
    header has (seven in the full format, fewer when merged). A cell is a count, a
    not-applicable mark as written ("/", "—", "不适用") or None for a blank cell."""

    new: list[int | str | None]  # 一、本年新收
    carried: list[int | str | None]  # 二、上年结转
    total: list[int | str | None]  # 三(七) 总计
    forward: list[int | str | None]  # 四、结转下年度继续办理
    columns: list[str] = field(default_factory=list)  # 自然人, 商业企业 … 总计, as the header has them


@dataclass(frozen=True)
class AnnualReport:
    url: str
    title: str
    year: int
    organ: str
    pub_date: str | None
    sections: list[str]  # which of the six standard headings were found (一 … 六)
    evidence: Evidence
    observed: bool = True  # False: seen only as a list item, its page was not fetched
    text_source: str = "html"  # html | pdf | docx: where sections and tables were read
    tables: list[str] = field(default_factory=list)  # which of the 2021 Tables 二/三/四 are present
    table3: ReportTable3 | None = None  # None when Table 3 did not parse
    identity_ok: bool | None = None  # 一 + 二 = 三(七) + 四 in every column of counts; None when not parsed or none checkable


@dataclass(frozen=True)
class Interpretation:
    interpretation_url: str
    document_url: str
    via: list[str]  # hyperlink | title | wenhao
    direction: str  # both | document_to_interpretation | interpretation_to_document
    interpretation_date: str | None
    document_date: str | None


@dataclass(frozen=True)
class Footer:
    site_id_code: str | None
    meta_site_id_code: str | None
    jiucuo_sitecode: str | None
    icp: str | None
    psb: str | None
    conac: bool
    evidence: Evidence


@dataclass(frozen=True)
class Page:
    url: str
    kind: str  # home | hub | column | document | other | error
    title: str
    status: int | None
    outcome: str
    charset: str | None
    evidence: Evidence
    # The 网页设计规范 tags the page carries (SiteName … ContentSource), by their standard
    # spelling; a tag present with empty content maps to "".
    meta_tags: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CrawlInfo:
    start_url: str
    started_at: str | None
    finished_at: str | None
    fetched: int
    budget_exhausted: bool
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DisclosureSection:
    """One of the standard sections of a 政府信息公开 hub, and where it was found."""

    name: str  # 指南 | 制度 | 法定主动公开内容 | 年报 | 依申请公开
    present: bool
    url: str | None  # the column or page that is the section
    via: str | None  # column | page | link: how it was found
    text: str | None  # the column name, page title or link text that matched


@dataclass(frozen=True)
class SiteModel:
    schema: str
    tool_version: str
    site: str
    crawl: CrawlInfo
    pages: list[Page]
    columns: list[Column]
    documents: list[Document]
    annual_reports: list[AnnualReport]
    interpretations: list[Interpretation]
    links: list[Link]
    footer: Footer | None
    disclosure_sections: list[DisclosureSection] = field(default_factory=list)
