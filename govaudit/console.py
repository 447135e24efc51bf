"""Terminal output: the only module that imports rich (errors, progress, summary table)."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlsplit

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from govaudit.vocab import LEVEL_LABELS, STATUS_LABELS

# Markup off: messages, URLs, titles and rule ids are shown as written ("[rules]", "[/x]"
# survive); styles are given as Text spans, never as markup in a string.
out = Console(highlight=False, soft_wrap=True, markup=False, emoji=False)
err = Console(stderr=True, highlight=False, markup=False, emoji=False)

_STATUS_STYLE = {"pass": "green", "fail": "bold red", "warn": "yellow", "not_applicable": "dim",
                 "incomplete": "magenta", "error": "bold magenta"}


def error(message: str) -> None:
    """A plain error message for the user (no traceback)."""
    err.print(Text.assemble(("错误 / error:", "bold red"), " ", message), soft_wrap=True)


def info(message: str) -> None:
    """A progress or status line on stderr (stdout stays clean for JSON output)."""
    err.print(message, soft_wrap=True)


def say(*parts: str | tuple[str, str]) -> None:
    """A line on stdout from plain strings and (text, style) pairs; no markup is read."""
    out.print(Text.assemble(*parts))


class CrawlProgressDisplay:
    """Crawl progress on stderr: a live display on a terminal (a line per host once there are
    several); otherwise a plain line per 25 fetches, or with log_format "json" (anywhere) a JSON
    object per line, for CI logs: {"event": "progress" | "done", ...}."""

    EVERY = 25  # fetches between two log lines

    def __init__(self, log_format: str = "text") -> None:
        self.json = log_format == "json"
        self.live = err.is_terminal and not self.json
        self._errors = 0
        self._hosts: dict[str, list[int]] = {}  # host -> [fetched, non-ok], in order of first fetch
        self._started = time.monotonic()
        self._progress: Progress | None = None
        self._task: Any = None
        self._host_tasks: dict[str, Any] = {}

    def __enter__(self) -> CrawlProgressDisplay:
        if self.live:
            self._progress = Progress(SpinnerColumn(), TextColumn("抓取 {task.description}", markup=False), BarColumn(),
                                      MofNCompleteColumn(), TextColumn("错误 {task.fields[errors]}", markup=False),
                                      TimeElapsedColumn(), console=err, transient=True)
            self._progress.start()
            self._task = self._progress.add_task("", total=None, errors=0)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress:
            self._progress.stop()

    def on_fetch(self, url: str, outcome: str, fetched: int, queued: int) -> None:
        host = urlsplit(url).netloc
        counts = self._hosts.setdefault(host, [0, 0])
        counts[0] += 1
        if outcome != "ok":
            self._errors += 1
            counts[1] += 1
        if self._progress:
            self._progress.update(self._task, completed=fetched, total=fetched + queued,
                                  description=url[-60:], errors=self._errors)
            if len(self._hosts) > 1:
                self._show_hosts()
        elif fetched % self.EVERY == 0:
            rate = fetched / max(time.monotonic() - self._started, 1e-3)
            if self.json:
                self._json({"event": "progress", "fetched": fetched, "queued": queued, "non_ok": self._errors,
                            "per_second": round(rate, 1), "hosts": self._per_host()})
                return
            info(f"crawl: fetched {fetched}, queued {queued}, non-ok {self._errors}, {rate:.1f}/s")
            if len(self._hosts) > 1:
                for h, (n, e) in self._hosts.items():
                    info(f"crawl:   {h}: fetched {n}, non-ok {e}")

    def on_finish(self, summary: Any) -> None:
        if self.json:
            self._json({"event": "done", "fetched": summary.fetched, "reason": summary.reason,
                        "by_outcome": summary.by_outcome, "cutoffs": summary.cutoffs, "refused": summary.refused,
                        "renders": summary.renders, "render_seconds": summary.render_seconds,
                        "seconds": summary.seconds, "hosts": self._per_host()})
            return
        info(f"crawl: done, {summary.fetched} fetched" + (f" (stopped: {summary.reason})" if summary.budget_exhausted else ""))
        if line := render_line(summary):
            info(line)
        if postback := summary.cutoffs.get("postback_pages"):
            info(f"crawl: {postback} list pages are reached only by a form postback (__doPostBack) and were not fetched; "
                 "their lists are judged as seen in part")
        if summary.refused:
            counts = ", ".join(f"{reason} {n}" for reason, n in summary.refused.items())
            info(f"crawl: the browser refused {sum(summary.refused.values())} requests of rendered pages ({counts})")

    def _per_host(self) -> dict[str, dict[str, int]]:
        return {host: {"fetched": n, "non_ok": e} for host, (n, e) in self._hosts.items()}

    def _show_hosts(self) -> None:
        for host, (fetched, errors) in self._hosts.items():
            if host not in self._host_tasks:
                self._host_tasks[host] = self._progress.add_task(f"  {host}", total=None, errors=0)
            self._progress.update(self._host_tasks[host], completed=fetched, errors=errors)

    @staticmethod
    def _json(event: dict[str, Any]) -> None:
        # Written as is: rich's print would wrap long lines and read :codes: as emoji.
        err.file.write(json.dumps(event, ensure_ascii=False) + "\n")
        err.file.flush()


def summary_table(results: dict[str, Any]) -> None:
    """Print the score, grade and one line per rule."""
    table = Table(title=f"{results['site']}  评估基准日 {results['as_of']}", show_lines=False)
    table.add_column("状态", no_wrap=True)
    table.add_column("级别", no_wrap=True)
    table.add_column("规则", ratio=1)
    table.add_column("不通过/检查", justify="right", no_wrap=True)
    for rule in results["rules"]:
        label, style = STATUS_LABELS[rule["status"]], _STATUS_STYLE[rule["status"]]
        title = rule["failure_title"] if rule["status"] == "fail" else rule["title"]
        counted = [r for r in rule["results"] if not r.get("waiver")]
        failed = sum(1 for r in counted if r["status"] == "fail")
        table.add_row(Text(label, style=style), LEVEL_LABELS.get(rule["level"], rule["level"]), title, f"{failed}/{len(rule['results'])}")
    if results["rules"]:  # a site that was not audited has no rule results
        out.print(table)
    for line in verdict_lines(results):
        out.print(line)
    cov = results["coverage"]
    note = "（抓取提前停止，结论可能不完整）" if cov["budget_exhausted"] else ""
    out.print(f"抓取页面 {cov['pages_fetched']} 个，检查对象 {cov.get('subjects_examined', 0)} 个{note}")


def verdict_lines(results: dict[str, Any]) -> list[Text]:
    """The verdict in words, styled: a grade with its score, or why there is none."""
    verdict = results.get("verdict") or {"code": "graded", "reasons": [], "not_reached": []}
    scoring = results["scoring"]
    if verdict["code"] in ("not_audited", "incomplete"):
        lines = [Text.assemble((results["grade"], "bold red"), "：本次没有完成评估，不给出得分和合格与否的结论。")]
        lines += [Text(f"  - {r['message']}") for r in verdict["reasons"]]
        missed = verdict.get("not_reached", [])
        if missed:
            shown = "、".join(f"{m['name']}（{m['why_label']}）" for m in missed[:5])
            lines.append(Text(f"  未观察到的栏目 {len(missed)} 个：{shown}{' 等' if len(missed) > 5 else ''}"))
        return lines
    rng = results.get("score_range") or {"min": results["score"], "max": results["score"]}
    shown = f"{rng['min']:g}" if rng["min"] == rng["max"] else f"{rng['min']:g}–{rng['max']:g}"
    if verdict["code"] == "undetermined":
        return [Text.assemble("得分区间 ", (shown, "bold"), "  等级 ", (results["grade"], "bold yellow"),
                              "（有未能确定的规则，可能改变结论）"),
                Text("  待定原因：" + "、".join(scoring.get("blocking", [])))]
    veto = f"  单项否决：{'、'.join(scoring['vetoed_by'])}" if scoring["vetoed_by"] else ""
    style = "bold green" if results["passed"] else "bold red"
    return [Text.assemble("得分 ", (shown, "bold"), "  等级 ", (results["grade"], style), veto)]


def rules_table(ruleset: Any) -> None:
    """One line per rule: id, level, category, title."""
    table = Table(title=f"{ruleset.name}（{len(ruleset.rules)} 条规则）")
    for col in ("规则", "级别", "类别", "标题"):
        table.add_column(col)
    for rule in ruleset.rules:
        table.add_row(rule.id, LEVEL_LABELS.get(rule.level, rule.level), rule.category, rule.title)
    out.print(table)


def render_line(summary: Any) -> str | None:
    """How much of the crawl the browser took (issue 13: Chromium only where a page needs it), or
    None when no page asked for it."""
    asked = {state: n for state, n in summary.renders.items() if state != "static"}
    if not asked:
        return None
    html = sum(summary.renders.values())
    share = f", {summary.render_seconds / summary.seconds:.0%} of the crawl's time" if summary.seconds > 0 else ""
    states = ", ".join(f"{state} {n}" for state, n in asked.items())
    return (f"crawl: {sum(asked.values())} of {html} HTML pages needed the browser ({states}); "
            f"Chromium took {summary.render_seconds:.1f} s{share}")
