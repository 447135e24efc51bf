"""The league table as CSV, Markdown and self-contained HTML (inline CSS, SVG and script).

Site names, URLs, regions and organisations come from the researcher's CSV and crawled sites:
every one is escaped for its format (HTML entities, Markdown character references, CSV
formula neutralisation), URLs become links only when http(s)."""

from __future__ import annotations

import csv
import math
import io
from html import escape

from govaudit.batch.league import League, SiteRow
from govaudit.report.csv_report import neutralise
from govaudit.report.escape import md_escape, reveal_invisible, safe_href


def _columns(league: League) -> list[str]:
    trend = ["基线得分", "得分变化", "新增问题", "已解决问题"] if league.baseline else []
    return (["名次", "站点", "网址", "地区", "层级", "单位类型", "得分", "等级", "抓取页数", "未决规则", "被拦截请求", "抓取未完成"]
            + [f"{c}扣分" for c in league.categories] + trend + ["抓取开始", "抓取结束", "说明"])


def _num(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _signed(value: float | None) -> str:
    return "" if value is None else f"{value:+g}"


def _note(row: SiteRow) -> str:
    if row.status != "done" or row.ranked:
        return row.reason or ""
    parts = ["未排名"]
    if row.score_min is not None and row.score_max is not None:
        parts.append(f"得分区间 {_num(row.score_min)}–{_num(row.score_max)}")
    if row.reason:
        parts.append(row.reason.replace("\n", "；"))
    return "，".join(parts)


def _cells(league: League, row: SiteRow) -> list[str]:
    """The row's cells as plain text (each format escapes them)."""
    trend = ([_num(row.baseline_score) if row.baseline_score is not None else (row.baseline_grade or ""),
              _signed(row.score_change), _num(row.new_findings), _num(row.resolved_findings)] if league.baseline else [])
    done = row.status == "done"
    return ([str(row.rank) if row.rank else "—", row.name, row.url, row.region, row.level, row.organisation,
             _num(row.score) if row.ranked else row.grade, row.grade,
             _num(row.pages) if done else "", _num(row.rules_incomplete) if done else "", _num(row.blocked) if done else "",
             ("是" if row.budget_exhausted else "否") if done else ""]
            + [_num(row.categories.get(c)) for c in league.categories] + trend
            + [row.crawl_started or "", row.crawl_finished or "", _note(row)])


def _statement(league: League) -> list[tuple[str, str]]:
    run = league.run
    lines = [("评估批次", f"第 {run['id']} 次运行（{'抓取评估' if run['kind'] == 'batch' else '重新评分'}），开始于 {run['started']}"),
             ("规则集", f"{run['ruleset_name']}，{run['ruleset_hash']}"), ("评分方案", run["profile"]),
             ("评估基准日", run["as_of"]), ("工具版本", f"govaudit {run['tool_version']}"),
             ("抓取时间", "见各站点“抓取开始/抓取结束”列（重新评分沿用原抓取）")]
    if league.baseline:
        b = league.baseline
        lines.append(("对比基线", f"第 {b['id']} 次运行（规则集 {b['ruleset_hash']}，评分方案 {b['profile']}，基准日 {b['as_of']}）"))
    if league.filters:
        lines.append(("筛选", "，".join(f"{'地区' if k == 'region' else '层级'} = {v}" for k, v in league.filters.items())))
    return lines


_BOX_LABELS = (("min", "最低"), ("q1", "下四分位"), ("median", "中位数"), ("q3", "上四分位"), ("max", "最高"))


def _distribution_text(league: League) -> str:
    d = league.distribution()
    if d is None:
        return "没有可排名的站点，不计算得分分布。"
    return f"已排名 {len(league.scores)} 个站点：" + "，".join(f"{label} {_num(d[key])}" for key, label in _BOX_LABELS) + "。"


def _unranked_text(league: League) -> str:
    unranked = [r for r in league.rows if not r.ranked]
    if not unranked:
        return ""
    counts: dict[str, int] = {}
    for r in unranked:
        counts[r.grade] = counts.get(r.grade, 0) + 1
    return "未排名：" + "，".join(f"{g} {n} 个" for g, n in counts.items()) + "（不以分数参与排名）。"


# -- CSV ----------------------------------------------------------------------------------

def render_csv(league: League) -> str:
    """One row per site (BOM added by the file's encoding), formula-like cells neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_columns(league))
    for row in league.rows:
        writer.writerow([neutralise(c) for c in _cells(league, row)])
    return buffer.getvalue()


# -- Markdown -----------------------------------------------------------------------------

def render_md(league: League) -> str:
    """The league as a Markdown document with one table."""
    out = ["# 政府网站政务公开评估排名", ""]
    out += [f"- **{k}**：{md_escape(reveal_invisible(v))}" for k, v in _statement(league)]
    out += ["", f"得分分布：{_distribution_text(league)}", ""]
    if _unranked_text(league):
        out += [_unranked_text(league), ""]
    columns = _columns(league)
    out.append("| " + " | ".join(columns) + " |")
    out.append("|" + "---|" * len(columns))
    for row in league.rows:
        out.append("| " + " | ".join(md_escape(reveal_invisible(c)) or " " for c in _cells(league, row)) + " |")
    out.append("")
    return "\n".join(out)


# -- HTML ---------------------------------------------------------------------------------

_CSS = """body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:0}td.num{text-align:right}tr.unranked td{color:#666;background:#fafafa}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{font-weight:bold}dd{margin:0;word-break:break-all}
.filters{margin:1em 0}.filters label{margin-right:1.5em}svg text{font-size:11px}"""

_SCRIPT = """(function(){var r=document.getElementById('f-region'),l=document.getElementById('f-level');
function apply(){document.querySelectorAll('tr[data-site]').forEach(function(tr){
var ok=(!r.value||tr.dataset.region===r.value)&&(!l.value||tr.dataset.level===l.value);tr.hidden=!ok;});}
r.addEventListener('change',apply);l.addEventListener('change',apply);})();"""

_NUM_CLASS = ' class="num"'
_NUMERIC = {"名次", "得分", "抓取页数", "未决规则", "被拦截请求", "基线得分", "得分变化", "新增问题", "已解决问题"}


def render_html(league: League) -> str:
    """A self-contained page: statement, score distribution chart, filters and the table."""
    e = lambda text: escape(reveal_invisible(str(text)), quote=True)  # noqa: E731
    parts = ["<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">",
             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
             "script-src 'unsafe-inline'\">",
             f"<title>政府网站政务公开评估排名 · 第 {league.run['id']} 次运行</title><style>{_CSS}</style></head><body>",
             "<h1>政府网站政务公开评估排名</h1>", "<h2>可复现性说明</h2><dl>"]
    parts += [f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in _statement(league)]
    parts += ["</dl>", "<h2>得分分布</h2>", f"<p>{e(_distribution_text(league))}</p>", distribution_svg(league)]
    if _unranked_text(league):
        parts.append(f"<p>{e(_unranked_text(league))}</p>")
    parts.append("<div class=\"filters\">")
    for ident, label, values in (("f-region", "地区", league.regions), ("f-level", "层级", league.levels)):
        options = "".join(f"<option value=\"{e(v)}\">{e(v)}</option>" for v in values)
        parts.append(f"<label>{label} <select id=\"{ident}\"><option value=\"\">全部</option>{options}</select></label>")
    parts.append("</div><table><thead><tr>")
    columns = _columns(league)
    parts += [f"<th>{e(c)}</th>" for c in columns]
    parts.append("</tr></thead><tbody>")
    for row in league.rows:
        cls = "" if row.ranked else " class=\"unranked\""
        parts.append(f"<tr data-site=\"{e(row.name)}\" data-region=\"{e(row.region)}\" data-level=\"{e(row.level)}\"{cls}>")
        for column, cell in zip(columns, _cells(league, row)):
            if column == "网址" and safe_href(cell):
                parts.append(f"<td><a href=\"{e(cell)}\" rel=\"noopener noreferrer\">{e(cell)}</a></td>")
            else:
                parts.append(f"<td{_NUM_CLASS if column in _NUMERIC else ''}>{e(cell)}</td>")
        parts.append("</tr>")
    parts += ["</tbody></table>", f"<script>{_SCRIPT}</script></body></html>", ""]
    return "\n".join(parts)


def distribution_svg(league: League) -> str:
    """A histogram of the ranked scores (bins of 10 points) above a box plot (quartiles, median)."""
    d = league.distribution()
    if d is None:
        return ""
    top = max(100.0, d["max"])
    width, left, plot = 640, 40, 580
    x = lambda v: left + plot * v / top  # noqa: E731
    bins = [0] * math.ceil(top / 10)
    for s in league.scores:
        bins[min(int(s // 10), len(bins) - 1)] += 1
    tallest = max(bins) or 1
    svg = [f"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"200\" role=\"img\" "
           "aria-label=\"得分分布直方图与箱线图\">"]
    for i, n in enumerate(bins):
        h = 120 * n / tallest
        svg.append(f"<rect x=\"{x(i * 10) + 1:.1f}\" y=\"{140 - h:.1f}\" width=\"{plot * 10 / top - 2:.1f}\" "
                   f"height=\"{h:.1f}\" fill=\"#5b8def\"><title>{i * 10}–{i * 10 + 10} 分：{n} 个站点</title></rect>")
        if n:
            svg.append(f"<text x=\"{x(i * 10 + 5):.1f}\" y=\"{136 - h:.1f}\" text-anchor=\"middle\">{n}</text>")
    svg.append(f"<line x1=\"{left}\" y1=\"140\" x2=\"{left + plot}\" y2=\"140\" stroke=\"#333\"/>")
    for v in range(0, int(top) + 1, 10):
        svg.append(f"<text x=\"{x(v):.1f}\" y=\"154\" text-anchor=\"middle\">{v}</text>")
    # The box plot shares the histogram's axis; its values are in the sentence above the chart
    # (labels on the plot would overlap when quartiles coincide), and in each element's tooltip.
    y, tip = 180, "，".join(f"{label} {_num(d[key])}" for key, label in _BOX_LABELS)
    svg.append(f"<g><title>{tip}</title>")
    svg.append(f"<line x1=\"{x(d['min']):.1f}\" y1=\"{y}\" x2=\"{x(d['max']):.1f}\" y2=\"{y}\" stroke=\"#333\"/>")
    for key in ("min", "max"):
        svg.append(f"<line x1=\"{x(d[key]):.1f}\" y1=\"{y - 6}\" x2=\"{x(d[key]):.1f}\" y2=\"{y + 6}\" stroke=\"#333\"/>")
    svg.append(f"<rect x=\"{x(d['q1']):.1f}\" y=\"{y - 10}\" width=\"{max(x(d['q3']) - x(d['q1']), 1):.1f}\" height=\"20\" "
               "fill=\"#dbe6fb\" stroke=\"#333\"/>")
    svg.append(f"<line x1=\"{x(d['median']):.1f}\" y1=\"{y - 10}\" x2=\"{x(d['median']):.1f}\" y2=\"{y + 10}\" "
               "stroke=\"#c00\" stroke-width=\"2\"/></g>")
    svg.append("</svg>")
    return "".join(svg)
