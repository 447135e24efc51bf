"""Link health: same-site links whose targets are missing or erroring."""

from __future__ import annotations

from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param, one_of
from govaudit.model.types import Evidence, Link, SiteModel

_KIND_LABEL = {"page": "页面链接", "attachment": "附件", "image": "图片"}
# Why a link is broken when its HTTP status alone does not say (a status-200 error page).
_FETCH_LABEL = {"soft_404": "返回“页面不存在”类错误页面", "wrong_type": "返回的是网页而不是文件"}


def _why(link: Link) -> str:
    if link.fetch_outcome in _FETCH_LABEL:
        return _FETCH_LABEL[link.fetch_outcome]
    return f"HTTP {link.status}" if link.status else "无法访问"


def _link_health(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    pages = {p.url: p for p in site.pages}
    by_target: dict[str, list[Link]] = {}
    home = {site.site, site.crawl.start_url}
    for link in site.links:
        on_home = link.source in home
        if link.kind in params["kinds"] and params["sources"] in ("all", "homepage" if on_home else "others"):
            by_target.setdefault(link.target, []).append(link)
    findings = []
    ok = unchecked = 0
    for target, links in sorted(by_target.items()):
        outcome = links[0].outcome
        sources = sorted({l.source for l in links})
        source = pages.get(sources[0])
        evidence = source.evidence if source else Evidence(url=sources[0])
        label = _KIND_LABEL.get(links[0].kind, "链接")
        data = {"target": target, "status": links[0].status, "sources": sources, "anchor": links[0].text,
                "fetch_outcome": links[0].fetch_outcome}
        if outcome == "broken":
            msg = f"{label}“{links[0].text or target}”不可用（{_why(links[0])}），出现在 {len(sources)} 个页面。"
            findings.append(Finding("fail", target, target, msg, evidence, data))
        elif outcome == "blocked":
            msg = f"{label}“{target}”被网站防护拦截（WAF），无法判断是否可用。"
            findings.append(Finding("incomplete", target, target, msg, evidence, data))
        elif outcome == "ok":
            ok += 1
        else:
            unchecked += 1
    root = Evidence(url=site.site)
    if ok:
        findings.append(Finding("pass", "links:ok", site.site, f"{ok} 个站内{'、'.join(_KIND_LABEL[k] for k in params['kinds'])}可以正常访问。", root, {"count": ok}))
    if unchecked:
        findings.append(Finding("incomplete", "links:not_checked", site.site, f"{unchecked} 个站内链接因抓取预算或 robots.txt 未检查。", root, {"count": unchecked}))
    return findings


LINK_HEALTH = CheckKind(
    name="link_health",
    doc="站内链接（页面、附件或图片）目标可以访问；被防护拦截的记为证据不足而非失效。",
    params={
        "kinds": Param(list, ["page"], doc="链接类型：page、attachment、image"),
        "sources": Param(str, "all", validator=one_of("all", "homepage", "others"),
                         doc="只看首页上的链接（homepage）、首页以外的链接（others）或全部（all）"),
    },
    run=_link_health,
)
