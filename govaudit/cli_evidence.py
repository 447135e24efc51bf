"""`govaudit evidence` and the `--screenshots` options of `audit` and `report`: what an
evaluator hands over beside the report (archived records, screenshots of failing pages)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import click

from govaudit import console, pipeline
from govaudit.cliutil import handle_errors
from govaudit.report import write_reports
from govaudit.report.screenshots import (DEFAULT_MAX_SCREENSHOTS, MODES, chinese_font_missing, require_browser,
                                         take_screenshots)
from govaudit.settings import CrawlSettings


@click.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.argument("finding")
@click.argument("subject", required=False)
@click.option("--save", "save", type=click.Path(path_type=Path), default=None, metavar="FILE",
              help="Save the archived body to FILE (or into FILE when it is a folder, named by the finding's id).")
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
@handle_errors
def evidence(out: Path, finding: str, subject: str | None, save: Path | None, force: bool) -> None:
    """Print where a finding's archived record lies in OUT's WARC, and its headers.

    FINDING is the finding's id as the reports show it (问题编号), or a rule id followed by the SUBJECT.
    """
    from govaudit.evidence import describe, find, read_record, save_body  # reads the WARC: only this command

    chosen = find(pipeline.load_results(out), finding, subject)
    record = read_record(out, chosen.evidence.get("record"))
    for line in describe(out, chosen, record):
        console.out.print(line)
    if save is not None:
        path = save_body(record, chosen, save, force)
        console.info(f"已保存存档正文 / archived body saved: {path} ({len(record.body)} bytes)")


def screenshot_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--screenshots and --max-screenshots, for `audit` and `report`."""
    fn = click.option("--max-screenshots", type=click.IntRange(1), default=DEFAULT_MAX_SCREENSHOTS, show_default=True,
                      help="Take at most this many screenshots.")(fn)
    return click.option("--screenshots", "screenshots", type=click.Choice(MODES), default=None,
                        help="Save a Chromium screenshot of each failing subject's page, taken from the archive with "
                             "the problem outlined, in OUT/screenshots/, shown in report.html. Needs Chromium.")(fn)


def check_screenshots(mode: str | None) -> None:
    """Before any work: UserError (exit 2) when screenshots are asked for and Chromium is missing."""
    if mode:
        require_browser(CrawlSettings().chromium)


def add_screenshots(out: Path, results: Mapping[str, Any], mode: str | None, max_count: int,
                    formats: Sequence[str]) -> None:
    """Take the screenshots asked for, then render the HTML report again to show them."""
    if not mode:
        return
    if chinese_font_missing():
        console.info("注意 / note: no Chinese font is installed, so Chinese text in the screenshots shows as boxes "
                     "(Debian: apt-get install fonts-noto-cjk).")
    run = take_screenshots(out, results, mode, max_count, CrawlSettings().chromium)
    console.info(f"截图 / screenshots: {run.taken} in {out / 'screenshots'}"
                 + (f"; {run.not_archived} pages not in the archive" if run.not_archived else "")
                 + (f"; {run.failed} pages Chromium could not show" if run.failed else "")
                 + (f"; {run.left_out} over --max-screenshots" if run.left_out else ""))
    if "html" in formats:
        write_reports(results, out, ["html"])
