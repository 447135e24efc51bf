"""One pass over a parsed page: its visible text with block boundaries, and the spans of
the elements the extractors ask about (links, list rows, regions, headings).

Extractors used to call text_content() on nested elements and walk ancestors per link,
which made extraction quadratic on nested markup. Here every element is visited once and
an element's text is a slice of `PageIndex.text`.

The walk is the model's hot loop (~500 elements on a typical page): elements sit on the
stack as plain lists, every question about a tag is one dict lookup of bits, an attribute
is read only when the element has it, class/id verdicts are kept across pages, and a Span
object is made only for an element an extractor asks about. Measured on the corpus, the
lxml parse and the bare visit of every element (iterwalk, text, tail) are each about a
millisecond a page: a Python walk stays above 2 ms a page whatever it does per element.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import lxml.etree

from govaudit.model.extract import markers
from govaudit.model.extract.blocks import OPEN, SEP
from govaudit.model.extract.footer import footer_start
from govaudit.model.extract.markers import KEPT as _KEPT, marker_flags
from govaudit.model.extract.metadata import FIELD_ALIASES, is_metadata, label_fields
from govaudit.urls import resolve
from govaudit.htmlpage import LINK_TAGS, ROW_CLICK_TAGS, RawLink, base_of, element_link, jump_links, row_link
from govaudit.htmlvocab import (HIDDEN_STYLE, HOME_STEPS, LIST_HEADER_WORDS, PAGER_TEXTS, RELATED_AMBIGUOUS,
                                RELATED_CLASS_AMBIGUOUS, RELATED_CLASS_STRONG, RELATED_HEADINGS, RELATED_LABELS, TEMPLATE_ATTRS,
                                TRAIL_ARIA_LABEL, WIDGET_HEADINGS, more_text)

_BOUNDARY_SPACE = OPEN + SEP + " \t\r\n\u3000\xa0"
_LABEL_STRIP = _BOUNDARY_SPACE + "【】[]：:"  # 【相关解读】 and 相关解读： are the heading 相关解读
_HEAD_ARROWS = _BOUNDARY_SPACE + ">›»＞"  # a heading's trailing arrows: 相关链接>> is the heading 相关链接
_BLOCK = frozenset(
    "p div li tr td th dd dt dl ul ol table tbody thead tfoot h1 h2 h3 h4 h5 h6 br section article "
    "header footer nav form caption blockquote pre hr aside main center".split()
)
_SKIP = frozenset(("script", "style", "template", "textarea", "select", "head", "title"))
_ROW_TAGS = frozenset(("li", "tr", "dl"))
# Wrappers a list row's link sits in that are not rows themselves.
_INLINE = frozenset("a span font strong b em i u h1 h2 h3 h4 h5 h6 label small big".split())
_HEADS = frozenset("h1 h2 h3 h4 h5 h6".split())  # of _INLINE, the tags that head a block of their own
_LINK_TAGS = frozenset(LINK_TAGS)
_INLINE_FIELDS = frozenset(("span", "font", "label", "em", "b", "strong", "i"))
_CHROME_TAGS = frozenset(("nav", "header", "footer"))
_SECTIONING = frozenset(("article", "main", "section", "aside"))
_AREA_TAGS = frozenset(("ul", "ol", "table", "tbody", "dl", "div", "section", "td"))
# Unnamed blocks that can hold a page's body (article.find_article falls back to them).
_BOX_TAGS = frozenset(("div", "td", "section", "article", "main"))
# A list's header row names its columns in the words of a list header or of the disclosure metadata
# its rows carry (平潭 行政规范性文件: 序号 标题 发文字号 生成日期 发布日期).
_HEADER_WORDS = LIST_HEADER_WORDS | frozenset(label for labels in FIELD_ALIASES.values() for label in labels)
_FIELD_BOX_LABELS = 3  # metadata labels in a box before it can be a metadata block (PageIndex.field_boxes)
_SHORT_TEXT = 16  # characters of a short heading-like element (PageIndex.short_heads)
# …and of a related box's heading whose text a template indents on lines of its own (济南's Hanweb
# tab `<li class="bt-left" readlabel tabindex="0">\n\t\t\t\t\t\t\t\t\t相关阅读\n\t\t\t\t\t\t\t\t</li>`), counted with the blanks.
_SHORT_INDENTED = 64
_SHORT_HEADS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "dt", "caption", "strong", "b", "p", "div", "span", "th", "td", "li",
                          "section"))


def _sectioned(stack: list) -> bool:
    """Whether the element being opened sits in an <article>, <main>, <section> or <aside>: a <header>/<footer> there
    is that section's own (HTML maps it to the banner/contentinfo landmark only outside them), not the site's —
    WordPress's `<article><header class="entry-header">` over a post's date and `h1.entry-title`, on a list over each row's."""
    return any(entry[0] is not None and entry[0].tag in _SECTIONING for entry in stack)


class Span:
    """An element and the slice of the page text it covers (`end` is set when it closes)."""

    __slots__ = ("el", "start", "end", "chrome", "related", "hidden", "heading", "ambiguous")

    def __init__(self, el: lxml.etree._Element, start: int, chrome: bool, related: int, hidden: bool) -> None:
        self.el = el
        self.start = start
        self.end = -1
        self.chrome = chrome  # inside navigation, header, footer, breadcrumb, share or pager
        self.related = related  # index of the related box it sits in, or -1
        self.hidden = hidden  # inside display:none / ng-hide
        self.heading: str | None = None  # for a box made related by its heading (相关解读 …), that heading
        # a related box only by a name interpretation columns also bear (政策解读, class zcjd)
        self.ambiguous = False


class LinkSpan(NamedTuple):
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
    short_heads: list[tuple[int, int]]  # (start, end) of short heading-like elements (a year heading over a list)
    templates: int  # elements with template attributes outside chrome and related boxes
    inline_starts: frozenset[int]  # offsets where a span/font/label… starts (a field in a row of spans)
    empty_lists: tuple[Span, ...] = ()  # list-named containers (class/id list, news …) outside chrome with no text, link or image
    chrome_spans: tuple[Span, ...] = ()  # outermost navigation/header/footer/breadcrumb elements
    current: tuple[str, ...] = ()  # texts of highlighted menu items (class on/active/cur …), short ones only
    # (element, start, end) of every shown div/td/section/article outside chrome and related
    # boxes, in closing order: where a body is looked for when no class/id names one
    boxes: tuple[tuple[lxml.etree._Element, int, int], ...] = ()

    @cached_property
    def footer_at(self) -> int | None:
        """Where the footer its labels tell starts in `text` (footer.footer_start), or None; found once
        a page, for the readers that leave it out (find_article, unnamed_article, listless_area)."""
        return footer_start(self.text, OPEN + SEP)

    @cached_property
    def widget_spans(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of the side widgets' boxes (点击排行, 热门文章 …: the site's newest articles of
        every column), set apart by their WIDGET_HEADINGS heading: no text of the page's own."""
        return tuple(sorted((box.start, box.end) for box in self.related if box.heading in WIDGET_HEADINGS))

    @cached_property
    def field_boxes(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of the boxes holding a disclosure metadata block and no sentence (索引号,
        发布机构, 发文字号 … with their values; no 。 or ，): an article's fields, never its body. gov.cn's
        desktop and mobile copies of the table give twice its text, more than a short body's."""
        labels = label_fields(self.text, self.inline_starts)
        if len(labels) < _FIELD_BOX_LABELS:
            return ()
        at = [offset for offset, _ in labels]
        out = []
        for _, start, end in self.boxes:
            first, last = bisect_left(at, start), bisect_left(at, end)
            if last - first >= _FIELD_BOX_LABELS and is_metadata({field for _, field in labels[first:last]}) \
                    and not any(mark in self.text[start:end] for mark in "。，"):
                out.append((start, end))
        return tuple(out)

    def main_text(self) -> str:
        """The page text outside navigation, header, footer and breadcrumb elements."""
        out, last = [], 0
        for span in self.chrome_spans:
            if span.start >= last:
                out.append(self.text[last : span.start])
                last = span.end
        out.append(self.text[last:])
        return "".join(out)

    def unchromed_text(self, span: Span) -> str:
        """The span's text outside navigation, header, footer, breadcrumb and pager elements,
        whitespace runs collapsed as in text_of."""
        out, last = [], span.start
        for chrome in self.chrome_spans:
            if chrome.end <= last or chrome.start >= span.end:
                continue
            out.append(self.text[last : max(last, chrome.start)])
            last = max(last, chrome.end)
        out.append(self.text[last : span.end])
        return " ".join("".join(out).split())

    def text_of(self, span: Span) -> str:
        """The span's text, boundaries and whitespace runs collapsed to single spaces."""
        return " ".join(self.text[span.start : span.end].split())


_TEMPLATE_ATTRS = frozenset(TEMPLATE_ATTRS)


def clear_caches() -> None:
    """Forget marker results (benchmarks measure cold runs with it)."""
    markers.clear_caches()


def _hidden(style: str | None, cls: str | None) -> bool:
    """display:none / visibility:hidden in the style, else an ng-hide class, or the hAtom `updated` date that is
    not also `published` (WordPress themes print `<time class="entry-date published">…</time><time
    class="updated">…</time>` when a post was modified; their stylesheets hide it: Underscores' and Twenty
    Seventeen's `.updated:not(.published) { display: none; }`)."""
    if style and "none" in style or style and "hidden" in style:
        return bool(HIDDEN_STYLE.search(style))
    if not cls:
        return False
    tokens = cls.split()
    return "ng-hide" in tokens or "updated" in tokens and "published" not in tokens


def _writes_rows(container: lxml.etree._Element) -> bool:
    """True when a script inside the list container writes its rows (`<ul class="zxxx-list"><script>
    document.write('<li>…')</script></ul>`): the rows are the script's, not absent. A data island
    (`<script type="text/xml">`, Hanweb's records) runs nothing: its records are read apart. A script that
    only writes a fixed string linking nothing (`document.write('<li class="nodata">暂无数据</li>')`) writes a
    notice, no row."""
    return any((script.get("type") or "text/javascript").lower() in _SCRIPT_TYPES and not _writes_notice(script.text or "")
               for script in container.iter("script"))


# `document.write('…')` / `document.writeln("…")` of one string literal without quotes or escapes inside
_LITERAL_WRITE = re.compile(r"""document\.write(?:ln)?\(\s*(?:'[^'\\]*'|"[^"\\]*")\s*\)\s*;?""")


def _writes_notice(code: str) -> bool:
    """Whether the inline script is nothing but `document.write` calls of string literals linking nothing."""
    lower = code.lower()
    return "document.write" in lower and "href" not in lower and "<a" not in lower and not _LITERAL_WRITE.sub("", code).strip()


_CLOCK = re.compile(r"new\s+Date\(\s*\)")  # a script reading the reader's clock


def _writes_clock(el: lxml.etree._Element) -> bool:
    """True when `el` is a script writing the reader's clock where it stands (四川 UCAP's header: `var today = new
    Date(); … document.write(strDate);`): on a rendered page the text after it is the day of the crawl, no date of
    the page's (a dated row of the header's 中央政府门户网 link, or a column seemingly updated today)."""
    if el.tag != "script":
        return False
    code = el.text or ""
    return "document.write" in code and _CLOCK.search(code) is not None


_SCRIPT_TYPES = frozenset(("text/javascript", "application/javascript", "module", "javascript", ""))


# A stack entry: [element, tag bits, start, chrome, related, hidden, first text part, Span or None, mark].
# The stack starts with a sentinel entry standing for the document's parent (no chrome, no box, shown).
_EL, _BITS, _START, _CHROME, _RELATED, _HIDDEN, _PART, _SPAN, _MARK = range(9)
_LIST_MARK, _CURRENT_MARK, _CLICK_MARK = 1, 2, 4  # _MARK bits: a list-named container, a highlighted menu item, a clicked row's title
_MEDIA = ("a", "img", "iframe", "embed", "object", "video")
# Elements that hold no text of their own: never a content area, whatever their names (万载's FineCMS search box
# `<input type="text" id="text" placeholder="请输入关键字">`, its id the content word `text`).
_FORM_CONTROLS = frozenset(("input", "textarea", "button", "img"))


def _indented_short(el: lxml.etree._Element, parts: list[str], start: int) -> bool:
    """True when `el`'s text runs over indented lines (it opens on one, or its element is left open and
    the next line's indent is its text: `<P>关联文件：\n          <DIV>`) and its words, blanks aside, are
    a short heading's (the text the walk added for it from parts[start])."""
    text = el.text
    return bool(text) and "\n" in text and len("".join("".join(parts[start:]).split())) <= _SHORT_TEXT


# What the walk asks of a tag, as bits of one dict lookup (a tag in none of the sets has none).
(_SKIP_B, _BLOCK_B, _CLOSE_B, _FIELD_B, _LINK_B, _CHROME_B, _AREA_B, _SHORT_B, _H12_B, _ROW_B, _DD_B, _INLINE_B,
 _EM_B, _LI_B, _UL_B, _BOX_B, _CLICK_B, _TABLE_B) = (1 << i for i in range(18))
_TAG_BITS: dict[str, int] = {
    tag: (_SKIP_B * (tag in _SKIP) | _BLOCK_B * (tag in _BLOCK) | _CLOSE_B * (tag in _BLOCK and tag != "br")
          | _FIELD_B * (tag in _INLINE_FIELDS) | _LINK_B * (tag in _LINK_TAGS) | _CHROME_B * (tag in _CHROME_TAGS)
          | _AREA_B * (tag in _AREA_TAGS) | _SHORT_B * (tag in _SHORT_HEADS) | _H12_B * (tag in ("h1", "h2"))
          | _ROW_B * (tag in _ROW_TAGS) | _DD_B * (tag == "dd") | _INLINE_B * (tag in _INLINE) | _EM_B * (tag == "em")
          | _LI_B * (tag == "li") | _UL_B * (tag in ("ul", "ol")) | _BOX_B * (tag in _BOX_TAGS)
          | _CLICK_B * (tag in ROW_CLICK_TAGS) | _TABLE_B * (tag == "table"))
    for tag in (_SKIP | _BLOCK | _INLINE_FIELDS | _LINK_TAGS | _CHROME_TAGS | _AREA_TAGS | _SHORT_HEADS | _ROW_TAGS
                | _INLINE | _BOX_TAGS | {"dd", "em", "ul", "ol"})
}
_new_tuple = tuple.__new__  # LinkSpan(…) without the named tuple's Python-level __new__


def _span(entry: list) -> Span:
    """The entry's Span, made on first use."""
    span = entry[_SPAN]
    if span is None:
        span = entry[_SPAN] = Span(entry[_EL], entry[_START], entry[_CHROME], entry[_RELATED], entry[_HIDDEN])
    return span


def _dd_is_row(dd: lxml.etree._Element) -> bool:
    """A <dd> is a row when its <dl> holds several linked <dd>s (one list of rows) or nothing but
    it (a list's one row, its siblings' rows in sibling <dl>s), not when it is one cell of a <dl>
    row (<dl><dd><a>title</a></dd><dd>2026-03-10</dd></dl>, TRS)."""
    parent = dd.getparent()
    if parent is None:
        return False
    if len(parent) == 1 and not (parent.text or "").strip() and not (dd.tail or "").strip():
        return True
    linked = 0
    for sibling in parent.iterchildren("dd"):
        if next(sibling.iter("a"), None) is not None:
            linked += 1
            if linked > 1:
                return True
    return False


def _layout_row(el: lxml.etree._Element) -> bool:
    """True for a <tr>/<li> holding tables or lists of links of its own (an old template's `<table width="1000"
    align="center"><tr><td>` around the whole page): no list row of the links in it. A table without a link
    in a row is one of its fields (广西 集约化's 文件库: each title cell's hover box of 发文单位, 成文日期,
    发文字号 and 发布日期 cells)."""
    return any(next(box.iter("a"), None) is not None for box in el.iter("table", "ul", "ol"))


_ITEM_CELL_TITLE = 5  # characters of the title link each cell of a row of item cells shows (no 下载/详情 button)


def _cell_shape(cell: lxml.etree._Element) -> tuple[tuple[str, ...], frozenset[str], int] | None:
    """(descendant tags, link targets, longest link text) of a table cell, None without a link."""
    hrefs = frozenset(h for a in cell.iter("a") if (h := (a.get("href") or "").strip()) and not h.startswith(("#", "javascript")))
    if not hrefs:
        return None
    longest = max(len("".join("".join(a.itertext()).split())) for a in cell.iter("a"))
    # the tags, without the inline styling one title may carry (GetHTMLTitle's <font color><strong>)
    tags = tuple(el.tag for el in cell.iterdescendants() if isinstance(el.tag, str) and el.tag not in _INLINE_FIELDS)
    return tags, hrefs, longest


def _item_cells(tr: lxml.etree._Element) -> bool:
    """True for a table row whose cells are each one list item: FoosunCMS's class lists write
    RowNumberStr items per `<tr>` (`for i = 1 to RowNumberStr … <td>…<a title>…</a></td>`), a
    picture grid four thumbnails and titles a row. Every cell has the same markup, a titled
    link of its own and targets no other cell links; a row of one item's fields (a title cell,
    a 下载 cell, a date cell) is no such row. A last row of one cell shaped as the cells of the
    linked row above it is one too."""
    cells = [c for c in tr if c.tag in ("td", "th")]
    if len(cells) == 1:
        # the last row of the grid, short of items (the label's loop ends mid-row): its cell is shaped
        # as the cells of the linked row above it
        above = next((r for r in tr.itersiblings("tr", preceding=True) if next(r.iter("a"), None) is not None), None)
        if above is None or len(first := [c for c in above if c.tag in ("td", "th")]) < 2 or not _item_cells(above):
            return False
        mine, theirs = _cell_shape(cells[0]), _cell_shape(first[0])
        return mine is not None and theirs is not None and mine[0] == theirs[0] and mine[2] >= _ITEM_CELL_TITLE
    shapes = [_cell_shape(c) for c in cells]
    if not shapes or any(s is None or s[2] < _ITEM_CELL_TITLE for s in shapes) or len({s[0] for s in shapes}) != 1:  # type: ignore[index]
        return False
    targets = [s[1] for s in shapes]  # type: ignore[index]
    return len(frozenset().union(*targets)) == sum(len(t) for t in targets)


def _row_for(stack: list[list]) -> Span | None:
    """The row of the link on top of `stack`: a li/tr/dl (or a <dd> of a list of them) within
    four levels not counting inline wrappers (Dreamweaver's `<td><div align="left"><span
    class="style1"><font color=…><a>` puts a row's link five levels down) and not a layout row,
    else the nearest ancestor that is not an inline or heading wrapper. In a table row of item
    cells (`_item_cells`) the cell is the row."""
    levels = 0
    for i in range(len(stack) - 2, 0, -1):  # stack[0] is the sentinel
        bits = stack[i][_BITS]
        if bits & _ROW_B:
            if _layout_row(stack[i][_EL]):
                break
            if stack[i][_EL].tag == "tr" and i + 1 < len(stack) - 1 and _item_cells(stack[i][_EL]):
                return _span(stack[i + 1])
            return _span(stack[i])
        if bits & _DD_B and _dd_is_row(stack[i][_EL]):
            return _span(stack[i])
        if not bits & _INLINE_B:
            levels += 1
            if levels == 4:
                break
    for i in range(len(stack) - 2, 0, -1):
        if not stack[i][_BITS] & _INLINE_B:
            return _span(stack[i])
    return None


def _holds_list(el: lxml.etree._Element) -> bool:
    """True when `el` holds a list container (table, ul, ol, dl) below it."""
    return any(True for _ in el.iterdescendants("table", "ul", "ol", "dl"))


def _mark_related(entry: list, related: list[Span], heading: str) -> None:
    """Make the stack entry a related box headed `heading`: the links it holds from here on are related links."""
    entry[_RELATED] = len(related)
    span = _span(entry)
    span.related = entry[_RELATED]
    span.heading = heading
    span.ambiguous = heading in RELATED_AMBIGUOUS
    related.append(span)


def _opens(parts: list[str], box: list, entry: list) -> bool:
    """True when stack entry `entry` opens `box`: the box shows no text before it (not <body>, whose
    sentinel entry has no element)."""
    return box[_EL] is not None and box[_EL].tag not in ("body", "html") \
        and not "".join(parts[box[_PART] : entry[_PART]]).strip(_BOUNDARY_SPACE)


def _has_text(parts: list[str], first: int) -> bool:
    """True when parts[first:] hold text other than boundaries and blanks (no slice copy:
    list-named containers nest, and copying the page's parts for each was quadratic)."""
    return any(parts[i].strip(_BOUNDARY_SPACE) for i in range(first, len(parts)))


def _header_text(text: str) -> bool:
    """True when a text of a header row is column names: one name, spaced or not (索 引 号), or
    several apart."""
    words = text.split()
    return "".join(words) in _HEADER_WORDS or all(word in _HEADER_WORDS for word in words)


_HEADER_ROW_TEXT = 40  # characters of a list table's header row (序号 标题 发文字号 发布日期 …)
# walked characters (blanks between the buttons included) of a pager that pages only back to its page (‹‹ › ››,
# 首页 上一页 1 下一页 尾页): a longer element is none, and the walk need not search it for links at every element end
_PAGER_TEXT = 120
_TITLE_HEADS = frozenset(("标题", "名称", "文件名称", "信息名称", "文章标题"))


def _header_row_alone(table: lxml.etree._Element) -> bool:
    """True for a table of one row of two or more header cells naming a list's columns, a title's
    among them (`<tr><th>标题</th><th>文号</th><th>发布日期</th></tr>` and nothing else, or the names as elements of
    the row's one cell): an empty list, however its class reads (a metadata table's labels stand beside their
    values' cells)."""
    rows = [row for row in table.iter("tr")]
    if len(rows) != 1 or next(table.iter("a", "img"), None) is not None:
        return False
    cells = ["".join("".join(cell.itertext()).split()) for cell in rows[0] if cell.tag in ("th", "td")]
    if len(cells) == 1:
        # one layout cell holding the header row as elements of its own, each name its own text (云南 集约化's
        # `<table><tr><td><ul class="zclist zctitle"><li>文号</li><li>标题</li><li>发布日期</li></ul></td></tr></table>`)
        cells = ["".join(text.split()) for text in rows[0].itertext() if not text.isspace()]
    return len(cells) >= 2 and all(cell in _HEADER_WORDS for cell in cells) and not _TITLE_HEADS.isdisjoint(cells)


def dead_pager_only(el: lxml.etree._Element, base: str | None = None, own: str | None = None) -> bool:
    """True when a list container holds nothing but a pager whose buttons link nowhere: Jspxcms's page.html under an
    empty list still prints 首页, the current page 1 and 末页, each an `<a>` without href (xrogzu/jspxcms6
    template/1/default/page.html: `<a[#if page>1] href=…[/#if]>首页</a>` … `<a class="page-curr">1</a>`), or only back
    to the page itself (`own`, hrefs resolved against `base`): Z-BlogPHP's pagebar of an empty category still makes
    ‹‹, › and ›› (PageAll 0: zblogcn/zblogphp zb_system/function/lib/pagebar.php), all three the category's address."""
    words = "".join(el.itertext()).split()
    return bool(words) and all(w in PAGER_TEXTS or w == "1" for w in words) \
        and all(m.tag == "a" and (not (href := m.get("href")) or own is not None and resolve(href, base) == own)
                for m in el.iter(*_MEDIA))


def _pager_to_itself(el: lxml.etree._Element, base: str, own: str | None) -> bool:
    """True for a container holding nothing but a pager of two buttons or more, each linking back to the page itself
    (whatever the container's name): Z-BlogPHP's `<div class="pagebar">` of an empty category (‹‹ › ›› to the category).
    One such link alone may be a menu's 首页 on the home page."""
    return dead_pager_only(el, base, own) and len(el.findall(".//a[@href]")) >= 2


def header_only(el: lxml.etree._Element) -> bool:
    """True when all the text of a link-less list container is its header: table header cells (th,
    caption; a list table with a 标题/文号/发布日期 header row and no row), or column names alone
    (a list whose first `<li>` names its columns, with no row under it)."""
    texts = [text for text in el.itertext() if not text.isspace()]
    if texts and all(_header_text(text) for text in texts):
        return True
    if el.tag != "table" and next(el.iter("table"), None) is None:
        return False
    header = "".join(t for cell in el.iter("th", "caption") for t in cell.itertext())
    return "".join("".join(el.itertext()).split()) == "".join(header.split())


_LISTS = ("ul", "ol")
_TRAIL_STEPS = 6  # steps of the longest trail (首页 > 政务公开 > 法定主动公开内容 > … > the page)


_STRIP_LABEL = 8  # characters of a tab's label (相关解读, 相关文件, 政策解读)


def _label_strip(el: lxml.etree._Element) -> bool:
    """True for a tab strip: two or more short labels side by side and nothing else, no link among them."""
    labels = [child for child in el if isinstance(child.tag, str)]
    return len(labels) >= 2 and el.find(".//a") is None and not (el.text or "").strip() \
        and all(not (child.tail or "").strip() and 0 < len("".join("".join(child.itertext()).split())) <= _STRIP_LABEL
                for child in labels)


def _ordered_trail(el: lxml.etree._Element, base: str, own: str | None) -> bool:
    """True for an `<ol>` trail whatever its class (Bootstrap's `<ol class="breadcrumb">`, its separators drawn by
    CSS: CmsEasy's default_bootstrap theme): two to six items of one link each, the first a home step, the last the
    page itself (a link back to it, or its unlinked name). A menu's items never end at the page they stand on."""
    items = [child for child in el if child.tag == "li"]
    if not 2 <= len(items) <= _TRAIL_STEPS:
        return False
    links = [item.findall(".//a") for item in items]
    if any(len(found) != 1 for found in links[:-1]) or len(links[-1]) > 1:
        return False
    if any("".join("".join(item.itertext()).split()) != "".join("".join(found[0].itertext()).split())
           for item, found in zip(items, links) if found):
        return False
    first = " ".join("".join(links[0][0].itertext()).split())
    last = links[-1][0].get("href") if links[-1] else None
    return first in HOME_STEPS and (not links[-1] or bool(last) and own is not None and resolve(last.strip(), base) == own)


def build_index(tree: lxml.etree._Element, base_url: str, unchrome: frozenset = frozenset()) -> PageIndex:
    """Walk `tree` (comments removed, see htmlpage.parse_document) once. Text inside
    script/style/template/head elements is left out. Elements of `unchrome` are no chrome by their
    names (see _body_in_chrome: a page whose prose sits in a chrome-named wrapper is walked again)."""
    base = base_of(tree, base_url)
    own_url = resolve(base_url)  # the page's own address: a pager linking only there pages nowhere
    page_title = tree.findtext("head/title") or ""  # the page's own name (a widget heading is no widget on its column)
    parts: list[str] = []
    add = parts.append
    pos = 0
    stack: list[list] = [[None, 0, 0, False, -1, False, 0, None, 0]]  # the sentinel
    push, pop = stack.append, stack.pop
    links: list[LinkSpan] = []
    bodies: list[Span] = []
    crumbs: list[Span] = []
    headings: list[Span] = []
    titles: list[Span] = []
    related: list[Span] = []
    bars: set[int] = set()  # related boxes made so by the widget title bar inside them
    short_heads: list[tuple[int, int]] = []
    templates = 0
    inline_starts: list[int] = []
    empty_lists: list[Span] = []
    chrome_spans: list[Span] = []
    chrome_bodies: list[Span] = []  # content areas inside chrome (re-walked when they hold the page's prose)
    current: list[str] = []
    boxes: list[tuple[lxml.etree._Element, int, int]] = []
    # title element of a row opened by its onclick (htmlpage.row_link) -> (link, the row's entry, where its link goes in `links`)
    clicked: dict[lxml.etree._Element, tuple[RawLink, list, int]] = {}
    # A related heading inside a container it does not open (the article's: `…<section>相关文档</section><ul>`)
    # heads the element right after it only: (the heading element, its text), marked when that element opens.
    sibling_head: tuple[lxml.etree._Element, str] | None = None
    walker = lxml.etree.iterwalk(tree, events=("start", "end"))
    tag_bits = _TAG_BITS.get
    for event, el in walker:
        if event == "start":
            tag = el.tag
            bits = tag_bits(tag, 0)
            parent = stack[-1]
            headed = None
            if sibling_head is not None:
                if el.getprevious() is sibling_head[0] and parent[_RELATED] < 0:
                    headed = sibling_head[1]
                sibling_head = None
            chrome, rel, hid = parent[_CHROME], parent[_RELATED], parent[_HIDDEN]
            inherited_chrome = chrome
            if bits & _SKIP_B:
                entry = [el, bits, pos, chrome, rel, hid, 0, None, 0]
                push(entry)
                walker.skip_subtree()
                if tag == "select":  # a page jump's options are links; its text is no page text
                    for link in jump_links(el, base):
                        links.append(_new_tuple(LinkSpan, (link, _span(entry), _row_for(stack))))
                continue
            is_crumb = is_related = is_body = is_title = chrome_body = False
            mark = 0
            keys = el.keys()  # one call; most elements have no attribute the walk reads
            if keys:
                cls = el.get("class") if "class" in keys else None
                ident = el.get("id") if "id" in keys else None
                extra = (el.get("ms-controller") if "ms-controller" in keys else None) or (el.get("role") if "role" in keys else None)
                # <body>'s classes describe the whole page (WordPress's body_class(): `archive category-czxx
                # has-header-image has-sidebar`), never one region of it: a `header` among them is no chrome
                if (cls or ident or extra) and tag != "body":
                    marker = f"{cls or ''} {ident or ''} {extra or ''}"
                    flags = _KEPT.get(marker) or marker_flags(marker)
                    is_chrome, is_crumb, is_related, is_body, is_title, is_list, is_current = flags
                    if unchrome and el in unchrome or is_chrome and tag == "div" and parent[0] is not None and parent[0].tag in _LISTS:
                        # (a <div> a <ul>/<ol> holds is the wrapper of one of its rows, whatever its name:
                        # 远略 ylcms's 信息公开 leaf directories `<ul id="infos"><div class="menuli"><li><a>…</a><span>date`)
                        is_chrome = False
                    if is_list and not chrome and not is_related and bits & _AREA_B:
                        mark = _LIST_MARK
                    if is_current and cls and markers.is_current(cls):
                        mark |= _CURRENT_MARK
                    chrome = chrome or is_chrome
                    if is_related or bits & _EM_B and (ident or "").startswith("rel_"):
                        is_related = True
                        rel = len(related)
                    chrome_body = is_body and chrome and not is_related and not hid
                    # a <footer>/<nav>/<header> is chrome whatever its class says: EyouCMS's `<footer class="bg-main">`
                    # (the theme's main colour) is no content area
                    is_body = is_body and not is_related and not chrome and not bits & _CHROME_B
                    is_title = is_title and not chrome
                if not is_crumb and "aria-label" in keys and TRAIL_ARIA_LABEL.search(el.get("aria-label")):
                    is_crumb = chrome = True  # a trail named only by its aria-label (栏目路径)
                if bits & _CHROME_B and not (tag != "nav" and _sectioned(stack)):
                    chrome = True
                style = el.get("style") if "style" in keys else None
                if not hid and (style and ("none" in style or "hidden" in style) or cls and ("ng-hide" in cls or "updated" in cls)):
                    hid = _hidden(style, cls)
                if not chrome and rel < 0 and not _TEMPLATE_ATTRS.isdisjoint(keys):
                    templates += 1
            elif bits & _CHROME_B and not (tag != "nav" and _sectioned(stack)):
                chrome = True
            if tag == "ol" and not is_crumb and _ordered_trail(el, base, own_url):
                is_crumb = chrome = True
            entry = [el, bits, pos, chrome, rel, hid, len(parts), None, mark]
            push(entry)
            if headed is not None and rel < 0 and not chrome:
                _mark_related(entry, related, headed)
            if bits & _CLICK_B and "onclick" in keys and (found := row_link(el, base)) is not None:
                clicked[found[1]] = (found[0], entry, len(links))
            if clicked and el in clicked:
                entry[_MARK] |= _CLICK_MARK
            if chrome and not inherited_chrome:  # the outermost element of a chrome block
                chrome_spans.append(_span(entry))
            if is_body and entry[_RELATED] >= 0 and related[entry[_RELATED]].heading in WIDGET_HEADINGS:
                is_body = False  # a side widget's titles named as text (EyouCMS's 随便看看 `ul.list-post-text`)
            if is_crumb or is_related or is_body or is_title:
                span = _span(entry)
                if is_crumb:
                    crumbs.append(span)
                if is_related:
                    related.append(span)
                    if cls and RELATED_CLASS_AMBIGUOUS.search(marker) and not RELATED_CLASS_STRONG.search(marker):
                        span.ambiguous = True
                elif is_body and tag not in _FORM_CONTROLS:
                    bodies.append(span)
                if is_title:
                    titles.append(span)
            if bits & _LINK_B:
                link = element_link(el, base)
                if link is not None:
                    links.append(_new_tuple(LinkSpan, (link, _span(entry), _row_for(stack))))
            if chrome_body:  # the span the element's end closes (the last one made for it)
                chrome_bodies.append(entry[_SPAN] or _span(entry))
            if bits & _BLOCK_B:
                add(OPEN if bits & _CLOSE_B else SEP)
                pos += 1
            elif bits & _FIELD_B:
                inline_starts.append(pos)
            if not hid:
                text = el.text
                if text:
                    add(text)
                    pos += len(text)
                    # 【相关解读】<a>…</a>: a block that starts with a related label is a related box.
                    if (len(text) <= 16 and ("】" in text or "：" in text or ":" in text) and not chrome and rel < 0
                            and text.strip(_LABEL_STRIP) in RELATED_LABELS and len(el)):
                        _mark_related(entry, related, text.strip(_LABEL_STRIP))
        else:
            entry = pop()
            bits = entry[_BITS]
            if not bits & _SKIP_B:
                if bits & _CLOSE_B:
                    add(SEP)
                    pos += 1
                widget = False
                rel = entry[_RELATED]
                if rel >= 0 and rel not in bars and stack[-1][_RELATED] < 0 and related[rel].heading in WIDGET_HEADINGS \
                        and len(stack) > 1 and _opens(parts, stack[-1], entry) and not stack[-1][_CHROME] \
                        and "".join(parts[entry[_PART] :]).strip(_BOUNDARY_SPACE) == related[rel].heading:
                    # a widget's title bar, its rows beside it: `<div class="hd"><h3>推荐阅读</h3></div><div class="bd">`
                    bars.add(len(related))  # one level up only: the box of the bar is no bar
                    _mark_related(stack[-1], related, related[rel].heading)
                    widget = True
                if bits & _SHORT_B and pos - entry[_START] <= _SHORT_INDENTED and (
                        pos - entry[_START] <= _SHORT_TEXT or _indented_short(entry[_EL], parts, entry[_PART])):
                    if pos - entry[_START] <= _SHORT_TEXT:
                        short_heads.append((entry[_START], pos))
                    # A box headed 相关解读 etc. is a related box from its heading on, whatever
                    # blanks indent the heading; a menu item (a link, or in the chrome) named so
                    # is not a heading. A heading that is a tab (li of a ul) heads the box around
                    # the tab strip.
                    tab = bits & _LI_B and len(stack) > 2 and stack[-1][_BITS] & _UL_B
                    box = stack[-2] if tab else stack[-1] if len(stack) > 1 else None
                    if box is not None and box[_RELATED] < 0 and not entry[_CHROME]:
                        # A hidden heading shows no text of the page's, yet names its box as a class would: a box
                        # the page's script shows (国家发展改革委's `<div class="xgwz" style="display:none"><div
                        # class="mt"><span>相关政策与解读</span></div><ul>…`, shown when the 令 has a 解读).
                        head = ("".join(entry[_EL].itertext()) if entry[_HIDDEN] else
                                "".join(parts[entry[_PART] :])).strip(_BOUNDARY_SPACE)
                        # A title bar may hold its box's 更多 link (DTcms: `最新公告<a href=…>更多>></a>`);
                        # any other link makes it no heading.
                        bar_links = [" ".join("".join(a.itertext()).split()) for a in entry[_EL].iter("a")]
                        if bar_links and all(more_text(t) for t in bar_links):
                            for t in bar_links:
                                head = head.replace(t, "").strip(_BOUNDARY_SPACE)
                        if head not in RELATED_HEADINGS and head.strip(_LABEL_STRIP) in RELATED_LABELS:
                            head = head.strip(_LABEL_STRIP)  # 【相关解读】, 相关解读：
                        elif head not in RELATED_HEADINGS and head.rstrip(_HEAD_ARROWS) in RELATED_HEADINGS:
                            head = head.rstrip(_HEAD_ARROWS)  # 四川's `<h3>相关链接>> </h3>`
                        elif head not in RELATED_HEADINGS and head.rstrip("：:") in RELATED_HEADINGS and _opens(parts, box, entry) \
                                and not box[_BITS] & _INLINE_B and (entry[_EL].tag in _HEADS or not entry[_BITS] & _INLINE_B):
                            # a block heading with a colon that opens its block (广西 集约化's `<div id="relfile"><p
                            # class="article-file bold">关联文件：</p><div><ul class="about-list">`, 江西 集约化's `<div
                            # class="article-reldocuments"><h3><span>关联稿件：</span></h3><ul>`); a 相关文件： label
                            # inside a body (平潭's `<span><span>相关文件：</span></span><a>`) names the body's own links
                            head = head.rstrip("：:")
                        # A side widget's box (点击排行, 推荐阅读: a portal's newest articles of every column,
                        # with their dates) is set apart the same way: its rows are no list of the page's,
                        # its heading no title of it (page.py keeps its links out of the related links).
                        # A widget's heading opens its box (a heading further down a page-wide box is no widget's),
                        # and is not the page's own name (a column called 最新公告 lists under that heading).
                        widget = head in WIDGET_HEADINGS and _opens(parts, box, entry) and head not in page_title
                        # A page's <h1> is its own name: `<h1>政策解读</h1>`, bare or wrapped, is the banner of a
                        # column or of its articles, never a related box's heading.
                        own = head in RELATED_AMBIGUOUS and next(entry[_EL].iter("h1"), None) is not None
                        if (widget or head in RELATED_HEADINGS and not own) and not any(not more_text(t) for t in bar_links):
                            if not (widget or tab) and len(stack) > 2 and stack[-2][_RELATED] < 0 and _label_strip(box[_EL]):
                                # a tab of a strip of labels, not of a <ul> (gkmlpt's `<div class="xgjd-tab"><span>相关解读
                                # </span><span ng-click="tab=2">相关文件</span></div><ul>…`): it heads the box around the strip
                                tab, box = True, stack[-2]
                            if widget or tab or _opens(parts, box, entry):
                                _mark_related(box, related, head)
                            elif not (entry[_RELATED] >= 0 and _holds_list(entry[_EL])):
                                # a related box showing its heading over its own empty list heads nothing after it
                                # (四川 UCAP's `<div id="tblArticleLinkContainer" class="relatedlinks"><h3>相关链接>></h3>
                                # <table id="tblArticleLink"></table></div>`, then the 打印本页 bar)
                                sibling_head = (entry[_EL], head)
                if bits & _TABLE_B and pos - entry[_START] <= _HEADER_ROW_TEXT and not entry[_HIDDEN] and not entry[_CHROME] \
                        and not entry[_MARK] & _LIST_MARK and _header_row_alone(entry[_EL]):
                    empty_lists.append(_span(entry))  # a list table of its header row alone, whatever its class
                elif pos - entry[_START] <= _PAGER_TEXT and not entry[_HIDDEN] and not stack[-1][_CHROME] \
                        and _pager_to_itself(entry[_EL], base, own_url):
                    # a pager (chrome by its name) paging nowhere but back, in no site chrome: the list's rows are none
                    empty_lists.append(_span(entry))
                mark = entry[_MARK]
                if mark:
                    if (mark & _LIST_MARK and not entry[_HIDDEN] and not entry[_CHROME] and not _writes_rows(entry[_EL])
                            and (next(entry[_EL].iter(*_MEDIA), None) is None
                                 and (not _has_text(parts, entry[_PART]) or header_only(entry[_EL])) or dead_pager_only(entry[_EL], base, own_url))):
                        empty_lists.append(_span(entry))
                    if mark & _CURRENT_MARK and pos - entry[_START] <= 24:
                        current.append("".join(parts[entry[_PART] :]))
                    if mark & _CLICK_MARK:  # the row's link, placed where the row starts
                        link, row, at = clicked.pop(entry[_EL])
                        links.insert(at, _new_tuple(LinkSpan, (link, _span(entry), _span(row))))
                if bits & _H12_B and not entry[_CHROME] and not widget:
                    headings.append(_span(entry))
                if bits & _BOX_B and not entry[_CHROME] and not entry[_HIDDEN] and entry[_RELATED] < 0:
                    boxes.append((entry[_EL], entry[_START], pos))
            span = entry[_SPAN]
            if span is not None:
                span.end = pos
            if not stack[-1][_HIDDEN]:
                tail = el.tail
                if tail and not (bits & _SKIP_B and _writes_clock(el)):
                    add(tail)
                    pos += len(tail)
    text = "".join(parts)
    if chrome_bodies and not unchrome and (wrappers := _body_in_chrome(text, links, bodies, chrome_bodies)):
        return build_index(tree, base_url, wrappers)
    current_names = tuple(" ".join(c.split()) for c in current if c.strip(_BOUNDARY_SPACE))
    return PageIndex(text, links, bodies, crumbs, headings, titles, related, short_heads, templates,
                     frozenset(inline_starts), tuple(empty_lists), tuple(chrome_spans), current_names, tuple(boxes))


MIN_PROSE = 150  # characters of prose (text outside links) that make a body an article's


def _prose(text: str, links: list[LinkSpan], span: Span) -> int:
    """Characters of `span`'s text outside links, blanks and block boundaries left out."""
    linked = sum(ls.span.end - ls.span.start for ls in links if span.start <= ls.span.start < span.end)
    shown = text[span.start : span.end]
    return len(shown) - linked - sum(shown.count(c) for c in (" ", "\n", "\t", "\r", "\xa0", OPEN, SEP))


def _body_in_chrome(text: str, links: list[LinkSpan], bodies: list[Span], inside: list[Span]) -> frozenset:
    """The chrome-named wrappers of a content area that holds the page's prose when no content area
    outside chrome does (常州新北 PHPCMS: the article's `<td class="NewsContent">` inside `<div class="menu_con">`):
    its text and links are the page's, not navigation. Empty when an area outside chrome holds prose, or
    the area sits in a <nav>/<header>/<footer> element (navigation by its tag)."""
    if any(_prose(text, links, b) >= MIN_PROSE for b in bodies):
        return frozenset()
    best = max(inside, key=lambda b: _prose(text, links, b))
    if _prose(text, links, best) < MIN_PROSE:
        return frozenset()
    wrappers = []
    for parent in best.el.iterancestors():
        if _TAG_BITS.get(parent.tag, 0) & _CHROME_B:
            return frozenset()
        marker = f"{parent.get('class') or ''} {parent.get('id') or ''}"
        if marker.strip() and marker_flags(marker)[0]:
            wrappers.append(parent)
    return frozenset(wrappers)
