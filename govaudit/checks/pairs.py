"""linked_pair: each X has a linked Y (征集 ↔ 反馈, 决策草案 ↔ 意见采纳说明, 预算 ↔ 决算 …),
optionally published within N Chinese working days.

X and Y are located like page_text's pages (checks/locate.py). An X and a Y are a pair when
one links to the other, when one quotes the other's 《title》 (drafts' （征求意见稿） dropped),
when one cites the other's 文号, or, with `key`, when the regex's first group reads the same
from both titles (2025年 of 2025年部门预算 and 2025年部门决算).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from govaudit.checks.base import CheckKind, Context, Finding, Param, one_of, parse_age, parse_since, subtract_age, validate_since
from govaudit.checks.locate import Located, candidates, locate, locator_classes, validate_locator
from govaudit.checks.window import outside_window
from govaudit.model.extract.wenhao import find_wenhao
from govaudit.model.linktable import link_columns
from govaudit.model.relations import quoted_names, title_names
from govaudit.model.types import Evidence, SiteModel
from govaudit.workdays import working_days_after

VIAS = ("hyperlink", "title", "wenhao", "key")
_DRAFT = re.compile(r"[（(](?:征求意见稿|草案|草案征求意见稿|送审稿|修订草案|代拟稿)[）)]")


_LEAD = re.compile(r"^(?:关于)?(?:公开)?(?:征求|征集)?(?:对)?《?")


def _clean(name: str) -> str:
    return _DRAFT.sub("", name).strip()


def _draft_names(title: str) -> set[str]:
    """The name a draft goes by in an unquoted title: what precedes its （草案）/（征求意见稿）
    (某区国土空间总体规划 of 某区国土空间总体规划（草案）公示)."""
    out = set()
    for m in _DRAFT.finditer(title):
        name = _LEAD.sub("", title[: m.start()].split("》")[-1]).strip()
        if len(name) >= 4:
            out.add(name)
    return out


class _Side:
    """What a page offers for matching: the names it goes by, the names and 文号 it mentions."""

    def __init__(self, page: Located, text: str) -> None:
        self.page = page
        self.names = {_clean(n) for n in title_names(page.title)} | _draft_names(page.title)
        body = f"{page.title}\n{text}"
        self.mentions = {_clean(n) for n in quoted_names(body)}
        self.cites = set(find_wenhao(body))


def _vias(x: _Side, y: _Side, links: set[tuple[str, str]], key: re.Pattern[str] | None, allowed: list[str]) -> list[str]:
    found = []
    a, b = x.page, y.page
    if "hyperlink" in allowed and ((a.url, b.url) in links or (b.url, a.url) in links
                                   or b.url in a.links_to or a.url in b.links_to):
        found.append("hyperlink")
    if "title" in allowed and (x.names & y.mentions or y.names & x.mentions):
        found.append("title")
    if "wenhao" in allowed and (a.wenhao and any(c.endswith(a.wenhao) for c in y.cites)
                                or b.wenhao and any(c.endswith(b.wenhao) for c in x.cites)):
        found.append("wenhao")
    if key is not None and "key" in allowed:
        ka, kb = key.search(a.title), key.search(b.title)
        if ka and kb and (ka.group(1) if key.groups else ka.group()) == (kb.group(1) if key.groups else kb.group()):
            found.append("key")
    return found


def _validate_vias(value: list[str]) -> None:
    unknown = [v for v in value if v not in VIAS]
    if unknown or not value:
        raise ValueError(f"each way must be one of {', '.join(VIAS)}" + (f", got {unknown[0]!r}" if unknown else ""))


def _judge(x: Located, pairs: list[tuple[Located, list[str]]], params: dict[str, Any], ctx: Context,
           texts_known: bool, cut: bool) -> Finding:
    label_x, label_y = params["x_label"], params["y_label"]
    data: dict[str, Any] = {"title": x.title, "date": x.date,
                            "pairs": [{"url": y.url, "title": y.title, "via": via, "date": y.date} for y, via in pairs]}
    what = f"{label_x}《{x.title}》"
    lag_max = params["within_workdays"]
    if pairs:
        if lag_max is None:
            y = pairs[0][0]
            return Finding("pass", x.url, x.url, f"{what}有对应的{label_y}《{y.title}》。", x.evidence, data)
        dated = sorted(y.date for y, _ in pairs if y.date)
        if not x.date or not dated:
            return Finding("incomplete", x.url, x.url, f"{what}或其{label_y}未能识别发布日期，无法判断是否及时。", x.evidence, data)
        lag = working_days_after(date.fromisoformat(x.date), date.fromisoformat(dated[0]))
        data.update(y_date=dated[0], lag_working_days=lag)
        if lag is None:
            return Finding("incomplete", x.url, x.url, f"节假日日历缺少 {x.date}–{dated[0]} 的数据，无法计算工作日。", x.evidence, data)
        if lag > lag_max:
            return Finding("fail", x.url, x.url, f"{what}发布于 {x.date}，{label_y}发布于 {dated[0]}，相隔 {lag} 个工作日，"
                                                 f"超过 {lag_max} 个工作日。", x.evidence, data)
        return Finding("pass", x.url, x.url, f"{what}的{label_y}在 {lag} 个工作日内发布。", x.evidence, data)
    # No Y: not yet due when X is recent, undecided when the texts to match by were not read.
    due = params["due_after"]
    if due is not None or lag_max is not None:
        if not x.date:
            return Finding("incomplete", x.url, x.url, f"{what}未找到{label_y}，且未能识别其发布日期，无法判断是否已到期。", x.evidence, data)
        published = date.fromisoformat(x.date)
        if due is not None and published > subtract_age(ctx.as_of, due):
            return Finding("not_applicable", x.url, x.url, f"{what}发布于 {x.date}，{label_y}尚未到期。", x.evidence,
                           {**data, "not_due": True})
        if due is None:
            elapsed = working_days_after(published, ctx.as_of)
            if elapsed is None or elapsed <= lag_max:
                return Finding("not_applicable", x.url, x.url, f"{what}发布于 {x.date}，{label_y}尚未到期。", x.evidence,
                               {**data, "not_due": True})
    if not texts_known and set(params["via"]) & {"title", "wenhao"}:
        return Finding("incomplete", x.url, x.url, f"{what}未找到通过链接关联的{label_y}；页面正文未提取，无法按标题或文号匹配。",
                       x.evidence, data)
    if cut:
        return Finding("incomplete", x.url, x.url, f"抓取未完成，未找到{what}对应的{label_y}。", x.evidence, data)
    return Finding("fail", x.url, x.url, f"{what}没有对应的{label_y}。", x.evidence, data)


def _window_start(params: dict[str, Any], ctx: Context) -> date | None:
    """The first publication date of the Xs judged: the later of `since` and `within`'s start."""
    starts = []
    if params["within"] != "all":
        starts.append(subtract_age(ctx.as_of, params["within"]))
    if params["since"]:
        starts.append(parse_since(params["since"]))
    return max(starts) if starts else None


def _any_pair(xs: list[tuple[Located, Finding]], params: dict[str, Any], site: SiteModel, unfetched: int) -> Finding:
    """`require: any`: one finding for the site, a pass only on `min` observed pairs. `unfetched`:
    Xs seen only in column lists (their page not fetched), which might have a Y."""
    label_x, label_y, need = params["x_label"], params["y_label"], params["min"]
    subject = f"pair:{label_x}"
    paired = [(x, f) for x, f in xs if f.status == "pass"]
    judged = [(x, f) for x, f in xs if f.status != "not_applicable"]
    data: dict[str, Any] = {"required": need, "paired": len(paired), "located": len(xs), "unfetched": unfetched,
                            "checked": [{"url": x.url, "title": x.title, "status": f.status} for x, f in xs[:20]]}
    if len(paired) >= need:
        x, f = paired[0]
        pairs = [{"url": x.url, "title": x.title, "pairs": g.data.get("pairs", [])} for x, g in paired[:need]]
        return Finding("pass", subject, x.url, f"{len(paired)} 件{label_x}有对应的{label_y}，如{f.message}",
                       f.evidence, {**data, "found": pairs})
    if not judged:
        return Finding("not_applicable", subject, site.site, f"定位到的 {len(xs)} 件{label_x}都不在评估范围内或尚未到期。",
                       Evidence(url=site.site), data)
    undecided = [x for x, f in judged if f.status == "incomplete"]
    short = f"要求至少 {need} 件{label_x}有对应的{label_y}，找到 {len(paired)} 件"
    if undecided or site.crawl.budget_exhausted or unfetched:
        why = (f"{len(undecided)} 件未能判断" if undecided else "抓取未完成" if site.crawl.budget_exhausted
               else f"另有 {unfetched} 件只在栏目列表中出现、页面未抓取")
        return Finding("incomplete", subject, (undecided or [judged[0][0]])[0].url, f"{short}；{why}。",
                       (undecided[0] if undecided else judged[0][0]).evidence, data)
    names = "、".join(f"《{x.title}》" for x, _ in judged[:5]) + ("等" if len(judged) > 5 else "")
    return Finding("fail", subject, judged[0][0].url, f"{short}（检查了 {len(judged)} 件：{names}）。", judged[0][0].evidence, data)


def _links_between(site: SiteModel, pages: list[Located]) -> set[tuple[str, str]]:
    """The (source, target) of each link from one of `pages` to another (all `_vias` looks up)."""
    urls = {p.url for p in pages}
    links = link_columns(site.links)
    return {(links.source[row], links.target[row]) for row in links.where("source", urls) if links.target[row] in urls}


def _linked_pair(site: SiteModel, params: dict[str, Any], ctx: Context) -> list[Finding]:
    pool = candidates(site)
    xs = locate(site, params["x"], ctx, pool)
    if not xs:
        return [Finding("incomplete", f"pair:{params['x_label']}", site.site, f"未找到{params['x_label']}，无法检查其{params['y_label']}。",
                        Evidence(url=site.site), {"located": 0})]
    # A Y seen only in a column's list (its page not fetched) still pairs by its title.
    ys = locate(site, params["y"], ctx, candidates(site, listed=True))
    links = _links_between(site, [*xs, *ys])
    key = re.compile(params["key"]) if params["key"] else None
    vias = params["via"] + (["key"] if key is not None and "key" not in params["via"] else [])

    def side(page: Located) -> _Side:
        text = ctx.texts.get(page.url)
        return _Side(page, text.text if text else "")

    y_sides = [side(y) for y in ys]
    start = _window_start(params, ctx)
    findings, judged = [], []
    for x in xs:
        xs_side = side(x)
        pairs = [(y.page, via) for y in y_sides if y.page.url != x.url and (via := _vias(xs_side, y, links, key, vias))]
        finding = _judge(x, pairs, params, ctx, ctx.texts.available, site.crawl.budget_exhausted)
        if start is not None and x.date is not None and x.date < start.isoformat():
            if params["require"] == "any":  # before the window: neither counted nor listed
                continue
            finding = outside_window(finding, f"评估窗口 {start.isoformat()} 之前发布", window_start=start.isoformat())
        judged.append((x, finding))
        if finding is not None:
            findings.append(finding)
    if params["require"] == "any":
        listed = [c for c in locate(site, params["x"], ctx, candidates(site, listed=True)) if c.kind == "listed"
                  and (start is None or c.date is None or c.date >= start.isoformat())]
        return [_any_pair(judged, params, site, len(listed))] if judged else [
            Finding("incomplete", f"pair:{params['x_label']}", site.site,
                    f"评估窗口 {start.isoformat() if start else ''} 以来未找到{params['x_label']}，无法检查其{params['y_label']}。",
                    Evidence(url=site.site), {"located": len(xs), "window_start": start.isoformat() if start else None})]
    return findings


def _validate_min(value: int) -> None:
    if value < 1:
        raise ValueError(f"must be a whole number ≥ 1, got {value}")


def _cross(params: dict[str, Any]) -> None:
    if params["min"] != 1 and params["require"] != "any":
        raise ValueError("'min' applies only with require: any (every X is judged otherwise)")


LINKED_PAIR = CheckKind(
    name="linked_pair",
    doc=("每个 X 都有关联的 Y（征集 ↔ 反馈、决策草案 ↔ 意见采纳说明、预算 ↔ 决算）。params: x、y（页面定位，同 page_text 的 pages）；"
         "x_label、y_label（报告中的称呼）；via（hyperlink 相互链接、title 引用《标题》、wenhao 引用文号、key；默认前三种）；"
         "key（正则，两者标题中第一组相同即配对，如 (20\\d{2})年）；within_workdays（Y 须在 X 之后多少个工作日内发布）；"
         "due_after（X 发布多久后才要求有 Y，如 30d、18m；未到期为 not_applicable）；within（只评估该期限内发布的 X，默认 all）；"
         "since（固定起始日期，如 2018）；require（each 逐件判断，默认；any 至少 min 件有 Y 即通过）。"
         "未定位到 X 为 incomplete；require: any 时没有观察到的配对决不通过。"),
    params={
        "x": Param(dict, validator=validate_locator, doc="X 的定位", class_ids=locator_classes),
        "y": Param(dict, validator=validate_locator, doc="Y 的定位", class_ids=locator_classes),
        "x_label": Param(str, "文件", doc="X 的称呼，如 意见征集"),
        "y_label": Param(str, "关联信息", doc="Y 的称呼，如 意见反馈"),
        "via": Param(list, ["hyperlink", "title", "wenhao"], validator=_validate_vias, doc="配对方式"),
        "key": Param(str, "", validator=re.compile, doc="按标题中相同的部分配对的正则（第一组）"),
        "within_workdays": Param((int, type(None)), None, doc="Y 须在 X 之后多少个工作日内发布"),
        "due_after": Param((str, type(None)), None, validator=lambda v: v is None or parse_age(v), doc="X 发布多久后要求有 Y"),
        "within": Param(str, "all", validator=lambda v: v == "all" or parse_age(v), doc="评估窗口，如 24m；all 为全部"),
        "since": Param((str, int, date), "", validator=validate_since,
                       doc="固定的起始日期：只评估此后发布的 X，如 2018 或 2018-01-01（与 within 同时给出时取较晚者）"),
        "require": Param(str, "each", validator=one_of("each", "any"),
                         doc="each：每个 X 一个结论（默认）；any：至少 min 个 X 有 Y 即通过，一个结论（对象 pair:<x_label>）"),
        "min": Param(int, 1, validator=_validate_min, doc="require: any 时至少有 Y 的 X 的件数"),
    },
    run=_linked_pair,
    cross=_cross,
)
