"""URL normalisation and site scope, shared by the crawler and the model builder."""

from __future__ import annotations

from functools import lru_cache
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
        head = url[:8].lower()
        if head.startswith(("http://", "https://")):
            return _normalize_absolute(url)
        # Site chrome repeats root-relative links on every page: join against the origin
        # only, so the cache serves them across pages.
        if url.startswith("/") and not url.startswith("//"):
            return _join_cached(_origin(base), url)
        url = urljoin(base, url)
    return _normalize_absolute(url)


@lru_cache(maxsize=4096)
def _origin(base: str) -> str:
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}/"


@lru_cache(maxsize=65536)
def _join_cached(origin: str, url: str) -> str | None:
    return _normalize_absolute(urljoin(origin, url))


@lru_cache(maxsize=65536)
def _normalize_absolute(url: str) -> str | None:
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


def clear_caches() -> None:
    """Forget cached normalisations (benchmarks measure cold runs with it)."""
    _origin.cache_clear()
    _join_cached.cache_clear()
    _normalize_absolute.cache_clear()


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
