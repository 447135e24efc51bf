"""Policy interpretations (政策解读): each policy document (行政规范性文件, and 政策文件 with
a 发文字号) has one, linked both ways, published in time.

The scoring window is relative to the as-of date (`within: 24m`, or `all`); a document
published before it is still listed when something is wrong with it (see window.py)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from govaudit.checks.base import CheckKind, Context, Finding, Param, one_of, parse_age, subtract_age
from govaudit.checks.listcover import unobserved_note, unseen_pages, would_be_seen
from govaudit.checks.window import outside_window
from govaudit.model.extract.annual_report import Organ, parse_organ, same_organ, same_region
from govaudit.model.relations import TARGET_KINDS
from govaudit.model.reports import own_organ
from govaudit.model.types import Column, Document, Interpretation, ListItem, SiteModel
from govaudit.workdays import working_days_after
from govaudit.urls import other_scheme

ALL = "all"


def _kinds(value: list[Any]) -> None:
    """Validator: document kinds that interpretations are related to."""
    unknown = [k for k in value if k not in TARGET_KINDS]
    if unknown:
        raise ValueError(f"unknown document kind {unknown[0]!r} (known: {', '.join(TARGET_KINDS)})")


def _window_start(params: dict[str, Any], as_of: date) -> date | None:
    return None if params["within"] == ALL else subtract_age(as_of, params["within"])


# 发文机关 of national organs: their documents are interpreted where they are drafted.
_NATIONAL = ("国务院", "国家", "中共中央", "中华人民共和国", "全国")


def _issued_elsewhere(doc: Document, own: Organ) -> bool:
    """Whether the document's 发文机关 is a national organ or another region's (a re-posted
    document: 谁起草、谁解读, so this site owes no interpretation of it). A ministry's own documents
    (its name first among the issuers) are its own, national as it is."""
    issuer = doc.metadata.get("发文机关", "")
    if not issuer:
        return False
    if own.unit and same_organ(_ISSUERS.split(issuer.strip())[0], own.region + own.unit):
        return False
    if issuer.startswith(_NATIONAL):
        return True
    region = parse_organ(issuer).region
    return bool(own.region and region) and not same_region(region, own.region)


# Joint documents name their issuers in a row: 科技部 金融监管总局 工业和信息化部 (科学技术部's record).
_ISSUERS = re.compile(r"[\s、，,]+")


def _in_scope(doc: Document, params: dict[str, Any], own: Organ) -> bool:
    """A document of the kinds checked; for the kinds in `numbered_only`, one with a 发文字号;
    with `own_documents_only`, one not issued by another jurisdiction."""
    return (doc.kind in params["kinds"] and (doc.kind not in params["numbered_only"] or bool(doc.wenhao))
            and not (params["own_documents_only"] and _issued_elsewhere(doc, own)))


def _timeliness(doc: Document, rels: list[Interpretation], max_lag: int, data: dict[str, Any]) -> Finding:
    """The earliest interpretation's lag after the document, in Chinese working days."""
    title = f"《{doc.title}》"
    dated = sorted(r.interpretation_date for r in rels if r.interpretation_date)
    if not doc.pub_date or not dated:
        return Finding("incomplete", doc.url, doc.url, f"文件{title}或其解读未能识别发布日期，无法判断解读是否及时。", doc.evidence, data)
    lag = working_days_after(date.fromisoformat(doc.pub_date), date.fromisoformat(dated[0]))
    data = {**data, "document_date": doc.pub_date, "interpretation_date": dated[0], "lag_working_days": lag}
    if lag is None:
        return Finding("incomplete", doc.url, doc.url, f"节假日日历缺少 {doc.pub_date}–{dated[0]} 的数据，无法计算工作日。", doc.evidence, data)
    if lag > max_lag:
        msg = f"文件{title}发布于 {doc.pub_date}，解读发布于 {dated[0]}，相隔 {lag} 个工作日，超过 {max_lag} 个工作日。"
        return Finding("fail", doc.url, doc.url, msg, doc.evidence, data)
    return Finding("pass", doc.url, doc.url, f"文件{title}的解读在 {lag} 个工作日内发布。", doc.evidence, data)


def _interpretation_links(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    relations: dict[str, list[Interpretation]] = {}
    for rel in site.interpretations:
        relations.setdefault(rel.document_url, []).append(rel)
    start = _window_start(params, ctx.as_of)
    own = own_organ(site)
    lists = [c for c in site.columns if "解读" in c.name]  # interpretation columns (政策解读)
    unread = _unread_items(site, lists)
    unfollowed = _unfollowed_links(site)
    # No 解读 list observed in a crawl cut short: the interpretations may be where it never got.
    unlisted = unseen_pages(site) if not lists else None
    findings = []
    for doc in site.documents:
        if not _in_scope(doc, params, own):
            continue
        finding = _judge(doc, relations.get(doc.url, []), params, lists, unread, unfollowed, unlisted)
        if finding is not None and start is not None and doc.pub_date is not None and doc.pub_date < start.isoformat():
            finding = outside_window(finding, f"评估窗口 {start.isoformat()} 之前发布", window_start=start.isoformat())
        if finding is not None:
            findings.append(finding)
    return findings


# Crawl outcomes of an observed page: what it says (or that it is gone) is known.
_OBSERVED = ("ok", "not_found", "soft_404", "wrong_type")
# ... and a page address answering a file (download.jspx?attachGuid=…): read, and no page.
_READ = (*_OBSERVED, "not_html")


def _unread_items(site: SiteModel, lists: list[Column]) -> list[ListItem]:
    """Items of the 解读 lists on the column's own host whose page was never observed (a budget
    cut them, or the fetch was refused): each may be the interpretation of a document."""
    observed = {p.url for p in site.pages if p.outcome in _OBSERVED}  # keyed by the site's scheme (builder._as_fetched)
    return [item for c in lists for item in c.items if item.url and item.url not in observed
            and other_scheme(item.url) not in observed and urlsplit(item.url).netloc == urlsplit(c.url).netloc]


def _unfollowed_links(site: SiteModel) -> dict[str, int]:
    """Documents whose links the crawl did not all read, by URL, with how many: a link fetched and
    not read (a WAF's challenge, a timeout, a server error), or, when the crawl was cut short (see
    unseen_pages), never fetched. Such a link may be the page it should link (its interpretation,
    or another address of its document: VSB's content.jsp?…wbnewsid=N for /info/…/N.htm), so
    its absence is unobserved."""
    outcome = {p.url: p.outcome for p in site.pages}
    cut = unseen_pages(site) is not None
    counts = {d.url: sum(1 for t in d.links_to if (cut if t not in outcome else outcome[t] not in _READ))
              for d in site.documents}
    return {url: n for url, n in counts.items() if n}


def _judge(doc: Document, rels: list[Interpretation], params: dict[str, Any], lists: list[Column],
           unread: list[ListItem], unfollowed: dict[str, int], unlisted: str | None) -> Finding | None:
    """The finding on one document, or None when this rule has nothing to say about it."""
    data = {"kind": doc.kind, "interpretations": [r.interpretation_url for r in rels], "directions": [r.direction for r in rels]}
    title = f"《{doc.title}》"
    if params["require"] == "present":
        if rels:
            return Finding("pass", doc.url, doc.url, f"文件{title}有政策解读。", doc.evidence, data)
        if doc.related_slot == "script_unobserved":
            return Finding("incomplete", doc.url, doc.url, f"文件{title}的相关解读由脚本加载，未能观察到。", doc.evidence, data)
        # Its interpretation, published on or after it, may sit on unobserved pages of a 解读 list.
        if unseen := next((c for c in lists if not would_be_seen(c, doc.pub_date or "")), None):
            msg = f"未找到文件{title}的政策解读；{unobserved_note(unseen)}，其解读可能在其中。"
            return Finding("incomplete", doc.url, doc.url, msg, doc.evidence, {**data, "unobserved_list": unseen.url})
        if unlisted:
            msg = f"未找到文件{title}的政策解读；未观察到政策解读栏目（{unlisted}），其解读可能在未抓取的页面中。"
            return Finding("incomplete", doc.url, doc.url, msg, doc.evidence, data)
        # An interpretation is published with or after its document: a later (or undated) item unread may be it.
        if pending := [i.url for i in unread if not (i.date and doc.pub_date) or i.date >= doc.pub_date]:
            msg = f"未找到文件{title}的政策解读；解读栏目中另有 {len(pending)} 篇未能抓取（如受抓取预算所限），其解读可能在其中。"
            return Finding("incomplete", doc.url, doc.url, msg, doc.evidence, {**data, "unread_items": pending[:5]})
        # A page the document links that could not be read (a WAF's challenge, a timeout) may be its interpretation.
        if n := unfollowed.get(doc.url):
            msg = f"未找到文件{title}的政策解读；该页另有 {n} 个链接未能打开（被拦截、超时、出错或抓取未完成），其解读可能在其中。"
            return Finding("incomplete", doc.url, doc.url, msg, doc.evidence, {**data, "unfollowed_links": n})
        return Finding("fail", doc.url, doc.url, f"文件{title}没有对应的政策解读。", doc.evidence, data)
    if not rels:
        return None  # absence is the "present" rule's finding
    if params["require"] == "timely":
        return _timeliness(doc, rels, params["max_lag_working_days"], data)
    if any(r.direction == "both" for r in rels):
        return Finding("pass", doc.url, doc.url, f"文件{title}与其解读相互链接。", doc.evidence, data)
    if doc.related_slot == "script_unobserved":
        return Finding("incomplete", doc.url, doc.url, f"文件{title}的相关解读由脚本加载，未能确认是否链接到解读。", doc.evidence, data)
    from_doc = all(r.direction in ("interpretation_to_document", "unlinked") for r in rels)
    missing = "文件页未链接到解读" if from_doc else "解读页未链接到文件"
    if n := sum(unfollowed.get(url, 0) for url in ([doc.url] if from_doc else [r.interpretation_url for r in rels])):
        msg = f"未能确认文件{title}与解读相互关联（{missing}）：该页另有 {n} 个链接未能打开（被拦截、超时、出错或抓取未完成），可能是相应页面的其他地址。"
        return Finding("incomplete", doc.url, doc.url, msg, doc.evidence, {**data, "unfollowed_links": n})
    return Finding("fail", doc.url, doc.url, f"文件{title}与解读未相互关联：{missing}。", doc.evidence, data)


INTERPRETATION_LINKS = CheckKind(
    name="interpretation_links",
    doc="范围内的文件（按类型）有政策解读（present），文件与解读双向链接（bidirectional），或解读及时发布（timely）；"
        "评估窗口（within）之前发布的文件有问题时仍列出，标为窗口外、不计分。",
    params={
        "kinds": Param(list, ["normative", "policy"], validator=_kinds, doc="需要解读的文件类型：normative（行政规范性文件）、policy（政策文件）"),
        "numbered_only": Param(list, ["policy"], validator=_kinds, doc="这些类型只检查有发文字号的文件"),
        "own_documents_only": Param(bool, True, doc="只检查本地区机关发布的文件；发文机关为国家机关或其他地区机关的转载文件不检查（谁起草谁解读）"),
        "within": Param(str, "24m", validator=lambda v: v == ALL or parse_age(v),
                        doc="评估窗口：基准日前多久内发布的文件计分，如 24m、1y；all 表示全部"),
        "require": Param(str, "present", validator=one_of("present", "bidirectional", "timely"), doc="present | bidirectional | timely"),
        "max_lag_working_days": Param(int, 3, doc="require: timely 时，解读晚于文件发布的最多工作日数（按国家法定节假日和调休计算）"),
    },
    run=_interpretation_links,
)
