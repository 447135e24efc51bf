"""`govaudit inspect`: the facts the model reads off one page, for webmasters asking "why?"."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from govaudit.errors import UserError
from govaudit.htmlpage import decode_html
from govaudit.model.extract.page import extract_page
from govaudit.serde import to_dict
from govaudit.settings import CrawlSettings
from govaudit.urls import normalize

_MAX_BYTES = CrawlSettings().max_body_bytes
# Default documents a server answers for a site's root, as written in links to it.
_ROOT_DOCUMENTS = frozenset(
    f"/{name}.{ext}" for name in ("index", "default", "home", "main") for ext in ("html", "htm", "shtml", "jsp", "php", "asp", "aspx")
)


def is_site_root(url: str) -> bool:
    """True for a site's root page: path `/` or a default document there (/index.html,
    /default.htm …), without a query string."""
    parts = urlsplit(url)
    path = parts.path.lower()
    return not parts.query and (path in ("", "/") or path in _ROOT_DOCUMENTS)


def _fetch(url: str) -> tuple[bytes, str | None]:
    settings = CrawlSettings()
    try:
        with requests.get(url, headers={"User-Agent": settings.full_user_agent}, timeout=settings.timeout, stream=True) as resp:
            body = resp.raw.read(_MAX_BYTES + 1, decode_content=True)
            if resp.status_code >= 400:
                raise UserError(f"{url} answered HTTP {resp.status_code}; nothing to inspect.")
            return body[:_MAX_BYTES], resp.headers.get("Content-Type")
    except requests.RequestException as exc:
        raise UserError(f"Could not fetch {url}: {type(exc).__name__}.") from None


def inspect_target(target: str, url: str | None = None) -> dict[str, Any]:
    """Facts of the page at `target` (a local file, or an http(s) URL fetched once). The
    page at a site's root (see is_site_root) is read as the homepage; a file without
    --url is not."""
    path = Path(target)
    if path.is_file():
        body, content_type = path.read_bytes()[:_MAX_BYTES], None
        page_url = normalize(url) if url else f"http://inspected.invalid/{path.name}"
        if page_url is None:
            raise UserError(f"--url {url!r} is not an http(s) URL.")
        home = url is not None and is_site_root(url)
    else:
        page_url = normalize(target)
        if page_url is None:
            raise UserError(f"{target!r} is neither an existing file nor an http(s) URL.")
        body, content_type = _fetch(page_url)
        home = is_site_root(target.strip())
    text, charset = decode_html(body, content_type)
    facts = to_dict(extract_page(text, page_url, is_home=home))
    facts.pop("body_text", None)
    return {"url": page_url, "charset": charset, "is_home": home, **facts}
