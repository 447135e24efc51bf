"""Policy interpretations (政策解读): each document in scope has one, linked both ways."""

from __future__ import annotations

from datetime import date
from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param, iso_date, one_of
from govaudit.model.types import Document, Interpretation, SiteModel
from govaudit.workdays import working_days_after


def _in_scope(doc: Document, params: dict[str, Any]) -> bool:
    since = params["since"]
    return doc.kind in params["kinds"] and (doc.pub_date is None or doc.pub_date >= since)


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
    findings = []
    for doc in site.documents:
        if not _in_scope(doc, params):
            continue
        rels = relations.get(doc.url, [])
        data = {"interpretations": [r.interpretation_url for r in rels], "directions": [r.direction for r in rels]}
        title = f"《{doc.title}》"
        if params["require"] == "present":
            if rels:
                findings.append(Finding("pass", doc.url, doc.url, f"文件{title}有政策解读。", doc.evidence, data))
            elif doc.related_slot == "script_unobserved":
                findings.append(Finding("incomplete", doc.url, doc.url, f"文件{title}的相关解读由脚本加载，未能观察到。", doc.evidence, data))
            else:
                findings.append(Finding("fail", doc.url, doc.url, f"文件{title}没有对应的政策解读。", doc.evidence, data))
            continue
        if not rels:
            continue  # absence is the "present" rule's finding
        if params["require"] == "timely":
            findings.append(_timeliness(doc, rels, params["max_lag_working_days"], data))
            continue
        if any(r.direction == "both" for r in rels):
            findings.append(Finding("pass", doc.url, doc.url, f"文件{title}与其解读相互链接。", doc.evidence, data))
        elif doc.related_slot == "script_unobserved":
            findings.append(Finding("incomplete", doc.url, doc.url, f"文件{title}的相关解读由脚本加载，未能确认是否链接到解读。", doc.evidence, data))
        else:
            missing = "文件页未链接到解读" if all(r.direction in ("interpretation_to_document", "unlinked") for r in rels) else "解读页未链接到文件"
            findings.append(Finding("fail", doc.url, doc.url, f"文件{title}与解读未相互关联：{missing}。", doc.evidence, data))
    return findings


INTERPRETATION_LINKS = CheckKind(
    name="interpretation_links",
    doc="范围内的文件（按类型和发布日期）有政策解读（present），文件与解读双向链接（bidirectional），或解读及时发布（timely）。",
    params={
        "kinds": Param(list, ["normative"], doc="需要解读的文件类型"),
        "since": Param(str, "2018-01-01", validator=iso_date, doc="只检查此日期及以后发布的文件"),
        "require": Param(str, "present", validator=one_of("present", "bidirectional", "timely"), doc="present | bidirectional | timely"),
        "max_lag_working_days": Param(int, 3, doc="require: timely 时，解读晚于文件发布的最多工作日数（按国家法定节假日和调休计算）"),
    },
    run=_interpretation_links,
)
