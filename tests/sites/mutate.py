"""Variants of a generated sample site that keep its content and answer key but change markup a
CMS chooses freely, to measure how much the audit leans on markup it was written against:

- `classes`: every class and id value is replaced by a meaningless name (the same value always by
  the same name, so a page's repeated blocks stay alike), but the names national embed codes
  give (`_jiucuo_`, `_ideConac`). A site of a CMS nobody here has seen
  names its list, breadcrumb, content and footer areas in words the tool does not know; what it
  cannot read there must come out undecided, never as a wrong finding.

- `labels`: the labels of the page's text in words other real sites use for the same thing (the
  variants ../shared/domain.md §7.6 records for the metadata fields, and others cited below), the
  same label always by the same variant: 相关解读/相关文件 boxes as 税务总局's 关联解读/关联文件,
  上一篇/下一篇 as 上一条/下一条 (PowerEasy), 当前位置 as 您现在的位置, a spaced 索 引 号 (TRS gkml).
  Only text between tags changes (scripts too: a list island's rows are text to its reader).

`classes` changes only HTML attributes, `labels` only text: URLs and the key stay as they are.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import replace

from govaudit.htmlpage import decode_html
from tests.sites.model import Resource, SampleSite

_ATTR = re.compile(rb"""(\s(?:class|id)\s*=\s*)(?:(["'])(.*?)\2|([^\s"'>]+))""", re.I | re.S)


def _name(value: bytes) -> bytes:
    # Names given by national embed codes (`<script id="_jiucuo_">`, `<span id="_ideConac">`) are the
    # same on every site, whatever its CMS: kept.
    if value.startswith(b"_"):
        return value
    return b"x" + hashlib.blake2s(value, digest_size=4).hexdigest().encode()


def scramble_markup(body: bytes) -> bytes:
    """`body` with every class and id value replaced by a meaningless name (see the module docstring)."""
    def one(m: re.Match[bytes]) -> bytes:
        quote, value = (m.group(2), m.group(3)) if m.group(2) else (b"", m.group(4))
        return m.group(1) + quote + b" ".join(_name(v) for v in value.split()) + quote
    return _ATTR.sub(one, body)


def scramble_classes(site: SampleSite) -> SampleSite:
    """`site` with every class and id value of its HTML replaced by a meaningless name."""
    resources = {path: replace(r, body=scramble_markup(r.body)) if r.is_html else r for path, r in site.resources.items()}
    return replace(site, resources=resources, not_found=replace(site.not_found, body=scramble_markup(site.not_found.body)))


# label -> the variant another real site shows (domain.md §7.6 for the metadata fields)
LABELS = {
    "发文机关": "发布机构", "发文字号": "文件编号", "成文日期": "生成日期", "主题分类": "组配分类", "主题词": "关键词",
    "有效性": "效力状态", "索引号": "索 引 号", "相关解读": "关联解读", "相关文件": "关联文件", "上一篇": "上一条",
    "下一篇": "下一条", "当前位置": "您现在的位置",
}
_LABEL = re.compile("|".join(map(re.escape, sorted(LABELS, key=len, reverse=True))))
_TAG = re.compile(r"(<[^>]*>)")


def relabel_markup(body: bytes, charset: str) -> bytes:
    """`body` (encoded in `charset`) with the LABELS in its text between tags replaced."""
    text = body.decode(charset)
    parts = _TAG.split(text)
    parts[::2] = [_LABEL.sub(lambda m: LABELS[m.group()], part) for part in parts[::2]]
    return "".join(parts).encode(charset)


def _charset(r: Resource) -> str:
    return decode_html(r.body, r.content_type)[1]  # as a browser (and the crawler) reads it


def relabel(site: SampleSite) -> SampleSite:
    """`site` with the labels of its HTML text in other real sites' words (see LABELS)."""
    resources = {path: replace(r, body=relabel_markup(r.body, _charset(r))) if r.is_html else r
                 for path, r in site.resources.items()}
    return replace(site, resources=resources)


MUTATIONS: dict[str, Callable[[SampleSite], SampleSite]] = {"classes": scramble_classes, "labels": relabel}
