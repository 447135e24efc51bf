"""Read the rows of a MySQL-style `INSERT INTO … VALUES (…);` dump (test helper)."""

from __future__ import annotations

import re
from pathlib import Path

_BARE = re.compile(r"[^,)]+")


def _string(values: str, i: int) -> tuple[str, int]:
    """The quoted string starting at values[i] ("'"), with \\x and '' escapes undone."""
    out, j = [], i + 1
    while True:
        c = values[j]
        if c == "\\":
            out.append(values[j + 1])
            j += 2
        elif c == "'" and values[j + 1] == "'":
            out.append("'")
            j += 2
        elif c == "'":
            return "".join(out), j + 1
        else:
            out.append(c)
            j += 1


def sql_rows(path: Path) -> list[list[str | None]]:
    """One list of column values per INSERT statement (NULL -> None, numbers as text)."""
    rows = []
    for statement in path.read_text(encoding="utf-8").split("INSERT INTO ")[1:]:
        values = statement[statement.index("VALUES (") + len("VALUES (") :]
        row: list[str | None] = []
        i = 0
        while True:
            while values[i] in " ,\n\r\t":
                i += 1
            if values[i] == ")":
                break
            if values[i] == "'":
                text, i = _string(values, i)
                row.append(text)
            else:
                m = _BARE.match(values, i)
                assert m is not None
                token = m.group(0).strip()
                row.append(None if token == "null" else token)
                i = m.end()
        rows.append(row)
    return rows
