"""Answers that say 200 OK but are not the page asked for: error pages and wrong content types.

A visitor following the link gets an error page (页面不存在, 404) or, for a `.pdf`/`.doc`/image
link, an HTML page instead of the file: to the visitor the link is broken, whatever the status.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

import lxml.etree

from govaudit.htmlvocab import LOGIN_TITLE_WORDS
from govaudit.urls import link_kind

# Phrases error pages use. In the <title> any of them decides; in the body only on a short
# page (a long one may quote them, e.g. a site self-inspection report listing 错链).
ERROR_PHRASES = ("页面不存在", "页面未找到", "页面找不到", "找不到页面", "找不到该页面", "找不到您要访问的页面",
                 "无法找到该页", "您访问的页面不存在", "您所访问的页面不存在", "您要访问的页面不存在", "访问的页面已删除",
                 "页面已删除", "信息不存在或已删除", "找不到指定的", "栏目不存在", "信息不存在", "内容不存在", "已经被删除", "已被删除", "文章不存在", "该信息已删除", "该页面已被删除", "链接已失效",
                 "not found", "page not found", "404 not found", "404错误", "错误404", "404页面")
# 404 as a title's error code, not as a number in a document's title (国发〔2024〕404号).
# Literal cues one of which any page holding an error phrase has in its source (case aside).
_SOURCE_CUES = ("页面", "找不到", "不存在", "删除", "失效", "ound", "OUND", "404")
_TITLE_404 = re.compile(r"^\W*404(?![\d号])|(?<!\d)404\s*(?:错误|error|not|页面|-|－|—)|(?:错误|error)\s*[:：]?\s*404(?!\d)", re.I)
_SHORT_TEXT = 600  # characters of visible text below which a body phrase makes an error page
HTML_TYPES = ("text/html", "application/xhtml+xml")
_INVISIBLE = ("script", "style", "noscript", "template")


def media_type(content_type: str | None) -> str | None:
    """A Content-Type header's media type, lower case, without parameters; None when there is none."""
    return (content_type or "").split(";")[0].strip().lower() or None


def html_body(content: bytes | None, media: str | None) -> bool:
    """True for a body that is HTML: by its media type (`media`, see media_type), or sniffed when it has none."""
    return content is not None and (media in HTML_TYPES or (media is None and b"<html" in content[:1024].lower()))


def visible_text(tree: lxml.etree._Element) -> str:
    """The text a visitor sees in the page's body (no script, style, noscript, template), blanks collapsed."""
    body = tree.find("body")
    if body is None:
        return ""
    parts = []
    for el in body.iter():
        if el.tag not in _INVISIBLE and isinstance(el.tag, str) and el.text:
            parts.append(el.text)
        if el is not body and el.tail:
            parts.append(el.tail)
    return " ".join(" ".join(parts).split())


def _has_phrase(text: str) -> bool:
    lowered = text.lower()
    return any(p in lowered for p in ERROR_PHRASES)


def error_page(tree: lxml.etree._Element, html: str | None = None) -> tuple[str | None, bool]:
    """(why the page is an error page or None, whether its text carries an error phrase at all).
    `html`, the page's source, lets most pages skip the visible-text walk."""
    title_el = tree.find(".//title")
    title = " ".join((title_el.text_content() if hasattr(title_el, "text_content") else title_el.text or "").split()) \
        if title_el is not None else ""
    if _has_phrase(title) or _TITLE_404.search(title):
        return f"error page: title “{title[:60]}”", True
    if html is not None and not any(p in html for p in _SOURCE_CUES):
        return None, False
    text = visible_text(tree)
    if not _has_phrase(text):
        return None, False
    if len(text) < _SHORT_TEXT:
        return f"error page: “{text[:60]}”", True
    return None, True


_LOGIN_TEXT = 200  # characters of visible text below which a password form is all the page shows


# A path asking for the login form itself (ThinkCMF's `/user/login/index.html`, `/login.jsp`, `/member/signin`).
_LOGIN_PATH = re.compile(r"(?:^|[/_.-])(?:login|signin|logon)(?:[/_.-]|$)", re.I)


def login_wall(tree: lxml.etree._Element, url: str = "") -> str | None:
    """Why the page is a login form in place of the page linked (a column or document behind a
    login), or None: a password field on a page titled as a login (统一身份认证平台, 用户登录), or
    with next to no other text. A page of the site with a login box beside its content shows more.
    A login form answering a `url` whose path asks for one is the page linked (the site's 登录), no wall."""
    if url and _LOGIN_PATH.search(urlsplit(url).path):
        return None
    if not any((el.get("type") or "").strip().lower() == "password" for el in tree.iter("input")):
        return None
    title_el = tree.find(".//title")
    title = " ".join((title_el.text_content() if hasattr(title_el, "text_content") else title_el.text or "").split()) \
        if title_el is not None else ""
    if any(w in title.lower() for w in LOGIN_TITLE_WORDS):
        return f"login page: title “{title[:60]}”"
    if len(visible_text(tree)) < _LOGIN_TEXT:
        return "login page: a password form and next to no text"
    return None


def wrong_type(url: str, content_type: str | None) -> str | None:
    """Why an HTML answer for a file URL (`.pdf`, `.doc`, `.png` …) is not the file, or None."""
    kind = link_kind(url)
    if kind in ("attachment", "image") and content_type in HTML_TYPES:
        return f"an HTML page was served for this {kind} URL"
    return None


class RepeatedErrorBodies:
    """The same body, carrying an error phrase, served for several URLs: a site's catch-all error page."""

    def __init__(self) -> None:
        self._first: dict[str, str | None] = {}  # body digest -> the first URL (None once it was judged)

    def seen(self, url: str, body: bytes) -> list[str] | None:
        """None for a body not seen before; else the URLs to judge error pages: `url`, and the
        first URL that served the body the first time it repeats."""
        digest = hashlib.sha1(body).hexdigest()
        if digest not in self._first:
            self._first[digest] = url
            return None
        first, self._first[digest] = self._first[digest], None
        return [url] + ([first] if first is not None and first != url else [])

