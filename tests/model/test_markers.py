"""The class/id verdicts' literal scans (extract/markers.py) must answer exactly what the
vocabulary's case-insensitive regexes answer, ASCII or not."""

from __future__ import annotations

import random

import pytest

from govaudit.htmlvocab import BREADCRUMB, CHROME, CURRENT, LIST_AREA, LIST_DECOR, RELATED
from govaudit.model.extract import markers

# Pieces of real markers, the vocabularies' words in other letter cases and split apart, and the
# characters IGNORECASE folds onto ASCII letters (Kelvin sign, long s, dotted and dotless i).
PIECES = ["nav", "NAV", "Menu", "foot", "header", "HEAD", "pos", "ition", "crumb", "location", "share", "page", "-", "bar",
          "pagebar", "dqwz", "curpos", "related", "xgjd", "jiedu", "zcjd", "xgwz", "content", "Article", "trs_editor",
          "zoom", "detail", "main", "txt", "text", "TEXT", "Text", "t", "ext", "context", "news_text", "contener", "trs_ueditor", "title", "biaoti", "list", "lb", "news", "item", "gkml", "doc", "article_box",
          "_", "box", "line", "clear", "more", "tit", "btn", "icon", "num", "date", "time", "on", "active", "cur", "curr",
          "current", "selected", "select", "hover", "this", "now", "cur_li", "curli", "dq", " ", "  ", "\t", "\n",
          "\x1f", "\u3000", "\xa0", "K", "ſ", "İ", "ı", "k", "s", "i", "新闻", "x", "1", "a", "n", "v"]
SCANS = [(markers.is_chrome, CHROME), (markers.is_breadcrumb, BREADCRUMB), (markers.is_related, RELATED),
         (markers.is_body, markers.BODY), (markers.is_title, markers.TITLE), (markers.is_list_area, LIST_AREA),
         (markers.is_list_decor, LIST_DECOR), (markers.is_current, CURRENT)]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 8))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(len(SCANS)), ids=[p.pattern[:24] for _, p in SCANS])
def test_scan_is_the_regex(seed):
    scan, pattern = SCANS[seed]
    for text in _texts(40000, seed):
        assert scan(text) == bool(pattern.search(text)), repr(text)


def test_flags_are_the_regexes():
    for text in _texts(20000, 7):
        expected = (bool(CHROME.search(text)), bool(BREADCRUMB.search(text)), bool(RELATED.search(text)),
                    bool(markers.BODY.search(text)), bool(markers.TITLE.search(text)),
                    bool(LIST_AREA.search(text)) and not LIST_DECOR.search(text), bool(CURRENT.search(text)))
        markers.clear_caches()
        assert markers.marker_flags(text) == expected, repr(text)


def test_words_of_refuses_other_syntax():
    assert markers.words_of("page-?bar|nav") == ("pagebar", "page-bar", "nav")
    for pattern in (r"nav\b", "a.b", "(?:x)", "[ab]"):
        with pytest.raises(ValueError):
            markers.words_of(pattern)
