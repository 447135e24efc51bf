"""Fast paths in the extractors must find exactly what the plain regular expressions find:
they are compared on generated texts made of the pieces the patterns care about."""

from __future__ import annotations

import random
import re

from govaudit.model.extract import footer, listing, metadata


def _texts(pieces: list[str], n: int, seed: int, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def test_metadata_label_scan_is_the_label_regex():
    pieces = ["索引号", "索 引 号", "文号", "发文字号", "字号", "名称", "信息名称", "分类", "主题分类", "标题", "有效性",
              "：", ":", "\x1e", "\x1f", " ", "\u3000", "\n", "\xa0", "a", "发", "文", "2024", "。", "号"]
    for text in _texts(pieces, 50000, 1):
        expected = [(m.span(), m.groups()) for m in metadata._LABEL.finditer(text)]
        assert [(m.span(), m.groups()) for m in metadata._label_matches(text)] == expected, repr(text)


def test_empty_marker_scan_is_the_empty_regex():
    pieces = ["暂无信息", "暂无相关信息", "没有记录", "暂无", "信息", "暂", "\x1e", "\x1f", " ", "\u3000", "\n", "。", "！", "x"]
    for text in _texts(pieces, 50000, 2):
        assert listing.has_empty_marker(text) == bool(listing._EMPTY.search(text)), repr(text)


def test_declared_counts_read_any_letter_case():
    declared = re.compile(r"(?:recordCount|totalRecord|totalCount|recordTotal|totalNum)\s*[=:：]\s*['\"]?(\d+)", re.I)
    pieces = ["recordCount", "RECORDCOUNT", "totalrecord", "TotalNum", "totalCou", "nt", "İ", "K", "ı", " ", "=", ":", "：",
              "'", '"', "12", "3", "x", "\n"]
    for text in _texts(pieces, 50000, 3, longest=10):
        assert listing.declared_counts(text) == [int(n) for n in declared.findall(text)], repr(text)


def test_footer_number_scans_are_the_footer_regexes():
    icp = ["闽", "闽ICP备", "京 icp 备", "ICP", "İCP", "ıcp", "备", "1234号", "号", "-2", " ", "\u3000", "\x1f", "x"]
    psb = ["闽", "公网安备", "35012802000123", "公网", "安备", "号", " ", "\x1f", "x", "1"]
    for fast, plain, pieces in ((footer._icp, footer._ICP, icp), (footer._psb, footer._PSB, psb)):
        for text in _texts(pieces, 50000, 5, longest=10):
            got, expected = fast(text), plain.search(text)
            assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups())), repr(text)


def test_page_total_scan_is_the_page_total_regex():
    from govaudit.htmlvocab import VISIBLE_PAGE_TOTAL
    from govaudit.model.extract.pager import page_totals

    pieces = ["第", "页", "次", "共", "/", "1", "23", "４", "٣", " ", "\u3000", "\n", "\xa0", "：", ":", "\x1e", "\x1f",
              "首页", "页次：", "第1/2页", "共3页", "x", "中", "条", "-"]
    for text in _texts(pieces, 60000, 6):
        assert page_totals(text) == VISIBLE_PAGE_TOTAL.findall(text), repr(text)
