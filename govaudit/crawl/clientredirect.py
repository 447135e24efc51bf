"""Redirect stubs: a 200 page that only sends the browser on, by `<meta http-equiv="refresh">` or
a `Refresh` header, by a script's `location.href = "…"`, or by framing one page whole.

Government sites use them where a server redirect would do: a home page sending to
`/col/col1/index.html`, a column page that is a placeholder for another column (a public
collector's tests quote fgw.shandong.gov.cn/col/col91475/index.html: 1,823 bytes, one
`location.href`, no link), a site moved to a new address. Read as pages, they are home pages
with no column and empty columns: verdicts on a page no visitor ever sees. A visitor's
browser lands on the target, so the fetcher follows a stub as it follows a 302 (crawl/fetcher.py),
and both answers go into the WARC.

A page is a stub only when it shows next to nothing and links nowhere but to its target, and
its target is not the site's home page (a short error page that sends home after a few
seconds is an error page: it stays one, see soft404).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.etree

from govaudit.crawl.soft404 import error_page, html_body, media_type, visible_text
from govaudit.htmlpage import base_of, decode_html, parse_html
from govaudit.jsurls import navigation_targets
from govaudit.urls import resolve

MAX_STUB_BYTES = 16 * 1024  # a stub is a few hundred bytes to a couple of KB; real pages are larger
_MAX_STUB_TEXT = 200  # characters of visible text: "正在跳转，如未跳转请点击这里" and a title
_MAX_REFRESH_DELAY = 10.0  # seconds: a longer refresh is a page that reloads, not one that moves
_CUES = re.compile(rb"refresh|location|<i?frame", re.I)
_REFRESH = re.compile(r"^\s*(\d+(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?(['\"]?)(.+?)\2\s*)?$", re.I | re.S)
_MOBILE = re.compile(r"//m\.|//wap\.|/m/|/wap/|/mobile/|mobile\.|/h5/", re.I)


def short_page(content: bytes, content_type: str | None, url: str, max_bytes: int,
               max_text: int) -> tuple[lxml.etree._Element, str] | None:
    """(parsed tree, base URL) of an HTML page of at most `max_bytes` that shows at most `max_text`
    characters and is no error page, else None: what a redirect stub or a splash page is first."""
    if len(content) > max_bytes or not html_body(content, media_type(content_type)):
        return None
    text, _ = decode_html(content, content_type)
    tree = parse_html(text)
    if len(visible_text(tree)) > max_text or error_page(tree, text)[0] is not None:
        return None
    return tree, base_of(tree, url)


def stub_target(content: bytes, content_type: str | None, url: str, refresh: str | None = None) -> str | None:
    """The absolute address a redirect stub sends its visitor to, or None for any other page.
    `content_type` is the response's Content-Type header; `refresh` its Refresh header, which
    browsers obey as they obey a `<meta http-equiv="refresh">` (HTML standard, "shared declarative
    refresh steps"): such an answer moves on whether its body is empty or a short stub."""
    header = _refresh_target(refresh) if refresh else None
    if header is not None and not content.strip():
        return _moved(resolve(header, url), url)
    if not (header or _CUES.search(content)) or (page := short_page(content, content_type, url, MAX_STUB_BYTES, _MAX_STUB_TEXT)) is None:
        return None
    tree, base = page
    target = _moved(next(filter(None, (resolve(t, base) for t in ([header] if header else _written_targets(tree)))), None), url)
    if target is None:
        return None
    links = {resolve(a.get("href") or "", base) for a in tree.iter("a") if a.get("href")}
    if links - {target, url, None}:
        return None  # a page linking elsewhere is a page, whatever its script does
    return target


def _moved(target: str | None, url: str) -> str | None:
    """`target` when a stub at `url` moves its visitor there: not to itself, nor to the home page
    from elsewhere (a short error page that sends home is an error page)."""
    if target is None or target == url or _is_home(target) and not _is_home(url):
        return None
    return target


def _refresh_target(value: str) -> str | None:
    """The address a refresh (`0; url=/next.html`, a meta's content or a Refresh header) moves
    to within _MAX_REFRESH_DELAY seconds, else None (a page that reloads itself later)."""
    m = _REFRESH.match(value)
    return m.group(3).strip() if m and m.group(3) and float(m.group(1)) <= _MAX_REFRESH_DELAY else None


def _written_targets(tree: lxml.etree._Element) -> list[str]:
    """Where the page sends the browser, as written: its refresh, else its scripts' navigation
    (a desktop target before a mobile one), else its only frame."""
    for meta in tree.iter("meta"):
        if (meta.get("http-equiv") or "").strip().lower() == "refresh":
            if target := _refresh_target(meta.get("content") or ""):
                return [target]
    scripts = [s.text for s in tree.iter("script") if s.text and not s.get("src")]
    targets = [t for script in scripts for t in navigation_targets(script)]
    if targets:
        return sorted(targets, key=lambda t: bool(_MOBILE.search(t)))
    frames = [f.get("src") for f in tree.iter("frame", "iframe") if (f.get("src") or "").strip()]
    return frames if len(frames) == 1 else []


def _is_home(url: str) -> bool:
    return urlsplit(url).path in ("", "/")
