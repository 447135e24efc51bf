"""What the build does to keep its memory flat changes no output: the extractors' memos reset
every few pages, links gathered as pages are read, texts and documents' facts read back from the
temporary file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govaudit import pipeline
from govaudit.model import builder
from govaudit.model.linktable import LinkTable
from govaudit.model.pagetext import TEXT_FILE
from tests.democrawl import crawl_demo


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return crawl_demo(tmp_path_factory.mktemp("buildmem")) / "snapshot"


def _build(snapshot: Path, out: Path) -> tuple[bytes, bytes]:
    shutil.copytree(snapshot, out / "snapshot")
    site = pipeline.build(out, jobs=1)
    assert isinstance(site.links, LinkTable) and len(site.links) > 100
    return (out / pipeline.SITE_FILE).read_bytes(), (out / TEXT_FILE).read_bytes()


def test_memos_reset_every_few_pages_change_nothing(snapshot: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    once = _build(snapshot, tmp_path / "once")
    resets: list[int] = []
    monkeypatch.setattr(builder, "_MEMO_PAGES", 5)
    real = builder.clear_caches
    monkeypatch.setattr(builder, "clear_caches", lambda: (resets.append(1), real()))
    assert _build(snapshot, tmp_path / "often") == once
    assert len(resets) > 20  # about 170 captures read, a reset every 5


def test_parked_document_facts_change_nothing(snapshot: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # documents' facts wait in the temporary file and are read back by _documents alone; holding
    # every page's facts in memory instead gives the same files
    parked: list[str] = []
    real = builder._Kept.park
    monkeypatch.setattr(builder._Kept, "park", lambda self, page: (parked.append(page.capture.url), real(self, page))[1])
    once = _build(snapshot, tmp_path / "parked")
    assert len(parked) > 50
    monkeypatch.setattr(builder, "_links_kept", lambda url, facts, start: True)  # every page held
    parked.clear()
    assert _build(snapshot, tmp_path / "held") == once and not parked
