"""Column (list) pages: dated items, empty columns, and lists loaded by script."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
import datetime

from itertools import islice
from urllib.parse import urlsplit

import lxml.etree

from govaudit import listdata
from govaudit.htmlvocab import (ARTICLE_INFO_LABEL, ROW_FIELD_LABEL, BREADCRUMB, DECLARED_COUNT, EMPTY_MARKERS, HEADER_TOOLBAR, HISTORY_NOTE, HOME_STEPS,
                               MORE_TEXTS, PAGE_COUNT, PAGE_COUNT_WORDS, FIRST_PAGE_TEXTS, PAGER_TEXTS, SITE_TOOL_LINKS, TODAY_LABELLED,
                               TODAY_LINE, VISIBLE_COUNT, VISIBLE_TOTAL, BARE_PAGE_RECORDS, WIDGET_HEADINGS, loads_data, more_text, page_number)
from govaudit.model.extract.blocks import OPEN, SEP
from govaudit.model.extract.bodytext import menu_lists, side_columns
from govaudit.model.extract.dates import calendar_date, find_dates, find_month_days
from govaudit.model.extract.pager import bare_totals, counted_totals, page_totals
from govaudit.model.extract.text import clean
from govaudit.model.extract.walk import LinkSpan, PageIndex, Span
from govaudit.model.types import ListItem
from govaudit.pluginpager import plugin_pagers

# Longest first, so that a marker holding a shorter one (暂无相关信息, 无相关信息) is read whole.
_MARKERS = sorted(EMPTY_MARKERS, key=len, reverse=True)
# A marker is the whole text of its element, after an optional apology and an optional 该栏目 /
# 本栏目 / 此栏目(下) and 还/尚 (该栏目暂无内容, 此栏目下还没有任何文章), before optional punctuation.
_EMPTY = re.compile(r"(?:^|[\x1e\x1f])\s*(?:(?:对不起|抱歉|很抱歉)[,，！!]?\s*)?(?:(?:该|本|此)栏目\s*下?\s*)?(?:还|尚)?(?:" + "|".join(_MARKERS)
                    + r")[。！!.…~～]*\s*[\x1e\x1f]")
EMPTY_MARKER = re.compile("|".join(_MARKERS))  # literals: `re` skips ahead by first character
_WIDGET_EMPTY = re.compile(r"[\s\x1e\x1f]*(?:" + "|".join(_MARKERS) + ")")  # a marker right after a widget's heading
_APOLOGY = frozenset("对不起很抱歉,，！!该本此栏目下还尚")  # characters of an apology or 该栏目(下)还 before a marker
_BOUNDARIES = OPEN + SEP
_ARTICLE_TITLE = 12  # characters of link text that look like an article title, not a menu item
_MIN_TITLE = 4  # characters of a row's title before the fields its link shows (发文字号：…)
_ROW_CONTAINERS = 3  # sibling one-row containers that are a list's rows (_row_containers)
_PINNED = re.compile(r"置顶|\[顶\]|【顶】")
_YEAR_HEADING = re.compile(r"^\s*((?:19|20)\d{2})\s*年?度?\s*$")
# A row link's title attribute written as a tooltip of labelled lines: PowerEasy SiteWeaver's
# `文章标题：…&#13;&#10;作者：…&#13;&#10;更新时间：2026-9-3 10:21:23`, SiteFactory's
# `标题：…&#xD;点击数：57&#xD;发表时间：2026年09月03日` (the list itself shows `09-03`).
_TIP_LINE = re.compile(r"[\r\n]+")
# A link right after an article info line's label is that field's value, not a row's title: PublicCMS's stock
# `<p class="author">来源：<a href="…">泖澄区人民政府</a> author editor 2026-10-25 10:13:26 阅读:…` (copied content).
_FIELD_VALUE = re.compile(r"(?:" + ARTICLE_INFO_LABEL.pattern + r")\s*$")
_TIP_LABEL = re.compile(r"^\s*([^：:]{1,8}?)\s*[：:]\s*(.*?)\s*$")
_TIP_TITLES = frozenset(("文章标题", "信息标题", "标题", "名称", "文件名称", "主题"))
_TIP_DATES = frozenset(("更新时间", "发表时间", "发布时间", "发布日期", "更新日期", "发文日期", "日期", "时间"))
_ROW_TAGS = frozenset(("li", "tr", "dl", "dd"))
_MONTH_DAY_ROWS = 3  # rows of a paged list showing month and day only, before they are its items
_PAGING = PAGER_TEXTS - FIRST_PAGE_TEXTS  # a pager's words that a site menu's 首页 is not


@dataclass(frozen=True)
class ListingFacts:
    items: list[ListItem]
    state: str  # listed | empty | not_observed | none
    declared_count: int | None  # records the page says the list has (script or 共N条)
    script_list: bool  # the page fills its list by script (templates, declared counts)
    page_count: int | None = None  # pages a TRS/JS pager declares
    channel_blocks: int = 0  # containers of the list that each carry their own 更多 link (a channel page's blocks)
    boxes: tuple[str, ...] = ()  # box_signature of the container holding the list's dated rows and of its parent
    rows: tuple[tuple[int, int], ...] = ()  # where the items' rows are in the page's text (PageIndex.text)
    # Headed blocks of dated rows (block_key, the URLs they link): the build finds the side boxes of a template among
    # them (model/builder.py _without_site_boxes).
    blocks: tuple[tuple[str, tuple[str, ...]], ...] = ()
    side: tuple[tuple[int, int], ...] = ()  # where the rows of the side boxes left out (`skip_blocks`) are, a span a box


# A class numbering one instance of a template block beside the block's own class: PageAdmin's
# `sublanmu_box sublanmu_box_626`, `current_location current_location_647` (the column's id).
_INSTANCE_CLASS = re.compile(r"^(.+?)[_-]\d+$")


def _template_classes(value: str | None) -> str:
    """The element's class tokens without those numbering an instance of another of its tokens."""
    tokens = (value or "").split()
    return " ".join(t for t in tokens if not ((m := _INSTANCE_CLASS.match(t)) and m.group(1) in tokens))


def box_signature(el: lxml.etree._Element) -> str:
    """A container's place in its page template: its tag and class and those of its two nearest
    ancestors (`ul.xa<div.xb<div.xc`), without a class numbering the column (`sublanmu_box_626`
    beside `sublanmu_box`). The same list container of a site's column pages has the same
    signature on every page, whatever words the CMS names it with."""
    parts = []
    for node in (el, *islice(el.iterancestors(), 2)):
        parts.append(f"{node.tag}.{_template_classes(node.get('class'))}")
    return "<".join(parts)


_HEADING_TEXT = (2, 12)  # characters of a box's heading (最新动态, 通知公告 更多 without its 更多)
_HEADING_LEVELS = 3  # levels up from a list container its heading may stand beside (a layout table's heading row)


def box_heading(container: lxml.etree._Element) -> str:
    """The short heading a box shows right before its list container: the text of the nearest element before it
    (`<h3>最新动态</h3><ul>`; `<div class="tit"><span>通知公告</span><a>更多</a></div><ul>`, its 更多 aside), or of the one
    before its parent, up to a layout table's heading row (`<tr><td>最新信息</td></tr><tr><td><ul>`); '' without one."""
    node: lxml.etree._Element | None = container
    for _ in range(_HEADING_LEVELS):
        if node is None:
            return ""
        prev = node.getprevious()
        while prev is not None and (not isinstance(prev.tag, str) or not "".join(prev.itertext()).strip()):
            prev = prev.getprevious()
        if prev is not None:
            text = "".join(prev.itertext())
            for a in prev.iter("a"):  # a title bar's 更多 link is no part of its heading
                if more_text(shown := " ".join("".join(a.itertext()).split())):
                    text = " ".join(text.split()).replace(shown, " ")
            text = "".join(text.split())
            return text if _HEADING_TEXT[0] <= len(text) <= _HEADING_TEXT[1] and not any(c.isdigit() for c in text) else ""
        node = node.getparent()
    return ""


def block_key(container: lxml.etree._Element) -> str:
    """A headed list block's place in its template and its heading (`ul.<div.right-box<body.|最新动态`), '' when the
    block shows no heading: the same side box of a site's pages has the same key on every page."""
    heading = box_heading(container)
    return f"{box_signature(container)}|{heading}" if heading else ""


def key_heading(key: str) -> str:
    """The heading of a block_key."""
    return key.rpartition("|")[2]


def _boxes(container: lxml.etree._Element) -> tuple[str, ...]:
    parent = container.getparent()
    return (box_signature(container),) if parent is None else (box_signature(container), box_signature(parent))


def _list_boxes(chosen: list[lxml.etree._Element], groups: dict[lxml.etree._Element, list[ListItem]]) -> tuple[str, ...]:
    """The `_boxes` of a list's container: of its rows' common parent when each row is a container of
    its own (`<div class="list"><div class="item"><div class="tit"><a/></div><div class="time">` rows),
    so that an empty column's area (the same `div.list`, or the box holding its heading alone) matches.
    `chosen`: the containers of the dated rows, else of the undated ones (ThinkCMF's `m-d` rows, their year
    unknown): an empty column's area matches either."""
    if not chosen:
        return ()
    parent = chosen[0].getparent()
    if len(chosen) > 1 and parent is not None and all(c.getparent() is parent and len(groups[c]) == 1 for c in chosen):
        return _boxes(parent)
    return _boxes(chosen[0])


def _year_before(years: list[tuple[int, int | None]], offset: int) -> int | None:
    year = None
    for at, value in years:
        if at > offset:
            break
        year = value
    return year


def _year_strips(years: list[tuple[int, int]], rows: list[tuple[int, lxml.etree._Element, bool, str]],
                 current: tuple[str, ...]) -> list[tuple[int, int | None]]:
    """(offset, year) from which rows are dated by the year headings: a run of year headings with
    no row between them (a strip of year tabs 2026年 2025年 2024年) dates the rows after it only
    where it says which rows are which year: tab by panel, in order, when as many lists of rows
    follow the strip as it has tabs (every year's panel in the page); its highlighted tab when
    one list follows it (the other years are other pages); otherwise the rows' year is unknown
    (None), never the strip's last. `rows` are (start, container, dated, url) of the list rows, in order;
    only containers of rows showing a date are panels (the footer's links after the last panel are none),
    and a container whose rows all repeat another's is none (a 最新 box over a panel's list, its phone copy)."""
    marked = {int(m.group(1)) for c in current if (m := _YEAR_HEADING.match(c))}
    starts = [at for at, _, _, _ in rows]
    out: list[tuple[int, int | None]] = []
    run: list[int] = []
    for i, (at, value) in enumerate(years):
        run.append(value)
        following = years[i + 1][0] if i + 1 < len(years) else None
        first = bisect.bisect_right(starts, at)
        last = len(starts) if following is None else bisect.bisect_right(starts, following)
        if first == last and following is not None:
            continue  # no row between this heading and the next: one strip
        if len(set(run)) == 1:
            out.append((at, value))
        else:
            panels: dict[lxml.etree._Element, int] = {}  # the strip's lists of rows, each at its first row
            shown_rows: dict[lxml.etree._Element, set[str]] = {}
            for start, container, dated, url in rows[first:last]:
                if dated:
                    panels.setdefault(container, start)
                    shown_rows.setdefault(container, set()).add(url)
            firsts = dict(panels)
            for container, urls in shown_rows.items():
                if any(other is not container and (urls < others or urls == others and firsts[other] < firsts[container])
                       for other, others in shown_rows.items()):
                    del panels[container]
            shown = set(run) & marked
            if len(panels) == len(run) == len(set(run)):
                out.extend(zip(panels.values(), run))
            else:
                out.append((at, shown.pop() if len(panels) == 1 and len(shown) == 1 else None))
        run = []
    return out


def tooltip(attr: str | None) -> tuple[str | None, tuple[datetime.date, str] | None]:
    """(title, (date, text)) a row link's title attribute states as labelled lines (文章标题：…,
    更新时间：…); (None, None) for a plain title attribute."""
    if not attr or ("：" not in attr and ":" not in attr):
        return None, None
    title, when = None, None
    for line in _TIP_LINE.split(attr):
        m = _TIP_LABEL.match(line)
        if m is None:
            continue
        label = "".join(m.group(1).split())  # 作&nbsp;&nbsp;者 -> 作者
        if label in _TIP_TITLES and title is None:
            title = clean(m.group(2)) or None
        elif label in _TIP_DATES and when is None and (found := find_dates(m.group(2))):
            when = found[0]
    return title, when


_DATE_WRAP = " \t[]【】()（）"
_DATE_OPEN = " \t[【(（"  # a date's opening bracket, before it
_DATE_CLOSE = " \t]】)）"  # and its closing one, after it


def _row_date(row_text: str, link_text: str, year: int | None,
              tip: tuple[datetime.date, str] | None = None) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, text read) for a list row; a row's date usually ends the row. A row that
    shows no full date is dated by its link's tooltip date (`tip`) when the month and day it
    shows, if any, agree with it: the year of a `09-03` row is in the tooltip."""
    outside = row_text.replace(link_text, " ") if link_text else row_text
    dates = find_dates(outside) or find_dates(row_text)
    if dates:
        return dates[-1][0].isoformat(), dates[-1][1]
    if box := calendar_date(outside):  # `<span class="day">20</span><span class="month">2025-11</span>`
        return box[0].isoformat(), box[1]
    if tip is not None:
        shown = find_month_days(outside, tip[0].year)
        if not shown or shown[-1][0] == tip[0]:
            return tip[0].isoformat(), tip[1]
    if year is not None:  # `05-06` rows under a `2024年` heading
        days = find_month_days(outside, year)
        if days:
            return days[-1][0].isoformat(), days[-1][1]
        # a link holding its whole row (`<a><span>03-15</span><span>title</span></a>`): the
        # month and day opening or closing the link's text, not one inside its title (3.15晚会)
        days = find_month_days(link_text, year) if link_text else []
        shown = link_text.strip(_DATE_WRAP)
        for when, text in days[:1] + days[-1:]:
            if shown.startswith(text.strip(_DATE_WRAP)) or shown.endswith(text.strip(_DATE_WRAP)):
                return when.isoformat(), text
    return None, None


def _without_date(title: str, date_text: str, outside: str) -> str:
    """A title read from a link that holds its whole row (`<a><p>title</p><span>2026-01-22</span></a>`,
    gzw.sz.gov.cn), without the row's date at its end or start; the title as it is when the
    date stands outside the link or nothing would be left."""
    if date_text in outside:
        return title
    # Only the brackets around the date go with it: a title's own `（第五批）` before the date stays.
    end = title.rstrip(_DATE_CLOSE)  # `…情况(2020-01-06)`
    if (clock := _CLOCK_END.search(end)) and end[: clock.start()].endswith(date_text):
        end = end[: clock.start()]  # `…情况2020-01-06 15:05:07`: the row's time goes with its date
    start = title.lstrip(_DATE_OPEN)  # `[2017-09-15]山东省…`
    if end.endswith(date_text):
        rest = end[: -len(date_text)].rstrip(_DATE_OPEN)
    elif start.startswith(date_text):
        rest = start[len(date_text):].lstrip(_DATE_CLOSE)
    else:
        return title
    return rest if len(rest) >= 4 else title


def _list_marker(index: PageIndex) -> bool:
    """has_empty_marker of the page's text, a side widget's own marker left out (推荐阅读 over 暂无资料:
    动易 SiteFactory shows that box on every page, beside a guide's text or a full list). The widget's box
    is the largest short element holding its heading: when that box holds more than the heading and ends
    before the marker, the marker is the next box's (a 友情链接 box whose only content, a `<select>` jump
    menu, shows no text, right before the page's own 未找到)."""
    text = index.text
    if EMPTY_MARKER.search(text) is None:
        return False
    for start, end in index.short_heads:
        if " ".join(text[start:end].split()) in WIDGET_HEADINGS and (hit := _WIDGET_EMPTY.match(text, end)):
            box_end = max(e for s, e in index.short_heads if s <= start and e >= end)
            words_end = start + len(text[start:end].rstrip())  # (the heading's own text: OPEN and SEP are blanks)
            if hit.end() > box_end and OPEN in text[words_end:box_end]:
                continue
            text = text[: hit.start()] + " " * (hit.end() - hit.start()) + text[hit.end():]
    return has_empty_marker(text)


def has_empty_marker(text: str) -> bool:
    """_EMPTY.search(text) is not None, trying _EMPTY only where it can start: a match
    holds a marker after nothing but blanks and an apology (and a boundary, or the text's
    start, before)."""
    for hit in EMPTY_MARKER.finditer(text):
        at = start = hit.start()
        while start > 0 and (text[start - 1].isspace() or text[start - 1] in _APOLOGY):  # isspace() is `re`'s \s
            start -= 1
        if any(_EMPTY.match(text, i) for i in range(start, at + 1)):
            return True
    return False


def declared_counts(scripts: str) -> list[int]:
    """Record counts (recordCount=25, totalRecord: "25" …) declared in `scripts`."""
    return [int(n) for n in DECLARED_COUNT.findall(scripts.lower())]


def _candidates(index: PageIndex, related_ok: set[int]) -> list[tuple[LinkSpan, Span, str | None]]:
    """(link, row, title) for the first titled link of every row. A picture row's first link
    is often an image-only thumbnail: it does not take the row, a later title link does; a
    thumbnail is the row's item (titled by its image's alt) only when no text link names
    its URL."""
    out: list[tuple[LinkSpan, Span, str | None]] = []
    seen: set[int] = set()
    thumbs: list[tuple[LinkSpan, Span, str | None]] = []
    shared: dict[int, list[LinkSpan]] = {}  # later links of a row that is no li/tr/dl/dd (a <div> of links)
    for ls in index.links:
        span, row = ls.span, ls.row
        if ls.link.tag != "a" or row is None or span.chrome or span.hidden or span.related in related_ok:
            continue
        if id(row) not in seen and _date_link(index, ls, row):
            continue
        if id(row) in seen:
            if row.el.tag not in _ROW_TAGS:
                shared.setdefault(id(row), []).append(ls)
            continue
        if span.end - span.start < 64 and not span.el.get("title") and (
                not (words := index.text[span.start : span.end].split()) or " ".join(words) in MORE_TEXTS):
            # no text (boundaries are whitespace to split()): an image or an icon; or a 详情 button
            img = next(span.el.iter("img"), None)
            if img is not None:
                thumbs.append((ls, row, clean(img.get("alt")) or clean(img.get("title")) or None))
            continue
        seen.add(id(row))
        out.append((ls, row, None))
    if shared:
        out = _own_rows(index, out, shared)
    if thumbs:
        linked = {ls.link.url for ls, _, _ in out}
        kept: dict[str, tuple[LinkSpan, Span, str | None]] = {}
        for thumb in thumbs:
            if thumb[2] and id(thumb[1]) not in seen and thumb[0].link.url not in linked and thumb[0].link.kind == "page":
                kept.setdefault(thumb[0].link.url, thumb)
        if kept:
            out = sorted([*out, *kept.values()], key=lambda c: c[0].span.start)
    return out


# A class token that carries a record's id (WordPress's post_class(): `<article class="post-1307 post type-post …">`,
# each row its own container): no part of the containers' shape, whatever word (or generated name: `x5e0f-1307`)
# the id follows.
_ID_TOKEN = re.compile(r"(?<!\S)[A-Za-z]\w*?[-_]\d{3,}(?!\S)")
# A class token marking a row's place among its siblings (zebra and edge classes: Drupal 7 Views' `views-row views-row-1
# views-row-odd views-row-first` … `views-row-2 views-row-even views-row-last`): no part of its shape either. With them,
# a list's two rows (a later page's last two) had no shape in common and one was read.
_PLACE_TOKEN = re.compile(r"^(?:[A-Za-z][\w-]*[-_])?(?:odd|even|first|last)$")


def _row_shape_classes(value: str) -> str:
    """A row container's classes as its shape: without record ids, instance numbers and place tokens."""
    return " ".join(t for t in _template_classes(_ID_TOKEN.sub("", value)).split() if not _PLACE_TOKEN.match(t))


def _only_date(text: str) -> bool:
    """Whether `text` (blanks collapsed) is one date and nothing else."""
    return bool(text) and text[0].isdigit() and bool(found := find_dates(text)) and found[0][1] == text


def _date_link(index: PageIndex, ls: LinkSpan, row: Span) -> bool:
    """Whether the link shows only a date and a later link of its row (or of the row around it) names the same page
    with a title:
    WordPress's time link (Twenty Seventeen's `<a href=PERMALINK rel="bookmark"><time>2026年11月18日</time></a>`
    before each row's `h2.entry-title` link) is the row's date; the title link takes the row."""
    if not _only_date(index.text_of(ls.span)):
        return False
    return any(o.row is not None and o.row.start <= row.start and row.end <= o.row.end  # its row, or a row around it
               and o.span.start > ls.span.start and o.link.url == ls.link.url
               and (t := index.text_of(o.span)) and not _only_date(t) for o in index.links)


_DATE_BLOCK = 32  # characters of a block that shows a row's date and perhaps its label (发布时间：)


def _block_text(el: lxml.etree._Element, tag: str = "div") -> str | None:
    """The text of a link-less block (a `tag`) short enough to show a date and little else, or None."""
    if el.tag != tag or len(el) > 4 or next(el.iter("a"), None) is not None:  # a date's block has few children
        return None
    parts, size = [], 0
    for part in el.itertext():  # stops early: the block beside a row may be a long body
        parts.append(part)
        size += len(part)
        if size > 4 * _DATE_BLOCK:
            return None
    text = " ".join("".join(parts).split())
    return text if len(text) <= _DATE_BLOCK else None


def _date_block(el: lxml.etree._Element, tag: str = "div") -> tuple[str, str] | None:
    """(YYYY-MM-DD, text) of a link-less block (a `tag`) showing one date and little else."""
    found = find_dates(text) if (text := _block_text(el, tag)) is not None else []
    return (found[0][0].isoformat(), found[0][1]) if len(found) == 1 else None


def _cell_row(row: lxml.etree._Element) -> bool:
    """True for a row whose date may stand in a block beside its title's: a row of <div>s, or an <li> cell of a list
    all of whose links lead to its one item (a <ul> a row; in a list of linking <li> rows the next is another row)."""
    if row.tag == "div":
        return True
    parent = row.getparent()
    return row.tag == "li" and parent is not None and len({a.get("href") for a in parent.iter("a")}) == 1


def _beside(row: lxml.etree._Element) -> lxml.etree._Element | None:
    """The block beside a row made only of <div>s that may show its date: the one after its title's
    block, or before it when the container opens with a date (date-first rows), a month and day alone too."""
    parent = row.getparent()
    if parent is None or len(parent) < 2:
        return None
    dates_first = parent[0] is not row and (_date_block(parent[0], row.tag) is not None or _month_day_block(parent[0]))
    return row.getprevious() if dates_first else row.getnext()


def _month_day_block(el: lxml.etree._Element) -> bool:
    """True when the block shows a month and day alone (`<div class="time">[03-02]</div>`)."""
    text = _block_text(el)
    return text is not None and len(text.strip(_DATE_WRAP)) <= 5 and bool(find_month_days(text, 2000))


def _sibling_date(row: lxml.etree._Element, year: int | None = None) -> tuple[str, str] | None:
    """The date a row made only of <div>s shows in the block beside its title's block:
    `<div class="row"><div class="t"><a/></div><div class="d">2026-03-01</div></div>`, or runs of
    `<div class="title"><a/></div><div class="date">2015-12-12</div>` in one container; a month and day
    alone (`<div class="time">[06-10]</div>`) under a `2026年` heading or tab takes its `year`. A row made of `<li>`
    cells reads its date from the `<li>` beside its title's: 云南 集约化's `<ul class="zclist"><li>文号</li><li><a/></li>
    <li>2026-10-22</li></ul>`, one `<ul>` a row."""
    beside = _beside(row)
    found = _date_block(beside, row.tag) if beside is not None else None
    if found is None and year is not None and beside is not None and _month_day_block(beside):
        day = find_month_days(_block_text(beside) or "", year)[0]
        found = day[0].isoformat(), day[1]
    return found or _cell_date(row)


def _cell_date(row: lxml.etree._Element) -> tuple[str, str] | None:
    """The date a grid row shows in a cell of its own beside the cell that wraps its title's block alone,
    all the row's links leading to its one item: EyouCMS's stock picture list (template/pc/lists_article.htm)
    `<div class="line list-news"><div class="x4"><a><img/></a></div><div class="x1"><div class="time"><p>26</p>
    <p>2025-08</p></div></div><div class="x6"><div class="news"><h3><a/></h3><p>…</p></div></div><div class="x1">
    <a>→</a></div></div>`, a calendar box (day, then year and month) or a plain date."""
    cell = row
    while (parent := cell.getparent()) is not None and parent.tag == "div" and len(parent) == 1:
        cell = parent
    parent = cell.getparent()
    if cell is row or parent is None or len({a.get("href") for a in parent.iter("a")}) != 1:
        return None
    for other in parent:
        if other is not cell and (text := _block_text(other)) is not None:
            found = find_dates(text)
            if len(found) == 1:
                return found[0][0].isoformat(), found[0][1]
            if box := calendar_date(text):
                return box[0].isoformat(), box[1]
    return None


def _calendar_child(row: lxml.etree._Element) -> tuple[str, str] | None:
    """The date of a row shown in a calendar box of its own among the row's children, the row's text running on
    after it (an intro, a 更多 link): CmsEasy's stock list (`archive/list_text_column.html`) `<div class="news-list">
    <div class="list-date"><span>18</span><p>2026-11</p></div><h4><a/></h4><p>intro… <a>[更多]</a></p></div>`.
    Read only from a link-less child that is the box alone, as `_cell_date` reads a cell's."""
    for child in row:
        if isinstance(child.tag, str) and (text := _block_text(child)) is not None and (box := calendar_date(text)):
            return box[0].isoformat(), box[1]
    return None


def _sibling_month_day(row: lxml.etree._Element) -> bool:
    """True when the block beside such a row shows a month and day alone (`<div class="time">[03-02]</div>`)."""
    beside = _beside(row)
    return beside is not None and _month_day_block(beside)


def _end_elements(a: lxml.etree._Element) -> list[str]:
    """Texts of the elements opening and closing a link (no link inside), whitespace collapsed, brackets stripped."""
    texts = []
    for child in (a[0], a[-1]) if len(a) else ():
        if isinstance(child.tag, str) and next(child.iter("a"), None) is None:
            texts.append(" ".join("".join(child.itertext()).split()).strip(_DATE_WRAP))
    return texts


_CLOCK = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?")  # a time after a date: `2017-09-15 14:31:16`
_CLOCK_END = re.compile(_CLOCK.pattern + "$")


def _element_date(a: lxml.etree._Element) -> tuple[str, str] | None:
    """The date a link shows in an element of its own opening or closing it, read apart from the title
    it runs into: `<a><span>2017-10-15</span>2017慈溪养生旅游节隆重开幕</a>` (国家旅游局, TRS) reads
    `2017-10-152017慈溪…` as one text, where no date ends before the title's digits."""
    for text in _end_elements(a):
        found = find_dates(text) if len(text) <= _DATE_BLOCK else []
        if len(found) == 1 and (found[0][1] == text or _CLOCK.fullmatch(text, len(found[0][1])) and text.startswith(found[0][1])):
            return found[0][0].isoformat(), text  # the element's whole text, a time after the date too
    return None


def _history_note(a: lxml.etree._Element) -> str | None:
    """The text (whitespace collapsed, as PageIndex.text_of) of an element closing a link after its title
    that is wholly in brackets, dated and worded as a rule's legal history (htmlvocab.HISTORY_NOTE): its
    dates are the rule's, not the row's."""
    last = a[-1]
    if not isinstance(last.tag, str) or next(last.iter("a"), None) is not None:
        return None
    shown = " ".join("".join(last.itertext()).split())
    if shown[:1] not in "(（" or shown[-1:] not in ")）" or not HISTORY_NOTE.search(shown) or not find_dates(shown):
        return None
    return shown if " ".join("".join(a.itertext()).split()) != shown else None


def _element_month_day(a: lxml.etree._Element) -> str | None:
    """The text of an element of its own opening or closing a link that shows a month and day alone
    (`<a>从小县城到“大景区”…<span class="time">10.11</span></a>`), or None."""
    return next((text for text in _end_elements(a) if len(text) <= 5 and find_month_days(text, 2000)), None)


def _dated_link(text: str) -> bool:
    """True when a link's text opens or closes with a date, written whole or as month and day."""
    shown = text.strip(_DATE_WRAP)
    found = find_dates(shown) or find_month_days(shown, 2000)
    return bool(found) and (shown.startswith(found[0][1].strip(_DATE_WRAP)) or shown.endswith(found[-1][1].strip(_DATE_WRAP)))


def _line_rows(index: PageIndex, row: Span, links: list[LinkSpan]) -> list[tuple[LinkSpan, Span, str | None]] | None:
    """Rows written as lines of one block (`<div><a>title</a>&nbsp;[2026-11-14]<br><a>…`, a hand-kept
    list page): when a line break or block end separates each link from the next and each link's
    line shows one date after it (`[09-11]` too: a year tab dates it), each line is a row, a span of the
    block's text; else None."""
    lines: list[tuple[LinkSpan, Span, str | None]] = []
    for k, ls in enumerate(links):
        end = links[k + 1].span.start if k + 1 < len(links) else row.end
        after = index.text[ls.span.end : end]
        shown = {found for found, _ in find_dates(after) or find_month_days(after, 2000)}  # a phone card repeats it
        if k + 1 < len(links) and SEP not in after and OPEN not in after or len(shown) != 1:
            return None
        line = Span(row.el, ls.span.start, row.chrome, row.related, row.hidden)
        line.end = end
        lines.append((ls, line, None))
    return lines


def _own_rows(index: PageIndex, out: list[tuple[LinkSpan, Span, str | None]],
              shared: dict[int, list[LinkSpan]]) -> list[tuple[LinkSpan, Span, str | None]]:
    """Links that are each a whole row (`<div class="archive-list"><a class="archive-row"><span>03-15</span>
    <span>title</span></a>…`): when every link of a block that is no li/tr/dl/dd holds its own date,
    each link is its row; so is each line of a block of dated lines (_line_rows); a block of undated
    links (a menu, a link grid) stays one row."""
    rows: list[tuple[LinkSpan, Span, str | None]] = []
    for ls, row, alt in out:
        links = [ls, *shared.get(id(row), ())]
        if len(links) > 1 and all(_dated_link(index.text_of(link.span)) for link in links):
            rows.extend((link, link.span, None) for link in links)
        elif len(links) > 1 and (lines := _line_rows(index, row, links)):
            rows.extend(lines)
        else:
            rows.append((ls, row, alt))
    return rows


def extract_listing(index: PageIndex, scripts: str, related_boxes: set[int], skip: frozenset[str] = frozenset(),
                    own_column: bool = False, skip_blocks: frozenset[str] = frozenset()) -> ListingFacts:
    """Items of the page's main list. Rows are grouped by their container; the container
    with the most dated rows wins, together with sibling containers of the same shape
    (CMSs split one list into several <ul>s). `scripts` is the page's inline script text;
    links inside `related_boxes` (indexes into index.related) are not list items, nor rows
    linking a URL of `skip` (a sidebar the site shows on its column pages, see builder), nor rows
    of a block whose block_key is in `skip_blocks` (a side box of the site's template, see builder).
    `own_column`: the page links its own address under its own name (a column page, not a hub)."""
    # The pattern allows any whitespace wherever it allows some, so it can read the raw slice.
    candidates = _candidates(index, related_boxes)
    years: list[tuple[int, int | None]] = sorted(
        (start, int(m.group(1))) for start, end in index.short_heads if (m := _YEAR_HEADING.match(index.text[start:end])))
    if len(years) > 1:
        rows = sorted(((row.start, row.el.getparent(), bool(find_month_days(text := index.text_of(row), 2000) or find_dates(text)),
                        ls.link.url) for ls, row, _ in candidates), key=lambda r: r[0])
        years = _year_strips(years, rows, index.current)
    groups: dict[lxml.etree._Element, list[ListItem]] = {}
    shapes: dict[lxml.etree._Element, tuple[str, str]] = {}
    month_days: dict[lxml.etree._Element, int] = {}  # rows showing a date without its year (`[10-12]`)
    noted: set[int] = set()  # ids of items whose link notes a rule's history: a document's, however short its title
    placed: dict[int, tuple[int, int]] = {}  # item id -> its row's span
    keys: dict[lxml.etree._Element, str] = {}  # container -> its block_key, found once a container
    side: dict[lxml.etree._Element, tuple[int, int]] = {}  # a side box's container -> the span of its rows
    side_rows: list[str] = []  # the side boxes' rows' links, in order
    for ls, row, alt in candidates:
        if skip_blocks:  # first: a side box's row linking the page itself is the box's too
            box = row.el.getparent() if row.el.getparent() is not None else row.el
            if box not in keys:
                keys[box] = block_key(box)
            outer = box.getparent()  # a box of rows that are each a container of their own (_headed_blocks)
            if keys[box] not in skip_blocks and outer is not None:
                if outer not in keys:
                    keys[outer] = block_key(outer)
                box = outer if keys[outer] in skip_blocks else box
            if keys[box] in skip_blocks:
                start, end = side.get(box, (row.start, row.end))
                side[box] = (min(start, row.start), max(end, row.end))
                side_rows.append(ls.link.url)
                continue
        if skip and ls.link.url in skip:
            continue
        if _FIELD_VALUE.search(index.text, max(row.start, ls.span.start - 24), ls.span.start):
            continue
        a = ls.span.el
        link_text = index.text_of(ls.span)
        attr = a.get("title")
        tip_title, tip_date = tooltip(attr)
        title = tip_title or (None if tip_date else clean(attr)) or clean(link_text) or alt
        if not title or link_text in PAGER_TEXTS or link_text.isdigit() or link_text in HOME_STEPS \
                or not attr and more_text(" ".join(link_text.split())):
            continue  # a pager's link, the 首页 of a menu beside a date (本指南于…更新) or a row's 详细 button is no row
        row_text = index.text_of(row)
        if "今" in row_text:  # a header's 今天：2024年2月22日 星期四 beside a link dates no row
            row_text = TODAY_LABELLED.sub(" ", row_text)
        # A date in an element of its own opening or closing the link is read first: run into the
        # title's text (`2017年06月27日2017年全国…`), the row's text splits them wrongly.
        own = _element_date(a) if len(a) else None
        note = _history_note(a) if own is None and len(a) > 1 else None
        if note and note in link_text:
            link_text = link_text.replace(note, " ")
            row_text = row_text.replace(note, " ")
            if not (tip_title or attr):
                title = clean(link_text)
        date, date_text = own or _row_date(row_text, link_text, _year_before(years, row.start) if years else None, tip_date)
        if date is None and _cell_row(row.el) and (beside := _sibling_date(row.el, _year_before(years, row.start) if years else None)):
            date, date_text = beside
        if date is None and (box := _calendar_child(row.el)):
            date, date_text = box
        if date_text and title == clean(link_text):
            title = _without_date(title, date_text, row_text.replace(link_text, " "))
        elif date is None and title == clean(link_text) and (shown := _element_month_day(a)):
            # `<a>{title}<span>11-18</span></a>` (ThinkCMF themes): the month and day are no part of the title
            title = _without_date(title, shown, row_text.replace(link_text, " "))
        if not (tip_title or attr) and (field := ROW_FIELD_LABEL.search(title)) and field.start() >= _MIN_TITLE:
            title = title[:field.start()]  # the row's 发文字号/成文日期 after the title, inside the link
        if len(title) < 4 and date is None:  # short links are navigation unless dated
            continue
        parent = row.el.getparent()
        key = parent if parent is not None else row.el
        pinned = bool(_PINNED.search(row_text)) or "top" in (row.el.get("class") or "").split()
        item = ListItem(title=title, url=ls.link.url, date=date, date_text=date_text, pinned=pinned)
        groups.setdefault(key, []).append(item)
        placed[id(item)] = (row.start, row.end)
        if note:
            noted.add(id(item))
        shapes[key] = (row.el.tag, _row_shape_classes(key.get("class") or ""))
        if date is None and (find_month_days(row_text.replace(link_text, " ") if link_text else row_text, 2000)
                             or _element_month_day(a) or row.el.tag == "div" and _sibling_month_day(row.el)):
            month_days[key] = month_days.get(key, 0) + 1
    if side:
        for copy in _box_copies(index, groups, side, side_rows):
            spans = [placed[id(i)] for i in groups.pop(copy)]
            side[copy] = (min(s for s, _ in spans), max(e for _, e in spans))
            shapes.pop(copy, None)
            month_days.pop(copy, None)
    visible = [int(n) for n in VISIBLE_COUNT.findall(index.text)] if "共" in index.text else []
    if "页" in index.text:
        visible += [int(n) for n in BARE_PAGE_RECORDS.findall(index.text)]
    if "每页" in index.text:
        visible += [int(a or b) for a, b in VISIBLE_TOTAL.findall(index.text)]
    declared = declared_counts(scripts) + visible
    declared_count = max(declared) if declared else None
    counts = PAGE_COUNT.findall(scripts) if any(w in scripts for w in PAGE_COUNT_WORDS) else []
    pages = [int(a or b) for a, b in counts]
    plugins = [pager.pages for pager in plugin_pagers(scripts)]  # laypage, jqPaginator settings (two or more)
    pages += plugins
    # A list pager a script draws from its stated total (TRS `createPageHTML(21, 0, "index", "html")`, a
    # plugin's settings) pages a list as a visible one does. (`countPage` also numbers an article's pages.)
    drawn_pager = bool(plugins) or any(int(a) > 1 for a, _ in counts if a)
    shown_pages: list[int] = []  # a list pager's visible total (共4页, 第1/4页)
    if groups and ("共" in index.text or "页次" in index.text):
        shown_pages = [int(n) for m in page_totals(index.text) for n in m if n] + counted_totals(index.text)
        pages += shown_pages
    if groups and "/" in index.text:  # Epoint's `首页 上页 1/15 下页 末页`
        pages += bare_totals(index.text)
    # A server-written pager saying 共0条 is an observed empty list, not a script's.
    script_list = bool(declared) and not (declared_count == 0 and len(visible) == len(declared)) or index.templates > 0
    dated = {c: items for c, items in groups.items() if any(i.date for i in items)}
    items: list[ListItem] = []
    chosen: list[lxml.etree._Element] = []
    undated: list[lxml.etree._Element] = []  # the containers of a list whose rows show `[10-12]`
    # A paged list whose rows show `[10-12]` and nowhere their year: a list all the same, its
    # items undated (the column is then dated by its documents). Without a pager such rows are
    # a hub's or a homepage's blocks, unless they are one block on a page that links itself under
    # its own name (MetInfo's `m-d` list date setting on a one-page column: trail and side menu).
    # Its other parts sit beside it: rows of the same shape elsewhere (a header's scrolling notices
    # dated `05-17`, each in a table of its own) are another block.
    # Fewer rows are a list's too when they are the page's one block of such rows over a pager
    # (a list's last page: one `(03-29)` row above 共11条 首页 上页 1 2). A pager stating 共2页 第2页 is one even
    # with nothing linked (TRS's and 大汉's on a last page link only 下一页 and 尾页: there, none).
    month_day_list = bool(month_days) and bool(visible or _pager_links(index) or drawn_pager or max(shown_pages, default=0) > 1
                                               or own_column and _one_block(month_days, groups))
    parts = _month_day_parts(groups, month_days, shapes) if month_day_list else []
    if parts and not (sum(month_days[c] for c in parts) >= _MONTH_DAY_ROWS or len(month_days) == 1 and _pager_links(index)):
        parts = []
    if dated:
        # One-row containers standing three or more side by side are one list's rows (_row_containers) and weigh as
        # such: each of WordPress's posts is an <article> of its own, and a side box of five dated rows outweighed one.
        singles = Counter((c.getparent(), c.tag) for c, group in dated.items() if len(group) == 1)
        best = max(dated, key=lambda c: singles[(c.getparent(), c.tag)]
                   if len(dated[c]) == 1 and singles[(c.getparent(), c.tag)] >= _ROW_CONTAINERS
                   else sum(1 for i in dated[c] if i.date))
        siblings = _row_containers(best, dated)
        for container, group in dated.items():  # dicts keep document order
            if container is best or shapes[container] == shapes[best] or container in siblings:
                items.extend(group)
                chosen.append(container)
        if parts and _repeats_rows_of(items, [i for c in parts for i in groups[c]]):
            items, chosen = [], []  # a 最新 box over the list: the list is the page's
    if not items and parts:
        for container in parts:
            items.extend(groups[container])
            undated.append(container)
    elif not items and not month_day_list and groups and (visible and max(visible) > 0 or _pager_links(index) or drawn_pager
                                                          or max(shown_pages, default=0) > 1):
        # A list whose rows show no date at all (a picture list: a thumbnail and a title a row; a law
        # library's rules, their history noted under their names) under a pager, stating its record
        # count or not (`1 2 … 下一页 末页`, or a script's `createPageHTML('page_div',5, 1,'fg','shtml',89)`):
        # its items, undated (the column is then dated by its documents). Its rows are article-like
        # titles (most of them: a picture list's 青枫社区召开居民议事会 is short), never a menu's short names.
        # Rows made of <div>s are each a container of their own (YzmCMS's search results: `<div class="yzm-news"><a>
        # <img></a><div class="yzm-news-right"><a>title</a><p>…</p></div></div>` a row): same-shape siblings are one list.
        titled: dict[tuple[tuple[str, str], lxml.etree._Element | None], list[lxml.etree._Element]] = {}
        for c, group in groups.items():
            if 2 * sum(1 for i in group if len(i.title) >= _ARTICLE_TITLE or id(i) in noted) > len(group):
                titled.setdefault((shapes[c], c.getparent()), []).append(c)
        parts = max(titled.values(), key=lambda cs: sum(len(groups[c]) for c in cs), default=[])
        rows = sum(len(groups[c]) for c in parts)
        if parts and _MONTH_DAY_ROWS <= rows <= max(visible or [rows]):
            for container in parts:
                items.extend(groups[container])
    if items:  # a partial static list (declared > static) still shows the newest items
        state = "listed"
    elif script_list and index.templates and empty_island(scripts):
        # A client template's row (`{{item.title}}`) beside a literal whose empty array the server counts as 0:
        # the server's word that the list has nothing, as an empty Hanweb island is.
        state = "empty"
    elif script_list:
        state = "not_observed"
    elif declared_count == 0 or _list_marker(index):
        # A marker or 共0条 is the list's own word, unless a script may still fill the list
        # (a placeholder it replaces); an empty Hanweb island is the server's data: none.
        state = "not_observed" if loads_data(scripts) and not empty_island(scripts) else "empty"
    else:
        state = "none"
    return ListingFacts(items, state, declared_count, script_list, max(pages) if pages else None,
                        _channel_blocks(chosen or undated), _list_boxes(chosen or undated, groups), tuple(placed[id(i)] for i in items),
                        _headed_blocks(dated, keys), tuple(side.values()))


_BLOCK_ROWS = 1  # dated rows of a headed block the build weighs as a possible side box (a frozen one may show one)


_BOX_CELL_TEXT = 3  # times a side box's text its cell may show before it holds more than the box and its copies


def _box_copies(index: PageIndex, groups: dict[lxml.etree._Element, list[ListItem]],
                side: dict[lxml.etree._Element, tuple[int, int]], side_rows: list[str]) -> list[lxml.etree._Element]:
    """The containers of `groups` that are headless copies of a side box's rows inside the box's cell (a phone layout's
    `<td><ul>rows</ul><div class="visible-xs"><ul>rows</ul></div></td>`): the same links in the same order as the box,
    in a cell showing little besides. Read as the page's list, an empty column showing the box was listed."""
    cells = set()
    for box, (start, end) in side.items():
        cell = box.getparent()
        if cell is not None and cell.tag not in ("body", "html") \
                and len("".join("".join(cell.itertext()).split())) <= _BOX_CELL_TEXT * len("".join(index.text[start:end].split())):
            cells.add(cell)
    out = []
    for block, parts in (_row_blocks(groups) if cells else {}).items():
        urls = [i.url for c in parts for i in groups[c]]
        if len(urls) >= 2 and any(urls == side_rows[k : k + len(urls)] for k in range(len(side_rows) - len(urls) + 1)) \
                and any(a in cells for a in block.iterancestors()):
            out += parts
    return out


def _row_blocks(groups: dict[lxml.etree._Element, list[ListItem]]) -> dict[lxml.etree._Element, list[lxml.etree._Element]]:
    """The blocks of `groups`: each container its own, but rows that are each a container of their own (`<div><div
    class="item">…</div>…`, _row_containers) one block, their parent's: block -> its containers, in order."""
    siblings = Counter((c.getparent(), c.tag) for c, group in groups.items() if len(group) == 1)
    blocks: dict[lxml.etree._Element, list[lxml.etree._Element]] = {}
    for container, group in groups.items():
        parent = container.getparent()
        one_row = len(group) == 1 and parent is not None and siblings[parent, container.tag] >= _ROW_CONTAINERS
        blocks.setdefault(parent if one_row else container, []).append(container)
    return blocks


def _headed_blocks(dated: dict[lxml.etree._Element, list[ListItem]],
                   keys: dict[lxml.etree._Element, str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(block_key, linked URLs) of the page's headed blocks of dated rows. Rows that are each a container of their own
    (`<div><div class="item"><div class="tit"><a/></div><div class="time">` …, _row_containers) are one block, their
    parent's."""
    out = []
    for container, parts in _row_blocks(dated).items():
        group = [i for c in parts for i in dated[c]]
        if sum(1 for i in group if i.date) < _BLOCK_ROWS:
            continue
        key = keys[container] if container in keys else block_key(container)
        if key:
            out.append((key, tuple(i.url for i in group if i.url)))
    return tuple(out)


def _row_containers(best: lxml.etree._Element, dated: dict[lxml.etree._Element, list[ListItem]]) -> set[lxml.etree._Element]:
    """When `best` holds one row, its siblings of its tag that each hold one row too, if they are three or more: a list
    whose every row is a container of its own, whatever their classes say of each row (zebra `odd`/`even`, each
    WordPress post's `category-<slug>`). (Two are no list: a document's 上一篇/下一篇 boxes.)"""
    if len(dated[best]) != 1:
        return set()
    parent = best.getparent()
    rows = {c for c, group in dated.items() if len(group) == 1 and c.tag == best.tag and c.getparent() is parent}
    return rows if len(rows) >= _ROW_CONTAINERS else set()


def _month_day_parts(groups: dict[lxml.etree._Element, list[ListItem]], month_days: dict[lxml.etree._Element, int],
                     shapes: dict[lxml.etree._Element, tuple[str, str]]) -> list[lxml.etree._Element]:
    """The containers of the page's longest block of rows showing month and day only, with the same-shape
    containers beside it (a row each, in rows made of <div>s)."""
    best = max(month_days, key=month_days.__getitem__)
    return [c for c in groups if c is best or (c in month_days and shapes[c] == shapes[best] and c.getparent() is best.getparent())]


def _one_block(month_days: dict[lxml.etree._Element, int], groups: dict[lxml.etree._Element, list[ListItem]]) -> bool:
    """True when the page's blocks of month-and-day rows are one list: one block, or blocks that repeat
    rows of one of them (its copy for phones, a 最新 box of its newest rows)."""
    if len(month_days) == 1:
        return True
    shown = {frozenset(i.url for i in groups[c] if i.url) for c in month_days}
    return sum(1 for rows in shown if not any(rows < other for other in shown)) == 1


def _repeats_rows_of(dated: list[ListItem], listed: list[ListItem]) -> bool:
    """True when every dated row links a row of a longer list of month-and-day rows: a 最新 box (and its
    phone copy) above a list repeats, dated in full, that list's newest rows (the vsb sample site's
    notices under the `order` mutation: three `2026年10月12日` rows over eight `[10-12]` rows and a pager).
    Taken for the list, they stood for the page, and its own rows were never read."""
    urls = {i.url for i in listed if i.url}
    shown = {i.url for i in dated if i.date}
    return len(urls) > len(shown) > 0 and shown <= urls


# A tab box's 更多 links sit in its strip, beside the panels that hold the lists: the list, its panel, the
# panels' box, the tab box (长宁区's `div.notic > ul.tabtit + div.tab-cont > div > ul`).
_TAB_BOX_LEVELS = 3


def _more_text(a: lxml.etree._Element) -> bool:
    return more_text(" ".join("".join(a.itertext()).split())) and bool(a.get("href"))


def _has_panels(container: lxml.etree._Element, box: lxml.etree._Element) -> bool:
    """True when `container` (a list) or one of its ancestors below `box` stands among siblings of its tag
    that each hold a list of the container's shape and no 更多 link: the panels of a tab box, side by side,
    whose 更多 links are the strip's (a sidebar's list beside the main one carries its own)."""
    shape = (container.tag, container.get("class"))
    node = container
    while node is not box and (parent := node.getparent()) is not None:
        panels = [other for other in parent if other.tag == node.tag
                  and any((el.tag, el.get("class")) == shape for el in other.iter(container.tag))]
        if len(panels) > 1:
            return not any(_more_text(a) for panel in panels for a in panel.iter("a"))
        node = parent
    return False


def _more_block(container: lxml.etree._Element) -> tuple[lxml.etree._Element, list[str]] | None:
    """The block of `container` that holds its 更多 link (its parent, else its grandparent) and the link's
    href; or a tab box around it (up to three levels up) whose strip carries one 更多 per tab over lists of
    the container's shape, and each of their hrefs."""
    block = container.getparent()
    for level in range(_TAB_BOX_LEVELS):
        if block is None:
            return None
        hrefs = list(dict.fromkeys(a.get("href", "") for a in block.iter("a") if _more_text(a)))
        if len(hrefs) > 1 and _has_panels(container, block):
            # a tab box: its panels (hidden but the first, or shown by a script) are the channel's blocks
            return block, hrefs
        if hrefs and level < 2:
            return block, hrefs[:1]
        block = block.getparent()
    return None


def _channel_blocks(containers: list[lxml.etree._Element]) -> int:
    """How many blocks with a 更多 link of their own (distinct targets) a list's same-shape containers
    sit in, counting the blocks beside theirs of the same tag and class whose list is empty: two or more
    make a channel page of blocks (新闻中心 with a block per child column, 互动交流 whose 在线访谈
    block shows no row yet), not a list."""
    hrefs: set[str] = set()
    for container in containers:
        found = _more_block(container)
        if found is None:
            continue
        block, more = found
        hrefs.update(more)
        parent = block.getparent()
        for other in parent if parent is not None and len(containers) == 1 else ():
            if other is not block and other.tag == block.tag and other.get("class") == block.get("class"):
                hrefs.update(a.get("href", "") for a in other.iter("a") if _more_text(a))
    return len(hrefs)


def _pager_links(index: PageIndex) -> bool:
    """True when the page links another page of its list by a pager's words (下一页, 上一页, 尾页), by a
    page-jump menu's numbered options (`<option value='…'>第2页</option>`), or by a page number in a block of
    page numbers only (a list's last page: `<div class="pages"><a href="…">1</a> <span>2</span></div>`)."""
    return any((shown := index.text_of(ls.span).strip()) in _PAGING or shown.isdecimal() and _numbers_block(index, ls.span)
               for ls in index.links if ls.link.tag == "a") \
        or sum(1 for ls in index.links if ls.link.tag == "option" and page_number(ls.link.text.strip()) is not None) > 1


def _numbers_block(index: PageIndex, span: Span) -> bool:
    """Whether the block around `span` (between block boundaries) shows page numbers only, two or more
    (`1 2`, `1 2 3 … 8`): a numbered pager."""
    text = index.text
    start = max(text.rfind(OPEN, 0, span.start), text.rfind(SEP, 0, span.start)) + 1
    ends = [at for at in (text.find(OPEN, span.end), text.find(SEP, span.end)) if at >= 0]
    words = text[start : min(ends) if ends else len(text)].split()
    return len(words) <= _PAGER_WORDS and sum(1 for w in words if page_number(w) is not None) >= 2 \
        and all(page_number(w) is not None or w in _PAGING or w in _ELLIPSES for w in words)


_PAGER_WORDS = 30  # a numbered pager's numbers and words, at most
_ELLIPSES = frozenset(("…", "...", "……"))


def empty_island(scripts: str) -> bool:
    """A Hanweb `<script type="text/xml">` list island with a recordset and no record, or a JSON list
    literal stating a count of 0 (islands with records are expanded into markup before parsing, see
    htmlpage)."""
    if "recordset" not in scripts and "RECORDSET" not in scripts:
        return listdata.empty_script_list(scripts)
    lowered = scripts.lower()
    return "<recordset" in lowered and "<record>" not in lowered and "<record " not in lowered


@dataclass(frozen=True)
class ListlessArea:
    """What the main area of a page without list items holds (the page's chrome left out)."""

    empty_lists: int  # empty list-named containers
    content_links: int  # links outside chrome and related boxes with an article-like title
    plain: str  # text that is neither chrome nor link text, whitespace collapsed
    script_loads: bool  # the page's scripts load data (they may fill the empty container)
    empty_island: bool = False  # a Hanweb <script type="text/xml"> list island with no record
    link_urls: frozenset[str] = frozenset()  # targets of the area's page links (a hub's child columns), any title length
    offsite_links: int = 0  # of content_links, those to another host (a province band's 湖南省政府网站集约化平台)


def listless_area(index: PageIndex, scripts: str, related_boxes: set[int], host: str = "", url: str = "",
                  side: tuple[tuple[int, int], ...] = ()) -> ListlessArea:
    """The main area of a page whose list extraction found no item (a rare, cheap branch): the
    chrome is left out, and so is the footer told by its labels (footer.footer_start) when its
    class names none (a table-layout page's `Bottom_Table`). `host`: the page's, to count the
    content links leading off the site. A column menu naming the page (`url`) holds no content
    link, however long a column's name (废止和失效行政规范性文件). `side`: spans of the site's side
    boxes (ListingFacts.side), nothing of the page's either."""
    cut = [(s.start, s.end) for s in index.chrome_spans] + list(side)
    menus = menu_lists(index, 0, len(index.text), url) if url else []
    # A side widget (点击排行 of the site's newest articles, with their dates) shows nothing of the page's.
    cut += [(box.start, box.end) for i in related_boxes if (box := index.related[i]).heading in WIDGET_HEADINGS]
    sides = side_columns(index, url) if url else []  # the side menu's column: its contact box is the template's
    cut += sides
    foot = len(index.text) if index.footer_at is None else index.footer_at
    cut.append((foot, len(index.text)))
    content_links = offsite = 0
    urls = set()
    for ls in index.links:
        span = ls.span
        if span.chrome or ls.link.tag != "a":
            continue
        cut.append((span.start, span.end))
        if not span.hidden and span.related not in related_boxes and span.start < foot \
                and not any(start <= span.start < end for start, end in menus) \
                and not any(start <= span.start < end for start, end in side) \
                and not any(start <= span.start < end for start, end in sides):  # the template's, as its text
            text = index.text_of(span)
            if len(text) >= _ARTICLE_TITLE and not _site_root(ls.link.url):
                content_links += 1
                offsite += bool(host) and urlsplit(ls.link.url).netloc != host
            name = text.strip()
            if ls.link.kind == "page" and name and name not in PAGER_TEXTS and not name.isdigit() and name not in SITE_TOOL_LINKS:
                urls.add(ls.link.url)
    out, last = [], 0
    for start, end in sorted(cut):
        if start >= last:
            out.append(index.text[last:start])
        last = max(last, end)
    out.append(index.text[last:])
    plain = " ".join(HEADER_TOOLBAR.sub(" ", TODAY_LINE.sub(" ", "".join(out))).split())
    empty = sum(1 for span in index.empty_lists if not _links_beside(span.el))
    return ListlessArea(empty, content_links, plain, loads_data(scripts), empty_island(scripts),
                        frozenset(urls), offsite)


def _site_root(url: str) -> bool:
    """True when `url` is a site's home page: a link there under the site's name is its logo (Jspxcms's inc_header.html
    `<a class="right block" href="${ctx}/">${site.fullNameOrName}</a>`), never content of a page's main area."""
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def _links_beside(container: lxml.etree._Element) -> bool:
    """True when the empty container's parent holds links other than a pager's or a trail's: the
    list area shows something (a hub's sub-column links), the container is not the list. The
    trail may sit beside the list (JEECMS: `<div class="nr-main"><div class="dqwz">…</div><ul
    class="news-list">`)."""
    parent = container.getparent()
    if parent is None:
        return False
    found = 0
    for a in parent.iter("a"):
        text = " ".join("".join(a.itertext()).split())
        if text and text not in PAGER_TEXTS and not text.isdigit() and not _in_trail(a, parent):
            found += 1
            if found >= 2:
                return True
    return False


def _in_trail(a: lxml.etree._Element, top: lxml.etree._Element) -> bool:
    """True when the link sits in a breadcrumb trail (class/id position, crumb, dqwz …) below `top`."""
    for el in a.iterancestors():
        if el is top:
            return False
        if BREADCRUMB.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            return True
    return False
