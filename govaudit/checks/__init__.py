"""Check kinds: one module per family, registered here by name."""

from govaudit.checks.annual_reports import (
    ANNUAL_REPORT_PRESENCE, ANNUAL_REPORT_STRUCTURE, ANNUAL_REPORT_TABLES, ANNUAL_REPORT_TIMELINESS,
)
from govaudit.checks.base import CheckKind
from govaudit.checks.columns import COLUMN_EMPTY, COLUMN_FRESHNESS
from govaudit.checks.counts import COUNT_FAILURES
from govaudit.checks.documents import DOCUMENT_FIELDS
from govaudit.checks.footer import FOOTER_IDENTIFIERS
from govaudit.checks.integrity import DATE_INTEGRITY
from govaudit.checks.interpretations import INTERPRETATION_LINKS
from govaudit.checks.links import LINK_HEALTH
from govaudit.checks.pages import META_TAGS
from govaudit.checks.pairs import LINKED_PAIR
from govaudit.checks.presence import RECENT_DOCUMENT, SECTION_PRESENT, SITE_FRESHNESS
from govaudit.checks.search import SITE_SEARCH
from govaudit.checks.text import PAGE_TEXT

CHECKS: dict[str, CheckKind] = {
    kind.name: kind
    for kind in (
        COLUMN_FRESHNESS, COLUMN_EMPTY, ANNUAL_REPORT_PRESENCE, ANNUAL_REPORT_TIMELINESS, ANNUAL_REPORT_STRUCTURE,
        DOCUMENT_FIELDS, INTERPRETATION_LINKS, LINK_HEALTH, FOOTER_IDENTIFIERS, COUNT_FAILURES,
        SECTION_PRESENT, RECENT_DOCUMENT, SITE_FRESHNESS, DATE_INTEGRITY, ANNUAL_REPORT_TABLES,
        META_TAGS, PAGE_TEXT, LINKED_PAIR, SITE_SEARCH,
    )
}

from govaudit.checks.manual import MANUAL  # noqa: E402 — kept apart from the crawl-based kinds above

CHECKS[MANUAL.name] = MANUAL
