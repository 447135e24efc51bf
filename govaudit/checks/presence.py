"""Presence checks: required sections exist, recent documents of a kind exist, the site is updated."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from govaudit.checks.base import (CheckKind, Context, Finding, Param, age_label, class_list, parse_age, parse_since, regex_values,
                                  subtract_age, validate_since)
from govaudit.checks.columns import latest_possible, newest_url_date, past_newest
from govaudit.checks.links import why_undecided
from govaudit.checks.listcover import unobserved_note
from govaudit.model.extract.dates import signed_date
from govaudit.model.linktable import link_columns
from govaudit.model.types import Evidence, Link, SiteModel


# Where section_present looks (param `where`). The default never reads a news headline or the
# text of an arbitrary link: "食品安全" in a headline is not a 食品安全 column.
SCOPES = ("columns", "menus", "hub", "titles", "links", "offsite", "attachments")
DEFAULT_SCOPES = ["columns", "menus", "hub", "titles"]
DEFAULT_TITLE_KINDS = ["hub", "column", "static"]
TITLE_KINDS = ("home", "hub", "column", "document", "static", "other")
_MENU_TEXT = 20  # characters: a menu item names a section; a longer text is a headline or a sentence
_MENU_COVER = 0.5  # share of a menu item's text the section's name must cover ("网上办事入口" of a headline does not)
_DATED = re.compile(r"\d{4}[-/.年]\d{1,2}|\d{1,2}[-/.月]\d{1,2}日?$")


def _menu_match(pattern: re.Pattern[str], text: str) -> bool:
    """The link names the section (a menu item, a hub's directory entry) rather than mentioning it
    (a headline): its text is short, undated and mostly the section's name."""
    text = text.strip()
    if not text or len(text) > _MENU_TEXT or _DATED.search(text):
        return False
    return any(len(m.group()) >= _MENU_COVER * len(text) for m in pattern.finditer(text))


def _section_evidence(site: SiteModel, pattern: re.Pattern[str], where: list[str], title_kinds: list[str]) -> tuple[str, Evidence] | None:
    """Where a section shows up, looking only in the scopes `where` names."""
    pages = {p.url: p for p in site.pages}

    def source_evidence(url: str) -> Evidence:
        return pages[url].evidence if url in pages else Evidence(url=url)

    if "columns" in where:
        for column in site.columns:
            if pattern.search(column.name):
                return f"栏目“{column.name}”", column.evidence
    if "titles" in where:
        for page in site.pages:
            # A page of another kind (a document page) counts when its title is the section's name.
            if page.outcome == "ok" and page.title and pattern.search(page.title) and (
                    page.kind in title_kinds or page.kind != "home" and _menu_match(pattern, page.title)):
                return f"页面“{page.title}”", page.evidence
    hub_pages = {p.url for p in site.pages if p.kind == "hub"}
    links = link_columns(site.links)
    # each distinct text searched once (a large site's ~300,000 links have a few thousand texts)
    texts = {t for t in set(links.text) if pattern.search(t)}
    for link in map(links.__getitem__, links.where("text", texts)):
        if link.kind != "page" or link.outcome != "ok":
            continue
        menu = _menu_match(pattern, link.text)
        if "links" in where or "menus" in where and menu or "hub" in where and menu and link.source in hub_pages:
            return f"链接“{link.text.strip()}”", source_evidence(link.source)
    if "hub" in where or "menus" in where:
        # The model's sections hold what the link list lacks: every anchor text of a home or hub
        # page (links keep one text per target) and a hub's own headings (<h3>法定主动公开内容</h3>).
        for section in site.disclosure_sections:
            if not (section.present and section.url and section.text and pattern.search(section.text)):
                continue
            if section.via == "heading" and "hub" in where:
                return f"标题“{section.text}”", source_evidence(section.url)
            kind = pages[section.url].kind if section.url in pages else None
            if (section.via == "column" or section.via == "page" and kind in title_kinds
                    or section.via in ("page", "link") and _menu_match(pattern, section.text)):
                return f"链接“{section.text}”", source_evidence(section.url)
    if "offsite" in where:
        for off in site.offsite_links:
            if pattern.search(off.text) or pattern.search(off.host):
                return f"站外链接“{off.text or off.host}”（{off.target}）", source_evidence(off.source)
    if "attachments" in where:
        for doc in site.documents:
            for att in doc.attachments:
                if att.outcome != "broken" and (pattern.search(att.text) or pattern.search(att.target)):
                    return f"《{doc.title}》的附件“{att.text or att.target}”", doc.evidence
    return None


def _validate_where(value: list[str]) -> None:
    unknown = [w for w in value if w not in SCOPES]
    if unknown or not value:
        raise ValueError(f"each place must be one of {', '.join(SCOPES)}" + (f", got {unknown[0]!r}" if unknown else ""))


def _validate_title_kinds(value: list[str]) -> None:
    unknown = [w for w in value if w not in TITLE_KINDS]
    if unknown:
        raise ValueError(f"each page kind must be one of {', '.join(TITLE_KINDS)}, got {unknown[0]!r}")


def _sections(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    findings = []
    for label, regex in params["sections"].items():
        found = _section_evidence(site, re.compile(regex), params.get("where", DEFAULT_SCOPES),
                                  params.get("title_kinds", DEFAULT_TITLE_KINDS))
        subject = f"section:{label}"
        if found:
            where, ev = found
            findings.append(Finding("pass", subject, ev.url, f"找到“{label}”：{where}。", ev, {"section": label}))
        elif site.crawl.budget_exhausted:
            findings.append(Finding("incomplete", subject, site.site, f"抓取未完成，未找到“{label}”。", Evidence(url=site.site), {"section": label}))
        else:
            findings.append(Finding("fail", subject, site.site, f"未找到“{label}”栏目或页面。", Evidence(url=site.site), {"section": label}))
    return findings


SECTION_PRESENT = CheckKind(
    name="section_present",
    doc=("每个要求的栏目、页面或入口存在，只在 where 所列之处查找。params: sections（名称 -> 正则表达式）；"
         "where（columns 栏目名称、menus 导航和菜单中的栏目链接、hub 公开专栏目录及其小标题、titles 页面标题、"
         "links 任意站内链接文字、offsite 站外链接的文字或主机名、attachments 文件附件的文字或地址；"
         "默认 columns、menus、hub、titles，不看新闻标题和任意链接文字）；"
         "title_kinds（titles 查看的页面类型，默认 hub、column、static；其他类型的页面标题须基本就是该名称，如“依申请公开”）。"),
    params={"sections": Param(dict, validator=regex_values, doc="名称 -> 正则表达式"),
            "where": Param(list, DEFAULT_SCOPES, validator=_validate_where, doc="查找之处"),
            "title_kinds": Param(list, DEFAULT_TITLE_KINDS, validator=_validate_title_kinds,
                                 doc="titles 查看的页面类型")},
    run=_sections,
)


def _recent_candidates(site: SiteModel, pattern: re.Pattern[str]) -> list[tuple[str | None, str, str, Evidence]]:
    """(date, title, url, evidence) of what the pattern names: documents whose page was fetched,
    items seen only in column lists, and fetched pages titled so that the model did not take for
    a document (a long guide read as a hub: found, though undated, so never "not found"); failing
    all of those, a fetched page a menu link names so."""
    candidates = [(d.pub_date, d.title, d.url, d.evidence) for d in site.documents if pattern.search(d.title)]
    candidates += [(i.date, i.title, i.url or c.url, c.evidence) for c in site.columns for i in c.items if pattern.search(i.title)]
    known = {c[2] for c in candidates}
    candidates += [(None, p.title, p.url, p.evidence) for p in site.pages
                   if p.outcome == "ok" and p.url not in known and pattern.search(p.title)]
    if not candidates:
        # A fetched page the site's menus name so, whose own title the model did not read as such
        # (an unknown template's side heading came first): found, undated, never "not found".
        pages = {p.url: p for p in site.pages if p.outcome == "ok"}
        links = link_columns(site.links)
        for link in map(links.__getitem__, links.where("text", {t for t in set(links.text) if pattern.search(t)})):
            if link.kind == "page" and link.outcome == "ok" and link.target in pages and _menu_match(pattern, link.text):
                candidates.append((None, link.text.strip(), link.target, pages[link.target].evidence))
                break
    return candidates


# The day a text says it takes effect (本指南自2026年3月2日起施行): a guide or system that shows no
# date of its own is dated by it, as a careful reader would (it was issued no later); failing that,
# by the date its text is signed with (落款: 某县人民政府办公室 2026年2月6日), as the same page read as a
# static page is (model.extract.page._static_item).
_IN_FORCE = re.compile(r"自\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*起\s*(?:施行|执行|实施|生效)")


def _text_date(url: str, ctx: Context) -> tuple[str, str] | None:
    """(ISO date, how the text states it: in_force | signed) of the page's body text, or None."""
    text = ctx.texts.get(url)
    if text is None:
        return None
    if (m := _IN_FORCE.search(text.text)) is not None:
        try:
            return date(*map(int, m.groups())).isoformat(), "in_force"
        except ValueError:
            pass
    if (signed := signed_date(text.text)) is not None:
        return signed[0].isoformat(), "signed"
    return None


def _recent_one(site: SiteModel, pattern: re.Pattern[str], label: str, max_age: str, ctx: Context,
                candidates: list[tuple[str | None, str, str, Evidence]] | None = None) -> Finding:
    if candidates is None:
        candidates = _recent_candidates(site, pattern)
    latest = latest_possible(site)
    # A date after the crawl (2062 for 2026) is a typo: that document counts as undated, and is named.
    typos = [c for c in candidates if c[0] and latest and c[0] > latest]
    typo = f"（《{typos[0][1]}》所示日期 {typos[0][0]} 晚于抓取日期，疑为录入错误，不计）" if typos else ""
    dated = sorted((c for c in candidates if c[0] and not (latest and c[0] > latest)), key=lambda c: (c[0], c[1], c[2]), reverse=True)
    stated: dict[str, str] = {}  # url -> how its text states the date it is dated by
    if not dated and ctx.texts.available:
        for _, title, url, ev in candidates:
            if (found := _text_date(url, ctx)) is not None:
                stated[url] = found[1]
                dated.append((found[0], title, url, ev))
        dated.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
    limit = subtract_age(ctx.as_of, max_age)
    subject = f"recent:{label}"
    if dated:
        when, title, url, ev = dated[0]
        data = {"newest_date": when, "title": title, "found": len(candidates)}
        said = {"in_force": f"未显示发布日期，正文载明自 {when} 起施行",
                "signed": f"未显示发布日期，正文落款日期为 {when}"}.get(stated.get(url, ""), f"发布于 {when}")
        if url in stated:
            data["date_source"] = stated[url]
        if typos:
            data["impossible_date"] = typos[0][0]
        if date.fromisoformat(when) >= limit:
            return Finding("pass", subject, url, f"最近一次{label}《{title}》{said}{typo}。", ev, data)
        msg = f"最近一次{label}《{title}》{said}，已超过 {age_label(max_age)}{typo}。"
        return Finding("fail", subject, url, msg, ev, data)
    if candidates:
        when, title, url, ev = typos[0] if typos else candidates[0]
        said = f"，所示日期 {when} 晚于抓取日期，疑为录入错误" if typos else "，但无法识别发布日期"
        return Finding("incomplete", subject, url, f"找到{label}《{title}》{said}。", ev, {"found": len(candidates)})
    if unseen := next((c for c in site.columns if c.state == "not_observed" and pattern.search(c.name)), None):
        msg = f"未找到{label}；{unobserved_note(unseen)}，无法判断。"
        return Finding("incomplete", subject, unseen.url, msg, unseen.evidence, {"found": 0, "unobserved_column": unseen.url})
    # A link named for it whose page the crawl could not read (a WAF's challenge, a timeout): not found absent.
    if refused := _refused_link(site, pattern):
        msg = f"未找到{label}；链接“{refused.text.strip()}”（{refused.target}）{why_undecided(refused)}，无法判断。"
        return Finding("incomplete", subject, refused.target, msg, Evidence(url=refused.source),
                       {"found": 0, "unread_link": refused.target})
    status = "incomplete" if site.crawl.budget_exhausted else "fail"
    return Finding(status, subject, site.site, f"未找到{label}。", Evidence(url=site.site), {"found": 0})


def _refused_link(site: SiteModel, pattern: re.Pattern[str]) -> Link | None:
    """The first page link whose text the pattern names and whose page the crawl fetched and could
    not read (refused, unanswered: outcome blocked), or None."""
    links = link_columns(site.links)
    named = links.where("text", {t for t in set(links.text) if pattern.search(t)})
    return next((link for link in map(links.__getitem__, named) if link.kind == "page" and link.outcome == "blocked"), None)


def _oldest_seen(site: SiteModel, candidates: list[tuple[str | None, str, str, Evidence]]) -> str | None:
    """How far back the crawl saw: the oldest date in the columns that list what the pattern names
    (or in any column and document, when nothing it names was found)."""
    urls = {c[2] for c in candidates}
    columns = [c for c in site.columns if any((i.url or c.url) in urls for i in c.items)] if candidates else site.columns
    dates = [i.date for c in columns for i in c.items if i.date]
    dates += [c[0] for c in candidates if c[0]] if candidates else [d.pub_date for d in site.documents if d.pub_date]
    return min(dates) if dates else None


def _each_year(site: SiteModel, label: str, since: date, ctx: Context,
               candidates: list[tuple[str | None, str, str, Evidence]]) -> list[Finding]:
    """`since`: one finding per past year from the fixed start (recent:<label>:<year>). A year with
    nothing found fails only when the crawl saw dates before it; otherwise it was not observed."""
    years: dict[int, tuple[str, str, str, Evidence]] = {}
    for c in sorted((c for c in candidates if c[0]), key=lambda c: (c[0], c[2])):
        year = int(c[0][:4])
        if since.isoformat() <= c[0] and year not in years:
            years[year] = c  # type: ignore[assignment]
    oldest = _oldest_seen(site, candidates)
    findings = []
    for year in range(since.year, ctx.as_of.year):
        subject, data = f"recent:{label}:{year}", {"year": year, "since": since.isoformat()}
        if year in years:
            when, title, url, ev = years[year]
            findings.append(Finding("pass", subject, url, f"{year} 年有{label}《{title}》（{when}）。", ev, {**data, "date": when}))
        elif oldest is not None and oldest < f"{year}-01-01" and not site.crawl.budget_exhausted:
            findings.append(Finding("fail", subject, site.site, f"未找到 {year} 年的{label}（所见信息最早到 {oldest}）。",
                                    Evidence(url=site.site), {**data, "oldest_seen": oldest}))
        else:
            why = "抓取未完成" if site.crawl.budget_exhausted else f"所见信息最早到 {oldest or '（无日期）'}，未能观察到该年"
            findings.append(Finding("incomplete", subject, site.site, f"未找到 {year} 年的{label}；{why}。",
                                    Evidence(url=site.site), {**data, "oldest_seen": oldest}))
    return findings


def _recent(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    if params.get("items"):
        wanted = [(re.compile(i["title_pattern"]), i["label"], i.get("max_age", params["max_age"]), i.get("since", params["since"]))
                  for i in params["items"]]
    else:
        wanted = [(re.compile(params["title_pattern"]), params["label"], params["max_age"], params["since"])]
    findings = []
    for pattern, label, max_age, since in wanted:
        candidates = _recent_candidates(site, pattern)
        findings.append(_recent_one(site, pattern, label, max_age, ctx, candidates))
        if since:
            findings += _each_year(site, label, parse_since(since), ctx, candidates)
    return findings


_ITEM_KEYS = {"label": str, "title_pattern": str, "max_age": str, "since": (str, int, date)}


def _validate_items(value: list[Any]) -> None:
    """Validator: recent_document items, each {label, title_pattern, max_age?}, labels distinct."""
    labels = set()
    for item in value:
        if not isinstance(item, dict) or not {"label", "title_pattern"} <= set(item) or not set(item) <= set(_ITEM_KEYS):
            raise ValueError("each item is a mapping {label, title_pattern, max_age (optional), since (optional)}")
        if not all(isinstance(item[k], t) for k, t in _ITEM_KEYS.items() if k in item):
            raise ValueError("an item's label, title_pattern and max_age are strings")
        re.compile(item["title_pattern"])
        if "since" in item:
            validate_since(item["since"])
        if "max_age" in item:
            parse_age(item["max_age"])
        if item["label"] in labels:
            raise ValueError(f"two items are labelled {item['label']!r}")
        labels.add(item["label"])


def _one_or_items(params: dict[str, Any]) -> None:
    if bool(params["items"]) == bool(params["title_pattern"]):
        raise ValueError("recent_document takes either title_pattern (with label) or items, not both or neither")


RECENT_DOCUMENT = CheckKind(
    name="recent_document",
    doc=("标题匹配 title_pattern 的文件（已抓取的页面或栏目列表中的条目）中，最新一篇在 max_age 内发布。"
         "params: title_pattern（标题正则）、label（称呼）、max_age（如 1y、92d）；或 items（列表，每项 {label, title_pattern, max_age}，"
         "每项一个结论，max_age 缺省时用规则的 max_age），一条清单指标一条规则；since（如 2020：另外要求自该年起每个已过去的年度都有一篇，"
         "抓取未能观察到的年度为 incomplete）。"),
    params={
        "title_pattern": Param(str, "", validator=re.compile, doc="标题正则表达式"),
        "max_age": Param(str, validator=parse_age, doc="期限，如 1y、92d"),
        "label": Param(str, "相关信息", doc="报告中的称呼，如 规范性文件清理结果"),
        "items": Param(list, [], validator=_validate_items, doc="多项：每项 {label, title_pattern, max_age, since}"),
        "since": Param((str, int, date), "", validator=validate_since,
                       doc="固定起始年份（如 2020）：此外自该年起每个已过去的年度都须有一篇（对象 recent:<label>:<年>）"),
    },
    run=_recent,
    cross=_one_or_items,
)


def _site_freshness(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    latest = latest_possible(site)
    # A date after the crawl (2062 for 2026) is a typo, no update: each column is dated by its other rows.
    columns = [past_newest(c, latest)[0] for c in site.columns if c.level in params["levels"] and c.state == "listed"
               and ctx.column_class(c.name, c.url) not in params["exclude_classes"]]
    # A column's newest date on a regeneration pile is no evidence of an update (columns.py says so too).
    dated = [(c.newest_date, c) for c in columns if c.newest_date and not c.newest_is_pile]
    piled = [c for c in columns if c.newest_date and c.newest_is_pile]
    fail_before = subtract_age(ctx.as_of, params["max_age"])
    # An undated column whose rows' addresses are recent (its dates shown in a form not read) may be the fresh one.
    addressed = [(d, c) for c in columns if not c.newest_date and (d := newest_url_date(c, latest)) and d >= fail_before]
    if not dated:
        status = "incomplete" if not columns or piled or addressed or site.crawl.budget_exhausted else "fail"
        msg = ("首页及一级栏目没有可识别日期的信息。" if status == "fail" else
               f"栏目“{piled[0].name}”等的最新日期疑似页面重新生成时间，无法判断首页及一级栏目的更新情况。" if piled
               else "未能观察到首页及一级栏目的信息。")
        return [Finding(status, "site-update", site.site, msg, Evidence(url=site.site))]
    newest, column = max(dated, key=lambda x: x[0])
    if addressed and date.fromisoformat(newest) < fail_before:
        d, undated = max(addressed, key=lambda x: x[0])
        msg = (f"首页及一级栏目可识别的最新信息发布于 {newest}（栏目“{column.name}”）；栏目“{undated.name}”的条目没有可识别的"
               f"发布日期，但其网址中的日期（最新 {d.isoformat()}）在更新期限内，无法判断是否更新。")
        return [Finding("incomplete", "site-update", site.site, msg, undated.evidence,
                        {"newest_date": newest, "column": column.name, "undated_column": undated.name})]
    if piled and date.fromisoformat(newest) < fail_before:
        msg = (f"首页及一级栏目中可信的最新信息发布于 {newest}（栏目“{column.name}”）；栏目“{piled[0].name}”的最新日期"
               f"{piled[0].newest_date} 疑似页面重新生成时间，无法判断是否更新。")
        return [Finding("incomplete", "site-update", site.site, msg, piled[0].evidence,
                        {"newest_date": newest, "column": column.name, "piled_column": piled[0].name})]
    age = (ctx.as_of - date.fromisoformat(newest)).days
    data = {"newest_date": newest, "column": column.name, "newest_url": column.newest_url, "age_days": age}
    if date.fromisoformat(newest) < fail_before:
        msg = f"首页及一级栏目最新信息发布于 {newest}（栏目“{column.name}”），已 {age} 天未更新，超过 {age_label(params['max_age'])}。"
        return [Finding("fail", "site-update", site.site, msg, column.evidence, data)]
    return [Finding("pass", "site-update", site.site, f"首页及一级栏目最新信息发布于 {newest}（栏目“{column.name}”）。", column.evidence, data)]


SITE_FRESHNESS = CheckKind(
    name="site_freshness",
    doc=("首页及一级栏目（首页或公开枢纽页直接链接的栏目）中最新一条信息在 max_age 内。"
         "首页自身的信息列表尚未单独建模，以一级栏目的最新信息近似。"),
    params={
        "max_age": Param(str, validator=parse_age, doc="期限，如 14d"),
        "levels": Param(list, [1], doc="计入的栏目层级"),
        "exclude_classes": Param(list, ["not_updated"], doc="不计入的栏目类别", class_ids=class_list),
    },
    run=_site_freshness,
)
