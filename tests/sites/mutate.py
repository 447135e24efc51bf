"""Variants of a generated sample site that keep its content and answer key but change markup a
CMS chooses freely, to measure how much the audit leans on markup it was written against:

- `classes`: every class and id value is replaced by a meaningless name (the same value always by
  the same name, so a page's repeated blocks stay alike), but the names national embed codes
  give (`_jiucuo_`, `_ideConac`). A site of a CMS nobody here has seen
  names its list, breadcrumb, content and footer areas in words the tool does not know; what it
  cannot read there must come out undecided, never as a wrong finding.

Only the HTML attributes change: scripts, text, URLs and the key stay as they are.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import replace

from tests.sites.model import SampleSite

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


MUTATIONS: dict[str, Callable[[SampleSite], SampleSite]] = {"classes": scramble_classes}
