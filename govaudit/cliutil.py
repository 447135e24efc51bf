"""Shared CLI plumbing: user errors become a plain message and exit code 2; the exit code of
an audit follows its verdict and the --fail-on threshold."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from govaudit import console
from govaudit.errors import UserError
from govaudit.vocab import FAIL


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


def worst_failed_level(results: dict[str, Any]) -> str | None:
    """The most serious --fail-on level that failed: a failed veto rule; a failed deduction
    rule or a 不合格 grade; a 预警 finding of a veto or deduction rule; a failed info rule.
    Waived findings and bonus rules never count."""
    failed: set[str] = set()
    for rule in results["rules"]:
        counted = {r["status"] for r in rule["results"] if not r.get("waiver")}
        level = rule["level"]
        if "fail" in counted and level in ("veto", "deduction", "info"):
            failed.add(level)
        elif "warn" in counted and level in ("veto", "deduction"):
            failed.add("warn")
    if results["grade"] == FAIL:
        failed.add("deduction")
    return next((level for level in FAIL_ON if level in failed), None)


def exit_code(results: dict[str, Any], fail_on: str = DEFAULT_FAIL_ON, fail_under: float | None = None) -> int:
    """2 when there is no verdict (not audited, incomplete, or 待定); 1 when a level at or
    above `fail_on` failed or the score is under `fail_under`; else 0."""
    if results.get("verdict", {}).get("code", "graded") != "graded":
        return EXIT_NO_VERDICT
    worst = worst_failed_level(results)
    below = fail_under is not None and results["score"] < fail_under
    if below or (worst is not None and FAIL_ON.index(worst) <= FAIL_ON.index(fail_on)):
        return EXIT_FINDINGS
    return EXIT_OK
