"""Fast paths in the extractors must find exactly what the plain regular expressions find:
they are compared on generated texts made of the pieces the patterns care about."""

from __future__ import annotations

import random

from govaudit.model.extract import metadata


def _texts(pieces: list[str], n: int, seed: int, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def test_metadata_label_scan_is_the_label_regex():
    pieces = ["索引号", "索 引 号", "文号", "发文字号", "字号", "名称", "信息名称", "分类", "主题分类", "标题", "有效性",
              "：", ":", "\x1e", "\x1f", " ", "\u3000", "\n", "\xa0", "a", "发", "文", "2024", "。", "号"]
    for text in _texts(pieces, 50000, 1):
        expected = [(m.span(), m.groups()) for m in metadata._LABEL.finditer(text)]
        assert [(m.span(), m.groups()) for m in metadata._label_matches(text)] == expected, repr(text)
