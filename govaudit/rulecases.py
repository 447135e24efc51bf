"""Rule cases: a small site model plus the expected status of every subject, per rule.

Cases live in the rule pack at `cases/<rule-id>.yaml`, a list of mappings:

    - name: 部门动态超过两周未更新
      as_of: 2026-09-30
      site:                      # a partial site model; omitted fields get neutral defaults
        columns:
          - {url: http://t/a/, name: 部门动态, newest_date: 2026-09-08}
      expect:                    # every subject the rule reports, with its status (exact)
        http://t/a/: fail

A page's body text (for page_text, linked_pair) is given under `site.texts`, by URL: a string,
or {text, headings, tables: [{rows, columns, header}]}. Unknown keys (of a case, of its site, of any fact in it) are errors, so a
misspelled key cannot make a case pass vacuously.

`govaudit rules test` runs them, so evaluators who write their own packs can test them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from govaudit.checks.base import Context
from govaudit.vocab import STATUSES
from govaudit.engine import run_rule
from govaudit.errors import UserError
from govaudit.model.pagetext import PageTexts
from govaudit.model.types import SCHEMA, PageText, SiteModel
from govaudit.ruleset import CASES_DIR, Ruleset, pack_chain
from govaudit.serde import ContractError, from_dict
from govaudit.yamlsafe import YamlTooLarge, load_bounded

_SITE = "http://site.test/"
CASE_KEYS = ("name", "as_of", "site", "expect")
SITE_KEYS = ("site_url", "budget_exhausted", "pages", "columns", "documents", "annual_reports", "interpretations",
             "links", "footer", "footers", "offsite_links", "disclosure_sections", "texts", "search_box")
_ALL_SECTIONS = ["一", "二", "三", "四", "五", "六"]


@dataclass(frozen=True)
class CaseResult:
    rule_id: str
    name: str
    passed: bool
    problems: list[str]


def _evidence(url: str) -> dict[str, Any]:
    return {"url": url, "fetched_at": "2026-01-01T00:00:00+08:00", "record": None, "snippet": None}


def _column(c: dict[str, Any]) -> dict[str, Any]:
    newest = c.get("newest_date")
    items = c.get("items", [{"title": f"{c['name']}信息", "url": c["url"] + "1.html", "date": newest}] if newest else [])
    state = c.get("state", "listed" if items else "empty")
    return {"name_source": "meta", "level": 1, "newest_url": items[0]["url"] if items else None,
            "evidence": _evidence(c["url"]), **c, "items": items, "state": state, "newest_date": newest}


def _document(d: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "normative", "column_url": None, "column_name": None, "pub_date": None, "pub_date_source": "visible",
            "metadata": {}, "has_metadata_block": bool(d.get("metadata")), "attachments": [], "links_to": [],
            "related_slot": "static", "evidence": _evidence(d["url"]), **d}


def _report(r: dict[str, Any]) -> dict[str, Any]:
    url = r.get("url", f"{_SITE}nb/{r['year']}.html")
    return {"url": url, "title": f"某区人民政府{r['year']}年政府信息公开工作年度报告", "organ": "某区人民政府",
            "pub_date": None, "sections": _ALL_SECTIONS, "evidence": _evidence(url), **r}


def _interpretation(i: dict[str, Any]) -> dict[str, Any]:
    return {"via": ["hyperlink"], "direction": "both", "interpretation_date": None, "document_date": None, **i}


def _link(link: dict[str, Any]) -> dict[str, Any]:
    return {"text": "链接", "kind": "page", "status": None, **link}


def _template_footer(f: dict[str, Any]) -> dict[str, Any]:
    return {"pages": 1, "site_id_code": None, "icp": None, "psb": None, "sponsor": None, "evidence": _evidence(f["url"]),
            **{k: v for k, v in f.items() if k != "url"}}


def _iso_dates(value: Any) -> Any:
    """YAML reads unquoted 2026-09-08 as a date; the site model holds ISO strings."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_iso_dates(v) for v in value]
    if isinstance(value, dict):
        return {k: _iso_dates(v) for k, v in value.items()}
    return value


def _offsite(o: dict[str, Any]) -> dict[str, Any]:
    return {"host": urlsplit(o["target"]).hostname or "", "text": "", "source": _SITE, **o}


def texts_from_case(data: dict[str, Any]) -> PageTexts:
    """The page texts a case gives under `site.texts` (url -> text, or {text, headings})."""
    out = {}
    for url, given in (data.get("texts") or {}).items():
        entry = {"text": given} if isinstance(given, str) else dict(given)
        text = " ".join(str(entry.get("text", "")).split())
        out[str(url)] = from_dict(PageText, {"url": str(url), "chars": len(text), **entry, "text": text}, strict=True)
    return PageTexts(out)


def site_from_case(data: dict[str, Any]) -> SiteModel:
    """A full site model from a case's partial one (neutral defaults for what is omitted)."""
    data = _iso_dates(data)
    unknown = [k for k in data if k not in SITE_KEYS]
    if unknown:
        raise ValueError(f"unknown key '{unknown[0]}' in the case's site (allowed: {', '.join(SITE_KEYS)})")
    site = data.get("site_url", _SITE)
    footer = data.get("footer")
    model = {
        "schema": SCHEMA, "tool_version": "case", "site": site,
        "crawl": {"start_url": site, "started_at": None, "finished_at": None, "fetched": 1,
                  "budget_exhausted": bool(data.get("budget_exhausted", False)), "notes": []},
        "pages": data.get("pages", [{"url": site, "kind": "home", "title": "首页", "status": 200, "outcome": "ok",
                                     "charset": "utf-8", "evidence": _evidence(site)}]),
        "columns": [_column(c) for c in data.get("columns", [])],
        "documents": [_document(d) for d in data.get("documents", [])],
        "annual_reports": [_report(r) for r in data.get("annual_reports", [])],
        "interpretations": [_interpretation(i) for i in data.get("interpretations", [])],
        "links": [_link(link) for link in data.get("links", [])],
        "footer": {"evidence": _evidence(site), **footer} if footer else None,
        "footers": [_template_footer(f) for f in data.get("footers", [])],
        "offsite_links": [_offsite(o) for o in data.get("offsite_links", [])],
        "disclosure_sections": data.get("disclosure_sections", []),
        "search_box": data.get("search_box"),
    }
    return from_dict(SiteModel, model, strict=True)


def load_cases(root: Path) -> dict[str, list[dict[str, Any]]]:
    """Case lists by rule id, from `cases/*.yaml` of the pack at `root` and of the packs it
    extends (a pack's own case file for a rule replaces the one it extends)."""
    cases: dict[str, list[dict[str, Any]]] = {}
    for folder in pack_chain(root):
        for path in sorted((folder / CASES_DIR).glob("*.yaml")):
            cases[path.stem] = _case_file(path)
    return cases


def _case_file(path: Path) -> list[dict[str, Any]]:
    label = f"{CASES_DIR}/{path.name}"
    try:
        data = load_bounded(path.read_text(encoding="utf-8"))[1]
    except YamlTooLarge as exc:
        raise UserError(f"{label}: refused, the YAML is too large ({exc}).") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        raise UserError(f"{label}{f':{mark.line + 1}' if mark else ''}: malformed case file ({exc}).") from None
    if not isinstance(data, list) or not all(isinstance(c, dict) and isinstance(c.get("expect"), dict) for c in data):
        raise UserError(f"{label}: a case file is a list of cases, each with 'name', 'as_of', 'site' and 'expect'.")
    for n, case in enumerate(data, 1):
        unknown = [k for k in case if k not in CASE_KEYS]
        if unknown:
            raise UserError(f"{label}: case {n} ('{case.get('name', '?')}'): unknown key '{unknown[0]}' (allowed: {', '.join(CASE_KEYS)}).")
    return data


def run_case(ruleset: Ruleset, rule_id: str, case: dict[str, Any]) -> CaseResult:
    """Evaluate one rule on one case and compare every subject's status exactly."""
    rule = next(r for r in ruleset.rules if r.id == rule_id)
    name = str(case.get("name", "?"))
    try:
        site = site_from_case(case.get("site") or {})
        texts = texts_from_case(case.get("site") or {})
        as_of = case["as_of"] if isinstance(case.get("as_of"), date) else date.fromisoformat(str(case["as_of"]))
    except ContractError as exc:
        return CaseResult(rule_id, name, False, [f"bad case: site.{exc}"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a case's site of the wrong shape
        return CaseResult(rule_id, name, False, [f"bad case: {type(exc).__name__}: {exc}"])
    findings = run_rule(rule, site, Context(as_of, ruleset.column_classes, texts=texts))
    got = {f.subject: f.status for f in findings}
    expected = {str(k): str(v) for k, v in (case.get("expect") or {}).items()}
    problems = [f"unknown status {v!r} for {k}" for k, v in expected.items() if v not in STATUSES]
    for subject in sorted(expected.keys() | got.keys()):
        if expected.get(subject) != got.get(subject):
            message = next((f.message for f in findings if f.subject == subject), "")
            problems.append(f"{subject}: expected {expected.get(subject, '(no result)')}, got {got.get(subject, '(no result)')} {message}".rstrip())
    return CaseResult(rule_id, name, not problems, problems)
