"""Column checks: freshness by column class, and empty columns."""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from datetime import date, datetime, timedelta
from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param, age_label, class_list, parse_age, subtract_age
from govaudit.model.extract.dates import url_date
from govaudit.model.types import Column, SiteModel


class _RowPages:
    """What the site's pages say of list rows, gathered once a run and only when asked (most columns
    never ask): the documents that show their own date, and the kind of each page fetched."""

    def __init__(self, site: SiteModel) -> None:
        self._site = site

    @cached_property
    def dated(self) -> frozenset[str]:
        return frozenset(d.url for d in self._site.documents if d.pub_date and d.pub_date_source in ("visible", "metadata"))

    @cached_property
    def kinds(self) -> dict[str, str]:
        return {p.url: p.kind for p in self._site.pages if p.outcome == "ok"}

    def undated_by_documents(self, column: Column) -> int:
        """For a column dated by its documents: how many of its rows whose list date is no evidence
        (on a regeneration pile, or none) have no document showing its own date (the page was read
        as something else, or not fetched). 0 for a column dated by its list."""
        if column.newest_source != "documents":
            return 0
        piles = {p.date for p in column.date_piles}
        return sum(1 for i in column.items if i.url and (i.date is None or i.date in piles) and i.url not in self.dated)

    @cached_property
    def script_dated(self) -> frozenset[str]:
        """Documents whose date a script writes, not rendered: their date was not observed."""
        return frozenset(d.url for d in self._site.documents if d.pub_date_source == "script")

    def read_otherwise(self, column: Column) -> int:
        """How many of the column's rows link a page of the site that was fetched but not read as an
        article (a hub, a static page …) or whose date a script writes unrendered: its own date, if it
        shows one, was not read."""
        return sum(1 for i in column.items if i.url and i.url != column.url
                   and (self.kinds.get(i.url, "document") != "document" or i.url in self.script_dated))


def _finding(column: Column, status: str, message: str, **data: Any) -> Finding:
    return Finding(status, column.url, column.url, message, column.evidence, {"column": column.name, **data})


def _unseen_why(column: Column) -> str:
    """Why a column's list was not observed: the model's note (only later pages fetched, a
    failed fetch …), else a list its scripts load."""
    return f"（{column.note}）" if column.note else "的列表由脚本加载"


def latest_possible(site: SiteModel) -> str | None:
    """The last day a page of the site could be dated: the crawl's last day (its stamps are
    Asia/Shanghai) and a day's grace. A later date is a typo (2062 for 2026), no update."""
    stamp = site.crawl.finished_at or site.crawl.started_at
    return (datetime.fromisoformat(stamp).date() + timedelta(days=1)).isoformat() if stamp else None


def past_newest(column: Column, latest: str | None) -> tuple[Column, str | None]:
    """`column` dated by its newest row no later than `latest`, and the impossible date it showed
    (None when it showed none)."""
    if latest is None or not column.newest_date or column.newest_date <= latest:
        return column, None
    rows = [i for i in column.items if i.date and i.date <= latest]
    row = max(rows, key=lambda i: i.date or "", default=None)
    return replace(column, newest_date=row.date if row else None, newest_url=row.url if row else None), column.newest_date


def newest_url_date(column: Column, latest: str | None) -> date | None:
    """The newest date its rows' addresses carry (tYYYYMMDD_, /art/Y/M/D/), none later than `latest`.
    The weakest date (often a republication's), never a pass; but a column whose rows' dates are
    unread (shown as 20260928, 26-09-28 …) and whose addresses say it is recent is not seen stale."""
    dates = [d for i in column.items if i.url and (d := url_date(i.url)) is not None and (latest is None or d.isoformat() <= latest)]
    return max(dates, default=None)


def _freshness(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    fail_before = subtract_age(ctx.as_of, params["max_age"])
    warn_before = subtract_age(ctx.as_of, params["warn_age"]) if params["warn_age"] else None
    latest = latest_possible(site)
    rows = _RowPages(site)
    findings = []
    for column in site.columns:
        cls = ctx.column_class(column.name, column.url)
        if cls not in params["classes"] or column.state == "empty":  # empty columns have their own rule
            continue
        if params["levels"] and column.level not in params["levels"]:
            continue
        if column.state == "not_observed":
            findings.append(_finding(column, "incomplete", f"栏目“{column.name}”{_unseen_why(column)}，未能观察到条目，无法判断更新情况。", column_class=cls))
            continue
        if column.newest_is_pile:  # a regeneration stamp is no evidence of an update
            msg = f"栏目“{column.name}”最新日期 {column.newest_date} 上堆积了大量条目（疑似页面重新生成时间），无法据此判断更新情况。"
            findings.append(_finding(column, "incomplete", msg, column_class=cls, newest_date=column.newest_date))
            continue
        column, impossible = past_newest(column, latest)
        typo = f"（最新一条日期 {impossible} 晚于抓取日期，疑为录入错误，不计）" if impossible else ""
        if impossible and column.newest_date is None:
            msg = f"栏目“{column.name}”{typo}，其余条目没有可用日期，无法判断更新情况。"
            findings.append(_finding(column, "incomplete", msg, column_class=cls, impossible_date=impossible))
            continue
        if column.newest_date is None:
            addressed = newest_url_date(column, latest)
            if params["undated_counts_as_stale"] and (unread := rows.read_otherwise(column)):
                # The rows' pages may show their dates (a picture list's articles do): pages read as
                # something other than an article are no evidence that the column has no dates.
                msg = (f"栏目“{column.name}”的条目没有日期，其中 {unread} 篇条目页面未能识别为文章"
                       "或发布日期由脚本写出，未能读取其发布日期，无法判断更新情况。")
                findings.append(_finding(column, "incomplete", msg, column_class=cls, rows_unread=unread))
            elif params["undated_counts_as_stale"] and (addressed is None or addressed < fail_before):
                findings.append(_finding(column, "fail", f"栏目“{column.name}”的条目均无可识别的发布日期，视为未更新。", column_class=cls))
            elif addressed is not None:
                msg = (f"栏目“{column.name}”的条目没有可识别的发布日期，但其网址中的日期（最新 {addressed.isoformat()}）"
                       "在更新期限内（日期可能以无法识别的格式显示），无法判断更新情况。")
                findings.append(_finding(column, "incomplete", msg, column_class=cls, newest_url_date=addressed.isoformat()))
            else:
                findings.append(_finding(column, "incomplete", f"栏目“{column.name}”的条目均无可识别的发布日期，无法判断更新情况。", column_class=cls))
            continue
        newest = date.fromisoformat(column.newest_date)
        age = (ctx.as_of - newest).days
        data = {"column_class": cls, "newest_date": column.newest_date, "newest_url": column.newest_url, "age_days": age}
        if impossible:
            data["impossible_date"] = impossible
        if newest < fail_before and (unread := rows.undated_by_documents(column)):
            # Dated by its documents (the list's dates a regeneration pile): a row whose page showed no
            # date of its own may be the newest, so an old newest is no proof of staleness.
            msg = (f"栏目“{column.name}”列表日期疑似页面重新生成时间，按文章页日期最新为 {column.newest_date}，"
                   f"但有 {unread} 篇文章未能读取其发布日期，无法判断是否超过 {age_label(params['max_age'])}的更新期限。")
            findings.append(_finding(column, "incomplete", msg, **data, rows_undated=unread))
        elif newest < fail_before:
            msg = f"栏目“{column.name}”最新信息发布于 {column.newest_date}{typo}，距评估基准日 {age} 天，超过 {age_label(params['max_age'])}的更新期限。"
            findings.append(_finding(column, "fail", msg, **data))
        elif warn_before is not None and newest < warn_before:
            msg = f"栏目“{column.name}”最新信息发布于 {column.newest_date}{typo}，已 {age} 天未更新，即将超期。"
            findings.append(_finding(column, "warn", msg, **data))
        else:
            findings.append(_finding(column, "pass", f"栏目“{column.name}”最新信息发布于 {column.newest_date}{typo}。", **data))
    return findings


COLUMN_FRESHNESS = CheckKind(
    name="column_freshness",
    doc="栏目最新一条信息的发布日期不早于基准日前 max_age；按栏目类别（栏目名称匹配）选择栏目。",
    params={
        "classes": Param(list, doc="栏目类别 id 列表，见 column-classes.yaml", class_ids=class_list),
        "max_age": Param(str, validator=parse_age, doc="更新期限，如 14d、6m、1y"),
        "warn_age": Param((str, type(None)), None, doc="预警期限（即将超期），如 10d", validator=lambda v: v is None or parse_age(v)),
        "undated_counts_as_stale": Param(bool, True, doc="条目均无日期时视为未更新（2015 年普查口径）；条目网址中的日期在期限内时为无法判断（日期可能以无法识别的格式显示）"),
        "levels": Param(list, [], doc="只检查这些栏目层级（1 = 首页或公开枢纽页直接链接的一级栏目）；空表示全部"),
    },
    run=_freshness,
)


def _empty(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    findings = []
    for column in site.columns:
        if ctx.column_class(column.name, column.url) in params["exclude_classes"]:
            continue
        if column.state == "empty":
            findings.append(_finding(column, "fail", f"栏目“{column.name}”没有任何信息（空白栏目）。"))
        elif column.state == "not_observed":
            findings.append(_finding(column, "incomplete", f"栏目“{column.name}”{_unseen_why(column)}，未能确认是否为空白栏目。"))
        else:
            findings.append(_finding(column, "pass", f"栏目“{column.name}”有 {len(column.items)} 条信息。", items=len(column.items)))
    return findings


COLUMN_EMPTY = CheckKind(
    name="column_empty",
    doc="栏目列表页至少有一条信息；导航页（枢纽页）不算栏目。",
    params={"exclude_classes": Param(list, [], doc="不检查的栏目类别 id", class_ids=class_list)},
    run=_empty,
)
