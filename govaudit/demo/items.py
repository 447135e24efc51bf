"""Plain data for the demo site's content: columns and the items listed in them."""

from __future__ import annotations

from dataclasses import dataclass


def p(text: str) -> str:
    """One body paragraph. Content is our own trusted text; it may hold inline HTML."""
    return f"<p>{text}</p>"


@dataclass(frozen=True)
class Item:
    """One document page listed in a column."""

    id: int
    date: str  # YYYY-MM-DD, the visible publication date
    title: str
    body: tuple[str, ...]  # HTML blocks (see p())
    source: str
    before_title: str = ""  # e.g. the 信息公开 metadata table of a normative document
    after_body: str = ""  # attachments, related-interpretation boxes
    wenhao: str | None = None  # 发文字号, shown in the normative-document list table
    attachments: tuple[str, ...] = ()  # root-relative paths of attached PDF files

    @property
    def time(self) -> str:
        """A fixed, plausible HH:MM derived from the id (no clock, no randomness)."""
        return f"{8 + self.id % 9:02d}:{(self.id * 7) % 12 * 5:02d}"

    @property
    def pub(self) -> str:
        return f"{self.date} {self.time}"

    def path_in(self, column_path: str) -> str:
        """Root-relative URL path of this item inside the column at `column_path`."""
        ymd = self.date.replace("-", "")
        return f"{column_path}{ymd[:6]}/t{ymd}_{self.id}.html"


@dataclass(frozen=True)
class Column:
    """A list column. `parent` is the hub shown in the breadcrumb."""

    path: str  # root-relative, ends with "/"
    name: str
    ctype: str  # ColumnType meta
    parent: tuple[str, str]  # (name, path) of the hub
    date_style: str  # plain | bracket | cn | table
    items: tuple[Item, ...]  # any order; pages list them newest first

    def url(self, item: Item) -> str:
        return item.path_in(self.path)

    def newest_first(self) -> list[Item]:
        return sorted(self.items, key=lambda it: (it.date, it.time, it.id), reverse=True)
