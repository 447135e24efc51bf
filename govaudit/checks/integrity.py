"""Data quality: dates that cannot be trusted (regeneration piles, meta vs visible dates)."""

from __future__ import annotations

from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param, one_of
from govaudit.model.types import SiteModel


def _dates(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    findings = []
    for column in site.columns:
        if column.state != "listed":
            continue
        data = {"column": column.name, "piles": [{"date": p.date, "count": p.count, "total": p.total, "source": p.source, "urls": p.urls} for p in column.date_piles],
                "mismatches": len(column.date_mismatches)}
        problems = []
        for pile in column.date_piles:
            where = {"list": "列表日期", "meta": "页面 PubDate 元数据", "shown": "页面显示的发布日期"}[pile.source]
            problems.append(f"{pile.count}/{pile.total} 条信息的{where}同为 {pile.date}（疑似页面重新生成时间）")
        if column.date_mismatches:
            m = column.date_mismatches[0]
            problems.append(f"{len(column.date_mismatches)} 篇文件的 PubDate 元数据与页面显示日期不一致（如 {m.url}：PubDate {m.meta}，页面 {m.visible}）")
        if problems:
            msg = f"栏目“{column.name}”的日期不可靠：{'；'.join(problems)}。"
            findings.append(Finding(params["status"], column.url, column.url, msg, column.evidence, data))
        else:
            findings.append(Finding("pass", column.url, column.url, f"栏目“{column.name}”的日期未见异常。", column.evidence, data))
    return findings


DATE_INTEGRITY = CheckKind(
    name="date_integrity",
    doc="栏目日期可信：没有大量条目堆积在同一天（内容管理系统重新生成页面的时间），文件的 PubDate 元数据与页面显示日期一致。",
    params={"status": Param(str, "warn", validator=one_of("warn", "fail"), doc="发现问题时的结果：warn（数据质量提示）或 fail")},
    run=_dates,
)
