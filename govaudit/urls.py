"""URL normalisation and site scope, shared by the crawler and the model builder."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlparse, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Default document names a server answers for `dir/`: `dir/index.html` and `dir/` are one page
# (for de-duplication only: the URL as linked is the one fetched and cited).
_INDEX_NAMES = ("index.html", "index.htm", "index.shtml", "index.jsp", "default.htm", "default.html")
ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".ofd", ".zip", ".rar", ".txt")
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".svg")
# A relative reference (`./t2024_1.html`, `../col/`, `/a/b.html?p=2`) that urljoin reads as
# a bare path and optional query: no scheme or params (`:`, `;`), no fragment, no `//host`,
# no control characters or spaces (urlsplit strips or drops some of those).
_PLAIN_RELATIVE = re.compile(r"(?!//)[^\x00-\x20?#;:]+(?:\?[^\x00-\x20#;:]*)?")


def normalize(url: str, base: str | None = None) -> str | None:
    """Absolute, comparable form of `url` (a de-duplication key): `resolve`'s, and
    `dir/index.html` == `dir/` when no query string follows (`index.html?pageNum=2` is
    another resource than `dir/?pageNum=2`). None for non-HTTP(S) links."""
    resolved = resolve(url, base)
    return resolved if resolved is None else normalize_resolved(resolved)


def resolve(url: str, base: str | None = None) -> str | None:
    """Absolute form of `url` as linked, the URL to fetch and cite: resolved against `base`,
    no fragment, default port dropped, lower-case scheme and host; path and query untouched.
    None for non-HTTP(S) links."""
    url = url.strip()
    if "\\" in url:
        url = _browser_slashes(url)
    if base is not None:
        head = url[:8].lower()
        if head.startswith(("http://", "https://")):
            return _resolve_absolute(url)
        # Most relative links are plain paths: resolve them without urljoin's general
        # parsing, against the origin (root-relative: site chrome repeats them on every
        # page) or the directory (shared by a column's pages), with a cache.
        if _PLAIN_RELATIVE.fullmatch(url) and (directory := _directory(base)) is not None:
            scheme, netloc, segments, host = directory
            return _join_path(scheme, netloc, () if url[0] == "/" else segments, url, host)
        if url.startswith("/") and not url.startswith("//"):
            return _join_cached(_origin(base), url)
        url = urljoin(base, url)
    return _resolve_absolute(url)


def _browser_slashes(url: str) -> str:
    """`url` with the backslashes of its scheme, host and path read as slashes, as browsers read
    an http(s) reference (WHATWG URL: `\\` is a path separator in special schemes): 万载's FineCMS
    trail links the home page as `href="\\"`. The query and fragment keep theirs."""
    cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
    return url[:cut].replace("\\", "/") + url[cut:]


@lru_cache(maxsize=4096)
def _origin(base: str) -> str:
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}/"


@lru_cache(maxsize=65536)
def _join_cached(origin: str, url: str) -> str | None:
    return _resolve_absolute(urljoin(origin, url))


@lru_cache(maxsize=4096)
def _directory(base: str) -> tuple[str, str, tuple[str, ...], str | None] | None:
    """(scheme, netloc, directory segments, host) urljoin resolves a path-relative reference
    against, or None for a base only urljoin itself should handle. `host` is the lower-cased
    netloc when _resolve_absolute reads it plainly (no port, user or brackets), else None."""
    try:
        scheme, netloc, path, _, _, _ = urlparse(base)
    except ValueError:  # urljoin raises it again
        return None
    if scheme not in _DEFAULT_PORTS or not netloc or path[:1] not in ("", "/"):
        return None
    segments = path.split("/")
    if segments[-1] != "":  # the last segment is a file name (and its ;params)
        del segments[-1]
    return scheme, netloc, tuple(segments), netloc.lower() if _PLAIN_HOST.fullmatch(netloc) else None


@lru_cache(maxsize=65536)
def _join_path(scheme: str, netloc: str, base_segments: tuple[str, ...], url: str, host: str | None = None) -> str | None:
    """_resolve_absolute(urljoin(base, url)) for a _PLAIN_RELATIVE `url`, given _directory(base):
    urljoin's own segment resolution, without its two general URL parses."""
    path, _, query = url.partition("?")
    if path[0] == "/":  # urljoin ignores the base path and keeps empty segments
        segments = path.split("/")
    else:
        segments = [*base_segments, *path.split("/")]
        segments[1:-1] = filter(None, segments[1:-1])
    resolved: list[str] = []
    for segment in segments:
        if segment == "..":
            if resolved:
                resolved.pop()
        elif segment != ".":
            resolved.append(segment)
    if segments[-1] in (".", ".."):
        resolved.append("")
    # urlunparse's own assembly, for a netloc and no params or fragment
    path = "/".join(resolved) or "/"
    if path[0] != "/":
        path = "/" + path
    if host is not None:
        # What _resolve_absolute makes of the URL below: urlparse lower-cased the scheme, the path
        # starts with "/" and, like the query, holds no "#" (urlparse split it off the base, a plain
        # relative reference has none) and no tab or newline (urlparse removed them, the
        # reference has no blanks); only the host's letter case changes.
        return f"{scheme}://{host}{path}?{query}" if query else f"{scheme}://{host}{path}"
    return _resolve_absolute(f"{scheme}://{netloc}{path}?{query}" if query else f"{scheme}://{netloc}{path}")


def _normalize_absolute(url: str) -> str | None:
    """normalize() of an absolute URL."""
    resolved = _resolve_absolute(url)
    return resolved if resolved is None else normalize_resolved(resolved)


@lru_cache(maxsize=65536)
def normalize_resolved(url: str) -> str:
    """`url` with each run of slashes in its path read as one, and without a trailing default
    document name unless a query string follows it. Web servers map `/a//b.html` to `/a/b.html`
    (nginx merges slashes, a file path holds no empty name), and templates that join a site's
    address with a path write such links: `http://h//xxgk/` is the page at `http://h/xxgk/`, and
    `//h/\\` (a backslash read as a slash) is the home page, not another page listing its rows."""
    if (at := url.find("//", 8)) >= 0 and ((query := url.find("?")) < 0 or at < query):
        url = _merged_slashes(url)
    if "?" in url or not url.endswith(_INDEX_SUFFIXES):  # most URLs: two C calls
        return url
    for name in _INDEX_NAMES:
        if url.endswith("/" + name):
            return url[: -len(name)]
    return url


_INDEX_SUFFIXES = tuple("/" + name for name in _INDEX_NAMES)
_SLASHES = re.compile(r"//+")


def _merged_slashes(url: str) -> str:
    """A resolved `url` with its path's runs of slashes made one (the query keeps its own)."""
    path_at = url.find("/", url.find("//") + 2)
    query_at = url.find("?")
    end = len(url) if query_at < 0 else query_at
    return url[:path_at] + _SLASHES.sub("/", url[path_at:end]) + url[end:]


# An absolute URL urlsplit reads plainly: http(s) in any letter case, a host of ASCII letters,
# digits, dots, hyphens and underscores (no user, port or IPv6 brackets), then nothing or a
# path, query or fragment without the tab and newlines urlsplit deletes. Scheme letters are
# spelled out: IGNORECASE would also let K (Kelvin), ſ, İ and ı into the host.
_PLAIN_ABSOLUTE = re.compile(r"([hH][tT][tT][pP][sS]?)://([A-Za-z0-9._-]+)([/?#][^\t\r\n]*)?")
_PLAIN_HOST = re.compile(r"[A-Za-z0-9._-]+")  # a host as _PLAIN_ABSOLUTE reads it


@lru_cache(maxsize=65536)
def _resolve_absolute(url: str) -> str | None:
    """`url` resolved (see resolve) when it is absolute; None for other schemes or no host."""
    plain = _PLAIN_ABSOLUTE.fullmatch(url)
    if plain is None:
        return _resolve_general(url)
    scheme, host, rest = plain.groups()
    if not rest:
        return f"{scheme.lower()}://{host.lower()}/"
    # urlsplit's order: the fragment goes first, then the query is what follows the first '?'
    rest = rest.partition("#")[0]
    path, _, query = rest.partition("?")
    return f"{scheme.lower()}://{host.lower()}{path or '/'}{'?' + query if query else ''}"


def _resolve_general(url: str) -> str | None:
    """_resolve_absolute through urlsplit, for any URL."""
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
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


# Query parameters that carry a list's page number (lower case): Hanweb's page n of
# `col/index.html` is `index.html?uid=…&pageNum=n`. Shared by the crawl's pager reader and the model.
PAGE_PARAMS = ("page", "pageno", "pagenum", "pageindex", "curpage", "currpage", "currentpage", "page_no",
               "pagenumber", "pagenow", "cpage",
               "paging",  # 新点 Epoint's ASP.NET lists: MoreInfo.aspx?CategoryNum=004003&Paging=2
               "cur_page",  # 中网 Cicro WCM: /info/iList.jsp?node_id=GKszfbgt&tm_id=69&cur_page=2 (shaanxi.gov.cn)
               "pageidx")  # TurboCMS (DotNetNuke): /tabid/49629/126765pageidx/2/Default.aspx (customs.gov.cn)


def clear_caches() -> None:
    """Forget cached normalisations (benchmarks measure cold runs with it)."""
    _origin.cache_clear()
    _join_cached.cache_clear()
    _directory.cache_clear()
    _join_path.cache_clear()
    _resolve_absolute.cache_clear()
    normalize_resolved.cache_clear()
    link_kind.cache_clear()


def host_of(url: str) -> str:
    """Host (and non-default port) of a normalised URL."""
    return urlsplit(url).netloc


def other_scheme(url: str) -> str:
    """`url` by the other of http and https (one page of a site that answers both ways)."""
    if url.startswith("https://"):
        return "http://" + url[8:]
    return "https://" + url[7:] if url.startswith("http://") else url


def registrable_domain(host: str) -> str:
    """The part of a host name a site owns: gov.cn-style second levels keep three labels;
    a leading www. never counts (gov.cn and www.gov.cn are one site); an IP address is itself."""
    host = host.lower().strip(".").removeprefix("www.")
    labels = host.split(".")
    if host.replace(".", "").isdigit() or len(labels) <= 2:
        return host
    keep = 3 if labels[-2] in ("gov", "com", "org", "edu", "net", "ac") and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def same_site(url: str, start_url: str) -> bool:
    """True when `url` is on the audited site's host (http and https both count)."""
    return host_of(url) == host_of(start_url)


@lru_cache(maxsize=65536)
def link_kind(url: str) -> str:
    """page | attachment | image, judged from the URL path's extension."""
    path = _path_of(url).lower()
    if path.endswith(ATTACHMENT_EXTENSIONS):
        return "attachment"
    if path.endswith(IMAGE_EXTENSIONS):
        return "image"
    return "page"


def resolved_kind(url: str) -> str:
    """link_kind(url) for a URL resolve() or normalize() returned, without parsing it: such a URL
    has no fragment, and its path runs from the first "/" after the host to the first "?"
    (the extensions hold no "/", so the text before the path cannot end with one)."""
    before_query = url.partition("?")[0].lower()
    if before_query.endswith(ATTACHMENT_EXTENSIONS):
        return "attachment"
    if before_query.endswith(IMAGE_EXTENSIONS):
        return "image"
    return "page"


# pdf.js's viewer (`/pdfjs/web/viewer.html?file=/upload/2024/nb.pdf`) fetches the file itself
# from the visitor's browser, so the file's own address serves it: the link is the file's. A
# download script's `?file=` is not (the file may sit outside the web root).
_VIEWER = re.compile(r"/viewer\.html?\?(?:[^#]*&)?file=([^&#]+)", re.I)


def viewed_file(url: str) -> str | None:
    """The attachment a pdf.js-style viewer address shows, resolved against it, or None."""
    m = _VIEWER.search(url)
    if m is None:
        return None
    target = resolve(unquote(m.group(1)), url)
    return target if target is not None and resolved_kind(target) == "attachment" else None


def _path_of(url: str) -> str:
    """urlsplit(url).path, without urlsplit for a plain absolute URL."""
    plain = _PLAIN_ABSOLUTE.fullmatch(url)
    if plain is None:
        return urlsplit(url).path
    return (plain.group(3) or "").partition("#")[0].partition("?")[0]


# The paths a home page answers at: the host's root and its index page there.
_HOME_PATH = re.compile(r"/(?:(?:index|default|main|home|portal)\.\w{2,5})?", re.I)


def home_like(url: str) -> bool:
    """True for the root of a host, with no query (/, /index.html)."""
    parts = urlsplit(url)
    return not parts.query and _HOME_PATH.fullmatch(parts.path or "/") is not None
