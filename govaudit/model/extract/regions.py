"""Page regions read off the PageIndex: the 当前位置 trail and related-content boxes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

import lxml.etree

from govaudit.htmlpage import text_content
from govaudit.htmlvocab import EMPTY_MARKERS, FILE_BOX_HEADING, HOME_STEPS, TRAIL_ARROW, TRS_TRAIL_CLASS
from govaudit.model.extract.listing import box_signature
from govaudit.model.extract.text import is_placeholder
from govaudit.model.extract.walk import PageIndex, Span

# Between two steps of a trail: separators drawn as text, or block boundaries when the
# template draws them with CSS. A spaced dash separates; a dash inside a name does not.
_ONLY_SEPS = re.compile(r"[\s>›»＞/|→\-－—]*")
_BLOCK_END = re.compile(r"[\x1e\x1f]")
_TRAIL_GAP = r"[\s>›»＞/|→\-－—]*"  # what may stand between two steps in a trail's text
_TRAIL_PIECE = re.compile(r"[>›»＞/|→]+|\s[-－—]+\s|[\x1e\x1f]+")
# "当前位置：", "您现在的位置:" before the first step.
_TRAIL_LABEL = re.compile(r"[^\x1e\x1f>›»＞|]{0,10}(?:位置|导航|所在)[^\x1e\x1f]{0,4}?[：:]")
_LABEL_WORDS = ("当前", "所在", "现在", "您")
# Blanks and block boundaries: a label may sit in a cell of its own before the trail's (`<td>您的当前位置</td><td><a>首页</a>`).
_DIGITS = re.compile(r"\d+")  # a box id numbering its document (`rel_4012`) is no template place
_BLANKS = re.compile(r"[ \t\r\n\xa0\u3000\x1e\x1f]*")
_MAX_STEP = 30  # characters; a longer text is not a step name
_MAX_BLOCK_STEP = 12  # characters of a step that only block boundaries separate
_MAX_TAIL = 160  # characters after the last link that may still hold steps
_NOT_NAME = re.compile(r"[：:，。；！？]|\d{4}\s*[-/年.]\s*\d")  # a field, a sentence or a date
# Hrefs that make an <a> a step without a target: the current or an intermediate step.
_VOID_HREF = ("javascript:", "#")
# A last, unlinked step that names the article view rather than the column.
_LEAF_WORDS = frozenset(("正文", "详情", "内容", "正文内容", "文章内容", "详细内容", "信息内容", "浏览正文", "阅读正文", "查看详情", "详情页",
                         "列表", "列表页", "信息列表", "文章列表"))  # PHPCMS catpos() trails end in 列表 / 正文
_MAX_BOX_TEXT = 1500  # a "related" wrapper around the whole article is not a related box
_NAME_PREFIX = 8  # characters a column name may put before a heading it ends with (部门政策解读)


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and inner is not outer


class _VoidNames:
    """Texts of the <a> elements under `root` that link nowhere (no href, `#`,
    javascript:), collected on the first question: most trails never ask."""

    __slots__ = ("root", "names")

    def __init__(self, root: lxml.etree._Element | None) -> None:
        self.root = root
        self.names: set[str] | None = None

    def __contains__(self, text: str) -> bool:
        if self.names is None:
            self.names = set()
            for a in self.root.iter("a") if self.root is not None else ():
                href = (a.get("href") or "").strip().lower()
                if not href or href.startswith(_VOID_HREF):
                    self.names.add(" ".join(text_content(a).split()).strip(" >›»"))
        return text in self.names


def _pieces(gap: str) -> list[str | None]:
    """The gap's names in order, None for a separator and "" for a block boundary."""
    out: list[str | None] = []
    pos = 0
    for m in _TRAIL_PIECE.finditer(gap):
        name = " ".join(gap[pos : m.start()].split())
        if name:
            out.append(name)
        out.append("" if m.group()[0] in "\x1e\x1f" else None)
        pos = m.end()
    name = " ".join(gap[pos:].split())
    if name:
        out.append(name)
    return out


def _is_name(text: str) -> bool:
    return len(text) <= _MAX_STEP and text.count(" ") <= 1 and not _NOT_NAME.search(text) and not is_placeholder(text)


def _gap_steps(gap: str, voids: _VoidNames, sep_before: bool, tail: bool, boxed: bool) -> tuple[list[str], bool]:
    """Unlinked step names in the text between two trail steps, and whether the gap holds
    only those and separators. A name counts when it is the text of a void link, or when
    separators stand on both sides of it (at the tail: before it, and a separator, a
    block's end or the end of the trail after it). Inside a breadcrumb element (`boxed`)
    block boundaries separate too: `<li class="active">通知公告</li>` with CSS separators."""
    if not tail and _ONLY_SEPS.fullmatch(gap):  # the common gap: nothing but separators
        return [], True
    names: list[str] = []
    pieces = _pieces(gap)
    seps = (None, "") if boxed else (None,)
    drawn = sep_before  # a separator drawn as text (or the label) stands before the name
    for i, piece in enumerate(pieces):
        if piece in seps:
            sep_before = True
            drawn = drawn or piece is None
            continue
        if not piece:
            continue
        if tail:
            closed = i + 1 == len(pieces) or pieces[i + 1] in (None, "")
        else:
            closed = next((p for p in pieces[i + 1 :] if p != "" or boxed), "") in seps
        # Between block boundaries only, a long text is more likely a heading than a step.
        if not _is_name(piece) or not (piece in voids or sep_before and closed and (drawn or len(piece) <= _MAX_BLOCK_STEP)):
            return names, False
        names.append(piece)
        sep_before = drawn = False
    return names, True


def _trail_from(index: PageIndex, start: int, end: int, voids: _VoidNames, boxed: bool) -> list[tuple[str, str | None]]:
    """The trail in text [start, end) (a breadcrumb element's when `boxed`): links,
    void-link names and separated names, up to the first text that is none of these."""
    steps: list[tuple[str, str | None]] = []
    label = _TRAIL_LABEL.match(index.text, start, min(end, start + 24))
    last = label.end() if label else start
    sep_before = label is not None
    inline = True  # outside a breadcrumb element: no step so far was separated by a block boundary
    drawn_all = True  # every gap between two linked steps so far drew a separator (`&gt;`, `>`)
    for ls in index.links:
        at = ls.span.start
        if at < start or ls.link.tag != "a":
            continue
        if at >= end:
            break
        gap = index.text[last:at]
        drawn = None in _pieces(gap)  # a separator drawn as text between the last step and this link
        # A trail drawn on one line ends with its block: after DedeCMS's trailing separator
        # (`<a>主页</a> > <a>政务公开</a> > </div>`) the next block's links are the page's.
        if not boxed and steps and (end_at := _BLOCK_END.search(gap)):
            # The unlinked leaf closed by the block (`… &gt; <span>规范性文件</span></div>`), if any.
            leaf = _gap_steps(gap[: end_at.start()], voids, sep_before, tail=True, boxed=False)[0]
            if inline and len(steps) > 1:
                return _finish(steps + [(n, None) for n in leaf])
            # A trail drawn in table cells (`<td>&nbsp;&gt;&nbsp;<a>部门动态</a></td>`) whose steps all
            # stood after a drawn separator ends where a block follows with none: the header and
            # menu after it are not its steps.
            if drawn_all and steps[-1][1] is not None and not drawn:
                return _finish(steps)
            # `当前位置：<a>首页</a> &gt; <span>政府信息公开指南</span></div>` then a side menu: the
            # leaf ends the trail, unless a separator goes on after it.
            if inline and leaf and not _TRAIL_PIECE.match(gap[end_at.end():].lstrip("\x1e\x1f \n")):
                return _finish(steps + [(n, None) for n in leaf])
            inline = False
        # A trail of text only, closed by its block (ThinkCMF themes: `当前位置:平台 >>政务公开 >>规范性文件</div>`)
        # before any link: the list's first row after it is no step of it.
        if not boxed and not steps and (end_at := _BLOCK_END.search(gap)):
            before = _pieces(gap[: end_at.start()])
            leaf = _gap_steps(gap[: end_at.start()], voids, sep_before, tail=True, boxed=False)[0]
            if len(leaf) >= 2 and before[-1] is not None and not _TRAIL_PIECE.match(gap[end_at.end():].lstrip("\x1e\x1f \n")):
                return _finish([(n, None) for n in leaf])
        names, ok = _gap_steps(gap, voids, sep_before, tail=False, boxed=boxed)
        if not ok and steps:
            return _finish(steps + [(n, None) for n in names])
        steps += [(n, None) for n in names] if ok else []
        if steps and not drawn:
            drawn_all = False
        text = index.text_of(ls.span).strip(" >›»")
        if text:
            steps.append((text, ls.link.url))
        last, sep_before = ls.span.end, False
    # Names after the last link: the current page's column, often unlinked.
    tail = index.text[last : min(end, last + _MAX_TAIL)]
    if not boxed and inline and len(steps) > 1:
        tail = _BLOCK_END.split(tail, 1)[0]
    steps += [(n, None) for n in _gap_steps(tail, voids, sep_before, tail=True, boxed=boxed)[0]]
    return _finish(steps)


def _finish(steps: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Without a single link, only a trail of two steps or more is believed; a last
    unlinked 正文/详情/列表 names the view (article or list), not a column. Unlinked names before a linked home
    step are the trail's label, however written (Drupal 7's `<h2 class="element-invisible">您在这里</h2>` in the
    breadcrumb's box, "You are here", without a colon): a trail starts at home."""
    home = next((i for i, (name, url) in enumerate(steps) if name in HOME_STEPS and url is not None), 0)
    if home and all(url is None for _, url in steps[:home]):
        steps = steps[home:]
    if steps and steps[-1][1] is None and steps[-1][0] in _LEAF_WORDS:
        steps = steps[:-1]
    if all(url is None for _, url in steps) and len(steps) < 2:
        return []
    return steps


def _label_at(text: str, link_starts: frozenset[int] = frozenset()) -> int:
    """Where a 当前位置：/ 您当前的位置: / 您所在的位置： / 您现在的位置是： label starts, or -1. A bare 位置：
    (地理位置：…) is not one. Without its colon the label counts when the trail's first link
    follows at once (动易 PowerEasy: `您当前位置<a>靖安县人民政府网站</a>>>…`), in the next cell
    too (袁州区's TRS table: `<td>您的当前位置</td><td><a>首页</a>&gt;&gt;…`)."""
    at = text.find("位置")
    while at >= 0:
        before = text[max(0, at - 4) : at]
        after = text[at + 2 : at + 5].lstrip(" ")
        if after.startswith("是"):  # 您现在的位置是：
            after = after[1:].lstrip(" ")
        next_at = _BLANKS.match(text, at + 2).end()
        if (after[:1] in ("：", ":") or next_at in link_starts) and any(w in before for w in _LABEL_WORDS):
            start = at
            while start > 0 and at - start < 8 and text[start - 1] not in "\x1e\x1f":
                start -= 1
            return start
        at = text.find("位置", at + 2)
    return -1


def without_trail(text: str, steps: list[tuple[str, str | None]]) -> str:
    """`text` without the 当前位置 trail `steps` were read from, where it stands as a trail: its
    label and its steps in order, separators between (a step's name elsewhere in the text stays)."""
    if not steps:
        return text
    trail = _TRAIL_GAP.join(re.escape(name) for name, _ in steps)
    return " ".join(re.sub(rf"(?:[^\s：:]{{0,10}}[：:]\s*)?{trail}", " ", text, count=1).split())


def breadcrumb(index: PageIndex) -> list[tuple[str, str | None]]:
    """(text, url) steps of the 当前位置 trail; a step whose link goes nowhere
    (javascript:void(0), `#`) or that is plain text between separators has url None."""
    for span in index.breadcrumbs:
        if not span.hidden and (steps := _trail_from(index, span.start, span.end, _VoidNames(span.el), boxed=True)):
            return steps
    at = _label_at(index.text, frozenset(ls.span.start for ls in index.links if ls.link.tag == "a"))
    if at < 0:
        return _trs_trail(index) or _home_trail(index)
    end = min(len(index.text), at + 400)
    # Void links are looked for near the trail's first link (or, without one, anywhere).
    near = next((ls.span.el for ls in index.links if at <= ls.span.start < end), None)
    if near is None and index.links:
        near = index.links[0].span.el.getroottree().getroot()
    for _ in range(4):
        if near is not None and near.getparent() is not None:
            near = near.getparent()
    return _trail_from(index, at, end, _VoidNames(near), boxed=False)


def _trs_trail(index: PageIndex) -> list[tuple[str, str | None]]:
    """The trail of two or more sibling links classed CurrChnlCls (TRS), or none."""
    steps = [ls for ls in index.links if ls.link.tag == "a" and not ls.span.hidden
             and TRS_TRAIL_CLASS in (ls.span.el.get("class") or "").split()]
    if len(steps) < 2 or any(ls.span.el.getparent() is not steps[0].span.el.getparent() for ls in steps):
        return []
    parent = steps[0].span.el.getparent()
    return _trail_from(index, steps[0].span.start, steps[-1].span.end, _VoidNames(parent), boxed=True)


def _home_trail(index: PageIndex) -> list[tuple[str, str | None]]:
    """The trail that neither a class nor a label names but its shape: a 首页 link, a pointing
    separator drawn right after it (`<a>首页</a><span> &gt; </span><a>信息公开</a>`) and another
    linked step (PHPCMS v9's default `crumbs`; a top menu's 首页 stands before its next item with no
    separator). Or none."""
    for i, ls in enumerate(index.links):
        if ls.link.tag != "a" or ls.span.hidden or index.text_of(ls.span).strip() not in HOME_STEPS:
            continue
        after = index.links[i + 1].span.start if i + 1 < len(index.links) else len(index.text)
        if not TRAIL_ARROW.fullmatch(index.text[ls.span.end : after]):
            continue
        steps = _trail_from(index, ls.span.start, min(len(index.text), ls.span.start + 400), _VoidNames(ls.span.el.getparent()), boxed=False)
        if sum(1 for _, url in steps if url) >= 2:
            return steps
    return []


def own_heading(heading: str, names: Iterable[str]) -> bool:
    """True when `heading` is the page's own name (政策解读 on the 政策解读 or 部门政策解读 column)."""
    return any(name.endswith(heading) and len(name) <= len(heading) + _NAME_PREFIX for name in names)


def related_boxes(index: PageIndex, own_names: Iterable[str] = (), article: bool = True) -> set[int]:
    """Indexes (into index.related) of the real related boxes: innermost, not page-sized. A
    box made related by a name that is also a column name (heading 政策解读, class zcjd) is
    the page's own list, not a related box, on a page that is no article or that bears that
    name."""
    boxes = index.related
    names = tuple(own_names)
    linked = {ls.span.related for ls in index.links if ls.span.related >= 0 and ls.link.tag == "a"}
    within = _nesting(boxes)
    keep = set()
    for i, box in enumerate(boxes):
        if box.end - box.start > _MAX_BOX_TEXT:
            continue
        if box.ambiguous and (not article or own_heading(box.heading or "政策解读", names)):
            continue
        # Of nested boxes the innermost is the box, unless the outer one shows the content (its
        # links, or a 暂无 marker) and the inner ones none (a title bar classed like its box:
        # <div class="xgjd-tit">, <div class="xgjd-tab">). A bar holding nothing but its heading is
        # no box inside another: an empty box is the one a filled box of the template is
        # (国家发展改革委's `<div class="xgwz"><div class="mt"><span>相关政策与解读</span></div><ul></ul>`).
        inner = within(i) if _bar(index, i) else [j for j in within(i) if not _bar(index, j)]
        if inner and (not _shows(index, i, linked) or any(_shows(index, j, linked) for j in inner)):
            continue
        keep.add(i)
    nested = {j for i in keep for j in within(i)}
    return {j for j in keep if j not in nested}


def _nesting(boxes: list[Span]) -> Callable[[int], list[int]]:
    """within(i): the indexes of the boxes inside box i (by _inside), looked up among the boxes
    that start within it (a list page can mark a box per row: comparing all pairs was quadratic)."""
    order = sorted(range(len(boxes)), key=lambda j: boxes[j].start)
    starts = [boxes[j].start for j in order]

    def within(i: int) -> list[int]:
        box = boxes[i]
        return [j for j in order[bisect_left(starts, box.start) : bisect_right(starts, box.end)] if _inside(boxes[j], box)]
    return within


def _bar(index: PageIndex, i: int) -> bool:
    """True when related box `i` is a title bar: its heading's element(s) alone, one inside the other, and no
    other text, shown or hidden (an empty box holds its list's element beside its heading)."""
    box = index.related[i]
    el = box.el
    while len(el) == 1:
        el = el[0]
    return len(el) == 0 and "".join("".join(box.el.itertext()).split()) == "".join((box.heading or "").split())


def _says_none(text: str) -> bool:
    """An explicit 暂无 / empty-list marker: the box was filled, with nothing."""
    return "暂无" in text or any(m in text for m in EMPTY_MARKERS)


def _shows(index: PageIndex, i: int, linked: set[int]) -> bool:
    """True when related box `i` shows its content: links of its own, or an explicit marker."""
    box = index.related[i]
    return i in linked or _says_none(index.text[box.start : box.end])


def related_slot(index: PageIndex, boxes: set[int], scripted: bool = True) -> str:
    """none (no box) | static (links or an explicit 暂无 shown, or any box on a page without a
    single script: nothing can fill it) | script_unobserved (an empty box on a page with scripts,
    which may fill it; not observed without rendering)."""
    if not boxes:
        return "none"
    if not scripted:
        return "static"
    linked = {ls.span.related for ls in index.links if ls.span.related in boxes and ls.link.tag == "a"}
    return "static" if any(_shows(index, i, linked) for i in boxes) else "script_unobserved"


def related_marks(index: PageIndex, boxes: set[int]) -> tuple[tuple[str, bool], ...]:
    """(template place, shows content) of each related box: its listing.box_signature and its id
    without digits (UCAP's 相关附件 `#tblAppendixContainer` and 相关链接 `#tblArticleLinkContainer` share
    a class and a place). The build tells a box the publisher fills from one a script fills by them. A
    box headed 附件 lists files, no page that could be a 解读: it is left out."""
    linked = {ls.span.related for ls in index.links if ls.span.related in boxes and ls.link.tag == "a"}
    return tuple(sorted({(f"{box_signature(index.related[i].el)}#{_DIGITS.sub('', index.related[i].el.get('id') or '')}",
                          _shows(index, i, linked)) for i in boxes
                         if not FILE_BOX_HEADING.match(index.text[index.related[i].start : index.related[i].end])}))


def related_links(index: PageIndex, boxes: set[int]) -> list[str]:
    """Page URLs linked from the related boxes."""
    return sorted({ls.link.url for ls in index.links
                   if ls.span.related in boxes and ls.link.tag == "a" and ls.link.kind == "page"})

