"""Reading and writing the stage files (site.json, results.json) safely."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from govaudit.errors import UserError


def dumps(data: Any) -> str:
    """Canonical JSON text: stable key order as given, UTF-8 Chinese kept readable."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file and rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_json(path: Path, what: str) -> Any:
    """Load a stage file; a missing or corrupt file is a UserError naming it and the step that makes it."""
    if not path.is_file():
        raise UserError(f"{path} does not exist: run `govaudit {what}` first.")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"{path} is not valid JSON ({exc}); re-run `govaudit {what}`.") from None
