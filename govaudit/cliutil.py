"""Shared CLI plumbing: user errors become a plain message and exit code 2; the exit code of
an audit follows its verdict and the --fail-on threshold; options come from the command line,
GOVAUDIT_* environment variables and the configuration file, in that order."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from govaudit import console
from govaudit.baseline import BASELINE_STATES, NEW
from govaudit.config import SiteConfig, load_config
from govaudit.errors import UserError
from govaudit.vocab import FAIL, STATUSES


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Run a command; a UserError or an OS error (an unusable path) prints one plain sentence and
    exits 2, Ctrl-C exits 130. No tracebacks."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except UserError as exc:
            console.error(str(exc))
            raise SystemExit(exc.exit_code) from None
        except OSError as exc:  # an output folder or file the stages could not write or read
            where = f"{exc.filename}: " if exc.filename else ""
            console.error(f"{where}{exc.strerror or exc}. Check the path and its permissions.")
            raise SystemExit(2) from None
        except KeyboardInterrupt:
            console.error("已中断 / interrupted; files already written are kept.")
            raise SystemExit(130) from None

    return wrapper


# --fail-on thresholds, most serious first: a threshold fails on its own level and every one above it.
FAIL_ON = ("veto", "deduction", "warn", "info")
DEFAULT_FAIL_ON = "deduction"
EXIT_OK, EXIT_FINDINGS, EXIT_NO_VERDICT = 0, 1, 2


def worst_failed_level(results: dict[str, Any], only_new: bool = False) -> str | None:
    """The most serious --fail-on level that failed: a failed veto rule; a failed deduction
    rule or a 不合格 grade; a 预警 finding of a veto or deduction rule; a failed info rule.
    Waived findings and bonus rules never count. `only_new`: only findings marked new against
    a baseline count (and not the grade, which old findings alone can make 不合格)."""
    failed: set[str] = set()
    for rule in results["rules"]:
        counted = {r["status"] for r in rule["results"] if not r.get("waiver") and (not only_new or r.get("baseline") == NEW)}
        level = rule["level"]
        if "fail" in counted and level in ("veto", "deduction", "info"):
            failed.add(level)
        elif "warn" in counted and level in ("veto", "deduction"):
            failed.add("warn")
    if results["grade"] == FAIL and not only_new:
        failed.add("deduction")
    return next((level for level in FAIL_ON if level in failed), None)


def exit_code(results: dict[str, Any], fail_on: str = DEFAULT_FAIL_ON, fail_under: float | None = None,
              fail_on_new: bool = False) -> int:
    """2 when there is no verdict (not audited, incomplete, or 待定); 1 when a level at or
    above `fail_on` failed (with `fail_on_new`, in a finding new since the baseline) or the
    score is under `fail_under`; else 0."""
    if results.get("verdict", {}).get("code", "graded") != "graded":
        return EXIT_NO_VERDICT
    worst = worst_failed_level(results, only_new=fail_on_new)
    below = fail_under is not None and results["score"] < fail_under
    if below or (worst is not None and FAIL_ON.index(worst) <= FAIL_ON.index(fail_on)):
        return EXIT_FINDINGS
    return EXIT_OK


def summary_line(results: dict[str, Any]) -> str:
    """One line for CI logs: verdict, score, findings by status (waived apart) and, with a
    baseline, findings by state, e.g. `govaudit: 不合格 score=72.5 fail=3 warn=1 ... new=1`."""
    counts = dict.fromkeys(STATUSES, 0)
    waived = 0
    for rule in results["rules"]:
        for r in rule["results"]:
            if r.get("waiver"):
                waived += 1
            else:
                counts[r["status"]] += 1
    score = "-" if results["score"] is None else f"{results['score']:g}"
    parts = [f"govaudit: {results['grade']}", f"score={score}", *(f"{k}={v}" for k, v in counts.items()), f"waived={waived}"]
    baseline = results.get("baseline")
    if baseline:
        parts += [f"{k}={baseline['counts'][k]}" for k in (*BASELINE_STATES, "resolved", "not_seen")]
    return " ".join(parts)


# --- Options from the configuration file and the environment --------------------------------
# Precedence defaults < file < environment < command line is click's own: the file's values
# become the context's default_map (read before a parameter's default), GOVAUDIT_* variables
# are each option's envvar (read before the default_map), the command line comes first.

ENV_PREFIX = "GOVAUDIT_"
CONFIG_META = "govaudit.config"  # ctx.meta key of the loaded SiteConfig
# Options the file cannot set: which file to read, and top-level keys of its own (profile).
_NOT_IN_FILE = frozenset({"config", "help", "version", "profile"})
# File keys that differ from the option name: [rules] is the file's rule table.
_FILE_KEYS = {"rules": "rules-dir"}


def file_key(option: click.Option) -> str | None:
    """The configuration-file key of `option` (its long name, e.g. max-pages), None if the file
    cannot set it."""
    longs = [o for o in option.opts if o.startswith("--")]
    if not longs:
        return None
    name = longs[0][2:]
    return None if name in _NOT_IN_FILE else _FILE_KEYS.get(name, name)


def _file_options(command: click.Command) -> dict[str, click.Option]:
    return {key: p for p in command.params if isinstance(p, click.Option) and (key := file_key(p)) is not None}


def all_file_options(ctx: click.Context) -> set[str]:
    """Every file key of every command of the CLI (a key of another command is not a typo)."""
    root = ctx.find_root().command
    commands = root.commands.values() if isinstance(root, click.Group) else (ctx.command,)
    return {key for command in commands for key in _file_options(command)} | set(_file_options(ctx.command))


def _file_value(ctx: click.Context, source: str, key: str, option: click.Option, value: Any) -> Any:
    """`value` from the file checked against `option`'s type: TOML types must match (no "5" for
    a number, no 1 for a flag); ranges and choices are click's. Problems name the file and key."""
    def wrong(expected: str) -> UserError:
        return UserError(f"{source}: {key}: must be {expected} (found {value!r}).")

    kind = option.type
    if key == "format" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = ",".join(value)  # --format html,md may be written as a list
    if isinstance(value, date) and not isinstance(value, datetime):
        value = value.isoformat()  # as-of = 2026-06-30, a TOML date
    if option.multiple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise wrong("a list of strings")
        items: list[Any] = value
    elif option.is_flag:
        if not isinstance(value, bool):
            raise wrong("true or false")
        items = [value]
    elif isinstance(kind, click.types.IntParamType) and (isinstance(value, bool) or not isinstance(value, int)):
        raise wrong("a whole number")
    elif isinstance(kind, click.types.FloatParamType) and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise wrong("a number")
    elif not isinstance(kind, click.types.IntParamType | click.types.FloatParamType) and not isinstance(value, str):
        raise wrong("a string")
    else:
        items = [value]
    try:
        converted = [kind.convert(v, option, ctx) for v in items]
    except click.BadParameter as exc:
        raise UserError(f"{source}: {key}: {exc.message}") from None
    return tuple(converted) if option.multiple else converted[0]


def _load_config(ctx: click.Context, _param: click.Parameter, path: Path | None) -> Path | None:
    """Eager --config callback: read the configuration before the other options, keep it in
    ctx.meta and make its option values the command's defaults. Errors exit 2 in one sentence."""
    try:
        config = load_config(path, Path.cwd(), all_file_options(ctx))
        options = _file_options(ctx.command)
        defaults = {}
        for key, value in (config.options if config else {}).items():
            if key in options:
                defaults[options[key].name] = _file_value(ctx, config.source, key, options[key], value)
    except UserError as exc:
        console.error(str(exc))
        ctx.exit(exc.exit_code)
    ctx.meta[CONFIG_META] = config
    ctx.default_map = {**(ctx.default_map or {}), **defaults}
    return path


def config_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--config FILE, read first: the site configuration and options for every command."""
    return click.option("--config", "config_path", type=click.Path(path_type=Path), default=None, is_eager=True,
                        callback=_load_config,
                        help="Configuration file: the site's rules and waivers, and defaults for any option of "
                             "this command (default: ./govaudit.toml, else [tool.govaudit] in ./pyproject.toml).")(fn)


def site_config() -> SiteConfig | None:
    """The configuration the running command's --config read (None when there is none)."""
    return click.get_current_context().meta.get(CONFIG_META)


def add_envvars(group: click.Group) -> None:
    """Give every option of every command of `group` a GOVAUDIT_<OPTION> environment variable
    (GOVAUDIT_MAX_PAGES for --max-pages), shown in --help."""
    for command in group.commands.values():
        for param in command.params:
            if isinstance(param, click.Option) and param.envvar is None:
                longs = [o for o in param.opts if o.startswith("--")]
                if longs:
                    param.envvar = ENV_PREFIX + longs[0][2:].upper().replace("-", "_")
                    param.show_envvar = True
