"""Locating pages for a rule: "the 机构职能 page", "every 征集 notice", "the guides".

A locator is a mapping in a rule's params; every criterion it gives must hold (AND):

    kind: [static, notice]          # document kinds (normative, policy, interpretation, annual_report,
                                    # notice, news, other, static) or page kinds (hub, column, document, other);
                                    # list: a column's first list page (only when named)
    column_class: [notice_policy]   # the class of the page's column (column-classes.yaml)
    column: "机构|职能"              # regex on the page's column name
    title: "意见征集|征求.*意见"       # regex on the page's title
    url: "/jgzn/"                   # regex on the URL
    exclude_title: "结果|反馈"        # regex: pages whose title matches are left out

Documents of the model are candidates, and so is every other fetched page (a long guide the
model read as a hub) with its page kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from govaudit.checks.base import Context
from govaudit.model.types import Document, Evidence, Link, SiteModel

DOCUMENT_KINDS = ("normative", "policy", "interpretation", "annual_report", "notice", "news", "other", "static")
PAGE_KINDS = ("hub", "column", "document", "other")
LIST_KIND = "list"  # a column's first list page: located only when a locator names this kind
_KEYS = {"kind": list, "column_class": list, "column": str, "title": str, "url": str, "exclude_title": str}
_REGEX_KEYS = ("column", "title", "url", "exclude_title")


@dataclass(frozen=True)
class Located:
    """A page a locator found, with what the pair and text checks read of it."""

    url: str
    title: str
    kind: str
    column_name: str | None
    column_url: str | None
    date: str | None
    evidence: Evidence
    links_to: tuple[str, ...] = ()
    attachments: tuple[Link, ...] = ()
    wenhao: str | None = None
    is_document: bool = False  # a document of the model: its attachments were read


def validate_locator(value: dict[str, Any]) -> None:
    """Validator: a locator mapping with known keys, compiling regexes and known kinds."""
    if not value:
        raise ValueError("a locator needs at least one of " + ", ".join(_KEYS))
    for key, given in value.items():
        if key not in _KEYS:
            raise ValueError(f"unknown locator key '{key}' (known: {', '.join(_KEYS)})")
        if not isinstance(given, _KEYS[key]) or isinstance(given, list) and not all(isinstance(v, str) for v in given):
            raise ValueError(f"locator key '{key}' must be {'a list of names' if _KEYS[key] is list else 'a regex string'}")
    for key in _REGEX_KEYS:
        if key in value:
            re.compile(value[key])
    known = DOCUMENT_KINDS + PAGE_KINDS + (LIST_KIND,)
    unknown = [k for k in value.get("kind", []) if k not in known]
    if unknown:
        raise ValueError(f"unknown page kind {unknown[0]!r} (known: {', '.join(dict.fromkeys(known))})")


def locator_classes(value: Any) -> list[str]:
    """The column class ids a locator names (validated by id when the pack loads)."""
    return list(value.get("column_class", [])) if isinstance(value, dict) else []


def _from_document(d: Document) -> Located:
    return Located(d.url, d.title, d.kind, d.column_name, d.column_url, d.pub_date, d.evidence, tuple(d.links_to),
                   tuple(d.attachments), d.wenhao, True)


def candidates(site: SiteModel, listed: bool = False, lists: bool = False) -> list[Located]:
    """Every document, and every other fetched page (not the homepage, not a list page); with
    `listed`, also the items of column lists whose page was not fetched (title, date and column
    only, kind "listed": a locator that names kinds leaves them out); with `lists`, each column's
    first list page (kind "list", titled with the column's name: its intro text, its items)."""
    out = [_from_document(d) for d in site.documents]
    known = {d.url for d in site.documents}
    if lists:
        for c in site.columns:
            if c.url not in known and c.state != "not_observed":
                known.add(c.url)
                out.append(Located(c.url, c.name, LIST_KIND, c.name, c.url, c.newest_date, c.evidence))
    names = {c.url: c.name for c in site.columns}
    for p in site.pages:
        if p.url in known or p.outcome != "ok" or p.kind in ("home", "error") or p.column_url:
            continue
        known.add(p.url)
        out.append(Located(p.url, p.title, p.kind, names.get(p.url), p.url if p.url in names else None, None, p.evidence))
    if listed:
        for c in site.columns:
            for item in c.items:
                if item.url and item.url not in known:
                    known.add(item.url)
                    out.append(Located(item.url, item.title, "listed", c.name, c.url, item.date, c.evidence))
    return out


def locate(site: SiteModel, spec: dict[str, Any], ctx: Context, pool: list[Located] | None = None) -> list[Located]:
    """The pages `spec` locates, in URL order."""
    regex = {k: re.compile(spec[k]) for k in _REGEX_KEYS if k in spec}
    kinds, classes = spec.get("kind"), spec.get("column_class")
    found = []
    for c in candidates(site, lists=LIST_KIND in (kinds or ())) if pool is None else pool:
        if kinds is not None and c.kind not in kinds:
            continue
        if classes is not None and ctx.column_class(c.column_name or "", c.column_url) not in classes:
            continue
        if "column" in regex and not (c.column_name and regex["column"].search(c.column_name)):
            continue
        if "title" in regex and not regex["title"].search(c.title):
            continue
        if "exclude_title" in regex and regex["exclude_title"].search(c.title):
            continue
        if "url" in regex and not regex["url"].search(c.url):
            continue
        found.append(c)
    return sorted(found, key=lambda c: c.url)
