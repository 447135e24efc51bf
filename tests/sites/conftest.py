"""The sample site a test module builds (its `site` fixture), served on 127.0.0.1 for the module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sites.model import SampleSite
from tests.sites.server import serve_site


@pytest.fixture(scope="module")
def base(site: SampleSite) -> Iterator[str]:
    with serve_site(site) as url:
        yield url
