"""Variants of a generated sample site that keep its content and answer key but change markup a
CMS chooses freely, to measure how much the audit leans on markup it was written against:

- `classes`: every class and id value is replaced by a meaningless name (the same value always by
  the same name, so a page's repeated blocks stay alike). A site of a CMS nobody here has seen
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

_ATTR = re.compile(rb"""(\s(?:class|id)\s*=\s*)(["'])(.*?)\2""", re.I | re.S)


def _name(value: bytes) -> bytes:
    return b"x" + hashlib.blake2s(value, digest_size=4).hexdigest().encode()


def _scramble(body: bytes) -> bytes:
    def one(m: re.Match[bytes]) -> bytes:
        names = b" ".join(_name(v) for v in m.group(3).split())
        return m.group(1) + m.group(2) + names + m.group(2)
    return _ATTR.sub(one, body)


def scramble_classes(site: SampleSite) -> SampleSite:
    """`site` with every class and id value of its HTML replaced by a meaningless name."""
    resources = {path: replace(r, body=_scramble(r.body)) if r.is_html else r for path, r in site.resources.items()}
    return replace(site, resources=resources, not_found=replace(site.not_found, body=_scramble(site.not_found.body)))


MUTATIONS: dict[str, Callable[[SampleSite], SampleSite]] = {"classes": scramble_classes}
