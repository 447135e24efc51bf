"""One pass over a parsed page: its visible text with block boundaries, and the spans of
the elements the extractors ask about (links, list rows, regions, headings).

Extractors used to call text_content() on nested elements and walk ancestors per link,
which made extraction quadratic on nested markup. Here every element is visited once and
an element's text is a slice of `PageIndex.text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

from govaudit.htmlpage import LINK_TAGS, RawLink, base_of, element_link

# Block boundaries in PageIndex.text: OPEN where a block element starts, SEP where one
# ends (<br> is a SEP alone). An empty cell is OPEN, SEP; both are whitespace to str.split().
OPEN, SEP = "\x1e", "\x1f"
_BOUNDARY_SPACE = OPEN + SEP + " \t\r\n\u3000\xa0"
_BLOCK = frozenset(
    "p div li tr td th dd dt dl ul ol table tbody thead tfoot h1 h2 h3 h4 h5 h6 br section article "
    "header footer nav form caption blockquote pre hr aside main center".split()
)
_SKIP = frozenset(("script", "style", "template", "textarea", "select", "head", "title"))
_ROW_TAGS = frozenset(("li", "tr", "dl"))
# Wrappers a list row's link sits in that are not rows themselves.
_INLINE = frozenset("a span font strong b em i u h1 h2 h3 h4 h5 h6 label small big".split())
_LINK_TAGS = frozenset(LINK_TAGS)
_INLINE_FIELDS = frozenset(("span", "font", "label", "em", "b", "strong", "i"))
CHROME = re.compile(r"nav|menu|footer|foot|header|head|position|crumb|location|share|pager|page-?bar|dqwz", re.I)
_CHROME_TAGS = frozenset(("nav", "header", "footer"))
RELATED = re.compile(r"related|xgjd|reldoc|relnews|jiedu|zcjd|xgwj|xgwz", re.I)
BODY = re.compile(r"content|article|TRS_Editor|zoom|detail|main|pages_con|txt|wzcon", re.I)
_TITLE = re.compile(r"title|biaoti", re.I)
BREADCRUMB = re.compile(r"position|crumb|location|dqwz|curpos", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Attributes of client-side templates (Avalon, Vue, Angular): rows that script fills in.
TEMPLATE_ATTRS = ("ms-repeat", "ms-for", "v-for", "ng-repeat", "ms-each", "ms-attr-href", "ng-href")
RELATED_HEADINGS = frozenset(("相关解读", "政策解读", "文字解读", "图片解读", "相关文件", "相关链接", "相关稿件", "相关阅读"))
_SHORT_HEADS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "dt", "caption", "strong", "b", "p", "div", "span", "th", "li"))


@dataclass(eq=False)
class Span:
    """An element and the slice of the page text it covers (`end` is set when it closes)."""

    el: lxml.html.HtmlElement
    start: int
    end: int = -1
    chrome: bool = False  # inside navigation, header, footer, breadcrumb, share or pager
    related: int = -1  # index of the related box it sits in, or -1
    hidden: bool = False  # inside display:none / ng-hide
    part: int = 0  # index of the first text part it covers (internal to the walk)


@dataclass(frozen=True)
class LinkSpan:
    link: RawLink
    span: Span
    row: Span | None  # the list row (li/tr/dl, or the nearest block) holding the link


@dataclass(frozen=True)
class PageIndex:
    text: str
    links: list[LinkSpan]  # every link element, hidden ones included (see Span.hidden)
    bodies: list[Span]  # elements whose class/id names a content area, outside chrome
    breadcrumbs: list[Span]  # elements whose class/id names a breadcrumb
    headings: list[Span]  # h1/h2 outside chrome
    titles: list[Span]  # elements whose class/id names a title, outside chrome
    related: list[Span]  # related-content boxes (class/id, or <em id="rel_…"> slots)
    short_heads: list[Span]  # short heading-like elements (a year heading over a list)
    templates: int  # elements with template attributes outside chrome and related boxes
    inline_starts: frozenset[int]  # offsets where a span/font/label… starts (a field in a row of spans)

    def text_of(self, span: Span) -> str:
        """The span's text, boundaries and whitespace runs collapsed to single spaces."""
        return " ".join(self.text[span.start : span.end].split())


def _hidden(el: lxml.html.HtmlElement) -> bool:
    style = el.get("style")
    if style and "none" in style or style and "hidden" in style:
        return bool(_HIDDEN_STYLE.search(style))
    cls = el.get("class")
    return bool(cls and "ng-hide" in cls.split())


def _row_for(stack: list[Span]) -> Span | None:
    """The row of the link on top of `stack`: a li/tr/dl within four levels, else the
    nearest ancestor that is not an inline or heading wrapper."""
    for span in reversed(stack[-5:-1]):
        if span.el.tag in _ROW_TAGS:
            return span
    for span in reversed(stack[:-1]):
        if span.el.tag not in _INLINE:
            return span
    return None


def build_index(tree: lxml.html.HtmlElement, base_url: str) -> PageIndex:
    """Walk `tree` once. Text inside script/style/template/head elements is left out."""
    base = base_of(tree, base_url)
    parts: list[str] = []
    pos = 0
    stack: list[Span] = []
    links: list[LinkSpan] = []
    bodies: list[Span] = []
    crumbs: list[Span] = []
    headings: list[Span] = []
    titles: list[Span] = []
    related: list[Span] = []
    short_heads: list[Span] = []
    templates = 0
    inline_starts: list[int] = []
    root = Span(tree, 0)
    walker = lxml.etree.iterwalk(tree, events=("start", "end", "comment"))
    for event, el in walker:
        tag = el.tag
        if event == "comment":
            if el.tail and not (stack and stack[-1].hidden):
                parts.append(el.tail)
                pos += len(el.tail)
            continue
        if not isinstance(tag, str):
            continue
        if event == "start":
            parent = stack[-1] if stack else root
            span = Span(el, pos, -1, parent.chrome, parent.related, parent.hidden, len(parts))
            stack.append(span)
            if tag in _SKIP:
                walker.skip_subtree()
                continue
            cls, ident = el.get("class"), el.get("id")
            extra = el.get("ms-controller") or el.get("role")
            if cls or ident or extra:
                marker = f"{cls or ''} {ident or ''} {extra or ''}"
                if not span.chrome and CHROME.search(marker):
                    span.chrome = True
                if BREADCRUMB.search(marker):
                    crumbs.append(span)
                if RELATED.search(marker) or tag == "em" and (ident or "").startswith("rel_"):
                    span.related = len(related)
                    related.append(span)
                elif not span.chrome and BODY.search(marker):
                    bodies.append(span)
                if not span.chrome and _TITLE.search(marker):
                    titles.append(span)
            if tag in _CHROME_TAGS:
                span.chrome = True
            if not span.hidden and (el.get("style") or cls) and _hidden(el):
                span.hidden = True
            if not span.chrome and span.related < 0 and any(el.get(a) is not None for a in TEMPLATE_ATTRS):
                templates += 1
            if tag in _LINK_TAGS:
                link = element_link(el, base)
                if link is not None:
                    links.append(LinkSpan(link, span, _row_for(stack)))
            if tag in _BLOCK:
                parts.append(SEP if tag == "br" else OPEN)
                pos += 1
            elif tag in _INLINE_FIELDS:
                inline_starts.append(pos)
            if el.text and not span.hidden:
                parts.append(el.text)
                pos += len(el.text)
        else:
            span = stack.pop()
            if tag not in _SKIP:
                if tag in _BLOCK and tag != "br":
                    parts.append(SEP)
                    pos += 1
                if tag in _SHORT_HEADS and pos - span.start <= 16:
                    short_heads.append(span)
                    # A box headed 相关解读 etc. is a related box from its heading on.
                    if stack and stack[-1].related < 0 and "".join(parts[span.part :]).strip(_BOUNDARY_SPACE) in RELATED_HEADINGS:
                        stack[-1].related = len(related)
                        related.append(stack[-1])
                if (tag == "h1" or tag == "h2") and not span.chrome:
                    headings.append(span)
            span.end = pos
            if el.tail and not (stack and stack[-1].hidden):
                parts.append(el.tail)
                pos += len(el.tail)
    return PageIndex("".join(parts), links, bodies, crumbs, headings, titles, related, short_heads, templates, frozenset(inline_starts))
