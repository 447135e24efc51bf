"""LinkColumns, the loaded model's links as a list a field: read back, loaded and selected exactly
as the list of Links they stand for, and the rules that read them (link_health, the audit gate's
coverage, section_present's link scope) judge as the object-by-object readers they replaced.
Those readers are kept below as oracles and run on random models where every link field varies:
duplicates, a target whose links disagree, unfetched and failed targets, statuses big and absent."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from govaudit import coverage
from govaudit.checks.base import Context, Finding
from govaudit.checks.links import _KIND_LABEL, _link_health, why_broken, why_undecided
from govaudit.checks.presence import _section_evidence
from govaudit.jsonio import read_streamed, write_json_atomic
from govaudit.model.linktable import LinkColumns, LinkTable, link_columns
from govaudit.model.types import CrawlInfo, Evidence, Link, SiteModel
from tests.factories import SITE, page, site

KINDS, OUTCOMES = ("page", "attachment", "image"), ("ok", "broken", "blocked", "not_checked", "external")
TEXTS = ("政府信息公开", "通知公告", "首页", "", " 政务公开 ", "机构职能", "更多")
# status and fetch outcome vary together with nothing else: -1, 0 and 70,000 are no HTTP statuses, but the contract allows them
STATUSES = (None, 200, 404, 0, -1, 70000)
FETCHES = (None, "not_found", "soft_404", "wrong_type", "blocked")


def _random_site(seed: int, stopped: bool = False) -> SiteModel:
    rnd = random.Random(seed)
    paths = ["", "zwgk/", *(f"c{i}/" for i in range(8)), *(f"d{i}.html" for i in range(12)), "x.pdf", "i.png"]
    fetched = rnd.sample(paths[1:], 14)
    pages = [page("", "home", "某区人民政府")] + [
        page(p, rnd.choice(("column", "hub", "document", "other")), rnd.choice(TEXTS) or "页",
             outcome=rnd.choice(("ok", "ok", "not_found", "soft_404", "server_error", "timeout")))
        for p in fetched]
    links = [Link(SITE + rnd.choice(paths[:6]), SITE + rnd.choice(paths), rnd.choice(TEXTS), rnd.choice(KINDS),
                  rnd.choice(OUTCOMES), rnd.choice(STATUSES), rnd.choice(FETCHES)) for _ in range(rnd.randint(0, 120))]
    crawl = CrawlInfo(start_url=SITE, started_at=None, finished_at=None, fetched=len(pages), budget_exhausted=stopped,
                      stop_reason="budget" if stopped else None)
    return site(pages=sorted(pages, key=lambda p: p.url), links=links, crawl=crawl)


def _every_form(links: list[Link]) -> list[Any]:
    """The links as a list, as a build's LinkTable and as LinkColumns."""
    return [links, LinkTable(links), link_columns(links)]


# --- the object-by-object readers the column readers replaced (d94db66), as oracles ---

def _old_link_health(site: SiteModel, params: dict[str, Any]) -> list[Finding]:
    pages = {p.url: p for p in site.pages}
    by_target: dict[str, list[Link]] = {}
    home = {site.site, site.crawl.start_url}
    for link in site.links:
        on_home = link.source in home
        if link.kind in params["kinds"] and params["sources"] in ("all", "homepage" if on_home else "others"):
            by_target.setdefault(link.target, []).append(link)
    findings, ok, unchecked = [], 0, 0
    for target, links in sorted(by_target.items()):
        outcome = links[0].outcome
        sources = sorted({l.source for l in links})
        source = pages.get(sources[0])
        evidence = source.evidence if source else Evidence(url=sources[0])
        label = _KIND_LABEL.get(links[0].kind, "链接")
        data = {"target": target, "status": links[0].status, "sources": sources, "anchor": links[0].text,
                "fetch_outcome": links[0].fetch_outcome}
        if outcome == "broken":
            findings.append(Finding("fail", target, target, f"{label}“{links[0].text or target}”不可用（{why_broken(links[0])}），"
                                    f"出现在 {len(sources)} 个页面。", evidence, data))
        elif outcome == "blocked":
            findings.append(Finding("incomplete", target, target, f"{label}“{target}”{why_undecided(links[0])}，无法判断是否可用，需人工核实。",
                                    evidence, data))
        elif outcome == "ok":
            ok += 1
        else:
            unchecked += 1
    return findings + [("ok", ok), ("unchecked", unchecked)]  # type: ignore[list-item]


def _counts(findings: list[Finding]) -> list[Any]:
    """The column reader's findings, its two summary findings as the oracle's counts."""
    summary = {f.subject: f.data["count"] for f in findings if f.subject.startswith("links:")}
    return [f for f in findings if not f.subject.startswith("links:")] + [
        ("ok", summary.get("links:ok", 0)), ("unchecked", summary.get("links:not_checked", 0))]


def _old_gate_links(site: SiteModel, gate: coverage.Gate) -> tuple[list[str], list[Any], dict[str, Any]]:
    """The hubs, the linked columns and the columns added as not observed, as the old loops found them."""
    pages = {p.url: p for p in site.pages}
    start = site.crawl.start_url
    home = pages.get(start)
    hubs = [start] if home is not None and any(w in home.title for w in coverage.DISCLOSURE_HUB_WORDS) else []
    for link in site.links:
        if link.source == start and link.kind == "page" and any(w in link.text for w in coverage.DISCLOSURE_HUB_WORDS):
            target = pages.get(link.target)
            if target is not None and target.outcome == "ok" and link.target not in hubs:
                hubs.append(link.target)
    sources, linked = {start, *hubs}, {}
    for link in site.links:
        if link.source not in sources or link.kind != "page" or link.target in sources or link.target in linked:
            continue
        target = pages.get(link.target)
        if coverage._is_column_link(link.target, link.text, target):
            linked[link.target] = coverage.Unreached(link.target, link.text.strip() or link.target, link.source,
                                                     "not_fetched" if target is None else target.outcome)
    known = {c.url for c in site.columns}
    missing = {u.url: (u, 1) for u in gate.unreached}
    for link in site.links:
        if link.kind != "page" or link.target in missing or link.target in known:
            continue
        target = pages.get(link.target)
        why = "not_fetched" if target is None else target.outcome
        if why in coverage._OBSERVED or (target is None and not gate.stopped):
            continue
        if coverage._is_column_link(link.target, link.text, target):
            missing[link.target] = (coverage.Unreached(link.target, link.text.strip() or link.target, link.source, why), 2)
    for url, (u, level) in list(missing.items()):  # named by a link that names it, not by a 更多 button
        if coverage._untelling(u.name, url):
            text = next((t for link in site.links if link.target == url
                         and not coverage._untelling(t := link.text.strip(), url)), None)
            missing[url] = (replace(u, name=text or u.name), level)
    return hubs, sorted(linked.items()), {u.url: u for u, _ in missing.values() if u.url not in known}


def _old_link_scope(site: SiteModel, pattern: re.Pattern[str]) -> Any:
    for link in site.links:
        if link.kind == "page" and link.outcome == "ok" and pattern.search(link.text):
            return f"链接“{link.text.strip()}”", Evidence(url=link.source) if link.source not in {p.url for p in site.pages} \
                else next(p.evidence for p in site.pages if p.url == link.source)
    return None


# --- the tests ---

def test_columns_read_back_the_links_in_every_form(tmp_path):
    links = _random_site(7).links
    assert {l.status for l in links} == set(STATUSES)
    for form in _every_form(links):
        columns = link_columns(form)
        assert isinstance(columns, LinkColumns) and columns == links and list(columns) == links and len(columns) == len(links)
        assert columns[3] == links[3] and columns[-1] == links[-1] and columns[2:9] == links[2:9]
    model = _random_site(8)
    write_json_atomic(tmp_path / "site.json", model)
    loaded = read_streamed(tmp_path / "site.json", SiteModel, {list[Link]: LinkColumns.loader})
    assert isinstance(loaded.links, LinkColumns) and loaded.links == model.links and loaded == model
    # strings met many times are one object, shared with the rest of the model
    assert len({id(s) for s, l in zip(loaded.links.source, model.links) if l.source == SITE}) <= 1


def test_a_table_holds_any_status_and_none():
    links = [Link(SITE, SITE, "", "page", "ok", status) for status in STATUSES]
    table = LinkTable(links)
    table.sort()
    assert [l.status for l in table] == list(STATUSES) and [l.status for l in table.columns()] == list(STATUSES)


def test_a_loader_refuses_what_the_checking_decoder_refuses():
    _, add = LinkColumns.loader({})
    for bad in (b'[{"source": "a", "target": "b", "text": "", "kind": "page", "outcome": "ok", "extra": 1}]',
                b'[{"source": "a", "target": "b", "text": "", "kind": "pages", "outcome": "ok"}]',
                b'[{"source": "a", "target": "b", "text": null, "kind": "page", "outcome": "ok"}]',
                b'[{"source": "a", "target": "b", "text": "", "kind": "page", "outcome": "ok", "status": true}]',
                b'[{"target": "b", "text": "", "kind": "page", "outcome": "ok"}]'):
        with pytest.raises(Exception):
            add(bad)


def test_selections_equal_the_plain_filters():
    links = _random_site(9).links
    columns = link_columns(links)
    for field, values in (("kind", ["page"]), ("kind", ["page", "image"]), ("source", [SITE]), ("text", ["首页", ""]),
                          ("outcome", ["nothing"]), ("target", [SITE + "c1/", SITE + "x.pdf"])):
        expected = [i for i, l in enumerate(links) if getattr(l, field) in values]
        assert list(columns.where(field, values)) == expected
        assert [i for i, keep in enumerate(columns.mask(field, values)) if keep] == expected


@pytest.mark.parametrize("seed", range(40))
def test_link_health_judges_as_the_object_reader(seed):
    model = _random_site(seed)
    for kinds in (["page"], ["page", "image"], ["attachment"], list(KINDS)):
        for sources in ("all", "homepage", "others"):
            params = {"kinds": kinds, "sources": sources}
            expected = _old_link_health(model, params)
            for form in _every_form(model.links):
                assert _counts(_link_health(replace(model, links=form), params, Context(date(2026, 9, 30)))) == expected


@pytest.mark.parametrize("seed", range(40))
def test_the_gate_finds_the_columns_the_object_reader_found(seed):
    for stopped in (False, True):
        model = _random_site(seed, stopped)
        gate = coverage.assess(model, 0.5)
        hubs, linked, added = _old_gate_links(model, gate)
        for form in _every_form(model.links):
            same = replace(model, links=form)
            pages = {p.url: p for p in same.pages}
            assert coverage._hub(same, pages)[1] == hubs
            found, unreached = coverage._columns_linked(same, pages, hubs)
            assert found == [url for url, _ in linked] and unreached == sorted(
                (u for _, u in linked if u.why not in coverage._OBSERVED), key=lambda u: u.url)
            assert coverage.with_unreached_columns(same, gate)[1] == added


@pytest.mark.parametrize("seed", range(20))
def test_a_section_named_by_a_link_is_found_as_the_object_reader_found_it(seed):
    model = _random_site(seed)
    for pattern in (re.compile("公开"), re.compile("通知|机构"), re.compile("^$"), re.compile("不在")):
        for form in _every_form(model.links):
            assert _section_evidence(replace(model, links=form), pattern, ["links"], []) == _old_link_scope(model, pattern)
