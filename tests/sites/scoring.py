"""Scoring an audit's results.json against a sample site's answer key (used by
benchmarks/accuracy.py): rule ids mapped onto key families, findings matched to key entries."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from tests.sites.model import Expected, SampleSite

# Rule id → answer-key family. Veto rules are scored as vetoes, not per finding; a failing
# finding of a rule missing here is reported under its own id as "(unmapped)": every such
# finding is a false positive, since everything outside the key is compliant.
FAMILY_OF_RULE = {
    "empty-columns": "empty-columns",
    "news-column-stale": "stale-columns",
    "notice-column-stale": "stale-columns",
    "personnel-plan-column-stale": "stale-columns",
    "interpretation-missing": "interpretations",
    "interpretation-not-linked": "interpretations",
    "interpretation-late": "interpretations",
    "normative-doc-metadata": "normative-metadata",
    "normative-doc-validity": "normative-metadata",
    "broken-links": "broken-links",
    "homepage-broken-links": "broken-links",
    "missing-attachments": "broken-links",
    "annual-report-missing": "annual-reports",
    "annual-report-late": "annual-reports",
    "annual-report-structure": "annual-reports",
    "annual-report-tables": "annual-reports",
    "footer-identifiers": "footer",
    "meta-tags": "meta-tags",  # the 2017 指引's page tags: only the pe site plants their absence
}
# Rules added after this table (e.g. per-organ annual-report or other-column staleness
# rules) are placed by their id's words; anything else is reported as "(unmapped) <id>".
_FAMILY_HINTS = (
    (re.compile(r"empty-column"), "empty-columns"),
    (re.compile(r"column.*stale|stale.*column"), "stale-columns"),
    (re.compile(r"interpretation"), "interpretations"),
    (re.compile(r"normative-doc-(?:metadata|validity|fields)"), "normative-metadata"),
    (re.compile(r"broken|attachment|dead-link"), "broken-links"),
    (re.compile(r"annual-report"), "annual-reports"),
    (re.compile(r"footer"), "footer"),
)
UNMAPPED = "(unmapped) "


def family_of(rule_id: str) -> str:
    """The answer-key family a (non-veto) rule's findings are scored in."""
    if rule_id in FAMILY_OF_RULE:
        return FAMILY_OF_RULE[rule_id]
    return next((fam for pattern, fam in _FAMILY_HINTS if pattern.search(rule_id)), UNMAPPED + rule_id)


def same_url(url: str) -> str:
    """Comparison form of a root-relative or absolute URL: `&amp;` decoded, percent-escapes
    decoded, and a trailing default document (index.html, .shtml, JEECMS's index.jhtml …) dropped
    when no query follows (it names the same resource)."""
    url = unquote(url.replace("&amp;", "&"))
    if "?" not in url:
        url = re.sub(r"/(?:index\.[sj]?html?|default\.html?)$", "/", url)
    return url


@dataclass
class Finding:
    """A failing result of a rule: its URLs in comparison form and its searchable text."""

    rule: str
    family: str
    urls: set[str]
    text: str


@dataclass
class FamilyScore:
    """Counts of one family on one template; `undecided` = results that are incomplete or error."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    undecided: int = 0
    traps_hit: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    # key entries matched by failing findings of more than one rule: a key entry names no rule, so a false
    # finding of one rule on a page keyed for another defect of the family counts as found (read these)
    several: list[str] = field(default_factory=list)

    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def recall(self, key_size: int) -> float | None:
        return (key_size - self.fn) / key_size if key_size else None


_UNDECIDED = ("incomplete", "error")


def _findings(results: dict[str, Any], base: str) -> tuple[list[Finding], dict[str, int], dict[str, str]]:
    """Failing findings of non-veto rules, undecided counts per family, and each veto rule's status."""
    out: list[Finding] = []
    undecided: dict[str, int] = {}
    vetoes: dict[str, str] = {}
    for rule in results["rules"]:
        if rule["level"] == "veto":
            vetoes[rule["id"]] = rule["status"]
            continue
        family = family_of(rule["id"])
        if rule["status"] in _UNDECIDED and not rule["results"]:
            undecided[family] = undecided.get(family, 0) + 1
        for res in rule["results"]:
            if res["status"] in _UNDECIDED:
                undecided[family] = undecided.get(family, 0) + 1
            if res["status"] != "fail":
                continue
            data = res.get("data") or {}
            raw = [res.get("url") or "", res.get("subject") or "", str(data.get("target") or "")]
            urls = {same_url(u[len(base) - 1:] if u.startswith(base) else u) for u in raw if u}
            text = " ".join([res.get("subject") or "", res.get("message") or "", json.dumps(data, ensure_ascii=False)])
            out.append(Finding(rule["id"], family, urls, text))
    return out, undecided, vetoes


def matches(finding: Finding, entry: Expected) -> bool:
    """Same family, the key's URL (or a page of the same template) among the finding's URLs,
    and every match string in the finding's text."""
    if finding.family != entry.family:
        return False
    if same_url(entry.url) not in finding.urls and not (
            entry.url_pattern and any(re.match(entry.url_pattern, u) for u in finding.urls)):
        return False
    return all(s in finding.text for s in entry.match)


def score(site: SampleSite, results: dict[str, Any], base: str) -> tuple[dict[str, FamilyScore], dict[str, str]]:
    """Per-family scores and the status of every veto rule. A false finding on a planted trap
    (page 2 of a list, an undated static page …) is marked as such."""
    traps = {same_url(t.url): t.note for t in site.traps}
    findings, undecided, vetoes = _findings(results, base)
    families = {e.family for e in site.key} | {f.family for f in findings} | set(undecided)
    scores = {fam: FamilyScore(undecided=undecided.get(fam, 0)) for fam in sorted(families)}
    for f in findings:
        s = scores[f.family]
        if any(matches(f, e) for e in site.key):
            s.tp += 1
        else:
            s.fp += 1
            hit = next((traps[u] for u in sorted(f.urls) if u in traps), "")
            s.traps_hit += bool(hit)
            s.false.append(f"{f.rule}: {sorted(f.urls)[0] if f.urls else '?'}" + (f" [trap: {hit}]" if hit else ""))
    for e in site.key:
        rules = sorted({f.rule for f in findings if matches(f, e)})
        if not rules:
            scores[e.family].fn += 1
            scores[e.family].misses.append(f"{e.url} {' '.join(e.match)} — {e.note}")
        elif len(rules) > 1:
            scores[e.family].several.append(f"{e.url} {', '.join(rules)} — {e.note}")
    return scores, vetoes
