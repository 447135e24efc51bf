"""Shared CLI plumbing: user errors become a plain message and exit code 2."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from govaudit import console
from govaudit.errors import UserError


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Run a command; a UserError prints its message and exits 2, Ctrl-C exits 130. No tracebacks."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except UserError as exc:
            console.error(str(exc))
            raise SystemExit(exc.exit_code) from None
        except KeyboardInterrupt:
            console.error("已中断 / interrupted; files already written are kept.")
            raise SystemExit(130) from None

    return wrapper
