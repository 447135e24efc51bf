"""What the model reads off a real page does not depend on how its markup is written: every real
page of tests/model/realpages and ../shared/corpus, rewritten by the sample-site mutations that
change markup and wording but not what a reader concludes (tests/sites/mutate.py: old hand-edited
markup, extra wrappers, the other encoding, dates in other full formats, labels in other real
sites' words), reads the same: kind, title, date, list rows, metadata, footer identifiers, pager
total, related links, column name.

The mutations were written for the generated sites; here they meet markup nobody generated.
First runs (88 pages × 15 rewrites, then `dates2`'s): three readings changed — ndrc.gov.cn's list rows carry a
`<h3>相关解读</h3>` pop-up box each, and as 税务总局's 关联解读 the box was no related box
(RELATED_HEADINGS lacked 关联解读/关联文件); 成文日期 signed in Chinese numerals (`dates2`:
二〇一九年一月四日) kept as written, not as a date; ndrc.gov.cn's two-row 通知 list with each row's date
labelled under its title (`rows`) read as a document dated by its first row (page._row_date).
Under `classes` (every class/id name meaningless) three more changed, each a reading that leaned
on a name where the page says it in words: 袁州区's trail labelled 您的当前位置 in a cell of its
own (column 政务要闻 → the site's name), 四川's related box headed `相关链接>>` (its links lost),
天津's 成文日期 taken as the publication date (a bare 日期： label, 文 not excluded before it). The
readings only names give are listed in NAMED_ONLY.
Left out: `copies` (a list's mobile copy repeats its rows in the page's reading; the column
counts each document once), `layout` (it writes one list's `<ul>` groups in different shapes,
which no real page does), `footers` (identifiers in other forms read as written)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from govaudit.htmlpage import decode_html
from govaudit.model.extract.page import clear_caches, extract_page
from tests.sites.model import Resource, SampleSite
from tests.sites.mutate import (_FORMATS, _FORMATS2, _ROW_SHAPES, _list_tags, recode_page, redate2_text, redate_text,
                                relabel_markup, reshape_rows, rewrap_page, scramble_markup, sloppy_text)

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus"
PAGES = sorted((HERE / "realpages").glob("*.html")) + (sorted(CORPUS.rglob("*.html")) if CORPUS.is_dir() else [])
URL = "http://www.example.gov.cn/col/col123/art/2026/t20260101_1.html"
PATH = "/col/col123/art/2026/t20260101_1.html"


def _rows(shape: str) -> Callable[[str], str]:
    """The page's dated `<ul>` lists with their rows in `shape` (the mutation `rows`, one shape for
    every list of the page: the mutation's choice per `<ul>` could split one list's groups). Full
    dates stay full (the year 1900 is no row's): a row shown `(05-11)` says less than the page did."""
    def rewrite(text: str) -> str:
        site = SampleSite("real", "small", date(2026, 11, 20), {PATH: Resource(text.encode("utf-8"), "text/html; charset=utf-8")},
                          Resource(b"", "text/html", 404))
        return reshape_rows(text.encode("utf-8"), dict.fromkeys(_list_tags(site), shape), 1900, "utf-8").decode("utf-8")
    return rewrite


def _utf8(change: Callable[[bytes], bytes]) -> Callable[[str], str]:
    return lambda text: change(text.encode("utf-8")).decode("utf-8")


REWRITES: dict[str, Callable[[str], str]] = {
    "sloppy-upper-unquoted": lambda t: sloppy_text(t, 1 | 2),
    "sloppy-no-end-tags": lambda t: sloppy_text(t, 4),
    "sloppy-stray-html": lambda t: sloppy_text(t, 8),
    "sloppy-crlf": lambda t: sloppy_text(t, 16),
    "wrappers-000": lambda t: rewrap_page(t, 0, 0, 0),
    "wrappers-111": lambda t: rewrap_page(t, 1, 1, 1),
    "wrappers-101": lambda t: rewrap_page(t, 1, 0, 1),
    **{f"dates-{i}": _utf8(lambda b, i=i: redate_text(b, "utf-8", _FORMATS[i])) for i in range(len(_FORMATS))},
    **{f"dates2-{i}": _utf8(lambda b, i=i: redate2_text(b, "utf-8", _FORMATS2[i])) for i in range(len(_FORMATS2))},
    "labels": _utf8(lambda b: relabel_markup(b, "utf-8")),
    **{f"rows-{shape}": _rows(shape) for shape in _ROW_SHAPES},
    "classes": _utf8(scramble_markup),
    "gbk": lambda t: decode_html(recode_page(t.encode("utf-8"), "utf-8", b"gbk", "gbk"))[0],
}


def _norm(text: str | None) -> str:
    # Blanks aside entirely: `sloppy` writes `：&nbsp;&nbsp;` after every full-width colon, inside a list
    # title too (国家统计局's `解读：2019年…`), which changes no word a reader reads.
    return "".join((text or "").split())


def reading(text: str) -> dict[str, Any]:
    """What a reader concludes from the page, blanks aside."""
    clear_caches()
    f = extract_page(text, URL)
    return {
        "kind": f.kind, "title": _norm(f.title), "date": f.pub_date, "state": f.list_state,
        "rows": sorted((_norm(i.title), i.date or "") for i in f.list_items),
        "metadata": sorted((k, _norm(v)) for k, v in f.metadata.items()),
        "footer": replace(f.footer, sponsor=_norm(f.footer.sponsor)),
        "pages": f.page_count, "related": sorted(f.related_links), "column": _norm(f.column_name),
    }


def _name(path: Path) -> str:
    """The page's path under tests/model/realpages or ../shared/corpus."""
    return str(path.relative_to(HERE / "realpages" if path.is_relative_to(HERE) else CORPUS))


@cache
def _text(path: Path) -> str:
    return decode_html(path.read_bytes())[0]


@cache
def _plain(path: Path) -> dict[str, Any]:
    return reading(_text(path))


# Readings a page's class/id names rightly change (`classes`): what only a name tells.
NAMED_ONLY = {
    # the 找错 badge's site code is read off Lonsun's `j-jiucuo` placeholder
    "hfss-gov-cn_lonsun_xxgk_validity-table_script-wenhao.html": {"footer"},
    "jyt-ah-gov-cn_lonsun_article.html": {"footer"},
    # a metadata block hidden by Angular's `ng-hide` class shows once the class means nothing
    "pages/nfra-gov-cn_xzcf-zhejiang_article_rendered-dom.html": {"metadata"},
    # pingtan's 指南 page: the longer title is its `<h1 class="...">` beside the list's shorter one
    "pingtan/zwgk/zfxxgk/zfxxgkzn/_lists/index.html": {"title", "rows"},
}


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
def test_a_real_page_reads_the_same_however_its_markup_is_written(rewrite: str) -> None:
    changed, differ = 0, {}
    for path in PAGES:
        text = _text(path)
        new = REWRITES[rewrite](text)
        if new == text:
            continue
        changed += 1
        after, before = reading(new), _plain(path)
        name = _name(path)
        known = NAMED_ONLY.get(name, set()) if rewrite == "classes" else set()
        if changes := {k: (before[k], after[k]) for k in before if before[k] != after[k] and k not in known}:
            differ[name] = changes
    assert changed >= (3 if rewrite.startswith("rows") else 10)  # the rewrite met real markup (few real lists fit `rows`)
    assert not differ, differ
