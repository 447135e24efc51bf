"""Reading and writing the stage files (site.json, results.json) safely."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from govaudit.errors import UserError


def output_mode() -> int:
    """The mode of a new output file: 0666 less the user's umask (0644 by default). mkstemp's
    temporary files are 0600 whatever the umask, so each is given this mode before its rename."""
    mask = os.umask(0o022)  # the only way to read the umask; set back at once
    os.umask(mask)
    return 0o666 & ~mask


def write_json_atomic(path: Path, data: Any) -> None:
    """Write `data` as canonical JSON (key order as given, Chinese kept readable, indented)
    via a temporary file and rename, so a crash never leaves half a file. The text is
    streamed to the file: a large site model is never held in memory as one string."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise UserError(f"Cannot write {path} ({exc.strerror}); check the output folder.") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            os.fchmod(fh.fileno(), output_mode())
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"Cannot write {path} ({exc.strerror}); the previous file, if any, is unchanged.") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def canonical_json(data: Any) -> str:
    """The text write_json_atomic writes for `data`, as one string."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def read_json(path: Path, what: str) -> Any:
    """Load a stage file; a missing or corrupt file is a UserError naming it and the step that makes it."""
    if not path.is_file():
        raise UserError(f"{path} does not exist: run `govaudit {what}` first.")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"Cannot read {path} ({exc.strerror}).") from None
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise UserError(f"{path} is not valid JSON ({exc}); re-run `govaudit {what}`.") from None
