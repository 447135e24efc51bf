"""Command-line interface: thin wrappers that parse options, call one pipeline step, set the exit code.

Exit codes: 0 compliant; 1 findings at or above --fail-on (default deduction: a failed veto or
deduction rule, grade 不合格; with --fail-on-new only findings new since --baseline) or score
under --fail-under; 2 no verdict (无法评估, 评估不完整, 待定) or a usage or input error (bad URL,
bad rule file, unusable output folder, corrupt archive, bad baseline or configuration).

Every option can also be set by a GOVAUDIT_<OPTION> environment variable or in the
configuration file (govaudit.cliutil): defaults < file < environment < command line.
"""

from __future__ import annotations

import contextlib
import json
import logging
import tempfile
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import click

from govaudit import __version__, console, pipeline
from govaudit.cli_evidence import add_screenshots, check_screenshots, evidence, screenshot_options
from govaudit.cli_rules import rules
from govaudit.baseline import Baseline, compare, load_baseline
from govaudit.cliutil import DEFAULT_FAIL_ON, FAIL_ON, add_envvars, config_option, exit_code, site_config, summary_line
from govaudit.cliutil import handle_errors as _handle_errors
from govaudit.config import SiteConfig
from govaudit.errors import UserError
from govaudit.report import DEFAULT_MD_MAX_CHARS, FORMATS, formats_help
from govaudit.resources import pack_path
from govaudit.ruleset import DEFAULT_PROFILE
from govaudit.settings import CrawlSettings
from govaudit.timeutil import today

def _auto_jobs() -> int:
    from govaudit.model.readpages import auto_jobs  # the page reader's stack: only when building

    return auto_jobs()


class _IsoDate(click.ParamType):
    """A YYYY-MM-DD date (a TOML date in the configuration file too)."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a date; write it as YYYY-MM-DD.", param, ctx)


class _FormatList(click.ParamType):
    """Comma-separated report formats of the registry, as a list."""

    name = "FORMATS"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> list[str]:
        if isinstance(value, list):
            return value
        chosen = [f.strip() for f in str(value).split(",") if f.strip()]
        if not chosen or any(f not in FORMATS for f in chosen):
            self.fail(f"{value!r}: choose from {', '.join(FORMATS)} (comma-separated).", param, ctx)
        return chosen


def _format_option(default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--format", "formats", type=_FormatList(), default=default, show_default=True,
                        help=f"Comma-separated, any of: {formats_help()}.")


_MD_MAX_CHARS = click.option("--md-max-chars", type=click.IntRange(2000), default=DEFAULT_MD_MAX_CHARS, show_default=True,
                             help="Keep report.md under this many characters (a pull-request comment holds 65,536): "
                                  "verdict, deductions and failing rules stay; passes are counted, long finding lists cut.")


def _crawl_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    defaults = CrawlSettings()
    options = [
        click.option("--rate", type=float, default=defaults.rate, show_default=True, help="Max requests per second per host (0 = unlimited, only for your own server)."),
        click.option("--concurrency", type=click.IntRange(1, 32), default=defaults.concurrency, show_default=True, help="Max requests in flight per host."),
        click.option("--max-pages", type=click.IntRange(1), default=defaults.max_pages, show_default=True, help="Fetch at most this many pages (rendered pages' script requests included)."),
        click.option("--max-checks", type=click.IntRange(0), default=defaults.max_checks, show_default=True, help="Check at most this many attachments and images (a budget apart from pages)."),
        click.option("--max-depth", type=click.IntRange(0), default=defaults.max_depth, show_default=True, help="Max link hops from the start URL."),
        click.option("--max-list-pages", type=click.IntRange(1), default=defaults.max_list_pages, show_default=True, help="Max pages of one list queued from its pager (the rest are recorded as cut)."),
        click.option("--max-urls-per-pattern", type=click.IntRange(1), default=defaults.max_urls_per_pattern, show_default=True, help="Max URLs of one shape queued (a trap guard; the rest are recorded as cut)."),
        click.option("--max-time", type=click.FloatRange(1), default=defaults.max_time, show_default=True, help="Stop crawling after this many seconds."),
        click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt (evaluators only; recorded in the snapshot)."),
        click.option("--contact", default=None, help="E-mail or URL added to the User-Agent so webmasters can reach you."),
        click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST", help="Also crawl this host (repeatable; *.example.gov.cn for all subdomains)."),
        click.option("--include", multiple=True, metavar="REGEX", help="Only crawl URLs matching this regular expression (repeatable)."),
        click.option("--exclude", multiple=True, metavar="REGEX", help="Never crawl URLs matching this regular expression (repeatable)."),
        click.option("--render", type=click.Choice(["auto", "never", "always"]), default=defaults.render, show_default=True, help="Render pages in Chromium: auto = only pages whose lists or links are loaded by script."),
        click.option("--insecure", is_flag=True, help="Do not verify TLS certificates (expired or self-signed; recorded in the snapshot)."),
        click.option("--resume", type=click.Path(path_type=Path), default=None, metavar="DIR", help="Continue the interrupted crawl in DIR (its URL and options are remembered)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


_JOBS = click.option("--jobs", "-j", type=click.IntRange(0), default=0, show_default=True,
                     help="Processes that read the snapshot's pages when building the model (0: one per core). "
                          "Snapshots of a few hundred pages or fewer are read by one.")
_QUIET = click.option("--quiet", "-q", is_flag=True, help="Print only errors (and the --summary line if asked): no progress, table or paths.")
_SUMMARY = click.option("--summary", is_flag=True, help="Print one line for CI logs: grade, score, findings by status "
                                                        "and, with --baseline, by new / unchanged / resolved.")
_BASELINE = click.option("--baseline", type=click.Path(path_type=Path), default=None, metavar="RESULTS_JSON",
                         help="An earlier run's results.json (or its folder): mark each finding new, updated or "
                              "unchanged and list the resolved ones, in every format.")
_FAIL_ON_NEW = click.option("--fail-on-new", is_flag=True, help="With --baseline: exit 1 only for findings new since the "
                                                                "baseline at or above --fail-on (old ones and the grade are not counted).")


def _baseline(path: Path | None, fail_on_new: bool = False) -> Baseline | None:
    if path is None:
        if fail_on_new:
            raise UserError("--fail-on-new needs --baseline: give the results.json of an earlier run.")
        return None
    return load_baseline(path)


@contextlib.contextmanager
def _progress(log_format: str, quiet: bool) -> Iterator[console.CrawlProgressDisplay | None]:
    """The crawl's progress display; when quiet none, and the crawl's warnings (pages not
    rendered: also recorded in the snapshot and the reports) held back for the while."""
    if not quiet:
        with console.CrawlProgressDisplay(log_format) as display:
            yield display
        return
    logger = logging.getLogger("govaudit")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield None
    finally:
        logger.setLevel(level)


def _finish(results: dict[str, Any], quiet: bool, summary: bool, written: Sequence[Path] = (), label: str = "") -> None:
    """What check, report and audit print: the summary table and the reports written (not when
    quiet), then the --summary line."""
    if not quiet:
        console.summary_table(results)
        for path in written:
            console.out.print(f"{label}{path}")
    if summary:
        console.out.print(summary_line(results))


_FORCE = click.option("--force", is_flag=True, help="Write into a non-empty --out folder, replacing the govaudit files "
                                                    "(snapshot, site.json, results.json, reports) found there.")
_LOG_FORMAT = click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
                           help="Crawl progress on stderr when not on a terminal: plain lines, or JSON lines (also on a terminal).")


def _settings(url: str | None, out: Path | None, resume: Path | None, rate: float, concurrency: int, max_pages: int,
              max_checks: int, max_depth: int, max_list_pages: int, max_urls_per_pattern: int, max_time: float, ignore_robots: bool, contact: str | None, allow_hosts: tuple[str, ...],
              include: tuple[str, ...], exclude: tuple[str, ...], insecure: bool, render: str) -> tuple[str, Path, CrawlSettings]:
    """(start URL, output folder, settings); with --resume, the crawl's own, overridden by options given again
    on the command line or in GOVAUDIT_* variables (a configuration file's values are defaults, not given)."""
    settings = CrawlSettings(rate=rate, concurrency=concurrency, max_pages=max_pages, max_checks=max_checks,
                             max_depth=max_depth,
                             max_list_pages=max_list_pages, max_urls_per_pattern=max_urls_per_pattern, max_time=max_time, obey_robots=not ignore_robots, contact=contact,
                             allow_hosts=allow_hosts, include=include, exclude=exclude, insecure=insecure, render=render)
    if resume is None:
        if url is None or out is None:
            raise UserError("Give the site's URL and --out FOLDER, or --resume FOLDER to continue a crawl.")
        return url, out, settings
    if out is not None and out.resolve() != resume.resolve():
        raise UserError(f"--out {out} and --resume {resume} differ: a resumed crawl writes where it started.")
    from govaudit.crawl.resume import resume_settings

    ctx = click.get_current_context()
    sources = (click.core.ParameterSource.COMMANDLINE, click.core.ParameterSource.ENVIRONMENT)
    given = {f: getattr(settings, f) for f in ("rate", "concurrency", "max_pages", "max_checks", "max_depth", "max_list_pages",
                                               "max_urls_per_pattern", "max_time", "contact",
                                               "allow_hosts", "include", "exclude", "insecure", "render")
             if ctx.get_parameter_source(f) in sources}
    if ctx.get_parameter_source("ignore_robots") in sources:
        given["obey_robots"] = settings.obey_robots
    start, resumed = resume_settings(resume, url, given)
    return start, resume, resumed


def _check_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option("--as-of", "as_of", type=_IsoDate(), default=None, help="Evaluate as of this date (default: today, Asia/Shanghai).")(fn)
    fn = click.option("--rules", "rules_dir", type=click.Path(path_type=Path), default=None,
                      callback=lambda _ctx, _param, value: pack_path(value),
                      help="Rule pack folder, or the name of a shipped pack such as yishui-2022 (default: the bundled pack).")(fn)
    fn = click.option("--profile", default=None, help=f"Scoring profile in the rule pack (default: the configuration's, else {DEFAULT_PROFILE}).")(fn)
    fn = click.option("--no-waivers", is_flag=True, help="List the configuration's waivers but apply none (evaluators).")(fn)
    fn = click.option("--manual", "manual", type=click.Path(path_type=Path), default=None, metavar="FILE.yaml",
                      help="An evaluator's manual findings (YAML), merged into results.json with their provenance.")(fn)
    return fn


_FAIL_ON = click.option("--fail-on", "fail_on", type=click.Choice(FAIL_ON), default=DEFAULT_FAIL_ON, show_default=True,
                        help="Exit 1 when a rule at this level or a more serious one fails: veto < deduction < warn "
                             "(预警 findings) < info. Waived findings never count.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govaudit")
def main() -> None:
    """政府网站政务公开自动评估 — audit a Chinese government website's information disclosure."""


@main.command()
@click.argument("url", required=False)
@click.option("--out", "out", type=click.Path(path_type=Path), default=None, help="Output folder (required unless --resume).")
@_crawl_options
@_LOG_FORMAT
@_QUIET
@config_option
@_handle_errors
def crawl(url: str | None, out: Path | None, log_format: str, quiet: bool, config_path: Path | None, **opts: Any) -> None:
    """Crawl URL into a snapshot (WARC + index) in OUT/snapshot."""
    url, out, settings = _settings(url, out, **opts)
    with _progress(log_format, quiet) as progress:
        pipeline.crawl(url, out, settings, progress)


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@_JOBS
@_QUIET
@config_option
@_handle_errors
def build(out: Path, jobs: int, quiet: bool, config_path: Path | None) -> None:
    """Build OUT/site.json (the site model) from the snapshot in OUT."""
    site = pipeline.build(out, jobs=jobs or _auto_jobs())
    if not quiet:
        console.info(f"site model: {len(site.columns)} columns, {len(site.documents)} documents -> {out / pipeline.SITE_FILE}")


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@_check_options
@click.option("--fail-under", type=float, default=None, help="Exit 1 when the score is below this.")
@_FAIL_ON
@_BASELINE
@_FAIL_ON_NEW
@_MD_MAX_CHARS
@_QUIET
@_SUMMARY
@config_option
@_handle_errors
def check(out: Path, as_of: date | None, rules_dir: Path | None, profile: str | None, config_path: Path | None,
          no_waivers: bool, manual: Path | None, fail_under: float | None, fail_on: str, baseline: Path | None,
          fail_on_new: bool, md_max_chars: int, quiet: bool, summary: bool) -> None:
    """Evaluate the rules on OUT/site.json and write OUT/results.json (reports already in OUT are re-rendered)."""
    earlier = _baseline(baseline, fail_on_new)
    results = pipeline.check(out, as_of or today(), rules_dir, profile, site_config(), not no_waivers, earlier, manual,
                             md_max_chars)
    if not quiet:
        for path in pipeline.views_in(out):
            console.info(f"已按新结果重新生成 / re-rendered from the new results: {path}")
    _finish(results, quiet, summary)
    raise SystemExit(exit_code(results, fail_on, fail_under, fail_on_new))


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@_format_option("html,md")
@_MD_MAX_CHARS
@_BASELINE
@_QUIET
@_SUMMARY
@screenshot_options
@config_option
@_handle_errors
def report(out: Path, formats: list[str], md_max_chars: int, baseline: Path | None, quiet: bool, summary: bool,
           screenshots: str | None, max_screenshots: int, config_path: Path | None) -> None:
    """Render reports from OUT/results.json."""
    check_screenshots(screenshots)
    earlier = _baseline(baseline)
    written = pipeline.report(out, formats, md_max_chars, earlier)
    if screenshots:
        add_screenshots(out, pipeline.load_results(out), screenshots, max_screenshots, formats)
    if not quiet:
        for path in written:
            console.out.print(str(path))
    if summary:
        results = pipeline.load_results(out)
        console.out.print(summary_line(results if earlier is None else compare(results, earlier)))


def _audit(url: str, out: Path, settings: CrawlSettings, as_of: date, rules_dir: Path | None, profile: str | None,
           formats: list[str], config: SiteConfig | None = None, use_waivers: bool = True,
           log_format: str = "text", md_max_chars: int = DEFAULT_MD_MAX_CHARS, baseline: Baseline | None = None,
           quiet: bool = False, manual: Path | None = None, jobs: int = 0) -> tuple[dict[str, Any], list[Path]]:
    with _progress(log_format, quiet) as progress:
        pipeline.crawl(url, out, settings, progress)
    pipeline.build(out, jobs=jobs or _auto_jobs())
    results = pipeline.check(out, as_of, rules_dir, profile, config, use_waivers, baseline, manual)
    return results, pipeline.report(out, formats, md_max_chars, baseline)


@main.command()
@click.argument("url", required=False)
@click.option("--out", "out", type=click.Path(path_type=Path), default=None, help="Output folder (required unless --resume).")
@_crawl_options
@_check_options
@_format_option("html,md,json")
@_MD_MAX_CHARS
@click.option("--fail-under", type=float, default=None, help="Exit 1 when the score is below this.")
@_FAIL_ON
@_BASELINE
@_FAIL_ON_NEW
@_LOG_FORMAT
@_FORCE
@_JOBS
@_QUIET
@_SUMMARY
@screenshot_options
@config_option
@_handle_errors
def audit(url: str | None, out: Path | None, as_of: date | None, rules_dir: Path | None, profile: str | None,
          config_path: Path | None, no_waivers: bool, manual: Path | None, formats: list[str], md_max_chars: int,
          fail_under: float | None, fail_on: str, baseline: Path | None, fail_on_new: bool, log_format: str,
          force: bool, jobs: int, quiet: bool, summary: bool, screenshots: str | None, max_screenshots: int,
          **opts: Any) -> None:
    """Crawl, build, check and report URL in one go."""
    check_screenshots(screenshots)
    url, out, settings = _settings(url, out, **opts)
    config = site_config()
    pipeline.preflight(url, settings, rules_dir, profile, config, manual)  # nothing is written before this
    earlier = _baseline(baseline, fail_on_new)  # a bad baseline fails before crawling
    if not settings.resume:
        pipeline.claim_out_dir(out, "audit", force)
    results, written = _audit(url, out, settings, as_of or today(), rules_dir, profile, formats,
                              config, not no_waivers, log_format, md_max_chars, earlier, quiet, manual, jobs)
    add_screenshots(out, results, screenshots, max_screenshots, formats)
    _finish(results, quiet, summary, written, "报告 / report: ")
    raise SystemExit(exit_code(results, fail_on, fail_under, fail_on_new))


@main.command()
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("govaudit-demo"), show_default=True, help="Output folder.")
@_FORCE
@_handle_errors
def demo(out: Path, force: bool) -> None:
    """Audit the bundled sample site (a fictional district government) on 127.0.0.1, no network needed."""
    from govaudit.demo import DEMO_AS_OF
    from govaudit.demo.server import serve
    from govaudit.demo.sitegen import generate_site

    pipeline.load_rules(None, DEFAULT_PROFILE, None)  # the installed pack: checked before --out is touched
    pipeline.claim_out_dir(out, "demo", force)  # re-running the demo replaces its own output, nothing else
    with tempfile.TemporaryDirectory(prefix="govaudit-demo-site-") as tmp:
        generate_site(Path(tmp))
        with serve(Path(tmp)) as base_url:
            console.info(f"示例站点 / sample site: {base_url}  (评估基准日 {DEMO_AS_OF})")
            settings = CrawlSettings(rate=0, concurrency=4, max_time=600)
            results, written = _audit(base_url, out, settings, DEMO_AS_OF, None, DEFAULT_PROFILE, list(FORMATS))
    console.summary_table(results)
    html = next((p for p in written if p.suffix == ".html"), None)
    console.out.print(f"HTML 报告 / report: {html.resolve() if html else '-'}")


@main.command()
@click.argument("target")
@click.option("--url", default=None, help="The page's URL, to resolve links when TARGET is a file.")
@_handle_errors
def inspect(target: str, url: str | None) -> None:
    """Print, as JSON, what the model extracts from one page (a file or an http(s) URL)."""
    from govaudit.inspect import inspect_target

    click.echo(json.dumps(inspect_target(target, url), ensure_ascii=False, indent=2))


main.add_command(rules)
main.add_command(evidence)

from govaudit.batch.commands import register as _register_batch  # noqa: E402 - needs the options above

_register_batch(main)
add_envvars(main)  # last: every command's options, whoever added them
