"""The site model: what `govaudit build` writes to site.json and checks read.

Every fact carries Evidence (page URL, capture time, archive record, snippet) so a
report can show where it came from. States that could not be observed are explicit
("not_observed") so rules report `incomplete` instead of guessing.

This module is the contract: every closed set of values is a Literal below, site.json is
checked against these types when `check` loads it (serde.from_dict(strict=True)), and
govaudit/schemas/site.schema.json is generated from them (`python -m govaudit.model.schema`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SCHEMA = "govaudit.site/1"

# YYYY-MM-DD dates and ISO 8601 times are plain strings; closed sets of values are these.
NameSource = Literal["meta", "breadcrumb", "title", "anchor", "url"]  # where a column's name was read
ColumnState = Literal["listed", "empty", "not_observed"]  # not_observed: the list is loaded by script, unseen
NewestSource = Literal["list", "documents"]  # documents: a piled or undated list, dated by its documents
PileSource = Literal["list", "meta", "shown"]  # dates shown in the list | the documents' meta PubDate | their own shown dates
LinkKind = Literal["page", "attachment", "image"]
LinkOutcome = Literal["ok", "broken", "blocked", "not_checked", "external"]  # blocked: refused or not answered, no verdict
DocumentKind = Literal["normative", "policy", "interpretation", "annual_report", "notice", "news", "other",
                       "static"]  # static: a one-article page (机构职能, 公开指南), judged by its own rules
# Strongest first: shown, metadata block, <meta>, URL; list: the date its list row shows, taken
# when the page's own date is a regeneration pile's day (date_integrity.redated); script: a date a
# script writes after its label, the page not rendered (model/rendering.py): not observed.
PubDateSource = Literal["visible", "metadata", "meta", "url", "list", "script"]
RelatedSlot = Literal["none", "static", "script_unobserved"]  # a document's related-interpretation box
TextSource = Literal["html", "pdf", "docx", "unread"]  # unread: the page holds nothing of the report, its attachment no text of it
ReportSection = Literal["一", "二", "三", "四", "五", "六"]
ReportTable = Literal["二", "三", "四"]
RelationVia = Literal["hyperlink", "title", "wenhao"]
Direction = Literal["both", "document_to_interpretation", "interpretation_to_document", "unlinked"]
Template = Literal["home", "list", "article", "disclosure"]  # page templates a footer is read per
PageKind = Literal["home", "hub", "column", "document", "static", "other", "error"]
SectionName = Literal["指南", "制度", "法定主动公开内容", "年报", "依申请公开"]
SectionVia = Literal["column", "page", "link", "heading"]
OrganType = Literal["government", "department", "unknown"]  # an annual report's issuing organ
# Crawl outcomes (govaudit.crawl.outcomes, plus soft_404 and wrong_type) stay an open string: the
# crawl may learn new ones, and the model maps any outcome it does not know to a broken link.
CrawlOutcome = str
UNPARSED = "unparsed"  # a page's outcome when the extractors failed on it (model/readpages.Unparsed)


@dataclass(frozen=True, slots=True)
class Evidence:
    url: str
    fetched_at: str | None = None  # ISO 8601, Asia/Shanghai
    record: str | None = None  # "<warc file>#<offset>" of the response record
    snippet: str | None = None


@dataclass(frozen=True, slots=True)
class ListItem:
    title: str
    url: str | None
    date: str | None  # YYYY-MM-DD
    date_text: str | None = None  # the text the date was read from
    pinned: bool = False


@dataclass(frozen=True, slots=True)
class DatePile:
    """Many items on one day: a CMS regeneration stamp rather than publication dates."""

    date: str  # YYYY-MM-DD
    count: int  # items (or documents) on that day
    total: int  # dated items (or documents) of the column
    source: PileSource
    urls: list[str]  # up to five of them, as evidence


@dataclass(frozen=True, slots=True)
class DateMismatch:
    """A document whose meta PubDate disagrees with the date it shows."""

    url: str
    visible: str  # the date the page shows (发布时间/发布日期, or the metadata block)
    meta: str  # <meta name="PubDate">
    url_date: str | None = None  # tYYYYMMDD_ in the URL, often a third value


@dataclass(frozen=True, slots=True)
class Column:
    """One list of the site, all its pages together (TRS index_N, ?pageNum=N …): its url is the
    list's first page. One-article pages are never columns (Document kind static)."""

    url: str
    name: str
    name_source: NameSource
    state: ColumnState
    items: list[ListItem]
    newest_date: str | None
    newest_url: str | None
    level: int  # 1 = linked from the homepage or a disclosure hub
    evidence: Evidence  # its first page; the document page when newest_source is documents
    declared_count: int | None = None
    note: str | None = None
    date_piles: list[DatePile] = field(default_factory=list)  # regeneration suspects, with evidence
    date_mismatches: list[DateMismatch] = field(default_factory=list)  # its documents' meta vs visible dates
    newest_is_pile: bool = False  # newest_date is a pile date: not evidence of an update
    newest_source: NewestSource = "list"
    pages: list[str] = field(default_factory=list)  # its fetched list pages, page 1 first (any pager style)
    pages_unobserved: int = 0  # pages its pager states (a postback pager's too) that the crawl did not fetch


@dataclass(frozen=True, slots=True)
class Link:
    source: str
    target: str
    text: str
    kind: LinkKind
    outcome: LinkOutcome
    status: int | None = None
    fetch_outcome: CrawlOutcome | None = None  # the crawl outcome behind a link that is not ok (not_found, soft_404, wrong_type …)


@dataclass(frozen=True, slots=True)
class Document:
    url: str
    title: str
    kind: DocumentKind
    column_url: str | None
    column_name: str | None
    pub_date: str | None
    pub_date_source: PubDateSource | None
    metadata: dict[str, str]  # canonical field name -> normalised value
    has_metadata_block: bool
    attachments: list[Link]
    links_to: list[str]  # same-site page URLs this document links to (body and related slots)
    related_slot: RelatedSlot
    evidence: Evidence
    meta_pub_date: str | None = None  # <meta name="PubDate">, whatever pub_date chose
    url_date: str | None = None  # the URL's date (TRS tYYYYMMDD_), whatever pub_date chose
    wenhao: str | None = None  # 发文字号, canonical (岚综管规〔2024〕4号)


@dataclass(frozen=True, slots=True)
class ReportTable3:
    """Table 3 (依申请) rows of a 2021-format report, one cell per requester column its
    header has (seven in the full format, fewer when merged). A cell is a count, a
    not-applicable mark as written ("/", "—", "不适用") or None for a blank cell."""

    new: list[int | str | None]  # 一、本年新收
    carried: list[int | str | None]  # 二、上年结转
    total: list[int | str | None]  # 三(七) 总计
    forward: list[int | str | None]  # 四、结转下年度继续办理
    columns: list[str] = field(default_factory=list)  # 自然人, 商业企业 … 总计, as the header has them


@dataclass(frozen=True, slots=True)
class AnnualReport:
    url: str
    title: str
    year: int
    organ: str
    pub_date: str | None
    sections: list[ReportSection]  # which of the six standard headings were found
    evidence: Evidence
    observed: bool = True  # False: seen only as a list item, its page was not fetched
    text_source: TextSource = "html"  # where sections and tables were read
    tables: list[ReportTable] = field(default_factory=list)  # which of the 2021 Tables are present
    table3: ReportTable3 | None = None  # None when Table 3 did not parse
    identity_ok: bool | None = None  # 一 + 二 = 三(七) + 四 in every column of counts; None when not parsed or none checkable
    organ_type: OrganType = "unknown"  # from the organ's name
    column_url: str | None = None  # the column that lists or files the report


@dataclass(frozen=True, slots=True)
class Interpretation:
    interpretation_url: str
    document_url: str
    via: list[RelationVia]
    direction: Direction
    interpretation_date: str | None
    document_date: str | None


@dataclass(frozen=True, slots=True)
class Footer:
    site_id_code: str | None
    meta_site_id_code: str | None
    jiucuo_sitecode: str | None
    icp: str | None
    psb: str | None
    conac: bool
    evidence: Evidence
    sponsor: str | None = None  # 主办单位
    # A home page made of frames shows the footer of its frames (model/homeframes.py): the frames
    # it has that were not fetched, whose footer was not seen.
    frames_unobserved: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TemplateFooter:
    """The footer identifiers one page template shows: pages grouped by template (homepage, list
    pages, article pages, disclosure documents) and by which identifiers their footer carries."""

    template: Template
    pages: int  # fetched pages of this template with this footer
    site_id_code: str | None
    icp: str | None
    psb: str | None
    sponsor: str | None
    evidence: Evidence  # an example page


@dataclass(frozen=True, slots=True)
class Page:
    """Every capture of the crawl. kind error: the fetch failed or answered with something else
    than the page linked (soft_404, wrong_type); kind column: a page of a column's list."""

    url: str
    kind: PageKind
    title: str
    status: int | None
    outcome: CrawlOutcome
    charset: str | None
    evidence: Evidence
    # The 网页设计规范 tags the page carries (SiteName … ContentSource), by their standard
    # spelling; a tag present with empty content maps to "".
    meta_tags: dict[str, str] = field(default_factory=dict)
    column_url: str | None = None  # a list page: the column it is a page of (page 2, 3 … are never columns)
    page_no: int | None = None  # a list page: its 1-based number in the column's pager


@dataclass(frozen=True, slots=True)
class BudgetCut:
    """What the crawl budgets left unfetched (snapshot meta `budget_cut`): URLs by priority class
    (disclosure evidence as `disclosure_<class>`), and a few of them as examples."""

    cut: dict[str, int]
    total: int
    disclosure: int  # of `total`, the URLs of disclosure columns (规范性文件, 政策解读, 年报 …)
    examples: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CrawlInfo:
    start_url: str
    started_at: str | None
    finished_at: str | None
    fetched: int
    budget_exhausted: bool
    notes: list[str] = field(default_factory=list)
    stop_reason: str | None = None  # max_pages | max_time | max_depth | host_down | interrupted | error
    start_final_url: str | None = None  # where the start URL's redirects ended
    start_content_type: str | None = None  # the start page's media type, e.g. application/pdf
    budget_cut: BudgetCut | None = None  # None: the budgets left nothing out


@dataclass(frozen=True, slots=True)
class DisclosureSection:
    """One of the standard sections of a 政府信息公开 hub, and where it was found."""

    name: SectionName
    present: bool
    url: str | None  # the column or page that is the section
    via: SectionVia | None  # how it was found
    text: str | None  # the column name, page title or link text that matched


@dataclass(frozen=True, slots=True)
class OffsiteLink:
    """A link that leaves the site (政务服务网, a 政策文件库, a ministry): once per target, with the
    text it was first linked under and how many pages link to it."""

    target: str
    host: str
    text: str
    source: str  # the first page (in URL order) that links to it
    pages: int = 1  # pages linking to it
    kind: LinkKind = "page"


@dataclass(frozen=True, slots=True)
class PageTable:
    """A data table in a page's body (bodytext.body_tables): its rows, its widest row's cells and
    the text of its first row (the header, cut at 200 characters)."""

    rows: int
    columns: int
    header: str


@dataclass(frozen=True, slots=True)
class PageText:
    """The main body text of one page (a document, a static page, a guide), whitespace-normalised
    and capped, with the section headings it shows. Kept beside site.json in pagetext.jsonl
    (one JSON object a line), not in it: checks read it lazily by URL."""

    url: str
    text: str
    headings: list[str] = field(default_factory=list)
    chars: int = 0  # length of the normalised text before the cap
    truncated: bool = False
    tables: list[PageTable] = field(default_factory=list)  # data tables of the body; left out of the file when none


@dataclass(frozen=True, slots=True)
class PageTextInfo:
    """Where the model's page texts are (a file beside site.json) and how much they hold."""

    file: str  # pagetext.jsonl, relative to site.json
    pages: int
    chars: int  # characters kept, all pages together
    cap: int  # characters kept per page at most
    truncated: int  # pages whose text was cut at the cap
    tables: bool = False  # the texts record their pages' data tables (PageText.tables): older builds did not


@dataclass(frozen=True, slots=True)
class SearchBox:
    """Whether the build saw a site-search box: state "shown" (a search input in the markup of the
    page at `url`, the homepage first), "script" (none shown anywhere, but the homepage's scripts
    speak of a search and may draw one; `url` is the homepage) or "none" (none on any page read).
    `home_script`: the homepage shows none but its scripts may draw one (whatever other pages show)."""

    state: Literal["shown", "script", "none"]
    url: str | None = None
    home_script: bool = False


@dataclass(frozen=True, slots=True)
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
    links: list[Link]  # as built, a LinkTable (model/linktable.py): the same sequence of Links, held compactly
    footer: Footer | None
    disclosure_sections: list[DisclosureSection] = field(default_factory=list)
    footers: list[TemplateFooter] = field(default_factory=list)  # per page template, homepage included
    offsite_links: list[OffsiteLink] = field(default_factory=list)  # links leaving the site, once per target
    page_text: PageTextInfo | None = None  # None: no page text was extracted (an older or partial build)
    search_box: SearchBox | None = None  # None: not looked for (a build before this fact)
    # A home page made of frames (a frameset, an iframe wrapper: model/homeframes.py): the fetched
    # pages it frames, parts of it (their footer and links are the home page's; no template, list
    # or tags of their own are judged).
    home_frames: list[str] = field(default_factory=list)
    # Pages served as HTML fragments (no <!doctype>, <html>, <head>, <body> or <title>: a list block a script loads
    # into its column page), and untitled pages other pages show in iframes (a footer include, `<iframe
    # src="/inc/footer.html">`): parts of other pages, no footer template or page tags of their own are judged.
    fragments: list[str] = field(default_factory=list)

    def home_urls(self) -> set[str]:
        """The addresses whose links are the home page's: the site, the start URL, its frames."""
        return {self.site, self.crawl.start_url, *self.home_frames}
