"""Everything the model reads off one page: a pure function of (HTML text, URL).

`govaudit inspect` prints these facts as they are, so a webmaster can see why a
column was judged stale or a document incomplete.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from urllib.parse import urlsplit

import lxml.etree

from govaudit import htmlpage
from govaudit.crawl.applists import app_headings
from govaudit.htmlpage import FRAME_TAGS, RawLink, parse_document
from govaudit.htmlvocab import (ARTICLE_INFO_AFTER_DATE, ARTICLE_INFO_LABEL, BYLINE_AFTER_DATE, CURRENT, CURRENT_PAGE, HOME_STEPS,
                               LIST_HEADER_WORDS, NOTE_WORDS, PAGER_TEXTS, PRENEXT_LABEL, SCRIPT_DATE_LABEL, TIME_OF_DAY,
                               UPDATE_LABELS, WIDGET_HEADINGS, loads_data, more_text)
from govaudit.model.extract import annual_report as ar
from govaudit.model.extract import bodytext
from govaudit.model.extract.blocks import BLOCK_EDGES
from govaudit.model.extract.bodytext import body_headings
from govaudit.model.extract import walk
from govaudit.urls import normalize, resolve
from govaudit.model.extract.article import (Article, PubDate, find_article, is_prose, pub_date, summary_list, title_of,
                                            unlinked_block, unnamed_article)
from govaudit.model.extract.footer import (FooterFacts, extract_footer, footer_sponsor, footer_widgets, psb_record,
                                           shows_site_labels)
from govaudit.crawl.pagination import postback_pages
from govaudit.model.extract.listing import (EMPTY_MARKER, ListlessArea, box_signature, extract_listing, has_empty_marker,
                                            key_heading, listless_area)
from govaudit.model.extract.metadata import column_metadata, extract_metadata, label_fields
from govaudit.model.extract.wenhao import shown_wenhao
from govaudit.model.extract.search import search_box
from govaudit.model.extract.regions import (breadcrumb, own_heading, related_boxes, related_links, related_marks, related_slot,
                                            without_trail)
from govaudit.model.extract.text import TITLE_SPLIT, clean, meta_tags, page_title, title_name
from govaudit.model.extract.dates import find_dates, signed_date, update_date
from govaudit.model.extract.walk import build_index
from govaudit.model.classify import list_page
from govaudit.model.types import ListItem, PageTable

_HUB_LINKS = 3  # article-like links outside the chrome: the page lists something (a hub, undated rows)
_OUTWEIGHS = 4  # times a short named content area's text an unnamed prose block apart from it holds to be the body
_LIST_ROWS = 3  # rows that make a list rather than an article's related box or info line
_DATA_NUMBERS = 3  # figures (besides dates) that make a page with an update date a data page
_INFO_LINE = 40  # characters before an update date where an article's info labels (作者：, 来源：) may stand
_EMPTY_AREA_TEXT = 160  # characters of non-link text an empty column's main area may hold (its name, a pager)
_STATIC_TEXT = 30  # characters of body text of a short static page (机构职能 in two sentences)
# An article's links to its column neighbours (上一篇：, 下一条：): lists and hubs show none.
_PRENEXT = re.compile(PRENEXT_LABEL + r"\s*[：:]")
_BARE_LABEL = re.compile(r"[^\s：:]{1,8}[：:](?=\s|$)")  # a field's label with nothing after it (栏目搜索：<select>)
_STATIC_LINK_SHARE = 0.35  # as for prose (article.is_prose): a body that is mostly links is a menu
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Any tag of a whole document. An answer without one is a fragment another page loads into itself (河北 集约化's list
# block `/columns/<c>/templates/<t>/blocks/<b>?page=2&fix=0`: rows and pager only): it has no head or footer of its own.
# A `<meta>` declaring its charset does not make a fragment a document (a GBK site's include may open with one).
_DOCUMENT_TAG = re.compile(r"<(?:!doctype|html|head|body|title)\b", re.I)


# slots: a build holds many pages' facts while it assembles the model, and a 30-field
# instance dict weighs ~1.6 KB where slots weigh ~0.3
@dataclass(frozen=True, slots=True)
class PageFacts:
    url: str
    kind: str  # home | hub | column | document | other
    title: str
    metas: dict[str, str]
    breadcrumb: list[tuple[str, str | None]]
    column_name: str | None
    column_name_source: str | None
    list_state: str
    list_items: list[ListItem]
    declared_count: int | None
    pub_date: str | None
    pub_date_source: str | None
    pub_date_text: str | None
    metadata: dict[str, str]
    related_slot: str
    related_links: list[str]
    body_links: list[RawLink]
    links: list[RawLink]
    footer: FooterFacts
    annual_report: dict[str, object] | None = None
    body_text: str = field(default="", repr=False)
    meta_pub_date: str | None = None  # <meta name="PubDate">, kept to compare with the visible date
    url_date: str | None = None  # tYYYYMMDD_ and similar, the weakest date
    page_count: int | None = None  # pages a list's pager declares
    # the page of its list a column page's pager says it shows (共3页 第2页), if it says
    shown_page: int | None = field(default=None, repr=False)
    single_article: bool = False  # a column page that shows one article instead of a list
    update_date: str | None = None  # a data column's 数据更新日期 (a statistics page without an item list)
    # Short headings of a hub or column page (<h3>法定主动公开内容</h3> over a catalogue): the
    # sections it shows, named without a link of their own.
    headings: tuple[str, ...] = ()
    body_headings: tuple[str, ...] = ()  # section headings inside the body (bodytext.body_headings)
    body_tables: tuple[PageTable, ...] = ()  # data tables inside the body (bodytext.body_tables)
    framed: str | None = None  # a column page showing no list: the same-site page framed where its list would be
    # with `framed`: (kind, list state, items, single article, empty_boxes) the page shows itself (a hub, an empty column),
    # should the frame hold no list
    unframed: tuple[str, str, list[ListItem], bool, tuple[str, ...]] | None = field(default=None, repr=False)
    # A site-search box (extract/search.py): "shown", "script" (its scripts may draw one) or None.
    # Out of repr, so that benchmarks/extract_hashes.py's digests of pages without one are unchanged.
    search_box: str | None = field(default=None, repr=False)
    # Where the page template holds its list (listing.box_signature of a listed column page's list
    # container and of the area around it), and the containers of a page named as a column that
    # show nothing or only its name (no row, marker or script that loads data). The build finds the
    # empty columns of a template whose words are unknown here by them: a container that holds the
    # list on other column pages, empty on this one. Out of repr, as search_box.
    list_boxes: tuple[str, ...] = field(default=(), repr=False)
    empty_boxes: tuple[str, ...] = field(default=(), repr=False)
    # The scripts such a page loads (resolved, without their query): a script the site's listed
    # pages do not load may fill an empty container, which is then not observed, never empty.
    script_srcs: tuple[str, ...] = field(default=(), repr=False)
    # An HTML fragment (no tag of a whole document: _DOCUMENT_TAG), judged for no head or footer. Out of repr, as search_box.
    fragment: bool = field(default=False, repr=False)
    # A document's related boxes (regions.related_marks): the build reads an empty box as observed empty
    # where the site's other documents show the same box filled as served. Out of repr, as search_box.
    related_marks: tuple[tuple[str, bool], ...] = field(default=(), repr=False)
    # Headed blocks of dated rows (listing.ListingFacts.blocks): the build finds a template's side boxes among them,
    # blocks shown on documents and on many columns' pages. Out of repr, as search_box.
    row_blocks: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), repr=False)


def clear_caches() -> None:
    """Forget what extraction keeps between pages: URL normalisations, interned links and
    class/id verdicts (benchmarks measure cold runs with it)."""
    htmlpage.clear_caches()
    walk.clear_caches()


def _scripts(tree: lxml.etree._Element) -> str:
    return "\n".join(el.text or "" for el in tree.iter("script"))


def _column_name(metas: dict[str, str], crumbs: list[tuple[str, str | None]], title: str, kind: str,
                 headings: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """ColumnName meta, the breadcrumb's last step, or (on a list page only) the <title>. A list page whose trail
    ends in a link to its parent and names the page nowhere (Drupal 7's breadcrumb stops above the current page:
    `首页 » 新闻中心` over `<h1 id="page-title">工作动态</h1>`) is named by its <title> when its heading shows that
    name: the trail's last step is its channel, not its own column."""
    if metas.get("columnname"):
        return metas["columnname"], "meta"
    own = title_name(title)
    if kind != "document" and crumbs and crumbs[-1][1] and own and own in headings and all(own != step for step, _ in crumbs):
        return own, "title"
    if crumbs and crumbs[-1][0] not in HOME_STEPS:
        return crumbs[-1][0], "breadcrumb"
    if kind == "document":
        return None, None
    return (title_name(title) or None), "title"


def _inside_column(metas: dict[str, str], crumbs: list[tuple[str, str | None]], url: str, date: PubDate) -> bool:
    """A dated article in the column its ColumnName meta names: its trail ends in that column at
    another address (the column's list), as on a template that keeps the column tags on its articles
    but not the article tags (广西 集约化's 信息公开 pages). A column showing one article (信息公开指南)
    is at the address its trail ends in."""
    name = metas.get("columnname")
    if not (name and crumbs and date.source == "visible" and crumbs[-1][0] == name and crumbs[-1][1]):
        return False
    return normalize(crumbs[-1][1]) != normalize(url)  # `…/index.html` is its folder


def _column_meta_is_title(metas: dict[str, str], crumbs: list[tuple[str, str | None]]) -> bool:
    """True when the ColumnName meta repeats the ArticleTitle and the trail ends in another column:
    the template filled ColumnName from the document (武汉市商务局), so it names no column. A column
    showing one article of its own name (信息公开指南) has a trail that agrees, and keeps its meta."""
    name = metas.get("columnname")
    return (bool(name) and name == metas.get("articletitle") and bool(crumbs)
            and crumbs[-1][0] not in HOME_STEPS and crumbs[-1][0] != name)


def _own_names(metas: dict[str, str], crumbs: list[tuple[str, str | None]], head_title: str,
               current: tuple[str, ...]) -> list[str]:
    """Names the page gives itself: ColumnName meta, <title> before the site name, the
    breadcrumb's leaf, highlighted menu items."""
    names = [metas.get("columnname", ""), title_name(head_title), *current]
    if crumbs and crumbs[-1][0] not in HOME_STEPS:
        names.append(crumbs[-1][0])
    return [n for n in names if n]


def _kind(is_home: bool, metas: dict[str, str], metadata: dict[str, str], prose: bool, state: str, items: int, dated_visible: bool,
          links: int, inside: bool) -> str:
    if is_home:
        return "home"
    if metas.get("articletitle") or metadata:
        return "document"
    if prose and items == 0:
        return "column" if metas.get("columnname") and not inside else "document"  # a column showing one article
    if state in ("listed", "empty", "not_observed"):
        if dated_visible and items < 3 and state != "empty":
            return "document"
        return "column"
    if metas.get("columnname") or links >= 10:
        return "hub"
    return "other"


def _site_header_date(index: walk.PageIndex, flat: str, date: PubDate, title: str) -> bool:
    """Whether a visible date shows only in the page chrome and before the page's title: the
    site's header, not an article's info line (PowerEasy's main_ArticleSubheading under the title
    names a 'head' too)."""
    shown = " ".join((date.text or "").split())
    at, named = flat.find(shown), flat.find(" ".join(title.split())) if title else -1
    return bool(shown) and 0 <= at < named and shown not in " ".join(index.main_text().split())


def _without_widgets(index: walk.PageIndex, boxes: set[int]) -> str | None:
    """The page's text (blanks collapsed) without its side widgets' boxes (点击排行 of the site's newest
    articles: the first row's date right after the page's title dates no page), or None without one."""
    return _without_boxes(index, {i for i in boxes if index.related[i].heading in WIDGET_HEADINGS})


def _without_boxes(index: walk.PageIndex, boxes: set[int], rows: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The page's text (blanks collapsed) without the related boxes `boxes` and the spans `rows`, or None without one."""
    spans = sorted([(index.related[i].start, index.related[i].end) for i in boxes] + list(rows))
    if not spans:
        return None
    out, last = [], 0
    for start, end in spans:
        out.append(index.text[last:max(last, start)])
        last = max(last, end)
    return " ".join("".join(out + [index.text[last:]]).split())


def _shows_title(index: walk.PageIndex, box: walk.Span, title: str | None) -> bool:
    """Whether `box` shows the page's title outside its links (a link to a page about this one may name it)."""
    if not title:
        return False
    parts, at = [], box.start
    for start, end in sorted((ls.span.start, ls.span.end) for ls in index.links if box.start <= ls.span.start and ls.span.end <= box.end):
        parts.append(index.text[at:max(at, start)])
        at = max(at, end)
    parts.append(index.text[at:box.end])
    return " ".join(title.split()) in " ".join(" ".join(parts).split())


_BODY_SHARE = 0.9  # of the body's text a box covering it is the body's own container


def _holds(box: walk.Span, article: Article | None) -> bool:
    """Whether `box` is the page's body or its container (it covers nearly all the body's text, the body's
    area perhaps a wrapper a few blanks wider): no box beside the body."""
    if article is None:
        return False
    start, end = article.span.start, article.span.end
    return end > start and min(end, box.end) - max(start, box.start) >= _BODY_SHARE * (end - start)


def _within(at: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= at < end for start, end in spans)


_SHOWN_TITLE = (6, 80)  # characters of a title shown above its info line


def _title_above(index: walk.PageIndex, date_text: str, title: str) -> str | None:
    """The block of text standing right above the labelled date `date_text` (`日期： 2026-10-1`), when it reads as a
    title: no link's text, no date, no field's label (发文字号：…), another text than `title`."""
    shown_at = re.search(r"\s*".join(re.escape(c) for c in date_text if not c.isspace()), index.text)
    if shown_at is None:
        return None
    blocks = [b for b in (" ".join(x.split()) for x in BLOCK_EDGES.split(index.text[max(0, shown_at.start() - 300):shown_at.start()])) if b]
    if not blocks or not _SHOWN_TITLE[0] <= len(shown := blocks[-1]) <= _SHOWN_TITLE[1] or shown == title \
            or any(c in shown for c in "：:") or find_dates(shown) or any(clean(ls.link.text) == clean(shown) for ls in index.links):
        return None
    return clean(shown)


def _beside_body(index: walk.PageIndex, article: Article | None, items: list[ListItem]) -> bool:
    """Whether every row of `items` links from outside the prose body `article`: none of its links shows inside it."""
    if article is None or not items:
        return False
    urls = {item.url for item in items}
    found: set[str] = set()
    for ls in index.links:
        if ls.link.url in urls:
            if article.span.start <= ls.span.start < article.span.end:
                return False
            found.add(ls.link.url)
    return found == urls


def _below_neighbours(index: walk.PageIndex, rows: tuple[tuple[int, int], ...]) -> bool:
    """Whether the page shows an article's labels of its links to its column neighbours (上一篇： and 下一篇：) and
    every row of `rows` starts after them."""
    last = {m.group(0)[0]: m.end() for m in _PRENEXT.finditer(index.text)}
    return len(last) == 2 and all(start >= max(last.values()) for start, _ in rows)


def _page_dated(index: walk.PageIndex, date: PubDate, items: list[ListItem]) -> bool:
    """Whether a visible date dates the page itself, so that a list of one or two rows is an
    article's related box: not a site's 网站更新时间 or 日期 in its header (on every page, the day
    it was generated), nor the first row's own date shown unlabelled after the list's heading."""
    if not date.text or (date.text == date.value or not any(c in date.text for c in "：:")) and \
            any(i.date == date.value for i in items):
        return False
    return " ".join(date.text.split()) in " ".join(index.main_text().split()) and not _date_in_item_row(index, date, items)


def _date_in_item_row(index: walk.PageIndex, date: PubDate, items: list[ListItem]) -> bool:
    """Whether the visible date is first shown inside the row of one of the page's dated list items
    (`<li><h3><a>…</a></h3><p>发布时间：2026/05/11</p></li>`, labelled as an article's date is): that
    row's date, so a list of one or two such rows is a list, not an article over its related box."""
    dated = {i.url for i in items if i.date == date.value}
    at = index.text.find(date.text) if date.text and dated else -1
    return at >= 0 and any(ls.row is not None and ls.row.start <= at < ls.row.end and ls.link.url in dated
                           for ls in index.links)


_BYLINE = 8  # characters of a publisher's or author's name linked in an info line (a headline is longer)
_ADJACENT = 40  # characters of block boundaries and blanks, at most, between a date and the row it stands before


def _info_line_row(index: walk.PageIndex, date: PubDate, items: list[ListItem], title: str, head_title: str,
                   crumbs: list[tuple[str, str | None]]) -> bool:
    """Whether the one row dated as the page is its title's info line: the page's own title (its <title> names it,
    its trail ends in another name: an article's, not a column's heading) shown right above the row. DedeBIZ's stock
    article: `<h1>标题</h1><div class="meta"><a href="/user/index.php?uid=…">发布者</a><span>2026-05-28</span>` — the
    publisher's link and the page's unlabelled date read as a list of one dated row, the article as a column. The row's
    link names someone (a publisher, an author), not a headline: a column's one row under its heading keeps its date."""
    if len(items) != 1 or items[0].date != date.value or not date.text or len(title) < 6 or len(items[0].title) > _BYLINE \
            or title_name(head_title) not in (title, unicodedata.normalize("NFKC", title)) or crumbs and crumbs[-1][0] == title:
        return False
    at = index.text.find(title)
    if at < 0:
        return False
    end = at + len(title)
    gap = index.text.find(date.text, end)
    return any(ls.row is not None and ls.link.url == items[0].url and end <= ls.row.start <= gap < ls.row.end
               and not index.text[end:ls.row.start].split() for ls in index.links)


def _date_in_headline_row(index: walk.PageIndex, date: PubDate, url: str) -> bool:
    """Whether the visible date, unlabelled, is first shown in a row after a link to another page titled by a headline:
    that row's date. A column listing one document (`<dd><a title="…保密审查制度">…</a><span>2025.12.03</span></dd>`
    under its heading, 湖北 集约化 under the harness's mutations) beside a box of the site's two newest rows was read
    as an article dated by its one row, the box its related list: a column lost, never judged. So is the date standing
    right before the row of such a link (`<div class="item"><div class="time">2026/02/10</div><div class="tit"><a …>`,
    the date first, in a block of its own)."""
    if not date.text or any(c in date.text for c in "：:"):
        return False
    at = index.text.find(date.text)
    end = at + len(date.text)
    return at >= 0 and any(ls.row is not None and ls.link.kind == "page" and ls.link.url != url
                           and (ls.row.start <= ls.span.start and ls.span.end <= at < ls.row.end
                                or 0 <= ls.row.start - end <= _ADJACENT and not BLOCK_EDGES.sub("", index.text[end : ls.row.start]).strip())
                           and len("".join(index.text[ls.span.start : ls.span.end].split())) > _BYLINE for ls in index.links)


def _last_rows(pages: int | None, date: PubDate, items: list[ListItem]) -> bool:
    """Whether one or two rows under a pager of two pages or more are a list's last page, the page's
    visible date their own (`<h3><a>…</a></h3><p>发布时间：2026-03-29</p>` above 共11条 2/2), not an
    article's date over its related box."""
    return (pages or 0) > 1 and any(i.date == date.value for i in items)


def _short_body(unnamed: Article | None) -> Article | None:
    """An unnamed block too short to be prose that may still be a short article's body: some text,
    little of it link text (a 图解's caption and its 相关文件 link; not a menu)."""
    if unnamed is not None and unnamed.length >= _STATIC_TEXT and unnamed.link_share < _STATIC_LINK_SHARE:
        return unnamed
    return None


def _short_unnamed(index: walk.PageIndex, unnamed: Article | None) -> Article | None:
    """A short article's unnamed body (_short_body): the unnamed block, or the one counting labelled links
    as fields (关联文件：, 上一条：), or, when that block is too linky (the page-wide block of its menus:
    a side menu's heading, a top bar's date and a phone copy of the title outweigh a 图解's caption),
    the block mostly not links that holds the most text (article.unlinked_block)."""
    if (short := _short_body(unnamed)) is not None:
        return short
    wide = unnamed_article(index, _STATIC_TEXT, fields=True)
    if wide is None or (short := _short_body(wide)) is not None:
        return short
    return unlinked_block(index, _STATIC_TEXT, _STATIC_LINK_SHARE)


def _site_sponsor(index: walk.PageIndex, article: Article, footer: FooterFacts) -> FooterFacts:
    """`footer` with its 主办单位 read outside the document's body: a body naming the event it
    announces (`主办单位：教育部思想政治工作司`) names no site sponsor. A body that holds the footer too
    (a content area around the whole page: ICP备, 网站标识码 … inside it) keeps the page's reading."""
    body = index.text[article.span.start : article.span.end]
    if "主办" not in body or shows_site_labels(body):
        return footer
    outside = " ".join((index.text[: article.span.start] + " " + index.text[article.span.end :]).split())
    return replace(footer, sponsor=footer_sponsor(outside))


def _short_article(article: Article | None, date: PubDate, metas: dict[str, str], crumbs: list[tuple[str, str | None]],
                   head_title: str, flat: str, inside: bool, title: str = "", dated_heading: bool = False) -> bool:
    """True for an article too short to read as prose (a 图解's caption, a two-line notice) on a page
    without the 2019 meta tags: a body that class names find (or an unnamed one, _short_body), under a labelled 发布日期 (a label
    opens the shown date's text, or an article info label follows it: `2025-05-06 来源：…`, or its time of day
    on a page with 上一篇/下一篇: XunRuiCMS's stock info line of icons, `2025-05-20 08:12:33 781次`; or a date
    standing right above the page's title with an info label further on: Z-BlogPHP's `h4.post-date` over `h2.post-title`,
    its `作者:admin | 分类:… | 浏览:163` under the body; or the date bracketed inside the title's own heading,
    `dated_heading`; or a CMS's byline closing the date and its time of day with the posting verb, Drupal 7's
    `由 admin 于 2026-11-18 09:30 提交`; a date right after a title alone does not), on a page no
    ColumnName meta or trail leaf names as a
    column (a static page's trail ends with its own name, an article's with its column or 正文) unless
    the page is `inside` the column the meta names (_inside_column).
    Before, it read as a hub: a policy document whose interpretation was such a page failed
    interpretation-missing."""
    if article is None or date.source != "visible" or not date.text or (metas.get("columnname") and not inside) \
            or (crumbs and crumbs[-1][0] == title_name(head_title) and title in ("", title_name(head_title))):
        return False
    if not date.text[0].isdigit():
        return True
    at = flat.find(date.text)
    after = at + len(date.text)
    above = len(title) >= 6 and flat[after:after + len(title) + 2].lstrip().startswith(title)
    return at >= 0 and (dated_heading or ARTICLE_INFO_AFTER_DATE.match(flat, after) is not None
                        or BYLINE_AFTER_DATE.match(flat, after) is not None
                        or TIME_OF_DAY.match(flat, after) is not None and _PRENEXT.search(flat) is not None
                        or above and ARTICLE_INFO_LABEL.search(flat, after + len(title)) is not None)


_BRACKETED = re.compile(r"\s*[(（\[【]\s*$")


def _dated_heading(index: walk.PageIndex, date: PubDate, title: str) -> bool:
    """Whether the page's date is shown bracketed inside its title's own heading, after the title, no link in it
    (上海 集约化's `<h2 class="Article-title">…指南<small>( 2026-2-10)</small></h2>`): the article's date line."""
    if not date.text or len(title) < 6:
        return False
    at = index.text.find(date.text)
    if at < 0:
        return False
    for h in index.headings:
        if h.start <= at < h.end:
            before = " ".join(index.text[h.start : at].split())
            return before.startswith(title) and _BRACKETED.match(before, len(title)) is not None \
                and not any(h.start <= ls.span.start < h.end for ls in index.links)
    return False


def _links_itself(index: walk.PageIndex, url: str, name: str) -> bool:
    """Whether the page links its own address under its <title> name: its trail's last step or a side
    menu's current item, whatever their classes (a hub's month-day blocks are not linked so). The page is
    linked as its folder or its index file alike (`nw31015/index.html` on the page fetched as `nw31015/`)."""
    if not name:
        return False
    own = list_page(url).key
    return any(clean(ls.link.text) == name and list_page(ls.link.url).key == own for ls in index.links)


def _short_headings(index: walk.PageIndex) -> tuple[str, ...]:
    """Texts of the page's short heading-like blocks (see PageIndex.short_heads), once each."""
    seen = dict.fromkeys(" ".join(index.text[start:end].split()) for start, end in index.short_heads)
    return tuple(text for text in seen if text)


def _data_update(area: ListlessArea, date: PubDate) -> tuple[str, str] | None:
    """(date, text) of a data page's 数据更新日期: a page of figures (data panels, a table of
    numbers) without list items whose only visible date is that update date. An 更新时间 in an
    article's info line (PowerEasy's `作者：… 文章来源：… 点击数： 更新时间：2026-8-30`) dates the article."""
    if area.content_links >= _HUB_LINKS:
        return None
    updated = update_date(area.plain)
    if updated is None or date.source == "visible" and date.value != updated[0].isoformat():  # an article's 发布时间
        return None
    at = area.plain.find(updated[1])
    if ARTICLE_INFO_LABEL.search(area.plain, max(0, at - _INFO_LINE), at) \
            or ARTICLE_INFO_AFTER_DATE.match(area.plain, at + len(updated[1])):
        return None
    if len(_NUMBER.findall(area.plain)) - 3 * len(find_dates(area.plain)) < _DATA_NUMBERS:
        return None
    return updated[0].isoformat(), updated[1]


def _own_rest(area: ListlessArea, metas: dict[str, str], crumbs: list[tuple[str, str | None]],
              current: tuple[str, ...]) -> str:
    """The list area's text without the names the page gives itself (its heading, menu item), an
    empty list's header row (序号 发布日期 标题) and its pager's words (首页 下一页 …)."""
    names = {n for n in (metas.get("columnname"), crumbs[-1][0] if crumbs else None, *current) if n}
    rest = area.plain
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    return _without_list_words(rest)


def _without_list_words(text: str) -> str:
    """`text` without the words of an empty list's header row (序号 标题 发布日期) and pager (首页 下一页 …)."""
    return " ".join(word for word in text.split() if word not in LIST_HEADER_WORDS and word not in PAGER_TEXTS)


class _Slice(NamedTuple):
    """A stretch of the page text (PageIndex.unchromed_text reads its start and end)."""

    start: int
    end: int


def _own_text(index: walk.PageIndex, article: Article, metas: dict[str, str], crumbs: list[tuple[str, str | None]],
              url: str) -> str:
    """A found body's own text: outside the chrome and the side column beside the page's (bodytext.side_columns),
    without the 当前位置 trail, the names the page gives itself, the labels of fields that hold no text (a search
    form's 栏目搜索：) and an empty list's header and pager words (_without_list_words). 动易
    SiteFactory's main box holds a column's search form, its trail (under class names no vocabulary
    knows), its heading and its list: an empty column's own text is its 暂无资料 alone."""
    parts, at = [], article.span.start
    for start, end in sorted(bodytext.side_columns(index, url)):
        if article.span.start <= start and end <= article.span.end:
            parts.append(index.unchromed_text(_Slice(at, start)))
            at = end
    parts.append(index.unchromed_text(_Slice(at, article.span.end)))
    rest = f" {without_trail(' '.join(parts), crumbs)} "
    for name in {n for n in (metas.get("columnname"), crumbs[-1][0] if crumbs else None, *index.current) if n}:
        rest = rest.replace(f" {name} ", " ")  # a heading naming the page, not the name inside a sentence
    return _without_list_words(_BARE_LABEL.sub(" ", rest))


def _prose_area(area: ListlessArea, metas: dict[str, str], crumbs: list[tuple[str, str | None]],
                current: tuple[str, ...]) -> bool:
    """The main area holds prose and no links, its menu aside (a short 单网页 beside a long
    left menu of sibling columns, whose links make the whole article block look like a menu), nor
    links to other sites aside (a province band above the page)."""
    if area.content_links > area.offsite_links:
        return False
    rest = _own_rest(area, metas, crumbs, current)
    return len(rest.replace(" ", "")) >= _STATIC_TEXT and not has_empty_marker(f"\x1e{rest}\x1f")


def _trail_columns(crumbs: list[tuple[str, str | None]], head_title: str, own_name: str) -> list[str]:
    """The steps of the trail after 首页 that may name a column: not the site or organ the <title> names
    besides the page (龙讯's `首页 > 霁湖区财政局` on `信息公开指南_霁湖区财政局`: the organ's platform)."""
    owners = {p.strip() for p in TITLE_SPLIT.split(head_title) if p.strip() and p.strip() != own_name}
    return [name for name, _ in crumbs[1:] if name not in owners]


def _static_item(title: str, url: str, date: PubDate, text: str) -> ListItem:
    """The one item of a static page (a guide, 机构职能): dated by its visible 发布时间, else by
    the date its main `text` is signed with, else undated."""
    if date.source == "visible":
        return ListItem(title=title, url=url, date=date.value, date_text=date.text)
    signed = signed_date(text)
    return ListItem(title=title, url=url, date=signed and signed[0].isoformat(), date_text=signed and signed[1])


def _named_as_column(index: walk.PageIndex, metas: dict[str, str], crumbs: list[tuple[str, str | None]], head_title: str) -> bool:
    """The page is named as a column by its meta, its trail or the highlighted menu item that
    its <title> names (a top bar's highlighted 首页 names nothing). (A page that links its own address
    under its <title> name names itself so too, whatever its classes: _links_itself.)"""
    return bool(metas.get("columnname") or crumbs or any(c != "首页" and c in head_title for c in index.current))


# Containers without a link or picture, not hidden by their own style or an ancestor's.
_LINKLESS_BOXES = lxml.etree.XPath(
    "//*[self::ul or self::ol or self::table or self::tbody or self::dl or self::div or self::section or self::td]"
    "[not(.//a) and not(.//img)][not(ancestor-or-self::*[contains(@style, 'none')])]")


def _empty_boxes(tree: lxml.etree._Element, names: set[str]) -> tuple[str, ...]:
    """box_signature of each container of the page that shows nothing, only one of `names` (the
    column's own name over its empty list area) or only a list's header (标题 日期; see
    PageFacts.empty_boxes)."""
    return tuple(dict.fromkeys(box_signature(el) for el in _LINKLESS_BOXES(tree)
                               if (text := "".join("".join(el.itertext()).split())) == "" or text in names
                               or walk.header_only(el)))


def _script_srcs(tree: lxml.etree._Element, url: str) -> tuple[str, ...]:
    """The external scripts the page loads: resolved, without their query (a version stamp); and each inline script
    that loads data (htmlvocab.loads_data), as `inline:` and its text's digest: the template's own loader (ThinkCMF's
    `$.ajax({url:"/public/portal/index/areaName"…})` filling the header's area name) is the same on every page of
    the template, a list's loader names its column."""
    srcs: set[str] = set()
    for el in tree.iter("script"):
        if src := el.get("src"):
            if resolved := resolve(src.strip(), url):
                srcs.add(resolved.split("?", 1)[0])
        elif (code := el.text) and loads_data(code):
            srcs.add("inline:" + hashlib.sha1(" ".join(code.split()).encode()).hexdigest()[:16])
    return tuple(sorted(srcs))


def _listless(kind: str, index: walk.PageIndex, area: ListlessArea, article: Article | None, metas: dict[str, str],
              crumbs: list[tuple[str, str | None]], head_title: str, title: str, url: str,
              date: PubDate, own_column: bool = False, unframed: bool = False) -> tuple[str, str, list[ListItem], bool]:
    """(kind, list state, items, single article) of a page without list items and prose: a
    column showing one short article (a static page: 机构职能, 联系我们) or answered by a note
    (情况说明), an empty column (an empty list area on a page named as a column), or `kind`
    unchanged (a hub, an undated list, a short article at a dated URL). `unframed`: what the page shows
    itself, whatever it frames (builder: the framed page holds no list)."""
    keep: tuple[str, str, list[ListItem], bool] = (kind, "none", [], False)
    if area.content_links >= _HUB_LINKS:  # a hub, or a list whose rows carry no date
        return keep
    own_name = title_name(head_title)
    # (a province band's links to other sites, 湖南省人民政府 …, are no content of the page's)
    bare = area.content_links == area.offsite_links and date.value is None and not _trail_columns(crumbs, head_title, own_name)
    # A page linking its own address under its <title> name (a menu's item, unhighlighted: Z-BlogPHP's stock navbar)
    # is named as a column too.
    named_column = _named_as_column(index, metas, crumbs, head_title) or own_column
    if not (named_column or bare):
        return keep
    # A static page (机构职能, a guide showing its 更新日期) shows text of its own, not just its
    # trail, menus and a list's header row; it sits at an undated URL; a short news
    # article carrying a ColumnName meta sits at a dated one (t20260506_, /art/2026/5/6/). A page
    # linking below its own folder is a hub introducing its children, not a static page. Without
    # a ColumnName meta the page is named as a column by a trail whose leaf is its <title>'s name,
    # or by its highlighted item in a menu of sibling columns (an article's trail ends in its column).
    # Nor need it be named on a page dated nowhere whose main area links nothing and whose trail names
    # no column (`bare`: a 信息公开指南 whose trail stops at 首页 or is not read as one, whose menu
    # highlights nothing, its heading perhaps only its <title>): a dated or linked page is an article
    # or a hub, an article's trail ends in its column or 正文.
    named = bool(metas.get("columnname")) or (bool(crumbs) and crumbs[-1][0] == own_name) \
        or (area.content_links == 0 and _sibling_menu(index, url, metas, crumbs) is not None) or bare
    # Without a body that class names or prose length find (a two-sentence page of a CMS whose
    # words are unknown), a main area of link-free sentences beside the menus is the body (not
    # names beside links the menu repeats: 县发改委（桐溪县发展和改革委员会）).
    if article is None:
        body = "。" in area.plain and _prose_area(area, metas, crumbs, index.current)
    else:
        own = EMPTY_MARKER.sub("", _own_text(index, article, metas, crumbs, url))
        body = len(own.replace(" ", "")) >= _STATIC_TEXT and (
            article.link_share < _STATIC_LINK_SHARE or _prose_area(area, metas, crumbs, index.current))
    if named and date.url is None and body and not _leads_below(index, url):
        return "column", "listed", [_static_item(title, url, date, area.plain)], True
    if not named_column:  # a bare page is a static page or nothing: its empty containers name no column
        return keep
    if not unframed and framed_list(index, url):  # the list is the framed page's: seen there, never on this page
        return "column", "not_observed", [], False
    note = any(word in area.plain for word in NOTE_WORDS)
    if note and date.url is None:  # answered by a note (情况说明, dated or not) at a column's URL
        visible = date.source == "visible"
        item = ListItem(title=title, url=url, date=date.value if visible else None, date_text=date.text if visible else None)
        return "column", "listed", [item], True
    if date.source == "visible" or metas.get("pubdate"):  # a dated article page, however short
        return keep
    if note:  # answered by a note: one undated article
        return "column", "listed", [ListItem(title=title, url=url, date=None, date_text=None)], True
    if len(area.plain) > _EMPTY_AREA_TEXT:
        return keep
    if area.empty_island:  # the server wrote the list's records into the page: there are none
        return "column", "empty", [], False
    if area.empty_lists:
        return "column", "not_observed" if area.script_loads else "empty", [], False
    # No list container at all: a main area that holds only the column's own name and a 暂无
    # marker (<h2>行政许可</h2><div class="empty">该栏目暂无内容</div>) is an empty column, unless
    # its scripts load data (then not observed). Without a marker an area showing nothing is not
    # told from a navigation-only hub, and stays unjudged.
    rest = _own_rest(area, metas, crumbs, index.current)
    if area.content_links == 0 and (rest and has_empty_marker(f"\x1e{rest}\x1f") or article is not None
                                    and has_empty_marker(f"\x1e{_own_text(index, article, metas, crumbs, url)}\x1f")):
        return "column", "not_observed" if area.script_loads else "empty", [], False
    # Nothing at all (short headings aside), no container and no marker: an empty column when the
    # page is the highlighted item of a menu of its sibling columns (a hub's menu lists its children).
    # Links to two or more other pages beside the trail and that menu are something: a hub's links
    # to its child columns (政务公开: 规范性文件, 政策解读 …) are short titles, never article-like ones.
    if area.content_links == 0 and not _strip_texts(rest, _short_headings(index)):
        menu = _sibling_menu(index, url, metas, crumbs)
        trail = {u for _, u in crumbs if u} | {url}
        if menu is not None and len(area.link_urls - trail - menu) < 2:
            return "column", "not_observed" if area.script_loads else "empty", [], False
    # Nothing but the list's greyed control, linking nowhere beside the trail: PublicCMS's page 1 writes no pager,
    # only `<div class="page"><span>查看更多</span></div>` when there is no page 2 (category/list.html), whatever class
    # its list's container bears. The column's list has no row.
    if area.content_links == 0 and (words := rest.split()) and all(more_text(w) for w in words) \
            and not area.link_urls - {u for _, u in crumbs if u} - {url}:
        return "column", "not_observed" if area.script_loads else "empty", [], False
    return keep


def framed_list(index: walk.PageIndex, url: str) -> str | None:
    """The URL of a same-site page framed in the page's main area (`<iframe src="list.aspx?cid=21">`
    outside menus, header and footer), or None: a column page whose list lives in that frame."""
    host = urlsplit(url).netloc
    for ls in index.links:
        link = ls.link
        if link.tag == "iframe" and link.kind == "page" and not ls.span.chrome and not ls.span.hidden \
                and urlsplit(link.url).netloc == host:
            return link.url
    return None


def _strip_texts(text: str, parts: tuple[str, ...]) -> str:
    """`text` without `parts` (a menu block's own heading: <h3>政府信息公开</h3> over its items)."""
    for part in sorted(parts, key=len, reverse=True):
        text = text.replace(part, " ")
    return text.strip()


def _is_current(el: lxml.etree._Element) -> bool:
    return bool(CURRENT.search(el.get("class") or ""))


def _sibling_menu(index: walk.PageIndex, url: str, metas: dict[str, str],
                  crumbs: list[tuple[str, str | None]]) -> frozenset[str] | None:
    """The URLs of the menu (its self-link aside) when a highlighted menu item (class on/current/hover …, on the link or its li/td) bears
    the page's own name (ColumnName meta or breadcrumb leaf) and links to the page itself, beside
    two or more links to other lists (in its list, or its table for a table-layout menu), and
    nothing on the page leads below the page's own folder (a hub's children: `/xxgk/` linking
    `/xxgk/zcwj/`). The structure makes the menu, whatever its class: a table-layout side menu
    (`<table class="left_table">`) bears no nav/menu word, and a list's rows never highlight the
    page itself. None when there is no such menu."""
    names = {n for n in (metas.get("columnname"), crumbs[-1][0] if crumbs else None) if n}
    own = list_page(url)
    urls = {id(ls.span.el): ls.link.url for ls in index.links if ls.link.tag == "a"}
    for ls in index.links:
        el = ls.span.el
        if ls.link.tag != "a" or index.text_of(ls.span) not in names:
            continue
        parent = el.getparent()
        if not _is_current(el) and not (parent is not None and _is_current(parent)):
            continue
        if list_page(ls.link.url).key != own.key:
            continue
        menu = parent.getparent() if parent is not None and parent.tag == "li" else parent
        if parent is not None and parent.tag in ("td", "th"):  # a table-layout menu: one item per row
            menu = next(parent.iterancestors("table"), parent)
        others = {u for a in (menu.iter("a") if menu is not None else ()) if (u := urls.get(id(a)))
                  and list_page(u).key != own.key}
        if len(others) < 2:
            continue
        return None if _leads_below(index, url) else frozenset(others)
    return None


def _leads_below(index: walk.PageIndex, url: str) -> bool:
    """True when a link of the page leads below the page's own folder to another list or page
    (a hub's children: `/xxgk/` linking `/xxgk/zcwj/`), not to an image or a file (a site at the root, `/?id=5`,
    shows its uploads below every page's folder: Z-BlogPHP's `/zb_users/upload/…`). The folder itself with a query is the page
    in another view (NFCMS's 长者模式 `?version=slh`, which initPage() reads), not below it. A path
    carried in the query (PbootCMS `/?xxgkzn/`) is the folder: every page of such a site is below `/`. A page it frames
    (`<iframe src="/inc/footer.html">`, its footer) is part of it, no page it leads to."""
    own = list_page(url)
    folder = own.bare if own.bare.endswith("/") else None
    query = urlsplit(url).query
    if query.endswith("/") and "=" not in query:  # PbootCMS's path in the query (`/?xxgkzn/`): its folder
        folder = own.key
    return bool(folder) and any(l.link.kind == "page" and l.link.tag not in FRAME_TAGS and l.link.url.startswith(folder)
                                and (other := list_page(l.link.url)).key != own.key and other.bare != folder for l in index.links)


def _shown_page(flat: str) -> int | None:
    """The page of its list the pager states the page shows (htmlvocab.CURRENT_PAGE), when it states one number."""
    shown = {int(next(n for n in m.groups() if n)) for m in CURRENT_PAGE.finditer(flat)}
    return shown.pop() if len(shown) == 1 else None


def _page_count(stated: int | None, html_text: str) -> int | None:
    """Pages a list's pager declares: its stated total, or the pages of a WebForms postback pager."""
    postback = postback_pages(html_text)
    return max(stated or 0, postback or 0) or None


_ROW_TAGS = frozenset(("li", "tr", "dd", "dl"))


def _row_fields(index: walk.PageIndex, url: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the list rows that each link one other page and show labelled fields beside the link
    (宁夏 集约化's file library: `ul.nx-list > li` holding the link, a date and a `div.nx-conmtab` box of 索引号 …
    发文字号 the stylesheet shows on hover): the fields are the linked documents', as labels inside a row's link are
    (extract_metadata). A list's, not a document's header, when one field shows in rows linking different pages;
    a header's rows linking its one organ page keep their fields."""
    labels = label_fields(index.text, index.inline_starts)
    if len(labels) < 2:
        return ()
    rows: dict[tuple[int, int], set[str]] = {}
    for ls in index.links:
        row = ls.row
        if row is not None and row.el.tag in _ROW_TAGS and ls.link.tag == "a" and ls.link.kind == "page" and ls.link.url != url:
            rows.setdefault((row.start, row.end), set()).add(ls.link.url)
    at = [offset for offset, _ in labels]
    shown: dict[tuple[int, int], set[str]] = {}
    pages: dict[str, set[str]] = {}  # field -> the pages the rows showing it link
    for span, urls in rows.items():
        if len(urls) == 1 and (fields := {f for _, f in labels[bisect_left(at, span[0]):bisect_left(at, span[1])]}):
            shown[span] = fields
            for f in fields:
                pages.setdefault(f, set()).update(urls)
    return tuple(span for span, fields in shown.items() if any(len(pages[f]) > 1 for f in fields))


def extract_page(html_text: str, url: str, *, is_home: bool = False, sidebar: frozenset[str] = frozenset(),
                 side_blocks: frozenset[str] = frozenset()) -> PageFacts:
    """Facts of one decoded HTML page at `url`; rows linking a URL of `sidebar` are no list items
    (the newest news a site shows beside every column's list, found by the build), nor the rows of a
    block of `side_blocks` (listing.block_key: a side box of the site's template, found by the build)
    unless the block is headed by the page's own name (the 通知公告 box on the 通知公告 column's page)."""
    tree = parse_document(html_text)
    metas = meta_tags(tree)
    scripts = _scripts(tree)
    scripted = next(tree.iter("script"), None) is not None  # inline or external: something may fill empty slots
    # the attribute as templates write it (lxml lowercases names, so a mixed-case one would be missed)
    widgets = footer_widgets(tree, scripts, "data-setting" in html_text or "DATA-SETTING" in html_text)
    index = build_index(tree, url)
    flat = " ".join(index.text.split())  # SEP is whitespace to str.split()
    footer = extract_footer(flat, metas, widgets, psb_record(tree))
    crumbs = breadcrumb(index)
    if _column_meta_is_title(metas, crumbs):
        del metas["columnname"]
    linked = tuple((ls.span.start, ls.span.end) for ls in index.links
                   if ls.link.tag == "a" and ls.link.kind == "page" and ls.link.url != url and ls.span.end > ls.span.start)
    headings = tuple((h.start, h.end) for h in index.headings if h.end > h.start)
    metadata = extract_metadata(index.text, index.inline_starts, linked + _row_fields(index, url), headings) or column_metadata(tree, index.text)
    if metadata.get("发文字号"):
        metadata["发文字号"] = shown_wenhao(metadata["发文字号"], scripts)
    article = find_article(index)
    unnamed = unnamed_article(index) if article is None else None
    if is_prose(unnamed):
        # No class/id names the body (a CMS whose words are unknown here): an unnamed block of
        # prose is it. Without it a document reads as a hub, its text and a report's sections
        # and tables as absent instead of unobserved.
        article = unnamed
    elif article is not None and not is_prose(article) and is_prose(inner := unnamed_article(index)) \
            and (article.span.start <= inner.span.start and inner.span.end <= article.span.end
                 or not (inner.span.start <= article.span.start and article.span.end <= inner.span.end)
                 and inner.length >= _OUTWEIGHS * article.length):
        # A content area named around the whole page, its side boxes too (XunRuiCMS's stock theme: `<div
        # class="search-page search-content-2">` over the item and the 栏目索引/相关内容 menus), is too linky to
        # read as prose; the unnamed prose block inside it (`<div class="col-md-12">{$content}`) is the body.
        # So is one apart from a short named area that holds only a copy of the title and info line (a 长者模式
        # copy before the footer: 四川省人民政府's `zzzqcontentwrap2022`), the body in unnamed cells: read as the
        # body, the title alone left four annual reports without any of their sections or tables — eight false findings.
        article = inner
    prose = is_prose(article) and not summary_list(article, url)
    head_title = page_title(tree)
    own = _own_names(metas, crumbs, head_title, index.current)
    boxes = related_boxes(index, own, bool(metas.get("articletitle") or metadata or prose))
    # The trail's last step names the page where the <title> does not (ThinkCMF lists all titled `首页 {site}`).
    own_column = not is_home and any(_links_itself(index, url, name) for name in (title_name(head_title), crumbs[-1][0] if crumbs else ""))
    # A link to the page's own address is no row of it: an article's title linked to itself (PublicCMS's stock
    # `<h1><a href="${content.url}">`) over its unlabelled info-line date read as a list of one dated row.
    if side_blocks:
        side_blocks = frozenset(k for k in side_blocks if not own_heading(key_heading(k), own))
    listing = extract_listing(index, scripts, boxes, sidebar | {url}, own_column, side_blocks)
    if listing.side:  # a template's side box (the build's) is no text of the page: its first row may name the page
        flat = _without_boxes(index, set(), listing.side) or flat
    beside_dates: frozenset[str] = frozenset()  # the dates a box of rows beside the body shows
    # Rows no list of the page's own: a template's side box (the build's), a document's (its metadata or ArticleTitle
    # say so) or a box's beside the body. One or two are no list at all (the article's own info line holding a 纠错 link).
    other_rows = listing.side + (listing.rows if (metas.get("articletitle") or metadata) and len(listing.rows) >= _LIST_ROWS else ())
    if listing.channel_blocks > 1 and not is_home:  # a channel's blocks (each with its 更多): a hub, not a list
        listing = replace(listing, items=[], state="none")
    elif listing.state == "listed" and not is_home and (
            prose and len(listing.items) >= _LIST_ROWS and _beside_body(index, article, listing.items)
            or listing.rows and _below_neighbours(index, listing.rows)):
        # An article's page with a box of dated titles beside its body (a 最新动态 or 通知公告 box in the side column,
        # the site's newest rows), or below its 上一篇：/下一篇： links, which no list or hub shows (CmsEasy's stock
        # 相关内容, archive/show.html: the tag's other articles as dated summary rows): the page's own text is its
        # body, the rows are the box's. Read as the page's list, an article became a column — a document lost, and a
        # column judged stale by the box's dates.
        beside_dates = frozenset(item.date_text for item in listing.items if item.date_text)
        other_rows = listing.side + listing.rows
        listing = replace(listing, items=[], state="none")
    title = title_of(index, metas, metadata, head_title, is_home=is_home)
    date = pub_date(_without_widgets(index, boxes) or flat, metas, metadata, url, title, beside_dates)
    if date.source == "visible" and index.chrome_spans and date.value != metadata.get("发布日期") \
            and _site_header_date(index, flat, date, title):
        # A site's 网站更新时间 in its header (the day the pages were generated) dates no page: the
        # page's own date, if it shows one, is in its text.
        date = pub_date(" ".join(index.main_text().split()), metas, metadata, url, title, beside_dates)
    if date.source == "visible" and date.text and (boxes or other_rows):
        # A date shown only inside a related box is a row's, the date of the page it links (万载's 关联稿件 box
        # lists the 图文解读 with its date right under the 统计公报's title): never the page's own. A box showing the
        # page's own title outside its links is the page (WordPress's `<article class="… category-zcjd">`: its
        # category's class is a related box's word), never a box beside it; so is a box around the page's whole
        # body (Drupal 7's `<div class="node node-zcjd">` holds an interpretation's info line and body, its title
        # an `h1` above it). So is a date shown only in rows that are no list of the page's (a side box's first row
        # right after a short record's title).
        beside = {i for i in boxes if not _shows_title(index, index.related[i], title) and not _holds(index.related[i], article)}
        if (beside or other_rows) and date.text not in (rest := _without_boxes(index, beside, other_rows) or ""):
            date = pub_date(rest, metas, metadata, url, title, beside_dates)
    if title == title_name(head_title) and crumbs and crumbs[-1][0] == title and not listing.items \
            and date.source == "visible" and date.text and not date.text[0].isdigit() \
            and (shown := _title_above(index, date.text, title)):
        # A <title> naming only the column (重庆 集约化's articles: `<title>通知公告_…</title>`), the article's title shown
        # in a block no class or tag names, right above its labelled date (`<p class="tit">…</p><div><span>日期：</span>`):
        # that block is the page's title. Without it (ArticleTitle meta stripped, classes meaningless) sixty short
        # articles read as static pages named by their trail, and then as hubs.
        title = shown
    inside = _inside_column(metas, crumbs, url, date)
    kind = _kind(is_home, metas, metadata, prose, listing.state, len(listing.items),
                 date.source == "visible" and (len(listing.items) >= 3 or _page_dated(index, date, listing.items)
                                               and not _last_rows(listing.page_count, date, listing.items)
                                               and not _date_in_headline_row(index, date, url)
                                               or _info_line_row(index, date, listing.items, title, head_title, crumbs)),
                 len(index.links), inside)
    if kind in ("hub", "other") and listing.state == "none" and not listing.items and date.source == "visible" \
            and date.text and not date.text[0].isdigit() and _PRENEXT.search(flat):
        # A labelled 发布时间 above an article's 上一条/下一条 (no hub or list shows them): an article, its
        # body perhaps too short to find (a 规划计划 entry of one sentence in unnamed blocks).
        kind = "document"
    elif kind in ("hub", "other") and listing.state == "none" and not listing.items and date.source != "visible" \
            and _PRENEXT.search(flat) and SCRIPT_DATE_LABEL.search(html_text):
        # The same with the date a script writes after its label (`发布时间：<script>var pubDate = "…";</script>
        # <span id="pubDate"></span>`): an article whose date is not observed until its scripts run (model/rendering.py).
        # Read as a hub, a short 一图读懂 was no document at all: the documents its 相关文件 box links were
        # found without an interpretation.
        kind = "document"
    short = article
    if short is None and kind in ("hub", "other"):
        # An article-sized unnamed block counts an article's labelled links (关联文件：, 上一条：) as links and
        # may be too linky for a body; counted as the article's fields, the block may still be one.
        short = _short_unnamed(index, unnamed)
    elif kind in ("hub", "other") and not is_prose(short) and listing.state == "none" and not listing.items \
            and (inner := _short_body(unnamed_article(index, _STATIC_TEXT, fields=True))) is not None \
            and short.span.start <= inner.span.start and inner.span.end <= short.span.end:
        short = inner  # a short body inside a content area named around the whole page (see above)
    if kind in ("hub", "other") and listing.state == "none" and not listing.items \
            and _short_article(short, date, metas, crumbs, head_title, flat, inside, title, _dated_heading(index, date, title)):
        kind, article = "document", short
        boxes = related_boxes(index, own, True)
    elif kind == "document" and article is None:
        # A dated document whose body no class names and which is too short for prose (a 一图读懂's
        # caption quoting the document it explains): its short unnamed block is its body.
        article = _short_unnamed(index, unnamed)
    items, state, single, updated = listing.items, listing.state, False, None
    empty_boxes: tuple[str, ...] = ()
    area, unframed = None, None
    if not is_home and not items and state == "none" and not metas.get("articletitle") and not metadata:
        # Cheap tests first: most pages show no update label, an article's label sits beside its 发布时间.
        found = update_date(flat) if any(label in flat for label in UPDATE_LABELS) else None
        if found and not (date.source == "visible" and date.value != found[0].isoformat()):
            area = listless_area(index, scripts, boxes, urlsplit(url).netloc, url, listing.side)
            updated = _data_update(area, date)
    if updated is not None:  # a statistics column: its one item is the data, dated by its update
        kind, state, items = "column", "listed", [ListItem(title=title, url=url, date=updated[0], date_text=updated[1])]
    elif kind == "column" and prose and not items:
        # A column showing one article (a long guide): signed at the end of its body, if not dated above it.
        single, state = True, "listed"
        items = [_static_item(title, url, date, index.text_of(article.span))]
    elif kind == "document":
        items, state = [], "none"
    elif kind in ("hub", "other") and state == "none" and not items:
        area = area or listless_area(index, scripts, boxes, urlsplit(url).netloc, url, listing.side)
        was = kind
        kind, state, items, single = _listless(kind, index, area, article, metas, crumbs, head_title, title, url, date, own_column)
        framed = kind == "column" and state == "not_observed" and not items and framed_list(index, url)
        # what the page shows itself, should its frame hold no list (a footer drawn in an iframe: builder._unframe)
        alone = _listless(was, index, area, article, metas, crumbs, head_title, title, url, date, own_column, True) \
            if framed else (kind, state, items, single)
        # (links off the site only, a band of other governments' sites, are no content of the page's; a loader the
        # template's listed pages run too is theirs, told apart by the build: builder._template_empties)
        if (alone[1] == "none" and area.content_links == area.offsite_links and not area.empty_lists
                and len(area.plain) <= _EMPTY_AREA_TEXT and not prose
                and (_named_as_column(index, metas, crumbs, head_title) or own_column) and not _leads_below(index, url)):
            names = {"".join(n.split()) for n in (title, metas.get("columnname"), crumbs[-1][0] if crumbs else None) if n}
            empty_boxes = _empty_boxes(tree, names)
        if framed:  # its empty containers count only once the frame is known to hold no list
            unframed, empty_boxes = (*alone, empty_boxes), ()
    elif kind == "column" and state == "empty" and any(word in flat for word in NOTE_WORDS):
        # An empty list (共0条, an empty container) beside an explanatory note: the column is answered.
        area = area or listless_area(index, scripts, boxes, urlsplit(url).netloc, url, listing.side)
        if any(word in area.plain for word in NOTE_WORDS):
            shown = date.source == "visible"
            state, single = "listed", True
            items = [ListItem(title=title, url=url, date=date.value if shown else None, date_text=date.text if shown else None)]
    body_links = [ls.link for ls in index.links if not ls.span.chrome and not ls.span.hidden and ls.span.related not in boxes
                  and not bodytext.is_prev_next(index, ls)  # the column's neighbour, not a related page
                  and not (other_rows and kind == "document" and _within(ls.span.start, other_rows))  # a side box's row
                  and not (listing.side and _within(ls.span.start, listing.side))]  # a template's side box (the build's)
    cuts = bodytext.menu_cuts(index, article.span, url) if article is not None else []
    body_text = bodytext.body_text(index, article.span, cuts) if article is not None else ""
    if not body_text and single and area is not None:
        body_text = area.plain  # a static page's (机构职能, a guide) text: what page-text checks read
    report = None
    parsed = ar.parse_title(title) if kind == "document" else None
    if parsed:
        # With block boundaries: a blank table cell stays a cell (report_tables).
        report = ar.report_facts(parsed, index.text[article.span.start : article.span.end] if article is not None else "")
    if article is not None and footer.sponsor and kind == "document":
        footer = _site_sponsor(index, article, footer)
    column_name, column_source = _column_name(metas, crumbs, head_title, kind,
                                              frozenset(" ".join(index.text[h.start:h.end].split()) for h in index.headings))
    relating = {i for i in boxes if index.related[i].heading not in WIDGET_HEADINGS}  # a side widget relates nothing
    list_boxes = listing.boxes if kind == "column" and state == "listed" and not single else ()
    return PageFacts(
        url=url, kind=kind, title=title, metas=metas, breadcrumb=crumbs,
        column_name=column_name, column_name_source=column_source,
        list_state=state, list_items=items, declared_count=listing.declared_count if kind != "document" else None,
        pub_date=date.value if kind == "document" else None, pub_date_source=date.source if kind == "document" else None,
        pub_date_text=date.text if kind == "document" else None,
        metadata=metadata, related_slot=related_slot(index, relating, scripted), related_links=related_links(index, relating),
        body_links=body_links, links=[ls.link for ls in index.links], footer=footer, annual_report=report,
        body_text=body_text, meta_pub_date=date.meta, url_date=date.url,
        page_count=_page_count(listing.page_count, html_text) if kind == "column" else None, single_article=single,
        shown_page=_shown_page(flat) if kind == "column" and "页" in flat else None,
        update_date=updated[0] if updated else None,
        # A script-drawn catalogue's headings are in its configuration (gkmlpt's TREE), drawn or not.
        headings=(_short_headings(index) if kind in ("hub", "column") else ()) + app_headings(url, html_text),
        body_headings=body_headings(index, article.span, cuts) if article is not None and kind != "home" else (),
        # Only for pages whose text is kept (builder._page_texts): not the homepage or a list.
        body_tables=bodytext.body_tables(article.span) if article is not None and kind != "home" and (kind != "column" or single) else (),
        framed=framed_list(index, url) if kind == "column" and state == "not_observed" and not items else None,
        unframed=unframed,
        search_box=search_box(tree, scripts),
        list_boxes=list_boxes, empty_boxes=empty_boxes, row_blocks=listing.blocks,
        script_srcs=_script_srcs(tree, url) if list_boxes or empty_boxes or unframed and unframed[4] else (),
        fragment=not _DOCUMENT_TAG.search(html_text),
        related_marks=related_marks(index, relating) if kind == "document" else (),
    )
