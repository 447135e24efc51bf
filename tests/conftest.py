"""The whole suite runs in the environment CI has, whatever the caller's shell exports.

Done here, at import, before any test module imports govaudit: the consoles read their width
and colour when they are made, every CLI option reads its GOVAUDIT_* variable, and requests
sends even 127.0.0.1 through a proxy named by *_proxy and trusts REQUESTS_CA_BUNDLE over the
test's own certificates. Subprocesses started by tests inherit the cleaned environment.
"""

from __future__ import annotations

import dataclasses
import os

import pytest  # pytest itself reads none of these variables; govaudit is imported only below

_DROPPED = ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE",
            "FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "LINES")

for _name in list(os.environ):
    if _name.startswith("GOVAUDIT_") or _name in _DROPPED or _name.lower() in _DROPPED:
        del os.environ[_name]
os.environ["COLUMNS"] = "80"  # rich's width without a terminal (CI); a terminal's own would wrap tables differently


PATIENT_RENDER = 120.0  # seconds


@pytest.fixture(autouse=True)
def _patient_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Crawls render with a per-page ceiling of 120 s instead of the default 20 s. A page that
    settles returns as soon as it does, so the ceiling costs nothing; but under heavy load a
    render once took longer than 20 s and the page was recorded as a failed render. Tests
    about the limit set their own (a value other than the default is left alone)."""
    from govaudit.crawl import crawler
    from govaudit.settings import CrawlSettings

    real = crawler.Renderer

    def patient(settings: CrawlSettings, *args, **kwargs):
        if settings.render_timeout == CrawlSettings.render_timeout:
            settings = dataclasses.replace(settings, render_timeout=PATIENT_RENDER)
        return real(settings, *args, **kwargs)

    monkeypatch.setattr(crawler, "Renderer", patient)
