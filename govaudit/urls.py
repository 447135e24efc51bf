"""URL normalisation and site scope, shared by the crawler and the model builder."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_INDEX_NAMES = ("index.html", "index.htm", "index.shtml", "index.jsp")
ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".ofd", ".zip", ".rar", ".txt")
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".svg")


def normalize(url: str, base: str | None = None) -> str | None:
    """Absolute, comparable form of `url`: no fragment, default port dropped,
    lower-case host, `dir/index.html` == `dir/`. None for non-HTTP(S) links."""
    url = url.strip()
    if base is not None:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower()
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    for name in _INDEX_NAMES:
        if path.endswith("/" + name):
            path = path[: -len(name)]
            break
    return urlunsplit((scheme, netloc, path, parts.query, ""))


def host_of(url: str) -> str:
    """Host (and non-default port) of a normalised URL."""
    return urlsplit(url).netloc


def same_site(url: str, start_url: str) -> bool:
    """True when `url` is on the audited site's host (http and https both count)."""
    return host_of(url) == host_of(start_url)


def link_kind(url: str) -> str:
    """page | attachment | image, judged from the URL path's extension."""
    path = urlsplit(url).path.lower()
    if path.endswith(ATTACHMENT_EXTENSIONS):
        return "attachment"
    if path.endswith(IMAGE_EXTENSIONS):
        return "image"
    return "page"
