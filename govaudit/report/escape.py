"""Make crawled text safe to show: links only for http(s), Markdown metacharacters escaped.

Everything in results.json came from hostile pages (titles, URLs, snippets). HTML output
relies on jinja2 autoescaping for text; these helpers cover what autoescaping cannot:
link schemes, Markdown, where nothing is escaped by default, and invisible characters.

Markdown escapes are HTML character references, not backslashes: CommonMark renderers
(markdown-it, GitHub) and python-markdown all honour `&lt;`, while python-markdown does not
take a backslash before `<` as an escape. Only URLs of the audited site become links; others are code.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any
from urllib.parse import quote, urlsplit

_HTTP_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_\[\]<>|&#!~():]")  # ":" so no renderer autolinks "http://…"
_WWW_DOT = re.compile(r"(?i)(?<![\w.])(www)\.")  # nor "www.…" (GitHub's extended autolinks)
# Bidirectional controls and zero-width characters: they can make text read differently
# from what it is (a URL shown reversed, a name with hidden characters). Shown as \uXXXX.
_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Characters a Markdown link destination or a table cell cannot hold raw; "%" stays so
# already-encoded URLs are not encoded twice.
_URL_SAFE = "!#$%&'*+,-./:;=?@[]~_"


def safe_href(url: object) -> str | None:
    """Return `url` if it may be an href (absolute http or https with a host), else None.

    Anything else (javascript:, data:, relative, with whitespace or control characters)
    must be shown as text, never as a link.
    """
    if not isinstance(url, str) or not _HTTP_URL.fullmatch(url):
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return url if host else None


def md_escape(text: object) -> str:
    """Escape `text` for Markdown inline content and table cells.

    Whitespace runs (newlines included) become one space, so a crawled string can neither
    end a table row nor start a block; metacharacters become numeric character references,
    so it can neither open a link, an HTML tag, emphasis, a code span nor split a table cell.
    """
    flat = _WHITESPACE.sub(" ", str(text)).strip()
    escaped = _MARKDOWN_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", flat)
    return _WWW_DOT.sub(r"\1&#46;", escaped)


def md_link(url: object, text: object | None = None, scope: Collection[str] = ()) -> str:
    """A Markdown link to `url` labelled `text` (default: the URL) when `url` is http(s) on
    one of the `scope` hosts (the audited site); any other URL is shown as code, never as
    a link, and a label of its own follows as escaped text."""
    href = safe_href(url)
    if href is None or (urlsplit(href).hostname or "").lower() not in scope:
        shown = md_code(url)
        return shown if text is None or text == url else f"{md_escape(text)} {shown}"
    return f"[{md_escape(url if text is None else text)}]({quote(href, safe=_URL_SAFE)})"


def scope_hosts(site_url: object) -> frozenset[str]:
    """The hosts whose URLs a report may link: the audited site's, with and without www."""
    href = safe_href(site_url)
    host = (urlsplit(href).hostname or "").lower() if href else ""
    if not host:
        return frozenset()
    bare = host.removeprefix("www.")
    return frozenset({bare, f"www.{bare}"})


def reveal_invisible(text: str) -> str:
    """Bidirectional controls and zero-width characters written as visible \\uXXXX."""
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def reveal_invisible_in(value: Any) -> Any:
    """`value` (JSON-like: dicts, lists, strings) with reveal_invisible applied to every string in it.

    For formats whose writer escapes text itself (SARIF's JSON): a `\\u202e` written into
    the output text would be read back by a JSON parser as the character again.
    """
    if isinstance(value, str):
        return reveal_invisible(value)
    if isinstance(value, dict):
        return {k: reveal_invisible_in(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [reveal_invisible_in(v) for v in value]
    return value


def md_code(text: object) -> str:
    """Inline code for trusted-shape identifiers (rule ids, archive records): a backtick
    or newline inside falls back to escaped text."""
    flat = _WHITESPACE.sub(" ", str(text)).strip()
    if "`" in flat or "|" in flat:
        return md_escape(flat)
    return f"`{flat}`"
