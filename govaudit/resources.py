"""Locate the rule packs and report templates, installed or in a source checkout."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SOURCE_LOCATIONS = {"rules": "rules", "templates": "reports/templates"}


def bundled(name: str) -> Path:
    """Return the folder of bundled data `name` ("rules" or "templates").

    A built wheel carries copies under govaudit/_bundled/; a source checkout
    (editable install, tests) uses the top-level folders, which are the source of truth.
    """
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / _SOURCE_LOCATIONS[name]
