"""Link health: same-site links whose targets are missing or erroring."""

from __future__ import annotations

from collections import Counter
from itertools import compress
from operator import and_, gt
from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param, one_of
from govaudit.model.linktable import link_columns
from govaudit.model.types import Evidence, Link, SiteModel

_KIND_LABEL = {"page": "页面链接", "attachment": "附件", "image": "图片"}
# Why a link is broken when its HTTP status alone does not say (a status-200 error page).
_FETCH_LABEL = {"soft_404": "返回“页面不存在”类错误页面", "wrong_type": "返回的是网页而不是文件",
                "redirect_loop": "重定向循环"}  # a meta-refresh loop ends on a status 200: "HTTP 200" would mislead
# Why a link has no verdict: the site refused the crawler, sent it to the home page, or did not
# answer it (after retries); the page may well work for a visitor.
_REFUSED = {"blocked": "被网站防护拦截（WAF）或要求验证、登录", "redirect_home": "重定向到网站首页", "home_copy": "返回的是网站首页的内容",
            "redirect_offsite_home": "重定向到其他网站的首页",
            "timeout": "多次请求均超时", "unreachable": "连接被重置或无法建立",
            "tls_error": "TLS 握手或证书校验失败（可能使用国密证书或旧版协议）"}
_REFUSED_STATUS = {401: "要求登录（HTTP 401）", 403: "拒绝了抓取程序的访问（HTTP 403，可能是防护或访问限制）"}
_UNAVAILABLE = "服务器暂时无法响应（HTTP {}，重试后仍未成功）"  # 502/503/504
_JUDGED = ("broken", "blocked")  # outcomes with a finding each; "ok" is counted, any other is not checked


def why_undecided(link: Link) -> str:
    """Why a link not ok has no verdict (refused, sent home, unanswered), as a report's words."""
    if link.fetch_outcome == "http_error" and link.status:
        return _REFUSED_STATUS.get(link.status) or _UNAVAILABLE.format(link.status)
    return _REFUSED.get(link.fetch_outcome or "", _REFUSED["blocked"])


def why_broken(link: Link) -> str:
    """Why a broken link is broken (its status, or the answer in its place), as a report's words."""
    if link.fetch_outcome in _FETCH_LABEL:
        return _FETCH_LABEL[link.fetch_outcome]
    return f"HTTP {link.status}" if link.status else "无法访问"


def _link_health(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    links = link_columns(site.links)  # read as columns: a large site has ~300,000 links, a few not ok
    keep = links.mask("kind", params["kinds"])
    if params["sources"] != "all":
        on_home = links.mask("source", site.home_urls())
        keep = bytes(map(and_ if params["sources"] == "homepage" else gt, keep, on_home))  # (gt: kept, not on home)
    # A target is judged by its first link (as the links are listed).
    targets, outcomes = list(compress(links.target, keep)), list(compress(links.outcome, keep))
    outcome_of = dict(zip(reversed(targets), reversed(outcomes)))
    del targets, outcomes
    counts = Counter(outcome_of.values())
    ok, unchecked = counts.pop("ok", 0), sum(n for o, n in counts.items() if o not in _JUDGED)
    judged = sorted(compress(outcome_of, map(_JUDGED.__contains__, outcome_of.values())))
    first: dict[str, int] = {}
    sources: dict[str, set[str]] = {}
    for row in links.where("target", judged) if judged else ():
        if keep[row]:
            first.setdefault(links.target[row], row)
            sources.setdefault(links.target[row], set()).add(links.source[row])
    pages = {p.url: p for p in site.pages}
    findings = []
    for target in judged:
        link, linked_from = links[first[target]], sorted(sources[target])
        source = pages.get(linked_from[0])
        evidence = source.evidence if source else Evidence(url=linked_from[0])
        label = _KIND_LABEL.get(link.kind, "链接")
        data = {"target": target, "status": link.status, "sources": linked_from, "anchor": link.text,
                "fetch_outcome": link.fetch_outcome}
        if link.outcome == "broken":
            msg = f"{label}“{link.text or target}”不可用（{why_broken(link)}），出现在 {len(linked_from)} 个页面。"
            findings.append(Finding("fail", target, target, msg, evidence, data))
        else:
            msg = f"{label}“{target}”{why_undecided(link)}，无法判断是否可用，需人工核实。"
            findings.append(Finding("incomplete", target, target, msg, evidence, data))
    root = Evidence(url=site.site)
    if ok:
        findings.append(Finding("pass", "links:ok", site.site, f"{ok} 个站内{'、'.join(_KIND_LABEL[k] for k in params['kinds'])}可以正常访问。", root, {"count": ok}))
    if unchecked:
        findings.append(Finding("incomplete", "links:not_checked", site.site, f"{unchecked} 个站内链接因抓取预算或 robots.txt 未检查。", root, {"count": unchecked}))
    return findings


LINK_HEALTH = CheckKind(
    name="link_health",
    doc="站内链接（页面、附件或图片）目标可以访问；被防护拦截、要求登录、服务器暂时无法响应或超时的记为证据不足而非失效。",
    params={
        "kinds": Param(list, ["page"], doc="链接类型：page、attachment、image"),
        "sources": Param(str, "all", validator=one_of("all", "homepage", "others"),
                         doc="只看首页上的链接（homepage）、首页以外的链接（others）或全部（all）"),
    },
    run=_link_health,
)
