"""The category lists of a script-built catalogue, read from the app's own configuration.

Guangdong's gkmlpt (政府信息公开目录管理平台, the catalogue of every Guangdong government site)
is one page, `…/gkmlpt/index`, whose categories are hash routes (`index#2583`) that no URL
reaches: the app reads `window._CONFIG = {SID: '…', TREE: [...]}` and fetches each category's
rows from `…/gkmlpt/api/all/{id}?page=1&sid={SID}`. Those API URLs are the categories' lists;
tree nodes with a `jump_url` point at ordinary pages (机构职能, 公开指南), which the app draws
as links and which are linked from here too, so that a crawl without a browser reaches them;
nodes with children are headings whose leaves are listed.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlsplit, urlunsplit

_SID = re.compile(r"""\bSID['"]?\s*:\s*['"]?(\d+)""")
_TREE = re.compile(r"""\bTREE['"]?\s*:\s*\[""")
_APP_PATH = re.compile(r"^(.*?/gkmlpt/)")
_MAX_NODES = 2000
_MAX_DEPTH = 12  # real trees are 3-4 levels deep; a hostile one may nest hundreds


def app_lists(page_url: str, html: str) -> list[tuple[str, str]]:
    """(URL, name) of every category of a gkmlpt catalogue page: its API list, or the page its
    `jump_url` names; [] for any other page."""
    if "_CONFIG" not in html or "TREE" not in html:
        return []
    parts = urlsplit(page_url)
    prefix, sid, tree = _APP_PATH.match(parts.path), _SID.search(html), _tree(html)
    if prefix is None or sid is None or tree is None:
        return []
    base = urlunsplit((parts.scheme, parts.netloc, prefix.group(1), "", ""))
    return [(urljoin(page_url, target) if isinstance(target, str) else f"{base}api/all/{target}?page=1&sid={sid.group(1)}",
             name) for target, name in _leaves(tree)]


def app_headings(page_url: str, html: str) -> tuple[str, ...]:
    """Names of a gkmlpt catalogue's heading nodes (nodes with children, such as 法定主动公开内容):
    the app draws them as the catalogue's section headings; () for any other page."""
    if "_CONFIG" not in html or "TREE" not in html or _APP_PATH.match(urlsplit(page_url).path) is None:
        return ()
    tree = _tree(html)
    return tuple(dict.fromkeys(_groups(tree, []))) if tree is not None else ()


def _groups(nodes: list, out: list[str], depth: int = 0) -> list[str]:
    for node in nodes:
        if len(out) >= _MAX_NODES or depth >= _MAX_DEPTH:
            break
        children = node.get("children") if isinstance(node, dict) else None
        if children and isinstance(children, list):
            if name := " ".join(str(node.get("name") or "").split())[:100]:
                out.append(name)
            _groups(children, out, depth + 1)
    return out


def _tree(html: str) -> list | None:
    """The TREE array: the JSON from `TREE: [` to its matching bracket."""
    m = _TREE.search(html)
    if m is None:
        return None
    start, depth, quoted, escaped = m.end() - 1, 0, False, False
    for i in range(start, min(len(html), start + 2_000_000)):
        ch = html[i]
        if quoted:
            escaped, quoted = (False, quoted) if escaped else (ch == "\\", ch != '"')
            continue
        if ch == '"':
            quoted = True
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                try:
                    tree = json.loads(html[start:i + 1])
                except (ValueError, RecursionError):
                    return None
                return tree if isinstance(tree, list) else None
    return None


def _leaves(nodes: list, out: list[tuple[int | str, str]] | None = None, depth: int = 0) -> list[tuple[int | str, str]]:
    """(category id or jump_url, name) of the tree's leaves."""
    out = [] if out is None else out
    for node in nodes:
        if not isinstance(node, dict) or len(out) >= _MAX_NODES or depth >= _MAX_DEPTH:
            continue
        children, jump, name = node.get("children") or [], node.get("jump_url"), str(node.get("name") or "")
        if children and isinstance(children, list):
            _leaves(children, out, depth + 1)
        elif jump and isinstance(jump, str) and not jump.lower().startswith(("javascript:", "#")):
            out.append((jump, name))
        elif not jump and str(node.get("id", "")).isdigit():
            out.append((int(node["id"]), name))
    return out
