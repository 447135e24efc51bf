"""A page's main body text as a model fact: whitespace-normalised, capped, with the section
headings it shows (一、主要职责 / （二）办理流程 / 第三章 / a short <h3> inside the body).

Rules such as "the 机构职能 page states 内设机构、职责、地址、电话" or "the guide states the
受理机构 and 办理流程" read it (check kind page_text). The text is cut at `TEXT_CAP`
characters so the model stays bounded whatever the site publishes.
"""

from __future__ import annotations

import re

import lxml.etree

from govaudit.htmlvocab import CHROME, MENU, PAGER_TEXTS, PRENEXT_LABEL
from govaudit.model.extract.dates import find_dates
from govaudit.model.extract.blocks import BLOCK_EDGES
from govaudit.model.extract.walk import OPEN, SEP, LinkSpan, PageIndex, Span
from govaudit.model.types import PageTable, PageText
from govaudit.urls import normalize

TEXT_CAP = 8000  # characters of body text kept per page
_MAX_HEADINGS = 40  # headings kept per page
_HEADING_CHARS = 40  # a block longer than this is a paragraph, not a heading
# Numbered section headings of Chinese official texts: 一、 （一） 第一章 第二部分 1. 
_NUMBERED = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]+[章节部分篇]|[一二三四五六七八九十]+[、．.]|"
                       r"[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、．](?!\d))")
_SENTENCE_END = ("。", "；", ";")
_HEAD_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BOLD_TAGS = ("strong", "b")
_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
_NOT_HEADING = ("：", ":", ">", "＞", "»")  # a label and its value (来源：…, 发布时间：…), a breadcrumb trail


# Menus inside the body: a list of at least _MENU_LINKS short links (≤ _MENU_LINK_CHARS each,
# undated), one a row (li, dd, or a table-layout menu's tr), nothing else in it but separators, that
# names the page itself (a link to the page, or its highlighted item). A side menu of sibling
# columns is not the page's text.
_MENU_LINKS = 3
_MENU_LINK_CHARS = 16
_MENU_OTHER_CHARS = 4  # non-link characters a menu list may hold (| · separators)
_MENU_ROWS = frozenset(("li", "dd", "tr"))
# Chrome inside the body (header, breadcrumb, pager, share: htmlvocab.CHROME) whose text is at least
# this share of link text is navigation, never the page's text.
_CHROME_LINK_SHARE = 0.5
# An article's previous/next links (上一篇：<a>…</a> 下一篇：<a>…</a>, 上一条/下一条) name other pages:
# the label and its link are navigation, whatever the block's class.
_PREV_NEXT = re.compile(PRENEXT_LABEL + f"[{OPEN}{SEP}\\s]*[：:]?[{OPEN}{SEP}\\s]*$")
_PREV_NEXT_TEXT = re.compile("^" + PRENEXT_LABEL + r"\s*[：:]")  # the label inside the link's own text
_PREV_NEXT_LOOKBACK = 12  # characters before a link searched for its label
_MAX_TABLES = 10  # data tables recorded per page
_TABLE_HEADER_CHARS = 200
_LABEL_END = ("：", ":")


Cut = tuple[int, int]


def _marker(el: lxml.etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def menu_cuts(index: PageIndex, body: Span, url: str) -> list[Cut]:
    """(start, end) in index.text of the navigation menus inside `body`: navigation elements
    (<nav>, class/id nav or menu, htmlvocab.MENU), other chrome that is mostly links (a header
    holding the site's menus, a breadcrumb trail; not an article header of a title, a date and
    打印 | 关闭), link-only lists of short links that name the page itself, and side widgets
    (PageIndex.widget_spans), and the side column beside the page's own (side_columns). Empty for most pages (the
    body holds no menu)."""
    cuts = [(s.start, s.end) for s in index.chrome_spans
            if body.start <= s.start and s.end <= body.end
            and (s.el.tag == "nav" or MENU.search(_marker(s.el)) or _mostly_links(index, s))]
    cuts += menu_lists(index, body.start, body.end, url)
    # A side widget inside the body (随便看看, 点击排行: the site's other titles, 《…》 among them) names no
    # document this page relates to.
    cuts += [(start, end) for start, end in index.widget_spans if body.start <= start and end <= body.end]
    # The side column beside the page's own (its menu and a 联系我们 box): a static page's text is its own, not
    # the office's address the template shows beside every page of the section.
    cuts += [(start, end) for start, end in side_columns(index, url) if body.start <= start and end <= body.end]
    return _merged(cuts + _prev_next_cuts(index, body))


def menu_lists(index: PageIndex, start: int, end: int, url: str) -> list[Cut]:
    """(start, end) of the link-only lists of short links between `start` and `end` of index.text, outside
    chrome, that name the page itself or its highlighted item: a column menu whatever its class (a side
    menu of the site's columns beside an empty list, 重庆 集约化's `ul.lef-nav` renamed). The page is named
    as its folder or its index file alike (`rsxx/` fetched as `rsxx/index.html`)."""
    own = normalize(url) or url
    groups: dict[lxml.etree._Element, list] = {}
    for ls in index.links:
        row = ls.row
        if (ls.link.tag != "a" or row is None or row.el.tag not in _MENU_ROWS or not start <= ls.span.start < end
                or ls.span.chrome):
            continue
        parent = row.el.getparent()
        if parent is not None:
            groups.setdefault(parent, []).append(ls)
    cuts = []
    for links in groups.values():
        if len(links) < _MENU_LINKS:
            continue
        texts = [index.text_of(ls.span) for ls in links]
        if any(len(t) > _MENU_LINK_CHARS or find_dates(t) for t in texts):
            continue
        if not any(t in index.current for t in texts) and not any(normalize(ls.link.url) == own for ls in links):
            continue
        first, last = min(ls.row.start for ls in links), max(ls.row.end for ls in links)
        other = len(" ".join(index.text[first:last].split()).replace(" ", "")) - sum(len(t.replace(" ", "")) for t in texts)
        if other <= _MENU_OTHER_CHARS:
            cuts.append((first, last))
    return cuts


def side_columns(index: PageIndex, url: str) -> list[Cut]:
    """(start, end) of the side column beside the page's own: a box holding a menu that links the page
    (its sibling columns) and standing next to the box that holds the page's 当前位置 trail with more than
    it (the page's heading, its list). What else that column shows (a 联系我们 box of the office's address
    and telephone, the section's name over the menu) is the template's, the same on every page of the
    section, never the page's own text: a township theme on KesionCMS puts `div.left` (`ul.left_nav` and
    a contact box) beside `div.right` (`div.location`, the `{$GetClassName}列表` heading, the list).
    A trail standing alone above both columns (its box holds only the trail) leads to them through the box
    beside it that holds the menu: there the side column is the one of two or more sibling boxes that holds
    the menu, the page's own area another (CmsEasy's stock `list_text_column.html`: `div.sub_menu` with the
    trail, then `div.list-container > div.row` of `div.col-md-8`, the list, and `div.col-md-4`, `list_right.html`
    with the column menu, 网站公告 and 相关内容)."""
    trail = next((s for s in index.breadcrumbs if not s.hidden and s.end > s.start), None)
    if trail is None:
        return []
    own = normalize(url) or url
    # the page's item in a menu: named by its column's name, not a pager's 首页 or 1 leading back to the page
    marks = [ls.span.start for ls in index.links if ls.link.tag == "a" and not trail.start <= ls.span.start < trail.end
             and (normalize(ls.link.url) or ls.link.url) == own
             and (text := index.text_of(ls.span)) and text not in PAGER_TEXTS and not text.isdigit()]
    if not marks:
        return []
    boxes = {el: (start, end) for el, start, end in index.boxes}
    trail_text = "".join("".join(trail.el.itertext()).split())
    branch = trail.el
    for parent in branch.iterancestors():
        if "".join("".join(branch.itertext()).split()) != trail_text:  # the trail's box holds the page's content too
            return [boxes[el] for el in parent if el is not branch and el in boxes
                    and any(boxes[el][0] <= at < boxes[el][1] for at in marks)]
        for el in parent:
            if el is not branch and el in boxes and (column := _menu_column(el, boxes, marks)) is not None:
                return [column]
        branch = parent
    return []


def _menu_column(el: lxml.etree._Element, boxes: dict[lxml.etree._Element, tuple[int, int]],
                 marks: list[int]) -> tuple[int, int] | None:
    """(start, end) of the box inside `el` that holds the menu marks, one of two or more sibling boxes the others of
    which hold none: found down the single chain of boxes holding them, or None."""
    def holds(box: lxml.etree._Element) -> bool:
        return box in boxes and any(boxes[box][0] <= at < boxes[box][1] for at in marks)
    while holds(el):
        kids = [k for k in el if k in boxes]
        holding = [k for k in kids if holds(k)]
        if len(holding) != 1:
            return None
        if len(kids) >= 2:
            return boxes[holding[0]]
        el = holding[0]
    return None


def _prev_next_cuts(index: PageIndex, body: Span) -> list[Cut]:
    """(start, end) of each 上一篇/下一篇 label with the link it introduces, inside `body`."""
    shown = index.text[body.start : body.end]
    if "一篇" not in shown and "一条" not in shown:  # most pages: one substring search
        return []
    cuts = []
    for ls in index.links:
        start = ls.span.start
        if ls.link.tag == "a" and body.start <= start < body.end and (label := prev_next_label(index, ls, body.start)) is not None:
            cuts.append((label, ls.span.end))
    return cuts


def prev_next_label(index: PageIndex, ls: LinkSpan, floor: int = 0) -> int | None:
    """Where the 上一篇：/下一篇： label of an article's previous/next link starts (before the link,
    not before `floor`), or None when the link has none."""
    start = ls.span.start
    head = index.text[max(floor, start - _PREV_NEXT_LOOKBACK) : start]
    if m := _PREV_NEXT.search(head):
        return start - len(head) + m.start()
    return None


def is_prev_next(index: PageIndex, ls: LinkSpan) -> bool:
    """True for an article's 上一篇/下一篇 link: its label before it, or opening its own text."""
    return prev_next_label(index, ls) is not None or bool(_PREV_NEXT_TEXT.match(index.text_of(ls.span).lstrip()))


def _mostly_links(index: PageIndex, span: Span) -> bool:
    """True when the span shows two or more links whose text is at least _CHROME_LINK_SHARE of its own."""
    texts = [index.text_of(ls.span) for ls in index.links if span.start <= ls.span.start < span.end and ls.link.tag == "a"]
    if len(texts) < 2:
        return False
    shown = len(index.text_of(span).replace(" ", ""))
    return sum(len(t.replace(" ", "")) for t in texts) >= _CHROME_LINK_SHARE * shown


def _merged(cuts: list[Cut]) -> list[Cut]:
    out: list[Cut] = []
    for start, end in sorted(cuts):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _raw(index: PageIndex, body: Span, cuts: list[Cut]) -> str:
    """The body's text with its block boundaries, menus left out."""
    if not cuts:
        return index.text[body.start : body.end]
    parts, last = [], body.start
    for start, end in cuts:
        parts.append(index.text[last:start])
        parts.append(SEP)
        last = end
    parts.append(index.text[last : body.end])
    return "".join(parts)


def body_text(index: PageIndex, body: Span, cuts: list[Cut]) -> str:
    """The body's whitespace-collapsed text without the navigation menus `cuts` (menu_cuts);
    exactly PageIndex.text_of(body) when there are none."""
    return " ".join(_raw(index, body, cuts).split())


def body_tables(body: Span) -> tuple[PageTable, ...]:
    """The data tables inside `body` (for rules such as "feedback is shown as a table"): tables of
    at least two rows of at least two cells, not holding another table (a layout table), not in a
    menu, not a label–value block (索引号：… 发布机构：…, most rows' first cell ends with a colon).
    Each with its row and column counts and the text of its first row of several filled cells (the header)."""
    out = []
    root = body.el
    for table in root.iter("table"):
        if len(out) == _MAX_TABLES:
            break
        if any(t is not table for t in table.iter("table")) or _in_menu(table, root):
            continue
        rows = list(table.iter("tr"))
        cells = [[c for c in tr if c.tag in ("td", "th")] for tr in rows]
        wide = [r for r in cells if len(r) >= 2]
        if len(wide) < 2:
            continue
        labels = sum(1 for r in wide if " ".join("".join(r[0].itertext()).split()).endswith(_LABEL_END))
        if labels * 2 >= len(wide):
            continue
        # The header: the first row of several filled cells (a title row spanning the table is not it).
        texts = [[t for c in r if (t := " ".join("".join(c.itertext()).split()))] for r in wide]
        header = " ".join(next((t for t in texts if len(t) >= 2), texts[0]))[:_TABLE_HEADER_CHARS]
        out.append(PageTable(rows=len(rows), columns=max(len(r) for r in cells), header=header))
    return tuple(out)


def _in_menu(el: lxml.etree._Element, root: lxml.etree._Element) -> bool:
    for parent in el.iterancestors():
        if parent is root:
            return False
        if parent.tag == "nav" or CHROME.search(_marker(parent)):
            return True
    return False


def _text(el: lxml.etree._Element, limit: int) -> str | None:
    """The element's whitespace-collapsed text, or None when it is longer than `limit` (read no further)."""
    parts, n = [], 0
    for piece in el.itertext():
        parts.append(piece)
        n += len(piece)
        if n > 2 * limit + 20:  # whitespace collapses; a heading's block is short
            return None
    text = " ".join("".join(parts).split())
    return text if len(text) <= limit else None


def _element_headings(body: Span, menus: bool) -> list[str]:
    """Texts of <h1>–<h6> inside the body, and of <strong>/<b> that make up a whole block (a
    bold line of its own, not emphasis inside a sentence); with `menus`, not inside a menu."""
    out = []
    for el in body.el.iter(*_HEAD_TAGS, *_BOLD_TAGS):
        if menus and _in_menu(el, body.el):
            continue
        text = _text(el, _HEADING_CHARS)
        if not text:
            continue
        if el.tag in _BOLD_TAGS:
            parent = el.getparent()
            if parent is None or _text(parent, _HEADING_CHARS) != text:
                continue
        out.append(text)
    return out


def body_headings(index: PageIndex, body: Span, cuts: list[Cut] | None = None) -> tuple[str, ...]:
    """The section headings inside `body`, in page order, once each: blocks that start with a
    section number (一、 （二） 第三章) and heading elements (<h3>受理机构</h3>, a bold line).
    Labels with a value (来源：…), trails and texts without Chinese (dates, figures) are not headings.
    `cuts`: the menus inside the body (menu_cuts), whose items are not headings."""
    raw = _raw(index, body, cuts or [])
    flat = " ".join(raw.split())
    found: dict[str, int] = {}
    for block in BLOCK_EDGES.split(raw):
        text = " ".join(block.split())
        m = _NUMBERED.match(text)
        if m and len(text) > m.end() + 1 and _is_heading(text):
            found.setdefault(text, flat.find(text))
    for text in _element_headings(body, bool(cuts)):
        if _is_heading(text):
            found.setdefault(text, flat.find(text))
    ordered = sorted(found, key=lambda t: found[t])
    return tuple(ordered[:_MAX_HEADINGS])


def _is_heading(text: str) -> bool:
    return (2 <= len(text) <= _HEADING_CHARS and not text.endswith(_SENTENCE_END)
            and not any(c in text for c in _NOT_HEADING) and _CJK.search(text) is not None)


def page_text(url: str, body_text: str, headings: tuple[str, ...] | list[str], cap: int = TEXT_CAP,
              tables: tuple[PageTable, ...] | list[PageTable] = ()) -> PageText | None:
    """The PageText of a page whose body text (already whitespace-collapsed) is `body_text`;
    None when the page shows no body text."""
    text = " ".join(body_text.split())
    if not text:
        return None
    return PageText(url=url, text=text[:cap], headings=list(headings), chars=len(text), truncated=len(text) > cap,
                    tables=list(tables))
