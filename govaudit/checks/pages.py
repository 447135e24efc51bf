"""Page meta tags of the Government Website Development Guide (网页设计规范)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param
from govaudit.model.types import Evidence, Page, SiteModel

_GROUPS = {"site": "页面", "column": "栏目页", "article": "文章页"}


def _problems(page: Page, tags: list[str], pubdate: re.Pattern[str] | None) -> list[str]:
    missing = [t for t in tags if not page.meta_tags.get(t)]
    if pubdate is not None and page.meta_tags.get("PubDate") and not pubdate.search(page.meta_tags["PubDate"]):
        missing.append("PubDate格式")
    return missing


def _meta_tags(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    pubdate = re.compile(params["pubdate_pattern"])
    groups = (("site", ("home", "hub", "column", "document", "static"), params["site_tags"], None),
              ("column", ("column",), params["column_tags"], None),
              ("article", ("document",), params["article_tags"], pubdate))
    findings = []
    frames = {*site.home_frames, *site.fragments}
    for group, kinds, tags, pattern in groups:
        # A page without an HTML charset is a data answer (a list API's JSON): no <head> to tag.
        # A frame of the home page is a part of it: the frameset document carries the home's tags; a fragment a
        # script loads into its page (a list block's later page) has no <head> of its own.
        pages = [p for p in site.pages if p.kind in kinds and p.outcome == "ok" and p.charset is not None and p.url not in frames]
        failing: dict[tuple[str, ...], list[Page]] = defaultdict(list)
        for page in pages:
            if problems := _problems(page, tags, pattern):
                failing[tuple(problems)].append(page)
        label = _GROUPS[group]
        for problems, bad in sorted(failing.items()):
            examples = [p.url for p in bad[: params["max_examples"]]]
            msg = f"{len(bad)} 个{label}缺少或写错元数据标签：{'、'.join(problems)}（如 {examples[0]}）。"
            findings.append(Finding("fail", f"meta-tags:{group}:{'+'.join(problems)}", bad[0].url, msg, bad[0].evidence,
                                    {"pages": len(bad), "examples": examples, "tags": list(problems)}))
        ok = len(pages) - sum(map(len, failing.values()))
        if ok:
            findings.append(Finding("pass", f"meta-tags:{group}", site.site, f"{ok} 个{label}的元数据标签齐全（{'、'.join(tags)}）。",
                                    Evidence(url=site.site), {"pages": ok}))
    return findings


META_TAGS = CheckKind(
    name="meta_tags",
    doc="页面带有网页设计规范要求的元数据标签：所有页面的网站标签，栏目页的栏目标签，文章页的文章标签（PubDate 格式为 YYYY-MM-DD HH:MM）。按缺失的标签分组报告。",
    params={
        "site_tags": Param(list, ["SiteName", "SiteDomain", "SiteIDCode"], doc="所有页面必备"),
        "column_tags": Param(list, ["ColumnName", "ColumnDescription", "ColumnKeywords", "ColumnType"], doc="栏目（列表）页必备"),
        "article_tags": Param(list, ["ArticleTitle", "PubDate", "ContentSource"], doc="文章页必备"),
        "pubdate_pattern": Param(str, r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}", validator=re.compile, doc="PubDate 的格式"),
        "max_examples": Param(int, 5, doc="每组列出的示例页面数"),
    },
    run=_meta_tags,
)
