"""Addresses written in a page's inline scripts rather than in an href: the page a link's
script opens, and the page a redirect stub's script sends the browser to.

Real sites do both (a public collector's tests quote them):
  - list rows with no href, `<a onclick="isDownLoad(this,'https://…/t20260911_7372816.html')"
    title="…">`, and pagers `<a title="下一页" onclick="queryArticleByCondition(this,
    '/fgw/zc/zxzc/be842d3c-2.shtml')">` (fzgg.tj.gov.cn; fgw.ln.gov.cn on 慧点 CMS): read by href
    alone, the list has no document link and looks empty;
  - column pages that are only `<SCRIPT> location.href="/col/col91477/index.html";</SCRIPT>`
    (fgw.shandong.gov.cn/col/col91475/index.html, 1,823 bytes, no link): read as a page, the
    column looks empty.
Only string literals are read, never evaluated: an address built by concatenation
(`'share.php?url=' + location.href`) is no address of its own.
"""

from __future__ import annotations

import re

# A quoted string literal; the characters around it tell whether it is concatenated.
_LITERAL = re.compile(r"""(['"])([^'"\\\s<>]{1,500})\1""")
# What makes a literal an address: a scheme, a path, or a web file name.
_URL_LIKE = re.compile(r"^(?:https?://|//|/|\.\.?/)|\.(?:s?html?|jhtml|jsp|do|aspx?|php|pdf|docx?|xlsx?|wps|ofd|zip|rar)(?:[?#]|$)",
                       re.I)
# Assignments that navigate: location = "…", location.href = "…", location.replace("…"), location.assign("…").
_NAVIGATION = re.compile(
    r"""\blocation\s*(?:\.\s*href\s*)?=\s*(['"])([^'"\\\s<>]{1,500})\1(?!\s*\+)"""
    r"""|\blocation\s*\.\s*(?:replace|assign)\s*\(\s*(['"])([^'"\\\s<>]{1,500})\3\s*\)""")
_NOT_PAGES = ("javascript:", "#", "mailto:", "about:")


def _concatenated(script: str, start: int, end: int) -> bool:
    before, after = script[:start].rstrip(), script[end:].lstrip()
    return before.endswith("+") or after.startswith("+")


def script_link(script: str | None) -> str | None:
    """The one address a link's script (its onclick, or a `javascript:` href) opens, as written:
    the one it assigns to the location (JEECMS pagers: `location.href='index_5.jhtml'`), else its
    one URL-like literal; None when it names none, several different ones, or builds one by
    concatenation."""
    if not script or ("'" not in script and '"' not in script):
        return None
    assigned = navigation_targets(script)
    if assigned:
        return assigned[0] if len(assigned) == 1 else None
    found: set[str] = set()
    for m in _LITERAL.finditer(script):
        value = m.group(2)
        if _URL_LIKE.search(value) and not value.lower().startswith(_NOT_PAGES) \
                and not _concatenated(script, m.start(), m.end()):
            found.add(value)
    return found.pop() if len(found) == 1 else None


def navigation_targets(script: str) -> list[str]:
    """The addresses a script assigns to the page's location, as written, in order, once each."""
    targets: list[str] = []
    for m in _NAVIGATION.finditer(script):
        value = m.group(2) or m.group(4)
        if value and not value.lower().startswith(_NOT_PAGES) and value not in targets:
            targets.append(value)
    return targets
