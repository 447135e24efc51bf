"""page_text: located pages state what they must (机构职能 states 内设机构、职责、地址、电话 …)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any
from urllib.parse import unquote, urlsplit

from govaudit.checks.base import CheckKind, Context, Finding, Param, one_of
from govaudit.checks.locate import Located, locate, locator_classes, validate_locator
from govaudit.checks.spans import find_spans
from govaudit.model.pagetext import PageTexts
from govaudit.model.types import Evidence, PageText, SiteModel
from govaudit.vocab import severity

_SNIPPET = 40  # characters either side of a match quoted as evidence


def _patterns(value: list[Any]) -> list[tuple[str, re.Pattern[str], int]]:
    """(label, regex, minimum count) of each pattern: a regex string, or {pattern, min, label}."""
    out = []
    for item in value:
        if isinstance(item, str):
            out.append((item, re.compile(item), 1))
        elif isinstance(item, dict) and isinstance(item.get("pattern"), str) and set(item) <= {"pattern", "min", "label"}:
            low = item.get("min", 1)
            if not isinstance(low, int) or isinstance(low, bool) or low < 1:
                raise ValueError(f"'min' of {item['pattern']!r} must be a whole number ≥ 1")
            out.append((str(item.get("label", item["pattern"])), re.compile(item["pattern"]), low))
        else:
            raise ValueError("each pattern is a regex string or a mapping {pattern, min, label}")
    return out


def _validate_patterns(value: list[Any]) -> None:
    _patterns(value)


def _count(pattern: re.Pattern[str], text: str, enough: int) -> int:
    n = 0
    for _ in pattern.finditer(text):
        n += 1
        if n >= enough:
            break
    return n


def _snippet(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return text[max(0, m.start() - _SNIPPET): m.end() + _SNIPPET] if m else None


_ATTACHMENT_KEYS = {"ext": list, "text": str}


def _validate_attachment(value: dict[str, Any]) -> None:
    for key, given in value.items():
        if key not in _ATTACHMENT_KEYS or not isinstance(given, _ATTACHMENT_KEYS[key]):
            raise ValueError("attachment takes ext (a list such as [pdf, doc, docx]) and text (a regex)")
    if "text" in value:
        re.compile(value["text"])


def _attachments_found(page: Located, spec: dict[str, Any]) -> list[str]:
    """The page's attachments (not broken) of the extensions and with the text `spec` asks for."""
    exts = tuple(f".{e.lower().lstrip('.')}" for e in spec.get("ext", []))
    text = re.compile(spec["text"]) if spec.get("text") else None
    found = []
    for att in page.attachments:
        name = urlsplit(att.target).path.lower()
        if att.outcome == "broken" or exts and not (name.endswith(exts) or att.text.lower().endswith(exts)):
            continue
        if text is None or text.search(att.text) or text.search(unquote(name)):
            found.append(att.target)
    return found


def _judge_attachment(page: Located, params: dict[str, Any], label: str) -> Finding | None:
    spec = params["attachment"]
    if not spec:
        return None
    what = "、".join(spec.get("ext", [])) or "所要求的"
    data = {"title": page.title, "label": label}
    if not page.is_document:
        return Finding("incomplete", page.url, page.url, f"{label}《{page.title}》不是已识别的文件页，未能读取其附件。", page.evidence, data)
    found = _attachments_found(page, spec)
    if not found:
        return Finding("fail", page.url, page.url, f"{label}《{page.title}》没有{what}附件。", page.evidence, {**data, "attachments": []})
    return Finding("pass", page.url, page.url, f"{label}《{page.title}》附有{what}附件。", page.evidence, {**data, "attachments": found})


_TABLE_KEYS = {"min_rows": int, "header": str, "min": int}


def _validate_table(value: dict[str, Any]) -> None:
    for key, given in value.items():
        if key not in _TABLE_KEYS or not isinstance(given, _TABLE_KEYS[key]) or isinstance(given, bool):
            raise ValueError("table takes min_rows (rows with the header, ≥ 2), header (a regex on the header row) and min (tables, ≥ 1)")
    if value.get("min_rows", 2) < 2 or value.get("min", 1) < 1:
        raise ValueError("table: min_rows must be ≥ 2 and min ≥ 1")
    if "header" in value:
        re.compile(value["header"])


def _judge_table(page: Located, text: PageText | None, params: dict[str, Any], label: str, texts: PageTexts) -> Finding | None:
    spec = params["table"]
    if not spec:
        return None
    data: dict[str, Any] = {"title": page.title, "label": label}
    what = f"{label}《{page.title}》"
    if text is None or not texts.tables_known:
        why = "正文未能提取" if text is None else "模型未记录页面中的表格（由旧版本生成，请重新 build）"
        return Finding("incomplete", page.url, page.url, f"{what}的{why}，无法判断是否有表格。", page.evidence, data)
    rows, need = spec.get("min_rows", 2), spec.get("min", 1)
    header = re.compile(spec["header"]) if spec.get("header") else None
    tables = [t for t in text.tables if t.rows >= rows and (header is None or header.search(t.header))]
    data["tables"] = [{"rows": t.rows, "columns": t.columns, "header": t.header} for t in tables[:5]]
    if len(tables) >= need:
        return Finding("pass", page.url, page.url, f"{what}有表格（{tables[0].rows} 行，表头：{tables[0].header}）。",
                       Evidence(page.evidence.url, page.evidence.fetched_at, page.evidence.record, tables[0].header), data)
    asked = f"至少 {need} 个不少于 {rows} 行" + (f"、表头含“{spec['header']}”" if header else "") + "的表格"
    return Finding("fail", page.url, page.url, f"{what}没有{asked}（正文中有 {len(text.tables)} 个数据表格）。", page.evidence, data)


_SPAN_KEYS = {"min_days": int, "max_days": int, "min_workdays": int, "near": str}
_SPAN_LIMITS = ("min_days", "max_days", "min_workdays")


def _validate_span(value: dict[str, Any]) -> None:
    for key, given in value.items():
        if key not in _SPAN_KEYS or not isinstance(given, _SPAN_KEYS[key]) or isinstance(given, bool):
            raise ValueError("date_span takes min_days, max_days, min_workdays (whole numbers of days) and near (a regex)")
    if not any(k in value for k in _SPAN_LIMITS):
        raise ValueError("date_span needs min_days, max_days or min_workdays")
    if any(value.get(k, 1) < 1 for k in _SPAN_LIMITS):
        raise ValueError("date_span: min_days, max_days and min_workdays must be ≥ 1")
    if "near" in value:
        re.compile(value["near"])


def _judge_span(page: Located, text: PageText | None, params: dict[str, Any], label: str) -> Finding | None:
    spec = params["date_span"]
    if not spec:
        return None
    data: dict[str, Any] = {"title": page.title, "label": label}
    what = f"{label}《{page.title}》"
    if text is None:
        return Finding("incomplete", page.url, page.url, f"{what}的正文未能提取，无法读出起止日期。", page.evidence, data)
    near = re.compile(spec["near"]) if spec.get("near") else None
    spans = find_spans(text.text, near, int(page.date[:4]) if page.date else None)
    low, high, work = spec.get("min_days"), spec.get("max_days"), spec.get("min_workdays")
    if not spans:
        return Finding("incomplete", page.url, page.url, f"{what}的正文中未能读出明确的起止日期，无法计算天数。", page.evidence, data)
    data["spans"] = [{"start": s.start.isoformat() if s.start else None, "end": s.end.isoformat() if s.end else None,
                      "days": s.days, "workdays": s.workdays, "text": s.text} for s in spans[:5]]
    verdicts = [_span_verdict(s, low, high, work) for s in spans]
    first = spans[0]
    limits = "、".join(x for x in (f"不少于 {low} 天" if low else "", f"不超过 {high} 天" if high else "",
                                  f"不少于 {work} 个工作日" if work else "") if x)
    evidence = Evidence(page.evidence.url, page.evidence.fetched_at, page.evidence.record, first.text)
    if all(v is True for v in verdicts):
        return Finding("pass", page.url, page.url, f"{what}写明 {first.text}，{_span_count(first)}，{limits}。", evidence, data)
    if all(v is False for v in verdicts):
        return Finding("fail", page.url, page.url, f"{what}写明 {first.text}，{_span_count(first)}，未达到{limits}。", evidence, data)
    if None in verdicts:
        unknown = spans[verdicts.index(None)]
        why = ("写明的是月数，实际天数取决于起止日期" if unknown.start is None and unknown.unit == "month" else
               "写明的是日历天数，无法换算为工作日" if unknown.start is None and unknown.workdays is None else
               "写明的是工作日，无法换算为日历天数" if unknown.start is None else "节假日日历缺少所写日期的年份，无法计算工作日")
        return Finding("incomplete", page.url, page.url, f"{what}：{unknown.text}，{why}。", evidence, data)
    return Finding("incomplete", page.url, page.url, f"{what}写明的几个期限天数不一，无法判断是否{limits}。", evidence, data)


def _span_verdict(span: Any, low: int | None, high: int | None, work: int | None) -> bool | None:
    """Whether one stated range or period meets the limits; None when a limit cannot be measured
    (a period in calendar days against a working-day limit, or the reverse; a year the holiday
    calendar lacks; a month against a limit between 28 and 31 days). N working days are at least
    N calendar days, so they can meet a minimum and miss a maximum."""
    checks: list[bool | None] = []
    fewest, most = span.calendar_days
    if low is not None:
        checks.append(True if fewest >= low else False if most is not None and most < low else None)
    if high is not None:
        checks.append(True if most is not None and most <= high else False if fewest > high else None)
    if work is not None:
        checks.append(span.workdays >= work if span.workdays is not None else None)
    if False in checks:
        return False
    return None if None in checks else True


def _span_count(span: Any) -> str:
    if span.start is None:  # a period stated in words
        return {"day": f"共 {span.days} 天", "workday": f"共 {span.workdays} 个工作日"}.get(span.unit, f"共 {span.length} 个月")
    return f"共 {span.days} 天" + (f"（{span.workdays} 个工作日）" if span.workdays is not None else "")


def judge(page: Located, text: PageText | None, params: dict[str, Any], label: str,
          texts: PageTexts | None = None) -> Finding:
    """One located page against the rule's patterns and its attachment, table and date-span
    requirements: the worst of them (messages of every part that did not pass are joined).
    With `when`, a page that does not state the condition owes nothing (not_applicable)."""
    unmet = _judge_when(page, text, params, label)
    if unmet is not None:
        return unmet
    parts = [f for f in (judge_text(page, text, params, label) if _has_patterns(params) else None,
                         _judge_attachment(page, params, label),
                         _judge_table(page, text, params, label, texts or PageTexts({})),
                         _judge_span(page, text, params, label)) if f is not None]
    worst = min(parts, key=lambda f: severity(f.status))
    if worst.status == "pass":
        return worst
    others = [f for f in parts if f is not worst and f.status != "pass"]
    if others:
        data = {k: v for f in reversed([worst, *others]) for k, v in f.data.items()}
        return replace(worst, message=worst.message + "".join(f.message for f in others), data=data)
    return worst


def _judge_when(page: Located, text: PageText | None, params: dict[str, Any], label: str) -> Finding | None:
    """None when the requirements apply to the page; otherwise why they do not, or why that
    is unknown (a text not read, or cut before the condition could be seen)."""
    if not params["when"]:
        return None
    data = {"title": page.title, "label": label}
    what = f"{label}《{page.title}》"
    if text is None:
        return Finding("incomplete", page.url, page.url, f"{what}的正文未能提取，无法判断其内容。", page.evidence, data)
    if re.search(params["when"], text.text):
        return None
    if text.truncated:
        return Finding("incomplete", page.url, page.url,
                       f"{what}的正文有 {text.chars} 字，只读了前 {len(text.text)} 字，其中没有“{params['when']}”，无法判断是否适用。",
                       page.evidence, data)
    return Finding("not_applicable", page.url, page.url, f"{what}未出现“{params['when']}”，本项要求不适用。", page.evidence, data)


def _has_patterns(params: dict[str, Any]) -> bool:
    return bool(params["all_of"] or params["any_of"] or params["none_of"])


def judge_text(page: Located, text: PageText | None, params: dict[str, Any], label: str) -> Finding:
    """One located page against the rule's patterns."""
    subject = page.url
    data: dict[str, Any] = {"title": page.title, "label": label}
    if text is None:
        return Finding("incomplete", subject, page.url, f"{label}《{page.title}》的正文未能提取，无法判断其内容。",
                       page.evidence, data)
    # The headings are part of the text; "headings" looks only at them (a section titled 办理流程).
    body = "\n".join(text.headings) if params["search"] == "headings" else text.text
    missing = [lab for lab, rx, low in _patterns(params["all_of"]) if _count(rx, body, low) < low]
    any_of = _patterns(params["any_of"])
    hits = [lab for lab, rx, low in any_of if _count(rx, body, low) >= low]
    forbidden = [lab for lab, rx, _ in _patterns(params["none_of"]) if rx.search(body)]
    short = any_of and len(hits) < params["any_min"]
    data.update(missing=missing, forbidden=forbidden, any_found=hits, truncated=text.truncated)
    if forbidden:
        return Finding("fail", subject, page.url, f"{label}《{page.title}》出现了不应有的内容：{'、'.join(forbidden)}。",
                       page.evidence, data)
    if (missing or short) and text.truncated:
        return Finding("incomplete", subject, page.url,
                       f"{label}《{page.title}》的正文有 {text.chars} 字，只读了前 {len(text.text)} 字，其中未找到：{'、'.join(missing) or '所列内容'}。",
                       page.evidence, data)
    if missing or short:
        lacks = list(missing)
        if short:
            lacks.append(f"{'、'.join(lab for lab, _, _ in any_of)}中至少 {params['any_min']} 项（找到 {len(hits)} 项）")
        return Finding("fail", subject, page.url, f"{label}《{page.title}》未写明：{'；'.join(lacks)}。", page.evidence, data)
    if params["none_of"] and text.truncated:
        return Finding("incomplete", subject, page.url, f"{label}《{page.title}》的正文过长，只读了前 {len(text.text)} 字。",
                       page.evidence, data)
    first = next((rx for _, rx, _ in _patterns(params["all_of"]) + any_of), None)
    evidence = Evidence(page.evidence.url, page.evidence.fetched_at, page.evidence.record,
                        _snippet(first, body) if first else None)
    return Finding("pass", subject, page.url, f"{label}《{page.title}》写明了所要求的内容。", evidence, data)


def _page_text(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    label = params["label"]
    pages = locate(site, params["pages"], ctx)
    if not params["per_item"]:
        return _judged(site, pages, params, label, ctx, f"text:{label}")
    # per_item: each all_of requirement is its own subject, so a checklist's "每缺一项扣 n 分"
    # deducts once per requirement missing (on each page, or on the site with mode any).
    findings = []
    for item in params["all_of"]:
        name = _patterns([item])[0][0]
        one = _judged(site, pages, {**params, "all_of": [item]}, label, ctx, f"text:{label}:{name}")
        findings += [replace(f, subject=f"{f.subject}#{name}") if params["mode"] == "each" and pages else f for f in one]
    return findings


# mode any: the best page decides; a page the rule does not apply to (`when`) only when all are.
_ANY_ORDER = ("pass", "incomplete", "fail", "not_applicable")


def _judged(site: SiteModel, pages: list[Located], params: dict[str, Any], label: str, ctx: Context,
            subject: str) -> list[Finding]:
    if not pages:
        return [Finding("incomplete", subject, site.site, f"未找到{label}，无法检查其内容。",
                        Evidence(url=site.site), {"label": label, "located": 0})]
    findings = [judge(p, ctx.texts.get(p.url), params, label, ctx.texts) for p in pages]
    if params["mode"] == "each":
        return findings
    # mode any: the site satisfies the item when one of the located pages does.
    best = next((f for status in _ANY_ORDER for f in findings if f.status == status))
    status, message = best.status, best.message
    if status in ("fail", "not_applicable") and site.crawl.budget_exhausted:  # a page not fetched might decide it
        status, message = "incomplete", f"{message}（抓取未完成，未抓取的页面可能满足要求。）"
    return [Finding(status, subject, best.url, message, best.evidence, {**best.data, "located": len(pages)})]


PAGE_TEXT = CheckKind(
    name="page_text",
    doc=("定位到的页面正文写明所要求的内容。params: pages（定位：kind（含 list：栏目列表页）、column_class、column、title、url、exclude_title，"
         "见 docs/rules.md）；all_of（每项都须出现，正则或 {pattern, min, label}）；any_of 与 any_min（至少 any_min 项出现）；"
         "none_of（均不得出现）；attachment（须附的附件：ext 扩展名列表、text 附件名称正则，只对已识别的文件页判断）；"
         "table（须有数据表格：min_rows、header、min）；date_span（正文写明的起止日期相隔天数或文字期限：min_days、max_days、min_workdays、near）；"
         "search（text | headings，默认 text）；when（条件正则：正文出现它的页面才须满足要求，其他页面 not_applicable）；"
         "per_item（true：all_of 每项一个结论，每缺一项扣一次分）；"
         "mode（each：每个页面一个结论，默认；any：有一个页面满足即通过）；label（报告中的称呼）。"
         "未定位到页面或正文未能提取为 incomplete，正文超出截取长度而未找到为 incomplete。"),
    params={
        "pages": Param(dict, validator=validate_locator, doc="页面定位", class_ids=locator_classes),
        "all_of": Param(list, [], validator=_validate_patterns, doc="每项都须出现"),
        "any_of": Param(list, [], validator=_validate_patterns, doc="至少 any_min 项出现"),
        "any_min": Param(int, 1, doc="any_of 中至少出现的项数"),
        "none_of": Param(list, [], validator=_validate_patterns, doc="均不得出现"),
        "search": Param(str, "text", validator=one_of("text", "headings"), doc="text：正文（含小标题）；headings：只看小标题"),
        "mode": Param(str, "each", validator=one_of("each", "any"), doc="each：逐页判断；any：一页满足即可"),
        "attachment": Param(dict, {}, validator=_validate_attachment,
                            doc="须附的附件：ext（扩展名列表，如 [pdf, doc, docx]）、text（附件名称正则）"),
        "table": Param(dict, {}, validator=_validate_table,
                       doc="须有数据表格：min_rows（含表头的行数，默认 2）、header（表头正则）、min（表格数，默认 1）"),
        "date_span": Param(dict, {}, validator=_validate_span,
                           doc="正文写明的起止日期相隔天数（含首尾两天）或文字期限（为期30日、三十日、5个工作日、一个月）：min_days、max_days、min_workdays（工作日，按法定节假日），near（日期或期限须紧随其后的关键词正则）"),
        "when": Param(str, "", validator=re.compile,
                      doc="条件正则：正文出现它的页面才须满足要求，其他页面不适用（如 不予采纳 → 须写明理由）"),
        "per_item": Param(bool, False, doc="all_of 每项一个结论（每缺一项扣一次分）；只与 all_of 同用"),
        "label": Param(str, "页面", doc="报告中的称呼，如 机构职能页面"),
    },
    run=_page_text,
    cross=lambda p: _cross(p),
)


def _cross(p: dict[str, Any]) -> None:
    if not (_has_patterns(p) or p["attachment"] or p["table"] or p["date_span"]):
        raise ValueError("page_text needs at least one of all_of, any_of, none_of, attachment, table, date_span")
    if p["per_item"] and (not p["all_of"] or p["any_of"] or p["none_of"] or p["attachment"] or p["table"] or p["date_span"]):
        raise ValueError("per_item gives each all_of requirement its own finding: it needs all_of and takes "
                         "no any_of, none_of, attachment, table or date_span")
    if p["per_item"]:
        names = [name for name, _, _ in _patterns(p["all_of"])]
        if len(set(names)) < len(names):
            raise ValueError("per_item: two all_of requirements have the same label")
