"""Locate the rule packs and report templates, installed or in a source checkout."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SOURCE_LOCATIONS = {"rules": "rules", "templates": "reports/templates", "packs": "packs"}


def bundled(name: str) -> Path:
    """Return the folder of bundled data `name` ("rules", "packs" or "templates").

    A built wheel carries copies under govaudit/_bundled/; a source checkout
    (editable install, tests) uses the top-level folders, which are the source of truth.
    """
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / _SOURCE_LOCATIONS[name]


def pack_path(value: Path | None) -> Path | None:
    """A --rules value: the folder given, or, when no such folder exists, the shipped pack of
    that name (packs/<name>, e.g. yishui-2022), so an installed govaudit finds its example packs."""
    if value is None or value.exists() or len(value.parts) != 1:
        return value
    shipped = bundled("packs") / value.name
    return shipped if shipped.is_dir() else value
