"""The audit gate: was the site audited at all, and which evidence did the crawl not reach.

No grade without an audit: the start page must be an HTML page of the site, the crawl must
have observed the 政府信息公开 / 政务公开 hub and a share (profile `min_column_share`) of the
columns the home page and the hub link to. A column whose page could not be fetched becomes
a column the model could not observe, so column rules say `incomplete` for it, and counts over
them (the veto items) stay undecided instead of counting only what the crawl happened to see.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import compress
from operator import and_
from typing import Any
from urllib.parse import urlsplit

from govaudit.checks.base import Finding
from govaudit.crawl import outcomes
from govaudit.crawl.frontier import classify as link_class, document_url
from govaudit.htmlvocab import more_text
from govaudit.model.linktable import link_columns
from govaudit.model.types import UNPARSED, BudgetCut, Column, Evidence, Link, Page, SiteModel
from govaudit.urls import link_kind, registrable_domain
from govaudit.vocab import DISCLOSURE_COLUMN_WORDS, DISCLOSURE_HUB_WORDS, VERDICT_LABELS

# Crawl outcomes that mean the page was observed: a 404, or a status-200 error page, is an
# observed fact (a broken link), not evidence the crawl missed.
_OBSERVED = (outcomes.OK, outcomes.NOT_FOUND, outcomes.SOFT_404, outcomes.WRONG_TYPE)
# Why a page was not observed, by crawl outcome (stop reasons are in STOP_REASONS).
OUTCOME_LABELS = {
    "not_found": "页面不存在（404/410）", "soft_404": "返回“页面不存在”之类的错误页", "wrong_type": "文件地址返回的是网页",
    "http_error": "服务器返回错误", "blocked": "被防火墙（WAF）拦截或要求验证、登录",
    "redirect_home": "重定向到网站首页，不是所链接的页面",
    "home_copy": "返回的是网站首页的内容，不是所链接的页面",
    "timeout": "服务器响应超时", "unreachable": "无法连接服务器或连接中断", "tls_error": "TLS 证书或握手失败",
    "too_large": "页面过大未完整读取", "not_html": "返回的不是网页（如纯文本或下载文件）", "blank": "返回空白页面", "redirect_loop": "重定向循环", "robots_disallowed": "robots.txt 禁止抓取",
    "error": "抓取出错", "not_fetched": "抓取在到达该页面前停止",
    UNPARSED: "本工具未能解析该页面（程序错误，已在日志中记录）",
    "offsite": "位于其他网站，未抓取（可用 --allow-host 加入）",
    "redirected_offsite": "重定向到其他网站，未作为本站页面读取（可用 --allow-host 加入）",
    "twin_host": "链接到本站带或不带 www 的另一主机名，未抓取，需人工核实",
}
# Crawl priority classes (crawl/frontier.py RANKS), for what a budget left out.
_CLASS_LABELS = {"home": "首页", "hub": "导航和公开专栏页", "column": "栏目页", "pagination": "列表后续页",
                 "document": "文件和文章页", "attachment": "附件", "image": "图片"}


def budget_note(cut: BudgetCut) -> str:
    """One sentence for the reports: how many URLs the crawl budgets left unfetched, of which
    classes, how many of disclosure columns, and examples."""
    parts = []
    for label, n in sorted(cut.cut.items(), key=lambda kv: (-kv[1], kv[0])):
        disclosure = label.startswith("disclosure_")
        name = _CLASS_LABELS.get(label.removeprefix("disclosure_"), label.removeprefix("disclosure_"))
        parts.append(f"{'政务公开栏目的' if disclosure else ''}{name} {n} 个")
    examples = f"，例如 {'、'.join(cut.examples[:3])}" if cut.examples else ""
    return (f"抓取结束时还有 {cut.total} 个已发现的网址未抓取（--max-pages / --max-checks / --max-time 所限），"
            f"其中政务公开栏目的 {cut.disclosure} 个：{'；'.join(parts)}{examples}。")


def stop_note(reason: str) -> str:
    """The reports' sentence for the crawl's stop reason (the snapshot keeps its code, host_down …)."""
    return f"抓取提前停止：{STOP_REASONS[reason]}" if reason in STOP_REASONS else reason


def unread_note(site: SiteModel) -> str | None:
    """One sentence for the reports when some fetched site pages could not be read (a WAF or a
    rate limit that set in mid-crawl, a failing backend): how many, why, and what that means."""
    failed = _pages_unobserved(site)
    if not failed:
        return None
    whys = Counter(OUTCOME_LABELS.get(p.outcome, p.outcome) for p in failed)
    parts = "；".join(f"{why} {n} 个" for why, n in sorted(whys.items(), key=lambda kv: (-kv[1], kv[0])))
    return (f"抓取的页面中有 {len(failed)} 个未能读取（{parts}，例如 {failed[0].url}），"
            "其中的内容未经检查，相关检查判为证据不足，不作为通过或不通过的依据。")


STOP_REASONS = {"max_pages": "达到页面数量上限（--max-pages）", "max_time": "达到抓取时间上限（--max-time）",
                "max_depth": "达到链接层级上限（--max-depth）", "host_down": "服务器中途停止响应",
                "interrupted": "抓取被中断", "error": "抓取出错中止"}
_INDEX_PAGE = re.compile(r"/(?:index|default|list|more)[^/]*\.\w+$", re.I)
# Check kinds whose failure rests on never having seen a counter-example (a fresher column, a
# report, a section): from a crawl that stopped early such a failure is undecided, not a fact.
OVERTURNABLE = frozenset({"site_freshness", "annual_report_presence", "section_present", "recent_document", "linked_pair"})
# Check kinds judging fetched documents and links: a crawl that stopped early left some unjudged.
DOCUMENT_KINDS = frozenset({"document_fields", "interpretation_links", "link_health", "annual_report_timeliness",
                            "annual_report_structure", "annual_report_tables", "meta_tags"})
CUT_SUBJECT = "crawl:cut"
# Check kinds judging the documents of a column, with the words naming such a column and what it
# holds: a column of that name the crawl did not observe left its documents unjudged.
_ANNUAL = (("年报", "年度报告"), "年度报告")
# A 解读 column counts for the interpretation rules: its pages are their other side.
_COLUMN_DOCUMENT_KINDS = {"document_fields": (("文件",), "文件"), "interpretation_links": (("文件", "解读"), "文件或解读"),
                          "annual_report_timeliness": _ANNUAL, "annual_report_structure": _ANNUAL,
                          "annual_report_tables": _ANNUAL}
# Of those, the kinds whose documents are known only by their page (annual reports seen only in a
# list are judged from the list already): a listed document whose page failed is unjudged.
_LISTED_DOCUMENT_KINDS = frozenset({"document_fields", "interpretation_links"})
# Overturnable kinds that look for their counter-example in the named place themselves (the
# annual-report list of the organ): a column of another name not observed does not overturn them.
_OVERTURNED_BY_ANY_COLUMN = OVERTURNABLE - {"annual_report_presence"}


@dataclass(frozen=True)
class Unreached:
    url: str
    name: str
    source: str  # the page that links to it
    why: str  # crawl outcome code, or not_fetched


@dataclass(frozen=True)
class Gate:
    """The audit gate's decision and what it rests on."""

    code: str  # audited | not_audited | incomplete
    reasons: list[dict[str, str]] = field(default_factory=list)  # {code, message}
    start: dict[str, Any] = field(default_factory=dict)
    hub: str | None = None
    linked: list[str] = field(default_factory=list)  # column URLs the home page and hub link to
    unreached: list[Unreached] = field(default_factory=list)
    min_share: float = 0.0
    stopped: str | None = None  # the crawl's stop reason when it stopped early

    @property
    def share(self) -> float:
        return 1.0 - len(self.unreached) / len(self.linked) if self.linked else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The `verdict`-independent part of results.json: what was and was not reached."""
        return {
            "start_page": self.start, "disclosure_hub": self.hub, "columns_linked": len(self.linked),
            "columns_reached": len(self.linked) - len(self.unreached), "column_share": round(self.share, 3),
            "min_column_share": self.min_share, "crawl_stopped": self.stopped,
            "stop_reason": STOP_REASONS.get(self.stopped or "", self.stopped),
            "not_reached": [{"url": u.url, "name": u.name, "linked_from": u.source, "why": u.why,
                             "why_label": OUTCOME_LABELS.get(u.why, u.why)} for u in self.unreached],
        }


def _start_problem(site: SiteModel, page: Page | None) -> tuple[str, str] | None:
    """(code, message) when the start page is not an HTML page of the site, else None."""
    start = site.crawl.start_url
    if urlsplit(start).path.lower().endswith("/robots.txt"):
        return "start_is_robots", f"起始地址 {start} 是网站的 robots.txt，不是网站首页。"
    if page is None:
        return "start_not_fetched", f"起始页面 {start} 未被抓取（{STOP_REASONS.get(site.crawl.stop_reason or '', '原因不明')}）。"
    if page.outcome == outcomes.ROBOTS_DISALLOWED:  # robots.txt forbids it, or answered 5xx (RFC 9309: all disallowed)
        return "start_robots_disallowed", (f"起始页面 {start} 未能抓取：robots.txt 禁止抓取（robots.txt 返回服务器错误时，按 robots 协议视为"
                                           "全站禁止，可稍后重试）。评估方获得授权时可加 --ignore-robots。")
    if page.outcome != "ok":
        label = OUTCOME_LABELS.get(page.outcome, page.outcome)
        status = f"HTTP {page.status}，" if page.status else ""
        return f"start_{page.outcome}", f"起始页面 {start} 未能正常打开（{status}{label}）。"
    final = site.crawl.start_final_url or start
    if registrable_domain(urlsplit(final).hostname or "") != registrable_domain(urlsplit(start).hostname or ""):
        return "start_redirect_off_site", f"起始页面 {start} 重定向到其他网站 {final}。"
    if page.kind != "home":
        ctype = site.crawl.start_content_type or "未知类型"
        return "start_not_html", f"起始页面 {start} 不是 HTML 网页（{ctype}），无法作为网站首页评估。"
    return None


def _hub(site: SiteModel, pages: dict[str, Page]) -> tuple[str | None, list[str]]:
    """The observed disclosure hub (None if not observed) and every hub page observed."""
    start = site.crawl.start_url
    home = pages.get(start)
    hubs = [start] if home is not None and any(w in home.title for w in DISCLOSURE_HUB_WORDS) else []
    for link in _hub_links(site):
        target = pages.get(link.target)
        if target is not None and target.outcome == "ok" and link.target not in hubs:
            hubs.append(link.target)
    if not hubs:  # a section of the hub fetched as a column or page shows the hub was reached
        hubs = [s.url for s in site.disclosure_sections if s.present and s.via in ("column", "page") and s.url][:1]
    return (hubs[0] if hubs else None), hubs


def _hub_links(site: SiteModel) -> list[Link]:
    """The start page's page links whose text names the disclosure hub, in order."""
    links = link_columns(site.links)
    return [links[row] for row in links.where("source", sorted(site.home_urls()))
            if links.kind[row] == "page" and any(w in links.text[row] for w in DISCLOSURE_HUB_WORDS)]


def _hub_missing(site: SiteModel, pages: dict[str, Page]) -> str:
    """Why no hub was observed, in words: its link failed, or the home page has none."""
    for link in _hub_links(site):
        page = pages.get(link.target)
        why = OUTCOME_LABELS.get(page.outcome if page else "not_fetched", "")
        return f"首页上的“{link.text.strip()}”链接 {link.target} 未能打开（{why}），未能观察到政府信息公开（政务公开）专栏。"
    return ("首页上没有找到政府信息公开（政务公开）专栏的链接（专栏可能在其他主机上，可用 --allow-host 加入，"
            "或链接由脚本生成），未能观察到该专栏。")


def _outcome(page: Page | None) -> str:
    """What became of a linked page: its crawl outcome, not_fetched, or redirected_offsite for a page of the
    site that redirected to another site and was not read as a column there (a column moved to a
    platform elsewhere): never observed, as a link to that site would not be."""
    if page is None:
        return "not_fetched"
    if page.outcome == "ok" and page.kind not in ("column", "hub") and page.evidence.url != page.url and \
            registrable_domain(urlsplit(page.evidence.url).hostname or "") != registrable_domain(urlsplit(page.url).hostname or ""):
        return "redirected_offsite"
    return page.outcome


def _is_column_link(url: str, text: str, page: Page | None) -> bool:
    """Whether a link may stand for a column: by the page when it was read; otherwise by its text
    and address, never at a document's address (a hub's link to an annual report that failed)."""
    if page is not None and _outcome(page) == "ok":
        return page.kind in ("column", "hub")
    if document_url(url):
        return False
    kind = link_class(url, text, "page")  # a later page of a list is a page of its column (pages_unobserved)
    return kind in ("hub", "column") or (kind != "pagination" and bool(_INDEX_PAGE.search(urlsplit(url).path)))


def _columns_linked(site: SiteModel, pages: dict[str, Page], hubs: list[str]) -> tuple[list[str], list[Unreached]]:
    sources = site.home_urls() | set(hubs)
    linked: dict[str, Unreached] = {}
    links = link_columns(site.links)
    for link in map(links.__getitem__, links.where("source", sources)):
        if link.kind != "page" or link.target in sources or link.target in linked:
            continue
        page = pages.get(link.target)
        if _is_column_link(link.target, link.text, page):
            why = _outcome(page)
            linked[link.target] = Unreached(link.target, link.text.strip() or link.target, link.source, why)
    # A column linked on the start host's www twin (bl.gov.cn beside www.bl.gov.cn) is a column of
    # the site the crawl left out of scope: linked and not observed, never silently dropped.
    twin = _www_twin(urlsplit(site.crawl.start_url).netloc)
    for off in site.offsite_links:
        if off.kind == "page" and off.source in sources and off.host.lower() == twin and off.target not in linked \
                and _is_column_link(off.target, off.text, None):
            linked[off.target] = Unreached(off.target, off.text.strip() or off.target, off.source, "twin_host")
    unreached = [u for u in linked.values() if u.why not in _OBSERVED]
    return sorted(linked), sorted(unreached, key=lambda u: u.url)


def _www_twin(netloc: str) -> str:
    """The host (and port) naming the same site with or without a leading www."""
    netloc = netloc.lower()
    return netloc.removeprefix("www.") if netloc.startswith("www.") else f"www.{netloc}"


def assess(site: SiteModel, min_share: float) -> Gate:
    """Decide whether `site` was audited: not_audited (start page unusable, or hub not
    observed), incomplete (too few of the linked columns observed), or audited."""
    pages = {p.url: p for p in site.pages}
    start_page = pages.get(site.crawl.start_url)
    start = {"url": site.crawl.start_url, "final_url": site.crawl.start_final_url,
             "status": start_page.status if start_page else None, "outcome": start_page.outcome if start_page else "not_fetched",
             "kind": start_page.kind if start_page else None, "content_type": site.crawl.start_content_type}
    stopped = site.crawl.stop_reason if site.crawl.budget_exhausted else None
    problem = _start_problem(site, start_page)
    if problem is not None:
        return Gate("not_audited", [{"code": problem[0], "message": problem[1]}], start, min_share=min_share, stopped=stopped)
    hub, hubs = _hub(site, pages)
    linked, unreached = _columns_linked(site, pages, hubs)
    gate = Gate("audited", [], start, hub, linked, unreached, min_share, stopped)
    reasons = []
    if hub is None:
        reasons.append({"code": "hub_not_observed", "message": _hub_missing(site, pages)})
    if not linked:
        reasons.append({"code": "no_columns_linked", "message": "首页及公开专栏页面上没有识别到栏目链接（可能由脚本生成）。"})
    elif gate.share < min_share:
        reasons.append({"code": "columns_not_reached",
                        "message": f"首页及公开专栏链接的 {len(linked)} 个栏目中只观察到 {len(linked) - len(unreached)} 个"
                                   f"（{gate.share:.0%}），低于要求的 {min_share:.0%}。"})
    if (share := _read_share(site)) is not None and share < min_share:
        # A WAF or rate limit that set in mid-crawl: the columns' lists were read, most of what
        # they list was not. The same share of evidence a grade needs of the columns.
        reasons.append({"code": "pages_not_read",
                        "message": f"抓取的站内页面只读取了 {share:.0%}（其余被拦截、限流或服务器出错），"
                                   f"低于要求的 {min_share:.0%}。"})
    if stopped and reasons:
        reasons.append({"code": f"crawl_{stopped}", "message": f"抓取提前停止：{STOP_REASONS.get(stopped, stopped)}。"})
    code = "not_audited" if hub is None and not linked else "incomplete" if reasons else "audited"
    return replace(gate, code=code, reasons=reasons)


def verdict(gate: Gate, grade: str, blocking: list[str]) -> dict[str, Any]:
    """results.json `verdict`: graded, undetermined (待定), not_audited (无法评估) or incomplete (评估不完整)."""
    if gate.code != "audited":
        code, label, reasons, blocking = gate.code, VERDICT_LABELS[gate.code], gate.reasons, []
    elif blocking:
        code, label = "undetermined", VERDICT_LABELS["undetermined"]
        reasons = [{"code": "undecided_rules", "message": f"有 {len(blocking)} 条规则的结果未能确定（检查出错或证据不足），可能改变评定结论。"}]
    else:
        code, label, reasons = "graded", grade, []
    return {"code": code, "label": label, "reasons": reasons, "blocking": blocking, **gate.as_dict()}


def _unobserved(page: Page | None, gate: Gate) -> bool:
    """True when a link to `page` (None: not fetched) may stand for a column the crawl did not observe."""
    return (page is not None or bool(gate.stopped)) and _outcome(page) not in _OBSERVED


def _untelling(name: str, url: str) -> bool:
    """Whether a link's text says nothing of the column it links: a read-more button (更多>>), none at all."""
    return name == url or not name or more_text(name)


def _telling_names(site: SiteModel, targets: list[str]) -> dict[str, str]:
    """For each of `targets`, the first text of a link to it that names it (a channel page links a
    column by its 更多>> button, the menu by its name): the name of a column nobody observed."""
    if not targets:
        return {}
    links = link_columns(site.links)
    names: dict[str, str] = {}
    for link in map(links.__getitem__, links.where("target", targets)):
        if link.target not in names and not _untelling(text := link.text.strip(), link.target):
            names[link.target] = text
    return names


def with_unreached_columns(site: SiteModel, gate: Gate) -> tuple[SiteModel, dict[str, Unreached]]:
    """`site` with a not-observed column for each column the crawl did not observe, so column
    rules report it as incomplete and counts over columns (the veto items) stay undecided:
    the linked columns of the home page and hub; any column link whose fetch failed; and, when
    the crawl stopped early, any column link it never fetched; and the disclosure columns the home
    page or hub links on another site. Also returns what was added, by URL."""
    pages = {p.url: p for p in site.pages}
    known = {c.url for c in site.columns}
    missing = {u.url: (u, 1) for u in gate.unreached}
    links = link_columns(site.links)
    # Whether a link may stand for an unobserved column depends on its target: the page links
    # to such targets (few: most targets were fetched), in order, are read one by one.
    targets = set(compress(links.target, links.mask("kind", ["page"]))) - missing.keys() - known
    candidates = [t for t in targets if _unobserved(pages.get(t), gate)]
    for link in map(links.__getitem__, links.where("target", candidates) if candidates else ()):
        if link.kind != "page" or link.target in missing:
            continue
        page = pages.get(link.target)
        why = _outcome(page)
        if _is_column_link(link.target, link.text, page):
            missing[link.target] = (Unreached(link.target, link.text.strip() or link.target, link.source, why), 2)
    # The hub's disclosure columns on another site (政策解读 on a province's platform): never observed.
    sources = site.home_urls() | ({gate.hub} if gate.hub else set())
    for off in site.offsite_links:
        if (off.kind == "page" and off.source in sources and off.target not in missing and off.target not in known
                and any(w in off.text for w in DISCLOSURE_COLUMN_WORDS) and _is_column_link(off.target, off.text, None)):
            missing[off.target] = (Unreached(off.target, off.text.strip(), off.source, "offsite"), 2)
    names = _telling_names(site, [url for url, (u, _) in missing.items() if _untelling(u.name, url)])
    missing = {url: (replace(u, name=names.get(url, u.name)), level) for url, (u, level) in missing.items()}
    extra = [Column(url=u.url, name=u.name, name_source="anchor", state="not_observed", items=[], newest_date=None,
                    newest_url=None, level=level, evidence=Evidence(url=u.source), note=OUTCOME_LABELS.get(u.why, u.why))
             for u, level in missing.values() if u.url not in known]
    added = {u.url: u for u, _ in missing.values() if u.url not in known}
    if not extra:
        return site, added
    return replace(site, columns=sorted([*site.columns, *extra], key=lambda c: c.url)), added


def cut_findings(check: str, findings: list[Finding], site: SiteModel, gate: Gate,
                 unreached: dict[str, Unreached]) -> list[Finding]:
    """A rule's findings corrected for evidence the crawl did not reach: findings about an
    unreached column (see `with_unreached_columns`) say why; when the crawl stopped early or
    never observed the disclosure hub, failures that unseen pages could overturn become
    incomplete; when it stopped early, document rules get one
    incomplete finding for the pages they never saw (it stands for an unknown number of subjects)."""
    out = []
    for f in findings:
        if f.subject in unreached and f.status == "incomplete":
            u = unreached[f.subject]
            f = replace(f, message=f"栏目“{u.name}”的页面未能观察到（{OUTCOME_LABELS.get(u.why, u.why)}），无法判断。",
                        data={**f.data, "not_reached": u.why})
        elif gate.stopped and check in OVERTURNABLE and f.status == "fail":
            f = replace(f, status="incomplete", message=f"{f.message}（抓取提前停止：{STOP_REASONS.get(gate.stopped, gate.stopped)}，"
                                                         "未抓取的页面可能推翻这一结论。）", data={**f.data, "crawl_stopped": gate.stopped})
        elif unreached and check in _OVERTURNED_BY_ANY_COLUMN and f.status == "fail":
            # A column the crawl did not observe (blocked, failing, on another site) may hold the
            # counter-example (a 清理结果 among its notices, a fresh list): never looked at, not absent.
            names = sorted({u.name for u in unreached.values()})
            f = replace(f, status="incomplete", message=f"{f.message}（栏目“{names[0]}”等 {len(names)} 个栏目未能观察到，"
                                                         "其中的信息可能推翻这一结论。）",
                        data={**f.data, "columns_not_reached": sorted(unreached)})
        elif gate.hub is None and check in OVERTURNABLE and f.status == "fail":
            # The 政务公开 hub was not observed (on another host, behind a script …): what it holds
            # — the guide, the cleanup results, its sections — was never looked at, not found absent.
            f = replace(f, status="incomplete", message=f"{f.message}（未能观察到政府信息公开专栏，专栏中的页面可能推翻这一结论。）",
                        data={**f.data, "hub_not_observed": True})
        out.append(f)
    if check in _COLUMN_DOCUMENT_KINDS:
        # Documents of a column nobody observed (规范性文件 on another site, a blocked 年报 column) were never judged.
        words, what = _COLUMN_DOCUMENT_KINDS[check]
        for u in sorted(unreached.values(), key=lambda u: u.url):
            if any(w in u.name for w in words):
                msg = f"栏目“{u.name}”未能观察到（{OUTCOME_LABELS.get(u.why, u.why)}），其中的{what}未经检查。"
                out.append(Finding("incomplete", f"{CUT_SUBJECT}:{u.url}", u.url, msg, Evidence(url=u.source),
                                   {"unbounded": True, "not_reached": u.why}))
    if check in _LISTED_DOCUMENT_KINDS:
        out += _listed_unobserved(site, *_COLUMN_DOCUMENT_KINDS[check])
    if gate.stopped and check in DOCUMENT_KINDS:
        links = link_columns(site.links)
        unseen = sum(map(and_, links.mask("kind", ["page"]), links.mask("outcome", ["not_checked"])))
        if unseen:
            msg = (f"抓取提前停止（{STOP_REASONS.get(gate.stopped, gate.stopped)}），另有 {unseen} 个站内页面未抓取，"
                   "其中的对象未经检查。")
            out.append(Finding("incomplete", CUT_SUBJECT, site.site, msg, Evidence(url=site.site),
                               {"unbounded": True, "pages_not_fetched": unseen, "crawl_stopped": gate.stopped}))
    if check in DOCUMENT_KINDS and not out and (failed := _pages_unobserved(site)):
        # Nothing to judge is "not applicable" only when every page was read: the documents and
        # links a blocked or failing page holds were never seen, not found absent.
        why = OUTCOME_LABELS.get(failed[0].outcome, failed[0].outcome)
        msg = f"没有找到可检查的对象，但有 {len(failed)} 个站内页面未能打开（如 {failed[0].url}：{why}），其中的对象未经检查。"
        out.append(Finding("incomplete", CUT_SUBJECT, site.site, msg, Evidence(url=site.site),
                           {"unbounded": True, "pages_failed": len(failed), "examples": [p.url for p in failed[:5]]}))
    return out


def _read_share(site: SiteModel) -> float | None:
    """The share of the site's fetched web pages that were read (None when none was fetched);
    pages robots.txt kept the crawler from are no fetch (they are judged as such elsewhere)."""
    fetched = sum(1 for p in site.pages if link_kind(p.url) == "page" and p.outcome != outcomes.ROBOTS_DISALLOWED)
    unread = sum(1 for p in _pages_unobserved(site) if p.outcome != outcomes.ROBOTS_DISALLOWED)
    return 1 - unread / fetched if fetched else None


def _pages_unobserved(site: SiteModel) -> list[Page]:
    """The site's web pages the crawl fetched and could not read (blocked, failing, cut), by URL.
    A page address answering a file (`not_html`: download.jspx?attachGuid=…) is a download, not
    a page left unread (a column answering so is judged as a column not observed)."""
    return sorted((p for p in site.pages if p.outcome not in (*_OBSERVED, "not_html") and link_kind(p.url) == "page"),
                  key=lambda p: p.url)


def _listed_unobserved(site: SiteModel, words: tuple[str, ...], what: str) -> list[Finding]:
    """One incomplete finding per observed column named by `words` whose listed documents' pages
    the crawl fetched and could not read (an HTTP 500, a WAF, a reset): they were never judged."""
    pages = {p.url: p for p in site.pages}
    judged = {d.url for d in site.documents}
    out = []
    for column in site.columns:
        if column.state != "listed" or not any(w in column.name for w in words):
            continue
        failed = sorted({i.url for i in column.items if i.url and i.url not in judged and i.url in pages
                         and pages[i.url].outcome != outcomes.OK})
        if failed:
            why = OUTCOME_LABELS.get(pages[failed[0]].outcome, pages[failed[0]].outcome)
            msg = f"栏目“{column.name}”列出的 {len(failed)} 篇{what}的页面未能打开（如 {failed[0]}：{why}），未经检查。"
            out.append(Finding("incomplete", f"{CUT_SUBJECT}:{column.url}", column.url, msg, column.evidence,
                               {"unbounded": True, "pages_failed": len(failed), "examples": failed[:5]}))
    return out
