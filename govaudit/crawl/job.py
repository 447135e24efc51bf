"""The worker's part of one URL: fetch it, read what the crawl needs off the page, render it if needed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from govaudit import listdata
from govaudit.crawl import outcomes
from govaudit.crawl.applists import app_lists
from govaudit.crawl.coding import page_charset
from govaudit.crawl.fetcher import FetchResult
from govaudit.crawl.frontier import CHECKS
from govaudit.crawl.pagination import ListPages, list_pages
from govaudit.crawl.render import Refused, Renderer, RenderFailed, RenderUnavailable
from govaudit.crawl.render_need import SCRIPTS_FAILED, render_reason
from govaudit.crawl.soft404 import error_page, html_body, login_wall, wrong_type
from govaudit.crawl.writer import RenderOutcome
from govaudit.htmlpage import RawLink, decode_html, extract_links, parse_html, sequel_links
from govaudit.urls import normalize, resolve

CHECKED_WITH_HEAD = CHECKS  # priority classes checked for existence, not downloaded
RENDER_MODES = ("auto", "never", "always")


def method_for(priority: str) -> str:
    """HEAD for attachments and images (their existence is the evidence), GET otherwise."""
    return "HEAD" if priority in CHECKED_WITH_HEAD else "GET"


@dataclass(frozen=True)
class Parsed:
    """A fetch and what its page says: links, list pages no link reaches, whether scripts hide evidence."""

    result: FetchResult
    charset: str | None = None
    charset_note: str | None = None  # the Content-Type header's charset disagreed with the page's
    text: str | None = None  # the decoded HTML, for pages
    links: tuple[RawLink, ...] = ()
    list_pages: ListPages | None = None
    render_reason: str | None = None  # why the static HTML is not enough, if it is not
    render: RenderOutcome | None = None  # for HTML pages: (state, note, rendered DOM)
    error_phrase: bool = False  # the page's text carries an error-page phrase (页面不存在 …)
    refused: tuple[Refused, ...] = ()  # requests its rendering refused (render.REFUSAL_REASONS)
    sequels: frozenset[str] = frozenset()  # its links to the previous and next article (htmlpage.sequel_links)

    @property
    def final_url(self) -> str | None:
        """The URL the page was finally served from (resolved, not normalised: relative links resolve against it)."""
        return resolve(self.result.final_url or "")


def is_html(result: FetchResult) -> bool:
    """True for a complete HTML body (by media type, or sniffed when there is none)."""
    return html_body(result.content, result.content_type)


def parse(result: FetchResult, max_list_pages: int, priority: str = "") -> Parsed:
    """Decode an HTML page; list its links and the pages of its list; judge whether it needs rendering.
    An error page or an HTML page for a file URL is not read as a page of the site (soft_404, wrong_type)."""
    final_url = resolve(result.final_url or "")
    if result.outcome == outcomes.OK and (why := wrong_type(result.url, result.content_type)):
        if is_html(result) and (login := login_wall(parse_html(decode_html(result.content, result.final.header("Content-Type"))[0]))):
            # a file behind a login (统一身份认证, /login?service=): refused to the crawler, not broken
            return Parsed(dataclasses.replace(result, outcome=outcomes.BLOCKED, error=login))
        return Parsed(dataclasses.replace(result, outcome=outcomes.WRONG_TYPE, error=why))
    if final_url is not None and result.outcome == outcomes.OK and not is_html(result) and \
            (listed := listdata.answer_html(final_url, result.content_type, result.content)) is not None:
        return _data_list(result, final_url, listed, max_list_pages)
    if not is_html(result) or final_url is None:
        return Parsed(result)
    charset, note = page_charset(result.content, result.final.header("Content-Type"))
    text, charset = decode_html(result.content, f"text/html; charset={charset}")
    tree = parse_html(text)
    error, phrase = error_page(tree, text)
    if error is not None and priority != "home":  # a home page saying 404 is judged by the site's rules
        return Parsed(dataclasses.replace(result, outcome=outcomes.SOFT_404, error=error), charset, note)
    if priority != "home" and (login := login_wall(tree, result.url)) is not None:  # refused to the crawler: not observed
        return Parsed(dataclasses.replace(result, outcome=outcomes.BLOCKED, error=login), charset, note)
    links = extract_links(tree, final_url)
    app = _app_list_links(final_url, text)
    links += app
    pages = list_pages(final_url, text, links, max_list_pages)
    sequels = sequel_links(tree, final_url) if "一" in text else frozenset()
    return Parsed(result, charset, note, text, tuple(links), pages,
                  render_reason(text, tree, priority, bool(pages.pages), len(app)), error_phrase=phrase, sequels=sequels)


def _app_list_links(page_url: str, text: str) -> list[RawLink]:
    """Links a script-built catalogue draws from its configuration (gkmlpt: API lists, jump_url pages)."""
    return [RawLink(key, name, "script", "page", url) for url, name in app_lists(page_url, text)
            if (key := normalize(url)) is not None]


def _data_list(result: FetchResult, final_url: str, text: str, max_list_pages: int) -> Parsed:
    """A data answer holding a document list (JSON, a Hanweb datastore), as its HTML `text`: its
    rows are the links, its next page a list page."""
    links = extract_links(parse_html(text), final_url)
    return Parsed(result, None, None, text, tuple(links), list_pages(final_url, text, links, max_list_pages),
                  None, render=("static", None, None))


def will_render(page: Parsed, renderer: Renderer | None, mode: str) -> bool:
    """True when `render` will try to render `page` in the browser."""
    return (page.text is not None and page.final_url is not None and renderer is not None and mode != "never"
            and (mode == "always" or page.render_reason is not None))


def render(page: Parsed, renderer: Renderer | None, mode: str, max_list_pages: int) -> Parsed:
    """`page` with its rendering decided (`mode` auto/never/always); a rendered DOM adds its links."""
    reason = "--render always" if mode == "always" else page.render_reason
    if page.text is None or page.final_url is None:
        return page
    if reason is None:
        return dataclasses.replace(page, render=("static", None, None))
    if mode == "never" or renderer is None:
        return dataclasses.replace(page, render=("skipped", reason, None))
    try:
        dom = renderer.render(page.final_url, page.result.content, page.result.final.header("Content-Type"))
    except RenderUnavailable as exc:
        return dataclasses.replace(page, render=("unavailable", f"{reason}; {exc}", None))
    except RenderFailed as exc:
        return dataclasses.replace(page, render=("failed", f"{reason}; {exc}", None), refused=exc.refused)
    text = dom.html.decode("utf-8", "replace")
    links = extract_links(parse_html(text), page.final_url)
    found = list_pages(page.final_url, text, links, max_list_pages)
    static = page.list_pages or ListPages([], 0)
    merged = list(dict([*found.pages, *static.pages]).items())
    if dom.script_failures:  # noted after the reason code (render_need.reason_code reads the code before ";")
        reason = f"{reason}; {SCRIPTS_FAILED} ({dom.script_failures})"
    return dataclasses.replace(page, links=page.links + tuple(links), render=("rendered", reason, dom), refused=dom.refused,
                               list_pages=ListPages(merged[:max_list_pages], max(static.cut, found.cut)))
