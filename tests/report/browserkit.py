"""Open a local report in real Chromium (Debian's, via Playwright) and record what it does:
every request, console message, page error and dialog. Fails, never skips, without Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from test_report_browser import CHROMIUM, CHROMIUM_ARGS


@dataclass
class Opened:
    page: Any
    requests: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    popups: list[str] = field(default_factory=list)


@contextmanager
def open_report(path: Path, **context_options: Any) -> Iterator[Opened]:
    """`path` opened in a fresh Chromium page; the recording is complete when the block ends."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1100, "height": 900}, **context_options)
            page = context.new_page()
            opened = Opened(page)
            context.on("request", lambda request: opened.requests.append(request.url))
            context.on("page", lambda popup: opened.popups.append(popup.url))
            page.on("console", lambda msg: opened.console.append(f"{msg.type}: {msg.text}"))
            page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
            page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(path.resolve().as_uri())
            yield opened
        finally:
            browser.close()
