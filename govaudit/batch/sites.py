"""Read and validate SITES.csv: every problem is reported with its line before any site is fetched."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from govaudit.config import SiteConfig, load_config
from govaudit.crawl.opening import check_start_url
from govaudit.errors import UserError

COLUMNS = ("name", "url", "region", "level", "organisation", "config")
REQUIRED = ("name", "url")
# A site's name is its folder under DIR/sites/: letters (Chinese too), digits, "-", "_" and
# inner dots; no separators, no leading dot (hidden files, "." and ".."), at most 80 characters.
_SAFE_NAME = re.compile(r"[^\W_][\w.\-]{0,79}")
_WINDOWS_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com\d|lpt\d)(\..*)?")


@dataclass(frozen=True)
class SiteRow:
    """One line of SITES.csv."""

    line: int
    name: str
    url: str
    region: str = ""
    level: str = ""
    organisation: str = ""
    config_path: str = ""

    def info(self, csv_path: Path) -> dict[str, str]:
        """The fields stored with the site's results (the configuration file's absolute path)."""
        config = str((csv_path.parent / self.config_path).resolve()) if self.config_path else ""
        return {"name": self.name, "url": self.url, "region": self.region, "level": self.level,
                "organisation": self.organisation, "config": config}


def safe_name_problem(name: str) -> str | None:
    """Why `name` cannot be a folder name, or None when it can."""
    if not _SAFE_NAME.fullmatch(name) or name.endswith("."):
        return ("use letters, Chinese characters, digits, '-', '_' and inner '.', starting with a letter "
                "or digit, at most 80 characters (no '/', '\\', spaces or leading dots)")
    if _WINDOWS_RESERVED.fullmatch(name):
        return "it is a reserved device name on Windows"
    return None


def read_sites(path: Path) -> list[SiteRow]:
    """The sites of `path`; UserError naming the line of the first problem."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"{path} does not exist; give the CSV file listing the sites.") from None
    except UnicodeDecodeError:
        raise UserError(f"{path} is not UTF-8 text; save the CSV as UTF-8.") from None
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if header is None:
        raise UserError(f"{path} is empty; its first line must be the header {','.join(COLUMNS)}.")
    header = [h.strip().lower() for h in header]
    unknown = [h for h in header if h not in COLUMNS]
    missing = [h for h in REQUIRED if h not in header]
    if unknown or missing or len(set(header)) != len(header):
        problem = (f"unknown column {unknown[0]!r}" if unknown else f"missing column {missing[0]!r}" if missing
                   else "a column is repeated")
        raise UserError(f"{path} line 1: {problem}; the header is {','.join(COLUMNS)} (name and url required).")
    rows: list[SiteRow] = []
    seen: dict[str, int] = {}
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            raise UserError(f"{path} line {line}: {len(cells)} cells for {len(header)} columns; quote values that contain commas.")
        values = dict(zip(header, (c.strip() for c in cells)))
        row = SiteRow(line, **{("config_path" if k == "config" else k): v for k, v in values.items()})
        _check_row(path, row, seen)
        rows.append(row)
    if not rows:
        raise UserError(f"{path} lists no sites; add a line per site under the header.")
    return rows


def _check_row(path: Path, row: SiteRow, seen: dict[str, int]) -> None:
    where = f"{path} line {row.line}"
    if not row.name or not row.url:
        raise UserError(f"{where}: name and url are required.")
    problem = safe_name_problem(row.name)
    if problem:
        raise UserError(f"{where}: the name {row.name!r} cannot be a folder name: {problem}.")
    key = row.name.casefold()  # folders differing only in case collide on macOS and Windows
    if key in seen:
        raise UserError(f"{where}: the name {row.name!r} is already used on line {seen[key]}; names must be unique.")
    seen[key] = row.line
    try:
        check_start_url(row.url)
    except UserError as exc:
        raise UserError(f"{where}: {exc}") from None


def site_config(csv_path: Path, row: SiteRow) -> SiteConfig | None:
    """The site's configuration file (relative to the CSV's folder), or None; UserError naming the line."""
    if not row.config_path:
        return None
    target = (csv_path.parent / row.config_path)
    if not target.is_file():
        raise UserError(f"{csv_path} line {row.line}: the configuration file {row.config_path!r} does not exist.")
    try:
        return load_config(target, csv_path.parent)
    except UserError as exc:
        raise UserError(f"{csv_path} line {row.line}: {exc}") from None
