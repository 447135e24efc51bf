"""Make crawled text safe to show: links only for http(s), Markdown metacharacters escaped.

Everything in results.json came from hostile pages (titles, URLs, snippets). HTML output
relies on jinja2 autoescaping for text; these helpers cover what autoescaping cannot:
link schemes, and Markdown, where nothing is escaped by default.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

_HTTP_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|&#!~])")
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
    end a table row nor start a block; metacharacters get a backslash, so it can neither
    open a link, an HTML tag, a code span nor split a table cell.
    """
    flat = _WHITESPACE.sub(" ", str(text)).strip()
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def md_link(url: object, text: object | None = None) -> str:
    """A Markdown link to `url` labelled `text` (default: the URL), or escaped text
    when `url` is not a safe http(s) URL."""
    label = md_escape(url if text is None else text)
    href = safe_href(url)
    if href is None:
        return label
    return f"[{label}]({quote(href, safe=_URL_SAFE)})"


def md_code(text: object) -> str:
    """Inline code for trusted-shape identifiers (rule ids, archive records): a backtick
    or newline inside falls back to escaped text."""
    flat = _WHITESPACE.sub(" ", str(text)).strip()
    if "`" in flat or "|" in flat:
        return md_escape(flat)
    return f"`{flat}`"
