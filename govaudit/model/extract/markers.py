"""Verdicts on an element's class/id marker ("class id ms-controller|role"): chrome,
breadcrumb, related box, body, title, list area, highlighted item.

The vocabularies are case-insensitive regular expressions of alternated words
(htmlvocab). Python's re tries every alternative at every position under IGNORECASE,
which made these seven searches the largest cost of a page's first walk. Markers are
nearly always ASCII, and for ASCII text a case-insensitive match of ASCII words is a
substring test on the lower-cased text; other markers keep the regexes (IGNORECASE
also folds K, ſ, İ, ı onto ASCII letters).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govaudit.htmlvocab import (ARTICLE_PART, BREADCRUMB, CHROME, CONTENT_AREA, CONTENT_AREA_TAILS, CONTENT_AREA_WORDS,
                                CURRENT, LIST_AREA, LIST_DECOR, LIST_TOKEN, RELATED)

BODY = CONTENT_AREA
TITLE = re.compile(r"title|biaoti", re.I)

_WORD = re.compile(r"(?:[A-Za-z0-9_-]\??)+")


def _expand(word: str) -> list[str]:
    """The strings a word with optional characters (`page-?bar`) matches, lower-cased."""
    out = [""]
    i = 0
    while i < len(word):
        char = word[i].lower()
        if i + 1 < len(word) and word[i + 1] == "?":
            out = [o + c for o in out for c in ("", char)]
            i += 2
        else:
            out = [o + char for o in out]
            i += 1
    return out


def words_of(pattern: str) -> tuple[str, ...]:
    """The lower-cased literals of an alternation of plain words; ValueError for any other
    syntax (a vocabulary written otherwise must get its own scan, not a wrong one)."""
    words: list[str] = []
    for alternative in pattern.split("|"):
        if not _WORD.fullmatch(alternative):
            raise ValueError(f"not a plain word alternation: {pattern!r}")
        words.extend(_expand(alternative))
    return tuple(dict.fromkeys(words))


def substring_scan(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """`bool(pattern.search(text))` for an IGNORECASE alternation of words."""
    words = words_of(pattern.pattern)
    search = pattern.search

    def found(text: str) -> bool:
        if text.isascii():
            low = text.lower()
            for word in words:
                if word in low:
                    return True
            return False
        return search(text) is not None

    return found


_CURRENT_HEAD, _CURRENT_TAIL = r"(?:^|\s)(?:", r")(?:\s|$)"


def _current_scan() -> Callable[[str], bool]:
    """`bool(CURRENT.search(text))`: one of the words as a whitespace-separated token."""
    source = CURRENT.pattern
    if not (source.startswith(_CURRENT_HEAD) and source.endswith(_CURRENT_TAIL)):
        raise ValueError(f"CURRENT is no longer a token alternation: {source!r}")
    words = frozenset(words_of(source[len(_CURRENT_HEAD):-len(_CURRENT_TAIL)]))
    search = CURRENT.search

    def found(text: str) -> bool:
        if text.isascii():  # re's \s and str.split() agree on what separates tokens
            return not words.isdisjoint(text.lower().split())
        return search(text) is not None

    return found


_BODY_TAILS = frozenset(CONTENT_AREA_TAILS)
_BODY_ENDS = tuple(sep + tail for tail in CONTENT_AREA_TAILS for sep in "_-")


def _body_scan() -> Callable[[str], bool]:
    """`bool(CONTENT_AREA.search(text))`: a word anywhere, or a tail word as a whole token or
    as a token's last part after `_`/`-`."""
    anywhere = substring_scan(CONTENT_AREA_WORDS)
    search = CONTENT_AREA.search

    def found(text: str) -> bool:
        if text.isascii():  # re's \s and str.split() agree on what separates tokens
            return anywhere(text) or any(t in _BODY_TAILS or t.endswith(_BODY_ENDS) for t in text.lower().split())
        return search(text) is not None

    return found


is_chrome = substring_scan(CHROME)
is_breadcrumb = substring_scan(BREADCRUMB)
is_related = substring_scan(RELATED)
is_body = _body_scan()
is_title = substring_scan(TITLE)
is_list_area = substring_scan(LIST_AREA)
is_list_decor = substring_scan(LIST_DECOR)
is_current = _current_scan()

Flags = tuple[bool, bool, bool, bool, bool, bool, bool]
_WORDS = tuple(words_of(p.pattern) for p in (CHROME, BREADCRUMB, RELATED, CONTENT_AREA_WORDS, TITLE, LIST_AREA))
_DECOR_WORDS = words_of(LIST_DECOR.pattern)
_CURRENT_WORDS = frozenset(words_of(CURRENT.pattern[len(_CURRENT_HEAD):-len(_CURRENT_TAIL)]))
KEPT: dict[str, Flags] = {}  # marker -> marker_flags (the walk reads it inline: one dict lookup per element)


def marker_flags(marker: str) -> Flags:
    """(chrome, breadcrumb, related, body, title, list area, current item) for
    "class id ms-controller|role". Sites repeat the same few markers on every page, so
    results are kept."""
    flags = KEPT.get(marker)
    if flags is None:
        if len(KEPT) > 65536:
            KEPT.clear()
        if marker.isascii():  # the scans' ASCII path, lower-casing once and with no call per scan
            low = marker.lower()
            found = []
            for words in _WORDS:
                for word in words:
                    if word in low:
                        found.append(True)
                        break
                else:
                    found.append(False)
            chrome, crumb, related, body, title, area = found
            if not body:  # CONTENT_AREA's tail words count only as a whole token or its last part
                body = any(token in _BODY_TAILS or token.endswith(_BODY_ENDS) for token in low.split())
            if area:
                for word in _DECOR_WORDS:
                    if word in low:
                        area = False
                        break
            flags = (chrome, crumb, related, body, title, area, not _CURRENT_WORDS.isdisjoint(low.split()))
        else:
            flags = (is_chrome(marker), is_breadcrumb(marker), is_related(marker), is_body(marker),
                     is_title(marker), is_list_area(marker) and not is_list_decor(marker), is_current(marker))
        if flags[0] and (listed := [t for t in marker.lower().split() if LIST_TOKEN.fullmatch(t)]):
            # a list named after a pager or a catalogue's navigation: chrome only by its other names
            rest = " ".join(t for t in marker.lower().split() if t not in listed)
            flags = (is_chrome(rest), *flags[1:5], True, flags[6])
        elif flags[0] and ("head" in (low := marker.lower()) or "foot" in low) and any(ARTICLE_PART.search(t) for t in marker.split()):
            # an article's head or info line (title, date) named as a header or footer: chrome only by its other names
            flags = (is_chrome(" ".join(t for t in marker.split() if not ARTICLE_PART.search(t))), *flags[1:])
        KEPT[marker] = flags
    return flags


def clear_caches() -> None:
    """Forget marker verdicts (benchmarks measure cold runs with it)."""
    KEPT.clear()
