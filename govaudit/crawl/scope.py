"""What the crawl may fetch: the site's hosts, include/exclude patterns, canonical URLs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from govaudit.errors import UserError
from govaudit.urls import host_of, normalize_resolved, registrable_domain, resolve
from govaudit.vocab import DISCLOSURE_HUB_NAMES

# Query parameters that track a visitor or a session and never change the page.
TRACKING_PARAMS = frozenset({
    "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id", "spm", "from",
    "isappinstalled", "share_token", "sharefrom", "timestamp", "_t", "_", "jsessionid", "phpsessid",
    "aspsessionid", "sessionid", "session_id", "wxfrom", "scene", "clicktime",
})
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid)=[^/?]*", re.I)
_HOST = re.compile(r"^(\*\.)?[a-z0-9]([a-z0-9\-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9\-]*[a-z0-9])?)*(:\d{1,5})?$")


def canonical(url: str, base: str | None = None) -> str | None:
    """The crawl's de-duplication key of a link: `urls.normalize`'s form, without tracking and
    session parameters (`utm_*`, `spm`, `;jsessionid=`...), so one page is fetched once however
    it is linked. A key, never the URL fetched or cited (that is the link as resolved)."""
    url = resolve(url, base)
    if url is None:
        return None
    if "?" in url or ";" in url:
        parts = urlsplit(url)
        path = _PATH_SESSION.sub("", parts.path)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if k.lower() not in TRACKING_PARAMS]
        query = parts.query if len(kept) == len(pairs) else urlencode(kept)  # untouched queries keep their spelling
        url = urlunsplit((parts.scheme, parts.netloc, path, query, ""))
    return normalize_resolved(url)


def host_pattern(value: str) -> str:
    """A validated `--allow-host` value: `host`, `host:port` or `*.domain` (any subdomain)."""
    raw = value.strip().lower()
    host = urlsplit(raw).netloc if "://" in raw else raw.rstrip("/")
    if not _HOST.match(host):
        raise UserError(f"--allow-host {value!r} is not a host name; write it like www.example.gov.cn "
                        "or *.example.gov.cn.")
    return host


def compile_patterns(option: str, patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    """Compile `--include`/`--exclude` regular expressions, naming the bad one."""
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise UserError(f"{option} {pattern!r} is not a valid regular expression ({exc}).") from None
    return compiled


class Scope:
    """The audited site: the start URL's host, the host it redirects to, `--allow-host`
    hosts; within them, URLs matching an include pattern (if any) and no exclude pattern."""

    def __init__(self, start: str, allow_hosts: tuple[str, ...] = (), include: tuple[str, ...] = (),
                 exclude: tuple[str, ...] = ()) -> None:
        self.start = start
        self._hosts = {host_of(start)} | {host_pattern(h) for h in allow_hosts}
        self._include = compile_patterns("--include", include)
        self._exclude = compile_patterns("--exclude", exclude)

    @property
    def hosts(self) -> list[str]:
        """The hosts in scope (and `*.domain` patterns), sorted."""
        return sorted(self._hosts)

    def add_host(self, url: str) -> None:
        """Put `url`'s host in scope (the start URL redirected there)."""
        self._hosts.add(host_of(url))

    def add_hub_host(self, links: Iterable[tuple[str, str]]) -> bool:
        """Put in scope the host of the home page's link to its 政务公开 hub, given as (URL, text),
        when that host is another of the site's own domain (xxgk.example.gov.cn beside
        www.example.gov.cn): the disclosure platform is part of the audited site. A hub on another
        domain (a province's platform) stays out, for --allow-host. True when a host was added."""
        own = registrable_domain(urlsplit(self.start).hostname or "")
        for url, text in links:
            if "".join(text.split()) in DISCLOSURE_HUB_NAMES and not self.on_site(url) \
                    and registrable_domain(urlsplit(url).hostname or "") == own:
                self.add_host(url)
                return True
        return False

    def add_hosts(self, hosts: list[str]) -> None:
        """Put hosts (or `*.domain` patterns) recorded by an earlier run back in scope."""
        self._hosts.update(hosts)

    def on_site(self, url: str) -> bool:
        """True when `url` is on one of the site's hosts."""
        host = host_of(url)
        bare = host.split(":", 1)[0]
        return host in self._hosts or any(  # a tuple: the render thread asks while hosts may be added
            p.startswith("*.") and (bare == p[2:] or bare.endswith(p[1:])) for p in tuple(self._hosts))

    def allows(self, url: str) -> str | None:
        """None when `url` may be crawled, else why not: offsite, excluded or not_included."""
        if not self.on_site(url):
            return "offsite"
        if url == self.start:
            return None
        if any(p.search(url) for p in self._exclude):
            return "excluded"
        if self._include and not any(p.search(url) for p in self._include):
            return "not_included"
        return None
