"""Types shared by the sample-site generators: a served resource, an answer-key entry and
a generated site (every resource addressed by the exact path and query it is linked as)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# The demo's minimal valid PDF and PNG serve the sample sites too.
from govaudit.demo.assets import pdf as fake_pdf, red_png as tiny_png  # noqa: F401 - re-exported

# Rule families of the answer key (benchmarks/accuracy.py maps rule ids onto these).
FAMILIES = ("empty-columns", "stale-columns", "interpretations", "normative-metadata",
            "broken-links", "annual-reports", "footer", "meta-tags")


@dataclass(frozen=True)
class Resource:
    """One response: body bytes, Content-Type header, HTTP status and (a redirect) its Location."""

    body: bytes
    content_type: str
    status: int = 200
    location: str = ""

    @property
    def is_html(self) -> bool:
        return self.content_type.startswith("text/html")


@dataclass(frozen=True)
class Expected:
    """A planted defect: the finding the audit should report.

    `url` is the root-relative URL of the defective object exactly as the site links it
    (column, document, link target, or an example page for a footer defect); `match`
    holds strings a finding must also contain (organ and year for annual reports);
    `url_pattern` widens `url` to every page of the same template;
    `probe` says how a test proves the defect is really served (see tests/sites)."""

    family: str
    url: str
    note: str
    match: tuple[str, ...] = ()
    probe: str = ""
    url_pattern: str = ""  # a regex: any page it matches is an equally good example (footer templates)


# Written by a mutation where a page names the site's own host (`http://HOST/…`, `<base href>`): the
# server puts the host it answers on in its place (tests/sites/server.py).
SITE_HOST = "__SITE_HOST__"

LATER_PAGE = "列表的第 2 页及以后各页属于同一栏目，不是单独的栏目"  # the trap note of page N ≥ 2 of a list


@dataclass(frozen=True)
class Trap:
    """Something that must NOT be a finding (page 2 of a list, an undated static page …)."""

    url: str
    note: str


@dataclass
class SampleSite:
    """A generated site: resources keyed by root-relative path (+ '?query' when linked so),
    the response for unknown URLs, the answer key and the vetoes the defects support."""

    name: str
    size: str
    as_of: date
    resources: dict[str, Resource]
    not_found: Resource
    key: list[Expected] = field(default_factory=list)
    traps: list[Trap] = field(default_factory=list)
    vetoes: frozenset[str] = frozenset()
    # Pages listed only on list pages a form postback answers (ASP.NET __doPostBack): no GET link
    # reaches them, so no crawler that follows links can fetch them.
    post_only: frozenset[str] = frozenset()
    # Pages reached only through a script call that names no address (新点 Epoint's
    # ShowAjaxNewPage(window.location.pathname,'categorypagingcontent',2) pagers), or named only inside a
    # script's strings (PageAdmin's slide `var Links="…|…"`, a search box's location.href): no link reaches them.
    # Also a pdf.js viewer linked only as `viewer.html?file=…` (ylcms's records): the crawl takes that for the file.
    script_only: frozenset[str] = frozenset()
    # Written by tests/sites/mutate.py's `addresses`: each address it moved a page (or a missing page) to, and the
    # address the unmutated site served it at, so two runs' verdicts can be compared subject by subject.
    moved_from: dict[str, str] = field(default_factory=dict)

    @property
    def html_urls(self) -> list[str]:
        """Root-relative URLs of the site's HTML pages (list pages, documents, static pages)."""
        return sorted(u for u, r in self.resources.items() if r.is_html and r.status == 200 and u != "/")

    def lookup(self, path: str, query: str) -> Resource:
        """The response a real server of this CMS gives: the exact resource; else the path
        without its query (Hanweb/static servers ignore unknown parameters); a directory
        path serves its index.html, index.shtml or index.jhtml (JEECMS's web.xml lists all three
        as welcome files); anything else is the not-found response."""
        directory = path.endswith("/")
        for candidate in (f"{path}?{query}" if query else None, path, path + "index.html" if directory else None,
                          path + "index.shtml" if directory else None, path + "index.jhtml" if directory else None):
            if candidate and candidate in self.resources:
                return self.resources[candidate]
        return self.not_found

