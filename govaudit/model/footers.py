"""Footer identifiers per page template (issue 8 item 10): a CMS renders the homepage, list pages,
article pages and disclosure documents from different templates, and one of them may lack the
网站标识码, ICP 备案, 公安备案 or 主办单位 that the homepage shows."""

from __future__ import annotations

from collections.abc import Iterable

from govaudit.htmlvocab import MOBILE_EDITION_TITLE
from govaudit.model.extract.footer import FooterFacts
from govaudit.model.types import Evidence, TemplateFooter

# Page kinds (Page.kind) -> template. Error pages and unclassified pages have no template here.
_TEMPLATE = {"home": "home", "hub": "list", "column": "list", "static": "article", "document": "article"}


def template_of(kind: str, has_metadata_block: bool, title: str) -> str | None:
    """The template a page of `kind` is rendered with; documents with a 信息公开 metadata block
    come from the disclosure platform's template. A page of the site's mobile edition (titled
    手机版, 移动版…) is of none of the desktop templates, however its links read."""
    if MOBILE_EDITION_TITLE.search(title):
        return None
    template = _TEMPLATE.get(kind)
    return "disclosure" if template == "article" and has_metadata_block else template


def template_footers(pages: Iterable[tuple[str, FooterFacts, Evidence]]) -> list[TemplateFooter]:
    """(template, footer, evidence) of every fetched page -> one entry per template and footer
    shape (which identifiers it carries), with the count and the first page (by URL) as example,
    a static address before a dynamic one: a CMS serves a page at both (帝国 EmpireCMS's
    `/xxgk/2026-10-28/1286.html` is also `/e/action/ShowInfo.php?classid=11&id=1286`), and a report
    cites the address the site publishes."""
    groups: dict[tuple, list[tuple[FooterFacts, Evidence]]] = {}
    for template, footer, evidence in pages:
        shape = (template, bool(footer.site_id_code), bool(footer.icp), bool(footer.psb), bool(footer.sponsor))
        groups.setdefault(shape, []).append((footer, evidence))
    out = []
    for (template, *_), members in groups.items():
        footer, evidence = min(members, key=lambda m: ("?" in m[1].url, m[1].url))
        out.append(TemplateFooter(template, len(members), footer.site_id_code, footer.icp, footer.psb, footer.sponsor, evidence))
    order = {"home": 0, "list": 1, "article": 2, "disclosure": 3}
    return sorted(out, key=lambda t: (order[t.template], -t.pages, t.evidence.url))
