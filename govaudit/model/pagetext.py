"""Page texts beside the site model: `pagetext.jsonl`, one PageText a line, keyed by URL.

site.json stays bounded (it only records where the texts are, PageTextInfo); checks that need
a page's text ask a PageTexts store, which reads the file on first use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from govaudit.model.types import PageText, PageTextInfo
from govaudit.serde import ContractError, from_dict, to_dict

TEXT_FILE = "pagetext.jsonl"


class PageTexts:
    """Page texts by URL: given in memory (rule cases, tests) or read lazily from a file."""

    def __init__(self, texts: Mapping[str, PageText] | None = None, path: Path | None = None, tables: bool = True) -> None:
        self._texts: dict[str, PageText] | None = dict(texts) if texts is not None else None
        self._path = path
        self._given = texts is not None
        self._tables = tables

    @property
    def tables_known(self) -> bool:
        """True when the texts record their pages' data tables (a page without one has none),
        False for texts of a build that did not look for tables."""
        return self.available and self._tables

    @property
    def available(self) -> bool:
        """True when page texts were extracted: given, or a file to read (a model built before
        page texts has none, and a check cannot tell "not stated" from "not read")."""
        return self._given or (self._path is not None and self._path.is_file())

    def get(self, url: str) -> PageText | None:
        """The text of the page at `url`, or None when the model holds none for it."""
        return self._load().get(url)

    def _load(self) -> dict[str, PageText]:
        if self._texts is None:
            self._texts = {}
            if self._path is not None and self._path.is_file():
                with self._path.open(encoding="utf-8") as fh:
                    for n, line in enumerate(fh, 1):
                        if not line.strip():
                            continue
                        try:
                            text = from_dict(PageText, json.loads(line), strict=True)
                        except (ValueError, ContractError) as exc:
                            raise ValueError(f"{self._path}:{n}: not a page text ({exc})") from None
                        self._texts[text.url] = text
        return self._texts


NO_TEXTS = PageTexts()  # no texts extracted: checks report what needs them as incomplete


def write_texts(folder: Path, texts: Iterable[PageText], in_url_order: bool = False) -> None:
    """Write `folder/pagetext.jsonl` (replacing it atomically), one page a line in URL order;
    texts given `in_url_order` are written as they come, never all held at once."""
    path = folder / TEXT_FILE
    tmp = path.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for text in texts if in_url_order else sorted(texts, key=lambda t: t.url):
            line = to_dict(text)
            if not line["tables"]:  # most pages have none: their lines stay as before tables were kept
                del line["tables"]
            fh.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
    tmp.replace(path)


def open_texts(folder: Path, info: PageTextInfo | None) -> PageTexts:
    """The store for a model built into `folder` (no texts when the model records none)."""
    if info is None:
        return NO_TEXTS
    return PageTexts(path=folder / Path(info.file).name, tables=info.tables)
